// API tokens: who a request's `Authorization` header says the caller is.
//
// khonha has no user accounts; an operator lists tokens in a JSON file
// (khonha-server --auth-tokens FILE):
//
//   {"tokens": {
//     "s3cr3t-moph": {"organizations": ["moph", "ddc"]},
//     "s3cr3t-admin": {"sysadmin": true}
//   }}
//
// A token mapped to organizations (names or ids) acts as a member of them:
// include_private=true then shows their private datasets. A sysadmin token
// sees every private dataset and drafts. Immutable after Load(); thread-safe.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/base/status.h"

namespace khonha::server {

struct Caller {
  bool authenticated = false;
  bool sysadmin = false;
  std::vector<std::string> organizations;  // names or ids, as configured
};

class AuthTokens {
 public:
  AuthTokens() = default;  // no tokens: every caller is anonymous

  // Parses the file's JSON text; errors name the offending token entry.
  static Result<AuthTokens> Parse(std::string_view json_text);
  static Result<AuthTokens> Load(const std::string& path);

  // The caller for an Authorization header value ("TOKEN" or "Bearer TOKEN").
  // An absent or unknown token is anonymous, as CKAN treats it.
  Caller Identify(const std::string* authorization) const;

  size_t size() const { return tokens_.size(); }

 private:
  std::map<std::string, Caller, std::less<>> tokens_;
};

}  // namespace khonha::server
