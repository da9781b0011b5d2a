list(APPEND PODDECK_CORE_SOURCES
  merge/InjectPlan.h merge/InjectPlan.cpp
)
list(APPEND PODDECK_CORE_SOURCES
  merge/DocumentDiff.h merge/DocumentDiff.cpp
  merge/StateDiff.h merge/StateDiff.cpp
  merge/MergeResult.h merge/MergeResult.cpp
  merge/MergeSecrets.h merge/MergeSecrets.cpp
  merge/ThreeWayMerge.h merge/ThreeWayMerge.cpp
)
