#include "server/auth_tokens.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace khonha::server {

using nlohmann::json;

Result<AuthTokens> AuthTokens::Parse(std::string_view json_text) {
  json root = json::parse(json_text, nullptr, false);
  if (root.is_discarded() || !root.is_object()) return InvalidArgument("auth tokens: not a JSON object");
  auto tokens_it = root.find("tokens");
  if (tokens_it == root.end() || !tokens_it->is_object()) {
    return InvalidArgument("auth tokens: expected {\"tokens\": {TOKEN: {...}, ...}}");
  }
  AuthTokens out;
  for (auto it = tokens_it->begin(); it != tokens_it->end(); ++it) {
    const std::string& token = it.key();
    // Never echo the token itself into logs: name the entry by position.
    const std::string where = "auth tokens: entry " + std::to_string(out.tokens_.size() + 1);
    if (token.size() < 8) return InvalidArgument(where + ": a token needs at least 8 characters");
    if (!it->is_object()) return InvalidArgument(where + ": expected an object");
    Caller caller;
    caller.authenticated = true;
    if (auto s = it->find("sysadmin"); s != it->end()) {
      if (!s->is_boolean()) return InvalidArgument(where + ": \"sysadmin\" must be true or false");
      caller.sysadmin = s->get<bool>();
    }
    if (auto orgs = it->find("organizations"); orgs != it->end()) {
      if (!orgs->is_array()) return InvalidArgument(where + ": \"organizations\" must be a list");
      for (const auto& o : *orgs) {
        if (!o.is_string() || o.get_ref<const std::string&>().empty()) {
          return InvalidArgument(where + ": organizations must be non-empty strings");
        }
        caller.organizations.push_back(o.get<std::string>());
      }
    }
    out.tokens_.emplace(token, std::move(caller));
  }
  return out;
}

Result<AuthTokens> AuthTokens::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound("cannot read auth tokens file " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  auto parsed = Parse(ss.str());
  if (!parsed.ok()) return InvalidArgument(path + ": " + parsed.status().message());
  return parsed;
}

Caller AuthTokens::Identify(const std::string* authorization) const {
  if (authorization == nullptr) return {};
  std::string_view token = *authorization;
  while (!token.empty() && token.front() == ' ') token.remove_prefix(1);
  while (!token.empty() && token.back() == ' ') token.remove_suffix(1);
  if (token.size() > 7 && (token.substr(0, 7) == "Bearer " || token.substr(0, 7) == "bearer ")) {
    token.remove_prefix(7);
  }
  auto it = tokens_.find(token);
  return it == tokens_.end() ? Caller{} : it->second;
}

}  // namespace khonha::server
