#include "server/ckan_api.h"

#include <cstdio>

#include <nlohmann/json.hpp>

#include "catalog/search/query_ast.h"
#include "server/api_errors.h"

namespace khonha::server {
namespace {

using json = nlohmann::json;

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

// What an action produced: a result, or an error with CKAN's details.
struct ActionOutcome {
  json result;
  Status status;
  json field_errors = json::object();  // Validation Error: {"rows": ["Invalid integer"]}
  bool search_query = false;           // errors from q/fq/sort: 400 Search Query Error
  std::string bad_request;             // 400 "Bad request - …" (a bare JSON string)
};

ActionOutcome Ok(json result) {
  ActionOutcome o;
  o.result = std::move(result);
  return o;
}

ActionOutcome FieldError(const std::string& field, const std::string& message) {
  ActionOutcome o;
  o.status = InvalidArgument(field + ": " + message);
  o.field_errors[field] = json::array({message});
  return o;
}

ActionOutcome Failed(Status status, bool search_query = false) {
  ActionOutcome o;
  o.status = std::move(status);
  o.search_query = search_query;
  return o;
}

// CKAN's _get_request_data: GET → query parameters (repeated keys become a
// list); POST → a JSON object body, or a form.
Result<json> RequestData(const HttpRequest& req) {
  json data = json::object();
  auto add_mixed = [&data](const std::vector<std::pair<std::string, std::string>>& pairs) {
    for (const auto& [k, v] : pairs) {
      if (!data.contains(k)) {
        data[k] = v;
      } else if (data[k].is_array()) {
        data[k].push_back(v);
      } else {
        data[k] = json::array({data[k], v});
      }
    }
  };
  if (req.method == "GET" || req.method == "HEAD") {
    add_mixed(req.query);
    return data;
  }
  if (req.method != "POST") return InvalidArgument("use GET or POST");
  if (req.body_too_large) return ResourceExhausted("request body is too large");
  const std::string* ctype = req.Header("content-type");
  const bool form = ctype && ctype->rfind("application/x-www-form-urlencoded", 0) == 0;
  std::string_view body = req.body;
  while (!body.empty() && std::isspace(static_cast<unsigned char>(body.front()))) body.remove_prefix(1);
  if (body.empty()) {
    add_mixed(req.query);  // a POST with no body: accept query parameters
    return data;
  }
  if (form || body.front() != '{') {
    auto pairs = ParseFormEncoded(req.body);
    // CKAN also accepts a JSON document sent as the single key of a form.
    if (pairs.size() == 1 && (pairs[0].second.empty() || pairs[0].second == "1")) {
      json j = json::parse(pairs[0].first, nullptr, false);
      if (j.is_object()) return j;
    }
    add_mixed(pairs);
    return data;
  }
  json j = json::parse(req.body, nullptr, false);
  if (j.is_discarded()) return InvalidArgument("JSON Error: the request body is not valid JSON");
  if (!j.is_object()) return InvalidArgument("JSON Error: Request data JSON decoded to a non-object but it needs to be a dictionary.");
  return j;
}

std::string AsString(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_array() && !v.empty()) return AsString(v.back());
  if (v.is_null()) return "";
  return Dump(v);
}

// natural_number_validator / int_validator: accepts JSON ints and digit strings.
enum class IntCheck { kOk, kInvalid, kNegative };
IntCheck ParseInt(const json& v, int64_t& out) {
  if (v.is_number_integer()) {
    out = v.get<int64_t>();
  } else if (v.is_string()) {
    const std::string s = v.get<std::string>();
    size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    if (i == s.size() || s.size() > 18) return IntCheck::kInvalid;
    for (size_t k = i; k < s.size(); ++k) {
      if (s[k] < '0' || s[k] > '9') return IntCheck::kInvalid;
    }
    out = std::stoll(s);
  } else {
    return IntCheck::kInvalid;
  }
  return out < 0 ? IntCheck::kNegative : IntCheck::kOk;
}

bool Truthy(const json& v) {
  if (v.is_boolean()) return v.get<bool>();
  std::string s = AsString(v);
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s == "true" || s == "1" || s == "yes" || s == "on";
}

// package_search parameters CKAN accepts (anything else is a Search Query Error).
bool KnownSearchParam(const std::string& k) {
  static const char* kKnown[] = {
      "q", "fq", "fq_list", "rows", "start", "sort", "fl", "facet", "facet.field", "facet.limit",
      "facet.mincount", "include_private", "include_drafts", "include_deleted", "qf", "extras",
      "use_default_schema", "defType", "mm", "df", "q.op", "tie", "bf", "boost", "wt",
      "callback", "_", "hl", "facet.sort", "facet.prefix", "facet.missing", "sort_by"};
  for (const char* known : kKnown) {
    if (k == known) return true;
  }
  return k.rfind("ext_", 0) == 0;
}

ActionOutcome PackageSearch(SearchService& service, const ApiOptions& opt, const json& data) {
  search::SearchRequest req;
  for (auto it = data.begin(); it != data.end(); ++it) {
    if (!KnownSearchParam(it.key())) {
      return Failed(InvalidArgument("Invalid search parameters: ['" + it.key() + "']"), true);
    }
  }
  if (data.contains("q")) req.q = AsString(data["q"]);
  if (data.contains("fq")) req.fq.push_back(AsString(data["fq"]));
  for (const auto& key : {"q", "fq"}) {
    if (data.contains(key) && AsString(data[key]).find("{!") != std::string::npos) {
      return FieldError(key, "Local parameters are not supported.");
    }
  }
  if (data.contains("fq_list")) {
    const json& l = data["fq_list"];
    if (l.is_array()) {
      for (const auto& f : l) req.fq.push_back(AsString(f));
    } else {
      req.fq.push_back(AsString(l));
    }
  }
  int64_t n = 0;
  if (data.contains("rows")) {
    switch (ParseInt(data["rows"], n)) {
      case IntCheck::kInvalid: return FieldError("rows", "Invalid integer");
      case IntCheck::kNegative: return FieldError("rows", "Must be a natural number");
      case IntCheck::kOk: req.rows = std::min<uint64_t>(static_cast<uint64_t>(n), opt.rows_max);
    }
  }
  if (data.contains("start")) {
    switch (ParseInt(data["start"], n)) {
      case IntCheck::kInvalid: return FieldError("start", "Invalid integer");
      case IntCheck::kNegative: return FieldError("start", "Must be a natural number");
      case IntCheck::kOk: req.start = static_cast<uint64_t>(n);
    }
  }
  if (data.contains("facet.mincount")) {
    switch (ParseInt(data["facet.mincount"], n)) {
      case IntCheck::kInvalid: return FieldError("facet.mincount", "Invalid integer");
      case IntCheck::kNegative: return FieldError("facet.mincount", "Must be a natural number");
      case IntCheck::kOk: req.facet_mincount = static_cast<uint64_t>(n);
    }
  }
  if (data.contains("facet.limit")) {
    if (ParseInt(data["facet.limit"], n) == IntCheck::kInvalid) {
      return FieldError("facet.limit", "Invalid integer");
    }
    req.facet_limit = n;
  }
  if (data.contains("facet.field")) {
    json ff = data["facet.field"];
    if (ff.is_string()) {
      ff = json::parse(ff.get<std::string>(), nullptr, false);
      if (ff.is_discarded()) return FieldError("facet.field", "Could not parse as valid JSON");
    }
    if (!ff.is_array()) return FieldError("facet.field", "Not a list");
    for (const auto& f : ff) {
      if (!f.is_string()) return FieldError("facet.field", "Not a string");
      req.facet_fields.push_back(f.get<std::string>());
    }
  }
  if (data.contains("facet") && AsString(data["facet"]) == "false") req.facet_fields.clear();
  if (data.contains("sort")) req.sort = AsString(data["sort"]);
  if (data.contains("include_private")) req.include_private = Truthy(data["include_private"]);
  if (data.contains("include_drafts")) req.include_drafts = Truthy(data["include_drafts"]);
  std::vector<std::string> fl;
  if (data.contains("fl")) {
    const json& f = data["fl"];
    std::string joined = f.is_array() ? "" : AsString(f);
    if (f.is_array()) {
      for (const auto& x : f) joined += AsString(x) + " ";
    }
    std::string cur;
    for (char c : joined + " ") {
      if (c == ' ' || c == ',') {
        if (!cur.empty()) fl.push_back(cur);
        cur.clear();
      } else {
        cur += c;
      }
    }
  }

  auto searcher = service.ThreadSearcher();
  if (!searcher.ok()) return Failed(searcher.status());
  auto resp = (*searcher)->Search(req);
  if (!resp.ok()) return Failed(resp.status(), resp.status().code() == Code::kInvalidArgument);

  json results = json::array();
  for (const auto& rec : resp->records) {
    json pkg = json::parse(rec, nullptr, false);
    if (!fl.empty() && !(fl.size() == 1 && fl[0] == "*")) {
      json projected = json::object();
      for (const auto& key : fl) {
        if (pkg.contains(key)) projected[key] = pkg[key];
      }
      pkg = std::move(projected);
    }
    results.push_back(std::move(pkg));
  }
  json facets = json::object();
  json search_facets = json::object();
  for (const auto& fr : resp->facets) {
    json counts = json::object();
    json items = json::array();
    for (const auto& item : fr.items) {
      counts[item.name] = item.count;
      items.push_back({{"name", item.name}, {"display_name", item.display_name}, {"count", item.count}});
    }
    facets[fr.field] = std::move(counts);
    search_facets[fr.field] = {{"title", fr.field}, {"items", std::move(items)}};
  }
  return Ok({{"count", resp->count},
             {"sort", resp->sort},
             {"facets", std::move(facets)},
             {"results", std::move(results)},
             {"search_facets", std::move(search_facets)}});
}

ActionOutcome PackageShow(SearchService& service, const json& data) {
  std::string id = data.contains("id") ? AsString(data["id"]) : "";
  if (id.empty() && data.contains("name_or_id")) id = AsString(data["name_or_id"]);
  if (id.empty()) return FieldError("name_or_id", "Missing value");
  auto searcher = service.ThreadSearcher();
  if (!searcher.ok()) return Failed(searcher.status());
  search::SearchRequest visibility;
  auto rec = (*searcher)->GetRecord(id, visibility);
  if (!rec.ok()) return Failed(rec.status());
  json pkg = json::parse(*rec, nullptr, false);
  return Ok(std::move(pkg));
}

ActionOutcome StatusShow(SearchService& service) {
  auto gen = service.Current();
  json r = {{"site_title", "khonha"},
            {"site_description", "Open-data catalog search (CKAN Action API compatible)"},
            {"site_url", ""},
            {"ckan_version", "2.10.0"},
            {"khonha_version", "0.1.0"},
            {"error_emails_to", nullptr},
            {"locale_default", "th"},
            {"extensions", json::array({"khonha"})}};
  if (gen) {
    r["index_generation"] = gen->number();
    r["index_built_at"] = gen->meta().built_at;
    r["dataset_count"] = gen->meta().records_indexed;
  }
  return Ok(std::move(r));
}

std::string HelpUrl(const HttpRequest& req, std::string_view action) {
  const std::string* host = req.Header("host");
  return "http://" + (host ? *host : std::string("localhost")) +
         "/api/3/action/help_show?name=" + std::string(action);
}

bool ValidCallback(const std::string& cb) {
  if (cb.empty() || cb.size() > 128) return false;
  for (char c : cb) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '$')) return false;
  }
  return true;
}

HttpResponse JsonResponse(int status, const json& body) {
  HttpResponse r;
  r.status = status;
  r.body = Dump(body);
  r.headers.emplace_back("Access-Control-Allow-Origin", "*");
  return r;
}

}  // namespace

HttpResponse CkanApi::Version(int version) { return JsonResponse(200, json{{"version", version}}); }

HttpResponse CkanApi::Handle(const HttpRequest& request, std::string_view action) {
  ActionOutcome out;
  auto data = RequestData(request);
  const json data_dict = data.ok() ? *data : json::object();
  if (!data.ok()) {
    out.bad_request = data.status().message();
  } else if (action == "package_search") {
    out = PackageSearch(search_, options_, data_dict);
  } else if (action == "package_show") {
    out = PackageShow(search_, data_dict);
  } else if (action == "status_show") {
    out = StatusShow(search_);
  } else {
    out.bad_request = "Action name not known: " + std::string(action);
  }

  if (!out.bad_request.empty()) {
    // CKAN answers these with a bare JSON string, not an envelope.
    return JsonResponse(400, json("Bad request - " + out.bad_request));
  }
  json envelope = {{"help", HelpUrl(request, action)}};
  if (out.status.ok()) {
    envelope["success"] = true;
    envelope["result"] = std::move(out.result);
    HttpResponse r = JsonResponse(200, envelope);
    const std::string* cb = request.Query("callback");
    if (request.method == "GET" && cb != nullptr) {
      if (!ValidCallback(*cb)) {
        return JsonResponse(400, json("Bad request - callback must be a JavaScript identifier"));
      }
      r.body = *cb + "(" + r.body + ");";
      r.content_type = "application/javascript;charset=utf-8";
    }
    return r;
  }
  const ApiError err = MapStatus(out.status, out.search_query);
  json error;
  if (!out.field_errors.empty()) {
    error = std::move(out.field_errors);
  } else if (err.http_status == 404) {
    error = {{"message", "Not found: " + out.status.message()}};
  } else if (err.http_status == 403) {
    error = {{"message", "Access denied: " + out.status.message()}};
  } else if (out.search_query) {
    error = {{"message", "Search Query is invalid: " + out.status.message()}};
  } else if (err.http_status == 500) {
    std::fprintf(stderr, "khonha-server: %s failed: %s\n", std::string(action).c_str(),
                 out.status.ToString().c_str());
    error = {{"message", "Internal Server Error"}};  // never leak internals
  } else {
    error = {{"message", out.status.message()}};
  }
  error["__type"] = err.ckan_type;
  envelope["success"] = false;
  envelope["error"] = std::move(error);
  return JsonResponse(err.http_status, envelope);
}

}  // namespace khonha::server
