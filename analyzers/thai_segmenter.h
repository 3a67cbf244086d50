// Lexicon-based correction of ICU's Thai word breaks.
//
// ICU's dictionary misses many words (ผลก|ระ|ทบ for ผลกระทบ). Where ICU's
// segments are not lexicon words, the span around them is re-segmented by
// maximal matching over Thai character clusters: fewest unknown clusters,
// then fewest words. Unknown stretches stay together instead of being
// shattered into single characters.
//
// Not thread-safe (scratch buffers); one per Segmenter. The lexicon is shared.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "analyzers/lexicon.h"
#include "analyzers/segmenter.h"

namespace khonha::analyzers {

// The best split of `text` into lexicon words along its cluster boundaries
// `clusters` (from ThaiClusterBoundaries): fewest unknown clusters, then
// fewest words. Consecutive unknown clusters form one unknown word. With
// `forbid_whole`, the whole text is not allowed as a single word (used to
// find the parts of a compound). Writes the chosen boundaries, 0 first and
// text.size() last, to *bounds.
void MaximalMatch(std::string_view text, const std::vector<uint32_t>& clusters,
                  const Lexicon& lexicon, bool forbid_whole, std::vector<uint32_t>* bounds);

class ThaiSegmenter {
 public:
  explicit ThaiSegmenter(std::shared_ptr<const Lexicon> lexicon) : lexicon_(std::move(lexicon)) {}

  // Rewrites (*segments)[first, end) — ICU's segmentation of one Thai run of
  // `text` — in place. Segments stay contiguous and cover the same bytes.
  void Correct(std::string_view text, size_t first, std::vector<Segment>* segments);

 private:
  // Re-segments windows around segments the lexicon does not know.
  void Repair(std::string_view text, size_t first, std::vector<Segment>* segments);
  // Joins ICU segments that together form a word of our curated lists or
  // the caller's extra words (ผลก|ระ|ทบ → ผลกระทบ): those override ICU.
  void MergeCurated(std::string_view text, size_t first, std::vector<Segment>* segments);
  // Joins elongations to their word; splits negation/particle phrases.
  void PostProcess(std::string_view text, size_t first, std::vector<Segment>* segments);
  bool IsClusterStart(std::string_view word, size_t offset);
  // Clusters of `word` not covered by the lexicon (0 or all of them).
  size_t UnknownClusters(std::string_view word);

  std::shared_ptr<const Lexicon> lexicon_;
  // Scratch buffers reused between calls.
  std::vector<bool> known_;
  std::vector<Segment> out_;
  std::vector<uint32_t> clusters_, bounds_, scratch_;
};

}  // namespace khonha::analyzers
