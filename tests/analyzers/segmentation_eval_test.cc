// Segmentation quality on the gold sets in ../shared/data/thai-seg, with
// floors that guard against regressions (targets: docs/analyzers.md), and
// the scoring arithmetic itself.
#include "analyzers/segmentation_eval.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace khonha::analyzers {
namespace {

const std::filesystem::path kGoldDir =
    std::filesystem::path(KHONHA_SOURCE_DIR) / ".." / "shared" / "data" / "thai-seg";

TEST(ScoreSampleTest, CountsMatchingSpansAndWordStarts) {
  // gold: ab|c|de   predicted: ab|cde  → 1 of 2 predicted words right.
  auto c = ScoreSample({"ab", "c", "de"}, {"ab", "cde"});
  EXPECT_EQ(c.word_true_positive, 1u);
  EXPECT_EQ(c.word_predicted, 2u);
  EXPECT_EQ(c.word_gold, 3u);
  EXPECT_EQ(c.char_true_positive, 2u);  // starts at 0 and 2
  EXPECT_DOUBLE_EQ(c.WordPrecision(), 0.5);
  EXPECT_DOUBLE_EQ(c.CharRecall(), 2.0 / 3.0);
}

TEST(ScoreSampleTest, SkipsSamplesWhoseTextDiffers) {
  auto c = ScoreSample({"ab"}, {"ac"});
  EXPECT_EQ(c.skipped, 1u);
  EXPECT_EQ(c.word_gold, 0u);
}

struct GoldCase {
  const char* file;
  double min_word_f1;  // regression floor (measured value minus a little)
  double min_char_f1;
};

class GoldSetTest : public ::testing::TestWithParam<GoldCase> {};

TEST_P(GoldSetTest, WordF1StaysAboveFloor) {
  const GoldCase& gc = GetParam();
  std::filesystem::path path = kGoldDir / gc.file;
  if (!std::filesystem::exists(path)) {
    GTEST_SKIP() << "gold file " << path << " not present (../shared/data/thai-seg)";
  }
  auto analyzer = Analyzer::Create();
  ASSERT_TRUE(analyzer.ok()) << analyzer.status().ToString();
  std::ifstream in(path);
  SegmentationCounts c = EvaluateSegmentation(**analyzer, in);
  RecordProperty("word_f1", std::to_string(c.WordF1()));
  EXPECT_GE(c.WordF1(), gc.min_word_f1) << gc.file;
  EXPECT_GE(c.CharF1(), gc.min_char_f1) << gc.file;
  EXPECT_LE(c.skipped * 50, c.lines) << "too many lines did not line up";
}

INSTANTIATE_TEST_SUITE_P(ThaiSeg, GoldSetTest,
                         ::testing::Values(GoldCase{"wisesight-1000.ref", 0.856, 0.939},
                                           GoldCase{"ud-thai-tud-test.ref", 0.862, 0.944},
                                           GoldCase{"twitter-41.ref", 0.755, 0.900}),
                         [](const auto& info) {
                           std::string name = info.param.file;
                           name = name.substr(0, name.find('.'));
                           for (char& ch : name) {
                             if (ch == '-') ch = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace khonha::analyzers
