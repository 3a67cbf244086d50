// Resource downloads: GET /dataset/<id>/resource/<rid>/download/<filename>.
//
// Serves a resource's file from the files root when the resource is an upload
// (url_type "upload") whose URL ends in that filename; external resources
// redirect (302) to their URL. Thread-safe.
#pragma once

#include <string>

#include "server/http.h"
#include "server/search_service.h"

namespace khonha::server {

class Downloads {
 public:
  Downloads(SearchService& search, std::string files_root)
      : search_(search), files_root_(std::move(files_root)) {}

  // path: the request path, already known to start with "/dataset/".
  HttpResponse Handle(const HttpRequest& request);

 private:
  SearchService& search_;
  std::string files_root_;  // "" = uploads are not served
};

// Content-Type for a file name by its extension.
std::string ContentTypeFor(const std::string& filename);

}  // namespace khonha::server
