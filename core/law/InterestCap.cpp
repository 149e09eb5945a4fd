#include "law/InterestCap.h"

#include "i18n/Narrator.h"

#include <QCoreApplication>

namespace zansai::law {

namespace {
constexpr char kContext[] = "zansai::law::InterestCap";
} // namespace

InterestCapCheck checkLateInterestCap(Yen principal, Rate rate, bool businessLender)
{
    InterestCapCheck c;
    Message articleText;
    if (businessLender) {
        // 利息制限法7条1項: 年2割 for 営業的金銭消費貸借, regardless of the principal.
        c.cap = Rate::percent(20);
        c.text.article = QStringLiteral("利息制限法7条1項");
        articleText =
            Message(kContext, QT_TRANSLATE_NOOP("zansai::law::InterestCap",
                                                "Interest Rate Restriction Act, art. 7(1)"));
    } else {
        // 利息制限法4条1項 = 1.46 × 1条 (20% / 18% / 15%).
        if (principal < Yen(100'000))
            c.cap = Rate(2920, 10'000); // 29.2%
        else if (principal < Yen(1'000'000))
            c.cap = Rate(2628, 10'000); // 26.28%
        else
            c.cap = Rate(2190, 10'000); // 21.9%
        c.text.article = QStringLiteral("利息制限法4条1項");
        articleText =
            Message(kContext, QT_TRANSLATE_NOOP("zansai::law::InterestCap",
                                                "Interest Rate Restriction Act, art. 4(1)"));
    }
    const Narrator ui = uiNarrator();
    c.article = ui.text(articleText);
    c.exceeds = rate > c.cap;
    if (c.exceeds) {
        const QString article = c.text.article;
        c.text = Message(kContext,
                         QT_TRANSLATE_NOOP("zansai::law::InterestCap",
                                           "The late-interest rate of %1% exceeds the cap of %2% "
                                           "under %3; the part above the cap is void."),
                         {rate.toPercentString(), c.cap.toPercentString(), articleText})
                     .withCode(QStringLiteral("debt.rate_above_cap"))
                     .withArticle(article);
        c.message = ui.text(c.text);
    } else {
        c.text = Message();
    }
    return c;
}

} // namespace zansai::law
