#pragma once
// SourcePaths: the copies grading compiles (in a temporary folder) and the
// names the learner knows them by.

#include <QString>

namespace ownlings::course {

struct SourcePaths {
    QString learnerCopy;   ///< absolute path of the copy that is compiled
    QString learnerName;   ///< GradeRequest::learnerPath
    QString testCopy;      ///< Test mode only
    QString testName;
    QString driverCopy;    ///< Test mode only: the translation unit that includes both
    QString driverName;

    /// The learner's name for a compiled path; other paths come back unchanged.
    QString displayName(const QString& path) const;
    bool isLearnerFile(const QString& path) const;
    bool isTestFile(const QString& path) const;
    /// Replaces every copy's path in free text (compiler output) by its name.
    QString rewrite(QString text) const;
};

} // namespace ownlings::course
