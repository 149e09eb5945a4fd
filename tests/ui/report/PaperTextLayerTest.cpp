// Every paper the app makes, in both languages, through the app (exportPdf) and the CLI
// (zansai-cli pdf): what search and copy find is what the paper prints — 民法, not ⺠法.
#include "CliRunner.h"
#include "PdfTools.h"

#include "advice/Consultation.h"
#include "advice/Evaluate.h"
#include "case/CaseJson.h"
#include "i18n/Language.h"
#include "report/ClientDocuments.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace zansai;
using namespace zansai::ui;

namespace {

const QList<ClientDocument> kPapers = {ClientDocument::CaseSummary, ClientDocument::BudgetStatement,
                                       ClientDocument::ReferralSheet};

// A seed case whose papers cite 民法 (民法145条, 民法169条 …), with a client and a creditor whose
// names print 長 and 民 on every paper.
Case caseWithLookAlikes(Language lang)
{
    QFile f(QStringLiteral(ZANSAI_TEST_DATA "/cases/ignored_letters_payment_order.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    auto c = readCase(f.readAll());
    EXPECT_TRUE(c.ok());
    Case out = c.ok() ? c.value() : Case{};
    out.client.name = QStringLiteral("長谷川 民子");
    if (out.debts.size() > 1)
        out.debts[1].creditor = QStringLiteral("長野信用金庫");
    out.language = lang == Language::English ? QStringLiteral("en") : QStringLiteral("ja");
    return out;
}

ReportContext contextFor(const Case& c, Language lang)
{
    ReportContext ctx;
    ctx.caseData = c;
    ctx.caseNumber = QStringLiteral("42");
    ctx.firm = QStringLiteral("任意売却サポート合同会社");
    ctx.consultant = QStringLiteral("佐々木 誠");
    ctx.printedOn = c.asOf;
    ctx.language = lang;
    ctx.consultation = Consultation::assess(c, c.asOf);
    return ctx;
}

bool isCjk(char32_t c)
{
    return (c >= 0x3000 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xFF00 && c <= 0xFFEF);
}

// Words whose glyphs Qt names after a look-alike (⺠ ⻑ ‧), checked wherever the paper prints them.
const QStringList kRepairedWords = {QStringLiteral("民法"), QStringLiteral("長谷川民子"),
                                    QStringLiteral("長野信用金庫"), QStringLiteral("・")};

// Checks one PDF against the text its paper laid out; returns the repaired words it printed.
QStringList expectTextLayerMatches(const QString& path, const QString& laidOut,
                                   const std::string& what)
{
    const QString text = pdfText(path);
    EXPECT_FALSE(text.isEmpty()) << what;
    for (char32_t c : text.toUcs4()) {
        EXPECT_FALSE(c >= 0x2E80 && c <= 0x2FDF)
            << what << ": radical U+" << std::hex << unsigned(c) << " in the text layer";
        EXPECT_FALSE(c >= 0x31C0 && c <= 0x31EF)
            << what << ": stroke U+" << std::hex << unsigned(c);
        EXPECT_NE(c, char32_t(0x2027)) << what << ": ‧ U+2027 instead of ・";
    }
    // Every kanji, kana and CJK mark the paper lays out can be found.
    QSet<char32_t> missing;
    for (char32_t c : laidOut.toUcs4())
        if (isCjk(c) && c != 0x3000 && !text.contains(QString::fromUcs4(&c, 1)))
            missing.insert(c);
    for (char32_t c : missing)
        ADD_FAILURE() << what << ": " << QString::fromUcs4(&c, 1).toStdString() << " (U+"
                      << std::hex << unsigned(c) << ") is printed but not in the text layer";
    const QString flat = squeezed(text);
    const QString laidFlat = squeezed(laidOut);
    QStringList printed;
    for (const QString& word : kRepairedWords) {
        if (!laidFlat.contains(word))
            continue;
        printed << word;
        EXPECT_TRUE(flat.contains(word)) << what << ": " << word.toStdString() << " not found";
    }
    return printed;
}

std::string nameOf(ClientDocument d, Language lang)
{
    return (documentCode(d) +
            (lang == Language::English ? QStringLiteral(" en") : QStringLiteral(" ja")))
        .toStdString();
}

} // namespace

class PaperTextLayer : public ::testing::TestWithParam<Language> {
protected:
    void SetUp() override { ASSERT_TRUE(translations.install(GetParam())); }
    TranslationSet translations;
    QTemporaryDir dir;
};

TEST_P(PaperTextLayer, EveryPaperPrintsWhatSearchFinds)
{
    const Language lang = GetParam();
    const ReportContext ctx = contextFor(caseWithLookAlikes(lang), lang);
    for (ClientDocument d : kPapers) {
        const QString path = dir.filePath(documentCode(d) + QStringLiteral(".pdf"));
        const auto r = exportPdf(d, ctx, path);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
        const QString laidOut = documentPaper(d, ctx).plainText();
        const QStringList printed = expectTextLayerMatches(path, laidOut, nameOf(d, lang));
        // Every paper prints the client's name (長, 民); the summary also cites 民法 and names
        // the creditors; the assertions above are not vacuous.
        EXPECT_TRUE(printed.contains(QStringLiteral("長谷川民子"))) << nameOf(d, lang);
        if (d == ClientDocument::CaseSummary) {
            EXPECT_TRUE(printed.contains(QStringLiteral("民法"))) << nameOf(d, lang);
            EXPECT_TRUE(printed.contains(QStringLiteral("長野信用金庫"))) << nameOf(d, lang);
        }
    }
}

TEST_P(PaperTextLayer, EveryPaperFromTheCli)
{
    const Language lang = GetParam();
    const Case c = caseWithLookAlikes(lang);
    const QString casePath = dir.filePath(QStringLiteral("case.json"));
    {
        QFile f(casePath);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(writeCaseBytes(c));
    }
    // The CLI prints the case's own case number (the file name) and no firm: compare against a
    // context like its own.
    ReportContext ctx = contextFor(c, lang);
    ctx.caseNumber = QStringLiteral("case");
    ctx.firm.clear();
    ctx.consultant = c.consultant;
    for (ClientDocument d : kPapers) {
        const QString path = dir.filePath(documentCode(d) + QStringLiteral("-cli.pdf"));
        const auto r = runCli({QStringLiteral("pdf"), casePath, QStringLiteral("--document"),
                               documentCode(d), QStringLiteral("-o"), path});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QString laidOut = documentPaper(d, ctx).plainText();
        const QStringList printed = expectTextLayerMatches(path, laidOut, nameOf(d, lang) + " cli");
        EXPECT_TRUE(printed.contains(QStringLiteral("長谷川民子"))) << nameOf(d, lang);
    }
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, PaperTextLayer,
                         ::testing::Values(Language::Japanese, Language::English),
                         [](const ::testing::TestParamInfo<Language>& info) {
                             return info.param == Language::English ? std::string("English")
                                                                    : std::string("Japanese");
                         });
