#include "catalog/search/terms.h"

#include <cstdio>
#include <functional>

#include "catalog/base/utf8.h"

namespace khonha::search {

std::string KeywordTerm(std::string_view prefix, std::string_view value) {
  std::string term(prefix);
  if (prefix.size() + value.size() <= kMaxTermBytes) {
    term += value;
    return term;
  }
  // FNV-1a: stable across runs and platforms (std::hash is not).
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : value) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char hex[20];
  std::snprintf(hex, sizeof hex, "#%016llx", static_cast<unsigned long long>(h));
  term += TruncateUtf8(value, kMaxTermBytes - prefix.size() - 17);
  term += hex;
  return term;
}

}  // namespace khonha::search
