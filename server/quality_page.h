// /stats/quality: the GD-Catalog validation report of the served generation
// (its quality.json, written by khonha-indexer build/update), as an HTML page
// or, with ?format=json, as the JSON report itself.
//
// Thread-safe: the parsed report is cached per generation under a mutex.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>

#include "catalog/model/quality_report.h"
#include "server/http.h"
#include "server/search_service.h"

namespace khonha::server {

class QualityPage {
 public:
  explicit QualityPage(SearchService& search) : search_(search) {}
  HttpResponse Handle(const HttpRequest& request);

 private:
  struct Cached {
    uint64_t generation = 0;
    std::string json;
    catalog::QualityReport report;
  };
  std::shared_ptr<const Cached> Load(uint64_t generation, const std::string& gen_dir);

  SearchService& search_;
  std::mutex mu_;
  std::shared_ptr<const Cached> cached_;  // guarded by mu_
};

// The report as a whole HTML page; every value goes through HtmlWriter.
std::string RenderQualityHtml(const catalog::QualityReport& report, uint64_t generation);

}  // namespace khonha::server
