// Autosave and reloading the open file when it changes on disk.
#include "app/gui/file_sync.h"

#include "app/gui/code_editor.h"
#include "app/gui/document_controller.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStringDecoder>

#include <optional>

namespace ownlings::gui {
namespace {

// Editors that save by writing a new file and renaming it fire several events.
constexpr int kDiskSettleMs = 100;

std::optional<QByteArray> readBytes(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return std::nullopt;
    return file.readAll();
}

} // namespace

FileSync::FileSync(CodeEditor* editor, DocumentController* document, QWidget* dialogParent)
    : QObject(dialogParent), m_editor(editor), m_document(document), m_dialogParent(dialogParent),
      m_resolve([this](const QString& name) { return askReload(name); }) {
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kDefaultAutosaveDelayMs);
    m_diskSettle.setSingleShot(true);
    m_diskSettle.setInterval(kDiskSettleMs);
    connect(&m_autosave, &QTimer::timeout, this, &FileSync::saveNow);
    connect(&m_diskSettle, &QTimer::timeout, this, &FileSync::onDiskChanged);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_diskSettle.start(); });
    connect(m_editor, &QsciScintilla::textChanged, this, &FileSync::onTextChanged);
    connect(m_document, &DocumentController::documentReplaced, this, &FileSync::onDocumentReplaced);
    connect(m_document, &DocumentController::fileNameChanged, this, &FileSync::onDocumentReplaced);
}

void FileSync::setConflictResolver(ConflictResolver resolver) { m_resolve = std::move(resolver); }

void FileSync::setAutosaveDelay(int milliseconds) { m_autosave.setInterval(milliseconds); }

bool FileSync::hasUnsavedEdits() const {
    return !m_document->filePath().isEmpty() && m_editor->text().toUtf8() != m_diskText;
}

void FileSync::onTextChanged() {
    // Not restarted by further typing: a long burst is still saved every second.
    if (!m_document->filePath().isEmpty() && !m_autosave.isActive()) m_autosave.start();
}

void FileSync::onDocumentReplaced() {
    m_autosave.stop();
    m_diskText = m_editor->text().toUtf8();
    if (!m_watcher.files().isEmpty()) m_watcher.removePaths(m_watcher.files());
    watch(m_document->filePath());
}

void FileSync::watch(const QString& path) {
    if (!path.isEmpty() && QFileInfo::exists(path) && !m_watcher.files().contains(path)) m_watcher.addPath(path);
}

bool FileSync::saveNow() {
    m_autosave.stop();
    const QString path = m_document->filePath();
    if (path.isEmpty()) return true;
    const QByteArray text = m_editor->text().toUtf8();
    if (text == m_diskText && QFileInfo::exists(path)) return true;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        emit saveFailed(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_diskText = text;
    m_editor->setModified(false);
    watch(path); // the rename put a new file where the watched one was
    emit saved(path);
    return true;
}

void FileSync::onDiskChanged() {
    const QString path = m_document->filePath();
    watch(path);
    const std::optional<QByteArray> bytes = readBytes(path);
    // Deleted or unreadable: keep the text; the next autosave writes it back.
    if (!bytes || *bytes == m_diskText || m_resolving) return;
    const QByteArray mine = m_editor->text().toUtf8();
    if (*bytes == mine) {
        m_diskText = *bytes; // someone saved what we show
        return;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(*bytes);
    if (decoder.hasError()) {
        emit saveFailed(tr("%1 changed on disk but is no longer UTF-8 text; kept the text in the window.")
                            .arg(QFileInfo(path).fileName()));
        return;
    }
    const bool unsaved = mine != m_diskText;
    m_resolving = true;
    const bool reload = !unsaved || m_resolve(QFileInfo(path).fileName());
    m_resolving = false;
    m_diskText = *bytes;
    if (reload)
        reloadFrom(text);
    else
        saveNow(); // keep mine: it goes over the outside version
}

void FileSync::reloadFrom(const QString& text) {
    int line = 0;
    int index = 0;
    m_editor->getCursorPosition(&line, &index);
    const int firstVisible = m_editor->firstVisibleLine();
    // One undo step, so the learner can take the outside change back.
    m_editor->beginUndoAction();
    m_editor->selectAll();
    m_editor->replaceSelectedText(text);
    m_editor->endUndoAction();
    m_editor->setModified(false);
    m_autosave.stop();
    const int lastLine = std::max(m_editor->lines() - 1, 0);
    line = std::min(line, lastLine);
    m_editor->setCursorPosition(line, std::min(index, static_cast<int>(m_editor->text(line).size())));
    m_editor->setFirstVisibleLine(firstVisible);
    emit reloaded();
}

bool FileSync::askReload(const QString& fileName) const {
    QMessageBox box(QMessageBox::Question, tr("File changed on disk"),
                    tr("%1 was changed by another program, and this window has edits that are not saved yet.")
                        .arg(fileName),
                    QMessageBox::NoButton, m_dialogParent);
    box.setInformativeText(tr("Reload the file and drop the edits made here, or keep the text in the window "
                              "(it is saved over the other version)?"));
    QPushButton* reload = box.addButton(tr("Reload"), QMessageBox::AcceptRole);
    box.addButton(tr("Keep Mine"), QMessageBox::RejectRole);
    box.setDefaultButton(reload);
    box.exec();
    return box.clickedButton() == reload;
}

} // namespace ownlings::gui
