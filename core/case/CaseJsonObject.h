// How the reader sees one JSON object of a zansai-case/1 file: typed fields that name their JSON
// path in every error, and the keys it does not know (kept in `extra`). Internal to core/case
// (CaseJsonReader.cpp).
#pragma once

#include "case/Case.h"
#include "case/CaseCodes.h"
#include "money/Rate.h"
#include "money/Yen.h"
#include "util/Result.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <initializer_list>

namespace zansai::casejson {

QString joinPath(const QString& path, const QString& key);
QString indexPath(const QString& path, qsizetype i);
QString isoDate(const QDate& d);
Error required(const QString& field);
// A value as it appears in the file (a string without its quotes), for messages.
QString shownValue(const QJsonValue& v);
Error unknownCode(const QString& field, const QJsonValue& v, const QStringList& allowed);

// One JSON object of the file being read: its path, and the keys this reader knows (the others
// are kept in `extra`).
class Obj {
public:
    Obj(QJsonObject o, QString path, std::initializer_list<const char*> known)
        : o_(std::move(o)), path_(std::move(path))
    {
        for (const char* k : known)
            known_ << QLatin1String(k);
    }

    QString path(const char* key) const { return joinPath(path_, QLatin1String(key)); }
    bool has(const char* key) const { return o_.contains(QLatin1String(key)); }
    QJsonValue value(const char* key) const { return o_.value(QLatin1String(key)); }

    QJsonObject unknown() const;
    Result<QString> text(const char* key, bool mustHave, JsonLayout* layout = nullptr) const;
    // A strict "YYYY-MM-DD" that names a real day (2025-02-30 is rejected).
    Result<QDate> date(const char* key) const;
    Result<Yen> yen(const char* key) const;
    Result<Rate> ratePercent(const char* key) const;
    Result<int> count(const char* key, int min, int max) const;

    template <typename E> Result<E> code(const char* key) const
    {
        if (!has(key))
            return required(path(key));
        const QJsonValue v = value(key);
        const QString s = v.toString();
        const auto e = v.isString() ? fromCode<E>(s) : std::nullopt;
        if (!e)
            return unknownCode(path(key), v, allCodes<E>());
        return *e;
    }

    Result<QJsonObject> object(const char* key) const;
    Result<QJsonArray> array(const char* key) const;

private:
    QJsonObject o_;
    QString path_;
    QStringList known_;
};

} // namespace zansai::casejson
