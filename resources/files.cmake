# Files compiled into the binary under ":/" (paths relative to resources/).
set(_r ${PROJECT_SOURCE_DIR}/resources)
set(ALAM_RESOURCE_FILES
  ${_r}/samples/01-budget.txt
  ${_r}/samples/02-river.txt
  ${_r}/samples/03-summit.txt
  ${_r}/samples/04-football.txt
)
