// The drafts the client signs and sends himself (時効援用通知書, 分割弁済の申出書) and the
// 債権者一覧表, generated headless and read back through pdftotext, in Japanese and English; the
// refusals.
#include "PdfTools.h"

#include "advice/Consultation.h"
#include "case/CaseJson.h"
#include "common/MessageBoxes.h"
#include "i18n/Language.h"
#include "law/CertifiedMailGrid.h"
#include "money/Yen.h"
#include "report/ClientDocuments.h"
#include "report/DocumentActions.h"
#include "report/DraftDocuments.h"
#include "report/PaperWriter.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace zansai;
using namespace zansai::ui;

namespace {

// drafts_time_barred.json (as of 2026-11-22):
// - d1 みらい債権回収株式会社 (from 株式会社さくらカード), card company, accelerated 2018-06-10, no
//   payment since: old commercial 5 years → completes at the end of 2023-06-10: time-barred;
// - d2 ひかり信販株式会社, accelerated 2015-01-10 → completed 2020-01-10, then 5,000 paid on
//   2022-06-01: acknowledged after completion, the right is lost (最判昭和41年4月20日) and the
//   new period from that payment runs to 2027-06-01;
// - d3 株式会社みどり銀行, housing loan accelerated 2024-05-01: not time-barred.
const QString kCase = QStringLiteral("drafts_time_barred.json");

Case loadCase(const QString& name)
{
    QFile f(QStringLiteral(ZANSAI_TEST_DATA "/cases/") + name);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
    auto c = readCase(f.readAll());
    EXPECT_TRUE(c.ok()) << (c.ok() ? std::string() : c.error().message.toStdString());
    return c.ok() ? c.value() : Case{};
}

ReportContext contextFor(const Case& c, Language lang)
{
    ReportContext ctx;
    ctx.caseData = c;
    ctx.caseNumber = QStringLiteral("42");
    ctx.printedOn = c.asOf;
    ctx.language = lang;
    ctx.consultation = Consultation::assess(c, c.asOf);
    return ctx;
}

Case only(Case c, const QString& id)
{
    QList<Debt> kept;
    for (const Debt& d : c.debts)
        if (d.id == id)
            kept << d;
    c.debts = kept;
    return c;
}

// What a reader finds: no spaces (the grid puts each character in a cell), 全角 as 半角.
QString plain(const QString& s)
{
    return squeezed(s).normalized(QString::NormalizationForm_KC);
}

// Table cells in reading order (without -layout, pdftotext keeps a cell's wrapped lines together).
QString cellText(const QString& path)
{
    return runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
}

void expectNoInternalIds(const QString& text)
{
    EXPECT_FALSE(text.contains(QRegularExpression(QStringLiteral("\\bd[0-9]+\\b"))))
        << text.toStdString();
}

class DraftDocuments : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(translations.install(Language::Japanese)); }
    QString write(ClientDocument d, const ReportContext& ctx, int* pages = nullptr)
    {
        const QString path = dir.filePath(documentCode(d) + QStringLiteral("_") +
                                          languageCode(ctx.language) + QStringLiteral(".pdf"));
        const auto r = exportPdf(d, ctx, path);
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
        if (pages)
            *pages = r.ok() ? r.value() : -1;
        return path;
    }
    TranslationSet translations;
    QTemporaryDir dir;
};

} // namespace

TEST_F(DraftDocuments, CodesAndTitles)
{
    EXPECT_EQ(documentCode(ClientDocument::LimitationNotice), QStringLiteral("limitation_notice"));
    EXPECT_EQ(documentCode(ClientDocument::InstallmentProposal),
              QStringLiteral("installment_proposal"));
    EXPECT_EQ(documentCode(ClientDocument::CreditorList), QStringLiteral("creditor_list"));
    EXPECT_EQ(documentTitle(ClientDocument::LimitationNotice, Language::Japanese),
              QStringLiteral("時効援用通知書（下書き）"));
    EXPECT_EQ(documentTitle(ClientDocument::CreditorList, Language::English),
              QStringLiteral("List of creditors"));
}

TEST_F(DraftDocuments, LimitationNoticeJapaneseNamesTheClaimAndInvokes)
{
    const ReportContext ctx = contextFor(loadCase(kCase), Language::Japanese);
    EXPECT_TRUE(
        documentRefusal(ClientDocument::LimitationNotice, ctx, Language::Japanese).isEmpty());
    int pages = 0;
    const QString path = write(ClientDocument::LimitationNotice, ctx, &pages);
    // A cover page, then d1's notice on the 26 × 20 grid: as many pages as the layout gives.
    const int noticePages = int(
        law::layoutCertifiedMail(paper::limitationNoticeText(ctx, QStringLiteral("d1"))).size());
    EXPECT_GE(noticePages, 1);
    EXPECT_EQ(pages, 1 + noticePages);
    EXPECT_EQ(pdfPageCount(path), pages);
    const QString text = plain(pdfText(path));
    for (const char* fact : {
             "時効援用通知書", "みらい債権回収株式会社御中", "株式会社さくらカード",
             "本書をもって時効を援用します", "480,000円",
             "平成24年4月1日", // the contract date, 和暦 in the notice
             "令和5年6月10日", // completed at the end of 2018-06-10 + 5 years
             "小林誠", "338-0001埼玉県さいたま市中央区上落合1-2-3", "下書き",
             "弁護士法72条",        // a draft; no representation
             "最判昭和41年4月20日", // do not pay or acknowledge before it arrives
         })
        EXPECT_TRUE(
            text.contains(QString::fromUtf8(fact).normalized(QString::NormalizationForm_KC)))
            << fact;
    // The debts left out are named by creditor with their reason.
    EXPECT_TRUE(text.contains(QStringLiteral("ひかり信販株式会社")));
    EXPECT_TRUE(text.contains(QStringLiteral("株式会社みどり銀行")));
    expectNoInternalIds(pdfText(path));
}

TEST_F(DraftDocuments, LimitationNoticeKeepsTheGrid)
{
    for (const Language lang : {Language::Japanese, Language::English}) {
        const ReportContext ctx = contextFor(loadCase(kCase), lang);
        const QString notice = [&] {
            paper::LanguageScope scope(lang);
            return paper::limitationNoticeText(ctx, QStringLiteral("d1"));
        }();
        ASSERT_FALSE(notice.isEmpty());
        const auto pages = law::layoutCertifiedMail(notice);
        for (const QStringList& page : pages) {
            EXPECT_LE(page.size(), 20);
            for (const QString& line : page)
                EXPECT_LE(law::certifiedMailCount(line), 26) << line.toStdString();
        }
    }
    // On paper: each notice page of the Japanese PDF shows at most 20 lines of at most 26
    // characters (pdftotext gives one grid row a line).
    const ReportContext ctx = contextFor(loadCase(kCase), Language::Japanese);
    int pages = 0;
    const QString path = write(ClientDocument::LimitationNotice, ctx, &pages);
    for (int p = 2; p <= pages; ++p) {
        int lines = 0;
        for (const QString& line : pdfText(path, p).split(QLatin1Char('\n'))) {
            const QString cells = squeezed(line);
            if (cells.isEmpty() || cells == QStringLiteral("%1/%2").arg(p).arg(pages))
                continue; // the page number in the footer, outside the grid
            ++lines;
            EXPECT_LE(cells.toUcs4().size(), 26) << line.toStdString();
        }
        EXPECT_LE(lines, 20) << "page " << p;
        EXPECT_GE(lines, 1) << "page " << p;
    }
}

TEST_F(DraftDocuments, LimitationNoticeEnglishHoldsTheJapaneseToSendAndTheTranslation)
{
    const ReportContext ctx = contextFor(loadCase(kCase), Language::English);
    int pages = 0;
    const QString path = write(ClientDocument::LimitationNotice, ctx, &pages);
    const QString text = plain(pdfText(path));
    EXPECT_TRUE(text.contains(QStringLiteral("本書をもって時効を援用します")));
    EXPECT_TRUE(
        text.contains(squeezed(QStringLiteral("By this notice I invoke the prescription."))));
    EXPECT_TRUE(text.contains(squeezed(QStringLiteral("in Japanese only"))));
    EXPECT_TRUE(text.contains(squeezed(QStringLiteral("do not represent you"))));
    // Cover + the Japanese notice + its English translation.
    const int ja = int(law::layoutCertifiedMail([&] {
                           paper::LanguageScope scope(Language::Japanese);
                           return paper::limitationNoticeText(ctx, QStringLiteral("d1"));
                       }())
                           .size());
    const int en = int(law::layoutCertifiedMail([&] {
                           paper::LanguageScope scope(Language::English);
                           return paper::limitationNoticeText(ctx, QStringLiteral("d1"));
                       }())
                           .size());
    EXPECT_EQ(pages, 1 + ja + en);
    expectNoInternalIds(pdfText(path));
}

TEST_F(DraftDocuments, LongNoticesTakeAsManyPagesAsTheLayout)
{
    // Twelve time-barred debts (d1 copied, each with a long guarantor clause): one notice each.
    Case c = only(loadCase(kCase), QStringLiteral("d1"));
    const Debt base = c.debts.front();
    c.debts.clear();
    for (int i = 1; i <= 12; ++i) {
        Debt d = base;
        d.id = QStringLiteral("d%1").arg(i);
        d.creditor = QStringLiteral("第%1債権回収株式会社").arg(i);
        d.clientRole = ClientRole::Guarantor;
        d.principalDebtor = QStringLiteral("株式会社小林商店代表取締役小林誠一郎");
        c.debts << d;
    }
    const ReportContext ctx = contextFor(c, Language::Japanese);
    int expected = 1;
    for (const Debt& d : c.debts)
        expected += int(law::layoutCertifiedMail(paper::limitationNoticeText(ctx, d.id)).size());
    int pages = 0;
    const QString path = write(ClientDocument::LimitationNotice, ctx, &pages);
    EXPECT_GE(expected, 1 + 12 * 2); // each notice runs over a page
    EXPECT_EQ(pages, expected);
    EXPECT_EQ(pdfPageCount(path), expected);
    EXPECT_TRUE(plain(pdfText(path)).contains(QStringLiteral("第12債権回収株式会社")));
}

TEST_F(DraftDocuments, LimitationNoticeRefusedWithTheReason)
{
    struct Refusal {
        const char* name;
        Case c;
        const char* creditor;
        const char* because; // in the Japanese reason
    };
    const Case all = loadCase(kCase);
    Case incomplete = only(all, QStringLiteral("d1"));
    incomplete.debts[0].incompleteFields = {QStringLiteral("accelerated_on")};
    Case invoked = only(all, QStringLiteral("d1"));
    DebtEvent inv;
    inv.date = QDate(2026, 1, 15);
    inv.type = DebtEventType::LimitationInvoked;
    invoked.debts[0].events << inv;
    const Refusal cases[] = {
        {"forfeited: paid after completion", only(all, QStringLiteral("d2")), "ひかり信販株式会社",
         "最判昭和41年4月20日"},
        {"not time-barred", only(all, QStringLiteral("d3")), "株式会社みどり銀行", "時効"},
        {"incomplete dates", incomplete, "みらい債権回収株式会社", "期限の利益"},
        {"already invoked", invoked, "みらい債権回収株式会社", "援用"},
    };
    for (const Refusal& r : cases) {
        const ReportContext ctx = contextFor(r.c, Language::Japanese);
        const QString why =
            documentRefusal(ClientDocument::LimitationNotice, ctx, Language::Japanese);
        EXPECT_TRUE(why.contains(QString::fromUtf8(r.creditor))) << r.name << why.toStdString();
        EXPECT_TRUE(why.contains(QString::fromUtf8(r.because))) << r.name << why.toStdString();
        expectNoInternalIds(why);
        const QString path = dir.filePath(QStringLiteral("refused.pdf"));
        const auto written = exportPdf(ClientDocument::LimitationNotice, ctx, path);
        ASSERT_FALSE(written.ok()) << r.name;
        EXPECT_EQ(written.error().field, QStringLiteral("--document"));
        EXPECT_FALSE(QFile::exists(path)) << r.name;
    }
    // In English too, by creditor.
    const QString en = documentRefusal(
        ClientDocument::LimitationNotice,
        contextFor(only(all, QStringLiteral("d3")), Language::English), Language::English);
    EXPECT_TRUE(en.contains(QStringLiteral("株式会社みどり銀行: not time-barred")))
        << en.toStdString();
}

TEST_F(DraftDocuments, InstallmentSharesFollowThePlansRule)
{
    // monthly 10,000 over balances 100,000 (A), 200,000 (B) and 100,000 (A again):
    //   A: 10,000 × 200,000 / 400,000 = 5,000; B: 10,000 × 200,000 / 400,000 = 5,000.
    // monthly 10,000 over 100,000 (A) and 200,000 (B):
    //   A: 10,000 × 1/3 = 3,333.3 → 3,333; B: 6,666.6 → 6,666; 1 yen left → A: 3,334.
    struct Share {
        QList<qint64> balances;
        QList<const char*> creditors;
        qint64 monthly;
        QList<qint64> expected; // per creditor, in order
    };
    const Share cases[] = {
        {{100000, 200000, 100000}, {"A", "B", "A"}, 10000, {5000, 5000}},
        {{100000, 200000}, {"A", "B"}, 10000, {3334, 6666}},
    };
    for (const Share& s : cases) {
        ReportContext ctx;
        OptionAssessment o;
        o.kind = OptionKind::Installment;
        o.eligible = true;
        o.monthly = Yen(s.monthly);
        ctx.consultation.assessment.options << o;
        for (int i = 0; i < s.balances.size(); ++i) {
            DebtAssessment d;
            d.id = QStringLiteral("d%1").arg(i + 1);
            d.creditor = QString::fromUtf8(s.creditors[i]);
            d.principal = Yen(s.balances[i]);
            ctx.consultation.assessment.debts << d;
        }
        const auto shares = paper::installmentShares(ctx);
        ASSERT_EQ(shares.size(), s.expected.size());
        Yen sum;
        for (int i = 0; i < shares.size(); ++i) {
            EXPECT_EQ(shares[i].monthly, Yen(s.expected[i])) << i;
            sum += shares[i].monthly;
        }
        EXPECT_EQ(sum, Yen(s.monthly)); // the whole monthly, no more
    }
}

TEST_F(DraftDocuments, InstallmentProposalCarriesTheMonthlyOnScreen)
{
    for (const Language lang : {Language::Japanese, Language::English}) {
        const ReportContext ctx = contextFor(loadCase(kCase), lang);
        const OptionAssessment* o = ctx.consultation.assessment.option(OptionKind::Installment);
        ASSERT_TRUE(o && o->eligible && o->monthly > Yen(0));
        const auto shares = paper::installmentShares(ctx);
        ASSERT_EQ(shares.size(), 3);
        int pages = 0;
        const QString path = write(ClientDocument::InstallmentProposal, ctx, &pages);
        const QString text = plain(pdfText(path));
        const bool ja = lang == Language::Japanese;
        // The assessment's monthly (as on screen and in `evaluate`) on the cover.
        EXPECT_TRUE(text.contains(squeezed(formatYen(o->monthly, ja)))) << text.toStdString();
        // A letter to each creditor that may be asked (d2, d3), with its share; none to the
        // servicer of the time-barred d1 (a proposal would forfeit its limitation).
        // (The English paper: the Japanese letters to send, then their translation.)
        EXPECT_EQ(pages, ja ? 1 + 2 : 1 + 2 + 2);
        for (const paper::CreditorShare& s : shares)
            if (s.creditor != QStringLiteral("みらい債権回収株式会社")) {
                EXPECT_TRUE(text.contains(squeezed(formatYen(s.monthly, ja))))
                    << s.creditor.toStdString();
            }
        EXPECT_TRUE(text.contains(ja ? QStringLiteral("ひかり信販株式会社御中")
                                     : QStringLiteral("To:ひかり信販株式会社")));
        EXPECT_TRUE(
            text.contains(ja ? QStringLiteral("令和8年12月") : QStringLiteral("December2026")));
        EXPECT_TRUE(text.contains(QStringLiteral("民法152条1項")));
        EXPECT_TRUE(text.contains(QStringLiteral("弁護士法72条")));
        EXPECT_EQ(pdfText(path, 2).contains(QStringLiteral("みらい債権回収")), false);
        expectNoInternalIds(pdfText(path));
    }
}

TEST_F(DraftDocuments, InstallmentProposalRefusedWithoutAPlan)
{
    Case c = loadCase(kCase);
    c.budget.expenses[QStringLiteral("food")] = Yen(1000000); // nothing left each month
    const ReportContext ctx = contextFor(c, Language::Japanese);
    const QString why =
        documentRefusal(ClientDocument::InstallmentProposal, ctx, Language::Japanese);
    EXPECT_FALSE(why.isEmpty());
    const QString path = dir.filePath(QStringLiteral("none.pdf"));
    const auto r = exportPdf(ClientDocument::InstallmentProposal, ctx, path);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, QStringLiteral("--document"));
    EXPECT_FALSE(QFile::exists(path));

    // Only the time-barred debt: no letter may be sent, and the reason names its creditor.
    const QString barred =
        documentRefusal(ClientDocument::InstallmentProposal,
                        contextFor(only(loadCase(kCase), QStringLiteral("d1")), Language::Japanese),
                        Language::Japanese);
    EXPECT_TRUE(barred.contains(QStringLiteral("みらい債権回収株式会社"))) << barred.toStdString();
}

TEST_F(DraftDocuments, CreditorListEveryCreditorAndTotals)
{
    for (const Language lang : {Language::Japanese, Language::English}) {
        const ReportContext ctx = contextFor(loadCase(kCase), lang);
        EXPECT_TRUE(documentRefusal(ClientDocument::CreditorList, ctx, lang).isEmpty());
        const QString path = write(ClientDocument::CreditorList, ctx);
        const QString text = plain(cellText(path));
        const bool ja = lang == Language::Japanese;
        for (const char* name :
             {"みらい債権回収株式会社", "株式会社さくらカード", "ひかり信販株式会社",
              "株式会社みどり銀行", "小林和子", "さいたま簡易裁判所", "令和7年(ロ)第512号"})
            EXPECT_TRUE(
                text.contains(QString::fromUtf8(name).normalized(QString::NormalizationForm_KC)))
                << name;
        // Totals: 480,000 + 300,000 + 3,200,000 = 3,980,000 at acceleration; the balance now is
        // the assessment's total (late interest included, as on screen).
        EXPECT_TRUE(text.contains(squeezed(formatYen(Yen(3980000), ja))));
        EXPECT_TRUE(
            text.contains(squeezed(formatYen(ctx.consultation.assessment.totalBalance(), ja))))
            << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("弁護士法72条")));
        expectNoInternalIds(pdfText(path));
    }
}

TEST_F(DraftDocuments, TheAppExplainsARefusalInsteadOfAskingForAFile)
{
    struct Scripted : MessageBoxes {
        QStringList warnings;
        void warning(QWidget*, const QString&, const QString& text) override { warnings << text; }
    } boxes;
    MessageBoxes::setInstance(&boxes);
    const ReportContext ctx =
        contextFor(only(loadCase(kCase), QStringLiteral("d3")), Language::Japanese);
    // No file dialog is opened: the refusal comes first and nothing is written.
    EXPECT_TRUE(exportPdfInteractive(nullptr, ClientDocument::LimitationNotice, ctx).isEmpty());
    showPrintPreview(nullptr, ClientDocument::LimitationNotice, ctx);
    MessageBoxes::setInstance(nullptr);
    ASSERT_EQ(boxes.warnings.size(), 2);
    for (const QString& w : boxes.warnings)
        EXPECT_TRUE(w.contains(QStringLiteral("株式会社みどり銀行"))) << w.toStdString();
}
