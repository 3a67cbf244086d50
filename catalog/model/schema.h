// The one schema table: every catalog field khonha indexes, and how.
//
// Indexer and server share this table: the indexer writes each field's terms,
// values and text from it; the server resolves q/fq/facet.field/sort names
// through it. Field names are CKAN's Solr field names (tags, res_format,
// organization, …) plus the GD-Catalog field names (data_type, objective, …).
//
// Thread-safe: the table is immutable static data.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/model/dataset.h"

namespace khonha::catalog {

enum class FieldKind {
  kText,     // analysed words only (title, notes, res_name, …)
  kKeyword,  // exact string values: filterable, facetable when `facet`
  kDate,     // ISO 8601 timestamp: sortable, range-filterable
  kInt,      // integer: sortable, range-filterable
};

struct FieldSpec;
using FieldValuesFn = std::vector<std::string> (*)(const Dataset&, const FieldSpec&);

struct FieldSpec {
  std::string_view name;
  FieldKind kind;
  // Term prefix: exact terms for keywords ("XTAG:" + value); prefixed word
  // terms for text ("S" + word) so that `title:word` searches one field.
  std::string_view prefix;
  int slot = -1;          // value slot (sort/range for dates, ints, title_string)
  bool facet = false;     // exact per-value counts available
  bool multi = false;     // several values per dataset
  bool gdc = false;       // a GD-Catalog field (read from the record by name)
  unsigned weight = 0;    // wdf multiplier of its words in the default text; 0 = none
  FieldValuesFn values = nullptr;  // exact values (keyword/date/int) or text to analyse
  FieldValuesFn text = nullptr;    // extra text analysed into the default field (optional)
  // Long free text (notes, resource descriptions): its words go into the
  // default text field only, with no field-prefixed copies (the prefix is
  // empty; `notes:word` searches the default field). These fields hold most
  // of a record's words; their copies made indexing a record ~25% dearer
  // (docs/benchmarks.md, "Index build"). Their words keep positions and the
  // Thai cluster-pair fallback, like every other default-field text.
  bool long_text = false;
};

// Value slots with fixed meanings.
inline constexpr unsigned kSlotModified = 0;    // metadata_modified, "YYYY-MM-DDTHH:MM:SS"
inline constexpr unsigned kSlotCreated = 1;     // metadata_created, same form
inline constexpr unsigned kSlotTitleSort = 2;   // title_string, case-folded title
inline constexpr unsigned kSlotName = 3;        // name
inline constexpr unsigned kSlotNumResources = 4;  // sortable_serialise(num_resources)
inline constexpr unsigned kSlotNumTags = 5;
// Facet columns: slot kFacetSlotBase + i holds the values of FacetFields()[i],
// joined by kFacetValueSeparator. The server loads them into RAM columns.
inline constexpr unsigned kFacetSlotBase = 32;
inline constexpr char kFacetValueSeparator = '\x1f';

// Term prefixes with fixed meanings.
inline constexpr std::string_view kIdTermPrefix = "Q";   // unique id term
inline constexpr std::string_view kNameTermPrefix = "XNAME:";

std::span<const FieldSpec> Fields();
std::span<const FieldSpec> GdcFields();
// Facetable fields in a fixed order; a field's index here picks its slot.
std::span<const FieldSpec* const> FacetFields();
int FacetIndex(std::string_view name);  // -1 when not facetable
const FieldSpec* FindField(std::string_view name);

// "2021-10-31T05:59:39.473708" → "2021-10-31T05:59:39"; "" when not a date.
// Accepts a date alone ("2021-10-31" → "2021-10-31T00:00:00") and a trailing Z.
std::string NormalizeTimestamp(std::string_view iso);

}  // namespace khonha::catalog
