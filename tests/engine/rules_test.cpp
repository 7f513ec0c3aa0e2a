// The rule table and `--rules` list parsing.
#include "engine/rules.h"

#include <QtTest>

using namespace ownlings::engine;

class RulesTest : public QObject {
    Q_OBJECT
private slots:
    void catalogueHasNineBugAndSixDisciplineRules() {
        int bugs = 0, discipline = 0;
        for (const RuleInfo& rule : allRules()) (rule.kind == RuleKind::Bug ? bugs : discipline) += 1;
        QCOMPARE(bugs, 9);
        QCOMPARE(discipline, 6);
    }
    void namesRoundTripThroughLookup() {
        for (const RuleInfo& rule : allRules()) {
            const auto found = ruleFromName(rule.name);
            QVERIFY(found.has_value());
            QCOMPARE(static_cast<int>(*found), static_cast<int>(rule.id));
        }
        QVERIFY(!ruleFromName("use-after-free").has_value());
    }
    void defaultListIsTheBugRules() {
        std::string error;
        const auto bugs = parseRuleList("bugs", error);
        QVERIFY(bugs.has_value());
        QVERIFY(bugs->contains(RuleId::UseAfterMove));
        QVERIFY(bugs->contains(RuleId::DoubleOwnership));
        QVERIFY(!bugs->contains(RuleId::Leak));
        QVERIFY(*bugs == RuleSet::bugs());
    }
    void allEnablesDisciplineRulesToo() {
        std::string error;
        const auto all = parseRuleList("all", error);
        QVERIFY(all.has_value());
        for (const RuleInfo& rule : allRules()) QVERIFY(all->contains(rule.id));
    }
    void listOfIdsEnablesExactlyThose() {
        std::string error;
        const auto rules = parseRuleList(" use-after-move , leak", error);
        QVERIFY(rules.has_value());
        QVERIFY(rules->contains(RuleId::UseAfterMove));
        QVERIFY(rules->contains(RuleId::Leak));
        QVERIFY(!rules->contains(RuleId::DanglingReference));
    }
    void unknownIdIsRejectedWithItsName() {
        std::string error;
        QVERIFY(!parseRuleList("use-after-move,use-after-free", error).has_value());
        QVERIFY(error.find("use-after-free") != std::string::npos);
        QVERIFY(!parseRuleList(" , ", error).has_value());
    }
    void useAfterMoveIsImplementedAndMirrorsE0382() {
        QVERIFY(isImplemented(RuleId::UseAfterMove));
        QCOMPARE(ruleInfo(RuleId::UseAfterMove).rustCode, std::string_view("E0382"));
    }
};

QTEST_APPLESS_MAIN(RulesTest)
#include "rules_test.moc"
