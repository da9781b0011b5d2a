#pragma once

#include "state/Resource.h"
#include "state/SecretMask.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <memory>
#include <vector>

namespace poddeck {

// What a person reads: service > account > region > type > resource > attributes, with child resources
// (S3 objects, DynamoDB items) nested under their parent. Secrets are masked unless revealed.
struct MetamodelNode
{
    enum class Kind { Root, Service, Account, Region, Type, Resource, ChildType, Attribute, Attachment };
    Kind kind = Kind::Root;
    QString name;         // decoded segment, or attribute key
    QJsonValue value;     // attributes only
    bool secret = false;  // the value is masked, or parts of it are
    QString resourcePath; // resources only
    std::vector<std::unique_ptr<MetamodelNode>> children;

    MetamodelNode *child(Kind kind, const QString &name); // finds or appends
    static QString kindName(Kind kind);
    QJsonObject toJson() const;
};

class Metamodel
{
public:
    Metamodel();
    // Adds a resource at its place in the tree; attributes become children of the resource node, their
    // secrets masked by `mask` unless `revealSecrets`.
    void add(const Resource &resource, const SecretMask &mask = SecretMask(), bool revealSecrets = false);
    const MetamodelNode &root() const { return *m_root; }

private:
    std::unique_ptr<MetamodelNode> m_root;
};

} // namespace poddeck
