#include "main/StoreOpener.h"

#include "common/MessageBoxes.h"
#include "main/PassphrasePrompt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace zansai::ui {

namespace {
struct OpenerText {
    Q_DECLARE_TR_FUNCTIONS(zansai::ui::StoreOpener)
};
} // namespace

std::unique_ptr<CaseStore> openStoreInteractively(const QString& path, QWidget* parent,
                                                  const Clock& clock)
{
    auto& boxes = MessageBoxes::instance();
    // An encrypted store: its passphrase is asked for (PassphrasePrompt) until it opens.
    auto opened = unlockInteractively(CaseStore::open(path, clock), path, parent, clock);
    if (opened)
        return std::move(opened).value();
    const Error error = opened.error();
    const QStringList backups = CaseStore::backupsOf(path);
    if (error.field != QLatin1String(kStoreFieldDamaged) || backups.isEmpty()) {
        boxes.warning(parent, OpenerText::tr("Case store"),
                      OpenerText::tr("The case store %1 could not be opened.\n\n%2\n\nThe app runs "
                                     "without it: nothing can be saved until this is fixed.")
                          .arg(QDir::toNativeSeparators(path), error.message));
        return nullptr;
    }
    const QString newest = QFileInfo(backups.first()).fileName();
    const auto answer = boxes.question(
        parent, OpenerText::tr("Case store damaged"),
        OpenerText::tr("%1\n\nRestore the newest backup (%2)? The damaged file is kept beside it, "
                       "untouched, for a specialist to look at.")
            .arg(error.message, newest));
    if (answer != QMessageBox::Yes)
        return nullptr;
    if (Status s = CaseStore::restoreBackup(backups.first(), path); !s) {
        boxes.warning(parent, OpenerText::tr("Case store damaged"), s.error().message);
        return nullptr;
    }
    auto again = unlockInteractively(CaseStore::open(path, clock), path, parent, clock);
    if (!again) {
        boxes.warning(parent, OpenerText::tr("Case store damaged"), again.error().message);
        return nullptr;
    }
    boxes.information(parent, OpenerText::tr("Case store restored"),
                      OpenerText::tr("The backup %1 was restored. Cases saved after it was made "
                                     "are not in it.")
                          .arg(newest));
    return std::move(again).value();
}

} // namespace zansai::ui
