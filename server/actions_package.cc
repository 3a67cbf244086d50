// Dataset actions: package_search, package_show, package_list,
// current_package_list_with_resources, resource_show.
#include <algorithm>

#include "server/actions.h"

namespace khonha::server::actions {
namespace {

// package_search's parameters: what CKAN's schema and Solr layer accept.
// Anything else is a 400 Search Query Error, as CKAN reports it.
bool KnownSearchParam(const std::string& k) {
  static const char* kKnown[] = {
      // VALID_SOLR_PARAMETERS
      "q", "fl", "fq", "rows", "sort", "start", "wt", "qf", "bf", "boost", "facet",
      "facet.mincount", "facet.limit", "facet.field", "extras", "fq_list", "tie", "defType", "mm",
      "df",
      // taken out by package_search / the API view before the Solr layer
      "include_private", "include_drafts", "include_deleted", "use_default_schema", "callback",
      // jQuery's cache buster on JSONP calls (CKAN would reject it; harmless here)
      "_"};
  for (const char* known : kKnown) {
    if (k == known) return true;
  }
  return k.rfind("ext_", 0) == 0;
}

// A package_search request, parsed: the search itself plus the projection.
struct PackageSearchRequest {
  search::SearchRequest search;
  std::vector<std::string> fl;  // empty: whole package dicts
  bool facets_enabled = true;
};

// fl: a list, or a string of names separated by spaces or commas.
std::vector<std::string> ParseFl(const json& f) {
  std::string joined;
  if (f.is_array()) {
    for (const auto& x : f) joined += AsString(x) + " ";
  } else {
    joined = AsString(f);
  }
  std::vector<std::string> out;
  std::string cur;
  for (char c : joined + " ") {
    if (c == ' ' || c == ',') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (out.size() == 1 && out[0] == "*") out.clear();
  return out;
}

// Parses in CKAN's order: schema validation (all field errors together),
// unknown parameters, then local parameters.
std::optional<Failure> ParsePackageSearch(const ActionContext& ctx, PackageSearchRequest& out) {
  const json& data = ctx.data;
  Failure invalid{InvalidArgument("invalid package_search parameters"), ErrorOrigin::kAction,
                  json::object()};
  auto note = [&invalid](const std::optional<Failure>& f) {
    if (f) invalid.fields.update(f->fields);
  };
  std::optional<int64_t> n;
  note(ReadInt(data, "rows", n));
  if (n) out.search.rows = std::min<uint64_t>(static_cast<uint64_t>(*n), ctx.options.rows_max);
  note(ReadInt(data, "start", n));
  if (n) out.search.start = static_cast<uint64_t>(*n);
  note(ReadInt(data, "facet.mincount", n));
  if (n) out.search.facet_mincount = static_cast<uint64_t>(*n);
  note(ReadInt(data, "facet.limit", n, /*natural=*/false));
  if (n) out.search.facet_limit = *n;
  if (auto it = data.find("facet.field"); it != data.end()) {
    json ff = *it;
    if (ff.is_string()) ff = json::parse(ff.get<std::string>(), nullptr, false);
    if (ff.is_discarded()) {
      invalid.fields["facet.field"] = json::array({"Could not parse as valid JSON"});
    } else if (!ff.is_array()) {
      invalid.fields["facet.field"] = json::array({"Not a list"});
    } else {
      for (const auto& f : ff) {
        if (!f.is_string()) {
          invalid.fields["facet.field"] = json::array({"Not a string: " + AsString(f)});
          break;
        }
        out.search.facet_fields.push_back(f.get<std::string>());
      }
    }
  }
  if (!invalid.fields.empty()) return invalid;

  std::vector<std::string> unknown;
  for (auto it = data.begin(); it != data.end(); ++it) {
    if (!KnownSearchParam(it.key())) unknown.push_back("'" + it.key() + "'");
  }
  if (!unknown.empty()) {
    std::string list;
    for (const auto& u : unknown) list += (list.empty() ? "" : ", ") + u;
    return Failure{InvalidArgument("Invalid search parameters: [" + list + "]"),
                   ErrorOrigin::kSearchQuery, json::object()};
  }
  for (auto it = data.begin(); it != data.end(); ++it) {
    const json values = it->is_array() ? *it : json::array({*it});
    for (const auto& v : values) {
      if (!v.is_string()) continue;
      std::string s = v.get<std::string>();
      s.erase(0, s.find_first_not_of(" \t\r\n"));
      if (s.rfind("{!", 0) == 0) {
        // Kept as a Validation Error on the parameter (409), as khonha's
        // earlier releases answered; CKAN's __type here is "Search Error".
        return FieldError(it.key(), "Local parameters are not supported.");
      }
    }
  }

  if (data.contains("q")) out.search.q = AsString(data["q"]);
  if (data.contains("fq")) out.search.fq.push_back(AsString(data["fq"]));
  if (auto it = data.find("fq_list"); it != data.end()) {
    if (it->is_array()) {
      for (const auto& f : *it) out.search.fq.push_back(AsString(f));
    } else {
      out.search.fq.push_back(AsString(*it));
    }
  }
  if (data.contains("sort")) {
    out.search.sort = AsString(data["sort"]);
    if (out.search.sort == "rank") out.search.sort.clear();
  }
  if (data.contains("facet") && ParseBool(data["facet"]) == false) {
    out.facets_enabled = false;
    out.search.facet_fields.clear();
  }
  if (data.contains("fl")) out.fl = ParseFl(data["fl"]);
  const bool include_private = data.contains("include_private") && Truthy(data["include_private"]);
  const bool include_drafts = data.contains("include_drafts") && Truthy(data["include_drafts"]);
  search::SearchRequest vis = VisibleTo(ctx.caller, include_private, include_drafts);
  out.search.include_private = vis.include_private;
  out.search.member_orgs = std::move(vis.member_orgs);
  out.search.all_private = vis.all_private;
  out.search.include_drafts = vis.include_drafts;
  return std::nullopt;
}

json Project(json pkg, const std::vector<std::string>& fl) {
  if (fl.empty()) return pkg;
  json projected = json::object();
  for (const auto& key : fl) {
    if (pkg.contains(key)) projected[key] = pkg[key];
  }
  return projected;
}

// The dataset containing resource `id` that `vis` may see, or none.
Result<std::optional<json>> FindResourceDataset(const ActionContext& ctx, const std::string& id,
                                                search::SearchRequest vis) {
  vis.fq = {FqTerm("res_id", id)};
  vis.rows = 1;
  auto resp = RunSearch(ctx.search, vis);
  if (!resp.ok()) return resp.status();
  if (resp->records.empty()) return std::optional<json>();
  return std::optional<json>(ParseRecords(resp->records)[0]);
}

}  // namespace

Outcome PackageSearch(const ActionContext& ctx) {
  PackageSearchRequest req;
  if (auto failure = ParsePackageSearch(ctx, req)) return Fail(std::move(*failure));
  auto resp = RunSearch(ctx.search, req.search);
  if (!resp.ok()) return Fail(resp.status(), ErrorOrigin::kSearchQuery);

  json results = json::array();
  for (auto& pkg : ParseRecords(resp->records)) results.push_back(Project(std::move(pkg), req.fl));
  json facets = json::object();
  json search_facets = json::object();
  for (const auto& fr : resp->facets) {
    json counts = json::object();
    std::vector<const search::FacetItem*> items;
    for (const auto& item : fr.items) {
      counts[item.name] = item.count;
      items.push_back(&item);
    }
    // CKAN hands search_facets items back sorted by display_name, descending
    // (after Solr's top-N by count); clients that rely on it get the same.
    std::stable_sort(items.begin(), items.end(), [](const auto* a, const auto* b) {
      return a->display_name > b->display_name;
    });
    json item_list = json::array();
    for (const auto* item : items) {
      item_list.push_back(
          {{"name", item->name}, {"display_name", item->display_name}, {"count", item->count}});
    }
    facets[fr.field] = std::move(counts);
    search_facets[fr.field] = {{"title", fr.field}, {"items", std::move(item_list)}};
  }
  return Ok({{"count", resp->count},
             {"sort", resp->sort},
             {"facets", std::move(facets)},
             {"results", std::move(results)},
             {"search_facets", std::move(search_facets)}});
}

Outcome PackageShow(const ActionContext& ctx) {
  std::string id = StringParam(ctx.data, "id");
  if (id.empty()) id = StringParam(ctx.data, "name_or_id");
  if (id.empty()) return Fail(FieldError("name_or_id", "Missing value"));
  auto searcher = ctx.search.ThreadSearcher();
  if (!searcher.ok()) return Fail(searcher.status());
  auto rec = (*searcher)->GetRecord(id, VisibleTo(ctx.caller, true, true));
  if (!rec.ok()) {
    if (rec.status().code() == Code::kNotFound) return Fail(NotFound(""));
    if (rec.status().code() == Code::kPermissionDenied) {
      return Fail(PermissionDenied("User not authorized to read package " + id));
    }
    return Fail(rec.status());
  }
  json pkg = json::parse(*rec, nullptr, false);
  if (pkg.is_discarded()) return Fail(Internal("stored record of " + id + " is not JSON"));
  return Ok(std::move(pkg));
}

Outcome PackageList(const ActionContext& ctx) {
  std::optional<int64_t> limit, offset;
  Failure invalid{InvalidArgument("invalid pagination"), ErrorOrigin::kAction, json::object()};
  if (auto f = ReadInt(ctx.data, "limit", limit)) invalid.fields.update(f->fields);
  if (auto f = ReadInt(ctx.data, "offset", offset)) invalid.fields.update(f->fields);
  if (!invalid.fields.empty()) return Fail(std::move(invalid));
  auto searcher = ctx.search.ThreadSearcher();
  if (!searcher.ok()) return Fail(searcher.status());
  // CKAN lists active public datasets whoever asks.
  auto names = (*searcher)->ListNames(VisibleTo(Caller{}, false, false));
  if (!names.ok()) return Fail(names.status());
  json out = json::array();
  const size_t begin = std::min<size_t>(names->size(), static_cast<size_t>(offset.value_or(0)));
  size_t end = names->size();
  if (limit && *limit > 0) end = std::min(end, begin + static_cast<size_t>(*limit));
  for (size_t i = begin; i < end; ++i) out.push_back((*names)[i].name);
  return Ok(std::move(out));
}

Outcome CurrentPackageListWithResources(const ActionContext& ctx) {
  std::optional<int64_t> limit, offset, page;
  Failure invalid{InvalidArgument("invalid pagination"), ErrorOrigin::kAction, json::object()};
  if (auto f = ReadInt(ctx.data, "limit", limit)) invalid.fields.update(f->fields);
  if (auto f = ReadInt(ctx.data, "offset", offset)) invalid.fields.update(f->fields);
  if (auto f = ReadInt(ctx.data, "page", page)) invalid.fields.update(f->fields);
  if (page && *page < 1) invalid.fields["page"] = json::array({"Must be a positive integer"});
  if (!invalid.fields.empty()) return Fail(std::move(invalid));
  // Deprecated "page" counts in pages of `limit`, when no offset is given.
  int64_t start = offset.value_or(0);
  if (!offset && page) start = limit ? (*page - 1) * *limit : 0;
  // As CKAN: a package_search for everything, newest first, private ones for sysadmins.
  search::SearchRequest req = VisibleTo(ctx.caller, ctx.caller.sysadmin, false);
  req.rows = std::min<uint64_t>(limit && *limit > 0 ? static_cast<uint64_t>(*limit) : 10,
                                ctx.options.rows_max);
  req.start = static_cast<uint64_t>(start);
  req.sort = "metadata_modified desc";
  auto resp = RunSearch(ctx.search, req);
  if (!resp.ok()) return Fail(resp.status());
  return Ok(ParseRecords(resp->records));
}

Outcome ResourceShow(const ActionContext& ctx) {
  const std::string id = StringParam(ctx.data, "id");
  if (id.empty()) return Fail(FieldError("id", "Missing value"));
  search::SearchRequest everyone;
  everyone.include_private = true;
  everyone.all_private = true;
  everyone.include_drafts = true;
  auto any = FindResourceDataset(ctx, id, everyone);
  if (!any.ok()) return Fail(any.status());
  if (!any->has_value()) return Fail(NotFound(""));
  auto visible = FindResourceDataset(ctx, id, VisibleTo(ctx.caller, true, true));
  if (!visible.ok()) return Fail(visible.status());
  if (!visible->has_value()) {
    return Fail(PermissionDenied("User not authorized to read resource " + id));
  }
  const json& pkg = **visible;
  if (auto res = pkg.find("resources"); res != pkg.end() && res->is_array()) {
    for (const auto& r : *res) {
      if (r.is_object() && r.value("id", "") == id) return Ok(r);
    }
  }
  return Fail(NotFound("Resource was not found."));
}

}  // namespace khonha::server::actions
