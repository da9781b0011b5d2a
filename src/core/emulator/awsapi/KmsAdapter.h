#pragma once

#include "emulator/ServiceAdapter.h"

namespace poddeck {

// KMS: customer-managed keys (type "key") and their aliases (type "alias", id = "alias/<name>"). A key's
// document holds Description, KeySpec, KeyUsage, Enabled, MultiRegion when set, rotation when enabled,
// its key policy (parsed) and tags; AWS-managed keys, "alias/aws/..." aliases and keys pending deletion
// are left out.
//
// Key material never leaves KMS, so a restored key is a new key: ciphertexts made by the old key do not
// decrypt with it. Commit and restore both say so (SnapshotContext/ApplyContext warnings).
//
// Identity: a key's id is assigned by the server. PodDeck creates keys with the `_custom_id_` tag holding
// the recorded id; LocalStack then keeps that id, moto 5.2 does not (it only honours the tag for API
// Gateway and Secrets Manager) and keeps the tag. Either way a key is recorded under its `_custom_id_`
// tag when it has one, else its KeyId, so the id survives commit -> restore -> commit, and an alias's
// TargetKeyId names that recorded id; writes look the live key up by it. A restore that got a different
// key id reports the old -> new mapping and hands it to the applier (ApplyContext::mapId), which rewrites
// references in everything restored after the key (IdRewrite.h).
class KmsAdapter : public ServiceAdapter
{
public:
    QString service() const override { return QStringLiteral("kms"); }
    // Keys early (5, after IAM: policies name roles), before anything encrypted with them; aliases next.
    int restoreRank(const Resource &resource) const override;

    Status snapshot(SnapshotContext &ctx) override;
    Result<bool> hasResources(SnapshotContext &ctx) override;

    Status create(ApplyContext &ctx, const Resource &resource) override;
    Status update(ApplyContext &ctx, const Resource &before, const Resource &after) override;
    Status remove(ApplyContext &ctx, const Resource &resource) override;
};

} // namespace poddeck
