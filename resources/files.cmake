# Files compiled into the binary under ":/" (paths relative to resources/).
set(_r ${PROJECT_SOURCE_DIR}/resources)
set(ALAM_RESOURCE_FILES
  ${_r}/samples/01-budget.txt
  ${_r}/samples/02-river.txt
  ${_r}/samples/03-summit.txt
  ${_r}/samples/04-football.txt
)
# Tagger gazetteers, trigger lists and the shipped model (app/ner).
list(APPEND ALAM_RESOURCE_FILES
  ${_r}/ner/model.bin
  ${_r}/ner/gazetteers/index.txt
  ${_r}/ner/gazetteers/countries.txt
  ${_r}/ner/gazetteers/cities.txt
  ${_r}/ner/gazetteers/arabcities.txt
  ${_r}/ner/gazetteers/provinces.txt
  ${_r}/ner/gazetteers/geography.txt
  ${_r}/ner/gazetteers/leaders.txt
  ${_r}/ner/gazetteers/persons_ambiguous.txt
  ${_r}/ner/gazetteers/givennames.txt
  ${_r}/ner/gazetteers/organisations.txt
  ${_r}/ner/gazetteers/parties.txt
  ${_r}/ner/gazetteers/media.txt
  ${_r}/ner/gazetteers/companies.txt
  ${_r}/ner/gazetteers/clubs.txt
  ${_r}/ner/gazetteers/orgs_ambiguous.txt
  ${_r}/ner/gazetteers/misc.txt
  ${_r}/ner/gazetteers/nationalities.txt
  ${_r}/ner/gazetteers/titles.txt
  ${_r}/ner/gazetteers/orgheads.txt
  ${_r}/ner/gazetteers/locheads.txt
  ${_r}/ner/gazetteers/months.txt
  ${_r}/ner/gazetteers/weekdays.txt
  ${_r}/ner/gazetteers/commonwords.txt
  ${_r}/ner/gazetteers/sport.txt
  ${_r}/ner/gazetteers/people.txt
  ${_r}/ner/gazetteers/people_ambiguous.txt
  ${_r}/ner/gazetteers/events_and_works.txt
  ${_r}/ner/gazetteers/places.txt
  ${_r}/ner/gazetteers/places_ambiguous.txt
  ${_r}/ner/gazetteers/institutions.txt
)
