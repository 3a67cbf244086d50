#include "catalog/model/schema.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace khonha::catalog {
namespace {

using Values = std::vector<std::string>;

Values One(const std::string& s) { return s.empty() ? Values{} : Values{s}; }

Values Title(const Dataset& d, const FieldSpec&) { return One(d.title); }
Values Notes(const Dataset& d, const FieldSpec&) { return One(d.notes); }
Values Author(const Dataset& d, const FieldSpec&) { return One(d.author); }
Values Maintainer(const Dataset& d, const FieldSpec&) { return One(d.maintainer); }
Values Id(const Dataset& d, const FieldSpec&) { return One(d.id); }
Values Name(const Dataset& d, const FieldSpec&) { return One(d.name); }
// Words of the slug ("air-quality_2566" → "air quality 2566") for the default field.
Values NameWords(const Dataset& d, const FieldSpec&) {
  std::string s = d.name;
  std::replace_if(s.begin(), s.end(), [](char c) { return c == '-' || c == '_'; }, ' ');
  return One(s);
}
Values OrgName(const Dataset& d, const FieldSpec&) {
  return One(d.organization.name.empty() ? d.organization.title : d.organization.name);
}
Values OrgTitle(const Dataset& d, const FieldSpec&) { return One(d.organization.title); }
Values OwnerOrg(const Dataset& d, const FieldSpec&) { return One(d.organization.id); }
Values GroupNames(const Dataset& d, const FieldSpec&) {
  Values v;
  for (const auto& g : d.groups) if (!g.name.empty()) v.push_back(g.name);
  return v;
}
Values GroupTitles(const Dataset& d, const FieldSpec&) {
  Values v;
  for (const auto& g : d.groups) if (!g.title.empty()) v.push_back(g.title);
  return v;
}
Values Tags(const Dataset& d, const FieldSpec&) { return d.tags; }
Values ResFormats(const Dataset& d, const FieldSpec&) {
  Values v;
  for (const auto& r : d.resources) {
    if (!r.format.empty() && std::find(v.begin(), v.end(), r.format) == v.end()) {
      v.push_back(r.format);
    }
  }
  return v;
}
Values ResNames(const Dataset& d, const FieldSpec&) {
  Values v;
  for (const auto& r : d.resources) if (!r.name.empty()) v.push_back(r.name);
  return v;
}
Values ResDescriptions(const Dataset& d, const FieldSpec&) {
  Values v;
  for (const auto& r : d.resources) if (!r.description.empty()) v.push_back(r.description);
  return v;
}
Values ResIds(const Dataset& d, const FieldSpec&) {
  Values v;
  for (const auto& r : d.resources) if (!r.id.empty()) v.push_back(r.id);
  return v;
}
Values ResUrls(const Dataset& d, const FieldSpec&) {
  Values v;
  for (const auto& r : d.resources) if (!r.url.empty()) v.push_back(r.url);
  return v;
}
Values License(const Dataset& d, const FieldSpec&) { return One(d.license_id); }
Values State(const Dataset& d, const FieldSpec&) { return One(d.state); }
Values Type(const Dataset& d, const FieldSpec&) { return One(d.type); }
Values Capacity(const Dataset& d, const FieldSpec&) {
  return {d.is_private ? "private" : "public"};
}
Values Modified(const Dataset& d, const FieldSpec&) { return One(d.metadata_modified); }
Values Created(const Dataset& d, const FieldSpec&) { return One(d.metadata_created); }
Values TitleSort(const Dataset& d, const FieldSpec&) {
  std::string s = d.title.empty() ? d.name : d.title;
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return {s};
}
Values NumResources(const Dataset& d, const FieldSpec&) {
  return {std::to_string(d.resources.size())};
}
Values NumTags(const Dataset& d, const FieldSpec&) { return {std::to_string(d.tags.size())}; }
Values Gdc(const Dataset& d, const FieldSpec& f) { return d.GdcValues(f.name); }

using K = FieldKind;

// CKAN weights: name^4 title^4 tags^2 groups^2 text (everything else ^1).
const std::array kFields = {
    // name            kind        prefix      slot facet  multi  gdc    weight values        text  long_text
    FieldSpec{"id", K::kKeyword, "Q", -1, false, false, false, 0, Id, nullptr},
    FieldSpec{"name", K::kKeyword, "XNAME:", kSlotName, false, false, false, 4, Name, NameWords},
    FieldSpec{"title", K::kText, "S", -1, false, false, false, 4, Title, nullptr},
    FieldSpec{"notes", K::kText, "", -1, false, false, false, 1, Notes, nullptr, true},
    FieldSpec{"author", K::kText, "A", -1, false, false, false, 1, Author, nullptr},
    FieldSpec{"maintainer", K::kText, "XM", -1, false, false, false, 1, Maintainer, nullptr},
    FieldSpec{"res_name", K::kText, "XRN", -1, false, true, false, 1, ResNames, nullptr},
    FieldSpec{"res_description", K::kText, "", -1, false, true, false, 1, ResDescriptions, nullptr, true},
    FieldSpec{"organization", K::kKeyword, "XORG:", -1, true, false, false, 1, OrgName, OrgTitle},
    FieldSpec{"owner_org", K::kKeyword, "XOWNER:", -1, false, false, false, 0, OwnerOrg, nullptr},
    FieldSpec{"groups", K::kKeyword, "XGROUP:", -1, true, true, false, 2, GroupNames, GroupTitles},
    FieldSpec{"tags", K::kKeyword, "XTAG:", -1, true, true, false, 2, Tags, Tags},
    FieldSpec{"res_format", K::kKeyword, "XFMT:", -1, true, true, false, 1, ResFormats, nullptr},
    // res_id is not in CKAN's Solr schema: it lets resource_show find a resource's dataset.
    FieldSpec{"res_id", K::kKeyword, "XRID:", -1, false, true, false, 0, ResIds, nullptr},
    FieldSpec{"res_url", K::kKeyword, "XRURL:", -1, false, true, false, 0, ResUrls, nullptr},
    FieldSpec{"license_id", K::kKeyword, "XLIC:", -1, true, false, false, 0, License, nullptr},
    FieldSpec{"state", K::kKeyword, "XSTATE:", -1, true, false, false, 0, State, nullptr},
    FieldSpec{"type", K::kKeyword, "XTYPE:", -1, true, false, false, 0, Type, nullptr},
    FieldSpec{"capacity", K::kKeyword, "XCAP:", -1, true, false, false, 0, Capacity, nullptr},
    FieldSpec{"metadata_modified", K::kDate, "", kSlotModified, false, false, false, 0, Modified, nullptr},
    FieldSpec{"metadata_created", K::kDate, "", kSlotCreated, false, false, false, 0, Created, nullptr},
    FieldSpec{"title_string", K::kKeyword, "", kSlotTitleSort, false, false, false, 0, TitleSort, nullptr},
    FieldSpec{"num_resources", K::kInt, "", kSlotNumResources, false, false, false, 0, NumResources, nullptr},
    FieldSpec{"num_tags", K::kInt, "", kSlotNumTags, false, false, false, 0, NumTags, nullptr},
    // GD-Catalog (Thai government data catalog) fields.
    FieldSpec{"data_type", K::kKeyword, "XGTYPE:", -1, true, false, true, 0, Gdc, nullptr},
    FieldSpec{"data_category", K::kKeyword, "XGCAT:", -1, true, false, true, 0, Gdc, nullptr},
    FieldSpec{"data_classification", K::kKeyword, "XGCLASS:", -1, true, false, true, 0, Gdc, nullptr},
    FieldSpec{"objective", K::kKeyword, "XGOBJ:", -1, true, true, true, 0, Gdc, nullptr},
    FieldSpec{"update_frequency_unit", K::kKeyword, "XGFREQ:", -1, true, false, true, 0, Gdc, nullptr},
    FieldSpec{"update_frequency_interval", K::kKeyword, "XGFINT:", -1, true, false, true, 0, Gdc, nullptr},
    FieldSpec{"geo_coverage", K::kKeyword, "XGGEO:", -1, true, false, true, 0, Gdc, nullptr},
    FieldSpec{"data_source", K::kKeyword, "XGSRC:", -1, true, false, true, 1, Gdc, Gdc},
    FieldSpec{"data_format", K::kKeyword, "XGFMT:", -1, true, true, true, 0, Gdc, nullptr},
    FieldSpec{"data_language", K::kKeyword, "XGLANG:", -1, true, true, true, 0, Gdc, nullptr},
    FieldSpec{"disaggregate", K::kKeyword, "XGDIS:", -1, true, true, true, 0, Gdc, nullptr},
    FieldSpec{"high_value_dataset", K::kKeyword, "XGHVD:", -1, true, false, true, 0, Gdc, nullptr},
    FieldSpec{"data_support", K::kKeyword, "XGSUP:", -1, true, false, true, 0, Gdc, nullptr},
    FieldSpec{"data_collect", K::kKeyword, "XGCOL:", -1, true, false, true, 0, Gdc, nullptr},
    FieldSpec{"reference_data", K::kKeyword, "XGREF:", -1, true, false, true, 0, Gdc, nullptr},
    FieldSpec{"official_statistics", K::kKeyword, "XGOFF:", -1, true, false, true, 0, Gdc, nullptr},
    FieldSpec{"geographic_data_set", K::kKeyword, "XGGDS:", -1, true, false, true, 0, Gdc, nullptr},
    FieldSpec{"unit_of_multiplier", K::kKeyword, "XGUOM:", -1, true, false, true, 0, Gdc, nullptr},
    FieldSpec{"first_year_of_data", K::kKeyword, "XGFY:", -1, true, false, true, 0, Gdc, nullptr},
    FieldSpec{"last_year_of_data", K::kKeyword, "XGLY:", -1, true, false, true, 0, Gdc, nullptr},
};

struct Tables {
  std::vector<FieldSpec> gdc;
  std::vector<const FieldSpec*> facets;
  Tables() {
    for (const auto& f : kFields) {
      if (f.gdc) gdc.push_back(f);
      if (f.facet) facets.push_back(&f);
    }
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::span<const FieldSpec> Fields() { return kFields; }
std::span<const FieldSpec> GdcFields() { return tables().gdc; }
std::span<const FieldSpec* const> FacetFields() { return tables().facets; }

int FacetIndex(std::string_view name) {
  const auto& f = tables().facets;
  for (size_t i = 0; i < f.size(); ++i) {
    if (f[i]->name == name) return static_cast<int>(i);
  }
  return -1;
}

const FieldSpec* FindField(std::string_view name) {
  for (const auto& f : kFields) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

std::string NormalizeTimestamp(std::string_view iso) {
  // YYYY-MM-DD[(T| )HH:MM[:SS[.ffffff]]][Z|±hh:mm]
  if (iso.size() < 10 || !IsDigits(iso.substr(0, 4)) || iso[4] != '-' ||
      !IsDigits(iso.substr(5, 2)) || iso[7] != '-' || !IsDigits(iso.substr(8, 2))) {
    return "";
  }
  std::string out(iso.substr(0, 10));
  std::string_view rest = iso.substr(10);
  if (!rest.empty() && (rest[0] == 'T' || rest[0] == ' ') && rest.size() >= 6 &&
      IsDigits(rest.substr(1, 2)) && rest[3] == ':' && IsDigits(rest.substr(4, 2))) {
    out += 'T';
    out += rest.substr(1, 5);
    if (rest.size() >= 9 && rest[6] == ':' && IsDigits(rest.substr(7, 2))) {
      out += rest.substr(6, 3);
    } else {
      out += ":00";
    }
  } else {
    out += "T00:00:00";
  }
  return out;
}

}  // namespace khonha::catalog
