#include "analyzers/lexicon.h"

#include <algorithm>
#include <cstring>
#include <fstream>

#include "analyzers/builtin_words.h"
#include "analyzers/normalizer.h"
#include "analyzers/thai_chars.h"
#include "analyzers/thai_clusters.h"
#include "analyzers/thai_segmenter.h"
#include "catalog/base/utf8.h"

namespace khonha::analyzers {
namespace {

constexpr const char* kDefaultHunspellDic = "/usr/share/hunspell/th_TH.dic";

// Thai words of `text`: maximal runs of Thai word characters.
void AddThaiParts(std::string_view text, WordSource source,
                  std::vector<std::pair<std::u32string, WordSource>>* out) {
  std::u32string word;
  auto flush = [&] {
    if (!word.empty()) out->emplace_back(std::move(word), source);
    word.clear();
  };
  for (size_t i = 0; i < text.size();) {
    size_t len;
    char32_t c = DecodeUtf8(text, i, &len);
    i += len;
    if (IsThaiWordChar(c)) {
      word.push_back(c);
    } else {
      flush();
    }
  }
  flush();
}

Status LoadHunspell(const std::string& path, const Normalizer& normalizer,
                    std::vector<std::pair<std::u32string, WordSource>>* out) {
  std::ifstream in(path);
  if (!in) return NotFound("cannot open hunspell word list " + path);
  std::string line;
  bool first = true;
  while (std::getline(in, line)) {
    if (first) {  // the entry count
      first = false;
      if (!line.empty() && line.find_first_not_of("0123456789\r") == std::string::npos) continue;
    }
    size_t slash = line.find('/');
    if (slash != std::string::npos) line.resize(slash);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
      line.pop_back();
    }
    if (line.empty()) continue;
    AddThaiParts(normalizer.Normalize(line), WordSource::kGeneral, out);
  }
  return Status::Ok();
}

}  // namespace

Result<std::shared_ptr<const Lexicon>> Lexicon::Create(const LexiconOptions& options) {
  auto normalizer = Normalizer::Create();
  if (!normalizer.ok()) return normalizer.status();
  std::vector<std::pair<std::u32string, WordSource>> words;
  if (options.hunspell_dic != "none") {
    std::string path = options.hunspell_dic.empty() ? kDefaultHunspellDic : options.hunspell_dic;
    Status s = LoadHunspell(path, *normalizer, &words);
    // The default list is optional (the analyzer still works, less well);
    // an explicitly named one must exist.
    if (!s.ok() && !options.hunspell_dic.empty()) return s;
  }
  if (options.builtin_words) {
    for (std::string_view w : BuiltinWords()) {
      AddThaiParts(normalizer->Normalize(w), WordSource::kBuiltin, &words);
    }
    // Short abbreviations (ตร, ศ) would match inside ordinary words; they are
    // recognised only with their dot, by the segmenter.
    for (std::string_view w : BuiltinAbbreviations()) {
      if (w.size() >= 3 * kThaiCharBytes) {
        AddThaiParts(normalizer->Normalize(w), WordSource::kBuiltin, &words);
      }
    }
  }
  std::shared_ptr<Lexicon> lexicon(new Lexicon());
  if (options.extra_words.empty()) {
    lexicon->Build(std::move(words));
    return std::shared_ptr<const Lexicon>(std::move(lexicon));
  }
  // Extra words (a catalog's tags and agency titles) are often phrases of
  // known words ("ข้อมูลโรงงาน"): as one word they would make a query for
  // those words match only where they stand together. Only entries the
  // lexicon cannot already split into known words join it (new vocabulary:
  // names, places, terms of the trade).
  lexicon->Build(words);
  std::vector<std::pair<std::u32string, WordSource>> extra;
  std::vector<uint32_t> clusters, bounds;
  std::string utf8;
  for (const std::string& w : options.extra_words) {
    const size_t first = extra.size();
    AddThaiParts(normalizer->Normalize(w), WordSource::kExtra, &extra);
    for (size_t i = first; i < extra.size();) {
      utf8.clear();
      for (char32_t c : extra[i].first) AppendUtf8(c, &utf8);
      ThaiClusterBoundaries(utf8, &clusters);
      MaximalMatch(utf8, clusters, *lexicon, /*forbid_whole=*/false, &bounds);
      bool explained = true;
      for (size_t k = 0; k + 1 < bounds.size() && explained; ++k) {
        explained = lexicon->Contains(std::string_view(utf8).substr(bounds[k], bounds[k + 1] - bounds[k]));
      }
      if (explained && bounds.size() > 2) {
        extra.erase(extra.begin() + static_cast<std::ptrdiff_t>(i));
      } else {
        ++i;
      }
    }
  }
  words.insert(words.end(), std::make_move_iterator(extra.begin()),
               std::make_move_iterator(extra.end()));
  lexicon->Build(std::move(words));
  return std::shared_ptr<const Lexicon>(std::move(lexicon));
}

std::shared_ptr<const Lexicon> Lexicon::FromWords(const std::vector<std::string>& list) {
  std::vector<std::pair<std::u32string, WordSource>> words;
  for (const std::string& w : list) AddThaiParts(w, WordSource::kGeneral, &words);
  std::shared_ptr<Lexicon> lexicon(new Lexicon());
  lexicon->Build(std::move(words));
  return lexicon;
}

void Lexicon::Build(std::vector<std::pair<std::u32string, WordSource>> words) {
  // Sort by word, strongest source first, then keep one entry per word.
  std::sort(words.begin(), words.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second > b.second;
  });
  words.erase(std::unique(words.begin(), words.end(),
                          [](const auto& a, const auto& b) { return a.first == b.first; }),
              words.end());
  size_ = words.size();
  std::vector<std::pair<std::u32string, WordSource>> curated;
  for (const auto& w : words) {
    if (w.second >= WordSource::kBuiltin) curated.push_back(w);
  }
  // The hash table for Lookup, at most half full.
  size_t capacity = 16;
  while (capacity < words.size() * 2) capacity *= 2;
  table_.assign(capacity, Slot{});
  words_utf8_.clear();
  std::string utf8;
  for (const auto& [word, source] : words) {
    utf8.clear();
    for (char32_t c : word) AppendUtf8(c, &utf8);
    if (utf8.empty() || utf8.size() > 0xFFFF) continue;
    Slot slot{std::hash<std::string_view>{}(utf8), static_cast<uint32_t>(words_utf8_.size()),
              static_cast<uint16_t>(utf8.size()), source};
    words_utf8_ += utf8;
    size_t i = slot.hash & (capacity - 1);
    while (table_[i].length != 0) i = (i + 1) & (capacity - 1);
    table_[i] = slot;  // words are unique after the dedup above
  }
  curated_.reset(new Lexicon());
  curated_->size_ = curated.size();
  curated_->BuildTrie(curated);
  BuildTrie(words);
}

void Lexicon::BuildTrie(const std::vector<std::pair<std::u32string, WordSource>>& words) {
  nodes_.clear();
  edges_.clear();
  nodes_.reserve(words.size() * 3);
  edges_.reserve(words.size() * 3);
  BuildNode(words, 0, words.size(), 0);
  thai_root_.assign(0x80, 0);
  const Node& root = nodes_[0];
  for (uint32_t e = root.first_edge; e < root.first_edge + root.edge_count; ++e) {
    if (edges_[e].label >= 0x0E00 && edges_[e].label < 0x0E80) {
      thai_root_[edges_[e].label - 0x0E00] = edges_[e].target + 1;
    }
  }
  dense_.clear();
  for (size_t n = 1; n < nodes_.size(); ++n) {
    Node& node = nodes_[n];
    if (node.edge_count < kDenseMinChildren) continue;
    node.dense_index = static_cast<uint32_t>(dense_.size());
    dense_.resize(dense_.size() + 0x80, 0);
    for (uint32_t e = node.first_edge; e < node.first_edge + node.edge_count; ++e) {
      if (edges_[e].label >= 0x0E00 && edges_[e].label < 0x0E80) {
        dense_[node.dense_index + (edges_[e].label - 0x0E00)] = edges_[e].target + 1;
      }
    }
  }
}

// Builds the node for the words in [lo, hi), which share their first `depth`
// code points; returns its index. Children's edges are contiguous.
uint32_t Lexicon::BuildNode(const std::vector<std::pair<std::u32string, WordSource>>& words,
                            size_t lo, size_t hi, size_t depth) {
  uint32_t index = static_cast<uint32_t>(nodes_.size());
  nodes_.push_back(Node{});
  if (lo < hi && words[lo].first.size() == depth) {
    nodes_[index].source = words[lo].second;
    ++lo;
  }
  // Group the remaining words by their code point at `depth`.
  std::vector<std::pair<size_t, size_t>> groups;
  for (size_t i = lo; i < hi;) {
    size_t j = i + 1;
    while (j < hi && words[j].first[depth] == words[i].first[depth]) ++j;
    groups.emplace_back(i, j);
    i = j;
  }
  uint32_t first_edge = static_cast<uint32_t>(edges_.size());
  nodes_[index].first_edge = first_edge;
  nodes_[index].edge_count = static_cast<uint32_t>(groups.size());
  edges_.resize(edges_.size() + groups.size());
  for (size_t g = 0; g < groups.size(); ++g) {
    char32_t label = words[groups[g].first].first[depth];
    uint32_t child = BuildNode(words, groups[g].first, groups[g].second, depth + 1);
    edges_[first_edge + g] = Edge{label, child};
  }
  return index;
}

const Lexicon::Node* Lexicon::Child(const Node& node, char32_t c) const {
  if (&node == nodes_.data() && c >= 0x0E00 && c < 0x0E80) {
    uint32_t t = thai_root_[c - 0x0E00];
    return t == 0 ? nullptr : &nodes_[t - 1];
  }
  if (node.dense_index != kNoDense && c >= 0x0E00 && c < 0x0E80) {
    uint32_t t = dense_[node.dense_index + (c - 0x0E00)];
    return t == 0 ? nullptr : &nodes_[t - 1];
  }
  const Edge* begin = edges_.data() + node.first_edge;
  const Edge* end = begin + node.edge_count;
  if (node.edge_count <= 8) {  // short lists: a linear scan beats bisection
    for (const Edge* e = begin; e != end; ++e) {
      if (e->label == c) return &nodes_[e->target];
      if (e->label > c) return nullptr;
    }
    return nullptr;
  }
  const Edge* it =
      std::lower_bound(begin, end, c, [](const Edge& e, char32_t v) { return e.label < v; });
  if (it == end || it->label != c) return nullptr;
  return &nodes_[it->target];
}

WordSource Lexicon::Lookup(std::string_view word) const {
  if (!table_.empty() && word.size() <= 0xFFFF) {  // longer words are only in the trie
    if (word.empty()) return WordSource::kNone;
    const uint64_t hash = std::hash<std::string_view>{}(word);
    const size_t mask = table_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = table_[i];
      if (slot.length == 0) return WordSource::kNone;
      if (slot.hash == hash && slot.length == word.size() &&
          std::memcmp(words_utf8_.data() + slot.offset, word.data(), word.size()) == 0) {
        return slot.source;
      }
    }
  }
  if (nodes_.empty()) return WordSource::kNone;
  const Node* node = &nodes_[0];
  for (size_t i = 0; i < word.size();) {
    size_t len;
    node = Child(*node, DecodeUtf8(word, i, &len));
    if (node == nullptr) return WordSource::kNone;
    i += len;
  }
  return node->source;
}

void Lexicon::PrefixLengths(std::string_view text, size_t begin, size_t end,
                            std::vector<uint32_t>* lengths) const {
  if (nodes_.empty()) return;
  const Node* node = &nodes_[0];
  for (size_t i = begin; i < end;) {
    size_t len;
    node = Child(*node, DecodeUtf8(text, i, &len));
    if (node == nullptr) return;
    i += len;
    if (node->source != WordSource::kNone) lengths->push_back(static_cast<uint32_t>(i - begin));
  }
}

uint32_t Lexicon::LongestPrefixAt(std::string_view text, size_t begin, size_t end,
                                  WordSource min_source, const uint32_t* ends,
                                  size_t n_ends) const {
  if (curated_ != nullptr && min_source >= WordSource::kBuiltin) {
    return curated_->LongestPrefixAt(text, begin, end, min_source, ends, n_ends);
  }
  if (nodes_.empty() || n_ends == 0) return 0;
  const Node* node = &nodes_[0];
  uint32_t best = 0;
  size_t k = 0;  // next candidate length in ends
  for (size_t i = begin; i < end && k < n_ends;) {
    size_t len;
    node = Child(*node, DecodeUtf8(text, i, &len));
    if (node == nullptr) break;
    i += len;
    const uint32_t walked = static_cast<uint32_t>(i - begin);
    while (k < n_ends && ends[k] < walked) ++k;
    if (k < n_ends && ends[k] == walked && node->source >= min_source) best = walked;
  }
  return best;
}

}  // namespace khonha::analyzers
