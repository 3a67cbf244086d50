#include "catalog/model/quality_codec.h"

#include <nlohmann/json.hpp>

namespace khonha::catalog {
namespace {

using nlohmann::json;

std::string ScalarText(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number() || v.is_boolean()) return v.dump();
  return "";
}

json FindingJson(const Finding& f) {
  return {{"field", f.field}, {"rule", f.rule}, {"severity", SeverityName(f.severity)},
          {"message", f.message}};
}

json RecordJson(const RecordQuality& r) {
  json findings = json::array();
  for (const auto& f : r.findings) findings.push_back(FindingJson(f));
  return {{"origin", r.origin}, {"id", r.id},         {"name", r.name},
          {"title", r.title},   {"agency", r.agency}, {"errors", r.errors},
          {"warnings", r.warnings}, {"findings", std::move(findings)}};
}

RecordQuality RecordFrom(const json& j) {
  RecordQuality r;
  r.origin = j.value("origin", "");
  r.id = j.value("id", "");
  r.name = j.value("name", "");
  r.title = j.value("title", "");
  r.agency = j.value("agency", "");
  r.errors = j.value("errors", 0u);
  r.warnings = j.value("warnings", 0u);
  if (auto it = j.find("findings"); it != j.end() && it->is_array()) {
    for (const auto& f : *it) {
      if (!f.is_object()) continue;
      r.findings.push_back({f.value("field", ""), f.value("rule", ""),
                            f.value("severity", "error") == "warning" ? Severity::kWarning
                                                                      : Severity::kError,
                            f.value("message", "")});
    }
  }
  return r;
}

std::map<std::string, uint64_t> CountsFrom(const json& j) {
  std::map<std::string, uint64_t> out;
  if (!j.is_object()) return out;
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (it.value().is_number_unsigned() || it.value().is_number_integer()) {
      out[it.key()] = it.value().get<uint64_t>();
    }
  }
  return out;
}

}  // namespace

Result<RecordFacts> ExtractRecordFacts(std::string_view record_json) {
  json j = json::parse(record_json, nullptr, false);
  if (!j.is_object()) return InvalidArgument("record is not a JSON object");
  RecordFacts facts;
  auto id = j.find("id");
  facts.has_id = id != j.end() && !ScalarText(*id).empty();
  for (const auto& name : FactFieldNames()) {
    std::string value;
    if (auto it = j.find(name); it != j.end()) value = ScalarText(*it);
    if (value.empty()) {
      if (auto ex = j.find("extras"); ex != j.end() && ex->is_array()) {
        for (const auto& e : *ex) {
          if (e.is_object() && e.value("key", "") == name && e.contains("value")) {
            value = ScalarText(e["value"]);
          }
        }
      }
    }
    if (!value.empty()) facts.scalars.emplace_back(name, std::move(value));
  }
  return facts;
}

std::string QualityReportToJson(const QualityReport& r, int indent) {
  json agencies = json::array();
  for (const auto& a : r.agencies) {
    json worst = json::array();
    for (const auto& w : a.worst) worst.push_back(RecordJson(w));
    agencies.push_back({{"agency", a.agency},
                        {"records", a.records},
                        {"conforming", a.conforming},
                        {"conformance_percent", a.ConformancePercent()},
                        {"errors", a.errors},
                        {"warnings", a.warnings},
                        {"by_field", a.by_field},
                        {"worst", std::move(worst)}});
  }
  json fields = json::array();
  for (const auto& f : r.fields) {
    fields.push_back({{"field", f.field}, {"records", f.records}, {"by_rule", f.by_rule}});
  }
  json worst = json::array();
  for (const auto& w : r.worst) worst.push_back(RecordJson(w));
  json j = {{"generated_at", r.generated_at},
            {"records", r.records},
            {"conforming", r.conforming},
            {"conformance_percent", r.ConformancePercent()},
            {"rejected", r.rejected},
            {"rejected_samples", r.rejected_samples},
            {"agencies", std::move(agencies)},
            {"fields", std::move(fields)},
            {"worst", std::move(worst)}};
  return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

Result<QualityReport> QualityReportFromJson(std::string_view text) {
  json j = json::parse(text, nullptr, false);
  if (!j.is_object()) return InvalidArgument("the quality report is not a JSON object");
  QualityReport r;
  r.generated_at = j.value("generated_at", "");
  r.records = j.value("records", uint64_t{0});
  r.conforming = j.value("conforming", uint64_t{0});
  r.rejected = j.value("rejected", uint64_t{0});
  if (auto it = j.find("rejected_samples"); it != j.end() && it->is_array()) {
    for (const auto& s : *it) {
      if (s.is_string()) r.rejected_samples.push_back(s.get<std::string>());
    }
  }
  if (auto it = j.find("agencies"); it != j.end() && it->is_array()) {
    for (const auto& a : *it) {
      if (!a.is_object()) continue;
      AgencyQuality q;
      q.agency = a.value("agency", "");
      q.records = a.value("records", uint64_t{0});
      q.conforming = a.value("conforming", uint64_t{0});
      q.errors = a.value("errors", uint64_t{0});
      q.warnings = a.value("warnings", uint64_t{0});
      if (a.contains("by_field")) q.by_field = CountsFrom(a["by_field"]);
      if (auto w = a.find("worst"); w != a.end() && w->is_array()) {
        for (const auto& rec : *w) q.worst.push_back(RecordFrom(rec));
      }
      r.agencies.push_back(std::move(q));
    }
  }
  if (auto it = j.find("fields"); it != j.end() && it->is_array()) {
    for (const auto& f : *it) {
      if (!f.is_object()) continue;
      FieldQuality q;
      q.field = f.value("field", "");
      q.records = f.value("records", uint64_t{0});
      if (f.contains("by_rule")) q.by_rule = CountsFrom(f["by_rule"]);
      r.fields.push_back(std::move(q));
    }
  }
  if (auto it = j.find("worst"); it != j.end() && it->is_array()) {
    for (const auto& rec : *it) {
      if (rec.is_object()) r.worst.push_back(RecordFrom(rec));
    }
  }
  return r;
}

}  // namespace khonha::catalog
