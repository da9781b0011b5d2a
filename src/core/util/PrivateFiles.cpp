#include "util/PrivateFiles.h"

#include "util/ErrorText.h"

#include <QDir>
#include <QFileInfo>

#include <sys/stat.h>

namespace poddeck::PrivateFiles {

void restrictUmask()
{
    ::umask(077);
}

namespace {

// Repairs `path` to `mode` when it grants anything to group or others.
void repair(const QString &path, mode_t mode, QStringList &out)
{
    struct stat st;
    const QByteArray native = QFile::encodeName(path);
    if (::lstat(native.constData(), &st) != 0 || S_ISLNK(st.st_mode))
        return;
    if ((st.st_mode & 077) == 0)
        return;
    if (::chmod(native.constData(), mode) == 0)
        out.append(ErrorText::tr("%1 was readable by other users (mode %2); PodDeck made it private (%3)")
                       .arg(path, QString::number(st.st_mode & 0777, 8), QString::number(mode, 8)));
    else
        out.append(ErrorText::tr("%1 is readable by other users (mode %2) and PodDeck cannot change that: "
                                  "run `chmod %3 %1`")
                       .arg(path, QString::number(st.st_mode & 0777, 8), QString::number(mode, 8)));
}

} // namespace

QStringList secureHome(const QString &home)
{
    QStringList out;
    if (home.isEmpty() || !QFileInfo(home).isDir())
        return out;
    repair(home, 0700, out);
    const QDir dir(home);
    for (const QString &name : dir.entryList({QStringLiteral("catalogue.db*")}, QDir::Files | QDir::Hidden))
        repair(dir.absoluteFilePath(name), 0600, out);
    return out;
}

} // namespace poddeck::PrivateFiles
