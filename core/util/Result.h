// Errors are values in core/: every fallible call returns a Result naming the field at fault.
#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace zansai {

struct Error {
    QString field;   // JSON path ("debts[0].accelerated_on") or CLI option ("--from"); may be empty
    QString message; // already translated for the user
};

// [[nodiscard]]: a Result (or Status) dropped on the floor is an error not looked at.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : v_(std::move(value)) {}     // NOLINT: implicit by design
    Result(Error error) : v_(std::move(error)) {} // NOLINT
    static Result failure(QString field, QString message)
    {
        return Result(Error{std::move(field), std::move(message)});
    }

    bool ok() const { return std::holds_alternative<T>(v_); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(v_); }
    T& value() & { return std::get<T>(v_); }
    T&& value() && { return std::get<T>(std::move(v_)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<Error>(v_); }

private:
    std::variant<T, Error> v_;
};

// For operations that return nothing but can fail.
struct Ok {};
using Status = Result<Ok>;

} // namespace zansai
