// Mapping compiled copies back to the names the learner knows.

#include "app/course/grading/source_paths.h"

#include <utility>

namespace ownlings::course {

QString SourcePaths::displayName(const QString& path) const
{
    if (isLearnerFile(path))
        return learnerName;
    if (isTestFile(path))
        return testName;
    if (!driverCopy.isEmpty() && path == driverCopy)
        return driverName;
    return path;
}

bool SourcePaths::isLearnerFile(const QString& path) const
{
    return !learnerCopy.isEmpty() && path == learnerCopy;
}

bool SourcePaths::isTestFile(const QString& path) const
{
    return !testCopy.isEmpty() && path == testCopy;
}

QString SourcePaths::rewrite(QString text) const
{
    for (const auto& [copy, name] : {std::pair{driverCopy, driverName}, std::pair{learnerCopy, learnerName},
                                     std::pair{testCopy, testName}}) {
        if (!copy.isEmpty())
            text.replace(copy, name);
    }
    return text;
}

} // namespace ownlings::course
