// A minimal blocking HTTP/1.1 GET client for harvesting CKAN sites.
// Plain http:// only (no TLS): harvest https sites through a local proxy or
// mirror. Not thread-safe per call site; each call owns its socket.
#pragma once

#include <chrono>
#include <string>

#include "catalog/base/status.h"

namespace khonha::indexer {

struct FetchResponse {
  int status = 0;
  std::string body;
};

struct FetchOptions {
  std::chrono::milliseconds timeout{30000};  // connect, and each read
  size_t max_body_bytes = 512u << 20;
};

// Unavailable for network failures (worth retrying), InvalidArgument for a
// URL this client cannot fetch.
Result<FetchResponse> HttpGet(const std::string& url, const FetchOptions& options = {});

// Percent-encodes a query parameter value.
std::string EncodeQueryValue(const std::string& s);

}  // namespace khonha::indexer
