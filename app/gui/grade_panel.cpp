// The Grading dock.
#include "app/gui/grade_panel.h"

#include "app/course/grading/grade_result.h"
#include "app/gui/grade_report.h"
#include "app/gui/severity_style.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace ownlings::gui {
namespace {

QToolButton* actionButton(QAction* action, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

GradePanel::GradePanel(QAction* cancel, QAction* next, QWidget* parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_headline(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_cancel(actionButton(cancel, this)), m_next(actionButton(next, this)), m_output(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("gradePanel"));
    m_icon->setFixedSize(18, 18);
    m_headline->setObjectName(QStringLiteral("gradeHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_busy->setRange(0, 0); // busy: grading reports no fraction done
    m_busy->setMaximumWidth(160);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_output->setObjectName(QStringLiteral("gradeOutput"));
    m_output->setOpenLinks(false);
    m_output->document()->setDefaultFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_next->setObjectName(QStringLiteral("nextButton"));

    auto* header = new QHBoxLayout;
    header->addWidget(m_icon);
    header->addWidget(m_headline, 1);
    header->addWidget(m_busy);
    header->addWidget(m_cancel);
    header->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(header);
    layout->addWidget(m_output, 1);
    showIdle(QString());
}

void GradePanel::showIdle(const QString& exerciseTitle) {
    m_icon->clear();
    m_busy->hide();
    m_cancel->hide();
    m_next->hide();
    m_headline->setText(exerciseTitle.isEmpty() ? tr("Open an exercise to grade it.")
                                                : tr("Press F5 to grade \u201c%1\u201d.").arg(exerciseTitle));
    m_output->clear();
}

void GradePanel::showRunning(const QString& exerciseTitle) {
    m_icon->clear();
    m_headline->setText(tr("Grading \u201c%1\u201d\u2026").arg(exerciseTitle));
    m_busy->show();
    m_cancel->show();
    m_next->hide();
    m_output->clear();
}

void GradePanel::showResult(const course::GradeResult& result, const QString& learnerPath, const QString& packRoot,
                            bool offerNext, const QString& warning) {
    const QIcon icon = result.passed      ? cleanIcon()
                       : result.cancelled ? severityIcon(engine::Severity::Note)
                                          : severityIcon(engine::Severity::Error);
    m_icon->setPixmap(icon.pixmap(QSize(18, 18)));
    m_headline->setText(gradeHeadline(result));
    m_busy->hide();
    m_cancel->hide();
    m_next->setVisible(result.passed && offerNext);
    QString html;
    if (!warning.isEmpty()) html += QStringLiteral("<p><b>%1</b></p>").arg(warning.toHtmlEscaped());
    html += gradeReportHtml(result);
    // The working copy's full path is long and says nothing the learner needs.
    if (!learnerPath.isEmpty()) html.replace(learnerPath.toHtmlEscaped(), QFileInfo(learnerPath).fileName().toHtmlEscaped());
    if (!packRoot.isEmpty()) html.replace((packRoot + QLatin1Char('/')).toHtmlEscaped(), QString()); // pack files by their pack path
    m_output->setHtml(html);
}

QString GradePanel::headline() const { return m_headline->text(); }

QString GradePanel::outputText() const { return m_output->toPlainText(); }

bool GradePanel::isRunning() const { return !m_busy->isHidden(); }

bool GradePanel::offersNext() const { return !m_next->isHidden(); }

} // namespace ownlings::gui
