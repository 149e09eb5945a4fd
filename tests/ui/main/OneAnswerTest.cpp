// One consultation, one answer. A stored draft case — one debt whose late-payment rate is still
// unanswered and that carries a 訴状 served 2026-11-20 with the first hearing on 2026-12-18 — goes
// out through every door: the results screen, File ▸ Export PDF in Japanese and in English,
// `zansai-cli evaluate` from the file and from the store, and `zansai-cli pdf --db`. Every door
// shows the same stage, deadline, balances and options, and the hearing is never lost.
// A case reopened a week after its deadline shows the deadline as passed (not "5 days left").
#include "CliRunner.h"
#include "PdfTools.h"

#include "advice/Consultation.h"
#include "case/CaseJson.h"
#include "case/Draft.h"
#include "common/Format.h"
#include "i18n/Language.h"
#include "i18n/Narrator.h"
#include "main/CaseSession.h"
#include "main/MainWindow.h"
#include "report/ClientDocuments.h"
#include "results/ResultsView.h"
#include "store/CaseStore.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace zansai;
using namespace Qt::StringLiterals;

namespace {

const QDate kConsulted(2026, 11, 25); // the day the case was saved
const QDate kToday(2026, 12, 1);      // the day it is reopened
const QDate kHearing(2026, 12, 18);

// 山田太郎: a 任意売却 in 2024; the servicer sued (served 2026-11-20, hearing 2026-12-18). The
// consultant has not yet found the rate of the housing loan in the contract: left unanswered.
Case draftCase()
{
    Case c;
    c.asOf = kConsulted;
    c.language = QStringLiteral("ja");
    c.client.name = QStringLiteral("山田 太郎");
    c.client.netMonthlyIncome = Yen(250000);
    c.budget.income.insert(QStringLiteral("salary"), Yen(250000));
    c.budget.expenses.insert(QStringLiteral("rent"), Yen(70000));
    c.budget.expenses.insert(QStringLiteral("food"), Yen(50000));
    c.assets.cash = Yen(100000);
    c.sale = Sale{SaleKind::Voluntary, QDate(2024, 3, 15), Yen(18000000), {}};

    Debt loan;
    loan.id = QStringLiteral("d1");
    loan.creditor = QStringLiteral("○○債権回収株式会社");
    loan.kind = DebtKind::HousingLoan;
    loan.lenderKind = LenderKind::Bank;
    loan.contractDate = QDate(2008, 4, 1);
    loan.acceleratedOn = QDate(2023, 6, 1);
    loan.principal = Yen(5800000);
    draft::setMissing(loan, draft::kLateRate, true); // the grey placeholder is not an answer
    DebtEvent sale;
    sale.date = QDate(2024, 3, 15);
    sale.type = DebtEventType::VoluntarySaleSettled;
    DebtEvent suit;
    suit.date = QDate(2026, 11, 20);
    suit.type = DebtEventType::LawsuitServed;
    suit.hearingOn = kHearing;
    loan.events = {sale, suit};

    Debt card;
    card.id = QStringLiteral("d2");
    card.creditor = QStringLiteral("△△カード株式会社");
    card.kind = DebtKind::Card;
    card.lenderKind = LenderKind::CardCompany;
    card.contractDate = QDate(2015, 1, 10);
    card.acceleratedOn = QDate(2023, 1, 10);
    card.principal = Yen(500000);
    card.lateRate = Rate(146, 1000); // 14.6%
    c.debts = {loan, card};
    draft::fillStandIns(c);
    return c;
}

// What every door must agree on, read from an `evaluate` object.
struct Figures {
    int stage = 0;
    QStringList deadlines; // "d1 hearing 2026-12-18 passed=false"
    QStringList debts;     // "d2 500000+12345=512345"
    QStringList options;   // "lump_sum eligible monthly months total"
    bool operator==(const Figures&) const = default;
};

Figures figures(const QJsonObject& e)
{
    Figures f;
    f.stage = e.value(u"stage").toInt();
    for (const auto& v : e.value(u"deadlines").toArray()) {
        const QJsonObject d = v.toObject();
        f.deadlines << QStringLiteral("%1 %2 %3 passed=%4")
                           .arg(d.value(u"debt").toString(), d.value(u"kind").toString(),
                                d.value(u"due").toString(),
                                d.value(u"passed").toBool() ? u"true"_s : u"false"_s);
    }
    for (const auto& v : e.value(u"debts").toArray()) {
        const QJsonObject d = v.toObject();
        f.debts << QStringLiteral("%1 %2+%3=%4")
                       .arg(d.value(u"id").toString())
                       .arg(d.value(u"principal").toInteger())
                       .arg(d.value(u"late_interest").toInteger())
                       .arg(d.value(u"balance").toInteger());
    }
    for (const auto& v : e.value(u"options").toArray()) {
        const QJsonObject o = v.toObject();
        f.options << QStringLiteral("%1 %2 %3 %4 %5 rank=%6")
                         .arg(o.value(u"kind").toString(),
                              o.value(u"eligible").toBool() ? u"eligible"_s : u"not"_s)
                         .arg(o.value(u"monthly").toInteger())
                         .arg(o.value(u"months").toInt())
                         .arg(o.value(u"total").toInteger())
                         .arg(o.value(u"rank").toInt());
    }
    return f;
}

std::ostream& operator<<(std::ostream& os, const Figures& f)
{
    return os << "stage " << f.stage << "\n  " << f.deadlines.join(u"\n  "_s).toStdString()
              << "\n  " << f.debts.join(u"\n  "_s).toStdString() << "\n  "
              << f.options.join(u"\n  "_s).toStdString();
}

class OneAnswer : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(translations.install(Language::Japanese));
        ASSERT_TRUE(dir.isValid());
        storePath = dir.filePath(QStringLiteral("cases.sqlite"));
        auto opened = CaseStore::open(storePath, clock);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        store = std::move(opened).value();
    }
    void TearDown() override { store.reset(); }

    QString writeFile(const QString& name, const Case& c)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(writeCaseBytes(c));
        return path;
    }

    TranslationSet translations;
    QTemporaryDir dir;
    FixedClock clock{kToday};
    QString storePath;
    std::unique_ptr<CaseStore> store;
};

} // namespace

TEST_F(OneAnswer, EveryDoorGivesTheSameFiguresForADraftCase)
{
    const Case stored = draftCase();
    const auto created = store->create(stored);
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    const qint64 id = created.value();

    // The core's answer, as of the day the case is reopened.
    const Consultation expected = Consultation::assess(stored, kToday);
    ASSERT_FALSE(expected.complete());
    ASSERT_EQ(expected.incomplete.size(), 1);
    EXPECT_TRUE(expected.incomplete.first().lateInterestUnknown);
    EXPECT_FALSE(expected.incomplete.first().principalUnknown);
    // The lawsuit counts although the debt is a draft: stage 2 and the hearing 17 days ahead.
    EXPECT_EQ(expected.assessment.stage, 2);
    const Figures core = figures(toJson(expected, Narrator(Language::English)));
    EXPECT_TRUE(core.deadlines.contains(u"d1 hearing 2026-12-18 passed=false"_s)) << core;
    // The loan's principal counts in full; no interest is invented at an unanswered rate:
    // 5,800,000 less nothing paid = 5,800,000 + 0.
    EXPECT_TRUE(core.debts.contains(u"d1 5800000+0=5800000"_s)) << core;

    // Door 1: the results screen, the case opened from the store on 2026-12-01.
    ui::MainWindow w;
    w.setClock(clock);
    w.setStore(store.get());
    ASSERT_TRUE(w.openCase(id));
    ui::ResultsView* r = w.resultsView();
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(figures(toJson(r->consultation(), Narrator(Language::English))), core);
    QStringList deadlineTexts;
    for (QLabel* l : r->deadlineLabels())
        deadlineTexts << l->text();
    EXPECT_TRUE(deadlineTexts.join(u' ').contains(ui::dateText(kHearing)))
        << deadlineTexts.join(u' ').toStdString();
    EXPECT_TRUE(deadlineTexts.join(u' ').contains(ui::daysLeftText(17)));
    const QTableWidget* debts = r->debtsTable();
    ASSERT_EQ(debts->rowCount(), 2);
    EXPECT_EQ(debts->item(0, 1)->text(), ui::yenText(Yen(5800000)));
    EXPECT_EQ(debts->item(0, 2)->text(),
              QCoreApplication::translate("zansai::ui::ResultsView", "not entered"));
    auto* incomplete = r->findChild<QLabel*>(QStringLiteral("incompleteLabel"));
    ASSERT_NE(incomplete, nullptr);
    EXPECT_FALSE(incomplete->isHidden());
    EXPECT_TRUE(incomplete->text().contains(u"○○債権回収株式会社"_s));

    // Door 2: File ▸ Export PDF, in the case's language (Japanese) and in English.
    const auto paperText = [&](const QString& language) {
        Case c = w.session()->data();
        c.language = language;
        w.session()->update(c);
        const QString pdf = dir.filePath(u"summary_"_s + language + u".pdf"_s);
        const Result<int> pages = w.writeDocumentPdf(int(ui::ClientDocument::CaseSummary), pdf);
        EXPECT_TRUE(pages.ok()) << (pages.ok() ? "" : pages.error().message.toStdString());
        return pdfText(pdf).remove(QRegularExpression(u"\\s"_s));
    };
    for (const QString& language : {u"ja"_s, u"en"_s}) {
        const QString text = paperText(language);
        const Language lang = parseLanguage(language);
        SCOPED_TRACE(language.toStdString());
        // Compared without white space, and only the first part of the date: a table cell breaks
        // 令和8年12月18日(2026年12月18日) or "18 December 2026" over lines, between other cells.
        EXPECT_TRUE(
            text.contains(lang == Language::Japanese ? u"令和8年12月18日"_s : u"18December"_s))
            << text.toStdString();
        EXPECT_TRUE(text.contains(u"5,800,000"_s));
        // The card: 500,000 × 14.6% × 1,421 days (2023-01-11 … 2026-12-01) / 365 = 284,200
        // (500,000 × 0.146 = 73,000 a year = 200 a day; 200 × 1,421 = 284,200).
        EXPECT_TRUE(core.debts.contains(u"d2 500000+284200=784200"_s)) << core;
        EXPECT_TRUE(text.contains(u"784,200"_s));
    }

    // Door 3: `zansai-cli evaluate` from the case file, for the same day.
    const QString file = writeFile(u"case.json"_s, stored);
    const CliRun fromFile =
        runCli({u"evaluate"_s, file, u"--as-of"_s, kToday.toString(Qt::ISODate)});
    ASSERT_EQ(fromFile.exitCode, 0) << fromFile.err.toStdString();
    EXPECT_EQ(figures(fromFile.json()), core);
    EXPECT_EQ(fromFile.json().value(u"complete").toBool(true), false);

    // Door 4: `zansai-cli evaluate --db STORE --case ID`: the same assessment the app shows.
    const CliRun fromStore =
        runCli({u"evaluate"_s, u"--db"_s, storePath, u"--case"_s, QString::number(id), u"--as-of"_s,
                kToday.toString(Qt::ISODate)});
    ASSERT_EQ(fromStore.exitCode, 0) << fromStore.err.toStdString();
    EXPECT_EQ(figures(fromStore.json()), core);
    EXPECT_EQ(fromStore.json().value(u"case_date").toString(), u"2026-11-25"_s);

    // Door 5: `zansai-cli pdf --db`.
    const QString cliPdf = dir.filePath(u"cli.pdf"_s);
    const CliRun pdf = runCli({u"pdf"_s, u"--db"_s, storePath, u"--case"_s, QString::number(id),
                               u"--as-of"_s, kToday.toString(Qt::ISODate), u"-o"_s, cliPdf});
    ASSERT_EQ(pdf.exitCode, 0) << pdf.err.toStdString();
    const QString cliText = pdfText(cliPdf).remove(QRegularExpression(u"\\s"_s));
    EXPECT_TRUE(cliText.contains(u"令和8年12月18日"_s));
    EXPECT_TRUE(cliText.contains(u"784,200"_s));
}

TEST_F(OneAnswer, AReopenedCaseCountsFromTodayAndShowsAPassedDeadlineAsPassed)
{
    // A 支払督促 served 2026-11-10: the objection is due 2026-11-24 (民訴393条: two weeks, the
    // first day not counted). Saved on 2026-11-19, five days before; reopened on 2026-12-01.
    Case c = draftCase();
    c.asOf = QDate(2026, 11, 19);
    c.debts.removeFirst();
    DebtEvent order;
    order.date = QDate(2026, 11, 10);
    order.type = DebtEventType::PaymentOrderServed;
    c.debts.first().events = {order};
    const auto created = store->create(c);
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();

    ui::MainWindow w;
    w.setClock(clock);
    w.setStore(store.get());
    ASSERT_TRUE(w.openCase(created.value()));
    const Consultation& shown = w.resultsView()->consultation();
    EXPECT_EQ(shown.asOf, kToday);
    EXPECT_EQ(shown.caseDate, QDate(2026, 11, 19));
    ASSERT_FALSE(shown.assessment.deadlines.isEmpty());
    const Deadline& objection = shown.assessment.deadlines.first();
    EXPECT_EQ(objection.kind, DeadlineKind::Objection);
    EXPECT_EQ(objection.due, QDate(2026, 11, 24));
    EXPECT_EQ(objection.daysLeft, -7); // 2026-11-24 − 2026-12-01
    const QString label = w.resultsView()->deadlineLabels().first()->text();
    EXPECT_TRUE(label.contains(ui::daysLeftText(-7))) << label.toStdString();
    EXPECT_FALSE(label.contains(ui::daysLeftText(5)));
    // The saved day is shown beside the day assessed.
    auto* asOf = w.resultsView()->findChild<QLabel*>(QStringLiteral("asOfLabel"));
    ASSERT_NE(asOf, nullptr);
    EXPECT_TRUE(asOf->text().contains(ui::dateWithEraText(QDate(2026, 11, 19))));

    // The CLI reads the stored case the same way, as of today unless told otherwise.
    const CliRun e =
        runCli({u"evaluate"_s, u"--db"_s, storePath, u"--case"_s, QString::number(created.value()),
                u"--as-of"_s, kToday.toString(Qt::ISODate)});
    ASSERT_EQ(e.exitCode, 0) << e.err.toStdString();
    const QJsonObject d = e.json().value(u"deadlines").toArray().first().toObject();
    EXPECT_EQ(d.value(u"due").toString(), u"2026-11-24"_s);
    EXPECT_TRUE(d.value(u"passed").toBool());
}

TEST_F(OneAnswer, OutputNeverReplacesAnInput)
{
    const auto created = store->create(draftCase());
    ASSERT_TRUE(created.ok());
    const QString file = writeFile(u"case.json"_s, draftCase());
    const QByteArray before = [&] {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    // The store, its journal and the case file itself are refused as -o, and nothing is written.
    for (const QStringList& args :
         {QStringList{u"pdf"_s, u"--db"_s, storePath, u"--case"_s, QString::number(created.value()),
                      u"-o"_s, storePath},
          QStringList{u"pdf"_s, u"--db"_s, storePath, u"--case"_s, QString::number(created.value()),
                      u"-o"_s, storePath + u"-wal"_s},
          QStringList{u"pdf"_s, file, u"-o"_s, file},
          QStringList{u"pdf"_s, file, u"-o"_s, u"/dev/null"_s}}) {
        const CliRun run = runCli(args);
        EXPECT_EQ(run.exitCode, 2) << args.join(u' ').toStdString();
        EXPECT_EQ(run.errJson().value(u"field").toString(), u"-o"_s);
    }
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), before);
    auto reopened = CaseStore::open(storePath, clock);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    EXPECT_TRUE(reopened.value()->load(created.value()).ok());
}
