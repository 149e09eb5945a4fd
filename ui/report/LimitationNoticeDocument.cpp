// The 時効援用通知書 draft: one notice for each debt whose limitation has completed and can still
// be invoked (民法145条), laid out as 内容証明郵便 asks (26 characters × 20 lines a page:
// law/CertifiedMailGrid.h, docs/papers.md §内容証明), after a cover page that tells the client what
// the paper is (a draft he signs and sends himself; the consultant informs and does not represent
// him: 弁護士法72条) and what not to do before it arrives (承認: 最判昭和41年4月20日). The notice
// is sent in Japanese: the post office takes 内容証明 in Japanese only, so the English paper holds
// the Japanese notice to send and its English translation to read.
#include "report/DraftDocuments.h"
#include "report/PaperWriter.h"

#include "law/CertifiedMailGrid.h"
#include "law/JapaneseEra.h"

namespace zansai::ui::paper {

QString creditorOf(const ReportContext& ctx, const DebtAssessment& d)
{
    const IncompleteDebt* inc = ctx.consultation.incompleteDebt(d.id);
    if ((inc && inc->missingFields.contains(QStringLiteral("creditor"))) || d.creditor == d.id)
        return L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                   "(a debt whose creditor is not recorded yet)"));
    return d.creditor;
}

namespace {

// Why the debt cannot be invoked now, in the paper's language; empty when it can.
QString refusalFor(const ReportContext& ctx, const DebtAssessment& d)
{
    const Debt* debt = debtOf(ctx.caseData, d.id);
    const QString creditor = creditorOf(ctx, d);
    if (debt && debt->kind == DebtKind::Tax)
        return L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                   "%1: a tax is extinguished by the limitation without being "
                                   "invoked (国税通則法72条2項, 地方税法18条2項): no notice is "
                                   "sent."))
            .arg(creditor);
    const IncompleteDebt* inc = ctx.consultation.incompleteDebt(d.id);
    if ((inc && inc->limitationUnknown) || !d.limitation.completesOn.isValid())
        return L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                   "%1: the limitation cannot be computed, because the contract "
                                   "date or the date the loan was accelerated is not recorded."))
            .arg(creditor);
    if (d.limitation.invoked)
        return L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                   "%1: the limitation has already been invoked."))
            .arg(creditor);
    if (d.limitation.forfeited)
        return L(QT_TRANSLATE_NOOP(
                     "zansai::ui::ClientDocuments",
                     "%1: the debt was paid or acknowledged after the limitation had completed, "
                     "so it can no longer be invoked (最判昭和41年4月20日)."))
            .arg(creditor);
    if (!d.limitation.completed) {
        if (d.limitation.pendingProceeding)
            return L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                       "%1: not time-barred on %2: a court proceeding or an "
                                       "enforcement is pending, and the limitation cannot "
                                       "complete while it lasts (民法147条・148条)."))
                .arg(creditor, documentDate(ctx.consultation.asOf));
        return L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                   "%1: not time-barred on %2: the limitation completes at the "
                                   "end of %3."))
            .arg(creditor, documentDate(ctx.consultation.asOf),
                 documentDate(d.limitation.completesOn));
    }
    if (d.balance() <= Yen(0))
        return L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "%1: nothing is owed."))
            .arg(creditor);
    return {};
}

QList<const DebtAssessment*> qualifying(const ReportContext& ctx)
{
    QList<const DebtAssessment*> out;
    for (const DebtAssessment& d : ctx.consultation.assessment.debts)
        if (refusalFor(ctx, d).isEmpty())
            out << &d;
    return out;
}

// A date inside the notice: 和暦 alone in Japanese (the notice is a Japanese letter), the
// paper's date form in English.
QString noticeDate(QDate d)
{
    if (!d.isValid())
        return QStringLiteral("—");
    return japanese() ? law::formatWareki(d) : documentDate(d);
}

QString addressText(const Client& c)
{
    if (!c.address)
        return {};
    const Address& a = *c.address;
    QString s;
    if (!a.postalCode.isEmpty())
        s += QStringLiteral("〒") + a.postalCode + QLatin1Char(' ');
    s += a.prefecture + a.city + a.line;
    return s.trimmed();
}

// 半角 → 全角 for the Japanese notice, so that every character fills one cell of the grid alike
// (the count does not change: one character is one either way).
QString fullWidth(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c == QLatin1Char(' '))
            out += QChar(0x3000);
        else if (c.unicode() >= 0x21 && c.unicode() <= 0x7E)
            out += QChar(c.unicode() + 0xFEE0);
        else
            out += c;
    }
    return out;
}

// One line right-aligned in the grid (the date), or centred (the title).
QString padded(const QString& s, bool centre)
{
    const int free =
        law::kCertifiedMailColumns - law::certifiedMailCount(law::certifiedMailNormalized(s));
    if (free <= 0)
        return s;
    const QChar space = japanese() ? QChar(0x3000) : QLatin1Char(' ');
    return QString(centre ? free / 2 : free, space) + s;
}

QString guarantorClause(const Debt* debt)
{
    if (!debt || debt->clientRole != ClientRole::Guarantor)
        return {};
    return L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "(a debt of %1 that I guaranteed)"))
        .arg(debt->principalDebtor.isEmpty() ? QStringLiteral("—") : debt->principalDebtor);
}

// The addressee: 御中 for a company, 様 for a person.
QString addressee(const Debt* debt, const QString& creditor)
{
    if (debt && debt->lenderKind == LenderKind::Individual)
        return L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "To: %1 (personal)"))
            .arg(creditor);
    return L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "To: %1")).arg(creditor);
}

QString noticeParagraphs(const ReportContext& ctx, const DebtAssessment& d)
{
    const Case& c = ctx.caseData;
    const Debt* debt = debtOf(c, d.id);
    const QString original = debt ? debt->originalCreditor : QString();
    QStringList p;
    p << padded(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                    "Notice invoking the limitation period")),
                true);
    p << QString();
    p << padded(noticeDate(ctx.printedOn), false);
    p << QString();
    p << L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Address: (fill in)"));
    p << addressee(debt, d.creditor);
    p << QString();
    const QString from = addressText(c.client);
    p << (from.isEmpty()
              ? L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Address: (fill in)"))
              : L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Address: %1")).arg(from));
    p << L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Sender: %1    (seal)"))
             .arg(c.client.name);
    p << QString();
    const QString completed = noticeDate(d.limitation.completesOn);
    if (!original.isEmpty() && original != d.creditor)
        p << L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                 "    As to the claim described below%1, which you state you "
                                 "acquired from %2, the extinctive prescription was completed "
                                 "at the end of %3. By this notice I invoke the prescription."))
                 .arg(guarantorClause(debt), original, completed);
    else
        p << L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                 "    As to the claim described below%1, the extinctive "
                                 "prescription was completed at the end of %2. By this notice I "
                                 "invoke the prescription."))
                 .arg(guarantorClause(debt), completed);
    p << L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                             "    Please make no further demand for this claim."));
    p << QString();
    p << padded(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Claim")), true);
    int n = 0;
    // 記 items: 「１　債権者　…」 in the Japanese notice, "1. Creditor: …" in the translation.
    const auto item = [&](const QString& label, const QString& value) {
        p << (japanese() ? QStringLiteral("%1\u3000%2\u3000%3") : QStringLiteral("%1. %2: %3"))
                 .arg(++n)
                 .arg(label, value);
    };
    item(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Creditor")), d.creditor);
    if (!original.isEmpty() && original != d.creditor)
        item(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Original creditor")), original);
    if (debt && debt->contractDate.isValid())
        item(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Contract date")),
             noticeDate(debt->contractDate));
    if (debt && debt->acceleratedOn.isValid())
        item(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Accelerated on")),
             noticeDate(debt->acceleratedOn));
    if (debt)
        item(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Principal")),
             formatYen(debt->principal, japanese()));
    p << padded(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "End")), false);
    QString text = p.join(QLatin1Char('\n'));
    return japanese() ? fullWidth(text) : text;
}

// One grid page: 20 rows of 26 cells, one character a cell (law/CertifiedMailGrid.h counts
// them), for the Japanese notice that is sent; the English translation, which is only read, keeps
// the same lines and rows but runs each line as text.
void gridPage(PaperWriter& h, const QStringList& lines)
{
    QList<QStringList> rows;
    for (int r = 0; r < law::kCertifiedMailRows; ++r) {
        const QString line = lines.value(r);
        if (!japanese()) {
            rows.append(QStringList{line});
            continue;
        }
        // The cells of the line: one per counted character (attached marks stay with theirs).
        QStringList chars;
        for (const uint cp : line.toUcs4()) {
            const QString ch = QString::fromUcs4(reinterpret_cast<const char32_t*>(&cp), 1);
            if (!chars.isEmpty() && law::certifiedMailCount(ch) == 0)
                chars.last() += ch;
            else
                chars << ch;
        }
        rows.append(chars);
    }
    h.grid(rows, japanese());
}

void notices(PaperWriter& h, const ReportContext& ctx, const QList<const DebtAssessment*>& debts)
{
    for (const DebtAssessment* d : debts)
        for (const QStringList& page : law::layoutCertifiedMail(noticeParagraphs(ctx, *d)))
            gridPage(h, page);
}

} // namespace

QString limitationNoticeText(const ReportContext& ctx, const QString& debtId)
{
    for (const DebtAssessment& d : ctx.consultation.assessment.debts)
        if (d.id == debtId && refusalFor(ctx, d).isEmpty())
            return noticeParagraphs(ctx, d);
    return {};
}

QString limitationNoticeRefusal(const ReportContext& ctx)
{
    if (!qualifying(ctx).isEmpty())
        return {};
    QStringList reasons;
    for (const DebtAssessment& d : ctx.consultation.assessment.debts)
        reasons << refusalFor(ctx, d);
    if (reasons.isEmpty())
        return L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                   "No notice invoking the limitation can be drafted: the case "
                                   "has no debt."));
    return L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                               "No notice invoking the limitation can be drafted: %1"))
        .arg(reasons.join(QLatin1Char(' ')));
}

Paper limitationNotice(const ReportContext& ctx)
{
    PaperWriter h;
    const QList<const DebtAssessment*> debts = qualifying(ctx);
    draftCoverHead(h, ClientDocument::LimitationNotice, ctx);
    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "The debts this notice is for")));
    QStringList included;
    for (const DebtAssessment* d : debts)
        included << L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                                        "%1: %2 (late interest included); the limitation "
                                        "completed at the end of %3."))
                        .arg(d->creditor, formatYen(d->balance(), japanese()),
                             documentDate(d->limitation.completesOn));
    h.list(included);
    QStringList left;
    for (const DebtAssessment& d : ctx.consultation.assessment.debts)
        if (const QString why = refusalFor(ctx, d); !why.isEmpty())
            left << why;
    if (!left.isEmpty()) {
        h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Debts left out, and why")));
        h.list(left);
    }
    h.h2(L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments", "Before you send it")));
    h.p(L(QT_TRANSLATE_NOOP(
            "zansai::ui::ClientDocuments",
            "Do not pay anything, promise to pay, ask for an installment plan or sign a balance "
            "confirmation for these debts, not even a small amount: that acknowledges the debt "
            "and the limitation can then no longer be invoked (最判昭和41年4月20日).")),
        ParagraphStyle::Warn);
    h.list(
        {L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                             "Fill in the creditor's address (from its latest letter), put the "
                             "day you send it as the date, and check every name, date and amount "
                             "against your papers.")),
         L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                             "Sign and seal where the notice says so; with several pages, seal "
                             "across each fold between pages (契印).")),
         L(QT_TRANSLATE_NOOP(
             "zansai::ui::ClientDocuments",
             "Send it by 内容証明郵便 with 配達証明 (proof of delivery): take three "
             "copies to the post office (one for the creditor, one the post "
             "office keeps, one for you). Keep your copy and the proof of "
             "delivery.")),
         L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                             "Each page holds at most 26 characters a line and 20 lines, as "
                             "内容証明 requires; do not add text to the pages.")),
         L(QT_TRANSLATE_NOOP("zansai::ui::ClientDocuments",
                             "If the creditor sues or sends a court paper anyway, answer the court "
                             "by its deadline and say that the limitation has been invoked; see a "
                             "lawyer or judicial scrivener."))},
        true);
    if (!japanese())
        h.p(L(QT_TRANSLATE_NOOP(
                "zansai::ui::ClientDocuments",
                "The post office takes 内容証明 in Japanese only: send the Japanese pages that "
                "follow. The English pages after them are a translation for you to read.")),
            ParagraphStyle::Note);
    if (japanese()) {
        notices(h, ctx, debts);
    } else {
        {
            const LanguageScope ja(Language::Japanese);
            notices(h, ctx, debts);
        }
        notices(h, ctx, debts);
    }
    return h.take();
}

} // namespace zansai::ui::paper
