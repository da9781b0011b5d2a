# Remotes in the GUI: the remotes dialog, push/pull/clone/share actions, the remotes panel and sync badges.
target_sources(poddeck_gui PRIVATE
  remotes/CloneDialog.h remotes/CloneDialog.cpp ${PODDECK_UI_DIR}/CloneDialog.ui
  remotes/RemoteAddDialog.h remotes/RemoteAddDialog.cpp ${PODDECK_UI_DIR}/RemoteAddDialog.ui
  remotes/RemoteBrowserDialog.h remotes/RemoteBrowserDialog.cpp ${PODDECK_UI_DIR}/RemoteBrowserDialog.ui
  remotes/RemoteBrowserModel.h remotes/RemoteBrowserModel.cpp
  remotes/RemotePodMimeData.h remotes/RemotePodMimeData.cpp
  remotes/RemoteOperations.h remotes/RemoteOperations.cpp
  remotes/RemotePanel.h remotes/RemotePanel.cpp
  remotes/RemotesDialog.h remotes/RemotesDialog.cpp ${PODDECK_UI_DIR}/RemotesDialog.ui
)
