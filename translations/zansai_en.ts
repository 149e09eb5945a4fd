<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>zansai::AdviceLabels</name>
    <message>
        <source>Installment repayment</source>
        <translation>Installment repayment</translation>
    </message>
    <message>
        <source>Lump-sum settlement with the servicer</source>
        <translation>Lump-sum settlement with the servicer</translation>
    </message>
    <message>
        <source>Voluntary debt arrangement</source>
        <translation>Voluntary debt arrangement</translation>
    </message>
    <message>
        <source>Individual rehabilitation</source>
        <translation>Individual rehabilitation</translation>
    </message>
    <message>
        <source>Personal bankruptcy</source>
        <translation>Personal bankruptcy</translation>
    </message>
    <message>
        <source>Invoking the limitation period</source>
        <translation>Invoking the limitation period</translation>
    </message>
    <message>
        <source>Doing nothing</source>
        <translation>Doing nothing</translation>
    </message>
    <message>
        <source>Objection to the payment order</source>
        <translation>Objection to the payment order</translation>
    </message>
    <message>
        <source>Appeal against the judgment</source>
        <translation>Appeal against the judgment</translation>
    </message>
    <message>
        <source>First hearing (answer before it)</source>
        <translation>First hearing (answer before it)</translation>
    </message>
    <message>
        <source>Stage 1: collection out of court</source>
        <translation>Stage 1: collection out of court</translation>
    </message>
    <message>
        <source>Stage 2: court proceedings or an enforceable title</source>
        <translation>Stage 2: court proceedings or an enforceable title</translation>
    </message>
    <message>
        <source>Stage 3: seizure filed</source>
        <translation>Stage 3: seizure filed</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Stage %1</translation>
    </message>
    <message>
        <source>The creditor can only write, call or visit; its next step is a lawsuit or a payment order.</source>
        <translation>The creditor can only write, call or visit; its next step is a lawsuit or a payment order.</translation>
    </message>
    <message>
        <source>The creditor is in court or already holds an enforceable title; once it has one it can seize wages and bank deposits.</source>
        <translation>The creditor is in court or already holds an enforceable title; once it has one it can seize wages and bank deposits.</translation>
    </message>
    <message>
        <source>A seizure has been filed: wages or deposits are being taken until the debt is paid or the situation is resolved.</source>
        <translation>A seizure has been filed: wages or deposits are being taken until the debt is paid or the situation is resolved.</translation>
    </message>
    <message>
        <source>Invoked</source>
        <translation>Invoked</translation>
    </message>
    <message>
        <source>Lost by a later payment or acknowledgment</source>
        <translation>Lost by a later payment or acknowledgment</translation>
    </message>
    <message>
        <source>Completed: can be invoked</source>
        <translation>Completed: can be invoked</translation>
    </message>
    <message>
        <source>Suspended while in court</source>
        <translation>Suspended while in court</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message numerus="yes">
        <source>Running (%n year(s))</source>
        <translation>
            <numerusform>Running (%n year(s))</numerusform>
            <numerusform>Running (%n year(s))</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zansai::CaseAnalysis</name>
    <message>
        <source>Taxes need no court: once a demand (督促状) has gone unpaid for 10 days the tax office can seize wages (国税徴収法76条 limits) and bank deposits (国税徴収法47条1項; local taxes likewise). Ask for payment by instalments or a deferral (換価の猶予) before it does.</source>
        <translation>Taxes need no court: once a demand (督促状) has gone unpaid for 10 days the tax office can seize wages (国税徴収法76条 limits) and bank deposits (国税徴収法47条1項; local taxes likewise). Ask for payment by instalments or a deferral (換価の猶予) before it does.</translation>
    </message>
    <message>
        <source>a final judgment, 民事執行法22条1号</source>
        <translation>a final judgment, 民事執行法22条1号</translation>
    </message>
    <message>
        <source>a court settlement record, 民事執行法22条7号</source>
        <translation>a court settlement record, 民事執行法22条7号</translation>
    </message>
    <message>
        <source>From this day the creditor can apply for a declaration of provisional enforcement (民事訴訟法391条) and then seize wages and deposits at once. An objection (督促異議) is possible until the declaration is issued (390条): file it before this day to be safe.</source>
        <translation>From this day the creditor can apply for a declaration of provisional enforcement (民事訴訟法391条) and then seize wages and deposits at once. An objection (督促異議) is possible until the declaration is issued (390条): file it before this day to be safe.</translation>
    </message>
    <message>
        <source>Without an objection (督促異議) by this day the payment order becomes final with the force of a final judgment (民事訴訟法396条): no more defence, and a 10-year limitation period (民法169条). Enforcement is possible at once either way unless a stay is obtained (403条).</source>
        <translation>Without an objection (督促異議) by this day the payment order becomes final with the force of a final judgment (民事訴訟法396条): no more defence, and a 10-year limitation period (民法169条). Enforcement is possible at once either way unless a stay is obtained (403条).</translation>
    </message>
    <message>
        <source>Without an appeal (控訴) by this day the judgment becomes final (民事訴訟法285条): the creditor can seize wages and deposits (民事執行法22条1号), and the limitation period becomes 10 years (民法169条).</source>
        <translation>Without an appeal (控訴) by this day the judgment becomes final (民事訴訟法285条): the creditor can seize wages and deposits (民事執行法22条1号), and the limitation period becomes 10 years (民法169条).</translation>
    </message>
    <message>
        <source>File an answer (答弁書) before this hearing. Absent with no answer, the claim is deemed admitted (擬制自白, 民事訴訟法159条3項) and a default judgment follows; an answer on file is deemed stated even if you are absent (158条).</source>
        <translation>File an answer (答弁書) before this hearing. Absent with no answer, the claim is deemed admitted (擬制自白, 民事訴訟法159条3項) and a default judgment follows; an answer on file is deemed stated even if you are absent (158条).</translation>
    </message>
    <message>
        <source>Late interest runs on the unpaid principal only (simple interest), day by day at each debt&apos;s contract rate and day basis; the balance is shown at the same day of each month counted from %1.</source>
        <translation>Late interest runs on the unpaid principal only (simple interest), day by day at each debt&apos;s contract rate and day basis; the balance is shown at the same day of each month counted from %1.</translation>
    </message>
    <message>
        <source>A wage seizure is running: %1 a month (民事執行法152条) is taken from pay and applied to the seized debts, late interest first (民法489条), until they are paid. Other debts keep growing.</source>
        <translation>A wage seizure is running: %1 a month (民事執行法152条) is taken from pay and applied to the seized debts, late interest first (民法489条), until they are paid. Other debts keep growing.</translation>
    </message>
    <message>
        <source>No payment is assumed. With a 債務名義 the creditor can start a wage seizure at any time; it would take %1 a month (see the garnishment figures), which this projection does not assume.</source>
        <translation>No payment is assumed. With a 債務名義 the creditor can start a wage seizure at any time; it would take %1 a month (see the garnishment figures), which this projection does not assume.</translation>
    </message>
    <message>
        <source>No payment and no seizure is assumed: a seizure needs a 債務名義 first (a judgment or a payment order: stage 2).</source>
        <translation>No payment and no seizure is assumed: a seizure needs a 債務名義 first (a judgment or a payment order: stage 2).</translation>
    </message>
    <message>
        <source>Limitation is not applied to the projection: the balance stays owed until the period has run and is invoked (民法145条).</source>
        <translation>Limitation is not applied to the projection: the balance stays owed until the period has run and is invoked (民法145条).</translation>
    </message>
    <message>
        <source>Late interest: fractions of a yen are truncated once for each span between payments (円未満切捨て), not for each calendar-year segment; both readings exist (reference §12.5).</source>
        <translation>Late interest: fractions of a yen are truncated once for each span between payments (円未満切捨て), not for each calendar-year segment; both readings exist (reference §12.5).</translation>
    </message>
    <message>
        <source>Limitation: a period that ends on a Sunday, holiday or court closing day is not extended (民法142条 not applied to 時効, the prevailing view after 大阪地判昭和48年9月4日; a minority view extends it, and there is no Supreme Court ruling: reference §12.1). Act before that day.</source>
        <translation>Limitation: a period that ends on a Sunday, holiday or court closing day is not extended (民法142条 not applied to 時効, the prevailing view after 大阪地判昭和48年9月4日; a minority view extends it, and there is no Supreme Court ruling: reference §12.1). Act before that day.</translation>
    </message>
    <message>
        <source>Limitation: paying the proceeds of a voluntary sale with the debtor&apos;s consent is treated as an acknowledgment (民法152条) that renews the period; this is practice consensus, not case law.</source>
        <translation>Limitation: paying the proceeds of a voluntary sale with the debtor&apos;s consent is treated as an acknowledgment (民法152条) that renews the period; this is practice consensus, not case law.</translation>
    </message>
    <message>
        <source>Limitation of a guarantee company&apos;s 求償権 paid out after 2020-04-01 on a commission contract made before: the old 5-year commercial period is applied (改正附則10条1項, reading of the commission contract as the cause; not confirmed by a Ministry of Justice Q&amp;A: reference §12.4).</source>
        <translation>Limitation of a guarantee company&apos;s 求償権 paid out after 2020-04-01 on a commission contract made before: the old 5-year commercial period is applied (改正附則10条1項, reading of the commission contract as the cause; not confirmed by a Ministry of Justice Q&amp;A: reference §12.4).</translation>
    </message>
    <message>
        <source>Limitation of a public guarantor&apos;s 求償権 under the old law: 10 years is assumed; for the 公庫住宅融資保証協会 this is not verified (reference §12.3).</source>
        <translation>Limitation of a public guarantor&apos;s 求償権 under the old law: 10 years is assumed; for the 公庫住宅融資保証協会 this is not verified (reference §12.3).</translation>
    </message>
    <message>
        <source>Wage seizure: the law does not say how to treat a fraction of a yen in the seizable quarter; it is truncated here (reference §3).</source>
        <translation>Wage seizure: the law does not say how to treat a fraction of a yen in the seizable quarter; it is truncated here (reference §3).</translation>
    </message>
    <message numerus="yes">
        <source>Pay is not monthly: the monthly net pay was divided into pays of %n day(s) in a 30-day month, the limit applied to each pay (民事執行法施行令2条1項), and the result added back up to a month.</source>
        <translation>
            <numerusform>Pay is not monthly: the monthly net pay was divided into pays of %n day(s) in a 30-day month, the limit applied to each pay (民事執行法施行令2条1項), and the result added back up to a month.</numerusform>
            <numerusform>Pay is not monthly: the monthly net pay was divided into pays of %n day(s) in a 30-day month, the limit applied to each pay (民事執行法施行令2条1項), and the result added back up to a month.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a month of pension is not seizable (国民年金法24条, 厚生年金保険法41条1項; only a tax office may reach an old-age pension).</source>
        <translation>%1 a month of pension is not seizable (国民年金法24条, 厚生年金保険法41条1項; only a tax office may reach an old-age pension).</translation>
    </message>
    <message>
        <source>Self-employed income is not pay: 民事執行法152条 does not protect receivables from customers (売掛金), which can be seized in full. The figure applies the wage rule as a comparison only.</source>
        <translation>Self-employed income is not pay: 民事執行法152条 does not protect receivables from customers (売掛金), which can be seized in full. The figure applies the wage rule as a comparison only.</translation>
    </message>
    <message>
        <source>Bank deposits have no protected part once seized, even when they came from pay or a pension (最判平成10年2月10日). Cash at home is not in a bank: it can only be taken by a seizure of movables, and up to 66万円 of it is protected (民事執行法131条3号).</source>
        <translation>Bank deposits have no protected part once seized, even when they came from pay or a pension (最判平成10年2月10日). Cash at home is not in a bank: it can only be taken by a seizure of movables, and up to 66万円 of it is protected (民事執行法131条3号).</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) went entirely to late interest (民法489条): they did not reduce the principal.</source>
        <translation>
            <numerusform>%n payment(s) went entirely to late interest (民法489条): they did not reduce the principal.</numerusform>
            <numerusform>%n payment(s) went entirely to late interest (民法489条): they did not reduce the principal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Child support survives bankruptcy (破産法253条1項4号) and can be seized up to half of pay, future instalments included (民事執行法151条の2, 152条3項).</source>
        <translation>Child support survives bankruptcy (破産法253条1項4号) and can be seized up to half of pay, future instalments included (民事執行法151条の2, 152条3項).</translation>
    </message>
    <message>
        <source>about %1 a month</source>
        <translation>about %1 a month</translation>
    </message>
    <message>
        <source>nothing seizable from the recorded income</source>
        <translation>nothing seizable from the recorded income</translation>
    </message>
    <message>
        <source>A wage seizure has been filed (民事執行法143条, 152条): each payday the employer pays the creditor the seizable part of the pay (%1 here) until the claim, late interest and costs are paid (民事執行法155条). With the same 債務名義 the creditor can also seize bank deposits at any time.</source>
        <translation>A wage seizure has been filed (民事執行法143条, 152条): each payday the employer pays the creditor the seizable part of the pay (%1 here) until the claim, late interest and costs are paid (民事執行法155条). With the same 債務名義 the creditor can also seize bank deposits at any time.</translation>
    </message>
    <message>
        <source>Bank deposits have been seized (民事執行法143条): the creditor collects them one week after the order reaches the debtor (民事執行法155条1項). With the same 債務名義 it can seize wages next (%1, 民事執行法152条) and deposits again.</source>
        <translation>Bank deposits have been seized (民事執行法143条): the creditor collects them one week after the order reaches the debtor (民事執行法155条1項). With the same 債務名義 it can seize wages next (%1, 民事執行法152条) and deposits again.</translation>
    </message>
    <message>
        <source>A seizure has been filed: the creditor collects through the court until the claim is paid, and with the same 債務名義 it can seize wages (%1, 民事執行法152条) and bank deposits at any time.</source>
        <translation>A seizure has been filed: the creditor collects through the court until the claim is paid, and with the same 債務名義 it can seize wages (%1, 民事執行法152条) and bank deposits at any time.</translation>
    </message>
    <message>
        <source>Out of court the creditor can only write, call or visit. Its next step is a lawsuit or a payment order (支払督促, 民事訴訟法382条) to obtain a 債務名義 — which also renews the limitation period (民法147条) — and then the seizure of wages (%1, 民事執行法152条) and bank deposits.</source>
        <translation>Out of court the creditor can only write, call or visit. Its next step is a lawsuit or a payment order (支払督促, 民事訴訟法382条) to obtain a 債務名義 — which also renews the limitation period (民法147条) — and then the seizure of wages (%1, 民事執行法152条) and bank deposits.</translation>
    </message>
    <message>
        <source>The payment order declared provisionally enforceable is a 債務名義 (民事執行法22条4号): the creditor can seize wages (%1, 民事執行法152条) and bank deposits now. An objection within 2 weeks of service (民事訴訟法393条) moves the case to a lawsuit but does not stop enforcement without a stay (403条); without one the order becomes final like a judgment (396条).</source>
        <translation>The payment order declared provisionally enforceable is a 債務名義 (民事執行法22条4号): the creditor can seize wages (%1, 民事執行法152条) and bank deposits now. An objection within 2 weeks of service (民事訴訟法393条) moves the case to a lawsuit but does not stop enforcement without a stay (403条); without one the order becomes final like a judgment (396条).</translation>
    </message>
    <message>
        <source>A judgment has been served: it becomes final unless appealed within 2 weeks (民事訴訟法285条). A final judgment, or one declared provisionally enforceable, lets the creditor seize wages (%1, 民事執行法152条) and bank deposits (民事執行法22条1号・2号).</source>
        <translation>A judgment has been served: it becomes final unless appealed within 2 weeks (民事訴訟法285条). A final judgment, or one declared provisionally enforceable, lets the creditor seize wages (%1, 民事執行法152条) and bank deposits (民事執行法22条1号・2号).</translation>
    </message>
    <message>
        <source>A payment order (支払督促) has been served: 2 weeks after service the creditor can apply for a declaration of provisional enforcement (民事訴訟法391条) and then seize wages (%1, 民事執行法152条) and bank deposits at once. An objection (督促異議) before the declaration moves the case to an ordinary lawsuit (民事訴訟法390条, 395条).</source>
        <translation>A payment order (支払督促) has been served: 2 weeks after service the creditor can apply for a declaration of provisional enforcement (民事訴訟法391条) and then seize wages (%1, 民事執行法152条) and bank deposits at once. An objection (督促異議) before the declaration moves the case to an ordinary lawsuit (民事訴訟法390条, 395条).</translation>
    </message>
    <message>
        <source>A lawsuit is pending: without an answer (答弁書) and absent from the first hearing, the claim is deemed admitted (民事訴訟法159条3項) and judgment follows. With a judgment the creditor can seize wages (%1, 民事執行法152条) and bank deposits (民事執行法22条).</source>
        <translation>A lawsuit is pending: without an answer (答弁書) and absent from the first hearing, the claim is deemed admitted (民事訴訟法159条3項) and judgment follows. With a judgment the creditor can seize wages (%1, 民事執行法152条) and bank deposits (民事執行法22条).</translation>
    </message>
    <message>
        <source>An enforceable notarial deed (執行認諾文言付公正証書) is a 債務名義 (民事執行法22条5号): the creditor can seize wages (%1, 民事執行法152条) and bank deposits without a lawsuit.</source>
        <translation>An enforceable notarial deed (執行認諾文言付公正証書) is a 債務名義 (民事執行法22条5号): the creditor can seize wages (%1, 民事執行法152条) and bank deposits without a lawsuit.</translation>
    </message>
    <message numerus="yes">
        <source>Passed %n day(s) ago. %1</source>
        <translation>
            <numerusform>Passed %n day(s) ago. %1</numerusform>
            <numerusform>Passed %n day(s) ago. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No payment is assumed. Nothing of the recorded income can be seized from pay (see the garnishment figures); with a 債務名義 the creditor can still seize bank deposits.</source>
        <translation>No payment is assumed. Nothing of the recorded income can be seized from pay (see the garnishment figures); with a 債務名義 the creditor can still seize bank deposits.</translation>
    </message>
    <message>
        <source>The limitation period completed on %1: once the client invokes it (民法145条) — in writing, or in the answer to a suit or the objection to a payment order — the claim can no longer be enforced. Pay or acknowledge nothing before (最判昭和41年4月20日).</source>
        <translation>The limitation period completed on %1: once the client invokes it (民法145条) — in writing, or in the answer to a suit or the objection to a payment order — the claim can no longer be enforced. Pay or acknowledge nothing before (最判昭和41年4月20日).</translation>
    </message>
    <message>
        <source>the principal debtor</source>
        <translation>the principal debtor</translation>
    </message>
    <message>
        <source>The client guarantees this debt of %1: a suit against %1, or a payment or acknowledgment by %1, also suspends or renews the client&apos;s limitation (民法457条1項); the client may invoke the limitation of %1&apos;s debt (民法145条).</source>
        <translation>The client guarantees this debt of %1: a suit against %1, or a payment or acknowledgment by %1, also suspends or renews the client&apos;s limitation (民法457条1項); the client may invoke the limitation of %1&apos;s debt (民法145条).</translation>
    </message>
    <message>
        <source>The creditor had to tell the client by %1 that %2 lost the benefit of time (民法458条の3, 2 months): without a notice by then it cannot claim from the client the late interest from %3 until the notice is given. Ask when the notice arrived.</source>
        <translation>The creditor had to tell the client by %1 that %2 lost the benefit of time (民法458条の3, 2 months): without a notice by then it cannot claim from the client the late interest from %3 until the notice is given. Ask when the notice arrived.</translation>
    </message>
    <message>
        <source>The guarantee was contracted before 2020-04-01: the creditor owed the client no notice of the acceleration (民法458条の3 does not apply, 平成29年改正法附則21条1項).</source>
        <translation>The guarantee was contracted before 2020-04-01: the creditor owed the client no notice of the acceleration (民法458条の3 does not apply, 平成29年改正法附則21条1項).</translation>
    </message>
    <message>
        <source>Late interest at %1% a year, counted as: %2.</source>
        <translation>Late interest at %1% a year, counted as: %2.</translation>
    </message>
    <message>
        <source>At the contract rate of %1% the unpaid late interest would be %2; the rate is void above %3% (%4), so %5 at %3% is used in every balance, option and projection.</source>
        <translation>At the contract rate of %1% the unpaid late interest would be %2; the rate is void above %3% (%4), so %5 at %3% is used in every balance, option and projection.</translation>
    </message>
    <message>
        <source>延滞税 (national tax, taken from the creditor&apos;s name): %1% a year through 2 months after the due date, then %2% (%3 rates), 365 days a year, the tax in 10,000-yen units and the total in 100-yen units (国税通則法60条, 118条, 119条, 租税特別措置法94条).</source>
        <translation>延滞税 (national tax, taken from the creditor&apos;s name): %1% a year through 2 months after the due date, then %2% (%3 rates), 365 days a year, the tax in 10,000-yen units and the total in 100-yen units (国税通則法60条, 118条, 119条, 租税特別措置法94条).</translation>
    </message>
    <message>
        <source>延滞金 (local tax; a 税務署 or 国税 creditor would be national): %1% a year through 1 month after the due date, then %2% (%3 rates), 365 days a year, the tax in 1,000-yen units and the total in 100-yen units (地方税法20条の4の2, 附則3条の2).</source>
        <translation>延滞金 (local tax; a 税務署 or 国税 creditor would be national): %1% a year through 1 month after the due date, then %2% (%3 rates), 365 days a year, the tax in 1,000-yen units and the total in 100-yen units (地方税法20条の4の2, 附則3条の2).</translation>
    </message>
    <message>
        <source>Taxes survive bankruptcy (破産法253条1項1号) and are not reduced in rehabilitation.</source>
        <translation>Taxes survive bankruptcy (破産法253条1項1号) and are not reduced in rehabilitation.</translation>
    </message>
    <message>
        <source>Nothing is recorded after the payment order: it is taken to have lapsed on %1 (no declaration of provisional enforcement applied for within 30 days, 民事訴訟法392条; the exact day is not known). It fixed nothing: the creditor must start again with a new order or a lawsuit.</source>
        <translation>Nothing is recorded after the payment order: it is taken to have lapsed on %1 (no declaration of provisional enforcement applied for within 30 days, 民事訴訟法392条; the exact day is not known). It fixed nothing: the creditor must start again with a new order or a lawsuit.</translation>
    </message>
    <message>
        <source>The payment order lapsed on %1 (民事訴訟法392条): it fixed nothing, and the creditor must start again with a new order or a lawsuit.</source>
        <translation>The payment order lapsed on %1 (民事訴訟法392条): it fixed nothing, and the creditor must start again with a new order or a lawsuit.</translation>
    </message>
    <message>
        <source>The lawsuit was withdrawn or dismissed: it fixed nothing, and the creditor can sue again (民法147条1項括弧書).</source>
        <translation>The lawsuit was withdrawn or dismissed: it fixed nothing, and the creditor can sue again (民法147条1項括弧書).</translation>
    </message>
    <message>
        <source>No seizure is running now (the last one was withdrawn or carried through).</source>
        <translation>No seizure is running now (the last one was withdrawn or carried through).</translation>
    </message>
    <message>
        <source>Several creditors seizing the same pay share one seizable part (民事執行法156条2項, 165条; 滞調法 between a tax office and a court): they do not each take it. Every creditor of this case seizing at once would take %1 a month.</source>
        <translation>Several creditors seizing the same pay share one seizable part (民事執行法156条2項, 165条; 滞調法 between a tax office and a court): they do not each take it. Every creditor of this case seizing at once would take %1 a month.</translation>
    </message>
    <message>
        <source>A support creditor may seize half of the net pay (民事執行法152条3項): %1 a month.</source>
        <translation>A support creditor may seize half of the net pay (民事執行法152条3項): %1 a month.</translation>
    </message>
    <message numerus="yes">
        <source>A tax office seizes under 国税徴収法76条, not 民事執行法152条: of the net pay, 10万円 plus 4.5万円 for each of %n dependent(s) and 20% of the rest stay protected: %1 a month can be taken.</source>
        <translation>
            <numerusform>A tax office seizes under 国税徴収法76条, not 民事執行法152条: of the net pay, 10万円 plus 4.5万円 for each of %n dependent(s) and 20% of the rest stay protected: %1 a month can be taken.</numerusform>
            <numerusform>A tax office seizes under 国税徴収法76条, not 民事執行法152条: of the net pay, 10万円 plus 4.5万円 for each of %n dependent(s) and 20% of the rest stay protected: %1 a month can be taken.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: late interest runs at the lawful %2%, not the contract&apos;s %3%: the rate is void above the cap (%4).</source>
        <translation>%1: late interest runs at the lawful %2%, not the contract&apos;s %3%: the rate is void above the cap (%4).</translation>
    </message>
    <message>
        <source>Late interest runs on the unpaid principal only (simple interest), day by day at each debt&apos;s lawful rate (the contract rate within the 利息制限法 cap, the cap above it) and day basis; the balance is shown at the same day of each month counted from %1.</source>
        <translation>Late interest runs on the unpaid principal only (simple interest), day by day at each debt&apos;s lawful rate (the contract rate within the 利息制限法 cap, the cap above it) and day basis; the balance is shown at the same day of each month counted from %1.</translation>
    </message>
    <message>
        <source>Disputed: the tax office&apos;s figure takes the 20% of 国税徴収法76条1項5号 to the yen and each deduction as entered; whether 徴収法基本通達 (76条関係) rounds these amounts, for example below 1,000円, could not be checked, so no such rounding is applied.</source>
        <translation>Disputed: the tax office&apos;s figure takes the 20% of 国税徴収法76条1項5号 to the yen and each deduction as entered; whether 徴収法基本通達 (76条関係) rounds these amounts, for example below 1,000円, could not be checked, so no such rounding is applied.</translation>
    </message>
    <message>
        <source>A 債務名義 exists (%1): the creditor can seize wages (%2, 民事執行法152条) and bank deposits (民事執行法143条) at any time, without further notice. The limitation period is now 10 years (民法169条).</source>
        <translation>A 債務名義 exists (%1): the creditor can seize wages (%2, 民事執行法152条) and bank deposits (民事執行法143条) at any time, without further notice. The limitation period is now 10 years (民法169条).</translation>
    </message>
</context>
<context>
    <name>zansai::CaseCourts</name>
    <message>
        <source>The client&apos;s prefecture is not entered, so the court is not known: the bankruptcy figures follow Tokyo District Court practice.</source>
        <translation>The client&apos;s prefecture is not entered, so the court is not known: the bankruptcy figures follow Tokyo District Court practice.</translation>
    </message>
    <message>
        <source>The bankruptcy figures (the thresholds for a case without a trustee and the trustee&apos;s deposit) follow Tokyo District Court practice; the client&apos;s court is the %1, whose practice may differ.</source>
        <translation>The bankruptcy figures (the thresholds for a case without a trustee and the trustee&apos;s deposit) follow Tokyo District Court practice; the client&apos;s court is the %1, whose practice may differ.</translation>
    </message>
</context>
<context>
    <name>zansai::CaseJson</name>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Unknown code &quot;%1&quot;. Use one of: %2.</source>
        <translation>Unknown code &quot;%1&quot;. Use one of: %2.</translation>
    </message>
    <message>
        <source>Enter text here.</source>
        <translation>Enter text here.</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Enter a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Enter the rate with at most 6 decimals.</source>
        <translation>Enter the rate with at most 6 decimals.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <source>The number must be between %1 and %2.</source>
        <translation>The number must be between %1 and %2.</translation>
    </message>
    <message>
        <source>Expected a JSON object here.</source>
        <translation>Expected a JSON object here.</translation>
    </message>
    <message>
        <source>Expected a list here.</source>
        <translation>Expected a list here.</translation>
    </message>
    <message>
        <source>This date is before the contract date (%1).</source>
        <translation>This date is before the contract date (%1).</translation>
    </message>
    <message>
        <source>These amounts add up to more than %1 yen.</source>
        <translation>These amounts add up to more than %1 yen.</translation>
    </message>
    <message>
        <source>A payment needs an amount greater than zero.</source>
        <translation>A payment needs an amount greater than zero.</translation>
    </message>
    <message>
        <source>Another debt already has the id &quot;%1&quot;.</source>
        <translation>Another debt already has the id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This is not a zansai-case/1 file: &quot;format&quot; must be &quot;zansai-case/1&quot;.</source>
        <translation>This is not a zansai-case/1 file: &quot;format&quot; must be &quot;zansai-case/1&quot;.</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1 (at character %2).</source>
        <translation>This is not valid JSON: %1 (at character %2).</translation>
    </message>
    <message>
        <source>A case file must be a JSON object { … }.</source>
        <translation>A case file must be a JSON object { … }.</translation>
    </message>
    <message>
        <source>This date is after the as-of date (%1): it cannot have happened yet.</source>
        <translation>This date is after the as-of date (%1): it cannot have happened yet.</translation>
    </message>
    <message>
        <source>This occupation is listed twice.</source>
        <translation>This occupation is listed twice.</translation>
    </message>
</context>
<context>
    <name>zansai::CaseLabels</name>
    <message>
        <source>Company employee</source>
        <translation>Company employee</translation>
    </message>
    <message>
        <source>Public servant</source>
        <translation>Public servant</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Self-employed</translation>
    </message>
    <message>
        <source>Part-time worker</source>
        <translation>Part-time worker</translation>
    </message>
    <message>
        <source>Pensioner</source>
        <translation>Pensioner</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Unemployed</translation>
    </message>
    <message>
        <source>Security guard</source>
        <translation>Security guard</translation>
    </message>
    <message>
        <source>Insurance agent</source>
        <translation>Insurance agent</translation>
    </message>
    <message>
        <source>Real estate transaction agent</source>
        <translation>Real estate transaction agent</translation>
    </message>
    <message>
        <source>Judicial scrivener</source>
        <translation>Judicial scrivener</translation>
    </message>
    <message>
        <source>Tax accountant</source>
        <translation>Tax accountant</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <source>Certified public accountant</source>
        <translation>Certified public accountant</translation>
    </message>
    <message>
        <source>Administrative scrivener</source>
        <translation>Administrative scrivener</translation>
    </message>
    <message>
        <source>Labour and social security attorney</source>
        <translation>Labour and social security attorney</translation>
    </message>
    <message>
        <source>Money lender</source>
        <translation>Money lender</translation>
    </message>
    <message>
        <source>Other occupation</source>
        <translation>Other occupation</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Twice a month</source>
        <translation>Twice a month</translation>
    </message>
    <message>
        <source>Every ten days</source>
        <translation>Every ten days</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Housing loan (residual)</source>
        <translation>Housing loan (residual)</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Credit card</translation>
    </message>
    <message>
        <source>Consumer loan</source>
        <translation>Consumer loan</translation>
    </message>
    <message>
        <source>Car loan</source>
        <translation>Car loan</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Child support</source>
        <translation>Child support</translation>
    </message>
    <message>
        <source>Other debt</source>
        <translation>Other debt</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Shinkin bank, credit cooperative, labour bank or JA</source>
        <translation>Shinkin bank, credit cooperative, labour bank or JA</translation>
    </message>
    <message>
        <source>Japan Housing Finance Agency (former GHLC)</source>
        <translation>Japan Housing Finance Agency (former GHLC)</translation>
    </message>
    <message>
        <source>Guarantee company (after subrogation)</source>
        <translation>Guarantee company (after subrogation)</translation>
    </message>
    <message>
        <source>Credit guarantee corporation</source>
        <translation>Credit guarantee corporation</translation>
    </message>
    <message>
        <source>Consumer finance company</source>
        <translation>Consumer finance company</translation>
    </message>
    <message>
        <source>Card company</source>
        <translation>Card company</translation>
    </message>
    <message>
        <source>Private individual</source>
        <translation>Private individual</translation>
    </message>
    <message>
        <source>Tax office or public authority</source>
        <translation>Tax office or public authority</translation>
    </message>
    <message>
        <source>Other lender</source>
        <translation>Other lender</translation>
    </message>
    <message>
        <source>365 days a year</source>
        <translation>365 days a year</translation>
    </message>
    <message>
        <source>Actual days (366 in leap years)</source>
        <translation>Actual days (366 in leap years)</translation>
    </message>
    <message>
        <source>No guarantor</source>
        <translation>No guarantor</translation>
    </message>
    <message>
        <source>Joint guarantor (a person)</source>
        <translation>Joint guarantor (a person)</translation>
    </message>
    <message>
        <source>Guarantee company</source>
        <translation>Guarantee company</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Acknowledgment of the debt</source>
        <translation>Acknowledgment of the debt</translation>
    </message>
    <message>
        <source>Voluntary sale settled</source>
        <translation>Voluntary sale settled</translation>
    </message>
    <message>
        <source>Demand for payment</source>
        <translation>Demand for payment</translation>
    </message>
    <message>
        <source>Written agreement to negotiate</source>
        <translation>Written agreement to negotiate</translation>
    </message>
    <message>
        <source>Negotiation refused in writing</source>
        <translation>Negotiation refused in writing</translation>
    </message>
    <message>
        <source>Lawsuit served</source>
        <translation>Lawsuit served</translation>
    </message>
    <message>
        <source>Payment order served</source>
        <translation>Payment order served</translation>
    </message>
    <message>
        <source>Payment order with provisional enforcement served</source>
        <translation>Payment order with provisional enforcement served</translation>
    </message>
    <message>
        <source>Judgment served</source>
        <translation>Judgment served</translation>
    </message>
    <message>
        <source>Judgment final</source>
        <translation>Judgment final</translation>
    </message>
    <message>
        <source>Court settlement</source>
        <translation>Court settlement</translation>
    </message>
    <message>
        <source>Enforceable notarial deed</source>
        <translation>Enforceable notarial deed</translation>
    </message>
    <message>
        <source>Seizure filed</source>
        <translation>Seizure filed</translation>
    </message>
    <message>
        <source>Auction filed</source>
        <translation>Auction filed</translation>
    </message>
    <message>
        <source>Auction withdrawn</source>
        <translation>Auction withdrawn</translation>
    </message>
    <message>
        <source>Claim assigned to a servicer</source>
        <translation>Claim assigned to a servicer</translation>
    </message>
    <message>
        <source>Limitation invoked</source>
        <translation>Limitation invoked</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>Wages</translation>
    </message>
    <message>
        <source>Bank deposits</source>
        <translation>Bank deposits</translation>
    </message>
    <message>
        <source>Other assets</source>
        <translation>Other assets</translation>
    </message>
    <message>
        <source>Voluntary sale</source>
        <translation>Voluntary sale</translation>
    </message>
    <message>
        <source>Auction</source>
        <translation>Auction</translation>
    </message>
    <message>
        <source>Salary (take-home)</source>
        <translation>Salary (take-home)</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>Pension</translation>
    </message>
    <message>
        <source>Business income</source>
        <translation>Business income</translation>
    </message>
    <message>
        <source>Spouse&apos;s income</source>
        <translation>Spouse&apos;s income</translation>
    </message>
    <message>
        <source>Allowances and benefits</source>
        <translation>Allowances and benefits</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>Other income</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>Rent</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Food</translation>
    </message>
    <message>
        <source>Utilities</source>
        <translation>Utilities</translation>
    </message>
    <message>
        <source>Phone and internet</source>
        <translation>Phone and internet</translation>
    </message>
    <message>
        <source>Insurance premiums</source>
        <translation>Insurance premiums</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Medical</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Daily necessities</source>
        <translation>Daily necessities</translation>
    </message>
    <message>
        <source>Other debt payments</source>
        <translation>Other debt payments</translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation>Other expenses</translation>
    </message>
    <message>
        <source>Child support paid</source>
        <translation>Child support paid</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>Clothing</translation>
    </message>
    <message>
        <source>Social expenses</source>
        <translation>Social expenses</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>Leisure</translation>
    </message>
    <message>
        <source>Car costs</source>
        <translation>Car costs</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Lawsuit withdrawn</source>
        <translation>Lawsuit withdrawn</translation>
    </message>
    <message>
        <source>Lawsuit dismissed without a decision</source>
        <translation>Lawsuit dismissed without a decision</translation>
    </message>
    <message>
        <source>Objection to the payment order filed</source>
        <translation>Objection to the payment order filed</translation>
    </message>
    <message>
        <source>Payment order lapsed</source>
        <translation>Payment order lapsed</translation>
    </message>
    <message>
        <source>Seizure or auction withdrawn</source>
        <translation>Seizure or auction withdrawn</translation>
    </message>
    <message>
        <source>Seizure or auction completed</source>
        <translation>Seizure or auction completed</translation>
    </message>
    <message>
        <source>The client&apos;s own debt</source>
        <translation>The client&apos;s own debt</translation>
    </message>
    <message>
        <source>The client is joint guarantor</source>
        <translation>The client is joint guarantor</translation>
    </message>
    <message>
        <source>Court practice (whole years first, then 365 or 366)</source>
        <translation>Court practice (whole years first, then 365 or 366)</translation>
    </message>
</context>
<context>
    <name>zansai::CaseStore</name>
    <message>
        <source>There is no case %1 in the store.</source>
        <translation>There is no case %1 in the store.</translation>
    </message>
    <message>
        <source>There is no backup of it.</source>
        <translation>There is no backup of it.</translation>
    </message>
    <message>
        <source>The newest backup is %1: restore it to continue.</source>
        <translation>The newest backup is %1: restore it to continue.</translation>
    </message>
    <message>
        <source>No case store file was given.</source>
        <translation>No case store file was given.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a case store.</source>
        <translation>%1 is a folder, not a case store.</translation>
    </message>
    <message>
        <source>%1 is not a case store (it is not an SQLite database). It was not changed.</source>
        <translation>%1 is not a case store (it is not an SQLite database). It was not changed.</translation>
    </message>
    <message>
        <source>This case store was written by a newer version of Zansai Navigator. It was not changed: use the newer version.</source>
        <translation>This case store was written by a newer version of Zansai Navigator. It was not changed: use the newer version.</translation>
    </message>
    <message>
        <source>the store cannot use write-ahead logging</source>
        <translation>the store cannot use write-ahead logging</translation>
    </message>
    <message>
        <source>foreign keys cannot be enforced</source>
        <translation>foreign keys cannot be enforced</translation>
    </message>
    <message>
        <source>The case store %1 is damaged (%2).</source>
        <translation>The case store %1 is damaged (%2).</translation>
    </message>
    <message>
        <source>The backup %1 could not be written.</source>
        <translation>The backup %1 could not be written.</translation>
    </message>
    <message>
        <source>This case was saved elsewhere (another window or program) after you opened it: the store has version %1, your changes are based on version %2. Your changes were not saved: reload the case, or save them as a copy.</source>
        <translation>This case was saved elsewhere (another window or program) after you opened it: the store has version %1, your changes are based on version %2. Your changes were not saved: reload the case, or save them as a copy.</translation>
    </message>
    <message>
        <source>Case %1 has no version %2.</source>
        <translation>Case %1 has no version %2.</translation>
    </message>
    <message>
        <source>The stored case %1 cannot be read: %2</source>
        <translation>The stored case %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>A backup cannot be restored over itself.</source>
        <translation>A backup cannot be restored over itself.</translation>
    </message>
    <message>
        <source>The backup %1 is missing or is not a case store.</source>
        <translation>The backup %1 is missing or is not a case store.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2</source>
        <translation>The backup %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied.</source>
        <translation>The backup %1 could not be copied.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1; the store was kept as %2.</source>
        <translation>The backup could not be put in place of %1; the store was kept as %2.</translation>
    </message>
    <message>
        <source>The schema file %1 is not named NNN_description.sql.</source>
        <translation>The schema file %1 is not named NNN_description.sql.</translation>
    </message>
    <message>
        <source>The schema file %1 cannot be read.</source>
        <translation>The schema file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The schema files are not numbered 001, 002, … without gaps (at %1).</source>
        <translation>The schema files are not numbered 001, 002, … without gaps (at %1).</translation>
    </message>
    <message>
        <source>The schema files are missing from the program.</source>
        <translation>The schema files are missing from the program.</translation>
    </message>
    <message>
        <source>This case store was written by a newer version of Zansai Navigator (schema %1; this version knows up to %2). It was not changed: use the newer version.</source>
        <translation>This case store was written by a newer version of Zansai Navigator (schema %1; this version knows up to %2). It was not changed: use the newer version.</translation>
    </message>
    <message>
        <source>The case store could not be upgraded by %1: %2</source>
        <translation>The case store could not be upgraded by %1: %2</translation>
    </message>
    <message>
        <source>The case store could not be read or written (%1).</source>
        <translation>The case store could not be read or written (%1).</translation>
    </message>
    <message>
        <source>The file %1 could not be written (%2).</source>
        <translation>The file %1 could not be written (%2).</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
    <message>
        <source>The file %1 could not be moved aside (%2): nothing was changed.</source>
        <translation>The file %1 could not be moved aside (%2): nothing was changed.</translation>
    </message>
    <message>
        <source>The case store %1 cannot be opened (%2).</source>
        <translation>The case store %1 cannot be opened (%2).</translation>
    </message>
    <message>
        <source>The case store %1 is damaged (%2). It was not changed.</source>
        <translation>The case store %1 is damaged (%2). It was not changed.</translation>
    </message>
    <message>
        <source>The case store is damaged (%1).</source>
        <translation>The case store is damaged (%1).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a case store. It was not changed: choose another file for the case store.</source>
        <translation>%1 is an SQLite database of another program, not a case store. It was not changed: choose another file for the case store.</translation>
    </message>
    <message>
        <source>There is no case store %1, and none is created there.</source>
        <translation>There is no case store %1, and none is created there.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket): it is not a case store. It was not opened.</source>
        <translation>%1 is not a regular file (a device, a pipe or a socket): it is not a case store. It was not opened.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). A case store is never empty, so this file is not used as one and was not changed: move it away to start a new store there.</source>
        <translation>%1 is empty (0 bytes). A case store is never empty, so this file is not used as one and was not changed: move it away to start a new store there.</translation>
    </message>
    <message>
        <source>its header cannot be read</source>
        <translation>its header cannot be read</translation>
    </message>
    <message>
        <source>The case store is locked: unlock it with its passphrase.</source>
        <translation>The case store is locked: unlock it with its passphrase.</translation>
    </message>
    <message>
        <source>The list entry of case %1 cannot be read.</source>
        <translation>The list entry of case %1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>%1 cannot be removed.</translation>
    </message>
    <message>
        <source>%1 could not be replaced: %2</source>
        <translation>%1 could not be replaced: %2</translation>
    </message>
    <message>
        <source>The case store %1 is already encrypted.</source>
        <translation>The case store %1 is already encrypted.</translation>
    </message>
    <message>
        <source>Give the new passphrase of the case store.</source>
        <translation>Give the new passphrase of the case store.</translation>
    </message>
    <message>
        <source>The case store is in use by another window or program: close it, then encrypt again.</source>
        <translation>The case store is in use by another window or program: close it, then encrypt again.</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>The encryption library could not be started.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>The passphrase is empty.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key from the passphrase (Argon2id needs %1 MiB).</source>
        <translation>There is not enough memory to derive the key from the passphrase (Argon2id needs %1 MiB).</translation>
    </message>
    <message>
        <source>This case store is encrypted: give its passphrase.</source>
        <translation>This case store is encrypted: give its passphrase.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>The passphrase is wrong.</translation>
    </message>
    <message>
        <source>This is not a recovery key: it has 52 letters and digits in groups of four.</source>
        <translation>This is not a recovery key: it has 52 letters and digits in groups of four.</translation>
    </message>
    <message>
        <source>The recovery key is wrong.</source>
        <translation>The recovery key is wrong.</translation>
    </message>
    <message>
        <source>An encrypted record of case %1 is too short.</source>
        <translation>An encrypted record of case %1 is too short.</translation>
    </message>
    <message>
        <source>An encrypted record of case %1 (version %2) fails its authentication: it was changed or moved outside the program.</source>
        <translation>An encrypted record of case %1 (version %2) fails its authentication: it was changed or moved outside the program.</translation>
    </message>
    <message>
        <source>The case store %1 could not be read (%2).</source>
        <translation>The case store %1 could not be read (%2).</translation>
    </message>
    <message>
        <source>the new case has no number</source>
        <translation>the new case has no number</translation>
    </message>
    <message>
        <source>The audit trail has an unknown action %1.</source>
        <translation>The audit trail has an unknown action %1.</translation>
    </message>
    <message>
        <source>A backup of the case store</source>
        <translation>A backup of the case store</translation>
    </message>
    <message>
        <source>Restoring a backup file</source>
        <translation>Restoring a backup file</translation>
    </message>
    <message>
        <source>%1 is only for a case store file on this computer. A firm store on PostgreSQL is kept safe by its server: its backups are made there (pg_dump), and its disks are encrypted there.</source>
        <translation>%1 is only for a case store file on this computer. A firm store on PostgreSQL is kept safe by its server: its backups are made there (pg_dump), and its disks are encrypted there.</translation>
    </message>
    <message>
        <source>This installation cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver (package libqt6sql6-psql) is missing.</source>
        <translation>This installation cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver (package libqt6sql6-psql) is missing.</translation>
    </message>
    <message>
        <source>The firm&apos;s case store %1 could not be reached: %2</source>
        <translation>The firm&apos;s case store %1 could not be reached: %2</translation>
    </message>
    <message>
        <source>The database of %1 is not in UTF-8 (it is %2): Japanese names cannot be kept there. Create it with ENCODING &apos;UTF8&apos;.</source>
        <translation>The database of %1 is not in UTF-8 (it is %2): Japanese names cannot be kept there. Create it with ENCODING &apos;UTF8&apos;.</translation>
    </message>
    <message>
        <source>Encryption at rest</source>
        <translation>Encryption at rest</translation>
    </message>
    <message>
        <source>The case store address %1 cannot be used: %2</source>
        <translation>The case store address %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>it is not a postgresql://user@host:port/database address.</source>
        <translation>it is not a postgresql://user@host:port/database address.</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535.</source>
        <translation>the port must be a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>the database name must not contain &apos;/&apos;.</source>
        <translation>the database name must not contain &apos;/&apos;.</translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation>sslmode must be one of %1.</translation>
    </message>
    <message>
        <source>the value of %1 must not contain ; or &apos;.</source>
        <translation>the value of %1 must not contain ; or &apos;.</translation>
    </message>
    <message>
        <source>%1 is not a connection setting it knows (sslmode, connect_timeout, host, port, …).</source>
        <translation>%1 is not a connection setting it knows (sslmode, connect_timeout, host, port, …).</translation>
    </message>
    <message>
        <source>A case to move in needs a key and at least one version.</source>
        <translation>A case to move in needs a key and at least one version.</translation>
    </message>
</context>
<context>
    <name>zansai::Consultation</name>
    <message>
        <source>The limitation cannot be counted until the contract date and the date the whole balance fell due are entered.</source>
        <translation>The limitation cannot be counted until the contract date and the date the whole balance fell due are entered.</translation>
    </message>
    <message>
        <source>%1: the amount owed is not entered yet, so it is left out of every total and of the options.</source>
        <translation>%1: the amount owed is not entered yet, so it is left out of every total and of the options.</translation>
    </message>
    <message>
        <source>%1: the late-payment rate or the date the whole balance fell due is not entered yet, so no late interest is counted for it.</source>
        <translation>%1: the late-payment rate or the date the whole balance fell due is not entered yet, so no late interest is counted for it.</translation>
    </message>
    <message>
        <source>%1: the contract date or the date the whole balance fell due is not entered yet, so its limitation is not counted.</source>
        <translation>%1: the contract date or the date the whole balance fell due is not entered yet, so its limitation is not counted.</translation>
    </message>
    <message>
        <source>%1: the creditor&apos;s name is not entered yet.</source>
        <translation>%1: the creditor&apos;s name is not entered yet.</translation>
    </message>
    <message>
        <source>Some answers are missing: the figures below are incomplete. Court events and deadlines are counted in full.</source>
        <translation>Some answers are missing: the figures below are incomplete. Court events and deadlines are counted in full.</translation>
    </message>
    <message>
        <source>Assessed as of %1; the case was last consulted on %2. Deadlines and balances are counted to %1.</source>
        <translation>Assessed as of %1; the case was last consulted on %2. Deadlines and balances are counted to %1.</translation>
    </message>
</context>
<context>
    <name>zansai::CreditRecord</name>
    <message>
        <source>The default stays on record while the debt is unpaid: CIC and JICC keep it during the contract and 5 years after it ends; KSC counts its 5 years from payment in full, so an unpaid balance stays on record indefinitely.</source>
        <translation>The default stays on record while the debt is unpaid: CIC and JICC keep it during the contract and 5 years after it ends; KSC counts its 5 years from payment in full, so an unpaid balance stays on record indefinitely.</translation>
    </message>
    <message>
        <source>CIC, JICC and KSC: 5 years after the last payment (years from now: %1).</source>
        <translation>CIC, JICC and KSC: 5 years after the last payment (years from now: %1).</translation>
    </message>
    <message>
        <source>CIC and JICC: 5 years after the last payment or the discharge. KSC: the official gazette entry for %1 years from the order commencing the procedure (older sources say 10 years; we use the members&apos; current notice: reference §12.6).</source>
        <translation>CIC and JICC: 5 years after the last payment or the discharge. KSC: the official gazette entry for %1 years from the order commencing the procedure (older sources say 10 years; we use the members&apos; current notice: reference §12.6).</translation>
    </message>
    <message>
        <source>JICC records an invocation the creditor accepts as payment in full on that day; CIC and KSC count 5 years from the end of the contract. Until the creditor reports it, the default stays.</source>
        <translation>JICC records an invocation the creditor accepts as payment in full on that day; CIC and KSC count 5 years from the end of the contract. Until the creditor reports it, the default stays.</translation>
    </message>
</context>
<context>
    <name>zansai::DebtName</name>
    <message>
        <source>debt no. %1</source>
        <translation>debt no. %1</translation>
    </message>
    <message>
        <source>%1 (originally %2)</source>
        <translation>%1 (originally %2)</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (no. %2)</translation>
    </message>
</context>
<context>
    <name>zansai::Limitation</name>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Acknowledgment of the debt</source>
        <translation>Acknowledgment of the debt</translation>
    </message>
    <message>
        <source>Voluntary sale settled</source>
        <translation>Voluntary sale settled</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demand</translation>
    </message>
    <message>
        <source>Agreement to negotiate</source>
        <translation>Agreement to negotiate</translation>
    </message>
    <message>
        <source>Refusal to negotiate</source>
        <translation>Refusal to negotiate</translation>
    </message>
    <message>
        <source>Lawsuit served</source>
        <translation>Lawsuit served</translation>
    </message>
    <message>
        <source>Payment order served</source>
        <translation>Payment order served</translation>
    </message>
    <message>
        <source>Payment order with provisional enforcement served</source>
        <translation>Payment order with provisional enforcement served</translation>
    </message>
    <message>
        <source>Judgment served</source>
        <translation>Judgment served</translation>
    </message>
    <message>
        <source>Judgment final</source>
        <translation>Judgment final</translation>
    </message>
    <message>
        <source>Court settlement</source>
        <translation>Court settlement</translation>
    </message>
    <message>
        <source>Enforceable notarial deed</source>
        <translation>Enforceable notarial deed</translation>
    </message>
    <message>
        <source>Seizure filed</source>
        <translation>Seizure filed</translation>
    </message>
    <message>
        <source>Auction filed</source>
        <translation>Auction filed</translation>
    </message>
    <message>
        <source>Auction withdrawn</source>
        <translation>Auction withdrawn</translation>
    </message>
    <message>
        <source>Claim assigned</source>
        <translation>Claim assigned</translation>
    </message>
    <message>
        <source>Limitation invoked</source>
        <translation>Limitation invoked</translation>
    </message>
    <message>
        <source>Before 2020-04-01 this is an interruption (中断) under the old law, with the same effect (Supplementary Provisions art. 10(2)).</source>
        <translation>Before 2020-04-01 this is an interruption (中断) under the old law, with the same effect (Supplementary Provisions art. 10(2)).</translation>
    </message>
    <message>
        <source>That is before the period ends anyway (%1), so the date does not change.</source>
        <translation>That is before the period ends anyway (%1), so the date does not change.</translation>
    </message>
    <message>
        <source>No contract date recorded, but the acceleration on %1 is before 2020-04-01, so the contract was too: the old law&apos;s period applies.</source>
        <translation>No contract date recorded, but the acceleration on %1 is before 2020-04-01, so the contract was too: the old law&apos;s period applies.</translation>
    </message>
    <message>
        <source>No contract date recorded: the old law is assumed, which gives the longer period where the two differ. Record the contract date to be sure.</source>
        <translation>No contract date recorded: the old law is assumed, which gives the longer period where the two differ. Record the contract date to be sure.</translation>
    </message>
    <message>
        <source>Guarantee-commission contract of %1 is before 2020-04-01: the old law&apos;s period applies to the right of reimbursement (求償権) even though it arises at subrogation. This reading of Supplementary Provisions art. 10(1) is ours and not verified against the Ministry of Justice&apos;s Q&amp;A.</source>
        <translation>Guarantee-commission contract of %1 is before 2020-04-01: the old law&apos;s period applies to the right of reimbursement (求償権) even though it arises at subrogation. This reading of Supplementary Provisions art. 10(1) is ours and not verified against the Ministry of Justice&apos;s Q&amp;A.</translation>
    </message>
    <message>
        <source>Disputed: the subrogation (%1) is after 2020-04-01 but the guarantee-commission contract (%2) is before; the old law is applied on our reading of Supplementary Provisions art. 10(1) (not verified).</source>
        <translation>Disputed: the subrogation (%1) is after 2020-04-01 but the guarantee-commission contract (%2) is before; the old law is applied on our reading of Supplementary Provisions art. 10(1) (not verified).</translation>
    </message>
    <message>
        <source>Contract of %1 is before 2020-04-01: the old law&apos;s period applies.</source>
        <translation>Contract of %1 is before 2020-04-01: the old law&apos;s period applies.</translation>
    </message>
    <message>
        <source>Contract of %1 is on or after 2020-04-01: the new law applies.</source>
        <translation>Contract of %1 is on or after 2020-04-01: the new law applies.</translation>
    </message>
    <message>
        <source>New law: 5 years from when the creditor knew it could claim. The creditor of an accelerated loan knows at once, so the 10-year limb (art. 166(1)(ii)) runs from the same day and never ends earlier.</source>
        <translation>New law: 5 years from when the creditor knew it could claim. The creditor of an accelerated loan knows at once, so the 10-year limb (art. 166(1)(ii)) runs from the same day and never ends earlier.</translation>
    </message>
    <message>
        <source>Old law: the guarantee company is a stock company and the guarantee-commission contract its commercial act, so the claim is commercial: 5 years.</source>
        <translation>Old law: the guarantee company is a stock company and the guarantee-commission contract its commercial act, so the claim is commercial: 5 years.</translation>
    </message>
    <message>
        <source>Old law: the creditor is a stock company, whose loans are commercial acts, so the claim is commercial: 5 years.</source>
        <translation>Old law: the creditor is a stock company, whose loans are commercial acts, so the claim is commercial: 5 years.</translation>
    </message>
    <message>
        <source>Old law: a credit union, labour bank or JA is not a merchant (最判昭和63年10月18日), so a loan to a private borrower is a civil claim: 10 years. A business loan to a merchant would be commercial: 5 years.</source>
        <translation>Old law: a credit union, labour bank or JA is not a merchant (最判昭和63年10月18日), so a loan to a private borrower is a civil claim: 10 years. A business loan to a merchant would be commercial: 5 years.</translation>
    </message>
    <message>
        <source>Old law: the Japan Housing Finance Agency (former 住宅金融公庫) is not a merchant, so the claim is civil: 10 years.</source>
        <translation>Old law: the Japan Housing Finance Agency (former 住宅金融公庫) is not a merchant, so the claim is civil: 10 years.</translation>
    </message>
    <message>
        <source>Old law: a public credit-guarantee body is not a merchant, so the right of reimbursement is civil: 10 years, unless the debtor is a merchant. For the 公庫住宅融資保証協会 this is not verified.</source>
        <translation>Old law: a public credit-guarantee body is not a merchant, so the right of reimbursement is civil: 10 years, unless the debtor is a merchant. For the 公庫住宅融資保証協会 this is not verified.</translation>
    </message>
    <message>
        <source>Not verified: the old-law period of a public guarantor&apos;s right of reimbursement is taken as 10 years (civil).</source>
        <translation>Not verified: the old-law period of a public guarantor&apos;s right of reimbursement is taken as 10 years (civil).</translation>
    </message>
    <message>
        <source>Old law: a private lender, so the claim is civil: 10 years (5 years if either party acted as a merchant).</source>
        <translation>Old law: a private lender, so the claim is civil: 10 years (5 years if either party acted as a merchant).</translation>
    </message>
    <message>
        <source>Old law: the kind of creditor is not known, so the claim is treated as civil: 10 years. If the creditor is a company, the claim is commercial: 5 years (Commercial Code art. 522).</source>
        <translation>Old law: the kind of creditor is not known, so the claim is treated as civil: 10 years. If the creditor is a company, the claim is commercial: 5 years (Commercial Code art. 522).</translation>
    </message>
    <message>
        <source>Creditor kind unknown: the old-law period is taken as 10 years (civil). For a company creditor it would be 5 years.</source>
        <translation>Creditor kind unknown: the old-law period is taken as 10 years (civil). For a company creditor it would be 5 years.</translation>
    </message>
    <message>
        <source>An event without a valid date was not counted.</source>
        <translation>An event without a valid date was not counted.</translation>
    </message>
    <message>
        <source>Subrogation (代位弁済) on %1: the period runs from the next day, %2, for %3 years and ends %4.</source>
        <translation>Subrogation (代位弁済) on %1: the period runs from the next day, %2, for %3 years and ends %4.</translation>
    </message>
    <message>
        <source>Accelerated on %1: the period runs from the next day, %2, for %3 years and ends %4.</source>
        <translation>Accelerated on %1: the period runs from the next day, %2, for %3 years and ends %4.</translation>
    </message>
    <message>
        <source>%1 on %2 came before the period began (%3): no effect on it.</source>
        <translation>%1 on %2 came before the period began (%3): no effect on it.</translation>
    </message>
    <message>
        <source>%1 on %2 came after the limitation was invoked on %3: the claim is extinguished and this does not revive it.</source>
        <translation>%1 on %2 came after the limitation was invoked on %3: the claim is extinguished and this does not revive it.</translation>
    </message>
    <message>
        <source>Claim assigned on %1 (e.g. sold to a servicer): it keeps its identity and its period; nothing is renewed or changed.</source>
        <translation>Claim assigned on %1 (e.g. sold to a servicer): it keeps its identity and its period; nothing is renewed or changed.</translation>
    </message>
    <message>
        <source>%1 on %2 came after the period completed on %3: the debtor can no longer invoke that completion, even without knowing of it. A new %4-year period runs and ends %5.</source>
        <translation>%1 on %2 came after the period completed on %3: the debtor can no longer invoke that completion, even without knowing of it. A new %4-year period runs and ends %5.</translation>
    </message>
    <message>
        <source>Demand on %1: the period had already completed on %2, so it has no effect.</source>
        <translation>Demand on %1: the period had already completed on %2, so it has no effect.</translation>
    </message>
    <message>
        <source>Demand on %1 while an earlier demand is holding off completion: a second demand has no effect (the suspension still ends %2).</source>
        <translation>Demand on %1 while an earlier demand is holding off completion: a second demand has no effect (the suspension still ends %2).</translation>
    </message>
    <message>
        <source>Demand on %1 while an agreement to negotiate is holding off completion: no effect (the suspension still ends %2).</source>
        <translation>Demand on %1 while an agreement to negotiate is holding off completion: no effect (the suspension still ends %2).</translation>
    </message>
    <message>
        <source>Demand on %1: completion is suspended until %2 (6 months). Only a suit, payment order or other court step by then keeps the claim alive; another demand will not.</source>
        <translation>Demand on %1: completion is suspended until %2 (6 months). Only a suit, payment order or other court step by then keeps the claim alive; another demand will not.</translation>
    </message>
    <message>
        <source>Before 2020-04-01 a demand interrupted the period only if a suit or the like followed within 6 months (old art. 153); the last day is the same.</source>
        <translation>Before 2020-04-01 a demand interrupted the period only if a suit or the like followed within 6 months (old art. 153); the last day is the same.</translation>
    </message>
    <message>
        <source>Agreement to negotiate on %1: made before 2020-04-01, so art. 151 does not apply and it has no effect.</source>
        <translation>Agreement to negotiate on %1: made before 2020-04-01, so art. 151 does not apply and it has no effect.</translation>
    </message>
    <message>
        <source>Agreement to negotiate on %1: the period had already completed on %2, so it suspends nothing. Take care: agreeing to discuss repayment can be read as acknowledging the debt.</source>
        <translation>Agreement to negotiate on %1: the period had already completed on %2, so it suspends nothing. Take care: agreeing to discuss repayment can be read as acknowledging the debt.</translation>
    </message>
    <message>
        <source>Agreement to negotiate on %1 while a demand is holding off completion: no effect (the suspension still ends %2).</source>
        <translation>Agreement to negotiate on %1 while a demand is holding off completion: no effect (the suspension still ends %2).</translation>
    </message>
    <message>
        <source>Renewed agreement to negotiate on %1: suspended only until %2, the cap of 5 years from the original completion date %3.</source>
        <translation>Renewed agreement to negotiate on %1: suspended only until %2, the cap of 5 years from the original completion date %3.</translation>
    </message>
    <message>
        <source>Renewed agreement to negotiate on %1, made during the suspension: completion is suspended until %2.</source>
        <translation>Renewed agreement to negotiate on %1, made during the suspension: completion is suspended until %2.</translation>
    </message>
    <message>
        <source>Written agreement to negotiate on %1: completion is suspended until %2 (one year, an agreed shorter term, or 6 months after a written refusal, whichever comes first).</source>
        <translation>Written agreement to negotiate on %1: completion is suspended until %2 (one year, an agreed shorter term, or 6 months after a written refusal, whichever comes first).</translation>
    </message>
    <message>
        <source>The agreed term (to %1) is not shorter than one year, so the one-year limit applies.</source>
        <translation>The agreed term (to %1) is not shorter than one year, so the one-year limit applies.</translation>
    </message>
    <message>
        <source>Written refusal to continue negotiating on %1: no agreement to negotiate is in force, so it has no effect.</source>
        <translation>Written refusal to continue negotiating on %1: no agreement to negotiate is in force, so it has no effect.</translation>
    </message>
    <message>
        <source>Written refusal to continue negotiating on %1: the suspension by agreement now ends %2 (6 months after the refusal).</source>
        <translation>Written refusal to continue negotiating on %1: the suspension by agreement now ends %2 (6 months after the refusal).</translation>
    </message>
    <message>
        <source>Written refusal to continue negotiating on %1: 6 months from it would run past the agreement&apos;s own end, %2, which stays.</source>
        <translation>Written refusal to continue negotiating on %1: 6 months from it would run past the agreement&apos;s own end, %2, which stays.</translation>
    </message>
    <message>
        <source>Judgment served on %1: the 2-week appeal period ends %2 (a last day on which the courts are closed moves to the next open day). Without an appeal the judgment becomes final then.</source>
        <translation>Judgment served on %1: the 2-week appeal period ends %2 (a last day on which the courts are closed moves to the next open day). Without an appeal the judgment becomes final then.</translation>
    </message>
    <message>
        <source>Payment order with a declaration of provisional enforcement served on %1: the creditor can enforce at once. The 2-week objection period ends %2; without an objection the order becomes final like a judgment.</source>
        <translation>Payment order with a declaration of provisional enforcement served on %1: the creditor can enforce at once. The 2-week objection period ends %2; without an objection the order becomes final like a judgment.</translation>
    </message>
    <message>
        <source>%1 on %2: the period had completed on %3, unless the claim was filed by then (the filing date counts, not service). Invoke the limitation in the proceedings; once the claim is fixed by a final judgment the completion can no longer be raised.</source>
        <translation>%1 on %2: the period had completed on %3, unless the claim was filed by then (the filing date counts, not service). Invoke the limitation in the proceedings; once the claim is fixed by a final judgment the completion can no longer be raised.</translation>
    </message>
    <message>
        <source>Court settlement on %1: the right is fixed with the force of a final judgment; a new 10-year period runs from the next day and ends %2. Instalments not yet due at the settlement keep their own period (art. 169(2)).</source>
        <translation>Court settlement on %1: the right is fixed with the force of a final judgment; a new 10-year period runs from the next day and ends %2. Instalments not yet due at the settlement keep their own period (art. 169(2)).</translation>
    </message>
    <message>
        <source>%1 on %2 after the period completed on %3: invoke the limitation (an objection suit against enforcement).</source>
        <translation>%1 on %2 after the period completed on %3: invoke the limitation (an objection suit against enforcement).</translation>
    </message>
    <message>
        <source>Auction filed on %1, before 2020-04-01: an interruption (中断) under the old law; a new period starts when it ends, but a withdrawal or cancellation undoes it entirely (old art. 154).</source>
        <translation>Auction filed on %1, before 2020-04-01: an interruption (中断) under the old law; a new period starts when it ends, but a withdrawal or cancellation undoes it entirely (old art. 154).</translation>
    </message>
    <message>
        <source>Auction filed on %1: completion is suspended while it runs, and a new period starts when it ends; if it is withdrawn, only 6 months after that.</source>
        <translation>Auction filed on %1: completion is suspended while it runs, and a new period starts when it ends; if it is withdrawn, only 6 months after that.</translation>
    </message>
    <message>
        <source>Auction withdrawn on %1: no pending auction is recorded, so it has no effect.</source>
        <translation>Auction withdrawn on %1: no pending auction is recorded, so it has no effect.</translation>
    </message>
    <message>
        <source>Auction withdrawn on %1: the old-law interruption by the filing is undone as if it never happened (old art. 154); the period ends %2.</source>
        <translation>Auction withdrawn on %1: the old-law interruption by the filing is undone as if it never happened (old art. 154); the period ends %2.</translation>
    </message>
    <message>
        <source>Auction withdrawn on %1 (e.g. for a voluntary sale): no renewal; completion is suspended only until %2 (6 months after the withdrawal).</source>
        <translation>Auction withdrawn on %1 (e.g. for a voluntary sale): no renewal; completion is suspended only until %2 (6 months after the withdrawal).</translation>
    </message>
    <message>
        <source>Limitation invoked on %1, after completion on %2: the claim is extinguished, with effect back to the start of the period.</source>
        <translation>Limitation invoked on %1, after completion on %2: the claim is extinguished, with effect back to the start of the period.</translation>
    </message>
    <message>
        <source>Limitation invoked on %1 while a proceeding is pending: the period has not completed, so it has no effect.</source>
        <translation>Limitation invoked on %1 while a proceeding is pending: the period has not completed, so it has no effect.</translation>
    </message>
    <message>
        <source>Limitation invoked on %1 before completion (%2): no effect.</source>
        <translation>Limitation invoked on %1 before completion (%2): no effect.</translation>
    </message>
    <message>
        <source>Events dated after %1 (the as-of date) were not counted.</source>
        <translation>Events dated after %1 (the as-of date) were not counted.</translation>
    </message>
    <message>
        <source>A court proceeding or enforcement is pending: completion is suspended while it lasts, so %1 is only the earliest possible date.</source>
        <translation>A court proceeding or enforcement is pending: completion is suspended while it lasts, so %1 is only the earliest possible date.</translation>
    </message>
    <message>
        <source>a national holiday</source>
        <translation>a national holiday</translation>
    </message>
    <message>
        <source>a year-end or New Year court closure day</source>
        <translation>a year-end or New Year court closure day</translation>
    </message>
    <message>
        <source>a Sunday</source>
        <translation>a Sunday</translation>
    </message>
    <message>
        <source>a Saturday</source>
        <translation>a Saturday</translation>
    </message>
    <message>
        <source>The last day, %1, is %2, when the courts are closed. Choice made: Civil Code art. 142 (a period ending on a holiday runs to the next day) is not applied to limitation, the prevailing view since a claim can be filed on a holiday (大阪地判昭和48年9月4日). A minority view would extend it to the next business day; there is no Supreme Court ruling.</source>
        <translation>The last day, %1, is %2, when the courts are closed. Choice made: Civil Code art. 142 (a period ending on a holiday runs to the next day) is not applied to limitation, the prevailing view since a claim can be filed on a holiday (大阪地判昭和48年9月4日). A minority view would extend it to the next business day; there is no Supreme Court ruling.</translation>
    </message>
    <message>
        <source>The payment or acknowledgment of %1 came after completion: that completion can no longer be invoked, and a new period runs.</source>
        <translation>The payment or acknowledgment of %1 came after completion: that completion can no longer be invoked, and a new period runs.</translation>
    </message>
    <message>
        <source>The period has completed. Do not pay or acknowledge anything, not even a token payment: that forfeits the defence even without knowing it had completed (最判昭和41年4月20日). Invoke it in writing (内容証明 with 配達証明, Civil Code art. 145).</source>
        <translation>The period has completed. Do not pay or acknowledge anything, not even a token payment: that forfeits the defence even without knowing it had completed (最判昭和41年4月20日). Invoke it in writing (内容証明 with 配達証明, Civil Code art. 145).</translation>
    </message>
    <message>
        <source>Once the period completes, any payment or acknowledgment, even a token payment to a servicer, forfeits the defence (最判昭和41年4月20日).</source>
        <translation>Once the period completes, any payment or acknowledgment, even a token payment to a servicer, forfeits the defence (最判昭和41年4月20日).</translation>
    </message>
    <message>
        <source>No acceleration date recorded: the limitation cannot be computed.</source>
        <translation>No acceleration date recorded: the limitation cannot be computed.</translation>
    </message>
    <message>
        <source>A settled voluntary sale counts as an acknowledgment by practice consensus (no case law).</source>
        <translation>A settled voluntary sale counts as an acknowledgment by practice consensus (no case law).</translation>
    </message>
    <message>
        <source>Voluntary sale settled on %1: the proceeds paid with the debtor&apos;s consent are a partial payment, so an acknowledgment by practice consensus (no case law). The period restarts from the next day, %2 years, and ends %3.</source>
        <translation>Voluntary sale settled on %1: the proceeds paid with the debtor&apos;s consent are a partial payment, so an acknowledgment by practice consensus (no case law). The period restarts from the next day, %2 years, and ends %3.</translation>
    </message>
    <message>
        <source>Enforceable notarial deed signed by the debtor on %1: an acknowledgment (not a judgment, so art. 169&apos;s 10 years do not apply). The period restarts from the next day, %2 years, and ends %3.</source>
        <translation>Enforceable notarial deed signed by the debtor on %1: an acknowledgment (not a judgment, so art. 169&apos;s 10 years do not apply). The period restarts from the next day, %2 years, and ends %3.</translation>
    </message>
    <message>
        <source>Acknowledgment of the debt on %1: the period restarts from the next day, %2 years, and ends %3.</source>
        <translation>Acknowledgment of the debt on %1: the period restarts from the next day, %2 years, and ends %3.</translation>
    </message>
    <message>
        <source>Payment on %1 acknowledges the debt: the period restarts from the next day, %2 years, and ends %3.</source>
        <translation>Payment on %1 acknowledges the debt: the period restarts from the next day, %2 years, and ends %3.</translation>
    </message>
    <message>
        <source>Lawsuit served on %1: completion is suspended while the suit is pending (from the filing). If the right is fixed (final judgment, settlement), a new 10-year period starts; if the suit ends otherwise (withdrawal, dismissal), completion is suspended only until 6 months after its end.</source>
        <translation>Lawsuit served on %1: completion is suspended while the suit is pending (from the filing). If the right is fixed (final judgment, settlement), a new 10-year period starts; if the suit ends otherwise (withdrawal, dismissal), completion is suspended only until 6 months after its end.</translation>
    </message>
    <message>
        <source>Payment order served on %1: completion is suspended while it is pending (from the filing). If it becomes final, a new 10-year period starts; if it lapses or is withdrawn, completion is suspended only until 6 months after that.</source>
        <translation>Payment order served on %1: completion is suspended while it is pending (from the filing). If it becomes final, a new 10-year period starts; if it lapses or is withdrawn, completion is suspended only until 6 months after that.</translation>
    </message>
    <message>
        <source>Demand on %1: it holds off completion until %2 (6 months), but the period runs past that anyway (to %3), so nothing changes.</source>
        <translation>Demand on %1: it holds off completion until %2 (6 months), but the period runs past that anyway (to %3), so nothing changes.</translation>
    </message>
    <message>
        <source>Lawsuit withdrawn</source>
        <translation>Lawsuit withdrawn</translation>
    </message>
    <message>
        <source>Lawsuit dismissed</source>
        <translation>Lawsuit dismissed</translation>
    </message>
    <message>
        <source>Objection to the payment order</source>
        <translation>Objection to the payment order</translation>
    </message>
    <message>
        <source>Payment order lapsed</source>
        <translation>Payment order lapsed</translation>
    </message>
    <message>
        <source>Seizure withdrawn</source>
        <translation>Seizure withdrawn</translation>
    </message>
    <message>
        <source>Seizure completed</source>
        <translation>Seizure completed</translation>
    </message>
    <message>
        <source>%1 on %2: no pending lawsuit or payment order is recorded, so it has no effect.</source>
        <translation>%1 on %2: no pending lawsuit or payment order is recorded, so it has no effect.</translation>
    </message>
    <message>
        <source>Lawsuit dismissed on %1, a suit brought before 2020-04-01: under the old law it does not interrupt the period (old art. 149), but while pending it acted as a demand (裁判上の催告), so completion is held off until %2 (6 months after its end).</source>
        <translation>Lawsuit dismissed on %1, a suit brought before 2020-04-01: under the old law it does not interrupt the period (old art. 149), but while pending it acted as a demand (裁判上の催告), so completion is held off until %2 (6 months after its end).</translation>
    </message>
    <message>
        <source>Lawsuit withdrawn on %1, a suit brought before 2020-04-01: under the old law it does not interrupt the period (old art. 149), but while pending it acted as a demand (裁判上の催告), so completion is held off until %2 (6 months after its end).</source>
        <translation>Lawsuit withdrawn on %1, a suit brought before 2020-04-01: under the old law it does not interrupt the period (old art. 149), but while pending it acted as a demand (裁判上の催告), so completion is held off until %2 (6 months after its end).</translation>
    </message>
    <message>
        <source>Lawsuit dismissed on %1 without a ruling on the right: no renewal; completion is suspended only until %2 (6 months after the end).</source>
        <translation>Lawsuit dismissed on %1 without a ruling on the right: no renewal; completion is suspended only until %2 (6 months after the end).</translation>
    </message>
    <message>
        <source>Lawsuit withdrawn on %1: no renewal; completion is suspended only until %2 (6 months after the withdrawal).</source>
        <translation>Lawsuit withdrawn on %1: no renewal; completion is suspended only until %2 (6 months after the withdrawal).</translation>
    </message>
    <message>
        <source>Objection to a payment order on %1: no payment order is recorded and the period had completed on %2, unless the order was applied for by then. Invoke the limitation in the lawsuit that follows.</source>
        <translation>Objection to a payment order on %1: no payment order is recorded and the period had completed on %2, unless the order was applied for by then. Invoke the limitation in the lawsuit that follows.</translation>
    </message>
    <message>
        <source>Objection to the payment order (督促異議) on %1: the matter continues as a lawsuit, deemed brought when the order was applied for. Completion stays suspended while it is pending: a judgment or settlement fixing the right starts a new 10-year period; a withdrawal or dismissal gives 6 months only.</source>
        <translation>Objection to the payment order (督促異議) on %1: the matter continues as a lawsuit, deemed brought when the order was applied for. Completion stays suspended while it is pending: a judgment or settlement fixing the right starts a new 10-year period; a withdrawal or dismissal gives 6 months only.</translation>
    </message>
    <message>
        <source>Payment order lapsed on %1: no pending payment order is recorded, so it has no effect.</source>
        <translation>Payment order lapsed on %1: no pending payment order is recorded, so it has no effect.</translation>
    </message>
    <message>
        <source>Inferred: nothing is recorded after the payment order served on %1 (no declaration of provisional enforcement, objection or judgment). The creditor could apply for the declaration from %2 and had 30 days, to %3 (民事訴訟法391条・392条), so the order is taken to have lapsed at the end of %3. The exact day is not known (a later service of the order, or an application made in time but not recorded, changes it); record payment_order_lapsed or the court step to be sure.</source>
        <translation>Inferred: nothing is recorded after the payment order served on %1 (no declaration of provisional enforcement, objection or judgment). The creditor could apply for the declaration from %2 and had 30 days, to %3 (民事訴訟法391条・392条), so the order is taken to have lapsed at the end of %3. The exact day is not known (a later service of the order, or an application made in time but not recorded, changes it); record payment_order_lapsed or the court step to be sure.</translation>
    </message>
    <message>
        <source>Disputed: the payment order served on %1 is taken to have lapsed on %2 because nothing follows it (民事訴訟法392条); the exact day is not known. Choice made: the end of the 30th day after the creditor could first apply.</source>
        <translation>Disputed: the payment order served on %1 is taken to have lapsed on %2 because nothing follows it (民事訴訟法392条); the exact day is not known. Choice made: the end of the 30th day after the creditor could first apply.</translation>
    </message>
    <message>
        <source>Payment order lapsed on %1, an order applied for before 2020-04-01: its interruption is void (old art. 150); the period ends %2.</source>
        <translation>Payment order lapsed on %1, an order applied for before 2020-04-01: its interruption is void (old art. 150); the period ends %2.</translation>
    </message>
    <message>
        <source>Payment order lapsed on %1 (no declaration of provisional enforcement applied for in time): no renewal; completion is suspended only until %2 (6 months after the lapse).</source>
        <translation>Payment order lapsed on %1 (no declaration of provisional enforcement applied for in time): no renewal; completion is suspended only until %2 (6 months after the lapse).</translation>
    </message>
    <message>
        <source>%1 on %2: no running seizure or auction is recorded, so it has no effect.</source>
        <translation>%1 on %2: no running seizure or auction is recorded, so it has no effect.</translation>
    </message>
    <message>
        <source>Seizure withdrawn or cancelled on %1, a seizure filed before 2020-04-01: its interruption is undone as if it never happened (old art. 154); the period ends %2.</source>
        <translation>Seizure withdrawn or cancelled on %1, a seizure filed before 2020-04-01: its interruption is undone as if it never happened (old art. 154); the period ends %2.</translation>
    </message>
    <message>
        <source>Seizure withdrawn or cancelled on %1: no renewal; completion is suspended only until %2 (6 months after its end).</source>
        <translation>Seizure withdrawn or cancelled on %1: no renewal; completion is suspended only until %2 (6 months after its end).</translation>
    </message>
    <message>
        <source>Seizure carried through on %1 (collection or distribution finished): the period restarts from the next day, %2 years, and ends %3.</source>
        <translation>Seizure carried through on %1 (collection or distribution finished): the period restarts from the next day, %2 years, and ends %3.</translation>
    </message>
    <message>
        <source>No appeal recorded by %1, the last day to appeal: the judgment became final on %2. A new 10-year period counts that day and ends %3.</source>
        <translation>No appeal recorded by %1, the last day to appeal: the judgment became final on %2. A new 10-year period counts that day and ends %3.</translation>
    </message>
    <message>
        <source>No objection recorded by %1, the last day to object: the payment order became final on %2 with the force of a final judgment. A new 10-year period counts that day and ends %3.</source>
        <translation>No objection recorded by %1, the last day to object: the payment order became final on %2 with the force of a final judgment. A new 10-year period counts that day and ends %3.</translation>
    </message>
    <message>
        <source>Judgment final on %1 (the 確定日, the day after the last day to appeal): a new 10-year period counts that day and ends %2.</source>
        <translation>Judgment final on %1 (the 確定日, the day after the last day to appeal): a new 10-year period counts that day and ends %2.</translation>
    </message>
    <message>
        <source>Seizure filed on %1, before 2020-04-01: an interruption (中断) under the old law; a new period starts when it ends, but a withdrawal or cancellation undoes it (old art. 154).</source>
        <translation>Seizure filed on %1, before 2020-04-01: an interruption (中断) under the old law; a new period starts when it ends, but a withdrawal or cancellation undoes it (old art. 154).</translation>
    </message>
    <message>
        <source>Seizure filed on %1: completion is suspended while it runs and a new period starts when it ends (a withdrawal or cancellation gives 6 months only).</source>
        <translation>Seizure filed on %1: completion is suspended while it runs and a new period starts when it ends (a withdrawal or cancellation gives 6 months only).</translation>
    </message>
    <message>
        <source>Its end is not recorded, so it is treated as still pending.</source>
        <translation>Its end is not recorded, so it is treated as still pending.</translation>
    </message>
    <message>
        <source>Taxes are not under the civil-law limitation: the right to collect lapses 5 years after the statutory due date (taken as %1), so on %2 unless renewed. No invocation is needed and it cannot be waived.</source>
        <translation>Taxes are not under the civil-law limitation: the right to collect lapses 5 years after the statutory due date (taken as %1), so on %2 unless renewed. No invocation is needed and it cannot be waived.</translation>
    </message>
    <message>
        <source>%1 on %2 came before the statutory due date (%3): no effect.</source>
        <translation>%1 on %2 came before the statutory due date (%3): no effect.</translation>
    </message>
    <message>
        <source>%1 on %2 came after the right to collect lapsed on %3: a tax is extinguished by the lapse itself and nothing revives it. A payment made after it is an overpayment to be refunded (国税通則法56条).</source>
        <translation>%1 on %2 came after the right to collect lapsed on %3: a tax is extinguished by the lapse itself and nothing revives it. A payment made after it is an overpayment to be refunded (国税通則法56条).</translation>
    </message>
    <message>
        <source>%1 on %2 acknowledges the tax (a part payment, or a written pledge to pay by instalments): the period restarts from the next day and ends %3.</source>
        <translation>%1 on %2 acknowledges the tax (a part payment, or a written pledge to pay by instalments): the period restarts from the next day and ends %3.</translation>
    </message>
    <message>
        <source>Seizure by the tax office (滞納処分) on %1: completion is suspended while it lasts, and the period restarts when it ends.</source>
        <translation>Seizure by the tax office (滞納処分) on %1: completion is suspended while it lasts, and the period restarts when it ends.</translation>
    </message>
    <message>
        <source>%1 on %2: not a step of tax collection (taxes are collected by administrative seizure, without the courts), so it does not change the period here.</source>
        <translation>%1 on %2: not a step of tax collection (taxes are collected by administrative seizure, without the courts), so it does not change the period here.</translation>
    </message>
    <message>
        <source>Demand notice (督促状) sent on %1: counting that day as the first, 10 days have passed on %2; completion is suspended until then and the period restarts from the next day, 5 years, ending %3.</source>
        <translation>Demand notice (督促状) sent on %1: counting that day as the first, 10 days have passed on %2; completion is suspended until then and the period restarts from the next day, 5 years, ending %3.</translation>
    </message>
    <message>
        <source>Reminder on %1 while an earlier one is holding off completion: no effect (the suspension still ends %2).</source>
        <translation>Reminder on %1 while an earlier one is holding off completion: no effect (the suspension still ends %2).</translation>
    </message>
    <message>
        <source>Reminder on %1 after the demand notice: a demand (催告) holding off completion until %2, but the period runs past that anyway (to %3).</source>
        <translation>Reminder on %1 after the demand notice: a demand (催告) holding off completion until %2, but the period runs past that anyway (to %3).</translation>
    </message>
    <message>
        <source>Reminder on %1 after the demand notice: a demand (催告); completion is suspended until %2 (6 months).</source>
        <translation>Reminder on %1 after the demand notice: a demand (催告); completion is suspended until %2 (6 months).</translation>
    </message>
    <message>
        <source>%1 on %2: no running seizure is recorded, so it has no effect.</source>
        <translation>%1 on %2: no running seizure is recorded, so it has no effect.</translation>
    </message>
    <message>
        <source>Seizure carried through on %1 (collected or sold and distributed): the period restarts from the next day and ends %2.</source>
        <translation>Seizure carried through on %1 (collected or sold and distributed): the period restarts from the next day and ends %2.</translation>
    </message>
    <message>
        <source>Seizure released (解除) on %1: the period restarts from the next day and ends %2. A seizure cancelled as unlawful would give only 6 months (民法148条1項括弧書).</source>
        <translation>Seizure released (解除) on %1: the period restarts from the next day and ends %2. A seizure cancelled as unlawful would give only 6 months (民法148条1項括弧書).</translation>
    </message>
    <message>
        <source>Disputed: the release of the tax seizure on %1 is taken to renew the period (a seizure by the tax office is not on application, so 民法148条1項括弧書 does not apply). If it was cancelled as unlawful, only 6 months follow.</source>
        <translation>Disputed: the release of the tax seizure on %1 is taken to renew the period (a seizure by the tax office is not on application, so 民法148条1項括弧書 does not apply). If it was cancelled as unlawful, only 6 months follow.</translation>
    </message>
    <message>
        <source>Not evaluated for taxes: a deferral (納税の猶予, 換価の猶予, 延納: the period does not run meanwhile, 国税通則法73条4項), a demand for distribution in another&apos;s proceedings (交付要求, 73条1項5号), an assessment or correction (73条1項1号〜3号) or evasion (73条3項). The case format has no events for them: ask the tax office.</source>
        <translation>Not evaluated for taxes: a deferral (納税の猶予, 換価の猶予, 延納: the period does not run meanwhile, 国税通則法73条4項), a demand for distribution in another&apos;s proceedings (交付要求, 73条1項5号), an assessment or correction (73条1項1号〜3号) or evasion (73条3項). The case format has no events for them: ask the tax office.</translation>
    </message>
    <message>
        <source>A seizure by the tax office is running: completion is suspended while it lasts, so %1 is only the earliest possible date.</source>
        <translation>A seizure by the tax office is running: completion is suspended while it lasts, so %1 is only the earliest possible date.</translation>
    </message>
    <message>
        <source>The right to collect this tax lapsed on %1: the tax is extinguished without invocation (国税通則法72条2項, 地方税法18条2項). Ask the tax office to confirm it; anything paid after that is refundable.</source>
        <translation>The right to collect this tax lapsed on %1: the tax is extinguished without invocation (国税通則法72条2項, 地方税法18条2項). Ask the tax office to confirm it; anything paid after that is refundable.</translation>
    </message>
</context>
<context>
    <name>zansai::LooseInput</name>
    <message>
        <source>Enter a date such as 2026-11-30, 2026/11/30 or R8.11.30.</source>
        <translation>Enter a date such as 2026-11-30, 2026/11/30 or R8.11.30.</translation>
    </message>
    <message>
        <source>%1 does not exist on the calendar.</source>
        <translation>%1 does not exist on the calendar.</translation>
    </message>
    <message>
        <source>%1 is not an era name (such as R, H or S).</source>
        <translation>%1 is not an era name (such as R, H or S).</translation>
    </message>
    <message>
        <source>%1 is not a day of that era: that day, %2, is %3.</source>
        <translation>%1 is not a day of that era: that day, %2, is %3.</translation>
    </message>
    <message>
        <source>Dates before 1873-01-01 cannot be entered: Japan used another calendar then.</source>
        <translation>Dates before 1873-01-01 cannot be entered: Japan used another calendar then.</translation>
    </message>
    <message>
        <source>Enter an amount in yen, such as 250000 or 250,000.</source>
        <translation>Enter an amount in yen, such as 250000 or 250,000.</translation>
    </message>
    <message>
        <source>Yen are whole: %1 has a fraction of a yen.</source>
        <translation>Yen are whole: %1 has a fraction of a yen.</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>The amount is too large.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
</context>
<context>
    <name>zansai::Narrator</name>
    <message>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>zansai::NextSteps</name>
    <message>
        <source>By %1 (%2 days left): file an objection (督促異議) to the payment order from %3 at the summary court, or it becomes enforceable.</source>
        <translation>By %1 (%2 days left): file an objection (督促異議) to the payment order from %3 at the summary court, or it becomes enforceable.</translation>
    </message>
    <message>
        <source>By %1 (%2 days left): decide with a lawyer whether to appeal the judgment for %3; after that date it becomes final.</source>
        <translation>By %1 (%2 days left): decide with a lawyer whether to appeal the judgment for %3; after that date it becomes final.</translation>
    </message>
    <message>
        <source>Before the hearing on %1 (%2 days left): send a written answer (答弁書) in the suit by %3, proposing installments if needed; ignoring it leads to a default judgment.</source>
        <translation>Before the hearing on %1 (%2 days left): send a written answer (答弁書) in the suit by %3, proposing installments if needed; ignoring it leads to a default judgment.</translation>
    </message>
    <message>
        <source>Send a notice invoking the limitation period by content-certified mail with proof of delivery; do not pay anything before that.</source>
        <translation>Send a notice invoking the limitation period by content-certified mail with proof of delivery; do not pay anything before that.</translation>
    </message>
    <message>
        <source>Offer the servicer a lump sum from the available cash and ask for a written waiver of the rest before paying.</source>
        <translation>Offer the servicer a lump sum from the available cash and ask for a written waiver of the rest before paying.</translation>
    </message>
    <message>
        <source>Submit the household budget statement to the creditor and propose ¥%1 a month; get the agreement in writing.</source>
        <translation>Submit the household budget statement to the creditor and propose ¥%1 a month; get the agreement in writing.</translation>
    </message>
    <message>
        <source>Book a consultation with a lawyer or judicial scrivener for %1; bring the referral sheet and the budget statement.</source>
        <translation>Book a consultation with a lawyer or judicial scrivener for %1; bring the referral sheet and the budget statement.</translation>
    </message>
    <message>
        <source>Make no payment, not even a small one, and sign nothing that acknowledges the debt until the limitation question is settled: it would restart the period or forfeit the defence.</source>
        <translation>Make no payment, not even a small one, and sign nothing that acknowledges the debt until the limitation question is settled: it would restart the period or forfeit the defence.</translation>
    </message>
    <message>
        <source>Court procedures (objections, answers, appeals, stopping enforcement) belong with a lawyer or judicial scrivener.</source>
        <translation>Court procedures (objections, answers, appeals, stopping enforcement) belong with a lawyer or judicial scrivener.</translation>
    </message>
    <message>
        <source>Then, for the debts that are not time-barred: %1 (%2 a month for %3 months).</source>
        <translation>Then, for the debts that are not time-barred: %1 (%2 a month for %3 months).</translation>
    </message>
    <message>
        <source>Then, for the debts that are not time-barred: %1.</source>
        <translation>Then, for the debts that are not time-barred: %1.</translation>
    </message>
</context>
<context>
    <name>zansai::OccupationRestriction</name>
    <message>
        <source>Lawyer (bengoshi)</source>
        <translation>Lawyer (bengoshi)</translation>
    </message>
    <message>
        <source>Judicial scrivener (shihō shoshi)</source>
        <translation>Judicial scrivener (shihō shoshi)</translation>
    </message>
    <message>
        <source>Certified tax accountant</source>
        <translation>Certified tax accountant</translation>
    </message>
    <message>
        <source>Certified public accountant</source>
        <translation>Certified public accountant</translation>
    </message>
    <message>
        <source>Administrative scrivener (gyōsei shoshi)</source>
        <translation>Administrative scrivener (gyōsei shoshi)</translation>
    </message>
    <message>
        <source>Labour and social security attorney (sharōshi)</source>
        <translation>Labour and social security attorney (sharōshi)</translation>
    </message>
    <message>
        <source>Patent attorney</source>
        <translation>Patent attorney</translation>
    </message>
    <message>
        <source>Land and house investigator</source>
        <translation>Land and house investigator</translation>
    </message>
    <message>
        <source>Real estate appraiser</source>
        <translation>Real estate appraiser</translation>
    </message>
    <message>
        <source>Real estate transaction agent (takken-shi)</source>
        <translation>Real estate transaction agent (takken-shi)</translation>
    </message>
    <message>
        <source>Customs specialist</source>
        <translation>Customs specialist</translation>
    </message>
    <message>
        <source>Life insurance solicitor or non-life insurance agent</source>
        <translation>Life insurance solicitor or non-life insurance agent</translation>
    </message>
    <message>
        <source>Securities sales representative</source>
        <translation>Securities sales representative</translation>
    </message>
    <message>
        <source>Security guard or security company</source>
        <translation>Security guard or security company</translation>
    </message>
    <message>
        <source>Registered money lender</source>
        <translation>Registered money lender</translation>
    </message>
    <message>
        <source>Pawnbroker</source>
        <translation>Pawnbroker</translation>
    </message>
    <message>
        <source>Second-hand dealer</source>
        <translation>Second-hand dealer</translation>
    </message>
    <message>
        <source>Licensed construction contractor</source>
        <translation>Licensed construction contractor</translation>
    </message>
    <message>
        <source>Notary public</source>
        <translation>Notary public</translation>
    </message>
    <message>
        <source>Guardian, curator or executor of a will</source>
        <translation>Guardian, curator or executor of a will</translation>
    </message>
    <message>
        <source>Restricted from the order commencing bankruptcy until restoration of rights, which comes automatically when the discharge becomes final (破産法255条1項1号): usually a few months.</source>
        <translation>Restricted from the order commencing bankruptcy until restoration of rights, which comes automatically when the discharge becomes final (破産法255条1項1号): usually a few months.</translation>
    </message>
</context>
<context>
    <name>zansai::OptionComparison</name>
    <message>
        <source>No guarantor is recorded: no one else is affected.</source>
        <translation>No guarantor is recorded: no one else is affected.</translation>
    </message>
    <message>
        <source>%1: the limitation period completed on %2. Any payment or proposal to pay now would forfeit the right to invoke it (最判昭和41年4月20日): invoke it first.</source>
        <translation>%1: the limitation period completed on %2. Any payment or proposal to pay now would forfeit the right to invoke it (最判昭和41年4月20日): invoke it first.</translation>
    </message>
    <message>
        <source>Each payment is an acknowledgment (民法152条1項): the limitation period starts again from every payment.</source>
        <translation>Each payment is an acknowledgment (民法152条1項): the limitation period starts again from every payment.</translation>
    </message>
    <message>
        <source>The guarantor stays liable for the whole balance; while the payments are kept the creditor usually does not turn to the guarantor. The client&apos;s payments also renew the limitation period against the guarantor (民法457条1項).</source>
        <translation>The guarantor stays liable for the whole balance; while the payments are kept the creditor usually does not turn to the guarantor. The client&apos;s payments also renew the limitation period against the guarantor (民法457条1項).</translation>
    </message>
    <message>
        <source>Nothing is owed.</source>
        <translation>Nothing is owed.</translation>
    </message>
    <message>
        <source>Monthly payment set by the consultant: %1.</source>
        <translation>Monthly payment set by the consultant: %1.</translation>
    </message>
    <message>
        <source>Affordable from the budget: income %1 − expenses %2 = %3 a month.</source>
        <translation>Affordable from the budget: income %1 − expenses %2 = %3 a month.</translation>
    </message>
    <message>
        <source>Nothing is left to pay each month, so no installment can be offered.</source>
        <translation>Nothing is left to pay each month, so no installment can be offered.</translation>
    </message>
    <message>
        <source>The total shown is %1 years of payments (%2): it does not clear the debt.</source>
        <translation>The total shown is %1 years of payments (%2): it does not clear the debt.</translation>
    </message>
    <message>
        <source>Servicers usually accept %1 to %2 a month after a voluntary sale, on a household budget sheet (収支表) the client submits.</source>
        <translation>Servicers usually accept %1 to %2 a month after a voluntary sale, on a household budget sheet (収支表) the client submits.</translation>
    </message>
    <message>
        <source>Proposing to pay acknowledges the debt (民法152条1項): if no settlement is reached, the limitation period has started again.</source>
        <translation>Proposing to pay acknowledges the debt (民法152条1項): if no settlement is reached, the limitation period has started again.</translation>
    </message>
    <message>
        <source>Waiving the remainder for the client also frees the guarantor (a guarantee follows the main debt), unless the settlement keeps the claim against the guarantor: have the written settlement release the guarantor expressly.</source>
        <translation>Waiving the remainder for the client also frees the guarantor (a guarantee follows the main debt), unless the settlement keeps the claim against the guarantor: have the written settlement release the guarantor expressly.</translation>
    </message>
    <message>
        <source>No servicer holds any of the debts (no claim_assigned event, no 債権回収 or サービサー in a creditor&apos;s name): banks and the Japan Housing Finance Agency rarely discount; a lump-sum settlement becomes realistic once the claim is sold to a servicer.</source>
        <translation>No servicer holds any of the debts (no claim_assigned event, no 債権回収 or サービサー in a creditor&apos;s name): banks and the Japan Housing Finance Agency rarely discount; a lump-sum settlement becomes realistic once the claim is sold to a servicer.</translation>
    </message>
    <message>
        <source>%1 is held by a servicer: %2 owed.</source>
        <translation>%1 is held by a servicer: %2 owed.</translation>
    </message>
    <message>
        <source>Practice, not law: servicers buy claims cheaply and often settle for a fraction (a consultant&apos;s cases: 580万円 settled for 10万円, about 1.7%; &quot;about 84% waived&quot;, 16% paid). Their first written proposal is a starting point, not their last word. The total shows the high end of the range.</source>
        <translation>Practice, not law: servicers buy claims cheaply and often settle for a fraction (a consultant&apos;s cases: 580万円 settled for 10万円, about 1.7%; &quot;about 84% waived&quot;, 16% paid). Their first written proposal is a starting point, not their last word. The total shows the high end of the range.</translation>
    </message>
    <message>
        <source>Debts not held by a servicer stay owed: %1.</source>
        <translation>Debts not held by a servicer stay owed: %1.</translation>
    </message>
    <message>
        <source>%1: the limitation period completes on %2. A lawyer&apos;s notice of representation or a payment proposal before then can count as an acknowledgment and start it again (民法152条1項).</source>
        <translation>%1: the limitation period completes on %2. A lawyer&apos;s notice of representation or a payment proposal before then can count as an acknowledgment and start it again (民法152条1項).</translation>
    </message>
    <message>
        <source>The lawyer&apos;s notice of representation (受任通知) and the payment proposal can count as an acknowledgment (民法152条1項) and start the limitation period again: check the limitation first.</source>
        <translation>The lawyer&apos;s notice of representation (受任通知) and the payment proposal can count as an acknowledgment (民法152条1項) and start the limitation period again: check the limitation first.</translation>
    </message>
    <message>
        <source>The settlement binds only the creditor and the client: the creditor usually demands the whole balance from the guarantor at once, unless the guarantor is included in the settlement.</source>
        <translation>The settlement binds only the creditor and the client: the creditor usually demands the whole balance from the guarantor at once, unless the guarantor is included in the settlement.</translation>
    </message>
    <message>
        <source>No debt a voluntary arrangement can cover (taxes and child support are not settled this way).</source>
        <translation>No debt a voluntary arrangement can cover (taxes and child support are not settled this way).</translation>
    </message>
    <message>
        <source>Future interest is cut and the principal of %1 is repaid in installments (36 months standard, up to 60).</source>
        <translation>Future interest is cut and the principal of %1 is repaid in installments (36 months standard, up to 60).</translation>
    </message>
    <message>
        <source>Not affordable: even over %1 months the principal needs %2 a month, more than the budget surplus of %3.</source>
        <translation>Not affordable: even over %1 months the principal needs %2 a month, more than the budget surplus of %3.</translation>
    </message>
    <message>
        <source>Affordable: %1 a month over %2 months (rounded up to the yen) within the budget surplus of %3.</source>
        <translation>Affordable: %1 a month over %2 months (rounded up to the yen) within the budget surplus of %3.</translation>
    </message>
    <message>
        <source>Assumed: the accrued late interest of %1 is waived in the negotiation. Creditors often agree but need not; nothing binds a creditor who refuses.</source>
        <translation>Assumed: the accrued late interest of %1 is waived in the negotiation. Creditors often agree but need not; nothing binds a creditor who refuses.</translation>
    </message>
    <message>
        <source>Fees (practice, check the office&apos;s fee table): retainer %1 + success fee %2 per creditor × %3 = %4, usually paid in installments before the payments start.</source>
        <translation>Fees (practice, check the office&apos;s fee table): retainer %1 + success fee %2 per creditor × %3 = %4, usually paid in installments before the payments start.</translation>
    </message>
    <message>
        <source>Taxes and child support are not part of the arrangement and stay owed: %1.</source>
        <translation>Taxes and child support are not part of the arrangement and stay owed: %1.</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Deposits</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Car</translation>
    </message>
    <message>
        <source>Insurance surrender value</source>
        <translation>Insurance surrender value</translation>
    </message>
    <message>
        <source>Retirement allowance (counted at 1/8)</source>
        <translation>Retirement allowance (counted at 1/8)</translation>
    </message>
    <message>
        <source>Other assets</source>
        <translation>Other assets</translation>
    </message>
    <message>
        <source>the liquidation value</source>
        <translation>the liquidation value</translation>
    </message>
    <message>
        <source>two years of disposable income</source>
        <translation>two years of disposable income</translation>
    </message>
    <message>
        <source>the statutory minimum</source>
        <translation>the statutory minimum</translation>
    </message>
    <message>
        <source>Taking part in the proceedings suspends the limitation period (民法147条1項4号); the confirmed claims are then paid under the plan.</source>
        <translation>Taking part in the proceedings suspends the limitation period (民法147条1項4号); the confirmed claims are then paid under the plan.</translation>
    </message>
    <message>
        <source>The plan does not reduce the guarantee (民事再生法177条2項): the creditor claims the whole balance from the guarantor.</source>
        <translation>The plan does not reduce the guarantee (民事再生法177条2項): the creditor claims the whole balance from the guarantor.</translation>
    </message>
    <message>
        <source>No debt the procedure can reduce (taxes are paid in full: 民事再生法122条).</source>
        <translation>No debt the procedure can reduce (taxes are paid in full: 民事再生法122条).</translation>
    </message>
    <message>
        <source>No continuing income: the procedure needs an income expected to continue or recur (民事再生法221条1項).</source>
        <translation>No continuing income: the procedure needs an income expected to continue or recur (民事再生法221条1項).</translation>
    </message>
    <message>
        <source>A pension of %1 a month is a continuing income (民事再生法221条1項); courts accept it when the plan fits the pension.</source>
        <translation>A pension of %1 a month is a continuing income (民事再生法221条1項); courts accept it when the plan fits the pension.</translation>
    </message>
    <message>
        <source>Continuing income: %1 a month net (民事再生法221条1項).</source>
        <translation>Continuing income: %1 a month net (民事再生法221条1項).</translation>
    </message>
    <message>
        <source>Claims of %1 exceed the 50,000,000 yen cap (民事再生法221条1項): ordinary civil rehabilitation or bankruptcy instead.</source>
        <translation>Claims of %1 exceed the 50,000,000 yen cap (民事再生法221条1項): ordinary civil rehabilitation or bankruptcy instead.</translation>
    </message>
    <message>
        <source>Claims of %1 are within the 50,000,000 yen cap (民事再生法221条1項).</source>
        <translation>Claims of %1 are within the 50,000,000 yen cap (民事再生法221条1項).</translation>
    </message>
    <message>
        <source>%1 holds %2 of the claims (more than half): it alone can reject a small-scale rehabilitation plan (民事再生法230条6項).</source>
        <translation>%1 holds %2 of the claims (more than half): it alone can reject a small-scale rehabilitation plan (民事再生法230条6項).</translation>
    </message>
    <message>
        <source>With %1 creditor(s), one objection is half of the creditors by number and rejects a small-scale rehabilitation plan (民事再生法230条6項).</source>
        <translation>With %1 creditor(s), one objection is half of the creditors by number and rejects a small-scale rehabilitation plan (民事再生法230条6項).</translation>
    </message>
    <message>
        <source>No creditor holds more than half of the claims: small-scale rehabilitation (小規模個人再生) needs no more than the absence of objections by half (民事再生法230条6項).</source>
        <translation>No creditor holds more than half of the claims: small-scale rehabilitation (小規模個人再生) needs no more than the absence of objections by half (民事再生法230条6項).</translation>
    </message>
    <message>
        <source>Salary-earner rehabilitation (給与所得者等再生, 民事再生法239条) needs no creditor vote: chosen here. Its minimum includes two years of disposable income.</source>
        <translation>Salary-earner rehabilitation (給与所得者等再生, 民事再生法239条) needs no creditor vote: chosen here. Its minimum includes two years of disposable income.</translation>
    </message>
    <message>
        <source>Salary-earner rehabilitation is barred for a filing on or before %1 (a prior discharge within 7 years, 民事再生法239条5項2号): the veto risk remains.</source>
        <translation>Salary-earner rehabilitation is barred for a filing on or before %1 (a prior discharge within 7 years, 民事再生法239条5項2号): the veto risk remains.</translation>
    </message>
    <message>
        <source>If the income is a regular salary, salary-earner rehabilitation (民事再生法239条) avoids the vote; the occupation alone does not tell. Otherwise the veto risk remains.</source>
        <translation>If the income is a regular salary, salary-earner rehabilitation (民事再生法239条) avoids the vote; the occupation alone does not tell. Otherwise the veto risk remains.</translation>
    </message>
    <message>
        <source>Salary-earner rehabilitation needs a regular salary-like income (民事再生法239条1項): the veto risk remains.</source>
        <translation>Salary-earner rehabilitation needs a regular salary-like income (民事再生法239条1項): the veto risk remains.</translation>
    </message>
    <message>
        <source>Minimum repayment %1, set by %2 (statutory minimum %3 on claims of %4, liquidation value %5; 民事再生法231条2項・241条2項).</source>
        <translation>Minimum repayment %1, set by %2 (statutory minimum %3 on claims of %4, liquidation value %5; 民事再生法231条2項・241条2項).</translation>
    </message>
    <message>
        <source>Liquidation value: what a bankruptcy would take under the same Tokyo standards (cash above 990,000 yen, any item of 200,000 yen or more): %1.</source>
        <translation>Liquidation value: what a bankruptcy would take under the same Tokyo standards (cash above 990,000 yen, any item of 200,000 yen or more): %1.</translation>
    </message>
    <message>
        <source>The minimum is rounded up to the yen (&quot;must not fall below&quot; 1/5 or 1/10; many calculators round down: reference §12.5).</source>
        <translation>The minimum is rounded up to the yen (&quot;must not fall below&quot; 1/5 or 1/10; many calculators round down: reference §12.5).</translation>
    </message>
    <message>
        <source>Taxes of %1 are not reduced (民事再生法122条) and are paid besides the plan.</source>
        <translation>Taxes of %1 are not reduced (民事再生法122条) and are paid besides the plan.</translation>
    </message>
    <message>
        <source>Not affordable: even over %1 months the plan of %2 needs %3 a month, more than the budget surplus of %4.</source>
        <translation>Not affordable: even over %1 months the plan of %2 needs %3 a month, more than the budget surplus of %4.</translation>
    </message>
    <message>
        <source>%1 monthly payments of %2 (民事再生法229条2項2号: 3 years, up to 5 for special reasons).</source>
        <translation>%1 monthly payments of %2 (民事再生法229条2項2号: 3 years, up to 5 for special reasons).</translation>
    </message>
    <message>
        <source>Fees (practice): lawyer %1 (offices quote 400,000–600,000 yen), court fee %2, official gazette about %3, rehabilitation commissioner %4 (Tokyo appoints one in every case).</source>
        <translation>Fees (practice): lawyer %1 (offices quote 400,000–600,000 yen), court fee %2, official gazette about %3, rehabilitation commissioner %4 (Tokyo appoints one in every case).</translation>
    </message>
    <message>
        <source>Taking part in the bankruptcy suspends the limitation period (民法147条1項4号); after the discharge the debts can no longer be enforced, so the clock no longer matters.</source>
        <translation>Taking part in the bankruptcy suspends the limitation period (民法147条1項4号); after the discharge the debts can no longer be enforced, so the clock no longer matters.</translation>
    </message>
    <message>
        <source>The discharge does not free the guarantor (破産法253条2項): the creditor claims the whole balance from the guarantor at once, and after the discharge the guarantor cannot invoke the main debt&apos;s limitation (最判平成11年11月9日).</source>
        <translation>The discharge does not free the guarantor (破産法253条2項): the creditor claims the whole balance from the guarantor at once, and after the discharge the guarantor cannot invoke the main debt&apos;s limitation (最判平成11年11月9日).</translation>
    </message>
    <message>
        <source>Nothing a discharge would free: taxes and child support survive it (破産法253条1項1号・4号).</source>
        <translation>Nothing a discharge would free: taxes and child support survive it (破産法253条1項1号・4号).</translation>
    </message>
    <message>
        <source>Not unable to pay: cash and deposits of %1 cover the whole balance of %2 (破産法15条1項).</source>
        <translation>Not unable to pay: cash and deposits of %1 cover the whole balance of %2 (破産法15条1項).</translation>
    </message>
    <message>
        <source>Unable to pay (破産法15条1項): a balance of %1 against cash and deposits of %2 and a surplus of %3 a month.</source>
        <translation>Unable to pay (破産法15条1項): a balance of %1 against cash and deposits of %2 and a surplus of %3 a month.</translation>
    </message>
    <message>
        <source>Assumed filing date %1 (%2 days to prepare the papers).</source>
        <translation>Assumed filing date %1 (%2 days to prepare the papers).</translation>
    </message>
    <message>
        <source>A prior discharge became final on %1: a filing on or before %2 falls within 7 years (破産法252条1項10号). A discretionary discharge (破産法252条2項) is still possible, usually after a trustee&apos;s investigation; from %3 the rule no longer applies.</source>
        <translation>A prior discharge became final on %1: a filing on or before %2 falls within 7 years (破産法252条1項10号). A discretionary discharge (破産法252条2項) is still possible, usually after a trustee&apos;s investigation; from %3 the rule no longer applies.</translation>
    </message>
    <message>
        <source>The prior discharge of %1 is more than 7 years before the filing (the period ended %2): 破産法252条1項10号 does not apply.</source>
        <translation>The prior discharge of %1 is more than 7 years before the filing (the period ended %2): 破産法252条1項10号 does not apply.</translation>
    </message>
    <message>
        <source>Summary dismissal (同時廃止): cash below 330,000 yen and no single asset of 200,000 yen or more (Tokyo practice). Court deposit: the official gazette fee, about %1.</source>
        <translation>Summary dismissal (同時廃止): cash below 330,000 yen and no single asset of 200,000 yen or more (Tokyo practice). Court deposit: the official gazette fee, about %1.</translation>
    </message>
    <message>
        <source>a ground to refuse the discharge to investigate</source>
        <translation>a ground to refuse the discharge to investigate</translation>
    </message>
    <message>
        <source>Small administration (少額管財) because of: %1 (Tokyo practice: cash of 330,000 yen or more, any other asset of 200,000 yen or more, or a ground to refuse the discharge). Court deposit %2: 200,000 yen for the trustee plus the official gazette fee.</source>
        <translation>Small administration (少額管財) because of: %1 (Tokyo practice: cash of 330,000 yen or more, any other asset of 200,000 yen or more, or a ground to refuse the discharge). Court deposit %2: 200,000 yen for the trustee plus the official gazette fee.</translation>
    </message>
    <message>
        <source>The 330,000 / 200,000 yen thresholds and the deposits are the Tokyo District Court&apos;s practice (reference §12.8); other courts use other amounts, and the official gazette fee changes every year.</source>
        <translation>The 330,000 / 200,000 yen thresholds and the deposits are the Tokyo District Court&apos;s practice (reference §12.8); other courts use other amounts, and the official gazette fee changes every year.</translation>
    </message>
    <message>
        <source>Cash up to 990,000 yen stays free (破産法34条3項1号: 民事執行法施行令1条&apos;s 660,000 yen × 3/2). One rendering of the order shows 670,000 yen (1,005,000 yen): probably a conversion error; we use 660,000 (reference §12.2).</source>
        <translation>Cash up to 990,000 yen stays free (破産法34条3項1号: 民事執行法施行令1条&apos;s 660,000 yen × 3/2). One rendering of the order shows 670,000 yen (1,005,000 yen): probably a conversion error; we use 660,000 (reference §12.2).</translation>
    </message>
    <message>
        <source>Cash above 990,000 yen: %1 (破産法34条3項1号)</source>
        <translation>Cash above 990,000 yen: %1 (破産法34条3項1号)</translation>
    </message>
    <message>
        <source>%1: %2 (200,000 yen or more goes to the trustee, Tokyo practice)</source>
        <translation>%1: %2 (200,000 yen or more goes to the trustee, Tokyo practice)</translation>
    </message>
    <message>
        <source>The court may still leave an item to the client (自由財産の拡張, 破産法34条4項); that is not assumed.</source>
        <translation>The court may still leave an item to the client (自由財産の拡張, 破産法34条4項); that is not assumed.</translation>
    </message>
    <message>
        <source>%1 survives the discharge: %2 (%3).</source>
        <translation>%1 survives the discharge: %2 (%3).</translation>
    </message>
    <message>
        <source>Fees: filing stamps %1, court deposit %2, lawyer %3 (practice; offices quote 200,000–400,000 yen for summary dismissal, 300,000–600,000 yen with a trustee).</source>
        <translation>Fees: filing stamps %1, court deposit %2, lawyer %3 (practice; offices quote 200,000–400,000 yen for summary dismissal, 300,000–600,000 yen with a trustee).</translation>
    </message>
    <message>
        <source>The fees of %1 exceed the cash available (%2): at %3 a month they take %4 months to save; law offices usually accept installments.</source>
        <translation>The fees of %1 exceed the cash available (%2): at %3 a month they take %4 months to save; law offices usually accept installments.</translation>
    </message>
    <message>
        <source>The fees of %1 exceed the cash available (%2) and the budget leaves nothing to save them; ask about legal aid (法テラス).</source>
        <translation>The fees of %1 exceed the cash available (%2) and the budget leaves nothing to save them; ask about legal aid (法テラス).</translation>
    </message>
    <message>
        <source>The principal of %1 could be repaid at %2 a month over 36 months: the court may doubt the inability to pay (破産法15条1項).</source>
        <translation>The principal of %1 could be repaid at %2 a month over 36 months: the court may doubt the inability to pay (破産法15条1項).</translation>
    </message>
    <message>
        <source>%1: restricted (%2). %3</source>
        <translation>%1: restricted (%2). %3</translation>
    </message>
    <message>
        <source>Rights are restored when the discharge becomes final (破産法255条1項1号).</source>
        <translation>Rights are restored when the discharge becomes final (破産法255条1項1号).</translation>
    </message>
    <message>
        <source>What would reset it: a payment or any acknowledgment starts it again (民法152条1項); a suit, a payment order or a court settlement suspends it and, once the right is fixed, gives a new 10 years (民法147条・169条); a seizure or an auction (民法148条); a written demand only suspends it for 6 months, once (民法150条).</source>
        <translation>What would reset it: a payment or any acknowledgment starts it again (民法152条1項); a suit, a payment order or a court settlement suspends it and, once the right is fixed, gives a new 10 years (民法147条・169条); a seizure or an auction (民法148条); a written demand only suspends it for 6 months, once (民法150条).</translation>
    </message>
    <message>
        <source>The guarantor may invoke the main debt&apos;s limitation as well (民法145条); once the main debt is extinguished the guarantee falls with it.</source>
        <translation>The guarantor may invoke the main debt&apos;s limitation as well (民法145条); once the main debt is extinguished the guarantee falls with it.</translation>
    </message>
    <message>
        <source>%1: the limitation was already invoked after it completed on %2.</source>
        <translation>%1: the limitation was already invoked after it completed on %2.</translation>
    </message>
    <message>
        <source>No debt left whose limitation could be invoked.</source>
        <translation>No debt left whose limitation could be invoked.</translation>
    </message>
    <message>
        <source>%1: the period completed on %2, but a later payment or acknowledgment forfeited the right to invoke it (最判昭和41年4月20日).</source>
        <translation>%1: the period completed on %2, but a later payment or acknowledgment forfeited the right to invoke it (最判昭和41年4月20日).</translation>
    </message>
    <message>
        <source>%1: the limitation period (%2 years) completed on %3.</source>
        <translation>%1: the limitation period (%2 years) completed on %3.</translation>
    </message>
    <message>
        <source>%1: completes on %2 (%3 days from now).</source>
        <translation>%1: completes on %2 (%3 days from now).</translation>
    </message>
    <message>
        <source>%1: a suit or enforcement is pending, so the date is the earliest possible (民法147条・148条).</source>
        <translation>%1: a suit or enforcement is pending, so the date is the earliest possible (民法147条・148条).</translation>
    </message>
    <message>
        <source>Every debt considered would be complete on %1 if nothing resets it before then.</source>
        <translation>Every debt considered would be complete on %1 if nothing resets it before then.</translation>
    </message>
    <message>
        <source>Invoke it by a contents-certified letter with proof of delivery (内容証明 with 配達証明) to each creditor: about %1 each, %2 for %3 creditor(s).</source>
        <translation>Invoke it by a contents-certified letter with proof of delivery (内容証明 with 配達証明) to each creditor: about %1 each, %2 for %3 creditor(s).</translation>
    </message>
    <message>
        <source>A judicial scrivener or lawyer charges about %1 to %2 per creditor instead.</source>
        <translation>A judicial scrivener or lawyer charges about %1 to %2 per creditor instead.</translation>
    </message>
    <message>
        <source>Invoking it (民法145条) extinguishes the debts from the start of the period (民法144条). Until the letter arrives, any payment or acknowledgment would forfeit it.</source>
        <translation>Invoking it (民法145条) extinguishes the debts from the start of the period (民法144条). Until the letter arrives, any payment or acknowledgment would forfeit it.</translation>
    </message>
    <message>
        <source>Taxes are not invoked this way and stay owed: %1.</source>
        <translation>Taxes are not invoked this way and stay owed: %1.</translation>
    </message>
    <message>
        <source>Not advice: listed to show where doing nothing leads.</source>
        <translation>Not advice: listed to show where doing nothing leads.</translation>
    </message>
    <message>
        <source>Balance today %1; late interest adds %2 a month.</source>
        <translation>Balance today %1; late interest adds %2 a month.</translation>
    </message>
    <message>
        <source>After 1 year (%1): %2. After 3 years (%3): %4. After 5 years (%5): %6.</source>
        <translation>After 1 year (%1): %2. After 3 years (%3): %4. After 5 years (%5): %6.</translation>
    </message>
    <message>
        <source>%1: deadline %2 (%3 days left, %4). %5</source>
        <translation>%1: deadline %2 (%3 days left, %4). %5</translation>
    </message>
    <message>
        <source>With an enforceable title, a wage seizure would take %1 a month (民事執行法152条) for %2 months: %3 in all.</source>
        <translation>With an enforceable title, a wage seizure would take %1 a month (民事執行法152条) for %2 months: %3 in all.</translation>
    </message>
    <message>
        <source>With an enforceable title, a wage seizure would take %1 a month (民事執行法152条) and never clear the balance.</source>
        <translation>With an enforceable title, a wage seizure would take %1 a month (民事執行法152条) and never clear the balance.</translation>
    </message>
    <message>
        <source>No wage seizure is possible on the recorded income.</source>
        <translation>No wage seizure is possible on the recorded income.</translation>
    </message>
    <message>
        <source>Deposits of %1 can be seized at once with an enforceable title.</source>
        <translation>Deposits of %1 can be seized at once with an enforceable title.</translation>
    </message>
    <message>
        <source>The total shown is what a wage seizure would take until the balance is paid; nothing is seized without an enforceable title (債務名義).</source>
        <translation>The total shown is what a wage seizure would take until the balance is paid; nothing is seized without an enforceable title (債務名義).</translation>
    </message>
    <message>
        <source>The clock keeps running, but a creditor usually sues before it completes; a judgment gives a new 10-year period (民法147条・169条).</source>
        <translation>The clock keeps running, but a creditor usually sues before it completes; a judgment gives a new 10-year period (民法147条・169条).</translation>
    </message>
    <message>
        <source>The creditor can demand the whole balance from the guarantor at any time.</source>
        <translation>The creditor can demand the whole balance from the guarantor at any time.</translation>
    </message>
    <message>
        <source>the client&apos;s occupation is restricted</source>
        <translation>the client&apos;s occupation is restricted</translation>
    </message>
    <message>
        <source>the guarantor receives the claim</source>
        <translation>the guarantor receives the claim</translation>
    </message>
    <message>
        <source>the credit record stays until paid</source>
        <translation>the credit record stays until paid</translation>
    </message>
    <message>
        <source>credit record for %1 years</source>
        <translation>credit record for %1 years</translation>
    </message>
    <message>
        <source>assets lost</source>
        <translation>assets lost</translation>
    </message>
    <message>
        <source>The limitation period has completed for every debt: invoking it ends them for the cost of a letter (%1).</source>
        <translation>The limitation period has completed for every debt: invoking it ends them for the cost of a letter (%1).</translation>
    </message>
    <message>
        <source>Lowest cost among the eligible ways out that clear the debts: %1.</source>
        <translation>Lowest cost among the eligible ways out that clear the debts: %1.</translation>
    </message>
    <message>
        <source>Cost %1, %2 more than the cheapest eligible way out.</source>
        <translation>Cost %1, %2 more than the cheapest eligible way out.</translation>
    </message>
    <message>
        <source>The cost counts %1 paid, %2 left owed and %3 of assets lost.</source>
        <translation>The cost counts %1 paid, %2 left owed and %3 of assets lost.</translation>
    </message>
    <message>
        <source>Drawbacks: %1.</source>
        <translation>Drawbacks: %1.</translation>
    </message>
    <message>
        <source>Eligible, but the payments never clear the debt: ranked after the ways out that do.</source>
        <translation>Eligible, but the payments never clear the debt: ranked after the ways out that do.</translation>
    </message>
    <message>
        <source>Not eligible: see the reasons.</source>
        <translation>Not eligible: see the reasons.</translation>
    </message>
    <message>
        <source>Doing nothing is never recommended: listed to show where it leads.</source>
        <translation>Doing nothing is never recommended: listed to show where it leads.</translation>
    </message>
    <message>
        <source>Chosen by the consultant.</source>
        <translation>Chosen by the consultant.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an asset and its value</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>debt and what the creditor can do next</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Practice path: under an installment agreement (和解) that stops late interest, %1 a month clears the balance of %2 in %3 months (%4 years and %5 months).</source>
        <translation>Practice path: under an installment agreement (和解) that stops late interest, %1 a month clears the balance of %2 in %3 months (%4 years and %5 months).</translation>
    </message>
    <message>
        <source>Practice path: even with late interest stopped, %1 a month would need more than 100 years to clear %2.</source>
        <translation>Practice path: even with late interest stopped, %1 a month would need more than 100 years to clear %2.</translation>
    </message>
    <message>
        <source>Practice, not law: after a voluntary sale the residual debt is a defaulted claim (事故債権). Servicers and creditors routinely agree to small installments on a household budget sheet (収支表) and usually stop charging late interest under the agreement, or settle the remainder after years of payment. Nothing obliges them to: the practice path needs their written agreement.</source>
        <translation>Practice, not law: after a voluntary sale the residual debt is a defaulted claim (事故債権). Servicers and creditors routinely agree to small installments on a household budget sheet (収支表) and usually stop charging late interest under the agreement, or settle the remainder after years of payment. Nothing obliges them to: the practice path needs their written agreement.</translation>
    </message>
    <message>
        <source>Practice, not law: servicers commonly settle the remainder after about %1 years of steady payment (a consultant&apos;s case: 780万円 at 1万円 a month for 5 years, 「5年後に完済予定」). After %2 payments the client would have paid %3 and still owe %4 under the agreement. Such a settlement is common but not assured, so the months and total above do not assume it.</source>
        <translation>Practice, not law: servicers commonly settle the remainder after about %1 years of steady payment (a consultant&apos;s case: 780万円 at 1万円 a month for 5 years, 「5年後に完済予定」). After %2 payments the client would have paid %3 and still owe %4 under the agreement. Such a settlement is common but not assured, so the months and total above do not assume it.</translation>
    </message>
    <message>
        <source>If late interest kept running, it would clear in %1 months; %2 paid in all, %3 of it late interest.</source>
        <translation>If late interest kept running, it would clear in %1 months; %2 paid in all, %3 of it late interest.</translation>
    </message>
    <message>
        <source>If late interest keeps running, the payment of %1 does not even cover the monthly late interest of %2: the debt never clears and the balance grows (%3 after %4 years). Only an agreement that stops late interest makes these payments clear it.</source>
        <translation>If late interest keeps running, the payment of %1 does not even cover the monthly late interest of %2: the debt never clears and the balance grows (%3 after %4 years). Only an agreement that stops late interest makes these payments clear it.</translation>
    </message>
    <message>
        <source>If late interest keeps running, %1 a month barely covers the late interest of %2 a month (30 days; a year of calendar months adds more): the debt never clears (%3 after %4 years). Only an agreement that stops late interest makes these payments clear it.</source>
        <translation>If late interest keeps running, %1 a month barely covers the late interest of %2 a month (30 days; a year of calendar months adds more): the debt never clears (%3 after %4 years). Only an agreement that stops late interest makes these payments clear it.</translation>
    </message>
    <message>
        <source>%1 a month is more than the budget surplus of %2: the budget does not carry it.</source>
        <translation>%1 a month is more than the budget surplus of %2: the budget does not carry it.</translation>
    </message>
    <message>
        <source>Servicers usually accept %1 to %2 a month after a voluntary sale; %3 is less than %4 for %5 creditor(s) and may be refused.</source>
        <translation>Servicers usually accept %1 to %2 a month after a voluntary sale; %3 is less than %4 for %5 creditor(s) and may be refused.</translation>
    </message>
    <message>
        <source>Cash %1 + deposits %2 = %3 against the low end of the usual offers, %4 (1.7% of the principal of %5).</source>
        <translation>Cash %1 + deposits %2 = %3 against the low end of the usual offers, %4 (1.7% of the principal of %5).</translation>
    </message>
    <message>
        <source>Not enough cash for even the low end of the usual offers; a servicer may accept one later, once savings allow.</source>
        <translation>Not enough cash for even the low end of the usual offers; a servicer may accept one later, once savings allow.</translation>
    </message>
    <message>
        <source>Offer range: %1 to %2 (1.7%–16% of the principal of %3, capped by the cash and deposits). Saved against the claim of %4: %5 to %6.</source>
        <translation>Offer range: %1 to %2 (1.7%–16% of the principal of %3, capped by the cash and deposits). Saved against the claim of %4: %5 to %6.</translation>
    </message>
    <message>
        <source>Paying %1 to %2 leaves %3 to %4 of cash and deposits, less than one month of expenses (%5): plan the month&apos;s living costs before paying.</source>
        <translation>Paying %1 to %2 leaves %3 to %4 of cash and deposits, less than one month of expenses (%5): plan the month&apos;s living costs before paying.</translation>
    </message>
    <message>
        <source>A lump-sum settlement with a servicer that the cash and deposits afford: an offer of %1 to %2 ends the claim. Consultant practice ranks it before installments and court procedures.</source>
        <translation>A lump-sum settlement with a servicer that the cash and deposits afford: an offer of %1 to %2 ends the claim. Consultant practice ranks it before installments and court procedures.</translation>
    </message>
    <message>
        <source>An installment agreement the budget affords: %1 a month, at or above the practice minimum of %2 a month per creditor. Consultant practice prefers it to court procedures: no licence is restricted, the guarantor is not called on while the payments are kept, and there are no fees.</source>
        <translation>An installment agreement the budget affords: %1 a month, at or above the practice minimum of %2 a month per creditor. Consultant practice prefers it to court procedures: no licence is restricted, the guarantor is not called on while the payments are kept, and there are no fees.</translation>
    </message>
    <message>
        <source>Nothing affordable ranks before it: no completed limitation, no lump-sum settlement the cash affords, and no installment agreement the budget carries at the practice minimum. The ways out that remain are compared by cost.</source>
        <translation>Nothing affordable ranks before it: no completed limitation, no lump-sum settlement the cash affords, and no installment agreement the budget carries at the practice minimum. The ways out that remain are compared by cost.</translation>
    </message>
    <message>
        <source>The budget does not carry this installment at practice levels (see its warnings and notes): compared by cost with the court procedures.</source>
        <translation>The budget does not carry this installment at practice levels (see its warnings and notes): compared by cost with the court procedures.</translation>
    </message>
    <message>
        <source>consultant practice prefers it for the reasons above</source>
        <translation>consultant practice prefers it for the reasons above</translation>
    </message>
    <message>
        <source>it costs less</source>
        <translation>it costs less</translation>
    </message>
    <message>
        <source>within one cost step of %1, fewer drawbacks count first</source>
        <translation>within one cost step of %1, fewer drawbacks count first</translation>
    </message>
    <message>
        <source>Ranked before %1 although that costs %2 less (%3 against %4): %5.</source>
        <translation>Ranked before %1 although that costs %2 less (%3 against %4): %5.</translation>
    </message>
    <message>
        <source>Ranked before %1 although that needs no monthly payments (%2 months here): %3.</source>
        <translation>Ranked before %1 although that needs no monthly payments (%2 months here): %3.</translation>
    </message>
    <message>
        <source>Ranked before %1 although that ends sooner (%2 months against %3 here): %4.</source>
        <translation>Ranked before %1 although that ends sooner (%2 months against %3 here): %4.</translation>
    </message>
    <message>
        <source>For the other debts the way out that ranks first among them is %1: %2 a month for %3 months, %4 in all with fees. Invoke the limitation first: a payment or offer on a time-barred debt would forfeit it.</source>
        <translation>For the other debts the way out that ranks first among them is %1: %2 a month for %3 months, %4 in all with fees. Invoke the limitation first: a payment or offer on a time-barred debt would forfeit it.</translation>
    </message>
    <message>
        <source>The limitation period has completed for %1 of the debts: invoke it for those first (a letter each), then %2 for the others, %3 in all. Each debt is taken the way that ends it cheapest.</source>
        <translation>The limitation period has completed for %1 of the debts: invoke it for those first (a letter each), then %2 for the others, %3 in all. Each debt is taken the way that ends it cheapest.</translation>
    </message>
    <message>
        <source>The limitation period has completed for %1 of the debts: invoking it ends those for the cost of a letter each (%2); %3 stays owed on the others.</source>
        <translation>The limitation period has completed for %1 of the debts: invoking it ends those for the cost of a letter each (%2); %3 stays owed on the others.</translation>
    </message>
    <message>
        <source>This agreement runs %1 months, beyond the practice horizon of %2, and a lump-sum settlement costs less (%3 against %4): it is compared by cost instead of being preferred by practice.</source>
        <translation>This agreement runs %1 months, beyond the practice horizon of %2, and a lump-sum settlement costs less (%3 against %4): it is compared by cost instead of being preferred by practice.</translation>
    </message>
    <message>
        <source>A prior discharge became final on %1: the 7-year bar (破産法252条1項10号) ends on %2. A filing from %3 to %2 (%4 days) would meet it; file on or after %5. The assumed filing date %6 is clear.</source>
        <translation>A prior discharge became final on %1: the 7-year bar (破産法252条1項10号) ends on %2. A filing from %3 to %2 (%4 days) would meet it; file on or after %5. The assumed filing date %6 is clear.</translation>
    </message>
    <message>
        <source>Proposed: %1 a month, the high end of what servicers usually accept (%2 to %3 a month per creditor, %4 creditor(s)). The budget would allow up to %5; keep the %6 a month left over as a reserve toward a later lump-sum offer.</source>
        <translation>Proposed: %1 a month, the high end of what servicers usually accept (%2 to %3 a month per creditor, %4 creditor(s)). The budget would allow up to %5; keep the %6 a month left over as a reserve toward a later lump-sum offer.</translation>
    </message>
    <message>
        <source>Proposed: %1 a month, all the budget allows; servicers usually accept %2 to %3 a month per creditor (%4 creditor(s)). No reserve is left for a later lump-sum offer.</source>
        <translation>Proposed: %1 a month, all the budget allows; servicers usually accept %2 to %3 a month per creditor (%4 creditor(s)). No reserve is left for a later lump-sum offer.</translation>
    </message>
    <message>
        <source>The practice proposal would be %1 a month; the budget allows up to %2.</source>
        <translation>The practice proposal would be %1 a month; the budget allows up to %2.</translation>
    </message>
    <message>
        <source>Invoke it for the %1 debt(s) whose period completed; %2 owed on the other debt(s) is left to another way out (民法145条: each debt on its own).</source>
        <translation>Invoke it for the %1 debt(s) whose period completed; %2 owed on the other debt(s) is left to another way out (民法145条: each debt on its own).</translation>
    </message>
    <message>
        <source>The client guarantees %1 (%2 owed): the discharge frees the client&apos;s guarantee, but not the principal debtor (破産法253条2項), who still owes the whole debt; the client&apos;s right of recourse (求償権) is discharged too.</source>
        <translation>The client guarantees %1 (%2 owed): the discharge frees the client&apos;s guarantee, but not the principal debtor (破産法253条2項), who still owes the whole debt; the client&apos;s right of recourse (求償権) is discharged too.</translation>
    </message>
    <message>
        <source>The client guarantees %1 (%2 owed): the guarantee is a claim in the plan and is reduced with the others; the principal debtor&apos;s debt is not (民事再生法177条2項).</source>
        <translation>The client guarantees %1 (%2 owed): the guarantee is a claim in the plan and is reduced with the others; the principal debtor&apos;s debt is not (民事再生法177条2項).</translation>
    </message>
    <message>
        <source>The client guarantees %1: a suit against the principal debtor, or a payment or acknowledgment by the principal debtor, also renews the client&apos;s period (民法457条1項); the client may invoke the principal debt&apos;s limitation (民法145条).</source>
        <translation>The client guarantees %1: a suit against the principal debtor, or a payment or acknowledgment by the principal debtor, also renews the client&apos;s period (民法457条1項); the client may invoke the principal debt&apos;s limitation (民法145条).</translation>
    </message>
    <message>
        <source>The client guarantees %1 (%2 owed): what the client pays can be claimed back from the principal debtor (求償権, 民法459条・462条); a settlement should say whether the principal debtor is released too.</source>
        <translation>The client guarantees %1 (%2 owed): what the client pays can be claimed back from the principal debtor (求償権, 民法459条・462条); a settlement should say whether the principal debtor is released too.</translation>
    </message>
    <message>
        <source>The home is still owned: its housing loan (%1) is a 住宅資金貸付債権, left out of the 50,000,000 yen cap (民事再生法221条1項) and of the claims the minimum is measured on. A 住宅資金特別条項 (民事再生法198条) keeps the home: the loan is paid as contracted, besides the plan.</source>
        <translation>The home is still owned: its housing loan (%1) is a 住宅資金貸付債権, left out of the 50,000,000 yen cap (民事再生法221条1項) and of the claims the minimum is measured on. A 住宅資金特別条項 (民事再生法198条) keeps the home: the loan is paid as contracted, besides the plan.</translation>
    </message>
    <message>
        <source>Salary-earner rehabilitation is barred for a filing on or before %1 (a prior discharge within 7 years, 民事再生法239条5項2号): file on or after %2; the assumed filing date %3 is clear.</source>
        <translation>Salary-earner rehabilitation is barred for a filing on or before %1 (a prior discharge within 7 years, 民事再生法239条5項2号): file on or after %2; the assumed filing date %3 is clear.</translation>
    </message>
    <message>
        <source>The floors come to more than the claims of %1: the plan pays the claims in full, never more.</source>
        <translation>The floors come to more than the claims of %1: the plan pays the claims in full, never more.</translation>
    </message>
    <message>
        <source>Child support arrears of %1 count in the claims the minimum is measured on (民事再生法231条2項) and are not reduced (民事再生法229条3項): the plan pays at least them in full, %2 in all.</source>
        <translation>Child support arrears of %1 count in the claims the minimum is measured on (民事再生法231条2項) and are not reduced (民事再生法229条3項): the plan pays at least them in full, %2 in all.</translation>
    </message>
    <message>
        <source>The creditors of this case seizing the same pay would take %1 a month together, the widest of their limits (%2; shared, 民事執行法156条2項・165条), for %3 months: %4 in all.</source>
        <translation>The creditors of this case seizing the same pay would take %1 a month together, the widest of their limits (%2; shared, 民事執行法156条2項・165条), for %3 months: %4 in all.</translation>
    </message>
    <message>
        <source>The creditors of this case seizing the same pay would take %1 a month together, the widest of their limits (%2; shared, 民事執行法156条2項・165条), and never clear the balance.</source>
        <translation>The creditors of this case seizing the same pay would take %1 a month together, the widest of their limits (%2; shared, 民事執行法156条2項・165条), and never clear the balance.</translation>
    </message>
    <message>
        <source>Two years of disposable income (民事再生法241条2項7号) are not computed by the law&apos;s rule: the living costs of the 政令 (241条3項の額を定める政令, by 級地, age and household) are not in this app, because their table could not be checked against a source. Estimated instead from the budget as (net income − expenses) × 24 = %1; check it against the 政令 before relying on the minimum.</source>
        <translation>Two years of disposable income (民事再生法241条2項7号) are not computed by the law&apos;s rule: the living costs of the 政令 (241条3項の額を定める政令, by 級地, age and household) are not in this app, because their table could not be checked against a source. Estimated instead from the budget as (net income − expenses) × 24 = %1; check it against the 政令 before relying on the minimum.</translation>
    </message>
</context>
<context>
    <name>zansai::Parse</name>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Enter a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>This date does not exist on the calendar.</source>
        <translation>This date does not exist on the calendar.</translation>
    </message>
    <message>
        <source>Enter a whole number of yen.</source>
        <translation>Enter a whole number of yen.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>Enter a rate in percent per year, such as 14.6.</source>
        <translation>Enter a rate in percent per year, such as 14.6.</translation>
    </message>
    <message>
        <source>The rate must be between 0 and 100 percent.</source>
        <translation>The rate must be between 0 and 100 percent.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <source>The number must be between %1 and %2.</source>
        <translation>The number must be between %1 and %2.</translation>
    </message>
</context>
<context>
    <name>zansai::RepresentationRouting</name>
    <message>
        <source>File for bankruptcy</source>
        <translation>File for bankruptcy</translation>
    </message>
    <message>
        <source>File for individual rehabilitation</source>
        <translation>File for individual rehabilitation</translation>
    </message>
    <message>
        <source>Negotiate a voluntary arrangement</source>
        <translation>Negotiate a voluntary arrangement</translation>
    </message>
    <message>
        <source>Send the limitation notice (signed by the client)</source>
        <translation>Send the limitation notice (signed by the client)</translation>
    </message>
    <message>
        <source>Offer a lump-sum settlement himself</source>
        <translation>Offer a lump-sum settlement himself</translation>
    </message>
    <message>
        <source>Ask for installments himself</source>
        <translation>Ask for installments himself</translation>
    </message>
    <message>
        <source>Defend the court proceeding</source>
        <translation>Defend the court proceeding</translation>
    </message>
    <message>
        <source>Ask the tax office for payment by installments himself</source>
        <translation>Ask the tax office for payment by installments himself</translation>
    </message>
    <message>
        <source>The client himself</source>
        <translation>The client himself</translation>
    </message>
    <message>
        <source>Certified judicial scrivener</source>
        <translation>Certified judicial scrivener</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Lawyer</translation>
    </message>
</context>
<context>
    <name>zansai::calendar</name>
    <message>
        <source>The limitation period of this debt completes at the end of this day. Until then pay nothing and acknowledge nothing in writing: either renews the period (民法152条1項). After it, the client may invoke the limitation (時効の援用, 民法145条) by a letter with proof of delivery (内容証明郵便).</source>
        <translation>The limitation period of this debt completes at the end of this day. Until then pay nothing and acknowledge nothing in writing: either renews the period (民法152条1項). After it, the client may invoke the limitation (時効の援用, 民法145条) by a letter with proof of delivery (内容証明郵便).</translation>
    </message>
    <message>
        <source>Last day to object (督促異議): %1 — %2</source>
        <translation>Last day to object (督促異議): %1 — %2</translation>
    </message>
    <message>
        <source>Last day to appeal (控訴): %1 — %2</source>
        <translation>Last day to appeal (控訴): %1 — %2</translation>
    </message>
    <message>
        <source>Court hearing (answer before it): %1 — %2</source>
        <translation>Court hearing (answer before it): %1 — %2</translation>
    </message>
    <message>
        <source>Limitation period completes: %1 — %2</source>
        <translation>Limitation period completes: %1 — %2</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>Article: %1</translation>
    </message>
    <message>
        <source>From Zansai Navigator: information for the consultation, not legal representation. Check the date against the court&apos;s papers.</source>
        <translation>From Zansai Navigator: information for the consultation, not legal representation. Check the date against the court&apos;s papers.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The calendar could not be written to %1: %2</source>
        <translation>The calendar could not be written to %1: %2</translation>
    </message>
</context>
<context>
    <name>zansai::cli</name>
    <message>
        <source>This option is required.</source>
        <translation>This option is required.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Use one of: %1.</translation>
    </message>
    <message>
        <source>Unknown option.</source>
        <translation>Unknown option.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Output is one JSON object on stdout; bad input exits with 2 and a JSON error on stderr.</source>
        <translation>Output is one JSON object on stdout; bad input exits with 2 and a JSON error on stderr.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Public holiday: %1</source>
        <translation>Public holiday: %1</translation>
    </message>
    <message>
        <source>Courts are closed from 29 December to 3 January</source>
        <translation>Courts are closed from 29 December to 3 January</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>Code of Civil Procedure art. 95: the day of service is not counted; a last day on which the court is closed moves to the next open day.</source>
        <translation>Code of Civil Procedure art. 95: the day of service is not counted; a last day on which the court is closed moves to the next open day.</translation>
    </message>
    <message>
        <source>Last day of a court period counted from service</source>
        <translation>Last day of a court period counted from service</translation>
    </message>
    <message>
        <source>Give exactly one case file.</source>
        <translation>Give exactly one case file.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Assess a case: stage, balances, deadlines, options</source>
        <translation>Assess a case: stage, balances, deadlines, options</translation>
    </message>
    <message>
        <source>Fractions of a yen: the seizable part is truncated, so the fraction stays with the debtor. The law has no rule on this; it is this tool&apos;s choice.</source>
        <translation>Fractions of a yen: the seizable part is truncated, so the fraction stays with the debtor. The law has no rule on this; it is this tool&apos;s choice.</translation>
    </message>
    <message>
        <source>This option takes no value.</source>
        <translation>This option takes no value.</translation>
    </message>
    <message>
        <source>A tax seizure has no claim kind; leave out --claim with --tax.</source>
        <translation>A tax seizure has no claim kind; leave out --claim with --tax.</translation>
    </message>
    <message>
        <source>With --tax only a monthly pay is supported.</source>
        <translation>With --tax only a monthly pay is supported.</translation>
    </message>
    <message>
        <source>Tax seizure (National Tax Collection Act art. 76): --net is the pay after income tax, resident tax and social insurance. Protected: 100,000 yen plus 45,000 yen per dependent, and 20% of the rest (at most twice that allowance).</source>
        <translation>Tax seizure (National Tax Collection Act art. 76): --net is the pay after income tax, resident tax and social insurance. Protected: 100,000 yen plus 45,000 yen per dependent, and 20% of the rest (at most twice that allowance).</translation>
    </message>
    <message>
        <source>--dependents applies only with --tax.</source>
        <translation>--dependents applies only with --tax.</translation>
    </message>
    <message>
        <source>A retirement allowance has no cap on its protected part (Civil Execution Act art. 152(2)).</source>
        <translation>A retirement allowance has no cap on its protected part (Civil Execution Act art. 152(2)).</translation>
    </message>
    <message>
        <source>Support claim (Civil Execution Act art. 152(3)): half of the net amount is protected.</source>
        <translation>Support claim (Civil Execution Act art. 152(3)): half of the net amount is protected.</translation>
    </message>
    <message>
        <source>Ordinary claim (Civil Execution Act art. 152(1)): three quarters of the net amount are protected.</source>
        <translation>Ordinary claim (Civil Execution Act art. 152(1)): three quarters of the net amount are protected.</translation>
    </message>
    <message>
        <source>Net means after income tax, resident tax and social insurance (commuting allowance is usually left out). The court may widen or narrow the range on request (art. 153).</source>
        <translation>Net means after income tax, resident tax and social insurance (commuting allowance is usually left out). The court may widen or narrow the range on request (art. 153).</translation>
    </message>
    <message>
        <source>Seizable part of one pay, bonus or retirement allowance</source>
        <translation>Seizable part of one pay, bonus or retirement allowance</translation>
    </message>
    <message>
        <source>Give the year, such as 2026.</source>
        <translation>Give the year, such as 2026.</translation>
    </message>
    <message>
        <source>Give one year only.</source>
        <translation>Give one year only.</translation>
    </message>
    <message>
        <source>Public holidays of a year, with substitute and citizens&apos; holidays</source>
        <translation>Public holidays of a year, with substitute and citizens&apos; holidays</translation>
    </message>
    <message>
        <source>The start date is after the end date (%1).</source>
        <translation>The start date is after the end date (%1).</translation>
    </message>
    <message>
        <source>The amount is too large to compute.</source>
        <translation>The amount is too large to compute.</translation>
    </message>
    <message>
        <source>Both the start date and the end date are counted.</source>
        <translation>Both the start date and the end date are counted.</translation>
    </message>
    <message>
        <source>Days in a leap year are divided by 366, the others by 365. The fraction of a yen is settled once on the total, not per calendar year; both readings are in use.</source>
        <translation>Days in a leap year are divided by 366, the others by 365. The fraction of a yen is settled once on the total, not per calendar year; both readings are in use.</translation>
    </message>
    <message>
        <source>Every day is divided by 365, leap years included (a contract&apos;s 365-day clause).</source>
        <translation>Every day is divided by 365, leap years included (a contract&apos;s 365-day clause).</translation>
    </message>
    <message>
        <source>Fractions of a yen are truncated.</source>
        <translation>Fractions of a yen are truncated.</translation>
    </message>
    <message>
        <source>Fractions of a yen are rounded half up (under 50 sen dropped, 50 sen or more rounded up).</source>
        <translation>Fractions of a yen are rounded half up (under 50 sen dropped, 50 sen or more rounded up).</translation>
    </message>
    <message>
        <source>Fractions of a yen are rounded up.</source>
        <translation>Fractions of a yen are rounded up.</translation>
    </message>
    <message>
        <source>The cap check assumes the creditor lends as a business (20%); give --business-lender no for a private lender, whose cap depends on the original principal.</source>
        <translation>The cap check assumes the creditor lends as a business (20%); give --business-lender no for a private lender, whose cap depends on the original principal.</translation>
    </message>
    <message>
        <source>The rate is below the legal rate of %1% in force on %2; if that is the first day of delay, the creditor may claim the legal rate instead.</source>
        <translation>The rate is below the legal rate of %1% in force on %2; if that is the first day of delay, the creditor may claim the legal rate instead.</translation>
    </message>
    <message>
        <source>The legal rate from 2029-04-01 has not been fixed yet; 3% is assumed.</source>
        <translation>The legal rate from 2029-04-01 has not been fixed yet; 3% is assumed.</translation>
    </message>
    <message>
        <source>Late-payment damages over a span of days</source>
        <translation>Late-payment damages over a span of days</translation>
    </message>
    <message>
        <source>The claims exceed 50 million yen (Civil Rehabilitation Act art. 221(1)): individual rehabilitation is not available; ordinary rehabilitation or bankruptcy remain.</source>
        <translation>The claims exceed 50 million yen (Civil Rehabilitation Act art. 221(1)): individual rehabilitation is not available; ordinary rehabilitation or bankruptcy remain.</translation>
    </message>
    <message>
        <source>A fifth or a tenth of the claims is rounded up to the yen (the plan must not pay less); many calculators round down instead.</source>
        <translation>A fifth or a tenth of the claims is rounded up to the yen (the plan must not pay less); many calculators round down instead.</translation>
    </message>
    <message>
        <source>A fifth or a tenth of the claims is rounded down to the yen, as many calculators do; the plan must not pay less, so rounding up is safer.</source>
        <translation>A fifth or a tenth of the claims is rounded down to the yen, as many calculators do; the plan must not pay less, so rounding up is safer.</translation>
    </message>
    <message>
        <source>Two years of disposable income is a floor for salary-earner rehabilitation only (art. 241(2)(vii)).</source>
        <translation>Two years of disposable income is a floor for salary-earner rehabilitation only (art. 241(2)(vii)).</translation>
    </message>
    <message>
        <source>Least total an individual rehabilitation plan must pay</source>
        <translation>Least total an individual rehabilitation plan must pay</translation>
    </message>
    <message>
        <source>Name the PDF to write with -o OUT.pdf.</source>
        <translation>Name the PDF to write with -o OUT.pdf.</translation>
    </message>
    <message>
        <source>Give the case store: --db FILE.</source>
        <translation>Give the case store: --db FILE.</translation>
    </message>
    <message>
        <source>There is no case store %1.</source>
        <translation>There is no case store %1.</translation>
    </message>
    <message>
        <source>Print a stored case as a case file</source>
        <translation>Print a stored case as a case file</translation>
    </message>
    <message>
        <source>Store a case file in a case store</source>
        <translation>Store a case file in a case store</translation>
    </message>
    <message>
        <source>%1 is not a regular file: the output must be a new or an ordinary file.</source>
        <translation>%1 is not a regular file: the output must be a new or an ordinary file.</translation>
    </message>
    <message>
        <source>%1 is an input of this command: choose another file to write.</source>
        <translation>%1 is an input of this command: choose another file to write.</translation>
    </message>
    <message>
        <source>Give either a case file or --db STORE --case ID, not both.</source>
        <translation>Give either a case file or --db STORE --case ID, not both.</translation>
    </message>
    <message>
        <source>Give exactly one case file, or --db STORE --case ID.</source>
        <translation>Give exactly one case file, or --db STORE --case ID.</translation>
    </message>
    <message>
        <source>There is no case file %1.</source>
        <translation>There is no case file %1.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device or a pipe): give a case file.</source>
        <translation>%1 is not a regular file (a folder, a device or a pipe): give a case file.</translation>
    </message>
    <message>
        <source>%1 is too large for a case file (%2 bytes; at most %3).</source>
        <translation>%1 is too large for a case file (%2 bytes; at most %3).</translation>
    </message>
    <message>
        <source>%1 is too large for a case file (more than %2 bytes).</source>
        <translation>%1 is too large for a case file (more than %2 bytes).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name the file to write with -o FILE.</source>
        <translation>Name the file to write with -o FILE.</translation>
    </message>
    <message>
        <source>Give the new passphrase in ZANSAI_PASSPHRASE or --passphrase-file FILE. Keep it safe: without it or the recovery key printed here, the cases cannot be read again.</source>
        <translation>Give the new passphrase in ZANSAI_PASSPHRASE or --passphrase-file FILE. Keep it safe: without it or the recovery key printed here, the cases cannot be read again.</translation>
    </message>
    <message>
        <source>Encrypt a case store at rest (prints its recovery key once)</source>
        <translation>Encrypt a case store at rest (prints its recovery key once)</translation>
    </message>
    <message>
        <source>--gross applies only with --tax.</source>
        <translation>--gross applies only with --tax.</translation>
    </message>
    <message>
        <source>Give either --net or --gross with its deductions, not both; --gross is a monthly pay with no claim kind.</source>
        <translation>Give either --net or --gross with its deductions, not both; --gross is a monthly pay with no claim kind.</translation>
    </message>
    <message>
        <source>The taxes and social insurance are more than the gross pay.</source>
        <translation>The taxes and social insurance are more than the gross pay.</translation>
    </message>
    <message>
        <source>Tax seizure (National Tax Collection Act art. 76(1)): from the gross pay are deducted income tax (item 1), resident tax (item 2), social insurance (item 3), a living allowance of 100,000 yen plus 45,000 yen per dependent (item 4, Order art. 34) and 20% of what remains, at most twice the allowance (item 5).</source>
        <translation>Tax seizure (National Tax Collection Act art. 76(1)): from the gross pay are deducted income tax (item 1), resident tax (item 2), social insurance (item 3), a living allowance of 100,000 yen plus 45,000 yen per dependent (item 4, Order art. 34) and 20% of what remains, at most twice the allowance (item 5).</translation>
    </message>
    <message>
        <source>Fractions of a yen: the 20% of item 5 is taken up to the yen, so the seizable part is truncated and the fraction stays with the debtor.</source>
        <translation>Fractions of a yen: the 20% of item 5 is taken up to the yen, so the seizable part is truncated and the fraction stays with the debtor.</translation>
    </message>
    <message>
        <source>%1 applies only with --tax --gross.</source>
        <translation>%1 applies only with --tax --gross.</translation>
    </message>
    <message>
        <source>Court practice (Tokyo District Court, 21st civil division): each whole year counted from the start date is charged at the annual rate; only the remaining days are split by calendar year, a day in a leap year being 1/366.</source>
        <translation>Court practice (Tokyo District Court, 21st civil division): each whole year counted from the start date is charged at the annual rate; only the remaining days are split by calendar year, a day in a leap year being 1/366.</translation>
    </message>
    <message>
        <source>Fractions of a yen are truncated in each whole year and each calendar-year part before they are added.</source>
        <translation>Fractions of a yen are truncated in each whole year and each calendar-year part before they are added.</translation>
    </message>
    <message>
        <source>The payment date is before the due date (%1).</source>
        <translation>The payment date is before the due date (%1).</translation>
    </message>
    <message>
        <source>The span is longer than 100 years.</source>
        <translation>The span is longer than 100 years.</translation>
    </message>
    <message>
        <source>National tax (延滞税, Act on General Rules for National Taxes art. 60; Special Taxation Measures Act art. 94): the lower rate runs through the day two months after the due date, the higher one after that.</source>
        <translation>National tax (延滞税, Act on General Rules for National Taxes art. 60; Special Taxation Measures Act art. 94): the lower rate runs through the day two months after the due date, the higher one after that.</translation>
    </message>
    <message>
        <source>Local tax (延滞金, Local Tax Act): the lower rate runs through the day one month after the due date, the higher one after that.</source>
        <translation>Local tax (延滞金, Local Tax Act): the lower rate runs through the day one month after the due date, the higher one after that.</translation>
    </message>
    <message>
        <source>Days are counted from the day after the due date through the payment date, over 365 even in leap years. Each period is truncated below one yen.</source>
        <translation>Days are counted from the day after the due date through the payment date, over 365 even in leap years. Each period is truncated below one yen.</translation>
    </message>
    <message>
        <source>The tax is truncated to units of 10,000 yen (none under 10,000); the total to units of 100 yen, and nothing is due under 1,000 yen (arts. 118 and 119).</source>
        <translation>The tax is truncated to units of 10,000 yen (none under 10,000); the total to units of 100 yen, and nothing is due under 1,000 yen (arts. 118 and 119).</translation>
    </message>
    <message>
        <source>The tax is truncated to units of 1,000 yen (none under 2,000); the total to units of 100 yen, and nothing is due under 1,000 yen (Local Tax Act art. 20-4-2).</source>
        <translation>The tax is truncated to units of 1,000 yen (none under 2,000); the total to units of 100 yen, and nothing is due under 1,000 yen (Local Tax Act art. 20-4-2).</translation>
    </message>
    <message>
        <source>The rates after %1 are not published yet: the rates of %1 are assumed.</source>
        <translation>The rates after %1 are not published yet: the rates of %1 are assumed.</translation>
    </message>
    <message>
        <source>Late-payment tax (延滞税) or local late fee (延滞金) of a tax</source>
        <translation>Late-payment tax (延滞税) or local late fee (延滞金) of a tax</translation>
    </message>
    <message>
        <source>Give the date, such as 2026-11-22.</source>
        <translation>Give the date, such as 2026-11-22.</translation>
    </message>
    <message>
        <source>Give one date only.</source>
        <translation>Give one date only.</translation>
    </message>
    <message>
        <source>Dates before 1873-01-01 (Meiji 6) have no Japanese-era date in the Gregorian calendar.</source>
        <translation>Dates before 1873-01-01 (Meiji 6) have no Japanese-era date in the Gregorian calendar.</translation>
    </message>
    <message>
        <source>A date in the Japanese calendar (和暦)</source>
        <translation>A date in the Japanese calendar (和暦)</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: it must be an ordinary file of at most %2 bytes.</source>
        <translation>Cannot read the passphrase file %1: it must be an ordinary file of at most %2 bytes.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>The passphrase file %1 is empty.</translation>
    </message>
    <message>
        <source>Write the case summary PDF (or the budget statement, referral sheet, or a draft: limitation notice, installment proposal, list of creditors)</source>
        <translation>Write the case summary PDF (or the budget statement, referral sheet, or a draft: limitation notice, installment proposal, list of creditors)</translation>
    </message>
    <message>
        <source>List every stored case&apos;s deadlines in the next days, soonest first</source>
        <translation>List every stored case&apos;s deadlines in the next days, soonest first</translation>
    </message>
    <message>
        <source>Name the calendar to write with -o OUT.ics.</source>
        <translation>Name the calendar to write with -o OUT.ics.</translation>
    </message>
    <message>
        <source>Write the court deadlines and limitation dates as an iCalendar file</source>
        <translation>Write the court deadlines and limitation dates as an iCalendar file</translation>
    </message>
    <message>
        <source>Give at least one character to search.</source>
        <translation>Give at least one character to search.</translation>
    </message>
    <message>
        <source>List the stored cases, or those a search text matches</source>
        <translation>List the stored cases, or those a search text matches</translation>
    </message>
    <message>
        <source>Give the firm&apos;s database as --db postgresql://ADMIN@HOST:PORT/DATABASE.</source>
        <translation>Give the firm&apos;s database as --db postgresql://ADMIN@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>Give the first consultant&apos;s user name: small letters, digits and _ (at most 63, not starting with pg_ or zansai_), e.g. --user tanaka.</source>
        <translation>Give the first consultant&apos;s user name: small letters, digits and _ (at most 63, not starting with pg_ or zansai_), e.g. --user tanaka.</translation>
    </message>
    <message>
        <source>--admin takes no value.</source>
        <translation>--admin takes no value.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>The server already has a user %1: nothing was changed for them. Choose another name.</source>
        <translation>The server already has a user %1: nothing was changed for them. Choose another name.</translation>
    </message>
    <message>
        <source>The user %1 could not be made: %2</source>
        <translation>The user %1 could not be made: %2</translation>
    </message>
    <message>
        <source>Set up the firm store on PostgreSQL and its first user</source>
        <translation>Set up the firm store on PostgreSQL and its first user</translation>
    </message>
    <message>
        <source>Give the laptop&apos;s case store: --from FILE.</source>
        <translation>Give the laptop&apos;s case store: --from FILE.</translation>
    </message>
    <message>
        <source>The case store %1 does not exist: give the file of the laptop&apos;s store.</source>
        <translation>The case store %1 does not exist: give the file of the laptop&apos;s store.</translation>
    </message>
    <message>
        <source>Give the firm store: --to postgresql://user@host:port/database.</source>
        <translation>Give the firm store: --to postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The target is the same store as --from: give the firm store.</source>
        <translation>The target is the same store as --from: give the firm store.</translation>
    </message>
    <message>
        <source>Case %1 could not be copied: %2</source>
        <translation>Case %1 could not be copied: %2</translation>
    </message>
    <message>
        <source>Copy a laptop case store with its history into the firm store</source>
        <translation>Copy a laptop case store with its history into the firm store</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: it must be an ordinary file of at most %2 bytes.</source>
        <translation>Cannot read the password file %1: it must be an ordinary file of at most %2 bytes.</translation>
    </message>
    <message>
        <source>The new user&apos;s password is empty: give it in --password-file FILE or type it when asked.</source>
        <translation>The new user&apos;s password is empty: give it in --password-file FILE or type it when asked.</translation>
    </message>
</context>
<context>
    <name>zansai::law::Court</name>
    <message>
        <source>Sapporo</source>
        <translation>Sapporo</translation>
    </message>
    <message>
        <source>Aomori</source>
        <translation>Aomori</translation>
    </message>
    <message>
        <source>Morioka</source>
        <translation>Morioka</translation>
    </message>
    <message>
        <source>Sendai</source>
        <translation>Sendai</translation>
    </message>
    <message>
        <source>Akita</source>
        <translation>Akita</translation>
    </message>
    <message>
        <source>Yamagata</source>
        <translation>Yamagata</translation>
    </message>
    <message>
        <source>Fukushima</source>
        <translation>Fukushima</translation>
    </message>
    <message>
        <source>Mito</source>
        <translation>Mito</translation>
    </message>
    <message>
        <source>Utsunomiya</source>
        <translation>Utsunomiya</translation>
    </message>
    <message>
        <source>Maebashi</source>
        <translation>Maebashi</translation>
    </message>
    <message>
        <source>Saitama</source>
        <translation>Saitama</translation>
    </message>
    <message>
        <source>Chiba</source>
        <translation>Chiba</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>Tokyo</translation>
    </message>
    <message>
        <source>Yokohama</source>
        <translation>Yokohama</translation>
    </message>
    <message>
        <source>Niigata</source>
        <translation>Niigata</translation>
    </message>
    <message>
        <source>Toyama</source>
        <translation>Toyama</translation>
    </message>
    <message>
        <source>Kanazawa</source>
        <translation>Kanazawa</translation>
    </message>
    <message>
        <source>Fukui</source>
        <translation>Fukui</translation>
    </message>
    <message>
        <source>Kofu</source>
        <translation>Kofu</translation>
    </message>
    <message>
        <source>Nagano</source>
        <translation>Nagano</translation>
    </message>
    <message>
        <source>Gifu</source>
        <translation>Gifu</translation>
    </message>
    <message>
        <source>Shizuoka</source>
        <translation>Shizuoka</translation>
    </message>
    <message>
        <source>Nagoya</source>
        <translation>Nagoya</translation>
    </message>
    <message>
        <source>Tsu</source>
        <translation>Tsu</translation>
    </message>
    <message>
        <source>Otsu</source>
        <translation>Otsu</translation>
    </message>
    <message>
        <source>Kyoto</source>
        <translation>Kyoto</translation>
    </message>
    <message>
        <source>Osaka</source>
        <translation>Osaka</translation>
    </message>
    <message>
        <source>Kobe</source>
        <translation>Kobe</translation>
    </message>
    <message>
        <source>Nara</source>
        <translation>Nara</translation>
    </message>
    <message>
        <source>Wakayama</source>
        <translation>Wakayama</translation>
    </message>
    <message>
        <source>Tottori</source>
        <translation>Tottori</translation>
    </message>
    <message>
        <source>Matsue</source>
        <translation>Matsue</translation>
    </message>
    <message>
        <source>Okayama</source>
        <translation>Okayama</translation>
    </message>
    <message>
        <source>Hiroshima</source>
        <translation>Hiroshima</translation>
    </message>
    <message>
        <source>Yamaguchi</source>
        <translation>Yamaguchi</translation>
    </message>
    <message>
        <source>Tokushima</source>
        <translation>Tokushima</translation>
    </message>
    <message>
        <source>Takamatsu</source>
        <translation>Takamatsu</translation>
    </message>
    <message>
        <source>Matsuyama</source>
        <translation>Matsuyama</translation>
    </message>
    <message>
        <source>Kochi</source>
        <translation>Kochi</translation>
    </message>
    <message>
        <source>Fukuoka</source>
        <translation>Fukuoka</translation>
    </message>
    <message>
        <source>Saga</source>
        <translation>Saga</translation>
    </message>
    <message>
        <source>Nagasaki</source>
        <translation>Nagasaki</translation>
    </message>
    <message>
        <source>Kumamoto</source>
        <translation>Kumamoto</translation>
    </message>
    <message>
        <source>Oita</source>
        <translation>Oita</translation>
    </message>
    <message>
        <source>Miyazaki</source>
        <translation>Miyazaki</translation>
    </message>
    <message>
        <source>Kagoshima</source>
        <translation>Kagoshima</translation>
    </message>
    <message>
        <source>Naha</source>
        <translation>Naha</translation>
    </message>
    <message>
        <source>Hakodate</source>
        <translation>Hakodate</translation>
    </message>
    <message>
        <source>Asahikawa</source>
        <translation>Asahikawa</translation>
    </message>
    <message>
        <source>Kushiro</source>
        <translation>Kushiro</translation>
    </message>
    <message>
        <source>Sakai</source>
        <translation>Sakai</translation>
    </message>
    <message>
        <source>%1 District Court</source>
        <translation>%1 District Court</translation>
    </message>
    <message>
        <source>%1 Summary Court</source>
        <translation>%1 Summary Court</translation>
    </message>
    <message>
        <source>%1 Branch</source>
        <translation>%1 Branch</translation>
    </message>
</context>
<context>
    <name>zansai::law::InterestCap</name>
    <message>
        <source>Interest Rate Restriction Act, art. 7(1)</source>
        <translation>Interest Rate Restriction Act, art. 7(1)</translation>
    </message>
    <message>
        <source>Interest Rate Restriction Act, art. 4(1)</source>
        <translation>Interest Rate Restriction Act, art. 4(1)</translation>
    </message>
    <message>
        <source>The late-interest rate of %1% exceeds the cap of %2% under %3; the part above the cap is void.</source>
        <translation>The late-interest rate of %1% exceeds the cap of %2% under %3; the part above the cap is void.</translation>
    </message>
</context>
<context>
    <name>zansai::law::LegalRepresentation</name>
    <message>
        <source>The client does this himself: it needs no representative, and the consultant only informs (a fee for acting in it would be a lawyer&apos;s work).</source>
        <translation>The client does this himself: it needs no representative, and the consultant only informs (a fee for acting in it would be a lawyer&apos;s work).</translation>
    </message>
    <message>
        <source>The claim (%1) is at most %2: a certified judicial scrivener may represent the client in the summary court.</source>
        <translation>The claim (%1) is at most %2: a certified judicial scrivener may represent the client in the summary court.</translation>
    </message>
    <message>
        <source>The claim (%1) is at most %2: a certified judicial scrivener may negotiate for the client.</source>
        <translation>The claim (%1) is at most %2: a certified judicial scrivener may negotiate for the client.</translation>
    </message>
    <message>
        <source>The claim (%1) is over %2: only a lawyer may represent the client (the limit is read on this claim alone, not on the total of the debts).</source>
        <translation>The claim (%1) is over %2: only a lawyer may represent the client (the limit is read on this claim alone, not on the total of the debts).</translation>
    </message>
    <message>
        <source>Warning: the principal (%1) is within %2, but with the late interest the claim is %3 — over the limit. The interest grows every month.</source>
        <translation>Warning: the principal (%1) is within %2, but with the late interest the claim is %3 — over the limit. The interest grows every month.</translation>
    </message>
    <message>
        <source>Filing for bankruptcy or rehabilitation for the client is a lawyer&apos;s work, whatever the amount.</source>
        <translation>Filing for bankruptcy or rehabilitation for the client is a lawyer&apos;s work, whatever the amount.</translation>
    </message>
    <message>
        <source>A judicial scrivener may only prepare the court papers (the client files them himself).</source>
        <translation>A judicial scrivener may only prepare the court papers (the client files them himself).</translation>
    </message>
</context>
<context>
    <name>zansai::law::Prefecture</name>
    <message>
        <source>Hokkaido</source>
        <translation>Hokkaido</translation>
    </message>
    <message>
        <source>Aomori</source>
        <translation>Aomori</translation>
    </message>
    <message>
        <source>Iwate</source>
        <translation>Iwate</translation>
    </message>
    <message>
        <source>Miyagi</source>
        <translation>Miyagi</translation>
    </message>
    <message>
        <source>Akita</source>
        <translation>Akita</translation>
    </message>
    <message>
        <source>Yamagata</source>
        <translation>Yamagata</translation>
    </message>
    <message>
        <source>Fukushima</source>
        <translation>Fukushima</translation>
    </message>
    <message>
        <source>Ibaraki</source>
        <translation>Ibaraki</translation>
    </message>
    <message>
        <source>Tochigi</source>
        <translation>Tochigi</translation>
    </message>
    <message>
        <source>Gunma</source>
        <translation>Gunma</translation>
    </message>
    <message>
        <source>Saitama</source>
        <translation>Saitama</translation>
    </message>
    <message>
        <source>Chiba</source>
        <translation>Chiba</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>Tokyo</translation>
    </message>
    <message>
        <source>Kanagawa</source>
        <translation>Kanagawa</translation>
    </message>
    <message>
        <source>Niigata</source>
        <translation>Niigata</translation>
    </message>
    <message>
        <source>Toyama</source>
        <translation>Toyama</translation>
    </message>
    <message>
        <source>Ishikawa</source>
        <translation>Ishikawa</translation>
    </message>
    <message>
        <source>Fukui</source>
        <translation>Fukui</translation>
    </message>
    <message>
        <source>Yamanashi</source>
        <translation>Yamanashi</translation>
    </message>
    <message>
        <source>Nagano</source>
        <translation>Nagano</translation>
    </message>
    <message>
        <source>Gifu</source>
        <translation>Gifu</translation>
    </message>
    <message>
        <source>Shizuoka</source>
        <translation>Shizuoka</translation>
    </message>
    <message>
        <source>Aichi</source>
        <translation>Aichi</translation>
    </message>
    <message>
        <source>Mie</source>
        <translation>Mie</translation>
    </message>
    <message>
        <source>Shiga</source>
        <translation>Shiga</translation>
    </message>
    <message>
        <source>Kyoto</source>
        <translation>Kyoto</translation>
    </message>
    <message>
        <source>Osaka</source>
        <translation>Osaka</translation>
    </message>
    <message>
        <source>Hyogo</source>
        <translation>Hyogo</translation>
    </message>
    <message>
        <source>Nara</source>
        <translation>Nara</translation>
    </message>
    <message>
        <source>Wakayama</source>
        <translation>Wakayama</translation>
    </message>
    <message>
        <source>Tottori</source>
        <translation>Tottori</translation>
    </message>
    <message>
        <source>Shimane</source>
        <translation>Shimane</translation>
    </message>
    <message>
        <source>Okayama</source>
        <translation>Okayama</translation>
    </message>
    <message>
        <source>Hiroshima</source>
        <translation>Hiroshima</translation>
    </message>
    <message>
        <source>Yamaguchi</source>
        <translation>Yamaguchi</translation>
    </message>
    <message>
        <source>Tokushima</source>
        <translation>Tokushima</translation>
    </message>
    <message>
        <source>Kagawa</source>
        <translation>Kagawa</translation>
    </message>
    <message>
        <source>Ehime</source>
        <translation>Ehime</translation>
    </message>
    <message>
        <source>Kochi</source>
        <translation>Kochi</translation>
    </message>
    <message>
        <source>Fukuoka</source>
        <translation>Fukuoka</translation>
    </message>
    <message>
        <source>Saga</source>
        <translation>Saga</translation>
    </message>
    <message>
        <source>Nagasaki</source>
        <translation>Nagasaki</translation>
    </message>
    <message>
        <source>Kumamoto</source>
        <translation>Kumamoto</translation>
    </message>
    <message>
        <source>Oita</source>
        <translation>Oita</translation>
    </message>
    <message>
        <source>Miyazaki</source>
        <translation>Miyazaki</translation>
    </message>
    <message>
        <source>Kagoshima</source>
        <translation>Kagoshima</translation>
    </message>
    <message>
        <source>Okinawa</source>
        <translation>Okinawa</translation>
    </message>
</context>
<context>
    <name>zansai::ui::AssetsPage</name>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>What the client owns today, at its present value.</source>
        <translation>What the client owns today, at its present value.</translation>
    </message>
    <message>
        <source>Cash at &amp;hand:</source>
        <translation>Cash at &amp;hand:</translation>
    </message>
    <message>
        <source>Bank &amp;deposits:</source>
        <translation>Bank &amp;deposits:</translation>
    </message>
    <message>
        <source>&amp;Car (present value):</source>
        <translation>&amp;Car (present value):</translation>
    </message>
    <message>
        <source>&amp;Insurance surrender value:</source>
        <translation>&amp;Insurance surrender value:</translation>
    </message>
    <message>
        <source>&amp;Retirement allowance (estimate today):</source>
        <translation>&amp;Retirement allowance (estimate today):</translation>
    </message>
    <message>
        <source>&amp;Other assets:</source>
        <translation>&amp;Other assets:</translation>
    </message>
    <message>
        <source>Bank deposits can be seized at once by a creditor holding an enforceable title; cash at hand is not in a bank. Values decide the bankruptcy procedure and the liquidation value in rehabilitation.</source>
        <translation>Bank deposits can be seized at once by a creditor holding an enforceable title; cash at hand is not in a bank. Values decide the bankruptcy procedure and the liquidation value in rehabilitation.</translation>
    </message>
</context>
<context>
    <name>zansai::ui::AutoLock</name>
    <message numerus="yes">
        <source>The case store is locked after %n minute(s) without use. Client data is hidden and the key is wiped from memory.</source>
        <translation>
            <numerusform>The case store is locked after %n minute(s) without use. Client data is hidden and the key is wiped from memory.</numerusform>
            <numerusform>The case store is locked after %n minute(s) without use. Client data is hidden and the key is wiped from memory.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Unlock…</translation>
    </message>
</context>
<context>
    <name>zansai::ui::AutoLockSetting</name>
    <message>
        <source>Lock after idle time</source>
        <translation>Lock after idle time</translation>
    </message>
    <message>
        <source>After this many minutes without input, an encrypted case store is locked: the client data is hidden and the passphrase is asked again. 0 turns this off.</source>
        <translation>After this many minutes without input, an encrypted case store is locked: the client data is hidden and the passphrase is asked again. 0 turns this off.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
</context>
<context>
    <name>zansai::ui::BackgroundPage</name>
    <message>
        <source>Occupation and earlier bankruptcy</source>
        <translation>Occupation and earlier bankruptcy</translation>
    </message>
    <message>
        <source>What limits the ways out: licences restricted in bankruptcy, and the 7-year rule after an earlier discharge.</source>
        <translation>What limits the ways out: licences restricted in bankruptcy, and the 7-year rule after an earlier discharge.</translation>
    </message>
    <message>
        <source>Occupation or &amp;licence:</source>
        <translation>Occupation or &amp;licence:</translation>
    </message>
    <message>
        <source>Lawyers, judicial scriveners, real estate transaction agents, insurance solicitors, security guards and some other licences cannot be practised from the start of bankruptcy until discharge; the results show what applies.</source>
        <translation>Lawyers, judicial scriveners, real estate transaction agents, insurance solicitors, security guards and some other licences cannot be practised from the start of bankruptcy until discharge; the results show what applies.</translation>
    </message>
    <message>
        <source>Has the client been &amp;discharged in bankruptcy before?</source>
        <translation>Has the client been &amp;discharged in bankruptcy before?</translation>
    </message>
    <message>
        <source>Discharge became final &amp;on:</source>
        <translation>Discharge became final &amp;on:</translation>
    </message>
    <message>
        <source>Consul&amp;tant:</source>
        <translation>Consul&amp;tant:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Not&amp;es:</translation>
    </message>
</context>
<context>
    <name>zansai::ui::BatchExport</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>The folder %1 could not be created.</translation>
    </message>
    <message>
        <source>Export papers to a folder</source>
        <translation>Export papers to a folder</translation>
    </message>
    <message>
        <source>Exporting the papers…</source>
        <translation>Exporting the papers…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export papers</source>
        <translation>Export papers</translation>
    </message>
    <message>
        <source>Case %1 of %2: %3</source>
        <translation>Case %1 of %2: %3</translation>
    </message>
    <message>
        <source>Cancelled: the papers of %1 of %2 cases were written to %3; each file is complete.</source>
        <translation>Cancelled: the papers of %1 of %2 cases were written to %3; each file is complete.</translation>
    </message>
    <message>
        <source>The papers of %1 of %2 cases were written to %3.</source>
        <translation>The papers of %1 of %2 cases were written to %3.</translation>
    </message>
    <message>
        <source>There is no saved case to export.</source>
        <translation>There is no saved case to export.</translation>
    </message>
</context>
<context>
    <name>zansai::ui::BudgetPage</name>
    <message>
        <source>&amp;Income per month</source>
        <translation>&amp;Income per month</translation>
    </message>
    <message>
        <source>&amp;Expenses per month</source>
        <translation>&amp;Expenses per month</translation>
    </message>
    <message>
        <source>Income %1, expenses %2: %3 %4 a month.</source>
        <translation>Income %1, expenses %2: %3 %4 a month.</translation>
    </message>
    <message>
        <source>short by</source>
        <translation>short by</translation>
    </message>
    <message>
        <source>left over</source>
        <translation>left over</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Income and expenses</source>
        <translation>Income and expenses</translation>
    </message>
    <message>
        <source>The household&apos;s income and spending each month (収支表): leave a line empty when it does not apply.</source>
        <translation>The household&apos;s income and spending each month (収支表): leave a line empty when it does not apply.</translation>
    </message>
    <message>
        <source>There is already a line named %1.</source>
        <translation>There is already a line named %1.</translation>
    </message>
    <message>
        <source>A&amp;dd income line</source>
        <translation>A&amp;dd income line</translation>
    </message>
    <message>
        <source>Add e&amp;xpense line</source>
        <translation>Add e&amp;xpense line</translation>
    </message>
    <message>
        <source>Name of another income, e.g. rent received</source>
        <translation>Name of another income, e.g. rent received</translation>
    </message>
    <message>
        <source>Name of another expense, e.g. parking</source>
        <translation>Name of another expense, e.g. parking</translation>
    </message>
    <message>
        <source>Name of the new income line</source>
        <translation>Name of the new income line</translation>
    </message>
    <message>
        <source>Name of the new expense line</source>
        <translation>Name of the new expense line</translation>
    </message>
</context>
<context>
    <name>zansai::ui::CalendarActions</name>
    <message>
        <source>Calendar written: %1</source>
        <translation>Calendar written: %1</translation>
    </message>
    <message>
        <source>Export to &amp;calendar…</source>
        <translation>Export to &amp;calendar…</translation>
    </message>
    <message>
        <source>The open case&apos;s court deadlines and limitation dates as an iCalendar file</source>
        <translation>The open case&apos;s court deadlines and limitation dates as an iCalendar file</translation>
    </message>
    <message>
        <source>&amp;Deadlines…</source>
        <translation>&amp;Deadlines…</translation>
    </message>
    <message>
        <source>Every case&apos;s deadlines in the next days, soonest first</source>
        <translation>Every case&apos;s deadlines in the next days, soonest first</translation>
    </message>
</context>
<context>
    <name>zansai::ui::CalendarExportDialog</name>
    <message>
        <source>Export to calendar</source>
        <translation>Export to calendar</translation>
    </message>
    <message>
        <source>&amp;Name the client in events:</source>
        <translation>&amp;Name the client in events:</translation>
    </message>
    <message>
        <source>Case number only</source>
        <translation>Case number only</translation>
    </message>
    <message>
        <source>Case number and initials</source>
        <translation>Case number and initials</translation>
    </message>
    <message>
        <source>Case number and full name</source>
        <translation>Case number and full name</translation>
    </message>
    <message>
        <source>&amp;Alarm before each date:</source>
        <translation>&amp;Alarm before each date:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Calendars are often copied to phones and shared servers. The events hold the dates, the creditors and what to do; never the client&apos;s address, phone or amounts.</source>
        <translation>Calendars are often copied to phones and shared servers. The events hold the dates, the creditors and what to do; never the client&apos;s address, phone or amounts.</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
</context>
<context>
    <name>zansai::ui::CaseDiff</name>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>kana</source>
        <translation>kana</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>birth date</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>occupation</translation>
    </message>
    <message>
        <source>dependents</source>
        <translation>dependents</translation>
    </message>
    <message>
        <source>net income</source>
        <translation>net income</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>creditor</source>
        <translation>creditor</translation>
    </message>
    <message>
        <source>original creditor</source>
        <translation>original creditor</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>dates</translation>
    </message>
    <message>
        <source>principal</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>late interest</source>
        <translation>late interest</translation>
    </message>
    <message>
        <source>guarantor</source>
        <translation>guarantor</translation>
    </message>
    <message>
        <source>event added: %1</source>
        <translation>event added: %1</translation>
    </message>
    <message>
        <source>event removed: %1</source>
        <translation>event removed: %1</translation>
    </message>
    <message>
        <source>event changed: %1</source>
        <translation>event changed: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Client: %1</translation>
    </message>
    <message>
        <source>Sale of the home</source>
        <translation>Sale of the home</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Earlier bankruptcy</source>
        <translation>Earlier bankruptcy</translation>
    </message>
    <message>
        <source>Consultation date: %1</source>
        <translation>Consultation date: %1</translation>
    </message>
    <message>
        <source>Consultant&apos;s notes</source>
        <translation>Consultant&apos;s notes</translation>
    </message>
    <message>
        <source>Installment: %1</source>
        <translation>Installment: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Chosen way out</source>
        <translation>Chosen way out</translation>
    </message>
    <message>
        <source>Debt added: %1</source>
        <translation>Debt added: %1</translation>
    </message>
    <message>
        <source>Debt %1: %2</source>
        <translation>Debt %1: %2</translation>
    </message>
    <message>
        <source>Debt removed: %1</source>
        <translation>Debt removed: %1</translation>
    </message>
</context>
<context>
    <name>zansai::ui::CaseHistoryDialog</name>
    <message>
        <source>(no visible change)</source>
        <translation>(no visible change)</translation>
    </message>
    <message>
        <source>First saved</source>
        <translation>First saved</translation>
    </message>
    <message>
        <source>Version %1 restored as version %2.</source>
        <translation>Version %1 restored as version %2.</translation>
    </message>
    <message>
        <source>Saved versions of the case</source>
        <translation>Saved versions of the case</translation>
    </message>
    <message>
        <source>Every save is kept. Pick a version to restore it: it is saved again as the newest version, and nothing after it is lost.</source>
        <translation>Every save is kept. Pick a version to restore it: it is saved again as the newest version, and nothing after it is lost.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Saved versions</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restore this version</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>zansai::ui::CaseListModel</name>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <source>Creditors</source>
        <translation>Creditors</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Last saved</translation>
    </message>
</context>
<context>
    <name>zansai::ui::CaseListView</name>
    <message>
        <source>Case list</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Empty the trash</translation>
    </message>
    <message>
        <source>No case store is open.</source>
        <translation>No case store is open.</translation>
    </message>
    <message>
        <source>Client name or reading, creditor, notes</source>
        <translation>Client name or reading, creditor, notes</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Cases in the trash</source>
        <translation>Cases in the trash</translation>
    </message>
    <message>
        <source>Saved cases</source>
        <translation>Saved cases</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>New consultation</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Empty trash</source>
        <translation>&amp;Empty trash</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>&amp;Trash</translation>
    </message>
    <message>
        <source>Show the cases that were deleted; they can be restored.</source>
        <translation>Show the cases that were deleted; they can be restored.</translation>
    </message>
    <message>
        <source>Delete the case in the trash for good? This cannot be undone.</source>
        <translation>Delete the case in the trash for good? This cannot be undone.</translation>
    </message>
    <message>
        <source>Delete the %1 cases in the trash for good? This cannot be undone.</source>
        <translation>Delete the %1 cases in the trash for good? This cannot be undone.</translation>
    </message>
    <message>
        <source>1 case in the trash</source>
        <translation>1 case in the trash</translation>
    </message>
    <message>
        <source>%1 cases in the trash</source>
        <translation>%1 cases in the trash</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1 case</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>Se&amp;arch:</translation>
    </message>
</context>
<context>
    <name>zansai::ui::CasePanel</name>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Consultation: %1</source>
        <translation>Consultation: %1</translation>
    </message>
    <message>
        <source>&amp;Back to the case list</source>
        <translation>&amp;Back to the case list</translation>
    </message>
    <message>
        <source>Mark as consulted to&amp;day</source>
        <translation>Mark as consulted to&amp;day</translation>
    </message>
    <message>
        <source>The figures are always counted to today; this records today as the case&apos;s consultation date.</source>
        <translation>The figures are always counted to today; this records today as the case&apos;s consultation date.</translation>
    </message>
    <message>
        <source>Edit the &amp;interview</source>
        <translation>Edit the &amp;interview</translation>
    </message>
    <message>
        <source>Edit the se&amp;lected debt…</source>
        <translation>Edit the se&amp;lected debt…</translation>
    </message>
    <message>
        <source>Its terms, its events and how they moved the limitation date (Enter on a debt row)</source>
        <translation>Its terms, its events and how they moved the limitation date (Enter on a debt row)</translation>
    </message>
</context>
<context>
    <name>zansai::ui::CaseSession</name>
    <message>
        <source>All changes saved.</source>
        <translation>All changes saved.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Not saved yet: the case is saved as soon as the client&apos;s name is entered.</source>
        <translation>Not saved yet: the case is saved as soon as the client&apos;s name is entered.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>All changes saved, but the daily backup failed: %1</source>
        <translation>All changes saved, but the daily backup failed: %1</translation>
    </message>
</context>
<context>
    <name>zansai::ui::ChartsPanel</name>
    <message>
        <source>&amp;Monthly payment</source>
        <translation>&amp;Monthly payment</translation>
    </message>
    <message>
        <source>Late i&amp;nterest</source>
        <translation>Late i&amp;nterest</translation>
    </message>
    <message>
        <source>Balance over 10 &amp;years</source>
        <translation>Balance over 10 &amp;years</translation>
    </message>
</context>
<context>
    <name>zansai::ui::ClientDocuments</name>
    <message>
        <source>This summary shows calculations based on what the client told us on the date above. It is not legal advice. Court procedures and negotiations on the client&apos;s behalf belong with a lawyer or a judicial scrivener (司法書士).</source>
        <translation>This summary shows calculations based on what the client told us on the date above. It is not legal advice. Court procedures and negotiations on the client&apos;s behalf belong with a lawyer or a judicial scrivener (司法書士).</translation>
    </message>
    <message>
        <source>Client and sale</source>
        <translation>Client and sale</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Dependents</source>
        <translation>Dependents</translation>
    </message>
    <message>
        <source>Net income (monthly)</source>
        <translation>Net income (monthly)</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Debts</source>
        <translation>Debts</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation>Creditor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Late interest</source>
        <translation>Late interest</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Limitation ends</source>
        <translation>Limitation ends</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>As of %1. Late interest is counted through that day; amounts are truncated below one yen.</source>
        <translation>As of %1. Late interest is counted through that day; amounts are truncated below one yen.</translation>
    </message>
    <message>
        <source>Where the client stands</source>
        <translation>Where the client stands</translation>
    </message>
    <message>
        <source>No court deadline is running.</source>
        <translation>No court deadline is running.</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>If it is missed</source>
        <translation>If it is missed</translation>
    </message>
    <message>
        <source>Limitation period (消滅時効)</source>
        <translation>Limitation period (消滅時効)</translation>
    </message>
    <message>
        <source>Ways out compared</source>
        <translation>Ways out compared</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <source>Credit record</source>
        <translation>Credit record</translation>
    </message>
    <message>
        <source>★ marks the recommended option. Totals include typical fees.</source>
        <translation>★ marks the recommended option. Totals include typical fees.</translation>
    </message>
    <message>
        <source>Guarantor: %1</source>
        <translation>Guarantor: %1</translation>
    </message>
    <message>
        <source>Limitation: %1</source>
        <translation>Limitation: %1</translation>
    </message>
    <message>
        <source>Occupation: %1</source>
        <translation>Occupation: %1</translation>
    </message>
    <message>
        <source>Assets: %1</source>
        <translation>Assets: %1</translation>
    </message>
    <message>
        <source>Prepared on %1 — case %2</source>
        <translation>Prepared on %1 — case %2</translation>
    </message>
    <message>
        <source>%1 — consultant: %2</source>
        <translation>%1 — consultant: %2</translation>
    </message>
    <message>
        <source>Projections</source>
        <translation>Projections</translation>
    </message>
    <message>
        <source>Balance over ten years under each option</source>
        <translation>Balance over ten years under each option</translation>
    </message>
    <message>
        <source>Monthly payment of each option</source>
        <translation>Monthly payment of each option</translation>
    </message>
    <message>
        <source>Late interest if nothing is done</source>
        <translation>Late interest if nothing is done</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Points where the law is disputed</source>
        <translation>Points where the law is disputed</translation>
    </message>
    <message>
        <source>Name: %1    Household: %2 dependents    Date: %3</source>
        <translation>Name: %1    Household: %2 dependents    Date: %3</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>Total income</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>Total expenses</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Bank deposits</source>
        <translation>Bank deposits</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Car</translation>
    </message>
    <message>
        <source>Insurance surrender value</source>
        <translation>Insurance surrender value</translation>
    </message>
    <message>
        <source>Retirement allowance (estimate)</source>
        <translation>Retirement allowance (estimate)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>I confirm that the above is true and complete.</source>
        <translation>I confirm that the above is true and complete.</translation>
    </message>
    <message>
        <source>Date: ____________    Signature: ______________________</source>
        <translation>Date: ____________    Signature: ______________________</translation>
    </message>
    <message>
        <source>To the lawyer or judicial scrivener: a summary of the facts as told to us on %1 (case %2).</source>
        <translation>To the lawyer or judicial scrivener: a summary of the facts as told to us on %1 (case %2).</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Occupation / income</source>
        <translation>Occupation / income</translation>
    </message>
    <message>
        <source>Prior discharge</source>
        <translation>Prior discharge</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Total balance</source>
        <translation>Total balance</translation>
    </message>
    <message>
        <source>Latest event</source>
        <translation>Latest event</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>%1: %2 (%3) — %4 days left</source>
        <translation>%1: %2 (%3) — %4 days left</translation>
    </message>
    <message>
        <source>Consultant&apos;s notes</source>
        <translation>Consultant&apos;s notes</translation>
    </message>
    <message>
        <source>Referred by: %1 %2</source>
        <translation>Referred by: %1 %2</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <source>Household income and expense statement</source>
        <translation>Household income and expense statement</translation>
    </message>
    <message>
        <source>Referral sheet</source>
        <translation>Referral sheet</translation>
    </message>
    <message>
        <source>Zansai Navigator</source>
        <translation>Zansai Navigator</translation>
    </message>
    <message>
        <source>Not legal advice: court procedures go to a lawyer or judicial scrivener. Case %1.</source>
        <translation>Not legal advice: court procedures go to a lawyer or judicial scrivener. Case %1.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Why this date</source>
        <translation>Why this date</translation>
    </message>
    <message>
        <source>Salary (take-home)</source>
        <translation>Salary (take-home)</translation>
    </message>
    <message>
        <source>Spouse&apos;s income</source>
        <translation>Spouse&apos;s income</translation>
    </message>
    <message>
        <source>Business income</source>
        <translation>Business income</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>Pension</translation>
    </message>
    <message>
        <source>Child allowance and other benefits</source>
        <translation>Child allowance and other benefits</translation>
    </message>
    <message>
        <source>Support from relatives</source>
        <translation>Support from relatives</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>Other income</translation>
    </message>
    <message>
        <source>Housing (rent, land rent, fees)</source>
        <translation>Housing (rent, land rent, fees)</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Food</translation>
    </message>
    <message>
        <source>Utilities (electricity, gas, water)</source>
        <translation>Utilities (electricity, gas, water)</translation>
    </message>
    <message>
        <source>Phone and internet</source>
        <translation>Phone and internet</translation>
    </message>
    <message>
        <source>Daily necessities</source>
        <translation>Daily necessities</translation>
    </message>
    <message>
        <source>Insurance premiums</source>
        <translation>Insurance premiums</translation>
    </message>
    <message>
        <source>Car costs (petrol etc.)</source>
        <translation>Car costs (petrol etc.)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Medical</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>Clothing</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Social expenses</source>
        <translation>Social expenses</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>Leisure</translation>
    </message>
    <message>
        <source>Child support paid</source>
        <translation>Child support paid</translation>
    </message>
    <message>
        <source>Debt repayments</source>
        <translation>Debt repayments</translation>
    </message>
    <message>
        <source>Occasional expenses (ceremonies etc.)</source>
        <translation>Occasional expenses (ceremonies etc.)</translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation>Other expenses</translation>
    </message>
    <message>
        <source>Other (items without a category)</source>
        <translation>Other (items without a category)</translation>
    </message>
    <message>
        <source>Other (items without a category: %1)</source>
        <translation>Other (items without a category: %1)</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Other:</translation>
    </message>
    <message>
        <source>Carried in from the previous month</source>
        <translation>Carried in from the previous month</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <source>Monthly surplus (deficit)</source>
        <translation>Monthly surplus (deficit)</translation>
    </message>
    <message>
        <source>Carried forward to the next month</source>
        <translation>Carried forward to the next month</translation>
    </message>
    <message>
        <source> (same plan)</source>
        <translation> (same plan)</translation>
    </message>
    <message>
        <source>The figures are the monthly plan recorded at the consultation. The second month repeats the same plan with the balance carried forward; it is not a record of that month. Carried in: the cash and deposits the client declared. Blank lines are for the client to fill in; courts ask for the actual figures of the last two months.</source>
        <translation>The figures are the monthly plan recorded at the consultation. The second month repeats the same plan with the balance carried forward; it is not a record of that month. Carried in: the cash and deposits the client declared. Blank lines are for the client to fill in; courts ask for the actual figures of the last two months.</translation>
    </message>
    <message>
        <source>Notice invoking the limitation period (draft)</source>
        <translation>Notice invoking the limitation period (draft)</translation>
    </message>
    <message>
        <source>Proposal to pay in installments (draft)</source>
        <translation>Proposal to pay in installments (draft)</translation>
    </message>
    <message>
        <source>List of creditors</source>
        <translation>List of creditors</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>None recorded</translation>
    </message>
    <message>
        <source>the client is guarantor (principal debtor: %1)</source>
        <translation>the client is guarantor (principal debtor: %1)</translation>
    </message>
    <message>
        <source>claim assigned by %1</source>
        <translation>claim assigned by %1</translation>
    </message>
    <message>
        <source>some facts are still to be confirmed</source>
        <translation>some facts are still to be confirmed</translation>
    </message>
    <message>
        <source>limitation invoked</source>
        <translation>limitation invoked</translation>
    </message>
    <message>
        <source>acknowledged after the limitation completed</source>
        <translation>acknowledged after the limitation completed</translation>
    </message>
    <message>
        <source>limitation completed at the end of %1 (not yet invoked)</source>
        <translation>limitation completed at the end of %1 (not yet invoked)</translation>
    </message>
    <message>
        <source>Debtor: %1    Amounts as of %2    Case %3</source>
        <translation>Debtor: %1    Amounts as of %2    Case %3</translation>
    </message>
    <message>
        <source>A DRAFT made from what you told us, for you to check, complete and sign, and to hand to the lawyer or judicial scrivener yourself. We give information and do not represent you (弁護士法72条).</source>
        <translation>A DRAFT made from what you told us, for you to check, complete and sign, and to hand to the lawyer or judicial scrivener yourself. We give information and do not represent you (弁護士法72条).</translation>
    </message>
    <message>
        <source>(original creditor: %1)</source>
        <translation>(original creditor: %1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contract date</source>
        <translation>Contract date</translation>
    </message>
    <message>
        <source>Principal at default</source>
        <translation>Principal at default</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>Balance now</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Guarantor</translation>
    </message>
    <message>
        <source>Court title (債務名義)</source>
        <translation>Court title (債務名義)</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Balance now: unpaid principal and late interest as of %1, as in the case summary. Write in each creditor&apos;s address from its latest letter. A debt whose principal is unknown is left out of the totals.</source>
        <translation>Balance now: unpaid principal and late interest as of %1, as in the case summary. Write in each creditor&apos;s address from its latest letter. A debt whose principal is unknown is left out of the totals.</translation>
    </message>
    <message>
        <source>Zansai Navigator %1 · law tables %2 · case %3 · as of %4</source>
        <translation>Zansai Navigator %1 · law tables %2 · case %3 · as of %4</translation>
    </message>
    <message>
        <source>%1: a tax is not settled by a proposal like this one; ask the tax office about paying in installments.</source>
        <translation>%1: a tax is not settled by a proposal like this one; ask the tax office about paying in installments.</translation>
    </message>
    <message>
        <source>%1: the limitation has been invoked; nothing is proposed.</source>
        <translation>%1: the limitation has been invoked; nothing is proposed.</translation>
    </message>
    <message>
        <source>%1: the limitation completed at the end of %2. A proposal to pay would acknowledge the debt and lose the right to invoke it (最判昭和41年4月20日): see the notice invoking the limitation instead.</source>
        <translation>%1: the limitation completed at the end of %2. A proposal to pay would acknowledge the debt and lose the right to invoke it (最判昭和41年4月20日): see the notice invoking the limitation instead.</translation>
    </message>
    <message>
        <source>%1: its share of the monthly payment is less than 1 yen.</source>
        <translation>%1: its share of the monthly payment is less than 1 yen.</translation>
    </message>
    <message>
        <source>My home was sold (%1, settled on %2), and the sale did not cover the loan.</source>
        <translation>My home was sold (%1, settled on %2), and the sale did not cover the loan.</translation>
    </message>
    <message>
        <source>I live on a take-home income of %1 a month with %2 dependent(s); after the household&apos;s expenses, %3 a month is left (household budget attached).</source>
        <translation>I live on a take-home income of %1 a month with %2 dependent(s); after the household&apos;s expenses, %3 a month is left (household budget attached).</translation>
    </message>
    <message>
        <source>Proposal to pay in installments</source>
        <translation>Proposal to pay in installments</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <source>Address: ______________________________</source>
        <translation>Address: ______________________________</translation>
    </message>
    <message>
        <source>Telephone: ____________________</source>
        <translation>Telephone: ____________________</translation>
    </message>
    <message>
        <source>As to my debt to you described below (%1 as of %2, late interest included), I am not able to pay it at once.</source>
        <translation>As to my debt to you described below (%1 as of %2, late interest included), I am not able to pay it at once.</translation>
    </message>
    <message>
        <source>I therefore ask you to accept payment of %1 a month, starting in %2, and to consider waiving the late interest while the payments are kept.</source>
        <translation>I therefore ask you to accept payment of %1 a month, starting in %2, and to consider waiving the late interest while the payments are kept.</translation>
    </message>
    <message>
        <source>Please reply in writing to the address above.</source>
        <translation>Please reply in writing to the address above.</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>Lender</translation>
    </message>
    <message>
        <source>Principal when accelerated</source>
        <translation>Principal when accelerated</translation>
    </message>
    <message>
        <source>Balance (late interest included)</source>
        <translation>Balance (late interest included)</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Monthly payment</source>
        <translation>Monthly payment</translation>
    </message>
    <message>
        <source>First payment</source>
        <translation>First payment</translation>
    </message>
    <message>
        <source>Signature: ______________________    (seal)</source>
        <translation>Signature: ______________________    (seal)</translation>
    </message>
    <message>
        <source>No installment proposal can be drafted: no installment plan is computed for this case. %1</source>
        <translation>No installment proposal can be drafted: no installment plan is computed for this case. %1</translation>
    </message>
    <message>
        <source>No installment proposal can be drafted: %1</source>
        <translation>No installment proposal can be drafted: %1</translation>
    </message>
    <message>
        <source>A DRAFT for you to check, sign, seal and send yourself, in your own name. We give information and do not act for you: we do not represent you before the creditor or a court (弁護士法72条). For a negotiation or a court case, see a lawyer or a certified judicial scrivener.</source>
        <translation>A DRAFT for you to check, sign, seal and send yourself, in your own name. We give information and do not act for you: we do not represent you before the creditor or a court (弁護士法72条). For a negotiation or a court case, see a lawyer or a certified judicial scrivener.</translation>
    </message>
    <message>
        <source>%1 — prepared on %2 (case %3)</source>
        <translation>%1 — prepared on %2 (case %3)</translation>
    </message>
    <message>
        <source>The monthly payment in the assessment is %1 in all; each creditor is offered a share in proportion to what it is owed.</source>
        <translation>The monthly payment in the assessment is %1 in all; each creditor is offered a share in proportion to what it is owed.</translation>
    </message>
    <message>
        <source>%1: %2 a month (owed: %3)</source>
        <translation>%1: %2 a month (owed: %3)</translation>
    </message>
    <message>
        <source>Creditors left out, and why</source>
        <translation>Creditors left out, and why</translation>
    </message>
    <message>
        <source>The shares of the creditors left out are not offered to the others: ask the consultant before changing the amounts.</source>
        <translation>The shares of the creditors left out are not offered to the others: ask the consultant before changing the amounts.</translation>
    </message>
    <message>
        <source>Before you send it</source>
        <translation>Before you send it</translation>
    </message>
    <message>
        <source>A proposal to pay acknowledges the debt: the limitation period starts again from it (民法152条1項). Send it only if you mean to pay.</source>
        <translation>A proposal to pay acknowledges the debt: the limitation period starts again from it (民法152条1項). Send it only if you mean to pay.</translation>
    </message>
    <message>
        <source>Check every name, date and amount, fill in your telephone number, sign and seal each letter.</source>
        <translation>Check every name, date and amount, fill in your telephone number, sign and seal each letter.</translation>
    </message>
    <message>
        <source>Attach the household income and expense statement (家計収支表) and keep a copy of everything you send.</source>
        <translation>Attach the household income and expense statement (家計収支表) and keep a copy of everything you send.</translation>
    </message>
    <message>
        <source>Pay only what is agreed in writing, and only once it is agreed.</source>
        <translation>Pay only what is agreed in writing, and only once it is agreed.</translation>
    </message>
    <message>
        <source>Send the Japanese letters that follow; the English letters after them are a translation for you to read.</source>
        <translation>Send the Japanese letters that follow; the English letters after them are a translation for you to read.</translation>
    </message>
    <message>
        <source>(a debt whose creditor is not recorded yet)</source>
        <translation>(a debt whose creditor is not recorded yet)</translation>
    </message>
    <message>
        <source>%1: a tax is extinguished by the limitation without being invoked (国税通則法72条2項, 地方税法18条2項): no notice is sent.</source>
        <translation>%1: a tax is extinguished by the limitation without being invoked (国税通則法72条2項, 地方税法18条2項): no notice is sent.</translation>
    </message>
    <message>
        <source>%1: the limitation cannot be computed, because the contract date or the date the loan was accelerated is not recorded.</source>
        <translation>%1: the limitation cannot be computed, because the contract date or the date the loan was accelerated is not recorded.</translation>
    </message>
    <message>
        <source>%1: the limitation has already been invoked.</source>
        <translation>%1: the limitation has already been invoked.</translation>
    </message>
    <message>
        <source>%1: the debt was paid or acknowledged after the limitation had completed, so it can no longer be invoked (最判昭和41年4月20日).</source>
        <translation>%1: the debt was paid or acknowledged after the limitation had completed, so it can no longer be invoked (最判昭和41年4月20日).</translation>
    </message>
    <message>
        <source>%1: not time-barred on %2: a court proceeding or an enforcement is pending, and the limitation cannot complete while it lasts (民法147条・148条).</source>
        <translation>%1: not time-barred on %2: a court proceeding or an enforcement is pending, and the limitation cannot complete while it lasts (民法147条・148条).</translation>
    </message>
    <message>
        <source>%1: not time-barred on %2: the limitation completes at the end of %3.</source>
        <translation>%1: not time-barred on %2: the limitation completes at the end of %3.</translation>
    </message>
    <message>
        <source>%1: nothing is owed.</source>
        <translation>%1: nothing is owed.</translation>
    </message>
    <message>
        <source>(a debt of %1 that I guaranteed)</source>
        <translation>(a debt of %1 that I guaranteed)</translation>
    </message>
    <message>
        <source>To: %1 (personal)</source>
        <translation>To: %1 (personal)</translation>
    </message>
    <message>
        <source>Notice invoking the limitation period</source>
        <translation>Notice invoking the limitation period</translation>
    </message>
    <message>
        <source>Address: (fill in)</source>
        <translation>Address: (fill in)</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Sender: %1    (seal)</source>
        <translation>Sender: %1    (seal)</translation>
    </message>
    <message>
        <source>    As to the claim described below%1, which you state you acquired from %2, the extinctive prescription was completed at the end of %3. By this notice I invoke the prescription.</source>
        <translation>    As to the claim described below%1, which you state you acquired from %2, the extinctive prescription was completed at the end of %3. By this notice I invoke the prescription.</translation>
    </message>
    <message>
        <source>    As to the claim described below%1, the extinctive prescription was completed at the end of %2. By this notice I invoke the prescription.</source>
        <translation>    As to the claim described below%1, the extinctive prescription was completed at the end of %2. By this notice I invoke the prescription.</translation>
    </message>
    <message>
        <source>    Please make no further demand for this claim.</source>
        <translation>    Please make no further demand for this claim.</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Original creditor</source>
        <translation>Original creditor</translation>
    </message>
    <message>
        <source>Accelerated on</source>
        <translation>Accelerated on</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>No notice invoking the limitation can be drafted: the case has no debt.</source>
        <translation>No notice invoking the limitation can be drafted: the case has no debt.</translation>
    </message>
    <message>
        <source>No notice invoking the limitation can be drafted: %1</source>
        <translation>No notice invoking the limitation can be drafted: %1</translation>
    </message>
    <message>
        <source>The debts this notice is for</source>
        <translation>The debts this notice is for</translation>
    </message>
    <message>
        <source>%1: %2 (late interest included); the limitation completed at the end of %3.</source>
        <translation>%1: %2 (late interest included); the limitation completed at the end of %3.</translation>
    </message>
    <message>
        <source>Debts left out, and why</source>
        <translation>Debts left out, and why</translation>
    </message>
    <message>
        <source>Do not pay anything, promise to pay, ask for an installment plan or sign a balance confirmation for these debts, not even a small amount: that acknowledges the debt and the limitation can then no longer be invoked (最判昭和41年4月20日).</source>
        <translation>Do not pay anything, promise to pay, ask for an installment plan or sign a balance confirmation for these debts, not even a small amount: that acknowledges the debt and the limitation can then no longer be invoked (最判昭和41年4月20日).</translation>
    </message>
    <message>
        <source>Fill in the creditor&apos;s address (from its latest letter), put the day you send it as the date, and check every name, date and amount against your papers.</source>
        <translation>Fill in the creditor&apos;s address (from its latest letter), put the day you send it as the date, and check every name, date and amount against your papers.</translation>
    </message>
    <message>
        <source>Sign and seal where the notice says so; with several pages, seal across each fold between pages (契印).</source>
        <translation>Sign and seal where the notice says so; with several pages, seal across each fold between pages (契印).</translation>
    </message>
    <message>
        <source>Send it by 内容証明郵便 with 配達証明 (proof of delivery): take three copies to the post office (one for the creditor, one the post office keeps, one for you). Keep your copy and the proof of delivery.</source>
        <translation>Send it by 内容証明郵便 with 配達証明 (proof of delivery): take three copies to the post office (one for the creditor, one the post office keeps, one for you). Keep your copy and the proof of delivery.</translation>
    </message>
    <message>
        <source>Each page holds at most 26 characters a line and 20 lines, as 内容証明 requires; do not add text to the pages.</source>
        <translation>Each page holds at most 26 characters a line and 20 lines, as 内容証明 requires; do not add text to the pages.</translation>
    </message>
    <message>
        <source>If the creditor sues or sends a court paper anyway, answer the court by its deadline and say that the limitation has been invoked; see a lawyer or judicial scrivener.</source>
        <translation>If the creditor sues or sends a court paper anyway, answer the court by its deadline and say that the limitation has been invoked; see a lawyer or judicial scrivener.</translation>
    </message>
    <message>
        <source>The post office takes 内容証明 in Japanese only: send the Japanese pages that follow. The English pages after them are a translation for you to read.</source>
        <translation>The post office takes 内容証明 in Japanese only: send the Japanese pages that follow. The English pages after them are a translation for you to read.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Guarantors</source>
        <translation>Guarantors</translation>
    </message>
    <message>
        <source>No debt has a guarantor.</source>
        <translation>No debt has a guarantor.</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Affected by the way out advised</source>
        <translation>Affected by the way out advised</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>Court proceedings</source>
        <translation>Court proceedings</translation>
    </message>
    <message>
        <source>No court proceeding is recorded.</source>
        <translation>No court proceeding is recorded.</translation>
    </message>
    <message>
        <source>Proceeding</source>
        <translation>Proceeding</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Who may do each step</source>
        <translation>Who may do each step</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>%1: %2 (%3) — passed</source>
        <translation>%1: %2 (%3) — passed</translation>
    </message>
    <message>
        <source>What the consultant advised</source>
        <translation>What the consultant advised</translation>
    </message>
    <message>
        <source>Chosen with the client: %1</source>
        <translation>Chosen with the client: %1</translation>
    </message>
    <message>
        <source>Recommended (not yet chosen): %1</source>
        <translation>Recommended (not yet chosen): %1</translation>
    </message>
    <message>
        <source>the summary court that sent the payment order</source>
        <translation>the summary court that sent the payment order</translation>
    </message>
    <message>
        <source>By %1 (%2 days left): send the written objection (督促異議申立書) to the payment order from %3 so that it reaches %4 in time. If it is late, the creditor can seize wages and bank accounts.</source>
        <translation>By %1 (%2 days left): send the written objection (督促異議申立書) to the payment order from %3 so that it reaches %4 in time. If it is late, the creditor can seize wages and bank accounts.</translation>
    </message>
    <message>
        <source>the court that gave the judgment</source>
        <translation>the court that gave the judgment</translation>
    </message>
    <message>
        <source>By %1 (%2 days left): to appeal the judgment for %3, a notice of appeal (控訴状) must reach %4. Decide it with a lawyer now: after that day the judgment is final.</source>
        <translation>By %1 (%2 days left): to appeal the judgment for %3, a notice of appeal (控訴状) must reach %4. Decide it with a lawyer now: after that day the judgment is final.</translation>
    </message>
    <message>
        <source>the court named in the summons</source>
        <translation>the court named in the summons</translation>
    </message>
    <message>
        <source>Before the hearing on %1 (%2 days left): send a written answer (答弁書) to the suit by %3 to %4, proposing installments if needed. If nothing is sent and nobody goes, the creditor wins by default.</source>
        <translation>Before the hearing on %1 (%2 days left): send a written answer (答弁書) to the suit by %3 to %4, proposing installments if needed. If nothing is sent and nobody goes, the creditor wins by default.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>What to do now</translation>
    </message>
</context>
<context>
    <name>zansai::ui::ClientPage</name>
    <message>
        <source>The client</source>
        <translation>The client</translation>
    </message>
    <message>
        <source>Who is consulting, and what the household lives on.</source>
        <translation>Who is consulting, and what the household lives on.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Kana reading:</source>
        <translation>&amp;Kana reading:</translation>
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation>Birth &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>&amp;Occupation:</translation>
    </message>
    <message>
        <source>D&amp;ependents:</source>
        <translation>D&amp;ependents:</translation>
    </message>
    <message>
        <source>Net monthly &amp;income:</source>
        <translation>Net monthly &amp;income:</translation>
    </message>
    <message>
        <source>Take-home pay: after income tax, resident tax and social insurance.</source>
        <translation>Take-home pay: after income tax, resident tax and social insurance.</translation>
    </message>
    <message>
        <source>&amp;Pay cycle:</source>
        <translation>&amp;Pay cycle:</translation>
    </message>
    <message>
        <source>Prefect&amp;ure:</source>
        <translation>Prefect&amp;ure:</translation>
    </message>
    <message>
        <source>&amp;City or ward:</source>
        <translation>&amp;City or ward:</translation>
    </message>
    <message>
        <source>e.g. Sakai</source>
        <translation>e.g. Sakai</translation>
    </message>
    <message>
        <source>(not entered)</source>
        <translation>(not entered)</translation>
    </message>
    <message>
        <source>in katakana, as on the ID</source>
        <translation>in katakana, as on the ID</translation>
    </message>
    <message>
        <source>The prefecture and city decide the court.</source>
        <translation>The prefecture and city decide the court.</translation>
    </message>
    <message>
        <source>Court: %1</source>
        <translation>Court: %1</translation>
    </message>
    <message>
        <source>A payment order would come from the %1.</source>
        <translation>A payment order would come from the %1.</translation>
    </message>
    <message>
        <source>A payment order would come from the summary court of this city: check the court&apos;s list of districts.</source>
        <translation>A payment order would come from the summary court of this city: check the court&apos;s list of districts.</translation>
    </message>
    <message>
        <source>Ot&amp;her occupations:</source>
        <translation>Ot&amp;her occupations:</translation>
    </message>
    <message>
        <source>Tick every other work the client does: a licence that bankruptcy restricts counts even on the side.</source>
        <translation>Tick every other work the client does: a licence that bankruptcy restricts counts even on the side.</translation>
    </message>
</context>
<context>
    <name>zansai::ui::ContactPage</name>
    <message>
        <source>This is before the debt&apos;s contract date (%1).</source>
        <translation>This is before the debt&apos;s contract date (%1).</translation>
    </message>
    <message>
        <source>Creditor contact</source>
        <translation>Creditor contact</translation>
    </message>
    <message>
        <source>How far the creditor has gone: letters, court papers, judgment, seizure.</source>
        <translation>How far the creditor has gone: letters, court papers, judgment, seizure.</translation>
    </message>
    <message>
        <source>Did the client &amp;ignore demand letters or bills?</source>
        <translation>Did the client &amp;ignore demand letters or bills?</translation>
    </message>
    <message>
        <source>Date of the &amp;latest letter:</source>
        <translation>Date of the &amp;latest letter:</translation>
    </message>
    <message>
        <source>From &amp;whom:</source>
        <translation>From &amp;whom:</translation>
    </message>
    <message>
        <source>Did a &amp;complaint or a payment order come from the court?</source>
        <translation>Did a &amp;complaint or a payment order come from the court?</translation>
    </message>
    <message>
        <source>A special delivery envelope from a summary or district court (特別送達): a complaint (訴状) or a payment order (支払督促).</source>
        <translation>A special delivery envelope from a summary or district court (特別送達): a complaint (訴状) or a payment order (支払督促).</translation>
    </message>
</context>
<context>
    <name>zansai::ui::CourtOutcomePage</name>
    <message>
        <source>This is before the court papers were served (%1).</source>
        <translation>This is before the court papers were served (%1).</translation>
    </message>
    <message>
        <source>A judgment becomes final after it is served.</source>
        <translation>A judgment becomes final after it is served.</translation>
    </message>
    <message>
        <source>Judgment and seizure</source>
        <translation>Judgment and seizure</translation>
    </message>
    <message>
        <source>What the court decided, and whether anything has been seized.</source>
        <translation>What the court decided, and whether anything has been seized.</translation>
    </message>
    <message>
        <source>Has a &amp;judgment been given?</source>
        <translation>Has a &amp;judgment been given?</translation>
    </message>
    <message>
        <source>Judgment ser&amp;ved on:</source>
        <translation>Judgment ser&amp;ved on:</translation>
    </message>
    <message>
        <source>It has become fin&amp;al (確定)</source>
        <translation>It has become fin&amp;al (確定)</translation>
    </message>
    <message>
        <source>Has anything been &amp;seized?</source>
        <translation>Has anything been &amp;seized?</translation>
    </message>
    <message>
        <source>&amp;What was seized:</source>
        <translation>&amp;What was seized:</translation>
    </message>
    <message>
        <source>About the debt with %1.</source>
        <translation>About the debt with %1.</translation>
    </message>
    <message>
        <source>F&amp;inal on:</source>
        <translation>F&amp;inal on:</translation>
    </message>
    <message>
        <source>Seizure &amp;order served on:</source>
        <translation>Seizure &amp;order served on:</translation>
    </message>
</context>
<context>
    <name>zansai::ui::CourtPapersPage</name>
    <message>
        <source>This is before the debt&apos;s contract date (%1).</source>
        <translation>This is before the debt&apos;s contract date (%1).</translation>
    </message>
    <message>
        <source>The hearing cannot be before the complaint was served.</source>
        <translation>The hearing cannot be before the complaint was served.</translation>
    </message>
    <message>
        <source>It comes after the payment order: this date is before the order was served.</source>
        <translation>It comes after the payment order: this date is before the order was served.</translation>
    </message>
    <message>
        <source>Court papers</source>
        <translation>Court papers</translation>
    </message>
    <message>
        <source>Which papers came from the court, when, and about which debt.</source>
        <translation>Which papers came from the court, when, and about which debt.</translation>
    </message>
    <message>
        <source>About &amp;which debt:</source>
        <translation>About &amp;which debt:</translation>
    </message>
    <message>
        <source>&amp;Papers:</source>
        <translation>&amp;Papers:</translation>
    </message>
    <message>
        <source>Payment order (支払督促)</source>
        <translation>Payment order (支払督促)</translation>
    </message>
    <message>
        <source>Complaint (訴状)</source>
        <translation>Complaint (訴状)</translation>
    </message>
    <message>
        <source>Ser&amp;ved on:</source>
        <translation>Ser&amp;ved on:</translation>
    </message>
    <message>
        <source>First &amp;hearing on:</source>
        <translation>First &amp;hearing on:</translation>
    </message>
    <message>
        <source>A payment order with a declaration of provisional &amp;execution (仮執行宣言付支払督促) came too</source>
        <translation>A payment order with a declaration of provisional &amp;execution (仮執行宣言付支払督促) came too</translation>
    </message>
    <message>
        <source>That one served &amp;on:</source>
        <translation>That one served &amp;on:</translation>
    </message>
    <message>
        <source>The served date is on the delivery record of the special delivery envelope; the deadlines count from the day after it.</source>
        <translation>The served date is on the delivery record of the special delivery envelope; the deadlines count from the day after it.</translation>
    </message>
    <message>
        <source>Papers: payment order</source>
        <translation>Papers: payment order</translation>
    </message>
    <message>
        <source>Papers: complaint</source>
        <translation>Papers: complaint</translation>
    </message>
</context>
<context>
    <name>zansai::ui::DeadlinesModel</name>
    <message>
        <source>Objection (督促異議)</source>
        <translation>Objection (督促異議)</translation>
    </message>
    <message>
        <source>Appeal (控訴)</source>
        <translation>Appeal (控訴)</translation>
    </message>
    <message>
        <source>Hearing: answer before it</source>
        <translation>Hearing: answer before it</translation>
    </message>
    <message>
        <source>Limitation completes</source>
        <translation>Limitation completes</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day(s)</numerusform>
            <numerusform>%n day(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation>Creditor</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
</context>
<context>
    <name>zansai::ui::DeadlinesView</name>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>&amp;Next days:</source>
        <translation>&amp;Next days:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message numerus="yes">
        <source>No deadline in the next %n day(s).</source>
        <translation>
            <numerusform>No deadline in the next %n day(s).</numerusform>
            <numerusform>No deadline in the next %n day(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or a double-click opens the case. Court deadlines and the days limitation periods complete, soonest first.</source>
        <translation>Enter or a double-click opens the case. Court deadlines and the days limitation periods complete, soonest first.</translation>
    </message>
</context>
<context>
    <name>zansai::ui::DebtChooser</name>
    <message>
        <source>Another creditor…</source>
        <translation>Another creditor…</translation>
    </message>
    <message>
        <source>%1: name of the other creditor</source>
        <translation>%1: name of the other creditor</translation>
    </message>
    <message>
        <source>Name of the creditor</source>
        <translation>Name of the creditor</translation>
    </message>
</context>
<context>
    <name>zansai::ui::DebtEditor</name>
    <message>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Timeline (%1)</translation>
    </message>
    <message>
        <source>Limitation steps</source>
        <translation>Limitation steps</translation>
    </message>
    <message>
        <source>Payments, acknowledgments, demands, the sale of the claim and court papers (Ctrl+Tab)</source>
        <translation>Payments, acknowledgments, demands, the sale of the claim and court papers (Ctrl+Tab)</translation>
    </message>
    <message>
        <source>&amp;Original creditor:</source>
        <translation>&amp;Original creditor:</translation>
    </message>
    <message>
        <source>The lender before the claim was sold, if it was</source>
        <translation>The lender before the claim was sold, if it was</translation>
    </message>
    <message>
        <source>Lender t&amp;ype before the sale:</source>
        <translation>Lender t&amp;ype before the sale:</translation>
    </message>
    <message>
        <source>Sold to the ser&amp;vicer on:</source>
        <translation>Sold to the ser&amp;vicer on:</translation>
    </message>
    <message>
        <source>A claim sold to a servicer keeps the limitation period of its origin: the kind of lender that lent the money.</source>
        <translation>A claim sold to a servicer keeps the limitation period of its origin: the kind of lender that lent the money.</translation>
    </message>
    <message>
        <source>Servicer (debt collection company)</source>
        <translation>Servicer (debt collection company)</translation>
    </message>
</context>
<context>
    <name>zansai::ui::DebtEditorDialog</name>
    <message>
        <source>Debt — %1</source>
        <translation>Debt — %1</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Debt</translation>
    </message>
</context>
<context>
    <name>zansai::ui::DebtEventsEditor</name>
    <message>
        <source>This date is after the consultation date (%1).</source>
        <translation>This date is after the consultation date (%1).</translation>
    </message>
    <message>
        <source>This is before the contract date (%1).</source>
        <translation>This is before the contract date (%1).</translation>
    </message>
    <message>
        <source>Add e&amp;vent</source>
        <translation>Add e&amp;vent</translation>
    </message>
    <message>
        <source>Re&amp;move event</source>
        <translation>Re&amp;move event</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Amo&amp;unt:</source>
        <translation>Amo&amp;unt:</translation>
    </message>
    <message>
        <source>&amp;Hearing on:</source>
        <translation>&amp;Hearing on:</translation>
    </message>
    <message>
        <source>Agreed unti&amp;l:</source>
        <translation>Agreed unti&amp;l:</translation>
    </message>
    <message>
        <source>Seizure tar&amp;get:</source>
        <translation>Seizure tar&amp;get:</translation>
    </message>
    <message>
        <source>C&amp;ourt:</source>
        <translation>C&amp;ourt:</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Case number:</translation>
    </message>
    <message>
        <source>Not&amp;e:</source>
        <translation>Not&amp;e:</translation>
    </message>
    <message>
        <source>Add an event, or pick one in the list to edit it: payments, acknowledgments, demands, the sale of the claim, court papers and how each proceeding ended.</source>
        <translation>Add an event, or pick one in the list to edit it: payments, acknowledgments, demands, the sale of the claim, court papers and how each proceeding ended.</translation>
    </message>
    <message>
        <source>e.g. Osaka Summary Court</source>
        <translation>e.g. Osaka Summary Court</translation>
    </message>
    <message>
        <source>e.g. Reiwa 8 (ro) No. 1234</source>
        <translation>e.g. Reiwa 8 (ro) No. 1234</translation>
    </message>
    <message>
        <source>The term agreed in writing to negotiate, if shorter than one year (民法151条1項2号).</source>
        <translation>The term agreed in writing to negotiate, if shorter than one year (民法151条1項2号).</translation>
    </message>
    <message>
        <source>Events of the debt</source>
        <translation>Events of the debt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>zansai::ui::DebtEventsModel</name>
    <message>
        <source>hearing %1</source>
        <translation>hearing %1</translation>
    </message>
    <message>
        <source>agreed until %1</source>
        <translation>agreed until %1</translation>
    </message>
    <message>
        <source>An event has no date.</source>
        <translation>An event has no date.</translation>
    </message>
    <message>
        <source>The payment of %1 needs an amount greater than zero.</source>
        <translation>The payment of %1 needs an amount greater than zero.</translation>
    </message>
    <message>
        <source>The seizure of %1 needs what was seized.</source>
        <translation>The seizure of %1 needs what was seized.</translation>
    </message>
    <message>
        <source>%1 — incomplete</source>
        <translation>%1 — incomplete</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Court, case number, details</source>
        <translation>Court, case number, details</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>zansai::ui::DebtsPage</name>
    <message>
        <source>An event of this debt is earlier (%1).</source>
        <translation>An event of this debt is earlier (%1).</translation>
    </message>
    <message>
        <source>This is before the contract date.</source>
        <translation>This is before the contract date.</translation>
    </message>
    <message>
        <source>Debts</source>
        <translation>Debts</translation>
    </message>
    <message>
        <source>Every debt and its creditor, as on the latest letter or statement.</source>
        <translation>Every debt and its creditor, as on the latest letter or statement.</translation>
    </message>
    <message>
        <source>Add each debt: the residual housing loan and any cards, loans or taxes. Pick a debt in the list to see and edit its details.</source>
        <translation>Add each debt: the residual housing loan and any cards, loans or taxes. Pick a debt in the list to see and edit its details.</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation>Creditor</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;Add debt</source>
        <translation>&amp;Add debt</translation>
    </message>
    <message>
        <source>&amp;Remove debt</source>
        <translation>&amp;Remove debt</translation>
    </message>
    <message>
        <source>Selected debt</source>
        <translation>Selected debt</translation>
    </message>
    <message>
        <source>Cre&amp;ditor:</source>
        <translation>Cre&amp;ditor:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Lender type:</source>
        <translation>&amp;Lender type:</translation>
    </message>
    <message>
        <source>Con&amp;tract date:</source>
        <translation>Con&amp;tract date:</translation>
    </message>
    <message>
        <source>Acceleration or s&amp;ubrogation date:</source>
        <translation>Acceleration or s&amp;ubrogation date:</translation>
    </message>
    <message>
        <source>&amp;Principal then:</source>
        <translation>&amp;Principal then:</translation>
    </message>
    <message>
        <source>Late &amp;interest rate:</source>
        <translation>Late &amp;interest rate:</translation>
    </message>
    <message>
        <source>&amp;Guarantor:</source>
        <translation>&amp;Guarantor:</translation>
    </message>
    <message>
        <source>The day the whole balance became due (期限の利益喪失日), or the day a guarantee company paid the bank (代位弁済日).</source>
        <translation>The day the whole balance became due (期限の利益喪失日), or the day a guarantee company paid the bank (代位弁済日).</translation>
    </message>
    <message>
        <source>(no creditor yet)</source>
        <translation>(no creditor yet)</translation>
    </message>
    <message>
        <source>%1 — incomplete</source>
        <translation>%1 — incomplete</translation>
    </message>
    <message>
        <source>Remove debt</source>
        <translation>Remove debt</translation>
    </message>
    <message>
        <source>Add at least one debt.</source>
        <translation>Add at least one debt.</translation>
    </message>
    <message>
        <source>Complete every debt before going on.</source>
        <translation>Complete every debt before going on.</translation>
    </message>
    <message>
        <source>Remove the debt with %1 and the event recorded on it?</source>
        <translation>Remove the debt with %1 and the event recorded on it?</translation>
    </message>
    <message>
        <source>Remove the debt with %1 and the %2 events recorded on it?</source>
        <translation>Remove the debt with %1 and the %2 events recorded on it?</translation>
    </message>
    <message>
        <source>Day count ba&amp;sis:</source>
        <translation>Day count ba&amp;sis:</translation>
    </message>
</context>
<context>
    <name>zansai::ui::DocumentActions</name>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
</context>
<context>
    <name>zansai::ui::EncryptionOffer</name>
    <message>
        <source>If the passphrase is lost, the cases cannot be recovered without the recovery key: nobody, not even the developers, can open the store.</source>
        <translation>If the passphrase is lost, the cases cannot be recovered without the recovery key: nobody, not even the developers, can open the store.</translation>
    </message>
    <message>
        <source>Recovery key of the case store</source>
        <translation>Recovery key of the case store</translation>
    </message>
    <message>
        <source>Encrypt the case store</source>
        <translation>Encrypt the case store</translation>
    </message>
    <message>
        <source>The case store %1 is not encrypted: anyone who can read the file can read the clients&apos; names, incomes and debts. Encrypt it now?</source>
        <translation>The case store %1 is not encrypted: anyone who can read the file can read the clients&apos; names, incomes and debts. Encrypt it now?</translation>
    </message>
    <message>
        <source>Encrypt…</source>
        <translation>Encrypt…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Never for this store</source>
        <translation>Never for this store</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>The same passphrase again</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>The case store is encrypted. This is its recovery key: the only way in if the passphrase is lost. It is shown only now. Print it or write it down, and keep it locked away from the computer.</source>
        <translation>The case store is encrypted. This is its recovery key: the only way in if the passphrase is lost. It is shown only now. Print it or write it down, and keep it locked away from the computer.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>I have kept the recovery key somewhere safe</source>
        <translation>I have kept the recovery key somewhere safe</translation>
    </message>
    <message>
        <source>Encrypting the case store…</source>
        <translation>Encrypting the case store…</translation>
    </message>
    <message>
        <source>The case store %1 was not encrypted; it stays as it was.

%2</source>
        <translation>The case store %1 was not encrypted; it stays as it was.

%2</translation>
    </message>
    <message>
        <source>Please keep the recovery key before going on: it is not shown again.</source>
        <translation>Please keep the recovery key before going on: it is not shown again.</translation>
    </message>
</context>
<context>
    <name>zansai::ui::FieldEdit</name>
    <message>
        <source>Required.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problem with %1</translation>
    </message>
</context>
<context>
    <name>zansai::ui::Format</name>
    <message>
        <source>en</source>
        <comment>the code of the language of this catalogue</comment>
        <translation>en</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>1 day left</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1 day ago</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 days ago</translation>
    </message>
</context>
<context>
    <name>zansai::ui::GuarantorsPage</name>
    <message>
        <source>Guarantors</source>
        <translation>Guarantors</translation>
    </message>
    <message>
        <source>Who stands behind the debts that have a guarantor.</source>
        <translation>Who stands behind the debts that have a guarantor.</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>Debt</translation>
    </message>
    <message>
        <source>Guarantor&apos;s name</source>
        <translation>Guarantor&apos;s name</translation>
    </message>
    <message>
        <source>Relationship to the client</source>
        <translation>Relationship to the client</translation>
    </message>
    <message>
        <source>A joint guarantor (連帯保証人) owes the whole residual debt as soon as the client stops paying. Bankruptcy (破産法253条2項) and rehabilitation (民事再生法177条2項) do not free the guarantor: the creditor turns to them for the rest. Talk to the guarantor before choosing a way out.</source>
        <translation>A joint guarantor (連帯保証人) owes the whole residual debt as soon as the client stops paying. Bankruptcy (破産法253条2項) and rehabilitation (民事再生法177条2項) do not free the guarantor: the creditor turns to them for the rest. Talk to the guarantor before choosing a way out.</translation>
    </message>
    <message>
        <source>Guarantor&apos;s name for %1</source>
        <translation>Guarantor&apos;s name for %1</translation>
    </message>
    <message>
        <source>Relationship of the guarantor for %1</source>
        <translation>Relationship of the guarantor for %1</translation>
    </message>
    <message>
        <source>e.g. spouse, parent</source>
        <translation>e.g. spouse, parent</translation>
    </message>
</context>
<context>
    <name>zansai::ui::InterviewPage</name>
    <message>
        <source>This date is after the consultation date (%1).</source>
        <translation>This date is after the consultation date (%1).</translation>
    </message>
</context>
<context>
    <name>zansai::ui::InterviewWizard</name>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Interview — %1</source>
        <translation>Interview — %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
</context>
<context>
    <name>zansai::ui::LimitationPanel</name>
    <message>
        <source>No debt to show.</source>
        <translation>No debt to show.</translation>
    </message>
    <message>
        <source>Not counted yet: the contract and acceleration dates are missing.</source>
        <translation>Not counted yet: the contract and acceleration dates are missing.</translation>
    </message>
    <message>
        <source>%1: completes on %2 (%3 years).</source>
        <translation>%1: completes on %2 (%3 years).</translation>
    </message>
    <message>
        <source>A proceeding is pending: the date cannot come before it ends (民法147条・148条).</source>
        <translation>A proceeding is pending: the date cannot come before it ends (民法147条・148条).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>What it did</source>
        <translation>What it did</translation>
    </message>
    <message>
        <source>Limitation steps</source>
        <translation>Limitation steps</translation>
    </message>
</context>
<context>
    <name>zansai::ui::MainWindow</name>
    <message>
        <source>Zansai Navigator — residual debt consultation</source>
        <translation>Zansai Navigator — residual debt consultation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New consultation…</source>
        <translation>&amp;New consultation…</translation>
    </message>
    <message>
        <source>Start the interview for a new client</source>
        <translation>Start the interview for a new client</translation>
    </message>
    <message>
        <source>&amp;Open saved cases…</source>
        <translation>&amp;Open saved cases…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Zansai Navigator</source>
        <translation>&amp;About Zansai Navigator</translation>
    </message>
    <message>
        <source>Start a consultation, or open a saved case.</source>
        <translation>Start a consultation, or open a saved case.</translation>
    </message>
    <message>
        <source>Start a new consultation</source>
        <translation>Start a new consultation</translation>
    </message>
    <message>
        <source>Open saved cases</source>
        <translation>Open saved cases</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Zansai Navigator %1&lt;/h3&gt;&lt;p&gt;A consultation tool for residual debt after a voluntary sale.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;It shows calculations, not legal advice: court procedures belong with a lawyer or a judicial scrivener.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Zansai Navigator %1&lt;/h3&gt;&lt;p&gt;A consultation tool for residual debt after a voluntary sale.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;It shows calculations, not legal advice: court procedures belong with a lawyer or a judicial scrivener.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Zansai Navigator</source>
        <translation>About Zansai Navigator</translation>
    </message>
    <message>
        <source>&amp;Edit the interview</source>
        <translation>&amp;Edit the interview</translation>
    </message>
    <message>
        <source>Opening the case store…</source>
        <translation>Opening the case store…</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>New consultation</translation>
    </message>
    <message>
        <source>No case store is open, so nothing could be saved.</source>
        <translation>No case store is open, so nothing could be saved.</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Open case</translation>
    </message>
    <message>
        <source>Saved elsewhere</source>
        <translation>Saved elsewhere</translation>
    </message>
    <message>
        <source>Another window or program saved this case after you opened it, so your last edit was not saved over it. Save your version as a new case?</source>
        <translation>Another window or program saved this case after you opened it, so your last edit was not saved over it. Save your version as a new case?</translation>
    </message>
    <message>
        <source>E&amp;xport PDF</source>
        <translation>E&amp;xport PDF</translation>
    </message>
    <message>
        <source>Print pre&amp;view and print</source>
        <translation>Print pre&amp;view and print</translation>
    </message>
    <message>
        <source>PDF written: %1</source>
        <translation>PDF written: %1</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>No case is open.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Saved &amp;versions of the case…</source>
        <translation>Saved &amp;versions of the case…</translation>
    </message>
    <message>
        <source>Consultation date</source>
        <translation>Consultation date</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Installment</translation>
    </message>
    <message>
        <source>Chosen option</source>
        <translation>Chosen option</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Interview cancelled: the new case is in the trash.</source>
        <translation>Interview cancelled: the new case is in the trash.</translation>
    </message>
    <message>
        <source>Cancelled interview</source>
        <translation>Cancelled interview</translation>
    </message>
    <message>
        <source>Debt %1</source>
        <translation>Debt %1</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Restore version %1</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time…</source>
        <translation>Lock after &amp;idle time…</translation>
    </message>
    <message>
        <source>Case &amp;store…</source>
        <translation>Case &amp;store…</translation>
    </message>
    <message>
        <source>Export the papers of the selected cases…</source>
        <translation>Export the papers of the selected cases…</translation>
    </message>
    <message>
        <source>Interview cancelled; the new case could not be moved to the trash: %1</source>
        <translation>Interview cancelled; the new case could not be moved to the trash: %1</translation>
    </message>
</context>
<context>
    <name>zansai::ui::PagedDocument</name>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>The PDF could not be written to %1: %2</translation>
    </message>
</context>
<context>
    <name>zansai::ui::PassphrasePrompt</name>
    <message>
        <source>Unlock the case store</source>
        <translation>Unlock the case store</translation>
    </message>
    <message>
        <source>The case store %1 is encrypted. Enter its passphrase.</source>
        <translation>The case store %1 is encrypted. Enter its passphrase.</translation>
    </message>
    <message>
        <source>I lost the passphrase: use the recovery key</source>
        <translation>I lost the passphrase: use the recovery key</translation>
    </message>
    <message>
        <source>The case store was not unlocked.</source>
        <translation>The case store was not unlocked.</translation>
    </message>
    <message>
        <source>Remember the passphrase in the desktop keyring</source>
        <translation>Remember the passphrase in the desktop keyring</translation>
    </message>
</context>
<context>
    <name>zansai::ui::PdfTextLayer</name>
    <message>
        <source>The PDF could not be post-processed: %1</source>
        <translation>The PDF could not be post-processed: %1</translation>
    </message>
</context>
<context>
    <name>zansai::ui::Plausibility</name>
    <message>
        <source>Expenses exceed income by %1 a month, far more than usual: check for a yearly figure or a missing income line.</source>
        <translation>Expenses exceed income by %1 a month, far more than usual: check for a yearly figure or a missing income line.</translation>
    </message>
</context>
<context>
    <name>zansai::ui::ResultsView</name>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>%1 (%2): by %3 — %4</source>
        <translation>%1 (%2): by %3 — %4</translation>
    </message>
    <message>
        <source>No court deadline is running.</source>
        <translation>No court deadline is running.</translation>
    </message>
    <message>
        <source>If wages were seized: %1 a month could be taken; %2 of deposits are at risk at once.</source>
        <translation>If wages were seized: %1 a month could be taken; %2 of deposits are at risk at once.</translation>
    </message>
    <message>
        <source>★ Recommended</source>
        <translation>★ Recommended</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Where the law is disputed (the choice made)</source>
        <translation>Where the law is disputed (the choice made)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>If nothing is done</source>
        <translation>If nothing is done</translation>
    </message>
    <message>
        <source>Debts</source>
        <translation>Debts</translation>
    </message>
    <message>
        <source>Ways out</source>
        <translation>Ways out</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation>Creditor</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Late interest</source>
        <translation>Late interest</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Limitation completes</source>
        <translation>Limitation completes</translation>
    </message>
    <message>
        <source>Limitation</source>
        <translation>Limitation</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Installment per mon&amp;th:</source>
        <translation>Installment per mon&amp;th:</translation>
    </message>
    <message>
        <source>Installment per month</source>
        <translation>Installment per month</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Credit record: kept until the debt is paid.</source>
        <translation>Credit record: kept until the debt is paid.</translation>
    </message>
    <message>
        <source>Fees included in the total: %1</source>
        <translation>Fees included in the total: %1</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Effects</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 month</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <source>Credit record: about 1 year.</source>
        <translation>Credit record: about 1 year.</translation>
    </message>
    <message>
        <source>Credit record: about %1 years.</source>
        <translation>Credit record: about %1 years.</translation>
    </message>
    <message>
        <source>As of %1
(case consulted on %2)</source>
        <translation>As of %1
(case consulted on %2)</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>not entered</translation>
    </message>
    <message>
        <source>Not counted: dates missing</source>
        <translation>Not counted: dates missing</translation>
    </message>
    <message>
        <source>%1 + interest not counted</source>
        <translation>%1 + interest not counted</translation>
    </message>
    <message>
        <source>No wages to seize: %1 of deposits are at risk at once.</source>
        <translation>No wages to seize: %1 of deposits are at risk at once.</translation>
    </message>
    <message>
        <source>Court: %1</source>
        <translation>Court: %1</translation>
    </message>
    <message>
        <source>✔ Chosen</source>
        <translation>✔ Chosen</translation>
    </message>
    <message>
        <source>Clear the choice</source>
        <translation>Clear the choice</translation>
    </message>
    <message>
        <source>Mark as &amp;chosen</source>
        <translation>Mark as &amp;chosen</translation>
    </message>
    <message>
        <source>What to do first</source>
        <translation>What to do first</translation>
    </message>
    <message>
        <source>Debts and &amp;garnishment</source>
        <translation>Debts and &amp;garnishment</translation>
    </message>
    <message>
        <source>Option det&amp;ails</source>
        <translation>Option det&amp;ails</translation>
    </message>
    <message>
        <source>Cha&amp;rts</source>
        <translation>Cha&amp;rts</translation>
    </message>
</context>
<context>
    <name>zansai::ui::SalePage</name>
    <message>
        <source>This is before the loan&apos;s contract date (%1).</source>
        <translation>This is before the loan&apos;s contract date (%1).</translation>
    </message>
    <message>
        <source>The sale</source>
        <translation>The sale</translation>
    </message>
    <message>
        <source>The home sale and the debt that remained after it.</source>
        <translation>The home sale and the debt that remained after it.</translation>
    </message>
    <message>
        <source>Has the home been &amp;sold?</source>
        <translation>Has the home been &amp;sold?</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <source>Settle&amp;d on:</source>
        <translation>Settle&amp;d on:</translation>
    </message>
    <message>
        <source>Sale &amp;price:</source>
        <translation>Sale &amp;price:</translation>
    </message>
    <message>
        <source>What remained after the sale (the residual debt)</source>
        <translation>What remained after the sale (the residual debt)</translation>
    </message>
    <message>
        <source>C&amp;reditor now:</source>
        <translation>C&amp;reditor now:</translation>
    </message>
    <message>
        <source>Rem&amp;aining debt:</source>
        <translation>Rem&amp;aining debt:</translation>
    </message>
    <message>
        <source>The bank, guarantee company or servicer that holds it now</source>
        <translation>The bank, guarantee company or servicer that holds it now</translation>
    </message>
</context>
<context>
    <name>zansai::ui::StoreConnection</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Firm store password</source>
        <translation>Firm store password</translation>
    </message>
    <message>
        <source>Password of %1 on the server %2 (database %3):</source>
        <translation>Password of %1 on the server %2 (database %3):</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop keyring</source>
        <translation>&amp;Remember the password in the desktop keyring</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>choose the file of the case store.</source>
        <translation>choose the file of the case store.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>give the server&apos;s name or address, e.g. db.office.example.</source>
        <translation>give the server&apos;s name or address, e.g. db.office.example.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>give a number from 1 to 65535 (usually 5432).</source>
        <translation>give a number from 1 to 65535 (usually 5432).</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>give the name of the firm&apos;s database.</source>
        <translation>give the name of the firm&apos;s database.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>give your user name on the server.</source>
        <translation>give your user name on the server.</translation>
    </message>
    <message>
        <source>Encryption (sslmode)</source>
        <translation>Encryption (sslmode)</translation>
    </message>
    <message>
        <source>choose one of %1.</source>
        <translation>choose one of %1.</translation>
    </message>
    <message>
        <source>Password: the server did not accept the password of %1.</source>
        <translation>Password: the server did not accept the password of %1.</translation>
    </message>
    <message>
        <source>User: the server knows no user %1.</source>
        <translation>User: the server knows no user %1.</translation>
    </message>
    <message>
        <source>Database: the server has no database %1.</source>
        <translation>Database: the server has no database %1.</translation>
    </message>
    <message>
        <source>Server: no case store could be opened at %1, port %2. Check the server&apos;s name and port, and that it is running.</source>
        <translation>Server: no case store could be opened at %1, port %2. Check the server&apos;s name and port, and that it is running.</translation>
    </message>
    <message>
        <source>Firm store</source>
        <translation>Firm store</translation>
    </message>
</context>
<context>
    <name>zansai::ui::StoreConnectionDialog</name>
    <message>
        <source>Case store</source>
        <translation>Case store</translation>
    </message>
    <message>
        <source>A &amp;file on this computer</source>
        <translation>A &amp;file on this computer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Case store file</source>
        <translation>Case store file</translation>
    </message>
    <message>
        <source>Case stores (*.sqlite)</source>
        <translation>Case stores (*.sqlite)</translation>
    </message>
    <message>
        <source>The firm store on a &amp;PostgreSQL server</source>
        <translation>The firm store on a &amp;PostgreSQL server</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>prefer: encrypted (TLS) when the server offers it; require: only encrypted; verify-full: encrypted, and the server&apos;s certificate and name are checked.</source>
        <translation>prefer: encrypted (TLS) when the server offers it; require: only encrypted; verify-full: encrypted, and the server&apos;s certificate and name are checked.</translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation>&amp;Encryption (sslmode):</translation>
    </message>
    <message>
        <source>Used to connect now; it is not saved with the settings.</source>
        <translation>Used to connect now; it is not saved with the settings.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop keyring</source>
        <translation>&amp;Remember the password in the desktop keyring</translation>
    </message>
</context>
<context>
    <name>zansai::ui::StoreOpener</name>
    <message>
        <source>Case store</source>
        <translation>Case store</translation>
    </message>
    <message>
        <source>The case store %1 could not be opened.

%2

The app runs without it: nothing can be saved until this is fixed.</source>
        <translation>The case store %1 could not be opened.

%2

The app runs without it: nothing can be saved until this is fixed.</translation>
    </message>
    <message>
        <source>Case store damaged</source>
        <translation>Case store damaged</translation>
    </message>
    <message>
        <source>%1

Restore the newest backup (%2)? The damaged file is kept beside it, untouched, for a specialist to look at.</source>
        <translation>%1

Restore the newest backup (%2)? The damaged file is kept beside it, untouched, for a specialist to look at.</translation>
    </message>
    <message>
        <source>Case store restored</source>
        <translation>Case store restored</translation>
    </message>
    <message>
        <source>The backup %1 was restored. Cases saved after it was made are not in it.</source>
        <translation>The backup %1 was restored. Cases saved after it was made are not in it.</translation>
    </message>
</context>
<context>
    <name>zansai::ui::YenField</name>
    <message>
        <source>yen</source>
        <translation>yen</translation>
    </message>
</context>
<context>
    <name>zansai::ui::YesNoField</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1: yes</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: no</translation>
    </message>
</context>
<context>
    <name>zansai::ui::charts</name>
    <message>
        <source>Balance over 10 years (10,000 yen)</source>
        <translation>Balance over 10 years (10,000 yen)</translation>
    </message>
    <message>
        <source>Years from today</source>
        <translation>Years from today</translation>
    </message>
    <message>
        <source>10,000 yen</source>
        <translation>10,000 yen</translation>
    </message>
    <message>
        <source>Monthly payment by option (yen)</source>
        <translation>Monthly payment by option (yen)</translation>
    </message>
    <message>
        <source>Monthly payment</source>
        <translation>Monthly payment</translation>
    </message>
    <message>
        <source>Yen per month</source>
        <translation>Yen per month</translation>
    </message>
    <message>
        <source>Late interest added if nothing is done (10,000 yen)</source>
        <translation>Late interest added if nothing is done (10,000 yen)</translation>
    </message>
    <message>
        <source>Late interest accumulated</source>
        <translation>Late interest accumulated</translation>
    </message>
</context>
</TS>
