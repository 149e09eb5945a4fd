// Internal to the client documents (report/ClientDocuments.h): the drafts the client signs and
// sends himself — 時効援用通知書 (LimitationNoticeDocument.cpp), 分割弁済の申出書
// (InstallmentProposalDocument.cpp) — and the 債権者一覧表 for the referral
// (CreditorListDocument.cpp). Each says on the paper that it is a draft for the client and that
// the consultant gives information and does not represent him (弁護士法72条).
#pragma once

#include "report/ClientDocuments.h"
#include "report/PagedDocument.h"

#include <QList>
#include <QString>

namespace zansai::ui::paper {

// Built under the caller's LanguageScope, like the other papers (PaperWriter.h).
Paper limitationNotice(const ReportContext& ctx);
Paper installmentProposal(const ReportContext& ctx);
Paper creditorList(const ReportContext& ctx);

// The debt's creditor as the drafts name it: never the debt's id (a draft debt whose creditor is
// not recorded yet carries its id as a stand-in).
QString creditorOf(const ReportContext& ctx, const DebtAssessment& d);

// Why the paper cannot be made for this case, in the paper's language (LanguageScope); empty
// when it can. Each reason names the debt by its creditor.
QString limitationNoticeRefusal(const ReportContext& ctx);
QString installmentProposalRefusal(const ReportContext& ctx);

// The 時効援用通知書 of one debt as plain paragraphs ('\n' between them), before the 26×20
// layout (law/CertifiedMailGrid.h); exposed for tests. Empty for a debt that does not qualify.
QString limitationNoticeText(const ReportContext& ctx, const QString& debtId);

// The monthly proposed to each creditor: the installment option's monthly (the figure on screen
// and in `evaluate`) shared in proportion to the balances as of the assessment, truncated, the
// yen left over to the first creditors in the case's order (the payment plan's own rule,
// advice/PaymentPlan.h). Creditors in the case's order; empty when no installment is computed.
struct CreditorShare {
    QString creditor;
    QStringList debtIds;
    Yen balance;
    Yen monthly;
};
QList<CreditorShare> installmentShares(const ReportContext& ctx);

} // namespace zansai::ui::paper
