// q/fq parsing into the typed query, pinned by golden descriptions.
#include "catalog/search/query_ast.h"

#include <gtest/gtest.h>

namespace khonha::search {
namespace {

struct Golden {
  const char* input;
  const char* description;
};

TEST(QueryAst, ParsesTheSolrSubsetCkanClientsSend) {
  const Golden cases[] = {
      {"", "*:*"},
      {"*:*", "*:*"},
      {"ท่องเที่ยว", "text:ท่องเที่ยว"},
      {"ข้อมูล GDP", "(AND text:ข้อมูล text:GDP)"},
      {"tags:สุขภาพ", "tags:สุขภาพ"},
      {"res_format:CSV AND tags:health", "(AND res_format:CSV tags:health)"},
      {"res_format:CSV OR res_format:JSON", "(OR res_format:CSV res_format:JSON)"},
      {"+capacity:public -res_format:PDF", "(AND capacity:public (NOT res_format:PDF))"},
      {"NOT tags:x", "(NOT tags:x)"},
      {"organization:\"กรม ควบคุม\"", "organization:\"กรม ควบคุม\""},
      {"tags:(a OR b)", "(OR tags:a tags:b)"},
      {"(tags:a OR tags:b) AND res_format:CSV", "(AND (OR tags:a tags:b) res_format:CSV)"},
      {"metadata_modified:[2020-01-01T00:00:00Z TO NOW]",
       "metadata_modified:[2020-01-01T00:00:00Z TO NOW]"},
      {"metadata_modified:{NOW-30DAYS TO *}", "metadata_modified:{NOW-30DAYS TO *}"},
      {"-res_format:[* TO *]", "(NOT res_format:[* TO *])"},
      {"tags:heal*", "tags:heal*"},
      {"dataset_type:dataset", "type:dataset"},
      {"text:ฝุ่น", "text:ฝุ่น"},
      {"name:a\\:b", "name:a:b"},
      {"http://example.com/x", "text:http://example.com/x"},  // unknown field in q is text
  };
  for (const auto& c : cases) {
    auto node = ParseQuery(c.input);
    ASSERT_TRUE(node.ok()) << c.input << ": " << node.status().ToString();
    EXPECT_EQ(node->Describe(), c.description) << c.input;
  }
}

TEST(QueryAst, ReportsWhatIsWrong) {
  ParseOptions fq;
  fq.unknown_field_is_text = false;
  const struct {
    const char* input;
    const char* message_part;
  } cases[] = {
      {"tags:\"open", "unterminated quoted string"},
      {"(tags:a", "missing ')'"},
      {"metadata_modified:[2020 TO", "unterminated range"},
      {"metadata_modified:[2020 2021]", "[a TO b]"},
      {"nosuchfield:x", "unknown field 'nosuchfield'"},
      {"tags:", "has no value"},
      {"a)", "unexpected ')'"},
  };
  for (const auto& c : cases) {
    auto node = ParseQuery(c.input, fq);
    ASSERT_FALSE(node.ok()) << c.input;
    EXPECT_NE(node.status().message().find(c.message_part), std::string::npos)
        << c.input << " → " << node.status().message();
  }
}

TEST(QueryAst, BoundsLengthAndNesting) {
  ParseOptions o;
  o.max_length = 10;
  EXPECT_FALSE(ParseQuery(std::string(11, 'a'), o).ok());
  std::string deep(40, '(');
  deep += "a" + std::string(40, ')');
  EXPECT_FALSE(ParseQuery(deep).ok());
}

TEST(QueryAst, TellsWildcardsFromEscapedOnes) {
  EXPECT_TRUE(HasWildcard("heal*"));
  EXPECT_TRUE(HasWildcard("h?al"));
  EXPECT_FALSE(HasWildcard("heal\\*"));
  EXPECT_FALSE(HasWildcard("health"));
}

}  // namespace
}  // namespace khonha::search
