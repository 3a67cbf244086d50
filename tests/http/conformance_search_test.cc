// CKAN conformance, package_search: CKAN's own assertions (ckan/tests/logic/
// action/test_get.py TestPackageSearch, ckan/lib/search/query.py) replayed
// over HTTP against the real server. Every case runs on the bundled sample
// catalog and again on the 1,236 real data.go.th records of
// ../shared/data/datagoth (skipped, saying so, when ../shared is absent).
// Expectations come from the server's own facet counts and from the corpus
// file, so they hold for any corpus.
#include <algorithm>
#include <set>

#include "tests/http/conformance_fixture.h"

namespace khonha::conformance {
namespace {

using Params = std::vector<std::pair<std::string, std::string>>;

class PackageSearch : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    std::string source;
    if (GetParam() == "sample") {
      source = testing::SampleCatalog();
    } else {
      source = testing::SharedData("datagoth/datagoth-1236.jsonl");
      if (source.empty()) {
        GTEST_SKIP() << "../shared/data/datagoth/datagoth-1236.jsonl is absent (no ../shared "
                        "beside the checkout): the real-records run is skipped";
      }
    }
    server_ = CorpusServer::For(source);
    ASSERT_NE(server_, nullptr);
  }

  json Search(const Params& params, const std::string& what = "") {
    return ResultOf(Get(server_->port(), ActionPath("package_search", params)),
                    what.empty() ? Query(params) : what);
  }
  uint64_t Count(const Params& params) {
    Params p = params;
    p.emplace_back("rows", "0");
    json r = Search(p);
    return r.is_object() ? r["count"].get<uint64_t>() : 0;
  }
  Reply Raw(const Params& params) { return Get(server_->port(), ActionPath("package_search", params)); }
  // The values of a facet over everything, most frequent first.
  std::vector<std::pair<std::string, uint64_t>> Facet(const std::string& field, int limit = -1) {
    json r = Search({{"rows", "0"}, {"facet.field", json::array({field}).dump()},
                     {"facet.limit", std::to_string(limit)}});
    std::vector<std::pair<std::string, uint64_t>> out;
    for (const auto& item : r["search_facets"][field]["items"]) {
      out.emplace_back(item["name"].get<std::string>(), item["count"].get<uint64_t>());
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
  }
  // Every visible dataset (at most 1000 per page), paged by name.
  std::vector<json> All(const Params& extra = {}) {
    std::vector<json> out;
    for (uint64_t start = 0;; start += 1000) {
      Params p = extra;
      p.insert(p.end(), {{"rows", "1000"}, {"start", std::to_string(start)}, {"sort", "name asc"}});
      json r = Search(p);
      if (!r.is_object() || r["results"].empty()) break;
      for (auto& pkg : r["results"]) out.push_back(pkg);
      if (out.size() >= r["count"].get<size_t>()) break;
    }
    return out;
  }
  uint64_t Total() { return Count({}); }

  CorpusServer* server_ = nullptr;
};

INSTANTIATE_TEST_SUITE_P(Corpora, PackageSearch, ::testing::Values("sample", "datagoth"),
                         [](const auto& info) { return info.param; });

// test_rows_returned_default / test_search_all
TEST_P(PackageSearch, DefaultsToTenRowsAndCountsEverything) {
  json r = Search({});
  ASSERT_TRUE(r.is_object());
  EXPECT_EQ(r["results"].size(), std::min<size_t>(10, r["count"].get<size_t>()));
  EXPECT_GT(r["count"].get<uint64_t>(), 10u);
  EXPECT_EQ(r["sort"], "score desc, metadata_modified desc");
  EXPECT_EQ(r["facets"], json::object());
  EXPECT_EQ(r["search_facets"], json::object());
  EXPECT_EQ(Count({{"q", "*:*"}}), r["count"].get<uint64_t>());
  EXPECT_EQ(Count({{"q", ""}}), r["count"].get<uint64_t>());
}

// test_rows_returned_limited: rows above ckan.search.rows_max are clamped silently.
TEST_P(PackageSearch, ClampsRowsTo1000Silently) {
  json r = Search({{"rows", "5000"}});
  EXPECT_EQ(r["results"].size(), std::min<size_t>(1000, r["count"].get<size_t>()));
  EXPECT_EQ(Search({{"rows", "0"}})["results"].size(), 0u);
}

TEST_P(PackageSearch, PagesWithStartAndRows) {
  json ten = Search({{"rows", "10"}, {"sort", "name asc"}});
  json page = Search({{"rows", "5"}, {"start", "5"}, {"sort", "name asc"}});
  ASSERT_EQ(page["results"].size(), 5u);
  for (size_t i = 0; i < 5; ++i) EXPECT_EQ(page["results"][i]["name"], ten["results"][5 + i]["name"]);
  json past = Search({{"start", std::to_string(Total() + 5)}});
  EXPECT_EQ(past["results"].size(), 0u);
  EXPECT_EQ(past["count"].get<uint64_t>(), Total());
}

// test_sort: metadata_created/metadata_modified desc, name asc, title_string asc.
TEST_P(PackageSearch, SortsByTheRequestedFieldAndEchoesTheSort) {
  struct Case {
    std::string sort, key;
    bool descending;
  } cases[] = {{"metadata_modified desc", "metadata_modified", true},
               {"metadata_modified asc", "metadata_modified", false},
               {"name asc", "name", false},
               {"name desc", "name", true}};
  for (const auto& c : cases) {
    json r = Search({{"sort", c.sort}, {"rows", "50"}});
    EXPECT_EQ(r["sort"], c.sort);
    std::vector<std::string> keys;
    for (const auto& pkg : r["results"]) keys.push_back(pkg.value(c.key, ""));
    std::vector<std::string> sorted = keys;
    if (c.descending) std::sort(sorted.rbegin(), sorted.rend());
    else std::sort(sorted.begin(), sorted.end());
    // Timestamps compare as their first 19 characters (seconds).
    for (auto* v : {&keys, &sorted}) {
      for (auto& k : *v) k = k.substr(0, 19);
    }
    EXPECT_EQ(keys, sorted) << c.sort;
  }
  EXPECT_EQ(Search({{"sort", "rank"}})["sort"], "score desc, metadata_modified desc");
}

// test_bad_solr_parameter: a sort without a direction is a Search Query Error.
TEST_P(PackageSearch, RejectsSortWithoutDirectionOrUnknownField) {
  for (const char* sort : {"metadata_modified", "name", "no_such_field desc", "name sideways"}) {
    ErrorOf(Raw({{"sort", sort}}), 400, "Search Query Error", sort);
  }
}

// test_bad_action_parameter: any parameter CKAN does not know → 400.
TEST_P(PackageSearch, RejectsUnknownParameters) {
  json e = ErrorOf(Raw({{"weird_param", "1"}}), 400, "Search Query Error", "weird_param");
  EXPECT_NE(e.value("message", "").find("weird_param"), std::string::npos) << e;
  // ...but accepts the ones CKAN takes out before Solr, and ext_*.
  for (const char* p : {"include_private", "include_drafts", "include_deleted", "use_default_schema",
                        "ext_bbox", "qf", "defType", "df", "wt"}) {
    EXPECT_EQ(Raw({{p, "false"}}).status, 200) << p;
  }
}

// test_local_parameters_not_supported
TEST_P(PackageSearch, RefusesSolrLocalParameters) {
  for (const char* key : {"q", "fq"}) {
    Reply r = Raw({{key, "{!child of=\"content_type:parentDoc\"}"}});
    EXPECT_EQ(r.status, 409) << key << r.raw;
    EXPECT_EQ(r.body.value("success", true), false);
  }
}

// default_package_search_schema validators and their messages.
TEST_P(PackageSearch, ValidatesIntegersWithCkanMessages) {
  struct Case {
    std::string param, value, message;
  } cases[] = {{"rows", "abc", "Invalid integer"},         {"rows", "-1", "Must be a natural number"},
               {"start", "x", "Invalid integer"},          {"start", "-3", "Must be a natural number"},
               {"facet.mincount", "y", "Invalid integer"}, {"facet.limit", "1.5x", "Invalid integer"}};
  for (const auto& c : cases) {
    json e = ErrorOf(Raw({{c.param, c.value}}), 409, "Validation Error", c.param + "=" + c.value);
    EXPECT_EQ(e[c.param], json::array({c.message})) << e;
  }
}

// TestBadLimitQueryParameters.test_package_search_facet_field_is_json
TEST_P(PackageSearch, RequiresFacetFieldToBeAJsonListOfStrings) {
  struct Case {
    std::string value, message;
  } cases[] = {{"notjson", "Could not parse as valid JSON"},
               {"{\"a\": 1}", "Not a list"},
               {"[1]", "Not a string: 1"}};
  for (const auto& c : cases) {
    json e = ErrorOf(Raw({{"facet.field", c.value}}), 409, "Validation Error", c.value);
    EXPECT_EQ(e["facet.field"], json::array({c.message})) << e;
  }
}

// test_facets: both shapes, organization titles as display names.
TEST_P(PackageSearch, ReturnsFacetsInBothShapes) {
  json r = Search({{"facet.field", R"(["organization","license_id","tags","res_format"])"}});
  for (const char* field : {"organization", "license_id", "tags", "res_format"}) {
    const json& sf = r["search_facets"][field];
    EXPECT_EQ(sf["title"], field);
    std::string previous;
    for (const auto& item : sf["items"]) {
      const std::string name = item["name"];
      EXPECT_EQ(r["facets"][field][name], item["count"]) << field << " " << name;
      EXPECT_TRUE(item.contains("display_name"));
      // CKAN sorts items by display_name, descending.
      if (!previous.empty()) {
        EXPECT_GE(previous, item["display_name"].get<std::string>()) << field;
      }
      previous = item["display_name"];
    }
    EXPECT_EQ(sf["items"].size(), r["facets"][field].size());
  }
}

// test_facet_limit / test_facet_no_limit: default 50, -1 = all, N = the top N by count.
TEST_P(PackageSearch, LimitsFacetValues) {
  auto all = Facet("tags", -1);
  json def = Search({{"rows", "0"}, {"facet.field", R"(["tags"])"}});
  EXPECT_EQ(def["search_facets"]["tags"]["items"].size(), std::min<size_t>(50, all.size()));
  ASSERT_FALSE(all.empty());
  json one = Search({{"rows", "0"}, {"facet.field", R"(["tags"])"}, {"facet.limit", "1"}});
  ASSERT_EQ(one["search_facets"]["tags"]["items"].size(), 1u);
  EXPECT_EQ(one["search_facets"]["tags"]["items"][0]["count"], all[0].second);
  json min = Search({{"rows", "0"}, {"facet.field", R"(["tags"])"}, {"facet.limit", "-1"},
                     {"facet.mincount", "3"}});
  for (const auto& item : min["search_facets"]["tags"]["items"]) EXPECT_GE(item["count"].get<int>(), 3);
  json off = Search({{"rows", "0"}, {"facet.field", R"(["tags"])"}, {"facet", "false"}});
  EXPECT_EQ(off["search_facets"], json::object());
}

// A facet count is the number of datasets an fq on that value finds.
TEST_P(PackageSearch, FacetCountsEqualFilterCounts) {
  for (const char* field : {"tags", "res_format", "license_id", "organization", "groups"}) {
    auto values = Facet(field, 5);
    for (const auto& [value, count] : values) {
      const std::string fq = std::string(field) + ":\"" + value + "\"";
      EXPECT_EQ(Count({{"fq", fq}}), count) << fq;
    }
  }
}

// fq and fq_list: AND of filters, OR, NOT/-, parentheses.
TEST_P(PackageSearch, CombinesFiltersWithBooleanOperators) {
  auto formats = Facet("res_format", 2);
  ASSERT_GE(formats.size(), 1u);
  const std::string a = "res_format:\"" + formats[0].first + "\"";
  const std::string b = formats.size() > 1 ? "res_format:\"" + formats[1].first + "\"" : a;
  const uint64_t total = Total(), na = Count({{"fq", a}}), nb = Count({{"fq", b}});
  const uint64_t both = Count({{"fq", a + " AND " + b}});
  EXPECT_EQ(Count({{"fq", a + " OR " + b}}), na + nb - both);
  EXPECT_EQ(Count({{"fq", "-" + a}}), total - na);
  EXPECT_EQ(Count({{"fq", "NOT " + a}}), total - na);
  EXPECT_EQ(Count({{"fq", "+" + a + " +" + b}}), both);
  EXPECT_EQ(Count({{"fq", "(" + a + " OR " + b + ") AND -" + a}}), nb - both);
  EXPECT_EQ(Count({{"fq_list", a}, {"fq_list", b}}), both);
  EXPECT_EQ(Count({{"fq", a}, {"fq_list", b}}), both);
  EXPECT_EQ(ResultOf(Post(server_->port(), ActionPath("package_search"),
                          json{{"fq_list", {a, b}}, {"rows", 0}}.dump()),
                     "fq_list POST")["count"],
            both);
}

// `*` wildcards on exact fields; `field:[* TO *]` (has a value) and its negation (missing).
TEST_P(PackageSearch, SupportsWildcardsAndMissingValues) {
  auto formats = Facet("res_format");
  ASSERT_FALSE(formats.empty());
  const std::string value = formats[0].first;
  const std::string prefix = value.substr(0, 2);
  std::set<std::string> matching;
  for (const auto& [v, n] : formats) {
    if (v.rfind(prefix, 0) == 0) matching.insert(v);
  }
  std::string any;
  for (const auto& v : matching) any += (any.empty() ? "" : " OR ") + ("res_format:\"" + v + "\"");
  EXPECT_EQ(Count({{"fq", "res_format:" + prefix + "*"}}), Count({{"fq", any}}));
  const uint64_t total = Total();
  for (const char* field : {"groups", "tags", "res_format"}) {
    const uint64_t has = Count({{"fq", std::string(field) + ":[* TO *]"}});
    const uint64_t missing = Count({{"fq", std::string("-") + field + ":[* TO *]"}});
    EXPECT_EQ(has + missing, total) << field;
    EXPECT_EQ(Count({{"fq", std::string(field) + ":*"}}), has) << field;
  }
}

// Date ranges with [..]/{..} bounds and NOW date math.
TEST_P(PackageSearch, FiltersDateRangesWithNowMath) {
  const uint64_t total = Total();
  EXPECT_EQ(Count({{"fq", "metadata_modified:[* TO NOW]"}}), total);
  EXPECT_EQ(Count({{"fq", "metadata_modified:[NOW+1DAY TO *]"}}), 0u);
  EXPECT_EQ(Count({{"fq", "metadata_modified:[* TO NOW-100YEARS]"}}), 0u);
  // Split at the median modification time: both sides add up.
  json mid = Search({{"sort", "metadata_modified asc"}, {"rows", "1"},
                     {"start", std::to_string(total / 2)}});
  const std::string t = mid["results"][0]["metadata_modified"].get<std::string>().substr(0, 19) + "Z";
  const uint64_t before = Count({{"fq", "metadata_modified:[* TO " + t + "}"}});
  const uint64_t after = Count({{"fq", "metadata_modified:[" + t + " TO *]"}});
  EXPECT_EQ(before + after, total) << t;
  EXPECT_GT(after, 0u);
  const json page = Search({{"fq", "metadata_modified:[" + t + " TO *]"}, {"rows", "100"}});
  for (const auto& pkg : page["results"]) {  // not a temporary's member: it would dangle
    EXPECT_GE(pkg["metadata_modified"].get<std::string>().substr(0, 19), t.substr(0, 19));
  }
  ErrorOf(Raw({{"fq", "metadata_modified:[yesterday TO *]"}}), 400, "Search Query Error", "bad date");
}

// q: simple text, and field:value syntax when it has a colon.
TEST_P(PackageSearch, SearchesTextAndFieldedQueries) {
  json first = Search({{"sort", "name asc"}, {"rows", "1"}})["results"][0];
  const std::string name = first["name"];
  json by_name = Search({{"q", "name:" + name}});
  ASSERT_EQ(by_name["count"], 1) << name;
  EXPECT_EQ(by_name["results"][0]["name"], name);
  EXPECT_EQ(Search({{"q", "id:" + first["id"].get<std::string>()}})["count"], 1);
  // A word of the title finds the dataset (test_search).
  json by_title = Search({{"q", first["title"].get<std::string>()}, {"rows", "20"}});
  bool found = false;
  for (const auto& pkg : by_title["results"]) found = found || pkg["name"] == name;
  EXPECT_TRUE(found) << first["title"];
  EXPECT_EQ(Search({{"q", "zzqqxxnomatchzzqq"}})["count"], 0);
  ErrorOf(Raw({{"fq", "tags:\"unterminated"}}), 400, "Search Query Error", "unterminated");
  ErrorOf(Raw({{"fq", "nosuchfield:x"}}), 400, "Search Query Error", "unknown fq field");
}

// test_search_fl: a list or a comma-separated string picks the fields.
TEST_P(PackageSearch, ProjectsResultsWithFl) {
  json one = Search({{"rows", "1"}, {"sort", "name asc"}});
  const json& full = one["results"][0];
  for (const Params& p : {Params{{"fl", "title,name"}}, Params{{"fl", "title name"}}}) {
    Params q = p;
    q.insert(q.end(), {{"rows", "1"}, {"sort", "name asc"}});
    EXPECT_EQ(Search(q)["results"][0], (json{{"title", full["title"]}, {"name", full["name"]}}));
  }
  json post = ResultOf(Post(server_->port(), ActionPath("package_search"),
                            R"({"fl": ["id"], "rows": 1, "sort": "name asc"})"),
                       "fl list");
  EXPECT_EQ(post["results"][0], (json{{"id", full["id"]}}));
}

// test_package_search_excludes_private_and_drafts, ..._with_fq_excludes_private,
// ..._with_include_drafts_option_excludes_drafts_for_anon_user: anonymous
// callers never see private or draft datasets, whatever they ask.
TEST_P(PackageSearch, NeverShowsPrivateOrDraftDatasetsToAnonymousCallers) {
  const CatalogFacts& facts = server_->facts;
  for (const Params& extra : {Params{}, Params{{"include_private", "true"}},
                              Params{{"include_drafts", "true"}}, Params{{"fq", "capacity:private"}},
                              Params{{"fq", "+state:draft"}}}) {
    auto all = All(extra);
    for (const auto& pkg : all) {
      EXPECT_FALSE(facts.Hidden(pkg["name"])) << pkg["name"] << " with " << Query(extra);
    }
  }
  EXPECT_EQ(Count({{"include_private", "true"}, {"include_drafts", "true"}}), Total());
  EXPECT_EQ(Count({{"fq", "capacity:private"}}), 0u);
  // Nor in any facet count.
  json caps = Search({{"rows", "0"}, {"facet.field", R"(["capacity","state"])"}});
  EXPECT_EQ(caps["facets"]["capacity"], (json{{"public", Total()}}));
  EXPECT_EQ(caps["facets"]["state"], (json{{"active", Total()}}));
  uint64_t by_org = 0;
  for (const auto& [org, n] : Facet("organization")) by_org += n;
  EXPECT_LE(by_org, Total());
}

TEST_P(PackageSearch, AnswersPostJsonExactlyAsGet) {
  auto tags = Facet("tags", 1);
  ASSERT_FALSE(tags.empty());
  const std::string fq = "tags:\"" + tags[0].first + "\"";
  json get = Search({{"fq", fq}, {"rows", "3"}, {"facet.field", R"(["organization"])"}});
  json post = ResultOf(Post(server_->port(), ActionPath("package_search"),
                            json{{"fq", fq}, {"rows", 3}, {"facet.field", {"organization"}}}.dump()),
                       "POST");
  EXPECT_EQ(post, get);
  json form = ResultOf(Post(server_->port(), ActionPath("package_search"),
                            Query({{"fq", fq}, {"rows", "3"}, {"facet.field", R"(["organization"])"}}),
                            "application/x-www-form-urlencoded"),
                       "form POST");
  EXPECT_EQ(form, get);
}

}  // namespace
}  // namespace khonha::conformance
