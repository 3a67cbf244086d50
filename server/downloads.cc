#include "server/downloads.h"

#include <sys/stat.h>

#include <algorithm>
#include <cctype>

#include "catalog/model/ckan_codec.h"

namespace khonha::server {
namespace {

HttpResponse Plain(int status, std::string message) {
  HttpResponse r;
  r.status = status;
  r.content_type = "text/plain;charset=utf-8";
  r.body = std::move(message) + "\n";
  return r;
}

std::vector<std::string> Split(const std::string& path) {
  std::vector<std::string> parts;
  size_t start = 1;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string::npos) slash = path.size();
    parts.push_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  return parts;
}

}  // namespace

std::string ContentTypeFor(const std::string& filename) {
  std::string ext = filename.substr(filename.find_last_of('.') + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == "csv") return "text/csv;charset=utf-8";
  if (ext == "json") return "application/json;charset=utf-8";
  if (ext == "geojson") return "application/geo+json";
  if (ext == "xml") return "application/xml";
  if (ext == "pdf") return "application/pdf";
  if (ext == "zip") return "application/zip";
  if (ext == "txt") return "text/plain;charset=utf-8";
  if (ext == "xlsx") return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  return "application/octet-stream";
}

HttpResponse Downloads::Handle(const HttpRequest& request) {
  // dataset/<id>/resource/<rid>/download/<filename>
  auto parts = Split(request.path);
  if (parts.size() != 6 || parts[0] != "dataset" || parts[2] != "resource" || parts[4] != "download") {
    return Plain(404, "Not found");
  }
  const std::string& id = parts[1];
  const std::string& rid = parts[3];
  const std::string& filename = parts[5];
  if (filename.empty() || filename == "." || filename == ".." ||
      filename.find_first_of("\\\"") != std::string::npos ||
      std::any_of(filename.begin(), filename.end(), [](unsigned char c) { return c < 0x20; })) {
    return Plain(400, "Bad request - invalid file name");
  }
  auto searcher = search_.ThreadSearcher();
  if (!searcher.ok()) return Plain(503, "The index is not available; try again shortly");
  search::SearchRequest visibility;
  auto record = (*searcher)->GetRecord(id, visibility);
  if (!record.ok()) {
    return record.status().code() == Code::kPermissionDenied ? Plain(403, "Access denied")
                                                              : Plain(404, "Dataset not found");
  }
  auto dataset = catalog::ParsePackage(*record);
  if (!dataset.ok()) return Plain(500, "Internal Server Error");
  for (const auto& r : dataset->resources) {
    if (r.id != rid) continue;
    const std::string url_file = r.url.substr(r.url.find_last_of('/') + 1);
    if (r.url_type != "upload") {
      if (r.url.empty()) return Plain(404, "Resource has no URL");
      HttpResponse redirect = Plain(302, "Found");
      redirect.headers.emplace_back("Location", r.url);
      return redirect;
    }
    if (url_file != filename || files_root_.empty()) return Plain(404, "File not found");
    const std::string path = files_root_ + "/" + filename;
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return Plain(404, "File not found");
    HttpResponse resp;
    resp.content_type = ContentTypeFor(filename);
    resp.file_path = path;
    resp.file_size = static_cast<uint64_t>(st.st_size);
    resp.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    return resp;
  }
  return Plain(404, "Resource not found");
}

}  // namespace khonha::server
