#pragma once
// Where Ownlings keeps the learner's data: the progress database and the working copies.

#include <QString>

namespace ownlings::course {

/// The data folder used when neither `--data DIR` nor a setting names one:
/// `<generic data location>/ownlings` (on Linux `$XDG_DATA_HOME/ownlings`, usually
/// `~/.local/share/ownlings`). It does not depend on the application name, so
/// `ownlings` and `ownlings-gui` share one progress. Not created here.
QString defaultDataDirectory();

} // namespace ownlings::course
