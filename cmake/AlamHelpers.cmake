# alam_add_test(NAME SOURCES... [GUI] [CORE lib] [LIBS libs...])
# CORE picks the core library to link (default alamcore; e.g. alam_text for text tests).
# One Qt Test executable per test case, linked to the core. GUI tests also get the widgets
# library and run on the offscreen platform. ALAM_SHARED_DIR points at ../shared so tests
# that need its data can find it (and skip cleanly when it is absent).
function(alam_add_test name)
  cmake_parse_arguments(ARG "GUI" "CORE" "SOURCES;LIBS" ${ARGN})
  if(NOT ARG_CORE)
    set(ARG_CORE alamcore)
  endif()
  add_executable(${name} ${ARG_SOURCES} ${ARG_UNPARSED_ARGUMENTS})
  set_target_properties(${name} PROPERTIES AUTOMOC ON)
  target_link_libraries(${name} PRIVATE ${ARG_CORE} Qt6::Test ${ARG_LIBS})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
  target_compile_definitions(${name} PRIVATE
    ALAM_SHARED_DIR="${ALAM_SHARED_DIR}"
    ALAM_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  if(ARG_GUI)
    target_link_libraries(${name} PRIVATE alamui Qt6::Widgets)
  endif()
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endfunction()

get_filename_component(_alam_shared_default "${PROJECT_SOURCE_DIR}/../shared" ABSOLUTE)
set(ALAM_SHARED_DIR "${_alam_shared_default}" CACHE PATH "The ../shared folder beside the project (data, seeds, scripts)")
