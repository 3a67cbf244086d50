// The Action API dispatcher and CKAN's envelope. The actions themselves live
// in the actions_*.cc handler groups (see actions.h).
#include "server/ckan_api.h"

#include <cctype>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "server/actions.h"
#include "server/server_config.h"
#include "server/api_errors.h"

namespace khonha::server {
namespace {

using json = nlohmann::json;
using actions::ActionContext;
using actions::Outcome;

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

HttpResponse JsonResponse(int status, const json& body) {
  HttpResponse r;
  r.status = status;
  r.body = Dump(body);
  r.headers.emplace_back("Access-Control-Allow-Origin", "*");
  return r;
}

// CKAN answers a request it cannot read with a bare JSON string, not an envelope.
HttpResponse BadRequest(const std::string& message) {
  return JsonResponse(400, json("Bad request - " + message));
}

// CKAN's _get_request_data for side-effect-free actions: a POST form (or a
// JSON document sent as the form's only key), else URL parameters, else a
// JSON object body. Repeated keys become lists.
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
  if (req.body_too_large) return ResourceExhausted("request body is too large");
  const std::string* ctype = req.Header("content-type");
  const bool form = ctype && ctype->rfind("application/x-www-form-urlencoded", 0) == 0;
  std::string_view body = req.body;
  while (!body.empty() && std::isspace(static_cast<unsigned char>(body.front()))) body.remove_prefix(1);
  if (body.empty()) {
    add_mixed(req.query);  // a POST with no body: the URL parameters
    return data;
  }
  if (form || body.front() != '{') {
    auto pairs = ParseFormEncoded(req.body);
    if (pairs.size() == 1 && (pairs[0].second.empty() || pairs[0].second == "1")) {
      json j = json::parse(pairs[0].first, nullptr, false);
      if (j.is_object()) return j;
      if (!form) return InvalidArgument("JSON Error: the request body is not valid JSON");
    }
    add_mixed(pairs);
    return data;
  }
  json j = json::parse(req.body, nullptr, false);
  if (j.is_discarded()) return InvalidArgument("JSON Error: the request body is not valid JSON");
  if (!j.is_object()) {
    return InvalidArgument(
        "JSON Error: Request data JSON decoded to a non-object but it needs to be a dictionary.");
  }
  return j;
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

// The "error" object of CKAN's envelope, and the HTTP status, for a failure.
std::pair<int, json> ErrorBody(const actions::Failure& f, std::string_view action) {
  const ApiError err = MapStatus(f.status, f.origin);
  const std::string& msg = f.status.message();
  json error;
  if (!f.fields.empty()) {
    error = f.fields;
  } else if (err.http_status == 404) {
    error = {{"message", msg.empty() || msg == "Not found" ? "Not found" : "Not found: " + msg}};
  } else if (err.http_status == 403) {
    error = {{"message", msg.empty() ? "Access denied" : "Access denied: " + msg}};
  } else if (f.origin == ErrorOrigin::kSearchQuery && err.http_status == 400) {
    error = {{"message", "Search Query is invalid: " + msg}};
  } else if (f.origin == ErrorOrigin::kSearchEngine && err.http_status == 409) {
    error = {{"message", "Search error: " + msg}};
  } else if (err.http_status >= 500) {
    std::fprintf(stderr, "khonha-server: %s failed: %s\n", std::string(action).c_str(),
                 f.status.ToString().c_str());
    // Never leak internals.
    error = {{"message", err.http_status == 503 ? "Service Unavailable" : "Internal Server Error"}};
  } else {
    error = {{"message", msg}};
  }
  error["__type"] = err.ckan_type;
  return {err.http_status, std::move(error)};
}

// Runs an action, turning any escaped exception into a logged 500 (nothing
// may propagate into libmicrohttpd's C callbacks).
Outcome Run(actions::ActionFn fn, const ActionContext& ctx) {
  try {
    return fn(ctx);
  } catch (const std::exception& e) {
    return actions::Fail(Internal(std::string("unexpected exception: ") + e.what()));
  }
}

}  // namespace

HttpResponse CkanApi::Version(int version) { return JsonResponse(200, json{{"version", version}}); }

HttpResponse CkanApi::Handle(const HttpRequest& request, std::string_view action) {
  if (request.method != "GET" && request.method != "HEAD" && request.method != "POST") {
    HttpResponse r = JsonResponse(405, json("Method not allowed: use GET or POST"));
    r.headers.emplace_back("Allow", "GET, POST");
    return r;
  }
  const actions::ActionInfo* info = actions::FindAction(action);
  if (info == nullptr) return BadRequest("Action name not known: " + std::string(action));
  auto data = RequestData(request);
  if (!data.ok()) return BadRequest(data.status().message());

  // CKAN runs JSONP requests anonymously (a page on another site must not
  // borrow the visitor's credentials) and drops the callback parameter.
  const std::shared_ptr<const LiveValues> live = settings_.Get();
  Caller caller = live->tokens.Identify(request.Header("authorization"));
  if (data->contains("callback")) {
    data->erase("callback");
    caller = Caller{};
  }
  // Repeated anonymous package_search GETs: answered from the live
  // generation's response cache (response_cache.h).
  std::string cache_key;
  uint64_t cache_generation = 0;
  if (action == "package_search" && request.method == "GET" && !caller.authenticated) {
    if (auto gen = search_.Current()) {
      cache_generation = gen->number();
      // Keyed by the settings too: a reload (rows_max) must not serve old pages.
      cache_key = ResponseCache::Key(action, request) + "\x1f" + std::to_string(live->version);
      if (auto hit = search_.responses().Get(cache_generation, cache_key)) return *hit;
    }
  }
  const ActionContext ctx{*data, search_, live->api, caller};
  Outcome out = Run(info->fn, ctx);

  json envelope = {{"help", HelpUrl(request, action)}};
  if (!out.failure) {
    envelope["success"] = true;
    envelope["result"] = std::move(out.result);
    HttpResponse r = JsonResponse(200, envelope);
    const std::string* cb = request.Query("callback");
    if (request.method == "GET" && cb != nullptr) {
      if (!ValidCallback(*cb)) return BadRequest("callback must be a JavaScript identifier");
      r.body = *cb + "(" + r.body + ");";
      r.content_type = "application/javascript;charset=utf-8";
    }
    if (!cache_key.empty()) search_.responses().Put(cache_generation, cache_key, r);
    return r;
  }
  auto [status, error] = ErrorBody(*out.failure, action);
  envelope["success"] = false;
  envelope["error"] = std::move(error);
  return JsonResponse(status, envelope);
}

HttpResponse CkanApi::HandleUtil(const HttpRequest& request, std::string_view what) {
  struct Route {
    std::string_view path;
    actions::ActionFn fn;
    const char* query_param;  // the parameter holding the typed text
    const char* default_limit;
    const char* result_key;   // "" = a bare list; else {"ResultSet": {"Result": [{key: v}]}}
  };
  static const Route kRoutes[] = {
      {"dataset/autocomplete", actions::PackageAutocomplete, "incomplete", "10", nullptr},
      {"tag/autocomplete", actions::TagAutocomplete, "incomplete", "10", "Name"},
      {"resource/format_autocomplete", actions::FormatAutocomplete, "incomplete", "5", "Format"},
      {"group/autocomplete", actions::GroupAutocomplete, "q", "20", ""},
      {"organization/autocomplete", actions::OrganizationAutocomplete, "q", "20", ""},
  };
  const Route* route = nullptr;
  for (const auto& r : kRoutes) {
    if (r.path == what) route = &r;
  }
  if (route == nullptr) {
    HttpResponse r = JsonResponse(404, json("Not found"));
    return r;
  }
  const std::string* text = request.Query(route->query_param);
  const std::string* limit = request.Query("limit");
  json items = json::array();
  if (text != nullptr && !text->empty()) {
    json data = {{"q", *text}, {"limit", limit ? *limit : route->default_limit}};
    const std::string* vocab = request.Query("vocabulary_id");
    if (vocab != nullptr && route->fn == actions::TagAutocomplete) data["vocabulary_id"] = *vocab;
    const std::shared_ptr<const LiveValues> live = settings_.Get();
    const Caller caller = live->tokens.Identify(request.Header("authorization"));
    const ActionContext ctx{data, search_, live->api, caller};
    Outcome out = Run(route->fn, ctx);
    if (out.failure) {
      auto [status, error] = ErrorBody(*out.failure, route->path);
      return JsonResponse(status, json{{"success", false}, {"error", std::move(error)}});
    }
    items = std::move(out.result);
  }
  if (route->result_key != nullptr && std::string_view(route->result_key).empty()) {
    return JsonResponse(200, items);
  }
  json result = json::array();
  for (auto& item : items) {
    result.push_back(route->result_key ? json{{route->result_key, std::move(item)}} : std::move(item));
  }
  return JsonResponse(200, json{{"ResultSet", {{"Result", std::move(result)}}}});
}

}  // namespace khonha::server
