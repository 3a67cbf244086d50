// The catalog model: what the indexer and the search core know of a dataset.
//
// A Dataset carries the fields khonha indexes, already extracted and typed,
// plus `record_json`: the whole package dict exactly as it was loaded
// (minified), so that package_show can return every unknown and extension
// field unchanged. Plain values; no JSON library types.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace khonha::catalog {

struct Organization {
  std::string id;
  std::string name;
  std::string title;
  std::string json;  // the organization object as loaded (minified), for organization_show
};

struct Group {
  std::string id;
  std::string name;
  std::string title;
  std::string json;  // the group object as loaded (minified), for group_show
};

struct Resource {
  std::string id;
  std::string name;
  std::string description;
  std::string format;
  std::string url;
  std::string url_type;  // "upload" for files served by khonha itself
};

struct Dataset {
  std::string id;    // the record's id, or its name when it has no id
  std::string name;
  std::string title;
  std::string notes;
  std::string url;
  std::string version;
  std::string author;
  std::string author_email;
  std::string maintainer;
  std::string maintainer_email;
  std::string state = "active";  // active | draft | deleted
  std::string type = "dataset";
  bool is_private = false;       // private: true, or data_classification not เปิดเผย
  std::string license_id;
  std::string license_title;
  std::string metadata_created;   // ISO 8601 as given ("2021-10-31T05:59:39.473708")
  std::string metadata_modified;
  Organization organization;      // empty id/name/title when the record has none
  std::vector<Group> groups;
  std::vector<std::string> tags;
  std::vector<Resource> resources;
  std::vector<std::pair<std::string, std::string>> extras;
  // GD-Catalog fields (data_type, objective, …) by schema field name; single
  // values are one-element lists, multi-valued ones keep every value.
  std::vector<std::pair<std::string, std::vector<std::string>>> gdc;

  std::string record_json;  // the loaded package dict, minified UTF-8

  // Values of one GD-Catalog field, or an empty list.
  const std::vector<std::string>& GdcValues(std::string_view field) const;
};

}  // namespace khonha::catalog
