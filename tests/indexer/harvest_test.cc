// khonha-indexer harvest against a real khonha-server on loopback: whole
// catalog, resume after interruption, --since, retries, and build from it.
#include "indexer/harvest_command.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "catalog/model/ckan_codec.h"
#include "tests/indexer/indexer_test_util.h"
#include "tests/support/server_process.h"

namespace khonha::indexer {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> Ids(const std::string& jsonl) {
  std::vector<std::string> ids;
  std::ifstream in(jsonl);
  for (std::string line; std::getline(in, line);) {
    auto d = catalog::ParsePackage(line);
    EXPECT_TRUE(d.ok()) << line.substr(0, 100);
    if (d.ok()) ids.push_back(d->id);
  }
  return ids;
}

class IndexerHarvest : public ::testing::Test {
 protected:
  void SetUp() override {
    index_ = dir_.Sub("source-idx");
    ASSERT_TRUE(testing::BuildIndex({dir_.Write("src.jsonl", testing::SyntheticRecords(57, "h"))}, index_));
    server_ = std::make_unique<testing::ServerProcess>(index_);
    ASSERT_TRUE(server_->ok()) << server_->output();
    url_ = "http://127.0.0.1:" + std::to_string(server_->port());
  }
  HarvestOptions Options(const std::string& out) {
    HarvestOptions o;
    o.from = url_;
    o.out = out;
    o.rows = 10;
    o.backoff = std::chrono::milliseconds(10);
    return o;
  }
  testing::TempDir dir_;
  std::string index_, url_;
  std::unique_ptr<testing::ServerProcess> server_;
};

TEST_F(IndexerHarvest, PullsEveryDatasetOncePageByPage) {
  for (auto method : {HarvestMethod::kPackageSearch, HarvestMethod::kPackageList}) {
    SCOPED_TRACE(method == HarvestMethod::kPackageSearch ? "package_search" : "package_list");
    const std::string out = dir_.Sub(method == HarvestMethod::kPackageSearch ? "s.jsonl" : "l.jsonl");
    HarvestOptions o = Options(out);
    o.method = method;
    std::ostringstream log;
    auto r = RunHarvest(o, log);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_TRUE(r->complete);
    EXPECT_EQ(r->records, 57u);
    EXPECT_EQ(r->pages, 6u);
    auto ids = Ids(out);
    EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), 57u);
    EXPECT_FALSE(fs::exists(out + ".state"));
  }
}

TEST_F(IndexerHarvest, ResumesAfterAnInterruptionWithoutDuplicates) {
  const std::string out = dir_.Sub("r.jsonl");
  HarvestOptions o = Options(out);
  o.max_pages = 2;  // as if killed after two pages
  std::ostringstream log;
  auto first = RunHarvest(o, log);
  ASSERT_TRUE(first.ok());
  EXPECT_FALSE(first->complete);
  EXPECT_TRUE(fs::exists(out + ".state"));
  // A partly written third page (killed mid-write) is dropped on resume.
  { std::ofstream(out, std::ios::app) << "{\"id\":\"half"; }
  o.max_pages = 0;
  auto second = RunHarvest(o, log);
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  EXPECT_TRUE(second->resumed);
  EXPECT_TRUE(second->complete);
  EXPECT_EQ(first->records + second->records, 57u);
  auto ids = Ids(out);
  EXPECT_EQ(ids.size(), 57u);
  EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), 57u);
}

TEST_F(IndexerHarvest, SinceHarvestsOnlyRecentlyModifiedDatasets) {
  HarvestOptions o = Options(dir_.Sub("since.jsonl"));
  o.since = "2023-01-08";  // records are modified 2023-01-01 … 2023-01-09
  std::ostringstream log;
  auto r = RunHarvest(o, log);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  // i % 9 ∈ {7, 8}: 57 records → 6 + 6
  EXPECT_EQ(r->records, 12u);
}

TEST_F(IndexerHarvest, RetriesThenGivesUpOnADeadSite) {
  HarvestOptions o = Options(dir_.Sub("dead.jsonl"));
  o.from = "http://127.0.0.1:1";  // nothing listens there
  o.retries = 2;
  std::ostringstream log;
  auto r = RunHarvest(o, log);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("giving up after 3 attempts"), std::string::npos)
      << r.status().message();
  EXPECT_NE(log.str().find("retrying"), std::string::npos);
}

TEST_F(IndexerHarvest, CliHarvestsAndBuildsAnIndexTheServerCanServe) {
  const std::string out = dir_.Sub("cli.jsonl"), idx = dir_.Sub("mirror-idx");
  ASSERT_EQ(testing::RunIndexer({"harvest", "--from", url_, "--out", out, "--rows", "25", "--index", idx,
                                 "--quiet"}),
            0);
  testing::ServerProcess mirror(idx);
  ASSERT_TRUE(mirror.ok());
  EXPECT_EQ(testing::SearchCount(mirror.port(), ""), 57);
  EXPECT_EQ(testing::SearchCount(mirror.port(), "tourism"), testing::SearchCount(server_->port(), "tourism"));
}

}  // namespace
}  // namespace khonha::indexer
