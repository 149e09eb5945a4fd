#include "law/CourtJurisdiction.h"

#include <QCoreApplication>

namespace zansai::law {

namespace {

constexpr char kContext[] = "zansai::law::Court";

struct Row {
    const char* prefecture; // as written in an address
    const char* english;    // the prefecture for an English reader
    const char* court; // the place of its 地方裁判所 (本庁), English (translated to 大阪 …)
    const char* code;
};

// 下級裁判所の設立及び管轄区域に関する法律 別表第四: one 地方裁判所 per prefecture, in its capital
// (北海道: 札幌, 函館, 旭川, 釧路 —札幌 unless the city is one of the others, see kHokkaido).
const Row kPrefectures[] = {
    {"北海道", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Hokkaido"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Sapporo"), "sapporo"},
    {"青森県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Aomori"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Aomori"), "aomori"},
    {"岩手県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Iwate"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Morioka"), "morioka"},
    {"宮城県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Miyagi"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Sendai"), "sendai"},
    {"秋田県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Akita"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Akita"), "akita"},
    {"山形県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Yamagata"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Yamagata"), "yamagata"},
    {"福島県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Fukushima"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Fukushima"), "fukushima"},
    {"茨城県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Ibaraki"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Mito"), "mito"},
    {"栃木県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Tochigi"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Utsunomiya"), "utsunomiya"},
    {"群馬県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Gunma"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Maebashi"), "maebashi"},
    {"埼玉県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Saitama"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Saitama"), "saitama"},
    {"千葉県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Chiba"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Chiba"), "chiba"},
    {"東京都", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Tokyo"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Tokyo"), "tokyo"},
    {"神奈川県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Kanagawa"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Yokohama"), "yokohama"},
    {"新潟県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Niigata"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Niigata"), "niigata"},
    {"富山県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Toyama"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Toyama"), "toyama"},
    {"石川県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Ishikawa"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Kanazawa"), "kanazawa"},
    {"福井県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Fukui"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Fukui"), "fukui"},
    {"山梨県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Yamanashi"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Kofu"), "kofu"},
    {"長野県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Nagano"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Nagano"), "nagano"},
    {"岐阜県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Gifu"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Gifu"), "gifu"},
    {"静岡県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Shizuoka"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Shizuoka"), "shizuoka"},
    {"愛知県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Aichi"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Nagoya"), "nagoya"},
    {"三重県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Mie"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Tsu"), "tsu"},
    {"滋賀県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Shiga"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Otsu"), "otsu"},
    {"京都府", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Kyoto"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Kyoto"), "kyoto"},
    {"大阪府", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Osaka"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Osaka"), "osaka"},
    {"兵庫県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Hyogo"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Kobe"), "kobe"},
    {"奈良県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Nara"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Nara"), "nara"},
    {"和歌山県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Wakayama"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Wakayama"), "wakayama"},
    {"鳥取県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Tottori"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Tottori"), "tottori"},
    {"島根県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Shimane"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Matsue"), "matsue"},
    {"岡山県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Okayama"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Okayama"), "okayama"},
    {"広島県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Hiroshima"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Hiroshima"), "hiroshima"},
    {"山口県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Yamaguchi"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Yamaguchi"), "yamaguchi"},
    {"徳島県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Tokushima"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Tokushima"), "tokushima"},
    {"香川県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Kagawa"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Takamatsu"), "takamatsu"},
    {"愛媛県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Ehime"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Matsuyama"), "matsuyama"},
    {"高知県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Kochi"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Kochi"), "kochi"},
    {"福岡県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Fukuoka"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Fukuoka"), "fukuoka"},
    {"佐賀県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Saga"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Saga"), "saga"},
    {"長崎県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Nagasaki"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Nagasaki"), "nagasaki"},
    {"熊本県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Kumamoto"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Kumamoto"), "kumamoto"},
    {"大分県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Oita"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Oita"), "oita"},
    {"宮崎県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Miyazaki"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Miyazaki"), "miyazaki"},
    {"鹿児島県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Kagoshima"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Kagoshima"), "kagoshima"},
    {"沖縄県", QT_TRANSLATE_NOOP("zansai::law::Prefecture", "Okinawa"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Naha"), "naha"},
};

// 北海道's other three 地方裁判所, by the city they sit in (other cities of their districts are
// not distinguished here: 札幌 is assumed and the note says to check).
struct CityCourt {
    const char* prefecture;
    const char* city;
    const char* court; // English place, translated
    const char* code;
};
const CityCourt kHokkaido[] = {
    {"北海道", "函館市", QT_TRANSLATE_NOOP("zansai::law::Court", "Hakodate"), "hakodate"},
    {"北海道", "旭川市", QT_TRANSLATE_NOOP("zansai::law::Court", "Asahikawa"), "asahikawa"},
    {"北海道", "釧路市", QT_TRANSLATE_NOOP("zansai::law::Court", "Kushiro"), "kushiro"},
};

// The 簡易裁判所 (and 地裁支部) of a few large cities, each named after the city and serving all of
// it (別表第五 and 第六 of the same law). "" for the branch: the 本庁 serves the city.
struct CitySummary {
    const char* prefecture;
    const char* city; // a prefix of the written city ("東京都" + "千代田区" … for the 23 wards)
    const char* summary;
    const char* branch; // 地裁支部, English place, or nullptr
};
const CitySummary kCities[] = {
    {"大阪府", "大阪市", QT_TRANSLATE_NOOP("zansai::law::Court", "Osaka"), nullptr},
    {"大阪府", "堺市", QT_TRANSLATE_NOOP("zansai::law::Court", "Sakai"),
     QT_TRANSLATE_NOOP("zansai::law::Court", "Sakai")},
    {"神奈川県", "横浜市", QT_TRANSLATE_NOOP("zansai::law::Court", "Yokohama"), nullptr},
    {"愛知県", "名古屋市", QT_TRANSLATE_NOOP("zansai::law::Court", "Nagoya"), nullptr},
    {"北海道", "札幌市", QT_TRANSLATE_NOOP("zansai::law::Court", "Sapporo"), nullptr},
    {"福岡県", "福岡市", QT_TRANSLATE_NOOP("zansai::law::Court", "Fukuoka"), nullptr},
};

Message place(const char* english)
{
    return Message(kContext, english);
}

bool isTokyoWard(const QString& prefecture, const QString& city)
{
    // The 23 special wards (特別区) are written "…区" with no 市 before them.
    return prefecture == QStringLiteral("東京都") && city.endsWith(QStringLiteral("区")) &&
           !city.contains(QStringLiteral("市"));
}

const Row* findPrefecture(const QString& written)
{
    const QString p = written.trimmed();
    if (p.isEmpty())
        return nullptr;
    for (const Row& r : kPrefectures) {
        const QString name = QString::fromUtf8(r.prefecture);
        // "大阪" for "大阪府"; "東京" for "東京都"; 北海道 is whole.
        if (p == name || (name.size() > 2 && p == name.chopped(1)) ||
            p.compare(QLatin1String(r.english), Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

} // namespace

Courts courtsFor(const QString& prefecture, const QString& city)
{
    Courts out;
    const Row* row = findPrefecture(prefecture);
    if (!row)
        return out;
    out.prefectureKnown = true;
    const QString pref = QString::fromUtf8(row->prefecture);
    const QString c = city.trimmed();
    const char* court = row->court;
    out.code = QString::fromLatin1(row->code);
    for (const CityCourt& h : kHokkaido)
        if (pref == QString::fromUtf8(h.prefecture) && c.startsWith(QString::fromUtf8(h.city))) {
            court = h.court;
            out.code = QString::fromLatin1(h.code);
        }
    out.districtCourt = Message(
        kContext, QT_TRANSLATE_NOOP("zansai::law::Court", "%1 District Court"), {place(court)});
    out.tokyo = out.code == QStringLiteral("tokyo");
    if (isTokyoWard(pref, c)) {
        out.summaryCourt =
            Message(kContext, QT_TRANSLATE_NOOP("zansai::law::Court", "%1 Summary Court"),
                    {place(QT_TRANSLATE_NOOP("zansai::law::Court", "Tokyo"))});
        out.summaryKnown = true;
        return out;
    }
    for (const CitySummary& s : kCities) {
        if (pref != QString::fromUtf8(s.prefecture) || !c.startsWith(QString::fromUtf8(s.city)))
            continue;
        out.summaryCourt =
            Message(kContext, QT_TRANSLATE_NOOP("zansai::law::Court", "%1 Summary Court"),
                    {place(s.summary)});
        out.summaryKnown = true;
        if (s.branch) {
            out.branch = Message(kContext, QT_TRANSLATE_NOOP("zansai::law::Court", "%1 Branch"),
                                 {place(s.branch)});
            out.hasBranch = true;
        }
    }
    return out;
}

QStringList prefectures()
{
    QStringList out;
    for (const Row& r : kPrefectures)
        out << QString::fromUtf8(r.prefecture);
    return out;
}

const char* prefectureEnglish(const QString& prefecture)
{
    const Row* r = findPrefecture(prefecture);
    return r ? r->english : nullptr;
}

} // namespace zansai::law
