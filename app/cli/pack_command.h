#pragma once
// `ownlings pack check DIR` and `ownlings pack new DIR`.

#include <string>
#include <vector>

namespace ownlings::cli {

int runPack(const std::vector<std::string>& args);

} // namespace ownlings::cli
