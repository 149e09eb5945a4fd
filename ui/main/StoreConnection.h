// Where the app's case store is (Settings ▸ Case store…): a file on this computer, or the firm
// store on a PostgreSQL server (README "For an office", docs/security.md). Kept in QSettings under
// store/… — never the password: that is asked when the store is opened, or read from the desktop
// keyring when the consultant asked to keep it there (Keyring.h).
#pragma once

#include "util/Clock.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <memory>

class QWidget;

namespace zansai {
class CaseStore;
}

namespace zansai::ui {

// The field names of StoreConnection::check() errors (also the dialog's widget names).
inline constexpr char kFieldFile[] = "storeFile";
inline constexpr char kFieldHost[] = "storeHost";
inline constexpr char kFieldPort[] = "storePort";
inline constexpr char kFieldDatabase[] = "storeDatabase";
inline constexpr char kFieldUser[] = "storeUser";
inline constexpr char kFieldPassword[] = "storePassword";

struct StoreConnection {
    bool server = false;
    QString file; // the SQLite store (default CaseStore::defaultPath())
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString sslmode = QStringLiteral("prefer"); // TLS when the server offers it

    static QStringList sslmodes(); // libpq's, from "disable" to "verify-full"

    // postgresql://user@host:port/database?sslmode=…&connect_timeout=… (no password), or the file.
    QString location() const;
    // The same with the password, for CaseStore::open only: never kept, never shown.
    QString locationWithPassword(const QString& password) const;

    // The first field that is not right: Error{kField…, translated message naming the field}.
    Status check() const;

    static StoreConnection load(); // from QSettings; nothing saved: the default file
    void save() const;             // to QSettings, without any password
};

// Which field a failed connection is about (the libpq message): password, user, database, or
// else the host and port; and the translated message naming it.
Error connectionError(const StoreConnection& c, const QString& detail);

// The keyring entry of a server's password (Keyring takes a path: a fixed absolute one).
QString keyringKey(const StoreConnection& c);

// The store of `c`, its password from the keyring or asked (with "Remember"); a failure is shown
// through MessageBoxes. nullptr: not opened (cancelled or failed).
std::unique_ptr<CaseStore> openServerInteractively(const StoreConnection& c, QWidget* parent,
                                                   const Clock& clock = SystemClock::instance());

// The store the setting `c` names, opened as at start-up: a server through
// openServerInteractively, a file through openStoreInteractively (a damaged file explained and
// its backup offered). nullptr: not opened, and the consultant was told why.
std::unique_ptr<CaseStore> openConfiguredStore(const StoreConnection& c, QWidget* parent,
                                               const Clock& clock = SystemClock::instance());

} // namespace zansai::ui
