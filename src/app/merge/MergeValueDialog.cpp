#include "app/merge/MergeValueDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace poddeck {

namespace {

QString prettyText(const QJsonValue &value)
{
    if (value.isUndefined())
        return QString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

} // namespace

MergeValueDialog::MergeValueDialog(Kind kind, const QString &what, const QJsonValue &current, QWidget *parent)
    : QDialog(parent), m_kind(kind), m_edit(new QPlainTextEdit(this)), m_absent(new QCheckBox(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("mergeValueDialog"));
    setWindowTitle(kind == Kind::Attribute ? tr("Edit Value") : tr("Edit Resource"));
    auto *label = new QLabel(kind == Kind::Attribute ? tr("The merged value of %1, as JSON:").arg(what)
                                                     : tr("The merged document of %1, as JSON:").arg(what),
                             this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    m_edit->setObjectName(QStringLiteral("valueEdit"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setPlainText(prettyText(current));
    m_edit->setAccessibleName(tr("Value as JSON"));
    label->setBuddy(m_edit);
    m_absent->setObjectName(QStringLiteral("absentCheck"));
    m_absent->setText(kind == Kind::Attribute ? tr("&Remove the key from the result")
                                              : tr("&Delete the resource in the result"));
    m_absent->setChecked(current.isUndefined() && kind == Kind::Attribute);
    m_error->setObjectName(QStringLiteral("valueError"));
    m_error->setStyleSheet(QStringLiteral("color: #d62728"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("valueOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &MergeValueDialog::validate);
    connect(m_absent, &QCheckBox::toggled, this, &MergeValueDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_absent);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(kind == Kind::Attribute ? QSize(460, 260) : QSize(640, 480));
    validate();
}

std::optional<QJsonValue> MergeValueDialog::parse(const QString &text, Kind kind)
{
    // A bare scalar is no JSON document: parse it as the element of a list.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]", &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return std::nullopt;
    const QJsonValue v = doc.array().at(0);
    if (kind == Kind::Document && !v.isObject())
        return std::nullopt;
    return v;
}

QJsonValue MergeValueDialog::value() const
{
    if (m_absent->isChecked())
        return QJsonValue(QJsonValue::Undefined);
    return parse(m_edit->toPlainText(), m_kind).value_or(QJsonValue(QJsonValue::Undefined));
}

void MergeValueDialog::validate()
{
    m_edit->setEnabled(!m_absent->isChecked());
    const bool ok = m_absent->isChecked() || parse(m_edit->toPlainText(), m_kind).has_value();
    m_error->setText(ok ? QString()
                        : m_kind == Kind::Document ? tr("Enter a JSON object, e.g. {\"Name\": \"orders\"}.")
                                                   : tr("Enter a JSON value, e.g. \"text\", 42, true or [1, 2]."));
    m_ok->setEnabled(ok);
}

} // namespace poddeck
