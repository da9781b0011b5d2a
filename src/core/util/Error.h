#pragma once

#include <QString>

namespace poddeck {

// An error is a value: a message a user can act on, plus a machine-readable code for callers and --json.
struct Error
{
    enum class Code {
        None = 0,
        InvalidArgument,  // the user asked for something malformed (bad name, bad flag)
        NotFound,         // pod, version, object, remote ... does not exist
        Corrupt,          // data failed verification (hash mismatch, bad format)
        Io,               // disk or file system failure
        Database,         // SQLite failure
        Unsupported,      // written by a newer PodDeck, unknown format version ...
        Network,          // endpoint unreachable, timeouts
        Remote,           // the server answered with an error
        Conflict,         // concurrent update, merge conflicts
        Cancelled,
        LimitExceeded,    // archive too large, too many entries ...
    };
    Code code = Code::None;
    QString message;

    Error() = default;
    Error(Code c, QString msg) : code(c), message(std::move(msg)) {}
    bool isError() const { return code != Code::None; }
    explicit operator bool() const { return isError(); }
    static QString codeName(Code c);
};

} // namespace poddeck
