// LruCache: bounded by charge, least recently used evicted first, values
// outlive eviction, safe under concurrent use.
#include "catalog/search/lru_cache.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace khonha::search {
namespace {

std::shared_ptr<const std::string> V(const std::string& s) { return std::make_shared<std::string>(s); }

TEST(LruCache, EvictsTheLeastRecentlyUsedWhenOverCapacity) {
  LruCache<std::string> cache(3);
  cache.Put("a", V("1"));
  cache.Put("b", V("2"));
  cache.Put("c", V("3"));
  ASSERT_NE(cache.Get("a"), nullptr);  // a is now the most recent
  cache.Put("d", V("4"));              // evicts b
  EXPECT_EQ(cache.Get("b"), nullptr);
  EXPECT_EQ(*cache.Get("a"), "1");
  EXPECT_EQ(*cache.Get("c"), "3");
  EXPECT_EQ(*cache.Get("d"), "4");
  EXPECT_EQ(cache.size(), 3u);
}

TEST(LruCache, ChargeBoundsTheTotalAndOversizedEntriesAreNotStored) {
  LruCache<std::string> cache(100);
  cache.Put("big", V("x"), 60);
  cache.Put("big2", V("y"), 60);  // evicts big
  EXPECT_EQ(cache.Get("big"), nullptr);
  EXPECT_EQ(cache.charge(), 60u);
  cache.Put("huge", V("z"), 101);
  EXPECT_EQ(cache.Get("huge"), nullptr);
  EXPECT_EQ(cache.charge(), 60u);
}

TEST(LruCache, ReplacingAKeyUpdatesValueAndCharge) {
  LruCache<std::string> cache(10);
  cache.Put("k", V("old"), 4);
  cache.Put("k", V("new"), 6);
  EXPECT_EQ(*cache.Get("k"), "new");
  EXPECT_EQ(cache.charge(), 6u);
  EXPECT_EQ(cache.size(), 1u);
}

TEST(LruCache, ValuesOutliveEvictionAndClear) {
  LruCache<std::string> cache(1);
  cache.Put("a", V("kept"));
  auto held = cache.Get("a");
  cache.Put("b", V("other"));
  cache.Clear();
  EXPECT_EQ(*held, "kept");
  EXPECT_EQ(cache.size(), 0u);
}

TEST(LruCache, CountsHitsAndMisses) {
  LruCache<std::string> cache(2);
  cache.Put("a", V("1"));
  (void)cache.Get("a");
  (void)cache.Get("zz");
  EXPECT_EQ(cache.hits(), 1u);
  EXPECT_EQ(cache.misses(), 1u);
}

TEST(LruCache, ConcurrentPutsAndGetsStayWithinCapacity) {
  LruCache<std::string> cache(64);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&cache, t] {
      for (int i = 0; i < 5000; ++i) {
        const std::string key = std::to_string((i * 7 + t) % 200);
        if (auto v = cache.Get(key)) {
          EXPECT_EQ(*v, key);
        } else {
          cache.Put(key, V(key));
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_LE(cache.size(), 64u);
  EXPECT_LE(cache.charge(), 64u);
}

}  // namespace
}  // namespace khonha::search
