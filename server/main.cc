// khonha-server: serves a khonha index over the CKAN Action API, the web UI
// and resource downloads.
//
// The object graph is built here and passed down: options → index handle →
// search service → handler groups → router → HTTP adapter.
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "analyzers/analyzer.h"
#include "catalog/search/searcher.h"
#include "server/auth_tokens.h"
#include "server/ckan_api.h"
#include "server/downloads.h"
#include "server/http_server.h"
#include "server/router.h"
#include "server/search_service.h"
#include "server/server_config.h"
#include "server/web_pages.h"

namespace {

constexpr const char* kUsage = R"(usage: khonha-server --index DIR [options]
       khonha-server --config FILE [options]

Serves the khonha index in DIR (built by khonha-indexer) and follows new
generations published there without a restart.

options:
  --index DIR        index directory (required, here or in --config)
  --config FILE      settings as JSON, by the names below: {"index": "idx",
                     "port": 8080, "bind": "0.0.0.0", "threads": 2,
                     "web_root": "web", "files_root": "files",
                     "rows_max": 1000, "auth_tokens": "tokens.json"};
                     relative paths are from the file's directory, and
                     flags override the file
  --port N           TCP port (default 8080; 0 = any free port)
  --bind ADDR        IPv4 address to listen on (default 127.0.0.1)
  --threads N        HTTP worker threads (default: one per core)
  --web-root DIR     directory of the web UI's files (default: none)
  --files-root DIR   directory holding uploaded resource files (default: none)
  --rows-max N       largest rows a search may return (default 1000)
  --auth-tokens FILE API tokens for the Authorization header (JSON:
                     {"tokens": {"TOKEN": {"organizations": ["org-name"]},
                                 "TOKEN2": {"sysadmin": true}}});
                     without it every caller is anonymous
  -h, --help         this help

Stops cleanly on Ctrl-C (SIGINT) or SIGTERM. SIGHUP reloads: the config
file and the tokens file are read again and rows_max and the API tokens
change at once (a file that fails to load is reported and the running
settings are kept; port, bind, threads, index and the roots take effect on
restart); the index pointer (DIR/CURRENT) is re-read at once instead of at
the next poll, and the new generation's side files and quality report are
loaded.
)";

int Fail(const std::string& message) {
  std::cerr << "khonha-server: " << message << "\n";
  return 1;
}

// A whole number within [0, max], or nullopt.
std::optional<uint64_t> ParseNumber(const std::string& s, uint64_t max) {
  if (s.empty() || s.size() > 19 || s.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  const uint64_t n = std::stoull(s);
  return n <= max ? std::optional<uint64_t>(n) : std::nullopt;
}

// The settings that only take effect on restart, by name, for a SIGHUP
// that finds them changed.
std::vector<std::string> RestartOnlyChanges(const khonha::server::ServerConfig& a,
                                            const khonha::server::ServerConfig& b) {
  std::vector<std::string> changed;
  if (a.index != b.index) changed.push_back("index");
  if (a.port != b.port) changed.push_back("port");
  if (a.bind != b.bind) changed.push_back("bind");
  if (a.threads != b.threads) changed.push_back("threads");
  if (a.web_root != b.web_root) changed.push_back("web_root");
  if (a.files_root != b.files_root) changed.push_back("files_root");
  return changed;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace khonha;
  server::ServerConfig flags;
  std::string config_path;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-h" || a == "--help") {
      std::cout << kUsage;
      return 0;
    }
    if (i + 1 >= argc) {
      std::cerr << "khonha-server: unknown or incomplete option '" << a << "'\n\n" << kUsage;
      return 2;
    }
    std::string v = argv[++i];
    auto number = [&](uint64_t max) -> std::optional<uint64_t> {
      auto n = ParseNumber(v, max);
      if (!n) std::cerr << "khonha-server: " << a << " needs a whole number up to " << max << ", not '" << v << "'\n";
      return n;
    };
    if (a == "--index") flags.index = v;
    else if (a == "--config") config_path = v;
    else if (a == "--bind") flags.bind = v;
    else if (a == "--web-root") flags.web_root = v;
    else if (a == "--files-root") flags.files_root = v;
    else if (a == "--auth-tokens") flags.auth_tokens = v;
    else if (a == "--port" || a == "--threads" || a == "--rows-max") {
      auto n = number(a == "--port" ? 65535 : a == "--threads" ? 1024 : 4294967295u);
      if (!n) return 2;
      if (a == "--port") flags.port = static_cast<uint16_t>(*n);
      else if (a == "--threads") flags.threads = static_cast<unsigned>(*n);
      else flags.rows_max = *n;
    } else {
      std::cerr << "khonha-server: unknown option '" << a << "'\n\n" << kUsage;
      return 2;
    }
  }
  // The settings: the config file's, under the flags.
  auto resolve = [&]() -> Result<server::ServerConfig> {
    if (config_path.empty()) return flags;
    auto file = server::LoadServerConfig(config_path);
    if (!file.ok()) return file.status();
    return server::Overlay(*file, flags);
  };
  auto config = resolve();
  if (!config.ok()) {
    std::cerr << "khonha-server: " << config.status().message() << "\n";
    return 2;
  }
  if (!config->index || config->index->empty()) {
    std::cerr << "khonha-server: --index (or \"index\" in --config) is required\n\n" << kUsage;
    return 2;
  }
  const std::string index_dir = *config->index;
  server::HttpServerOptions http;
  if (config->port) http.port = *config->port;
  if (config->bind) http.bind = *config->bind;
  if (config->threads) http.threads = *config->threads;
  const std::string web_root = config->web_root.value_or("");
  const std::string files_root = config->files_root.value_or("");
  auto live = server::LoadLiveValues(*config);
  if (!live.ok()) return Fail(live.status().message());
  server::LiveSettings settings(std::move(*live));

  // Block the stop signals in every thread; main waits for them below.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  std::signal(SIGPIPE, SIG_IGN);

  auto analyzer = analyzers::Analyzer::Create();
  if (!analyzer.ok()) return Fail(analyzer.status().ToString());
  auto index = search::IndexHandle::Open(index_dir);
  if (!index.ok()) return Fail(index.status().message());
  server::SearchService search(**index, **analyzer);
  server::CkanApi api(search, settings);
  server::Downloads downloads(search, files_root);
  server::WebPages pages(search);
  server::Router router(search, api, downloads, pages, web_root);
  auto http_server = server::HttpServer::Start(
      http, [&router](const server::HttpRequest& r) { return router.Route(r); });
  if (!http_server.ok()) return Fail(http_server.status().message());

  const auto gen = (*index)->Current();
  const std::string base = "http://" + http.bind + ":" + std::to_string((*http_server)->port());
  std::printf("khonha-server: listening on %s (index %s, generation %llu, %llu datasets)\n",
              base.c_str(), index_dir.c_str(), static_cast<unsigned long long>(gen->number()),
              static_cast<unsigned long long>(gen->meta().records_indexed));
  std::printf("  try: curl -g '%s/api/3/action/package_search?q=ท่องเที่ยว&facet.field=[\"organization\"]'\n",
              base.c_str());
  std::printf("       curl '%s/api/3/action/package_search?fq=res_format:CSV&rows=5'\n", base.c_str());
  std::printf("       curl '%s/healthz'\n", base.c_str());
  std::printf("       %s/  (web UI in a browser)\n", base.c_str());
  std::printf("Press Ctrl-C to stop.\n");
  std::fflush(stdout);

  int sig = 0;
  for (;;) {
    sigwait(&stop_signals, &sig);
    if (sig != SIGHUP) break;
    // Settings: re-read the config file (and the tokens file); a file that
    // fails keeps the running settings.
    auto reread = resolve();
    Result<server::LiveValues> values =
        reread.ok() ? server::LoadLiveValues(*reread) : Result<server::LiveValues>(reread.status());
    if (!values.ok()) {
      std::fprintf(stderr, "khonha-server: SIGHUP: settings not reloaded, the running ones are kept: %s\n",
                   values.status().message().c_str());
    } else {
      const uint64_t rows_max = values->api.rows_max;
      const size_t tokens = values->tokens.size();
      settings.Set(std::move(*values));
      std::printf("khonha-server: SIGHUP: settings reloaded (rows_max %llu, %zu API tokens)\n",
                  static_cast<unsigned long long>(rows_max), tokens);
      for (const auto& name : RestartOnlyChanges(*config, *reread)) {
        std::printf("khonha-server: SIGHUP: \"%s\" changed; it takes effect when the server restarts\n",
                    name.c_str());
      }
    }
    khonha::Status reloaded = (*index)->Refresh();
    const auto now = (*index)->Current();
    std::printf("khonha-server: SIGHUP: %s (generation %llu)\n",
                reloaded.ok() ? "reloaded" : reloaded.ToString().c_str(),
                static_cast<unsigned long long>(now ? now->number() : 0));
    std::fflush(stdout);
  }
  std::printf("khonha-server: %s received, stopping\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
  std::fflush(stdout);
  http_server->reset();  // stop accepting, finish in-flight requests
  return 0;
}
