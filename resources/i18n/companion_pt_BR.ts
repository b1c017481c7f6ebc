<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AddLinkDialog</name>
    <message>
        <location filename="../../companion/ui/links/link_dialog.py" line="+35"/>
        <source>Add a link</source>
        <translation>Adicionar um link</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link address</source>
        <translation>Endereço do link</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link name</source>
        <translation>Nome do link</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work it out from the link</source>
        <translation>Descobrir pelo link</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>&amp;Endereço</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>&amp;Observação</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This link looks like a scam</source>
        <translation>Este link parece golpe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reasons}

Save it anyway? It will stay marked as suspicious.</source>
        <translation>{reasons}

Salvar mesmo assim? Ele continuará marcado como suspeito.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../companion/ui/calendar/agenda_model.py" line="+25"/>
        <source>When (your time)</source>
        <translation>Quando (seu horário)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>Criador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their time</source>
        <translation>Horário dele</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>all day</source>
        <translation>dia inteiro</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../companion/ui/shell/notify.py" line="+69"/>
        <source>Dismiss message</source>
        <translation>Fechar mensagem</translation>
    </message>
</context>
<context>
    <name>BudgetCard</name>
    <message>
        <location filename="../../companion/ui/home/budget_card.py" line="+24"/>
        <source>On track</source>
        <translation>Dentro do previsto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near the limit</source>
        <translation>Perto do limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over budget</source>
        <translation>Acima do orçamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{label}: {pct}% used</source>
        <translation>{label}: {pct}% usado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{pct}% · {spent} of {limit} · {left} left</source>
        <translation>{pct}% · {spent} de {limit} · restam {left}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{pct}% · {spent} of {limit} · {over} over</source>
        <translation>{pct}% · {spent} de {limit} · {over} acima</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About {projected} by {day} at this pace</source>
        <translation>Cerca de {projected} até {day} neste ritmo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Includes {planned} planned for upcoming lives</source>
        <translation>Inclui {planned} planejados para as próximas lives</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <location filename="../../companion/ui/budget/budget_dialogs.py" line="+184"/>
        <source>Budget</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the budget covers</source>
        <translation>O que o orçamento cobre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All purchases</source>
        <translation>Todas as compras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purchases on {name}</source>
        <translation>Compras em {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gifts to {name}</source>
        <translation>Presentes para {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…or gifts to this creator</source>
        <translation>…ou presentes para este criador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>Criador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly</source>
        <translation>Mensal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert at percents</source>
        <translation>Alertar nas porcentagens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Covers</source>
        <translation>&amp;Cobre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period</source>
        <translation>&amp;Período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Limit ({cur})</source>
        <translation>&amp;Limite ({cur})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alerts at %</source>
        <translation>&amp;Alertas em %</translation>
    </message>
</context>
<context>
    <name>BudgetEditing</name>
    <message>
        <location filename="../../companion/ui/budget/budget_editing.py" line="+42"/>
        <source>Res&amp;ume</source>
        <translation>Re&amp;tomar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Remove budget?</source>
        <translation>Remover orçamento?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the {period} budget “{label}”?</source>
        <translation>Remover o orçamento {period} “{label}”?</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../companion/ui/budget/budget_page.py" line="+53"/>
        <location line="+30"/>
        <source>Budget</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Overview</source>
        <translation>&amp;Visão geral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ledger</source>
        <translation>&amp;Registros</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reports</source>
        <translation>&amp;Relatórios</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>Usado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Resta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected</source>
        <translation>Projeção</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budgets</source>
        <translation>Orçamentos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add budget…</source>
        <translation>&amp;Adicionar orçamento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change…</source>
        <translation>&amp;Alterar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the latest change</source>
        <translation>Desfazer a última alteração</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Ledger</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing logged yet</source>
        <translation>Nada registrado ainda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log what you buy and the gifts you send: your wallets, budgets and reports are made from it. You can also import a CSV from File › Import.</source>
        <translation>Registre o que você compra e os presentes que envia: suas carteiras, orçamentos e relatórios vêm daí. Você também pode importar um CSV em Arquivo › Importar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a purchase…</source>
        <translation>Registrar uma compra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a gift…</source>
        <translation>Registrar um presente…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No entries match these filters</source>
        <translation>Nenhum registro corresponde a estes filtros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try another platform, creator or dates.</source>
        <translation>Tente outra plataforma, outro criador ou outras datas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show everything</source>
        <translation>Mostrar tudo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log &amp;purchase…</source>
        <translation>Registrar &amp;compra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;gift…</source>
        <translation>Registrar &amp;presente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1 entry</source>
        <translation>1 registro</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source> (paused)</source>
        <translation> (pausado)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>At the current pace, plus planned spending on upcoming lives ({planned})</source>
        <translation>No ritmo atual, mais os gastos planejados nas próximas lives ({planned})</translation>
    </message>
</context>
<context>
    <name>BudgetRendering</name>
    <message>
        <location filename="../../companion/ui/budget/budget_render.py" line="+38"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; ({period}): {pct}% used — {amount} over the limit</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; ({period}): {pct}% usado — {amount} acima do limite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; ({period}): {pct}% used — past {mark}%</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; ({period}): {pct}% usado — passou de {mark}%</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{name}: &lt;span style=&apos;color:{colour}&apos;&gt;{n} {unit} more sent than logged as bought&lt;/span&gt;</source>
        <translation>{name}: &lt;span style=&apos;color:{colour}&apos;&gt;{n} {unit} enviados a mais do que o registrado como comprado&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Wallets&lt;/b&gt; — {wallets}</source>
        <translation>&lt;b&gt;Carteiras&lt;/b&gt; — {wallets}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Wallets&lt;/b&gt; — nothing logged yet. Log a purchase, or use “I bought this” on the Bundles page.</source>
        <translation>&lt;b&gt;Carteiras&lt;/b&gt; — nada registrado ainda. Registre uma compra ou use “Comprei isto” na página Pacotes.</translation>
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
        <translation>Editar pacote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a bundle</source>
        <translation>Adicionar um pacote</translation>
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
        <translation>Unidades bônus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where you saw it</source>
        <translation>Onde você viu</translation>
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
        <translation>Unidades &amp;bônus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rice</source>
        <translation>P&amp;reço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency</source>
        <translation>&amp;Moeda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel</source>
        <translation>C&amp;anal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;egion</source>
        <translation>R&amp;egião</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>&amp;Fonte</translation>
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
        <translation> + {n} de bônus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> + {n} promo</source>
        <translation> + {n} de promoção</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>há %n mês</numerusform>
            <numerusform>há %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>há %n ano</numerusform>
            <numerusform>há %n anos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}, {age}: may be out of date</source>
        <translation>{day}, {age}: pode estar desatualizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}, {age}</source>
        <translation>{day}, {age}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Price seen on {site} on {day}. A citation, not a place to buy: buy through the official store (Official links).</source>
        <translation>Preço visto em {site} em {day}. É uma referência, não um lugar para comprar: compre na loja oficial (Links oficiais).</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <location filename="../../companion/ui/bundles/bundles_page.py" line="+49"/>
        <location line="+4"/>
        <location line="+226"/>
        <source>Bundles</source>
        <translation>Pacotes</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Filter by platform</source>
        <translation>Filtrar por plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All platforms</source>
        <translation>Todas as plataformas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by channel</source>
        <translation>Filtrar por canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>Todos os canais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by currency</source>
        <translation>Filtrar por moeda</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Search bundles</source>
        <translation>Buscar pacotes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add bundle…</source>
        <translation>&amp;Adicionar pacote…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Promotions…</source>
        <translation>&amp;Promoções…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange &amp;rates…</source>
        <translation>&amp;Taxas de câmbio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gifts…</source>
        <translation>Pr&amp;esentes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gifts of the selected bundle&apos;s platform</source>
        <translation>Os presentes da plataforma do pacote selecionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;bought this…</source>
        <translation>&amp;Comprei isto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log this bundle as a purchase in your budget</source>
        <translation>Registrar este pacote como uma compra no seu orçamento</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All currencies</source>
        <translation>Todas as moedas</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>★ marks the best value per platform and channel. Shares reaching the creator are estimates.</source>
        <translation>★ marca o melhor custo-benefício por plataforma e canal. A parte que chega ao criador é uma estimativa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creator payout (estimate): {note} &lt;i&gt;Source: {src}&lt;/i&gt;</source>
        <translation>Repasse ao criador (estimativa): {note} &lt;i&gt;Fonte: {src}&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;i&gt;Price seen on {site} on {day}.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Preço visto em {site} em {day}.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{units} {unit} bundle ({channel})</source>
        <translation>Pacote de {units} {unit} ({channel})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delete bundle?</source>
        <translation>Excluir pacote?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {units} {unit} for {price}?</source>
        <translation>Excluir {units} {unit} por {price}?</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../companion/ui/calendar/calendar_page.py" line="+48"/>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Agenda</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show events of</source>
        <translation>Mostrar eventos de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Creators…</source>
        <translation>&amp;Criadores…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Subscribe…</source>
        <translation>&amp;Assinar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh schedules</source>
        <translation>Atuali&amp;zar programações</translation>
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
        <translation>Adicionar uma live…</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Add a creator…</source>
        <translation>Adicionar um criador…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add event…</source>
        <translation>&amp;Adicionar evento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip this one</source>
        <translation>P&amp;ular esta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reminders</source>
        <translation>Lembretes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent and missed reminders</source>
        <translation>Lembretes recentes e perdidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snooze {n} min</source>
        <translation>Adiar {n} min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open creator&apos;s page…</source>
        <translation>&amp;Abrir a página do criador…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear missed</source>
        <translation>Limpar &amp;perdidos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No reminders yet. Lives you add remind you before they start; missed reminders stay here until you clear them.</source>
        <translation>Nenhum lembrete ainda. As lives que você adicionar vão te avisar antes de começar; lembretes perdidos ficam aqui até você limpá-los.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&lt;b&gt;Coming up&lt;/b&gt; (next {n} days)</source>
        <translation>&lt;b&gt;Em breve&lt;/b&gt; (próximos {n} dias)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No lives coming up</source>
        <translation>Nenhuma live em breve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add when your creators go live, or subscribe to a schedule; the next {n} days show here.</source>
        <translation>Adicione quando seus criadores entram ao vivo ou assine uma programação; os próximos {n} dias aparecem aqui.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing on this day</source>
        <translation>Nada neste dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a live on this day, or pick another.</source>
        <translation>Adicione uma live neste dia ou escolha outro.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reminder: {title} at {time}</source>
        <translation>Lembrete: {title} às {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (late)</source>
        <translation> (atrasado)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missed: {title} ({time})</source>
        <translation>Perdido: {title} ({time})</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Delete every occurrence of “{title}”?</source>
        <translation>Excluir todas as ocorrências de “{title}”?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{title}”?</source>
        <translation>Excluir “{title}”?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete event</source>
        <translation>Excluir evento</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../companion/ui/calendar/calendar_view.py" line="+38"/>
        <source>Month shown</source>
        <translation>Mês exibido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month or week</source>
        <translation>Mês ou semana anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month or week</source>
        <translation>Próximo mês ou semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Month</source>
        <translation>&amp;Mês</translation>
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
        <translation>O link que você copiou não é oficial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host}: {reason} Don&apos;t pay there.</source>
        <translation>{host}: {reason} Não pague lá.</translation>
    </message>
</context>
<context>
    <name>CreatorDialog</name>
    <message>
        <location filename="../../companion/ui/calendar/event_dialogs.py" line="+311"/>
        <source>Creator</source>
        <translation>Criador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(any)</source>
        <translation>(qualquer)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour…</source>
        <translation>Cor…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handle</source>
        <translation>&amp;Usuário</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile &amp;link</source>
        <translation>&amp;Link do perfil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time &amp;zone</source>
        <translation>&amp;Fuso horário</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes</source>
        <translation>&amp;Observações</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Creator colour</source>
        <translation>Cor do criador</translation>
    </message>
</context>
<context>
    <name>CreatorsDialog</name>
    <message>
        <location filename="../../companion/ui/calendar/creators_dialog.py" line="+28"/>
        <location line="+3"/>
        <source>Creators</source>
        <translation>Criadores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport events…</source>
        <translation>E&amp;xportar eventos…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete creator</source>
        <translation>Excluir criador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name}? Their events stay in the calendar.</source>
        <translation>Excluir {name}? Os eventos continuam na agenda.</translation>
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
        <translation>Como ler {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This CSV is new to Fan Companion. Say which columns hold what; the next file with the same columns is read the same way.</source>
        <translation>O Fan Companion ainda não conhece este CSV. Diga o que cada coluna contém; o próximo arquivo com as mesmas colunas será lido do mesmo jeito.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amounts use a decimal comma (1.234,56)</source>
        <translation>Os valores usam vírgula decimal (1.234,56)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. EUR, when no column says</source>
        <translation>ex.: EUR, quando nenhuma coluna informa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payee</source>
        <translation>Favorecido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (signed)</source>
        <translation>Valor (com sinal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money out</source>
        <translation>Saídas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money in</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memo</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency column</source>
        <translation>Coluna da moeda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction id</source>
        <translation>ID da transação</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns separated by</source>
        <translation>Colunas separadas por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows before the header</source>
        <translation>Linhas antes do cabeçalho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date format</source>
        <translation>Formato da data</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currency</source>
        <translation>Moeda</translation>
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
        <translation>Registrar uma compra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a gift sent</source>
        <translation>Registrar um presente enviado</translation>
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
        <translation>Valor pago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creator</source>
        <translation>Criador</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Observação</translation>
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
        <translation>&amp;Pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency</source>
        <translation>&amp;Moeda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Creator</source>
        <translation>&amp;Criador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When</source>
        <translation>&amp;Quando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note</source>
        <translation>&amp;Observação</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../companion/ui/calendar/event_dialogs.py" line="-303"/>
        <source>Edit live event</source>
        <translation>Editar live</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New live event</source>
        <translation>Nova live</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;reator</source>
        <translation>C&amp;riador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts</source>
        <translation>&amp;Começa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone</source>
        <translation>&amp;Fuso horário</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duration</source>
        <translation>&amp;Duração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;peats</source>
        <translation>&amp;Repete</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;minders (min before)</source>
        <translation>Le&amp;mbretes (min antes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned spend&amp;ing</source>
        <translation>Gasto &amp;planejado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes</source>
        <translation>&amp;Observações</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no creator)</source>
        <translation>(sem criador)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All day</source>
        <translation>Dia inteiro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Does not repeat</source>
        <translation>Não se repete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Diariamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly on…</source>
        <translation>Semanalmente em…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Mensal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom rule (iCalendar)…</source>
        <translation>Regra personalizada (iCalendar)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Minutes before the start, separated by commas</source>
        <translation>Minutos antes do início, separados por vírgulas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional, in {cur}</source>
        <translation>opcional, em {cur}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>Criador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start (local time)</source>
        <translation>Início (horário local)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats</source>
        <translation>Repete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurrence rule</source>
        <translation>Regra de repetição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders, minutes before</source>
        <translation>Lembretes, minutos antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned spending</source>
        <translation>Gasto planejado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>All day, in your own time zone.</source>
        <translation>Dia inteiro, no seu próprio fuso horário.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In your time ({zone}): {when}</source>
        <translation>No seu horário ({zone}): {when}</translation>
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
        <translation>Nada foi importado</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>{file} was not imported:

{why}

Nothing was changed.</source>
        <translation>{file} não foi importado:

{why}

Nada foi alterado.</translation>
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
        <translation>Falha ao exportar</translation>
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
        <translation>{file} não foi importado:

{why}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not restored</source>
        <translation>Não restaurado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore from backup?</source>
        <translation>Restaurar do backup?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace all your data with the backup from {when} ({entries} ledger entries, {events} events)?

Your current data is kept as a backup first.</source>
        <translation>Substituir todos os seus dados pelo backup de {when} ({entries} registros, {events} eventos)?

Antes, é feito um backup dos seus dados atuais.</translation>
    </message>
</context>
<context>
    <name>GiftsDialog</name>
    <message>
        <location filename="../../companion/ui/bundles/bundle_dialogs.py" line="+164"/>
        <source>{name} gifts</source>
        <translation>Presentes de {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gifts of this platform</source>
        <translation>Presentes desta plataforma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gift</source>
        <translation>Presente</translation>
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
        <translation>Observação</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Gift name</source>
        <translation>Nome do presente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price in {unit}</source>
        <translation>Preço em {unit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Salvar alterações</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Costs</source>
        <translation>&amp;Custa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>&amp;Observação</translation>
    </message>
</context>
<context>
    <name>GivePanel</name>
    <message>
        <location filename="../../companion/ui/bundles/plan_panel.py" line="+208"/>
        <source>To give a creator…</source>
        <translation>Para dar a um criador…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount the creator should receive</source>
        <translation>Valor que o criador deve receber</translation>
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
        <translation>Você envia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You pay</source>
        <translation>Você paga</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../companion/ui/home/home_page.py" line="+107"/>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next lives</source>
        <translation>Próximas lives</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>Add a creator…</source>
        <translation>Adicionar um criador…</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+71"/>
        <source>Add a live…</source>
        <translation>Adicionar uma live…</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Budgets</source>
        <translation>Orçamentos</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+149"/>
        <source>Add a budget…</source>
        <translation>Adicionar um orçamento…</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Open Budget</source>
        <translation>Abrir Orçamento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wallets</source>
        <translation>Carteiras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest alerts</source>
        <translation>Últimos alertas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Log a purchase…</source>
        <translation>&amp;Registrar uma compra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;nd the cheapest way…</source>
        <translation>Achar o jeito mais &amp;barato…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a lin&amp;k…</source>
        <translation>Verificar um lin&amp;k…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No lives in the next two weeks</source>
        <translation>Nenhuma live nas próximas duas semanas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add your favourite creators and when they go live; their next streams show here with a countdown and a reminder.</source>
        <translation>Adicione seus criadores favoritos e quando eles entram ao vivo; as próximas lives aparecem aqui com contagem regressiva e lembrete.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Open stream…</source>
        <translation>Abrir live…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open {name}&apos;s stream</source>
        <translation>Abrir a live de {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the creator&apos;s profile link to open it from here.</source>
        <translation>Adicione o link do perfil do criador para abrir daqui.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No budget yet</source>
        <translation>Nenhum orçamento ainda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a weekly or monthly limit, overall or per platform or creator, and see here how far along you are.</source>
        <translation>Defina um limite semanal ou mensal, geral ou por plataforma ou criador, e veja aqui como está indo.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing bought yet</source>
        <translation>Nada comprado ainda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log what you buy and send; each platform&apos;s balance shows here.</source>
        <translation>Registre o que você compra e envia; o saldo de cada plataforma aparece aqui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a purchase…</source>
        <translation>Registrar uma compra…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More sent than logged as bought</source>
        <translation>Mais enviado do que registrado como comprado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No alerts. When a budget passes one of its marks, it is noted here.</source>
        <translation>Nenhum alerta. Quando um orçamento passar de uma das marcas, isso aparece aqui.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{when} · {label}, {period}: passed {mark}%</source>
        <translation>{when} · {label}, {period}: passou de {mark}%</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../companion/ui/shell/i18n.py" line="+134"/>
        <source>System language ({name})</source>
        <translation>Idioma do sistema ({name})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new language is used the next time Fan Companion starts.</source>
        <translation>O novo idioma será usado na próxima vez que o Fan Companion for aberto.</translation>
    </message>
</context>
<context>
    <name>LedgerActions</name>
    <message>
        <location filename="../../companion/ui/budget/ledger_actions.py" line="+59"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Desfazer exclusão</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
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
        <translation>Filtrar por criador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From date</source>
        <translation>Data inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Data final</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All platforms</source>
        <translation>Todas as plataformas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All creators</source>
        <translation>Todos os criadores</translation>
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
        <translation>Presente</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no rate</source>
        <translation>sem taxa</translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <location filename="../../companion/ui/links/links_page.py" line="+43"/>
        <source>Official links</source>
        <translation>Links oficiais</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Buy only through these official channels. Paste any link below to check it before you pay — the check runs on your computer, nothing is sent anywhere.</source>
        <translation>Compre só por estes canais oficiais. Cole qualquer link abaixo para verificar antes de pagar — a verificação roda no seu computador, nada é enviado para lugar nenhum.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Third-party coin sites are not listed, however cheap or well reviewed: they ask for your account login, and a platform can ban an account topped up through them.</source>
        <translation>Sites de moedas de terceiros não aparecem aqui, por mais baratos ou bem avaliados que sejam: eles pedem o login da sua conta, e uma plataforma pode banir uma conta recarregada por eles.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paste a link, e.g. https://www.tiktok.com/coin</source>
        <translation>Cole um link, ex.: https://www.tiktok.com/coin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to check</source>
        <translation>Link para verificar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check link</source>
        <translation>&amp;Verificar link</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Official purchase channels</source>
        <translation>Canais oficiais de compra</translation>
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
        <translation>Para que serve</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Checked</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y link</source>
        <translation>Cop&amp;iar link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add my own link…</source>
        <translation>Adicionar &amp;meu próprio link…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{t} (unverified)</source>
        <translation>{t} (não verificado)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{p}
Source: {s}</source>
        <translation>{p}
Fonte: {s}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other links</source>
        <translation>Outros links</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} — added by you</source>
        <translation>{title} — adicionado por você</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Remove link?</source>
        <translation>Remover link?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{title}” from your links?</source>
        <translation>Remover “{title}” dos seus links?</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../../companion/ui/budget/lock_panel.py" line="+35"/>
        <source>Spending lock: on. {problem}</source>
        <translation>Bloqueio de gastos: ativado. {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spending lock: on.</source>
        <translation>Bloqueio de gastos: ativado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn lock &amp;off…</source>
        <translation>&amp;Desativar bloqueio…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spending lock: off. {problem}</source>
        <translation>Bloqueio de gastos: desativado. {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spending lock: off.</source>
        <translation>Bloqueio de gastos: desativado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn lock o&amp;n…</source>
        <translation>&amp;Ativar bloqueio…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two passcodes differ.</source>
        <translation>As duas senhas são diferentes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Spending lock</source>
        <translation>Bloqueio de gastos</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{problem}

Turn the lock off?</source>
        <translation>{problem}

Desativar o bloqueio?</translation>
    </message>
</context>
<context>
    <name>LockSetupDialog</name>
    <message>
        <location filename="../../companion/ui/budget/budget_dialogs.py" line="+146"/>
        <source>Turn on the spending lock</source>
        <translation>Ativar o bloqueio de gastos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the lock on, raising, pausing or removing a budget and saving a purchase that goes over budget need this passcode. It is kept only in your system keychain.</source>
        <translation>Com o bloqueio ativado, aumentar, pausar ou remover um orçamento e salvar uma compra acima do orçamento exigem esta senha. Ela fica guardada só no chaveiro do seu sistema.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New passcode</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passcode again</source>
        <translation>Repita a senha</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Turn on</source>
        <translation>Ativar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../companion/ui/shell/main_window.py" line="+91"/>
        <source>Demo data, not saved</source>
        <translation>Dados de demonstração, não são salvos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
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
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome…</source>
        <translation>&amp;Boas-vindas…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Fan Companion</source>
        <translation>&amp;Sobre o Fan Companion</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>About Fan Companion</source>
        <translation>Sobre o Fan Companion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Fan Companion {version}&lt;/h3&gt;&lt;p&gt;Bundles, budget, calendar and official links for fans who gift on live streams. Works offline; your data stays in &lt;code&gt;{folder}&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fan Companion {version}&lt;/h3&gt;&lt;p&gt;Pacotes, orçamento, agenda e links oficiais para fãs que enviam presentes em lives. Funciona offline; seus dados ficam em &lt;code&gt;{folder}&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Still running in the tray so reminders can reach you. Choose Quit from the tray menu to stop it.</source>
        <translation>Continua rodando na bandeja para que os lembretes cheguem até você. Escolha Sair no menu da bandeja para encerrá-lo.</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../companion/ui/calendar/month_grid.py" line="+45"/>
        <source>Month view</source>
        <translation>Visão mensal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week view</source>
        <translation>Visão semanal</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>+{n} more</source>
        <translation>+{n} mais</translation>
    </message>
</context>
<context>
    <name>PasscodeDialog</name>
    <message>
        <location filename="../../companion/ui/budget/budget_dialogs.py" line="-41"/>
        <source>Spending lock</source>
        <translation>Bloqueio de gastos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passcode</source>
        <translation>Senha</translation>
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
        <translation>Jeito mais barato de conseguir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform to plan for</source>
        <translation>Plataforma para planejar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel to plan for</source>
        <translation>Canal para planejar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any channel</source>
        <translation>Qualquer canal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;units</source>
        <translation>&amp;unidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gif&amp;ts</source>
        <translation>&amp;presentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gift</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>How many</source>
        <translation>Quantos</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Fi&amp;nd cheapest</source>
        <translation>Achar o mais &amp;barato</translation>
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
        <translation>Abrir a &amp;loja oficial…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the platform&apos;s own store after showing where the link really goes</source>
        <translation>Abre a loja da própria plataforma depois de mostrar para onde o link realmente leva</translation>
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
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payee</source>
        <translation>Favorecido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens</source>
        <translation>O que acontece</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the ledger</source>
        <translation>Já está nos registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recognised as gifting: pick a platform to add it</source>
        <translation>Não reconhecido como presente: escolha uma plataforma para adicionar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out</source>
        <translation>Deixado de fora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not gifting</source>
        <translation>Não é presente</translation>
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
        <translation>Promoções em {units} {unit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Promotions on this bundle</source>
        <translation>Promoções deste pacote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bonus</source>
        <translation>Bônus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>% extra</source>
        <translation>% extra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra units</source>
        <translation>unidades extras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of bonus</source>
        <translation>Tipo de bônus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bonus amount</source>
        <translation>Valor do bônus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last day the bonus counts</source>
        <translation>Último dia em que o bônus vale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove selected</source>
        <translation>&amp;Remover selecionados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until</source>
        <translation>até</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (expired)</source>
        <translation> (expirada)</translation>
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
        <translation>Taxas de câmbio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange rates you keep</source>
        <translation>Taxas de câmbio que você guarda</translation>
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
        <translation>Taxa</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>As of</source>
        <translation>Em</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>From currency</source>
        <translation>Moeda de origem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To currency</source>
        <translation>Moeda de destino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of date</source>
        <translation>Data da taxa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save rate</source>
        <translation>&amp;Salvar taxa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove selected</source>
        <translation>&amp;Remover selecionados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A rate is what one unit of the first currency buys of the second: USD, EUR and 0.92 mean 1 USD = 0.92 EUR. Rates older than 30 days are marked as old wherever they are used.</source>
        <translation>Uma taxa é quanto uma unidade da primeira moeda compra da segunda: USD, EUR e 0,92 significam 1 USD = 0,92 EUR. Taxas com mais de 30 dias são marcadas como antigas onde forem usadas.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (old)</source>
        <translation> (antiga)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Remove rate?</source>
        <translation>Remover taxa?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the {b}/{q} rate?</source>
        <translation>Remover a taxa {b}/{q}?</translation>
    </message>
</context>
<context>
    <name>ReminderScheduler</name>
    <message>
        <location filename="../../companion/ui/calendar/reminder_scheduler.py" line="+95"/>
        <source>Missed reminder: {name}{title}</source>
        <translation>Lembrete perdido: {name}{title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started at {time}; it is still on.</source>
        <translation>Começou às {time}; ainda está no ar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Live in {n} min, at {time}.</source>
        <translation>Ao vivo em {n} min, às {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live now.</source>
        <translation>Ao vivo agora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started {n} min ago, at {time}.</source>
        <translation>Começou há {n} min, às {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended {n} min ago.</source>
        <translation>Terminou há {n} min.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open stream</source>
        <translation>Abrir live</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze 10 min</source>
        <translation>Adiar 10 min</translation>
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
        <translation>Gráfico de barras dos gastos por mês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Gasto</translation>
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
        <translation>Criador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gifts&apos; value</source>
        <translation>Valor dos presentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By month</source>
        <translation>Por mês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By platform</source>
        <translation>Por plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By creator</source>
        <translation>Por criador</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No spending to show yet</source>
        <translation>Nenhum gasto para mostrar ainda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once you log purchases and gifts, this shows what you spent each month, on which platform and for which creator.</source>
        <translation>Quando você registrar compras e presentes, aqui aparece quanto gastou em cada mês, em qual plataforma e para qual criador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a purchase…</source>
        <translation>Registrar uma compra…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Spent ({cur})</source>
        <translation>Gasto ({cur})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Monthly budget</source>
        <translation>Orçamento mensal</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../companion/ui/shell/settings_page.py" line="+54"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Home currency</source>
        <translation>Moeda principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices and budgets are shown in this currency.</source>
        <translation>Preços e orçamentos aparecem nesta moeda.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default reminder lead time in minutes</source>
        <translation>Antecedência padrão do lembrete, em minutos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;reminder before a live</source>
        <translation>&amp;Lembrete padrão antes de uma live</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your time zone</source>
        <translation>Seu fuso horário</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your &amp;time zone</source>
        <translation>Seu &amp;fuso horário</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day of the week</source>
        <translation>Primeiro dia da semana</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Home &amp;currency</source>
        <translation>&amp;Moeda principal</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>W&amp;eeks start on</source>
        <translation>A &amp;semana começa em</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Light or dark appearance</source>
        <translation>Aparência clara ou escura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as the system</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Escura</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Appearance</source>
        <translation>A&amp;parência</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start minimised to the tray</source>
        <translation>Iniciar minimizado na bandeja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This system has no tray to start in.</source>
        <translation>Este sistema não tem bandeja para iniciar nela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Warn me when I copy a link to a fake site</source>
        <translation>&amp;Avisar quando eu copiar um link para um site falso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When you copy a link that looks like TikTok, Twitch, YouTube, PayPal or another site you pay through but is not their official page, a notification says so and why. The check runs on this computer; nothing you copy is stored or sent.</source>
        <translation>Quando você copia um link que parece ser do TikTok, Twitch, YouTube, PayPal ou de outro site onde você paga, mas não é a página oficial, uma notificação avisa e explica o motivo. A verificação roda neste computador; nada do que você copia é salvo ou enviado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep reminders running after the window closes</source>
        <translation>Manter os lembretes ativos depois de fechar a janela</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tray keeps reminders running.</source>
        <translation>A bandeja do sistema mantém os lembretes ativos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start at lo&amp;gin (in the tray)</source>
        <translation>Iniciar ao fazer &amp;login (na bandeja)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Automatic backups to keep</source>
        <translation>Backups automáticos a manter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic &amp;backups to keep</source>
        <translation>&amp;Backups automáticos a manter</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir pasta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keychain</source>
        <translation>Chaveiro</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Available: {name}</source>
        <translation>Disponível: {name}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>your desktop&apos;s keyring (Secret Service: GNOME Keyring or KWallet)</source>
        <translation>o chaveiro do seu desktop (Secret Service: GNOME Keyring ou KWallet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the macOS Keychain</source>
        <translation>as Chaves do macOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Windows Credential Manager</source>
        <translation>o Gerenciador de Credenciais do Windows</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a keychain</source>
        <translation>um chaveiro</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../companion/ui/shell/shortcuts.py" line="+41"/>
        <source>&amp;Log a purchase…</source>
        <translation>&amp;Registrar uma compra…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a li&amp;ve…</source>
        <translation>Adicionar uma &amp;live…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a lin&amp;k…</source>
        <translation>Verificar um &amp;link…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search bundles…</source>
        <translation>&amp;Buscar pacotes…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Previous month or week</source>
        <translation>Mês ou semana &amp;anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next month or week</source>
        <translation>&amp;Próximo mês ou semana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+1 to Ctrl+6</source>
        <translation>Ctrl+1 a Ctrl+6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a section, in the sidebar&apos;s order</source>
        <translation>Mostrar uma seção, na ordem da barra lateral</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next or previous control, out of tables too</source>
        <translation>Controle seguinte ou anterior, inclusive para sair das tabelas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+letra sublinhada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press that button or go to that field</source>
        <translation>Apertar esse botão ou ir para esse campo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrow keys</source>
        <translation>Setas do teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between days in the calendar grid</source>
        <translation>Mover entre os dias na grade do calendário</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page Up, Page Down</source>
        <translation>Page Up, Page Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four weeks back or on in the calendar grid</source>
        <translation>Quatro semanas para trás ou para a frente na grade do calendário</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+33"/>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Ação</translation>
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
        <translation>Lendo {name}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import cancelled</source>
        <translation>Importação cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported.</source>
        <translation>Nada foi importado.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing was imported</source>
        <translation>Nada foi importado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was not imported:

{why}

Nothing was changed.</source>
        <translation>{file} não foi importado:

{why}

Nada foi alterado.</translation>
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
        <translation>Linhas do arquivo</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Import 1 entry</source>
        <translation>Importar 1 lançamento</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Import %Ln entries</source>
        <translation>
            <numerusform>Importar %Ln lançamento</numerusform>
            <numerusform>Importar %Ln lançamentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../companion/ui/shell/tray.py" line="+23"/>
        <source>Open Fan Companion</source>
        <translation>Abrir o Fan Companion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a link…</source>
        <translation>Verificar um link…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
</context>
<context>
    <name>VerdictView</name>
    <message>
        <location filename="../../companion/ui/links/verdict_view.py" line="+69"/>
        <source>Site: {host}</source>
        <translation>Site: {host}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../companion/ui/home/welcome.py" line="+43"/>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Welcome to Fan Companion</source>
        <translation>Boas-vindas ao Fan Companion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A few questions so the figures are in your money and your time. Everything here can be changed later in Settings, and you can skip it.</source>
        <translation>Algumas perguntas para que os números fiquem na sua moeda e no seu horário. Tudo aqui pode ser mudado depois em Configurações, e você pode pular.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Start</source>
        <translation>&amp;Começar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;kip</source>
        <translation>P&amp;ular</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Home currency</source>
        <translation>Moeda principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You pay in</source>
        <translation>Você paga em</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Your time zone</source>
        <translation>Seu fuso horário</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Platforms you use</source>
        <translation>Plataformas que você usa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>optional, e.g. 40</source>
        <translation>opcional, ex.: 40</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly budget, optional</source>
        <translation>Orçamento mensal, opcional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly budget</source>
        <translation>Orçamento mensal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste a profile link, e.g. https://www.twitch.tv/name</source>
        <translation>Cole o link de um perfil, ex.: https://www.twitch.tv/nome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Favourite creator&apos;s profile link</source>
        <translation>Link do perfil do criador favorito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Favourite creators</source>
        <translation>Criadores favoritos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The spending lock (on the Budget page) asks for a passcode before a budget is raised or the lock turned off. The passcode is kept in your system&apos;s keychain, never in Fan Companion&apos;s own files.</source>
        <translation>O bloqueio de gastos (na página Orçamento) pede uma senha antes de aumentar um orçamento ou desativar o bloqueio. A senha fica no chaveiro do seu sistema, nunca nos arquivos do Fan Companion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A keychain is available on this computer.</source>
        <translation>Há um chaveiro disponível neste computador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available on this computer, so the lock stays off until one is set up (on Linux: GNOME Keyring or KWallet).</source>
        <translation>Não há chaveiro neste computador, então o bloqueio fica desativado até você configurar um (no Linux: GNOME Keyring ou KWallet).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Added: {names}</source>
        <translation>Adicionados: {names}</translation>
    </message>
</context>
<context>
    <name>_Countdown</name>
    <message>
        <location filename="../../companion/ui/home/countdown.py" line="+19"/>
        <source>live now</source>
        <translation>ao vivo agora</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n min</source>
        <translation>
            <numerusform>em %n min</numerusform>
            <numerusform>em %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in {h} h {m:02d} min</source>
        <translation>em {h} h {m:02d} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in 1 day {h} h</source>
        <translation>em 1 dia {h} h</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n days {h} h</source>
        <translation>
            <numerusform>em %n dia {h} h</numerusform>
            <numerusform>em %n dias {h} h</numerusform>
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
            <numerusform>%n compra de {units} {unit} {where}, {total} ({each} cada)</numerusform>
            <numerusform>%n compras de {units} {unit} {where}, {total} ({each} cada)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_UndoWords</name>
    <message>
        <location filename="../../companion/ui/budget/statement_import.py" line="+38"/>
        <source>Undo import of {name}, 1 entry</source>
        <translation>Desfazer a importação de {name}, 1 lançamento</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Undo import of {name}, %Ln entries</source>
        <translation>
            <numerusform>Desfazer a importação de {name}, %Ln lançamento</numerusform>
            <numerusform>Desfazer a importação de {name}, %Ln lançamentos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>budget</name>
    <message>
        <location filename="../../companion/ui/budget/budget_flow.py" line="+34"/>
        <source>Over budget</source>
        <translation>Acima do orçamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving this takes you over budget:

{lines}

Save it anyway?</source>
        <translation>Salvar isto deixa você acima do orçamento:

{lines}

Salvar mesmo assim?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No {source}→{target} rate is kept, so this purchase cannot be counted against your budgets yet.

1 {source} = ? {target}</source>
        <translation>Não há taxa {source}→{target} salva, então esta compra ainda não pode contar nos seus orçamentos.

1 {source} = ? {target}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exchange rate</source>
        <translation>Taxa de câmbio</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Spending lock</source>
        <translation>Bloqueio de gastos</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Budget {pct}% reached</source>
        <translation>Orçamento em {pct}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}, {period}: {spent} of {limit} ({pct}%).</source>
        <translation>{label}, {period}: {spent} de {limit} ({pct}%).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open budget</source>
        <translation>Abrir orçamento</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../companion/core/links/reasons.py" line="+11"/>
        <source>The address is empty.</source>
        <translation>O endereço está vazio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address is {length} characters long; real purchase pages are far shorter, and an address that long is hiding something.</source>
        <translation>O endereço tem {length} caracteres; páginas de compra reais são bem mais curtas, e um endereço tão longo esconde alguma coisa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It contains spaces or invisible control characters.</source>
        <translation>Contém espaços ou caracteres de controle invisíveis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It contains a backslash, a trick that makes browsers open a different site than the one you read.</source>
        <translation>Contém uma barra invertida, um truque que faz o navegador abrir um site diferente do que você lê.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It uses the bait words &quot;{words}&quot;: no platform gives away its currency.</source>
        <translation>Usa as palavras de isca “{words}”: nenhuma plataforma dá a sua moeda de graça.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{site} is not one of the official sites of any platform in the list.</source>
        <translation>{site} não é um dos sites oficiais de nenhuma plataforma da lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It forwards through too many sites to follow.</source>
        <translation>Redireciona por sites demais para acompanhar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{page} only forwards to another address, so the link is judged by where it leads: {target}.</source>
        <translation>{page} só redireciona para outro endereço, então o link é avaliado pelo destino: {target}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{page} only forwards to another address, so the link is judged by where it leads: an address that is not valid.</source>
        <translation>{page} só redireciona para outro endereço, então o link é avaliado pelo destino: um endereço inválido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The app&apos;s list of official sites was changed after it shipped, so no link can be confirmed. Reinstall Fan Companion to restore it.</source>
        <translation>A lista de sites oficiais do app foi alterada depois de publicada, então nenhum link pode ser confirmado. Reinstale o Fan Companion para restaurá-la.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{page} is an official {platform} purchase or help page, opened over https.</source>
        <translation>{page} é uma página oficial de compra ou ajuda do {platform}, aberta por https.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{page} is an official {platform} payment page, opened over https.</source>
        <translation>{page} é uma página oficial de pagamento do {platform}, aberta por https.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{site} belongs to {owner}, but {path} is not one of its purchase or help pages (it may be a channel, a profile or another page).</source>
        <translation>{site} pertence ao {owner}, mas {path} não é uma das suas páginas de compra ou ajuda (pode ser um canal, um perfil ou outra página).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{site} belongs to {owner}, but the link is not safe as written.</source>
        <translation>{site} pertence ao {owner}, mas o link não é seguro do jeito que está escrito.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{page} is a page anyone can make on {owner} (a profile, channel, bot or shared document); {owner} does not vouch for what it says.</source>
        <translation>{page} é uma página que qualquer pessoa pode criar no {owner} (um perfil, canal, bot ou documento compartilhado); o {owner} não garante o que ela diz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{word}&apos; names {platform} on a page anyone can make: {platform} does not sell through other people&apos;s pages.</source>
        <translation>“{word}” cita o {platform} numa página que qualquer pessoa pode criar: o {platform} não vende pelas páginas de outras pessoas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything before &apos;@&apos; is a disguise: this link really opens {site}.</source>
        <translation>Tudo antes de “@” é disfarce: este link na verdade abre {site}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The port number after &apos;:&apos; is not valid.</source>
        <translation>O número da porta depois de “:” não é válido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It uses the unusual port {port}; official pages never do.</source>
        <translation>Usa a porta incomum {port}; páginas oficiais nunca fazem isso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no site name.</source>
        <translation>Não tem nome de site.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It points at a bare IP address ({address}) instead of a named site.</source>
        <translation>Aponta para um endereço IP puro ({address}) em vez de um site com nome.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{site} is a public suffix, not a site anyone owns.</source>
        <translation>{site} é um sufixo público, não um site que pertença a alguém.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{site} is a link shortener: the real destination is hidden.</source>
        <translation>{site} é um encurtador de links: o destino real fica escondido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{site} uses international letters that can imitate ordinary ones.</source>
        <translation>{site} usa letras internacionais que podem imitar as comuns.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{label}&apos; imitates &apos;{brand}&apos; with look-alike letters, on {site}.</source>
        <translation>“{label}” imita “{brand}” com letras parecidas, em {site}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{label}&apos; is one letter away from &apos;{brand}&apos; ({platform}): a typo-squatting site.</source>
        <translation>“{label}” está a uma letra de “{brand}” ({platform}): um site que explora erros de digitação.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It uses the name {platform} but the site is {site}, which {platform} does not own.</source>
        <translation>Usa o nome {platform}, mas o site é {site}, que não pertence ao {platform}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{label}&apos; borrows the name {platform}, but the site is {site}.</source>
        <translation>“{label}” pega emprestado o nome {platform}, mas o site é {site}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is a &apos;{scheme}:&apos; link, which runs code or opens local data instead of a website. Never open it.</source>
        <translation>É um link “{scheme}:”, que executa código ou abre dados locais em vez de um site. Nunca o abra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It does not start with https://, so it is not a secure web page.</source>
        <translation>Não começa com https://, então não é uma página segura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is not a valid web address ({detail}).</source>
        <translation>Não é um endereço web válido ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It uses &apos;{scheme}:&apos; instead of https:, so anyone on the network could change the page.</source>
        <translation>Usa “{scheme}:” em vez de https:, então qualquer pessoa na rede poderia alterar a página.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{site}&apos; is not a valid site name (empty part between dots).</source>
        <translation>“{site}” não é um nome de site válido (parte vazia entre pontos).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{site}&apos; contains characters not allowed in site names.</source>
        <translation>“{site}” contém caracteres não permitidos em nomes de site.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{site}&apos; is not a valid international site name ({detail}); real sites never are.</source>
        <translation>“{site}” não é um nome de site internacional válido ({detail}); sites reais sempre são.</translation>
    </message>
    <message>
        <location filename="../../companion/core/money/money.py" line="+27"/>
        <source>&apos;{code}&apos; is not an ISO 4217 currency code</source>
        <translation>“{code}” não é um código de moeda ISO 4217</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} amounts have no decimals, got {amount}</source>
        <translation>Valores em {currency} não têm casas decimais; você digitou {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} amounts have at most {digits} decimal(s), got {amount}</source>
        <translation>Valores em {currency} têm no máximo {digits} casas decimais; você digitou {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{start}…&apos; is too long to be a number (over {limit} characters)</source>
        <translation>“{start}…” é longo demais para ser um número (mais de {limit} caracteres)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write &apos;{text}&apos; out in full, without an exponent</source>
        <translation>escreva “{text}” por extenso, sem expoente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give amounts as text like &quot;4.99&quot;, not a binary float</source>
        <translation>informe valores como texto, por exemplo “4.99”, não como número binário de ponto flutuante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing amount</source>
        <translation>falta o valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>“{text}” não é um número</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/core/store/parsing.py" line="+15"/>
        <source>must be &gt; 0, got {text}</source>
        <translation>deve ser maior que 0; você digitou {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text} is too large (over 1,000,000,000)</source>
        <translation>{text} é grande demais (mais de 1.000.000.000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{locale}&apos; is not a known locale</source>
        <translation>“{locale}” não é uma localidade conhecida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a number as written here (like {example}, with &apos;{decimal}&apos; before the cents)</source>
        <translation>“{text}” não é um número do jeito que se escreve aqui (como {example}, com “{decimal}” antes dos centavos)</translation>
    </message>
    <message>
        <location filename="../../companion/core/budget/ledger.py" line="+35"/>
        <source>&apos;{text}&apos; is not a date like 2026-11-25</source>
        <translation>“{text}” não é uma data como 2026-11-25</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} is more than a day in the future</source>
        <translation>{day} está mais de um dia no futuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} is too far in the past</source>
        <translation>{day} está longe demais no passado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who was the gift for?</source>
        <translation>para quem era o presente?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name is too long</source>
        <translation>o nome é longo demais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep it under {limit} characters</source>
        <translation>use menos de {limit} caracteres</translation>
    </message>
    <message>
        <location filename="../../companion/core/store/parsing.py" line="-4"/>
        <source>must be a whole number</source>
        <translation>deve ser um número inteiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>faltando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{start}…&apos; is too long to be a count</source>
        <translation>“{start}…” é longo demais para ser uma quantidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>“{text}” não é um número inteiro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} is absurdly large (over 1,000,000,000)</source>
        <translation>{number} é absurdamente grande (mais de 1.000.000.000)</translation>
    </message>
    <message>
        <location filename="../../companion/core/budget/budget.py" line="+28"/>
        <source>choose a platform or a creator, not both</source>
        <translation>escolha uma plataforma ou um criador, não os dois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the creator&apos;s name</source>
        <translation>informe o nome do criador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a whole percent</source>
        <translation>“{text}” não é uma porcentagem inteira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} must be between 1 and 1000</source>
        <translation>{value} deve estar entre 1 e 1000</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <location filename="../../companion/ui/links/links_flow.py" line="+21"/>
        <source>Open link?</source>
        <translation>Abrir link?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This opens &lt;b&gt;{host}&lt;/b&gt; in your browser.</source>
        <translation>Isto abre &lt;b&gt;{host}&lt;/b&gt; no seu navegador.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../companion/ui/calendar/subscribe_flow.py" line="+23"/>
        <source>Subscribe to a schedule</source>
        <translation>Assinar uma programação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the address of a creator&apos;s schedule (.ics).

Twitch: on the channel, open the Schedule tab and use its Export button; the link starts with https://api.twitch.tv/helix/schedule/icalendar?broadcaster_id=
Google Calendar: the calendar&apos;s settings, “Public address in iCal format”.
Other sites: look for “Subscribe”, “webcal://” or an .ics link.

Calendar address:</source>
        <translation>Cole o endereço da agenda de um criador (.ics).

Twitch: no canal, abra a aba Agenda e use o botão Exportar; o link começa com https://api.twitch.tv/helix/schedule/icalendar?broadcaster_id=
Google Agenda: nas configurações da agenda, “Endereço público no formato iCal”.
Outros sites: procure “Inscrever-se”, “webcal://” ou um link .ics.

Endereço da agenda:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Subscribe</source>
        <translation>Assinar</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+37"/>
        <source>Schedules</source>
        <translation>Programações</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>No subscriptions yet. Use Subscribe… with a schedule&apos;s .ics address.</source>
        <translation>Nenhuma assinatura ainda. Use Assinar… com o endereço .ics de uma programação.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refreshing schedules…</source>
        <translation>Atualizando programações…</translation>
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
        <translation>Início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundles</source>
        <translation>Pacotes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official links</source>
        <translation>Links oficiais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../../companion/ui/bundles/plan_panel.py" line="-22"/>
        <source>on the web</source>
        <translation>na web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the iOS app</source>
        <translation>no app para iOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the Android app</source>
        <translation>no app para Android</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>anywhere</source>
        <translation>em qualquer lugar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Total {total}&lt;/b&gt; for {units} {unit}</source>
        <translation>&lt;b&gt;Total {total}&lt;/b&gt; por {units} {unit}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About {amount} reaches the creator (estimate)</source>
        <translation>Cerca de {amount} chega ao criador (estimativa)</translation>
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
        <translation>Suspeito — não pague aqui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not official</source>
        <translation>Não oficial</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On the platform&apos;s own site, but not a purchase page</source>
        <translation>No site da própria plataforma, mas não é uma página de compra</translation>
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
        <translation>mensal</translation>
    </message>
</context>
</TS>
