#include "server/response_cache.h"

namespace khonha::server {
namespace {

void AddPart(std::string& key, std::string_view part) {
  key += std::to_string(part.size());
  key += ':';
  key += part;
}

}  // namespace

std::string ResponseCache::Key(std::string_view action, const HttpRequest& request) {
  std::string key;
  AddPart(key, action);
  const std::string* host = request.Header("host");
  AddPart(key, host ? *host : std::string());
  for (const auto& [k, v] : request.query) {
    AddPart(key, k);
    AddPart(key, v);
  }
  return key;
}

void ResponseCache::Observe(uint64_t generation) {
  uint64_t seen = generation_.load(std::memory_order_acquire);
  while (generation > seen) {
    if (generation_.compare_exchange_weak(seen, generation, std::memory_order_acq_rel)) {
      lru_.Clear();
      return;
    }
  }
}

std::shared_ptr<const HttpResponse> ResponseCache::Get(uint64_t generation, const std::string& key) {
  Observe(generation);
  return lru_.Get(std::to_string(generation) + '/' + key);
}

void ResponseCache::Put(uint64_t generation, const std::string& key, const HttpResponse& response) {
  Observe(generation);
  if (generation < generation_.load(std::memory_order_acquire)) return;  // already superseded
  const size_t charge = key.size() + response.body.size() + 256;
  lru_.Put(std::to_string(generation) + '/' + key, std::make_shared<HttpResponse>(response), charge);
}

}  // namespace khonha::server
