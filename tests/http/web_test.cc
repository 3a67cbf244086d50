// The web UI through the real server: search page, facet filters, dataset
// page, and that catalog text is always escaped.
#include <gtest/gtest.h>

#include "tests/support/http_client.h"
#include "tests/support/server_process.h"
#include "tests/support/test_env.h"

namespace khonha {
namespace {

using testing::HttpGet;
using testing::ServerProcess;
using testing::TempDir;
using testing::UrlEncode;

class WebUi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    // The sample plus records crafted to attack the page.
    const std::string extra = dir_->Write(
        "extra.jsonl",
        R"J({"id":"xss-1","name":"xss-one","title":"<script>alert(1)</script> ข้อมูลทดสอบ","notes":"\"><img src=x onerror=alert(2)>","tags":[{"name":"<b>tag</b>"}],"organization":{"name":"evil","title":"<i>org</i>"},"resources":[{"id":"r1","name":"js","format":"CSV","url":"javascript:alert(3)"}]})J"
        "\n"
        R"J({"id":"secret-1","name":"secret-one","title":"ข้อมูลลับ","private":true})J"
        "\n");
    ASSERT_TRUE(testing::BuildIndex({testing::SampleCatalog(), extra}, dir_->Sub("index")));
  }
  static void TearDownTestSuite() { delete dir_; }
  void SetUp() override {
    server_ = std::make_unique<ServerProcess>(
        dir_->Sub("index"), std::vector<std::string>{"--web-root", testing::SourceDir() + "/web"});
    ASSERT_TRUE(server_->ok()) << server_->output();
  }
  static TempDir* dir_;
  std::unique_ptr<ServerProcess> server_;
};
TempDir* WebUi::dir_ = nullptr;

TEST_F(WebUi, SearchPageListsMatchesWithThaiFacetsAndCount) {
  auto r = HttpGet(server_->port(), "/dataset?q=" + UrlEncode("ท่องเที่ยว"));
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.Header("content-type").find("text/html"), std::string::npos);
  EXPECT_NE(r.body.find("ชุดข้อมูล"), std::string::npos);
  EXPECT_NE(r.body.find("หน่วยงาน"), std::string::npos);  // organization facet, Thai label
  EXPECT_NE(r.body.find("รูปแบบไฟล์"), std::string::npos);
  EXPECT_NE(r.body.find("<mark>ท่องเที่ยว</mark>"), std::string::npos);  // query words highlighted
  EXPECT_EQ(HttpGet(server_->port(), "/").status, 200);
}

TEST_F(WebUi, FacetLinkNarrowsAndChipRemovesTheFilter) {
  auto all = HttpGet(server_->port(), "/dataset");
  auto csv = HttpGet(server_->port(), "/dataset?res_format=CSV");
  ASSERT_EQ(csv.status, 200);
  // The CSV filter is shown as a removable chip linking back to the unfiltered page.
  EXPECT_NE(csv.body.find("class=\"chip\""), std::string::npos);
  EXPECT_NE(csv.body.find("href=\"/dataset\""), std::string::npos);
  EXPECT_NE(all.body, csv.body);
}

TEST_F(WebUi, CatalogTextIsEscapedEverywhere) {
  auto search = HttpGet(server_->port(), "/dataset?q=" + UrlEncode("ข้อมูลทดสอบ"));
  ASSERT_EQ(search.status, 200);
  auto page = HttpGet(server_->port(), "/dataset/xss-one");
  ASSERT_EQ(page.status, 200);
  for (const auto* body : {&search.body, &page.body}) {
    EXPECT_EQ(body->find("<script>alert"), std::string::npos);
    EXPECT_EQ(body->find("<img src=x"), std::string::npos);
    EXPECT_EQ(body->find("<b>tag</b>"), std::string::npos);
    EXPECT_EQ(body->find("<i>org</i>"), std::string::npos);
  }
  EXPECT_NE(page.body.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_EQ(page.body.find("javascript:alert"), std::string::npos);  // no script URLs as links
}

TEST_F(WebUi, DatasetPageShowsResourcesAndHidesPrivateOnes) {
  auto page = HttpGet(server_->port(), "/dataset/xss-one");
  EXPECT_NE(page.body.find("ทรัพยากร"), std::string::npos);
  EXPECT_EQ(HttpGet(server_->port(), "/dataset/secret-one").status, 403);
  EXPECT_EQ(HttpGet(server_->port(), "/dataset/no-such-thing").status, 404);
  auto search = HttpGet(server_->port(), "/dataset?q=" + UrlEncode("ข้อมูลลับ"));
  EXPECT_EQ(search.body.find("secret-one"), std::string::npos);
}

TEST_F(WebUi, ServesTheStylesheet) {
  auto css = HttpGet(server_->port(), "/static/khonha.css");
  EXPECT_EQ(css.status, 200);
  EXPECT_NE(css.Header("content-type").find("text/css"), std::string::npos);
  EXPECT_EQ(HttpGet(server_->port(), "/static/../CMakeLists.txt").status, 404);
}

}  // namespace
}  // namespace khonha
