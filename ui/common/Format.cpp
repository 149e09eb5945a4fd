#include "common/Format.h"

#include "law/JapaneseEra.h"

#include <QCoreApplication>

namespace zansai::ui {

namespace {
struct FormatText {
    Q_DECLARE_TR_FUNCTIONS(zansai::ui::Format)
};
} // namespace

bool uiIsJapanese()
{
    // Translated to "ja" in zansai_ja.ts; English is the source language, so no catalogue = "en".
    return FormatText::tr("en", "the code of the language of this catalogue") ==
           QLatin1String("ja");
}

QString yenText(Yen y)
{
    return formatYen(y, uiIsJapanese());
}

QString yenDigits(Yen y)
{
    return formatYenDigits(y);
}

QString isoDate(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString dateText(QDate d)
{
    if (!d.isValid())
        return QStringLiteral("—");
    if (uiIsJapanese())
        return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
    return d.toString(Qt::ISODate);
}

QString dateWithEraText(QDate d)
{
    if (!d.isValid())
        return QStringLiteral("—");
    if (uiIsJapanese()) {
        const QString s = law::formatWarekiWithGregorian(d);
        return s.isEmpty() ? dateText(d) : s;
    }
    return d.toString(Qt::ISODate);
}

QString daysLeftText(int days)
{
    if (days == 0)
        return FormatText::tr("today");
    if (days > 0)
        return days == 1 ? FormatText::tr("1 day left") : FormatText::tr("%1 days left").arg(days);
    return days == -1 ? FormatText::tr("1 day ago") : FormatText::tr("%1 days ago").arg(-days);
}

} // namespace zansai::ui
