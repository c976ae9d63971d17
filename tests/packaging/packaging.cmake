# Packaging tests (issue 10), label `packaging`.
find_program(SAM2_BASH bash REQUIRED)
# Lists travel to the scripts and the test comma-separated (a ';' would split the argument).
string(REPLACE ";" "," icon_sizes "${SAM2_ICON_SIZES_LIST}")
string(REPLACE ";" "," languages "${SAM2_TRANSLATION_LANGUAGES}")

# The .deb: built by CPack from this build tree, unpacked with dpkg-deb -x, run from there.
add_test(NAME packaging_deb
         COMMAND ${SAM2_BASH} ${CMAKE_CURRENT_SOURCE_DIR}/deb_test.sh
                 ${CMAKE_CPACK_COMMAND} ${CMAKE_COMMAND} ${CMAKE_BINARY_DIR}
                 ${CMAKE_CURRENT_BINARY_DIR}/deb_test ${PROJECT_VERSION} ${SAM2_APP_ID} ${icon_sizes})
set_tests_properties(packaging_deb PROPERTIES LABELS packaging TIMEOUT 300)

# The committed desktop entry and metainfo pass desktop-file-validate and appstreamcli validate.
add_test(NAME packaging_metadata_validate
         COMMAND ${SAM2_BASH} ${CMAKE_CURRENT_SOURCE_DIR}/validate_metadata.sh
                 ${SAM2_DESKTOP_FILE} ${SAM2_METAINFO_FILE} ${PROJECT_VERSION})
set_tests_properties(packaging_metadata_validate PROPERTIES LABELS packaging TIMEOUT 60 SKIP_RETURN_CODE 77)

# Every shipped .ts file is complete for the current sources (lupdate runs on copies).
add_test(NAME packaging_translations_complete
         COMMAND ${SAM2_BASH} ${CMAKE_CURRENT_SOURCE_DIR}/check_translations.sh
                 $<TARGET_FILE:Qt6::lupdate> ${SAM2_LUPDATE_PROJECT} ${CMAKE_SOURCE_DIR}/translations
                 ${CMAKE_CURRENT_BINARY_DIR}/ts_check ${languages})
set_tests_properties(packaging_translations_complete PROPERTIES LABELS packaging TIMEOUT 120)

# The compiled-in translations as the app uses them.
sam2_add_qt_test(packaging_translations_runtime
  SOURCES translations_test.cpp
  LIBS translations Qt6::Core
  LABELS packaging
  TIMEOUT 60)
target_compile_definitions(packaging_translations_runtime PRIVATE
  SAM2_SHIPPED_LANGUAGES="${languages}"
  SAM2_TS_DIR="${CMAKE_SOURCE_DIR}/translations")

# The PNG icons rendered at build time match the SVG.
sam2_add_qt_test(packaging_icon
  SOURCES icon_test.cpp
  LIBS Qt6::Gui
  LABELS packaging
  TIMEOUT 60)
add_dependencies(packaging_icon sam2studio_icons)
