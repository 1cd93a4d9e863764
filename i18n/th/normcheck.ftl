# normcheck's messages in Thai (ไทย). Messages missing here are shown in English.
# Corrections by native speakers are welcome: run
#   normcheck translate export --lang th -o th.xlsx
# correct the Translation column of the "Messages" sheet (keep every { $placeable } as it is),
# and send the workbook to the normcheck maintainers, or install it for your own use with
#   normcheck translate import th.xlsx

language-name = ไทย
number-decimal-sign = .
number-percent = ร้อยละ { $value }
date-year-offset = 543
date-short = { $day }/{ $month }/{ $year }
date-long = { $day } { $month } { $year }
month-1 = มกราคม
month-2 = กุมภาพันธ์
month-3 = มีนาคม
month-4 = เมษายน
month-5 = พฤษภาคม
month-6 = มิถุนายน
month-7 = กรกฎาคม
month-8 = สิงหาคม
month-9 = กันยายน
month-10 = ตุลาคม
month-11 = พฤศจิกายน
month-12 = ธันวาคม

## คำตอบ ลำดับความสำคัญ และการสนับสนุน (แอปพลิเคชัน รายงาน และสเปรดชีต)

answer-not-applicable = ไม่เกี่ยวข้อง
answer-not-applicable-because = ไม่เกี่ยวข้อง — { $why }
answer-no-justification = ไม่ได้ระบุเหตุผล
answer-not-answered = ยังไม่ได้ตอบ
priority-high = สูง
priority-medium = กลาง
priority-low = ต่ำ
support-training = การฝึกอบรม
support-legal-drafting = การยกร่างกฎหมาย
support-technical-assistance = ความช่วยเหลือทางวิชาการ
support-equipment = อุปกรณ์
support-funding = เงินทุน
support-exchange-of-practice = การแลกเปลี่ยนแนวปฏิบัติ
support-other = อื่น ๆ

## รายงานผลการประเมิน

report-default-title = การนำบรรทัดฐานของสหประชาชาติว่าด้วยพฤติกรรมที่มีความรับผิดชอบของรัฐในไซเบอร์สเปซไปปฏิบัติ
report-no-member-state = (ไม่ได้ระบุรัฐสมาชิก)
report-undated = ไม่ระบุวันที่
report-checklist-version = { $title } เวอร์ชัน { $version }
report-complete = ครบถ้วน{ $percent }
report-conflicts-unresolved = ข้อมูลขัดแย้งที่ยังไม่ได้ยุติ { $count } รายการ
report-draft = ฉบับร่าง — { $parts }
report-page = หน้า { $page } จาก { $total }

report-cover-member-state = รัฐสมาชิก
report-cover-organisation = หน่วยงาน
report-cover-assessors = ผู้ประเมิน
report-cover-period = ช่วงเวลาที่รายงาน
report-cover-date = วันที่
report-cover-checklist = แบบตรวจสอบ

report-section-summary = บทสรุปสำหรับผู้บริหาร
report-section-action-plan = แผนปฏิบัติการ
report-section-support = การสนับสนุนที่ต้องการ
report-section-methodology = ระเบียบวิธี
report-section-answered-by = ผู้ตอบ
report-answered-by-intro = ผู้แก้ไขคำตอบแต่ละรายการเป็นครั้งล่าสุดและวันเวลาที่แก้ไข (ได้แก่ ผู้ประเมิน หรือหน่วยงานที่ได้มีการรวมข้อมูลที่ส่งมาเข้าไว้ในการประเมิน)

report-chart-norms = คะแนนรายบรรทัดฐาน (0–100)
report-chart-areas = คะแนนรายด้านที่มุ่งเน้น (0–100)
report-no-score = ไม่มีคะแนน
report-no-score-not-applicable = ไม่มีคะแนน (ทุกรายการไม่เกี่ยวข้อง)

report-summary-overall-band = คะแนนรวมอยู่ที่ { $score } จาก 100 ซึ่งอยู่ในช่วง “{ $band }” โดยคะแนนรวมคือค่าเฉลี่ยของคะแนนรายบรรทัดฐาน
report-summary-overall = คะแนนรวมอยู่ที่ { $score } จาก 100 ซึ่งเป็นค่าเฉลี่ยของคะแนนรายบรรทัดฐาน
report-summary-no-overall = ยังไม่มีคะแนนรวม เนื่องจากยังไม่มีบรรทัดฐานใดที่มีรายการที่เกี่ยวข้อง
report-summary-answered = ตอบแล้ว { $answered } จาก { $items } รายการ (ครบถ้วน{ $percent }) โดยในจำนวนนี้ระบุว่าไม่เกี่ยวข้อง { $na } รายการ
report-summary-strongest = การนำไปปฏิบัติมีความก้าวหน้ามากที่สุดภายใต้บรรทัดฐาน { $strongest } ({ $high }) และยังมีโอกาสพัฒนาได้มากที่สุดภายใต้บรรทัดฐาน { $weakest } ({ $low })
report-summary-gaps = { $count ->
    [0] ไม่มีช่องว่างคงเหลือ โดยทุกรายการที่เกี่ยวข้องอยู่ในระดับนำไปปฏิบัติแล้วหรือสูงกว่า
    [1] มี 1 รายการที่เป็นช่องว่าง (ต่ำกว่าระดับนำไปปฏิบัติแล้วหรือยังไม่ได้ตอบ) ซึ่งได้แสดงไว้ในแผนปฏิบัติการ
   *[other] มี { $count } รายการที่เป็นช่องว่าง (ต่ำกว่าระดับนำไปปฏิบัติแล้วหรือยังไม่ได้ตอบ) ซึ่งได้แสดงไว้ในแผนปฏิบัติการโดยเรียงตามความเร่งด่วน
}
report-counts-answer = คำตอบ
report-counts-items = จำนวนรายการ

report-norm-summary-ours = ผู้จัดทำแบบตรวจสอบสรุปความจาก { $source }
report-norm-source = ที่มา: { $source }
report-norm-score = คะแนน
report-norm-completion = ความครบถ้วน
report-norm-actions = การดำเนินการเชิงปฏิบัติ

report-item-answer = คำตอบ
report-item-change = การเปลี่ยนแปลง
report-item-note = หมายเหตุ
report-item-evidence = หลักฐาน
report-item-agency = หน่วยงานที่รับผิดชอบ
report-item-target = กำหนดแล้วเสร็จ
report-item-priority = ลำดับความสำคัญ
report-item-support = การสนับสนุนที่ต้องการ
report-item-flagged = ทำเครื่องหมายไว้เพื่อทบทวน
report-range-median = มัธยฐาน { $value }
report-range-mean = ค่าเฉลี่ย { $value }
report-range-how = แต่ละแท่งแสดงช่วงตั้งแต่คะแนนต่ำสุดถึงคะแนนสูงสุดของรัฐ เส้นสีดำคือค่ามัธยฐาน และสี่เหลี่ยมโปร่งคือค่าเฉลี่ย ทั้งนี้ ไม่ได้แสดงควอร์ไทล์ เนื่องจากเมื่อมีจำนวนรัฐน้อย ควอร์ไทล์อาจเปิดเผยคะแนนของรัฐใดรัฐหนึ่งได้

report-plan-none = ไม่มีช่องว่าง โดยทุกรายการที่เกี่ยวข้องอยู่ในระดับนำไปปฏิบัติแล้วหรือสูงกว่า
report-plan-intro = รายการทั้งหมดที่ต่ำกว่าระดับนำไปปฏิบัติแล้วหรือยังไม่ได้ตอบ เรียงตามความเร่งด่วนจากมากไปน้อย
report-plan-priority = ลำดับความสำคัญ
report-plan-target = กำหนดแล้วเสร็จ
report-plan-action = การดำเนินการ
report-plan-answer = คำตอบปัจจุบัน
report-plan-agency = หน่วยงานที่รับผิดชอบ

report-support-none = ไม่มีการดำเนินการเชิงปฏิบัติใดที่ขอรับการสนับสนุน
report-support-intro = การดำเนินการเชิงปฏิบัติที่รัฐประสงค์จะได้รับการสนับสนุน จำแนกตามประเภทของการสนับสนุน
report-support-kind = การสนับสนุนที่ต้องการ
report-support-action = การดำเนินการเชิงปฏิบัติ
report-support-note = หมายเหตุ

report-method-scale = ระดับคำตอบ
report-method-scoring = การคิดคะแนน
report-method-about = เกี่ยวกับรายงานฉบับนี้
report-method-value = ค่า
report-method-level = ระดับ
report-method-meaning = ความหมาย
report-method-rule-level = รายการที่เกี่ยวข้องแต่ละรายการมีค่าเท่ากับระดับของรายการนั้นหารด้วยระดับสูงสุด ({ $max }) ส่วนรายการที่ยังไม่ได้ตอบมีค่าเท่ากับ 0
report-method-rule-na = รายการที่ระบุว่าไม่เกี่ยวข้องจะไม่นำมาคิดในคะแนนใด ๆ
report-method-rule-norm = คะแนนของบรรทัดฐานแต่ละข้อเท่ากับ 100 × ค่าเฉลี่ยถ่วงน้ำหนักของรายการที่เกี่ยวข้องภายใต้บรรทัดฐานนั้น ส่วนคะแนนรวมเท่ากับค่าเฉลี่ยแบบไม่ถ่วงน้ำหนักของคะแนนรายบรรทัดฐาน
report-method-rule-area = คะแนนของด้านที่มุ่งเน้นแต่ละด้านคำนวณด้วยค่าเฉลี่ยถ่วงน้ำหนักแบบเดียวกัน จากรายการที่เกี่ยวข้องทุกรายการที่ระบุว่าอยู่ในด้านนั้น
report-method-rule-completion = ความครบถ้วน คือ สัดส่วนของรายการที่ได้ตอบโดยระบุระดับแล้ว หรือระบุว่าไม่เกี่ยวข้อง
report-method-rule-gap = ช่องว่าง คือ รายการที่เกี่ยวข้องซึ่งได้รับคำตอบต่ำกว่าระดับ “{ $level }” หรือยังไม่ได้ตอบ โดยช่องว่างทุกรายการจะปรากฏในแผนปฏิบัติการ
report-method-rule-gap-unnamed = ช่องว่าง คือ รายการที่เกี่ยวข้องซึ่งได้รับคำตอบต่ำกว่าระดับนำไปปฏิบัติแล้ว หรือยังไม่ได้ตอบ โดยช่องว่างทุกรายการจะปรากฏในแผนปฏิบัติการ
report-method-band = { $band } ตั้งแต่ { $min }
report-method-rule-bands = ช่วงคะแนน: { $bands }
report-method-rule-voluntary = บรรทัดฐานเหล่านี้เป็นไปโดยสมัครใจและไม่มีผลผูกพัน คะแนนจึงสะท้อนมุมมองของรัฐเองต่อการนำบรรทัดฐานไปปฏิบัติ มิใช่การจัดอันดับ
report-method-checklist = แบบตรวจสอบ: { $title } ({ $id }) เวอร์ชัน { $version }
report-method-generated = วันที่จัดทำ: { $date }
report-method-version = normcheck เวอร์ชัน { $version }
report-method-language = ภาษาของรายงานฉบับนี้: { $language }
report-method-fallback = ข้อความในแบบตรวจสอบจำนวน { $count } รายการยังไม่มีคำแปลเป็นภาษานี้ จึงแสดงเป็นภาษาอังกฤษ ({ $which })

## ความคืบหน้านับตั้งแต่การประเมินครั้งก่อน

report-progress-earlier = การประเมินครั้งก่อน
report-progress-heading = ความคืบหน้านับตั้งแต่ { $since }
report-progress-overall = คะแนนรวมเปลี่ยนจาก { $before } เป็น { $now } ({ $change })
report-progress-moves = นับตั้งแต่ { $since } การดำเนินการเชิงปฏิบัติมีความคืบหน้าดีขึ้น { $improved } รายการ ถดถอย { $regressed } รายการ และเปลี่ยนเป็นหรือเปลี่ยนจากสถานะไม่เกี่ยวข้อง { $changed } รายการ
report-progress-checklist-changed = ในระหว่างนั้นแบบตรวจสอบมีการเปลี่ยนแปลง โดยเพิ่มการดำเนินการเชิงปฏิบัติ { $added } รายการ และนำออก { $removed } รายการ
report-progress-norm = บรรทัดฐาน
report-progress-area = ด้านที่มุ่งเน้น
report-progress-before = ก่อน
report-progress-now = ปัจจุบัน
report-progress-change = เปลี่ยนแปลง
report-progress-improved = ดีขึ้นนับตั้งแต่ { $since } (เดิม: { $was })
report-progress-regressed = ถดถอยนับตั้งแต่ { $since } (เดิม: { $was })
report-progress-changed = เปลี่ยนแปลงนับตั้งแต่ { $since } (เดิม: { $was })
report-progress-added = รายการใหม่ในแบบตรวจสอบเวอร์ชันนี้นับตั้งแต่ { $since }
report-answered-item = รายการ
report-answered-answer = คำตอบ
report-answered-by = แก้ไขล่าสุดโดย
report-answered-when = วันเวลา
report-answered-time = { $date } { $time } UTC
menu-view-language = ภาษา
menu-view-language-system = ตามระบบ ({ $language })
menu-file = ไฟล์
menu-edit = แก้ไข
menu-view = มุมมอง
menu-file-new = การประเมินใหม่…
menu-file-open = เปิด…
menu-file-save = บันทึก
menu-file-save-as = บันทึกเป็น…
menu-file-change-passphrase = เปลี่ยนวลีรหัสผ่าน…
menu-file-protect = ป้องกันด้วยวลีรหัสผ่าน…
menu-file-unprotect = ยกเลิกการป้องกัน…
menu-file-export-a4 = ส่งออกรายงาน PDF (A4)…
menu-file-export-letter = ส่งออกรายงาน PDF (US Letter)…
menu-file-regional = มุมมองระดับภูมิภาค…
menu-file-export-sheet = ส่งออกสเปรดชีต…
menu-file-import-sheet = นำเข้าสเปรดชีต…
menu-file-prepare = เตรียมส่วนร่วมของหน่วยงาน…
menu-file-merge = รวมส่วนร่วมของหน่วยงาน…
menu-file-compare = เปรียบเทียบกับการประเมินครั้งก่อน…
menu-file-close = ปิดการประเมิน
menu-edit-undo = เลิกทำ
menu-edit-undo-what = เลิกทำ{ $what }
menu-edit-redo = ทำซ้ำ
menu-edit-redo-what = ทำซ้ำ{ $what }
menu-view-theme-system = ธีมตามระบบ
menu-view-theme-light = ธีมสว่าง
menu-view-theme-dark = ธีมมืด
menu-view-advance = หลังตอบด้วยแป้นพิมพ์ ให้ไปยังรายการถัดไปที่ยังไม่ได้ตอบ
tab-walkthrough = ไล่ตอบทีละรายการ
tab-dashboard = ภาพรวม
tab-details = รายละเอียด
tab-team = ทีม
tab-team-conflicts = ทีม (ข้อขัดแย้ง { $count } รายการ)
tab-progress = ความคืบหน้า
banner-the-national-assessment = การประเมินระดับชาติ
banner-contribution = ส่วนร่วมของ { $agency } ในการประเมิน { $title }
banner-conflicts = ฉบับร่าง — มีข้อขัดแย้งที่ยังไม่ได้ยุติ { $count } รายการ (ยุติได้ที่หน้าทีม)
banner-newer-edition = แบบตรวจสอบนี้มีเวอร์ชันที่ใหม่กว่า ({ $version })
banner-see-changes = ดูการเปลี่ยนแปลง
banner-move-answers = ย้ายคำตอบของฉัน
marking-hover = ระดับชั้นความลับของการประเมินนี้
status-unsaved = มีการเปลี่ยนแปลงที่ยังไม่ได้บันทึก
status-saved = บันทึกการเปลี่ยนแปลงทั้งหมดแล้ว
status-complete = ครบถ้วนร้อยละ { $percent }

card-flagged = ทำเครื่องหมายไว้เพื่อทบทวน
card-na = ไม่เกี่ยวข้อง
card-na-hover = ไม่เกี่ยวข้องกับรัฐนี้ โปรดระบุเหตุผล
card-hide-details = ซ่อนรายละเอียด
card-details = รายละเอียด…
card-justification = เหตุผล
card-justification-label = เหตุผล:
card-justification-required = เหตุผล (ต้องระบุเมื่อเลือกไม่เกี่ยวข้อง):
card-justification-hint = เหตุใดการดำเนินการนี้จึงไม่เกี่ยวข้อง
card-summary-agency = หน่วยงาน: { $agency }
card-summary-target = กำหนดแล้วเสร็จ: { $date }
card-summary-priority = ลำดับความสำคัญ: { $priority }
card-summary-evidence = หลักฐาน: { $count } รายการ
card-summary-note = หมายเหตุ: { $note }
card-guidance = คำแนะนำ
card-evidence-hint = หลักฐานที่แสดงว่าได้ดำเนินการแล้ว: { $hint }
card-basis = ที่มา: { $basis }
card-note = หมายเหตุ
card-agency = หน่วยงานที่รับผิดชอบ
card-flag = ทำเครื่องหมายเพื่อทบทวน
field-evidence = หลักฐาน
field-evidence-label = หลักฐาน (บรรทัดละหนึ่งรายการ):
field-evidence-hint = ชื่อเอกสาร เลขที่แฟ้ม หรือลิงก์
field-target = กำหนดแล้วเสร็จ
field-target-label = กำหนดแล้วเสร็จ:
field-target-invalid = ยังไม่ใช่วันที่ที่ถูกต้อง โปรดใช้รูปแบบ YYYY-MM-DD (ปี ค.ศ.)
field-priority-label = ลำดับความสำคัญ:
field-priority-none = ไม่ระบุ
# สิ่งที่โปรแกรมอ่านหน้าจออ่านสำหรับปุ่มลำดับความสำคัญ “ไม่ระบุ”
field-priority-is-none = ไม่ระบุลำดับความสำคัญ
field-priority-is = ลำดับความสำคัญ{ $priority }
field-support-label = การสนับสนุนที่ต้องการ:
field-support-kind = การสนับสนุนที่ต้องการ: { $kind }
field-support-note = สิ่งที่จะช่วยได้
field-support-note-label = สิ่งที่จะช่วยได้:
field-support-note-hint = เช่น หลักสูตรอบรมสองวันสำหรับเจ้าหน้าที่ CERT
group-area = ด้านที่มุ่งเน้นของแผนปฏิบัติการระดับภูมิภาคของอาเซียน
group-area-ours = ด้านที่มุ่งเน้นของแผนปฏิบัติการระดับภูมิภาคของอาเซียน (อธิบายด้วยถ้อยคำของผู้จัดทำเอง)
group-norm = บรรทัดฐาน ({ $id }) — { $title }
group-kind-positive = ขอให้รัฐดำเนินการ
group-kind-restraint = ขอให้รัฐละเว้นการกระทำ
group-kind-mixed = ขอให้รัฐดำเนินการและละเว้นการกระทำ
# $score คือตัวเลขพร้อมช่วงคะแนน เช่น "62.5 (Established)" ส่วน $percent เป็นจำนวนเต็ม
group-score = คะแนน { $score }  ·  ครบถ้วนร้อยละ { $percent }
group-overall = ภาพรวม
group-overall-line = ภาพรวม: { $scores }
group-choose-norm = เลือกบรรทัดฐาน
group-choose-area = เลือกด้านที่มุ่งเน้น
group-picker-entry = { $group } — เสร็จแล้วร้อยละ { $percent }
group-by = จัดกลุ่มตาม:
group-by-norm = บรรทัดฐาน
group-by-area = ด้านที่มุ่งเน้น
# สิ่งที่โปรแกรมอ่านหน้าจออ่านสำหรับบรรทัดฐานหรือด้านที่มุ่งเน้นในรายการด้านข้าง
group-row-said = { $group } ครบถ้วนร้อยละ { $percent } คะแนน { $score }
group-no-score = ไม่มี
group-done = เสร็จแล้วร้อยละ { $percent }
walk-no-items = ไม่มีรายการที่ตรงกับตัวกรอง
walk-show-only = แสดงเฉพาะ:
walk-filter-unanswered = ยังไม่ได้ตอบ
walk-filter-flagged = ทำเครื่องหมายไว้
walk-filter-na = ไม่เกี่ยวข้องโดยไม่ระบุเหตุผล
walk-keys = แป้นลัด: 0–9 เลือกระดับ · N ไม่เกี่ยวข้อง · Up/Down หรือ J/K เลื่อนรายการ · PgUp/PgDn เลื่อนบรรทัดฐาน · Enter ดูรายละเอียด
walk-keys-advance = แป้นลัด: 0–9 เลือกระดับ (แล้วไปยังรายการถัดไปที่ยังไม่ได้ตอบ) · N ไม่เกี่ยวข้อง · Up/Down หรือ J/K เลื่อนรายการ · PgUp/PgDn เลื่อนบรรทัดฐาน · Enter ดูรายละเอียด
walk-previous-norm = บรรทัดฐานก่อนหน้า
walk-next-norm = บรรทัดฐานถัดไป

dash-assessment = การประเมิน
dash-heading = ภาพรวม — { $state }
dash-overall = คะแนนรวม (ค่าเฉลี่ยของคะแนนรายบรรทัดฐาน 0–100)
dash-conflicts = ฉบับร่าง — มีข้อขัดแย้งที่ยังไม่ได้ยุติ { $count } รายการ
dash-completion = ครบถ้วนร้อยละ { $percent } — ตอบแล้ว { $answered } จาก { $items } รายการ ไม่เกี่ยวข้อง { $na } รายการ
dash-norm-chart = คะแนนรายบรรทัดฐาน
dash-area-chart = คะแนนรายด้านที่มุ่งเน้นของ RAP
dash-levels = จำนวนรายการในแต่ละระดับ
dash-top-level = ระดับสูงสุด
# $level คือชื่อของระดับในเครื่องหมายอัญประกาศ เช่น “นำไปปฏิบัติแล้ว”
dash-gaps = ช่องว่าง: { $count } รายการที่ต่ำกว่า { $level }
dash-no-gaps = ไม่มีรายการที่ตอบแล้วซึ่งต่ำกว่าระดับนี้
dash-gaps-order = เรียงตามลำดับความสำคัญ แล้วตามกำหนดแล้วเสร็จ โดยแต่ละช่องว่างแสดงระดับ · ลำดับความสำคัญ · หน่วยงาน · วันที่
dash-gaps-fewer = แสดงเฉพาะช่องว่างที่เร่งด่วนที่สุด { $count } รายการ
dash-gaps-all = แสดงช่องว่างทั้งหมด { $count } รายการ
dash-none = ไม่มี
dash-not-assigned = ยังไม่ได้มอบหมาย
dash-go-to = ไปยัง { $item }
dash-open = เปิด { $item }
dash-attention = ต้องดำเนินการเพิ่มเติม: { $count } รายการ
dash-attention-none = ทุกรายการได้รับคำตอบ มีเหตุผลประกอบ และมีหน่วยงานที่รับผิดชอบแล้ว
dash-count-unanswered = ยังไม่ได้ตอบ { $count } รายการ
dash-count-unjustified = ไม่เกี่ยวข้องโดยไม่ได้ระบุเหตุผล { $count } รายการ
dash-count-unowned = ช่องว่างที่ไม่มีหน่วยงานที่รับผิดชอบ { $count } รายการ
dash-concern-unanswered = ยังไม่ได้ตอบ
dash-concern-unjustified = ไม่เกี่ยวข้อง แต่ไม่ได้ระบุเหตุผล
dash-concern-unowned = ต่ำกว่าระดับ “นำไปปฏิบัติแล้ว” และไม่มีหน่วยงานที่รับผิดชอบ
start-intro = ประเมินว่ารัฐของท่านได้นำบรรทัดฐานของสหประชาชาติว่าด้วยพฤติกรรมที่มีความรับผิดชอบของรัฐในไซเบอร์สเปซ 11 ข้อ และแผนปฏิบัติการระดับภูมิภาคของ ASEAN ไปปฏิบัติแล้วมากน้อยเพียงใด
start-new = การประเมินใหม่
start-open = เปิด…
start-offline = ข้อมูลทั้งหมดอยู่ในคอมพิวเตอร์เครื่องนี้เท่านั้น normcheck ไม่ใช้เครือข่ายใด ๆ เลย
start-never-saved = การประเมินที่ยังไม่เคยบันทึก
start-closed-unsaved = normcheck ถูกปิดไปโดยยังไม่ได้บันทึกการเปลี่ยนแปลงเหล่านี้
# $what คือชื่อไฟล์ (หรือ start-never-saved) และ $state คือรัฐสมาชิก (อาจว่างได้)
start-autosaved = สำเนาที่บันทึกอัตโนมัติของ { $what } { $state }
start-autosaved-protected = สำเนาที่บันทึกอัตโนมัติของการประเมินที่มีการป้องกัน (เปิดได้ด้วยวลีรหัสผ่านของการประเมินนั้น)
start-unreadable = ไม่สามารถอ่านสำเนาที่บันทึกอัตโนมัติฉบับหนึ่งได้: { $problem }
start-delete = ลบ { $file }
start-recover = กู้คืนงานที่ยังไม่ได้บันทึกจาก { $when }
start-discard = ทิ้งสำเนาจาก { $when }
start-recent = การประเมินล่าสุด
start-missing = { $name } (ไม่พบไฟล์)
start-moved = { $file } ถูกย้ายหรือลบไปแล้ว
start-forget = นำ { $name } ออกจากรายการ
form-new-heading = การประเมินใหม่
form-new-intro = กรอกข้อมูลเท่าที่ทราบในขณะนี้ โดยสามารถเปลี่ยนแปลงทั้งหมดได้ภายหลังที่หน้ารายละเอียด
form-create = สร้างการประเมิน
form-cancel = ยกเลิก
form-need-state = ระบุรัฐสมาชิกเพื่อดำเนินการต่อ
form-details-heading = รายละเอียดการประเมิน
form-details-intro = การเปลี่ยนแปลงจะมีผลทันทีขณะพิมพ์ (กด Ctrl+Z เพื่อเลิกทำ) และบันทึกไฟล์ได้ด้วย Ctrl+S
form-created = สร้างเมื่อ { $when }
form-changed = เปลี่ยนแปลงล่าสุดเมื่อ { $when }
form-member-state = รัฐสมาชิก:
form-member-state-hint = เลือกหรือพิมพ์
form-member-states = รัฐสมาชิก ASEAN
form-choose-state = เลือกรัฐสมาชิก ASEAN
form-organisation = หน่วยงาน:
form-organisation-hint = เช่น สำนักงานความมั่นคงปลอดภัยไซเบอร์แห่งชาติ
form-assessors = ผู้ประเมิน:
form-assessors-hint = บรรทัดละหนึ่งชื่อ
form-title = ชื่อเรื่อง:
# ชื่อเรื่องเริ่มต้นของการประเมินใหม่ (ผู้ใช้เปลี่ยนได้)
form-default-title = การนำบรรทัดฐานไซเบอร์ของสหประชาชาติไปปฏิบัติในระดับชาติ
form-period = ช่วงเวลาที่รายงาน:
form-period-hint = เช่น 2569
form-marking = ระดับชั้นความลับ:
form-checklist = แบบตรวจสอบ:
form-checklist-builtin = แบบตรวจสอบฉบับอ้างอิงที่มีมาในตัว (ตามแนว NIC)
form-checklist-file = ไฟล์แบบตรวจสอบ…
support-heading = การสนับสนุนที่ต้องการ: { $count } รายการ
support-none = ยังไม่มีรายการใดที่ขอรับการสนับสนุน (ระบุได้ในรายละเอียดของรายการ: การสนับสนุนที่ต้องการ)
support-kind-heading = { $kind } — { $count } รายการ
