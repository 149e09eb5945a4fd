<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</context>
<context>
    <name>zansai::ui::PdfTextLayer</name>
    <message>
        <source>The PDF could not be post-processed: %1</source>
        <translation>The PDF could not be post-processed: %1</translation>
    </message>
</context>
</TS>
