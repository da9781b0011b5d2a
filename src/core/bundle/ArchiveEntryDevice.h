#pragma once

#include "util/Error.h"

#include <QIODevice>

namespace poddeck {

class ArchiveReader;

// The current entry of an ArchiveReader as a read-only sequential QIODevice, so its data can be streamed
// into ObjectStore::putBlob() in chunks. The reader's caps apply; putBlob() cannot report a read error,
// so check error() afterwards.
class ArchiveEntryDevice : public QIODevice
{
public:
    explicit ArchiveEntryDevice(ArchiveReader &reader);
    bool isSequential() const override { return true; }
    const Error &error() const { return m_error; }
    qint64 bytesRead() const { return m_read; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    ArchiveReader &m_reader;
    Error m_error;
    qint64 m_read = 0;
};

} // namespace poddeck
