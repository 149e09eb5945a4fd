// Internal to PaperLayout: the papers' text and tables measured at a device's resolution, once.
#pragma once

#include "report/GlyphRuns.h"
#include "report/PaperModel.h"

#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QString>
#include <QTextLayout>

#include <map>
#include <memory>
#include <vector>

class QPaintDevice;

namespace zansai::ui::layout {

// Cell padding: the space between two columns' text (twice the side padding) keeps a PDF reader
// from running neighbouring cells together into one line when it extracts the text.
constexpr double kCellPaddingXPt = 3.5;
constexpr double kCellPaddingYPt = 2;

// One laid-out piece of text: its lines at y from 0 (`layout`), or, for the common case of one line
// of unformatted text that fits (most table cells), just the text and where it starts: keeping a
// QTextLayout for each of 100,000 cells cost more memory and time than drawing them, and Qt's PDF
// writer opens a text object per QTextLayout line, which a glyph run per page avoids
// (docs/stack-notes.md §7).
struct Text {
    std::unique_ptr<QTextLayout> layout;
    QString plain;
    GlyphFont* glyphFont = nullptr;
    double offset = 0; // of the plain line within its width (alignment)
    double height = 0;
};

// A measured table: column geometry, the header's and each row's cells and height.
struct Row {
    std::vector<Text> cells;
    double height = 0;
};
struct Table {
    QList<double> x, width; // per column
    Row header;
    std::vector<Row> rows;
    bool headerPresent = false;
};

// Fonts, metrics and glyph caches for one device; text laid out with them.
class Measurer {
public:
    explicit Measurer(const QPaintDevice& device);
    double px(double pt) const { return pt * dpi_ / 72.0; }
    // The papers' font (preferUnshapedText) at `pointSize`.
    QFont font(double pointSize, bool bold) const;
    const QFontMetricsF& metrics(const QFont& f) const;
    // `t` broken into lines `width` wide; a line that fits is kept as plain text (Text).
    Text lay(const RichText& t, const QFont& f, double width, Qt::Alignment align) const;
    // Column widths for a table `width` wide, and every cell laid out.
    std::unique_ptr<Table> table(const PaperTable& pt, double width) const;

private:
    static double breakLines(QTextLayout& layout, double width);
    GlyphFont& glyphFont(const QFont& f) const;
    const QPaintDevice& device_;
    const double dpi_;
    QFont base_;
    mutable std::map<QString, QFontMetricsF> metrics_;
    mutable std::map<QString, GlyphFont> glyphFonts_; // by QFont::key; nodes never move
};

} // namespace zansai::ui::layout
