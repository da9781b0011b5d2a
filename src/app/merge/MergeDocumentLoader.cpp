#include "app/merge/MergeDocumentLoader.h"

#include "app/jobs/JobRunner.h"
#include "merge/MergeResult.h"
#include "store/ObjectStore.h"

namespace poddeck {

MergeDocumentLoader::MergeDocumentLoader(JobRunner *jobs, const MergeResult *result,
                                         std::shared_ptr<const ObjectStore> store, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_result(result), m_store(std::move(store))
{
}

const MergeSides *MergeDocumentLoader::documents(int row) const
{
    auto it = m_documents.constFind(row);
    return it == m_documents.constEnd() ? nullptr : &it.value();
}

void MergeDocumentLoader::load(int row)
{
    if (m_documents.contains(row))
        return;
    const MergeRow &r = m_result->rows().at(row);
    if (r.change == MergeChange::BothDifferent || r.conflict != MergeRow::Conflict::None) {
        // Rows changed on both sides or in conflict carry their three resources (absent: empty path).
        MergeSides docs;
        if (!r.base.isNull())
            docs.base = r.baseResource;
        if (!r.ours.isNull())
            docs.ours = r.oursResource;
        if (!r.theirs.isNull())
            docs.theirs = r.theirsResource;
        m_documents.insert(row, docs);
        return;
    }
    m_jobs->run(
        tr("Reading %1").arg(r.path),
        [store = m_store, base = r.base, ours = r.ours, theirs = r.theirs](JobContext &) -> Result<MergeSides> {
            if (!store)
                return Error(Error::Code::InvalidArgument, MergeDocumentLoader::tr("the merge came without its store"));
            return readMergeSides(*store, base, ours, theirs);
        },
        this, [this, row](Result<MergeSides> docs) {
            m_documents.insert(row, docs ? *docs : MergeSides{{}, {}, {}, docs.error().message});
            Q_EMIT loaded(row);
        });
}

std::optional<Resource> MergeDocumentLoader::resultResource(int row, bool *known) const
{
    *known = false;
    const MergeRow &r = m_result->rows().at(row);
    switch (r.choice) {
    case MergeChoice::Unresolved: return std::nullopt;
    case MergeChoice::Merged:
    case MergeChoice::Edited: {
        // Composed from the row's own resources: no store read.
        if (!m_store)
            return std::nullopt;
        Result<std::optional<Resource>> composed = m_result->resultResource(*m_store, row);
        if (!composed)
            return std::nullopt;
        *known = true;
        return *composed;
    }
    case MergeChoice::Base:
    case MergeChoice::Ours:
    case MergeChoice::Theirs: break;
    }
    const MergeSides *docs = documents(row);
    if (!docs)
        return std::nullopt;
    const ObjectId &id = r.choice == MergeChoice::Base ? r.base : r.choice == MergeChoice::Ours ? r.ours : r.theirs;
    const std::optional<Resource> &side = r.choice == MergeChoice::Base   ? docs->base
                                          : r.choice == MergeChoice::Ours ? docs->ours
                                                                          : docs->theirs;
    if (!id.isNull() && !side)
        return std::nullopt; // could not be read
    *known = true;
    return side;
}

} // namespace poddeck
