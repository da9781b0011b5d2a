#pragma once

#include "state/Metamodel.h"
#include "state/SecretMask.h"
#include "state/ObjectId.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace poddeck {

// One child in the contents tree as a loader job hands it to the GUI thread: plain values only.
struct ContentsEntry
{
    using Kind = MetamodelNode::Kind;
    Kind kind = Kind::Service;
    QString name;      // decoded segment, attribute key, or attachment name
    QString segment;   // encoded path segment (tree levels only): matches the StateTree entry's name
    ObjectId tree;     // subtree below it, null when none
    ObjectId resource; // its resource object (resources only)
    QJsonValue value;  // attributes: the value (also when secret: the model masks it); attachments: size text
    QJsonValue shown;  // attributes: the value with the secrets inside it masked (SecretMask)
    bool secret = false; // the whole value is secret: masked until revealed
    bool missingCode = false; // a Lambda function or layer held without its code (resources only)
    QList<ContentsEntry> children; // nested attributes (objects, arrays), complete

    bool canLoadMore() const { return !tree.isNull() || !resource.isNull(); }
};

} // namespace poddeck
