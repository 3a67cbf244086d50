// Words we maintain ourselves: the 77 provinces, common district and place
// names, government agencies and their abbreviations, and catalog vocabulary
// that general dictionaries lack. Facts, not code: edit the lists in
// builtin_words.cc.
#pragma once

#include <span>
#include <string_view>

namespace khonha::analyzers {

// Built-in lexicon entries (Thai, NFC), abbreviations not included.
std::span<const std::string_view> BuiltinWords();

// Thai abbreviations, written here without dots (ททท, ตร, สพฐ); in text they
// usually carry a trailing dot. Those of three letters or more are also words.
std::span<const std::string_view> BuiltinAbbreviations();

}  // namespace khonha::analyzers
