#include "catalog/model/quality_report.h"

#include <algorithm>
#include <cstdio>

#include "catalog/model/quality_ledger.h"

namespace khonha::catalog {
namespace {

bool Worse(const RecordQuality& a, const RecordQuality& b) {
  if (a.errors != b.errors) return a.errors > b.errors;
  if (a.warnings != b.warnings) return a.warnings > b.warnings;
  return a.id < b.id;
}

// Keeps the `limit` worst records; trims only when the list doubles, so
// adding stays amortised O(log n).
void KeepWorst(std::vector<RecordQuality>& list, RecordQuality r, size_t limit) {
  if (limit == 0) return;
  list.push_back(std::move(r));
  if (list.size() >= 2 * limit) {
    std::nth_element(list.begin(), list.begin() + limit, list.end(), Worse);
    list.resize(limit);
  }
}

void FinishWorst(std::vector<RecordQuality>& list, size_t limit) {
  std::sort(list.begin(), list.end(), Worse);
  if (list.size() > limit) list.resize(limit);
}

std::string Percent(double p) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f%%", p);
  return buf;
}

}  // namespace

std::string FieldGroup(const std::string& field) {
  const size_t open = field.find('[');
  const size_t close = field.find(']');
  if (open == std::string::npos || close == std::string::npos || close < open) return field;
  return field.substr(0, open) + field.substr(close + 1);
}

RecordQuality MakeRecordQuality(const Dataset& d, std::string origin, std::vector<Finding> findings) {
  RecordQuality r;
  r.origin = std::move(origin);
  r.id = d.id;
  r.name = d.name;
  r.title = d.title;
  r.agency = !d.organization.title.empty() ? d.organization.title
             : !d.organization.name.empty() ? d.organization.name
                                            : "(no organization)";
  for (const auto& f : findings) (f.severity == Severity::kError ? r.errors : r.warnings)++;
  r.findings = std::move(findings);
  return r;
}

void QualityAccumulator::Add(const Dataset& d, const std::string& origin, std::vector<Finding> findings) {
  Add(MakeRecordQuality(d, origin, std::move(findings)));
}

void QualityAccumulator::Add(RecordQuality r) {
  if (ledger_ != nullptr) ledger_->Insert(r);
  if (writer_ != nullptr) writer_->Insert(r);
  ++report_.records;
  if (r.errors == 0) ++report_.conforming;
  AgencyQuality& a = agencies_[r.agency];
  a.agency = r.agency;
  ++a.records;
  if (r.errors == 0) ++a.conforming;
  a.errors += r.errors;
  a.warnings += r.warnings;
  std::vector<std::string> seen;  // fields counted once per record
  for (const auto& f : r.findings) {
    const std::string group = FieldGroup(f.field);
    FieldQuality& fq = fields_[group];
    fq.field = group;
    ++fq.by_rule[f.rule];
    if (std::find(seen.begin(), seen.end(), group) == seen.end()) {
      seen.push_back(group);
      ++fq.records;
      ++a.by_field[group];
    }
  }
  if (r.errors + r.warnings > 0) {
    KeepWorst(a.worst, r, options_.worst_per_agency);
    KeepWorst(report_.worst, std::move(r), options_.worst_records);
  }
}

void QualityAccumulator::AddRejected(const std::string& origin_and_reason) {
  ++report_.rejected;
  if (report_.rejected_samples.size() < options_.rejected_samples) {
    report_.rejected_samples.push_back(origin_and_reason);
  }
}

QualityReport QualityAccumulator::Finish(std::string generated_at) {
  QualityReport out = std::move(report_);
  out.generated_at = std::move(generated_at);
  for (auto& [name, a] : agencies_) {
    FinishWorst(a.worst, options_.worst_per_agency);
    out.agencies.push_back(std::move(a));
  }
  std::stable_sort(out.agencies.begin(), out.agencies.end(), [](const auto& x, const auto& y) {
    if (x.ConformancePercent() != y.ConformancePercent()) {
      return x.ConformancePercent() < y.ConformancePercent();
    }
    return x.records > y.records;
  });
  for (auto& [name, f] : fields_) out.fields.push_back(std::move(f));
  std::stable_sort(out.fields.begin(), out.fields.end(),
                   [](const auto& x, const auto& y) { return x.records > y.records; });
  FinishWorst(out.worst, options_.worst_records);
  agencies_.clear();
  fields_.clear();
  report_ = {};
  return out;
}

void WriteQualityText(const QualityReport& r, std::ostream& out) {
  out << "GD-Catalog conformance: " << r.conforming << " of " << r.records << " records ("
      << Percent(r.ConformancePercent()) << ") have no errors";
  if (r.rejected) out << "; " << r.rejected << " records could not be read";
  out << "\n";
  for (const auto& s : r.rejected_samples) out << "  unreadable: " << s << "\n";
  out << "\nBy agency (worst first):\n";
  for (const auto& a : r.agencies) {
    char line[64];
    std::snprintf(line, sizeof line, "  %6s  %5llu/%-5llu ", Percent(a.ConformancePercent()).c_str(),
                  static_cast<unsigned long long>(a.conforming),
                  static_cast<unsigned long long>(a.records));
    out << line << a.agency << "  (" << a.errors << " errors, " << a.warnings << " warnings)\n";
  }
  out << "\nBy field (records affected):\n";
  for (const auto& f : r.fields) {
    out << "  " << f.records << "\t" << f.field << "  [";
    bool first = true;
    for (const auto& [rule, n] : f.by_rule) {
      out << (first ? "" : ", ") << rule << " " << n;
      first = false;
    }
    out << "]\n";
  }
  out << "\nWorst records:\n";
  for (const auto& rec : r.worst) {
    out << "  " << (rec.origin.empty() ? rec.id : rec.origin) << "  " << rec.name << "  ("
        << rec.errors << " errors, " << rec.warnings << " warnings) — " << rec.agency << "\n";
    for (const auto& f : rec.findings) {
      out << "      " << SeverityName(f.severity) << ": " << f.message << "\n";
    }
  }
}

}  // namespace khonha::catalog
