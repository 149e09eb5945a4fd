// zansai-cli pdf: headless (offscreen) and scriptable.
#include "CliRunner.h"
#include "PdfTools.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {
const QString kCase = QStringLiteral(ZANSAI_TEST_DATA "/cases/ignored_letters_payment_order.json");
}

TEST(PdfCli, WritesTheSummaryAndReportsPages)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("summary.pdf"));
    const auto r = runCli({QStringLiteral("pdf"), kCase, QStringLiteral("-o"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject json = r.json();
    EXPECT_EQ(json.value(QStringLiteral("path")).toString(), out);
    EXPECT_EQ(json.value(QStringLiteral("pages")).toInt(), pdfPageCount(out));
    EXPECT_TRUE(squeezed(pdfText(out)).contains(QStringLiteral("井上直樹")));
}

TEST(PdfCli, EachDocument)
{
    QTemporaryDir dir;
    for (const QString doc : {QStringLiteral("budget"), QStringLiteral("referral")}) {
        const QString out = dir.filePath(doc + QStringLiteral(".pdf"));
        const auto r = runCli({QStringLiteral("pdf"), kCase, QStringLiteral("--document"), doc,
                               QStringLiteral("-o"), out});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_GE(pdfPageCount(out), 1);
    }
}

TEST(PdfCli, BadInputIsAJsonErrorAndWritesNothing)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.pdf"));
    auto r = runCli({QStringLiteral("pdf"), kCase});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.errJson().value(QStringLiteral("field")).toString(), QStringLiteral("-o"));

    r = runCli({QStringLiteral("pdf"), dir.filePath(QStringLiteral("missing.json")),
                QStringLiteral("-o"), out});
    EXPECT_EQ(r.exitCode, 2);
    // The same field name as `evaluate` (one scaffold opens the case for every command).
    EXPECT_EQ(r.errJson().value(QStringLiteral("field")).toString(), QStringLiteral("CASE.json"));

    r = runCli(
        {QStringLiteral("pdf"),
         QStringLiteral(ZANSAI_TEST_DATA "/cases/invalid/") + QStringLiteral("missing_format.json"),
         QStringLiteral("-o"), out});
    EXPECT_EQ(r.exitCode, 2);

    r = runCli({QStringLiteral("pdf"), kCase, QStringLiteral("--document"),
                QStringLiteral("poster"), QStringLiteral("-o"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.errJson().value(QStringLiteral("field")).toString(), QStringLiteral("--document"));
    EXPECT_FALSE(QFile::exists(out));
}
