#include "indexer/build_command.h"

#include <unistd.h>

#include <chrono>
#include <ctime>
#include <iostream>
#include <thread>

#include "analyzers/analyzer.h"
#include "catalog/model/ckan_codec.h"
#include "catalog/model/source_reader.h"
#include "catalog/search/index_layout.h"
#include "catalog/search/index_writer.h"
#include "indexer/progress.h"

namespace khonha::indexer {
namespace {

std::string UtcNow() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// Parses a batch of raw records on several threads; keeps input order.
void ParseBatch(std::vector<catalog::RawRecord>& raw, unsigned threads,
                std::vector<catalog::Dataset>& ok, std::vector<std::string>& errors) {
  std::vector<Result<catalog::Dataset>> parsed(raw.size(), InvalidArgument("unparsed"));
  auto work = [&](size_t first, size_t step) {
    for (size_t i = first; i < raw.size(); i += step) {
      if (!raw[i].error.empty()) {
        parsed[i] = InvalidArgument(raw[i].error);
      } else {
        parsed[i] = catalog::ParsePackage(raw[i].text);
      }
    }
  };
  const size_t n = std::min<size_t>(threads, std::max<size_t>(1, raw.size() / 16));
  if (n <= 1) {
    work(0, 1);
  } else {
    std::vector<std::thread> pool;
    for (size_t t = 0; t < n; ++t) pool.emplace_back(work, t, n);
    for (auto& th : pool) th.join();
  }
  for (size_t i = 0; i < raw.size(); ++i) {
    if (parsed[i].ok()) {
      ok.push_back(std::move(parsed[i]).value());
    } else {
      errors.push_back(raw[i].origin + ": " + parsed[i].status().message());
    }
  }
}

}  // namespace

Result<BuildSummary> RunBuild(const BuildOptions& options, std::ostream& errors) {
  const auto started = std::chrono::steady_clock::now();
  if (options.sources.empty()) return InvalidArgument("no --source given");
  if (options.index_dir.empty()) return InvalidArgument("no --index given");
  const unsigned threads =
      options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());

  auto staged = search::StagedGeneration::Begin(options.index_dir);
  if (!staged.ok()) return staged.status();
  auto analyzer = analyzers::Analyzer::Create();
  if (!analyzer.ok()) return analyzer.status();
  search::WriterOptions wopts;
  wopts.threads = threads;
  auto writer = search::IndexWriter::Create(staged->dir(), **analyzer, wopts);
  if (!writer.ok()) return writer.status();

  BuildSummary summary;
  Progress progress(options.progress, "indexing");
  std::vector<catalog::RawRecord> batch;
  Status batch_status;
  auto flush = [&]() {
    if (batch.empty() || !batch_status.ok()) return;
    std::vector<catalog::Dataset> datasets;
    std::vector<std::string> bad;
    ParseBatch(batch, threads, datasets, bad);
    for (const auto& e : bad) errors << e << "\n";
    summary.records_rejected += bad.size();
    batch_status = (*writer)->Add(datasets);
    batch.clear();
    progress.Update(summary.records_read, (*writer)->documents());
  };
  for (const auto& source : options.sources) {
    Status s = catalog::ReadSource(source, [&](catalog::RawRecord&& r) {
      if (options.cancel && options.cancel->load()) return;
      ++summary.records_read;
      batch.push_back(std::move(r));
      if (batch.size() >= options.batch_size) flush();
    });
    if (!s.ok()) return s;  // staged generation is discarded
    if (!batch_status.ok()) return batch_status;
    if (options.cancel && options.cancel->load()) {
      return Unavailable("build cancelled; the served index was not changed");
    }
  }
  flush();
  KHONHA_RETURN_IF_ERROR(batch_status);
  progress.Done(summary.records_read, (*writer)->documents());
  if ((*writer)->documents() == 0) {
    return FailedPrecondition("no valid records found in the sources; the index was not replaced");
  }

  search::IndexMeta meta;
  meta.generation = staged->number();
  meta.built_at = UtcNow();
  meta.records_read = summary.records_read;
  meta.records_rejected = summary.records_rejected;
  meta.sources = options.sources;
  meta.build_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  KHONHA_RETURN_IF_ERROR((*writer)->Finish(meta));
  if (options.cancel && options.cancel->load()) {
    return Unavailable("build cancelled; the served index was not changed");
  }
  KHONHA_RETURN_IF_ERROR(staged->Publish());

  summary.records_indexed = (*writer)->documents();
  summary.records_replaced = (*writer)->replaced();
  summary.generation = staged->number();
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace khonha::indexer
