#include "catalog/search/ram_ranker.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace khonha::search {

using Q = Xapian::Query;

namespace {

// Xapian::BM25Weight's defaults: k1 = 1, k2 = 0, k3 = 1, b = 0.5,
// min_normlen = 0.5 (k2 = 0: no per-document extra).
constexpr double kK1 = 1.0, kK3 = 1.0, kB = 0.5, kMinNormLen = 0.5;

bool IsPhraseOfTerms(const Q& q) {
  if (q.get_type() != Q::OP_PHRASE || q.get_num_subqueries() == 0) return false;
  for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
    if (q.get_subquery(i).get_type() != Q::LEAF_TERM) return false;
  }
  return true;
}

// Terms under AND / OR / AND_MAYBE / FILTER / AND_NOT: no positions needed.
bool IsPlain(const Q& q) {
  switch (q.get_type()) {
    case Q::LEAF_TERM:
    case Q::LEAF_MATCH_ALL:
    case Q::LEAF_MATCH_NOTHING:
      return true;
    case Q::OP_AND:
    case Q::OP_OR:
    case Q::OP_AND_MAYBE:
    case Q::OP_FILTER:
    case Q::OP_AND_NOT:
      for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
        if (!IsPlain(q.get_subquery(i))) return false;
      }
      return true;
    case Q::OP_SYNONYM:  // of terms: one pseudo-term, wdf summed
      for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
        if (q.get_subquery(i).get_type() != Q::LEAF_TERM) return false;
      }
      return q.get_num_subqueries() > 0;
    default:
      return false;
  }
}

// The ranking query compiled for a per-document walk. Leaves are terms with
// a postings cursor; `weighted` is false under the boolean side of FILTER /
// AND_NOT (Xapian gives those parts no weight).
struct Program {
  struct Node {
    Q::op type;
    std::vector<int> kids;
    int leaf = -1;
    bool weighted = true;
  };
  // A term, or a synonym's terms as one merged posting list (wdf summed).
  struct Leaf {
    std::string term;
    std::vector<std::string> synonym_of;
    std::shared_ptr<const RamRanker::Postings> postings;
    size_t cursor = 0;
    double termweight = 0;  // BM25 termweight, (k1 + 1) included
    uint32_t wdf = 0;       // in the current document
    bool present = false;   // in the current document
  };
  std::vector<Node> nodes;
  std::vector<Leaf> leaves;
  int root = -1;                          // the plain part
  std::vector<int> maybe;                 // plain AND_MAYBE boosts of the root
  std::vector<std::vector<int>> phrases;  // phrase boosts of the root: their leaves in order

  int AddLeaf(const std::string& term) {
    leaves.push_back(Leaf{term, {}, nullptr, 0, 0, 0, false});
    return static_cast<int>(leaves.size()) - 1;
  }

  int Compile(const Q& q, bool weighted) {
    Node n{q.get_type(), {}, -1, weighted};
    if (q.get_type() == Q::LEAF_TERM) n.leaf = AddLeaf(*q.get_terms_begin());
    if (q.get_type() == Q::OP_SYNONYM) {  // of terms (IsPlain)
      n.leaf = AddLeaf("");
      for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
        leaves.back().synonym_of.push_back(*q.get_subquery(i).get_terms_begin());
      }
      nodes.push_back(std::move(n));
      return static_cast<int>(nodes.size()) - 1;
    }
    for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
      const bool boolean_side =
          i > 0 && (q.get_type() == Q::OP_FILTER || q.get_type() == Q::OP_AND_NOT);
      n.kids.push_back(Compile(q.get_subquery(i), weighted && !boolean_side));
    }
    nodes.push_back(std::move(n));
    return static_cast<int>(nodes.size()) - 1;
  }

  // Moves every leaf to document d.
  void Seek(uint32_t d) {
    for (auto& l : leaves) {
      const auto& ids = l.postings->docids;
      if (l.cursor < ids.size() && ids[l.cursor] < d) {  // gallop, then bisect
        size_t step = 1, lo = l.cursor, hi = l.cursor + 1;
        while (hi < ids.size() && ids[hi] < d) {
          lo = hi;
          step *= 2;
          hi = lo + step;
        }
        hi = std::min(hi, ids.size());
        l.cursor =
            static_cast<size_t>(std::lower_bound(ids.begin() + static_cast<ptrdiff_t>(lo),
                                                 ids.begin() + static_cast<ptrdiff_t>(hi), d) -
                                ids.begin());
      }
      l.present = l.cursor < ids.size() && ids[l.cursor] == d;
      l.wdf = l.present ? l.postings->wdfs[l.cursor] : 0;
    }
  }

  // Moves one leaf to document d, wherever its cursor was.
  void LookUp(int leaf, uint32_t d) {
    Leaf& l = leaves[static_cast<size_t>(leaf)];
    const auto& ids = l.postings->docids;
    l.cursor = static_cast<size_t>(std::lower_bound(ids.begin(), ids.end(), d) - ids.begin());
    l.present = l.cursor < ids.size() && ids[l.cursor] == d;
    l.wdf = l.present ? l.postings->wdfs[l.cursor] : 0;
  }

  // BM25Weight::get_sumpart.
  static double Sumpart(double termweight, uint32_t wdf_count, double normlen) {
    const double wdf = wdf_count;
    const double denom = kK1 * (normlen * kB + (1 - kB)) + wdf;
    return termweight * (wdf / denom);
  }
  static double LeafWeight(const Leaf& l, double normlen) {
    return Sumpart(l.termweight, l.wdf, normlen);
  }

  // Whether node i matches the current document (of length `length`);
  // adds its weight to *w.
  bool Eval(int i, uint32_t length, double normlen, double* w) const {
    const Node& n = nodes[static_cast<size_t>(i)];
    switch (n.type) {
      case Q::OP_SYNONYM: {
        const Leaf& l = leaves[static_cast<size_t>(n.leaf)];
        if (!l.present) return false;
        // As Xapian's SynonymPostList: the summed wdf is clamped to the length.
        if (n.weighted) *w += Sumpart(l.termweight, std::min(l.wdf, length), normlen);
        return true;
      }
      case Q::LEAF_TERM: {
        const Leaf& l = leaves[static_cast<size_t>(n.leaf)];
        if (!l.present) return false;
        if (n.weighted) *w += LeafWeight(l, normlen);
        return true;
      }
      case Q::LEAF_MATCH_ALL:
        return true;
      case Q::OP_AND:
      case Q::OP_FILTER: {
        double sum = 0;
        for (int k : n.kids) {
          if (!Eval(k, length, normlen, &sum)) return false;
        }
        *w += sum;
        return true;
      }
      case Q::OP_AND_NOT: {
        double sum = 0;
        if (!Eval(n.kids.front(), length, normlen, &sum)) return false;
        for (size_t k = 1; k < n.kids.size(); ++k) {
          double ignored = 0;
          if (Eval(n.kids[k], length, normlen, &ignored)) return false;
        }
        *w += sum;
        return true;
      }
      case Q::OP_OR: {
        bool any = false;
        for (int k : n.kids) any = Eval(k, length, normlen, w) || any;
        return any;
      }
      case Q::OP_AND_MAYBE: {
        if (!Eval(n.kids.front(), length, normlen, w)) return false;
        for (size_t k = 1; k < n.kids.size(); ++k) (void)Eval(n.kids[k], length, normlen, w);
        return true;
      }
      default:  // LEAF_MATCH_NOTHING
        return false;
    }
  }
};

// Whether the terms occur at consecutive positions of document d, in order.
bool PhraseAt(const Xapian::Database& db, uint32_t d, const std::vector<std::string>& terms) {
  std::vector<std::vector<Xapian::termpos>> pos(terms.size());
  for (size_t i = 0; i < terms.size(); ++i) {
    for (auto it = db.positionlist_begin(d, terms[i]); it != db.positionlist_end(d, terms[i]);
         ++it) {
      pos[i].push_back(*it);
    }
    if (pos[i].empty()) return false;
  }
  for (Xapian::termpos p : pos[0]) {
    bool all = true;
    for (size_t i = 1; i < terms.size() && all; ++i) {
      all = std::binary_search(pos[i].begin(), pos[i].end(), p + static_cast<Xapian::termpos>(i));
    }
    if (all) return true;
  }
  return false;
}

}  // namespace

bool RamRanker::Supports(const Q& rank) {
  if (IsPlain(rank)) return true;
  if (rank.get_type() != Q::OP_AND_MAYBE || !IsPlain(rank.get_subquery(0))) return false;
  for (size_t i = 1; i < rank.get_num_subqueries(); ++i) {
    const Q sub = rank.get_subquery(i);
    if (!IsPlain(sub) && !IsPhraseOfTerms(sub)) return false;
  }
  return true;
}

std::shared_ptr<const RamRanker::Postings> RamRanker::TermPostings(const std::string& term,
                                                                   const Xapian::Database& db) {
  if (auto hit = postings_.Get(term)) return hit;
  auto p = std::make_shared<Postings>();
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    if (*it > max_docid_) break;
    p->docids.push_back(*it);
    p->wdfs.push_back(it.get_wdf());
  }
  postings_.Put(term, p, p->docids.size() * 8 + term.size() + 64);
  return p;
}

std::shared_ptr<const RamRanker::Postings> RamRanker::SynonymPostings(
    const std::vector<std::string>& terms, const Xapian::Database& db) {
  std::string key = "\x01";  // never a term's first byte
  for (const auto& t : terms) key += t + '\0';
  if (auto hit = postings_.Get(key)) return hit;
  std::vector<std::pair<uint32_t, uint32_t>> all;  // (docid, wdf)
  for (const auto& t : terms) {
    auto p = TermPostings(t, db);
    for (size_t i = 0; i < p->docids.size(); ++i) all.emplace_back(p->docids[i], p->wdfs[i]);
  }
  std::sort(all.begin(), all.end());
  auto merged = std::make_shared<Postings>();
  for (const auto& [d, wdf] : all) {
    if (!merged->docids.empty() && merged->docids.back() == d) {
      merged->wdfs.back() += wdf;
    } else {
      merged->docids.push_back(d);
      merged->wdfs.push_back(wdf);
    }
  }
  postings_.Put(key, merged, merged->docids.size() * 8 + key.size() + 64);
  return merged;
}

const std::vector<uint32_t>& RamRanker::Lengths(const Xapian::Database& db) {
  std::call_once(lengths_once_, [&] {
    lengths_.assign(static_cast<size_t>(max_docid_) + 1, 0);
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
      if (*it <= max_docid_) lengths_[*it] = it.get_doclength();
    }
  });
  return lengths_;
}

std::optional<std::vector<RankedDoc>> RamRanker::Rank(const Q& rank,
                                                      const std::vector<uint32_t>& matches,
                                                      size_t first, size_t count,
                                                      const std::vector<RankKey>& keys,
                                                      const Xapian::Database& db) {
  if (!Supports(rank)) return std::nullopt;
  const size_t k = std::min(matches.size(), first + count);
  if (k <= first) return std::vector<RankedDoc>{};

  Program prog;
  if (rank.get_type() == Q::OP_AND_MAYBE && !IsPlain(rank)) {
    prog.root = prog.Compile(rank.get_subquery(0), true);
    for (size_t i = 1; i < rank.get_num_subqueries(); ++i) {
      const Q sub = rank.get_subquery(i);
      if (IsPhraseOfTerms(sub)) {
        std::vector<int> leaves;
        for (size_t j = 0; j < sub.get_num_subqueries(); ++j) {
          leaves.push_back(prog.AddLeaf(*sub.get_subquery(j).get_terms_begin()));
        }
        prog.phrases.push_back(std::move(leaves));
      } else {
        prog.maybe.push_back(prog.Compile(sub, true));
      }
    }
  } else {
    prog.root = prog.Compile(rank, true);
  }

  // BM25 statistics over the whole database, as Xapian takes them.
  const double n_docs = db.get_doccount();
  const double avlen = db.get_avlength();
  const double len_factor = avlen != 0 ? 1 / avlen : 0;
  auto termweight = [&](double tf) {  // BM25Weight::init, no relevance set
    double tw = (n_docs - tf + 0.5) / (tf + 0.5);
    if (tw < 2) tw = tw * 0.5 + 1;
    double weight = std::log(tw);
    const double wqf = 1;  // QueryBuilder gives every term wqf 1
    weight *= (kK3 + 1) * wqf / (kK3 + wqf);
    return weight * (kK1 + 1);
  };
  for (auto& l : prog.leaves) {
    if (l.synonym_of.empty()) {
      l.postings = TermPostings(l.term, db);
      l.termweight = termweight(static_cast<double>(db.get_termfreq(l.term)));
      continue;
    }
    l.postings = SynonymPostings(l.synonym_of, db);
    // Xapian's estimate of a synonym's frequency: its terms' frequencies
    // merged two smallest at a time, each merge assuming independence
    // (a + b - ab/N) and rounded.
    std::vector<Xapian::doccount> freqs;
    for (const auto& t : l.synonym_of) freqs.push_back(db.get_termfreq(t));
    std::make_heap(freqs.begin(), freqs.end(), std::greater<>());
    while (freqs.size() > 1) {
      std::pop_heap(freqs.begin(), freqs.end(), std::greater<>());
      const double r = freqs.back();
      freqs.pop_back();
      std::pop_heap(freqs.begin(), freqs.end(), std::greater<>());
      const double left = freqs.back();
      freqs.back() = static_cast<Xapian::doccount>(left + r - (left * r / n_docs) + 0.5);
      std::push_heap(freqs.begin(), freqs.end(), std::greater<>());
    }
    l.termweight = termweight(static_cast<double>(freqs.front()));
  }
  const std::vector<uint32_t>& lengths = Lengths(db);

  // Every match: its weight if every phrase boost fails (base) and if every
  // phrase whose terms it holds holds as a phrase (upper).
  struct Scored {
    uint32_t docid;
    double base, upper;
  };
  std::vector<Scored> scored;
  scored.reserve(matches.size());
  for (uint32_t d : matches) {
    prog.Seek(d);
    const double normlen = std::max(static_cast<double>(lengths[d]) * len_factor, kMinNormLen);
    double base = 0;
    if (!prog.Eval(prog.root, lengths[d], normlen, &base)) {
      scored.push_back({d, 0, 0});
      continue;
    }
    for (int m : prog.maybe) (void)prog.Eval(m, lengths[d], normlen, &base);
    double upper = base;
    for (const auto& phrase : prog.phrases) {
      double w = 0;
      bool all = true;
      for (int leaf : phrase) {
        const auto& l = prog.leaves[static_cast<size_t>(leaf)];
        if (!l.present) {
          all = false;
          break;
        }
        w += prog.LeafWeight(l, normlen);
      }
      if (all) upper += w;
    }
    scored.push_back({d, base, upper});
  }

  auto better = [&keys](uint32_t da, double wa, uint32_t db_, double wb) {
    return wa != wb ? wa > wb : RankBefore(keys, da, db_);
  };
  // The best k by base weight: the k-th largest weight first (plain
  // doubles), then every match above it and, by the keys, the best of those
  // that tie with it (broad queries tie in large groups).
  std::vector<double> weights(scored.size());
  for (size_t i = 0; i < scored.size(); ++i) weights[i] = scored[i].base;
  std::nth_element(weights.begin(), weights.begin() + static_cast<ptrdiff_t>(k - 1), weights.end(),
                   std::greater<>());
  const double threshold = weights[k - 1];
  std::vector<size_t> order, tied;
  for (size_t i = 0; i < scored.size(); ++i) {
    if (scored[i].base > threshold) order.push_back(i);
    else if (scored[i].base == threshold) tied.push_back(i);
  }
  auto better_base = [&](size_t a, size_t b) {
    return better(scored[a].docid, scored[a].base, scored[b].docid, scored[b].base);
  };
  const size_t from_ties = k - order.size();
  // nth_element, not partial_sort: the heap of a partial sort is replaced
  // at every step when the keys improve with docid (dates in input order).
  if (from_ties < tied.size()) {
    std::nth_element(tied.begin(), tied.begin() + static_cast<ptrdiff_t>(from_ties - 1), tied.end(),
                     better_base);
  }
  order.insert(order.end(), tied.begin(), tied.begin() + static_cast<ptrdiff_t>(from_ties));
  std::sort(order.begin(), order.end(), better_base);
  std::vector<RankedDoc> top;
  top.reserve(k + 1);
  for (size_t i : order) top.push_back({scored[i].docid, scored[i].base});

  // Phrase boosts: candidates in order of their upper weight; each is
  // checked only while it could still displace the k-th document.
  if (!prog.phrases.empty()) {
    std::vector<size_t> cands;
    for (size_t i = 0; i < scored.size(); ++i) {
      if (scored[i].upper == scored[i].base) continue;
      const RankedDoc& kth = top.back();
      if (top.size() == k && better(kth.docid, kth.weight, scored[i].docid, scored[i].upper))
        continue;
      cands.push_back(i);
    }
    // A heap, best upper weight on top: most searches stop after a few.
    auto worse_upper = [&](size_t a, size_t b) {
      return better(scored[b].docid, scored[b].upper, scored[a].docid, scored[a].upper);
    };
    std::make_heap(cands.begin(), cands.end(), worse_upper);
    std::vector<std::vector<std::string>> phrase_terms;
    for (const auto& phrase : prog.phrases) {
      std::vector<std::string> terms;
      for (int leaf : phrase) terms.push_back(prog.leaves[static_cast<size_t>(leaf)].term);
      phrase_terms.push_back(std::move(terms));
    }
    while (!cands.empty()) {
      std::pop_heap(cands.begin(), cands.end(), worse_upper);
      const Scored& c = scored[cands.back()];
      cands.pop_back();
      const RankedDoc& kth = top.back();
      if (top.size() == k && better(kth.docid, kth.weight, c.docid, c.upper)) break;
      // Its weight with the phrases that hold (their term weights again).
      for (const auto& phrase : prog.phrases) {
        for (int leaf : phrase) prog.LookUp(leaf, c.docid);
      }
      double weight = c.base;
      const double normlen =
          std::max(static_cast<double>(lengths[c.docid]) * len_factor, kMinNormLen);
      for (size_t p = 0; p < prog.phrases.size(); ++p) {
        bool all = true;
        double w = 0;
        for (int leaf : prog.phrases[p]) {
          const auto& l = prog.leaves[static_cast<size_t>(leaf)];
          all = all && l.present;
          w += all ? prog.LeafWeight(l, normlen) : 0;
        }
        if (all && PhraseAt(db, c.docid, phrase_terms[p])) weight += w;
      }
      if (weight == c.base) continue;
      auto at = std::find_if(top.begin(), top.end(),
                             [&](const RankedDoc& r) { return r.docid == c.docid; });
      if (at != top.end()) top.erase(at);
      auto pos = std::find_if(top.begin(), top.end(), [&](const RankedDoc& r) {
        return better(c.docid, weight, r.docid, r.weight);
      });
      top.insert(pos, {c.docid, weight});
      if (top.size() > k) top.pop_back();
    }
  }
  return std::vector<RankedDoc>(top.begin() + static_cast<ptrdiff_t>(first), top.end());
}

}  // namespace khonha::search
