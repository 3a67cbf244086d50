// `khonha-indexer harvest`: pulls a whole catalog from a CKAN site through
// its Action API into a JSON-lines file, page by page, with retries and
// exponential backoff, resumable after an interruption.
//
// Pages are requested in a stable order (metadata_modified asc, name asc) so
// records changed during the harvest move to the end instead of shifting
// earlier pages. After each page the output is flushed and OUT.state records
// how far it got (the next start and the output's length); a rerun with the
// same --from/--since/--method continues from there, truncating any partly
// written page. The state file is removed when the harvest completes.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <iosfwd>
#include <string>

#include "catalog/base/status.h"

namespace khonha::indexer {

enum class HarvestMethod {
  kPackageSearch,  // package_search?rows=&start= (paging, --since via fq)
  kPackageList,    // current_package_list_with_resources?limit=&offset=
};

struct HarvestOptions {
  std::string from;   // site root, e.g. "http://127.0.0.1:8080" or "http://data.go.th"
  std::string out;    // JSON-lines output file
  std::string since;  // ISO date/time: only datasets modified at or after it
  HarvestMethod method = HarvestMethod::kPackageSearch;
  uint64_t rows = 100;        // page size
  uint64_t max_pages = 0;     // stop (resumably) after this many pages; 0 = all
  int retries = 5;            // per page, after the first attempt
  std::chrono::milliseconds backoff{500};  // doubled after each failed attempt (≤ 30 s)
  std::chrono::milliseconds timeout{30000};
  const std::atomic<bool>* cancel = nullptr;
};

struct HarvestSummary {
  uint64_t records = 0;      // written by this run
  uint64_t total = 0;        // the site's count (package_search)
  uint64_t pages = 0;
  uint64_t retries = 0;      // failed attempts that were retried
  bool resumed = false;      // continued an interrupted harvest
  bool complete = false;     // false when stopped by max_pages or cancel
  double seconds = 0;
};

// `log` gets one line per retry and per resume.
Result<HarvestSummary> RunHarvest(const HarvestOptions& options, std::ostream& log);

}  // namespace khonha::indexer
