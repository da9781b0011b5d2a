#include "bundle/ArchiveEntryDevice.h"

#include "bundle/ArchiveReader.h"

namespace poddeck {

ArchiveEntryDevice::ArchiveEntryDevice(ArchiveReader &reader) : m_reader(reader)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 ArchiveEntryDevice::readData(char *data, qint64 maxSize)
{
    if (m_error.isError())
        return -1;
    const qint64 n = m_reader.read(data, maxSize);
    if (n < 0) {
        m_error = m_reader.lastError();
        setErrorString(m_error.message);
        return -1;
    }
    m_read += n;
    return n;
}

} // namespace poddeck
