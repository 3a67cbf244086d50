#include "indexer/http_fetch.h"

#include "catalog/base/url.h"

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>

namespace khonha::indexer {
namespace {

class Socket {
 public:
  explicit Socket(int fd) : fd_(fd) {}
  ~Socket() {
    if (fd_ >= 0) ::close(fd_);
  }
  Socket(const Socket&) = delete;
  Socket& operator=(const Socket&) = delete;
  int fd() const { return fd_; }

 private:
  int fd_;
};

struct AddrInfoDeleter {
  void operator()(addrinfo* a) const { ::freeaddrinfo(a); }
};

bool WaitFor(int fd, short events, std::chrono::milliseconds timeout) {
  pollfd p{fd, events, 0};
  int rc;
  do rc = ::poll(&p, 1, static_cast<int>(timeout.count()));
  while (rc < 0 && errno == EINTR);
  return rc > 0;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

Result<std::string> Dechunk(const std::string& body) {
  std::string out;
  size_t pos = 0;
  for (;;) {
    size_t eol = body.find("\r\n", pos);
    if (eol == std::string::npos) return Unavailable("truncated chunked response");
    const size_t size = std::strtoul(body.substr(pos, eol - pos).c_str(), nullptr, 16);
    pos = eol + 2;
    if (size == 0) return out;
    if (pos + size > body.size()) return Unavailable("truncated chunked response");
    out.append(body, pos, size);
    pos += size + 2;
  }
}

}  // namespace

std::string EncodeQueryValue(const std::string& s) { return PercentEncode(s); }

Result<FetchResponse> HttpGet(const std::string& url, const FetchOptions& options) {
  if (url.rfind("https://", 0) == 0) {
    return InvalidArgument("https is not supported by the built-in client: harvest " + url +
                           " through a local http:// proxy or mirror");
  }
  if (url.rfind("http://", 0) != 0) return InvalidArgument("not an http:// URL: " + url);
  const std::string rest = url.substr(7);
  const size_t slash = rest.find('/');
  const std::string hostport = rest.substr(0, slash);
  const std::string target = slash == std::string::npos ? "/" : rest.substr(slash);
  std::string host = hostport, port = "80";
  if (size_t colon = hostport.rfind(':'); colon != std::string::npos) {
    host = hostport.substr(0, colon);
    port = hostport.substr(colon + 1);
  }
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* raw = nullptr;
  if (int rc = ::getaddrinfo(host.c_str(), port.c_str(), &hints, &raw); rc != 0) {
    return Unavailable("cannot resolve " + host + ": " + ::gai_strerror(rc));
  }
  std::unique_ptr<addrinfo, AddrInfoDeleter> addrs(raw);
  Socket sock(::socket(addrs->ai_family, addrs->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
  if (sock.fd() < 0) return Unavailable(std::string("socket: ") + std::strerror(errno));
  if (::connect(sock.fd(), addrs->ai_addr, addrs->ai_addrlen) != 0 && errno != EINPROGRESS) {
    return Unavailable("cannot connect to " + hostport + ": " + std::strerror(errno));
  }
  if (!WaitFor(sock.fd(), POLLOUT, options.timeout)) return Unavailable("timed out connecting to " + hostport);
  int err = 0;
  socklen_t len = sizeof err;
  ::getsockopt(sock.fd(), SOL_SOCKET, SO_ERROR, &err, &len);
  if (err != 0) return Unavailable("cannot connect to " + hostport + ": " + std::strerror(err));

  const std::string request = "GET " + target + " HTTP/1.1\r\nHost: " + hostport +
                              "\r\nUser-Agent: khonha-indexer\r\nAccept: application/json\r\n"
                              "Accept-Encoding: identity\r\nConnection: close\r\n\r\n";
  size_t sent = 0;
  while (sent < request.size()) {
    if (!WaitFor(sock.fd(), POLLOUT, options.timeout)) return Unavailable("timed out sending to " + hostport);
    ssize_t n = ::send(sock.fd(), request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    if (n < 0 && errno != EAGAIN && errno != EINTR) return Unavailable(std::string("send: ") + std::strerror(errno));
    if (n > 0) sent += static_cast<size_t>(n);
  }
  std::string data;
  char buf[65536];
  for (;;) {
    if (!WaitFor(sock.fd(), POLLIN, options.timeout)) return Unavailable("timed out reading from " + hostport);
    ssize_t n = ::recv(sock.fd(), buf, sizeof buf, 0);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EAGAIN || errno == EINTR) continue;
      return Unavailable(std::string("recv: ") + std::strerror(errno));
    }
    data.append(buf, static_cast<size_t>(n));
    if (data.size() > options.max_body_bytes) return InvalidArgument("response from " + url + " is too large");
  }
  const size_t head_end = data.find("\r\n\r\n");
  if (head_end == std::string::npos || data.rfind("HTTP/1.", 0) != 0) {
    return Unavailable("malformed HTTP response from " + hostport);
  }
  FetchResponse resp;
  resp.status = std::atoi(data.c_str() + data.find(' ') + 1);
  const std::string head = Lower(data.substr(0, head_end));
  resp.body = data.substr(head_end + 4);
  if (head.find("transfer-encoding: chunked") != std::string::npos) {
    auto body = Dechunk(resp.body);
    if (!body.ok()) return body.status();
    resp.body = std::move(*body);
  } else if (size_t cl = head.find("content-length:"); cl != std::string::npos) {
    const size_t expected = std::strtoull(head.c_str() + cl + 15, nullptr, 10);
    if (resp.body.size() < expected) return Unavailable("truncated response from " + hostport);
  }
  return resp;
}

}  // namespace khonha::indexer
