#include "catalog/search/filter_engine.h"

namespace khonha::search {

using Q = Xapian::Query;

bool FilterEngine::Supported(const Q& q) {
  switch (q.get_type()) {
    case Q::LEAF_TERM:
    case Q::LEAF_MATCH_ALL:
    case Q::LEAF_MATCH_NOTHING:
      return true;
    case Q::OP_AND:
    case Q::OP_FILTER:
    case Q::OP_OR:
    case Q::OP_SYNONYM:
    case Q::OP_MAX:
    case Q::OP_XOR:
    case Q::OP_AND_NOT:
    case Q::OP_AND_MAYBE:
    case Q::OP_SCALE_WEIGHT:
      for (size_t i = 0; i < q.get_num_subqueries(); ++i) {
        if (!Supported(q.get_subquery(i))) return false;
      }
      return q.get_num_subqueries() > 0;
    default:
      return false;
  }
}

std::optional<DocSet> FilterEngine::Evaluate(const Q& query, const Xapian::Database& db) {
  if (!Supported(query)) return std::nullopt;
  return Eval(query, db);
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
    default: {  // OR, SYNONYM, MAX (Supported() admitted nothing else)
      DocSet out = Eval(q.get_subquery(0), db);
      for (size_t i = 1; i < n; ++i) out.Or(Eval(q.get_subquery(i), db));
      return out;
    }
  }
}

}  // namespace khonha::search
