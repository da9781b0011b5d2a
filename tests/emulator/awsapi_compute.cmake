# ECS, ECR, Kinesis and CloudWatch Logs adapters against a real moto_server (one per binary, reset between cases).
poddeck_add_test(tst_ecsadapter SOURCES tst_ecsadapter.cpp AppAdapterTest.h LABELS "emulator;moto")
poddeck_add_test(tst_ecradapter SOURCES tst_ecradapter.cpp AppAdapterTest.h LABELS "emulator;moto")
poddeck_add_test(tst_kinesisadapter SOURCES tst_kinesisadapter.cpp AppAdapterTest.h LABELS "emulator;moto")
poddeck_add_test(tst_logsadapter SOURCES tst_logsadapter.cpp AppAdapterTest.h LABELS "emulator;moto")
poddeck_add_test(tst_computeinject SOURCES tst_computeinject.cpp InstanceFixture.h LABELS "emulator;moto")
