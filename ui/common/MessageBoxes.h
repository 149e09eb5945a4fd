// A facade over QMessageBox so tests can answer dialogs without a person.
#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace zansai::ui {

class MessageBoxes {
public:
    virtual ~MessageBoxes() = default;
    virtual QMessageBox::StandardButton
    question(QWidget* parent, const QString& title, const QString& text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No);
    virtual void information(QWidget* parent, const QString& title, const QString& text);
    virtual void warning(QWidget* parent, const QString& title, const QString& text);
    virtual void about(QWidget* parent, const QString& title, const QString& text);

    // The process-wide instance; tests install a scripted one with setInstance().
    static MessageBoxes& instance();
    static void setInstance(MessageBoxes* boxes); // nullptr restores the real dialogs
};

} // namespace zansai::ui
