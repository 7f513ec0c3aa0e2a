// Validating and scaffolding exercise packs.
#include "app/cli/pack_command.h"

#include "app/cli/cli_app.h"
#include "app/cli/course_options.h"
#include "app/course/pack/pack_loader.h"
#include "app/course/pack/pack_scaffold.h"
#include "app/course/session/pack_verifier.h"

#include <QElapsedTimer>

#include <cstdio>
#include <unistd.h>

namespace ownlings::cli {
namespace {

constexpr const char* kUsage = R"(Usage:
  ownlings pack check DIR   validate a pack: the manifest and its files, then grade
                            every exercise's starting code (it must fail as its
                            metadata says), every solution (it must pass) and every
                            known-wrong edit (it must be rejected)
  ownlings pack new DIR [--id ID] [--title TITLE]
                            write a new pack with one chapter and one exercise that
                            passes `pack check`

Exit status: 0 the pack is good, 1 problems were found, 2 usage or I/O error.
)";

/// A one-line progress bar on a terminal's stderr; nothing when it is not a terminal.
class ProgressBar {
public:
    ProgressBar() : m_enabled(isatty(fileno(stderr)) != 0) {}
    void show(int done, int total, const QString& item) {
        if (!m_enabled || total <= 0) return;
        constexpr int kWidth = 30;
        const int filled = done * kWidth / total;
        const QString bar = QString(filled, QLatin1Char('#')) + QString(kWidth - filled, QLatin1Char('.'));
        printErr(QStringLiteral("\r\x1b[K[%1] %2/%3 %4").arg(bar).arg(done).arg(total).arg(item.left(30)));
        if (done == total) printErr(QStringLiteral("\r\x1b[K"));
    }

private:
    bool m_enabled;
};

int checkPack(const QString& dir) {
    const course::PackLoadResult loaded = course::loadPack(dir);
    if (!loaded.ok()) {
        printOut(QStringLiteral("%1: %2 problem(s) in the manifest and its files:\n").arg(dir).arg(loaded.problems.size()));
        for (const course::PackProblem& problem : loaded.problems) printOut(QStringLiteral("  %1\n").arg(problem.toString()));
        return kExitFindings;
    }
    const course::Pack& pack = *loaded.pack;
    QElapsedTimer timer;
    timer.start();
    course::Grader grader;
    ProgressBar bar;
    const auto failures = course::verifyPack(pack, grader, [&](int done, int total, const QString& item) { bar.show(done, total, item); });
    const auto items = pack.courseOrder().size();
    if (failures.empty()) {
        printOut(QStringLiteral("%1 (%2): %3 items in %4 chapters are good (%5 s)\n")
                     .arg(pack.title, pack.id).arg(items).arg(pack.chapters.size())
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
        return kExitClean;
    }
    printOut(QStringLiteral("%1 (%2): %3 problem(s) in %4 items:\n").arg(pack.title, pack.id).arg(failures.size()).arg(items));
    for (const course::PackCheckFailure& failure : failures) printOut(QStringLiteral("  %1\n").arg(failure.toString()));
    return kExitFindings;
}

int newPack(const std::vector<std::string>& args) {
    QString dir, id, title;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if ((args[i] == "--id" || args[i] == "--title") && i + 1 < args.size()) {
            (args[i] == "--id" ? id : title) = QString::fromStdString(args[i + 1]);
            ++i;
        } else if (!args[i].empty() && args[i][0] == '-') {
            return usageError("unknown option `" + args[i] + "`", "ownlings pack --help");
        } else if (dir.isEmpty()) {
            dir = QString::fromStdString(args[i]);
        } else {
            return usageError("`pack new` takes one folder", "ownlings pack --help");
        }
    }
    if (dir.isEmpty()) return usageError("name the folder of the new pack", "ownlings pack --help");
    if (id.isEmpty()) id = QStringLiteral("my-pack");
    if (title.isEmpty()) title = QStringLiteral("My exercise pack");
    const course::ScaffoldResult result = course::scaffoldPack(dir, id, title);
    if (!result.ok) {
        printErr(QStringLiteral("error: %1\n").arg(result.error));
        return kExitFailure;
    }
    printOut(QStringLiteral("wrote a new pack in %1; check it with `ownlings pack check %1`\n").arg(dir));
    return kExitClean;
}

} // namespace

int runPack(const std::vector<std::string>& args) {
    if (args.empty()) return usageError("`pack` needs `check DIR` or `new DIR`", "ownlings pack --help");
    if (args.front() == "--help" || args.front() == "-h") {
        std::fputs(kUsage, stdout);
        return kExitClean;
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (args.front() == "check") {
        if (rest.size() != 1 || rest.front().empty() || rest.front()[0] == '-')
            return usageError("`pack check` takes one pack folder", "ownlings pack --help");
        return checkPack(QString::fromStdString(rest.front()));
    }
    if (args.front() == "new") return newPack(rest);
    return usageError("unknown pack command `" + args.front() + "`", "ownlings pack --help");
}

} // namespace ownlings::cli
