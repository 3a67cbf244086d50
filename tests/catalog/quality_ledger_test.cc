// The per-record quality ledger: identity rules mirroring the index updater,
// its text form, and reports built from it.
#include "catalog/model/quality_ledger.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "tests/support/test_env.h"

#include "catalog/model/quality_codec.h"

namespace khonha::catalog {
namespace {

RecordQuality Rec(std::string id, std::string name, std::string agency, int errors, int warnings = 0) {
  RecordQuality r;
  r.id = std::move(id);
  r.name = std::move(name);
  r.title = "title of " + r.name;
  r.agency = std::move(agency);
  for (int i = 0; i < errors; ++i) {
    r.findings.push_back({"field" + std::to_string(i), "required", Severity::kError, "missing"});
  }
  for (int i = 0; i < warnings; ++i) {
    r.findings.push_back({"resources[" + std::to_string(i) + "].format", "format_unknown", Severity::kWarning,
                          "XSL"});
  }
  r.errors = errors;
  r.warnings = warnings;
  return r;
}

std::string ReportJson(const QualityLedger& ledger) {
  QualityAccumulator q;
  ledger.AddTo(q);
  return QualityReportToJson(q.Finish("t"));
}

TEST(QualityLedger, UpsertReplacesBySameIdOrFailingThatSameName) {
  struct Case {
    const char* name;
    RecordQuality upsert;
    size_t size_after;
  };
  const Case cases[] = {
      {"new id and name add", Rec("c", "cc", "A", 0), 3},
      {"same id replaces", Rec("a", "other-name", "A", 0), 2},
      {"unknown id, known name replaces", Rec("z", "bb", "A", 0), 2},
      {"no id, known name replaces", Rec("", "aa", "A", 0), 2},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    QualityLedger ledger;
    ledger.Upsert(Rec("a", "aa", "A", 2));
    ledger.Upsert(Rec("b", "bb", "B", 1));
    ledger.Upsert(c.upsert);
    EXPECT_EQ(ledger.size(), c.size_after);
  }
}

TEST(QualityLedger, DeleteMatchesIdFirstThenName) {
  QualityLedger ledger;
  ledger.Upsert(Rec("a", "aa", "A", 1));
  ledger.Upsert(Rec("b", "bb", "A", 1));
  ledger.Insert(Rec("c", "bb", "A", 1));  // a stored generation may repeat a name
  EXPECT_EQ(ledger.Delete("a"), 1u);
  EXPECT_EQ(ledger.Delete("a"), 0u);
  EXPECT_EQ(ledger.Delete("bb"), 2u);
  EXPECT_EQ(ledger.size(), 0u);
}

TEST(QualityLedger, SerializeParsesBackToTheSameReport) {
  QualityLedger ledger;
  ledger.Upsert(Rec("a", "aa", "หน่วยงาน\tแท็บ", 2, 1));
  RecordQuality odd = Rec("b\\x", "line\nbreak", "B", 1);
  odd.origin = "file.jsonl:7";
  odd.findings[0].message = "carriage\r return \\t literal";
  ledger.Upsert(odd);
  ledger.Upsert(Rec("c", "cc", "B", 0));
  ledger.set_generation(42);
  const std::string text = ledger.Serialize();
  auto back = QualityLedger::Parse(text);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->size(), 3u);
  EXPECT_EQ(back->generation(), 42u);
  EXPECT_EQ(back->Serialize(), text);
  EXPECT_EQ(ReportJson(*back), ReportJson(ledger));
}

TEST(QualityLedger, StreamedFileEqualsTheSerializedLedgerOfTheSameInserts) {
  testing::TempDir dir;
  const std::vector<RecordQuality> records = {Rec("a", "one", "Agency\tTab", 2, 1),
                                              Rec("b", "two", "กรม", 0), Rec("a", "one", "dup", 1)};
  QualityLedger ledger;
  ledger.set_generation(7);
  auto writer = QualityLedgerWriter::Create(dir.Sub("ledger.tsv"), 7);
  ASSERT_TRUE(writer.ok()) << writer.status().ToString();
  for (const auto& r : records) {
    ledger.Insert(r);
    (*writer)->Insert(r);
  }
  ASSERT_TRUE((*writer)->Close().ok());
  std::ifstream in(dir.Sub("ledger.tsv"), std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_EQ(text.str(), ledger.Serialize());
  auto parsed = QualityLedger::Parse(text.str());
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  EXPECT_EQ(parsed->size(), 3u);
  EXPECT_EQ(parsed->generation(), 7u);
}

TEST(QualityLedger, WriterReportsAFileItCannotCreate) {
  EXPECT_FALSE(QualityLedgerWriter::Create("/nonexistent-dir/ledger.tsv", 1).ok());
}

TEST(QualityLedger, RejectsMalformedText) {
  for (const char* text : {"", "not a ledger\n", "khonha-quality-ledger\t1\n", "khonha-quality-ledger\t2\t\n",
                           "khonha-quality-ledger\t2\t3\na\tb\n",
                           "khonha-quality-ledger\t2\t3\na\tb\tc\td\te\t2\tE\tf\tr\n"}) {
    SCOPED_TRACE(text);
    EXPECT_FALSE(QualityLedger::Parse(text).ok());
  }
}

TEST(QualityLedger, ReportFromLedgerEqualsDirectAccumulationWhateverTheOrder) {
  QualityAccumulator direct;
  QualityLedger kept;
  direct.KeepRecordsIn(&kept);
  QualityLedger reversed;
  std::vector<RecordQuality> records;
  for (int i = 0; i < 60; ++i) {
    records.push_back(Rec("id" + std::to_string(i), "n" + std::to_string(i), "agency" + std::to_string(i % 5),
                          i % 4, i % 3));
  }
  for (const auto& r : records) direct.Add(r);
  for (auto it = records.rbegin(); it != records.rend(); ++it) reversed.Upsert(*it);
  const std::string expected = QualityReportToJson(direct.Finish("t"));
  EXPECT_EQ(ReportJson(kept), expected);
  EXPECT_EQ(ReportJson(reversed), expected);
}

}  // namespace
}  // namespace khonha::catalog
