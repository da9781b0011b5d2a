#pragma once

#include "aws/AwsConfig.h"
#include "emulator/EmulatorInfo.h"
#include "merge/InjectPlan.h"
#include "store/Catalogue.h"

#include <QString>
#include <atomic>

namespace poddeck {

// Whether an instance head still describes the instance (DESIGN.md "Instance head"). A head belongs to
// one life of the emulator: after a restart (or a reset PodDeck did not do) the instance no longer holds
// what the head held, and a three-way merge based on it would read everything the head held as "deleted
// on the instance" and keep it out.
struct HeadValidity
{
    bool applies = true;
    QString reason;  // why it no longer applies: "the emulator restarted since (boot id changed)"
    QString warning; // the check could not be made (the head is kept); empty when it was

    // "head shop:3 no longer applies: <reason>"; empty when it applies.
    QString describe(const InstanceHead &head) const;
};

// One rule for status, the instance bar and deep-merge:
// - the emulator reports a life (moto entry point's boot id, LocalStack's session) and the head has one:
//   the head applies when they are equal; nothing else is read;
// - otherwise a check whose cost follows the head, not the instance:
//   * some service, account and region the head holds resources in must still hold some (one small
//     list call each until one does). A moto restart or reset empties everything, while a user may
//     well empty one service; when all are empty on moto, its model listing tells a client's
//     deletions apart, since it keeps deleted objects until a reset;
//   * S3 buckets of the head that exist live must not all have been created after the head was
//     recorded (one ListBuckets: a bucket re-created after a reset has its old name, a new date).
// `headState` is the head version's state (path -> resource id; only the paths are used).
HeadValidity checkHeadValidity(const AwsConfig &config, const EmulatorInfo &info, const InstanceHead &head,
                               const StateMap &headState, const std::atomic<bool> *cancel = nullptr);

// The same, reading the head's state from the home's store. A head whose version cannot be read applies
// (with a warning): nothing says otherwise.
HeadValidity checkHeadValidity(const QString &home, const AwsConfig &config, const EmulatorInfo &info,
                               const InstanceHead &head, const std::atomic<bool> *cancel = nullptr);

} // namespace poddeck
