// meta.json and the side files of a generation (organizations, groups,
// licences). The codec for them lives here; callers see plain structs.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "catalog/base/status.h"

namespace khonha::search {

inline constexpr int kSchemaVersion = 1;

struct IndexMeta {
  int schema_version = kSchemaVersion;
  uint64_t generation = 0;
  std::string built_at;  // ISO 8601 UTC
  uint64_t records_read = 0;
  uint64_t records_indexed = 0;
  uint64_t records_rejected = 0;
  double build_seconds = 0;
  std::vector<std::string> sources;
};

Status WriteMeta(const std::string& gen_dir, const IndexMeta& meta);
Result<IndexMeta> ReadMeta(const std::string& gen_dir);

// Catalog-wide objects that datasets refer to: name → its JSON object.
struct CatalogObjects {
  std::map<std::string, std::string> organizations;  // org name → org JSON
  std::map<std::string, std::string> groups;         // group name → group JSON
  std::map<std::string, std::string> licenses;       // licence id → licence title
};

Status WriteCatalogObjects(const std::string& gen_dir, const CatalogObjects& objects);
Result<CatalogObjects> ReadCatalogObjects(const std::string& gen_dir);

// The generation's own lexicon words (the catalog's tags and organization
// titles), one per line in lexicon.txt. The indexer analysed the generation
// with them as AnalyzerOptions::extra_words; the server analyses queries
// with the same words so that query terms match index terms.
inline constexpr const char* kLexiconFile = "lexicon.txt";
Status WriteLexiconWords(const std::string& gen_dir, const std::vector<std::string>& words);
// The words, or an empty list when the file is absent (older generations).
std::vector<std::string> ReadLexiconWords(const std::string& gen_dir);
// The lexicon words of every valid record of `sources`: tags and organization
// titles, sorted and unique. A pre-pass before indexing, so that every
// dataset is analysed with the same lexicon. Unreadable sources and records
// are skipped (the indexing pass reports them); standard input ("-") cannot
// be read twice and is skipped.
std::vector<std::string> ReadLexiconWordsFromSources(const std::vector<std::string>& sources);

// "title" (or "display_name") of an object's JSON; "" when absent.
std::string ObjectTitle(const std::string& object_json);

}  // namespace khonha::search

namespace khonha::search {
// {"id": id, "name": name, "title": title} for objects that records name
// without a full dict (e.g. an organization given only by its title).
std::string MinimalObjectJson(const std::string& id, const std::string& name,
                              const std::string& title);
}  // namespace khonha::search
