// Display text for diagnostics.
#include "app/course/diagnostic_text.h"

#include <QByteArray>
#include <QStringList>

namespace ownlings::course {
namespace {

QString headline(const engine::Diagnostic& diagnostic) {
    QString kind = diagnostic.severity == engine::Severity::Warning ? QStringLiteral("warning")
                                                                     : QStringLiteral("error");
    if (diagnostic.rule) kind += QLatin1Char('[') + QString::fromUtf8(engine::ruleInfo(*diagnostic.rule).name) + QLatin1Char(']');
    return kind + QStringLiteral(": ") + QString::fromStdString(diagnostic.message);
}

} // namespace

int characterIndex(const QByteArray& lineUtf8, unsigned byteColumn) {
    int characters = 0;
    const qsizetype bytes = std::min<qsizetype>(lineUtf8.size(), byteColumn > 0 ? byteColumn - 1 : 0);
    for (qsizetype i = 0; i < bytes; ++i)
        if ((static_cast<unsigned char>(lineUtf8[i]) & 0xC0) != 0x80) ++characters;
    return characters;
}

QString summaryLine(const engine::Diagnostic& diagnostic) {
    return QStringLiteral("%1:%2  %3").arg(diagnostic.primary.line).arg(diagnostic.primary.column).arg(headline(diagnostic));
}

QString detailText(const engine::Diagnostic& diagnostic) {
    QStringList lines{headline(diagnostic)};
    if (!diagnostic.primaryLabel.empty())
        lines << QStringLiteral("  line %1: %2").arg(diagnostic.primary.line).arg(QString::fromStdString(diagnostic.primaryLabel));
    for (const engine::Label& label : diagnostic.labels)
        lines << QStringLiteral("  line %1: %2").arg(label.span.line).arg(QString::fromStdString(label.message));
    for (const std::string& note : diagnostic.notes) lines << QStringLiteral("note: ") + QString::fromStdString(note);
    if (!diagnostic.help.empty()) lines << QStringLiteral("help: ") + QString::fromStdString(diagnostic.help);
    if (!diagnostic.rustCode.empty()) lines << QStringLiteral("rust: ") + QString::fromStdString(diagnostic.rustCode);
    return lines.join(QLatin1Char('\n'));
}

} // namespace ownlings::course
