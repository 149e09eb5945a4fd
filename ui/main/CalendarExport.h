// File ▸ Export to calendar…: the open case's court deadlines and limitation completion dates as
// an iCalendar file (core/calendar/IcsWriter.h), like `zansai-cli ics`. The dialog asks how far
// the events may name the client (the case number only by default: calendars end up on phones and
// shared servers) and how many days before each date the alarm rings.
#pragma once

#include "calendar/IcsWriter.h"
#include "util/Result.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace zansai {
struct Case;
struct Consultation;
} // namespace zansai

namespace zansai::ui {

class CalendarExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit CalendarExportDialog(QWidget* parent = nullptr);

    calendar::CaseNaming naming() const;
    void setNaming(calendar::CaseNaming n);
    int alarmDays() const;
    void setAlarmDays(int days);

    QComboBox* namingBox() const { return naming_; }
    QSpinBox* alarmBox() const { return alarm_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QComboBox* naming_;
    QSpinBox* alarm_;
    QLabel* namingLabel_;
    QLabel* alarmLabel_;
    QLabel* note_;
};

struct CalendarExportRequest {
    QString caseNumber; // the store's id
    calendar::CaseNaming naming = calendar::CaseNaming::None;
    int alarmDays = calendar::kDefaultAlarmDays;
    Language language = Language::Japanese;
    QDateTime stamp;
};

// Writes the case's dates (as `consultation`, on screen, found them) to `path` (0600). Returns
// the number of events.
Result<int> writeCaseCalendar(const QString& path, const Case& c, const Consultation& consultation,
                              const CalendarExportRequest& r);

// The dialog, then the file dialog, then the file. Returns the path written (empty: cancelled or
// failed, the failure shown).
QString exportCalendarInteractive(QWidget* parent, const Case& c, const Consultation& consultation,
                                  const QString& caseNumber, Language language, QDateTime stamp);

} // namespace zansai::ui
