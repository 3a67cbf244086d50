#include "analyzers/thai_segmenter.h"

#include <algorithm>
#include <limits>

#include "analyzers/segmenter.h"
#include "analyzers/thai_chars.h"
#include "analyzers/thai_clusters.h"

namespace khonha::analyzers {
namespace {

struct Cost {
  uint32_t unknown = std::numeric_limits<uint32_t>::max();
  uint32_t words = 0;
  bool operator<(const Cost& o) const {
    return unknown != o.unknown ? unknown < o.unknown : words < o.words;
  }
};

}  // namespace

void MaximalMatch(std::string_view text, const std::vector<uint32_t>& clusters,
                  const Lexicon& lexicon, bool forbid_whole, std::vector<uint32_t>* bounds) {
  const size_t n = clusters.size() - 1;  // number of clusters
  std::vector<Cost> best(n + 1);
  std::vector<uint32_t> from(n + 1, 0);
  std::vector<bool> unknown_end(n + 1, false);  // best path reaches j by an unknown word
  best[0] = Cost{0, 0};
  std::vector<uint32_t> lengths;
  for (size_t j = 0; j < n; ++j) {
    if (best[j].unknown == std::numeric_limits<uint32_t>::max()) continue;
    auto relax = [&](size_t k, Cost c, bool unknown) {
      if (c < best[k]) {
        best[k] = c;
        from[k] = static_cast<uint32_t>(j);
        unknown_end[k] = unknown;
      }
    };
    lengths.clear();
    lexicon.PrefixLengths(text, clusters[j], text.size(), &lengths);
    for (uint32_t len : lengths) {
      uint32_t end = clusters[j] + len;
      auto it = std::lower_bound(clusters.begin() + j + 1, clusters.end(), end);
      if (it == clusters.end() || *it != end) continue;  // ends inside a cluster
      size_t k = static_cast<size_t>(it - clusters.begin());
      if (forbid_whole && j == 0 && k == n) continue;
      relax(k, Cost{best[j].unknown, best[j].words + 1}, false);
    }
    // One unknown cluster; it extends an unknown word that ends at j.
    Cost c{best[j].unknown + 1, best[j].words + (unknown_end[j] ? 0u : 1u)};
    relax(j + 1, c, true);
  }
  // Walk back; consecutive unknown steps merge into one word.
  std::vector<uint32_t> rev;
  for (size_t k = n; k > 0;) {
    size_t j = from[k];
    while (unknown_end[k] && j > 0 && unknown_end[j]) j = from[j];
    rev.push_back(clusters[k]);
    k = j;
  }
  bounds->assign(1, 0);
  bounds->insert(bounds->end(), rev.rbegin(), rev.rend());
}

size_t ThaiSegmenter::UnknownClusters(std::string_view word) {
  if (lexicon_->Contains(word)) return 0;
  ThaiClusterBoundaries(word, &scratch_);
  return scratch_.size() - 1;
}

void ThaiSegmenter::Correct(std::string_view text, size_t first, std::vector<Segment>* segments) {
  std::vector<Segment>& segs = *segments;
  const size_t end = segs.size();
  if (end - first < 1) return;
  known_.assign(end - first, true);
  bool any_unknown = false;
  for (size_t i = first; i < end; ++i) {
    std::string_view w = text.substr(segs[i].begin, segs[i].end - segs[i].begin);
    known_[i - first] = lexicon_->Contains(w);
    any_unknown |= !known_[i - first];
  }
  if (any_unknown) Repair(text, first, segments);
  MergeCurated(text, first, segments);
  PostProcess(text, first, segments);
}

void ThaiSegmenter::MergeCurated(std::string_view text, size_t first,
                                 std::vector<Segment>* segments) {
  std::vector<Segment>& segs = *segments;
  constexpr size_t kMaxMerge = 6;
  out_.clear();
  uint32_t ends[kMaxMerge];
  for (size_t i = first; i < segs.size();) {
    // One trie walk finds the longest curated word ending on a segment end
    // among the next 2..kMaxMerge segments.
    const size_t span = std::min(kMaxMerge, segs.size() - i);
    for (size_t n = 2; n <= span; ++n) ends[n - 2] = segs[i + n - 1].end - segs[i].begin;
    size_t take = 1;
    if (span >= 2) {
      uint32_t len = lexicon_->LongestPrefixAt(text, segs[i].begin, segs[i + span - 1].end,
                                               WordSource::kBuiltin, ends, span - 1);
      if (len > 0) {
        while (segs[i + take - 1].end - segs[i].begin < len) ++take;
      }
    }
    out_.push_back(Segment{segs[i].begin, segs[i + take - 1].end, SegmentKind::kThai});
    i += take;
  }
  segs.resize(first);
  segs.insert(segs.end(), out_.begin(), out_.end());
}

void ThaiSegmenter::PostProcess(std::string_view text, size_t first,
                                std::vector<Segment>* segments) {
  std::vector<Segment>& segs = *segments;
  out_.clear();
  for (size_t i = first; i < segs.size(); ++i) {
    std::string_view w = text.substr(segs[i].begin, segs[i].end - segs[i].begin);
    // Elongation for emphasis ("สุดดดด", "มากกก"): a segment that only
    // repeats the last character of the one before joins it.
    if (!out_.empty() && w.size() % kThaiCharBytes == 0) {
      std::string_view last = text.substr(out_.back().end - kThaiCharBytes, kThaiCharBytes);
      bool repeats = true;
      for (size_t k = 0; k < w.size() && repeats; k += kThaiCharBytes) {
        repeats = w.substr(k, kThaiCharBytes) == last;
      }
      if (repeats) {
        out_.back().end = segs[i].end;
        continue;
      }
    }
    // Negation and a few particles are words of their own even where a
    // dictionary lists the phrase (ไม่มี → ไม่ | มี, เป็นการ → เป็น | การ).
    bool split = false;
    for (std::string_view prefix :
         {std::string_view("ไม่"), std::string_view("ก็"), std::string_view("เป็น")}) {
      if (w.size() > prefix.size() && w.starts_with(prefix) &&
          lexicon_->Lookup(w) == WordSource::kGeneral &&
          lexicon_->Contains(w.substr(prefix.size())) && IsClusterStart(w, prefix.size())) {
        uint32_t mid = segs[i].begin + uint32_t(prefix.size());
        out_.push_back(Segment{segs[i].begin, mid, SegmentKind::kThai});
        out_.push_back(Segment{mid, segs[i].end, SegmentKind::kThai});
        split = true;
        break;
      }
    }
    if (!split) out_.push_back(segs[i]);
  }
  segs.resize(first);
  segs.insert(segs.end(), out_.begin(), out_.end());
}

bool ThaiSegmenter::IsClusterStart(std::string_view word, size_t offset) {
  ThaiClusterBoundaries(word, &scratch_);
  return std::binary_search(scratch_.begin(), scratch_.end(), uint32_t(offset));
}

void ThaiSegmenter::Repair(std::string_view text, size_t first, std::vector<Segment>* segments) {
  std::vector<Segment>& segs = *segments;
  const size_t end = segs.size();
  out_.clear();
  size_t i = first;
  while (i < end) {
    if (known_[i - first]) {
      out_.push_back(segs[i++]);
      continue;
    }
    // A window around a stretch of unknown segments (joined across single
    // known ones) plus one known neighbour on each side: ICU often steals a
    // character from the neighbour (ผลก|ระ|ทบ).
    size_t lo = i, hi = i + 1;
    while (hi < end && (!known_[hi - first] || (hi + 1 < end && !known_[hi + 1 - first]))) ++hi;
    if (lo > first && !out_.empty() && out_.back().begin == segs[lo - 1].begin) {
      --lo;
      out_.pop_back();
    }
    if (hi < end) ++hi;
    const size_t wb = segs[lo].begin, we = segs[hi - 1].end;
    std::string_view window = text.substr(wb, we - wb);
    ThaiClusterBoundaries(window, &clusters_);
    MaximalMatch(window, clusters_, *lexicon_, /*forbid_whole=*/false, &bounds_);
    size_t old_unknown = 0, new_unknown = 0;
    for (size_t k = lo; k < hi; ++k) {
      old_unknown += known_[k - first] ? 0 : UnknownClusters(text.substr(segs[k].begin, segs[k].end - segs[k].begin));
    }
    for (size_t k = 0; k + 1 < bounds_.size(); ++k) {
      new_unknown += UnknownClusters(window.substr(bounds_[k], bounds_[k + 1] - bounds_[k]));
    }
    if (new_unknown < old_unknown) {
      for (size_t k = 0; k + 1 < bounds_.size(); ++k) {
        out_.push_back(Segment{uint32_t(wb + bounds_[k]), uint32_t(wb + bounds_[k + 1]),
                               SegmentKind::kThai});
      }
    } else {
      for (size_t k = lo; k < hi; ++k) out_.push_back(segs[k]);
    }
    i = hi;
  }
  segs.resize(first);
  segs.insert(segs.end(), out_.begin(), out_.end());
}

}  // namespace khonha::analyzers
