# Fails when the sources hold texts the .ts files do not (or the other way round): runs
# lupdate, with the options the build uses, on temporary copies of the .ts files and
# compares. Fix: build the update_translations target, then translate what is new.
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P lupdate-current.cmake
include(${SOURCE_DIR}/translations/translatablesources.cmake)
sessionscope_translatable_sources(sources ${SOURCE_DIR})
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
list(JOIN sources "\n" source_lines)
file(WRITE ${WORK_DIR}/sources.lst "${source_lines}\n")

set(problems "")
foreach(language cy fr es ar en)
    set(original ${SOURCE_DIR}/translations/sessionscope_${language}.ts)
    set(copy ${WORK_DIR}/sessionscope_${language}.ts)
    file(COPY_FILE ${original} ${copy})
    set(extra "")
    if(language STREQUAL "en")
        set(extra -pluralonly)
    endif()
    execute_process(
        COMMAND ${LUPDATE} -silent ${extra} ${SESSIONSCOPE_LUPDATE_OPTIONS} @${WORK_DIR}/sources.lst -ts ${copy}
        RESULT_VARIABLE result
        ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed for ${language}: ${errors}")
    endif()
    file(READ ${original} before)
    file(READ ${copy} after)
    if(NOT before STREQUAL after)
        # CMake lists split at ';': decode the XML entities and park the semicolons first.
        string(REPLACE "&quot;" "\"" scan "${after}")
        string(REPLACE "&apos;" "'" scan "${scan}")
        string(REPLACE "&amp;" "&" scan "${scan}")
        string(REPLACE ";" "<semicolon>" scan "${scan}")
        string(REGEX MATCHALL "<source>[^<]*</source>\n[ ]*<translation type=\"unfinished\"" new_texts "${scan}")
        string(REGEX REPLACE "<source>([^<]*)</source>\n[ ]*<translation type=\"unfinished\"" "\\1" new_texts "${new_texts}")
        list(LENGTH new_texts new_count)
        string(APPEND problems "\n  sessionscope_${language}.ts is not current: ${new_count} new or changed text(s)")
        foreach(text IN LISTS new_texts)
            string(REPLACE "<semicolon>" ";" text "${text}")
            string(APPEND problems "\n    ${text}")
        endforeach()
    endif()
endforeach()
if(problems)
    message(FATAL_ERROR "The translations lag behind the sources:${problems}\n"
        "Run the update_translations target, translate what is new, and commit the .ts files.")
endif()
message(STATUS "Every .ts file matches the sources.")
