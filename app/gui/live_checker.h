#pragma once
// LiveChecker: check as you type. Debounces edits, tags each request with the
// text's revision and passes on only results for the text on screen.

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace ownlings::gui {

class CheckRunner;
struct CheckResult;

/// Watches one text source (the editor) and checks it in the background about
/// 300 ms after the last edit. Every edit bumps the revision; a result for an
/// older revision is dropped, so squiggles never land on text that moved.
/// GUI thread only.
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
    /// A check of revision `revision` was sent (debounce expiry or checkNow()).
    void checkRequested(quint64 revision);
    /// A check of the current revision finished.
    void resultReady(const ownlings::gui::CheckResult& result);
    /// A result arrived for text that has changed since; it was dropped.
    void staleResultDropped(quint64 revision);

private:
    void onFinished(const CheckResult& result);

    std::function<QString()> m_text;
    std::function<QString()> m_path;
    CheckRunner* m_runner;
    QTimer m_debounce;
    quint64 m_revision = 1;
    bool m_enabled = true;
};

} // namespace ownlings::gui
