// One assessment, two languages: toJson narrated in Japanese and in English carries the same
// figures, dates, flags and codes; only the sentences differ. Nothing is evaluated again and no
// translator is installed.
#include "advice/AdviceLabels.h"
#include "advice/Evaluate.h"
#include "case/CaseJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <gtest/gtest.h>

using namespace zansai;
using namespace Qt::StringLiterals;

namespace {

Case readSeed(const QString& name)
{
    QFile f(QStringLiteral(ZANSAI_TEST_DATA) + u"/cases/"_s + name);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name.toStdString();
    Result<Case> r = readCase(f.readAll());
    EXPECT_TRUE(r.ok()) << name.toStdString();
    return r.ok() ? r.value() : Case{};
}

// Keys whose values are sentences (strings, or lists of them).
const QSet<QString> kTextKeys{u"reasons"_s,
                              u"notes"_s,
                              u"warnings"_s,
                              u"next_creditor_action"_s,
                              u"consequence"_s,
                              u"guarantor_effect"_s,
                              u"limitation_effect"_s,
                              u"rank_reason"_s,
                              u"occupation_limits"_s,
                              u"assets_lost"_s,
                              u"disputed_points"_s,
                              u"text"_s,
                              u"late_interest_basis_text"_s};

// Compares two narrations of one assessment: every value equal except under a text key, where
// only the shape (a string, or a list of as many strings) must agree. Counts the texts that differ.
void compare(const QJsonValue& ja, const QJsonValue& en, const QString& path, bool text,
             int& differing)
{
    ASSERT_EQ(ja.type(), en.type()) << path.toStdString();
    if (ja.isObject()) {
        const QJsonObject a = ja.toObject(), b = en.toObject();
        ASSERT_EQ(a.keys(), b.keys()) << path.toStdString();
        for (const QString& k : a.keys())
            compare(a[k], b[k], path + u'.' + k, kTextKeys.contains(k), differing);
    } else if (ja.isArray()) {
        const QJsonArray a = ja.toArray(), b = en.toArray();
        ASSERT_EQ(a.size(), b.size()) << path.toStdString();
        for (qsizetype i = 0; i < a.size(); ++i)
            compare(a[i], b[i], path + u'[' + QString::number(i) + u']', text, differing);
    } else if (text && ja.isString()) {
        if (ja != en)
            ++differing;
        EXPECT_EQ(ja.toString().isEmpty(), en.toString().isEmpty()) << path.toStdString();
    } else {
        EXPECT_EQ(ja, en) << path.toStdString();
    }
}

class NarratedTwice : public ::testing::TestWithParam<const char*> {};

TEST_P(NarratedTwice, SameFiguresInJapaneseAndEnglish)
{
    const Case c = readSeed(QString::fromUtf8(GetParam()));
    const Assessment a = evaluate(c, c.asOf);
    const QJsonObject ja = toJson(a, Narrator(Language::Japanese));
    const QJsonObject en = toJson(a, Narrator(Language::English));
    int differing = 0;
    compare(ja, en, u"$"_s, false, differing);
    EXPECT_GT(differing, 0); // the sentences are in two languages
    // Codes are facts, the same in both: every option gives one per reason.
    for (const QJsonValue& o : en[u"options"_s].toArray()) {
        const QJsonObject opt = o.toObject();
        EXPECT_EQ(opt[u"reason_codes"_s].toArray().size(), opt[u"reasons"_s].toArray().size());
    }
    for (const QJsonValue& d : en[u"deadlines"_s].toArray())
        EXPECT_TRUE(d.toObject()[u"consequence_code"_s].toString().startsWith(u"deadline."_s));
}

INSTANTIATE_TEST_SUITE_P(SeedCases, NarratedTwice,
                         ::testing::Values("ignored_letters_payment_order.json",
                                           "judgment_and_wage_seizure.json",
                                           "seed1_servicer_lump_sum.json",
                                           "seed3_pensioner_jhf.json"));

// The label of a limitation that was invoked reads "invoked" on screen and on paper alike.
TEST(Labels, InvokedLimitationIsInvoked)
{
    LimitationView l;
    l.completed = true;
    l.invoked = true;
    l.completesOn = QDate(2025, 3, 16);
    EXPECT_EQ(Narrator(Language::English).text(limitationStatusLabel(l)), u"Invoked"_s);
    EXPECT_EQ(Narrator(Language::Japanese).text(limitationStatusLabel(l)), u"援用済み"_s);
    EXPECT_EQ(limitationStatusLabel(l).code, u"limitation.status.invoked"_s);
    l.invoked = false;
    EXPECT_EQ(limitationStatusLabel(l).code, u"limitation.status.completed"_s);
}

} // namespace
