// How the UI writes money, dates and day counts in the language the consultant chose.
#pragma once

#include "money/Yen.h"

#include <QDate>
#include <QString>

namespace zansai::ui {

// True while the Japanese catalogue is installed (the catalogue itself says which language it is).
bool uiIsJapanese();

QString yenText(Yen y);           // "1,234,567円" / "¥1,234,567"
QString dateText(QDate d);        // "2026年11月30日" / "2026-11-30"; "—" when not valid
QString dateWithEraText(QDate d); // "令和8年11月30日(2026年11月30日)" / "2026-11-30"
QString isoDate(QDate d);         // "2026-11-30", the form every date field takes; "" when invalid
QString daysLeftText(int days);   // "あと8日" / "8 days left", "today", "3 days ago"
QString yenDigits(Yen y);         // "1,234,567": what a yen field shows

} // namespace zansai::ui
