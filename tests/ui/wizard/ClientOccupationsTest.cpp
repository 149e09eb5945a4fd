// Several occupations on the client page (ui/wizard/ClientPage.cpp): the main one in the combo,
// the others ticked in a list beside it, saved as Client::occupations (main first) and loaded
// back; reached and ticked with keys only.
#include "../WizardDriver.h"

#include "case/CaseJson.h"
#include "case/CaseLabels.h"
#include "i18n/Language.h"

#include <QListWidget>

using namespace zansai;
using namespace uitest;

namespace {

Case clientCase(Occupation main, QList<Occupation> all)
{
    Case c;
    c.asOf = QDate(2026, 11, 22);
    c.language = QStringLiteral("ja");
    c.client.name = QStringLiteral("堺 太郎");
    c.client.occupation = main;
    c.client.occupations = all;
    return c;
}

QListWidgetItem* itemFor(QListWidget* list, Occupation o)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toInt() == int(o))
            return list->item(i);
    ADD_FAILURE() << "no item for occupation " << int(o);
    return nullptr;
}

class ClientOccupations : public ::testing::Test {
protected:
    void open(const Case& c)
    {
        ASSERT_TRUE(translations.install(Language::Japanese));
        wizard = std::make_unique<InterviewWizard>(c);
        activate(wizard.get());
        list = child<QListWidget>(wizard->currentPage(), "otherOccupations");
        ASSERT_NE(list, nullptr);
    }
    TranslationSet translations;
    std::unique_ptr<InterviewWizard> wizard;
    QListWidget* list = nullptr;
};

} // namespace

TEST_F(ClientOccupations, TickedWithKeysAndSavedMainFirst)
{
    open(clientCase(Occupation::CompanyEmployee, {}));
    // The main occupation is shown ticked and cannot be unticked in the list.
    QListWidgetItem* main = itemFor(list, Occupation::CompanyEmployee);
    EXPECT_EQ(main->checkState(), Qt::Checked);
    EXPECT_FALSE(main->flags() & Qt::ItemIsUserCheckable);
    // The label's mnemonic (Alt+H) reaches the list; Space ticks the current row.
    QTest::keyClick(wizard->currentPage()->focusWidget(), Qt::Key_H, Qt::AltModifier);
    settle();
    ASSERT_TRUE(list->hasFocus());
    list->setCurrentItem(itemFor(list, Occupation::SecurityGuard));
    QTest::keyClick(list, Qt::Key_Space);
    list->setCurrentItem(itemFor(list, Occupation::RealEstateAgent));
    QTest::keyClick(list, Qt::Key_Space);
    const QList<Occupation> expected = {Occupation::CompanyEmployee, Occupation::SecurityGuard,
                                        Occupation::RealEstateAgent};
    EXPECT_EQ(wizard->caseData().client.occupations, expected);
    // The file keeps them exactly.
    const auto back = readCase(writeCase(wizard->caseData()));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value().client.occupations, expected);
    EXPECT_EQ(back.value().client.occupationsOrMain(), expected);

    // Unticking one removes it; unticking the last leaves no list (the main one alone).
    list->setCurrentItem(itemFor(list, Occupation::RealEstateAgent));
    QTest::keyClick(list, Qt::Key_Space);
    EXPECT_EQ(wizard->caseData().client.occupations,
              (QList<Occupation>{Occupation::CompanyEmployee, Occupation::SecurityGuard}));
    list->setCurrentItem(itemFor(list, Occupation::SecurityGuard));
    QTest::keyClick(list, Qt::Key_Space);
    EXPECT_TRUE(wizard->caseData().client.occupations.isEmpty());
}

TEST_F(ClientOccupations, ChangingTheMainDoesNotKeepTheOldOneAsASideJob)
{
    open(clientCase(Occupation::CompanyEmployee, {}));
    itemFor(list, Occupation::InsuranceAgent)->setCheckState(Qt::Checked);
    choose(wizard->currentPage(), "occupation", Occupation::SecurityGuard);
    // 警備員 main, 保険募集人 on the side; 会社員 no longer.
    EXPECT_EQ(wizard->caseData().client.occupation, Occupation::SecurityGuard);
    EXPECT_EQ(wizard->caseData().client.occupations,
              (QList<Occupation>{Occupation::SecurityGuard, Occupation::InsuranceAgent}));
    EXPECT_EQ(itemFor(list, Occupation::CompanyEmployee)->checkState(), Qt::Unchecked);
    EXPECT_TRUE(itemFor(list, Occupation::CompanyEmployee)->flags() & Qt::ItemIsUserCheckable);
    EXPECT_EQ(itemFor(list, Occupation::SecurityGuard)->checkState(), Qt::Checked);
    EXPECT_FALSE(itemFor(list, Occupation::SecurityGuard)->flags() & Qt::ItemIsUserCheckable);
}

TEST_F(ClientOccupations, LoadedFromTheCaseAndKeptAsTheFileSaid)
{
    // A file listing the main one later: loaded ticked; saved unchanged until something is ticked.
    const QList<Occupation> inFile = {Occupation::TaxAccountant, Occupation::Lawyer};
    open(clientCase(Occupation::Lawyer, inFile));
    EXPECT_EQ(itemFor(list, Occupation::Lawyer)->checkState(), Qt::Checked);
    EXPECT_EQ(itemFor(list, Occupation::TaxAccountant)->checkState(), Qt::Checked);
    EXPECT_EQ(itemFor(list, Occupation::CompanyEmployee)->checkState(), Qt::Unchecked);
    next(wizard.get());
    EXPECT_EQ(wizard->caseData().client.occupation, Occupation::Lawyer);
    // Stored main first, then the others in the list's order.
    EXPECT_EQ(wizard->caseData().client.occupationsOrMain(),
              (QList<Occupation>{Occupation::Lawyer, Occupation::TaxAccountant}));

    // A file with just the main one in the list reads back as it was.
    open(clientCase(Occupation::SelfEmployed, {Occupation::SelfEmployed}));
    next(wizard.get());
    EXPECT_EQ(wizard->caseData().client.occupations, QList<Occupation>{Occupation::SelfEmployed});
}

TEST_F(ClientOccupations, LabelsFollowTheLanguage)
{
    open(clientCase(Occupation::CompanyEmployee, {}));
    // The accessible name is the label's text without its mnemonic, in the language shown.
    translations.install(Language::English);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    EXPECT_EQ(list->accessibleName(), QStringLiteral("Other occupations"));
    EXPECT_EQ(itemFor(list, Occupation::CompanyEmployee)->text(),
              displayName(Occupation::CompanyEmployee));
}
