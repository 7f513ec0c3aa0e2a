// Options and course opening shared by the course commands.
#include "app/cli/course_options.h"

#include "app/cli/cli_app.h"
#include "app/course/pack/pack_location.h"
#include "app/course/progress/data_directory.h"

#include <cstdio>

namespace ownlings::cli {

void printOut(const QString& text) { std::fputs(text.toUtf8().constData(), stdout); }
void printErr(const QString& text) { std::fputs(text.toUtf8().constData(), stderr); }

std::optional<CourseOptions> parseCourseOptions(const std::vector<std::string>& args, const std::string& helpCommand) {
    CourseOptions options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&](std::string& into) {
            if (i + 1 >= args.size()) return false;
            into = args[++i];
            return true;
        };
        bool ok = true;
        if (arg == "--help" || arg == "-h") options.help = true;
        else if (arg == "--pack") ok = value(options.packDir);
        else if (arg.rfind("--pack=", 0) == 0) options.packDir = arg.substr(7);
        else if (arg == "--data") ok = value(options.dataDir);
        else if (arg.rfind("--data=", 0) == 0) options.dataDir = arg.substr(7);
        else if (arg == "--format") ok = value(options.format);
        else if (arg.rfind("--format=", 0) == 0) options.format = arg.substr(9);
        else if (arg.size() > 1 && arg[0] == '-') {
            usageError("unknown option `" + arg + "`", helpCommand);
            return std::nullopt;
        } else options.positional.push_back(arg);
        if (!ok) {
            usageError("`" + arg + "` needs a value", helpCommand);
            return std::nullopt;
        }
    }
    return options;
}

std::unique_ptr<course::Course> openCourse(const CourseOptions& options) {
    const QString packDir =
        options.packDir.empty() ? course::defaultPackDirectory() : QString::fromStdString(options.packDir);
    const QString dataDir =
        options.dataDir.empty() ? course::defaultDataDirectory() : QString::fromStdString(options.dataDir);
    if (packDir.isEmpty()) {
        printErr(QStringLiteral("error: the bundled exercise pack was not found; name one with --pack DIR\n"));
        return nullptr;
    }
    course::CourseOpening opening = course::Course::open(packDir, dataDir);
    for (const QString& warning : opening.warnings) printErr(QStringLiteral("warning: %1\n").arg(warning));
    if (!opening.course) {
        printErr(QStringLiteral("error: cannot open the course in %1\n").arg(packDir));
        for (const QString& error : opening.errors) printErr(QStringLiteral("  %1\n").arg(error));
    }
    return std::move(opening.course);
}

const course::Item* resolveItem(course::Course& course, const std::string& id) {
    if (id.empty()) {
        const course::Item* current = course.currentItem();
        if (!current) printErr(QStringLiteral("error: the pack has no exercises\n"));
        return current;
    }
    const course::Item* item = course.pack().findItem(QString::fromStdString(id));
    if (!item)
        printErr(QStringLiteral("error: no exercise `%1` in pack `%2` (see `ownlings list`)\n")
                     .arg(QString::fromStdString(id), course.pack().id));
    return item;
}

} // namespace ownlings::cli
