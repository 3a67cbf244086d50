// Filter-only queries without a Xapian match loop: a boolean Xapian::Query
// (terms under AND / OR / AND_NOT / FILTER / XOR / SYNONYM …) evaluated as
// bitset operations over whole posting lists.
//
// Private to the search layer. One FilterEngine per generation, shared by
// every thread: each term's posting list becomes a DocSet once and stays in a
// bounded LRU (the visibility terms — state, capacity, type — are in every
// request and so are always warm). Thread-safe; each caller passes its own
// Xapian::Database on the same generation.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>

#include <xapian.h>

#include "catalog/search/doc_set.h"
#include "catalog/search/lru_cache.h"

namespace khonha::search {

class FilterEngine {
 public:
  // `max_docid`: the generation's last docid; `cache_bytes` bounds the term cache.
  FilterEngine(uint32_t max_docid, size_t cache_bytes)
      : max_docid_(max_docid), terms_(cache_bytes) {}

  // The documents matching `query`, or nullopt when the query has parts a
  // bitset cannot answer (phrases, wildcards, value ranges, posting sources):
  // the caller then runs Xapian. May throw Xapian::Error.
  std::optional<DocSet> Evaluate(const Xapian::Query& query, const Xapian::Database& db);

  // True when Evaluate() can answer `query` (no posting lists are read).
  static bool Supported(const Xapian::Query& query);

  uint32_t max_docid() const { return max_docid_; }
  const LruCache<DocSet>& term_cache() const { return terms_; }

 private:
  std::shared_ptr<const DocSet> Term(const std::string& term, const Xapian::Database& db);
  DocSet Eval(const Xapian::Query& q, const Xapian::Database& db);

  const uint32_t max_docid_;
  LruCache<DocSet> terms_;  // term → its posting list; "" = every document
};

}  // namespace khonha::search
