#include "server/router.h"

#include <sys/stat.h>

#include <nlohmann/json.hpp>

namespace khonha::server {
namespace {

bool StartsWith(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }

HttpResponse NotFound() {
  HttpResponse r;
  r.status = 404;
  r.content_type = "text/plain;charset=utf-8";
  r.body = "Not found\n";
  return r;
}

}  // namespace

HttpResponse Router::Route(const HttpRequest& req) {
  const std::string& p = req.path;
  for (std::string_view prefix : {"/api/3/action/", "/api/action/", "/get-ckan/"}) {
    if (StartsWith(p, prefix)) {
      std::string action = p.substr(prefix.size());
      if (!action.empty() && action.back() == '/') action.pop_back();
      return api_.Handle(req, action);
    }
  }
  // CKAN's legacy util routes: /api/util/<what> and /api/<1|2>/util/<what>.
  for (std::string_view prefix : {"/api/util/", "/api/1/util/", "/api/2/util/"}) {
    if (StartsWith(p, prefix)) return api_.HandleUtil(req, std::string_view(p).substr(prefix.size()));
  }
  if (p == "/api" || p == "/api/") return CkanApi::Version(3);
  for (int v = 1; v <= 3; ++v) {
    const std::string base = "/api/" + std::to_string(v);
    if (p == base || p == base + "/") return CkanApi::Version(v);
  }
  if (p == "/healthz") return Health();
  if (p == "/stats/quality" || p == "/stats/quality/") return quality_.Handle(req);
  if (StartsWith(p, "/dataset/") && p.find("/download/") != std::string::npos) {
    return downloads_.Handle(req);
  }
  if (p == "/" || p == "/dataset" || p == "/dataset/") return pages_.Search(req);
  if (StartsWith(p, "/dataset/") && p.find('/', 9) == std::string::npos) {
    return pages_.Dataset(req, p.substr(9));
  }
  if (StartsWith(p, "/static/")) return Static(p.substr(1));
  return NotFound();
}

HttpResponse Router::Health() {
  HttpResponse r;
  auto gen = search_.Current();
  nlohmann::json body;
  if (!gen) {
    r.status = 503;
    body = {{"status", "unavailable"}, {"message", "no index loaded"}};
  } else {
    body = {{"status", "ok"},
            {"index_generation", gen->number()},
            {"datasets", gen->meta().records_indexed},
            {"built_at", gen->meta().built_at}};
  }
  r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

HttpResponse Router::Static(const std::string& relative) {
  if (web_root_.empty() || relative.find("..") != std::string::npos) return NotFound();
  const std::string path = web_root_ + "/" + relative;
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return NotFound();
  HttpResponse r;
  r.file_path = path;
  r.file_size = static_cast<uint64_t>(st.st_size);
  if (relative.ends_with(".html")) r.content_type = "text/html;charset=utf-8";
  else if (relative.ends_with(".css")) r.content_type = "text/css;charset=utf-8";
  else if (relative.ends_with(".js")) r.content_type = "application/javascript;charset=utf-8";
  else if (relative.ends_with(".svg")) r.content_type = "image/svg+xml";
  else r.content_type = "application/octet-stream";
  return r;
}

}  // namespace khonha::server
