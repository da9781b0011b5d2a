#include "TestHome.h"

namespace poddeck::test {

TestHome::TestHome() : m_dir(QDir::tempPath() + QStringLiteral("/poddeck-test-XXXXXX")) {}

QString testData(const QString &relative)
{
    return QStringLiteral(PODDECK_TEST_DATA "/") + relative;
}

} // namespace poddeck::test
