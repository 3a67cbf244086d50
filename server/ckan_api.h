// The CKAN Action API: /api/3/action/<name> (and /api/action/<name>,
// /get-ckan/<name>), plus CKAN's legacy autocomplete routes under /api/util
// and /api/2/util.
//
// Each request's data dict is read first (query parameters on GET; a JSON
// object, a form, or a JSON document sent as a form's only key on POST),
// the caller is identified from the Authorization header (auth_tokens.h),
// and the named action (actions.h) parses it into a typed request and runs
// it. Responses use CKAN's envelope {help, success, result|error} and CKAN's
// status codes (api_errors.h). Thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "server/auth_tokens.h"
#include "server/http.h"
#include "server/search_service.h"

namespace khonha::server {

struct ApiOptions {
  uint64_t rows_max = 1000;  // CKAN's ckan.search.rows_max: larger rows are clamped
};

class LiveSettings;  // server_config.h

class CkanApi {
 public:
  // `settings` (API options and tokens, which SIGHUP may replace while
  // requests run) must outlive the CkanApi; each request uses one snapshot.
  CkanApi(SearchService& search, const LiveSettings& settings)
      : search_(search), settings_(settings) {}

  // `action` is the last path segment ("package_search").
  HttpResponse Handle(const HttpRequest& request, std::string_view action);

  // A legacy util route: `what` is the path after "util/" — "dataset/autocomplete",
  // "tag/autocomplete", "resource/format_autocomplete", "group/autocomplete",
  // "organization/autocomplete". Bodies are CKAN's ({"ResultSet": {"Result": [...]}}
  // for datasets, tags and formats; a bare list for groups and organizations).
  HttpResponse HandleUtil(const HttpRequest& request, std::string_view what);

  // GET /api and /api/N: {"version": N}.
  static HttpResponse Version(int version);

 private:
  SearchService& search_;
  const LiveSettings& settings_;
};

}  // namespace khonha::server
