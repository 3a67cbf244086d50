// The web UI's pages, rendered on the server (no JavaScript needed):
//   GET /, /dataset?q=…&<facet field>=<value>…&sort=…&page=N   search page
//   GET /dataset/<name or id>                                  dataset page
// Thread-safe.
#pragma once

#include <string>

#include "server/http.h"
#include "server/search_service.h"

namespace khonha::server {

class WebPages {
 public:
  explicit WebPages(SearchService& search) : search_(search) {}

  HttpResponse Search(const HttpRequest& request);
  HttpResponse Dataset(const HttpRequest& request, const std::string& id_or_name);

 private:
  SearchService& search_;
};

}  // namespace khonha::server
