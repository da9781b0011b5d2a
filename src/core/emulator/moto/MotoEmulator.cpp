#include "emulator/moto/MotoEmulator.h"

#include "emulator/moto/MotoModelListing.h"

namespace poddeck {

EmulatorCapabilities MotoEmulator::capabilities() const
{
    EmulatorCapabilities can;
    can.reset = true;
    can.lambdaCode = m_info.hasFeature(QStringLiteral("lambda-code"));
    can.sqsPeek = m_info.hasFeature(QStringLiteral("sqs-peek"));
    can.life = !m_info.life.isEmpty();
    can.survey = true;
    can.surveyKeepsDeleted = true;
    return can;
}

Status MotoEmulator::reset(const QStringList &services, ObjectStore &scratch, const std::atomic<bool> *cancel) const
{
    if (services.isEmpty())
        return post(QStringLiteral("/moto-api/reset"));
    return deleteThroughAdapters(services, scratch, cancel); // moto resets all or nothing
}

Result<QMap<QString, int>> MotoEmulator::resourceCounts(const std::atomic<bool> *cancel) const
{
    return motoModelCounts(m_config.endpoint, m_info.account, cancel);
}

} // namespace poddeck
