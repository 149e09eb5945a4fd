// A plain Qt SQL connection for looking inside a store from a test (an SQLite file, or a database
// of a throw-away PostgreSQL server through libpq's PG* variables): closed and removed on scope
// exit; a failing statement is a test failure naming it.
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <gtest/gtest.h>

class RawSql {
public:
    // `expectOpen`: a connection that does not open is itself a failure (a server's); an SQLite
    // test may instead check ok() (a refused file).
    RawSql(const QString& driver, const QString& database, const QString& options, bool expectOpen)
        : name_(QStringLiteral("rawsql-%1").arg(++counter()))
    {
        db_ = QSqlDatabase::addDatabase(driver, name_);
        db_.setDatabaseName(database);
        db_.setConnectOptions(options);
        ok_ = db_.open();
        if (expectOpen) {
            EXPECT_TRUE(ok_) << db_.lastError().text().toStdString();
        }
    }
    RawSql(const RawSql&) = delete;
    RawSql& operator=(const RawSql&) = delete;
    ~RawSql()
    {
        db_.close();
        db_ = QSqlDatabase();
        QSqlDatabase::removeDatabase(name_);
    }
    bool ok() const { return ok_; }
    QSqlDatabase& db() { return db_; }
    QVariant scalar(const QString& sql)
    {
        QSqlQuery q(db_);
        QVariant v;
        if (q.exec(sql) && q.next())
            v = q.value(0);
        else
            ADD_FAILURE() << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return v;
    }
    bool exec(const QString& sql)
    {
        QSqlQuery q(db_);
        const bool ok = q.exec(sql);
        EXPECT_TRUE(ok) << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return ok;
    }

private:
    static int& counter()
    {
        static int n = 0;
        return n;
    }
    QString name_;
    QSqlDatabase db_;
    bool ok_ = false;
};
