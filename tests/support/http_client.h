// A minimal blocking HTTP/1.1 client for black-box tests (one request per
// connection). Test-only: no TLS, no redirects.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace khonha::testing {

struct HttpResult {
  int status = 0;  // 0 = no response (connection failed or closed early)
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
  std::string body;
  std::string Header(const std::string& lower_name) const;
};

HttpResult HttpRequestRaw(uint16_t port, const std::string& method, const std::string& target,
                          const std::string& body = "",
                          const std::vector<std::pair<std::string, std::string>>& headers = {});
inline HttpResult HttpGet(uint16_t port, const std::string& target,
                          const std::vector<std::pair<std::string, std::string>>& headers = {}) {
  return HttpRequestRaw(port, "GET", target, "", headers);
}
HttpResult HttpPostJson(uint16_t port, const std::string& target, const std::string& json);

// Percent-encodes a query parameter value (UTF-8 safe; space → %20).
std::string UrlEncode(const std::string& s);

}  // namespace khonha::testing
