// Lays a Paper (report/PaperModel.h) out on pages once, and paints any page of it.
//
// Every piece is measured once with QTextLayout at the device's resolution, then placed: a table
// row never straddles a page (it moves whole to the next page, below the table's header repeated
// there); a heading stays with what follows it; a paragraph may continue on the next page
// between two lines; a drawing and a 内容証明 grid page move whole. Painting a page draws only what
// was placed on it, so the cost grows with the pages, not with the pages times the document.
#pragma once

#include "report/PaperModel.h"

#include <QList>
#include <QRectF>
#include <QSizeF>

#include <memory>

class QPaintDevice;
class QPainter;

namespace zansai::ui {

class PaperLayout {
public:
    // `body` is the page's text area in the device's pixels (the page less margins, header and
    // footer).
    PaperLayout(const Paper& paper, const QPaintDevice& device, QSizeF body);
    ~PaperLayout();
    PaperLayout(const PaperLayout&) = delete;
    PaperLayout& operator=(const PaperLayout&) = delete;

    int pageCount() const;
    // Paints page `page` (0-based) with the painter's origin at the body's top left.
    void paintPage(QPainter& painter, int page) const;

    // Where each piece landed, in order: a block's lines or rows on one page (row -1), a table's
    // header row (row -2) or body row (row >= 0). For tests of the pagination.
    struct Piece {
        int block = 0;
        int row = -1;
        int page = 0;
        QRectF rect; // in body coordinates of its page
    };
    const QList<Piece>& pieces() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace zansai::ui
