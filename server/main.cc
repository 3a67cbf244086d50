// khonha-server: serves a khonha index over the CKAN Action API, the web UI
// and resource downloads.
//
// The object graph is built here and passed down: options → index handle →
// search service → handler groups → router → HTTP adapter.
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include "analyzers/analyzer.h"
#include "catalog/search/searcher.h"
#include "server/auth_tokens.h"
#include "server/ckan_api.h"
#include "server/downloads.h"
#include "server/http_server.h"
#include "server/router.h"
#include "server/search_service.h"
#include "server/web_pages.h"

namespace {

constexpr const char* kUsage = R"(usage: khonha-server --index DIR [options]

Serves the khonha index in DIR (built by khonha-indexer) and follows new
generations published there without a restart.

options:
  --index DIR        index directory (required)
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

Stops cleanly on Ctrl-C (SIGINT) or SIGTERM. SIGHUP reloads: the index
pointer (DIR/CURRENT) is re-read at once instead of at the next poll, and
the new generation's side files and quality report are loaded.
)";

int Fail(const std::string& message) {
  std::cerr << "khonha-server: " << message << "\n";
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace khonha;
  std::string index_dir, web_root, files_root, tokens_file;
  server::HttpServerOptions http;
  server::ApiOptions api_options;
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
    if (a == "--index") index_dir = v;
    else if (a == "--port") http.port = static_cast<uint16_t>(std::stoul(v));
    else if (a == "--bind") http.bind = v;
    else if (a == "--threads") http.threads = static_cast<unsigned>(std::stoul(v));
    else if (a == "--web-root") web_root = v;
    else if (a == "--files-root") files_root = v;
    else if (a == "--rows-max") api_options.rows_max = std::stoull(v);
    else if (a == "--auth-tokens") tokens_file = v;
    else {
      std::cerr << "khonha-server: unknown option '" << a << "'\n\n" << kUsage;
      return 2;
    }
  }
  if (index_dir.empty()) {
    std::cerr << "khonha-server: --index is required\n\n" << kUsage;
    return 2;
  }

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
  server::AuthTokens tokens;
  if (!tokens_file.empty()) {
    auto loaded = server::AuthTokens::Load(tokens_file);
    if (!loaded.ok()) return Fail(loaded.status().message());
    tokens = std::move(*loaded);
  }
  server::CkanApi api(search, api_options, tokens);
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
