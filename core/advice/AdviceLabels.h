// Names of options, deadlines and stages as the consultant and client read them (tr()).
#pragma once

#include "advice/Assessment.h"

#include <QString>

namespace zansai {

QString displayName(OptionKind k);   // 分割弁済, 一括和解, 任意整理, 個人再生, 自己破産, 時効の援用, 何もしない
QString displayName(DeadlineKind k); // 督促異議, 控訴, 第1回口頭弁論
QString stageName(int stage);        // 第1段階: 裁判外の督促 …
QString stageExplanation(int stage); // one sentence: what the creditor can do at this stage

} // namespace zansai
