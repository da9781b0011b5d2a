poddeck_add_test(tst_catalogue SOURCES tst_catalogue.cpp LABELS store)
