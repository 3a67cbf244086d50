// `khonha-indexer build`: sources → a new index generation, published atomically.
#pragma once

#include <atomic>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "catalog/base/status.h"

namespace khonha::indexer {

struct BuildOptions {
  std::vector<std::string> sources;  // files, or "-" for stdin
  std::string index_dir;
  unsigned threads = 0;              // 0 = one per core
  size_t batch_size = 1024;          // records analysed together
  bool progress = false;             // live progress line (on a TTY)
  const std::atomic<bool>* cancel = nullptr;  // set → stop, publish nothing
};

struct BuildSummary {
  uint64_t records_read = 0;
  uint64_t records_indexed = 0;   // distinct datasets in the new index
  uint64_t records_rejected = 0;
  uint64_t records_replaced = 0;  // later duplicates of an id
  uint64_t generation = 0;
  double seconds = 0;
};

// Reports every rejected record as "path:line: reason" on `errors`. Fails
// (publishing nothing) when a source cannot be read, nothing valid was found,
// or the build was cancelled.
Result<BuildSummary> RunBuild(const BuildOptions& options, std::ostream& errors);

}  // namespace khonha::indexer
