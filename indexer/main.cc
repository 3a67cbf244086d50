// khonha-indexer: builds and maintains khonha indexes.
//
// Exit codes (every command):
//   0    success
//   1    the operation failed; nothing was published (the served index is unchanged)
//   2    usage error
//   3    the index is being written by another khonha-indexer (retry, or pass --wait)
//   4    validate: conformance below --fail-under
//   130  interrupted (SIGINT/SIGTERM); nothing was published
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "catalog/model/quality_codec.h"
#include "catalog/search/index_stats.h"
#include "indexer/build_command.h"
#include "indexer/cli_args.h"
#include "indexer/harvest_command.h"
#include "indexer/update_command.h"
#include "indexer/validate_command.h"

namespace {

using khonha::Code;
using khonha::Status;
using khonha::indexer::CliArgs;
using khonha::indexer::ProgressMode;

std::atomic<bool> g_cancel{false};  // set by SIGINT/SIGTERM; polled by the commands

void OnSignal(int) { g_cancel = true; }

constexpr int kExitOk = 0, kExitFailed = 1, kExitUsage = 2, kExitBusy = 3, kExitBelowThreshold = 4,
              kExitInterrupted = 130;

constexpr const char* kUsage = R"(usage: khonha-indexer COMMAND [options]

commands:
  build     build a new index generation from catalog sources and publish it
  update    upsert and delete datasets on the live index (no full rebuild)
  harvest   pull a whole catalog from a CKAN site's Action API
  validate  check records against the GD-Catalog rules; report per agency and field
  stats     what is in an index

run 'khonha-indexer COMMAND --help' for a command's options.

exit codes: 0 ok; 1 failed, nothing published; 2 usage error; 3 index busy
(another writer); 4 validate below --fail-under; 130 interrupted
)";

constexpr const char* kSourcesHelp = R"(Sources: CKAN package dicts as JSON lines, a JSON array, a CKAN API response
envelope (package_search, current_package_list_with_resources, package_show)
or a single package; CSV exports of the GD-Catalog field list (header row of
field names); DCAT JSON-LD catalogs. zstd- or gzip-compressed or plain;
'-' reads standard input. A malformed record is reported as 'file:line:
reason' and skipped.
)";

constexpr const char* kBuildUsage = R"(usage: khonha-indexer build --source PATH... --index DIR [options]

Builds a new index generation beside the live one in DIR and publishes it
atomically; the server picks it up without a restart. Nothing is published
if no record is valid, a source cannot be read, or the build is interrupted
(the next run cleans up). The GD-Catalog validation report is stored with
the generation (served at /stats/quality).

options:
  --source PATH...   one or more sources (repeatable)
  --index DIR        the index directory the server is started with
  --threads N        analysis threads (default: one per core)
  --wait             wait for another writer to finish instead of exiting 3
  --keep-seconds N   keep superseded generations N s for readers (default 10)
  --quiet            no progress and no summary
  -h, --help         this help

exit codes: 0 published; 1 failed, nothing published; 2 usage error;
3 another writer holds DIR; 130 interrupted
)";

constexpr const char* kUpdateUsage = R"(usage: khonha-indexer update --index DIR [--source PATH...] [--delete ID...] [options]

Upserts datasets by id (or, failing that, by name) and deletes datasets on
the live index without a full rebuild: the live generation is copied, changed
and published atomically, so the server shows the change within a second and
never a half-applied update. A record with "state": "deleted" deletes the
dataset it names.

options:
  --source PATH...   records to upsert (same formats as build; repeatable)
  --delete ID...     ids or names of datasets to delete (repeatable)
  --delete-file F    a file of ids or names to delete, one a line
  --index DIR        the index directory the server is started with
  --threads N        analysis threads (default: one per core)
  --wait             wait for another writer to finish instead of exiting 3
  --keep-seconds N   keep superseded generations N s for readers (default 10)
  --quiet            no progress and no summary
  -h, --help         this help

exit codes: 0 published (or nothing to change); 1 failed, nothing published;
2 usage error; 3 another writer holds DIR; 130 interrupted
)";

constexpr const char* kHarvestUsage = R"(usage: khonha-indexer harvest --from URL --out FILE.jsonl [options]

Pulls every dataset of a CKAN site through its Action API into a JSON-lines
file (package_search paging with rows/start, or
current_package_list_with_resources with limit/offset). Failed pages are
retried with exponential backoff; an interrupted harvest resumes where it
stopped when rerun with the same --from/--since/--method (FILE.state records
progress). With --index, the harvested file is then built (or, with --since,
applied as an update) into DIR.

options:
  --from URL         the site root, e.g. http://127.0.0.1:8080 (http:// only)
  --out FILE         where to write the records (JSON lines)
  --since DATE       only datasets with metadata_modified at or after DATE
  --method M         package_search (default) or package_list
  --rows N           page size (default 100)
  --max-pages N      stop after N pages (resume later by rerunning)
  --retries N        retries per page (default 5)
  --index DIR        then build (or update, with --since) this index
  --wait             with --index: wait for another writer
  --quiet            no progress and no summary
  -h, --help         this help

exit codes: 0 harvested (and published); 1 failed (rerun to resume);
2 usage error; 3 another writer holds DIR; 130 interrupted
)";

constexpr const char* kValidateUsage = R"(usage: khonha-indexer validate (--source PATH... | --index DIR) [options]

Checks every record against the GD-Catalog rules: required fields, allowed
choice values, e-mail / telephone / date formats, a known licence, resources
with a format and a URL, machine-readable formats. Reports conformance per
agency (worst first), findings per field, and the worst records.

options:
  --source PATH...   validate these sources (same formats as build)
  --index DIR        validate the records of the live index instead
  --format F         text (default) or json
  --out FILE         write the report here instead of standard output
  --worst N          worst records to list (default 20)
  --fail-under PCT   exit 4 when overall conformance is below PCT percent
  --threads N        threads (default: one per core)
  -h, --help         this help

exit codes: 0 report written; 1 failed; 2 usage error; 4 below --fail-under
)";

constexpr const char* kStatsUsage = R"(usage: khonha-indexer stats --index DIR [--format text|json]

Shows what is in the live generation of DIR: datasets (public/private),
agencies, groups, licences, formats, how many datasets fill each field,
size on disk, generation number, when and how fast it was built.

exit codes: 0 ok; 1 no index or unreadable; 2 usage error
)";

int UsageError(const char* usage, const std::string& command, const std::string& message) {
  std::cerr << "khonha-indexer " << command << ": " << message << "\n\n" << usage;
  return kExitUsage;
}

int Failure(const std::string& command, const Status& s) {
  std::cerr << "khonha-indexer " << command << ": " << s.message() << "\n";
  if (g_cancel.load()) return kExitInterrupted;
  return s.code() == Code::kUnavailable ? kExitBusy : kExitFailed;
}

ProgressMode ModeFor(bool quiet) {
  if (quiet) return ProgressMode::kQuiet;
  return ::isatty(STDERR_FILENO) ? ProgressMode::kTty : ProgressMode::kLines;
}

void InstallSignals() {
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
}

// Fills the options every index-writing command shares (threads, progress,
// lock waiting, retire grace, cancellation) from its arguments; false when a
// number is malformed (args.error() says which).
template <typename Options>
bool ApplyWriterArgs(CliArgs& args, Options& opts) {
  uint64_t threads = 0, keep = 10;
  if (!args.GetUint("--threads", threads) || !args.GetUint("--keep-seconds", keep)) return false;
  opts.threads = static_cast<unsigned>(threads);
  opts.progress_mode = ModeFor(args.Has("--quiet"));
  opts.wait_for_lock = args.Has("--wait");
  opts.publish.retire_grace = std::chrono::seconds(keep);
  opts.cancel = &g_cancel;
  return true;
}

int Build(int argc, char** argv) {
  CliArgs args({"--index", "--threads", "--keep-seconds"}, {"--source"}, {"--quiet", "--wait"});
  if (!args.Parse(argc, argv)) return UsageError(kBuildUsage, "build", args.error());
  if (args.help()) return std::cout << kBuildUsage << "\n" << kSourcesHelp, kExitOk;
  khonha::indexer::BuildOptions opts;
  opts.sources = args.All("--source");
  opts.index_dir = args.Get("--index");
  if (!ApplyWriterArgs(args, opts)) return UsageError(kBuildUsage, "build", args.error());
  if (opts.sources.empty() || opts.index_dir.empty()) {
    return UsageError(kBuildUsage, "build", "--source and --index are required");
  }
  const bool quiet = args.Has("--quiet");
  InstallSignals();
  auto result = khonha::indexer::RunBuild(opts, std::cerr);
  if (!result.ok()) return Failure("build", result.status());
  if (!quiet) {
    const auto& s = *result;
    std::fprintf(stderr,
                 "khonha-indexer: read %llu records, indexed %llu, rejected %llu, %llu duplicate ids "
                 "(later kept), %llu conform to GD-Catalog; %.2f s (%.0f records/s); published "
                 "generation %llu at %s\n",
                 static_cast<unsigned long long>(s.records_read),
                 static_cast<unsigned long long>(s.records_indexed),
                 static_cast<unsigned long long>(s.records_rejected),
                 static_cast<unsigned long long>(s.records_replaced),
                 static_cast<unsigned long long>(s.records_conforming), s.seconds,
                 s.seconds > 0 ? s.records_read / s.seconds : 0.0,
                 static_cast<unsigned long long>(s.generation), opts.index_dir.c_str());
  }
  return kExitOk;
}

int Update(int argc, char** argv) {
  CliArgs args({"--index", "--threads", "--keep-seconds", "--delete-file"}, {"--source", "--delete"},
               {"--quiet", "--wait"});
  if (!args.Parse(argc, argv)) return UsageError(kUpdateUsage, "update", args.error());
  if (args.help()) return std::cout << kUpdateUsage << "\n" << kSourcesHelp, kExitOk;
  khonha::indexer::UpdateOptions opts;
  opts.sources = args.All("--source");
  opts.deletes = args.All("--delete");
  opts.index_dir = args.Get("--index");
  if (!ApplyWriterArgs(args, opts)) return UsageError(kUpdateUsage, "update", args.error());
  if (args.Has("--delete-file")) {
    std::ifstream in(args.Get("--delete-file"));
    if (!in) return UsageError(kUpdateUsage, "update", "cannot read " + args.Get("--delete-file"));
    for (std::string line; std::getline(in, line);) {
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
      if (!line.empty()) opts.deletes.push_back(line);
    }
  }
  if (opts.index_dir.empty()) return UsageError(kUpdateUsage, "update", "--index is required");
  if (opts.sources.empty() && opts.deletes.empty()) {
    return UsageError(kUpdateUsage, "update", "give --source and/or --delete");
  }
  const bool quiet = args.Has("--quiet");
  InstallSignals();
  auto result = khonha::indexer::RunUpdate(opts, std::cerr);
  if (!result.ok()) return Failure("update", result.status());
  if (!quiet) {
    const auto& s = *result;
    std::fprintf(stderr,
                 "khonha-indexer: read %llu records (%llu rejected): %llu added, %llu replaced, "
                 "%llu deleted, %llu deletes matched nothing; %llu datasets; %.2f s; %s %llu\n",
                 static_cast<unsigned long long>(s.records_read),
                 static_cast<unsigned long long>(s.records_rejected),
                 static_cast<unsigned long long>(s.added), static_cast<unsigned long long>(s.replaced),
                 static_cast<unsigned long long>(s.deleted),
                 static_cast<unsigned long long>(s.not_found),
                 static_cast<unsigned long long>(s.datasets), s.seconds,
                 s.published ? "published generation" : "nothing changed; still generation",
                 static_cast<unsigned long long>(s.generation));
  }
  return kExitOk;
}

int Harvest(int argc, char** argv) {
  CliArgs args({"--from", "--out", "--since", "--method", "--rows", "--max-pages", "--retries",
                "--index"},
               {}, {"--quiet", "--wait"});
  if (!args.Parse(argc, argv)) return UsageError(kHarvestUsage, "harvest", args.error());
  if (args.help()) return std::cout << kHarvestUsage, kExitOk;
  khonha::indexer::HarvestOptions opts;
  opts.from = args.Get("--from");
  opts.out = args.Get("--out");
  opts.since = args.Get("--since");
  const std::string method = args.Get("--method", "package_search");
  if (method == "package_list") opts.method = khonha::indexer::HarvestMethod::kPackageList;
  else if (method != "package_search") {
    return UsageError(kHarvestUsage, "harvest", "--method must be package_search or package_list");
  }
  uint64_t retries = 5;
  if (!args.GetUint("--rows", opts.rows) || !args.GetUint("--max-pages", opts.max_pages) ||
      !args.GetUint("--retries", retries)) {
    return UsageError(kHarvestUsage, "harvest", args.error());
  }
  opts.retries = static_cast<int>(retries);
  if (opts.from.empty() || opts.out.empty()) {
    return UsageError(kHarvestUsage, "harvest", "--from and --out are required");
  }
  const bool quiet = args.Has("--quiet");
  opts.cancel = &g_cancel;
  InstallSignals();
  auto result = khonha::indexer::RunHarvest(opts, std::cerr);
  if (!result.ok()) {
    std::cerr << "khonha-indexer harvest: " << result.status().message()
              << " (rerun the same command to resume)\n";
    return g_cancel.load() ? kExitInterrupted : kExitFailed;
  }
  if (!quiet) {
    std::fprintf(stderr, "khonha-indexer: harvested %llu records in %llu pages (%llu retries)%s in %.2f s%s\n",
                 static_cast<unsigned long long>(result->records),
                 static_cast<unsigned long long>(result->pages),
                 static_cast<unsigned long long>(result->retries), result->resumed ? ", resumed" : "",
                 result->seconds, result->complete ? "" : "; stopped early, rerun to resume");
  }
  if (g_cancel.load()) return kExitInterrupted;
  if (!result->complete || !args.Has("--index")) return kExitOk;
  if (!opts.since.empty()) {
    khonha::indexer::UpdateOptions u;
    u.sources = {opts.out};
    u.index_dir = args.Get("--index");
    u.progress_mode = ModeFor(quiet);
    u.wait_for_lock = args.Has("--wait");
    u.cancel = &g_cancel;
    if (result->records == 0) return kExitOk;
    auto r = khonha::indexer::RunUpdate(u, std::cerr);
    return r.ok() ? kExitOk : Failure("harvest", r.status());
  }
  khonha::indexer::BuildOptions b;
  b.sources = {opts.out};
  b.index_dir = args.Get("--index");
  b.progress_mode = ModeFor(quiet);
  b.wait_for_lock = args.Has("--wait");
  b.cancel = &g_cancel;
  auto r = khonha::indexer::RunBuild(b, std::cerr);
  return r.ok() ? kExitOk : Failure("harvest", r.status());
}

int Validate(int argc, char** argv) {
  CliArgs args({"--index", "--format", "--out", "--worst", "--fail-under", "--threads"}, {"--source"},
               {"--quiet"});
  if (!args.Parse(argc, argv)) return UsageError(kValidateUsage, "validate", args.error());
  if (args.help()) return std::cout << kValidateUsage, kExitOk;
  khonha::indexer::ValidateOptions opts;
  opts.sources = args.All("--source");
  opts.index_dir = args.Get("--index");
  uint64_t worst = 20, threads = 0, fail_under = 0;
  if (!args.GetUint("--worst", worst) || !args.GetUint("--threads", threads) ||
      !args.GetUint("--fail-under", fail_under)) {
    return UsageError(kValidateUsage, "validate", args.error());
  }
  const std::string format = args.Get("--format", "text");
  if (format != "text" && format != "json") {
    return UsageError(kValidateUsage, "validate", "--format must be text or json");
  }
  if (opts.sources.empty() == opts.index_dir.empty()) {
    return UsageError(kValidateUsage, "validate", "give either --source or --index");
  }
  opts.report.worst_records = worst;
  opts.threads = static_cast<unsigned>(threads);
  opts.progress_mode = args.Has("--quiet") || args.Has("--out") == false ? ProgressMode::kQuiet
                                                                          : ModeFor(false);
  opts.cancel = &g_cancel;
  InstallSignals();
  auto report = khonha::indexer::RunValidate(opts, std::cerr);
  if (!report.ok()) return Failure("validate", report.status());
  std::ofstream file;
  if (args.Has("--out")) {
    file.open(args.Get("--out"), std::ios::trunc | std::ios::binary);
    if (!file) return Failure("validate", khonha::Internal("cannot write " + args.Get("--out")));
  }
  std::ostream& out = args.Has("--out") ? file : std::cout;
  if (format == "json") out << khonha::catalog::QualityReportToJson(*report) << "\n";
  else khonha::catalog::WriteQualityText(*report, out);
  out.flush();
  if (args.Has("--fail-under") && report->ConformancePercent() < static_cast<double>(fail_under)) {
    std::cerr << "khonha-indexer validate: conformance " << report->ConformancePercent()
              << "% is below --fail-under " << fail_under << "%\n";
    return kExitBelowThreshold;
  }
  return kExitOk;
}

int Stats(int argc, char** argv) {
  CliArgs args({"--index", "--format"}, {}, {});
  if (!args.Parse(argc, argv)) return UsageError(kStatsUsage, "stats", args.error());
  if (args.help()) return std::cout << kStatsUsage, kExitOk;
  if (args.Get("--index").empty()) return UsageError(kStatsUsage, "stats", "--index is required");
  const std::string format = args.Get("--format", "text");
  if (format != "text" && format != "json") {
    return UsageError(kStatsUsage, "stats", "--format must be text or json");
  }
  auto s = khonha::search::ComputeIndexStats(args.Get("--index"));
  if (!s.ok()) return Failure("stats", s.status());
  if (format == "json") {
    std::cout << khonha::search::IndexStatsToJson(*s) << "\n";
    return kExitOk;
  }
  std::printf("index        %s (generation %llu, %llu generation(s) on disk)\n", s->index_dir.c_str(),
              static_cast<unsigned long long>(s->generation),
              static_cast<unsigned long long>(s->generations_on_disk));
  std::printf("built        %s in %.2f s from %zu source(s)\n", s->meta.built_at.c_str(),
              s->meta.build_seconds, s->meta.sources.size());
  std::printf("datasets     %llu (%llu public, %llu private)\n", static_cast<unsigned long long>(s->datasets),
              static_cast<unsigned long long>(s->public_datasets),
              static_cast<unsigned long long>(s->private_datasets));
  std::printf("agencies     %llu   groups %llu   licences %llu\n", static_cast<unsigned long long>(s->agencies),
              static_cast<unsigned long long>(s->groups), static_cast<unsigned long long>(s->licenses));
  std::printf("size on disk %.1f MB\n", s->bytes_on_disk / 1048576.0);
  std::printf("quality      %s\n", s->has_quality_report ? "report stored (/stats/quality)" : "no report");
  std::printf("formats     ");
  for (const auto& [name, n] : s->formats) std::printf(" %s:%llu", name.c_str(), static_cast<unsigned long long>(n));
  std::printf("\ntop agencies\n");
  for (const auto& [name, n] : s->top_agencies) {
    std::printf("  %6llu  %s\n", static_cast<unsigned long long>(n), name.c_str());
  }
  std::printf("fields filled (datasets with a value)\n");
  for (const auto& f : s->fields) {
    std::printf("  %6llu  %5.1f%%  %s\n", static_cast<unsigned long long>(f.datasets),
                s->datasets ? 100.0 * f.datasets / s->datasets : 0.0, f.field.c_str());
  }
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return std::cerr << kUsage, kExitUsage;
  const std::string cmd = argv[1];
  if (cmd == "-h" || cmd == "--help" || cmd == "help") return std::cout << kUsage, kExitOk;
  if (cmd == "build") return Build(argc - 2, argv + 2);
  if (cmd == "update") return Update(argc - 2, argv + 2);
  if (cmd == "harvest") return Harvest(argc - 2, argv + 2);
  if (cmd == "validate") return Validate(argc - 2, argv + 2);
  if (cmd == "stats") return Stats(argc - 2, argv + 2);
  std::cerr << "khonha-indexer: unknown command '" << cmd << "'\n\n" << kUsage;
  return kExitUsage;
}
