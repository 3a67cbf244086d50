// khonha-indexer update: upserts and deletes on the live index, published as
// a new generation that a running server shows within a second.
#include "indexer/update_command.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "catalog/search/index_layout.h"
#include "catalog/search/searcher.h"
#include "catalog/model/quality_codec.h"
#include "indexer/build_command.h"
#include "indexer/validate_command.h"
#include "tests/indexer/indexer_test_util.h"
#include "tests/support/server_process.h"

namespace khonha::indexer {
namespace {

using testing::TempDir;
namespace fs = std::filesystem;

Result<UpdateSummary> Update(const std::string& index, std::vector<std::string> sources,
                             std::vector<std::string> deletes = {}, std::string* errors = nullptr) {
  UpdateOptions o;
  o.index_dir = index;
  o.sources = std::move(sources);
  o.deletes = std::move(deletes);
  std::ostringstream err;
  auto r = RunUpdate(o, err);
  if (errors) *errors = err.str();
  return r;
}

uint64_t Count(const std::string& index, const std::string& q) {
  auto handle = search::IndexHandle::Open(index, 0);
  EXPECT_TRUE(handle.ok()) << handle.status().ToString();
  if (!handle.ok()) return 0;
  auto analyzer = analyzers::Analyzer::Create();
  auto s = search::Searcher::Open((*handle)->Current(), **analyzer);
  search::SearchRequest req;
  req.q = q;
  req.rows = 0;
  auto r = (*s)->Search(req);
  return r.ok() ? r->count : 0;
}

class IndexerUpdate : public ::testing::Test {
 protected:
  void SetUp() override {
    index_ = dir_.Sub("idx");
    ASSERT_TRUE(testing::BuildIndex({dir_.Write("base.jsonl", testing::SyntheticRecords(20, "base"))}, index_));
  }
  TempDir dir_;
  std::string index_;
};

struct UpsertCase {
  const char* name;
  const char* record;       // one JSON line
  uint64_t added, replaced;
  const char* query;        // finds the record afterwards
};

TEST_F(IndexerUpdate, UpsertsByIdOrNameAndPublishesANewGeneration) {
  const UpsertCase cases[] = {
      {"new id is added", R"({"id":"fresh-1","name":"fresh-1","title":"zebrafish survey"})", 1, 0, "zebrafish"},
      {"same id replaces", R"({"id":"base-3","name":"base-3","title":"narwhal census"})", 0, 1, "narwhal"},
      {"name only replaces the dataset with that name", R"({"name":"base-4","title":"axolotl count"})", 0, 1,
       "axolotl"},
  };
  uint64_t generation = search::ResolveCurrent(index_)->number;
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    auto r = Update(index_, {dir_.Write(std::string(c.name) + ".jsonl", std::string(c.record) + "\n")});
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(r->added, c.added);
    EXPECT_EQ(r->replaced, c.replaced);
    EXPECT_TRUE(r->published);
    EXPECT_EQ(r->generation, generation + 1);
    generation = r->generation;
    EXPECT_EQ(search::ResolveCurrent(index_)->number, generation);
    EXPECT_EQ(Count(index_, c.query), 1u);
  }
  EXPECT_EQ(Count(index_, ""), 21u);
}

TEST_F(IndexerUpdate, DeletesByIdNameAndStateDeleted) {
  std::string errors;
  auto r = Update(index_, {dir_.Write("del.jsonl", R"({"id":"base-1","state":"deleted"})" "\n")},
                  {"base-2", "no-such-dataset"}, &errors);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->deleted, 2u);
  EXPECT_EQ(r->not_found, 1u);
  EXPECT_NE(errors.find("no-such-dataset"), std::string::npos) << errors;
  EXPECT_EQ(r->datasets, 18u);
  EXPECT_EQ(Count(index_, ""), 18u);
}

TEST_F(IndexerUpdate, NothingToChangePublishesNothing) {
  const uint64_t before = search::ResolveCurrent(index_)->number;
  auto r = Update(index_, {}, {"absent"});
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->published);
  EXPECT_EQ(search::ResolveCurrent(index_)->number, before);
  EXPECT_EQ(std::distance(fs::directory_iterator(index_), fs::directory_iterator()),
            3);  // CURRENT, .lock, gen-000001: no staging left behind
}

TEST_F(IndexerUpdate, OnlyInvalidRecordsFailAndLeaveTheIndexAlone) {
  const uint64_t before = search::ResolveCurrent(index_)->number;
  std::string errors;
  auto r = Update(index_, {dir_.Write("bad.jsonl", "{oops\n")}, {}, &errors);
  EXPECT_FALSE(r.ok());
  EXPECT_NE(errors.find("bad.jsonl:1:"), std::string::npos) << errors;
  EXPECT_EQ(search::ResolveCurrent(index_)->number, before);
  EXPECT_EQ(Count(index_, ""), 20u);
}

// The live generation's quality.json, without what legitimately differs from
// a full re-validation (when it was made, where each record came from).
std::string StoredReportWithoutOrigins(const std::string& index) {
  std::ifstream in(search::ResolveCurrent(index)->path + "/quality.json");
  std::stringstream buf;
  buf << in.rdbuf();
  auto report = catalog::QualityReportFromJson(buf.str());
  EXPECT_TRUE(report.ok());
  if (!report.ok()) return "";
  report->generated_at.clear();
  for (auto& r : report->worst) r.origin.clear();
  for (auto& a : report->agencies) {
    for (auto& r : a.worst) r.origin.clear();
  }
  return catalog::QualityReportToJson(*report);
}

std::string RevalidatedReport(const std::string& index) {
  ValidateOptions o;
  o.index_dir = index;
  std::ostringstream err;
  auto report = RunValidate(o, err);
  EXPECT_TRUE(report.ok()) << report.status().ToString();
  if (!report.ok()) return "";
  report->generated_at.clear();
  return catalog::QualityReportToJson(*report);
}

TEST_F(IndexerUpdate, QualityReportFoldsInOnlyChangedRecordsAndEqualsAFullRevalidation) {
  // The first update re-validates everything and stores the per-record
  // ledger; later ones validate only their own records.
  ASSERT_TRUE(Update(index_, {dir_.Write("u1.jsonl", R"({"id":"base-0","name":"base-0","title":"x"})" "\n")}).ok());
  const std::string ledger = search::ResolveCurrent(index_)->path + "/" + kQualityLedgerFile;
  ASSERT_TRUE(fs::exists(ledger));
  EXPECT_EQ(StoredReportWithoutOrigins(index_), RevalidatedReport(index_));

  const std::string changes =
      R"({"id":"base-3","name":"base-3","title":"fixed","notes":"n","maintainer_email":"bad-address"})" "\n"
      R"({"name":"base-4","title":"by name only"})" "\n"
      R"({"id":"new-1","name":"new-1","title":"brand new","organization":{"name":"org-new","title":"ใหม่"}})" "\n"
      R"({"id":"base-5","state":"deleted"})" "\n";
  auto r = Update(index_, {dir_.Write("u2.jsonl", changes)}, {"base-6"});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->datasets, 19u);
  EXPECT_EQ(StoredReportWithoutOrigins(index_), RevalidatedReport(index_));

  // A ledger that disagrees with the index is not trusted.
  fs::resize_file(ledger, 40);
  ASSERT_TRUE(Update(index_, {}, {"base-7"}).ok());
  EXPECT_EQ(StoredReportWithoutOrigins(index_), RevalidatedReport(index_));
}

TEST_F(IndexerUpdate, FailsWithoutAnIndex) {
  auto r = Update(dir_.Sub("nothing-here"), {dir_.Write("a.jsonl", R"({"id":"a"})" "\n")});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kFailedPrecondition);
  EXPECT_FALSE(fs::exists(dir_.Sub("nothing-here")));
}

TEST_F(IndexerUpdate, UpdateIsVisibleToARunningServerWithinASecond) {
  testing::ServerProcess server(index_);
  ASSERT_TRUE(server.ok()) << server.output();
  ASSERT_EQ(testing::SearchCount(server.port(), "quokka"), 0);
  const std::string src = dir_.Write("q.jsonl", R"({"id":"q-1","name":"q-1","title":"quokka sightings"})" "\n");
  ASSERT_EQ(testing::RunIndexer({"update", "--index", index_, "--source", src, "--quiet"}), 0);
  const auto published = std::chrono::steady_clock::now();
  long count = 0;
  while (std::chrono::steady_clock::now() - published < std::chrono::seconds(1)) {
    count = testing::SearchCount(server.port(), "quokka");
    if (count == 1) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_EQ(count, 1) << "the update was not visible within a second";
  EXPECT_EQ(testing::SearchCount(server.port(), ""), 21);
}

}  // namespace
}  // namespace khonha::indexer
