#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace poddeck {

// The few keys PodDeck needs from metadata.yaml, which `localstack state export` adds to its zip (a PyYAML
// dump of the pods environment endpoint plus the pod info), e.g.
//   localstack_ext_version: 3.0.2
//   localstack_version: 3.0.2
//   moto_ext_version: 4.2.7.post1
//   name: my-state.zip
//   pro: true
//   services:
//   - s3
//   - sqs
//   size: 10496
// A tiny line reader, not a YAML parser: top-level `key: scalar` lines, and `services` as a block list
// (indented or not) or a flow list `[a, b]`. Anything it does not understand is ignored.
struct LocalStackMetadata
{
    QString version; // localstack_version, else localstack_ext_version, else version
    QString name;
    QStringList services; // sorted, unique
    bool hasServices = false;

    static LocalStackMetadata parse(const QByteArray &yaml);
};

} // namespace poddeck
