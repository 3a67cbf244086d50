#include "catalog/search/searcher.h"

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <optional>

#include <xapian.h>

#include "catalog/model/ckan_codec.h"
#include "catalog/model/schema.h"
#include "catalog/search/docid_source.h"
#include "catalog/search/document_builder.h"
#include "catalog/search/filter_engine.h"
#include "catalog/search/index_layout.h"
#include "catalog/search/lru_cache.h"
#include "catalog/search/query_ast.h"
#include "catalog/search/query_builder.h"
#include "catalog/search/ram_ranker.h"
#include "catalog/search/sort_columns.h"
#include "catalog/search/terms.h"

namespace khonha::search {

// Count and facets of one (q, fq, visibility, facet parameters): what a
// repeated or paged request reuses.
struct SearchSummary {
  uint64_t count = 0;
  std::vector<FacetResult> facets;
};

struct GenerationCaches {
  // Match-set and postings caches grow with the catalog (a bitset is
  // max_docid / 8 bytes; a common word's postings 8 bytes a match), so that
  // a large catalog keeps as many common words warm as a small one: at 1M
  // datasets 128 MB of bitsets (~1,000) and 256 MB of postings.
  static constexpr size_t kMinCacheBytes = size_t{64} << 20;
  static constexpr size_t kBitsetBytesPerDoc = 128, kPostingsBytesPerDoc = 256;
  static constexpr size_t kSummaryEntries = 4096;
  explicit GenerationCaches(uint32_t max_docid)
      : filters(max_docid, std::max(kMinCacheBytes, kBitsetBytesPerDoc * max_docid)),
        ranker(max_docid, std::max(kMinCacheBytes, kPostingsBytesPerDoc * max_docid)),
        sorts(max_docid),
        summaries(kSummaryEntries) {}
  FilterEngine filters;
  RamRanker ranker;
  SortColumns sorts;
  LruCache<SearchSummary> summaries;
};

namespace {

using Q = Xapian::Query;

std::string Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

struct SortKey {
  std::string field;  // "score" or a schema field
  bool descending = false;
};

constexpr const char* kDefaultSort = "score desc, metadata_modified desc";

Result<std::vector<SortKey>> ParseSort(const std::string& sort) {
  std::vector<SortKey> keys;
  size_t start = 0;
  while (start <= sort.size()) {
    size_t comma = sort.find(',', start);
    if (comma == std::string::npos) comma = sort.size();
    std::string part = Trim(std::string_view(sort).substr(start, comma - start));
    start = comma + 1;
    if (part.empty()) continue;
    size_t space = part.find_first_of(" \t");
    if (space == std::string::npos) {
      return InvalidArgument("Can't determine a sort order for \"" + part +
                             "\": give a direction, e.g. \"" + part + " desc\"");
    }
    SortKey key{part.substr(0, space), false};
    std::string dir = Trim(std::string_view(part).substr(space));
    if (dir == "desc") key.descending = true;
    else if (dir != "asc") return InvalidArgument("sort direction must be asc or desc, not \"" + dir + "\"");
    if (key.field != "score" && key.field != "views_total" && key.field != "views_recent") {
      const auto* f = catalog::FindField(key.field);
      if (f == nullptr || f->slot < 0) return InvalidArgument("cannot sort by \"" + key.field + "\"");
    }
    keys.push_back(std::move(key));
  }
  if (keys.empty()) return InvalidArgument("sort is empty");
  return keys;
}

class XapianSearcher final : public Searcher {
 public:
  XapianSearcher(std::shared_ptr<const Generation> gen, Xapian::Database db,
                 std::unique_ptr<analyzers::Analyzer> analyzer)
      : gen_(std::move(gen)), db_(std::move(db)), analyzer_(std::move(analyzer)),
        builder_(*analyzer_) {}

  const Generation& generation() const override { return *gen_; }
  uint64_t DocumentCount() override { return db_.get_doccount(); }

  Result<SearchResponse> Search(const SearchRequest& req) override {
    // Xapian may throw DatabaseModifiedError if the files change under us;
    // reopen and retry once.
    for (int attempt = 0;; ++attempt) {
      try {
        auto resp = SearchOnce(req);
        if (resp.ok() && req.highlight) AddHighlights(req.q, *resp);
        return resp;
      } catch (const Xapian::DatabaseModifiedError&) {
        if (attempt > 0) return Unavailable("the index changed during the search; try again");
        db_.reopen();
      } catch (const Xapian::Error& e) {
        return Internal("search failed: " + e.get_description());
      }
    }
  }

  // Title and notes excerpts of each record with the query's words marked,
  // matched as the index matches them (words and sub-words of q).
  void AddHighlights(const std::string& q, SearchResponse& resp) {
    std::vector<std::string> terms;
    for (auto& t : analyzer_->Analyze(q)) terms.push_back(std::move(t.text));
    analyzers::SnippetOptions whole;
    whole.max_bytes = 600;
    resp.highlights.clear();
    for (const auto& record : resp.records) {
      SearchResponse::Highlights h;
      auto d = catalog::ParsePackage(record);
      if (d.ok()) {
        h.title = analyzers::MakeSnippet(*analyzer_, d->title, terms, whole);
        h.notes = analyzers::MakeSnippet(*analyzer_, d->notes, terms);
      }
      resp.highlights.push_back(std::move(h));
    }
  }

  Result<std::string> GetRecord(const std::string& id_or_name, const SearchRequest& vis) override {
    try {
      Q target(Q::OP_OR, Q(KeywordTerm(catalog::kIdTermPrefix, id_or_name)),
               Q(KeywordTerm(catalog::kNameTermPrefix, id_or_name)));
      Xapian::Enquire enquire(db_);
      enquire.set_query(target);
      Xapian::MSet any = enquire.get_mset(0, 1);
      if (any.empty()) return NotFound("Not found");
      enquire.set_query(Q(Q::OP_FILTER, target, Visibility(vis, false)));
      Xapian::MSet visible = enquire.get_mset(0, 1);
      if (visible.empty()) return PermissionDenied("Not authorized to read this dataset");
      return DecodeStoredRecord(visible.begin().get_document().get_data());
    } catch (const Xapian::Error& e) {
      return Internal("lookup failed: " + e.get_description());
    }
  }

  Result<std::vector<DatasetName>> ListNames(const SearchRequest& vis) override {
    for (int attempt = 0;; ++attempt) {
      try {
        Xapian::Enquire enquire(db_);
        enquire.set_query(Q(Q::OP_FILTER, Q::MatchAll, Visibility(vis, false)));
        enquire.set_weighting_scheme(Xapian::BoolWeight());
        enquire.set_sort_by_value(catalog::kSlotName, false);
        Xapian::MSet mset = enquire.get_mset(0, db_.get_doccount());
        std::vector<DatasetName> out;
        out.reserve(mset.size());
        for (auto it = mset.begin(); it != mset.end(); ++it) {
          Xapian::Document doc = it.get_document();
          out.push_back({doc.get_value(catalog::kSlotName), doc.get_value(catalog::kSlotTitleSort)});
        }
        return out;
      } catch (const Xapian::DatabaseModifiedError&) {
        if (attempt > 0) return Unavailable("the index changed during the listing; try again");
        db_.reopen();
      } catch (const Xapian::Error& e) {
        return Internal("listing failed: " + e.get_description());
      }
    }
  }

 private:
  Result<SearchResponse> SearchOnce(const SearchRequest& req) {
    SearchResponse resp;
    // q: nullopt = no text query (a browse page: filters only). `main` decides
    // what matches (with the Thai cluster-pair fallback, QueryUse::kMatch)
    // and `rank`, the same without the Thai fallback, to score the matches.
    std::optional<Q> main, rank;
    const std::string q = Trim(req.q);
    if (!q.empty() && q != "*:*") {
      auto node = ParseQuery(q);
      if (node.ok()) {
        auto built = builder_.Build(*node, db_);
        if (!built.ok()) return built.status();
        main = *built;
        auto ranking = builder_.Build(*node, db_, 0, QueryUse::kRank);
        if (!ranking.ok()) return ranking.status();
        rank = *ranking;
      } else if (q.find(':') == std::string::npos) {
        // Plain words with stray syntax ("ภาษี (2566"): search the words.
        std::string words = q;
        for (char& c : words) {
          if (std::strchr("()[]{}\"", c)) c = ' ';
        }
        auto text = builder_.TextQuery(words, "", false);
        main = text ? *text : Q(Q::MatchNothing);
        auto ranking = builder_.TextQuery(words, "", false, QueryUse::kRank);
        rank = ranking ? *ranking : Q(Q::MatchNothing);
      } else {
        return node.status();
      }
    }
    // fq
    std::vector<Q> filters;
    bool type_given = false;
    ParseOptions strict;
    strict.unknown_field_is_text = false;
    for (const auto& fq : req.fq) {
      if (Trim(fq).empty()) continue;
      auto node = ParseQuery(fq, strict);
      if (!node.ok()) return node.status();
      if (fq.find("type:") != std::string::npos) type_given = true;
      auto built = builder_.Build(*node, db_);
      if (!built.ok()) return built.status();
      filters.push_back(*built);
    }
    filters.push_back(Visibility(req, type_given));
    const Q filter(Q::OP_AND, filters.begin(), filters.end());

    // sort: every value key comes from an in-RAM rank column.
    resp.sort = req.sort.empty() ? kDefaultSort : req.sort;
    auto keys = ParseSort(resp.sort);
    if (!keys.ok()) return keys.status();
    GenerationCaches& caches = gen_->caches();
    std::vector<RankKey> rank_keys;
    bool score_first = false, score_used = false;
    for (size_t i = 0; i < keys->size(); ++i) {
      const SortKey& k = (*keys)[i];
      if (k.field == "score") {
        if (i == 0) score_first = true;
        score_used = true;
        continue;
      }
      const auto* f = catalog::FindField(k.field);
      if (f == nullptr) continue;  // views_*: no tracking data, every dataset ties
      rank_keys.push_back({caches.sorts.Ranks(static_cast<Xapian::valueno>(f->slot), db_), k.descending});
    }

    for (const auto& field : req.facet_fields) {
      if (catalog::FacetIndex(field) < 0) return InvalidArgument("cannot facet on field \"" + field + "\"");
    }
    const std::string summary_key = req.use_cache ? SummaryKey(req) : std::string();
    std::shared_ptr<const SearchSummary> summary;
    if (req.use_cache) summary = caches.summaries.Get(summary_key);

    // The match set as a bitset (term posting lists combined, no scoring, no
    // phrase boost: FilterEngine) gives the count and facets, once per
    // summary. Orders without the score sort it directly; otherwise Xapian
    // only ranks, filtered by it, and may stop once it has the page.
    const Q matched = main ? Q(Q::OP_FILTER, *main, filter) : filter;
    auto docids = std::make_shared<std::vector<uint32_t>>(
        caches.filters.Evaluate(matched, db_, req.use_cache).ToDocids());
    if (!summary) {
      auto s = std::make_shared<SearchSummary>();
      s->count = docids->size();
      s->facets = Facets(req, *docids);
      if (req.use_cache) caches.summaries.Put(summary_key, s);
      summary = std::move(s);
    }
    resp.count = summary->count;
    resp.facets = summary->facets;

    // Browse pages and value-only orders: no Xapian match loop at all (every
    // browse match has the same zero score).
    if (!main || !score_used) {
      const size_t begin = std::min<size_t>(docids->size(), req.start);
      const size_t end = std::min<size_t>(docids->size(), begin + req.rows);
      if (!rank_keys.empty()) {  // else docid order, as Xapian's
        auto before = [&rank_keys](uint32_t a, uint32_t b) { return RankBefore(rank_keys, a, b); };
        std::partial_sort(docids->begin(), docids->begin() + static_cast<ptrdiff_t>(end), docids->end(),
                          before);
      }
      resp.records.reserve(end - begin);
      for (size_t i = begin; i < end; ++i) {
        resp.records.push_back(DecodeStoredRecord(db_.get_document((*docids)[i]).get_data()));
      }
      return resp;
    }

    // Every match, scored by the ranking query (zero where only the
    // fallback matched) from in-RAM postings where RamRanker can.
    if (score_first) {
      auto ranked = caches.ranker.Rank(*rank, *docids, req.start, req.rows, rank_keys, db_);
      if (ranked) {
        resp.records.reserve(ranked->size());
        for (const auto& r : *ranked) {
          resp.records.push_back(DecodeStoredRecord(db_.get_document(r.docid).get_data()));
        }
        return resp;
      }
    }
    // Otherwise Xapian: it reads no fallback positions, and once its page is
    // full of scored matches it only walks the ranking query's.
    DocidSource match_set(docids);
    Xapian::Enquire enquire(db_);
    enquire.set_query(Q(Q::OP_AND_MAYBE, Q(&match_set), *rank));
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    RankKeyMaker key_maker(rank_keys);
    if (!rank_keys.empty()) {
      if (score_first) enquire.set_sort_by_relevance_then_key(&key_maker, false);
      else enquire.set_sort_by_key_then_relevance(&key_maker, false);
    }
    // Docid order breaks ties; newest-indexed last is arbitrary but stable.
    Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(req.start),
                                         static_cast<Xapian::doccount>(req.rows));
    resp.records.reserve(mset.size());
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      resp.records.push_back(DecodeStoredRecord(it.get_document().get_data()));
    }
    return resp;
  }

  // Exact facet counts over `docids` (any order) from the in-RAM columns.
  std::vector<FacetResult> Facets(const SearchRequest& req, const std::vector<uint32_t>& docids) const {
    std::vector<FacetResult> out;
    out.reserve(req.facet_fields.size());
    // A match set holding most of the catalog (a browse page, a common
    // word) counts the documents it leaves out, from the column totals.
    std::vector<uint32_t> excluded;
    bool by_complement = false;
    const uint32_t max_docid = gen_->caches().filters.max_docid();
    if (!req.facet_fields.empty() && docids.size() > max_docid / 2) {
      size_t j = 0;  // docids ascend (FilterEngine order): merge with 1 … max_docid
      for (uint32_t d = 1; d <= max_docid; ++d) {
        if (j < docids.size() && docids[j] == d) ++j;
        else excluded.push_back(d);
      }
      by_complement = j == docids.size();  // else not ascending: count directly
    }
    for (const auto& field : req.facet_fields) {
      FacetResult fr{field, {}};
      const int f = catalog::FacetIndex(field);
      const auto& columns = gen_->facets();
      auto counts = by_complement
                        ? columns.CountAllBut(f, excluded, req.facet_mincount, req.facet_limit)
                        : columns.Count(f, docids, req.facet_mincount, req.facet_limit);
      for (auto& c : counts) {
        std::string display = gen_->DisplayName(field, c.value);
        fr.items.push_back({std::move(c.value), std::move(display), c.count});
      }
      out.push_back(std::move(fr));
    }
    return out;
  }

  // Everything that decides a request's count and facets (not its page or sort).
  static std::string SummaryKey(const SearchRequest& req) {
    std::string k;
    auto add = [&k](std::string_view part) {
      k += std::to_string(part.size());
      k += ':';
      k += part;
    };
    add(Trim(req.q));
    k += '|';
    for (const auto& fq : req.fq) add(fq);
    k += '|';
    for (const auto& f : req.facet_fields) add(f);
    k += '|' + std::to_string(req.facet_limit) + ',' + std::to_string(req.facet_mincount);
    k += req.include_private ? "|p" : "|-";
    k += req.all_private ? 'a' : '-';
    k += req.include_drafts ? 'd' : '-';
    for (const auto& o : req.member_orgs) add(o);
    return k;
  }

  // What the caller may see: active (and drafts if asked) public datasets,
  // plus private ones of the caller's organizations.
  Q Visibility(const SearchRequest& req, bool type_given) const {
    std::vector<Q> parts;
    Q state(KeywordTerm("XSTATE:", "active"));
    if (req.include_drafts) state = Q(Q::OP_OR, state, Q(KeywordTerm("XSTATE:", "draft")));
    parts.push_back(state);
    if (!req.all_private) {
      std::vector<Q> allowed{Q(KeywordTerm("XCAP:", "public"))};
      if (req.include_private) {
        for (const auto& org : req.member_orgs) {
          allowed.emplace_back(KeywordTerm("XORG:", org));
          allowed.emplace_back(KeywordTerm("XOWNER:", org));
        }
      }
      parts.emplace_back(Q::OP_OR, allowed.begin(), allowed.end());
    }
    if (!type_given) parts.emplace_back(KeywordTerm("XTYPE:", "dataset"));
    return Q(Q::OP_AND, parts.begin(), parts.end());
  }

  std::shared_ptr<const Generation> gen_;
  Xapian::Database db_;
  std::unique_ptr<analyzers::Analyzer> analyzer_;
  QueryBuilder builder_;
};

}  // namespace

void Generation::DropCaches() const {
  caches_->filters.Clear();
  caches_->ranker.Clear();
  caches_->summaries.Clear();
}

std::string Generation::db_path() const { return dir_ + "/" + kXapianSubdir; }

Result<std::shared_ptr<const Generation>> Generation::Open(const std::string& gen_dir,
                                                           uint64_t number) {
  auto g = std::shared_ptr<Generation>(new Generation());
  g->dir_ = gen_dir;
  g->number_ = number;
  auto facets = FacetColumns::Load(g->db_path());
  if (!facets.ok()) return facets.status();
  g->facets_ = std::move(*facets);
  try {
    Xapian::Database db(g->db_path());
    g->caches_ = std::make_shared<GenerationCaches>(db.get_lastdocid());
  } catch (const Xapian::Error& e) {
    return Unavailable("cannot open the index: " + e.get_description());
  }
  auto objects = ReadCatalogObjects(gen_dir);
  if (!objects.ok()) return objects.status();
  g->objects_ = std::move(*objects);
  for (const auto& [name, json] : g->objects_.organizations) g->org_titles_[name] = ObjectTitle(json);
  for (const auto& [name, json] : g->objects_.groups) g->group_titles_[name] = ObjectTitle(json);
  g->lexicon_words_ = ReadLexiconWords(gen_dir);
  auto meta = ReadMeta(gen_dir);
  if (meta.ok()) g->meta_ = std::move(*meta);
  return std::shared_ptr<const Generation>(std::move(g));
}

std::string Generation::DisplayName(std::string_view field, const std::string& value) const {
  const std::map<std::string, std::string>* titles = nullptr;
  if (field == "organization") titles = &org_titles_;
  else if (field == "groups") titles = &group_titles_;
  else if (field == "license_id") titles = &objects_.licenses;
  if (titles) {
    auto it = titles->find(value);
    if (it != titles->end() && !it->second.empty()) return it->second;
  }
  return value;
}

const analyzers::Analyzer& Generation::QueryAnalyzer(const analyzers::Analyzer& prototype) const {
  if (lexicon_words_.empty()) return prototype;
  std::call_once(analyzer_once_, [&] {
    auto a = prototype.WithExtraWords(lexicon_words_);
    if (a.ok()) analyzer_ = std::move(*a);
  });
  return analyzer_ ? *analyzer_ : prototype;
}

Result<std::unique_ptr<Searcher>> Searcher::Open(std::shared_ptr<const Generation> generation,
                                                 const analyzers::Analyzer& prototype) {
  try {
    Xapian::Database db(generation->db_path());
    auto analyzer = generation->QueryAnalyzer(prototype).Clone();
    return std::unique_ptr<Searcher>(
        std::make_unique<XapianSearcher>(std::move(generation), std::move(db), std::move(analyzer)));
  } catch (const Xapian::Error& e) {
    return Unavailable("cannot open the index: " + e.get_description());
  }
}

Result<std::unique_ptr<IndexHandle>> IndexHandle::Open(const std::string& index_dir, int poll_ms) {
  auto h = std::unique_ptr<IndexHandle>(new IndexHandle());
  h->index_dir_ = index_dir;
  KHONHA_RETURN_IF_ERROR(h->Refresh());
  if (poll_ms > 0) {
    IndexHandle* self = h.get();
    h->poller_ = std::thread([self, poll_ms] {
      while (!self->stop_.load()) {
        for (int waited = 0; waited < poll_ms && !self->stop_.load(); waited += 20) {
          std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        Status s = self->Refresh();
        if (!s.ok()) std::fprintf(stderr, "khonha: index reload failed: %s\n", s.ToString().c_str());
      }
    });
  }
  return h;
}

IndexHandle::~IndexHandle() {
  stop_ = true;
  if (poller_.joinable()) poller_.join();
}

std::shared_ptr<const Generation> IndexHandle::Current() const {
  std::lock_guard<std::mutex> lock(mu_);
  return current_;
}

Status IndexHandle::Refresh() {
  std::lock_guard<std::mutex> refresh_lock(refresh_mu_);
  auto ref = ResolveCurrent(index_dir_);
  if (!ref.ok()) return current_ ? Status::Ok() : ref.status();
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (current_ && current_->number() == ref->number) return Status::Ok();
  }
  auto gen = Generation::Open(ref->path, ref->number);
  if (!gen.ok()) return gen.status();
  std::lock_guard<std::mutex> lock(mu_);
  current_ = std::move(*gen);
  return Status::Ok();
}

}  // namespace khonha::search
