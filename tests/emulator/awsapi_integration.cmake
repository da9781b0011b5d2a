# EventBridge, KMS, Step Functions and API Gateway adapters against a real moto_server (one per binary,
# reset between cases).
poddeck_add_test(tst_stepfunctionsadapter SOURCES tst_stepfunctionsadapter.cpp AppAdapterTest.h LABELS "emulator;moto")
poddeck_add_test(tst_eventbridgeadapter SOURCES tst_eventbridgeadapter.cpp AppAdapterTest.h LABELS "emulator;moto")
poddeck_add_test(tst_kmsadapter SOURCES tst_kmsadapter.cpp AppAdapterTest.h LABELS "emulator;moto")
poddeck_add_test(tst_apigatewayadapter SOURCES tst_apigatewayadapter.cpp AppAdapterTest.h LABELS "emulator;moto")
poddeck_add_test(tst_idrewrite SOURCES tst_idrewrite.cpp LABELS "emulator")
poddeck_add_test(tst_integrationinject SOURCES tst_integrationinject.cpp AppAdapterTest.h InstanceFixture.h LABELS "emulator;moto" TIMEOUT 300)
