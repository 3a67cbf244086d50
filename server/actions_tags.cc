// Tag actions: tag_list and tag_show.
//
// Tags are the distinct values of the `tags` facet column over the datasets
// the caller may see: a tag used only by private datasets does not exist for
// anonymous callers. khonha has no tag vocabularies.
#include <algorithm>

#include "server/actions.h"

namespace khonha::server::actions {
namespace {

// Every visible tag with its dataset count, by name.
Result<std::vector<search::FacetItem>> VisibleTags(const ActionContext& ctx) {
  search::SearchRequest req = VisibleTo(ctx.caller, true, false);
  req.rows = 0;
  req.facet_fields = {"tags"};
  req.facet_limit = -1;
  req.facet_mincount = 1;
  auto resp = RunSearch(ctx.search, req);
  if (!resp.ok()) return resp.status();
  std::vector<search::FacetItem> tags = std::move(resp->facets.at(0).items);
  std::sort(tags.begin(), tags.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return tags;
}

Failure VocabularyNotFound(const std::string& vocab) {
  return Failure{NotFound("Could not find vocabulary \"" + vocab + "\""), ErrorOrigin::kAction,
                 json::object()};
}

json TagDict(const std::string& name, const json& id) {
  return {{"id", id}, {"name", name}, {"display_name", name}, {"vocabulary_id", nullptr}};
}

}  // namespace

// CKAN's _tag_search terms: "query" (or "q"), a string or a list; every term
// must occur in the tag name (case-insensitive).
std::vector<std::string> TagQueryTerms(const json& data) {
  std::vector<std::string> terms;
  for (const char* key : {"query", "q"}) {
    auto it = data.find(key);
    if (it == data.end()) continue;
    const json values = it->is_array() ? *it : json::array({*it});
    for (const auto& v : values) {
      std::string s = AsString(v);
      s.erase(0, s.find_first_not_of(" \t"));
      s.erase(s.find_last_not_of(" \t") + 1);
      if (!s.empty()) terms.push_back(s);
    }
    if (!terms.empty()) break;
  }
  return terms;
}

bool TagMatches(const std::string& tag, const std::vector<std::string>& terms) {
  for (const auto& t : terms) {
    if (!ContainsFolded(tag, t)) return false;
  }
  return true;
}

Outcome TagList(const ActionContext& ctx) {
  const std::string vocab = StringParam(ctx.data, "vocabulary_id");
  if (!vocab.empty()) return Fail(VocabularyNotFound(vocab));
  const std::vector<std::string> terms = TagQueryTerms(ctx.data);
  const bool all_fields = ctx.data.contains("all_fields") && Truthy(ctx.data["all_fields"]);
  auto tags = VisibleTags(ctx);
  if (!tags.ok()) return Fail(tags.status());
  json out = json::array();
  for (const auto& t : *tags) {
    if (!TagMatches(t.name, terms)) continue;
    // Tag ids live in package dicts only; the list gives the name in their place.
    out.push_back(all_fields ? TagDict(t.name, t.name) : json(t.name));
  }
  return Ok(std::move(out));
}

Outcome TagShow(const ActionContext& ctx) {
  const std::string id = StringParam(ctx.data, "id");
  if (id.empty()) return Fail(FieldError("id", "Missing value"));
  const std::string vocab = StringParam(ctx.data, "vocabulary_id");
  if (!vocab.empty()) return Fail(NotFound(""));
  const bool include_datasets =
      ctx.data.contains("include_datasets") && Truthy(ctx.data["include_datasets"]);
  search::SearchRequest req = VisibleTo(ctx.caller, true, false);
  req.fq = {FqTerm("tags", id)};
  req.rows = include_datasets ? ctx.options.rows_max : 1;
  req.sort = "name asc";
  auto resp = RunSearch(ctx.search, req);
  if (!resp.ok()) return Fail(resp.status());
  if (resp->count == 0) return Fail(NotFound(""));
  json packages = ParseRecords(resp->records);
  // The tag's id as the first dataset's package dict records it.
  json tag_id = id;
  if (!packages.empty()) {
    if (auto t = packages[0].find("tags"); t != packages[0].end() && t->is_array()) {
      for (const auto& tag : *t) {
        if (tag.is_object() && tag.value("name", "") == id && tag.contains("id")) tag_id = tag["id"];
      }
    }
  }
  json out = TagDict(id, tag_id);
  if (include_datasets) out["packages"] = std::move(packages);
  return Ok(std::move(out));
}

}  // namespace khonha::server::actions
