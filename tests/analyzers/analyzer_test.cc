// Behaviour of the whole analysis pipeline (Analyzer), table-driven.
#include "analyzers/analyzer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace khonha::analyzers {
namespace {

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += "|";
    out += p;
  }
  return out;
}

class AnalyzerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto created = Analyzer::Create();
    ASSERT_TRUE(created.ok()) << created.status().ToString();
    analyzer_ = std::move(created).value();
  }
  // Words (non-sub-word tokens) joined with '|'.
  std::string Words(std::string_view text) {
    std::vector<std::string> words;
    for (const Token& t : analyzer_->Analyze(text)) {
      if (!t.subword) words.push_back(t.text);
    }
    return Join(words);
  }
  std::vector<std::string> SubWords(std::string_view text) {
    std::vector<std::string> out;
    for (const Token& t : analyzer_->Analyze(text)) {
      if (t.subword) out.push_back(t.text);
    }
    return out;
  }
  std::unique_ptr<Analyzer> analyzer_;
};

struct Case {
  const char* input;
  const char* expected;
};

TEST_F(AnalyzerTest, NormalizeRemovesZeroWidthAndSoftHyphen) {
  const Case cases[] = {
      {"ข้อ\u200Bมูล", "ข้อมูล"},
      {"data\u00ADset", "dataset"},
      {"\uFEFFสถิติ\u2060", "สถิติ"},
      {"a\u200C\u200Db", "ab"},
  };
  for (const Case& c : cases) EXPECT_EQ(analyzer_->Normalize(c.input), c.expected) << c.input;
}

TEST_F(AnalyzerTest, NormalizeRepairsInvalidUtf8AndAppliesNfc) {
  EXPECT_EQ(analyzer_->Normalize("a\xFF" "b"), "a\uFFFDb");
  EXPECT_EQ(analyzer_->Normalize("e\u0301"), "\u00E9");
}

TEST_F(AnalyzerTest, NormalizeRepairsPdfDamage) {
  const Case cases[] = {
      {"ท า", "ทำ"},              // detached SARA AM
      {"ทํา", "ทำ"},              // NIKHAHIT + SARA AA
      {"นํ้า", "น้ำ"},             // NIKHAHIT before the tone mark
      {"ที่่", "ที่"},              // duplicated tone mark
      {"ก่ี", "กี่"},              // tone mark before the vowel
      {"กี่ี", "กี่"},              // vowel repeated across the tone mark
      {"ที่นี่ น้ำ เมื่อ", "ที่นี่ น้ำ เมื่อ"},  // vowel + tone (storage order) untouched
      {"คุณภาพ", "คุณภาพ"},       // healthy text unchanged
      {"ข้อมูล สถิติ", "ข้อมูล สถิติ"},
  };
  for (const Case& c : cases) EXPECT_EQ(analyzer_->Normalize(c.input), c.expected) << c.input;
}

TEST_F(AnalyzerTest, NormalizeIsNfcNeverNfkcSoSaraAmSurvives) {
  // NFKC would decompose SARA AM (ำ → ํ + า) and break ICU's dictionary.
  for (const char* text : {"ทำ", "น้ำ", "กำหนด"}) {
    EXPECT_EQ(analyzer_->Normalize(text), text);
    EXPECT_EQ(Words(text), text);  // folding does not NFKC Thai either
  }
}

TEST_F(AnalyzerTest, SegmentsConcatenateToNormalizedText) {
  const char* inputs[] = {
      "ข้อมูลGDPรายจังหวัด ปี2566",
      "  tabs\tand\nnewlines ",
      "ททท.ประจำ พ.ศ. 2566 กรุงเทพฯ ต่างๆ ฯลฯ",
      "emoji 😰😰 and ภาษาไทย!!",
      "ท า ข\u200Bอง",
      "",
  };
  for (const char* in : inputs) {
    std::string joined;
    for (const auto& s : analyzer_->Segment(in)) joined += s;
    EXPECT_EQ(joined, analyzer_->Normalize(in)) << in;
  }
}

TEST_F(AnalyzerTest, WhitespaceCharactersAreSingleSegments) {
  EXPECT_EQ(Join(analyzer_->Segment("a  b\t")), "a| | |b|\t");
}

TEST_F(AnalyzerTest, BreaksAtThaiLatinAndDigitTransitions) {
  const Case cases[] = {
      {"ข้อมูลGDPรายจังหวัด", "ข้อมูล|gdp|ราย|จังหวัด"},
      {"ปี2566", "ปี|2566"},
      {"ปี๒๕๖๖", "ปี|2566"},
  };
  for (const Case& c : cases) EXPECT_EQ(Words(c.input), c.expected) << c.input;
}

TEST_F(AnalyzerTest, KeepsEnglishWordsNumbersAndVersions) {
  const Case cases[] = {
      {"PM2.5", "pm2.5"},
      {"COVID-19", "covid-19"},
      {"2023-01-05", "2023-01-05"},
      {"2023-01-05T10:30:00Z", "2023-01-05t10:30:00z"},
      {"1,234.50 baht", "1,234.50|baht"},
      {"Open Data, v1.2.3!", "open|data|v1.2.3"},
      {"ＡＢＣ", "abc"},
      {"Straße", "strasse"},
  };
  for (const Case& c : cases) EXPECT_EQ(Words(c.input), c.expected) << c.input;
}

TEST_F(AnalyzerTest, HyphenatedWordsEmitTheirPartsAsSubWords) {
  EXPECT_EQ(SubWords("COVID-19"), (std::vector<std::string>{"covid", "19"}));
}

TEST_F(AnalyzerTest, ThaiAbbreviationsAreUnitsSplitFromTheNextWord) {
  const Case cases[] = {
      {"พ.ศ. 2566", "พ.ศ.|2566"},
      {"ททท.ประจำ", "ททท.|ประจำ"},
      {"พ.ร.บ.อาวุธ", "พ.ร.บ.|อาวุธ"},
      {"จ.นครนายก", "จ.|นครนายก"},
  };
  for (const Case& c : cases) EXPECT_EQ(Words(c.input), c.expected) << c.input;
}

TEST_F(AnalyzerTest, MaiYamokIsNotIndexedAndPaiyannoiStaysWithItsWord) {
  const Case cases[] = {
      {"ต่างๆ", "ต่าง"},
      {"กรุงเทพฯ", "กรุงเทพ"},
      {"ฯลฯ", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Words(c.input), c.expected) << c.input;
}

TEST_F(AnalyzerTest, CompoundsAreFoundByTheirDictionaryParts) {
  const Case cases[] = {
      {"ประเทศไทย", "ไทย"},
      {"กรุงเทพมหานคร", "กรุงเทพ"},
      {"โรงพยาบาลส่งเสริมสุขภาพตำบล", "สุขภาพ"},
      {"ปีงบประมาณ", "งบประมาณ"},
      {"ผลกระทบ", "กระทบ"},
  };
  for (const Case& c : cases) {
    auto subs = SubWords(c.input);
    EXPECT_NE(std::find(subs.begin(), subs.end(), c.expected), subs.end()) << c.input;
    EXPECT_LE(subs.size(), 12u) << c.input;
  }
}

TEST_F(AnalyzerTest, LexiconCorrectsIcuAndKeepsPhrasesApart) {
  const Case cases[] = {
      {"ผลกระทบ", "ผลกระทบ"},           // ICU: ผลก|ระ|ทบ
      {"ไม่มีข้อมูล", "ไม่|มี|ข้อมูล"},     // negation is its own word
      {"สุดดดด", "สุดดดด"},             // elongation stays with its word
  };
  for (const Case& c : cases) EXPECT_EQ(Words(c.input), c.expected) << c.input;
}

TEST_F(AnalyzerTest, AgencyAbbreviationsAndProvincesAreWords) {
  const Case cases[] = {
      {"กฟภ", "กฟภ"},
      {"ข้อมูลจาก ททท", "ข้อมูล|จาก|ททท"},
      {"ดาวน์โหลดข้อมูลกฟภ", "ดาวน์โหลด|ข้อมูล|กฟภ"},
      {"สพฐ.รายงาน", "สพฐ.|รายงาน"},
      {"จังหวัดเชียงใหม่", "จังหวัด|เชียงใหม่"},
      {"จังหวัดพระนครศรีอยุธยา", "จังหวัด|พระนครศรีอยุธยา"},
  };
  for (const Case& c : cases) EXPECT_EQ(Words(c.input), c.expected) << c.input;
}

TEST_F(AnalyzerTest, LexiconCorrectsIcuInsideCompounds) {
  // ICU alone: ส่ง|เสริมสุข|ภาพ. The lexicon keeps the compound whole and
  // its real parts become sub-words; ICU's "เสริมสุข" never appears.
  EXPECT_EQ(Words("ส่งเสริมสุขภาพ"), "ส่งเสริมสุขภาพ");
  auto subs = SubWords("ส่งเสริมสุขภาพ");
  for (const char* part : {"ส่งเสริม", "สุขภาพ"}) {
    EXPECT_NE(std::find(subs.begin(), subs.end(), part), subs.end()) << part;
  }
  EXPECT_EQ(std::find(subs.begin(), subs.end(), "เสริมสุข"), subs.end());
}

TEST_F(AnalyzerTest, FunctionWordsThatIcuSplitsStayWhole) {
  const Case cases[] = {
      {"ตัวเอง", "ตัวเอง"},                       // ICU: ตัว|เอง
      {"หลังจากนั้น", "หลังจาก|นั้น"},             // ICU: หลัง|จาก|นั้น
      {"นอกจากนี้", "นอกจากนี้"},
  };
  for (const Case& c : cases) EXPECT_EQ(Words(c.input), c.expected) << c.input;
}

TEST_F(AnalyzerTest, ExtraWordsJoinTheLexiconUnlessKnownWordsExplainThem) {
  AnalyzerOptions options;
  // A name the lists do not know joins; a tag that is a phrase of known
  // words does not (else a query for its words would need them adjacent).
  options.extra_words = {"ขสมก.", "ฟรุ้งฟริ้งแลนด์", "ข้อมูลโรงงาน"};
  auto created = Analyzer::Create(options);
  ASSERT_TRUE(created.ok());
  auto words = [&](std::string_view text) {
    std::string joined;
    for (const Token& t : (*created)->Analyze(text)) {
      if (!t.subword) joined += t.text + "|";
    }
    return joined;
  };
  EXPECT_EQ(words("ฟรุ้งฟริ้งแลนด์"), "ฟรุ้งฟริ้งแลนด์|");
  EXPECT_EQ(words("ข้อมูลโรงงาน"), "ข้อมูล|โรงงาน|");
  EXPECT_EQ(Words("ฟรุ้งฟริ้งแลนด์"), "ฟ|รุ้ง|ฟ|ริ้ง|แลนด์") << "without the extra word";
}

TEST_F(AnalyzerTest, PositionsAreConsecutiveFromFirstPosition) {
  uint32_t expected = 100;
  for (const Token& t : analyzer_->Analyze("open data ข้อมูลสถิติ ประเทศไทย", 100)) {
    if (t.subword) {
      EXPECT_EQ(t.position, expected - 1) << t.text;  // shares its compound's position
    } else {
      EXPECT_EQ(t.position, expected++) << t.text;
    }
  }
  EXPECT_EQ(expected, 100u + 5u);
}

TEST_F(AnalyzerTest, OffsetsPointIntoNormalizedText) {
  std::string text = "ข\u200Bอมูล ABC";
  std::string norm = analyzer_->Normalize(text);
  for (const Token& t : analyzer_->Analyze(text)) {
    ASSERT_LE(t.end, norm.size());
    EXPECT_LT(t.begin, t.end);
  }
  auto tokens = analyzer_->Analyze(text);
  EXPECT_EQ(norm.substr(tokens.back().begin, tokens.back().end - tokens.back().begin), "ABC");
}

TEST_F(AnalyzerTest, ScriptsAreTagged) {
  std::vector<Token> tokens;
  for (Token& t : analyzer_->Analyze("ข้อมูล data 2566 😰")) {
    if (!t.subword) tokens.push_back(std::move(t));
  }
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[0].script, Script::kThai);
  EXPECT_EQ(tokens[1].script, Script::kLatin);
  EXPECT_EQ(tokens[2].script, Script::kDigit);
  EXPECT_EQ(tokens[3].script, Script::kOther);
}

TEST_F(AnalyzerTest, LongRunsAreSplitNeverDropped) {
  // 300 Thai characters without a space, and a long Latin string.
  std::string thai;
  while (thai.size() < 300 * 3) thai += "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ";
  thai.resize(300 * 3);
  std::string latin(700, 'x');
  for (const std::string& text : {thai, latin, thai + latin}) {
    std::string covered;
    for (const Token& t : analyzer_->Analyze(text)) {
      EXPECT_LE(t.text.size(), kMaxTokenBytes);
      if (!t.subword) covered += t.text;
    }
    EXPECT_EQ(covered, text);
  }
}

TEST_F(AnalyzerTest, LongRealThaiRunLosesNothing) {
  // Over 300 characters of real words without a space: every byte is in
  // some word, in order, and no token is over the limit.
  std::string run;
  while (run.size() < 300 * 3) run += "ข้อมูลสถิติประชากรรายจังหวัดของประเทศไทย";
  std::string covered;
  for (const Token& t : analyzer_->Analyze(run)) {
    EXPECT_LE(t.text.size(), kMaxTokenBytes);
    if (!t.subword) covered += t.text;
  }
  EXPECT_EQ(covered, run);
}

TEST_F(AnalyzerTest, CloneBehavesLikeTheOriginal) {
  auto clone = analyzer_->Clone();
  const char* text = "ประเทศไทย COVID-19 ปี2566";
  auto a = analyzer_->Analyze(text);
  auto b = clone->Analyze(text);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].text, b[i].text);
}

}  // namespace
}  // namespace khonha::analyzers
