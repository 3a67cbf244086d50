// The khonha-indexer CLI as a steward uses it: --help, exit codes, stats,
// the single-writer lock, CSV and DCAT sources, and interrupted writers
// (SIGINT, kill -9) that never damage the served index.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <thread>

#include "catalog/search/index_layout.h"
#include "catalog/search/index_stats.h"
#include "tests/indexer/indexer_test_util.h"
#include "tests/support/server_process.h"

namespace khonha::testing {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path);
  std::stringstream b;
  b << in.rdbuf();
  return b.str();
}

bool HasStaging(const std::string& index) {
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(index, ec)) {
    if (e.path().filename().string().find("staging") != std::string::npos) return true;
  }
  return false;
}

TEST(IndexerCli, EveryCommandHasHelpAndUsageErrorsExitTwo) {
  TempDir dir;
  for (const char* cmd : {"build", "update", "harvest", "validate", "stats"}) {
    SCOPED_TRACE(cmd);
    EXPECT_EQ(RunIndexer({cmd, "--help"}, dir.Sub("help.txt")), 0);
    EXPECT_NE(ReadFile(dir.Sub("help.txt")).find("exit codes"), std::string::npos);
    EXPECT_EQ(RunIndexer({cmd, "--no-such-option"}), 2);
  }
  EXPECT_EQ(RunIndexer({"frobnicate"}), 2);
  EXPECT_EQ(RunIndexer({}), 2);
}

TEST(IndexerCli, StatsDescribesTheLiveGeneration) {
  TempDir dir;
  ASSERT_TRUE(BuildIndex({SampleCatalog()}, dir.Sub("idx")));
  auto s = search::ComputeIndexStats(dir.Sub("idx"));
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->datasets, 255u);
  EXPECT_EQ(s->generation, 1u);
  EXPECT_GT(s->agencies, 0u);
  EXPECT_GT(s->bytes_on_disk, 0u);
  EXPECT_TRUE(s->has_quality_report);
  EXPECT_FALSE(s->formats.empty());
  bool title_fill = false;
  for (const auto& f : s->fields) {
    if (f.field == "data_type") {
      title_fill = true;
      EXPECT_GT(f.datasets, 0u);
      EXPECT_LE(f.datasets, 255u);
    }
  }
  EXPECT_TRUE(title_fill);
  EXPECT_EQ(RunIndexer({"stats", "--index", dir.Sub("idx"), "--format", "json"}, dir.Sub("s.json")), 0);
  EXPECT_NE(ReadFile(dir.Sub("s.json")).find("\"datasets\": 255"), std::string::npos);
  EXPECT_EQ(RunIndexer({"stats", "--index", dir.Sub("missing")}), 1);
}

TEST(IndexerCli, ASecondWriterExitsThreeOrWaitsWithWait) {
  TempDir dir;
  const std::string idx = dir.Sub("idx");
  ASSERT_TRUE(BuildIndex({dir.Write("a.jsonl", SyntheticRecords(5, "a"))}, idx));
  {
    auto acquired = search::WriterLock::Acquire(idx);
    ASSERT_TRUE(acquired.ok());
    std::optional<search::WriterLock> held(std::move(*acquired));
    const std::string src = dir.Write("b.jsonl", SyntheticRecords(3, "b"));
    EXPECT_EQ(RunIndexer({"build", "--source", src, "--index", idx}, dir.Sub("busy.txt")), 3);
    EXPECT_NE(ReadFile(dir.Sub("busy.txt")).find("is writing"), std::string::npos);
    EXPECT_EQ(RunIndexer({"update", "--delete", "a-1", "--index", idx}), 3);
    pid_t waiting = SpawnIndexer({"update", "--delete", "a-1", "--index", idx, "--wait", "--quiet"});
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    int status = 0;
    EXPECT_EQ(::waitpid(waiting, &status, WNOHANG), 0) << "--wait should block while the lock is held";
    held.reset();  // releases the lock
    ASSERT_EQ(::waitpid(waiting, &status, 0), waiting);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  }
  EXPECT_EQ(search::ResolveCurrent(idx)->number, 2u);
}

TEST(IndexerCli, BuildsFromCsvExportsAndDcatCatalogs) {
  TempDir dir;
  const std::string csv = dir.Write(
      "gdc.csv",
      "name,title,notes,organization,tags,data_format,resource_url,resource_format\n"
      "csv-one,\"แผนที่, ถนน\",\"บรรทัดแรก\nบรรทัดสอง\",กรมทางหลวง,ถนน;คมนาคม,CSV;JSON,http://x/a.csv,CSV\n"
      "csv-two,ข้อมูลที่สอง,,กรมทางหลวง,ถนน,,http://x/b.pdf,PDF\n"
      "csv-bad,a,b,c,d,e,f,g,h,i\n");
  const std::string dcat = dir.Write("dcat.jsonld", R"({
    "@context": {"dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/"},
    "@type": "dcat:Catalog",
    "dcat:dataset": [
      {"@type": "dcat:Dataset", "dct:identifier": "http://example.go.th/dataset/dcat-one",
       "dct:title": [{"@value": "Rainfall", "@language": "en"}, {"@value": "ปริมาณน้ำฝน", "@language": "th"}],
       "dct:description": "ปริมาณน้ำฝนรายวัน", "dcat:keyword": ["ฝน", "อากาศ"],
       "dct:publisher": {"foaf:name": "กรมอุตุนิยมวิทยา"},
       "dcat:contactPoint": {"vcard:fn": "ฝ่ายข้อมูล", "vcard:hasEmail": "mailto:data@tmd.go.th"},
       "dcat:distribution": [{"dcat:downloadURL": "http://x/rain.csv", "dct:format": "CSV"}]}
    ]})");
  const std::string idx = dir.Sub("idx");
  ASSERT_EQ(RunIndexer({"build", "--source", csv, dcat, "--index", idx}, dir.Sub("log.txt")), 0)
      << ReadFile(dir.Sub("log.txt"));
  const std::string log = ReadFile(dir.Sub("log.txt"));
  EXPECT_NE(log.find(csv + ":5: row has 10 cells"), std::string::npos) << log;
  ServerProcess server(idx);
  ASSERT_TRUE(server.ok());
  EXPECT_EQ(SearchCount(server.port(), ""), 3);
  EXPECT_EQ(SearchCount(server.port(), "ถนน"), 2);
  EXPECT_EQ(SearchCount(server.port(), "ปริมาณน้ำฝน"), 1);
  auto show = HttpGet(server.port(), "/api/3/action/package_show?id=dcat-one");
  EXPECT_NE(show.body.find("data@tmd.go.th"), std::string::npos) << show.body;
  auto one = HttpGet(server.port(), "/api/3/action/package_show?id=csv-one");
  EXPECT_NE(one.body.find("บรรทัดสอง"), std::string::npos);
  EXPECT_NE(one.body.find("\"data_format\":[\"CSV\",\"JSON\"]"), std::string::npos) << one.body;
}

// A build/update that is killed part-way: the server keeps serving the old
// generation unchanged, and the next run cleans up and succeeds.
TEST(IndexerCli, KillNineDuringBuildAndUpdateLeavesTheServedIndexIntact) {
  TempDir dir;
  const std::string idx = dir.Sub("idx");
  ASSERT_TRUE(BuildIndex({dir.Write("base.jsonl", SyntheticRecords(30, "base"))}, idx));
  ServerProcess server(idx);
  ASSERT_TRUE(server.ok());
  const std::string big = dir.Write("big.jsonl", SyntheticRecords(6000, "big", "มหาศาล"));
  for (const char* cmd : {"build", "update"}) {
    SCOPED_TRACE(cmd);
    pid_t pid = SpawnIndexer({cmd, "--source", big, "--index", idx, "--quiet"});
    // Kill once it is writing (its staging directory exists), or after 3 s.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(3);
    while (!HasStaging(idx) && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the writer finished before it could be killed";
    EXPECT_EQ(search::ResolveCurrent(idx)->number, 1u);
    EXPECT_EQ(SearchCount(server.port(), ""), 30);
    EXPECT_EQ(SearchCount(server.port(), "มหาศาล"), 0);
  }
  // The next writer removes the dead ones' staging and publishes.
  const std::string small = dir.Write("small.jsonl", SyntheticRecords(3, "next"));
  ASSERT_EQ(RunIndexer({"update", "--source", small, "--index", idx, "--quiet"}), 0);
  EXPECT_FALSE(HasStaging(idx));
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  EXPECT_EQ(SearchCount(server.port(), ""), 33);
}

TEST(IndexerCli, CtrlCStopsABuildAndPublishesNothing) {
  TempDir dir;
  const std::string idx = dir.Sub("idx");
  ASSERT_TRUE(BuildIndex({dir.Write("base.jsonl", SyntheticRecords(10, "base"))}, idx));
  const std::string big = dir.Write("big.jsonl", SyntheticRecords(6000, "big"));
  pid_t pid = SpawnIndexer({"build", "--source", big, "--index", idx}, dir.Sub("log.txt"));
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(3);
  while (!HasStaging(idx) && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ::kill(pid, SIGINT);
  int status = 0;
  ::waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 130) << ReadFile(dir.Sub("log.txt"));
  EXPECT_EQ(search::ResolveCurrent(idx)->number, 1u);
  EXPECT_FALSE(HasStaging(idx));
}

}  // namespace
}  // namespace khonha::testing
