list(APPEND PODDECK_CORE_SOURCES
  merge/InjectPlan.h merge/InjectPlan.cpp
)
