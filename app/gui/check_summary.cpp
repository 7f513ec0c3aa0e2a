// Status-bar text for a finished check.
#include "app/gui/check_summary.h"

#include "engine/diagnostics/file_report.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace ownlings::gui {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("CheckSummary", text); }

int countOf(const std::vector<engine::Diagnostic>& diagnostics, engine::Severity severity) {
    return static_cast<int>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                          [&](const engine::Diagnostic& d) { return d.severity == severity; }));
}

QString counts(const std::vector<engine::Diagnostic>& diagnostics) {
    QStringList parts;
    if (const int errors = countOf(diagnostics, engine::Severity::Error); errors > 0)
        parts << (errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors));
    if (const int warnings = countOf(diagnostics, engine::Severity::Warning); warnings > 0)
        parts << (warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings));
    return parts.join(QStringLiteral(", "));
}

QString outcome(const engine::FileReport& report) {
    switch (report.status) {
    case engine::FileStatus::Checked:
        return report.findings.empty() ? tr("No ownership problems found") : counts(report.findings);
    case engine::FileStatus::CompileError:
        if (report.compilerErrors.empty()) return tr("Does not compile: %1").arg(QString::fromStdString(report.error));
        return tr("Does not compile: %1").arg(counts(report.compilerErrors));
    case engine::FileStatus::InputError:
        return tr("Could not check: %1").arg(QString::fromStdString(report.error));
    case engine::FileStatus::InternalError:
        return tr("The checker failed: %1").arg(QString::fromStdString(report.error));
    }
    return {};
}

} // namespace

QString checkSummary(const engine::FileReport& report, qint64 elapsedMs) {
    return tr("%1 \u00b7 %2 ms").arg(outcome(report)).arg(elapsedMs);
}

} // namespace ownlings::gui
