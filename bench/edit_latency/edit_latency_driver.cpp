// ownlings-edit-latency: drives the real ownlings-gui window (offscreen or under Xvfb) through
// typed edits of an exercise and prints how long checking as you type takes, and memory.
//
//   ownlings-edit-latency EXERCISE.cpp [EDITS]
//
// Each edit types over one identifier on the line that uses `ferris` after it
// was moved (`ferris` -> `corro` and back), so the findings change every time.
// Latency: from the debounce expiry (the check request) to the diagnostics
// painted in the editor (a synchronous repaint after the window showed them).
// The check itself starts halfway through the pause (LiveChecker), so the
// re-check time in the worker is printed too: it is what a learner would wait
// with no pause at all.
#include "app/gui/check_runner.h"
#include "app/gui/code_editor.h"
#include "app/gui/live_checker.h"
#include "app/gui/main_window.h"
#include "engine/diagnostics/file_report.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <vector>

namespace {

using ownlings::gui::MainWindow;

constexpr int kTimeoutMs = 60'000;

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

/// VmHWM (peak resident set) of a process in MiB, from /proc; 0 if unknown.
double peakRssMiB(qint64 pid) {
    QFile status(pid == 0 ? QStringLiteral("/proc/self/status") : QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly)) return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:")) return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

/// Selects the first `from` on the 0-based `line` and types `to` over it, key by key.
bool typeOver(ownlings::gui::CodeEditor& editor, int line, const QString& from, const QString& to) {
    const qsizetype index = editor.text(line).indexOf(from);
    if (index < 0) return false;
    editor.setSelection(line, static_cast<int>(index), line, static_cast<int>(index + from.size()));
    QTest::keyClicks(&editor, to);
    return true;
}

int lineOf(const QString& text, const QString& needle) {
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i)
        if (lines.at(i).contains(needle)) return i;
    return -1;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

int fail(const QString& message) {
    QTextStream(stderr) << "edit-latency: " << message << Qt::endl;
    return 2;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // keep the bench's settings apart from a learner's
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) return fail(QStringLiteral("usage: ownlings-edit-latency EXERCISE.cpp [EDITS]"));
    const int edits = args.value(2, QStringLiteral("50")).toInt();

    // Autosave writes the file: work on a copy.
    QTemporaryDir dir;
    const QString exercise = dir.filePath(QStringLiteral("exercise.cpp"));
    if (!QFile::copy(args.at(1), exercise)) return fail(QStringLiteral("cannot copy %1").arg(args.at(1)));

    QElapsedTimer startup;
    startup.start();
    MainWindow window;
    if (const auto error = window.openFile(exercise)) return fail(*error);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) return fail(QStringLiteral("the window was never shown"));
    const qint64 windowMs = startup.elapsed();

    QSignalSpy shown(&window, &MainWindow::checkShown);
    if (!shown.wait(kTimeoutMs)) return fail(QStringLiteral("the first check never finished"));
    const qint64 coldMs = startup.elapsed();

    ownlings::gui::CodeEditor& editor = *window.editor();
    const int line = lineOf(editor.text(), QStringLiteral("<< ferris->total_weight()"));
    if (line < 0) return fail(QStringLiteral("the exercise has no line with `<< ferris->total_weight()`"));

    QElapsedTimer clock;
    clock.start();
    qint64 requestedAt = -1;
    QObject::connect(window.liveChecker(), &ownlings::gui::LiveChecker::checkRequested, &window,
                     [&] { requestedAt = clock.nsecsElapsed(); });
    std::vector<double> latencies;
    std::vector<double> rechecks; // request to reply in the worker, wherever in the pause it started
    QObject::connect(window.liveChecker(), &ownlings::gui::LiveChecker::resultReady, &window,
                     [&](const ownlings::gui::CheckResult& result) { rechecks.push_back(double(result.elapsedMs)); });
    for (int i = 0; i < edits; ++i) {
        const bool forth = i % 2 == 0;
        requestedAt = -1;
        const auto before = shown.count();
        if (!typeOver(editor, line, forth ? QStringLiteral("ferris") : QStringLiteral("corro"),
                      forth ? QStringLiteral("corro") : QStringLiteral("ferris")))
            return fail(QStringLiteral("edit %1 found nothing to type over").arg(i + 1));
        if (!QTest::qWaitFor([&] { return shown.count() > before; }, kTimeoutMs))
            return fail(QStringLiteral("edit %1 was never checked").arg(i + 1));
        editor.viewport()->repaint(); // the squiggles on screen, not just in Scintilla's model
        if (requestedAt < 0) return fail(QStringLiteral("edit %1: no check request was seen").arg(i + 1));
        latencies.push_back(static_cast<double>(clock.nsecsElapsed() - requestedAt) / 1e6);
    }

    const double appMiB = peakRssMiB(0);
    const double workerMiB = peakRssMiB(window.liveChecker()->runner()->workerProcessId());
    out() << Qt::fixed << qSetRealNumberPrecision(1);
    out() << "edit-latency: " << QFileInfo(args.at(1)).fileName() << ", " << edits << " typed edits, debounce "
          << ownlings::gui::LiveChecker::kDefaultDebounceMs << " ms\n";
    out() << "  debounce expiry -> diagnostics painted: median " << median(latencies) << " ms, worst "
          << *std::max_element(latencies.begin(), latencies.end()) << " ms, mean "
          << std::accumulate(latencies.begin(), latencies.end(), 0.0) / static_cast<double>(latencies.size())
          << " ms (goal: median < 100 ms)\n";
    out() << "  re-check (request to reply from the worker, started halfway through the pause): median "
          << median(rechecks) << " ms, worst " << *std::max_element(rechecks.begin(), rechecks.end()) << " ms\n";
    out() << "  window shown " << windowMs << " ms after start of the driver; first (cold) check on screen at "
          << coldMs << " ms\n";
    out() << "  peak RSS: app " << appMiB << " MiB + worker " << workerMiB << " MiB = " << appMiB + workerMiB
          << " MiB (goal: < 400 MiB)" << Qt::endl;
    return 0;
}
