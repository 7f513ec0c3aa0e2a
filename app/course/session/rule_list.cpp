// Writing a rule set as a rule list.
#include "app/course/session/rule_list.h"

#include <QStringList>

namespace ownlings::course {

QString ruleList(const engine::RuleSet& rules) {
    QStringList names;
    for (const engine::RuleInfo& info : engine::allRules())
        if (rules.contains(info.id)) names << QString::fromUtf8(info.name.data(), qsizetype(info.name.size()));
    return names.join(QLatin1Char(','));
}

} // namespace ownlings::course
