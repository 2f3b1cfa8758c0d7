#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace baton {

// A user-readable failure. Fallible calls in core return Result<T> (or Status)
// instead of throwing: nothing may cross Qt's event loop as an exception.
struct Error
{
    QString message;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const QString &error() const { return std::get<Error>(m_data).message; }

private:
    std::variant<T, Error> m_data;
};

class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error.message)) {}

    bool ok() const { return !m_error; }
    explicit operator bool() const { return ok(); }
    QString error() const { return m_error.value_or(QString()); }

private:
    std::optional<QString> m_error;
};

} // namespace baton
