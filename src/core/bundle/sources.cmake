list(APPEND PODDECK_CORE_SOURCES
  bundle/BundleLimits.h
  bundle/ArchiveSafety.h bundle/ArchiveSafety.cpp
  bundle/ArchiveReader.h bundle/ArchiveReader.cpp
  bundle/ArchiveEntryDevice.h bundle/ArchiveEntryDevice.cpp
  bundle/ArchiveWriter.h bundle/ArchiveWriter.cpp
  bundle/BundleManifest.h bundle/BundleManifest.cpp
  bundle/BundleWriter.h bundle/BundleWriter.cpp
  bundle/BundleReader.h bundle/BundleReader.cpp
  bundle/LocalStackMetadata.h bundle/LocalStackMetadata.cpp
  bundle/LocalStackZip.h bundle/LocalStackZip.cpp
)
