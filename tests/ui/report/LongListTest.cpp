// Long lists and many debts in the papers (docs/stack-notes.md §7): a long bullet list is emitted
// as several lists that must read and lay out as one, and paper::debtOf must answer as
// Case::debt does.
#include "report/DocumentHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <gtest/gtest.h>

using namespace zansai;
using namespace zansai::ui;

namespace {

struct LaidOutItem {
    QString text;
    double top = 0;
    int indent = 0;
    QTextListFormat::Style style = QTextListFormat::ListStyleUndefined;
};

// The list items of `h` laid out on an A4 PDF page as the papers are, in order.
QList<LaidOutItem> laidOutItems(const paper::Html& h)
{
    auto doc = paper::newDocument(h);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setPageLayout(documentPageLayout());
    bindLayout(*doc, writer);
    QList<LaidOutItem> items;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        if (QTextList* list = b.textList())
            items.append({b.text(), doc->documentLayout()->blockBoundingRect(b).top(),
                          list->format().indent(), list->format().style()});
    return items;
}

TEST(LongListTest, ALongBulletListReadsAndLaysOutAsOneList)
{
    // 150 items: lists of 64 + 64 + 22, so two seams (after items 64 and 128).
    QStringList items;
    for (int i = 1; i <= 150; ++i)
        items << QStringLiteral("債権者%1：令和10年9月29日に完成します").arg(i);
    paper::Html h({});
    h.p(QStringLiteral("前"));
    h.list(items);
    h.p(QStringLiteral("後"));
    const QList<LaidOutItem> laid = laidOutItems(h);

    ASSERT_EQ(laid.size(), 150);
    for (int i = 0; i < 150; ++i) {
        EXPECT_EQ(laid[i].text, items[i]) << i;
        EXPECT_EQ(laid[i].style, QTextListFormat::ListDisc) << i;
        EXPECT_EQ(laid[i].indent, laid[0].indent) << i;
    }
    // Every item is one line high and the lists meet with no margin between them: the step from
    // one item to the next is the same everywhere on a page, across the seams too. (Items on
    // another page than the one before them are left out: a page break moves an item down.)
    const double step = laid[1].top - laid[0].top;
    EXPECT_GT(step, 0);
    for (int i = 1; i < 150; ++i) {
        const double d = laid[i].top - laid[i - 1].top;
        if (d < step * 1.5) { // same page
            EXPECT_NEAR(d, step, 0.01) << "item " << i + 1;
        }
    }
    EXPECT_NEAR(laid[64].top - laid[63].top, step, 0.01); // the first seam
}

TEST(LongListTest, AShortListIsOneListAsBefore)
{
    paper::Html h({});
    h.list({QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三")});
    EXPECT_EQ(h.html().count(QStringLiteral("<ul")), 1);
    EXPECT_FALSE(h.html().contains(QStringLiteral("margin")));
    // 64 items still make one list, 65 make two.
    QStringList many;
    for (int i = 0; i < 65; ++i)
        many << QString::number(i);
    paper::Html h64({});
    h64.list(many.mid(0, 64));
    EXPECT_EQ(h64.html().count(QStringLiteral("<ul")), 1);
    paper::Html h65({});
    h65.list(many);
    EXPECT_EQ(h65.html().count(QStringLiteral("<ul")), 2);
}

TEST(LongListTest, ANumberedListStaysOneList)
{
    // Qt 6.4 cannot start a list at a number, so a numbered list is never split.
    QStringList items;
    for (int i = 0; i < 100; ++i)
        items << QString::number(i);
    paper::Html h({});
    h.list(items, true);
    EXPECT_EQ(h.html().count(QStringLiteral("<ol")), 1);
}

Debt debtWithId(const QString& id, const QString& creditor)
{
    Debt d;
    d.id = id;
    d.creditor = creditor;
    return d;
}

TEST(LongListTest, DebtOfAnswersAsCaseDebt)
{
    Case c;
    for (int i = 1; i <= 300; ++i)
        c.debts << debtWithId(QStringLiteral("d%1").arg(i), QStringLiteral("債権者%1").arg(i));
    for (const QString& id : {QStringLiteral("d1"), QStringLiteral("d150"), QStringLiteral("d300"),
                              QStringLiteral("d301"), QString()})
        EXPECT_EQ(paper::debtOf(c, id), c.debt(id)) << id.toStdString();
    EXPECT_EQ(paper::debtOf(c, QStringLiteral("d7"))->creditor, QStringLiteral("債権者7"));

    // Another case, and this case changed: the index made for the first is not trusted.
    Case other;
    other.debts << debtWithId(QStringLiteral("d7"), QStringLiteral("別の債権者"));
    EXPECT_EQ(paper::debtOf(other, QStringLiteral("d7")), other.debt(QStringLiteral("d7")));
    EXPECT_EQ(paper::debtOf(other, QStringLiteral("d8")), nullptr);
    c.debts.removeFirst(); // d1 gone, every debt one place earlier
    c.debts << debtWithId(QStringLiteral("d999"), QStringLiteral("新しい債権者"));
    for (const QString& id : {QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d300"),
                              QStringLiteral("d999")})
        EXPECT_EQ(paper::debtOf(c, id), c.debt(id)) << id.toStdString();
    EXPECT_EQ(paper::creditorName(c, QStringLiteral("d999")), QStringLiteral("新しい債権者"));
    EXPECT_EQ(paper::creditorName(c, QStringLiteral("d1")), QStringLiteral("d1")); // unknown: id
}

} // namespace
