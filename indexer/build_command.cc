#include "indexer/build_command.h"

#include <chrono>
#include <fstream>
#include <iostream>

#include "analyzers/analyzer.h"
#include "catalog/model/quality_codec.h"
#include "catalog/model/quality_ledger.h"
#include "catalog/search/index_writer.h"
#include "indexer/record_pipeline.h"
#include "indexer/update_command.h"

namespace khonha::indexer {

Status WriteQualityFile(const std::string& gen_dir, const std::string& report_json) {
  const std::string path = gen_dir + "/" + search::kQualityFile;
  std::ofstream out(path, std::ios::trunc | std::ios::binary);
  out << report_json << "\n";
  out.flush();
  return out ? Status::Ok() : Internal("cannot write " + path);
}

Result<BuildSummary> RunBuild(const BuildOptions& options, std::ostream& errors) {
  const auto started = std::chrono::steady_clock::now();
  if (options.sources.empty()) return InvalidArgument("no --source given");
  if (options.index_dir.empty()) return InvalidArgument("no --index given");
  const unsigned threads = EffectiveThreads(options.threads);

  auto lock = search::WriterLock::Acquire(options.index_dir, {options.wait_for_lock});
  if (!lock.ok()) return lock.status();
  auto staged = search::StagedGeneration::Begin(options.index_dir);
  if (!staged.ok()) return staged.status();
  // The catalog's own vocabulary (tags, agency titles) joins the lexicon;
  // the generation keeps the words so that queries are analysed alike.
  analyzers::AnalyzerOptions analyzer_options;
  analyzer_options.extra_words = search::ReadLexiconWordsFromSources(options.sources);
  auto analyzer = analyzers::Analyzer::Create(analyzer_options);
  if (!analyzer.ok()) return analyzer.status();
  search::WriterOptions wopts;
  wopts.threads = threads;
  auto writer = search::IndexWriter::Create(staged->dir(), **analyzer, wopts);
  if (!writer.ok()) return writer.status();

  Progress progress(options.progress ? ProgressMode::kTty : options.progress_mode);
  progress.Stage("reading and indexing", KnownInputBytes(options.sources));
  catalog::QualityAccumulator quality;
  // Per-record findings, so that a later `update` folds in only what changed,
  // written as they come. (With duplicate ids it holds more entries than the
  // index; update then re-validates once and writes an exact one.)
  auto ledger = catalog::QualityLedgerWriter::Create(staged->dir() + "/" + kQualityLedgerFile,
                                                     staged->number());
  if (!ledger.ok()) return ledger.status();
  quality.StreamRecordsTo(ledger->get());
  PipelineOptions popts;
  popts.sources = options.sources;
  popts.threads = threads;
  popts.batch_size = options.batch_size;
  popts.validate = true;
  popts.cancel = options.cancel;
  popts.progress = &progress;
  PipelineCounts counts;
  Status s = RunPipeline(
      popts,
      [&](std::vector<ParsedRecord>& batch) {
        std::vector<catalog::Dataset> datasets;
        datasets.reserve(batch.size());
        for (auto& r : batch) {
          quality.Add(r.dataset, r.origin, std::move(r.findings));
          datasets.push_back(std::move(r.dataset));
        }
        return (*writer)->Add(std::move(datasets));
      },
      [&](const std::string& reject) {
        errors << reject << "\n";
        quality.AddRejected(reject);
      },
      counts);
  if (!s.ok()) return s;  // the staged generation is discarded
  progress.Done(counts.read, (*writer)->documents());

  BuildSummary summary;
  summary.records_read = counts.read;
  summary.records_rejected = counts.rejected;
  if ((*writer)->documents() == 0) {
    return FailedPrecondition("no valid records found in the sources; the index was not replaced");
  }
  progress.Stage("committing and publishing");
  search::IndexMeta meta;
  meta.generation = staged->number();
  meta.built_at = UtcNow();
  meta.records_read = counts.read;
  meta.records_rejected = counts.rejected;
  meta.sources = options.sources;
  meta.build_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  KHONHA_RETURN_IF_ERROR((*writer)->Finish(meta));
  KHONHA_RETURN_IF_ERROR(search::WriteLexiconWords(staged->dir(), analyzer_options.extra_words));
  // Duplicate ids were replaced in the index; the report counts each record
  // read, which is what a steward fixes at the source.
  const catalog::QualityReport report = quality.Finish(meta.built_at);
  KHONHA_RETURN_IF_ERROR(WriteQualityFile(staged->dir(), catalog::QualityReportToJson(report)));
  KHONHA_RETURN_IF_ERROR((*ledger)->Close());
  if (options.cancel && options.cancel->load()) {
    return Unavailable("interrupted; the served index was not changed");
  }
  KHONHA_RETURN_IF_ERROR(staged->Publish(options.publish));
  progress.Done(counts.read, (*writer)->documents());

  summary.records_indexed = (*writer)->documents();
  summary.records_replaced = (*writer)->replaced();
  summary.records_conforming = report.conforming;
  summary.generation = staged->number();
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace khonha::indexer
