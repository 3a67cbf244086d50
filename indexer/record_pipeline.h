// The indexer's read stage, shared by build, update and validate: sources →
// raw records → parsed (and optionally validated) datasets, in batches, in
// input order. Parsing and validation run on `threads` threads.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "catalog/base/status.h"
#include "catalog/model/dataset.h"
#include "catalog/model/gdc_rules.h"
#include "catalog/model/quality_report.h"
#include "indexer/progress.h"

namespace khonha::indexer {

struct ParsedRecord {
  catalog::Dataset dataset;
  std::string origin;                      // "file:line"
  std::vector<catalog::Finding> findings;  // when validating
};

struct PipelineOptions {
  std::vector<std::string> sources;  // files, or "-" for stdin
  unsigned threads = 0;              // 0 = one per core
  size_t batch_size = 1024;
  bool validate = false;             // run the GD-Catalog rules on each record
  const std::atomic<bool>* cancel = nullptr;
  Progress* progress = nullptr;      // optional
};

struct PipelineCounts {
  uint64_t read = 0;
  uint64_t rejected = 0;
  uint64_t bytes = 0;
};

// Calls on_batch for each batch of parsed records and on_reject with
// "origin: reason" for each record that could not be read. Stops at the
// first failing on_batch, an unreadable source, or cancellation
// (Unavailable).
Status RunPipeline(const PipelineOptions& options,
                   const std::function<Status(std::vector<ParsedRecord>&)>& on_batch,
                   const std::function<void(const std::string&)>& on_reject, PipelineCounts& counts);

// Parses and validates stored package dicts (e.g. a generation's records)
// into `quality`, on `threads` threads.
void ValidateRecords(const std::vector<std::string>& records, unsigned threads,
                     catalog::QualityAccumulator& quality);

// Sum of the sizes of plain (uncompressed, regular) source files; 0 when any
// source's size is unknown (stdin, compressed).
uint64_t KnownInputBytes(const std::vector<std::string>& sources);

unsigned EffectiveThreads(unsigned requested);
std::string UtcNow();

}  // namespace khonha::indexer
