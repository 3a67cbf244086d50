#include "catalog/search/index_writer.h"

#include <algorithm>
#include <thread>
#include <unordered_set>

#include <xapian.h>

#include "catalog/search/document_builder.h"
#include "catalog/search/index_layout.h"
#include "catalog/search/terms.h"

namespace khonha::search {
namespace {

using Builders = std::vector<std::unique_ptr<DocumentBuilder>>;

// Analyses a batch on up to builders.size() threads; documents in input order.
std::vector<Xapian::Document> BuildDocuments(Builders& builders,
                                             const std::vector<catalog::Dataset>& batch) {
  std::vector<Xapian::Document> docs(batch.size());
  const size_t n_threads = std::min(builders.size(), std::max<size_t>(1, batch.size() / 8));
  if (n_threads <= 1) {
    for (size_t i = 0; i < batch.size(); ++i) docs[i] = builders[0]->Build(batch[i]);
    return docs;
  }
  std::vector<std::thread> threads;
  for (size_t t = 0; t < n_threads; ++t) {
    threads.emplace_back([&, t] {
      for (size_t i = t; i < batch.size(); i += n_threads) docs[i] = builders[t]->Build(batch[i]);
    });
  }
  for (auto& th : threads) th.join();
  return docs;
}

// Collects organizations, groups and licences for the side files.
void Remember(const catalog::Dataset& d, CatalogObjects& objects) {
  const auto& o = d.organization;
  const std::string org_key = o.name.empty() ? o.title : o.name;
  if (!org_key.empty()) {
    objects.organizations[org_key] =
        o.json.empty() || o.name.empty() ? MinimalObjectJson(o.id, org_key, o.title) : o.json;
  }
  for (const auto& g : d.groups) {
    if (g.name.empty()) continue;
    objects.groups[g.name] = g.json.empty() ? MinimalObjectJson(g.id, g.name, g.title) : g.json;
  }
  if (!d.license_id.empty()) {
    auto& title = objects.licenses[d.license_id];
    if (title.empty()) title = d.license_title.empty() ? d.license_id : d.license_title;
  }
}

Result<Builders> MakeBuilders(const analyzers::Analyzer& prototype, const WriterOptions& options) {
  unsigned threads = options.threads ? options.threads : std::thread::hardware_concurrency();
  if (threads == 0) threads = 1;
  Builders builders;
  for (unsigned i = 0; i < threads; ++i) {
    builders.push_back(std::make_unique<DocumentBuilder>(prototype.Clone()));
  }
  return builders;
}

class XapianIndexWriter final : public IndexWriter {
 public:
  XapianIndexWriter(std::string gen_dir, Xapian::WritableDatabase db, Builders builders)
      : gen_dir_(std::move(gen_dir)), db_(std::move(db)), builders_(std::move(builders)) {}

  Status Add(const std::vector<catalog::Dataset>& batch) override {
    std::vector<Xapian::Document> docs = BuildDocuments(builders_, batch);
    try {
      for (size_t i = 0; i < batch.size(); ++i) {
        const auto& d = batch[i];
        if (ids_.insert(d.id).second) {
          db_.add_document(docs[i]);
        } else {
          db_.replace_document(KeywordTerm(catalog::kIdTermPrefix, d.id), docs[i]);
          ++replaced_;
        }
        Remember(d, objects_);
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
  std::string gen_dir_;
  Xapian::WritableDatabase db_;
  Builders builders_;
  std::unordered_set<std::string> ids_;
  uint64_t replaced_ = 0;
  CatalogObjects objects_;
};

class XapianIndexUpdater final : public IndexUpdater {
 public:
  XapianIndexUpdater(std::string gen_dir, Xapian::WritableDatabase db, Builders builders,
                     CatalogObjects objects)
      : gen_dir_(std::move(gen_dir)), db_(std::move(db)), builders_(std::move(builders)),
        objects_(std::move(objects)) {}

  Status Upsert(const std::vector<catalog::Dataset>& batch) override {
    std::vector<Xapian::Document> docs = BuildDocuments(builders_, batch);
    try {
      for (size_t i = 0; i < batch.size(); ++i) {
        const auto& d = batch[i];
        std::vector<Xapian::docid> existing = Matches(d.id, d.name);
        if (existing.empty()) {
          db_.add_document(docs[i]);
          ++added_;
        } else {
          db_.replace_document(existing.front(), docs[i]);
          for (size_t k = 1; k < existing.size(); ++k) db_.delete_document(existing[k]);
          ++replaced_;
        }
        Remember(d, objects_);
      }
    } catch (const Xapian::Error& e) {
      return Internal("updating the index failed: " + e.get_description());
    }
    return Status::Ok();
  }

  Result<bool> Delete(const std::string& id_or_name) override {
    try {
      std::vector<Xapian::docid> existing = Matches(id_or_name, id_or_name);
      for (Xapian::docid id : existing) db_.delete_document(id);
      deleted_ += existing.size();
      return !existing.empty();
    } catch (const Xapian::Error& e) {
      return Internal("deleting from the index failed: " + e.get_description());
    }
  }

  Status Finish(IndexMeta meta) override {
    try {
      db_.commit();
      meta.records_indexed = db_.get_doccount();
      db_.close();
    } catch (const Xapian::Error& e) {
      return Internal("committing the index failed: " + e.get_description());
    }
    KHONHA_RETURN_IF_ERROR(WriteCatalogObjects(gen_dir_, objects_));
    return WriteMeta(gen_dir_, meta);
  }

  uint64_t added() const override { return added_; }
  uint64_t replaced() const override { return replaced_; }
  uint64_t deleted() const override { return deleted_; }
  uint64_t documents() const override { return db_.get_doccount(); }

 private:
  // Documents with this id; failing that, with this name.
  std::vector<Xapian::docid> Matches(const std::string& id, const std::string& name) {
    std::vector<Xapian::docid> out;
    auto collect = [&](const std::string& term) {
      for (auto it = db_.postlist_begin(term); it != db_.postlist_end(term); ++it) {
        if (std::find(out.begin(), out.end(), *it) == out.end()) out.push_back(*it);
      }
    };
    if (!id.empty()) collect(KeywordTerm(catalog::kIdTermPrefix, id));
    if (out.empty() && !name.empty()) collect(KeywordTerm(catalog::kNameTermPrefix, name));
    return out;
  }

  std::string gen_dir_;
  Xapian::WritableDatabase db_;
  Builders builders_;
  CatalogObjects objects_;
  uint64_t added_ = 0, replaced_ = 0, deleted_ = 0;
};

}  // namespace

Result<std::unique_ptr<IndexWriter>> IndexWriter::Create(const std::string& gen_dir,
                                                         const analyzers::Analyzer& prototype,
                                                         const WriterOptions& options) {
  auto builders = MakeBuilders(prototype, options);
  if (!builders.ok()) return builders.status();
  try {
    // DB_NO_SYNC: the whole generation is fsynced by the publisher; a crash
    // mid-build leaves only a staging directory that is discarded.
    Xapian::WritableDatabase db(gen_dir + "/" + kXapianSubdir,
                                Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS |
                                    Xapian::DB_NO_SYNC);
    return std::unique_ptr<IndexWriter>(
        std::make_unique<XapianIndexWriter>(gen_dir, std::move(db), std::move(*builders)));
  } catch (const Xapian::Error& e) {
    return Internal("cannot create the index database: " + e.get_description());
  }
}

Result<std::unique_ptr<IndexUpdater>> IndexUpdater::Open(const std::string& gen_dir,
                                                         const analyzers::Analyzer& prototype,
                                                         const WriterOptions& options) {
  auto builders = MakeBuilders(prototype, options);
  if (!builders.ok()) return builders.status();
  auto objects = ReadCatalogObjects(gen_dir);
  if (!objects.ok()) return objects.status();
  try {
    Xapian::WritableDatabase db(gen_dir + "/" + kXapianSubdir,
                                Xapian::DB_OPEN | Xapian::DB_NO_SYNC);
    return std::unique_ptr<IndexUpdater>(std::make_unique<XapianIndexUpdater>(
        gen_dir, std::move(db), std::move(*builders), std::move(*objects)));
  } catch (const Xapian::Error& e) {
    return Internal("cannot open the copied index database: " + e.get_description());
  }
}

}  // namespace khonha::search
