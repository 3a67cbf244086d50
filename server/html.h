// The one HTML layer: every byte of user data reaches a page through
// HtmlWriter::Text or an attribute value, both escaped here. Markup() takes
// only our own fixed markup (string literals), never data.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace khonha::server {

std::string EscapeHtml(std::string_view text);
// Percent-encodes a URL query component (UTF-8 safe).
std::string EncodeQueryComponent(std::string_view s);
// "?a=1&b=2" from pairs, each component encoded; "" for no pairs.
std::string QueryString(const std::vector<std::pair<std::string, std::string>>& params);

// Not thread-safe; one per response.
class HtmlWriter {
 public:
  using Attr = std::pair<std::string_view, std::string_view>;

  HtmlWriter& Markup(std::string_view fixed_markup) {
    out_ += fixed_markup;
    return *this;
  }
  HtmlWriter& Text(std::string_view text) {
    out_ += EscapeHtml(text);
    return *this;
  }
  // <tag a="v" …>; attribute values are escaped.
  HtmlWriter& Open(std::string_view tag, std::initializer_list<Attr> attrs = {});
  HtmlWriter& Close(std::string_view tag);
  // <tag …>text</tag>
  HtmlWriter& Element(std::string_view tag, std::initializer_list<Attr> attrs, std::string_view text) {
    return Open(tag, attrs).Text(text).Close(tag);
  }
  // Escaped text with line breaks kept as <br>.
  HtmlWriter& Paragraphs(std::string_view text);

  std::string Finish() { return std::move(out_); }

 private:
  std::string out_;
};

}  // namespace khonha::server
