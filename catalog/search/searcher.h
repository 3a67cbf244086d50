// The search core's public face: open an index, search it, fetch records.
//
//   IndexHandle   follows DIR/CURRENT and loads each new generation in the
//                 background (thread-safe);
//   Generation    one loaded generation: facet columns, organizations, groups,
//                 licences, meta (immutable, shared between threads);
//   Searcher      runs requests on one generation (NOT thread-safe: one per
//                 thread — it owns a Xapian database handle and an Analyzer).
//
// No Xapian types cross this header.
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "analyzers/analyzer.h"
#include "analyzers/snippet.h"
#include "catalog/base/status.h"
#include "catalog/search/facet_columns.h"
#include "catalog/search/index_meta.h"

namespace khonha::search {

struct SearchRequest {
  std::string q;                   // CKAN q ("" or "*:*" = everything)
  std::vector<std::string> fq;     // each ANDed (fq and fq_list entries)
  std::vector<std::string> facet_fields;
  int64_t facet_limit = 50;        // < 0: unlimited
  uint64_t facet_mincount = 1;
  uint64_t rows = 10;
  uint64_t start = 0;
  std::string sort;                // "" = "score desc, metadata_modified desc"
  // Visibility: anonymous callers see public, active datasets only.
  bool include_private = false;    // also datasets of `member_orgs` that are private
  std::vector<std::string> member_orgs;  // organization names or ids the caller may see
  bool all_private = false;        // sysadmin: every private dataset
  bool include_drafts = false;
  // false: bypass the generation's summary cache (count + facets of repeated
  // queries) — benchmarks of cold searches and cache tests. Results are the
  // same either way.
  bool use_cache = true;
  // Also return highlighted title/notes excerpts (SearchResponse::highlights).
  bool highlight = false;
};

struct FacetItem {
  std::string name;
  std::string display_name;
  uint64_t count = 0;
};

struct FacetResult {
  std::string field;
  std::vector<FacetItem> items;
};

// A dataset's name and case-folded title, read from value slots (no record
// decoding): what list and autocomplete actions scan.
struct DatasetName {
  std::string name;
  std::string title_folded;  // title_string: the title, ASCII case-folded
};

struct SearchResponse {
  uint64_t count = 0;
  std::string sort;                  // the sort actually applied
  std::vector<std::string> records;  // package dicts (JSON text), in result order
  std::vector<FacetResult> facets;   // in facet_fields order
  // With SearchRequest::highlight: one entry per record, in the same order.
  // Kept beside the records so that CKAN's package dicts stay unchanged.
  struct Highlights {
    analyzers::Snippet title;  // the whole title (up to 600 bytes), query words marked
    analyzers::Snippet notes;  // an excerpt of the notes around the query words
  };
  std::vector<Highlights> highlights;
};

// Per-generation engine state shared by every Searcher on it (filter
// bitsets, sort ranks, the summary cache); defined in searcher.cc.
struct GenerationCaches;

class Generation {
 public:
  static Result<std::shared_ptr<const Generation>> Open(const std::string& gen_dir, uint64_t number);

  const std::string& dir() const { return dir_; }
  std::string db_path() const;
  uint64_t number() const { return number_; }
  const FacetColumns& facets() const { return facets_; }
  const CatalogObjects& objects() const { return objects_; }
  const IndexMeta& meta() const { return meta_; }
  // Human label of a facet value: organization/group title, licence title.
  std::string DisplayName(std::string_view field, const std::string& value) const;
  // Thread-safe caches keyed by this generation (dropped with it, so a new
  // generation never sees stale counts).
  GenerationCaches& caches() const { return *caches_; }
  // Empties the result caches (term and word match sets, summaries); the
  // columns loaded at open stay. For benchmarks of searches with nothing warm.
  void DropCaches() const;
  // `prototype` plus this generation's lexicon words (kLexiconFile), the
  // analyzer its queries need; built on first use, then shared (thread-safe).
  const analyzers::Analyzer& QueryAnalyzer(const analyzers::Analyzer& prototype) const;

 private:
  std::string dir_;
  uint64_t number_ = 0;
  FacetColumns facets_;
  CatalogObjects objects_;
  IndexMeta meta_;
  std::map<std::string, std::string> org_titles_, group_titles_;
  std::shared_ptr<GenerationCaches> caches_;
  std::vector<std::string> lexicon_words_;
  mutable std::once_flag analyzer_once_;
  mutable std::unique_ptr<analyzers::Analyzer> analyzer_;  // set once under analyzer_once_
};

class Searcher {
 public:
  static Result<std::unique_ptr<Searcher>> Open(std::shared_ptr<const Generation> generation,
                                                const analyzers::Analyzer& prototype);
  virtual ~Searcher() = default;

  virtual Result<SearchResponse> Search(const SearchRequest& request) = 0;

  // The package dict of the dataset with this id or name. Private datasets
  // are PermissionDenied unless `visible_private` allows them.
  virtual Result<std::string> GetRecord(const std::string& id_or_name,
                                        const SearchRequest& visibility) = 0;

  // Every dataset `visibility` lets the caller see (its include_private,
  // member_orgs, all_private and include_drafts), ordered by name.
  virtual Result<std::vector<DatasetName>> ListNames(const SearchRequest& visibility) = 0;

  virtual const Generation& generation() const = 0;
  virtual uint64_t DocumentCount() = 0;
};

// Follows an index directory's CURRENT pointer. Thread-safe.
class IndexHandle {
 public:
  // Loads the current generation; fails if there is none yet. Polls CURRENT
  // every poll_ms in a background thread (0 = no polling; call Refresh()).
  static Result<std::unique_ptr<IndexHandle>> Open(const std::string& index_dir, int poll_ms = 200);
  ~IndexHandle();

  std::shared_ptr<const Generation> Current() const;
  // Loads CURRENT's generation if it changed. A generation that fails to load
  // is reported and the previous one stays in service.
  Status Refresh();
  const std::string& index_dir() const { return index_dir_; }

 private:
  IndexHandle() = default;
  std::string index_dir_;
  mutable std::mutex mu_;
  std::shared_ptr<const Generation> current_;  // guarded by mu_
  std::mutex refresh_mu_;                      // one Refresh at a time
  std::atomic<bool> stop_{false};
  std::thread poller_;
};

}  // namespace khonha::search
