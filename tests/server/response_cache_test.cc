// ResponseCache: per-generation keys, eviction of older generations, and the
// request identity it caches by.
#include "server/response_cache.h"

#include <gtest/gtest.h>

namespace khonha::server {
namespace {

HttpRequest Get(std::vector<std::pair<std::string, std::string>> query, std::string host = "h") {
  HttpRequest r;
  r.method = "GET";
  r.query = std::move(query);
  r.headers.emplace_back("host", std::move(host));
  return r;
}

HttpResponse Body(const std::string& b) {
  HttpResponse r;
  r.body = b;
  return r;
}

TEST(ResponseCache, ReturnsWhatWasStoredForTheSameRequestAndGeneration) {
  ResponseCache cache;
  const auto key = ResponseCache::Key("package_search", Get({{"q", "ภาษี"}}));
  EXPECT_EQ(cache.Get(1, key), nullptr);
  cache.Put(1, key, Body("one"));
  auto hit = cache.Get(1, key);
  ASSERT_NE(hit, nullptr);
  EXPECT_EQ(hit->body, "one");
}

TEST(ResponseCache, ANewerGenerationDropsOlderResponses) {
  ResponseCache cache;
  const auto key = ResponseCache::Key("package_search", Get({{"q", "x"}}));
  cache.Put(1, key, Body("old"));
  EXPECT_EQ(cache.Get(2, key), nullptr);
  EXPECT_EQ(cache.size(), 0u);
  cache.Put(1, key, Body("late"));  // an answer from the superseded generation
  EXPECT_EQ(cache.Get(1, key), nullptr);
  cache.Put(2, key, Body("new"));
  EXPECT_EQ(cache.Get(2, key)->body, "new");
}

TEST(ResponseCache, KeysDistinguishActionHostAndParameters) {
  const auto base = ResponseCache::Key("package_search", Get({{"q", "a"}, {"rows", "5"}}));
  EXPECT_EQ(base, ResponseCache::Key("package_search", Get({{"q", "a"}, {"rows", "5"}})));
  EXPECT_NE(base, ResponseCache::Key("package_show", Get({{"q", "a"}, {"rows", "5"}})));
  EXPECT_NE(base, ResponseCache::Key("package_search", Get({{"q", "a"}, {"rows", "5"}}, "other")));
  EXPECT_NE(base, ResponseCache::Key("package_search", Get({{"q", "a"}, {"rows", "6"}})));
  EXPECT_NE(base, ResponseCache::Key("package_search", Get({{"qa", ""}, {"rows", "5"}})));
  EXPECT_NE(base, ResponseCache::Key("package_search", Get({{"rows", "5"}, {"q", "a"}})));
}

TEST(ResponseCache, BoundedByBytes) {
  ResponseCache cache(4096);
  for (int i = 0; i < 100; ++i) {
    cache.Put(1, "k" + std::to_string(i), Body(std::string(1000, 'x')));
  }
  EXPECT_LE(cache.size(), 4u);
  EXPECT_NE(cache.Get(1, "k99"), nullptr);
  EXPECT_EQ(cache.Get(1, "k0"), nullptr);
}

}  // namespace
}  // namespace khonha::server
