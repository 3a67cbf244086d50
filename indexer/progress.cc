#include "indexer/progress.h"

namespace khonha::indexer {

std::string FormatDuration(double s) {
  char buf[32];
  if (s < 60) std::snprintf(buf, sizeof buf, "%.0fs", s);
  else if (s < 3600) std::snprintf(buf, sizeof buf, "%dm%02ds", static_cast<int>(s) / 60, static_cast<int>(s) % 60);
  else std::snprintf(buf, sizeof buf, "%dh%02dm", static_cast<int>(s) / 3600, static_cast<int>(s) % 3600 / 60);
  return buf;
}

Progress::Progress(bool enabled, std::string label)
    : mode_(enabled ? ProgressMode::kTty : ProgressMode::kQuiet) {
  Stage(std::move(label));
}

void Progress::Stage(std::string label, uint64_t total_bytes) {
  label_ = std::move(label);
  total_bytes_ = total_bytes;
  drawn_ = false;
  start_ = last_ = std::chrono::steady_clock::now();
  if (mode_ == ProgressMode::kLines) {
    std::fprintf(out_, "khonha-indexer: %s…\n", label_.c_str());
    std::fflush(out_);
  }
}

void Progress::Update(uint64_t read, uint64_t done, uint64_t bytes) {
  if (mode_ != ProgressMode::kTty) return;
  auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  Draw(read, done, bytes);
}

void Progress::Done(uint64_t read, uint64_t done) {
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  if (mode_ == ProgressMode::kTty) {
    Draw(read, done, total_bytes_);
    std::fputc('\n', out_);
  } else if (mode_ == ProgressMode::kLines) {
    std::fprintf(out_, "khonha-indexer: %s: %llu read, %llu done in %.2f s (%.0f/s)\n", label_.c_str(),
                 static_cast<unsigned long long>(read), static_cast<unsigned long long>(done), secs,
                 secs > 0 ? done / secs : 0.0);
  }
  std::fflush(out_);
}

void Progress::Draw(uint64_t read, uint64_t done, uint64_t bytes) {
  drawn_ = true;
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double rate = secs > 0 ? static_cast<double>(done) / secs : 0;
  std::string bar, eta;
  if (total_bytes_ > 0) {
    const double frac = std::min(1.0, static_cast<double>(bytes) / static_cast<double>(total_bytes_));
    const int width = 24, filled = static_cast<int>(frac * width);
    bar = "[" + std::string(filled, '#') + std::string(width - filled, '.') + "] ";
    char pct[16];
    std::snprintf(pct, sizeof pct, "%3.0f%% ", frac * 100);
    bar += pct;
    if (frac > 0.01 && frac < 1) eta = " ETA " + FormatDuration(secs * (1 - frac) / frac);
  }
  std::fprintf(out_, "\r%s: %s%llu read, %llu done, %.0f/s, %s%s   ", label_.c_str(), bar.c_str(),
               static_cast<unsigned long long>(read), static_cast<unsigned long long>(done), rate,
               FormatDuration(secs).c_str(), eta.c_str());
  std::fflush(out_);
}

}  // namespace khonha::indexer
