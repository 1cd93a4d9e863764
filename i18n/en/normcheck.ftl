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
status-no-file = Not saved to a file
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

## The regional report

regional-title = Regional view: implementation of the UN norms of responsible State behaviour in cyberspace
regional-cover-states = Member States
regional-cover-threshold = Anonymity threshold
regional-cover-threshold-value = { $k } States: figures from fewer are withheld
regional-cover-named = States named
regional-cover-superseded = Superseded
regional-cover-superseded-value = { $count ->
    [one] 1 older assessment left out (one per State counts)
   *[other] { $count } older assessments left out (one per State counts)
}
regional-fewer-than = { $k ->
    [1] no State
   *[other] fewer than { $k } States
}
regional-withheld-legend = { $mark } withheld: { $fewer }, or a count from which such a number could be worked out by subtraction.
regional-chart-norms = Scores per norm (0–100)
regional-chart-areas = Scores per focus area (0–100)
regional-no-state-scored = no State has a score
regional-col-norm = Norm
regional-col-area = Focus area
regional-col-states = States
regional-col-lowest = Lowest
regional-col-median = Median
regional-col-highest = Highest
regional-col-mean = Mean
regional-col-band = { $band } (from { $min })
regional-overall = Overall score
regional-col-action = Practical action
regional-col-na = N/A
regional-col-none = None
regional-col-support = Support wanted
regional-bands-legend = How many States' scores fall in each band of the checklist.
regional-hardest-legend = States per answer: { $levels }; N/A not applicable; None not answered. Ranked by the mean level over the States to which the action applies, lowest first.
regional-support-fewer = <{ $k }
regional-summary-combines = { $count ->
    [one] This report combines 1 ASEAN Member State's assessment. It shows how far the region as a whole has implemented each norm and where States ask for support; it shows no State's own scores or answers.
   *[other] This report combines { $count } ASEAN Member States' assessments, one per State. It shows how far the region as a whole has implemented each norm and where States ask for support; it shows no State's own scores or answers.
}
regional-summary-too-few = { $count ->
    [one] With one State there is nothing more to show: every figure would come from { $fewer }. Only the number of States is given.
   *[other] With { $count } States there is nothing more to show: every figure would come from { $fewer }. Only the number of States is given.
}
regional-summary-median = The median overall score is { $median } out of 100; the States' overall scores range from { $min } to { $max }.
regional-summary-furthest = Implementation is furthest along under { $high } (median { $high_median }) and has the most room to develop under { $low } (median { $low_median }).
regional-summary-withheld = Figures from { $fewer } are withheld, and so is any count from which such a figure could be worked out by subtraction; the method at the end gives the exact rules.
regional-section-summary = Summary
regional-section-method = Method
regional-section-about = About this report
regional-section-norms = Distribution per norm
regional-section-areas = Distribution per focus area
regional-section-bands = States per band
regional-section-hardest = The ten hardest practical actions
regional-section-support = Support wanted
regional-support-intro = Member States asking for each kind of support for at least one practical action of a norm (columns: the norms).
regional-method-one-per-state = One assessment per Member State counts: the one changed last. Older files of the same State are left out and listed as superseded.
regional-method-scores = Each State's scores are computed as in its own report: an applicable item is worth its level divided by the highest level ({ $max }), an unanswered item 0; items marked not applicable are left out; a norm's score is 100 × the weighted mean of its applicable items, the overall score the mean of the norm scores, a focus area's score the weighted mean over the items tagged with it.
regional-method-figures = For each norm, focus area and the overall score: the number of States with a score, the lowest, the median (the mean of the two middle values for an even number of States), the highest and the mean of their scores, and how many States fall in each band.
regional-method-threshold = Anonymity threshold: { $k } States. With fewer than { $k } States in total only their number is shown. The lowest, median, highest and mean score of a norm or focus area are shown only when at least { $k } States have a score there (otherwise: “{ $fewer }”).
regional-method-counts = { $k ->
    [1] With a threshold of 1 no count is withheld.
    [2] A count of 1 State is withheld; a count of 0 is shown.
   *[other] A count of 1 to { $below } States is withheld; a count of 0 is shown.
}
regional-method-totals = Counts that add up to a known total — the bands of a norm together with the States without a score, the answers to an action together with “not applicable” and “not answered” — are protected together: once one is withheld, the smallest others are withheld as well until the withheld counts are at least two, hold at least the threshold together and cannot each be exactly one. Subtracting the shown counts from the total then reveals only that enough States lie somewhere among the withheld ones. A norm's number of States is withheld when the number without a score is.
regional-method-support = Support counts have no total (a State may ask for several kinds), so a withheld support count is always { $fewer } (printed “<{ $k }”).
regional-method-hardest = The { $count } hardest practical actions are those with the lowest mean level over the States to which they apply; an action that applies to { $fewer } is not ranked.
regional-method-named = States are named because every State agreed to it; the figures are still the same regional figures.
regional-method-unnamed = No State is named. States are numbered in an order that follows neither their names nor the files', and there is no per-State column.
regional-method-voluntary = The norms are voluntary and non-binding: the figures describe the States' own view of their implementation, not a ranking.

## Comparing assessments and scores over time (normcheck compare, normcheck trend)

compare-heading = Progress from { $old } to { $new }
compare-col-norm = Norm
compare-col-old = Old
compare-col-new = New
compare-col-delta = Delta
compare-overall = Overall
compare-items-changed = { $count ->
    [0] No item changed.
    [one] 1 item changed:
   *[other] { $count } items changed:
}
compare-improved = improved
compare-regressed = regressed
compare-changed = changed
compare-added = added
compare-removed = removed
compare-empty = (empty)
compare-overall-line = Overall score { $old } → { $new } ({ $change }), comparing { $earlier } with { $later }.
compare-list-improved = Improved
compare-list-regressed = Regressed
compare-list-other = Changed, added or removed
trend-title = Scores over time
trend-intro = { $count ->
    [one] 1 assessment of { $state }, ordered by reporting period (or by date when a period is missing). Scores follow the normal scoring rules of each assessment's checklist.
   *[other] { $count } assessments of { $state }, ordered by reporting period (or by date when a period is missing). Scores follow the normal scoring rules of each assessment's checklist.
}
trend-intro-span = { $count } assessments of { $state } from { $first } to { $last }, ordered by reporting period (or by date when a period is missing). Scores follow the normal scoring rules of each assessment's checklist.
trend-chart = Overall and per-norm scores (0–100)
trend-figures = The figures

## The regional view (File → Regional view…)

regional-view-title = Regional view
regional-view-intro = What the region as a whole has implemented and where States ask for support, from several States' assessments — without exposing any one State.
regional-view-checklist = Checklist file (if not built in):
regional-view-optional = optional
regional-view-threshold = Anonymity threshold:
regional-view-states-suffix = { " " }States
regional-view-named = Name the States (only when every State agreed)
regional-view-show = Show figures
regional-view-opening = Opening the files…
regional-view-files = Session files, one per line:
regional-view-choose = Choose files…
regional-view-passphrase = Passphrase for protected files:
regional-view-export-heading = Export the regional report
regional-view-pdf-file = PDF file:
regional-view-a4 = A4
regional-view-letter = US Letter
regional-view-export = Export PDF
regional-view-nothing-written = Nothing was written.
regional-view-no-dialog = No file dialog could be shown on this system: type the paths, one per line.
regional-view-not-exported = The regional report could not be exported: { $reason }
regional-view-stopped = The work stopped unexpectedly.
regional-view-combined = { $count ->
    [one] 1 State's assessment combined
   *[other] { $count } States' assessments combined
}
regional-view-box-how = Each box runs from the lowest to the highest State score, with the median as its middle line; the open square is the mean. Quartiles are not drawn: with few States they would reveal single States' scores.
regional-view-notes = { $count ->
    [one] For you only: 1 note naming files
   *[other] For you only: { $count } notes naming files
}
regional-view-score-axis = Score (0–100)
regional-view-boxes = Lowest to highest, median
regional-view-mean = Mean
regional-view-dialog = Regional view — choose the States' assessments
regional-view-files-filter = normcheck files (JSON, protected .age)
regional-view-type-passphrase = { $file } is protected: type its passphrase above
regional-view-give-checklist = { $error }; give its file under “Checklist file”

## The command line's messages

cli-nothing-written-problems = { $file }: nothing written: { $count ->
    [one] 1 problem
   *[other] { $count } problems
}
cli-checklist-written = Wrote { $file } ({ $norms } norms, { $items } items)

## The checklist workbook (normcheck checklist export / template): sheet and column names stay in English, they are read back

checklist-sheet-title = normcheck checklist — { $title } (version { $version })
checklist-sheet-template-title = normcheck checklist template
checklist-sheet-howto-import = This workbook is a normcheck checklist: what is asked, on which scale. Fill in the sheets, then run: normcheck checklist import FILE.xlsx -o CHECKLIST.json
checklist-sheet-howto-details = Checklist: the checklist's id (sessions refer to it; never change it once sessions exist), its version, title and description, and whether items may be marked not applicable (Yes or No).
checklist-sheet-howto-sources = Sources: the documents the checklist draws on (id such as A/70/174, title, note).
checklist-sheet-howto-scale = Scale: the answer levels, lowest first: a whole-number value, a short label and what it means.
checklist-sheet-howto-bands = Bands: labels for score ranges, lowest first: the minimum score (0–100) and the label.
checklist-sheet-howto-areas = Focus areas: cross-cutting areas items can be tagged with (id, title, description).
checklist-sheet-howto-norms = Norms: one row per norm (id such as a, title, summary, source, kind: positive, restraint or mixed).
checklist-sheet-howto-items = Items: one row per practical action, in order: a unique id (such as a.1), the id of its norm, the text, guidance, evidence hint, focus area ids separated by commas, a weight above 0 (empty means 1) and its basis.
checklist-sheet-howto-translations = Translations: the checklist's texts in other languages. Each row is one text (its key and the English); add a column headed by a language's code (th, vi, id, km, lo, my, ms, fil, ...) and write the texts in it. An empty cell keeps the English.
checklist-sheet-howto-problems = Import checks the workbook like a checklist file and names the cell of every problem (for example Items!G5).
cli-warning-label = warning
cli-note-label = note
cli-file-exists = { $file }: the file already exists; choose another name or add --force to replace it
cli-file-exists-force = { $file }: the file already exists; add --force to replace it
cli-stdout-failed = cannot write to standard output: { $reason }
cli-pdf-needs-output = a PDF is not written to standard output: give -o FILE.pdf
cli-no-assessments = no assessments were given
cli-two-assessments = two assessments are needed
cli-valid-checklist = valid checklist “{ $id }” version { $version } ({ $norms } norms, { $items } items, { $areas } focus areas)
cli-valid-spreadsheet = { $summary } (spreadsheet)
cli-valid-session = valid session for checklist “{ $id }” ({ $answered } of { $items } items answered)
cli-valid-protected = protected { $summary }
cli-differing-checklist = { $file }: warning: the checklist file { $checklist } differs from the copy of checklist “{ $id }” version { $version } saved in the session; checked against the saved copy (add --use-checklist-file to check against the file)
cli-score-no-state = (no Member State)
cli-score-norm = Norm
cli-score-score = Score
cli-score-band = Band
cli-score-completion = Completion
cli-score-overall = Overall (mean of norms)
cli-score-area = Focus area
cli-score-answered = { $answered } of { $items } items answered ({ $na } not applicable).
cli-member-state-empty = --member-state must not be empty
cli-created = Created { $file } for { $state } ({ $items } items, checklist { $id } { $version })
cli-already-protected = { $file }: the session is already protected (use normcheck unprotect first, or change the passphrase in the app)
cli-protected = Protected { $file } with a passphrase
cli-protected-name-hint = Protected { $file } with a passphrase (name protected files *.{ $extension } to tell them apart)
cli-not-protected = { $file }: the session is not protected; nothing to do
cli-unprotected = Wrote { $file } as plain JSON: anyone who can read the file can read the assessment
cli-pass-needs-terminal = { $file }: give --passphrase-file or run in a terminal to choose the passphrase
cli-pass-new = New passphrase for { $file }:{ " " }
cli-pass-again = The same passphrase again:{ " " }
cli-pass-differ = the two passphrases differ; nothing was written
cli-pass-for = Passphrase for { $file }:{ " " }
cli-pass-unreadable = cannot read the passphrase: { $reason }
cli-pass-empty = the passphrase is empty
cli-pass-not-utf8 = { $file }: the passphrase is not UTF-8 text
cli-upgrade-wrote = Wrote { $file }: the assessment moved from checklist version { $from } to { $to } ({ $input } is unchanged)
cli-upgrade-carried = answers carried by item id: { $count }
cli-upgrade-merged-both = { $old } merged into { $into }: both were answered: the lower level is kept, and both notes, labelled
cli-upgrade-merged = { $old } merged into { $into }: its answer moved to { $into }
cli-upgrade-removed = { $id } was removed; its answer is not in the new file. { $why }
cli-upgrade-added = new items, not yet answered: { $ids }
cli-no-folder = { $folder }: the folder does not exist
cli-no-agencies = { $file }: no item has a responsible agency yet; assign agencies first (the owner field, or Assign in the app)
cli-split-part = { $agency }: { $count ->
    [one] 1 item
   *[other] { $count } items
} → { $file }
cli-split-protected = The contributions are protected with the session's passphrase.
cli-split-unassigned = { $count ->
    [one] 1 item has no responsible agency and stays with the coordinator.
   *[other] { $count } items have no responsible agency and stay with the coordinator.
}
cli-merged = Merged { $changes ->
    [one] 1 change
   *[other] { $changes } changes
} from { $contributions ->
    [one] 1 contribution
   *[other] { $contributions } contributions
} into { $file }
cli-conflict = CONFLICT { $item } { $field }: kept { $kept }; { $values }
cli-conflicts-to-settle = { $count ->
    [one] 1 conflict to settle
   *[other] { $count } conflicts to settle
}: open { $file } in normcheck (File → Merge contributions… lists them).
cli-sheet-not-encrypted = { $file }: the assessment is protected, but the spreadsheet is not encrypted: store and send it with care
cli-sheet-changed = { $count ->
    [one] 1 item changed
   *[other] { $count } items changed
}
cli-sheet-changed-partial = { $count ->
    [one] 1 item changed
   *[other] { $count } items changed
}; { $cells ->
    [one] 1 cell left out (--partial)
   *[other] { $cells } cells left out (--partial)
}
cli-sheet-nothing-written = nothing written: { $cells ->
    [one] 1 cell cannot be used (fix it, or add --partial to write the rest)
   *[other] { $cells } cells cannot be used (fix them, or add --partial to write the rest)
}
cli-not-a-language-code = “{ $code }” is not a language code (such as lo, my or th)
cli-translate-wrote = wrote { $file }: { $messages } messages ({ $translated } translated) and { $texts } checklist texts
cli-cannot-read = { $file }: cannot read it: { $reason }
cli-translate-nothing-installed = { $file }: nothing installed: { $count ->
    [one] 1 cell to fix
   *[other] { $count } cells to fix
}
cli-translate-installed = installed { $code } ({ $messages } messages, { $texts } checklist texts) in { $folder }
cli-translate-no-text = the built-in checklist has no text “{ $key }”
cli-translate-no-data-folder = this computer has no data folder for normcheck
cli-translate-bad-message = not a valid message: check its braces {"{"} {"}"} and, in a choice by number, its [variants]
cli-translate-unknown-id = normcheck has no message “{ $id }”
cli-translate-missing = { $id } is missing
cli-translate-placeables-lost = lost { $placeables }: keep them as the English writes them
cli-translate-placeables-unknown = has { $placeables }, which the English does not have
cli-origin-builtin = built in
cli-origin-installed = installed in { $folder }
cli-origin-pseudo = pseudo-language for tests
cli-translate-language = { $code } { $name }: { $own }/{ $total } messages, { $translated }/{ $texts } checklist texts ({ $origin })
cli-hint-give-checklist = give its file with --checklist FILE
cli-hint-give-passphrase = give --passphrase-file or run in a terminal
cli-hint-use-checklist-file = add --use-checklist-file to read the session with the file
cli-hint-see-every-problem = run normcheck validate to see every problem
cli-hint-import-spreadsheet = an assessment's spreadsheet is brought into its session with `normcheck sheet import`; a checklist's is given as the checklist (--checklist FILE.xlsx)
cli-hint-prepare-contributions = make them with normcheck split
cli-hint-name-member-state = name it with `normcheck new --member-state`, or in the app under Details
cli-hint-one-checklist = or give --checklist FILE to read every file with one checklist

## Problems found in files, and why a file was refused

problem-at = at { $path }: { $message }
problem-error = error: { $problem }
problem-warning = warning: { $problem }
problems-none = no problems
problems-many = { $count } problems: { $list }
json-ends-early = the file ends too early (it may be truncated or incompletely copied) at line { $line } column { $column }
json-syntax = the file is not valid JSON (it may be damaged): { $detail }
json-unreadable = cannot read the file: { $detail }
json-unexpected = unexpected content: { $detail }
problem-empty = must not be empty
problem-scale-empty = the scale has no levels
problem-level-twice = level value { $value } appears more than once
problem-level-negative = level values must be 0 or more
problem-levels-order = level values must be in ascending order
problem-top-level-zero = the highest level must be above 0, since scores divide by it
problem-band-outside = { $min } is outside 0–100
problem-bands-order = band minimums must be in ascending order
problem-bands-start = the first band does not start at 0: lower scores get no band
problem-area-twice = focus area id "{ $id }" appears more than once
problem-no-norms = the checklist has no norms
problem-norm-twice = norm id "{ $id }" appears more than once
problem-norm-empty = norm "{ $id }" has no items
problem-area-unused = no item uses focus area "{ $id }"; it will have no score
problem-item-twice = item id "{ $id }" is already used at { $first }
problem-weight = weight must be above 0 and at most { $max }, found { $found }
problem-area-unknown = unknown focus area "{ $id }"
problem-area-listed-twice = focus area "{ $id }" is listed twice
problem-not-language-code = "{ $code }" is not a language code (such as "th" or "vi")
problem-translation-unused = the checklist has no text "{ $key }"; this translation is not used
problem-other-checklist = the session was made for checklist "{ $session }", not "{ $checklist }"
problem-other-version = the session was made with checklist version "{ $session }"; reading it with version "{ $checklist }"
problem-no-such-item = the checklist has no such item; the answer is kept but not scored
problem-not-a-level = { $level } is not a level of the scale (allowed: { $allowed })
problem-na-not-allowed = this checklist does not allow items to be marked not applicable
problem-na-unjustified = marked not applicable without a justification
problem-copy-format = expected "{ $expected }", found "{ $found }"
problem-copy-version = expected 1 to { $max }, found { $found }
problem-copy-other-checklist = the copy is of checklist "{ $copy }", but the session was made for "{ $session }"
problem-level-and-na = an answer cannot have a level and be marked not applicable
problem-differing-checklist = the checklist file { $file } differs from the copy of checklist "{ $id }" version { $version } saved in the session; the saved copy is used
cell-not-a-level = "{ $text }" is not a level of the scale ({ $levels })
cell-level-mismatch = level { $value } is "{ $label }", not "{ $text }": choose from the list or type the number alone
cell-not-yes-no = "{ $text }" is neither Yes nor No
cell-not-a-date = not a date
cell-number-not-date = { $text } is a number, not a date (YYYY-MM-DD)
cell-text-not-date = "{ $text }" is not a date (YYYY-MM-DD)
cell-not-a-priority = "{ $text }" is not a priority ({ $priorities })
cell-not-a-support-kind = "{ $text }" is not a kind of support ({ $kinds }); put a note on the lines below the kinds
cell-no-support-kind = name at least one kind of support on the first line
cell-item-twice = item "{ $item }" is also on row { $row }
cell-no-item-id = the row has answers but no item id
cell-unknown-item = the checklist "{ $checklist }" has no item "{ $item }"
cell-level-and-na = a level and Not applicable together: clear the level or set Not applicable to No
cell-language-code = "{ $code }" is not a language code (such as th or vi)
cell-language-here = the language's code (such as lo or my) belongs here, beside "Language"
field-not-a-date = "{ $text }" is not a date
field-not-true-false = expected true or false, found { $found }
field-not-support = not a support record: { $detail }
field-unknown = "{ $field }" is not an answer field
field-not-text = expected text, found { $found }
field-not-a-level = { $found } is not a level
field-not-level-na = { $found } is not a level, "na" or null
field-not-references = expected a list of references, found { $found }
field-not-a-priority = "{ $text }" is not a priority
cell-not-a-checklist-field = "{ $field }" is not a checklist field ({ $fields })
cell-level-whole-number = a level's value must be a whole number
cell-band-number = the minimum score must be a number (0–100)
cell-not-a-kind = "{ $kind }" is not a kind (positive, restraint or mixed)
cell-not-a-norm = "{ $norm }" is not the id of a norm on the { $sheet } sheet
cell-weight-number = the weight must be a number above 0
read-failed = cannot read the file: { $reason }
read-too-large = the file is { $size } bytes, larger than the { $limit } byte limit; it is not a normcheck file
protect-wrong-passphrase = the passphrase is wrong
protect-not-passphrase = it is encrypted to a key, not protected with a passphrase; normcheck opens only passphrase-protected files
protect-too-much-work = its passphrase protection asks for work factor { $required }, above the limit of { $max }; it was not opened (a file made this way could take minutes and gigabytes to open)
protect-damaged = the protected file is damaged: { $detail }
protect-encrypt-failed = cannot encrypt: { $detail }
io-permission = permission denied (you may not write there, or another program holds the file)
io-disk-full = the disk is full
io-read-only-drive = the drive is read-only
io-quota = the disk quota is exceeded
io-no-folder = the folder does not exist
doc-noun-checklist = checklist
doc-noun-session = session
doc-noun-recovery = recovery
doc-noun-checklist-or-session = checklist or session
doc-wrong-format = this is not a normcheck { $expected } file ({ $found })
doc-bad-version = "format_version" must be a whole number from 1, found { $found }
doc-no-version = "format_version" must be a whole number from 1, but there is none
doc-too-new = this { $noun } was made by a newer version of normcheck (format version { $found }; this version reads up to { $supported }); update normcheck to open it
doc-migration = cannot upgrade from format version { $from }: { $detail }
doc-shape = at { $path }: { $detail }
doc-top-level = top level
doc-spreadsheet = this is not a normcheck { $expected } file (it is a spreadsheet)
doc-assessment-spreadsheet = this is an assessment spreadsheet, not a checklist
doc-not-workbook = this is not a spreadsheet (.xlsx): { $found }
found-top-level = the top level is { $kind }, not an object
found-no-format = it has no "format" field
found-normcheck-file = it is a normcheck { $noun } file
found-format-is = its "format" is "{ $format }"
found-format-type = its "format" is { $kind }
found-format-unknown = its "format" field is missing or unknown
found-protected-checklist = it is protected with a passphrase; checklists are never protected
found-protected-inside = it is protected with a passphrase inside another protected file
found-protected = it is protected with a passphrase
found-json = it is a JSON file
found-not-workbook = it is not a workbook normcheck can read
json-type-null = null
json-type-boolean = a boolean
json-type-number = a number
json-type-string = a string
json-type-array = an array
json-type-object = an object
open-not-built-in = { $file }: the session uses checklist "{ $id }", which is not built in and not saved in the session
open-copy-damaged = { $file }: the copy of the checklist saved in the session is damaged: { $problem }
open-passphrase-needed = { $file } is protected
open-wrong-passphrase = { $file }: the passphrase is wrong
open-and-more = { $first } (and { $more } more)
open-does-not-fit = the session does not fit its checklist
write-folder-missing = cannot write { $file }: the folder { $folder } does not exist
write-not-a-file = cannot write { $file }: it is { $kind }, not a regular file; choose a file name
write-kind-folder = a folder
write-kind-device = a device
write-kind-socket = a socket
write-kind-broken-link = a link to a missing file
write-kind-other = something else
write-read-only = { $file } is read-only; it was left as it is (choose another file, or allow replacing it)
write-is-input = { $file } is also an input file; writing there would destroy it, so nothing was written (choose another output file)
write-locked = cannot write { $file }: the file is in use by another program (tried { $tries } times over { $seconds } s); close it there and save again — the file was left as it was
write-failed = cannot write { $file }: { $reason }
save-unfit = { $file }: not saved, because the file could not be opened again: { $problems }
save-encode = { $file }: the session could not be encoded: { $detail }
workbook-write-failed = cannot write the spreadsheet: { $detail }
workbook-too-long = the { $column } of item { $item } is longer than a spreadsheet cell holds ({ $max } characters); shorten it first
workbook-unreadable = not a readable .xlsx workbook: { $detail }
workbook-missing-sheet = the workbook has no sheet named "{ $sheet }"
workbook-too-far = { $cell } holds a value beyond the { $rows } rows and { $columns } columns normcheck reads; delete it (or everything after the last row in use) and try again
workbook-too-big = the workbook unpacks to more than { $megabytes } MB, far more than any checklist or assessment needs; it may be damaged or made to exhaust memory
workbook-missing-column = { $sheet }!{ $cell }: the header row has no "{ $column }" column
edit-unknown-item = the checklist has no item "{ $item }"
edit-unknown-level = { $level } is not a level of the scale
edit-no-conflict = there is no conflict on { $field } of { $item }
merge-not-contribution = { $name }: this is not a contribution
merge-other-session = { $name }: this contribution was prepared from another session ({ $origin }), not from this one ({ $base })
merge-other-checklist = { $name }: this contribution is for checklist { $found }; the session uses { $expected }
merge-already-merged = { $name }: the contribution of { $agency } prepared { $prepared } was already merged into this session
merge-given-twice = { $name }: the same contribution is given twice
upgrade-not-built-in = checklist "{ $id }" version { $version } is not built into normcheck, so normcheck knows no newer edition of it
upgrade-no-way = normcheck knows no way to move checklist "{ $id }" from version { $from } to version { $to }
upgrade-contribution = this is the contribution of "{ $agency }"; it must be merged into the coordinator's session first, then that session can be moved
upgrade-scale-changed = versions { $from } and { $to } use different scales, so levels cannot be carried
upgrade-invalid = the moved assessment would not be valid: { $detail }
regional-no-inputs = no assessments were given
regional-zero-threshold = the anonymity threshold must be at least 1 State
regional-no-state = { $file }: the assessment names no Member State; a regional view needs every State named
regional-contribution = { $file }: this is { $agency }'s contribution to a national assessment, not a State's assessment; merge it into the national session first
regional-checklist-differs = { $file }: made with checklist { $found }, but { $first_file } with { $first }; a regional view needs one checklist version
regional-same-update = { $second }: { $state }'s assessment, last changed at the same time as { $first }; give only the one that should count
report-layout-failed = cannot lay out the PDF report: { $detail }
language-unknown = there is no language "{ $code }"; available: { $available }
regional-note-superseded = { $file }: superseded by { $newer }, { $state }'s newer assessment
regional-note-incomplete = { $file }: { $state }'s assessment is { $percent } complete; its unanswered items count as 0
cell-number-not-level = { $value } is not a level of the scale ({ $levels })
error-not-recovered = The unsaved work could not be recovered
status-not-changed = Not changed: { $reason }
error-window = cannot open the window: { $reason }
export-stopped = the export stopped unexpectedly
ui-hint-give-checklist = choose that checklist's file
ui-hint-give-passphrase = type its passphrase
ui-hint-use-checklist-file = choose “Use the checklist file” to read it with the file
ui-hint-see-every-problem = run `normcheck validate` on the file for the full list
ui-hint-import-spreadsheet = an assessment's spreadsheet is brought into its assessment with File > Import spreadsheet…; a checklist's is chosen as the checklist of a new assessment
ui-hint-prepare-contributions = make them with Prepare contributions… on the Team screen
ui-hint-name-member-state = set it under Details
ui-hint-one-checklist = or choose one file under “Checklist file” to read every file with
pass-too-short = Use at least { $count } characters.
status-undone = Undone: { $what }
status-redone = Redone: { $what }
status-nothing-to-undo = Nothing to undo
status-nothing-to-redo = Nothing to redo
status-no-checklist-chosen = Nothing was opened: no checklist file was chosen for { $file }
dialog-filter-pdf = PDF document
dialog-filter-workbook = Excel workbook
dialog-filter-checklists = Checklists (JSON, Excel workbook)
dialog-filter-sessions = normcheck files (JSON, protected .age)
dialog-none = No file dialog could be shown on this system. Type the full path of the file instead.
import-field-level = Level / Not applicable
write-kind-pipe = a named pipe
status-software-drawing = No graphics card in use: the window is drawn by the processor ({ $adapter } via { $api }); it works but may be slower.
# The status bar on start: which graphics adapter and interface draw the window ($api: Direct3D 12, Vulkan or OpenGL).
status-drawing = Graphics: { $adapter } via { $api }.
# Before status-drawing when the first graphics interfaces tried could not draw ($failed: e.g. "Direct3D 12, Vulkan").
status-backend-failed = { $failed } did not work on this computer.
startup-failed = normcheck could not start
# normcheck-cli, the console launcher, cannot find normcheck.exe beside it ($program: its full path). One line.
launcher-missing = { $program } is missing: normcheck-cli starts the normcheck program in its own folder; reinstall normcheck or keep both programs together.
# normcheck-cli cannot start normcheck.exe ($reason: the system's explanation). One line.
launcher-cannot-start = cannot start { $program }: { $reason }
protect-damaged-unknown-format = it uses an age format this version does not know
protect-damaged-header = its header cannot be read (truncated or altered)
protect-damaged-altered = its header was altered
protect-damaged-content = its content is truncated or was altered
autosave-stopped = the autosave stopped unexpectedly

## The example assessment (Exampleland) and Help

cli-example-written = Wrote Exampleland, a fictional State, to practise on: this year's assessment { $this_year }, last year's { $last_year } (to compare with), and { $count } agencies' contributions in { $folder } (to merge: one brings a conflict to settle).
start-example = Open the example (Exampleland)
start-example-hover = A complete, fictional assessment to practise on; your own assessments are not touched.
status-example-opened = Opened the example: Exampleland is fictional. Saving asks for a new file name.
menu-help = Help
menu-help-guide = User guide
menu-help-keys = Keyboard shortcuts
menu-help-about = About normcheck
menu-help-example = Open the example (Exampleland)
menu-help-save-guide = Save the guide as PDF…
dialog-save-guide = Save the user guide as PDF
help-title = Help
help-contents = Contents
help-close = Close
keys-heading = Keyboard shortcuts
keys-intro = The walk-through's keys work when no control (a button, field or tick box) has the keyboard focus: press Esc, or click outside the control, first.
keys-col-keys = Keys
keys-col-what = What they do
keys-scope-window = Anywhere
keys-scope-walkthrough = Walk-through
keys-scope-field = In a passphrase or file-path field
keys-new = New assessment
keys-open = Open an assessment
keys-save = Save
keys-save-as = Save under another name
keys-undo = Undo the last change
keys-redo = Redo what was undone
keys-help = The user guide, at the part about the screen shown
keys-next-item = Next practical action
keys-previous-item = Previous practical action
keys-next-norm = Next norm
keys-previous-norm = Previous norm
keys-level = Answer the selected action with that level
keys-not-applicable = Mark the selected action not applicable, or unmark it
keys-details = Show or hide the selected action's details
keys-confirm = Confirm what was typed
# The keys that move the keyboard focus between buttons, fields and tick boxes (a third table
# in Help's keyboard shortcuts).
keys-scope-focus = Buttons, fields and tick boxes
keys-focus-next = Go to the next control (with Shift: the one before). The control with the keyboard focus has a coloured ring around it.
keys-focus-press = Press the focused button, or tick or untick the focused box
keys-focus-leave = Leave the control, so that the walk-through's keys work again; in a dialog or in Help, close it and go back to where you were
about-heading = About normcheck
about-version = normcheck { $version }
about-purpose = A self-assessment of how far a State has implemented the 11 UN norms of responsible State behaviour in cyberspace (A/70/174, para. 13) and the ASEAN Regional Action Plan, in the style of the ASEAN Norms Implementation Checklist.
about-offline = normcheck never uses the network: nothing you enter leaves this computer unless you send a file yourself.
about-data = Preferences, installed languages and the autosaved copies of unsaved work are kept in: { $folder }
about-no-data = This computer gives normcheck no data folder: preferences and autosaved copies are not kept.
about-licences = normcheck is free software under the MIT or Apache 2.0 licence. Its fonts are Noto Sans, Noto Sans Thai, Khmer, Lao and Myanmar, under the SIL Open Font License 1.1 (OFL.txt beside the program).
about-problems = To report a problem, write down what you did, what you expected and what happened, with the message shown, and send it to the team that gave you normcheck. Never send an assessment that is not yours to share; the example (Exampleland) can show most problems.
guide-title = normcheck user guide
guide-subtitle = How to assess your State's implementation of the UN norms of responsible State behaviour in cyberspace with normcheck, for officials and for trainers.

## The user guide: one title and a few short paragraphs per section; the screens' own words are quoted as the app shows them

guide-start-title = Getting started
guide-start-1 = normcheck works offline on this computer. On the start screen, “New assessment…” asks for your Member State and a few details and opens an empty assessment of the built-in checklist; “Open…” opens one saved before. Recent files and autosaved work are offered there too.
guide-start-2 = To practise without touching a real assessment, open the example: Exampleland is a fictional State with every practical action answered. Saving it always asks for a new file name.
guide-walk-title = The walk-through
guide-walk-1 = The walk-through shows the norms on the left and the practical actions of the chosen norm on the right. Answer each action with a level of the scale, from “Not started” to “Institutionalised”. The side list shows how far each norm is answered.
guide-walk-2 = “Show only” narrows the list to unanswered or flagged actions, or to those marked not applicable without a justification. The actions can also be grouped by the ASEAN Regional Action Plan's focus areas.
guide-walk-3 = With the keyboard: the Down and Up arrow keys (or J and K) move between actions, Page Down and Page Up between norms, the digits answer with a level, N marks an action not applicable, and Enter opens its details.
guide-answer-title = Answering and evidence
guide-answer-1 = “Details” on an action shows its guidance and the kind of evidence that shows it is done. Write a note, list the evidence (one reference per line), name the responsible agency, set a target date and a priority, and say what support would help.
guide-answer-2 = An action that does not apply to your State is marked not applicable, with a justification; it is left out of every score. “Flag for review” marks an answer to come back to.
guide-dash-title = The dashboard: scores and bands
guide-dash-1 = The dashboard shows the overall score, the score of each norm and of each focus area, how much is answered, and the gaps: the applicable actions below “Implemented” or not answered yet, most urgent first.
guide-dash-2 = An action is worth its level divided by the highest level; a norm's score is 100 times the weighted mean of its applicable actions, and the overall score is the mean of the norm scores. The bands name ranges of scores. The norms are voluntary and non-binding: the scores are your State's own view, not a ranking.
guide-save-title = Saving and protection
guide-save-1 = Save with File > Save (Ctrl+S). Every minute, unsaved work is also copied aside; if normcheck or the computer stops, the start screen offers to recover it.
guide-save-2 = An assessment can be protected with a passphrase (File > Protect with a passphrase…): the file and its autosaved copies are then encrypted. A forgotten passphrase cannot be recovered by anyone. Set the sensitivity marking (for example TLP:AMBER) under “Details”; it is printed on every page of the report.
guide-team-title = The team's year
guide-team-1 = On the Team screen, assign a responsible agency to each action, then “Prepare contributions…” writes one file per agency with only its actions. Each agency answers in normcheck and sends its file back.
guide-team-2 = “Merge contributions…” brings the answers back. Where an agency and the session changed the same answer differently, the Team screen lists the conflict to settle. “Compare with an earlier assessment…” shows the progress since last year on the Progress screen.
guide-report-title = Reports
guide-report-1 = File > Export PDF report writes the report for ministers and meetings: a summary, the scores, each norm with its actions, an action plan of the gaps, the support wanted and the methodology. It can be written in another language than the window's.
guide-report-2 = The report carries the sensitivity marking on every page; an unfinished assessment is marked as a draft. Compared with an earlier assessment, it shows the progress too.
guide-sheet-title = Spreadsheets
guide-sheet-1 = File > Export spreadsheet… writes the assessment as an Excel workbook, for colleagues who prefer to answer there. File > Import spreadsheet… reads the edited workbook back and shows every change before anything is applied; a cell that cannot be used is named.
guide-regional-title = The regional view
guide-regional-1 = File > Regional view… combines several States' assessments into regional figures without exposing any one State: figures from fewer States than the anonymity threshold are withheld. The regional report can be exported as PDF.
guide-trouble-title = Troubleshooting
guide-trouble-1 = A file that cannot be opened is refused with a message naming the file and the problem; your open work is not changed. On the command line, normcheck validate FILE lists every problem of a file.
guide-trouble-2 = If the window does not open on a computer without a graphics card or over Remote Desktop, start normcheck with the environment variable WGPU_BACKEND=gl. Spreadsheets and reports are never encrypted: store and send them with care.
cli-guide-written = Wrote the user guide to { $file }
guide-figure-walk = The walk-through with the example open: the norms on the left, each practical action with its levels, its answer and its details.
guide-figure-dash = The dashboard: the overall score, the score of each norm and focus area, and the gaps.
guide-figure-team = The Team screen: the responsible agencies, handing out contributions and merging them back.
guide-figure-note = The pictures show the app in English with the example (Exampleland) open.
menu-view-zoom-in = Zoom in
menu-view-zoom-out = Zoom out
menu-view-zoom-reset = Back to 100 %
