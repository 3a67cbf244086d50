// Thai and English labels of catalog fields for the web UI (GD-Catalog
// wording where the schema defines one). Presentation only.
#pragma once

#include <string_view>

namespace khonha::server {

struct FieldLabel {
  std::string_view field;
  std::string_view th;
  std::string_view en;
};

// The label of a field, or {field, field, field} when it has none.
FieldLabel LabelOf(std::string_view field);

// Facets the search page shows, in order.
inline constexpr std::string_view kWebFacets[] = {
    "organization", "groups", "res_format", "tags", "license_id", "data_type",
    "data_category", "objective", "update_frequency_unit", "geo_coverage",
    "data_format", "data_language", "high_value_dataset"};

// GD-Catalog fields the dataset page lists under "ข้อมูลตามมาตรฐาน".
inline constexpr std::string_view kWebGdcFields[] = {
    "data_type", "data_category", "data_classification", "objective",
    "update_frequency_unit", "update_frequency_interval", "geo_coverage", "data_source",
    "data_format", "data_language", "disaggregate", "high_value_dataset", "data_support",
    "data_collect", "first_year_of_data", "last_year_of_data", "official_statistics"};

}  // namespace khonha::server
