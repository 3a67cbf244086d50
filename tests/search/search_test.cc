// The search core over a real index of the bundled sample catalog: text
// queries, filters, sorting, visibility and exact facet counts.
#include "catalog/search/searcher.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>
#include <random>
#include <set>

#include "catalog/model/ckan_codec.h"
#include "catalog/model/schema.h"
#include "tests/support/test_env.h"

namespace khonha::search {
namespace {

using nlohmann::json;
using testing::TempDir;

class SampleIndex : public ::testing::Test {
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
    // Every public, active dataset of the sample, parsed, for brute-force checks.
    std::ifstream in(testing::SampleCatalog());
    std::string line;
    while (std::getline(in, line)) {
      auto d = catalog::ParsePackage(line);
      if (d.ok()) all_.push_back(std::move(*d));
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
  SearchResponse Search(SearchRequest req) {
    auto r = searcher_->Search(req);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : SearchResponse{};
  }
  static std::vector<catalog::Dataset> Visible() {
    std::vector<catalog::Dataset> out;
    for (const auto& d : all_) {
      if (!d.is_private && d.state == "active") out.push_back(d);
    }
    return out;
  }
  static std::string Field(const std::string& record, const char* key) {
    json j = json::parse(record);
    return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
  }

  static TempDir* dir_;
  static IndexHandle* handle_;
  static analyzers::Analyzer* analyzer_;
  static std::vector<catalog::Dataset> all_;
  std::unique_ptr<Searcher> searcher_;
};
TempDir* SampleIndex::dir_ = nullptr;
IndexHandle* SampleIndex::handle_ = nullptr;
analyzers::Analyzer* SampleIndex::analyzer_ = nullptr;
std::vector<catalog::Dataset> SampleIndex::all_;

TEST_F(SampleIndex, EmptyQueryBrowsesEveryVisibleDataset) {
  SearchRequest req;
  req.rows = 1000;
  auto r = Search(req);
  EXPECT_EQ(r.count, Visible().size());
  EXPECT_EQ(r.records.size(), Visible().size());
}

TEST_F(SampleIndex, ThaiWordFindsDatasetsThatContainIt) {
  SearchRequest req;
  req.q = "ท่องเที่ยว";
  req.rows = 1000;
  auto r = Search(req);
  size_t expected = 0;
  for (const auto& d : Visible()) {
    bool in_text = d.title.find("ท่องเที่ยว") != std::string::npos ||
                   d.notes.find("ท่องเที่ยว") != std::string::npos;
    for (const auto& t : d.tags) in_text |= t.find("ท่องเที่ยว") != std::string::npos;
    expected += in_text;
  }
  EXPECT_GE(expected, 12u);
  EXPECT_GE(r.count, expected);
}

TEST_F(SampleIndex, SubwordsOfCompoundsAreFindable) {
  for (const char* q : {"ไทย", "กรุงเทพ", "งบประมาณ", "กระทบ", "สุขภาพ"}) {
    SearchRequest req;
    req.q = q;
    EXPECT_GT(Search(req).count, 0u) << q;
  }
}

TEST_F(SampleIndex, TitleMatchesRankAboveNotesOnlyMatches) {
  SearchRequest req;
  req.q = "ท่องเที่ยว";
  req.rows = 3;
  auto r = Search(req);
  ASSERT_FALSE(r.records.empty());
  EXPECT_NE(Field(r.records[0], "title").find("ท่องเที่ยว"), std::string::npos);
}

TEST_F(SampleIndex, FilterQueriesNarrowExactly) {
  SearchRequest req;
  req.fq = {"res_format:CSV"};
  req.rows = 0;
  size_t expected = 0;
  for (const auto& d : Visible()) {
    bool has = false;
    for (const auto& res : d.resources) has |= res.format == "CSV";
    expected += has;
  }
  EXPECT_EQ(Search(req).count, expected);
  req.fq = {"res_format:CSV -res_format:PDF"};
  size_t without_pdf = 0;
  for (const auto& d : Visible()) {
    bool csv = false, pdf = false;
    for (const auto& res : d.resources) {
      csv |= res.format == "CSV";
      pdf |= res.format == "PDF";
    }
    without_pdf += csv && !pdf;
  }
  EXPECT_EQ(Search(req).count, without_pdf);
}

TEST_F(SampleIndex, DateRangeFiltersByMetadataModified) {
  SearchRequest req;
  req.fq = {"metadata_modified:[2024-01-01T00:00:00Z TO *]"};
  req.rows = 0;
  size_t expected = 0;
  for (const auto& d : Visible()) {
    expected += catalog::NormalizeTimestamp(d.metadata_modified) >= "2024-01-01T00:00:00";
  }
  EXPECT_EQ(Search(req).count, expected);
}

TEST_F(SampleIndex, SortsByMetadataModifiedDescending) {
  SearchRequest req;
  req.sort = "metadata_modified desc";
  req.rows = 50;
  auto r = Search(req);
  for (size_t i = 1; i < r.records.size(); ++i) {
    EXPECT_GE(Field(r.records[i - 1], "metadata_modified"), Field(r.records[i], "metadata_modified"));
  }
  req.sort = "name";
  EXPECT_EQ(searcher_->Search(req).status().code(), Code::kInvalidArgument);
}

TEST_F(SampleIndex, PrivateAndDraftDatasetsStayHiddenFromAnonymousCallers) {
  std::set<std::string> hidden;
  for (const auto& d : all_) {
    if (d.is_private || d.state != "active") hidden.insert(d.id);
  }
  ASSERT_FALSE(hidden.empty());
  SearchRequest req;
  req.rows = 1000;
  req.include_private = true;  // without membership this must change nothing
  for (const auto& rec : Search(req).records) EXPECT_EQ(hidden.count(Field(rec, "id")), 0u);
  for (const auto& id : hidden) {
    auto rec = searcher_->GetRecord(id, SearchRequest{});
    EXPECT_EQ(rec.status().code(), Code::kPermissionDenied) << id;
  }
}

// Exact facet counts equal a brute-force count over the same match set.
TEST_F(SampleIndex, FacetCountsEqualBruteForceCounts) {
  const std::vector<std::string> fields = {"organization", "groups", "tags", "res_format",
                                           "license_id", "objective", "data_format"};
  std::mt19937 rng(42);
  const auto visible = Visible();
  std::vector<std::string> formats = {"CSV", "PDF", "XLSX", "JSON"};
  for (int round = 0; round < 6; ++round) {
    SearchRequest req;
    req.rows = 1000;
    req.facet_fields = fields;
    req.facet_limit = -1;
    if (round > 0) req.fq = {"res_format:" + formats[rng() % formats.size()]};
    auto r = Search(req);
    std::set<std::string> matched;
    for (const auto& rec : r.records) matched.insert(Field(rec, "id"));
    ASSERT_EQ(matched.size(), r.count);
    for (const auto& fr : r.facets) {
      const auto* spec = catalog::FindField(fr.field);
      std::map<std::string, uint64_t> brute;
      for (const auto& d : visible) {
        if (!matched.count(d.id)) continue;
        for (const auto& v : spec->values(d, *spec)) ++brute[v];
      }
      std::map<std::string, uint64_t> got;
      for (const auto& item : fr.items) got[item.name] = item.count;
      EXPECT_EQ(got, brute) << fr.field << " round " << round;
    }
  }
}

TEST_F(SampleIndex, FacetItemsCarryTitlesAndRespectLimits) {
  SearchRequest req;
  req.facet_fields = {"organization"};
  req.facet_limit = 3;
  auto r = Search(req);
  ASSERT_EQ(r.facets.size(), 1u);
  ASSERT_EQ(r.facets[0].items.size(), 3u);
  EXPECT_GE(r.facets[0].items[0].count, r.facets[0].items[1].count);
  EXPECT_NE(r.facets[0].items[0].display_name, r.facets[0].items[0].name);  // title, not slug
  req.facet_fields = {"title"};
  EXPECT_EQ(searcher_->Search(req).status().code(), Code::kInvalidArgument);
}

TEST_F(SampleIndex, MultiValuedGdcFieldsCountPerValue) {
  SearchRequest req;
  req.facet_fields = {"objective"};
  req.facet_limit = -1;
  auto r = Search(req);
  uint64_t sum = 0;
  for (const auto& item : r.facets[0].items) {
    EXPECT_EQ(item.name.find('['), std::string::npos) << "a JSON list was counted as one value";
    sum += item.count;
  }
  EXPECT_GT(sum, r.count);  // some datasets have several objectives
}

TEST_F(SampleIndex, PackageLookupByIdOrName) {
  const auto visible = Visible();
  const auto& d = visible.front();
  for (const auto& key : {d.id, d.name}) {
    auto rec = searcher_->GetRecord(key, SearchRequest{});
    ASSERT_TRUE(rec.ok()) << key;
    EXPECT_EQ(json::parse(*rec), json::parse(d.record_json));
  }
  EXPECT_EQ(searcher_->GetRecord("no-such-dataset", SearchRequest{}).status().code(),
            Code::kNotFound);
}

}  // namespace
}  // namespace khonha::search
