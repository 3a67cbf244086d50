// JSON codec of the validation report, and the record facts validation needs.
// The only quality code that touches nlohmann::json.
#pragma once

#include <string>
#include <string_view>

#include "catalog/base/status.h"
#include "catalog/model/gdc_rules.h"
#include "catalog/model/quality_report.h"

namespace khonha::catalog {

// Reads the facts of a package dict (ParsePackage's record_json) that
// Dataset does not keep; see RecordFacts. InvalidArgument when not an object.
Result<RecordFacts> ExtractRecordFacts(std::string_view record_json);

// The report as JSON (pretty when indent ≥ 0; minified when -1).
std::string QualityReportToJson(const QualityReport& report, int indent = 1);
Result<QualityReport> QualityReportFromJson(std::string_view json_text);

}  // namespace khonha::catalog
