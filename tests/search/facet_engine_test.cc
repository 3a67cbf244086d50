// The facet and filter engine (bitset browse path, rank-column sorts, the
// per-generation summary cache) against brute force over the sample catalog:
// on random filter combinations, counts, facet counts, order and paging equal
// what a scan of the parsed records gives, with the cache on and off.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <random>
#include <set>

#include "catalog/model/ckan_codec.h"
#include "catalog/model/schema.h"
#include "catalog/search/doc_set.h"
#include "catalog/search/searcher.h"
#include "tests/support/test_env.h"

namespace khonha::search {
namespace {

using nlohmann::json;
using testing::TempDir;

const std::vector<std::string> kFacets = {"organization", "groups",     "tags",
                                          "res_format",   "license_id", "data_type",
                                          "objective",    "geo_coverage"};

// One fq clause and the predicate it means.
struct Clause {
  std::string field, value;
  bool negated = false;
};

class FacetEngine : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    ASSERT_TRUE(testing::BuildIndex({testing::SampleCatalog()}, dir_->Sub("index")));
    auto handle = IndexHandle::Open(dir_->Sub("index"), 0);
    ASSERT_TRUE(handle.ok()) << handle.status().ToString();
    handle_ = handle->release();
    auto analyzer = analyzers::Analyzer::Create();
    ASSERT_TRUE(analyzer.ok());
    analyzer_ = analyzer->release();
    std::ifstream in(testing::SampleCatalog());
    for (std::string line; std::getline(in, line);) {
      auto d = catalog::ParsePackage(line);
      if (d.ok()) all_.push_back(std::move(*d));  // input order = docid order
    }
  }
  static void TearDownTestSuite() {
    delete handle_;
    delete analyzer_;
    delete dir_;
  }
  void SetUp() override {
    auto s = Searcher::Open(handle_->Current(), *analyzer_);
    ASSERT_TRUE(s.ok());
    searcher_ = std::move(*s);
  }

  SearchResponse Search(const SearchRequest& req) {
    auto r = searcher_->Search(req);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : SearchResponse{};
  }

  static std::vector<std::string> Values(const catalog::Dataset& d, const std::string& field) {
    const auto* spec = catalog::FindField(field);
    return spec->values(d, *spec);
  }
  static bool Has(const catalog::Dataset& d, const Clause& c) {
    auto v = Values(d, c.field);
    return std::find(v.begin(), v.end(), c.value) != v.end();
  }
  // Anonymous visibility: public, active datasets.
  static std::vector<const catalog::Dataset*> Matching(const std::vector<Clause>& clauses) {
    std::vector<const catalog::Dataset*> out;
    for (const auto& d : all_) {
      if (d.is_private || d.state != "active" || d.type != "dataset") continue;
      bool ok = true;
      for (const auto& c : clauses) ok = ok && (Has(d, c) != c.negated);
      if (ok) out.push_back(&d);
    }
    return out;
  }
  static std::map<std::string, std::map<std::string, uint64_t>> BruteFacets(
      const std::vector<const catalog::Dataset*>& docs) {
    std::map<std::string, std::map<std::string, uint64_t>> out;
    for (const auto& f : kFacets) {
      auto& m = out[f];
      for (const auto* d : docs) {
        std::set<std::string> seen;
        for (const auto& v : Values(*d, f)) {
          if (seen.insert(v).second) ++m[v];
        }
      }
    }
    return out;
  }
  static std::map<std::string, std::map<std::string, uint64_t>> GotFacets(const SearchResponse& r) {
    std::map<std::string, std::map<std::string, uint64_t>> out;
    for (const auto& fr : r.facets) {
      auto& m = out[fr.field];
      for (const auto& item : fr.items) m[item.name] = item.count;
    }
    return out;
  }
  static std::string Id(const std::string& record) { return json::parse(record).value("id", ""); }

  // A random fq clause on a value some dataset really has.
  static Clause RandomClause(std::mt19937& rng) {
    static const std::vector<std::string> fields = {"organization", "res_format", "groups",
                                                    "tags", "license_id", "data_type"};
    for (;;) {
      const std::string& field = fields[rng() % fields.size()];
      const auto& d = all_[rng() % all_.size()];
      auto v = Values(d, field);
      if (v.empty()) continue;
      return Clause{field, v[rng() % v.size()], rng() % 5 == 0};
    }
  }
  static std::string Fq(const Clause& c) {
    std::string quoted;
    for (char ch : c.value) {
      if (ch == '"' || ch == '\\') quoted += '\\';
      quoted += ch;
    }
    return (c.negated ? "-" : "") + c.field + ":\"" + quoted + "\"";
  }

  static TempDir* dir_;
  static IndexHandle* handle_;
  static analyzers::Analyzer* analyzer_;
  static std::vector<catalog::Dataset> all_;
  std::unique_ptr<Searcher> searcher_;
};
TempDir* FacetEngine::dir_ = nullptr;
IndexHandle* FacetEngine::handle_ = nullptr;
analyzers::Analyzer* FacetEngine::analyzer_ = nullptr;
std::vector<catalog::Dataset> FacetEngine::all_;

TEST(DocSet, SetOperationsAndIteration) {
  DocSet a(200), b(200);
  for (uint32_t d : {1u, 63u, 64u, 130u, 200u}) a.Insert(d);
  for (uint32_t d : {63u, 130u, 199u}) b.Insert(d);
  DocSet both = a;
  both.And(b);
  EXPECT_EQ(both.ToDocids(), (std::vector<uint32_t>{63, 130}));
  DocSet either = a;
  either.Or(b);
  EXPECT_EQ(either.Count(), 6u);
  DocSet only_a = a;
  only_a.AndNot(b);
  EXPECT_EQ(only_a.ToDocids(), (std::vector<uint32_t>{1, 64, 200}));
  EXPECT_TRUE(a.Contains(200));
  EXPECT_FALSE(a.Contains(201));
}

// Random browse requests (0–3 fq clauses, some negated): count, every facet
// count, and the metadata_modified order equal brute force; cached and
// uncached answers are identical.
TEST_F(FacetEngine, RandomFilterCombinationsEqualBruteForce) {
  std::mt19937 rng(20261122);
  for (int round = 0; round < 120; ++round) {
    std::vector<Clause> clauses;
    const int n = static_cast<int>(rng() % 4);
    for (int i = 0; i < n; ++i) clauses.push_back(RandomClause(rng));
    SearchRequest req;
    for (const auto& c : clauses) req.fq.push_back(Fq(c));
    req.facet_fields = kFacets;
    req.facet_limit = -1;
    req.rows = 1000;
    req.sort = "metadata_modified desc";
    req.use_cache = (round % 2) == 0;

    const auto expected = Matching(clauses);
    SearchResponse r = Search(req);
    ASSERT_EQ(r.count, expected.size()) << "round " << round;
    EXPECT_EQ(GotFacets(r), BruteFacets(expected)) << "round " << round;

    // Newest first; equal timestamps keep input (docid) order.
    std::vector<const catalog::Dataset*> order = expected;
    std::stable_sort(order.begin(), order.end(), [](const auto* a, const auto* b) {
      return catalog::NormalizeTimestamp(a->metadata_modified) >
             catalog::NormalizeTimestamp(b->metadata_modified);
    });
    ASSERT_EQ(r.records.size(), order.size());
    for (size_t i = 0; i < order.size(); ++i) ASSERT_EQ(Id(r.records[i]), order[i]->id) << i;

    // The same request again (now cached, or still uncached) answers the same.
    SearchResponse again = Search(req);
    EXPECT_EQ(again.count, r.count);
    EXPECT_EQ(GotFacets(again), GotFacets(r));
    EXPECT_EQ(again.records, r.records);
  }
}

// Text queries: facet counts equal brute force over the returned match set,
// with the cache on (second request) and off.
TEST_F(FacetEngine, TextQueryFacetsEqualBruteForceOverTheMatchSet) {
  std::mt19937 rng(7);
  const std::vector<std::string> words = {"ข้อมูล", "สถิติ", "ท่องเที่ยว", "data", "โรงเรียน", "2566"};
  for (int round = 0; round < 24; ++round) {
    SearchRequest req;
    req.q = words[rng() % words.size()];
    if (round % 3 == 1) req.fq.push_back(Fq(RandomClause(rng)));
    req.facet_fields = kFacets;
    req.facet_limit = -1;
    req.rows = 1000;
    for (bool cached : {false, true, true}) {
      req.use_cache = cached;
      SearchResponse r = Search(req);
      std::set<std::string> ids;
      for (const auto& rec : r.records) ids.insert(Id(rec));
      ASSERT_EQ(ids.size(), r.count) << req.q;
      std::vector<const catalog::Dataset*> matched;
      for (const auto& d : all_) {
        if (ids.count(d.id)) matched.push_back(&d);
      }
      EXPECT_EQ(GotFacets(r), BruteFacets(matched)) << req.q << " cached=" << cached;
    }
  }
}

// Pages of a sorted browse are slices of the whole ordered list, for every sort.
TEST_F(FacetEngine, PagesAreSlicesOfTheFullOrder) {
  for (const std::string sort : {"metadata_modified desc", "metadata_modified asc", "title_string asc",
                                 "name desc", "score desc, metadata_modified desc", "num_resources desc, name asc"}) {
    SearchRequest all;
    all.rows = 1000;
    all.sort = sort;
    const SearchResponse full = Search(all);
    ASSERT_GT(full.records.size(), 20u);
    for (uint64_t start : {0, 7, 20}) {
      SearchRequest page = all;
      page.start = start;
      page.rows = 9;
      SearchResponse p = Search(page);
      EXPECT_EQ(p.count, full.count);
      ASSERT_EQ(p.records.size(), 9u);
      for (size_t i = 0; i < p.records.size(); ++i) {
        EXPECT_EQ(p.records[i], full.records[start + i]) << sort << " start " << start;
      }
    }
  }
}

// Text queries sorted by a value use the rank columns; the order is the
// value order of the records.
TEST_F(FacetEngine, TextQuerySortedByDateIsInDateOrder) {
  SearchRequest req;
  req.q = "ข้อมูล";
  req.rows = 1000;
  req.sort = "metadata_modified desc";
  SearchResponse r = Search(req);
  ASSERT_GT(r.records.size(), 3u);
  std::string prev = "9999";
  for (const auto& rec : r.records) {
    std::string m = catalog::NormalizeTimestamp(json::parse(rec).value("metadata_modified", ""));
    EXPECT_LE(m, prev);
    prev = m;
  }
}

TEST_F(FacetEngine, UnknownFacetFieldIsInvalidWithOrWithoutCache) {
  for (bool cached : {true, false}) {
    SearchRequest req;
    req.facet_fields = {"no_such_field"};
    req.use_cache = cached;
    auto r = searcher_->Search(req);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), Code::kInvalidArgument);
  }
}

// A new generation brings its own caches: counts cached on the old one are
// never served for the new one.
// Counting everything but a set (column totals minus the set) equals
// counting its complement directly, for every facet and random sets.
TEST_F(FacetEngine, CountingAllButASetEqualsCountingTheRest) {
  const FacetColumns& columns = handle_->Current()->facets();
  const uint32_t last = static_cast<uint32_t>(all_.size());
  std::mt19937 rng(11);
  for (int round = 0; round < 20; ++round) {
    std::vector<uint32_t> excluded, rest;
    const uint32_t keep_one_in = 1 + rng() % 5;
    for (uint32_t d = 1; d <= last; ++d) (rng() % keep_one_in == 0 ? excluded : rest).push_back(d);
    for (const auto& field : kFacets) {
      const int f = catalog::FacetIndex(field);
      auto as_pairs = [](const std::vector<FacetCount>& v) {
        std::vector<std::pair<std::string, uint64_t>> out;
        for (const auto& c : v) out.emplace_back(c.value, c.count);
        return out;
      };
      EXPECT_EQ(as_pairs(columns.CountAllBut(f, excluded, 1, -1)),
                as_pairs(columns.Count(f, rest, 1, -1)))
          << field << " round " << round;
      EXPECT_EQ(as_pairs(columns.CountAllBut(f, excluded, 2, 5)),
                as_pairs(columns.Count(f, rest, 2, 5)))
          << field << " round " << round;
    }
  }
}

TEST(FacetEngineGenerations, NewGenerationDoesNotReuseCachedCounts) {
  TempDir dir;
  std::ifstream in(testing::SampleCatalog());
  std::string first_half, all;
  int n = 0;
  for (std::string line; std::getline(in, line); ++n) {
    all += line + "\n";
    if (n < 100) first_half += line + "\n";
  }
  const std::string small = dir.Write("small.jsonl", first_half);
  ASSERT_TRUE(testing::BuildIndex({small}, dir.Sub("index")));
  auto handle = IndexHandle::Open(dir.Sub("index"), 0);
  ASSERT_TRUE(handle.ok());
  auto analyzer = analyzers::Analyzer::Create();
  ASSERT_TRUE(analyzer.ok());
  SearchRequest req;
  req.facet_fields = {"res_format"};
  auto s1 = Searcher::Open((*handle)->Current(), **analyzer);
  ASSERT_TRUE(s1.ok());
  auto r1 = (*s1)->Search(req);
  ASSERT_TRUE(r1.ok());

  const std::string big = dir.Write("all.jsonl", all);
  ASSERT_TRUE(testing::BuildIndex({big}, dir.Sub("index")));
  ASSERT_TRUE((*handle)->Refresh().ok());
  auto s2 = Searcher::Open((*handle)->Current(), **analyzer);
  ASSERT_TRUE(s2.ok());
  auto r2 = (*s2)->Search(req);
  ASSERT_TRUE(r2.ok());
  EXPECT_GT(r2->count, r1->count);
  req.use_cache = false;
  auto r3 = (*s2)->Search(req);
  ASSERT_TRUE(r3.ok());
  EXPECT_EQ(r2->count, r3->count);
  ASSERT_EQ(r2->facets.size(), 1u);
  ASSERT_EQ(r3->facets.size(), 1u);
  ASSERT_EQ(r2->facets[0].items.size(), r3->facets[0].items.size());
  for (size_t i = 0; i < r2->facets[0].items.size(); ++i) {
    EXPECT_EQ(r2->facets[0].items[i].count, r3->facets[0].items[i].count);
  }
}

}  // namespace
}  // namespace khonha::search
