# The two commands of the README, plus a few conveniences.
#   make run   — install deps, build Release, index the sample, serve on :8080
#   make test  — install deps, build, run every test with ctest
JOBS  ?= $(shell nproc)
PORT  ?= 8080
BIND  ?= 127.0.0.1
BUILD_RELEASE := build/release
BUILD_TEST    := build/test
SAMPLE_INDEX  := $(BUILD_RELEASE)/sample-index

.PHONY: run test deps build-release build-test bench sanitize clean

deps:
	@scripts/install-deps.sh

build-release: deps
	@cmake -S . -B $(BUILD_RELEASE) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD_RELEASE) -j $(JOBS) --target khonha-indexer khonha-server

build-test: deps
	@cmake -S . -B $(BUILD_TEST) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD_TEST) -j $(JOBS)

run: build-release
	@$(BUILD_RELEASE)/indexer/khonha-indexer build --source data/sample/catalog.jsonl --index $(SAMPLE_INDEX)
	@exec $(BUILD_RELEASE)/server/khonha-server --index $(SAMPLE_INDEX) --port $(PORT) --bind $(BIND) \
	      --web-root web --files-root data/sample

test: build-test
	@cd $(BUILD_TEST) && ctest --output-on-failure -j $(JOBS) --timeout 900

# Google Benchmark binaries (see docs/benchmarks.md).
# bench_search measures KHONHA_BENCH_INDEX (default: the sample catalog's index;
# docs/benchmarks.md shows how to build the 100k synthetic one).
bench: build-release
	@cmake --build $(BUILD_RELEASE) -j $(JOBS)
	@$(BUILD_RELEASE)/indexer/khonha-indexer build --quiet --source data/sample/catalog.jsonl --index $(SAMPLE_INDEX)
	@for b in $(BUILD_RELEASE)/benchmarks/bench_*; do echo "== $$b"; \
	  KHONHA_BENCH_INDEX=$${KHONHA_BENCH_INDEX:-$(SAMPLE_INDEX)} $$b; done

# AddressSanitizer + UBSan build running the whole suite.
sanitize: deps
	@cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=Debug -DKHONHA_SANITIZE=ON >/dev/null
	@cmake --build build/asan -j $(JOBS)
	@cd build/asan && ctest --output-on-failure -j $(JOBS)

clean:
	rm -rf build
