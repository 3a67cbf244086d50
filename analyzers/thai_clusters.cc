#include "analyzers/thai_clusters.h"

#include "analyzers/thai_chars.h"

namespace khonha::analyzers {
namespace {

// Cursor over code points of valid UTF-8.
struct Cursor {
  std::string_view s;
  size_t pos;
  bool done() const { return pos >= s.size(); }
  char32_t peek(size_t ahead = 0) const {
    size_t p = pos;
    for (size_t k = 0;; ++k) {
      if (p >= s.size()) return 0;
      size_t len;
      char32_t c = DecodeUtf8(s, p, &len);
      if (k == ahead) return c;
      p += len;
    }
  }
  char32_t next() {
    size_t len;
    char32_t c = DecodeUtf8(s, pos, &len);
    pos += len;
    return c;
  }
};

// Consumes marks and following vowels after a consonant; returns the last one.
char32_t TakeMarks(Cursor* cur, char32_t last) {
  while (!cur->done()) {
    char32_t c = cur->peek();
    if (IsThaiCombining(c) || IsThaiFollowingVowel(c)) {
      last = cur->next();
    } else {
      break;
    }
  }
  return last;
}

// True when the text at the cursor is a consonant (with at most one vowel mark)
// that THANTHAKHAT silences, e.g. the "ร์" of "จันทร์" or "ติ์" of "ญาติ์".
size_t SilencedLength(const Cursor& cur) {
  if (!IsThaiConsonant(cur.peek())) return 0;
  if (cur.peek(1) == kThanthakhat) return 2;
  if (IsThaiVowelMark(cur.peek(1)) && cur.peek(2) == kThanthakhat) return 3;
  if (IsThaiConsonant(cur.peek(1)) && cur.peek(2) == kThanthakhat) return 3;
  return 0;
}

}  // namespace

void ThaiClusterBoundaries(std::string_view text, std::vector<uint32_t>* out) {
  out->clear();
  out->push_back(0);
  Cursor cur{text, 0};
  while (!cur.done()) {
    char32_t c = cur.next();
    char32_t last = c;
    if (IsThaiLeadingVowel(c)) {
      if (IsThaiConsonant(cur.peek())) last = cur.next();
      // Clusters like เปล่า / เกล้า: a second consonant carrying a mark.
      if (IsThaiConsonant(cur.peek()) &&
          (IsThaiCombining(cur.peek(1)) && cur.peek(1) != kThanthakhat)) {
        last = cur.next();
      }
      last = TakeMarks(&cur, last);
      // เ-อ, เ-ีย, เ-ือ: the final อ / ย belongs to the vowel.
      if (c == 0x0E40) {
        bool sara_ii = false;
        for (size_t p = out->back(); p < cur.pos; p += kThaiCharBytes) {
          size_t len;
          if (DecodeUtf8(text, p, &len) == 0x0E35) sara_ii = true;
        }
        char32_t n = cur.peek();
        if ((n == 0x0E2D && !IsThaiFollowingVowel(cur.peek(1)) && SilencedLength(cur) == 0) ||
            (n == 0x0E22 && sara_ii)) {
          last = cur.next();
        }
      }
      // เ-าะ, เ-อะ and similar are taken by TakeMarks / the vowel rule above.
    } else if (IsThaiConsonant(c)) {
      last = TakeMarks(&cur, c);
    } else if (IsThaiCombining(c) || IsThaiFollowingVowel(c)) {
      last = TakeMarks(&cur, c);  // a stray mark: keep it with what follows it
    } else {
      // Any other code point: one cluster, with following combining marks.
      while (!cur.done()) {
        char32_t n = cur.peek();
        // General combining marks U+0300..U+036F, variation selectors, ZWJ kin.
        if ((n >= 0x0300 && n <= 0x036F) || (n >= 0xFE00 && n <= 0xFE0F) ||
            (n >= 0x1F3FB && n <= 0x1F3FF)) {
          cur.next();
        } else {
          break;
        }
      }
      out->push_back(static_cast<uint32_t>(cur.pos));
      continue;
    }
    // MAI HAN-AKAT and MAI TAI KHU need a final consonant (กัน, เก็บ); so do
    // ื / ี that expect อ (มือ, ถือ).
    bool needs_final = false, sara_ue = false;
    for (size_t p = out->back(); p < cur.pos; p += kThaiCharBytes) {
      size_t len;
      char32_t m = DecodeUtf8(text, p, &len);
      if (m == kMaiHanAkat || m == kMaiTaiKhu) needs_final = true;
      if (m == 0x0E37) sara_ue = true;
      if (len != kThaiCharBytes) break;
    }
    if (needs_final && IsThaiConsonant(cur.peek()) && SilencedLength(cur) == 0) {
      cur.next();
      TakeMarks(&cur, 0);
    } else if (sara_ue && !IsThaiLeadingVowel(c) && cur.peek() == 0x0E2D) {
      cur.next();
      TakeMarks(&cur, 0);
    }
    // Consonants silenced by THANTHAKHAT join the cluster before them.
    for (size_t n = SilencedLength(cur); n > 0; n = SilencedLength(cur)) {
      for (size_t k = 0; k < n; ++k) cur.next();
    }
    out->push_back(static_cast<uint32_t>(cur.pos));
  }
}

std::vector<uint32_t> ThaiClusterBoundaries(std::string_view text) {
  std::vector<uint32_t> out;
  ThaiClusterBoundaries(text, &out);
  return out;
}

}  // namespace khonha::analyzers
