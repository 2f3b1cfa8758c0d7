# The lead pane, triage queue and reject dialog tests (included from tests/ui/CMakeLists.txt).
set(_lead_tests ${CMAKE_CURRENT_LIST_DIR})
baton_add_test(tst_rejectdialog SOURCES ${_lead_tests}/tst_rejectdialog.cpp LIBS baton_ui LABELS ui)
baton_add_test(tst_triage SOURCES ${_lead_tests}/tst_triage.cpp ${_lead_tests}/leadfixture.h LIBS baton_ui LABELS ui)
baton_add_test(tst_leadpane SOURCES ${_lead_tests}/tst_leadpane.cpp ${_lead_tests}/leadfixture.h LIBS baton_ui LABELS ui)
baton_add_test(tst_breakdownrows SOURCES ${_lead_tests}/tst_breakdownrows.cpp LIBS baton_ui LABELS ui)

# Renders the lead pane, the queue and the dialogs to PNGs for a look; not a test:
#   QT_QPA_PLATFORM=offscreen leadscreens [OUTDIR]   (BATON_DARK=1 for the dark theme)
add_executable(leadscreens EXCLUDE_FROM_ALL ${_lead_tests}/leadscreens.cpp)
target_link_libraries(leadscreens PRIVATE baton_ui baton_strict)
