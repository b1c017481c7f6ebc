<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddLinkDialog</name>
    <message>
        <location filename="../../companion/ui/links/link_dialog.py" line="+35"/>
        <source>Add a link</source>
        <translation>Link hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link address</source>
        <translation>Link-Adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link name</source>
        <translation>Link-Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work it out from the link</source>
        <translation>Aus dem Link ermitteln</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This link looks like a scam</source>
        <translation>Dieser Link sieht nach Betrug aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reasons}

Save it anyway? It will stay marked as suspicious.</source>
        <translation>{reasons}

Trotzdem speichern? Er bleibt als verdächtig markiert.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../companion/ui/calendar/agenda_model.py" line="+25"/>
        <source>When (your time)</source>
        <translation>Wann (deine Zeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their time</source>
        <translation>Ihre Zeit</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../companion/ui/shell/notify.py" line="+69"/>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>BudgetCard</name>
    <message>
        <location filename="../../companion/ui/home/budget_card.py" line="+24"/>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near the limit</source>
        <translation>Nahe am Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over budget</source>
        <translation>Über dem Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{label}: {pct}% used</source>
        <translation>{label}: {pct} % verbraucht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{pct}% · {spent} of {limit} · {left} left</source>
        <translation>{pct} % · {spent} von {limit} · {left} übrig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{pct}% · {spent} of {limit} · {over} over</source>
        <translation>{pct} % · {spent} von {limit} · {over} drüber</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About {projected} by {day} at this pace</source>
        <translation>Bei diesem Tempo etwa {projected} bis {day}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Includes {planned} planned for upcoming lives</source>
        <translation>Enthält {planned} geplant für kommende Lives</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <location filename="../../companion/ui/budget/budget_dialogs.py" line="+184"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the budget covers</source>
        <translation>Wofür das Budget gilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All purchases</source>
        <translation>Alle Käufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purchases on {name}</source>
        <translation>Käufe auf {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gifts to {name}</source>
        <translation>Geschenke an {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…or gifts to this creator</source>
        <translation>…oder Geschenke an diesen Creator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert at percents</source>
        <translation>Warnen bei Prozent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Covers</source>
        <translation>&amp;Gilt für</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Limit ({cur})</source>
        <translation>&amp;Limit ({cur})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alerts at %</source>
        <translation>&amp;Warnungen bei %</translation>
    </message>
</context>
<context>
    <name>BudgetEditing</name>
    <message>
        <location filename="../../companion/ui/budget/budget_editing.py" line="+42"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Remove budget?</source>
        <translation>Budget entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the {period} budget “{label}”?</source>
        <translation>Das Budget „{label}“ ({period}) entfernen?</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../companion/ui/budget/budget_page.py" line="+53"/>
        <location line="+30"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Overview</source>
        <translation>&amp;Überblick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ledger</source>
        <translation>&amp;Buchungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reports</source>
        <translation>Aus&amp;wertungen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Übrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected</source>
        <translation>Hochgerechnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add budget…</source>
        <translation>Budget &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the latest change</source>
        <translation>Letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Ledger</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing logged yet</source>
        <translation>Noch nichts eingetragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log what you buy and the gifts you send: your wallets, budgets and reports are made from it. You can also import a CSV from File › Import.</source>
        <translation>Trag ein, was du kaufst und welche Geschenke du sendest: daraus entstehen deine Guthaben, Budgets und Auswertungen. Du kannst auch eine CSV über Datei › Importieren einlesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a purchase…</source>
        <translation>Kauf eintragen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a gift…</source>
        <translation>Geschenk eintragen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No entries match these filters</source>
        <translation>Keine Buchungen passen zu diesen Filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try another platform, creator or dates.</source>
        <translation>Versuch eine andere Plattform, einen anderen Creator oder andere Daten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show everything</source>
        <translation>Alles anzeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log &amp;purchase…</source>
        <translation>&amp;Kauf eintragen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;gift…</source>
        <translation>&amp;Geschenk eintragen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1 entry</source>
        <translation>1 Buchung</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Buchung</numerusform>
            <numerusform>%n Buchungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source> (paused)</source>
        <translation> (pausiert)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>At the current pace, plus planned spending on upcoming lives ({planned})</source>
        <translation>Beim aktuellen Tempo, plus geplante Ausgaben für kommende Lives ({planned})</translation>
    </message>
</context>
<context>
    <name>BudgetRendering</name>
    <message>
        <location filename="../../companion/ui/budget/budget_render.py" line="+38"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; ({period}): {pct}% used — {amount} over the limit</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; ({period}): {pct} % verbraucht — {amount} über dem Limit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; ({period}): {pct}% used — past {mark}%</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; ({period}): {pct} % verbraucht — über {mark} %</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{name}: &lt;span style=&apos;color:{colour}&apos;&gt;{n} {unit} more sent than logged as bought&lt;/span&gt;</source>
        <translation>{name}: &lt;span style=&apos;color:{colour}&apos;&gt;{n} {unit} mehr gesendet als als gekauft eingetragen&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Wallets&lt;/b&gt; — {wallets}</source>
        <translation>&lt;b&gt;Guthaben&lt;/b&gt; — {wallets}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Wallets&lt;/b&gt; — nothing logged yet. Log a purchase, or use “I bought this” on the Bundles page.</source>
        <translation>&lt;b&gt;Guthaben&lt;/b&gt; — noch nichts eingetragen. Trag einen Kauf ein oder nutze „Gekauft“ auf der Seite Pakete.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{pct}% used</source>
        <translation>{pct} % verbraucht</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../../companion/ui/bundles/bundle_dialogs.py" line="+51"/>
        <source>Edit bundle</source>
        <translation>Paket bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a bundle</source>
        <translation>Paket hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bonus units</source>
        <translation>Bonus-Einheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where you saw it</source>
        <translation>Wo du es gesehen hast</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Units</source>
        <translation>&amp;Einheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bonus units</source>
        <translation>&amp;Bonus-Einheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rice</source>
        <translation>P&amp;reis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel</source>
        <translation>K&amp;anal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;egion</source>
        <translation>Re&amp;gion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
</context>
<context>
    <name>BundleTableModel</name>
    <message>
        <location filename="../../companion/ui/bundles/bundles_model.py" line="+96"/>
        <source>Per 100 ({currency})</source>
        <translation>Pro 100 ({currency})</translation>
    </message>
    <message>
        <location line="+37"/>
        <source> + {n} bonus</source>
        <translation> + {n} Bonus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> + {n} promo</source>
        <translation> + {n} Aktion</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}, {age}: may be out of date</source>
        <translation>{day}, {age}: möglicherweise veraltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}, {age}</source>
        <translation>{day}, {age}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Price seen on {site} on {day}. A citation, not a place to buy: buy through the official store (Official links).</source>
        <translation>Preis gesehen auf {site} am {day}. Eine Quellenangabe, kein Ort zum Kaufen: kauf im offiziellen Shop (Offizielle Links).</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <location filename="../../companion/ui/bundles/bundles_page.py" line="+49"/>
        <location line="+4"/>
        <location line="+226"/>
        <source>Bundles</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Filter by platform</source>
        <translation>Nach Plattform filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All platforms</source>
        <translation>Alle Plattformen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by channel</source>
        <translation>Nach Kanal filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by currency</source>
        <translation>Nach Währung filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Search bundles</source>
        <translation>Pakete suchen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add bundle…</source>
        <translation>Paket &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Promotions…</source>
        <translation>&amp;Aktionen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange &amp;rates…</source>
        <translation>&amp;Wechselkurse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gifts…</source>
        <translation>&amp;Geschenke…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gifts of the selected bundle&apos;s platform</source>
        <translation>Die Geschenke der Plattform des ausgewählten Pakets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;bought this…</source>
        <translation>Ge&amp;kauft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log this bundle as a purchase in your budget</source>
        <translation>Dieses Paket als Kauf in deinem Budget eintragen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All currencies</source>
        <translation>Alle Währungen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>★ marks the best value per platform and channel. Shares reaching the creator are estimates.</source>
        <translation>★ markiert das beste Preis-Leistungs-Verhältnis je Plattform und Kanal. Der Anteil für den Creator ist geschätzt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creator payout (estimate): {note} &lt;i&gt;Source: {src}&lt;/i&gt;</source>
        <translation>Auszahlung an den Creator (geschätzt): {note} &lt;i&gt;Quelle: {src}&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;i&gt;Price seen on {site} on {day}.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Preis gesehen auf {site} am {day}.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{units} {unit} bundle ({channel})</source>
        <translation>Paket mit {units} {unit} ({channel})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delete bundle?</source>
        <translation>Paket löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {units} {unit} for {price}?</source>
        <translation>{units} {unit} für {price} löschen?</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../companion/ui/calendar/calendar_page.py" line="+48"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Agenda</source>
        <translation>Terminliste</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show events of</source>
        <translation>Termine zeigen von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Creators…</source>
        <translation>&amp;Creator…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Subscribe…</source>
        <translation>&amp;Abonnieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh schedules</source>
        <translation>Zeitpläne &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+59"/>
        <source>Add a live…</source>
        <translation>Live hinzufügen…</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Add a creator…</source>
        <translation>Creator hinzufügen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add event…</source>
        <translation>Termin &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip this one</source>
        <translation>Diesen &amp;überspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent and missed reminders</source>
        <translation>Letzte und verpasste Erinnerungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snooze {n} min</source>
        <translation>{n} Min. schlummern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open creator&apos;s page…</source>
        <translation>Seite des Creators ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear missed</source>
        <translation>&amp;Verpasste löschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No reminders yet. Lives you add remind you before they start; missed reminders stay here until you clear them.</source>
        <translation>Noch keine Erinnerungen. Lives, die du hinzufügst, erinnern dich vor dem Start; verpasste Erinnerungen bleiben hier, bis du sie löschst.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&lt;b&gt;Coming up&lt;/b&gt; (next {n} days)</source>
        <translation>&lt;b&gt;Demnächst&lt;/b&gt; (nächste {n} Tage)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No lives coming up</source>
        <translation>Demnächst keine Lives</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add when your creators go live, or subscribe to a schedule; the next {n} days show here.</source>
        <translation>Trag ein, wann deine Creator live gehen, oder abonniere einen Zeitplan; hier stehen die nächsten {n} Tage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing on this day</source>
        <translation>Nichts an diesem Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a live on this day, or pick another.</source>
        <translation>Füg an diesem Tag ein Live hinzu oder wähl einen anderen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reminder: {title} at {time}</source>
        <translation>Erinnerung: {title} um {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (late)</source>
        <translation> (verspätet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missed: {title} ({time})</source>
        <translation>Verpasst: {title} ({time})</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Delete every occurrence of “{title}”?</source>
        <translation>Alle Wiederholungen von „{title}“ löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{title}”?</source>
        <translation>„{title}“ löschen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete event</source>
        <translation>Termin löschen</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../companion/ui/calendar/calendar_view.py" line="+38"/>
        <source>Month shown</source>
        <translation>Angezeigter Monat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month or week</source>
        <translation>Vorheriger Monat oder vorherige Woche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month or week</source>
        <translation>Nächster Monat oder nächste Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
</context>
<context>
    <name>ClipboardGuard</name>
    <message>
        <location filename="../../companion/ui/links/clipboard_guard.py" line="+67"/>
        <source>The link you copied is not official</source>
        <translation>Der kopierte Link ist nicht offiziell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host}: {reason} Don&apos;t pay there.</source>
        <translation>{host}: {reason} Bezahle dort nicht.</translation>
    </message>
</context>
<context>
    <name>CreatorDialog</name>
    <message>
        <location filename="../../companion/ui/calendar/event_dialogs.py" line="+311"/>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(any)</source>
        <translation>(beliebig)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handle</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile &amp;link</source>
        <translation>Profil-&amp;Link</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Creator colour</source>
        <translation>Farbe des Creators</translation>
    </message>
</context>
<context>
    <name>CreatorsDialog</name>
    <message>
        <location filename="../../companion/ui/calendar/creators_dialog.py" line="+28"/>
        <location line="+3"/>
        <source>Creators</source>
        <translation>Creator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport events…</source>
        <translation>Termine e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete creator</source>
        <translation>Creator löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name}? Their events stay in the calendar.</source>
        <translation>{name} löschen? Die Termine bleiben im Kalender.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export events</source>
        <translation>Termine exportieren</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <location filename="../../companion/ui/budget/csv_mapping.py" line="+33"/>
        <source>How to read {name}</source>
        <translation>So wird {name} gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This CSV is new to Fan Companion. Say which columns hold what; the next file with the same columns is read the same way.</source>
        <translation>Diese CSV kennt Fan Companion noch nicht. Gib an, was in welcher Spalte steht; die nächste Datei mit denselben Spalten wird genauso gelesen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amounts use a decimal comma (1.234,56)</source>
        <translation>Beträge mit Dezimalkomma (1.234,56)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. EUR, when no column says</source>
        <translation>z. B. EUR, wenn keine Spalte es angibt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (signed)</source>
        <translation>Betrag (mit Vorzeichen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money out</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money in</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memo</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency column</source>
        <translation>Währungsspalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction id</source>
        <translation>Transaktions-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns separated by</source>
        <translation>Spalten getrennt durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows before the header</source>
        <translation>Zeilen vor der Kopfzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../companion/ui/budget/budget_dialogs.py" line="-156"/>
        <source>Log a purchase</source>
        <translation>Kauf eintragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a gift sent</source>
        <translation>Gesendetes Geschenk eintragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount paid</source>
        <translation>Bezahlter Betrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Units</source>
        <translation>&amp;Einheiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;aid</source>
        <translation>&amp;Bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Creator</source>
        <translation>&amp;Creator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../companion/ui/calendar/event_dialogs.py" line="-303"/>
        <source>Edit live event</source>
        <translation>Live-Termin bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New live event</source>
        <translation>Neuer Live-Termin</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;reator</source>
        <translation>C&amp;reator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duration</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;peats</source>
        <translation>&amp;Wiederholung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;minders (min before)</source>
        <translation>Erin&amp;nerungen (Min. vorher)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned spend&amp;ing</source>
        <translation>Geplante &amp;Ausgaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no creator)</source>
        <translation>(kein Creator)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly on…</source>
        <translation>Wöchentlich am…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom rule (iCalendar)…</source>
        <translation>Eigene Regel (iCalendar)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Minutes before the start, separated by commas</source>
        <translation>Minuten vor Beginn, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional, in {cur}</source>
        <translation>optional, in {cur}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start (local time)</source>
        <translation>Beginn (Ortszeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurrence rule</source>
        <translation>Wiederholungsregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders, minutes before</source>
        <translation>Erinnerungen, Minuten vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned spending</source>
        <translation>Geplante Ausgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>All day, in your own time zone.</source>
        <translation>Ganztägig, in deiner eigenen Zeitzone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In your time ({zone}): {when}</source>
        <translation>In deiner Zeit ({zone}): {when}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../companion/ui/shell/file_actions.py" line="+31"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+84"/>
        <location line="+64"/>
        <source>Nothing was imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>{file} was not imported:

{why}

Nothing was changed.</source>
        <translation>{file} wurde nicht importiert:

{why}

Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+146"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{file} was not imported:

{why}</source>
        <translation>{file} wurde nicht importiert:

{why}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore from backup?</source>
        <translation>Aus Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace all your data with the backup from {when} ({entries} ledger entries, {events} events)?

Your current data is kept as a backup first.</source>
        <translation>Alle deine Daten durch die Sicherung vom {when} ersetzen ({entries} Buchungen, {events} Termine)?

Deine aktuellen Daten werden vorher gesichert.</translation>
    </message>
</context>
<context>
    <name>GiftsDialog</name>
    <message>
        <location filename="../../companion/ui/bundles/bundle_dialogs.py" line="+164"/>
        <source>{name} gifts</source>
        <translation>Geschenke auf {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gifts of this platform</source>
        <translation>Geschenke dieser Plattform</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{unit}</source>
        <translation>{unit}</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Gift name</source>
        <translation>Name des Geschenks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price in {unit}</source>
        <translation>Preis in {unit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Costs</source>
        <translation>&amp;Kostet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
</context>
<context>
    <name>GivePanel</name>
    <message>
        <location filename="../../companion/ui/bundles/plan_panel.py" line="+208"/>
        <source>To give a creator…</source>
        <translation>Um einem Creator zu geben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount the creator should receive</source>
        <translation>Betrag, den der Creator bekommen soll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You send</source>
        <translation>Du sendest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You pay</source>
        <translation>Du zahlst</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../companion/ui/home/home_page.py" line="+107"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next lives</source>
        <translation>Nächste Lives</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>Add a creator…</source>
        <translation>Creator hinzufügen…</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+71"/>
        <source>Add a live…</source>
        <translation>Live hinzufügen…</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+149"/>
        <source>Add a budget…</source>
        <translation>Budget hinzufügen…</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Open Budget</source>
        <translation>Budget öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wallets</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest alerts</source>
        <translation>Letzte Warnungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Log a purchase…</source>
        <translation>Kauf &amp;eintragen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;nd the cheapest way…</source>
        <translation>Günstigsten &amp;Weg finden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a lin&amp;k…</source>
        <translation>Lin&amp;k prüfen…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No lives in the next two weeks</source>
        <translation>Keine Lives in den nächsten zwei Wochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add your favourite creators and when they go live; their next streams show here with a countdown and a reminder.</source>
        <translation>Füg deine Lieblings-Creator hinzu und wann sie live gehen; ihre nächsten Streams erscheinen hier mit Countdown und Erinnerung.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Open stream…</source>
        <translation>Stream öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open {name}&apos;s stream</source>
        <translation>Stream von {name} öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the creator&apos;s profile link to open it from here.</source>
        <translation>Füg den Profil-Link des Creators hinzu, um ihn von hier zu öffnen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No budget yet</source>
        <translation>Noch kein Budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a weekly or monthly limit, overall or per platform or creator, and see here how far along you are.</source>
        <translation>Leg ein wöchentliches oder monatliches Limit fest, insgesamt oder je Plattform oder Creator, und sieh hier, wie weit du bist.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing bought yet</source>
        <translation>Noch nichts gekauft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log what you buy and send; each platform&apos;s balance shows here.</source>
        <translation>Trag ein, was du kaufst und sendest; hier steht das Guthaben jeder Plattform.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a purchase…</source>
        <translation>Kauf eintragen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More sent than logged as bought</source>
        <translation>Mehr gesendet als als gekauft eingetragen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No alerts. When a budget passes one of its marks, it is noted here.</source>
        <translation>Keine Warnungen. Wenn ein Budget eine seiner Marken überschreitet, steht es hier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{when} · {label}, {period}: passed {mark}%</source>
        <translation>{when} · {label}, {period}: über {mark} %</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../companion/ui/shell/i18n.py" line="+134"/>
        <source>System language ({name})</source>
        <translation>Systemsprache ({name})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new language is used the next time Fan Companion starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Fan Companion.</translation>
    </message>
</context>
<context>
    <name>LedgerActions</name>
    <message>
        <location filename="../../companion/ui/budget/ledger_actions.py" line="+59"/>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
</context>
<context>
    <name>LedgerFilterBar</name>
    <message>
        <location filename="../../companion/ui/budget/ledger_filter.py" line="+28"/>
        <source>Filter by platform</source>
        <translation>Nach Plattform filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by creator</source>
        <translation>Nach Creator filtern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All platforms</source>
        <translation>Alle Plattformen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All creators</source>
        <translation>Alle Creator</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../companion/ui/budget/ledger_model.py" line="+137"/>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no rate</source>
        <translation>kein Kurs</translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <location filename="../../companion/ui/links/links_page.py" line="+43"/>
        <source>Official links</source>
        <translation>Offizielle Links</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Buy only through these official channels. Paste any link below to check it before you pay — the check runs on your computer, nothing is sent anywhere.</source>
        <translation>Kauf nur über diese offiziellen Kanäle. Füg unten einen beliebigen Link ein, um ihn vor dem Bezahlen zu prüfen — die Prüfung läuft auf deinem Computer, nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Third-party coin sites are not listed, however cheap or well reviewed: they ask for your account login, and a platform can ban an account topped up through them.</source>
        <translation>Coin-Seiten von Dritten stehen hier nicht, egal wie günstig oder gut bewertet: Sie verlangen deine Kontozugangsdaten, und eine Plattform kann ein darüber aufgeladenes Konto sperren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paste a link, e.g. https://www.tiktok.com/coin</source>
        <translation>Link einfügen, z. B. https://www.tiktok.com/coin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to check</source>
        <translation>Zu prüfender Link</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check link</source>
        <translation>Link &amp;prüfen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Official purchase channels</source>
        <translation>Offizielle Kaufkanäle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>What it is for</source>
        <translation>Wofür</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add my own link…</source>
        <translation>&amp;Eigenen Link hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{t} (unverified)</source>
        <translation>{t} (nicht geprüft)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{p}
Source: {s}</source>
        <translation>{p}
Quelle: {s}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other links</source>
        <translation>Andere Links</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} — added by you</source>
        <translation>{title} — von dir hinzugefügt</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Remove link?</source>
        <translation>Link entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{title}” from your links?</source>
        <translation>„{title}“ aus deinen Links entfernen?</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../../companion/ui/budget/lock_panel.py" line="+35"/>
        <source>Spending lock: on. {problem}</source>
        <translation>Ausgabensperre: an. {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spending lock: on.</source>
        <translation>Ausgabensperre: an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn lock &amp;off…</source>
        <translation>Sperre &amp;ausschalten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spending lock: off. {problem}</source>
        <translation>Ausgabensperre: aus. {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spending lock: off.</source>
        <translation>Ausgabensperre: aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn lock o&amp;n…</source>
        <translation>Sperre &amp;einschalten…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two passcodes differ.</source>
        <translation>Die beiden Codes sind verschieden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Spending lock</source>
        <translation>Ausgabensperre</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{problem}

Turn the lock off?</source>
        <translation>{problem}

Sperre ausschalten?</translation>
    </message>
</context>
<context>
    <name>LockSetupDialog</name>
    <message>
        <location filename="../../companion/ui/budget/budget_dialogs.py" line="+146"/>
        <source>Turn on the spending lock</source>
        <translation>Ausgabensperre einschalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the lock on, raising, pausing or removing a budget and saving a purchase that goes over budget need this passcode. It is kept only in your system keychain.</source>
        <translation>Ist die Sperre an, braucht es diesen Code, um ein Budget zu erhöhen, zu pausieren oder zu entfernen und um einen Kauf über dem Budget zu speichern. Er liegt nur im Schlüsselbund deines Systems.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New passcode</source>
        <translation>Neuer Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passcode again</source>
        <translation>Code wiederholen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Turn on</source>
        <translation>Einschalten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../companion/ui/shell/main_window.py" line="+91"/>
        <source>Demo data, not saved</source>
        <translation>Demodaten, werden nicht gespeichert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome…</source>
        <translation>&amp;Willkommen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Fan Companion</source>
        <translation>&amp;Über Fan Companion</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>About Fan Companion</source>
        <translation>Über Fan Companion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Fan Companion {version}&lt;/h3&gt;&lt;p&gt;Bundles, budget, calendar and official links for fans who gift on live streams. Works offline; your data stays in &lt;code&gt;{folder}&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fan Companion {version}&lt;/h3&gt;&lt;p&gt;Pakete, Budget, Kalender und offizielle Links für Fans, die in Livestreams Geschenke senden. Funktioniert offline; deine Daten bleiben in &lt;code&gt;{folder}&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Still running in the tray so reminders can reach you. Choose Quit from the tray menu to stop it.</source>
        <translation>Läuft im Infobereich weiter, damit dich Erinnerungen erreichen. Wähl Beenden im Menü des Infobereichs, um es zu beenden.</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../companion/ui/calendar/month_grid.py" line="+45"/>
        <source>Month view</source>
        <translation>Monatsansicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week view</source>
        <translation>Wochenansicht</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>+{n} more</source>
        <translation>+{n} weitere</translation>
    </message>
</context>
<context>
    <name>PasscodeDialog</name>
    <message>
        <location filename="../../companion/ui/budget/budget_dialogs.py" line="-41"/>
        <source>Spending lock</source>
        <translation>Ausgabensperre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passcode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../companion/ui/bundles/plan_panel.py" line="-180"/>
        <source>Cheapest way to get…</source>
        <translation>Am günstigsten bekommen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform to plan for</source>
        <translation>Plattform für die Planung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel to plan for</source>
        <translation>Kanal für die Planung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any channel</source>
        <translation>Beliebiger Kanal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;units</source>
        <translation>&amp;Einheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gif&amp;ts</source>
        <translation>&amp;Geschenke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gift</source>
        <translation>Geschenk</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>How many</source>
        <translation>Wie viele</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Fi&amp;nd cheapest</source>
        <translation>&amp;Günstigstes finden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the official &amp;store…</source>
        <translation>Offiziellen &amp;Shop öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the platform&apos;s own store after showing where the link really goes</source>
        <translation>Öffnet den Shop der Plattform, nachdem gezeigt wurde, wohin der Link wirklich führt</translation>
    </message>
</context>
<context>
    <name>PlatformDelegate</name>
    <message>
        <location filename="../../companion/ui/budget/statement_preview.py" line="+132"/>
        <source>Platform for {payee}</source>
        <translation>Plattform für {payee}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location line="-78"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the ledger</source>
        <translation>Schon in den Buchungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recognised as gifting: pick a platform to add it</source>
        <translation>Nicht als Geschenkkauf erkannt: Plattform wählen, um es hinzuzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not gifting</source>
        <translation>Kein Geschenkkauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{units} units</source>
        <translation>{units} Einheiten</translation>
    </message>
</context>
<context>
    <name>PromotionsDialog</name>
    <message>
        <location filename="../../companion/ui/bundles/bundle_dialogs.py" line="-116"/>
        <source>Promotions on {units} {unit}</source>
        <translation>Aktionen für {units} {unit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Promotions on this bundle</source>
        <translation>Aktionen für dieses Paket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>% extra</source>
        <translation>% extra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra units</source>
        <translation>Extra-Einheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of bonus</source>
        <translation>Art des Bonus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bonus amount</source>
        <translation>Bonushöhe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last day the bonus counts</source>
        <translation>Letzter Tag, an dem der Bonus gilt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove selected</source>
        <translation>Auswahl &amp;entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (expired)</source>
        <translation> (abgelaufen)</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../../companion/ui/shell/i18n.py" line="-114"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../companion/ui/bundles/rates_dialog.py" line="+33"/>
        <source>Exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange rates you keep</source>
        <translation>Deine gespeicherten Wechselkurse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>From currency</source>
        <translation>Von Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To currency</source>
        <translation>In Währung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of date</source>
        <translation>Stand (Datum)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save rate</source>
        <translation>Kurs &amp;speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove selected</source>
        <translation>Auswahl &amp;entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A rate is what one unit of the first currency buys of the second: USD, EUR and 0.92 mean 1 USD = 0.92 EUR. Rates older than 30 days are marked as old wherever they are used.</source>
        <translation>Ein Kurs gibt an, wie viel der zweiten Währung eine Einheit der ersten kauft: USD, EUR und 0,92 bedeuten 1 USD = 0,92 EUR. Kurse, die älter als 30 Tage sind, werden überall, wo sie genutzt werden, als alt markiert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (old)</source>
        <translation> (alt)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Remove rate?</source>
        <translation>Kurs entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the {b}/{q} rate?</source>
        <translation>Den Kurs {b}/{q} entfernen?</translation>
    </message>
</context>
<context>
    <name>ReminderScheduler</name>
    <message>
        <location filename="../../companion/ui/calendar/reminder_scheduler.py" line="+95"/>
        <source>Missed reminder: {name}{title}</source>
        <translation>Verpasste Erinnerung: {name}{title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started at {time}; it is still on.</source>
        <translation>Begann um {time}; läuft noch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Live in {n} min, at {time}.</source>
        <translation>Live in {n} Min., um {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live now.</source>
        <translation>Jetzt live.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started {n} min ago, at {time}.</source>
        <translation>Hat vor {n} Min. begonnen, um {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended {n} min ago.</source>
        <translation>Vor {n} Min. beendet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open stream</source>
        <translation>Stream öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze 10 min</source>
        <translation>10 Min. schlummern</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../companion/ui/budget/reports_view.py" line="+46"/>
        <source>Purchases, last 12 months</source>
        <translation>Käufe, letzte 12 Monate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bar chart of spending per month</source>
        <translation>Balkendiagramm der Ausgaben pro Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creator</source>
        <translation>Creator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gifts&apos; value</source>
        <translation>Wert der Geschenke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By platform</source>
        <translation>Nach Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By creator</source>
        <translation>Nach Creator</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No spending to show yet</source>
        <translation>Noch keine Ausgaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once you log purchases and gifts, this shows what you spent each month, on which platform and for which creator.</source>
        <translation>Sobald du Käufe und Geschenke einträgst, siehst du hier, was du jeden Monat ausgegeben hast, auf welcher Plattform und für welchen Creator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a purchase…</source>
        <translation>Kauf eintragen…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Spent ({cur})</source>
        <translation>Ausgegeben ({cur})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../companion/ui/shell/settings_page.py" line="+54"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Home currency</source>
        <translation>Hauptwährung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices and budgets are shown in this currency.</source>
        <translation>Preise und Budgets werden in dieser Währung angezeigt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default reminder lead time in minutes</source>
        <translation>Standard-Vorlaufzeit der Erinnerung in Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;reminder before a live</source>
        <translation>Standard-&amp;Erinnerung vor einem Live</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your time zone</source>
        <translation>Deine Zeitzone</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your &amp;time zone</source>
        <translation>Deine &amp;Zeitzone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day of the week</source>
        <translation>Erster Tag der Woche</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Home &amp;currency</source>
        <translation>&amp;Hauptwährung</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>W&amp;eeks start on</source>
        <translation>&amp;Wochen beginnen am</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Light or dark appearance</source>
        <translation>Helle oder dunkle Darstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start minimised to the tray</source>
        <translation>Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This system has no tray to start in.</source>
        <translation>Dieses System hat keinen Infobereich zum Starten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Warn me when I copy a link to a fake site</source>
        <translation>&amp;Warnen, wenn ich einen Link zu einer gefälschten Seite kopiere</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When you copy a link that looks like TikTok, Twitch, YouTube, PayPal or another site you pay through but is not their official page, a notification says so and why. The check runs on this computer; nothing you copy is stored or sent.</source>
        <translation>Wenn du einen Link kopierst, der wie TikTok, Twitch, YouTube, PayPal oder eine andere Seite aussieht, über die du bezahlst, aber nicht deren offizielle Seite ist, sagt dir eine Benachrichtigung das und warum. Die Prüfung läuft auf diesem Computer; nichts, was du kopierst, wird gespeichert oder gesendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep reminders running after the window closes</source>
        <translation>Erinnerungen nach dem Schließen des Fensters weiterlaufen lassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tray keeps reminders running.</source>
        <translation>Das Symbol im Infobereich hält die Erinnerungen am Laufen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start at lo&amp;gin (in the tray)</source>
        <translation>Bei der &amp;Anmeldung starten (im Infobereich)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Automatic backups to keep</source>
        <translation>Aufzubewahrende automatische Sicherungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic &amp;backups to keep</source>
        <translation>Automatische &amp;Sicherungen aufbewahren</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Open folder</source>
        <translation>Ordner &amp;öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Available: {name}</source>
        <translation>Verfügbar: {name}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>your desktop&apos;s keyring (Secret Service: GNOME Keyring or KWallet)</source>
        <translation>der Schlüsselbund deines Desktops (Secret Service: GNOME Keyring oder KWallet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the macOS Keychain</source>
        <translation>der macOS-Schlüsselbund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Windows Credential Manager</source>
        <translation>die Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a keychain</source>
        <translation>ein Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../companion/ui/shell/shortcuts.py" line="+41"/>
        <source>&amp;Log a purchase…</source>
        <translation>&amp;Kauf eintragen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a li&amp;ve…</source>
        <translation>&amp;Live hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a lin&amp;k…</source>
        <translation>&amp;Link prüfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search bundles…</source>
        <translation>Pakete &amp;suchen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Previous month or week</source>
        <translation>&amp;Vorheriger Monat oder vorherige Woche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next month or week</source>
        <translation>&amp;Nächster Monat oder nächste Woche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+1 to Ctrl+6</source>
        <translation>Strg+1 bis Strg+6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a section, in the sidebar&apos;s order</source>
        <translation>Einen Bereich zeigen, in der Reihenfolge der Seitenleiste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next or previous control, out of tables too</source>
        <translation>Nächstes oder vorheriges Element, auch aus Tabellen heraus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+unterstrichener Buchstabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press that button or go to that field</source>
        <translation>Diese Schaltfläche drücken oder zu diesem Feld gehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between days in the calendar grid</source>
        <translation>Zwischen den Tagen im Kalenderraster wechseln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page Up, Page Down</source>
        <translation>Bild auf, Bild ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four weeks back or on in the calendar grid</source>
        <translation>Vier Wochen zurück oder vor im Kalenderraster</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+33"/>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>StatementImport</name>
    <message>
        <location filename="../../companion/ui/budget/statement_import.py" line="+36"/>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing {name}…</source>
        <translation>{name} wird importiert…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing was imported</source>
        <translation>Nichts importiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was not imported:

{why}

Nothing was changed.</source>
        <translation>{file} wurde nicht importiert:

{why}

Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../../companion/ui/budget/import_worker.py" line="+69"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>StatementPreview</name>
    <message>
        <location filename="../../companion/ui/budget/statement_preview.py" line="+92"/>
        <source>Import {name}</source>
        <translation>{name} importieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lines in the file</source>
        <translation>Zeilen in der Datei</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Import 1 entry</source>
        <translation>1 Eintrag importieren</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Import %Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag importieren</numerusform>
            <numerusform>%Ln Einträge importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../companion/ui/shell/tray.py" line="+23"/>
        <source>Open Fan Companion</source>
        <translation>Fan Companion öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a link…</source>
        <translation>Link prüfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>VerdictView</name>
    <message>
        <location filename="../../companion/ui/links/verdict_view.py" line="+69"/>
        <source>Site: {host}</source>
        <translation>Website: {host}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../companion/ui/home/welcome.py" line="+43"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Welcome to Fan Companion</source>
        <translation>Willkommen bei Fan Companion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A few questions so the figures are in your money and your time. Everything here can be changed later in Settings, and you can skip it.</source>
        <translation>Ein paar Fragen, damit die Zahlen in deiner Währung und deiner Zeit sind. Alles hier kannst du später in den Einstellungen ändern, und du kannst es überspringen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Start</source>
        <translation>&amp;Los geht’s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;kip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Home currency</source>
        <translation>Hauptwährung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You pay in</source>
        <translation>Du zahlst in</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Your time zone</source>
        <translation>Deine Zeitzone</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Platforms you use</source>
        <translation>Plattformen, die du nutzt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>optional, e.g. 40</source>
        <translation>optional, z. B. 40</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly budget, optional</source>
        <translation>Monatsbudget, optional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly budget</source>
        <translation>Monatsbudget</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste a profile link, e.g. https://www.twitch.tv/name</source>
        <translation>Profil-Link einfügen, z. B. https://www.twitch.tv/name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Favourite creator&apos;s profile link</source>
        <translation>Profil-Link des Lieblings-Creators</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Favourite creators</source>
        <translation>Lieblings-Creator</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The spending lock (on the Budget page) asks for a passcode before a budget is raised or the lock turned off. The passcode is kept in your system&apos;s keychain, never in Fan Companion&apos;s own files.</source>
        <translation>Die Ausgabensperre (auf der Seite Budget) fragt nach einem Code, bevor ein Budget erhöht oder die Sperre ausgeschaltet wird. Der Code liegt im Schlüsselbund deines Systems, nie in den Dateien von Fan Companion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A keychain is available on this computer.</source>
        <translation>Auf diesem Computer ist ein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available on this computer, so the lock stays off until one is set up (on Linux: GNOME Keyring or KWallet).</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, deshalb bleibt die Sperre aus, bis einer eingerichtet ist (unter Linux: GNOME Keyring oder KWallet).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Added: {names}</source>
        <translation>Hinzugefügt: {names}</translation>
    </message>
</context>
<context>
    <name>_Countdown</name>
    <message>
        <location filename="../../companion/ui/home/countdown.py" line="+19"/>
        <source>live now</source>
        <translation>jetzt live</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n min</source>
        <translation>
            <numerusform>in %n Min.</numerusform>
            <numerusform>in %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in {h} h {m:02d} min</source>
        <translation>in {h} Std. {m:02d} Min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in 1 day {h} h</source>
        <translation>in 1 Tag {h} Std.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n days {h} h</source>
        <translation>
            <numerusform>in %n Tag {h} Std.</numerusform>
            <numerusform>in %n Tagen {h} Std.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_PlanWords</name>
    <message>
        <location filename="../../companion/ui/bundles/plan_panel.py" line="+90"/>
        <source>1 purchase of {units} {unit} {where}, {total}</source>
        <translation>1 Kauf von {units} {unit} {where}, {total}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n purchases of {units} {unit} {where}, {total} ({each} each)</source>
        <translation>
            <numerusform>%n Kauf von {units} {unit} {where}, {total} (je {each})</numerusform>
            <numerusform>%n Käufe von {units} {unit} {where}, {total} (je {each})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_UndoWords</name>
    <message>
        <location filename="../../companion/ui/budget/statement_import.py" line="+38"/>
        <source>Undo import of {name}, 1 entry</source>
        <translation>Import von {name} rückgängig machen, 1 Eintrag</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Undo import of {name}, %Ln entries</source>
        <translation>
            <numerusform>Import von {name} rückgängig machen, %Ln Eintrag</numerusform>
            <numerusform>Import von {name} rückgängig machen, %Ln Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>budget</name>
    <message>
        <location filename="../../companion/ui/budget/budget_flow.py" line="+34"/>
        <source>Over budget</source>
        <translation>Über dem Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving this takes you over budget:

{lines}

Save it anyway?</source>
        <translation>Damit liegst du über dem Budget:

{lines}

Trotzdem speichern?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No {source}→{target} rate is kept, so this purchase cannot be counted against your budgets yet.

1 {source} = ? {target}</source>
        <translation>Es ist kein Kurs {source}→{target} gespeichert, daher kann dieser Kauf noch nicht auf deine Budgets angerechnet werden.

1 {source} = ? {target}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exchange rate</source>
        <translation>Wechselkurs</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Spending lock</source>
        <translation>Ausgabensperre</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Budget {pct}% reached</source>
        <translation>Budget zu {pct} % erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}, {period}: {spent} of {limit} ({pct}%).</source>
        <translation>{label}, {period}: {spent} von {limit} ({pct} %).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open budget</source>
        <translation>Budget öffnen</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../companion/core/links/reasons.py" line="+11"/>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address is {length} characters long; real purchase pages are far shorter, and an address that long is hiding something.</source>
        <translation>Die Adresse ist {length} Zeichen lang; echte Kaufseiten sind viel kürzer, und eine so lange Adresse verbirgt etwas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It contains spaces or invisible control characters.</source>
        <translation>Sie enthält Leerzeichen oder unsichtbare Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It contains a backslash, a trick that makes browsers open a different site than the one you read.</source>
        <translation>Sie enthält einen Backslash, ein Trick, durch den der Browser eine andere Seite öffnet als die, die du liest.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It uses the bait words &quot;{words}&quot;: no platform gives away its currency.</source>
        <translation>Sie nutzt die Lockwörter „{words}“: Keine Plattform verschenkt ihre Währung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{site} is not one of the official sites of any platform in the list.</source>
        <translation>{site} ist keine offizielle Seite einer Plattform aus der Liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It forwards through too many sites to follow.</source>
        <translation>Sie leitet über zu viele Seiten weiter, um ihr zu folgen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{page} only forwards to another address, so the link is judged by where it leads: {target}.</source>
        <translation>{page} leitet nur an eine andere Adresse weiter, daher zählt, wohin der Link führt: {target}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{page} only forwards to another address, so the link is judged by where it leads: an address that is not valid.</source>
        <translation>{page} leitet nur an eine andere Adresse weiter, daher zählt, wohin der Link führt: zu einer ungültigen Adresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The app&apos;s list of official sites was changed after it shipped, so no link can be confirmed. Reinstall Fan Companion to restore it.</source>
        <translation>Die Liste offizieller Seiten wurde nach der Auslieferung verändert, daher kann kein Link bestätigt werden. Installiere Fan Companion neu, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{page} is an official {platform} purchase or help page, opened over https.</source>
        <translation>{page} ist eine offizielle Kauf- oder Hilfeseite von {platform}, über https geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{page} is an official {platform} payment page, opened over https.</source>
        <translation>{page} ist eine offizielle Zahlungsseite von {platform}, über https geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{site} belongs to {owner}, but {path} is not one of its purchase or help pages (it may be a channel, a profile or another page).</source>
        <translation>{site} gehört zu {owner}, aber {path} ist keine ihrer Kauf- oder Hilfeseiten (vielleicht ein Kanal, ein Profil oder eine andere Seite).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{site} belongs to {owner}, but the link is not safe as written.</source>
        <translation>{site} gehört zu {owner}, aber der Link ist so, wie er geschrieben ist, nicht sicher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{page} is a page anyone can make on {owner} (a profile, channel, bot or shared document); {owner} does not vouch for what it says.</source>
        <translation>{page} ist eine Seite, die jeder auf {owner} anlegen kann (ein Profil, Kanal, Bot oder geteiltes Dokument); {owner} bürgt nicht für ihren Inhalt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{word}&apos; names {platform} on a page anyone can make: {platform} does not sell through other people&apos;s pages.</source>
        <translation>„{word}“ nennt {platform} auf einer Seite, die jeder anlegen kann: {platform} verkauft nicht über die Seiten anderer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything before &apos;@&apos; is a disguise: this link really opens {site}.</source>
        <translation>Alles vor „@“ ist Tarnung: Dieser Link öffnet in Wirklichkeit {site}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The port number after &apos;:&apos; is not valid.</source>
        <translation>Die Portnummer nach „:“ ist ungültig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It uses the unusual port {port}; official pages never do.</source>
        <translation>Sie nutzt den ungewöhnlichen Port {port}; offizielle Seiten tun das nie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no site name.</source>
        <translation>Sie hat keinen Seitennamen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It points at a bare IP address ({address}) instead of a named site.</source>
        <translation>Sie zeigt auf eine nackte IP-Adresse ({address}) statt auf eine benannte Seite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{site} is a public suffix, not a site anyone owns.</source>
        <translation>{site} ist eine öffentliche Endung, keine Seite, die jemandem gehört.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{site} is a link shortener: the real destination is hidden.</source>
        <translation>{site} ist ein Link-Kürzer: Das echte Ziel ist verborgen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{site} uses international letters that can imitate ordinary ones.</source>
        <translation>{site} verwendet internationale Buchstaben, die gewöhnliche nachahmen können.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{label}&apos; imitates &apos;{brand}&apos; with look-alike letters, on {site}.</source>
        <translation>„{label}“ ahmt „{brand}“ mit ähnlich aussehenden Buchstaben nach, auf {site}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{label}&apos; is one letter away from &apos;{brand}&apos; ({platform}): a typo-squatting site.</source>
        <translation>„{label}“ ist nur einen Buchstaben von „{brand}“ ({platform}) entfernt: eine Tippfehler-Seite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It uses the name {platform} but the site is {site}, which {platform} does not own.</source>
        <translation>Sie nutzt den Namen {platform}, aber die Seite ist {site}, die {platform} nicht gehört.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{label}&apos; borrows the name {platform}, but the site is {site}.</source>
        <translation>„{label}“ leiht sich den Namen {platform}, aber die Seite ist {site}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is a &apos;{scheme}:&apos; link, which runs code or opens local data instead of a website. Never open it.</source>
        <translation>Es ist ein „{scheme}:“-Link, der Code ausführt oder lokale Daten öffnet statt einer Website. Öffne ihn nie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It does not start with https://, so it is not a secure web page.</source>
        <translation>Sie beginnt nicht mit https://, ist also keine sichere Webseite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is not a valid web address ({detail}).</source>
        <translation>Es ist keine gültige Webadresse ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It uses &apos;{scheme}:&apos; instead of https:, so anyone on the network could change the page.</source>
        <translation>Sie nutzt „{scheme}:“ statt https:, daher könnte jeder im Netzwerk die Seite verändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{site}&apos; is not a valid site name (empty part between dots).</source>
        <translation>„{site}“ ist kein gültiger Seitenname (leerer Teil zwischen Punkten).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{site}&apos; contains characters not allowed in site names.</source>
        <translation>„{site}“ enthält Zeichen, die in Seitennamen nicht erlaubt sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{site}&apos; is not a valid international site name ({detail}); real sites never are.</source>
        <translation>„{site}“ ist kein gültiger internationaler Seitenname ({detail}); echte Seiten sind das immer.</translation>
    </message>
    <message>
        <location filename="../../companion/core/money/money.py" line="+27"/>
        <source>&apos;{code}&apos; is not an ISO 4217 currency code</source>
        <translation>„{code}“ ist kein ISO-4217-Währungscode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} amounts have no decimals, got {amount}</source>
        <translation>Beträge in {currency} haben keine Nachkommastellen; eingegeben: {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} amounts have at most {digits} decimal(s), got {amount}</source>
        <translation>Beträge in {currency} haben höchstens {digits} Nachkommastellen; eingegeben: {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{start}…&apos; is too long to be a number (over {limit} characters)</source>
        <translation>„{start}…“ ist zu lang für eine Zahl (über {limit} Zeichen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write &apos;{text}&apos; out in full, without an exponent</source>
        <translation>schreibe „{text}“ aus, ohne Exponenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give amounts as text like &quot;4.99&quot;, not a binary float</source>
        <translation>gib Beträge als Text wie „4.99“ an, nicht als binäre Gleitkommazahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing amount</source>
        <translation>Betrag fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>„{text}“ ist keine Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/core/store/parsing.py" line="+15"/>
        <source>must be &gt; 0, got {text}</source>
        <translation>muss größer als 0 sein; eingegeben: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text} is too large (over 1,000,000,000)</source>
        <translation>{text} ist zu groß (über 1.000.000.000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{locale}&apos; is not a known locale</source>
        <translation>„{locale}“ ist kein bekanntes Gebietsschema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a number as written here (like {example}, with &apos;{decimal}&apos; before the cents)</source>
        <translation>„{text}“ ist hier keine gültige Zahl (etwa {example}, mit „{decimal}“ vor den Cents)</translation>
    </message>
    <message>
        <location filename="../../companion/core/budget/ledger.py" line="+35"/>
        <source>&apos;{text}&apos; is not a date like 2026-11-25</source>
        <translation>„{text}“ ist kein Datum wie 2026-11-25</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} is more than a day in the future</source>
        <translation>{day} liegt mehr als einen Tag in der Zukunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} is too far in the past</source>
        <translation>{day} liegt zu weit in der Vergangenheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who was the gift for?</source>
        <translation>für wen war das Geschenk?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name is too long</source>
        <translation>der Name ist zu lang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep it under {limit} characters</source>
        <translation>bleib unter {limit} Zeichen</translation>
    </message>
    <message>
        <location filename="../../companion/core/store/parsing.py" line="-4"/>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{start}…&apos; is too long to be a count</source>
        <translation>„{start}…“ ist zu lang für eine Anzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>„{text}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} is absurdly large (over 1,000,000,000)</source>
        <translation>{number} ist absurd groß (über 1.000.000.000)</translation>
    </message>
    <message>
        <location filename="../../companion/core/budget/budget.py" line="+28"/>
        <source>choose a platform or a creator, not both</source>
        <translation>wähle eine Plattform oder eine Creatorin bzw. einen Creator, nicht beides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the creator&apos;s name</source>
        <translation>gib den Namen der Creatorin bzw. des Creators an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a whole percent</source>
        <translation>„{text}“ ist kein ganzer Prozentwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} must be between 1 and 1000</source>
        <translation>{value} muss zwischen 1 und 1000 liegen</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <location filename="../../companion/ui/links/links_flow.py" line="+21"/>
        <source>Open link?</source>
        <translation>Link öffnen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This opens &lt;b&gt;{host}&lt;/b&gt; in your browser.</source>
        <translation>Damit wird &lt;b&gt;{host}&lt;/b&gt; in deinem Browser geöffnet.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../companion/ui/calendar/subscribe_flow.py" line="+23"/>
        <source>Subscribe to a schedule</source>
        <translation>Zeitplan abonnieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the address of a creator&apos;s schedule (.ics).

Twitch: on the channel, open the Schedule tab and use its Export button; the link starts with https://api.twitch.tv/helix/schedule/icalendar?broadcaster_id=
Google Calendar: the calendar&apos;s settings, “Public address in iCal format”.
Other sites: look for “Subscribe”, “webcal://” or an .ics link.

Calendar address:</source>
        <translation>Füge die Adresse des Zeitplans eines Creators ein (.ics).

Twitch: Öffne auf dem Kanal den Tab „Zeitplan“ und nutze dort „Exportieren“; der Link beginnt mit https://api.twitch.tv/helix/schedule/icalendar?broadcaster_id=
Google Kalender: in den Einstellungen des Kalenders „Öffentliche Adresse im iCal-Format“.
Andere Seiten: Suche nach „Abonnieren“, „webcal://“ oder einem .ics-Link.

Kalenderadresse:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+37"/>
        <source>Schedules</source>
        <translation>Zeitpläne</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>No subscriptions yet. Use Subscribe… with a schedule&apos;s .ics address.</source>
        <translation>Noch keine Abos. Nutze Abonnieren… mit der .ics-Adresse eines Zeitplans.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refreshing schedules…</source>
        <translation>Zeitpläne werden aktualisiert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../companion/ui/shell/pages.py" line="+53"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundles</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official links</source>
        <translation>Offizielle Links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../../companion/ui/bundles/plan_panel.py" line="-22"/>
        <source>on the web</source>
        <translation>im Web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the iOS app</source>
        <translation>in der iOS-App</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the Android app</source>
        <translation>in der Android-App</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>anywhere</source>
        <translation>irgendwo</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Total {total}&lt;/b&gt; for {units} {unit}</source>
        <translation>&lt;b&gt;Gesamt {total}&lt;/b&gt; für {units} {unit}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About {amount} reaches the creator (estimate)</source>
        <translation>Etwa {amount} kommen beim Creator an (geschätzt)</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <location filename="../../companion/ui/links/verdict_view.py" line="-48"/>
        <source>Official</source>
        <translation>Offiziell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspicious — do not pay here</source>
        <translation>Verdächtig — hier nicht bezahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not official</source>
        <translation>Nicht offiziell</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On the platform&apos;s own site, but not a purchase page</source>
        <translation>Auf der eigenen Seite der Plattform, aber keine Kaufseite</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../companion/ui/words.py" line="+9"/>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
</context>
</TS>
