#include "server/api_errors.h"

namespace khonha::server {

ApiError MapStatus(const Status& status, ErrorOrigin origin) {
  if (status.code() == Code::kInvalidArgument) {
    if (origin == ErrorOrigin::kSearchQuery) return {400, "Search Query Error"};
    if (origin == ErrorOrigin::kSearchEngine) return {409, "Search Error"};
  }
  switch (status.code()) {
    case Code::kOk: return {200, ""};
    case Code::kInvalidArgument: return {409, "Validation Error"};
    case Code::kNotFound: return {404, "Not Found Error"};
    case Code::kPermissionDenied: return {403, "Authorization Error"};
    case Code::kFailedPrecondition: return {409, "Validation Error"};
    case Code::kResourceExhausted: return {413, "Request Too Large"};
    case Code::kUnavailable: return {503, "Service Unavailable"};
    case Code::kInternal: return {500, "Internal Server Error"};
  }
  return {500, "Internal Server Error"};
}

}  // namespace khonha::server
