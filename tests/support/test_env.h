// Test fixtures shared by every test binary: temp dirs, shared data paths,
// building an index from sources.
#pragma once

#include <string>
#include <vector>

namespace khonha::testing {

// The repository root and the build tree (compiled-in by khonha_test()).
std::string SourceDir();
std::string BinaryDir();

// ../shared/data/<rel> beside the checkout, or "" when ../shared is absent.
// Tests that need it GTEST_SKIP() with a message naming the missing path.
std::string SharedData(const std::string& rel);

// The bundled sample catalog (data/sample/catalog.jsonl).
std::string SampleCatalog();

// A fresh directory under $TMPDIR, removed (recursively) on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string Sub(const std::string& name) const { return path_ + "/" + name; }
  // Writes `content` to a file under the directory and returns its path.
  std::string Write(const std::string& name, const std::string& content) const;

 private:
  std::string path_;
};

// Builds an index at index_dir from sources with the real indexer pipeline;
// fails the calling test (ADD_FAILURE) and returns false on error.
bool BuildIndex(const std::vector<std::string>& sources, const std::string& index_dir);

}  // namespace khonha::testing
