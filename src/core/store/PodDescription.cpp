#include "store/PodDescription.h"

#include "util/ErrorText.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace poddeck {

bool PodDescription::mentions(const QString &needle) const
{
    if (text.contains(needle, Qt::CaseInsensitive))
        return true;
    return std::any_of(labels.cbegin(), labels.cend(),
                       [&needle](const QString &l) { return l.contains(needle, Qt::CaseInsensitive); });
}

Result<QString> PodDescription::checkText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() > MaxTextLength)
        return Error(Error::Code::InvalidArgument,
                     ErrorText::tr("the description is %1 characters long; keep it to %2").arg(trimmed.size()).arg(MaxTextLength));
    for (const QChar c : trimmed)
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
            return Error(Error::Code::InvalidArgument,
                         ErrorText::tr("the description holds a control character (U+%1); use plain text")
                             .arg(int(c.unicode()), 4, 16, QLatin1Char('0')));
    return trimmed;
}

Result<QStringList> PodDescription::checkLabels(const QStringList &labels)
{
    QStringList out;
    for (const QString &label : labels) {
        if (label.isEmpty())
            return Error(Error::Code::InvalidArgument, ErrorText::tr("a label cannot be empty"));
        if (label.size() > MaxLabelLength)
            return Error(Error::Code::InvalidArgument, ErrorText::tr("label '%1…' is too long (%2 characters; at most %3)")
                                                           .arg(label.left(20)).arg(label.size()).arg(MaxLabelLength));
        for (const QChar c : label)
            if (c.isSpace() || c == u',' || c.category() == QChar::Other_Control)
                return Error(Error::Code::InvalidArgument,
                             ErrorText::tr("label '%1' holds a space, comma or control character; use one word per label, "
                                            "like team-a or demo").arg(label));
        if (!out.contains(label, Qt::CaseInsensitive))
            out.append(label);
    }
    if (out.size() > MaxLabels)
        return Error(Error::Code::InvalidArgument,
                     ErrorText::tr("a pod can carry at most %1 labels (%2 given)").arg(MaxLabels).arg(out.size()));
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return out;
}

QStringList PodDescription::splitLabels(const QString &typed)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return typed.split(separators, Qt::SkipEmptyParts);
}

void PodDescription::writeJson(QJsonObject &o) const
{
    o.insert(QStringLiteral("description"), text);
    o.insert(QStringLiteral("labels"), QJsonArray::fromStringList(labels));
    if (edited.isValid())
        o.insert(QStringLiteral("described"), edited.toUTC().toString(Qt::ISODateWithMs));
}

PodDescription PodDescription::fromJson(const QJsonObject &o)
{
    PodDescription d;
    QStringList labels;
    for (const QJsonValue &v : o.value(QStringLiteral("labels")).toArray())
        labels.append(v.toString());
    Result<QString> text = checkText(o.value(QStringLiteral("description")).toString());
    Result<QStringList> checked = checkLabels(labels);
    if (!text || !checked)
        return d;
    d.text = *text;
    d.labels = *checked;
    d.edited = QDateTime::fromString(o.value(QStringLiteral("described")).toString(), Qt::ISODateWithMs);
    if (d.edited.isValid())
        d.edited = d.edited.toUTC();
    return d;
}

} // namespace poddeck
