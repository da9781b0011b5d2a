# The jobs panel: every job of this session in a dock (see JobsPanel.h).
target_sources(poddeck_gui PRIVATE
  jobspanel/JobDetailsDialog.h jobspanel/JobDetailsDialog.cpp ${PODDECK_UI_DIR}/JobDetailsDialog.ui
  jobspanel/JobRecord.h jobspanel/JobRecord.cpp
  jobspanel/JobListModel.h jobspanel/JobListModel.cpp
  jobspanel/JobProgressDelegate.h jobspanel/JobProgressDelegate.cpp
  jobspanel/JobsPanel.h jobspanel/JobsPanel.cpp
)
