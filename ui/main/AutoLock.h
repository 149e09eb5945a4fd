// The auto-lock of an encrypted case store (docs/security.md, issue 14 item 5): after a
// configurable idle time (Settings: security/autoLockMinutes, default 5; 0 turns it off) pending
// edits are saved, the window's client data is covered, every other window of the app is hidden,
// and the store's key is wiped from memory. Unlocking asks for the passphrase again.
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QMainWindow;
class QWidget;

namespace zansai {
class CaseStore;
}

namespace zansai::ui {

class AutoLock : public QObject {
    Q_OBJECT
public:
    // `flush` saves pending edits before the key goes. The window and the store outlive this.
    AutoLock(QMainWindow* window, CaseStore* store, std::function<void()> flush);
    ~AutoLock() override;

    static int idleMinutesSetting(); // security/autoLockMinutes
    void setIdleInterval(int ms);    // 0: never (tests set milliseconds)
    int idleInterval() const;
    bool isLocked() const { return overlay_ != nullptr; }

    void lockNow();
    bool unlock(); // asks for the passphrase; false if cancelled

signals:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void placeOverlay();

    QMainWindow* window_;
    CaseStore* store_;
    std::function<void()> flush_;
    QTimer idle_;
    QWidget* overlay_ = nullptr;
    QString title_;
    QList<QPointer<QWidget>> hidden_;
};

} // namespace zansai::ui
