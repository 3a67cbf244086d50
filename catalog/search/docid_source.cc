#include "catalog/search/docid_source.h"

#include <algorithm>

namespace khonha::search {

void DocidSource::skip_to(Xapian::docid did, double) {
  const size_t from = pos_ == kBeforeStart ? 0 : pos_;
  if (from < docids_->size() && (*docids_)[from] >= did) {
    pos_ = from;
    return;
  }
  auto it = std::lower_bound(docids_->begin() + static_cast<ptrdiff_t>(std::min(from, docids_->size())),
                             docids_->end(), static_cast<uint32_t>(did));
  pos_ = static_cast<size_t>(it - docids_->begin());
}

bool DocidSource::check(Xapian::docid did, double min_wt) {
  skip_to(did, min_wt);  // a binary search: as cheap as a bare membership test
  return true;
}

}  // namespace khonha::search
