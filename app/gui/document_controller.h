#pragma once
// DocumentController: the file behind the editor (the built-in sample or a .cpp on disk) and its Open/Save dialogs.

#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <optional>

class QWidget;

namespace ownlings::gui {

class CodeEditor;

/// Loads text into the editor and writes it back, asking before unsaved
/// changes are lost. The built-in sample has no path until it is saved.
/// GUI thread only.
class DocumentController : public QObject {
    Q_OBJECT
public:
    /// `editor` and `dialogParent` must outlive the controller.
    DocumentController(CodeEditor* editor, QWidget* dialogParent);

    /// Replaces the editor's text with the built-in sample exercise.
    void loadSample();

    /// Replaces the editor's text with the file at `path`. On failure keeps
    /// the current text and returns a message naming what went wrong.
    std::optional<QString> loadFile(const QString& path);

    /// The file name shown in the title and used for checking ("move1.cpp").
    QString fileName() const;

    /// Where on disk the text is saved; empty for the unsaved sample.
    QString filePath() const;

    /// The path the engine checks the text as: the file itself, or for the
    /// sample a copy in a private temporary folder (Clang reuses its
    /// precompiled headers only for a main file that exists on disk).
    QString checkPath() const;

    /// Counts loads: changes whenever the editor gets another file's text.
    int generation() const { return m_generation; }

    /// Saves unsaved changes of a file on disk without asking; for the
    /// sample, asks whether to save them. False when the learner cancels or saving fails.
    bool confirmDiscard();

public slots:
    /// Shows a file dialog and loads the chosen .cpp file.
    void open();
    /// Saves to the current file (asking for a name the first time).
    bool save();
    /// Asks for a name and saves there.
    bool saveAs();

signals:
    /// The editor now shows another file (or the sample); earlier results are void.
    void documentReplaced();
    /// fileName() or filePath() changed.
    void fileNameChanged();

private:
    std::optional<QString> writeTo(const QString& path);
    void setFile(const QString& path, const QString& name);
    void writeScratchCopy(const QString& text);
    void showError(const QString& title, const QString& message);

    CodeEditor* m_editor;
    QWidget* m_dialogParent;
    QString m_path;
    QString m_name;
    int m_generation = 0;
    QTemporaryDir m_scratch; ///< holds the sample's stand-in file for checking
};

} // namespace ownlings::gui
