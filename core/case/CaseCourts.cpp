#include "case/CaseCourts.h"

namespace zansai {

namespace {
constexpr char kContext[] = "zansai::CaseCourts";
// The court whose practice the bankruptcy figures are: law/Bankruptcy.h (東京地裁破産再生部の運用),
// which advice/PracticeAssumptions.h and the options use.
constexpr char kPracticeCourtCode[] = "tokyo";
} // namespace

CaseCourts caseCourts(const Case& c)
{
    CaseCourts out;
    if (c.client.address)
        out.courts = law::courtsFor(c.client.address->prefecture, c.client.address->city);
    if (!out.courts.prefectureKnown) {
        out.notes << Message(kContext,
                             QT_TRANSLATE_NOOP("zansai::CaseCourts",
                                               "The client's prefecture is not entered, so the "
                                               "court is not known: the bankruptcy figures follow "
                                               "Tokyo District Court practice."))
                         .withCode(QStringLiteral("court.unknown"));
        return out;
    }
    if (out.courts.code != QLatin1String(kPracticeCourtCode))
        out.notes << Message(kContext,
                             QT_TRANSLATE_NOOP("zansai::CaseCourts",
                                               "The bankruptcy figures (the thresholds for a "
                                               "case without a trustee and the trustee's deposit) "
                                               "follow Tokyo District Court practice; the client's "
                                               "court is the %1, whose practice may differ."),
                             {out.courts.districtCourt})
                         .withCode(QStringLiteral("court.practice_differs"))
                         .withArticle(QStringLiteral("破産法5条1項"));
    return out;
}

} // namespace zansai
