#pragma once
// LiveChecker: check as you type. Debounces edits, tags each request with the
// text's revision and passes on only results for the text on screen.

#include "app/gui/check_runner.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

namespace ownlings::gui {

/// Watches one text source (the editor) and shows its check about 300 ms after
/// the last edit. Every edit bumps the revision; a result for an older revision
/// is dropped, so squiggles never land on text that moved. The check itself
/// starts halfway through the pause and its result is held until the pause
/// ends, so that it is on screen when the debounce expires rather than a
/// Clang reparse later. GUI thread only.
class LiveChecker : public QObject {
    Q_OBJECT
public:
    /// `text` returns the current text, `path` the path to check it as.
    LiveChecker(std::function<QString()> text, std::function<QString()> path, QObject* parent = nullptr);
    ~LiveChecker() override;

    static constexpr int kDefaultDebounceMs = 300;

    /// The runner doing the checks (owned), e.g. to read its worker's pid.
    CheckRunner* runner() const { return m_runner; }

    /// Turns checking after each pause in typing on or off (on by default).
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setDebounceInterval(int milliseconds);

    /// The revision of the current text; it grows with every edit.
    quint64 revision() const { return m_revision; }

    /// True while an edit waits for its debounce or a check runs.
    bool isPending() const;

public slots:
    /// The text changed: a new revision; check after the debounce.
    void textEdited();
    /// Another document replaced the text: a new revision, checked at once.
    void documentReplaced();
    /// Checks the current text now (the Check action).
    void checkNow();

signals:
    /// The result of revision `revision` is wanted now (debounce expiry or
    /// checkNow()); it follows at once when the early check already has it.
    void checkRequested(quint64 revision);
    /// A check of the current revision finished.
    void resultReady(const ownlings::gui::CheckResult& result);
    /// A result arrived for text that has changed since; it was dropped.
    void staleResultDropped(quint64 revision);

private:
    void onFinished(const CheckResult& result);
    void checkEarly();
    void send();

    std::function<QString()> m_text;
    std::function<QString()> m_path;
    CheckRunner* m_runner;
    QTimer m_debounce;
    QTimer m_early; ///< halfway through the debounce: start the check, hold its result
    std::optional<CheckResult> m_held;
    quint64 m_sentRevision = 0;
    quint64 m_revision = 1;
    bool m_enabled = true;
};

} // namespace ownlings::gui
