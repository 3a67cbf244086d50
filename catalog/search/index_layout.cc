#include "catalog/search/index_layout.h"

#include <fcntl.h>
#include <linux/fs.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
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

// Owns a file descriptor.
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

Status FsyncPath(const std::string& path) {
  Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) return Internal("cannot open " + path + " to sync: " + std::strerror(errno));
  if (::fsync(fd.get()) != 0) return Internal("fsync failed on " + path + ": " + std::strerror(errno));
  return Status::Ok();
}

// fsyncs every file below dir, then dir itself (the build wrote with DB_NO_SYNC).
Status SyncTree(const std::string& dir) {
  std::error_code ec;
  for (const auto& e : fs::recursive_directory_iterator(dir, ec)) {
    if (e.is_regular_file() || e.is_directory()) KHONHA_RETURN_IF_ERROR(FsyncPath(e.path().string()));
  }
  if (ec) return Internal("cannot list " + dir + ": " + ec.message());
  return FsyncPath(dir);
}

Status WriteSmallFile(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::trunc);
  out << content;
  out.flush();
  return out ? Status::Ok() : Internal("cannot write " + path);
}

Status WriteCurrent(const std::string& dir, const std::string& gen_name) {
  const std::string tmp = dir + "/CURRENT.tmp";
  KHONHA_RETURN_IF_ERROR(WriteSmallFile(tmp, gen_name + "\n"));
  KHONHA_RETURN_IF_ERROR(FsyncPath(tmp));
  std::error_code ec;
  fs::rename(tmp, dir + "/" + kCurrentFile, ec);
  if (ec) return Internal("cannot publish " + dir + "/CURRENT: " + ec.message());
  return FsyncPath(dir);
}

bool PidAlive(long pid) {
  return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

long PidSuffix(const std::string& name) { return std::atol(name.substr(name.rfind('-') + 1).c_str()); }

// Copies the files of a generation (not its RETIRED marker) into `to`.
// Copies one file as cheaply as the filesystem allows: a reflink (FICLONE:
// shared extents, copy-on-write; XFS, btrfs) when supported, else an
// in-kernel copy_file_range (no user-space buffers; server-side on NFS),
// else fs::copy_file. Then starts the copy's writeback without waiting, so
// that the fsync at publish finds most of it already on disk.
Status CopyOneFile(const fs::path& from, const fs::path& to) {
  Fd in(::open(from.c_str(), O_RDONLY | O_CLOEXEC));
  if (in.get() < 0) return Internal("cannot open " + from.string() + ": " + std::strerror(errno));
  struct stat st {};
  if (::fstat(in.get(), &st) != 0) return Internal("cannot stat " + from.string() + ": " + std::strerror(errno));
  Fd out(::open(to.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, st.st_mode & 07777));
  if (out.get() < 0) return Internal("cannot create " + to.string() + ": " + std::strerror(errno));
  if (::ioctl(out.get(), FICLONE, in.get()) == 0) return Status::Ok();
  off_t done = 0;
  bool in_kernel = true;
  while (done < st.st_size) {
    const ssize_t n = ::copy_file_range(in.get(), nullptr, out.get(), nullptr,
                                        static_cast<size_t>(st.st_size - done), 0);
    if (n > 0) {
      done += n;
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && done == 0 && (errno == ENOSYS || errno == EXDEV || errno == EOPNOTSUPP || errno == EINVAL)) {
      in_kernel = false;
      break;
    }
    if (n == 0) break;  // the source shrank: it is immutable, so this is not expected
    return Internal("cannot copy " + from.string() + ": " + std::strerror(errno));
  }
  if (!in_kernel) {
    std::error_code ec;
    fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec);
    if (ec) return Internal("cannot copy " + from.string() + ": " + ec.message());
    return Status::Ok();
  }
  // Only a hint: durability still comes from the fsync before publishing.
  (void)::sync_file_range(out.get(), 0, 0, SYNC_FILE_RANGE_WRITE);
  return Status::Ok();
}

Status CopyGeneration(const std::string& from, const std::string& to) {
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(from, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    const fs::path rel = fs::relative(it->path(), from, ec);
    if (ec) break;
    if (rel == kRetiredFile || rel.filename() == "flintlock") continue;
    const fs::path target = fs::path(to) / rel;
    if (it->is_directory()) {
      fs::create_directories(target, ec);
    } else if (it->is_regular_file()) {
      KHONHA_RETURN_IF_ERROR(CopyOneFile(it->path(), target));
    }
    if (ec) return Internal("cannot copy " + it->path().string() + ": " + ec.message());
  }
  if (ec) return Internal("cannot copy generation " + from + ": " + ec.message());
  return Status::Ok();
}

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

// ---- WriterLock ----

Result<WriterLock> WriterLock::Acquire(const std::string& index_dir, const WriterLockOptions& options) {
  std::error_code ec;
  const bool exists = fs::is_directory(index_dir, ec);
  std::string path;
  int fd = -1;
  if (exists) {
    path = index_dir + "/" + kLockFile;
    fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  } else {
    // DIR appears only when its first build publishes: lock its parent.
    fs::path parent = fs::absolute(index_dir, ec).parent_path();
    path = parent.string();
    fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  }
  if (fd < 0) return Internal("cannot open the lock " + path + ": " + std::strerror(errno));
  WriterLock lock(fd);
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK) return Internal("cannot lock " + path + ": " + std::strerror(errno));
    std::string holder;
    if (exists) {
      char buf[32] = {};
      if (::pread(fd, buf, sizeof buf - 1, 0) > 0) holder = std::to_string(std::atol(buf));
    }
    if (!options.wait) {
      return Unavailable("another khonha-indexer" + (holder.empty() ? "" : " (pid " + holder + ")") +
                         " is writing " + index_dir +
                         "; try again when it has finished, or pass --wait");
    }
    while (::flock(fd, LOCK_EX) != 0) {
      if (errno != EINTR) return Internal("cannot lock " + path + ": " + std::strerror(errno));
    }
  }
  if (exists) {
    // The holder's pid, for the message another writer prints.
    const std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.data(), pid.size(), 0) < 0) {
      // Only informational; the flock is what excludes other writers.
    }
  } else if (fs::is_directory(index_dir, ec)) {
    // Another first build published DIR while we waited: lock DIR itself.
    return Acquire(index_dir, options);
  }
  return lock;
}

WriterLock::~WriterLock() {
  if (fd_ >= 0) ::close(fd_);  // closing releases the flock
}

// ---- StagedGeneration ----

Result<StagedGeneration> StagedGeneration::Begin(const std::string& index_dir) {
  StagedGeneration g;
  g.index_dir_ = index_dir;
  std::error_code ec;
  const std::string pid = std::to_string(::getpid());
  if (!fs::exists(index_dir, ec)) {
    // Leftovers of first builds of this DIR that died.
    const fs::path abs = fs::absolute(index_dir, ec);
    const std::string prefix = abs.filename().string() + ".staging-";
    for (const auto& e : fs::directory_iterator(abs.parent_path(), ec)) {
      const std::string name = e.path().filename().string();
      if (name.rfind(prefix, 0) == 0 && !PidAlive(PidSuffix(name))) fs::remove_all(e.path(), ec);
    }
    g.fresh_dir_ = true;
    g.number_ = 1;
    g.root_ = index_dir + ".staging-" + pid;
    g.gen_dir_ = g.root_ + "/" + GenName(1);
  } else {
    if (!fs::is_directory(index_dir, ec)) return InvalidArgument(index_dir + " is not a directory");
    bool has_other = false;
    for (const auto& e : fs::directory_iterator(index_dir, ec)) {
      if (e.path().filename() != kLockFile) has_other = true;
    }
    if (has_other && !fs::exists(index_dir + "/" + kCurrentFile, ec)) {
      return FailedPrecondition(index_dir +
                                " exists and is not a khonha index; refusing to write into it");
    }
    RemoveAbandonedStaging(index_dir);
    auto current = ResolveCurrent(index_dir);
    if (current.ok()) g.base_number_ = current->number;
    uint64_t max_gen = 0;
    for (const auto& e : fs::directory_iterator(index_dir, ec)) {
      max_gen = std::max(max_gen, GenNumber(e.path().filename().string()));
    }
    g.number_ = max_gen + 1;
    g.root_ = index_dir + "/.staging-" + GenName(g.number_) + "-" + pid;
    g.gen_dir_ = g.root_;
  }
  fs::remove_all(g.root_, ec);
  fs::create_directories(g.gen_dir_, ec);
  if (ec) return Internal("cannot create " + g.gen_dir_ + ": " + ec.message());
  return g;
}

Result<StagedGeneration> StagedGeneration::BeginCopy(const std::string& index_dir) {
  auto current = ResolveCurrent(index_dir);
  if (!current.ok()) return current.status();
  auto g = Begin(index_dir);
  if (!g.ok()) return g.status();
  KHONHA_RETURN_IF_ERROR(CopyGeneration(current->path, g->dir()));
  g->base_number_ = current->number;
  return g;
}

StagedGeneration::StagedGeneration(StagedGeneration&& o) noexcept
    : index_dir_(std::move(o.index_dir_)), root_(std::move(o.root_)),
      gen_dir_(std::move(o.gen_dir_)), number_(o.number_), base_number_(o.base_number_),
      fresh_dir_(o.fresh_dir_), published_(o.published_) {
  o.published_ = true;  // the moved-from object owns nothing
}

StagedGeneration::~StagedGeneration() {
  if (!published_ && !root_.empty()) {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }
}

Status StagedGeneration::Publish(const PublishOptions& options) {
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
  Status written = WriteCurrent(index_dir_, name);
  if (!written.ok()) {
    fs::remove_all(target, ec);  // never leave an unpublished gen-N behind
    return written;
  }
  if (previous.ok()) {
    // Best effort: a missing marker only delays the removal by one publish.
    (void)WriteSmallFile(previous->path + "/" + kRetiredFile, "retired\n");
  }
  RemoveRetiredGenerations(index_dir_, options.retire_grace);
  return Status::Ok();
}

void RemoveAbandonedStaging(const std::string& index_dir) {
  std::error_code ec;
  auto current = ResolveCurrent(index_dir);
  for (const auto& e : fs::directory_iterator(index_dir, ec)) {
    const std::string name = e.path().filename().string();
    if (name.rfind(".staging-", 0) == 0) {
      if (!PidAlive(PidSuffix(name))) fs::remove_all(e.path(), ec);
    } else if (current.ok() && GenNumber(name) > current->number) {
      fs::remove_all(e.path(), ec);  // renamed, but CURRENT never named it
    }
  }
}

void RemoveRetiredGenerations(const std::string& index_dir, std::chrono::seconds grace) {
  auto current = ResolveCurrent(index_dir);
  if (!current.ok()) return;
  std::error_code ec;
  const auto now = fs::file_time_type::clock::now();
  for (const auto& e : fs::directory_iterator(index_dir, ec)) {
    const uint64_t n = GenNumber(e.path().filename().string());
    if (n == 0 || n >= current->number) continue;
    const std::string marker = e.path().string() + "/" + kRetiredFile;
    std::error_code mec;
    const auto retired_at = fs::last_write_time(marker, mec);
    if (mec) {
      (void)WriteSmallFile(marker, "retired\n");
      if (grace.count() > 0) continue;
    } else if (now - retired_at < grace) {
      continue;
    }
    fs::remove_all(e.path(), ec);
  }
}

uint64_t DiskUsage(const std::string& path) {
  uint64_t total = 0;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    std::error_code sec;
    if (it->is_regular_file(sec)) total += it->file_size(sec);
  }
  return total;
}

}  // namespace khonha::search
