// Site actions: status_show, help_show; and the table of every action.
#include "server/actions.h"

namespace khonha::server::actions {

Outcome StatusShow(const ActionContext& ctx) {
  json r = {{"site_title", "khonha"},
            {"site_description", "Open-data catalog search (CKAN Action API compatible)"},
            {"site_url", ""},
            {"ckan_version", "2.10.0"},
            {"khonha_version", "0.1.0"},
            {"error_emails_to", nullptr},
            {"locale_default", "th"},
            {"extensions", json::array({"khonha"})}};
  if (auto gen = ctx.search.Current()) {
    r["index_generation"] = gen->number();
    r["index_built_at"] = gen->meta().built_at;
    r["dataset_count"] = gen->meta().records_indexed;
  }
  return Ok(std::move(r));
}

Outcome HelpShow(const ActionContext& ctx) {
  const std::string name = StringParam(ctx.data, "name");
  if (name.empty()) return Fail(FieldError("name", "Missing value"));
  const ActionInfo* info = FindAction(name);
  if (info == nullptr) return Fail(NotFound("Action function not found"));
  return Ok(std::string(info->help));
}

const std::vector<ActionInfo>& ActionTable() {
  static const std::vector<ActionInfo> kTable = {
      {"package_search", PackageSearch,
       "Searches for datasets. Parameters: q, fq, fq_list, sort, rows (default 10, at most "
       "1000), start, facet, facet.field (JSON list), facet.limit (default 50, -1 = all), "
       "facet.mincount, fl, include_private, include_drafts. Returns count, sort, results, "
       "facets and search_facets."},
      {"package_show", PackageShow,
       "Returns the metadata of a dataset and its resources. Parameters: id (id or name)."},
      {"package_list", PackageList,
       "Returns the names of the site's public datasets. Parameters: limit, offset."},
      {"current_package_list_with_resources", CurrentPackageListWithResources,
       "Returns datasets with their resources, most recently modified first. Parameters: "
       "limit (default 10), offset, page (deprecated)."},
      {"resource_show", ResourceShow, "Returns the metadata of a resource. Parameters: id."},
      {"organization_list", OrganizationList,
       "Returns the names of the site's organizations. Parameters: sort (name, title or "
       "package_count, default \"title asc\"), limit, offset, organizations, q, all_fields, "
       "include_dataset_count, include_extras, include_users, include_groups."},
      {"organization_show", OrganizationShow,
       "Returns an organization. Parameters: id (id or name), include_datasets, "
       "include_dataset_count, include_extras, include_users, include_groups, "
       "include_followers."},
      {"group_list", GroupList,
       "Returns the names of the site's groups. Parameters: sort (name, title or "
       "package_count, default \"title asc\"), limit, offset, groups, q, all_fields, "
       "include_dataset_count, include_extras, include_users, include_groups."},
      {"group_show", GroupShow,
       "Returns a group. Parameters: id (id or name), include_datasets, include_dataset_count, "
       "include_extras, include_users, include_groups, include_followers."},
      {"license_list", LicenseList, "Returns the licences the site's datasets use."},
      {"tag_list", TagList,
       "Returns the site's tags. Parameters: query (tags containing it), all_fields."},
      {"tag_show", TagShow,
       "Returns a tag. Parameters: id (the tag name), include_datasets."},
      {"status_show", StatusShow, "Returns information about the site's configuration."},
      {"help_show", HelpShow, "Returns the help text of an action. Parameters: name."},
      {"package_autocomplete", PackageAutocomplete,
       "Returns datasets whose name or title contains q. Parameters: q, limit (default 10)."},
      {"format_autocomplete", FormatAutocomplete,
       "Returns resource formats containing q, most used first. Parameters: q, limit "
       "(default 5)."},
      {"tag_autocomplete", TagAutocomplete,
       "Returns tag names containing query (or q). Parameters: query, limit, offset."},
      {"organization_autocomplete", OrganizationAutocomplete,
       "Returns organizations whose name or title contains q. Parameters: q, limit (default "
       "20)."},
      {"group_autocomplete", GroupAutocomplete,
       "Returns groups whose name or title contains q. Parameters: q, limit (default 20)."},
  };
  return kTable;
}

const ActionInfo* FindAction(std::string_view name) {
  for (const auto& a : ActionTable()) {
    if (a.name == name) return &a;
  }
  return nullptr;
}

}  // namespace khonha::server::actions
