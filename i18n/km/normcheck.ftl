# normcheck's messages in Khmer (ខ្មែរ). Messages missing here are shown in English.
# Corrections by native speakers are welcome: run
#   normcheck translate export --lang km -o km.xlsx
# correct the Translation column of the "Messages" sheet (keep every { $placeable } as it is),
# and send the workbook to the normcheck maintainers, or install it for your own use with
#   normcheck translate import km.xlsx

language-name = ខ្មែរ
number-decimal-sign = ,
number-percent = { $value }%
date-year-offset = 0
date-short = { $day }/{ $month }/{ $year }
date-long = ថ្ងៃទី{ $day } ខែ{ $month } ឆ្នាំ{ $year }
month-1 = មករា
month-2 = កុម្ភៈ
month-3 = មីនា
month-4 = មេសា
month-5 = ឧសភា
month-6 = មិថុនា
month-7 = កក្កដា
month-8 = សីហា
month-9 = កញ្ញា
month-10 = តុលា
month-11 = វិច្ឆិកា
month-12 = ធ្នូ

## ចម្លើយ អាទិភាព និងការគាំទ្រ (កម្មវិធី របាយការណ៍ និងតារាងឯកសារ)

answer-not-applicable = មិនពាក់ព័ន្ធ
answer-not-applicable-because = មិនពាក់ព័ន្ធ — { $why }
answer-no-justification = មិនបានផ្តល់ហេតុផល
answer-not-answered = មិនទាន់ឆ្លើយ
priority-high = ខ្ពស់
priority-medium = មធ្យម
priority-low = ទាប
support-training = ការបណ្តុះបណ្តាល
support-legal-drafting = ការតាក់តែងច្បាប់
support-technical-assistance = ជំនួយបច្ចេកទេស
support-equipment = បរិក្ខារ
support-funding = ការផ្តល់មូលនិធិ
support-exchange-of-practice = ការផ្លាស់ប្តូរបទពិសោធន៍
support-other = ផ្សេងៗ

## របាយការណ៍វាយតម្លៃ

report-default-title = ការអនុវត្តបទដ្ឋាននៃឥរិយាបថប្រកបដោយការទទួលខុសត្រូវរបស់រដ្ឋនៅក្នុងលំហសាយប័រ របស់អង្គការសហប្រជាជាតិ
report-no-member-state = (មិនបានបញ្ជាក់រដ្ឋជាសមាជិក)
report-undated = គ្មានកាលបរិច្ឆេទ
report-checklist-version = { $title } កំណែ { $version }
report-complete = បំពេញបាន { $percent }
report-conflicts-unresolved = ចម្លើយផ្ទុយគ្នាចំនួន { $count } មិនទាន់បានដោះស្រាយ
report-draft = សេចក្តីព្រាង — { $parts }
report-page = ទំព័រទី{ $page } នៃ { $total }

report-cover-member-state = រដ្ឋជាសមាជិក
report-cover-organisation = អង្គភាព
report-cover-assessors = អ្នកវាយតម្លៃ
report-cover-period = រយៈពេលរាយការណ៍
report-cover-date = កាលបរិច្ឆេទ
report-cover-checklist = បញ្ជីត្រួតពិនិត្យ

report-section-summary = សេចក្តីសង្ខេបប្រតិបត្តិ
report-section-action-plan = ផែនការសកម្មភាព
report-section-support = ការគាំទ្រដែលត្រូវការ
report-section-methodology = វិធីសាស្ត្រ
report-section-answered-by = អ្នកឆ្លើយ
report-answered-by-intro = អ្នកដែលបានកែប្រែចម្លើយនីមួយៗចុងក្រោយ និងពេលវេលាកែប្រែ (អ្នកវាយតម្លៃ ឬស្ថាប័នដែលធាតុចូលរបស់ខ្លួនត្រូវបានបញ្ចូលរួមគ្នា)។

report-chart-norms = ពិន្ទុតាមបទដ្ឋាន (0–100)
report-chart-areas = ពិន្ទុតាមវិស័យអាទិភាព (0–100)
report-no-score = គ្មានពិន្ទុ
report-no-score-not-applicable = គ្មានពិន្ទុ (គ្រប់ចំណុចមិនពាក់ព័ន្ធ)

report-summary-overall-band = ពិន្ទុរួមគឺ { $score } លើ 100 ដែលស្ថិតក្នុងកម្រិត «{ $band }»។ ពិន្ទុនេះជាមធ្យមភាគនៃពិន្ទុរបស់បទដ្ឋាននីមួយៗ។
report-summary-overall = ពិន្ទុរួមគឺ { $score } លើ 100 ដែលជាមធ្យមភាគនៃពិន្ទុរបស់បទដ្ឋាននីមួយៗ។
report-summary-no-overall = មិនទាន់មានពិន្ទុរួមនៅឡើយទេ៖ គ្មានបទដ្ឋានណាមួយមានចំណុចពាក់ព័ន្ធទេ។
report-summary-answered = ចំណុចចំនួន { $answered } ក្នុងចំណោម { $items } ត្រូវបានឆ្លើយ (បំពេញបាន { $percent }) ដែលក្នុងនោះចំនួន { $na } ត្រូវបានសម្គាល់ថាមិនពាក់ព័ន្ធ។
report-summary-strongest = ការអនុវត្តមានភាពរឹងមាំបំផុតចំពោះ { $strongest } ({ $high }) និងមានលទ្ធភាពអភិវឌ្ឍបន្ថែមច្រើនបំផុតចំពោះ { $weakest } ({ $low })។
report-summary-gaps = { $count ->
    [0] លែងមានចន្លោះខ្វះខាតទៀតហើយ៖ គ្រប់ចំណុចដែលពាក់ព័ន្ធស្ថិតនៅកម្រិតបានអនុវត្ត ឬខ្ពស់ជាងនេះ។
   *[other] ចំណុចចំនួន { $count } ជាចន្លោះខ្វះខាត (ស្ថិតក្រោមកម្រិតបានអនុវត្ត ឬមិនទាន់បានឆ្លើយ) ហើយត្រូវបានរាយក្នុងផែនការសកម្មភាព តាមលំដាប់ភាពបន្ទាន់។
}
report-counts-answer = ចម្លើយ
report-counts-items = ចំនួនចំណុច

report-norm-summary-ours = សេចក្តីសង្ខេបរបស់យើងអំពី { $source }
report-norm-source = ប្រភព៖ { $source }
report-norm-score = ពិន្ទុ
report-norm-completion = កម្រិតបំពេញ
report-norm-actions = សកម្មភាពជាក់ស្តែង

report-item-answer = ចម្លើយ
report-item-change = បម្រែបម្រួល
report-item-note = កំណត់សម្គាល់
report-item-evidence = ភស្តុតាង
report-item-agency = ស្ថាប័នទទួលខុសត្រូវ
report-item-target = កាលបរិច្ឆេទគោលដៅ
report-item-priority = អាទិភាព
report-item-support = ការគាំទ្រដែលត្រូវការ
report-item-flagged = បានសម្គាល់ដើម្បីពិនិត្យឡើងវិញ
report-range-median = មេដ្យាន { $value }
report-range-mean = មធ្យមភាគ { $value }
report-range-how = របារនីមួយៗលាតសន្ធឹងពីពិន្ទុទាបបំផុតដល់ពិន្ទុខ្ពស់បំផុតក្នុងចំណោមរដ្ឋ បន្ទាត់ខ្មៅជាមេដ្យាន ហើយការេប្រហោងជាមធ្យមភាគ។ ក្វាទីលមិនត្រូវបានគូសបង្ហាញទេ៖ ដោយសាររដ្ឋមានចំនួនតិច ក្វាទីលអាចលាតត្រដាងពិន្ទុរបស់រដ្ឋណាមួយដោយឡែក។

report-plan-none = គ្មានចន្លោះខ្វះខាត៖ គ្រប់ចំណុចដែលពាក់ព័ន្ធស្ថិតនៅកម្រិតបានអនុវត្ត ឬខ្ពស់ជាងនេះ។
report-plan-intro = គ្រប់ចំណុចដែលស្ថិតក្រោមកម្រិតបានអនុវត្ត ឬមិនទាន់បានឆ្លើយ តាមលំដាប់ភាពបន្ទាន់។
report-plan-priority = អាទិភាព
report-plan-target = កាលបរិច្ឆេទគោលដៅ
report-plan-action = សកម្មភាព
report-plan-answer = ចម្លើយបច្ចុប្បន្ន
report-plan-agency = ស្ថាប័នទទួលខុសត្រូវ

report-support-none = គ្មានសកម្មភាពជាក់ស្តែងណាមួយស្នើសុំការគាំទ្រទេ។
report-support-intro = សកម្មភាពជាក់ស្តែងដែលរដ្ឋស្វាគមន៍ការគាំទ្រ ដោយចាត់ថ្នាក់តាមប្រភេទនៃការគាំទ្រ។
report-support-kind = ការគាំទ្រដែលត្រូវការ
report-support-action = សកម្មភាពជាក់ស្តែង
report-support-note = កំណត់សម្គាល់

report-method-scale = មាត្រដ្ឋានចម្លើយ
report-method-scoring = ការដាក់ពិន្ទុ
report-method-about = អំពីរបាយការណ៍នេះ
report-method-value = តម្លៃ
report-method-level = កម្រិត
report-method-meaning = អត្ថន័យ
report-method-rule-level = ចំណុចពាក់ព័ន្ធនីមួយៗមានតម្លៃស្មើនឹងកម្រិតរបស់ចំណុចនោះ ចែកនឹងកម្រិតខ្ពស់បំផុត ({ $max })។ ចំណុចដែលមិនទាន់បានឆ្លើយមានតម្លៃ 0។
report-method-rule-na = ចំណុចដែលបានសម្គាល់ថាមិនពាក់ព័ន្ធ មិនត្រូវបានរាប់បញ្ចូលក្នុងការគណនាពិន្ទុណាមួយឡើយ។
report-method-rule-norm = ពិន្ទុរបស់បទដ្ឋានមួយស្មើនឹង 100 × មធ្យមភាគមានទម្ងន់នៃចំណុចពាក់ព័ន្ធរបស់បទដ្ឋាននោះ។ ពិន្ទុរួមគឺជាមធ្យមភាគធម្មតានៃពិន្ទុរបស់បទដ្ឋាននីមួយៗ។
report-method-rule-area = ពិន្ទុរបស់វិស័យអាទិភាពមួយ គឺជាមធ្យមភាគមានទម្ងន់ដូចគ្នា ដែលគណនាលើគ្រប់ចំណុចពាក់ព័ន្ធដែលភ្ជាប់ស្លាកវិស័យនោះ។
report-method-rule-completion = កម្រិតបំពេញ គឺជាសមាមាត្រនៃចំណុចដែលបានឆ្លើយដោយជ្រើសរើសកម្រិតណាមួយ ឬបានសម្គាល់ថាមិនពាក់ព័ន្ធ។
report-method-rule-gap = ចន្លោះខ្វះខាត គឺជាចំណុចពាក់ព័ន្ធដែលចម្លើយស្ថិតក្រោមកម្រិត «{ $level }» ឬមិនទាន់បានឆ្លើយ។ រាល់ចន្លោះខ្វះខាតត្រូវបានបង្ហាញក្នុងផែនការសកម្មភាព។
report-method-rule-gap-unnamed = ចន្លោះខ្វះខាត គឺជាចំណុចពាក់ព័ន្ធដែលចម្លើយស្ថិតក្រោមកម្រិតបានអនុវត្ត ឬមិនទាន់បានឆ្លើយ។ រាល់ចន្លោះខ្វះខាតត្រូវបានបង្ហាញក្នុងផែនការសកម្មភាព។
report-method-band = { $band } ចាប់ពី { $min }
report-method-rule-bands = កម្រិតពិន្ទុ៖ { $bands }។
report-method-rule-voluntary = បទដ្ឋានទាំងនេះមានលក្ខណៈស្ម័គ្រចិត្ត និងមិនមានកាតព្វកិច្ចចងភ្ជាប់៖ ពិន្ទុឆ្លុះបញ្ចាំងពីទស្សនៈរបស់រដ្ឋផ្ទាល់ចំពោះការអនុវត្តរបស់ខ្លួន មិនមែនជាការចាត់ចំណាត់ថ្នាក់ទេ។
report-method-checklist = បញ្ជីត្រួតពិនិត្យ៖ { $title } ({ $id }) កំណែ { $version }
report-method-generated = កាលបរិច្ឆេទបង្កើត៖ { $date }
report-method-version = normcheck កំណែ { $version }
report-method-language = ភាសានៃរបាយការណ៍នេះ៖ { $language }។
report-method-fallback = អត្ថបទចំនួន { $count } នៃបញ្ជីត្រួតពិនិត្យ មិនទាន់មានការបកប្រែជាភាសានេះ ហើយត្រូវបានបោះពុម្ពជាភាសាអង់គ្លេស ({ $which })។

## វឌ្ឍនភាពចាប់តាំងពីការវាយតម្លៃលើកមុន

report-progress-earlier = ការវាយតម្លៃលើកមុន
report-progress-heading = វឌ្ឍនភាពចាប់តាំងពី{ $since }
report-progress-overall = ពិន្ទុរួមពីមុនគឺ { $before } ហើយបច្ចុប្បន្នគឺ { $now } ({ $change })។
report-progress-moves = ចាប់តាំងពី{ $since } សកម្មភាពជាក់ស្តែងចំនួន { $improved } មានភាពប្រសើរឡើង ចំនួន { $regressed } ធ្លាក់ចុះ និងចំនួន { $changed } បានប្តូរទៅជា ឬប្តូរពី «មិនពាក់ព័ន្ធ»។
report-progress-checklist-changed = បញ្ជីត្រួតពិនិត្យបានផ្លាស់ប្តូរក្នុងអំឡុងពេលនេះ៖ សកម្មភាពជាក់ស្តែងចំនួន { $added } ត្រូវបានបន្ថែម និងចំនួន { $removed } ត្រូវបានដកចេញ។
report-progress-norm = បទដ្ឋាន
report-progress-area = វិស័យអាទិភាព
report-progress-before = មុន
report-progress-now = បច្ចុប្បន្ន
report-progress-change = បម្រែបម្រួល
report-progress-improved = ប្រសើរឡើងចាប់តាំងពី{ $since } (ពីមុន៖ { $was })
report-progress-regressed = ធ្លាក់ចុះចាប់តាំងពី{ $since } (ពីមុន៖ { $was })
report-progress-changed = បានផ្លាស់ប្តូរចាប់តាំងពី{ $since } (ពីមុន៖ { $was })
report-progress-added = ថ្មីក្នុងកំណែបញ្ជីត្រួតពិនិត្យនេះ ចាប់តាំងពី{ $since }
report-answered-item = ចំណុច
report-answered-answer = ចម្លើយ
report-answered-by = កែប្រែចុងក្រោយដោយ
report-answered-when = ពេលវេលា
report-answered-time = { $date } ម៉ោង { $time } UTC
menu-view-language = ភាសា
menu-view-language-system = តាមប្រព័ន្ធ ({ $language })
menu-file = ឯកសារ
menu-edit = កែសម្រួល
menu-view = ទិដ្ឋភាព
menu-file-new = ការវាយតម្លៃថ្មី…
menu-file-open = បើក…
menu-file-save = រក្សាទុក
menu-file-save-as = រក្សាទុកជា…
menu-file-change-passphrase = ប្ដូរឃ្លាសម្ងាត់…
menu-file-protect = ការពារដោយឃ្លាសម្ងាត់…
menu-file-unprotect = ដកការការពារ…
menu-file-export-a4 = នាំចេញរបាយការណ៍ PDF (A4)…
menu-file-export-letter = នាំចេញរបាយការណ៍ PDF (US Letter)…
menu-file-regional = ទិដ្ឋភាពថ្នាក់តំបន់…
menu-file-export-sheet = នាំចេញសៀវភៅបញ្ជី…
menu-file-import-sheet = នាំចូលសៀវភៅបញ្ជី…
menu-file-prepare = រៀបចំការចូលរួមរបស់ស្ថាប័ន…
menu-file-merge = បញ្ចូលការចូលរួមរបស់ស្ថាប័ន…
menu-file-compare = ប្រៀបធៀបជាមួយការវាយតម្លៃលើកមុន…
menu-file-close = បិទការវាយតម្លៃ
menu-edit-undo = មិនធ្វើវិញ
menu-edit-undo-what = មិនធ្វើវិញ { $what }
menu-edit-redo = ធ្វើវិញ
menu-edit-redo-what = ធ្វើវិញ { $what }
menu-view-theme-system = រចនាប័ទ្មតាមប្រព័ន្ធ
menu-view-theme-light = រចនាប័ទ្មភ្លឺ
menu-view-theme-dark = រចនាប័ទ្មងងឹត
menu-view-advance = បន្ទាប់ពីឆ្លើយដោយក្ដារចុច ទៅកាន់ចំណុចបន្ទាប់ដែលមិនទាន់ឆ្លើយ
tab-walkthrough = ឆ្លើយតាមលំដាប់
tab-dashboard = ផ្ទាំងសង្ខេប
tab-details = ព័ត៌មានលម្អិត
tab-team = ក្រុម
tab-team-conflicts = ក្រុម (ចម្លើយផ្ទុយគ្នា { $count })
tab-progress = វឌ្ឍនភាព
banner-the-national-assessment = ការវាយតម្លៃថ្នាក់ជាតិ
banner-contribution = ការចូលរួមរបស់ { $agency } ក្នុង { $title }
banner-conflicts = សេចក្ដីព្រាង — ចម្លើយផ្ទុយគ្នាចំនួន { $count } មិនទាន់បានដោះស្រាយ (ដោះស្រាយនៅលើអេក្រង់ក្រុម)
banner-newer-edition = មានកំណែថ្មីជាងនេះនៃបញ្ជីត្រួតពិនិត្យនេះ ({ $version })។
banner-see-changes = មើលការផ្លាស់ប្ដូរ
banner-move-answers = ផ្ទេរចម្លើយរបស់ខ្ញុំ
marking-hover = កម្រិតភាពរសើបនៃការវាយតម្លៃនេះ
status-unsaved = មានការផ្លាស់ប្ដូរមិនទាន់រក្សាទុក
status-saved = បានរក្សាទុកការផ្លាស់ប្ដូរទាំងអស់
status-complete = បានបំពេញ { $percent }%

card-flagged = បានសម្គាល់ដើម្បីពិនិត្យឡើងវិញ
card-na = មិនពាក់ព័ន្ធ
card-na-hover = មិនពាក់ព័ន្ធនឹងរដ្ឋនេះ៖ សូមផ្តល់ហេតុផល
card-hide-details = លាក់ព័ត៌មានលម្អិត
card-details = ព័ត៌មានលម្អិត…
card-justification = ហេតុផល
card-justification-label = ហេតុផល៖
card-justification-required = ហេតុផល (ចាំបាច់សម្រាប់ «មិនពាក់ព័ន្ធ»)៖
card-justification-hint = ហេតុអ្វីបានជាសកម្មភាពនេះមិនពាក់ព័ន្ធ
card-summary-agency = ស្ថាប័ន៖ { $agency }
card-summary-target = កាលបរិច្ឆេទគោលដៅ៖ { $date }
card-summary-priority = អាទិភាព៖ { $priority }
card-summary-evidence = ភស្តុតាង៖ { $count }
card-summary-note = កំណត់សម្គាល់៖ { $note }
card-guidance = ការណែនាំ
card-evidence-hint = ភស្តុតាងដែលបង្ហាញពីការអនុវត្ត៖ { $hint }
card-basis = មូលដ្ឋាន៖ { $basis }
card-note = កំណត់សម្គាល់
card-agency = ស្ថាប័នទទួលខុសត្រូវ
card-flag = សម្គាល់ដើម្បីពិនិត្យឡើងវិញ
field-evidence = ភស្តុតាង
field-evidence-label = ភស្តុតាង (មួយបន្ទាត់មួយ)៖
field-evidence-hint = ចំណងជើងឯកសារ លេខសំណុំឯកសារ ឬតំណភ្ជាប់
field-target = កាលបរិច្ឆេទគោលដៅ
field-target-label = កាលបរិច្ឆេទគោលដៅ៖
field-target-invalid = មិនទាន់ជាកាលបរិច្ឆេទត្រឹមត្រូវ៖ សូមប្រើទម្រង់ YYYY-MM-DD
field-priority-label = អាទិភាព៖
field-priority-none = គ្មាន
# អ្វីដែលកម្មវិធីអានអេក្រង់អានសម្រាប់ប៊ូតុងអាទិភាព «គ្មាន»។
field-priority-is-none = គ្មានអាទិភាព
field-priority-is = អាទិភាព{ $priority }
field-support-label = ការគាំទ្រដែលត្រូវការ៖
field-support-kind = ការគាំទ្រដែលត្រូវការ៖ { $kind }
field-support-note = អ្វីដែលអាចជួយបាន
field-support-note-label = អ្វីដែលអាចជួយបាន៖
field-support-note-hint = ឧ. វគ្គបណ្តុះបណ្តាលរយៈពេលពីរថ្ងៃសម្រាប់បុគ្គលិក CERT
group-area = វិស័យអាទិភាពនៃផែនការសកម្មភាពថ្នាក់តំបន់អាស៊ាន
group-area-ours = វិស័យអាទិភាពនៃផែនការសកម្មភាពថ្នាក់តំបន់អាស៊ាន (រៀបរាប់តាមពាក្យរបស់យើងផ្ទាល់)
group-norm = បទដ្ឋាន ({ $id }) — { $title }
group-kind-positive = ស្នើឱ្យរដ្ឋធ្វើសកម្មភាព
group-kind-restraint = ស្នើឱ្យរដ្ឋចៀសវាងសកម្មភាពមួយចំនួន
group-kind-mixed = ស្នើឱ្យរដ្ឋធ្វើសកម្មភាព និងចៀសវាងសកម្មភាពមួយចំនួន
# $score ជាលេខរួមជាមួយកម្រិតពិន្ទុ ឧ. "62,5 (ឈ្មោះកម្រិត)"; $percent ជាចំនួនគត់។
group-score = ពិន្ទុ { $score }  ·  បំពេញបាន { $percent }%
group-overall = សរុប
group-overall-line = សរុប៖ { $scores }
group-choose-norm = ជ្រើសរើសបទដ្ឋាន
group-choose-area = ជ្រើសរើសវិស័យអាទិភាព
group-picker-entry = { $group } — បំពេញបាន { $percent }%
group-by = ដាក់ជាក្រុមតាម៖
group-by-norm = បទដ្ឋាន
group-by-area = វិស័យអាទិភាព
# អ្វីដែលកម្មវិធីអានអេក្រង់អានសម្រាប់បទដ្ឋាន ឬវិស័យអាទិភាពនីមួយៗក្នុងបញ្ជីចំហៀង។
group-row-said = { $group }៖ បំពេញបាន { $percent }% ពិន្ទុ { $score }
group-no-score = គ្មាន
group-done = បំពេញបាន { $percent }%
walk-no-items = គ្មានចំណុចណាត្រូវនឹងតម្រងទេ។
walk-show-only = បង្ហាញតែ៖
walk-filter-unanswered = មិនទាន់ឆ្លើយ
walk-filter-flagged = បានសម្គាល់
walk-filter-na = មិនពាក់ព័ន្ធ ដោយគ្មានហេតុផល
walk-keys = គ្រាប់ចុច៖ 0–9 ជ្រើសរើសកម្រិត · N មិនពាក់ព័ន្ធ · Up/Down ឬ J/K ចំណុច · PgUp/PgDn បទដ្ឋាន · Enter ព័ត៌មានលម្អិត
walk-keys-advance = គ្រាប់ចុច៖ 0–9 ជ្រើសរើសកម្រិត (រួចទៅចំណុចបន្ទាប់ដែលមិនទាន់ឆ្លើយ) · N មិនពាក់ព័ន្ធ · Up/Down ឬ J/K ចំណុច · PgUp/PgDn បទដ្ឋាន · Enter ព័ត៌មានលម្អិត
walk-previous-norm = បទដ្ឋានមុន
walk-next-norm = បទដ្ឋានបន្ទាប់

dash-assessment = ការវាយតម្លៃ
dash-heading = ផ្ទាំងសង្ខេប — { $state }
dash-overall = ពិន្ទុរួម (មធ្យមភាគនៃពិន្ទុរបស់បទដ្ឋាន 0–100)
dash-conflicts = សេចក្ដីព្រាង — ចម្លើយផ្ទុយគ្នាចំនួន { $count } មិនទាន់បានដោះស្រាយ
dash-completion = បំពេញបាន { $percent }% — បានឆ្លើយចំណុចចំនួន { $answered } ក្នុងចំណោម { $items } ដែលក្នុងនោះចំនួន { $na } មិនពាក់ព័ន្ធ
dash-norm-chart = ពិន្ទុតាមបទដ្ឋាន
dash-area-chart = ពិន្ទុតាមវិស័យអាទិភាព
dash-levels = ចំនួនចំណុចតាមកម្រិត
dash-top-level = កម្រិតខ្ពស់បំផុត
# $level ជាឈ្មោះកម្រិតក្នុងសញ្ញាសម្រង់ ឧ. «បានអនុវត្ត»។
dash-gaps = ចន្លោះខ្វះខាត៖ ចំណុចចំនួន { $count } ស្ថិតក្រោម { $level }
dash-no-gaps = គ្មានចំណុចដែលបានឆ្លើយណាមួយស្ថិតក្រោមកម្រិតនេះទេ។
dash-gaps-order = តម្រៀបតាមអាទិភាព បន្ទាប់មកតាមកាលបរិច្ឆេទគោលដៅ។ ចន្លោះខ្វះខាតនីមួយៗ៖ កម្រិត · អាទិភាព · ស្ថាប័ន · កាលបរិច្ឆេទ។
dash-gaps-fewer = បង្ហាញតែចន្លោះខ្វះខាតបន្ទាន់បំផុតចំនួន { $count }
dash-gaps-all = បង្ហាញចន្លោះខ្វះខាតទាំង { $count }
dash-none = គ្មាន
dash-not-assigned = មិនទាន់ចាត់តាំង
dash-go-to = ទៅកាន់ { $item }
dash-open = បើក { $item }
dash-attention = ត្រូវការការយកចិត្តទុកដាក់៖ ចំណុចចំនួន { $count }
dash-attention-none = គ្រប់ចំណុចត្រូវបានឆ្លើយ មានហេតុផល និងមានស្ថាប័នទទួលខុសត្រូវ។
dash-count-unanswered = ចំនួន { $count } មិនទាន់ឆ្លើយ
dash-count-unjustified = ចំនួន { $count } មិនពាក់ព័ន្ធ ដោយគ្មានហេតុផល
dash-count-unowned = ចន្លោះខ្វះខាតចំនួន { $count } គ្មានស្ថាប័នទទួលខុសត្រូវ
dash-concern-unanswered = មិនទាន់ឆ្លើយ
dash-concern-unjustified = មិនពាក់ព័ន្ធ ប៉ុន្តែមិនបានផ្តល់ហេតុផល
dash-concern-unowned = ស្ថិតក្រោមកម្រិត «បានអនុវត្ត» ដោយគ្មានស្ថាប័នទទួលខុសត្រូវ
start-intro = វាយតម្លៃកម្រិតដែលរដ្ឋរបស់អ្នកបានអនុវត្តបទដ្ឋានទាំង 11 របស់អង្គការសហប្រជាជាតិស្តីពីឥរិយាបថប្រកបដោយការទទួលខុសត្រូវរបស់រដ្ឋនៅក្នុងលំហសាយប័រ និងផែនការសកម្មភាពថ្នាក់តំបន់ ASEAN។
start-new = ការវាយតម្លៃថ្មី
start-open = បើក…
start-offline = អ្វីៗទាំងអស់ស្ថិតនៅលើកុំព្យូទ័រនេះ៖ normcheck មិនប្រើបណ្តាញឡើយ។
start-never-saved = ការវាយតម្លៃដែលមិនធ្លាប់បានរក្សាទុក
start-closed-unsaved = normcheck ត្រូវបានបិទដោយមិនបានរក្សាទុកការផ្លាស់ប្ដូរទាំងនេះ។
# $what ជាឈ្មោះឯកសារ (ឬ start-never-saved) ហើយ $state ជារដ្ឋជាសមាជិក (អាចទទេ)។
start-autosaved = ច្បាប់ចម្លងរក្សាទុកស្វ័យប្រវត្តិនៃ { $what }
start-autosaved-state = ច្បាប់ចម្លងរក្សាទុកស្វ័យប្រវត្តិនៃ { $what } ដែលជាការវាយតម្លៃរបស់ { $state }
start-autosaved-protected = ច្បាប់ចម្លងរក្សាទុកស្វ័យប្រវត្តិនៃការវាយតម្លៃដែលមានការការពារ (បើកដោយឃ្លាសម្ងាត់របស់វា)
start-unreadable = មិនអាចអានច្បាប់ចម្លងរក្សាទុកស្វ័យប្រវត្តិមួយបានទេ៖ { $problem }
start-delete = លុប { $file }
start-recover = ស្ដារការងារដែលមិនទាន់រក្សាទុកពី { $when }
start-discard = បោះបង់ច្បាប់ចម្លងពី { $when }
start-recent = ការវាយតម្លៃថ្មីៗ
start-missing = { $name } (បាត់)
start-moved = { $file } ត្រូវបានផ្លាស់ទី ឬលុបចោល
start-forget = ដក { $name } ចេញពីបញ្ជី
form-new-heading = ការវាយតម្លៃថ្មី
form-new-intro = បំពេញអ្វីដែលអ្នកដឹងឥឡូវនេះ។ អ្វីៗទាំងអស់អាចកែប្រែបាននៅពេលក្រោយក្នុង «ព័ត៌មានលម្អិត»។
form-create = បង្កើតការវាយតម្លៃ
form-cancel = បោះបង់
form-need-state = បញ្ចូលរដ្ឋជាសមាជិក ដើម្បីបន្ត។
form-details-heading = ព័ត៌មានលម្អិតនៃការវាយតម្លៃ
form-details-intro = ការផ្លាស់ប្ដូរមានប្រសិទ្ធភាពភ្លាមៗពេលអ្នកវាយ (Ctrl+Z ដើម្បីមិនធ្វើវិញ)។ រក្សាទុកឯកសារដោយចុច Ctrl+S។
form-created = បានបង្កើតនៅ { $when }
form-changed = កែប្រែចុងក្រោយនៅ { $when }
form-member-state = រដ្ឋជាសមាជិក៖
form-member-state-hint = ជ្រើសរើស ឬវាយបញ្ចូល
form-member-states = រដ្ឋជាសមាជិក ASEAN
form-choose-state = ជ្រើសរើសរដ្ឋជាសមាជិក ASEAN
form-organisation = អង្គភាព៖
form-organisation-hint = ឧ. ទីភ្នាក់ងារសន្តិសុខសាយប័រជាតិ
form-assessors = អ្នកវាយតម្លៃ៖
form-assessors-hint = ឈ្មោះមួយក្នុងមួយបន្ទាត់
form-title = ចំណងជើង៖
# ចំណងជើងដែលការវាយតម្លៃថ្មីមានតាំងពីដំបូង (អ្នកប្រើអាចប្ដូរបាន)។
form-default-title = ការអនុវត្តបទដ្ឋានសាយប័ររបស់អង្គការសហប្រជាជាតិនៅថ្នាក់ជាតិ
form-period = រយៈពេលរាយការណ៍៖
form-period-hint = ឧ. 2026
form-marking = កម្រិតភាពរសើប៖
form-checklist = បញ្ជីត្រួតពិនិត្យ៖
form-checklist-builtin = បញ្ជីត្រួតពិនិត្យយោងដែលភ្ជាប់មកជាមួយ (តាមទម្រង់ NIC)
form-checklist-file = ឯកសារបញ្ជីត្រួតពិនិត្យ…
support-heading = ការគាំទ្រដែលត្រូវការ៖ ចំណុចចំនួន { $count }
support-none = មិនទាន់មានចំណុចណាស្នើសុំការគាំទ្រនៅឡើយទេ (ព័ត៌មានលម្អិតនៃចំណុច៖ ការគាំទ្រដែលត្រូវការ)។
support-kind-heading = { $kind } — ចំណុចចំនួន { $count }

pass-the-autosaved-copy = ច្បាប់ចម្លងរក្សាទុកស្វ័យប្រវត្តិ
pass-protected-heading = ការវាយតម្លៃដែលមានការការពារ
pass-protected = «{ $what }» មានការការពារ។ បញ្ចូលឃ្លាសម្ងាត់របស់វា ដើម្បីបើក។
pass-wrong = ឃ្លាសម្ងាត់នោះមិនត្រឹមត្រូវទេ។ សូមព្យាយាមម្ដងទៀត។
pass-label = ឃ្លាសម្ងាត់៖
pass-show = បង្ហាញឃ្លាសម្ងាត់
pass-open = បើក
pass-heading = ឃ្លាសម្ងាត់
pass-explained = ឯកសារវាយតម្លៃ និងច្បាប់ចម្លងរក្សាទុកស្វ័យប្រវត្តិរបស់វា ត្រូវបានអ៊ិនគ្រីបដោយឃ្លាសម្ងាត់នេះ។ ប្រសិនបើឯកសារធ្លាប់បានរក្សាទុកពីមុន វានឹងត្រូវបានរក្សាទុកម្ដងទៀតឥឡូវនេះ។
pass-use = ប្រើឃ្លាសម្ងាត់នេះ
pass-new = ឃ្លាសម្ងាត់ថ្មី៖
pass-repeat = វាយឃ្លាសម្ងាត់ម្ដងទៀត៖
pass-strength = កម្រិតរឹងមាំ៖ { $hint }
pass-strength-too-short = ខ្លីពេក៖ ប្រើយ៉ាងហោចណាស់ 8 តួអក្សរ
pass-strength-weak = ខ្សោយ៖ បន្ថែមពាក្យ ឬតួអក្សរ
pass-strength-fair = មធ្យម៖ បន្ថែមពាក្យពីរបីទៀត ដើម្បីឱ្យវារឹងមាំ
pass-strength-strong = រឹងមាំ
pass-differ = ឃ្លាសម្ងាត់ទាំងពីរដែលបានវាយមិនដូចគ្នាទេ។
save-heading = រក្សាទុកការវាយតម្លៃ
save-marking-advice = ការវាយតម្លៃនេះមានកម្រិតភាពរសើប { $marking }៖ គួរការពារវាដោយឃ្លាសម្ងាត់។
save-protect = ការពារដោយឃ្លាសម្ងាត់
save-choose-file = ជ្រើសរើសឯកសារ…
save-keeps-passphrase = ឯកសារនៅតែប្រើឃ្លាសម្ងាត់បច្ចុប្បន្នរបស់វា (ដើម្បីប្ដូរ សូមប្រើ «ប្ដូរឃ្លាសម្ងាត់…» ក្នុងម៉ឺនុយ «ឯកសារ»)។
save-keep-it-safe = បើគ្មានឃ្លាសម្ងាត់ទេ គ្មាននរណាអាចបើកឯកសារនេះបានឡើយ — សូម្បីតែអ្នកផ្ទាល់។ សូមរក្សាវាឱ្យមានសុវត្ថិភាព។
save-plain-warning = ឯកសារថ្មីនឹងជា JSON ធម្មតា៖ អ្នកណាដែលអាចអានឯកសារនេះ ក៏អាចអានការវាយតម្លៃបានដែរ។
unprotect-heading = ដកការការពារឬ?
unprotect-warning = ឯកសារនឹងត្រូវបានរក្សាទុកជា JSON ធម្មតា៖ អ្នកណាដែលអាចអានឯកសារនេះ — នៅលើកុំព្យូទ័រយួរដៃនេះ ដ្រាយចែករំលែក ឬថតលើពពក — ក៏អាចអានការវាយតម្លៃបានដែរ។
unprotect-confirm = ដកការការពារ
unprotect-keep = បន្តការពារ
unsaved-heading = ការផ្លាស់ប្ដូរមិនទាន់រក្សាទុក
unsaved-before-new = «{ $name }» មានការផ្លាស់ប្ដូរដែលមិនទាន់រក្សាទុក។ រក្សាទុកការផ្លាស់ប្ដូរទាំងនោះ មុនចាប់ផ្ដើមការវាយតម្លៃថ្មីឬ?
unsaved-before-open = «{ $name }» មានការផ្លាស់ប្ដូរដែលមិនទាន់រក្សាទុក។ រក្សាទុកការផ្លាស់ប្ដូរទាំងនោះ មុនបើកការវាយតម្លៃផ្សេងទៀតឬ?
unsaved-before-move = «{ $name }» មានការផ្លាស់ប្ដូរដែលមិនទាន់រក្សាទុក។ រក្សាទុកការផ្លាស់ប្ដូរទាំងនោះ មុនផ្ទេរចម្លើយទៅកំណែថ្មីជាងនៃបញ្ជីត្រួតពិនិត្យឬ?
unsaved-before-close = «{ $name }» មានការផ្លាស់ប្ដូរដែលមិនទាន់រក្សាទុក។ រក្សាទុកការផ្លាស់ប្ដូរទាំងនោះ មុនបិទឬ?
unsaved-before-quit = «{ $name }» មានការផ្លាស់ប្ដូរដែលមិនទាន់រក្សាទុក។ រក្សាទុកការផ្លាស់ប្ដូរទាំងនោះ មុនចាកចេញឬ?
unsaved-discard = បោះបង់ការផ្លាស់ប្ដូរ
read-only-heading = ជំនួសឯកសារបានតែអានឬ?
read-only-question = { $name } ត្រូវបានកំណត់ជាបានតែអាន ប្រហែលជាដើម្បីកុំឱ្យវាត្រូវបានកែប្រែដោយអចេតនា។ នៅតែជំនួសវាឬ?
read-only-replace = ជំនួស
error-work-unchanged = ការងារដែលអ្នកកំពុងបើកមិនត្រូវបានផ្លាស់ប្ដូរទេ។
error-ok = យល់ព្រម
copy-differs-heading = ឯកសារបញ្ជីត្រួតពិនិត្យខុសពីច្បាប់ចម្លងក្នុងការវាយតម្លៃ
copy-differs = { $file } មានលេខសម្គាល់ និងកំណែបញ្ជីត្រួតពិនិត្យដូចគ្នានឹងច្បាប់ចម្លងដែលបានរក្សាទុកក្នុងការវាយតម្លៃនេះ ប៉ុន្តែខ្លឹមសារខុសគ្នា។ ការវាយតម្លៃត្រូវបានបើកជាមួយច្បាប់ចម្លងដែលបានរក្សាទុករបស់វា ដូច្នេះពិន្ទុ និងរបាយការណ៍របស់វានៅដដែល។
copy-differs-use-file = ប្រើឯកសារជំនួសវិញ ប្រសិនបើវាជាបញ្ជីត្រួតពិនិត្យដែលបានកែតម្រូវ៖ ពេលអ្នករក្សាទុក ការវាយតម្លៃនឹងរក្សាច្បាប់ចម្លងនៃបញ្ជីត្រួតពិនិត្យពីឯកសារនោះ។
copy-keep = រក្សាច្បាប់ចម្លងដែលបានរក្សាទុក
copy-use-file = ប្រើឯកសារបញ្ជីត្រួតពិនិត្យ
working-stop = ឈប់រង់ចាំ
working-wait = ការងារនេះត្រូវការពេលបន្តិច សូមរង់ចាំ។
import-heading = នាំចូល «{ $name }»
import-no-change = គ្មានចម្លើយណាមួយនឹងផ្លាស់ប្ដូរទេ។
import-changes = ចំណុចចំនួន { $count } នឹងផ្លាស់ប្ដូរ។ ក្រឡាទទេនឹងលុបតម្លៃក្នុងវាលដែលត្រូវគ្នា។
import-apply = អនុវត្តការផ្លាស់ប្ដូរ
import-apply-others = អនុវត្តការផ្លាស់ប្ដូរផ្សេងទៀត
import-problems = ក្រឡាចំនួន { $count } មិនអាចប្រើបាន ហើយត្រូវបានទុកចោល៖
edition-heading = បញ្ជីត្រួតពិនិត្យ៖ ពីកំណែ { $from } ទៅកំណែ { $to }
edition-explained = ការផ្ទេរចម្លើយរបស់អ្នកនឹងបង្កើតការវាយតម្លៃថ្មីមួយ៖ ចម្លើយត្រូវបានផ្ទេរតាមចំណុច ចំណុចពីរដែលត្រូវបានបញ្ចូលគ្នាជាចំណុចតែមួយ យកកម្រិតទាបជាង ព្រមទាំងកំណត់សម្គាល់ទាំងពីរ ហើយចំណុចថ្មីចាប់ផ្ដើមដោយមិនទាន់ឆ្លើយ។ ឯកសារដែលអ្នកបានបើកមិនត្រូវបានផ្លាស់ប្ដូរទេ។
edition-move = ផ្ទេរចម្លើយរបស់ខ្ញុំទៅកំណែ { $to }
edition-close = បិទ
edition-norms-reworded = សេចក្ដីសង្ខេបបទដ្ឋានដែលបានកែពាក្យពេចន៍
edition-merged = បានបញ្ចូលទៅក្នុងចំណុចផ្សេងទៀត
edition-merged-into = { $old } ទៅក្នុង { $into }
edition-removed = បានដកចេញ
edition-added = សកម្មភាពជាក់ស្តែងថ្មី
edition-reworded = បានកែពាក្យពេចន៍
edition-retagged = បានប្ដូរវិស័យអាទិភាព
edition-relabelled = បានប្ដូរប្រភព ឬទម្ងន់
team-heading = ក្រុម — ស្ថាប័ន ការចូលរួម និងចម្លើយផ្ទុយគ្នា
team-contribution = ឯកសារនេះជាការចូលរួមរបស់ { $agency } (ចំណុចចំនួន { $count })។ សូមឆ្លើយចំណុចរបស់វា ហើយផ្ញើឯកសារត្រឡប់ទៅអ្នកសម្របសម្រួលវិញ។
team-agencies = ស្ថាប័នទទួលខុសត្រូវ
team-no-agencies = មិនទាន់មានចំណុចណាមួយមានស្ថាប័នទទួលខុសត្រូវនៅឡើយទេ។ ចាត់តាំងស្ថាប័ននៅខាងក្រោម។
team-col-agency = ស្ថាប័ន
team-col-items = ចំណុច
team-col-answered = បានឆ្លើយ
team-answered-of = { $answered } ក្នុងចំណោម { $items }
team-unassigned = ចំណុចចំនួន { $count } គ្មានស្ថាប័នទទួលខុសត្រូវ ហើយនៅជាមួយអ្នកសម្របសម្រួល។
team-hand-out = ចែកចាយ និងប្រមូលមកវិញ
team-hand-out-explained = ស្ថាប័ននីមួយៗទទួលបានឯកសារមួយដែលមានតែចំណុចរបស់ខ្លួន និងព័ត៌មានលម្អិតនៃការវាយតម្លៃ។ បញ្ចូលឯកសាររបស់ស្ថាប័នទាំងនោះមកវិញនៅទីនេះ៖ វាលដែលស្ថាប័នមួយបានកែប្រែនឹងត្រូវបានយកមកប្រើ ចំណែកចម្លើយខុសៗគ្នាចំពោះវាលតែមួយ នឹងក្លាយជាចម្លើយផ្ទុយគ្នាសម្រាប់អ្នកដោះស្រាយ។
team-merge-where = បញ្ចូលទៅក្នុងការវាយតម្លៃរបស់អ្នកសម្របសម្រួល មិនមែនទៅក្នុងការចូលរួមរបស់ស្ថាប័នទេ
team-assign = ចាត់តាំងស្ថាប័នទទួលខុសត្រូវ
team-assign-ticked = ចាត់តាំងចំណុចដែលបានធីកចំនួន { $count }
# បង្ហាញបន្ទាប់ពី «មិនធ្វើវិញ» ក្នុងម៉ឺនុយ «កែសម្រួល»។
team-assign-undo = ការចាត់តាំងចំណុចចំនួន { $count } ឱ្យ { $agency }
team-untick = ដោះធីកទាំងអស់
team-agency-label = ស្ថាប័ន៖
team-agency-hint = ឧ. CERT ជាតិ
team-known-choose = ឬជ្រើសរើសស្ថាប័នដែលមានស្រាប់
team-known = ស្ថាប័នដែលមានស្រាប់
team-norm-ticked = { $norm } — បានធីក { $ticked } ក្នុងចំណោម { $count }
team-whole-norm = បទដ្ឋានទាំងមូល
team-no-agency = គ្មានស្ថាប័ន
team-conflicts = ចម្លើយផ្ទុយគ្នាដែលត្រូវដោះស្រាយ៖ { $count }
team-conflicts-explained = ស្ថាប័នបានផ្ដល់ចម្លើយខុសៗគ្នាចំពោះវាលទាំងនេះ។ ការវាយតម្លៃរក្សាតម្លៃមុន រហូតដល់អ្នកជ្រើសរើសចម្លើយមួយ។
team-go-to-item = ទៅកាន់ចំណុច
team-before = មុន
team-keep = រក្សា
team-use-this = ប្រើចម្លើយនេះ
team-or-write = ឬសរសេរ៖
team-use-mine = ប្រើរបស់ខ្ញុំ
team-empty = (ទទេ)
team-yes = មែន
team-no = ទេ
progress-intro = ប្រៀបធៀបការវាយតម្លៃនេះជាមួយការវាយតម្លៃលើកមុន ដើម្បីមើលថាអ្វីខ្លះបានប្រសើរឡើង។
progress-comparing = កំពុងប្រៀបធៀប { $file } ({ $old }) ជាមួយការវាយតម្លៃនេះ ({ $new })។
progress-compare-another = ប្រៀបធៀបជាមួយការវាយតម្លៃផ្សេងទៀត…
progress-norm-chart = ពិន្ទុតាមបទដ្ឋាន ពីមុន និងបច្ចុប្បន្ន
progress-area-chart = ពិន្ទុតាមវិស័យអាទិភាព ពីមុន និងបច្ចុប្បន្ន
progress-overall = ពិន្ទុរួមពីមុន { $before } បច្ចុប្បន្ន { $now } ({ $change })
progress-moves = សកម្មភាពជាក់ស្តែង៖ ចំនួន { $improved } ប្រសើរឡើង ចំនួន { $regressed } ធ្លាក់ចុះ និងចំនួន { $changed } ផ្លាស់ប្ដូរតាមរបៀបផ្សេង។
# ស្លាកពន្យល់ក្រាហ្វ៖ $period ជារយៈពេលរាយការណ៍ ឬកាលបរិច្ឆេទ។
progress-earlier = { $period } (ពីមុន)
progress-now = { $period } (បច្ចុប្បន្ន)
progress-changed = ចម្លើយដែលបានផ្លាស់ប្ដូរចាប់តាំងពី{ $since }៖ { $count }
progress-no-change = គ្មានចម្លើយណាខុសគ្នាទេ។
progress-not-answered = មិនទាន់ឆ្លើយ
progress-improved = ប្រសើរឡើងពី { $from } ទៅ { $to }
progress-regressed = ធ្លាក់ចុះពី { $from } ទៅ { $to }
progress-changed-item = បានផ្លាស់ប្ដូរពី { $from } ទៅ { $to }
progress-added = ចំណុចថ្មីពី { $from } ទៅ { $to }
progress-removed = ចំណុចត្រូវបានដកចេញពី { $from } ទៅ { $to }

# អ្វីដែលរបារពិន្ទុបង្ហាញ នៅពេលដាក់ទស្សន៍ទ្រនិចលើវា។
bars-no-score = គ្មានពិន្ទុ
bars-out-of-100 = { $score } លើ 100
dialog-open-session = បើកការវាយតម្លៃ
dialog-save-session = រក្សាទុកការវាយតម្លៃជា
dialog-open-checklist = ជ្រើសរើសឯកសារបញ្ជីត្រួតពិនិត្យ
dialog-export-report = នាំចេញរបាយការណ៍ជា PDF
dialog-contributions-folder = ថតសម្រាប់ឯកសារការចូលរួម
dialog-merge = ការចូលរួមដែលត្រូវបញ្ចូល
dialog-earlier = ការវាយតម្លៃលើកមុនសម្រាប់ប្រៀបធៀប
dialog-export-sheet = នាំចេញការវាយតម្លៃជាសៀវភៅបញ្ជី
dialog-import-sheet = នាំចូលសៀវភៅបញ្ជីដែលបានកែសម្រួល
dialog-example = ឧ. { $path }
dialog-use-file = ប្រើឯកសារនេះ
dialog-folder-path = ផ្លូវថត៖
dialog-file-paths = ផ្លូវឯកសារ (មួយបន្ទាត់មួយ)៖
dialog-file-path = ផ្លូវឯកសារ៖
export-saved = បានរក្សាទុករបាយការណ៍ទៅ { $path }
export-regional-saved = បានរក្សាទុករបាយការណ៍ថ្នាក់តំបន់ទៅ { $path }
# បន្ថែមបន្ទាប់ពី export-saved សម្រាប់រឿងនីមួយៗដែលអ្នកអានគួរដឹង។
export-note = ។ សម្គាល់៖ { $warning }
export-failed = មិនអាចនាំចេញរបាយការណ៍បានទេ
title-untitled = ការវាយតម្លៃគ្មានចំណងជើង
status-closing-when-done = normcheck នឹងបិទភ្លាមៗ នៅពេលការងារដែលកំពុងដំណើរការបានបញ្ចប់។
status-autosave-failed = ការរក្សាទុកស្វ័យប្រវត្តិបានបរាជ័យ៖ { $error }
status-opening = កំពុងបើក { $file }…
status-checklist-needed = { $file } ប្រើបញ្ជីត្រួតពិនិត្យ «{ $id }» ដែលមិនភ្ជាប់មកជាមួយ ហើយក៏មិនបានរក្សាទុកក្នុងឯកសារដែរ៖ សូមជ្រើសរើសឯកសារនៃបញ្ជីត្រួតពិនិត្យនោះ (ឬចាប់ផ្ដើម normcheck --checklist FILE { $file })។
status-opened = បានបើក { $file }
status-opened-notes = បានបើក { $file } ដោយមានកំណត់សម្គាល់ចំនួន { $count }៖ ចម្លើយសម្រាប់ចំណុចដែលបញ្ជីត្រួតពិនិត្យនេះមិនមាន នៅដដែល សូមដំណើរការ `normcheck validate` ដើម្បីមើលព័ត៌មានលម្អិត
status-checklist-kept = ។ ឥឡូវនេះបញ្ជីត្រួតពិនិត្យត្រូវបានរក្សាទុកក្នុងការវាយតម្លៃ៖ សូមរក្សាទុកការវាយតម្លៃ ហើយវានឹងបើកបានដោយមិនត្រូវការឯកសារបញ្ជីត្រួតពិនិត្យ។
status-opening-autosaved = កំពុងបើកច្បាប់ចម្លងរក្សាទុកស្វ័យប្រវត្តិ…
status-recovered = បានស្ដារការងារដែលមិនទាន់រក្សាទុក។ សូមរក្សាទុកវា ដើម្បីកុំឱ្យបាត់ (Ctrl+S)។
status-recovered-notes = បានស្ដារការងារដែលមិនទាន់រក្សាទុក ដោយមានកំណត់សម្គាល់ចំនួន { $count }៖ ចម្លើយសម្រាប់ចំណុចដែលបញ្ជីត្រួតពិនិត្យនេះមិនមាន នៅដដែល។ សូមរក្សាទុកវា ដើម្បីកុំឱ្យបាត់ (Ctrl+S)។
status-read-only-kept = មិនបានសរសេរអ្វីទេ៖ { $file } អាចអានបានតែប៉ុណ្ណោះ ហើយត្រូវបានទុកនៅដដែល។
status-nothing-opened = មិនបានបើកអ្វីទេ។
status-kept-copy = បានរក្សាបញ្ជីត្រួតពិនិត្យដែលរក្សាទុកក្នុងការវាយតម្លៃ។
status-nothing-imported = មិនបាននាំចូលអ្វីពី { $name } ទេ។
status-protected = បានការពារដោយឃ្លាសម្ងាត់ថ្មី
status-unprotected = បានដកការការពារ ឥឡូវនេះឯកសារជា JSON ធម្មតា
# $done ជា status-protected ឬ status-unprotected។
status-save-to-write = { $done }។ សូមរក្សាទុកការវាយតម្លៃ ដើម្បីសរសេរការផ្លាស់ប្ដូរនេះចូលឯកសារ។
status-stays-closed = មិនបានបើកអ្វីទេ៖ { $name } នៅតែបិទ ហើយការងាររបស់អ្នកមិនបានផ្លាស់ប្ដូរទេ។
status-nothing-moved = មិនបានផ្ទេរអ្វីទេ៖ ការងាររបស់អ្នកមិនបានផ្លាស់ប្ដូរទេ។
status-created = បានបង្កើតការវាយតម្លៃថ្មី។ រក្សាទុកវាដោយចុច Ctrl+S។
status-saving = កំពុងរក្សាទុក { $file }…
status-done-saved = { $done }៖ បានរក្សាទុក { $file }
status-saved-file = បានរក្សាទុក { $file }
status-exporting = កំពុងនាំចេញរបាយការណ៍ទៅ { $file }…
error-not-opened = មិនអាចបើកការវាយតម្លៃបានទេ
error-checklist-unusable = មិនអាចប្រើបញ្ជីត្រួតពិនិត្យបានទេ
error-builtin-damaged = បញ្ជីត្រួតពិនិត្យដែលភ្ជាប់មកជាមួយបានខូច
error-not-saved = មិនអាចរក្សាទុកការវាយតម្លៃបានទេ
error-not-saved-detail = { $error }
    ការងាររបស់អ្នកនៅតែបើក៖ សូមសាកល្បងថត ឬឈ្មោះឯកសារផ្សេង។
export-not-encrypted = ការវាយតម្លៃមានការការពារ ប៉ុន្តែរបាយការណ៍ខ្លួនវាមិនត្រូវបានអ៊ិនគ្រីបទេ៖ សូមរក្សាទុក និងផ្ញើវាដោយប្រុងប្រយ័ត្ន។
export-shows-progress = របាយការណ៍បង្ហាញវឌ្ឍនភាពចាប់តាំងពី{ $since } (អេក្រង់វឌ្ឍនភាព)។
sheet-not-encrypted = ការវាយតម្លៃមានការការពារ ប៉ុន្តែសៀវភៅបញ្ជីមិនត្រូវបានអ៊ិនគ្រីបទេ៖ សូមរក្សាទុក និងផ្ញើវាដោយប្រុងប្រយ័ត្ន។
sheet-exported = បាននាំចេញសៀវភៅបញ្ជីទៅ { $file }
sheet-not-exported = មិនបាននាំចេញសៀវភៅបញ្ជីទេ
sheet-no-change = { $file } មិនផ្លាស់ប្ដូរអ្វីក្នុងការវាយតម្លៃនេះទេ។
sheet-unreadable = មិនអាចអានសៀវភៅបញ្ជីបានទេ
# បង្ហាញបន្ទាប់ពី «មិនធ្វើវិញ» ក្នុងម៉ឺនុយកែសម្រួល។
sheet-import-undo = ការនាំចូល { $name }
sheet-imported = បាននាំចូល { $name }៖ ចំណុចចំនួន { $count } បានផ្លាស់ប្ដូរ (ប្រើ «មិនធ្វើវិញ» ដើម្បីត្រឡប់វិញ)។
error-work-stopped = ការងារបានឈប់ដោយមិនរំពឹងទុក
error-work-stopped-detail = { $what } មិនបានបញ្ចប់ទេ។ ការងារដែលកំពុងបើករបស់អ្នកមិនត្រូវបានផ្លាស់ប្ដូរទេ។
status-stopped = បានឈប់៖ { $what }
error-not-all-prepared = មិនអាចរៀបចំការចូលរួមទាំងអស់បានទេ
status-no-newer-edition = បញ្ជីត្រួតពិនិត្យនេះគ្មានកំណែថ្មីជាងនេះទេ។
error-not-moved = មិនអាចផ្ទេរចម្លើយបានទេ
status-moved = បានផ្ទេរទៅបញ្ជីត្រួតពិនិត្យកំណែ { $version }៖ បាននាំយកចម្លើយចំនួន { $count }
status-moved-merged = , បានបញ្ចូលគ្នា { $pairs }
status-moved-removed = , បានដកចេញ { $items } (ចម្លើយរបស់វាមិនត្រូវបាននាំយកមកទេ)
status-moved-new = ; ចំណុចថ្មីចំនួន { $count } ត្រូវឆ្លើយ។ សូមរក្សាទុកវាក្រោមឈ្មោះថ្មី៖ { $name } នៅដដែល។
team-other-passphrase = { $file } ត្រូវបានការពារដោយឃ្លាសម្ងាត់ផ្សេងពីឃ្លាសម្ងាត់របស់ការវាយតម្លៃនេះ។ សូមបញ្ចូល ឬប្រៀបធៀបវានៅលើបន្ទាត់បញ្ជា (normcheck merge / compare --passphrase-file FILE)។
team-none-prepared = មិនបានរៀបចំការចូលរួមណាមួយទេ
team-none-assigned = មិនទាន់មានចំណុចណាមួយមានស្ថាប័នទទួលខុសត្រូវនៅឡើយទេ។ សូមចាត់តាំងស្ថាប័ននៅលើអេក្រង់ក្រុមជាមុនសិន។
team-file-exists = { $file } មានរួចហើយ។ សូមជ្រើសរើសថតទទេ ដើម្បីកុំឱ្យការចូលរួមពីមុនណាមួយត្រូវបានសរសេរជាន់ពីលើ។
team-preparing = កំពុងរៀបចំឯកសារការចូលរួមចំនួន { $count }…
team-merging = កំពុងបញ្ចូលការចូលរួមចំនួន { $count }…
team-nothing-merged = មិនបានបញ្ចូលអ្វីទេ
# បង្ហាញបន្ទាប់ពី «មិនធ្វើវិញ» ក្នុងម៉ឺនុយកែសម្រួល។
team-merge-undo = ការបញ្ចូលការចូលរួមចំនួន { $count }
team-merged = បានបញ្ចូលការផ្លាស់ប្ដូរចំនួន { $changes } ពីការចូលរួមចំនួន { $count } និងមានចម្លើយផ្ទុយគ្នាចំនួន { $conflicts } ដែលត្រូវដោះស្រាយ
team-not-compared = មិនអាចប្រៀបធៀបការវាយតម្លៃបានទេ
team-written-before = { " " }(បានសរសេរឯកសារចំនួន { $count } រួចហើយមុននោះ)
team-unassigned-stay = ; ចំណុចចំនួន { $count } ដែលគ្មានស្ថាប័ន នៅជាមួយអ្នក
team-written = បានសរសេរឯកសារការចូលរួមចំនួន { $count } ទៅក្នុង { $folder }

sheet-col-norm = បទដ្ឋាន
sheet-col-item = ចំណុច
sheet-col-action = សកម្មភាពជាក់ស្តែង
sheet-col-level = កម្រិត
sheet-col-na = មិនពាក់ព័ន្ធ
sheet-col-justification = ហេតុផល
sheet-col-note = កំណត់សម្គាល់
sheet-col-evidence = ភស្តុតាង
sheet-col-owner = ស្ថាប័នទទួលខុសត្រូវ
sheet-col-target = កាលបរិច្ឆេទគោលដៅ
sheet-col-priority = អាទិភាព
sheet-col-flagged = បានសម្គាល់
sheet-col-support = ការគាំទ្រដែលត្រូវការ
sheet-yes = មែន
sheet-no = ទេ
sheet-not-on-list = មិនមានក្នុងបញ្ជី
sheet-choose-from-list = សូមជ្រើសរើសតម្លៃមួយពីបញ្ជី។
sheet-not-a-level = មិនមែនជាកម្រិតក្នុងមាត្រដ្ឋាន
sheet-choose-level = សូមជ្រើសរើសកម្រិតមួយពីបញ្ជី ឬវាយតែលេខរបស់កម្រិតនោះ។
sheet-about-untitled = ការវាយតម្លៃខ្លួនឯង
sheet-about-title = ចំណងជើង
sheet-about-state = រដ្ឋជាសមាជិក
sheet-about-organisation = អង្គភាព
sheet-about-period = រយៈពេលរាយការណ៍
sheet-about-marking = កម្រិតភាពរសើប
sheet-about-checklist = បញ្ជីត្រួតពិនិត្យ
sheet-about-checklist-value = { $title } (លេខសម្គាល់ { $id } កំណែ { $version })
sheet-about-exported = ពេលវេលានាំចេញ
sheet-about-how = របៀបបំពេញ
sheet-about-levels = កម្រិត
sheet-howto-rows = បំពេញសន្លឹក «Assessment»៖ មួយជួរដេកសម្រាប់សកម្មភាពជាក់ស្តែងមួយ។ នៅពេលនាំចូលសៀវភៅបញ្ជី ជួរដេកត្រូវបានផ្គូផ្គងតាមជួរឈរ «ចំណុច» ដូច្នេះសូមកុំកែប្រែក្រឡានៃជួរឈរ «ចំណុច»។ លំដាប់នៃជួរដេក និងជួរឈរមិនសំខាន់ទេ ហើយបើលុបជួរដេកណាមួយចោល ចំណុចរបស់ជួរដេកនោះនឹងនៅដដែល។
sheet-howto-level = «កម្រិត»៖ ជ្រើសរើសពីបញ្ជី ឬវាយតែលេខរបស់កម្រិត (ឧ. 3)។ ទុកក្រឡា «កម្រិត» ឱ្យទទេ សម្រាប់ចំណុចដែលមិនទាន់បានវាយតម្លៃ ឬមិនពាក់ព័ន្ធ។
sheet-howto-values = «មិនពាក់ព័ន្ធ» និង «បានសម្គាល់»៖ «មែន» ឬ «ទេ»។ «អាទិភាព»៖ «ខ្ពស់» «មធ្យម» ឬ «ទាប»។ «កាលបរិច្ឆេទគោលដៅ»៖ កាលបរិច្ឆេទមួយ (YYYY-MM-DD)។
sheet-howto-evidence = «ភស្តុតាង»៖ ឯកសារយោងមួយក្នុងមួយបន្ទាត់ (ចុច Alt+Enter ដើម្បីចុះបន្ទាត់ថ្មីក្នុងក្រឡា)។
sheet-howto-support = «ការគាំទ្រដែលត្រូវការ»៖ សរសេរប្រភេទនៃការគាំទ្រនៅបន្ទាត់ទីមួយ ដែលបំបែកគ្នាដោយសញ្ញាចំណុចក្បៀស (ការបណ្តុះបណ្តាល; ការតាក់តែងច្បាប់; ជំនួយបច្ចេកទេស; បរិក្ខារ; ការផ្តល់មូលនិធិ; ការផ្លាស់ប្តូរបទពិសោធន៍; ផ្សេងៗ) ហើយសរសេរកំណត់សម្គាល់នៅបន្ទាត់ខាងក្រោម។
sheet-howto-empty = នៅពេលនាំចូលសៀវភៅបញ្ជី ក្រឡាទទេនឹងលុបតម្លៃក្នុងវាលដែលត្រូវគ្នា៖ ការធ្វើឱ្យក្រឡា «កំណត់សម្គាល់» ទទេ នឹងលុបកំណត់សម្គាល់នោះចោល។
sheet-howto-import = នាំចូល៖ normcheck sheet import FILE.xlsx --into SESSION -o OUT (បន្ថែម --json ដើម្បីទទួលបានបញ្ជីនៃការផ្លាស់ប្ដូរ) ឬ «ឯកសារ → នាំចូលសៀវភៅបញ្ជី…» ក្នុងកម្មវិធី ដែលបង្ហាញបញ្ជីនៃការផ្លាស់ប្ដូរ មុននឹងអនុវត្ត។
menu-file-export-in = នាំចេញរបាយការណ៍ PDF (A4) ជាភាសា

## របាយការណ៍ថ្នាក់តំបន់

regional-title = ទិដ្ឋភាពថ្នាក់តំបន់៖ ការអនុវត្តបទដ្ឋាននៃឥរិយាបថប្រកបដោយការទទួលខុសត្រូវរបស់រដ្ឋនៅក្នុងលំហសាយប័រ របស់អង្គការសហប្រជាជាតិ
regional-cover-states = រដ្ឋជាសមាជិក
regional-cover-threshold = កម្រិតកំណត់អនាមិកភាព
regional-cover-threshold-value = រដ្ឋចំនួន { $k }៖ តួលេខដែលមកពីរដ្ឋចំនួនតិចជាងនេះ មិនត្រូវបានបង្ហាញទេ
regional-cover-named = រដ្ឋដែលបានបញ្ជាក់ឈ្មោះ
regional-cover-superseded = ត្រូវបានជំនួស
regional-cover-superseded-value =
    { $count ->
        [one] ការវាយតម្លៃចាស់ចំនួន 1 មិនត្រូវបានរាប់បញ្ចូលទេ (រាប់តែការវាយតម្លៃមួយក្នុងមួយរដ្ឋ)
       *[other] ការវាយតម្លៃចាស់ចំនួន { $count } មិនត្រូវបានរាប់បញ្ចូលទេ (រាប់តែការវាយតម្លៃមួយក្នុងមួយរដ្ឋ)
    }
regional-fewer-than =
    { $k ->
        [1] គ្មានរដ្ឋណាមួយ
       *[other] រដ្ឋចំនួនតិចជាង { $k }
    }
regional-withheld-legend = { $mark } មិនបង្ហាញ៖ { $fewer } ឬចំនួនដែលអាចប្រើដើម្បីគណនារកចំនួនបែបនេះតាមរយៈការដក។
regional-chart-norms = ពិន្ទុតាមបទដ្ឋាន (0–100)
regional-chart-areas = ពិន្ទុតាមវិស័យអាទិភាព (0–100)
regional-no-state-scored = គ្មានរដ្ឋណាមួយមានពិន្ទុ
regional-col-norm = បទដ្ឋាន
regional-col-area = វិស័យអាទិភាព
regional-col-states = ចំនួនរដ្ឋ
regional-col-lowest = ទាបបំផុត
regional-col-median = មេដ្យាន
regional-col-highest = ខ្ពស់បំផុត
regional-col-mean = មធ្យមភាគ
regional-col-band = { $band } (ចាប់ពី { $min })
regional-overall = ពិន្ទុរួម
regional-col-action = សកម្មភាពជាក់ស្តែង
regional-col-na = មិនពាក់ព័ន្ធ
regional-col-none = មិនទាន់ឆ្លើយ
regional-col-support = ការគាំទ្រដែលត្រូវការ
regional-bands-legend = ចំនួនរដ្ឋដែលពិន្ទុស្ថិតក្នុងកម្រិតពិន្ទុនីមួយៗនៃបញ្ជីត្រួតពិនិត្យ។
regional-hardest-legend = ចំនួនរដ្ឋតាមចម្លើយនីមួយៗ៖ { $levels } ព្រមទាំង «មិនពាក់ព័ន្ធ» និង «មិនទាន់ឆ្លើយ»។ តម្រៀបតាមកម្រិតមធ្យមភាគលើរដ្ឋដែលសកម្មភាពនោះពាក់ព័ន្ធ ដោយចាប់ផ្តើមពីទាបបំផុត។
regional-support-fewer = <{ $k }
regional-summary-combines =
    { $count ->
        [one] របាយការណ៍នេះបញ្ចូលរួមគ្នានូវការវាយតម្លៃរបស់រដ្ឋជាសមាជិក ASEAN ចំនួន 1។ របាយការណ៍បង្ហាញពីកម្រិតដែលតំបន់ទាំងមូលបានអនុវត្តបទដ្ឋាននីមួយៗ និងការគាំទ្រដែលរដ្ឋនានាស្នើសុំ ប៉ុន្តែមិនបង្ហាញពិន្ទុ ឬចម្លើយផ្ទាល់របស់រដ្ឋណាមួយឡើយ។
       *[other] របាយការណ៍នេះបញ្ចូលរួមគ្នានូវការវាយតម្លៃរបស់រដ្ឋជាសមាជិក ASEAN ចំនួន { $count } ដោយរាប់ការវាយតម្លៃមួយក្នុងមួយរដ្ឋ។ របាយការណ៍បង្ហាញពីកម្រិតដែលតំបន់ទាំងមូលបានអនុវត្តបទដ្ឋាននីមួយៗ និងការគាំទ្រដែលរដ្ឋនានាស្នើសុំ ប៉ុន្តែមិនបង្ហាញពិន្ទុ ឬចម្លើយផ្ទាល់របស់រដ្ឋណាមួយឡើយ។
    }
regional-summary-too-few =
    { $count ->
        [one] ដោយមានរដ្ឋតែមួយ គ្មានអ្វីបន្ថែមទៀតដែលអាចបង្ហាញបានទេ៖ តួលេខនីមួយៗនឹងមកពី{ $fewer }។ មានតែចំនួនរដ្ឋប៉ុណ្ណោះដែលត្រូវបានបង្ហាញ។
       *[other] ដោយមានរដ្ឋតែចំនួន { $count } គ្មានអ្វីបន្ថែមទៀតដែលអាចបង្ហាញបានទេ៖ តួលេខនីមួយៗនឹងមកពី{ $fewer }។ មានតែចំនួនរដ្ឋប៉ុណ្ណោះដែលត្រូវបានបង្ហាញ។
    }
regional-summary-median = មេដ្យាននៃពិន្ទុរួមគឺ { $median } លើ 100 ហើយពិន្ទុរួមរបស់រដ្ឋនានាស្ថិតនៅចន្លោះពី { $min } ដល់ { $max }។
regional-summary-furthest = ការអនុវត្តមានវឌ្ឍនភាពច្រើនបំផុតចំពោះ { $high } (មេដ្យាន { $high_median }) និងមានលទ្ធភាពអភិវឌ្ឍបន្ថែមច្រើនបំផុតចំពោះ { $low } (មេដ្យាន { $low_median })។
regional-summary-withheld = តួលេខដែលមកពី{ $fewer } មិនត្រូវបានបង្ហាញទេ ហើយចំនួនណាមួយដែលអាចប្រើដើម្បីគណនារកតួលេខបែបនេះតាមរយៈការដក ក៏មិនត្រូវបានបង្ហាញដែរ។ ផ្នែកវិធីសាស្ត្រនៅខាងចុងរបាយការណ៍ បញ្ជាក់ពីវិធានលម្អិត។
regional-section-summary = សេចក្តីសង្ខេប
regional-section-method = វិធីសាស្ត្រ
regional-section-about = អំពីរបាយការណ៍នេះ
regional-section-norms = របាយពិន្ទុតាមបទដ្ឋាន
regional-section-areas = របាយពិន្ទុតាមវិស័យអាទិភាព
regional-section-bands = ចំនួនរដ្ឋតាមកម្រិតពិន្ទុ
regional-section-hardest = សកម្មភាពជាក់ស្តែងទាំងដប់ដែលពិបាកអនុវត្តបំផុត
regional-section-support = ការគាំទ្រដែលត្រូវការ
regional-support-intro = ចំនួនរដ្ឋជាសមាជិកដែលស្នើសុំប្រភេទនៃការគាំទ្រនីមួយៗ សម្រាប់សកម្មភាពជាក់ស្តែងយ៉ាងហោចណាស់មួយនៃបទដ្ឋាន (ជួរឈរ៖ បទដ្ឋាននីមួយៗ)។
regional-method-one-per-state = ការវាយតម្លៃតែមួយប៉ុណ្ណោះក្នុងមួយរដ្ឋជាសមាជិកត្រូវបានរាប់បញ្ចូល គឺការវាយតម្លៃដែលបានកែប្រែចុងក្រោយ។ ឯកសារចាស់ៗរបស់រដ្ឋដដែលមិនត្រូវបានរាប់បញ្ចូលទេ ហើយត្រូវបានរាយថាត្រូវបានជំនួស។
regional-method-scores = ពិន្ទុរបស់រដ្ឋនីមួយៗត្រូវបានគណនាដូចក្នុងរបាយការណ៍ផ្ទាល់របស់រដ្ឋនោះ៖ ចំណុចពាក់ព័ន្ធនីមួយៗមានតម្លៃស្មើនឹងកម្រិតរបស់ចំណុចនោះ ចែកនឹងកម្រិតខ្ពស់បំផុត ({ $max }) ចំណុចដែលមិនទាន់បានឆ្លើយមានតម្លៃ 0 ចំណុចដែលបានសម្គាល់ថាមិនពាក់ព័ន្ធ មិនត្រូវបានរាប់បញ្ចូលទេ ពិន្ទុរបស់បទដ្ឋានមួយស្មើនឹង 100 × មធ្យមភាគមានទម្ងន់នៃចំណុចពាក់ព័ន្ធរបស់បទដ្ឋាននោះ ពិន្ទុរួមគឺជាមធ្យមភាគនៃពិន្ទុរបស់បទដ្ឋាន ហើយពិន្ទុរបស់វិស័យអាទិភាពមួយ គឺជាមធ្យមភាគមានទម្ងន់លើចំណុចដែលភ្ជាប់ស្លាកវិស័យនោះ។
regional-method-figures = សម្រាប់បទដ្ឋាន វិស័យអាទិភាព និងពិន្ទុរួមនីមួយៗ៖ ចំនួនរដ្ឋដែលមានពិន្ទុ ពិន្ទុទាបបំផុត មេដ្យាន (មធ្យមភាគនៃតម្លៃកណ្តាលទាំងពីរ នៅពេលចំនួនរដ្ឋជាចំនួនគូ) ពិន្ទុខ្ពស់បំផុត និងមធ្យមភាគនៃពិន្ទុរបស់រដ្ឋទាំងនោះ ព្រមទាំងចំនួនរដ្ឋដែលស្ថិតក្នុងកម្រិតពិន្ទុនីមួយៗ។
regional-method-threshold = កម្រិតកំណត់អនាមិកភាព៖ រដ្ឋចំនួន { $k }។ ប្រសិនបើមានរដ្ឋសរុបតិចជាង { $k } មានតែចំនួនរដ្ឋប៉ុណ្ណោះដែលត្រូវបានបង្ហាញ។ ពិន្ទុទាបបំផុត មេដ្យាន ពិន្ទុខ្ពស់បំផុត និងមធ្យមភាគរបស់បទដ្ឋាន ឬវិស័យអាទិភាពមួយ ត្រូវបានបង្ហាញតែនៅពេលដែលរដ្ឋយ៉ាងហោចណាស់ { $k } មានពិន្ទុនៅទីនោះប៉ុណ្ណោះ (បើមិនដូច្នោះទេ៖ «{ $fewer }»)។
regional-method-counts =
    { $k ->
        [1] ជាមួយកម្រិតកំណត់ 1 ចំនួនទាំងអស់ត្រូវបានបង្ហាញ។
        [2] ចំនួនរដ្ឋ 1 មិនត្រូវបានបង្ហាញទេ ចំណែកចំនួន 0 ត្រូវបានបង្ហាញ។
       *[other] ចំនួនរដ្ឋពី 1 ដល់ { $below } មិនត្រូវបានបង្ហាញទេ ចំណែកចំនួន 0 ត្រូវបានបង្ហាញ។
    }
regional-method-totals = ចំនួនដែលបូកបញ្ចូលគ្នាស្មើនឹងចំនួនសរុបដែលដឹងរួចហើយ — កម្រិតពិន្ទុនៃបទដ្ឋានមួយ រួមជាមួយរដ្ឋដែលគ្មានពិន្ទុ ឬចម្លើយចំពោះសកម្មភាពមួយ រួមជាមួយ «មិនពាក់ព័ន្ធ» និង «មិនទាន់ឆ្លើយ» — ត្រូវបានការពាររួមគ្នា៖ នៅពេលចំនួនមួយមិនត្រូវបានបង្ហាញ ចំនួនផ្សេងទៀតដែលតូចបំផុតក៏មិនត្រូវបានបង្ហាញដែរ រហូតដល់ចំនួនដែលមិនបង្ហាញមានយ៉ាងហោចណាស់ពីរ មានផលបូករួមគ្នាយ៉ាងហោចណាស់ស្មើនឹងកម្រិតកំណត់ ហើយមិនអាចសុទ្ធតែស្មើនឹង 1 បាន។ ដូច្នេះ ការដកចំនួនដែលបានបង្ហាញចេញពីចំនួនសរុប អាចបង្ហាញឱ្យដឹងត្រឹមតែថា មានរដ្ឋគ្រប់ចំនួននៅកន្លែងណាមួយក្នុងចំណោមចំនួនដែលមិនបង្ហាញប៉ុណ្ណោះ។ ចំនួនរដ្ឋរបស់បទដ្ឋានមួយមិនត្រូវបានបង្ហាញ នៅពេលចំនួនរដ្ឋដែលគ្មានពិន្ទុមិនត្រូវបានបង្ហាញ។
regional-method-support = ចំនួនការគាំទ្រគ្មានចំនួនសរុបទេ (រដ្ឋមួយអាចស្នើសុំការគាំទ្រច្រើនប្រភេទ) ដូច្នេះចំនួនការគាំទ្រដែលមិនបង្ហាញ តែងតែមានន័យថា{ $fewer } (បោះពុម្ពជា «<{ $k }»)។
regional-method-hardest = សកម្មភាពជាក់ស្តែងចំនួន { $count } ដែលពិបាកអនុវត្តបំផុត គឺជាសកម្មភាពដែលមានកម្រិតមធ្យមភាគទាបបំផុតលើរដ្ឋដែលសកម្មភាពនោះពាក់ព័ន្ធ។ សកម្មភាពដែលពាក់ព័ន្ធនឹង{ $fewer } មិនត្រូវបានដាក់ក្នុងចំណាត់ថ្នាក់ទេ។
regional-method-named = រដ្ឋនានាត្រូវបានបញ្ជាក់ឈ្មោះ ដោយសាររដ្ឋនីមួយៗបានយល់ព្រម។ ទោះជាយ៉ាងណា តួលេខនៅតែជាតួលេខថ្នាក់តំបន់ដដែល។
regional-method-unnamed = គ្មានរដ្ឋណាមួយត្រូវបានបញ្ជាក់ឈ្មោះទេ។ រដ្ឋនានាត្រូវបានដាក់លេខរៀងតាមលំដាប់ដែលមិនផ្អែកលើឈ្មោះរដ្ឋ ឬឈ្មោះឯកសារឡើយ ហើយគ្មានជួរឈរសម្រាប់រដ្ឋនីមួយៗទេ។
regional-method-voluntary = បទដ្ឋានទាំងនេះមានលក្ខណៈស្ម័គ្រចិត្ត និងមិនមានកាតព្វកិច្ចចងភ្ជាប់៖ តួលេខឆ្លុះបញ្ចាំងពីទស្សនៈរបស់រដ្ឋនានាផ្ទាល់ចំពោះការអនុវត្តរបស់ខ្លួន មិនមែនជាការចាត់ចំណាត់ថ្នាក់ទេ។

## ការប្រៀបធៀបការវាយតម្លៃ និងពិន្ទុតាមពេលវេលា (normcheck compare, normcheck trend)

compare-heading = វឌ្ឍនភាពពី { $old } ទៅ { $new }
compare-col-norm = បទដ្ឋាន
compare-col-old = ចាស់
compare-col-new = ថ្មី
compare-col-delta = បម្រែបម្រួល
compare-overall = សរុប
compare-items-changed =
    { $count ->
        [0] គ្មានចំណុចណាមួយបានផ្លាស់ប្ដូរទេ។
        [one] ចំណុចចំនួន 1 បានផ្លាស់ប្ដូរ៖
       *[other] ចំណុចចំនួន { $count } បានផ្លាស់ប្ដូរ៖
    }
compare-improved = ប្រសើរឡើង
compare-regressed = ធ្លាក់ចុះ
compare-changed = បានផ្លាស់ប្ដូរ
compare-added = បានបន្ថែម
compare-removed = បានដកចេញ
compare-empty = (ទទេ)
compare-overall-line = ពិន្ទុរួម { $old } → { $new } ({ $change }) ដោយប្រៀបធៀប { $earlier } ជាមួយ { $later }។
compare-list-improved = ប្រសើរឡើង
compare-list-regressed = ធ្លាក់ចុះ
compare-list-other = បានផ្លាស់ប្ដូរ បន្ថែម ឬដកចេញ
trend-title = ពិន្ទុតាមពេលវេលា
trend-intro =
    { $count ->
        [one] ការវាយតម្លៃចំនួន 1 របស់ { $state } តម្រៀបតាមរយៈពេលរាយការណ៍ (ឬតាមកាលបរិច្ឆេទ នៅពេលគ្មានរយៈពេលរាយការណ៍)។ ពិន្ទុត្រូវបានគណនាតាមវិធានដាក់ពិន្ទុធម្មតានៃបញ្ជីត្រួតពិនិត្យរបស់ការវាយតម្លៃនីមួយៗ។
       *[other] ការវាយតម្លៃចំនួន { $count } របស់ { $state } តម្រៀបតាមរយៈពេលរាយការណ៍ (ឬតាមកាលបរិច្ឆេទ នៅពេលគ្មានរយៈពេលរាយការណ៍)។ ពិន្ទុត្រូវបានគណនាតាមវិធានដាក់ពិន្ទុធម្មតានៃបញ្ជីត្រួតពិនិត្យរបស់ការវាយតម្លៃនីមួយៗ។
    }
trend-intro-span = ការវាយតម្លៃចំនួន { $count } របស់ { $state } ពី { $first } ដល់ { $last } តម្រៀបតាមរយៈពេលរាយការណ៍ (ឬតាមកាលបរិច្ឆេទ នៅពេលគ្មានរយៈពេលរាយការណ៍)។ ពិន្ទុត្រូវបានគណនាតាមវិធានដាក់ពិន្ទុធម្មតានៃបញ្ជីត្រួតពិនិត្យរបស់ការវាយតម្លៃនីមួយៗ។
trend-chart = ពិន្ទុរួម និងពិន្ទុតាមបទដ្ឋាន (0–100)
trend-figures = តួលេខ

## ទិដ្ឋភាពថ្នាក់តំបន់ (ឯកសារ → ទិដ្ឋភាពថ្នាក់តំបន់…)

regional-view-title = ទិដ្ឋភាពថ្នាក់តំបន់
regional-view-intro = អ្វីដែលតំបន់ទាំងមូលបានអនុវត្ត និងការគាំទ្រដែលរដ្ឋនានាស្នើសុំ ដោយផ្អែកលើការវាយតម្លៃរបស់រដ្ឋជាច្រើន — ដោយមិនលាតត្រដាងរដ្ឋណាមួយឡើយ។
regional-view-checklist = ឯកសារបញ្ជីត្រួតពិនិត្យ (ប្រសិនបើមិនភ្ជាប់មកជាមួយ)៖
regional-view-optional = ស្រេចចិត្ត
regional-view-threshold = កម្រិតកំណត់អនាមិកភាព៖
regional-view-states-suffix = { " " }រដ្ឋ
regional-view-named = បញ្ជាក់ឈ្មោះរដ្ឋ (តែនៅពេលរដ្ឋនីមួយៗបានយល់ព្រមប៉ុណ្ណោះ)
regional-view-show = បង្ហាញតួលេខ
regional-view-opening = កំពុងបើកឯកសារ…
regional-view-files = ឯកសារការវាយតម្លៃ (មួយបន្ទាត់មួយ)៖
regional-view-choose = ជ្រើសរើសឯកសារ…
regional-view-passphrase = ឃ្លាសម្ងាត់សម្រាប់ឯកសារដែលមានការការពារ៖
regional-view-export-heading = នាំចេញរបាយការណ៍ថ្នាក់តំបន់
regional-view-pdf-file = ឯកសារ PDF៖
regional-view-a4 = A4
regional-view-letter = US Letter
regional-view-export = នាំចេញ PDF
regional-view-nothing-written = មិនបានសរសេរអ្វីទេ។
regional-view-no-dialog = មិនអាចបង្ហាញប្រអប់ជ្រើសរើសឯកសារនៅលើប្រព័ន្ធនេះបានទេ៖ សូមវាយផ្លូវឯកសារ មួយបន្ទាត់មួយ។
regional-view-not-exported = មិនអាចនាំចេញរបាយការណ៍ថ្នាក់តំបន់បានទេ៖ { $reason }
regional-view-stopped = ការងារបានឈប់ដោយមិនរំពឹងទុក។
regional-view-combined =
    { $count ->
        [one] បានបញ្ចូលរួមគ្នានូវការវាយតម្លៃរបស់រដ្ឋចំនួន 1
       *[other] បានបញ្ចូលរួមគ្នានូវការវាយតម្លៃរបស់រដ្ឋចំនួន { $count }
    }
regional-view-box-how = ប្រអប់នីមួយៗលាតសន្ធឹងពីពិន្ទុទាបបំផុតដល់ពិន្ទុខ្ពស់បំផុតក្នុងចំណោមរដ្ឋ ដោយមានមេដ្យានជាបន្ទាត់កណ្តាល ហើយការេប្រហោងជាមធ្យមភាគ។ ក្វាទីលមិនត្រូវបានគូសបង្ហាញទេ៖ ដោយសាររដ្ឋមានចំនួនតិច ក្វាទីលអាចលាតត្រដាងពិន្ទុរបស់រដ្ឋណាមួយដោយឡែក។
regional-view-notes =
    { $count ->
        [one] សម្រាប់តែអ្នកប៉ុណ្ណោះ៖ កំណត់សម្គាល់ចំនួន 1 ដែលបញ្ជាក់ឈ្មោះឯកសារ
       *[other] សម្រាប់តែអ្នកប៉ុណ្ណោះ៖ កំណត់សម្គាល់ចំនួន { $count } ដែលបញ្ជាក់ឈ្មោះឯកសារ
    }
regional-view-score-axis = ពិន្ទុ (0–100)
regional-view-boxes = ពីទាបបំផុតដល់ខ្ពស់បំផុត មេដ្យាន
regional-view-mean = មធ្យមភាគ
regional-view-dialog = ទិដ្ឋភាពថ្នាក់តំបន់ — ជ្រើសរើសការវាយតម្លៃរបស់រដ្ឋនានា
regional-view-files-filter = ឯកសារ normcheck (JSON, .age ដែលមានការការពារ)
regional-view-type-passphrase = { $file } មានការការពារ៖ សូមវាយឃ្លាសម្ងាត់របស់វានៅខាងលើ
regional-view-give-checklist = { $error }; សូមបញ្ជាក់ឯកសាររបស់បញ្ជីត្រួតពិនិត្យនោះនៅក្នុង «ឯកសារបញ្ជីត្រួតពិនិត្យ»

## សាររបស់បន្ទាត់បញ្ជា

cli-nothing-written-problems =
    { $file }៖ មិនបានសរសេរអ្វីទេ ដោយសារមាន{ $count ->
        [one] បញ្ហាចំនួន 1
       *[other] បញ្ហាចំនួន { $count }
    }
cli-checklist-written = បានសរសេរ { $file } (បទដ្ឋានចំនួន { $norms }, ចំណុចចំនួន { $items })

## សៀវភៅបញ្ជីនៃបញ្ជីត្រួតពិនិត្យ (normcheck checklist export / template)៖ ឈ្មោះសន្លឹក និងឈ្មោះជួរឈរនៅជាភាសាអង់គ្លេស ព្រោះវាត្រូវបានអានត្រឡប់មកវិញ

checklist-sheet-title = បញ្ជីត្រួតពិនិត្យ normcheck — { $title } (កំណែ { $version })
checklist-sheet-template-title = គំរូបញ្ជីត្រួតពិនិត្យ normcheck
checklist-sheet-howto-import = សៀវភៅបញ្ជីនេះជាបញ្ជីត្រួតពិនិត្យ normcheck៖ អ្វីដែលត្រូវសួរ និងតាមមាត្រដ្ឋានណា។ សូមបំពេញសន្លឹកនានា រួចដំណើរការ៖ normcheck checklist import FILE.xlsx -o CHECKLIST.json
checklist-sheet-howto-details = សន្លឹក Checklist (បញ្ជីត្រួតពិនិត្យ)៖ លេខសម្គាល់របស់បញ្ជីត្រួតពិនិត្យ (ការវាយតម្លៃនានាយោងទៅលើលេខសម្គាល់នេះ៖ កុំប្ដូរវាឡើយ នៅពេលមានការវាយតម្លៃរួចហើយ) កំណែ ចំណងជើង និងការពិពណ៌នារបស់វា ព្រមទាំងថាតើអាចសម្គាល់ចំណុចថាមិនពាក់ព័ន្ធបានឬទេ៖ Yes (មែន) ឬ No (ទេ)។
checklist-sheet-howto-sources = សន្លឹក Sources (ប្រភព)៖ ឯកសារដែលបញ្ជីត្រួតពិនិត្យផ្អែកលើ (លេខសម្គាល់ ដូចជា A/70/174, ចំណងជើង, កំណត់សម្គាល់)។
checklist-sheet-howto-scale = សន្លឹក Scale (មាត្រដ្ឋាន)៖ កម្រិតចម្លើយ ដោយចាប់ផ្ដើមពីកម្រិតទាបបំផុត៖ តម្លៃជាចំនួនគត់ ស្លាកខ្លីមួយ និងអត្ថន័យរបស់កម្រិតនោះ។
checklist-sheet-howto-bands = សន្លឹក Bands (កម្រិតពិន្ទុ)៖ ស្លាកសម្រាប់ចន្លោះពិន្ទុ ដោយចាប់ផ្ដើមពីចន្លោះទាបបំផុត៖ ពិន្ទុអប្បបរមា (0–100) និងស្លាក។
checklist-sheet-howto-areas = សន្លឹក Focus areas (វិស័យអាទិភាព)៖ វិស័យឆ្លងកាត់ ដែលអាចភ្ជាប់ស្លាកទៅនឹងចំណុចនានា (លេខសម្គាល់, ចំណងជើង, ការពិពណ៌នា)។
checklist-sheet-howto-norms = សន្លឹក Norms (បទដ្ឋាន)៖ មួយជួរដេកសម្រាប់បទដ្ឋានមួយ (លេខសម្គាល់ ដូចជា a, ចំណងជើង, សេចក្ដីសង្ខេប, ប្រភព, ប្រភេទ៖ positive [ស្នើឱ្យរដ្ឋធ្វើសកម្មភាព], restraint [ស្នើឱ្យរដ្ឋចៀសវាងសកម្មភាពមួយចំនួន] ឬ mixed [ទាំងពីរ])។
checklist-sheet-howto-items = សន្លឹក Items (ចំណុច)៖ មួយជួរដេកសម្រាប់សកម្មភាពជាក់ស្តែងមួយ តាមលំដាប់៖ លេខសម្គាល់តែមួយគត់ (ដូចជា a.1), លេខសម្គាល់នៃបទដ្ឋានរបស់វា, អត្ថបទ, ការណែនាំ, ភស្តុតាងដែលបង្ហាញពីការអនុវត្ត, លេខសម្គាល់វិស័យអាទិភាពដែលបំបែកគ្នាដោយសញ្ញាក្បៀស, ទម្ងន់ធំជាង 0 (ក្រឡាទទេមានន័យថា 1) និងមូលដ្ឋានរបស់វា។
checklist-sheet-howto-translations = សន្លឹក Translations (ការបកប្រែ)៖ អត្ថបទនៃបញ្ជីត្រួតពិនិត្យជាភាសាផ្សេងៗ។ ជួរដេកនីមួយៗជាអត្ថបទមួយ (គន្លឹះរបស់វា និងអត្ថបទអង់គ្លេស)។ សូមបន្ថែមជួរឈរមួយដែលមានចំណងជើងជាកូដភាសា (th, vi, id, km, lo, my, ms, fil, ...) ហើយសរសេរអត្ថបទក្នុងជួរឈរនោះ។ ក្រឡាទទេនឹងរក្សាអត្ថបទអង់គ្លេស។
checklist-sheet-howto-problems = ការនាំចូលពិនិត្យសៀវភៅបញ្ជីដូចពិនិត្យឯកសារបញ្ជីត្រួតពិនិត្យ ហើយបញ្ជាក់ក្រឡានៃបញ្ហានីមួយៗ (ឧទាហរណ៍ Items!G5)។
cli-warning-label = ព្រមាន
cli-note-label = សម្គាល់
cli-file-exists = { $file }៖ ឯកសារមានរួចហើយ; សូមជ្រើសរើសឈ្មោះផ្សេង ឬបន្ថែម --force ដើម្បីជំនួសវា
cli-file-exists-force = { $file }៖ ឯកសារមានរួចហើយ; សូមបន្ថែម --force ដើម្បីជំនួសវា
cli-stdout-failed = មិនអាចសរសេរទៅទិន្នផលស្តង់ដារ (standard output) បានទេ៖ { $reason }
cli-pdf-needs-output = PDF មិនត្រូវបានសរសេរទៅទិន្នផលស្តង់ដារទេ៖ សូមផ្ដល់ -o FILE.pdf
cli-no-assessments = មិនបានផ្ដល់ការវាយតម្លៃណាមួយទេ
cli-two-assessments = ត្រូវការការវាយតម្លៃពីរ
cli-valid-checklist = បញ្ជីត្រួតពិនិត្យត្រឹមត្រូវ «{ $id }» កំណែ { $version } (បទដ្ឋានចំនួន { $norms }, ចំណុចចំនួន { $items }, វិស័យអាទិភាពចំនួន { $areas })
cli-valid-spreadsheet = { $summary } (សៀវភៅបញ្ជី)
cli-valid-session = ការវាយតម្លៃត្រឹមត្រូវសម្រាប់បញ្ជីត្រួតពិនិត្យ «{ $id }» (បានឆ្លើយចំណុចចំនួន { $answered } ក្នុងចំណោម { $items })
cli-valid-protected = { $summary } (ត្រូវបានការពារដោយឃ្លាសម្ងាត់)
cli-differing-checklist = { $file }៖ ព្រមាន៖ ឯកសារបញ្ជីត្រួតពិនិត្យ { $checklist } ខុសពីច្បាប់ចម្លងនៃបញ្ជីត្រួតពិនិត្យ «{ $id }» កំណែ { $version } ដែលបានរក្សាទុកក្នុងការវាយតម្លៃ; បានពិនិត្យធៀបនឹងច្បាប់ចម្លងដែលបានរក្សាទុក (បន្ថែម --use-checklist-file ដើម្បីពិនិត្យធៀបនឹងឯកសារ)
cli-score-no-state = (មិនបានបញ្ជាក់រដ្ឋជាសមាជិក)
cli-score-norm = បទដ្ឋាន
cli-score-score = ពិន្ទុ
cli-score-band = កម្រិតពិន្ទុ
cli-score-completion = កម្រិតបំពេញ
cli-score-overall = សរុប (មធ្យមភាគនៃបទដ្ឋាន)
cli-score-area = វិស័យអាទិភាព
cli-score-answered = បានឆ្លើយចំណុចចំនួន { $answered } ក្នុងចំណោម { $items } (មិនពាក់ព័ន្ធចំនួន { $na })។
cli-member-state-empty = --member-state មិនត្រូវទទេឡើយ
cli-created = បានបង្កើត { $file } សម្រាប់ { $state } (ចំណុចចំនួន { $items }, បញ្ជីត្រួតពិនិត្យ { $id } { $version })
cli-already-protected = { $file }៖ ការវាយតម្លៃមានការការពាររួចហើយ (សូមប្រើ normcheck unprotect ជាមុនសិន ឬប្ដូរឃ្លាសម្ងាត់ក្នុងកម្មវិធី)
cli-protected = បានការពារ { $file } ដោយឃ្លាសម្ងាត់
cli-protected-name-hint = បានការពារ { $file } ដោយឃ្លាសម្ងាត់ (សូមដាក់ឈ្មោះឯកសារដែលមានការការពារជា *.{ $extension } ដើម្បីងាយបែងចែក)
cli-not-protected = { $file }៖ ការវាយតម្លៃមិនមានការការពារទេ; គ្មានអ្វីត្រូវធ្វើទេ
cli-unprotected = បានសរសេរ { $file } ជា JSON ធម្មតា៖ អ្នកណាដែលអាចអានឯកសារនេះ ក៏អាចអានការវាយតម្លៃបានដែរ
cli-pass-needs-terminal = { $file }៖ សូមផ្ដល់ --passphrase-file ឬដំណើរការក្នុងទែមីណាល់ ដើម្បីជ្រើសរើសឃ្លាសម្ងាត់
cli-pass-new = ឃ្លាសម្ងាត់ថ្មីសម្រាប់ { $file }៖{ " " }
cli-pass-again = វាយឃ្លាសម្ងាត់ដដែលម្ដងទៀត៖{ " " }
cli-pass-differ = ឃ្លាសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ; មិនបានសរសេរអ្វីទេ
cli-pass-for = ឃ្លាសម្ងាត់សម្រាប់ { $file }៖{ " " }
cli-pass-unreadable = មិនអាចអានឃ្លាសម្ងាត់បានទេ៖ { $reason }
cli-pass-empty = ឃ្លាសម្ងាត់ទទេ
cli-pass-not-utf8 = { $file }៖ ឃ្លាសម្ងាត់មិនមែនជាអត្ថបទ UTF-8 ទេ
cli-upgrade-wrote = បានសរសេរ { $file }៖ ការវាយតម្លៃត្រូវបានផ្ទេរពីបញ្ជីត្រួតពិនិត្យកំណែ { $from } ទៅកំណែ { $to } ({ $input } មិនត្រូវបានផ្លាស់ប្ដូរទេ)
cli-upgrade-carried = ចម្លើយដែលបាននាំយកតាមលេខសម្គាល់ចំណុច៖ { $count }
cli-upgrade-merged-both = { $old } ត្រូវបានបញ្ចូលទៅក្នុង { $into }៖ ចំណុចទាំងពីរមានចម្លើយ៖ កម្រិតទាបជាងត្រូវបានរក្សាទុក ព្រមទាំងកំណត់សម្គាល់ទាំងពីរ ដោយមានស្លាកសម្គាល់
cli-upgrade-merged = { $old } ត្រូវបានបញ្ចូលទៅក្នុង { $into }៖ ចម្លើយរបស់វាត្រូវបានផ្ទេរទៅ { $into }
cli-upgrade-removed = { $id } ត្រូវបានដកចេញ; ចម្លើយរបស់វាមិនមាននៅក្នុងឯកសារថ្មីទេ។ { $why }
cli-upgrade-added = ចំណុចថ្មីដែលមិនទាន់បានឆ្លើយ៖ { $ids }
cli-no-folder = { $folder }៖ ថតនេះមិនមានទេ
cli-no-agencies = { $file }៖ មិនទាន់មានចំណុចណាមួយមានស្ថាប័នទទួលខុសត្រូវនៅឡើយទេ; សូមចាត់តាំងស្ថាប័នជាមុនសិន (វាល owner ឬ «ចាត់តាំងស្ថាប័នទទួលខុសត្រូវ» ក្នុងកម្មវិធី)
cli-split-part =
    { $agency }៖ { $count ->
        [one] ចំណុចចំនួន 1
       *[other] ចំណុចចំនួន { $count }
    } → { $file }
cli-split-protected = ការចូលរួមត្រូវបានការពារដោយឃ្លាសម្ងាត់របស់ការវាយតម្លៃ។
cli-split-unassigned =
    { $count ->
        [one] ចំណុចចំនួន 1 គ្មានស្ថាប័នទទួលខុសត្រូវ ហើយនៅជាមួយអ្នកសម្របសម្រួល។
       *[other] ចំណុចចំនួន { $count } គ្មានស្ថាប័នទទួលខុសត្រូវ ហើយនៅជាមួយអ្នកសម្របសម្រួល។
    }
cli-merged =
    បានបញ្ចូល{ $changes ->
        [one] ការផ្លាស់ប្ដូរចំនួន 1
       *[other] ការផ្លាស់ប្ដូរចំនួន { $changes }
    } ពី{ $contributions ->
        [one] ការចូលរួមចំនួន 1
       *[other] ការចូលរួមចំនួន { $contributions }
    } ទៅក្នុង { $file }
cli-conflict = CONFLICT { $item } { $field }: បានរក្សា { $kept }; { $values }
cli-conflicts-to-settle =
    { $count ->
        [one] មានចម្លើយផ្ទុយគ្នាចំនួន 1 ដែលត្រូវដោះស្រាយ
       *[other] មានចម្លើយផ្ទុយគ្នាចំនួន { $count } ដែលត្រូវដោះស្រាយ
    }៖ សូមបើក { $file } ក្នុង normcheck («ឯកសារ → បញ្ចូលការចូលរួមរបស់ស្ថាប័ន…» បង្ហាញបញ្ជីនៃចម្លើយទាំងនោះ)។
cli-sheet-not-encrypted = { $file }៖ ការវាយតម្លៃមានការការពារ ប៉ុន្តែសៀវភៅបញ្ជីមិនត្រូវបានអ៊ិនគ្រីបទេ៖ សូមរក្សាទុក និងផ្ញើវាដោយប្រុងប្រយ័ត្ន
cli-sheet-changed =
    { $count ->
        [one] ចំណុចចំនួន 1 បានផ្លាស់ប្ដូរ
       *[other] ចំណុចចំនួន { $count } បានផ្លាស់ប្ដូរ
    }
cli-sheet-changed-partial =
    { $count ->
        [one] ចំណុចចំនួន 1 បានផ្លាស់ប្ដូរ
       *[other] ចំណុចចំនួន { $count } បានផ្លាស់ប្ដូរ
    }; { $cells ->
        [one] ក្រឡាចំនួន 1 ត្រូវបានទុកចោល (--partial)
       *[other] ក្រឡាចំនួន { $cells } ត្រូវបានទុកចោល (--partial)
    }
cli-sheet-nothing-written =
    មិនបានសរសេរអ្វីទេ៖ { $cells ->
        [one] ក្រឡាចំនួន 1 មិនអាចប្រើបាន (សូមកែក្រឡានោះ ឬបន្ថែម --partial ដើម្បីសរសេរផ្នែកដែលនៅសល់)
       *[other] ក្រឡាចំនួន { $cells } មិនអាចប្រើបាន (សូមកែក្រឡាទាំងនោះ ឬបន្ថែម --partial ដើម្បីសរសេរផ្នែកដែលនៅសល់)
    }
cli-not-a-language-code = «{ $code }» មិនមែនជាកូដភាសាទេ (ដូចជា lo, my ឬ th)
cli-translate-wrote = បានសរសេរ { $file }៖ សារចំនួន { $messages } (បានបកប្រែ { $translated }) និងអត្ថបទបញ្ជីត្រួតពិនិត្យចំនួន { $texts }
cli-cannot-read = { $file }៖ មិនអាចអានបានទេ៖ { $reason }
cli-translate-nothing-installed =
    { $file }៖ មិនបានដំឡើងអ្វីទេ៖ { $count ->
        [one] មានក្រឡាចំនួន 1 ដែលត្រូវកែ
       *[other] មានក្រឡាចំនួន { $count } ដែលត្រូវកែ
    }
cli-translate-installed = បានដំឡើង { $code } (សារចំនួន { $messages }, អត្ថបទបញ្ជីត្រួតពិនិត្យចំនួន { $texts }) ក្នុង { $folder }
cli-translate-no-text = បញ្ជីត្រួតពិនិត្យដែលភ្ជាប់មកជាមួយគ្មានអត្ថបទ «{ $key }» ទេ
cli-translate-no-data-folder = កុំព្យូទ័រនេះគ្មានថតទិន្នន័យសម្រាប់ normcheck ទេ
cli-translate-bad-message = មិនមែនជាសារត្រឹមត្រូវទេ៖ សូមពិនិត្យសញ្ញាវង់ក្រចក { "{" } { "}" } របស់វា ហើយក្នុងការជ្រើសរើសតាមចំនួន សូមពិនិត្យ [ជម្រើស] របស់វា
cli-translate-unknown-id = normcheck គ្មានសារ «{ $id }» ទេ
cli-translate-missing = { $id } បាត់
cli-translate-placeables-lost = បាត់ { $placeables }៖ សូមរក្សាវាឱ្យដូចអត្ថបទអង់គ្លេស
cli-translate-placeables-unknown = មាន { $placeables } ដែលអត្ថបទអង់គ្លេសមិនមាន
cli-origin-builtin = ភ្ជាប់មកជាមួយ
cli-origin-installed = បានដំឡើងក្នុង { $folder }
cli-origin-pseudo = ភាសាក្លែងសម្រាប់ការធ្វើតេស្ត
cli-translate-language = { $code } { $name }៖ សារ { $own }/{ $total }, អត្ថបទបញ្ជីត្រួតពិនិត្យ { $translated }/{ $texts } ({ $origin })
cli-hint-give-checklist = សូមផ្ដល់ឯកសាររបស់វាដោយប្រើ --checklist FILE
cli-hint-give-passphrase = សូមផ្ដល់ --passphrase-file ឬដំណើរការក្នុងទែមីណាល់
cli-hint-use-checklist-file = សូមបន្ថែម --use-checklist-file ដើម្បីអានការវាយតម្លៃជាមួយឯកសារនោះ
cli-hint-see-every-problem = សូមដំណើរការ normcheck validate ដើម្បីមើលបញ្ហាទាំងអស់
cli-hint-import-spreadsheet = សៀវភៅបញ្ជីរបស់ការវាយតម្លៃ ត្រូវបាននាំចូលទៅក្នុងការវាយតម្លៃរបស់វាដោយប្រើ `normcheck sheet import`; ចំណែកសៀវភៅបញ្ជីរបស់បញ្ជីត្រួតពិនិត្យ ត្រូវផ្ដល់ជាបញ្ជីត្រួតពិនិត្យ (--checklist FILE.xlsx)
cli-hint-prepare-contributions = សូមបង្កើតការចូលរួមដោយប្រើ normcheck split
cli-hint-name-member-state = សូមបញ្ជាក់រដ្ឋជាសមាជិកដោយប្រើ `normcheck new --member-state` ឬក្នុងកម្មវិធី នៅក្រោម «ព័ត៌មានលម្អិត»
cli-hint-one-checklist = ឬផ្ដល់ --checklist FILE ដើម្បីអានឯកសារទាំងអស់ជាមួយបញ្ជីត្រួតពិនិត្យតែមួយ

## បញ្ហាដែលរកឃើញក្នុងឯកសារ និងមូលហេតុដែលឯកសារត្រូវបានបដិសេធ

problem-at = នៅ { $path }៖ { $message }
problem-error = កំហុស៖ { $problem }
problem-warning = ព្រមាន៖ { $problem }
problems-none = គ្មានបញ្ហា
problems-many = បញ្ហាចំនួន { $count }៖ { $list }
json-ends-early = ឯកសារបញ្ចប់មុនពេលកំណត់ (វាអាចត្រូវបានកាត់ខ្លី ឬចម្លងមិនពេញលេញ) នៅបន្ទាត់ទី { $line } តួអក្សរទី { $column }
json-syntax = ឯកសារមិនមែនជា JSON ត្រឹមត្រូវទេ (វាអាចខូច)៖ { $detail }
json-unreadable = មិនអាចអានឯកសារបានទេ៖ { $detail }
json-unexpected = ខ្លឹមសារមិនរំពឹងទុក៖ { $detail }
problem-empty = មិនត្រូវទទេឡើយ
problem-scale-empty = មាត្រដ្ឋានគ្មានកម្រិតទេ
problem-level-twice = តម្លៃកម្រិត { $value } លេចឡើងច្រើនជាងម្ដង
problem-level-negative = តម្លៃកម្រិតត្រូវតែជា 0 ឬធំជាងនេះ
problem-levels-order = តម្លៃកម្រិតត្រូវតែរៀបតាមលំដាប់ពីតូចទៅធំ
problem-top-level-zero = កម្រិតខ្ពស់បំផុតត្រូវតែធំជាង 0 ព្រោះពិន្ទុត្រូវបានគណនាដោយចែកនឹងកម្រិតនោះ
problem-band-outside = { $min } ស្ថិតនៅក្រៅចន្លោះ 0–100
problem-bands-order = ពិន្ទុអប្បបរមានៃកម្រិតពិន្ទុត្រូវតែរៀបតាមលំដាប់ពីតូចទៅធំ
problem-bands-start = កម្រិតពិន្ទុទីមួយមិនចាប់ផ្ដើមពី 0 ទេ៖ ពិន្ទុដែលទាបជាងនេះនឹងគ្មានកម្រិតពិន្ទុ
problem-area-twice = លេខសម្គាល់វិស័យអាទិភាព «{ $id }» លេចឡើងច្រើនជាងម្ដង
problem-no-norms = បញ្ជីត្រួតពិនិត្យគ្មានបទដ្ឋានទេ
problem-norm-twice = លេខសម្គាល់បទដ្ឋាន «{ $id }» លេចឡើងច្រើនជាងម្ដង
problem-norm-empty = បទដ្ឋាន «{ $id }» គ្មានចំណុចទេ
problem-area-unused = គ្មានចំណុចណាប្រើវិស័យអាទិភាព «{ $id }» ទេ; វិស័យនេះនឹងគ្មានពិន្ទុ
problem-item-twice = លេខសម្គាល់ចំណុច «{ $id }» ត្រូវបានប្រើរួចហើយនៅ { $first }
problem-weight = ទម្ងន់ត្រូវតែធំជាង 0 និងមិនលើសពី { $max } ប៉ុន្តែរកឃើញ { $found }
problem-area-unknown = វិស័យអាទិភាពមិនស្គាល់ «{ $id }»
problem-area-listed-twice = វិស័យអាទិភាព «{ $id }» ត្រូវបានរាយពីរដង
problem-not-language-code = «{ $code }» មិនមែនជាកូដភាសាទេ (ដូចជា «th» ឬ «vi»)
problem-translation-unused = បញ្ជីត្រួតពិនិត្យគ្មានអត្ថបទ «{ $key }» ទេ; ការបកប្រែនេះមិនត្រូវបានប្រើទេ
problem-other-checklist = ការវាយតម្លៃត្រូវបានបង្កើតសម្រាប់បញ្ជីត្រួតពិនិត្យ «{ $session }» មិនមែន «{ $checklist }» ទេ
problem-other-version = ការវាយតម្លៃត្រូវបានបង្កើតជាមួយបញ្ជីត្រួតពិនិត្យកំណែ «{ $session }»; កំពុងអានវាជាមួយកំណែ «{ $checklist }»
problem-no-such-item = បញ្ជីត្រួតពិនិត្យគ្មានចំណុចនេះទេ; ចម្លើយត្រូវបានរក្សាទុក ប៉ុន្តែមិនត្រូវបានដាក់ពិន្ទុទេ
problem-not-a-level = { $level } មិនមែនជាកម្រិតក្នុងមាត្រដ្ឋានទេ (តម្លៃដែលអនុញ្ញាត៖ { $allowed })
problem-na-not-allowed = បញ្ជីត្រួតពិនិត្យនេះមិនអនុញ្ញាតឱ្យសម្គាល់ចំណុចថាមិនពាក់ព័ន្ធទេ
problem-na-unjustified = បានសម្គាល់ថាមិនពាក់ព័ន្ធ ដោយគ្មានហេតុផល
problem-copy-format = រំពឹងថា "{ $expected }" ប៉ុន្តែរកឃើញ "{ $found }"
problem-copy-version = រំពឹងថាពី 1 ដល់ { $max } ប៉ុន្តែរកឃើញ { $found }
problem-copy-other-checklist = ច្បាប់ចម្លងនេះជាបញ្ជីត្រួតពិនិត្យ «{ $copy }» ប៉ុន្តែការវាយតម្លៃត្រូវបានបង្កើតសម្រាប់ «{ $session }»
problem-level-and-na = ចម្លើយមួយមិនអាចមានកម្រិត ហើយត្រូវបានសម្គាល់ថាមិនពាក់ព័ន្ធក្នុងពេលតែមួយបានទេ
problem-differing-checklist = ឯកសារបញ្ជីត្រួតពិនិត្យ { $file } ខុសពីច្បាប់ចម្លងនៃបញ្ជីត្រួតពិនិត្យ «{ $id }» កំណែ { $version } ដែលបានរក្សាទុកក្នុងការវាយតម្លៃ; ច្បាប់ចម្លងដែលបានរក្សាទុកត្រូវបានប្រើ
cell-not-a-level = «{ $text }» មិនមែនជាកម្រិតក្នុងមាត្រដ្ឋានទេ ({ $levels })
cell-level-mismatch = កម្រិត { $value } គឺ «{ $label }» មិនមែន «{ $text }» ទេ៖ សូមជ្រើសរើសពីបញ្ជី ឬវាយតែលេខរបស់កម្រិត
cell-not-yes-no = «{ $text }» មិនមែន «មែន» (Yes) ហើយក៏មិនមែន «ទេ» (No) ដែរ
cell-not-a-date = មិនមែនជាកាលបរិច្ឆេទទេ
cell-number-not-date = { $text } ជាលេខ មិនមែនជាកាលបរិច្ឆេទទេ (YYYY-MM-DD)
cell-text-not-date = «{ $text }» មិនមែនជាកាលបរិច្ឆេទទេ (YYYY-MM-DD)
cell-not-a-priority = «{ $text }» មិនមែនជាអាទិភាពទេ ({ $priorities })
cell-not-a-support-kind = «{ $text }» មិនមែនជាប្រភេទនៃការគាំទ្រទេ ({ $kinds }); សូមសរសេរកំណត់សម្គាល់នៅបន្ទាត់ខាងក្រោមប្រភេទនៃការគាំទ្រ
cell-no-support-kind = សូមបញ្ជាក់ប្រភេទនៃការគាំទ្រយ៉ាងហោចណាស់មួយនៅបន្ទាត់ទីមួយ
cell-item-twice = ចំណុច «{ $item }» ក៏មាននៅជួរដេកទី { $row } ដែរ
cell-no-item-id = ជួរដេកនេះមានចម្លើយ ប៉ុន្តែគ្មានលេខសម្គាល់ចំណុចទេ
cell-unknown-item = បញ្ជីត្រួតពិនិត្យ «{ $checklist }» គ្មានចំណុច «{ $item }» ទេ
cell-level-and-na = មានទាំងកម្រិត និង «មិនពាក់ព័ន្ធ» ក្នុងពេលតែមួយ៖ សូមលុបកម្រិតចោល ឬកំណត់ «មិនពាក់ព័ន្ធ» ទៅជា «ទេ»
cell-language-code = «{ $code }» មិនមែនជាកូដភាសាទេ (ដូចជា th ឬ vi)
cell-language-here = កូដភាសា (ដូចជា lo ឬ my) ត្រូវដាក់នៅទីនេះ ក្បែរ «Language»
field-not-a-date = «{ $text }» មិនមែនជាកាលបរិច្ឆេទទេ
field-not-true-false = រំពឹងថា true ឬ false ប៉ុន្តែរកឃើញ { $found }
field-not-support = មិនមែនជាកំណត់ត្រានៃការគាំទ្រទេ៖ { $detail }
field-unknown = "{ $field }" មិនមែនជាវាលនៃចម្លើយទេ
field-not-text = រំពឹងថាជាអត្ថបទ ប៉ុន្តែរកឃើញ { $found }
field-not-a-level = { $found } មិនមែនជាកម្រិតទេ
field-not-level-na = { $found } មិនមែនជាកម្រិត "na" ឬ null ទេ
field-not-references = រំពឹងថាជាបញ្ជីឯកសារយោង ប៉ុន្តែរកឃើញ { $found }
field-not-a-priority = «{ $text }» មិនមែនជាអាទិភាពទេ
cell-not-a-checklist-field = «{ $field }» មិនមែនជាវាលនៃបញ្ជីត្រួតពិនិត្យទេ ({ $fields })
cell-level-whole-number = តម្លៃរបស់កម្រិតត្រូវតែជាចំនួនគត់
cell-band-number = ពិន្ទុអប្បបរមាត្រូវតែជាលេខ (0–100)
cell-not-a-kind = «{ $kind }» មិនមែនជាប្រភេទទេ (positive, restraint ឬ mixed)
cell-not-a-norm = «{ $norm }» មិនមែនជាលេខសម្គាល់នៃបទដ្ឋានណាមួយនៅលើសន្លឹក { $sheet } ទេ
cell-weight-number = ទម្ងន់ត្រូវតែជាលេខធំជាង 0
read-failed = មិនអាចអានឯកសារបានទេ៖ { $reason }
read-too-large = ឯកសារមានទំហំ { $size } បៃ ដែលធំជាងដែនកំណត់ { $limit } បៃ; វាមិនមែនជាឯកសារ normcheck ទេ
protect-wrong-passphrase = ឃ្លាសម្ងាត់មិនត្រឹមត្រូវ
protect-not-passphrase = ឯកសារនេះត្រូវបានអ៊ិនគ្រីបដោយប្រើសោ (key) មិនមែនការពារដោយឃ្លាសម្ងាត់ទេ; normcheck បើកតែឯកសារដែលការពារដោយឃ្លាសម្ងាត់ប៉ុណ្ណោះ
protect-too-much-work = ការការពារដោយឃ្លាសម្ងាត់របស់ឯកសារនេះ ទាមទារកត្តាការងារ (work factor) { $required } ដែលលើសដែនកំណត់ { $max }; ឯកសារមិនត្រូវបានបើកទេ (ឯកសារដែលបង្កើតតាមរបៀបនេះ អាចត្រូវការពេលច្រើននាទី និងអង្គចងចាំច្រើនជីហ្គាបៃ ដើម្បីបើក)
protect-damaged = ឯកសារដែលមានការការពារបានខូច៖ { $detail }
protect-encrypt-failed = មិនអាចអ៊ិនគ្រីបបានទេ៖ { $detail }
io-permission = គ្មានសិទ្ធិ (អ្នកប្រហែលជាមិនមានសិទ្ធិសរសេរនៅទីនោះ ឬកម្មវិធីផ្សេងកំពុងប្រើឯកសារនោះ)
io-disk-full = ថាសពេញ
io-read-only-drive = ដ្រាយនេះបានតែអាន
io-quota = លើសកូតាថាស
io-no-folder = ថតនេះមិនមានទេ
doc-noun-checklist = បញ្ជីត្រួតពិនិត្យ
doc-noun-session = ការវាយតម្លៃ
doc-noun-recovery = ច្បាប់ចម្លងរក្សាទុកស្វ័យប្រវត្តិ
doc-noun-checklist-or-session = បញ្ជីត្រួតពិនិត្យ ឬការវាយតម្លៃ
doc-wrong-format = នេះមិនមែនជាឯកសារ{ $expected }របស់ normcheck ទេ ({ $found })
doc-bad-version = "format_version" ត្រូវតែជាចំនួនគត់ចាប់ពី 1 ឡើងទៅ ប៉ុន្តែរកឃើញ { $found }
doc-no-version = "format_version" ត្រូវតែជាចំនួនគត់ចាប់ពី 1 ឡើងទៅ ប៉ុន្តែមិនមានទេ
doc-too-new = ឯកសារ{ $noun }នេះត្រូវបានបង្កើតដោយកំណែថ្មីជាងនៃ normcheck (កំណែទម្រង់ { $found }; កំណែនេះអានបានត្រឹមកំណែទម្រង់ { $supported }); សូមធ្វើបច្ចុប្បន្នភាព normcheck ដើម្បីបើកវា
doc-migration = មិនអាចធ្វើបច្ចុប្បន្នភាពពីកំណែទម្រង់ { $from } បានទេ៖ { $detail }
doc-shape = នៅ { $path }៖ { $detail }
doc-top-level = កម្រិតខាងលើបំផុតនៃឯកសារ
doc-spreadsheet = នេះមិនមែនជាឯកសារ{ $expected }របស់ normcheck ទេ (វាជាសៀវភៅបញ្ជី)
doc-assessment-spreadsheet = នេះជាសៀវភៅបញ្ជីរបស់ការវាយតម្លៃ មិនមែនជាបញ្ជីត្រួតពិនិត្យទេ
doc-not-workbook = នេះមិនមែនជាសៀវភៅបញ្ជី (.xlsx) ទេ៖ { $found }
found-top-level = កម្រិតខាងលើបំផុតគឺជា { $kind } មិនមែនជាវត្ថុ (object) ទេ
found-no-format = វាគ្មានវាល "format" ទេ
found-normcheck-file = វាជាឯកសារ{ $noun }របស់ normcheck
found-format-is = វាល "format" របស់វាគឺ "{ $format }"
found-format-type = វាល "format" របស់វាជា { $kind }
found-format-unknown = វាល "format" របស់វាបាត់ ឬមិនស្គាល់
found-protected-checklist = វាត្រូវបានការពារដោយឃ្លាសម្ងាត់; បញ្ជីត្រួតពិនិត្យមិនដែលត្រូវបានការពារទេ
found-protected-inside = វាត្រូវបានការពារដោយឃ្លាសម្ងាត់ នៅក្នុងឯកសារដែលមានការការពារមួយផ្សេងទៀត
found-protected = វាត្រូវបានការពារដោយឃ្លាសម្ងាត់
found-json = វាជាឯកសារ JSON
found-not-workbook = វាមិនមែនជាសៀវភៅបញ្ជីដែល normcheck អាចអានបានទេ
json-type-null = null
json-type-boolean = តម្លៃប៊ូលីន (boolean)
json-type-number = លេខ
json-type-string = ខ្សែអក្សរ (string)
json-type-array = អារេ (array)
json-type-object = វត្ថុ (object)
open-not-built-in = { $file }៖ ការវាយតម្លៃប្រើបញ្ជីត្រួតពិនិត្យ «{ $id }» ដែលមិនភ្ជាប់មកជាមួយ ហើយក៏មិនបានរក្សាទុកក្នុងការវាយតម្លៃដែរ
open-copy-damaged = { $file }៖ ច្បាប់ចម្លងនៃបញ្ជីត្រួតពិនិត្យដែលបានរក្សាទុកក្នុងការវាយតម្លៃបានខូច៖ { $problem }
open-passphrase-needed = { $file } មានការការពារ
open-wrong-passphrase = { $file }៖ ឃ្លាសម្ងាត់មិនត្រឹមត្រូវ
open-and-more = { $first } (និង { $more } ទៀត)
open-does-not-fit = ការវាយតម្លៃមិនត្រូវគ្នានឹងបញ្ជីត្រួតពិនិត្យរបស់វាទេ
write-folder-missing = មិនអាចសរសេរ { $file } បានទេ៖ ថត { $folder } មិនមានទេ
write-not-a-file = មិនអាចសរសេរ { $file } បានទេ៖ វាជា{ $kind } មិនមែនជាឯកសារធម្មតាទេ; សូមជ្រើសរើសឈ្មោះឯកសារ
write-kind-folder = ថត
write-kind-device = ឧបករណ៍
write-kind-socket = សុកឃិត (socket)
write-kind-broken-link = តំណភ្ជាប់ទៅឯកសារដែលបាត់
write-kind-other = អ្វីផ្សេងទៀត
write-read-only = { $file } បានតែអាន; វាត្រូវបានទុកនៅដដែល (សូមជ្រើសរើសឯកសារផ្សេង ឬអនុញ្ញាតឱ្យជំនួសវា)
write-is-input = { $file } ក៏ជាឯកសារបញ្ចូលដែរ; ការសរសេរទៅទីនោះនឹងបំផ្លាញវា ដូច្នេះមិនបានសរសេរអ្វីទេ (សូមជ្រើសរើសឯកសារលទ្ធផលផ្សេង)
write-locked = មិនអាចសរសេរ { $file } បានទេ៖ ឯកសារកំពុងត្រូវបានប្រើដោយកម្មវិធីផ្សេង (បានព្យាយាម { $tries } ដង ក្នុងរយៈពេល { $seconds } វិនាទី); សូមបិទវានៅក្នុងកម្មវិធីនោះ ហើយរក្សាទុកម្ដងទៀត — ឯកសារត្រូវបានទុកនៅដដែល
write-failed = មិនអាចសរសេរ { $file } បានទេ៖ { $reason }
save-unfit = { $file }៖ មិនបានរក្សាទុកទេ ព្រោះមិនអាចបើកឯកសារម្ដងទៀតបាន៖ { $problems }
save-encode = { $file }៖ មិនអាចអ៊ិនកូដការវាយតម្លៃបានទេ៖ { $detail }
workbook-write-failed = មិនអាចសរសេរសៀវភៅបញ្ជីបានទេ៖ { $detail }
workbook-too-long = { $column } នៃចំណុច { $item } វែងជាងអ្វីដែលក្រឡាសៀវភៅបញ្ជីអាចផ្ទុកបាន ({ $max } តួអក្សរ); សូមកាត់បន្ថយវាជាមុនសិន
workbook-unreadable = មិនមែនជាសៀវភៅបញ្ជី .xlsx ដែលអាចអានបានទេ៖ { $detail }
workbook-missing-sheet = សៀវភៅបញ្ជីគ្មានសន្លឹកដែលមានឈ្មោះ «{ $sheet }» ទេ
workbook-too-far = { $cell } មានតម្លៃនៅហួសពីជួរដេកចំនួន { $rows } និងជួរឈរចំនួន { $columns } ដែល normcheck អាន; សូមលុបវាចោល (ឬលុបអ្វីៗទាំងអស់ដែលនៅបន្ទាប់ពីជួរដេកចុងក្រោយដែលកំពុងប្រើ) ហើយព្យាយាមម្ដងទៀត
workbook-too-big = សៀវភៅបញ្ជីនេះពេលពន្លាចេញ មានទំហំលើសពី { $megabytes } MB ដែលច្រើនលើសពីអ្វីដែលបញ្ជីត្រួតពិនិត្យ ឬការវាយតម្លៃណាមួយត្រូវការ; វាអាចខូច ឬត្រូវបានបង្កើតឡើងដើម្បីធ្វើឱ្យអស់អង្គចងចាំ
workbook-missing-column = { $sheet }!{ $cell }៖ ជួរដេកចំណងជើងគ្មានជួរឈរ «{ $column }» ទេ
edit-unknown-item = បញ្ជីត្រួតពិនិត្យគ្មានចំណុច «{ $item }» ទេ
edit-unknown-level = { $level } មិនមែនជាកម្រិតក្នុងមាត្រដ្ឋានទេ
edit-no-conflict = គ្មានចម្លើយផ្ទុយគ្នាលើ { $field } នៃ { $item } ទេ
merge-not-contribution = { $name }៖ នេះមិនមែនជាការចូលរួមទេ
merge-other-session = { $name }៖ ការចូលរួមនេះត្រូវបានរៀបចំពីការវាយតម្លៃផ្សេង ({ $origin }) មិនមែនពីការវាយតម្លៃនេះ ({ $base }) ទេ
merge-other-checklist = { $name }៖ ការចូលរួមនេះសម្រាប់បញ្ជីត្រួតពិនិត្យ { $found }; ការវាយតម្លៃប្រើ { $expected }
merge-already-merged = { $name }៖ ការចូលរួមរបស់ { $agency } ដែលបានរៀបចំនៅ { $prepared } ត្រូវបានបញ្ចូលទៅក្នុងការវាយតម្លៃនេះរួចហើយ
merge-given-twice = { $name }៖ ការចូលរួមដដែលត្រូវបានផ្ដល់ពីរដង
upgrade-not-built-in = បញ្ជីត្រួតពិនិត្យ «{ $id }» កំណែ { $version } មិនភ្ជាប់មកជាមួយ normcheck ទេ ដូច្នេះ normcheck មិនស្គាល់កំណែថ្មីជាងនេះរបស់វាទេ
upgrade-no-way = normcheck មិនស្គាល់វិធីផ្ទេរបញ្ជីត្រួតពិនិត្យ «{ $id }» ពីកំណែ { $from } ទៅកំណែ { $to } ទេ
upgrade-contribution = នេះជាការចូលរួមរបស់ «{ $agency }»; វាត្រូវតែបញ្ចូលទៅក្នុងការវាយតម្លៃរបស់អ្នកសម្របសម្រួលជាមុនសិន បន្ទាប់មកទើបអាចផ្ទេរការវាយតម្លៃនោះបាន
upgrade-scale-changed = កំណែ { $from } និង { $to } ប្រើមាត្រដ្ឋានខុសគ្នា ដូច្នេះមិនអាចនាំយកកម្រិតទៅបានទេ
upgrade-invalid = ការវាយតម្លៃដែលបានផ្ទេរនឹងមិនត្រឹមត្រូវទេ៖ { $detail }
regional-no-inputs = មិនបានផ្ដល់ការវាយតម្លៃណាមួយទេ
regional-zero-threshold = កម្រិតកំណត់អនាមិកភាពត្រូវតែមានយ៉ាងហោចណាស់ 1 រដ្ឋ
regional-no-state = { $file }៖ ការវាយតម្លៃមិនបានបញ្ជាក់រដ្ឋជាសមាជិកទេ; ទិដ្ឋភាពថ្នាក់តំបន់តម្រូវឱ្យបញ្ជាក់ឈ្មោះរដ្ឋនីមួយៗ
regional-contribution = { $file }៖ នេះជាការចូលរួមរបស់ { $agency } ក្នុងការវាយតម្លៃថ្នាក់ជាតិ មិនមែនជាការវាយតម្លៃរបស់រដ្ឋទេ; សូមបញ្ចូលវាទៅក្នុងការវាយតម្លៃថ្នាក់ជាតិជាមុនសិន
regional-checklist-differs = { $file }៖ បង្កើតជាមួយបញ្ជីត្រួតពិនិត្យ { $found } ប៉ុន្តែ { $first_file } បង្កើតជាមួយ { $first }; ទិដ្ឋភាពថ្នាក់តំបន់ត្រូវការបញ្ជីត្រួតពិនិត្យកំណែតែមួយ
regional-same-update = { $second }៖ ការវាយតម្លៃរបស់ { $state } ដែលបានកែប្រែចុងក្រោយនៅពេលដូចគ្នានឹង { $first }; សូមផ្ដល់តែឯកសារដែលគួររាប់បញ្ចូលប៉ុណ្ណោះ
report-layout-failed = មិនអាចរៀបចំប្លង់របាយការណ៍ PDF បានទេ៖ { $detail }
language-unknown = គ្មានភាសា «{ $code }» ទេ; ភាសាដែលមាន៖ { $available }
regional-note-superseded = { $file }៖ ត្រូវបានជំនួសដោយ { $newer } ដែលជាការវាយតម្លៃថ្មីជាងរបស់ { $state }
regional-note-incomplete = { $file }៖ ការវាយតម្លៃរបស់ { $state } បំពេញបាន { $percent }; ចំណុចដែលមិនទាន់ឆ្លើយត្រូវបានរាប់ជា 0
cell-number-not-level = { $value } មិនមែនជាកម្រិតក្នុងមាត្រដ្ឋានទេ ({ $levels })
error-not-recovered = មិនអាចស្ដារការងារដែលមិនទាន់រក្សាទុកបានទេ
status-not-changed = មិនបានផ្លាស់ប្ដូរ៖ { $reason }
error-window = មិនអាចបើកបង្អួចបានទេ៖ { $reason }
export-stopped = ការនាំចេញបានឈប់ដោយមិនរំពឹងទុក
ui-hint-give-checklist = សូមជ្រើសរើសឯកសាររបស់បញ្ជីត្រួតពិនិត្យនោះ
ui-hint-give-passphrase = សូមវាយឃ្លាសម្ងាត់របស់វា
ui-hint-use-checklist-file = សូមជ្រើសរើស «ប្រើឯកសារបញ្ជីត្រួតពិនិត្យ» ដើម្បីអានវាជាមួយឯកសារនោះ
ui-hint-see-every-problem = សូមដំណើរការ `normcheck validate` លើឯកសារ ដើម្បីមើលបញ្ជីពេញលេញ
ui-hint-import-spreadsheet = សៀវភៅបញ្ជីរបស់ការវាយតម្លៃ ត្រូវបាននាំចូលទៅក្នុងការវាយតម្លៃរបស់វាតាមរយៈ «ឯកសារ > នាំចូលសៀវភៅបញ្ជី…»; ចំណែកសៀវភៅបញ្ជីរបស់បញ្ជីត្រួតពិនិត្យ ត្រូវជ្រើសរើសជាបញ្ជីត្រួតពិនិត្យនៃការវាយតម្លៃថ្មី
ui-hint-prepare-contributions = សូមបង្កើតការចូលរួមដោយប្រើ «រៀបចំការចូលរួមរបស់ស្ថាប័ន…» នៅលើអេក្រង់ក្រុម
ui-hint-name-member-state = សូមកំណត់រដ្ឋជាសមាជិកនៅក្រោម «ព័ត៌មានលម្អិត»
ui-hint-one-checklist = ឬជ្រើសរើសឯកសារមួយនៅក្រោម «ឯកសារបញ្ជីត្រួតពិនិត្យ» ដើម្បីអានឯកសារទាំងអស់ជាមួយវា
pass-too-short = ប្រើយ៉ាងហោចណាស់ { $count } តួអក្សរ។
status-undone = បានមិនធ្វើវិញ៖ { $what }
status-redone = បានធ្វើវិញ៖ { $what }
status-nothing-to-undo = គ្មានអ្វីត្រូវមិនធ្វើវិញទេ
status-nothing-to-redo = គ្មានអ្វីត្រូវធ្វើវិញទេ
status-no-checklist-chosen = មិនបានបើកអ្វីទេ៖ មិនបានជ្រើសរើសឯកសារបញ្ជីត្រួតពិនិត្យសម្រាប់ { $file } ទេ
dialog-filter-pdf = ឯកសារ PDF
dialog-filter-workbook = សៀវភៅបញ្ជី Excel
dialog-filter-checklists = បញ្ជីត្រួតពិនិត្យ (JSON, សៀវភៅបញ្ជី Excel)
dialog-filter-sessions = ឯកសារ normcheck (JSON, .age ដែលមានការការពារ)
dialog-none = មិនអាចបង្ហាញប្រអប់ជ្រើសរើសឯកសារនៅលើប្រព័ន្ធនេះបានទេ។ សូមវាយផ្លូវពេញរបស់ឯកសារជំនួសវិញ។
import-field-level = កម្រិត / មិនពាក់ព័ន្ធ
write-kind-pipe = បំពង់មានឈ្មោះ (named pipe)

status-software-drawing = មិនបានប្រើកាតក្រាហ្វិកទេ៖ បង្អួចត្រូវបានគូរដោយឧបករណ៍ដំណើរការ CPU ({ $adapter } តាមរយៈ { $api }); កម្មវិធីនៅតែប្រើបាន ប៉ុន្តែអាចយឺតជាងធម្មតា។
startup-failed = មិនអាចចាប់ផ្ដើម normcheck បានទេ

protect-damaged-unknown-format = ឯកសារនេះប្រើទម្រង់ age ដែល normcheck កំណែនេះមិនស្គាល់
protect-damaged-header = មិនអាចអានផ្នែកក្បាល (header) របស់ឯកសារបានទេ (ត្រូវបានកាត់ខ្លី ឬត្រូវបានកែប្រែ)
protect-damaged-altered = ផ្នែកក្បាល (header) របស់ឯកសារត្រូវបានកែប្រែ
protect-damaged-content = ខ្លឹមសាររបស់ឯកសារត្រូវបានកាត់ខ្លី ឬត្រូវបានកែប្រែ
autosave-stopped = ការរក្សាទុកស្វ័យប្រវត្តិបានឈប់ដោយមិនរំពឹងទុក

## ការវាយតម្លៃឧទាហរណ៍ (Exampleland) និងជំនួយ

cli-example-written = បានសរសេរ Exampleland ដែលជារដ្ឋប្រឌិតសម្រាប់ហាត់អនុវត្ត៖ ការវាយតម្លៃឆ្នាំនេះ { $this_year } ការវាយតម្លៃឆ្នាំមុន { $last_year } (សម្រាប់ប្រៀបធៀប) និងការចូលរួមរបស់ស្ថាប័នចំនួន { $count } ក្នុង { $folder } (សម្រាប់បញ្ចូល៖ ការចូលរួមមួយមានចម្លើយផ្ទុយគ្នាដែលត្រូវដោះស្រាយ)។
start-example = បើកឧទាហរណ៍ (Exampleland)
start-example-hover = ការវាយតម្លៃប្រឌិតពេញលេញមួយសម្រាប់ហាត់អនុវត្ត ដោយមិនប៉ះពាល់ដល់ការវាយតម្លៃផ្ទាល់របស់អ្នកឡើយ។
status-example-opened = បានបើកឧទាហរណ៍៖ Exampleland ជារដ្ឋប្រឌិត។ ពេលរក្សាទុក កម្មវិធីនឹងសួររកឈ្មោះឯកសារថ្មី។
menu-help = ជំនួយ
menu-help-guide = សៀវភៅណែនាំអ្នកប្រើប្រាស់
menu-help-keys = ផ្លូវកាត់ក្ដារចុច
menu-help-about = អំពី normcheck
menu-help-example = បើកឧទាហរណ៍ (Exampleland)
menu-help-save-guide = រក្សាទុកសៀវភៅណែនាំជា PDF…
dialog-save-guide = រក្សាទុកសៀវភៅណែនាំអ្នកប្រើប្រាស់ជា PDF
help-title = ជំនួយ
help-contents = មាតិកា
help-close = បិទ
keys-heading = ផ្លូវកាត់ក្ដារចុច
keys-intro = ផ្លូវកាត់ក្ដារចុចនៃអេក្រង់ «ឆ្លើយតាមលំដាប់» ដំណើរការបាន នៅពេលគ្មានវត្ថុបញ្ជាណាមួយ (ប៊ូតុង ប្រអប់អត្ថបទ ឬប្រអប់ធីក) មានចំណុចផ្ដោតក្ដារចុច៖ សូមចុច Esc ឬចុចកណ្ដុរនៅខាងក្រៅវត្ថុបញ្ជានោះជាមុនសិន។
keys-col-keys = គ្រាប់ចុច
keys-col-what = មុខងារ
keys-scope-window = គ្រប់ទីកន្លែង
keys-scope-walkthrough = ឆ្លើយតាមលំដាប់
keys-scope-field = ក្នុងប្រអប់ឃ្លាសម្ងាត់ ឬប្រអប់ផ្លូវឯកសារ
keys-new = ការវាយតម្លៃថ្មី
keys-open = បើកការវាយតម្លៃ
keys-save = រក្សាទុក
keys-save-as = រក្សាទុកក្រោមឈ្មោះផ្សេង
keys-undo = មិនធ្វើវិញនូវការផ្លាស់ប្ដូរចុងក្រោយ
keys-redo = ធ្វើវិញនូវអ្វីដែលបានមិនធ្វើវិញ
keys-help = សៀវភៅណែនាំអ្នកប្រើប្រាស់ ត្រង់ផ្នែកដែលនិយាយអំពីអេក្រង់ដែលកំពុងបង្ហាញ
keys-next-item = សកម្មភាពជាក់ស្តែងបន្ទាប់
keys-previous-item = សកម្មភាពជាក់ស្តែងមុន
keys-next-norm = បទដ្ឋានបន្ទាប់
keys-previous-norm = បទដ្ឋានមុន
keys-level = ឆ្លើយសកម្មភាពដែលបានជ្រើសរើស ដោយកម្រិតនោះ
keys-not-applicable = សម្គាល់សកម្មភាពដែលបានជ្រើសរើសថាមិនពាក់ព័ន្ធ ឬដកការសម្គាល់នោះវិញ
keys-details = បង្ហាញ ឬលាក់ព័ត៌មានលម្អិតនៃសកម្មភាពដែលបានជ្រើសរើស
keys-confirm = បញ្ជាក់អ្វីដែលបានវាយ
keys-scope-focus = ប៊ូតុង ប្រអប់អត្ថបទ និងប្រអប់ធីក
keys-focus-next = ទៅកាន់វត្ថុបញ្ជាបន្ទាប់ (ចុចជាមួយ Shift៖ វត្ថុបញ្ជាមុន)។ វត្ថុបញ្ជាដែលមានចំណុចផ្ដោតក្ដារចុច មានស៊ុមពណ៌ព័ទ្ធជុំវិញ។
keys-focus-press = ចុចប៊ូតុងដែលមានចំណុចផ្ដោត ឬធីកប្រអប់ធីកដែលមានចំណុចផ្ដោត ឬដោះធីកវាវិញ
keys-focus-leave = ចាកចេញពីវត្ថុបញ្ជា ដើម្បីឱ្យផ្លូវកាត់ក្ដារចុចនៃអេក្រង់ «ឆ្លើយតាមលំដាប់» ដំណើរការបានវិញ។ ក្នុងប្រអប់សន្ទនា ឬក្នុងបង្អួច «ជំនួយ»៖ បិទវា ហើយត្រឡប់ទៅកន្លែងដែលអ្នកនៅពីមុនវិញ។
about-heading = អំពី normcheck
about-version = normcheck កំណែ { $version }
about-purpose = ការវាយតម្លៃខ្លួនឯងអំពីកម្រិតដែលរដ្ឋមួយបានអនុវត្តបទដ្ឋានទាំង 11 របស់អង្គការសហប្រជាជាតិស្តីពីឥរិយាបថប្រកបដោយការទទួលខុសត្រូវរបស់រដ្ឋនៅក្នុងលំហសាយប័រ (A/70/174 កថាខណ្ឌ 13) និងផែនការសកម្មភាពថ្នាក់តំបន់អាស៊ាន តាមទម្រង់នៃបញ្ជីត្រួតពិនិត្យការអនុវត្តបទដ្ឋានរបស់អាស៊ាន (ASEAN Norms Implementation Checklist)។
about-offline = normcheck មិនប្រើបណ្តាញឡើយ៖ អ្វីដែលអ្នកបញ្ចូល មិនចេញពីកុំព្យូទ័រនេះទេ លុះត្រាតែអ្នកផ្ញើឯកសារដោយខ្លួនឯង។
about-data = ចំណូលចិត្ត ភាសាដែលបានដំឡើង និងច្បាប់ចម្លងរក្សាទុកស្វ័យប្រវត្តិនៃការងារដែលមិនទាន់រក្សាទុក ត្រូវបានរក្សាទុកនៅក្នុង៖ { $folder }
about-no-data = កុំព្យូទ័រនេះមិនផ្ដល់ថតទិន្នន័យឱ្យ normcheck ទេ៖ ចំណូលចិត្ត និងច្បាប់ចម្លងរក្សាទុកស្វ័យប្រវត្តិមិនត្រូវបានរក្សាទុកឡើយ។
about-licences = normcheck ជាកម្មវិធីសេរី (free software) ក្រោមអាជ្ញាប័ណ្ណ MIT ឬ Apache 2.0។ ពុម្ពអក្សររបស់វាគឺ Noto Sans, Noto Sans Thai, Khmer, Lao និង Myanmar ក្រោមអាជ្ញាប័ណ្ណ SIL Open Font License 1.1 (OFL.txt នៅក្បែរកម្មវិធី)។
about-problems = ដើម្បីរាយការណ៍បញ្ហា សូមកត់ត្រាអ្វីដែលអ្នកបានធ្វើ អ្វីដែលអ្នករំពឹងទុក និងអ្វីដែលបានកើតឡើង ព្រមទាំងសារដែលបានបង្ហាញ ហើយផ្ញើទៅក្រុមដែលបានផ្ដល់ normcheck ឱ្យអ្នក។ កុំផ្ញើការវាយតម្លៃដែលអ្នកគ្មានសិទ្ធិចែករំលែកឡើយ៖ ឧទាហរណ៍ (Exampleland) អាចបង្ហាញបញ្ហាភាគច្រើនបាន។
guide-title = សៀវភៅណែនាំអ្នកប្រើប្រាស់ normcheck
guide-subtitle = របៀបប្រើ normcheck ដើម្បីវាយតម្លៃកម្រិតដែលរដ្ឋរបស់អ្នកបានអនុវត្តបទដ្ឋានរបស់អង្គការសហប្រជាជាតិស្តីពីឥរិយាបថប្រកបដោយការទទួលខុសត្រូវរបស់រដ្ឋនៅក្នុងលំហសាយប័រ សម្រាប់មន្ត្រី និងគ្រូបណ្តុះបណ្តាល។

## សៀវភៅណែនាំអ្នកប្រើប្រាស់៖ ចំណងជើងមួយ និងកថាខណ្ឌខ្លីៗពីរបីក្នុងផ្នែកនីមួយៗ; ពាក្យរបស់អេក្រង់ត្រូវបានដកស្រង់ដូចដែលកម្មវិធីបង្ហាញ

guide-start-title = ការចាប់ផ្ដើម
guide-start-1 = normcheck ដំណើរការនៅលើកុំព្យូទ័រនេះ ដោយមិនប្រើបណ្តាញ។ នៅលើអេក្រង់ចាប់ផ្ដើម «ការវាយតម្លៃថ្មី…» សួររករដ្ឋជាសមាជិករបស់អ្នក និងព័ត៌មានលម្អិតមួយចំនួន ហើយបើកការវាយតម្លៃទទេមួយនៃបញ្ជីត្រួតពិនិត្យដែលភ្ជាប់មកជាមួយ។ «បើក…» បើកការវាយតម្លៃដែលបានរក្សាទុកពីមុន។ ការវាយតម្លៃថ្មីៗ និងការងារដែលបានរក្សាទុកស្វ័យប្រវត្តិ ក៏មាននៅទីនោះដែរ។
guide-start-2 = ដើម្បីហាត់អនុវត្តដោយមិនប៉ះពាល់ដល់ការវាយតម្លៃពិតប្រាកដ សូមបើកឧទាហរណ៍៖ Exampleland ជារដ្ឋប្រឌិតដែលសកម្មភាពជាក់ស្តែងទាំងអស់ត្រូវបានឆ្លើយរួចហើយ។ ពេលរក្សាទុកឧទាហរណ៍នេះ កម្មវិធីតែងតែសួររកឈ្មោះឯកសារថ្មី។
guide-walk-title = ឆ្លើយតាមលំដាប់
guide-walk-1 = អេក្រង់ «ឆ្លើយតាមលំដាប់» បង្ហាញបទដ្ឋាននៅខាងឆ្វេង និងសកម្មភាពជាក់ស្តែងនៃបទដ្ឋានដែលបានជ្រើសរើសនៅខាងស្ដាំ។ សូមឆ្លើយសកម្មភាពនីមួយៗដោយជ្រើសរើសកម្រិតមួយនៃមាត្រដ្ឋាន ចាប់ពី «មិនទាន់ចាប់ផ្តើម» ដល់ «បានធ្វើស្ថាប័នូបនីយកម្ម»។ បញ្ជីចំហៀងបង្ហាញកម្រិតបំពេញរបស់បទដ្ឋាននីមួយៗ។
guide-walk-2 = «បង្ហាញតែ» បង្រួមបញ្ជីឱ្យនៅសល់តែសកម្មភាពដែលមិនទាន់ឆ្លើយ ឬបានសម្គាល់ ឬសកម្មភាពដែលត្រូវបានសម្គាល់ថាមិនពាក់ព័ន្ធដោយគ្មានហេតុផល។ សកម្មភាពទាំងនោះក៏អាចដាក់ជាក្រុមតាមវិស័យអាទិភាពនៃផែនការសកម្មភាពថ្នាក់តំបន់អាស៊ានបានដែរ។
guide-walk-3 = ដោយប្រើក្ដារចុច៖ គ្រាប់ចុចព្រួញចុះក្រោម និងព្រួញឡើងលើ (ឬ J និង K) ផ្លាស់ទីពីសកម្មភាពមួយទៅសកម្មភាពមួយ Page Down និង Page Up ផ្លាស់ទីពីបទដ្ឋានមួយទៅបទដ្ឋានមួយ គ្រាប់ចុចលេខឆ្លើយដោយកម្រិតមួយ N សម្គាល់សកម្មភាពថាមិនពាក់ព័ន្ធ ហើយ Enter បើកព័ត៌មានលម្អិតរបស់សកម្មភាព។
guide-answer-title = ការឆ្លើយ និងភស្តុតាង
guide-answer-1 = «ព័ត៌មានលម្អិត» នៃសកម្មភាពមួយ បង្ហាញការណែនាំរបស់សកម្មភាពនោះ និងប្រភេទភស្តុតាងដែលបង្ហាញថាសកម្មភាពនោះត្រូវបានអនុវត្តរួច។ សូមសរសេរកំណត់សម្គាល់ រាយភស្តុតាង (ឯកសារយោងមួយក្នុងមួយបន្ទាត់) បញ្ជាក់ស្ថាប័នទទួលខុសត្រូវ កំណត់កាលបរិច្ឆេទគោលដៅ និងអាទិភាព ហើយបញ្ជាក់ថាការគាំទ្រអ្វីខ្លះអាចជួយបាន។
guide-answer-2 = សកម្មភាពដែលមិនពាក់ព័ន្ធនឹងរដ្ឋរបស់អ្នក ត្រូវបានសម្គាល់ថាមិនពាក់ព័ន្ធ ដោយមានហេតុផល ហើយមិនត្រូវបានរាប់បញ្ចូលក្នុងការគណនាពិន្ទុណាមួយឡើយ។ «សម្គាល់ដើម្បីពិនិត្យឡើងវិញ» សម្គាល់ចម្លើយមួយដែលត្រូវត្រឡប់មកមើលវិញ។
guide-dash-title = ផ្ទាំងសង្ខេប៖ ពិន្ទុ និងកម្រិតពិន្ទុ
guide-dash-1 = ផ្ទាំងសង្ខេបបង្ហាញពិន្ទុរួម ពិន្ទុរបស់បទដ្ឋាននីមួយៗ និងរបស់វិស័យអាទិភាពនីមួយៗ កម្រិតបំពេញ និងចន្លោះខ្វះខាត៖ សកម្មភាពពាក់ព័ន្ធដែលស្ថិតក្រោមកម្រិត «បានអនុវត្ត» ឬមិនទាន់បានឆ្លើយ ដោយចាប់ផ្ដើមពីសកម្មភាពបន្ទាន់បំផុត។
guide-dash-2 = សកម្មភាពមួយមានតម្លៃស្មើនឹងកម្រិតរបស់វា ចែកនឹងកម្រិតខ្ពស់បំផុត។ ពិន្ទុរបស់បទដ្ឋានមួយស្មើនឹង 100 ដងនៃមធ្យមភាគមានទម្ងន់នៃសកម្មភាពពាក់ព័ន្ធរបស់បទដ្ឋាននោះ ហើយពិន្ទុរួមគឺជាមធ្យមភាគនៃពិន្ទុរបស់បទដ្ឋាន។ កម្រិតពិន្ទុដាក់ឈ្មោះឱ្យចន្លោះពិន្ទុនានា។ បទដ្ឋានទាំងនេះមានលក្ខណៈស្ម័គ្រចិត្ត និងមិនមានកាតព្វកិច្ចចងភ្ជាប់៖ ពិន្ទុគឺជាទស្សនៈរបស់រដ្ឋអ្នកផ្ទាល់ មិនមែនជាការចាត់ចំណាត់ថ្នាក់ទេ។
guide-save-title = ការរក្សាទុក និងការការពារ
guide-save-1 = រក្សាទុកដោយប្រើ «ឯកសារ > រក្សាទុក» (Ctrl+S)។ រៀងរាល់មួយនាទីម្ដង ការងារដែលមិនទាន់រក្សាទុកក៏ត្រូវបានចម្លងទុកដោយឡែកដែរ៖ ប្រសិនបើ normcheck ឬកុំព្យូទ័រឈប់ដំណើរការ អេក្រង់ចាប់ផ្ដើមនឹងស្នើឱ្យស្ដារការងារនោះមកវិញ។
guide-save-2 = ការវាយតម្លៃអាចត្រូវបានការពារដោយឃ្លាសម្ងាត់ («ឯកសារ > ការពារដោយឃ្លាសម្ងាត់…»)៖ បន្ទាប់មក ឯកសារ និងច្បាប់ចម្លងរក្សាទុកស្វ័យប្រវត្តិរបស់វាត្រូវបានអ៊ិនគ្រីប។ បើភ្លេចឃ្លាសម្ងាត់ គ្មាននរណាម្នាក់អាចស្ដារវាមកវិញបានឡើយ។ សូមកំណត់កម្រិតភាពរសើប (ឧទាហរណ៍ TLP:AMBER) នៅក្រោម «ព័ត៌មានលម្អិត»៖ វាត្រូវបានបោះពុម្ពនៅលើគ្រប់ទំព័រនៃរបាយការណ៍។
guide-team-title = ការងាររបស់ក្រុមប្រចាំឆ្នាំ
guide-team-1 = នៅលើអេក្រង់ក្រុម សូមចាត់តាំងស្ថាប័នទទួលខុសត្រូវឱ្យសកម្មភាពនីមួយៗ បន្ទាប់មក «រៀបចំការចូលរួមរបស់ស្ថាប័ន…» នឹងសរសេរឯកសារមួយសម្រាប់ស្ថាប័ននីមួយៗ ដែលមានតែសកម្មភាពរបស់ស្ថាប័ននោះ។ ស្ថាប័ននីមួយៗឆ្លើយនៅក្នុង normcheck ហើយផ្ញើឯកសាររបស់ខ្លួនត្រឡប់មកវិញ។
guide-team-2 = «បញ្ចូលការចូលរួមរបស់ស្ថាប័ន…» នាំយកចម្លើយទាំងនោះមកវិញ។ នៅកន្លែងដែលស្ថាប័នមួយ និងការវាយតម្លៃរបស់អ្នកសម្របសម្រួល បានផ្លាស់ប្ដូរចម្លើយដដែលខុសៗគ្នា អេក្រង់ក្រុមបង្ហាញចម្លើយផ្ទុយគ្នាដែលត្រូវដោះស្រាយ។ «ប្រៀបធៀបជាមួយការវាយតម្លៃលើកមុន…» បង្ហាញវឌ្ឍនភាពចាប់តាំងពីឆ្នាំមុន នៅលើអេក្រង់វឌ្ឍនភាព។
guide-report-title = របាយការណ៍
guide-report-1 = «ឯកសារ > នាំចេញរបាយការណ៍ PDF» សរសេររបាយការណ៍សម្រាប់រដ្ឋមន្ត្រី និងកិច្ចប្រជុំ៖ សេចក្តីសង្ខេប ពិន្ទុ បទដ្ឋាននីមួយៗរួមជាមួយសកម្មភាពរបស់វា ផែនការសកម្មភាពនៃចន្លោះខ្វះខាត ការគាំទ្រដែលត្រូវការ និងវិធីសាស្ត្រ។ របាយការណ៍អាចសរសេរជាភាសាផ្សេងពីភាសារបស់បង្អួចបាន។
guide-report-2 = របាយការណ៍មានកម្រិតភាពរសើបនៅលើគ្រប់ទំព័រ ហើយការវាយតម្លៃដែលមិនទាន់បញ្ចប់ត្រូវបានសម្គាល់ថាជាសេចក្តីព្រាង។ នៅពេលប្រៀបធៀបជាមួយការវាយតម្លៃលើកមុន របាយការណ៍ក៏បង្ហាញវឌ្ឍនភាពផងដែរ។
guide-sheet-title = សៀវភៅបញ្ជី
guide-sheet-1 = «ឯកសារ > នាំចេញសៀវភៅបញ្ជី…» សរសេរការវាយតម្លៃជាសៀវភៅបញ្ជី Excel សម្រាប់សហការីដែលចូលចិត្តឆ្លើយនៅទីនោះ។ «ឯកសារ > នាំចូលសៀវភៅបញ្ជី…» អានសៀវភៅបញ្ជីដែលបានកែសម្រួលត្រឡប់មកវិញ ហើយបង្ហាញការផ្លាស់ប្ដូរនីមួយៗ មុននឹងអនុវត្តអ្វីទាំងអស់៖ ក្រឡាណាដែលមិនអាចប្រើបាន ត្រូវបានបញ្ជាក់ឱ្យដឹង។
guide-regional-title = ទិដ្ឋភាពថ្នាក់តំបន់
guide-regional-1 = «ឯកសារ > ទិដ្ឋភាពថ្នាក់តំបន់…» បញ្ចូលការវាយតម្លៃរបស់រដ្ឋជាច្រើនរួមគ្នាជាតួលេខថ្នាក់តំបន់ ដោយមិនលាតត្រដាងរដ្ឋណាមួយឡើយ៖ តួលេខដែលមកពីរដ្ឋចំនួនតិចជាងកម្រិតកំណត់អនាមិកភាព មិនត្រូវបានបង្ហាញទេ។ របាយការណ៍ថ្នាក់តំបន់អាចនាំចេញជា PDF បាន។
guide-trouble-title = ការដោះស្រាយបញ្ហា
guide-trouble-1 = ឯកសារដែលមិនអាចបើកបាន ត្រូវបានបដិសេធ ដោយមានសារបញ្ជាក់ឈ្មោះឯកសារ និងបញ្ហា ហើយការងារដែលអ្នកកំពុងបើកមិនត្រូវបានផ្លាស់ប្ដូរទេ។ នៅលើបន្ទាត់បញ្ជា normcheck validate FILE រាយបញ្ហាទាំងអស់របស់ឯកសារមួយ។
guide-trouble-2 = ប្រសិនបើបង្អួចមិនបើកនៅលើកុំព្យូទ័រដែលគ្មានកាតក្រាហ្វិក ឬតាមរយៈ Remote Desktop សូមចាប់ផ្ដើម normcheck ដោយកំណត់អថេរបរិស្ថាន WGPU_BACKEND=gl ។ សៀវភៅបញ្ជី និងរបាយការណ៍មិនដែលត្រូវបានអ៊ិនគ្រីបទេ៖ សូមរក្សាទុក និងផ្ញើវាដោយប្រុងប្រយ័ត្ន។
cli-guide-written = បានសរសេរសៀវភៅណែនាំអ្នកប្រើប្រាស់ទៅ { $file }

guide-figure-walk = អេក្រង់ «ឆ្លើយតាមលំដាប់» ពេលកំពុងបើកឧទាហរណ៍៖ បទដ្ឋាននៅខាងឆ្វេង សកម្មភាពជាក់ស្តែងនីមួយៗ រួមជាមួយកម្រិត ចម្លើយ និងព័ត៌មានលម្អិតរបស់វា។
guide-figure-dash = ផ្ទាំងសង្ខេប៖ ពិន្ទុរួម ពិន្ទុរបស់បទដ្ឋាននីមួយៗ និងរបស់វិស័យអាទិភាពនីមួយៗ ព្រមទាំងចន្លោះខ្វះខាត។
guide-figure-team = អេក្រង់ក្រុម៖ ស្ថាប័នទទួលខុសត្រូវ ការចែកចាយការចូលរួមរបស់ស្ថាប័ន និងការបញ្ចូលការចូលរួមទាំងនោះមកវិញ។
guide-figure-note = រូបភាពទាំងនេះបង្ហាញកម្មវិធីជាភាសាអង់គ្លេស ពេលកំពុងបើកឧទាហរណ៍ (Exampleland)។

status-no-file = មិនទាន់រក្សាទុកក្នុងឯកសារ

menu-view-zoom-in = ពង្រីក
menu-view-zoom-out = បង្រួម
menu-view-zoom-reset = ត្រឡប់ទៅទំហំ 100%

## Problems found in files, and why a file was refused

# The status bar on start: which graphics adapter and interface draw the window ($api: Direct3D 12, Vulkan or OpenGL).
status-drawing = ក្រាហ្វិក៖ { $adapter } តាមរយៈ { $api }។
# Before status-drawing when the first graphics interfaces tried could not draw ($failed: e.g. "Direct3D 12, Vulkan").
status-backend-failed = { $failed } មិនដំណើរការនៅលើកុំព្យូទ័រនេះទេ។
# normcheck-cli, the console launcher, cannot find normcheck.exe beside it ($program: its full path). One line.
launcher-missing = រកមិនឃើញ { $program }៖ normcheck-cli ចាប់ផ្ដើមកម្មវិធី normcheck ដែលស្ថិតនៅក្នុងថតតែមួយជាមួយវា; សូមដំឡើង normcheck ឡើងវិញ ឬដាក់កម្មវិធីទាំងពីរនៅក្នុងថតតែមួយ។
# normcheck-cli cannot start normcheck.exe ($reason: the system's explanation). One line.
launcher-cannot-start = មិនអាចចាប់ផ្ដើម { $program } បានទេ៖ { $reason }
