// Indexing-layer benchmarks on the 1,236 real data.go.th records
// (../shared/data/datagoth/datagoth-1236.jsonl; skipped when absent).
//
// Workloads:
//   BM_IndexParsePackage   CKAN package JSON → Dataset (the codec), per record
//   BM_IndexAnalyzeText    the analyzer over a record's title+notes+tags, per record
//   BM_IndexBuildDocument  Dataset → Xapian::Document (analysis, terms, values,
//                          zstd record), per record, one thread
//   BM_IndexAddDocument    WritableDatabase::add_document of prebuilt documents
//   BM_IndexBuildAll/N     the whole `khonha-indexer build` pipeline into a fresh
//                          index directory with N threads (read, parse,
//                          analyse and write N shards, merge, commit, fsync,
//                          publish), per record of wall time
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include <xapian.h>

#include "analyzers/analyzer.h"
#include "catalog/model/ckan_codec.h"
#include "catalog/search/document_builder.h"
#include "indexer/build_command.h"

namespace {

namespace fs = std::filesystem;

const std::string kSource = std::string(KHONHA_SOURCE_DIR) + "/../shared/data/datagoth/datagoth-1236.jsonl";

const std::vector<std::string>& Lines() {
  static const std::vector<std::string> lines = [] {
    std::vector<std::string> out;
    std::ifstream in(kSource);
    for (std::string line; std::getline(in, line);) {
      if (!line.empty()) out.push_back(line);
    }
    return out;
  }();
  return lines;
}

const std::vector<khonha::catalog::Dataset>& Datasets() {
  static const std::vector<khonha::catalog::Dataset> datasets = [] {
    std::vector<khonha::catalog::Dataset> out;
    for (const auto& l : Lines()) {
      auto d = khonha::catalog::ParsePackage(l);
      if (d.ok()) out.push_back(std::move(*d));
    }
    return out;
  }();
  return datasets;
}

bool Skip(benchmark::State& state) {
  if (Lines().empty()) {
    state.SkipWithError(("missing " + kSource).c_str());
    return true;
  }
  return false;
}

void BM_IndexParsePackage(benchmark::State& state) {
  if (Skip(state)) return;
  size_t bytes = 0, items = 0;
  for (auto _ : state) {
    for (const auto& l : Lines()) {
      auto d = khonha::catalog::ParsePackage(l);
      benchmark::DoNotOptimize(d);
      bytes += l.size();
    }
    items += Lines().size();
  }
  state.SetItemsProcessed(static_cast<int64_t>(items));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

void BM_IndexAnalyzeText(benchmark::State& state) {
  if (Skip(state)) return;
  auto analyzer = khonha::analyzers::Analyzer::Create();
  size_t bytes = 0, items = 0;
  for (auto _ : state) {
    for (const auto& d : Datasets()) {
      for (const std::string* text : {&d.title, &d.notes}) {
        benchmark::DoNotOptimize((*analyzer)->Analyze(*text));
        bytes += text->size();
      }
      for (const auto& t : d.tags) benchmark::DoNotOptimize((*analyzer)->Analyze(t));
    }
    items += Datasets().size();
  }
  state.SetItemsProcessed(static_cast<int64_t>(items));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

void BM_IndexBuildDocument(benchmark::State& state) {
  if (Skip(state)) return;
  auto analyzer = khonha::analyzers::Analyzer::Create();
  khonha::search::DocumentBuilder builder((*analyzer)->Clone());
  size_t items = 0;
  for (auto _ : state) {
    for (const auto& d : Datasets()) benchmark::DoNotOptimize(builder.Build(d));
    items += Datasets().size();
  }
  state.SetItemsProcessed(static_cast<int64_t>(items));
}

void BM_IndexAddDocument(benchmark::State& state) {
  if (Skip(state)) return;
  auto analyzer = khonha::analyzers::Analyzer::Create();
  khonha::search::DocumentBuilder builder((*analyzer)->Clone());
  std::vector<Xapian::Document> docs;
  for (const auto& d : Datasets()) docs.push_back(builder.Build(d));
  const fs::path dir = fs::temp_directory_path() / ("khonha-bench-add-" + std::to_string(getpid()));
  size_t items = 0;
  for (auto _ : state) {
    state.PauseTiming();
    fs::remove_all(dir);
    Xapian::WritableDatabase db(dir.string(), Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_NO_SYNC);
    state.ResumeTiming();
    for (const auto& doc : docs) db.add_document(doc);
    db.commit();
    items += docs.size();
  }
  fs::remove_all(dir);
  state.SetItemsProcessed(static_cast<int64_t>(items));
}

void BM_IndexBuildAll(benchmark::State& state) {
  if (Skip(state)) return;
  // A private parent: a first build locks the parent of its index directory.
  const fs::path parent = fs::temp_directory_path() / ("khonha-bench-build-" + std::to_string(getpid()));
  const fs::path dir = parent / "index";
  fs::create_directories(parent);
  size_t items = 0;
  for (auto _ : state) {
    state.PauseTiming();
    fs::remove_all(dir);
    state.ResumeTiming();
    khonha::indexer::BuildOptions o;
    o.sources = {kSource};
    o.index_dir = dir.string();
    o.threads = static_cast<unsigned>(state.range(0));
    std::ostringstream errors;
    auto r = khonha::indexer::RunBuild(o, errors);
    if (!r.ok()) {
      state.SkipWithError(r.status().ToString().c_str());
      return;
    }
    items += r->records_indexed;
  }
  fs::remove_all(parent);
  state.SetItemsProcessed(static_cast<int64_t>(items));
}

BENCHMARK(BM_IndexParsePackage)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IndexAnalyzeText)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IndexBuildDocument)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IndexAddDocument)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IndexBuildAll)->Unit(benchmark::kMillisecond)->Iterations(3)->Arg(1)->Arg(2)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
