// The per-record validation results of one index generation
// (quality_records.tsv beside quality.json), so that an update re-validates
// only the records it changes and folds them into the report, instead of
// re-reading and re-validating every stored record.
//
// The ledger mirrors the index's identity rules (search::IndexUpdater): a
// record replaces the entries with its id, or failing that its name; a
// delete removes the entries whose id, or failing that name, matches. The
// caller checks size() against the index's document count and falls back to
// a full re-validation when they disagree.
#pragma once

#include <cstdint>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "catalog/base/status.h"
#include "catalog/model/quality_report.h"

namespace khonha::catalog {

// Not thread-safe.
class QualityLedger {
 public:
  // Adds r, replacing the entries with r.id (or, when none, with r.name).
  void Upsert(RecordQuality r);
  // Adds r as a document of its own, whatever its id and name (a stored
  // generation may hold two datasets with one name).
  void Insert(RecordQuality r);
  // Removes the entries whose id is id_or_name, or failing that whose name
  // is; returns how many were removed.
  size_t Delete(const std::string& id_or_name);

  size_t size() const { return entries_.size(); }
  // The index generation the ledger describes (written in its header): a
  // ledger copied forward by a writer that did not maintain it names an
  // older generation and is not trusted.
  uint64_t generation() const { return generation_; }
  void set_generation(uint64_t generation) { generation_ = generation; }
  // Adds every entry to the report being accumulated.
  void AddTo(QualityAccumulator& quality) const;

  // Text form: a header line (format version, generation), then one line per record; tab-separated fields
  // with \\, \t, \n and \r escaped.
  std::string Serialize() const;
  static Result<QualityLedger> Parse(std::string_view text);

 private:
  void Erase(uint64_t key);
  std::vector<uint64_t> Matches(const std::string& id, const std::string& name) const;

  uint64_t generation_ = 0;
  uint64_t next_key_ = 0;
  std::unordered_map<uint64_t, RecordQuality> entries_;
  std::unordered_multimap<std::string, uint64_t> by_id_, by_name_;
};

// Writes a ledger file line by line as records arrive: the file
// QualityLedger::Serialize() makes for the same records inserted in the same
// order, without holding them in memory (a build only inserts; at 1M
// records the in-memory ledger took more than a gigabyte). Not thread-safe.
class QualityLedgerWriter {
 public:
  static Result<std::unique_ptr<QualityLedgerWriter>> Create(const std::string& path,
                                                             uint64_t generation);
  void Insert(const RecordQuality& r);
  // Flushes and closes; an error if any write failed.
  Status Close();

 private:
  explicit QualityLedgerWriter(std::string path) : path_(std::move(path)) {}
  std::string path_;
  std::ofstream out_;
  std::string line_;  // scratch
};

}  // namespace khonha::catalog
