#include "main/EncryptionOffer.h"

#include "common/MessageBoxes.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTextDocument>
#include <QVBoxLayout>

namespace zansai::ui {

namespace {

struct OfferText {
    Q_DECLARE_TR_FUNCTIONS(zansai::ui::EncryptionOffer)
};

EncryptionOffer* gInstance = nullptr;
QPointer<QProgressDialog> gProgress;

// The settings key of one store: a hash of its absolute path ('/' would make QSettings groups).
QString settingsKey(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    return QStringLiteral("security/encryptionOffer/") +
           QString::fromLatin1(
               QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString unrecoverableWarning()
{
    return OfferText::tr("If the passphrase is lost, the cases cannot be recovered without the "
                         "recovery key: nobody, not even the developers, can open the store.");
}

void printRecoveryKey(QWidget* parent, const QString& key)
{
    QPrinter printer;
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument doc;
    doc.setHtml(QStringLiteral("<h2>%1</h2><p style='font-family:monospace;font-size:16pt'>%2</p>"
                               "<p>%3</p>")
                    .arg(OfferText::tr("Recovery key of the case store").toHtmlEscaped(),
                         key.toHtmlEscaped(), unrecoverableWarning().toHtmlEscaped()));
    doc.print(&printer);
}

} // namespace

EncryptionOffer::Answer EncryptionOffer::ask(QWidget* parent, const QString& path)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(OfferText::tr("Encrypt the case store"));
    box.setText(OfferText::tr("The case store %1 is not encrypted: anyone who can read the file "
                              "can read the clients' names, incomes and debts. Encrypt it now?")
                    .arg(QDir::toNativeSeparators(path)));
    box.setInformativeText(unrecoverableWarning());
    QPushButton* encrypt = box.addButton(OfferText::tr("Encrypt…"), QMessageBox::AcceptRole);
    QPushButton* later = box.addButton(OfferText::tr("Not now"), QMessageBox::RejectRole);
    QPushButton* never =
        box.addButton(OfferText::tr("Never for this store"), QMessageBox::DestructiveRole);
    box.setDefaultButton(encrypt);
    box.exec();
    if (box.clickedButton() == encrypt)
        return Answer::Encrypt;
    if (box.clickedButton() == never)
        return Answer::Never;
    Q_UNUSED(later);
    return Answer::NotNow;
}

std::optional<QString> EncryptionOffer::newPassphrase(QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(OfferText::tr("Choose a passphrase"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* warning = new QLabel(unrecoverableWarning(), &dialog);
    warning->setWordWrap(true);
    layout->addWidget(warning);
    auto* first = new QLineEdit(&dialog);
    auto* second = new QLineEdit(&dialog);
    first->setObjectName(QStringLiteral("passphrase"));
    second->setObjectName(QStringLiteral("passphraseAgain"));
    first->setPlaceholderText(OfferText::tr("Passphrase"));
    second->setPlaceholderText(OfferText::tr("The same passphrase again"));
    for (QLineEdit* f : {first, second}) {
        f->setEchoMode(QLineEdit::Password);
        layout->addWidget(f);
    }
    auto* mismatch = new QLabel(&dialog);
    layout->addWidget(mismatch);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    auto check = [=] {
        const bool same = first->text() == second->text();
        mismatch->setText(same || second->text().isEmpty()
                              ? QString()
                              : OfferText::tr("The two passphrases differ."));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!first->text().isEmpty() && same);
    };
    QObject::connect(first, &QLineEdit::textChanged, &dialog, check);
    QObject::connect(second, &QLineEdit::textChanged, &dialog, check);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    check();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    QString chosen = first->text();
    first->clear();
    second->clear();
    return chosen;
}

bool EncryptionOffer::showRecoveryKey(QWidget* parent, const QString& recoveryKey)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(OfferText::tr("Recovery key"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* text = new QLabel(OfferText::tr("The case store is encrypted. This is its recovery key: "
                                          "the only way in if the passphrase is lost. It is shown "
                                          "only now. Print it or write it down, and keep it "
                                          "locked away from the computer."),
                            &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* key = new QLineEdit(recoveryKey, &dialog);
    key->setObjectName(QStringLiteral("recoveryKey"));
    key->setReadOnly(true);
    key->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(key);
    auto* actions = new QHBoxLayout;
    auto* print = new QPushButton(OfferText::tr("Print…"), &dialog);
    auto* copy = new QPushButton(OfferText::tr("Copy"), &dialog);
    print->setObjectName(QStringLiteral("printRecoveryKey"));
    copy->setObjectName(QStringLiteral("copyRecoveryKey"));
    actions->addWidget(print);
    actions->addWidget(copy);
    actions->addStretch();
    layout->addLayout(actions);
    QObject::connect(print, &QPushButton::clicked, &dialog,
                     [&] { printRecoveryKey(&dialog, recoveryKey); });
    QObject::connect(copy, &QPushButton::clicked, &dialog,
                     [&] { QApplication::clipboard()->setText(recoveryKey); });
    auto* kept =
        new QCheckBox(OfferText::tr("I have kept the recovery key somewhere safe"), &dialog);
    kept->setObjectName(QStringLiteral("keptRecoveryKey"));
    layout->addWidget(kept);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    QObject::connect(kept, &QCheckBox::toggled, buttons->button(QDialogButtonBox::Ok),
                     &QPushButton::setEnabled);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    layout->addWidget(buttons);
    return dialog.exec() == QDialog::Accepted && kept->isChecked();
}

void EncryptionOffer::progress(QWidget* parent, bool running)
{
    if (!running) {
        delete gProgress;
        return;
    }
    gProgress =
        new QProgressDialog(OfferText::tr("Encrypting the case store…"), QString(), 0, 0, parent);
    gProgress->setWindowModality(Qt::ApplicationModal);
    gProgress->setMinimumDuration(0);
    gProgress->show();
    QCoreApplication::processEvents(); // painted before encrypt() blocks
}

EncryptionOffer& EncryptionOffer::instance()
{
    static EncryptionOffer real;
    return gInstance ? *gInstance : real;
}

void EncryptionOffer::setInstance(EncryptionOffer* offer)
{
    gInstance = offer;
}

QString encryptionOfferMemory(const QString& path)
{
    return QSettings().value(settingsKey(path)).toString();
}

void forgetEncryptionOffer(const QString& path)
{
    QSettings().remove(settingsKey(path));
}

std::unique_ptr<CaseStore> offerEncryption(std::unique_ptr<CaseStore> store, QWidget* parent,
                                           const Clock& clock)
{
    if (!store || store->encrypted())
        return store;
    const QString path = store->path();
    const QString memory = encryptionOfferMemory(path);
    const QDate today = clock.now().date();
    if (memory == QLatin1String("never"))
        return store;
    if (memory.startsWith(QLatin1String("later:"))) {
        const QDate asked = QDate::fromString(memory.mid(6), Qt::ISODate);
        // A date in the future (a clock that was wrong) does not silence the offer for ever.
        if (asked.isValid() && asked <= today && asked.daysTo(today) < kEncryptionOfferPauseDays)
            return store;
    }
    auto& offer = EncryptionOffer::instance();
    const auto answer = offer.ask(parent, path);
    const auto remember = [&](const QString& value) {
        QSettings().setValue(settingsKey(path), value);
    };
    if (answer == EncryptionOffer::Answer::Never) {
        remember(QStringLiteral("never"));
        return store;
    }
    std::optional<QString> passphrase;
    if (answer == EncryptionOffer::Answer::Encrypt)
        passphrase = offer.newPassphrase(parent);
    if (!passphrase || passphrase->isEmpty()) {
        remember(QStringLiteral("later:") + today.toString(Qt::ISODate));
        return store;
    }
    store.reset(); // encrypt() needs the store closed (WAL checkpointed, no reader)
    offer.progress(parent, true);
    auto converted = CaseStore::encrypt(path, *passphrase, clock);
    offer.progress(parent, false);
    if (!converted) {
        passphrase->fill(QLatin1Char(' '));
        MessageBoxes::instance().warning(
            parent, OfferText::tr("Encrypt the case store"),
            OfferText::tr("The case store %1 was not encrypted; it stays as it was.\n\n%2")
                .arg(QDir::toNativeSeparators(path), converted.error().message));
        remember(QStringLiteral("later:") + today.toString(Qt::ISODate));
        auto plain = CaseStore::open(path, clock);
        return plain ? std::move(plain).value() : nullptr;
    }
    forgetEncryptionOffer(path);
    QString recoveryKey = converted->recoveryKey;
    while (!offer.showRecoveryKey(parent, recoveryKey))
        MessageBoxes::instance().warning(
            parent, OfferText::tr("Recovery key"),
            OfferText::tr("Please keep the recovery key before going on: it is not shown again."));
    recoveryKey.fill(QLatin1Char(' '));
    store::crypto::Unlock unlock;
    unlock.passphrase = *passphrase;
    passphrase->fill(QLatin1Char(' '));
    auto reopened = CaseStore::open(path, unlock, clock);
    unlock.passphrase.fill(QLatin1Char(' '));
    if (!reopened) {
        MessageBoxes::instance().warning(parent, OfferText::tr("Encrypt the case store"),
                                         reopened.error().message);
        return nullptr;
    }
    return std::move(reopened).value();
}

} // namespace zansai::ui
