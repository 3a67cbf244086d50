// Exact facet counting from in-RAM columns.
//
// For every facetable field, each document's values are kept as small integer
// ids with a dictionary of the distinct values: a dense array (one id per
// docid) when no document has more than one value, else CSR (offsets by
// docid, then value ids). Counting a match set touches only its docids and
// these arrays — no Xapian document or value reads in the match loop; a
// single-valued field costs one load and one increment per match.
//
// Immutable after Load(); safe to share between threads.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "catalog/base/status.h"

namespace khonha::search {

struct FacetCount {
  std::string value;
  uint64_t count = 0;
};

class FacetColumns {
 public:
  // Reads the facet value slots of the Xapian database at db_path.
  static Result<FacetColumns> Load(const std::string& db_path);

  // Counts values of facet field `facet_index` (catalog::FacetIndex) over the
  // given docids. Result: values with count ≥ mincount, by count descending
  // then value ascending, at most `limit` (limit < 0: all).
  std::vector<FacetCount> Count(int facet_index, const std::vector<uint32_t>& docids,
                                uint64_t mincount, int64_t limit) const;

  // The same counts over every document except `excluded` (distinct docids,
  // any order): the column totals minus the excluded documents' values,
  // cheaper than Count() when a query matches most of the catalog.
  std::vector<FacetCount> CountAllBut(int facet_index, const std::vector<uint32_t>& excluded,
                                      uint64_t mincount, int64_t limit) const;
  // Number of distinct values of a facet field.
  size_t Cardinality(int facet_index) const;
  const std::vector<std::string>& Dictionary(int facet_index) const;

 private:
  static constexpr uint32_t kNoValue = 0xffffffffu;
  struct Column {
    bool single = true;             // every document has at most one value
    std::vector<uint32_t> dense;    // single: value id by docid (kNoValue = none)
    std::vector<uint32_t> offsets;  // multi: size = max docid + 2; values of d: [offsets[d], offsets[d+1])
    std::vector<uint32_t> ids;      // multi
    std::vector<std::string> dict;
    std::vector<uint32_t> totals;   // value id → documents with it
  };
  // counts[value id] over docids.
  static void Tally(const Column& col, const std::vector<uint32_t>& docids,
                    std::vector<uint32_t>& counts);
  // Values with count ≥ mincount, by count descending then value, at most limit.
  static std::vector<FacetCount> Top(const Column& col, const std::vector<uint32_t>& counts,
                                     uint64_t mincount, int64_t limit);
  std::vector<Column> columns_;
};

}  // namespace khonha::search
