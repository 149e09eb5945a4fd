#include "main/CalendarExport.h"

#include "common/MessageBoxes.h"

#include "advice/Consultation.h"
#include "calendar/CaseDates.h"
#include "case/Case.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace zansai::ui {

using calendar::CaseNaming;

namespace {
const char kAlarmKey[] = "calendar/alarm_days";
} // namespace

CalendarExportDialog::CalendarExportDialog(QWidget* parent)
    : QDialog(parent), naming_(new QComboBox(this)), alarm_(new QSpinBox(this)),
      namingLabel_(new QLabel(this)), alarmLabel_(new QLabel(this)), note_(new QLabel(this))
{
    setObjectName(QStringLiteral("calendarExportDialog"));
    naming_->setObjectName(QStringLiteral("calendarNaming"));
    for (CaseNaming n : {CaseNaming::None, CaseNaming::Initials, CaseNaming::Full})
        naming_->addItem(QString(), int(n));
    alarm_->setObjectName(QStringLiteral("calendarAlarmDays"));
    alarm_->setRange(0, calendar::kMaxAlarmDays);
    // The alarm is a working habit and is remembered; the naming is a privacy choice made anew
    // each time, starting from the case number only.
    alarm_->setValue(
        QSettings().value(QLatin1String(kAlarmKey), calendar::kDefaultAlarmDays).toInt());
    namingLabel_->setBuddy(naming_);
    alarmLabel_->setBuddy(alarm_);
    note_->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(namingLabel_, naming_);
    form->addRow(alarmLabel_, alarm_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings().setValue(QLatin1String(kAlarmKey), alarm_->value());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note_);
    layout->addWidget(buttons);
    retranslate();
}

CaseNaming CalendarExportDialog::naming() const
{
    return CaseNaming(naming_->currentData().toInt());
}

void CalendarExportDialog::setNaming(CaseNaming n)
{
    naming_->setCurrentIndex(naming_->findData(int(n)));
}

int CalendarExportDialog::alarmDays() const
{
    return alarm_->value();
}

void CalendarExportDialog::setAlarmDays(int days)
{
    alarm_->setValue(days);
}

void CalendarExportDialog::retranslate()
{
    setWindowTitle(tr("Export to calendar"));
    namingLabel_->setText(tr("&Name the client in events:"));
    naming_->setItemText(0, tr("Case number only"));
    naming_->setItemText(1, tr("Case number and initials"));
    naming_->setItemText(2, tr("Case number and full name"));
    alarmLabel_->setText(tr("&Alarm before each date:"));
    alarm_->setSuffix(tr(" days"));
    note_->setText(tr("Calendars are often copied to phones and shared servers. The events hold "
                      "the dates, the creditors and what to do; never the client's address, "
                      "phone or amounts."));
}

void CalendarExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

Result<int> writeCaseCalendar(const QString& path, const Case& c, const Consultation& consultation,
                              const CalendarExportRequest& r)
{
    calendar::IcsOptions options;
    options.naming = r.naming;
    options.alarmDaysBefore = r.alarmDays;
    options.language = r.language;
    options.stamp = r.stamp;
    const calendar::IcsFile file = calendar::writeIcs(
        {calendar::CalendarCase{r.caseNumber, c.client.name, calendar::caseDates(c, consultation)}},
        options);
    if (const Status saved = calendar::saveIcs(file.bytes, path, QString()); !saved)
        return saved.error();
    return file.events;
}

QString exportCalendarInteractive(QWidget* parent, const Case& c, const Consultation& consultation,
                                  const QString& caseNumber, Language language, QDateTime stamp)
{
    CalendarExportDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    // The suggested name carries the case number, never the client's name.
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("case-%1.ics").arg(caseNumber));
    const QString path = QFileDialog::getSaveFileName(
        parent, CalendarExportDialog::tr("Export to calendar"), suggested,
        CalendarExportDialog::tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return {};
    const CalendarExportRequest request{caseNumber, dialog.naming(), dialog.alarmDays(), language,
                                        stamp};
    const Result<int> written = writeCaseCalendar(path, c, consultation, request);
    if (!written) {
        MessageBoxes::instance().warning(parent, CalendarExportDialog::tr("Export to calendar"),
                                         written.error().message);
        return {};
    }
    return path;
}

} // namespace zansai::ui
