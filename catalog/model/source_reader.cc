#include "catalog/model/source_reader.h"

#include <cstring>

#include <nlohmann/json.hpp>

#include "catalog/model/csv_reader.h"
#include "catalog/model/dcat_reader.h"
#include "catalog/model/input_stream.h"

namespace khonha::catalog {
namespace {

using nlohmann::json;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// Yields lines (without the newline) with 1-based line numbers.
class LineReader {
 public:
  explicit LineReader(InputStream& in) : in_(in), buf_(1 << 16) {}

  // false at end of input; a read error is left in status().
  bool Next(std::string& line, size_t& line_no) {
    line.clear();
    for (;;) {
      if (pos_ == len_) {
        if (eof_) {
          if (line.empty() && !partial_) return false;
          partial_ = false;
          line_no = ++line_no_;
          return true;
        }
        auto r = in_.Read(buf_.data(), buf_.size());
        if (!r.ok()) {
          status_ = r.status();
          eof_ = true;
          return false;
        }
        len_ = *r;
        pos_ = 0;
        if (len_ == 0) eof_ = true;
        continue;
      }
      const char* start = buf_.data() + pos_;
      const void* nl = std::memchr(start, '\n', len_ - pos_);
      if (nl == nullptr) {
        line.append(start, len_ - pos_);
        partial_ = true;
        pos_ = len_;
        continue;
      }
      size_t k = static_cast<const char*>(nl) - start;
      line.append(start, k);
      pos_ += k + 1;
      partial_ = false;
      line_no = ++line_no_;
      return true;
    }
  }
  // Everything not yet returned, appended to out.
  void ReadRest(std::string& out) {
    out.append(buf_.data() + pos_, len_ - pos_);
    pos_ = len_;
    while (!eof_) {
      auto r = in_.Read(buf_.data(), buf_.size());
      if (!r.ok()) {
        status_ = r.status();
        break;
      }
      if (*r == 0) break;
      out.append(buf_.data(), *r);
    }
    eof_ = true;
  }
  const Status& status() const { return status_; }

 private:
  InputStream& in_;
  std::vector<char> buf_;
  size_t pos_ = 0, len_ = 0, line_no_ = 0;
  bool eof_ = false, partial_ = false;
  Status status_;
};

std::string Origin(const std::string& path, size_t line) {
  return path + ":" + std::to_string(line);
}

// Splits the top-level elements of the JSON array starting at text[start]
// ('[') without parsing them, so that one broken element does not hide the
// others. Line numbers count from first_line at text[0].
void SplitArray(const std::string& path, const std::string& text, size_t start,
                size_t first_line, const RecordFn& emit) {
  size_t line = first_line;
  size_t i = start + 1;
  const size_t n = text.size();
  for (;;) {
    while (i < n && (IsSpace(text[i]) || text[i] == ',')) {
      if (text[i] == '\n') ++line;
      ++i;
    }
    if (i >= n) {
      emit({Origin(path, line), "", "unterminated JSON array (missing ']')"});
      return;
    }
    if (text[i] == ']') return;
    const size_t elem_start = i, elem_line = line;
    int depth = 0;
    bool in_string = false, escaped = false;
    for (; i < n; ++i) {
      char c = text[i];
      if (c == '\n') ++line;
      if (in_string) {
        if (escaped) escaped = false;
        else if (c == '\\') escaped = true;
        else if (c == '"') in_string = false;
        continue;
      }
      if (c == '"') in_string = true;
      else if (c == '{' || c == '[') ++depth;
      else if (c == '}' || c == ']') {
        if (depth == 0) break;  // the array's own ']'
        --depth;
      } else if (c == ',' && depth == 0) break;
    }
    if (i >= n) {
      emit({Origin(path, elem_line), "", "unterminated JSON value in array"});
      return;
    }
    if (i == elem_start) {
      // A stray closing bracket where a value should start: report it and
      // step over it, so the scan always makes progress.
      emit({Origin(path, elem_line), "", std::string("unexpected '") + text[i] + "' in array"});
      ++i;
      continue;
    }
    emit({Origin(path, elem_line), text.substr(elem_start, i - elem_start), ""});
  }
}

// Emits the records of a parsed CKAN envelope; false if j is not one.
bool EmitEnvelope(const std::string& path, const json& j, const RecordFn& emit) {
  if (!j.is_object() || !j.contains("result") ||
      !(j.contains("success") || j.contains("help"))) {
    return false;
  }
  const json& result = j["result"];
  const json* list = nullptr;
  if (result.is_array()) list = &result;
  else if (result.is_object() && result.contains("results") && result["results"].is_array())
    list = &result["results"];
  auto dump = [](const json& v) { return v.dump(-1, ' ', false, json::error_handler_t::replace); };
  if (list == nullptr) {
    emit({path + ": result", result.is_object() ? dump(result) : "",
          result.is_object() ? "" : "envelope's result holds no package"});
    return true;
  }
  for (size_t k = 0; k < list->size(); ++k) {
    emit({path + ": result[" + std::to_string(k) + "]", dump((*list)[k]), ""});
  }
  return true;
}

void EmitLines(const std::string& path, const std::string& text, size_t first_line,
               const RecordFn& emit) {
  size_t line = first_line, pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string_view l = Trim(std::string_view(text).substr(pos, nl - pos));
    if (!l.empty()) emit({Origin(path, line), std::string(l), ""});
    ++line;
    pos = nl + 1;
  }
}

}  // namespace

Status ReadSource(const std::string& path, const RecordFn& emit) {
  auto in = OpenInput(path);
  if (!in.ok()) return in.status();
  LineReader lines(**in);
  std::string line;
  size_t line_no = 0;
  // First non-blank line decides the shape.
  bool found = false;
  while (lines.Next(line, line_no)) {
    if (line_no == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);  // BOM
    if (!Trim(line).empty()) {
      found = true;
      break;
    }
  }
  KHONHA_RETURN_IF_ERROR(lines.status());
  if (!found) return Status::Ok();  // empty source: nothing to read

  std::string_view first = Trim(line);
  if (LooksLikeCsvHeader(first)) {
    // A CSV export of the GD-Catalog field list.
    const size_t csv_first_line = line_no;
    std::string text = line;
    text += '\n';
    lines.ReadRest(text);
    KHONHA_RETURN_IF_ERROR(lines.status());
    ReadCsvRecords(path, text, csv_first_line, emit);
    return Status::Ok();
  }
  if (first.front() == '{') {
    json j = json::parse(first, nullptr, false);
    const bool envelope = j.is_object() && j.contains("result") &&
                          (j.contains("success") || j.contains("help"));
    const bool json_ld = j.is_object() && (j.contains("@context") || j.contains("@graph"));
    if (j.is_object() && !envelope && !json_ld) {
      // JSON lines: stream, one record per non-blank line.
      emit({Origin(path, line_no), std::string(first), ""});
      while (lines.Next(line, line_no)) {
        std::string_view l = Trim(line);
        if (!l.empty()) emit({Origin(path, line_no), std::string(l), ""});
      }
      return lines.status();
    }
  }
  // A whole document: array, envelope, a pretty-printed package, or JSON
  // lines whose first line is broken.
  const size_t doc_first_line = line_no;
  std::string text = line;
  text += '\n';
  lines.ReadRest(text);
  KHONHA_RETURN_IF_ERROR(lines.status());
  size_t start = text.find_first_not_of(" \t\r\n");
  if (text[start] == '[') {
    SplitArray(path, text, start, doc_first_line, emit);
    return Status::Ok();
  }
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded()) {
    EmitLines(path, text, doc_first_line, emit);
    return Status::Ok();
  }
  // DCAT JSON-LD (a catalog or a graph of dcat:Dataset nodes).
  if (j.is_object() && !j.contains("result") && ReadDcatRecords(path, text, doc_first_line, emit)) {
    return Status::Ok();
  }
  if (!EmitEnvelope(path, j, emit)) {
    emit({Origin(path, doc_first_line), j.dump(-1, ' ', false, json::error_handler_t::replace),
          ""});
  }
  return Status::Ok();
}

Result<std::string> ReadAllDecompressed(const std::string& path) {
  auto in = OpenInput(path);
  if (!in.ok()) return in.status();
  std::string out;
  std::vector<char> buf(1 << 16);
  for (;;) {
    auto r = (*in)->Read(buf.data(), buf.size());
    if (!r.ok()) return r.status();
    if (*r == 0) break;
    out.append(buf.data(), *r);
  }
  return out;
}

}  // namespace khonha::catalog
