// "Today" is injected: the advice depends on it, and tests must fix it.
#pragma once

#include <QDate>
#include <QDateTime>

namespace zansai {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
    static const SystemClock& instance();
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime t) : t_(std::move(t)) {}
    explicit FixedClock(QDate d) : t_(d.startOfDay()) {}
    QDateTime now() const override { return t_; }
    void set(QDateTime t) { t_ = std::move(t); }

private:
    QDateTime t_;
};

} // namespace zansai
