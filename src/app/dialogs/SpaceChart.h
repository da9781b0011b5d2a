#pragma once

#include <QList>
#include <QWidget>

namespace poddeck {

// A horizontal bar chart: one row per item with its label, a bar as long as its share of the largest
// value, and the value's text. Painted with the palette (so it follows the theme) and readable by
// screen readers through each row's accessible text (label, value, note).
class SpaceChart : public QWidget
{
    Q_OBJECT

public:
    struct Row
    {
        QString label;
        qint64 value = 0;
        QString valueText; // e.g. "12.5 MiB"
        QString note;      // e.g. "1,204 resources"; shown after the value, and in the tooltip
    };

    explicit SpaceChart(QWidget *parent = nullptr);

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    // "label: value (note)" per row, for tooltips, accessibility and tests.
    QString rowText(int row) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int rowHeight() const;
    int labelWidth() const;
    int rowAt(int y) const;

    QList<Row> m_rows;
    qint64 m_max = 0;
};

} // namespace poddeck
