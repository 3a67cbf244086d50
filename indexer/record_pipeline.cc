#include "indexer/record_pipeline.h"

#include <sys/stat.h>

#include <ctime>
#include <fstream>
#include <thread>

#include "catalog/model/ckan_codec.h"
#include "catalog/model/quality_codec.h"
#include "catalog/model/source_reader.h"

namespace khonha::indexer {
namespace {

// Runs fn(i) for i in [0, n) on up to `threads` threads.
template <typename Fn>
void ParallelFor(size_t n, unsigned threads, const Fn& fn) {
  const size_t k = std::min<size_t>(threads, std::max<size_t>(1, n / 16));
  if (k <= 1) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::vector<std::thread> pool;
  for (size_t t = 0; t < k; ++t) {
    pool.emplace_back([&, t] {
      for (size_t i = t; i < n; i += k) fn(i);
    });
  }
  for (auto& th : pool) th.join();
}

std::vector<catalog::Finding> Validate(const catalog::Dataset& d) {
  auto facts = catalog::ExtractRecordFacts(d.record_json);
  return catalog::ValidateDataset(d, facts.ok() ? *facts : catalog::RecordFacts{});
}

}  // namespace

unsigned EffectiveThreads(unsigned requested) {
  return requested ? requested : std::max(1u, std::thread::hardware_concurrency());
}

std::string UtcNow() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

uint64_t KnownInputBytes(const std::vector<std::string>& sources) {
  uint64_t total = 0;
  for (const auto& s : sources) {
    struct stat st {};
    if (s == "-" || ::stat(s.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return 0;
    std::ifstream in(s, std::ios::binary);
    unsigned char magic[4] = {};
    in.read(reinterpret_cast<char*>(magic), 4);
    const bool zstd = magic[0] == 0x28 && magic[1] == 0xB5 && magic[2] == 0x2F && magic[3] == 0xFD;
    const bool gzip = magic[0] == 0x1F && magic[1] == 0x8B;
    if (zstd || gzip) return 0;
    total += static_cast<uint64_t>(st.st_size);
  }
  return total;
}

Status RunPipeline(const PipelineOptions& options,
                   const std::function<Status(std::vector<ParsedRecord>&)>& on_batch,
                   const std::function<void(const std::string&)>& on_reject, PipelineCounts& counts) {
  const unsigned threads = EffectiveThreads(options.threads);
  std::vector<catalog::RawRecord> raw;
  Status status;
  uint64_t done = 0;
  auto cancelled = [&] { return options.cancel && options.cancel->load(); };
  auto flush = [&]() {
    if (raw.empty() || !status.ok()) return;
    std::vector<Result<catalog::Dataset>> parsed(raw.size(), InvalidArgument("unparsed"));
    std::vector<std::vector<catalog::Finding>> findings(options.validate ? raw.size() : 0);
    ParallelFor(raw.size(), threads, [&](size_t i) {
      parsed[i] = raw[i].error.empty() ? catalog::ParsePackage(raw[i].text) : InvalidArgument(raw[i].error);
      if (options.validate && parsed[i].ok()) findings[i] = Validate(*parsed[i]);
    });
    std::vector<ParsedRecord> batch;
    batch.reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
      if (parsed[i].ok()) {
        batch.push_back({std::move(parsed[i]).value(), std::move(raw[i].origin),
                         options.validate ? std::move(findings[i]) : std::vector<catalog::Finding>{}});
      } else {
        ++counts.rejected;
        on_reject(raw[i].origin + ": " + parsed[i].status().message());
      }
    }
    raw.clear();
    done += batch.size();
    status = on_batch(batch);
    if (options.progress) options.progress->Update(counts.read, done, counts.bytes);
  };
  for (const auto& source : options.sources) {
    Status s = catalog::ReadSource(source, [&](catalog::RawRecord&& r) {
      if (cancelled() || !status.ok()) return;
      ++counts.read;
      counts.bytes += r.text.size() + 1;
      raw.push_back(std::move(r));
      if (raw.size() >= options.batch_size) flush();
    });
    if (!s.ok()) return s;
    KHONHA_RETURN_IF_ERROR(status);
    if (cancelled()) return Unavailable("interrupted; the served index was not changed");
  }
  flush();
  return status;
}

void ValidateRecords(const std::vector<std::string>& records, unsigned threads,
                     catalog::QualityAccumulator& quality) {
  std::vector<Result<catalog::Dataset>> parsed(records.size(), InvalidArgument("unparsed"));
  std::vector<std::vector<catalog::Finding>> findings(records.size());
  ParallelFor(records.size(), EffectiveThreads(threads), [&](size_t i) {
    parsed[i] = catalog::ParsePackage(records[i]);
    if (parsed[i].ok()) findings[i] = Validate(*parsed[i]);
  });
  for (size_t i = 0; i < records.size(); ++i) {
    if (parsed[i].ok()) quality.Add(*parsed[i], "", std::move(findings[i]));
  }
}

}  // namespace khonha::indexer
