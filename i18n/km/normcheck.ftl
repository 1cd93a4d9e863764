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
    [0] លែងមានចន្លោះខ្វះខាតទៀតហើយ៖ គ្រប់ចំណុចដែលពាក់ព័ន្ធស្ថិតនៅកម្រិតអនុវត្តរួច ឬខ្ពស់ជាងនេះ។
   *[other] ចំណុចចំនួន { $count } ជាចន្លោះខ្វះខាត (ស្ថិតក្រោមកម្រិតអនុវត្តរួច ឬមិនទាន់បានឆ្លើយ) ហើយត្រូវបានរាយក្នុងផែនការសកម្មភាព តាមលំដាប់ភាពបន្ទាន់។
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

report-plan-none = គ្មានចន្លោះខ្វះខាត៖ គ្រប់ចំណុចដែលពាក់ព័ន្ធស្ថិតនៅកម្រិតអនុវត្តរួច ឬខ្ពស់ជាងនេះ។
report-plan-intro = គ្រប់ចំណុចដែលស្ថិតក្រោមកម្រិតអនុវត្តរួច ឬមិនទាន់បានឆ្លើយ តាមលំដាប់ភាពបន្ទាន់។
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
report-method-rule-gap-unnamed = ចន្លោះខ្វះខាត គឺជាចំណុចពាក់ព័ន្ធដែលចម្លើយស្ថិតក្រោមកម្រិតអនុវត្តរួច ឬមិនទាន់បានឆ្លើយ។ រាល់ចន្លោះខ្វះខាតត្រូវបានបង្ហាញក្នុងផែនការសកម្មភាព។
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
marking-hover = កម្រិតសម្ងាត់នៃការវាយតម្លៃនេះ
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
# $level ជាឈ្មោះកម្រិតក្នុងសញ្ញាសម្រង់ ឧ. «អនុវត្តរួច»។
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
dash-concern-unowned = ស្ថិតក្រោមកម្រិត «អនុវត្តរួច» ដោយគ្មានស្ថាប័នទទួលខុសត្រូវ
start-intro = វាយតម្លៃកម្រិតដែលរដ្ឋរបស់អ្នកបានអនុវត្តបទដ្ឋានទាំង 11 របស់អង្គការសហប្រជាជាតិស្តីពីឥរិយាបថប្រកបដោយការទទួលខុសត្រូវរបស់រដ្ឋនៅក្នុងលំហសាយប័រ និងផែនការសកម្មភាពថ្នាក់តំបន់ ASEAN។
start-new = ការវាយតម្លៃថ្មី
start-open = បើក…
start-offline = អ្វីៗទាំងអស់ស្ថិតនៅលើកុំព្យូទ័រនេះ៖ normcheck មិនប្រើបណ្តាញឡើយ។
start-never-saved = ការវាយតម្លៃដែលមិនធ្លាប់បានរក្សាទុក
start-closed-unsaved = normcheck ត្រូវបានបិទដោយមិនបានរក្សាទុកការផ្លាស់ប្ដូរទាំងនេះ។
# $what ជាឈ្មោះឯកសារ (ឬ start-never-saved) ហើយ $state ជារដ្ឋជាសមាជិក (អាចទទេ)។
start-autosaved = ច្បាប់ចម្លងរក្សាទុកស្វ័យប្រវត្តិនៃ { $what } { $state }
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
form-marking = កម្រិតសម្ងាត់៖
form-checklist = បញ្ជីត្រួតពិនិត្យ៖
form-checklist-builtin = បញ្ជីត្រួតពិនិត្យយោងដែលភ្ជាប់មកជាមួយ (តាមទម្រង់ NIC)
form-checklist-file = ឯកសារបញ្ជីត្រួតពិនិត្យ…
support-heading = ការគាំទ្រដែលត្រូវការ៖ ចំណុចចំនួន { $count }
support-none = មិនទាន់មានចំណុចណាស្នើសុំការគាំទ្រនៅឡើយទេ (ព័ត៌មានលម្អិតនៃចំណុច៖ ការគាំទ្រដែលត្រូវការ)។
support-kind-heading = { $kind } — ចំណុចចំនួន { $count }
