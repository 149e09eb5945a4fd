// Settings ▸ Case store…: choose a file on this computer or the firm store on a PostgreSQL server
// (host, port, database, user, sslmode). OK checks the fields and, for a server, connects once:
// a wrong field or a server that cannot be reached is said in the dialog, naming the field, which
// gets the focus; the dialog stays open. Accepted, the setting is saved (StoreConnection::save,
// never the password) and the password kept in the desktop keyring only if asked.
#pragma once

#include "main/StoreConnection.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace zansai::ui {

class StoreConnectionDialog : public QDialog {
    Q_OBJECT
public:
    explicit StoreConnectionDialog(const StoreConnection& current, QWidget* parent = nullptr);

    StoreConnection connection() const; // as the fields say now
    QString problem() const;            // the last check's message (empty: none)

    // How OK tries a server (tests may replace it): an error, or Ok once it opened.
    using Probe = std::function<Status(const QString& locationWithPassword)>;
    void setProbe(Probe probe) { probe_ = std::move(probe); }

    void accept() override;

private:
    void showProblem(const Error& e);
    void updateEnabled();

    QRadioButton* fileChoice_;
    QRadioButton* serverChoice_;
    QLineEdit* file_;
    QLineEdit* host_;
    QSpinBox* port_;
    QLineEdit* database_;
    QLineEdit* user_;
    QComboBox* sslmode_;
    QLineEdit* password_;
    QCheckBox* remember_;
    QLabel* problem_;
    Probe probe_;
};

// The dialog, then (accepted) the setting saved; true when it was changed. The caller then
// opens the new store and switches to it (MainWindow::storeSettingChanged; app/main.cpp).
bool editStoreConnection(QWidget* parent);

// The store location the app opens when no --db is given: the saved setting (a server's without
// its password, which openServerInteractively asks or reads from the keyring).
StoreConnection configuredStoreConnection();

} // namespace zansai::ui
