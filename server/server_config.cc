#include "server/server_config.h"

#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

#include <nlohmann/json.hpp>

namespace khonha::server {
namespace {

using nlohmann::json;

std::string Where(const std::string& path, const std::string& key) {
  return path + ": \"" + key + "\"";
}

}  // namespace

Result<ServerConfig> ParseServerConfig(std::string_view json_text, const std::string& path) {
  json j = json::parse(json_text, nullptr, false);
  if (j.is_discarded()) return InvalidArgument(path + ": not valid JSON");
  if (!j.is_object()) return InvalidArgument(path + ": expected a JSON object of settings");
  const std::filesystem::path dir = std::filesystem::path(path).parent_path();
  ServerConfig c;
  for (const auto& [key, v] : j.items()) {
    auto text = [&](std::optional<std::string>& out, bool is_path) -> Status {
      if (!v.is_string()) return InvalidArgument(Where(path, key) + " must be a string");
      std::string s = v.get<std::string>();
      if (is_path && !s.empty() && std::filesystem::path(s).is_relative()) s = (dir / s).string();
      out = std::move(s);
      return Status::Ok();
    };
    auto number = [&](uint64_t max) -> Result<uint64_t> {
      if (!v.is_number_unsigned() || v.get<uint64_t>() > max) {
        return InvalidArgument(Where(path, key) + " must be a whole number from 0 to " + std::to_string(max));
      }
      return v.get<uint64_t>();
    };
    if (key == "index") {
      KHONHA_RETURN_IF_ERROR(text(c.index, true));
    } else if (key == "bind") {
      KHONHA_RETURN_IF_ERROR(text(c.bind, false));
    } else if (key == "web_root") {
      KHONHA_RETURN_IF_ERROR(text(c.web_root, true));
    } else if (key == "files_root") {
      KHONHA_RETURN_IF_ERROR(text(c.files_root, true));
    } else if (key == "auth_tokens") {
      KHONHA_RETURN_IF_ERROR(text(c.auth_tokens, true));
    } else if (key == "port") {
      auto n = number(65535);
      if (!n.ok()) return n.status();
      c.port = static_cast<uint16_t>(*n);
    } else if (key == "threads") {
      auto n = number(1024);
      if (!n.ok()) return n.status();
      c.threads = static_cast<unsigned>(*n);
    } else if (key == "rows_max") {
      auto n = number(std::numeric_limits<uint32_t>::max());
      if (!n.ok()) return n.status();
      c.rows_max = *n;
    } else {
      return InvalidArgument(Where(path, key) +
                             " is not a setting (index, port, bind, threads, web_root, files_root, "
                             "rows_max, auth_tokens)");
    }
  }
  return c;
}

Result<ServerConfig> LoadServerConfig(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound("cannot read the config file " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return ParseServerConfig(text.str(), path);
}

ServerConfig Overlay(const ServerConfig& base, const ServerConfig& over) {
  ServerConfig c = base;
  if (over.index) c.index = over.index;
  if (over.bind) c.bind = over.bind;
  if (over.web_root) c.web_root = over.web_root;
  if (over.files_root) c.files_root = over.files_root;
  if (over.auth_tokens) c.auth_tokens = over.auth_tokens;
  if (over.port) c.port = over.port;
  if (over.threads) c.threads = over.threads;
  if (over.rows_max) c.rows_max = over.rows_max;
  return c;
}

Result<LiveValues> LoadLiveValues(const ServerConfig& config) {
  LiveValues v;
  if (config.rows_max) v.api.rows_max = *config.rows_max;
  if (config.auth_tokens && !config.auth_tokens->empty()) {
    auto tokens = AuthTokens::Load(*config.auth_tokens);
    if (!tokens.ok()) return tokens.status();
    v.tokens = std::move(*tokens);
  }
  return v;
}

}  // namespace khonha::server
