#include "catalog/search/facet_columns.h"

#include <algorithm>
#include <unordered_map>

#include <xapian.h>

#include "catalog/model/schema.h"

namespace khonha::search {

Result<FacetColumns> FacetColumns::Load(const std::string& db_path) {
  FacetColumns fc;
  try {
    Xapian::Database db(db_path);
    const Xapian::docid last = db.get_lastdocid();
    const auto fields = catalog::FacetFields();
    fc.columns_.resize(fields.size());
    for (size_t i = 0; i < fields.size(); ++i) {
      Column& col = fc.columns_[i];
      col.offsets.assign(last + 2, 0);
      std::unordered_map<std::string, uint32_t> ids;
      // Values arrive in docid order; fill counts per docid then prefix-sum.
      std::vector<std::pair<Xapian::docid, std::vector<uint32_t>>> rows;
      const unsigned slot = catalog::kFacetSlotBase + static_cast<unsigned>(i);
      for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
        const std::string v = *it;
        std::vector<uint32_t> vids;
        size_t start = 0;
        while (start <= v.size()) {
          size_t end = v.find(catalog::kFacetValueSeparator, start);
          if (end == std::string::npos) end = v.size();
          std::string value = v.substr(start, end - start);
          auto [pos, fresh] = ids.try_emplace(value, static_cast<uint32_t>(col.dict.size()));
          if (fresh) col.dict.push_back(std::move(value));
          if (std::find(vids.begin(), vids.end(), pos->second) == vids.end()) vids.push_back(pos->second);
          start = end + 1;
        }
        rows.emplace_back(it.get_docid(), std::move(vids));
      }
      for (const auto& [docid, vids] : rows) col.offsets[docid + 1] = static_cast<uint32_t>(vids.size());
      for (size_t d = 1; d < col.offsets.size(); ++d) col.offsets[d] += col.offsets[d - 1];
      col.ids.resize(col.offsets.back());
      for (const auto& [docid, vids] : rows) {
        std::copy(vids.begin(), vids.end(), col.ids.begin() + col.offsets[docid]);
      }
    }
  } catch (const Xapian::Error& e) {
    return Internal("cannot load facet columns: " + e.get_description());
  }
  return fc;
}

std::vector<FacetCount> FacetColumns::Count(int facet_index, const std::vector<uint32_t>& docids,
                                            uint64_t mincount, int64_t limit) const {
  std::vector<FacetCount> out;
  if (facet_index < 0 || static_cast<size_t>(facet_index) >= columns_.size()) return out;
  const Column& col = columns_[facet_index];
  std::vector<uint32_t> counts(col.dict.size(), 0);
  const size_t n_docs = col.offsets.size() - 1;
  for (uint32_t d : docids) {
    if (d >= n_docs) continue;
    for (uint32_t k = col.offsets[d]; k < col.offsets[d + 1]; ++k) ++counts[col.ids[k]];
  }
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
  out.reserve(keep);
  for (uint32_t v : order) out.push_back({col.dict[v], counts[v]});
  return out;
}

size_t FacetColumns::Cardinality(int facet_index) const {
  return columns_.at(facet_index).dict.size();
}

const std::vector<std::string>& FacetColumns::Dictionary(int facet_index) const {
  return columns_.at(facet_index).dict;
}

}  // namespace khonha::search
