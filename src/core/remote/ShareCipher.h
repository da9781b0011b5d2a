#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace poddeck {

// Share links of encrypted remotes: the bundle behind the link is encrypted under a fresh random key that
// travels only in the link's #fragment (browsers and HTTP clients never send a fragment), so the remote, and
// anyone who finds the object without the whole link, hold only ciphertext.
//   file   = "PDSH" || format version (1 byte) || chunk size (4 bytes, big-endian) || chunk*
//   chunk  = RemoteCipher::seal(key, up to `chunk size` plaintext bytes, "share-chunk:<chunk size>:<index>:<0|1 last>")
// Every chunk but the last is full; the last may be empty. A chunk moved, dropped, or cut off, and a file
// truncated at a chunk boundary (its last chunk then says "not last"), fail authentication.
class ShareCipher
{
public:
    static constexpr int ChunkSize = 1024 * 1024;
    static constexpr char FormatVersion = 1;
    static constexpr int HeaderSize = 4 + 1 + 4;
    static constexpr const char *FragmentKey = "key"; // link#key=<base64url of the 32-byte key>

    static QByteArray newKey();
    // "key=<base64url>" for a link, and back (InvalidArgument when the fragment holds no valid key).
    static QString fragmentFor(const QByteArray &key);
    static Result<QByteArray> keyFromFragment(const QString &fragment);

    // Whether the file starts with the magic: a sealed share (and not a .pod bundle or a zip).
    static bool isSealed(const QString &path);
    static Status sealFile(const QByteArray &key, const QString &plainPath, const QString &sealedPath);
    // Corrupt when the file was changed, cut short, or sealed under another key; writes nothing usable then
    // (the caller removes `plainPath`).
    static Status openFile(const QByteArray &key, const QString &sealedPath, const QString &plainPath);
};

} // namespace poddeck
