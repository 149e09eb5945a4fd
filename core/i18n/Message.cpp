#include "i18n/Message.h"

#include "i18n/Narrator.h"

#include <QByteArrayView>

namespace zansai {

MessageArg::MessageArg(const Message& m) : value(std::make_shared<const Message>(m)) {}
MessageArg::MessageArg(Message&& m) : value(std::make_shared<const Message>(std::move(m))) {}

bool MessageArg::operator==(const MessageArg& o) const
{
    if (value.index() != o.value.index())
        return false;
    if (const auto* m = std::get_if<std::shared_ptr<const Message>>(&value)) {
        const auto& n = std::get<std::shared_ptr<const Message>>(o.value);
        if (!*m || !n)
            return !*m && !n;
        return **m == *n;
    }
    return value == o.value;
}

Message Message::verbatim(const QString& text)
{
    Message m;
    m.form = Form::Verbatim;
    m.args.append(text);
    return m;
}

Message Message::sentences(const QList<Message>& parts)
{
    Message m;
    m.form = Form::Sentences;
    for (const Message& p : parts)
        if (!p.isEmpty())
            m.args.append(p);
    return m;
}

Message Message::list(const QList<Message>& items)
{
    Message m;
    m.form = Form::List;
    for (const Message& p : items)
        m.args.append(p);
    return m;
}

bool Message::isEmpty() const
{
    switch (form) {
    case Form::Text:
        return !source || !*source;
    case Form::Verbatim:
        return args.isEmpty() || std::get<QString>(args.front().value).isEmpty();
    case Form::Sentences:
    case Form::List:
        for (const MessageArg& a : args)
            if (const auto* m = std::get_if<std::shared_ptr<const Message>>(&a.value))
                if (*m && !(*m)->isEmpty())
                    return false;
        return true;
    }
    return true;
}

bool Message::operator==(const Message& o) const
{
    // Texts by content: the same literal may sit at different addresses in different objects.
    return form == o.form && qstrcmp(context, o.context) == 0 && qstrcmp(source, o.source) == 0 &&
           qstrcmp(comment, o.comment) == 0 && count == o.count && code == o.code &&
           article == o.article && args == o.args;
}

QStringList codes(const QList<Message>& messages)
{
    QStringList out;
    out.reserve(messages.size());
    for (const Message& m : messages)
        out.append(m.code);
    return out;
}

} // namespace zansai
