#include "analyzers/segmentation_eval.h"

#include <set>

#include "analyzers/thai_chars.h"

namespace khonha::analyzers {
namespace {

double Ratio(size_t a, size_t b) { return b == 0 ? 0.0 : double(a) / double(b); }
double F1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  return n;
}

// (start, end) spans in code points of non-empty words.
std::vector<std::pair<size_t, size_t>> Spans(const std::vector<std::string>& words) {
  std::vector<std::pair<size_t, size_t>> spans;
  size_t pos = 0;
  for (const auto& w : words) {
    size_t n = CodePoints(w);
    if (n == 0) continue;
    spans.emplace_back(pos, pos + n);
    pos += n;
  }
  return spans;
}

std::string Concat(const std::vector<std::string>& words) {
  std::string s;
  for (const auto& w : words) s += w;
  return s;
}

}  // namespace

void SegmentationCounts::Add(const SegmentationCounts& o) {
  word_true_positive += o.word_true_positive;
  word_predicted += o.word_predicted;
  word_gold += o.word_gold;
  char_true_positive += o.char_true_positive;
  char_predicted += o.char_predicted;
  char_gold += o.char_gold;
  lines += o.lines;
  skipped += o.skipped;
}

double SegmentationCounts::WordPrecision() const { return Ratio(word_true_positive, word_predicted); }
double SegmentationCounts::WordRecall() const { return Ratio(word_true_positive, word_gold); }
double SegmentationCounts::WordF1() const { return F1(WordPrecision(), WordRecall()); }
double SegmentationCounts::CharPrecision() const { return Ratio(char_true_positive, char_predicted); }
double SegmentationCounts::CharRecall() const { return Ratio(char_true_positive, char_gold); }
double SegmentationCounts::CharF1() const { return F1(CharPrecision(), CharRecall()); }

SegmentationCounts ScoreSample(const std::vector<std::string>& gold,
                               const std::vector<std::string>& predicted) {
  SegmentationCounts c;
  c.lines = 1;
  if (Concat(gold) != Concat(predicted)) {
    c.skipped = 1;
    return c;
  }
  auto g = Spans(gold);
  auto p = Spans(predicted);
  std::set<std::pair<size_t, size_t>> gold_spans(g.begin(), g.end());
  std::set<size_t> gold_starts;
  for (const auto& s : g) gold_starts.insert(s.first);
  c.word_gold = g.size();
  c.word_predicted = p.size();
  c.char_gold = g.size();
  c.char_predicted = p.size();
  for (const auto& s : p) {
    c.word_true_positive += gold_spans.count(s);
    c.char_true_positive += gold_starts.count(s.first);
  }
  return c;
}

SegmentationCounts EvaluateSegmentation(Analyzer& analyzer, std::istream& in) {
  SegmentationCounts total;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    std::vector<std::string> gold;
    size_t start = 0;
    for (size_t i = 0; i <= line.size(); ++i) {
      if (i == line.size() || line[i] == '|') {
        if (i > start) gold.push_back(line.substr(start, i - start));
        start = i + 1;
      }
    }
    std::string input = Concat(gold);
    if (analyzer.Normalize(input) != input) {
      for (auto& w : gold) w = analyzer.Normalize(w);
    }
    total.Add(ScoreSample(gold, analyzer.Segment(input)));
  }
  return total;
}

}  // namespace khonha::analyzers
