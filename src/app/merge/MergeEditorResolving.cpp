// Resolving in the merge editor: take a side, auto-solve, or edit a value, per resource or attribute. The
// core's MergeResult holds every choice; this only drives it and shows the outcome.
#include "app/merge/MergeEditorWindow.h"

#include "app/merge/MergeAttributeTable.h"
#include "app/merge/MergeDocument.h"
#include "app/merge/MergeDocumentLoader.h"
#include "app/merge/MergeTreeModel.h"
#include "app/merge/MergeValueDialog.h"

#include <QAction>
#include <QStatusBar>

namespace poddeck {

void MergeEditorWindow::resolved(const Status &status)
{
    showError(status ? QString() : status.error().message);
    m_model->refresh();
    updatePanes();
    updateState();
}

void MergeEditorWindow::take(MergeSide side)
{
    if (m_row < 0 || m_applying)
        return;
    const int attribute = currentAttribute();
    const MergeRow &r = m_result->rows().at(m_row);
    Status status;
    if (attribute >= 0) {
        const int c = conflictAt(m_row, attribute);
        if (c < 0) {
            showError(tr("Only conflicting attributes are chosen one by one; select the resource to take a side "
                         "for all of it."));
            return;
        }
        // An attribute's choice counts only while the resource is merged attribute by attribute.
        if (r.choice != MergeChoice::Merged)
            status = m_result->chooseRow(m_row, MergeChoice::Merged);
        if (status)
            status = m_result->resolve(c, side);
    } else if (const int c = conflictAt(m_row, -1); c >= 0) {
        status = m_result->resolve(c, side);
    } else {
        status = m_result->chooseRow(m_row, mergeChoiceFor(side));
    }
    resolved(status);
}

void MergeEditorWindow::autoSolve()
{
    if (m_applying)
        return;
    const int solved = m_result->autoSolve();
    statusBar()->showMessage(solved > 0 ? tr("Auto-solve resolved %n conflict(s).", nullptr, solved)
                                        : tr("Auto-solve found nothing it can resolve: choose by hand."),
                             StatusMs);
    resolved(Status());
}

void MergeEditorWindow::editValue()
{
    if (m_row < 0 || m_applying)
        return;
    const int row = m_row;
    const MergeRow &r = m_result->rows().at(row);
    const int attribute = currentAttribute();
    if (attribute >= 0) {
        const int c = conflictAt(row, attribute);
        const MergeAttribute &a = r.attributes.at(attribute);
        if (c < 0 || !a.attachment.isEmpty()) {
            showError(tr("Only conflicting document attributes can be edited; for attachments take a side."));
            return;
        }
        const QStringList key = MergeDocument::keyPath(a);
        if (!m_revealed.value(row).contains(key) && MergeAttributeTable::holdsSecret(mask(), r, a)) {
            showError(tr("This value is secret: choose Reveal Value (%1) on it first to edit it.")
                          .arg(m_revealAction->shortcut().toString(QKeySequence::NativeText)));
            return;
        }
        auto *dialog = new MergeValueDialog(MergeValueDialog::Kind::Attribute, a.keyText(), a.value(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, row, c] {
            Status status;
            if (m_result->rows().at(row).choice != MergeChoice::Merged)
                status = m_result->chooseRow(row, MergeChoice::Merged);
            if (status)
                status = m_result->resolveWithValue(c, dialog->value());
            resolved(status);
        });
        dialog->open();
        return;
    }

    const MergeSides *docs = m_loader->documents(row);
    if (!docs)
        return;
    bool known = false;
    std::optional<Resource> current = m_loader->resultResource(row, &known);
    if (!known) // unresolved: start from whichever side still holds it
        current = docs->ours ? docs->ours : docs->theirs;
    const QJsonObject original = current ? current->document : QJsonObject();
    const QJsonObject shown = MergeDocument::masked(mask(), r.path, original, m_revealed.value(row));
    auto *dialog = new MergeValueDialog(MergeValueDialog::Kind::Document, r.path, shown, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row, current, original] {
        const QJsonValue value = dialog->value();
        if (value.isUndefined()) {
            resolved(m_result->editRow(row, std::nullopt));
            return;
        }
        // Secrets the user did not reveal come back as the mask: keep their real values.
        const QJsonObject document = MergeDocument::unmasked(value.toObject(), original);
        Resource edited;
        edited.path = m_result->rows().at(row).path;
        edited.document = document;
        if (current)
            edited.attachments = current->attachments;
        resolved(m_result->editRow(row, edited));
    });
    dialog->open();
}

} // namespace poddeck
