// QueryBuilder::TextQuery: the Xapian query each kind of text becomes
// (golden Query::get_description() strings, see STYLE.md).
#include "catalog/search/query_builder.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include <xapian.h>


namespace khonha::search {
namespace {

class QueryBuilderText : public testing::Test {
 protected:
  void SetUp() override {
    auto a = analyzers::Analyzer::Create();
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    analyzer_ = std::move(*a);
    builder_ = std::make_unique<QueryBuilder>(*analyzer_);
  }

  // Default-field text against `db` (Build binds the database).
  std::string Text(const std::string& q, const Xapian::Database& db) {
    QueryNode n;
    n.kind = QueryNode::Kind::kTerm;
    n.value = q;
    auto built = builder_->Build(n, db);
    EXPECT_TRUE(built.ok());
    return built.ok() ? built->get_description() : "";
  }

  std::unique_ptr<analyzers::Analyzer> analyzer_;
  std::unique_ptr<QueryBuilder> builder_;
};

TEST_F(QueryBuilderText, ThaiWordOfRarePairsFallsBackToItsClusterPairPhrase) {
  Xapian::WritableDatabase empty(std::string(), Xapian::DB_BACKEND_INMEMORY);
  EXPECT_EQ(Text("โรงงาน", empty),
            "Query((โรงงาน OR (XTCโรง@1 PHRASE 3 XTCงงา@2 PHRASE 3 XTCงาน@3)))");
}

TEST_F(QueryBuilderText, ThaiWordOfCommonPairsStillFallsBackButItsRankingFormDoesNot) {
  // The fallback's positions are checked only where the word itself is
  // absent (FilterEngine), so common pairs cost little and keep recall.
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (Xapian::doccount i = 0; i < kMaxFallbackCandidates; ++i) {
    Xapian::Document doc;
    doc.add_posting("XTCโรง", 1, 0);
    doc.add_posting("XTCงงา", 2, 0);
    doc.add_posting("XTCงาน", 3, 0);
    db.add_document(doc);
  }
  EXPECT_EQ(Text("โรงงาน", db),
            "Query((โรงงาน OR (XTCโรง@1 PHRASE 3 XTCงงา@2 PHRASE 3 XTCงาน@3)))");
  QueryNode n;
  n.kind = QueryNode::Kind::kTerm;
  n.value = "โรงงาน";
  auto rank = builder_->Build(n, db, 0, QueryUse::kRank);
  ASSERT_TRUE(rank.ok());
  EXPECT_EQ(rank->get_description(), "Query(โรงงาน)");
}

TEST_F(QueryBuilderText, OneClusterWordFallsBackToThePairsItStartsWhileTheyAreFewAndRare) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::Document doc;
  doc.add_posting("XTCวัดผ", 1, 0);
  db.add_document(doc);
  EXPECT_EQ(Text("วัด", db), "Query((วัด OR WILDCARD SYNONYM XTCวัด))");
  // A cluster that starts a pair found in kMaxFallbackCandidates datasets
  // is common: the word alone (a wildcard would match most of the catalog).
  for (Xapian::doccount i = 0; i < kMaxFallbackCandidates; ++i) {
    Xapian::Document common;
    common.add_posting("XTCวัดท", 1, 0);
    db.add_document(common);
  }
  EXPECT_EQ(Text("วัด", db), "Query(วัด)");
}

TEST_F(QueryBuilderText, CutOffWordIsOneRunAlsoMatchedAsTheStartOfAWord) {
  // "หน่ว" (หน่วยงาน cut short) segments as หน่ + a one-cluster fragment;
  // the fragment alone would expand to every pair starting with ว. The run
  // is its words, the start of a word (หน่วยงาน in text without cluster
  // pairs) or its pairs, however common.
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (Xapian::doccount i = 0; i < kMaxFallbackCandidates; ++i) {
    Xapian::Document doc;
    doc.add_posting("XTCหน่", 1, 0);
    doc.add_posting("XTCน่ว", 2, 0);
    db.add_document(doc);
  }
  EXPECT_EQ(Text("หน่ว", db),
            "Query(((หน่ AND ว) OR WILDCARD SYNONYM หน่ว OR (XTCหน่@1 PHRASE 2 XTCน่ว@2)))");
  // A word followed by a touching fragment joins it ("…เทศ" + "ท"): the
  // fallback is the pairs of the run, ending in ศท, not every pair that
  // starts with ท.
  const std::string joined = Text("ประเทศท", db);
  EXPECT_NE(joined.find("XTCศท@"), std::string::npos) << joined;
  EXPECT_EQ(joined.find("WILDCARD SYNONYM XTC"), std::string::npos) << joined;
}

TEST_F(QueryBuilderText, QueryEndingInsideAClusterMatchesAnyPairItsLastClusterStarts) {
  // "…ประเทศท" typed on the way to ประเทศที่: the text's pair is ศที่, not ศท.
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::Document doc;
  for (const char* t : {"XTCประ", "XTCระเท", "XTCเทศ", "XTCศที่", "XTCศทั้"}) doc.add_posting(t, 1, 0);
  db.add_document(doc);
  const std::string open = Text("ประเทศท", db);
  EXPECT_NE(open.find("(XTCศทั้@2 OR XTCศที่@2)"), std::string::npos) << open;
  // Not at the end of the query: the exact pair.
  const std::string inside = Text("ประเทศท ข้อมูล", db);
  EXPECT_EQ(inside.find("XTCศที่"), std::string::npos) << inside;
}

TEST_F(QueryBuilderText, ShortQueriesRankTheirPhraseHigherLongOnesDoNot) {
  Xapian::WritableDatabase empty(std::string(), Xapian::DB_BACKEND_INMEMORY);
  EXPECT_EQ(Text("open data", empty),
            "Query((((open OR Zopen) AND (data OR Zdata)) AND_MAYBE (open@1 PHRASE 2 data@2)))");
  const std::string five = Text("one two three four five", empty);
  EXPECT_EQ(five.find("PHRASE"), std::string::npos) << five;
}

TEST_F(QueryBuilderText, FieldPhraseIsItsWordsInTheFieldAndThePhraseAnywhere) {
  EXPECT_EQ(builder_->TextQuery("open data", "S", true)->get_description(),
            "Query(((Sopen AND Sdata) FILTER (open@1 PHRASE 2 data@2)))");
  EXPECT_EQ(builder_->TextQuery("open", "S", true)->get_description(), "Query(Sopen)");
}

}  // namespace
}  // namespace khonha::search
