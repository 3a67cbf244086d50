#include "catalog/search/index_meta.h"

#include <fstream>
#include <set>
#include <thread>

#include <nlohmann/json.hpp>

#include "catalog/model/ckan_codec.h"
#include "catalog/model/source_reader.h"
#include "catalog/search/index_layout.h"

namespace khonha::search {
namespace {

using nlohmann::json;

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

Status WriteFile(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::trunc | std::ios::binary);
  out << content;
  out.flush();
  return out ? Status::Ok() : Internal("cannot write " + path);
}

Status WriteJsonl(const std::string& path, const std::map<std::string, std::string>& objects) {
  std::string content;
  for (const auto& [name, object] : objects) {
    content += object;
    content += '\n';
  }
  return WriteFile(path, content);
}

void ReadJsonl(const std::string& path, std::map<std::string, std::string>& out) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    json j = json::parse(line, nullptr, false);
    if (j.is_object() && j.contains("name") && j["name"].is_string()) {
      out[j["name"].get<std::string>()] = line;
    }
  }
}

}  // namespace

Status WriteMeta(const std::string& gen_dir, const IndexMeta& m) {
  json j = {{"schema_version", m.schema_version},
            {"generation", m.generation},
            {"built_at", m.built_at},
            {"records_read", m.records_read},
            {"records_indexed", m.records_indexed},
            {"records_rejected", m.records_rejected},
            {"build_seconds", m.build_seconds},
            {"sources", m.sources}};
  return WriteFile(gen_dir + "/" + kMetaFile, j.dump(2, ' ', false, json::error_handler_t::replace));
}

Result<IndexMeta> ReadMeta(const std::string& gen_dir) {
  std::ifstream in(gen_dir + "/" + kMetaFile);
  if (!in) return NotFound("no meta.json in " + gen_dir);
  json j = json::parse(in, nullptr, false);
  if (!j.is_object()) return Internal("unreadable meta.json in " + gen_dir);
  IndexMeta m;
  m.schema_version = j.value("schema_version", 0);
  m.generation = j.value("generation", uint64_t{0});
  m.built_at = j.value("built_at", "");
  m.records_read = j.value("records_read", uint64_t{0});
  m.records_indexed = j.value("records_indexed", uint64_t{0});
  m.records_rejected = j.value("records_rejected", uint64_t{0});
  m.build_seconds = j.value("build_seconds", 0.0);
  m.sources = j.value("sources", std::vector<std::string>{});
  return m;
}

Status WriteCatalogObjects(const std::string& gen_dir, const CatalogObjects& objects) {
  KHONHA_RETURN_IF_ERROR(WriteJsonl(gen_dir + "/" + kOrganizationsFile, objects.organizations));
  KHONHA_RETURN_IF_ERROR(WriteJsonl(gen_dir + "/" + kGroupsFile, objects.groups));
  std::map<std::string, std::string> licenses;
  for (const auto& [id, title] : objects.licenses) {
    licenses[id] = Dump(json{{"id", id}, {"name", id}, {"title", title}});
  }
  return WriteJsonl(gen_dir + "/" + kLicensesFile, licenses);
}

Result<CatalogObjects> ReadCatalogObjects(const std::string& gen_dir) {
  CatalogObjects o;
  ReadJsonl(gen_dir + "/" + kOrganizationsFile, o.organizations);
  ReadJsonl(gen_dir + "/" + kGroupsFile, o.groups);
  std::map<std::string, std::string> licenses;
  ReadJsonl(gen_dir + "/" + kLicensesFile, licenses);
  for (const auto& [id, line] : licenses) o.licenses[id] = ObjectTitle(line);
  return o;
}

Status WriteLexiconWords(const std::string& gen_dir, const std::vector<std::string>& words) {
  std::string content;
  for (const auto& w : words) {
    if (w.empty() || w.find('\n') != std::string::npos) continue;
    content += w;
    content += '\n';
  }
  return WriteFile(gen_dir + "/" + kLexiconFile, content);
}

std::vector<std::string> ReadLexiconWords(const std::string& gen_dir) {
  std::vector<std::string> words;
  std::ifstream in(gen_dir + "/" + kLexiconFile);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) words.push_back(std::move(line));
  }
  return words;
}

std::vector<std::string> ReadLexiconWordsFromSources(const std::vector<std::string>& sources) {
  // Records are parsed in batches on every core: this pass reads the whole
  // input once more before indexing starts.
  const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::set<std::string>> found(threads);
  std::vector<std::string> batch;
  auto flush = [&] {
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        for (size_t i = t; i < batch.size(); i += threads) {
          auto d = catalog::ParsePackage(batch[i]);
          if (!d.ok()) continue;
          for (const auto& tag : d->tags) {
            if (!tag.empty()) found[t].insert(tag);
          }
          if (!d->organization.title.empty()) found[t].insert(d->organization.title);
        }
      });
    }
    for (auto& th : pool) th.join();
    batch.clear();
  };
  for (const auto& source : sources) {
    if (source == "-") continue;
    Status s = catalog::ReadSource(source, [&](catalog::RawRecord&& r) {
      if (!r.error.empty()) return;
      batch.push_back(std::move(r.text));
      if (batch.size() >= 4096) flush();
    });
    (void)s;  // the indexing pass reports unreadable sources
  }
  flush();
  std::set<std::string> words;
  for (auto& f : found) words.merge(f);
  return {words.begin(), words.end()};
}

std::string ObjectTitle(const std::string& object_json) {
  json j = json::parse(object_json, nullptr, false);
  if (!j.is_object()) return "";
  for (const char* key : {"title", "display_name"}) {
    auto it = j.find(key);
    if (it != j.end() && it->is_string() && !it->get_ref<const std::string&>().empty()) {
      return it->get<std::string>();
    }
  }
  return "";
}

}  // namespace khonha::search

namespace khonha::search {
std::string MinimalObjectJson(const std::string& id, const std::string& name,
                              const std::string& title) {
  nlohmann::json j = {{"id", id}, {"name", name}, {"title", title}};
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}
}  // namespace khonha::search
