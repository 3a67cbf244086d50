#include "catalog/model/quality_ledger.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace khonha::catalog {
namespace {

constexpr std::string_view kHeader = "khonha-quality-ledger\t2\t";  // + generation

void AppendEscaped(std::string& out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
}

std::string Header(uint64_t generation) {
  std::string out(kHeader);
  out += std::to_string(generation);
  out += '\n';
  return out;
}

// One record's line: id, name, title, agency, origin, finding count, then
// severity, field, rule and message of each finding.
void AppendLine(std::string& out, const RecordQuality& r) {
  for (const std::string* s : {&r.id, &r.name, &r.title, &r.agency, &r.origin}) {
    AppendEscaped(out, *s);
    out += '\t';
  }
  out += std::to_string(r.findings.size());
  for (const auto& f : r.findings) {
    out += f.severity == Severity::kWarning ? "\tW\t" : "\tE\t";
    AppendEscaped(out, f.field);
    out += '\t';
    AppendEscaped(out, f.rule);
    out += '\t';
    AppendEscaped(out, f.message);
  }
  out += '\n';
}

std::string Unescape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    const char c = s[++i];
    out += c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c;
  }
  return out;
}

// Splits one line on tabs (escaped tabs are "\t", never a raw tab).
std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

}  // namespace

std::vector<uint64_t> QualityLedger::Matches(const std::string& id, const std::string& name) const {
  std::vector<uint64_t> out;
  if (!id.empty()) {
    auto [b, e] = by_id_.equal_range(id);
    for (auto it = b; it != e; ++it) out.push_back(it->second);
  }
  if (out.empty() && !name.empty()) {
    auto [b, e] = by_name_.equal_range(name);
    for (auto it = b; it != e; ++it) out.push_back(it->second);
  }
  return out;
}

void QualityLedger::Erase(uint64_t key) {
  auto it = entries_.find(key);
  if (it == entries_.end()) return;
  auto drop = [key](std::unordered_multimap<std::string, uint64_t>& index, const std::string& k) {
    auto [b, e] = index.equal_range(k);
    for (auto i = b; i != e; ++i) {
      if (i->second == key) {
        index.erase(i);
        return;
      }
    }
  };
  drop(by_id_, it->second.id);
  drop(by_name_, it->second.name);
  entries_.erase(it);
}

void QualityLedger::Upsert(RecordQuality r) {
  for (uint64_t key : Matches(r.id, r.name)) Erase(key);
  Insert(std::move(r));
}

void QualityLedger::Insert(RecordQuality r) {
  const uint64_t key = next_key_++;
  by_id_.emplace(r.id, key);
  by_name_.emplace(r.name, key);
  entries_.emplace(key, std::move(r));
}

size_t QualityLedger::Delete(const std::string& id_or_name) {
  const std::vector<uint64_t> keys = Matches(id_or_name, id_or_name);
  for (uint64_t key : keys) Erase(key);
  return keys.size();
}

void QualityLedger::AddTo(QualityAccumulator& quality) const {
  for (const auto& [key, r] : entries_) quality.Add(r);
}

std::string QualityLedger::Serialize() const {
  // Written in key (insertion) order so the file is deterministic.
  std::vector<uint64_t> keys;
  keys.reserve(entries_.size());
  for (const auto& [key, r] : entries_) keys.push_back(key);
  std::sort(keys.begin(), keys.end());
  std::string out = Header(generation_);
  for (uint64_t key : keys) AppendLine(out, entries_.at(key));
  return out;
}

Result<std::unique_ptr<QualityLedgerWriter>> QualityLedgerWriter::Create(const std::string& path,
                                                                         uint64_t generation) {
  auto w = std::unique_ptr<QualityLedgerWriter>(new QualityLedgerWriter(path));
  w->out_.open(path, std::ios::trunc | std::ios::binary);
  if (!w->out_) return Internal("cannot write " + path);
  w->out_ << Header(generation);
  return w;
}

void QualityLedgerWriter::Insert(const RecordQuality& r) {
  line_.clear();
  AppendLine(line_, r);
  out_ << line_;
}

Status QualityLedgerWriter::Close() {
  out_.flush();
  const bool ok = static_cast<bool>(out_);
  out_.close();
  return ok ? Status::Ok() : Internal("cannot write " + path_);
}

Result<QualityLedger> QualityLedger::Parse(std::string_view text) {
  const size_t header_end = text.find('\n');
  if (header_end == std::string_view::npos || text.substr(0, kHeader.size()) != kHeader ||
      header_end == kHeader.size()) {
    return InvalidArgument("not a quality ledger (unknown header)");
  }
  QualityLedger ledger;
  ledger.generation_ =
      std::strtoull(std::string(text.substr(kHeader.size(), header_end - kHeader.size())).c_str(), nullptr, 10);
  size_t pos = header_end + 1;
  size_t line_no = 1;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (line.empty()) continue;
    const std::vector<std::string_view> cols = SplitTabs(line);
    auto bad = [&] { return InvalidArgument("quality ledger line " + std::to_string(line_no) + " is malformed"); };
    if (cols.size() < 6) return bad();
    const size_t n = std::strtoull(std::string(cols[5]).c_str(), nullptr, 10);
    if (cols.size() != 6 + 4 * n) return bad();
    RecordQuality r;
    r.id = Unescape(cols[0]);
    r.name = Unescape(cols[1]);
    r.title = Unescape(cols[2]);
    r.agency = Unescape(cols[3]);
    r.origin = Unescape(cols[4]);
    r.findings.reserve(n);
    for (size_t i = 0; i < n; ++i) {
      const size_t c = 6 + 4 * i;
      Finding f{Unescape(cols[c + 1]), Unescape(cols[c + 2]),
                cols[c] == "W" ? Severity::kWarning : Severity::kError, Unescape(cols[c + 3])};
      (f.severity == Severity::kError ? r.errors : r.warnings)++;
      r.findings.push_back(std::move(f));
    }
    ledger.Insert(std::move(r));  // one entry per document, as stored
  }
  return ledger;
}

}  // namespace khonha::catalog
