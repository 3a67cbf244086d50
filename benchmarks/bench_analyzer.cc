// Analyzer throughput on real catalog text.
//
// Workloads (corpus: titles and notes of ../shared/data/datagoth/datagoth-1236.jsonl,
// 1,236 data.go.th records, mostly Thai; skipped with an error when absent):
//   BM_AnalyzerThai            the whole chain (Analyze) with sub-words, per record
//   BM_AnalyzerThaiNoSubwords  the whole chain without sub-word emission
//   BM_AnalyzerSegmentThai     Normalize + Segment only (what the eval tool measures)
//   BM_AnalyzerNormalizeThai   Normalize only (repair + NFC)
//   BM_AnalyzerLatin           the whole chain on the records' English names/URLs
//   BM_AnalyzerCreate          building an Analyzer (lexicon load) and Clone()
// Bytes processed = input bytes. Target: whole chain ≥ 20 MB/s per core on
// Thai text (see docs/analyzers.md for measured numbers).
#include <benchmark/benchmark.h>

#include <fstream>
#include <string>
#include <vector>

#include "analyzers/analyzer.h"

namespace {

using khonha::analyzers::Analyzer;
using khonha::analyzers::AnalyzerOptions;

const char* kCorpus = KHONHA_SOURCE_DIR "/../shared/data/datagoth/datagoth-1236.jsonl";

// The string value of "key" in a one-line JSON object (first occurrence at
// top level or not; good enough for a benchmark corpus). Handles escapes.
std::string StringField(const std::string& line, const std::string& key) {
  std::string needle = "\"" + key + "\": \"";
  size_t p = line.find(needle);
  if (p == std::string::npos) return {};
  std::string out;
  for (size_t i = p + needle.size(); i < line.size(); ++i) {
    char c = line[i];
    if (c == '"') break;
    if (c != '\\' || i + 1 >= line.size()) {
      out.push_back(c);
      continue;
    }
    char e = line[++i];
    switch (e) {
      case 'n': out.push_back('\n'); break;
      case 't': out.push_back('\t'); break;
      case 'r': out.push_back('\r'); break;
      case 'u': {
        if (i + 4 >= line.size()) return out;
        unsigned cp = std::stoul(line.substr(i + 1, 4), nullptr, 16);
        i += 4;
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < line.size() && line[i + 1] == '\\') {
          unsigned lo = std::stoul(line.substr(i + 3, 4), nullptr, 16);
          cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          i += 6;
        }
        if (cp < 0x80) {
          out.push_back(char(cp));
        } else if (cp < 0x800) {
          out.push_back(char(0xC0 | (cp >> 6)));
          out.push_back(char(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
          out.push_back(char(0xE0 | (cp >> 12)));
          out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
          out.push_back(char(0x80 | (cp & 0x3F)));
        } else {
          out.push_back(char(0xF0 | (cp >> 18)));
          out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
          out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
          out.push_back(char(0x80 | (cp & 0x3F)));
        }
        break;
      }
      default: out.push_back(e);
    }
  }
  return out;
}

struct Corpus {
  std::vector<std::string> thai;   // title + notes per record
  std::vector<std::string> latin;  // name + resource URL per record
  size_t thai_bytes = 0, latin_bytes = 0;
};

const Corpus& LoadCorpus() {
  static const Corpus corpus = [] {
    Corpus c;
    std::ifstream in(kCorpus);
    for (std::string line; std::getline(in, line);) {
      std::string text = StringField(line, "title") + "\n" + StringField(line, "notes");
      c.thai_bytes += text.size();
      c.thai.push_back(std::move(text));
      std::string latin = StringField(line, "name") + " " + StringField(line, "url");
      c.latin_bytes += latin.size();
      c.latin.push_back(std::move(latin));
    }
    return c;
  }();
  return corpus;
}

std::unique_ptr<Analyzer> MakeAnalyzer(benchmark::State& state, bool subwords = true) {
  AnalyzerOptions options;
  options.emit_subwords = subwords;
  auto created = Analyzer::Create(options);
  if (!created.ok()) {
    state.SkipWithError(created.status().ToString().c_str());
    return nullptr;
  }
  return std::move(created).value();
}

bool HaveCorpus(benchmark::State& state) {
  if (LoadCorpus().thai.empty()) {
    state.SkipWithError("corpus ../shared/data/datagoth/datagoth-1236.jsonl not found");
    return false;
  }
  return true;
}

void RunAnalyze(benchmark::State& state, bool subwords, bool latin) {
  if (!HaveCorpus(state)) return;
  auto analyzer = MakeAnalyzer(state, subwords);
  if (!analyzer) return;
  const Corpus& corpus = LoadCorpus();
  const auto& texts = latin ? corpus.latin : corpus.thai;
  size_t tokens = 0;
  for (auto _ : state) {
    for (const std::string& text : texts) {
      auto out = analyzer->Analyze(text);
      tokens += out.size();
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(int64_t(state.iterations()) *
                          int64_t(latin ? corpus.latin_bytes : corpus.thai_bytes));
  state.SetItemsProcessed(int64_t(state.iterations() * texts.size()));
  state.counters["tokens/record"] =
      double(tokens) / double(state.iterations() * texts.size());
}

void BM_AnalyzerThai(benchmark::State& state) { RunAnalyze(state, true, false); }
void BM_AnalyzerThaiNoSubwords(benchmark::State& state) { RunAnalyze(state, false, false); }
void BM_AnalyzerLatin(benchmark::State& state) { RunAnalyze(state, true, true); }

void BM_AnalyzerSegmentThai(benchmark::State& state) {
  if (!HaveCorpus(state)) return;
  auto analyzer = MakeAnalyzer(state);
  if (!analyzer) return;
  const Corpus& corpus = LoadCorpus();
  for (auto _ : state) {
    for (const std::string& text : corpus.thai) {
      auto out = analyzer->Segment(text);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(corpus.thai_bytes));
}

void BM_AnalyzerNormalizeThai(benchmark::State& state) {
  if (!HaveCorpus(state)) return;
  auto analyzer = MakeAnalyzer(state);
  if (!analyzer) return;
  const Corpus& corpus = LoadCorpus();
  for (auto _ : state) {
    for (const std::string& text : corpus.thai) {
      auto out = analyzer->Normalize(text);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(corpus.thai_bytes));
}

void BM_AnalyzerCreate(benchmark::State& state) {
  for (auto _ : state) {
    auto analyzer = MakeAnalyzer(state);
    if (!analyzer) return;
    auto clone = analyzer->Clone();
    benchmark::DoNotOptimize(clone.get());
  }
}

BENCHMARK(BM_AnalyzerThai)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AnalyzerThaiNoSubwords)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AnalyzerSegmentThai)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AnalyzerNormalizeThai)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AnalyzerLatin)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AnalyzerCreate)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
