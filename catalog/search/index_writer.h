// Writes one index generation: the Xapian database and its side files.
//
// Usage: Create() on a staging directory, Add() batches of datasets, Finish().
// Analysis of a batch runs on `threads` threads; documents are then added to
// the database in input order by the calling thread. Not thread-safe itself.
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
  unsigned threads = 0;  // analysis threads; 0 = one per core
};

class IndexWriter {
 public:
  // `prototype` is cloned once per analysis thread.
  static Result<std::unique_ptr<IndexWriter>> Create(const std::string& gen_dir,
                                                     const analyzers::Analyzer& prototype,
                                                     const WriterOptions& options = {});
  virtual ~IndexWriter() = default;

  // Indexes a batch. A dataset whose id was already added replaces the
  // earlier one (the later record wins), counted in replaced().
  virtual Status Add(const std::vector<catalog::Dataset>& batch) = 0;

  // Commits the database and writes side files and meta.json.
  virtual Status Finish(IndexMeta meta) = 0;

  virtual uint64_t documents() const = 0;
  virtual uint64_t replaced() const = 0;
};

}  // namespace khonha::search
