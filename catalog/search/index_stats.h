// What is in an index: counts, formats, agencies, filled fields, size,
// generation and build facts. For `khonha-indexer stats` and the validator
// (which re-reads stored records). No Xapian types cross this header.
//
// Thread-safe: each call opens its own database handle.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "catalog/base/status.h"
#include "catalog/search/index_meta.h"

namespace khonha::search {

struct FieldFill {
  std::string field;
  uint64_t datasets = 0;  // datasets with at least one value
};

struct IndexStats {
  std::string index_dir;
  std::string generation_dir;
  uint64_t generation = 0;
  IndexMeta meta;              // built_at, build_seconds, sources, …
  uint64_t datasets = 0;       // documents in the database
  uint64_t public_datasets = 0, private_datasets = 0;
  uint64_t agencies = 0, groups = 0, licenses = 0;
  std::vector<std::pair<std::string, uint64_t>> formats;   // res_format → datasets, most first
  std::vector<std::pair<std::string, uint64_t>> top_agencies;  // organization → datasets, up to 20
  std::vector<FieldFill> fields;  // every facetable field
  uint64_t bytes_on_disk = 0;     // the live generation
  uint64_t generations_on_disk = 0;
  bool has_quality_report = false;
};

Result<IndexStats> ComputeIndexStats(const std::string& index_dir);

// Calls fn with each stored package dict (JSON text) of the generation in
// gen_dir, in docid order.
Status ForEachStoredRecord(const std::string& gen_dir,
                           const std::function<void(const std::string& record_json)>& fn);

}  // namespace khonha::search

namespace khonha::search {
// The stats as a JSON object (pretty-printed).
std::string IndexStatsToJson(const IndexStats& stats);
}  // namespace khonha::search
