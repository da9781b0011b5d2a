# IAM, Lambda, SSM and Secrets Manager adapters against a real moto_server (one per binary, reset between cases).
poddeck_add_test(tst_iamadapter SOURCES tst_iamadapter.cpp AppAdapterTest.h LABELS "emulator;moto")
poddeck_add_test(tst_ssmadapter SOURCES tst_ssmadapter.cpp AppAdapterTest.h LABELS "emulator;moto")
poddeck_add_test(tst_secretsmanageradapter SOURCES tst_secretsmanageradapter.cpp AppAdapterTest.h LABELS "emulator;moto")
poddeck_add_test(tst_lambdaadapter SOURCES tst_lambdaadapter.cpp AppAdapterTest.h LABELS "emulator;moto")
