// Which court is the client's: the 地方裁判所 (本庁) of each prefecture, and for a few large cities
// the 簡易裁判所 and the 地裁支部. 民事訴訟法4条1項: a claim is brought at the defendant's
// domicile (普通裁判籍); 民事訴訟法383条1項: a 支払督促 is issued by the 書記官 of the 簡易裁判所
// of the debtor's domicile — so the client's address decides where papers come from and which
// court's practice applies to a 破産 or 個人再生 (破産法5条1項, 民事再生法5条1項).
// Sources: 裁判所法 and 下級裁判所の設立及び管轄区域に関する法律 (the 地方裁判所 of each prefecture
// sits in its capital; 北海道 has four); the city courts are those named in the table below
// (docs/legal-rules.md §14). Any other city: the 簡易裁判所 is unknown here and the consultant
// checks the 管轄区域表.
#pragma once

#include "i18n/Message.h"

#include <QString>
#include <QStringList>

namespace zansai::law {

struct Courts {
    bool prefectureKnown = false;
    Message districtCourt; // "大阪地方裁判所" / "Osaka District Court"
    Message branch; // "堺支部" / "Sakai Branch" (empty when the city is served by the 本庁)
    bool hasBranch = false;
    Message summaryCourt; // "堺簡易裁判所" / "Sakai Summary Court"
    bool summaryKnown = false;
    bool tokyo = false; // 東京地方裁判所 (whose bankruptcy practice the figures assume)
    QString code;       // stable id of the district court: "osaka", "tokyo", "sapporo" …
};

// `prefecture` as written ("大阪府", "東京都", "北海道"; "大阪" too); `city` ("堺市", "千代田区").
Courts courtsFor(const QString& prefecture, const QString& city);

// The 47 prefectures in the usual order (北海道 … 沖縄県), as written in an address.
QStringList prefectures();

// A prefecture's name for an English reader ("Osaka"), a QT_TRANSLATE_NOOP source in the context
// "zansai::law::Prefecture" (translated back to "大阪府" for a Japanese reader). Null when unknown.
const char* prefectureEnglish(const QString& prefecture);

} // namespace zansai::law
