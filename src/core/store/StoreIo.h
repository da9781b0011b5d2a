#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

// Small POSIX file helpers shared by the object store and its packs, with errors that say what to do.
namespace poddeck::storeio {

enum class Op { Create, Open, Read, Write, Move, Remove, Sync };

Error ioError(Op op, const QString &path, const QString &why);
// A write that failed with `err`; a full disk (or quota) says what to do about it.
Error writeError(const QString &path, int err);

Status writeAll(int fd, const QByteArray &bytes, const QString &path);
Result<QByteArray> readAt(int fd, qint64 offset, qint64 length, const QString &path);
// Writes a new file (O_EXCL) and fdatasyncs it.
Status writeFileSynced(const QString &path, const QByteArray &bytes);
Result<QByteArray> readFile(const QString &path);
// fsync of a directory: makes the renames and creations in it durable.
Status syncDirectory(const QString &path);

} // namespace poddeck::storeio
