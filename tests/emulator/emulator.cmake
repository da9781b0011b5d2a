poddeck_add_test(tst_commitinject SOURCES tst_commitinject.cpp InstanceFixture.h LABELS "emulator;moto" TIMEOUT 600)
poddeck_add_test(tst_emulatorfaults SOURCES tst_emulatorfaults.cpp InstanceFixture.h FakeLocalStack.h FakeLocalStack.cpp LABELS "emulator;moto")
poddeck_add_test(tst_localstackapi SOURCES tst_localstackapi.cpp InstanceFixture.h FakeLocalStack.h FakeLocalStack.cpp LABELS emulator)
poddeck_add_test(tst_injectplan SOURCES tst_injectplan.cpp LABELS emulator)
