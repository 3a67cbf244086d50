// Reads catalog sources into raw package records, each with its origin.
//
// Accepted inputs (detected from content, not from the file name):
//   - JSON lines: one package dict per line;
//   - a JSON array of package dicts;
//   - a CKAN response envelope: package_search ({"result": {"results": [...]}}),
//     current_package_list_with_resources or package_list-like ({"result": [...]}),
//     package_show ({"result": {...}});
//   - a single package dict;
//   - a CSV export of the GD-Catalog field list (csv_reader.h);
//   - a DCAT JSON-LD catalog (dcat_reader.h);
//   each optionally zstd- or gzip-compressed. Path "-" reads standard input.
//
// Structural problems local to one record (a broken line, an unterminated
// array element) are reported as RawRecord errors with "path:line" and the
// rest of the source is still read. Only whole-source failures (cannot open,
// corrupt compression) make ReadSource return an error.
#pragma once

#include <functional>
#include <string>

#include "catalog/base/status.h"

namespace khonha::catalog {

struct RawRecord {
  std::string origin;  // "path:line" of the record's first line
  std::string text;    // the record's JSON text (when error is empty)
  std::string error;   // why this record could not be read
};

using RecordFn = std::function<void(RawRecord&&)>;

Status ReadSource(const std::string& path, const RecordFn& emit);

// Reads a whole file (decompressing zstd/gzip). Exposed for tests and tools.
Result<std::string> ReadAllDecompressed(const std::string& path);

}  // namespace khonha::catalog
