// Internal to the server library: what every CKAN action handler shares.
//
// An action receives the request's data dict (CKAN's data_dict, already
// decoded from the query string or the body), the caller and the search
// service; it parses the dict into a typed request, runs it, and returns an
// Outcome: a JSON result, or a failure that ckan_api.cc turns into CKAN's
// error envelope (api_errors.h maps the status). Handlers are grouped by
// subject: actions_package.cc, actions_org_group.cc, actions_tags.cc,
// actions_autocomplete.cc, actions_site.cc. All are thread-safe (they only
// use the calling thread's Searcher).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "catalog/search/searcher.h"
#include "server/api_errors.h"
#include "server/auth_tokens.h"
#include "server/ckan_api.h"
#include "server/search_service.h"

namespace khonha::server::actions {

using json = nlohmann::json;

// Why an action failed, in CKAN's terms.
struct Failure {
  Status status;
  ErrorOrigin origin = ErrorOrigin::kAction;
  // Validation Error details: {"rows": ["Invalid integer"]}; when set, this
  // dict (plus __type) is the whole "error" object, as CKAN returns it.
  json fields = json::object();
};

struct Outcome {
  json result;
  std::optional<Failure> failure;
};

inline Outcome Ok(json result) { return Outcome{std::move(result), std::nullopt}; }
inline Outcome Fail(Failure f) { return Outcome{json(), std::move(f)}; }
inline Outcome Fail(Status s, ErrorOrigin origin = ErrorOrigin::kAction) {
  return Fail(Failure{std::move(s), origin, json::object()});
}
// A CKAN ValidationError on one field: {"<field>": ["<message>"]}.
Failure FieldError(const std::string& field, const std::string& message);
// A CKAN ValidationError with only a message: {"message": "<message>"}.
Failure MessageError(const std::string& message);

struct ActionContext {
  const json& data;  // the request's data dict (an object)
  SearchService& search;
  const ApiOptions& options;
  const Caller& caller;
};

using ActionFn = Outcome (*)(const ActionContext&);

// --- data dict readers ----------------------------------------------------

// A parameter as a string: strings as given, the last of a repeated GET
// parameter, numbers and booleans as their JSON text, null as "".
std::string AsString(const json& v);
// CKAN's asbool: true/yes/on/1 (case-insensitive), JSON true.
bool Truthy(const json& v);
// CKAN's asbool strictly: nullopt when the value is not a boolean word.
std::optional<bool> ParseBool(const json& v);

// Reads an optional integer parameter with CKAN's int_validator /
// natural_number_validator rules (JSON ints and base-10 strings; "" or null
// means absent). On error returns the Failure CKAN reports for `key`.
std::optional<Failure> ReadInt(const json& data, const char* key, std::optional<int64_t>& out,
                               bool natural = true);

// The "q"-style string parameter, trimmed; "" when absent.
std::string StringParam(const json& data, const char* key);

// Case-insensitive (ASCII) substring test, as SQL ilike '%needle%' for
// UTF-8 text: Thai and other scripts compare exactly.
bool ContainsFolded(std::string_view haystack, std::string_view needle);
std::string FoldAscii(std::string_view s);

// --- visibility -------------------------------------------------------------

// The search visibility for this caller: anonymous callers see public,
// active datasets only, whatever they ask; include_private shows the
// caller's organizations' private datasets (all of them for a sysadmin);
// include_drafts is honoured for sysadmin tokens only.
search::SearchRequest VisibleTo(const Caller& caller, bool include_private, bool include_drafts);

// Runs a search on the calling thread's searcher.
Result<search::SearchResponse> RunSearch(SearchService& service, const search::SearchRequest& req);

// Quotes a value for an fq clause: field:"value" with \ and " escaped.
std::string FqTerm(std::string_view field, std::string_view value);

// Package dicts (JSON text) → JSON values; an undecodable record becomes {}.
json ParseRecords(const std::vector<std::string>& records);

// Tag search terms (CKAN's _tag_search): "query" or "q", a string or a
// list; a tag matches when it contains every term (ASCII case-insensitive).
std::vector<std::string> TagQueryTerms(const json& data);
bool TagMatches(const std::string& tag, const std::vector<std::string>& terms);

// --- the actions ------------------------------------------------------------
// actions_package.cc
Outcome PackageSearch(const ActionContext& ctx);
Outcome PackageShow(const ActionContext& ctx);
Outcome PackageList(const ActionContext& ctx);
Outcome CurrentPackageListWithResources(const ActionContext& ctx);
Outcome ResourceShow(const ActionContext& ctx);
// actions_org_group.cc
Outcome OrganizationList(const ActionContext& ctx);
Outcome OrganizationShow(const ActionContext& ctx);
Outcome GroupList(const ActionContext& ctx);
Outcome GroupShow(const ActionContext& ctx);
Outcome LicenseList(const ActionContext& ctx);
// actions_tags.cc
Outcome TagList(const ActionContext& ctx);
Outcome TagShow(const ActionContext& ctx);
// actions_autocomplete.cc
Outcome PackageAutocomplete(const ActionContext& ctx);
Outcome FormatAutocomplete(const ActionContext& ctx);
Outcome TagAutocomplete(const ActionContext& ctx);
Outcome OrganizationAutocomplete(const ActionContext& ctx);
Outcome GroupAutocomplete(const ActionContext& ctx);
// actions_site.cc
Outcome StatusShow(const ActionContext& ctx);
Outcome HelpShow(const ActionContext& ctx);

struct ActionInfo {
  std::string_view name;
  ActionFn fn;
  std::string_view help;  // help_show's text: what the action does and its parameters
};
// Every action khonha serves, by name.
const std::vector<ActionInfo>& ActionTable();
const ActionInfo* FindAction(std::string_view name);

}  // namespace khonha::server::actions
