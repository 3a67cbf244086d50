#include "tests/fuzz/fuzz_targets.h"

#include <unistd.h>

#include <cstdio>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "catalog/model/ckan_codec.h"
#include "catalog/model/csv_reader.h"
#include "catalog/model/dcat_reader.h"
#include "catalog/model/source_reader.h"
#include "catalog/search/query_ast.h"
#include "server/http.h"

namespace khonha::fuzz {

void QueryParserTarget(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (bool lenient : {true, false}) {
    search::ParseOptions o;
    o.unknown_field_is_text = lenient;
    auto node = search::ParseQuery(text, o);
    if (node.ok()) (void)node->Describe();
  }
}

void PackageCodecTarget(const uint8_t* data, size_t size) {
  auto d = catalog::ParsePackage(std::string_view(reinterpret_cast<const char*>(data), size));
  if (d.ok()) {
    // Whatever was accepted must round-trip through the codec unchanged.
    auto again = catalog::ParsePackage(d->record_json);
    if (!again.ok() || again->record_json != d->record_json) __builtin_trap();
  }
}

void FormDecodeTarget(const uint8_t* data, size_t size) {
  std::string_view s(reinterpret_cast<const char*>(data), size);
  (void)server::ParseFormEncoded(s);
  (void)server::UrlDecode(s, true);
  (void)server::UrlDecode(s, false);
}

void SourceReaderTarget(const uint8_t* data, size_t size) {
  char path[] = "/tmp/khonha-fuzz-source-XXXXXX";
  int fd = ::mkstemp(path);
  if (fd < 0) return;
  size_t written = 0;
  while (written < size) {
    ssize_t n = ::write(fd, data + written, size - written);
    if (n <= 0) break;
    written += static_cast<size_t>(n);
  }
  ::close(fd);
  (void)catalog::ReadSource(path, [](catalog::RawRecord&& r) {
    if (r.error.empty()) (void)catalog::ParsePackage(r.text);
  });
  ::unlink(path);
}

namespace {

// What a reader emits without an error is a package dict the codec reads:
// valid JSON always (readers build it with nlohmann, never by hand).
void CheckEmitted(catalog::RawRecord&& r) {
  if (!r.error.empty()) return;
  if (!nlohmann::json::accept(r.text)) __builtin_trap();
  (void)catalog::ParsePackage(r.text);
}

}  // namespace

void CsvReaderTarget(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)catalog::LooksLikeCsvHeader(text.substr(0, text.find('\n')));
  catalog::ReadCsvRecords("fuzz.csv", text, 1, CheckEmitted);
}

void DcatReaderTarget(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)catalog::ReadDcatRecords("fuzz.jsonld", text, 1, CheckEmitted);
}

}  // namespace khonha::fuzz
