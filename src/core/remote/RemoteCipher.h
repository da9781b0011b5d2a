#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace poddeck {

// The cryptography of encrypted remotes (EncryptedRemote), on OpenSSL libcrypto:
//   sealed = header || AES-256-GCM(key, nonce, plaintext, aad = header || context) || 16-byte tag
//   header = "PDEN" || format version (1 byte) || random 96-bit nonce
// The context names what the bytes are ("object:<id>", "pod:<name>", ...), so a ciphertext moved to another
// name fails authentication like a damaged one. Keys come from a passphrase through scrypt.
class RemoteCipher
{
public:
    static constexpr int KeySize = 32;
    static constexpr int NonceSize = 12;
    static constexpr int TagSize = 16;
    static constexpr char FormatVersion = 1;
    static constexpr int HeaderSize = 4 + 1 + NonceSize;
    static constexpr int Overhead = HeaderSize + TagSize;

    // scrypt parameters as stored in the key file. Reading refuses parameters past the Max* bounds, so a
    // crafted key file cannot make a client allocate gigabytes.
    struct Kdf
    {
        int logN = 15; // N = 2^15: ~32 MiB and ~0.1 s per derivation
        int r = 8;
        int p = 1;
        QByteArray salt; // 16 random bytes
    };
    static constexpr int MaxLogN = 20;
    static constexpr int MaxR = 32;
    static constexpr int MaxP = 16;
    // Each bound alone still allows 128 * r * N = 4 GiB (log2 N 20, r 32) and p times the work, so the
    // product is bounded too: memory 128 * r * N and work 128 * r * N * p, both 8x what the defaults take.
    static constexpr qint64 MaxMemoryBytes = 256ll * 1024 * 1024;
    static constexpr qint64 MaxWorkBytes = 256ll * 1024 * 1024;

    // `size` bytes from the passphrase; InvalidArgument for parameters out of bounds.
    static Result<QByteArray> deriveKey(const QString &passphrase, const Kdf &kdf, int size = KeySize);

    static QByteArray randomBytes(int size);

    static Result<QByteArray> seal(const QByteArray &key, const QByteArray &plaintext,
                                   const QByteArray &context);
    // Corrupt when the bytes are not sealed, were changed, or were sealed under another key or context.
    static Result<QByteArray> open(const QByteArray &key, const QByteArray &sealed,
                                   const QByteArray &context);
    // Starts with the header magic: sealed bytes (e.g. a pod file of an encrypted remote).
    static bool looksSealed(const QByteArray &bytes);

    static QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);
};

} // namespace poddeck
