// The Analyzer implementation: Normalizer → Segmenter → Folder, plus the
// length limit and sub-word emission.
#include "analyzers/analyzer.h"

#include "analyzers/folding.h"
#include "analyzers/lexicon.h"
#include "analyzers/normalizer.h"
#include "analyzers/segmenter.h"
#include "analyzers/subwords.h"
#include "analyzers/thai_clusters.h"
#include "catalog/base/utf8.h"

namespace khonha::analyzers {
namespace {

Script ScriptOf(SegmentKind kind) {
  switch (kind) {
    case SegmentKind::kThai:
      return Script::kThai;
    case SegmentKind::kLatin:
      return Script::kLatin;
    case SegmentKind::kDigit:
      return Script::kDigit;
    default:
      return Script::kOther;
  }
}

bool IsIndexed(SegmentKind kind) {
  return kind == SegmentKind::kThai || kind == SegmentKind::kLatin ||
         kind == SegmentKind::kDigit || kind == SegmentKind::kOther;
}

class AnalyzerImpl final : public Analyzer {
 public:
  AnalyzerImpl(Normalizer normalizer, Folder folder, std::unique_ptr<Segmenter> segmenter,
               std::shared_ptr<const AnalyzerOptions> options)
      : normalizer_(normalizer),
        folder_(folder),
        segmenter_(std::move(segmenter)),
        subwords_(segmenter_->lexicon()),
        options_(std::move(options)),
        emit_subwords_(options_->emit_subwords) {}

  std::unique_ptr<Analyzer> Clone() const override {
    return std::make_unique<AnalyzerImpl>(normalizer_, folder_, segmenter_->Clone(), options_);
  }

  Result<std::unique_ptr<Analyzer>> WithExtraWords(
      const std::vector<std::string>& words) const override {
    AnalyzerOptions options = *options_;
    options.extra_words.insert(options.extra_words.end(), words.begin(), words.end());
    return Analyzer::Create(options);
  }

  std::string Normalize(std::string_view text) const override {
    return normalizer_.Normalize(text);
  }

  std::vector<std::string> Segment(std::string_view text) override {
    std::string normalized = normalizer_.Normalize(text);
    segmenter_->Split(normalized, &segments_);
    std::vector<std::string> out;
    out.reserve(segments_.size());
    for (const auto& s : segments_) out.emplace_back(normalized, s.begin, s.end - s.begin);
    return out;
  }

  std::vector<Token> Analyze(std::string_view text, uint32_t first_position) override {
    return Analyze(text, first_position, &normalized_);
  }

  std::vector<Token> Analyze(std::string_view text, uint32_t first_position,
                             std::string* normalized_out) override {
    *normalized_out = normalizer_.Normalize(text);
    const std::string& normalized = *normalized_out;
    segmenter_->Split(normalized, &segments_);
    std::vector<Token> tokens;
    tokens.reserve(segments_.size() + 1);
    uint32_t position = first_position;
    for (const auto& seg : segments_) {
      if (!IsIndexed(seg.kind)) continue;
      std::string_view surface(normalized.data() + seg.begin, seg.end - seg.begin);
      if (surface.size() <= kMaxTokenBytes) {
        EmitWord(surface, seg, seg.begin, &position, &tokens);
        continue;
      }
      // Too long for one term: cut at cluster boundaries, never drop text.
      ThaiClusterBoundaries(surface, &clusters_);
      size_t start = 0, fits = 0;  // `fits`: last boundary within the limit
      for (size_t k = 1; k < clusters_.size(); ++k) {
        size_t b = clusters_[k];
        if (b - start > kMaxTokenBytes && fits > start) {
          EmitWord(surface.substr(start, fits - start), seg, seg.begin + start, &position,
                   &tokens);
          start = fits;
        }
        while (b - start > kMaxTokenBytes) {  // one absurdly long cluster
          size_t cut = TruncateUtf8(surface.substr(start), kMaxTokenBytes).size();
          EmitWord(surface.substr(start, cut), seg, seg.begin + start, &position, &tokens);
          start += cut;
        }
        fits = b;
      }
      if (start < surface.size()) {
        EmitWord(surface.substr(start), seg, seg.begin + start, &position, &tokens);
      }
    }
    return tokens;
  }

 private:
  // Emits one word (and its sub-words) at *position, then advances it.
  void EmitWord(std::string_view surface, const analyzers::Segment& seg, uint32_t begin,
                uint32_t* position, std::vector<Token>* tokens) {
    folder_.Fold(surface, seg.kind, &folded_);
    if (folded_.empty()) return;
    uint32_t end = begin + static_cast<uint32_t>(surface.size());
    Script script = ScriptOf(seg.kind);
    // Folding may expand text (NFKC of ligatures); re-cut at code points.
    std::string_view rest(folded_);
    while (rest.size() > kMaxTokenBytes) {
      std::string_view piece = TruncateUtf8(rest, kMaxTokenBytes);
      tokens->push_back(Token{std::string(piece), (*position)++, script, false, begin, end});
      rest.remove_prefix(piece.size());
    }
    tokens->push_back(Token{std::string(rest), *position, script, false, begin, end});
    if (emit_subwords_) {
      for (const SubWord& p : subwords_.Find(surface, tokens->back().text, seg.kind)) {
        Token t;
        folder_.Fold(surface.substr(p.begin, p.end - p.begin), seg.kind, &t.text);
        if (p.text_override) t.text = p.text;
        if (t.text.empty() || t.text == tokens->back().text) continue;
        t.position = *position;
        t.script = script;
        t.subword = true;
        t.begin = begin + p.begin;
        t.end = begin + p.end;
        tokens->push_back(std::move(t));
      }
    }
    ++*position;
  }

  Normalizer normalizer_;
  Folder folder_;
  std::unique_ptr<Segmenter> segmenter_;
  SubWordFinder subwords_;
  std::shared_ptr<const AnalyzerOptions> options_;  // as created; shared by clones
  bool emit_subwords_;
  // Scratch buffers reused between calls.
  std::vector<analyzers::Segment> segments_;
  std::vector<uint32_t> clusters_;
  std::string folded_;
  std::string normalized_;
};

}  // namespace

Result<std::unique_ptr<Analyzer>> Analyzer::Create(const AnalyzerOptions& options) {
  auto normalizer = Normalizer::Create();
  if (!normalizer.ok()) return normalizer.status();
  auto folder = Folder::Create();
  if (!folder.ok()) return folder.status();
  LexiconOptions lexicon_options;
  lexicon_options.hunspell_dic = options.hunspell_dic;
  lexicon_options.extra_words = options.extra_words;
  auto lexicon = Lexicon::Create(lexicon_options);
  if (!lexicon.ok()) return lexicon.status();
  auto segmenter = Segmenter::Create(*lexicon);
  if (!segmenter.ok()) return segmenter.status();
  return std::unique_ptr<Analyzer>(std::make_unique<AnalyzerImpl>(
      *normalizer, *folder, std::move(*segmenter), std::make_shared<const AnalyzerOptions>(options)));
}

}  // namespace khonha::analyzers
