// Shared fixture of the CKAN Action API conformance suite
// (conformance_*_test.cc): the real khonha-server over a real index of a
// corpus, started once per test binary and corpus, with API tokens, plus
// small request helpers and facts read straight from the corpus's JSONL (the
// oracle for what must stay hidden).
#pragma once

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "tests/support/http_client.h"
#include "tests/support/server_process.h"
#include "tests/support/test_env.h"

namespace khonha::conformance {

using nlohmann::json;

inline constexpr const char* kSysadminToken = "sysadmin-token-0001";
inline constexpr const char* kOrgToken = "org-token-0001";  // member of CatalogFacts::token_org

// What the corpus file says, independent of the server.
struct CatalogFacts {
  std::vector<json> records;
  std::set<std::string> private_names;  // private: true, or data_classification not เปิดเผย
  std::set<std::string> draft_names;
  std::map<std::string, std::string> org_of;  // dataset name → organization name
  std::string token_org;                      // an organization with a private dataset ("" if none)

  bool Hidden(const std::string& name) const {
    return private_names.count(name) > 0 || draft_names.count(name) > 0;
  }
};

inline CatalogFacts LoadFacts(const std::string& path) {
  CatalogFacts f;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    json r = json::parse(line, nullptr, false);
    if (!r.is_object()) continue;
    const std::string name = r.value("name", "");
    std::string cls = r.contains("data_classification") && r["data_classification"].is_string()
                          ? r["data_classification"].get<std::string>()
                          : "";
    const bool priv = (r.contains("private") && r["private"] == true) ||
                      (!cls.empty() && cls != "เปิดเผย");
    if (priv) f.private_names.insert(name);
    if (r.value("state", "active") == "draft") f.draft_names.insert(name);
    if (r.contains("organization") && r["organization"].is_object()) {
      f.org_of[name] = r["organization"].value("name", "");
      if (priv && r.value("state", "active") == "active" && f.token_org.empty()) {
        f.token_org = f.org_of[name];
      }
    }
    f.records.push_back(std::move(r));
  }
  return f;
}

// One server per corpus per test binary, kept for the binary's lifetime.
class CorpusServer {
 public:
  // nullptr (with a failure recorded) when the index or server cannot start.
  static CorpusServer* For(const std::string& source) {
    static std::map<std::string, std::unique_ptr<CorpusServer>> servers;
    static std::set<std::string> failed;  // report a broken corpus once, not per test
    if (failed.count(source)) return nullptr;
    auto& slot = servers[source];
    if (!slot) {
      failed.insert(source);
      auto s = std::unique_ptr<CorpusServer>(new CorpusServer());
      s->facts = LoadFacts(source);
      if (!testing::BuildIndex({source}, s->dir.Sub("index"))) return nullptr;
      json tokens = {{"tokens", {{kSysadminToken, {{"sysadmin", true}}}}}};
      if (!s->facts.token_org.empty()) {  // a corpus without private datasets has no member token
        tokens["tokens"][kOrgToken] = {{"organizations", json::array({s->facts.token_org})}};
      }
      const std::string tokens_file = s->dir.Write("tokens.json", tokens.dump());
      s->server = std::make_unique<testing::ServerProcess>(
          s->dir.Sub("index"), std::vector<std::string>{"--auth-tokens", tokens_file});
      if (!s->server->ok()) {
        ADD_FAILURE() << "server did not start:\n" << s->server->output();
        return nullptr;
      }
      slot = std::move(s);
      failed.erase(source);
    }
    return slot.get();
  }

  uint16_t port() const { return server->port(); }

  testing::TempDir dir;
  CatalogFacts facts;
  std::unique_ptr<testing::ServerProcess> server;

 private:
  CorpusServer() = default;
};

struct Reply {
  int status = 0;
  std::string raw;
  json body;  // discarded when the body is not JSON
  std::string content_type;
};

inline Reply ToReply(const testing::HttpResult& r) {
  return {r.status, r.body, json::parse(r.body, nullptr, false), r.Header("content-type")};
}

// "a=1&b=x y" from pairs, values percent-encoded.
inline std::string Query(const std::vector<std::pair<std::string, std::string>>& params) {
  std::string q;
  for (const auto& [k, v] : params) {
    q += (q.empty() ? "" : "&") + testing::UrlEncode(k) + "=" + testing::UrlEncode(v);
  }
  return q;
}

inline std::string ActionPath(const std::string& action,
                              const std::vector<std::pair<std::string, std::string>>& params = {}) {
  return "/api/3/action/" + action + (params.empty() ? "" : "?" + Query(params));
}

inline Reply Get(uint16_t port, const std::string& target,
                 const std::vector<std::pair<std::string, std::string>>& headers = {}) {
  return ToReply(testing::HttpGet(port, target, headers));
}

inline Reply Post(uint16_t port, const std::string& target, const std::string& body,
                  const std::string& content_type = "application/json",
                  std::vector<std::pair<std::string, std::string>> headers = {}) {
  headers.emplace_back("Content-Type", content_type);
  return ToReply(testing::HttpRequestRaw(port, "POST", target, body, headers));
}

// The "result" of a successful call; records a failure otherwise.
inline json ResultOf(const Reply& r, const std::string& what) {
  EXPECT_EQ(r.status, 200) << what << "\n" << r.raw.substr(0, 600);
  if (r.body.is_discarded() || !r.body.is_object() || r.body.value("success", false) != true) {
    ADD_FAILURE() << what << ": not a successful CKAN envelope: " << r.raw.substr(0, 600);
    return json();
  }
  return r.body["result"];
}

// The "error" object of a failed call with the expected status and __type.
inline json ErrorOf(const Reply& r, int status, const std::string& type, const std::string& what) {
  EXPECT_EQ(r.status, status) << what << "\n" << r.raw.substr(0, 600);
  if (r.body.is_discarded() || !r.body.is_object() || r.body.value("success", true) != false) {
    ADD_FAILURE() << what << ": not a failed CKAN envelope: " << r.raw.substr(0, 600);
    return json::object();
  }
  EXPECT_EQ(r.body["error"].value("__type", ""), type) << what << "\n" << r.raw.substr(0, 600);
  return r.body["error"];
}

}  // namespace khonha::conformance
