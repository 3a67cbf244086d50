// The match set of a Xapian::Query as a bitset, mostly without a Xapian
// match loop: terms under AND / OR / AND_NOT / FILTER / XOR / SYNONYM … are
// bitset operations over whole posting lists; any other part (a phrase, a
// wildcard, a value range) is matched by Xapian on its own, with boolean
// weights, and becomes a bitset too. AND_MAYBE matches its first part. This
// answers browse pages and the count and facets of text queries; ranking
// stays with Xapian.
//
// Private to the search layer. One FilterEngine per generation, shared by
// every thread: each term's posting list (and each other part's match set,
// keyed by its description, and each OR with a positional alternative: a
// word or its cluster-pair fallback, "the word anywhere in the text")
// becomes a DocSet once and stays in a bounded LRU
// (the visibility terms — state, capacity, type — are in every request and
// so are always warm). Thread-safe; each caller passes its own
// Xapian::Database on the same generation.
#pragma once

#include <cstddef>
#include <memory>
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

  // The documents matching `query`. With `cache_result`, the answer is kept
  // (and reused) for the whole query; term posting lists are always cached.
  // May throw Xapian::Error.
  DocSet Evaluate(const Xapian::Query& query, const Xapian::Database& db, bool cache_result = true);

  // Forgets every cached set (benchmarks measure searches with nothing warm).
  void Clear();

  uint32_t max_docid() const { return max_docid_; }
  const LruCache<DocSet>& term_cache() const { return terms_; }

 private:
  std::shared_ptr<const DocSet> Term(const std::string& term, const Xapian::Database& db);
  // A phrase or NEAR of terms: Xapian checks the positions of the documents
  // that hold all its terms, are in `within` (if given) and not in `except`.
  DocSet Positional(const Xapian::Query& q, const Xapian::Database& db, const DocSet* within,
                    const DocSet* except);
  // Any other part that is not boolean over terms, matched by Xapian.
  std::shared_ptr<const DocSet> Matches(const Xapian::Query& q, const Xapian::Database& db);
  DocSet Eval(const Xapian::Query& q, const Xapian::Database& db);

  const uint32_t max_docid_;
  // term → its posting list; "" = every document; "\x01" + description →
  // the match set of a part Xapian matched; "\x02" + description → the
  // match set of a whole query given to Evaluate(); "\x03" + description →
  // the match set of an OR with a positional alternative
  LruCache<DocSet> terms_;
};

}  // namespace khonha::search
