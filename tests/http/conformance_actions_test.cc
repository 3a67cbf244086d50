// CKAN conformance, the other read actions over the bundled sample catalog:
// CKAN's assertions from ckan/tests/logic/action/test_get.py (TestPackageList,
// TestCurrentPackageList, TestGroupList/Show, TestOrganizationList/Show,
// TestTagList/Show, TestPackageAutocomplete, TestFormatAutocomplete,
// TestStatusShow, TestGetHelpShow) plus Thai-specific and privacy cases.
#include <algorithm>
#include <set>

#include "tests/http/conformance_fixture.h"

namespace khonha::conformance {
namespace {

using Params = std::vector<std::pair<std::string, std::string>>;

class Actions : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = CorpusServer::For(testing::SampleCatalog());
    ASSERT_NE(server_, nullptr);
  }
  Reply Call(const std::string& action, const Params& params = {},
             const std::vector<std::pair<std::string, std::string>>& headers = {}) {
    return Get(server_->port(), ActionPath(action, params), headers);
  }
  json Result(const std::string& action, const Params& params = {},
              const std::vector<std::pair<std::string, std::string>>& headers = {}) {
    return ResultOf(Call(action, params, headers), action + "?" + Query(params));
  }
  uint64_t SearchCount(const Params& params) {
    Params p = params;
    p.emplace_back("rows", "0");
    return Result("package_search", p)["count"].get<uint64_t>();
  }
  const CatalogFacts& facts() const { return server_->facts; }
  // A private, active dataset of the token's organization.
  std::string TokenOrgPrivateDataset() const {
    for (const auto& name : facts().private_names) {
      if (!facts().draft_names.count(name) && facts().org_of.at(name) == facts().token_org) return name;
    }
    return "";
  }

  CorpusServer* server_ = nullptr;
};

// TestPackageList.test_package_list / test_package_list_private
TEST_F(Actions, PackageListNamesPublicActiveDatasetsInNameOrder) {
  json names = Result("package_list");
  ASSERT_TRUE(names.is_array());
  EXPECT_EQ(names.size(), SearchCount({}));
  EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
  for (const auto& n : names) EXPECT_FALSE(facts().Hidden(n)) << n;
  // Even a sysadmin's package_list is public datasets only.
  EXPECT_EQ(Result("package_list", {}, {{"Authorization", kSysadminToken}}), names);
  json page = Result("package_list", {{"limit", "3"}, {"offset", "2"}});
  ASSERT_EQ(page.size(), 3u);
  EXPECT_EQ(page[0], names[2]);
  ErrorOf(Call("package_list", {{"limit", "a"}}), 409, "Validation Error", "limit=a");
  EXPECT_EQ(ErrorOf(Call("package_list", {{"offset", "-2"}}), 409, "Validation Error", "offset")["offset"],
            json::array({"Must be a natural number"}));
}

// TestCurrentPackageList: default rows, limit (newest first), offset, privacy.
TEST_F(Actions, CurrentPackageListWithResourcesIsNewestFirst) {
  json all = Result("current_package_list_with_resources");
  EXPECT_EQ(all.size(), 10u);
  json newest = Result("package_search", {{"sort", "metadata_modified desc"}, {"rows", "2"}});
  json one = Result("current_package_list_with_resources", {{"limit", "1"}});
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0]["name"], newest["results"][0]["name"]);
  EXPECT_TRUE(one[0].contains("resources"));
  json second = Result("current_package_list_with_resources", {{"limit", "1"}, {"offset", "1"}});
  EXPECT_EQ(second[0]["name"], newest["results"][1]["name"]);
  json paged = Result("current_package_list_with_resources", {{"limit", "1"}, {"page", "2"}});
  EXPECT_EQ(paged[0]["name"], newest["results"][1]["name"]);
  auto names_of = [](const json& list) {
    std::set<std::string> s;
    for (const auto& p : list) s.insert(p["name"].get<std::string>());
    return s;
  };
  json anon = Result("current_package_list_with_resources", {{"limit", "1000"}});
  for (const auto& n : names_of(anon)) EXPECT_FALSE(facts().Hidden(n)) << n;
  // test_current_package_list_private_datasets_sysadmin_user
  json admin = Result("current_package_list_with_resources", {{"limit", "1000"}},
                      {{"Authorization", kSysadminToken}});
  EXPECT_GT(admin.size(), anon.size());
  ErrorOf(Call("current_package_list_with_resources", {{"page", "0"}}), 409, "Validation Error", "page=0");
}

// package_show: private → 403 for anonymous, 200 for the organization's token.
TEST_F(Actions, PackageShowGuardsPrivateAndDraftDatasets) {
  const std::string priv = TokenOrgPrivateDataset();
  ASSERT_FALSE(priv.empty());
  EXPECT_EQ(ErrorOf(Call("package_show", {{"id", priv}}), 403, "Authorization Error", priv)
                .value("message", "")
                .rfind("Access denied", 0),
            0u);
  EXPECT_EQ(Result("package_show", {{"id", priv}}, {{"Authorization", kOrgToken}})["name"], priv);
  EXPECT_EQ(Result("package_show", {{"id", priv}}, {{"Authorization", std::string("Bearer ") + kOrgToken}})["name"],
            priv);
  EXPECT_EQ(Result("package_show", {{"id", priv}}, {{"Authorization", kSysadminToken}})["name"], priv);
  ErrorOf(Call("package_show", {{"id", priv}}, {{"Authorization", "not-a-configured-token"}}), 403,
          "Authorization Error", "unknown token is anonymous");
  for (const auto& draft : facts().draft_names) {
    ErrorOf(Call("package_show", {{"id", draft}}), 403, "Authorization Error", draft);
  }
  EXPECT_EQ(ErrorOf(Call("package_show", {{"id", "no-such-dataset"}}), 404, "Not Found Error", "missing")["message"],
            "Not found");
  EXPECT_EQ(ErrorOf(Call("package_show"), 409, "Validation Error", "no id")["name_or_id"],
            json::array({"Missing value"}));
}

// resource_show (CKAN: NotFound, then package_show's authorization).
TEST_F(Actions, ResourceShowFindsAResourceAndGuardsPrivateOnes) {
  json pkg;
  const json page = Result("package_search", {{"rows", "20"}});
  for (const auto& p : page["results"]) {
    if (!p["resources"].empty()) pkg = p;
  }
  ASSERT_TRUE(pkg.is_object());
  const json& res = pkg["resources"][0];
  EXPECT_EQ(Result("resource_show", {{"id", res["id"]}}), res);
  ErrorOf(Call("resource_show", {{"id", "no-such-resource"}}), 404, "Not Found Error", "missing");
  EXPECT_EQ(ErrorOf(Call("resource_show"), 409, "Validation Error", "no id")["id"],
            json::array({"Missing value"}));
  const std::string priv = TokenOrgPrivateDataset();
  json private_pkg = Result("package_show", {{"id", priv}}, {{"Authorization", kOrgToken}});
  ASSERT_FALSE(private_pkg["resources"].empty());
  const std::string rid = private_pkg["resources"][0]["id"];
  ErrorOf(Call("resource_show", {{"id", rid}}), 403, "Authorization Error", "private resource");
  EXPECT_EQ(Result("resource_show", {{"id", rid}}, {{"Authorization", kOrgToken}})["id"], rid);
}

// TestOrganizationList / TestGroupList: names, default "title asc", limits, filters.
TEST_F(Actions, OrganizationAndGroupListsFollowCkanOptions) {
  for (const std::string kind : {"organization", "group"}) {
    const std::string action = kind + "_list";
    json names = Result(action);
    ASSERT_TRUE(names.is_array() && names.size() >= 2) << names;
    json full = Result(action, {{"all_fields", "true"}, {"limit", "1000"}});
    // test_all_fields_limit_default: 25 with all_fields.
    EXPECT_EQ(Result(action, {{"all_fields", "true"}}).size(), std::min<size_t>(25, names.size()));
    // test_group_list_sort_default: by title.
    std::vector<std::string> titles;
    for (const auto& o : full) titles.push_back(o["display_name"]);
    EXPECT_TRUE(std::is_sorted(titles.begin(), titles.end())) << kind;
    // test_group_list_all_fields: no users/extras/groups/tags/packages by default.
    for (const char* key : {"users", "extras", "groups", "tags", "packages"}) {
      EXPECT_FALSE(full[0].contains(key)) << kind << " " << key;
    }
    EXPECT_TRUE(full[0].contains("package_count"));
    EXPECT_EQ(full[0]["is_organization"], kind == "organization");
    // test_group_list_limit / _offset / _limit_and_offset / _limit_as_string
    EXPECT_EQ(Result(action, {{"limit", "1"}}), json::array({names[0]}));
    EXPECT_EQ(Result(action, {{"offset", "1"}, {"limit", "1"}}), json::array({names[1]}));
    EXPECT_EQ(Result(action, {{"offset", std::to_string(names.size() - 1)}}).size(), 1u);
    // test_group_list_wrong_limit / _wrong_offset
    ErrorOf(Call(action, {{"limit", "a"}}), 409, "Validation Error", action + " limit=a");
    ErrorOf(Call(action, {{"offset", "-2"}}), 409, "Validation Error", action + " offset=-2");
    // sort by name, package_count (desc by default), package_count asc; bad sorts
    json by_name = Result(action, {{"sort", "name asc"}});
    EXPECT_TRUE(std::is_sorted(by_name.begin(), by_name.end()));
    json by_count = Result(action, {{"sort", "package_count"}, {"all_fields", "true"}, {"limit", "1000"}});
    for (size_t i = 1; i < by_count.size(); ++i) {
      EXPECT_GE(by_count[i - 1]["package_count"], by_count[i]["package_count"]) << kind;
    }
    json asc = Result(action, {{"sort", "package_count asc"}, {"all_fields", "true"}, {"limit", "1000"}});
    EXPECT_LE(asc[0]["package_count"], asc[asc.size() - 1]["package_count"]);
    EXPECT_EQ(ErrorOf(Call(action, {{"sort", "bogus"}}), 409, "Validation Error", "sort")["message"],
              "Cannot sort by field `bogus`");
    ErrorOf(Call(action, {{"sort", "name sideways"}}), 409, "Validation Error", "direction");
    ErrorOf(Call(action, {{"sort", "name asc, title asc"}}), 409, "Validation Error", "two sorts");
    // test_group_list_filter_by_name: a comma string or a list.
    const std::string filter_key = kind == "organization" ? "organizations" : "groups";
    const std::string two = names[0].get<std::string>() + "," + names[1].get<std::string>();
    json picked = Result(action, {{filter_key, two}, {"sort", "name asc"}});
    EXPECT_EQ(picked.size(), 2u);
    json picked_post = ResultOf(Post(server_->port(), ActionPath(action),
                                     json{{filter_key, {names[0], names[1]}}, {"sort", "name asc"}}.dump()),
                                "filter list");
    EXPECT_EQ(picked_post, picked);
    // Another kind of object is not listed (test_group_list_in_presence_of_organizations).
    EXPECT_EQ(Result(action, {{"type", "custom"}}), json::array());
  }
}

// Counts are over visible datasets only: they add up to what package_search shows.
TEST_F(Actions, ListPackageCountsNeverCountPrivateDatasets) {
  // all_fields pages hold at most 25 (test_all_fields_limit_default).
  json orgs = json::array();
  for (size_t offset = 0;; offset += 25) {
    json page = Result("organization_list", {{"all_fields", "true"}, {"offset", std::to_string(offset)}});
    for (auto& o : page) orgs.push_back(o);
    if (page.size() < 25) break;
  }
  EXPECT_EQ(orgs.size(), Result("organization_list").size());
  uint64_t total = 0;
  for (const auto& o : orgs) {
    total += o["package_count"].get<uint64_t>();
    EXPECT_EQ(o["package_count"], SearchCount({{"fq", "organization:\"" + o["name"].get<std::string>() + "\""}}))
        << o["name"];
  }
  EXPECT_EQ(total, SearchCount({}));
  json member = Result("organization_list", {{"all_fields", "true"}, {"limit", "1000"},
                                             {"organizations", facts().token_org}},
                       {{"Authorization", kOrgToken}});
  ASSERT_EQ(member.size(), 1u);
  EXPECT_GT(member[0]["package_count"].get<uint64_t>(),
            SearchCount({{"fq", "organization:\"" + facts().token_org + "\""}}));
}

// TestOrganizationShow / TestGroupShow
TEST_F(Actions, OrganizationAndGroupShowFollowCkan) {
  json org_rows = Result("organization_list", {{"all_fields", "true"}, {"limit", "1"}});
  const json org = org_rows[0];
  json by_name = Result("organization_show", {{"id", org["name"]}});
  json by_id = Result("organization_show", {{"id", org["id"]}});
  EXPECT_EQ(by_name, by_id);
  EXPECT_EQ(by_name["package_count"], org["package_count"]);
  EXPECT_FALSE(by_name.contains("packages"));
  json with = Result("organization_show", {{"id", org["name"]}, {"include_datasets", "true"}});
  EXPECT_EQ(with["packages"].size(), std::min<size_t>(10, org["package_count"].get<size_t>()));
  for (const auto& p : with["packages"]) EXPECT_EQ(p["organization"]["name"], org["name"]);
  // test_organization_show_private_packages_not_returned
  json token_org = Result("organization_show", {{"id", facts().token_org}, {"include_datasets", "true"}});
  for (const auto& p : token_org["packages"]) EXPECT_FALSE(facts().Hidden(p["name"])) << p["name"];
  json as_member = Result("organization_show", {{"id", facts().token_org}}, {{"Authorization", kOrgToken}});
  EXPECT_GT(as_member["package_count"], token_org["package_count"]);
  ErrorOf(Call("organization_show", {{"id", "does_not_exist"}}), 404, "Not Found Error", "missing org");
  ErrorOf(Call("organization_show", {{"include_datasets", "maybe"}, {"id", org["name"]}}), 409,
          "Validation Error", "not a bool");
  ErrorOf(Call("organization_show"), 409, "Validation Error", "no id");
  const std::string group = Result("group_list", {{"limit", "1"}})[0];
  json g = Result("group_show", {{"id", group}, {"include_datasets", "true"}});
  EXPECT_EQ(g["name"], group);
  EXPECT_EQ(g["is_organization"], false);
  EXPECT_EQ(g["package_count"], SearchCount({{"fq", "groups:\"" + group + "\""}}));
  // test_group_show_error_for_organization and its converse
  ErrorOf(Call("group_show", {{"id", org["name"]}}), 404, "Not Found Error", "org as group");
  ErrorOf(Call("organization_show", {{"id", group}}), 404, "Not Found Error", "group as org");
}

// TestTagList / TestTagShow, with Thai tags.
TEST_F(Actions, TagListAndTagShow) {
  json tags = Result("tag_list");
  json facet = Result("package_search", {{"rows", "0"}, {"facet.field", R"(["tags"])"}, {"facet.limit", "-1"}});
  EXPECT_EQ(tags.size(), facet["facets"]["tags"].size());  // only tags of visible datasets
  EXPECT_TRUE(std::is_sorted(tags.begin(), tags.end()));
  const std::string thai = "ท่องเที่ยว";
  json found = Result("tag_list", {{"query", thai}});
  ASSERT_FALSE(found.empty());
  for (const auto& t : found) EXPECT_NE(t.get<std::string>().find(thai), std::string::npos) << t;
  json all_fields = Result("tag_list", {{"all_fields", "true"}});
  EXPECT_EQ(all_fields[0]["name"], tags[0]);
  EXPECT_EQ(all_fields[0]["display_name"], tags[0]);
  EXPECT_TRUE(all_fields[0]["vocabulary_id"].is_null());
  ErrorOf(Call("tag_list", {{"vocabulary_id", "does-not-exist"}}), 404, "Not Found Error", "vocab");

  json shown = Result("tag_show", {{"id", thai}, {"include_datasets", "true"}});
  EXPECT_EQ(shown["name"], thai);
  EXPECT_EQ(shown["display_name"], thai);
  EXPECT_TRUE(shown["vocabulary_id"].is_null());
  EXPECT_EQ(shown["packages"].size(), facet["facets"]["tags"][thai].get<size_t>());
  EXPECT_FALSE(Result("tag_show", {{"id", thai}}).contains("packages"));
  ErrorOf(Call("tag_show", {{"id", "no-such-tag-xyz"}}), 404, "Not Found Error", "missing tag");
  // A tag used only by private datasets does not exist for anonymous callers.
  std::set<std::string> public_tags(tags.begin(), tags.end());
  for (const auto& r : facts().records) {
    if (!facts().private_names.count(r["name"])) continue;
    for (const auto& t : r["tags"]) {
      const std::string name = t["name"];
      if (!public_tags.count(name)) ErrorOf(Call("tag_show", {{"id", name}}), 404, "Not Found Error", name);
    }
  }
}

TEST_F(Actions, LicenseListHasTheLicencesDatasetsUse) {
  json licences = Result("license_list");
  std::set<std::string> ids;
  for (const auto& l : licences) {
    ids.insert(l["id"].get<std::string>());
    EXPECT_TRUE(l.contains("title"));
  }
  json facet = Result("package_search", {{"rows", "0"}, {"facet.field", R"(["license_id"])"}});
  for (const auto& item : facet["search_facets"]["license_id"]["items"]) {
    EXPECT_TRUE(ids.count(item["name"])) << item["name"];
  }
}

// TestPackageAutocomplete
TEST_F(Actions, PackageAutocompleteMatchesNamesAndTitles) {
  json pkg = Result("package_search", {{"rows", "1"}, {"sort", "name asc"}})["results"][0];
  const std::string name = pkg["name"];
  json by_name = Result("package_autocomplete", {{"q", name.substr(0, 5)}});
  ASSERT_FALSE(by_name.empty());
  EXPECT_EQ(by_name[0]["match_field"], "name");
  EXPECT_EQ(by_name[0]["match_displayed"], by_name[0]["name"]);
  // test_package_autocomplete_match_title / _works_for_the_middle_part_of_title (Thai)
  const std::string title = pkg["title"];
  json by_title = Result("package_autocomplete", {{"q", "ท่องเที่ยว"}, {"limit", "100"}});
  ASSERT_FALSE(by_title.empty());
  for (const auto& m : by_title) {
    EXPECT_EQ(m["match_field"], "title");
    EXPECT_NE(m["title"].get<std::string>().find("ท่องเที่ยว"), std::string::npos);
    EXPECT_EQ(m["match_displayed"], m["title"].get<std::string>() + " (" + m["name"].get<std::string>() + ")");
    EXPECT_FALSE(facts().Hidden(m["name"])) << m["name"];
  }
  EXPECT_EQ(Result("package_autocomplete", {{"q", "ท่องเที่ยว"}}).size(), std::min<size_t>(10, by_title.size()));
  EXPECT_EQ(Result("package_autocomplete", {{"q", "ท่องเที่ยว"}, {"limit", "2"}}).size(), 2u);
  // test_package_autocomplete_does_not_return_private_datasets / _from_my_org
  const std::string priv = TokenOrgPrivateDataset();
  EXPECT_EQ(Result("package_autocomplete", {{"q", priv}}).size(), 0u) << priv;
  EXPECT_EQ(Result("package_autocomplete", {{"q", priv}}, {{"Authorization", kOrgToken}})[0]["name"], priv);
  ErrorOf(Call("package_autocomplete"), 409, "Validation Error", "no q");
}

// TestFormatAutocomplete: lower-cased, containing q, q required.
TEST_F(Actions, FormatAutocompleteIsLowerCasedAndMostUsedFirst) {
  EXPECT_EQ(Result("format_autocomplete", {{"q", "cs"}}), json::array({"csv"}));
  json s = Result("format_autocomplete", {{"q", "s"}, {"limit", "100"}});
  for (const auto& f : s) EXPECT_NE(f.get<std::string>().find('s'), std::string::npos) << f;
  EXPECT_LE(Result("format_autocomplete", {{"q", "s"}}).size(), 5u);
  EXPECT_EQ(Result("format_autocomplete", {{"q", "nosuchformat"}}), json::array());
  EXPECT_EQ(ErrorOf(Call("format_autocomplete"), 409, "Validation Error", "no q")["q"],
            json::array({"Missing value"}));
}

TEST_F(Actions, TagOrganizationAndGroupAutocomplete) {
  json tags = Result("tag_autocomplete", {{"q", "ท่องเที่ยว"}});
  ASSERT_FALSE(tags.empty());
  for (const auto& t : tags) EXPECT_NE(t.get<std::string>().find("ท่องเที่ยว"), std::string::npos);
  EXPECT_EQ(Result("tag_autocomplete", {{"query", "ท่องเที่ยว"}}), tags);
  EXPECT_EQ(Result("tag_autocomplete", {}), json::array());
  json org = Result("organization_list", {{"all_fields", "true"}, {"limit", "1"}})[0];
  for (const std::string& q : {org["name"].get<std::string>(), org["title"].get<std::string>()}) {
    json found = Result("organization_autocomplete", {{"q", q}});
    ASSERT_FALSE(found.empty()) << q;
    EXPECT_EQ(found[0].size(), 3u);  // id, name, title
    bool hit = false;
    for (const auto& f : found) hit = hit || f["name"] == org["name"];
    EXPECT_TRUE(hit) << q;
  }
  json group = Result("group_list", {{"all_fields", "true"}, {"limit", "1"}})[0];
  json g = Result("group_autocomplete", {{"q", group["title"]}});
  ASSERT_FALSE(g.empty());
  EXPECT_EQ(g[0]["name"], group["name"]);
  EXPECT_TRUE(Result("group_autocomplete", {{"q", org["name"]}}).empty() ||
              Result("group_autocomplete", {{"q", org["name"]}})[0]["name"] != org["name"]);
}

// TestStatusShow / TestGetHelpShow
TEST_F(Actions, StatusShowAndHelpShow) {
  json status = Result("status_show");
  for (const char* key : {"site_title", "site_description", "site_url", "ckan_version", "locale_default"}) {
    EXPECT_TRUE(status.contains(key)) << key;
  }
  EXPECT_TRUE(status["extensions"].is_array());
  json help = Result("help_show", {{"name", "package_search"}});
  EXPECT_TRUE(help.is_string());
  EXPECT_NE(help.get<std::string>().find("facet.field"), std::string::npos);
  EXPECT_EQ(ErrorOf(Call("help_show", {{"name", "unknown_action"}}), 404, "Not Found Error", "unknown")["message"],
            "Not found: Action function not found");
  ErrorOf(Call("help_show"), 409, "Validation Error", "no name");
}

// Thai fq values and GD-Catalog fields, multi-valued ones counted per value.
TEST_F(Actions, GdCatalogFieldsAreExactFacetableAndPerValue) {
  json r = Result("package_search", {{"rows", "0"}, {"facet.limit", "-1"},
                                     {"facet.field", R"(["data_format","objective","data_category","geo_coverage"])"}});
  const json& formats = r["facets"]["data_format"];
  ASSERT_FALSE(formats.empty());
  for (auto it = formats.begin(); it != formats.end(); ++it) {
    EXPECT_EQ(it.key().find('['), std::string::npos) << it.key();  // not the JSON text of a list
    EXPECT_EQ(SearchCount({{"fq", "data_format:\"" + it.key() + "\""}}), it.value().get<uint64_t>()) << it.key();
  }
  // Brute force from the file over visible datasets: per-value counts.
  std::map<std::string, uint64_t> expected;
  for (const auto& rec : facts().records) {
    if (facts().Hidden(rec["name"]) || !rec.contains("data_format")) continue;
    std::set<std::string> seen;
    for (const auto& v : rec["data_format"]) seen.insert(v.get<std::string>());
    for (const auto& v : seen) ++expected[v];
  }
  for (const auto& [value, n] : expected) EXPECT_EQ(formats.value(value, 0u), n) << value;
  const std::string thai_fq = "geo_coverage:\"จังหวัด\" AND data_category:\"ข้อมูลสาธารณะ\"";
  const uint64_t both = SearchCount({{"fq", thai_fq}});
  EXPECT_GT(both, 0u);
  EXPECT_LE(both, r["facets"]["geo_coverage"].value("จังหวัด", 0u));
  EXPECT_GT(SearchCount({{"fq", "data_classification:\"เปิดเผย\""}}), 0u);
  EXPECT_EQ(SearchCount({{"fq", "data_classification:\"ลับ\""}}), 0u);
}

}  // namespace
}  // namespace khonha::conformance
