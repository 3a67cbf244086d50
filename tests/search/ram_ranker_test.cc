// RamRanker: the page it ranks from in-RAM postings is the page Xapian's
// matcher ranks for the same ranking query and match set (BM25, phrase
// boosts, sort-key ties), on a real index of the real records.
#include "catalog/search/ram_ranker.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "analyzers/analyzer.h"
#include "catalog/model/schema.h"
#include "catalog/search/docid_source.h"
#include "catalog/search/filter_engine.h"
#include "catalog/search/index_layout.h"
#include "catalog/search/index_meta.h"
#include "catalog/search/query_ast.h"
#include "catalog/search/query_builder.h"
#include "catalog/search/sort_columns.h"
#include "tests/support/test_env.h"

namespace khonha::search {
namespace {

using Q = Xapian::Query;

class RamRankerOracle : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::string real = testing::SharedData("datagoth/datagoth-1236.jsonl");
    if (real.empty()) return;
    dir_ = new testing::TempDir();
    ASSERT_TRUE(testing::BuildIndex({real, testing::SampleCatalog()}, dir_->Sub("index")));
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  void SetUp() override {
    if (dir_ == nullptr) GTEST_SKIP() << "../shared/data/datagoth/datagoth-1236.jsonl is absent";
    auto gen = ResolveCurrent(dir_->Sub("index"));
    ASSERT_TRUE(gen.ok()) << gen.status().ToString();
    db_ = Xapian::Database(gen->path + "/" + kXapianSubdir);
    auto base = analyzers::Analyzer::Create();
    ASSERT_TRUE(base.ok());
    auto a = (*base)->WithExtraWords(ReadLexiconWords(gen->path));
    ASSERT_TRUE(a.ok());
    analyzer_ = std::move(*a);
  }

  Q Build(const std::string& q, QueryUse use) {
    auto node = ParseQuery(q);
    EXPECT_TRUE(node.ok()) << q;
    QueryBuilder builder(*analyzer_);
    auto built = builder.Build(*node, db_, 0, use);
    EXPECT_TRUE(built.ok()) << q;
    return *built;
  }

  // Xapian's page for the same ranking: AND_MAYBE(match set, rank), BM25,
  // then the keys, then docid.
  std::vector<RankedDoc> XapianPage(const Q& rank, const std::vector<uint32_t>& matches,
                                    size_t first, size_t count, const std::vector<RankKey>& keys) {
    DocidSource source(std::make_shared<std::vector<uint32_t>>(matches));
    Xapian::Enquire enquire(db_);
    enquire.set_query(Q(Q::OP_AND_MAYBE, Q(&source), rank));
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    RankKeyMaker key(keys);
    if (!keys.empty()) enquire.set_sort_by_relevance_then_key(&key, false);
    Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(first),
                                         static_cast<Xapian::doccount>(count));
    std::vector<RankedDoc> out;
    for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back({*it, it.get_weight()});
    return out;
  }

  static testing::TempDir* dir_;
  Xapian::Database db_;
  std::unique_ptr<analyzers::Analyzer> analyzer_;
};

testing::TempDir* RamRankerOracle::dir_ = nullptr;

// Equal pages: the same weights rank by rank (to 1e-9 relative: sums are
// taken in another order), and the same documents except within a run of
// weights that tie to that precision.
void ExpectSamePage(const std::vector<RankedDoc>& got, const std::vector<RankedDoc>& want,
                    const std::string& what) {
  ASSERT_EQ(got.size(), want.size()) << what;
  auto near = [](double a, double b) {
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
  };
  for (size_t i = 0; i < got.size(); ++i) {
    EXPECT_TRUE(near(got[i].weight, want[i].weight))
        << what << " rank " << i << ": " << got[i].weight << " vs Xapian " << want[i].weight;
    if (got[i].docid == want[i].docid) continue;
    bool tied = false;
    for (size_t j = 0; j < want.size() && !tied; ++j) {
      tied = want[j].docid == got[i].docid && near(want[j].weight, want[i].weight);
    }
    EXPECT_TRUE(tied) << what << " rank " << i << ": docid " << got[i].docid << " vs Xapian "
                      << want[i].docid;
  }
}

TEST_F(RamRankerOracle, PagesEqualXapiansRankingOfTheSameMatchSet) {
  // Single words (Thai, Latin with stems), compounds with a phrase boost,
  // field terms, negation, OR, and a long pasted title (no phrase boost).
  const std::vector<std::string> queries = {"โรงงาน",
                                            "ข้อมูลโรงงาน",
                                            "การใช้ไฟฟ้า",
                                            "ทะเบียนวัด",
                                            "รายงานทะเบียนวัด",
                                            "\"สถิติ ท่องเที่ยว\"",
                                            "covid-19",
                                            "air quality",
                                            "tags:COVID-19 OR ท่องเที่ยว",
                                            "โรงเรียน -ประถม",
                                            "กรุงเทพมหานคร 2566",
                                            "ภาษี",
                                            "วัด",
                                            "ข้อมูล",
                                            "title:สถิติ",
                                            "สถิติ OR ภาษี",
                                            "ข้อมูลสถิติ",
                                            "สถิตินักท่องเที่ยว",
                                            "จำนวนนักท่องเที่ยวชาวต่างประเทศที่เดินทางเข้าประเทศไทย"};
  FilterEngine engine(db_.get_lastdocid(), size_t{16} << 20);
  RamRanker ranker(db_.get_lastdocid(), size_t{16} << 20);
  SortColumns sorts(db_.get_lastdocid());
  const std::vector<RankKey> by_modified = {{sorts.Ranks(catalog::kSlotModified, db_), true}};
  size_t supported = 0, phrase_boosted = 0;
  for (const auto& q : queries) {
    const Q rank = Build(q, QueryUse::kRank);
    if (std::getenv("KHONHA_TEST_VERBOSE"))
      std::fprintf(stderr, "%s -> %s\n", q.c_str(), rank.get_description().c_str());
    if (!RamRanker::Supports(rank)) continue;
    ++supported;
    if (rank.get_description().find("PHRASE") != std::string::npos) ++phrase_boosted;
    const auto matches = engine.Evaluate(Build(q, QueryUse::kMatch), db_, false).ToDocids();
    for (const auto* keys : {&by_modified, static_cast<const std::vector<RankKey>*>(nullptr)}) {
      static const std::vector<RankKey> none;
      const auto& k = keys ? *keys : none;
      for (const auto& [first, count] : {std::pair<size_t, size_t>{0, 10}, {0, 50}, {7, 20}}) {
        auto got = ranker.Rank(rank, matches, first, count, k, db_);
        ASSERT_TRUE(got.has_value()) << q;
        ExpectSamePage(*got, XapianPage(rank, matches, first, count, k),
                       q + " [" + std::to_string(first) + "+" + std::to_string(count) +
                           (keys ? ", by modified]" : "]"));
      }
    }
  }
  // The oracle covered what it is for: most queries, phrase boosts among them.
  EXPECT_GE(supported, queries.size() - 3);
  EXPECT_GE(phrase_boosted, 3u);
}

TEST_F(RamRankerOracle, LeavesWildcardsAndValueRangesToXapian) {
  EXPECT_FALSE(RamRanker::Supports(Q(Q::OP_WILDCARD, "จังห")));
  EXPECT_FALSE(RamRanker::Supports(Q(Q::OP_VALUE_RANGE, 1, "a", "b")));
  EXPECT_FALSE(RamRanker::Supports(Q(Q::OP_AND, Q("a"), Q(Q::OP_PHRASE, Q("b"), Q("c")))));
  EXPECT_TRUE(RamRanker::Supports(
      Q(Q::OP_AND_MAYBE, Q(Q::OP_AND, Q("b"), Q("c")), Q(Q::OP_PHRASE, Q("b"), Q("c")))));
  RamRanker ranker(db_.get_lastdocid(), 1 << 20);
  EXPECT_FALSE(ranker.Rank(Q(Q::OP_WILDCARD, "จังห"), {1, 2, 3}, 0, 10, {}, db_).has_value());
}

}  // namespace
}  // namespace khonha::search
