#include "analyzers/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>

#include "analyzers/builtin_words.h"
#include "analyzers/thai_chars.h"
#include "analyzers/thai_segmenter.h"

namespace khonha::analyzers {
namespace {

enum class CharClass : uint8_t { kSpace, kThai, kLatin, kDigit, kComplex, kMark, kOther };

CharClass Classify(char32_t c) {
  if (c < 0x80) {
    if (c == ' ' || (c >= '\t' && c <= '\r')) return CharClass::kSpace;
    if (c >= '0' && c <= '9') return CharClass::kDigit;
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return CharClass::kLatin;
    return CharClass::kOther;
  }
  if (c >= 0x0E00 && c <= 0x0E7F) {
    if (IsThaiWordChar(c)) return CharClass::kThai;
    if (IsThaiDigit(c)) return CharClass::kDigit;
    return CharClass::kOther;  // ฿ ๏ ๚ ๛
  }
  if (u_isUWhiteSpace(c)) return CharClass::kSpace;
  int8_t type = u_charType(c);
  if (type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
      type == U_ENCLOSING_MARK) {
    return CharClass::kMark;
  }
  if (type == U_DECIMAL_DIGIT_NUMBER) return CharClass::kDigit;
  if (u_isalpha(c)) {
    // Scripts without spaces between words go to ICU's dictionaries.
    int lb = u_getIntPropertyValue(c, UCHAR_LINE_BREAK);
    if (lb == U_LB_COMPLEX_CONTEXT || lb == U_LB_IDEOGRAPHIC || lb == U_LB_CONDITIONAL_JAPANESE_STARTER ||
        lb == U_LB_H2 || lb == U_LB_H3 || lb == U_LB_JL || lb == U_LB_JV || lb == U_LB_JT) {
      return CharClass::kComplex;
    }
    return CharClass::kLatin;
  }
  return CharClass::kOther;
}

struct CharAt {
  char32_t c;
  size_t len;
  CharClass cls;
};

CharAt At(std::string_view s, size_t i) {
  CharAt a;
  a.c = DecodeUtf8(s, i, &a.len);
  a.cls = Classify(a.c);
  return a;
}

bool IsAlnum(CharClass c) { return c == CharClass::kLatin || c == CharClass::kDigit; }

// Whether `connector` may join the alphanumeric chunks around it.
bool Joins(char32_t connector, CharClass before, CharClass after) {
  bool digits = before == CharClass::kDigit && after == CharClass::kDigit;
  bool letters = before == CharClass::kLatin && after == CharClass::kLatin;
  switch (connector) {
    case '.':
    case '-':
    case '_':
    case 0x2010:  // hyphen
    case 0x2011:  // non-breaking hyphen
      return true;
    case ',':
    case '/':
    case ':':
      return digits;
    case '\'':
    case 0x2019:  // right single quotation mark used as an apostrophe
      return letters;
    default:
      return false;
  }
}

// End of a URL starting at `i` ("http://…", "https://…", "www.…"), or `i`.
// A URL runs to the next whitespace, non-ASCII or quoting character; trailing
// sentence punctuation is not part of it.
size_t UrlEnd(std::string_view text, size_t i) {
  std::string_view rest = text.substr(i);
  if (!(rest.starts_with("http://") || rest.starts_with("https://") ||
        rest.starts_with("www."))) {
    return i;
  }
  size_t end = i;
  while (end < text.size()) {
    unsigned char ch = static_cast<unsigned char>(text[end]);
    if (ch <= ' ' || ch >= 0x7F || ch == '"' || ch == '<' || ch == '>' || ch == '\'' ||
        ch == '`') {
      break;
    }
    ++end;
  }
  while (end > i && std::string_view(".,;:!?)").find(text[end - 1]) != std::string_view::npos) {
    --end;
  }
  return end;
}

// Closes a UText held by value (owner of its resources).
struct UTextCloser {
  UText* text;
  ~UTextCloser() { utext_close(text); }
  UTextCloser(UText* t) : text(t) {}
  UTextCloser(const UTextCloser&) = delete;
  UTextCloser& operator=(const UTextCloser&) = delete;
};

}  // namespace

struct Segmenter::Impl {
  std::unique_ptr<icu::BreakIterator> icu;
  std::unique_ptr<ThaiSegmenter> thai;
  // One UText re-pointed at each run (utext_openUTF8 on an open UText
  // reuses it); closed with the Impl.
  UText ut = UTEXT_INITIALIZER;
  UTextCloser closer{&ut};

  // ICU word breaks over text[begin, end), appended as segments of `kind`.
  void IcuSplit(std::string_view text, size_t begin, size_t end, SegmentKind kind,
                std::vector<Segment>* out) {
    UErrorCode ec = U_ZERO_ERROR;
    utext_openUTF8(&ut, text.data() + begin, static_cast<int64_t>(end - begin), &ec);
    if (U_FAILURE(ec)) {
      out->push_back(Segment{uint32_t(begin), uint32_t(end), kind});
      return;
    }
    icu->setText(&ut, ec);
    if (U_FAILURE(ec)) {
      out->push_back(Segment{uint32_t(begin), uint32_t(end), kind});
      return;
    }
    int32_t prev = icu->first();
    for (int32_t b = icu->next(); b != icu::BreakIterator::DONE; b = icu->next()) {
      out->push_back(Segment{uint32_t(begin + prev), uint32_t(begin + b), kind});
      prev = b;
    }
  }

  size_t SplitThai(std::string_view text, size_t begin, const Lexicon* lexicon,
                   std::vector<Segment>* out);
  size_t SplitAlnum(std::string_view text, size_t begin, std::vector<Segment>* out);
  void SplitThaiWords(std::string_view text, size_t begin, size_t end, std::vector<Segment>* out);
};

// Thai words of text[begin, end), a run without ๆ, ฯ or dots.
void Segmenter::Impl::SplitThaiWords(std::string_view text, size_t begin, size_t end,
                                     std::vector<Segment>* out) {
  if (begin >= end) return;
  size_t first = out->size();
  IcuSplit(text, begin, end, SegmentKind::kThai, out);
  if (thai) thai->Correct(text, first, out);
}

namespace {

size_t ThaiRunEnd(std::string_view text, size_t i) {
  while (i < text.size()) {
    size_t len;
    if (!IsThaiWordChar(DecodeUtf8(text, i, &len))) break;
    i += len;
  }
  return i;
}

bool ConsonantsOnly(std::string_view s) {
  for (size_t i = 0; i < s.size(); i += kThaiCharBytes) {
    size_t len;
    if (!IsThaiConsonant(DecodeUtf8(s, i, &len))) return false;
  }
  return true;
}

bool IsKnownAbbreviation(std::string_view s) {
  for (std::string_view a : BuiltinAbbreviations()) {
    if (a == s) return true;
  }
  return false;
}

// Length in code points of a Thai string.
size_t ThaiLength(std::string_view s) { return s.size() / kThaiCharBytes; }

}  // namespace

// Splits the Thai text starting at `begin` (up to the next non-Thai character,
// or through a dotted abbreviation); returns the end of what was consumed.
size_t Segmenter::Impl::SplitThai(std::string_view text, size_t begin, const Lexicon* lexicon,
                                  std::vector<Segment>* out) {
  size_t run_end = ThaiRunEnd(text, begin);
  // Dotted abbreviations: (piece ".")+ where each piece is a whole Thai run.
  if (run_end < text.size() && text[run_end] == '.') {
    size_t end = run_end + 1;
    std::string_view piece = text.substr(begin, run_end - begin);
    size_t pieces = 1;
    bool ok_multi = ThaiLength(piece) <= 3 || (ConsonantsOnly(piece) && ThaiLength(piece) <= 5);
    while (ok_multi && end < text.size()) {
      size_t next_end = ThaiRunEnd(text, end);
      std::string_view next = text.substr(end, next_end - end);
      if (next.empty() || next_end >= text.size() || text[next_end] != '.' ||
          ThaiLength(next) > 3) {
        break;
      }
      end = next_end + 1;
      ++pieces;
    }
    bool single_ok = IsKnownAbbreviation(piece) ||
                     (ConsonantsOnly(piece) && ThaiLength(piece) <= 5 &&
                      (ThaiLength(piece) == 1 || lexicon == nullptr || !lexicon->Contains(piece)));
    if ((pieces > 1 && ok_multi) || single_ok) {
      out->push_back(Segment{uint32_t(begin), uint32_t(end), SegmentKind::kThai});
      return end;
    }
    // A long run that ends with a known abbreviation: "…ที่ทำการอบต."
    for (std::string_view a : BuiltinAbbreviations()) {
      if (ThaiLength(a) < 2 || a.size() >= piece.size()) continue;
      if (piece.substr(piece.size() - a.size()) != a) continue;
      size_t split = run_end - a.size();
      size_t len;
      char32_t first = DecodeUtf8(text, split, &len);
      if (!IsThaiConsonant(first)) continue;
      // The character before must end a cluster: not a leading vowel.
      char32_t before = DecodeUtf8(text, split - kThaiCharBytes, &len);
      if (IsThaiLeadingVowel(before)) continue;
      SplitThaiWords(text, begin, split, out);
      out->push_back(Segment{uint32_t(split), uint32_t(run_end + 1), SegmentKind::kThai});
      return run_end + 1;
    }
  }
  // ๆ is its own segment; ฯ stays with the word before it ("กรุงเทพฯ"),
  // except in "ฯลฯ" ("et cetera") which is punctuation.
  size_t start = begin;
  for (size_t i = begin; i < run_end;) {
    size_t len;
    char32_t c = DecodeUtf8(text, i, &len);
    if (c != kMaiYamok && c != kPaiyannoi) {
      i += len;
      continue;
    }
    if (c == kPaiyannoi && text.substr(i, 9) == "ฯลฯ") {
      SplitThaiWords(text, start, i, out);
      out->push_back(Segment{uint32_t(i), uint32_t(i + 9), SegmentKind::kPunctuation});
      i += 9;
    } else if (c == kPaiyannoi && i > start) {
      SplitThaiWords(text, start, i, out);
      out->back().end = uint32_t(i + len);
      i += len;
    } else {
      SplitThaiWords(text, start, i, out);
      out->push_back(Segment{uint32_t(i), uint32_t(i + len),
                             c == kMaiYamok ? SegmentKind::kRepeat : SegmentKind::kPunctuation});
      i += len;
    }
    start = i;
  }
  SplitThaiWords(text, start, run_end, out);
  return run_end;
}

// One alphanumeric word starting at `begin`: chunks of letters/digits joined
// by connectors (see Joins). Returns its end.
size_t Segmenter::Impl::SplitAlnum(std::string_view text, size_t begin,
                                   std::vector<Segment>* out) {
  size_t i = begin;
  bool letters = false;
  CharClass last = CharClass::kOther;
  while (i < text.size()) {
    CharAt a = At(text, i);
    if (IsAlnum(a.cls) || (a.cls == CharClass::kMark && IsAlnum(last))) {
      if (a.cls == CharClass::kLatin) letters = true;
      if (a.cls != CharClass::kMark) last = a.cls;
      i += a.len;
      continue;
    }
    // A connector between two alphanumerics.
    if (i + a.len < text.size()) {
      CharAt b = At(text, i + a.len);
      if (IsAlnum(b.cls) && Joins(a.c, last, b.cls)) {
        i += a.len;
        continue;
      }
    }
    break;
  }
  out->push_back(Segment{uint32_t(begin), uint32_t(i),
                         letters ? SegmentKind::kLatin : SegmentKind::kDigit});
  return i;
}

Result<std::unique_ptr<Segmenter>> Segmenter::Create(std::shared_ptr<const Lexicon> lexicon) {
  UErrorCode ec = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(
      icu::BreakIterator::createWordInstance(icu::Locale("th"), ec));
  if (U_FAILURE(ec) || bi == nullptr) {
    return Internal(std::string("ICU word break data unavailable: ") + u_errorName(ec));
  }
  auto impl = std::make_unique<Impl>();
  impl->icu = std::move(bi);
  if (lexicon) impl->thai = std::make_unique<ThaiSegmenter>(lexicon);
  return std::unique_ptr<Segmenter>(new Segmenter(std::move(impl), std::move(lexicon)));
}

Segmenter::Segmenter(std::unique_ptr<Impl> impl, std::shared_ptr<const Lexicon> lexicon)
    : impl_(std::move(impl)), lexicon_(std::move(lexicon)) {}

Segmenter::~Segmenter() = default;

std::unique_ptr<Segmenter> Segmenter::Clone() const {
  auto impl = std::make_unique<Impl>();
  impl->icu.reset(impl_->icu->clone());
  if (lexicon_) impl->thai = std::make_unique<ThaiSegmenter>(lexicon_);
  return std::unique_ptr<Segmenter>(new Segmenter(std::move(impl), lexicon_));
}

void Segmenter::Split(std::string_view text, std::vector<Segment>* out) {
  out->clear();
  size_t i = 0;
  while (i < text.size()) {
    CharAt a = At(text, i);
    switch (a.cls) {
      case CharClass::kSpace:
        out->push_back(Segment{uint32_t(i), uint32_t(i + a.len), SegmentKind::kSpace});
        i += a.len;
        break;
      case CharClass::kThai:
        i = impl_->SplitThai(text, i, lexicon_.get(), out);
        break;
      case CharClass::kLatin:
      case CharClass::kDigit:
        if (size_t url_end = UrlEnd(text, i); url_end > i) {
          out->push_back(Segment{uint32_t(i), uint32_t(url_end), SegmentKind::kLatin});
          i = url_end;
          break;
        }
        i = impl_->SplitAlnum(text, i, out);
        break;
      case CharClass::kComplex: {
        size_t end = i + a.len;
        while (end < text.size()) {
          CharAt b = At(text, end);
          if (b.cls != CharClass::kComplex && b.cls != CharClass::kMark) break;
          end += b.len;
        }
        impl_->IcuSplit(text, i, end, SegmentKind::kOther, out);
        i = end;
        break;
      }
      case CharClass::kMark:
      case CharClass::kOther: {
        // One symbol with its marks, variation selectors and emoji modifiers.
        size_t end = i + a.len;
        while (end < text.size()) {
          CharAt b = At(text, end);
          bool attach = b.cls == CharClass::kMark || (b.c >= 0xFE00 && b.c <= 0xFE0F) ||
                        (b.c >= 0x1F3FB && b.c <= 0x1F3FF);
          if (!attach) break;
          end += b.len;
        }
        // A run of one repeated punctuation character ("...", "___") is
        // one segment; ! and ? repeat for emphasis and stay single.
        if (a.c < 0x80 && a.c != '!' && a.c != '?' && end == i + a.len) {
          while (end < text.size() && text[end] == static_cast<char>(a.c)) ++end;
        }
        // Emoji and other pictographs are worth indexing; punctuation is not.
        bool picture = u_hasBinaryProperty(a.c, UCHAR_EXTENDED_PICTOGRAPHIC) && a.c >= 0x80;
        out->push_back(Segment{uint32_t(i), uint32_t(end),
                               picture ? SegmentKind::kOther : SegmentKind::kPunctuation});
        i = end;
        break;
      }
    }
  }
}

}  // namespace khonha::analyzers
