// Check as you type: debounce, revisions, stale results.
#include "app/gui/live_checker.h"

#include "app/gui/check_runner.h"

#include <utility>

namespace ownlings::gui {

LiveChecker::LiveChecker(std::function<QString()> text, std::function<QString()> path, QObject* parent)
    : QObject(parent), m_text(std::move(text)), m_path(std::move(path)), m_runner(new CheckRunner(this)) {
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &LiveChecker::checkNow);
    m_early.setSingleShot(true);
    m_early.setInterval(kDefaultDebounceMs / 2);
    connect(&m_early, &QTimer::timeout, this, &LiveChecker::checkEarly);
    connect(m_runner, &CheckRunner::finished, this, &LiveChecker::onFinished);
}

LiveChecker::~LiveChecker() = default;

void LiveChecker::setEnabled(bool enabled) {
    m_enabled = enabled;
    if (!enabled) {
        m_debounce.stop();
        m_early.stop();
    }
}

void LiveChecker::setDebounceInterval(int milliseconds) {
    m_debounce.setInterval(milliseconds);
    m_early.setInterval(milliseconds / 2);
}

bool LiveChecker::isPending() const { return m_debounce.isActive() || m_runner->isBusy(); }

void LiveChecker::textEdited() {
    ++m_revision;
    m_held.reset();
    if (!m_enabled) return;
    m_debounce.start(); // restarts: waits for a pause in typing
    m_early.start();
}

void LiveChecker::documentReplaced() {
    ++m_revision;
    m_held.reset();
    m_debounce.stop();
    m_early.stop();
    if (m_enabled)
        checkNow();
    else
        m_runner->prepare(m_text(), m_path()); // so that the first Check answers quickly
}

void LiveChecker::checkNow() {
    m_debounce.stop();
    m_early.stop();
    emit checkRequested(m_revision);
    if (m_held && m_held->revision == m_revision) {
        const CheckResult result = *std::exchange(m_held, std::nullopt);
        emit resultReady(result);
        return;
    }
    if (m_runner->isBusy() && m_sentRevision == m_revision) return; // shown when it arrives
    send();
}

void LiveChecker::checkEarly() {
    // A check of older text is still running: the debounce expiry sends this one.
    if (m_runner->isBusy()) return;
    send();
}

void LiveChecker::send() {
    m_sentRevision = m_revision;
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
    if (m_debounce.isActive()) {
        m_held = result; // the learner is still within the pause
        return;
    }
    emit resultReady(result);
}

} // namespace ownlings::gui
