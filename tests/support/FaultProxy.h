#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QThread>

namespace poddeck::test {

class FaultProxyServer;

// A fault injector, not a mock of AWS: a small HTTP/1.1 proxy on a free loopback port that passes each
// request to a real server (moto) and answers with what it said, except where a rule injects a fault:
//   Latency        waits latencyMs before passing the request on;
//   ResetMidBody   resets the connection (TCP RST) halfway through the body: the request's body when it has
//                  one (an upload), else the response's (a download);
//   TruncateBody   sends half of the response body and closes the connection cleanly while Content-Length
//                  says more (a response without a body loses half of its header instead);
//   ServerError    answers 503 SlowDown itself, without asking the server.
// Every client connection carries one request (the proxy answers with Connection: close). It runs on a
// thread of its own, so a test may block on a poddeck-cli process while the proxy serves it.
class FaultProxy
{
public:
    enum class Fault { Latency, ResetMidBody, TruncateBody, ServerError };
    struct Rule
    {
        Fault fault = Fault::ServerError;
        int count = 1;           // requests it hits (-1: every matching request)
        int skip = 0;            // matching requests it lets through first
        QByteArray method;       // empty: any
        QByteArray pathContains; // empty: any
        int latencyMs = 0;       // Latency only
    };

    FaultProxy(const QString &upstreamHost, quint16 upstreamPort);
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    // Listens on 127.0.0.1; returns an empty string on success, else why not.
    QString start();
    QString endpoint() const; // http://127.0.0.1:<port>

    // A request takes the first rule that matches it and has hits left.
    void addRule(const Rule &rule);
    void clearRules();
    int faultsInjected() const;
    int requestsSeen() const;

    // Called on the proxy's thread for each request: the fault to inject (false: none).
    bool takeFault(const QByteArray &method, const QByteArray &path, Rule *out);

private:
    QString m_host;
    quint16 m_upstreamPort;
    quint16 m_port = 0;
    QThread m_thread;
    FaultProxyServer *m_server = nullptr; // lives on m_thread
    mutable QMutex m_mutex;
    QList<Rule> m_rules;
    int m_faults = 0;
    int m_requests = 0;
};

} // namespace poddeck::test
