// What a person sees on one screen: the mnemonics (Alt+letter) of its visible buttons, tabs,
// menus and labels with a buddy, and every visible text — to check that no two share a letter and
// that each language shows only its own script.
#pragma once

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>
#include <QTableWidget>
#include <QTextDocumentFragment>
#include <QWidget>
#include <map>

namespace uitest {

// "Na&me" → 'M'; "氏名(&M)" → 'M'; none → 0.
inline QChar mnemonicOf(const QString& text)
{
    const QKeySequence k = QKeySequence::mnemonic(text);
    if (k.isEmpty())
        return {};
    return QChar(k[0].key() & 0xffff).toUpper();
}

// Letter → the texts that claim it, on the visible part of `root` (a window).
inline std::map<QChar, QStringList> mnemonicsOnScreen(QWidget* root)
{
    std::map<QChar, QStringList> out;
    auto add = [&](const QString& text) {
        if (const QChar c = mnemonicOf(text); !c.isNull())
            out[c] << text;
    };
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisible() || w->window() != root)
            continue;
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            add(b->text());
        else if (auto* l = qobject_cast<QLabel*>(w); l && l->buddy())
            add(l->text());
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            add(g->title());
        else if (auto* t = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < t->count(); ++i)
                if (t->isTabVisible(i))
                    add(t->tabText(i));
        }
    }
    if (auto* mw = qobject_cast<QMainWindow*>(root); mw && mw->menuBar()->isVisible())
        for (QAction* a : mw->menuBar()->actions())
            if (a->isVisible())
                add(a->text());
    return out;
}

inline QStringList collisions(QWidget* root)
{
    QStringList out;
    for (const auto& [letter, texts] : mnemonicsOnScreen(root))
        if (texts.size() > 1)
            out << QStringLiteral("Alt+%1: %2").arg(letter).arg(texts.join(QStringLiteral(" | ")));
    return out;
}

// Every text a person reads on the visible part of `root`, except what the consultant typed
// (line edits hold user data).
inline QStringList visibleTexts(QWidget* root)
{
    QStringList out;
    if (!root->windowTitle().isEmpty())
        out << root->windowTitle();
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->window() != root)
            continue;
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            out << b->text();
        else if (auto* l = qobject_cast<QLabel*>(w))
            out << l->text();
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            out << g->title();
        else if (auto* t = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < t->count(); ++i)
                out << t->tabText(i);
        } else if (auto* c = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < c->count(); ++i)
                out << c->itemText(i);
        } else if (auto* e = qobject_cast<QLineEdit*>(w)) {
            out << e->placeholderText();
        } else if (auto* tw = qobject_cast<QTableWidget*>(w)) {
            for (int col = 0; col < tw->columnCount(); ++col)
                if (auto* h = tw->horizontalHeaderItem(col))
                    out << h->text();
        }
    }
    if (auto* mw = qobject_cast<QMainWindow*>(root))
        for (QAction* a : mw->menuBar()->actions())
            out << a->text();
    out.removeAll(QString());
    return out;
}

// Texts in the other script: Latin words in the Japanese UI (beyond PDF, ID, CSV, JA, the date
// pattern and the language's own name), kana or kanji in the English UI. `userData` (names typed
// in the interview) is removed first: it is the client's, in whatever script. Rich text is read as
// the words shown (no tags). In the English UI two Japanese forms are by design, for a consultant
// who matches them on the client's papers: a term glossed in brackets ("payment order (支払督促)")
// and an article ("民事訴訟法391条", "390条").
inline QStringList otherScript(const QStringList& texts, bool japaneseUi,
                               const QStringList& userData)
{
    static const QRegularExpression latinWord(QStringLiteral("[A-Za-z]{2,}"));
    static const QRegularExpression japanese(
        QStringLiteral("[\\p{Hiragana}\\p{Katakana}\\p{Han}]"));
    static const QStringList allowedLatin{
        QStringLiteral("PDF"),     QStringLiteral("ID"),
        QStringLiteral("CSV"),     QStringLiteral("YYYY"),
        QStringLiteral("MM"),      QStringLiteral("DD"),
        QStringLiteral("English"), QStringLiteral("SQLite"),
        QStringLiteral("JA")}; // JA: the agricultural co-operatives
    static const QRegularExpression gloss(QStringLiteral(
        "[(\\x{FF08}][^()\\x{FF08}\\x{FF09}]*[\\p{Han}\\p{Katakana}\\p{Hiragana}][^()"
        "\\x{FF08}\\x{FF09}]*[)\\x{FF09}]"));
    static const QRegularExpression article(
        QStringLiteral("[\\p{Han}\\p{Katakana}\\p{Hiragana}]*\\d+条(\\d+項)?(\\d+号)?"));
    QStringList out;
    for (QString t : texts) {
        const QString original = t;
        if (Qt::mightBeRichText(t))
            t = QTextDocumentFragment::fromHtml(t).toPlainText();
        if (!japaneseUi) {
            for (const QString& u : userData)
                if (!u.isEmpty())
                    t.remove(u);
            t.remove(gloss);
            t.remove(article);
        }
        for (const QString& u : userData)
            if (!u.isEmpty())
                t.remove(u);
        t.remove(QStringLiteral("日本語")); // the language menu names each language in itself
        if (japaneseUi) {
            auto it = latinWord.globalMatch(t);
            while (it.hasNext()) {
                const QString word = it.next().captured();
                if (!allowedLatin.contains(word)) {
                    out << original;
                    break;
                }
            }
        } else if (japanese.match(t).hasMatch()) {
            out << original;
        }
    }
    out.removeDuplicates();
    return out;
}

} // namespace uitest
