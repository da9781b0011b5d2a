#pragma once

#include "bundle/BundleLimits.h"
#include "state/Version.h"
#include "util/Result.h"

#include <QString>

class QIODevice;

namespace poddeck {

class ObjectStore;

// LocalStack state zips (`localstack state export`, GET /_localstack/pods/state) as versions, and back.
//
// Each zip entry becomes one opaque resource whose attachment "content" holds the entry's bytes and whose
// document is {"entry": <exact entry name>, "size": n[, "service", "account", "region"][, "directory": true]}:
//   api_states/<account>/<service>/<region>/<file...>  ->  <service>/<account>/<region>/localstack-state/<file...>
//   anything else (assets/..., api_states.json, metadata.yaml)  ->  localstack/000000000000/global/file/<entry>
// Services and the LocalStack version come from metadata.yaml when the zip has one, else from the entries.
// Reading applies the same safety rules as bundles (names, links, duplicates, entry count, declared and
// actual sizes), and streams each entry into chunks, so big state files never sit in memory whole.
class LocalStackZip
{
public:
    static constexpr const char *StateType = "localstack-state";
    static constexpr const char *OtherService = "localstack";

    // `meta` supplies message, author, created and parents; emulator kind/version and services are filled in.
    // The version is not in any catalogue yet: flush the store, then add it.
    static Result<Version> import(ObjectStore &store, const QString &zipPath, const BundleLimits &limits = {},
                                  const Version &meta = {}, const BundleProgress &progress = {});
    static Result<Version> import(ObjectStore &store, QIODevice *in, const QString &label,
                                  const BundleLimits &limits = {}, const Version &meta = {},
                                  const BundleProgress &progress = {});

    // Writes every resource that records a LocalStack entry back as that entry, byte for byte (deflate),
    // through a temporary file renamed on success. Fails when the version holds no such resources.
    static Status exportVersion(const ObjectStore &store, const Version &version, const QString &zipPath,
                                const BundleProgress &progress = {});
    static Status exportVersion(const ObjectStore &store, const Version &version, QIODevice *out,
                                const BundleProgress &progress = {});
};

} // namespace poddeck
