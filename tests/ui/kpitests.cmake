# The KPI dashboard, feedback view and weekly report tests (included from tests/ui/CMakeLists.txt).
set(_kpi_tests ${CMAKE_CURRENT_LIST_DIR})
set(_kpi_fixture ${_kpi_tests}/../core/kpiscenario.h)
baton_add_test(tst_kpidashboard SOURCES ${_kpi_tests}/tst_kpidashboard.cpp ${_kpi_fixture} LIBS baton_ui LABELS ui)
target_include_directories(tst_kpidashboard PRIVATE ${_kpi_tests}/../core)
baton_add_test(tst_feedbackview SOURCES ${_kpi_tests}/tst_feedbackview.cpp ${_kpi_fixture} LIBS baton_ui LABELS ui)
target_include_directories(tst_feedbackview PRIVATE ${_kpi_tests}/../core)
baton_add_test(tst_weeklyreport SOURCES ${_kpi_tests}/tst_weeklyreport.cpp ${_kpi_fixture} LIBS baton_ui LABELS ui)
target_include_directories(tst_weeklyreport PRIVATE ${_kpi_tests}/../core)
find_program(BATON_PDFTOTEXT pdftotext)
if(BATON_PDFTOTEXT)
    target_compile_definitions(tst_weeklyreport PRIVATE BATON_PDFTOTEXT="${BATON_PDFTOTEXT}")
endif()

# Renders the dashboard, the feedback view and the weekly report to PNGs for a look; not a test:
#   QT_QPA_PLATFORM=offscreen kpiscreens --db demo.sqlite --out DIR [--now TIME] [--as USER] [--dark]
add_executable(kpiscreens EXCLUDE_FROM_ALL ${_kpi_tests}/kpiscreens.cpp)
target_link_libraries(kpiscreens PRIVATE baton_ui baton_strict)
