# The import wizard and desktop notification tests (included from tests/ui/CMakeLists.txt).
set(_import_tests ${CMAKE_CURRENT_LIST_DIR})
baton_add_test(tst_importwizard SOURCES ${_import_tests}/tst_importwizard.cpp ${_import_tests}/../scenariofixture.h
               LIBS baton_ui LABELS ui)
target_compile_definitions(tst_importwizard PRIVATE BATON_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data")

# Renders the import wizard's steps to PNGs for a look; not a test:
#   QT_QPA_PLATFORM=offscreen baton_importscreens OUTDIR [--dark]
add_executable(baton_importscreens EXCLUDE_FROM_ALL ${_import_tests}/importscreens.cpp)
target_link_libraries(baton_importscreens PRIVATE baton_ui baton_strict)
target_include_directories(baton_importscreens PRIVATE ${_import_tests}/..)
target_compile_definitions(baton_importscreens PRIVATE BATON_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data")
