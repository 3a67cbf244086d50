// khonha-indexer build: what gets indexed, what is reported, what is published.
#include "indexer/build_command.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "catalog/model/quality_ledger.h"
#include "catalog/search/index_layout.h"
#include "catalog/search/searcher.h"
#include "indexer/update_command.h"
#include "tests/support/test_env.h"

namespace khonha::indexer {
namespace {

using testing::TempDir;
namespace fs = std::filesystem;

Result<BuildSummary> Build(const std::vector<std::string>& sources, const std::string& index,
                           std::string* errors = nullptr, unsigned threads = 0) {
  BuildOptions o;
  o.sources = sources;
  o.index_dir = index;
  o.threads = threads;
  std::ostringstream err;
  auto r = RunBuild(o, err);
  if (errors) *errors = err.str();
  return r;
}

uint64_t Count(const std::string& index, const std::string& q) {
  auto handle = search::IndexHandle::Open(index, 0);
  EXPECT_TRUE(handle.ok()) << handle.status().ToString();
  auto analyzer = analyzers::Analyzer::Create();
  auto s = search::Searcher::Open((*handle)->Current(), **analyzer);
  search::SearchRequest req;
  req.q = q;
  req.rows = 0;
  auto r = (*s)->Search(req);
  EXPECT_TRUE(r.ok());
  return r.ok() ? r->count : 0;
}

TEST(IndexerBuild, IndexesEveryRealDataGoThRecordIncludingThoseWithoutId) {
  const std::string real = testing::SharedData("datagoth/datagoth-1236.jsonl");
  if (real.empty()) GTEST_SKIP() << "../shared/data/datagoth/datagoth-1236.jsonl is absent";
  TempDir dir;
  std::string errors;
  auto r = Build({real}, dir.Sub("idx"), &errors);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->records_read, 1236u);
  EXPECT_EQ(r->records_indexed, 1236u) << errors;
  EXPECT_EQ(r->records_rejected, 0u);
  EXPECT_EQ(Count(dir.Sub("idx"), ""), 1236u);
  EXPECT_GT(Count(dir.Sub("idx"), "โรงเรียน"), 0u);
  EXPECT_GT(Count(dir.Sub("idx"), "กรุงเทพมหานคร"), 0u);
}

TEST(IndexerBuild, BrokenLineIsReportedWithFileAndLineAndTheRestIsIndexed) {
  TempDir dir;
  const std::string src = dir.Write("c.jsonl",
                                    "{\"id\":\"a\",\"title\":\"ข้อมูลหนึ่ง\"}\n"
                                    "{\"id\":\"b\",\"title\": oops}\n"
                                    "{\"title\":\"no id and no name\"}\n"
                                    "{\"id\":\"d\",\"title\":\"ข้อมูลสี่\"}\n");
  std::string errors;
  auto r = Build({src}, dir.Sub("idx"), &errors);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->records_read, 4u);
  EXPECT_EQ(r->records_indexed, 2u);
  EXPECT_EQ(r->records_rejected, 2u);
  EXPECT_NE(errors.find(src + ":2: malformed JSON"), std::string::npos) << errors;
  EXPECT_NE(errors.find(src + ":3: record has neither"), std::string::npos) << errors;
  EXPECT_EQ(Count(dir.Sub("idx"), "ข้อมูล"), 2u);
}

TEST(IndexerBuild, NothingIsPublishedWhenNoRecordIsValid) {
  TempDir dir;
  const std::string bad = dir.Write("bad.jsonl", "not json at all\n{broken\n");
  auto r = Build({bad}, dir.Sub("idx"));
  EXPECT_FALSE(r.ok());
  EXPECT_FALSE(fs::exists(dir.Sub("idx")));  // a first build leaves no DIR behind
  for (const auto& e : fs::directory_iterator(dir.path())) {
    EXPECT_EQ(e.path().filename().string().find("staging"), std::string::npos) << e.path();
  }
}

TEST(IndexerBuild, FailedRebuildLeavesTheServedGenerationInPlace) {
  TempDir dir;
  const std::string good = dir.Write("good.jsonl", "{\"id\":\"a\",\"title\":\"หนึ่ง\"}\n");
  ASSERT_TRUE(Build({good}, dir.Sub("idx")).ok());
  auto before = search::ResolveCurrent(dir.Sub("idx"));
  ASSERT_TRUE(before.ok());
  EXPECT_FALSE(Build({dir.Sub("missing.jsonl")}, dir.Sub("idx")).ok());
  EXPECT_FALSE(Build({dir.Write("bad.jsonl", "{x\n")}, dir.Sub("idx")).ok());
  auto after = search::ResolveCurrent(dir.Sub("idx"));
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->number, before->number);
  EXPECT_EQ(Count(dir.Sub("idx"), ""), 1u);
}

TEST(IndexerBuild, RebuildKeepsSupersededGenerationsForTheGracePeriodOnly) {
  struct Case {
    const char* name;
    int grace_seconds;
    bool gen1_kept, gen2_kept;
  };
  for (const Case& c : {Case{"default grace keeps them for readers", 10, true, true},
                        Case{"no grace removes them at once", 0, false, false}}) {
    SCOPED_TRACE(c.name);
    TempDir dir;
    const std::string a = dir.Write("a.jsonl", "{\"id\":\"a\",\"title\":\"หนึ่ง\"}\n");
    const std::string ab = dir.Write("ab.jsonl", "{\"id\":\"a\"}\n{\"id\":\"b\"}\n");
    for (int i = 0; i < 3; ++i) {
      BuildOptions o;
      o.sources = {i == 2 ? ab : a};
      o.index_dir = dir.Sub("idx");
      o.publish.retire_grace = std::chrono::seconds(c.grace_seconds);
      std::ostringstream err;
      ASSERT_TRUE(RunBuild(o, err).ok());
    }
    auto cur = search::ResolveCurrent(dir.Sub("idx"));
    ASSERT_TRUE(cur.ok());
    EXPECT_EQ(cur->number, 3u);
    EXPECT_EQ(Count(dir.Sub("idx"), ""), 2u);
    EXPECT_EQ(fs::exists(dir.Sub("idx/gen-000001")), c.gen1_kept);
    EXPECT_EQ(fs::exists(dir.Sub("idx/gen-000002")), c.gen2_kept);
    EXPECT_TRUE(fs::exists(dir.Sub("idx/gen-000003/quality.json")));
  }
}

TEST(IndexerBuild, RefusesToWriteIntoADirectoryThatIsNotAnIndex) {
  TempDir dir;
  dir.Write("notindex/precious.txt", "keep me");
  auto r = Build({testing::SampleCatalog()}, dir.Sub("notindex"));
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(fs::exists(dir.Sub("notindex/precious.txt")));
}

TEST(IndexerBuild, LaterDuplicateIdReplacesTheEarlierRecord) {
  TempDir dir;
  const std::string src = dir.Write("d.jsonl",
                                    "{\"id\":\"a\",\"title\":\"เก่า\"}\n{\"id\":\"a\",\"title\":\"ใหม่\"}\n");
  auto r = Build({src}, dir.Sub("idx"));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->records_indexed, 1u);
  EXPECT_EQ(r->records_replaced, 1u);
  EXPECT_EQ(Count(dir.Sub("idx"), "ใหม่"), 1u);
  EXPECT_EQ(Count(dir.Sub("idx"), "เก่า"), 0u);
}

TEST(IndexerBuild, LaterDuplicateIdInALaterSegmentReplacesTheEarlierRecord) {
  // Two writer threads: the first 512 records form the first segment, so the
  // repeat at line 1,051 is written to another database than the original.
  TempDir dir;
  std::string lines = "{\"id\":\"a\",\"title\":\"เก่า\"}\n";
  for (int i = 1; i < 1100; ++i) {
    lines += "{\"id\":\"r" + std::to_string(i) + "\",\"title\":\"ชุดข้อมูล " + std::to_string(i) + "\"}\n";
    if (i == 1050) lines += "{\"id\":\"a\",\"title\":\"ใหม่\"}\n";
  }
  const std::string src = dir.Write("d.jsonl", lines);
  auto r = Build({src}, dir.Sub("idx"), nullptr, 2);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->records_indexed, 1100u);
  EXPECT_EQ(r->records_replaced, 1u);
  EXPECT_EQ(Count(dir.Sub("idx"), "ใหม่"), 1u);
  EXPECT_EQ(Count(dir.Sub("idx"), "เก่า"), 0u);
  EXPECT_EQ(Count(dir.Sub("idx"), "ชุดข้อมูล"), 1099u);
}

}  // namespace
}  // namespace khonha::indexer

namespace khonha::indexer {
namespace {

// A build leaves the per-record quality ledger that lets the next update fold
// in only the records it changes.
TEST(IndexerBuild, WritesAQualityLedgerForLaterUpdates) {
  TempDir dir;
  const std::string src = dir.Write("q.jsonl", "{\"id\":\"a\",\"title\":\"หนึ่ง\"}\n{\"id\":\"b\"}\n");
  ASSERT_TRUE(Build({src}, dir.Sub("idx")).ok());
  auto cur = search::ResolveCurrent(dir.Sub("idx"));
  ASSERT_TRUE(cur.ok());
  std::ifstream in(cur->path + "/" + kQualityLedgerFile, std::ios::binary);
  ASSERT_TRUE(in) << "no ledger in " << cur->path;
  std::stringstream text;
  text << in.rdbuf();
  auto ledger = catalog::QualityLedger::Parse(text.str());
  ASSERT_TRUE(ledger.ok()) << ledger.status().ToString();
  EXPECT_EQ(ledger->size(), 2u);
  EXPECT_EQ(ledger->generation(), cur->number);
}

}  // namespace
}  // namespace khonha::indexer
