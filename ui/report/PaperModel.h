// What a paper is made of, before it is laid out: paragraphs, list items, tables, drawings and
// 内容証明 grids, in order (built by paper::PaperWriter, laid out and painted by PaperLayout).
//
// Why not QTextDocument: the papers used to be HTML in a QTextDocument, which QPdfWriter paints
// well but lays out slowly and lets table rows straddle pages; keeping rows whole took three or
// four layouts of the whole document, and 10,000 debts took 90 s against a floor of 5
// (docs/stack-notes.md §7). Each piece here is laid out once with QTextLayout, the same text
// engine QTextDocument uses underneath, so the glyphs, fonts and line breaking are Qt's own.
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextLayout>

#include <functional>
#include <memory>
#include <vector>

class QPainter;
class QRectF;

namespace zansai::ui {

// Text with its inline formats (bold, colour, size). Line breaks are QChar::LineSeparator.
struct RichText {
    QString text;
    QList<QTextLayout::FormatRange> formats;
};

// The papers' inline markup, a small subset of HTML that the paper builders write into table
// cells and list items: <b>, <font color="#rrggbb">, <span style="font-size: Npt; color:
// #rrggbb;">, <br> and <br/>, and the entities of QString::toHtmlEscaped plus &nbsp;. Any other
// tag is dropped and named in `unknown` (a test checks that no paper writes one).
RichText parseMarkup(const QString& markup, QStringList* unknown = nullptr);

// A vector drawing placed in the text flow (a chart): `draw` paints into the given rectangle.
using Drawing = std::function<void(QPainter*, const QRectF&)>;

enum class ParagraphStyle {
    Body,
    Heading1,
    Heading2,
    Meta,       // small print under the title: no space around it
    Note,       // 8pt grey
    Warn,       // bold dark red
    Disclaimer, // 8pt in a ruled box
};

struct PaperTable {
    QList<RichText> header;
    QList<QList<RichText>> rows;
    QList<int> rightAligned; // columns of amounts
    QList<int>
        widths; // percent of the text width per column; missing or 0: equal shares of the rest
    double pointSize = 9;
};

struct PaperBlock {
    enum class Kind { Paragraph, ListItem, Table, Drawing, Grid };
    Kind kind = Kind::Paragraph;
    ParagraphStyle style = ParagraphStyle::Body;
    RichText text;
    Qt::Alignment align = Qt::AlignLeft;
    bool pageBreakBefore = false;
    // List items: the marker ("•", "3."), and whether the item ends its list (space after it).
    QString marker;
    bool lastOfList = false;
    std::shared_ptr<const PaperTable> table;
    Drawing drawing;
    double heightRatio = 0.45; // a drawing's height as a share of the text width
    // A 内容証明 page (law/CertifiedMailGrid.h): its rows, each the 26 cells of one counted
    // character (`gridCells`), or each a single line of text (a translation, read, not sent).
    QList<QStringList> gridRows;
    bool gridCells = true;
};

struct Paper {
    std::vector<PaperBlock> blocks;
    // Tags in the paper's markup that parseMarkup does not know (and dropped): none, or a paper
    // builder wrote HTML the layout cannot show (tested for every paper).
    QStringList unknownMarkup;
    // Every character the paper draws (the text layer's look-alike repair needs them), in order.
    QString plainText() const;
};

} // namespace zansai::ui
