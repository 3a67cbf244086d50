#include "catalog/search/query_ast.h"

#include <cctype>

#include "catalog/model/schema.h"

namespace khonha::search {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

bool IsFieldName(std::string_view s) {
  if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
  for (char c : s) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.')) return false;
  }
  return true;
}

// CKAN/Solr names that are the default text field or aliases of ours.
std::string CanonicalField(std::string_view f) {
  if (f == "text") return "";
  if (f == "dataset_type") return "type";
  if (f == "license") return "license_id";
  if (f == "res_type") return "res_format";
  return std::string(f);
}

class Parser {
 public:
  Parser(std::string_view s, const ParseOptions& o) : s_(s), opt_(o) {}

  Result<QueryNode> Parse() {
    if (s_.size() > opt_.max_length) {
      return InvalidArgument("query is longer than " + std::to_string(opt_.max_length) +
                             " bytes");
    }
    QueryNode n = ParseOr("", 0);
    if (!error_.empty()) return InvalidArgument(error_);
    SkipSpace();
    if (pos_ < s_.size()) {
      return InvalidArgument("unexpected '" + std::string(1, s_[pos_]) + "' at position " +
                             std::to_string(pos_ + 1));
    }
    return n;
  }

 private:
  void SkipSpace() {
    while (pos_ < s_.size() && IsSpace(s_[pos_])) ++pos_;
  }
  bool AtEnd() {
    SkipSpace();
    return pos_ >= s_.size();
  }
  // Is the next token the operator word `op` (followed by a delimiter)?
  bool PeekOperator(std::string_view op) {
    SkipSpace();
    if (s_.substr(pos_, op.size()) != op) return false;
    size_t after = pos_ + op.size();
    if (op == "&&" || op == "||") return true;
    return after >= s_.size() || IsSpace(s_[after]) || s_[after] == '(';
  }
  void Fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
    pos_ = s_.size();
  }

  static QueryNode Combine(QueryNode::Kind kind, std::vector<QueryNode> children) {
    if (children.size() == 1) return std::move(children[0]);
    QueryNode n;
    n.kind = kind;
    n.children = std::move(children);
    return n;
  }

  QueryNode ParseOr(const std::string& field, size_t depth) {
    std::vector<QueryNode> parts;
    parts.push_back(ParseAnd(field, depth));
    while (PeekOperator("OR") || PeekOperator("||")) {
      pos_ += 2;
      parts.push_back(ParseAnd(field, depth));
    }
    return Combine(QueryNode::Kind::kOr, std::move(parts));
  }

  QueryNode ParseAnd(const std::string& field, size_t depth) {
    std::vector<QueryNode> parts;
    for (;;) {
      if (AtEnd() || s_[pos_] == ')') break;
      if (PeekOperator("OR") || PeekOperator("||")) break;
      if (PeekOperator("AND") || PeekOperator("&&")) {
        pos_ += PeekOperator("AND") ? 3 : 2;
        continue;
      }
      parts.push_back(ParseUnary(field, depth));
      if (!error_.empty()) break;
    }
    if (parts.empty()) {
      if (error_.empty() && !(pos_ == 0 && AtEnd()) && depth > 0) Fail("empty group '()'");
      return QueryNode{};  // match all
    }
    return Combine(QueryNode::Kind::kAnd, std::move(parts));
  }

  QueryNode ParseUnary(const std::string& field, size_t depth) {
    SkipSpace();
    if (PeekOperator("NOT")) {
      pos_ += 3;
      return Negate(ParseUnary(field, depth));
    }
    if (s_[pos_] == '!' || (s_[pos_] == '-' && pos_ + 1 < s_.size() && !IsSpace(s_[pos_ + 1]))) {
      ++pos_;
      return Negate(ParseUnary(field, depth));
    }
    if (s_[pos_] == '+' && pos_ + 1 < s_.size() && !IsSpace(s_[pos_ + 1])) {
      ++pos_;
      return ParseUnary(field, depth);
    }
    return ParsePrimary(field, depth);
  }

  static QueryNode Negate(QueryNode inner) {
    QueryNode n;
    n.kind = QueryNode::Kind::kNot;
    n.children.push_back(std::move(inner));
    return n;
  }

  QueryNode ParseGroup(const std::string& field, size_t depth) {
    if (depth + 1 > opt_.max_depth) {
      Fail("parentheses nested deeper than " + std::to_string(opt_.max_depth));
      return {};
    }
    ++pos_;  // '('
    QueryNode inner = ParseOr(field, depth + 1);
    SkipSpace();
    if (pos_ >= s_.size() || s_[pos_] != ')') {
      Fail("missing ')'");
      return {};
    }
    ++pos_;
    return inner;
  }

  QueryNode ParsePrimary(const std::string& field, size_t depth) {
    char c = s_[pos_];
    if (c == '(') return ParseGroup(field, depth);
    if (c == '"') return ParsePhrase(field);
    if (c == '[' || c == '{') return ParseRange(field);
    // A bare word, possibly "field:..." .
    std::string word;
    size_t colon = std::string::npos;
    while (pos_ < s_.size()) {
      char ch = s_[pos_];
      if (IsSpace(ch) || ch == '(' || ch == ')') break;
      if (ch == '\\' && pos_ + 1 < s_.size()) {
        word += ch;
        word += s_[pos_ + 1];
        pos_ += 2;
        continue;
      }
      if (ch == ':' && colon == std::string::npos) {
        colon = word.size();
        word += ch;
        ++pos_;
        // field:"…", field:[…], field:(…) continue with a structured value.
        if (pos_ < s_.size() && IsFieldName(word.substr(0, colon)) &&
            (s_[pos_] == '"' || s_[pos_] == '[' || s_[pos_] == '{' || s_[pos_] == '(')) {
          std::string f = word.substr(0, colon);
          if (!KnownField(f)) {
            if (!opt_.unknown_field_is_text) {
              Fail("unknown field '" + f + "'");
              return {};
            }
            f = "";
          }
          f = CanonicalField(f);
          if (s_[pos_] == '"') return ParsePhrase(f);
          if (s_[pos_] == '(') return ParseGroup(f, depth);
          return ParseRange(f);
        }
        continue;
      }
      word += ch;
      ++pos_;
    }
    if (word == "*:*" || word == "*") return QueryNode{};
    QueryNode n;
    n.kind = QueryNode::Kind::kTerm;
    n.field = field;
    if (colon != std::string::npos && colon > 0 && IsFieldName(word.substr(0, colon))) {
      std::string f = word.substr(0, colon);
      if (KnownField(f)) {
        n.field = CanonicalField(f);
        n.value = Unescape(word.substr(colon + 1));
        if (n.value.empty()) Fail("field '" + f + "' has no value");
        return n;
      }
      if (!opt_.unknown_field_is_text) {
        Fail("unknown field '" + f + "'");
        return {};
      }
    }
    n.value = Unescape(word);
    return n;
  }

  QueryNode ParsePhrase(const std::string& field) {
    ++pos_;  // opening quote
    std::string v;
    while (pos_ < s_.size() && s_[pos_] != '"') {
      if (s_[pos_] == '\\' && pos_ + 1 < s_.size()) ++pos_;
      v += s_[pos_++];
    }
    if (pos_ >= s_.size()) {
      Fail("unterminated quoted string");
      return {};
    }
    ++pos_;  // closing quote
    QueryNode n;
    n.kind = QueryNode::Kind::kPhrase;
    n.field = field;
    n.value = std::move(v);
    return n;
  }

  QueryNode ParseRange(const std::string& field) {
    QueryNode n;
    n.kind = QueryNode::Kind::kRange;
    n.field = field;
    n.lo_inclusive = s_[pos_] == '[';
    ++pos_;
    size_t close = s_.find_first_of("]}", pos_);
    if (close == std::string::npos) {
      Fail("unterminated range (missing ']' or '}')");
      return {};
    }
    n.hi_inclusive = s_[close] == ']';
    std::string_view body = s_.substr(pos_, close - pos_);
    pos_ = close + 1;
    size_t to = body.find(" TO ");
    if (to == std::string::npos) {
      Fail("range must look like [a TO b]");
      return {};
    }
    auto bound = [](std::string_view b) {
      while (!b.empty() && IsSpace(b.front())) b.remove_prefix(1);
      while (!b.empty() && IsSpace(b.back())) b.remove_suffix(1);
      if (b.size() >= 2 && b.front() == '"' && b.back() == '"') b = b.substr(1, b.size() - 2);
      return Unescape(b);
    };
    n.lo = bound(body.substr(0, to));
    n.hi = bound(body.substr(to + 4));
    if (n.lo.empty() || n.hi.empty()) Fail("range bounds may not be empty (use *)");
    if (field.empty()) Fail("a range needs a field, e.g. metadata_modified:[NOW-7DAYS TO NOW]");
    return n;
  }

  static std::string Unescape(std::string_view w) {
    std::string out;
    for (size_t i = 0; i < w.size(); ++i) {
      // Keep escaped wildcards escaped so that HasWildcard can tell them apart.
      if (w[i] == '\\' && i + 1 < w.size() && w[i + 1] != '*' && w[i + 1] != '?') ++i;
      out += w[i];
    }
    return out;
  }

  static bool KnownField(std::string_view f) {
    if (f == "text" || f == "dataset_type" || f == "license" || f == "res_type") return true;
    return catalog::FindField(f) != nullptr;
  }

  std::string_view s_;
  const ParseOptions& opt_;
  size_t pos_ = 0;
  std::string error_;
};

void DescribeTo(const QueryNode& n, std::string& out) {
  using K = QueryNode::Kind;
  auto field = [&] { out += (n.field.empty() ? "text" : n.field) + ":"; };
  switch (n.kind) {
    case K::kMatchAll: out += "*:*"; return;
    case K::kTerm: field(); out += n.value; return;
    case K::kPhrase: field(); out += "\"" + n.value + "\""; return;
    case K::kRange:
      field();
      out += (n.lo_inclusive ? "[" : "{") + n.lo + " TO " + n.hi + (n.hi_inclusive ? "]" : "}");
      return;
    case K::kAnd: out += "(AND"; break;
    case K::kOr: out += "(OR"; break;
    case K::kNot: out += "(NOT"; break;
  }
  for (const auto& c : n.children) {
    out += ' ';
    DescribeTo(c, out);
  }
  out += ')';
}

}  // namespace

std::string QueryNode::Describe() const {
  std::string out;
  DescribeTo(*this, out);
  return out;
}

Result<QueryNode> ParseQuery(std::string_view text, const ParseOptions& options) {
  Parser p(text, options);
  return p.Parse();
}

bool HasWildcard(std::string_view value) {
  for (size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '\\') {
      ++i;
      continue;
    }
    if (value[i] == '*' || value[i] == '?') return true;
  }
  return false;
}

}  // namespace khonha::search
