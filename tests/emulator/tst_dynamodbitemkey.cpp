// DynamoDbItemKey: the id scheme of item resources is stable, unambiguous and reversible.
#include "emulator/awsapi/DynamoDbItemKey.h"

#include <QJsonArray>
#include <QTest>

using namespace poddeck;

class TestDynamoDbItemKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void schemaFollowsKeyRoles();
    void encodeDecode_data();
    void encodeDecode();
    void missingKeyIsAnError();
};

static QJsonObject table(bool withRange)
{
    QJsonArray keys{QJsonObject{{"AttributeName", "pk"}, {"KeyType", "HASH"}}};
    if (withRange) // listed first on purpose: HASH must still come first
        keys.prepend(QJsonObject{{"AttributeName", "sk"}, {"KeyType", "RANGE"}});
    return {{"KeySchema", keys},
            {"AttributeDefinitions", QJsonArray{QJsonObject{{"AttributeName", "pk"}, {"AttributeType", "S"}},
                                                QJsonObject{{"AttributeName", "sk"}, {"AttributeType", "N"}}}}};
}

void TestDynamoDbItemKey::schemaFollowsKeyRoles()
{
    const auto schema = DynamoDbItemKey::schemaOf(table(true));
    QCOMPARE(schema.size(), 2);
    QCOMPARE(schema[0].name, QStringLiteral("pk"));
    QCOMPARE(schema[0].type, QStringLiteral("S"));
    QCOMPARE(schema[1].name, QStringLiteral("sk"));
    QCOMPARE(schema[1].type, QStringLiteral("N"));
}

void TestDynamoDbItemKey::encodeDecode_data()
{
    QTest::addColumn<QString>("pk");
    QTest::addColumn<QString>("sk");
    QTest::addColumn<QString>("id");
    QTest::newRow("plain") << "a" << "1" << "a|1";
    QTest::newRow("bar") << "x|y" << "2" << "x\\|y|2";
    QTest::newRow("backslash") << "c:\\dir\\" << "-3.5" << "c:\\\\dir\\\\|-3.5";
    QTest::newRow("both") << "\\|" << "0" << "\\\\\\||0";
    QTest::newRow("unicode/slash") << QStringLiteral("ключ/ሴ") << "1e3" << QStringLiteral("ключ/ሴ|1e3");
}

void TestDynamoDbItemKey::encodeDecode()
{
    QFETCH(QString, pk);
    QFETCH(QString, sk);
    QFETCH(QString, id);
    const auto schema = DynamoDbItemKey::schemaOf(table(true));
    const QJsonObject item{{"pk", QJsonObject{{"S", pk}}}, {"sk", QJsonObject{{"N", sk}}}, {"other", QJsonObject{{"S", "x"}}}};
    const Result<QString> encoded = DynamoDbItemKey::encode(schema, item);
    QVERIFY(encoded);
    QCOMPARE(*encoded, id);
    const Result<QJsonObject> decoded = DynamoDbItemKey::decode(schema, id);
    QVERIFY(decoded);
    QCOMPARE(*decoded, DynamoDbItemKey::keyOf(schema, item));
}

void TestDynamoDbItemKey::missingKeyIsAnError()
{
    const auto schema = DynamoDbItemKey::schemaOf(table(true));
    QVERIFY(!DynamoDbItemKey::encode(schema, {{"pk", QJsonObject{{"S", "a"}}}}));
    QVERIFY(!DynamoDbItemKey::encode(schema, {{"pk", QJsonObject{{"S", "a"}}}, {"sk", QJsonObject{{"S", "1"}}}})); // wrong type
    QVERIFY(!DynamoDbItemKey::decode(schema, "only-one-part"));
    QVERIFY(!DynamoDbItemKey::decode(DynamoDbItemKey::schemaOf(table(false)), "a|b"));
}

QTEST_APPLESS_MAIN(TestDynamoDbItemKey)
#include "tst_dynamodbitemkey.moc"
