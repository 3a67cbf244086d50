// Scoring word segmentation against a gold standard in the `|`-separated
// format of ../shared/data/thai-seg (one sample per line, gold words
// separated by '|', spaces are tokens of their own).
//
// Metrics follow PyThaiNLP's benchmark: word precision/recall/F1 over
// (start, end) spans, and character-level boundary precision/recall/F1
// (each character labelled "a word starts here" or not), both summed over all
// lines (micro average). Positions are counted in code points.
//
// Not thread-safe (uses the given Analyzer).
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "analyzers/analyzer.h"

namespace khonha::analyzers {

struct SegmentationCounts {
  size_t word_true_positive = 0, word_predicted = 0, word_gold = 0;
  size_t char_true_positive = 0, char_predicted = 0, char_gold = 0;
  size_t lines = 0;
  size_t skipped = 0;  // lines whose normalised gold did not line up (reported)

  void Add(const SegmentationCounts& o);
  double WordPrecision() const;
  double WordRecall() const;
  double WordF1() const;
  double CharPrecision() const;
  double CharRecall() const;
  double CharF1() const;
};

// Scores one sample: `gold` are the gold words, `predicted` the segmenter's.
// Both must concatenate to the same text; otherwise nothing is counted and
// `skipped` is incremented.
SegmentationCounts ScoreSample(const std::vector<std::string>& gold,
                               const std::vector<std::string>& predicted);

// Reads gold lines from `in` and scores analyzer.Segment() on each. When
// normalisation changes a line, the gold words are normalised one by one.
SegmentationCounts EvaluateSegmentation(Analyzer& analyzer, std::istream& in);

}  // namespace khonha::analyzers
