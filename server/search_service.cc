#include "server/search_service.h"

#include <unordered_map>

namespace khonha::server {

Result<search::Searcher*> SearchService::ThreadSearcher() {
  // One slot per (thread, service): tests run several services in one process.
  thread_local std::unordered_map<const SearchService*, std::unique_ptr<search::Searcher>> slots;
  auto current = index_.Current();
  if (!current) return Unavailable("no index is loaded");
  auto& slot = slots[this];
  if (!slot || &slot->generation() != current.get()) {
    auto opened = search::Searcher::Open(current, prototype_);
    if (!opened.ok()) return opened.status();
    slot = std::move(*opened);
  }
  return slot.get();
}

}  // namespace khonha::server
