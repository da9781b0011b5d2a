#include "app/merge/MergeValueDialog.h"

#include "ui_MergeValueDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>

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
    : QDialog(parent), m_ui(std::make_unique<Ui::MergeValueDialog>()), m_kind(kind)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("mergeValueDialog"));
    setWindowTitle(kind == Kind::Attribute ? tr("Edit Value") : tr("Edit Resource"));
    m_ui->promptLabel->setText(kind == Kind::Attribute ? tr("The merged value of %1, as JSON:").arg(what)
                                                       : tr("The merged document of %1, as JSON:").arg(what));
    m_ui->valueEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->valueEdit->setPlainText(prettyText(current));
    m_ui->absentCheck->setText(kind == Kind::Attribute ? tr("&Remove the key from the result")
                                                       : tr("&Delete the resource in the result"));
    m_ui->absentCheck->setChecked(current.isUndefined() && kind == Kind::Attribute);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("valueOkButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->valueEdit, &QPlainTextEdit::textChanged, this, &MergeValueDialog::validate);
    connect(m_ui->absentCheck, &QCheckBox::toggled, this, &MergeValueDialog::validate);
    if (kind == Kind::Document)
        resize(640, 480);
    validate();
}

MergeValueDialog::~MergeValueDialog() = default;

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
    if (m_ui->absentCheck->isChecked())
        return QJsonValue(QJsonValue::Undefined);
    return parse(m_ui->valueEdit->toPlainText(), m_kind).value_or(QJsonValue(QJsonValue::Undefined));
}

void MergeValueDialog::validate()
{
    m_ui->valueEdit->setEnabled(!m_ui->absentCheck->isChecked());
    const bool ok = m_ui->absentCheck->isChecked() || parse(m_ui->valueEdit->toPlainText(), m_kind).has_value();
    m_ui->valueError->setText(ok ? QString()
                        : m_kind == Kind::Document ? tr("Enter a JSON object, e.g. {\"Name\": \"orders\"}.")
                                                   : tr("Enter a JSON value, e.g. \"text\", 42, true or [1, 2]."));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace poddeck
