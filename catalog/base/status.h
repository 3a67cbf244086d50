// Status and Result<T>: how every khonha layer reports failure.
//
// Domain code returns these values instead of throwing across layers.
// Third-party errors (Xapian::Error, json::exception, UErrorCode, zstd codes)
// are converted where they arise. Exactly one place (server/http_status.cc)
// maps a Code to an HTTP status and a CKAN error __type.
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace khonha {

enum class Code {
  kOk = 0,
  kInvalidArgument,     // the caller's input is wrong (400/409)
  kNotFound,            // the named thing does not exist (404)
  kFailedPrecondition,  // state does not allow it (e.g. no index yet)
  kResourceExhausted,   // a bound was hit (body size, time)
  kUnavailable,         // try again later (index being reopened)
  kPermissionDenied,    // not authorised (403)
  kInternal,            // our bug or an environment failure (500)
};

const char* CodeName(Code code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return {}; }
  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "InvalidArgument: rows must be an integer"
  std::string ToString() const;

 private:
  Code code_ = Code::kOk;
  std::string message_;
};

inline Status InvalidArgument(std::string m) { return {Code::kInvalidArgument, std::move(m)}; }
inline Status NotFound(std::string m) { return {Code::kNotFound, std::move(m)}; }
inline Status FailedPrecondition(std::string m) { return {Code::kFailedPrecondition, std::move(m)}; }
inline Status ResourceExhausted(std::string m) { return {Code::kResourceExhausted, std::move(m)}; }
inline Status Unavailable(std::string m) { return {Code::kUnavailable, std::move(m)}; }
inline Status PermissionDenied(std::string m) { return {Code::kPermissionDenied, std::move(m)}; }
inline Status Internal(std::string m) { return {Code::kInternal, std::move(m)}; }

// Result<T> holds either a value or a non-OK Status.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {  // NOLINT: implicit by design
    assert(!std::get<Status>(v_).ok() && "Result needs a value or an error");
  }

  bool ok() const { return std::holds_alternative<T>(v_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(v_);
  }
  T& value() & { return std::get<T>(v_); }
  const T& value() const& { return std::get<T>(v_); }
  T&& value() && { return std::get<T>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace khonha

// Propagates a non-OK Status to the caller.
#define KHONHA_RETURN_IF_ERROR(expr)           \
  do {                                         \
    ::khonha::Status khonha_status_ = (expr);  \
    if (!khonha_status_.ok()) return khonha_status_; \
  } while (0)
