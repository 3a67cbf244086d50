// The word list that corrects ICU's Thai segmentation and finds sub-words.
//
// Words come from (1) a hunspell .dic list (Debian's hunspell-th, loaded at
// run time), (2) lists we keep in analyzers/ (provinces, agencies and their
// abbreviations, common catalog vocabulary) and (3) caller-supplied words
// (the catalog's tags and agency titles). Words are stored NFC-normalised in
// a code point trie so that all dictionary words starting at a position are
// found in one walk.
//
// Immutable after Create(): thread-safe, shared between analyzer clones.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/base/status.h"

namespace khonha::analyzers {

struct LexiconOptions {
  // A hunspell .dic file (first line a count, "/flags" suffixes ignored).
  // Empty: /usr/share/hunspell/th_TH.dic when present. "none": no file.
  std::string hunspell_dic;
  // Include the built-in lists (builtin_words.h). Tests may turn this off.
  bool builtin_words = true;
  // More words, UTF-8; multi-word entries are split on whitespace and
  // punctuation, only Thai parts are kept, and only parts that the other
  // lists cannot already split into known words (a tag "ข้อมูลโรงงาน" adds
  // nothing; "สวนลุมพินี" adds itself).
  std::vector<std::string> extra_words;
};

// Where a word came from; stronger sources win when a word is in several.
enum class WordSource : uint8_t { kNone = 0, kGeneral = 1, kBuiltin = 2, kExtra = 3 };

class Lexicon {
 public:
  static Result<std::shared_ptr<const Lexicon>> Create(const LexiconOptions& options);
  // From an explicit word list only (tests).
  static std::shared_ptr<const Lexicon> FromWords(const std::vector<std::string>& words);

  WordSource Lookup(std::string_view word) const;
  bool Contains(std::string_view word) const { return Lookup(word) != WordSource::kNone; }
  size_t size() const { return size_; }

  // Byte lengths of every word that is a prefix of text[begin..end), shortest
  // first, appended to *lengths (not cleared).
  void PrefixLengths(std::string_view text, size_t begin, size_t end,
                     std::vector<uint32_t>* lengths) const;

  // Byte length of the longest word of source ≥ `min_source` that is a
  // prefix of text[begin..end) and whose length is one of `ends` (ascending
  // byte lengths); 0 when there is none. One walk of the trie; for sources
  // ≥ kBuiltin the walk is over a separate small trie of those words, which
  // ends after a character or two on ordinary text.
  uint32_t LongestPrefixAt(std::string_view text, size_t begin, size_t end,
                           WordSource min_source, const uint32_t* ends, size_t n_ends) const;

 private:
  struct Node {
    uint32_t first_edge = 0;  // children: edges_[first_edge, first_edge + edge_count)
    uint32_t edge_count = 0;
    WordSource source = WordSource::kNone;
    // Nodes with many children also get a direct table of their Thai
    // children: dense_[dense_index, +0x80), node index + 1 per code point.
    uint32_t dense_index = kNoDense;
  };
  static constexpr uint32_t kNoDense = 0xFFFFFFFF;
  static constexpr uint32_t kDenseMinChildren = 6;
  struct Edge {
    char32_t label;
    uint32_t target;
  };
  Lexicon() = default;
  void Build(std::vector<std::pair<std::u32string, WordSource>> words);
  void BuildTrie(const std::vector<std::pair<std::u32string, WordSource>>& words);
  uint32_t BuildNode(const std::vector<std::pair<std::u32string, WordSource>>& words,
                     size_t lo, size_t hi, size_t depth);
  const Node* Child(const Node& node, char32_t c) const;

  // Children of the root for U+0E00..U+0E7F (node index + 1, 0 = none):
  // every Thai lookup starts there, and the root has the most children.
  std::vector<uint32_t> thai_root_;
  std::vector<uint32_t> dense_;
  std::vector<Node> nodes_;
  std::vector<Edge> edges_;
  size_t size_ = 0;
  // Whole-word lookups (Lookup, Contains: one per ICU segment) go to an
  // open-addressing hash table over the UTF-8 words instead of the trie: a
  // hash and one or two cache lines instead of two per character.
  struct Slot {
    uint64_t hash = 0;
    uint32_t offset = 0;  // into words_utf8_
    uint16_t length = 0;  // 0 = empty slot (words are never empty)
    WordSource source = WordSource::kNone;
  };
  std::vector<Slot> table_;
  std::string words_utf8_;
  // The words of source ≥ kBuiltin alone (curated lists and extra words);
  // null in that sub-lexicon itself.
  std::unique_ptr<Lexicon> curated_;
};

}  // namespace khonha::analyzers
