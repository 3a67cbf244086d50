// Recall fallback units for Thai: overlapping pairs of character clusters.
//
// Word terms rank well but only match where the segmenter put a boundary.
// For text the lexicon does not know, a positional field of cluster pairs
// finds any substring that starts on a cluster boundary: a query of clusters
// q1…qk matches the phrase (q1q2, q2q3, …, q(k-1)qk) at consecutive
// positions, which is exactly "the text contains q1…qk". Each Thai run of k
// clusters yields k-1 pairs and, at its last position, its last cluster
// alone, so that a one-cluster query can match as a term prefix.
//
// Stateless; thread-safe.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace khonha::analyzers {

struct ClusterGram {
  uint32_t begin = 0;     // byte range in the text
  uint32_t end = 0;
  uint32_t position = 0;  // counts from 0 over the whole text
};

// Grams longer than this are skipped (runs of stray marks, never real text).
inline constexpr size_t kMaxClusterGramBytes = 60;

// Appends the grams of every Thai run of `text` (valid, normalised UTF-8) to
// *out. Positions start at `first_position`; a new run starts two positions
// after the previous one ended, so a phrase never spans two runs. Returns
// the first position after the last gram (plus that gap).
uint32_t ThaiClusterGrams(std::string_view text, uint32_t first_position,
                          std::vector<ClusterGram>* out);

}  // namespace khonha::analyzers
