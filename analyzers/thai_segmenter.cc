#include "analyzers/thai_segmenter.h"

#include <algorithm>
#include <limits>

#include "analyzers/segmenter.h"
#include "analyzers/thai_clusters.h"

namespace khonha::analyzers {
namespace {

struct Cost {
  uint32_t unknown = std::numeric_limits<uint32_t>::max();
  uint32_t words = 0;
  bool operator<(const Cost& o) const {
    return unknown != o.unknown ? unknown < o.unknown : words < o.words;
  }
};

}  // namespace

void MaximalMatch(std::string_view text, const std::vector<uint32_t>& clusters,
                  const Lexicon& lexicon, bool forbid_whole, std::vector<uint32_t>* bounds) {
  const size_t n = clusters.size() - 1;  // number of clusters
  std::vector<Cost> best(n + 1);
  std::vector<uint32_t> from(n + 1, 0);
  std::vector<bool> unknown_end(n + 1, false);  // best path reaches j by an unknown word
  best[0] = Cost{0, 0};
  std::vector<uint32_t> lengths;
  for (size_t j = 0; j < n; ++j) {
    if (best[j].unknown == std::numeric_limits<uint32_t>::max()) continue;
    auto relax = [&](size_t k, Cost c, bool unknown) {
      if (c < best[k]) {
        best[k] = c;
        from[k] = static_cast<uint32_t>(j);
        unknown_end[k] = unknown;
      }
    };
    lengths.clear();
    lexicon.PrefixLengths(text, clusters[j], text.size(), &lengths);
    for (uint32_t len : lengths) {
      uint32_t end = clusters[j] + len;
      auto it = std::lower_bound(clusters.begin() + j + 1, clusters.end(), end);
      if (it == clusters.end() || *it != end) continue;  // ends inside a cluster
      size_t k = static_cast<size_t>(it - clusters.begin());
      if (forbid_whole && j == 0 && k == n) continue;
      relax(k, Cost{best[j].unknown, best[j].words + 1}, false);
    }
    // One unknown cluster; it extends an unknown word that ends at j.
    Cost c{best[j].unknown + 1, best[j].words + (unknown_end[j] ? 0u : 1u)};
    relax(j + 1, c, true);
  }
  // Walk back; consecutive unknown steps merge into one word.
  std::vector<uint32_t> rev;
  for (size_t k = n; k > 0;) {
    size_t j = from[k];
    while (unknown_end[k] && j > 0 && unknown_end[j]) j = from[j];
    rev.push_back(clusters[k]);
    k = j;
  }
  bounds->assign(1, 0);
  bounds->insert(bounds->end(), rev.rbegin(), rev.rend());
}

void ThaiSegmenter::Correct(std::string_view text, size_t first, std::vector<Segment>* segments) {
  (void)text;
  (void)first;
  (void)segments;
}

}  // namespace khonha::analyzers
