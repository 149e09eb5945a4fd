// Which character a PDF ToUnicode entry should name, when the font draws several code points with
// one glyph (PdfTextLayer). Qt names each glyph after the LOWEST BMP code point the font maps to
// it, and Noto Sans CJK maps radicals and some punctuation to the glyphs of common characters: the
// glyph of 民 is named ⺠ (U+2EA0), 長 ⻑ (U+2ED1), ・ ‧ (U+2027). Search and copy then fail.
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace zansai::ui {

// What a document drew: every string it painted, and the font families it painted them in (the
// regular and bold faces of each are read).
struct DrawnText {
    QString text;
    QStringList fontFamilies;
};

// The character a look-alike stands for when nothing better is known: a CJK radical or stroke
// (U+2E80–U+2FDF, U+31C0–U+31EF) → its unified ideograph (Unicode's EquivalentUnifiedIdeograph.txt,
// built in at configure time), and the punctuation Noto draws with the glyph of a more common mark
// (‧ U+2027 → ・ U+30FB …). Any other code point is returned unchanged.
char32_t standardLookAlike(char32_t c);

// Maps each ToUnicode destination to the character the document drew with that glyph.
class LookAlikeMap {
public:
    // Knows no drawn text: every look-alike becomes its standardLookAlike.
    LookAlikeMap() = default;
    // For every drawn character c: the code point Qt names c's glyph after (the lowest one the font
    // maps to the same glyph) → c. A destination the document drew itself stays as it is; any other
    // falls back to standardLookAlike (text drawn outside `drawn`, such as chart labels).
    explicit LookAlikeMap(const DrawnText& drawn);

    char32_t operator()(char32_t destination) const;
    // The entries learnt from the drawn text (lowest code point → drawn character).
    const QHash<char32_t, char32_t>& drawnAs() const { return drawnAs_; }

private:
    QHash<char32_t, char32_t> drawnAs_;
    QSet<char32_t> drawn_;
};

} // namespace zansai::ui
