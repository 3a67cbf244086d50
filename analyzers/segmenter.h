// Word segmentation of normalised text (stage 2 of the pipeline).
//
// The text is first cut into runs by character class: whitespace, Thai,
// Latin-like letters and digits, complex scripts (CJK, Lao, Khmer…) and
// punctuation/symbols. So a break falls at every Thai ↔ Latin/digit
// transition (ปี2566 → ปี | 2566). Then:
//  - Thai runs: ICU's word BreakIterator (locale th), corrected with the
//    lexicon when one is given (see ThaiSegmenter); ๆ is a segment of its
//    own, ฯ stays with its word, dotted abbreviations (พ.ศ.) are one unit.
//  - Latin/digit runs: words joined by inner connectors stay one segment
//    (PM2.5, COVID-19, 2023-01-05, 1,000.50, can't).
//  - other scripts: ICU's BreakIterator.
//  - whitespace and punctuation: one segment per character.
//
// Not thread-safe (owns a BreakIterator); Clone() one per thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "analyzers/lexicon.h"
#include "catalog/base/status.h"

namespace khonha::analyzers {

enum class SegmentKind : uint8_t {
  kSpace,        // one whitespace character
  kPunctuation,  // punctuation or a symbol that is not worth indexing
  kThai,         // a Thai word (maybe a dotted abbreviation)
  kLatin,        // letters, possibly with digits and inner connectors
  kDigit,        // a number, possibly with inner connectors (3.14, 2023-01-05)
  kOther,        // other scripts and emoji: indexed as they are
  kRepeat,       // ๆ (MAI YAMOK): repeats the previous word, not indexed
};

struct Segment {
  uint32_t begin = 0;  // byte offsets into the segmented text
  uint32_t end = 0;
  SegmentKind kind = SegmentKind::kPunctuation;
};

class Segmenter {
 public:
  // `lexicon` may be null (ICU only). Fails if ICU's break data is missing.
  static Result<std::unique_ptr<Segmenter>> Create(std::shared_ptr<const Lexicon> lexicon);
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;
  Segmenter& operator=(const Segmenter&) = delete;

  // A copy for another thread (clones the BreakIterator, shares the lexicon).
  std::unique_ptr<Segmenter> Clone() const;

  // Segments `text` (valid, normalised UTF-8) into *out (cleared first). The
  // segments are contiguous and cover the whole text.
  void Split(std::string_view text, std::vector<Segment>* out);

  const Lexicon* lexicon() const { return lexicon_.get(); }

 private:
  struct Impl;
  explicit Segmenter(std::unique_ptr<Impl> impl, std::shared_ptr<const Lexicon> lexicon);
  std::unique_ptr<Impl> impl_;
  std::shared_ptr<const Lexicon> lexicon_;
};

}  // namespace khonha::analyzers
