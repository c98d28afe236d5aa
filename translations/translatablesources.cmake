# The sources lupdate reads, shared by translations/CMakeLists.txt and the test that checks
# the .ts files are current (tests/i18n/lupdate-current.cmake).
# The command line (app/cli, app/demo, app/main.cpp) stays English: its option names are
# English words, and the output of scheduled jobs is read by scripts and IT staff.
function(sessionscope_translatable_sources out_var source_dir)
    file(GLOB_RECURSE sources
        ${source_dir}/app/*.cpp ${source_dir}/app/*.h
        ${source_dir}/ui/*.cpp ${source_dir}/ui/*.h)
    list(FILTER sources EXCLUDE REGEX "/app/(cli|demo)/|/app/main\\.cpp$")
    list(SORT sources)
    set(${out_var} ${sources} PARENT_SCOPE)
endfunction()

set(SESSIONSCOPE_LUPDATE_OPTIONS -no-obsolete -locations none)
