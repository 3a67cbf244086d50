// The validation report: GD-Catalog conformance per agency and per field,
// with the worst records. Built by `khonha-indexer validate`, written beside
// every index generation (quality.json) and shown by the server at
// /stats/quality.
#pragma once

#include <cstdint>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "catalog/model/dataset.h"
#include "catalog/model/gdc_rules.h"

namespace khonha::catalog {

struct RecordQuality {
  std::string origin;  // "file:line" when known
  std::string id, name, title, agency;
  uint32_t errors = 0, warnings = 0;
  std::vector<Finding> findings;
};

struct AgencyQuality {
  std::string agency;  // organization title (or name)
  uint64_t records = 0;
  uint64_t conforming = 0;  // records without errors
  uint64_t errors = 0, warnings = 0;
  std::map<std::string, uint64_t> by_field;  // field → records with a finding on it
  std::vector<RecordQuality> worst;          // up to worst_per_agency, most errors first
  double ConformancePercent() const { return records ? 100.0 * conforming / records : 100.0; }
};

struct FieldQuality {
  std::string field;
  std::map<std::string, uint64_t> by_rule;  // rule → findings
  uint64_t records = 0;                     // records with a finding on this field
};

struct QualityReport {
  std::string generated_at;  // ISO 8601 UTC
  uint64_t records = 0;      // records validated
  uint64_t conforming = 0;
  uint64_t rejected = 0;     // records that could not be read at all
  std::vector<std::string> rejected_samples;  // "file:line: reason", the first few
  std::vector<AgencyQuality> agencies;        // worst conformance first
  std::vector<FieldQuality> fields;           // most affected records first
  std::vector<RecordQuality> worst;           // most errors first
  double ConformancePercent() const { return records ? 100.0 * conforming / records : 100.0; }
};

class QualityLedger;
class QualityLedgerWriter;

struct QualityOptions {
  size_t worst_records = 20;     // in the whole report
  size_t worst_per_agency = 3;
  size_t rejected_samples = 20;
};

// Accumulates records into a report. Not thread-safe: validate on many
// threads, Add from one.
class QualityAccumulator {
 public:
  explicit QualityAccumulator(QualityOptions options = {}) : options_(options) {}
  void Add(const Dataset& d, const std::string& origin, std::vector<Finding> findings);
  void Add(RecordQuality r);  // r as made by MakeRecordQuality
  // Also keeps every record added from now on in `ledger` (not owned; must
  // outlive the accumulator's use), e.g. to store it beside the report.
  void KeepRecordsIn(QualityLedger* ledger) { ledger_ = ledger; }
  // Or writes each of them to `writer` (not owned; same lifetime rule).
  void StreamRecordsTo(QualityLedgerWriter* writer) { writer_ = writer; }
  void AddRejected(const std::string& origin_and_reason);
  QualityReport Finish(std::string generated_at);

 private:
  QualityOptions options_;
  QualityLedger* ledger_ = nullptr;
  QualityLedgerWriter* writer_ = nullptr;
  QualityReport report_;
  std::map<std::string, AgencyQuality> agencies_;
  std::map<std::string, FieldQuality> fields_;
};

// One record's entry in a report: its identity, agency and findings (with
// the error and warning counts).
RecordQuality MakeRecordQuality(const Dataset& d, std::string origin, std::vector<Finding> findings);

// "maintainer_email" from "resources[2].url" style fields: "resources.url".
std::string FieldGroup(const std::string& field);

// A plain-text rendering for terminals.
void WriteQualityText(const QualityReport& report, std::ostream& out);

}  // namespace khonha::catalog
