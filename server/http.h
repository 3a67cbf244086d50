// Plain HTTP request/response values shared by the adapter and the handlers.
// No libmicrohttpd types here.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace khonha::server {

struct HttpRequest {
  std::string method;  // "GET", "POST", …
  std::string path;    // decoded path, without the query string
  // Decoded query parameters in order (repeats kept); a key without '=' has "".
  std::vector<std::pair<std::string, std::string>> query;
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
  std::string body;
  bool body_too_large = false;  // the body exceeded the limit and was dropped

  // First value of a header/query parameter, or nullptr.
  const std::string* Header(std::string_view lower_name) const;
  const std::string* Query(std::string_view name) const;
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json;charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  // When set, the body is this file's contents (streamed), not `body`.
  std::string file_path;
  uint64_t file_size = 0;
};

// Handlers must be thread-safe: the adapter calls them from several threads.
using HttpHandler = std::function<HttpResponse(const HttpRequest&)>;

// "a%20b+c" → "a b c" (application/x-www-form-urlencoded rules).
std::string UrlDecode(std::string_view s, bool plus_is_space = true);
// Parses "a=1&b=2" into pairs (decoded).
std::vector<std::pair<std::string, std::string>> ParseFormEncoded(std::string_view s);

}  // namespace khonha::server
