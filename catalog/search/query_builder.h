// QueryNode → Xapian::Query. Private to the search layer.
//
// Not thread-safe: owns an Analyzer; one QueryBuilder per thread. Keyword
// wildcards and ranges are expanded against `db` (bounded by kMaxExpansion).
#pragma once

#include <ctime>
#include <memory>
#include <optional>
#include <string>

#include <xapian.h>

#include "analyzers/analyzer.h"
#include "analyzers/cluster_grams.h"
#include "catalog/base/status.h"
#include "catalog/search/query_ast.h"

namespace khonha::search {

inline constexpr size_t kMaxExpansion = 10000;
// A one-cluster Thai query word expands to the cluster pairs that start with
// it; more pairs than this (or one in kMaxFallbackCandidates datasets or
// more) make its fallback too costly, like a common pair does.
inline constexpr Xapian::termcount kMaxClusterExpansion = 64;
// Fragments of a cut-off Thai word ("จังห") also match as the start of a
// word: the most frequent words beginning with them, at most this many.
inline constexpr Xapian::termcount kMaxFragmentExpansion = 64;
// One-cluster query tokens used by fewer datasets than this are fragments of
// a word the segmenter could not place (see IsClusterFragment); a
// one-cluster word starting a pair found in this many datasets gets no
// cluster-pair fallback (it would match most of the catalog).
inline constexpr Xapian::doccount kMaxFallbackCandidates = 500;
// Queries of 2 to this many words rank datasets where they stand together
// as a phrase higher (a positional check of every match).
inline constexpr size_t kMaxPhraseBoostWords = 4;

// What a built query is for. The datasets a query matches are decided by its
// kMatch form, which includes the Thai cluster-pair fallback (terms of zero
// weight); its kRank form leaves the fallback out and only scores datasets
// already known to match (Searcher: AND_MAYBE over the match set), so
// ranking never reads the fallback's positions.
enum class QueryUse { kMatch, kRank };

class QueryBuilder {
 public:
  explicit QueryBuilder(analyzers::Analyzer& analyzer) : analyzer_(analyzer) {}

  // `now` fixes the clock for NOW date math (tests); 0 = the current time.
  Result<Xapian::Query> Build(const QueryNode& node, const Xapian::Database& db,
                              std::time_t now = 0, QueryUse use = QueryUse::kMatch);

  // Text of the default field as a query: what q becomes when it has no syntax.
  std::optional<Xapian::Query> TextQuery(std::string_view text, std::string_view prefix,
                                         bool phrase, QueryUse use = QueryUse::kMatch);

 private:
  Result<std::optional<Xapian::Query>> Node(const QueryNode& n);
  Result<std::optional<Xapian::Query>> Leaf(const QueryNode& n);
  std::optional<Xapian::Query> Text(std::string_view text, std::string_view prefix, bool phrase);
  // The cluster-pair phrase that finds `surface` (a normalised Thai word)
  // anywhere in the default field's text (see terms.h, kClusterGramPrefix).
  // nullopt, with *too_costly set, for a one-cluster word that starts too
  // many pairs or a common one (unless `bounded` is false), and always when
  // building a ranking query.
  // With `open_end` (the text ends the query, typing may have stopped
  // inside a cluster) the last pair may be any pair its text starts.
  std::optional<Xapian::Query> ClusterFallback(std::string_view surface, bool* too_costly,
                                               bool bounded = true, bool open_end = false);
  // Words that start with `stem` (the kMaxFragmentExpansion most frequent):
  // a wildcard in the match form; in the ranking form the same words
  // spelled out as a synonym, which RamRanker can score.
  Xapian::Query WordStart(const std::string& stem) const;
  // True for a Thai word token that is a single character cluster and not a
  // common word of the database (in fewer than kMaxFallbackCandidates
  // datasets): a piece of a word the segmenter could not place.
  bool IsClusterFragment(const analyzers::Token& t, std::string_view normalized);

  analyzers::Analyzer& analyzer_;
  Xapian::Stem stemmer_{"english"};
  const Xapian::Database* db_ = nullptr;
  std::time_t now_ = 0;
  bool ranking_ = false;  // building the kRank form
  std::vector<analyzers::ClusterGram> grams_;  // scratch
};

// Solr date syntax → our normalised timestamp ("YYYY-MM-DDTHH:MM:SS"):
// ISO dates/timestamps (Z optional) and NOW with math (NOW-30DAYS, NOW/DAY,
// NOW+1YEAR/MONTH). "" when the text is not a date.
std::string ResolveSolrDate(std::string_view text, std::time_t now);

}  // namespace khonha::search
