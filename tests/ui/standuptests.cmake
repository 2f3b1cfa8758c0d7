# Stand-up mode tests (included from tests/ui/CMakeLists.txt).
set(_standup_tests ${CMAKE_CURRENT_LIST_DIR})
baton_add_test(tst_standup SOURCES ${_standup_tests}/tst_standup.cpp LIBS baton_ui LABELS ui)

# Renders every slide at 1080p and 2160p to PNGs for a look; not a test:
#   QT_QPA_PLATFORM=offscreen standupscreens DEMO.sqlite OUTDIR [ASOF] [--light] [--since DAYS]
add_executable(standupscreens EXCLUDE_FROM_ALL ${_standup_tests}/standupscreens.cpp)
target_link_libraries(standupscreens PRIVATE baton_ui baton_strict)
