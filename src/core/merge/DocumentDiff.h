#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace poddeck {

// One attribute of a resource document that differs between two states. `key` holds the object keys
// from the document root down to the value that changed; arrays and scalars are compared as values.
struct AttributeChange
{
    enum class Kind { Added, Removed, Modified };
    Kind kind = Kind::Modified;
    QStringList key;
    QJsonValue before; // Undefined when absent (Added)
    QJsonValue after;  // Undefined when absent (Removed)
    bool secret = false; // the value at `key` is secret (SecretMask; set by diffVersions)

    QString keyText() const;
    static QString kindName(Kind k);
};

// "Attributes.VisibilityTimeout"; a key that is empty or holds '.', '[', ']' or '"' is written
// ["like.this"], so the text reads back unambiguously with parseKeyPath().
QString keyPathText(const QStringList &key);
QStringList parseKeyPath(const QString &text, bool *ok = nullptr);

// The value below `key` (Undefined when any step is missing or not an object).
QJsonValue valueAt(const QJsonObject &document, const QStringList &key);
// Sets the value below `key`, creating objects on the way; Undefined removes the key.
void setValueAt(QJsonObject &document, const QStringList &key, const QJsonValue &value);

// What changed from `before` to `after`, in key order; nested objects are recursed.
QList<AttributeChange> diffDocuments(const QJsonObject &before, const QJsonObject &after);

// Compact JSON text of any value, for one-line output ("\"30\"", "42", "{\"a\":1}", "absent").
QString jsonValueText(const QJsonValue &value);

} // namespace poddeck
