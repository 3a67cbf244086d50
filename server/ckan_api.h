// The CKAN Action API: /api/3/action/<name> (and /api/action/<name>).
//
// Each request is parsed into a typed request first (parameters from the
// query string on GET, from a JSON object or a form body on POST), then run.
// Responses use CKAN's envelope {help, success, result|error} and CKAN's
// status codes. Thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "server/http.h"
#include "server/search_service.h"

namespace khonha::server {

struct ApiOptions {
  uint64_t rows_max = 1000;  // CKAN's ckan.search.rows_max: larger rows are clamped
};

class CkanApi {
 public:
  CkanApi(SearchService& search, ApiOptions options) : search_(search), options_(options) {}

  // `action` is the last path segment ("package_search").
  HttpResponse Handle(const HttpRequest& request, std::string_view action);

  // GET /api and /api/3: {"version": 3}.
  static HttpResponse Version(int version);

 private:
  SearchService& search_;
  ApiOptions options_;
};

}  // namespace khonha::server
