# The three-way merge editor (issue 5) and its small dialogs.
target_sources(poddeck_gui PRIVATE
  merge/MergeAttributeTable.h merge/MergeAttributeTable.cpp
  merge/MergeDocument.h merge/MergeDocument.cpp
  merge/MergeDocumentPane.h merge/MergeDocumentPane.cpp
  merge/MergeEditorWindow.h merge/MergeEditorWindow.cpp
  merge/MergeTargetDialog.h merge/MergeTargetDialog.cpp
  merge/MergeTreeModel.h merge/MergeTreeModel.cpp
  merge/MergeValueDialog.h merge/MergeValueDialog.cpp
)
