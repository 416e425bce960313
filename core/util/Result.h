#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace tianbao {

// An error a user can cause (a bad file, a locked target, a full disk), carried as a value so
// the caller decides how to show it. `message` is one translated sentence.
struct Error
{
    QString message;
};

// Either a value or an Error. Small on purpose: the code base only needs ok/value/error.
template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error.message)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T &operator*() { return *m_value; }
    T *operator->() { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

// Success, or an Error.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error.message)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

} // namespace tianbao
