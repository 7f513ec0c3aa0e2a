// The temporary folder of one grading: layout, sources, permissions, logs.

#include "app/course/grading/grade_workspace.h"

#include "app/course/grading/sandbox_isolation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace ownlings::course {

namespace {

constexpr qint64 kMaxLogBytes = 1024 * 1024;

/// The learner's own file name when it is a plain C++ file name, so that
/// compiler messages read naturally; a safe stand-in otherwise.
QString copyName(const QString& path, const QString& fallback)
{
    static const QRegularExpression plain(QStringLiteral(R"(^[A-Za-z0-9_.+-]+\.(cpp|cc|cxx|c\+\+|C)$)"));
    const QString name = QFileInfo(path).fileName();
    return plain.match(name).hasMatch() ? name : fallback;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

QString includeLine(const QString& path)
{
    QString escaped = path;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QStringLiteral("#include \"%1\"\n").arg(escaped);
}

QByteArray driverSource(const SourcePaths& paths)
{
    return ("// Written by Ownlings: the learner's file, the assertion header, the tests.\n" + includeLine(paths.learnerCopy)
            + QStringLiteral("#include \"ownlings_test.h\"\n") + includeLine(paths.testCopy))
        .toUtf8();
}

} // namespace

GradeWorkspace::GradeWorkspace(const GradeRequest& request, const QByteArray& testSource)
    : m_root(QDir::tempPath() + QStringLiteral("/ownlings-grade-XXXXXX"))
{
    if (!m_root.isValid()) {
        m_error = QStringLiteral("could not create a temporary folder in %1: %2").arg(QDir::tempPath(), m_root.errorString());
        return;
    }
    const QDir root(m_root.path());
    m_sourceDir = root.filePath(QStringLiteral("src"));
    m_runDir = root.filePath(QStringLiteral("run"));
    if (!root.mkpath(QStringLiteral("src/learner")) || !root.mkpath(QStringLiteral("src/test"))
        || !root.mkpath(QStringLiteral("run/.sanitizer"))) {
        m_error = QStringLiteral("could not create folders in %1").arg(m_root.path());
        return;
    }
    if (!writeSources(request, testSource))
        m_error = QStringLiteral("could not write the sources to %1").arg(m_sourceDir);
}

bool GradeWorkspace::writeSources(const GradeRequest& request, const QByteArray& testSource)
{
    const QDir src(m_sourceDir);
    m_paths.learnerName = request.learnerPath;
    m_paths.learnerCopy = src.filePath(QStringLiteral("learner/") + copyName(request.learnerPath, QStringLiteral("learner.cpp")));
    if (!writeFile(m_paths.learnerCopy, request.learnerSource.toUtf8()))
        return false;
    m_compileInput = m_paths.learnerCopy;
    if (request.mode != GradeMode::Test)
        return true;
    m_paths.testName = request.testPath;
    m_paths.testCopy = src.filePath(QStringLiteral("test/") + copyName(request.testPath, QStringLiteral("test.cpp")));
    m_paths.driverName = QStringLiteral("ownlings-test-driver.cpp");
    m_paths.driverCopy = src.filePath(m_paths.driverName);
    m_compileInput = m_paths.driverCopy;
    return writeFile(m_paths.testCopy, testSource) && writeFile(m_paths.driverCopy, driverSource(m_paths));
}

bool GradeWorkspace::prepareRun(QString* error) const
{
    // The root folder stays private to us; others may only pass through to run/.
    QFile::setPermissions(m_root.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                                             | QFile::ExeOther);
    QFile::setPermissions(m_sourceDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return handOverToSandboxUser(m_runDir, error);
}

QString GradeWorkspace::sanitizerLogs() const
{
    QString logs;
    const QFileInfo prefix(sanitizerLogPrefix());
    const QDir dir = prefix.absoluteDir();
    for (const QFileInfo& entry : dir.entryInfoList({prefix.fileName() + QStringLiteral(".*")}, QDir::Files | QDir::NoSymLinks, QDir::Name)) {
        QFile file(entry.filePath());
        if (file.open(QIODevice::ReadOnly))
            logs += QString::fromUtf8(file.read(kMaxLogBytes)) + QLatin1Char('\n');
    }
    return logs;
}

} // namespace ownlings::course
