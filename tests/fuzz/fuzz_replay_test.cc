// Replays each fuzz target's saved corpus, then a bounded deterministic
// mutation of it, as an ordinary test (the sanitizer build makes it strict).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "tests/fuzz/fuzz_targets.h"

namespace khonha::fuzz {
namespace {

namespace fs = std::filesystem;
using Target = void (*)(const uint8_t*, size_t);

std::vector<std::string> Corpus(const std::string& name) {
  std::vector<std::string> out;
  const fs::path dir = fs::path(KHONHA_SOURCE_DIR) / "tests/fuzz/corpus" / name;
  for (const auto& e : fs::directory_iterator(dir)) {
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    out.push_back(ss.str());
  }
  return out;
}

// Byte flips, insertions of syntax characters, truncations and splices.
std::string Mutate(const std::vector<std::string>& corpus, std::mt19937& rng) {
  static const std::string kAlphabet = "()[]{}\":*?\\+-!&|^~ /,ก่ำ\xE0\xB8\xFF\x00TOANDORNOT{}";
  std::string s = corpus[rng() % corpus.size()];
  const int edits = 1 + static_cast<int>(rng() % 4);
  for (int i = 0; i < edits; ++i) {
    const size_t pos = s.empty() ? 0 : rng() % (s.size() + 1);
    switch (rng() % 5) {
      case 0: if (!s.empty() && pos < s.size()) s[pos] = static_cast<char>(rng()); break;
      case 1: s.insert(pos, 1, kAlphabet[rng() % kAlphabet.size()]); break;
      case 2: s.resize(pos); break;
      case 3: s.insert(pos, corpus[rng() % corpus.size()]); break;
      case 4: if (pos < s.size()) s.erase(pos, 1 + rng() % 8); break;
    }
  }
  return s;
}

void Replay(const std::string& name, Target target, int mutations) {
  auto corpus = Corpus(name);
  ASSERT_FALSE(corpus.empty()) << "no corpus for " << name;
  for (const auto& input : corpus) target(reinterpret_cast<const uint8_t*>(input.data()), input.size());
  std::mt19937 rng(20261122);
  for (int i = 0; i < mutations; ++i) {
    std::string input = Mutate(corpus, rng);
    target(reinterpret_cast<const uint8_t*>(input.data()), input.size());
  }
}

TEST(FuzzReplay, QueryParserSurvivesCorpusAndMutations) { Replay("query", QueryParserTarget, 20000); }
TEST(FuzzReplay, PackageCodecSurvivesCorpusAndMutations) { Replay("package", PackageCodecTarget, 5000); }
TEST(FuzzReplay, FormDecodingSurvivesCorpusAndMutations) { Replay("form", FormDecodeTarget, 20000); }
TEST(FuzzReplay, SourceReaderSurvivesCorpusAndMutations) { Replay("package", SourceReaderTarget, 300); }
TEST(FuzzReplay, CsvReaderSurvivesCorpusAndMutations) { Replay("csv", CsvReaderTarget, 5000); }
TEST(FuzzReplay, DcatReaderSurvivesCorpusAndMutations) { Replay("dcat", DcatReaderTarget, 5000); }

}  // namespace
}  // namespace khonha::fuzz
