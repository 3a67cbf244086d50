// The Thai cluster-pair recall fallback (ThaiClusterGrams), table-driven.
#include "analyzers/cluster_grams.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace khonha::analyzers {
namespace {

// Grams as "text@position" joined with ' '.
std::string Grams(std::string_view text, uint32_t first_position = 0,
                  uint32_t* next_position = nullptr) {
  std::vector<ClusterGram> grams;
  uint32_t next = ThaiClusterGrams(text, first_position, &grams);
  if (next_position != nullptr) *next_position = next;
  std::string out;
  for (const ClusterGram& g : grams) {
    if (!out.empty()) out += ' ';
    out += std::string(text.substr(g.begin, g.end - g.begin)) + "@" + std::to_string(g.position);
  }
  return out;
}

struct Case {
  const char* text;
  const char* grams;
};

TEST(ClusterGramsTest, PairsOfClustersThenTheLastClusterAlone) {
  const Case cases[] = {
      {"", ""},
      {"ก", "ก@0"},
      {"ไทย", "ไทย@0 ย@1"},  // ไท is one cluster: a leading vowel stays
      {"ผลกระทบ", "ผล@0 ลก@1 กระ@2 ระท@3 ทบ@4 บ@5"},
      {"น้ำ", "น้ำ@0"},    // one cluster: marks stay with it
      {"เมื่อ", "เมื่อ@0"},  // เ◌ือ with its tone mark is one cluster
  };
  for (const Case& c : cases) EXPECT_EQ(Grams(c.text), c.grams) << c.text;
}

TEST(ClusterGramsTest, NonThaiTextEndsARunAndGetsNoGrams) {
  const Case cases[] = {
      {"GDP 2566", ""},
      {"ปี2566", "ปี@0"},
      {"ข้อมูลGDP", "ข้อ@0 อมู@1 มูล@2 ล@3"},
  };
  for (const Case& c : cases) EXPECT_EQ(Grams(c.text), c.grams) << c.text;
}

TEST(ClusterGramsTest, RunsAreSeparatedByAPositionGapSoPhrasesNeverSpanThem) {
  uint32_t next = 0;
  EXPECT_EQ(Grams("ไทย ไทย", 10, &next), "ไทย@10 ย@11 ไทย@14 ย@15");
  EXPECT_EQ(next, 18u);
  EXPECT_EQ(Grams("", 7, &next), "");
  EXPECT_EQ(next, 7u);
}

TEST(ClusterGramsTest, OverlongGramsAreSkippedButKeepTheirPosition) {
  // A consonant followed by 20 stray tone marks: one 63-byte cluster.
  std::string junk = "ก";
  for (int i = 0; i < 20; ++i) junk += "\u0E48";
  ASSERT_GT(junk.size(), kMaxClusterGramBytes);
  EXPECT_EQ(Grams(junk + "ขค"), "ขค@1 ค@2");
}

// The contract the index relies on: a query's cluster pairs occur at
// consecutive positions in a text exactly when the text contains the query
// starting on a cluster boundary, however the words were segmented.
TEST(ClusterGramsTest, ContainedWordMatchesAsAPhraseOfPairs) {
  auto pairs = [](std::string_view text) {
    std::vector<ClusterGram> grams;
    ThaiClusterGrams(text, 0, &grams);
    std::vector<std::string> out;
    for (const ClusterGram& g : grams) out.emplace_back(text.substr(g.begin, g.end - g.begin));
    return out;
  };
  auto contains_phrase = [&](std::string_view text, std::string_view query) {
    std::vector<std::string> t = pairs(text), q = pairs(query);
    if (q.size() > 1) q.pop_back();  // the query's last cluster alone is a prefix term
    for (size_t i = 0; i + q.size() <= t.size(); ++i) {
      if (std::equal(q.begin(), q.end(), t.begin() + static_cast<std::ptrdiff_t>(i))) {
        return true;
      }
    }
    return false;
  };
  struct PhraseCase {
    const char* text;
    const char* query;
    bool found;
  };
  const PhraseCase cases[] = {
      {"ผลกระทบจากน้ำท่วม", "กระทบ", true},   {"โรงพยาบาลส่งเสริมสุขภาพตำบล", "สุขภาพ", true},
      {"ปีงบประมาณ 2566", "งบประมาณ", true}, {"โรงเรียนและงาน", "โรงงาน", false},
      {"ประเทศไทย", "ไทยแลนด์", false},
  };
  for (const PhraseCase& c : cases) {
    EXPECT_EQ(contains_phrase(c.text, c.query), c.found) << c.text << " / " << c.query;
  }
}

}  // namespace
}  // namespace khonha::analyzers
