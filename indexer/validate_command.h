// `khonha-indexer validate`: GD-Catalog conformance of catalog sources or of
// the records in a live index, as a report per agency and per field.
#pragma once

#include <atomic>
#include <iosfwd>
#include <string>
#include <vector>

#include "catalog/base/status.h"
#include "catalog/model/quality_report.h"
#include "indexer/progress.h"

namespace khonha::indexer {

struct ValidateOptions {
  std::vector<std::string> sources;  // validate these files…
  std::string index_dir;             // …or the live index's records
  unsigned threads = 0;
  catalog::QualityOptions report;
  ProgressMode progress_mode = ProgressMode::kQuiet;
  const std::atomic<bool>* cancel = nullptr;
};

// Unreadable records are counted in the report (rejected, with samples) and
// listed as "file:line: reason" on `errors`.
Result<catalog::QualityReport> RunValidate(const ValidateOptions& options, std::ostream& errors);

}  // namespace khonha::indexer
