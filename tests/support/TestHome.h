#pragma once

#include <QString>
#include <QTemporaryDir>

namespace poddeck::test {

// A fresh PodDeck home in a temporary directory, removed when the test is done.
class TestHome
{
public:
    TestHome();
    QString path() const { return m_dir.path(); }
    QString file(const QString &relative) const { return m_dir.filePath(relative); }

private:
    QTemporaryDir m_dir;
};

// Path of a file under tests/data.
QString testData(const QString &relative);

} // namespace poddeck::test
