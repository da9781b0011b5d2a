#pragma once

#include <QString>
#include <QStringList>

namespace poddeck {

// A home holds secret values (Secrets Manager, SecureString parameters, Lambda environments): nothing
// PodDeck writes may be readable by another user. Both programs restrict their umask at start, so every
// file and directory they create (home, catalogue, objects, bundles, temp files) is 0600/0700; a home made
// by an older PodDeck, or copied with lax modes, is repaired when opened.
namespace PrivateFiles {

// umask 077 for this process. Call first thing in main().
void restrictUmask();

// Makes the home 0700 and its catalogue files 0600 when they are not; returns one line per repair (for a
// warning), or why a repair failed. Cheap: a directory whose mode is 0700 keeps everything under it private,
// so the objects are not walked.
QStringList secureHome(const QString &home);

} // namespace PrivateFiles
} // namespace poddeck
