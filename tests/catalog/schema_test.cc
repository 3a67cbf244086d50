// The schema table's promises: distinct prefixes/slots, facet order, timestamps.
#include "catalog/model/schema.h"

#include <gtest/gtest.h>

#include <set>

namespace khonha::catalog {
namespace {

TEST(Schema, EveryPrefixAndSlotBelongsToOneField) {
  std::set<std::string_view> prefixes;
  std::set<int> slots;
  for (const auto& f : Fields()) {
    if (!f.prefix.empty()) {
      EXPECT_TRUE(prefixes.insert(f.prefix).second) << f.name;
    }
    if (f.slot >= 0) {
      EXPECT_TRUE(slots.insert(f.slot).second) << f.name;
      EXPECT_LT(f.slot, static_cast<int>(kFacetSlotBase)) << f.name;
    }
  }
}

TEST(Schema, CkanDefaultFacetsAndMultiValuedGdcFieldsAreFacetable) {
  for (const char* name : {"organization", "groups", "tags", "res_format", "license_id",
                           "objective", "data_format", "data_language", "disaggregate",
                           "data_type", "geo_coverage", "high_value_dataset"}) {
    EXPECT_GE(FacetIndex(name), 0) << name;
  }
  EXPECT_EQ(FacetIndex("title"), -1);
  EXPECT_TRUE(FindField("objective")->multi);
}

TEST(Schema, NormalizesTimestampsToSortableForm) {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {
      {"2021-10-31T05:59:39.473708", "2021-10-31T05:59:39"},
      {"2021-10-31T05:59:39Z", "2021-10-31T05:59:39"},
      {"2021-10-31 05:59", "2021-10-31T05:59:00"},
      {"2021-10-31", "2021-10-31T00:00:00"},
      {"31/10/2021", ""},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(NormalizeTimestamp(c.in), c.out) << c.in;
}

}  // namespace
}  // namespace khonha::catalog
