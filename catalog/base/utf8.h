// UTF-8 validity helpers shared by the codec, the analyzers and the server.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace khonha {

// Returns the byte length of the valid UTF-8 sequence starting at s[i], or 0
// if the bytes there are not well-formed UTF-8 (overlongs, surrogates and
// code points above U+10FFFF are rejected).
size_t ValidUtf8SequenceLength(std::string_view s, size_t i);

bool IsValidUtf8(std::string_view s);

// Returns s with every ill-formed byte sequence replaced by U+FFFD.
// `replaced`, if given, receives the number of replacements made.
std::string RepairUtf8(std::string_view s, size_t* replaced = nullptr);

// Longest prefix of s, at most max_bytes long, that ends on a code point boundary.
std::string_view TruncateUtf8(std::string_view s, size_t max_bytes);

}  // namespace khonha
