#include "catalog/model/input_stream.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace khonha::catalog {
namespace {

class FdStream final : public InputStream {
 public:
  FdStream(int fd, bool owned, std::string path) : fd_(fd), owned_(owned), path_(std::move(path)) {}
  ~FdStream() override {
    if (owned_) ::close(fd_);
  }
  FdStream(const FdStream&) = delete;
  FdStream& operator=(const FdStream&) = delete;

  Result<size_t> Read(char* buf, size_t n) override {
    // Bytes peeked during format detection are served first.
    if (!pushback_.empty()) {
      size_t k = std::min(n, pushback_.size());
      std::memcpy(buf, pushback_.data(), k);
      pushback_.erase(0, k);
      return k;
    }
    for (;;) {
      ssize_t r = ::read(fd_, buf, n);
      if (r >= 0) return static_cast<size_t>(r);
      if (errno == EINTR) continue;
      return Internal(path_ + ": read failed: " + std::strerror(errno));
    }
  }
  void Unread(std::string bytes) { pushback_ = std::move(bytes) + pushback_; }

 private:
  int fd_;
  bool owned_;
  std::string path_;
  std::string pushback_;
};

class ZstdStream final : public InputStream {
 public:
  ZstdStream(std::unique_ptr<InputStream> in, std::string path)
      : in_(std::move(in)), path_(std::move(path)), dctx_(ZSTD_createDCtx()),
        inbuf_(ZSTD_DStreamInSize()) {}
  ~ZstdStream() override { ZSTD_freeDCtx(dctx_); }
  ZstdStream(const ZstdStream&) = delete;
  ZstdStream& operator=(const ZstdStream&) = delete;

  Result<size_t> Read(char* buf, size_t n) override {
    ZSTD_outBuffer out{buf, n, 0};
    while (out.pos == 0) {
      if (in_pos_ == in_size_) {
        auto r = in_->Read(inbuf_.data(), inbuf_.size());
        if (!r.ok()) return r.status();
        if (*r == 0) {
          if (!frame_done_) return InvalidArgument(path_ + ": truncated zstd stream");
          return size_t{0};
        }
        in_size_ = *r;
        in_pos_ = 0;
      }
      ZSTD_inBuffer in{inbuf_.data(), in_size_, in_pos_};
      size_t ret = ZSTD_decompressStream(dctx_, &out, &in);
      in_pos_ = in.pos;
      if (ZSTD_isError(ret)) {
        return InvalidArgument(path_ + ": corrupt zstd data: " + ZSTD_getErrorName(ret));
      }
      frame_done_ = (ret == 0);
    }
    return out.pos;
  }

 private:
  std::unique_ptr<InputStream> in_;
  std::string path_;
  ZSTD_DCtx* dctx_;
  std::vector<char> inbuf_;
  size_t in_size_ = 0, in_pos_ = 0;
  bool frame_done_ = true;
};

class GzipStream final : public InputStream {
 public:
  GzipStream(std::unique_ptr<InputStream> in, std::string path)
      : in_(std::move(in)), path_(std::move(path)), inbuf_(1 << 16) {
    std::memset(&zs_, 0, sizeof zs_);
    ok_ = inflateInit2(&zs_, 16 + MAX_WBITS) == Z_OK;  // 16: gzip header
  }
  ~GzipStream() override {
    if (ok_) inflateEnd(&zs_);
  }
  GzipStream(const GzipStream&) = delete;
  GzipStream& operator=(const GzipStream&) = delete;

  Result<size_t> Read(char* buf, size_t n) override {
    if (!ok_) return Internal(path_ + ": cannot initialise gzip decoder");
    zs_.next_out = reinterpret_cast<Bytef*>(buf);
    zs_.avail_out = static_cast<uInt>(n);
    while (zs_.avail_out == n) {
      if (zs_.avail_in == 0) {
        auto r = in_->Read(inbuf_.data(), inbuf_.size());
        if (!r.ok()) return r.status();
        if (*r == 0) {
          if (!stream_end_) return InvalidArgument(path_ + ": truncated gzip stream");
          break;
        }
        zs_.next_in = reinterpret_cast<Bytef*>(inbuf_.data());
        zs_.avail_in = static_cast<uInt>(*r);
      }
      if (stream_end_) {
        // Concatenated gzip members: start the next one.
        inflateReset(&zs_);
        stream_end_ = false;
      }
      int ret = inflate(&zs_, Z_NO_FLUSH);
      if (ret == Z_STREAM_END) {
        stream_end_ = true;
      } else if (ret != Z_OK && ret != Z_BUF_ERROR) {
        return InvalidArgument(path_ + ": corrupt gzip data");
      }
    }
    return n - zs_.avail_out;
  }

 private:
  std::unique_ptr<InputStream> in_;
  std::string path_;
  std::vector<char> inbuf_;
  z_stream zs_;
  bool ok_ = false;
  bool stream_end_ = false;
};

}  // namespace

Result<std::unique_ptr<InputStream>> OpenInput(const std::string& path) {
  int fd = 0;
  bool owned = false;
  if (path != "-") {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return NotFound(path + ": cannot open: " + std::strerror(errno));
    owned = true;
  }
  auto raw = std::make_unique<FdStream>(fd, owned, path);
  // Peek at the magic bytes.
  char magic[4];
  size_t got = 0;
  while (got < sizeof magic) {
    auto r = raw->Read(magic + got, sizeof magic - got);
    if (!r.ok()) return r.status();
    if (*r == 0) break;
    got += *r;
  }
  raw->Unread(std::string(magic, got));
  const auto* m = reinterpret_cast<const unsigned char*>(magic);
  if (got == 4 && m[0] == 0x28 && m[1] == 0xB5 && m[2] == 0x2F && m[3] == 0xFD) {
    return std::unique_ptr<InputStream>(std::make_unique<ZstdStream>(std::move(raw), path));
  }
  if (got >= 2 && m[0] == 0x1F && m[1] == 0x8B) {
    return std::unique_ptr<InputStream>(std::make_unique<GzipStream>(std::move(raw), path));
  }
  return std::unique_ptr<InputStream>(std::move(raw));
}

}  // namespace khonha::catalog
