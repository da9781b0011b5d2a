#include "emulator/IdRewrite.h"

#include <QJsonArray>
#include <QTest>

using namespace poddeck;

class TestIdRewrite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rewritesWholeTokensEverywhere()
    {
        const QHash<QString, QString> ids{{"1234abcd-old", "9999ffff-new"}};
        const QJsonObject doc{{"KmsKeyId", "arn:aws:kms:us-east-1:123456789012:key/1234abcd-old"},
                              {"Environment", QJsonObject{{"Variables", QJsonObject{{"KEY", "1234abcd-old"}}}}},
                              {"List", QJsonArray{"1234abcd-old", 7}},
                              {"Longer", "x1234abcd-old"},   // part of another token: left alone
                              {"Suffix", "1234abcd-older"}}; // likewise
        const QJsonObject out = rewriteIds(doc, ids);
        QCOMPARE(out.value("KmsKeyId").toString(), QStringLiteral("arn:aws:kms:us-east-1:123456789012:key/9999ffff-new"));
        QCOMPARE(out.value("Environment")["Variables"]["KEY"].toString(), QStringLiteral("9999ffff-new"));
        QCOMPARE(out.value("List")[0].toString(), QStringLiteral("9999ffff-new"));
        QCOMPARE(out.value("List")[1].toInt(), 7);
        QCOMPARE(out.value("Longer").toString(), QStringLiteral("x1234abcd-old"));
        QCOMPARE(out.value("Suffix").toString(), QStringLiteral("1234abcd-older"));
        QCOMPARE(rewriteIds(doc, {}), doc);
    }
};

QTEST_GUILESS_MAIN(TestIdRewrite)
#include "tst_idrewrite.moc"
