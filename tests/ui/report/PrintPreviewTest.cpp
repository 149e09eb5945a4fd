// Print preview (File ▸ Print preview) paints the papers through Qt's preview engine, which records
// the painting and replays it: the text drawn as glyph runs must show there as in the PDF.
#include "PaperTestSupport.h"

#include "report/DocumentActions.h"

#include <QDir>
#include <QImage>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTest>

using namespace zansai;
using namespace zansai::ui;

namespace {

// Dark pixels (text, rules) in the rectangle of `image`: a blank page has none.
int darkPixels(const QImage& image, const QRect& r)
{
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            if (qGray(image.pixel(x, y)) < 96)
                ++n;
    return n;
}

} // namespace

TEST(PrintPreview, ThePagesShowTheirText)
{
    const Case c = test::loadPaperCase(QStringLiteral("referral_guarantor_court.json"));
    const ReportContext ctx = test::paperContext(c, Language::Japanese);
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewWidget preview(&printer);
    int pages = 0;
    QObject::connect(&preview, &QPrintPreviewWidget::paintRequested, &preview, [&](QPrinter* p) {
        pages = printDocument(*p, ClientDocument::CaseSummary, ctx);
    });
    preview.resize(900, 1200);
    preview.setZoomMode(QPrintPreviewWidget::FitToWidth);
    preview.show();
    preview.updatePreview();
    QTest::qWait(100);
    ASSERT_GE(pages, 2);
    EXPECT_EQ(preview.pageCount(), pages);
    const QImage shot = preview.grab().toImage();
    if (const QString dir = qEnvironmentVariable("ZANSAI_SCREENSHOT_DIR"); !dir.isEmpty())
        shot.save(QDir(dir).filePath(QStringLiteral("print-preview.png")));
    // The top of page 1 (the title, the "what to do now" list and the first table) has text: a
    // preview that lost the glyph runs would show only the table rules.
    const QRect top(shot.width() / 8, shot.height() / 10, shot.width() * 3 / 4, shot.height() / 3);
    EXPECT_GT(darkPixels(shot, top), 2000);
}
