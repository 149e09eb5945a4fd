// What the CaseJson reader and writer tests share: the test files, and edits of a case object by
// JSON path.
#pragma once

#include "case/CaseJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

namespace zansai::casejsontest {

inline QString casesDir()
{
    return QStringLiteral(ZANSAI_TEST_DATA "/cases");
}

inline QByteArray readBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        ADD_FAILURE() << "cannot open " << path.toStdString();
    return f.readAll();
}

inline QJsonObject parse(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

inline QJsonObject specExampleJson()
{
    return parse(readBytes(casesDir() + QStringLiteral("/spec_example.json")));
}

inline QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

inline QString errorOf(const Result<Case>& r)
{
    return r ? QStringLiteral("(ok)") : r.error().field + QStringLiteral(": ") + r.error().message;
}

// The JSON value at a simple path ("debts[0].events") inside a case object, replaced by `value`
// (or removed when `value` is undefined).
inline void setAt(QJsonObject& root, const QStringList& path, const QJsonValue& value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            root.remove(path[0]);
        else
            root.insert(path[0], value);
        return;
    }
    const QString head = path[0];
    if (head.endsWith(QLatin1Char(']'))) {
        const qsizetype open = head.indexOf(QLatin1Char('['));
        const QString name = head.left(open);
        const int index = head.mid(open + 1, head.size() - open - 2).toInt();
        QJsonArray array = root.value(name).toArray();
        QJsonObject inner = array.at(index).toObject();
        setAt(inner, path.mid(1), value);
        array.replace(index, inner);
        root.insert(name, array);
    } else {
        QJsonObject inner = root.value(head).toObject();
        setAt(inner, path.mid(1), value);
        root.insert(head, inner);
    }
}

inline QJsonObject withValue(QJsonObject root, const QString& dottedPath, const QJsonValue& value)
{
    setAt(root, dottedPath.split(QLatin1Char('.')), value);
    return root;
}

inline QJsonObject without(QJsonObject root, const QString& dottedPath)
{
    return withValue(std::move(root), dottedPath, QJsonValue(QJsonValue::Undefined));
}

inline QStringList validCaseFiles()
{
    QStringList out;
    for (const QString& name :
         QDir(casesDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out << casesDir() + QLatin1Char('/') + name;
    return out;
}

} // namespace zansai::casejsontest
