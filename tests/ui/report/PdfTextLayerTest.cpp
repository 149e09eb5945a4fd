// The repaired PDF text layer: what pdftotext (and a viewer's search) finds is what was written.
#include "report/PdfTextLayer.h"

#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace zansai::ui;

TEST(PdfTextLayer, RewritesRadicalsInArrayRanges)
{
    const QByteArray in = "2 beginbfrange\n<0000> <0000> <0000>\n"
                          "<0001> <0004> [<2F2D> <2F65> <82B1> <2FA6> ]\nendbfrange\n";
    const QByteArray out = normalizeToUnicodeCMap(in);
    // ⼭ U+2F2D → 山 U+5C71, ⽥ U+2F65 → 田 U+7530, 花 unchanged, ⾦ U+2FA6 → 金 U+91D1
    EXPECT_TRUE(out.contains("<0001> <0004> [<5C71> <7530> <82B1> <91D1> ]")) << out.constData();
    EXPECT_TRUE(out.contains("<0000> <0000> <0000>"));
}

TEST(PdfTextLayer, ExpandsIncrementingRangesThatTouchRadicals)
{
    const QByteArray in = "1 beginbfrange\n<0010> <0011> <2F49>\nendbfrange\n";
    // ⽉ U+2F49 → 月 U+6708, ⽊ U+2F4A → 木 U+6728
    EXPECT_TRUE(normalizeToUnicodeCMap(in).contains("<0010> <0011> [<6708> <6728> ]"));
}

TEST(PdfTextLayer, RewritesBfCharAndKeepsTheRest)
{
    const QByteArray in =
        "begincmap\n2 beginbfchar\n<0003> <2F47>\n<0004> <0041>\nendbfchar\nendcmap";
    const QByteArray out = normalizeToUnicodeCMap(in);
    EXPECT_TRUE(out.contains("<0003> <65E5>")); // ⽇ → 日
    EXPECT_TRUE(out.contains("<0004> <0041>"));
    EXPECT_TRUE(out.startsWith("begincmap\n2 beginbfchar"));
    EXPECT_TRUE(out.endsWith("endbfchar\nendcmap"));
}

TEST(PdfTextLayer, PdftotextFindsTheKanjiAfterRepair)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("probe.pdf"));
    const QString text = QStringLiteral("山田 花子 遅延損害金 11月30日 高い 人");
    {
        QPdfWriter writer(path);
        QPainter p(&writer);
        QFont f(QStringLiteral("Noto Sans CJK JP"));
        f.setPointSize(12);
        p.setFont(f);
        p.drawText(200, 400, text);
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto repaired = repairPdfTextLayer(file.readAll());
    file.close();
    ASSERT_TRUE(repaired.ok()) << repaired.error().message.toStdString();
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(repaired.value());
    file.close();

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(30000));
    const QString extracted = QString::fromUtf8(pdftotext.readAllStandardOutput());
    EXPECT_TRUE(extracted.contains(text)) << extracted.toStdString();
}

TEST(PdfTextLayer, RejectsANonPdf)
{
    const auto r = repairPdfTextLayer("not a pdf at all");
    EXPECT_FALSE(r.ok());
}
