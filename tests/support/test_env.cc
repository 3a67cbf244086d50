#include "tests/support/test_env.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "indexer/build_command.h"

namespace khonha::testing {
namespace fs = std::filesystem;

std::string SourceDir() { return KHONHA_SOURCE_DIR; }
std::string BinaryDir() { return KHONHA_BINARY_DIR; }

std::string SharedData(const std::string& rel) {
  const std::string path = SourceDir() + "/../shared/data/" + rel;
  std::error_code ec;
  return fs::exists(path, ec) ? fs::canonical(path).string() : "";
}

std::string SampleCatalog() { return SourceDir() + "/data/sample/catalog.jsonl"; }

TempDir::TempDir() {
  const char* base = std::getenv("TMPDIR");
  std::string templ = std::string(base && *base ? base : "/tmp") + "/khonha-test-XXXXXX";
  char* made = ::mkdtemp(templ.data());
  if (made == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = made;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

std::string TempDir::Write(const std::string& name, const std::string& content) const {
  const std::string p = Sub(name);
  fs::create_directories(fs::path(p).parent_path());
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << content;
  return p;
}

bool BuildIndex(const std::vector<std::string>& sources, const std::string& index_dir) {
  indexer::BuildOptions opts;
  opts.sources = sources;
  opts.index_dir = index_dir;
  std::ostringstream errors;
  auto result = indexer::RunBuild(opts, errors);
  if (!result.ok()) {
    ADD_FAILURE() << "index build failed: " << result.status().ToString() << "\n" << errors.str();
    return false;
  }
  return true;
}

}  // namespace khonha::testing
