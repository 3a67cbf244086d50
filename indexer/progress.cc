#include "indexer/progress.h"

#include <cstdio>

namespace khonha::indexer {

Progress::Progress(bool enabled, std::string label)
    : enabled_(enabled), label_(std::move(label)), start_(std::chrono::steady_clock::now()),
      last_(start_) {}

void Progress::Update(uint64_t read, uint64_t done) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  Draw(read, done);
}

void Progress::Done(uint64_t read, uint64_t done) {
  if (!enabled_) return;
  Draw(read, done);
  std::fputc('\n', stderr);
}

void Progress::Draw(uint64_t read, uint64_t done) {
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double rate = secs > 0 ? static_cast<double>(done) / secs : 0;
  std::fprintf(stderr, "\r%s: %llu read, %llu indexed, %.0f records/s, %.1f s   ", label_.c_str(),
               static_cast<unsigned long long>(read), static_cast<unsigned long long>(done), rate,
               secs);
  std::fflush(stderr);
}

}  // namespace khonha::indexer
