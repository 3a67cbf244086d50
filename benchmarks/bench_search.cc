// Search core benchmarks over a real index (no HTTP): what one package_search
// costs in-process.
//
// Workloads (each reports mean time per search plus p50_us / p99_us counters
// of wall time and cpu_p50_us / cpu_p99_us of the searching thread's CPU
// time over every search it ran; on a shared machine the CPU percentiles
// are the comparable ones):
//   BM_SearchTop10             q only, top 10, no facets
//   BM_SearchTop10Facets8      q + exact facets on 8 fields
//   BM_SearchBrowseFacets8     no q (browse page) + 8 facets
//   BM_SearchFilteredFacets8   no q, one fq (format / organization / data_type) + 8 facets
//   BM_SearchTextFiltered      q + one fq + 8 facets
//   BM_SearchSortedByDate      q + sort=metadata_modified desc + 8 facets
//   BM_SearchBrowseSortedByDate no q, sort=metadata_modified desc, no facets
//   BM_SearchMixedLog          the whole query log (the HTTP benchmark's mix)
// Each runs in three modes:
//   /cache:0  nothing warm: the generation's caches are emptied before every
//             search (untimed), so each reads its posting lists from Xapian,
//             checks its Thai fallbacks' positions and counts its facets;
//   /cache:1  a server in service meeting a request for the first time: the
//             term and word match sets other requests left are warm, the
//             request's own summary is not cached;
//   /cache:2  repeated requests: every request seen once before.
//
// Inputs (environment):
//   KHONHA_BENCH_INDEX    an index directory built by khonha-indexer (required)
//   KHONHA_BENCH_QUERIES  package_search query strings, one a line
//                         (scripts/gen_synthetic_catalog.py --queries)
//   KHONHA_BENCH_SLOWEST  N: after each workload, print its N slowest requests
//                         (worst wall time seen, match count) to stderr
// See docs/benchmarks.md for how the corpora are generated.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analyzers/analyzer.h"
#include "catalog/search/searcher.h"

namespace {

using khonha::search::SearchRequest;

const std::vector<std::string> kFacets8 = {"organization", "groups",        "tags",      "res_format",
                                           "license_id",   "data_category", "data_type", "geo_coverage"};

std::string Decode(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '+') {
      out += ' ';
    } else if (s[i] == '%' && i + 2 < s.size()) {
      out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

SearchRequest ParseQueryString(const std::string& line) {
  SearchRequest r;
  size_t start = 0;
  while (start < line.size()) {
    size_t amp = line.find('&', start);
    if (amp == std::string::npos) amp = line.size();
    std::string_view part(line.data() + start, amp - start);
    start = amp + 1;
    size_t eq = part.find('=');
    if (eq == std::string_view::npos) continue;
    const std::string key = Decode(part.substr(0, eq));
    const std::string value = Decode(part.substr(eq + 1));
    if (key == "q") r.q = value;
    else if (key == "fq") r.fq.push_back(value);
    else if (key == "sort") r.sort = value;
    else if (key == "start") r.start = std::stoull(value);
    else if (key == "rows") r.rows = std::stoull(value);
    else if (key == "facet.field") r.facet_fields = nlohmann::json::parse(value).get<std::vector<std::string>>();
  }
  return r;
}

// The index, the analyzer and the query log, loaded once per process.
struct Corpus {
  std::unique_ptr<khonha::analyzers::Analyzer> analyzer;
  std::unique_ptr<khonha::search::IndexHandle> index;
  std::vector<SearchRequest> log;
  std::string error;

  Corpus() {
    const char* dir = std::getenv("KHONHA_BENCH_INDEX");
    if (dir == nullptr) {
      error = "set KHONHA_BENCH_INDEX to an index directory";
      return;
    }
    auto a = khonha::analyzers::Analyzer::Create({});
    if (!a.ok()) {
      error = a.status().ToString();
      return;
    }
    analyzer = std::move(*a);
    auto h = khonha::search::IndexHandle::Open(dir, 0);
    if (!h.ok()) {
      error = h.status().ToString();
      return;
    }
    index = std::move(*h);
    const char* qpath = std::getenv("KHONHA_BENCH_QUERIES");
    if (qpath != nullptr) {
      std::ifstream in(qpath);
      for (std::string line; std::getline(in, line);) {
        if (!line.empty()) log.push_back(ParseQueryString(line));
      }
    }
    if (log.empty()) {
      for (const char* q : {"สถิติ", "โรงเรียน", "ท่องเที่ยว", "budget", "population", "ข้อมูล"}) {
        SearchRequest r;
        r.q = q;
        log.push_back(r);
      }
    }
  }
};

Corpus& TheCorpus() {
  static Corpus c;
  return c;
}

enum class Shape { kTop10, kTop10Facets, kBrowseFacets, kFilteredFacets, kTextFiltered, kSortedByDate,
                   kBrowseSorted, kMixed };

// The requests of one workload, derived from the log.
std::vector<SearchRequest> Workload(Shape shape) {
  const auto& log = TheCorpus().log;
  std::vector<SearchRequest> text, fqs, out;
  for (const auto& r : log) {
    if (!r.q.empty()) text.push_back(r);
    if (!r.fq.empty()) fqs.push_back(r);
  }
  if (text.empty()) text = log;
  auto with = [](SearchRequest r, bool facets) {
    r.facet_fields = facets ? kFacets8 : std::vector<std::string>{};
    r.start = 0;
    return r;
  };
  switch (shape) {
    case Shape::kTop10:
      for (auto r : text) out.push_back(with(r, false)), out.back().fq.clear(), out.back().sort.clear();
      break;
    case Shape::kTop10Facets:
      for (auto r : text) out.push_back(with(r, true)), out.back().fq.clear(), out.back().sort.clear();
      break;
    case Shape::kBrowseFacets:
      out.push_back(with(SearchRequest{}, true));
      break;
    case Shape::kFilteredFacets:
      for (const auto& r : fqs) {
        SearchRequest b = with(SearchRequest{}, true);
        b.fq = r.fq;
        out.push_back(b);
      }
      break;
    case Shape::kTextFiltered:
      for (size_t i = 0; i < text.size() && !fqs.empty(); ++i) {
        SearchRequest b = with(text[i], true);
        b.fq = fqs[i % fqs.size()].fq;
        out.push_back(b);
      }
      break;
    case Shape::kSortedByDate:
      for (auto r : text) out.push_back(with(r, true)), out.back().sort = "metadata_modified desc";
      break;
    case Shape::kBrowseSorted:
      for (const auto& r : fqs) {
        SearchRequest b = with(SearchRequest{}, false);
        b.fq = r.fq;
        b.sort = "metadata_modified desc";
        out.push_back(b);
      }
      out.push_back(with(SearchRequest{}, false));
      out.back().sort = "metadata_modified desc";
      break;
    case Shape::kMixed:
      out = log;
      break;
  }
  if (out.empty()) out.push_back(SearchRequest{});
  return out;
}

// The n requests with the worst wall time, for finding what a p99 is made of.
void PrintSlowest(const char* workload, const std::vector<SearchRequest>& requests,
                  const std::vector<double>& worst, const std::vector<uint64_t>& counts, int n) {
  std::vector<size_t> order(requests.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return worst[a] > worst[b]; });
  std::fprintf(stderr, "slowest of %s:\n", workload);
  for (size_t k = 0; k < order.size() && k < static_cast<size_t>(std::max(n, 0)); ++k) {
    const auto& r = requests[order[k]];
    std::string fq;
    for (const auto& f : r.fq) fq += " fq=" + f;
    std::fprintf(stderr, "  %9.0f us %8llu matches  q=%s%s%s\n", worst[order[k]],
                 static_cast<unsigned long long>(counts[order[k]]), r.q.c_str(), fq.c_str(),
                 r.sort.empty() ? "" : (" sort=" + r.sort).c_str());
  }
}

void RunSearches(benchmark::State& state, Shape shape, const char* name) {
  Corpus& c = TheCorpus();
  if (!c.error.empty()) {
    state.SkipWithError(c.error.c_str());
    return;
  }
  auto searcher = khonha::search::Searcher::Open(c.index->Current(), *c.analyzer);
  if (!searcher.ok()) {
    state.SkipWithError(searcher.status().ToString().c_str());
    return;
  }
  std::vector<SearchRequest> requests = Workload(shape);
  const int64_t mode = state.range(0);
  const bool repeated = mode == 2;
  for (auto& r : requests) r.use_cache = repeated;
  if (repeated) {  // every request seen once
    for (const auto& r : requests) benchmark::DoNotOptimize((*searcher)->Search(r));
  }
  const auto generation = c.index->Current();
  std::vector<double> micros, cpu_micros;
  micros.reserve(1 << 16);
  cpu_micros.reserve(1 << 16);
  auto thread_cpu_us = [] {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
  };
  std::vector<double> worst(requests.size(), 0.0);
  std::vector<uint64_t> counts(requests.size(), 0);
  size_t i = 0;
  uint64_t matches = 0;
  for (auto _ : state) {
    if (mode == 0) {
      state.PauseTiming();
      generation->DropCaches();
      state.ResumeTiming();
    }
    const double c0 = thread_cpu_us();
    const auto t0 = std::chrono::steady_clock::now();
    auto resp = (*searcher)->Search(requests[i]);
    const auto t1 = std::chrono::steady_clock::now();
    cpu_micros.push_back(thread_cpu_us() - c0);
    if (!resp.ok()) {
      state.SkipWithError(resp.status().ToString().c_str());
      return;
    }
    matches += resp->count;
    micros.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    worst[i] = std::max(worst[i], micros.back());
    counts[i] = resp->count;
    if (++i == requests.size()) i = 0;
  }
  if (const char* n = std::getenv("KHONHA_BENCH_SLOWEST")) {
    PrintSlowest(name, requests, worst, counts, std::atoi(n));
  }
  std::sort(micros.begin(), micros.end());
  std::sort(cpu_micros.begin(), cpu_micros.end());
  auto pct = [](const std::vector<double>& v, double p) {
    return v.empty() ? 0.0 : v[static_cast<size_t>(p * static_cast<double>(v.size() - 1))];
  };
  state.counters["p50_us"] = pct(micros, 0.50);
  state.counters["p99_us"] = pct(micros, 0.99);
  state.counters["cpu_p50_us"] = pct(cpu_micros, 0.50);
  state.counters["cpu_p99_us"] = pct(cpu_micros, 0.99);
  state.counters["matches"] = benchmark::Counter(static_cast<double>(matches), benchmark::Counter::kAvgIterations);
  state.counters["docs"] = static_cast<double>((*searcher)->DocumentCount());
  state.SetItemsProcessed(state.iterations());
}

#define KHONHA_SEARCH_BENCH(name, shape)                               \
  void name(benchmark::State& state) { RunSearches(state, shape, #name); } \
  BENCHMARK(name)->ArgName("cache")->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMicrosecond)

KHONHA_SEARCH_BENCH(BM_SearchTop10, Shape::kTop10);
KHONHA_SEARCH_BENCH(BM_SearchTop10Facets8, Shape::kTop10Facets);
KHONHA_SEARCH_BENCH(BM_SearchBrowseFacets8, Shape::kBrowseFacets);
KHONHA_SEARCH_BENCH(BM_SearchFilteredFacets8, Shape::kFilteredFacets);
KHONHA_SEARCH_BENCH(BM_SearchTextFiltered, Shape::kTextFiltered);
KHONHA_SEARCH_BENCH(BM_SearchSortedByDate, Shape::kSortedByDate);
KHONHA_SEARCH_BENCH(BM_SearchBrowseSortedByDate, Shape::kBrowseSorted);
KHONHA_SEARCH_BENCH(BM_SearchMixedLog, Shape::kMixed);

}  // namespace

BENCHMARK_MAIN();
