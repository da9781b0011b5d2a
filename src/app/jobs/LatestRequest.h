#pragma once

#include <QtGlobal>

#include <utility>

namespace poddeck {

// "The newest request wins": a view that reloads in a job drops the answers of requests a newer one has
// replaced (the user picked another version while the old one loaded). Replaces a counter per view:
//
//     m_jobs->run(title, work, this, m_latest.wrap([this](Result<T> r) { ... }));
//
// wrap() starts a request; the wrapped callback runs only when no request started, and invalidate() was
// not called, since. Lives in (and dies with) the object that receives the answers, on the GUI thread.
class LatestRequest
{
public:
    using Ticket = quint64;

    // Starts a request and returns its ticket, for answers that arrive other than through wrap().
    Ticket start() { return ++m_latest; }
    bool isCurrent(Ticket ticket) const { return ticket == m_latest; }
    // The ticket of the newest request, for more answers that belong to it (pages of one load).
    Ticket current() const { return m_latest; }
    // Whatever is in flight is of no use any more (the view was cleared).
    void invalidate() { ++m_latest; }

    template<typename Done>
    auto wrap(Done done)
    {
        return [this, ticket = start(), done = std::move(done)](auto &&...answer) mutable {
            if (isCurrent(ticket))
                done(std::forward<decltype(answer)>(answer)...);
        };
    }

private:
    Ticket m_latest = 0;
};

} // namespace poddeck
