#include "indexer/harvest_command.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <thread>

#include "catalog/model/harvest_codec.h"
#include "catalog/model/schema.h"
#include "indexer/http_fetch.h"

namespace khonha::indexer {
namespace fs = std::filesystem;
namespace {

// OUT.state: "key=value" lines.
struct HarvestState {
  std::string from, since, method;
  uint64_t next_start = 0;
  uint64_t bytes = 0;
};

std::string MethodName(HarvestMethod m) {
  return m == HarvestMethod::kPackageSearch ? "package_search" : "current_package_list_with_resources";
}

bool ReadState(const std::string& path, HarvestState& s) {
  std::ifstream in(path);
  if (!in) return false;
  std::map<std::string, std::string> kv;
  std::string line;
  while (std::getline(in, line)) {
    size_t eq = line.find('=');
    if (eq != std::string::npos) kv[line.substr(0, eq)] = line.substr(eq + 1);
  }
  s.from = kv["from"];
  s.since = kv["since"];
  s.method = kv["method"];
  s.next_start = std::strtoull(kv["next_start"].c_str(), nullptr, 10);
  s.bytes = std::strtoull(kv["bytes"].c_str(), nullptr, 10);
  return true;
}

Status WriteState(const std::string& path, const HarvestState& s) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << "from=" << s.from << "\nsince=" << s.since << "\nmethod=" << s.method
        << "\nnext_start=" << s.next_start << "\nbytes=" << s.bytes << "\n";
    out.flush();
    if (!out) return Internal("cannot write " + tmp);
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  return ec ? Internal("cannot write " + path + ": " + ec.message()) : Status::Ok();
}

std::string PageUrl(const HarvestOptions& o, uint64_t start) {
  std::string base = o.from;
  while (!base.empty() && base.back() == '/') base.pop_back();
  if (o.method == HarvestMethod::kPackageList) {
    return base + "/api/3/action/current_package_list_with_resources?limit=" + std::to_string(o.rows) +
           "&offset=" + std::to_string(start);
  }
  std::string url = base + "/api/3/action/package_search?q=" + EncodeQueryValue("*:*") +
                    "&rows=" + std::to_string(o.rows) + "&start=" + std::to_string(start) +
                    "&sort=" + EncodeQueryValue("metadata_modified asc, name asc");
  if (!o.since.empty()) {
    url += "&fq=" + EncodeQueryValue("metadata_modified:[" + catalog::NormalizeTimestamp(o.since) +
                                     "Z TO *]");
  }
  return url;
}

bool Cancelled(const HarvestOptions& o) { return o.cancel && o.cancel->load(); }

// One page, retried with exponential backoff on network errors, 429 and 5xx.
Result<catalog::ActionPage> FetchPage(const HarvestOptions& o, const std::string& url,
                                      HarvestSummary& summary, std::ostream& log) {
  auto delay = o.backoff;
  FetchOptions fo;
  fo.timeout = o.timeout;
  for (int attempt = 0;; ++attempt) {
    Status failure;
    auto resp = HttpGet(url, fo);
    if (!resp.ok()) {
      if (resp.status().code() != Code::kUnavailable) return resp.status();
      failure = resp.status();
    } else if (resp->status == 429 || resp->status >= 500) {
      failure = Unavailable("HTTP " + std::to_string(resp->status) + " from " + url);
    } else if (resp->status != 200) {
      return InvalidArgument("HTTP " + std::to_string(resp->status) + " from " + url + ": " +
                             resp->body.substr(0, 300));
    } else {
      auto page = catalog::ParseActionPage(resp->body);
      if (page.ok()) return page;
      failure = Unavailable(page.status().message() + " (" + url + ")");
    }
    if (attempt >= o.retries || Cancelled(o)) {
      return Unavailable("giving up after " + std::to_string(attempt + 1) + " attempts: " + failure.message());
    }
    ++summary.retries;
    log << "khonha-indexer harvest: " << failure.message() << "; retrying in " << delay.count() << " ms\n";
    std::this_thread::sleep_for(delay);
    delay = std::min<std::chrono::milliseconds>(delay * 2, std::chrono::seconds(30));
  }
}

}  // namespace

Result<HarvestSummary> RunHarvest(const HarvestOptions& o, std::ostream& log) {
  const auto started = std::chrono::steady_clock::now();
  if (o.from.empty()) return InvalidArgument("no --from URL given");
  if (o.out.empty()) return InvalidArgument("no --out file given");
  if (o.rows == 0) return InvalidArgument("--rows must be at least 1");
  if (!o.since.empty() && catalog::NormalizeTimestamp(o.since).empty()) {
    return InvalidArgument("--since \"" + o.since + "\" is not a date (YYYY-MM-DD[THH:MM:SS])");
  }
  if (!o.since.empty() && o.method == HarvestMethod::kPackageList) {
    return InvalidArgument("--since needs --method package_search");
  }
  HarvestSummary summary;
  const std::string state_path = o.out + ".state";
  HarvestState state{o.from, o.since, MethodName(o.method), 0, 0};
  HarvestState saved;
  std::error_code ec;
  if (ReadState(state_path, saved) && saved.from == state.from && saved.since == state.since &&
      saved.method == state.method && fs::exists(o.out, ec)) {
    state = saved;
    fs::resize_file(o.out, state.bytes, ec);  // drop a partly written page
    if (ec) return Internal("cannot resume " + o.out + ": " + ec.message());
    summary.resumed = true;
    log << "khonha-indexer harvest: resuming at record " << state.next_start << "\n";
  }
  std::ofstream out(o.out, summary.resumed ? std::ios::app | std::ios::binary
                                           : std::ios::trunc | std::ios::binary);
  if (!out) return Internal("cannot write " + o.out);

  for (;;) {
    if (Cancelled(o) || (o.max_pages && summary.pages >= o.max_pages)) break;
    auto page = FetchPage(o, PageUrl(o, state.next_start), summary, log);
    if (!page.ok()) return page.status();  // the state file lets a rerun resume
    ++summary.pages;
    summary.total = page->count;
    for (const auto& rec : page->records) out << rec << '\n';
    out.flush();
    if (!out) return Internal("cannot write " + o.out);
    summary.records += page->records.size();
    state.next_start += page->records.size();
    state.bytes = static_cast<uint64_t>(out.tellp());
    const bool last = page->records.size() < o.rows ||
                      (o.method == HarvestMethod::kPackageSearch && state.next_start >= page->count);
    if (last) {
      summary.complete = true;
      break;
    }
    KHONHA_RETURN_IF_ERROR(WriteState(state_path, state));
  }
  if (summary.complete) fs::remove(state_path, ec);
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return summary;
}

}  // namespace khonha::indexer
