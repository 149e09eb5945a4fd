#include "main/AutoLockSetting.h"

#include "main/AutoLock.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace zansai::ui {

namespace {
struct SettingText {
    Q_DECLARE_TR_FUNCTIONS(zansai::ui::AutoLockSetting)
};
} // namespace

std::optional<int> askAutoLockMinutes(QWidget* parent, int current)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(SettingText::tr("Lock after idle time"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* text = new QLabel(SettingText::tr("After this many minutes without input, an encrypted "
                                            "case store is locked: the client data is hidden and "
                                            "the passphrase is asked again. 0 turns this off."),
                            &dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* minutes = new QSpinBox(&dialog);
    minutes->setObjectName(QStringLiteral("autoLockMinutes"));
    minutes->setRange(0, kMaxAutoLockMinutes);
    minutes->setSuffix(SettingText::tr(" min"));
    minutes->setSpecialValueText(SettingText::tr("Off"));
    minutes->setValue(current);
    layout->addWidget(minutes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return minutes->value();
}

void setAutoLockMinutes(int minutes, AutoLock* lock)
{
    minutes = qBound(0, minutes, kMaxAutoLockMinutes);
    QSettings().setValue(QStringLiteral("security/autoLockMinutes"), minutes);
    if (lock)
        lock->setIdleInterval(minutes * 60 * 1000);
}

void editAutoLockMinutes(QWidget* parent, AutoLock* lock)
{
    if (const auto minutes = askAutoLockMinutes(parent, AutoLock::idleMinutesSetting()))
        setAutoLockMinutes(*minutes, lock);
}

} // namespace zansai::ui
