// Whole responses of repeated public requests, per index generation.
//
// A bounded LRU (by bytes) of finished HttpResponses keyed by the request
// (action, Host, decoded query parameters) and the generation that answered
// it. Only anonymous GET package_search responses with status 200 are stored
// (ckan_api.cc decides); private results never enter. When a newer
// generation is seen the whole cache is dropped, so a published index is
// never answered from the old one's responses.
//
// Thread-safe (LruCache's mutex plus an atomic generation number).
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "catalog/search/lru_cache.h"
#include "server/http.h"

namespace khonha::server {

class ResponseCache {
 public:
  static constexpr size_t kDefaultBytes = size_t{64} << 20;
  explicit ResponseCache(size_t max_bytes = kDefaultBytes) : lru_(max_bytes) {}

  // The identity of a GET request for caching: action, Host, query parameters
  // in order (repeats and order are significant to CKAN's parsing).
  static std::string Key(std::string_view action, const HttpRequest& request);

  // The response stored for `key` under `generation`, or nullptr.
  std::shared_ptr<const HttpResponse> Get(uint64_t generation, const std::string& key);
  void Put(uint64_t generation, const std::string& key, const HttpResponse& response);

  uint64_t hits() const { return lru_.hits(); }
  size_t size() const { return lru_.size(); }

 private:
  // Drops everything when `generation` is newer than any seen.
  void Observe(uint64_t generation);

  search::LruCache<HttpResponse> lru_;
  std::atomic<uint64_t> generation_{0};
};

}  // namespace khonha::server
