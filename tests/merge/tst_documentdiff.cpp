#include "merge/DocumentDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace poddeck;

class TestDocumentDiff : public QObject
{
    Q_OBJECT

    static QJsonObject parse(const char *json) { return QJsonDocument::fromJson(json).object(); }

private Q_SLOTS:
    void keyPathsReadBack_data()
    {
        QTest::addColumn<QStringList>("key");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringList{"Attributes", "VisibilityTimeout"} << "Attributes.VisibilityTimeout";
        QTest::newRow("dot") << QStringList{"Tags", "app.tier"} << "Tags[\"app.tier\"]";
        QTest::newRow("quote") << QStringList{"a\"b", "c"} << "[\"a\\\"b\"].c";
        QTest::newRow("empty") << QStringList{"x", ""} << "x[\"\"]";
        QTest::newRow("brackets") << QStringList{"[", "]"} << "[\"[\"][\"]\"]";
    }
    void keyPathsReadBack()
    {
        QFETCH(QStringList, key);
        QFETCH(QString, text);
        QCOMPARE(keyPathText(key), text);
        bool ok = false;
        QCOMPARE(parseKeyPath(text, &ok), key);
        QVERIFY(ok);
    }

    void malformedKeyPaths()
    {
        for (const char *bad : {"", "a..b", "a.", "[\"x\"", "[x]"}) {
            bool ok = true;
            parseKeyPath(QString::fromLatin1(bad), &ok);
            QVERIFY2(!ok, bad);
        }
    }

    void nestedObjectsRecurseArraysAreValues()
    {
        const QJsonObject before = parse(R"({"Attributes":{"VisibilityTimeout":"30","DelaySeconds":"0"},
            "Layers":["a","b"],"Name":"q","Old":1})");
        const QJsonObject after = parse(R"({"Attributes":{"VisibilityTimeout":"60","DelaySeconds":"0","Policy":{"x":1}},
            "Layers":["a","c"],"Name":"q","New":true})");
        const QList<AttributeChange> changes = diffDocuments(before, after);
        QStringList got;
        for (const AttributeChange &c : changes)
            got.append(QStringLiteral("%1 %2 %3 -> %4").arg(AttributeChange::kindName(c.kind), c.keyText(),
                                                              jsonValueText(c.before), jsonValueText(c.after)));
        QCOMPARE(got, (QStringList{
                          "added Attributes.Policy absent -> {\"x\":1}",
                          "modified Attributes.VisibilityTimeout \"30\" -> \"60\"",
                          "modified Layers [\"a\",\"b\"] -> [\"a\",\"c\"]",
                          "added New absent -> true",
                          "removed Old 1 -> absent",
                      }));
        QVERIFY(diffDocuments(before, before).isEmpty());
    }

    void objectReplacedByScalarIsOneChange()
    {
        const QList<AttributeChange> changes = diffDocuments(parse(R"({"a":{"b":1}})"), parse(R"({"a":2})"));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].keyText(), QStringLiteral("a"));
    }

    void setAndReadValues()
    {
        QJsonObject doc = parse(R"({"a":{"b":1,"c":2}})");
        setValueAt(doc, {"a", "b"}, 5);
        setValueAt(doc, {"x", "y"}, QStringLiteral("new"));
        setValueAt(doc, {"a", "c"}, QJsonValue(QJsonValue::Undefined));
        QCOMPARE(doc, parse(R"({"a":{"b":5},"x":{"y":"new"}})"));
        QCOMPARE(valueAt(doc, {"x", "y"}).toString(), QStringLiteral("new"));
        QVERIFY(valueAt(doc, {"a", "b", "deeper"}).isUndefined());
    }
};

QTEST_GUILESS_MAIN(TestDocumentDiff)
#include "tst_documentdiff.moc"
