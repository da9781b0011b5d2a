#pragma once

#include "merge/MergeResult.h"
#include "state/Resource.h"
#include "state/SecretMask.h"

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

// A view document of the resource at `path` with its secrets masked by `mask` (the core's one rule),
// except the key paths in `revealed`; attachments show as they are.
QJsonObject masked(const SecretMask &mask, const QString &path, const QJsonObject &document,
                   const QList<QStringList> &revealed = {});
// A document the user edited from a masked one: values still reading as the mask get the original's value
// back, so a masked secret is never written (masking is display-only).
QJsonObject unmasked(const QJsonObject &edited, const QJsonObject &original);

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
