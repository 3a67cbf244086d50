// Reading CKAN Action API responses while harvesting another catalog.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/base/status.h"

namespace khonha::catalog {

struct ActionPage {
  uint64_t count = 0;                // package_search's total (0 for list actions)
  std::vector<std::string> records;  // package dicts, minified JSON
};

// Parses a package_search ({"result": {"count", "results"}}) or
// current_package_list_with_resources ({"result": [...]}) response.
// InvalidArgument when the body is not such a response, or success is false
// (with the API's error message).
Result<ActionPage> ParseActionPage(std::string_view body);

}  // namespace khonha::catalog
