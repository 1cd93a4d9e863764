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
start-autosaved = Salinan simpan otomatis dari { $what }
start-autosaved-state = Salinan simpan otomatis dari { $what }, penilaian { $state }
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

pass-the-autosaved-copy = salinan simpan otomatis
pass-protected-heading = Penilaian yang dilindungi
pass-protected = “{ $what }” dilindungi. Masukkan frasa sandinya untuk membukanya.
pass-wrong = Frasa sandi salah. Coba lagi.
pass-label = Frasa sandi:
pass-show = Tampilkan frasa sandi
pass-open = Buka
pass-heading = Frasa sandi
pass-explained = Berkas penilaian dan salinan simpan otomatisnya dienkripsi dengan frasa sandi ini. Jika berkas pernah disimpan sebelumnya, berkas tersebut akan disimpan ulang sekarang.
pass-use = Gunakan frasa sandi ini
pass-new = Frasa sandi baru:
pass-repeat = Ulangi frasa sandi:
pass-strength = Kekuatan: { $hint }
pass-strength-too-short = terlalu pendek: gunakan sedikitnya 8 karakter
pass-strength-weak = lemah: tambahkan kata atau karakter
pass-strength-fair = cukup: tambahkan beberapa kata lagi agar kuat
pass-strength-strong = kuat
pass-differ = Kedua isian tidak sama.
save-heading = Simpan penilaian
save-marking-advice = Penilaian ini bertanda { $marking }: sebaiknya lindungi dengan frasa sandi.
save-protect = Lindungi dengan frasa sandi
save-choose-file = Pilih berkas…
save-keeps-passphrase = Berkas tetap menggunakan frasa sandinya saat ini (untuk menggantinya, gunakan Ganti frasa sandi… di menu Berkas).
save-keep-it-safe = Tanpa frasa sandi, tidak seorang pun dapat membuka berkas ini — termasuk Anda. Simpan frasa sandi dengan aman.
save-plain-warning = Berkas baru akan berupa JSON biasa: siapa pun yang dapat membacanya dapat membaca penilaian ini.
unprotect-heading = Hapus perlindungan?
unprotect-warning = Berkas akan disimpan sebagai JSON biasa: siapa pun yang dapat membaca berkas ini — di laptop ini, di drive bersama, atau di folder awan — dapat membaca penilaian ini.
unprotect-confirm = Hapus perlindungan
unprotect-keep = Tetap lindungi
unsaved-heading = Perubahan belum disimpan
unsaved-before-new = “{ $name }” memiliki perubahan yang belum disimpan. Simpan sebelum memulai penilaian baru?
unsaved-before-open = “{ $name }” memiliki perubahan yang belum disimpan. Simpan sebelum membuka penilaian lain?
unsaved-before-move = “{ $name }” memiliki perubahan yang belum disimpan. Simpan sebelum memindahkan jawaban ke versi daftar periksa yang lebih baru?
unsaved-before-close = “{ $name }” memiliki perubahan yang belum disimpan. Simpan sebelum menutup?
unsaved-before-quit = “{ $name }” memiliki perubahan yang belum disimpan. Simpan sebelum keluar?
unsaved-discard = Buang perubahan
read-only-heading = Ganti berkas baca-saja?
read-only-question = { $name } ditandai baca-saja, mungkin agar tidak diubah secara tidak sengaja. Tetap ganti?
read-only-replace = Ganti
error-work-unchanged = Pekerjaan Anda yang sedang terbuka tidak diubah.
error-ok = OK
copy-differs-heading = Berkas daftar periksa berbeda dari salinan dalam penilaian
copy-differs = { $file } memiliki ID dan versi daftar periksa yang sama dengan salinan yang tersimpan dalam penilaian ini, tetapi isinya berbeda. Penilaian dibuka dengan salinan tersimpannya, sehingga skor dan laporannya tetap seperti semula.
copy-differs-use-file = Gunakan berkas tersebut jika berkas itu adalah daftar periksa yang telah diperbaiki: penilaian kemudian menyimpan salinan daftar periksa dari berkas itu saat Anda menyimpannya.
copy-keep = Pertahankan salinan tersimpan
copy-use-file = Gunakan berkas daftar periksa
working-stop = Berhenti menunggu
working-wait = Proses ini memerlukan sedikit waktu; mohon tunggu.
import-heading = Impor “{ $name }”
import-no-change = Tidak ada jawaban yang akan berubah.
import-changes = { $count } butir akan berubah. Sel kosong akan mengosongkan isiannya.
import-apply = Terapkan perubahan
import-apply-others = Terapkan perubahan lainnya
import-problems = { $count } sel tidak dapat digunakan dan dilewati:
edition-heading = Daftar periksa versi { $from } ke { $to }
edition-explained = Memindahkan jawaban Anda akan membuat penilaian baru: jawaban dipindahkan per butir; jika dua butir digabung menjadi satu, tingkat yang lebih rendah dipertahankan beserta kedua catatannya; butir baru dimulai tanpa jawaban. Berkas yang Anda buka tidak diubah.
edition-move = Pindahkan jawaban saya ke versi { $to }
edition-close = Tutup
edition-norms-reworded = Rumusan ringkasan norma diubah
edition-merged = Digabung ke butir lain
edition-merged-into = { $old } ke dalam { $into }
edition-removed = Dihapus
edition-added = Tindakan praktis baru
edition-reworded = Rumusan diubah
edition-retagged = Bidang fokus diubah
edition-relabelled = Sumber atau bobot diubah
team-heading = Tim — instansi, kontribusi, dan konflik
team-contribution = Berkas ini adalah kontribusi { $agency } ({ $count } butir). Jawab butir-butirnya, lalu kirim kembali berkas ini kepada koordinator.
team-agencies = Instansi penanggung jawab
team-no-agencies = Belum ada butir yang memiliki instansi penanggung jawab. Tetapkan di bawah ini.
team-col-agency = Instansi
team-col-items = Butir
team-col-answered = Dijawab
team-answered-of = { $answered } dari { $items }
team-unassigned = { $count } butir belum memiliki instansi penanggung jawab dan tetap ditangani koordinator.
team-hand-out = Bagikan dan kumpulkan kembali
team-hand-out-explained = Setiap instansi menerima berkas yang hanya berisi butir-butirnya sendiri dan rincian penilaian. Gabungkan kembali berkas-berkas mereka di sini: isian yang diubah oleh satu instansi akan diambil; jawaban yang berbeda untuk isian yang sama menjadi konflik yang perlu Anda selesaikan.
team-merge-where = Gabungkan ke penilaian koordinator, bukan ke kontribusi
team-assign = Tetapkan instansi penanggung jawab
team-assign-ticked = Tetapkan { $count } butir yang dicentang
# Ditampilkan setelah Urungkan di menu Sunting.
team-assign-undo = penetapan { $count } butir ke { $agency }
team-untick = Hapus semua centang
team-agency-label = Instansi:
team-agency-hint = misalnya CERT Nasional
team-known-choose = atau pilih instansi yang sudah tercatat
team-known = Instansi yang sudah tercatat
team-norm-ticked = { $norm } — { $ticked } dari { $count } dicentang
team-whole-norm = Seluruh norma
team-no-agency = tanpa instansi
team-conflicts = Konflik yang perlu diselesaikan: { $count }
team-conflicts-explained = Instansi-instansi memberikan jawaban yang berbeda untuk isian berikut. Penilaian mempertahankan nilai sebelumnya sampai Anda memilih salah satunya.
team-go-to-item = Menuju butir
team-before = Sebelumnya
team-keep = Pertahankan
team-use-this = Gunakan ini
team-or-write = Atau tulis:
team-use-mine = Gunakan tulisan saya
team-empty = (kosong)
team-yes = ya
team-no = tidak
progress-intro = Bandingkan penilaian ini dengan penilaian sebelumnya untuk melihat apa yang telah membaik.
progress-comparing = Membandingkan { $file } ({ $old }) dengan penilaian ini ({ $new }).
progress-compare-another = Bandingkan dengan yang lain…
progress-norm-chart = Skor per norma, saat itu dan sekarang
progress-area-chart = Skor per bidang fokus, saat itu dan sekarang
progress-overall = Skor keseluruhan { $before } saat itu, { $now } sekarang ({ $change })
progress-moves = { $improved } tindakan praktis membaik, { $regressed } menurun, { $changed } berubah dengan cara lain.
# Keterangan grafik: $period adalah periode pelaporan atau tanggal.
progress-earlier = { $period } (sebelumnya)
progress-now = { $period } (sekarang)
progress-changed = Jawaban yang berubah sejak { $since }: { $count }
progress-no-change = Tidak ada jawaban yang berbeda.
progress-not-answered = belum dijawab
progress-improved = Membaik dari { $from } ke { $to }
progress-regressed = Menurun dari { $from } ke { $to }
progress-changed-item = Berubah dari { $from } ke { $to }
progress-added = Butir baru, dari { $from } ke { $to }
progress-removed = Butir dihapus, dari { $from } ke { $to }

# Yang ditampilkan bilah skor saat penunjuk diarahkan ke atasnya.
bars-no-score = tidak ada skor
bars-out-of-100 = { $score } dari 100
dialog-open-session = Buka penilaian
dialog-save-session = Simpan penilaian sebagai
dialog-open-checklist = Pilih berkas daftar periksa
dialog-export-report = Ekspor laporan sebagai PDF
dialog-contributions-folder = Folder untuk berkas kontribusi
dialog-merge = Kontribusi yang akan digabungkan
dialog-earlier = Penilaian sebelumnya sebagai pembanding
dialog-export-sheet = Ekspor penilaian sebagai lembar kerja
dialog-import-sheet = Impor lembar kerja yang telah disunting
dialog-example = misalnya { $path }
dialog-use-file = Gunakan berkas ini
dialog-folder-path = Jalur folder:
dialog-file-paths = Jalur berkas, satu per baris:
dialog-file-path = Jalur berkas:
export-saved = Laporan disimpan ke { $path }
export-regional-saved = Laporan regional disimpan ke { $path }
# Ditambahkan setelah export-saved untuk setiap hal yang perlu diketahui pembaca.
export-note = . Catatan: { $warning }
export-failed = Laporan tidak dapat diekspor
title-untitled = Penilaian tanpa judul
status-closing-when-done = normcheck akan ditutup segera setelah pekerjaan yang sedang berjalan selesai.
status-autosave-failed = Simpan otomatis gagal: { $error }
status-opening = Membuka { $file }…
status-checklist-needed = { $file } menggunakan daftar periksa “{ $id }”, yang bukan bawaan dan tidak tersimpan dalam berkas: pilih berkas daftar periksa tersebut (atau jalankan normcheck --checklist FILE { $file }).
status-opened = { $file } telah dibuka
status-opened-notes = { $file } telah dibuka dengan { $count } catatan: jawaban untuk butir yang tidak ada dalam daftar periksa ini dipertahankan tanpa perubahan; jalankan `normcheck validate` untuk rinciannya
status-checklist-kept = . Daftar periksa kini tersimpan dalam penilaian: simpan penilaian, dan penilaian dapat dibuka tanpa berkas daftar periksa.
status-opening-autosaved = Membuka salinan simpan otomatis…
status-recovered = Pekerjaan yang belum disimpan telah dipulihkan. Simpan agar tidak hilang (Ctrl+S).
status-recovered-notes = Pekerjaan yang belum disimpan telah dipulihkan dengan { $count } catatan: jawaban untuk butir yang tidak ada dalam daftar periksa ini dipertahankan tanpa perubahan. Simpan agar tidak hilang (Ctrl+S).
status-read-only-kept = Tidak ada yang ditulis: { $file } bersifat baca-saja dan dibiarkan apa adanya.
status-nothing-opened = Tidak ada yang dibuka.
status-kept-copy = Daftar periksa yang tersimpan dalam penilaian tetap digunakan.
status-nothing-imported = Tidak ada yang diimpor dari { $name }.
status-protected = Dilindungi dengan frasa sandi baru
status-unprotected = Perlindungan dihapus; berkas kini berupa JSON biasa
# $done adalah status-protected atau status-unprotected.
status-save-to-write = { $done }. Simpan penilaian agar perubahan ini tertulis ke berkas.
status-stays-closed = Tidak ada yang dibuka: { $name } tetap tertutup dan pekerjaan Anda tidak berubah.
status-nothing-moved = Tidak ada yang dipindahkan: pekerjaan Anda tidak berubah.
status-created = Penilaian baru telah dibuat. Simpan dengan Ctrl+S.
status-saving = Menyimpan { $file }…
status-done-saved = { $done }: { $file } telah disimpan
status-saved-file = { $file } telah disimpan
status-exporting = Mengekspor laporan ke { $file }…
error-not-opened = Penilaian tidak dapat dibuka
error-checklist-unusable = Daftar periksa tidak dapat digunakan
error-builtin-damaged = Daftar periksa bawaan rusak
error-not-saved = Penilaian tidak dapat disimpan
error-not-saved-detail = { $error }
    Pekerjaan Anda masih terbuka; coba folder atau nama berkas lain.
export-not-encrypted = Penilaian ini dilindungi, tetapi laporannya sendiri tidak dienkripsi: simpan dan kirimkan dengan hati-hati.
export-shows-progress = Laporan menampilkan kemajuan sejak { $since } (layar Kemajuan).
sheet-not-encrypted = Penilaian ini dilindungi, tetapi lembar kerjanya tidak dienkripsi: simpan dan kirimkan dengan hati-hati.
sheet-exported = Lembar kerja diekspor ke { $file }
sheet-not-exported = Lembar kerja tidak diekspor
sheet-no-change = { $file } tidak mengubah apa pun dalam penilaian ini.
sheet-unreadable = Lembar kerja tidak dapat dibaca
# Ditampilkan setelah Urungkan di menu Sunting.
sheet-import-undo = impor { $name }
sheet-imported = { $name } diimpor: { $count } butir berubah (Urungkan akan membatalkannya).
error-work-stopped = Pekerjaan berhenti secara tak terduga
error-work-stopped-detail = { $what } tidak selesai. Pekerjaan Anda yang sedang terbuka tidak diubah.
status-stopped = Dihentikan: { $what }
error-not-all-prepared = Tidak semua kontribusi berhasil disiapkan
status-no-newer-edition = Tidak ada versi yang lebih baru dari daftar periksa ini.
error-not-moved = Jawaban tidak dapat dipindahkan
status-moved = Dipindahkan ke daftar periksa versi { $version }: { $count } jawaban dibawa serta
status-moved-merged = , digabung: { $pairs }
status-moved-removed = , dihapus: { $items } (jawabannya tidak disertakan)
status-moved-new = ; { $count } butir baru perlu dijawab. Simpan dengan nama baru: { $name } tidak berubah.
team-other-passphrase = { $file } dilindungi dengan frasa sandi yang berbeda dari frasa sandi penilaian ini. Gabungkan atau bandingkan berkas tersebut melalui baris perintah (normcheck merge / compare --passphrase-file FILE).
team-none-prepared = Tidak ada kontribusi yang disiapkan
team-none-assigned = Belum ada butir yang memiliki instansi penanggung jawab. Tetapkan instansi di layar Tim terlebih dahulu.
team-file-exists = { $file } sudah ada. Pilih folder kosong agar tidak ada kontribusi sebelumnya yang tertimpa.
team-preparing = Menyiapkan { $count } berkas kontribusi…
team-merging = Menggabungkan { $count } kontribusi…
team-nothing-merged = Tidak ada yang digabungkan
# Ditampilkan setelah Urungkan di menu Sunting.
team-merge-undo = penggabungan { $count } kontribusi
team-merged = { $changes } perubahan dari { $count } kontribusi telah digabungkan; { $conflicts } konflik perlu diselesaikan
team-not-compared = Penilaian tidak dapat dibandingkan
team-written-before = { " " }({ $count } berkas telah ditulis sebelumnya)
team-unassigned-stay = ; { $count } butir tanpa instansi tetap ditangani oleh Anda
team-written = { $count } berkas kontribusi ditulis ke { $folder }

sheet-col-norm = Norma
sheet-col-item = Butir
sheet-col-action = Tindakan praktis
sheet-col-level = Tingkat
sheet-col-na = Tidak berlaku
sheet-col-justification = Alasan
sheet-col-note = Catatan
sheet-col-evidence = Bukti
sheet-col-owner = Instansi penanggung jawab
sheet-col-target = Tanggal target
sheet-col-priority = Prioritas
sheet-col-flagged = Ditandai
sheet-col-support = Dukungan yang dibutuhkan
sheet-yes = Ya
sheet-no = Tidak
sheet-not-on-list = Tidak ada dalam daftar
sheet-choose-from-list = Pilih nilai dari daftar.
sheet-not-a-level = Bukan tingkat pada skala
sheet-choose-level = Pilih tingkat dari daftar, atau ketik angkanya saja.
sheet-about-untitled = Penilaian mandiri
sheet-about-title = Judul
sheet-about-state = Negara Anggota
sheet-about-organisation = Organisasi
sheet-about-period = Periode pelaporan
sheet-about-marking = Penanda sensitivitas
sheet-about-checklist = Daftar periksa
sheet-about-checklist-value = { $title } (ID { $id }, versi { $version })
sheet-about-exported = Diekspor
sheet-about-how = Cara mengisi
sheet-about-levels = Tingkat
sheet-howto-rows = Isi lembar Assessment: satu baris untuk setiap tindakan praktis. Saat buku kerja ini diimpor, baris dicocokkan menurut kolom Butir, jadi jangan ubah sel Butir; urutan baris dan kolom tidak berpengaruh, dan baris yang dihapus membiarkan butirnya tidak berubah.
sheet-howto-level = Tingkat: pilih dari daftar, atau ketik angka tingkatnya saja (misalnya 3). Biarkan Tingkat kosong untuk butir yang belum dinilai atau tidak berlaku.
sheet-howto-values = Tidak berlaku dan Ditandai: Ya atau Tidak. Prioritas: Tinggi, Sedang, atau Rendah. Tanggal target: tanggal (YYYY-MM-DD).
sheet-howto-evidence = Bukti: satu rujukan per baris (Alt+Enter memulai baris baru dalam sel).
sheet-howto-support = Dukungan yang dibutuhkan: jenis dukungan di baris pertama, dipisahkan dengan titik koma (Pelatihan; Perancangan peraturan; Bantuan teknis; Peralatan; Pendanaan; Pertukaran praktik; Lainnya), dan catatan di baris-baris berikutnya.
sheet-howto-empty = Sel kosong akan mengosongkan isian tersebut saat buku kerja ini diimpor: mengosongkan sel Catatan berarti menghapus catatannya.
sheet-howto-import = Impor: normcheck sheet import FILE.xlsx --into SESSION -o OUT (tambahkan --json untuk daftar perubahan), atau Berkas → Impor lembar kerja… di aplikasi, yang menampilkan daftar perubahan sebelum menerapkannya.
menu-file-export-in = Ekspor laporan PDF (A4) dalam bahasa

## Laporan regional

regional-title = Tampilan regional: pelaksanaan norma PBB tentang perilaku negara yang bertanggung jawab di ruang siber
regional-cover-states = Negara Anggota
regional-cover-threshold = Ambang anonimitas
regional-cover-threshold-value = { $k } negara: angka yang berasal dari jumlah negara yang lebih sedikit disembunyikan
regional-cover-named = Negara yang disebutkan namanya
regional-cover-superseded = Digantikan
regional-cover-superseded-value =
    { $count ->
        [one] 1 penilaian yang lebih lama tidak disertakan (hanya satu penilaian per negara yang dihitung)
       *[other] { $count } penilaian yang lebih lama tidak disertakan (hanya satu penilaian per negara yang dihitung)
    }
regional-fewer-than =
    { $k ->
        [1] tidak ada negara
       *[other] kurang dari { $k } negara
    }
regional-withheld-legend = { $mark } disembunyikan: { $fewer }, atau jumlah yang memungkinkan angka tersebut diketahui melalui pengurangan.
regional-chart-norms = Skor per norma (0–100)
regional-chart-areas = Skor per bidang fokus (0–100)
regional-no-state-scored = tidak ada negara yang memiliki skor
regional-col-norm = Norma
regional-col-area = Bidang fokus
regional-col-states = Negara
regional-col-lowest = Terendah
regional-col-median = Median
regional-col-highest = Tertinggi
regional-col-mean = Rata-rata
regional-col-band = { $band } (mulai dari { $min })
regional-overall = Skor keseluruhan
regional-col-action = Tindakan praktis
regional-col-na = Tidak berlaku
regional-col-none = Belum dijawab
regional-col-support = Dukungan yang dibutuhkan
regional-bands-legend = Jumlah negara yang skornya berada dalam setiap kategori daftar periksa.
regional-hardest-legend = Jumlah negara per jawaban: { $levels }; lalu “Tidak berlaku” dan “Belum dijawab”. Diurutkan menurut rata-rata tingkat di antara negara-negara yang baginya tindakan tersebut berlaku, dimulai dari yang terendah.
regional-support-fewer = <{ $k }
regional-summary-combines =
    { $count ->
        [one] Laporan ini menggabungkan penilaian dari 1 Negara Anggota ASEAN. Laporan ini menunjukkan sejauh mana kawasan secara keseluruhan telah melaksanakan setiap norma dan dalam hal apa negara-negara meminta dukungan; laporan ini tidak menampilkan skor maupun jawaban masing-masing negara.
       *[other] Laporan ini menggabungkan penilaian dari { $count } Negara Anggota ASEAN, satu penilaian per negara. Laporan ini menunjukkan sejauh mana kawasan secara keseluruhan telah melaksanakan setiap norma dan dalam hal apa negara-negara meminta dukungan; laporan ini tidak menampilkan skor maupun jawaban masing-masing negara.
    }
regional-summary-too-few =
    { $count ->
        [one] Dengan satu negara, tidak ada lagi yang dapat ditampilkan: setiap angka akan berasal dari { $fewer }. Hanya jumlah negara yang dicantumkan.
       *[other] Dengan { $count } negara, tidak ada lagi yang dapat ditampilkan: setiap angka akan berasal dari { $fewer }. Hanya jumlah negara yang dicantumkan.
    }
regional-summary-median = Median skor keseluruhan adalah { $median } dari 100; skor keseluruhan negara-negara berkisar antara { $min } dan { $max }.
regional-summary-furthest = Pelaksanaan paling maju pada { $high } (median { $high_median }) dan memiliki ruang pengembangan terbesar pada { $low } (median { $low_median }).
regional-summary-withheld = Angka yang berasal dari { $fewer } disembunyikan, demikian pula setiap jumlah yang memungkinkan angka tersebut diketahui melalui pengurangan; bagian Metode di akhir laporan memuat aturan rincinya.
regional-section-summary = Ringkasan
regional-section-method = Metode
regional-section-about = Tentang laporan ini
regional-section-norms = Sebaran per norma
regional-section-areas = Sebaran per bidang fokus
regional-section-bands = Negara per kategori
regional-section-hardest = Sepuluh tindakan praktis tersulit
regional-section-support = Dukungan yang dibutuhkan
regional-support-intro = Negara Anggota yang meminta setiap jenis dukungan untuk sedikitnya satu tindakan praktis dari suatu norma (kolom: norma-norma).
regional-method-one-per-state = Untuk setiap Negara Anggota hanya satu penilaian yang dihitung, yaitu penilaian yang terakhir diubah. Berkas yang lebih lama dari negara yang sama tidak disertakan dan dicantumkan sebagai penilaian yang digantikan.
regional-method-scores = Skor setiap negara dihitung seperti dalam laporannya sendiri: butir yang berlaku bernilai tingkatnya dibagi tingkat tertinggi ({ $max }), butir yang belum dijawab bernilai 0; butir yang ditandai tidak berlaku dikecualikan; skor suatu norma adalah 100 × rata-rata tertimbang dari butir-butirnya yang berlaku, skor keseluruhan adalah rata-rata skor norma, dan skor suatu bidang fokus adalah rata-rata tertimbang atas butir-butir yang ditandai dengan bidang fokus tersebut.
regional-method-figures = Untuk setiap norma, bidang fokus, dan skor keseluruhan: jumlah negara yang memiliki skor, skor terendah, median (rata-rata dari dua nilai tengah jika jumlah negara genap), skor tertinggi, dan rata-rata skor mereka, serta jumlah negara dalam setiap kategori.
regional-method-threshold = Ambang anonimitas: { $k } negara. Jika jumlah seluruh negara kurang dari { $k }, hanya jumlah negara yang ditampilkan. Skor terendah, median, tertinggi, dan rata-rata suatu norma atau bidang fokus hanya ditampilkan apabila sedikitnya { $k } negara memiliki skor di sana (jika tidak: “{ $fewer }”).
regional-method-counts =
    { $k ->
        [1] Dengan ambang 1, tidak ada jumlah yang disembunyikan.
        [2] Jumlah 1 negara disembunyikan; jumlah 0 ditampilkan.
       *[other] Jumlah 1 sampai { $below } negara disembunyikan; jumlah 0 ditampilkan.
    }
regional-method-totals = Jumlah-jumlah yang bersama-sama membentuk total yang diketahui — kategori suatu norma bersama negara yang tidak memiliki skor, serta jawaban atas suatu tindakan bersama “tidak berlaku” dan “belum dijawab” — dilindungi bersama-sama: begitu salah satunya disembunyikan, jumlah lain yang terkecil juga disembunyikan hingga jumlah yang disembunyikan sedikitnya ada dua, bersama-sama mencapai sedikitnya nilai ambang, dan tidak mungkin semuanya tepat satu. Dengan demikian, mengurangkan jumlah yang ditampilkan dari totalnya hanya mengungkap bahwa cukup banyak negara berada di suatu tempat di antara jumlah yang disembunyikan. Jumlah negara suatu norma disembunyikan apabila jumlah negara tanpa skor pada norma tersebut disembunyikan.
regional-method-support = Jumlah dukungan tidak memiliki total (suatu negara dapat meminta beberapa jenis dukungan), sehingga jumlah dukungan yang disembunyikan selalu berarti { $fewer } (dicetak “<{ $k }”).
regional-method-hardest = { $count } tindakan praktis tersulit adalah tindakan dengan rata-rata tingkat terendah di antara negara-negara yang baginya tindakan tersebut berlaku; tindakan yang berlaku bagi { $fewer } tidak diperingkat.
regional-method-named = Nama negara disebutkan karena setiap negara telah menyetujuinya; angka-angkanya tetap merupakan angka regional yang sama.
regional-method-unnamed = Tidak ada negara yang disebutkan namanya. Negara-negara diberi nomor dengan urutan yang tidak mengikuti nama negara maupun urutan berkas, dan tidak ada kolom per negara.
regional-method-voluntary = Norma-norma ini bersifat sukarela dan tidak mengikat: angka-angka ini menggambarkan pandangan negara-negara sendiri atas pelaksanaannya, bukan peringkat.

## Perbandingan penilaian dan skor dari waktu ke waktu (normcheck compare, normcheck trend)

compare-heading = Kemajuan dari { $old } ke { $new }
compare-col-norm = Norma
compare-col-old = Lama
compare-col-new = Baru
compare-col-delta = Selisih
compare-overall = Keseluruhan
compare-items-changed =
    { $count ->
        [0] Tidak ada butir yang berubah.
        [one] 1 butir berubah:
       *[other] { $count } butir berubah:
    }
compare-improved = membaik
compare-regressed = menurun
compare-changed = berubah
compare-added = ditambahkan
compare-removed = dihapus
compare-empty = (kosong)
compare-overall-line = Skor keseluruhan { $old } → { $new } ({ $change }), membandingkan { $earlier } dengan { $later }.
compare-list-improved = Membaik
compare-list-regressed = Menurun
compare-list-other = Berubah, ditambahkan, atau dihapus
trend-title = Skor dari waktu ke waktu
trend-intro =
    { $count ->
        [one] 1 penilaian { $state }, diurutkan menurut periode pelaporan (atau menurut tanggal jika periode tidak tercantum). Skor mengikuti aturan penskoran yang berlaku dalam daftar periksa masing-masing penilaian.
       *[other] { $count } penilaian { $state }, diurutkan menurut periode pelaporan (atau menurut tanggal jika periode tidak tercantum). Skor mengikuti aturan penskoran yang berlaku dalam daftar periksa masing-masing penilaian.
    }
trend-intro-span = { $count } penilaian { $state } dari { $first } sampai { $last }, diurutkan menurut periode pelaporan (atau menurut tanggal jika periode tidak tercantum). Skor mengikuti aturan penskoran yang berlaku dalam daftar periksa masing-masing penilaian.
trend-chart = Skor keseluruhan dan per norma (0–100)
trend-figures = Angka-angka

## Tampilan regional (Berkas → Tampilan regional…)

regional-view-title = Tampilan regional
regional-view-intro = Apa yang telah dilaksanakan kawasan secara keseluruhan dan dalam hal apa negara-negara meminta dukungan, berdasarkan penilaian beberapa negara — tanpa mengungkap satu negara pun.
regional-view-checklist = Berkas daftar periksa (jika bukan bawaan):
regional-view-optional = opsional
regional-view-threshold = Ambang anonimitas:
regional-view-states-suffix = { " " }negara
regional-view-named = Sebutkan nama negara (hanya jika setiap negara telah menyetujuinya)
regional-view-show = Tampilkan angka
regional-view-opening = Membuka berkas…
regional-view-files = Berkas penilaian, satu per baris:
regional-view-choose = Pilih berkas…
regional-view-passphrase = Frasa sandi untuk berkas yang dilindungi:
regional-view-export-heading = Ekspor laporan regional
regional-view-pdf-file = Berkas PDF:
regional-view-a4 = A4
regional-view-letter = US Letter
regional-view-export = Ekspor PDF
regional-view-nothing-written = Tidak ada yang ditulis.
regional-view-no-dialog = Dialog berkas tidak dapat ditampilkan pada sistem ini: ketik jalur berkas, satu per baris.
regional-view-not-exported = Laporan regional tidak dapat diekspor: { $reason }
regional-view-stopped = Pekerjaan berhenti secara tak terduga.
regional-view-combined =
    { $count ->
        [one] Penilaian dari 1 negara telah digabungkan
       *[other] Penilaian dari { $count } negara telah digabungkan
    }
regional-view-box-how = Setiap kotak membentang dari skor negara terendah hingga tertinggi, dengan median sebagai garis tengahnya; persegi kosong menunjukkan rata-rata. Kuartil tidak digambarkan: dengan sedikit negara, kuartil akan mengungkap skor masing-masing negara.
regional-view-notes =
    { $count ->
        [one] Hanya untuk Anda: 1 catatan yang menyebutkan nama berkas
       *[other] Hanya untuk Anda: { $count } catatan yang menyebutkan nama berkas
    }
regional-view-score-axis = Skor (0–100)
regional-view-boxes = Terendah hingga tertinggi, median
regional-view-mean = Rata-rata
regional-view-dialog = Tampilan regional — pilih penilaian negara-negara
regional-view-files-filter = Berkas normcheck (JSON, .age yang dilindungi)
regional-view-type-passphrase = { $file } dilindungi: ketik frasa sandinya di atas
regional-view-give-checklist = { $error }; tentukan berkasnya pada isian “Berkas daftar periksa”

## Pesan baris perintah

cli-nothing-written-problems =
    { $file }: tidak ada yang ditulis: { $count ->
        [one] 1 masalah
       *[other] { $count } masalah
    }
cli-checklist-written = { $file } telah ditulis ({ $norms } norma, { $items } butir)

## Buku kerja daftar periksa (normcheck checklist export / template): nama lembar dan nama kolom tetap dalam bahasa Inggris karena dibaca kembali saat impor

checklist-sheet-title = Daftar periksa normcheck — { $title } (versi { $version })
checklist-sheet-template-title = Templat daftar periksa normcheck
checklist-sheet-howto-import = Buku kerja ini adalah daftar periksa normcheck: apa yang ditanyakan, dan dengan skala apa. Isi lembar-lembarnya, lalu jalankan: normcheck checklist import FILE.xlsx -o CHECKLIST.json
checklist-sheet-howto-details = Checklist: ID daftar periksa (penilaian merujuk pada ID ini; jangan pernah mengubahnya setelah ada penilaian yang menggunakannya), versi, judul, dan deskripsinya, serta apakah butir boleh ditandai tidak berlaku (Yes [ya] atau No [tidak]).
checklist-sheet-howto-sources = Sources: dokumen yang menjadi rujukan daftar periksa (ID seperti A/70/174, judul, catatan).
checklist-sheet-howto-scale = Scale: tingkat jawaban, dimulai dari yang terendah: nilai berupa bilangan bulat, label singkat, dan artinya.
checklist-sheet-howto-bands = Bands: label untuk rentang skor (kategori), dimulai dari yang terendah: skor minimum (0–100) dan labelnya.
checklist-sheet-howto-areas = Focus areas: bidang lintas norma yang dapat digunakan untuk menandai butir (ID, judul, deskripsi).
checklist-sheet-howto-norms = Norms: satu baris untuk setiap norma (ID seperti a, judul, ringkasan, sumber, jenis: positive [mengimbau negara-negara untuk bertindak], restraint [mengimbau negara-negara untuk menahan diri], atau mixed [keduanya]).
checklist-sheet-howto-items = Items: satu baris untuk setiap tindakan praktis, secara berurutan: ID unik (seperti a.1), ID normanya, teks, panduan, petunjuk bukti, ID bidang fokus yang dipisahkan dengan koma, bobot di atas 0 (kosong berarti 1), dan dasarnya.
checklist-sheet-howto-translations = Translations: teks daftar periksa dalam bahasa lain. Setiap baris berisi satu teks (kuncinya dan teks bahasa Inggrisnya); tambahkan kolom dengan kode bahasa sebagai judul kolom (th, vi, id, km, lo, my, ms, fil, ...) dan tulis teks-teksnya di kolom tersebut. Sel yang kosong tetap menggunakan teks bahasa Inggris.
checklist-sheet-howto-problems = Impor memeriksa buku kerja seperti berkas daftar periksa dan menyebutkan sel tempat setiap masalah ditemukan (misalnya Items!G5).
cli-warning-label = peringatan
cli-note-label = catatan
cli-file-exists = { $file }: berkas sudah ada; pilih nama lain atau tambahkan --force untuk menggantinya
cli-file-exists-force = { $file }: berkas sudah ada; tambahkan --force untuk menggantinya
cli-stdout-failed = tidak dapat menulis ke keluaran standar: { $reason }
cli-pdf-needs-output = PDF tidak ditulis ke keluaran standar: berikan -o FILE.pdf
cli-no-assessments = tidak ada penilaian yang diberikan
cli-two-assessments = diperlukan dua penilaian
cli-valid-checklist = daftar periksa “{ $id }” versi { $version } valid ({ $norms } norma, { $items } butir, { $areas } bidang fokus)
cli-valid-spreadsheet = { $summary } (lembar kerja)
cli-valid-session = penilaian yang valid untuk daftar periksa “{ $id }” ({ $answered } dari { $items } butir telah dijawab)
cli-valid-protected = dilindungi: { $summary }
cli-differing-checklist = { $file }: peringatan: berkas daftar periksa { $checklist } berbeda dari salinan daftar periksa “{ $id }” versi { $version } yang tersimpan dalam penilaian; pemeriksaan dilakukan terhadap salinan tersimpan (tambahkan --use-checklist-file untuk memeriksa terhadap berkas tersebut)
cli-score-no-state = (Negara Anggota tidak disebutkan)
cli-score-norm = Norma
cli-score-score = Skor
cli-score-band = Kategori
cli-score-completion = Kelengkapan
cli-score-overall = Keseluruhan (rata-rata norma)
cli-score-area = Bidang fokus
cli-score-answered = { $answered } dari { $items } butir telah dijawab ({ $na } tidak berlaku).
cli-member-state-empty = --member-state tidak boleh kosong
cli-created = { $file } dibuat untuk { $state } ({ $items } butir, daftar periksa { $id } { $version })
cli-already-protected = { $file }: penilaian sudah dilindungi (gunakan normcheck unprotect terlebih dahulu, atau ganti frasa sandi di aplikasi)
cli-protected = { $file } telah dilindungi dengan frasa sandi
cli-protected-name-hint = { $file } telah dilindungi dengan frasa sandi (beri nama *.{ $extension } pada berkas yang dilindungi agar mudah dibedakan)
cli-not-protected = { $file }: penilaian tidak dilindungi; tidak ada yang perlu dilakukan
cli-unprotected = { $file } ditulis sebagai JSON biasa: siapa pun yang dapat membaca berkas ini dapat membaca penilaian ini
cli-pass-needs-terminal = { $file }: berikan --passphrase-file atau jalankan di terminal untuk memilih frasa sandi
cli-pass-new = Frasa sandi baru untuk { $file }:{ " " }
cli-pass-again = Ulangi frasa sandi yang sama:{ " " }
cli-pass-differ = kedua frasa sandi tidak sama; tidak ada yang ditulis
cli-pass-for = Frasa sandi untuk { $file }:{ " " }
cli-pass-unreadable = frasa sandi tidak dapat dibaca: { $reason }
cli-pass-empty = frasa sandi kosong
cli-pass-not-utf8 = { $file }: frasa sandi bukan teks UTF-8
cli-upgrade-wrote = { $file } telah ditulis: penilaian dipindahkan dari daftar periksa versi { $from } ke { $to } ({ $input } tidak berubah)
cli-upgrade-carried = jawaban yang dibawa serta menurut ID butir: { $count }
cli-upgrade-merged-both = { $old } digabung ke dalam { $into }: keduanya telah dijawab: tingkat yang lebih rendah dipertahankan, beserta kedua catatannya yang masing-masing diberi label
cli-upgrade-merged = { $old } digabung ke dalam { $into }: jawabannya dipindahkan ke { $into }
cli-upgrade-removed = { $id } dihapus; jawabannya tidak disertakan dalam berkas baru. { $why }
cli-upgrade-added = butir baru yang belum dijawab: { $ids }
cli-no-folder = { $folder }: folder tidak ada
cli-no-agencies = { $file }: belum ada butir yang memiliki instansi penanggung jawab; tetapkan instansi terlebih dahulu (isian owner, atau Tetapkan instansi penanggung jawab di aplikasi)
cli-split-part =
    { $agency }: { $count ->
        [one] 1 butir
       *[other] { $count } butir
    } → { $file }
cli-split-protected = Kontribusi dilindungi dengan frasa sandi penilaian.
cli-split-unassigned =
    { $count ->
        [one] 1 butir belum memiliki instansi penanggung jawab dan tetap ditangani koordinator.
       *[other] { $count } butir belum memiliki instansi penanggung jawab dan tetap ditangani koordinator.
    }
cli-merged =
    { $changes ->
        [one] 1 perubahan
       *[other] { $changes } perubahan
    } dari { $contributions ->
        [one] 1 kontribusi
       *[other] { $contributions } kontribusi
    } telah digabungkan ke { $file }
cli-conflict = CONFLICT { $item } { $field }: dipertahankan { $kept }; { $values }
cli-conflicts-to-settle =
    { $count ->
        [one] 1 konflik perlu diselesaikan
       *[other] { $count } konflik perlu diselesaikan
    }: buka { $file } di normcheck (daftarnya ditampilkan melalui Berkas → Gabungkan kontribusi…).
cli-sheet-not-encrypted = { $file }: penilaian ini dilindungi, tetapi lembar kerjanya tidak dienkripsi: simpan dan kirimkan dengan hati-hati
cli-sheet-changed =
    { $count ->
        [one] 1 butir berubah
       *[other] { $count } butir berubah
    }
cli-sheet-changed-partial =
    { $count ->
        [one] 1 butir berubah
       *[other] { $count } butir berubah
    }; { $cells ->
        [one] 1 sel dilewati (--partial)
       *[other] { $cells } sel dilewati (--partial)
    }
cli-sheet-nothing-written =
    tidak ada yang ditulis: { $cells ->
        [one] 1 sel tidak dapat digunakan (perbaiki sel tersebut, atau tambahkan --partial untuk menulis sisanya)
       *[other] { $cells } sel tidak dapat digunakan (perbaiki sel-sel tersebut, atau tambahkan --partial untuk menulis sisanya)
    }
cli-not-a-language-code = “{ $code }” bukan kode bahasa (misalnya lo, my, atau th)
cli-translate-wrote = { $file } telah ditulis: { $messages } pesan ({ $translated } sudah diterjemahkan) dan { $texts } teks daftar periksa
cli-cannot-read = { $file }: tidak dapat dibaca: { $reason }
cli-translate-nothing-installed =
    { $file }: tidak ada yang dipasang: { $count ->
        [one] 1 sel perlu diperbaiki
       *[other] { $count } sel perlu diperbaiki
    }
cli-translate-installed = { $code } telah dipasang ({ $messages } pesan, { $texts } teks daftar periksa) di { $folder }
cli-translate-no-text = daftar periksa bawaan tidak memiliki teks “{ $key }”
cli-translate-no-data-folder = komputer ini tidak memiliki folder data untuk normcheck
cli-translate-bad-message = bukan pesan yang valid: periksa kurung kurawalnya { "{" } { "}" } dan, pada pilihan berdasarkan angka, [varian]-nya
cli-translate-unknown-id = normcheck tidak memiliki pesan “{ $id }”
cli-translate-missing = { $id } tidak ada
cli-translate-placeables-lost = { $placeables } hilang: pertahankan persis seperti yang tertulis dalam teks bahasa Inggris
cli-translate-placeables-unknown = memuat { $placeables }, yang tidak ada dalam teks bahasa Inggris
cli-origin-builtin = bawaan
cli-origin-installed = dipasang di { $folder }
cli-origin-pseudo = bahasa semu untuk pengujian
cli-translate-language = { $code } { $name }: { $own }/{ $total } pesan, { $translated }/{ $texts } teks daftar periksa ({ $origin })
cli-hint-give-checklist = berikan berkasnya dengan --checklist FILE
cli-hint-give-passphrase = berikan --passphrase-file atau jalankan di terminal
cli-hint-use-checklist-file = tambahkan --use-checklist-file untuk membaca penilaian dengan berkas tersebut
cli-hint-see-every-problem = jalankan normcheck validate untuk melihat semua masalah
cli-hint-import-spreadsheet = lembar kerja penilaian dimasukkan ke berkas penilaiannya dengan `normcheck sheet import`; lembar kerja daftar periksa diberikan sebagai daftar periksa (--checklist FILE.xlsx)
cli-hint-prepare-contributions = buat kontribusi dengan normcheck split
cli-hint-name-member-state = sebutkan dengan `normcheck new --member-state`, atau di aplikasi pada Rincian
cli-hint-one-checklist = atau berikan --checklist FILE untuk membaca semua berkas dengan satu daftar periksa

## Masalah yang ditemukan dalam berkas, dan alasan suatu berkas ditolak

problem-at = pada { $path }: { $message }
problem-error = kesalahan: { $problem }
problem-warning = peringatan: { $problem }
problems-none = tidak ada masalah
problems-many = { $count } masalah: { $list }
json-ends-early = berkas berakhir terlalu awal (mungkin terpotong atau tidak tersalin sepenuhnya) pada baris { $line } kolom { $column }
json-syntax = berkas bukan JSON yang valid (mungkin rusak): { $detail }
json-unreadable = berkas tidak dapat dibaca: { $detail }
json-unexpected = isi yang tidak terduga: { $detail }
problem-empty = tidak boleh kosong
problem-scale-empty = skala tidak memiliki tingkat
problem-level-twice = nilai tingkat { $value } muncul lebih dari sekali
problem-level-negative = nilai tingkat harus 0 atau lebih
problem-levels-order = nilai tingkat harus berurutan dari kecil ke besar
problem-top-level-zero = tingkat tertinggi harus di atas 0, karena nilainya digunakan sebagai pembagi dalam penghitungan skor
problem-band-outside = { $min } berada di luar 0–100
problem-bands-order = skor minimum kategori harus berurutan dari kecil ke besar
problem-bands-start = kategori pertama tidak dimulai dari 0: skor yang lebih rendah tidak masuk kategori mana pun
problem-area-twice = ID bidang fokus "{ $id }" muncul lebih dari sekali
problem-no-norms = daftar periksa tidak memiliki norma
problem-norm-twice = ID norma "{ $id }" muncul lebih dari sekali
problem-norm-empty = norma "{ $id }" tidak memiliki butir
problem-area-unused = tidak ada butir yang menggunakan bidang fokus "{ $id }"; bidang fokus ini tidak akan memiliki skor
problem-item-twice = ID butir "{ $id }" sudah digunakan pada { $first }
problem-weight = bobot harus di atas 0 dan paling tinggi { $max }, tetapi ditemukan { $found }
problem-area-unknown = bidang fokus "{ $id }" tidak dikenal
problem-area-listed-twice = bidang fokus "{ $id }" dicantumkan dua kali
problem-not-language-code = "{ $code }" bukan kode bahasa (misalnya "th" atau "vi")
problem-translation-unused = daftar periksa tidak memiliki teks "{ $key }"; terjemahan ini tidak digunakan
problem-other-checklist = penilaian dibuat untuk daftar periksa "{ $session }", bukan "{ $checklist }"
problem-other-version = penilaian dibuat dengan daftar periksa versi "{ $session }"; penilaian dibaca dengan versi "{ $checklist }"
problem-no-such-item = daftar periksa tidak memiliki butir ini; jawabannya dipertahankan tetapi tidak dihitung dalam skor
problem-not-a-level = { $level } bukan tingkat pada skala (yang diperbolehkan: { $allowed })
problem-na-not-allowed = daftar periksa ini tidak memperbolehkan butir ditandai tidak berlaku
problem-na-unjustified = ditandai tidak berlaku tanpa alasan
problem-copy-format = seharusnya "{ $expected }", tetapi ditemukan "{ $found }"
problem-copy-version = seharusnya 1 sampai { $max }, tetapi ditemukan { $found }
problem-copy-other-checklist = salinan ini adalah daftar periksa "{ $copy }", tetapi penilaian dibuat untuk "{ $session }"
problem-level-and-na = jawaban tidak boleh memiliki tingkat sekaligus ditandai tidak berlaku
problem-differing-checklist = berkas daftar periksa { $file } berbeda dari salinan daftar periksa "{ $id }" versi { $version } yang tersimpan dalam penilaian; salinan tersimpan yang digunakan
cell-not-a-level = "{ $text }" bukan tingkat pada skala ({ $levels })
cell-level-mismatch = tingkat { $value } adalah "{ $label }", bukan "{ $text }": pilih dari daftar atau ketik angkanya saja
cell-not-yes-no = "{ $text }" bukan Ya maupun Tidak (Yes/No)
cell-not-a-date = bukan tanggal
cell-number-not-date = { $text } adalah angka, bukan tanggal (YYYY-MM-DD)
cell-text-not-date = "{ $text }" bukan tanggal (YYYY-MM-DD)
cell-not-a-priority = "{ $text }" bukan prioritas ({ $priorities })
cell-not-a-support-kind = "{ $text }" bukan jenis dukungan ({ $kinds }); tulis catatan di baris-baris di bawah jenis dukungan
cell-no-support-kind = sebutkan sedikitnya satu jenis dukungan di baris pertama
cell-item-twice = butir "{ $item }" juga terdapat di baris { $row }
cell-no-item-id = baris ini berisi jawaban tetapi tidak memiliki ID butir
cell-unknown-item = daftar periksa "{ $checklist }" tidak memiliki butir "{ $item }"
cell-level-and-na = tingkat dan Tidak berlaku diisi bersamaan: kosongkan tingkatnya atau ubah Tidak berlaku menjadi Tidak
cell-language-code = "{ $code }" bukan kode bahasa (misalnya th atau vi)
cell-language-here = kode bahasa (misalnya lo atau my) harus ditulis di sini, di samping "Language"
field-not-a-date = "{ $text }" bukan tanggal
field-not-true-false = seharusnya true atau false, tetapi ditemukan { $found }
field-not-support = bukan data dukungan: { $detail }
field-unknown = "{ $field }" bukan isian jawaban
field-not-text = seharusnya teks, tetapi ditemukan { $found }
field-not-a-level = { $found } bukan tingkat
field-not-level-na = { $found } bukan tingkat, "na", atau null
field-not-references = seharusnya daftar rujukan, tetapi ditemukan { $found }
field-not-a-priority = "{ $text }" bukan prioritas
cell-not-a-checklist-field = "{ $field }" bukan isian daftar periksa ({ $fields })
cell-level-whole-number = nilai tingkat harus berupa bilangan bulat
cell-band-number = skor minimum harus berupa angka (0–100)
cell-not-a-kind = "{ $kind }" bukan jenis yang dikenal (positive, restraint, atau mixed)
cell-not-a-norm = "{ $norm }" bukan ID norma pada lembar { $sheet }
cell-weight-number = bobot harus berupa angka di atas 0
read-failed = berkas tidak dapat dibaca: { $reason }
read-too-large = ukuran berkas { $size } byte, melebihi batas { $limit } byte; berkas ini bukan berkas normcheck
protect-wrong-passphrase = frasa sandi salah
protect-not-passphrase = berkas ini dienkripsi untuk sebuah kunci, bukan dilindungi dengan frasa sandi; normcheck hanya membuka berkas yang dilindungi dengan frasa sandi
protect-too-much-work = perlindungan frasa sandinya meminta faktor kerja { $required }, melebihi batas { $max }; berkas tidak dibuka (berkas yang dibuat dengan cara ini dapat memerlukan beberapa menit dan beberapa gigabyte memori untuk dibuka)
protect-damaged = berkas yang dilindungi rusak: { $detail }
protect-encrypt-failed = enkripsi gagal: { $detail }
io-permission = izin ditolak (Anda mungkin tidak berwenang menulis di lokasi tersebut, atau program lain sedang menggunakan berkas tersebut)
io-disk-full = disk penuh
io-read-only-drive = drive bersifat baca-saja
io-quota = kuota disk terlampaui
io-no-folder = folder tidak ada
doc-noun-checklist = daftar periksa
doc-noun-session = penilaian
doc-noun-recovery = salinan simpan otomatis
doc-noun-checklist-or-session = daftar periksa atau penilaian
doc-wrong-format = ini bukan berkas { $expected } normcheck ({ $found })
doc-bad-version = "format_version" harus berupa bilangan bulat mulai dari 1, tetapi ditemukan { $found }
doc-no-version = "format_version" harus berupa bilangan bulat mulai dari 1, tetapi isian tersebut tidak ada
doc-too-new = berkas { $noun } ini dibuat oleh versi normcheck yang lebih baru (versi format { $found }; versi ini dapat membaca hingga versi format { $supported }); perbarui normcheck untuk membukanya
doc-migration = tidak dapat meningkatkan berkas dari versi format { $from }: { $detail }
doc-shape = pada { $path }: { $detail }
doc-top-level = bagian teratas
doc-spreadsheet = ini bukan berkas { $expected } normcheck (berkas ini adalah lembar kerja)
doc-assessment-spreadsheet = ini adalah lembar kerja penilaian, bukan daftar periksa
doc-not-workbook = ini bukan lembar kerja (.xlsx): { $found }
found-top-level = bagian teratas berkas berupa { $kind }, bukan objek
found-no-format = berkas ini tidak memiliki isian "format"
found-normcheck-file = berkas ini adalah berkas { $noun } normcheck
found-format-is = isian "format" berisi "{ $format }"
found-format-type = isian "format" berupa { $kind }
found-format-unknown = isian "format" tidak ada atau tidak dikenal
found-protected-checklist = berkas ini dilindungi dengan frasa sandi; daftar periksa tidak pernah dilindungi
found-protected-inside = berkas ini dilindungi dengan frasa sandi di dalam berkas lain yang dilindungi
found-protected = berkas ini dilindungi dengan frasa sandi
found-json = berkas ini adalah berkas JSON
found-not-workbook = berkas ini bukan buku kerja yang dapat dibaca normcheck
json-type-null = null
json-type-boolean = nilai boolean
json-type-number = angka
json-type-string = teks (string)
json-type-array = larik (array)
json-type-object = objek
open-not-built-in = { $file }: penilaian menggunakan daftar periksa "{ $id }", yang bukan bawaan dan tidak tersimpan dalam penilaian
open-copy-damaged = { $file }: salinan daftar periksa yang tersimpan dalam penilaian rusak: { $problem }
open-passphrase-needed = { $file } dilindungi
open-wrong-passphrase = { $file }: frasa sandi salah
open-and-more = { $first } (dan { $more } lainnya)
open-does-not-fit = penilaian tidak sesuai dengan daftar periksanya
write-folder-missing = { $file } tidak dapat ditulis: folder { $folder } tidak ada
write-not-a-file = { $file } tidak dapat ditulis: jalur tersebut adalah { $kind }, bukan berkas biasa; pilih nama berkas
write-kind-folder = folder
write-kind-device = perangkat
write-kind-socket = soket
write-kind-broken-link = tautan ke berkas yang tidak ada
write-kind-other = objek lain
write-read-only = { $file } bersifat baca-saja; berkas tersebut dibiarkan apa adanya (pilih berkas lain, atau izinkan penggantiannya)
write-is-input = { $file } juga merupakan berkas masukan; menulis ke berkas tersebut akan merusaknya, sehingga tidak ada yang ditulis (pilih berkas keluaran lain)
write-locked = { $file } tidak dapat ditulis: berkas sedang digunakan oleh program lain (dicoba { $tries } kali selama { $seconds } detik); tutup berkas di program tersebut, lalu simpan lagi — berkas dibiarkan seperti semula
write-failed = { $file } tidak dapat ditulis: { $reason }
save-unfit = { $file }: tidak disimpan, karena berkas tidak dapat dibuka kembali: { $problems }
save-encode = { $file }: penilaian tidak dapat dikodekan: { $detail }
workbook-write-failed = lembar kerja tidak dapat ditulis: { $detail }
workbook-too-long = isi { $column } pada butir { $item } lebih panjang daripada yang dapat dimuat satu sel lembar kerja ({ $max } karakter); persingkat terlebih dahulu
workbook-unreadable = bukan buku kerja .xlsx yang dapat dibaca: { $detail }
workbook-missing-sheet = buku kerja tidak memiliki lembar bernama "{ $sheet }"
workbook-too-far = { $cell } berisi nilai di luar { $rows } baris dan { $columns } kolom yang dibaca normcheck; hapus nilai tersebut (atau semua isi setelah baris terakhir yang digunakan), lalu coba lagi
workbook-too-big = setelah diekstrak, ukuran buku kerja ini lebih dari { $megabytes } MB, jauh melebihi kebutuhan daftar periksa atau penilaian mana pun; buku kerja ini mungkin rusak atau sengaja dibuat untuk menghabiskan memori
workbook-missing-column = { $sheet }!{ $cell }: baris judul kolom tidak memiliki kolom "{ $column }"
edit-unknown-item = daftar periksa tidak memiliki butir "{ $item }"
edit-unknown-level = { $level } bukan tingkat pada skala
edit-no-conflict = tidak ada konflik pada isian { $field } butir { $item }
merge-not-contribution = { $name }: ini bukan kontribusi
merge-other-session = { $name }: kontribusi ini disiapkan dari penilaian lain ({ $origin }), bukan dari penilaian ini ({ $base })
merge-other-checklist = { $name }: kontribusi ini untuk daftar periksa { $found }; penilaian menggunakan { $expected }
merge-already-merged = { $name }: kontribusi { $agency } yang disiapkan pada { $prepared } sudah digabungkan ke penilaian ini
merge-given-twice = { $name }: kontribusi yang sama diberikan dua kali
upgrade-not-built-in = daftar periksa "{ $id }" versi { $version } bukan bawaan normcheck, sehingga normcheck tidak mengetahui versi yang lebih baru dari daftar periksa tersebut
upgrade-no-way = normcheck tidak mengetahui cara memindahkan daftar periksa "{ $id }" dari versi { $from } ke versi { $to }
upgrade-contribution = ini adalah kontribusi "{ $agency }"; kontribusi ini harus digabungkan terlebih dahulu ke penilaian koordinator, baru kemudian penilaian tersebut dapat dipindahkan
upgrade-scale-changed = versi { $from } dan { $to } menggunakan skala yang berbeda, sehingga tingkat tidak dapat dibawa serta
upgrade-invalid = penilaian yang dipindahkan tidak akan valid: { $detail }
regional-no-inputs = tidak ada penilaian yang diberikan
regional-zero-threshold = ambang anonimitas harus sedikitnya 1 negara
regional-no-state = { $file }: penilaian tidak menyebutkan Negara Anggota; tampilan regional memerlukan nama setiap negara
regional-contribution = { $file }: ini adalah kontribusi { $agency } untuk penilaian nasional, bukan penilaian suatu negara; gabungkan terlebih dahulu ke penilaian nasional
regional-checklist-differs = { $file }: dibuat dengan daftar periksa { $found }, tetapi { $first_file } dengan { $first }; tampilan regional memerlukan satu versi daftar periksa yang sama
regional-same-update = { $second }: penilaian { $state }, terakhir diubah pada waktu yang sama dengan { $first }; berikan hanya penilaian yang seharusnya dihitung
report-layout-failed = tata letak laporan PDF tidak dapat disusun: { $detail }
language-unknown = tidak ada bahasa "{ $code }"; yang tersedia: { $available }
regional-note-superseded = { $file }: digantikan oleh { $newer }, penilaian { $state } yang lebih baru
regional-note-incomplete = { $file }: penilaian { $state } baru { $percent } selesai; butir yang belum dijawab dihitung 0
cell-number-not-level = { $value } bukan tingkat pada skala ({ $levels })
error-not-recovered = Pekerjaan yang belum disimpan tidak dapat dipulihkan
status-not-changed = Tidak diubah: { $reason }
error-window = jendela tidak dapat dibuka: { $reason }
export-stopped = ekspor berhenti secara tak terduga
ui-hint-give-checklist = pilih berkas daftar periksa tersebut
ui-hint-give-passphrase = ketik frasa sandinya
ui-hint-use-checklist-file = pilih “Gunakan berkas daftar periksa” untuk membacanya dengan berkas tersebut
ui-hint-see-every-problem = jalankan `normcheck validate` pada berkas ini untuk melihat daftar lengkapnya
ui-hint-import-spreadsheet = lembar kerja penilaian dimasukkan ke penilaiannya melalui Berkas > Impor lembar kerja…; lembar kerja daftar periksa dipilih sebagai daftar periksa untuk penilaian baru
ui-hint-prepare-contributions = buat kontribusi melalui Siapkan kontribusi… di layar Tim
ui-hint-name-member-state = isi di Rincian
ui-hint-one-checklist = atau pilih satu berkas pada “Berkas daftar periksa” untuk membaca semua berkas dengannya
pass-too-short = Gunakan sedikitnya { $count } karakter.
status-undone = Diurungkan: { $what }
status-redone = Diulangi: { $what }
status-nothing-to-undo = Tidak ada yang dapat diurungkan
status-nothing-to-redo = Tidak ada yang dapat diulangi
status-no-checklist-chosen = Tidak ada yang dibuka: tidak ada berkas daftar periksa yang dipilih untuk { $file }
dialog-filter-pdf = Dokumen PDF
dialog-filter-workbook = Buku kerja Excel
dialog-filter-checklists = Daftar periksa (JSON, buku kerja Excel)
dialog-filter-sessions = Berkas normcheck (JSON, .age yang dilindungi)
dialog-none = Dialog berkas tidak dapat ditampilkan pada sistem ini. Ketik jalur lengkap berkas sebagai gantinya.
import-field-level = Tingkat / Tidak berlaku
write-kind-pipe = pipa bernama (named pipe)

status-software-drawing = Kartu grafis tidak digunakan: jendela digambar oleh prosesor ({ $adapter } melalui { $api }); aplikasi tetap berfungsi, tetapi mungkin lebih lambat.
startup-failed = normcheck tidak dapat dimulai

protect-damaged-unknown-format = berkas ini menggunakan format age yang tidak dikenal oleh versi normcheck ini
protect-damaged-header = bagian kepala (header) berkas ini tidak dapat dibaca (terpotong atau telah diubah)
protect-damaged-altered = bagian kepala (header) berkas ini telah diubah
protect-damaged-content = isi berkas ini terpotong atau telah diubah
autosave-stopped = proses simpan otomatis berhenti secara tak terduga

## Contoh penilaian (Exampleland) dan Bantuan

cli-example-written = Exampleland, negara fiktif untuk berlatih, telah ditulis: penilaian tahun ini { $this_year }, penilaian tahun lalu { $last_year } (sebagai pembanding), dan kontribusi { $count } instansi di { $folder } (untuk digabungkan: salah satunya memunculkan konflik yang perlu diselesaikan).
start-example = Buka contoh (Exampleland)
start-example-hover = Penilaian fiktif yang lengkap untuk berlatih; penilaian Anda sendiri tidak diubah.
status-example-opened = Contoh telah dibuka: Exampleland adalah negara fiktif. Saat menyimpan, Anda akan diminta memberikan nama berkas baru.
menu-help = Bantuan
menu-help-guide = Panduan pengguna
menu-help-keys = Pintasan papan ketik
menu-help-about = Tentang normcheck
menu-help-example = Buka contoh (Exampleland)
menu-help-save-guide = Simpan panduan sebagai PDF…
dialog-save-guide = Simpan panduan pengguna sebagai PDF
help-title = Bantuan
help-contents = Daftar isi
help-close = Tutup
keys-heading = Pintasan papan ketik
keys-intro = Tombol pintasan di layar Telusuri butir berfungsi saat tidak ada kontrol (tombol di layar, isian, atau kotak centang) yang memiliki fokus papan ketik: tekan Esc atau klik di luar kontrol tersebut terlebih dahulu.
keys-col-keys = Tombol
keys-col-what = Fungsinya
keys-scope-window = Di mana saja
keys-scope-walkthrough = Telusuri butir
keys-scope-field = Di isian frasa sandi atau jalur berkas
keys-new = Penilaian baru
keys-open = Buka penilaian
keys-save = Simpan
keys-save-as = Simpan dengan nama lain
keys-undo = Urungkan perubahan terakhir
keys-redo = Ulangi apa yang telah diurungkan
keys-help = Panduan pengguna, pada bagian tentang layar yang sedang ditampilkan
keys-next-item = Tindakan praktis berikutnya
keys-previous-item = Tindakan praktis sebelumnya
keys-next-norm = Norma berikutnya
keys-previous-norm = Norma sebelumnya
keys-level = Jawab tindakan yang dipilih dengan tingkat tersebut
keys-not-applicable = Tandai tindakan yang dipilih sebagai tidak berlaku, atau hapus tanda tersebut
keys-details = Tampilkan atau sembunyikan rincian tindakan yang dipilih
keys-confirm = Konfirmasi apa yang telah diketik
keys-scope-focus = Tombol di layar, isian, dan kotak centang
keys-focus-next = Pindah ke kontrol berikutnya (dengan Shift: ke kontrol sebelumnya). Kontrol yang memiliki fokus papan ketik dikelilingi bingkai berwarna.
keys-focus-press = Tekan tombol di layar yang memiliki fokus, atau beri atau hapus centang pada kotak centang yang memiliki fokus
keys-focus-leave = Keluar dari kontrol agar tombol pintasan di layar Telusuri butir berfungsi kembali; di dialog atau di jendela Bantuan: tutup jendela itu dan kembali ke tempat Anda berada sebelumnya
about-heading = Tentang normcheck
about-version = normcheck { $version }
about-purpose = Penilaian mandiri atas sejauh mana suatu negara telah melaksanakan 11 norma PBB tentang perilaku negara yang bertanggung jawab di ruang siber (A/70/174, paragraf 13) dan Rencana Aksi Regional ASEAN, mengikuti gaya Daftar Periksa Pelaksanaan Norma ASEAN (ASEAN Norms Implementation Checklist).
about-offline = normcheck tidak pernah menggunakan jaringan: apa pun yang Anda masukkan tidak keluar dari komputer ini, kecuali Anda sendiri yang mengirimkan berkasnya.
about-data = Preferensi, bahasa yang dipasang, dan salinan simpan otomatis dari pekerjaan yang belum disimpan berada di: { $folder }
about-no-data = Komputer ini tidak menyediakan folder data bagi normcheck: preferensi dan salinan simpan otomatis tidak disimpan.
about-licences = normcheck adalah perangkat lunak bebas dengan lisensi MIT atau Apache 2.0. Fon yang digunakan adalah Noto Sans, Noto Sans Thai, Khmer, Lao, dan Myanmar, dengan lisensi SIL Open Font License 1.1 (OFL.txt di samping program).
about-problems = Untuk melaporkan masalah, catat apa yang Anda lakukan, apa yang Anda harapkan, dan apa yang terjadi, beserta pesan yang ditampilkan, lalu kirimkan kepada tim yang memberikan normcheck kepada Anda. Jangan pernah mengirim penilaian yang tidak boleh Anda bagikan; sebagian besar masalah dapat ditunjukkan dengan contoh (Exampleland).
guide-title = Panduan pengguna normcheck
guide-subtitle = Cara menilai pelaksanaan norma PBB tentang perilaku negara yang bertanggung jawab di ruang siber oleh negara Anda dengan normcheck, bagi para pejabat dan pelatih.

## Panduan pengguna: satu judul dan beberapa paragraf singkat per bagian; kata-kata pada layar dikutip persis seperti yang ditampilkan aplikasi

guide-start-title = Memulai
guide-start-1 = normcheck bekerja secara luring (tanpa jaringan) di komputer ini. Di layar awal, “Penilaian baru…” meminta Negara Anggota Anda dan beberapa rincian, lalu membuka penilaian kosong dengan daftar periksa bawaan; “Buka…” membuka penilaian yang pernah disimpan. Penilaian terbaru dan pekerjaan yang disimpan otomatis juga ditawarkan di sana.
guide-start-2 = Untuk berlatih tanpa mengubah penilaian yang sebenarnya, buka contoh: Exampleland adalah negara fiktif yang setiap tindakan praktisnya telah dijawab. Saat menyimpannya, Anda selalu diminta memberikan nama berkas baru.
guide-walk-title = Layar Telusuri butir
guide-walk-1 = Layar Telusuri butir menampilkan norma-norma di sebelah kiri dan tindakan praktis dari norma yang dipilih di sebelah kanan. Jawab setiap tindakan dengan salah satu tingkat pada skala, dari “Belum dimulai” hingga “Terlembagakan”. Daftar samping menunjukkan sejauh mana setiap norma telah dijawab.
guide-walk-2 = “Tampilkan hanya” mempersempit daftar menjadi tindakan yang belum dijawab atau yang ditandai, atau tindakan yang ditandai tidak berlaku tanpa alasan. Tindakan juga dapat dikelompokkan menurut bidang fokus Rencana Aksi Regional ASEAN.
guide-walk-3 = Dengan papan ketik: tombol panah Bawah dan Atas (atau J dan K) berpindah antartindakan, Page Down dan Page Up antarnorma, tombol angka menjawab dengan suatu tingkat, N menandai tindakan sebagai tidak berlaku, dan Enter membuka rinciannya.
guide-answer-title = Jawaban dan bukti
guide-answer-1 = “Rincian” pada suatu tindakan menampilkan panduannya dan jenis bukti yang menunjukkan bahwa tindakan tersebut telah dilaksanakan. Tulis catatan, cantumkan bukti (satu rujukan per baris), sebutkan instansi penanggung jawab, tetapkan tanggal target dan prioritas, serta jelaskan dukungan apa yang dapat membantu.
guide-answer-2 = Tindakan yang tidak berlaku bagi negara Anda ditandai tidak berlaku, disertai alasan; tindakan tersebut dikecualikan dari semua skor. “Tandai untuk ditinjau” menandai jawaban yang perlu ditinjau kembali nanti.
guide-dash-title = Dasbor: skor dan kategori
guide-dash-1 = Dasbor menampilkan skor keseluruhan, skor setiap norma dan setiap bidang fokus, seberapa banyak yang telah dijawab, serta kesenjangan: tindakan berlaku yang berada di bawah “Terlaksana” atau belum dijawab, dimulai dari yang paling mendesak.
guide-dash-2 = Setiap tindakan bernilai tingkatnya dibagi tingkat tertinggi; skor suatu norma adalah 100 kali rata-rata tertimbang dari tindakan-tindakannya yang berlaku, dan skor keseluruhan adalah rata-rata skor norma. Kategori adalah nama untuk rentang skor. Norma-norma ini bersifat sukarela dan tidak mengikat: skor menggambarkan pandangan negara Anda sendiri, bukan peringkat.
guide-save-title = Penyimpanan dan perlindungan
guide-save-1 = Simpan melalui Berkas > Simpan (Ctrl+S). Setiap menit, pekerjaan yang belum disimpan juga disalin secara terpisah; jika normcheck atau komputer berhenti secara tak terduga, layar awal akan menawarkan untuk memulihkannya.
guide-save-2 = Penilaian dapat dilindungi dengan frasa sandi (Berkas > Lindungi dengan frasa sandi…): berkas dan salinan simpan otomatisnya kemudian dienkripsi. Frasa sandi yang terlupa tidak dapat dipulihkan oleh siapa pun. Tetapkan penanda sensitivitas (misalnya TLP:AMBER) di “Rincian”; penanda tersebut dicetak di setiap halaman laporan.
guide-team-title = Siklus tahunan bersama tim
guide-team-1 = Di layar Tim, tetapkan instansi penanggung jawab untuk setiap tindakan, lalu “Siapkan kontribusi…” menulis satu berkas per instansi yang hanya berisi tindakan-tindakan instansi tersebut. Setiap instansi menjawab di normcheck dan mengirimkan kembali berkasnya.
guide-team-2 = “Gabungkan kontribusi…” mengumpulkan kembali jawaban-jawaban tersebut. Jika suatu instansi dan penilaian koordinator mengubah jawaban yang sama secara berbeda, layar Tim mencantumkan konflik yang perlu diselesaikan. “Bandingkan dengan penilaian sebelumnya…” menampilkan kemajuan sejak tahun lalu di layar Kemajuan.
guide-report-title = Laporan
guide-report-1 = Berkas > Ekspor laporan PDF menulis laporan untuk para menteri dan rapat: ringkasan, skor, setiap norma beserta tindakannya, rencana aksi untuk kesenjangan, dukungan yang dibutuhkan, dan metodologi. Laporan dapat ditulis dalam bahasa yang berbeda dari bahasa jendela aplikasi.
guide-report-2 = Laporan mencantumkan penanda sensitivitas di setiap halaman; penilaian yang belum selesai ditandai sebagai draf. Jika dibandingkan dengan penilaian sebelumnya, laporan juga menampilkan kemajuannya.
guide-sheet-title = Lembar kerja
guide-sheet-1 = Berkas > Ekspor lembar kerja… menulis penilaian sebagai buku kerja Excel, bagi rekan yang lebih suka menjawab di sana. Berkas > Impor lembar kerja… membaca kembali buku kerja yang telah disunting dan menampilkan setiap perubahan sebelum ada yang diterapkan; sel yang tidak dapat digunakan akan disebutkan.
guide-regional-title = Tampilan regional
guide-regional-1 = Berkas > Tampilan regional… menggabungkan penilaian beberapa negara menjadi angka regional tanpa mengungkap satu negara pun: angka yang berasal dari negara yang jumlahnya kurang dari ambang anonimitas disembunyikan. Laporan regional dapat diekspor sebagai PDF.
guide-trouble-title = Pemecahan masalah
guide-trouble-1 = Berkas yang tidak dapat dibuka akan ditolak dengan pesan yang menyebutkan nama berkas dan masalahnya; pekerjaan Anda yang sedang terbuka tidak diubah. Di baris perintah, normcheck validate FILE mencantumkan setiap masalah dalam suatu berkas.
guide-trouble-2 = Jika jendela tidak terbuka pada komputer tanpa kartu grafis atau melalui Remote Desktop, jalankan normcheck dengan variabel lingkungan WGPU_BACKEND=gl. Lembar kerja dan laporan tidak pernah dienkripsi: simpan dan kirimkan dengan hati-hati.
cli-guide-written = Panduan pengguna telah ditulis ke { $file }

guide-figure-walk = Layar Telusuri butir saat contoh dibuka: norma-norma di sebelah kiri, setiap tindakan praktis beserta tingkat-tingkatnya, jawabannya, dan rinciannya.
guide-figure-dash = Dasbor: skor keseluruhan, skor setiap norma dan setiap bidang fokus, serta kesenjangan.
guide-figure-team = Layar Tim: instansi penanggung jawab, membagikan kontribusi, dan menggabungkannya kembali.
guide-figure-note = Gambar-gambar ini menampilkan aplikasi dalam bahasa Inggris, dengan contoh (Exampleland) sedang dibuka.

status-no-file = Belum disimpan ke berkas

menu-view-zoom-in = Perbesar
menu-view-zoom-out = Perkecil
menu-view-zoom-reset = Kembali ke 100%

## Problems found in files, and why a file was refused

# The status bar on start: which graphics adapter and interface draw the window ($api: Direct3D 12, Vulkan or OpenGL).
status-drawing = Grafis: { $adapter } melalui { $api }.
# Before status-drawing when the first graphics interfaces tried could not draw ($failed: e.g. "Direct3D 12, Vulkan").
status-backend-failed = { $failed } tidak berfungsi di komputer ini.
# normcheck-cli, the console launcher, cannot find normcheck.exe beside it ($program: its full path). One line.
launcher-missing = { $program } tidak ditemukan: normcheck-cli menjalankan program normcheck yang berada di folder yang sama; pasang ulang normcheck atau letakkan kedua program di folder yang sama.
# normcheck-cli cannot start normcheck.exe ($reason: the system's explanation). One line.
launcher-cannot-start = tidak dapat menjalankan { $program }: { $reason }
