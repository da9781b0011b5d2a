#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace poddeck {

// What a pod says about itself, beside its versions: a free text and labels to find it by in a registry
// (`poddeck-cli describe`, Properties, Remote > Browse Remote…). Kept in the catalogue and carried in the
// remote's pod file; when both sides changed it, the newer edit wins (by `edited`).
struct PodDescription
{
    static constexpr int MaxTextLength = 2000;
    static constexpr int MaxLabelLength = 40;
    static constexpr int MaxLabels = 30;

    QString text;       // trimmed; may hold line breaks
    QStringList labels; // each checked by checkLabels(): sorted, no duplicates (ignoring case)
    QDateTime edited;   // UTC; invalid when the pod was never described

    bool isEmpty() const { return text.isEmpty() && labels.isEmpty(); }
    bool sameContent(const PodDescription &other) const { return text == other.text && labels == other.labels; }
    // Whether `needle` (case ignored) is part of the text or of a label.
    bool mentions(const QString &needle) const;

    // Trimmed text; InvalidArgument when it is too long or holds control characters other than line breaks and tabs.
    static Result<QString> checkText(const QString &text);
    // Labels as stored: each 1..MaxLabelLength characters without whitespace, commas or control characters;
    // duplicates (ignoring case) dropped, keeping the first spelling; sorted ignoring case.
    static Result<QStringList> checkLabels(const QStringList &labels);
    // What a person types in one line, "demo, team-a  prod", split into labels (not yet checked).
    static QStringList splitLabels(const QString &typed);

    // The fields of a pod file or --json output: "description", "labels", "described" (only when set).
    void writeJson(QJsonObject &o) const;
    // Reads what writeJson wrote; anything that does not pass the checks reads as no description, so a
    // damaged entry never stops the versions beside it from being read.
    static PodDescription fromJson(const QJsonObject &o);
};

} // namespace poddeck
