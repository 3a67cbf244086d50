#include "catalog/model/csv_reader.h"

#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

#include "catalog/model/schema.h"

namespace khonha::catalog {
namespace {

using nlohmann::json;

std::string Normalize(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

struct Row {
  size_t line = 0;
  std::vector<std::string> cells;
  std::string error;
};

// Splits CSV text into rows (RFC 4180). `pos` advances past the row.
Row NextRow(std::string_view text, size_t& pos, size_t& line) {
  Row row;
  row.line = line;
  std::string cell;
  bool quoted = false, at_start = true;
  while (pos < text.size()) {
    const char c = text[pos++];
    if (quoted) {
      if (c == '"') {
        if (pos < text.size() && text[pos] == '"') {
          cell += '"';
          ++pos;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        cell += c;
      }
      continue;
    }
    if (c == '"' && at_start) {
      quoted = true;
      at_start = false;
    } else if (c == ',') {
      row.cells.push_back(std::move(cell));
      cell.clear();
      at_start = true;
    } else if (c == '\n') {
      ++line;
      if (!cell.empty() && cell.back() == '\r') cell.pop_back();
      row.cells.push_back(std::move(cell));
      return row;
    } else {
      cell += c;
      at_start = false;
    }
  }
  if (quoted) row.error = "unterminated quoted cell";
  if (!cell.empty() && cell.back() == '\r') cell.pop_back();
  row.cells.push_back(std::move(cell));
  return row;
}

std::vector<std::string> SplitList(const std::string& cell) {
  std::vector<std::string> out;
  if (!cell.empty() && cell.front() == '[') {
    json j = json::parse(cell, nullptr, false);
    if (j.is_array()) {
      for (const auto& v : j) {
        if (v.is_string() && !v.get_ref<const std::string&>().empty()) out.push_back(v.get<std::string>());
      }
      return out;
    }
  }
  const char sep = cell.find(';') != std::string::npos ? ';' : ',';
  size_t start = 0;
  while (start <= cell.size()) {
    size_t end = cell.find(sep, start);
    if (end == std::string::npos) end = cell.size();
    std::string v = cell.substr(start, end - start);
    v.erase(0, v.find_first_not_of(" \t\r\n"));
    v.erase(v.find_last_not_of(" \t\r\n") + 1);
    if (!v.empty()) out.push_back(std::move(v));
    start = end + 1;
  }
  return out;
}

bool IsMultiGdc(const std::string& column) {
  const FieldSpec* f = FindField(column);
  return f != nullptr && f->gdc && f->multi;
}

json RowToPackage(const std::vector<std::string>& header, const Row& row) {
  json pkg = json::object();
  json resource = json::object();
  for (size_t i = 0; i < header.size() && i < row.cells.size(); ++i) {
    const std::string& col = header[i];
    const std::string& cell = row.cells[i];
    if (col.empty() || cell.empty()) continue;
    if (col == "tags") {
      json tags = json::array();
      for (auto& t : SplitList(cell)) tags.push_back({{"name", t}});
      pkg["tags"] = std::move(tags);
    } else if (col == "groups") {
      json groups = json::array();
      for (auto& g : SplitList(cell)) groups.push_back({{"name", g}});
      pkg["groups"] = std::move(groups);
    } else if (col == "organization" || col == "organization_title") {
      pkg["organization"] = {{"title", cell}};
    } else if (col == "resources") {
      json r = json::parse(cell, nullptr, false);
      if (r.is_array()) pkg["resources"] = std::move(r);
    } else if (col.rfind("resource_", 0) == 0 && FindField(col) == nullptr) {
      resource[col.substr(9)] = cell;  // resource_url → url
    } else if (IsMultiGdc(col)) {
      pkg[col] = SplitList(cell);
    } else {
      pkg[col] = cell;
    }
  }
  if (!resource.empty() && !pkg.contains("resources")) pkg["resources"] = json::array({resource});
  return pkg;
}

}  // namespace

bool LooksLikeCsvHeader(std::string_view line) {
  if (line.empty() || line.front() == '{' || line.front() == '[' || line.find(',') == std::string_view::npos) {
    return false;
  }
  size_t pos = 0, n = 0;
  Row header = NextRow(line, pos, n);
  for (const auto& c : header.cells) {
    const std::string name = Normalize(c);
    if (name == "name" || name == "title") return true;
  }
  return false;
}

void ReadCsvRecords(const std::string& path, std::string_view text, size_t first_line,
                    const RecordFn& emit) {
  size_t pos = 0, line = first_line;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  Row header_row = NextRow(text, pos, line);
  std::vector<std::string> header;
  for (const auto& c : header_row.cells) header.push_back(Normalize(c));
  while (pos < text.size()) {
    Row row = NextRow(text, pos, line);
    const std::string origin = path + ":" + std::to_string(row.line);
    if (row.cells.size() == 1 && Normalize(row.cells[0]).empty() && row.error.empty()) continue;
    if (!row.error.empty()) {
      emit({origin, "", row.error});
      continue;
    }
    if (row.cells.size() > header.size()) {
      emit({origin, "",
            "row has " + std::to_string(row.cells.size()) + " cells but the header names " +
                std::to_string(header.size()) + " columns"});
      continue;
    }
    emit({origin, RowToPackage(header, row).dump(-1, ' ', false, json::error_handler_t::replace), ""});
  }
}

}  // namespace khonha::catalog
