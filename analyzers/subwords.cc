#include "analyzers/subwords.h"

#include <cstring>

#include "analyzers/thai_chars.h"
#include "analyzers/thai_clusters.h"
#include "analyzers/thai_segmenter.h"

namespace khonha::analyzers {

const std::vector<SubWord>& SubWordFinder::Find(std::string_view surface, std::string_view folded,
                                                SegmentKind kind) {
  std::vector<SubWord>* out = &scratch_;
  out->clear();
  if (kind == SegmentKind::kThai) {
    if (surface.find('.') != std::string_view::npos) {  // พ.ศ. → พศ
      SubWord w{0, uint32_t(surface.size()), true, {}};
      for (char ch : folded) {
        if (ch != '.') w.text.push_back(ch);
      }
      if (w.text.size() >= 2 * kThaiCharBytes) out->push_back(std::move(w));
      return *out;
    }
    if (lexicon_ != nullptr && surface.size() >= 4 * kThaiCharBytes) {
      auto it = cache_.find(surface);
      if (it != cache_.end()) return it->second;
      AddThaiParts(surface, 0, 0, out);
      if (cache_.size() >= kCacheLimit) cache_.clear();
      return cache_.emplace(std::string(surface), *out).first->second;
    }
    return *out;
  }
  if (kind == SegmentKind::kLatin || kind == SegmentKind::kDigit) {
    // Parts between - _ / (not . which makes numbers and versions); numbers
    // also at , since "101,105,106" is as often a list as 101105106;
    // URLs split at every non-alphanumeric character.
    bool url = surface.find("://") != std::string_view::npos || surface.starts_with("www.");
    const char* separators = url ? "-_/.:?&=#%+~" : kind == SegmentKind::kDigit ? "-_/," : "-_/";
    if (surface.find_first_of(separators) == std::string_view::npos) return *out;
    size_t start = 0;
    for (size_t i = 0; i <= surface.size() && out->size() < kMaxSubWords; ++i) {
      if (i == surface.size() ||
          (surface[i] != '\0' && std::strchr(separators, surface[i]) != nullptr)) {
        if (i > start) out->push_back(SubWord{uint32_t(start), uint32_t(i), false, {}});
        start = i + 1;
      }
    }
  }
  return *out;
}

void SubWordFinder::AddThaiParts(std::string_view surface, uint32_t offset, int depth,
                                 std::vector<SubWord>* out) {
  std::vector<uint32_t> clusters = ThaiClusterBoundaries(surface);
  if (clusters.size() < 3) return;  // a single cluster has no parts
  std::vector<uint32_t> bounds;
  MaximalMatch(surface, clusters, *lexicon_, /*forbid_whole=*/true, &bounds);
  const size_t parts = bounds.size() - 1;
  if (parts < 2) return;
  auto known = [&](size_t a, size_t b) {
    return lexicon_->Contains(surface.substr(bounds[a], bounds[b] - bounds[a]));
  };
  // Only a split the lexicon fully explains yields parts; otherwise the
  // "parts" are fragments of an unknown word (สถิติ → สถิ + ติ).
  for (size_t a = 0; a < parts; ++a) {
    if (!known(a, a + 1)) return;
  }
  // Lexicon words spanning several parts (not the whole).
  for (size_t a = 0; a < parts && out->size() < kMaxSubWords; ++a) {
    for (size_t b = a + 2; b <= parts && out->size() < kMaxSubWords; ++b) {
      if (a == 0 && b == parts) continue;
      if (known(a, b)) out->push_back(SubWord{offset + bounds[a], offset + bounds[b], false, {}});
    }
  }
  for (size_t a = 0; a < parts && out->size() < kMaxSubWords; ++a) {
    std::string_view part = surface.substr(bounds[a], bounds[a + 1] - bounds[a]);
    // Single-character parts are noise, not words.
    if (part.size() < 2 * kThaiCharBytes) continue;
    out->push_back(SubWord{offset + bounds[a], offset + bounds[a + 1], false, {}});
    if (depth == 0 && part.size() >= 4 * kThaiCharBytes) {
      AddThaiParts(part, offset + bounds[a], depth + 1, out);
    }
  }
}

}  // namespace khonha::analyzers
