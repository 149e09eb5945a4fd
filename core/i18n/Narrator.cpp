#include "i18n/Narrator.h"

#include "law/JapaneseEra.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>
#include <algorithm>
#include <array>
#include <mutex>

namespace zansai {

namespace {

constexpr char kContext[] = "zansai::Narrator";

// One catalogue per language, loaded on first use and kept for the life of the process (never
// destroyed: a QObject outliving QCoreApplication at exit would be destroyed too late).
// QTranslator::translate only reads the loaded catalogue, so narrators on several threads share it.
const QTranslator* catalogue(Language lang)
{
    static std::array<std::once_flag, 2> once;
    static std::array<const QTranslator*, 2> loaded{};
    const int i = lang == Language::English ? 1 : 0;
    std::call_once(once[i], [&] {
        auto* t = new QTranslator; // NOLINT: deliberately leaked, see above
        if (t->load(QStringLiteral(":/i18n/zansai_") + languageCode(lang) + QStringLiteral(".qm")))
            loaded[i] = t;
        else
            delete t;
    });
    return loaded[i];
}

// "%n" → n, as QCoreApplication::translate does.
void replacePercentN(QString& text, int n)
{
    if (n < 0)
        return;
    const QString number = QString::number(n);
    for (qsizetype p = text.indexOf(u"%n"); p >= 0; p = text.indexOf(u"%n", p + number.size()))
        text.replace(p, 2, number);
}

// QString::arg(a1, …, an): the lowest-numbered markers %1…%99 take the arguments in order, each
// replaced in one pass (a marker inside an argument is left alone).
QString substitute(const QString& tmpl, const QStringList& args)
{
    if (args.isEmpty())
        return tmpl;
    struct Marker {
        qsizetype at, length;
        int number;
    };
    QList<Marker> markers;
    const qsizetype size = tmpl.size();
    for (qsizetype p = tmpl.indexOf(u'%'); p >= 0 && p + 1 < size; p = tmpl.indexOf(u'%', p + 1)) {
        const QChar c = tmpl.at(p + 1);
        if (!c.isDigit() || c == u'0')
            continue;
        int number = c.digitValue();
        qsizetype length = 2;
        if (p + 2 < size && tmpl.at(p + 2).isDigit()) {
            number = number * 10 + tmpl.at(p + 2).digitValue();
            length = 3;
        }
        markers.append({p, length, number});
        p += length - 1;
    }
    QList<int> numbers;
    for (const Marker& m : markers)
        if (!numbers.contains(m.number))
            numbers.append(m.number);
    std::sort(numbers.begin(), numbers.end());
    QString out;
    out.reserve(size + 16 * args.size());
    qsizetype from = 0;
    for (const Marker& m : markers) {
        const qsizetype which = numbers.indexOf(m.number);
        if (which >= args.size())
            continue;
        out += QStringView(tmpl).sliced(from, m.at - from);
        out += args[which];
        from = m.at + m.length;
    }
    out += QStringView(tmpl).sliced(from);
    return out;
}

} // namespace

Narrator::Narrator(Language lang) : language_(lang), catalogue_(catalogue(lang)) {}

QString Narrator::tr(const char* context, const char* source, const char* comment, int n) const
{
    if (!source)
        return QString();
    QString text;
    if (catalogue_)
        text = catalogue_->translate(context, source, comment, n);
    if (text.isNull())
        text = QString::fromUtf8(source);
    replacePercentN(text, n);
    return text;
}

QString Narrator::money(Yen y) const
{
    return tr(kContext, QT_TRANSLATE_NOOP("zansai::Narrator", "¥%1")).arg(formatYenDigits(y));
}

QString Narrator::date(QDate d) const
{
    if (!d.isValid())
        return QString();
    // A Japanese sentence reads 和暦 (令和8年11月30日), from ICU's Japanese calendar; before 1873
    // (no 和暦 that a Gregorian date can name) the 西暦 in the same words.
    if (language_ == Language::Japanese) {
        const QString wareki = law::formatWareki(d);
        return wareki.isEmpty()
                   ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day())
                   : wareki;
    }
    // An English sentence reads "30 November 2026", as the English papers print dates
    // (documentDate); ISO 8601 stays in the JSON and the CLI's machine output.
    return QLocale(QLocale::English).toString(d, QStringLiteral("d MMMM yyyy"));
}

QString Narrator::listSeparator() const
{
    static const struct {
        const char* source;
        const char* comment;
    } kSeparator =
        QT_TRANSLATE_NOOP3("zansai::Narrator", ", ", "separator between the items of a list");
    return tr(kContext, kSeparator.source, kSeparator.comment);
}

QString Narrator::joinSentences(const QStringList& sentences) const
{
    static const struct {
        const char* source;
        const char* comment;
    } kPair = QT_TRANSLATE_NOOP3("zansai::Narrator", "%1 %2", "two sentences in a row");
    const QString pair = tr(kContext, kPair.source, kPair.comment);
    QString out;
    for (const QString& s : sentences) {
        if (s.isEmpty())
            continue;
        out = out.isEmpty() ? s : pair.arg(out, s);
    }
    return out;
}

QString Narrator::text(const Message& m) const
{
    switch (m.form) {
    case Message::Form::Verbatim:
        return m.args.isEmpty() ? QString() : std::get<QString>(m.args.front().value);
    case Message::Form::Sentences:
    case Message::Form::List: {
        QStringList parts;
        for (const MessageArg& a : m.args)
            if (const auto* p = std::get_if<std::shared_ptr<const Message>>(&a.value); p && *p)
                parts.append(text(**p));
        return m.form == Message::Form::Sentences ? joinSentences(parts)
                                                  : parts.join(listSeparator());
    }
    case Message::Form::Text:
        break;
    }
    const QString tmpl = tr(m.context, m.source, m.comment, m.count);
    if (m.args.isEmpty())
        return tmpl;
    QStringList args;
    args.reserve(m.args.size());
    for (const MessageArg& a : m.args) {
        std::visit(
            [&](const auto& v) {
                using T = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<T, QString>)
                    args.append(v);
                else if constexpr (std::is_same_v<T, qint64>)
                    args.append(QString::number(v));
                else if constexpr (std::is_same_v<T, Yen>)
                    args.append(money(v));
                else if constexpr (std::is_same_v<T, QDate>)
                    args.append(date(v));
                else
                    args.append(v ? text(*v) : QString());
            },
            a.value);
    }
    return substitute(tmpl, args);
}

QStringList Narrator::texts(const QList<Message>& ms) const
{
    QStringList out;
    out.reserve(ms.size());
    for (const Message& m : ms)
        out.append(text(m));
    return out;
}

Narrator uiNarrator()
{
    return Narrator(currentLanguage());
}

} // namespace zansai
