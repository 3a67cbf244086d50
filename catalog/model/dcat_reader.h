// DCAT (JSON-LD) catalogs → CKAN package dicts.
//
// Accepts a dcat:Catalog or a bare @graph of dcat:Dataset nodes, with
// prefixed ("dct:title"), full-IRI ("http://purl.org/dc/terms/title") or
// plain ("title", DCAT-US / Project Open Data) keys, and literal values given
// as strings, {"@value": …, "@language": …} objects or lists of them (Thai
// preferred, then English, then the first). Mapping:
//   identifier → id (last path segment of an IRI) and name; title; description
//   → notes; keyword → tags; theme → groups; publisher (foaf:name / name) →
//   organization; contactPoint (vcard:fn, vcard:hasEmail) → maintainer and
//   maintainer_email; license; issued / modified → metadata_created /
//   metadata_modified; distribution → resources (title, downloadURL or
//   accessURL, format or mediaType).
//
// Thread-safe: pure functions.
#pragma once

#include <string>
#include <string_view>

#include "catalog/model/source_reader.h"

namespace khonha::catalog {

// Emits one RawRecord per dcat:Dataset in `json_text`. Returns false (and
// emits nothing) when the document is not DCAT: it has no @context/@graph
// and no node typed Dataset.
bool ReadDcatRecords(const std::string& path, std::string_view json_text, size_t first_line,
                     const RecordFn& emit);

}  // namespace khonha::catalog
