// The history dialog.
#include "app/gui/history_dialog.h"

#include "app/gui/code_editor.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ownlings::gui {
namespace {

constexpr int kIdRole = Qt::UserRole;

} // namespace

QString snapshotDescription(const course::SnapshotInfo& snapshot) {
    switch (snapshot.reason) {
    case course::SnapshotReason::Attempt:
        return snapshot.passed ? QObject::tr("graded: passed")
                               : QObject::tr("graded: not passed (%1)").arg(snapshot.stage.isEmpty() ? QObject::tr("unknown") : snapshot.stage);
    case course::SnapshotReason::Reset: return QObject::tr("kept before a reset");
    case course::SnapshotReason::Restore: return QObject::tr("kept before restoring another version");
    case course::SnapshotReason::Manual: return QObject::tr("saved by hand");
    }
    return {};
}

HistoryDialog::HistoryDialog(const QString& exerciseTitle, const QList<course::SnapshotInfo>& snapshots,
                             SourceLoader loadSource, QWidget* parent)
    : QDialog(parent), m_list(new QTreeWidget(this)), m_preview(new CodeEditor(this)), m_restore(nullptr),
      m_load(std::move(loadSource)) {
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of \u201c%1\u201d").arg(exerciseTitle));
    m_list->setHeaderLabels({tr("When"), tr("What"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const QLocale locale;
    for (auto it = snapshots.crbegin(); it != snapshots.crend(); ++it) {
        auto* row = new QTreeWidgetItem(m_list, {locale.toString(it->at.toLocalTime(), QLocale::ShortFormat),
                                                 snapshotDescription(*it), locale.formattedDataSize(it->size)});
        row->setData(0, kIdRole, it->id);
    }
    m_preview->setReadOnly(true);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore This Version"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setToolTip(tr("Put this version back in the editor; the current code is kept in the history"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* row = m_list->currentItem()) {
            m_chosen = row->data(0, kIdRole).toLongLong();
            accept();
        }
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &HistoryDialog::showSelected);

    auto* layout = new QVBoxLayout(this);
    auto* empty = new QLabel(tr("No earlier versions yet: every graded attempt, reset and restore keeps one."), this);
    empty->setVisible(snapshots.isEmpty());
    layout->addWidget(empty);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(760, 560);
    if (m_list->topLevelItemCount() > 0) m_list->setCurrentItem(m_list->topLevelItem(0));
    showSelected();
}

void HistoryDialog::showSelected() {
    QTreeWidgetItem* row = m_list->currentItem();
    m_restore->setEnabled(row != nullptr);
    const std::optional<QByteArray> source = row ? m_load(row->data(0, kIdRole).toLongLong()) : std::nullopt;
    m_preview->setReadOnly(false);
    m_preview->setText(source ? QString::fromUtf8(*source) : QString());
    m_preview->setReadOnly(true);
}

} // namespace ownlings::gui
