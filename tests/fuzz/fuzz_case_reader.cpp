// libFuzzer target for the zansai-case/1 reader: any bytes either fail with an Error or give a case
// that writes back exactly (issue 4: readCase must not crash, leak or lose anything it accepted).
#include "case/CaseJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace {

// The reader keeps events in date order; a valid file's dates are all "YYYY-MM-DD", whose text
// order is their calendar order, so the expected write is the input with its events sorted so.
QJsonObject withEventsInDateOrder(QJsonObject json)
{
    const QString debtsKey = QStringLiteral("debts");
    const QString eventsKey = QStringLiteral("events");
    const QString dateKey = QStringLiteral("date");
    QJsonArray debts = json.value(debtsKey).toArray();
    for (qsizetype i = 0; i < debts.size(); ++i) {
        QJsonObject debt = debts.at(i).toObject();
        if (!debt.contains(eventsKey))
            continue;
        const QJsonArray events = debt.value(eventsKey).toArray();
        QList<QJsonValue> list(events.begin(), events.end());
        std::stable_sort(list.begin(), list.end(), [&](const QJsonValue& a, const QJsonValue& b) {
            return a.toObject().value(dateKey).toString() < b.toObject().value(dateKey).toString();
        });
        QJsonArray sorted;
        for (const QJsonValue& v : list)
            sorted.append(v);
        debt.insert(eventsKey, sorted);
        debts.replace(i, debt);
    }
    if (json.contains(debtsKey))
        json.insert(debtsKey, debts);
    return json;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto c = zansai::readCase(bytes);
    if (!c)
        return 0;

    // writeCase → readCase gives the same case back, and writing it again changes nothing.
    const QJsonObject written = zansai::writeCase(*c);
    const auto again = zansai::readCase(written);
    if (!again || !(*again == *c) || zansai::writeCase(*again) != written)
        __builtin_trap();

    // The same through the file's bytes.
    const QByteArray file = zansai::writeCaseBytes(*c);
    const auto fromFile = zansai::readCase(file);
    if (!fromFile || !(*fromFile == *c) || zansai::writeCaseBytes(*fromFile) != file)
        __builtin_trap();

    // Exact: what was read is what is written (events in their canonical date order).
    if (written != withEventsInDateOrder(QJsonDocument::fromJson(bytes).object()))
        __builtin_trap();
    return 0;
}
