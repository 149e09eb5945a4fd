// zansai-cli firm-init --db postgresql://ADMIN@HOST:PORT/DB --user NAME [--password-file FILE]
// [--admin]: sets up an office's firm store (README "For an office"). Run once by the database's
// administrator: opening the store creates its schema and its group roles through the store's own
// numbered migrations (zansai_consultant, zansai_admin: docs/security.md); then the first
// consultant gets a login role of their own in one of those groups. The password is read from
// the file or the terminal, never from the command line, and reaches the server only as a
// SCRAM-SHA-256 verifier (so it is in no server log).
#include "Cli.h"
#include "PasswordInput.h"

#include "store/CaseStore.h"
#include "store/StoreLocation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace zansai;
using namespace Qt::StringLiterals;

namespace {

struct FirmInitText {
    Q_DECLARE_TR_FUNCTIONS(zansai::cli)
};

// PBKDF2-HMAC-SHA256 (RFC 8018) of one 32-byte block: what SCRAM calls Hi(password, salt, i).
QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    mac.addData(salt + QByteArray::fromHex("00000001"));
    QByteArray u = mac.result();
    QByteArray out = u;
    for (int i = 1; i < iterations; ++i) {
        mac.reset();
        mac.addData(u);
        u = mac.result();
        for (qsizetype k = 0; k < out.size(); ++k)
            out[k] = char(out[k] ^ u[k]);
    }
    return out;
}

// PostgreSQL's stored form of a password (RFC 5802/7677, as `\password` of psql makes it):
// SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>.
QString scramVerifier(const QString& password)
{
    constexpr int kIterations = 4096; // PostgreSQL's default scram_iterations
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(salt.data()), 4);
    const QByteArray salted = pbkdf2Sha256(password.toUtf8(), salt, kIterations);
    const QByteArray clientKey =
        QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey =
        QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha256);
    return u"SCRAM-SHA-256$%1:%2$%3:%4"_s.arg(kIterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

// A plain connection beside the store, as the same administrator.
class AdminConnection {
public:
    explicit AdminConnection(const store::ServerLocation& at) : name_(u"zansai-firm-init"_s)
    {
        db_ = QSqlDatabase::addDatabase(u"QPSQL"_s, name_);
        db_.setHostName(at.host);
        if (at.port > 0)
            db_.setPort(at.port);
        db_.setDatabaseName(at.database);
        db_.setUserName(at.user);
        db_.setPassword(at.password);
        QStringList options = at.options;
        options.append(u"sslmode="_s + at.sslmode);
        db_.setConnectOptions(options.join(u';'));
        ok_ = db_.open();
    }
    ~AdminConnection()
    {
        db_.close();
        db_ = QSqlDatabase();
        QSqlDatabase::removeDatabase(name_);
    }
    QString openError() const { return ok_ ? QString() : db_.lastError().text(); }
    // The error text, empty when it worked.
    QString exec(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(db_);
        if (binds.isEmpty()) // CREATE ROLE and GRANT cannot be prepared
            return q.exec(sql) ? QString() : q.lastError().text();
        if (!q.prepare(sql))
            return q.lastError().text();
        for (const QVariant& v : binds)
            q.addBindValue(v);
        return q.exec() ? QString() : q.lastError().text();
    }
    Result<bool> exists(const QString& sql, const QVariantList& binds)
    {
        QSqlQuery q(db_);
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        if (!q.exec())
            return Error{u"--db"_s, q.lastError().text()};
        return q.next();
    }
    bool transaction() { return db_.transaction(); }
    bool commit() { return db_.commit(); }

private:
    QString name_;
    QSqlDatabase db_;
    bool ok_ = false;
};

int runFirmInit(const cli::Args& args)
{
    if (const Status known = args.onlyKnown(
            {u"--db"_s, u"--user"_s, u"--admin"_s, QString::fromLatin1(cli::kPasswordFileOption)});
        !known)
        return cli::fail(known.error());
    const QString db = args.value(u"--db"_s);
    if (!CaseStore::isServerLocation(db))
        return cli::fail(u"--db"_s, FirmInitText::tr("Give the firm's database as --db "
                                                     "postgresql://ADMIN@HOST:PORT/DATABASE."));
    auto at = store::parseServerLocation(db);
    if (!at)
        return cli::fail(u"--db"_s, at.error().message);
    const QString user = args.value(u"--user"_s);
    static const QRegularExpression roleName(u"^[a-z_][a-z0-9_]{0,62}$"_s);
    if (!roleName.match(user).hasMatch() || user.startsWith(u"pg_"_s) ||
        user.startsWith(u"zansai_"_s))
        return cli::fail(u"--user"_s,
                         FirmInitText::tr("Give the first consultant's user name: small letters, "
                                          "digits and _ (at most 63, not starting with pg_ or "
                                          "zansai_), e.g. --user tanaka."));
    const bool admin = args.has(u"--admin"_s);
    if (admin && !args.value(u"--admin"_s).isEmpty())
        return cli::fail(u"--admin"_s, FirmInitText::tr("--admin takes no value."));

    auto password = cli::readPassword(args, FirmInitText::tr("Password for %1: ").arg(user));
    if (!password)
        return cli::fail(password.error());

    // The schema and the group roles: the store's own migrations, as the administrator.
    auto store = CaseStore::open(db);
    if (!store)
        return cli::fail(u"--db"_s, store.error().message);
    const auto counted = store.value()->count(QString());
    const int cases = counted ? *counted : 0;
    store.value().reset();

    AdminConnection conn(*at);
    if (const QString e = conn.openError(); !e.isEmpty())
        return cli::fail(u"--db"_s, e);
    auto taken = conn.exists(u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s, {user});
    if (!taken)
        return cli::fail(taken.error());
    if (*taken)
        return cli::fail(u"--user"_s, FirmInitText::tr("The server already has a user %1: "
                                                       "nothing was changed for them. Choose "
                                                       "another name.")
                                          .arg(user));
    const QString group = admin ? u"zansai_admin"_s : u"zansai_consultant"_s;
    if (!conn.transaction())
        return cli::fail(u"--db"_s, conn.openError());
    // CREATE ROLE takes no bind values: the name is checked above, the verifier is base64 and $.
    // (imported_cases, which `migrate` needs, and its grant are migration 005's.)
    for (const QString& sql : {u"CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3"_s.arg(
             user, scramVerifier(*password), group)}) {
        if (const QString e = conn.exec(sql); !e.isEmpty())
            return cli::fail(u"--db"_s,
                             FirmInitText::tr("The user %1 could not be made: %2").arg(user, e));
    }
    if (!conn.commit())
        return cli::fail(u"--db"_s, conn.openError());
    return cli::printJson(QJsonObject{
        {u"user"_s, user}, {u"role"_s, group}, {u"database"_s, at->database}, {u"cases"_s, cases}});
}

} // namespace

ZANSAI_CLI_COMMAND("firm-init",
                   QT_TRANSLATE_NOOP("zansai::cli",
                                     "Set up the firm store on PostgreSQL and its first user"),
                   "--db postgresql://ADMIN@HOST:PORT/DB --user NAME [--password-file FILE] "
                   "[--admin]",
                   &runFirmInit);
