# Included by tests/CMakeLists.txt: the libFuzzer targets are built by clang in their own
# tree (tests/fuzz/CMakeLists.txt; ./dev test and ./dev fuzz build it into build/fuzz). Here
# each gets a ctest entry (label fuzz) that replays its committed regression inputs and then
# fuzzes it for FUZZ_SMOKE_SECONDS (10); skipped when that tree has not been built.
set(SESSIONSCOPE_FUZZ_DIR "${PROJECT_SOURCE_DIR}/build/fuzz" CACHE PATH
    "Where ./dev builds the fuzz targets (a clang tree of its own)")
file(GLOB fuzz_sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/fuzz_*.cpp)
foreach(source IN LISTS fuzz_sources)
    get_filename_component(fuzz_name ${source} NAME_WE)
    add_test(NAME ${fuzz_name}
             COMMAND ${CMAKE_CURRENT_LIST_DIR}/run-fuzzers smoke ${SESSIONSCOPE_FUZZ_DIR} ${fuzz_name})
    set_tests_properties(${fuzz_name} PROPERTIES LABELS fuzz SKIP_RETURN_CODE 77 TIMEOUT 120)
endforeach()
