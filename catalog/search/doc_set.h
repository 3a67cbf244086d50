// A set of document ids as a plain bitset (bit d = docid d).
//
// What filter-only searches compute instead of running a Xapian match loop:
// 1M documents are 16k words, so AND/OR/NOT of whole filters take
// microseconds. A value type; not synchronised (share it as const).
#pragma once

#include <bit>
#include <cstdint>
#include <vector>

namespace khonha::search {

class DocSet {
 public:
  DocSet() = default;
  // An empty set able to hold docids 0 … max_docid.
  explicit DocSet(uint32_t max_docid) : words_((static_cast<size_t>(max_docid) >> 6) + 1, 0) {}

  void Insert(uint32_t d) { words_[d >> 6] |= uint64_t{1} << (d & 63); }
  bool Contains(uint32_t d) const {
    return (d >> 6) < words_.size() && (words_[d >> 6] >> (d & 63) & 1) != 0;
  }

  // In-place set operations with a set of the same capacity.
  void And(const DocSet& o) {
    for (size_t i = 0; i < words_.size(); ++i) words_[i] &= i < o.words_.size() ? o.words_[i] : 0;
  }
  void Or(const DocSet& o) {
    for (size_t i = 0; i < words_.size() && i < o.words_.size(); ++i) words_[i] |= o.words_[i];
  }
  void AndNot(const DocSet& o) {
    for (size_t i = 0; i < words_.size() && i < o.words_.size(); ++i) words_[i] &= ~o.words_[i];
  }
  void Xor(const DocSet& o) {
    for (size_t i = 0; i < words_.size() && i < o.words_.size(); ++i) words_[i] ^= o.words_[i];
  }

  uint64_t Count() const {
    uint64_t n = 0;
    for (uint64_t w : words_) n += static_cast<uint64_t>(std::popcount(w));
    return n;
  }

  // Calls f(docid) for every member, ascending.
  template <typename F>
  void ForEach(F&& f) const {
    for (size_t i = 0; i < words_.size(); ++i) {
      for (uint64_t w = words_[i]; w != 0; w &= w - 1) {
        f(static_cast<uint32_t>((i << 6) + static_cast<size_t>(std::countr_zero(w))));
      }
    }
  }

  std::vector<uint32_t> ToDocids() const {
    std::vector<uint32_t> out;
    out.reserve(Count());
    ForEach([&out](uint32_t d) { out.push_back(d); });
    return out;
  }

  size_t ByteSize() const { return words_.size() * sizeof(uint64_t); }

 private:
  std::vector<uint64_t> words_;
};

}  // namespace khonha::search
