list(APPEND PODDECK_CORE_SOURCES
  state/ObjectId.h state/ObjectId.cpp
)
