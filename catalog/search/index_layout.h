// Where an index lives on disk and how a new generation is published.
//
//   DIR/CURRENT          one line: the live generation's directory name
//   DIR/gen-000007/      one generation: xapian/ (glass database), meta.json,
//                        organizations.jsonl, groups.jsonl, licenses.jsonl
//   DIR/.staging-…       a generation being built (removed if the build fails)
//
// Publishing renames a finished staging directory to gen-N and then replaces
// CURRENT atomically (write CURRENT.tmp, fsync, rename). Readers that resolve
// CURRENT see either the old or the new generation, never a partial one.
// When DIR does not exist yet, the whole of DIR is built beside it
// (DIR.staging-…) and renamed into place, so DIR only appears once complete.
#pragma once

#include <string>

#include "catalog/base/status.h"

namespace khonha::search {

inline constexpr const char* kCurrentFile = "CURRENT";
inline constexpr const char* kXapianSubdir = "xapian";
inline constexpr const char* kMetaFile = "meta.json";
inline constexpr const char* kOrganizationsFile = "organizations.jsonl";
inline constexpr const char* kGroupsFile = "groups.jsonl";
inline constexpr const char* kLicensesFile = "licenses.jsonl";

// The live generation of index_dir: its directory path and number.
struct GenerationRef {
  std::string path;     // "DIR/gen-000007"
  uint64_t number = 0;  // 7
};
Result<GenerationRef> ResolveCurrent(const std::string& index_dir);

// A generation being built. Not thread-safe. If destroyed unpublished, the
// staging directory is removed: a failed build never touches the live index.
class StagedGeneration {
 public:
  // Creates the staging directory. Fails if DIR exists and is not a khonha index.
  static Result<StagedGeneration> Begin(const std::string& index_dir);
  StagedGeneration(StagedGeneration&&) noexcept;
  StagedGeneration& operator=(StagedGeneration&&) = delete;
  StagedGeneration(const StagedGeneration&) = delete;
  ~StagedGeneration();

  const std::string& dir() const { return gen_dir_; }  // write the generation here
  uint64_t number() const { return number_; }

  // Makes this generation the live one, then removes generations older than
  // the one it replaces (that one is kept for readers still using it).
  Status Publish();

 private:
  StagedGeneration() = default;
  std::string index_dir_;
  std::string root_;     // staging root: DIR.staging-… (fresh DIR) or DIR/.staging-…
  std::string gen_dir_;  // where the generation is written
  uint64_t number_ = 0;
  bool fresh_dir_ = false;
  bool published_ = false;
};

// Removes staging directories left by builds that died (their pid is gone).
void RemoveAbandonedStaging(const std::string& index_dir);

}  // namespace khonha::search
