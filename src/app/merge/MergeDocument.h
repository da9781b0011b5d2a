#pragma once

#include "merge/MergeResult.h"
#include "state/Resource.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace poddeck::MergeDocument {

// What the merge editor's panes show of a resource: its document with the attachments folded in under
// "@attachments" (name -> "size, hash"), so documents and attachments diff, highlight and mask alike.
// Key paths address values in it: {"Attributes", "VisibilityTimeout"}, {"@attachments", "content"}.
QJsonObject viewDocument(const Resource &resource);
// The key path of an attribute row in a view document.
QStringList keyPath(const MergeAttribute &attribute);

// Key paths at which `side` differs from `base` (the deepest keys where both still hold objects).
QList<QStringList> changedKeys(const QJsonObject &base, const QJsonObject &side);

// Secrets (Metamodel::isSecretAttribute of a top-level key) replaced by Metamodel::Mask.
bool isSecret(const QJsonObject &document, const QStringList &key);
QJsonObject masked(const QJsonObject &document);

// A pretty-printed document, line by line, each line with the key path it shows (empty for the braces
// of the document itself), so a pane can highlight the lines under a changed key.
struct Line
{
    QString text;
    QStringList key;
};
QList<Line> prettyLines(const QJsonObject &document);

// One value on one line: compact JSON; "—" when absent.
QString valueText(const QJsonValue &value);
// True when `key` lies at or under one of `keys`.
bool isUnder(const QStringList &key, const QList<QStringList> &keys);

} // namespace poddeck::MergeDocument
