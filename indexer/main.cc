// khonha-indexer: builds and maintains khonha indexes.
//
// Exit codes: 0 success; 1 the operation failed (nothing was published);
// 2 usage error.
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "indexer/build_command.h"

namespace {

std::atomic<bool> g_cancel{false};  // set by SIGINT/SIGTERM; read by the build loop

void OnSignal(int) { g_cancel = true; }

constexpr const char* kUsage = R"(usage: khonha-indexer COMMAND [options]

commands:
  build    build a new index generation from catalog sources and publish it

run 'khonha-indexer COMMAND --help' for a command's options.
)";

constexpr const char* kBuildUsage = R"(usage: khonha-indexer build --source PATH... --index DIR [options]

Reads CKAN package dicts (JSON lines, a JSON array, a CKAN API response
envelope, or a single package; zstd- or gzip-compressed or plain; '-' = stdin),
builds a new index generation beside the live one in DIR and publishes it
atomically. A malformed record is reported as 'file:line: reason' and skipped.
Nothing is published if no record is valid, a source cannot be read, or the
build is interrupted.

options:
  --source PATH...   one or more sources (repeatable)
  --index DIR        the index directory the server is started with
  --threads N        analysis threads (default: one per core)
  --quiet            no progress line and no summary
  -h, --help         this help

exit codes: 0 published; 1 failed, nothing published; 2 usage error
)";

int Usage(const char* text, int code) {
  (code == 0 ? std::cout : std::cerr) << text;
  return code;
}

int Build(int argc, char** argv) {
  khonha::indexer::BuildOptions opts;
  bool quiet = false;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    auto need_value = [&](const char* name) -> const char* {
      if (i + 1 >= argc) {
        std::cerr << "khonha-indexer build: " << name << " needs a value\n";
        return nullptr;
      }
      return argv[++i];
    };
    if (a == "-h" || a == "--help") return Usage(kBuildUsage, 0);
    if (a == "--source") {
      const char* v = need_value("--source");
      if (!v) return 2;
      opts.sources.push_back(v);
      // Further bare arguments are more sources: --source a.jsonl b.jsonl
      while (i + 1 < argc && (argv[i + 1][0] != '-' || std::strcmp(argv[i + 1], "-") == 0)) {
        opts.sources.push_back(argv[++i]);
      }
    } else if (a == "--index") {
      const char* v = need_value("--index");
      if (!v) return 2;
      opts.index_dir = v;
    } else if (a == "--threads") {
      const char* v = need_value("--threads");
      if (!v) return 2;
      opts.threads = static_cast<unsigned>(std::strtoul(v, nullptr, 10));
    } else if (a == "--quiet") {
      quiet = true;
    } else {
      std::cerr << "khonha-indexer build: unknown option '" << a << "'\n\n";
      return Usage(kBuildUsage, 2);
    }
  }
  if (opts.sources.empty() || opts.index_dir.empty()) {
    std::cerr << "khonha-indexer build: --source and --index are required\n\n";
    return Usage(kBuildUsage, 2);
  }
  opts.progress = !quiet && ::isatty(STDERR_FILENO);
  opts.cancel = &g_cancel;
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);

  auto result = khonha::indexer::RunBuild(opts, std::cerr);
  if (!result.ok()) {
    std::cerr << "khonha-indexer build: " << result.status().message() << "\n";
    return 1;
  }
  if (!quiet) {
    const auto& s = *result;
    std::cerr << "khonha-indexer: read " << s.records_read << " records, indexed "
              << s.records_indexed << ", rejected " << s.records_rejected;
    if (s.records_replaced) std::cerr << ", " << s.records_replaced << " duplicate ids (later record kept)";
    std::cerr << " in " << s.seconds << " s ("
              << static_cast<uint64_t>(s.seconds > 0 ? s.records_read / s.seconds : 0)
              << " records/s); published generation " << s.generation << " at " << opts.index_dir
              << "\n";
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return Usage(kUsage, 2);
  std::string cmd = argv[1];
  if (cmd == "-h" || cmd == "--help" || cmd == "help") return Usage(kUsage, 0);
  if (cmd == "build") return Build(argc - 2, argv + 2);
  std::cerr << "khonha-indexer: unknown command '" << cmd << "'\n\n";
  return Usage(kUsage, 2);
}
