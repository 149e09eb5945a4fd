// Names of options, deadlines, stages and limitation statuses as the consultant and client read
// them. One label function per status, shared by the screen and the papers: each returns a Message
// that the caller narrates in its language (the screen in the UI's, a paper in the case's).
#pragma once

#include "advice/Assessment.h"
#include "i18n/Message.h"

#include <QString>

namespace zansai {

Message
label(OptionKind k); // 分割弁済, 一括和解, 任意整理, 個人再生, 自己破産, 時効の援用, 何もしない
Message label(DeadlineKind k);            // 督促異議, 控訴, 第1回口頭弁論
Message stageLabel(int stage);            // 第1段階: 裁判外の督促 …
Message stageExplanationLabel(int stage); // one sentence: what the creditor can do at this stage

// Where the debt's limitation stands, in this order: invoked (援用済み), forfeited (lost by a
// payment or acknowledgment after completion), completed (can be invoked), pending (suspended
// while in court), running (n years), or not applicable (no acceleration date: nothing computed).
// Its code: "limitation.status.<invoked|forfeited|completed|pending|running|not_applicable>".
Message limitationStatusLabel(const LimitationView& l);

// The same in the UI's current language (currentLanguage()), for widgets.
QString displayName(OptionKind k);
QString displayName(DeadlineKind k);
QString stageName(int stage);
QString stageExplanation(int stage);

} // namespace zansai
