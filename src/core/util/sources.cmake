list(APPEND PODDECK_CORE_SOURCES
  util/Error.h util/Error.cpp
  util/DurationText.h util/DurationText.cpp
  util/ErrorText.h util/ErrorText.cpp
  util/Result.h
  util/ParallelTasks.h util/ParallelTasks.cpp
  util/PrivateFiles.h util/PrivateFiles.cpp
)
