// Reading and writing the editor's file, with the dialogs around it.
#include "app/gui/document_controller.h"

#include "app/gui/code_editor.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringDecoder>

namespace ownlings::gui {
namespace {

constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;
const QString kSampleResource = QStringLiteral(":/samples/move1.cpp");

QString fileFilter() { return QObject::tr("C++ sources (*.cpp *.cc *.cxx *.h *.hpp);;All files (*)"); }

/// The text of `path` as UTF-8, or a message saying why it cannot be edited here.
std::optional<QString> readText(const QString& path, QString& error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QObject::tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxFileBytes) {
        error = QObject::tr("%1 is larger than 4 MiB; open a single exercise file instead.").arg(QFileInfo(path).fileName());
        return std::nullopt;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(file.readAll());
    if (decoder.hasError()) {
        error = QObject::tr("%1 is not UTF-8 text; save it as UTF-8 and open it again.").arg(QFileInfo(path).fileName());
        return std::nullopt;
    }
    return text;
}

} // namespace

DocumentController::DocumentController(CodeEditor* editor, QWidget* dialogParent)
    : QObject(dialogParent), m_editor(editor), m_dialogParent(dialogParent) {}

void DocumentController::loadSample() {
    QString error;
    const std::optional<QString> text = readText(kSampleResource, error);
    Q_ASSERT(text); // compiled into the binary
    m_editor->setText(text.value_or(QString()));
    m_editor->setModified(false);
    setFile(QString(), QFileInfo(kSampleResource).fileName());
    writeScratchCopy(m_editor->text());
    ++m_generation;
    emit documentReplaced();
}

std::optional<QString> DocumentController::loadFile(const QString& path) {
    QString error;
    const std::optional<QString> text = readText(path, error);
    if (!text) return error;
    m_editor->setText(*text);
    m_editor->setModified(false);
    const QFileInfo info(path);
    setFile(info.absoluteFilePath(), info.fileName());
    ++m_generation;
    emit documentReplaced();
    return std::nullopt;
}

QString DocumentController::fileName() const { return m_name; }

QString DocumentController::filePath() const { return m_path; }

QString DocumentController::checkPath() const {
    if (!m_path.isEmpty()) return m_path;
    return m_scratch.isValid() ? m_scratch.filePath(m_name) : QDir(QDir::tempPath()).filePath(m_name);
}

void DocumentController::writeScratchCopy(const QString& text) {
    // Only its existence matters to Clang: checks send the editor's text.
    QFile file(m_scratch.filePath(m_name));
    if (m_scratch.isValid() && file.open(QIODevice::WriteOnly)) file.write(text.toUtf8());
}

bool DocumentController::confirmDiscard() {
    if (!m_editor->isModified()) return true;
    // A file on disk is saved as the learner types; just write the rest.
    if (!m_path.isEmpty()) return save();
    const auto answer = QMessageBox::warning(
        m_dialogParent, tr("Unsaved changes"), tr("%1 has changes that are not saved. Save them first?").arg(m_name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save) return save();
    return answer == QMessageBox::Discard;
}

void DocumentController::open() {
    if (!confirmDiscard()) return;
    const QString start = m_path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                           : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Open C++ File"), start, fileFilter());
    if (path.isEmpty()) return;
    if (const std::optional<QString> error = loadFile(path)) showError(tr("Could not open the file"), *error);
}

bool DocumentController::save() {
    if (m_path.isEmpty()) return saveAs();
    if (const std::optional<QString> error = writeTo(m_path)) {
        showError(tr("Could not save the file"), *error);
        return false;
    }
    return true;
}

bool DocumentController::saveAs() {
    const QString start = m_path.isEmpty()
        ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(m_name)
        : m_path;
    const QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Save C++ File"), start, fileFilter());
    if (path.isEmpty()) return false;
    if (const std::optional<QString> error = writeTo(path)) {
        showError(tr("Could not save the file"), *error);
        return false;
    }
    const QFileInfo info(path);
    setFile(info.absoluteFilePath(), info.fileName());
    return true;
}

std::optional<QString> DocumentController::writeTo(const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_editor->text().toUtf8()) < 0 || !file.commit())
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    m_editor->setModified(false);
    return std::nullopt;
}

void DocumentController::setFile(const QString& path, const QString& name) {
    m_path = path;
    m_name = name;
    emit fileNameChanged();
}

void DocumentController::showError(const QString& title, const QString& message) {
    QMessageBox::warning(m_dialogParent, title, message);
}

} // namespace ownlings::gui
