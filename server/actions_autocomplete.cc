// Autocomplete actions: package_autocomplete, format_autocomplete,
// tag_autocomplete, organization_autocomplete, group_autocomplete.
//
// Matching is substring containment, case-insensitive for ASCII (SQL's
// ilike '%q%', which is what CKAN's name/title/format/tag lookups do); Thai
// text matches exactly, so "ท่องเที่ยว" finds every title containing it.
// Only datasets the caller may see contribute names, formats and tags.
#include <algorithm>
#include <map>

#include "server/actions.h"

namespace khonha::server::actions {
namespace {

// "q" (required, as CKAN's default_autocomplete_schema) and "limit".
std::optional<Failure> ParseAutocomplete(const json& data, int64_t default_limit, std::string& q,
                                         int64_t& limit) {
  if (!data.contains("q") || data["q"].is_null()) return FieldError("q", "Missing value");
  q = StringParam(data, "q");
  std::optional<int64_t> n;
  if (auto f = ReadInt(data, "limit", n)) return f;
  limit = n.value_or(default_limit);
  return std::nullopt;
}

Outcome GroupOrOrgAutocomplete(const ActionContext& ctx, bool is_org) {
  std::string q;
  int64_t limit = 0;
  if (auto f = ParseAutocomplete(ctx.data, 20, q, limit)) return Fail(std::move(*f));
  auto gen = ctx.search.Current();
  if (!gen) return Fail(Unavailable("no index is loaded"));
  const auto& objects = is_org ? gen->objects().organizations : gen->objects().groups;
  struct Match {
    std::string title;
    json item;
  };
  std::vector<Match> matches;
  for (const auto& [name, stored] : objects) {
    json o = json::parse(stored, nullptr, false);
    if (!o.is_object()) continue;
    const std::string title = o.value("title", "");
    if (!ContainsFolded(name, q) && !ContainsFolded(title, q)) continue;
    matches.push_back({FoldAscii(title.empty() ? name : title),
                       {{"id", o.value("id", "")}, {"name", name}, {"title", title}}});
  }
  std::stable_sort(matches.begin(), matches.end(),
                   [](const Match& a, const Match& b) { return a.title < b.title; });
  json out = json::array();
  for (size_t i = 0; i < matches.size() && static_cast<int64_t>(i) < limit; ++i) {
    out.push_back(std::move(matches[i].item));
  }
  return Ok(std::move(out));
}

}  // namespace

Outcome PackageAutocomplete(const ActionContext& ctx) {
  std::string q;
  int64_t limit = 0;
  if (auto f = ParseAutocomplete(ctx.data, 10, q, limit)) return Fail(std::move(*f));
  if (q.empty() || limit == 0) return Ok(json::array());
  auto searcher = ctx.search.ThreadSearcher();
  if (!searcher.ok()) return Fail(searcher.status());
  const search::SearchRequest vis = VisibleTo(ctx.caller, true, false);
  auto names = (*searcher)->ListNames(vis);
  if (!names.ok()) return Fail(names.status());
  // Name matches first (those starting with q before the rest), then title
  // matches; by name within each. CKAN orders by Solr relevance over name
  // and title n-grams, which ranks the same kinds of match first.
  const std::string folded = FoldAscii(q);
  std::vector<std::pair<int, const search::DatasetName*>> hits;
  for (const auto& n : *names) {
    const std::string name = FoldAscii(n.name);
    const size_t at = name.find(folded);
    if (at != std::string::npos) {
      hits.push_back({at == 0 ? 0 : 1, &n});
    } else if (n.title_folded.find(folded) != std::string::npos) {
      hits.push_back({2, &n});
    }
  }
  std::stable_sort(hits.begin(), hits.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  json out = json::array();
  for (const auto& [rank, n] : hits) {
    if (static_cast<int64_t>(out.size()) >= limit) break;
    auto rec = (*searcher)->GetRecord(n->name, vis);
    if (!rec.ok()) continue;
    json pkg = json::parse(*rec, nullptr, false);
    if (!pkg.is_object()) continue;
    const std::string title = pkg.value("title", "");
    const bool by_name = rank < 2;
    out.push_back({{"name", n->name},
                   {"title", title},
                   {"match_field", by_name ? "name" : "title"},
                   {"match_displayed", by_name ? n->name : title + " (" + n->name + ")"}});
  }
  return Ok(std::move(out));
}

Outcome FormatAutocomplete(const ActionContext& ctx) {
  std::string q;
  int64_t limit = 0;
  if (auto f = ParseAutocomplete(ctx.data, 5, q, limit)) return Fail(std::move(*f));
  search::SearchRequest req = VisibleTo(ctx.caller, true, false);
  req.rows = 0;
  req.facet_fields = {"res_format"};
  req.facet_limit = -1;
  auto resp = RunSearch(ctx.search, req);
  if (!resp.ok()) return Fail(resp.status());
  // Formats differing only in case ("CSV", "csv") are one format, answered
  // lower-cased as CKAN does; the most used first.
  std::map<std::string, uint64_t> counts;
  for (const auto& item : resp->facets.at(0).items) {
    if (ContainsFolded(item.name, q)) counts[FoldAscii(item.name)] += item.count;
  }
  std::vector<std::pair<std::string, uint64_t>> sorted(counts.begin(), counts.end());
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  json out = json::array();
  for (size_t i = 0; i < sorted.size() && static_cast<int64_t>(i) < limit; ++i) {
    out.push_back(sorted[i].first);
  }
  return Ok(std::move(out));
}

Outcome TagAutocomplete(const ActionContext& ctx) {
  const std::vector<std::string> terms = TagQueryTerms(ctx.data);
  std::optional<int64_t> limit, offset;
  Failure invalid{InvalidArgument("invalid pagination"), ErrorOrigin::kAction, json::object()};
  if (auto f = ReadInt(ctx.data, "limit", limit)) invalid.fields.update(f->fields);
  if (auto f = ReadInt(ctx.data, "offset", offset)) invalid.fields.update(f->fields);
  if (!invalid.fields.empty()) return Fail(std::move(invalid));
  if (!StringParam(ctx.data, "vocabulary_id").empty() || terms.empty()) return Ok(json::array());
  search::SearchRequest req = VisibleTo(ctx.caller, true, false);
  req.rows = 0;
  req.facet_fields = {"tags"};
  req.facet_limit = -1;
  auto resp = RunSearch(ctx.search, req);
  if (!resp.ok()) return Fail(resp.status());
  // Most used first (the facet order), then by name.
  json out = json::array();
  int64_t skipped = 0;
  for (const auto& item : resp->facets.at(0).items) {
    if (!TagMatches(item.name, terms)) continue;
    if (skipped++ < offset.value_or(0)) continue;
    if (limit && *limit > 0 && static_cast<int64_t>(out.size()) >= *limit) break;
    out.push_back(item.name);
  }
  return Ok(std::move(out));
}

Outcome OrganizationAutocomplete(const ActionContext& ctx) {
  return GroupOrOrgAutocomplete(ctx, true);
}

Outcome GroupAutocomplete(const ActionContext& ctx) { return GroupOrOrgAutocomplete(ctx, false); }

}  // namespace khonha::server::actions
