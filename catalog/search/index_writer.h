// Writes one index generation: the Xapian database and its side files.
//
// IndexWriter (full build): Create() on an empty staging directory, Add()
// batches of datasets, Finish().
// IndexUpdater (incremental): Open() on a staging directory that holds a copy
// of the live generation (StagedGeneration::BeginCopy), Upsert()/Delete(),
// Finish(); the live generation itself is never written.
// IndexWriter analyses and writes on `threads` threads in the background
// (Add() queues a batch and returns; Finish() waits): consecutive segments of
// the input go to databases of their own, merged in order by Finish(), so
// document ids follow input order.
// IndexUpdater analyses a batch on `threads` threads and writes documents in
// input order on the calling thread. Neither class is thread-safe itself.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "analyzers/analyzer.h"
#include "catalog/base/status.h"
#include "catalog/model/dataset.h"
#include "catalog/search/index_meta.h"

namespace khonha::search {

struct WriterOptions {
  unsigned threads = 0;  // analysis (and, for a build, writing) threads; 0 = one per core
};

class IndexWriter {
 public:
  // `prototype` is cloned once per analysis thread.
  static Result<std::unique_ptr<IndexWriter>> Create(const std::string& gen_dir,
                                                     const analyzers::Analyzer& prototype,
                                                     const WriterOptions& options = {});
  virtual ~IndexWriter() = default;

  // Queues a batch for indexing (it may still be written when Add returns).
  // A dataset whose id was already added replaces the earlier one (the later
  // record wins), counted in replaced(). Fails with the first error a shard
  // met so far.
  virtual Status Add(std::vector<catalog::Dataset> batch) = 0;

  // Waits for queued batches, commits, merges the shards into the
  // generation's database and writes side files and meta.json.
  virtual Status Finish(IndexMeta meta) = 0;

  virtual uint64_t documents() const = 0;
  virtual uint64_t replaced() const = 0;
};

// Changes a copy of a generation: upserts and deletes by id or name.
class IndexUpdater {
 public:
  static Result<std::unique_ptr<IndexUpdater>> Open(const std::string& gen_dir,
                                                    const analyzers::Analyzer& prototype,
                                                    const WriterOptions& options = {});
  virtual ~IndexUpdater() = default;

  // Adds each dataset, replacing the document with the same id, or failing
  // that the same name (a record re-sent by name). Later records in the
  // batch win over earlier ones.
  virtual Status Upsert(const std::vector<catalog::Dataset>& batch) = 0;

  // Removes the datasets whose id or name is `id_or_name`; false when none matched.
  virtual Result<bool> Delete(const std::string& id_or_name) = 0;

  // Commits the database and rewrites side files (catalog objects merged with
  // those of the upserted records) and meta.json.
  virtual Status Finish(IndexMeta meta) = 0;

  virtual uint64_t added() const = 0;     // new datasets
  virtual uint64_t replaced() const = 0;  // existing datasets replaced
  virtual uint64_t deleted() const = 0;   // datasets removed
  virtual uint64_t documents() const = 0; // datasets in the generation now
};

}  // namespace khonha::search
