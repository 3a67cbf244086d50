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

// Where a failing Status came from; CKAN reports the same code differently
// depending on the layer that raised it.
enum class ErrorOrigin {
  kAction,        // an action's own validation / lookup (ValidationError, NotFound, …)
  kSearchQuery,   // parsing q/fq/sort/parameters: CKAN's SearchQueryError
  kSearchEngine,  // what the engine refuses to run ({! local params}): CKAN's SearchError
};

// Codes map as CKAN's views/api.py does: InvalidArgument → 409 Validation
// Error (400 Search Query Error from kSearchQuery, 409 Search Error from
// kSearchEngine), NotFound → 404, PermissionDenied → 403,
// FailedPrecondition → 409, ResourceExhausted → 413, Unavailable → 503,
// Internal → 500.
ApiError MapStatus(const Status& status, ErrorOrigin origin = ErrorOrigin::kAction);

}  // namespace khonha::server
