// Locating clang++-19, llvm-symbolizer-19 and ownlings_test.h.

#include "app/course/grading/toolchain.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <mutex>

#ifndef OWNLINGS_VERSION
#define OWNLINGS_VERSION "0.0.0"
#endif

namespace ownlings::course {

namespace {

constexpr auto kTestHeader = "ownlings_test.h";

QString findTool(const QString& versionedName, const QString& llvmName)
{
    const QString onPath = QStandardPaths::findExecutable(versionedName);
    if (!onPath.isEmpty())
        return onPath;
    const QString inLlvm = QStringLiteral("/usr/lib/llvm-19/bin/") + llvmName;
    return QFileInfo(inLlvm).isExecutable() ? inLlvm : QString();
}

QString runningBinaryDir()
{
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    return QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath()).absolutePath();
}

QString findIncludeDir()
{
    const QDir binDir(runningBinaryDir());
    const QString dir = QDir::cleanPath(binDir.filePath(QStringLiteral("../share/ownlings/include")));
    return QFileInfo::exists(dir + QLatin1Char('/') + QLatin1String(kTestHeader)) ? dir : QString();
}

QString compilerVersion(const QString& compiler)
{
    QProcess process;
    process.start(compiler, {QStringLiteral("--version")});
    if (!process.waitForFinished(10000))
        return {};
    return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
}

QString fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

Toolchain findToolchain()
{
    Toolchain toolchain;
    toolchain.compiler = findTool(QStringLiteral("clang++-19"), QStringLiteral("clang++"));
    toolchain.symbolizer = findTool(QStringLiteral("llvm-symbolizer-19"), QStringLiteral("llvm-symbolizer"));
    toolchain.includeDir = findIncludeDir();
    if (toolchain.compiler.isEmpty()) {
        toolchain.error = QStringLiteral("clang++-19 is not installed; install the `clang-19` package "
                                         "(scripts/install-deps does)");
        return toolchain;
    }
    if (toolchain.includeDir.isEmpty())
        toolchain.headerError = QStringLiteral("%1 is missing: looked in %2/../share/ownlings/include; "
                                               "is Ownlings installed completely?")
                                    .arg(QLatin1String(kTestHeader), runningBinaryDir());
    const QString version = compilerVersion(toolchain.compiler);
    if (version.isEmpty()) {
        toolchain.error = QStringLiteral("%1 --version failed; is the compiler installation broken?").arg(toolchain.compiler);
        return toolchain;
    }
    toolchain.fingerprint = QStringLiteral("%1\nownlings %2\n%3 %4")
                                .arg(version, ownlingsVersion(), QLatin1String(kTestHeader),
                                     fileHash(toolchain.includeDir + QLatin1Char('/') + QLatin1String(kTestHeader)));
    return toolchain;
}

} // namespace

const Toolchain& detectToolchain()
{
    static std::once_flag once;
    static Toolchain toolchain;
    std::call_once(once, [] { toolchain = findToolchain(); });
    return toolchain;
}

QString Toolchain::problemFor(GradeMode mode) const
{
    if (mode == GradeMode::Check)
        return {};
    if (!error.isEmpty() || mode == GradeMode::Run)
        return error;
    return headerError;
}

QString ownlingsVersion()
{
    return QStringLiteral(OWNLINGS_VERSION);
}

} // namespace ownlings::course
