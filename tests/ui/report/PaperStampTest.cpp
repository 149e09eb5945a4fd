// The reproducibility stamp on every paper (docs/papers.md): app version, law tables date, a short
// hash of the case and the day assessed, in the footer of every page, in ja and en, read back from
// real PDFs. The same case gives the same stamp; a changed case another hash.
#include "PaperTestSupport.h"
#include "PdfTools.h"

#include "Version.h"
#include "case/CaseJsonWriter.h"
#include "law/LawTablesDate.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace zansai;
using namespace zansai::ui;
using namespace zansai::ui::test;

namespace {

// Every paper on this branch. A new paper goes here too (it gets the stamp from decorationFor).
const QList<ClientDocument> kPapers{ClientDocument::CaseSummary, ClientDocument::BudgetStatement,
                                    ClientDocument::ReferralSheet, ClientDocument::CreditorList};
// The drafts carry it on their cover only: the pages after it go to the post office or the
// creditor as they are (docs/papers.md).
const QList<ClientDocument> kDrafts{ClientDocument::LimitationNotice,
                                    ClientDocument::InstallmentProposal};

// The definition, written out: SHA-256 of the compact canonical JSON, first 12 hex digits.
QString expectedHash(const Case& c)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(writeCase(c)).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(12));
}

class PaperStamp : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(translations.install(Language::Japanese)); }
    QString write(ClientDocument d, const Case& c, Language lang, const QString& tag, int* pages)
    {
        const QString path =
            dir.filePath(documentCode(d) + QStringLiteral("-%1-%2.pdf").arg(int(lang)).arg(tag));
        const auto r = exportPdf(d, paperContext(c, lang), path);
        EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().message.toStdString());
        *pages = r.ok() ? r.value() : 0;
        return path;
    }
    TranslationSet translations;
    QTemporaryDir dir;
};

} // namespace

TEST_F(PaperStamp, EveryPaperEveryPageInBothLanguages)
{
    const Case c = loadPaperCase(QStringLiteral("referral_guarantor_court.json"));
    const QString hash = expectedHash(c);
    ASSERT_TRUE(QRegularExpression(QStringLiteral("^[0-9a-f]{12}$")).match(hash).hasMatch());
    // kLawTablesDate 2026-04-01 = 令和8年4月1日; as of 2026-11-22 = 令和8年11月22日.
    ASSERT_EQ(law::kLawTablesDate, QDate(2026, 4, 1));
    const QString ja =
        QStringLiteral("残債ナビ%1・法令データ令和8年4月1日・案件%2・基準日令和8年11月22日")
            .arg(QStringLiteral(ZANSAI_VERSION), hash);
    const QString en = QStringLiteral("ZansaiNavigator%1·lawtables1Apr2026·case%2·asof22Nov2026")
                           .arg(QStringLiteral(ZANSAI_VERSION), hash);
    for (ClientDocument d : kPapers)
        for (Language lang : {Language::Japanese, Language::English}) {
            int pages = 0;
            const QString path = write(d, c, lang, QStringLiteral("a"), &pages);
            ASSERT_GE(pages, 1);
            for (int p = 1; p <= pages; ++p)
                EXPECT_TRUE(
                    squeezed(pdfText(path, p)).contains(lang == Language::Japanese ? ja : en))
                    << documentCode(d).toStdString() << " page " << p << " lang " << int(lang);
        }
}

TEST_F(PaperStamp, SameCaseSameStampChangedCaseAnotherHash)
{
    const Case c = loadPaperCase(QStringLiteral("referral_guarantor_court.json"));
    Case changed = c;
    changed.debts[1].principal = changed.debts[1].principal + Yen(1); // 480,000 → 480,001
    const QString h1 = expectedHash(c), h2 = expectedHash(changed);
    ASSERT_NE(h1, h2);
    int pages = 0;
    const QString a = squeezed(pdfText(
        write(ClientDocument::BudgetStatement, c, Language::English, QStringLiteral("a"), &pages),
        1));
    const QString b = squeezed(pdfText(
        write(ClientDocument::BudgetStatement, c, Language::English, QStringLiteral("b"), &pages),
        1));
    const QString x = squeezed(pdfText(write(ClientDocument::BudgetStatement, changed,
                                             Language::English, QStringLiteral("x"), &pages),
                                       1));
    EXPECT_TRUE(a.contains(QStringLiteral("case") + h1));
    EXPECT_TRUE(b.contains(QStringLiteral("case") + h1));
    EXPECT_TRUE(x.contains(QStringLiteral("case") + h2));
    EXPECT_FALSE(x.contains(h1));
    // The whole page is the same text when made again from the same case.
    EXPECT_EQ(a, b);
}

TEST_F(PaperStamp, DraftsCarryItOnTheCoverOnly)
{
    // drafts_time_barred.json has a time-barred debt and an installment plan (DraftDocumentsTest).
    const Case c = loadPaperCase(QStringLiteral("drafts_time_barred.json"));
    const QString hash = expectedHash(c);
    for (ClientDocument d : kDrafts)
        for (Language lang : {Language::Japanese, Language::English}) {
            int pages = 0;
            const QString path = write(d, c, lang, QStringLiteral("d"), &pages);
            ASSERT_GE(pages, 2) << documentCode(d).toStdString();
            const QString marker =
                (lang == Language::Japanese ? QStringLiteral("案件") : QStringLiteral("case")) +
                hash;
            EXPECT_TRUE(squeezed(pdfText(path, 1)).contains(marker))
                << documentCode(d).toStdString() << " lang " << int(lang);
            for (int p = 2; p <= pages; ++p)
                EXPECT_FALSE(squeezed(pdfText(path, p)).contains(hash))
                    << documentCode(d).toStdString() << " page " << p;
        }
}
