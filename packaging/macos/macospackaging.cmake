# macOS: SessionScope.app (Info.plist from Info.plist.in, Qt frameworks put in by
# macdeployqt through Qt's deploy script) in a drag-to-Applications disk image (CPack
# DragNDrop). Included by packaging/CMakeLists.txt on APPLE only.
# Build (Qt from the official installer, Xcode command line tools):
#   cmake -S . -B build/mac -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH=~/Qt/6.8.3/macos
#   cmake --build build/mac --target sessionscope
#   cd build/mac && cpack -G DragNDrop
# See packaging/README.md. Written and documented; not exercised on Linux.
set_target_properties(sessionscope PROPERTIES
    MACOSX_BUNDLE ON
    OUTPUT_NAME SessionScope
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${SESSIONSCOPE_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME SessionScope
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "SessionScope developers")

# macdeployqt at install time: Qt frameworks and plugins into SessionScope.app/Contents,
# install names rewritten; QtKeychain, simdjson and libxlsxwriter dylibs are copied too
# as macdeployqt follows every non-system library the binary links.
qt_generate_deploy_app_script(
    TARGET sessionscope
    OUTPUT_SCRIPT sessionscope_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${sessionscope_deploy_script})

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "SessionScope ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_FILE_NAME "SessionScope-${PROJECT_VERSION}-macOS")
