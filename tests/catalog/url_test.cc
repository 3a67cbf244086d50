// Percent-encoding shared by pages, harvester and tests.
#include "catalog/base/url.h"

#include <gtest/gtest.h>

namespace khonha {
namespace {

TEST(Url, EncodesEverythingButUnreservedBytes) {
  EXPECT_EQ(PercentEncode("a-Z_0.~"), "a-Z_0.~");
  EXPECT_EQ(PercentEncode("a b&c=d/e?"), "a%20b%26c%3Dd%2Fe%3F");
  EXPECT_EQ(PercentEncode("ไทย"), "%E0%B9%84%E0%B8%97%E0%B8%A2");
  EXPECT_EQ(PercentEncode(std::string("\0x", 2)), "%00x");
}

TEST(Url, DecodesEscapesAndPlusOnlyWhereItMeansSpace) {
  struct Case {
    const char* in;
    bool plus_is_space;
    const char* out;
  } cases[] = {
      {"a+b%20c", true, "a b c"},
      {"a+b%20c", false, "a+b c"},
      {"%E0%B9%84%E0%B8%97%E0%B8%A2", true, "ไทย"},
      {"100%", true, "100%"},      // malformed escapes stay as they are
      {"%4", true, "%4"},
      {"%zz%41", true, "%zzA"},
  };
  for (const auto& c : cases) EXPECT_EQ(PercentDecode(c.in, c.plus_is_space), c.out) << c.in;
}

TEST(Url, DecodeInvertsEncode) {
  const std::string s = "q=ฝุ่น PM2.5 & tags:\"a b\"+100%";
  EXPECT_EQ(PercentDecode(PercentEncode(s), true), s);
}

}  // namespace
}  // namespace khonha
