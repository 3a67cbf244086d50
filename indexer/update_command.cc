#include "indexer/update_command.h"

#include <chrono>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "analyzers/analyzer.h"
#include "catalog/model/quality_codec.h"
#include "catalog/model/quality_ledger.h"
#include "catalog/search/index_stats.h"
#include "catalog/search/index_writer.h"
#include "indexer/build_command.h"
#include "indexer/record_pipeline.h"

namespace khonha::indexer {
namespace {

// The staged copy's ledger, or nothing when the generation has none (built
// before ledgers existed, or by a build that does not write one) or it
// cannot be read: the update then re-validates every stored record.
std::optional<catalog::QualityLedger> LoadLedger(const std::string& gen_dir) {
  std::ifstream in(gen_dir + "/" + kQualityLedgerFile, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buf;
  buf << in.rdbuf();
  auto ledger = catalog::QualityLedger::Parse(buf.str());
  if (!ledger.ok()) return std::nullopt;
  return std::move(*ledger);
}

}  // namespace

Status WriteQualityLedger(const std::string& gen_dir, const catalog::QualityLedger& ledger) {
  const std::string path = gen_dir + "/" + kQualityLedgerFile;
  std::ofstream out(path, std::ios::trunc | std::ios::binary);
  out << ledger.Serialize();
  out.flush();
  return out ? Status::Ok() : Internal("cannot write " + path);
}

Result<UpdateSummary> RunUpdate(const UpdateOptions& options, std::ostream& errors) {
  const auto started = std::chrono::steady_clock::now();
  if (options.index_dir.empty()) return InvalidArgument("no --index given");
  if (options.sources.empty() && options.deletes.empty()) {
    return InvalidArgument("nothing to do: give --source and/or --delete");
  }
  const unsigned threads = EffectiveThreads(options.threads);
  auto lock = search::WriterLock::Acquire(options.index_dir, {options.wait_for_lock});
  if (!lock.ok()) return lock.status();
  Progress progress(options.progress_mode);
  progress.Stage("copying the live generation");
  auto staged = search::StagedGeneration::BeginCopy(options.index_dir);
  if (!staged.ok()) return staged.status();
  // The lexicon of the generation being updated (its copied lexicon.txt),
  // so that upserted datasets are analysed like the rest of the index.
  analyzers::AnalyzerOptions analyzer_options;
  analyzer_options.extra_words = search::ReadLexiconWords(staged->dir());
  auto analyzer = analyzers::Analyzer::Create(analyzer_options);
  if (!analyzer.ok()) return analyzer.status();
  search::WriterOptions wopts;
  wopts.threads = threads;
  auto updater = search::IndexUpdater::Open(staged->dir(), **analyzer, wopts);
  if (!updater.ok()) return updater.status();
  auto old_meta = search::ReadMeta(staged->dir());
  // Kept in step with the index: only changed records are validated.
  std::optional<catalog::QualityLedger> ledger = LoadLedger(staged->dir());
  if (ledger && ledger->generation() != staged->base_number()) ledger.reset();

  UpdateSummary summary;
  PipelineCounts counts;
  if (!options.sources.empty()) {
    progress.Stage("reading and applying records", KnownInputBytes(options.sources));
    PipelineOptions popts;
    popts.sources = options.sources;
    popts.threads = threads;
    popts.validate = ledger.has_value();
    popts.batch_size = options.batch_size;
    popts.cancel = options.cancel;
    popts.progress = &progress;
    Status s = RunPipeline(
        popts,
        [&](std::vector<ParsedRecord>& batch) -> Status {
          std::vector<catalog::Dataset> upserts;
          for (auto& r : batch) {
            if (r.dataset.state == "deleted") {
              // Flush earlier upserts first so the input order is kept.
              KHONHA_RETURN_IF_ERROR((*updater)->Upsert(upserts));
              upserts.clear();
              auto found = (*updater)->Delete(r.dataset.id);
              if (!found.ok()) return found.status();
              if (!*found && !r.dataset.name.empty() && r.dataset.name != r.dataset.id) {
                found = (*updater)->Delete(r.dataset.name);
                if (!found.ok()) return found.status();
              }
              if (!*found) ++summary.not_found;
              if (ledger && ledger->Delete(r.dataset.id) == 0 && !r.dataset.name.empty() &&
                  r.dataset.name != r.dataset.id) {
                ledger->Delete(r.dataset.name);
              }
            } else {
              if (ledger) {
                ledger->Upsert(catalog::MakeRecordQuality(r.dataset, r.origin, std::move(r.findings)));
              }
              upserts.push_back(std::move(r.dataset));
            }
          }
          return (*updater)->Upsert(upserts);
        },
        [&](const std::string& reject) { errors << reject << "\n"; }, counts);
    if (!s.ok()) return s;
    progress.Done(counts.read, counts.read - counts.rejected);
    if (counts.read > 0 && counts.read == counts.rejected && options.deletes.empty()) {
      return FailedPrecondition("no valid records found in the sources; the index was not changed");
    }
  }
  for (const auto& id : options.deletes) {
    auto found = (*updater)->Delete(id);
    if (!found.ok()) return found.status();
    if (ledger) ledger->Delete(id);
    if (!*found) {
      ++summary.not_found;
      errors << "--delete " << id << ": no dataset has this id or name\n";
    }
  }
  if (options.cancel && options.cancel->load()) {
    return Unavailable("interrupted; the served index was not changed");
  }
  summary.records_read = counts.read;
  summary.records_rejected = counts.rejected;
  summary.added = (*updater)->added();
  summary.replaced = (*updater)->replaced();
  summary.deleted = (*updater)->deleted();
  summary.generation = staged->base_number();
  if (summary.added + summary.replaced + summary.deleted == 0) {
    summary.datasets = (*updater)->documents();
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return summary;  // nothing changed: the staged copy is discarded
  }

  progress.Stage("committing, re-validating and publishing");
  search::IndexMeta meta = old_meta.ok() ? *old_meta : search::IndexMeta{};
  meta.generation = staged->number();
  meta.built_at = UtcNow();
  meta.records_read = counts.read;
  meta.records_rejected = counts.rejected;
  for (const auto& s : options.sources) meta.sources.push_back("update: " + s);
  meta.build_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  KHONHA_RETURN_IF_ERROR((*updater)->Finish(meta));
  summary.datasets = (*updater)->documents();

  // The report describes the records now in the index. With a ledger that
  // agrees with the index, only the changed records were validated (in the
  // pipeline); otherwise every stored record is read and validated again,
  // and the ledger written for the next update.
  catalog::QualityAccumulator quality;
  if (ledger && ledger->size() == summary.datasets) {
    ledger->AddTo(quality);
  } else {
    progress.Stage("re-validating every stored record (no usable quality ledger)");
    ledger.emplace();
    quality.KeepRecordsIn(&*ledger);
    std::vector<std::string> records;
    records.reserve(summary.datasets);
    KHONHA_RETURN_IF_ERROR(search::ForEachStoredRecord(
        staged->dir(), [&](const std::string& r) { records.push_back(r); }));
    ValidateRecords(records, threads, quality);
    quality.KeepRecordsIn(nullptr);
  }
  KHONHA_RETURN_IF_ERROR(
      WriteQualityFile(staged->dir(), catalog::QualityReportToJson(quality.Finish(meta.built_at))));
  ledger->set_generation(staged->number());
  KHONHA_RETURN_IF_ERROR(WriteQualityLedger(staged->dir(), *ledger));
  if (options.cancel && options.cancel->load()) {
    return Unavailable("interrupted; the served index was not changed");
  }
  KHONHA_RETURN_IF_ERROR(staged->Publish(options.publish));
  progress.Done(counts.read, summary.added + summary.replaced + summary.deleted);
  summary.generation = staged->number();
  summary.published = true;
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace khonha::indexer
