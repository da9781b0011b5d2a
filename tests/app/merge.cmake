# The merge editor (src/app/merge/): its tree model, and the window driven by its actions.
poddeck_add_test(tst_mergetreemodel SOURCES tst_mergetreemodel.cpp LIBS poddeck_gui LABELS app)
poddeck_add_test(tst_mergeeditor SOURCES tst_mergeeditor.cpp AcceleratorCheck.h LIBS poddeck_gui LABELS app)
# The deep-merge inject through the Inject dialog and the editor, against a real moto_server.
poddeck_add_test(tst_mergelive SOURCES tst_mergelive.cpp LIBS poddeck_gui LABELS "app;moto" TIMEOUT 300)
