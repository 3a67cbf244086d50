#include "catalog/search/facet_columns.h"

#include <algorithm>
#include <functional>
#include <string_view>
#include <unordered_map>

#include <xapian.h>

#include "catalog/model/schema.h"

namespace khonha::search {

namespace {

struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

}  // namespace

Result<FacetColumns> FacetColumns::Load(const std::string& db_path) {
  FacetColumns fc;
  try {
    Xapian::Database db(db_path);
    const Xapian::docid last = db.get_lastdocid();
    const auto fields = catalog::FacetFields();
    fc.columns_.resize(fields.size());
    // Scratch reused across fields: one row per document with a value, its
    // value ids flat (no per-document allocation: 1M documents load fast).
    std::vector<uint32_t> row_doc, row_start, flat;
    for (size_t i = 0; i < fields.size(); ++i) {
      Column& col = fc.columns_[i];
      std::unordered_map<std::string, uint32_t, StringViewHash, std::equal_to<>> ids;
      row_doc.clear();
      row_start.clear();
      flat.clear();
      const unsigned slot = catalog::kFacetSlotBase + static_cast<unsigned>(i);
      for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
        const std::string v = *it;
        const size_t first = flat.size();
        row_doc.push_back(it.get_docid());
        row_start.push_back(static_cast<uint32_t>(first));
        size_t start = 0;
        while (start <= v.size()) {
          size_t end = v.find(catalog::kFacetValueSeparator, start);
          if (end == std::string::npos) end = v.size();
          const std::string_view value(v.data() + start, end - start);
          start = end + 1;
          auto pos = ids.find(value);
          if (pos == ids.end()) {
            pos = ids.emplace(std::string(value), static_cast<uint32_t>(col.dict.size())).first;
            col.dict.emplace_back(value);
          }
          if (std::find(flat.begin() + static_cast<ptrdiff_t>(first), flat.end(), pos->second) == flat.end()) {
            flat.push_back(pos->second);
          }
        }
      }
      row_start.push_back(static_cast<uint32_t>(flat.size()));
      const size_t rows = row_doc.size();
      col.single = flat.size() == rows;  // every row has exactly one value
      if (col.single) {
        col.dense.assign(static_cast<size_t>(last) + 1, kNoValue);
        for (size_t r = 0; r < rows; ++r) col.dense[row_doc[r]] = flat[r];
      } else {
        col.offsets.assign(static_cast<size_t>(last) + 2, 0);
        for (size_t r = 0; r < rows; ++r) {
          col.offsets[row_doc[r] + 1] = row_start[r + 1] - row_start[r];
        }
        for (size_t d = 1; d < col.offsets.size(); ++d) col.offsets[d] += col.offsets[d - 1];
        col.ids.resize(col.offsets.back());
        for (size_t r = 0; r < rows; ++r) {
          std::copy(flat.begin() + row_start[r], flat.begin() + row_start[r + 1],
                    col.ids.begin() + col.offsets[row_doc[r]]);
        }
      }
      col.totals.assign(col.dict.size(), 0);
      for (uint32_t v : flat) ++col.totals[v];
    }
  } catch (const Xapian::Error& e) {
    return Internal("cannot load facet columns: " + e.get_description());
  }
  return fc;
}

void FacetColumns::Tally(const Column& col, const std::vector<uint32_t>& docids,
                         std::vector<uint32_t>& counts) {
  // One spare slot absorbs kNoValue (wrapped to dict.size()) without a branch.
  counts.assign(col.dict.size() + 1, 0);
  if (col.single) {
    const size_t n_docs = col.dense.size();
    const uint32_t* dense = col.dense.data();
    const uint32_t none = static_cast<uint32_t>(col.dict.size());
    for (uint32_t d : docids) {
      if (d >= n_docs) continue;
      const uint32_t v = dense[d];
      ++counts[v == kNoValue ? none : v];
    }
  } else {
    const size_t n_docs = col.offsets.size() - 1;
    for (uint32_t d : docids) {
      if (d >= n_docs) continue;
      for (uint32_t k = col.offsets[d]; k < col.offsets[d + 1]; ++k) ++counts[col.ids[k]];
    }
  }
  counts.pop_back();
}

std::vector<FacetCount> FacetColumns::Top(const Column& col, const std::vector<uint32_t>& counts,
                                          uint64_t mincount, int64_t limit) {
  std::vector<uint32_t> order;
  for (uint32_t v = 0; v < counts.size(); ++v) {
    if (counts[v] > 0 && counts[v] >= mincount) order.push_back(v);
  }
  auto better = [&](uint32_t a, uint32_t b) {
    if (counts[a] != counts[b]) return counts[a] > counts[b];
    return col.dict[a] < col.dict[b];
  };
  size_t keep = limit < 0 ? order.size() : std::min<size_t>(order.size(), static_cast<size_t>(limit));
  std::partial_sort(order.begin(), order.begin() + keep, order.end(), better);
  order.resize(keep);
  std::vector<FacetCount> out;
  out.reserve(keep);
  for (uint32_t v : order) out.push_back({col.dict[v], counts[v]});
  return out;
}

std::vector<FacetCount> FacetColumns::Count(int facet_index, const std::vector<uint32_t>& docids,
                                            uint64_t mincount, int64_t limit) const {
  if (facet_index < 0 || static_cast<size_t>(facet_index) >= columns_.size()) return {};
  const Column& col = columns_[facet_index];
  std::vector<uint32_t> counts;
  Tally(col, docids, counts);
  return Top(col, counts, mincount, limit);
}

std::vector<FacetCount> FacetColumns::CountAllBut(int facet_index,
                                                  const std::vector<uint32_t>& excluded,
                                                  uint64_t mincount, int64_t limit) const {
  if (facet_index < 0 || static_cast<size_t>(facet_index) >= columns_.size()) return {};
  const Column& col = columns_[facet_index];
  std::vector<uint32_t> counts;
  Tally(col, excluded, counts);
  for (size_t v = 0; v < counts.size(); ++v) counts[v] = col.totals[v] - counts[v];
  return Top(col, counts, mincount, limit);
}

size_t FacetColumns::Cardinality(int facet_index) const {
  return columns_.at(facet_index).dict.size();
}

const std::vector<std::string>& FacetColumns::Dictionary(int facet_index) const {
  return columns_.at(facet_index).dict;
}

}  // namespace khonha::search
