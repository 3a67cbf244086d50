// Helpers shared by the action handler groups (see actions.h).
#include <cctype>

#include "server/actions.h"

namespace khonha::server::actions {

Failure FieldError(const std::string& field, const std::string& message) {
  Failure f{InvalidArgument(field + ": " + message), ErrorOrigin::kAction, json::object()};
  f.fields[field] = json::array({message});
  return f;
}

Failure MessageError(const std::string& message) {
  Failure f{InvalidArgument(message), ErrorOrigin::kAction, json::object()};
  f.fields["message"] = message;
  return f;
}

std::string AsString(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_array() && !v.empty()) return AsString(v.back());
  if (v.is_null() || v.is_array()) return "";
  return v.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string FoldAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::optional<bool> ParseBool(const json& v) {
  if (v.is_boolean()) return v.get<bool>();
  if (v.is_number_integer()) return v.get<int64_t>() != 0;
  const std::string s = FoldAscii(AsString(v));
  if (s == "true" || s == "yes" || s == "on" || s == "y" || s == "t" || s == "1") return true;
  if (s == "false" || s == "no" || s == "off" || s == "n" || s == "f" || s == "0" || s.empty()) {
    return false;
  }
  return std::nullopt;
}

bool Truthy(const json& v) { return ParseBool(v).value_or(false); }

std::optional<Failure> ReadInt(const json& data, const char* key, std::optional<int64_t>& out,
                               bool natural) {
  out.reset();
  auto it = data.find(key);
  if (it == data.end() || it->is_null()) return std::nullopt;
  const json& v = it->is_array() && !it->empty() ? it->back() : *it;
  int64_t n = 0;
  if (v.is_number_integer()) {
    n = v.get<int64_t>();
  } else if (v.is_number_float()) {
    const double d = v.get<double>();
    if (d != static_cast<double>(static_cast<int64_t>(d))) return FieldError(key, "Invalid integer");
    n = static_cast<int64_t>(d);
  } else if (v.is_string()) {
    std::string s = v.get<std::string>();
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
    size_t i = 0;
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    s.erase(0, i);
    if (s.empty()) return std::nullopt;  // int_validator: blank is "not given"
    size_t digits = (s[0] == '-' || s[0] == '+') ? 1 : 0;
    if (digits == s.size() || s.size() > 18) return FieldError(key, "Invalid integer");
    for (size_t k = digits; k < s.size(); ++k) {
      if (s[k] < '0' || s[k] > '9') return FieldError(key, "Invalid integer");
    }
    n = std::stoll(s);
  } else {
    return FieldError(key, "Invalid integer");
  }
  if (natural && n < 0) return FieldError(key, "Must be a natural number");
  out = n;
  return std::nullopt;
}

std::string StringParam(const json& data, const char* key) {
  auto it = data.find(key);
  if (it == data.end()) return "";
  std::string s = AsString(*it);
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

bool ContainsFolded(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return true;
  return FoldAscii(haystack).find(FoldAscii(needle)) != std::string::npos;
}

search::SearchRequest VisibleTo(const Caller& caller, bool include_private, bool include_drafts) {
  search::SearchRequest r;
  if (caller.authenticated && include_private) {
    r.include_private = true;
    r.member_orgs = caller.organizations;
    r.all_private = caller.sysadmin;
  }
  r.include_drafts = caller.sysadmin && include_drafts;
  return r;
}

Result<search::SearchResponse> RunSearch(SearchService& service, const search::SearchRequest& req) {
  auto searcher = service.ThreadSearcher();
  if (!searcher.ok()) return searcher.status();
  return (*searcher)->Search(req);
}

std::string FqTerm(std::string_view field, std::string_view value) {
  std::string out(field);
  out += ":\"";
  for (char c : value) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  out += '"';
  return out;
}

json ParseRecords(const std::vector<std::string>& records) {
  json out = json::array();
  for (const auto& rec : records) {
    json pkg = json::parse(rec, nullptr, false);
    out.push_back(pkg.is_discarded() ? json::object() : std::move(pkg));
  }
  return out;
}

}  // namespace khonha::server::actions
