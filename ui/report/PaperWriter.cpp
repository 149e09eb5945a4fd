#include "report/PaperWriter.h"

#include "Version.h"
#include "case/CaseJsonWriter.h"
#include "law/JapaneseEra.h"
#include "law/LawTablesDate.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace zansai::ui::paper {

namespace {

// The narrator of the document being built (LanguageScope); the one definition.
thread_local const Narrator* g_narrator = nullptr;

constexpr char kContext[] = "zansai::ui::ClientDocuments";

} // namespace

LanguageScope::LanguageScope(Language l) : narrator(l), previous(g_narrator)
{
    g_narrator = &narrator;
}

LanguageScope::~LanguageScope()
{
    g_narrator = previous;
}

const Narrator& narrator()
{
    static const Narrator fallback(Language::Japanese);
    return g_narrator ? *g_narrator : fallback;
}

QString L(const char* source)
{
    return narrator().tr(kContext, source);
}

QString text(const Message& m)
{
    return narrator().text(m);
}

QStringList texts(const QList<Message>& ms)
{
    return narrator().texts(ms);
}

bool japanese()
{
    return narrator().language() == Language::Japanese;
}

QString documentDate(QDate d)
{
    return ::zansai::ui::documentDate(d, narrator().language());
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString yen(Yen y)
{
    return esc(formatYen(y, japanese()));
}

QString dateText(QDate d)
{
    return d.isValid() ? esc(documentDate(d)) : QStringLiteral("—");
}

const Debt* debtOf(const Case& c, const QString& id)
{
    // An index of the last case looked up, by position. A stale index (another case, or this one
    // changed) is caught by the checks below and answered by the linear search.
    thread_local struct {
        const Debt* data = nullptr;
        qsizetype size = -1;
        QHash<QString, qsizetype> at;
    } index;
    if (index.data != c.debts.constData() || index.size != c.debts.size()) {
        index.data = c.debts.constData();
        index.size = c.debts.size();
        index.at.clear();
        index.at.reserve(index.size);
        for (qsizetype i = index.size - 1; i >= 0; --i) // the first of equal ids wins, as in debt()
            index.at.insert(c.debts[i].id, i);
    }
    const qsizetype i = index.at.value(id, -1);
    // A hit is checked by its id (ids are unique in a case: the reader refuses a repeated one).
    if (i >= 0 && i < c.debts.size() && c.debts[i].id == id)
        return &c.debts[i];
    return c.debt(id);
}

QString creditorName(const Case& c, const QString& id)
{
    const Debt* d = debtOf(c, id);
    return d ? d->creditor : id;
}

void PaperWriter::h1(const QString& t)
{
    PaperBlock b;
    b.style = ParagraphStyle::Heading1;
    b.text.text = t;
    add(std::move(b));
}

void PaperWriter::h2(const QString& t)
{
    PaperBlock b;
    b.style = ParagraphStyle::Heading2;
    b.text.text = t;
    add(std::move(b));
}

void PaperWriter::p(const QString& t, ParagraphStyle style)
{
    PaperBlock b;
    b.style = style;
    b.text.text = t;
    add(std::move(b));
}

void PaperWriter::pMarkup(const QString& markup, ParagraphStyle style, Qt::Alignment align,
                          bool newPage)
{
    PaperBlock b;
    b.style = style;
    b.text = parseMarkup(markup, &paper_.unknownMarkup);
    b.align = align;
    b.pageBreakBefore = newPage;
    add(std::move(b));
}

namespace {
// A list's items as blocks: each with its marker ("•", or "3." counted from 1).
void addList(Paper& paper, const QList<RichText>& items, bool numbered)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        PaperBlock b;
        b.kind = PaperBlock::Kind::ListItem;
        b.text = items[i];
        b.marker = numbered ? QStringLiteral("%1.").arg(i + 1) : QStringLiteral("•");
        b.lastOfList = i + 1 == items.size();
        paper.blocks.push_back(std::move(b));
    }
}
} // namespace

void PaperWriter::list(const QStringList& items, bool numbered)
{
    QList<RichText> rich;
    rich.reserve(items.size());
    for (const QString& t : items)
        rich.append(RichText{t, {}});
    addList(paper_, rich, numbered);
}

void PaperWriter::listMarkup(const QStringList& items, bool numbered)
{
    QList<RichText> rich;
    rich.reserve(items.size());
    for (const QString& t : items)
        rich.append(parseMarkup(t, &paper_.unknownMarkup));
    addList(paper_, rich, numbered);
}

void PaperWriter::table(const QStringList& header, const QList<QStringList>& rows,
                        const QList<int>& right, const QList<int>& widths, double pointSize)
{
    auto t = std::make_shared<PaperTable>();
    for (const QString& h : header)
        t->header.append(RichText{h, {}});
    t->rows.reserve(rows.size());
    for (const QStringList& row : rows) {
        QList<RichText> cells;
        cells.reserve(row.size());
        for (const QString& cell : row)
            cells.append(parseMarkup(cell, &paper_.unknownMarkup));
        t->rows.append(std::move(cells));
    }
    t->rightAligned = right;
    t->widths = widths;
    t->pointSize = pointSize;
    PaperBlock b;
    b.kind = PaperBlock::Kind::Table;
    b.table = std::move(t);
    add(std::move(b));
}

void PaperWriter::drawing(Drawing draw, double heightRatio)
{
    PaperBlock b;
    b.kind = PaperBlock::Kind::Drawing;
    b.drawing = std::move(draw);
    b.heightRatio = heightRatio;
    add(std::move(b));
}

void PaperWriter::grid(const QList<QStringList>& rows, bool cells)
{
    PaperBlock b;
    b.kind = PaperBlock::Kind::Grid;
    b.gridRows = rows;
    b.gridCells = cells;
    add(std::move(b));
}

QString caseHash(const Case& c)
{
    const QByteArray json = QJsonDocument(writeCase(c)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex().left(12));
}

QString paperStamp(const ReportContext& ctx)
{
    const QDate asOf = ctx.consultation.asOf.isValid() ? ctx.consultation.asOf : ctx.caseData.asOf;
    // Short dates (和暦 alone in Japanese): the stamp shares the footer with the disclaimer.
    auto shortDate = [](QDate d) {
        return japanese() ? law::formatWareki(d)
                          : QLocale(QLocale::English).toString(d, QStringLiteral("d MMM yyyy"));
    };
    return L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                               "Zansai Navigator %1 · law tables %2 · case %3 · as of %4"))
        .arg(QStringLiteral(ZANSAI_VERSION), shortDate(law::kLawTablesDate), caseHash(ctx.caseData),
             shortDate(asOf));
}

void draftCoverHead(PaperWriter& h, ClientDocument d, const ReportContext& ctx)
{
    h.h1(documentTitle(d, narrator().language()));
    h.p(L(QT_TRANSLATE_NOOP(
            "zansai::ui::ClientDocuments",
            "A DRAFT for you to check, sign, seal and send yourself, in your own name. We give "
            "information and do not act for you: we do not represent you before the creditor or "
            "a court (弁護士法72条). For a negotiation or a court case, see a lawyer or a "
            "certified judicial scrivener.")),
        ParagraphStyle::Disclaimer);
    h.p(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "%1 — prepared on %2 (case %3)"))
            .arg(ctx.caseData.client.name, documentDate(ctx.printedOn), ctx.caseNumber),
        ParagraphStyle::Meta);
    h.p(paperStamp(ctx), ParagraphStyle::Meta);
}

} // namespace zansai::ui::paper
