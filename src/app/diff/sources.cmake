# The diff view: two states compared, in a window of its own (see DiffWindow.h, DiffActions.h).
target_sources(poddeck_gui PRIVATE
  diff/DiffTree.h diff/DiffTree.cpp
  diff/DiffModel.h diff/DiffModel.cpp
  diff/DiffWidget.h diff/DiffWidget.cpp
  diff/DiffWindow.h diff/DiffWindow.cpp
  diff/DiffActions.h diff/DiffActions.cpp
)
