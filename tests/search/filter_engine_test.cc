// FilterEngine: the match set it computes from bitsets (with phrase
// positions checked on candidates only) is exactly the set Xapian's own
// matcher returns for the same query, on a real index of the real records.
#include "catalog/search/filter_engine.h"

#include <gtest/gtest.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include <xapian.h>

#include "analyzers/analyzer.h"
#include "catalog/search/index_layout.h"
#include "catalog/search/index_meta.h"
#include "catalog/search/query_ast.h"
#include "catalog/search/query_builder.h"
#include "tests/support/test_env.h"

namespace khonha::search {
namespace {

std::vector<uint32_t> XapianMatches(const Xapian::Query& q, const Xapian::Database& db) {
  Xapian::Enquire enquire(db);
  enquire.set_query(q);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
  std::vector<uint32_t> out;
  for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(*it);
  return out;
}

class FilterEngineOracle : public ::testing::Test {
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

  // The match form of q, as the searcher builds it.
  Xapian::Query Build(const std::string& q) {
    auto node = ParseQuery(q);
    EXPECT_TRUE(node.ok()) << q;
    QueryBuilder builder(*analyzer_);
    auto built = builder.Build(*node, db_);
    EXPECT_TRUE(built.ok()) << q;
    return *built;
  }

  static testing::TempDir* dir_;
  Xapian::Database db_;
  std::unique_ptr<analyzers::Analyzer> analyzer_;
};

testing::TempDir* FilterEngineOracle::dir_ = nullptr;

TEST_F(FilterEngineOracle, TextQueriesMatchExactlyWhatXapianMatches) {
  // Words, compounds, cut-off words (their fallback phrases sit inside ORs),
  // phrases, field terms, negation, and each with a filter.
  const std::vector<std::string> queries = {
      "โรงงาน", "ข้อมูลโรงงาน", "การใช้ไฟฟ้า", "จัดซื้อ", "หน่วยงานบริการสุขภาพจังห", "ทะเบียนวัด",
      "รายงานการจัดซื้อจัดจ้างของหน่ว", "\"สถิติ ท่องเที่ยว\"", "covid-19", "air quality",
      "tags:COVID-19 OR ท่องเที่ยว", "โรงเรียน -ประถม", "กรุงเทพมหานคร 2566", "ภาษี", "วัด", "ปี"};
  const std::vector<std::string> filters = {"", "res_format:CSV", "-res_format:PDF"};
  FilterEngine engine(db_.get_lastdocid(), size_t{16} << 20);
  for (const auto& q : queries) {
    for (const auto& fq : filters) {
      Xapian::Query query = Build(q);
      if (!fq.empty()) query = Xapian::Query(Xapian::Query::OP_FILTER, query, Build(fq));
      const auto expected = XapianMatches(query, db_);
      for (bool cached : {false, true, true}) {
        EXPECT_EQ(engine.Evaluate(query, db_, cached).ToDocids(), expected)
            << q << " | " << fq << " cached=" << cached << "\n" << query.get_description();
      }
    }
  }
}

TEST_F(FilterEngineOracle, AWordWithItsFallbackIsComputedOnceAndReused) {
  // "โรงงาน" is OR(the word, its cluster-pair phrase): a derived posting
  // list kept like a term's, even when the whole query is not cached.
  FilterEngine engine(db_.get_lastdocid(), size_t{16} << 20);
  const Xapian::Query word = Build("โรงงาน");
  ASSERT_EQ(word.get_type(), Xapian::Query::OP_OR) << word.get_description();
  const auto expected = XapianMatches(word, db_);
  EXPECT_EQ(engine.Evaluate(word, db_, false).ToDocids(), expected);
  const uint64_t hits = engine.term_cache().hits();
  EXPECT_EQ(engine.Evaluate(word, db_, false).ToDocids(), expected);
  EXPECT_EQ(engine.term_cache().hits(), hits + 1) << "the word's set was not reused";
  // Inside another query it is the same entry.
  const Xapian::Query both = Build("ข้อมูลโรงงาน");
  EXPECT_EQ(engine.Evaluate(both, db_, false).ToDocids(), XapianMatches(both, db_));
  engine.Clear();
  EXPECT_EQ(engine.term_cache().size(), 0u);
  EXPECT_EQ(engine.Evaluate(word, db_, false).ToDocids(), expected);
}

}  // namespace
}  // namespace khonha::search
