// Check as you type: debounce, revisions, stale results.
#include "app/gui/live_checker.h"

#include "app/gui/check_runner.h"

namespace ownlings::gui {

LiveChecker::LiveChecker(std::function<QString()> text, std::function<QString()> path, QObject* parent)
    : QObject(parent), m_text(std::move(text)), m_path(std::move(path)), m_runner(new CheckRunner(this)) {
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &LiveChecker::checkNow);
    connect(m_runner, &CheckRunner::finished, this, &LiveChecker::onFinished);
}

LiveChecker::~LiveChecker() = default;

void LiveChecker::setEnabled(bool enabled) {
    m_enabled = enabled;
    if (!enabled) m_debounce.stop();
}

void LiveChecker::setDebounceInterval(int milliseconds) { m_debounce.setInterval(milliseconds); }

bool LiveChecker::isPending() const { return m_debounce.isActive() || m_runner->isBusy(); }

void LiveChecker::textEdited() {
    ++m_revision;
    if (m_enabled) m_debounce.start(); // restarts: waits for a pause in typing
}

void LiveChecker::documentReplaced() {
    ++m_revision;
    m_debounce.stop();
    if (m_enabled)
        checkNow();
    else
        m_runner->prepare(m_text(), m_path()); // so that the first Check answers quickly
}

void LiveChecker::checkNow() {
    m_debounce.stop();
    emit checkRequested(m_revision);
    m_runner->check(m_text(), m_path(), m_revision);
}

void LiveChecker::onFinished(const CheckResult& result) {
    if (result.revision != m_revision) {
        emit staleResultDropped(result.revision);
        // Checking as you type, the edit's own check is on the way; otherwise
        // the learner asked for a check and should get one of the new text.
        if (!m_enabled && !m_runner->isBusy()) checkNow();
        return;
    }
    emit resultReady(result);
}

} // namespace ownlings::gui
