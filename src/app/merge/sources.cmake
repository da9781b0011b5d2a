# The three-way merge editor (issue 5) and its small dialogs.
target_sources(poddeck_gui PRIVATE
  merge/MergeApplyLive.cpp
  merge/MergeApplyVersion.cpp
  merge/MergeAttributeTable.h merge/MergeAttributeTable.cpp
  merge/MergeDocument.h merge/MergeDocument.cpp
  merge/MergeDocumentLoader.h merge/MergeDocumentLoader.cpp
  merge/MergeDocumentPane.h merge/MergeDocumentPane.cpp
  merge/MergeEditorActions.cpp
  merge/MergeEditorModeTexts.cpp
  merge/MergeEditorResolving.cpp
  merge/MergeEditorWindow.h merge/MergeEditorWindow.cpp ${PODDECK_UI_DIR}/MergeEditorWindow.ui
  merge/MergeTargetDialog.h merge/MergeTargetDialog.cpp ${PODDECK_UI_DIR}/MergeTargetDialog.ui
  merge/MergeTreeModel.h merge/MergeTreeModel.cpp
  merge/MergeValueDialog.h merge/MergeValueDialog.cpp ${PODDECK_UI_DIR}/MergeValueDialog.ui
)
