#pragma once

// Shared by the IAM, Lambda, SSM and Secrets Manager adapter tests.

#include "emulator/ApplyContext.h"
#include "support/AdapterHarness.h"

#include <QProcess>
#include <QTest>

// Sends a request and fails the test (returning from the test function) when it fails.
#define APP_SEND(client, request)                                                                          \
    do {                                                                                                   \
        const poddeck::Result<poddeck::AwsResponse> sent_ = (client).send(request);                       \
        QVERIFY2(sent_.ok(), qPrintable(sent_.error().message));                                           \
    } while (false)

#define APP_CHECK(status)                                                                                  \
    do {                                                                                                   \
        const poddeck::Status st_ = (status);                                                              \
        QVERIFY2(st_.ok(), qPrintable(st_.error().message));                                               \
    } while (false)

namespace poddeck::test {

inline ApplyContext applyContext(AdapterHarness &harness, const QString &region)
{
    const QString signing = region == QLatin1String("global") ? QStringLiteral("us-east-1") : region;
    return ApplyContext(harness.client(signing), harness.account(), region,
                        [&harness](const AttachmentRef &ref) { return harness.store().getBlob(ref); });
}

// A zip holding one file, written by python3's zipfile (python3 runs moto_server anyway). Deterministic:
// fixed timestamps, so the same source gives the same bytes.
inline QByteArray makeZip(const QString &fileName, const QByteArray &content)
{
    QProcess p;
    p.start(QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import io,sys,zipfile\n"
                            "b=io.BytesIO()\n"
                            "z=zipfile.ZipFile(b,'w')\n"
                            "z.writestr(zipfile.ZipInfo(sys.argv[1],(2024,1,1,0,0,0)),sys.stdin.buffer.read())\n"
                            "z.close()\n"
                            "sys.stdout.buffer.write(b.getvalue())\n"),
             fileName});
    p.write(content);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return p.readAllStandardOutput();
}

} // namespace poddeck::test
