#include "catalog/model/dcat_reader.h"

#include <cctype>

#include <nlohmann/json.hpp>

namespace khonha::catalog {
namespace {

using nlohmann::json;

// "dct:title", "http://purl.org/dc/terms/title", "title" → "title".
std::string LocalName(const std::string& key) {
  if (!key.empty() && key.front() == '@') return key;
  size_t cut = key.find_last_of(":/#");
  return cut == std::string::npos ? key : key.substr(cut + 1);
}

// A node's value for a local key name, or nullptr.
const json* Get(const json& node, std::string_view local) {
  if (!node.is_object()) return nullptr;
  for (auto it = node.begin(); it != node.end(); ++it) {
    if (LocalName(it.key()) == local) return &it.value();
  }
  return nullptr;
}

int LanguageRank(const json& v) {
  if (!v.is_object()) return 2;
  const std::string lang = v.value("@language", "");
  if (lang.rfind("th", 0) == 0) return 0;
  if (lang.rfind("en", 0) == 0) return 1;
  return 2;
}

// Text of a literal: a string, {"@value"}, {"@id"}, or the best of a list.
std::string Text(const json* v) {
  if (v == nullptr) return "";
  if (v->is_string()) return v->get<std::string>();
  if (v->is_number()) return v->dump();
  if (v->is_object()) {
    for (const char* k : {"@value", "@id"}) {
      if (auto it = v->find(k); it != v->end() && it->is_string()) return it->get<std::string>();
    }
    return "";
  }
  if (v->is_array()) {
    const json* best = nullptr;
    for (const auto& item : *v) {
      if (best == nullptr || LanguageRank(item) < LanguageRank(*best)) best = &item;
    }
    return Text(best);
  }
  return "";
}

// Every text of a list-valued property (keywords, themes).
std::vector<std::string> Texts(const json* v) {
  std::vector<std::string> out;
  if (v == nullptr) return out;
  if (v->is_array()) {
    for (const auto& item : *v) {
      std::string s = Text(&item);
      if (!s.empty()) out.push_back(std::move(s));
    }
  } else if (std::string s = Text(v); !s.empty()) {
    out.push_back(std::move(s));
  }
  return out;
}

// A node-valued property (publisher, contactPoint): the node or the first of a list.
const json* Node(const json* v) {
  if (v == nullptr) return nullptr;
  if (v->is_array()) return v->empty() ? nullptr : &(*v)[0];
  return v->is_object() ? v : nullptr;
}

std::string LastSegment(std::string s) {
  while (!s.empty() && s.back() == '/') s.pop_back();
  size_t cut = s.find_last_of("/#");
  return cut == std::string::npos ? s : s.substr(cut + 1);
}

bool TypedDataset(const json& node) {
  const json* type = Get(node, "@type");
  if (type == nullptr) return false;
  for (const auto& t : Texts(type)) {
    if (LocalName(t) == "Dataset") return true;
  }
  return false;
}

// Collects dataset nodes: typed ones anywhere, and untyped members of a
// catalog's `dataset` list (DCAT-US).
void Collect(const json& node, std::vector<const json*>& out, bool in_dataset_list) {
  if (node.is_array()) {
    for (const auto& item : node) Collect(item, out, in_dataset_list);
    return;
  }
  if (!node.is_object()) return;
  if (TypedDataset(node) || (in_dataset_list && Get(node, "title") != nullptr)) {
    out.push_back(&node);
    return;
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    const std::string local = LocalName(it.key());
    if (local == "@graph" || local == "dataset") Collect(it.value(), out, local == "dataset");
  }
}

json ToPackage(const json& d) {
  json pkg = json::object();
  std::string identifier = Text(Get(d, "identifier"));
  if (identifier.empty()) identifier = Text(Get(d, "@id"));
  const std::string id = LastSegment(identifier);
  if (!id.empty()) {
    pkg["id"] = id;
    pkg["name"] = id;
  }
  pkg["title"] = Text(Get(d, "title"));
  if (auto s = Text(Get(d, "description")); !s.empty()) pkg["notes"] = s;
  json tags = json::array();
  for (auto& k : Texts(Get(d, "keyword"))) tags.push_back({{"name", k}});
  if (!tags.empty()) pkg["tags"] = std::move(tags);
  json groups = json::array();
  for (auto& t : Texts(Get(d, "theme"))) groups.push_back({{"name", LastSegment(t)}, {"title", t}});
  if (!groups.empty()) pkg["groups"] = std::move(groups);
  if (const json* pub = Node(Get(d, "publisher"))) {
    std::string name = Text(Get(*pub, "name"));
    if (!name.empty()) pkg["organization"] = {{"title", name}};
  }
  if (const json* cp = Node(Get(d, "contactPoint"))) {
    if (auto fn = Text(Get(*cp, "fn")); !fn.empty()) pkg["maintainer"] = fn;
    std::string email = Text(Get(*cp, "hasEmail"));
    if (email.rfind("mailto:", 0) == 0) email.erase(0, 7);
    if (!email.empty()) pkg["maintainer_email"] = email;
  }
  if (auto lic = Text(Get(d, "license")); !lic.empty()) pkg["license_id"] = lic;
  if (auto s = Text(Get(d, "issued")); !s.empty()) pkg["metadata_created"] = s;
  if (auto s = Text(Get(d, "modified")); !s.empty()) pkg["metadata_modified"] = s;
  if (auto s = Text(Get(d, "landingPage")); !s.empty()) pkg["url"] = s;
  json resources = json::array();
  if (const json* dist = Get(d, "distribution")) {
    const json single = json::array({*dist});
    for (const auto& r : dist->is_array() ? *dist : single) {
      if (!r.is_object()) continue;
      json res = json::object();
      res["name"] = Text(Get(r, "title"));
      std::string url = Text(Get(r, "downloadURL"));
      if (url.empty()) url = Text(Get(r, "accessURL"));
      res["url"] = url;
      std::string format = LastSegment(Text(Get(r, "format")));
      if (format.empty()) format = LastSegment(Text(Get(r, "mediaType")));
      res["format"] = format;
      if (auto s = Text(Get(r, "description")); !s.empty()) res["description"] = s;
      resources.push_back(std::move(res));
    }
  }
  pkg["resources"] = std::move(resources);
  return pkg;
}

}  // namespace

bool ReadDcatRecords(const std::string& path, std::string_view json_text, size_t first_line,
                     const RecordFn& emit) {
  json doc = json::parse(json_text, nullptr, false);
  if (doc.is_discarded()) return false;
  std::vector<const json*> datasets;
  Collect(doc, datasets, false);
  const bool json_ld = doc.is_object() && (doc.contains("@context") || doc.contains("@graph"));
  if (datasets.empty() && !json_ld) return false;
  for (size_t i = 0; i < datasets.size(); ++i) {
    emit({path + ":" + std::to_string(first_line) + ": dataset[" + std::to_string(i) + "]",
          ToPackage(*datasets[i]).dump(-1, ' ', false, json::error_handler_t::replace), ""});
  }
  return true;
}

}  // namespace khonha::catalog
