#include "catalog/model/dataset.h"

namespace khonha::catalog {

const std::vector<std::string>& Dataset::GdcValues(std::string_view field) const {
  static const std::vector<std::string> kNone;
  for (const auto& [name, values] : gdc) {
    if (name == field) return values;
  }
  return kNone;
}

}  // namespace khonha::catalog
