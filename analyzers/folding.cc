#include "analyzers/folding.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include "analyzers/thai_chars.h"

namespace khonha::analyzers {
namespace {

// Maps decimal digits of any script to ASCII; false if nothing else non-ASCII
// remains (the folded text is then final).
bool MapDigits(std::string_view s, std::string* out) {
  bool other = false;
  for (size_t i = 0; i < s.size();) {
    size_t len;
    char32_t c = DecodeUtf8(s, i, &len);
    if (c >= 0x80 && u_charType(c) == U_DECIMAL_DIGIT_NUMBER) {
      out->push_back(static_cast<char>('0' + u_charDigitValue(c)));
    } else {
      if (c >= 0x80) other = true;
      out->append(s.substr(i, len));
    }
    i += len;
  }
  return other;
}

}  // namespace

Result<Folder> Folder::Create() {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(ec);
  if (U_FAILURE(ec) || n == nullptr) {
    return Internal(std::string("ICU NFKC_Casefold data unavailable: ") + u_errorName(ec));
  }
  return Folder(n);
}

void Folder::Fold(std::string_view surface, SegmentKind kind, std::string* out) const {
  out->clear();
  if (kind == SegmentKind::kThai) {
    out->append(surface);
    if (out->size() > kThaiCharBytes && out->ends_with("ฯ")) out->resize(out->size() - 3);
    return;
  }
  bool ascii = true;
  for (char ch : surface) ascii &= static_cast<unsigned char>(ch) < 0x80;
  if (ascii) {
    out->reserve(surface.size());
    for (char ch : surface) out->push_back(ch >= 'A' && ch <= 'Z' ? char(ch + 32) : ch);
    return;
  }
  std::string mapped;
  if (!MapDigits(surface, &mapped)) {
    *out = std::move(mapped);
    return;
  }
  UErrorCode ec = U_ZERO_ERROR;
  icu::StringByteSink<std::string> sink(out, static_cast<int32_t>(mapped.size()));
  nfkc_cf_->normalizeUTF8(0, mapped, sink, nullptr, ec);
  if (U_FAILURE(ec)) *out = std::move(mapped);
}

}  // namespace khonha::analyzers
