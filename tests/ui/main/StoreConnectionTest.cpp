// Settings ▸ Case store… (issue 16): a file or the firm store on a PostgreSQL server. The setting
// is kept without the password; the password goes to the keyring only when asked; a wrong field
// or a server that cannot be reached is said in the dialog, naming the field, and nothing is
// saved. Keyboard: every field has a mnemonic label and the default button is OK.
#include "main/StoreConnection.h"
#include "main/Keyring.h"
#include "main/StoreConnectionDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace zansai;

namespace {

struct FakeKeyring : ui::Keyring {
    QMap<QString, QString> kept;
    bool available() const override { return true; }
    std::optional<QString> read(const QString& path) override
    {
        return kept.contains(path) ? std::optional<QString>(kept.value(path)) : std::nullopt;
    }
    bool write(const QString& path, const QString& password) override
    {
        kept.insert(path, password);
        return true;
    }
    void remove(const QString& path) override { kept.remove(path); }
};

class StoreConnectionTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir_.path());
        QSettings().clear();
        ui::Keyring::setInstance(&keyring_);
    }
    void TearDown() override
    {
        QSettings().clear();
        ui::Keyring::setInstance(nullptr);
    }
    template <typename T> T* child(ui::StoreConnectionDialog& d, const char* name)
    {
        auto* w = d.findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }
    void fill(ui::StoreConnectionDialog& d, const QString& host, int port, const QString& db,
              const QString& user, const QString& password)
    {
        child<QRadioButton>(d, "storeKindServer")->setChecked(true);
        child<QLineEdit>(d, ui::kFieldHost)->setText(host);
        child<QSpinBox>(d, ui::kFieldPort)->setValue(port);
        child<QLineEdit>(d, ui::kFieldDatabase)->setText(db);
        child<QLineEdit>(d, ui::kFieldUser)->setText(user);
        child<QLineEdit>(d, ui::kFieldPassword)->setText(password);
    }
    QTemporaryDir dir_;
    FakeKeyring keyring_;
};

TEST_F(StoreConnectionTest, ServerSettingIsSavedWithoutThePassword)
{
    ui::StoreConnectionDialog d(ui::StoreConnection::load());
    fill(d, QStringLiteral("db.office.example"), 5433, QStringLiteral("zansai"),
         QStringLiteral("tanaka"), QStringLiteral("s3cret-合言葉"));
    child<QComboBox>(d, "storeSslmode")->setCurrentText(QStringLiteral("verify-full"));
    QString probed;
    d.setProbe([&](const QString& location) {
        probed = location;
        return Status(Ok{});
    });
    d.accept();
    EXPECT_EQ(d.result(), QDialog::Accepted);
    EXPECT_TRUE(d.problem().isEmpty());
    // The connection was tried with the password …
    EXPECT_TRUE(probed.startsWith(QStringLiteral("postgresql://tanaka:")));
    // … and the setting holds everything but it.
    const ui::StoreConnection saved = ui::StoreConnection::load();
    EXPECT_TRUE(saved.server);
    EXPECT_EQ(saved.host, QStringLiteral("db.office.example"));
    EXPECT_EQ(saved.port, 5433);
    EXPECT_EQ(saved.database, QStringLiteral("zansai"));
    EXPECT_EQ(saved.user, QStringLiteral("tanaka"));
    EXPECT_EQ(saved.sslmode, QStringLiteral("verify-full"));
    EXPECT_EQ(saved.location(), QStringLiteral("postgresql://tanaka@db.office.example:5433/"
                                               "zansai?sslmode=verify-full&connect_timeout=10"));
    QSettings s;
    for (const QString& key : s.allKeys()) {
        EXPECT_FALSE(key.contains(QStringLiteral("password"), Qt::CaseInsensitive));
        EXPECT_FALSE(s.value(key).toString().contains(QStringLiteral("s3cret")));
    }
    s.sync();
    QFile file(s.fileName());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains("s3cret"));
    EXPECT_TRUE(keyring_.kept.isEmpty()); // not asked to remember
}

TEST_F(StoreConnectionTest, RememberKeepsThePasswordInTheKeyringOnly)
{
    ui::StoreConnectionDialog d(ui::StoreConnection::load());
    fill(d, QStringLiteral("db.office.example"), 5432, QStringLiteral("zansai"),
         QStringLiteral("tanaka"), QStringLiteral("s3cret"));
    child<QCheckBox>(d, "storeRememberPassword")->setChecked(true);
    d.setProbe([](const QString&) { return Status(Ok{}); });
    d.accept();
    ASSERT_EQ(d.result(), QDialog::Accepted);
    const QString key = ui::keyringKey(ui::StoreConnection::load());
    EXPECT_EQ(keyring_.kept.value(key), QStringLiteral("s3cret"));
    EXPECT_EQ(key, QStringLiteral("/zansai-firm-store/tanaka@db.office.example:5432/zansai"));
}

TEST_F(StoreConnectionTest, UnreachableServerIsNamedInTheDialogAndNothingIsSaved)
{
    ui::StoreConnectionDialog d(ui::StoreConnection::load());
    // The real probe (CaseStore::open): nothing listens on port 1 of this machine.
    fill(d, QStringLiteral("127.0.0.1"), 1, QStringLiteral("zansai"), QStringLiteral("tanaka"),
         QStringLiteral("x"));
    d.accept();
    EXPECT_NE(d.result(), QDialog::Accepted);
    EXPECT_TRUE(d.problem().startsWith(QStringLiteral("Server: "))) << d.problem().toStdString();
    EXPECT_TRUE(d.problem().contains(QStringLiteral("127.0.0.1")));
    EXPECT_FALSE(d.problem().contains(QStringLiteral(":x@"))); // the password is never shown
    EXPECT_FALSE(QSettings().contains(QStringLiteral("store/kind")));
}

TEST_F(StoreConnectionTest, MissingFieldsAreNamedBeforeAnyConnection)
{
    struct Row {
        QString host;
        QString database;
        QString user;
        QString label; // the start of the message: the field's name
    };
    const QList<Row> rows{
        {QString(), QStringLiteral("zansai"), QStringLiteral("tanaka"), QStringLiteral("Server: ")},
        {QStringLiteral("db"), QString(), QStringLiteral("tanaka"), QStringLiteral("Database: ")},
        {QStringLiteral("db"), QStringLiteral("zansai"), QString(), QStringLiteral("User: ")},
    };
    for (const Row& row : rows) {
        ui::StoreConnectionDialog d(ui::StoreConnection::load());
        fill(d, row.host, 5432, row.database, row.user, QString());
        int probes = 0;
        d.setProbe([&](const QString&) {
            ++probes;
            return Status(Ok{});
        });
        d.accept();
        EXPECT_NE(d.result(), QDialog::Accepted);
        EXPECT_TRUE(d.problem().startsWith(row.label)) << d.problem().toStdString();
        EXPECT_EQ(probes, 0);
    }
    EXPECT_FALSE(QSettings().contains(QStringLiteral("store/kind")));
}

TEST_F(StoreConnectionTest, ServerMessagesNameTheFieldAtFault)
{
    ui::StoreConnection c;
    c.server = true;
    c.host = QStringLiteral("db");
    c.database = QStringLiteral("zansai");
    c.user = QStringLiteral("tanaka");
    struct Row {
        const char* detail; // as libpq says it
        const char* field;
    };
    const Row rows[] = {
        {"FATAL:  password authentication failed for user \"tanaka\"", ui::kFieldPassword},
        {"FATAL:  role \"tanaka\" does not exist", ui::kFieldUser},
        {"FATAL:  database \"zansai\" does not exist", ui::kFieldDatabase},
        {"could not connect to server: Connection refused", ui::kFieldHost},
    };
    for (const Row& row : rows) {
        const Error e = ui::connectionError(c, QString::fromUtf8(row.detail));
        EXPECT_EQ(e.field, QString::fromLatin1(row.field)) << row.detail;
        EXPECT_TRUE(e.message.contains(QString::fromUtf8(row.detail)));
    }
}

TEST_F(StoreConnectionTest, AFileStaysAFileAndEveryFieldHasAKeyboardLabel)
{
    ui::StoreConnectionDialog d(ui::StoreConnection::load());
    EXPECT_TRUE(child<QRadioButton>(d, "storeKindFile")->isChecked()); // nothing saved: a file
    child<QLineEdit>(d, ui::kFieldFile)->setText(dir_.filePath(QStringLiteral("cases.sqlite")));
    d.accept();
    ASSERT_EQ(d.result(), QDialog::Accepted);
    EXPECT_FALSE(ui::StoreConnection::load().server);
    EXPECT_EQ(ui::StoreConnection::load().location(),
              dir_.filePath(QStringLiteral("cases.sqlite")));
    // Each server field is reached with Alt+letter through its label.
    for (const char* name : {ui::kFieldHost, ui::kFieldPort, ui::kFieldDatabase, ui::kFieldUser,
                             ui::kFieldPassword, "storeSslmode"}) {
        bool labelled = false;
        for (QLabel* l : d.findChildren<QLabel*>())
            labelled |= l->buddy() && l->buddy()->objectName() == QLatin1String(name) &&
                        l->text().contains(u'&');
        EXPECT_TRUE(labelled) << name;
    }
}

} // namespace
