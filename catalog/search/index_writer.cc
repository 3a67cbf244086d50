#include "catalog/search/index_writer.h"

#include <thread>
#include <unordered_set>

#include <xapian.h>

#include "catalog/search/document_builder.h"
#include "catalog/search/index_layout.h"
#include "catalog/search/terms.h"

namespace khonha::search {
namespace {

class XapianIndexWriter final : public IndexWriter {
 public:
  XapianIndexWriter(std::string gen_dir, Xapian::WritableDatabase db,
                    std::vector<std::unique_ptr<DocumentBuilder>> builders)
      : gen_dir_(std::move(gen_dir)), db_(std::move(db)), builders_(std::move(builders)) {}

  Status Add(const std::vector<catalog::Dataset>& batch) override {
    std::vector<Xapian::Document> docs(batch.size());
    const size_t n_threads = std::min(builders_.size(), std::max<size_t>(1, batch.size() / 8));
    if (n_threads <= 1) {
      for (size_t i = 0; i < batch.size(); ++i) docs[i] = builders_[0]->Build(batch[i]);
    } else {
      std::vector<std::thread> threads;
      for (size_t t = 0; t < n_threads; ++t) {
        threads.emplace_back([&, t] {
          for (size_t i = t; i < batch.size(); i += n_threads) docs[i] = builders_[t]->Build(batch[i]);
        });
      }
      for (auto& th : threads) th.join();
    }
    try {
      for (size_t i = 0; i < batch.size(); ++i) {
        const auto& d = batch[i];
        if (ids_.insert(d.id).second) {
          db_.add_document(docs[i]);
        } else {
          db_.replace_document(KeywordTerm(catalog::kIdTermPrefix, d.id), docs[i]);
          ++replaced_;
        }
        Remember(d);
      }
    } catch (const Xapian::Error& e) {
      return Internal("writing the index failed: " + e.get_description());
    }
    return Status::Ok();
  }

  Status Finish(IndexMeta meta) override {
    try {
      db_.commit();
      db_.close();
    } catch (const Xapian::Error& e) {
      return Internal("committing the index failed: " + e.get_description());
    }
    KHONHA_RETURN_IF_ERROR(WriteCatalogObjects(gen_dir_, objects_));
    meta.records_indexed = ids_.size();
    return WriteMeta(gen_dir_, meta);
  }

  uint64_t documents() const override { return ids_.size(); }
  uint64_t replaced() const override { return replaced_; }

 private:
  // Collects organizations, groups and licences for the side files.
  void Remember(const catalog::Dataset& d) {
    const auto& o = d.organization;
    const std::string org_key = o.name.empty() ? o.title : o.name;
    if (!org_key.empty()) {
      objects_.organizations[org_key] =
          o.json.empty() || o.name.empty() ? MinimalObjectJson(o.id, org_key, o.title) : o.json;
    }
    for (const auto& g : d.groups) {
      if (g.name.empty()) continue;
      objects_.groups[g.name] = g.json.empty() ? MinimalObjectJson(g.id, g.name, g.title) : g.json;
    }
    if (!d.license_id.empty()) {
      auto& title = objects_.licenses[d.license_id];
      if (title.empty()) title = d.license_title.empty() ? d.license_id : d.license_title;
    }
  }

  std::string gen_dir_;
  Xapian::WritableDatabase db_;
  std::vector<std::unique_ptr<DocumentBuilder>> builders_;
  std::unordered_set<std::string> ids_;
  uint64_t replaced_ = 0;
  CatalogObjects objects_;
};

}  // namespace

Result<std::unique_ptr<IndexWriter>> IndexWriter::Create(const std::string& gen_dir,
                                                         const analyzers::Analyzer& prototype,
                                                         const WriterOptions& options) {
  unsigned threads = options.threads ? options.threads : std::thread::hardware_concurrency();
  if (threads == 0) threads = 1;
  std::vector<std::unique_ptr<DocumentBuilder>> builders;
  for (unsigned i = 0; i < threads; ++i) {
    builders.push_back(std::make_unique<DocumentBuilder>(prototype.Clone()));
  }
  try {
    // DB_NO_SYNC: the whole generation is fsynced by the publisher; a crash
    // mid-build leaves only a staging directory that is discarded.
    Xapian::WritableDatabase db(gen_dir + "/" + kXapianSubdir,
                                Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS |
                                    Xapian::DB_NO_SYNC);
    return std::unique_ptr<IndexWriter>(
        std::make_unique<XapianIndexWriter>(gen_dir, std::move(db), std::move(builders)));
  } catch (const Xapian::Error& e) {
    return Internal("cannot create the index database: " + e.get_description());
  }
}

}  // namespace khonha::search
