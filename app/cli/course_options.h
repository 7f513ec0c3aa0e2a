#pragma once
// Options shared by the course commands (`list`, `run`, `verify`, `hint`,
// `reset`, `progress`, `quiz`): which pack, which data folder, which format.

#include "app/course/session/course.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ownlings::cli {

struct CourseOptions {
    std::string packDir;  ///< empty: the bundled pack
    std::string dataDir;  ///< empty: the default data folder
    std::string format;   ///< as given; each command checks its own choices
    std::vector<std::string> positional;
    bool help = false;
};

/// Parses `--pack DIR`, `--data DIR`, `--format F`, `--help` and positional
/// arguments; nullopt (after printing the error) on a bad option.
std::optional<CourseOptions> parseCourseOptions(const std::vector<std::string>& args, const std::string& helpCommand);

/// Opens the course the options name, printing errors and warnings to stderr;
/// null when it cannot be opened.
std::unique_ptr<course::Course> openCourse(const CourseOptions& options);

/// The item a command names (or the current one when `id` is empty); prints an
/// error and returns null when there is none.
const course::Item* resolveItem(course::Course& course, const std::string& id);

/// Prints `text` to stdout (UTF-8).
void printOut(const QString& text);
/// Prints `text` to stderr (UTF-8).
void printErr(const QString& text);

} // namespace ownlings::cli
