#pragma once

#include "jobs/DiffMerge.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace poddeck {

class JobRunner;
class MergeResult;
class ObjectStore;

// The merge editor's documents: for each merge row its base, ours and theirs resources. Rows changed on
// both sides or in conflict carry theirs; the others are read once from the merge's store in a job
// (loaded() then says so). It also composes what the result holds at a row, from those documents.
class MergeDocumentLoader : public QObject
{
    Q_OBJECT

public:
    // `result` must outlive the loader. `store` is the one the merge read (core opened it; live, it alone
    // holds the unflushed live state).
    MergeDocumentLoader(JobRunner *jobs, const MergeResult *result, std::shared_ptr<const ObjectStore> store,
                        QObject *parent = nullptr);

    // The row's documents; nullptr while they are being read (load() starts that).
    const MergeSides *documents(int row) const;
    void load(int row);
    // The resource the result holds at `row`: *known is false while unresolved or not yet read.
    std::optional<Resource> resultResource(int row, bool *known) const;

Q_SIGNALS:
    void loaded(int row);

private:
    JobRunner *m_jobs;
    const MergeResult *m_result;
    std::shared_ptr<const ObjectStore> m_store;
    QHash<int, MergeSides> m_documents;
};

} // namespace poddeck
