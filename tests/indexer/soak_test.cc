// Soak: queries served continuously on loopback while 20 builds and updates
// publish new generations; every response must be a complete, successful
// CKAN envelope. Bounded: 20 publishes, 2 query threads, about 20 s.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <mutex>
#include <chrono>
#include <thread>

#include "tests/indexer/indexer_test_util.h"
#include "tests/support/server_process.h"

namespace khonha::testing {
namespace {

TEST(Soak, TwentyPublishesWhileServingQueriesFailNoRequest) {
  TempDir dir;
  const std::string idx = dir.Sub("idx");
  const std::string base = dir.Write("base.jsonl", SyntheticRecords(200, "soak"));
  ASSERT_TRUE(BuildIndex({base}, idx));
  ServerProcess server(idx, {"--threads", "4"});
  ASSERT_TRUE(server.ok()) << server.output();

  std::atomic<bool> stop{false};
  std::atomic<uint64_t> ok{0}, failed{0};
  std::string first_failure;
  std::mutex failure_mu;
  const std::vector<std::string> targets = {
      "/api/3/action/package_search?q=" + UrlEncode("ท่องเที่ยว") +
          "&rows=5&facet.field=%5B%22organization%22%2C%22res_format%22%5D",
      "/api/3/action/package_search?q=tourism&rows=3&sort=" + UrlEncode("metadata_modified desc"),
      "/api/3/action/package_show?id=soak-7",
      "/api/3/action/package_search?fq=" + UrlEncode("res_format:CSV") + "&rows=0",
  };
  auto client = [&](int seed) {
    for (size_t i = seed; !stop.load(); ++i) {
      auto r = HttpGet(server.port(), targets[i % targets.size()]);
      const bool good = r.status == 200 && r.body.find("\"success\":true") != std::string::npos &&
                        !r.body.empty() && r.body.back() == '}';
      if (good) {
        ++ok;
      } else {
        ++failed;
        std::lock_guard<std::mutex> lock(failure_mu);
        if (first_failure.empty()) {
          first_failure = std::to_string(r.status) + " " + targets[i % targets.size()] + ": " + r.body.substr(0, 300);
        }
      }
    }
  };
  std::thread c1(client, 0), c2(client, 1);

  const auto started = std::chrono::steady_clock::now();
  int publishes = 0;
  for (int i = 0; i < 20; ++i) {
    std::vector<std::string> args;
    if (i % 2 == 0) {
      args = {"build", "--source", base, "--index", idx, "--quiet", "--wait"};
    } else {
      const std::string up = dir.Write("up" + std::to_string(i) + ".jsonl",
                                       SyntheticRecords(5, "up" + std::to_string(i)));
      args = {"update", "--source", up, "--delete", "soak-" + std::to_string(100 + i), "--index", idx,
              "--quiet", "--wait"};
    }
    if (RunIndexer(args) == 0) ++publishes;
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(500));  // the last switch
  stop = true;
  c1.join();
  c2.join();
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  EXPECT_EQ(publishes, 20);
  EXPECT_EQ(failed.load(), 0u) << first_failure;
  EXPECT_GT(ok.load(), 100u);
  RecordProperty("queries", static_cast<int>(ok.load()));
  std::printf("soak: %d publishes, %llu queries ok, %llu failed in %.1f s\n", publishes,
              static_cast<unsigned long long>(ok.load()), static_cast<unsigned long long>(failed.load()),
              secs);
  // The server followed: the last publish updated the last build's 200
  // records with 5 upserts and 1 delete.
  EXPECT_EQ(SearchCount(server.port(), ""), 204);
}

}  // namespace
}  // namespace khonha::testing
