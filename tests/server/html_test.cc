// The escaping HTML layer: user data can never become markup.
#include "server/html.h"

#include <gtest/gtest.h>

namespace khonha::server {
namespace {

TEST(Html, EscapesEveryCharacterThatCouldOpenMarkup) {
  EXPECT_EQ(EscapeHtml("<script>alert('x')&\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;)&amp;&quot;&lt;/script&gt;");
  EXPECT_EQ(EscapeHtml("ข้อมูล ปี 2566"), "ข้อมูล ปี 2566");
}

TEST(Html, AttributesAndTextGoThroughEscaping) {
  HtmlWriter h;
  h.Element("a", {{"href", "/x?a=\"><img src=x onerror=1>"}}, "<b>ชื่อ</b>");
  EXPECT_EQ(h.Finish(),
            "<a href=\"/x?a=&quot;&gt;&lt;img src=x onerror=1&gt;\">&lt;b&gt;ชื่อ&lt;/b&gt;</a>");
}

TEST(Html, ParagraphsKeepLineBreaksOnly) {
  HtmlWriter h;
  h.Paragraphs("บรรทัด 1\r\n<บรรทัด 2>");
  EXPECT_EQ(h.Finish(), "บรรทัด 1<br>&lt;บรรทัด 2&gt;");
}

TEST(Html, QueryStringsEncodeThaiAndReservedCharacters) {
  EXPECT_EQ(QueryString({}), "");
  EXPECT_EQ(QueryString({{"q", "ฝุ่น PM2.5"}, {"tags", "a&b=c"}}),
            "?q=%E0%B8%9D%E0%B8%B8%E0%B9%88%E0%B8%99%20PM2.5&tags=a%26b%3Dc");
}

}  // namespace
}  // namespace khonha::server
