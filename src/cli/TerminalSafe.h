#pragma once

#include <QIODevice>
#include <QString>

#include <cstdio>

namespace poddeck::cli {

// What poddeck-cli prints carries text from pods, remotes and emulators (version messages, authors, S3
// keys, attribute values, error messages). An escape sequence in one could move the cursor, retitle the
// terminal or hide lines, so control characters other than newline and tab are printed as \xNN (C1
// controls, U+0080..U+009F, as \u00NN). Everything else passes unchanged; JSON output is already escaped.
QString escapeControls(const QString &text);

// stdout for the CLI's QTextStream: UTF-8 in, the same bytes out but with controls escaped as above.
class TerminalSafeDevice : public QIODevice
{
public:
    explicit TerminalSafeDevice(std::FILE *file);
    ~TerminalSafeDevice() override;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    std::FILE *m_file;
    bool m_pendingC2 = false; // a 0xC2 lead byte whose continuation has not arrived yet
};

} // namespace poddeck::cli
