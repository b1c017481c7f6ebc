<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BudgetPage</name>
    <message numerus="yes">
        <location filename="../../companion/ui/budget/budget_page.py" line="+211"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleTableModel</name>
    <message numerus="yes">
        <location filename="../../companion/ui/bundles/bundles_model.py" line="+179"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatementPreview</name>
    <message numerus="yes">
        <location filename="../../companion/ui/budget/statement_preview.py" line="+210"/>
        <source>Import %Ln entries</source>
        <translation>
            <numerusform>Import %Ln entry</numerusform>
            <numerusform>Import %Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Countdown</name>
    <message numerus="yes">
        <location filename="../../companion/ui/home/countdown.py" line="+23"/>
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>in %n days {h} h</source>
        <translation>
            <numerusform>in %n day {h} h</numerusform>
            <numerusform>in %n days {h} h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_PlanWords</name>
    <message numerus="yes">
        <location filename="../../companion/ui/bundles/plan_panel.py" line="+169"/>
        <source>%n purchases of {units} {unit} {where}, {total} ({each} each)</source>
        <translation>
            <numerusform>%n purchase of {units} {unit} {where}, {total} ({each} each)</numerusform>
            <numerusform>%n purchases of {units} {unit} {where}, {total} ({each} each)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_UndoWords</name>
    <message numerus="yes">
        <location filename="../../companion/ui/budget/statement_import.py" line="+119"/>
        <source>Undo import of {name}, %Ln entries</source>
        <translation>
            <numerusform>Undo import of {name}, %Ln entry</numerusform>
            <numerusform>Undo import of {name}, %Ln entries</numerusform>
        </translation>
    </message>
</context>
</TS>
