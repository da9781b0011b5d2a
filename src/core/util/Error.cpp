#include "util/Error.h"

namespace poddeck {

QString Error::codeName(Code c)
{
    switch (c) {
    case Code::None: return QStringLiteral("none");
    case Code::InvalidArgument: return QStringLiteral("invalid-argument");
    case Code::NotFound: return QStringLiteral("not-found");
    case Code::Corrupt: return QStringLiteral("corrupt");
    case Code::Io: return QStringLiteral("io");
    case Code::Database: return QStringLiteral("database");
    case Code::Unsupported: return QStringLiteral("unsupported");
    case Code::Network: return QStringLiteral("network");
    case Code::Remote: return QStringLiteral("remote");
    case Code::Conflict: return QStringLiteral("conflict");
    case Code::Cancelled: return QStringLiteral("cancelled");
    case Code::LimitExceeded: return QStringLiteral("limit-exceeded");
    }
    return QStringLiteral("unknown");
}

} // namespace poddeck
