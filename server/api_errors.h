// The one place where a Status becomes an HTTP status and a CKAN error
// envelope's "__type".
#pragma once

#include <string>

#include "catalog/base/status.h"

namespace khonha::server {

struct ApiError {
  int http_status;
  const char* ckan_type;  // "Not Found Error", "Validation Error", …
};

// Codes map as CKAN's views/api.py does: InvalidArgument → 409 Validation
// Error, NotFound → 404, PermissionDenied → 403, FailedPrecondition → 409,
// Unavailable/ResourceExhausted → 503/413, Internal → 500.
// `search_query`: the status came from parsing q/fq/sort, where CKAN answers
// InvalidArgument with 400 "Search Query Error".
ApiError MapStatus(const Status& status, bool search_query = false);

}  // namespace khonha::server
