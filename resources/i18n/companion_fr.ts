<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddLinkDialog</name>
    <message>
        <location filename="../../companion/ui/links/link_dialog.py" line="+35"/>
        <source>Add a link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link address</source>
        <translation>Adresse du lien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link name</source>
        <translation>Nom du lien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work it out from the link</source>
        <translation>La déduire du lien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This link looks like a scam</source>
        <translation>Ce lien ressemble à une arnaque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reasons}

Save it anyway? It will stay marked as suspicious.</source>
        <translation>{reasons}

L’enregistrer quand même ? Il restera marqué comme suspect.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../companion/ui/calendar/agenda_model.py" line="+25"/>
        <source>When (your time)</source>
        <translation>Quand (ton heure)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>Créateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their time</source>
        <translation>Son heure</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>all day</source>
        <translation>toute la journée</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../companion/ui/shell/notify.py" line="+69"/>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>BudgetCard</name>
    <message>
        <location filename="../../companion/ui/home/budget_card.py" line="+24"/>
        <source>On track</source>
        <translation>Dans les clous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near the limit</source>
        <translation>Proche du plafond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over budget</source>
        <translation>Budget dépassé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{label}: {pct}% used</source>
        <translation>{label} : {pct} % utilisé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{pct}% · {spent} of {limit} · {left} left</source>
        <translation>{pct} % · {spent} sur {limit} · reste {left}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{pct}% · {spent} of {limit} · {over} over</source>
        <translation>{pct} % · {spent} sur {limit} · {over} de trop</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About {projected} by {day} at this pace</source>
        <translation>Environ {projected} d’ici le {day} à ce rythme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Includes {planned} planned for upcoming lives</source>
        <translation>Comprend {planned} prévus pour les prochains lives</translation>
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
        <translation>Ce que couvre le budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All purchases</source>
        <translation>Tous les achats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purchases on {name}</source>
        <translation>Achats sur {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gifts to {name}</source>
        <translation>Cadeaux à {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…or gifts to this creator</source>
        <translation>…ou cadeaux à ce créateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>Créateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert at percents</source>
        <translation>Alerter aux pourcentages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Covers</source>
        <translation>&amp;Couvre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Limit ({cur})</source>
        <translation>P&amp;lafond ({cur})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alerts at %</source>
        <translation>&amp;Alertes à %</translation>
    </message>
</context>
<context>
    <name>BudgetEditing</name>
    <message>
        <location filename="../../companion/ui/budget/budget_editing.py" line="+42"/>
        <source>Res&amp;ume</source>
        <translation>Rep&amp;rendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pause</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Remove budget?</source>
        <translation>Supprimer le budget ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the {period} budget “{label}”?</source>
        <translation>Supprimer le budget {period} « {label} » ?</translation>
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
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ledger</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Reste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add budget…</source>
        <translation>&amp;Ajouter un budget…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the latest change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Ledger</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing logged yet</source>
        <translation>Rien de noté pour l’instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log what you buy and the gifts you send: your wallets, budgets and reports are made from it. You can also import a CSV from File › Import.</source>
        <translation>Note ce que tu achètes et les cadeaux que tu envoies : tes portefeuilles, budgets et rapports en découlent. Tu peux aussi importer un CSV via Fichier › Importer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a purchase…</source>
        <translation>Noter un achat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a gift…</source>
        <translation>Noter un cadeau…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No entries match these filters</source>
        <translation>Aucune opération ne correspond à ces filtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try another platform, creator or dates.</source>
        <translation>Essaie une autre plateforme, un autre créateur ou d’autres dates.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show everything</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log &amp;purchase…</source>
        <translation>Noter un &amp;achat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;gift…</source>
        <translation>Noter un &amp;cadeau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1 entry</source>
        <translation>1 opération</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n opération</numerusform>
            <numerusform>%n opérations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source> (paused)</source>
        <translation> (suspendu)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>At the current pace, plus planned spending on upcoming lives ({planned})</source>
        <translation>Au rythme actuel, plus les dépenses prévues pour les prochains lives ({planned})</translation>
    </message>
</context>
<context>
    <name>BudgetRendering</name>
    <message>
        <location filename="../../companion/ui/budget/budget_render.py" line="+38"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; ({period}): {pct}% used — {amount} over the limit</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; ({period}) : {pct} % utilisé — {amount} au-dessus du plafond</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; ({period}): {pct}% used — past {mark}%</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; ({period}) : {pct} % utilisé — au-delà de {mark} %</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{name}: &lt;span style=&apos;color:{colour}&apos;&gt;{n} {unit} more sent than logged as bought&lt;/span&gt;</source>
        <translation>{name} : &lt;span style=&apos;color:{colour}&apos;&gt;{n} {unit} envoyés de plus que ce qui est noté comme acheté&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Wallets&lt;/b&gt; — {wallets}</source>
        <translation>&lt;b&gt;Portefeuilles&lt;/b&gt; — {wallets}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Wallets&lt;/b&gt; — nothing logged yet. Log a purchase, or use “I bought this” on the Bundles page.</source>
        <translation>&lt;b&gt;Portefeuilles&lt;/b&gt; — rien de noté pour l’instant. Note un achat, ou utilise « Je l’ai acheté » sur la page Packs.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{pct}% used</source>
        <translation>{pct} % utilisé</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../../companion/ui/bundles/bundle_dialogs.py" line="+51"/>
        <source>Edit bundle</source>
        <translation>Modifier le pack</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a bundle</source>
        <translation>Ajouter un pack</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bonus units</source>
        <translation>Unités bonus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where you saw it</source>
        <translation>Où tu l’as vu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Units</source>
        <translation>&amp;Unités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bonus units</source>
        <translation>Unités &amp;bonus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rice</source>
        <translation>P&amp;rix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency</source>
        <translation>&amp;Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel</source>
        <translation>C&amp;anal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;egion</source>
        <translation>Ré&amp;gion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
</context>
<context>
    <name>BundleTableModel</name>
    <message>
        <location filename="../../companion/ui/bundles/bundles_model.py" line="+96"/>
        <source>Per 100 ({currency})</source>
        <translation>Pour 100 ({currency})</translation>
    </message>
    <message>
        <location line="+37"/>
        <source> + {n} bonus</source>
        <translation> + {n} bonus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> + {n} promo</source>
        <translation> + {n} promo</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>il y a %n mois</numerusform>
            <numerusform>il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>il y a %n an</numerusform>
            <numerusform>il y a %n ans</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}, {age}: may be out of date</source>
        <translation>{day}, {age} : peut-être plus à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}, {age}</source>
        <translation>{day}, {age}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Price seen on {site} on {day}. A citation, not a place to buy: buy through the official store (Official links).</source>
        <translation>Prix vu sur {site} le {day}. C’est une référence, pas un endroit où acheter : achète dans la boutique officielle (Liens officiels).</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <location filename="../../companion/ui/bundles/bundles_page.py" line="+49"/>
        <location line="+4"/>
        <location line="+226"/>
        <source>Bundles</source>
        <translation>Packs</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Filter by platform</source>
        <translation>Filtrer par plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All platforms</source>
        <translation>Toutes les plateformes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by channel</source>
        <translation>Filtrer par canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by currency</source>
        <translation>Filtrer par devise</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Search bundles</source>
        <translation>Chercher des packs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add bundle…</source>
        <translation>&amp;Ajouter un pack…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Promotions…</source>
        <translation>&amp;Promotions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange &amp;rates…</source>
        <translation>&amp;Taux de change…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gifts…</source>
        <translation>&amp;Cadeaux…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gifts of the selected bundle&apos;s platform</source>
        <translation>Les cadeaux de la plateforme du pack sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;bought this…</source>
        <translation>Je l’ai a&amp;cheté…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log this bundle as a purchase in your budget</source>
        <translation>Noter ce pack comme un achat dans ton budget</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All currencies</source>
        <translation>Toutes les devises</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>★ marks the best value per platform and channel. Shares reaching the creator are estimates.</source>
        <translation>★ marque le meilleur rapport qualité-prix par plateforme et par canal. La part reversée au créateur est une estimation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creator payout (estimate): {note} &lt;i&gt;Source: {src}&lt;/i&gt;</source>
        <translation>Reversé au créateur (estimation) : {note} &lt;i&gt;Source : {src}&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;i&gt;Price seen on {site} on {day}.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Prix vu sur {site} le {day}.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{units} {unit} bundle ({channel})</source>
        <translation>Pack de {units} {unit} ({channel})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delete bundle?</source>
        <translation>Supprimer le pack ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {units} {unit} for {price}?</source>
        <translation>Supprimer {units} {unit} à {price} ?</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../companion/ui/calendar/calendar_page.py" line="+48"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Agenda</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show events of</source>
        <translation>Afficher les événements de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Creators…</source>
        <translation>&amp;Créateurs…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Subscribe…</source>
        <translation>S’a&amp;bonner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh schedules</source>
        <translation>&amp;Actualiser les programmes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+59"/>
        <source>Add a live…</source>
        <translation>Ajouter un live…</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Add a creator…</source>
        <translation>Ajouter un créateur…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add event…</source>
        <translation>&amp;Ajouter un événement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip this one</source>
        <translation>Sauter &amp;celui-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent and missed reminders</source>
        <translation>Rappels récents et manqués</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snooze {n} min</source>
        <translation>Repousser de {n} min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open creator&apos;s page…</source>
        <translation>&amp;Ouvrir la page du créateur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear missed</source>
        <translation>Effacer les &amp;manqués</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No reminders yet. Lives you add remind you before they start; missed reminders stay here until you clear them.</source>
        <translation>Pas encore de rappels. Les lives que tu ajoutes te préviennent avant de commencer ; les rappels manqués restent ici jusqu’à ce que tu les effaces.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&lt;b&gt;Coming up&lt;/b&gt; (next {n} days)</source>
        <translation>&lt;b&gt;À venir&lt;/b&gt; ({n} prochains jours)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No lives coming up</source>
        <translation>Aucun live à venir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add when your creators go live, or subscribe to a schedule; the next {n} days show here.</source>
        <translation>Ajoute quand tes créateurs passent en live, ou abonne-toi à un programme ; les {n} prochains jours s’affichent ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing on this day</source>
        <translation>Rien ce jour-là</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a live on this day, or pick another.</source>
        <translation>Ajoute un live ce jour-là, ou choisis-en un autre.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reminder: {title} at {time}</source>
        <translation>Rappel : {title} à {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (late)</source>
        <translation> (en retard)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missed: {title} ({time})</source>
        <translation>Manqué : {title} ({time})</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Delete every occurrence of “{title}”?</source>
        <translation>Supprimer toutes les occurrences de « {title} » ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{title}”?</source>
        <translation>Supprimer « {title} » ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete event</source>
        <translation>Supprimer l’événement</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../companion/ui/calendar/calendar_view.py" line="+38"/>
        <source>Month shown</source>
        <translation>Mois affiché</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month or week</source>
        <translation>Mois ou semaine précédents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month or week</source>
        <translation>Mois ou semaine suivants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd’hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Week</source>
        <translation>Se&amp;maine</translation>
    </message>
</context>
<context>
    <name>ClipboardGuard</name>
    <message>
        <location filename="../../companion/ui/links/clipboard_guard.py" line="+67"/>
        <source>The link you copied is not official</source>
        <translation>Le lien que tu as copié n’est pas officiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host}: {reason} Don&apos;t pay there.</source>
        <translation>{host} : {reason} Ne paie pas là-bas.</translation>
    </message>
</context>
<context>
    <name>CreatorDialog</name>
    <message>
        <location filename="../../companion/ui/calendar/event_dialogs.py" line="+311"/>
        <source>Creator</source>
        <translation>Créateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(any)</source>
        <translation>(n’importe)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handle</source>
        <translation>&amp;Pseudo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile &amp;link</source>
        <translation>&amp;Lien du profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time &amp;zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Creator colour</source>
        <translation>Couleur du créateur</translation>
    </message>
</context>
<context>
    <name>CreatorsDialog</name>
    <message>
        <location filename="../../companion/ui/calendar/creators_dialog.py" line="+28"/>
        <location line="+3"/>
        <source>Creators</source>
        <translation>Créateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport events…</source>
        <translation>E&amp;xporter les événements…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete creator</source>
        <translation>Supprimer le créateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name}? Their events stay in the calendar.</source>
        <translation>Supprimer {name} ? Ses événements restent dans le calendrier.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export events</source>
        <translation>Exporter les événements</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <location filename="../../companion/ui/budget/csv_mapping.py" line="+33"/>
        <source>How to read {name}</source>
        <translation>Comment lire {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This CSV is new to Fan Companion. Say which columns hold what; the next file with the same columns is read the same way.</source>
        <translation>Fan Companion ne connaît pas encore ce CSV. Indique ce que contient chaque colonne ; le prochain fichier avec les mêmes colonnes sera lu de la même façon.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amounts use a decimal comma (1.234,56)</source>
        <translation>Les montants utilisent une virgule décimale (1.234,56)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. EUR, when no column says</source>
        <translation>p. ex. EUR, si aucune colonne ne l’indique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payee</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (signed)</source>
        <translation>Montant (signé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money out</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money in</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memo</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency column</source>
        <translation>Colonne de devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction id</source>
        <translation>Identifiant de transaction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns separated by</source>
        <translation>Colonnes séparées par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows before the header</source>
        <translation>Lignes avant l’en-tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date format</source>
        <translation>Format de date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currency</source>
        <translation>Devise</translation>
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
        <translation>Noter un achat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a gift sent</source>
        <translation>Noter un cadeau envoyé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount paid</source>
        <translation>Montant payé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creator</source>
        <translation>Créateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Units</source>
        <translation>&amp;Unités</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;aid</source>
        <translation>&amp;Payé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency</source>
        <translation>&amp;Devise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Creator</source>
        <translation>&amp;Créateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../companion/ui/calendar/event_dialogs.py" line="-303"/>
        <source>Edit live event</source>
        <translation>Modifier le live</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New live event</source>
        <translation>Nouveau live</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;reator</source>
        <translation>C&amp;réateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duration</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;peats</source>
        <translation>&amp;Répétition</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;minders (min before)</source>
        <translation>Ra&amp;ppels (min avant)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned spend&amp;ing</source>
        <translation>&amp;Dépense prévue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no creator)</source>
        <translation>(aucun créateur)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly on…</source>
        <translation>Chaque semaine le…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom rule (iCalendar)…</source>
        <translation>Règle personnalisée (iCalendar)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Minutes before the start, separated by commas</source>
        <translation>Minutes avant le début, séparées par des virgules</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional, in {cur}</source>
        <translation>facultatif, en {cur}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>Créateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start (local time)</source>
        <translation>Début (heure locale)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurrence rule</source>
        <translation>Règle de répétition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders, minutes before</source>
        <translation>Rappels, minutes avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned spending</source>
        <translation>Dépense prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>All day, in your own time zone.</source>
        <translation>Toute la journée, dans ton propre fuseau horaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In your time ({zone}): {when}</source>
        <translation>À ton heure ({zone}) : {when}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../companion/ui/shell/file_actions.py" line="+31"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+84"/>
        <location line="+64"/>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>{file} was not imported:

{why}

Nothing was changed.</source>
        <translation>{file} n’a pas été importé :

{why}

Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+146"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing {name}…</source>
        <translation>Import de {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{file} was not imported:

{why}</source>
        <translation>{file} n’a pas été importé :

{why}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not restored</source>
        <translation>Non restauré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore from backup?</source>
        <translation>Restaurer depuis la sauvegarde ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace all your data with the backup from {when} ({entries} ledger entries, {events} events)?

Your current data is kept as a backup first.</source>
        <translation>Remplacer toutes tes données par la sauvegarde du {when} ({entries} opérations, {events} événements) ?

Tes données actuelles sont d’abord sauvegardées.</translation>
    </message>
</context>
<context>
    <name>GiftsDialog</name>
    <message>
        <location filename="../../companion/ui/bundles/bundle_dialogs.py" line="+164"/>
        <source>{name} gifts</source>
        <translation>Cadeaux {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gifts of this platform</source>
        <translation>Cadeaux de cette plateforme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gift</source>
        <translation>Cadeau</translation>
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
        <translation>Note</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Gift name</source>
        <translation>Nom du cadeau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price in {unit}</source>
        <translation>Prix en {unit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Costs</source>
        <translation>&amp;Coûte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
</context>
<context>
    <name>GivePanel</name>
    <message>
        <location filename="../../companion/ui/bundles/plan_panel.py" line="+208"/>
        <source>To give a creator…</source>
        <translation>Pour donner à un créateur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount the creator should receive</source>
        <translation>Montant que le créateur doit recevoir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You send</source>
        <translation>Tu envoies</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You pay</source>
        <translation>Tu paies</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../companion/ui/home/home_page.py" line="+107"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next lives</source>
        <translation>Prochains lives</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>Add a creator…</source>
        <translation>Ajouter un créateur…</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+71"/>
        <source>Add a live…</source>
        <translation>Ajouter un live…</translation>
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
        <translation>Ajouter un budget…</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Open Budget</source>
        <translation>Ouvrir Budget</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wallets</source>
        <translation>Portefeuilles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest alerts</source>
        <translation>Dernières alertes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Log a purchase…</source>
        <translation>&amp;Noter un achat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;nd the cheapest way…</source>
        <translation>&amp;Trouver le moins cher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a lin&amp;k…</source>
        <translation>Vérifier un &amp;lien…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No lives in the next two weeks</source>
        <translation>Aucun live dans les deux prochaines semaines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add your favourite creators and when they go live; their next streams show here with a countdown and a reminder.</source>
        <translation>Ajoute tes créateurs préférés et quand ils passent en live ; leurs prochains streams s’affichent ici avec un compte à rebours et un rappel.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Open stream…</source>
        <translation>Ouvrir le stream…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open {name}&apos;s stream</source>
        <translation>Ouvrir le stream de {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the creator&apos;s profile link to open it from here.</source>
        <translation>Ajoute le lien du profil du créateur pour l’ouvrir d’ici.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No budget yet</source>
        <translation>Pas encore de budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a weekly or monthly limit, overall or per platform or creator, and see here how far along you are.</source>
        <translation>Fixe un plafond hebdomadaire ou mensuel, global ou par plateforme ou créateur, et vois ici où tu en es.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing bought yet</source>
        <translation>Rien acheté pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log what you buy and send; each platform&apos;s balance shows here.</source>
        <translation>Note ce que tu achètes et envoies ; le solde de chaque plateforme s’affiche ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a purchase…</source>
        <translation>Noter un achat…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More sent than logged as bought</source>
        <translation>Plus envoyé que ce qui est noté comme acheté</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No alerts. When a budget passes one of its marks, it is noted here.</source>
        <translation>Aucune alerte. Quand un budget dépasse un de ses seuils, c’est noté ici.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{when} · {label}, {period}: passed {mark}%</source>
        <translation>{when} · {label}, {period} : au-delà de {mark} %</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../companion/ui/shell/i18n.py" line="+134"/>
        <source>System language ({name})</source>
        <translation>Langue du système ({name})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new language is used the next time Fan Companion starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Fan Companion.</translation>
    </message>
</context>
<context>
    <name>LedgerActions</name>
    <message>
        <location filename="../../companion/ui/budget/ledger_actions.py" line="+59"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>LedgerFilterBar</name>
    <message>
        <location filename="../../companion/ui/budget/ledger_filter.py" line="+28"/>
        <source>Filter by platform</source>
        <translation>Filtrer par plateforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by creator</source>
        <translation>Filtrer par créateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All platforms</source>
        <translation>Toutes les plateformes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All creators</source>
        <translation>Tous les créateurs</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../companion/ui/budget/ledger_model.py" line="+137"/>
        <source>Purchase</source>
        <translation>Achat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no rate</source>
        <translation>pas de taux</translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <location filename="../../companion/ui/links/links_page.py" line="+43"/>
        <source>Official links</source>
        <translation>Liens officiels</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Buy only through these official channels. Paste any link below to check it before you pay — the check runs on your computer, nothing is sent anywhere.</source>
        <translation>N’achète que par ces canaux officiels. Colle n’importe quel lien ci-dessous pour le vérifier avant de payer — la vérification se fait sur ton ordinateur, rien n’est envoyé nulle part.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Third-party coin sites are not listed, however cheap or well reviewed: they ask for your account login, and a platform can ban an account topped up through them.</source>
        <translation>Les sites de pièces tiers ne sont pas listés, même bon marché ou bien notés : ils demandent tes identifiants, et une plateforme peut bannir un compte rechargé par leur biais.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paste a link, e.g. https://www.tiktok.com/coin</source>
        <translation>Colle un lien, p. ex. https://www.tiktok.com/coin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to check</source>
        <translation>Lien à vérifier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check link</source>
        <translation>&amp;Vérifier le lien</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Official purchase channels</source>
        <translation>Canaux d’achat officiels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>What it is for</source>
        <translation>À quoi il sert</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Checked</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y link</source>
        <translation>Cop&amp;ier le lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add my own link…</source>
        <translation>Ajouter &amp;mon propre lien…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{t} (unverified)</source>
        <translation>{t} (non vérifié)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{p}
Source: {s}</source>
        <translation>{p}
Source : {s}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other links</source>
        <translation>Autres liens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} — added by you</source>
        <translation>{title} — ajouté par toi</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Remove link?</source>
        <translation>Supprimer le lien ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{title}” from your links?</source>
        <translation>Retirer « {title} » de tes liens ?</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../../companion/ui/budget/lock_panel.py" line="+35"/>
        <source>Spending lock: on. {problem}</source>
        <translation>Verrou des dépenses : activé. {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spending lock: on.</source>
        <translation>Verrou des dépenses : activé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn lock &amp;off…</source>
        <translation>&amp;Désactiver le verrou…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spending lock: off. {problem}</source>
        <translation>Verrou des dépenses : désactivé. {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spending lock: off.</source>
        <translation>Verrou des dépenses : désactivé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn lock o&amp;n…</source>
        <translation>&amp;Activer le verrou…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two passcodes differ.</source>
        <translation>Les deux codes sont différents.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Spending lock</source>
        <translation>Verrou des dépenses</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{problem}

Turn the lock off?</source>
        <translation>{problem}

Désactiver le verrou ?</translation>
    </message>
</context>
<context>
    <name>LockSetupDialog</name>
    <message>
        <location filename="../../companion/ui/budget/budget_dialogs.py" line="+146"/>
        <source>Turn on the spending lock</source>
        <translation>Activer le verrou des dépenses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the lock on, raising, pausing or removing a budget and saving a purchase that goes over budget need this passcode. It is kept only in your system keychain.</source>
        <translation>Verrou activé, ce code est demandé pour augmenter, suspendre ou supprimer un budget et pour enregistrer un achat qui dépasse le budget. Il est gardé uniquement dans le trousseau de ton système.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New passcode</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passcode again</source>
        <translation>Confirme le code</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Turn on</source>
        <translation>Activer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../companion/ui/shell/main_window.py" line="+91"/>
        <source>Demo data, not saved</source>
        <translation>Données de démo, non enregistrées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome…</source>
        <translation>&amp;Bienvenue…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Fan Companion</source>
        <translation>À &amp;propos de Fan Companion</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>About Fan Companion</source>
        <translation>À propos de Fan Companion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Fan Companion {version}&lt;/h3&gt;&lt;p&gt;Bundles, budget, calendar and official links for fans who gift on live streams. Works offline; your data stays in &lt;code&gt;{folder}&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fan Companion {version}&lt;/h3&gt;&lt;p&gt;Packs, budget, calendrier et liens officiels pour les fans qui offrent des cadeaux en live. Fonctionne hors ligne ; tes données restent dans &lt;code&gt;{folder}&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Still running in the tray so reminders can reach you. Choose Quit from the tray menu to stop it.</source>
        <translation>Toujours actif dans la zone de notification pour que les rappels te parviennent. Choisis Quitter dans son menu pour l’arrêter.</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../companion/ui/calendar/month_grid.py" line="+45"/>
        <source>Month view</source>
        <translation>Vue mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week view</source>
        <translation>Vue semaine</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>+{n} more</source>
        <translation>+{n} de plus</translation>
    </message>
</context>
<context>
    <name>PasscodeDialog</name>
    <message>
        <location filename="../../companion/ui/budget/budget_dialogs.py" line="-41"/>
        <source>Spending lock</source>
        <translation>Verrou des dépenses</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passcode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../companion/ui/bundles/plan_panel.py" line="-180"/>
        <source>Cheapest way to get…</source>
        <translation>Le moins cher pour obtenir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform to plan for</source>
        <translation>Plateforme à planifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel to plan for</source>
        <translation>Canal à planifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any channel</source>
        <translation>N’importe quel canal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;units</source>
        <translation>&amp;unités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gif&amp;ts</source>
        <translation>&amp;cadeaux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>How many</source>
        <translation>Combien</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Fi&amp;nd cheapest</source>
        <translation>&amp;Trouver le moins cher</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the official &amp;store…</source>
        <translation>Ouvrir la &amp;boutique officielle…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the platform&apos;s own store after showing where the link really goes</source>
        <translation>Ouvre la boutique de la plateforme elle-même après avoir montré où mène vraiment le lien</translation>
    </message>
</context>
<context>
    <name>PlatformDelegate</name>
    <message>
        <location filename="../../companion/ui/budget/statement_preview.py" line="+132"/>
        <source>Platform for {payee}</source>
        <translation>Plateforme pour {payee}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location line="-78"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payee</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the ledger</source>
        <translation>Déjà dans le journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recognised as gifting: pick a platform to add it</source>
        <translation>Pas reconnu comme un achat de cadeaux : choisis une plateforme pour l’ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not gifting</source>
        <translation>Pas un achat de cadeaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{units} units</source>
        <translation>{units} unités</translation>
    </message>
</context>
<context>
    <name>PromotionsDialog</name>
    <message>
        <location filename="../../companion/ui/bundles/bundle_dialogs.py" line="-116"/>
        <source>Promotions on {units} {unit}</source>
        <translation>Promotions sur {units} {unit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Promotions on this bundle</source>
        <translation>Promotions sur ce pack</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>% extra</source>
        <translation>% en plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra units</source>
        <translation>unités en plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of bonus</source>
        <translation>Type de bonus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bonus amount</source>
        <translation>Montant du bonus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last day the bonus counts</source>
        <translation>Dernier jour où le bonus compte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove selected</source>
        <translation>Supp&amp;rimer la sélection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until</source>
        <translation>jusqu’au</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (expired)</source>
        <translation> (expirée)</translation>
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
        <translation>Taux de change</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange rates you keep</source>
        <translation>Taux de change que tu conserves</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pair</source>
        <translation>Paire</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>As of</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>From currency</source>
        <translation>Devise de départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To currency</source>
        <translation>Devise d’arrivée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of date</source>
        <translation>Date du taux</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save rate</source>
        <translation>&amp;Enregistrer le taux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove selected</source>
        <translation>Supp&amp;rimer la sélection</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A rate is what one unit of the first currency buys of the second: USD, EUR and 0.92 mean 1 USD = 0.92 EUR. Rates older than 30 days are marked as old wherever they are used.</source>
        <translation>Un taux indique ce qu’une unité de la première devise achète de la seconde : USD, EUR et 0,92 signifient 1 USD = 0,92 EUR. Les taux de plus de 30 jours sont marqués comme anciens partout où ils servent.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (old)</source>
        <translation> (ancien)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Remove rate?</source>
        <translation>Supprimer le taux ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the {b}/{q} rate?</source>
        <translation>Supprimer le taux {b}/{q} ?</translation>
    </message>
</context>
<context>
    <name>ReminderScheduler</name>
    <message>
        <location filename="../../companion/ui/calendar/reminder_scheduler.py" line="+95"/>
        <source>Missed reminder: {name}{title}</source>
        <translation>Rappel manqué : {name}{title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started at {time}; it is still on.</source>
        <translation>A commencé à {time} ; c’est toujours en cours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Live in {n} min, at {time}.</source>
        <translation>En live dans {n} min, à {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live now.</source>
        <translation>En live maintenant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started {n} min ago, at {time}.</source>
        <translation>A commencé il y a {n} min, à {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended {n} min ago.</source>
        <translation>Terminé il y a {n} min.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open stream</source>
        <translation>Ouvrir le live</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze 10 min</source>
        <translation>Répéter dans 10 min</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../companion/ui/budget/reports_view.py" line="+46"/>
        <source>Purchases, last 12 months</source>
        <translation>Achats, 12 derniers mois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bar chart of spending per month</source>
        <translation>Graphique en barres des dépenses par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Dépensé</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creator</source>
        <translation>Créateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gifts&apos; value</source>
        <translation>Valeur des cadeaux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By platform</source>
        <translation>Par plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By creator</source>
        <translation>Par créateur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No spending to show yet</source>
        <translation>Aucune dépense à afficher pour l’instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once you log purchases and gifts, this shows what you spent each month, on which platform and for which creator.</source>
        <translation>Une fois tes achats et cadeaux notés, tu verras ici ce que tu as dépensé chaque mois, sur quelle plateforme et pour quel créateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a purchase…</source>
        <translation>Noter un achat…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Spent ({cur})</source>
        <translation>Dépensé ({cur})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Monthly budget</source>
        <translation>Budget mensuel</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../companion/ui/shell/settings_page.py" line="+54"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Home currency</source>
        <translation>Devise principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices and budgets are shown in this currency.</source>
        <translation>Les prix et budgets sont affichés dans cette devise.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default reminder lead time in minutes</source>
        <translation>Délai de rappel par défaut en minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;reminder before a live</source>
        <translation>&amp;Rappel par défaut avant un live</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your time zone</source>
        <translation>Ton fuseau horaire</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your &amp;time zone</source>
        <translation>Ton &amp;fuseau horaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day of the week</source>
        <translation>Premier jour de la semaine</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Home &amp;currency</source>
        <translation>&amp;Devise principale</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>W&amp;eeks start on</source>
        <translation>Les &amp;semaines commencent le</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Light or dark appearance</source>
        <translation>Apparence claire ou sombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Appearance</source>
        <translation>A&amp;pparence</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start minimised to the tray</source>
        <translation>Démarrer réduit dans la zone de notification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This system has no tray to start in.</source>
        <translation>Ce système n’a pas de zone de notification où démarrer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Warn me when I copy a link to a fake site</source>
        <translation>&amp;M’avertir quand je copie un lien vers un faux site</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When you copy a link that looks like TikTok, Twitch, YouTube, PayPal or another site you pay through but is not their official page, a notification says so and why. The check runs on this computer; nothing you copy is stored or sent.</source>
        <translation>Quand tu copies un lien qui ressemble à TikTok, Twitch, YouTube, PayPal ou un autre site où tu paies mais qui n’est pas leur page officielle, une notification te le dit et explique pourquoi. La vérification se fait sur cet ordinateur ; rien de ce que tu copies n’est conservé ni envoyé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep reminders running after the window closes</source>
        <translation>Garder les rappels actifs après la fermeture de la fenêtre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tray keeps reminders running.</source>
        <translation>L’icône de la zone de notification garde les rappels actifs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start at lo&amp;gin (in the tray)</source>
        <translation>Démarrer à l’&amp;ouverture de session (dans la zone de notification)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Automatic backups to keep</source>
        <translation>Sauvegardes automatiques à garder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic &amp;backups to keep</source>
        <translation>Sauvegardes automatiques à &amp;garder</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Available: {name}</source>
        <translation>Disponible : {name}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>your desktop&apos;s keyring (Secret Service: GNOME Keyring or KWallet)</source>
        <translation>le trousseau de ton bureau (Secret Service : GNOME Keyring ou KWallet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the macOS Keychain</source>
        <translation>le trousseau macOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Windows Credential Manager</source>
        <translation>le Gestionnaire d’identification Windows</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a keychain</source>
        <translation>un trousseau</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../companion/ui/shell/shortcuts.py" line="+41"/>
        <source>&amp;Log a purchase…</source>
        <translation>&amp;Noter un achat…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a li&amp;ve…</source>
        <translation>Ajouter un &amp;live…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a lin&amp;k…</source>
        <translation>Vérifier un &amp;lien…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search bundles…</source>
        <translation>&amp;Chercher des packs…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Previous month or week</source>
        <translation>Mois ou semaine &amp;précédents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next month or week</source>
        <translation>Mois ou semaine &amp;suivants</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+1 to Ctrl+6</source>
        <translation>Ctrl+1 à Ctrl+6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a section, in the sidebar&apos;s order</source>
        <translation>Afficher une section, dans l’ordre de la barre latérale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next or previous control, out of tables too</source>
        <translation>Contrôle suivant ou précédent, y compris pour sortir des tableaux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+lettre soulignée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press that button or go to that field</source>
        <translation>Appuyer sur ce bouton ou aller à ce champ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrow keys</source>
        <translation>Touches fléchées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between days in the calendar grid</source>
        <translation>Passer d’un jour à l’autre dans la grille du calendrier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page Up, Page Down</source>
        <translation>Page préc., Page suiv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four weeks back or on in the calendar grid</source>
        <translation>Quatre semaines en arrière ou en avant dans la grille du calendrier</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+33"/>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>StatementImport</name>
    <message>
        <location filename="../../companion/ui/budget/statement_import.py" line="+36"/>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing {name}…</source>
        <translation>Import de {name}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was not imported:

{why}

Nothing was changed.</source>
        <translation>{file} n’a pas été importé :

{why}

Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../../companion/ui/budget/import_worker.py" line="+69"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>StatementPreview</name>
    <message>
        <location filename="../../companion/ui/budget/statement_preview.py" line="+92"/>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lines in the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Import 1 entry</source>
        <translation>Importer 1 opération</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Import %Ln entries</source>
        <translation>
            <numerusform>Importer %Ln opération</numerusform>
            <numerusform>Importer %Ln opérations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../companion/ui/shell/tray.py" line="+23"/>
        <source>Open Fan Companion</source>
        <translation>Ouvrir Fan Companion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a link…</source>
        <translation>Vérifier un lien…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>VerdictView</name>
    <message>
        <location filename="../../companion/ui/links/verdict_view.py" line="+69"/>
        <source>Site: {host}</source>
        <translation>Site : {host}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../companion/ui/home/welcome.py" line="+43"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Welcome to Fan Companion</source>
        <translation>Bienvenue dans Fan Companion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A few questions so the figures are in your money and your time. Everything here can be changed later in Settings, and you can skip it.</source>
        <translation>Quelques questions pour que les chiffres soient dans ta devise et à ton heure. Tout peut être changé plus tard dans les Paramètres, et tu peux passer cette étape.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;kip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Home currency</source>
        <translation>Devise principale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You pay in</source>
        <translation>Tu paies en</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Your time zone</source>
        <translation>Ton fuseau horaire</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Platforms you use</source>
        <translation>Plateformes que tu utilises</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>optional, e.g. 40</source>
        <translation>facultatif, p. ex. 40</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly budget, optional</source>
        <translation>Budget mensuel, facultatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly budget</source>
        <translation>Budget mensuel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste a profile link, e.g. https://www.twitch.tv/name</source>
        <translation>Colle un lien de profil, p. ex. https://www.twitch.tv/nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Favourite creator&apos;s profile link</source>
        <translation>Lien du profil du créateur préféré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Favourite creators</source>
        <translation>Créateurs préférés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The spending lock (on the Budget page) asks for a passcode before a budget is raised or the lock turned off. The passcode is kept in your system&apos;s keychain, never in Fan Companion&apos;s own files.</source>
        <translation>Le verrou des dépenses (page Budget) demande un code avant qu’un budget soit augmenté ou que le verrou soit désactivé. Le code est gardé dans le trousseau de ton système, jamais dans les fichiers de Fan Companion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A keychain is available on this computer.</source>
        <translation>Un trousseau est disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available on this computer, so the lock stays off until one is set up (on Linux: GNOME Keyring or KWallet).</source>
        <translation>Aucun trousseau n’est disponible sur cet ordinateur : le verrou reste désactivé tant qu’il n’y en a pas (sous Linux : GNOME Keyring ou KWallet).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Added: {names}</source>
        <translation>Ajoutés : {names}</translation>
    </message>
</context>
<context>
    <name>_Countdown</name>
    <message>
        <location filename="../../companion/ui/home/countdown.py" line="+19"/>
        <source>live now</source>
        <translation>en live</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n min</source>
        <translation>
            <numerusform>dans %n min</numerusform>
            <numerusform>dans %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in {h} h {m:02d} min</source>
        <translation>dans {h} h {m:02d} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in 1 day {h} h</source>
        <translation>dans 1 jour {h} h</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n days {h} h</source>
        <translation>
            <numerusform>dans %n jour {h} h</numerusform>
            <numerusform>dans %n jours {h} h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_PlanWords</name>
    <message>
        <location filename="../../companion/ui/bundles/plan_panel.py" line="+90"/>
        <source>1 purchase of {units} {unit} {where}, {total}</source>
        <translation>1 achat de {units} {unit} {where}, {total}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n purchases of {units} {unit} {where}, {total} ({each} each)</source>
        <translation>
            <numerusform>%n achat de {units} {unit} {where}, {total} ({each} chacun)</numerusform>
            <numerusform>%n achats de {units} {unit} {where}, {total} ({each} chacun)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_UndoWords</name>
    <message>
        <location filename="../../companion/ui/budget/statement_import.py" line="+38"/>
        <source>Undo import of {name}, 1 entry</source>
        <translation>Annuler l’import de {name}, 1 opération</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Undo import of {name}, %Ln entries</source>
        <translation>
            <numerusform>Annuler l’import de {name}, %Ln opération</numerusform>
            <numerusform>Annuler l’import de {name}, %Ln opérations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>budget</name>
    <message>
        <location filename="../../companion/ui/budget/budget_flow.py" line="+34"/>
        <source>Over budget</source>
        <translation>Budget dépassé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving this takes you over budget:

{lines}

Save it anyway?</source>
        <translation>Enregistrer ceci te fait dépasser le budget :

{lines}

L’enregistrer quand même ?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No {source}→{target} rate is kept, so this purchase cannot be counted against your budgets yet.

1 {source} = ? {target}</source>
        <translation>Aucun taux {source}→{target} n’est enregistré, donc cet achat ne peut pas encore compter dans tes budgets.

1 {source} = ? {target}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exchange rate</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Spending lock</source>
        <translation>Verrou des dépenses</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Budget {pct}% reached</source>
        <translation>Budget atteint à {pct} %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}, {period}: {spent} of {limit} ({pct}%).</source>
        <translation>{label}, {period} : {spent} sur {limit} ({pct} %).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open budget</source>
        <translation>Ouvrir le budget</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../companion/core/links/reasons.py" line="+11"/>
        <source>The address is empty.</source>
        <translation>L’adresse est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address is {length} characters long; real purchase pages are far shorter, and an address that long is hiding something.</source>
        <translation>L’adresse fait {length} caractères ; les vraies pages d’achat sont bien plus courtes, et une adresse aussi longue cache quelque chose.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It contains spaces or invisible control characters.</source>
        <translation>Elle contient des espaces ou des caractères de contrôle invisibles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It contains a backslash, a trick that makes browsers open a different site than the one you read.</source>
        <translation>Elle contient une barre oblique inversée, une astuce qui fait ouvrir au navigateur un autre site que celui que tu lis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It uses the bait words &quot;{words}&quot;: no platform gives away its currency.</source>
        <translation>Elle utilise les mots d’appât « {words} » : aucune plateforme ne donne sa monnaie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{site} is not one of the official sites of any platform in the list.</source>
        <translation>{site} n’est un site officiel d’aucune plateforme de la liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It forwards through too many sites to follow.</source>
        <translation>Elle redirige par trop de sites pour être suivie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{page} only forwards to another address, so the link is judged by where it leads: {target}.</source>
        <translation>{page} ne fait que rediriger vers une autre adresse : le lien est donc jugé sur sa destination, {target}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{page} only forwards to another address, so the link is judged by where it leads: an address that is not valid.</source>
        <translation>{page} ne fait que rediriger vers une autre adresse : le lien est donc jugé sur sa destination, une adresse non valide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The app&apos;s list of official sites was changed after it shipped, so no link can be confirmed. Reinstall Fan Companion to restore it.</source>
        <translation>La liste des sites officiels de l’app a été modifiée après sa publication : aucun lien ne peut être confirmé. Réinstalle Fan Companion pour la restaurer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{page} is an official {platform} purchase or help page, opened over https.</source>
        <translation>{page} est une page officielle d’achat ou d’aide de {platform}, ouverte en https.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{page} is an official {platform} payment page, opened over https.</source>
        <translation>{page} est une page officielle de paiement de {platform}, ouverte en https.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{site} belongs to {owner}, but {path} is not one of its purchase or help pages (it may be a channel, a profile or another page).</source>
        <translation>{site} appartient à {owner}, mais {path} n’est pas une de ses pages d’achat ou d’aide (ce peut être une chaîne, un profil ou une autre page).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{site} belongs to {owner}, but the link is not safe as written.</source>
        <translation>{site} appartient à {owner}, mais le lien tel qu’il est écrit n’est pas sûr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{page} is a page anyone can make on {owner} (a profile, channel, bot or shared document); {owner} does not vouch for what it says.</source>
        <translation>{page} est une page que n’importe qui peut créer sur {owner} (un profil, une chaîne, un bot ou un document partagé) ; {owner} ne garantit pas ce qu’elle dit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{word}&apos; names {platform} on a page anyone can make: {platform} does not sell through other people&apos;s pages.</source>
        <translation>« {word} » cite {platform} sur une page que n’importe qui peut créer : {platform} ne vend pas par les pages d’autres personnes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything before &apos;@&apos; is a disguise: this link really opens {site}.</source>
        <translation>Tout ce qui précède « @ » est un déguisement : ce lien ouvre en réalité {site}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The port number after &apos;:&apos; is not valid.</source>
        <translation>Le numéro de port après « : » n’est pas valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It uses the unusual port {port}; official pages never do.</source>
        <translation>Elle utilise le port inhabituel {port} ; les pages officielles ne le font jamais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no site name.</source>
        <translation>Elle n’a pas de nom de site.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It points at a bare IP address ({address}) instead of a named site.</source>
        <translation>Elle pointe vers une adresse IP brute ({address}) au lieu d’un site nommé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{site} is a public suffix, not a site anyone owns.</source>
        <translation>{site} est un suffixe public, pas un site qui appartient à quelqu’un.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{site} is a link shortener: the real destination is hidden.</source>
        <translation>{site} est un raccourcisseur de liens : la vraie destination est cachée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{site} uses international letters that can imitate ordinary ones.</source>
        <translation>{site} utilise des lettres internationales qui peuvent imiter les lettres ordinaires.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{label}&apos; imitates &apos;{brand}&apos; with look-alike letters, on {site}.</source>
        <translation>« {label} » imite « {brand} » avec des lettres ressemblantes, sur {site}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{label}&apos; is one letter away from &apos;{brand}&apos; ({platform}): a typo-squatting site.</source>
        <translation>« {label} » est à une lettre de « {brand} » ({platform}) : un site qui exploite les fautes de frappe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It uses the name {platform} but the site is {site}, which {platform} does not own.</source>
        <translation>Elle utilise le nom {platform}, mais le site est {site}, qui n’appartient pas à {platform}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{label}&apos; borrows the name {platform}, but the site is {site}.</source>
        <translation>« {label} » emprunte le nom {platform}, mais le site est {site}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is a &apos;{scheme}:&apos; link, which runs code or opens local data instead of a website. Never open it.</source>
        <translation>C’est un lien « {scheme}: », qui exécute du code ou ouvre des données locales au lieu d’un site web. Ne l’ouvre jamais.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It does not start with https://, so it is not a secure web page.</source>
        <translation>Elle ne commence pas par https:// : ce n’est donc pas une page web sécurisée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is not a valid web address ({detail}).</source>
        <translation>Ce n’est pas une adresse web valide ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It uses &apos;{scheme}:&apos; instead of https:, so anyone on the network could change the page.</source>
        <translation>Elle utilise « {scheme}: » au lieu de https: : n’importe qui sur le réseau pourrait modifier la page.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{site}&apos; is not a valid site name (empty part between dots).</source>
        <translation>« {site} » n’est pas un nom de site valide (partie vide entre deux points).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{site}&apos; contains characters not allowed in site names.</source>
        <translation>« {site} » contient des caractères interdits dans les noms de site.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{site}&apos; is not a valid international site name ({detail}); real sites never are.</source>
        <translation>« {site} » n’est pas un nom de site international valide ({detail}) ; les vrais sites le sont toujours.</translation>
    </message>
    <message>
        <location filename="../../companion/core/money/money.py" line="+27"/>
        <source>&apos;{code}&apos; is not an ISO 4217 currency code</source>
        <translation>« {code} » n’est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} amounts have no decimals, got {amount}</source>
        <translation>Les montants en {currency} n’ont pas de décimales ; saisi : {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} amounts have at most {digits} decimal(s), got {amount}</source>
        <translation>Les montants en {currency} ont au plus {digits} décimales ; saisi : {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{start}…&apos; is too long to be a number (over {limit} characters)</source>
        <translation>« {start}… » est trop long pour être un nombre (plus de {limit} caractères)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write &apos;{text}&apos; out in full, without an exponent</source>
        <translation>écris « {text} » en entier, sans exposant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give amounts as text like &quot;4.99&quot;, not a binary float</source>
        <translation>donne les montants en texte, comme « 4.99 », pas en nombre flottant binaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing amount</source>
        <translation>montant manquant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>« {text} » n’est pas un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/core/store/parsing.py" line="+15"/>
        <source>must be &gt; 0, got {text}</source>
        <translation>doit être supérieur à 0 ; saisi : {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text} is too large (over 1,000,000,000)</source>
        <translation>{text} est trop grand (plus de 1 000 000 000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{locale}&apos; is not a known locale</source>
        <translation>« {locale} » n’est pas un paramètre régional connu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a number as written here (like {example}, with &apos;{decimal}&apos; before the cents)</source>
        <translation>« {text} » n’est pas un nombre tel qu’on l’écrit ici (comme {example}, avec « {decimal} » avant les centimes)</translation>
    </message>
    <message>
        <location filename="../../companion/core/budget/ledger.py" line="+35"/>
        <source>&apos;{text}&apos; is not a date like 2026-11-25</source>
        <translation>« {text} » n’est pas une date comme 2026-11-25</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} is more than a day in the future</source>
        <translation>{day} est plus d’un jour dans le futur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} is too far in the past</source>
        <translation>{day} est trop loin dans le passé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who was the gift for?</source>
        <translation>pour qui était le cadeau ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name is too long</source>
        <translation>le nom est trop long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep it under {limit} characters</source>
        <translation>reste sous {limit} caractères</translation>
    </message>
    <message>
        <location filename="../../companion/core/store/parsing.py" line="-4"/>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{start}…&apos; is too long to be a count</source>
        <translation>« {start}… » est trop long pour être une quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>« {text} » n’est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} is absurdly large (over 1,000,000,000)</source>
        <translation>{number} est absurdement grand (plus de 1 000 000 000)</translation>
    </message>
    <message>
        <location filename="../../companion/core/budget/budget.py" line="+28"/>
        <source>choose a platform or a creator, not both</source>
        <translation>choisis une plateforme ou un créateur, pas les deux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the creator&apos;s name</source>
        <translation>indique le nom du créateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a whole percent</source>
        <translation>« {text} » n’est pas un pourcentage entier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} must be between 1 and 1000</source>
        <translation>{value} doit être compris entre 1 et 1000</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <location filename="../../companion/ui/links/links_flow.py" line="+21"/>
        <source>Open link?</source>
        <translation>Ouvrir le lien ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This opens &lt;b&gt;{host}&lt;/b&gt; in your browser.</source>
        <translation>Cela ouvre &lt;b&gt;{host}&lt;/b&gt; dans ton navigateur.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../companion/ui/calendar/subscribe_flow.py" line="+23"/>
        <source>Subscribe to a schedule</source>
        <translation>S’abonner à un programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the address of a creator&apos;s schedule (.ics).

Twitch: on the channel, open the Schedule tab and use its Export button; the link starts with https://api.twitch.tv/helix/schedule/icalendar?broadcaster_id=
Google Calendar: the calendar&apos;s settings, “Public address in iCal format”.
Other sites: look for “Subscribe”, “webcal://” or an .ics link.

Calendar address:</source>
        <translation>Colle l’adresse du planning d’un créateur (.ics).

Twitch : sur la chaîne, ouvre l’onglet Planning et utilise son bouton Exporter ; le lien commence par https://api.twitch.tv/helix/schedule/icalendar?broadcaster_id=
Google Agenda : dans les paramètres de l’agenda, « Adresse publique au format iCal ».
Autres sites : cherche « S’abonner », « webcal:// » ou un lien .ics.

Adresse de l’agenda :</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Subscribe</source>
        <translation>S’abonner</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+37"/>
        <source>Schedules</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>No subscriptions yet. Use Subscribe… with a schedule&apos;s .ics address.</source>
        <translation>Pas encore d’abonnements. Utilise S’abonner… avec l’adresse .ics d’un programme.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refreshing schedules…</source>
        <translation>Actualisation des programmes…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../companion/ui/shell/pages.py" line="+53"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundles</source>
        <translation>Packs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official links</source>
        <translation>Liens officiels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../../companion/ui/bundles/plan_panel.py" line="-22"/>
        <source>on the web</source>
        <translation>sur le web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the iOS app</source>
        <translation>dans l’app iOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the Android app</source>
        <translation>dans l’app Android</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>anywhere</source>
        <translation>n’importe où</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Total {total}&lt;/b&gt; for {units} {unit}</source>
        <translation>&lt;b&gt;Total {total}&lt;/b&gt; pour {units} {unit}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About {amount} reaches the creator (estimate)</source>
        <translation>Environ {amount} reviennent au créateur (estimation)</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <location filename="../../companion/ui/links/verdict_view.py" line="-48"/>
        <source>Official</source>
        <translation>Officiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspicious — do not pay here</source>
        <translation>Suspect — ne paie pas ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not official</source>
        <translation>Non officiel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On the platform&apos;s own site, but not a purchase page</source>
        <translation>Sur le site de la plateforme, mais pas une page d’achat</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../companion/ui/words.py" line="+9"/>
        <source>weekly</source>
        <translation>hebdomadaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
</context>
</TS>
