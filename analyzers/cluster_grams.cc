#include "analyzers/cluster_grams.h"

#include "analyzers/thai_chars.h"
#include "analyzers/thai_clusters.h"

namespace khonha::analyzers {

uint32_t ThaiClusterGrams(std::string_view text, uint32_t first_position,
                          std::vector<ClusterGram>* out) {
  uint32_t position = first_position;
  std::vector<uint32_t> clusters;
  size_t i = 0;
  while (i < text.size()) {
    size_t len;
    if (!IsThaiWordChar(DecodeUtf8(text, i, &len))) {
      i += len;
      continue;
    }
    size_t end = i;
    while (end < text.size() && IsThaiWordChar(DecodeUtf8(text, end, &len))) end += len;
    std::string_view run = text.substr(i, end - i);
    ThaiClusterBoundaries(run, &clusters);
    const size_t n = clusters.size() - 1;
    for (size_t k = 0; k < n; ++k) {
      uint32_t b = clusters[k], e = clusters[k + 1 < n ? k + 2 : k + 1];
      if (e - b <= kMaxClusterGramBytes) {
        out->push_back(ClusterGram{uint32_t(i + b), uint32_t(i + e), position});
      }
      ++position;
    }
    position += 2;
    i = end;
  }
  return position;
}

}  // namespace khonha::analyzers
