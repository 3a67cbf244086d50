// Byte streams over files, stdin, zstd and gzip. Internal to the model layer.
#pragma once

#include <memory>
#include <string>

#include "catalog/base/status.h"

namespace khonha::catalog {

// Not thread-safe; owns its file descriptor and decoder state.
class InputStream {
 public:
  virtual ~InputStream() = default;
  // Reads up to n bytes into buf; 0 means end of stream.
  virtual Result<size_t> Read(char* buf, size_t n) = 0;
};

// Opens path ("-" = stdin) and transparently decompresses zstd or gzip,
// detected by their magic bytes.
Result<std::unique_ptr<InputStream>> OpenInput(const std::string& path);

}  // namespace khonha::catalog
