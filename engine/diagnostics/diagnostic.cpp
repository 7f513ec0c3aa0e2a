// Severity of rule findings.
#include "engine/diagnostics/diagnostic.h"

namespace ownlings::engine {

Severity severityOf(RuleId rule) {
    return ruleInfo(rule).kind == RuleKind::Bug ? Severity::Error : Severity::Warning;
}

} // namespace ownlings::engine
