// Fuzz targets for the parsers that take outside input. Each target must
// accept any bytes without crashing, hanging or tripping a sanitizer.
// They run two ways: as libFuzzer binaries (clang, -DKHONHA_FUZZ=ON) and as
// ordinary ctest cases that replay tests/fuzz/corpus/<name>/ plus a bounded,
// deterministic mutation of it (fuzz_replay_test).
#pragma once

#include <cstddef>
#include <cstdint>

namespace khonha::fuzz {

void QueryParserTarget(const uint8_t* data, size_t size);    // q / fq (Solr subset)
void PackageCodecTarget(const uint8_t* data, size_t size);   // CKAN package JSON
void FormDecodeTarget(const uint8_t* data, size_t size);     // query strings, form bodies
void SourceReaderTarget(const uint8_t* data, size_t size);   // whole source files
void CsvReaderTarget(const uint8_t* data, size_t size);      // GD-Catalog CSV exports
void DcatReaderTarget(const uint8_t* data, size_t size);     // DCAT JSON-LD catalogs

}  // namespace khonha::fuzz
