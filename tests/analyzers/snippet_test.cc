// Excerpts with highlight ranges (MakeSnippet).
#include "analyzers/snippet.h"

#include <gtest/gtest.h>

namespace khonha::analyzers {
namespace {

class SnippetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto created = Analyzer::Create();
    ASSERT_TRUE(created.ok()) << created.status().ToString();
    analyzer_ = std::move(created).value();
  }
  // The excerpt with highlights shown as [..].
  std::string Marked(std::string_view text, std::vector<std::string> terms, size_t max = 300) {
    SnippetOptions options;
    options.max_bytes = max;
    Snippet s = MakeSnippet(*analyzer_, text, terms, options);
    std::string out = s.cut_before ? "…" : "";
    size_t pos = 0;
    for (const auto& h : s.highlights) {
      out += s.text.substr(pos, h.begin - pos) + "[" + s.text.substr(h.begin, h.end - h.begin) + "]";
      pos = h.end;
    }
    out += s.text.substr(pos);
    if (s.cut_after) out += "…";
    return out;
  }
  std::unique_ptr<Analyzer> analyzer_;
};

TEST_F(SnippetTest, HighlightsWholeWordsAndSubWords) {
  EXPECT_EQ(Marked("ข้อมูลโรงพยาบาลส่งเสริมสุขภาพตำบล", {"สุขภาพ"}),
            "ข้อมูลโรงพยาบาลส่งเสริม[สุขภาพ]ตำบล");
  EXPECT_EQ(Marked("Open Data Portal", {"data"}), "Open [Data] Portal");
}

TEST_F(SnippetTest, NoMatchGivesTheStart) {
  EXPECT_EQ(Marked("ข้อมูล สถิติ ประชากร", {"gdp"}, 22), "ข้อมูล…");
}

TEST_F(SnippetTest, CutsAtWordBoundariesAroundTheMatch) {
  std::string text;
  for (int i = 0; i < 30; ++i) text += "ข้อมูลสถิติ ";
  text += "งบประมาณ";
  for (int i = 0; i < 30; ++i) text += " รายงานประจำปี";
  std::string m = Marked(text, {"งบประมาณ", "งบ", "ประมาณ"}, 120);
  EXPECT_NE(m.find("ประมาณ]"), std::string::npos) << m;
  EXPECT_EQ(m.rfind("…", 0), 0u) << m;  // cut before
  // Every cut is at a word boundary: no broken word at either end.
  EXPECT_TRUE(m.find("…ข้อมูล") != std::string::npos || m.find("…สถิติ") != std::string::npos)
      << m;
  EXPECT_NE(m.find("ปี…"), std::string::npos) << m;
}

}  // namespace
}  // namespace khonha::analyzers
