<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AddLinkDialog</name>
    <message>
        <location filename="../../companion/ui/links/link_dialog.py" line="+35"/>
        <source>Add a link</source>
        <translation>Tambah tautan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link address</source>
        <translation>Alamat tautan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link name</source>
        <translation>Nama tautan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work it out from the link</source>
        <translation>Kenali dari tautan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Platform</source>
        <translation>&amp;Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This link looks like a scam</source>
        <translation>Tautan ini terlihat seperti penipuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reasons}

Save it anyway? It will stay marked as suspicious.</source>
        <translation>{reasons}

Tetap simpan? Tautan ini akan tetap ditandai mencurigakan.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../companion/ui/calendar/agenda_model.py" line="+25"/>
        <source>When (your time)</source>
        <translation>Kapan (waktumu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their time</source>
        <translation>Waktu mereka</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>all day</source>
        <translation>seharian</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../companion/ui/shell/notify.py" line="+69"/>
        <source>Dismiss message</source>
        <translation>Tutup pesan</translation>
    </message>
</context>
<context>
    <name>BudgetCard</name>
    <message>
        <location filename="../../companion/ui/home/budget_card.py" line="+24"/>
        <source>On track</source>
        <translation>Sesuai rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Near the limit</source>
        <translation>Mendekati batas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over budget</source>
        <translation>Melebihi anggaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{label}: {pct}% used</source>
        <translation>{label}: {pct}% terpakai</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{pct}% · {spent} of {limit} · {left} left</source>
        <translation>{pct}% · {spent} dari {limit} · sisa {left}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{pct}% · {spent} of {limit} · {over} over</source>
        <translation>{pct}% · {spent} dari {limit} · lebih {over}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About {projected} by {day} at this pace</source>
        <translation>Sekitar {projected} pada {day} dengan laju ini</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Includes {planned} planned for upcoming lives</source>
        <translation>Termasuk {planned} yang direncanakan untuk live mendatang</translation>
    </message>
</context>
<context>
    <name>BudgetDialog</name>
    <message>
        <location filename="../../companion/ui/budget/budget_dialogs.py" line="+184"/>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the budget covers</source>
        <translation>Cakupan anggaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All purchases</source>
        <translation>Semua pembelian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purchases on {name}</source>
        <translation>Pembelian di {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gifts to {name}</source>
        <translation>Hadiah untuk {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…or gifts to this creator</source>
        <translation>…atau hadiah untuk kreator ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly</source>
        <translation>Bulanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Mingguan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit</source>
        <translation>Batas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert at percents</source>
        <translation>Peringatkan pada persen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Covers</source>
        <translation>&amp;Cakupan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Limit ({cur})</source>
        <translation>&amp;Batas ({cur})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Alerts at %</source>
        <translation>&amp;Peringatan pada %</translation>
    </message>
</context>
<context>
    <name>BudgetEditing</name>
    <message>
        <location filename="../../companion/ui/budget/budget_editing.py" line="+42"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pause</source>
        <translation>&amp;Jeda</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Remove budget?</source>
        <translation>Hapus anggaran?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the {period} budget “{label}”?</source>
        <translation>Hapus anggaran {period} “{label}”?</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../companion/ui/budget/budget_page.py" line="+53"/>
        <location line="+30"/>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Overview</source>
        <translation>&amp;Ringkasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ledger</source>
        <translation>&amp;Catatan transaksi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Terpakai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit</source>
        <translation>Batas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used</source>
        <translation>Dipakai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Sisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected</source>
        <translation>Perkiraan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budgets</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add budget…</source>
        <translation>&amp;Tambah anggaran…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>&amp;Jeda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the latest change</source>
        <translation>Urungkan perubahan terakhir</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Ledger</source>
        <translation>Catatan transaksi</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing logged yet</source>
        <translation>Belum ada yang dicatat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log what you buy and the gifts you send: your wallets, budgets and reports are made from it. You can also import a CSV from File › Import.</source>
        <translation>Catat apa yang kamu beli dan hadiah yang kamu kirim: dompet, anggaran, dan laporanmu dibuat dari situ. Kamu juga bisa mengimpor CSV dari Berkas › Impor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log a purchase…</source>
        <translation>Catat pembelian…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a gift…</source>
        <translation>Catat hadiah…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No entries match these filters</source>
        <translation>Tidak ada catatan yang cocok dengan filter ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try another platform, creator or dates.</source>
        <translation>Coba platform, kreator, atau tanggal lain.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show everything</source>
        <translation>Tampilkan semua</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Log &amp;purchase…</source>
        <translation>Catat &amp;pembelian…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;gift…</source>
        <translation>Catat &amp;hadiah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>1 entry</source>
        <translation>1 catatan</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n catatan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source> (paused)</source>
        <translation> (dijeda)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>At the current pace, plus planned spending on upcoming lives ({planned})</source>
        <translation>Dengan laju saat ini, ditambah pengeluaran yang direncanakan untuk live mendatang ({planned})</translation>
    </message>
</context>
<context>
    <name>BudgetRendering</name>
    <message>
        <location filename="../../companion/ui/budget/budget_render.py" line="+38"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; ({period}): {pct}% used — {amount} over the limit</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; ({period}): {pct}% terpakai — {amount} melebihi batas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; ({period}): {pct}% used — past {mark}%</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; ({period}): {pct}% terpakai — melewati {mark}%</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{name}: &lt;span style=&apos;color:{colour}&apos;&gt;{n} {unit} more sent than logged as bought&lt;/span&gt;</source>
        <translation>{name}: &lt;span style=&apos;color:{colour}&apos;&gt;{n} {unit} lebih banyak dikirim daripada yang dicatat dibeli&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Wallets&lt;/b&gt; — {wallets}</source>
        <translation>&lt;b&gt;Dompet&lt;/b&gt; — {wallets}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Wallets&lt;/b&gt; — nothing logged yet. Log a purchase, or use “I bought this” on the Bundles page.</source>
        <translation>&lt;b&gt;Dompet&lt;/b&gt; — belum ada yang dicatat. Catat pembelian, atau pakai “Sudah kubeli” di halaman Paket.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{pct}% used</source>
        <translation>{pct}% terpakai</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../../companion/ui/bundles/bundle_dialogs.py" line="+51"/>
        <source>Edit bundle</source>
        <translation>Edit paket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a bundle</source>
        <translation>Tambah paket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bonus units</source>
        <translation>Unit bonus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where you saw it</source>
        <translation>Tempat kamu melihatnya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Platform</source>
        <translation>&amp;Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Units</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bonus units</source>
        <translation>Unit &amp;bonus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rice</source>
        <translation>&amp;Harga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency</source>
        <translation>&amp;Mata uang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;egion</source>
        <translation>&amp;Wilayah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source</source>
        <translation>&amp;Sumber</translation>
    </message>
</context>
<context>
    <name>BundleTableModel</name>
    <message>
        <location filename="../../companion/ui/bundles/bundles_model.py" line="+96"/>
        <source>Per 100 ({currency})</source>
        <translation>Per 100 ({currency})</translation>
    </message>
    <message>
        <location line="+37"/>
        <source> + {n} bonus</source>
        <translation> + bonus {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> + {n} promo</source>
        <translation> + promo {n}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n hari lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n bulan lalu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n tahun lalu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{day}, {age}: may be out of date</source>
        <translation>{day}, {age}: mungkin sudah tidak berlaku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day}, {age}</source>
        <translation>{day}, {age}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Price seen on {site} on {day}. A citation, not a place to buy: buy through the official store (Official links).</source>
        <translation>Harga terlihat di {site} pada {day}. Ini rujukan, bukan tempat membeli: belilah lewat toko resmi (Tautan resmi).</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <location filename="../../companion/ui/bundles/bundles_page.py" line="+49"/>
        <location line="+4"/>
        <location line="+226"/>
        <source>Bundles</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Filter by platform</source>
        <translation>Filter menurut platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All platforms</source>
        <translation>Semua platform</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by channel</source>
        <translation>Filter menurut kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>Semua kanal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by currency</source>
        <translation>Filter menurut mata uang</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Search bundles</source>
        <translation>Cari paket</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add bundle…</source>
        <translation>&amp;Tambah paket…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Promotions…</source>
        <translation>&amp;Promo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange &amp;rates…</source>
        <translation>&amp;Kurs…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gifts…</source>
        <translation>&amp;Hadiah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gifts of the selected bundle&apos;s platform</source>
        <translation>Hadiah dari platform paket yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;bought this…</source>
        <translation>&amp;Sudah kubeli…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log this bundle as a purchase in your budget</source>
        <translation>Catat paket ini sebagai pembelian di anggaranmu</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All currencies</source>
        <translation>Semua mata uang</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>★ marks the best value per platform and channel. Shares reaching the creator are estimates.</source>
        <translation>★ menandai nilai terbaik per platform dan kanal. Bagian yang sampai ke kreator adalah perkiraan.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creator payout (estimate): {note} &lt;i&gt;Source: {src}&lt;/i&gt;</source>
        <translation>Bagian kreator (perkiraan): {note} &lt;i&gt;Sumber: {src}&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;i&gt;Price seen on {site} on {day}.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Harga terlihat di {site} pada {day}.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{units} {unit} bundle ({channel})</source>
        <translation>Paket {units} {unit} ({channel})</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delete bundle?</source>
        <translation>Hapus paket?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {units} {unit} for {price}?</source>
        <translation>Hapus {units} {unit} seharga {price}?</translation>
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
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show events of</source>
        <translation>Tampilkan acara dari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Creators…</source>
        <translation>&amp;Kreator…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Subscribe…</source>
        <translation>&amp;Langganan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh schedules</source>
        <translation>&amp;Segarkan jadwal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show:</source>
        <translation>Tampilkan:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+59"/>
        <source>Add a live…</source>
        <translation>Tambah live…</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Add a creator…</source>
        <translation>Tambah kreator…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add event…</source>
        <translation>&amp;Tambah acara…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip this one</source>
        <translation>&amp;Lewati yang ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reminders</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent and missed reminders</source>
        <translation>Pengingat terbaru dan terlewat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snooze {n} min</source>
        <translation>Tunda {n} mnt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open creator&apos;s page…</source>
        <translation>&amp;Buka halaman kreator…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear missed</source>
        <translation>Bersihkan yang &amp;terlewat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No reminders yet. Lives you add remind you before they start; missed reminders stay here until you clear them.</source>
        <translation>Belum ada pengingat. Live yang kamu tambahkan akan mengingatkanmu sebelum mulai; pengingat yang terlewat tetap di sini sampai kamu membersihkannya.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Everyone</source>
        <translation>Semua orang</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&lt;b&gt;Coming up&lt;/b&gt; (next {n} days)</source>
        <translation>&lt;b&gt;Segera&lt;/b&gt; ({n} hari ke depan)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No lives coming up</source>
        <translation>Belum ada live mendatang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add when your creators go live, or subscribe to a schedule; the next {n} days show here.</source>
        <translation>Tambahkan kapan kreatormu live, atau langganan jadwal; {n} hari ke depan tampil di sini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing on this day</source>
        <translation>Tidak ada apa-apa di hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a live on this day, or pick another.</source>
        <translation>Tambah live di hari ini, atau pilih hari lain.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reminder: {title} at {time}</source>
        <translation>Pengingat: {title} pukul {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (late)</source>
        <translation> (terlambat)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Missed: {title} ({time})</source>
        <translation>Terlewat: {title} ({time})</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Delete every occurrence of “{title}”?</source>
        <translation>Hapus semua kemunculan “{title}”?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete “{title}”?</source>
        <translation>Hapus “{title}”?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete event</source>
        <translation>Hapus acara</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../companion/ui/calendar/calendar_view.py" line="+38"/>
        <source>Month shown</source>
        <translation>Bulan yang ditampilkan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous month or week</source>
        <translation>Bulan atau minggu sebelumnya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next month or week</source>
        <translation>Bulan atau minggu berikutnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today</source>
        <translation>&amp;Hari ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Month</source>
        <translation>&amp;Bulan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Week</source>
        <translation>Ming&amp;gu</translation>
    </message>
</context>
<context>
    <name>ClipboardGuard</name>
    <message>
        <location filename="../../companion/ui/links/clipboard_guard.py" line="+67"/>
        <source>The link you copied is not official</source>
        <translation>Tautan yang kamu salin bukan resmi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host}: {reason} Don&apos;t pay there.</source>
        <translation>{host}: {reason} Jangan bayar di sana.</translation>
    </message>
</context>
<context>
    <name>CreatorDialog</name>
    <message>
        <location filename="../../companion/ui/calendar/event_dialogs.py" line="+311"/>
        <source>Creator</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(any)</source>
        <translation>(apa saja)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colour…</source>
        <translation>Warna…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Platform</source>
        <translation>&amp;Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handle</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile &amp;link</source>
        <translation>&amp;Tautan profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona waktu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Creator colour</source>
        <translation>Warna kreator</translation>
    </message>
</context>
<context>
    <name>CreatorsDialog</name>
    <message>
        <location filename="../../companion/ui/calendar/creators_dialog.py" line="+28"/>
        <location line="+3"/>
        <source>Creators</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport events…</source>
        <translation>E&amp;kspor acara…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete creator</source>
        <translation>Hapus kreator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name}? Their events stay in the calendar.</source>
        <translation>Hapus {name}? Acaranya tetap ada di kalender.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export events</source>
        <translation>Ekspor acara</translation>
    </message>
</context>
<context>
    <name>CsvMappingDialog</name>
    <message>
        <location filename="../../companion/ui/budget/csv_mapping.py" line="+33"/>
        <source>How to read {name}</source>
        <translation>Cara membaca {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This CSV is new to Fan Companion. Say which columns hold what; the next file with the same columns is read the same way.</source>
        <translation>CSV ini baru bagi Fan Companion. Sebutkan isi tiap kolom; berkas berikutnya dengan kolom yang sama akan dibaca dengan cara yang sama.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Amounts use a decimal comma (1.234,56)</source>
        <translation>Jumlah memakai koma desimal (1.234,56)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. EUR, when no column says</source>
        <translation>mis. EUR, jika tidak ada kolom yang menyebutkan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payee</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (signed)</source>
        <translation>Jumlah (bertanda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money out</source>
        <translation>Uang keluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money in</source>
        <translation>Uang masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memo</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency column</source>
        <translation>Kolom mata uang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction id</source>
        <translation>ID transaksi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns separated by</source>
        <translation>Kolom dipisahkan oleh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows before the header</source>
        <translation>Baris sebelum tajuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date format</source>
        <translation>Format tanggal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currency</source>
        <translation>Mata uang</translation>
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
        <translation>Catat pembelian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a gift sent</source>
        <translation>Catat hadiah yang dikirim</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount paid</source>
        <translation>Jumlah yang dibayar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creator</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date and time</source>
        <translation>Tanggal dan waktu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Platform</source>
        <translation>&amp;Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Units</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;aid</source>
        <translation>&amp;Dibayar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency</source>
        <translation>&amp;Mata uang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Creator</source>
        <translation>&amp;Kreator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When</source>
        <translation>&amp;Kapan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../companion/ui/calendar/event_dialogs.py" line="-303"/>
        <source>Edit live event</source>
        <translation>Edit acara live</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New live event</source>
        <translation>Acara live baru</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;reator</source>
        <translation>&amp;Kreator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona waktu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duration</source>
        <translation>&amp;Durasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;peats</source>
        <translation>&amp;Berulang</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re&amp;minders (min before)</source>
        <translation>&amp;Pengingat (mnt sebelumnya)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned spend&amp;ing</source>
        <translation>&amp;Rencana pengeluaran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no creator)</source>
        <translation>(tanpa kreator)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All day</source>
        <translation>Seharian</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Does not repeat</source>
        <translation>Tidak berulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Setiap hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly on…</source>
        <translation>Setiap minggu pada…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Bulanan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom rule (iCalendar)…</source>
        <translation>Aturan khusus (iCalendar)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Minutes before the start, separated by commas</source>
        <translation>Menit sebelum mulai, dipisahkan koma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional, in {cur}</source>
        <translation>opsional, dalam {cur}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start (local time)</source>
        <translation>Mulai (waktu setempat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats</source>
        <translation>Berulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurrence rule</source>
        <translation>Aturan pengulangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminders, minutes before</source>
        <translation>Pengingat, menit sebelumnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned spending</source>
        <translation>Rencana pengeluaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>All day, in your own time zone.</source>
        <translation>Seharian, di zona waktumu sendiri.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In your time ({zone}): {when}</source>
        <translation>Di waktumu ({zone}): {when}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../companion/ui/shell/file_actions.py" line="+31"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+84"/>
        <location line="+64"/>
        <source>Nothing was imported</source>
        <translation>Tidak ada yang diimpor</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>{file} was not imported:

{why}

Nothing was changed.</source>
        <translation>{file} tidak diimpor:

{why}

Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+146"/>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported</source>
        <translation>Diekspor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing {name}…</source>
        <translation>Mengimpor {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{file} was not imported:

{why}</source>
        <translation>{file} tidak diimpor:

{why}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not restored</source>
        <translation>Tidak dipulihkan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore from backup?</source>
        <translation>Pulihkan dari cadangan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace all your data with the backup from {when} ({entries} ledger entries, {events} events)?

Your current data is kept as a backup first.</source>
        <translation>Ganti semua datamu dengan cadangan dari {when} ({entries} catatan, {events} acara)?

Data saat ini dicadangkan terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>GiftsDialog</name>
    <message>
        <location filename="../../companion/ui/bundles/bundle_dialogs.py" line="+164"/>
        <source>{name} gifts</source>
        <translation>Hadiah {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gifts of this platform</source>
        <translation>Hadiah platform ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gift</source>
        <translation>Hadiah</translation>
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
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Gift name</source>
        <translation>Nama hadiah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price in {unit}</source>
        <translation>Harga dalam {unit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Simpan perubahan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Costs</source>
        <translation>&amp;Harga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote</source>
        <translation>&amp;Catatan</translation>
    </message>
</context>
<context>
    <name>GivePanel</name>
    <message>
        <location filename="../../companion/ui/bundles/plan_panel.py" line="+208"/>
        <source>To give a creator…</source>
        <translation>Untuk memberi kreator…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount the creator should receive</source>
        <translation>Jumlah yang harus diterima kreator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mpare</source>
        <translation>&amp;Bandingkan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You send</source>
        <translation>Kamu kirim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You pay</source>
        <translation>Kamu bayar</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../companion/ui/home/home_page.py" line="+107"/>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next lives</source>
        <translation>Live berikutnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>Add a creator…</source>
        <translation>Tambah kreator…</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+71"/>
        <source>Add a live…</source>
        <translation>Tambah live…</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Budgets</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+149"/>
        <source>Add a budget…</source>
        <translation>Tambah anggaran…</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Open Budget</source>
        <translation>Buka Anggaran</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wallets</source>
        <translation>Dompet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest alerts</source>
        <translation>Peringatan terbaru</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Log a purchase…</source>
        <translation>&amp;Catat pembelian…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;nd the cheapest way…</source>
        <translation>Cari cara &amp;termurah…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a lin&amp;k…</source>
        <translation>Periksa &amp;tautan…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No lives in the next two weeks</source>
        <translation>Tidak ada live dalam dua minggu ke depan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add your favourite creators and when they go live; their next streams show here with a countdown and a reminder.</source>
        <translation>Tambahkan kreator favoritmu dan kapan mereka live; siaran berikutnya tampil di sini dengan hitung mundur dan pengingat.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Open stream…</source>
        <translation>Buka siaran…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open {name}&apos;s stream</source>
        <translation>Buka siaran {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the creator&apos;s profile link to open it from here.</source>
        <translation>Tambahkan tautan profil kreator untuk membukanya dari sini.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No budget yet</source>
        <translation>Belum ada anggaran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a weekly or monthly limit, overall or per platform or creator, and see here how far along you are.</source>
        <translation>Tetapkan batas mingguan atau bulanan, secara keseluruhan atau per platform atau kreator, dan lihat kemajuannya di sini.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Nothing bought yet</source>
        <translation>Belum ada yang dibeli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log what you buy and send; each platform&apos;s balance shows here.</source>
        <translation>Catat apa yang kamu beli dan kirim; saldo tiap platform tampil di sini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a purchase…</source>
        <translation>Catat pembelian…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More sent than logged as bought</source>
        <translation>Lebih banyak dikirim daripada yang dicatat dibeli</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No alerts. When a budget passes one of its marks, it is noted here.</source>
        <translation>Tidak ada peringatan. Saat anggaran melewati salah satu batasnya, akan dicatat di sini.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{when} · {label}, {period}: passed {mark}%</source>
        <translation>{when} · {label}, {period}: melewati {mark}%</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../companion/ui/shell/i18n.py" line="+134"/>
        <source>System language ({name})</source>
        <translation>Bahasa sistem ({name})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new language is used the next time Fan Companion starts.</source>
        <translation>Bahasa baru dipakai saat Fan Companion dibuka lagi.</translation>
    </message>
</context>
<context>
    <name>LedgerActions</name>
    <message>
        <location filename="../../companion/ui/budget/ledger_actions.py" line="+59"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Batalkan hapus</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
</context>
<context>
    <name>LedgerFilterBar</name>
    <message>
        <location filename="../../companion/ui/budget/ledger_filter.py" line="+28"/>
        <source>Filter by platform</source>
        <translation>Filter menurut platform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by creator</source>
        <translation>Filter menurut kreator</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From date</source>
        <translation>Dari tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Sampai tanggal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>any</source>
        <translation>apa saja</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All platforms</source>
        <translation>Semua platform</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All creators</source>
        <translation>Semua kreator</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../companion/ui/budget/ledger_model.py" line="+137"/>
        <source>Purchase</source>
        <translation>Pembelian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gift</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no rate</source>
        <translation>tanpa kurs</translation>
    </message>
</context>
<context>
    <name>LinksPage</name>
    <message>
        <location filename="../../companion/ui/links/links_page.py" line="+43"/>
        <source>Official links</source>
        <translation>Tautan resmi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Buy only through these official channels. Paste any link below to check it before you pay — the check runs on your computer, nothing is sent anywhere.</source>
        <translation>Belilah hanya lewat kanal resmi ini. Tempel tautan apa pun di bawah untuk memeriksanya sebelum membayar — pemeriksaan berjalan di komputermu, tidak ada yang dikirim ke mana pun.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Third-party coin sites are not listed, however cheap or well reviewed: they ask for your account login, and a platform can ban an account topped up through them.</source>
        <translation>Situs koin pihak ketiga tidak dicantumkan, semurah atau sebagus apa pun ulasannya: mereka meminta login akunmu, dan platform bisa memblokir akun yang diisi ulang lewat mereka.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paste a link, e.g. https://www.tiktok.com/coin</source>
        <translation>Tempel tautan, mis. https://www.tiktok.com/coin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to check</source>
        <translation>Tautan yang diperiksa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check link</source>
        <translation>&amp;Periksa tautan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Official purchase channels</source>
        <translation>Kanal pembelian resmi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation>Situs</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>What it is for</source>
        <translation>Kegunaannya</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Checked</source>
        <translation>Diperiksa</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y link</source>
        <translation>&amp;Salin tautan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add my own link…</source>
        <translation>Tambah &amp;tautanku sendiri…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{t} (unverified)</source>
        <translation>{t} (belum diverifikasi)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{p}
Source: {s}</source>
        <translation>{p}
Sumber: {s}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other links</source>
        <translation>Tautan lain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title} — added by you</source>
        <translation>{title} — ditambahkan olehmu</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Remove link?</source>
        <translation>Hapus tautan?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “{title}” from your links?</source>
        <translation>Hapus “{title}” dari tautanmu?</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <location filename="../../companion/ui/budget/lock_panel.py" line="+35"/>
        <source>Spending lock: on. {problem}</source>
        <translation>Kunci pengeluaran: aktif. {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spending lock: on.</source>
        <translation>Kunci pengeluaran: aktif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn lock &amp;off…</source>
        <translation>&amp;Matikan kunci…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spending lock: off. {problem}</source>
        <translation>Kunci pengeluaran: mati. {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spending lock: off.</source>
        <translation>Kunci pengeluaran: mati.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn lock o&amp;n…</source>
        <translation>&amp;Aktifkan kunci…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two passcodes differ.</source>
        <translation>Kedua kode sandi berbeda.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Spending lock</source>
        <translation>Kunci pengeluaran</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{problem}

Turn the lock off?</source>
        <translation>{problem}

Matikan kunci?</translation>
    </message>
</context>
<context>
    <name>LockSetupDialog</name>
    <message>
        <location filename="../../companion/ui/budget/budget_dialogs.py" line="+146"/>
        <source>Turn on the spending lock</source>
        <translation>Aktifkan kunci pengeluaran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the lock on, raising, pausing or removing a budget and saving a purchase that goes over budget need this passcode. It is kept only in your system keychain.</source>
        <translation>Saat kunci aktif, menaikkan, menjeda, atau menghapus anggaran dan menyimpan pembelian yang melebihi anggaran memerlukan kode sandi ini. Kode hanya disimpan di gantungan kunci sistemmu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New passcode</source>
        <translation>Kode sandi baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passcode again</source>
        <translation>Ulangi kode sandi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Turn on</source>
        <translation>Aktifkan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../companion/ui/shell/main_window.py" line="+91"/>
        <source>Demo data, not saved</source>
        <translation>Data demo, tidak disimpan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sections</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Welcome…</source>
        <translation>&amp;Selamat datang…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Fan Companion</source>
        <translation>&amp;Tentang Fan Companion</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>About Fan Companion</source>
        <translation>Tentang Fan Companion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h3&gt;Fan Companion {version}&lt;/h3&gt;&lt;p&gt;Bundles, budget, calendar and official links for fans who gift on live streams. Works offline; your data stays in &lt;code&gt;{folder}&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Fan Companion {version}&lt;/h3&gt;&lt;p&gt;Paket, anggaran, kalender, dan tautan resmi untuk penggemar yang memberi hadiah di siaran live. Berfungsi offline; datamu tetap di &lt;code&gt;{folder}&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Still running in the tray so reminders can reach you. Choose Quit from the tray menu to stop it.</source>
        <translation>Masih berjalan di baki sistem agar pengingat bisa sampai kepadamu. Pilih Keluar dari menu baki untuk menghentikannya.</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../companion/ui/calendar/month_grid.py" line="+45"/>
        <source>Month view</source>
        <translation>Tampilan bulanan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week view</source>
        <translation>Tampilan mingguan</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>+{n} more</source>
        <translation>+{n} lagi</translation>
    </message>
</context>
<context>
    <name>PasscodeDialog</name>
    <message>
        <location filename="../../companion/ui/budget/budget_dialogs.py" line="-41"/>
        <source>Spending lock</source>
        <translation>Kunci pengeluaran</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passcode</source>
        <translation>Kode sandi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../companion/ui/bundles/plan_panel.py" line="-180"/>
        <source>Cheapest way to get…</source>
        <translation>Cara termurah untuk mendapatkan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform to plan for</source>
        <translation>Platform yang direncanakan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel to plan for</source>
        <translation>Kanal yang direncanakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any channel</source>
        <translation>Kanal apa saja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;units</source>
        <translation>&amp;unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gif&amp;ts</source>
        <translation>&amp;hadiah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gift</source>
        <translation>Hadiah</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>How many</source>
        <translation>Berapa banyak</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Fi&amp;nd cheapest</source>
        <translation>&amp;Cari termurah</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the official &amp;store…</source>
        <translation>Buka &amp;toko resmi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the platform&apos;s own store after showing where the link really goes</source>
        <translation>Membuka toko resmi platform setelah menunjukkan ke mana tautan itu sebenarnya mengarah</translation>
    </message>
</context>
<context>
    <name>PlatformDelegate</name>
    <message>
        <location filename="../../companion/ui/budget/statement_preview.py" line="+132"/>
        <source>Platform for {payee}</source>
        <translation>Platform untuk {payee}</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location line="-78"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payee</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens</source>
        <translation>Yang akan terjadi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already in the ledger</source>
        <translation>Sudah ada di catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recognised as gifting: pick a platform to add it</source>
        <translation>Tidak dikenali sebagai pembelian hadiah: pilih platform untuk menambahkannya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left out</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not gifting</source>
        <translation>Bukan pembelian hadiah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{units} units</source>
        <translation>{units} unit</translation>
    </message>
</context>
<context>
    <name>PromotionsDialog</name>
    <message>
        <location filename="../../companion/ui/bundles/bundle_dialogs.py" line="-116"/>
        <source>Promotions on {units} {unit}</source>
        <translation>Promo untuk {units} {unit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Promotions on this bundle</source>
        <translation>Promo untuk paket ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>% extra</source>
        <translation>% ekstra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra units</source>
        <translation>unit ekstra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of bonus</source>
        <translation>Jenis bonus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bonus amount</source>
        <translation>Jumlah bonus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last day the bonus counts</source>
        <translation>Hari terakhir bonus berlaku</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove selected</source>
        <translation>&amp;Hapus yang dipilih</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (expired)</source>
        <translation> (kedaluwarsa)</translation>
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
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange rates you keep</source>
        <translation>Kurs yang kamu simpan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pair</source>
        <translation>Pasangan</translation>
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
        <translation>Per tanggal</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>From currency</source>
        <translation>Dari mata uang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To currency</source>
        <translation>Ke mata uang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of date</source>
        <translation>Per tanggal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save rate</source>
        <translation>&amp;Simpan kurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove selected</source>
        <translation>&amp;Hapus yang dipilih</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A rate is what one unit of the first currency buys of the second: USD, EUR and 0.92 mean 1 USD = 0.92 EUR. Rates older than 30 days are marked as old wherever they are used.</source>
        <translation>Kurs adalah berapa banyak mata uang kedua yang bisa dibeli satu unit mata uang pertama: USD, EUR, dan 0,92 berarti 1 USD = 0,92 EUR. Kurs yang lebih dari 30 hari ditandai lama di mana pun dipakai.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> (old)</source>
        <translation> (lama)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Remove rate?</source>
        <translation>Hapus kurs?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the {b}/{q} rate?</source>
        <translation>Hapus kurs {b}/{q}?</translation>
    </message>
</context>
<context>
    <name>ReminderScheduler</name>
    <message>
        <location filename="../../companion/ui/calendar/reminder_scheduler.py" line="+95"/>
        <source>Missed reminder: {name}{title}</source>
        <translation>Pengingat terlewat: {name}{title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started at {time}; it is still on.</source>
        <translation>Mulai pukul {time}; masih berlangsung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Live in {n} min, at {time}.</source>
        <translation>Live dalam {n} mnt, pukul {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live now.</source>
        <translation>Sedang live.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started {n} min ago, at {time}.</source>
        <translation>Dimulai {n} menit lalu, pukul {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended {n} min ago.</source>
        <translation>Berakhir {n} menit lalu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open stream</source>
        <translation>Buka siaran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze 10 min</source>
        <translation>Tunda 10 menit</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../companion/ui/budget/reports_view.py" line="+46"/>
        <source>Purchases, last 12 months</source>
        <translation>Pembelian, 12 bulan terakhir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bar chart of spending per month</source>
        <translation>Diagram batang pengeluaran per bulan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Spent</source>
        <translation>Terpakai</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Purchases</source>
        <translation>Pembelian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creator</source>
        <translation>Kreator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gifts&apos; value</source>
        <translation>Nilai hadiah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By month</source>
        <translation>Per bulan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By platform</source>
        <translation>Per platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By creator</source>
        <translation>Per kreator</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No spending to show yet</source>
        <translation>Belum ada pengeluaran untuk ditampilkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once you log purchases and gifts, this shows what you spent each month, on which platform and for which creator.</source>
        <translation>Setelah kamu mencatat pembelian dan hadiah, di sini tampil berapa yang kamu habiskan tiap bulan, di platform mana, dan untuk kreator siapa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a purchase…</source>
        <translation>Catat pembelian…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Spent ({cur})</source>
        <translation>Terpakai ({cur})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Monthly budget</source>
        <translation>Anggaran bulanan</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../companion/ui/shell/settings_page.py" line="+54"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Home currency</source>
        <translation>Mata uang utama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices and budgets are shown in this currency.</source>
        <translation>Harga dan anggaran ditampilkan dalam mata uang ini.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default reminder lead time in minutes</source>
        <translation>Waktu pengingat bawaan dalam menit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;reminder before a live</source>
        <translation>&amp;Pengingat bawaan sebelum live</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your time zone</source>
        <translation>Zona waktumu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your &amp;time zone</source>
        <translation>&amp;Zona waktumu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First day of the week</source>
        <translation>Hari pertama dalam seminggu</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Home &amp;currency</source>
        <translation>&amp;Mata uang utama</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>W&amp;eeks start on</source>
        <translation>&amp;Minggu dimulai pada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Light or dark appearance</source>
        <translation>Tampilan terang atau gelap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same as the system</source>
        <translation>Sama dengan sistem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start minimised to the tray</source>
        <translation>Mulai dalam keadaan diminimalkan ke baki</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This system has no tray to start in.</source>
        <translation>Sistem ini tidak punya baki untuk memulai.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Warn me when I copy a link to a fake site</source>
        <translation>&amp;Peringatkan saat aku menyalin tautan ke situs palsu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When you copy a link that looks like TikTok, Twitch, YouTube, PayPal or another site you pay through but is not their official page, a notification says so and why. The check runs on this computer; nothing you copy is stored or sent.</source>
        <translation>Saat kamu menyalin tautan yang mirip TikTok, Twitch, YouTube, PayPal, atau situs pembayaran lain tetapi bukan halaman resminya, notifikasi akan memberi tahu beserta alasannya. Pemeriksaan berjalan di komputer ini; apa pun yang kamu salin tidak disimpan atau dikirim.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep reminders running after the window closes</source>
        <translation>Tetap jalankan pengingat setelah jendela ditutup</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tray keeps reminders running.</source>
        <translation>Baki sistem menjaga pengingat tetap berjalan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start at lo&amp;gin (in the tray)</source>
        <translation>Mulai saat &amp;masuk (di baki)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Automatic backups to keep</source>
        <translation>Cadangan otomatis yang disimpan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic &amp;backups to keep</source>
        <translation>&amp;Cadangan otomatis yang disimpan</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Buka folder</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keychain</source>
        <translation>Gantungan kunci</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Available: {name}</source>
        <translation>Tersedia: {name}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>your desktop&apos;s keyring (Secret Service: GNOME Keyring or KWallet)</source>
        <translation>gantungan kunci desktopmu (Secret Service: GNOME Keyring atau KWallet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the macOS Keychain</source>
        <translation>Keychain macOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Windows Credential Manager</source>
        <translation>Pengelola Kredensial Windows</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a keychain</source>
        <translation>gantungan kunci</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../companion/ui/shell/shortcuts.py" line="+41"/>
        <source>&amp;Log a purchase…</source>
        <translation>&amp;Catat pembelian…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a li&amp;ve…</source>
        <translation>Tambah &amp;siaran…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a lin&amp;k…</source>
        <translation>Periksa &amp;tautan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search bundles…</source>
        <translation>Cari &amp;paket…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Previous month or week</source>
        <translation>Bulan atau minggu se&amp;belumnya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next month or week</source>
        <translation>Bulan atau minggu beri&amp;kutnya</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+1 to Ctrl+6</source>
        <translation>Ctrl+1 sampai Ctrl+6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a section, in the sidebar&apos;s order</source>
        <translation>Tampilkan bagian, sesuai urutan bilah samping</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next or previous control, out of tables too</source>
        <translation>Kontrol berikutnya atau sebelumnya, juga keluar dari tabel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+huruf bergaris bawah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press that button or go to that field</source>
        <translation>Tekan tombol itu atau pindah ke kolom itu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrow keys</source>
        <translation>Tombol panah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between days in the calendar grid</source>
        <translation>Berpindah antarhari di kisi kalender</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page Up, Page Down</source>
        <translation>Page Up, Page Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four weeks back or on in the calendar grid</source>
        <translation>Empat minggu mundur atau maju di kisi kalender</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan keyboard</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="+33"/>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
</context>
<context>
    <name>StatementImport</name>
    <message>
        <location filename="../../companion/ui/budget/statement_import.py" line="+36"/>
        <source>Reading {name}…</source>
        <translation>Membaca {name}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing {name}…</source>
        <translation>Mengimpor {name}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import cancelled</source>
        <translation>Impor dibatalkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing was imported</source>
        <translation>Tidak ada yang diimpor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} was not imported:

{why}

Nothing was changed.</source>
        <translation>{file} tidak diimpor:

{why}

Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <location filename="../../companion/ui/budget/import_worker.py" line="+69"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>StatementPreview</name>
    <message>
        <location filename="../../companion/ui/budget/statement_preview.py" line="+92"/>
        <source>Import {name}</source>
        <translation>Impor {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lines in the file</source>
        <translation>Baris dalam berkas</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Import 1 entry</source>
        <translation>Impor 1 entri</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Import %Ln entries</source>
        <translation>
            <numerusform>Impor %Ln entri</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../companion/ui/shell/tray.py" line="+23"/>
        <source>Open Fan Companion</source>
        <translation>Buka Fan Companion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a link…</source>
        <translation>Periksa tautan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
</context>
<context>
    <name>VerdictView</name>
    <message>
        <location filename="../../companion/ui/links/verdict_view.py" line="+69"/>
        <source>Site: {host}</source>
        <translation>Situs: {host}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../companion/ui/home/welcome.py" line="+43"/>
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Welcome to Fan Companion</source>
        <translation>Selamat datang di Fan Companion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A few questions so the figures are in your money and your time. Everything here can be changed later in Settings, and you can skip it.</source>
        <translation>Beberapa pertanyaan agar angka-angkanya dalam mata uang dan waktumu. Semua ini bisa diubah nanti di Pengaturan, dan kamu boleh melewatinya.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Start</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;kip</source>
        <translation>&amp;Lewati</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Home currency</source>
        <translation>Mata uang utama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You pay in</source>
        <translation>Kamu membayar dalam</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Your time zone</source>
        <translation>Zona waktumu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Platforms you use</source>
        <translation>Platform yang kamu pakai</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>optional, e.g. 40</source>
        <translation>opsional, mis. 40</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly budget, optional</source>
        <translation>Anggaran bulanan, opsional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly budget</source>
        <translation>Anggaran bulanan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paste a profile link, e.g. https://www.twitch.tv/name</source>
        <translation>Tempel tautan profil, mis. https://www.twitch.tv/nama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Favourite creator&apos;s profile link</source>
        <translation>Tautan profil kreator favorit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Favourite creators</source>
        <translation>Kreator favorit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The spending lock (on the Budget page) asks for a passcode before a budget is raised or the lock turned off. The passcode is kept in your system&apos;s keychain, never in Fan Companion&apos;s own files.</source>
        <translation>Kunci pengeluaran (di halaman Anggaran) meminta kode sandi sebelum anggaran dinaikkan atau kunci dimatikan. Kode sandi disimpan di gantungan kunci sistemmu, tidak pernah di berkas Fan Companion sendiri.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A keychain is available on this computer.</source>
        <translation>Gantungan kunci tersedia di komputer ini.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain is available on this computer, so the lock stays off until one is set up (on Linux: GNOME Keyring or KWallet).</source>
        <translation>Tidak ada gantungan kunci di komputer ini, jadi kunci tetap mati sampai ada yang disiapkan (di Linux: GNOME Keyring atau KWallet).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Added: {names}</source>
        <translation>Ditambahkan: {names}</translation>
    </message>
</context>
<context>
    <name>_Countdown</name>
    <message>
        <location filename="../../companion/ui/home/countdown.py" line="+19"/>
        <source>live now</source>
        <translation>sedang live</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n min</source>
        <translation>
            <numerusform>%n mnt lagi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in {h} h {m:02d} min</source>
        <translation>{h} j {m:02d} mnt lagi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in 1 day {h} h</source>
        <translation>1 hari {h} j lagi</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n days {h} h</source>
        <translation>
            <numerusform>%n hari {h} j lagi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_PlanWords</name>
    <message>
        <location filename="../../companion/ui/bundles/plan_panel.py" line="+90"/>
        <source>1 purchase of {units} {unit} {where}, {total}</source>
        <translation>1 pembelian {units} {unit} {where}, {total}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n purchases of {units} {unit} {where}, {total} ({each} each)</source>
        <translation>
            <numerusform>%n pembelian {units} {unit} {where}, {total} ({each} per pembelian)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_UndoWords</name>
    <message>
        <location filename="../../companion/ui/budget/statement_import.py" line="+38"/>
        <source>Undo import of {name}, 1 entry</source>
        <translation>Urungkan impor {name}, 1 entri</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Undo import of {name}, %Ln entries</source>
        <translation>
            <numerusform>Urungkan impor {name}, %Ln entri</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>budget</name>
    <message>
        <location filename="../../companion/ui/budget/budget_flow.py" line="+34"/>
        <source>Over budget</source>
        <translation>Melebihi anggaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving this takes you over budget:

{lines}

Save it anyway?</source>
        <translation>Menyimpan ini membuatmu melebihi anggaran:

{lines}

Tetap simpan?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No {source}→{target} rate is kept, so this purchase cannot be counted against your budgets yet.

1 {source} = ? {target}</source>
        <translation>Belum ada kurs {source}→{target} yang disimpan, jadi pembelian ini belum bisa dihitung ke anggaranmu.

1 {source} = ? {target}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exchange rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Spending lock</source>
        <translation>Kunci pengeluaran</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Budget {pct}% reached</source>
        <translation>Anggaran mencapai {pct}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}, {period}: {spent} of {limit} ({pct}%).</source>
        <translation>{label}, {period}: {spent} dari {limit} ({pct}%).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open budget</source>
        <translation>Buka anggaran</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../companion/core/links/reasons.py" line="+11"/>
        <source>The address is empty.</source>
        <translation>Alamatnya kosong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address is {length} characters long; real purchase pages are far shorter, and an address that long is hiding something.</source>
        <translation>Alamat ini panjangnya {length} karakter; halaman pembelian asli jauh lebih pendek, dan alamat sepanjang itu menyembunyikan sesuatu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It contains spaces or invisible control characters.</source>
        <translation>Berisi spasi atau karakter kontrol tak terlihat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It contains a backslash, a trick that makes browsers open a different site than the one you read.</source>
        <translation>Berisi garis miring terbalik, trik yang membuat browser membuka situs yang berbeda dari yang kamu baca.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It uses the bait words &quot;{words}&quot;: no platform gives away its currency.</source>
        <translation>Memakai kata umpan &quot;{words}&quot;: tidak ada platform yang membagikan mata uangnya gratis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{site} is not one of the official sites of any platform in the list.</source>
        <translation>{site} bukan salah satu situs resmi platform mana pun dalam daftar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It forwards through too many sites to follow.</source>
        <translation>Dialihkan melalui terlalu banyak situs untuk diikuti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{page} only forwards to another address, so the link is judged by where it leads: {target}.</source>
        <translation>{page} hanya mengalihkan ke alamat lain, jadi tautan dinilai dari tujuannya: {target}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{page} only forwards to another address, so the link is judged by where it leads: an address that is not valid.</source>
        <translation>{page} hanya mengalihkan ke alamat lain, jadi tautan dinilai dari tujuannya: alamat yang tidak valid.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The app&apos;s list of official sites was changed after it shipped, so no link can be confirmed. Reinstall Fan Companion to restore it.</source>
        <translation>Daftar situs resmi aplikasi diubah setelah dirilis, jadi tidak ada tautan yang bisa dikonfirmasi. Instal ulang Fan Companion untuk memulihkannya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{page} is an official {platform} purchase or help page, opened over https.</source>
        <translation>{page} adalah halaman pembelian atau bantuan resmi {platform}, dibuka lewat https.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{page} is an official {platform} payment page, opened over https.</source>
        <translation>{page} adalah halaman pembayaran resmi {platform}, dibuka lewat https.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{site} belongs to {owner}, but {path} is not one of its purchase or help pages (it may be a channel, a profile or another page).</source>
        <translation>{site} milik {owner}, tetapi {path} bukan salah satu halaman pembelian atau bantuannya (bisa berupa kanal, profil, atau halaman lain).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{site} belongs to {owner}, but the link is not safe as written.</source>
        <translation>{site} milik {owner}, tetapi tautan ini tidak aman seperti yang tertulis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{page} is a page anyone can make on {owner} (a profile, channel, bot or shared document); {owner} does not vouch for what it says.</source>
        <translation>{page} adalah halaman yang bisa dibuat siapa saja di {owner} (profil, kanal, bot, atau dokumen bersama); {owner} tidak menjamin isinya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{word}&apos; names {platform} on a page anyone can make: {platform} does not sell through other people&apos;s pages.</source>
        <translation>&apos;{word}&apos; menyebut {platform} di halaman yang bisa dibuat siapa saja: {platform} tidak berjualan lewat halaman orang lain.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything before &apos;@&apos; is a disguise: this link really opens {site}.</source>
        <translation>Semua yang ada sebelum &apos;@&apos; adalah samaran: tautan ini sebenarnya membuka {site}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The port number after &apos;:&apos; is not valid.</source>
        <translation>Nomor port setelah &apos;:&apos; tidak valid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It uses the unusual port {port}; official pages never do.</source>
        <translation>Memakai port tidak lazim {port}; halaman resmi tidak pernah begitu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has no site name.</source>
        <translation>Tidak ada nama situs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It points at a bare IP address ({address}) instead of a named site.</source>
        <translation>Mengarah ke alamat IP langsung ({address}), bukan ke situs bernama.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{site} is a public suffix, not a site anyone owns.</source>
        <translation>{site} adalah sufiks publik, bukan situs milik seseorang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{site} is a link shortener: the real destination is hidden.</source>
        <translation>{site} adalah pemendek tautan: tujuan sebenarnya disembunyikan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{site} uses international letters that can imitate ordinary ones.</source>
        <translation>{site} memakai huruf internasional yang bisa meniru huruf biasa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{label}&apos; imitates &apos;{brand}&apos; with look-alike letters, on {site}.</source>
        <translation>&apos;{label}&apos; meniru &apos;{brand}&apos; dengan huruf yang mirip, di {site}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{label}&apos; is one letter away from &apos;{brand}&apos; ({platform}): a typo-squatting site.</source>
        <translation>&apos;{label}&apos; hanya beda satu huruf dari &apos;{brand}&apos; ({platform}): situs yang memanfaatkan salah ketik.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It uses the name {platform} but the site is {site}, which {platform} does not own.</source>
        <translation>Memakai nama {platform}, tetapi situsnya {site}, yang bukan milik {platform}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{label}&apos; borrows the name {platform}, but the site is {site}.</source>
        <translation>&apos;{label}&apos; meminjam nama {platform}, tetapi situsnya {site}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is a &apos;{scheme}:&apos; link, which runs code or opens local data instead of a website. Never open it.</source>
        <translation>Ini tautan &apos;{scheme}:&apos;, yang menjalankan kode atau membuka data lokal, bukan situs web. Jangan pernah membukanya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It does not start with https://, so it is not a secure web page.</source>
        <translation>Tidak diawali https://, jadi bukan halaman web yang aman.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is not a valid web address ({detail}).</source>
        <translation>Bukan alamat web yang valid ({detail}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It uses &apos;{scheme}:&apos; instead of https:, so anyone on the network could change the page.</source>
        <translation>Memakai &apos;{scheme}:&apos; alih-alih https:, jadi siapa pun di jaringan bisa mengubah halamannya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{site}&apos; is not a valid site name (empty part between dots).</source>
        <translation>&apos;{site}&apos; bukan nama situs yang valid (ada bagian kosong di antara titik).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{site}&apos; contains characters not allowed in site names.</source>
        <translation>&apos;{site}&apos; berisi karakter yang tidak diizinkan dalam nama situs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{site}&apos; is not a valid international site name ({detail}); real sites never are.</source>
        <translation>&apos;{site}&apos; bukan nama situs internasional yang valid ({detail}); situs asli selalu valid.</translation>
    </message>
    <message>
        <location filename="../../companion/core/money/money.py" line="+27"/>
        <source>&apos;{code}&apos; is not an ISO 4217 currency code</source>
        <translation>&apos;{code}&apos; bukan kode mata uang ISO 4217</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} amounts have no decimals, got {amount}</source>
        <translation>Jumlah dalam {currency} tidak memakai desimal; kamu menulis {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} amounts have at most {digits} decimal(s), got {amount}</source>
        <translation>Jumlah dalam {currency} paling banyak {digits} desimal; kamu menulis {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{start}…&apos; is too long to be a number (over {limit} characters)</source>
        <translation>&apos;{start}…&apos; terlalu panjang untuk sebuah angka (lebih dari {limit} karakter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write &apos;{text}&apos; out in full, without an exponent</source>
        <translation>tulis &apos;{text}&apos; secara lengkap, tanpa eksponen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give amounts as text like &quot;4.99&quot;, not a binary float</source>
        <translation>tulis jumlah sebagai teks seperti &quot;4.99&quot;, bukan bilangan biner titik mengambang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing amount</source>
        <translation>jumlah belum diisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>&apos;{text}&apos; bukan angka</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../companion/core/store/parsing.py" line="+15"/>
        <source>must be &gt; 0, got {text}</source>
        <translation>harus lebih dari 0; kamu menulis {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text} is too large (over 1,000,000,000)</source>
        <translation>{text} terlalu besar (lebih dari 1.000.000.000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{locale}&apos; is not a known locale</source>
        <translation>&apos;{locale}&apos; bukan lokal yang dikenal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a number as written here (like {example}, with &apos;{decimal}&apos; before the cents)</source>
        <translation>&apos;{text}&apos; bukan angka sesuai penulisan di sini (seperti {example}, dengan &apos;{decimal}&apos; sebelum sen)</translation>
    </message>
    <message>
        <location filename="../../companion/core/budget/ledger.py" line="+35"/>
        <source>&apos;{text}&apos; is not a date like 2026-11-25</source>
        <translation>&apos;{text}&apos; bukan tanggal seperti 2026-11-25</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} is more than a day in the future</source>
        <translation>{day} lebih dari sehari di masa depan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} is too far in the past</source>
        <translation>{day} terlalu jauh di masa lalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who was the gift for?</source>
        <translation>hadiah ini untuk siapa?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the name is too long</source>
        <translation>namanya terlalu panjang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep it under {limit} characters</source>
        <translation>maksimal {limit} karakter</translation>
    </message>
    <message>
        <location filename="../../companion/core/store/parsing.py" line="-4"/>
        <source>must be a whole number</source>
        <translation>harus bilangan bulat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>belum diisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{start}…&apos; is too long to be a count</source>
        <translation>&apos;{start}…&apos; terlalu panjang untuk sebuah jumlah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>&apos;{text}&apos; bukan bilangan bulat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} is absurdly large (over 1,000,000,000)</source>
        <translation>{number} terlalu besar (lebih dari 1.000.000.000)</translation>
    </message>
    <message>
        <location filename="../../companion/core/budget/budget.py" line="+28"/>
        <source>choose a platform or a creator, not both</source>
        <translation>pilih platform atau kreator, jangan keduanya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give the creator&apos;s name</source>
        <translation>tulis nama kreatornya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a whole percent</source>
        <translation>&apos;{text}&apos; bukan persentase bulat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} must be between 1 and 1000</source>
        <translation>{value} harus antara 1 dan 1000</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <location filename="../../companion/ui/links/links_flow.py" line="+21"/>
        <source>Open link?</source>
        <translation>Buka tautan?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This opens &lt;b&gt;{host}&lt;/b&gt; in your browser.</source>
        <translation>Ini membuka &lt;b&gt;{host}&lt;/b&gt; di peramban.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../companion/ui/calendar/subscribe_flow.py" line="+23"/>
        <source>Subscribe to a schedule</source>
        <translation>Langganan jadwal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste the address of a creator&apos;s schedule (.ics).

Twitch: on the channel, open the Schedule tab and use its Export button; the link starts with https://api.twitch.tv/helix/schedule/icalendar?broadcaster_id=
Google Calendar: the calendar&apos;s settings, “Public address in iCal format”.
Other sites: look for “Subscribe”, “webcal://” or an .ics link.

Calendar address:</source>
        <translation>Tempel alamat jadwal kreator (.ics).

Twitch: di kanal, buka tab Jadwal dan gunakan tombol Ekspor; tautannya diawali https://api.twitch.tv/helix/schedule/icalendar?broadcaster_id=
Google Kalender: di setelan kalender, “Alamat publik dalam format iCal”.
Situs lain: cari “Berlangganan”, “webcal://” atau tautan .ics.

Alamat kalender:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Subscribe</source>
        <translation>Langganan</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+37"/>
        <source>Schedules</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>No subscriptions yet. Use Subscribe… with a schedule&apos;s .ics address.</source>
        <translation>Belum ada langganan. Gunakan Langganan… dengan alamat .ics sebuah jadwal.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refreshing schedules…</source>
        <translation>Menyegarkan jadwal…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../companion/ui/shell/pages.py" line="+53"/>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundles</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Official links</source>
        <translation>Tautan resmi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <location filename="../../companion/ui/bundles/plan_panel.py" line="-22"/>
        <source>on the web</source>
        <translation>di web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the iOS app</source>
        <translation>di aplikasi iOS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the Android app</source>
        <translation>di aplikasi Android</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>anywhere</source>
        <translation>di mana saja</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Total {total}&lt;/b&gt; for {units} {unit}</source>
        <translation>&lt;b&gt;Total {total}&lt;/b&gt; untuk {units} {unit}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About {amount} reaches the creator (estimate)</source>
        <translation>Sekitar {amount} sampai ke kreator (perkiraan)</translation>
    </message>
</context>
<context>
    <name>verdict</name>
    <message>
        <location filename="../../companion/ui/links/verdict_view.py" line="-48"/>
        <source>Official</source>
        <translation>Resmi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspicious — do not pay here</source>
        <translation>Mencurigakan — jangan bayar di sini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not official</source>
        <translation>Tidak resmi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On the platform&apos;s own site, but not a purchase page</source>
        <translation>Di situs platform itu sendiri, tetapi bukan halaman pembelian</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <location filename="../../companion/ui/words.py" line="+9"/>
        <source>weekly</source>
        <translation>mingguan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly</source>
        <translation>bulanan</translation>
    </message>
</context>
</TS>
