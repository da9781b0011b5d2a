#include "jobs/LocalStackInject.h"

#include "bundle/LocalStackZip.h"
#include "emulator/Emulator.h"
#include "store/ObjectStore.h"
#include "util/ErrorText.h"

#include <QBuffer>
#include <QCoreApplication>

namespace poddeck {

bool isLocalStackNative(const StateMap &state)
{
    for (auto it = state.cbegin(); it != state.cend(); ++it) {
        const QStringList seg = it.key().split(QLatin1Char('/'));
        if (seg.value(0) == QLatin1String(LocalStackZip::OtherService) || seg.value(3) == QLatin1String(LocalStackZip::StateType))
            return true;
    }
    return false;
}

Status injectLocalStackNative(const InjectRequest &request, const Emulator &emulator, ObjectStore &store,
                              InjectReport &report, JobContext &context)
{
    report.native = true;
    report.plan.strategy = request.strategy;
    if (!emulator.capabilities().nativeState)
        return Error(Error::Code::Unsupported,
                     ErrorText::tr("%1 holds LocalStack's own state format, which only a LocalStack with its state API "
                                    "(a licensed edition) can load; %2 is %3")
                         .arg(request.ref.toString(), emulator.info().endpoint, emulator.describe()));
    if (request.strategy == InjectStrategy::DeepMerge)
        return Error(Error::Code::Unsupported, ErrorText::tr("deep-merge needs resources PodDeck can read; LocalStack's own "
                                                              "state loads with overwrite, account-region-merge or service-merge"));
    report.plan.notes << ErrorText::tr("LocalStack loads the state zip itself (strategy %1)").arg(strategyName(request.strategy));
    if (request.dryRun)
        return {};
    QByteArray zip;
    QBuffer buffer(&zip);
    buffer.open(QIODevice::WriteOnly);
    if (Status st = LocalStackZip::exportVersion(store, report.version, &buffer); !st)
        return st;
    buffer.close();
    context.setStage(QCoreApplication::translate("poddeck::Stage", "LocalStack is loading the state"));
    Result<NativeLoadReport> loaded = emulator.loadNativeState(zip, strategyName(request.strategy), context.cancelFlag());
    if (!loaded)
        return loaded.error();
    report.nativeMessages = loaded->messages;
    report.applied = true;
    if (!loaded->failures.isEmpty())
        report.apply.error = Error(Error::Code::Remote,
                                   ErrorText::tr("LocalStack could not load: %1").arg(loaded->failures.join(QLatin1String("; "))));
    return {};
}

} // namespace poddeck
