#pragma once

#include "state/ObjectId.h"

#include <QByteArray>
#include <QList>

#include <vector>

namespace poddeck {

struct Version;

// The history graph's lanes (QGit's/GitQlient's `Lanes`, reduced to what a pod needs): computed once
// per load over the rows in display order (newest first), giving every row one glyph per lane. The
// delegate only paints them; nothing is recomputed while scrolling.
//
// A lane waits for one version id. A row's version takes the first lane waiting for it (or a new lane:
// a branch tip); further lanes waiting for it end there (the branches forked from it); its first parent
// continues in its lane and each further parent (a merge) continues in a lane already waiting for that
// parent (a join) or in a new one.
class Lanes
{
public:
    enum Glyph : char {
        Empty = 0,   // nothing in this lane
        Active,      // a lane passing by: vertical line
        Cross,       // a passing lane crossed by a horizontal connection
        Horizontal,  // an empty lane crossed by a horizontal connection
        Node,        // a version with a child above and its parent below
        Tip,         // a branch tip: no child, a parent below
        Initial,     // a first version: a child above, no parent
        Single,      // a version alone: neither child nor parent
        MergeNode,   // a version with two or more parents (and a child)
        MergeTip,    // a merge version nobody built on
        Fork,        // a lane that ends here: its branch forked from this row's version
        Merge,       // a lane that starts here: this row's merge reaches its further parent through it
        Join,        // a lane that goes on: this row's merge joins it (it already waits for that parent)
    };

    // `ids` and `parents` in display order; a parent not below its child in that order (another pod's
    // version, a deleted one) is treated as absent.
    void compute(const QList<ObjectId> &ids, const QList<QList<ObjectId>> &parents);
    void compute(const QList<Version> &rowsInDisplayOrder);
    void clear();

    int rowCount() const { return int(m_rows.size()); }
    // One glyph per lane, trailing empty lanes trimmed. Implicitly shared: handing it out copies nothing.
    const QByteArray &row(int row) const { return m_rows[size_t(row)]; }
    Glyph glyph(int row, int lane) const;
    int nodeLane(int row) const; // the lane of the row's own version
    int maxLanes() const { return m_maxLanes; }

    static bool isNode(char glyph);

private:
    std::vector<QByteArray> m_rows;
    int m_maxLanes = 0;
};

} // namespace poddeck
