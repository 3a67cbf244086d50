#include "server/http_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <cstring>
#include <exception>
#include <thread>

namespace khonha::server {
namespace {

// Per-connection request state, created on the first access callback.
struct RequestState {
  HttpRequest request;
};

struct DaemonDeleter {
  void operator()(MHD_Daemon* d) const { MHD_stop_daemon(d); }
};

struct ResponseDeleter {
  void operator()(MHD_Response* r) const { MHD_destroy_response(r); }
};
using ResponsePtr = std::unique_ptr<MHD_Response, ResponseDeleter>;

// Leave URL and argument bytes undecoded; we decode them ourselves with the
// right rules ('+' is a space in the query string, not in the path).
size_t KeepEscaped(void*, MHD_Connection*, char* s) { return std::strlen(s); }

MHD_Result CollectQuery(void* cls, MHD_ValueKind, const char* key, const char* value) {
  auto* req = static_cast<HttpRequest*>(cls);
  req->query.emplace_back(UrlDecode(key ? key : ""), UrlDecode(value ? value : ""));
  return MHD_YES;
}

MHD_Result CollectHeader(void* cls, MHD_ValueKind, const char* key, const char* value) {
  auto* req = static_cast<HttpRequest*>(cls);
  std::string k = key ? key : "";
  for (char& c : k) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  req->headers.emplace_back(std::move(k), value ? value : "");
  return MHD_YES;
}

}  // namespace

struct HttpServer::Impl {
  HttpHandler handler;
  HttpServerOptions options;
  std::unique_ptr<MHD_Daemon, DaemonDeleter> daemon;

  static MHD_Result Access(void* cls, MHD_Connection* conn, const char* url, const char* method,
                           const char*, const char* upload_data, size_t* upload_data_size,
                           void** con_cls) {
    auto* self = static_cast<Impl*>(cls);
    try {
      if (*con_cls == nullptr) {
        auto* state = new RequestState();
        state->request.method = method;
        state->request.path = UrlDecode(url, /*plus_is_space=*/false);
        *con_cls = state;
        return MHD_YES;
      }
      auto* state = static_cast<RequestState*>(*con_cls);
      if (*upload_data_size > 0) {
        auto& body = state->request.body;
        if (body.size() + *upload_data_size > self->options.max_body_bytes) {
          state->request.body_too_large = true;
          body.clear();
        } else if (!state->request.body_too_large) {
          body.append(upload_data, *upload_data_size);
        }
        *upload_data_size = 0;
        return MHD_YES;
      }
      HttpRequest& req = state->request;
      MHD_get_connection_values(conn, MHD_GET_ARGUMENT_KIND, CollectQuery, &req);
      MHD_get_connection_values(conn, MHD_HEADER_KIND, CollectHeader, &req);
      HttpResponse resp;
      try {
        resp = self->handler(req);
      } catch (const std::exception& e) {
        std::fprintf(stderr, "khonha-server: internal error on %s %s: %s\n", method, url, e.what());
        resp = HttpResponse{500, "application/json;charset=utf-8",
                            R"({"success": false, "error": {"__type": "Internal Server Error", "message": "Internal Server Error"}})",
                            {}, "", 0};
      }
      return Queue(conn, resp);
    } catch (...) {
      std::fprintf(stderr, "khonha-server: unexpected failure handling a request\n");
      return MHD_NO;
    }
  }

  static MHD_Result Queue(MHD_Connection* conn, const HttpResponse& resp) {
    ResponsePtr r;
    if (!resp.file_path.empty()) {
      int fd = ::open(resp.file_path.c_str(), O_RDONLY | O_CLOEXEC);
      if (fd >= 0) r.reset(MHD_create_response_from_fd(resp.file_size, fd));  // MHD closes fd
    } else {
      r.reset(MHD_create_response_from_buffer(resp.body.size(), const_cast<char*>(resp.body.data()),
                                              MHD_RESPMEM_MUST_COPY));
    }
    if (!r) return MHD_NO;
    MHD_add_response_header(r.get(), MHD_HTTP_HEADER_CONTENT_TYPE, resp.content_type.c_str());
    for (const auto& [k, v] : resp.headers) MHD_add_response_header(r.get(), k.c_str(), v.c_str());
    return MHD_queue_response(conn, static_cast<unsigned>(resp.status), r.get());
  }

  static void Completed(void*, MHD_Connection*, void** con_cls, MHD_RequestTerminationCode) {
    delete static_cast<RequestState*>(*con_cls);
    *con_cls = nullptr;
  }
};

Result<std::unique_ptr<HttpServer>> HttpServer::Start(const HttpServerOptions& options,
                                                      HttpHandler handler) {
  auto server = std::unique_ptr<HttpServer>(new HttpServer());
  server->impl_ = std::make_unique<Impl>();
  Impl& impl = *server->impl_;
  impl.handler = std::move(handler);
  impl.options = options;

  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(options.port);
  if (::inet_pton(AF_INET, options.bind.c_str(), &addr.sin_addr) != 1) {
    return InvalidArgument("--bind must be an IPv4 address, not '" + options.bind + "'");
  }
  unsigned threads = options.threads ? options.threads : std::thread::hardware_concurrency();
  if (threads == 0) threads = 1;
  unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG;
  if (MHD_is_feature_supported(MHD_FEATURE_EPOLL) == MHD_YES) flags |= MHD_USE_EPOLL;
  impl.daemon.reset(MHD_start_daemon(
      flags, options.port, nullptr, nullptr, &Impl::Access, &impl,
      MHD_OPTION_SOCK_ADDR, reinterpret_cast<const sockaddr*>(&addr),
      MHD_OPTION_THREAD_POOL_SIZE, threads,
      MHD_OPTION_CONNECTION_LIMIT, options.connection_limit,
      MHD_OPTION_CONNECTION_TIMEOUT, options.connection_timeout_s,
      MHD_OPTION_NOTIFY_COMPLETED, &Impl::Completed, nullptr,
      MHD_OPTION_UNESCAPE_CALLBACK, &KeepEscaped, nullptr,
      MHD_OPTION_END));
  if (!impl.daemon) {
    return Unavailable("cannot listen on " + options.bind + ":" + std::to_string(options.port) +
                       " (is the port in use?)");
  }
  const MHD_DaemonInfo* info = MHD_get_daemon_info(impl.daemon.get(), MHD_DAEMON_INFO_BIND_PORT);
  server->port_ = info ? info->port : options.port;
  return server;
}

HttpServer::~HttpServer() = default;

}  // namespace khonha::server
