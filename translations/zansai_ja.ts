<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>zansai::AdviceLabels</name>
    <message>
        <source>Installment repayment</source>
        <translation>分割弁済</translation>
    </message>
    <message>
        <source>Lump-sum settlement with the servicer</source>
        <translation>サービサーとの一括和解</translation>
    </message>
    <message>
        <source>Voluntary debt arrangement</source>
        <translation>任意整理</translation>
    </message>
    <message>
        <source>Individual rehabilitation</source>
        <translation>個人再生</translation>
    </message>
    <message>
        <source>Personal bankruptcy</source>
        <translation>自己破産</translation>
    </message>
    <message>
        <source>Invoking the limitation period</source>
        <translation>時効の援用</translation>
    </message>
    <message>
        <source>Doing nothing</source>
        <translation>何もしない場合</translation>
    </message>
    <message>
        <source>Objection to the payment order</source>
        <translation>督促異議</translation>
    </message>
    <message>
        <source>Appeal against the judgment</source>
        <translation>控訴</translation>
    </message>
    <message>
        <source>First hearing (answer before it)</source>
        <translation>第1回口頭弁論(答弁書はその前に)</translation>
    </message>
    <message>
        <source>Stage 1: collection out of court</source>
        <translation>第1段階:裁判外の督促</translation>
    </message>
    <message>
        <source>Stage 2: court proceedings or an enforceable title</source>
        <translation>第2段階:裁判手続・債務名義</translation>
    </message>
    <message>
        <source>Stage 3: seizure filed</source>
        <translation>第3段階:差押え</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>第%1段階</translation>
    </message>
    <message>
        <source>The creditor can only write, call or visit; its next step is a lawsuit or a payment order.</source>
        <translation>債権者ができるのは書面・電話・訪問による督促だけです。次の手段は訴訟か支払督促です。</translation>
    </message>
    <message>
        <source>The creditor is in court or already holds an enforceable title; once it has one it can seize wages and bank deposits.</source>
        <translation>債権者は裁判手続中か、すでに債務名義を持っています。債務名義があれば給与や預貯金を差し押さえられます。</translation>
    </message>
    <message>
        <source>A seizure has been filed: wages or deposits are being taken until the debt is paid or the situation is resolved.</source>
        <translation>差押えが申し立てられています。完済するか解決するまで、給与や預貯金が回収されます。</translation>
    </message>
    <message>
        <source>Invoked</source>
        <translation>援用済み</translation>
    </message>
    <message>
        <source>Lost by a later payment or acknowledgment</source>
        <translation>完成後の支払・承認で援用できません</translation>
    </message>
    <message>
        <source>Completed: can be invoked</source>
        <translation>完成:援用できます</translation>
    </message>
    <message>
        <source>Suspended while in court</source>
        <translation>裁判手続中(完成猶予)</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>対象外</translation>
    </message>
    <message numerus="yes">
        <source>Running (%n year(s))</source>
        <translation>
            <numerusform>進行中(%n年)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>zansai::CaseAnalysis</name>
    <message>
        <source>Taxes need no court: once a demand (督促状) has gone unpaid for 10 days the tax office can seize wages (国税徴収法76条 limits) and bank deposits (国税徴収法47条1項; local taxes likewise). Ask for payment by instalments or a deferral (換価の猶予) before it does.</source>
        <translation>税金の滞納処分に裁判は不要です。督促状の発送から10日を過ぎても納付がなければ、税務署等は給与(国税徴収法76条の範囲)や預金を差し押さえられます(国税徴収法47条1項。地方税も同様)。その前に分割納付や換価の猶予を相談してください。</translation>
    </message>
    <message>
        <source>a final judgment, 民事執行法22条1号</source>
        <translation>確定判決、民事執行法22条1号</translation>
    </message>
    <message>
        <source>a court settlement record, 民事執行法22条7号</source>
        <translation>和解調書、民事執行法22条7号</translation>
    </message>
    <message>
        <source>From this day the creditor can apply for a declaration of provisional enforcement (民事訴訟法391条) and then seize wages and deposits at once. An objection (督促異議) is possible until the declaration is issued (390条): file it before this day to be safe.</source>
        <translation>この日から債権者は仮執行宣言を申し立てられ(民事訴訟法391条)、直ちに給与や預金を差し押さえられます。督促異議は仮執行宣言が出るまで可能ですが(390条)、安全のためこの日より前に出してください。</translation>
    </message>
    <message>
        <source>Without an objection (督促異議) by this day the payment order becomes final with the force of a final judgment (民事訴訟法396条): no more defence, and a 10-year limitation period (民法169条). Enforcement is possible at once either way unless a stay is obtained (403条).</source>
        <translation>この日までに督促異議を出さないと、支払督促は確定判決と同一の効力を持ちます(民事訴訟法396条)。争う機会がなくなり、時効期間は10年になります(民法169条)。いずれにせよ執行停止(403条)がなければ直ちに強制執行できます。</translation>
    </message>
    <message>
        <source>Without an appeal (控訴) by this day the judgment becomes final (民事訴訟法285条): the creditor can seize wages and deposits (民事執行法22条1号), and the limitation period becomes 10 years (民法169条).</source>
        <translation>この日までに控訴しないと判決が確定します(民事訴訟法285条)。債権者は給与と預金を差し押さえられ(民事執行法22条1号)、時効期間は10年になります(民法169条)。</translation>
    </message>
    <message>
        <source>File an answer (答弁書) before this hearing. Absent with no answer, the claim is deemed admitted (擬制自白, 民事訴訟法159条3項) and a default judgment follows; an answer on file is deemed stated even if you are absent (158条).</source>
        <translation>この期日の前に答弁書を提出してください。答弁書を出さずに欠席すると請求を認めたものとみなされ(擬制自白、民事訴訟法159条3項)欠席判決が出ます。答弁書を出していれば欠席しても陳述したものとみなされます(158条)。</translation>
    </message>
    <message>
        <source>Late interest runs on the unpaid principal only (simple interest), day by day at each debt&apos;s contract rate and day basis; the balance is shown at the same day of each month counted from %1.</source>
        <translation>遅延損害金は未払元金にだけ(単利で)、各債務の約定利率と日割の方法により日ごとに付きます。残高は%1から数えて毎月の同じ日の時点で示します。</translation>
    </message>
    <message>
        <source>A wage seizure is running: %1 a month (民事執行法152条) is taken from pay and applied to the seized debts, late interest first (民法489条), until they are paid. Other debts keep growing.</source>
        <translation>給与の差押えが続いています。毎月%1(民事執行法152条)が給与から差し引かれ、差押えを受けた債務に遅延損害金から順に充当され(民法489条)、完済まで続きます。ほかの債務は増え続けます。</translation>
    </message>
    <message>
        <source>No payment is assumed. With a 債務名義 the creditor can start a wage seizure at any time; it would take %1 a month (see the garnishment figures), which this projection does not assume.</source>
        <translation>支払いはないものとしています。債務名義があるので、債権者はいつでも給与の差押えを始められ、その場合は月%1(差押えの数字を参照)が差し引かれますが、この推計には含めていません。</translation>
    </message>
    <message>
        <source>No payment and no seizure is assumed: a seizure needs a 債務名義 first (a judgment or a payment order: stage 2).</source>
        <translation>支払いも差押えもないものとしています。差押えにはまず債務名義(判決や支払督促:第2段階)が必要です。</translation>
    </message>
    <message>
        <source>Limitation is not applied to the projection: the balance stays owed until the period has run and is invoked (民法145条).</source>
        <translation>推計には時効を反映していません。時効期間が満了し援用するまで、残高は支払義務のあるまま残ります(民法145条)。</translation>
    </message>
    <message>
        <source>Late interest: fractions of a yen are truncated once for each span between payments (円未満切捨て), not for each calendar-year segment; both readings exist (reference §12.5).</source>
        <translation>遅延損害金:1円未満は支払いと支払いの間の期間ごとに1回切り捨てており(円未満切捨て)、暦年ごとには切り捨てていません。どちらの考え方もあります(資料§12.5)。</translation>
    </message>
    <message>
        <source>Limitation: a period that ends on a Sunday, holiday or court closing day is not extended (民法142条 not applied to 時効, the prevailing view after 大阪地判昭和48年9月4日; a minority view extends it, and there is no Supreme Court ruling: reference §12.1). Act before that day.</source>
        <translation>時効:期間の末日が日曜・祝日・裁判所の休日でも延長しません(時効に民法142条を適用しないのが大阪地判昭和48年9月4日以来の多数説。延長する少数説があり、最高裁判例はありません:資料§12.1)。その日より前に行動してください。</translation>
    </message>
    <message>
        <source>Limitation: paying the proceeds of a voluntary sale with the debtor&apos;s consent is treated as an acknowledgment (民法152条) that renews the period; this is practice consensus, not case law.</source>
        <translation>時効:任意売却の代金を債務者の同意のもとで弁済に充てることは承認(民法152条)として時効を更新するものと扱っています。実務の通説であり、判例ではありません。</translation>
    </message>
    <message>
        <source>Limitation of a guarantee company&apos;s 求償権 paid out after 2020-04-01 on a commission contract made before: the old 5-year commercial period is applied (改正附則10条1項, reading of the commission contract as the cause; not confirmed by a Ministry of Justice Q&amp;A: reference §12.4).</source>
        <translation>2020年4月1日以後に代位弁済された保証会社の求償権で、保証委託契約がそれより前のもの:旧法の商事5年を適用しています(改正附則10条1項。保証委託契約を原因とみる解釈で、法務省Q&amp;Aでの確認はしていません:資料§12.4)。</translation>
    </message>
    <message>
        <source>Limitation of a public guarantor&apos;s 求償権 under the old law: 10 years is assumed; for the 公庫住宅融資保証協会 this is not verified (reference §12.3).</source>
        <translation>公的保証機関の求償権の旧法上の時効は10年としています。公庫住宅融資保証協会については確認できていません(資料§12.3)。</translation>
    </message>
    <message>
        <source>Wage seizure: the law does not say how to treat a fraction of a yen in the seizable quarter; it is truncated here (reference §3).</source>
        <translation>給与の差押え:差押可能な4分の1の1円未満の扱いは法律に定めがなく、ここでは切り捨てています(資料§3)。</translation>
    </message>
    <message numerus="yes">
        <source>Pay is not monthly: the monthly net pay was divided into pays of %n day(s) in a 30-day month, the limit applied to each pay (民事執行法施行令2条1項), and the result added back up to a month.</source>
        <translation>
            <numerusform>給与が月払いではありません。月の手取りを30日の月の%n日分ずつの支給に分け、支給ごとに限度(民事執行法施行令2条1項)を当てはめ、その結果を月額に合計し直しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a month of pension is not seizable (国民年金法24条, 厚生年金保険法41条1項; only a tax office may reach an old-age pension).</source>
        <translation>月%1の年金は差し押さえられません(国民年金法24条、厚生年金保険法41条1項。老齢年金に及ぶのは税の滞納処分だけです)。</translation>
    </message>
    <message>
        <source>Self-employed income is not pay: 民事執行法152条 does not protect receivables from customers (売掛金), which can be seized in full. The figure applies the wage rule as a comparison only.</source>
        <translation>自営業の収入は給与ではありません。民事執行法152条は取引先に対する売掛金を保護せず、全額差し押さえられることがあります。この数字は比較のために給与の規定を当てはめたものです。</translation>
    </message>
    <message>
        <source>Bank deposits have no protected part once seized, even when they came from pay or a pension (最判平成10年2月10日). Cash at home is not in a bank: it can only be taken by a seizure of movables, and up to 66万円 of it is protected (民事執行法131条3号).</source>
        <translation>預金は差し押さえられると、給与や年金が振り込まれたものでも保護される部分はありません(最判平成10年2月10日)。手元の現金は銀行にないので動産執行でしか取られず、66万円までは差押禁止です(民事執行法131条3号)。</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) went entirely to late interest (民法489条): they did not reduce the principal.</source>
        <translation>
            <numerusform>%n回の支払いが全額遅延損害金に充当され(民法489条)、元金は減っていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Child support survives bankruptcy (破産法253条1項4号) and can be seized up to half of pay, future instalments included (民事執行法151条の2, 152条3項).</source>
        <translation>養育費は自己破産でも免責されず(破産法253条1項4号)、将来分も含めて給与の2分の1まで差し押さえられます(民事執行法151条の2・152条3項)。</translation>
    </message>
    <message>
        <source>about %1 a month</source>
        <translation>月約%1</translation>
    </message>
    <message>
        <source>nothing seizable from the recorded income</source>
        <translation>記録された収入からは差押えできる額なし</translation>
    </message>
    <message>
        <source>A wage seizure has been filed (民事執行法143条, 152条): each payday the employer pays the creditor the seizable part of the pay (%1 here) until the claim, late interest and costs are paid (民事執行法155条). With the same 債務名義 the creditor can also seize bank deposits at any time.</source>
        <translation>給与の差押えが申し立てられています(民事執行法143条・152条)。給料日ごとに勤務先が給与の差押可能部分(この場合は%1)を債権者に支払い、元金・遅延損害金・費用を完済するまで続きます(民事執行法155条)。同じ債務名義で預金もいつでも差し押さえられます。</translation>
    </message>
    <message>
        <source>Bank deposits have been seized (民事執行法143条): the creditor collects them one week after the order reaches the debtor (民事執行法155条1項). With the same 債務名義 it can seize wages next (%1, 民事執行法152条) and deposits again.</source>
        <translation>預金が差し押さえられています(民事執行法143条)。差押命令が債務者に送達されて1週間が経つと債権者が取り立てます(民事執行法155条1項)。同じ債務名義で次は給与(%1、民事執行法152条)や預金の再度の差押えもできます。</translation>
    </message>
    <message>
        <source>A seizure has been filed: the creditor collects through the court until the claim is paid, and with the same 債務名義 it can seize wages (%1, 民事執行法152条) and bank deposits at any time.</source>
        <translation>差押えが申し立てられています。債権者は完済まで裁判所を通じて回収し、同じ債務名義で給与(%1、民事執行法152条)や預金もいつでも差し押さえられます。</translation>
    </message>
    <message>
        <source>Out of court the creditor can only write, call or visit. Its next step is a lawsuit or a payment order (支払督促, 民事訴訟法382条) to obtain a 債務名義 — which also renews the limitation period (民法147条) — and then the seizure of wages (%1, 民事執行法152条) and bank deposits.</source>
        <translation>裁判外で債権者ができるのは書面・電話・訪問だけです。次の手段は訴訟か支払督促(民事訴訟法382条)で債務名義を得ること(時効の更新にもなります、民法147条)、その後に給与(%1、民事執行法152条)と預金の差押えです。</translation>
    </message>
    <message>
        <source>The payment order declared provisionally enforceable is a 債務名義 (民事執行法22条4号): the creditor can seize wages (%1, 民事執行法152条) and bank deposits now. An objection within 2 weeks of service (民事訴訟法393条) moves the case to a lawsuit but does not stop enforcement without a stay (403条); without one the order becomes final like a judgment (396条).</source>
        <translation>仮執行宣言付支払督促は債務名義です(民事執行法22条4号)。債権者は今すぐ給与(%1、民事執行法152条)と預金を差し押さえられます。送達から2週間以内の督促異議(民事訴訟法393条)で通常訴訟に移りますが、執行停止(403条)がなければ強制執行は止まりません。異議がなければ確定判決と同じ効力を持ちます(396条)。</translation>
    </message>
    <message>
        <source>A judgment has been served: it becomes final unless appealed within 2 weeks (民事訴訟法285条). A final judgment, or one declared provisionally enforceable, lets the creditor seize wages (%1, 民事執行法152条) and bank deposits (民事執行法22条1号・2号).</source>
        <translation>判決が送達されています。2週間以内に控訴しなければ確定します(民事訴訟法285条)。確定判決または仮執行宣言付判決で、債権者は給与(%1、民事執行法152条)と預金を差し押さえられます(民事執行法22条1号・2号)。</translation>
    </message>
    <message>
        <source>A payment order (支払督促) has been served: 2 weeks after service the creditor can apply for a declaration of provisional enforcement (民事訴訟法391条) and then seize wages (%1, 民事執行法152条) and bank deposits at once. An objection (督促異議) before the declaration moves the case to an ordinary lawsuit (民事訴訟法390条, 395条).</source>
        <translation>支払督促が送達されています。送達から2週間が経つと債権者は仮執行宣言を申し立てられ(民事訴訟法391条)、直ちに給与(%1、民事執行法152条)と預金を差し押さえられます。仮執行宣言の前に督促異議を出せば通常訴訟に移ります(民事訴訟法390条・395条)。</translation>
    </message>
    <message>
        <source>A lawsuit is pending: without an answer (答弁書) and absent from the first hearing, the claim is deemed admitted (民事訴訟法159条3項) and judgment follows. With a judgment the creditor can seize wages (%1, 民事執行法152条) and bank deposits (民事執行法22条).</source>
        <translation>訴訟が係属しています。答弁書を出さずに第1回口頭弁論を欠席すると、請求を認めたものとみなされ(民事訴訟法159条3項)判決が出ます。判決があれば債権者は給与(%1、民事執行法152条)と預金を差し押さえられます(民事執行法22条)。</translation>
    </message>
    <message>
        <source>An enforceable notarial deed (執行認諾文言付公正証書) is a 債務名義 (民事執行法22条5号): the creditor can seize wages (%1, 民事執行法152条) and bank deposits without a lawsuit.</source>
        <translation>執行認諾文言付公正証書は債務名義です(民事執行法22条5号)。債権者は訴訟なしで給与(%1、民事執行法152条)と預金を差し押さえられます。</translation>
    </message>
    <message numerus="yes">
        <source>Passed %n day(s) ago. %1</source>
        <translation>
            <numerusform>%n日前に過ぎています。%1</numerusform>
        </translation>
    </message>
    <message>
        <source>No payment is assumed. Nothing of the recorded income can be seized from pay (see the garnishment figures); with a 債務名義 the creditor can still seize bank deposits.</source>
        <translation>支払いはないものとしています。記録された収入からは給与として差し押さえられる額がありません(差押えの数字を参照)が、債務名義があれば債権者は預金を差し押さえられます。</translation>
    </message>
    <message>
        <source>The limitation period completed on %1: once the client invokes it (民法145条) — in writing, or in the answer to a suit or the objection to a payment order — the claim can no longer be enforced. Pay or acknowledge nothing before (最判昭和41年4月20日).</source>
        <translation>時効期間は%1に満了しています。相談者が援用すれば(民法145条。書面で、または訴訟の答弁書や支払督促への督促異議の中で)、請求は強制できなくなります。その前に支払いや承認をしないでください(最判昭和41年4月20日)。</translation>
    </message>
    <message>
        <source>the principal debtor</source>
        <translation>主たる債務者</translation>
    </message>
    <message>
        <source>The client guarantees this debt of %1: a suit against %1, or a payment or acknowledgment by %1, also suspends or renews the client&apos;s limitation (民法457条1項); the client may invoke the limitation of %1&apos;s debt (民法145条).</source>
        <translation>依頼者はこの%1の債務を保証しています。%1に対する訴えや、%1の支払・承認は、依頼者の時効についても完成猶予・更新の効力を生じます(民法457条1項)。依頼者は%1の債務の時効を援用できます(民法145条)。</translation>
    </message>
    <message>
        <source>The creditor had to tell the client by %1 that %2 lost the benefit of time (民法458条の3, 2 months): without a notice by then it cannot claim from the client the late interest from %3 until the notice is given. Ask when the notice arrived.</source>
        <translation>債権者は%1までに、%2が期限の利益を喪失したことを依頼者に通知しなければなりませんでした(民法458条の3、2か月)。その日までに通知がなければ、%3から通知までの遅延損害金を依頼者に請求できません。通知が届いた日を確認してください。</translation>
    </message>
    <message>
        <source>The guarantee was contracted before 2020-04-01: the creditor owed the client no notice of the acceleration (民法458条の3 does not apply, 平成29年改正法附則21条1項).</source>
        <translation>保証契約は2020年4月1日より前に締結されています。債権者に期限の利益喪失の通知義務はありません(民法458条の3は適用されません、平成29年改正法附則21条1項)。</translation>
    </message>
    <message>
        <source>Late interest at %1% a year, counted as: %2.</source>
        <translation>遅延損害金は年%1%、計算方法：%2。</translation>
    </message>
    <message>
        <source>At the contract rate of %1% the unpaid late interest would be %2; the rate is void above %3% (%4), so %5 at %3% is used in every balance, option and projection.</source>
        <translation>約定利率%1%では未払遅延損害金は%2となりますが、%3%を超える部分は無効です（%4）。そのため、残高・各選択肢・見通しのすべてで年%3%による%5を用いています。</translation>
    </message>
    <message>
        <source>延滞税 (national tax, taken from the creditor&apos;s name): %1% a year through 2 months after the due date, then %2% (%3 rates), 365 days a year, the tax in 10,000-yen units and the total in 100-yen units (国税通則法60条, 118条, 119条, 租税特別措置法94条).</source>
        <translation>延滞税（債権者名から国税と判断）：納期限の翌日から2か月を経過する日までは年%1%、その後は年%2%（%3年の割合）、うるう年も365日で計算し、本税は1万円未満、延滞税は100円未満を切り捨てています（国税通則法60条、118条、119条、租税特別措置法94条）。</translation>
    </message>
    <message>
        <source>延滞金 (local tax; a 税務署 or 国税 creditor would be national): %1% a year through 1 month after the due date, then %2% (%3 rates), 365 days a year, the tax in 1,000-yen units and the total in 100-yen units (地方税法20条の4の2, 附則3条の2).</source>
        <translation>延滞金（地方税として計算。債権者が税務署・国税の場合は国税）：納期限の翌日から1か月を経過する日までは年%1%、その後は年%2%（%3年の割合）、うるう年も365日で計算し、税額は1,000円未満、延滞金は100円未満を切り捨てています（地方税法20条の4の2、附則3条の2）。</translation>
    </message>
    <message>
        <source>Taxes survive bankruptcy (破産法253条1項1号) and are not reduced in rehabilitation.</source>
        <translation>税金は自己破産でも免責されず（破産法253条1項1号）、個人再生でも減額されません。</translation>
    </message>
    <message>
        <source>Nothing is recorded after the payment order: it is taken to have lapsed on %1 (no declaration of provisional enforcement applied for within 30 days, 民事訴訟法392条; the exact day is not known). It fixed nothing: the creditor must start again with a new order or a lawsuit.</source>
        <translation>支払督促の後に何も記録がありません: %1 に失効したものと扱います(30日以内に仮執行宣言の申立てがないため、民事訴訟法392条。正確な日は分かりません)。何も確定していないため、債権者は改めて支払督促か訴訟から始める必要があります。</translation>
    </message>
    <message>
        <source>The payment order lapsed on %1 (民事訴訟法392条): it fixed nothing, and the creditor must start again with a new order or a lawsuit.</source>
        <translation>支払督促は %1 に失効しました(民事訴訟法392条): 何も確定しておらず、債権者は改めて支払督促か訴訟から始める必要があります。</translation>
    </message>
    <message>
        <source>The lawsuit was withdrawn or dismissed: it fixed nothing, and the creditor can sue again (民法147条1項括弧書).</source>
        <translation>訴えは取り下げられたか却下されました: 何も確定しておらず、債権者は改めて訴えることができます(民法147条1項括弧書)。</translation>
    </message>
    <message>
        <source>No seizure is running now (the last one was withdrawn or carried through).</source>
        <translation>現在進行中の差押えはありません(直近のものは取下げられたか、取立て・配当まで終了しました)。</translation>
    </message>
    <message>
        <source>Several creditors seizing the same pay share one seizable part (民事執行法156条2項, 165条; 滞調法 between a tax office and a court): they do not each take it. Every creditor of this case seizing at once would take %1 a month.</source>
        <translation>同じ給与を複数の債権者が差し押さえても、差し押さえられる部分は一つで、それを分け合います（民事執行法156条2項、165条。税務署等と裁判所の間は滞調法）。各債権者がそれぞれ取れるわけではありません。この案件の債権者全員が同時に差し押さえた場合、月%1となります。</translation>
    </message>
    <message>
        <source>A support creditor may seize half of the net pay (民事執行法152条3項): %1 a month.</source>
        <translation>養育費等の債権者は手取りの2分の1まで差し押さえられます（民事執行法152条3項）：月%1。</translation>
    </message>
    <message numerus="yes">
        <source>A tax office seizes under 国税徴収法76条, not 民事執行法152条: of the net pay, 10万円 plus 4.5万円 for each of %n dependent(s) and 20% of the rest stay protected: %1 a month can be taken.</source>
        <translation>
            <numerusform>税務署等は民事執行法152条ではなく国税徴収法76条により差し押さえます。手取りのうち10万円と扶養親族%n人分の各4.5万円、残りの20%が保護され、月%1が差押え可能です。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: late interest runs at the lawful %2%, not the contract&apos;s %3%: the rate is void above the cap (%4).</source>
        <translation>%1:遅延損害金は契約の%3%ではなく、法定の上限である%2%で計算しています。上限を超える部分は無効です(%4)。</translation>
    </message>
    <message>
        <source>Late interest runs on the unpaid principal only (simple interest), day by day at each debt&apos;s lawful rate (the contract rate within the 利息制限法 cap, the cap above it) and day basis; the balance is shown at the same day of each month counted from %1.</source>
        <translation>遅延損害金は未払元本のみに(単利で)日割りでかかり、各債務の適法な利率(利息制限法の上限内なら契約利率、超えるなら上限)と日数計算の基準によります。残高は%1から数えて毎月同じ日の額を示します。</translation>
    </message>
    <message>
        <source>Disputed: the tax office&apos;s figure takes the 20% of 国税徴収法76条1項5号 to the yen and each deduction as entered; whether 徴収法基本通達 (76条関係) rounds these amounts, for example below 1,000円, could not be checked, so no such rounding is applied.</source>
        <translation>争いのある点:税務署の差押額は、国税徴収法76条1項5号の20%を1円単位で、各控除額を入力どおりに計算しています。徴収法基本通達(76条関係)がこれらの額を(例えば1,000円未満で)端数処理するかは確認できなかったため、そのような端数処理はしていません。</translation>
    </message>
    <message>
        <source>A 債務名義 exists (%1): the creditor can seize wages (%2, 民事執行法152条) and bank deposits (民事執行法143条) at any time, without further notice. The limitation period is now 10 years (民法169条).</source>
        <translation>債務名義があります(%1)。債権者は予告なしにいつでも給与(%2、民事執行法152条)と預金(民事執行法143条)を差し押さえられます。時効期間は10年になりました(民法169条)。</translation>
    </message>
</context>
<context>
    <name>zansai::CaseCourts</name>
    <message>
        <source>The client&apos;s prefecture is not entered, so the court is not known: the bankruptcy figures follow Tokyo District Court practice.</source>
        <translation>都道府県が未入力のため裁判所が分かりません。破産の基準額は東京地方裁判所の運用によります。</translation>
    </message>
    <message>
        <source>The bankruptcy figures (the thresholds for a case without a trustee and the trustee&apos;s deposit) follow Tokyo District Court practice; the client&apos;s court is the %1, whose practice may differ.</source>
        <translation>破産の基準額（同時廃止の基準・管財人への引継予納金）は東京地方裁判所の運用によります。相談者の管轄は%1で、運用が異なることがあります。</translation>
    </message>
</context>
<context>
    <name>zansai::CaseJson</name>
    <message>
        <source>This field is required.</source>
        <translation>この項目は必須です。</translation>
    </message>
    <message>
        <source>Unknown code &quot;%1&quot;. Use one of: %2.</source>
        <translation>「%1」は使えないコードです。次のいずれかを使ってください: %2。</translation>
    </message>
    <message>
        <source>Enter text here.</source>
        <translation>ここには文字列を入力してください。</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>日付は YYYY-MM-DD の形で入力してください。</translation>
    </message>
    <message>
        <source>Enter the rate with at most 6 decimals.</source>
        <translation>利率は小数点以下6桁までで入力してください。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>整数を入力してください。</translation>
    </message>
    <message>
        <source>The number must be between %1 and %2.</source>
        <translation>%1から%2までの数を入力してください。</translation>
    </message>
    <message>
        <source>Expected a JSON object here.</source>
        <translation>ここには JSON オブジェクト({ … })が必要です。</translation>
    </message>
    <message>
        <source>Expected a list here.</source>
        <translation>ここにはリスト([ … ])が必要です。</translation>
    </message>
    <message>
        <source>This date is before the contract date (%1).</source>
        <translation>この日付は契約日(%1)より前です。</translation>
    </message>
    <message>
        <source>These amounts add up to more than %1 yen.</source>
        <translation>金額の合計が%1円を超えています。</translation>
    </message>
    <message>
        <source>A payment needs an amount greater than zero.</source>
        <translation>支払には0円より大きい金額が必要です。</translation>
    </message>
    <message>
        <source>Another debt already has the id &quot;%1&quot;.</source>
        <translation>ID「%1」はほかの債務ですでに使われています。</translation>
    </message>
    <message>
        <source>This is not a zansai-case/1 file: &quot;format&quot; must be &quot;zansai-case/1&quot;.</source>
        <translation>zansai-case/1 形式のファイルではありません。&quot;format&quot; は &quot;zansai-case/1&quot; である必要があります。</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1 (at character %2).</source>
        <translation>JSON として読めません: %1(%2文字目)。</translation>
    </message>
    <message>
        <source>A case file must be a JSON object { … }.</source>
        <translation>事案ファイルは JSON オブジェクト({ … })でなければなりません。</translation>
    </message>
    <message>
        <source>This date is after the as-of date (%1): it cannot have happened yet.</source>
        <translation>この日付は基準日(%1)より後です。まだ起きていない日付は入力できません。</translation>
    </message>
    <message>
        <source>This occupation is listed twice.</source>
        <translation>この職業は二度記載されています。</translation>
    </message>
</context>
<context>
    <name>zansai::CaseLabels</name>
    <message>
        <source>Company employee</source>
        <translation>会社員</translation>
    </message>
    <message>
        <source>Public servant</source>
        <translation>公務員</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>自営業</translation>
    </message>
    <message>
        <source>Part-time worker</source>
        <translation>パート・アルバイト</translation>
    </message>
    <message>
        <source>Pensioner</source>
        <translation>年金生活</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>無職</translation>
    </message>
    <message>
        <source>Security guard</source>
        <translation>警備員</translation>
    </message>
    <message>
        <source>Insurance agent</source>
        <translation>保険募集人</translation>
    </message>
    <message>
        <source>Real estate transaction agent</source>
        <translation>宅地建物取引士</translation>
    </message>
    <message>
        <source>Judicial scrivener</source>
        <translation>司法書士</translation>
    </message>
    <message>
        <source>Tax accountant</source>
        <translation>税理士</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>弁護士</translation>
    </message>
    <message>
        <source>Certified public accountant</source>
        <translation>公認会計士</translation>
    </message>
    <message>
        <source>Administrative scrivener</source>
        <translation>行政書士</translation>
    </message>
    <message>
        <source>Labour and social security attorney</source>
        <translation>社会保険労務士</translation>
    </message>
    <message>
        <source>Money lender</source>
        <translation>貸金業者</translation>
    </message>
    <message>
        <source>Other occupation</source>
        <translation>その他の職業</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月払い</translation>
    </message>
    <message>
        <source>Twice a month</source>
        <translation>半月ごと</translation>
    </message>
    <message>
        <source>Every ten days</source>
        <translation>10日ごと</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>週払い</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>日払い</translation>
    </message>
    <message>
        <source>Housing loan (residual)</source>
        <translation>住宅ローン(残債)</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>クレジットカード</translation>
    </message>
    <message>
        <source>Consumer loan</source>
        <translation>消費者ローン</translation>
    </message>
    <message>
        <source>Car loan</source>
        <translation>自動車ローン</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>税金</translation>
    </message>
    <message>
        <source>Child support</source>
        <translation>養育費</translation>
    </message>
    <message>
        <source>Other debt</source>
        <translation>その他の債務</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>銀行</translation>
    </message>
    <message>
        <source>Shinkin bank, credit cooperative, labour bank or JA</source>
        <translation>信用金庫・信用組合・労働金庫・JA</translation>
    </message>
    <message>
        <source>Japan Housing Finance Agency (former GHLC)</source>
        <translation>住宅金融支援機構(旧住宅金融公庫)</translation>
    </message>
    <message>
        <source>Guarantee company (after subrogation)</source>
        <translation>保証会社(代位弁済後)</translation>
    </message>
    <message>
        <source>Credit guarantee corporation</source>
        <translation>信用保証協会</translation>
    </message>
    <message>
        <source>Consumer finance company</source>
        <translation>消費者金融</translation>
    </message>
    <message>
        <source>Card company</source>
        <translation>カード会社</translation>
    </message>
    <message>
        <source>Private individual</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>Tax office or public authority</source>
        <translation>税務署・自治体</translation>
    </message>
    <message>
        <source>Other lender</source>
        <translation>その他の債権者</translation>
    </message>
    <message>
        <source>365 days a year</source>
        <translation>年365日の日割計算</translation>
    </message>
    <message>
        <source>Actual days (366 in leap years)</source>
        <translation>実日数(うるう年は366日)</translation>
    </message>
    <message>
        <source>No guarantor</source>
        <translation>保証人なし</translation>
    </message>
    <message>
        <source>Joint guarantor (a person)</source>
        <translation>連帯保証人(個人)</translation>
    </message>
    <message>
        <source>Guarantee company</source>
        <translation>保証会社</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支払い</translation>
    </message>
    <message>
        <source>Acknowledgment of the debt</source>
        <translation>債務の承認</translation>
    </message>
    <message>
        <source>Voluntary sale settled</source>
        <translation>任意売却の決済</translation>
    </message>
    <message>
        <source>Demand for payment</source>
        <translation>督促(催告)</translation>
    </message>
    <message>
        <source>Written agreement to negotiate</source>
        <translation>協議を行う旨の書面による合意</translation>
    </message>
    <message>
        <source>Negotiation refused in writing</source>
        <translation>協議の続行を書面で拒絶</translation>
    </message>
    <message>
        <source>Lawsuit served</source>
        <translation>訴状の送達</translation>
    </message>
    <message>
        <source>Payment order served</source>
        <translation>支払督促の送達</translation>
    </message>
    <message>
        <source>Payment order with provisional enforcement served</source>
        <translation>仮執行宣言付支払督促の送達</translation>
    </message>
    <message>
        <source>Judgment served</source>
        <translation>判決の送達</translation>
    </message>
    <message>
        <source>Judgment final</source>
        <translation>判決の確定</translation>
    </message>
    <message>
        <source>Court settlement</source>
        <translation>裁判上の和解</translation>
    </message>
    <message>
        <source>Enforceable notarial deed</source>
        <translation>執行認諾文言付公正証書</translation>
    </message>
    <message>
        <source>Seizure filed</source>
        <translation>差押えの申立て</translation>
    </message>
    <message>
        <source>Auction filed</source>
        <translation>競売の申立て</translation>
    </message>
    <message>
        <source>Auction withdrawn</source>
        <translation>競売の取下げ</translation>
    </message>
    <message>
        <source>Claim assigned to a servicer</source>
        <translation>サービサーへの債権譲渡</translation>
    </message>
    <message>
        <source>Limitation invoked</source>
        <translation>時効の援用</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>給与</translation>
    </message>
    <message>
        <source>Bank deposits</source>
        <translation>預貯金</translation>
    </message>
    <message>
        <source>Other assets</source>
        <translation>その他の財産</translation>
    </message>
    <message>
        <source>Voluntary sale</source>
        <translation>任意売却</translation>
    </message>
    <message>
        <source>Auction</source>
        <translation>競売</translation>
    </message>
    <message>
        <source>Salary (take-home)</source>
        <translation>給与(手取り)</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>年金</translation>
    </message>
    <message>
        <source>Business income</source>
        <translation>事業収入</translation>
    </message>
    <message>
        <source>Spouse&apos;s income</source>
        <translation>配偶者の収入</translation>
    </message>
    <message>
        <source>Allowances and benefits</source>
        <translation>手当・給付</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>その他の収入</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>家賃</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>食費</translation>
    </message>
    <message>
        <source>Utilities</source>
        <translation>水道光熱費</translation>
    </message>
    <message>
        <source>Phone and internet</source>
        <translation>通信費</translation>
    </message>
    <message>
        <source>Insurance premiums</source>
        <translation>保険料</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育費</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>医療費</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通費</translation>
    </message>
    <message>
        <source>Daily necessities</source>
        <translation>日用品</translation>
    </message>
    <message>
        <source>Other debt payments</source>
        <translation>他の借入の返済</translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation>その他の支出</translation>
    </message>
    <message>
        <source>Child support paid</source>
        <translation>養育費の支払い</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>被服費</translation>
    </message>
    <message>
        <source>Social expenses</source>
        <translation>交際費</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>娯楽費</translation>
    </message>
    <message>
        <source>Car costs</source>
        <translation>車両費</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Lawsuit withdrawn</source>
        <translation>訴えの取下げ</translation>
    </message>
    <message>
        <source>Lawsuit dismissed without a decision</source>
        <translation>訴え却下（本案判決なし）</translation>
    </message>
    <message>
        <source>Objection to the payment order filed</source>
        <translation>督促異議の申立て</translation>
    </message>
    <message>
        <source>Payment order lapsed</source>
        <translation>支払督促の失効</translation>
    </message>
    <message>
        <source>Seizure or auction withdrawn</source>
        <translation>差押え・競売の取下げ／取消し</translation>
    </message>
    <message>
        <source>Seizure or auction completed</source>
        <translation>差押え・競売の終了（取立て・配当）</translation>
    </message>
    <message>
        <source>The client&apos;s own debt</source>
        <translation>本人の債務</translation>
    </message>
    <message>
        <source>The client is joint guarantor</source>
        <translation>本人が連帯保証人</translation>
    </message>
    <message>
        <source>Court practice (whole years first, then 365 or 366)</source>
        <translation>裁判所の実務（満年を先に計算し、残りの日数を365日または366日で日割）</translation>
    </message>
</context>
<context>
    <name>zansai::CaseStore</name>
    <message>
        <source>There is no case %1 in the store.</source>
        <translation>ケース %1 は保存ファイルにありません。</translation>
    </message>
    <message>
        <source>There is no backup of it.</source>
        <translation>バックアップはありません。</translation>
    </message>
    <message>
        <source>The newest backup is %1: restore it to continue.</source>
        <translation>最新のバックアップは %1 です。続けるにはこれを復元してください。</translation>
    </message>
    <message>
        <source>No case store file was given.</source>
        <translation>ケース保存ファイルが指定されていません。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a case store.</source>
        <translation>%1 はフォルダです。ケース保存ファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is not a case store (it is not an SQLite database). It was not changed.</source>
        <translation>%1 はケース保存ファイルではありません(SQLite データベースではありません)。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>This case store was written by a newer version of Zansai Navigator. It was not changed: use the newer version.</source>
        <translation>このケース保存ファイルは新しいバージョンの残債ナビで書かれています。ファイルは変更していません。新しいバージョンで開いてください。</translation>
    </message>
    <message>
        <source>the store cannot use write-ahead logging</source>
        <translation>ログ先行書き込み(WAL)を使えません</translation>
    </message>
    <message>
        <source>foreign keys cannot be enforced</source>
        <translation>外部キー制約を有効にできません</translation>
    </message>
    <message>
        <source>The case store %1 is damaged (%2).</source>
        <translation>ケース保存ファイル %1 は壊れています(%2)。</translation>
    </message>
    <message>
        <source>The backup %1 could not be written.</source>
        <translation>バックアップ %1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>This case was saved elsewhere (another window or program) after you opened it: the store has version %1, your changes are based on version %2. Your changes were not saved: reload the case, or save them as a copy.</source>
        <translation>このケースは、開いた後に別の場所(別のウィンドウまたはプログラム)で保存されました。保存ファイルの版は %1、あなたの変更は版 %2 に基づいています。変更は保存していません。ケースを読み込み直すか、コピーとして保存してください。</translation>
    </message>
    <message>
        <source>Case %1 has no version %2.</source>
        <translation>ケース %1 に版 %2 はありません。</translation>
    </message>
    <message>
        <source>The stored case %1 cannot be read: %2</source>
        <translation>保存されたケース %1 を読み込めません:%2</translation>
    </message>
    <message>
        <source>A backup cannot be restored over itself.</source>
        <translation>バックアップをそれ自身に上書きして復元することはできません。</translation>
    </message>
    <message>
        <source>The backup %1 is missing or is not a case store.</source>
        <translation>バックアップ %1 が見つからないか、ケース保存ファイルではありません。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2</source>
        <translation>バックアップ %1 は使えません:%2</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied.</source>
        <translation>バックアップ %1 をコピーできませんでした。</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1; the store was kept as %2.</source>
        <translation>バックアップを %1 の場所に置けませんでした。元の保存ファイルは %2 として残してあります。</translation>
    </message>
    <message>
        <source>The schema file %1 is not named NNN_description.sql.</source>
        <translation>スキーマファイル %1 の名前が NNN_説明.sql の形式ではありません。</translation>
    </message>
    <message>
        <source>The schema file %1 cannot be read.</source>
        <translation>スキーマファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>The schema files are not numbered 001, 002, … without gaps (at %1).</source>
        <translation>スキーマファイルの番号が 001、002、… と連続していません(%1)。</translation>
    </message>
    <message>
        <source>The schema files are missing from the program.</source>
        <translation>プログラムにスキーマファイルがありません。</translation>
    </message>
    <message>
        <source>This case store was written by a newer version of Zansai Navigator (schema %1; this version knows up to %2). It was not changed: use the newer version.</source>
        <translation>このケース保存ファイルは新しいバージョンの残債ナビで書かれています(スキーマ %1。このバージョンは %2 まで対応)。ファイルは変更していません。新しいバージョンで開いてください。</translation>
    </message>
    <message>
        <source>The case store could not be upgraded by %1: %2</source>
        <translation>ケース保存ファイルを %1 で更新できませんでした:%2</translation>
    </message>
    <message>
        <source>The case store could not be read or written (%1).</source>
        <translation>ケース保存ファイルの読み書きができませんでした(%1)。</translation>
    </message>
    <message>
        <source>The file %1 could not be written (%2).</source>
        <translation>ファイル %1 を書き込めませんでした(%2)。</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>フォルダ %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>The file %1 could not be moved aside (%2): nothing was changed.</source>
        <translation>ファイル %1 を退避できませんでした(%2)。何も変更していません。</translation>
    </message>
    <message>
        <source>The case store %1 cannot be opened (%2).</source>
        <translation>ケース保存ファイル %1 を開けません(%2)。</translation>
    </message>
    <message>
        <source>The case store %1 is damaged (%2). It was not changed.</source>
        <translation>ケース保存ファイル %1 は壊れています(%2)。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>The case store is damaged (%1).</source>
        <translation>ケース保存ファイルは壊れています(%1)。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a case store. It was not changed: choose another file for the case store.</source>
        <translation>%1 は他のプログラムの SQLite データベースで、ケース保存ファイルではありません。変更していません。ケース保存ファイルには別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>There is no case store %1, and none is created there.</source>
        <translation>ケース保存ファイル %1 はありません。この場所には作成しません。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket): it is not a case store. It was not opened.</source>
        <translation>%1 は通常のファイルではありません（デバイス、パイプまたはソケット）。ケース保存ファイルではないため、開いていません。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). A case store is never empty, so this file is not used as one and was not changed: move it away to start a new store there.</source>
        <translation>%1 は空です（0 バイト）。ケース保存ファイルが空になることはないため、このファイルは使わず、変更もしていません。ここに新しい保存ファイルを作るには、このファイルを別の場所へ移してください。</translation>
    </message>
    <message>
        <source>its header cannot be read</source>
        <translation>ヘッダーを読み取れません</translation>
    </message>
    <message>
        <source>The case store is locked: unlock it with its passphrase.</source>
        <translation>案件ストアはロックされています。パスフレーズでロックを解除してください。</translation>
    </message>
    <message>
        <source>The list entry of case %1 cannot be read.</source>
        <translation>案件 %1 の一覧用の記録を読み取れません。</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>%1 を削除できません。</translation>
    </message>
    <message>
        <source>%1 could not be replaced: %2</source>
        <translation>%1 を置き換えられませんでした: %2</translation>
    </message>
    <message>
        <source>The case store %1 is already encrypted.</source>
        <translation>案件ストア %1 はすでに暗号化されています。</translation>
    </message>
    <message>
        <source>Give the new passphrase of the case store.</source>
        <translation>案件ストアの新しいパスフレーズを指定してください。</translation>
    </message>
    <message>
        <source>The case store is in use by another window or program: close it, then encrypt again.</source>
        <translation>案件ストアは別のウィンドウかプログラムで使用中です。それを閉じてから、もう一度暗号化してください。</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>暗号化ライブラリを開始できませんでした。</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>パスフレーズが空です。</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key from the passphrase (Argon2id needs %1 MiB).</source>
        <translation>パスフレーズから鍵を導出するためのメモリが足りません（Argon2id には %1 MiB が必要です）。</translation>
    </message>
    <message>
        <source>This case store is encrypted: give its passphrase.</source>
        <translation>この案件ストアは暗号化されています。パスフレーズを指定してください。</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>パスフレーズが違います。</translation>
    </message>
    <message>
        <source>This is not a recovery key: it has 52 letters and digits in groups of four.</source>
        <translation>回復キーではありません。回復キーは英数字52文字で、4文字ずつ区切られています。</translation>
    </message>
    <message>
        <source>The recovery key is wrong.</source>
        <translation>回復キーが違います。</translation>
    </message>
    <message>
        <source>An encrypted record of case %1 is too short.</source>
        <translation>案件 %1 の暗号化された記録が短すぎます。</translation>
    </message>
    <message>
        <source>An encrypted record of case %1 (version %2) fails its authentication: it was changed or moved outside the program.</source>
        <translation>案件 %1（版 %2）の暗号化された記録は認証に失敗しました。プログラムの外で変更されたか、移動されています。</translation>
    </message>
    <message>
        <source>The case store %1 could not be read (%2).</source>
        <translation>ケース保存ファイル %1 を読み取れませんでした（%2）。</translation>
    </message>
    <message>
        <source>the new case has no number</source>
        <translation>新しいケースに番号が付きませんでした</translation>
    </message>
    <message>
        <source>The audit trail has an unknown action %1.</source>
        <translation>監査記録に不明な操作 %1 があります。</translation>
    </message>
    <message>
        <source>A backup of the case store</source>
        <translation>ケースストアのバックアップ</translation>
    </message>
    <message>
        <source>Restoring a backup file</source>
        <translation>バックアップファイルからの復元</translation>
    </message>
    <message>
        <source>%1 is only for a case store file on this computer. A firm store on PostgreSQL is kept safe by its server: its backups are made there (pg_dump), and its disks are encrypted there.</source>
        <translation>%1はこのコンピューター上のケースストアのファイルにだけ使えます。PostgreSQL の事務所ストアはサーバーが守ります: バックアップはサーバーで（pg_dump）、ディスクの暗号化もサーバーで行ってください。</translation>
    </message>
    <message>
        <source>This installation cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver (package libqt6sql6-psql) is missing.</source>
        <translation>このインストールでは PostgreSQL サーバーに接続できません: Qt の PostgreSQL ドライバー（パッケージ libqt6sql6-psql）がありません。</translation>
    </message>
    <message>
        <source>The firm&apos;s case store %1 could not be reached: %2</source>
        <translation>事務所のケースストア %1 に接続できませんでした: %2</translation>
    </message>
    <message>
        <source>The database of %1 is not in UTF-8 (it is %2): Japanese names cannot be kept there. Create it with ENCODING &apos;UTF8&apos;.</source>
        <translation>%1 のデータベースが UTF-8 ではありません（%2）: 日本語の氏名を保存できません。ENCODING &apos;UTF8&apos; で作成してください。</translation>
    </message>
    <message>
        <source>Encryption at rest</source>
        <translation>保存データの暗号化</translation>
    </message>
    <message>
        <source>The case store address %1 cannot be used: %2</source>
        <translation>ケースストアのアドレス %1 は使えません: %2</translation>
    </message>
    <message>
        <source>it is not a postgresql://user@host:port/database address.</source>
        <translation>postgresql://ユーザー@ホスト:ポート/データベース の形式ではありません。</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535.</source>
        <translation>ポートは 1 から 65535 までの数にしてください。</translation>
    </message>
    <message>
        <source>the database name must not contain &apos;/&apos;.</source>
        <translation>データベース名に「/」は使えません。</translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation>sslmode は %1 のいずれかにしてください。</translation>
    </message>
    <message>
        <source>the value of %1 must not contain ; or &apos;.</source>
        <translation>%1 の値に「;」や「&apos;」は使えません。</translation>
    </message>
    <message>
        <source>%1 is not a connection setting it knows (sslmode, connect_timeout, host, port, …).</source>
        <translation>%1 は使える接続設定ではありません（sslmode、connect_timeout、host、port など）。</translation>
    </message>
    <message>
        <source>A case to move in needs a key and at least one version.</source>
        <translation>移し入れるケースにはキーと少なくとも一つの版が必要です。</translation>
    </message>
</context>
<context>
    <name>zansai::Consultation</name>
    <message>
        <source>The limitation cannot be counted until the contract date and the date the whole balance fell due are entered.</source>
        <translation>契約日と期限の利益喪失日が入力されるまで、消滅時効は計算できません。</translation>
    </message>
    <message>
        <source>%1: the amount owed is not entered yet, so it is left out of every total and of the options.</source>
        <translation>%1：債務額が未入力のため、合計と各解決方法の計算から除いています。</translation>
    </message>
    <message>
        <source>%1: the late-payment rate or the date the whole balance fell due is not entered yet, so no late interest is counted for it.</source>
        <translation>%1：遅延損害金の利率または期限の利益喪失日が未入力のため、遅延損害金を計算していません。</translation>
    </message>
    <message>
        <source>%1: the contract date or the date the whole balance fell due is not entered yet, so its limitation is not counted.</source>
        <translation>%1：契約日または期限の利益喪失日が未入力のため、消滅時効を計算していません。</translation>
    </message>
    <message>
        <source>%1: the creditor&apos;s name is not entered yet.</source>
        <translation>%1：債権者名が未入力です。</translation>
    </message>
    <message>
        <source>Some answers are missing: the figures below are incomplete. Court events and deadlines are counted in full.</source>
        <translation>未回答の項目があるため、以下の金額は不完全です。裁判手続と期限はすべて反映しています。</translation>
    </message>
    <message>
        <source>Assessed as of %1; the case was last consulted on %2. Deadlines and balances are counted to %1.</source>
        <translation>%1時点で計算しています（前回の相談日は%2）。期限と残高は%1までで数えています。</translation>
    </message>
</context>
<context>
    <name>zansai::CreditRecord</name>
    <message>
        <source>The default stays on record while the debt is unpaid: CIC and JICC keep it during the contract and 5 years after it ends; KSC counts its 5 years from payment in full, so an unpaid balance stays on record indefinitely.</source>
        <translation>債務が未払いの間は延滞（異動）の記録が残ります。CICとJICCは契約期間中と契約終了後5年間、KSCは完済日から5年間を数えるため、未払いの残債は期限なく記録され続けます。</translation>
    </message>
    <message>
        <source>CIC, JICC and KSC: 5 years after the last payment (years from now: %1).</source>
        <translation>CIC・JICC・KSC：最終支払（完済）から5年（今から%1年）。</translation>
    </message>
    <message>
        <source>CIC and JICC: 5 years after the last payment or the discharge. KSC: the official gazette entry for %1 years from the order commencing the procedure (older sources say 10 years; we use the members&apos; current notice: reference §12.6).</source>
        <translation>CIC・JICC：最終支払または免責から5年。KSC：官報情報を開始決定から%1年（古い資料では10年。会員機関の現行の案内に従っています：リファレンス§12.6）。</translation>
    </message>
    <message>
        <source>JICC records an invocation the creditor accepts as payment in full on that day; CIC and KSC count 5 years from the end of the contract. Until the creditor reports it, the default stays.</source>
        <translation>債権者が時効援用を認めると、JICCはその日に完済として登録します。CICとKSCは契約終了から5年です。債権者が報告するまでは延滞の記録が残ります。</translation>
    </message>
</context>
<context>
    <name>zansai::DebtName</name>
    <message>
        <source>debt no. %1</source>
        <translation>%1件目の債務</translation>
    </message>
    <message>
        <source>%1 (originally %2)</source>
        <translation>%1（原債権者 %2）</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1（%2件目）</translation>
    </message>
</context>
<context>
    <name>zansai::Limitation</name>
    <message>
        <source>Payment</source>
        <translation>支払い</translation>
    </message>
    <message>
        <source>Acknowledgment of the debt</source>
        <translation>債務の承認</translation>
    </message>
    <message>
        <source>Voluntary sale settled</source>
        <translation>任意売却の決済</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>催告</translation>
    </message>
    <message>
        <source>Agreement to negotiate</source>
        <translation>協議を行う旨の合意</translation>
    </message>
    <message>
        <source>Refusal to negotiate</source>
        <translation>協議の続行の拒絶</translation>
    </message>
    <message>
        <source>Lawsuit served</source>
        <translation>訴状の送達</translation>
    </message>
    <message>
        <source>Payment order served</source>
        <translation>支払督促の送達</translation>
    </message>
    <message>
        <source>Payment order with provisional enforcement served</source>
        <translation>仮執行宣言付支払督促の送達</translation>
    </message>
    <message>
        <source>Judgment served</source>
        <translation>判決の送達</translation>
    </message>
    <message>
        <source>Judgment final</source>
        <translation>判決の確定</translation>
    </message>
    <message>
        <source>Court settlement</source>
        <translation>裁判上の和解</translation>
    </message>
    <message>
        <source>Enforceable notarial deed</source>
        <translation>執行認諾文言付公正証書</translation>
    </message>
    <message>
        <source>Seizure filed</source>
        <translation>差押えの申立て</translation>
    </message>
    <message>
        <source>Auction filed</source>
        <translation>競売の申立て</translation>
    </message>
    <message>
        <source>Auction withdrawn</source>
        <translation>競売の取下げ</translation>
    </message>
    <message>
        <source>Claim assigned</source>
        <translation>債権譲渡</translation>
    </message>
    <message>
        <source>Limitation invoked</source>
        <translation>時効の援用</translation>
    </message>
    <message>
        <source>Before 2020-04-01 this is an interruption (中断) under the old law, with the same effect (Supplementary Provisions art. 10(2)).</source>
        <translation>2020年4月1日より前の事由なので旧法の「中断」にあたり、効果は同じです(改正附則10条2項)。</translation>
    </message>
    <message>
        <source>That is before the period ends anyway (%1), so the date does not change.</source>
        <translation>これは本来の満了日(%1)より前に終わるため、満了日は変わりません。</translation>
    </message>
    <message>
        <source>No contract date recorded, but the acceleration on %1 is before 2020-04-01, so the contract was too: the old law&apos;s period applies.</source>
        <translation>契約日の記録はありませんが、期限の利益喪失(%1)が2020年4月1日より前なので契約もそれ以前です。旧法の時効期間が適用されます。</translation>
    </message>
    <message>
        <source>No contract date recorded: the old law is assumed, which gives the longer period where the two differ. Record the contract date to be sure.</source>
        <translation>契約日の記録がないため旧法を前提とします(新旧で期間が異なる場合は長い方になります)。確実にするには契約日を記録してください。</translation>
    </message>
    <message>
        <source>Guarantee-commission contract of %1 is before 2020-04-01: the old law&apos;s period applies to the right of reimbursement (求償権) even though it arises at subrogation. This reading of Supplementary Provisions art. 10(1) is ours and not verified against the Ministry of Justice&apos;s Q&amp;A.</source>
        <translation>保証委託契約(%1)が2020年4月1日より前なので、代位弁済で生じる求償権にも旧法の時効期間が適用されます。これは改正附則10条1項についての当方の解釈で、法務省の一問一答等では確認していません。</translation>
    </message>
    <message>
        <source>Disputed: the subrogation (%1) is after 2020-04-01 but the guarantee-commission contract (%2) is before; the old law is applied on our reading of Supplementary Provisions art. 10(1) (not verified).</source>
        <translation>見解が分かれうる点: 代位弁済(%1)は2020年4月1日以後ですが、保証委託契約(%2)はそれより前です。改正附則10条1項の当方の解釈により旧法を適用しています(未確認)。</translation>
    </message>
    <message>
        <source>Contract of %1 is before 2020-04-01: the old law&apos;s period applies.</source>
        <translation>契約日(%1)が2020年4月1日より前なので、旧法の時効期間が適用されます。</translation>
    </message>
    <message>
        <source>Contract of %1 is on or after 2020-04-01: the new law applies.</source>
        <translation>契約日(%1)が2020年4月1日以後なので、新法が適用されます。</translation>
    </message>
    <message>
        <source>New law: 5 years from when the creditor knew it could claim. The creditor of an accelerated loan knows at once, so the 10-year limb (art. 166(1)(ii)) runs from the same day and never ends earlier.</source>
        <translation>新法: 債権者が権利を行使できることを知った時から5年。期限の利益を喪失した貸金では債権者は直ちに知るため、行使できる時から10年(166条1項2号)も同じ日から進行し、先に満了することはありません。</translation>
    </message>
    <message>
        <source>Old law: the guarantee company is a stock company and the guarantee-commission contract its commercial act, so the claim is commercial: 5 years.</source>
        <translation>旧法: 保証会社は株式会社で、保証委託契約はその商行為なので、商事債権として5年です。</translation>
    </message>
    <message>
        <source>Old law: the creditor is a stock company, whose loans are commercial acts, so the claim is commercial: 5 years.</source>
        <translation>旧法: 債権者は株式会社で、その貸付けは商行為なので、商事債権として5年です。</translation>
    </message>
    <message>
        <source>Old law: a credit union, labour bank or JA is not a merchant (最判昭和63年10月18日), so a loan to a private borrower is a civil claim: 10 years. A business loan to a merchant would be commercial: 5 years.</source>
        <translation>旧法: 信用金庫・信用組合・労働金庫・JAは商人ではない(最判昭和63年10月18日)ため、個人への貸付けは民事債権として10年です。商人への事業資金の貸付けなら商事債権として5年になります。</translation>
    </message>
    <message>
        <source>Old law: the Japan Housing Finance Agency (former 住宅金融公庫) is not a merchant, so the claim is civil: 10 years.</source>
        <translation>旧法: 住宅金融支援機構(旧住宅金融公庫)は商人ではないため、民事債権として10年です。</translation>
    </message>
    <message>
        <source>Old law: a public credit-guarantee body is not a merchant, so the right of reimbursement is civil: 10 years, unless the debtor is a merchant. For the 公庫住宅融資保証協会 this is not verified.</source>
        <translation>旧法: 信用保証協会などの公的な保証機関は商人ではないため、求償権は民事債権として10年です(債務者が商人の場合を除く)。公庫住宅融資保証協会については未確認です。</translation>
    </message>
    <message>
        <source>Not verified: the old-law period of a public guarantor&apos;s right of reimbursement is taken as 10 years (civil).</source>
        <translation>未確認: 公的な保証機関の求償権の旧法上の時効期間を10年(民事)としています。</translation>
    </message>
    <message>
        <source>Old law: a private lender, so the claim is civil: 10 years (5 years if either party acted as a merchant).</source>
        <translation>旧法: 個人の貸主なので民事債権として10年です(いずれかの当事者が商人として行為した場合は5年)。</translation>
    </message>
    <message>
        <source>Old law: the kind of creditor is not known, so the claim is treated as civil: 10 years. If the creditor is a company, the claim is commercial: 5 years (Commercial Code art. 522).</source>
        <translation>旧法: 債権者の種類が不明なため、民事債権として10年とします。債権者が会社であれば商事債権として5年です(商法522条)。</translation>
    </message>
    <message>
        <source>Creditor kind unknown: the old-law period is taken as 10 years (civil). For a company creditor it would be 5 years.</source>
        <translation>債権者の種類が不明: 旧法上の時効期間を10年(民事)としています。債権者が会社なら5年になります。</translation>
    </message>
    <message>
        <source>An event without a valid date was not counted.</source>
        <translation>有効な日付のない出来事は計算に含めていません。</translation>
    </message>
    <message>
        <source>Subrogation (代位弁済) on %1: the period runs from the next day, %2, for %3 years and ends %4.</source>
        <translation>代位弁済(%1)の翌日%2から%3年、満了日は%4です。</translation>
    </message>
    <message>
        <source>Accelerated on %1: the period runs from the next day, %2, for %3 years and ends %4.</source>
        <translation>期限の利益喪失(%1)の翌日%2から%3年、満了日は%4です。</translation>
    </message>
    <message>
        <source>%1 on %2 came before the period began (%3): no effect on it.</source>
        <translation>%2の%1は時効期間の開始(%3)より前のため、影響しません。</translation>
    </message>
    <message>
        <source>%1 on %2 came after the limitation was invoked on %3: the claim is extinguished and this does not revive it.</source>
        <translation>%2の%1は%3の時効援用の後です。債権は消滅しており、これで復活することはありません。</translation>
    </message>
    <message>
        <source>Claim assigned on %1 (e.g. sold to a servicer): it keeps its identity and its period; nothing is renewed or changed.</source>
        <translation>%1の債権譲渡(サービサーへの売却など): 債権の同一性も時効期間もそのままで、更新も変更もありません。</translation>
    </message>
    <message>
        <source>%1 on %2 came after the period completed on %3: the debtor can no longer invoke that completion, even without knowing of it. A new %4-year period runs and ends %5.</source>
        <translation>%2の%1は時効完成(%3)の後です。時効完成を知らなかったとしても、その時効はもう援用できません。新たに%4年の時効が進行し、満了日は%5です。</translation>
    </message>
    <message>
        <source>Demand on %1: the period had already completed on %2, so it has no effect.</source>
        <translation>%1の催告: 時効は%2に既に完成しているため、効果はありません。</translation>
    </message>
    <message>
        <source>Demand on %1 while an earlier demand is holding off completion: a second demand has no effect (the suspension still ends %2).</source>
        <translation>%1の催告: 先の催告で完成が猶予されている間の再度の催告には効果がありません(猶予は%2までのままです)。</translation>
    </message>
    <message>
        <source>Demand on %1 while an agreement to negotiate is holding off completion: no effect (the suspension still ends %2).</source>
        <translation>%1の催告: 協議の合意で完成が猶予されている間の催告には効果がありません(猶予は%2までのままです)。</translation>
    </message>
    <message>
        <source>Demand on %1: completion is suspended until %2 (6 months). Only a suit, payment order or other court step by then keeps the claim alive; another demand will not.</source>
        <translation>%1の催告: %2まで(6か月)時効の完成が猶予されます。それまでに訴訟・支払督促などの裁判上の手続がなければ時効は完成します。再度の催告では延びません。</translation>
    </message>
    <message>
        <source>Before 2020-04-01 a demand interrupted the period only if a suit or the like followed within 6 months (old art. 153); the last day is the same.</source>
        <translation>2020年4月1日より前の催告は、6か月以内に訴訟等があった場合に限り時効を中断するもの(旧153条)で、最終日は同じです。</translation>
    </message>
    <message>
        <source>Agreement to negotiate on %1: made before 2020-04-01, so art. 151 does not apply and it has no effect.</source>
        <translation>%1の協議の合意: 2020年4月1日より前の合意には151条が適用されず、効果はありません。</translation>
    </message>
    <message>
        <source>Agreement to negotiate on %1: the period had already completed on %2, so it suspends nothing. Take care: agreeing to discuss repayment can be read as acknowledging the debt.</source>
        <translation>%1の協議の合意: 時効は%2に既に完成しているため、猶予の効果はありません。注意: 返済の協議に応じることは債務の承認と見られるおそれがあります。</translation>
    </message>
    <message>
        <source>Agreement to negotiate on %1 while a demand is holding off completion: no effect (the suspension still ends %2).</source>
        <translation>%1の協議の合意: 催告で完成が猶予されている間の合意には効果がありません(猶予は%2までのままです)。</translation>
    </message>
    <message>
        <source>Renewed agreement to negotiate on %1: suspended only until %2, the cap of 5 years from the original completion date %3.</source>
        <translation>%1の再度の協議の合意: 猶予は、本来の満了日%3から通じて5年の上限である%2までです。</translation>
    </message>
    <message>
        <source>Renewed agreement to negotiate on %1, made during the suspension: completion is suspended until %2.</source>
        <translation>%1の再度の協議の合意(猶予期間中): %2まで時効の完成が猶予されます。</translation>
    </message>
    <message>
        <source>Written agreement to negotiate on %1: completion is suspended until %2 (one year, an agreed shorter term, or 6 months after a written refusal, whichever comes first).</source>
        <translation>%1の書面による協議の合意: %2まで時効の完成が猶予されます(合意から1年、合意で定めた1年未満の期間、書面による続行拒絶の通知から6か月のいずれか早い時まで)。</translation>
    </message>
    <message>
        <source>The agreed term (to %1) is not shorter than one year, so the one-year limit applies.</source>
        <translation>合意した期間(%1まで)は1年未満ではないため、1年の限度によります。</translation>
    </message>
    <message>
        <source>Written refusal to continue negotiating on %1: no agreement to negotiate is in force, so it has no effect.</source>
        <translation>%1の書面による協議続行の拒絶: 効力のある協議の合意がないため、効果はありません。</translation>
    </message>
    <message>
        <source>Written refusal to continue negotiating on %1: the suspension by agreement now ends %2 (6 months after the refusal).</source>
        <translation>%1の書面による協議続行の拒絶: 合意による猶予は%2(拒絶から6か月)で終わります。</translation>
    </message>
    <message>
        <source>Written refusal to continue negotiating on %1: 6 months from it would run past the agreement&apos;s own end, %2, which stays.</source>
        <translation>%1の書面による協議続行の拒絶: 拒絶から6か月は合意による猶予の終期%2より後になるため、終期は%2のままです。</translation>
    </message>
    <message>
        <source>Judgment served on %1: the 2-week appeal period ends %2 (a last day on which the courts are closed moves to the next open day). Without an appeal the judgment becomes final then.</source>
        <translation>%1の判決送達: 2週間の控訴期間は%2までです(末日が裁判所の閉庁日なら次の開庁日まで)。控訴がなければその時に判決が確定します。</translation>
    </message>
    <message>
        <source>Payment order with a declaration of provisional enforcement served on %1: the creditor can enforce at once. The 2-week objection period ends %2; without an objection the order becomes final like a judgment.</source>
        <translation>%1の仮執行宣言付支払督促の送達: 債権者は直ちに強制執行できます。2週間の督促異議の期間は%2までで、異議がなければ確定判決と同一の効力をもって確定します。</translation>
    </message>
    <message>
        <source>%1 on %2: the period had completed on %3, unless the claim was filed by then (the filing date counts, not service). Invoke the limitation in the proceedings; once the claim is fixed by a final judgment the completion can no longer be raised.</source>
        <translation>%2の%1: それまでに申立てがなければ(送達ではなく申立ての日が基準)、時効は%3に完成しています。手続の中で時効を援用してください。確定判決で権利が確定すると、その時効完成はもう主張できません。</translation>
    </message>
    <message>
        <source>Court settlement on %1: the right is fixed with the force of a final judgment; a new 10-year period runs from the next day and ends %2. Instalments not yet due at the settlement keep their own period (art. 169(2)).</source>
        <translation>%1の裁判上の和解: 権利は確定判決と同一の効力で確定し、翌日から新たに10年の時効が進行します。満了日は%2です。和解の時点で弁済期が来ていない分割金は本来の時効期間のままです(169条2項)。</translation>
    </message>
    <message>
        <source>%1 on %2 after the period completed on %3: invoke the limitation (an objection suit against enforcement).</source>
        <translation>時効完成(%3)後の%2の%1: 時効を援用してください(請求異議の訴え)。</translation>
    </message>
    <message>
        <source>Auction filed on %1, before 2020-04-01: an interruption (中断) under the old law; a new period starts when it ends, but a withdrawal or cancellation undoes it entirely (old art. 154).</source>
        <translation>%1の競売の申立て(2020年4月1日より前): 旧法の中断事由で、手続の終了時から新たな時効が始まりますが、取下げや取消しがあれば中断の効力は全く生じません(旧154条)。</translation>
    </message>
    <message>
        <source>Auction filed on %1: completion is suspended while it runs, and a new period starts when it ends; if it is withdrawn, only 6 months after that.</source>
        <translation>%1の競売の申立て: 手続中は時効の完成が猶予され、終了時から新たな時効が始まります。取下げの場合は、その時から6か月の猶予にとどまります。</translation>
    </message>
    <message>
        <source>Auction withdrawn on %1: no pending auction is recorded, so it has no effect.</source>
        <translation>%1の競売の取下げ: 係属中の競売の記録がないため、効果はありません。</translation>
    </message>
    <message>
        <source>Auction withdrawn on %1: the old-law interruption by the filing is undone as if it never happened (old art. 154); the period ends %2.</source>
        <translation>%1の競売の取下げ: 申立てによる旧法の中断は初めからなかったことになります(旧154条)。満了日は%2です。</translation>
    </message>
    <message>
        <source>Auction withdrawn on %1 (e.g. for a voluntary sale): no renewal; completion is suspended only until %2 (6 months after the withdrawal).</source>
        <translation>%1の競売の取下げ(任意売却のためなど): 時効は更新されず、取下げから6か月の%2まで完成が猶予されるだけです。</translation>
    </message>
    <message>
        <source>Limitation invoked on %1, after completion on %2: the claim is extinguished, with effect back to the start of the period.</source>
        <translation>%1の時効の援用(時効完成%2の後): 債権は消滅し、その効力は起算日にさかのぼります。</translation>
    </message>
    <message>
        <source>Limitation invoked on %1 while a proceeding is pending: the period has not completed, so it has no effect.</source>
        <translation>%1の時効の援用: 手続の係属中で時効は完成していないため、効果はありません。</translation>
    </message>
    <message>
        <source>Limitation invoked on %1 before completion (%2): no effect.</source>
        <translation>%1の時効の援用: 時効完成(%2)前のため、効果はありません。</translation>
    </message>
    <message>
        <source>Events dated after %1 (the as-of date) were not counted.</source>
        <translation>基準日(%1)より後の出来事は計算に含めていません。</translation>
    </message>
    <message>
        <source>A court proceeding or enforcement is pending: completion is suspended while it lasts, so %1 is only the earliest possible date.</source>
        <translation>裁判手続または強制執行が係属中です。その間は時効の完成が猶予されるため、%1は最も早い場合の日付にすぎません。</translation>
    </message>
    <message>
        <source>a national holiday</source>
        <translation>祝日</translation>
    </message>
    <message>
        <source>a year-end or New Year court closure day</source>
        <translation>年末年始の閉庁日</translation>
    </message>
    <message>
        <source>a Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <source>a Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>The last day, %1, is %2, when the courts are closed. Choice made: Civil Code art. 142 (a period ending on a holiday runs to the next day) is not applied to limitation, the prevailing view since a claim can be filed on a holiday (大阪地判昭和48年9月4日). A minority view would extend it to the next business day; there is no Supreme Court ruling.</source>
        <translation>満了日%1は%2で、裁判所の閉庁日です。本計算の選択: 期間の末日が休日なら翌日に満了するとする民法142条は、休日でも訴えを提起できるため時効には適用しないとする多数説によっています(大阪地判昭和48年9月4日)。翌営業日まで延びるとする少数説もあり、最高裁の判例はありません。</translation>
    </message>
    <message>
        <source>The payment or acknowledgment of %1 came after completion: that completion can no longer be invoked, and a new period runs.</source>
        <translation>%1の支払いまたは承認は時効完成後のため、その時効完成はもう援用できず、新たな時効が進行しています。</translation>
    </message>
    <message>
        <source>The period has completed. Do not pay or acknowledge anything, not even a token payment: that forfeits the defence even without knowing it had completed (最判昭和41年4月20日). Invoke it in writing (内容証明 with 配達証明, Civil Code art. 145).</source>
        <translation>時効期間は満了しています。少額でも支払ったり債務を認めたりしないでください。時効完成を知らなくても援用できなくなります(最判昭和41年4月20日)。配達証明付きの内容証明郵便で時効を援用してください(民法145条)。</translation>
    </message>
    <message>
        <source>Once the period completes, any payment or acknowledgment, even a token payment to a servicer, forfeits the defence (最判昭和41年4月20日).</source>
        <translation>時効完成後に支払いや債務の承認をすると、サービサーへのわずかな支払いでも時効を援用できなくなります(最判昭和41年4月20日)。</translation>
    </message>
    <message>
        <source>No acceleration date recorded: the limitation cannot be computed.</source>
        <translation>期限の利益喪失日の記録がないため、時効を計算できません。</translation>
    </message>
    <message>
        <source>A settled voluntary sale counts as an acknowledgment by practice consensus (no case law).</source>
        <translation>任意売却の決済は、実務上、承認にあたると扱われています(判例はありません)。</translation>
    </message>
    <message>
        <source>Voluntary sale settled on %1: the proceeds paid with the debtor&apos;s consent are a partial payment, so an acknowledgment by practice consensus (no case law). The period restarts from the next day, %2 years, and ends %3.</source>
        <translation>%1の任意売却の決済: 債務者の同意による売却代金の弁済は一部弁済として承認にあたるとするのが実務の扱いです(判例はありません)。翌日から時効が更新されて%2年、満了日は%3です。</translation>
    </message>
    <message>
        <source>Enforceable notarial deed signed by the debtor on %1: an acknowledgment (not a judgment, so art. 169&apos;s 10 years do not apply). The period restarts from the next day, %2 years, and ends %3.</source>
        <translation>%1に債務者が作成に応じた執行認諾文言付公正証書: 承認にあたります(判決ではないため169条の10年は適用されません)。翌日から時効が更新されて%2年、満了日は%3です。</translation>
    </message>
    <message>
        <source>Acknowledgment of the debt on %1: the period restarts from the next day, %2 years, and ends %3.</source>
        <translation>%1の債務の承認: 翌日から時効が更新されて%2年、満了日は%3です。</translation>
    </message>
    <message>
        <source>Payment on %1 acknowledges the debt: the period restarts from the next day, %2 years, and ends %3.</source>
        <translation>%1の支払いは債務の承認にあたります。翌日から時効が更新されて%2年、満了日は%3です。</translation>
    </message>
    <message>
        <source>Lawsuit served on %1: completion is suspended while the suit is pending (from the filing). If the right is fixed (final judgment, settlement), a new 10-year period starts; if the suit ends otherwise (withdrawal, dismissal), completion is suspended only until 6 months after its end.</source>
        <translation>%1の訴状送達: 訴訟の係属中(提起の時から)は時効の完成が猶予されます。確定判決や和解で権利が確定すれば新たに10年の時効が始まり、取下げ・却下などで権利が確定せずに終われば、終了から6か月の猶予にとどまります。</translation>
    </message>
    <message>
        <source>Payment order served on %1: completion is suspended while it is pending (from the filing). If it becomes final, a new 10-year period starts; if it lapses or is withdrawn, completion is suspended only until 6 months after that.</source>
        <translation>%1の支払督促の送達: 手続中(申立ての時から)は時効の完成が猶予されます。確定すれば新たに10年の時効が始まり、失効や取下げの場合は、その時から6か月の猶予にとどまります。</translation>
    </message>
    <message>
        <source>Demand on %1: it holds off completion until %2 (6 months), but the period runs past that anyway (to %3), so nothing changes.</source>
        <translation>%1の催告: %2まで(6か月)完成を猶予する効果はありますが、時効期間はそれより後の%3まで続くため、何も変わりません。</translation>
    </message>
    <message>
        <source>Lawsuit withdrawn</source>
        <translation>訴えの取下げ</translation>
    </message>
    <message>
        <source>Lawsuit dismissed</source>
        <translation>訴え却下</translation>
    </message>
    <message>
        <source>Objection to the payment order</source>
        <translation>督促異議</translation>
    </message>
    <message>
        <source>Payment order lapsed</source>
        <translation>支払督促の失効</translation>
    </message>
    <message>
        <source>Seizure withdrawn</source>
        <translation>差押えの取下げ</translation>
    </message>
    <message>
        <source>Seizure completed</source>
        <translation>差押えの終了</translation>
    </message>
    <message>
        <source>%1 on %2: no pending lawsuit or payment order is recorded, so it has no effect.</source>
        <translation>%2 の%1: 係属中の訴訟や支払督促の記録がないため、効果はありません。</translation>
    </message>
    <message>
        <source>Lawsuit dismissed on %1, a suit brought before 2020-04-01: under the old law it does not interrupt the period (old art. 149), but while pending it acted as a demand (裁判上の催告), so completion is held off until %2 (6 months after its end).</source>
        <translation>%1 に訴え却下(令和2年4月1日より前に提起された訴訟): 旧法では時効中断の効力を生じません(旧149条)が、係属中は裁判上の催告として働いていたため、%2(終了から6か月)まで完成が猶予されます。</translation>
    </message>
    <message>
        <source>Lawsuit withdrawn on %1, a suit brought before 2020-04-01: under the old law it does not interrupt the period (old art. 149), but while pending it acted as a demand (裁判上の催告), so completion is held off until %2 (6 months after its end).</source>
        <translation>%1 に訴えの取下げ(令和2年4月1日より前に提起された訴訟): 旧法では時効中断の効力を生じません(旧149条)が、係属中は裁判上の催告として働いていたため、%2(終了から6か月)まで完成が猶予されます。</translation>
    </message>
    <message>
        <source>Lawsuit dismissed on %1 without a ruling on the right: no renewal; completion is suspended only until %2 (6 months after the end).</source>
        <translation>%1 に訴えが権利の確定に至らずに却下されました: 更新はなく、完成は %2(終了から6か月)まで猶予されるだけです。</translation>
    </message>
    <message>
        <source>Lawsuit withdrawn on %1: no renewal; completion is suspended only until %2 (6 months after the withdrawal).</source>
        <translation>%1 に訴えの取下げ: 更新はなく、完成は %2(取下げから6か月)まで猶予されるだけです。</translation>
    </message>
    <message>
        <source>Objection to a payment order on %1: no payment order is recorded and the period had completed on %2, unless the order was applied for by then. Invoke the limitation in the lawsuit that follows.</source>
        <translation>%1 に督促異議: 支払督促の記録がなく、%2 に時効期間が満了しています(それまでに支払督促の申立てがあった場合を除く)。続く訴訟で時効を援用してください。</translation>
    </message>
    <message>
        <source>Objection to the payment order (督促異議) on %1: the matter continues as a lawsuit, deemed brought when the order was applied for. Completion stays suspended while it is pending: a judgment or settlement fixing the right starts a new 10-year period; a withdrawal or dismissal gives 6 months only.</source>
        <translation>%1 に督促異議: 事件は支払督促の申立て時に訴えの提起があったものとみなされ、訴訟として続きます。係属中は完成が猶予されます。判決や和解で権利が確定すれば新たな10年の期間が始まり、取下げや却下なら6か月の猶予にとどまります。</translation>
    </message>
    <message>
        <source>Payment order lapsed on %1: no pending payment order is recorded, so it has no effect.</source>
        <translation>%1 に支払督促の失効: 係属中の支払督促の記録がないため、効果はありません。</translation>
    </message>
    <message>
        <source>Inferred: nothing is recorded after the payment order served on %1 (no declaration of provisional enforcement, objection or judgment). The creditor could apply for the declaration from %2 and had 30 days, to %3 (民事訴訟法391条・392条), so the order is taken to have lapsed at the end of %3. The exact day is not known (a later service of the order, or an application made in time but not recorded, changes it); record payment_order_lapsed or the court step to be sure.</source>
        <translation>推定: %1 に送達された支払督促の後に記録がありません(仮執行宣言・督促異議・判決のいずれもなし)。債権者は %2 から仮執行宣言を申し立てることができ、その期限は30日後の %3 でした(民事訴訟法391条・392条)。そのため支払督促は %3 の終了をもって失効したものと扱います。正確な日は分かりません(支払督促の送達が遅れた場合や、期限内の申立てが記録されていない場合は変わります)。確かめるには payment_order_lapsed またはその後の裁判手続を記録してください。</translation>
    </message>
    <message>
        <source>Disputed: the payment order served on %1 is taken to have lapsed on %2 because nothing follows it (民事訴訟法392条); the exact day is not known. Choice made: the end of the 30th day after the creditor could first apply.</source>
        <translation>争点: %1 に送達された支払督促は、その後に何もないため %2 に失効したものと扱っています(民事訴訟法392条)。正確な日は分かりません。選択: 債権者が最初に申し立てることができた日から数えて30日目の終了時。</translation>
    </message>
    <message>
        <source>Payment order lapsed on %1, an order applied for before 2020-04-01: its interruption is void (old art. 150); the period ends %2.</source>
        <translation>%1 に支払督促の失効(2020-04-01より前に申し立てられたもの): 時効中断の効力を生じません(旧150条)。期間は %2 に満了します。</translation>
    </message>
    <message>
        <source>Payment order lapsed on %1 (no declaration of provisional enforcement applied for in time): no renewal; completion is suspended only until %2 (6 months after the lapse).</source>
        <translation>%1 に支払督促の失効(期間内に仮執行宣言の申立てがなかったため): 更新はなく、完成は %2(失効から6か月)まで猶予されるだけです。</translation>
    </message>
    <message>
        <source>%1 on %2: no running seizure or auction is recorded, so it has no effect.</source>
        <translation>%2 の%1: 進行中の差押えや競売の記録がないため、効果はありません。</translation>
    </message>
    <message>
        <source>Seizure withdrawn or cancelled on %1, a seizure filed before 2020-04-01: its interruption is undone as if it never happened (old art. 154); the period ends %2.</source>
        <translation>%1 に差押えの取下げ・取消し(2020-04-01より前の申立て): 時効中断は初めからなかったものとなります(旧154条)。期間は %2 に満了します。</translation>
    </message>
    <message>
        <source>Seizure withdrawn or cancelled on %1: no renewal; completion is suspended only until %2 (6 months after its end).</source>
        <translation>%1 に差押えの取下げ・取消し: 更新はなく、完成は %2(終了から6か月)まで猶予されるだけです。</translation>
    </message>
    <message>
        <source>Seizure carried through on %1 (collection or distribution finished): the period restarts from the next day, %2 years, and ends %3.</source>
        <translation>%1 に差押えが取立て・配当まで終了: 期間は翌日から改めて%2年進行し、%3 に満了します。</translation>
    </message>
    <message>
        <source>No appeal recorded by %1, the last day to appeal: the judgment became final on %2. A new 10-year period counts that day and ends %3.</source>
        <translation>控訴の記録がないまま控訴期間の末日 %1 が過ぎたため、判決は %2 に確定しました。新たな10年の期間はその日を含めて数え、%3 に満了します。</translation>
    </message>
    <message>
        <source>No objection recorded by %1, the last day to object: the payment order became final on %2 with the force of a final judgment. A new 10-year period counts that day and ends %3.</source>
        <translation>督促異議の記録がないまま異議期間の末日 %1 が過ぎたため、支払督促は %2 に確定判決と同一の効力をもって確定しました。新たな10年の期間はその日を含めて数え、%3 に満了します。</translation>
    </message>
    <message>
        <source>Judgment final on %1 (the 確定日, the day after the last day to appeal): a new 10-year period counts that day and ends %2.</source>
        <translation>%1 に判決確定(確定日: 控訴期間満了の翌日)。新たな10年の期間はその日を含めて数え、%2 に満了します。</translation>
    </message>
    <message>
        <source>Seizure filed on %1, before 2020-04-01: an interruption (中断) under the old law; a new period starts when it ends, but a withdrawal or cancellation undoes it (old art. 154).</source>
        <translation>%1 に差押えの申立て(2020-04-01より前): 旧法の時効中断です。終了した時から新たな期間が進行しますが、取下げや取消しがあれば中断はなかったものとなります(旧154条)。</translation>
    </message>
    <message>
        <source>Seizure filed on %1: completion is suspended while it runs and a new period starts when it ends (a withdrawal or cancellation gives 6 months only).</source>
        <translation>%1 に差押えの申立て: 手続の間は完成が猶予され、終了した時から新たな期間が進行します(取下げや取消しの場合は6か月の猶予のみ)。</translation>
    </message>
    <message>
        <source>Its end is not recorded, so it is treated as still pending.</source>
        <translation>終了が記録されていないため、継続中として扱います。</translation>
    </message>
    <message>
        <source>Taxes are not under the civil-law limitation: the right to collect lapses 5 years after the statutory due date (taken as %1), so on %2 unless renewed. No invocation is needed and it cannot be waived.</source>
        <translation>税金は民法の消滅時効ではなく、徴収権は法定納期限(%1 とします)から5年で時効により消滅します。更新がなければ %2 です。援用は不要で、時効の利益を放棄することもできません。</translation>
    </message>
    <message>
        <source>%1 on %2 came before the statutory due date (%3): no effect.</source>
        <translation>%2 の%1 は法定納期限(%3)より前のため、効果はありません。</translation>
    </message>
    <message>
        <source>%1 on %2 came after the right to collect lapsed on %3: a tax is extinguished by the lapse itself and nothing revives it. A payment made after it is an overpayment to be refunded (国税通則法56条).</source>
        <translation>%2 の%1 は徴収権の時効完成(%3)の後です: 税金は時効の完成そのものによって消滅し、何によっても復活しません。その後の納付は過誤納金として還付されます(国税通則法56条)。</translation>
    </message>
    <message>
        <source>%1 on %2 acknowledges the tax (a part payment, or a written pledge to pay by instalments): the period restarts from the next day and ends %3.</source>
        <translation>%2 の%1 は税金の承認にあたります(一部納付や分納誓約書): 期間は翌日から改めて進行し、%3 に満了します。</translation>
    </message>
    <message>
        <source>Seizure by the tax office (滞納処分) on %1: completion is suspended while it lasts, and the period restarts when it ends.</source>
        <translation>%1 に税務署等による差押え(滞納処分): 差押えが続く間は完成が猶予され、終了した時から期間が改めて進行します。</translation>
    </message>
    <message>
        <source>%1 on %2: not a step of tax collection (taxes are collected by administrative seizure, without the courts), so it does not change the period here.</source>
        <translation>%2 の%1: 税金の徴収手続ではありません(税金は裁判所を通さず滞納処分で徴収されます)ので、ここでは期間を変えません。</translation>
    </message>
    <message>
        <source>Demand notice (督促状) sent on %1: counting that day as the first, 10 days have passed on %2; completion is suspended until then and the period restarts from the next day, 5 years, ending %3.</source>
        <translation>%1 に督促状を発送: その日を1日目として10日を経過するのが %2 です。それまで完成が猶予され、翌日から改めて5年進行し、%3 に満了します。</translation>
    </message>
    <message>
        <source>Reminder on %1 while an earlier one is holding off completion: no effect (the suspension still ends %2).</source>
        <translation>%1 の催告書: 先の催告により完成が猶予されている間のため効果はありません(猶予は引き続き %2 まで)。</translation>
    </message>
    <message>
        <source>Reminder on %1 after the demand notice: a demand (催告) holding off completion until %2, but the period runs past that anyway (to %3).</source>
        <translation>督促状の後、%1 の催告書: 催告として %2 まで完成を猶予しますが、期間はいずれにせよその後(%3)まで続きます。</translation>
    </message>
    <message>
        <source>Reminder on %1 after the demand notice: a demand (催告); completion is suspended until %2 (6 months).</source>
        <translation>督促状の後、%1 の催告書: 催告として %2(6か月)まで完成が猶予されます。</translation>
    </message>
    <message>
        <source>%1 on %2: no running seizure is recorded, so it has no effect.</source>
        <translation>%2 の%1: 進行中の差押えの記録がないため、効果はありません。</translation>
    </message>
    <message>
        <source>Seizure carried through on %1 (collected or sold and distributed): the period restarts from the next day and ends %2.</source>
        <translation>%1 に差押えが終了(取立て、または換価・配当): 期間は翌日から改めて進行し、%2 に満了します。</translation>
    </message>
    <message>
        <source>Seizure released (解除) on %1: the period restarts from the next day and ends %2. A seizure cancelled as unlawful would give only 6 months (民法148条1項括弧書).</source>
        <translation>%1 に差押えの解除: 期間は翌日から改めて進行し、%2 に満了します。違法として取り消された差押えであれば6か月の猶予にとどまります(民法148条1項括弧書)。</translation>
    </message>
    <message>
        <source>Disputed: the release of the tax seizure on %1 is taken to renew the period (a seizure by the tax office is not on application, so 民法148条1項括弧書 does not apply). If it was cancelled as unlawful, only 6 months follow.</source>
        <translation>争点: %1 の差押えの解除により期間が更新されるものとしています(滞納処分による差押えは申立てによるものではないため、民法148条1項括弧書は適用されないとの解釈)。違法として取り消された場合は6か月の猶予にとどまります。</translation>
    </message>
    <message>
        <source>Not evaluated for taxes: a deferral (納税の猶予, 換価の猶予, 延納: the period does not run meanwhile, 国税通則法73条4項), a demand for distribution in another&apos;s proceedings (交付要求, 73条1項5号), an assessment or correction (73条1項1号〜3号) or evasion (73条3項). The case format has no events for them: ask the tax office.</source>
        <translation>税金について評価していないもの: 猶予(納税の猶予・換価の猶予・延納。その間は時効が進行しません、国税通則法73条4項)、他の手続での交付要求(73条1項5号)、更正・決定(73条1項1号〜3号)、偽りその他不正の行為(73条3項)。ケースの形式にこれらの事象はありません。税務署等に確認してください。</translation>
    </message>
    <message>
        <source>A seizure by the tax office is running: completion is suspended while it lasts, so %1 is only the earliest possible date.</source>
        <translation>税務署等による差押えが継続中です: その間は完成が猶予されるため、%1 は最も早い場合の日付にすぎません。</translation>
    </message>
    <message>
        <source>The right to collect this tax lapsed on %1: the tax is extinguished without invocation (国税通則法72条2項, 地方税法18条2項). Ask the tax office to confirm it; anything paid after that is refundable.</source>
        <translation>この税金の徴収権は %1 に時効により消滅しました: 援用なしに消滅します(国税通則法72条2項、地方税法18条2項)。税務署等に確認してください。その後に納付したものは還付の対象です。</translation>
    </message>
</context>
<context>
    <name>zansai::LooseInput</name>
    <message>
        <source>Enter a date such as 2026-11-30, 2026/11/30 or R8.11.30.</source>
        <translation>2026-11-30、2026/11/30、令和8年11月30日、R8.11.30 のように入力してください。</translation>
    </message>
    <message>
        <source>%1 does not exist on the calendar.</source>
        <translation>%1 は暦にない日付です。</translation>
    </message>
    <message>
        <source>%1 is not an era name (such as R, H or S).</source>
        <translation>%1 は元号ではありません（令和・平成・昭和、または R・H・S）。</translation>
    </message>
    <message>
        <source>%1 is not a day of that era: that day, %2, is %3.</source>
        <translation>%1 はその元号の期間にありません。その日（%2）は %3 です。</translation>
    </message>
    <message>
        <source>Dates before 1873-01-01 cannot be entered: Japan used another calendar then.</source>
        <translation>1873年1月1日（明治6年）より前の日付は入力できません（当時は太陰太陽暦でした）。</translation>
    </message>
    <message>
        <source>Enter an amount in yen, such as 250000 or 250,000.</source>
        <translation>250000、250,000、25万、3万5千円 のように円で入力してください。</translation>
    </message>
    <message>
        <source>Yen are whole: %1 has a fraction of a yen.</source>
        <translation>円未満の端数は入力できません（%1）。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金額が大きすぎます。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金額にマイナスは指定できません。</translation>
    </message>
</context>
<context>
    <name>zansai::Narrator</name>
    <message>
        <source>¥%1</source>
        <translation>%1円</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>zansai::NextSteps</name>
    <message>
        <source>By %1 (%2 days left): file an objection (督促異議) to the payment order from %3 at the summary court, or it becomes enforceable.</source>
        <translation>%1まで(残り%2日):%3からの支払督促に対し、簡易裁判所へ督促異議を申し立ててください。期限を過ぎると強制執行が可能になります。</translation>
    </message>
    <message>
        <source>By %1 (%2 days left): decide with a lawyer whether to appeal the judgment for %3; after that date it becomes final.</source>
        <translation>%1まで(残り%2日):%3の判決に控訴するかどうか、弁護士と相談して決めてください。この日を過ぎると判決が確定します。</translation>
    </message>
    <message>
        <source>Before the hearing on %1 (%2 days left): send a written answer (答弁書) in the suit by %3, proposing installments if needed; ignoring it leads to a default judgment.</source>
        <translation>%1の口頭弁論期日まで(残り%2日):%3の訴訟に答弁書を提出してください(必要なら分割払いを提案)。放置すると欠席判決になります。</translation>
    </message>
    <message>
        <source>Send a notice invoking the limitation period by content-certified mail with proof of delivery; do not pay anything before that.</source>
        <translation>時効援用通知を配達証明付き内容証明郵便で送ってください。それまでは一切支払わないでください。</translation>
    </message>
    <message>
        <source>Offer the servicer a lump sum from the available cash and ask for a written waiver of the rest before paying.</source>
        <translation>手元資金から一括での支払額をサービサーに提示し、支払う前に残額免除を書面で確認してください。</translation>
    </message>
    <message>
        <source>Submit the household budget statement to the creditor and propose ¥%1 a month; get the agreement in writing.</source>
        <translation>家計収支表を債権者に提出し、月%1円の支払いを提案してください。合意は必ず書面に残してください。</translation>
    </message>
    <message>
        <source>Book a consultation with a lawyer or judicial scrivener for %1; bring the referral sheet and the budget statement.</source>
        <translation>%1について弁護士または司法書士に相談を予約してください。相談票と家計収支表をお持ちください。</translation>
    </message>
    <message>
        <source>Make no payment, not even a small one, and sign nothing that acknowledges the debt until the limitation question is settled: it would restart the period or forfeit the defence.</source>
        <translation>時効の問題が決着するまでは、少額でも支払わず、債務を認める書面にも署名しないでください。時効が更新されたり、援用できなくなったりします。</translation>
    </message>
    <message>
        <source>Court procedures (objections, answers, appeals, stopping enforcement) belong with a lawyer or judicial scrivener.</source>
        <translation>裁判手続(異議、答弁書、控訴、執行停止)は弁護士または司法書士にご依頼ください。</translation>
    </message>
    <message>
        <source>Then, for the debts that are not time-barred: %1 (%2 a month for %3 months).</source>
        <translation>その後、時効にかかっていない債務について:%1(月%2 × %3か月)。</translation>
    </message>
    <message>
        <source>Then, for the debts that are not time-barred: %1.</source>
        <translation>その後、時効にかかっていない債務について:%1。</translation>
    </message>
</context>
<context>
    <name>zansai::OccupationRestriction</name>
    <message>
        <source>Lawyer (bengoshi)</source>
        <translation>弁護士</translation>
    </message>
    <message>
        <source>Judicial scrivener (shihō shoshi)</source>
        <translation>司法書士</translation>
    </message>
    <message>
        <source>Certified tax accountant</source>
        <translation>税理士</translation>
    </message>
    <message>
        <source>Certified public accountant</source>
        <translation>公認会計士</translation>
    </message>
    <message>
        <source>Administrative scrivener (gyōsei shoshi)</source>
        <translation>行政書士</translation>
    </message>
    <message>
        <source>Labour and social security attorney (sharōshi)</source>
        <translation>社会保険労務士</translation>
    </message>
    <message>
        <source>Patent attorney</source>
        <translation>弁理士</translation>
    </message>
    <message>
        <source>Land and house investigator</source>
        <translation>土地家屋調査士</translation>
    </message>
    <message>
        <source>Real estate appraiser</source>
        <translation>不動産鑑定士</translation>
    </message>
    <message>
        <source>Real estate transaction agent (takken-shi)</source>
        <translation>宅地建物取引士</translation>
    </message>
    <message>
        <source>Customs specialist</source>
        <translation>通関士</translation>
    </message>
    <message>
        <source>Life insurance solicitor or non-life insurance agent</source>
        <translation>生命保険募集人・損害保険代理店</translation>
    </message>
    <message>
        <source>Securities sales representative</source>
        <translation>証券外務員</translation>
    </message>
    <message>
        <source>Security guard or security company</source>
        <translation>警備員・警備業者</translation>
    </message>
    <message>
        <source>Registered money lender</source>
        <translation>貸金業者</translation>
    </message>
    <message>
        <source>Pawnbroker</source>
        <translation>質屋</translation>
    </message>
    <message>
        <source>Second-hand dealer</source>
        <translation>古物商</translation>
    </message>
    <message>
        <source>Licensed construction contractor</source>
        <translation>建設業者</translation>
    </message>
    <message>
        <source>Notary public</source>
        <translation>公証人</translation>
    </message>
    <message>
        <source>Guardian, curator or executor of a will</source>
        <translation>後見人・保佐人・遺言執行者</translation>
    </message>
    <message>
        <source>Restricted from the order commencing bankruptcy until restoration of rights, which comes automatically when the discharge becomes final (破産法255条1項1号): usually a few months.</source>
        <translation>破産手続開始決定から復権まで制限されます。復権は免責許可決定の確定により当然に生じます（破産法255条1項1号）。通常は数か月です。</translation>
    </message>
</context>
<context>
    <name>zansai::OptionComparison</name>
    <message>
        <source>No guarantor is recorded: no one else is affected.</source>
        <translation>保証人の記録はありません。他の人への影響はありません。</translation>
    </message>
    <message>
        <source>%1: the limitation period completed on %2. Any payment or proposal to pay now would forfeit the right to invoke it (最判昭和41年4月20日): invoke it first.</source>
        <translation>%1：消滅時効は%2に完成しています。今支払ったり支払を申し出たりすると援用できなくなります（最判昭和41年4月20日）。先に時効を援用してください。</translation>
    </message>
    <message>
        <source>Each payment is an acknowledgment (民法152条1項): the limitation period starts again from every payment.</source>
        <translation>支払のたびに債務の承認となり（民法152条1項）、時効期間はその都度あらためて進行を始めます。</translation>
    </message>
    <message>
        <source>The guarantor stays liable for the whole balance; while the payments are kept the creditor usually does not turn to the guarantor. The client&apos;s payments also renew the limitation period against the guarantor (民法457条1項).</source>
        <translation>保証人は残額全部について責任を負い続けます。支払が続いている間、債権者は通常保証人に請求しません。本人の支払は保証人に対しても時効を更新します（民法457条1項）。</translation>
    </message>
    <message>
        <source>Nothing is owed.</source>
        <translation>支払うべき債務はありません。</translation>
    </message>
    <message>
        <source>Monthly payment set by the consultant: %1.</source>
        <translation>相談員が設定した月額：%1。</translation>
    </message>
    <message>
        <source>Affordable from the budget: income %1 − expenses %2 = %3 a month.</source>
        <translation>家計から支払える額：収入%1 − 支出%2 = 月%3。</translation>
    </message>
    <message>
        <source>Nothing is left to pay each month, so no installment can be offered.</source>
        <translation>毎月支払に回せる余裕がないため、分割弁済を提案できません。</translation>
    </message>
    <message>
        <source>The total shown is %1 years of payments (%2): it does not clear the debt.</source>
        <translation>表示の総額は%1年分の支払（%2）で、債務は完済されません。</translation>
    </message>
    <message>
        <source>Servicers usually accept %1 to %2 a month after a voluntary sale, on a household budget sheet (収支表) the client submits.</source>
        <translation>任意売却後、サービサーは本人が提出する収支表に基づき、通常月%1〜%2の支払に応じます。</translation>
    </message>
    <message>
        <source>Proposing to pay acknowledges the debt (民法152条1項): if no settlement is reached, the limitation period has started again.</source>
        <translation>支払の申出は債務の承認になります（民法152条1項）。和解がまとまらなくても、時効期間はあらためて進行を始めています。</translation>
    </message>
    <message>
        <source>Waiving the remainder for the client also frees the guarantor (a guarantee follows the main debt), unless the settlement keeps the claim against the guarantor: have the written settlement release the guarantor expressly.</source>
        <translation>本人に対する残額の免除は保証人も解放します（保証債務の付従性）。ただし和解で保証人への請求を留保した場合は別です。和解書に保証人の免除を明記してもらってください。</translation>
    </message>
    <message>
        <source>No servicer holds any of the debts (no claim_assigned event, no 債権回収 or サービサー in a creditor&apos;s name): banks and the Japan Housing Finance Agency rarely discount; a lump-sum settlement becomes realistic once the claim is sold to a servicer.</source>
        <translation>サービサーが保有する債権はありません（債権譲渡の記録がなく、債権者名に「債権回収」「サービサー」もありません）。銀行や住宅金融支援機構が減額に応じることはまれで、一括和解は債権がサービサーに譲渡されてから現実的になります。</translation>
    </message>
    <message>
        <source>%1 is held by a servicer: %2 owed.</source>
        <translation>%1はサービサーが保有しています：残高%2。</translation>
    </message>
    <message>
        <source>Practice, not law: servicers buy claims cheaply and often settle for a fraction (a consultant&apos;s cases: 580万円 settled for 10万円, about 1.7%; &quot;about 84% waived&quot;, 16% paid). Their first written proposal is a starting point, not their last word. The total shows the high end of the range.</source>
        <translation>法律ではなく実務です：サービサーは債権を安く買い取るため、一部の支払で和解することがよくあります（相談事例：580万円を10万円で和解、約1.7%。「約84%の債権放棄」、16%の支払）。最初の書面の提案は出発点にすぎません。総額は目安の上限で表示しています。</translation>
    </message>
    <message>
        <source>Debts not held by a servicer stay owed: %1.</source>
        <translation>サービサーが保有していない債務は残ります：%1。</translation>
    </message>
    <message>
        <source>%1: the limitation period completes on %2. A lawyer&apos;s notice of representation or a payment proposal before then can count as an acknowledgment and start it again (民法152条1項).</source>
        <translation>%1：消滅時効は%2に完成します。それまでに受任通知や支払の提案をすると承認とされ、時効があらためて進行を始めるおそれがあります（民法152条1項）。</translation>
    </message>
    <message>
        <source>The lawyer&apos;s notice of representation (受任通知) and the payment proposal can count as an acknowledgment (民法152条1項) and start the limitation period again: check the limitation first.</source>
        <translation>受任通知や返済の提案は債務の承認とされることがあり（民法152条1項）、時効があらためて進行を始めます。先に時効を確認してください。</translation>
    </message>
    <message>
        <source>The settlement binds only the creditor and the client: the creditor usually demands the whole balance from the guarantor at once, unless the guarantor is included in the settlement.</source>
        <translation>和解は債権者と本人の間だけのものです。保証人も和解に加えない限り、債権者は通常保証人に残額の一括支払を請求します。</translation>
    </message>
    <message>
        <source>No debt a voluntary arrangement can cover (taxes and child support are not settled this way).</source>
        <translation>任意整理の対象になる債務はありません（税金や養育費はこの方法では整理できません）。</translation>
    </message>
    <message>
        <source>Future interest is cut and the principal of %1 is repaid in installments (36 months standard, up to 60).</source>
        <translation>将来利息をカットし、元本%1を分割で返済します（標準36回、最長60回）。</translation>
    </message>
    <message>
        <source>Not affordable: even over %1 months the principal needs %2 a month, more than the budget surplus of %3.</source>
        <translation>支払えません：%1か月でも元本の返済に月%2が必要で、家計の余裕%3を超えます。</translation>
    </message>
    <message>
        <source>Affordable: %1 a month over %2 months (rounded up to the yen) within the budget surplus of %3.</source>
        <translation>支払可能：月%1を%2か月（1円未満切上げ）、家計の余裕%3の範囲内です。</translation>
    </message>
    <message>
        <source>Assumed: the accrued late interest of %1 is waived in the negotiation. Creditors often agree but need not; nothing binds a creditor who refuses.</source>
        <translation>前提：発生済みの遅延損害金%1は交渉で免除されるものとしています。応じる債権者は多いものの義務はなく、拒む債権者を拘束するものはありません。</translation>
    </message>
    <message>
        <source>Fees (practice, check the office&apos;s fee table): retainer %1 + success fee %2 per creditor × %3 = %4, usually paid in installments before the payments start.</source>
        <translation>費用（実務上の目安。事務所の報酬基準を確認してください）：1社あたり着手金%1 + 報酬%2 × %3社 = %4。通常、返済開始前に分割で支払います。</translation>
    </message>
    <message>
        <source>Taxes and child support are not part of the arrangement and stay owed: %1.</source>
        <translation>税金と養育費は任意整理の対象外で、そのまま残ります：%1。</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>預貯金</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>自動車</translation>
    </message>
    <message>
        <source>Insurance surrender value</source>
        <translation>保険の解約返戻金</translation>
    </message>
    <message>
        <source>Retirement allowance (counted at 1/8)</source>
        <translation>退職金（見込額の1/8で評価）</translation>
    </message>
    <message>
        <source>Other assets</source>
        <translation>その他の財産</translation>
    </message>
    <message>
        <source>the liquidation value</source>
        <translation>清算価値</translation>
    </message>
    <message>
        <source>two years of disposable income</source>
        <translation>可処分所得の2年分</translation>
    </message>
    <message>
        <source>the statutory minimum</source>
        <translation>法定の最低弁済額</translation>
    </message>
    <message>
        <source>Taking part in the proceedings suspends the limitation period (民法147条1項4号); the confirmed claims are then paid under the plan.</source>
        <translation>手続への参加で時効の完成が猶予され（民法147条1項4号）、確定した債権は再生計画に従って支払われます。</translation>
    </message>
    <message>
        <source>The plan does not reduce the guarantee (民事再生法177条2項): the creditor claims the whole balance from the guarantor.</source>
        <translation>再生計画は保証債務を減らしません（民事再生法177条2項）。債権者は保証人に残額全部を請求します。</translation>
    </message>
    <message>
        <source>No debt the procedure can reduce (taxes are paid in full: 民事再生法122条).</source>
        <translation>この手続で減額できる債務はありません（税金は全額支払います：民事再生法122条）。</translation>
    </message>
    <message>
        <source>No continuing income: the procedure needs an income expected to continue or recur (民事再生法221条1項).</source>
        <translation>継続的な収入がありません。この手続には将来も継続的または反復して収入を得る見込みが必要です（民事再生法221条1項）。</translation>
    </message>
    <message>
        <source>A pension of %1 a month is a continuing income (民事再生法221条1項); courts accept it when the plan fits the pension.</source>
        <translation>月%1の年金は継続的な収入です（民事再生法221条1項）。計画が年金の範囲で履行できれば裁判所は認めます。</translation>
    </message>
    <message>
        <source>Continuing income: %1 a month net (民事再生法221条1項).</source>
        <translation>継続的な収入：手取り月%1（民事再生法221条1項）。</translation>
    </message>
    <message>
        <source>Claims of %1 exceed the 50,000,000 yen cap (民事再生法221条1項): ordinary civil rehabilitation or bankruptcy instead.</source>
        <translation>債権額%1は上限の5,000万円を超えます（民事再生法221条1項）。通常の民事再生か破産を検討します。</translation>
    </message>
    <message>
        <source>Claims of %1 are within the 50,000,000 yen cap (民事再生法221条1項).</source>
        <translation>債権額%1は上限の5,000万円以内です（民事再生法221条1項）。</translation>
    </message>
    <message>
        <source>%1 holds %2 of the claims (more than half): it alone can reject a small-scale rehabilitation plan (民事再生法230条6項).</source>
        <translation>%1が債権額の%2（過半）を持っており、単独で小規模個人再生の計画を否決できます（民事再生法230条6項）。</translation>
    </message>
    <message>
        <source>With %1 creditor(s), one objection is half of the creditors by number and rejects a small-scale rehabilitation plan (民事再生法230条6項).</source>
        <translation>債権者が%1者のため、1者の不同意で頭数の半数となり、小規模個人再生の計画は否決されます（民事再生法230条6項）。</translation>
    </message>
    <message>
        <source>No creditor holds more than half of the claims: small-scale rehabilitation (小規模個人再生) needs no more than the absence of objections by half (民事再生法230条6項).</source>
        <translation>過半の債権を持つ債権者はいません。小規模個人再生は、頭数の半数以上または債権額の過半の不同意がなければ可決とみなされます（民事再生法230条6項）。</translation>
    </message>
    <message>
        <source>Salary-earner rehabilitation (給与所得者等再生, 民事再生法239条) needs no creditor vote: chosen here. Its minimum includes two years of disposable income.</source>
        <translation>給与所得者等再生（民事再生法239条）は債権者の決議が不要なため、こちらを選んでいます。最低弁済額には可処分所得の2年分が含まれます。</translation>
    </message>
    <message>
        <source>Salary-earner rehabilitation is barred for a filing on or before %1 (a prior discharge within 7 years, 民事再生法239条5項2号): the veto risk remains.</source>
        <translation>%1以前の申立てでは給与所得者等再生を利用できません（前回の免責から7年以内：民事再生法239条5項2号）。否決のリスクは残ります。</translation>
    </message>
    <message>
        <source>If the income is a regular salary, salary-earner rehabilitation (民事再生法239条) avoids the vote; the occupation alone does not tell. Otherwise the veto risk remains.</source>
        <translation>収入が定期的な給与であれば、給与所得者等再生（民事再生法239条）で決議を避けられます。職業だけでは判断できません。そうでなければ否決のリスクは残ります。</translation>
    </message>
    <message>
        <source>Salary-earner rehabilitation needs a regular salary-like income (民事再生法239条1項): the veto risk remains.</source>
        <translation>給与所得者等再生には給与またはこれに類する定期的な収入が必要です（民事再生法239条1項）。否決のリスクは残ります。</translation>
    </message>
    <message>
        <source>Minimum repayment %1, set by %2 (statutory minimum %3 on claims of %4, liquidation value %5; 民事再生法231条2項・241条2項).</source>
        <translation>最低弁済額は%1で、%2によります（債権額%4に対する法定の最低弁済額%3、清算価値%5：民事再生法231条2項・241条2項）。</translation>
    </message>
    <message>
        <source>Liquidation value: what a bankruptcy would take under the same Tokyo standards (cash above 990,000 yen, any item of 200,000 yen or more): %1.</source>
        <translation>清算価値：同じ東京地裁の基準で破産した場合に処分される財産（99万円を超える現金、20万円以上の財産）：%1。</translation>
    </message>
    <message>
        <source>The minimum is rounded up to the yen (&quot;must not fall below&quot; 1/5 or 1/10; many calculators round down: reference §12.5).</source>
        <translation>最低弁済額は1円未満を切り上げています（5分の1・10分の1を「下回らない」ため。切り捨てる計算機も多くあります：リファレンス§12.5）。</translation>
    </message>
    <message>
        <source>Taxes of %1 are not reduced (民事再生法122条) and are paid besides the plan.</source>
        <translation>税金%1は減額されず（民事再生法122条）、計画とは別に支払います。</translation>
    </message>
    <message>
        <source>Not affordable: even over %1 months the plan of %2 needs %3 a month, more than the budget surplus of %4.</source>
        <translation>支払えません：%1か月でも計画額%2の返済に月%3が必要で、家計の余裕%4を超えます。</translation>
    </message>
    <message>
        <source>%1 monthly payments of %2 (民事再生法229条2項2号: 3 years, up to 5 for special reasons).</source>
        <translation>月%2を%1回（民事再生法229条2項2号：原則3年、特別の事情があれば5年まで）。</translation>
    </message>
    <message>
        <source>Fees (practice): lawyer %1 (offices quote 400,000–600,000 yen), court fee %2, official gazette about %3, rehabilitation commissioner %4 (Tokyo appoints one in every case).</source>
        <translation>費用（実務上の目安）：弁護士費用%1（事務所の提示は40万〜60万円）、申立手数料%2、官報公告費約%3、個人再生委員%4（東京地裁は全件で選任）。</translation>
    </message>
    <message>
        <source>Taking part in the bankruptcy suspends the limitation period (民法147条1項4号); after the discharge the debts can no longer be enforced, so the clock no longer matters.</source>
        <translation>破産手続への参加で時効の完成が猶予されます（民法147条1項4号）。免責後は債務を強制できなくなるため、時効は問題でなくなります。</translation>
    </message>
    <message>
        <source>The discharge does not free the guarantor (破産法253条2項): the creditor claims the whole balance from the guarantor at once, and after the discharge the guarantor cannot invoke the main debt&apos;s limitation (最判平成11年11月9日).</source>
        <translation>免責は保証人に及びません（破産法253条2項）。債権者は保証人に残額全部を一括で請求し、免責後は保証人も主債務の時効を援用できません（最判平成11年11月9日）。</translation>
    </message>
    <message>
        <source>Nothing a discharge would free: taxes and child support survive it (破産法253条1項1号・4号).</source>
        <translation>免責で免れる債務がありません。税金と養育費は免責されません（破産法253条1項1号・4号）。</translation>
    </message>
    <message>
        <source>Not unable to pay: cash and deposits of %1 cover the whole balance of %2 (破産法15条1項).</source>
        <translation>支払不能ではありません：現金と預金%1で残高%2の全部を支払えます（破産法15条1項）。</translation>
    </message>
    <message>
        <source>Unable to pay (破産法15条1項): a balance of %1 against cash and deposits of %2 and a surplus of %3 a month.</source>
        <translation>支払不能（破産法15条1項）：残高%1に対し、現金と預金は%2、家計の余裕は月%3です。</translation>
    </message>
    <message>
        <source>Assumed filing date %1 (%2 days to prepare the papers).</source>
        <translation>申立日は%1と想定しています（書類の準備に%2日）。</translation>
    </message>
    <message>
        <source>A prior discharge became final on %1: a filing on or before %2 falls within 7 years (破産法252条1項10号). A discretionary discharge (破産法252条2項) is still possible, usually after a trustee&apos;s investigation; from %3 the rule no longer applies.</source>
        <translation>前回の免責は%1に確定しています。%2以前の申立ては7年以内にあたります（破産法252条1項10号）。それでも裁量免責（破産法252条2項）の可能性はあり、通常は破産管財人の調査を経ます。%3以降はこの規定は適用されません。</translation>
    </message>
    <message>
        <source>The prior discharge of %1 is more than 7 years before the filing (the period ended %2): 破産法252条1項10号 does not apply.</source>
        <translation>前回の免責（%1）は申立ての7年より前です（期間は%2に満了）。破産法252条1項10号は適用されません。</translation>
    </message>
    <message>
        <source>Summary dismissal (同時廃止): cash below 330,000 yen and no single asset of 200,000 yen or more (Tokyo practice). Court deposit: the official gazette fee, about %1.</source>
        <translation>同時廃止：現金33万円未満で、20万円以上の財産がありません（東京地裁の運用）。予納金は官報公告費の約%1です。</translation>
    </message>
    <message>
        <source>a ground to refuse the discharge to investigate</source>
        <translation>調査が必要な免責不許可事由</translation>
    </message>
    <message>
        <source>Small administration (少額管財) because of: %1 (Tokyo practice: cash of 330,000 yen or more, any other asset of 200,000 yen or more, or a ground to refuse the discharge). Court deposit %2: 200,000 yen for the trustee plus the official gazette fee.</source>
        <translation>少額管財となる理由：%1（東京地裁の運用：現金33万円以上、その他の財産で20万円以上のもの、または免責不許可事由）。予納金%2：引継予納金20万円と官報公告費。</translation>
    </message>
    <message>
        <source>The 330,000 / 200,000 yen thresholds and the deposits are the Tokyo District Court&apos;s practice (reference §12.8); other courts use other amounts, and the official gazette fee changes every year.</source>
        <translation>33万円・20万円の基準と予納金は東京地裁の運用です（リファレンス§12.8）。他の裁判所では金額が異なり、官報公告費は毎年変わります。</translation>
    </message>
    <message>
        <source>Cash up to 990,000 yen stays free (破産法34条3項1号: 民事執行法施行令1条&apos;s 660,000 yen × 3/2). One rendering of the order shows 670,000 yen (1,005,000 yen): probably a conversion error; we use 660,000 (reference §12.2).</source>
        <translation>99万円までの現金は自由財産として手元に残ります（破産法34条3項1号：民事執行法施行令1条の66万円 × 3/2）。政令を67万円（100.5万円）と表示する資料がありますが、変換の誤りとみられ、66万円を採用しています（リファレンス§12.2）。</translation>
    </message>
    <message>
        <source>Cash above 990,000 yen: %1 (破産法34条3項1号)</source>
        <translation>99万円を超える現金：%1（破産法34条3項1号）</translation>
    </message>
    <message>
        <source>%1: %2 (200,000 yen or more goes to the trustee, Tokyo practice)</source>
        <translation>%1：%2（20万円以上は破産管財人が換価します。東京地裁の運用）</translation>
    </message>
    <message>
        <source>The court may still leave an item to the client (自由財産の拡張, 破産法34条4項); that is not assumed.</source>
        <translation>裁判所が財産を手元に残すこと（自由財産の拡張、破産法34条4項）もありますが、ここでは想定していません。</translation>
    </message>
    <message>
        <source>%1 survives the discharge: %2 (%3).</source>
        <translation>%1は免責されません：%2（%3）。</translation>
    </message>
    <message>
        <source>Fees: filing stamps %1, court deposit %2, lawyer %3 (practice; offices quote 200,000–400,000 yen for summary dismissal, 300,000–600,000 yen with a trustee).</source>
        <translation>費用：申立ての印紙%1、予納金%2、弁護士費用%3（実務上の目安。事務所の提示は同時廃止で20万〜40万円、管財事件で30万〜60万円）。</translation>
    </message>
    <message>
        <source>The fees of %1 exceed the cash available (%2): at %3 a month they take %4 months to save; law offices usually accept installments.</source>
        <translation>費用%1は使える資金（%2）を超えます。月%3ずつなら%4か月で用意できます。法律事務所は通常分割払いに応じます。</translation>
    </message>
    <message>
        <source>The fees of %1 exceed the cash available (%2) and the budget leaves nothing to save them; ask about legal aid (法テラス).</source>
        <translation>費用%1は使える資金（%2）を超え、家計にも積み立てる余裕がありません。法テラスの利用を相談してください。</translation>
    </message>
    <message>
        <source>The principal of %1 could be repaid at %2 a month over 36 months: the court may doubt the inability to pay (破産法15条1項).</source>
        <translation>元本%1は月%2の36回払いで返済できるため、裁判所が支払不能を疑う可能性があります（破産法15条1項）。</translation>
    </message>
    <message>
        <source>%1: restricted (%2). %3</source>
        <translation>%1：制限されます（%2）。%3</translation>
    </message>
    <message>
        <source>Rights are restored when the discharge becomes final (破産法255条1項1号).</source>
        <translation>免責許可決定の確定により復権します（破産法255条1項1号）。</translation>
    </message>
    <message>
        <source>What would reset it: a payment or any acknowledgment starts it again (民法152条1項); a suit, a payment order or a court settlement suspends it and, once the right is fixed, gives a new 10 years (民法147条・169条); a seizure or an auction (民法148条); a written demand only suspends it for 6 months, once (民法150条).</source>
        <translation>時効がリセットされる事由：支払や債務の承認で時効はあらためて進行を始めます（民法152条1項）。訴訟・支払督促・裁判上の和解は完成を猶予し、権利が確定すれば新たに10年となります（民法147条・169条）。差押え・競売も同様です（民法148条）。書面による催告は一度だけ6か月の猶予にとどまります（民法150条）。</translation>
    </message>
    <message>
        <source>The guarantor may invoke the main debt&apos;s limitation as well (民法145条); once the main debt is extinguished the guarantee falls with it.</source>
        <translation>保証人も主債務の時効を援用できます（民法145条）。主債務が消滅すれば保証債務も消滅します。</translation>
    </message>
    <message>
        <source>%1: the limitation was already invoked after it completed on %2.</source>
        <translation>%1：%2の時効完成後、すでに援用済みです。</translation>
    </message>
    <message>
        <source>No debt left whose limitation could be invoked.</source>
        <translation>時効を援用できる債務は残っていません。</translation>
    </message>
    <message>
        <source>%1: the period completed on %2, but a later payment or acknowledgment forfeited the right to invoke it (最判昭和41年4月20日).</source>
        <translation>%1：時効は%2に完成しましたが、その後の支払または承認により援用できなくなっています（最判昭和41年4月20日）。</translation>
    </message>
    <message>
        <source>%1: the limitation period (%2 years) completed on %3.</source>
        <translation>%1：消滅時効（%2年）は%3に完成しています。</translation>
    </message>
    <message>
        <source>%1: completes on %2 (%3 days from now).</source>
        <translation>%1：%2に完成します（あと%3日）。</translation>
    </message>
    <message>
        <source>%1: a suit or enforcement is pending, so the date is the earliest possible (民法147条・148条).</source>
        <translation>%1：訴訟または強制執行が係属中のため、この日付は最も早い場合です（民法147条・148条）。</translation>
    </message>
    <message>
        <source>Every debt considered would be complete on %1 if nothing resets it before then.</source>
        <translation>それまでにリセットされなければ、対象の債務はすべて%1に時効が完成します。</translation>
    </message>
    <message>
        <source>Invoke it by a contents-certified letter with proof of delivery (内容証明 with 配達証明) to each creditor: about %1 each, %2 for %3 creditor(s).</source>
        <translation>各債権者に配達証明付き内容証明郵便で援用します：1通約%1、%3社で%2。</translation>
    </message>
    <message>
        <source>A judicial scrivener or lawyer charges about %1 to %2 per creditor instead.</source>
        <translation>司法書士や弁護士に依頼すると、1社あたり約%1〜%2かかります。</translation>
    </message>
    <message>
        <source>Invoking it (民法145条) extinguishes the debts from the start of the period (民法144条). Until the letter arrives, any payment or acknowledgment would forfeit it.</source>
        <translation>援用すると（民法145条）、債務は起算日にさかのぼって消滅します（民法144条）。書面が届くまでに支払や承認をすると援用できなくなります。</translation>
    </message>
    <message>
        <source>Taxes are not invoked this way and stay owed: %1.</source>
        <translation>税金はこの方法では援用できず、そのまま残ります：%1。</translation>
    </message>
    <message>
        <source>Not advice: listed to show where doing nothing leads.</source>
        <translation>お勧めではありません。何もしない場合の行方を示すために載せています。</translation>
    </message>
    <message>
        <source>Balance today %1; late interest adds %2 a month.</source>
        <translation>現在の残高%1。遅延損害金が毎月%2増えます。</translation>
    </message>
    <message>
        <source>After 1 year (%1): %2. After 3 years (%3): %4. After 5 years (%5): %6.</source>
        <translation>1年後（%1）：%2。3年後（%3）：%4。5年後（%5）：%6。</translation>
    </message>
    <message>
        <source>%1: deadline %2 (%3 days left, %4). %5</source>
        <translation>%1：期限%2（あと%3日、%4）。%5</translation>
    </message>
    <message>
        <source>With an enforceable title, a wage seizure would take %1 a month (民事執行法152条) for %2 months: %3 in all.</source>
        <translation>債務名義があれば、給与差押えで月%1（民事執行法152条）が%2か月間差し押さえられます：合計%3。</translation>
    </message>
    <message>
        <source>With an enforceable title, a wage seizure would take %1 a month (民事執行法152条) and never clear the balance.</source>
        <translation>債務名義があれば、給与差押えで月%1（民事執行法152条）が差し押さえられますが、残高は完済されません。</translation>
    </message>
    <message>
        <source>No wage seizure is possible on the recorded income.</source>
        <translation>記録された収入では給与差押えはできません。</translation>
    </message>
    <message>
        <source>Deposits of %1 can be seized at once with an enforceable title.</source>
        <translation>債務名義があれば預金%1はすぐに差し押さえられます。</translation>
    </message>
    <message>
        <source>The total shown is what a wage seizure would take until the balance is paid; nothing is seized without an enforceable title (債務名義).</source>
        <translation>表示の総額は完済までに給与差押えで取られる額です。債務名義がなければ差押えはされません。</translation>
    </message>
    <message>
        <source>The clock keeps running, but a creditor usually sues before it completes; a judgment gives a new 10-year period (民法147条・169条).</source>
        <translation>時効は進みますが、完成前に債権者が訴訟を起こすのが通常です。判決が出ると新たに10年の時効期間となります（民法147条・169条）。</translation>
    </message>
    <message>
        <source>The creditor can demand the whole balance from the guarantor at any time.</source>
        <translation>債権者はいつでも保証人に残額全部を請求できます。</translation>
    </message>
    <message>
        <source>the client&apos;s occupation is restricted</source>
        <translation>本人の職業が制限される</translation>
    </message>
    <message>
        <source>the guarantor receives the claim</source>
        <translation>保証人に請求がいく</translation>
    </message>
    <message>
        <source>the credit record stays until paid</source>
        <translation>完済まで信用情報に記録が残る</translation>
    </message>
    <message>
        <source>credit record for %1 years</source>
        <translation>信用情報の記録が%1年</translation>
    </message>
    <message>
        <source>assets lost</source>
        <translation>財産を失う</translation>
    </message>
    <message>
        <source>The limitation period has completed for every debt: invoking it ends them for the cost of a letter (%1).</source>
        <translation>すべての債務で消滅時効が完成しています。援用すれば書面の費用（%1）だけで債務がなくなります。</translation>
    </message>
    <message>
        <source>Lowest cost among the eligible ways out that clear the debts: %1.</source>
        <translation>債務を解決できる選択肢の中で最も負担が少ない：%1。</translation>
    </message>
    <message>
        <source>Cost %1, %2 more than the cheapest eligible way out.</source>
        <translation>負担%1、最も少ない選択肢より%2多い。</translation>
    </message>
    <message>
        <source>The cost counts %1 paid, %2 left owed and %3 of assets lost.</source>
        <translation>負担の内訳：支払%1、残る債務%2、失う財産%3。</translation>
    </message>
    <message>
        <source>Drawbacks: %1.</source>
        <translation>不利な点：%1。</translation>
    </message>
    <message>
        <source>Eligible, but the payments never clear the debt: ranked after the ways out that do.</source>
        <translation>利用できますが、支払っても完済できないため、完済できる選択肢の後に並べています。</translation>
    </message>
    <message>
        <source>Not eligible: see the reasons.</source>
        <translation>利用できません。理由をご覧ください。</translation>
    </message>
    <message>
        <source>Doing nothing is never recommended: listed to show where it leads.</source>
        <translation>何もしないことは勧めません。行方を示すために載せています。</translation>
    </message>
    <message>
        <source>Chosen by the consultant.</source>
        <translation>相談員が選択しました。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an asset and its value</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>debt and what the creditor can do next</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Practice path: under an installment agreement (和解) that stops late interest, %1 a month clears the balance of %2 in %3 months (%4 years and %5 months).</source>
        <translation>実務上の見込み:遅延損害金を止める分割の和解が成立すれば、月%1で残高%2を%3か月(%4年%5か月)で完済します。</translation>
    </message>
    <message>
        <source>Practice path: even with late interest stopped, %1 a month would need more than 100 years to clear %2.</source>
        <translation>実務上の見込み:遅延損害金が止まっても、月%1では%2の完済に100年を超えます。</translation>
    </message>
    <message>
        <source>Practice, not law: after a voluntary sale the residual debt is a defaulted claim (事故債権). Servicers and creditors routinely agree to small installments on a household budget sheet (収支表) and usually stop charging late interest under the agreement, or settle the remainder after years of payment. Nothing obliges them to: the practice path needs their written agreement.</source>
        <translation>法律ではなく実務:任意売却後の残債は「事故債権」として扱われます。サービサーや債権者は収支表をもとに少額の分割に応じることが多く、和解のもとで遅延損害金の請求を止めるか、数年の支払いの後に残りを和解で処理するのが通例です。義務ではないため、この見込みには書面による合意が必要です。</translation>
    </message>
    <message>
        <source>Practice, not law: servicers commonly settle the remainder after about %1 years of steady payment (a consultant&apos;s case: 780万円 at 1万円 a month for 5 years, 「5年後に完済予定」). After %2 payments the client would have paid %3 and still owe %4 under the agreement. Such a settlement is common but not assured, so the months and total above do not assume it.</source>
        <translation>法律ではなく実務:約%1年きちんと支払えば、サービサーが残りを和解で処理することがよくあります(相談事例:780万円を月1万円×5年、「5年後に完済予定」)。%2回の支払い後、支払済みは%3、和解のもとでの残りは%4です。よくあることですが保証はないため、上の月数と総額はこれを前提にしていません。</translation>
    </message>
    <message>
        <source>If late interest kept running, it would clear in %1 months; %2 paid in all, %3 of it late interest.</source>
        <translation>遅延損害金がかかり続けた場合は%1か月で完済し、支払総額は%2(うち遅延損害金%3)です。</translation>
    </message>
    <message>
        <source>If late interest keeps running, the payment of %1 does not even cover the monthly late interest of %2: the debt never clears and the balance grows (%3 after %4 years). Only an agreement that stops late interest makes these payments clear it.</source>
        <translation>遅延損害金がかかり続けると、%1の支払いは月々の遅延損害金%2にも届かず、完済せず残高は増え続けます(%4年後に%3)。遅延損害金を止める和解があって初めて、この支払いで完済できます。</translation>
    </message>
    <message>
        <source>If late interest keeps running, %1 a month barely covers the late interest of %2 a month (30 days; a year of calendar months adds more): the debt never clears (%3 after %4 years). Only an agreement that stops late interest makes these payments clear it.</source>
        <translation>遅延損害金がかかり続けると、月%1では月々の遅延損害金%2(30日分。暦月の1年ではそれ以上)をやっと賄う程度で、完済しません(%4年後に%3)。遅延損害金を止める和解があって初めて、この支払いで完済できます。</translation>
    </message>
    <message>
        <source>%1 a month is more than the budget surplus of %2: the budget does not carry it.</source>
        <translation>月%1は家計の余力%2を超えており、家計で支えられません。</translation>
    </message>
    <message>
        <source>Servicers usually accept %1 to %2 a month after a voluntary sale; %3 is less than %4 for %5 creditor(s) and may be refused.</source>
        <translation>任意売却後、サービサーは月%1〜%2を受け入れるのが一般的です。%3は債権者%5社分の%4に届かず、断られるおそれがあります。</translation>
    </message>
    <message>
        <source>Cash %1 + deposits %2 = %3 against the low end of the usual offers, %4 (1.7% of the principal of %5).</source>
        <translation>現金%1+預金%2=%3。通常の提示額の下限は%4(元本%5の1.7%)です。</translation>
    </message>
    <message>
        <source>Not enough cash for even the low end of the usual offers; a servicer may accept one later, once savings allow.</source>
        <translation>通常の提示額の下限にも手元資金が足りません。貯蓄ができれば、後日サービサーが応じることもあります。</translation>
    </message>
    <message>
        <source>Offer range: %1 to %2 (1.7%–16% of the principal of %3, capped by the cash and deposits). Saved against the claim of %4: %5 to %6.</source>
        <translation>提示額の範囲:%1〜%2(元本%3の1.7%〜16%、現金と預金が上限)。請求額%4に対する減額:%5〜%6。</translation>
    </message>
    <message>
        <source>Paying %1 to %2 leaves %3 to %4 of cash and deposits, less than one month of expenses (%5): plan the month&apos;s living costs before paying.</source>
        <translation>%1〜%2を支払うと現金と預金は%3〜%4となり、生活費1か月分(%5)を下回ります。支払う前にその月の生活費の手当てを考えてください。</translation>
    </message>
    <message>
        <source>A lump-sum settlement with a servicer that the cash and deposits afford: an offer of %1 to %2 ends the claim. Consultant practice ranks it before installments and court procedures.</source>
        <translation>現金と預金でまかなえるサービサーとの一括和解:%1〜%2の提示で債権が終わります。相談実務では分割払いや裁判所の手続より優先します。</translation>
    </message>
    <message>
        <source>An installment agreement the budget affords: %1 a month, at or above the practice minimum of %2 a month per creditor. Consultant practice prefers it to court procedures: no licence is restricted, the guarantor is not called on while the payments are kept, and there are no fees.</source>
        <translation>家計で支えられる分割の和解:月%1で、実務上の最低額(債権者1社あたり月%2)以上です。相談実務では裁判所の手続より優先します。資格制限がなく、支払いを続ける間は保証人に請求が行かず、費用もかかりません。</translation>
    </message>
    <message>
        <source>Nothing affordable ranks before it: no completed limitation, no lump-sum settlement the cash affords, and no installment agreement the budget carries at the practice minimum. The ways out that remain are compared by cost.</source>
        <translation>これより優先できる無理のない方法がありません:完成した時効も、手元資金でできる一括和解も、実務上の最低額で家計が支えられる分割の和解もないため、残る方法を費用で比べています。</translation>
    </message>
    <message>
        <source>The budget does not carry this installment at practice levels (see its warnings and notes): compared by cost with the court procedures.</source>
        <translation>この分割払いは実務上の水準で家計が支えられません(警告と注記を参照)。裁判所の手続と費用で比べています。</translation>
    </message>
    <message>
        <source>consultant practice prefers it for the reasons above</source>
        <translation>上記の理由から相談実務ではこちらが選ばれます</translation>
    </message>
    <message>
        <source>it costs less</source>
        <translation>こちらの方が費用が少ないためです</translation>
    </message>
    <message>
        <source>within one cost step of %1, fewer drawbacks count first</source>
        <translation>費用差が%1の範囲内では不利益の少なさを優先します</translation>
    </message>
    <message>
        <source>Ranked before %1 although that costs %2 less (%3 against %4): %5.</source>
        <translation>%1の方が費用は%2少ない（%3、こちらは%4）ものの、上位にしています：%5。</translation>
    </message>
    <message>
        <source>Ranked before %1 although that needs no monthly payments (%2 months here): %3.</source>
        <translation>%1は毎月の支払いが不要です（こちらは%2か月）が、上位にしています：%3。</translation>
    </message>
    <message>
        <source>Ranked before %1 although that ends sooner (%2 months against %3 here): %4.</source>
        <translation>%1の方が早く終わります（%2か月、こちらは%3か月）が、上位にしています：%4。</translation>
    </message>
    <message>
        <source>For the other debts the way out that ranks first among them is %1: %2 a month for %3 months, %4 in all with fees. Invoke the limitation first: a payment or offer on a time-barred debt would forfeit it.</source>
        <translation>その他の債務について最上位の方法は%1です:月%2を%3か月、手数料込みで合計%4。先に時効を援用してください。時効にかかった債務に支払や申出をすると援用できなくなります。</translation>
    </message>
    <message>
        <source>The limitation period has completed for %1 of the debts: invoke it for those first (a letter each), then %2 for the others, %3 in all. Each debt is taken the way that ends it cheapest.</source>
        <translation>%1件の債務で時効期間が満了しています。まずそれらについて援用し(債権者ごとに通知1通)、その他の債務は%2、合計%3です。各債務を最も安く終えられる方法で処理します。</translation>
    </message>
    <message>
        <source>The limitation period has completed for %1 of the debts: invoking it ends those for the cost of a letter each (%2); %3 stays owed on the others.</source>
        <translation>%1件の債務で時効期間が満了しています。援用すれば通知1通ずつの費用(%2)でそれらは終わります。その他の債務には%3が残ります。</translation>
    </message>
    <message>
        <source>This agreement runs %1 months, beyond the practice horizon of %2, and a lump-sum settlement costs less (%3 against %4): it is compared by cost instead of being preferred by practice.</source>
        <translation>この合意は%1か月続き、実務上の目安%2か月を超えます。一括和解の方が安いため(%3に対し%4)、実務上の優先ではなく費用で比較します。</translation>
    </message>
    <message>
        <source>A prior discharge became final on %1: the 7-year bar (破産法252条1項10号) ends on %2. A filing from %3 to %2 (%4 days) would meet it; file on or after %5. The assumed filing date %6 is clear.</source>
        <translation>前回の免責は%1に確定しています。7年の制限(破産法252条1項10号)は%2に終わります。%3から%2まで(%4日)の申立てはこれに当たります。%5以降に申し立ててください。想定申立日%6は該当しません。</translation>
    </message>
    <message>
        <source>Proposed: %1 a month, the high end of what servicers usually accept (%2 to %3 a month per creditor, %4 creditor(s)). The budget would allow up to %5; keep the %6 a month left over as a reserve toward a later lump-sum offer.</source>
        <translation>提案額:月%1(サービサーが通常応じる上限。債権者1社あたり月%2〜%3、債権者%4社)。家計上は月%5まで可能です。残る月%6は、後の一括和解の申出のための蓄えとして残してください。</translation>
    </message>
    <message>
        <source>Proposed: %1 a month, all the budget allows; servicers usually accept %2 to %3 a month per creditor (%4 creditor(s)). No reserve is left for a later lump-sum offer.</source>
        <translation>提案額:月%1(家計上可能な全額)。サービサーは通常、債権者1社あたり月%2〜%3で応じます(債権者%4社)。後の一括和解のための蓄えは残りません。</translation>
    </message>
    <message>
        <source>The practice proposal would be %1 a month; the budget allows up to %2.</source>
        <translation>実務上の提案額は月%1です。家計上は月%2まで可能です。</translation>
    </message>
    <message>
        <source>Invoke it for the %1 debt(s) whose period completed; %2 owed on the other debt(s) is left to another way out (民法145条: each debt on its own).</source>
        <translation>時効期間が満了した%1件の債務について援用します。その他の債務の%2は別の方法で対応します(民法145条:債務ごとに判断)。</translation>
    </message>
    <message>
        <source>The client guarantees %1 (%2 owed): the discharge frees the client&apos;s guarantee, but not the principal debtor (破産法253条2項), who still owes the whole debt; the client&apos;s right of recourse (求償権) is discharged too.</source>
        <translation>依頼者は%1を保証しています(残高%2)。免責で依頼者の保証債務は免除されますが、主たる債務者は免除されず(破産法253条2項)、全額を負い続けます。依頼者の求償権も免責されます。</translation>
    </message>
    <message>
        <source>The client guarantees %1 (%2 owed): the guarantee is a claim in the plan and is reduced with the others; the principal debtor&apos;s debt is not (民事再生法177条2項).</source>
        <translation>依頼者は%1を保証しています(残高%2)。保証債務は再生債権として他と同様に減額されますが、主たる債務者の債務は減額されません(民事再生法177条2項)。</translation>
    </message>
    <message>
        <source>The client guarantees %1: a suit against the principal debtor, or a payment or acknowledgment by the principal debtor, also renews the client&apos;s period (民法457条1項); the client may invoke the principal debt&apos;s limitation (民法145条).</source>
        <translation>依頼者は%1を保証しています。主たる債務者に対する訴えや、主たる債務者の支払・承認は、依頼者の時効も更新します(民法457条1項)。依頼者は主たる債務の時効を援用できます(民法145条)。</translation>
    </message>
    <message>
        <source>The client guarantees %1 (%2 owed): what the client pays can be claimed back from the principal debtor (求償権, 民法459条・462条); a settlement should say whether the principal debtor is released too.</source>
        <translation>依頼者は%1を保証しています(残高%2)。依頼者が支払った分は主たる債務者に請求できます(求償権、民法459条・462条)。和解では主たる債務者も免除されるかを明記してください。</translation>
    </message>
    <message>
        <source>The home is still owned: its housing loan (%1) is a 住宅資金貸付債権, left out of the 50,000,000 yen cap (民事再生法221条1項) and of the claims the minimum is measured on. A 住宅資金特別条項 (民事再生法198条) keeps the home: the loan is paid as contracted, besides the plan.</source>
        <translation>自宅はまだ所有しています。その住宅ローン(%1)は住宅資金貸付債権であり、5,000万円の上限(民事再生法221条1項)と最低弁済額の基準から除かれます。住宅資金特別条項(民事再生法198条)により自宅を残せます。ローンは計画とは別に約定どおり支払います。</translation>
    </message>
    <message>
        <source>Salary-earner rehabilitation is barred for a filing on or before %1 (a prior discharge within 7 years, 民事再生法239条5項2号): file on or after %2; the assumed filing date %3 is clear.</source>
        <translation>給与所得者等再生は%1までの申立てでは認められません(7年以内の前回免責、民事再生法239条5項2号)。%2以降に申し立ててください。想定申立日%3は該当しません。</translation>
    </message>
    <message>
        <source>The floors come to more than the claims of %1: the plan pays the claims in full, never more.</source>
        <translation>下限額が債権額%1を上回ります。計画は債権を全額支払い、それ以上は支払いません。</translation>
    </message>
    <message>
        <source>Child support arrears of %1 count in the claims the minimum is measured on (民事再生法231条2項) and are not reduced (民事再生法229条3項): the plan pays at least them in full, %2 in all.</source>
        <translation>養育費の滞納%1は最低弁済額の基準となる債権に含まれ(民事再生法231条2項)、減額されません(民事再生法229条3項)。計画では少なくともこれを全額支払い、合計%2です。</translation>
    </message>
    <message>
        <source>The creditors of this case seizing the same pay would take %1 a month together, the widest of their limits (%2; shared, 民事執行法156条2項・165条), for %3 months: %4 in all.</source>
        <translation>この事案の債権者が同じ給与を差し押さえると、合わせて月%1(各債権者の限度のうち最も広いもの。%2。民事執行法156条2項・165条により分け合う)を%3か月、合計%4取られます。</translation>
    </message>
    <message>
        <source>The creditors of this case seizing the same pay would take %1 a month together, the widest of their limits (%2; shared, 民事執行法156条2項・165条), and never clear the balance.</source>
        <translation>この事案の債権者が同じ給与を差し押さえると、合わせて月%1(各債権者の限度のうち最も広いもの。%2。民事執行法156条2項・165条により分け合う)を取られますが、残高はなくなりません。</translation>
    </message>
    <message>
        <source>Two years of disposable income (民事再生法241条2項7号) are not computed by the law&apos;s rule: the living costs of the 政令 (241条3項の額を定める政令, by 級地, age and household) are not in this app, because their table could not be checked against a source. Estimated instead from the budget as (net income − expenses) × 24 = %1; check it against the 政令 before relying on the minimum.</source>
        <translation>可処分所得の2年分(民事再生法241条2項7号)は法の定めどおりには計算していません。政令(241条3項の額を定める政令。級地・年齢・世帯による)の生活費は、その表を確認できる出典で確かめられなかったため、本アプリに入っていません。代わりに家計から(手取り収入 − 支出)× 24 = %1と見積もっています。最低弁済額に用いる前に政令で確かめてください。</translation>
    </message>
</context>
<context>
    <name>zansai::Parse</name>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>日付は YYYY-MM-DD の形で入力してください。</translation>
    </message>
    <message>
        <source>This date does not exist on the calendar.</source>
        <translation>この日付は暦に存在しません。</translation>
    </message>
    <message>
        <source>Enter a whole number of yen.</source>
        <translation>金額は円単位の整数で入力してください。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金額にマイナスは指定できません。</translation>
    </message>
    <message>
        <source>Enter a rate in percent per year, such as 14.6.</source>
        <translation>利率は年率(%)で入力してください(例: 14.6)。</translation>
    </message>
    <message>
        <source>The rate must be between 0 and 100 percent.</source>
        <translation>利率は0%以上100%以下で入力してください。</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>整数で入力してください。</translation>
    </message>
    <message>
        <source>The number must be between %1 and %2.</source>
        <translation>%1以上%2以下の数を入力してください。</translation>
    </message>
</context>
<context>
    <name>zansai::RepresentationRouting</name>
    <message>
        <source>File for bankruptcy</source>
        <translation>自己破産の申立て</translation>
    </message>
    <message>
        <source>File for individual rehabilitation</source>
        <translation>個人再生の申立て</translation>
    </message>
    <message>
        <source>Negotiate a voluntary arrangement</source>
        <translation>任意整理の交渉</translation>
    </message>
    <message>
        <source>Send the limitation notice (signed by the client)</source>
        <translation>時効援用通知の送付(ご本人の署名)</translation>
    </message>
    <message>
        <source>Offer a lump-sum settlement himself</source>
        <translation>ご本人による一括和解の申出</translation>
    </message>
    <message>
        <source>Ask for installments himself</source>
        <translation>ご本人による分割払いの申出</translation>
    </message>
    <message>
        <source>Defend the court proceeding</source>
        <translation>裁判手続への対応</translation>
    </message>
    <message>
        <source>Ask the tax office for payment by installments himself</source>
        <translation>ご本人による税務署・役所への分納相談</translation>
    </message>
    <message>
        <source>The client himself</source>
        <translation>ご本人</translation>
    </message>
    <message>
        <source>Certified judicial scrivener</source>
        <translation>認定司法書士</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>弁護士</translation>
    </message>
</context>
<context>
    <name>zansai::calendar</name>
    <message>
        <source>The limitation period of this debt completes at the end of this day. Until then pay nothing and acknowledge nothing in writing: either renews the period (民法152条1項). After it, the client may invoke the limitation (時効の援用, 民法145条) by a letter with proof of delivery (内容証明郵便).</source>
        <translation>この債務の消滅時効はこの日の終了をもって完成します。それまでは支払いも書面での債務の承認もしないでください。いずれも時効を更新させます(民法152条1項)。完成後は、内容証明郵便で時効を援用できます(時効の援用、民法145条)。</translation>
    </message>
    <message>
        <source>Last day to object (督促異議): %1 — %2</source>
        <translation>督促異議の期限: %1 — %2</translation>
    </message>
    <message>
        <source>Last day to appeal (控訴): %1 — %2</source>
        <translation>控訴の期限: %1 — %2</translation>
    </message>
    <message>
        <source>Court hearing (answer before it): %1 — %2</source>
        <translation>口頭弁論期日(答弁書を事前に提出): %1 — %2</translation>
    </message>
    <message>
        <source>Limitation period completes: %1 — %2</source>
        <translation>消滅時効の完成日: %1 — %2</translation>
    </message>
    <message>
        <source>Article: %1</source>
        <translation>根拠条文: %1</translation>
    </message>
    <message>
        <source>From Zansai Navigator: information for the consultation, not legal representation. Check the date against the court&apos;s papers.</source>
        <translation>残債ナビより: 相談のための情報提供であり、代理行為ではありません。期日は裁判所の書類で必ず確認してください。</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The calendar could not be written to %1: %2</source>
        <translation>カレンダーを %1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>zansai::cli</name>
    <message>
        <source>This option is required.</source>
        <translation>このオプションは必須です。</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>次のいずれかを指定してください: %1。</translation>
    </message>
    <message>
        <source>Unknown option.</source>
        <translation>不明なオプションです。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Output is one JSON object on stdout; bad input exits with 2 and a JSON error on stderr.</source>
        <translation>結果は標準出力に JSON オブジェクト1つで出力します。入力に誤りがあると終了コード2で、標準エラー出力に JSON のエラーを出します。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>不明なコマンドです: %1</translation>
    </message>
    <message>
        <source>Public holiday: %1</source>
        <translation>祝日法の休日: %1</translation>
    </message>
    <message>
        <source>Courts are closed from 29 December to 3 January</source>
        <translation>裁判所の年末年始の休日（12月29日〜1月3日）</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>余分な引数です: %1</translation>
    </message>
    <message>
        <source>Code of Civil Procedure art. 95: the day of service is not counted; a last day on which the court is closed moves to the next open day.</source>
        <translation>民事訴訟法95条: 送達の日は期間に算入せず、末日が裁判所の休日に当たるときは次の開庁日に満了します。</translation>
    </message>
    <message>
        <source>Last day of a court period counted from service</source>
        <translation>送達日から数えた裁判上の期間の末日</translation>
    </message>
    <message>
        <source>Give exactly one case file.</source>
        <translation>ケースファイルを1つだけ指定してください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Assess a case: stage, balances, deadlines, options</source>
        <translation>ケースを評価:段階・残高・期限・選択肢</translation>
    </message>
    <message>
        <source>Fractions of a yen: the seizable part is truncated, so the fraction stays with the debtor. The law has no rule on this; it is this tool&apos;s choice.</source>
        <translation>円未満の端数: 差押可能額の円未満を切り捨て、端数は債務者に残るものとしています。法律に定めはなく、このツールの選択です。</translation>
    </message>
    <message>
        <source>This option takes no value.</source>
        <translation>このオプションには値を指定できません。</translation>
    </message>
    <message>
        <source>A tax seizure has no claim kind; leave out --claim with --tax.</source>
        <translation>税の滞納処分には債権の種類がありません。--tax と --claim は併用できません。</translation>
    </message>
    <message>
        <source>With --tax only a monthly pay is supported.</source>
        <translation>--tax は月払いの給与にのみ対応しています。</translation>
    </message>
    <message>
        <source>Tax seizure (National Tax Collection Act art. 76): --net is the pay after income tax, resident tax and social insurance. Protected: 100,000 yen plus 45,000 yen per dependent, and 20% of the rest (at most twice that allowance).</source>
        <translation>滞納処分による差押え（国税徴収法76条）: --net は所得税・住民税・社会保険料を差し引いた額です。差押禁止額は、10万円に扶養親族1人につき4万5千円を加えた額と、残額の20%（その額の2倍が上限）です。</translation>
    </message>
    <message>
        <source>--dependents applies only with --tax.</source>
        <translation>--dependents は --tax と併せてのみ指定できます。</translation>
    </message>
    <message>
        <source>A retirement allowance has no cap on its protected part (Civil Execution Act art. 152(2)).</source>
        <translation>退職手当の差押禁止部分には上限がありません（民事執行法152条2項）。</translation>
    </message>
    <message>
        <source>Support claim (Civil Execution Act art. 152(3)): half of the net amount is protected.</source>
        <translation>扶養義務等に係る債権（民事執行法152条3項）: 手取り額の2分の1が差押禁止です。</translation>
    </message>
    <message>
        <source>Ordinary claim (Civil Execution Act art. 152(1)): three quarters of the net amount are protected.</source>
        <translation>一般の債権（民事執行法152条1項）: 手取り額の4分の3が差押禁止です。</translation>
    </message>
    <message>
        <source>Net means after income tax, resident tax and social insurance (commuting allowance is usually left out). The court may widen or narrow the range on request (art. 153).</source>
        <translation>手取り額は所得税・住民税・社会保険料を差し引いた額です（通勤手当は通常含めません）。裁判所は申立てにより差押えの範囲を変更できます（153条）。</translation>
    </message>
    <message>
        <source>Seizable part of one pay, bonus or retirement allowance</source>
        <translation>給与・賞与・退職金1回分の差押可能額</translation>
    </message>
    <message>
        <source>Give the year, such as 2026.</source>
        <translation>2026 のように年を指定してください。</translation>
    </message>
    <message>
        <source>Give one year only.</source>
        <translation>年は一つだけ指定してください。</translation>
    </message>
    <message>
        <source>Public holidays of a year, with substitute and citizens&apos; holidays</source>
        <translation>指定した年の祝日（振替休日・国民の休日を含む）</translation>
    </message>
    <message>
        <source>The start date is after the end date (%1).</source>
        <translation>開始日が終了日（%1）より後になっています。</translation>
    </message>
    <message>
        <source>The amount is too large to compute.</source>
        <translation>金額が大きすぎて計算できません。</translation>
    </message>
    <message>
        <source>Both the start date and the end date are counted.</source>
        <translation>開始日と終了日の両方を日数に算入しています。</translation>
    </message>
    <message>
        <source>Days in a leap year are divided by 366, the others by 365. The fraction of a yen is settled once on the total, not per calendar year; both readings are in use.</source>
        <translation>うるう年の日は366日、それ以外の日は365日で日割りしています。円未満の端数は暦年ごとではなく合計額で一度だけ処理しています（どちらの扱いも行われています）。</translation>
    </message>
    <message>
        <source>Every day is divided by 365, leap years included (a contract&apos;s 365-day clause).</source>
        <translation>うるう年を含め、すべての日を365日で日割りしています（契約の「年365日の日割計算」）。</translation>
    </message>
    <message>
        <source>Fractions of a yen are truncated.</source>
        <translation>円未満は切り捨てています。</translation>
    </message>
    <message>
        <source>Fractions of a yen are rounded half up (under 50 sen dropped, 50 sen or more rounded up).</source>
        <translation>円未満は50銭未満を切り捨て、50銭以上を切り上げています（通貨法3条）。</translation>
    </message>
    <message>
        <source>Fractions of a yen are rounded up.</source>
        <translation>円未満は切り上げています。</translation>
    </message>
    <message>
        <source>The cap check assumes the creditor lends as a business (20%); give --business-lender no for a private lender, whose cap depends on the original principal.</source>
        <translation>上限の判定は、債権者が業として貸付けを行う者（営業的金銭消費貸借、上限20%）であるとみなしています。業者でない貸主の場合は --business-lender no を指定してください（上限は当初の元本額で決まります）。</translation>
    </message>
    <message>
        <source>The rate is below the legal rate of %1% in force on %2; if that is the first day of delay, the creditor may claim the legal rate instead.</source>
        <translation>利率が%2時点の法定利率%1%を下回っています。この日が遅滞の初日であれば、債権者は法定利率による損害金を請求できます（民法419条1項）。</translation>
    </message>
    <message>
        <source>The legal rate from 2029-04-01 has not been fixed yet; 3% is assumed.</source>
        <translation>2029年4月1日以降の法定利率はまだ決まっていません。3%と仮定しています。</translation>
    </message>
    <message>
        <source>Late-payment damages over a span of days</source>
        <translation>期間を指定した遅延損害金の計算</translation>
    </message>
    <message>
        <source>The claims exceed 50 million yen (Civil Rehabilitation Act art. 221(1)): individual rehabilitation is not available; ordinary rehabilitation or bankruptcy remain.</source>
        <translation>再生債権が5,000万円を超えています（民事再生法221条1項）。個人再生は利用できません。通常再生または破産を検討してください。</translation>
    </message>
    <message>
        <source>A fifth or a tenth of the claims is rounded up to the yen (the plan must not pay less); many calculators round down instead.</source>
        <translation>債権額の5分の1・10分の1は円未満を切り上げています（計画弁済額はこれを下回ってはならないため）。切り捨てる計算例も多く見られます。</translation>
    </message>
    <message>
        <source>A fifth or a tenth of the claims is rounded down to the yen, as many calculators do; the plan must not pay less, so rounding up is safer.</source>
        <translation>債権額の5分の1・10分の1は、多くの計算例と同じく円未満を切り捨てています。計画弁済額はこれを下回ってはならないため、切り上げる方が安全です。</translation>
    </message>
    <message>
        <source>Two years of disposable income is a floor for salary-earner rehabilitation only (art. 241(2)(vii)).</source>
        <translation>可処分所得2年分の要件は給与所得者等再生にのみ適用されます（241条2項7号）。</translation>
    </message>
    <message>
        <source>Least total an individual rehabilitation plan must pay</source>
        <translation>個人再生の最低弁済額</translation>
    </message>
    <message>
        <source>Name the PDF to write with -o OUT.pdf.</source>
        <translation>出力する PDF を -o OUT.pdf で指定してください。</translation>
    </message>
    <message>
        <source>Give the case store: --db FILE.</source>
        <translation>ケース保存ファイルを指定してください:--db FILE</translation>
    </message>
    <message>
        <source>There is no case store %1.</source>
        <translation>ケース保存ファイル %1 はありません。</translation>
    </message>
    <message>
        <source>Print a stored case as a case file</source>
        <translation>保存したケースをケースファイルとして出力</translation>
    </message>
    <message>
        <source>Store a case file in a case store</source>
        <translation>ケースファイルをケース保存ファイルに取り込む</translation>
    </message>
    <message>
        <source>%1 is not a regular file: the output must be a new or an ordinary file.</source>
        <translation>%1は通常のファイルではありません。出力先には新しいファイルか通常のファイルを指定してください。</translation>
    </message>
    <message>
        <source>%1 is an input of this command: choose another file to write.</source>
        <translation>%1はこのコマンドの入力です。別の出力先を指定してください。</translation>
    </message>
    <message>
        <source>Give either a case file or --db STORE --case ID, not both.</source>
        <translation>ケースファイルか --db STORE --case ID のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>Give exactly one case file, or --db STORE --case ID.</source>
        <translation>ケースファイルを1つ、または --db STORE --case ID を指定してください。</translation>
    </message>
    <message>
        <source>There is no case file %1.</source>
        <translation>ケースファイル %1 はありません。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device or a pipe): give a case file.</source>
        <translation>%1 は通常のファイルではありません（フォルダー、デバイスまたはパイプ）。ケースファイルを指定してください。</translation>
    </message>
    <message>
        <source>%1 is too large for a case file (%2 bytes; at most %3).</source>
        <translation>%1 はケースファイルとして大きすぎます（%2 バイト。上限は %3 バイト）。</translation>
    </message>
    <message>
        <source>%1 is too large for a case file (more than %2 bytes).</source>
        <translation>%1 はケースファイルとして大きすぎます（%2 バイトを超えています）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name the file to write with -o FILE.</source>
        <translation>書き出すファイルを -o FILE で指定してください。</translation>
    </message>
    <message>
        <source>Give the new passphrase in ZANSAI_PASSPHRASE or --passphrase-file FILE. Keep it safe: without it or the recovery key printed here, the cases cannot be read again.</source>
        <translation>新しいパスフレーズを ZANSAI_PASSPHRASE または --passphrase-file FILE で指定してください。大切に保管してください。パスフレーズもここに表示される回復キーもなくすと、案件は二度と読めません。</translation>
    </message>
    <message>
        <source>Encrypt a case store at rest (prints its recovery key once)</source>
        <translation>案件ストアを暗号化して保存する（回復キーを一度だけ表示）</translation>
    </message>
    <message>
        <source>--gross applies only with --tax.</source>
        <translation>--gross は --tax と一緒にのみ指定できます。</translation>
    </message>
    <message>
        <source>Give either --net or --gross with its deductions, not both; --gross is a monthly pay with no claim kind.</source>
        <translation>--net か、--gross と各控除額のどちらか一方を指定してください。--gross は月給で、債権の種類は指定しません。</translation>
    </message>
    <message>
        <source>The taxes and social insurance are more than the gross pay.</source>
        <translation>税金と社会保険料の合計が総支給額を超えています。</translation>
    </message>
    <message>
        <source>Tax seizure (National Tax Collection Act art. 76(1)): from the gross pay are deducted income tax (item 1), resident tax (item 2), social insurance (item 3), a living allowance of 100,000 yen plus 45,000 yen per dependent (item 4, Order art. 34) and 20% of what remains, at most twice the allowance (item 5).</source>
        <translation>滞納処分による差押え（国税徴収法76条1項）：総支給額から所得税（1号）、住民税（2号）、社会保険料（3号）、生活費10万円と生計を一にする親族1人につき4.5万円（4号、施行令34条）、残額の20%（4号の額の2倍が上限、5号）を差し引きます。</translation>
    </message>
    <message>
        <source>Fractions of a yen: the 20% of item 5 is taken up to the yen, so the seizable part is truncated and the fraction stays with the debtor.</source>
        <translation>円未満の端数：5号の20%を円単位に切り上げるため、差押え可能額は切り捨てとなり、端数は債務者に残ります。</translation>
    </message>
    <message>
        <source>%1 applies only with --tax --gross.</source>
        <translation>%1 は --tax --gross と一緒にのみ指定できます。</translation>
    </message>
    <message>
        <source>Court practice (Tokyo District Court, 21st civil division): each whole year counted from the start date is charged at the annual rate; only the remaining days are split by calendar year, a day in a leap year being 1/366.</source>
        <translation>裁判所の実務（東京地裁民事21部）：開始日から数えた満1年ごとに年率で計算し、残りの日数だけを暦年ごとに分けて、うるう年の日は366分の1として計算します。</translation>
    </message>
    <message>
        <source>Fractions of a yen are truncated in each whole year and each calendar-year part before they are added.</source>
        <translation>満1年ごと・暦年ごとの各部分で円未満を切り捨ててから合算しています。</translation>
    </message>
    <message>
        <source>The payment date is before the due date (%1).</source>
        <translation>納付日が納期限（%1）より前です。</translation>
    </message>
    <message>
        <source>The span is longer than 100 years.</source>
        <translation>期間が100年を超えています。</translation>
    </message>
    <message>
        <source>National tax (延滞税, Act on General Rules for National Taxes art. 60; Special Taxation Measures Act art. 94): the lower rate runs through the day two months after the due date, the higher one after that.</source>
        <translation>国税の延滞税（国税通則法60条、租税特別措置法94条）：納期限の翌日から2か月を経過する日までは低い割合、その後は高い割合です。</translation>
    </message>
    <message>
        <source>Local tax (延滞金, Local Tax Act): the lower rate runs through the day one month after the due date, the higher one after that.</source>
        <translation>地方税の延滞金（地方税法）：納期限の翌日から1か月を経過する日までは低い割合、その後は高い割合です。</translation>
    </message>
    <message>
        <source>Days are counted from the day after the due date through the payment date, over 365 even in leap years. Each period is truncated below one yen.</source>
        <translation>納期限の翌日から納付日までの日数を、うるう年でも365日で割って計算します。各期間の円未満は切り捨てています。</translation>
    </message>
    <message>
        <source>The tax is truncated to units of 10,000 yen (none under 10,000); the total to units of 100 yen, and nothing is due under 1,000 yen (arts. 118 and 119).</source>
        <translation>本税は1万円未満を切り捨て（1万円未満なら延滞税なし）、延滞税は100円未満を切り捨て、1,000円未満なら全額切り捨てです（国税通則法118条・119条）。</translation>
    </message>
    <message>
        <source>The tax is truncated to units of 1,000 yen (none under 2,000); the total to units of 100 yen, and nothing is due under 1,000 yen (Local Tax Act art. 20-4-2).</source>
        <translation>税額は1,000円未満を切り捨て（2,000円未満なら延滞金なし）、延滞金は100円未満を切り捨て、1,000円未満なら全額切り捨てです（地方税法20条の4の2）。</translation>
    </message>
    <message>
        <source>The rates after %1 are not published yet: the rates of %1 are assumed.</source>
        <translation>%1年より後の割合はまだ公表されていないため、%1年の割合を仮定しています。</translation>
    </message>
    <message>
        <source>Late-payment tax (延滞税) or local late fee (延滞金) of a tax</source>
        <translation>税金の延滞税（国税）または延滞金（地方税）</translation>
    </message>
    <message>
        <source>Give the date, such as 2026-11-22.</source>
        <translation>2026-11-22 のように日付を指定してください。</translation>
    </message>
    <message>
        <source>Give one date only.</source>
        <translation>日付は一つだけ指定してください。</translation>
    </message>
    <message>
        <source>Dates before 1873-01-01 (Meiji 6) have no Japanese-era date in the Gregorian calendar.</source>
        <translation>1873-01-01（明治6年）より前の日付は、グレゴリオ暦に対応する和暦の日付がありません。</translation>
    </message>
    <message>
        <source>A date in the Japanese calendar (和暦)</source>
        <translation>日付を和暦で表示</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1: it must be an ordinary file of at most %2 bytes.</source>
        <translation>パスフレーズファイル %1 を読み取れません。%2 バイト以下の通常のファイルを指定してください。</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>パスフレーズファイル %1 は空です。</translation>
    </message>
    <message>
        <source>Write the case summary PDF (or the budget statement, referral sheet, or a draft: limitation notice, installment proposal, list of creditors)</source>
        <translation>相談の要約のPDFを書き出す（または家計収支表、相談票、下書き：時効援用通知書、分割弁済の申出書、債権者一覧表）</translation>
    </message>
    <message>
        <source>List every stored case&apos;s deadlines in the next days, soonest first</source>
        <translation>保存された全案件のこれからの期限を近い順に一覧表示</translation>
    </message>
    <message>
        <source>Name the calendar to write with -o OUT.ics.</source>
        <translation>書き出すカレンダーを -o OUT.ics で指定してください。</translation>
    </message>
    <message>
        <source>Write the court deadlines and limitation dates as an iCalendar file</source>
        <translation>裁判上の期限と時効完成日を iCalendar ファイルに書き出す</translation>
    </message>
    <message>
        <source>Give at least one character to search.</source>
        <translation>検索する文字を1文字以上指定してください。</translation>
    </message>
    <message>
        <source>List the stored cases, or those a search text matches</source>
        <translation>保存された案件(または検索文字に一致する案件)を一覧表示</translation>
    </message>
    <message>
        <source>Give the firm&apos;s database as --db postgresql://ADMIN@HOST:PORT/DATABASE.</source>
        <translation>事務所のデータベースを --db postgresql://ADMIN@HOST:PORT/DATABASE で指定してください。</translation>
    </message>
    <message>
        <source>Give the first consultant&apos;s user name: small letters, digits and _ (at most 63, not starting with pg_ or zansai_), e.g. --user tanaka.</source>
        <translation>最初の相談員のユーザー名を指定してください: 英小文字・数字・_(63文字まで、pg_ や zansai_ で始まらないもの)。例: --user tanaka</translation>
    </message>
    <message>
        <source>--admin takes no value.</source>
        <translation>--admin に値は付けません。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 のパスワード: </translation>
    </message>
    <message>
        <source>The server already has a user %1: nothing was changed for them. Choose another name.</source>
        <translation>サーバーにはすでにユーザー %1 がいます。このユーザーは変更していません。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>The user %1 could not be made: %2</source>
        <translation>ユーザー %1 を作成できませんでした: %2</translation>
    </message>
    <message>
        <source>Set up the firm store on PostgreSQL and its first user</source>
        <translation>PostgreSQL 上の事務所の保存先と最初のユーザーを準備する</translation>
    </message>
    <message>
        <source>Give the laptop&apos;s case store: --from FILE.</source>
        <translation>ノートPCのケース保存先を指定してください: --from FILE</translation>
    </message>
    <message>
        <source>The case store %1 does not exist: give the file of the laptop&apos;s store.</source>
        <translation>ケース保存先 %1 がありません。ノートPCの保存先ファイルを指定してください。</translation>
    </message>
    <message>
        <source>Give the firm store: --to postgresql://user@host:port/database.</source>
        <translation>事務所の保存先を指定してください: --to postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>The target is the same store as --from: give the firm store.</source>
        <translation>移行先が --from と同じ保存先です。事務所の保存先を指定してください。</translation>
    </message>
    <message>
        <source>Case %1 could not be copied: %2</source>
        <translation>ケース %1 をコピーできませんでした: %2</translation>
    </message>
    <message>
        <source>Copy a laptop case store with its history into the firm store</source>
        <translation>ノートPCのケース保存先を履歴ごと事務所の保存先へコピーする</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: it must be an ordinary file of at most %2 bytes.</source>
        <translation>パスワードファイル %1 を読めません。%2 バイト以下の通常のファイルにしてください。</translation>
    </message>
    <message>
        <source>The new user&apos;s password is empty: give it in --password-file FILE or type it when asked.</source>
        <translation>新しいユーザーのパスワードが空です。--password-file FILE で渡すか、尋ねられたときに入力してください。</translation>
    </message>
</context>
<context>
    <name>zansai::law::Court</name>
    <message>
        <source>Sapporo</source>
        <translation>札幌</translation>
    </message>
    <message>
        <source>Aomori</source>
        <translation>青森</translation>
    </message>
    <message>
        <source>Morioka</source>
        <translation>盛岡</translation>
    </message>
    <message>
        <source>Sendai</source>
        <translation>仙台</translation>
    </message>
    <message>
        <source>Akita</source>
        <translation>秋田</translation>
    </message>
    <message>
        <source>Yamagata</source>
        <translation>山形</translation>
    </message>
    <message>
        <source>Fukushima</source>
        <translation>福島</translation>
    </message>
    <message>
        <source>Mito</source>
        <translation>水戸</translation>
    </message>
    <message>
        <source>Utsunomiya</source>
        <translation>宇都宮</translation>
    </message>
    <message>
        <source>Maebashi</source>
        <translation>前橋</translation>
    </message>
    <message>
        <source>Saitama</source>
        <translation>さいたま</translation>
    </message>
    <message>
        <source>Chiba</source>
        <translation>千葉</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>東京</translation>
    </message>
    <message>
        <source>Yokohama</source>
        <translation>横浜</translation>
    </message>
    <message>
        <source>Niigata</source>
        <translation>新潟</translation>
    </message>
    <message>
        <source>Toyama</source>
        <translation>富山</translation>
    </message>
    <message>
        <source>Kanazawa</source>
        <translation>金沢</translation>
    </message>
    <message>
        <source>Fukui</source>
        <translation>福井</translation>
    </message>
    <message>
        <source>Kofu</source>
        <translation>甲府</translation>
    </message>
    <message>
        <source>Nagano</source>
        <translation>長野</translation>
    </message>
    <message>
        <source>Gifu</source>
        <translation>岐阜</translation>
    </message>
    <message>
        <source>Shizuoka</source>
        <translation>静岡</translation>
    </message>
    <message>
        <source>Nagoya</source>
        <translation>名古屋</translation>
    </message>
    <message>
        <source>Tsu</source>
        <translation>津</translation>
    </message>
    <message>
        <source>Otsu</source>
        <translation>大津</translation>
    </message>
    <message>
        <source>Kyoto</source>
        <translation>京都</translation>
    </message>
    <message>
        <source>Osaka</source>
        <translation>大阪</translation>
    </message>
    <message>
        <source>Kobe</source>
        <translation>神戸</translation>
    </message>
    <message>
        <source>Nara</source>
        <translation>奈良</translation>
    </message>
    <message>
        <source>Wakayama</source>
        <translation>和歌山</translation>
    </message>
    <message>
        <source>Tottori</source>
        <translation>鳥取</translation>
    </message>
    <message>
        <source>Matsue</source>
        <translation>松江</translation>
    </message>
    <message>
        <source>Okayama</source>
        <translation>岡山</translation>
    </message>
    <message>
        <source>Hiroshima</source>
        <translation>広島</translation>
    </message>
    <message>
        <source>Yamaguchi</source>
        <translation>山口</translation>
    </message>
    <message>
        <source>Tokushima</source>
        <translation>徳島</translation>
    </message>
    <message>
        <source>Takamatsu</source>
        <translation>高松</translation>
    </message>
    <message>
        <source>Matsuyama</source>
        <translation>松山</translation>
    </message>
    <message>
        <source>Kochi</source>
        <translation>高知</translation>
    </message>
    <message>
        <source>Fukuoka</source>
        <translation>福岡</translation>
    </message>
    <message>
        <source>Saga</source>
        <translation>佐賀</translation>
    </message>
    <message>
        <source>Nagasaki</source>
        <translation>長崎</translation>
    </message>
    <message>
        <source>Kumamoto</source>
        <translation>熊本</translation>
    </message>
    <message>
        <source>Oita</source>
        <translation>大分</translation>
    </message>
    <message>
        <source>Miyazaki</source>
        <translation>宮崎</translation>
    </message>
    <message>
        <source>Kagoshima</source>
        <translation>鹿児島</translation>
    </message>
    <message>
        <source>Naha</source>
        <translation>那覇</translation>
    </message>
    <message>
        <source>Hakodate</source>
        <translation>函館</translation>
    </message>
    <message>
        <source>Asahikawa</source>
        <translation>旭川</translation>
    </message>
    <message>
        <source>Kushiro</source>
        <translation>釧路</translation>
    </message>
    <message>
        <source>Sakai</source>
        <translation>堺</translation>
    </message>
    <message>
        <source>%1 District Court</source>
        <translation>%1地方裁判所</translation>
    </message>
    <message>
        <source>%1 Summary Court</source>
        <translation>%1簡易裁判所</translation>
    </message>
    <message>
        <source>%1 Branch</source>
        <translation>%1支部</translation>
    </message>
</context>
<context>
    <name>zansai::law::InterestCap</name>
    <message>
        <source>Interest Rate Restriction Act, art. 7(1)</source>
        <translation>利息制限法7条1項</translation>
    </message>
    <message>
        <source>Interest Rate Restriction Act, art. 4(1)</source>
        <translation>利息制限法4条1項</translation>
    </message>
    <message>
        <source>The late-interest rate of %1% exceeds the cap of %2% under %3; the part above the cap is void.</source>
        <translation>遅延損害金の利率%1%は%3の上限%2%を超えています。上限を超える部分は無効です。</translation>
    </message>
</context>
<context>
    <name>zansai::law::LegalRepresentation</name>
    <message>
        <source>The client does this himself: it needs no representative, and the consultant only informs (a fee for acting in it would be a lawyer&apos;s work).</source>
        <translation>ご本人が行います。代理人は不要で、相談員は情報提供のみを行います(報酬を得て代わりに行うことは弁護士の業務です)。</translation>
    </message>
    <message>
        <source>The claim (%1) is at most %2: a certified judicial scrivener may represent the client in the summary court.</source>
        <translation>請求額(%1)が%2以下のため、認定司法書士が簡易裁判所で代理できます。</translation>
    </message>
    <message>
        <source>The claim (%1) is at most %2: a certified judicial scrivener may negotiate for the client.</source>
        <translation>請求額(%1)が%2以下のため、認定司法書士が代理して交渉できます。</translation>
    </message>
    <message>
        <source>The claim (%1) is over %2: only a lawyer may represent the client (the limit is read on this claim alone, not on the total of the debts).</source>
        <translation>請求額(%1)が%2を超えるため、代理できるのは弁護士だけです(上限は債務の合計ではなく、この債権ごとに判断します)。</translation>
    </message>
    <message>
        <source>Warning: the principal (%1) is within %2, but with the late interest the claim is %3 — over the limit. The interest grows every month.</source>
        <translation>注意:元金(%1)は%2以内ですが、遅延損害金を含めた請求額は%3で上限を超えます。遅延損害金は毎月増えます。</translation>
    </message>
    <message>
        <source>Filing for bankruptcy or rehabilitation for the client is a lawyer&apos;s work, whatever the amount.</source>
        <translation>破産・個人再生の申立ての代理は、金額にかかわらず弁護士の業務です。</translation>
    </message>
    <message>
        <source>A judicial scrivener may only prepare the court papers (the client files them himself).</source>
        <translation>司法書士は裁判所に出す書類の作成のみを行えます(申立てはご本人が行います)。</translation>
    </message>
</context>
<context>
    <name>zansai::law::Prefecture</name>
    <message>
        <source>Hokkaido</source>
        <translation>北海道</translation>
    </message>
    <message>
        <source>Aomori</source>
        <translation>青森県</translation>
    </message>
    <message>
        <source>Iwate</source>
        <translation>岩手県</translation>
    </message>
    <message>
        <source>Miyagi</source>
        <translation>宮城県</translation>
    </message>
    <message>
        <source>Akita</source>
        <translation>秋田県</translation>
    </message>
    <message>
        <source>Yamagata</source>
        <translation>山形県</translation>
    </message>
    <message>
        <source>Fukushima</source>
        <translation>福島県</translation>
    </message>
    <message>
        <source>Ibaraki</source>
        <translation>茨城県</translation>
    </message>
    <message>
        <source>Tochigi</source>
        <translation>栃木県</translation>
    </message>
    <message>
        <source>Gunma</source>
        <translation>群馬県</translation>
    </message>
    <message>
        <source>Saitama</source>
        <translation>埼玉県</translation>
    </message>
    <message>
        <source>Chiba</source>
        <translation>千葉県</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>東京都</translation>
    </message>
    <message>
        <source>Kanagawa</source>
        <translation>神奈川県</translation>
    </message>
    <message>
        <source>Niigata</source>
        <translation>新潟県</translation>
    </message>
    <message>
        <source>Toyama</source>
        <translation>富山県</translation>
    </message>
    <message>
        <source>Ishikawa</source>
        <translation>石川県</translation>
    </message>
    <message>
        <source>Fukui</source>
        <translation>福井県</translation>
    </message>
    <message>
        <source>Yamanashi</source>
        <translation>山梨県</translation>
    </message>
    <message>
        <source>Nagano</source>
        <translation>長野県</translation>
    </message>
    <message>
        <source>Gifu</source>
        <translation>岐阜県</translation>
    </message>
    <message>
        <source>Shizuoka</source>
        <translation>静岡県</translation>
    </message>
    <message>
        <source>Aichi</source>
        <translation>愛知県</translation>
    </message>
    <message>
        <source>Mie</source>
        <translation>三重県</translation>
    </message>
    <message>
        <source>Shiga</source>
        <translation>滋賀県</translation>
    </message>
    <message>
        <source>Kyoto</source>
        <translation>京都府</translation>
    </message>
    <message>
        <source>Osaka</source>
        <translation>大阪府</translation>
    </message>
    <message>
        <source>Hyogo</source>
        <translation>兵庫県</translation>
    </message>
    <message>
        <source>Nara</source>
        <translation>奈良県</translation>
    </message>
    <message>
        <source>Wakayama</source>
        <translation>和歌山県</translation>
    </message>
    <message>
        <source>Tottori</source>
        <translation>鳥取県</translation>
    </message>
    <message>
        <source>Shimane</source>
        <translation>島根県</translation>
    </message>
    <message>
        <source>Okayama</source>
        <translation>岡山県</translation>
    </message>
    <message>
        <source>Hiroshima</source>
        <translation>広島県</translation>
    </message>
    <message>
        <source>Yamaguchi</source>
        <translation>山口県</translation>
    </message>
    <message>
        <source>Tokushima</source>
        <translation>徳島県</translation>
    </message>
    <message>
        <source>Kagawa</source>
        <translation>香川県</translation>
    </message>
    <message>
        <source>Ehime</source>
        <translation>愛媛県</translation>
    </message>
    <message>
        <source>Kochi</source>
        <translation>高知県</translation>
    </message>
    <message>
        <source>Fukuoka</source>
        <translation>福岡県</translation>
    </message>
    <message>
        <source>Saga</source>
        <translation>佐賀県</translation>
    </message>
    <message>
        <source>Nagasaki</source>
        <translation>長崎県</translation>
    </message>
    <message>
        <source>Kumamoto</source>
        <translation>熊本県</translation>
    </message>
    <message>
        <source>Oita</source>
        <translation>大分県</translation>
    </message>
    <message>
        <source>Miyazaki</source>
        <translation>宮崎県</translation>
    </message>
    <message>
        <source>Kagoshima</source>
        <translation>鹿児島県</translation>
    </message>
    <message>
        <source>Okinawa</source>
        <translation>沖縄県</translation>
    </message>
</context>
<context>
    <name>zansai::ui::AssetsPage</name>
    <message>
        <source>Assets</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>What the client owns today, at its present value.</source>
        <translation>相談者が現在持っている資産を、現在の価値で入力します。</translation>
    </message>
    <message>
        <source>Cash at &amp;hand:</source>
        <translation>手元の現金(&amp;H)</translation>
    </message>
    <message>
        <source>Bank &amp;deposits:</source>
        <translation>預貯金(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Car (present value):</source>
        <translation>自動車(時価)(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Insurance surrender value:</source>
        <translation>保険の解約返戻金(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Retirement allowance (estimate today):</source>
        <translation>退職金見込額(現時点)(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Other assets:</source>
        <translation>その他の資産(&amp;O)</translation>
    </message>
    <message>
        <source>Bank deposits can be seized at once by a creditor holding an enforceable title; cash at hand is not in a bank. Values decide the bankruptcy procedure and the liquidation value in rehabilitation.</source>
        <translation>債務名義を持つ債権者は預貯金をすぐに差し押さえられます(手元の現金は銀行にありません)。資産額は破産の手続(同時廃止か管財か)と個人再生の清算価値を左右します。</translation>
    </message>
</context>
<context>
    <name>zansai::ui::AutoLock</name>
    <message numerus="yes">
        <source>The case store is locked after %n minute(s) without use. Client data is hidden and the key is wiped from memory.</source>
        <translation>
            <numerusform>%n 分間操作がなかったため、案件ストアをロックしました。相談者の情報は隠され、鍵はメモリから消去されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>ロック解除…</translation>
    </message>
</context>
<context>
    <name>zansai::ui::AutoLockSetting</name>
    <message>
        <source>Lock after idle time</source>
        <translation>無操作時のロック</translation>
    </message>
    <message>
        <source>After this many minutes without input, an encrypted case store is locked: the client data is hidden and the passphrase is asked again. 0 turns this off.</source>
        <translation>この分数のあいだ操作がないと、暗号化された案件ストアをロックします。相談者のデータを隠し、パスフレーズをもう一度尋ねます。0 でロックしません。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>しない</translation>
    </message>
</context>
<context>
    <name>zansai::ui::BackgroundPage</name>
    <message>
        <source>Occupation and earlier bankruptcy</source>
        <translation>職業と過去の破産</translation>
    </message>
    <message>
        <source>What limits the ways out: licences restricted in bankruptcy, and the 7-year rule after an earlier discharge.</source>
        <translation>解決方法を制約する事情:破産中に制限される資格と、前回の免責から7年の制限。</translation>
    </message>
    <message>
        <source>Occupation or &amp;licence:</source>
        <translation>職業・資格(&amp;L)</translation>
    </message>
    <message>
        <source>Lawyers, judicial scriveners, real estate transaction agents, insurance solicitors, security guards and some other licences cannot be practised from the start of bankruptcy until discharge; the results show what applies.</source>
        <translation>弁護士・司法書士・宅地建物取引士・保険募集人・警備員などの資格は、破産手続開始から復権まで制限されます。該当するものは結果画面に表示します。</translation>
    </message>
    <message>
        <source>Has the client been &amp;discharged in bankruptcy before?</source>
        <translation>以前に破産で免責を受けたことがありますか?(&amp;D)</translation>
    </message>
    <message>
        <source>Discharge became final &amp;on:</source>
        <translation>免責確定日(&amp;O)</translation>
    </message>
    <message>
        <source>Consul&amp;tant:</source>
        <translation>相談員(&amp;T)</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>メモ(&amp;M)</translation>
    </message>
</context>
<context>
    <name>zansai::ui::BatchExport</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>フォルダ %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Export papers to a folder</source>
        <translation>書類を書き出すフォルダ</translation>
    </message>
    <message>
        <source>Exporting the papers…</source>
        <translation>書類を書き出しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export papers</source>
        <translation>書類の書き出し</translation>
    </message>
    <message>
        <source>Case %1 of %2: %3</source>
        <translation>%2件中%1件目：%3</translation>
    </message>
    <message>
        <source>Cancelled: the papers of %1 of %2 cases were written to %3; each file is complete.</source>
        <translation>中止しました：%2件中%1件の書類を %3 に書き出しました。書き出したファイルはどれも完全です。</translation>
    </message>
    <message>
        <source>The papers of %1 of %2 cases were written to %3.</source>
        <translation>%2件中%1件の書類を %3 に書き出しました。</translation>
    </message>
    <message>
        <source>There is no saved case to export.</source>
        <translation>書き出す保存済みのケースがありません。</translation>
    </message>
</context>
<context>
    <name>zansai::ui::BudgetPage</name>
    <message>
        <source>&amp;Income per month</source>
        <translation>月々の収入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Expenses per month</source>
        <translation>月々の支出(&amp;E)</translation>
    </message>
    <message>
        <source>Income %1, expenses %2: %3 %4 a month.</source>
        <translation>収入 %1、支出 %2:毎月 %4 の%3です。</translation>
    </message>
    <message>
        <source>short by</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>left over</source>
        <translation>余裕</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form label</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>Income and expenses</source>
        <translation>収入と家計</translation>
    </message>
    <message>
        <source>The household&apos;s income and spending each month (収支表): leave a line empty when it does not apply.</source>
        <translation>世帯の毎月の収支(収支表)です。該当しない項目は空欄のままにしてください。</translation>
    </message>
    <message>
        <source>There is already a line named %1.</source>
        <translation>「%1」という行はすでにあります。</translation>
    </message>
    <message>
        <source>A&amp;dd income line</source>
        <translation>収入の行を追加(&amp;D)</translation>
    </message>
    <message>
        <source>Add e&amp;xpense line</source>
        <translation>支出の行を追加(&amp;X)</translation>
    </message>
    <message>
        <source>Name of another income, e.g. rent received</source>
        <translation>ほかの収入の名前（例：家賃収入）</translation>
    </message>
    <message>
        <source>Name of another expense, e.g. parking</source>
        <translation>ほかの支出の名前（例：駐車場代）</translation>
    </message>
    <message>
        <source>Name of the new income line</source>
        <translation>追加する収入の行の名前</translation>
    </message>
    <message>
        <source>Name of the new expense line</source>
        <translation>追加する支出の行の名前</translation>
    </message>
</context>
<context>
    <name>zansai::ui::CalendarActions</name>
    <message>
        <source>Calendar written: %1</source>
        <translation>カレンダーを書き出しました: %1</translation>
    </message>
    <message>
        <source>Export to &amp;calendar…</source>
        <translation>カレンダーに書き出す(&amp;C)…</translation>
    </message>
    <message>
        <source>The open case&apos;s court deadlines and limitation dates as an iCalendar file</source>
        <translation>開いている案件の裁判上の期限と時効完成日を iCalendar ファイルに書き出します</translation>
    </message>
    <message>
        <source>&amp;Deadlines…</source>
        <translation>期限一覧(&amp;D)…</translation>
    </message>
    <message>
        <source>Every case&apos;s deadlines in the next days, soonest first</source>
        <translation>全案件のこれからの期限を、近い順に表示します</translation>
    </message>
</context>
<context>
    <name>zansai::ui::CalendarExportDialog</name>
    <message>
        <source>Export to calendar</source>
        <translation>カレンダーに書き出す</translation>
    </message>
    <message>
        <source>&amp;Name the client in events:</source>
        <translation>予定に表示する依頼者名(&amp;N):</translation>
    </message>
    <message>
        <source>Case number only</source>
        <translation>案件番号のみ</translation>
    </message>
    <message>
        <source>Case number and initials</source>
        <translation>案件番号とイニシャル</translation>
    </message>
    <message>
        <source>Case number and full name</source>
        <translation>案件番号と氏名</translation>
    </message>
    <message>
        <source>&amp;Alarm before each date:</source>
        <translation>通知(期日の何日前)(&amp;A):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Calendars are often copied to phones and shared servers. The events hold the dates, the creditors and what to do; never the client&apos;s address, phone or amounts.</source>
        <translation>カレンダーはスマートフォンや共有サーバーに複製されることが多いため、予定には期日・債権者・すべきことだけを記載し、依頼者の住所・電話番号・金額は一切記載しません。</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar ファイル (*.ics)</translation>
    </message>
</context>
<context>
    <name>zansai::ui::CaseDiff</name>
    <message>
        <source>name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>kana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>職業</translation>
    </message>
    <message>
        <source>dependents</source>
        <translation>扶養家族</translation>
    </message>
    <message>
        <source>net income</source>
        <translation>手取り収入</translation>
    </message>
    <message>
        <source>address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>creditor</source>
        <translation>債権者</translation>
    </message>
    <message>
        <source>original creditor</source>
        <translation>譲渡前の債権者</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>principal</source>
        <translation>元本</translation>
    </message>
    <message>
        <source>late interest</source>
        <translation>遅延損害金</translation>
    </message>
    <message>
        <source>guarantor</source>
        <translation>保証人</translation>
    </message>
    <message>
        <source>event added: %1</source>
        <translation>出来事を追加: %1</translation>
    </message>
    <message>
        <source>event removed: %1</source>
        <translation>出来事を削除: %1</translation>
    </message>
    <message>
        <source>event changed: %1</source>
        <translation>出来事を変更: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>相談者: %1</translation>
    </message>
    <message>
        <source>Sale of the home</source>
        <translation>自宅の売却</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>収支</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Earlier bankruptcy</source>
        <translation>過去の破産</translation>
    </message>
    <message>
        <source>Consultation date: %1</source>
        <translation>相談日: %1</translation>
    </message>
    <message>
        <source>Consultant&apos;s notes</source>
        <translation>相談員のメモ</translation>
    </message>
    <message>
        <source>Installment: %1</source>
        <translation>月々の返済額: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Chosen way out</source>
        <translation>選んだ解決方法</translation>
    </message>
    <message>
        <source>Debt added: %1</source>
        <translation>債務を追加: %1</translation>
    </message>
    <message>
        <source>Debt %1: %2</source>
        <translation>債務 %1: %2</translation>
    </message>
    <message>
        <source>Debt removed: %1</source>
        <translation>債務を削除: %1</translation>
    </message>
</context>
<context>
    <name>zansai::ui::CaseHistoryDialog</name>
    <message>
        <source>(no visible change)</source>
        <translation>(表示上の変更なし)</translation>
    </message>
    <message>
        <source>First saved</source>
        <translation>最初の保存</translation>
    </message>
    <message>
        <source>Version %1 restored as version %2.</source>
        <translation>版 %1 を版 %2 として復元しました。</translation>
    </message>
    <message>
        <source>Saved versions of the case</source>
        <translation>ケースの保存履歴</translation>
    </message>
    <message>
        <source>Every save is kept. Pick a version to restore it: it is saved again as the newest version, and nothing after it is lost.</source>
        <translation>保存のたびに版が残ります。版を選んで復元すると最新の版として保存し直され、その後の版も失われません。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存日時</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>変更点</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>保存履歴</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>この版を復元(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>zansai::ui::CaseListModel</name>
    <message>
        <source>(no name)</source>
        <translation>(氏名未入力)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>相談者</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <source>Creditors</source>
        <translation>債権者</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>元金</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>相談員</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>最終保存</translation>
    </message>
</context>
<context>
    <name>zansai::ui::CaseListView</name>
    <message>
        <source>Case list</source>
        <translation>ケース一覧</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>ごみ箱を空にする</translation>
    </message>
    <message>
        <source>No case store is open.</source>
        <translation>ケース保存ファイルが開かれていません。</translation>
    </message>
    <message>
        <source>Client name or reading, creditor, notes</source>
        <translation>相談者の氏名・フリガナ、債権者、メモ</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>ケースを検索</translation>
    </message>
    <message>
        <source>Cases in the trash</source>
        <translation>ごみ箱のケース</translation>
    </message>
    <message>
        <source>Saved cases</source>
        <translation>保存したケース</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>新しい相談</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Empty trash</source>
        <translation>ごみ箱を空にする(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>ごみ箱(&amp;T)</translation>
    </message>
    <message>
        <source>Show the cases that were deleted; they can be restored.</source>
        <translation>削除したケースを表示します。元に戻すこともできます。</translation>
    </message>
    <message>
        <source>Delete the case in the trash for good? This cannot be undone.</source>
        <translation>ごみ箱のケースを完全に削除しますか?元に戻せません。</translation>
    </message>
    <message>
        <source>Delete the %1 cases in the trash for good? This cannot be undone.</source>
        <translation>ごみ箱の%1件のケースを完全に削除しますか?元に戻せません。</translation>
    </message>
    <message>
        <source>1 case in the trash</source>
        <translation>ごみ箱に1件</translation>
    </message>
    <message>
        <source>%1 cases in the trash</source>
        <translation>ごみ箱に%1件</translation>
    </message>
    <message>
        <source>1 case</source>
        <translation>1件</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1件</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>検索(&amp;A)</translation>
    </message>
</context>
<context>
    <name>zansai::ui::CasePanel</name>
    <message>
        <source>Consultation</source>
        <translation>相談</translation>
    </message>
    <message>
        <source>Consultation: %1</source>
        <translation>相談:%1</translation>
    </message>
    <message>
        <source>&amp;Back to the case list</source>
        <translation>ケース一覧に戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Mark as consulted to&amp;day</source>
        <translation>今日を相談日にする(&amp;D)</translation>
    </message>
    <message>
        <source>The figures are always counted to today; this records today as the case&apos;s consultation date.</source>
        <translation>計算は常に今日の時点で行います。このボタンは今日をこのケースの相談日として記録します。</translation>
    </message>
    <message>
        <source>Edit the &amp;interview</source>
        <translation>聞き取りを編集(&amp;I)</translation>
    </message>
    <message>
        <source>Edit the se&amp;lected debt…</source>
        <translation>選択した債務を編集(&amp;L)…</translation>
    </message>
    <message>
        <source>Its terms, its events and how they moved the limitation date (Enter on a debt row)</source>
        <translation>契約内容・経過・時効の計算経過 (債務の行で Enter)</translation>
    </message>
</context>
<context>
    <name>zansai::ui::CaseSession</name>
    <message>
        <source>All changes saved.</source>
        <translation>すべての変更を保存しました。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存できませんでした:%1</translation>
    </message>
    <message>
        <source>Not saved yet: the case is saved as soon as the client&apos;s name is entered.</source>
        <translation>まだ保存されていません:相談者の氏名を入力すると保存が始まります。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>All changes saved, but the daily backup failed: %1</source>
        <translation>変更はすべて保存しましたが、本日のバックアップに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>zansai::ui::ChartsPanel</name>
    <message>
        <source>&amp;Monthly payment</source>
        <translation>月々の支払額(&amp;M)</translation>
    </message>
    <message>
        <source>Late i&amp;nterest</source>
        <translation>遅延損害金(&amp;N)</translation>
    </message>
    <message>
        <source>Balance over 10 &amp;years</source>
        <translation>10年間の残高(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>zansai::ui::ClientDocuments</name>
    <message>
        <source>This summary shows calculations based on what the client told us on the date above. It is not legal advice. Court procedures and negotiations on the client&apos;s behalf belong with a lawyer or a judicial scrivener (司法書士).</source>
        <translation>この資料は、上記の日にご相談者から伺った内容にもとづく計算結果です。法律上の助言ではありません。裁判手続や代理での交渉は、弁護士または司法書士にご依頼ください。</translation>
    </message>
    <message>
        <source>Client and sale</source>
        <translation>ご相談者と売却</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>ご相談者</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>職業</translation>
    </message>
    <message>
        <source>Dependents</source>
        <translation>扶養家族</translation>
    </message>
    <message>
        <source>Net income (monthly)</source>
        <translation>手取り収入(月額)</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>売却</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Debts</source>
        <translation>債務の一覧</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation>債権者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>元本</translation>
    </message>
    <message>
        <source>Late interest</source>
        <translation>遅延損害金</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <source>Limitation ends</source>
        <translation>時効満了日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>As of %1. Late interest is counted through that day; amounts are truncated below one yen.</source>
        <translation>%1現在。遅延損害金はこの日までを計算し、1円未満は切り捨てています。</translation>
    </message>
    <message>
        <source>Where the client stands</source>
        <translation>現在の段階と期限</translation>
    </message>
    <message>
        <source>No court deadline is running.</source>
        <translation>進行中の裁判所の期限はありません。</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>経過</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>残り</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>手続</translation>
    </message>
    <message>
        <source>If it is missed</source>
        <translation>期限を過ぎた場合</translation>
    </message>
    <message>
        <source>Limitation period (消滅時効)</source>
        <translation>消滅時効</translation>
    </message>
    <message>
        <source>Ways out compared</source>
        <translation>解決方法の比較</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>可</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>不可</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1か月</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>利用</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月払い</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>総額</translation>
    </message>
    <message>
        <source>Credit record</source>
        <translation>信用情報</translation>
    </message>
    <message>
        <source>★ marks the recommended option. Totals include typical fees.</source>
        <translation>★はおすすめの方法です。総額には一般的な費用を含みます。</translation>
    </message>
    <message>
        <source>Guarantor: %1</source>
        <translation>保証人:%1</translation>
    </message>
    <message>
        <source>Limitation: %1</source>
        <translation>時効:%1</translation>
    </message>
    <message>
        <source>Occupation: %1</source>
        <translation>職業:%1</translation>
    </message>
    <message>
        <source>Assets: %1</source>
        <translation>財産:%1</translation>
    </message>
    <message>
        <source>Prepared on %1 — case %2</source>
        <translation>作成日 %1 — 相談番号 %2</translation>
    </message>
    <message>
        <source>%1 — consultant: %2</source>
        <translation>%1 — 担当:%2</translation>
    </message>
    <message>
        <source>Projections</source>
        <translation>今後の見通し</translation>
    </message>
    <message>
        <source>Balance over ten years under each option</source>
        <translation>各方法での10年間の残高</translation>
    </message>
    <message>
        <source>Monthly payment of each option</source>
        <translation>各方法の月々の支払額</translation>
    </message>
    <message>
        <source>Late interest if nothing is done</source>
        <translation>何もしない場合の遅延損害金</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>今後の進め方</translation>
    </message>
    <message>
        <source>Points where the law is disputed</source>
        <translation>解釈が分かれる点</translation>
    </message>
    <message>
        <source>Name: %1    Household: %2 dependents    Date: %3</source>
        <translation>氏名:%1    扶養家族:%2人    作成日:%3</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>収入合計</translation>
    </message>
    <message>
        <source>Total expenses</source>
        <translation>支出合計</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>評価額</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <source>Bank deposits</source>
        <translation>預貯金</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>自動車</translation>
    </message>
    <message>
        <source>Insurance surrender value</source>
        <translation>保険の解約返戻金</translation>
    </message>
    <message>
        <source>Retirement allowance (estimate)</source>
        <translation>退職金(見込額)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>I confirm that the above is true and complete.</source>
        <translation>上記のとおり相違ありません。</translation>
    </message>
    <message>
        <source>Date: ____________    Signature: ______________________</source>
        <translation>日付:____________    署名:______________________</translation>
    </message>
    <message>
        <source>To the lawyer or judicial scrivener: a summary of the facts as told to us on %1 (case %2).</source>
        <translation>弁護士・司法書士の先生へ:%1にご相談者から伺った事実の要約です(相談番号 %2)。</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Occupation / income</source>
        <translation>職業・収入</translation>
    </message>
    <message>
        <source>Prior discharge</source>
        <translation>過去の免責</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Total balance</source>
        <translation>残高合計</translation>
    </message>
    <message>
        <source>Latest event</source>
        <translation>最新の経緯</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>%1: %2 (%3) — %4 days left</source>
        <translation>%1:%2(%3)— 残り%4日</translation>
    </message>
    <message>
        <source>Consultant&apos;s notes</source>
        <translation>相談員のメモ</translation>
    </message>
    <message>
        <source>Referred by: %1 %2</source>
        <translation>紹介元:%1 %2</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>ご相談内容のまとめ</translation>
    </message>
    <message>
        <source>Household income and expense statement</source>
        <translation>家計収支表</translation>
    </message>
    <message>
        <source>Referral sheet</source>
        <translation>相談票</translation>
    </message>
    <message>
        <source>Zansai Navigator</source>
        <translation>残債ナビ</translation>
    </message>
    <message>
        <source>Not legal advice: court procedures go to a lawyer or judicial scrivener. Case %1.</source>
        <translation>法律上の助言ではありません。裁判手続は弁護士・司法書士へ。相談番号 %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Why this date</source>
        <translation>この日付になる理由</translation>
    </message>
    <message>
        <source>Salary (take-home)</source>
        <translation>給与(本人・手取り)</translation>
    </message>
    <message>
        <source>Spouse&apos;s income</source>
        <translation>配偶者の収入</translation>
    </message>
    <message>
        <source>Business income</source>
        <translation>自営収入</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>年金</translation>
    </message>
    <message>
        <source>Child allowance and other benefits</source>
        <translation>児童手当・各種手当</translation>
    </message>
    <message>
        <source>Support from relatives</source>
        <translation>援助(親族などから)</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>その他の収入</translation>
    </message>
    <message>
        <source>Housing (rent, land rent, fees)</source>
        <translation>住居費(家賃・地代・管理費)</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>駐車場代</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>食費</translation>
    </message>
    <message>
        <source>Utilities (electricity, gas, water)</source>
        <translation>水道光熱費(電気・ガス・水道)</translation>
    </message>
    <message>
        <source>Phone and internet</source>
        <translation>通信費(電話・インターネット)</translation>
    </message>
    <message>
        <source>Daily necessities</source>
        <translation>日用品費</translation>
    </message>
    <message>
        <source>Insurance premiums</source>
        <translation>保険料</translation>
    </message>
    <message>
        <source>Car costs (petrol etc.)</source>
        <translation>自動車関係費(ガソリン代など)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通費</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>医療費</translation>
    </message>
    <message>
        <source>Clothing</source>
        <translation>被服費</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育費</translation>
    </message>
    <message>
        <source>Social expenses</source>
        <translation>交際費</translation>
    </message>
    <message>
        <source>Leisure</source>
        <translation>娯楽費</translation>
    </message>
    <message>
        <source>Child support paid</source>
        <translation>養育費の支払い</translation>
    </message>
    <message>
        <source>Debt repayments</source>
        <translation>債務の返済</translation>
    </message>
    <message>
        <source>Occasional expenses (ceremonies etc.)</source>
        <translation>臨時の支出(冠婚葬祭など)</translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation>その他の支出</translation>
    </message>
    <message>
        <source>Other (items without a category)</source>
        <translation>その他(分類のない項目)</translation>
    </message>
    <message>
        <source>Other (items without a category: %1)</source>
        <translation>その他(分類のない項目:%1)</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>その他:</translation>
    </message>
    <message>
        <source>Carried in from the previous month</source>
        <translation>前月繰越</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>収入</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Monthly surplus (deficit)</source>
        <translation>収支差額</translation>
    </message>
    <message>
        <source>Carried forward to the next month</source>
        <translation>翌月繰越</translation>
    </message>
    <message>
        <source> (same plan)</source>
        <translation>(同じ計画)</translation>
    </message>
    <message>
        <source>The figures are the monthly plan recorded at the consultation. The second month repeats the same plan with the balance carried forward; it is not a record of that month. Carried in: the cash and deposits the client declared. Blank lines are for the client to fill in; courts ask for the actual figures of the last two months.</source>
        <translation>金額は相談時に記録した1か月分の家計の計画です。2か月目の欄は同じ計画に前月からの繰越を加えたもので、その月の実績ではありません。前月繰越の最初の額は、ご本人が申告した現金と預貯金の合計です。空欄はご本人が記入してください。裁判所には直近2か月分の実際の金額を提出します。</translation>
    </message>
    <message>
        <source>Notice invoking the limitation period (draft)</source>
        <translation>時効援用通知書（下書き）</translation>
    </message>
    <message>
        <source>Proposal to pay in installments (draft)</source>
        <translation>分割弁済の申出書（下書き）</translation>
    </message>
    <message>
        <source>List of creditors</source>
        <translation>債権者一覧表</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>the client is guarantor (principal debtor: %1)</source>
        <translation>保証債務（主債務者：%1）</translation>
    </message>
    <message>
        <source>claim assigned by %1</source>
        <translation>%1から債権譲渡</translation>
    </message>
    <message>
        <source>some facts are still to be confirmed</source>
        <translation>未確認の項目あり</translation>
    </message>
    <message>
        <source>limitation invoked</source>
        <translation>時効援用済み</translation>
    </message>
    <message>
        <source>acknowledged after the limitation completed</source>
        <translation>時効完成後に承認（援用不可）</translation>
    </message>
    <message>
        <source>limitation completed at the end of %1 (not yet invoked)</source>
        <translation>%1の経過により時効完成（未援用）</translation>
    </message>
    <message>
        <source>Debtor: %1    Amounts as of %2    Case %3</source>
        <translation>債務者：%1&#x3000;&#x3000;%2現在の金額&#x3000;&#x3000;案件 %3</translation>
    </message>
    <message>
        <source>A DRAFT made from what you told us, for you to check, complete and sign, and to hand to the lawyer or judicial scrivener yourself. We give information and do not represent you (弁護士法72条).</source>
        <translation>これはご相談でうかがった内容から作成した下書きです。ご本人が確認・補足して署名し、ご自身で弁護士または司法書士にお渡しください。当方は情報を提供するもので、あなたを代理することはありません（弁護士法72条）。</translation>
    </message>
    <message>
        <source>(original creditor: %1)</source>
        <translation>（原債権者：%1）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Contract date</source>
        <translation>契約日</translation>
    </message>
    <message>
        <source>Principal at default</source>
        <translation>元金（期限の利益喪失時）</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>現在額（残高）</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>保証人</translation>
    </message>
    <message>
        <source>Court title (債務名義)</source>
        <translation>債務名義・裁判手続</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Balance now: unpaid principal and late interest as of %1, as in the case summary. Write in each creditor&apos;s address from its latest letter. A debt whose principal is unknown is left out of the totals.</source>
        <translation>現在額：%1現在の未払元金と遅延損害金の合計で、相談の要約と同じ金額です。各債権者の住所は、最近届いた書面から記入してください。元金が不明な債務は合計に含めていません。</translation>
    </message>
    <message>
        <source>Zansai Navigator %1 · law tables %2 · case %3 · as of %4</source>
        <translation>残債ナビ %1・法令データ %2・案件 %3・基準日 %4</translation>
    </message>
    <message>
        <source>%1: a tax is not settled by a proposal like this one; ask the tax office about paying in installments.</source>
        <translation>%1：税金はこの申出書では扱えません。分割での納付は税務署・役所にご相談ください。</translation>
    </message>
    <message>
        <source>%1: the limitation has been invoked; nothing is proposed.</source>
        <translation>%1：時効を援用済みのため、申出はしません。</translation>
    </message>
    <message>
        <source>%1: the limitation completed at the end of %2. A proposal to pay would acknowledge the debt and lose the right to invoke it (最判昭和41年4月20日): see the notice invoking the limitation instead.</source>
        <translation>%1：時効は%2の経過により完成しています。支払いを申し出ると債務の承認となり、時効を援用できなくなります（最判昭和41年4月20日）。時効援用通知書をご検討ください。</translation>
    </message>
    <message>
        <source>%1: its share of the monthly payment is less than 1 yen.</source>
        <translation>%1：月々の支払額の割当てが1円未満です。</translation>
    </message>
    <message>
        <source>My home was sold (%1, settled on %2), and the sale did not cover the loan.</source>
        <translation>自宅は売却しました（%1、%2決済）が、売却代金では借入れを完済できませんでした。</translation>
    </message>
    <message>
        <source>I live on a take-home income of %1 a month with %2 dependent(s); after the household&apos;s expenses, %3 a month is left (household budget attached).</source>
        <translation>現在は手取り月収%1で扶養家族%2人と生活しており、生活費を差し引いて残るのは月%3です（家計収支表を添付します）。</translation>
    </message>
    <message>
        <source>Proposal to pay in installments</source>
        <translation>分割弁済の申出書</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>%1&#x3000;御中</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>申出人&#x3000;%1</translation>
    </message>
    <message>
        <source>Address: ______________________________</source>
        <translation>住所：______________________________</translation>
    </message>
    <message>
        <source>Telephone: ____________________</source>
        <translation>電話：____________________</translation>
    </message>
    <message>
        <source>As to my debt to you described below (%1 as of %2, late interest included), I am not able to pay it at once.</source>
        <translation>下記の貴社に対する債務（%2現在、遅延損害金を含め%1）について、一括でお支払いすることができない状況にあります。</translation>
    </message>
    <message>
        <source>I therefore ask you to accept payment of %1 a month, starting in %2, and to consider waiving the late interest while the payments are kept.</source>
        <translation>つきましては、%2から毎月%1ずつお支払いすることをお認めいただきたく、お願い申し上げます。あわせて、お支払いを続けている間の遅延損害金の免除についてもご検討ください。</translation>
    </message>
    <message>
        <source>Please reply in writing to the address above.</source>
        <translation>ご回答は上記の住所あてに書面でお願いいたします。</translation>
    </message>
    <message>
        <source>Lender</source>
        <translation>借入先</translation>
    </message>
    <message>
        <source>Principal when accelerated</source>
        <translation>元金（期限の利益喪失時）</translation>
    </message>
    <message>
        <source>Balance (late interest included)</source>
        <translation>残高（遅延損害金を含む）</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>申出の内容</translation>
    </message>
    <message>
        <source>Monthly payment</source>
        <translation>月々の支払額</translation>
    </message>
    <message>
        <source>First payment</source>
        <translation>初回の支払日</translation>
    </message>
    <message>
        <source>Signature: ______________________    (seal)</source>
        <translation>署名：______________________&#x3000;&#x3000;印</translation>
    </message>
    <message>
        <source>No installment proposal can be drafted: no installment plan is computed for this case. %1</source>
        <translation>分割弁済の申出書の下書きは作れません：この案件では分割弁済の計画が計算されていません。%1</translation>
    </message>
    <message>
        <source>No installment proposal can be drafted: %1</source>
        <translation>分割弁済の申出書の下書きは作れません。%1</translation>
    </message>
    <message>
        <source>A DRAFT for you to check, sign, seal and send yourself, in your own name. We give information and do not act for you: we do not represent you before the creditor or a court (弁護士法72条). For a negotiation or a court case, see a lawyer or a certified judicial scrivener.</source>
        <translation>これは下書きです。内容をご確認のうえ、ご本人が署名・押印し、ご本人の名前でご自身で送付してください。当方は情報を提供するもので、債権者や裁判所に対してあなたを代理することはありません（弁護士法72条）。交渉や裁判手続は、弁護士または認定司法書士にご相談ください。</translation>
    </message>
    <message>
        <source>%1 — prepared on %2 (case %3)</source>
        <translation>%1様 — %2作成（案件 %3）</translation>
    </message>
    <message>
        <source>The monthly payment in the assessment is %1 in all; each creditor is offered a share in proportion to what it is owed.</source>
        <translation>診断での月々の支払額は合計%1です。各債権者には残高に比例した額を申し出ます。</translation>
    </message>
    <message>
        <source>%1: %2 a month (owed: %3)</source>
        <translation>%1：月%2（残高%3）</translation>
    </message>
    <message>
        <source>Creditors left out, and why</source>
        <translation>申出をしない債権者とその理由</translation>
    </message>
    <message>
        <source>The shares of the creditors left out are not offered to the others: ask the consultant before changing the amounts.</source>
        <translation>対象外の債権者の分は、他の債権者への申出額に上乗せしていません。金額を変える前に相談員にご相談ください。</translation>
    </message>
    <message>
        <source>Before you send it</source>
        <translation>送る前に</translation>
    </message>
    <message>
        <source>A proposal to pay acknowledges the debt: the limitation period starts again from it (民法152条1項). Send it only if you mean to pay.</source>
        <translation>支払いの申出は債務の承認にあたり、そこから時効期間があらためて進行します（民法152条1項）。支払うつもりがある場合にだけ送ってください。</translation>
    </message>
    <message>
        <source>Check every name, date and amount, fill in your telephone number, sign and seal each letter.</source>
        <translation>名前・日付・金額をすべて確認し、電話番号を記入して、それぞれの書面に署名・押印してください。</translation>
    </message>
    <message>
        <source>Attach the household income and expense statement (家計収支表) and keep a copy of everything you send.</source>
        <translation>家計収支表を添付し、送るものはすべて控えを取っておいてください。</translation>
    </message>
    <message>
        <source>Pay only what is agreed in writing, and only once it is agreed.</source>
        <translation>支払いは、書面で合意した額を、合意してから始めてください。</translation>
    </message>
    <message>
        <source>Send the Japanese letters that follow; the English letters after them are a translation for you to read.</source>
        <translation>続く日本語の書面を送ってください。その後の英語の書面はお読みいただくための訳です。</translation>
    </message>
    <message>
        <source>(a debt whose creditor is not recorded yet)</source>
        <translation>（債権者がまだ記録されていない債務）</translation>
    </message>
    <message>
        <source>%1: a tax is extinguished by the limitation without being invoked (国税通則法72条2項, 地方税法18条2項): no notice is sent.</source>
        <translation>%1：税金は援用しなくても時効により消滅します（国税通則法72条2項、地方税法18条2項）。通知は送りません。</translation>
    </message>
    <message>
        <source>%1: the limitation cannot be computed, because the contract date or the date the loan was accelerated is not recorded.</source>
        <translation>%1：契約日または期限の利益喪失日が記録されていないため、時効を計算できません。</translation>
    </message>
    <message>
        <source>%1: the limitation has already been invoked.</source>
        <translation>%1：時効はすでに援用されています。</translation>
    </message>
    <message>
        <source>%1: the debt was paid or acknowledged after the limitation had completed, so it can no longer be invoked (最判昭和41年4月20日).</source>
        <translation>%1：時効の完成後に支払いまたは債務の承認をしているため、時効を援用できません（最判昭和41年4月20日）。</translation>
    </message>
    <message>
        <source>%1: not time-barred on %2: a court proceeding or an enforcement is pending, and the limitation cannot complete while it lasts (民法147条・148条).</source>
        <translation>%1：%2の時点で時効は完成していません。裁判手続または強制執行が係属中で、その間は時効が完成しません（民法147条・148条）。</translation>
    </message>
    <message>
        <source>%1: not time-barred on %2: the limitation completes at the end of %3.</source>
        <translation>%1：%2の時点で時効は完成していません。時効の完成は%3の経過時です。</translation>
    </message>
    <message>
        <source>%1: nothing is owed.</source>
        <translation>%1：残高がありません。</translation>
    </message>
    <message>
        <source>(a debt of %1 that I guaranteed)</source>
        <translation>（私が連帯保証人となった%1の債務）</translation>
    </message>
    <message>
        <source>To: %1 (personal)</source>
        <translation>%1&#x3000;様</translation>
    </message>
    <message>
        <source>Notice invoking the limitation period</source>
        <translation>時効援用通知書</translation>
    </message>
    <message>
        <source>Address: (fill in)</source>
        <translation>住所：</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>住所：%1</translation>
    </message>
    <message>
        <source>Sender: %1    (seal)</source>
        <translation>通知人&#x3000;%1&#x3000;&#x3000;&#x3000;&#x3000;印</translation>
    </message>
    <message>
        <source>    As to the claim described below%1, which you state you acquired from %2, the extinctive prescription was completed at the end of %3. By this notice I invoke the prescription.</source>
        <translation>&#x3000;貴社が%2から譲り受けたとする下記の債権%1については、%3の経過をもって消滅時効が完成しておりますので、本書をもって時効を援用します。</translation>
    </message>
    <message>
        <source>    As to the claim described below%1, the extinctive prescription was completed at the end of %2. By this notice I invoke the prescription.</source>
        <translation>&#x3000;下記の債権%1については、%2の経過をもって消滅時効が完成しておりますので、本書をもって時効を援用します。</translation>
    </message>
    <message>
        <source>    Please make no further demand for this claim.</source>
        <translation>&#x3000;つきましては、今後本件の請求をなさらないよう通知します。</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>記</translation>
    </message>
    <message>
        <source>Original creditor</source>
        <translation>原債権者</translation>
    </message>
    <message>
        <source>Accelerated on</source>
        <translation>期限の利益喪失日</translation>
    </message>
    <message>
        <source>End</source>
        <translation>以上</translation>
    </message>
    <message>
        <source>No notice invoking the limitation can be drafted: the case has no debt.</source>
        <translation>時効援用通知書の下書きは作れません：債務が登録されていません。</translation>
    </message>
    <message>
        <source>No notice invoking the limitation can be drafted: %1</source>
        <translation>時効援用通知書の下書きは作れません。%1</translation>
    </message>
    <message>
        <source>The debts this notice is for</source>
        <translation>この通知の対象となる債務</translation>
    </message>
    <message>
        <source>%1: %2 (late interest included); the limitation completed at the end of %3.</source>
        <translation>%1：%2（遅延損害金を含む）。時効は%3の経過により完成しています。</translation>
    </message>
    <message>
        <source>Debts left out, and why</source>
        <translation>対象外の債務とその理由</translation>
    </message>
    <message>
        <source>Do not pay anything, promise to pay, ask for an installment plan or sign a balance confirmation for these debts, not even a small amount: that acknowledges the debt and the limitation can then no longer be invoked (最判昭和41年4月20日).</source>
        <translation>これらの債務について、少額でも支払ったり、支払いを約束したり、分割払いを申し出たり、残高確認書に署名したりしないでください。債務の承認となり、時効を援用できなくなります（最判昭和41年4月20日）。</translation>
    </message>
    <message>
        <source>Fill in the creditor&apos;s address (from its latest letter), put the day you send it as the date, and check every name, date and amount against your papers.</source>
        <translation>債権者の住所（最近届いた書面に書かれたもの）を記入し、日付を送る日に直し、名前・日付・金額をすべて手元の書類と照らし合わせてください。</translation>
    </message>
    <message>
        <source>Sign and seal where the notice says so; with several pages, seal across each fold between pages (契印).</source>
        <translation>通知書の所定の箇所に署名・押印してください。複数枚になる場合は、各ページのつなぎ目に契印を押してください。</translation>
    </message>
    <message>
        <source>Send it by 内容証明郵便 with 配達証明 (proof of delivery): take three copies to the post office (one for the creditor, one the post office keeps, one for you). Keep your copy and the proof of delivery.</source>
        <translation>配達証明付きの内容証明郵便で送ってください。同じものを3通（相手方用・郵便局保管用・ご本人控え）郵便局へ持参します。控えと配達証明書は大切に保管してください。</translation>
    </message>
    <message>
        <source>Each page holds at most 26 characters a line and 20 lines, as 内容証明 requires; do not add text to the pages.</source>
        <translation>各ページは内容証明の決まりどおり1行26字以内・1枚20行以内です。ページに文字を書き足さないでください。</translation>
    </message>
    <message>
        <source>If the creditor sues or sends a court paper anyway, answer the court by its deadline and say that the limitation has been invoked; see a lawyer or judicial scrivener.</source>
        <translation>それでも訴訟や裁判所からの書類が届いた場合は、期限までに裁判所へ答弁し、時効を援用したことを主張してください。弁護士または司法書士にご相談ください。</translation>
    </message>
    <message>
        <source>The post office takes 内容証明 in Japanese only: send the Japanese pages that follow. The English pages after them are a translation for you to read.</source>
        <translation>内容証明は日本語でしか差し出せません。続く日本語のページを送ってください。その後の英語のページはお読みいただくための訳です。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Guarantors</source>
        <translation>保証人</translation>
    </message>
    <message>
        <source>No debt has a guarantor.</source>
        <translation>保証人の付いた債務はありません。</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>続柄</translation>
    </message>
    <message>
        <source>Affected by the way out advised</source>
        <translation>助言した解決方法による保証人への影響</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(記録なし)</translation>
    </message>
    <message>
        <source>Court proceedings</source>
        <translation>裁判手続</translation>
    </message>
    <message>
        <source>No court proceeding is recorded.</source>
        <translation>記録された裁判手続はありません。</translation>
    </message>
    <message>
        <source>Proceeding</source>
        <translation>手続</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>裁判所</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>事件番号</translation>
    </message>
    <message>
        <source>Who may do each step</source>
        <translation>各手続を誰が行えるか</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>%1: %2 (%3) — passed</source>
        <translation>%1:%2(%3)— 期限経過</translation>
    </message>
    <message>
        <source>What the consultant advised</source>
        <translation>相談員の助言</translation>
    </message>
    <message>
        <source>Chosen with the client: %1</source>
        <translation>ご本人と決めた方法:%1</translation>
    </message>
    <message>
        <source>Recommended (not yet chosen): %1</source>
        <translation>推奨する方法(未決定):%1</translation>
    </message>
    <message>
        <source>the summary court that sent the payment order</source>
        <translation>支払督促を送ってきた簡易裁判所</translation>
    </message>
    <message>
        <source>By %1 (%2 days left): send the written objection (督促異議申立書) to the payment order from %3 so that it reaches %4 in time. If it is late, the creditor can seize wages and bank accounts.</source>
        <translation>%1までに（あと%2日）：%3からの支払督促に対する督促異議申立書を、%4に届くように送ってください。間に合わないと、給料や預金を差し押さえられるおそれがあります。</translation>
    </message>
    <message>
        <source>the court that gave the judgment</source>
        <translation>判決をした裁判所</translation>
    </message>
    <message>
        <source>By %1 (%2 days left): to appeal the judgment for %3, a notice of appeal (控訴状) must reach %4. Decide it with a lawyer now: after that day the judgment is final.</source>
        <translation>%1までに（あと%2日）：%3の判決に控訴するには、控訴状を%4に出す必要があります。すぐに弁護士と相談して決めてください。この日を過ぎると判決が確定します。</translation>
    </message>
    <message>
        <source>the court named in the summons</source>
        <translation>呼出状に書かれた裁判所</translation>
    </message>
    <message>
        <source>Before the hearing on %1 (%2 days left): send a written answer (答弁書) to the suit by %3 to %4, proposing installments if needed. If nothing is sent and nobody goes, the creditor wins by default.</source>
        <translation>%1の期日の前に（あと%2日）：%3の訴えに対する答弁書を%4に送ってください。必要なら分割払いを申し出ます。何も出さずに欠席すると、債権者の言い分どおりの判決になります。</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>まずすること</translation>
    </message>
</context>
<context>
    <name>zansai::ui::ClientPage</name>
    <message>
        <source>The client</source>
        <translation>相談者</translation>
    </message>
    <message>
        <source>Who is consulting, and what the household lives on.</source>
        <translation>相談者ご本人と、世帯の生活の支えについて。</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>氏名(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Kana reading:</source>
        <translation>フリガナ(&amp;K)</translation>
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation>生年月日(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>職業(&amp;O)</translation>
    </message>
    <message>
        <source>D&amp;ependents:</source>
        <translation>扶養家族の人数(&amp;E)</translation>
    </message>
    <message>
        <source>Net monthly &amp;income:</source>
        <translation>月々の手取り収入(&amp;I)</translation>
    </message>
    <message>
        <source>Take-home pay: after income tax, resident tax and social insurance.</source>
        <translation>所得税・住民税・社会保険料を引いた後の金額です。</translation>
    </message>
    <message>
        <source>&amp;Pay cycle:</source>
        <translation>給料の支払周期(&amp;P)</translation>
    </message>
    <message>
        <source>Prefect&amp;ure:</source>
        <translation>都道府県(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;City or ward:</source>
        <translation>市区町村(&amp;C)</translation>
    </message>
    <message>
        <source>e.g. Sakai</source>
        <translation>例: 堺市</translation>
    </message>
    <message>
        <source>(not entered)</source>
        <translation>（未入力）</translation>
    </message>
    <message>
        <source>in katakana, as on the ID</source>
        <translation>例:ヤマダ タロウ</translation>
    </message>
    <message>
        <source>The prefecture and city decide the court.</source>
        <translation>都道府県と市区町村で管轄の裁判所が決まります。</translation>
    </message>
    <message>
        <source>Court: %1</source>
        <translation>管轄: %1</translation>
    </message>
    <message>
        <source>A payment order would come from the %1.</source>
        <translation>支払督促は%1から届きます（民事訴訟法383条）。</translation>
    </message>
    <message>
        <source>A payment order would come from the summary court of this city: check the court&apos;s list of districts.</source>
        <translation>支払督促はこの市区町村を管轄する簡易裁判所から届きます（管轄区域表で確認してください）。</translation>
    </message>
    <message>
        <source>Ot&amp;her occupations:</source>
        <translation>その他の職業(&amp;H)</translation>
    </message>
    <message>
        <source>Tick every other work the client does: a licence that bankruptcy restricts counts even on the side.</source>
        <translation>ほかにしている仕事にすべてチェックを入れてください。破産で制限される資格は、副業でも対象になります。</translation>
    </message>
</context>
<context>
    <name>zansai::ui::ContactPage</name>
    <message>
        <source>This is before the debt&apos;s contract date (%1).</source>
        <translation>この債務の契約日(%1)より前の日付です。</translation>
    </message>
    <message>
        <source>Creditor contact</source>
        <translation>債権者からの連絡</translation>
    </message>
    <message>
        <source>How far the creditor has gone: letters, court papers, judgment, seizure.</source>
        <translation>債権者の回収がどこまで進んでいるか:書面、裁判所からの書類、判決、差押え。</translation>
    </message>
    <message>
        <source>Did the client &amp;ignore demand letters or bills?</source>
        <translation>督促状や請求書を無視していましたか?(&amp;I)</translation>
    </message>
    <message>
        <source>Date of the &amp;latest letter:</source>
        <translation>最後の書面の日付(&amp;L)</translation>
    </message>
    <message>
        <source>From &amp;whom:</source>
        <translation>差出人(&amp;W)</translation>
    </message>
    <message>
        <source>Did a &amp;complaint or a payment order come from the court?</source>
        <translation>裁判所から訴状や支払督促が届きましたか?(&amp;C)</translation>
    </message>
    <message>
        <source>A special delivery envelope from a summary or district court (特別送達): a complaint (訴状) or a payment order (支払督促).</source>
        <translation>簡易裁判所や地方裁判所から「特別送達」で届く封筒です:訴状または支払督促。</translation>
    </message>
</context>
<context>
    <name>zansai::ui::CourtOutcomePage</name>
    <message>
        <source>This is before the court papers were served (%1).</source>
        <translation>裁判所の書類の送達日(%1)より前の日付です。</translation>
    </message>
    <message>
        <source>A judgment becomes final after it is served.</source>
        <translation>判決は送達の後に確定します。</translation>
    </message>
    <message>
        <source>Judgment and seizure</source>
        <translation>判決と差押え</translation>
    </message>
    <message>
        <source>What the court decided, and whether anything has been seized.</source>
        <translation>裁判所の判断と、差押えの有無。</translation>
    </message>
    <message>
        <source>Has a &amp;judgment been given?</source>
        <translation>判決は出ましたか?(&amp;J)</translation>
    </message>
    <message>
        <source>Judgment ser&amp;ved on:</source>
        <translation>判決の送達日(&amp;V)</translation>
    </message>
    <message>
        <source>It has become fin&amp;al (確定)</source>
        <translation>判決は確定した(&amp;A)</translation>
    </message>
    <message>
        <source>Has anything been &amp;seized?</source>
        <translation>差押えはありましたか?(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;What was seized:</source>
        <translation>差し押さえられたもの(&amp;W)</translation>
    </message>
    <message>
        <source>About the debt with %1.</source>
        <translation>%1 の債務について。</translation>
    </message>
    <message>
        <source>F&amp;inal on:</source>
        <translation>確定日(&amp;O)</translation>
    </message>
    <message>
        <source>Seizure &amp;order served on:</source>
        <translation>差押命令の送達日(&amp;E)</translation>
    </message>
</context>
<context>
    <name>zansai::ui::CourtPapersPage</name>
    <message>
        <source>This is before the debt&apos;s contract date (%1).</source>
        <translation>この債務の契約日(%1)より前の日付です。</translation>
    </message>
    <message>
        <source>The hearing cannot be before the complaint was served.</source>
        <translation>口頭弁論期日が訴状の送達日より前になっています。</translation>
    </message>
    <message>
        <source>It comes after the payment order: this date is before the order was served.</source>
        <translation>仮執行宣言付支払督促は支払督促の後に届きます:支払督促の送達日より前の日付です。</translation>
    </message>
    <message>
        <source>Court papers</source>
        <translation>裁判所からの書類</translation>
    </message>
    <message>
        <source>Which papers came from the court, when, and about which debt.</source>
        <translation>裁判所から届いた書類の種類、送達日、どの債務についてか。</translation>
    </message>
    <message>
        <source>About &amp;which debt:</source>
        <translation>対象の債務(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Papers:</source>
        <translation>書類の種類(&amp;P)</translation>
    </message>
    <message>
        <source>Payment order (支払督促)</source>
        <translation>支払督促</translation>
    </message>
    <message>
        <source>Complaint (訴状)</source>
        <translation>訴状</translation>
    </message>
    <message>
        <source>Ser&amp;ved on:</source>
        <translation>送達日(&amp;V)</translation>
    </message>
    <message>
        <source>First &amp;hearing on:</source>
        <translation>第1回口頭弁論期日(&amp;H)</translation>
    </message>
    <message>
        <source>A payment order with a declaration of provisional &amp;execution (仮執行宣言付支払督促) came too</source>
        <translation>仮執行宣言付支払督促も届いた(&amp;E)</translation>
    </message>
    <message>
        <source>That one served &amp;on:</source>
        <translation>その送達日(&amp;O)</translation>
    </message>
    <message>
        <source>The served date is on the delivery record of the special delivery envelope; the deadlines count from the day after it.</source>
        <translation>送達日は特別送達の封筒の記録でわかります。期限は送達日の翌日から数えます。</translation>
    </message>
    <message>
        <source>Papers: payment order</source>
        <translation>書類の種類:支払督促</translation>
    </message>
    <message>
        <source>Papers: complaint</source>
        <translation>書類の種類:訴状</translation>
    </message>
</context>
<context>
    <name>zansai::ui::DeadlinesModel</name>
    <message>
        <source>Objection (督促異議)</source>
        <translation>督促異議</translation>
    </message>
    <message>
        <source>Appeal (控訴)</source>
        <translation>控訴</translation>
    </message>
    <message>
        <source>Hearing: answer before it</source>
        <translation>口頭弁論期日(答弁書を事前に提出)</translation>
    </message>
    <message>
        <source>Limitation completes</source>
        <translation>時効完成日</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>残り</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>依頼者</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation>債権者</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
</context>
<context>
    <name>zansai::ui::DeadlinesView</name>
    <message>
        <source>Deadlines</source>
        <translation>期限一覧</translation>
    </message>
    <message>
        <source>&amp;Next days:</source>
        <translation>表示する期間(&amp;N):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message numerus="yes">
        <source>No deadline in the next %n day(s).</source>
        <translation>
            <numerusform>今後%n日以内の期限はありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter or a double-click opens the case. Court deadlines and the days limitation periods complete, soonest first.</source>
        <translation>Enter キーまたはダブルクリックで案件を開きます。裁判上の期限と時効完成日を近い順に表示しています。</translation>
    </message>
</context>
<context>
    <name>zansai::ui::DebtChooser</name>
    <message>
        <source>Another creditor…</source>
        <translation>別の債権者…</translation>
    </message>
    <message>
        <source>%1: name of the other creditor</source>
        <translation>%1:別の債権者の名称</translation>
    </message>
    <message>
        <source>Name of the creditor</source>
        <translation>債権者の名称</translation>
    </message>
</context>
<context>
    <name>zansai::ui::DebtEditor</name>
    <message>
        <source>Terms</source>
        <translation>契約内容</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>経過 (%1件)</translation>
    </message>
    <message>
        <source>Limitation steps</source>
        <translation>時効の計算経過</translation>
    </message>
    <message>
        <source>Payments, acknowledgments, demands, the sale of the claim and court papers (Ctrl+Tab)</source>
        <translation>支払・承認・催告・債権譲渡・裁判所からの書類 (Ctrl+Tab)</translation>
    </message>
    <message>
        <source>&amp;Original creditor:</source>
        <translation>譲渡前の債権者(&amp;O):</translation>
    </message>
    <message>
        <source>The lender before the claim was sold, if it was</source>
        <translation>債権譲渡があった場合、譲渡前の貸主</translation>
    </message>
    <message>
        <source>Lender t&amp;ype before the sale:</source>
        <translation>譲渡前の貸主の種類(&amp;Y):</translation>
    </message>
    <message>
        <source>Sold to the ser&amp;vicer on:</source>
        <translation>サービサーへの譲渡日(&amp;V):</translation>
    </message>
    <message>
        <source>A claim sold to a servicer keeps the limitation period of its origin: the kind of lender that lent the money.</source>
        <translation>サービサーに譲渡された債権も、元の貸主の時効期間のままです。お金を貸した貸主の種類を選んでください。</translation>
    </message>
    <message>
        <source>Servicer (debt collection company)</source>
        <translation>サービサー（債権回収会社）</translation>
    </message>
</context>
<context>
    <name>zansai::ui::DebtEditorDialog</name>
    <message>
        <source>Debt — %1</source>
        <translation>債務 — %1</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>債務</translation>
    </message>
</context>
<context>
    <name>zansai::ui::DebtEventsEditor</name>
    <message>
        <source>This date is after the consultation date (%1).</source>
        <translation>相談日(%1)より後の日付です。</translation>
    </message>
    <message>
        <source>This is before the contract date (%1).</source>
        <translation>契約日(%1)より前の日付です。</translation>
    </message>
    <message>
        <source>Add e&amp;vent</source>
        <translation>出来事を追加(&amp;V)</translation>
    </message>
    <message>
        <source>Re&amp;move event</source>
        <translation>出来事を削除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>種類(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>Amo&amp;unt:</source>
        <translation>金額(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Hearing on:</source>
        <translation>口頭弁論期日(&amp;H):</translation>
    </message>
    <message>
        <source>Agreed unti&amp;l:</source>
        <translation>協議期間の終期(&amp;L):</translation>
    </message>
    <message>
        <source>Seizure tar&amp;get:</source>
        <translation>差押えの対象(&amp;G):</translation>
    </message>
    <message>
        <source>C&amp;ourt:</source>
        <translation>裁判所(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>事件番号(&amp;C):</translation>
    </message>
    <message>
        <source>Not&amp;e:</source>
        <translation>メモ(&amp;E):</translation>
    </message>
    <message>
        <source>Add an event, or pick one in the list to edit it: payments, acknowledgments, demands, the sale of the claim, court papers and how each proceeding ended.</source>
        <translation>出来事を追加するか、一覧から選んで編集します: 支払、承認、催告、債権譲渡、裁判所からの書類、各手続の終わり方。</translation>
    </message>
    <message>
        <source>e.g. Osaka Summary Court</source>
        <translation>例: 大阪簡易裁判所</translation>
    </message>
    <message>
        <source>e.g. Reiwa 8 (ro) No. 1234</source>
        <translation>例: 令和8年(ロ)第1234号</translation>
    </message>
    <message>
        <source>The term agreed in writing to negotiate, if shorter than one year (民法151条1項2号).</source>
        <translation>書面で合意した協議期間(1年未満の場合。民法151条1項2号)。</translation>
    </message>
    <message>
        <source>Events of the debt</source>
        <translation>この債務の出来事</translation>
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
        <translation>口頭弁論期日 %1</translation>
    </message>
    <message>
        <source>agreed until %1</source>
        <translation>協議期間 %1まで</translation>
    </message>
    <message>
        <source>An event has no date.</source>
        <translation>日付のない出来事があります。</translation>
    </message>
    <message>
        <source>The payment of %1 needs an amount greater than zero.</source>
        <translation>%1の支払には0円より大きい金額が必要です。</translation>
    </message>
    <message>
        <source>The seizure of %1 needs what was seized.</source>
        <translation>%1の差押えには差押えの対象が必要です。</translation>
    </message>
    <message>
        <source>%1 — incomplete</source>
        <translation>%1 — 未完了</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>出来事</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Court, case number, details</source>
        <translation>裁判所・事件番号・詳細</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>zansai::ui::DebtsPage</name>
    <message>
        <source>An event of this debt is earlier (%1).</source>
        <translation>この債務にはこれより前の出来事(%1)があります。</translation>
    </message>
    <message>
        <source>This is before the contract date.</source>
        <translation>契約日より前の日付です。</translation>
    </message>
    <message>
        <source>Debts</source>
        <translation>債務</translation>
    </message>
    <message>
        <source>Every debt and its creditor, as on the latest letter or statement.</source>
        <translation>すべての債務と債権者を、最新の書面や明細のとおりに入力します。</translation>
    </message>
    <message>
        <source>Add each debt: the residual housing loan and any cards, loans or taxes. Pick a debt in the list to see and edit its details.</source>
        <translation>住宅ローンの残債のほか、カード・ローン・税金などの債務をすべて追加してください。一覧で債務を選ぶと、その詳細を確認・修正できます。</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation>債権者</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>元金</translation>
    </message>
    <message>
        <source>&amp;Add debt</source>
        <translation>債務を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove debt</source>
        <translation>債務を削除(&amp;R)</translation>
    </message>
    <message>
        <source>Selected debt</source>
        <translation>選択した債務</translation>
    </message>
    <message>
        <source>Cre&amp;ditor:</source>
        <translation>債権者(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Lender type:</source>
        <translation>貸主の種別(&amp;L)</translation>
    </message>
    <message>
        <source>Con&amp;tract date:</source>
        <translation>契約日(&amp;T)</translation>
    </message>
    <message>
        <source>Acceleration or s&amp;ubrogation date:</source>
        <translation>期限の利益喪失日・代位弁済日(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Principal then:</source>
        <translation>その時点の元金(&amp;P)</translation>
    </message>
    <message>
        <source>Late &amp;interest rate:</source>
        <translation>遅延損害金の年率(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Guarantor:</source>
        <translation>保証(&amp;G)</translation>
    </message>
    <message>
        <source>The day the whole balance became due (期限の利益喪失日), or the day a guarantee company paid the bank (代位弁済日).</source>
        <translation>残額の一括返済を求められるようになった日(期限の利益喪失日)、または保証会社が銀行に支払った日(代位弁済日)。</translation>
    </message>
    <message>
        <source>(no creditor yet)</source>
        <translation>(債権者未入力)</translation>
    </message>
    <message>
        <source>%1 — incomplete</source>
        <translation>%1(未完了)</translation>
    </message>
    <message>
        <source>Remove debt</source>
        <translation>債務の削除</translation>
    </message>
    <message>
        <source>Add at least one debt.</source>
        <translation>債務を1件以上追加してください。</translation>
    </message>
    <message>
        <source>Complete every debt before going on.</source>
        <translation>先に進む前に、すべての債務を入力してください。</translation>
    </message>
    <message>
        <source>Remove the debt with %1 and the event recorded on it?</source>
        <translation>%1 の債務と、記録した出来事を削除しますか?</translation>
    </message>
    <message>
        <source>Remove the debt with %1 and the %2 events recorded on it?</source>
        <translation>%1 の債務と、記録した出来事(%2件)をすべて削除しますか?</translation>
    </message>
    <message>
        <source>Day count ba&amp;sis:</source>
        <translation>日割計算の方法(&amp;S)</translation>
    </message>
</context>
<context>
    <name>zansai::ui::DocumentActions</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF に出力</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>印刷プレビュー — %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>印刷プレビュー</translation>
    </message>
</context>
<context>
    <name>zansai::ui::EncryptionOffer</name>
    <message>
        <source>If the passphrase is lost, the cases cannot be recovered without the recovery key: nobody, not even the developers, can open the store.</source>
        <translation>パスフレーズを失うと、回復キーがなければ案件は取り戻せません。開発者を含め、誰にも案件ストアは開けません。</translation>
    </message>
    <message>
        <source>Recovery key of the case store</source>
        <translation>案件ストアの回復キー</translation>
    </message>
    <message>
        <source>Encrypt the case store</source>
        <translation>案件ストアの暗号化</translation>
    </message>
    <message>
        <source>The case store %1 is not encrypted: anyone who can read the file can read the clients&apos; names, incomes and debts. Encrypt it now?</source>
        <translation>案件ストア %1 は暗号化されていません。ファイルを読める人なら誰でも、相談者の氏名・収入・債務を読めます。いま暗号化しますか？</translation>
    </message>
    <message>
        <source>Encrypt…</source>
        <translation>暗号化する…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>今はしない</translation>
    </message>
    <message>
        <source>Never for this store</source>
        <translation>このストアでは今後尋ねない</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>パスフレーズを決める</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>同じパスフレーズをもう一度</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>二つのパスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <source>The case store is encrypted. This is its recovery key: the only way in if the passphrase is lost. It is shown only now. Print it or write it down, and keep it locked away from the computer.</source>
        <translation>案件ストアを暗号化しました。これが回復キーです。パスフレーズを失ったときに開く唯一の手段で、表示は今回限りです。印刷するか書き留めて、パソコンとは別の場所に施錠して保管してください。</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>I have kept the recovery key somewhere safe</source>
        <translation>回復キーを安全な場所に保管した</translation>
    </message>
    <message>
        <source>Encrypting the case store…</source>
        <translation>案件ストアを暗号化しています…</translation>
    </message>
    <message>
        <source>The case store %1 was not encrypted; it stays as it was.

%2</source>
        <translation>案件ストア %1 は暗号化されませんでした。元のままです。

%2</translation>
    </message>
    <message>
        <source>Please keep the recovery key before going on: it is not shown again.</source>
        <translation>先に進む前に回復キーを保管してください。二度と表示されません。</translation>
    </message>
</context>
<context>
    <name>zansai::ui::FieldEdit</name>
    <message>
        <source>Required.</source>
        <translation>入力してください。</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>%1 の入力エラー</translation>
    </message>
</context>
<context>
    <name>zansai::ui::Format</name>
    <message>
        <source>en</source>
        <comment>the code of the language of this catalogue</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>あと1日</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>あと%1日</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>1日経過</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1日経過</translation>
    </message>
</context>
<context>
    <name>zansai::ui::GuarantorsPage</name>
    <message>
        <source>Guarantors</source>
        <translation>保証人</translation>
    </message>
    <message>
        <source>Who stands behind the debts that have a guarantor.</source>
        <translation>保証人がついている債務の保証人について。</translation>
    </message>
    <message>
        <source>Debt</source>
        <translation>債務</translation>
    </message>
    <message>
        <source>Guarantor&apos;s name</source>
        <translation>保証人の氏名</translation>
    </message>
    <message>
        <source>Relationship to the client</source>
        <translation>相談者との関係</translation>
    </message>
    <message>
        <source>A joint guarantor (連帯保証人) owes the whole residual debt as soon as the client stops paying. Bankruptcy (破産法253条2項) and rehabilitation (民事再生法177条2項) do not free the guarantor: the creditor turns to them for the rest. Talk to the guarantor before choosing a way out.</source>
        <translation>連帯保証人は、相談者が支払えなくなった時点で残債の全額を負います。自己破産(破産法253条2項)や個人再生(民事再生法177条2項)をしても保証人の責任はなくならず、債権者は保証人に請求します。解決方法を選ぶ前に保証人と話し合ってください。</translation>
    </message>
    <message>
        <source>Guarantor&apos;s name for %1</source>
        <translation>%1 の保証人の氏名</translation>
    </message>
    <message>
        <source>Relationship of the guarantor for %1</source>
        <translation>%1 の保証人と相談者との関係</translation>
    </message>
    <message>
        <source>e.g. spouse, parent</source>
        <translation>例:配偶者、親</translation>
    </message>
</context>
<context>
    <name>zansai::ui::InterviewPage</name>
    <message>
        <source>This date is after the consultation date (%1).</source>
        <translation>相談日(%1)より後の日付です。</translation>
    </message>
</context>
<context>
    <name>zansai::ui::InterviewWizard</name>
    <message>
        <source>Interview</source>
        <translation>聞き取り</translation>
    </message>
    <message>
        <source>Interview — %1</source>
        <translation>聞き取り — %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>聞き取りの流れ</translation>
    </message>
</context>
<context>
    <name>zansai::ui::LimitationPanel</name>
    <message>
        <source>No debt to show.</source>
        <translation>表示する債務がありません。</translation>
    </message>
    <message>
        <source>Not counted yet: the contract and acceleration dates are missing.</source>
        <translation>未計算: 契約日と期限の利益喪失日が未入力です。</translation>
    </message>
    <message>
        <source>%1: completes on %2 (%3 years).</source>
        <translation>%1: %2に完成 (%3年)。</translation>
    </message>
    <message>
        <source>A proceeding is pending: the date cannot come before it ends (民法147条・148条).</source>
        <translation>手続が係属中です: 手続が終わるまで時効は完成しません (民法147条・148条)。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条文</translation>
    </message>
    <message>
        <source>What it did</source>
        <translation>効果</translation>
    </message>
    <message>
        <source>Limitation steps</source>
        <translation>時効の計算経過</translation>
    </message>
</context>
<context>
    <name>zansai::ui::MainWindow</name>
    <message>
        <source>Zansai Navigator — residual debt consultation</source>
        <translation>残債ナビ — 任意売却後の残債相談</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New consultation…</source>
        <translation>新しい相談(&amp;N)…</translation>
    </message>
    <message>
        <source>Start the interview for a new client</source>
        <translation>新しい相談者の聞き取りを始めます</translation>
    </message>
    <message>
        <source>&amp;Open saved cases…</source>
        <translation>保存したケースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Zansai Navigator</source>
        <translation>残債ナビについて(&amp;A)</translation>
    </message>
    <message>
        <source>Start a consultation, or open a saved case.</source>
        <translation>相談を始めるか、保存したケースを開いてください。</translation>
    </message>
    <message>
        <source>Start a new consultation</source>
        <translation>新しい相談を始める</translation>
    </message>
    <message>
        <source>Open saved cases</source>
        <translation>保存したケースを開く</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Zansai Navigator %1&lt;/h3&gt;&lt;p&gt;A consultation tool for residual debt after a voluntary sale.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;It shows calculations, not legal advice: court procedures belong with a lawyer or a judicial scrivener.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;残債ナビ %1&lt;/h3&gt;&lt;p&gt;任意売却後の残債についての相談ツールです。&lt;/p&gt;&lt;p&gt;このプログラムはフリーソフトウェアです。GNU 一般公衆利用許諾書(GPL)バージョン3、またはそれ以降のバージョン(GPL-3.0-or-later)の条件で再配布・改変できます。&lt;/p&gt;&lt;p&gt;表示するのは計算結果であり、法律上の助言ではありません。裁判手続は弁護士または司法書士にご相談ください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Zansai Navigator</source>
        <translation>残債ナビについて</translation>
    </message>
    <message>
        <source>&amp;Edit the interview</source>
        <translation>聞き取りを修正(&amp;E)</translation>
    </message>
    <message>
        <source>Opening the case store…</source>
        <translation>ケース保存ファイルを開いています…</translation>
    </message>
    <message>
        <source>New consultation</source>
        <translation>新しい相談</translation>
    </message>
    <message>
        <source>No case store is open, so nothing could be saved.</source>
        <translation>ケース保存ファイルが開かれていないため、保存できません。</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>ケースを開く</translation>
    </message>
    <message>
        <source>Saved elsewhere</source>
        <translation>他の場所で保存されています</translation>
    </message>
    <message>
        <source>Another window or program saved this case after you opened it, so your last edit was not saved over it. Save your version as a new case?</source>
        <translation>このケースを開いた後に、別のウィンドウかプログラムが保存したため、最後の変更は上書き保存していません。こちらの内容を新しいケースとして保存しますか?</translation>
    </message>
    <message>
        <source>E&amp;xport PDF</source>
        <translation>PDF に出力(&amp;X)</translation>
    </message>
    <message>
        <source>Print pre&amp;view and print</source>
        <translation>印刷プレビューと印刷(&amp;V)</translation>
    </message>
    <message>
        <source>PDF written: %1</source>
        <translation>PDF を書き出しました: %1</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>ケースが開かれていません。</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Saved &amp;versions of the case…</source>
        <translation>ケースの保存履歴(&amp;V)…</translation>
    </message>
    <message>
        <source>Consultation date</source>
        <translation>相談日</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>月々の返済額</translation>
    </message>
    <message>
        <source>Chosen option</source>
        <translation>選んだ方法</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>聞き取り</translation>
    </message>
    <message>
        <source>Interview cancelled: the new case is in the trash.</source>
        <translation>聞き取りを取り消しました: 新しいケースはごみ箱にあります。</translation>
    </message>
    <message>
        <source>Cancelled interview</source>
        <translation>取り消した聞き取り</translation>
    </message>
    <message>
        <source>Debt %1</source>
        <translation>債務 %1</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>版 %1 の復元</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time…</source>
        <translation>無操作時のロック(&amp;I)…</translation>
    </message>
    <message>
        <source>Case &amp;store…</source>
        <translation>ケース保存先(&amp;S)…</translation>
    </message>
    <message>
        <source>Export the papers of the selected cases…</source>
        <translation>選択したケースの書類を書き出す…</translation>
    </message>
    <message>
        <source>Interview cancelled; the new case could not be moved to the trash: %1</source>
        <translation>聞き取りを取り消しましたが、新しい案件をごみ箱に移せませんでした: %1</translation>
    </message>
</context>
<context>
    <name>zansai::ui::PagedDocument</name>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>PDF を %1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>zansai::ui::PassphrasePrompt</name>
    <message>
        <source>Unlock the case store</source>
        <translation>案件ストアのロック解除</translation>
    </message>
    <message>
        <source>The case store %1 is encrypted. Enter its passphrase.</source>
        <translation>案件ストア %1 は暗号化されています。パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>I lost the passphrase: use the recovery key</source>
        <translation>パスフレーズを紛失した：回復キーを使う</translation>
    </message>
    <message>
        <source>The case store was not unlocked.</source>
        <translation>案件ストアのロックは解除されませんでした。</translation>
    </message>
    <message>
        <source>Remember the passphrase in the desktop keyring</source>
        <translation>パスフレーズをデスクトップのキーリングに記憶する</translation>
    </message>
</context>
<context>
    <name>zansai::ui::PdfTextLayer</name>
    <message>
        <source>The PDF could not be post-processed: %1</source>
        <translation>PDF の後処理ができませんでした: %1</translation>
    </message>
</context>
<context>
    <name>zansai::ui::Plausibility</name>
    <message>
        <source>Expenses exceed income by %1 a month, far more than usual: check for a yearly figure or a missing income line.</source>
        <translation>支出が収入を毎月%1上回っています。年額の記入や収入の記入漏れがないか確認してください。</translation>
    </message>
</context>
<context>
    <name>zansai::ui::ResultsView</name>
    <message>
        <source>As of %1</source>
        <translation>%1 時点</translation>
    </message>
    <message>
        <source>%1 (%2): by %3 — %4</source>
        <translation>%1(%2):期限 %3 — %4</translation>
    </message>
    <message>
        <source>No court deadline is running.</source>
        <translation>進行中の裁判上の期限はありません。</translation>
    </message>
    <message>
        <source>If wages were seized: %1 a month could be taken; %2 of deposits are at risk at once.</source>
        <translation>給与が差し押さえられた場合:毎月 %1 が差し押さえられます。預貯金 %2 はすぐに差し押さえられるおそれがあります。</translation>
    </message>
    <message>
        <source>★ Recommended</source>
        <translation>★ 推奨</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>可</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不可</translation>
    </message>
    <message>
        <source>Where the law is disputed (the choice made)</source>
        <translation>法律上争いのある点(採用した考え方)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>If nothing is done</source>
        <translation>何もしない場合</translation>
    </message>
    <message>
        <source>Debts</source>
        <translation>債務</translation>
    </message>
    <message>
        <source>Ways out</source>
        <translation>解決方法</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation>債権者</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>元金</translation>
    </message>
    <message>
        <source>Late interest</source>
        <translation>遅延損害金</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Limitation completes</source>
        <translation>時効完成日</translation>
    </message>
    <message>
        <source>Limitation</source>
        <translation>消滅時効</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>利用</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月額</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>総支払額</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Installment per mon&amp;th:</source>
        <translation>分割の月額(&amp;T)</translation>
    </message>
    <message>
        <source>Installment per month</source>
        <translation>分割の月額</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Credit record: kept until the debt is paid.</source>
        <translation>信用情報:完済するまで記録が残ります。</translation>
    </message>
    <message>
        <source>Fees included in the total: %1</source>
        <translation>総支払額に含まれる費用:%1</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1か月</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1か月</translation>
    </message>
    <message>
        <source>Credit record: about 1 year.</source>
        <translation>信用情報:約1年間記録が残ります。</translation>
    </message>
    <message>
        <source>Credit record: about %1 years.</source>
        <translation>信用情報:約%1年間記録が残ります。</translation>
    </message>
    <message>
        <source>As of %1
(case consulted on %2)</source>
        <translation>%1現在
（相談日 %2）</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>未入力</translation>
    </message>
    <message>
        <source>Not counted: dates missing</source>
        <translation>未計算（日付が未入力）</translation>
    </message>
    <message>
        <source>%1 + interest not counted</source>
        <translation>%1＋遅延損害金（未計算）</translation>
    </message>
    <message>
        <source>No wages to seize: %1 of deposits are at risk at once.</source>
        <translation>差し押さえられる給与はありません。預金%1はすぐに差押えの対象になります。</translation>
    </message>
    <message>
        <source>Court: %1</source>
        <translation>管轄: %1</translation>
    </message>
    <message>
        <source>✔ Chosen</source>
        <translation>✔ 選択済み</translation>
    </message>
    <message>
        <source>Clear the choice</source>
        <translation>選択を解除</translation>
    </message>
    <message>
        <source>Mark as &amp;chosen</source>
        <translation>選択する(&amp;C)</translation>
    </message>
    <message>
        <source>What to do first</source>
        <translation>まずすること</translation>
    </message>
    <message>
        <source>Debts and &amp;garnishment</source>
        <translation>債務と差押え(&amp;G)</translation>
    </message>
    <message>
        <source>Option det&amp;ails</source>
        <translation>選択肢の詳細(&amp;A)</translation>
    </message>
    <message>
        <source>Cha&amp;rts</source>
        <translation>グラフ(&amp;R)</translation>
    </message>
</context>
<context>
    <name>zansai::ui::SalePage</name>
    <message>
        <source>This is before the loan&apos;s contract date (%1).</source>
        <translation>ローンの契約日(%1)より前の日付です。</translation>
    </message>
    <message>
        <source>The sale</source>
        <translation>売却</translation>
    </message>
    <message>
        <source>The home sale and the debt that remained after it.</source>
        <translation>自宅の売却と、その後に残った債務。</translation>
    </message>
    <message>
        <source>Has the home been &amp;sold?</source>
        <translation>自宅は売却済みですか?(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>売却の方法(&amp;H)</translation>
    </message>
    <message>
        <source>Settle&amp;d on:</source>
        <translation>決済日(&amp;D)</translation>
    </message>
    <message>
        <source>Sale &amp;price:</source>
        <translation>売却価格(&amp;P)</translation>
    </message>
    <message>
        <source>What remained after the sale (the residual debt)</source>
        <translation>売却後に残った債務(残債)</translation>
    </message>
    <message>
        <source>C&amp;reditor now:</source>
        <translation>現在の債権者(&amp;R)</translation>
    </message>
    <message>
        <source>Rem&amp;aining debt:</source>
        <translation>残債の額(&amp;A)</translation>
    </message>
    <message>
        <source>The bank, guarantee company or servicer that holds it now</source>
        <translation>現在の債権者(銀行・保証会社・サービサー)</translation>
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
        <translation>事務所の保存先のパスワード</translation>
    </message>
    <message>
        <source>Password of %1 on the server %2 (database %3):</source>
        <translation>サーバー %2(データベース %3)の %1 のパスワード:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop keyring</source>
        <translation>パスワードをデスクトップのキーリングに保存する(&amp;R)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>choose the file of the case store.</source>
        <translation>ケース保存先のファイルを選んでください。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>give the server&apos;s name or address, e.g. db.office.example.</source>
        <translation>サーバーの名前またはアドレスを入力してください(例: db.office.example)。</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>give a number from 1 to 65535 (usually 5432).</source>
        <translation>1〜65535 の番号を入力してください(通常は 5432)。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>give the name of the firm&apos;s database.</source>
        <translation>事務所のデータベース名を入力してください。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>give your user name on the server.</source>
        <translation>サーバー上のあなたのユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>Encryption (sslmode)</source>
        <translation>暗号化(sslmode)</translation>
    </message>
    <message>
        <source>choose one of %1.</source>
        <translation>%1 のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>Password: the server did not accept the password of %1.</source>
        <translation>パスワード: サーバーが %1 のパスワードを受け付けませんでした。</translation>
    </message>
    <message>
        <source>User: the server knows no user %1.</source>
        <translation>ユーザー: サーバーにユーザー %1 はいません。</translation>
    </message>
    <message>
        <source>Database: the server has no database %1.</source>
        <translation>データベース: サーバーにデータベース %1 はありません。</translation>
    </message>
    <message>
        <source>Server: no case store could be opened at %1, port %2. Check the server&apos;s name and port, and that it is running.</source>
        <translation>サーバー: %1 のポート %2 でケース保存先を開けませんでした。サーバー名とポート、サーバーが動いているかを確認してください。</translation>
    </message>
    <message>
        <source>Firm store</source>
        <translation>事務所の保存先</translation>
    </message>
</context>
<context>
    <name>zansai::ui::StoreConnectionDialog</name>
    <message>
        <source>Case store</source>
        <translation>ケース保存先</translation>
    </message>
    <message>
        <source>A &amp;file on this computer</source>
        <translation>このコンピューターのファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Case store file</source>
        <translation>ケース保存先のファイル</translation>
    </message>
    <message>
        <source>Case stores (*.sqlite)</source>
        <translation>ケース保存先 (*.sqlite)</translation>
    </message>
    <message>
        <source>The firm store on a &amp;PostgreSQL server</source>
        <translation>PostgreSQL サーバー上の事務所の保存先(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>prefer: encrypted (TLS) when the server offers it; require: only encrypted; verify-full: encrypted, and the server&apos;s certificate and name are checked.</source>
        <translation>prefer: サーバーが対応していれば暗号化(TLS)、require: 暗号化のみ、verify-full: 暗号化し、サーバーの証明書と名前も確認します。</translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation>暗号化 sslmode(&amp;E):</translation>
    </message>
    <message>
        <source>Used to connect now; it is not saved with the settings.</source>
        <translation>今回の接続にだけ使い、設定には保存しません。</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop keyring</source>
        <translation>パスワードをデスクトップのキーリングに保存する(&amp;R)</translation>
    </message>
</context>
<context>
    <name>zansai::ui::StoreOpener</name>
    <message>
        <source>Case store</source>
        <translation>ケース保存ファイル</translation>
    </message>
    <message>
        <source>The case store %1 could not be opened.

%2

The app runs without it: nothing can be saved until this is fixed.</source>
        <translation>ケース保存ファイル %1 を開けませんでした。

%2

このまま起動しますが、問題が解決するまでケースは保存できません。</translation>
    </message>
    <message>
        <source>Case store damaged</source>
        <translation>ケース保存ファイルの破損</translation>
    </message>
    <message>
        <source>%1

Restore the newest backup (%2)? The damaged file is kept beside it, untouched, for a specialist to look at.</source>
        <translation>%1

最新のバックアップ(%2)から復元しますか?破損したファイルは調査用にそのまま残します。</translation>
    </message>
    <message>
        <source>Case store restored</source>
        <translation>ケース保存ファイルを復元しました</translation>
    </message>
    <message>
        <source>The backup %1 was restored. Cases saved after it was made are not in it.</source>
        <translation>バックアップ %1 から復元しました。このバックアップより後に保存したケースは含まれていません。</translation>
    </message>
</context>
<context>
    <name>zansai::ui::YenField</name>
    <message>
        <source>yen</source>
        <translation>円</translation>
    </message>
</context>
<context>
    <name>zansai::ui::YesNoField</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1:はい</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1:いいえ</translation>
    </message>
</context>
<context>
    <name>zansai::ui::charts</name>
    <message>
        <source>Balance over 10 years (10,000 yen)</source>
        <translation>10年間の残高の推移(万円)</translation>
    </message>
    <message>
        <source>Years from today</source>
        <translation>今日からの年数</translation>
    </message>
    <message>
        <source>10,000 yen</source>
        <translation>万円</translation>
    </message>
    <message>
        <source>Monthly payment by option (yen)</source>
        <translation>方法別の月々の支払額(円)</translation>
    </message>
    <message>
        <source>Monthly payment</source>
        <translation>月々の支払額</translation>
    </message>
    <message>
        <source>Yen per month</source>
        <translation>円/月</translation>
    </message>
    <message>
        <source>Late interest added if nothing is done (10,000 yen)</source>
        <translation>何もしない場合に増える遅延損害金(万円)</translation>
    </message>
    <message>
        <source>Late interest accumulated</source>
        <translation>遅延損害金の累計</translation>
    </message>
</context>
</TS>
