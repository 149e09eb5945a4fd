#include "report/PaperModel.h"

#include <QRegularExpression>

namespace zansai::ui {

namespace {

// The value of attribute `name` in a tag's text (`font color="#b00000"`), unquoted.
QString attribute(const QString& tag, const QString& name)
{
    const QRegularExpression re(QStringLiteral("\\b%1\\s*=\\s*\"([^\"]*)\"").arg(name));
    const auto m = re.match(tag);
    return m.hasMatch() ? m.captured(1) : QString();
}

// `font-size: 7pt; color: #555555;` into a character format.
void applyStyle(const QString& style, QTextCharFormat& f)
{
    for (const QString& declaration : style.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString property = declaration.section(QLatin1Char(':'), 0, 0).trimmed();
        const QString value = declaration.section(QLatin1Char(':'), 1).trimmed();
        if (property == QLatin1String("color"))
            f.setForeground(QColor(value));
        else if (property == QLatin1String("font-size") && value.endsWith(QLatin1String("pt")))
            f.setFontPointSize(value.chopped(2).toDouble());
        else if (property == QLatin1String("font-weight") && value == QLatin1String("bold"))
            f.setFontWeight(QFont::Bold);
    }
}

QChar entity(QStringView name, bool* known)
{
    *known = true;
    if (name == u"amp")
        return QLatin1Char('&');
    if (name == u"lt")
        return QLatin1Char('<');
    if (name == u"gt")
        return QLatin1Char('>');
    if (name == u"quot")
        return QLatin1Char('"');
    if (name == u"#39" || name == u"apos")
        return QLatin1Char('\'');
    if (name == u"nbsp")
        return QChar::Nbsp;
    *known = false;
    return {};
}

} // namespace

RichText parseMarkup(const QString& markup, QStringList* unknown)
{
    RichText out;
    out.text.reserve(markup.size());
    struct Open {
        QString tag;
        int start;
        QTextCharFormat format;
    };
    QList<Open> open;
    for (qsizetype i = 0; i < markup.size();) {
        const QChar c = markup[i];
        if (c == QLatin1Char('<')) {
            const qsizetype end = markup.indexOf(QLatin1Char('>'), i);
            if (end < 0) { // not a tag: the rest is text
                out.text += markup.mid(i);
                break;
            }
            const QString tag = markup.mid(i + 1, end - i - 1).trimmed();
            i = end + 1;
            const bool closing = tag.startsWith(QLatin1Char('/'));
            const QString name = (closing ? tag.mid(1) : tag)
                                     .section(QLatin1Char(' '), 0, 0)
                                     .remove(QLatin1Char('/'))
                                     .toLower();
            if (name == QLatin1String("br")) {
                out.text += QChar::LineSeparator;
                continue;
            }
            if (name != QLatin1String("b") && name != QLatin1String("font") &&
                name != QLatin1String("span")) {
                if (unknown)
                    unknown->append(name);
                continue;
            }
            if (closing) {
                for (qsizetype k = open.size() - 1; k >= 0; --k)
                    if (open[k].tag == name) {
                        const int start = open[k].start;
                        if (out.text.size() > start)
                            out.formats.append(
                                {start, int(out.text.size()) - start, open[k].format});
                        open.remove(k);
                        break;
                    }
                continue;
            }
            QTextCharFormat f;
            if (name == QLatin1String("b"))
                f.setFontWeight(QFont::Bold);
            else if (name == QLatin1String("font")) {
                if (const QString color = attribute(tag, QStringLiteral("color")); !color.isEmpty())
                    f.setForeground(QColor(color));
            } else {
                applyStyle(attribute(tag, QStringLiteral("style")), f);
            }
            open.append({name, int(out.text.size()), f});
            continue;
        }
        if (c == QLatin1Char('&')) {
            const qsizetype semi = markup.indexOf(QLatin1Char(';'), i);
            if (semi > i && semi - i <= 6) {
                bool known = false;
                const QChar ch = entity(QStringView(markup).mid(i + 1, semi - i - 1), &known);
                if (known) {
                    out.text += ch;
                    i = semi + 1;
                    continue;
                }
            }
        }
        out.text += c;
        ++i;
    }
    for (const Open& o : open) // unclosed: to the end
        if (out.text.size() > o.start)
            out.formats.append({o.start, int(out.text.size()) - o.start, o.format});
    return out;
}

QString Paper::plainText() const
{
    QString s;
    const auto add = [&s](const QString& t) {
        s += t;
        s += QLatin1Char('\n');
    };
    for (const PaperBlock& b : blocks) {
        add(b.marker);
        add(b.text.text);
        if (b.table) {
            for (const RichText& h : b.table->header)
                add(h.text);
            for (const auto& row : b.table->rows)
                for (const RichText& cell : row)
                    add(cell.text);
        }
        for (const QStringList& row : b.gridRows)
            add(row.join(QString()));
    }
    return s;
}

} // namespace zansai::ui
