// Stage 1 of the pipeline: repair and normalise raw text before segmentation.
//
//  1. invalid UTF-8 → U+FFFD (khonha::RepairUtf8)
//  2. drop zero-width characters (U+200B..U+200D, U+2060, U+FEFF) and soft hyphens
//  3. repair PDF-extraction damage in Thai (see RepairThaiMarks)
//  4. NFC (never NFKC here: it splits SARA AM and breaks dictionary matching)
//
// Thread-safe: holds only ICU's shared, immutable Normalizer2 instance.
#pragma once

#include <string>
#include <string_view>

#include "catalog/base/status.h"

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Normalizer2;
U_NAMESPACE_END

namespace khonha::analyzers {

// Fixes damage that PDF text extraction does to Thai, in place of a copy:
//  - "ํา" (NIKHAHIT + SARA AA) and "ท า" (SARA AA detached by a space) → "ำ"
//  - a tone mark stored before an above/below vowel is moved after it
//  - a repeated identical combining mark is written once
// Text without Thai is returned unchanged.
std::string RepairThaiMarks(std::string_view text);

class Normalizer {
 public:
  // Fails only when ICU's normalisation data cannot be loaded.
  static Result<Normalizer> Create();

  std::string Normalize(std::string_view text) const;

 private:
  explicit Normalizer(const icu::Normalizer2* nfc) : nfc_(nfc) {}
  const icu::Normalizer2* nfc_;  // owned by ICU, never deleted
};

}  // namespace khonha::analyzers
