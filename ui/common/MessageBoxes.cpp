#include "common/MessageBoxes.h"

namespace zansai::ui {

namespace {
MessageBoxes* g_override = nullptr;
}

QMessageBox::StandardButton MessageBoxes::question(QWidget* parent, const QString& title,
                                                   const QString& text,
                                                   QMessageBox::StandardButtons buttons)
{
    return QMessageBox::question(parent, title, text, buttons);
}

void MessageBoxes::information(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::information(parent, title, text);
}

void MessageBoxes::warning(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::warning(parent, title, text);
}

void MessageBoxes::about(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::about(parent, title, text);
}

MessageBoxes& MessageBoxes::instance()
{
    static MessageBoxes real;
    return g_override ? *g_override : real;
}

void MessageBoxes::setInstance(MessageBoxes* boxes)
{
    g_override = boxes;
}

} // namespace zansai::ui
