// Relevance ranking of a known match set from in-RAM postings.
//
// Xapian ranks by walking its B-tree postings and reading position lists for
// every match a phrase boost touches; for a broad query (tens of thousands of
// matches) that is most of a search's time. RamRanker computes the same
// BM25 weights (Xapian::BM25Weight with its default parameters) from each
// term's postings decoded once into RAM (docid, wdf) and a document-length
// column, and checks a phrase boost's positions only for the few documents
// that could still reach the requested page because of it.
//
// It scores ranking queries made of terms under AND, OR, AND_MAYBE, FILTER,
// AND_NOT, with phrases of terms only as the boosts of a top-level AND_MAYBE
// (QueryBuilder's ranking form). Anything else (wildcards, synonyms, NEAR,
// value ranges, scaled weights) is reported unsupported and left to Xapian.
//
// The weight of a document is what Xapian gives it under
// AND_MAYBE(match set, rank): the rank query's weight where it matches, else
// 0. Equal weights are ordered by the sort keys, then docid. Sums are
// taken in query order, so weights may differ from Xapian's in the last bits
// (Xapian orders an AND's parts by frequency).
//
// Private to the search layer. One per generation, shared by every thread:
// the postings cache is a bounded LRU, the length column is built once.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "catalog/search/lru_cache.h"
#include "catalog/search/sort_columns.h"

namespace khonha::search {

struct RankedDoc {
  uint32_t docid = 0;
  double weight = 0;
};

class RamRanker {
 public:
  // `max_docid`: the generation's last docid; `cache_bytes` bounds the postings cache.
  RamRanker(uint32_t max_docid, size_t cache_bytes)
      : max_docid_(max_docid), postings_(cache_bytes) {}

  // Whether `rank` is a query this ranker scores.
  static bool Supports(const Xapian::Query& rank);

  // Documents [first, first + count) of `matches` (ascending docids) ranked
  // by weight, then `keys` (RankBefore). nullopt if !Supports(rank). May throw
  // Xapian::Error.
  std::optional<std::vector<RankedDoc>> Rank(const Xapian::Query& rank,
                                             const std::vector<uint32_t>& matches, size_t first,
                                             size_t count, const std::vector<RankKey>& keys,
                                             const Xapian::Database& db);

  // Forgets the cached postings (the length column stays).
  void Clear() { postings_.Clear(); }

  // One term's postings: docids ascending, with their wdf.
  struct Postings {
    std::vector<uint32_t> docids;
    std::vector<uint32_t> wdfs;
  };

 private:
  std::shared_ptr<const Postings> TermPostings(const std::string& term, const Xapian::Database& db);
  // The terms' postings merged: each document once, its wdfs summed.
  std::shared_ptr<const Postings> SynonymPostings(const std::vector<std::string>& terms,
                                                  const Xapian::Database& db);
  const std::vector<uint32_t>& Lengths(const Xapian::Database& db);

  const uint32_t max_docid_;
  LruCache<Postings> postings_;
  std::once_flag lengths_once_;
  std::vector<uint32_t> lengths_;  // docid → document length; set once
};

}  // namespace khonha::search
