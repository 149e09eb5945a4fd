#include "report/PdfTextLayer.h"

// Why the drawn text rather than a table alone: the document's text is known when the PDF is
// written, and the font says exactly which code points share each drawn glyph, so every look-alike
// Qt can pick (radical, stroke, punctuation, compatibility form) is traced back to the character
// really drawn, and a radical the document does print as a radical stays. A table (LookAlikes.h:
// EquivalentUnifiedIdeograph.txt, built in, plus the marks Noto shares) covers what is drawn
// outside the known text, such as chart labels.

#include <QChar>
#include <QCoreApplication>
#include <QRegularExpression>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <stdexcept>

namespace zansai::ui {

namespace {

struct PdfText {
    Q_DECLARE_TR_FUNCTIONS(zansai::ui::PdfTextLayer)
};

// "<2F49>" → UTF-16 code units; false for malformed tokens.
bool parseHex(const QByteArray& token, QList<char16_t>* units)
{
    if (token.size() < 2 || token.front() != '<' || token.back() != '>')
        return false;
    const QByteArray hex = token.mid(1, token.size() - 2);
    if (hex.size() % 4 != 0)
        return false;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        bool ok = false;
        units->append(char16_t(hex.mid(i, 4).toUInt(&ok, 16)));
        if (!ok)
            return false;
    }
    return true;
}

// One code point from one unit or a surrogate pair; 0 for anything else (a ligature's "fi").
char32_t single(const QList<char16_t>& units)
{
    if (units.size() == 1 && !QChar::isSurrogate(units[0]))
        return units[0];
    if (units.size() == 2 && QChar::isHighSurrogate(units[0]) && QChar::isLowSurrogate(units[1]))
        return QChar::surrogateToUcs4(units[0], units[1]);
    return 0;
}

QByteArray toHex(char32_t c)
{
    QByteArray out("<");
    for (QChar u : QString::fromUcs4(&c, 1))
        out += QByteArray::number(uint(u.unicode()), 16).toUpper().rightJustified(4, '0');
    return out + '>';
}

QByteArray fixDestination(const QByteArray& token, const LookAlikeMap& map)
{
    QList<char16_t> units;
    if (!parseHex(token, &units))
        return token;
    const char32_t c = single(units);
    if (c == 0)
        return token;
    const char32_t to = map(c);
    return to == c ? token : toHex(to);
}

// Splits a section body into tokens: <hex>, [, ], and other words.
QList<QByteArray> tokens(const QByteArray& body)
{
    static const QRegularExpression re(QStringLiteral("<[0-9A-Fa-f]*>|\\[|\\]|[^\\s<>\\[\\]]+"));
    QList<QByteArray> out;
    const QString text = QString::fromLatin1(body);
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured().toLatin1());
    return out;
}

QByteArray fixBfChar(const QByteArray& body, const LookAlikeMap& map)
{
    const QList<QByteArray> t = tokens(body);
    QByteArray out("\n");
    for (qsizetype i = 0; i + 1 < t.size(); i += 2)
        out += t[i] + ' ' + fixDestination(t[i + 1], map) + '\n';
    return out;
}

QByteArray fixBfRange(const QByteArray& body, const LookAlikeMap& map)
{
    const QList<QByteArray> t = tokens(body);
    QByteArray out("\n");
    qsizetype i = 0;
    while (i + 2 < t.size()) {
        const QByteArray lo = t[i], hi = t[i + 1];
        i += 2;
        if (t[i] == "[") {
            QByteArray line = lo + ' ' + hi + " [";
            for (++i; i < t.size() && t[i] != "]"; ++i)
                line += fixDestination(t[i], map) + ' ';
            ++i; // past ']'
            out += line + "]\n";
            continue;
        }
        // <lo> <hi> <dst>: consecutive destinations. Expanded to an array if any changes.
        const QByteArray dst = t[i++];
        QList<char16_t> loU, hiU, dstU;
        if (parseHex(lo, &loU) && parseHex(hi, &hiU) && parseHex(dst, &dstU) && loU.size() == 1 &&
            hiU.size() == 1 && dstU.size() == 1 && hiU.front() >= loU.front()) {
            const int n = hiU.front() - loU.front() + 1;
            const char32_t first = dstU.front();
            bool changes = false;
            for (int k = 0; k < n; ++k)
                changes = changes || map(first + char32_t(k)) != first + char32_t(k);
            if (changes) {
                QByteArray line = lo + ' ' + hi + " [";
                for (int k = 0; k < n; ++k)
                    line += toHex(map(first + char32_t(k))) + ' ';
                out += line + "]\n";
                continue;
            }
        }
        out += lo + ' ' + hi + ' ' + dst + '\n';
    }
    return out;
}

QByteArray rewriteSections(const QByteArray& cmap, const QByteArray& begin, const QByteArray& end,
                           QByteArray (*fix)(const QByteArray&, const LookAlikeMap&),
                           const LookAlikeMap& map)
{
    QByteArray out;
    qsizetype pos = 0;
    while (true) {
        const qsizetype b = cmap.indexOf(begin, pos);
        if (b < 0)
            break;
        const qsizetype bodyStart = b + begin.size();
        const qsizetype e = cmap.indexOf(end, bodyStart);
        if (e < 0)
            break;
        out += cmap.mid(pos, bodyStart - pos);
        out += fix(cmap.mid(bodyStart, e - bodyStart), map);
        pos = e;
    }
    return out + cmap.mid(pos);
}

// Type0 font → its CIDFont → FontDescriptor /FontName "ABCDEF+Name": copy that name up.
void tagSubsetFonts(QPDF& doc)
{
    for (QPDFObjectHandle& obj : doc.getAllObjects()) {
        if (!obj.isDictionary() || !obj.hasKey("/Subtype") ||
            obj.getKey("/Subtype").getName() != "/Type0" || !obj.hasKey("/DescendantFonts"))
            continue;
        QPDFObjectHandle descendants = obj.getKey("/DescendantFonts");
        if (!descendants.isArray() || descendants.getArrayNItems() < 1)
            continue;
        QPDFObjectHandle cidFont = descendants.getArrayItem(0);
        if (!cidFont.isDictionary() || !cidFont.hasKey("/FontDescriptor"))
            continue;
        QPDFObjectHandle descriptor = cidFont.getKey("/FontDescriptor");
        if (!descriptor.isDictionary() || !descriptor.hasKey("/FontName"))
            continue;
        const std::string name = descriptor.getKey("/FontName").getName(); // "/ABCDEF+Name"
        if (name.size() < 9 || name[7] != '+')
            continue;
        obj.replaceKey("/BaseFont", QPDFObjectHandle::newName(name));
        cidFont.replaceKey("/BaseFont", QPDFObjectHandle::newName(name));
    }
}

} // namespace

void preferUnshapedText(QFont& font)
{
    font.setStyleStrategy(QFont::PreferNoShaping);
}

QByteArray normalizeToUnicodeCMap(const QByteArray& cmap, const LookAlikeMap& map)
{
    QByteArray out = rewriteSections(cmap, "beginbfchar", "endbfchar", &fixBfChar, map);
    return rewriteSections(out, "beginbfrange", "endbfrange", &fixBfRange, map);
}

Result<QByteArray> repairPdfTextLayer(const QByteArray& pdf, const DrawnText& drawn)
{
    try {
        const LookAlikeMap lookAlikes(drawn);
        QPDF doc;
        doc.setSuppressWarnings(true);
        doc.processMemoryFile("report.pdf", pdf.constData(), size_t(pdf.size()));
        for (QPDFObjectHandle& obj : doc.getAllObjects()) {
            if (!obj.isDictionary() || !obj.hasKey("/ToUnicode"))
                continue;
            QPDFObjectHandle map = obj.getKey("/ToUnicode");
            if (!map.isStream())
                continue;
            const auto data = map.getStreamData(qpdf_dl_generalized);
            const QByteArray before(reinterpret_cast<const char*>(data->getBuffer()),
                                    qsizetype(data->getSize()));
            const QByteArray after = normalizeToUnicodeCMap(before, lookAlikes);
            if (after != before)
                map.replaceStreamData(after.toStdString(), QPDFObjectHandle::newNull(),
                                      QPDFObjectHandle::newNull());
        }
        tagSubsetFonts(doc);
        QPDFWriter writer(doc);
        writer.setOutputMemory();
        writer.setCompressStreams(true);
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.write();
        const auto buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char*>(buffer->getBuffer()),
                          qsizetype(buffer->getSize()));
    } catch (const std::exception& e) {
        return Error{QString(), PdfText::tr("The PDF could not be post-processed: %1")
                                    .arg(QString::fromLocal8Bit(e.what()))};
    }
}

} // namespace zansai::ui
