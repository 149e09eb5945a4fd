// zansai-cli pdf --document limitation_notice|installment_proposal|creditor_list: the drafts the
// client sends himself and the 債権者一覧表, written as real PDFs; the refusals exit 2 and write
// nothing.
#include "CliRunner.h"
#include "PdfTools.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <functional>

namespace {

// As of 2026-11-22: d1 time-barred (みらい債権回収株式会社), d2 forfeited by a payment after
// completion (ひかり信販株式会社), d3 not time-barred (株式会社みどり銀行). See
// tests/ui/report/DraftDocumentsTest.cpp for the dates.
const QString kCase = QStringLiteral(ZANSAI_TEST_DATA "/cases/drafts_time_barred.json");

QString plain(const QString& s)
{
    return squeezed(s).normalized(QString::NormalizationForm_KC);
}

// The case file with only the debts named (and `edit` applied to each), written into `dir`.
QString caseWith(const QTemporaryDir& dir, const QStringList& ids,
                 const std::function<void(QJsonObject&)>& edit = {})
{
    QFile f(kCase);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QJsonArray kept;
    for (const auto v : root.value(QStringLiteral("debts")).toArray()) {
        QJsonObject d = v.toObject();
        if (!ids.contains(d.value(QStringLiteral("id")).toString()))
            continue;
        if (edit)
            edit(d);
        kept.append(d);
    }
    root.insert(QStringLiteral("debts"), kept);
    static int made = 0; // each call its own file: a list of cases is built before it is run
    const QString path =
        dir.filePath(QStringLiteral("%1_%2.json").arg(ids.join(QLatin1Char('_'))).arg(++made));
    QFile out(path);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    return path;
}

CliRun pdf(const QString& caseFile, const QString& document, const QString& out,
           const QString& lang = QStringLiteral("ja"))
{
    return runCli({QStringLiteral("--lang"), lang, QStringLiteral("pdf"), caseFile,
                   QStringLiteral("--document"), document, QStringLiteral("-o"), out});
}

} // namespace

TEST(DraftsCli, EachDraftInBothLanguages)
{
    QTemporaryDir dir;
    struct Expect {
        const char* document;
        const char* lang;
        QStringList facts;
    };
    const Expect cases[] = {
        {"limitation_notice",
         "ja",
         {QStringLiteral("みらい債権回収株式会社"), QStringLiteral("本書をもって時効を援用します"),
          QStringLiteral("480,000円")}},
        {"limitation_notice",
         "en",
         {QStringLiteral("みらい債権回収株式会社"), QStringLiteral("本書をもって時効を援用します"),
          QStringLiteral("BythisnoticeIinvoketheprescription.")}},
        {"installment_proposal",
         "ja",
         {QStringLiteral("ひかり信販株式会社"), QStringLiteral("株式会社みどり銀行"),
          QStringLiteral("民法152条1項")}},
        {"installment_proposal",
         "en",
         {QStringLiteral("ひかり信販株式会社"), QStringLiteral("Proposaltopayininstallments")}},
        {"creditor_list",
         "ja",
         {QStringLiteral("債権者一覧表"), QStringLiteral("3,980,000円"),
          QStringLiteral("令和7年(ロ)第512号")}},
        {"creditor_list", "en", {QStringLiteral("Listofcreditors"), QStringLiteral("¥3,980,000")}},
    };
    for (const Expect& e : cases) {
        const QString out = dir.filePath(
            QStringLiteral("%1_%2.pdf").arg(QLatin1String(e.document), QLatin1String(e.lang)));
        const auto r = pdf(kCase, QLatin1String(e.document), out, QLatin1String(e.lang));
        ASSERT_EQ(r.exitCode, 0) << e.document << " " << r.err.toStdString();
        const QJsonObject json = r.json();
        EXPECT_EQ(json.value(QStringLiteral("document")).toString(), QLatin1String(e.document));
        EXPECT_EQ(json.value(QStringLiteral("pages")).toInt(), pdfPageCount(out));
        // Without -layout: a table cell's wrapped lines stay together (the 債権者一覧表).
        const QString text =
            plain(runTool(QStringLiteral("pdftotext"), {out, QStringLiteral("-")}));
        for (const QString& fact : e.facts)
            EXPECT_TRUE(text.contains(fact))
                << e.document << "/" << e.lang << ": " << fact.toStdString();
        EXPECT_FALSE(pdfText(out).contains(QRegularExpression(QStringLiteral("\\bd[0-9]+\\b"))))
            << e.document;
    }
}

TEST(DraftsCli, TheProposalCarriesTheMonthlyOfEvaluate)
{
    QTemporaryDir dir;
    const auto eval = runCli({QStringLiteral("evaluate"), kCase});
    ASSERT_EQ(eval.exitCode, 0) << eval.err.toStdString();
    qint64 monthly = 0;
    for (const auto v : eval.json().value(QStringLiteral("options")).toArray())
        if (v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("installment"))
            monthly = v.toObject().value(QStringLiteral("monthly")).toInteger();
    ASSERT_GT(monthly, 0);
    const QString out = dir.filePath(QStringLiteral("proposal.pdf"));
    ASSERT_EQ(pdf(kCase, QStringLiteral("installment_proposal"), out).exitCode, 0);
    // "%L1円": the figure of `evaluate`, with its thousands separators.
    const QString figure = QLocale(QLocale::English).toString(monthly) + QStringLiteral("円");
    EXPECT_TRUE(plain(pdfText(out)).contains(figure)) << figure.toStdString();
}

TEST(DraftsCli, RefusalsExit2AndWriteNothing)
{
    QTemporaryDir dir;
    struct Refusal {
        const char* name;
        QString caseFile;
        const char* document;
        const char* creditor;
    };
    const Refusal cases[] = {
        {"not time-barred", caseWith(dir, {QStringLiteral("d3")}), "limitation_notice",
         "株式会社みどり銀行"},
        {"forfeited", caseWith(dir, {QStringLiteral("d2")}), "limitation_notice",
         "ひかり信販株式会社"},
        {"incomplete dates",
         caseWith(dir, {QStringLiteral("d1")},
                  [](QJsonObject& d) {
                      // A draft debt: the acceleration date not given yet (its stand-in stays).
                      d.insert(QStringLiteral("incomplete_fields"),
                               QJsonArray{QStringLiteral("accelerated_on")});
                  }),
         "limitation_notice", "みらい債権回収株式会社"},
        {"proposal to a time-barred creditor only", caseWith(dir, {QStringLiteral("d1")}),
         "installment_proposal", "みらい債権回収株式会社"},
    };
    for (const Refusal& r : cases) {
        const QString out = dir.filePath(QLatin1String(r.name) + QStringLiteral(".pdf"));
        const auto run = runCli({QStringLiteral("pdf"), r.caseFile, QStringLiteral("--document"),
                                 QLatin1String(r.document), QStringLiteral("-o"), out});
        EXPECT_EQ(run.exitCode, 2) << r.name << run.out.toStdString();
        const QJsonObject err = run.errJson();
        EXPECT_EQ(err.value(QStringLiteral("field")).toString(), QStringLiteral("--document"))
            << r.name;
        const QString message = err.value(QStringLiteral("error")).toString();
        EXPECT_TRUE(message.contains(QString::fromUtf8(r.creditor)))
            << r.name << ": " << message.toStdString();
        EXPECT_FALSE(message.contains(QRegularExpression(QStringLiteral("\\bd[0-9]+\\b"))))
            << message.toStdString();
        EXPECT_FALSE(QFile::exists(out)) << r.name;
    }
}
