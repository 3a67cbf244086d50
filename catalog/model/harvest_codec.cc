#include "catalog/model/harvest_codec.h"

#include <nlohmann/json.hpp>

namespace khonha::catalog {

Result<ActionPage> ParseActionPage(std::string_view body) {
  using nlohmann::json;
  json j = json::parse(body, nullptr, false);
  if (!j.is_object()) return InvalidArgument("the response is not a JSON object");
  if (auto s = j.find("success"); s != j.end() && s->is_boolean() && !s->get<bool>()) {
    std::string message = "the API reported failure";
    if (auto e = j.find("error"); e != j.end() && e->is_object()) {
      message += ": " + e->dump(-1, ' ', false, json::error_handler_t::replace);
    }
    return InvalidArgument(message);
  }
  auto r = j.find("result");
  if (r == j.end()) return InvalidArgument("the response has no \"result\"");
  const json* list = nullptr;
  ActionPage page;
  if (r->is_array()) {
    list = &*r;
  } else if (r->is_object() && r->contains("results") && (*r)["results"].is_array()) {
    list = &(*r)["results"];
    page.count = r->value("count", uint64_t{0});
  } else {
    return InvalidArgument("the response's result holds no package list");
  }
  for (const auto& rec : *list) {
    if (rec.is_object()) page.records.push_back(rec.dump(-1, ' ', false, json::error_handler_t::replace));
  }
  return page;
}

}  // namespace khonha::catalog
