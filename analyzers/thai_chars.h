// Character classes for Thai text and a tiny UTF-8 decoder for text that is
// already known to be valid (the analyzer repairs input first).
//
// Header-only and stateless: safe to use from any thread.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace khonha::analyzers {

// Decodes the code point at s[i] of valid UTF-8; stores its byte length in *len.
inline char32_t DecodeUtf8(std::string_view s, size_t i, size_t* len) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  if (p[0] < 0x80) {
    *len = 1;
    return p[0];
  }
  if (p[0] < 0xE0) {
    *len = 2;
    return (char32_t(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
  }
  if (p[0] < 0xF0) {
    *len = 3;
    return (char32_t(p[0] & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  }
  *len = 4;
  return (char32_t(p[0] & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12) |
         (char32_t(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

inline void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

inline constexpr char32_t kSaraA = 0x0E30;         // ะ
inline constexpr char32_t kMaiHanAkat = 0x0E31;    // ั
inline constexpr char32_t kSaraAa = 0x0E32;        // า
inline constexpr char32_t kSaraAm = 0x0E33;        // ำ
inline constexpr char32_t kMaiTaiKhu = 0x0E47;     // ็
inline constexpr char32_t kThanthakhat = 0x0E4C;   // ์ (silences a consonant)
inline constexpr char32_t kNikhahit = 0x0E4D;      // ํ (half of a decomposed ำ)
inline constexpr char32_t kMaiYamok = 0x0E46;      // ๆ (repeat the previous word)
inline constexpr char32_t kPaiyannoi = 0x0E2F;     // ฯ (abbreviation mark)
inline constexpr char32_t kBaht = 0x0E3F;          // ฿

inline bool IsThaiConsonant(char32_t c) { return c >= 0x0E01 && c <= 0x0E2E; }
// เ แ โ ใ ไ: written before the consonant they follow in speech.
inline bool IsThaiLeadingVowel(char32_t c) { return c >= 0x0E40 && c <= 0x0E44; }
// ะ า ำ ๅ: spacing vowels that always follow a consonant cluster.
inline bool IsThaiFollowingVowel(char32_t c) {
  return c == kSaraA || c == kSaraAa || c == kSaraAm || c == 0x0E45;
}
// Above/below vowels, tone marks and other non-spacing marks.
inline bool IsThaiCombining(char32_t c) {
  return c == kMaiHanAkat || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
}
inline bool IsThaiToneMark(char32_t c) { return c >= 0x0E48 && c <= 0x0E4B; }
// Above/below vowels (not tone marks): they precede tone marks in storage order.
inline bool IsThaiVowelMark(char32_t c) {
  return c == kMaiHanAkat || (c >= 0x0E34 && c <= 0x0E3A) || c == kMaiTaiKhu;
}
inline bool IsThaiDigit(char32_t c) { return c >= 0x0E50 && c <= 0x0E59; }
// Letters, vowels and marks that make up Thai words (not digits, not ฿ ๏ ๚ ๛).
inline bool IsThaiWordChar(char32_t c) {
  return (c >= 0x0E01 && c <= 0x0E3A) || (c >= 0x0E40 && c <= 0x0E4E);
}

// All Thai code points (U+0E00..U+0E7F) take exactly three bytes in UTF-8.
inline constexpr size_t kThaiCharBytes = 3;

}  // namespace khonha::analyzers
