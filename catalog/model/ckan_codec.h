// CKAN package dict (package_show shape) ⇄ catalog::Dataset.
//
// The only place in the catalog model that touches nlohmann::json.
#pragma once

#include <string>
#include <string_view>

#include "catalog/base/status.h"
#include "catalog/model/dataset.h"

namespace khonha::catalog {

// Parses one package dict. Invalid UTF-8 is repaired (U+FFFD) rather than
// rejected. The record needs an `id` or, failing that, a `name`; it must be a
// JSON object. Unknown fields are kept verbatim in Dataset::record_json.
// Errors are InvalidArgument with a message fit for "file:line: <message>".
Result<Dataset> ParsePackage(std::string_view json_text);

// Re-serialises a JSON document minified (used to split envelopes into records).
std::string MinifyJson(std::string_view json_text);

}  // namespace khonha::catalog
