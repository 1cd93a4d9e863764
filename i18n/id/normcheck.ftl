# normcheck's messages in Bahasa Indonesia. Messages missing here are shown in English.
# Corrections by native speakers are welcome: run
#   normcheck translate export --lang id -o id.xlsx
# correct the Translation column of the "Messages" sheet (keep every { $placeable } as it is),
# and send the workbook to the normcheck maintainers, or install it for your own use with
#   normcheck translate import id.xlsx

language-name = Bahasa Indonesia
number-decimal-sign = ,
number-percent = { $value }%
date-year-offset = 0
date-short = { $day }/{ $month }/{ $year }
date-long = { $day } { $month } { $year }
month-1 = Januari
month-2 = Februari
month-3 = Maret
month-4 = April
month-5 = Mei
month-6 = Juni
month-7 = Juli
month-8 = Agustus
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Desember

## Jawaban, prioritas, dan dukungan (aplikasi, laporan, dan lembar kerja)

answer-not-applicable = Tidak berlaku
answer-not-applicable-because = Tidak berlaku — { $why }
answer-no-justification = tidak ada alasan yang diberikan
answer-not-answered = Belum dijawab
priority-high = Tinggi
priority-medium = Sedang
priority-low = Rendah
support-training = Pelatihan
support-legal-drafting = Perancangan peraturan
support-technical-assistance = Bantuan teknis
support-equipment = Peralatan
support-funding = Pendanaan
support-exchange-of-practice = Pertukaran praktik
support-other = Lainnya

## Laporan penilaian

report-default-title = Pelaksanaan norma PBB tentang perilaku negara yang bertanggung jawab di ruang siber
report-no-member-state = (Negara Anggota tidak disebutkan)
report-undated = tanpa tanggal
report-checklist-version = { $title }, versi { $version }
report-complete = { $percent } selesai
report-conflicts-unresolved = { $count } konflik belum diselesaikan
report-draft = Draf — { $parts }
report-page = Halaman { $page } dari { $total }

report-cover-member-state = Negara Anggota
report-cover-organisation = Organisasi
report-cover-assessors = Penilai
report-cover-period = Periode pelaporan
report-cover-date = Tanggal
report-cover-checklist = Daftar periksa

report-section-summary = Ringkasan eksekutif
report-section-action-plan = Rencana aksi
report-section-support = Dukungan yang dibutuhkan
report-section-methodology = Metodologi
report-section-answered-by = Pihak yang menjawab
report-answered-by-intro = Siapa yang terakhir mengubah setiap jawaban, dan kapan (seorang penilai, atau instansi yang kontribusinya telah digabungkan).

report-chart-norms = Skor per norma (0–100)
report-chart-areas = Skor per bidang fokus (0–100)
report-no-score = tidak ada skor
report-no-score-not-applicable = tidak ada skor (semua butir tidak berlaku)

report-summary-overall-band = Skor keseluruhan adalah { $score } dari 100, dalam kategori “{ $band }”. Skor ini merupakan rata-rata skor norma.
report-summary-overall = Skor keseluruhan adalah { $score } dari 100, yaitu rata-rata skor norma.
report-summary-no-overall = Belum ada skor keseluruhan: belum ada norma yang memiliki butir yang berlaku.
report-summary-answered = { $answered } dari { $items } butir telah dijawab ({ $percent } selesai); { $na } di antaranya ditandai tidak berlaku.
report-summary-strongest = Pelaksanaan paling kuat pada { $strongest } ({ $high }) dan memiliki ruang pengembangan terbesar pada { $weakest } ({ $low }).
report-summary-gaps = { $count ->
    [0] Tidak ada lagi kesenjangan: setiap butir yang berlaku berada pada atau di atas tingkat terlaksana.
    [1] 1 butir merupakan kesenjangan (di bawah tingkat terlaksana atau belum dijawab); butir tersebut tercantum dalam rencana aksi.
   *[other] { $count } butir merupakan kesenjangan (di bawah tingkat terlaksana atau belum dijawab); butir-butir tersebut tercantum dalam rencana aksi, diurutkan dari yang paling mendesak.
}
report-counts-answer = Jawaban
report-counts-items = Butir

report-norm-summary-ours = Ringkasan kami atas { $source }
report-norm-source = Sumber: { $source }
report-norm-score = Skor
report-norm-completion = Kelengkapan
report-norm-actions = Tindakan praktis

report-item-answer = Jawaban
report-item-change = Perubahan
report-item-note = Catatan
report-item-evidence = Bukti
report-item-agency = Instansi penanggung jawab
report-item-target = Tanggal target
report-item-priority = Prioritas
report-item-support = Dukungan yang dibutuhkan
report-item-flagged = ditandai untuk ditinjau
report-range-median = median { $value }
report-range-mean = rata-rata { $value }
report-range-how = Setiap batang membentang dari skor negara terendah hingga tertinggi; garis hitam menunjukkan median, dan kotak kosong menunjukkan rata-rata. Kuartil tidak digambarkan: dengan sedikit negara, kuartil akan mengungkap skor masing-masing negara.

report-plan-none = Tidak ada kesenjangan: setiap butir yang berlaku berada pada atau di atas tingkat terlaksana.
report-plan-intro = Setiap butir yang berada di bawah tingkat terlaksana atau belum dijawab, diurutkan dari yang paling mendesak.
report-plan-priority = Prioritas
report-plan-target = Tanggal target
report-plan-action = Tindakan
report-plan-answer = Jawaban saat ini
report-plan-agency = Instansi penanggung jawab

report-support-none = Tidak ada tindakan praktis yang memerlukan dukungan.
report-support-intro = Tindakan praktis yang pelaksanaannya akan disambut baik oleh negara apabila mendapat dukungan, dikelompokkan menurut jenis dukungan.
report-support-kind = Dukungan yang dibutuhkan
report-support-action = Tindakan praktis
report-support-note = Catatan

report-method-scale = Skala jawaban
report-method-scoring = Penskoran
report-method-about = Tentang laporan ini
report-method-value = Nilai
report-method-level = Tingkat
report-method-meaning = Arti
report-method-rule-level = Setiap butir yang berlaku bernilai tingkatnya dibagi tingkat tertinggi ({ $max }); butir yang belum dijawab bernilai 0.
report-method-rule-na = Butir yang ditandai tidak berlaku dikecualikan dari semua skor.
report-method-rule-norm = Skor suatu norma adalah 100 × rata-rata tertimbang dari butir-butirnya yang berlaku; skor keseluruhan adalah rata-rata biasa dari skor norma.
report-method-rule-area = Skor suatu bidang fokus adalah rata-rata tertimbang yang sama atas setiap butir berlaku yang ditandai dengan bidang fokus tersebut.
report-method-rule-completion = Kelengkapan adalah proporsi butir yang dijawab dengan suatu tingkat atau ditandai tidak berlaku.
report-method-rule-gap = Kesenjangan adalah butir berlaku yang dijawab di bawah “{ $level }” atau belum dijawab; setiap kesenjangan dicantumkan dalam rencana aksi.
report-method-rule-gap-unnamed = Kesenjangan adalah butir berlaku yang dijawab di bawah tingkat terlaksana atau belum dijawab; setiap kesenjangan dicantumkan dalam rencana aksi.
report-method-band = { $band } mulai dari { $min }
report-method-rule-bands = Kategori skor: { $bands }.
report-method-rule-voluntary = Norma-norma ini bersifat sukarela dan tidak mengikat: skor menggambarkan pandangan negara sendiri atas pelaksanaannya, bukan peringkat.
report-method-checklist = Daftar periksa: { $title } ({ $id }), versi { $version }
report-method-generated = Dibuat: { $date }
report-method-version = normcheck versi { $version }
report-method-language = Bahasa laporan ini: { $language }.
report-method-fallback = { $count } teks daftar periksa belum memiliki terjemahan dalam bahasa ini dan dicetak dalam bahasa Inggris ({ $which }).

## Kemajuan sejak penilaian sebelumnya

report-progress-earlier = penilaian sebelumnya
report-progress-heading = Kemajuan sejak { $since }
report-progress-overall = Skor keseluruhan: { $before } saat itu, { $now } sekarang ({ $change }).
report-progress-moves = { $improved } tindakan praktis membaik, { $regressed } menurun, dan { $changed } berubah menjadi atau dari tidak berlaku sejak { $since }.
report-progress-checklist-changed = Sementara itu daftar periksa telah berubah: { $added } tindakan praktis ditambahkan, { $removed } dihapus.
report-progress-norm = Norma
report-progress-area = Bidang fokus
report-progress-before = Sebelum
report-progress-now = Sekarang
report-progress-change = Perubahan
report-progress-improved = Membaik sejak { $since } (sebelumnya: { $was })
report-progress-regressed = Menurun sejak { $since } (sebelumnya: { $was })
report-progress-changed = Berubah sejak { $since } (sebelumnya: { $was })
report-progress-added = Baru dalam versi daftar periksa ini sejak { $since }
report-answered-item = Butir
report-answered-answer = Jawaban
report-answered-by = Terakhir diubah oleh
report-answered-when = Waktu
report-answered-time = { $date } { $time } UTC
menu-view-language = Bahasa
menu-view-language-system = Ikuti sistem ({ $language })
menu-file = Berkas
menu-edit = Sunting
menu-view = Tampilan
menu-file-new = Penilaian baru…
menu-file-open = Buka…
menu-file-save = Simpan
menu-file-save-as = Simpan sebagai…
menu-file-change-passphrase = Ganti frasa sandi…
menu-file-protect = Lindungi dengan frasa sandi…
menu-file-unprotect = Hapus perlindungan…
menu-file-export-a4 = Ekspor laporan PDF (A4)…
menu-file-export-letter = Ekspor laporan PDF (US Letter)…
menu-file-regional = Tampilan regional…
menu-file-export-sheet = Ekspor lembar kerja…
menu-file-import-sheet = Impor lembar kerja…
menu-file-prepare = Siapkan kontribusi…
menu-file-merge = Gabungkan kontribusi…
menu-file-compare = Bandingkan dengan penilaian sebelumnya…
menu-file-close = Tutup penilaian
menu-edit-undo = Urungkan
menu-edit-undo-what = Urungkan { $what }
menu-edit-redo = Ulangi
menu-edit-redo-what = Ulangi { $what }
menu-view-theme-system = Tema sistem
menu-view-theme-light = Tema terang
menu-view-theme-dark = Tema gelap
menu-view-advance = Setelah menjawab dengan papan ketik, lanjut ke butir berikutnya yang belum dijawab
tab-walkthrough = Telusuri butir
tab-dashboard = Dasbor
tab-details = Rincian
tab-team = Tim
tab-team-conflicts = Tim ({ $count } konflik)
tab-progress = Kemajuan
banner-the-national-assessment = penilaian nasional
banner-contribution = Kontribusi { $agency } untuk { $title }
banner-conflicts = Draf — { $count } konflik belum diselesaikan (selesaikan di layar Tim)
banner-newer-edition = Versi yang lebih baru dari daftar periksa ini tersedia ({ $version }).
banner-see-changes = Lihat perubahan
banner-move-answers = Pindahkan jawaban saya
marking-hover = Penanda sensitivitas penilaian ini
status-unsaved = Perubahan belum disimpan
status-saved = Semua perubahan telah disimpan
status-complete = { $percent }% selesai

card-flagged = Ditandai untuk ditinjau
card-na = Tidak berlaku
card-na-hover = Tidak berlaku bagi negara ini; berikan alasannya
card-hide-details = Sembunyikan rincian
card-details = Rincian…
card-justification = Alasan
card-justification-label = Alasan:
card-justification-required = Alasan (wajib diisi jika tidak berlaku):
card-justification-hint = Mengapa tindakan ini tidak berlaku
card-summary-agency = Instansi: { $agency }
card-summary-target = Target: { $date }
card-summary-priority = Prioritas: { $priority }
card-summary-evidence = Bukti: { $count }
card-summary-note = Catatan: { $note }
card-guidance = Panduan
card-evidence-hint = Bukti yang menunjukkan pelaksanaannya: { $hint }
card-basis = Dasar: { $basis }
card-note = Catatan
card-agency = Instansi penanggung jawab
card-flag = Tandai untuk ditinjau
field-evidence = Bukti
field-evidence-label = Bukti (satu per baris):
field-evidence-hint = Judul dokumen, nomor berkas, atau tautan
field-target = Tanggal target
field-target-label = Tanggal target:
field-target-invalid = Belum berupa tanggal: gunakan format YYYY-MM-DD
field-priority-label = Prioritas:
field-priority-none = Tidak ada
# Yang dibacakan pembaca layar untuk tombol prioritas "Tidak ada".
field-priority-is-none = Tanpa prioritas
field-priority-is = Prioritas { $priority }
field-support-label = Dukungan yang dibutuhkan:
field-support-kind = Dukungan yang dibutuhkan: { $kind }
field-support-note = Apa yang dapat membantu
field-support-note-label = Apa yang dapat membantu:
field-support-note-hint = misalnya pelatihan dua hari bagi staf CERT
group-area = Bidang fokus Rencana Aksi Regional ASEAN
group-area-ours = Bidang fokus Rencana Aksi Regional ASEAN (deskripsi dalam rumusan kami sendiri)
group-norm = Norma ({ $id }) — { $title }
group-kind-positive = mengimbau negara-negara untuk bertindak
group-kind-restraint = mengimbau negara-negara untuk menahan diri
group-kind-mixed = mengimbau negara-negara untuk bertindak dan menahan diri
# $score adalah angka beserta kategorinya, mis. "62,5 (Mapan)"; $percent bilangan bulat.
group-score = Skor { $score }  ·  { $percent }% selesai
group-overall = Keseluruhan
group-overall-line = Keseluruhan: { $scores }
group-choose-norm = Pilih norma
group-choose-area = Pilih bidang fokus
group-picker-entry = { $group } — { $percent }% selesai
group-by = Kelompokkan menurut:
group-by-norm = Norma
group-by-area = Bidang fokus
# Yang dibacakan pembaca layar untuk norma atau bidang fokus di daftar samping.
group-row-said = { $group }, { $percent }% selesai, skor { $score }
group-no-score = tidak ada
group-done = { $percent }% selesai
walk-no-items = Tidak ada butir yang sesuai dengan filter.
walk-show-only = Tampilkan hanya:
walk-filter-unanswered = Belum dijawab
walk-filter-flagged = Ditandai
walk-filter-na = Tidak berlaku tanpa alasan
walk-keys = Tombol: 0–9 pilih tingkat · N tidak berlaku · Up/Down atau J/K butir · PgUp/PgDn norma · Enter rincian
walk-keys-advance = Tombol: 0–9 pilih tingkat (lalu ke butir berikutnya yang belum dijawab) · N tidak berlaku · Up/Down atau J/K butir · PgUp/PgDn norma · Enter rincian
walk-previous-norm = Norma sebelumnya
walk-next-norm = Norma berikutnya

dash-assessment = penilaian
dash-heading = Dasbor — { $state }
dash-overall = Skor keseluruhan (rata-rata skor norma, 0–100)
dash-conflicts = Draf — { $count } konflik belum diselesaikan
dash-completion = { $percent }% selesai — { $answered } dari { $items } butir dijawab, { $na } tidak berlaku
dash-norm-chart = Skor per norma
dash-area-chart = Skor per bidang fokus Rencana Aksi Regional
dash-levels = Butir per tingkat
dash-top-level = tingkat tertinggi
# $level adalah nama tingkat dalam tanda kutip, mis. “Terlaksana”.
dash-gaps = Kesenjangan: { $count } butir di bawah { $level }
dash-no-gaps = Tidak ada butir terjawab yang berada di bawah tingkat tersebut.
dash-gaps-order = Diurutkan menurut prioritas, lalu tanggal target. Setiap kesenjangan: tingkat · prioritas · instansi · tanggal.
dash-gaps-fewer = Tampilkan hanya { $count } kesenjangan yang paling mendesak
dash-gaps-all = Tampilkan seluruh { $count } kesenjangan
dash-none = tidak ada
dash-not-assigned = belum ditetapkan
dash-go-to = Menuju { $item }
dash-open = Buka { $item }
dash-attention = Perlu perhatian: { $count } butir
dash-attention-none = Semua butir telah dijawab, diberi alasan, dan memiliki instansi penanggung jawab.
dash-count-unanswered = { $count } belum dijawab
dash-count-unjustified = { $count } tidak berlaku tanpa alasan
dash-count-unowned = { $count } kesenjangan tanpa instansi
dash-concern-unanswered = Belum dijawab
dash-concern-unjustified = Tidak berlaku, tetapi alasannya belum diberikan
dash-concern-unowned = Di bawah tingkat terlaksana tanpa instansi penanggung jawab
start-intro = Nilai sejauh mana negara Anda telah melaksanakan 11 norma PBB tentang perilaku negara yang bertanggung jawab di ruang siber dan Rencana Aksi Regional ASEAN.
start-new = Penilaian baru
start-open = Buka…
start-offline = Semua data tetap berada di komputer ini: normcheck tidak pernah menggunakan jaringan.
start-never-saved = penilaian yang belum pernah disimpan
start-closed-unsaved = normcheck ditutup sebelum perubahan ini disimpan.
# $what adalah nama berkas (atau start-never-saved), $state adalah Negara Anggota (dapat kosong).
start-autosaved = Salinan simpan otomatis dari { $what } { $state }
start-autosaved-protected = Salinan simpan otomatis dari penilaian yang dilindungi (dapat dibuka dengan frasa sandinya)
start-unreadable = Salinan simpan otomatis tidak dapat dibaca: { $problem }
start-delete = Hapus { $file }
start-recover = Pulihkan pekerjaan yang belum disimpan dari { $when }
start-discard = Buang salinan dari { $when }
start-recent = Penilaian terbaru
start-missing = { $name } (tidak ditemukan)
start-moved = { $file } telah dipindahkan atau dihapus
start-forget = Hapus { $name } dari daftar
form-new-heading = Penilaian baru
form-new-intro = Isi apa yang sudah Anda ketahui saat ini; semuanya dapat diubah nanti di Rincian.
form-create = Buat penilaian
form-cancel = Batal
form-need-state = Masukkan Negara Anggota untuk melanjutkan.
form-details-heading = Rincian penilaian
form-details-intro = Perubahan langsung berlaku saat Anda mengetik (urungkan dengan Ctrl+Z); simpan berkas dengan Ctrl+S.
form-created = Dibuat { $when }
form-changed = Terakhir diubah { $when }
form-member-state = Negara Anggota:
form-member-state-hint = Pilih atau ketik
form-member-states = Negara Anggota ASEAN
form-choose-state = Pilih Negara Anggota ASEAN
form-organisation = Organisasi:
form-organisation-hint = misalnya Badan Siber dan Sandi Negara
form-assessors = Penilai:
form-assessors-hint = Satu nama per baris
form-title = Judul:
# Judul awal penilaian baru (pengguna dapat mengubahnya).
form-default-title = Pelaksanaan nasional norma siber PBB
form-period = Periode pelaporan:
form-period-hint = misalnya 2026
form-marking = Penanda sensitivitas:
form-checklist = Daftar periksa:
form-checklist-builtin = Daftar periksa rujukan bawaan (gaya NIC)
form-checklist-file = Berkas daftar periksa…
support-heading = Dukungan yang dibutuhkan: { $count } butir
support-none = Belum ada butir yang meminta dukungan (rincian butir: Dukungan yang dibutuhkan).
support-kind-heading = { $kind } — { $count } butir
