<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
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
</context>
<context>
    <name>zansai::ui::PdfTextLayer</name>
    <message>
        <source>The PDF could not be post-processed: %1</source>
        <translation>PDF の後処理ができませんでした: %1</translation>
    </message>
</context>
</TS>
