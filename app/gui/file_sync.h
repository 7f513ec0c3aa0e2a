#pragma once
// FileSync: keeps the open file and the editor in step: autosave, and reload on outside edits.

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace ownlings::gui {

class CodeEditor;
class DocumentController;

/// Writes the editor's text to its file (QSaveFile) about a second after an
/// edit, so that killing the app loses at most that second; watches the file
/// and, when another program changes it, reloads it (asking first when the
/// window holds edits not yet written). Does nothing for a document without
/// a path (the built-in sample). GUI thread only.
class FileSync : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultAutosaveDelayMs = 1000;

    /// `editor` and `document` must outlive this object.
    FileSync(CodeEditor* editor, DocumentController* document, QWidget* dialogParent);

    /// Decides an outside change that meets unsaved edits: true reloads the
    /// file, false keeps the window's text (and writes it over the file).
    /// The default asks with a message box.
    using ConflictResolver = std::function<bool(const QString& fileName)>;
    void setConflictResolver(ConflictResolver resolver);
    void setAutosaveDelay(int milliseconds);

    /// Writes the text now if it differs from the file. False (and
    /// saveFailed()) when writing failed; true when there is no file.
    bool saveNow();

    /// True when the window holds text the file does not have yet.
    bool hasUnsavedEdits() const;

signals:
    /// The text was written to `path`.
    void saved(const QString& path);
    /// Writing failed; `message` says what and why.
    void saveFailed(const QString& message);
    /// The text was replaced with the file's new content from disk.
    void reloaded();

private:
    void onTextChanged();
    void onDocumentReplaced();
    void onDiskChanged();
    void reloadFrom(const QString& text);
    void watch(const QString& path);
    bool askReload(const QString& fileName) const;

    CodeEditor* m_editor;
    DocumentController* m_document;
    QWidget* m_dialogParent;
    QFileSystemWatcher m_watcher;
    QTimer m_autosave;
    QTimer m_diskSettle;    ///< lets a writer that replaces the file finish
    QByteArray m_diskText;  ///< what the file holds, as far as we know
    ConflictResolver m_resolve;
    bool m_resolving = false;
};

} // namespace ownlings::gui
