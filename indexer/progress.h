// Progress reporting for long indexer commands.
//
// On a terminal (kTty): one live line per stage, redrawn at most 5 times a
// second, with counts, rate and — when the total input size is known — a bar
// and an ETA. Otherwise (kLines): one line when each stage starts and one
// when it ends, fit for logs. kQuiet prints nothing.
#pragma once

#include <chrono>
#include <cstdint>
#include <algorithm>
#include <cstdio>
#include <string>

namespace khonha::indexer {

enum class ProgressMode { kQuiet, kLines, kTty };

// Not thread-safe; call from the thread that drives the work.
class Progress {
 public:
  explicit Progress(ProgressMode mode, std::FILE* out = stderr) : mode_(mode), out_(out) {}
  Progress(bool enabled, std::string label);  // kTty when enabled (older callers)

  // Starts a stage; total_bytes 0 = unknown (no bar, no ETA).
  void Stage(std::string label, uint64_t total_bytes = 0);
  // read: records read; done: records processed; bytes: input bytes consumed.
  void Update(uint64_t read, uint64_t done, uint64_t bytes = 0);
  void Done(uint64_t read, uint64_t done);  // ends the stage

 private:
  void Draw(uint64_t read, uint64_t done, uint64_t bytes);
  ProgressMode mode_ = ProgressMode::kQuiet;
  std::FILE* out_ = stderr;
  std::string label_;
  uint64_t total_bytes_ = 0;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

// "1m05s", "12s"
std::string FormatDuration(double seconds);

}  // namespace khonha::indexer
