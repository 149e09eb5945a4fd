#include "main/StoreConnection.h"

#include "common/MessageBoxes.h"
#include "main/Keyring.h"
#include "main/StoreOpener.h"
#include "store/CaseStore.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace zansai::ui {

namespace {

struct ConnectionText {
    Q_DECLARE_TR_FUNCTIONS(zansai::ui::StoreConnection)
};

constexpr int kConnectTimeoutSeconds =
    10; // a server that does not answer is reported, not waited on

QString key(const char* k)
{
    return QStringLiteral("store/") + QLatin1String(k);
}

Error fieldError(const char* field, const QString& label, const QString& why)
{
    return Error{QString::fromLatin1(field), ConnectionText::tr("%1: %2").arg(label, why)};
}

QUrl urlOf(const StoreConnection& c)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(c.user);
    url.setHost(c.host);
    url.setPort(c.port);
    url.setPath(QLatin1Char('/') + c.database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), c.sslmode);
    query.addQueryItem(QStringLiteral("connect_timeout"), QString::number(kConnectTimeoutSeconds));
    url.setQuery(query);
    return url;
}

// The password asked when the keyring has none; nullopt: cancelled.
std::optional<QString> askPassword(QWidget* parent, const StoreConnection& c,
                                   const QString& problem, bool* remember)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(ConnectionText::tr("Firm store password"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* text = new QLabel(ConnectionText::tr("Password of %1 on the server %2 (database %3):")
                                .arg(c.user, c.host, c.database),
                            &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    if (!problem.isEmpty()) {
        auto* why = new QLabel(problem, &dialog);
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    auto* password = new QLineEdit(&dialog);
    password->setObjectName(QString::fromLatin1(kFieldPassword));
    password->setEchoMode(QLineEdit::Password);
    text->setBuddy(password);
    layout->addWidget(password);
    auto* keep =
        new QCheckBox(ConnectionText::tr("&Remember the password in the desktop keyring"), &dialog);
    keep->setVisible(Keyring::instance().available());
    layout->addWidget(keep);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    password->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    *remember = !keep->isHidden() && keep->isChecked();
    return password->text();
}

bool aboutPassword(const Error& e)
{
    return e.field == QLatin1String(kFieldPassword);
}

} // namespace

QStringList StoreConnection::sslmodes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

QString StoreConnection::location() const
{
    return server ? urlOf(*this).toString() : file;
}

QString StoreConnection::locationWithPassword(const QString& password) const
{
    if (!server || password.isEmpty())
        return location();
    QUrl url = urlOf(*this);
    url.setPassword(password);
    return url.toString();
}

Status StoreConnection::check() const
{
    if (!server) {
        if (file.trimmed().isEmpty())
            return fieldError(kFieldFile, ConnectionText::tr("File"),
                              ConnectionText::tr("choose the file of the case store."));
        return Ok{};
    }
    if (host.trimmed().isEmpty() || host.contains(QLatin1Char('/')) || host.contains(u' '))
        return fieldError(kFieldHost, ConnectionText::tr("Server"),
                          ConnectionText::tr("give the server's name or address, e.g. "
                                             "db.office.example."));
    if (port < 1 || port > 65535)
        return fieldError(kFieldPort, ConnectionText::tr("Port"),
                          ConnectionText::tr("give a number from 1 to 65535 (usually 5432)."));
    if (database.trimmed().isEmpty() || database.contains(QLatin1Char('/')))
        return fieldError(kFieldDatabase, ConnectionText::tr("Database"),
                          ConnectionText::tr("give the name of the firm's database."));
    if (user.trimmed().isEmpty())
        return fieldError(kFieldUser, ConnectionText::tr("User"),
                          ConnectionText::tr("give your user name on the server."));
    if (!sslmodes().contains(sslmode))
        return fieldError(kFieldHost, ConnectionText::tr("Encryption (sslmode)"),
                          ConnectionText::tr("choose one of %1.").arg(sslmodes().join(u", ")));
    return Ok{};
}

StoreConnection StoreConnection::load()
{
    QSettings s;
    StoreConnection c;
    c.server = s.value(key("kind")).toString() == QLatin1String("server");
    c.file = s.value(key("file"), CaseStore::defaultPath()).toString();
    c.host = s.value(key("host")).toString();
    c.port = s.value(key("port"), 5432).toInt();
    c.database = s.value(key("database")).toString();
    c.user = s.value(key("user")).toString();
    c.sslmode = s.value(key("sslmode"), QStringLiteral("prefer")).toString();
    return c;
}

void StoreConnection::save() const
{
    QSettings s;
    s.setValue(key("kind"), server ? QStringLiteral("server") : QStringLiteral("file"));
    s.setValue(key("file"), file);
    s.setValue(key("host"), host);
    s.setValue(key("port"), port);
    s.setValue(key("database"), database);
    s.setValue(key("user"), user);
    s.setValue(key("sslmode"), sslmode);
    s.remove(key("password")); // never kept here (an older setting, or a hand edit)
}

Error connectionError(const StoreConnection& c, const QString& detail)
{
    const QString d = detail.toLower();
    QString message;
    const char* field = kFieldHost;
    if (d.contains(QLatin1String("password"))) {
        field = kFieldPassword;
        message = ConnectionText::tr("Password: the server did not accept the password of %1.")
                      .arg(c.user);
    } else if (d.contains(QLatin1String("role")) && d.contains(QLatin1String("does not exist"))) {
        field = kFieldUser;
        message = ConnectionText::tr("User: the server knows no user %1.").arg(c.user);
    } else if (d.contains(QLatin1String("database")) &&
               d.contains(QLatin1String("does not exist"))) {
        field = kFieldDatabase;
        message = ConnectionText::tr("Database: the server has no database %1.").arg(c.database);
    } else {
        message = ConnectionText::tr("Server: no case store could be opened at %1, port %2. Check "
                                     "the server's name and port, and that it is running.")
                      .arg(c.host)
                      .arg(c.port);
    }
    return Error{QString::fromLatin1(field), message + u'\n' + detail};
}

QString keyringKey(const StoreConnection& c)
{
    // Keyring keys are paths made absolute: an absolute one stays the same from any folder.
    return QStringLiteral("/zansai-firm-store/") + c.user + u'@' + c.host + u':' +
           QString::number(c.port) + u'/' + c.database;
}

std::unique_ptr<CaseStore> openServerInteractively(const StoreConnection& c, QWidget* parent,
                                                   const Clock& clock)
{
    const QString title = ConnectionText::tr("Firm store");
    Keyring& keyring = Keyring::instance();
    std::optional<QString> password = keyring.read(keyringKey(c));
    bool fromKeyring = password.has_value();
    QString problem;
    for (;;) {
        if (!password) { // none kept, or the kept one failed: ask
            bool remember = false;
            password = askPassword(parent, c, problem, &remember);
            if (!password)
                return nullptr;
            fromKeyring = false;
            auto opened = CaseStore::open(c.locationWithPassword(*password), clock);
            if (opened) {
                if (remember)
                    keyring.write(keyringKey(c), *password);
                return std::move(opened.value());
            }
            const Error e = connectionError(c, opened.error().message);
            if (!aboutPassword(e)) {
                MessageBoxes::instance().warning(parent, title, e.message);
                return nullptr;
            }
            problem = e.message;
            password.reset();
            continue;
        }
        auto opened = CaseStore::open(c.locationWithPassword(*password), clock);
        if (opened)
            return std::move(opened.value());
        const Error e = connectionError(c, opened.error().message);
        if (!aboutPassword(e)) {
            MessageBoxes::instance().warning(parent, title, e.message);
            return nullptr;
        }
        if (fromKeyring)
            keyring.remove(keyringKey(c)); // a stale password: asked instead
        problem = fromKeyring ? QString() : e.message;
        password.reset();
    }
}

std::unique_ptr<CaseStore> openConfiguredStore(const StoreConnection& c, QWidget* parent,
                                               const Clock& clock)
{
    return c.server ? openServerInteractively(c, parent, clock)
                    : openStoreInteractively(c.location(), parent, clock);
}

} // namespace zansai::ui
