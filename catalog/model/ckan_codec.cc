#include "catalog/model/ckan_codec.h"

#include <nlohmann/json.hpp>

#include "catalog/base/utf8.h"
#include "catalog/model/schema.h"

namespace khonha::catalog {
namespace {

using nlohmann::json;

// A scalar JSON value as text: strings as they are, numbers and booleans in
// their JSON spelling, null and containers as "".
std::string ScalarText(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  if (v.is_number_integer()) return std::to_string(v.get<int64_t>());
  if (v.is_number_unsigned()) return std::to_string(v.get<uint64_t>());
  if (v.is_number_float()) return v.dump();
  return "";
}

std::string Str(const json& obj, const char* key) {
  auto it = obj.find(key);
  return it == obj.end() ? std::string() : ScalarText(*it);
}

// Multi-valued GD-Catalog fields arrive as a JSON list, as a string holding a
// JSON list ('["CSV","PDF"]'), or as a single string.
std::vector<std::string> MultiValues(const json& v) {
  std::vector<std::string> out;
  auto add = [&out](const json& item) {
    std::string s = ScalarText(item);
    if (!s.empty()) out.push_back(std::move(s));
  };
  if (v.is_array()) {
    for (const auto& item : v) add(item);
  } else if (v.is_string()) {
    const auto& s = v.get_ref<const std::string&>();
    if (!s.empty() && s.front() == '[') {
      json parsed = json::parse(s, nullptr, /*allow_exceptions=*/false);
      if (parsed.is_array()) {
        for (const auto& item : parsed) add(item);
        return out;
      }
    }
    add(v);
  } else {
    add(v);
  }
  return out;
}

std::string Dump(const json& v) { return v.dump(-1, ' ', false, json::error_handler_t::replace); }

bool Truthy(const json& v) {
  if (v.is_boolean()) return v.get<bool>();
  if (v.is_string()) {
    const auto& s = v.get_ref<const std::string&>();
    return s == "true" || s == "True" || s == "1";
  }
  if (v.is_number()) return v.get<double>() != 0;
  return false;
}

Dataset FromJson(const json& j) {
  Dataset d;
  d.name = Str(j, "name");
  d.id = Str(j, "id");
  if (d.id.empty()) d.id = d.name;
  d.title = Str(j, "title");
  d.notes = Str(j, "notes");
  d.url = Str(j, "url");
  d.version = Str(j, "version");
  d.author = Str(j, "author");
  d.author_email = Str(j, "author_email");
  d.maintainer = Str(j, "maintainer");
  d.maintainer_email = Str(j, "maintainer_email");
  if (auto s = Str(j, "state"); !s.empty()) d.state = s;
  if (auto s = Str(j, "type"); !s.empty()) d.type = s;
  d.license_id = Str(j, "license_id");
  d.license_title = Str(j, "license_title");
  d.metadata_created = Str(j, "metadata_created");
  d.metadata_modified = Str(j, "metadata_modified");
  if (auto it = j.find("private"); it != j.end()) d.is_private = Truthy(*it);

  if (auto it = j.find("organization"); it != j.end() && it->is_object()) {
    d.organization = {Str(*it, "id"), Str(*it, "name"), Str(*it, "title"), Dump(*it)};
  }
  if (d.organization.id.empty()) d.organization.id = Str(j, "owner_org");

  if (auto it = j.find("groups"); it != j.end() && it->is_array()) {
    for (const auto& g : *it) {
      if (g.is_object()) {
        Group group{Str(g, "id"), Str(g, "name"), Str(g, "title"), Dump(g)};
        if (group.title.empty()) group.title = Str(g, "display_name");
        d.groups.push_back(std::move(group));
      } else if (g.is_string()) {
        d.groups.push_back({"", g.get<std::string>(), "", ""});
      }
    }
  }
  if (auto it = j.find("tags"); it != j.end() && it->is_array()) {
    for (const auto& t : *it) {
      std::string name = t.is_object() ? Str(t, "name") : ScalarText(t);
      if (!name.empty()) d.tags.push_back(std::move(name));
    }
  }
  if (auto it = j.find("resources"); it != j.end() && it->is_array()) {
    for (const auto& r : *it) {
      if (!r.is_object()) continue;
      d.resources.push_back({Str(r, "id"), Str(r, "name"), Str(r, "description"),
                             Str(r, "format"), Str(r, "url"), Str(r, "url_type")});
    }
  }
  if (auto it = j.find("extras"); it != j.end() && it->is_array()) {
    for (const auto& e : *it) {
      if (e.is_object()) d.extras.emplace_back(Str(e, "key"), Str(e, "value"));
    }
  }

  // GD-Catalog fields: top-level first, then an extras entry of the same name.
  for (const FieldSpec& f : GdcFields()) {
    std::vector<std::string> values;
    if (auto it = j.find(std::string(f.name)); it != j.end() && !it->is_null()) {
      values = f.multi ? MultiValues(*it) : std::vector<std::string>{ScalarText(*it)};
    } else {
      for (const auto& [k, v] : d.extras) {
        if (k == f.name) values = f.multi ? MultiValues(json(v)) : std::vector<std::string>{v};
      }
    }
    std::erase_if(values, [](const std::string& s) { return s.empty(); });
    if (!values.empty()) d.gdc.emplace_back(std::string(f.name), std::move(values));
  }
  const auto& cls = d.GdcValues("data_classification");
  if (!cls.empty() && cls.front() != "เปิดเผย") d.is_private = true;
  return d;
}

}  // namespace

Result<Dataset> ParsePackage(std::string_view json_text) {
  std::string repaired;
  if (!IsValidUtf8(json_text)) {
    repaired = RepairUtf8(json_text);
    json_text = repaired;
  }
  json j = json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    // Parse again with exceptions only to get the parser's own explanation.
    try {
      json ignored = json::parse(json_text);
      (void)ignored;
    } catch (const json::parse_error& e) {
      std::string what = e.what();
      // "[json.exception.parse_error.101] parse error at line 1, column 5: ..."
      auto pos = what.find("parse error");
      return InvalidArgument("malformed JSON: " +
                             (pos == std::string::npos ? what : what.substr(pos)));
    }
    return InvalidArgument("malformed JSON");
  }
  if (!j.is_object()) {
    return InvalidArgument(std::string("expected a package object, found ") + j.type_name());
  }
  Dataset d = FromJson(j);
  if (d.id.empty()) return InvalidArgument("record has neither \"id\" nor \"name\"");
  d.record_json = Dump(j);
  return d;
}

std::string MinifyJson(std::string_view json_text) {
  json j = json::parse(json_text, nullptr, false);
  if (j.is_discarded()) return std::string(json_text);
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace khonha::catalog
