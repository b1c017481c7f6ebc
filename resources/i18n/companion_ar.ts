<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AddLinkDialog</name>
    <message>
        <location filename="../../companion/ui/links/link_dialog.py" line="+35"/>
        <source>Add a link</source>
        <translation>إضافة رابط</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link address</source>
        <translation>عنوان الرابط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link name</source>
        <translation>اسم الرابط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work it out from the link</source>
        <translation>استنتاجها من الرابط</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Platform</source>
        <translation>ال&amp;منصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>&amp;ملاحظة</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This link looks like a scam</source>
        <translation>يبدو هذا الرابط احتيالًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reasons}

Save it anyway? It will stay marked as suspicious.</source>
        <translation>‏{reasons}

هل تريد حفظه رغم ذلك؟ سيبقى معلَّمًا كرابط مريب.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../companion/ui/calendar/agenda_model.py" line="+25"/>
        <source>When (your time)</source>
        <translation>الموعد (بتوقيتك)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>بث مباشر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>صانع المحتوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their time</source>
        <translation>بتوقيته</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>all day</source>
        <translation>طوال اليوم</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../companion/ui/shell/notify.py" line="+69"/>
        <source>Dismiss message</source>
        <translation>إغلاق الرسالة</translation>
    </message>
</context>
<context>
    <name>BudgetCard</name>
    <message>
        <location filename="../../companion/ui/home/budget_card.py" line="+24"/>
        <source>On track</source>
        <translation>ضمن الخطة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near the limit</source>
        <translation>قريب من الحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over budget</source>
        <translation>تجاوز الميزانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>متوقفة مؤقتًا</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{label}: {pct}% used</source>
        <translation>‏{label}: استُخدم {pct}%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{pct}% · {spent} of {limit} · {left} left</source>
        <translation>‏{pct}% · {spent} من {limit} · يتبقى {left}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{pct}% · {spent} of {limit} · {over} over</source>
        <translation>‏{pct}% · {spent} من {limit} · تجاوز بمقدار {over}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About {projected} by {day} at this pace</source>
        <translation>حوالي {projected} بحلول {day} بهذا المعدل</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Includes {planned} planned for upcoming lives</source>
        <translation>يشمل {planned} مخططًا لها للبثوث القادمة</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <location filename="../../companion/ui/budget/budget_dialogs.py" line="+184"/>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the budget covers</source>
        <translation>ما تغطيه الميزانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All purchases</source>
        <translation>كل المشتريات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purchases on {name}</source>
        <translation>المشتريات على {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gifts to {name}</source>
        <translation>الهدايا إلى {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…or gifts to this creator</source>
        <translation>…أو الهدايا إلى صانع المحتوى هذا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>صانع المحتوى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly</source>
        <translation>شهرية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>أسبوعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert at percents</source>
        <translation>التنبيه عند النسب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Covers</source>
        <translation>&amp;تغطي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period</source>
        <translation>ال&amp;فترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Limit ({cur})</source>
        <translation>ال&amp;حد ({cur})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alerts at %</source>
        <translation>ال&amp;تنبيهات عند %</translation>
    </message>
</context>
<context>
    <name>BudgetEditing</name>
    <message>
        <location filename="../../companion/ui/budget/budget_editing.py" line="+42"/>
        <source>Res&amp;ume</source>
        <translation>است&amp;ئناف</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pause</source>
        <translation>إي&amp;قاف مؤقت</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Remove budget?</source>
        <translation>إزالة الميزانية؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the {period} budget “{label}”?</source>
        <translation>هل تريد إزالة الميزانية ({period}) «{label}»؟</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../companion/ui/budget/budget_page.py" line="+53"/>
        <location line="+30"/>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Overview</source>
        <translation>&amp;نظرة عامة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ledger</source>
        <translation>ال&amp;سجل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reports</source>
        <translation>ال&amp;تقارير</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>المُنفَق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit</source>
        <translation>الحد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected</source>
        <translation>المتوقع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budgets</source>
        <translation>الميزانيات</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add budget…</source>
        <translation>إ&amp;ضافة ميزانية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change…</source>
        <translation>&amp;تغيير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>إي&amp;قاف مؤقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the latest change</source>
        <translation>التراجع عن آخر تغيير</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Ledger</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing logged yet</source>
        <translation>لم تسجّل شيئًا بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log what you buy and the gifts you send: your wallets, budgets and reports are made from it. You can also import a CSV from File › Import.</source>
        <translation>سجّل ما تشتريه والهدايا التي ترسلها: منها تُبنى محافظك وميزانياتك وتقاريرك. يمكنك أيضًا استيراد ملف CSV من ملف › استيراد.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a purchase…</source>
        <translation>تسجيل عملية شراء…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a gift…</source>
        <translation>تسجيل هدية…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No entries match these filters</source>
        <translation>لا قيود تطابق هذه المرشحات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try another platform, creator or dates.</source>
        <translation>جرّب منصة أو صانع محتوى أو تواريخ أخرى.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show everything</source>
        <translation>عرض الكل</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log &amp;purchase…</source>
        <translation>تسجيل &amp;شراء…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;gift…</source>
        <translation>تسجيل &amp;هدية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>ت&amp;حرير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1 entry</source>
        <translation>قيد واحد</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n entries</source>
        <translation>
            <numerusform>‏%n قيد</numerusform>
            <numerusform>‏%n قيد</numerusform>
            <numerusform>‏%n قيدان</numerusform>
            <numerusform>‏%n قيود</numerusform>
            <numerusform>‏%n قيدًا</numerusform>
            <numerusform>‏%n قيد</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source> (paused)</source>
        <translation> (متوقفة مؤقتًا)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>At the current pace, plus planned spending on upcoming lives ({planned})</source>
        <translation>بالمعدل الحالي، مضافًا إليه الإنفاق المخطط للبثوث القادمة ({planned})</translation>
    </message>
</context>
<context>
    <name>BudgetRendering</name>
    <message>
        <location filename="../../companion/ui/budget/budget_render.py" line="+38"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; ({period}): {pct}% used — {amount} over the limit</source>
        <translation>‏&lt;b&gt;{label}&lt;/b&gt; ({period}): استُخدم {pct}% — تجاوز الحد بمقدار {amount}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; ({period}): {pct}% used — past {mark}%</source>
        <translation>‏&lt;b&gt;{label}&lt;/b&gt; ({period}): استُخدم {pct}% — تخطى {mark}%</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{name}: &lt;span style=&apos;color:{colour}&apos;&gt;{n} {unit} more sent than logged as bought&lt;/span&gt;</source>
        <translation>‏{name}: &lt;span style=&apos;color:{colour}&apos;&gt;أُرسل {n} {unit} أكثر مما سُجّل كمشتريات&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Wallets&lt;/b&gt; — {wallets}</source>
        <translation>&lt;b&gt;المحافظ&lt;/b&gt; — {wallets}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Wallets&lt;/b&gt; — nothing logged yet. Log a purchase, or use “I bought this” on the Bundles page.</source>
        <translation>&lt;b&gt;المحافظ&lt;/b&gt; — لم يُسجَّل شيء بعد. سجّل عملية شراء، أو استخدم «اشتريت هذا» في صفحة الباقات.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{pct}% used</source>
        <translation>استُخدم {pct}%</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../../companion/ui/bundles/bundle_dialogs.py" line="+51"/>
        <source>Edit bundle</source>
        <translation>تحرير الباقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a bundle</source>
        <translation>إضافة باقة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bonus units</source>
        <translation>وحدات المكافأة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where you saw it</source>
        <translation>أين رأيتها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Platform</source>
        <translation>ال&amp;منصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Units</source>
        <translation>ال&amp;وحدات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bonus units</source>
        <translation>وحدات الم&amp;كافأة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rice</source>
        <translation>ال&amp;سعر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency</source>
        <translation>ال&amp;عملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel</source>
        <translation>ال&amp;قناة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;egion</source>
        <translation>المن&amp;طقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>الم&amp;صدر</translation>
    </message>
</context>
<context>
    <name>BundleTableModel</name>
    <message>
        <location filename="../../companion/ui/bundles/bundles_model.py" line="+96"/>
        <source>Per 100 ({currency})</source>
        <translation>لكل 100 ({currency})</translation>
    </message>
    <message>
        <location line="+37"/>
        <source> + {n} bonus</source>
        <translation> + {n} مكافأة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> + {n} promo</source>
        <translation> + {n} عرض</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>منذ %n يوم</numerusform>
            <numerusform>منذ %n يوم</numerusform>
            <numerusform>منذ %n يوم</numerusform>
            <numerusform>منذ %n أيام</numerusform>
            <numerusform>منذ %n يومًا</numerusform>
            <numerusform>منذ %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>منذ %n شهر</numerusform>
            <numerusform>منذ %n شهر</numerusform>
            <numerusform>منذ %n شهر</numerusform>
            <numerusform>منذ %n أشهر</numerusform>
            <numerusform>منذ %n شهرًا</numerusform>
            <numerusform>منذ %n شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>منذ %n سنة</numerusform>
            <numerusform>منذ %n سنة</numerusform>
            <numerusform>منذ %n سنة</numerusform>
            <numerusform>منذ %n سنوات</numerusform>
            <numerusform>منذ %n سنة</numerusform>
            <numerusform>منذ %n سنة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}, {age}: may be out of date</source>
        <translation>‏{day}، {age}: قد يكون قديمًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}, {age}</source>
        <translation>‏{day}، {age}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Price seen on {site} on {day}. A citation, not a place to buy: buy through the official store (Official links).</source>
        <translation>سعر شوهد على {site} في {day}. هذا مرجع وليس مكانًا للشراء: اشترِ من المتجر الرسمي (الروابط الرسمية).</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <location filename="../../companion/ui/bundles/bundles_page.py" line="+49"/>
        <location line="+4"/>
        <location line="+226"/>
        <source>Bundles</source>
        <translation>الباقات</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Filter by platform</source>
        <translation>التصفية حسب المنصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All platforms</source>
        <translation>كل المنصات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by channel</source>
        <translation>التصفية حسب القناة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>كل القنوات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by currency</source>
        <translation>التصفية حسب العملة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Search bundles</source>
        <translation>البحث في الباقات</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add bundle…</source>
        <translation>إ&amp;ضافة باقة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>ت&amp;حرير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Promotions…</source>
        <translation>ال&amp;عروض…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange &amp;rates…</source>
        <translation>أسعار ال&amp;صرف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gifts…</source>
        <translation>ال&amp;هدايا…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gifts of the selected bundle&apos;s platform</source>
        <translation>هدايا منصة الباقة المحددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;bought this…</source>
        <translation>ا&amp;شتريت هذا…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log this bundle as a purchase in your budget</source>
        <translation>سجّل هذه الباقة كعملية شراء في ميزانيتك</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All currencies</source>
        <translation>كل العملات</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>★ marks the best value per platform and channel. Shares reaching the creator are estimates.</source>
        <translation>★ تشير إلى أفضل قيمة لكل منصة وقناة. الحصة التي تصل إلى صانع المحتوى تقديرية.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creator payout (estimate): {note} &lt;i&gt;Source: {src}&lt;/i&gt;</source>
        <translation>ما يحصل عليه صانع المحتوى (تقديري): {note} &lt;i&gt;المصدر: {src}&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;i&gt;Price seen on {site} on {day}.&lt;/i&gt;</source>
        <translation>&lt;i&gt;سعر شوهد على {site} في {day}.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{units} {unit} bundle ({channel})</source>
        <translation>باقة {units} {unit} ({channel})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delete bundle?</source>
        <translation>حذف الباقة؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {units} {unit} for {price}?</source>
        <translation>هل تريد حذف {units} {unit} بسعر {price}؟</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../companion/ui/calendar/calendar_page.py" line="+48"/>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Agenda</source>
        <translation>جدول المواعيد</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show events of</source>
        <translation>عرض أحداث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Creators…</source>
        <translation>صنّاع ال&amp;محتوى…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Subscribe…</source>
        <translation>ا&amp;شتراك…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh schedules</source>
        <translation>ت&amp;حديث الجداول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+59"/>
        <source>Add a live…</source>
        <translation>إضافة بث مباشر…</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Add a creator…</source>
        <translation>إضافة صانع محتوى…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add event…</source>
        <translation>إ&amp;ضافة حدث…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>ت&amp;حرير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip this one</source>
        <translation>ت&amp;خطي هذا الموعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent and missed reminders</source>
        <translation>التذكيرات الأخيرة والفائتة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snooze {n} min</source>
        <translation>غفوة {n} دقيقة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open creator&apos;s page…</source>
        <translation>&amp;فتح صفحة صانع المحتوى…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear missed</source>
        <translation>م&amp;سح الفائتة</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No reminders yet. Lives you add remind you before they start; missed reminders stay here until you clear them.</source>
        <translation>لا تذكيرات بعد. البثوث التي تضيفها تذكّرك قبل أن تبدأ؛ وتبقى التذكيرات الفائتة هنا حتى تمسحها.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&lt;b&gt;Coming up&lt;/b&gt; (next {n} days)</source>
        <translation>&lt;b&gt;قريبًا&lt;/b&gt; (الأيام الـ{n} القادمة)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No lives coming up</source>
        <translation>لا بثوث قادمة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add when your creators go live, or subscribe to a schedule; the next {n} days show here.</source>
        <translation>أضف مواعيد بث صنّاع المحتوى المفضلين لديك أو اشترك في جدول؛ تظهر هنا الأيام الـ{n} القادمة.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing on this day</source>
        <translation>لا شيء في هذا اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a live on this day, or pick another.</source>
        <translation>أضف بثًا في هذا اليوم أو اختر يومًا آخر.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reminder: {title} at {time}</source>
        <translation>تذكير: {title} الساعة {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (late)</source>
        <translation> (متأخر)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missed: {title} ({time})</source>
        <translation>فائت: {title} ({time})</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Delete every occurrence of “{title}”?</source>
        <translation>هل تريد حذف كل تكرارات «{title}»؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{title}”?</source>
        <translation>حذف «{title}»؟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete event</source>
        <translation>حذف الحدث</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../companion/ui/calendar/calendar_view.py" line="+38"/>
        <source>Month shown</source>
        <translation>الشهر المعروض</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month or week</source>
        <translation>الشهر أو الأسبوع السابق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month or week</source>
        <translation>الشهر أو الأسبوع التالي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today</source>
        <translation>&amp;اليوم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Month</source>
        <translation>&amp;شهر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Week</source>
        <translation>&amp;أسبوع</translation>
    </message>
</context>
<context>
    <name>ClipboardGuard</name>
    <message>
        <location filename="../../companion/ui/links/clipboard_guard.py" line="+67"/>
        <source>The link you copied is not official</source>
        <translation>الرابط الذي نسخته ليس رسميًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host}: {reason} Don&apos;t pay there.</source>
        <translation>‏{host}: {reason} لا تدفع هناك.</translation>
    </message>
</context>
<context>
    <name>CreatorDialog</name>
    <message>
        <location filename="../../companion/ui/calendar/event_dialogs.py" line="+311"/>
        <source>Creator</source>
        <translation>صانع المحتوى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(any)</source>
        <translation>(أي)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Favourite</source>
        <translation>مفضّل</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour…</source>
        <translation>اللون…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Platform</source>
        <translation>ال&amp;منصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handle</source>
        <translation>اسم ال&amp;مستخدم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile &amp;link</source>
        <translation>&amp;رابط الملف الشخصي</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time &amp;zone</source>
        <translation>المنطقة ال&amp;زمنية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Creator colour</source>
        <translation>لون صانع المحتوى</translation>
    </message>
</context>
<context>
    <name>CreatorsDialog</name>
    <message>
        <location filename="../../companion/ui/calendar/creators_dialog.py" line="+28"/>
        <location line="+3"/>
        <source>Creators</source>
        <translation>صنّاع المحتوى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>ت&amp;حرير…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport events…</source>
        <translation>ت&amp;صدير الأحداث…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete creator</source>
        <translation>حذف صانع المحتوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name}? Their events stay in the calendar.</source>
        <translation>هل تريد حذف {name}؟ تبقى أحداثه في التقويم.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export events</source>
        <translation>تصدير الأحداث</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <location filename="../../companion/ui/budget/csv_mapping.py" line="+33"/>
        <source>How to read {name}</source>
        <translation>كيفية قراءة {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This CSV is new to Fan Companion. Say which columns hold what; the next file with the same columns is read the same way.</source>
        <translation>ملف CSV هذا جديد على Fan Companion. حدّد محتوى كل عمود؛ وسيُقرأ الملف التالي ذو الأعمدة نفسها بالطريقة نفسها.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amounts use a decimal comma (1.234,56)</source>
        <translation>المبالغ تستخدم فاصلة عشرية (1.234,56)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. EUR, when no column says</source>
        <translation>مثلًا EUR، إذا لم يذكرها أي عمود</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payee</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (signed)</source>
        <translation>المبلغ (بإشارة)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money out</source>
        <translation>المال الخارج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money in</source>
        <translation>المال الداخل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memo</source>
        <translation>البيان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency column</source>
        <translation>عمود العملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction id</source>
        <translation>معرّف العملية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns separated by</source>
        <translation>الأعمدة مفصولة بـ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows before the header</source>
        <translation>الصفوف قبل الترويسة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date format</source>
        <translation>تنسيق التاريخ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currency</source>
        <translation>العملة</translation>
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
        <translation>تسجيل عملية شراء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a gift sent</source>
        <translation>تسجيل هدية مرسلة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount paid</source>
        <translation>المبلغ المدفوع</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creator</source>
        <translation>صانع المحتوى</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date and time</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Platform</source>
        <translation>ال&amp;منصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Units</source>
        <translation>ال&amp;وحدات</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;aid</source>
        <translation>الم&amp;دفوع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency</source>
        <translation>ال&amp;عملة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Creator</source>
        <translation>&amp;صانع المحتوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When</source>
        <translation>ال&amp;موعد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note</source>
        <translation>&amp;ملاحظة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../companion/ui/calendar/event_dialogs.py" line="-303"/>
        <source>Edit live event</source>
        <translation>تحرير البث المباشر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New live event</source>
        <translation>بث مباشر جديد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;reator</source>
        <translation>&amp;صانع المحتوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts</source>
        <translation>ال&amp;بداية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone</source>
        <translation>المنطقة ال&amp;زمنية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duration</source>
        <translation>ال&amp;مدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;peats</source>
        <translation>الت&amp;كرار</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;minders (min before)</source>
        <translation>الت&amp;ذكيرات (دقائق قبل)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned spend&amp;ing</source>
        <translation>الإنفاق الم&amp;خطط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no creator)</source>
        <translation>(بلا صانع محتوى)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All day</source>
        <translation>طوال اليوم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Does not repeat</source>
        <translation>لا يتكرر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>يوميًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly on…</source>
        <translation>أسبوعيًا في…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>شهرية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom rule (iCalendar)…</source>
        <translation>قاعدة مخصصة (iCalendar)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Minutes before the start, separated by commas</source>
        <translation>الدقائق قبل البدء، مفصولة بفواصل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional, in {cur}</source>
        <translation>اختياري، بـ{cur}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>صانع المحتوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start (local time)</source>
        <translation>البداية (بالتوقيت المحلي)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurrence rule</source>
        <translation>قاعدة التكرار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders, minutes before</source>
        <translation>التذكيرات، بالدقائق قبل البدء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned spending</source>
        <translation>الإنفاق المخطط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>All day, in your own time zone.</source>
        <translation>طوال اليوم، في منطقتك الزمنية.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In your time ({zone}): {when}</source>
        <translation>بتوقيتك ({zone}): {when}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../companion/ui/shell/file_actions.py" line="+31"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+84"/>
        <location line="+64"/>
        <source>Nothing was imported</source>
        <translation>لم يُستورد شيء</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>{file} was not imported:

{why}

Nothing was changed.</source>
        <translation>لم يُستورد {file}:

{why}

لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+146"/>
        <source>Imported</source>
        <translation>تم الاستيراد</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported</source>
        <translation>تم التصدير</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing {name}…</source>
        <translation>جارٍ استيراد {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{file} was not imported:

{why}</source>
        <translation>لم يُستورد {file}:

{why}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not restored</source>
        <translation>لم تتم الاستعادة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore from backup?</source>
        <translation>الاستعادة من النسخة الاحتياطية؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace all your data with the backup from {when} ({entries} ledger entries, {events} events)?

Your current data is kept as a backup first.</source>
        <translation>هل تريد استبدال كل بياناتك بالنسخة الاحتياطية من {when} ({entries} قيد في السجل، {events} حدث)؟

تُحفظ بياناتك الحالية في نسخة احتياطية أولًا.</translation>
    </message>
</context>
<context>
    <name>GiftsDialog</name>
    <message>
        <location filename="../../companion/ui/bundles/bundle_dialogs.py" line="+164"/>
        <source>{name} gifts</source>
        <translation>هدايا {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gifts of this platform</source>
        <translation>هدايا هذه المنصة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gift</source>
        <translation>الهدية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{unit}</source>
        <translation>‏{unit}</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Gift name</source>
        <translation>اسم الهدية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price in {unit}</source>
        <translation>السعر بـ{unit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save changes</source>
        <translation>&amp;حفظ التغييرات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Costs</source>
        <translation>ال&amp;تكلفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>&amp;ملاحظة</translation>
    </message>
</context>
<context>
    <name>GivePanel</name>
    <message>
        <location filename="../../companion/ui/bundles/plan_panel.py" line="+208"/>
        <source>To give a creator…</source>
        <translation>لإعطاء صانع محتوى…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount the creator should receive</source>
        <translation>المبلغ الذي يجب أن يصل إلى صانع المحتوى</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mpare</source>
        <translation>م&amp;قارنة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You send</source>
        <translation>ترسل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You pay</source>
        <translation>تدفع</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../companion/ui/home/home_page.py" line="+107"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next lives</source>
        <translation>البثوث القادمة</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>Add a creator…</source>
        <translation>إضافة صانع محتوى…</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+71"/>
        <source>Add a live…</source>
        <translation>إضافة بث مباشر…</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Budgets</source>
        <translation>الميزانيات</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+149"/>
        <source>Add a budget…</source>
        <translation>إضافة ميزانية…</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Open Budget</source>
        <translation>فتح الميزانية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wallets</source>
        <translation>المحافظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest alerts</source>
        <translation>آخر التنبيهات</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Log a purchase…</source>
        <translation>&amp;تسجيل عملية شراء…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;nd the cheapest way…</source>
        <translation>إيجاد أر&amp;خص طريقة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a lin&amp;k…</source>
        <translation>التحقق من را&amp;بط…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No lives in the next two weeks</source>
        <translation>لا بثوث خلال الأسبوعين القادمين</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add your favourite creators and when they go live; their next streams show here with a countdown and a reminder.</source>
        <translation>أضف صنّاع المحتوى المفضلين لديك ومواعيد بثهم؛ تظهر بثوثهم القادمة هنا مع عدّ تنازلي وتذكير.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Open stream…</source>
        <translation>فتح البث…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open {name}&apos;s stream</source>
        <translation>فتح بث {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the creator&apos;s profile link to open it from here.</source>
        <translation>أضف رابط الملف الشخصي لصانع المحتوى لفتحه من هنا.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No budget yet</source>
        <translation>لا ميزانية بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a weekly or monthly limit, overall or per platform or creator, and see here how far along you are.</source>
        <translation>حدّد حدًا أسبوعيًا أو شهريًا، عامًا أو لكل منصة أو صانع محتوى، وتابع هنا أين وصلت.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing bought yet</source>
        <translation>لم تشترِ شيئًا بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log what you buy and send; each platform&apos;s balance shows here.</source>
        <translation>سجّل ما تشتريه وترسله؛ يظهر هنا رصيد كل منصة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a purchase…</source>
        <translation>تسجيل عملية شراء…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More sent than logged as bought</source>
        <translation>المُرسَل أكثر مما سُجّل كمشتريات</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No alerts. When a budget passes one of its marks, it is noted here.</source>
        <translation>لا تنبيهات. عندما تتخطى ميزانية إحدى عتباتها، يُسجَّل ذلك هنا.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{when} · {label}, {period}: passed {mark}%</source>
        <translation>‏{when} · {label}، {period}: تخطت {mark}%</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../companion/ui/shell/i18n.py" line="+134"/>
        <source>System language ({name})</source>
        <translation>لغة النظام ({name})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new language is used the next time Fan Companion starts.</source>
        <translation>تُستخدم اللغة الجديدة في المرة القادمة التي يبدأ فيها Fan Companion.</translation>
    </message>
</context>
<context>
    <name>LedgerActions</name>
    <message>
        <location filename="../../companion/ui/budget/ledger_actions.py" line="+59"/>
        <source>&amp;Undo delete</source>
        <translation>ترا&amp;جع عن الحذف</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
</context>
<context>
    <name>LedgerFilterBar</name>
    <message>
        <location filename="../../companion/ui/budget/ledger_filter.py" line="+28"/>
        <source>Filter by platform</source>
        <translation>التصفية حسب المنصة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by creator</source>
        <translation>التصفية حسب صانع المحتوى</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>any</source>
        <translation>أي</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All platforms</source>
        <translation>كل المنصات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All creators</source>
        <translation>كل صنّاع المحتوى</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../companion/ui/budget/ledger_model.py" line="+137"/>
        <source>Purchase</source>
        <translation>شراء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gift</source>
        <translation>الهدية</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no rate</source>
        <translation>لا سعر صرف</translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <location filename="../../companion/ui/links/links_page.py" line="+43"/>
        <source>Official links</source>
        <translation>الروابط الرسمية</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Buy only through these official channels. Paste any link below to check it before you pay — the check runs on your computer, nothing is sent anywhere.</source>
        <translation>اشترِ فقط عبر هذه القنوات الرسمية. الصق أي رابط أدناه للتحقق منه قبل الدفع — يجري التحقق على جهازك، ولا يُرسَل أي شيء إلى أي مكان.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Third-party coin sites are not listed, however cheap or well reviewed: they ask for your account login, and a platform can ban an account topped up through them.</source>
        <translation>مواقع العملات التابعة لجهات خارجية غير مدرجة مهما كانت رخيصة أو حسنة التقييم: فهي تطلب بيانات الدخول إلى حسابك، وقد تحظر المنصة حسابًا شُحن عن طريقها.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paste a link, e.g. https://www.tiktok.com/coin</source>
        <translation>الصق رابطًا، مثلًا https://www.tiktok.com/coin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to check</source>
        <translation>الرابط المراد التحقق منه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check link</source>
        <translation>ال&amp;تحقق من الرابط</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Official purchase channels</source>
        <translation>قنوات الشراء الرسمية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>What it is for</source>
        <translation>الغرض منه</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Checked</source>
        <translation>تاريخ التحقق</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y link</source>
        <translation>ن&amp;سخ الرابط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add my own link…</source>
        <translation>إضافة را&amp;بطي الخاص…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{t} (unverified)</source>
        <translation>‏{t} (غير موثَّق)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{p}
Source: {s}</source>
        <translation>‏{p}
المصدر: {s}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other links</source>
        <translation>روابط أخرى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} — added by you</source>
        <translation>‏{title} — أضفته أنت</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Remove link?</source>
        <translation>إزالة الرابط؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{title}” from your links?</source>
        <translation>هل تريد إزالة «{title}» من روابطك؟</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../../companion/ui/budget/lock_panel.py" line="+35"/>
        <source>Spending lock: on. {problem}</source>
        <translation>قفل الإنفاق: مفعَّل. {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spending lock: on.</source>
        <translation>قفل الإنفاق: مفعَّل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn lock &amp;off…</source>
        <translation>إي&amp;قاف القفل…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spending lock: off. {problem}</source>
        <translation>قفل الإنفاق: متوقف. {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spending lock: off.</source>
        <translation>قفل الإنفاق: متوقف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn lock o&amp;n…</source>
        <translation>ت&amp;فعيل القفل…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two passcodes differ.</source>
        <translation>رمزا المرور مختلفان.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Spending lock</source>
        <translation>قفل الإنفاق</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{problem}

Turn the lock off?</source>
        <translation>‏{problem}

هل تريد إيقاف القفل؟</translation>
    </message>
</context>
<context>
    <name>LockSetupDialog</name>
    <message>
        <location filename="../../companion/ui/budget/budget_dialogs.py" line="+146"/>
        <source>Turn on the spending lock</source>
        <translation>تفعيل قفل الإنفاق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the lock on, raising, pausing or removing a budget and saving a purchase that goes over budget need this passcode. It is kept only in your system keychain.</source>
        <translation>عند تفعيل القفل، يلزم رمز المرور هذا لرفع ميزانية أو إيقافها مؤقتًا أو إزالتها، ولحفظ عملية شراء تتجاوز الميزانية. يُحفظ فقط في سلسلة مفاتيح نظامك.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New passcode</source>
        <translation>رمز مرور جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passcode again</source>
        <translation>أعد إدخال رمز المرور</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Turn on</source>
        <translation>تفعيل</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../companion/ui/shell/main_window.py" line="+91"/>
        <source>Demo data, not saved</source>
        <translation>بيانات تجريبية، لا تُحفظ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome…</source>
        <translation>ال&amp;ترحيب…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Fan Companion</source>
        <translation>&amp;حول Fan Companion</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>About Fan Companion</source>
        <translation>حول Fan Companion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Fan Companion {version}&lt;/h3&gt;&lt;p&gt;Bundles, budget, calendar and official links for fans who gift on live streams. Works offline; your data stays in &lt;code&gt;{folder}&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fan Companion {version}&lt;/h3&gt;&lt;p&gt;الباقات والميزانية والتقويم والروابط الرسمية للمعجبين الذين يرسلون الهدايا في البثوث المباشرة. يعمل دون اتصال؛ تبقى بياناتك في &lt;code&gt;{folder}&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Still running in the tray so reminders can reach you. Choose Quit from the tray menu to stop it.</source>
        <translation>ما زال يعمل في شريط النظام كي تصلك التذكيرات. اختر «إنهاء» من قائمة شريط النظام لإيقافه.</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../companion/ui/calendar/month_grid.py" line="+45"/>
        <source>Month view</source>
        <translation>عرض الشهر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week view</source>
        <translation>عرض الأسبوع</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>+{n} more</source>
        <translation>‏+{n} أخرى</translation>
    </message>
</context>
<context>
    <name>PasscodeDialog</name>
    <message>
        <location filename="../../companion/ui/budget/budget_dialogs.py" line="-41"/>
        <source>Spending lock</source>
        <translation>قفل الإنفاق</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passcode</source>
        <translation>رمز المرور</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../companion/ui/bundles/plan_panel.py" line="-180"/>
        <source>Cheapest way to get…</source>
        <translation>أرخص طريقة للحصول على…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform to plan for</source>
        <translation>المنصة المراد التخطيط لها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel to plan for</source>
        <translation>القناة المراد التخطيط لها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any channel</source>
        <translation>أي قناة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;units</source>
        <translation>&amp;وحدات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gif&amp;ts</source>
        <translation>&amp;هدايا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gift</source>
        <translation>الهدية</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>How many</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Fi&amp;nd cheapest</source>
        <translation>إيجاد الأر&amp;خص</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the official &amp;store…</source>
        <translation>فتح المتجر ال&amp;رسمي…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the platform&apos;s own store after showing where the link really goes</source>
        <translation>يفتح متجر المنصة نفسها بعد أن يُظهر إلى أين يؤدي الرابط فعلًا</translation>
    </message>
</context>
<context>
    <name>PlatformDelegate</name>
    <message>
        <location filename="../../companion/ui/budget/statement_preview.py" line="+132"/>
        <source>Platform for {payee}</source>
        <translation>المنصة لـ{payee}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location line="-78"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payee</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens</source>
        <translation>ما سيحدث</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added</source>
        <translation>يُضاف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the ledger</source>
        <translation>موجود في السجل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recognised as gifting: pick a platform to add it</source>
        <translation>لم يُتعرَّف عليه كشراء هدايا: اختر منصة لإضافته</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out</source>
        <translation>يُستبعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not gifting</source>
        <translation>ليس شراء هدايا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{units} units</source>
        <translation>‏{units} وحدة</translation>
    </message>
</context>
<context>
    <name>PromotionsDialog</name>
    <message>
        <location filename="../../companion/ui/bundles/bundle_dialogs.py" line="-116"/>
        <source>Promotions on {units} {unit}</source>
        <translation>العروض على {units} {unit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Promotions on this bundle</source>
        <translation>العروض على هذه الباقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bonus</source>
        <translation>المكافأة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>% extra</source>
        <translation>% إضافية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra units</source>
        <translation>وحدات إضافية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of bonus</source>
        <translation>نوع المكافأة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bonus amount</source>
        <translation>مقدار المكافأة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last day the bonus counts</source>
        <translation>آخر يوم تُحتسب فيه المكافأة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove selected</source>
        <translation>إ&amp;زالة المحدد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (expired)</source>
        <translation> (منتهٍ)</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../../companion/ui/shell/i18n.py" line="-114"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../companion/ui/bundles/rates_dialog.py" line="+33"/>
        <source>Exchange rates</source>
        <translation>أسعار الصرف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange rates you keep</source>
        <translation>أسعار الصرف التي تحتفظ بها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pair</source>
        <translation>الزوج</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>Rate</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>As of</source>
        <translation>بتاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>From currency</source>
        <translation>من العملة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To currency</source>
        <translation>إلى العملة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of date</source>
        <translation>بتاريخ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save rate</source>
        <translation>&amp;حفظ السعر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove selected</source>
        <translation>إ&amp;زالة المحدد</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A rate is what one unit of the first currency buys of the second: USD, EUR and 0.92 mean 1 USD = 0.92 EUR. Rates older than 30 days are marked as old wherever they are used.</source>
        <translation>سعر الصرف هو ما تشتريه وحدة واحدة من العملة الأولى من العملة الثانية: USD وEUR و0.92 تعني 1 USD = 0.92 EUR. تُعلَّم الأسعار التي يزيد عمرها على 30 يومًا بأنها قديمة أينما استُخدمت.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (old)</source>
        <translation> (قديم)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Remove rate?</source>
        <translation>إزالة سعر الصرف؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the {b}/{q} rate?</source>
        <translation>هل تريد إزالة سعر {b}/{q}؟</translation>
    </message>
</context>
<context>
    <name>ReminderScheduler</name>
    <message>
        <location filename="../../companion/ui/calendar/reminder_scheduler.py" line="+95"/>
        <source>Missed reminder: {name}{title}</source>
        <translation>تذكير فائت: {name}{title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started at {time}; it is still on.</source>
        <translation>بدأ الساعة {time}؛ وما زال مستمرًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Live in {n} min, at {time}.</source>
        <translation>البث بعد {n} دقيقة، الساعة {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live now.</source>
        <translation>مباشر الآن.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started {n} min ago, at {time}.</source>
        <translation>بدأ منذ {n} دقيقة، عند {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended {n} min ago.</source>
        <translation>انتهى منذ {n} دقيقة.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open stream</source>
        <translation>فتح البث</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze 10 min</source>
        <translation>تأجيل 10 دقائق</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../companion/ui/budget/reports_view.py" line="+46"/>
        <source>Purchases, last 12 months</source>
        <translation>المشتريات، آخر 12 شهرًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bar chart of spending per month</source>
        <translation>مخطط أعمدة للإنفاق الشهري</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Spent</source>
        <translation>المُنفَق</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Purchases</source>
        <translation>المشتريات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>المنصة</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Units</source>
        <translation>الوحدات</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creator</source>
        <translation>صانع المحتوى</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gifts&apos; value</source>
        <translation>قيمة الهدايا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By month</source>
        <translation>حسب الشهر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By platform</source>
        <translation>حسب المنصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By creator</source>
        <translation>حسب صانع المحتوى</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No spending to show yet</source>
        <translation>لا إنفاق لعرضه بعد</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once you log purchases and gifts, this shows what you spent each month, on which platform and for which creator.</source>
        <translation>بعد أن تسجّل مشترياتك وهداياك، يظهر هنا ما أنفقته كل شهر، وعلى أي منصة، ولأي صانع محتوى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a purchase…</source>
        <translation>تسجيل عملية شراء…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Spent ({cur})</source>
        <translation>المُنفَق ({cur})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Monthly budget</source>
        <translation>الميزانية الشهرية</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../companion/ui/shell/settings_page.py" line="+54"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Home currency</source>
        <translation>العملة الأساسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices and budgets are shown in this currency.</source>
        <translation>تُعرض الأسعار والميزانيات بهذه العملة.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default reminder lead time in minutes</source>
        <translation>مدة التذكير الافتراضية بالدقائق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;reminder before a live</source>
        <translation>الت&amp;ذكير الافتراضي قبل البث</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your time zone</source>
        <translation>منطقتك الزمنية</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your &amp;time zone</source>
        <translation>منطقتك ال&amp;زمنية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day of the week</source>
        <translation>أول أيام الأسبوع</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Home &amp;currency</source>
        <translation>العملة الأ&amp;ساسية</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>W&amp;eeks start on</source>
        <translation>يبدأ الأ&amp;سبوع يوم</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Light or dark appearance</source>
        <translation>مظهر فاتح أو داكن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as the system</source>
        <translation>مثل النظام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Appearance</source>
        <translation>ال&amp;مظهر</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start minimised to the tray</source>
        <translation>البدء مصغَّرًا في شريط النظام</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This system has no tray to start in.</source>
        <translation>لا يوجد في هذا النظام شريط للبدء فيه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Warn me when I copy a link to a fake site</source>
        <translation>&amp;نبّهني عندما أنسخ رابطًا لموقع مزيّف</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When you copy a link that looks like TikTok, Twitch, YouTube, PayPal or another site you pay through but is not their official page, a notification says so and why. The check runs on this computer; nothing you copy is stored or sent.</source>
        <translation>عندما تنسخ رابطًا يشبه TikTok أو Twitch أو YouTube أو PayPal أو موقعًا آخر تدفع عبره لكنه ليس صفحته الرسمية، يخبرك إشعار بذلك وبالسبب. يتم الفحص على هذا الحاسوب؛ ولا يُحفظ أو يُرسل أي شيء تنسخه.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep reminders running after the window closes</source>
        <translation>إبقاء التذكيرات تعمل بعد إغلاق النافذة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tray keeps reminders running.</source>
        <translation>أيقونة شريط النظام تُبقي التذكيرات تعمل.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start at lo&amp;gin (in the tray)</source>
        <translation>البدء عند ت&amp;سجيل الدخول (في شريط النظام)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Automatic backups to keep</source>
        <translation>عدد النسخ الاحتياطية التلقائية المحفوظة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic &amp;backups to keep</source>
        <translation>النسخ الا&amp;حتياطية التلقائية المحفوظة</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Open folder</source>
        <translation>&amp;فتح المجلد</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keychain</source>
        <translation>سلسلة المفاتيح</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Available: {name}</source>
        <translation>متاحة: {name}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>your desktop&apos;s keyring (Secret Service: GNOME Keyring or KWallet)</source>
        <translation>سلسلة مفاتيح سطح المكتب (Secret Service: GNOME Keyring أو KWallet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the macOS Keychain</source>
        <translation>سلسلة مفاتيح macOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Windows Credential Manager</source>
        <translation>مدير بيانات الاعتماد في Windows</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a keychain</source>
        <translation>سلسلة مفاتيح</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../companion/ui/shell/shortcuts.py" line="+41"/>
        <source>&amp;Log a purchase…</source>
        <translation>&amp;تسجيل عملية شراء…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a li&amp;ve…</source>
        <translation>إضافة &amp;بث…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a lin&amp;k…</source>
        <translation>فحص &amp;رابط…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search bundles…</source>
        <translation>ال&amp;بحث في الباقات…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Previous month or week</source>
        <translation>الشهر أو الأسبوع ال&amp;سابق</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next month or week</source>
        <translation>الشهر أو الأسبوع ال&amp;تالي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+1 to Ctrl+6</source>
        <translation>من Ctrl+1 إلى Ctrl+6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a section, in the sidebar&apos;s order</source>
        <translation>إظهار قسم، بترتيب الشريط الجانبي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab، Shift+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next or previous control, out of tables too</source>
        <translation>عنصر التحكم التالي أو السابق، والخروج من الجداول أيضًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alt+underlined letter</source>
        <translation>‏Alt+الحرف المسطّر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press that button or go to that field</source>
        <translation>الضغط على ذلك الزر أو الانتقال إلى ذلك الحقل</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrow keys</source>
        <translation>مفاتيح الأسهم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between days in the calendar grid</source>
        <translation>التنقل بين الأيام في شبكة التقويم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page Up, Page Down</source>
        <translation>Page Up، Page Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four weeks back or on in the calendar grid</source>
        <translation>أربعة أسابيع للخلف أو للأمام في شبكة التقويم</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+33"/>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>StatementImport</name>
    <message>
        <location filename="../../companion/ui/budget/statement_import.py" line="+36"/>
        <source>Reading {name}…</source>
        <translation>جارٍ قراءة {name}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing {name}…</source>
        <translation>جارٍ استيراد {name}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import cancelled</source>
        <translation>أُلغي الاستيراد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing was imported</source>
        <translation>لم يُستورد شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was not imported:

{why}

Nothing was changed.</source>
        <translation>لم يُستورد {file}:

{why}

لم يتغير شيء.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Imported</source>
        <translation>تم الاستيراد</translation>
    </message>
    <message>
        <location filename="../../companion/ui/budget/import_worker.py" line="+69"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>StatementPreview</name>
    <message>
        <location filename="../../companion/ui/budget/statement_preview.py" line="+92"/>
        <source>Import {name}</source>
        <translation>استيراد {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lines in the file</source>
        <translation>الأسطر في الملف</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Import 1 entry</source>
        <translation>استيراد قيد واحد</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Import %Ln entries</source>
        <translation>
            <numerusform>استيراد %Ln قيد</numerusform>
            <numerusform>استيراد %Ln قيد</numerusform>
            <numerusform>استيراد %Ln قيد</numerusform>
            <numerusform>استيراد %Ln قيود</numerusform>
            <numerusform>استيراد %Ln قيدًا</numerusform>
            <numerusform>استيراد %Ln قيد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../companion/ui/shell/tray.py" line="+23"/>
        <source>Open Fan Companion</source>
        <translation>فتح Fan Companion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a link…</source>
        <translation>فحص رابط…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>VerdictView</name>
    <message>
        <location filename="../../companion/ui/links/verdict_view.py" line="+69"/>
        <source>Site: {host}</source>
        <translation>الموقع: {host}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../companion/ui/home/welcome.py" line="+43"/>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Welcome to Fan Companion</source>
        <translation>مرحبًا بك في Fan Companion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A few questions so the figures are in your money and your time. Everything here can be changed later in Settings, and you can skip it.</source>
        <translation>بضعة أسئلة لتظهر الأرقام بعملتك وتوقيتك. يمكن تغيير كل شيء هنا لاحقًا من الإعدادات، ويمكنك تخطيها.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Start</source>
        <translation>اب&amp;دأ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;kip</source>
        <translation>ت&amp;خطٍّ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Home currency</source>
        <translation>العملة الأساسية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You pay in</source>
        <translation>تدفع بـ</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Your time zone</source>
        <translation>منطقتك الزمنية</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Platforms you use</source>
        <translation>المنصات التي تستخدمها</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>optional, e.g. 40</source>
        <translation>اختياري، مثلًا 40</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly budget, optional</source>
        <translation>الميزانية الشهرية، اختيارية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly budget</source>
        <translation>الميزانية الشهرية</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste a profile link, e.g. https://www.twitch.tv/name</source>
        <translation>الصق رابط ملف شخصي، مثلًا https://www.twitch.tv/name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Favourite creator&apos;s profile link</source>
        <translation>رابط الملف الشخصي لصانع المحتوى المفضل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Favourite creators</source>
        <translation>صنّاع المحتوى المفضلون</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The spending lock (on the Budget page) asks for a passcode before a budget is raised or the lock turned off. The passcode is kept in your system&apos;s keychain, never in Fan Companion&apos;s own files.</source>
        <translation>يطلب قفل الإنفاق (في صفحة الميزانية) رمز مرور قبل رفع ميزانية أو إيقاف القفل. يُحفظ رمز المرور في سلسلة مفاتيح نظامك، ولا يُحفظ أبدًا في ملفات Fan Companion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A keychain is available on this computer.</source>
        <translation>تتوفر سلسلة مفاتيح على هذا الجهاز.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available on this computer, so the lock stays off until one is set up (on Linux: GNOME Keyring or KWallet).</source>
        <translation>لا تتوفر سلسلة مفاتيح على هذا الجهاز، لذا يبقى القفل متوقفًا حتى تُعدّ واحدة (على Linux: GNOME Keyring أو KWallet).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Added: {names}</source>
        <translation>أُضيف: {names}</translation>
    </message>
</context>
<context>
    <name>_Countdown</name>
    <message>
        <location filename="../../companion/ui/home/countdown.py" line="+19"/>
        <source>live now</source>
        <translation>مباشر الآن</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n min</source>
        <translation>
            <numerusform>بعد %n دقيقة</numerusform>
            <numerusform>بعد %n دقيقة</numerusform>
            <numerusform>بعد %n دقيقتين</numerusform>
            <numerusform>بعد %n دقائق</numerusform>
            <numerusform>بعد %n دقيقة</numerusform>
            <numerusform>بعد %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in {h} h {m:02d} min</source>
        <translation>بعد {h} س {m:02d} د</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in 1 day {h} h</source>
        <translation>بعد يوم و{h} س</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n days {h} h</source>
        <translation>
            <numerusform>بعد %n يوم و{h} س</numerusform>
            <numerusform>بعد %n يوم و{h} س</numerusform>
            <numerusform>بعد %n يومين و{h} س</numerusform>
            <numerusform>بعد %n أيام و{h} س</numerusform>
            <numerusform>بعد %n يومًا و{h} س</numerusform>
            <numerusform>بعد %n يوم و{h} س</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_PlanWords</name>
    <message>
        <location filename="../../companion/ui/bundles/plan_panel.py" line="+90"/>
        <source>1 purchase of {units} {unit} {where}, {total}</source>
        <translation>عملية شراء واحدة لـ{units} {unit} {where}، {total}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n purchases of {units} {unit} {where}, {total} ({each} each)</source>
        <translation>
            <numerusform>‏%n عملية شراء لـ{units} {unit} {where}، {total} ({each} لكل منها)</numerusform>
            <numerusform>‏%n عملية شراء لـ{units} {unit} {where}، {total} ({each} لكل منها)</numerusform>
            <numerusform>‏%n عمليتا شراء لـ{units} {unit} {where}، {total} ({each} لكل منهما)</numerusform>
            <numerusform>‏%n عمليات شراء لـ{units} {unit} {where}، {total} ({each} لكل منها)</numerusform>
            <numerusform>‏%n عملية شراء لـ{units} {unit} {where}، {total} ({each} لكل منها)</numerusform>
            <numerusform>‏%n عملية شراء لـ{units} {unit} {where}، {total} ({each} لكل منها)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_UndoWords</name>
    <message>
        <location filename="../../companion/ui/budget/statement_import.py" line="+38"/>
        <source>Undo import of {name}, 1 entry</source>
        <translation>التراجع عن استيراد {name}، قيد واحد</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Undo import of {name}, %Ln entries</source>
        <translation>
            <numerusform>التراجع عن استيراد {name}، %Ln قيد</numerusform>
            <numerusform>التراجع عن استيراد {name}، %Ln قيد</numerusform>
            <numerusform>التراجع عن استيراد {name}، %Ln قيد</numerusform>
            <numerusform>التراجع عن استيراد {name}، %Ln قيود</numerusform>
            <numerusform>التراجع عن استيراد {name}، %Ln قيدًا</numerusform>
            <numerusform>التراجع عن استيراد {name}، %Ln قيد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>budget</name>
    <message>
        <location filename="../../companion/ui/budget/budget_flow.py" line="+34"/>
        <source>Over budget</source>
        <translation>تجاوز الميزانية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving this takes you over budget:

{lines}

Save it anyway?</source>
        <translation>حفظ هذا يجعلك تتجاوز الميزانية:

{lines}

هل تريد الحفظ رغم ذلك؟</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No {source}→{target} rate is kept, so this purchase cannot be counted against your budgets yet.

1 {source} = ? {target}</source>
        <translation>لا يوجد سعر صرف محفوظ من {source} إلى {target}، لذا لا يمكن احتساب هذه العملية في ميزانياتك بعد.

1 {source} = ? {target}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exchange rate</source>
        <translation>سعر الصرف</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Spending lock</source>
        <translation>قفل الإنفاق</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Budget {pct}% reached</source>
        <translation>بلغت الميزانية {pct}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}, {period}: {spent} of {limit} ({pct}%).</source>
        <translation>‏{label}، {period}: {spent} من {limit} ({pct}%).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open budget</source>
        <translation>فتح الميزانية</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../companion/core/links/reasons.py" line="+11"/>
        <source>The address is empty.</source>
        <translation>العنوان فارغ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address is {length} characters long; real purchase pages are far shorter, and an address that long is hiding something.</source>
        <translation>يتكون العنوان من {length} حرفًا؛ صفحات الشراء الحقيقية أقصر بكثير، والعنوان بهذا الطول يخفي شيئًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It contains spaces or invisible control characters.</source>
        <translation>يحتوي على مسافات أو محارف تحكم غير مرئية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It contains a backslash, a trick that makes browsers open a different site than the one you read.</source>
        <translation>يحتوي على شرطة مائلة عكسية، وهي حيلة تجعل المتصفح يفتح موقعًا غير الذي تقرؤه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It uses the bait words &quot;{words}&quot;: no platform gives away its currency.</source>
        <translation>يستخدم كلمات الطُّعم «{words}»: لا توجد منصة توزّع عملتها مجانًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{site} is not one of the official sites of any platform in the list.</source>
        <translation>‏{site} ليس من المواقع الرسمية لأي منصة في القائمة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It forwards through too many sites to follow.</source>
        <translation>يعيد التوجيه عبر مواقع كثيرة جدًا لا يمكن تتبّعها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{page} only forwards to another address, so the link is judged by where it leads: {target}.</source>
        <translation>‏{page} يعيد التوجيه فقط إلى عنوان آخر، لذا يُحكم على الرابط بوجهته: {target}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{page} only forwards to another address, so the link is judged by where it leads: an address that is not valid.</source>
        <translation>‏{page} يعيد التوجيه فقط إلى عنوان آخر، لذا يُحكم على الرابط بوجهته: عنوان غير صالح.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The app&apos;s list of official sites was changed after it shipped, so no link can be confirmed. Reinstall Fan Companion to restore it.</source>
        <translation>عُدّلت قائمة المواقع الرسمية في التطبيق بعد إصداره، لذا لا يمكن تأكيد أي رابط. أعد تثبيت Fan Companion لاستعادتها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{page} is an official {platform} purchase or help page, opened over https.</source>
        <translation>‏{page} صفحة شراء أو مساعدة رسمية من {platform}، مفتوحة عبر https.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{page} is an official {platform} payment page, opened over https.</source>
        <translation>‏{page} صفحة دفع رسمية من {platform}، مفتوحة عبر https.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{site} belongs to {owner}, but {path} is not one of its purchase or help pages (it may be a channel, a profile or another page).</source>
        <translation>‏{site} يتبع {owner}، لكن {path} ليست من صفحات الشراء أو المساعدة فيه (قد تكون قناة أو ملفًا شخصيًا أو صفحة أخرى).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{site} belongs to {owner}, but the link is not safe as written.</source>
        <translation>‏{site} يتبع {owner}، لكن الرابط بصيغته هذه غير آمن.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{page} is a page anyone can make on {owner} (a profile, channel, bot or shared document); {owner} does not vouch for what it says.</source>
        <translation>‏{page} صفحة يمكن لأي شخص إنشاؤها على {owner} (ملف شخصي أو قناة أو بوت أو مستند مشترك)؛ ولا يضمن {owner} ما تقوله.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{word}&apos; names {platform} on a page anyone can make: {platform} does not sell through other people&apos;s pages.</source>
        <translation>‏«{word}» يذكر {platform} في صفحة يمكن لأي شخص إنشاؤها: {platform} لا يبيع عبر صفحات الآخرين.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything before &apos;@&apos; is a disguise: this link really opens {site}.</source>
        <translation>كل ما قبل «@» تمويه: هذا الرابط يفتح في الحقيقة {site}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The port number after &apos;:&apos; is not valid.</source>
        <translation>رقم المنفذ بعد «:» غير صالح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It uses the unusual port {port}; official pages never do.</source>
        <translation>يستخدم المنفذ غير المعتاد {port}؛ الصفحات الرسمية لا تفعل ذلك أبدًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no site name.</source>
        <translation>لا يحتوي على اسم موقع.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It points at a bare IP address ({address}) instead of a named site.</source>
        <translation>يشير إلى عنوان IP مجرد ({address}) بدلًا من موقع له اسم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{site} is a public suffix, not a site anyone owns.</source>
        <translation>‏{site} لاحقة عامة، وليس موقعًا يملكه أحد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{site} is a link shortener: the real destination is hidden.</source>
        <translation>‏{site} خدمة لتقصير الروابط: الوجهة الحقيقية مخفية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{site} uses international letters that can imitate ordinary ones.</source>
        <translation>‏{site} يستخدم حروفًا دولية قد تقلّد الحروف العادية.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{label}&apos; imitates &apos;{brand}&apos; with look-alike letters, on {site}.</source>
        <translation>‏«{label}» يقلّد «{brand}» بحروف متشابهة، على {site}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{label}&apos; is one letter away from &apos;{brand}&apos; ({platform}): a typo-squatting site.</source>
        <translation>‏«{label}» يختلف بحرف واحد عن «{brand}» ({platform}): موقع يستغل أخطاء الكتابة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It uses the name {platform} but the site is {site}, which {platform} does not own.</source>
        <translation>يستخدم اسم {platform} لكن الموقع هو {site}، وهو ليس ملكًا لـ{platform}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{label}&apos; borrows the name {platform}, but the site is {site}.</source>
        <translation>‏«{label}» يستعير اسم {platform}، لكن الموقع هو {site}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is a &apos;{scheme}:&apos; link, which runs code or opens local data instead of a website. Never open it.</source>
        <translation>إنه رابط «{scheme}:» يشغّل شيفرة أو يفتح بيانات محلية بدلًا من موقع ويب. لا تفتحه أبدًا.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It does not start with https://, so it is not a secure web page.</source>
        <translation>لا يبدأ بـ https://، لذا فهو ليس صفحة ويب آمنة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is not a valid web address ({detail}).</source>
        <translation>ليس عنوان ويب صالحًا ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It uses &apos;{scheme}:&apos; instead of https:, so anyone on the network could change the page.</source>
        <translation>يستخدم «{scheme}:» بدلًا من https:، لذا يمكن لأي شخص على الشبكة تغيير الصفحة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{site}&apos; is not a valid site name (empty part between dots).</source>
        <translation>‏«{site}» ليس اسم موقع صالحًا (جزء فارغ بين النقاط).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{site}&apos; contains characters not allowed in site names.</source>
        <translation>‏«{site}» يحتوي على محارف غير مسموح بها في أسماء المواقع.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{site}&apos; is not a valid international site name ({detail}); real sites never are.</source>
        <translation>‏«{site}» ليس اسم موقع دوليًا صالحًا ({detail})؛ المواقع الحقيقية صالحة دائمًا.</translation>
    </message>
    <message>
        <location filename="../../companion/core/money/money.py" line="+27"/>
        <source>&apos;{code}&apos; is not an ISO 4217 currency code</source>
        <translation>‏«{code}» ليس رمز عملة وفق ISO 4217</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} amounts have no decimals, got {amount}</source>
        <translation>مبالغ {currency} بلا كسور عشرية؛ كتبت {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} amounts have at most {digits} decimal(s), got {amount}</source>
        <translation>مبالغ {currency} لها {digits} منازل عشرية على الأكثر؛ كتبت {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{start}…&apos; is too long to be a number (over {limit} characters)</source>
        <translation>‏«{start}…» أطول من أن يكون رقمًا (أكثر من {limit} حرفًا)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write &apos;{text}&apos; out in full, without an exponent</source>
        <translation>اكتب «{text}» كاملًا، من دون أس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give amounts as text like &quot;4.99&quot;, not a binary float</source>
        <translation>اكتب المبالغ نصًا مثل «4.99»، وليس عددًا ثنائيًا عشريًا عائمًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing amount</source>
        <translation>المبلغ مفقود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>‏«{text}» ليس رقمًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/core/store/parsing.py" line="+15"/>
        <source>must be &gt; 0, got {text}</source>
        <translation>يجب أن يكون أكبر من 0؛ كتبت {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text} is too large (over 1,000,000,000)</source>
        <translation>‏{text} كبير جدًا (أكثر من 1,000,000,000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{locale}&apos; is not a known locale</source>
        <translation>‏«{locale}» ليست إعدادات محلية معروفة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a number as written here (like {example}, with &apos;{decimal}&apos; before the cents)</source>
        <translation>‏«{text}» ليس رقمًا بالصيغة المستخدمة هنا (مثل {example}، مع «{decimal}» قبل الكسور)</translation>
    </message>
    <message>
        <location filename="../../companion/core/budget/ledger.py" line="+35"/>
        <source>&apos;{text}&apos; is not a date like 2026-11-25</source>
        <translation>‏«{text}» ليس تاريخًا مثل 2026-11-25</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} is more than a day in the future</source>
        <translation>‏{day} بعد أكثر من يوم في المستقبل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} is too far in the past</source>
        <translation>‏{day} بعيد جدًا في الماضي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who was the gift for?</source>
        <translation>لمن كانت الهدية؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name is too long</source>
        <translation>الاسم طويل جدًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep it under {limit} characters</source>
        <translation>اجعله أقل من {limit} حرف</translation>
    </message>
    <message>
        <location filename="../../companion/core/store/parsing.py" line="-4"/>
        <source>must be a whole number</source>
        <translation>يجب أن يكون عددًا صحيحًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{start}…&apos; is too long to be a count</source>
        <translation>‏«{start}…» أطول من أن يكون عددًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>‏«{text}» ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} is absurdly large (over 1,000,000,000)</source>
        <translation>‏{number} كبير بشكل غير معقول (أكثر من 1,000,000,000)</translation>
    </message>
    <message>
        <location filename="../../companion/core/budget/budget.py" line="+28"/>
        <source>choose a platform or a creator, not both</source>
        <translation>اختر منصة أو صانع محتوى، لا كليهما</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the creator&apos;s name</source>
        <translation>اكتب اسم صانع المحتوى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a whole percent</source>
        <translation>‏«{text}» ليس نسبة مئوية صحيحة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} must be between 1 and 1000</source>
        <translation>‏{value} يجب أن يكون بين 1 و1000</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <location filename="../../companion/ui/links/links_flow.py" line="+21"/>
        <source>Open link?</source>
        <translation>فتح الرابط؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This opens &lt;b&gt;{host}&lt;/b&gt; in your browser.</source>
        <translation>سيفتح هذا &lt;b&gt;{host}&lt;/b&gt; في متصفحك.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../companion/ui/calendar/subscribe_flow.py" line="+23"/>
        <source>Subscribe to a schedule</source>
        <translation>الاشتراك في جدول</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the address of a creator&apos;s schedule (.ics).

Twitch: on the channel, open the Schedule tab and use its Export button; the link starts with https://api.twitch.tv/helix/schedule/icalendar?broadcaster_id=
Google Calendar: the calendar&apos;s settings, “Public address in iCal format”.
Other sites: look for “Subscribe”, “webcal://” or an .ics link.

Calendar address:</source>
        <translation>الصق عنوان جدول صانع المحتوى (.ics).

‏Twitch: في القناة، افتح علامة تبويب الجدول واستخدم زر التصدير؛ يبدأ الرابط بـ https://api.twitch.tv/helix/schedule/icalendar?broadcaster_id=
تقويم Google: في إعدادات التقويم، «العنوان العام بتنسيق iCal».
مواقع أخرى: ابحث عن «اشتراك» أو «webcal://» أو رابط .ics.

عنوان التقويم:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Subscribe</source>
        <translation>اشتراك</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+37"/>
        <source>Schedules</source>
        <translation>الجداول</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>No subscriptions yet. Use Subscribe… with a schedule&apos;s .ics address.</source>
        <translation>لا اشتراكات بعد. استخدم «اشتراك…» مع عنوان .ics لجدول.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refreshing schedules…</source>
        <translation>جارٍ تحديث الجداول…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../companion/ui/shell/pages.py" line="+53"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundles</source>
        <translation>الباقات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>الميزانية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official links</source>
        <translation>الروابط الرسمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../../companion/ui/bundles/plan_panel.py" line="-22"/>
        <source>on the web</source>
        <translation>على الويب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the iOS app</source>
        <translation>في تطبيق iOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the Android app</source>
        <translation>في تطبيق Android</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>anywhere</source>
        <translation>في أي مكان</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Total {total}&lt;/b&gt; for {units} {unit}</source>
        <translation>&lt;b&gt;الإجمالي {total}&lt;/b&gt; مقابل {units} {unit}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About {amount} reaches the creator (estimate)</source>
        <translation>يصل حوالي {amount} إلى صانع المحتوى (تقديري)</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <location filename="../../companion/ui/links/verdict_view.py" line="-48"/>
        <source>Official</source>
        <translation>رسمي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspicious — do not pay here</source>
        <translation>مريب — لا تدفع هنا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not official</source>
        <translation>غير رسمي</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On the platform&apos;s own site, but not a purchase page</source>
        <translation>على موقع المنصة نفسها، لكنها ليست صفحة شراء</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../companion/ui/words.py" line="+9"/>
        <source>weekly</source>
        <translation>أسبوعية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly</source>
        <translation>شهرية</translation>
    </message>
</context>
</TS>
