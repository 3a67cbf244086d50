// Maps request paths to handler groups. Thread-safe (holds only references
// to thread-safe handler groups).
//
//   /api, /api/N (N = 1..3)          → {"version": N} (3 for /api)
//   /api/3/action/<name>, /api/action/<name>, /get-ckan/<name> → CkanApi::Handle
//     (/get-ckan/ is the DGA gateway's path; its api-key header is ignored)
//   /api/util/<what>, /api/2/util/<what>  → CkanApi::HandleUtil (legacy autocomplete)
//   /dataset/<id>/resource/<rid>/download/<file>               → Downloads
//   /healthz                         → liveness and index generation
//   /stats/quality                   → QualityPage (GD-Catalog validation report)
//   /, /dataset, /dataset/<name>     → WebPages (server-rendered UI)
//   /static/…                        → the web UI's files
#pragma once

#include <string>

#include "server/ckan_api.h"
#include "server/downloads.h"
#include "server/http.h"
#include "server/quality_page.h"
#include "server/search_service.h"
#include "server/web_pages.h"

namespace khonha::server {

class Router {
 public:
  Router(SearchService& search, CkanApi& api, Downloads& downloads, WebPages& pages,
         std::string web_root)
      : search_(search), api_(api), downloads_(downloads), pages_(pages),
        web_root_(std::move(web_root)) {}

  HttpResponse Route(const HttpRequest& request);

 private:
  HttpResponse Health();
  HttpResponse Static(const std::string& relative);

  SearchService& search_;
  CkanApi& api_;
  Downloads& downloads_;
  WebPages& pages_;
  std::string web_root_;
  QualityPage quality_{search_};
};

}  // namespace khonha::server
