#pragma once

#include "state/Resource.h"
#include "store/ObjectStore.h"
#include "store/StateBuilder.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace poddeck::test {

// States written as JSON, the way tests/data/merge cases hold them: {path: document}. A document may
// carry "@attachments": {name: text}, stored as the resource's attachments and not in its document.
inline Resource resourceFromJson(ObjectStore &store, const QString &path, QJsonObject document)
{
    Resource r;
    r.path = path;
    const QJsonObject atts = document.take(QStringLiteral("@attachments")).toObject();
    r.document = document;
    for (auto it = atts.constBegin(); it != atts.constEnd(); ++it) {
        Result<AttachmentRef> ref = store.putBlob(it.value().toString().toUtf8());
        if (ref)
            r.attachments.insert(it.key(), *ref);
    }
    return r;
}

// Builds the state with StateBuilder and returns its root tree id (null on failure, with a test failure).
inline ObjectId buildState(ObjectStore &store, const QJsonObject &state)
{
    StateBuilder builder(store);
    for (auto it = state.constBegin(); it != state.constEnd(); ++it) {
        Status st = builder.add(resourceFromJson(store, it.key(), it.value().toObject()));
        if (!st) {
            QTest::qFail(qPrintable(st.error().message), __FILE__, __LINE__);
            return {};
        }
    }
    Result<Version> v = builder.finish(Version());
    if (!v) {
        QTest::qFail(qPrintable(v.error().message), __FILE__, __LINE__);
        return {};
    }
    return v->root;
}

inline QJsonDocument readJsonFile(const QString &path, bool *ok = nullptr)
{
    QFile f(path);
    const bool opened = f.open(QIODevice::ReadOnly);
    QJsonParseError error;
    const QJsonDocument doc = opened ? QJsonDocument::fromJson(f.readAll(), &error) : QJsonDocument();
    if (ok)
        *ok = opened && error.error == QJsonParseError::NoError;
    return doc;
}

} // namespace poddeck::test
