// `khonha-indexer update`: upserts and deletes on the live index without a
// full rebuild. The live generation is copied into a new one, changed there
// and published atomically, so readers never see a half-applied update and a
// failed or interrupted update changes nothing.
#pragma once

#include <atomic>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "catalog/base/status.h"
#include "catalog/model/quality_ledger.h"
#include "catalog/search/index_layout.h"
#include "indexer/progress.h"

namespace khonha::indexer {

// Beside quality.json in a generation: the per-record findings (see
// catalog::QualityLedger).
inline constexpr const char* kQualityLedgerFile = "quality_records.tsv";

struct UpdateOptions {
  std::vector<std::string> sources;  // records to upsert (state "deleted" → delete)
  std::vector<std::string> deletes;  // ids or names to delete
  std::string index_dir;
  unsigned threads = 0;
  size_t batch_size = 1024;
  ProgressMode progress_mode = ProgressMode::kQuiet;
  bool wait_for_lock = false;
  search::PublishOptions publish;
  const std::atomic<bool>* cancel = nullptr;
};

struct UpdateSummary {
  uint64_t records_read = 0;
  uint64_t records_rejected = 0;
  uint64_t added = 0, replaced = 0, deleted = 0;
  uint64_t not_found = 0;  // deletes that matched no dataset
  uint64_t datasets = 0;   // in the index after the update
  uint64_t generation = 0; // published (unchanged when nothing changed)
  bool published = false;
  double seconds = 0;
};

// Fails (publishing nothing) when DIR has no index, a source cannot be read,
// records were given but none is valid, or the update was cancelled.
// Publishes nothing (successfully) when nothing would change.
Result<UpdateSummary> RunUpdate(const UpdateOptions& options, std::ostream& errors);

// Writes the per-record validation results as DIR/quality_records.tsv of a
// staged generation; an update then re-validates only the records it
// changes. A build that writes one saves the first update after it a full
// re-validation.
Status WriteQualityLedger(const std::string& gen_dir, const catalog::QualityLedger& ledger);

}  // namespace khonha::indexer
