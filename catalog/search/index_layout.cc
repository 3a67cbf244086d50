#include "catalog/search/index_layout.h"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace khonha::search {
namespace fs = std::filesystem;
namespace {

std::string GenName(uint64_t n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "gen-%06llu", static_cast<unsigned long long>(n));
  return buf;
}

// gen-000007 → 7; 0 when the name is not a generation.
uint64_t GenNumber(const std::string& name) {
  if (name.rfind("gen-", 0) != 0 || name.size() < 5) return 0;
  uint64_t n = 0;
  for (size_t i = 4; i < name.size(); ++i) {
    if (name[i] < '0' || name[i] > '9') return 0;
    n = n * 10 + static_cast<uint64_t>(name[i] - '0');
  }
  return n;
}

Status FsyncPath(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Internal("cannot open " + path + " to sync");
  int rc = ::fsync(fd);
  ::close(fd);
  return rc == 0 ? Status::Ok() : Internal("fsync failed on " + path);
}

// fsyncs every file below dir, then dir itself (the build wrote with DB_NO_SYNC).
Status SyncTree(const std::string& dir) {
  std::error_code ec;
  for (const auto& e : fs::recursive_directory_iterator(dir, ec)) {
    if (e.is_regular_file() || e.is_directory()) KHONHA_RETURN_IF_ERROR(FsyncPath(e.path().string()));
  }
  return FsyncPath(dir);
}

Status WriteCurrent(const std::string& dir, const std::string& gen_name) {
  const std::string tmp = dir + "/CURRENT.tmp";
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << gen_name << "\n";
    out.flush();
    if (!out) return Internal("cannot write " + tmp);
  }
  KHONHA_RETURN_IF_ERROR(FsyncPath(tmp));
  std::error_code ec;
  fs::rename(tmp, dir + "/" + kCurrentFile, ec);
  if (ec) return Internal("cannot publish " + dir + "/CURRENT: " + ec.message());
  return FsyncPath(dir);
}

bool PidAlive(long pid) { return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM); }

}  // namespace

Result<GenerationRef> ResolveCurrent(const std::string& index_dir) {
  std::ifstream in(index_dir + "/" + kCurrentFile);
  if (!in) {
    return FailedPrecondition("no index at " + index_dir +
                              " (build one with: khonha-indexer build --source FILE --index " +
                              index_dir + ")");
  }
  std::string name;
  std::getline(in, name);
  uint64_t n = GenNumber(name);
  if (n == 0) return Internal(index_dir + "/CURRENT names no generation");
  return GenerationRef{index_dir + "/" + name, n};
}

Result<StagedGeneration> StagedGeneration::Begin(const std::string& index_dir) {
  StagedGeneration g;
  g.index_dir_ = index_dir;
  std::error_code ec;
  const std::string pid = std::to_string(::getpid());
  if (!fs::exists(index_dir, ec)) {
    g.fresh_dir_ = true;
    g.number_ = 1;
    g.root_ = index_dir + ".staging-" + pid;
    g.gen_dir_ = g.root_ + "/" + GenName(1);
  } else {
    if (!fs::is_directory(index_dir, ec)) return InvalidArgument(index_dir + " is not a directory");
    const bool empty = fs::is_empty(index_dir, ec);
    if (!empty && !fs::exists(index_dir + "/" + kCurrentFile, ec)) {
      return FailedPrecondition(index_dir +
                                " exists and is not a khonha index; refusing to write into it");
    }
    uint64_t max_gen = 0;
    for (const auto& e : fs::directory_iterator(index_dir, ec)) {
      max_gen = std::max(max_gen, GenNumber(e.path().filename().string()));
    }
    g.number_ = max_gen + 1;
    g.root_ = index_dir + "/.staging-" + GenName(g.number_) + "-" + pid;
    g.gen_dir_ = g.root_;
    RemoveAbandonedStaging(index_dir);
  }
  fs::remove_all(g.root_, ec);
  fs::create_directories(g.gen_dir_, ec);
  if (ec) return Internal("cannot create " + g.gen_dir_ + ": " + ec.message());
  return g;
}

StagedGeneration::StagedGeneration(StagedGeneration&& o) noexcept
    : index_dir_(std::move(o.index_dir_)), root_(std::move(o.root_)),
      gen_dir_(std::move(o.gen_dir_)), number_(o.number_), fresh_dir_(o.fresh_dir_),
      published_(o.published_) {
  o.published_ = true;  // the moved-from object owns nothing
}

StagedGeneration::~StagedGeneration() {
  if (!published_ && !root_.empty()) {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }
}

Status StagedGeneration::Publish() {
  std::error_code ec;
  const std::string name = GenName(number_);
  KHONHA_RETURN_IF_ERROR(SyncTree(root_));
  if (fresh_dir_) {
    KHONHA_RETURN_IF_ERROR(WriteCurrent(root_, name));
    fs::rename(root_, index_dir_, ec);
    if (ec) return Internal("cannot move " + root_ + " to " + index_dir_ + ": " + ec.message());
    published_ = true;
    fs::path parent = fs::absolute(index_dir_).parent_path();
    return FsyncPath(parent.string());
  }
  const std::string target = index_dir_ + "/" + name;
  fs::rename(root_, target, ec);
  if (ec) return Internal("cannot move " + root_ + " to " + target + ": " + ec.message());
  published_ = true;
  auto previous = ResolveCurrent(index_dir_);
  KHONHA_RETURN_IF_ERROR(WriteCurrent(index_dir_, name));
  // Keep the new and the previous generation; older ones have no readers left
  // (servers reopen within a request of CURRENT changing).
  const uint64_t keep_from = previous.ok() ? previous->number : number_;
  for (const auto& e : fs::directory_iterator(index_dir_, ec)) {
    uint64_t n = GenNumber(e.path().filename().string());
    if (n != 0 && n < keep_from) fs::remove_all(e.path(), ec);
  }
  return Status::Ok();
}

void RemoveAbandonedStaging(const std::string& index_dir) {
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(index_dir, ec)) {
    const std::string name = e.path().filename().string();
    if (name.rfind(".staging-", 0) != 0) continue;
    long pid = std::atol(name.substr(name.rfind('-') + 1).c_str());
    if (!PidAlive(pid)) fs::remove_all(e.path(), ec);
  }
}

}  // namespace khonha::search
