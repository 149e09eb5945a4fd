#include "law/CertifiedMailGrid.h"

// 内容証明郵便の字数・行数 (docs/papers.md §内容証明): the counting rule and the 26×20 layout.

namespace zansai::law {

namespace {

bool inRange(char32_t c, char32_t from, char32_t to)
{
    return c >= from && c <= to;
}

// Characters drawn in a frame: the post office counts the frame too (① = 2, ⑩ = 3).
bool enclosed(char32_t c)
{
    return inRange(c, 0x2460, 0x24FF) || inRange(c, 0x2776, 0x2793) || inRange(c, 0x3200, 0x32FF) ||
           inRange(c, 0x1F100, 0x1F1FF);
}

// One glyph standing for several characters (㎡ ㎏ ℡ Ⅳ …): counted as what it stands for.
bool composite(char32_t c)
{
    return inRange(c, 0x3300, 0x33FF) || inRange(c, 0x2100, 0x214F) || inRange(c, 0x2150, 0x218F) ||
           inRange(c, 0xFB00, 0xFB06);
}

bool halfWidthKana(char32_t c)
{
    return inRange(c, 0xFF61, 0xFF9F);
}

// Belongs to the character before it: counts 0.
bool attached(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return inRange(c, 0xFE00, 0xFE0F) || inRange(c, 0xE0100, 0xE01EF);
    }
}

// Invisible and control characters carry nothing on paper.
bool dropped(char32_t c)
{
    if (c == U'\n')
        return false;
    const auto cat = QChar::category(c);
    return (cat == QChar::Other_Control || cat == QChar::Other_Format) && c != U'\t';
}

QString fromUcs4(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

// One cell: a character and whatever is attached to it.
QStringList units(const QString& normalized)
{
    QStringList out;
    const QList<uint> cps = normalized.toUcs4();
    for (const uint c : cps) {
        if (attached(c) && !out.isEmpty())
            out.last() += fromUcs4(c);
        else if (!attached(c))
            out.append(fromUcs4(c));
    }
    return out;
}

bool isSpace(const QString& u)
{
    return u == QLatin1String(" ");
}

bool alnum(const QString& u)
{
    if (u.isEmpty())
        return false;
    const char32_t c = u.toUcs4().value(0);
    return inRange(c, '0', '9') || inRange(c, 'A', 'Z') || inRange(c, 'a', 'z') ||
           inRange(c, 0xFF10, 0xFF19) || inRange(c, 0xFF21, 0xFF3A) || inRange(c, 0xFF41, 0xFF5A) ||
           inRange(c, 0xC0, 0x24F); // Latin letters with accents
}

bool joiner(const QString& u)
{
    return u == QLatin1String(",") || u == QLatin1String(".") || u == QLatin1String("'") ||
           u == QLatin1String("-") || u == QStringLiteral("，") || u == QStringLiteral("．");
}

// Where the run of letters and digits starting at i ends (exclusive): "5,800,000" is one run.
qsizetype runEnd(const QStringList& us, qsizetype i)
{
    qsizetype j = i;
    while (j < us.size()) {
        if (alnum(us[j]))
            ++j;
        else if (joiner(us[j]) && j > i && j + 1 < us.size() && alnum(us[j + 1]))
            ++j;
        else
            break;
    }
    return j;
}

// 行頭禁則: marks that never start a line.
bool closing(const QString& u)
{
    static const QString marks = QStringLiteral("、。，．）」』】〕〉》”’！？・：；,.)!?:;");
    return u.size() == 1 && marks.contains(u.front());
}

QString joined(QStringList line)
{
    while (!line.isEmpty() && isSpace(line.last()))
        line.removeLast();
    return line.join(QString());
}

} // namespace

QString certifiedMailNormalized(const QString& text)
{
    QString out;
    QString kana; // a run of 半角カナ, composed with its sound marks at once (ﾊﾞ → バ)
    const auto flushKana = [&] {
        out += kana.normalized(QString::NormalizationForm_KC);
        kana.clear();
    };
    for (const uint c : text.toUcs4()) {
        if (halfWidthKana(c)) {
            kana += fromUcs4(c);
            continue;
        }
        flushKana();
        if (dropped(c))
            continue;
        if (c == U'\t')
            out += QLatin1Char(' ');
        else if (enclosed(c)) {
            const QString inner = fromUcs4(c).normalized(QString::NormalizationForm_KC);
            out += inner.startsWith(QLatin1Char('(')) || inner == fromUcs4(c)
                       ? inner
                       : QStringLiteral("(") + inner + QStringLiteral(")");
        } else if (composite(c))
            out += fromUcs4(c).normalized(QString::NormalizationForm_KC);
        else
            out += fromUcs4(c);
    }
    flushKana();
    return out;
}

int certifiedMailCount(const QString& normalizedText)
{
    int n = 0;
    for (const QString& u : units(normalizedText))
        if (u != QLatin1String("\n"))
            ++n;
    return n;
}

QList<QStringList> layoutCertifiedMail(const QString& text, int columns, int rows)
{
    QStringList lines;
    const QStringList paragraphs = certifiedMailNormalized(text).split(QLatin1Char('\n'));
    for (const QString& paragraph : paragraphs) {
        const QStringList us = units(paragraph);
        QStringList cur;
        bool wrapped = false; // the current line continues the paragraph
        const auto flush = [&] {
            lines.append(joined(cur));
            cur.clear();
            wrapped = true;
        };
        qsizetype i = 0;
        qsizetype cutUntil = 0; // inside a run too long for a line: cut it where the line ends
        while (i < us.size()) {
            const QString& u = us[i];
            if (cur.isEmpty() && wrapped && isSpace(u)) {
                ++i; // a space at a break is not carried to the next line
                continue;
            }
            if (alnum(u) && i >= cutUntil) {
                const qsizetype end = runEnd(us, i);
                const qsizetype len = end - i;
                if (cur.size() + len <= columns) {
                    for (qsizetype k = i; k < end; ++k)
                        cur.append(us[k]);
                    i = end;
                    continue;
                }
                if (len <= columns && !cur.isEmpty()) {
                    flush(); // the whole run moves to the next line
                    continue;
                }
                if (len > columns)
                    cutUntil = end;
            }
            if (cur.size() < columns) {
                cur.append(u);
                ++i;
                continue;
            }
            // The line is full. A closing mark takes the character before it along, or the
            // whole run of letters and digits it ends ("2023." is not cut into "202" / "3.").
            if (closing(u) && cur.size() >= 2 && !closing(cur.last())) {
                qsizetype from = cur.size() - 1;
                while (from > 0 &&
                       (alnum(cur[from - 1]) ||
                        (joiner(cur[from - 1]) && from > 1 && alnum(cur[from - 2]))) &&
                       alnum(cur.last()))
                    --from;
                if (from == 0 || cur.size() - from + 1 > columns)
                    from = cur.size() - 1; // a run as long as the line: cut it
                const QStringList moved = cur.mid(from);
                cur = cur.mid(0, from);
                flush();
                cur = moved;
            } else {
                flush();
            }
        }
        if (!cur.isEmpty() || !wrapped)
            lines.append(joined(cur));
    }
    QList<QStringList> pages;
    for (qsizetype i = 0; i < lines.size(); i += rows)
        pages.append(lines.mid(i, rows));
    return pages;
}

} // namespace zansai::law
