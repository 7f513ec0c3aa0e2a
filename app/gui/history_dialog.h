#pragma once
// HistoryDialog: earlier versions of an exercise's code; the learner may restore one.

#include "app/course/progress/progress_types.h"

#include <QDialog>

#include <functional>
#include <optional>

class QTreeWidget;
class QPushButton;

namespace ownlings::gui {

class CodeEditor;

/// Lists the saved versions (newest first: when, why, stage reached, size)
/// with a read-only preview of the selected one. Restore accepts the dialog
/// with chosenSnapshot() set. GUI thread only.
class HistoryDialog : public QDialog {
    Q_OBJECT
public:
    /// `loadSource` returns a snapshot's text (nullopt when unreadable).
    using SourceLoader = std::function<std::optional<QByteArray>(qint64 snapshotId)>;

    HistoryDialog(const QString& exerciseTitle, const QList<course::SnapshotInfo>& snapshots, SourceLoader loadSource,
                  QWidget* parent = nullptr);

    /// The snapshot to restore, once accepted.
    std::optional<qint64> chosenSnapshot() const { return m_chosen; }

    QTreeWidget* list() const { return m_list; }
    CodeEditor* preview() const { return m_preview; }
    QPushButton* restoreButton() const { return m_restore; }

private:
    void showSelected();

    QTreeWidget* m_list;
    CodeEditor* m_preview;
    QPushButton* m_restore;
    SourceLoader m_load;
    std::optional<qint64> m_chosen;
};

/// "graded: passed", "graded: failed at check", "before a reset", ...
QString snapshotDescription(const course::SnapshotInfo& snapshot);

} // namespace ownlings::gui
