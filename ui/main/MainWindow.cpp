#include "main/MainWindow.h"

#include "Version.h"
#include "common/MessageBoxes.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace zansai::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/zansai.svg")));
    createActions();

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    welcome_ = new QLabel(central);
    welcome_->setObjectName(QStringLiteral("welcomeLabel"));
    welcome_->setWordWrap(true);
    welcome_->setAlignment(Qt::AlignCenter);
    startButton_ = new QPushButton(central);
    startButton_->setObjectName(QStringLiteral("startButton"));
    openButton_ = new QPushButton(central);
    openButton_->setObjectName(QStringLiteral("openButton"));
    connect(startButton_, &QPushButton::clicked, newConsultation_, &QAction::trigger);
    connect(openButton_, &QPushButton::clicked, openCases_, &QAction::trigger);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(startButton_);
    buttons->addWidget(openButton_);
    buttons->addStretch();
    layout->addStretch();
    layout->addWidget(welcome_);
    layout->addLayout(buttons);
    layout->addStretch();
    setCentralWidget(central);

    resize(1200, 760);
    retranslateUi();
}

void MainWindow::createActions()
{
    newConsultation_ = new QAction(this);
    newConsultation_->setObjectName(QStringLiteral("actionNewConsultation"));
    newConsultation_->setShortcut(QKeySequence::New);
    openCases_ = new QAction(this);
    openCases_->setObjectName(QStringLiteral("actionOpenCases"));
    openCases_->setShortcut(QKeySequence::Open);
    quit_ = new QAction(this);
    quit_->setObjectName(QStringLiteral("actionQuit"));
    quit_->setShortcut(QKeySequence::Quit);
    connect(quit_, &QAction::triggered, this, &QWidget::close);

    languageGroup_ = new QActionGroup(this);
    japanese_ = new QAction(QStringLiteral("日本語"), languageGroup_); // each language names itself
    japanese_->setObjectName(QStringLiteral("actionJapanese"));
    japanese_->setCheckable(true);
    english_ = new QAction(QStringLiteral("English"), languageGroup_);
    english_->setObjectName(QStringLiteral("actionEnglish"));
    english_->setCheckable(true);
    connect(japanese_, &QAction::triggered, this,
            [this] { emit languageRequested(Language::Japanese); });
    connect(english_, &QAction::triggered, this,
            [this] { emit languageRequested(Language::English); });

    about_ = new QAction(this);
    about_->setObjectName(QStringLiteral("actionAbout"));
    connect(about_, &QAction::triggered, this, &MainWindow::showAbout);

    fileMenu_ = menuBar()->addMenu(QString());
    fileMenu_->setObjectName(QStringLiteral("menuFile"));
    fileMenu_->addAction(newConsultation_);
    fileMenu_->addAction(openCases_);
    fileMenu_->addSeparator();
    fileMenu_->addAction(quit_);

    settingsMenu_ = menuBar()->addMenu(QString());
    settingsMenu_->setObjectName(QStringLiteral("menuSettings"));
    languageMenu_ = settingsMenu_->addMenu(QString());
    languageMenu_->setObjectName(QStringLiteral("menuLanguage"));
    languageMenu_->addAction(japanese_);
    languageMenu_->addAction(english_);

    helpMenu_ = menuBar()->addMenu(QString());
    helpMenu_->setObjectName(QStringLiteral("menuHelp"));
    helpMenu_->addAction(about_);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Zansai Navigator — residual debt consultation"));
    fileMenu_->setTitle(tr("&File"));
    newConsultation_->setText(tr("&New consultation…"));
    newConsultation_->setStatusTip(tr("Start the interview for a new client"));
    openCases_->setText(tr("&Open saved cases…"));
    quit_->setText(tr("&Quit"));
    settingsMenu_->setTitle(tr("&Settings"));
    languageMenu_->setTitle(tr("&Language"));
    helpMenu_->setTitle(tr("&Help"));
    about_->setText(tr("&About Zansai Navigator"));
    welcome_->setText(tr("Start a consultation, or open a saved case."));
    startButton_->setText(tr("Start a new consultation"));
    openButton_->setText(tr("Open saved cases"));
}

void MainWindow::setLanguage(Language lang)
{
    japanese_->setChecked(lang == Language::Japanese);
    english_->setChecked(lang == Language::English);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::showAbout()
{
    const QString text
        = tr("<h3>Zansai Navigator %1</h3>"
             "<p>A consultation tool for residual debt after a voluntary sale.</p>"
             "<p>This program is free software: you can redistribute it and/or modify it under the "
             "terms of the GNU General Public License, version 3 or (at your option) any later "
             "version (GPL-3.0-or-later).</p>"
             "<p>It shows calculations, not legal advice: court procedures belong with a lawyer "
             "or a judicial scrivener.</p>")
              .arg(QStringLiteral(ZANSAI_VERSION));
    MessageBoxes::instance().about(this, tr("About Zansai Navigator"), text);
}

} // namespace zansai::ui
