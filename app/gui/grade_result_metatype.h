#pragma once
// GradeResult as a Qt meta type, for signals. Every header whose signals carry
// one includes this, so the declaration precedes any use (moc output shares a TU).

#include "app/course/grading/grade_result.h"

#include <QMetaType>

Q_DECLARE_METATYPE(ownlings::course::GradeResult)
