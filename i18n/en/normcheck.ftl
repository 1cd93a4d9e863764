# normcheck's messages in English: every other language falls back to these, message by message.
# Other languages: corrections by native speakers are welcome. Run
#   normcheck translate export --lang CODE -o CODE.xlsx
# fill in or correct the Translation column, and send the workbook to the normcheck maintainers
# (or install it for yourself with: normcheck translate import CODE.xlsx).

## The language itself

# The language's name in itself, shown in View > Language and in --lang's list.
language-name = English

## Numbers and dates

# The sign between whole and decimal digits: 62.5
number-decimal-sign = .
# A whole percentage.
number-percent = { $value } %
# Years are counted from this offset (543 in the Thai Buddhist Era).
date-year-offset = 0
# A date in a table cell; $month and $day are numbers with two digits.
date-short = { $year }-{ $month }-{ $day }
# A date in running text; $month is the month's name (month-1 ... month-12).
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## The app's menus, tabs and bars

menu-file = File
menu-edit = Edit
menu-view = View
menu-file-new = New assessment…
menu-file-open = Open…
menu-file-save = Save
menu-file-save-as = Save as…
menu-file-change-passphrase = Change passphrase…
menu-file-protect = Protect with a passphrase…
menu-file-unprotect = Remove protection…
menu-file-export-a4 = Export PDF report (A4)…
menu-file-export-letter = Export PDF report (US Letter)…
menu-file-export-in = Export PDF report (A4) in
menu-file-regional = Regional view…
menu-file-export-sheet = Export spreadsheet…
menu-file-import-sheet = Import spreadsheet…
menu-file-prepare = Prepare contributions…
menu-file-merge = Merge contributions…
menu-file-compare = Compare with an earlier assessment…
menu-file-close = Close assessment
menu-edit-undo = Undo
# $what names the change, e.g. "level of a.1".
menu-edit-undo-what = Undo { $what }
menu-edit-redo = Redo
menu-edit-redo-what = Redo { $what }
menu-view-theme-system = System theme
menu-view-theme-light = Light theme
menu-view-theme-dark = Dark theme
menu-view-advance = After answering by keyboard, go to the next unanswered item
tab-walkthrough = Walk-through
tab-dashboard = Dashboard
tab-details = Details
tab-team = Team
tab-team-conflicts = { $count ->
    [one] Team (1 conflict)
   *[other] Team ({ $count } conflicts)
}
tab-progress = Progress
banner-the-national-assessment = the national assessment
banner-contribution = Contribution for { $agency } to { $title }
banner-conflicts = { $count ->
    [one] Draft — 1 conflict unresolved (settle it on the Team screen)
   *[other] Draft — { $count } conflicts unresolved (settle them on the Team screen)
}
banner-newer-edition = A newer version of this checklist is available ({ $version }).
banner-see-changes = See the changes
banner-move-answers = Move my answers
marking-hover = Sensitivity marking of this assessment
status-unsaved = Changes not saved
status-saved = All changes saved
# $percent is a whole number.
status-complete = { $percent }% complete
menu-view-language = Language
# The first choice of View > Language: follow the system's language, named in itself.
menu-view-language-system = As the system ({ $language })

## The walk-through's item cards

card-flagged = Flagged for review
card-na = N/A
card-na-hover = Not applicable to this State; give a justification
card-hide-details = Hide details
card-details = Details…
card-justification = Justification
card-justification-label = Justification:
card-justification-required = Justification (required for N/A):
card-justification-hint = Why this action does not apply
card-summary-agency = Agency: { $agency }
card-summary-target = Target: { $date }
card-summary-priority = Priority: { $priority }
card-summary-evidence = Evidence: { $count }
card-summary-note = Note: { $note }
card-guidance = Guidance
card-evidence-hint = Evidence that shows it: { $hint }
card-basis = Basis: { $basis }
card-note = Note
card-agency = Responsible agency
card-flag = Flag for review

field-evidence = Evidence
field-evidence-label = Evidence (one per line):
field-evidence-hint = Document titles, file numbers or links
field-target = Target date
field-target-label = Target date:
field-target-invalid = Not a date yet: use YYYY-MM-DD
field-priority-label = Priority:
field-priority-none = None
# What a screen reader says of the "None" priority button.
field-priority-is-none = Priority none
field-priority-is = Priority { $priority }
field-support-label = Support wanted:
field-support-kind = Support wanted: { $kind }
field-support-note = What would help
field-support-note-label = What would help:
field-support-note-hint = e.g. a two-day course for CERT staff

## The walk-through

group-area = ASEAN Regional Action Plan focus area
group-area-ours = ASEAN Regional Action Plan focus area (described in our own words)
group-norm = Norm ({ $id }) — { $title }
group-kind-positive = asks States to act
group-kind-restraint = asks States to refrain
group-kind-mixed = asks States to act and to refrain
# $score is a number with its band, e.g. "62.5 (Established)"; $percent a whole number.
group-score = Score { $score }  ·  { $percent }% complete
group-overall = Overall
group-overall-line = Overall: { $scores }
group-choose-norm = Choose a norm
group-choose-area = Choose a focus area
group-picker-entry = { $group } — { $percent }% done
group-by = Group by:
group-by-norm = Norm
group-by-area = Focus area
# What a screen reader says of a norm or focus area in the side list.
group-row-said = { $group }, { $percent }% complete, score { $score }
group-no-score = none
group-done = { $percent }% done
# What a score bar says when pointed at.
bars-no-score = no score
bars-out-of-100 = { $score } out of 100
walk-no-items = No items match the filters.
walk-show-only = Show only:
walk-filter-unanswered = Unanswered
walk-filter-flagged = Flagged
walk-filter-na = N/A without justification
walk-keys = Keys: 0–9 choose a level · N not applicable · Up/Down or J/K item · PgUp/PgDn norm · Enter details
walk-keys-advance = Keys: 0–9 choose a level (then the next unanswered item) · N not applicable · Up/Down or J/K item · PgUp/PgDn norm · Enter details
walk-previous-norm = Previous norm
walk-next-norm = Next norm

## The dashboard

dash-assessment = assessment
dash-heading = Dashboard — { $state }
dash-overall = Overall score (mean of the norm scores, 0–100)
dash-conflicts = { $count ->
    [one] Draft — 1 conflict unresolved
   *[other] Draft — { $count } conflicts unresolved
}
dash-completion = { $percent }% complete — { $answered } of { $items } items answered, { $na } not applicable
dash-norm-chart = Score per norm
dash-area-chart = Score per RAP focus area
dash-levels = Items per level
dash-top-level = the top level
# $level is the level's name in quotes, e.g. “Implemented”.
dash-gaps = Gaps: { $count } items below { $level }
dash-no-gaps = No answered item is below it.
dash-gaps-order = Ordered by priority, then target date. Each gap's level · priority · agency · date.
dash-gaps-fewer = Show the { $count } most urgent gaps only
dash-gaps-all = Show all { $count } gaps
dash-none = none
dash-not-assigned = not assigned
dash-go-to = Go to { $item }
dash-open = Open { $item }
dash-attention = Needs attention: { $count } items
dash-attention-none = Every item is answered, justified and owned.
dash-count-unanswered = { $count } not answered
dash-count-unjustified = { $count } N/A without justification
dash-count-unowned = { $count } gap without an agency
dash-concern-unanswered = Not answered yet
dash-concern-unjustified = Not applicable, but no justification given
dash-concern-unowned = Below "implemented" with no responsible agency

## The start screen

start-intro = Assess how far your State has implemented the 11 UN norms of responsible State behaviour in cyberspace and the ASEAN Regional Action Plan.
start-new = New assessment
start-open = Open…
start-offline = Everything stays on this computer: normcheck never uses the network.
start-never-saved = an assessment that was never saved
start-closed-unsaved = normcheck was closed without saving these changes.
# $what is a file name (or start-never-saved), $state the Member State.
start-autosaved = Autosaved copy of { $what }
start-autosaved-state = Autosaved copy of { $what }, the assessment of { $state }
start-autosaved-protected = Autosaved copy of a protected assessment (its passphrase opens it)
start-unreadable = An autosaved copy could not be read: { $problem }
start-delete = Delete { $file }
start-recover = Recover unsaved work from { $when }
start-discard = Discard the copy from { $when }
start-recent = Recent assessments
start-missing = { $name } (missing)
start-moved = { $file } was moved or deleted
start-forget = Forget { $name }

## The new-assessment form and the details

form-new-heading = New assessment
form-new-intro = Fill in what you know now; all of it can be changed later under Details.
form-create = Create assessment
form-cancel = Cancel
form-need-state = Enter the Member State to continue.
form-details-heading = Assessment details
form-details-intro = Changes apply as you type (Ctrl+Z undoes them); save the file with Ctrl+S.
form-created = Created { $when }
form-changed = Last changed { $when }
form-member-state = Member State:
form-member-state-hint = Choose or type
form-member-states = ASEAN Member States
form-choose-state = Choose an ASEAN Member State
form-organisation = Organisation:
form-organisation-hint = e.g. National Cyber Security Agency
form-assessors = Assessors:
form-assessors-hint = One name per line
form-title = Title:
# The title a new assessment starts with (the user can change it).
form-default-title = National implementation of the UN cyber norms
form-period = Reporting period:
form-period-hint = e.g. 2026
form-marking = Sensitivity marking:
form-checklist = Checklist:
form-checklist-builtin = Built-in reference checklist (NIC style)
form-checklist-file = A checklist file…

## The dashboard's support list

support-heading = { $count ->
    [one] Support wanted: 1 item
   *[other] Support wanted: { $count } items
}
support-none = No item asks for support yet (an item's details: Support wanted).
support-kind-heading = { $count ->
    [one] { $kind } — 1 item
   *[other] { $kind } — { $count } items
}

## Passphrases, saving and questions

pass-the-autosaved-copy = the autosaved copy
pass-protected-heading = Protected assessment
pass-protected = “{ $what }” is protected. Enter its passphrase to open it.
pass-wrong = That passphrase is wrong. Try again.
pass-label = Passphrase:
pass-show = Show passphrase
pass-open = Open
pass-heading = Passphrase
pass-explained = The assessment file and its autosaved copies are encrypted with this passphrase. If the file was saved before, it is saved again now.
pass-use = Use this passphrase
pass-new = New passphrase:
pass-repeat = Repeat the passphrase:
pass-strength = Strength: { $hint }
pass-strength-too-short = too short: use at least 8 characters
pass-strength-weak = weak: add words or characters
pass-strength-fair = fair: a few more words make it strong
pass-strength-strong = strong
pass-differ = The two entries differ.
save-heading = Save assessment
save-marking-advice = This assessment is marked { $marking }: protecting it with a passphrase is recommended.
save-protect = Protect with a passphrase
save-choose-file = Choose file…
save-keeps-passphrase = The file keeps its current passphrase (use Change passphrase… in the File menu to change it).
save-keep-it-safe = Without the passphrase nobody can open the file — not even you. Keep it safe.
save-plain-warning = The new file will be plain JSON: anyone who can read it can read the assessment.
unprotect-heading = Remove protection?
unprotect-warning = The file will be saved as plain JSON: anyone who can read the file — on this laptop, a shared drive or a cloud folder — can read the assessment.
unprotect-confirm = Remove protection
unprotect-keep = Keep it protected
unsaved-heading = Unsaved changes
unsaved-before-new = “{ $name }” has changes that are not saved. Save them before starting a new assessment?
unsaved-before-open = “{ $name }” has changes that are not saved. Save them before opening another assessment?
unsaved-before-move = “{ $name }” has changes that are not saved. Save them before moving the answers to the newer checklist version?
unsaved-before-close = “{ $name }” has changes that are not saved. Save them before closing?
unsaved-before-quit = “{ $name }” has changes that are not saved. Save them before quitting?
unsaved-discard = Discard changes
read-only-heading = Replace a read-only file?
read-only-question = { $name } is marked read-only, perhaps so that it is not changed by mistake. Replace it anyway?
read-only-replace = Replace it
error-work-unchanged = Your open work has not been changed.
error-ok = OK
copy-differs-heading = The checklist file differs from the assessment's copy
copy-differs = { $file } has the same checklist id and version as the copy saved in this assessment, but different content. The assessment is open with its saved copy, so its scores and report stay as they were.
copy-differs-use-file = Use the file instead if it is the corrected checklist: the assessment then keeps a copy of the file's checklist when you save it.
copy-keep = Keep the saved copy
copy-use-file = Use the checklist file
working-stop = Stop waiting
working-wait = This takes a moment; please wait.

## Importing a spreadsheet

import-heading = Import “{ $name }”
import-no-change = No answer would change.
import-changes = { $count ->
    [one] 1 item would change. Empty cells clear their field.
   *[other] { $count } items would change. Empty cells clear their field.
}
import-apply = Apply the changes
import-apply-others = Apply the other changes
import-problems = { $count ->
    [one] 1 cell cannot be used and is left out:
   *[other] { $count } cells cannot be used and are left out:
}

## A newer edition of the checklist

edition-heading = Checklist version { $from } to { $to }
edition-explained = Moving your answers makes a new assessment: answers are carried by item; where two items were merged into one, the lower level is kept with both notes; new items start unanswered. The file you opened is not changed.
edition-move = Move my answers to version { $to }
edition-close = Close
edition-norms-reworded = Norm summaries reworded
edition-merged = Merged into another item
edition-merged-into = { $old } into { $into }
edition-removed = Removed
edition-added = New practical actions
edition-reworded = Reworded
edition-retagged = Focus areas changed
edition-relabelled = Source or weight changed

## The Team screen

team-heading = Team — agencies, contributions and conflicts
team-contribution = { $count ->
    [one] This file is the contribution of { $agency } (1 item). Answer its items and send the file back to the coordinator.
   *[other] This file is the contribution of { $agency } ({ $count } items). Answer its items and send the file back to the coordinator.
}
team-agencies = Responsible agencies
team-no-agencies = No item has a responsible agency yet. Assign them below.
team-col-agency = Agency
team-col-items = Items
team-col-answered = Answered
team-answered-of = { $answered } of { $items }
team-unassigned = { $count ->
    [one] 1 item has no responsible agency and stays with the coordinator.
   *[other] { $count } items have no responsible agency and stay with the coordinator.
}
team-hand-out = Hand out and bring back
team-hand-out-explained = Each agency gets a file with only its own items and the assessment's details. Merge their files back here: a field changed by one agency is taken; different answers to the same field become conflicts for you to settle.
team-merge-where = Merge into the coordinator's assessment, not into a contribution
team-assign = Assign a responsible agency
team-assign-ticked = { $count ->
    [one] Assign 1 ticked item
   *[other] Assign { $count } ticked items
}
# Shown after Undo in the Edit menu.
team-assign-undo = { $count ->
    [one] assign 1 item to { $agency }
   *[other] assign { $count } items to { $agency }
}
team-untick = Untick all
team-agency-label = Agency:
team-agency-hint = e.g. National CERT
team-known-choose = or choose a known agency
team-known = Known agencies
team-norm-ticked = { $norm } — { $ticked } of { $count } ticked
team-whole-norm = The whole norm
team-no-agency = no agency
team-conflicts = Conflicts to settle: { $count }
team-conflicts-explained = Agencies gave different answers to these fields. The assessment keeps the earlier value until you choose one.
team-go-to-item = Go to item
team-before = Before
team-keep = Keep
team-use-this = Use this
team-or-write = Or write:
team-use-mine = Use mine
team-empty = (empty)
team-yes = yes
team-no = no

## The Progress screen

progress-intro = Compare this assessment with an earlier one to see what has improved.
progress-comparing = Comparing { $file } ({ $old }) with this assessment ({ $new }).
progress-compare-another = Compare with another…
progress-norm-chart = Score per norm, then and now
progress-area-chart = Score per focus area, then and now
progress-overall = Overall score { $before } then, { $now } now ({ $change })
progress-moves = { $improved ->
    [one] 1 practical action improved
   *[other] { $improved } practical actions improved
}, { $regressed } regressed, { $changed } changed otherwise.
# Chart legends: $period is a reporting period or a date.
progress-earlier = { $period } (earlier)
progress-now = { $period } (now)
progress-changed = Changed answers since { $since }: { $count }
progress-no-change = No answer differs.
progress-not-answered = not answered
progress-improved = Improved from { $from } to { $to }
progress-regressed = Regressed from { $from } to { $to }
progress-changed-item = Changed from { $from } to { $to }
progress-added = New item from { $from } to { $to }
progress-removed = Item removed from { $from } to { $to }

## File dialogs and the window

dialog-open-session = Open assessment
dialog-save-session = Save assessment as
dialog-open-checklist = Choose a checklist file
dialog-export-report = Export the report as PDF
dialog-contributions-folder = Folder for the contribution files
dialog-merge = Contributions to merge
dialog-earlier = Earlier assessment to compare with
dialog-export-sheet = Export the assessment as a spreadsheet
dialog-import-sheet = Import an edited spreadsheet
dialog-example = e.g. { $path }
dialog-use-file = Use this file
dialog-folder-path = Folder path:
dialog-file-paths = File paths, one per line:
dialog-file-path = File path:
export-saved = Report saved to { $path }
export-regional-saved = Regional report saved to { $path }
# Added after export-saved for each thing the reader should know.
export-note = . Note: { $warning }
export-failed = The report could not be exported
title-untitled = Untitled assessment
status-closing-when-done = normcheck closes as soon as the work in progress is done.
status-autosave-failed = Autosave failed: { $error }

## What the status bar says

status-opening = Opening { $file }…
status-checklist-needed = { $file } uses the checklist “{ $id }”, which is not built in and not saved in the file: choose that checklist's file (or start normcheck --checklist FILE { $file }).
status-opened = Opened { $file }
status-opened-notes = { $count ->
    [one] Opened { $file } with 1 note: answers for items this checklist lacks are kept unchanged; run `normcheck validate` for details
   *[other] Opened { $file } with { $count } notes: answers for items this checklist lacks are kept unchanged; run `normcheck validate` for details
}
status-checklist-kept = . The checklist is now kept in the assessment: save it, and it opens without the checklist file.
status-opening-autosaved = Opening the autosaved copy…
status-recovered = Recovered unsaved work. Save it to keep it (Ctrl+S).
status-recovered-notes = { $count ->
    [one] Recovered unsaved work with 1 note: answers for items this checklist lacks are kept unchanged. Save it to keep it (Ctrl+S).
   *[other] Recovered unsaved work with { $count } notes: answers for items this checklist lacks are kept unchanged. Save it to keep it (Ctrl+S).
}
status-read-only-kept = Nothing was written: { $file } is read-only and was left as it is.
status-nothing-opened = Nothing was opened.
status-kept-copy = Kept the checklist saved in the assessment.
status-nothing-imported = Nothing imported from { $name }.
status-protected = Protected with the new passphrase
status-unprotected = Protection removed; the file is plain JSON now
# $done is status-protected or status-unprotected.
status-save-to-write = { $done }. Save the assessment to write it.
status-stays-closed = Nothing was opened: { $name } stays closed and your work is unchanged.
status-nothing-moved = Nothing was moved: your work is unchanged.
status-created = New assessment created. Save it with Ctrl+S.
status-saving = Saving { $file }…
status-done-saved = { $done }: saved { $file }
status-saved-file = Saved { $file }
status-exporting = Exporting the report to { $file }…
error-not-opened = The assessment could not be opened
error-checklist-unusable = The checklist could not be used
error-builtin-damaged = The built-in checklist is damaged
error-not-saved = The assessment could not be saved
error-not-saved-detail = { $error }
    Your work is still open; try another folder or file name.
export-not-encrypted = The assessment is protected, but the report itself is not encrypted: store and send it with care.
export-shows-progress = The report shows the progress since { $since } (Progress screen).

sheet-not-encrypted = The assessment is protected, but the spreadsheet is not encrypted: store and send it with care.
sheet-exported = Exported the spreadsheet to { $file }
sheet-not-exported = The spreadsheet was not exported
sheet-no-change = { $file } changes nothing in this assessment.
sheet-unreadable = The spreadsheet could not be read
# Shown after Undo in the Edit menu.
sheet-import-undo = import of { $name }
sheet-imported = { $count ->
    [one] Imported { $name }: 1 item changed (Undo takes it back).
   *[other] Imported { $name }: { $count } items changed (Undo takes it back).
}
error-work-stopped = The work stopped unexpectedly
error-work-stopped-detail = { $what } did not finish. Your open work has not been changed.
status-stopped = Stopped: { $what }
error-not-all-prepared = Not all contributions were prepared
status-no-newer-edition = This checklist has no newer edition.
error-not-moved = The answers could not be moved
status-moved = Moved to checklist version { $version }: { $count } answers carried
status-moved-merged = , merged { $pairs }
status-moved-removed = , removed { $items } (its answer is left out)
status-moved-new = ; { $count } new items to answer. Save it under a new name: { $name } is unchanged.

## Contributions, merging and comparing

team-other-passphrase = { $file } is protected with a passphrase other than this assessment's. Merge or compare it on the command line (normcheck merge / compare --passphrase-file FILE).
team-none-prepared = No contributions were prepared
team-none-assigned = No item has a responsible agency yet. Assign agencies on the Team screen first.
team-file-exists = { $file } already exists. Choose an empty folder, so that no earlier contribution is overwritten.
team-preparing = Preparing { $count } contribution files…
team-merging = Merging { $count } contributions…
team-nothing-merged = Nothing was merged
# Shown after Undo in the Edit menu.
team-merge-undo = merge of { $count } contributions
team-merged = Merged { $changes } changes from { $count } contributions; { $conflicts } conflicts to settle
team-not-compared = The assessments could not be compared
team-written-before = { $count ->
    [one] { " " }(1 file was written before it)
   *[other] { " " }({ $count } files were written before it)
}
team-unassigned-stay = { $count ->
    [one] ; 1 item without an agency stays with you
   *[other] ; { $count } items without an agency stay with you
}
team-written = { $count ->
    [one] 1 contribution file written to { $folder }
   *[other] { $count } contribution files written to { $folder }
}

## The assessment spreadsheet (import reads these words in every language)

sheet-col-norm = Norm
sheet-col-item = Item
sheet-col-action = Practical action
sheet-col-level = Level
sheet-col-na = Not applicable
sheet-col-justification = Justification
sheet-col-note = Note
sheet-col-evidence = Evidence
sheet-col-owner = Responsible agency
sheet-col-target = Target date
sheet-col-priority = Priority
sheet-col-flagged = Flagged
sheet-col-support = Support needed
sheet-yes = Yes
sheet-no = No
sheet-not-on-list = Not on the list
sheet-choose-from-list = Choose a value from the list.
sheet-not-a-level = Not a level of the scale
sheet-choose-level = Choose a level from the list, or type its number alone.
sheet-about-untitled = Self-assessment
sheet-about-title = Title
sheet-about-state = State
sheet-about-organisation = Organisation
sheet-about-period = Reporting period
sheet-about-marking = Marking
sheet-about-checklist = Checklist
sheet-about-checklist-value = { $title } (id { $id }, version { $version })
sheet-about-exported = Exported
sheet-about-how = How to fill in
sheet-about-levels = Levels
sheet-howto-rows = Fill in the Assessment sheet: one row per practical action. Rows are matched by the Item column when the workbook is imported, so do not change the Item cells; the order of rows and columns does not matter, and a row removed leaves its item unchanged.
sheet-howto-level = Level: choose from the list, or type the level's number alone (for example 3). Leave Level empty for an item not yet assessed or not applicable.
sheet-howto-values = Not applicable and Flagged: Yes or No. Priority: High, Medium or Low. Target date: a date (YYYY-MM-DD).
sheet-howto-evidence = Evidence: one reference per line (Alt+Enter starts a new line in a cell).
sheet-howto-support = Support needed: the kinds of support on the first line, separated by semicolons (Training; Legal drafting; Technical assistance; Equipment; Funding; Exchange of practice; Other), and a note on the lines below.
sheet-howto-empty = An empty cell clears that field when the workbook is imported: clearing a Note cell deletes the note.
sheet-howto-import = Import: normcheck sheet import FILE.xlsx --into SESSION -o OUT (add --json for a list of changes), or File → Import spreadsheet… in the app, which lists the changes before applying them.

## Answers, priorities and support (the app, the report and the spreadsheets)

answer-not-applicable = Not applicable
answer-not-applicable-because = Not applicable — { $why }
answer-no-justification = no justification given
answer-not-answered = Not answered
priority-high = High
priority-medium = Medium
priority-low = Low
support-training = Training
support-legal-drafting = Legal drafting
support-technical-assistance = Technical assistance
support-equipment = Equipment
support-funding = Funding
support-exchange-of-practice = Exchange of practice
support-other = Other

## The assessment report

report-default-title = Implementation of the UN norms of responsible State behaviour in cyberspace
report-no-member-state = (Member State not given)
report-undated = undated
report-checklist-version = { $title }, version { $version }
report-complete = { $percent } complete
report-conflicts-unresolved = { $count ->
    [one] 1 conflict unresolved
   *[other] { $count } conflicts unresolved
}
report-draft = Draft — { $parts }
report-page = Page { $page } of { $total }

report-cover-member-state = Member State
report-cover-organisation = Organisation
report-cover-assessors = Assessors
report-cover-period = Reporting period
report-cover-date = Date
report-cover-checklist = Checklist

report-section-summary = Executive summary
report-section-action-plan = Action plan
report-section-support = Support wanted
report-section-methodology = Methodology
report-section-answered-by = Who answered
report-answered-by-intro = Who last changed each answer, and when (an assessor, or the agency whose contribution was merged).

report-chart-norms = Score per norm (0–100)
report-chart-areas = Score per focus area (0–100)
report-no-score = no score
report-no-score-not-applicable = no score (every item not applicable)

report-summary-overall-band = The overall score is { $score } out of 100, in the band “{ $band }”. It is the mean of the norm scores.
report-summary-overall = The overall score is { $score } out of 100, the mean of the norm scores.
report-summary-no-overall = There is no overall score yet: no norm has an applicable item.
report-summary-answered = { $answered } of { $items } items are answered ({ $percent } complete); { $na } of them are marked not applicable.
report-summary-strongest = Implementation is strongest under { $strongest } ({ $high }) and has the most room to develop under { $weakest } ({ $low }).
report-summary-gaps = { $count ->
    [0] No gaps remain: every applicable item is at or above the implemented level.
    [one] 1 item is a gap (below the implemented level or not answered yet); it is listed in the action plan.
   *[other] { $count } items are gaps (below the implemented level or not answered yet); they are listed in the action plan, most urgent first.
}
report-counts-answer = Answer
report-counts-items = Items

report-norm-summary-ours = Our summary of { $source }
report-norm-source = Source: { $source }
report-norm-score = Score
report-norm-completion = Completion
report-norm-actions = Practical actions

report-item-answer = Answer
report-item-change = Change
report-item-note = Note
report-item-evidence = Evidence
report-item-agency = Responsible agency
report-item-target = Target date
report-item-priority = Priority
report-item-support = Support wanted
report-item-flagged = flagged for review
report-range-median = median { $value }
report-range-mean = mean { $value }
report-range-how = Each bar runs from the lowest to the highest State score; the black line is the median, the open square the mean. Quartiles are not drawn: with few States they would reveal single States' scores.

report-plan-none = No gaps: every applicable item is at or above the implemented level.
report-plan-intro = Every item below the implemented level or not yet answered, most urgent first.
report-plan-priority = Priority
report-plan-target = Target date
report-plan-action = Action
report-plan-answer = Current answer
report-plan-agency = Responsible agency

report-support-none = No practical action asks for support.
report-support-intro = The practical actions for which the State would welcome support, by kind of support.
report-support-kind = Support wanted
report-support-action = Practical action
report-support-note = Note

report-method-scale = Answer scale
report-method-scoring = Scoring
report-method-about = About this report
report-method-value = Value
report-method-level = Level
report-method-meaning = Meaning
report-method-rule-level = Each applicable item is worth its level divided by the highest level ({ $max }); an unanswered item is worth 0.
report-method-rule-na = Items marked not applicable are left out of every score.
report-method-rule-norm = A norm's score is 100 × the weighted mean of its applicable items; the overall score is the plain mean of the norm scores.
report-method-rule-area = A focus area's score is the same weighted mean over every applicable item tagged with it.
report-method-rule-completion = Completion is the share of items answered with a level or marked not applicable.
report-method-rule-gap = A gap is an applicable item answered below “{ $level }” or not answered yet; every gap appears in the action plan.
report-method-rule-gap-unnamed = A gap is an applicable item answered below the implemented level or not answered yet; every gap appears in the action plan.
report-method-band = { $band } from { $min }
report-method-rule-bands = Score bands: { $bands }.
report-method-rule-voluntary = The norms are voluntary and non-binding: scores describe the State's own view of its implementation, not a ranking.
report-method-checklist = Checklist: { $title } ({ $id }), version { $version }
report-method-generated = Generated: { $date }
report-method-version = normcheck version { $version }
report-method-language = Language of this report: { $language }.
report-method-fallback = { $count ->
    [one] 1 text of the checklist has no translation into this language and is printed in English ({ $which }).
   *[other] { $count } texts of the checklist have no translation into this language and are printed in English ({ $which }).
}

## Progress since an earlier assessment

report-progress-earlier = the earlier assessment
report-progress-heading = Progress since { $since }
report-progress-overall = Overall score { $before } then, { $now } now ({ $change }).
report-progress-moves = { $improved ->
    [one] 1 practical action improved
   *[other] { $improved } practical actions improved
}, { $regressed } regressed and { $changed } changed to or from not applicable since { $since }.
report-progress-checklist-changed = The checklist changed meanwhile: { $added ->
    [one] 1 practical action added
   *[other] { $added } practical actions added
}, { $removed } removed.
report-progress-norm = Norm
report-progress-area = Focus area
report-progress-before = Before
report-progress-now = Now
report-progress-change = Change
report-progress-improved = Improved since { $since } (was: { $was })
report-progress-regressed = Regressed since { $since } (was: { $was })
report-progress-changed = Changed since { $since } (was: { $was })
report-progress-added = New in this checklist version since { $since }
report-answered-item = Item
report-answered-answer = Answer
report-answered-by = Last changed by
report-answered-when = When
report-answered-time = { $date } { $time } UTC
