// SIGHUP reloads the server's settings (--config and the tokens file) while
// it serves, keeps them when the new file is broken, and says which settings
// wait for a restart. Real server process, real HTTP.
#include <signal.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <functional>
#include <string>
#include <thread>

#include "tests/support/http_client.h"
#include "tests/support/server_process.h"
#include "tests/support/test_env.h"

namespace khonha {
namespace {

using testing::HttpGet;
using testing::ServerProcess;
using testing::TempDir;

// Datasets a page of rows=10 holds (rows is clamped to rows_max).
size_t PageSize(uint16_t port, const std::vector<std::pair<std::string, std::string>>& headers = {}) {
  auto r = HttpGet(port, "/api/3/action/package_search?rows=10", headers);
  if (r.status != 200) return 0;
  return nlohmann::json::parse(r.body)["result"]["results"].size();
}

// Polls `done` for up to 5 s.
bool Eventually(const std::function<bool()>& done) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  while (std::chrono::steady_clock::now() < deadline) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return done();
}

TEST(Reload, SighupAppliesTheNewConfigAndKeepsTheRunningOneWhenTheFileIsBroken) {
  TempDir dir;
  ASSERT_TRUE(testing::BuildIndex({testing::SampleCatalog()}, dir.Sub("index")));
  const std::string tokens = dir.Write("tokens.json", R"({"tokens": {}})");
  const std::string config = dir.Write("khonha.json", R"({"index": "index", "rows_max": 2})");
  // --index from the flags would win; here it comes from the file.
  ServerProcess server("", {"--config", config});
  ASSERT_TRUE(server.ok()) << server.output();
  EXPECT_EQ(PageSize(server.port()), 2u);
  const std::vector<std::pair<std::string, std::string>> admin = {{"Authorization", "admin-token-0001"}};
  auto private_count = [&](const std::vector<std::pair<std::string, std::string>>& h) {
    auto r = HttpGet(server.port(), "/api/3/action/package_search?rows=0&include_private=true&fq=capacity:private", h);
    return r.status == 200 ? nlohmann::json::parse(r.body)["result"]["count"].get<int>() : -1;
  };
  EXPECT_EQ(private_count(admin), 0);  // no tokens yet: anonymous

  dir.Write("tokens.json", R"({"tokens": {"admin-token-0001": {"sysadmin": true}}})");
  dir.Write("khonha.json",
            R"({"index": "index", "rows_max": 5, "files_root": "files", "auth_tokens": ")" + tokens + "\"}");
  ASSERT_TRUE(server.Signal(SIGHUP));
  EXPECT_TRUE(Eventually([&] { return PageSize(server.port()) == 5; }));
  EXPECT_GT(private_count(admin), 0);
  EXPECT_TRUE(Eventually([&] {
    return server.LaterOutput().find("\"files_root\" changed; it takes effect when the server restarts") !=
           std::string::npos;
  })) << server.LaterOutput();

  dir.Write("khonha.json", R"({"index": "index", "rows_max": )");  // broken
  ASSERT_TRUE(server.Signal(SIGHUP));
  EXPECT_TRUE(Eventually([&] {
    return server.LaterOutput().find("settings not reloaded, the running ones are kept") != std::string::npos;
  })) << server.LaterOutput();
  EXPECT_NE(server.LaterOutput().find("not valid JSON"), std::string::npos);
  EXPECT_EQ(PageSize(server.port()), 5u);
  EXPECT_GT(private_count(admin), 0);
}

TEST(Reload, ABadConfigFileStopsTheStartWithItsReason) {
  TempDir dir;
  const std::string config = dir.Write("khonha.json", R"({"index": "x", "colour": "blue"})");
  ServerProcess server("", {"--config", config});
  EXPECT_FALSE(server.ok());
  EXPECT_NE(server.output().find("\"colour\" is not a setting"), std::string::npos) << server.output();
}

}  // namespace
}  // namespace khonha
