// Gives each server thread its own Searcher on the live index generation.
//
// Thread-safe. Each calling thread keeps a Searcher (its own Xapian database
// handle and Analyzer clone) and replaces it when IndexHandle publishes a new
// generation, so requests never share a Xapian object and never block on a
// reload.
#pragma once

#include <functional>
#include <memory>

#include "analyzers/analyzer.h"
#include "catalog/search/searcher.h"
#include "server/response_cache.h"

namespace khonha::server {

class SearchService {
 public:
  SearchService(search::IndexHandle& index, const analyzers::Analyzer& prototype)
      : index_(index), prototype_(prototype) {}

  // The calling thread's searcher on the current generation.
  Result<search::Searcher*> ThreadSearcher();

  std::shared_ptr<const search::Generation> Current() const { return index_.Current(); }

  // Whole responses of repeated public requests on the live generation.
  ResponseCache& responses() { return responses_; }

 private:
  search::IndexHandle& index_;
  const analyzers::Analyzer& prototype_;
  ResponseCache responses_;
};

}  // namespace khonha::server
