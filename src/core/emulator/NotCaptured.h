#pragma once

#include <QList>
#include <QString>

namespace poddeck {

// A service that holds resources PodDeck's adapters do not read, so a commit leaves them out.
// Emulator::notCaptured() lists them where the emulator can tell what it holds: moto's model listing
// (GET /moto-api/data.json) or LocalStack's resource listing (GET /_localstack/resources, NDJSON).
// Services with an adapter (AdapterRegistry) are left out, so the list shrinks as adapters are added; so
// are the objects an emulator creates by itself (moto's default VPC and AMIs, default event bus ...).
// moto counts every object it made since its last reset, deleted ones too.
struct NotCapturedService
{
    QString service; // AWS service name as the adapters spell it ("ec2", "kinesis")
    int count = 0;   // resources the emulator says it holds
};

// "ec2 (2 resources), kinesis (1)"
QString describeNotCaptured(const QList<NotCapturedService> &services);

} // namespace poddeck
