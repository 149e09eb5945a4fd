#include "main/StoreConnectionDialog.h"

#include "common/MessageBoxes.h"
#include "main/Keyring.h"
#include "store/CaseStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace zansai::ui {

namespace {

QLineEdit* lineEdit(const char* name, QWidget* parent)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(name));
    return e;
}

Status openOnce(const QString& location)
{
    auto store = CaseStore::open(location);
    if (!store)
        return store.error();
    return Ok{};
}

} // namespace

StoreConnectionDialog::StoreConnectionDialog(const StoreConnection& current, QWidget* parent)
    : QDialog(parent), probe_(&openOnce)
{
    setWindowTitle(tr("Case store"));
    auto* layout = new QVBoxLayout(this);
    fileChoice_ = new QRadioButton(tr("A &file on this computer"), this);
    fileChoice_->setObjectName(QStringLiteral("storeKindFile"));
    layout->addWidget(fileChoice_);
    auto* fileRow = new QHBoxLayout;
    file_ = lineEdit(kFieldFile, this);
    file_->setText(current.file);
    fileRow->addWidget(file_);
    auto* browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("Case store file"), file_->text(),
                                                       tr("Case stores (*.sqlite)"), nullptr,
                                                       QFileDialog::DontConfirmOverwrite);
        if (!f.isEmpty())
            file_->setText(f);
    });
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);

    serverChoice_ = new QRadioButton(tr("The firm store on a &PostgreSQL server"), this);
    serverChoice_->setObjectName(QStringLiteral("storeKindServer"));
    layout->addWidget(serverChoice_);
    auto* form = new QFormLayout;
    host_ = lineEdit(kFieldHost, this);
    host_->setText(current.host);
    form->addRow(tr("&Server:"), host_);
    port_ = new QSpinBox(this);
    port_->setObjectName(QString::fromLatin1(kFieldPort));
    port_->setRange(1, 65535);
    port_->setValue(current.port);
    form->addRow(tr("P&ort:"), port_);
    database_ = lineEdit(kFieldDatabase, this);
    database_->setText(current.database);
    form->addRow(tr("&Database:"), database_);
    user_ = lineEdit(kFieldUser, this);
    user_->setText(current.user);
    form->addRow(tr("&User:"), user_);
    sslmode_ = new QComboBox(this);
    sslmode_->setObjectName(QStringLiteral("storeSslmode"));
    sslmode_->addItems(StoreConnection::sslmodes());
    sslmode_->setCurrentText(current.sslmode);
    sslmode_->setToolTip(tr("prefer: encrypted (TLS) when the server offers it; require: only "
                            "encrypted; verify-full: encrypted, and the server's certificate and "
                            "name are checked."));
    form->addRow(tr("&Encryption (sslmode):"), sslmode_);
    password_ = lineEdit(kFieldPassword, this);
    password_->setEchoMode(QLineEdit::Password);
    password_->setToolTip(tr("Used to connect now; it is not saved with the settings."));
    form->addRow(tr("Pass&word:"), password_);
    remember_ = new QCheckBox(tr("&Remember the password in the desktop keyring"), this);
    remember_->setObjectName(QStringLiteral("storeRememberPassword"));
    remember_->setVisible(Keyring::instance().available());
    form->addRow(QString(), remember_);
    layout->addLayout(form);

    problem_ = new QLabel(this);
    problem_->setObjectName(QStringLiteral("storeProblem"));
    problem_->setWordWrap(true);
    problem_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    problem_->hide();
    layout->addWidget(problem_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    (current.server ? serverChoice_ : fileChoice_)->setChecked(true);
    connect(serverChoice_, &QRadioButton::toggled, this, &StoreConnectionDialog::updateEnabled);
    updateEnabled();
}

void StoreConnectionDialog::updateEnabled()
{
    const bool server = serverChoice_->isChecked();
    file_->setEnabled(!server);
    for (QWidget* w : std::initializer_list<QWidget*>{host_, port_, database_, user_, sslmode_,
                                                      password_, remember_})
        w->setEnabled(server);
}

StoreConnection StoreConnectionDialog::connection() const
{
    StoreConnection c;
    c.server = serverChoice_->isChecked();
    c.file = file_->text().trimmed();
    c.host = host_->text().trimmed();
    c.port = port_->value();
    c.database = database_->text().trimmed();
    c.user = user_->text().trimmed();
    c.sslmode = sslmode_->currentText();
    return c;
}

QString StoreConnectionDialog::problem() const
{
    return problem_->isHidden() ? QString() : problem_->text();
}

void StoreConnectionDialog::showProblem(const Error& e)
{
    problem_->setText(e.message);
    problem_->show();
    if (auto* w = findChild<QWidget*>(e.field))
        w->setFocus();
}

void StoreConnectionDialog::accept()
{
    const StoreConnection c = connection();
    if (Status s = c.check(); !s)
        return showProblem(s.error());
    if (c.server) {
        const QString password = password_->text();
        if (Status s = probe_(c.locationWithPassword(password)); !s)
            return showProblem(connectionError(c, s.error().message));
        if (!remember_->isHidden() && remember_->isChecked() && !password.isEmpty())
            Keyring::instance().write(keyringKey(c), password);
        else if (!password.isEmpty())
            Keyring::instance().remove(keyringKey(c));
    }
    problem_->hide();
    c.save();
    QDialog::accept();
}

bool editStoreConnection(QWidget* parent)
{
    StoreConnectionDialog dialog(StoreConnection::load(), parent);
    return dialog.exec() == QDialog::Accepted;
}

StoreConnection configuredStoreConnection()
{
    return StoreConnection::load();
}

} // namespace zansai::ui
