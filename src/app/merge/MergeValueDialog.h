#pragma once

#include <QDialog>
#include <QJsonValue>

#include <memory>
#include <optional>

namespace poddeck {

namespace Ui {
class MergeValueDialog;
}

// Asks for one JSON value (an attribute of a merged resource, or a whole document), with a box to leave
// it out instead (remove the key, or delete the resource). OK stays disabled while the text is no JSON.
class MergeValueDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Attribute, Document };

    MergeValueDialog(Kind kind, const QString &what, const QJsonValue &current, QWidget *parent = nullptr);
    ~MergeValueDialog() override;

    // Undefined when "absent" is checked; an object for Kind::Document.
    QJsonValue value() const;
    static std::optional<QJsonValue> parse(const QString &text, Kind kind);

private:
    void validate();

    std::unique_ptr<Ui::MergeValueDialog> m_ui;
    Kind m_kind;
};

} // namespace poddeck
