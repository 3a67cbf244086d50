// A Xapian posting source over a sorted list of document ids: the exact
// match set FilterEngine computed, handed back to Xapian as the filter of the
// ranking query so that Xapian does not walk the filter's (often
// catalog-wide) posting lists again for every candidate.
//
// Private to the search layer. Shares the list (read-only); one instance per
// query, used by one thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

namespace khonha::search {

class DocidSource final : public Xapian::PostingSource {
 public:
  // `docids`: ascending, no duplicates, all ≤ the database's last docid.
  explicit DocidSource(std::shared_ptr<const std::vector<uint32_t>> docids)
      : docids_(std::move(docids)) {}

  Xapian::doccount get_termfreq_min() const override { return Size(); }
  Xapian::doccount get_termfreq_est() const override { return Size(); }
  Xapian::doccount get_termfreq_max() const override { return Size(); }

  void init(const Xapian::Database&) override { pos_ = kBeforeStart; }
  void next(double) override { pos_ = pos_ == kBeforeStart ? 0 : pos_ + 1; }
  void skip_to(Xapian::docid did, double) override;
  bool check(Xapian::docid did, double) override;
  bool at_end() const override { return pos_ != kBeforeStart && pos_ >= docids_->size(); }
  Xapian::docid get_docid() const override { return (*docids_)[pos_]; }

  DocidSource* clone() const override { return new DocidSource(docids_); }
  std::string name() const override { return "khonha::DocidSource"; }

 private:
  static constexpr size_t kBeforeStart = static_cast<size_t>(-1);
  Xapian::doccount Size() const { return static_cast<Xapian::doccount>(docids_->size()); }

  std::shared_ptr<const std::vector<uint32_t>> docids_;
  size_t pos_ = kBeforeStart;
};

}  // namespace khonha::search
