// File ▸ Export to calendar…: the dialog (naming the case number only unless chosen, the alarm
// days, keyboard), the file written from the consultation on screen (0600, the events of
// tests/core/calendar/CaseDatesTest.cpp), and the action enabled only with a case open.
#include "CalendarUiSupport.h"

#include "advice/Consultation.h"
#include "main/CalendarExport.h"
#include "main/MainWindow.h"
#include "results/ResultsView.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QTest>

using namespace zansai;
using namespace calendartest;
using namespace Qt::StringLiterals;

namespace {

class CalendarExport : public ThreeCaseStore {};

QByteArray unfoldedBytes(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll().replace("\r\n ", "");
}

} // namespace

TEST_F(CalendarExport, DialogStartsFromTheCaseNumberOnlyAndIsKeyboardUsable)
{
    KeptSetting alarm("calendar/alarm_days");
    ui::CalendarExportDialog d;
    EXPECT_EQ(d.naming(), calendar::CaseNaming::None);
    EXPECT_EQ(d.alarmDays(), calendar::kDefaultAlarmDays);
    EXPECT_EQ(d.namingBox()->count(), 3);
    // Every field has a label with a mnemonic that leads to it.
    for (QLabel* l : d.findChildren<QLabel*>()) {
        if (l->buddy()) {
            EXPECT_TRUE(l->text().contains(u'&')) << l->text().toStdString();
        }
    }
    d.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&d));
    d.namingBox()->setFocus();
    QTest::keyClick(d.namingBox(), Qt::Key_Down); // → initials
    EXPECT_EQ(d.naming(), calendar::CaseNaming::Initials);
    QTest::keyClick(d.namingBox(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), d.alarmBox());
    d.alarmBox()->setValue(7);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // OK
    EXPECT_EQ(d.result(), QDialog::Accepted);
    // The alarm is remembered, the naming is not.
    ui::CalendarExportDialog again;
    EXPECT_EQ(again.alarmDays(), 7);
    EXPECT_EQ(again.naming(), calendar::CaseNaming::None);
}

TEST_F(CalendarExport, WritesTheOpenCasesDatesOwnerOnly)
{
    const Case c = readCaseData("calendar/five_dates.json");
    const Consultation consultation = Consultation::assess(c, QDate(2026, 12, 1));
    const QString path = dir.filePath(u"case-1.ics"_s);
    ui::CalendarExportRequest request{u"1"_s, calendar::CaseNaming::None, 3, Language::English,
                                      QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC)};
    const auto events = ui::writeCaseCalendar(path, c, consultation, request);
    ASSERT_TRUE(events.ok()) << events.error().message.toStdString();
    EXPECT_EQ(events.value(), 4); // objection, appeal, hearing, limitation
    EXPECT_EQ(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                           QFileDevice::WriteGroup | QFileDevice::WriteOther),
              QFileDevice::Permissions());
    QByteArray bytes = unfoldedBytes(path);
    EXPECT_TRUE(bytes.contains("DTSTART;VALUE=DATE:20261208"));
    EXPECT_TRUE(bytes.contains("Case 1"));
    EXPECT_FALSE(bytes.contains(QStringLiteral("花子").toUtf8()));

    request.naming = calendar::CaseNaming::Full;
    ASSERT_TRUE(ui::writeCaseCalendar(path, c, consultation, request).ok());
    EXPECT_TRUE(unfoldedBytes(path).contains(QStringLiteral("Case 1 (青山 花子)").toUtf8()));

    // A folder is not a file to write: an error, never a crash.
    EXPECT_FALSE(ui::writeCaseCalendar(dir.path(), c, consultation, request).ok());
}

TEST_F(CalendarExport, TheMenuEntryFollowsTheOpenCase)
{
    ui::MainWindow w;
    w.setClock(clock);
    w.setStore(store.get());
    QAction* exportCalendar = w.findChild<QAction*>(u"actionExportCalendar"_s);
    ASSERT_NE(exportCalendar, nullptr);
    EXPECT_FALSE(exportCalendar->isEnabled());
    EXPECT_FALSE(exportCalendar->text().isEmpty());
    ASSERT_TRUE(w.openCase(1));
    EXPECT_TRUE(exportCalendar->isEnabled());
    // The consultation on screen is the one the file is written from.
    const auto& dates = w.resultsView()->consultation().assessment.deadlines;
    EXPECT_EQ(dates.size(), 3);
}
