// `khonha-indexer build`: sources → a new index generation, published atomically.
#pragma once

#include <atomic>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "catalog/base/status.h"
#include "catalog/search/index_layout.h"
#include "indexer/progress.h"

namespace khonha::indexer {

struct BuildOptions {
  std::vector<std::string> sources;  // files, or "-" for stdin
  std::string index_dir;
  unsigned threads = 0;              // 0 = one per core
  size_t batch_size = 1024;          // records analysed together
  bool progress = false;             // live progress line (kTty); see progress_mode
  ProgressMode progress_mode = ProgressMode::kQuiet;  // used when progress is false
  bool wait_for_lock = false;        // wait for another writer instead of failing
  search::PublishOptions publish;    // how long superseded generations are kept
  const std::atomic<bool>* cancel = nullptr;  // set → stop, publish nothing
};

struct BuildSummary {
  uint64_t records_read = 0;
  uint64_t records_indexed = 0;   // distinct datasets in the new index
  uint64_t records_rejected = 0;
  uint64_t records_replaced = 0;  // later duplicates of an id
  uint64_t records_conforming = 0;  // without GD-Catalog errors
  uint64_t generation = 0;
  double seconds = 0;
};

// Holds the index's writer lock for the whole build (Unavailable when
// another writer has it and wait_for_lock is false). Reports every rejected
// record as "path:line: reason" on `errors`. Writes the validation report
// (quality.json) into the generation. Fails, publishing nothing, when a
// source cannot be read, nothing valid was found, or the build was cancelled.
Result<BuildSummary> RunBuild(const BuildOptions& options, std::ostream& errors);

// Writes report as DIR/quality.json of a staged generation.
Status WriteQualityFile(const std::string& gen_dir, const std::string& report_json);

}  // namespace khonha::indexer
