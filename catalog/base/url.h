// Percent-encoding of URL components (RFC 3986), shared by the server's
// pages, the harvester's client and the tests.
#pragma once

#include <string>
#include <string_view>

namespace khonha {

// Keeps A–Z a–z 0–9 - _ . ~ and encodes every other byte as %XX (UTF-8 safe).
std::string PercentEncode(std::string_view s);

// Decodes %XX escapes (malformed ones are kept as they are); with
// plus_is_space, '+' is a space (application/x-www-form-urlencoded).
std::string PercentDecode(std::string_view s, bool plus_is_space);

}  // namespace khonha
