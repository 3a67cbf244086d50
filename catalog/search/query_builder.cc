#include "catalog/search/query_builder.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <map>

#include "catalog/model/schema.h"
#include "catalog/search/terms.h"

namespace khonha::search {
namespace {

using catalog::FieldKind;
using catalog::FieldSpec;
using Q = Xapian::Query;
using MaybeQuery = std::optional<Q>;

std::string FormatTime(std::time_t t) {
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  return buf;
}

// Applies Solr date math ("-30DAYS", "/DAY", "+1MONTH") to t.
bool ApplyDateMath(std::string_view math, std::time_t& t) {
  std::tm tm{};
  gmtime_r(&t, &tm);
  size_t i = 0;
  while (i < math.size()) {
    char op = math[i++];
    if (op != '+' && op != '-' && op != '/') return false;
    long amount = 0;
    if (op != '/') {
      size_t start = i;
      while (i < math.size() && std::isdigit(static_cast<unsigned char>(math[i]))) ++i;
      if (start == i) return false;
      amount = std::stol(std::string(math.substr(start, i - start)));
      if (op == '-') amount = -amount;
    }
    size_t start = i;
    while (i < math.size() && std::isalpha(static_cast<unsigned char>(math[i]))) ++i;
    std::string unit(math.substr(start, i - start));
    if (unit.size() > 1 && unit.back() == 'S') unit.pop_back();
    if (op == '/') {
      if (unit == "YEAR") { tm.tm_mon = 0; tm.tm_mday = 1; tm.tm_hour = tm.tm_min = tm.tm_sec = 0; }
      else if (unit == "MONTH") { tm.tm_mday = 1; tm.tm_hour = tm.tm_min = tm.tm_sec = 0; }
      else if (unit == "DAY" || unit == "DATE") { tm.tm_hour = tm.tm_min = tm.tm_sec = 0; }
      else if (unit == "HOUR") { tm.tm_min = tm.tm_sec = 0; }
      else if (unit == "MINUTE") { tm.tm_sec = 0; }
      else if (unit != "SECOND") return false;
    } else {
      if (unit == "YEAR") tm.tm_year += static_cast<int>(amount);
      else if (unit == "MONTH") tm.tm_mon += static_cast<int>(amount);
      else if (unit == "DAY" || unit == "DATE") tm.tm_mday += static_cast<int>(amount);
      else if (unit == "HOUR") tm.tm_hour += static_cast<int>(amount);
      else if (unit == "MINUTE") tm.tm_min += static_cast<int>(amount);
      else if (unit == "SECOND") tm.tm_sec += static_cast<int>(amount);
      else return false;
    }
    t = timegm(&tm);
    gmtime_r(&t, &tm);
  }
  return true;
}

// Glob match with * and ? (backslash escapes), on bytes.
bool GlobMatch(std::string_view pat, std::string_view s) {
  size_t p = 0, i = 0, star = std::string::npos, mark = 0;
  while (i < s.size()) {
    if (p < pat.size() && pat[p] == '\\' && p + 1 < pat.size() && pat[p + 1] == s[i]) {
      p += 2;
      ++i;
    } else if (p < pat.size() && (pat[p] == '?' || (pat[p] == s[i] && pat[p] != '*' && pat[p] != '\\'))) {
      ++p;
      ++i;
    } else if (p < pat.size() && pat[p] == '*') {
      star = p++;
      mark = i;
    } else if (star != std::string::npos) {
      p = star + 1;
      i = ++mark;
    } else {
      return false;
    }
  }
  while (p < pat.size() && pat[p] == '*') ++p;
  return p == pat.size();
}

std::string StripEscapes(std::string_view v) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (v[i] == '\\' && i + 1 < v.size()) ++i;
    out += v[i];
  }
  return out;
}

Q AndNot(Q positive, Q negative) { return Q(Q::OP_AND_NOT, positive, negative); }

}  // namespace

std::string ResolveSolrDate(std::string_view text, std::time_t now) {
  if (text.rfind("NOW", 0) == 0) {
    std::time_t t = now;
    if (!ApplyDateMath(text.substr(3), t)) return "";
    return FormatTime(t);
  }
  // An ISO date, possibly followed by date math after the Z ("…Z-1DAY").
  size_t z = text.find('Z');
  std::string base = catalog::NormalizeTimestamp(text.substr(0, z));
  if (base.empty() || z == std::string_view::npos || z + 1 == text.size()) return base;
  std::tm tm{};
  if (!strptime(base.c_str(), "%Y-%m-%dT%H:%M:%S", &tm)) return "";
  std::time_t t = timegm(&tm);
  if (!ApplyDateMath(text.substr(z + 1), t)) return "";
  return FormatTime(t);
}

bool QueryBuilder::IsClusterFragment(const analyzers::Token& t, std::string_view normalized) {
  if (t.script != analyzers::Script::kThai || t.subword) return false;
  // One-cluster words the catalog uses (วัด, ใช้, ผู้) are words, not fragments.
  if (db_ != nullptr && db_->get_termfreq(t.text) >= kMaxFallbackCandidates) return false;
  grams_.clear();
  analyzers::ThaiClusterGrams(normalized.substr(t.begin, t.end - t.begin), 0, &grams_);
  return grams_.size() == 1;
}

std::optional<Q> QueryBuilder::ClusterFallback(std::string_view surface, bool* too_costly,
                                               bool bounded, bool open_end) {
  if (ranking_) {  // the fallback never adds weight: a ranking query leaves it out
    *too_costly = true;
    return std::nullopt;
  }
  grams_.clear();
  analyzers::ThaiClusterGrams(surface, 0, &grams_);
  // Only a word that is one Thai run (not "พ.ศ.": its parts stand in for it).
  if (grams_.empty() || grams_.front().begin != 0 || grams_.back().end != surface.size() ||
      grams_.back().position + 1 != grams_.size()) {
    return std::nullopt;
  }
  const std::string pre(kClusterGramPrefix);
  auto text = [&](const analyzers::ClusterGram& g) {
    return pre + std::string(surface.substr(g.begin, g.end - g.begin));
  };
  // One cluster: any pair that starts with it (or a run that ends with it),
  // while those are few and rare; a common cluster (วัด, ห) would expand to
  // hundreds of pairs matching most of the catalog.
  if (grams_.size() == 1) {
    const std::string stem = text(grams_.front());
    if (db_ != nullptr && bounded) {
      Xapian::termcount expansions = 0;
      for (auto it = db_->allterms_begin(stem); it != db_->allterms_end(stem); ++it) {
        if (++expansions > kMaxClusterExpansion || it.get_termfreq() >= kMaxFallbackCandidates) {
          *too_costly = true;
          return std::nullopt;
        }
      }
    }
    return Q(Q::OP_WILDCARD, stem, kMaxClusterExpansion, Q::WILDCARD_LIMIT_MOST_FREQUENT);
  }
  // k clusters: the k-1 pairs at consecutive positions (the last gram, the
  // final cluster alone, only exists at the end of a run in documents).
  std::vector<Q> pairs;
  for (size_t i = 0; i + 1 < grams_.size(); ++i) pairs.emplace_back(text(grams_[i]), 1, i + 1);
  // Typed up to here ("…ประเทศท" of ประเทศที่): the last cluster may be cut
  // too, so the last pair is any pair it starts (XTCศท → XTCศที่, …), while
  // there are few of them.
  if (open_end && db_ != nullptr) {
    const std::string last = text(grams_[grams_.size() - 2]);
    std::vector<Q> starts;
    for (auto it = db_->allterms_begin(last); it != db_->allterms_end(last); ++it) {
      if (starts.size() == kMaxClusterExpansion) {
        starts.clear();  // too many: the exact pair only
        break;
      }
      starts.emplace_back(*it, 1, static_cast<Xapian::termpos>(pairs.size()));
    }
    if (starts.size() == 1) pairs.back() = starts.front();
    if (starts.size() > 1) pairs.back() = Q(Q::OP_OR, starts.begin(), starts.end());
  }
  if (pairs.size() == 1) return pairs.front();
  return Q(Q::OP_PHRASE, pairs.begin(), pairs.end(), static_cast<Xapian::termcount>(pairs.size()));
}

Q QueryBuilder::WordStart(const std::string& stem) const {
  if (!ranking_ || db_ == nullptr) {
    return Q(Q::OP_WILDCARD, stem, kMaxFragmentExpansion, Q::WILDCARD_LIMIT_MOST_FREQUENT);
  }
  std::vector<std::pair<Xapian::doccount, std::string>> words;
  for (auto it = db_->allterms_begin(stem); it != db_->allterms_end(stem); ++it) {
    words.emplace_back(it.get_termfreq(), *it);
  }
  if (words.size() > kMaxFragmentExpansion) {
    auto more_frequent = [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    };
    std::partial_sort(words.begin(), words.begin() + kMaxFragmentExpansion, words.end(),
                      more_frequent);
    words.resize(kMaxFragmentExpansion);
    std::sort(words.begin(), words.end(),
              [](const auto& a, const auto& b) { return a.second < b.second; });
  }
  if (words.empty()) return Q(Q::MatchNothing);
  std::vector<Q> terms;
  for (auto& [freq, word] : words) terms.emplace_back(std::move(word));
  return Q(Q::OP_SYNONYM, terms.begin(), terms.end());
}

std::optional<Q> QueryBuilder::TextQuery(std::string_view text, std::string_view prefix,
                                          bool phrase, QueryUse use) {
  ranking_ = use == QueryUse::kRank;
  return Text(text, prefix, phrase);
}

std::optional<Q> QueryBuilder::Text(std::string_view text, std::string_view prefix, bool phrase) {
  std::string normalized;
  auto tokens = analyzer_.Analyze(text, 0, &normalized);
  // Group by position: the main word and the dictionary parts of a compound.
  std::map<uint32_t, std::pair<std::vector<std::string>, std::vector<std::string>>> by_pos;
  std::vector<std::pair<uint32_t, const analyzers::Token*>> mains;
  for (const auto& t : tokens) {
    auto& [main, subs] = by_pos[t.position];
    if (t.subword) {
      subs.push_back(t.text);
    } else {
      main.push_back(t.text);
      mains.emplace_back(t.position, &t);
    }
  }
  if (mains.empty()) return std::nullopt;
  const std::string pre(prefix);
  if (phrase) {
    // Field terms carry no positions (only the default field's words do): a
    // field phrase is its words in that field, filtered by the phrase
    // anywhere in the dataset's text.
    std::vector<Q> terms, field_terms;
    for (const auto& [pos, t] : mains) {
      terms.emplace_back(t->text, 1, pos + 1);
      if (!pre.empty()) field_terms.emplace_back(pre + t->text);
    }
    if (pre.empty()) {
      if (terms.size() == 1) return terms.front();
      return Q(Q::OP_PHRASE, terms.begin(), terms.end());
    }
    Q in_field = field_terms.size() == 1 ? field_terms.front()
                                         : Q(Q::OP_AND, field_terms.begin(), field_terms.end());
    if (terms.size() == 1) return in_field;
    return Q(Q::OP_FILTER, in_field, Q(Q::OP_PHRASE, terms.begin(), terms.end()));
  }
  std::vector<Q> parts;
  std::vector<Q> phrase_terms;
  for (size_t i = 0; i < mains.size(); ++i) {
    const auto& [pos, t] = mains[i];
    phrase_terms.emplace_back(t->text, 1, pos + 1);
    // A run of one-cluster Thai fragments that touch (a cut-off word:
    // "หน่ว" of หน่วยงาน segments as ห + น่ + ว) is one unit, with the
    // fallback for the whole run however common its pairs (FilterEngine
    // checks them only where the rest did not match). Each fragment alone
    // would fall back to "any text with this cluster". A word followed by
    // touching fragments ("ประเทศ" + "ท") is such a run.
    auto touching_fragment = [&](size_t k) {
      return k < mains.size() && mains[k].second->begin == mains[k - 1].second->end &&
             IsClusterFragment(*mains[k].second, normalized);
    };
    size_t run_end = i + 1;
    if (prefix.empty() && t->script == analyzers::Script::kThai &&
        (IsClusterFragment(*t, normalized) || touching_fragment(i + 1))) {
      while (touching_fragment(run_end)) ++run_end;
    }
    if (run_end - i >= 2) {
      for (size_t k = i + 1; k < run_end; ++k) {
        phrase_terms.emplace_back(mains[k].second->text, 1, mains[k].first + 1);
      }
      // Alternatives: the tokens as words (text segmented the same way); the
      // run as the start of one word ("จังห" → จังหวัด); the leading word,
      // then the fragments as the start of the next word; the cluster pairs
      // of the whole run. The word starts are what scores such datasets in
      // the ranking form, which leaves the pairs out.
      const uint32_t end = mains[run_end - 1].second->end;
      std::vector<Q> alternatives;
      std::vector<Q> words;
      for (size_t k = i; k < run_end; ++k) words.emplace_back(mains[k].second->text);
      alternatives.emplace_back(Q::OP_AND, words.begin(), words.end());
      auto word_start = [&](uint32_t from) {
        return WordStart(normalized.substr(from, end - from));
      };
      alternatives.push_back(word_start(t->begin));
      if (!IsClusterFragment(*t, normalized) && run_end - i >= 3) {
        alternatives.emplace_back(Q::OP_AND, Q(t->text), word_start(mains[i + 1].second->begin));
      }
      bool too_costly = false;
      // A run that ends the query is where typing stopped: open-ended.
      const bool open_end = normalized.find_first_not_of(' ', end) == std::string::npos;
      auto fallback = ClusterFallback(std::string_view(normalized).substr(t->begin, end - t->begin),
                                      &too_costly, /*bounded=*/false, open_end);
      if (fallback) alternatives.push_back(std::move(*fallback));
      parts.emplace_back(Q::OP_OR, alternatives.begin(), alternatives.end());
      i = run_end - 1;
      continue;
    }
    std::vector<Q> alternatives{Q(pre + t->text)};
    if (IsStemmable(*t)) alternatives.emplace_back(std::string(kStemPrefix) + pre + stemmer_(t->text));
    const auto& subs = by_pos[pos].second;
    // Thai words of the default field fall back to cluster pairs: exactly the
    // datasets whose text contains the word, however it was segmented there
    // (AND of the word's parts anywhere would also find โรงเรียน…งาน for
    // โรงงาน). Elsewhere (Latin parts such as covid-19 → covid AND 19, and
    // field queries, which have no fallback) the parts stand in for the word.
    std::optional<Q> fallback;
    bool too_costly = false;
    if (prefix.empty() && t->script == analyzers::Script::kThai) {
      fallback = ClusterFallback(std::string_view(normalized).substr(t->begin, t->end - t->begin),
                                 &too_costly);
    }
    if (too_costly) {
      // Only the word (not its parts, which would match more than the
      // word does): a common one-cluster word, or a ranking query.
    } else if (fallback) {
      alternatives.push_back(std::move(*fallback));
    } else if (!subs.empty()) {
      std::vector<Q> sub_terms;
      for (const auto& s : subs) sub_terms.emplace_back(pre + s);
      alternatives.emplace_back(Q::OP_AND, sub_terms.begin(), sub_terms.end());
    }
    parts.push_back(alternatives.size() == 1 ? alternatives.front()
                                             : Q(Q::OP_OR, alternatives.begin(), alternatives.end()));
  }
  if (parts.size() == 1) return parts.front();
  Q all(Q::OP_AND, parts.begin(), parts.end());
  // Field terms have no positions; long queries (pasted titles) rank by
  // their many words, and a phrase check over every match costs more than
  // all the rest of the query (docs/benchmarks.md).
  if (!pre.empty() || phrase_terms.size() > kMaxPhraseBoostWords) return all;
  // Words that also stand together as a phrase rank higher.
  return Q(Q::OP_AND_MAYBE, all, Q(Q::OP_PHRASE, phrase_terms.begin(), phrase_terms.end()));
}

Result<Q> QueryBuilder::Build(const QueryNode& node, const Xapian::Database& db, std::time_t now,
                              QueryUse use) {
  db_ = &db;
  ranking_ = use == QueryUse::kRank;
  now_ = now ? now : std::time(nullptr);
  auto q = Node(node);
  if (!q.ok()) return q.status();
  if (!q->has_value()) return Q(Q::MatchNothing);
  return std::move(**q);
}

Result<MaybeQuery> QueryBuilder::Node(const QueryNode& n) {
  using K = QueryNode::Kind;
  switch (n.kind) {
    case K::kMatchAll:
      return MaybeQuery(Q::MatchAll);
    case K::kTerm:
    case K::kPhrase:
    case K::kRange:
      return Leaf(n);
    case K::kNot: {
      auto inner = Node(n.children.at(0));
      if (!inner.ok()) return inner.status();
      if (!inner->has_value()) return MaybeQuery(Q::MatchAll);
      return MaybeQuery(AndNot(Q::MatchAll, **inner));
    }
    case K::kAnd:
    case K::kOr: {
      std::vector<Q> positive, negative;
      for (const auto& c : n.children) {
        const bool neg = n.kind == K::kAnd && c.kind == K::kNot;
        auto sub = Node(neg ? c.children.at(0) : c);
        if (!sub.ok()) return sub.status();
        if (!sub->has_value()) continue;  // nothing indexable (e.g. only punctuation)
        (neg ? negative : positive).push_back(**sub);
      }
      if (n.kind == K::kOr) {
        if (positive.empty()) return MaybeQuery();
        return MaybeQuery(Q(Q::OP_OR, positive.begin(), positive.end()));
      }
      if (positive.empty() && negative.empty()) return MaybeQuery();
      Q pos = positive.empty() ? Q(Q::MatchAll) : Q(Q::OP_AND, positive.begin(), positive.end());
      if (negative.empty()) return MaybeQuery(pos);
      return MaybeQuery(AndNot(pos, Q(Q::OP_OR, negative.begin(), negative.end())));
    }
  }
  return Internal("unknown query node");
}

Result<MaybeQuery> QueryBuilder::Leaf(const QueryNode& n) {
  using K = QueryNode::Kind;
  const FieldSpec* f = n.field.empty() ? nullptr : catalog::FindField(n.field);
  if (!n.field.empty() && f == nullptr) return InvalidArgument("unknown field '" + n.field + "'");

  // Default text field, or a text field of its own.
  if (f == nullptr || f->kind == FieldKind::kText) {
    const std::string prefix = f ? std::string(f->prefix) : "";
    if (n.kind == K::kRange) return InvalidArgument("ranges are not supported on text fields");
    if (n.kind == K::kTerm && n.value == "*") {
      if (prefix.empty()) return MaybeQuery(Q::MatchAll);
      return MaybeQuery(Q(Q::OP_WILDCARD, prefix));
    }
    if (n.kind == K::kTerm && HasWildcard(n.value) && n.value.back() == '*' &&
        !HasWildcard(n.value.substr(0, n.value.size() - 1))) {
      auto tokens = analyzer_.Analyze(n.value.substr(0, n.value.size() - 1));
      if (tokens.empty()) return MaybeQuery();
      return MaybeQuery(Q(Q::OP_WILDCARD, prefix + tokens.back().text, kMaxExpansion,
                          Q::WILDCARD_LIMIT_MOST_FREQUENT));
    }
    return Text(StripEscapes(n.value), prefix, n.kind == K::kPhrase);
  }

  if (f->kind == FieldKind::kDate || f->kind == FieldKind::kInt) {
    auto resolve = [&](const std::string& v) -> std::string {
      if (f->kind == FieldKind::kDate) return ResolveSolrDate(v, now_);
      char* end = nullptr;
      double d = std::strtod(v.c_str(), &end);
      if (end == v.c_str() || *end != '\0') return "";
      return Xapian::sortable_serialise(d);
    };
    const unsigned slot = static_cast<unsigned>(f->slot);
    if (n.kind == K::kTerm && n.value == "*") return MaybeQuery(Q(Q::OP_VALUE_GE, slot, std::string(1, '\0')));
    std::string lo, hi;
    bool lo_incl = true, hi_incl = true;
    if (n.kind == K::kRange) {
      lo = n.lo == "*" ? "" : resolve(n.lo);
      hi = n.hi == "*" ? "" : resolve(n.hi);
      lo_incl = n.lo_inclusive;
      hi_incl = n.hi_inclusive;
      if ((n.lo != "*" && lo.empty()) || (n.hi != "*" && hi.empty())) {
        return InvalidArgument("invalid " + std::string(f->kind == FieldKind::kDate ? "date" : "number") +
                               " in range on '" + n.field + "'");
      }
    } else {
      lo = hi = resolve(StripEscapes(n.value));
      if (lo.empty()) return InvalidArgument("invalid value '" + n.value + "' for '" + n.field + "'");
    }
    Q q = Q::MatchAll;
    if (!lo.empty()) {
      // Fixed-width values: "greater than lo" is "at least lo + NUL".
      q = Q(Q::OP_VALUE_GE, slot, lo_incl ? lo : lo + std::string(1, '\0'));
    } else {
      q = Q(Q::OP_VALUE_GE, slot, std::string(1, '\0'));
    }
    if (!hi.empty()) {
      Q upper(Q::OP_VALUE_LE, slot, hi);
      if (!hi_incl) upper = AndNot(upper, Q(Q::OP_VALUE_RANGE, slot, hi, hi));
      q = Q(Q::OP_FILTER, q, upper);
    }
    return MaybeQuery(q);
  }

  // Exact keyword fields.
  const std::string prefix(f->prefix);
  if (prefix.empty()) return InvalidArgument("field '" + n.field + "' cannot be searched");
  if (n.kind == K::kRange || (n.kind == K::kTerm && HasWildcard(n.value))) {
    if (n.kind == K::kTerm && n.value == "*") return MaybeQuery(Q(Q::OP_WILDCARD, prefix));
    // Expand against the terms of this field, bounded.
    std::vector<Q> terms;
    for (auto it = db_->allterms_begin(prefix); it != db_->allterms_end(prefix); ++it) {
      const std::string term = *it;  // *it is a temporary: keep it alive for the view
      std::string_view value = term;
      value.remove_prefix(prefix.size());
      bool keep;
      if (n.kind == K::kRange) {
        keep = (n.lo == "*" || (n.lo_inclusive ? value >= n.lo : value > n.lo)) &&
               (n.hi == "*" || (n.hi_inclusive ? value <= n.hi : value < n.hi));
      } else {
        keep = GlobMatch(n.value, value);
      }
      if (keep) terms.emplace_back(term);
      if (terms.size() > kMaxExpansion) {
        return InvalidArgument("'" + n.field + "' pattern matches more than " +
                               std::to_string(kMaxExpansion) + " values; narrow it");
      }
    }
    if (terms.empty()) return MaybeQuery(Q(Q::MatchNothing));
    return MaybeQuery(Q(Q::OP_OR, terms.begin(), terms.end()));
  }
  return MaybeQuery(Q(KeywordTerm(prefix, StripEscapes(n.value))));
}

}  // namespace khonha::search
