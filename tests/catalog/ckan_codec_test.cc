// Behaviour of the CKAN package codec: what is kept, what is extracted, what is an error.
#include "catalog/model/ckan_codec.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace khonha::catalog {
namespace {

using nlohmann::json;

TEST(CkanCodec, KeepsEveryFieldIncludingUnknownOnesEquivalentApartFromKeyOrder) {
  const std::string in = R"({"name":"pm25","id":"a1","title":"ค่าฝุ่น PM2.5 รายชั่วโมง",
    "x_custom":{"nested":[1,2.5,"สาม",null,true]},"objective":["ยุทธศาสตร์ชาติ","มติคณะรัฐมนตรี"],
    "notes":"line1\r\nline2 \"quoted\" \\ back \u0e01 \ud83d\ude00","num":12345678901234})";
  auto d = ParsePackage(in);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(json::parse(d->record_json), json::parse(in));
}

TEST(CkanCodec, ExtractsIndexedFields) {
  auto d = ParsePackage(R"({"id":"x","name":"n","title":"T","notes":"N","license_id":"cc-by",
    "organization":{"id":"o1","name":"ddc","title":"กรมควบคุมโรค"},
    "groups":[{"name":"health","title":"สาธารณสุข"}],"tags":[{"name":"โควิด"},"plain"],
    "resources":[{"id":"r1","format":"CSV","url":"http://x/a.csv","name":"ไฟล์"}],
    "metadata_modified":"2021-10-31T05:59:39.473708"})");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->organization.name, "ddc");
  EXPECT_EQ(d->organization.title, "กรมควบคุมโรค");
  ASSERT_EQ(d->groups.size(), 1u);
  EXPECT_EQ(d->groups[0].title, "สาธารณสุข");
  EXPECT_EQ(d->tags, (std::vector<std::string>{"โควิด", "plain"}));
  ASSERT_EQ(d->resources.size(), 1u);
  EXPECT_EQ(d->resources[0].format, "CSV");
  EXPECT_FALSE(d->is_private);
  EXPECT_EQ(d->state, "active");
}

TEST(CkanCodec, RecordWithoutIdFallsBackToName) {
  auto d = ParsePackage(R"({"name":"only-name","title":"t"})");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->id, "only-name");
}

TEST(CkanCodec, RejectsRecordsItCannotIdentifyOrRead) {
  struct Case {
    const char* input;
    const char* message_part;
  } cases[] = {
      {R"({"title":"no id, no name"})", "neither \"id\" nor \"name\""},
      {R"({"id": "a", "title": )", "malformed JSON"},
      {R"(["not", "an object"])", "expected a package object"},
      {"", "malformed JSON"},
  };
  for (const auto& c : cases) {
    auto d = ParsePackage(c.input);
    ASSERT_FALSE(d.ok()) << c.input;
    EXPECT_EQ(d.status().code(), Code::kInvalidArgument);
    EXPECT_NE(d.status().message().find(c.message_part), std::string::npos) << d.status().message();
  }
}

TEST(CkanCodec, RepairsInvalidUtf8InsteadOfLosingTheRecord) {
  std::string in = "{\"id\":\"u\",\"title\":\"bad \xC3\x28 byte \xE0\xB8\"}";
  auto d = ParsePackage(in);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(d->title, "bad \xEF\xBF\xBD( byte \xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(CkanCodec, KeepsHugeFieldsWhole) {
  std::string notes;
  for (int i = 0; i < 200000; ++i) notes += "ข้อมูล";
  json j = {{"id", "big"}, {"notes", notes}};
  auto d = ParsePackage(j.dump());
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->notes.size(), notes.size());
  EXPECT_EQ(json::parse(d->record_json)["notes"], notes);
}

TEST(CkanCodec, ReadsGdcMultiValuedFieldsInEverySpelling) {
  struct Case {
    const char* json_value;
    std::vector<std::string> expected;
  } cases[] = {
      {R"(["CSV","PDF"])", {"CSV", "PDF"}},
      {R"("[\"CSV\", \"PDF\"]")", {"CSV", "PDF"}},  // CKAN scheming's string form
      {R"("CSV")", {"CSV"}},
      {R"([])", {}},
  };
  for (const auto& c : cases) {
    auto d = ParsePackage(std::string(R"({"id":"g","data_format":)") + c.json_value + "}");
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->GdcValues("data_format"), c.expected) << c.json_value;
  }
}

TEST(CkanCodec, PrivateWhenFlaggedOrClassifiedAnythingButPublic) {
  struct Case {
    const char* fields;
    bool is_private;
  } cases[] = {
      {R"("private": true)", true},
      {R"("private": false)", false},
      {R"("private": false, "data_classification": "เปิดเผย")", false},
      {R"("private": false, "data_classification": "ลับ")", true},
      {R"("data_classification": "ชั้นเผยแพร่ภายในองค์กร")", true},
      {R"("high_value_dataset": "1")", false},
  };
  for (const auto& c : cases) {
    auto d = ParsePackage(std::string(R"({"id":"p",)") + c.fields + "}");
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->is_private, c.is_private) << c.fields;
  }
}

TEST(CkanCodec, ReadsGdcFieldsFromExtrasWhenNotTopLevel) {
  auto d = ParsePackage(R"({"id":"e","extras":[{"key":"geo_coverage","value":"จังหวัด"}]})");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->GdcValues("geo_coverage"), std::vector<std::string>{"จังหวัด"});
}

}  // namespace
}  // namespace khonha::catalog
