// Organization and group actions: organization_list, organization_show,
// group_list, group_show; and license_list.
//
// Organizations and groups come from the index generation's side files (the
// objects datasets refer to); their package_count is a facet count over the
// datasets the caller may see, so private datasets never show in a count to
// anyone outside their organization.
#include <algorithm>
#include <map>

#include "server/actions.h"

namespace khonha::server::actions {
namespace {

// CKAN's ckan.group_and_organization_list_max and ..._all_fields_max.
constexpr int64_t kListMax = 1000;
constexpr int64_t kListAllFieldsMax = 25;

struct Kind {
  bool is_org;
  const char* facet_field;   // the package_search field naming its datasets
  const char* names_param;   // organization_list: "organizations"; group_list: "groups"
  const char* default_type;  // "organization" | "group"
};
constexpr Kind kOrg{true, "organization", "organizations", "organization"};
constexpr Kind kGroup{false, "groups", "groups", "group"};

// organization_list / group_list, parsed.
struct ListRequest {
  std::string sort_field = "title";  // name | title | package_count
  bool descending = false;
  int64_t limit = kListMax;
  int64_t offset = 0;
  std::vector<std::string> names;  // only these, when given
  std::string q;                   // name/title/description contains
  std::string type;
  bool all_fields = false;
  bool include_dataset_count = true;
  bool include_extras = false;
  bool include_users = false;
  bool include_groups = false;
};

// CKAN's _unpick_search with allowed fields name, packages, package_count,
// title and at most one criterion.
std::optional<Failure> ParseListSort(std::string sort, ListRequest& out) {
  auto trim = [](std::string s) {
    s.erase(0, s.find_first_not_of(" \t"));
    s.erase(s.find_last_not_of(" \t") + 1);
    return s;
  };
  sort = trim(sort);
  if (sort.empty()) sort = "title asc";
  if (sort == "packages" || sort == "package_count") sort = "package_count desc";
  if (sort.find(',') != std::string::npos) {
    return MessageError("Too many sort criteria provided only 1 allowed");
  }
  const size_t space = sort.find_first_of(" \t");
  std::string field = sort.substr(0, space);
  std::string dir = space == std::string::npos ? "asc" : FoldAscii(trim(sort.substr(space)));
  if (field != "name" && field != "title" && field != "package_count" && field != "packages") {
    return MessageError("Cannot sort by field `" + field + "`");
  }
  if (dir != "asc" && dir != "desc") return MessageError("Invalid sort direction `" + dir + "`");
  out.sort_field = field == "packages" ? "package_count" : field;
  out.descending = dir == "desc";
  return std::nullopt;
}

std::optional<Failure> ParseList(const json& data, const Kind& kind, ListRequest& out) {
  std::optional<int64_t> limit, offset;
  Failure invalid{InvalidArgument("invalid pagination"), ErrorOrigin::kAction, json::object()};
  if (auto f = ReadInt(data, "limit", limit)) invalid.fields.update(f->fields);
  if (auto f = ReadInt(data, "offset", offset)) invalid.fields.update(f->fields);
  if (!invalid.fields.empty()) return invalid;
  out.all_fields = data.contains("all_fields") && Truthy(data["all_fields"]);
  const int64_t max = out.all_fields ? kListAllFieldsMax : kListMax;
  out.limit = (limit && *limit > 0) ? std::min(*limit, max) : max;
  out.offset = offset.value_or(0);
  std::string sort = StringParam(data, "sort");
  if (sort.empty()) sort = StringParam(data, "order_by");  // deprecated since CKAN 1.8
  if (auto f = ParseListSort(sort, out)) return f;
  out.q = StringParam(data, "q");
  out.type = StringParam(data, "type");
  if (out.type.empty()) out.type = kind.default_type;
  if (auto it = data.find(kind.names_param); it != data.end()) {
    // A list, or a comma-separated string.
    std::vector<std::string> raw;
    if (it->is_array()) {
      for (const auto& v : *it) raw.push_back(AsString(v));
    } else {
      std::string s = AsString(*it), cur;
      for (char c : s + ",") {
        if (c == ',') {
          raw.push_back(cur);
          cur.clear();
        } else {
          cur += c;
        }
      }
    }
    for (auto& n : raw) {
      n.erase(0, n.find_first_not_of(' '));
      n.erase(n.find_last_not_of(' ') + 1);
      if (!n.empty()) out.names.push_back(n);
    }
  }
  for (auto [key, field] : {std::pair{"include_dataset_count", &out.include_dataset_count},
                            std::pair{"include_extras", &out.include_extras},
                            std::pair{"include_users", &out.include_users},
                            std::pair{"include_groups", &out.include_groups}}) {
    if (data.contains(key)) *field = Truthy(data[key]);
  }
  return std::nullopt;
}

const std::map<std::string, std::string>& Objects(const search::Generation& gen, const Kind& kind) {
  return kind.is_org ? gen.objects().organizations : gen.objects().groups;
}

// The stored object completed with the fields CKAN's group_dictize returns.
json BaseObject(const std::string& stored, const Kind& kind) {
  json o = json::parse(stored, nullptr, false);
  if (!o.is_object()) o = json::object();
  const std::string name = o.value("name", "");
  std::string title = o.value("title", "");
  if (!o.contains("title")) o["title"] = "";
  o["display_name"] = title.empty() ? name : title;
  if (!o.contains("description")) o["description"] = "";
  if (!o.contains("image_url")) o["image_url"] = "";
  if (!o.contains("image_display_url")) o["image_display_url"] = o["image_url"];
  if (!o.contains("type")) o["type"] = kind.default_type;
  o["is_organization"] = kind.is_org;
  if (!o.contains("state")) o["state"] = "active";
  if (!o.contains("approval_status")) o["approval_status"] = "approved";
  o.erase("package_count");
  o.erase("packages");
  return o;
}

// Datasets per organization/group name among those the caller may see.
Result<std::map<std::string, uint64_t>> PackageCounts(const ActionContext& ctx, const Kind& kind) {
  search::SearchRequest req = VisibleTo(ctx.caller, true, false);
  req.rows = 0;
  req.facet_fields = {kind.facet_field};
  req.facet_limit = -1;
  req.facet_mincount = 1;
  auto resp = RunSearch(ctx.search, req);
  if (!resp.ok()) return resp.status();
  std::map<std::string, uint64_t> counts;
  for (const auto& item : resp->facets.at(0).items) counts[item.name] = item.count;
  return counts;
}

Outcome List(const ActionContext& ctx, const Kind& kind) {
  ListRequest req;
  if (auto f = ParseList(ctx.data, kind, req)) return Fail(std::move(*f));
  auto gen = ctx.search.Current();
  if (!gen) return Fail(Unavailable("no index is loaded"));
  auto counts = PackageCounts(ctx, kind);
  if (!counts.ok()) return Fail(counts.status());

  struct Row {
    json object;
    std::string name, title;
    uint64_t count;
  };
  std::vector<Row> rows;
  for (const auto& [name, stored] : Objects(*gen, kind)) {
    json o = BaseObject(stored, kind);
    if (o.value("type", "") != req.type) continue;
    if (!req.names.empty() && std::find(req.names.begin(), req.names.end(), name) == req.names.end()) {
      continue;
    }
    const std::string title = o.value("title", "");
    if (!req.q.empty() && !ContainsFolded(name, req.q) && !ContainsFolded(title, req.q) &&
        !ContainsFolded(o.value("description", ""), req.q)) {
      continue;
    }
    auto c = counts->find(name);
    rows.push_back({std::move(o), name, title, c == counts->end() ? 0 : c->second});
  }
  auto key = [&req](const Row& r) -> std::string {
    return req.sort_field == "name" ? r.name : FoldAscii(r.title.empty() ? r.name : r.title);
  };
  std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
    if (req.sort_field == "package_count") {
      if (a.count != b.count) return req.descending ? a.count > b.count : a.count < b.count;
      return a.name < b.name;
    }
    const std::string ka = key(a), kb = key(b);
    if (ka != kb) return req.descending ? ka > kb : ka < kb;
    return a.name < b.name;
  });

  json out = json::array();
  const size_t begin = std::min(rows.size(), static_cast<size_t>(req.offset));
  const size_t end = std::min(rows.size(), begin + static_cast<size_t>(req.limit));
  for (size_t i = begin; i < end; ++i) {
    Row& r = rows[i];
    if (!req.all_fields) {
      out.push_back(r.name);
      continue;
    }
    json o = std::move(r.object);
    if (req.include_dataset_count) o["package_count"] = r.count;
    if (req.include_extras) {
      if (!o.contains("extras")) o["extras"] = json::array();
    } else {
      o.erase("extras");
    }
    if (req.include_users) o["users"] = json::array();
    if (req.include_groups) o["groups"] = json::array();
    o["num_followers"] = 0;
    out.push_back(std::move(o));
  }
  return Ok(std::move(out));
}

Outcome Show(const ActionContext& ctx, const Kind& kind) {
  const std::string id = StringParam(ctx.data, "id");
  if (id.empty()) return Fail(FieldError("id", "Missing value"));
  bool include_datasets = false, include_count = true, include_extras = true, include_groups = true,
       include_users = true, include_followers = true;
  for (auto [key, field] : {std::pair{"include_datasets", &include_datasets},
                            std::pair{"include_dataset_count", &include_count},
                            std::pair{"include_extras", &include_extras},
                            std::pair{"include_groups", &include_groups},
                            std::pair{"include_users", &include_users},
                            std::pair{"include_followers", &include_followers}}) {
    if (!ctx.data.contains(key)) continue;
    auto b = ParseBool(ctx.data[key]);
    if (!b) return Fail(MessageError("Parameter is not an bool"));
    *field = *b;
  }
  auto gen = ctx.search.Current();
  if (!gen) return Fail(Unavailable("no index is loaded"));
  // By name, then by id.
  const auto& objects = Objects(*gen, kind);
  const std::string* stored = nullptr;
  if (auto it = objects.find(id); it != objects.end()) stored = &it->second;
  for (auto it = objects.begin(); stored == nullptr && it != objects.end(); ++it) {
    json o = json::parse(it->second, nullptr, false);
    if (o.is_object() && o.value("id", "") == id) stored = &it->second;
  }
  if (stored == nullptr) return Fail(NotFound(""));
  json o = BaseObject(*stored, kind);
  const std::string name = o.value("name", "");

  if (include_datasets || include_count) {
    // package_search over the caller's visible datasets (its organization's
    // private ones for a member), default rows as CKAN's group_dictize.
    search::SearchRequest req = VisibleTo(ctx.caller, kind.is_org, false);
    req.fq = {FqTerm(kind.facet_field, name)};
    req.rows = include_datasets ? std::min<uint64_t>(10, ctx.options.rows_max) : 0;
    auto resp = RunSearch(ctx.search, req);
    if (!resp.ok()) return Fail(resp.status());
    o["package_count"] = resp->count;
    if (include_datasets) o["packages"] = ParseRecords(resp->records);
  }
  if (include_extras) {
    if (!o.contains("extras")) o["extras"] = json::array();
  } else {
    o.erase("extras");
  }
  if (include_groups) o["groups"] = json::array();
  if (include_users) o["users"] = json::array();
  o["tags"] = json::array();
  o["num_followers"] = 0;
  return Ok(std::move(o));
}

}  // namespace

Outcome OrganizationList(const ActionContext& ctx) { return List(ctx, kOrg); }
Outcome GroupList(const ActionContext& ctx) { return List(ctx, kGroup); }
Outcome OrganizationShow(const ActionContext& ctx) { return Show(ctx, kOrg); }
Outcome GroupShow(const ActionContext& ctx) { return Show(ctx, kGroup); }

Outcome LicenseList(const ActionContext& ctx) {
  auto gen = ctx.search.Current();
  if (!gen) return Fail(Unavailable("no index is loaded"));
  // The licences the catalog's datasets use (khonha has no licence register
  // of its own): id and title as the records give them.
  json out = json::array();
  for (const auto& [id, title] : gen->objects().licenses) {
    out.push_back({{"id", id},
                   {"title", title.empty() ? id : title},
                   {"url", ""},
                   {"status", "active"},
                   {"maintainer", ""},
                   {"family", ""},
                   {"od_conformance", "not reviewed"},
                   {"osd_conformance", "not reviewed"},
                   {"domain_content", false},
                   {"domain_data", false},
                   {"domain_software", false},
                   {"is_okd_compliant", false},
                   {"is_osi_compliant", false}});
  }
  return Ok(std::move(out));
}

}  // namespace khonha::server::actions
