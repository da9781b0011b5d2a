#include "emulator/Emulator.h"

#include "emulator/AdapterRegistry.h"
#include "emulator/EmulatorProbe.h"
#include "emulator/aws/AwsApiEmulator.h"
#include "emulator/localstack/LocalStackEmulator.h"
#include "emulator/moto/MotoEmulator.h"
#include "util/ErrorText.h"

namespace poddeck {

Result<std::unique_ptr<Emulator>> Emulator::open(const AwsConfig &config)
{
    Result<EmulatorInfo> info = probeEmulator(config);
    if (!info)
        return info.error();
    return forInfo(config, *info);
}

// The one place that turns a kind into behaviour.
std::unique_ptr<Emulator> Emulator::forInfo(const AwsConfig &config, const EmulatorInfo &info)
{
    switch (info.kind) {
    case EmulatorInfo::Kind::Moto: return std::make_unique<MotoEmulator>(config, info);
    case EmulatorInfo::Kind::LocalStack: return std::make_unique<LocalStackEmulator>(config, info);
    case EmulatorInfo::Kind::None:
    case EmulatorInfo::Kind::Aws: break;
    }
    return std::make_unique<AwsApiEmulator>(config, info);
}

QString Emulator::describe() const
{
    return m_info.kindName();
}

QString Emulator::lifeChange() const
{
    return ErrorText::tr("boot id changed");
}

Result<QMap<QString, int>> Emulator::resourceCounts(const std::atomic<bool> *) const
{
    return QMap<QString, int>();
}

Result<QList<NotCapturedService>> Emulator::notCaptured(const std::atomic<bool> *cancel) const
{
    Result<QMap<QString, int>> counts = resourceCounts(cancel);
    if (!counts)
        return counts.error();
    const QStringList captured = supportedServices();
    QList<NotCapturedService> out;
    for (auto it = counts->cbegin(); it != counts->cend(); ++it)
        if (it.value() > 0 && !captured.contains(it.key()))
            out.append({it.key(), it.value()});
    return out;
}

Result<QByteArray> Emulator::nativeState(const std::atomic<bool> *) const
{
    return Error(Error::Code::Unsupported,
                 ErrorText::tr("%1 (%2) cannot hand over its state in its own format; only LocalStack's state API "
                                "(a licensed edition) can")
                     .arg(m_info.endpoint, describe()));
}

Result<NativeLoadReport> Emulator::loadNativeState(const QByteArray &, const QString &, const std::atomic<bool> *) const
{
    return Error(Error::Code::Unsupported,
                 ErrorText::tr("%1 (%2) cannot load LocalStack's own state format; only a LocalStack with its state "
                                "API (a licensed edition) can")
                     .arg(m_info.endpoint, describe()));
}

} // namespace poddeck
