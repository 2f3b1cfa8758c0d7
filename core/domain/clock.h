#pragma once

#include "time.h"

namespace baton {

// The only source of "now" in core. The application passes a SystemClock;
// tests and scenario replay pass a ManualClock they move by hand.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual Timestamp now() const = 0;
};

class SystemClock final : public Clock
{
public:
    Timestamp now() const override;
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(Timestamp start = 0) : m_now(start) {}
    Timestamp now() const override { return m_now; }
    void set(Timestamp t) { m_now = t; }
    void advance(qint64 ms) { m_now += ms; }

private:
    Timestamp m_now;
};

} // namespace baton
