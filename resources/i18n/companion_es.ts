<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddLinkDialog</name>
    <message>
        <location filename="../../companion/ui/links/link_dialog.py" line="+35"/>
        <source>Add a link</source>
        <translation>Añadir un enlace</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link address</source>
        <translation>Dirección del enlace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link name</source>
        <translation>Nombre del enlace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work it out from the link</source>
        <translation>Deducirla del enlace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This link looks like a scam</source>
        <translation>Este enlace parece una estafa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reasons}

Save it anyway? It will stay marked as suspicious.</source>
        <translation>{reasons}

¿Guardarlo de todos modos? Seguirá marcado como sospechoso.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../companion/ui/calendar/agenda_model.py" line="+25"/>
        <source>When (your time)</source>
        <translation>Cuándo (tu hora)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>Directo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>Creador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their time</source>
        <translation>Su hora</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../companion/ui/shell/notify.py" line="+69"/>
        <source>Dismiss message</source>
        <translation>Cerrar mensaje</translation>
    </message>
</context>
<context>
    <name>BudgetCard</name>
    <message>
        <location filename="../../companion/ui/home/budget_card.py" line="+24"/>
        <source>On track</source>
        <translation>Vas bien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near the limit</source>
        <translation>Cerca del límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over budget</source>
        <translation>Por encima del presupuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{label}: {pct}% used</source>
        <translation>{label}: {pct}% usado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{pct}% · {spent} of {limit} · {left} left</source>
        <translation>{pct}% · {spent} de {limit} · quedan {left}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{pct}% · {spent} of {limit} · {over} over</source>
        <translation>{pct}% · {spent} de {limit} · {over} de más</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About {projected} by {day} at this pace</source>
        <translation>Unos {projected} para el {day} a este ritmo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Includes {planned} planned for upcoming lives</source>
        <translation>Incluye {planned} previstos para los próximos directos</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <location filename="../../companion/ui/budget/budget_dialogs.py" line="+184"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the budget covers</source>
        <translation>Qué cubre el presupuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All purchases</source>
        <translation>Todas las compras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purchases on {name}</source>
        <translation>Compras en {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gifts to {name}</source>
        <translation>Regalos a {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…or gifts to this creator</source>
        <translation>…o regalos a este creador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>Creador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert at percents</source>
        <translation>Avisar en estos porcentajes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Covers</source>
        <translation>&amp;Cubre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Limit ({cur})</source>
        <translation>&amp;Límite ({cur})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alerts at %</source>
        <translation>&amp;Avisos en %</translation>
    </message>
</context>
<context>
    <name>BudgetEditing</name>
    <message>
        <location filename="../../companion/ui/budget/budget_editing.py" line="+42"/>
        <source>Res&amp;ume</source>
        <translation>Rea&amp;nudar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Remove budget?</source>
        <translation>¿Quitar el presupuesto?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the {period} budget “{label}”?</source>
        <translation>¿Quitar el presupuesto {period} «{label}»?</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../companion/ui/budget/budget_page.py" line="+53"/>
        <location line="+30"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ledger</source>
        <translation>&amp;Movimientos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Queda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budgets</source>
        <translation>Presupuestos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add budget…</source>
        <translation>&amp;Añadir presupuesto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the latest change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Ledger</source>
        <translation>Movimientos</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing logged yet</source>
        <translation>Aún no has registrado nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log what you buy and the gifts you send: your wallets, budgets and reports are made from it. You can also import a CSV from File › Import.</source>
        <translation>Registra lo que compras y los regalos que envías: de ahí salen tus monederos, presupuestos e informes. También puedes importar un CSV desde Archivo › Importar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a purchase…</source>
        <translation>Registrar una compra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a gift…</source>
        <translation>Registrar un regalo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No entries match these filters</source>
        <translation>Ningún movimiento coincide con estos filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try another platform, creator or dates.</source>
        <translation>Prueba con otra plataforma, otro creador u otras fechas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show everything</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log &amp;purchase…</source>
        <translation>Registrar &amp;compra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;gift…</source>
        <translation>Registrar &amp;regalo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1 entry</source>
        <translation>1 movimiento</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n movimiento</numerusform>
            <numerusform>%n movimientos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source> (paused)</source>
        <translation> (en pausa)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>At the current pace, plus planned spending on upcoming lives ({planned})</source>
        <translation>Al ritmo actual, más el gasto previsto en próximos directos ({planned})</translation>
    </message>
</context>
<context>
    <name>BudgetRendering</name>
    <message>
        <location filename="../../companion/ui/budget/budget_render.py" line="+38"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; ({period}): {pct}% used — {amount} over the limit</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; ({period}): {pct}% usado — {amount} por encima del límite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; ({period}): {pct}% used — past {mark}%</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; ({period}): {pct}% usado — superado el {mark}%</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{name}: &lt;span style=&apos;color:{colour}&apos;&gt;{n} {unit} more sent than logged as bought&lt;/span&gt;</source>
        <translation>{name}: &lt;span style=&apos;color:{colour}&apos;&gt;{n} {unit} más enviados que comprados según el registro&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Wallets&lt;/b&gt; — {wallets}</source>
        <translation>&lt;b&gt;Monederos&lt;/b&gt; — {wallets}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Wallets&lt;/b&gt; — nothing logged yet. Log a purchase, or use “I bought this” on the Bundles page.</source>
        <translation>&lt;b&gt;Monederos&lt;/b&gt; — aún no hay nada registrado. Registra una compra o usa «Lo he comprado» en la página Paquetes.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{pct}% used</source>
        <translation>{pct}% usado</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../../companion/ui/bundles/bundle_dialogs.py" line="+51"/>
        <source>Edit bundle</source>
        <translation>Editar paquete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a bundle</source>
        <translation>Añadir un paquete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bonus units</source>
        <translation>Unidades extra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where you saw it</source>
        <translation>Dónde lo viste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Units</source>
        <translation>&amp;Unidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bonus units</source>
        <translation>Unidades &amp;extra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rice</source>
        <translation>P&amp;recio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel</source>
        <translation>C&amp;anal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;egion</source>
        <translation>Re&amp;gión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>&amp;Fuente</translation>
    </message>
</context>
<context>
    <name>BundleTableModel</name>
    <message>
        <location filename="../../companion/ui/bundles/bundles_model.py" line="+96"/>
        <source>Per 100 ({currency})</source>
        <translation>Por 100 ({currency})</translation>
    </message>
    <message>
        <location line="+37"/>
        <source> + {n} bonus</source>
        <translation> + {n} extra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> + {n} promo</source>
        <translation> + {n} de promoción</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>hace %n mes</numerusform>
            <numerusform>hace %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>hace %n año</numerusform>
            <numerusform>hace %n años</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}, {age}: may be out of date</source>
        <translation>{day}, {age}: puede estar desactualizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}, {age}</source>
        <translation>{day}, {age}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Price seen on {site} on {day}. A citation, not a place to buy: buy through the official store (Official links).</source>
        <translation>Precio visto en {site} el {day}. Es una referencia, no un sitio para comprar: compra en la tienda oficial (Enlaces oficiales).</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <location filename="../../companion/ui/bundles/bundles_page.py" line="+49"/>
        <location line="+4"/>
        <location line="+226"/>
        <source>Bundles</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Filter by platform</source>
        <translation>Filtrar por plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All platforms</source>
        <translation>Todas las plataformas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by channel</source>
        <translation>Filtrar por canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by currency</source>
        <translation>Filtrar por moneda</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Search bundles</source>
        <translation>Buscar paquetes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add bundle…</source>
        <translation>&amp;Añadir paquete…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Promotions…</source>
        <translation>&amp;Promociones…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange &amp;rates…</source>
        <translation>&amp;Tipos de cambio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gifts…</source>
        <translation>&amp;Regalos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gifts of the selected bundle&apos;s platform</source>
        <translation>Los regalos de la plataforma del paquete seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;bought this…</source>
        <translation>&amp;Lo he comprado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log this bundle as a purchase in your budget</source>
        <translation>Registrar este paquete como una compra en tu presupuesto</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All currencies</source>
        <translation>Todas las monedas</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>★ marks the best value per platform and channel. Shares reaching the creator are estimates.</source>
        <translation>★ marca el mejor precio por plataforma y canal. Lo que llega al creador es una estimación.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creator payout (estimate): {note} &lt;i&gt;Source: {src}&lt;/i&gt;</source>
        <translation>Pago al creador (estimado): {note} &lt;i&gt;Fuente: {src}&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;i&gt;Price seen on {site} on {day}.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Precio visto en {site} el {day}.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{units} {unit} bundle ({channel})</source>
        <translation>Paquete de {units} {unit} ({channel})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delete bundle?</source>
        <translation>¿Borrar el paquete?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {units} {unit} for {price}?</source>
        <translation>¿Borrar {units} {unit} por {price}?</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../companion/ui/calendar/calendar_page.py" line="+48"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show events of</source>
        <translation>Mostrar eventos de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Creators…</source>
        <translation>&amp;Creadores…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Subscribe…</source>
        <translation>&amp;Suscribirse…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh schedules</source>
        <translation>&amp;Actualizar horarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+59"/>
        <source>Add a live…</source>
        <translation>Añadir un directo…</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Add a creator…</source>
        <translation>Añadir un creador…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add event…</source>
        <translation>&amp;Añadir evento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip this one</source>
        <translation>Omitir &amp;este</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent and missed reminders</source>
        <translation>Recordatorios recientes y perdidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snooze {n} min</source>
        <translation>Posponer {n} min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open creator&apos;s page…</source>
        <translation>&amp;Abrir la página del creador…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear missed</source>
        <translation>Borrar &amp;perdidos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No reminders yet. Lives you add remind you before they start; missed reminders stay here until you clear them.</source>
        <translation>Aún no hay recordatorios. Los directos que añadas te avisarán antes de empezar; los recordatorios perdidos se quedan aquí hasta que los borres.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&lt;b&gt;Coming up&lt;/b&gt; (next {n} days)</source>
        <translation>&lt;b&gt;Próximamente&lt;/b&gt; (próximos {n} días)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No lives coming up</source>
        <translation>No hay directos próximamente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add when your creators go live, or subscribe to a schedule; the next {n} days show here.</source>
        <translation>Añade cuándo emiten tus creadores o suscríbete a un horario; aquí se muestran los próximos {n} días.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing on this day</source>
        <translation>Nada este día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a live on this day, or pick another.</source>
        <translation>Añade un directo este día o elige otro.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reminder: {title} at {time}</source>
        <translation>Recordatorio: {title} a las {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (late)</source>
        <translation> (tarde)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missed: {title} ({time})</source>
        <translation>Perdido: {title} ({time})</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Delete every occurrence of “{title}”?</source>
        <translation>¿Borrar todas las repeticiones de «{title}»?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{title}”?</source>
        <translation>¿Borrar «{title}»?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete event</source>
        <translation>Borrar evento</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../companion/ui/calendar/calendar_view.py" line="+38"/>
        <source>Month shown</source>
        <translation>Mes mostrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month or week</source>
        <translation>Mes o semana anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month or week</source>
        <translation>Mes o semana siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
</context>
<context>
    <name>ClipboardGuard</name>
    <message>
        <location filename="../../companion/ui/links/clipboard_guard.py" line="+67"/>
        <source>The link you copied is not official</source>
        <translation>El enlace que copiaste no es oficial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host}: {reason} Don&apos;t pay there.</source>
        <translation>{host}: {reason} No pagues ahí.</translation>
    </message>
</context>
<context>
    <name>CreatorDialog</name>
    <message>
        <location filename="../../companion/ui/calendar/event_dialogs.py" line="+311"/>
        <source>Creator</source>
        <translation>Creador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(any)</source>
        <translation>(cualquiera)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour…</source>
        <translation>Color…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handle</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile &amp;link</source>
        <translation>&amp;Enlace al perfil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Creator colour</source>
        <translation>Color del creador</translation>
    </message>
</context>
<context>
    <name>CreatorsDialog</name>
    <message>
        <location filename="../../companion/ui/calendar/creators_dialog.py" line="+28"/>
        <location line="+3"/>
        <source>Creators</source>
        <translation>Creadores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport events…</source>
        <translation>E&amp;xportar eventos…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete creator</source>
        <translation>Borrar creador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name}? Their events stay in the calendar.</source>
        <translation>¿Borrar a {name}? Sus eventos se quedan en el calendario.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export events</source>
        <translation>Exportar eventos</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <location filename="../../companion/ui/budget/csv_mapping.py" line="+33"/>
        <source>How to read {name}</source>
        <translation>Cómo leer {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This CSV is new to Fan Companion. Say which columns hold what; the next file with the same columns is read the same way.</source>
        <translation>Fan Companion no conoce este CSV. Indica qué contiene cada columna; el próximo archivo con las mismas columnas se leerá igual.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amounts use a decimal comma (1.234,56)</source>
        <translation>Los importes usan coma decimal (1.234,56)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. EUR, when no column says</source>
        <translation>p. ej. EUR, si ninguna columna lo dice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payee</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (signed)</source>
        <translation>Importe (con signo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money out</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money in</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memo</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency column</source>
        <translation>Columna de moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction id</source>
        <translation>Id. de transacción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns separated by</source>
        <translation>Columnas separadas por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows before the header</source>
        <translation>Filas antes del encabezado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date format</source>
        <translation>Formato de fecha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currency</source>
        <translation>Moneda</translation>
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
        <translation>Registrar una compra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a gift sent</source>
        <translation>Registrar un regalo enviado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount paid</source>
        <translation>Importe pagado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creator</source>
        <translation>Creador</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Units</source>
        <translation>&amp;Unidades</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;aid</source>
        <translation>&amp;Pagado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Creator</source>
        <translation>&amp;Creador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../companion/ui/calendar/event_dialogs.py" line="-303"/>
        <source>Edit live event</source>
        <translation>Editar directo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New live event</source>
        <translation>Nuevo directo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;reator</source>
        <translation>C&amp;reador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts</source>
        <translation>&amp;Empieza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duration</source>
        <translation>&amp;Duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;peats</source>
        <translation>Se re&amp;pite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;minders (min before)</source>
        <translation>Recor&amp;datorios (min antes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned spend&amp;ing</source>
        <translation>&amp;Gasto previsto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no creator)</source>
        <translation>(sin creador)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly on…</source>
        <translation>Cada semana el…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom rule (iCalendar)…</source>
        <translation>Regla personalizada (iCalendar)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Minutes before the start, separated by commas</source>
        <translation>Minutos antes del inicio, separados por comas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional, in {cur}</source>
        <translation>opcional, en {cur}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>Creador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start (local time)</source>
        <translation>Inicio (hora local)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurrence rule</source>
        <translation>Regla de repetición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders, minutes before</source>
        <translation>Recordatorios, minutos antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned spending</source>
        <translation>Gasto previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>All day, in your own time zone.</source>
        <translation>Todo el día, en tu propia zona horaria.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In your time ({zone}): {when}</source>
        <translation>En tu hora ({zone}): {when}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../companion/ui/shell/file_actions.py" line="+31"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+84"/>
        <location line="+64"/>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>{file} was not imported:

{why}

Nothing was changed.</source>
        <translation>{file} no se importó:

{why}

No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+146"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{file} was not imported:

{why}</source>
        <translation>{file} no se importó:

{why}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not restored</source>
        <translation>No restaurado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore from backup?</source>
        <translation>¿Restaurar desde la copia de seguridad?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace all your data with the backup from {when} ({entries} ledger entries, {events} events)?

Your current data is kept as a backup first.</source>
        <translation>¿Sustituir todos tus datos por la copia de seguridad del {when} ({entries} movimientos, {events} eventos)?

Antes se guarda una copia de tus datos actuales.</translation>
    </message>
</context>
<context>
    <name>GiftsDialog</name>
    <message>
        <location filename="../../companion/ui/bundles/bundle_dialogs.py" line="+164"/>
        <source>{name} gifts</source>
        <translation>Regalos de {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gifts of this platform</source>
        <translation>Regalos de esta plataforma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gift</source>
        <translation>Regalo</translation>
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
        <translation>Nota</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Gift name</source>
        <translation>Nombre del regalo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price in {unit}</source>
        <translation>Precio en {unit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Costs</source>
        <translation>&amp;Cuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
</context>
<context>
    <name>GivePanel</name>
    <message>
        <location filename="../../companion/ui/bundles/plan_panel.py" line="+208"/>
        <source>To give a creator…</source>
        <translation>Para darle a un creador…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount the creator should receive</source>
        <translation>Cantidad que debería recibir el creador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You send</source>
        <translation>Envías</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You pay</source>
        <translation>Pagas</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../companion/ui/home/home_page.py" line="+107"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next lives</source>
        <translation>Próximos directos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>Add a creator…</source>
        <translation>Añadir un creador…</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+71"/>
        <source>Add a live…</source>
        <translation>Añadir un directo…</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Budgets</source>
        <translation>Presupuestos</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+149"/>
        <source>Add a budget…</source>
        <translation>Añadir un presupuesto…</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Open Budget</source>
        <translation>Abrir Presupuesto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wallets</source>
        <translation>Monederos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest alerts</source>
        <translation>Últimos avisos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Log a purchase…</source>
        <translation>&amp;Registrar una compra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;nd the cheapest way…</source>
        <translation>&amp;Buscar la opción más barata…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a lin&amp;k…</source>
        <translation>Comprobar un enlac&amp;e…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No lives in the next two weeks</source>
        <translation>No hay directos en las próximas dos semanas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add your favourite creators and when they go live; their next streams show here with a countdown and a reminder.</source>
        <translation>Añade a tus creadores favoritos y cuándo emiten; aquí verás sus próximos directos con una cuenta atrás y un recordatorio.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Open stream…</source>
        <translation>Abrir directo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open {name}&apos;s stream</source>
        <translation>Abrir el directo de {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the creator&apos;s profile link to open it from here.</source>
        <translation>Añade el enlace al perfil del creador para abrirlo desde aquí.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No budget yet</source>
        <translation>Aún no hay presupuesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a weekly or monthly limit, overall or per platform or creator, and see here how far along you are.</source>
        <translation>Fija un límite semanal o mensual, general o por plataforma o creador, y mira aquí cómo vas.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing bought yet</source>
        <translation>Aún no has comprado nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log what you buy and send; each platform&apos;s balance shows here.</source>
        <translation>Registra lo que compras y envías; aquí se muestra el saldo de cada plataforma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a purchase…</source>
        <translation>Registrar una compra…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More sent than logged as bought</source>
        <translation>Más enviado que comprado según el registro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No alerts. When a budget passes one of its marks, it is noted here.</source>
        <translation>No hay avisos. Cuando un presupuesto pase una de sus marcas, se anotará aquí.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{when} · {label}, {period}: passed {mark}%</source>
        <translation>{when} · {label}, {period}: superado el {mark}%</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../companion/ui/shell/i18n.py" line="+134"/>
        <source>System language ({name})</source>
        <translation>Idioma del sistema ({name})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new language is used the next time Fan Companion starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie Fan Companion.</translation>
    </message>
</context>
<context>
    <name>LedgerActions</name>
    <message>
        <location filename="../../companion/ui/budget/ledger_actions.py" line="+59"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer borrado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
</context>
<context>
    <name>LedgerFilterBar</name>
    <message>
        <location filename="../../companion/ui/budget/ledger_filter.py" line="+28"/>
        <source>Filter by platform</source>
        <translation>Filtrar por plataforma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by creator</source>
        <translation>Filtrar por creador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From date</source>
        <translation>Fecha desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Fecha hasta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All platforms</source>
        <translation>Todas las plataformas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All creators</source>
        <translation>Todos los creadores</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../companion/ui/budget/ledger_model.py" line="+137"/>
        <source>Purchase</source>
        <translation>Compra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gift</source>
        <translation>Regalo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no rate</source>
        <translation>sin tipo de cambio</translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <location filename="../../companion/ui/links/links_page.py" line="+43"/>
        <source>Official links</source>
        <translation>Enlaces oficiales</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Buy only through these official channels. Paste any link below to check it before you pay — the check runs on your computer, nothing is sent anywhere.</source>
        <translation>Compra solo a través de estos canales oficiales. Pega cualquier enlace abajo para comprobarlo antes de pagar: la comprobación se hace en tu ordenador y no se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Third-party coin sites are not listed, however cheap or well reviewed: they ask for your account login, and a platform can ban an account topped up through them.</source>
        <translation>Los sitios de monedas de terceros no aparecen, por baratos o bien valorados que sean: piden los datos de acceso de tu cuenta, y una plataforma puede suspender una cuenta recargada a través de ellos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paste a link, e.g. https://www.tiktok.com/coin</source>
        <translation>Pega un enlace, p. ej. https://www.tiktok.com/coin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to check</source>
        <translation>Enlace a comprobar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check link</source>
        <translation>&amp;Comprobar enlace</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Official purchase channels</source>
        <translation>Canales oficiales de compra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>What it is for</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Checked</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y link</source>
        <translation>Cop&amp;iar enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add my own link…</source>
        <translation>Añadir &amp;mi propio enlace…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{t} (unverified)</source>
        <translation>{t} (sin verificar)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{p}
Source: {s}</source>
        <translation>{p}
Fuente: {s}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other links</source>
        <translation>Otros enlaces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} — added by you</source>
        <translation>{title} — añadido por ti</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Remove link?</source>
        <translation>¿Quitar el enlace?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{title}” from your links?</source>
        <translation>¿Quitar «{title}» de tus enlaces?</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../../companion/ui/budget/lock_panel.py" line="+35"/>
        <source>Spending lock: on. {problem}</source>
        <translation>Bloqueo de gastos: activado. {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spending lock: on.</source>
        <translation>Bloqueo de gastos: activado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn lock &amp;off…</source>
        <translation>&amp;Desactivar bloqueo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spending lock: off. {problem}</source>
        <translation>Bloqueo de gastos: desactivado. {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spending lock: off.</source>
        <translation>Bloqueo de gastos: desactivado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn lock o&amp;n…</source>
        <translation>&amp;Activar bloqueo…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two passcodes differ.</source>
        <translation>Los dos códigos no coinciden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Spending lock</source>
        <translation>Bloqueo de gastos</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{problem}

Turn the lock off?</source>
        <translation>{problem}

¿Desactivar el bloqueo?</translation>
    </message>
</context>
<context>
    <name>LockSetupDialog</name>
    <message>
        <location filename="../../companion/ui/budget/budget_dialogs.py" line="+146"/>
        <source>Turn on the spending lock</source>
        <translation>Activar el bloqueo de gastos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the lock on, raising, pausing or removing a budget and saving a purchase that goes over budget need this passcode. It is kept only in your system keychain.</source>
        <translation>Con el bloqueo activado, hace falta este código para subir, pausar o quitar un presupuesto y para guardar una compra que lo supere. Solo se guarda en el llavero de tu sistema.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New passcode</source>
        <translation>Código nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passcode again</source>
        <translation>Repite el código</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Turn on</source>
        <translation>Activar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../companion/ui/shell/main_window.py" line="+91"/>
        <source>Demo data, not saved</source>
        <translation>Datos de demostración, no se guardan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome…</source>
        <translation>&amp;Bienvenida…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Fan Companion</source>
        <translation>&amp;Acerca de Fan Companion</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>About Fan Companion</source>
        <translation>Acerca de Fan Companion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Fan Companion {version}&lt;/h3&gt;&lt;p&gt;Bundles, budget, calendar and official links for fans who gift on live streams. Works offline; your data stays in &lt;code&gt;{folder}&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fan Companion {version}&lt;/h3&gt;&lt;p&gt;Paquetes, presupuesto, calendario y enlaces oficiales para fans que hacen regalos en directos. Funciona sin conexión; tus datos se quedan en &lt;code&gt;{folder}&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Still running in the tray so reminders can reach you. Choose Quit from the tray menu to stop it.</source>
        <translation>Sigue funcionando en la bandeja para que te lleguen los recordatorios. Elige Salir en el menú de la bandeja para cerrarlo.</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../companion/ui/calendar/month_grid.py" line="+45"/>
        <source>Month view</source>
        <translation>Vista mensual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week view</source>
        <translation>Vista semanal</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>+{n} more</source>
        <translation>+{n} más</translation>
    </message>
</context>
<context>
    <name>PasscodeDialog</name>
    <message>
        <location filename="../../companion/ui/budget/budget_dialogs.py" line="-41"/>
        <source>Spending lock</source>
        <translation>Bloqueo de gastos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passcode</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../companion/ui/bundles/plan_panel.py" line="-180"/>
        <source>Cheapest way to get…</source>
        <translation>La forma más barata de conseguir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform to plan for</source>
        <translation>Plataforma para la que planificar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel to plan for</source>
        <translation>Canal para el que planificar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any channel</source>
        <translation>Cualquier canal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;units</source>
        <translation>&amp;unidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gif&amp;ts</source>
        <translation>&amp;regalos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gift</source>
        <translation>Regalo</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>How many</source>
        <translation>Cuántos</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Fi&amp;nd cheapest</source>
        <translation>&amp;Buscar lo más barato</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the official &amp;store…</source>
        <translation>Abrir la &amp;tienda oficial…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the platform&apos;s own store after showing where the link really goes</source>
        <translation>Abre la tienda de la propia plataforma después de mostrar adónde lleva realmente el enlace</translation>
    </message>
</context>
<context>
    <name>PlatformDelegate</name>
    <message>
        <location filename="../../companion/ui/budget/statement_preview.py" line="+132"/>
        <source>Platform for {payee}</source>
        <translation>Plataforma para {payee}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location line="-78"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payee</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens</source>
        <translation>Qué pasará</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added</source>
        <translation>Se añade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the ledger</source>
        <translation>Ya está en los movimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recognised as gifting: pick a platform to add it</source>
        <translation>No se reconoce como regalo: elige una plataforma para añadirlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out</source>
        <translation>Se omite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not gifting</source>
        <translation>No es un regalo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{units} units</source>
        <translation>{units} unidades</translation>
    </message>
</context>
<context>
    <name>PromotionsDialog</name>
    <message>
        <location filename="../../companion/ui/bundles/bundle_dialogs.py" line="-116"/>
        <source>Promotions on {units} {unit}</source>
        <translation>Promociones en {units} {unit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Promotions on this bundle</source>
        <translation>Promociones de este paquete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bonus</source>
        <translation>Extra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>% extra</source>
        <translation>% extra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra units</source>
        <translation>unidades extra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of bonus</source>
        <translation>Tipo de extra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bonus amount</source>
        <translation>Cantidad extra</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last day the bonus counts</source>
        <translation>Último día en que cuenta el extra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove selected</source>
        <translation>&amp;Quitar selección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (expired)</source>
        <translation> (caducada)</translation>
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
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange rates you keep</source>
        <translation>Tipos de cambio que guardas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pair</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>Rate</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>As of</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>From currency</source>
        <translation>Moneda de origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To currency</source>
        <translation>Moneda de destino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of date</source>
        <translation>Fecha del tipo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save rate</source>
        <translation>&amp;Guardar tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove selected</source>
        <translation>&amp;Quitar selección</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A rate is what one unit of the first currency buys of the second: USD, EUR and 0.92 mean 1 USD = 0.92 EUR. Rates older than 30 days are marked as old wherever they are used.</source>
        <translation>Un tipo de cambio es lo que una unidad de la primera moneda compra de la segunda: USD, EUR y 0,92 significan 1 USD = 0,92 EUR. Los tipos de más de 30 días se marcan como antiguos allí donde se usen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (old)</source>
        <translation> (antiguo)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Remove rate?</source>
        <translation>¿Quitar el tipo de cambio?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the {b}/{q} rate?</source>
        <translation>¿Quitar el tipo {b}/{q}?</translation>
    </message>
</context>
<context>
    <name>ReminderScheduler</name>
    <message>
        <location filename="../../companion/ui/calendar/reminder_scheduler.py" line="+95"/>
        <source>Missed reminder: {name}{title}</source>
        <translation>Recordatorio perdido: {name}{title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started at {time}; it is still on.</source>
        <translation>Empezó a las {time}; sigue en directo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Live in {n} min, at {time}.</source>
        <translation>En directo en {n} min, a las {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live now.</source>
        <translation>En directo ahora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started {n} min ago, at {time}.</source>
        <translation>Empezó hace {n} min, a las {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended {n} min ago.</source>
        <translation>Terminó hace {n} min.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open stream</source>
        <translation>Abrir directo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze 10 min</source>
        <translation>Posponer 10 min</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../companion/ui/budget/reports_view.py" line="+46"/>
        <source>Purchases, last 12 months</source>
        <translation>Compras, últimos 12 meses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bar chart of spending per month</source>
        <translation>Gráfico de barras del gasto por mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Gastado</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creator</source>
        <translation>Creador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gifts&apos; value</source>
        <translation>Valor de los regalos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By platform</source>
        <translation>Por plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By creator</source>
        <translation>Por creador</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No spending to show yet</source>
        <translation>Aún no hay gastos que mostrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once you log purchases and gifts, this shows what you spent each month, on which platform and for which creator.</source>
        <translation>Cuando registres compras y regalos, aquí verás lo que gastaste cada mes, en qué plataforma y para qué creador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a purchase…</source>
        <translation>Registrar una compra…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Spent ({cur})</source>
        <translation>Gastado ({cur})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Monthly budget</source>
        <translation>Presupuesto mensual</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../companion/ui/shell/settings_page.py" line="+54"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Home currency</source>
        <translation>Moneda principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices and budgets are shown in this currency.</source>
        <translation>Los precios y presupuestos se muestran en esta moneda.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default reminder lead time in minutes</source>
        <translation>Antelación predeterminada del recordatorio, en minutos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;reminder before a live</source>
        <translation>&amp;Recordatorio predeterminado antes de un directo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your time zone</source>
        <translation>Tu zona horaria</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your &amp;time zone</source>
        <translation>Tu &amp;zona horaria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day of the week</source>
        <translation>Primer día de la semana</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Home &amp;currency</source>
        <translation>&amp;Moneda principal</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>W&amp;eeks start on</source>
        <translation>Las &amp;semanas empiezan el</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Light or dark appearance</source>
        <translation>Apariencia clara u oscura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscura</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Appearance</source>
        <translation>A&amp;pariencia</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start minimised to the tray</source>
        <translation>Iniciar minimizado en la bandeja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This system has no tray to start in.</source>
        <translation>Este sistema no tiene bandeja en la que iniciarse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Warn me when I copy a link to a fake site</source>
        <translation>&amp;Avisarme cuando copie un enlace a un sitio falso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When you copy a link that looks like TikTok, Twitch, YouTube, PayPal or another site you pay through but is not their official page, a notification says so and why. The check runs on this computer; nothing you copy is stored or sent.</source>
        <translation>Cuando copias un enlace que parece de TikTok, Twitch, YouTube, PayPal u otro sitio donde pagas pero no es su página oficial, una notificación te lo dice y explica por qué. La comprobación se hace en este ordenador; nada de lo que copias se guarda ni se envía.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep reminders running after the window closes</source>
        <translation>Mantener los recordatorios activos al cerrar la ventana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tray keeps reminders running.</source>
        <translation>La bandeja del sistema mantiene activos los recordatorios.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start at lo&amp;gin (in the tray)</source>
        <translation>Iniciar al &amp;entrar en la sesión (en la bandeja)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Automatic backups to keep</source>
        <translation>Copias de seguridad automáticas que conservar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic &amp;backups to keep</source>
        <translation>&amp;Copias de seguridad automáticas que conservar</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Available: {name}</source>
        <translation>Disponible: {name}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>your desktop&apos;s keyring (Secret Service: GNOME Keyring or KWallet)</source>
        <translation>el llavero de tu escritorio (Secret Service: GNOME Keyring o KWallet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the macOS Keychain</source>
        <translation>el Llavero de macOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Windows Credential Manager</source>
        <translation>el Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a keychain</source>
        <translation>un llavero</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../companion/ui/shell/shortcuts.py" line="+41"/>
        <source>&amp;Log a purchase…</source>
        <translation>&amp;Registrar una compra…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a li&amp;ve…</source>
        <translation>Añadir un &amp;directo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a lin&amp;k…</source>
        <translation>Comprobar un &amp;enlace…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search bundles…</source>
        <translation>&amp;Buscar paquetes…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Previous month or week</source>
        <translation>Mes o semana &amp;anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next month or week</source>
        <translation>Mes o semana &amp;siguiente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+1 to Ctrl+6</source>
        <translation>Ctrl+1 a Ctrl+6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a section, in the sidebar&apos;s order</source>
        <translation>Mostrar una sección, en el orden de la barra lateral</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next or previous control, out of tables too</source>
        <translation>Control siguiente o anterior, también para salir de las tablas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+letra subrayada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press that button or go to that field</source>
        <translation>Pulsar ese botón o ir a ese campo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrow keys</source>
        <translation>Teclas de flecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between days in the calendar grid</source>
        <translation>Moverse entre días en la cuadrícula del calendario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page Up, Page Down</source>
        <translation>RePág, AvPág</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four weeks back or on in the calendar grid</source>
        <translation>Cuatro semanas atrás o adelante en la cuadrícula del calendario</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+33"/>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>StatementImport</name>
    <message>
        <location filename="../../companion/ui/budget/statement_import.py" line="+36"/>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was not imported:

{why}

Nothing was changed.</source>
        <translation>{file} no se importó:

{why}

No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../companion/ui/budget/import_worker.py" line="+69"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>StatementPreview</name>
    <message>
        <location filename="../../companion/ui/budget/statement_preview.py" line="+92"/>
        <source>Import {name}</source>
        <translation>Importar {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lines in the file</source>
        <translation>Líneas del archivo</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Import 1 entry</source>
        <translation>Importar 1 movimiento</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Import %Ln entries</source>
        <translation>
            <numerusform>Importar %Ln movimiento</numerusform>
            <numerusform>Importar %Ln movimientos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../companion/ui/shell/tray.py" line="+23"/>
        <source>Open Fan Companion</source>
        <translation>Abrir Fan Companion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a link…</source>
        <translation>Comprobar un enlace…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>VerdictView</name>
    <message>
        <location filename="../../companion/ui/links/verdict_view.py" line="+69"/>
        <source>Site: {host}</source>
        <translation>Sitio: {host}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../companion/ui/home/welcome.py" line="+43"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Welcome to Fan Companion</source>
        <translation>Te damos la bienvenida a Fan Companion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A few questions so the figures are in your money and your time. Everything here can be changed later in Settings, and you can skip it.</source>
        <translation>Unas preguntas para que las cifras estén en tu moneda y tu hora. Todo se puede cambiar luego en Ajustes, y puedes saltártelo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Home currency</source>
        <translation>Moneda principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You pay in</source>
        <translation>Pagas en</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Your time zone</source>
        <translation>Tu zona horaria</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Platforms you use</source>
        <translation>Plataformas que usas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>optional, e.g. 40</source>
        <translation>opcional, p. ej. 40</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly budget, optional</source>
        <translation>Presupuesto mensual, opcional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly budget</source>
        <translation>Presupuesto mensual</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste a profile link, e.g. https://www.twitch.tv/name</source>
        <translation>Pega el enlace de un perfil, p. ej. https://www.twitch.tv/nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Favourite creator&apos;s profile link</source>
        <translation>Enlace al perfil del creador favorito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Favourite creators</source>
        <translation>Creadores favoritos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The spending lock (on the Budget page) asks for a passcode before a budget is raised or the lock turned off. The passcode is kept in your system&apos;s keychain, never in Fan Companion&apos;s own files.</source>
        <translation>El bloqueo de gastos (en la página Presupuesto) pide un código antes de subir un presupuesto o desactivar el bloqueo. El código se guarda en el llavero de tu sistema, nunca en los archivos de Fan Companion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A keychain is available on this computer.</source>
        <translation>Este ordenador tiene un llavero disponible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available on this computer, so the lock stays off until one is set up (on Linux: GNOME Keyring or KWallet).</source>
        <translation>Este ordenador no tiene llavero, así que el bloqueo seguirá desactivado hasta que configures uno (en Linux: GNOME Keyring o KWallet).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Added: {names}</source>
        <translation>Añadidos: {names}</translation>
    </message>
</context>
<context>
    <name>_Countdown</name>
    <message>
        <location filename="../../companion/ui/home/countdown.py" line="+19"/>
        <source>live now</source>
        <translation>en directo</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n min</source>
        <translation>
            <numerusform>en %n min</numerusform>
            <numerusform>en %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in {h} h {m:02d} min</source>
        <translation>en {h} h {m:02d} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in 1 day {h} h</source>
        <translation>en 1 día {h} h</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n days {h} h</source>
        <translation>
            <numerusform>en %n día {h} h</numerusform>
            <numerusform>en %n días {h} h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_PlanWords</name>
    <message>
        <location filename="../../companion/ui/bundles/plan_panel.py" line="+90"/>
        <source>1 purchase of {units} {unit} {where}, {total}</source>
        <translation>1 compra de {units} {unit} {where}, {total}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n purchases of {units} {unit} {where}, {total} ({each} each)</source>
        <translation>
            <numerusform>%n compra de {units} {unit} {where}, {total} ({each} cada una)</numerusform>
            <numerusform>%n compras de {units} {unit} {where}, {total} ({each} cada una)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_UndoWords</name>
    <message>
        <location filename="../../companion/ui/budget/statement_import.py" line="+38"/>
        <source>Undo import of {name}, 1 entry</source>
        <translation>Deshacer la importación de {name}, 1 movimiento</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Undo import of {name}, %Ln entries</source>
        <translation>
            <numerusform>Deshacer la importación de {name}, %Ln movimiento</numerusform>
            <numerusform>Deshacer la importación de {name}, %Ln movimientos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>budget</name>
    <message>
        <location filename="../../companion/ui/budget/budget_flow.py" line="+34"/>
        <source>Over budget</source>
        <translation>Por encima del presupuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving this takes you over budget:

{lines}

Save it anyway?</source>
        <translation>Al guardar esto superas el presupuesto:

{lines}

¿Guardarlo de todos modos?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No {source}→{target} rate is kept, so this purchase cannot be counted against your budgets yet.

1 {source} = ? {target}</source>
        <translation>No hay ningún tipo de cambio {source}→{target} guardado, así que esta compra aún no puede contar para tus presupuestos.

1 {source} = ? {target}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exchange rate</source>
        <translation>Tipo de cambio</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Spending lock</source>
        <translation>Bloqueo de gastos</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Budget {pct}% reached</source>
        <translation>Presupuesto al {pct}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}, {period}: {spent} of {limit} ({pct}%).</source>
        <translation>{label}, {period}: {spent} de {limit} ({pct}%).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open budget</source>
        <translation>Abrir presupuesto</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../companion/core/links/reasons.py" line="+11"/>
        <source>The address is empty.</source>
        <translation>La dirección está vacía.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address is {length} characters long; real purchase pages are far shorter, and an address that long is hiding something.</source>
        <translation>La dirección tiene {length} caracteres; las páginas de compra reales son mucho más cortas, y una dirección tan larga esconde algo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It contains spaces or invisible control characters.</source>
        <translation>Contiene espacios o caracteres de control invisibles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It contains a backslash, a trick that makes browsers open a different site than the one you read.</source>
        <translation>Contiene una barra invertida, un truco que hace que el navegador abra un sitio distinto del que lees.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It uses the bait words &quot;{words}&quot;: no platform gives away its currency.</source>
        <translation>Usa las palabras cebo «{words}»: ninguna plataforma regala su moneda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{site} is not one of the official sites of any platform in the list.</source>
        <translation>{site} no es uno de los sitios oficiales de ninguna plataforma de la lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It forwards through too many sites to follow.</source>
        <translation>Redirige a través de demasiados sitios para seguirlos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{page} only forwards to another address, so the link is judged by where it leads: {target}.</source>
        <translation>{page} solo redirige a otra dirección, así que el enlace se juzga por adónde lleva: {target}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{page} only forwards to another address, so the link is judged by where it leads: an address that is not valid.</source>
        <translation>{page} solo redirige a otra dirección, así que el enlace se juzga por adónde lleva: una dirección no válida.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The app&apos;s list of official sites was changed after it shipped, so no link can be confirmed. Reinstall Fan Companion to restore it.</source>
        <translation>La lista de sitios oficiales de la app se modificó después de publicarse, así que no se puede confirmar ningún enlace. Reinstala Fan Companion para restaurarla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{page} is an official {platform} purchase or help page, opened over https.</source>
        <translation>{page} es una página oficial de compra o ayuda de {platform}, abierta por https.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{page} is an official {platform} payment page, opened over https.</source>
        <translation>{page} es una página oficial de pago de {platform}, abierta por https.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{site} belongs to {owner}, but {path} is not one of its purchase or help pages (it may be a channel, a profile or another page).</source>
        <translation>{site} pertenece a {owner}, pero {path} no es una de sus páginas de compra o ayuda (puede ser un canal, un perfil u otra página).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{site} belongs to {owner}, but the link is not safe as written.</source>
        <translation>{site} pertenece a {owner}, pero el enlace no es seguro tal como está escrito.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{page} is a page anyone can make on {owner} (a profile, channel, bot or shared document); {owner} does not vouch for what it says.</source>
        <translation>{page} es una página que cualquiera puede crear en {owner} (un perfil, canal, bot o documento compartido); {owner} no responde de lo que dice.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{word}&apos; names {platform} on a page anyone can make: {platform} does not sell through other people&apos;s pages.</source>
        <translation>«{word}» nombra a {platform} en una página que cualquiera puede crear: {platform} no vende a través de páginas de otras personas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything before &apos;@&apos; is a disguise: this link really opens {site}.</source>
        <translation>Todo lo que va antes de «@» es un disfraz: este enlace abre en realidad {site}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The port number after &apos;:&apos; is not valid.</source>
        <translation>El número de puerto después de «:» no es válido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It uses the unusual port {port}; official pages never do.</source>
        <translation>Usa el puerto poco habitual {port}; las páginas oficiales nunca lo hacen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no site name.</source>
        <translation>No tiene nombre de sitio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It points at a bare IP address ({address}) instead of a named site.</source>
        <translation>Apunta a una dirección IP sin nombre ({address}) en lugar de a un sitio con nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{site} is a public suffix, not a site anyone owns.</source>
        <translation>{site} es un sufijo público, no un sitio que pertenezca a alguien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{site} is a link shortener: the real destination is hidden.</source>
        <translation>{site} es un acortador de enlaces: el destino real está oculto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{site} uses international letters that can imitate ordinary ones.</source>
        <translation>{site} usa letras internacionales que pueden imitar a las normales.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{label}&apos; imitates &apos;{brand}&apos; with look-alike letters, on {site}.</source>
        <translation>«{label}» imita a «{brand}» con letras parecidas, en {site}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{label}&apos; is one letter away from &apos;{brand}&apos; ({platform}): a typo-squatting site.</source>
        <translation>«{label}» está a una letra de «{brand}» ({platform}): un sitio que se aprovecha de erratas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It uses the name {platform} but the site is {site}, which {platform} does not own.</source>
        <translation>Usa el nombre {platform}, pero el sitio es {site}, que no pertenece a {platform}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{label}&apos; borrows the name {platform}, but the site is {site}.</source>
        <translation>«{label}» toma prestado el nombre {platform}, pero el sitio es {site}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is a &apos;{scheme}:&apos; link, which runs code or opens local data instead of a website. Never open it.</source>
        <translation>Es un enlace «{scheme}:», que ejecuta código o abre datos locales en lugar de un sitio web. No lo abras nunca.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It does not start with https://, so it is not a secure web page.</source>
        <translation>No empieza por https://, así que no es una página web segura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is not a valid web address ({detail}).</source>
        <translation>No es una dirección web válida ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It uses &apos;{scheme}:&apos; instead of https:, so anyone on the network could change the page.</source>
        <translation>Usa «{scheme}:» en lugar de https:, así que cualquiera en la red podría cambiar la página.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{site}&apos; is not a valid site name (empty part between dots).</source>
        <translation>«{site}» no es un nombre de sitio válido (hay una parte vacía entre puntos).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{site}&apos; contains characters not allowed in site names.</source>
        <translation>«{site}» contiene caracteres no permitidos en nombres de sitio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{site}&apos; is not a valid international site name ({detail}); real sites never are.</source>
        <translation>«{site}» no es un nombre de sitio internacional válido ({detail}); los sitios reales siempre lo son.</translation>
    </message>
    <message>
        <location filename="../../companion/core/money/money.py" line="+27"/>
        <source>&apos;{code}&apos; is not an ISO 4217 currency code</source>
        <translation>«{code}» no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} amounts have no decimals, got {amount}</source>
        <translation>Los importes en {currency} no llevan decimales; escribiste {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} amounts have at most {digits} decimal(s), got {amount}</source>
        <translation>Los importes en {currency} llevan como máximo {digits} decimales; escribiste {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{start}…&apos; is too long to be a number (over {limit} characters)</source>
        <translation>«{start}…» es demasiado largo para ser un número (más de {limit} caracteres)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write &apos;{text}&apos; out in full, without an exponent</source>
        <translation>escribe «{text}» completo, sin exponente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give amounts as text like &quot;4.99&quot;, not a binary float</source>
        <translation>indica los importes como texto, por ejemplo «4.99», no como número binario de coma flotante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing amount</source>
        <translation>falta el importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>«{text}» no es un número</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/core/store/parsing.py" line="+15"/>
        <source>must be &gt; 0, got {text}</source>
        <translation>debe ser mayor que 0; escribiste {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text} is too large (over 1,000,000,000)</source>
        <translation>{text} es demasiado grande (más de 1.000.000.000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{locale}&apos; is not a known locale</source>
        <translation>«{locale}» no es una configuración regional conocida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a number as written here (like {example}, with &apos;{decimal}&apos; before the cents)</source>
        <translation>«{text}» no es un número tal como se escribe aquí (como {example}, con «{decimal}» antes de los céntimos)</translation>
    </message>
    <message>
        <location filename="../../companion/core/budget/ledger.py" line="+35"/>
        <source>&apos;{text}&apos; is not a date like 2026-11-25</source>
        <translation>«{text}» no es una fecha como 2026-11-25</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} is more than a day in the future</source>
        <translation>{day} está a más de un día en el futuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} is too far in the past</source>
        <translation>{day} está demasiado lejos en el pasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who was the gift for?</source>
        <translation>¿para quién era el regalo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name is too long</source>
        <translation>el nombre es demasiado largo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep it under {limit} characters</source>
        <translation>no pases de {limit} caracteres</translation>
    </message>
    <message>
        <location filename="../../companion/core/store/parsing.py" line="-4"/>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{start}…&apos; is too long to be a count</source>
        <translation>«{start}…» es demasiado largo para ser una cantidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>«{text}» no es un número entero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} is absurdly large (over 1,000,000,000)</source>
        <translation>{number} es absurdamente grande (más de 1.000.000.000)</translation>
    </message>
    <message>
        <location filename="../../companion/core/budget/budget.py" line="+28"/>
        <source>choose a platform or a creator, not both</source>
        <translation>elige una plataforma o un creador, no ambos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the creator&apos;s name</source>
        <translation>escribe el nombre del creador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a whole percent</source>
        <translation>«{text}» no es un porcentaje entero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} must be between 1 and 1000</source>
        <translation>{value} debe estar entre 1 y 1000</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <location filename="../../companion/ui/links/links_flow.py" line="+21"/>
        <source>Open link?</source>
        <translation>¿Abrir el enlace?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This opens &lt;b&gt;{host}&lt;/b&gt; in your browser.</source>
        <translation>Esto abre &lt;b&gt;{host}&lt;/b&gt; en tu navegador.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../companion/ui/calendar/subscribe_flow.py" line="+23"/>
        <source>Subscribe to a schedule</source>
        <translation>Suscribirse a un horario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the address of a creator&apos;s schedule (.ics).

Twitch: on the channel, open the Schedule tab and use its Export button; the link starts with https://api.twitch.tv/helix/schedule/icalendar?broadcaster_id=
Google Calendar: the calendar&apos;s settings, “Public address in iCal format”.
Other sites: look for “Subscribe”, “webcal://” or an .ics link.

Calendar address:</source>
        <translation>Pega la dirección del horario de un creador (.ics).

Twitch: en el canal, abre la pestaña Horario y usa su botón Exportar; el enlace empieza por https://api.twitch.tv/helix/schedule/icalendar?broadcaster_id=
Google Calendar: en la configuración del calendario, «Dirección pública en formato iCal».
Otros sitios: busca «Suscribirse», «webcal://» o un enlace .ics.

Dirección del calendario:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Subscribe</source>
        <translation>Suscribirse</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+37"/>
        <source>Schedules</source>
        <translation>Horarios</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>No subscriptions yet. Use Subscribe… with a schedule&apos;s .ics address.</source>
        <translation>Aún no hay suscripciones. Usa Suscribirse… con la dirección .ics de un horario.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refreshing schedules…</source>
        <translation>Actualizando horarios…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../companion/ui/shell/pages.py" line="+53"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundles</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official links</source>
        <translation>Enlaces oficiales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../../companion/ui/bundles/plan_panel.py" line="-22"/>
        <source>on the web</source>
        <translation>en la web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the iOS app</source>
        <translation>en la app de iOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the Android app</source>
        <translation>en la app de Android</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>anywhere</source>
        <translation>en cualquier sitio</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Total {total}&lt;/b&gt; for {units} {unit}</source>
        <translation>&lt;b&gt;Total {total}&lt;/b&gt; por {units} {unit}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About {amount} reaches the creator (estimate)</source>
        <translation>Al creador le llegan unos {amount} (estimación)</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <location filename="../../companion/ui/links/verdict_view.py" line="-48"/>
        <source>Official</source>
        <translation>Oficial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspicious — do not pay here</source>
        <translation>Sospechoso: no pagues aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not official</source>
        <translation>No oficial</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On the platform&apos;s own site, but not a purchase page</source>
        <translation>En el sitio de la propia plataforma, pero no es una página de compra</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../companion/ui/words.py" line="+9"/>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
</context>
</TS>
