# Small helpers so that each test and benchmark is one line.

# khonha_test(NAME SOURCES... LIBS lib...) — a GoogleTest binary registered with ctest.
function(khonha_test name)
  cmake_parse_arguments(KT "" "" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${KT_SOURCES} ${KT_UNPARSED_ARGUMENTS})
  target_link_libraries(${name} PRIVATE ${KT_LIBS} GTest::gtest GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE
    KHONHA_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    KHONHA_BINARY_DIR="${PROJECT_BINARY_DIR}")
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES TIMEOUT 600
                       LABELS "${KT_LABELS}")
endfunction()

# khonha_benchmark(NAME SOURCES... LIBS lib...) — a Google Benchmark binary (not run by ctest).
function(khonha_benchmark name)
  cmake_parse_arguments(KB "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${KB_SOURCES} ${KB_UNPARSED_ARGUMENTS})
  target_link_libraries(${name} PRIVATE ${KB_LIBS} benchmark::benchmark)
  target_compile_definitions(${name} PRIVATE
    KHONHA_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endfunction()
