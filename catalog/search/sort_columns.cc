#include "catalog/search/sort_columns.h"

#include <algorithm>
#include <numeric>

namespace khonha::search {

std::shared_ptr<const std::vector<uint32_t>> SortColumns::Ranks(Xapian::valueno slot,
                                                                const Xapian::Database& db) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = ranks_.find(slot);
    if (it != ranks_.end()) return it->second;
  }
  // Built outside the lock; two threads racing build the same thing and the
  // first to finish wins.
  std::vector<std::pair<std::string, uint32_t>> values;
  values.reserve(db.get_doccount());
  for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
    if (it.get_docid() <= max_docid_) values.emplace_back(*it, it.get_docid());
  }
  std::sort(values.begin(), values.end());
  auto ranks = std::make_shared<std::vector<uint32_t>>(static_cast<size_t>(max_docid_) + 1, 0);
  uint32_t rank = 0;
  for (size_t i = 0; i < values.size(); ++i) {
    if (i == 0 || values[i].first != values[i - 1].first) ++rank;
    (*ranks)[values[i].second] = rank;
  }
  std::lock_guard<std::mutex> lock(mu_);
  auto [it, fresh] = ranks_.emplace(slot, std::move(ranks));
  return it->second;
}

std::string RankKeyMaker::operator()(const Xapian::Document& doc) const {
  const uint32_t d = doc.get_docid();
  std::string key(keys_.size() * 4, '\0');
  for (size_t i = 0; i < keys_.size(); ++i) {
    const auto& r = *keys_[i].ranks;
    uint32_t v = d < r.size() ? r[d] : 0;
    if (keys_[i].descending) v = ~v;
    key[i * 4] = static_cast<char>(v >> 24);
    key[i * 4 + 1] = static_cast<char>(v >> 16);
    key[i * 4 + 2] = static_cast<char>(v >> 8);
    key[i * 4 + 3] = static_cast<char>(v);
  }
  return key;
}

}  // namespace khonha::search
