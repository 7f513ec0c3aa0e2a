#pragma once
// GradeWorkspace: the private temporary folder of one grading, with the
// sources to compile (src/), the program and its working folder (run/).

#include "app/course/grading/grade_request.h"
#include "app/course/grading/source_paths.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace ownlings::course {

class GradeWorkspace {
public:
    /// Creates the folders and writes the sources; check error() afterwards.
    GradeWorkspace(const GradeRequest& request, const QByteArray& testSource);

    /// Why the workspace could not be made; empty when it is ready.
    QString error() const { return m_error; }
    const SourcePaths& paths() const { return m_paths; }
    /// The file handed to clang++: the learner's copy, or the test driver.
    QString compileInput() const { return m_compileInput; }
    QString sourceDir() const { return m_sourceDir; }
    QString binaryPath() const { return m_runDir + QStringLiteral("/program"); }
    QString runDir() const { return m_runDir; }
    /// Where the sanitizers write their reports (ASAN_OPTIONS log_path prefix).
    QString sanitizerLogPrefix() const { return m_runDir + QStringLiteral("/.sanitizer/report"); }

    /// Lets the sandbox user (nobody, when we are root) use run/ and the program.
    bool prepareRun(QString* error) const;
    /// Every sanitizer report written by the program, concatenated.
    QString sanitizerLogs() const;

private:
    bool writeSources(const GradeRequest& request, const QByteArray& testSource);

    QTemporaryDir m_root;
    SourcePaths m_paths;
    QString m_sourceDir;
    QString m_runDir;
    QString m_compileInput;
    QString m_error;
};

} // namespace ownlings::course
