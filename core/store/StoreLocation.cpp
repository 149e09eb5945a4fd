#include "store/StoreLocation.h"

#include "store/CaseStore.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace zansai::store {

namespace {
struct LocationText {
    Q_DECLARE_TR_FUNCTIONS(zansai::CaseStore)
};

Error bad(const QString& shown, const QString& why)
{
    return Error{QString::fromLatin1(kStoreFieldDb),
                 LocationText::tr("The case store address %1 cannot be used: %2").arg(shown, why)};
}
} // namespace

bool isServerLocation(const QString& location)
{
    const QString l = location.trimmed();
    return l.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           l.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerLocation> parseServerLocation(const QString& location)
{
    const QUrl url(location.trimmed(), QUrl::StrictMode);
    ServerLocation s;
    QUrl shownUrl = url;
    shownUrl.setPassword(QString());
    QUrlQuery shownQuery(url);
    shownQuery.removeAllQueryItems(QStringLiteral("password"));
    if (shownQuery.isEmpty())
        shownUrl.setQuery(QString());
    else
        shownUrl.setQuery(shownQuery);
    s.shown = shownUrl.toString();
    if (!url.isValid() || !isServerLocation(location))
        return bad(s.shown.isEmpty() ? QStringLiteral("postgresql://…") : s.shown,
                   LocationText::tr("it is not a postgresql://user@host:port/database address."));
    s.host = url.host();
    s.port = url.port(-1);
    if (url.port(-1) == 0)
        return bad(s.shown, LocationText::tr("the port must be a number from 1 to 65535."));
    s.user = url.userName();
    s.password = url.password();
    QString path = url.path();
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.contains(QLatin1Char('/')))
        return bad(s.shown, LocationText::tr("the database name must not contain '/'."));
    s.database = path;
    static const QStringList kPassed = {QStringLiteral("connect_timeout"),
                                        QStringLiteral("application_name"),
                                        QStringLiteral("sslrootcert"),
                                        QStringLiteral("sslcert"),
                                        QStringLiteral("sslkey"),
                                        QStringLiteral("sslcrl"),
                                        QStringLiteral("target_session_attrs"),
                                        QStringLiteral("options")};
    static const QStringList kSslModes = {
        QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
        QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        if (key == QLatin1String("sslmode")) {
            if (!kSslModes.contains(value))
                return bad(s.shown, LocationText::tr("sslmode must be one of %1.")
                                        .arg(kSslModes.join(QStringLiteral(", "))));
            s.sslmode = value;
        } else if (key == QLatin1String("host")) {
            s.host = value; // e.g. a socket folder: postgresql:///db?host=/var/run/postgresql
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            s.port = value.toInt(&ok);
            if (!ok || s.port < 1 || s.port > 65535)
                return bad(s.shown, LocationText::tr("the port must be a number from 1 to 65535."));
        } else if (key == QLatin1String("user")) {
            s.user = value;
        } else if (key == QLatin1String("password")) {
            s.password = value;
        } else if (key == QLatin1String("dbname")) {
            s.database = value;
        } else if (kPassed.contains(key)) {
            if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('\'')))
                return bad(s.shown,
                           LocationText::tr("the value of %1 must not contain ; or '.").arg(key));
            s.options.append(key + QLatin1Char('=') + value);
        } else {
            return bad(s.shown, LocationText::tr("%1 is not a connection setting it knows "
                                                 "(sslmode, connect_timeout, host, port, …).")
                                    .arg(key));
        }
    }
    return s;
}

} // namespace zansai::store
