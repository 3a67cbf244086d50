#include "catalog/search/filter_engine.h"

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

DocSet FilterEngine::Evaluate(const Q& query, const Xapian::Database& db) { return Eval(query, db); }

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
      DocSet out = Eval(q.get_subquery(0), db);
      for (size_t i = 1; i < n; ++i) out.And(Eval(q.get_subquery(i), db));
      return out;
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
      if (n == 0) return DocSet(max_docid_);
      DocSet out = Eval(q.get_subquery(0), db);
      for (size_t i = 1; i < n; ++i) out.Or(Eval(q.get_subquery(i), db));
      return out;
    }
    default:  // phrases, NEAR, wildcards, value ranges, ELITE_SET, …
      return *Matches(q, db);
  }
}

}  // namespace khonha::search
