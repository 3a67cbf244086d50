// ServerConfig: the --config file's settings, flags over them, and the live
// part a SIGHUP reloads.
#include "server/server_config.h"

#include <gtest/gtest.h>

#include "tests/support/test_env.h"

namespace khonha::server {
namespace {

TEST(ServerConfig, ParsesEverySettingAndResolvesPathsFromTheFilesDirectory) {
  auto c = ParseServerConfig(R"({"index": "idx", "port": 8081, "bind": "0.0.0.0", "threads": 4,
      "web_root": "/abs/web", "files_root": "files", "rows_max": 50, "auth_tokens": "t.json"})",
                             "/etc/khonha/server.json");
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(*c->index, "/etc/khonha/idx");
  EXPECT_EQ(*c->port, 8081);
  EXPECT_EQ(*c->bind, "0.0.0.0");  // not a path
  EXPECT_EQ(*c->threads, 4u);
  EXPECT_EQ(*c->web_root, "/abs/web");
  EXPECT_EQ(*c->files_root, "/etc/khonha/files");
  EXPECT_EQ(*c->rows_max, 50u);
  EXPECT_EQ(*c->auth_tokens, "/etc/khonha/t.json");
}

TEST(ServerConfig, RejectsWhatIsNotASettingNamingTheKeyAndFile) {
  struct Case {
    const char* text;
    const char* says;  // part of the error message
  } cases[] = {
      {R"({"rows-max": 5})", "\"rows-max\" is not a setting"},
      {R"({"port": "8080"})", "\"port\" must be a whole number"},
      {R"({"port": 70000})", "\"port\" must be a whole number from 0 to 65535"},
      {R"({"rows_max": -1})", "\"rows_max\" must be a whole number"},
      {R"({"index": 5})", "\"index\" must be a string"},
      {R"(["index"])", "expected a JSON object"},
      {R"({"index": )", "not valid JSON"},
  };
  for (const auto& c : cases) {
    auto parsed = ParseServerConfig(c.text, "conf/khonha.json");
    ASSERT_FALSE(parsed.ok()) << c.text;
    EXPECT_NE(parsed.status().message().find(c.says), std::string::npos) << parsed.status().message();
    EXPECT_NE(parsed.status().message().find("conf/khonha.json"), std::string::npos);
  }
}

TEST(ServerConfig, FlagsOverrideTheFileSettingBySetting) {
  auto file = ParseServerConfig(R"({"index": "/a", "port": 1, "rows_max": 7})", "/x.json");
  ASSERT_TRUE(file.ok());
  ServerConfig flags;
  flags.port = 2;
  flags.bind = "127.0.0.2";
  const ServerConfig c = Overlay(*file, flags);
  EXPECT_EQ(*c.index, "/a");
  EXPECT_EQ(*c.port, 2);
  EXPECT_EQ(*c.bind, "127.0.0.2");
  EXPECT_EQ(*c.rows_max, 7u);
  EXPECT_FALSE(c.threads.has_value());
}

TEST(ServerConfig, LiveValuesLoadTheTokensFileAndEachSetIsANewVersion) {
  testing::TempDir dir;
  ServerConfig c;
  c.rows_max = 3;
  c.auth_tokens = dir.Write("t.json", R"({"tokens": {"token-abcdefgh": {"sysadmin": true}}})");
  auto v = LoadLiveValues(c);
  ASSERT_TRUE(v.ok()) << v.status().ToString();
  EXPECT_EQ(v->api.rows_max, 3u);
  EXPECT_EQ(v->tokens.size(), 1u);
  LiveSettings live(*v);
  const uint64_t first = live.Get()->version;
  auto before = live.Get();  // a request's snapshot outlives a reload
  live.Set(LiveValues{});
  EXPECT_NE(live.Get()->version, first);
  EXPECT_EQ(before->api.rows_max, 3u);
  c.auth_tokens = dir.Sub("missing.json");
  EXPECT_FALSE(LoadLiveValues(c).ok());
}

}  // namespace
}  // namespace khonha::server
