# Storage adapters against a real moto_server (one server per binary, reset between cases).
poddeck_add_test(tst_s3adapter SOURCES tst_s3adapter.cpp LABELS "emulator;moto")
poddeck_add_test(tst_sqssnsadapter SOURCES tst_sqssnsadapter.cpp LABELS "emulator;moto")
poddeck_add_test(tst_dynamodbadapter SOURCES tst_dynamodbadapter.cpp LABELS "emulator;moto")
poddeck_add_test(tst_dynamodbitemkey SOURCES tst_dynamodbitemkey.cpp LABELS "emulator")
