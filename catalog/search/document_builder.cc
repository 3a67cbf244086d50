#include "catalog/search/document_builder.h"

#include <zstd.h>

#include "catalog/model/schema.h"
#include "catalog/search/terms.h"

namespace khonha::search {

using catalog::FieldKind;
using catalog::FieldSpec;

// Owns a ZSTD_CCtx (RAII).
struct DocumentBuilder::Zstd {
  ZSTD_CCtx* cctx = ZSTD_createCCtx();
  ~Zstd() { ZSTD_freeCCtx(cctx); }
};

DocumentBuilder::DocumentBuilder(std::unique_ptr<analyzers::Analyzer> analyzer)
    : analyzer_(std::move(analyzer)), zstd_(std::make_unique<Zstd>()) {}

DocumentBuilder::~DocumentBuilder() = default;

// Gap between fields and between values of a multi-valued field, so that a
// phrase never matches across them.
constexpr Xapian::termpos kFieldGap = 100;

void DocumentBuilder::IndexText(Xapian::Document& doc, std::string_view text,
                                std::string_view prefix, unsigned weight, Xapian::termpos& pos) {
  auto tokens = analyzer_->Analyze(text, pos, &normalized_);
  if (weight > 0) IndexClusterGrams(doc, normalized_);
  std::string term;
  for (const auto& t : tokens) {
    const Xapian::termpos p = t.position + 1;  // Xapian positions start at 1
    if (weight > 0) doc.add_posting(t.text, p, weight);
    if (!prefix.empty()) {
      term.assign(prefix);
      term += t.text;
      doc.add_term(term, 1);  // no positions: see Build()
    }
    if (IsStemmable(t)) {
      std::string stem = stemmer_(t.text);
      if (weight > 0) doc.add_term(std::string(kStemPrefix) + stem, weight);
      if (!prefix.empty()) doc.add_term(std::string(kStemPrefix) + std::string(prefix) + stem, 1);
    }
    pos = std::max<Xapian::termpos>(pos, t.position + 1);
  }
  pos += kFieldGap;
}

void DocumentBuilder::IndexClusterGrams(Xapian::Document& doc, std::string_view normalized) {
  grams_.clear();
  const uint32_t next = analyzers::ThaiClusterGrams(normalized, gram_pos_, &grams_);
  std::string term(kClusterGramPrefix);
  for (const auto& g : grams_) {
    term.resize(kClusterGramPrefix.size());
    term.append(normalized, g.begin, g.end - g.begin);
    doc.add_posting(term, g.position + 1, 0);  // wdf 0: see kClusterGramPrefix
  }
  gram_pos_ = next;
}

Xapian::Document DocumentBuilder::Build(const catalog::Dataset& d) {
  Xapian::Document doc;
  Xapian::termpos pos = 0;
  gram_pos_ = 0;
  for (const FieldSpec& f : catalog::Fields()) {
    const auto values = f.values ? f.values(d, f) : std::vector<std::string>{};
    switch (f.kind) {
      case FieldKind::kText:
        for (const auto& v : values) IndexText(doc, v, f.prefix, f.weight, pos);
        break;
      case FieldKind::kKeyword:
        if (!f.prefix.empty()) {
          for (const auto& v : values) doc.add_boolean_term(KeywordTerm(f.prefix, v));
        }
        if (f.slot >= 0 && !values.empty()) doc.add_value(f.slot, values.front());
        if (f.weight > 0 && f.text) {
          for (const auto& v : f.text(d, f)) IndexText(doc, v, "", f.weight, pos);
        }
        break;
      case FieldKind::kDate:
        if (!values.empty()) {
          std::string ts = catalog::NormalizeTimestamp(values.front());
          if (!ts.empty()) doc.add_value(f.slot, ts);
        }
        break;
      case FieldKind::kInt:
        if (!values.empty()) {
          doc.add_value(f.slot, Xapian::sortable_serialise(std::stod(values.front())));
        }
        break;
    }
    if (f.facet) {
      int idx = catalog::FacetIndex(f.name);
      std::string joined;
      for (const auto& v : values) {
        if (!joined.empty()) joined += catalog::kFacetValueSeparator;
        joined += v;
      }
      if (!joined.empty()) doc.add_value(catalog::kFacetSlotBase + idx, joined);
    }
  }
  doc.add_boolean_term(KeywordTerm(catalog::kIdTermPrefix, d.id));

  // The stored record: the package dict as loaded, zstd-compressed.
  std::string packed(ZSTD_compressBound(d.record_json.size()), '\0');
  size_t n = ZSTD_compressCCtx(zstd_->cctx, packed.data(), packed.size(), d.record_json.data(),
                               d.record_json.size(), 3);
  if (ZSTD_isError(n)) {
    doc.set_data("J" + d.record_json);  // uncompressed fallback, marked
  } else {
    packed.resize(n);
    doc.set_data("Z" + packed);
  }
  return doc;
}

std::string DecodeStoredRecord(const std::string& data) {
  if (data.empty()) return "{}";
  if (data[0] == 'J') return data.substr(1);
  const char* src = data.data() + 1;
  const size_t src_size = data.size() - 1;
  unsigned long long size = ZSTD_getFrameContentSize(src, src_size);
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN) return "{}";
  std::string out(size, '\0');
  size_t n = ZSTD_decompress(out.data(), out.size(), src, src_size);
  if (ZSTD_isError(n)) return "{}";
  out.resize(n);
  return out;
}

}  // namespace khonha::search
