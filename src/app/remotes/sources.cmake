# Remotes in the GUI: the remotes dialog, push/pull/clone/share actions, the remotes panel and sync badges.
target_sources(poddeck_gui PRIVATE
  remotes/CloneDialog.h remotes/CloneDialog.cpp
  remotes/RemoteAddDialog.h remotes/RemoteAddDialog.cpp
  remotes/RemoteBrowserDialog.h remotes/RemoteBrowserDialog.cpp
  remotes/RemoteBrowserModel.h remotes/RemoteBrowserModel.cpp
  remotes/RemotePodMimeData.h remotes/RemotePodMimeData.cpp
  remotes/RemoteOperations.h remotes/RemoteOperations.cpp
  remotes/RemotePanel.h remotes/RemotePanel.cpp
  remotes/RemotesDialog.h remotes/RemotesDialog.cpp
)
list(APPEND PODDECK_AREA_UI_FILES
  ${CMAKE_SOURCE_DIR}/ui/RemotesDialog.ui
  ${CMAKE_SOURCE_DIR}/ui/RemoteAddDialog.ui
  ${CMAKE_SOURCE_DIR}/ui/RemoteBrowserDialog.ui
)
