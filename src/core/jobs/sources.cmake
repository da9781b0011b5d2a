list(APPEND PODDECK_CORE_SOURCES
  jobs/Home.h jobs/Home.cpp
  jobs/JobContext.h jobs/JobContext.cpp
  jobs/VersionRef.h jobs/VersionRef.cpp
  jobs/VersionCommit.h jobs/VersionCommit.cpp
  jobs/CommitDirectory.h jobs/CommitDirectory.cpp
  jobs/DirectoryStatCache.h jobs/DirectoryStatCache.cpp
  jobs/GcLock.h jobs/GcLock.cpp
  jobs/Maintenance.h jobs/Maintenance.cpp
  jobs/RemotePacks.h jobs/RemotePacks.cpp
  jobs/RemoteMaintenance.h jobs/RemoteMaintenance.cpp
  jobs/Inspect.h jobs/Inspect.cpp
  jobs/SpaceUsage.h jobs/SpaceUsage.cpp
  jobs/SecretMarks.h jobs/SecretMarks.cpp
  jobs/ImportExport.h jobs/ImportExport.cpp
  jobs/PodQueries.h jobs/PodQueries.cpp
)
list(APPEND PODDECK_CORE_SOURCES
  jobs/InstanceConfig.h jobs/InstanceConfig.cpp
  jobs/CommitInstance.h jobs/CommitInstance.cpp
  jobs/InjectVersion.h jobs/InjectVersion.cpp
  jobs/PlanDetails.h jobs/PlanDetails.cpp
  jobs/ContentsEntry.h
  jobs/ContentsLoader.h jobs/ContentsLoader.cpp
  jobs/InjectPreflight.h jobs/InjectPreflight.cpp
  jobs/Autosave.h jobs/Autosave.cpp
  jobs/LocalStackInject.h jobs/LocalStackInject.cpp
  jobs/InstanceStatus.h jobs/InstanceStatus.cpp
  jobs/InstanceDrift.h jobs/InstanceDrift.cpp
  jobs/HeadValidity.h jobs/HeadValidity.cpp
  jobs/AttachCode.h jobs/AttachCode.cpp
)
list(APPEND PODDECK_CORE_SOURCES
  jobs/LiveState.h jobs/LiveState.cpp
  jobs/DiffMerge.h jobs/DiffMerge.cpp
  jobs/LiveMerge.h jobs/LiveMerge.cpp
)
list(APPEND PODDECK_CORE_SOURCES
  jobs/RemoteAccess.h jobs/RemoteAccess.cpp
  jobs/SyncStateCache.h jobs/SyncStateCache.cpp
  jobs/RemoteQueries.h jobs/RemoteQueries.cpp
  jobs/Sync.h jobs/SyncSupport.h jobs/SyncSupport.cpp jobs/SyncPush.cpp jobs/SyncPull.cpp
  jobs/Share.h jobs/Share.cpp
)
