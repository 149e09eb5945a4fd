// Runs poppler's pdftotext / pdffonts / pdfinfo on a real PDF, as a reader of the PDF would.
#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

inline QString runTool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of the PDF (or of one page), as search and copy-paste see it.
inline QString pdfText(const QString& path, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << QStringLiteral("-layout") << path << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), args);
}

// The text in the order the pages draw it (pdftotext -raw): the lines of one table cell stay
// together, where -layout interleaves them with the cells beside them line by line.
inline QString pdfRawText(const QString& path)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-raw"), path, QStringLiteral("-")});
}

inline int pdfPageCount(const QString& path)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {path});
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

struct PdfFont {
    QString name;
    bool embedded = false;
    bool subset = false;
};

inline QList<PdfFont> pdfFonts(const QString& path)
{
    QList<PdfFont> fonts;
    const QStringList lines = runTool(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'));
    for (int i = 2; i < lines.size(); ++i) { // two header lines
        const QStringList t = lines[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (t.size() < 6)
            continue;
        // name … emb sub uni object ID (the type column may contain spaces)
        fonts.append({t.front(), t[t.size() - 5] == QLatin1String("yes"),
                      t[t.size() - 4] == QLatin1String("yes")});
    }
    return fonts;
}

// pdftotext -layout may put spaces between CJK glyphs that the layout set apart: compare without.
inline QString squeezed(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}
