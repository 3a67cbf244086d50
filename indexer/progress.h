// A live progress line on a terminal (rate, counts); silent otherwise.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace khonha::indexer {

// Not thread-safe; call from the thread that drives the work.
class Progress {
 public:
  Progress(bool enabled, std::string label);
  void Update(uint64_t read, uint64_t done);  // redraws at most 5 times a second
  void Done(uint64_t read, uint64_t done);    // final line, then a newline

 private:
  void Draw(uint64_t read, uint64_t done);
  bool enabled_;
  std::string label_;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace khonha::indexer
