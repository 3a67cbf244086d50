// Where an index lives on disk, who may write it, and how a new generation is
// published.
//
//   DIR/CURRENT          one line: the live generation's directory name
//   DIR/gen-000007/      one generation: xapian/ (glass database), meta.json,
//                        organizations.jsonl, groups.jsonl, licenses.jsonl,
//                        quality.json (the validation report of its records)
//   DIR/gen-000006/RETIRED  marker: when gen 6 stopped being current
//   DIR/.staging-…       a generation being built (removed if the build fails)
//   DIR/.lock            the single-writer lock (flock) and the writer's pid
//
// Publishing renames a finished staging directory to gen-N and then replaces
// CURRENT atomically (write CURRENT.tmp, fsync, rename). Readers that resolve
// CURRENT see either the old or the new generation, never a partial one.
// When DIR does not exist yet, the whole of DIR is built beside it
// (DIR.staging-…) and renamed into place, so DIR only appears once complete.
//
// Generations are immutable once published; an incremental update copies the
// live generation into a new staging directory (BeginCopy), changes the copy
// and publishes it like a full build. A superseded generation is removed only
// after it has been retired for `retire_grace` (servers switch within a poll
// interval and every request is bounded in time, so nothing reads it then).
//
// A writer that dies (kill -9, power loss) leaves only a staging directory or
// an unpublished gen-N newer than CURRENT; the next writer removes both.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "catalog/base/status.h"

namespace khonha::search {

inline constexpr const char* kCurrentFile = "CURRENT";
inline constexpr const char* kXapianSubdir = "xapian";
inline constexpr const char* kMetaFile = "meta.json";
inline constexpr const char* kOrganizationsFile = "organizations.jsonl";
inline constexpr const char* kGroupsFile = "groups.jsonl";
inline constexpr const char* kLicensesFile = "licenses.jsonl";
inline constexpr const char* kQualityFile = "quality.json";
inline constexpr const char* kLockFile = ".lock";
inline constexpr const char* kRetiredFile = "RETIRED";

// The live generation of index_dir: its directory path and number.
struct GenerationRef {
  std::string path;     // "DIR/gen-000007"
  uint64_t number = 0;  // 7
};
Result<GenerationRef> ResolveCurrent(const std::string& index_dir);

struct WriterLockOptions {
  bool wait = false;  // block until the other writer finishes (default: fail at once)
};

// The single-writer lock of an index directory: an exclusive flock on
// DIR/.lock (or, before DIR exists, on its parent directory). Released when
// destroyed or when the process dies, so a killed writer never leaves a stale
// lock. Move-only RAII; not thread-safe.
class WriterLock {
 public:
  // Unavailable (with the other writer's pid when known) if the index is
  // being written and options.wait is false.
  static Result<WriterLock> Acquire(const std::string& index_dir,
                                    const WriterLockOptions& options = {});
  WriterLock(WriterLock&& o) noexcept : fd_(o.fd_) { o.fd_ = -1; }
  WriterLock& operator=(WriterLock&&) = delete;
  WriterLock(const WriterLock&) = delete;
  ~WriterLock();

 private:
  explicit WriterLock(int fd) : fd_(fd) {}
  int fd_ = -1;
};

struct PublishOptions {
  // How long a superseded generation stays on disk for readers still using it.
  std::chrono::seconds retire_grace{10};
};

// A generation being built. Not thread-safe. If destroyed unpublished, the
// staging directory is removed: a failed build never touches the live index.
// The caller must hold the index's WriterLock from Begin until Publish.
class StagedGeneration {
 public:
  // Creates an empty staging directory. Fails if DIR exists and is not a
  // khonha index. Removes what earlier writers that died left behind.
  static Result<StagedGeneration> Begin(const std::string& index_dir);
  // Creates a staging directory holding a copy of the live generation
  // (database and side files), for an incremental update. FailedPrecondition
  // when DIR has no index yet.
  static Result<StagedGeneration> BeginCopy(const std::string& index_dir);
  StagedGeneration(StagedGeneration&&) noexcept;
  StagedGeneration& operator=(StagedGeneration&&) = delete;
  StagedGeneration(const StagedGeneration&) = delete;
  ~StagedGeneration();

  const std::string& dir() const { return gen_dir_; }  // write the generation here
  uint64_t number() const { return number_; }
  // The generation this one replaces (0 when DIR is new).
  uint64_t base_number() const { return base_number_; }

  // Makes this generation the live one, retires the one it replaces and
  // removes generations retired longer than options.retire_grace ago.
  Status Publish(const PublishOptions& options = {});

 private:
  StagedGeneration() = default;
  std::string index_dir_;
  std::string root_;     // staging root: DIR.staging-… (fresh DIR) or DIR/.staging-…
  std::string gen_dir_;  // where the generation is written
  uint64_t number_ = 0;
  uint64_t base_number_ = 0;
  bool fresh_dir_ = false;
  bool published_ = false;
};

// Removes staging directories left by writers that died (their pid is gone)
// and generations newer than CURRENT (renamed but never published).
void RemoveAbandonedStaging(const std::string& index_dir);

// Removes superseded generations retired at least `grace` ago; marks those
// that are not yet marked as retired now. Never touches CURRENT's generation.
void RemoveRetiredGenerations(const std::string& index_dir, std::chrono::seconds grace);

// Total size in bytes of the regular files below path.
uint64_t DiskUsage(const std::string& path);

}  // namespace khonha::search
