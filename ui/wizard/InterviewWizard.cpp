#include "wizard/InterviewWizard.h"

#include "case/Draft.h"
#include "wizard/InterviewPages.h"

#include <QAbstractButton>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>
#include <algorithm>

namespace zansai::ui {

namespace {

// The side panel: the interview's steps that apply to this client (the current one marked) and the
// save status at the bottom.
class StepsPanel : public QWidget {
public:
    explicit StepsPanel(QWidget* parent) : QWidget(parent)
    {
        setObjectName(QStringLiteral("interviewSteps"));
        auto* layout = new QVBoxLayout(this);
        steps_ = new QLabel(this);
        steps_->setObjectName(QStringLiteral("stepsLabel"));
        steps_->setTextFormat(Qt::RichText);
        steps_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        steps_->setWordWrap(true);
        status_ = new QLabel(this);
        status_->setObjectName(QStringLiteral("saveStatus"));
        status_->setWordWrap(true);
        status_->setAlignment(Qt::AlignBottom | Qt::AlignLeft);
        layout->addWidget(steps_, 1);
        layout->addWidget(status_);
        // Wide enough for the longest step title in Japanese (English ones wrap, as they may).
        const int w = fontMetrics().horizontalAdvance(QStringLiteral("▶ 職業と過去の破産")) + 32;
        setFixedWidth(w);
    }
    QLabel* steps_;
    QLabel* status_;
};

} // namespace

InterviewWizard::InterviewWizard(const Case& initial, QWidget* parent)
    : QWizard(parent), initial_(initial), case_(initial)
{
    setObjectName(QStringLiteral("interviewWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoDefaultButton, false);

    setPage(ClientPageId, new ClientPage);
    setPage(SalePageId, new SalePage);
    setPage(ContactPageId, new ContactPage);
    setPage(CourtPapersPageId, new CourtPapersPage);
    setPage(CourtOutcomePageId, new CourtOutcomePage);
    setPage(DebtsPageId, new DebtsPage);
    setPage(BudgetPageId, new BudgetPage);
    setPage(AssetsPageId, new AssetsPage);
    setPage(GuarantorsPageId, new GuarantorsPage);
    setPage(BackgroundPageId, new BackgroundPage);
    setStartId(ClientPageId);

    auto* panel = new StepsPanel(this);
    status_ = panel->status_;
    setSideWidget(panel);
    connect(this, &QWizard::currentIdChanged, this, [this] { retranslate(); });

    // Fits a 1366×768 screen with room for the panel and the title bar; larger screens get more.
    QSize size(1120, 700);
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        const QSize avail = screen->availableSize();
        size = size.boundedTo(QSize(avail.width() - 40, avail.height() - 60));
    }
    resize(size);
    retranslate();
}

bool InterviewWizard::commitPage(InterviewPage* page, bool show)
{
    if (rejecting_)
        return true; // QWizard's reset cleans each page up: the reverted case stays as it is
    Case next = case_;
    const bool ok = page->store(next, show);
    draft::fillStandIns(next);
    page->unsaved_ = !ok;
    if (!(next == case_)) {
        case_ = next;
        emit caseChanged(case_);
    }
    retranslate(); // the steps may change (court papers, guarantors)
    return ok;
}

void InterviewWizard::applyEdit(const std::function<void(Case&)>& edit)
{
    Case next = case_;
    edit(next);
    draft::fillStandIns(next);
    if (!(next == case_)) {
        case_ = next;
        emit caseChanged(case_);
    }
    retranslate();
}

void InterviewWizard::reject()
{
    discarded_ = case_;
    if (!(case_ == initial_)) {
        case_ = initial_;
        emit caseChanged(case_);
    }
    rejecting_ = true;
    QWizard::reject();
    rejecting_ = false;
}

void InterviewWizard::setSaveStatus(const QString& text)
{
    status_->setText(text);
}

void InterviewWizard::retranslate()
{
    const QString name = case_.client.name.trimmed();
    setWindowTitle(name.isEmpty() ? tr("Interview") : tr("Interview — %1").arg(name));

    // The steps that apply, by following each page's nextId() from the start.
    auto* panel = static_cast<StepsPanel*>(sideWidget());
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(tr("Steps").toHtmlEscaped());
    QList<int> seen;
    for (int id = startId(); id >= 0 && !seen.contains(id) && page(id); id = page(id)->nextId()) {
        seen << id;
        const QString title = page(id)->title().toHtmlEscaped();
        lines << (id == currentId() ? QStringLiteral("▶ <b>%1</b>").arg(title)
                                    : QStringLiteral("&nbsp;&nbsp;&nbsp;%1").arg(title));
    }
    panel->steps_->setText(lines.join(QStringLiteral("<br>")));
}

void InterviewWizard::changeEvent(QEvent* event)
{
    // After the pages have renamed themselves (the order in which widgets hear of it is not fixed).
    if (event->type() == QEvent::LanguageChange)
        QMetaObject::invokeMethod(
            this, [this] { retranslate(); }, Qt::QueuedConnection);
    QWizard::changeEvent(event);
}

} // namespace zansai::ui
