// A bounded, thread-safe least-recently-used cache of immutable values.
//
// Keys are strings; values are shared_ptr<const V>, so a reader keeps its
// value alive after eviction and never copies it. Capacity is a total
// "charge" (bytes, or 1 per entry) chosen by the caller at Put(); an entry
// larger than the whole capacity is not stored. Get() refreshes recency.
//
// Thread-safe: every operation takes one mutex for a few pointer moves (no
// allocation of V under the lock); good for hundreds of thousands of
// operations per second, which is far above what it fronts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>

namespace khonha::search {

template <typename V>
class LruCache {
 public:
  explicit LruCache(size_t capacity) : capacity_(capacity) {}
  LruCache(const LruCache&) = delete;
  LruCache& operator=(const LruCache&) = delete;

  // The value under `key`, or nullptr.
  std::shared_ptr<const V> Get(const std::string& key) {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = index_.find(key);
    if (it == index_.end()) {
      ++misses_;
      return nullptr;
    }
    ++hits_;
    entries_.splice(entries_.begin(), entries_, it->second);
    return it->second->value;
  }

  // Stores `value` under `key` (replacing any), evicting the least recently
  // used entries until the total charge fits.
  void Put(const std::string& key, std::shared_ptr<const V> value, size_t charge = 1) {
    if (capacity_ == 0 || charge > capacity_) return;
    std::shared_ptr<const V> dropped_old;  // destroyed outside the lock
    std::list<Entry> dropped;
    {
      std::lock_guard<std::mutex> lock(mu_);
      auto it = index_.find(key);
      if (it != index_.end()) {
        used_ -= it->second->charge;
        dropped_old = std::move(it->second->value);
        it->second->value = std::move(value);
        it->second->charge = charge;
        entries_.splice(entries_.begin(), entries_, it->second);
      } else {
        entries_.push_front(Entry{key, std::move(value), charge});
        index_.emplace(key, entries_.begin());
      }
      used_ += charge;
      while (used_ > capacity_ && !entries_.empty()) {
        auto last = std::prev(entries_.end());
        used_ -= last->charge;
        index_.erase(last->key);
        dropped.splice(dropped.begin(), entries_, last);
      }
    }
  }

  void Clear() {
    std::list<Entry> dropped;
    std::lock_guard<std::mutex> lock(mu_);
    dropped.swap(entries_);
    index_.clear();
    used_ = 0;
  }

  size_t capacity() const { return capacity_; }
  size_t size() const {
    std::lock_guard<std::mutex> lock(mu_);
    return index_.size();
  }
  size_t charge() const {
    std::lock_guard<std::mutex> lock(mu_);
    return used_;
  }
  uint64_t hits() const {
    std::lock_guard<std::mutex> lock(mu_);
    return hits_;
  }
  uint64_t misses() const {
    std::lock_guard<std::mutex> lock(mu_);
    return misses_;
  }

 private:
  struct Entry {
    std::string key;
    std::shared_ptr<const V> value;
    size_t charge;
  };
  const size_t capacity_;
  mutable std::mutex mu_;
  std::list<Entry> entries_;  // guarded by mu_; most recent first
  std::unordered_map<std::string, typename std::list<Entry>::iterator> index_;  // guarded by mu_
  size_t used_ = 0;       // guarded by mu_
  uint64_t hits_ = 0;     // guarded by mu_
  uint64_t misses_ = 0;   // guarded by mu_
};

}  // namespace khonha::search
