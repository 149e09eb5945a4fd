#include "main/AutoLock.h"

#include "main/PassphrasePrompt.h"
#include "store/CaseStore.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace zansai::ui {

namespace {
constexpr int kDefaultMinutes = 5;

bool isInput(QEvent::Type t)
{
    switch (t) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}
} // namespace

AutoLock::AutoLock(QMainWindow* window, CaseStore* store, std::function<void()> flush)
    : window_(window), store_(store), flush_(std::move(flush))
{
    idle_.setSingleShot(true);
    connect(&idle_, &QTimer::timeout, this, &AutoLock::lockNow);
    setIdleInterval(idleMinutesSetting() * 60 * 1000);
    qApp->installEventFilter(this); // any input anywhere in the app counts as activity
}

AutoLock::~AutoLock()
{
    qApp->removeEventFilter(this);
    delete overlay_;
}

int AutoLock::idleMinutesSetting()
{
    return qMax(
        0, QSettings().value(QStringLiteral("security/autoLockMinutes"), kDefaultMinutes).toInt());
}

void AutoLock::setIdleInterval(int ms)
{
    idle_.setInterval(ms);
    if (ms > 0 && !isLocked())
        idle_.start();
    else
        idle_.stop();
}

int AutoLock::idleInterval() const
{
    return idle_.interval();
}

bool AutoLock::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == window_ && event->type() == QEvent::Resize && overlay_)
        placeOverlay();
    else if (isInput(event->type()) && !isLocked() && idle_.interval() > 0)
        idle_.start(); // restarts the idle time
    return QObject::eventFilter(watched, event);
}

void AutoLock::placeOverlay()
{
    overlay_->setGeometry(window_->rect());
    overlay_->raise();
}

void AutoLock::lockNow()
{
    if (isLocked() || !store_ || !store_->encrypted())
        return;
    if (flush_)
        flush_(); // pending edits are saved while the key is still there
    idle_.stop();
    // Every other window of the app (the interview, a preview, a dialog) is hidden; the main
    // window's contents are covered, its menus disabled, its title cleared of any client name.
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w != window_ && w->isVisible()) {
            hidden_.append(w);
            w->hide();
        }
    title_ = window_->windowTitle();
    window_->setWindowTitle(QCoreApplication::applicationName());
    window_->menuBar()->setEnabled(false);
    overlay_ = new QWidget(window_);
    overlay_->setObjectName(QStringLiteral("lockOverlay"));
    overlay_->setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(overlay_);
    layout->addStretch();
    auto* label = new QLabel(tr("The case store is locked after %n minute(s) without use. Client "
                                "data is hidden and the key is wiped from memory.",
                                nullptr, idle_.interval() / 60000),
                             overlay_);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
    auto* button = new QPushButton(tr("Unlock…"), overlay_);
    button->setObjectName(QStringLiteral("unlockButton"));
    connect(button, &QPushButton::clicked, this, [this] { unlock(); });
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch();
    placeOverlay();
    overlay_->show();
    store_->lock(); // sodium_free: the key is overwritten
    emit lockedChanged(true);
}

bool AutoLock::unlock()
{
    if (!isLocked())
        return true;
    if (!unlockInteractively(*store_, window_))
        return false;
    overlay_->deleteLater();
    overlay_ = nullptr;
    window_->menuBar()->setEnabled(true);
    window_->setWindowTitle(title_);
    for (const QPointer<QWidget>& w : std::as_const(hidden_))
        if (w)
            w->show();
    hidden_.clear();
    if (idle_.interval() > 0)
        idle_.start();
    emit lockedChanged(false);
    return true;
}

} // namespace zansai::ui
