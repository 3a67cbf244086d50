// Sub-words: extra index units inside one word, so that a compound is found
// by its parts. They share the word's position (Token::subword = true).
//
//  - Thai compounds: the lexicon words of the compound's best split that
//    excludes the compound itself (ประเทศไทย → ประเทศ, ไทย), one level
//    deeper (โรงพยาบาล → โรง, พยาบาล), and lexicon words spanning several
//    parts (ส่งเสริมสุขภาพ inside โรงพยาบาลส่งเสริมสุขภาพตำบล).
//  - dotted abbreviations: the form without dots (พ.ศ. → พศ).
//  - Latin/digit words joined by - _ / : their parts (covid-19 → covid, 19);
//    numbers also at , (101,105,106 → 101, 105, 106).
// At most kMaxSubWords per word.
//
// Not thread-safe (scratch buffers); the lexicon is shared and immutable.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analyzers/lexicon.h"
#include "analyzers/segmenter.h"

namespace khonha::analyzers {

inline constexpr size_t kMaxSubWords = 12;

struct SubWord {
  uint32_t begin = 0;  // byte range within the word's surface text
  uint32_t end = 0;
  bool text_override = false;  // use `text` instead of folding the range
  std::string text;
};

class SubWordFinder {
 public:
  explicit SubWordFinder(const Lexicon* lexicon) : lexicon_(lexicon) {}

  // Sub-words of `surface` (a segment of `kind`, folded form `folded`). The
  // reference stays valid until the next call (it may point into the cache).
  const std::vector<SubWord>& Find(std::string_view surface, std::string_view folded,
                                   SegmentKind kind);

 private:
  void AddThaiParts(std::string_view surface, uint32_t offset, int depth,
                    std::vector<SubWord>* out);
  const Lexicon* lexicon_;  // may be null
  // Thai words repeat a lot in catalog text: remember their parts. Cleared
  // when it reaches kCacheLimit entries, so memory stays bounded.
  static constexpr size_t kCacheLimit = 1 << 16;
  // Transparent hashing: looked up by string_view, no key copy per word.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::vector<SubWord>, Hash, std::equal_to<>> cache_;
  std::vector<SubWord> scratch_;
};

}  // namespace khonha::analyzers
