// The course tree.
#include "app/gui/course_tree.h"

#include "app/course/pack/pack.h"
#include "app/gui/course_icons.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSignalBlocker>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <variant>

namespace ownlings::gui {
namespace {

constexpr int kKindRole = Qt::UserRole;
constexpr int kKeyRole = Qt::UserRole + 1; ///< item id, or chapter index for chapters and lessons
constexpr int kBarWidth = 52;

QString statusWords(course::ExerciseStatus status) { return course::statusName(status); }

} // namespace

CourseTree::CourseTree(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_overall(makeBar(this)), m_tree(new QTreeWidget(this)),
      m_placeholder(new QLabel(this)) {
    setObjectName(QStringLiteral("courseTree"));
    m_title->setObjectName(QStringLiteral("courseTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_overall->setObjectName(QStringLiteral("overallProgress"));
    m_overall->setFormat(tr("%v of %m done"));
    m_overall->setMaximumWidth(QWIDGETSIZE_MAX);
    m_tree->setObjectName(QStringLiteral("courseItems"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Fixed);
    m_tree->header()->resizeSection(1, kBarWidth + 8);
    m_tree->setUniformRowHeights(true);
    m_tree->setExpandsOnDoubleClick(true);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_placeholder->setMargin(8);
    m_placeholder->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_overall);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_placeholder, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* row) { onRowChanged(row); });
    // Clicking the row that is already current opens it again (e.g. back from a lesson).
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* row) { onRowChanged(row); });
}

QProgressBar* CourseTree::makeBar(QWidget* parent) {
    auto* bar = new QProgressBar(parent);
    bar->setTextVisible(true);
    bar->setFormat(QStringLiteral("%v/%m"));
    bar->setMaximumWidth(kBarWidth);
    bar->setMaximumHeight(16);
    bar->setAlignment(Qt::AlignCenter);
    return bar;
}

void CourseTree::setCourse(const course::Pack& pack, const QList<course::ExerciseProgress>& progress) {
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    m_chapters.clear();
    m_rows.clear();
    m_status.clear();
    m_isQuiz.clear();
    m_current.clear();
    m_title->setText(pack.title);
    m_title->setToolTip(tr("%1 (version %2)\n%3").arg(pack.title, pack.version, pack.rootDir));
    for (int i = 0; i < int(pack.chapters.size()); ++i) addChapter(pack, i);
    m_tree->expandAll();
    m_tree->show();
    m_overall->show();
    m_placeholder->hide();
    setProgress(progress);
}

void CourseTree::addChapter(const course::Pack& pack, int index) {
    const course::Chapter& chapter = pack.chapters[std::size_t(index)];
    ChapterRow chapterRow;
    chapterRow.row = new QTreeWidgetItem(m_tree, {tr("%1. %2").arg(index + 1).arg(chapter.title)});
    chapterRow.row->setData(0, kKindRole, int(RowKind::Chapter));
    chapterRow.row->setData(0, kKeyRole, index);
    QFont bold = chapterRow.row->font(0);
    bold.setBold(true);
    chapterRow.row->setFont(0, bold);
    chapterRow.bar = makeBar(m_tree);
    m_tree->setItemWidget(chapterRow.row, 1, chapterRow.bar);

    auto* lesson = new QTreeWidgetItem(chapterRow.row, {tr("Lesson")});
    lesson->setFirstColumnSpanned(true); // only chapters have a progress bar; titles get the room
    lesson->setIcon(0, lessonIcon());
    lesson->setData(0, kKindRole, int(RowKind::Lesson));
    lesson->setData(0, kKeyRole, index);
    lesson->setToolTip(0, tr("Read the lesson of \u201c%1\u201d").arg(chapter.title));

    for (const course::Item& item : chapter.items) {
        const bool quiz = std::holds_alternative<course::Quiz>(item);
        const QString id = course::itemId(item);
        const QString title = quiz ? tr("Quiz: %1").arg(course::itemTitle(item)) : course::itemTitle(item);
        auto* row = new QTreeWidgetItem(chapterRow.row, {title});
        row->setFirstColumnSpanned(true);
        row->setData(0, kKindRole, int(quiz ? RowKind::Quiz : RowKind::Exercise));
        row->setData(0, kKeyRole, id);
        m_rows.insert(id, row);
        m_isQuiz.insert(id, quiz);
        m_status.insert(id, course::ExerciseStatus::NotStarted);
        chapterRow.itemIds << id;
    }
    m_chapters << chapterRow;
}

void CourseTree::clearCourse(const QString& message) {
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    m_chapters.clear();
    m_rows.clear();
    m_status.clear();
    m_isQuiz.clear();
    m_current.clear();
    m_title->setText(tr("No course open"));
    m_title->setToolTip(QString());
    m_tree->hide();
    m_overall->hide();
    m_placeholder->setText(message);
    m_placeholder->show();
}

void CourseTree::setProgress(const QList<course::ExerciseProgress>& progress) {
    for (const course::ExerciseProgress& entry : progress)
        if (m_status.contains(entry.exerciseId)) m_status[entry.exerciseId] = entry.status;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const course::ExerciseStatus status = m_status.value(it.key());
        it.value()->setIcon(0, statusIcon(status, m_isQuiz.value(it.key())));
        it.value()->setToolTip(0, tr("%1 \u2014 %2").arg(it.value()->text(0), statusWords(status)));
    }
    updateBars();
}

QPair<int, int> CourseTree::shownProgress(int chapterIndex) const {
    const auto count = [this](const QStringList& ids) {
        int done = 0;
        for (const QString& id : ids) done += m_status.value(id) == course::ExerciseStatus::Done ? 1 : 0;
        return QPair<int, int>(done, int(ids.size()));
    };
    if (chapterIndex >= 0) return chapterIndex < m_chapters.size() ? count(m_chapters[chapterIndex].itemIds) : QPair<int, int>();
    QStringList all;
    for (const ChapterRow& chapter : m_chapters) all << chapter.itemIds;
    return count(all);
}

void CourseTree::updateBars() {
    for (int i = 0; i < m_chapters.size(); ++i) {
        const auto [done, total] = shownProgress(i);
        m_chapters[i].bar->setRange(0, std::max(total, 1));
        m_chapters[i].bar->setValue(done);
    }
    const auto [done, total] = shownProgress();
    m_overall->setRange(0, std::max(total, 1));
    m_overall->setValue(done);
}

course::ExerciseStatus CourseTree::shownStatus(const QString& itemId) const { return m_status.value(itemId); }

void CourseTree::setCurrentItem(const QString& itemId) {
    if (QTreeWidgetItem* old = m_rows.value(m_current)) styleRow(old, false);
    m_current = m_rows.contains(itemId) ? itemId : QString();
    if (QTreeWidgetItem* row = m_rows.value(m_current)) styleRow(row, true);
}

void CourseTree::styleRow(QTreeWidgetItem* row, bool current) {
    QFont font = row->font(0);
    font.setBold(current);
    row->setFont(0, font);
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlpha(45);
    row->setBackground(0, current ? QBrush(tint) : QBrush());
    row->setBackground(1, current ? QBrush(tint) : QBrush());
}

void CourseTree::selectItem(const QString& itemId) {
    QTreeWidgetItem* row = m_rows.value(itemId);
    if (!row) return;
    const QSignalBlocker blocker(m_tree);
    m_tree->setCurrentItem(row);
    scrollTo(row);
    // At start-up the tree has no size yet: scroll again once the window is laid out.
    QTimer::singleShot(0, this, [this, itemId] {
        if (QTreeWidgetItem* shown = m_rows.value(itemId)) scrollTo(shown);
    });
}

void CourseTree::scrollTo(QTreeWidgetItem* row) {
    m_tree->scrollToItem(row->parent(), QAbstractItemView::PositionAtTop); // the chapter's title too, when it fits
    m_tree->scrollToItem(row);
}

void CourseTree::selectLesson(int chapterIndex) {
    if (chapterIndex < 0 || chapterIndex >= m_chapters.size()) return;
    const QSignalBlocker blocker(m_tree);
    m_tree->setCurrentItem(m_chapters[chapterIndex].row->child(0));
}

void CourseTree::onRowChanged(QTreeWidgetItem* row) {
    if (!row) return;
    switch (RowKind(row->data(0, kKindRole).toInt())) {
    case RowKind::Chapter:
    case RowKind::Lesson: emit lessonActivated(row->data(0, kKeyRole).toInt()); break;
    case RowKind::Exercise:
    case RowKind::Quiz: emit itemActivated(row->data(0, kKeyRole).toString()); break;
    }
}

} // namespace ownlings::gui
