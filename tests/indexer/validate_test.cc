// GD-Catalog validation: each rule on hand-made records, the report's
// per-agency and per-field counts, and findings on the real data.go.th records.
#include "indexer/validate_command.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "catalog/model/ckan_codec.h"
#include "catalog/model/gdc_rules.h"
#include "catalog/model/quality_codec.h"
#include "tests/indexer/indexer_test_util.h"

namespace khonha::indexer {
namespace {

// A record that satisfies every rule; cases break one thing each.
constexpr const char* kGood =
    R"({"id":"g1","name":"g1","title":"ข้อมูลดี","notes":"คำอธิบาย","owner_org":"org1",)"
    R"("organization":{"name":"org1","title":"หน่วยงานหนึ่ง"},"maintainer":"ฝ่ายข้อมูล",)"
    R"("maintainer_email":"data@example.go.th","telephone_number":"02 123 4567 ต่อ 12",)"
    R"("tags":[{"name":"สถิติ"}],"license_id":"Open Data Common","data_type":"ข้อมูลสถิติ",)"
    R"("objective":["พันธกิจหน่วยงาน"],"update_frequency_unit":"ปี","geo_coverage":"ประเทศ",)"
    R"("data_source":"กรม","data_format":["CSV"],"data_category":"ข้อมูลสาธารณะ",)"
    R"("created_date":"2023-01-05","resources":[{"url":"http://x/a.csv","format":"CSV"}]})";

std::vector<catalog::Finding> FindingsOf(const std::string& json) {
  auto d = catalog::ParsePackage(json);
  EXPECT_TRUE(d.ok()) << d.status().ToString();
  auto facts = catalog::ExtractRecordFacts(d->record_json);
  return catalog::ValidateDataset(*d, *facts);
}

std::string With(const std::string& key, const std::string& value_json) {
  std::string s = kGood;
  const std::string needle = "\"" + key + "\":";
  size_t at = s.find(needle);
  if (at == std::string::npos) return s.substr(0, s.size() - 1) + "," + needle + value_json + "}";
  // Replace the value up to the next top-level comma/brace (values here have no nesting issues).
  size_t start = at + needle.size();
  int depth = 0;
  size_t end = start;
  bool in_str = false;
  for (; end < s.size(); ++end) {
    char c = s[end];
    if (in_str) {
      if (c == '\\') ++end;
      else if (c == '"') in_str = false;
      continue;
    }
    if (c == '"') in_str = true;
    else if (c == '[' || c == '{') ++depth;
    else if (c == ']' || c == '}') {
      if (depth == 0) break;
      --depth;
    } else if (c == ',' && depth == 0) break;
  }
  return s.substr(0, start) + value_json + s.substr(end);
}

TEST(GdcRules, AConformingRecordHasNoFindings) {
  auto findings = FindingsOf(kGood);
  for (const auto& f : findings) ADD_FAILURE() << f.message;
}

struct RuleCase {
  const char* name;
  std::string record;
  const char* field;
  const char* rule;
  catalog::Severity severity;
};

TEST(GdcRules, EachBrokenRuleIsReportedOnItsField) {
  using S = catalog::Severity;
  const RuleCase cases[] = {
      {"missing required", With("maintainer", "\"\""), "maintainer", "required", S::kError},
      {"no tags", With("tags", "[]"), "tags", "required", S::kError},
      {"bad choice", With("data_type", "\"ข้อมูลเปิด\""), "data_type", "choice", S::kError},
      {"bad multi choice", With("objective", "[\"พันธกิจหน่วยงาน\",\"อื่น\"]"), "objective", "choice", S::kError},
      {"bad email", With("maintainer_email", "\"data at example\""), "maintainer_email", "email", S::kError},
      {"bad telephone", With("telephone_number", "\"call us\""), "telephone_number", "telephone", S::kError},
      {"bad date", With("created_date", "\"5/1/2566\""), "created_date", "date", S::kError},
      {"unknown licence", With("license_id", "\"my-licence\""), "license_id", "license", S::kError},
      {"resource without url", With("resources", "[{\"format\":\"CSV\"}]"), "resources[0].url",
       "resource_url", S::kError},
      {"resource without format", With("resources", "[{\"url\":\"http://x/a\"}]"), "resources[0].format",
       "resource_format", S::kError},
      {"XSL is not a format", With("resources", "[{\"url\":\"http://x/a\",\"format\":\"XSL\"}]"),
       "resources[0].format", "format_unknown", S::kWarning},
      {"only PDFs", With("resources", "[{\"url\":\"http://x/a\",\"format\":\"PDF\"}]"), "resources",
       "machine_readable", S::kWarning},
      {"no id", With("id", "\"\""), "id", "no_id", S::kWarning},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    bool found = false;
    for (const auto& f : FindingsOf(c.record)) {
      if (f.field == c.field && f.rule == c.rule) {
        found = true;
        EXPECT_EQ(f.severity, c.severity);
      }
    }
    EXPECT_TRUE(found) << c.record;
  }
}

TEST(IndexerValidate, ReportCountsPerAgencyAndFieldAndReadsBackFromJson) {
  testing::TempDir dir;
  const std::string src = dir.Write("v.jsonl", std::string(kGood) + "\n" +
                                                   With("maintainer_email", "\"nope\"") + "\n{broken\n");
  ValidateOptions o;
  o.sources = {src};
  std::ostringstream err;
  auto r = RunValidate(o, err);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->records, 2u);
  EXPECT_EQ(r->conforming, 1u);
  EXPECT_EQ(r->rejected, 1u);
  EXPECT_NE(err.str().find(src + ":3:"), std::string::npos);
  ASSERT_EQ(r->agencies.size(), 1u);
  EXPECT_EQ(r->agencies[0].agency, "หน่วยงานหนึ่ง");
  EXPECT_DOUBLE_EQ(r->agencies[0].ConformancePercent(), 50.0);
  EXPECT_EQ(r->agencies[0].by_field.at("maintainer_email"), 1u);
  ASSERT_EQ(r->worst.size(), 1u);
  EXPECT_EQ(r->worst[0].origin, src + ":2");

  auto back = catalog::QualityReportFromJson(catalog::QualityReportToJson(*r));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->records, 2u);
  EXPECT_EQ(back->agencies[0].by_field, r->agencies[0].by_field);
  EXPECT_EQ(back->worst[0].findings.size(), r->worst[0].findings.size());
}

TEST(IndexerValidate, FindsTheKnownProblemsOfTheRealDataGoThRecords) {
  const std::string real = testing::SharedData("datagoth/datagoth-1236.jsonl");
  if (real.empty()) GTEST_SKIP() << "../shared/data/datagoth/datagoth-1236.jsonl is absent";
  ValidateOptions o;
  o.sources = {real};
  std::ostringstream err;
  auto r = RunValidate(o, err);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->records, 1236u);
  EXPECT_EQ(r->rejected, 0u);
  EXPECT_EQ(r->agencies.size(), 87u);
  std::map<std::string, uint64_t> by_field;
  std::map<std::string, uint64_t> by_rule;
  for (const auto& f : r->fields) {
    by_field[f.field] = f.records;
    for (const auto& [rule, n] : f.by_rule) by_rule[f.field + "/" + rule] += n;
  }
  EXPECT_EQ(by_field["id"], 26u);                       // 26 records carry no id
  EXPECT_GT(by_rule["resources.format/format_unknown"], 0u);  // "XSL", "MAP"
  EXPECT_EQ(by_field["data_type"], 1236u);              // the mirror dropped GD-Catalog fields
  EXPECT_EQ(by_field["maintainer_email"], 1236u);
  // The text report names a record with XSL.
  std::ostringstream text;
  catalog::WriteQualityText(*r, text);
  EXPECT_NE(text.str().find("By agency"), std::string::npos);
}

TEST(IndexerValidate, CliExitsFourBelowTheThresholdAndWritesJson) {
  testing::TempDir dir;
  const std::string src = dir.Write("v.jsonl", With("maintainer_email", "\"nope\"") + "\n");
  EXPECT_EQ(testing::RunIndexer({"validate", "--source", src, "--format", "json", "--out",
                                 dir.Sub("r.json"), "--fail-under", "90"}),
            4);
  std::ifstream in(dir.Sub("r.json"));
  std::stringstream buf;
  buf << in.rdbuf();
  auto report = catalog::QualityReportFromJson(buf.str());
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->records, 1u);
  EXPECT_EQ(testing::RunIndexer({"validate", "--source", src, "--out", dir.Sub("r.txt")}), 0);
  EXPECT_EQ(testing::RunIndexer({"validate", "--format", "xml", "--source", src}), 2);
}

}  // namespace
}  // namespace khonha::indexer
