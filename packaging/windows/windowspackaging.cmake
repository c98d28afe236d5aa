# Windows: a per-user .msi (WiX through CPack) that installs without administrator rights,
# because school PCs are locked down. Included by packaging/CMakeLists.txt on WIN32 only.
# Build (Developer PowerShell, Qt from the official installer, WiX Toolset 3 or 4 on PATH):
#   cmake -S . -B build/win -G Ninja -DCMAKE_BUILD_TYPE=Release
#   cmake --build build/win --target sessionscope
#   cd build/win; cpack -G WIX
# See packaging/README.md. Written and documented; not exercised on Linux.
if(CMAKE_VERSION VERSION_LESS 3.29)
    message(WARNING "CPACK_WIX_INSTALL_SCOPE needs CMake 3.29 or newer: this installer would ask for admin rights")
endif()

# windeployqt at install time (Qt's own deploy script): copies the Qt DLLs, the platform,
# style, image-format and TLS plugins and Qt's translations next to sessionscope.exe, so
# both `cmake --install` and cpack produce a folder that runs on a PC without Qt.
qt_generate_deploy_app_script(
    TARGET sessionscope
    OUTPUT_SCRIPT sessionscope_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${sessionscope_deploy_script})
# QtKeychain, simdjson and libxlsxwriter DLLs (vcpkg or own builds): windeployqt only knows Qt.
install(FILES $<TARGET_RUNTIME_DLLS:sessionscope> DESTINATION ${CMAKE_INSTALL_BINDIR})
set_target_properties(sessionscope PROPERTIES WIN32_EXECUTABLE ON)

set(CPACK_GENERATOR "WIX;ZIP") # the .zip is the "no installer at all" fallback
set(CPACK_PACKAGE_INSTALL_DIRECTORY "SessionScope")
set(CPACK_PACKAGE_EXECUTABLES "sessionscope;SessionScope")
set(CPACK_WIX_INSTALL_SCOPE "perUser")
# Fixed forever: Windows Installer recognises upgrades of this product by it.
set(CPACK_WIX_UPGRADE_GUID "6F0E3C1E-5B7A-4C47-9E57-3E2B8C1A9D40")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "SessionScope")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
