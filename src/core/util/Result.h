#pragma once

#include "util/Error.h"

#include <optional>
#include <utility>

namespace poddeck {

// Result<T>: either a value or an Error. Small on purpose: std::expected needs C++23.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}
    Result(Error::Code code, const QString &message) : m_error(code, message) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Status: success or an Error, for operations without a value.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    Status(Error::Code code, const QString &message) : m_error(code, message) {}
    template<typename T>
    Status(const Result<T> &r) : m_error(r.ok() ? Error() : r.error()) {}
    static Status success() { return Status(); }
    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};

} // namespace poddeck
