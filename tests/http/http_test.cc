// Black-box HTTP tests: the real khonha-server binary on 127.0.0.1 (ephemeral
// port) over a real index of the bundled sample catalog.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include "tests/support/http_client.h"
#include "tests/support/server_process.h"
#include "tests/support/test_env.h"

namespace khonha {
namespace {

using nlohmann::json;
using testing::HttpGet;
using testing::HttpPostJson;
using testing::ServerProcess;
using testing::TempDir;
using testing::UrlEncode;

class SampleServer : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    ASSERT_TRUE(testing::BuildIndex({testing::SampleCatalog()}, dir_->Sub("index")));
  }
  static void TearDownTestSuite() { delete dir_; }
  void SetUp() override {
    server_ = std::make_unique<ServerProcess>(
        dir_->Sub("index"),
        std::vector<std::string>{"--files-root", testing::SourceDir() + "/data/sample/files"});
    ASSERT_TRUE(server_->ok()) << server_->output();
  }
  json GetJson(const std::string& target, int expected_status = 200) {
    auto r = HttpGet(server_->port(), target);
    EXPECT_EQ(r.status, expected_status) << target << "\n" << r.body;
    json j = json::parse(r.body, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << r.body;
    return j;
  }
  std::string Action(const std::string& name, const std::string& query = "") {
    return "/api/3/action/" + name + (query.empty() ? "" : "?" + query);
  }

  static TempDir* dir_;
  std::unique_ptr<ServerProcess> server_;
};
TempDir* SampleServer::dir_ = nullptr;

TEST_F(SampleServer, ThaiSearchWithOrganizationFacetReturnsTheCkanEnvelope) {
  json j = GetJson(Action("package_search", "q=" + UrlEncode("ท่องเที่ยว") + "&facet.field=" +
                                                UrlEncode("[\"organization\"]")));
  EXPECT_EQ(j["success"], true);
  EXPECT_EQ(j["help"], "http://127.0.0.1:" + std::to_string(server_->port()) +
                           "/api/3/action/help_show?name=package_search");
  const json& r = j["result"];
  EXPECT_GE(r["count"].get<int>(), 12);
  EXPECT_EQ(r["results"].size(), 10u);  // CKAN's default rows
  EXPECT_EQ(r["sort"], "score desc, metadata_modified desc");
  ASSERT_TRUE(r["search_facets"].contains("organization"));
  const json& items = r["search_facets"]["organization"]["items"];
  ASSERT_FALSE(items.empty());
  int facet_total = 0;
  for (const auto& item : items) {
    EXPECT_TRUE(item.contains("name") && item.contains("display_name") && item.contains("count"));
    EXPECT_EQ(r["facets"]["organization"][item["name"].get<std::string>()], item["count"]);
    facet_total += item["count"].get<int>();
  }
  EXPECT_EQ(facet_total, r["count"].get<int>());  // one organization per dataset
}

TEST_F(SampleServer, PlusInTheQueryStringIsASpace) {
  json spaced = GetJson(Action("package_search", "q=" + UrlEncode("ข้อมูล จังหวัด") + "&rows=0"));
  json plus = GetJson(Action("package_search", "q=" + UrlEncode("ข้อมูล") + "+" +
                                                   UrlEncode("จังหวัด") + "&rows=0"));
  EXPECT_EQ(spaced["result"]["count"], plus["result"]["count"]);
  EXPECT_GT(plus["result"]["count"].get<int>(), 0);
}

TEST_F(SampleServer, PostJsonBodyMatchesGet) {
  auto post = HttpPostJson(server_->port(), Action("package_search"),
                           R"({"q": "สุขภาพ", "rows": 5, "facet.field": ["tags"]})");
  ASSERT_EQ(post.status, 200) << post.body;
  json get = GetJson(Action("package_search", "q=" + UrlEncode("สุขภาพ") + "&rows=5&facet.field=" +
                                                  UrlEncode("[\"tags\"]")));
  EXPECT_EQ(json::parse(post.body)["result"], get["result"]);
}

TEST_F(SampleServer, PackageShowByNameAndIdReturnsTheLoadedRecord) {
  json first = GetJson(Action("package_search", "rows=1"))["result"]["results"][0];
  const std::string id = first["id"], name = first["name"];
  std::ifstream in(testing::SampleCatalog());
  json loaded;
  for (std::string line; std::getline(in, line);) {
    json j = json::parse(line);
    if (j["id"] == id) loaded = j;
  }
  for (const auto& key : {id, name}) {
    json j = GetJson(Action("package_show", "id=" + UrlEncode(key)));
    EXPECT_EQ(j["result"], loaded) << key;
  }
  json missing = GetJson(Action("package_show", "id=no-such-dataset"), 404);
  EXPECT_EQ(missing["success"], false);
  EXPECT_EQ(missing["error"]["__type"], "Not Found Error");
}

TEST_F(SampleServer, BadRequestsGetCkanErrorsNotCrashes) {
  struct Case {
    std::string target;
    int status;
    std::string type;
  } cases[] = {
      {Action("package_search", "rows=abc"), 409, "Validation Error"},
      {Action("package_search", "rows=-1"), 409, "Validation Error"},
      {Action("package_search", "start=x"), 409, "Validation Error"},
      {Action("package_search", "facet.field=notjson"), 409, "Validation Error"},
      {Action("package_search", "sort=name"), 400, "Search Query Error"},
      {Action("package_search", "fq=" + UrlEncode("tags:\"open")), 400, "Search Query Error"},
      {Action("package_search", "fq=nosuchfield:x"), 400, "Search Query Error"},
      {Action("package_search", "bogus_param=1"), 400, "Search Query Error"},
      {Action("package_search", "q=" + UrlEncode("{!lucene}x")), 409, "Validation Error"},
      {Action("package_show"), 409, "Validation Error"},
  };
  for (const auto& c : cases) {
    json j = GetJson(c.target, c.status);
    EXPECT_EQ(j["success"], false) << c.target;
    EXPECT_EQ(j["error"]["__type"], c.type) << c.target;
  }
  json rows = GetJson(Action("package_search", "rows=abc"), 409);
  EXPECT_EQ(rows["error"]["rows"], json::array({"Invalid integer"}));
  auto unknown = HttpGet(server_->port(), Action("no_such_action"));
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(json::parse(unknown.body), "Bad request - Action name not known: no_such_action");
  auto bad_body = HttpPostJson(server_->port(), Action("package_search"), "{not json");
  EXPECT_EQ(bad_body.status, 400);
}

TEST_F(SampleServer, RowsAreClampedTo1000AndPagingIsConsistent) {
  json all = GetJson(Action("package_search", "rows=5000&sort=" + UrlEncode("name asc")));
  const auto& results = all["result"]["results"];
  EXPECT_EQ(results.size(), all["result"]["count"].get<size_t>());  // < 1000 in the sample
  json page = GetJson(Action("package_search", "rows=5&start=5&sort=" + UrlEncode("name asc")));
  for (size_t i = 0; i < 5; ++i) EXPECT_EQ(page["result"]["results"][i]["name"], results[5 + i]["name"]);
}

TEST_F(SampleServer, JsonpWrapsSuccessfulGetResponses) {
  auto r = HttpGet(server_->port(), Action("package_search", "rows=0&callback=cb"));
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body.rfind("cb(", 0), 0u);
  EXPECT_EQ(r.body.substr(r.body.size() - 2), ");");
  EXPECT_NE(r.Header("content-type").find("javascript"), std::string::npos);
  EXPECT_EQ(HttpGet(server_->port(), Action("package_search", "callback=" + UrlEncode("<x>"))).status, 400);
}

// A string field of a JSON object, "" when absent or null.
std::string Str(const json& obj, const char* key) {
  auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : "";
}

TEST_F(SampleServer, ServesUploadedResourceFilesAndRedirectsExternalOnes) {
  std::ifstream in(testing::SampleCatalog());
  bool served_upload = false, redirected = false;
  for (std::string line; std::getline(in, line) && !(served_upload && redirected);) {
    json d = json::parse(line);
    if (d.value("private", false) || Str(d, "state") != "active") continue;
    for (const auto& res : d["resources"]) {
      const std::string url = Str(res, "url");
      const std::string file = url.substr(url.find_last_of('/') + 1);
      const std::string target = "/dataset/" + d["id"].get<std::string>() + "/resource/" +
                                 res["id"].get<std::string>() + "/download/" + UrlEncode(file);
      if (Str(res, "url_type") == "upload" && !served_upload) {
        auto r = HttpGet(server_->port(), target);
        ASSERT_EQ(r.status, 200) << target;
        std::ifstream f(testing::SourceDir() + "/data/sample/files/" + file, std::ios::binary);
        std::stringstream bytes;
        bytes << f.rdbuf();
        EXPECT_EQ(r.body, bytes.str());
        served_upload = true;
      } else if (Str(res, "url_type") != "upload" && !url.empty() && !redirected) {
        auto r = HttpGet(server_->port(), target);
        EXPECT_EQ(r.status, 302);
        EXPECT_EQ(r.Header("location"), url);
        redirected = true;
      }
    }
  }
  EXPECT_TRUE(served_upload && redirected);
  EXPECT_EQ(HttpGet(server_->port(), "/dataset/nope/resource/x/download/a.csv").status, 404);
}

TEST_F(SampleServer, HealthAndVersionEndpoints) {
  json h = GetJson("/healthz");
  EXPECT_EQ(h["status"], "ok");
  EXPECT_EQ(h["index_generation"], 1);
  EXPECT_EQ(GetJson("/api/3")["version"], 3);
  EXPECT_EQ(HttpGet(server_->port(), "/no/such/page").status, 404);
}

TEST_F(SampleServer, AnswersTheSameAfterARestartOnTheSameIndex) {
  const std::string target = Action("package_search", "q=" + UrlEncode("ประชากร") +
                                                          "&facet.field=" + UrlEncode("[\"res_format\"]"));
  json before = GetJson(target);
  EXPECT_EQ(server_->Stop() & 0x7f, 0);  // exited cleanly on SIGTERM, not killed
  server_ = std::make_unique<ServerProcess>(dir_->Sub("index"));
  ASSERT_TRUE(server_->ok()) << server_->output();
  EXPECT_EQ(GetJson(target)["result"], before["result"]);
}

TEST(ServerReload, PicksUpANewGenerationWithoutRestart) {
  TempDir dir;
  const std::string one = dir.Write("one.jsonl", "{\"id\":\"a\",\"title\":\"หนึ่ง\"}\n");
  const std::string two = dir.Write("two.jsonl", "{\"id\":\"a\",\"title\":\"หนึ่ง\"}\n{\"id\":\"b\",\"title\":\"สอง\"}\n");
  ASSERT_TRUE(testing::BuildIndex({one}, dir.Sub("idx")));
  ServerProcess server(dir.Sub("idx"));
  ASSERT_TRUE(server.ok()) << server.output();
  auto count = [&] {
    auto r = HttpGet(server.port(), "/api/3/action/package_search?rows=0");
    return json::parse(r.body)["result"]["count"].get<int>();
  };
  EXPECT_EQ(count(), 1);
  ASSERT_TRUE(testing::BuildIndex({two}, dir.Sub("idx")));
  int seen = 0;
  for (int i = 0; i < 50 && seen != 2; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    seen = count();
  }
  EXPECT_EQ(seen, 2);
}

TEST(ServerStartup, ExplainsAMissingIndex) {
  TempDir dir;
  ServerProcess server(dir.Sub("nothing-here"));
  EXPECT_FALSE(server.ok());
  EXPECT_NE(server.output().find("no index at"), std::string::npos) << server.output();
}

}  // namespace
}  // namespace khonha
