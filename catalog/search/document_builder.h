// Dataset → Xapian::Document: words, exact terms, values and the stored record.
// Private to the search layer (it includes <xapian.h>).
//
// Not thread-safe: use one DocumentBuilder per thread (each owns an Analyzer
// clone, a stemmer and a zstd context).
#pragma once

#include <memory>
#include <string>

#include <xapian.h>

#include "analyzers/analyzer.h"
#include "analyzers/cluster_grams.h"
#include "catalog/model/dataset.h"

namespace khonha::search {

class DocumentBuilder {
 public:
  explicit DocumentBuilder(std::unique_ptr<analyzers::Analyzer> analyzer);
  ~DocumentBuilder();
  DocumentBuilder(const DocumentBuilder&) = delete;
  DocumentBuilder& operator=(const DocumentBuilder&) = delete;

  // Positions are recorded for the default field's words (phrase queries,
  // the phrase boost) and the Thai cluster pairs (recall fallback) only;
  // field-prefixed copies ("S", "XRN", …) carry wdf but no positions, which
  // halves Xapian's positional work per document: a field phrase query is
  // answered as its words in the field plus the phrase anywhere
  // (QueryBuilder::TextQuery). Long-text fields (FieldSpec::long_text) get
  // no field copies.
  Xapian::Document Build(const catalog::Dataset& d);

 private:
  // Words of `text` into the default field with its Thai cluster pairs
  // (when weight > 0, with positions from `pos`, which it advances) and
  // into `prefix` (when not empty).
  void IndexText(Xapian::Document& doc, std::string_view text, std::string_view prefix,
                 unsigned weight, Xapian::termpos& pos);
  // The Thai recall fallback of one default-field text (see terms.h).
  void IndexClusterGrams(Xapian::Document& doc, std::string_view normalized);

  std::unique_ptr<analyzers::Analyzer> analyzer_;
  Xapian::Stem stemmer_{"english"};
  std::string normalized_;                     // scratch
  std::vector<analyzers::ClusterGram> grams_;  // scratch
  Xapian::termpos gram_pos_ = 0;               // next fallback position in this document
  struct Zstd;
  std::unique_ptr<Zstd> zstd_;
};

// The stored record: zstd(record_json). Decompress with DecodeStoredRecord.
std::string DecodeStoredRecord(const std::string& data);

}  // namespace khonha::search
