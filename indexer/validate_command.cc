#include "indexer/validate_command.h"

#include <iostream>

#include "catalog/search/index_layout.h"
#include "catalog/search/index_stats.h"
#include "indexer/record_pipeline.h"

namespace khonha::indexer {

Result<catalog::QualityReport> RunValidate(const ValidateOptions& options, std::ostream& errors) {
  if (options.sources.empty() == options.index_dir.empty()) {
    return InvalidArgument("give either --source or --index");
  }
  catalog::QualityAccumulator quality(options.report);
  Progress progress(options.progress_mode);
  if (!options.index_dir.empty()) {
    auto ref = search::ResolveCurrent(options.index_dir);
    if (!ref.ok()) return ref.status();
    progress.Stage("validating the records of " + ref->path);
    std::vector<std::string> records;
    KHONHA_RETURN_IF_ERROR(
        search::ForEachStoredRecord(ref->path, [&](const std::string& r) { records.push_back(r); }));
    ValidateRecords(records, options.threads, quality);
    progress.Done(records.size(), records.size());
    return quality.Finish(UtcNow());
  }
  progress.Stage("validating", KnownInputBytes(options.sources));
  PipelineOptions popts;
  popts.sources = options.sources;
  popts.threads = options.threads;
  popts.validate = true;
  popts.cancel = options.cancel;
  popts.progress = &progress;
  PipelineCounts counts;
  Status s = RunPipeline(
      popts,
      [&](std::vector<ParsedRecord>& batch) {
        for (auto& r : batch) quality.Add(r.dataset, r.origin, std::move(r.findings));
        return Status::Ok();
      },
      [&](const std::string& reject) {
        errors << reject << "\n";
        quality.AddRejected(reject);
      },
      counts);
  if (!s.ok()) return s;
  progress.Done(counts.read, counts.read - counts.rejected);
  return quality.Finish(UtcNow());
}

}  // namespace khonha::indexer
