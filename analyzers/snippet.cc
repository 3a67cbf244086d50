#include "analyzers/snippet.h"

#include <algorithm>
#include <unordered_set>

#include "catalog/base/utf8.h"

namespace khonha::analyzers {

Snippet MakeSnippet(Analyzer& analyzer, std::string_view text,
                    const std::vector<std::string>& terms, const SnippetOptions& options) {
  Snippet snippet;
  const std::string normalized = analyzer.Normalize(text);
  if (normalized.empty()) return snippet;
  const size_t max_bytes = std::max<size_t>(options.max_bytes, 16);

  // Word boundaries of the normalised text.
  std::vector<uint32_t> bounds{0};
  for (const std::string& s : analyzer.Segment(normalized)) {
    bounds.push_back(bounds.back() + static_cast<uint32_t>(s.size()));
  }
  // Matching surface ranges; a sub-word match narrows to the sub-word.
  std::unordered_set<std::string_view> wanted(terms.begin(), terms.end());
  std::vector<Snippet::Range> matches;
  for (const Token& t : analyzer.Analyze(normalized)) {
    if (wanted.count(t.text)) matches.push_back({t.begin, t.end});
  }
  std::sort(matches.begin(), matches.end(),
            [](const auto& a, const auto& b) { return a.begin < b.begin; });
  // Drop overlaps (a word and its sub-word both matching): keep the first.
  std::vector<Snippet::Range> spans;
  for (const auto& m : matches) {
    if (spans.empty() || m.begin >= spans.back().end) spans.push_back(m);
  }

  // The window of max_bytes holding the most matches, starting at a match.
  size_t best_first = 0, best_count = 0;
  for (size_t i = 0, j = 0; i < spans.size(); ++i) {
    if (j < i) j = i;
    while (j < spans.size() && spans[j].end - spans[i].begin <= max_bytes) ++j;
    if (j - i > best_count) {
      best_count = j - i;
      best_first = i;
    }
  }
  size_t begin = 0;
  if (best_count > 0) {
    size_t anchor = spans[best_first].begin;
    size_t want = anchor > options.lead_bytes ? anchor - options.lead_bytes : 0;
    // Near the end, use the room for more context before the match.
    size_t tail_start = normalized.size() > max_bytes ? normalized.size() - max_bytes : 0;
    want = std::min(want, tail_start);
    // Start at the first word boundary at or after `want` (not past the match).
    auto it = std::lower_bound(bounds.begin(), bounds.end(), uint32_t(want));
    begin = std::min<size_t>(*it, anchor);
  }
  // End at the last word boundary within max_bytes.
  size_t limit = std::min(normalized.size(), begin + max_bytes);
  auto it = std::upper_bound(bounds.begin(), bounds.end(), uint32_t(limit));
  size_t end = *(it - 1);
  if (end <= begin) {  // one enormous word
    end = begin + TruncateUtf8(std::string_view(normalized).substr(begin), max_bytes).size();
  }
  // Do not start or end on whitespace.
  while (begin < end && (normalized[begin] == ' ' || normalized[begin] == '\n')) ++begin;
  while (end > begin && (normalized[end - 1] == ' ' || normalized[end - 1] == '\n')) --end;

  snippet.text = normalized.substr(begin, end - begin);
  snippet.cut_before = begin > 0;
  snippet.cut_after = end < normalized.size();
  for (const auto& s : spans) {
    if (s.begin >= begin && s.end <= end) {
      snippet.highlights.push_back({uint32_t(s.begin - begin), uint32_t(s.end - begin)});
    }
  }
  return snippet;
}

}  // namespace khonha::analyzers
