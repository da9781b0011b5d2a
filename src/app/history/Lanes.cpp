#include "app/history/Lanes.h"

#include "state/Version.h"

#include <QHash>

#include <algorithm>

namespace poddeck {

namespace {

constexpr int None = -1;

// The first lane free before this row and not touched by it, else a new lane at the end.
int freeLane(std::vector<int> &lanes, const std::vector<char> &touched)
{
    for (size_t i = 0; i < lanes.size(); ++i)
        if (lanes[i] == None && (i >= touched.size() || !touched[i]))
            return int(i);
    lanes.push_back(None);
    return int(lanes.size() - 1);
}

} // namespace

void Lanes::clear()
{
    m_rows.clear();
    m_maxLanes = 0;
}

void Lanes::compute(const QList<Version> &rows)
{
    QList<ObjectId> ids;
    QList<QList<ObjectId>> parents;
    ids.reserve(rows.size());
    parents.reserve(rows.size());
    for (const Version &v : rows) {
        ids.append(v.id);
        parents.append(v.parents);
    }
    compute(ids, parents);
}

void Lanes::compute(const QList<ObjectId> &ids, const QList<QList<ObjectId>> &parents)
{
    clear();
    const int n = int(ids.size());
    m_rows.resize(size_t(n));
    QHash<ObjectId, int> rowOf;
    rowOf.reserve(n);
    for (int r = n - 1; r >= 0; --r) // the lowest row wins for a duplicate id: it is the one drawn last
        rowOf.insert(ids[r], r);

    std::vector<int> lanes;            // the row each lane waits for, None when free
    std::vector<char> touched;         // lanes this row connects (reset per row)
    std::vector<int> rowParents;
    for (int r = 0; r < n; ++r) {
        rowParents.clear();
        for (const ObjectId &p : parents[r]) {
            const int pr = rowOf.value(p, None);
            if (pr > r && std::find(rowParents.begin(), rowParents.end(), pr) == rowParents.end())
                rowParents.push_back(pr);
        }
        const size_t before = lanes.size();
        QByteArray glyphs(qsizetype(before), Empty);
        for (size_t i = 0; i < before; ++i)
            if (lanes[i] != None)
                glyphs[qsizetype(i)] = Active;
        touched.assign(before, 0);

        // This row's version: the first lane waiting for it; the others waiting for it end here.
        int node = None;
        for (size_t i = 0; i < before; ++i) {
            if (lanes[i] != r)
                continue;
            touched[i] = 1;
            if (node == None) {
                node = int(i);
            } else {
                glyphs[qsizetype(i)] = Fork;
                lanes[i] = None;
            }
        }
        const bool tip = node == None;
        if (tip)
            node = freeLane(lanes, touched);
        auto setGlyph = [&](int lane, Glyph g) {
            if (lane >= glyphs.size())
                glyphs.resize(lane + 1, Empty);
            if (size_t(lane) >= touched.size())
                touched.resize(size_t(lane) + 1, 0);
            touched[size_t(lane)] = 1;
            glyphs[lane] = g;
        };
        const bool merge = rowParents.size() >= 2;
        const bool hasParent = !rowParents.empty();
        Glyph nodeGlyph = merge ? (tip ? MergeTip : MergeNode)
                                : (tip ? (hasParent ? Tip : Single) : (hasParent ? Node : Initial));
        setGlyph(node, nodeGlyph);
        lanes[size_t(node)] = hasParent ? rowParents[0] : None;

        // Further parents: join a lane already waiting for the parent, else open one.
        for (size_t k = 1; k < rowParents.size(); ++k) {
            int lane = None;
            for (size_t i = 0; i < lanes.size(); ++i)
                if (int(i) != node && lanes[i] == rowParents[k])
                    lane = int(i);
            if (lane != None) {
                setGlyph(lane, Join);
            } else {
                lane = freeLane(lanes, touched);
                lanes[size_t(lane)] = rowParents[k];
                setGlyph(lane, Merge);
            }
        }

        // Horizontal connections cross the lanes between the node and the farthest lane it connects.
        int lo = node, hi = node;
        for (int i = 0; i < glyphs.size(); ++i) {
            const char g = glyphs[i];
            if (g == Fork || g == Merge || g == Join) {
                lo = std::min(lo, i);
                hi = std::max(hi, i);
            }
        }
        for (int i = lo + 1; i < hi; ++i) {
            if (i == node)
                continue;
            if (glyphs[i] == Active)
                glyphs[i] = Cross;
            else if (glyphs[i] == Empty)
                glyphs[i] = Horizontal;
        }

        while (!lanes.empty() && lanes.back() == None)
            lanes.pop_back();
        while (!glyphs.isEmpty() && glyphs.back() == Empty)
            glyphs.chop(1);
        m_maxLanes = std::max(m_maxLanes, int(glyphs.size()));
        m_rows[size_t(r)] = std::move(glyphs);
    }
}

Lanes::Glyph Lanes::glyph(int row, int lane) const
{
    const QByteArray &g = m_rows[size_t(row)];
    return lane >= 0 && lane < g.size() ? Glyph(g[lane]) : Empty;
}

bool Lanes::isNode(char g)
{
    return g == Node || g == Tip || g == Initial || g == Single || g == MergeNode || g == MergeTip;
}

int Lanes::nodeLane(int row) const
{
    const QByteArray &g = m_rows[size_t(row)];
    for (int i = 0; i < g.size(); ++i)
        if (isNode(g[i]))
            return i;
    return -1;
}

} // namespace poddeck
