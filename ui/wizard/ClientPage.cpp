#include "case/CaseCourts.h"
#include "common/EnumCombo.h"
#include "common/Fields.h"
#include "i18n/Language.h"
#include "i18n/Narrator.h"
#include "law/CourtJurisdiction.h"
#include "wizard/InterviewPages.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace zansai::ui {

ClientPage::ClientPage(QWidget* parent) : InterviewPage(parent)
{
    setObjectName(QStringLiteral("clientPage"));
    name_ = new TextField(this);
    name_->setObjectName(QStringLiteral("clientName"));
    name_->setRequired(true);
    kana_ = new TextField(this);
    kana_->setObjectName(QStringLiteral("clientKana"));
    birth_ = new DateField(this);
    birth_->setObjectName(QStringLiteral("birthDate"));
    notAfterConsultation(birth_);
    occupation_ = new QComboBox(this);
    occupation_->setObjectName(QStringLiteral("occupation"));
    fillEnumCombo<Occupation>(occupation_, interviewOccupations());
    // Several occupations (a company employee who guards on weekends): every one is checked
    // against the licences bankruptcy restricts, not only the main one.
    otherOccupations_ = new QListWidget(this);
    otherOccupations_->setObjectName(QStringLiteral("otherOccupations"));
    for (const Occupation o : interviewOccupations()) {
        auto* item = new QListWidgetItem(displayName(o), otherOccupations_);
        item->setData(Qt::UserRole, static_cast<int>(o));
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    // Four rows show; the rest scroll (the page must fit 1366×768 at 150%).
    otherOccupations_->setMaximumHeight(otherOccupations_->sizeHintForRow(0) * 4 +
                                        2 * otherOccupations_->frameWidth());
    dependents_ = new CountField(0, 20, this);
    dependents_->setObjectName(QStringLiteral("dependents"));
    dependents_->setRequired(true);
    income_ = new YenField(this);
    income_->setObjectName(QStringLiteral("netIncome"));
    income_->setRequired(true);
    payCycle_ = new QComboBox(this);
    payCycle_->setObjectName(QStringLiteral("payCycle"));
    fillEnumCombo<PayCycle>(payCycle_, {PayCycle::Monthly, PayCycle::SemiMonthly, PayCycle::TenDays,
                                        PayCycle::Weekly, PayCycle::Daily});
    // The address decides the court (民事訴訟法4条・383条) and whether the Tokyo practice figures
    // are the client's court's own.
    prefecture_ = new QComboBox(this);
    prefecture_->setObjectName(QStringLiteral("prefecture"));
    prefecture_->addItem(QString(), QString()); // not entered
    for (const QString& p : law::prefectures())
        prefecture_->addItem(QString(), p);
    city_ = new TextField(this);
    city_->setObjectName(QStringLiteral("city"));
    court_ = new QLabel(this);
    court_->setObjectName(QStringLiteral("courtLabel"));
    court_->setWordWrap(true);
    court_->setStyleSheet(QStringLiteral("color: #555;"));

    // The form at the top; the stretch below takes the spare height (not a wrapped label's row).
    auto* outer = new QVBoxLayout(scrollingBody());
    auto* form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(nameLabel_ = buddyLabel(name_, this), name_);
    form->addRow(kanaLabel_ = buddyLabel(kana_, this), kana_);
    form->addRow(birthLabel_ = buddyLabel(birth_, this), birth_);
    form->addRow(occupationLabel_ = buddyLabel(occupation_, this), occupation_);
    form->addRow(otherOccupationsLabel_ = buddyLabel(otherOccupations_, this), otherOccupations_);
    form->addRow(dependentsLabel_ = buddyLabel(dependents_, this), dependents_);
    form->addRow(incomeLabel_ = buddyLabel(income_, this), income_);
    incomeHint_ = new QLabel(this);
    incomeHint_->setWordWrap(true);
    incomeHint_->setStyleSheet(QStringLiteral("color: #555;"));
    form->addRow(QString(), incomeHint_);
    form->addRow(payCycleLabel_ = buddyLabel(payCycle_, this), payCycle_);
    form->addRow(prefectureLabel_ = buddyLabel(prefecture_, this), prefecture_);
    form->addRow(cityLabel_ = buddyLabel(city_, this), city_);
    form->addRow(QString(), court_);

    for (FieldEdit* f :
         std::initializer_list<FieldEdit*>{name_, kana_, birth_, dependents_, income_, city_})
        watch(f);
    // Before watch(): the page is stored on each edit, with the list already matching the combo.
    connect(occupation_, &QComboBox::currentIndexChanged, this, &ClientPage::syncMainOccupation);
    watch(occupation_);
    connect(otherOccupations_, &QListWidget::itemChanged, this, [this] { noteEdited(); });
    syncMainOccupation();
    watch(prefecture_);
    connect(prefecture_, &QComboBox::currentIndexChanged, this, &ClientPage::updateCourt);
    connect(city_, &FieldEdit::edited, this, &ClientPage::updateCourt);
    watch(payCycle_);
    retranslate();
}

void ClientPage::retranslate()
{
    setTitle(tr("The client"));
    setSubTitle(tr("Who is consulting, and what the household lives on."));
    nameLabel_->setText(tr("Na&me:"));
    kanaLabel_->setText(tr("&Kana reading:"));
    birthLabel_->setText(tr("Birth &date:"));
    occupationLabel_->setText(tr("&Occupation:"));
    otherOccupationsLabel_->setText(tr("Ot&her occupations:"));
    otherOccupations_->setAccessibleName(withoutMnemonic(otherOccupationsLabel_->text()));
    otherOccupations_->setToolTip(tr("Tick every other work the client does: a licence that "
                                     "bankruptcy restricts counts even on the side."));
    for (int i = 0; i < otherOccupations_->count(); ++i) {
        QListWidgetItem* item = otherOccupations_->item(i);
        item->setText(displayName(static_cast<Occupation>(item->data(Qt::UserRole).toInt())));
    }
    dependentsLabel_->setText(tr("D&ependents:"));
    incomeLabel_->setText(tr("Net monthly &income:"));
    incomeHint_->setText(tr("Take-home pay: after income tax, resident tax and social insurance."));
    payCycleLabel_->setText(tr("&Pay cycle:"));
    prefectureLabel_->setText(tr("Prefect&ure:"));
    cityLabel_->setText(tr("&City or ward:"));
    city_->lineEdit()->setPlaceholderText(tr("e.g. Sakai"));
    city_->setFieldName(cityLabel_->text());
    prefecture_->setAccessibleName(withoutMnemonic(prefectureLabel_->text()));
    prefecture_->setItemText(0, tr("(not entered)"));
    for (int i = 1; i < prefecture_->count(); ++i) {
        const QString p = prefecture_->itemData(i).toString();
        prefecture_->setItemText(
            i, QCoreApplication::translate("zansai::law::Prefecture", law::prefectureEnglish(p)));
    }
    updateCourt();
    kana_->lineEdit()->setPlaceholderText(tr("in katakana, as on the ID"));
    name_->setFieldName(nameLabel_->text());
    kana_->setFieldName(kanaLabel_->text());
    birth_->setFieldName(birthLabel_->text());
    occupation_->setAccessibleName(withoutMnemonic(occupationLabel_->text()));
    dependents_->setFieldName(dependentsLabel_->text());
    income_->setFieldName(incomeLabel_->text());
    payCycle_->setAccessibleName(withoutMnemonic(payCycleLabel_->text()));
    retranslateEnumCombo<Occupation>(occupation_);
    retranslateEnumCombo<PayCycle>(payCycle_);
}

void ClientPage::load(const Case& c)
{
    name_->setText(c.client.name);
    kana_->setText(c.client.nameKana);
    birth_->setDate(c.client.birthDate);
    setEnumComboValue(occupation_, c.client.occupation);
    {
        const QSignalBlocker block(otherOccupations_);
        const QList<Occupation> all = c.client.occupationsOrMain();
        for (int i = 0; i < otherOccupations_->count(); ++i) {
            QListWidgetItem* item = otherOccupations_->item(i);
            const auto o = static_cast<Occupation>(item->data(Qt::UserRole).toInt());
            item->setCheckState(all.contains(o) ? Qt::Checked : Qt::Unchecked);
        }
    }
    syncMainOccupation();
    dependents_->setCount(c.client.dependents);
    income_->setYen(c.client.netMonthlyIncome);
    setEnumComboValue(payCycle_, c.client.payCycle);
    const int p = c.client.address ? prefecture_->findData(c.client.address->prefecture) : 0;
    prefecture_->setCurrentIndex(std::max(p, 0));
    city_->setText(c.client.address ? c.client.address->city : QString());
    updateCourt();
}

// The main occupation is shown checked and cannot be unticked in the list (it is the combo's).
// The former main one (the item not user-checkable until now) is unticked: changing the main
// occupation does not add the old one as a side job.
void ClientPage::syncMainOccupation()
{
    const QSignalBlocker block(otherOccupations_);
    const int main = occupation_->currentData().toInt();
    for (int i = 0; i < otherOccupations_->count(); ++i) {
        QListWidgetItem* item = otherOccupations_->item(i);
        const bool isMain = item->data(Qt::UserRole).toInt() == main;
        if (!isMain && !(item->flags() & Qt::ItemIsUserCheckable))
            item->setCheckState(Qt::Unchecked);
        Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
        if (isMain)
            item->setCheckState(Qt::Checked);
        else
            f |= Qt::ItemIsUserCheckable;
        item->setFlags(f);
    }
}

void ClientPage::updateCourt()
{
    const QString pref = prefecture_->currentData().toString();
    if (pref.isEmpty()) {
        court_->setText(tr("The prefecture and city decide the court."));
        return;
    }
    const Narrator n(currentLanguage());
    const law::Courts c = law::courtsFor(pref, city_->value());
    QString text = tr("Court: %1").arg(n.text(c.districtCourt));
    if (c.hasBranch)
        text += QLatin1Char(' ') + n.text(c.branch);
    text += QLatin1Char('\n');
    text += c.summaryKnown
                ? tr("A payment order would come from the %1.").arg(n.text(c.summaryCourt))
                : tr("A payment order would come from the summary court of this city: check the "
                     "court's list of districts.");
    court_->setText(text);
}

bool ClientPage::store(Case& c, bool show)
{
    const bool ok = checkFields({name_, kana_, birth_, dependents_, income_}, show);
    if (name_->validate(false))
        c.client.name = name_->value();
    if (kana_->validate(false))
        c.client.nameKana = kana_->value();
    if (birth_->validate(false))
        c.client.birthDate = birth_->date().value_or(QDate());
    c.client.occupation = enumComboValue<Occupation>(occupation_);
    // "occupations": the main one first, then the others ticked, in the list's order; none ticked
    // leaves the list empty (the file then has no "occupations", docs/case-format.md) unless the
    // file already said just the main one (kept, so that the file reads back as it was).
    QList<Occupation> others;
    for (int i = 0; i < otherOccupations_->count(); ++i) {
        const QListWidgetItem* item = otherOccupations_->item(i);
        const auto o = static_cast<Occupation>(item->data(Qt::UserRole).toInt());
        if (o != c.client.occupation && item->checkState() == Qt::Checked)
            others << o;
    }
    if (!others.isEmpty())
        c.client.occupations = QList<Occupation>{c.client.occupation} + others;
    else if (c.client.occupations != QList<Occupation>{c.client.occupation})
        c.client.occupations.clear();
    if (const auto n = dependents_->count())
        c.client.dependents = *n;
    if (const auto y = income_->yen(); y && income_->validate(false))
        c.client.netMonthlyIncome = *y;
    c.client.payCycle = enumComboValue<PayCycle>(payCycle_);
    // The address: a prefecture or a city entered makes one; the other parts (postal code, the
    // rest of the line) from a case file are kept.
    const QString pref = prefecture_->currentData().toString();
    if (!pref.isEmpty() || !city_->value().isEmpty()) {
        Address a = c.client.address.value_or(Address{});
        a.prefecture = pref;
        a.city = city_->value();
        c.client.address = a;
    } else if (c.client.address) {
        c.client.address->prefecture.clear();
        c.client.address->city.clear();
        if (c.client.address->postalCode.isEmpty() && c.client.address->line.isEmpty())
            c.client.address.reset();
    }
    return ok;
}

} // namespace zansai::ui
