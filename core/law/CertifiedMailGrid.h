// 内容証明郵便: how many characters a line and how many lines a page may hold, how the post office
// counts characters, and a text laid out on that grid (docs/papers.md §内容証明). Pure text: the
// paper (ui/report/LimitationNoticeDocument.cpp) paints the lines this returns, one per grid row.
//
// The rule applied (横書き, one of the post office's three layouts): at most 26 counted characters
// a line and 20 lines a page (520 a page). Counting (the post office's rules as published, and
// where they leave room, the stricter reading):
// - every kana, kanji, digit (全角 or 半角: one each), punctuation mark, symbol and space is 1;
// - a bracket pair may count as 1 under the rules; here each bracket counts 1 (never more than
//   the rules allow);
// - characters the rules count as several (㎡ = 2, ① = 2, ㈱ …) are written out as what they
//   stand for before counting (㎡ → m2, ① → (1), ㈱ → (株)), so that one cell holds one character;
//   半角カナ become 全角 (ﾊﾞ → バ);
// - a combining mark or variation selector belongs to the character before it (0);
// - a blank line is a line (stricter than the rules, which do not count it).
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace zansai::law {

inline constexpr int kCertifiedMailColumns = 26; // 横書き: 1行26字以内
inline constexpr int kCertifiedMailRows = 20;    // 1枚20行以内

// The text with every character that counts as more than one written out (see above).
QString certifiedMailNormalized(const QString& text);

// Characters as the post office counts them, for text already normalized.
int certifiedMailCount(const QString& normalizedText);

// The text laid out on pages of `rows` lines of at most `columns` counted characters. Paragraphs
// are separated by '\n' (an empty paragraph is a blank line). A line breaks at the last possible
// character, except that a run of Latin letters and digits (an amount "5,800,000", a word) moves
// whole to the next line when it fits there, and a closing mark (、。」） …) never starts a line:
// the character before it moves down with it (追い出し). Spaces at a line break are dropped.
QList<QStringList> layoutCertifiedMail(const QString& text, int columns = kCertifiedMailColumns,
                                       int rows = kCertifiedMailRows);

} // namespace zansai::law
