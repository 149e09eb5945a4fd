#include "main/PassphrasePrompt.h"

#include "main/Keyring.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace zansai::ui {

namespace {

struct PromptText {
    Q_DECLARE_TR_FUNCTIONS(zansai::ui::PassphrasePrompt)
};

PassphrasePrompt* gInstance = nullptr;

bool isPassphraseError(const Error& e)
{
    return e.field == QLatin1String(kStoreFieldPassphrase);
}

} // namespace

std::optional<store::crypto::Unlock> PassphrasePrompt::ask(QWidget* parent, const QString& path,
                                                           const QString& problem)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(PromptText::tr("Unlock the case store"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* text = new QLabel(PromptText::tr("The case store %1 is encrypted. Enter its passphrase.")
                                .arg(QDir::toNativeSeparators(path)),
                            &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    if (!problem.isEmpty()) {
        auto* error = new QLabel(problem, &dialog);
        error->setWordWrap(true);
        error->setObjectName(QStringLiteral("problem"));
        layout->addWidget(error);
    }
    auto* field = new QLineEdit(&dialog);
    field->setEchoMode(QLineEdit::Password);
    field->setObjectName(QStringLiteral("passphrase"));
    layout->addWidget(field);
    auto* recovery =
        new QCheckBox(PromptText::tr("I lost the passphrase: use the recovery key"), &dialog);
    layout->addWidget(recovery);
    QCheckBox* remember = nullptr;
    if (Keyring::instance().available()) {
        remember = new QCheckBox(PromptText::tr("Remember the passphrase in the desktop keyring"),
                                 &dialog);
        remember->setObjectName(QStringLiteral("rememberInKeyring"));
        layout->addWidget(remember);
        QObject::connect(recovery, &QCheckBox::toggled, remember, &QWidget::setDisabled);
    }
    QObject::connect(recovery, &QCheckBox::toggled, field, [field](bool on) {
        field->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        field->setPlaceholderText(on ? QStringLiteral("XXXX-XXXX-…") : QString());
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    field->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    remember_ = remember && remember->isChecked() && !recovery->isChecked();
    store::crypto::Unlock unlock;
    (recovery->isChecked() ? unlock.recoveryKey : unlock.passphrase) = field->text();
    field->clear();
    return unlock;
}

PassphrasePrompt& PassphrasePrompt::instance()
{
    static PassphrasePrompt real;
    return gInstance ? *gInstance : real;
}

void PassphrasePrompt::setInstance(PassphrasePrompt* prompt)
{
    gInstance = prompt;
}

Result<std::unique_ptr<CaseStore>> unlockInteractively(Result<std::unique_ptr<CaseStore>> opened,
                                                       const QString& path, QWidget* parent,
                                                       const Clock& clock)
{
    if (!opened && isPassphraseError(opened.error())) {
        if (auto kept = Keyring::instance().read(path)) {
            opened = CaseStore::open(path, store::crypto::Unlock{*kept, {}}, clock);
            kept->fill(QLatin1Char(' '));
            if (!opened && isPassphraseError(opened.error()))
                Keyring::instance().remove(path); // the passphrase was changed: stale
        }
    }
    QString problem; // nothing the first time: no passphrase was given yet
    while (!opened && isPassphraseError(opened.error())) {
        auto& prompt = PassphrasePrompt::instance();
        auto unlock = prompt.ask(parent, path, problem);
        if (!unlock)
            return Error{QString::fromLatin1(kStoreFieldPassphrase),
                         PromptText::tr("The case store was not unlocked.")};
        opened = CaseStore::open(path, *unlock, clock);
        if (!opened)
            problem = opened.error().message;
        else if (prompt.rememberInKeyring() && !unlock->passphrase.isEmpty())
            Keyring::instance().write(path, unlock->passphrase);
        unlock->passphrase.fill(QLatin1Char(' '));
    }
    return opened;
}

bool unlockInteractively(CaseStore& store, QWidget* parent)
{
    if (store.locked()) {
        if (auto kept = Keyring::instance().read(store.path())) {
            if (!store.unlock(store::crypto::Unlock{*kept, {}}).ok())
                Keyring::instance().remove(store.path()); // the passphrase was changed: stale
            kept->fill(QLatin1Char(' '));
        }
    }
    QString problem;
    while (store.locked()) {
        auto& prompt = PassphrasePrompt::instance();
        auto unlock = prompt.ask(parent, store.path(), problem);
        if (!unlock)
            return false;
        if (Status s = store.unlock(*unlock); !s)
            problem = s.error().message;
        else if (prompt.rememberInKeyring() && !unlock->passphrase.isEmpty())
            Keyring::instance().write(store.path(), unlock->passphrase);
        unlock->passphrase.fill(QLatin1Char(' '));
    }
    return true;
}

} // namespace zansai::ui
