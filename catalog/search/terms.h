// How catalog values become Xapian terms. Private to the search layer; the
// indexer's DocumentBuilder and the server's QueryBuilder both use it, so a
// query term is always spelled exactly like the indexed one.
#pragma once

#include <string>
#include <string_view>

#include "analyzers/analyzer.h"
#include "catalog/model/schema.h"

namespace khonha::search {

// Xapian's hard limit is 245 bytes; leave room for our longest prefix.
inline constexpr size_t kMaxTermBytes = 240;

// Exact term of a keyword value: prefix + value; values too long for a term
// keep a readable head and a hash of the whole so they stay distinct.
std::string KeywordTerm(std::string_view prefix, std::string_view value);

// Prefix of the stemmed form of Latin words (Xapian's "Z" convention):
// "Z" + field prefix + stem.
inline constexpr std::string_view kStemPrefix = "Z";

// Prefix of the Thai recall fallback: pairs of character clusters, with
// positions of their own (analyzers/cluster_grams.h), indexed for the default
// text field only. Added with wdf 0: they never change document lengths, so
// word ranking is unaffected, and a dataset found only through them scores 0
// and ranks below every word match.
inline constexpr std::string_view kClusterGramPrefix = "XTC";

// True for tokens whose stem is also indexed (Latin words, not Thai, not numbers).
inline bool IsStemmable(const analyzers::Token& t) { return t.script == analyzers::Script::kLatin; }

}  // namespace khonha::search
