// AuthTokens: parsing the --auth-tokens file and identifying callers.
#include "server/auth_tokens.h"

#include <gtest/gtest.h>

namespace khonha::server {
namespace {

constexpr const char* kFile = R"({"tokens": {
  "member-token-1": {"organizations": ["moph", "ddc"]},
  "admin-token-01": {"sysadmin": true}
}})";

TEST(AuthTokens, IdentifiesConfiguredTokensRawOrBearer) {
  auto tokens = AuthTokens::Parse(kFile);
  ASSERT_TRUE(tokens.ok()) << tokens.status().ToString();
  struct Case {
    const char* header;  // nullptr = no Authorization header
    bool authenticated, sysadmin;
    std::vector<std::string> orgs;
  } cases[] = {
      {nullptr, false, false, {}},
      {"member-token-1", true, false, {"moph", "ddc"}},
      {"Bearer member-token-1", true, false, {"moph", "ddc"}},
      {" admin-token-01 ", true, true, {}},
      {"unknown-token-xyz", false, false, {}},  // unknown = anonymous, as CKAN
      {"", false, false, {}},
  };
  for (const auto& c : cases) {
    std::string header = c.header ? c.header : "";
    Caller caller = tokens->Identify(c.header ? &header : nullptr);
    EXPECT_EQ(caller.authenticated, c.authenticated) << header;
    EXPECT_EQ(caller.sysadmin, c.sysadmin) << header;
    EXPECT_EQ(caller.organizations, c.orgs) << header;
  }
}

TEST(AuthTokens, RejectsMalformedFilesWithoutEchoingTokens) {
  const char* bad[] = {
      "not json",
      "[]",
      R"({"nottokens": {}})",
      R"({"tokens": {"short": {"sysadmin": true}}})",
      R"({"tokens": {"long-enough-1": {"sysadmin": "yes"}}})",
      R"({"tokens": {"long-enough-1": {"organizations": "moph"}}})",
      R"({"tokens": {"long-enough-1": {"organizations": [""]}}})",
      R"({"tokens": {"long-enough-1": 5}})",
  };
  for (const char* text : bad) {
    auto t = AuthTokens::Parse(text);
    ASSERT_FALSE(t.ok()) << text;
    EXPECT_EQ(t.status().code(), Code::kInvalidArgument) << text;
    EXPECT_EQ(t.status().message().find("long-enough-1"), std::string::npos) << t.status().message();
  }
  EXPECT_EQ(AuthTokens::Load("/nonexistent/tokens.json").status().code(), Code::kNotFound);
}

}  // namespace
}  // namespace khonha::server
