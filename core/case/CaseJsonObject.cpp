#include "case/CaseJsonObject.h"

#include "util/Parse.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cmath>

namespace zansai::casejson {

namespace {

// lupdate context for the messages about a case file.
struct CaseJsonText {
    Q_DECLARE_TR_FUNCTIONS(zansai::CaseJson)
};

} // namespace

QString joinPath(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString indexPath(const QString& path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

QString isoDate(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

Error required(const QString& field)
{
    return Error{field, CaseJsonText::tr("This field is required.")};
}

QString shownValue(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    const QByteArray inArray = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(inArray.mid(1, inArray.size() - 2)); // strip "[" and "]"
}

Error unknownCode(const QString& field, const QJsonValue& v, const QStringList& allowed)
{
    return Error{field, CaseJsonText::tr("Unknown code \"%1\". Use one of: %2.")
                            .arg(shownValue(v), allowed.join(QStringLiteral(", ")))};
}

QJsonObject Obj::unknown() const
{
    QJsonObject extra;
    for (auto it = o_.begin(); it != o_.end(); ++it) {
        if (!known_.contains(it.key()))
            extra.insert(it.key(), it.value());
    }
    return extra;
}

Result<QString> Obj::text(const char* key, bool mustHave, JsonLayout* layout) const
{
    if (!has(key))
        return mustHave ? Result<QString>(required(path(key))) : Result<QString>(QString());
    const QJsonValue v = value(key);
    if (!v.isString())
        return Error{path(key), CaseJsonText::tr("Enter text here.")};
    const QString s = v.toString();
    if (mustHave && s.trimmed().isEmpty())
        return required(path(key));
    if (layout)
        layout->present << QLatin1String(key);
    return s;
}

Result<QDate> Obj::date(const char* key) const
{
    if (!has(key))
        return required(path(key));
    const QJsonValue v = value(key);
    auto d = jsonDate(v, path(key));
    if (!d)
        return d;
    // parseIsoDate forgives surrounding spaces; a file must spell the date exactly, so that
    // it is written back as it was read.
    if (isoDate(*d) != v.toString())
        return Error{path(key), CaseJsonText::tr("Enter a date as YYYY-MM-DD.")};
    return d;
}

Result<Yen> Obj::yen(const char* key) const
{
    if (!has(key))
        return required(path(key));
    return jsonYen(value(key), path(key));
}

Result<Rate> Obj::ratePercent(const char* key) const
{
    if (!has(key))
        return required(path(key));
    const QJsonValue v = value(key);
    auto r = jsonRatePercent(v, path(key));
    if (!r)
        return r;
    // Rate keeps six decimals of a percent; more would not be written back as they were read.
    if (r->toPercentDouble() != v.toDouble())
        return Error{path(key), CaseJsonText::tr("Enter the rate with at most 6 decimals.")};
    return r;
}

Result<int> Obj::count(const char* key, int min, int max) const
{
    if (!has(key))
        return required(path(key));
    const QJsonValue v = value(key);
    const double d = v.toDouble();
    if (!v.isDouble() || std::floor(d) != d)
        return Error{path(key), CaseJsonText::tr("Enter a whole number.")};
    if (d < min || d > max)
        return Error{path(key),
                     CaseJsonText::tr("The number must be between %1 and %2.").arg(min).arg(max)};
    return static_cast<int>(d);
}

Result<QJsonObject> Obj::object(const char* key) const
{
    const QJsonValue v = value(key);
    if (!v.isObject())
        return Error{path(key), CaseJsonText::tr("Expected a JSON object here.")};
    return v.toObject();
}

Result<QJsonArray> Obj::array(const char* key) const
{
    const QJsonValue v = value(key);
    if (!v.isArray())
        return Error{path(key), CaseJsonText::tr("Expected a list here.")};
    return v.toArray();
}

} // namespace zansai::casejson
