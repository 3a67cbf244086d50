// Thai character clusters (TCC): the smallest units a Thai word boundary can
// fall between. A leading vowel stays with its consonant, above/below vowels,
// tone marks and following vowels stay with the consonant before them, MAI
// HAN-AKAT and MAI TAI KHU take their final consonant, and a consonant
// silenced by THANTHAKHAT (์) stays with the syllable before it.
//
// Stateless; thread-safe.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace khonha::analyzers {

// Byte offsets in `text` at which a word boundary may fall, ascending,
// starting with 0 and ending with text.size(). Non-Thai characters form
// clusters of their own (one code point each, marks attached).
std::vector<uint32_t> ThaiClusterBoundaries(std::string_view text);

// Same, appending to *out (cleared first) to reuse its capacity.
void ThaiClusterBoundaries(std::string_view text, std::vector<uint32_t>* out);

}  // namespace khonha::analyzers
