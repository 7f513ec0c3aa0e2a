// Where Ownlings keeps the learner's data.
#include "app/course/progress/data_directory.h"

#include <QDir>
#include <QStandardPaths>

namespace ownlings::course {

QString defaultDataDirectory() {
    // Not AppDataLocation: that one is named after the running binary (or its
    // organization), which would give the CLI and the GUI separate progress.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("ownlings"));
}

} // namespace ownlings::course
