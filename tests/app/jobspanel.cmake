# The jobs panel (src/app/jobspanel/): its model under QAbstractItemModelTester, and the panel's buttons.
poddeck_add_test(tst_joblistmodel SOURCES tst_joblistmodel.cpp LIBS poddeck_gui LABELS app TIMEOUT 120)
# The smaller GUI edits that came with the jobs panel and the diff view (contents value search, decoded
# inject preview paths, resetting chosen services, the instance bar's periodic refresh), against moto.
poddeck_add_test(tst_guiextras SOURCES tst_guiextras.cpp LIBS poddeck_gui LABELS "app;moto" TIMEOUT 180)
