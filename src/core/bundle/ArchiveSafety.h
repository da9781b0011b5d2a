#pragma once

#include <QString>

namespace poddeck::ArchiveSafety {

// What an archive holds; messages name it ("not a PodDeck bundle", "escapes the archive").
enum class Container { Bundle, LocalStackZip };

// Why an archive entry name is unsafe to use (a whole sentence naming the entry), or an empty string when it
// is fine. Rejected: empty names, absolute paths (also "C:" and "\\"),
// "." and ".." components (with '/' or '\' as separator, so a Windows extractor cannot be fooled either),
// empty components, and control characters. A trailing '/' (directory entries of zips) is allowed.
QString nameProblem(const QString &name, Container container);

// The name as it may appear in a message: control characters escaped, very long names shortened.
QString quoted(const QString &name);

// "300 GiB", "1.5 MiB", "512 bytes": sizes in messages people read.
QString formatSize(qint64 bytes);

} // namespace poddeck::ArchiveSafety
