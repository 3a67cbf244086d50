// CSV exports of the GD-Catalog field list → CKAN package dicts.
//
// The first row names the columns by GD-Catalog / CKAN field name (name,
// title, notes, owner_org or organization, maintainer, maintainer_email,
// tags, license_id, data_type, objective, …); names are matched without
// regard to case or surrounding spaces. Lists (tags and the multi-choice
// fields) are split on ';' when the cell has one, else on ','; a cell that
// holds a JSON list is taken as that list. One resource per row may be given
// by resource_name / resource_url / resource_format, or several as a JSON
// list in a `resources` column. Unknown columns are kept as top-level fields.
// RFC 4180 quoting (quoted cells may hold commas, quotes and newlines).
//
// Thread-safe: pure functions.
#pragma once

#include <string>
#include <string_view>

#include "catalog/model/source_reader.h"

namespace khonha::catalog {

// True when `line` looks like such a header row (comma-separated, with a
// `name` or `title` column).
bool LooksLikeCsvHeader(std::string_view line);

// Emits one RawRecord (package JSON) per data row of `text`, whose first line
// is line `first_line` of `path`. A row with more cells than the header, or
// an unterminated quote, is reported as that row's error.
void ReadCsvRecords(const std::string& path, std::string_view text, size_t first_line,
                    const RecordFn& emit);

}  // namespace khonha::catalog
