// Alt+letter on the interview's own buttons (Next, Back) really presses them, offscreen too.
//
// Why it seemed not to (issue 15): a button's mnemonic is a shortcut (QAbstractButton::setText
// grabs QKeySequence::mnemonic(text)); QTest::keyClick delivers Alt+N through the shortcut map
// (the ShortcutOverride path) and the button receives a QShortcutEvent. Unless the letter is
// ambiguous on the window (then it only moves the focus), the button answers with animateClick():
// it shows itself pressed and emits clicked() only when a 100 ms timer fires. A test that looks
// right after the key (with processEvents only) sees nothing happen. So it is no offscreen
// limitation: the window is active (QTest::qWaitForWindowActive succeeds under offscreen) and the
// click comes once the event loop runs past the timer, which these tests wait for (qWaitFor), not
// for a fixed time.
#include "../WizardDriver.h"

#include "i18n/Language.h"

#include <QSignalSpy>

using namespace zansai;
using namespace uitest;

namespace {

Case newCase()
{
    Case c;
    c.asOf = QDate(2026, 11, 22);
    c.language = QStringLiteral("ja");
    return c;
}

// The letter of a button's mnemonic ("次へ(&N) >" → Key_N).
Qt::Key mnemonicKey(const QAbstractButton* b)
{
    const QKeySequence k = QKeySequence::mnemonic(b->text());
    return k.isEmpty() ? Qt::Key_unknown : Qt::Key(k[0].key() & ~Qt::KeyboardModifierMask);
}

class WizardMnemonics : public ::testing::TestWithParam<Language> {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(translations.install(GetParam()));
        wizard = std::make_unique<InterviewWizard>(newCase());
        activate(wizard.get());
        ASSERT_EQ(QApplication::activeWindow(), wizard.get()); // offscreen activates windows
        type(wizard->currentPage(), "clientName", QStringLiteral("山田 太郎"));
        type(wizard->currentPage(), "netIncome", QStringLiteral("250000"));
    }

    TranslationSet translations;
    std::unique_ptr<InterviewWizard> wizard;
};

} // namespace

TEST_P(WizardMnemonics, AltLetterPressesNextAndBack)
{
    QAbstractButton* next = wizard->button(QWizard::NextButton);
    const Qt::Key n = mnemonicKey(next);
    ASSERT_NE(n, Qt::Key_unknown) << next->text().toStdString();
    QSignalSpy nextClicked(next, &QAbstractButton::clicked);
    // From a field of the page, as a consultant would: the key goes to the focused widget.
    QWidget* from = QApplication::focusWidget();
    ASSERT_NE(from, nullptr);
    QTest::keyClick(from, n, Qt::AltModifier);
    // The shortcut reached the button: it is pressed down (animateClick), not yet clicked.
    EXPECT_TRUE(next->isDown()) << "Alt+letter did not reach " << next->text().toStdString();
    EXPECT_EQ(nextClicked.count(), 0);
    EXPECT_EQ(wizard->currentId(), InterviewWizard::ClientPageId);
    // Once its timer fires, it is a real click: the next page.
    EXPECT_TRUE(QTest::qWaitFor([&] { return nextClicked.count() == 1; }, 2000));
    EXPECT_EQ(wizard->currentId(), InterviewWizard::SalePageId);

    // Back, from the second page, the same way.
    QAbstractButton* back = wizard->button(QWizard::BackButton);
    ASSERT_TRUE(back->isVisible());
    const Qt::Key b = mnemonicKey(back);
    ASSERT_NE(b, Qt::Key_unknown) << back->text().toStdString();
    QSignalSpy backClicked(back, &QAbstractButton::clicked);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : wizard.get(), b,
                    Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return backClicked.count() == 1; }, 2000));
    EXPECT_EQ(wizard->currentId(), InterviewWizard::ClientPageId);
    // The typing stayed what it was: Alt+B typed no "b" into a field.
    EXPECT_EQ(child<FieldEdit>(wizard->currentPage(), "clientName")->lineEdit()->text(),
              QStringLiteral("山田 太郎"));
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, WizardMnemonics,
                         ::testing::Values(Language::Japanese, Language::English),
                         [](const auto& info) {
                             return info.param == Language::Japanese ? std::string("Japanese")
                                                                     : std::string("English");
                         });
