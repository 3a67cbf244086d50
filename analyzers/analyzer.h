// Text analysis for Thai and English: text in, tokens out.
//
// The same Analyzer runs at index time and at query time, so that the terms a
// query produces are exactly those the index holds. No Xapian and no HTTP here:
// the index layer turns tokens into terms (and stems Latin tokens itself).
//
// Pipeline: repair + NFC  →  segment (ICU word breaks + our rules + lexicon)
//           →  fold each token (case, NFKC where safe, Thai digits → ASCII).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/base/status.h"

namespace khonha::analyzers {

// Xapian 1.4 drops terms over 245 bytes and we add prefixes of up to 8 bytes;
// every token's text is at most this long (longer runs are split, never lost).
inline constexpr size_t kMaxTokenBytes = 200;

enum class Script : uint8_t {
  kThai,   // Thai letters (possibly with Thai abbreviation dots: "พ.ศ.")
  kLatin,  // Latin letters, possibly mixed with digits ("pm2.5", "covid-19")
  kDigit,  // a number ("2566", "3.14", "2023-01-05")
  kOther,  // anything else that is worth indexing (other scripts, emoji)
};

struct Token {
  std::string text;        // folded form: the term body the index stores
  uint32_t position = 0;   // word position; sub-words share their compound's
  Script script = Script::kOther;
  bool subword = false;    // an extra dictionary part of a compound word
  uint32_t begin = 0;      // byte offsets of the surface form in the
  uint32_t end = 0;        //   *normalised* text (see Analyzer::Normalize)
};

struct AnalyzerOptions {
  // Extra lexicon words (e.g. the catalog's tags and agency titles), UTF-8.
  std::vector<std::string> extra_words;
  // Path of a hunspell .dic word list to load; empty = the default
  // /usr/share/hunspell/th_TH.dic when present, "none" = do not load one.
  std::string hunspell_dic;
  // Emit dictionary sub-words of Thai compounds (index and query recall).
  bool emit_subwords = true;
};

// Not thread-safe: each thread uses its own Analyzer (see Clone()). The
// lexicon is immutable and shared between clones.
class Analyzer {
 public:
  static Result<std::unique_ptr<Analyzer>> Create(const AnalyzerOptions& options = {});
  virtual ~Analyzer() = default;

  // A new analyzer sharing this one's lexicon, for use on another thread.
  virtual std::unique_ptr<Analyzer> Clone() const = 0;

  // A new analyzer with this one's options plus more lexicon words (an index
  // generation's own vocabulary). Builds a new lexicon: costs about as much
  // as Create(), so callers build it once and Clone() it.
  virtual Result<std::unique_ptr<Analyzer>> WithExtraWords(
      const std::vector<std::string>& words) const = 0;

  // Repair and NFC-normalise text (the first stage); offsets of tokens refer to this.
  virtual std::string Normalize(std::string_view text) const = 0;

  // Word segmentation only (no folding, no sub-words): segments of the
  // normalised text whose concatenation is exactly Normalize(text); each
  // whitespace character is a segment of its own. Used by the evaluation tool.
  virtual std::vector<std::string> Segment(std::string_view text) = 0;

  // The full pipeline. Positions start at `first_position` and increase by
  // one per word; callers leave a gap between fields.
  virtual std::vector<Token> Analyze(std::string_view text, uint32_t first_position = 0) = 0;

  // Analyze(), also handing back in *normalized the normalised text that the
  // tokens' begin/end offsets refer to (what Normalize(text) returns).
  virtual std::vector<Token> Analyze(std::string_view text, uint32_t first_position,
                                     std::string* normalized) = 0;
};

}  // namespace khonha::analyzers
