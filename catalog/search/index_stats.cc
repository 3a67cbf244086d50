#include "catalog/search/index_stats.h"

#include <algorithm>
#include <filesystem>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "catalog/model/schema.h"
#include "catalog/search/document_builder.h"
#include "catalog/search/index_layout.h"
#include "catalog/search/terms.h"

namespace khonha::search {
namespace {

// Term → termfreq for every term with this prefix, most frequent first.
std::vector<std::pair<std::string, uint64_t>> TermCounts(const Xapian::Database& db,
                                                         const std::string& prefix, size_t limit) {
  std::vector<std::pair<std::string, uint64_t>> out;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    out.emplace_back((*it).substr(prefix.size()), it.get_termfreq());
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace

Result<IndexStats> ComputeIndexStats(const std::string& index_dir) {
  auto ref = ResolveCurrent(index_dir);
  if (!ref.ok()) return ref.status();
  IndexStats s;
  s.index_dir = index_dir;
  s.generation_dir = ref->path;
  s.generation = ref->number;
  if (auto meta = ReadMeta(ref->path); meta.ok()) s.meta = std::move(*meta);
  if (auto objects = ReadCatalogObjects(ref->path); objects.ok()) {
    s.agencies = objects->organizations.size();
    s.groups = objects->groups.size();
    s.licenses = objects->licenses.size();
  }
  try {
    Xapian::Database db(ref->path + "/" + kXapianSubdir);
    s.datasets = db.get_doccount();
    s.public_datasets = db.get_termfreq(KeywordTerm("XCAP:", "public"));
    s.private_datasets = db.get_termfreq(KeywordTerm("XCAP:", "private"));
    s.formats = TermCounts(db, "XFMT:", 1000);
    s.top_agencies = TermCounts(db, "XORG:", 20);
    const auto facets = catalog::FacetFields();
    for (size_t i = 0; i < facets.size(); ++i) {
      s.fields.push_back({std::string(facets[i]->name),
                          db.get_value_freq(catalog::kFacetSlotBase + static_cast<unsigned>(i))});
    }
    for (const auto* name : {"metadata_modified", "metadata_created"}) {
      const auto* f = catalog::FindField(name);
      s.fields.push_back({name, db.get_value_freq(static_cast<unsigned>(f->slot))});
    }
  } catch (const Xapian::Error& e) {
    return Internal("cannot read the index at " + ref->path + ": " + e.get_description());
  }
  s.bytes_on_disk = DiskUsage(ref->path);
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(index_dir, ec)) {
    if (e.path().filename().string().rfind("gen-", 0) == 0) ++s.generations_on_disk;
  }
  s.has_quality_report = std::filesystem::exists(ref->path + "/" + kQualityFile, ec);
  return s;
}

Status ForEachStoredRecord(const std::string& gen_dir,
                           const std::function<void(const std::string&)>& fn) {
  try {
    Xapian::Database db(gen_dir + "/" + kXapianSubdir);
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
      fn(DecodeStoredRecord(db.get_document(*it).get_data()));
    }
  } catch (const Xapian::Error& e) {
    return Internal("cannot read the records of " + gen_dir + ": " + e.get_description());
  }
  return Status::Ok();
}

std::string IndexStatsToJson(const IndexStats& s) {
  using nlohmann::json;
  json fields = json::object();
  for (const auto& f : s.fields) fields[f.field] = f.datasets;
  auto pairs = [](const std::vector<std::pair<std::string, uint64_t>>& v) {
    json out = json::array();
    for (const auto& [name, n] : v) out.push_back({{"name", name}, {"datasets", n}});
    return out;
  };
  json j = {{"index_dir", s.index_dir},
            {"generation", s.generation},
            {"generation_dir", s.generation_dir},
            {"built_at", s.meta.built_at},
            {"build_seconds", s.meta.build_seconds},
            {"sources", s.meta.sources},
            {"datasets", s.datasets},
            {"public_datasets", s.public_datasets},
            {"private_datasets", s.private_datasets},
            {"agencies", s.agencies},
            {"groups", s.groups},
            {"licenses", s.licenses},
            {"formats", pairs(s.formats)},
            {"top_agencies", pairs(s.top_agencies)},
            {"fields_filled", fields},
            {"bytes_on_disk", s.bytes_on_disk},
            {"generations_on_disk", s.generations_on_disk},
            {"has_quality_report", s.has_quality_report}};
  return j.dump(2, ' ', false, json::error_handler_t::replace);
}

}  // namespace khonha::search
