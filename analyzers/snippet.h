// Search-result excerpts: a bounded piece of a field's text around the query
// terms it contains, cut at word boundaries, with the matches marked as byte
// ranges. No HTML here: the web layer escapes the text and wraps the ranges.
//
// Uses the caller's Analyzer (not thread-safe; one per thread), so matching is
// exactly the index's: a query term matches a word or a sub-word (สุขภาพ
// highlights inside ส่งเสริมสุขภาพ).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "analyzers/analyzer.h"

namespace khonha::analyzers {

struct SnippetOptions {
  // Longest excerpt in bytes (not counting ellipses, which the caller adds
  // where `cut_before` / `cut_after` say). Cuts fall at word boundaries, so
  // the excerpt may be shorter; a single word longer than this is cut at a
  // code point boundary.
  size_t max_bytes = 300;
  // Bytes of context to keep before the first match when there is room.
  size_t lead_bytes = 60;
};

struct Snippet {
  std::string text;  // the excerpt, from the *normalised* field text
  struct Range {
    uint32_t begin;  // byte offsets into `text`
    uint32_t end;
  };
  std::vector<Range> highlights;  // ascending, non-overlapping
  bool cut_before = false;         // text was omitted before the excerpt
  bool cut_after = false;          // text was omitted after it
};

// `terms` are folded query terms (Token::text of the query's tokens). With no
// match, the excerpt is the start of the text.
Snippet MakeSnippet(Analyzer& analyzer, std::string_view text,
                    const std::vector<std::string>& terms, const SnippetOptions& options = {});

}  // namespace khonha::analyzers
