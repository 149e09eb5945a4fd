// Which character a ToUnicode entry names when Noto Sans CJK JP draws several with one glyph.
#include "report/LookAlikes.h"
#include "report/PdfTextLayer.h"

#include <QFont>
#include <QRawFont>
#include <gtest/gtest.h>

using namespace zansai::ui;

namespace {

const QString kNoto = QStringLiteral("Noto Sans CJK JP");

DrawnText drawnInNoto(const QString& text)
{
    return {text, {kNoto}};
}

QRawFont noto()
{
    return QRawFont::fromFont(QFont(kNoto));
}

quint32 glyphOf(const QRawFont& font, char32_t c)
{
    const QList<quint32> g = font.glyphIndexesForString(QString::fromUcs4(&c, 1));
    return g.size() == 1 ? g.front() : 0;
}

} // namespace

TEST(LookAlikes, RadicalsAndStrokesBecomeTheirIdeographs)
{
    EXPECT_EQ(standardLookAlike(0x2EA0), char32_t(0x6C11)); // ⺠ → 民
    EXPECT_EQ(standardLookAlike(0x2ED1), char32_t(0x9577)); // ⻑ → 長
    EXPECT_EQ(standardLookAlike(0x2FA7), char32_t(0x9577)); // ⾧ → 長
    EXPECT_EQ(standardLookAlike(0x2F00), char32_t(0x4E00)); // ⼀ → 一
    EXPECT_EQ(standardLookAlike(0x2FA6), char32_t(0x91D1)); // ⾦ → 金
    EXPECT_EQ(standardLookAlike(0x31D0), char32_t(0x4E00)); // ㇐ → 一
    EXPECT_EQ(standardLookAlike(0x2027), char32_t(0x30FB)); // ‧ → ・
    EXPECT_EQ(standardLookAlike(0x6C11), char32_t(0x6C11));
    EXPECT_EQ(standardLookAlike(U'A'), char32_t(U'A'));
    EXPECT_EQ(standardLookAlike(0x301C), char32_t(0x301C)); // 〜 is common: stays
}

// The table is checked against the font itself: every kanji, kana, CJK mark and fullwidth form
// whose glyph Qt would name after a lower code point is mapped back from that code point.
TEST(LookAlikes, EveryLookAlikeNotoNamesAGlyphAfterMapsBack)
{
    const QRawFont font = noto();
    ASSERT_TRUE(font.isValid());
    QHash<quint32, char32_t> lowest;
    for (char32_t c = 1; c < 0x10000; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        const quint32 g = glyphOf(font, c);
        if (g != 0 && !lowest.contains(g))
            lowest.insert(g, c);
    }
    int checked = 0;
    auto check = [&](char32_t first, char32_t last) {
        for (char32_t c = first; c <= last; ++c) {
            if (c ==
                0xFF5E) // ～ shares its glyph with 〜 U+301C, as common: the drawn text decides
                continue;
            const quint32 g = glyphOf(font, c);
            if (g == 0 || lowest.value(g) == c)
                continue;
            if (lowest.value(g) >= 0x3400 && lowest.value(g) <= 0x9FFF)
                continue; // two unified ideographs (朓 脁): only the drawn text can tell them apart
            ++checked;
            EXPECT_EQ(standardLookAlike(lowest.value(g)), c)
                << std::hex << "U+" << unsigned(c) << " is named U+" << unsigned(lowest.value(g));
        }
    };
    check(0x3000, 0x30FF);   // CJK symbols, kana
    check(0x4E00, 0x9FFF);   // unified ideographs
    check(0xFF00, 0xFF60);   // fullwidth forms
    check(0x2013, 0x2013);   // – EN DASH
    check(0x2018, 0x2018);   // ‘
    EXPECT_GT(checked, 200); // 民 長 金 ・ …: the check is not vacuous
}

TEST(LookAlikes, TheDrawnTextDecides)
{
    const LookAlikeMap map(
        drawnInNoto(QStringLiteral("民法 長野信用金庫 民事再生法231条2項・241条2項")));
    EXPECT_EQ(map(0x2EA0), char32_t(0x6C11)); // 民
    EXPECT_EQ(map(0x2ED1), char32_t(0x9577)); // 長
    EXPECT_EQ(map(0x2027), char32_t(0x30FB)); // ・
    EXPECT_EQ(map(0x2FA6), char32_t(0x91D1)); // 金
    EXPECT_EQ(map(0x6CD5), char32_t(0x6CD5)); // 法 is its own glyph's lowest code point
    EXPECT_TRUE(map.drawnAs().contains(0x2EA0));
    // Noto draws 脁 U+8101 with the glyph of 朓 U+6713: a pair no table lists.
    EXPECT_EQ(LookAlikeMap(drawnInNoto(QStringLiteral("脁")))(0x6713), char32_t(0x8101));
    EXPECT_EQ(LookAlikeMap(drawnInNoto(QStringLiteral("朓")))(0x6713), char32_t(0x6713));
    EXPECT_TRUE(map.drawnAs().contains(0x2027));
}

TEST(LookAlikes, ARadicalDrawnAsARadicalStays)
{
    const LookAlikeMap map(drawnInNoto(QString::fromUcs4(U"部首 ⺠")));
    EXPECT_EQ(map(0x2EA0), char32_t(0x2EA0));
    // Drawn next to 民 the glyph is one and the same: the word wins.
    const LookAlikeMap both(drawnInNoto(QString::fromUcs4(U"⺠ 民法")));
    EXPECT_EQ(both(0x2EA0), char32_t(0x6C11));
}

TEST(LookAlikes, ACommonMarkIsNotReplacedByARareMate)
{
    // ～ FULLWIDTH TILDE shares the glyph of 〜 WAVE DASH, the lower code point.
    EXPECT_EQ(LookAlikeMap(drawnInNoto(QStringLiteral("1～3")))(0x301C), char32_t(0xFF5E));
    EXPECT_EQ(LookAlikeMap(drawnInNoto(QStringLiteral("1〜3")))(0x301C), char32_t(0x301C));
    // Both drawn: the lower one is no look-alike, so it keeps the glyph's name.
    EXPECT_EQ(LookAlikeMap(drawnInNoto(QStringLiteral("〜～")))(0x301C), char32_t(0x301C));
    // - HYPHEN-MINUS and U+2011 NON-BREAKING HYPHEN: "-" stays "-".
    EXPECT_EQ(LookAlikeMap(drawnInNoto(QString::fromUcs4(U"a-b a\u2011b")))(U'-'), char32_t(U'-'));
}

TEST(LookAlikes, WithoutDrawnTextTheTableApplies)
{
    const LookAlikeMap map;
    EXPECT_EQ(map(0x2EA0), char32_t(0x6C11));
    EXPECT_EQ(map(0x2027), char32_t(0x30FB));
    EXPECT_EQ(map(U'x'), char32_t(U'x'));
}

TEST(LookAlikes, RewritesATinyToUnicodeCMap)
{
    const QByteArray in = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                          "4 beginbfchar\n<0003> <2EA0>\n<0004> <6CD5>\n<0005> <2ED1>\n"
                          "<0006> <D840DC0B>\nendbfchar\n"
                          "2 beginbfrange\n<0007> <0008> [<2027> <0041> ]\n"
                          "<0009> <000A> <2E9F>\nendbfrange\nendcmap\n";
    const LookAlikeMap map(drawnInNoto(QStringLiteral("民法 長期 ・ A 母")));
    const QByteArray out = normalizeToUnicodeCMap(in, map);
    EXPECT_TRUE(out.contains("<0003> <6C11>\n")) << out.constData(); // ⺠ → 民
    EXPECT_TRUE(out.contains("<0004> <6CD5>\n"));                    // 法 unchanged
    EXPECT_TRUE(out.contains("<0005> <9577>\n"));                    // ⻑ → 長
    EXPECT_TRUE(out.contains("<0006> <D840DC0B>\n"));                // a surrogate pair: kept
    EXPECT_TRUE(out.contains("<0007> <0008> [<30FB> <0041> ]"));     // ‧ → ・
    EXPECT_TRUE(out.contains("<0009> <000A> [<6BCD> <6C11> ]")) << out.constData(); // ⺟⺠ → 母民
    EXPECT_TRUE(out.startsWith("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"));
    EXPECT_TRUE(out.endsWith("endbfrange\nendcmap\n"));

    // Where the document prints the radical itself, it stays.
    const QByteArray kept =
        normalizeToUnicodeCMap(in, LookAlikeMap(drawnInNoto(QString::fromUcs4(U"⺠ ⻑"))));
    EXPECT_TRUE(kept.contains("<0003> <2EA0>\n")) << kept.constData();
    EXPECT_TRUE(kept.contains("<0005> <2ED1>\n"));
    EXPECT_TRUE(kept.contains("<0009> <000A> [<6BCD> <2EA0> ]"));
}
