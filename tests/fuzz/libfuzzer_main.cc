// libFuzzer entry point; KHONHA_FUZZ_TARGET names the target at compile time.
#include "tests/fuzz/fuzz_targets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  khonha::fuzz::KHONHA_FUZZ_TARGET(data, size);
  return 0;
}
