#include "jobs/HeadValidity.h"

#include "aws/AwsClient.h"
#include "emulator/AdapterRegistry.h"
#include "emulator/Emulator.h"
#include "emulator/SnapshotContext.h"
#include "state/ResourcePath.h"
#include "store/ObjectStore.h"
#include "store/StateTreeReader.h"
#include "util/ErrorText.h"

#include <QLocale>
#include <QMap>

namespace poddeck {

namespace {

AwsConfig forRegion(const AwsConfig &base, const QString &region)
{
    AwsConfig c = base;
    c.region = region == QLatin1String("global") ? QStringLiteral("us-east-1") : region;
    return c;
}

// The head's S3 buckets that exist live were all created after the head was recorded: the names came
// back, the buckets did not survive. Empty when that is not so (or cannot be told).
QString recreatedBuckets(const AwsConfig &config, const InstanceHead &head, const QStringList &buckets,
                         const std::atomic<bool> *cancel, QString *warning)
{
    if (buckets.isEmpty() || !head.updated.isValid())
        return {};
    const Result<AwsResponse> r = AwsClient(config).send(AwsRequest::s3(QStringLiteral("ListBuckets"), "GET", QString()), cancel);
    if (!r) {
        *warning = ErrorText::tr("could not list S3 buckets to check the instance head: %1").arg(r.error().message);
        return {};
    }
    // Creation dates are the emulator's clock, the head's time is ours: correct by the skew its Date
    // header shows (whole seconds; a skew of a second or two is noise and is ignored).
    qint64 skew = 0;
    QDateTime serverNow = QLocale::c().toDateTime(QString::fromLatin1(r->header("Date")),
                                                  QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (serverNow.isValid()) {
        serverNow.setTimeSpec(Qt::UTC);
        skew = serverNow.toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch();
        if (qAbs(skew) <= 2)
            skew = 0;
    }
    QMap<QString, QDateTime> created;
    for (const XmlNode &b : r->result().child(u"Buckets").childrenNamed(u"Bucket"))
        created.insert(b.textAt(u"Name"), QDateTime::fromString(b.textAt(u"CreationDate"), Qt::ISODateWithMs));
    QStringList newer;
    for (const QString &name : buckets) {
        const auto it = created.constFind(name);
        if (it == created.cend())
            continue; // gone: the empty-service check and the merge handle that
        // Whole seconds: the catalogue keeps seconds, and emulators round creation dates.
        if (!it->isValid() || it->toSecsSinceEpoch() - skew <= head.updated.toSecsSinceEpoch())
            return {}; // one bucket survived from before the head: the instance did too
        newer.append(name);
    }
    if (newer.isEmpty())
        return {};
    return ErrorText::tr("S3 bucket %1 was created again after the head was recorded: the emulator was "
                          "restarted or reset since")
        .arg(newer.first());
}

} // namespace

QString HeadValidity::describe(const InstanceHead &head) const
{
    if (applies)
        return {};
    return ErrorText::tr("head %1:%2 no longer applies: %3").arg(head.pod).arg(head.number).arg(reason);
}

HeadValidity checkHeadValidity(const AwsConfig &config, const EmulatorInfo &info, const InstanceHead &head,
                               const StateMap &headState, const std::atomic<bool> *cancel)
{
    HeadValidity v;
    const std::unique_ptr<Emulator> emulator = Emulator::forInfo(config, info);
    if (!info.life.isEmpty() && !head.life.isEmpty()) {
        v.applies = info.life == head.life;
        if (!v.applies)
            v.reason = ErrorText::tr("the emulator restarted since (%1)").arg(emulator->lifeChange());
        return v;
    }
    // No life to compare: does the instance still hold anything of the services, accounts and regions
    // the head held? Only the head's own account can be asked with these credentials.
    struct Group
    {
        QString service, region;
        int count = 0;
    };
    QMap<QString, Group> groups; // "service/region"
    QStringList buckets;
    for (auto it = headState.cbegin(); it != headState.cend(); ++it) {
        const QStringList seg = ResourcePath::segments(it.key());
        if (seg.size() < 5 || seg.at(1) != info.account)
            continue;
        Group &g = groups[seg.at(0) + QLatin1Char('/') + seg.at(2)];
        g.service = seg.at(0);
        g.region = seg.at(2);
        ++g.count;
        if (seg.size() == 5 && seg.at(0) == QLatin1String("s3") && seg.at(3) == QLatin1String("bucket"))
            buckets.append(seg.at(4));
    }
    // All of them empty: a restart or reset (moto's empties everything). One empty service alone is not
    // enough: users delete the last queue of a region, and the three-way merge must see that as theirs.
    int total = 0;
    bool anyLive = false;
    QStringList empty;
    for (const Group &g : std::as_const(groups)) {
        const std::shared_ptr<ServiceAdapter> adapter = adapterFor(g.service);
        if (!adapter)
            continue;
        SnapshotContext ctx(AwsClient(forRegion(config, g.region)), g.service, info.account, g.region, {}, {}, cancel);
        const Result<bool> has = adapter->hasResources(ctx);
        if (!has) {
            v.warning = ErrorText::tr("could not check the instance head against %1 in %2: %3")
                            .arg(g.service, g.region, has.error().message);
            return v;
        }
        if (*has) {
            anyLive = true; // something of the head's services is still there
            break;
        }
        empty.append(QStringLiteral("%1 in %2").arg(g.service, g.region));
        total += g.count;
    }
    if (!anyLive && !empty.isEmpty() && emulator->capabilities().surveyKeepsDeleted) {
        // moto's model listing keeps deleted objects until a reset or restart: if it still has some of
        // these services, a client deleted them, and the head is right that they were deleted.
        if (Result<QMap<QString, int>> made = emulator->resourceCounts(cancel)) {
            for (auto it = groups.cbegin(); it != groups.cend(); ++it)
                if (made->value(it->service) > 0)
                    return v;
        } else {
            v.warning = ErrorText::tr("could not read moto's model listing to check the instance head: %1").arg(made.error().message);
            return v;
        }
    }
    if (!anyLive && !empty.isEmpty()) {
        v.applies = false;
        v.reason = ErrorText::tr("the instance holds nothing of %1 any more, where the head held %n resource(s): the "
                             "emulator was restarted or reset since", nullptr, int(total))
                       .arg(empty.join(QLatin1String(", ")));
        return v;
    }
    const QString recreated = recreatedBuckets(forRegion(config, config.region), head, buckets, cancel, &v.warning);
    if (!recreated.isEmpty()) {
        v.applies = false;
        v.reason = recreated;
    }
    return v;
}

HeadValidity checkHeadValidity(const QString &home, const AwsConfig &config, const EmulatorInfo &info,
                               const InstanceHead &head, const std::atomic<bool> *cancel)
{
    if (!info.life.isEmpty() && !head.life.isEmpty())
        return checkHeadValidity(config, info, head, StateMap(), cancel);
    HeadValidity unknown;
    Result<std::unique_ptr<Catalogue>> cat = Catalogue::open(home);
    if (!cat) {
        unknown.warning = cat.error().message;
        return unknown;
    }
    Result<Version> version = (*cat)->versionById(head.pod, head.version);
    if (!version) {
        unknown.warning = version.error().message;
        return unknown;
    }
    ObjectStore store(home);
    Result<StateMap> state = flattenStateTree(store, version->root);
    if (!state) {
        unknown.warning = state.error().message;
        return unknown;
    }
    return checkHeadValidity(config, info, head, *state, cancel);
}

} // namespace poddeck
