#pragma once
// The course commands: list, run, verify, hint, reset, progress, quiz.

#include <string>
#include <vector>

namespace ownlings::cli {

int runList(const std::vector<std::string>& args);
int runGrade(const std::vector<std::string>& args);
int runVerify(const std::vector<std::string>& args);
int runHint(const std::vector<std::string>& args);
int runReset(const std::vector<std::string>& args);
int runProgress(const std::vector<std::string>& args);
int runQuiz(const std::vector<std::string>& args);

} // namespace ownlings::cli
