// The lexicon's word lookups (hash table), prefix walks (trie) and the
// curated-word walk (small trie of built-in and extra words).
#include "analyzers/lexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace khonha::analyzers {
namespace {

TEST(LexiconTest, LooksUpWholeWordsOnly) {
  auto lexicon = Lexicon::FromWords({"ข้อมูล", "ข้อ", "สถิติ", "กรุงเทพมหานคร"});
  struct Case {
    const char* word;
    bool known;
  } const cases[] = {
      {"ข้อมูล", true}, {"ข้อ", true}, {"สถิติ", true},      {"กรุงเทพมหานคร", true}, {"ข้อม", false},
      {"มูล", false},  {"", false},  {"ข้อมูลสถิติ", false}, {"data", false},
  };
  for (const Case& c : cases) EXPECT_EQ(lexicon->Contains(c.word), c.known) << c.word;
  EXPECT_EQ(lexicon->size(), 4u);
}

TEST(LexiconTest, PrefixLengthsListEveryWordStartingAtAPosition) {
  auto lexicon = Lexicon::FromWords({"ข้อ", "ข้อมูล", "มูล"});
  std::string text = "ข้อมูลสถิติ";
  std::vector<uint32_t> lengths;
  lexicon->PrefixLengths(text, 0, text.size(), &lengths);
  EXPECT_EQ(lengths, (std::vector<uint32_t>{9, 18}));  // ข้อ, ข้อมูล
  lengths.clear();
  lexicon->PrefixLengths(text, 0, 12, &lengths);  // the range ends inside ข้อมูล
  EXPECT_EQ(lengths, (std::vector<uint32_t>{9}));
}

TEST(LexiconTest, StrongerSourcesWinAndCuratedWalkSeesOnlyThem) {
  LexiconOptions options;
  options.hunspell_dic = "none";
  options.builtin_words = false;
  options.extra_words = {"ฟรุ้งฟริ้งแลนด์"};
  auto created = Lexicon::Create(options);
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  const Lexicon& lexicon = **created;
  EXPECT_EQ(lexicon.Lookup("ฟรุ้งฟริ้งแลนด์"), WordSource::kExtra);
  std::string text = "ฟรุ้งฟริ้งแลนด์ไทย";
  const uint32_t word = static_cast<uint32_t>(std::string("ฟรุ้งฟริ้งแลนด์").size());
  const uint32_t ends[] = {6, word, static_cast<uint32_t>(text.size())};
  EXPECT_EQ(lexicon.LongestPrefixAt(text, 0, text.size(), WordSource::kBuiltin, ends, 3), word);
  const uint32_t short_ends[] = {6};
  EXPECT_EQ(lexicon.LongestPrefixAt(text, 0, text.size(), WordSource::kBuiltin, short_ends, 1), 0u);
}

TEST(LexiconTest, DefaultListsKnowHunspellAndBuiltinWords) {
  auto created = Lexicon::Create({});
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  EXPECT_EQ((*created)->Lookup("เชียงใหม่"), WordSource::kBuiltin);
  EXPECT_EQ((*created)->Lookup("ตัวเอง"), WordSource::kBuiltin);
  EXPECT_FALSE((*created)->Contains("เสริมสุข"));
  if ((*created)->size() < 50000) GTEST_SKIP() << "hunspell-th not installed";
  EXPECT_EQ((*created)->Lookup("สวยงาม"), WordSource::kGeneral);
}

}  // namespace
}  // namespace khonha::analyzers
