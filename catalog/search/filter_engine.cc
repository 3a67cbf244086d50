#include "catalog/search/filter_engine.h"

#include <optional>

#include "catalog/search/docid_source.h"

namespace khonha::search {

using Q = Xapian::Query;

namespace {

// Adds every document Xapian matches to a DocSet.
class DocSetCollector final : public Xapian::MatchSpy {
 public:
  explicit DocSetCollector(DocSet& out, uint32_t max_docid) : out_(out), max_docid_(max_docid) {}
  void operator()(const Xapian::Document& doc, double) override {
    if (doc.get_docid() <= max_docid_) out_.Insert(doc.get_docid());
  }

 private:
  DocSet& out_;
  uint32_t max_docid_;
};

}  // namespace

void FilterEngine::Clear() { terms_.Clear(); }

DocSet FilterEngine::Evaluate(const Q& query, const Xapian::Database& db, bool cache_result) {
  if (!cache_result) return Eval(query, db);
  // Whole queries are cached too: a repeated, paged or re-sorted query (and
  // its cluster-pair position checks) is one lookup.
  std::string key = "\x02" + query.get_description();
  if (auto hit = terms_.Get(key)) return *hit;
  auto set = std::make_shared<DocSet>(Eval(query, db));
  terms_.Put(key, set, set->ByteSize());
  return *set;
}

std::shared_ptr<const DocSet> FilterEngine::Term(const std::string& term,
                                                 const Xapian::Database& db) {
  if (auto hit = terms_.Get(term)) return hit;
  auto set = std::make_shared<DocSet>(max_docid_);
  if (term.empty() && db.get_doccount() == db.get_lastdocid()) {
    for (uint32_t d = 1; d <= max_docid_; ++d) set->Insert(d);  // no deletions: 1 … last
  } else {
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
      if (*it <= max_docid_) set->Insert(*it);
    }
  }
  terms_.Put(term, set, set->ByteSize());
  return set;
}

std::shared_ptr<const DocSet> FilterEngine::Matches(const Q& q, const Xapian::Database& db) {
  std::string key = "\x01" + q.get_description();
  if (auto hit = terms_.Get(key)) return hit;
  auto set = std::make_shared<DocSet>(max_docid_);
  Xapian::Enquire enquire(db);
  enquire.set_query(q);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  DocSetCollector collector(*set, max_docid_);
  enquire.add_matchspy(&collector);
  (void)enquire.get_mset(0, 0, db.get_doccount());  // the spy sees every match
  terms_.Put(key, set, set->ByteSize());
  return set;
}

namespace {

// A term, or an OR / SYNONYM of terms: one position of a phrase.
bool IsTermOrAlternatives(const Q& q) {
  if (q.get_type() == Q::LEAF_TERM) return true;
  if (q.get_type() != Q::OP_OR && q.get_type() != Q::OP_SYNONYM) return false;
  for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
    if (q.get_subquery(i).get_type() != Q::LEAF_TERM) return false;
  }
  return q.get_num_subqueries() > 0;
}

// A phrase or NEAR of terms (or alternatives of terms): its candidates are
// the documents holding every position's term, a bitset AND; only those
// need their positions checked.
bool IsPositional(const Q& q) {
  if (q.get_type() != Q::OP_PHRASE && q.get_type() != Q::OP_NEAR) return false;
  for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
    if (!IsTermOrAlternatives(q.get_subquery(i))) return false;
  }
  return q.get_num_subqueries() > 0;
}

}  // namespace

DocSet FilterEngine::Positional(const Q& q, const Xapian::Database& db, const DocSet* within,
                                const DocSet* except) {
  DocSet candidates = Eval(q.get_subquery(0), db);  // a term or an OR of terms
  for (size_t i = 1; i < q.get_num_subqueries(); ++i) candidates.And(Eval(q.get_subquery(i), db));
  if (within != nullptr) candidates.And(*within);
  if (except != nullptr) candidates.AndNot(*except);
  DocSet out(max_docid_);
  auto docids = std::make_shared<std::vector<uint32_t>>(candidates.ToDocids());
  if (docids->empty()) return out;
  // Xapian checks positions on the candidates only: the posting source is
  // the smallest part of the AND and drives it.
  DocidSource source(docids);
  Xapian::Enquire enquire(db);
  enquire.set_query(Q(Q::OP_FILTER, q, Q(&source)));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  DocSetCollector collector(out, max_docid_);
  enquire.add_matchspy(&collector);
  (void)enquire.get_mset(0, 0, db.get_doccount());
  return out;
}

DocSet FilterEngine::Eval(const Q& q, const Xapian::Database& db) {
  const size_t n = q.get_num_subqueries();
  switch (q.get_type()) {
    case Q::LEAF_TERM:
      return *Term(*q.get_terms_begin(), db);
    case Q::LEAF_MATCH_ALL:
      return *Term("", db);
    case Q::LEAF_MATCH_NOTHING:
      return DocSet(max_docid_);
    case Q::OP_AND:
    case Q::OP_FILTER: {
      // Positional parts last, checked only within what the rest matched.
      std::optional<DocSet> out;
      for (size_t i = 0; i < n; ++i) {
        const Q sub = q.get_subquery(i);
        if (IsPositional(sub)) continue;
        if (out) out->And(Eval(sub, db));
        else out = Eval(sub, db);
      }
      for (size_t i = 0; i < n; ++i) {
        const Q sub = q.get_subquery(i);
        if (!IsPositional(sub)) continue;
        out = Positional(sub, db, out ? &*out : nullptr, nullptr);
      }
      return out ? std::move(*out) : DocSet(max_docid_);
    }
    case Q::OP_AND_NOT: {
      DocSet out = Eval(q.get_subquery(0), db);
      for (size_t i = 1; i < n; ++i) out.AndNot(Eval(q.get_subquery(i), db));
      return out;
    }
    case Q::OP_XOR: {
      DocSet out = Eval(q.get_subquery(0), db);
      for (size_t i = 1; i < n; ++i) out.Xor(Eval(q.get_subquery(i), db));
      return out;
    }
    case Q::OP_AND_MAYBE:
    case Q::OP_SCALE_WEIGHT:
      return Eval(q.get_subquery(0), db);  // matches what its first subquery matches
    case Q::OP_OR:
    case Q::OP_SYNONYM:
    case Q::OP_MAX: {
      // Positional parts last, checked only outside what the rest matched
      // (a word's cluster-pair fallback: where the word itself is absent).
      // Such an alternative is "this word anywhere in the text", as reusable
      // as a term's posting list and far dearer to compute: it is cached
      // like one.
      bool positional = false;
      for (size_t i = 0; i < n && !positional; ++i) positional = IsPositional(q.get_subquery(i));
      std::string key;
      if (positional) {
        key = "\x03" + q.get_description();
        if (auto hit = terms_.Get(key)) return *hit;
      }
      DocSet out(max_docid_);
      for (size_t i = 0; i < n; ++i) {
        const Q sub = q.get_subquery(i);
        if (!IsPositional(sub)) out.Or(Eval(sub, db));
      }
      for (size_t i = 0; i < n; ++i) {
        const Q sub = q.get_subquery(i);
        if (IsPositional(sub)) out.Or(Positional(sub, db, nullptr, &out));
      }
      if (positional) {
        auto set = std::make_shared<DocSet>(out);
        terms_.Put(key, set, set->ByteSize());
      }
      return out;
    }
    default:  // other phrases, wildcards, value ranges, ELITE_SET, …
      if (IsPositional(q)) return Positional(q, db, nullptr, nullptr);
      return *Matches(q, db);
  }
}

}  // namespace khonha::search
