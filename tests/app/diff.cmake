# The diff view (src/app/diff/): two versions in a temporary home, and a version against a moto_server.
poddeck_add_test(tst_diffview SOURCES tst_diffview.cpp LIBS poddeck_gui LABELS "app;moto" TIMEOUT 180)
