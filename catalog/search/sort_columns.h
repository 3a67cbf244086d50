// Sort orders from RAM: for each sortable value slot, every document's rank
// in that slot's value order (equal values share a rank; a missing value is
// rank 0, before every present one — Xapian's order for an empty value).
//
// Sorting a match set by metadata_modified (or any slot) then compares small
// integers instead of reading and comparing value strings per match; Xapian
// sorts use RankKeyMaker (4 bytes per key) for the same reason.
//
// Private to the search layer. One per generation, built lazily per slot on
// first use (a value stream over the slot, then one sort). Thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <xapian.h>

namespace khonha::search {

class SortColumns {
 public:
  explicit SortColumns(uint32_t max_docid) : max_docid_(max_docid) {}

  // rank[docid] for `slot` (size max_docid + 1). May throw Xapian::Error.
  std::shared_ptr<const std::vector<uint32_t>> Ranks(Xapian::valueno slot,
                                                     const Xapian::Database& db);

 private:
  const uint32_t max_docid_;
  std::mutex mu_;
  std::map<Xapian::valueno, std::shared_ptr<const std::vector<uint32_t>>> ranks_;  // guarded by mu_
};

// One sort key over a rank column.
struct RankKey {
  std::shared_ptr<const std::vector<uint32_t>> ranks;
  bool descending = false;
};

// Xapian sort keys from rank columns: the same order as MultiValueKeyMaker on
// the same slots, without reading values. Thread-compatible (immutable).
class RankKeyMaker final : public Xapian::KeyMaker {
 public:
  explicit RankKeyMaker(std::vector<RankKey> keys) : keys_(std::move(keys)) {}
  std::string operator()(const Xapian::Document& doc) const override;

 private:
  std::vector<RankKey> keys_;
};

// Whether docid a sorts before docid b under `keys` (ties: lower docid first,
// as Xapian breaks them).
inline bool RankBefore(const std::vector<RankKey>& keys, uint32_t a, uint32_t b) {
  for (const auto& k : keys) {
    uint32_t ra = (*k.ranks)[a], rb = (*k.ranks)[b];
    if (ra != rb) return k.descending ? ra > rb : ra < rb;
  }
  return a < b;
}

}  // namespace khonha::search
