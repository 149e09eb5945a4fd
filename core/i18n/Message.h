// A sentence not yet written: what a result says, as facts — the source text (for lupdate and the
// catalogue), a stable reason code, the article it rests on and its arguments — but not the words
// of any language. A Narrator (i18n/Narrator.h) writes it for an explicit language afterwards, so
// the same result can be shown in the UI's language and printed in the case's language without
// computing it twice (as Subsurface writes planner notes apart from the planner).
//
// Call sites write the text as QT_TRANSLATE_NOOP("zansai::Context", "…") (QT_TRANSLATE_NOOP3 with a
// disambiguating comment, QT_TRANSLATE_N_NOOP for "%n" plurals) so lupdate reads the same context
// and source text as a tr() call did, and translations/zansai_ja.ts keeps its entries.
#pragma once

#include "money/Yen.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <variant>

namespace zansai {

struct Message;

// One argument of a message, replacing %1…%n (QString::arg semantics): verbatim text (a creditor's
// name, a debt label, an article), a number, money and a date (both formatted by the narrator:
// money as "¥1,234" / "1,234円", dates in the one date format of Narrator::date) or another message
// written in the same language (a composed sentence).
struct MessageArg {
    std::variant<QString, qint64, Yen, QDate, std::shared_ptr<const Message>> value;

    MessageArg(const QString& text) : value(text) {}       // NOLINT: implicit by design (arg lists)
    MessageArg(QString&& text) : value(std::move(text)) {} // NOLINT
    MessageArg(int n) : value(qint64(n)) {}                // NOLINT
    MessageArg(qint64 n) : value(n) {}                     // NOLINT
    MessageArg(Yen y) : value(y) {}                        // NOLINT
    MessageArg(QDate d) : value(d) {}                      // NOLINT
    MessageArg(const Message& m);                          // NOLINT
    MessageArg(Message&& m);                               // NOLINT

    bool operator==(const MessageArg& o) const;
};

struct Message {
    enum class Form : quint8 {
        Text,      // context + source (+ comment, count), translated, arguments substituted
        Verbatim,  // args[0] as it is: text that is the same in every language (a name, a number)
        Sentences, // args (messages) one after the other as sentences ("%1 %2" / "%1%2")
        List,      // args (messages) as the items of a list (", " / "、")
    };

    const char* context = nullptr; // lupdate context, e.g. "zansai::Limitation"
    const char* source = nullptr;  // English source text, a string literal
    const char* comment = nullptr; // disambiguation (QT_TRANSLATE_NOOP3), may be null
    QString code;                  // stable reason code, e.g. "installment.below_late_interest"
    QString article;               // the article the sentence rests on, e.g. "民法152条1項"
    QList<MessageArg> args;
    int count = -1; // "%n" (plural forms) when >= 0
    Form form = Form::Text;

    Message() = default;
    Message(const char* context, const char* source, QList<MessageArg> args = {})
        : context(context), source(source), args(std::move(args))
    {
    }

    static Message verbatim(const QString& text);
    static Message sentences(const QList<Message>& parts); // empty parts are skipped
    static Message list(const QList<Message>& items);

    // Fluent setters for the facts beside the text.
    Message& withCode(const QString& c) &
    {
        code = c;
        return *this;
    }
    Message& withArticle(const QString& a) &
    {
        article = a;
        return *this;
    }
    Message& withCount(int n) &
    {
        count = n;
        return *this;
    }
    Message& withComment(const char* c) &
    {
        comment = c;
        return *this;
    }
    Message withCode(const QString& c) &&
    {
        code = c;
        return std::move(*this);
    }
    Message withArticle(const QString& a) &&
    {
        article = a;
        return std::move(*this);
    }
    Message withCount(int n) &&
    {
        count = n;
        return std::move(*this);
    }
    Message withComment(const char* c) &&
    {
        comment = c;
        return std::move(*this);
    }

    // Nothing to say (no source text, an empty verbatim text, a join of empty parts).
    bool isEmpty() const;

    // Same text (by content, not pointer), code, article, arguments and count.
    bool operator==(const Message& o) const;
    bool operator!=(const Message& o) const { return !(*this == o); }
};

// The codes of a list of messages, in order (empty where a message has none).
QStringList codes(const QList<Message>& messages);

} // namespace zansai
