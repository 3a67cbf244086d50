// GD-Catalog (Thai government data catalog) conformance rules for one record.
//
// The rules follow the GD-Catalog dataset schema (ckanext-thai_gdc and its
// 2024 OPAL variant): required fields, allowed choice values, e-mail,
// telephone and date formats, a known licence, resources with a format and
// a URL, and at least one machine-readable resource. Each broken rule is a
// Finding; errors break conformance, warnings do not.
//
// Thread-safe: pure functions over immutable rule tables.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "catalog/model/dataset.h"

namespace khonha::catalog {

enum class Severity { kError, kWarning };

struct Finding {
  std::string field;    // "maintainer_email", "resources[2].format", "id"
  std::string rule;     // "required", "choice", "email", "telephone", "date",
                        // "year", "license", "resource_url", "resource_format",
                        // "format_unknown", "machine_readable", "no_resources", "no_id"
  Severity severity = Severity::kError;
  std::string message;  // what is wrong, with the offending value
};

// What validation needs from the record that Dataset does not keep
// (extracted by ExtractRecordFacts in quality_codec.h).
struct RecordFacts {
  bool has_id = false;  // the record carried an "id" (not only a name)
  // Top-level (or extras) scalar fields by name: telephone_number, the
  // GD-Catalog date fields, owner_org.
  std::vector<std::pair<std::string, std::string>> scalars;
  const std::string* Scalar(std::string_view name) const;
};

// The fields ExtractRecordFacts collects into RecordFacts::scalars.
const std::vector<std::string>& FactFieldNames();

std::vector<Finding> ValidateDataset(const Dataset& d, const RecordFacts& facts);

// True for resource formats that machines can read (CSV, JSON, XLSX, …).
bool IsMachineReadableFormat(std::string_view format);
// True for formats khonha recognises at all ("XSL" is not one).
bool IsKnownFormat(std::string_view format);

const char* SeverityName(Severity s);

}  // namespace khonha::catalog
