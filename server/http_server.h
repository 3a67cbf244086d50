// The libmicrohttpd adapter: the only file that includes <microhttpd.h>.
//
// Runs an internal thread pool (epoll, one thread per core by default) and
// calls the handler for each complete request. The response is queued on the
// handler's call after the whole body has arrived (never on the first access
// callback, which would close keep-alive connections). Bodies are bounded;
// connections are limited and time out. Nothing throws across MHD callbacks:
// an exception from the handler becomes a logged 500.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "catalog/base/status.h"
#include "server/http.h"

namespace khonha::server {

struct HttpServerOptions {
  std::string bind = "127.0.0.1";  // IPv4 address to listen on ("0.0.0.0" = all)
  uint16_t port = 8080;            // 0 = an ephemeral port (see HttpServer::port())
  unsigned threads = 0;            // 0 = one per core
  size_t max_body_bytes = 1 << 20;
  unsigned connection_limit = 1024;
  unsigned connection_timeout_s = 30;
};

class HttpServer {
 public:
  static Result<std::unique_ptr<HttpServer>> Start(const HttpServerOptions& options,
                                                   HttpHandler handler);
  ~HttpServer();  // stops the daemon; waits for in-flight requests
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  uint16_t port() const { return port_; }

 private:
  HttpServer() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
  uint16_t port_ = 0;
};

}  // namespace khonha::server
