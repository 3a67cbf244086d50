#include "analyzers/normalizer.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include "analyzers/thai_chars.h"
#include "catalog/base/utf8.h"

namespace khonha::analyzers {
namespace {

bool IsIgnorable(char32_t c) {
  return (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

bool HasNonAscii(std::string_view s) {
  for (char ch : s) {
    if (static_cast<unsigned char>(ch) >= 0x80) return true;
  }
  return false;
}

}  // namespace

namespace {

// True when `text` needs RepairThaiMarks: it has NIKHAHIT, a space before
// SARA AA, a combining mark repeated (directly or across one other mark), or
// a vowel mark after a tone mark. Healthy text ("ที่": vowel, then tone) has
// none of these, so it skips the code point copy RepairThaiMarks makes.
bool MayNeedThaiRepair(std::string_view text) {
  char32_t prev = 0, prev2 = 0;  // the two code points before c
  for (size_t i = 0; i < text.size();) {
    size_t len;
    char32_t c = DecodeUtf8(text, i, &len);
    if (c == kNikhahit) return true;
    if (c == ' ' && text.substr(i + 1, kThaiCharBytes) == "า") return true;
    if (IsThaiCombining(c)) {
      if (prev == c) return true;
      if (IsThaiVowelMark(c) && IsThaiToneMark(prev)) return true;
      if (IsThaiCombining(prev) && prev2 == c) return true;
    }
    prev2 = prev;
    prev = c;
    i += len;
  }
  return false;
}

}  // namespace

std::string RepairThaiMarks(std::string_view text) {
  if (!MayNeedThaiRepair(text)) return std::string(text);
  // Work on code points: the repairs look a few characters around each mark.
  std::u32string cps;
  cps.reserve(text.size());
  bool thai = false;
  for (size_t i = 0; i < text.size();) {
    size_t len;
    char32_t c = DecodeUtf8(text, i, &len);
    thai |= (c >= 0x0E00 && c <= 0x0E7F);
    cps.push_back(c);
    i += len;
  }
  if (!thai) return std::string(text);

  std::u32string out;
  out.reserve(cps.size());
  for (size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    // "ํ" + "า" (optionally with a tone mark between) → "ำ" after the tone.
    if (c == kNikhahit) {
      size_t j = i + 1;
      char32_t tone = 0;
      if (j < cps.size() && IsThaiToneMark(cps[j])) tone = cps[j++];
      if (j < cps.size() && cps[j] == kSaraAa) {
        if (tone) out.push_back(tone);
        out.push_back(kSaraAm);
        i = j;
        continue;
      }
    }
    // "ท า": a space between a consonant (+ tone mark) and SARA AA. SARA AA
    // never starts a word, so this is a detached SARA AM.
    if (c == U' ' && i + 1 < cps.size() && cps[i + 1] == kSaraAa && !out.empty()) {
      size_t k = out.size();
      if (k >= 1 && IsThaiToneMark(out[k - 1])) --k;
      if (k >= 1 && IsThaiConsonant(out[k - 1]) &&
          (k < 2 || !IsThaiLeadingVowel(out[k - 2]))) {
        out.push_back(kSaraAm);
        ++i;
        continue;
      }
    }
    if (IsThaiCombining(c) && !out.empty()) {
      char32_t prev = out.back();
      if (prev == c) continue;  // duplicated mark
      // Tone mark stored before an above/below vowel: swap into storage order.
      if (IsThaiVowelMark(c) && IsThaiToneMark(prev)) {
        if (out.size() >= 2 && out[out.size() - 2] == c) {  // vowel, tone, vowel
          continue;
        }
        out.back() = c;
        out.push_back(prev);
        continue;
      }
      // The same mark again after an intervening mark ("ี่ี").
      if (out.size() >= 2 && IsThaiCombining(prev) && out[out.size() - 2] == c) continue;
    }
    out.push_back(c);
  }
  std::string result;
  result.reserve(text.size());
  for (char32_t c : out) AppendUtf8(c, &result);
  return result;
}

Result<Normalizer> Normalizer::Create() {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(ec);
  if (U_FAILURE(ec) || nfc == nullptr) {
    return Internal(std::string("ICU NFC data unavailable: ") + u_errorName(ec));
  }
  return Normalizer(nfc);
}

std::string Normalizer::Normalize(std::string_view text) const {
  if (!HasNonAscii(text)) return std::string(text);  // ASCII is already NFC
  std::string repaired;
  if (!IsValidUtf8(text)) {
    repaired = RepairUtf8(text);
    text = repaired;
  }

  // Drop ignorable characters (all are 2- or 3-byte sequences), copying the
  // spans between them in one piece.
  std::string stripped;
  stripped.reserve(text.size());
  bool thai = false;
  size_t span = 0;  // start of the span not yet copied
  for (size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    char32_t c = DecodeUtf8(text, i, &len);
    if (IsIgnorable(c)) {
      stripped.append(text, span, i - span);
      span = i + len;
    }
    thai |= (c >= 0x0E00 && c <= 0x0E7F);
    i += len;
  }
  stripped.append(text, span, text.size() - span);
  if (thai && MayNeedThaiRepair(stripped)) stripped = RepairThaiMarks(stripped);

  UErrorCode ec = U_ZERO_ERROR;
  if (nfc_->isNormalizedUTF8(stripped, ec) && U_SUCCESS(ec)) return stripped;
  ec = U_ZERO_ERROR;
  std::string out;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(stripped.size()));
  nfc_->normalizeUTF8(0, stripped, sink, nullptr, ec);
  if (U_FAILURE(ec)) return stripped;  // cannot happen for valid UTF-8; keep the text
  return out;
}

}  // namespace khonha::analyzers
