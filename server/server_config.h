// khonha-server's settings: command-line flags, optionally a JSON config
// file (--config FILE) under them, and the part of them that SIGHUP can
// change while the server runs.
//
// The file holds the flags' settings by name, every key optional:
//
//   {"index": "/srv/khonha/index", "port": 8080, "bind": "0.0.0.0",
//    "threads": 2, "web_root": "web", "files_root": "data/files",
//    "rows_max": 1000, "auth_tokens": "tokens.json"}
//
// Relative paths are taken from the file's directory. Flags win over the
// file. Unknown keys and wrong types are errors that name the key and file.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "catalog/base/status.h"
#include "server/auth_tokens.h"
#include "server/ckan_api.h"

namespace khonha::server {

// Every setting; unset ones keep their defaults when resolved.
struct ServerConfig {
  std::optional<std::string> index, bind, web_root, files_root, auth_tokens;
  std::optional<uint16_t> port;
  std::optional<unsigned> threads;
  std::optional<uint64_t> rows_max;
};

// Parses a config file's text; `path` names it in errors and anchors
// relative paths.
Result<ServerConfig> ParseServerConfig(std::string_view json_text, const std::string& path);
Result<ServerConfig> LoadServerConfig(const std::string& path);

// `over`'s settings where it has them, else `base`'s.
ServerConfig Overlay(const ServerConfig& base, const ServerConfig& over);

// What a running server re-reads on SIGHUP: API options and tokens.
struct LiveValues {
  ApiOptions api;
  AuthTokens tokens;
  uint64_t version = 0;  // changes with every reload (response-cache keys)
};

// Loads the live part of a resolved config (reads the tokens file).
Result<LiveValues> LoadLiveValues(const ServerConfig& config);

// The current LiveValues, swapped as a whole. Thread-safe: requests take a
// snapshot (kept alive for the request) while SIGHUP sets a new one.
class LiveSettings {
 public:
  explicit LiveSettings(LiveValues values) { Set(std::move(values)); }
  std::shared_ptr<const LiveValues> Get() const {
    std::lock_guard lock(mu_);
    return current_;
  }
  void Set(LiveValues values) {
    std::lock_guard lock(mu_);
    values.version = next_version_++;
    current_ = std::make_shared<const LiveValues>(std::move(values));
  }

 private:
  mutable std::mutex mu_;
  std::shared_ptr<const LiveValues> current_;  // guarded by mu_
  uint64_t next_version_ = 0;                  // guarded by mu_
};

}  // namespace khonha::server
