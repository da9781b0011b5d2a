#pragma once

#include "cli/CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStringList>

namespace poddeck::test {

// A tree of `files` small JSON files plus one random blob of `blobBytes`, seeded by `generation`:
// the same generation gives the same bytes; files i % changeEvery == 0 carry the generation.
inline bool writeTree(const QString &dir, int generation, int files = 200, qint64 blobBytes = 1024 * 1024,
                      int changeEvery = 7)
{
    QDir().mkpath(dir);
    for (int i = 0; i < files; ++i) {
        const QString sub = dir + QStringLiteral("/d%1").arg(i % 10);
        QDir().mkpath(sub);
        QFile f(sub + QStringLiteral("/file%1.json").arg(i));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QStringLiteral("{\"generation\": %1, \"i\": %2}").arg(i % changeEvery == 0 ? generation : 0).arg(i).toUtf8());
    }
    if (blobBytes > 0) {
        QRandomGenerator rng(42);
        QByteArray data(blobBytes, Qt::Uninitialized);
        rng.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        QFile big(dir + QStringLiteral("/blob.bin"));
        if (!big.open(QIODevice::WriteOnly))
            return false;
        big.write(data);
    }
    return true;
}

// `versions POD --json` ids, oldest first.
inline QStringList versionIds(const QString &home, const QString &pod)
{
    const CliResult r = runCli(home, {QStringLiteral("versions"), pod, QStringLiteral("--json")});
    QStringList ids;
    for (const QJsonValue &v : r.json().array())
        ids.append(v.toObject().value("id").toString());
    return ids;
}

inline bool fsckOk(const QString &home)
{
    const CliResult r = runCli(home, {QStringLiteral("fsck"), QStringLiteral("--json")});
    return r.exitCode == 0 && r.json().object().value("ok").toBool();
}

inline QString cliText(const CliResult &r)
{
    return QString::fromUtf8(r.out + r.err);
}

} // namespace poddeck::test
