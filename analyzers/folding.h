// Stage 3 of the pipeline: the index form of one segment.
//
//  - Thai: unchanged except that a trailing ฯ is dropped (กรุงเทพฯ → กรุงเทพ);
//    never NFKC (it would split SARA AM).
//  - digits: every decimal digit (Thai ๐–๙, Arabic-Indic…) → ASCII 0–9.
//  - Latin and other scripts: NFKC + case folding (ASCII fast path).
//
// Thread-safe: holds only ICU's shared, immutable Normalizer2 instance.
#pragma once

#include <string>
#include <string_view>

#include <unicode/uversion.h>

#include "analyzers/segmenter.h"
#include "catalog/base/status.h"

U_NAMESPACE_BEGIN
class Normalizer2;
U_NAMESPACE_END

namespace khonha::analyzers {

class Folder {
 public:
  static Result<Folder> Create();

  // Writes the folded form of `surface` (a segment of kind `kind`) to *out.
  void Fold(std::string_view surface, SegmentKind kind, std::string* out) const;

 private:
  explicit Folder(const icu::Normalizer2* nfkc_cf) : nfkc_cf_(nfkc_cf) {}
  const icu::Normalizer2* nfkc_cf_;  // owned by ICU, never deleted
};

}  // namespace khonha::analyzers
