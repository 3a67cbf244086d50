// CKAN conformance, the API mechanics (ckan/tests/controllers/test_api.py and
// ckan/views/api.py): routes and versions, GET/POST data rules, JSONP, the
// error envelope, unknown actions, the legacy /api/util autocomplete bodies,
// the DGA gateway's /get-ckan/ alias and Authorization tokens.
#include "tests/http/conformance_fixture.h"

namespace khonha::conformance {
namespace {

using Params = std::vector<std::pair<std::string, std::string>>;

class Protocol : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = CorpusServer::For(testing::SampleCatalog());
    ASSERT_NE(server_, nullptr);
  }
  uint16_t port() const { return server_->port(); }
  CorpusServer* server_ = nullptr;
};

// test_get_api_version
TEST_F(Protocol, ApiRootsAnswerTheirVersion) {
  struct Case {
    std::string path;
    int version;
  } cases[] = {{"/api", 3}, {"/api/", 3}, {"/api/1", 1}, {"/api/2", 2}, {"/api/3", 3}, {"/api/3/", 3}};
  for (const auto& c : cases) {
    Reply r = Get(port(), c.path);
    EXPECT_EQ(r.status, 200) << c.path;
    EXPECT_EQ(r.body, (json{{"version", c.version}})) << c.path;
  }
}

// The same action under /api/3/action, /api/action and /get-ckan (which
// accepts and ignores the gateway's api-key header).
TEST_F(Protocol, ServesActionsUnderEveryCkanPathAndTheGatewayAlias) {
  const std::string query = "?" + Query({{"q", "ท่องเที่ยว"}, {"rows", "3"}});
  json reference = ResultOf(Get(port(), "/api/3/action/package_search" + query), "v3");
  EXPECT_EQ(ResultOf(Get(port(), "/api/action/package_search" + query), "unversioned"), reference);
  EXPECT_EQ(ResultOf(Get(port(), "/get-ckan/package_search" + query, {{"api-key", "gateway-key-123"}}),
                     "get-ckan"),
            reference);
  EXPECT_EQ(ResultOf(Get(port(), "/api/3/action/package_search/" + query), "trailing slash"), reference);
  // The envelope's help link names the action.
  Reply r = Get(port(), "/get-ckan/status_show");
  EXPECT_NE(r.body.value("help", "").find("help_show?name=status_show"), std::string::npos) << r.raw;
}

// test_readonly_is_get_able_with_normal_url_params and the POST forms CKAN reads.
TEST_F(Protocol, ReadsGetParametersAndPostBodiesAlike) {
  json get = ResultOf(Get(port(), ActionPath("package_list", {{"limit", "4"}})), "GET");
  EXPECT_EQ(ResultOf(Post(port(), ActionPath("package_list"), R"({"limit": 4})"), "JSON"), get);
  EXPECT_EQ(ResultOf(Post(port(), ActionPath("package_list"), "limit=4", "application/x-www-form-urlencoded"),
                     "form"),
            get);
  // A JSON document sent as a form's only key (old clients).
  EXPECT_EQ(ResultOf(Post(port(), ActionPath("package_list"), testing::UrlEncode(R"({"limit": 4})"),
                          "application/x-www-form-urlencoded"),
                     "JSON as form key"),
            get);
  // A POST without a body reads the URL parameters.
  EXPECT_EQ(ResultOf(Post(port(), ActionPath("package_list", {{"limit", "4"}}), ""), "empty POST"), get);
  // Repeated GET parameters become a list (fq_list=a&fq_list=b).
  EXPECT_EQ(Get(port(), ActionPath("package_search", {{"fq_list", "tags:*"}, {"fq_list", "res_format:*"}})).status,
            200);
}

// _get_request_data's errors are a bare JSON string with status 400.
TEST_F(Protocol, RejectsUnreadableBodiesAndUnknownActions) {
  for (const std::string body : {"{not json", "[1, 2]"}) {
    Reply r = Post(port(), ActionPath("package_search"), body);
    EXPECT_EQ(r.status, 400) << body;
    ASSERT_TRUE(r.body.is_string()) << r.raw;
    EXPECT_NE(r.body.get<std::string>().find("JSON Error"), std::string::npos) << r.raw;
  }
  Reply unknown = Get(port(), ActionPath("no_such_action"));
  EXPECT_EQ(unknown.status, 400);
  ASSERT_TRUE(unknown.body.is_string());
  EXPECT_NE(unknown.body.get<std::string>().find("Action name not known: no_such_action"), std::string::npos);
  // Write actions do not exist here: CKAN clients get the same 400.
  EXPECT_EQ(Post(port(), ActionPath("package_create"), R"({"name": "x"})").status, 400);
  Reply put = ToReply(testing::HttpRequestRaw(port(), "PUT", ActionPath("package_list"), "{}"));
  EXPECT_EQ(put.status, 405);
}

// test_jsonp_works_on_get_requests / _returns_javascript_content_type /
// _does_not_work_on_post_requests
TEST_F(Protocol, WrapsGetResponsesInJsonpCallbacksOnly) {
  Reply r = Get(port(), ActionPath("package_list", {{"callback", "my_callback"}}));
  EXPECT_EQ(r.status, 200);
  ASSERT_EQ(r.raw.rfind("my_callback(", 0), 0u) << r.raw.substr(0, 80);
  ASSERT_EQ(r.raw.substr(r.raw.size() - 2), ");");
  json inner = json::parse(r.raw.substr(12, r.raw.size() - 14));
  EXPECT_EQ(inner["success"], true);
  EXPECT_EQ(inner["result"], ResultOf(Get(port(), ActionPath("package_list")), "plain"));
  EXPECT_NE(Get(port(), ActionPath("status_show", {{"callback", "cb"}})).content_type.find("application/javascript"),
            std::string::npos);
  Reply post = Post(port(), ActionPath("package_list", {{"callback", "my_callback"}}), "");
  EXPECT_EQ(post.raw.rfind("my_callback", 0), std::string::npos);
  EXPECT_EQ(post.body["success"], true);
  // A callback is not a search parameter, and JSONP runs anonymously.
  EXPECT_EQ(Get(port(), ActionPath("package_search", {{"callback", "cb"}})).status, 200);
  const std::string priv = *server_->facts.private_names.begin();
  EXPECT_EQ(Get(port(), ActionPath("package_show", {{"id", priv}})).status, 403);
  EXPECT_EQ(Get(port(), ActionPath("package_show", {{"id", priv}, {"callback", "cb"}}),
                {{"Authorization", kSysadminToken}})
                .status,
            403);
  // Error responses are never wrapped.
  Reply err = Get(port(), ActionPath("package_show", {{"id", "nope"}, {"callback", "cb"}}));
  EXPECT_EQ(err.status, 404);
  EXPECT_EQ(err.body["success"], false);
}

// Every failure is CKAN's envelope {help, success: false, error: {__type, ...}}.
TEST_F(Protocol, ErrorsUseTheCkanEnvelopeAndStatusCodes) {
  struct Case {
    std::string target;
    int status;
    std::string type;
  } cases[] = {
      {ActionPath("package_show", {{"id", "nope"}}), 404, "Not Found Error"},
      {ActionPath("package_search", {{"rows", "x"}}), 409, "Validation Error"},
      {ActionPath("package_search", {{"bogus", "1"}}), 400, "Search Query Error"},
      {ActionPath("organization_list", {{"sort", "bogus"}}), 409, "Validation Error"},
      {ActionPath("package_show", {{"id", *server_->facts.private_names.begin()}}), 403, "Authorization Error"},
  };
  for (const auto& c : cases) {
    Reply r = Get(port(), c.target);
    ErrorOf(r, c.status, c.type, c.target);
    EXPECT_TRUE(r.body.contains("help")) << c.target;
    EXPECT_FALSE(r.body.contains("result")) << c.target;
    EXPECT_EQ(r.content_type, "application/json;charset=utf-8") << c.target;
  }
}

// test_dataset_autocomplete_name / _title, test_tag_autocomplete,
// test_format_autocomplete, test_group/organization_autocomplete_*
TEST_F(Protocol, LegacyUtilAutocompleteRoutesKeepTheirBodies) {
  json pkg = ResultOf(Get(port(), ActionPath("package_search", {{"rows", "1"}, {"sort", "name asc"}})),
                      "first")["results"][0];
  const std::string name = pkg["name"];
  Reply ds = Get(port(), "/api/2/util/dataset/autocomplete?" + Query({{"incomplete", name}}));
  EXPECT_EQ(ds.status, 200);
  EXPECT_EQ(ds.content_type, "application/json;charset=utf-8");
  ASSERT_FALSE(ds.body["ResultSet"]["Result"].empty()) << ds.raw;
  EXPECT_EQ(ds.body["ResultSet"]["Result"][0],
            (json{{"match_field", "name"}, {"name", name}, {"match_displayed", name}, {"title", pkg["title"]}}));
  Reply tag = Get(port(), "/api/util/tag/autocomplete?" + Query({{"incomplete", "ท่องเที่ยว"}}));
  ASSERT_FALSE(tag.body["ResultSet"]["Result"].empty()) << tag.raw;
  EXPECT_TRUE(tag.body["ResultSet"]["Result"][0].contains("Name"));
  struct FormatCase {
    std::string incomplete;
    json expected;
  } formats[] = {{"", json::array()}, {"cs", json::array({{{"Format", "csv"}}})}};
  for (const auto& c : formats) {
    Reply f = Get(port(), "/api/2/util/resource/format_autocomplete?" + Query({{"incomplete", c.incomplete}}));
    EXPECT_EQ(f.body, (json{{"ResultSet", {{"Result", c.expected}}}})) << c.incomplete;
  }
  Reply none = Get(port(), "/api/2/util/resource/format_autocomplete");
  EXPECT_EQ(none.body, (json{{"ResultSet", {{"Result", json::array()}}}}));
  json org = ResultOf(Get(port(), ActionPath("organization_list", {{"all_fields", "true"}, {"limit", "1"}})),
                      "org")[0];
  Reply orgs = Get(port(), "/api/2/util/organization/autocomplete?" + Query({{"q", org["name"]}}));
  ASSERT_TRUE(orgs.body.is_array()) << orgs.raw;
  EXPECT_EQ(orgs.body[0]["name"], org["name"]);
  EXPECT_EQ(orgs.body[0]["title"], org["title"]);
  Reply groups = Get(port(), "/api/2/util/group/autocomplete?q=");
  EXPECT_EQ(groups.body, json::array());
  EXPECT_EQ(Get(port(), "/api/2/util/nothing/here").status, 404);
}

// test_header_based_auth_default: a token in Authorization reads private
// datasets; include_private=true then works as CKAN's does.
TEST_F(Protocol, AuthorizationTokensUnlockPrivateDatasetsOfTheirOrganizations) {
  const CatalogFacts& facts = server_->facts;
  auto count = [&](const Params& p, const std::string& token) {
    Params q = p;
    q.emplace_back("rows", "0");
    std::vector<std::pair<std::string, std::string>> headers;
    if (!token.empty()) headers.emplace_back("Authorization", token);
    return ResultOf(Get(port(), ActionPath("package_search", q), headers), Query(q))["count"].get<uint64_t>();
  };
  const uint64_t anon = count({}, "");
  EXPECT_EQ(count({{"include_private", "true"}}, ""), anon);
  EXPECT_EQ(count({}, kOrgToken), anon);  // include_private defaults to false
  size_t org_private = 0, all_private = 0;
  for (const auto& n : facts.private_names) {
    if (facts.draft_names.count(n)) continue;
    ++all_private;
    if (facts.org_of.at(n) == facts.token_org) ++org_private;
  }
  EXPECT_EQ(count({{"include_private", "true"}}, kOrgToken), anon + org_private);
  EXPECT_EQ(count({{"include_private", "true"}}, kSysadminToken), anon + all_private);
  // test_package_search_with_include_drafts_option_includes_drafts_for_sysadmin
  size_t public_drafts = 0;
  for (const auto& n : facts.draft_names) public_drafts += facts.private_names.count(n) ? 0 : 1;
  EXPECT_EQ(count({{"include_drafts", "true"}}, kSysadminToken), anon + public_drafts);
  EXPECT_EQ(count({{"include_drafts", "true"}}, ""), anon);
  // The organization's token sees no other organization's private datasets.
  json mine = ResultOf(Get(port(), ActionPath("package_search", {{"include_private", "true"}, {"rows", "1000"}}),
                           {{"Authorization", kOrgToken}}),
                       "org token");
  for (const auto& p : mine["results"]) {
    if (facts.private_names.count(p["name"])) {
      EXPECT_EQ(facts.org_of.at(p["name"]), facts.token_org);
    }
  }
}

}  // namespace
}  // namespace khonha::conformance
