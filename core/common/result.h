#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace trinn {

/// A failure with a message a person can read (already translated).
struct Error
{
    QString message;
};

/// A value or an Error. Core returns these; only the UI turns errors into dialogs.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error.message)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error.message)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

using Status = Result<void>;

/// The answer of a rule: allowed, or denied with the reason.
struct Decision
{
    bool allowed = true;
    QString reason;

    static Decision allow() { return {}; }
    static Decision deny(QString why) { return {false, std::move(why)}; }
    explicit operator bool() const { return allowed; }
};

} // namespace trinn
