// The typed form of q and fq: the Solr/Lucene subset CKAN clients send.
//
//   expr    := clause+ with AND / OR / NOT / && / || / ! and +/- prefixes,
//              default operator AND (as CKAN sets q.op), parentheses;
//   clause  := [field ':'] (word | "quoted phrase" | [a TO b] | {a TO b} | '(' expr ')')
//   word    may hold * and ? wildcards; `field:*` and `field:[* TO *]` mean
//           "has any value"; range bounds may be dates with NOW-30DAYS/DAY math.
//
// Parsing never touches the index; QueryBuilder turns a node into a Xapian query.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "catalog/base/status.h"

namespace khonha::search {

struct QueryNode {
  enum class Kind {
    kMatchAll,  // *:* or an empty query
    kAnd,       // all children
    kOr,        // any child
    kNot,       // children[0] excluded (from everything, or from its AND siblings)
    kTerm,      // field:value (value may contain wildcards)
    kPhrase,    // field:"quoted words"
    kRange,     // field:[lo TO hi]; "*" = open bound
  };
  Kind kind = Kind::kMatchAll;
  std::string field;  // "" = the default text field
  std::string value;  // kTerm / kPhrase
  std::string lo, hi;  // kRange
  bool lo_inclusive = true, hi_inclusive = true;
  std::vector<QueryNode> children;

  // Compact Lisp-like form for golden tests: (AND tags:"a" (NOT res_format:"CSV")).
  std::string Describe() const;
};

struct ParseOptions {
  // In q, an unknown "field:" prefix is plain text (a URL, "เวลา 10:30");
  // in fq it is an error, as Solr reports an undefined field.
  bool unknown_field_is_text = true;
  size_t max_length = 4096;  // longer input is rejected
  size_t max_depth = 32;     // parenthesis nesting bound
};

// Parses q or fq. Errors are InvalidArgument with a message for the caller.
Result<QueryNode> ParseQuery(std::string_view text, const ParseOptions& options = {});

// True when `value` has an unescaped * or ? wildcard.
bool HasWildcard(std::string_view value);

}  // namespace khonha::search
