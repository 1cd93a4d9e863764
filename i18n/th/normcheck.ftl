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
report-cover-organisation = องค์กร
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
marking-hover = ระดับความอ่อนไหวของการประเมินนี้
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
start-autosaved = สำเนาที่บันทึกอัตโนมัติของ { $what }
start-autosaved-state = สำเนาที่บันทึกอัตโนมัติของ { $what } ซึ่งเป็นการประเมินของ { $state }
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
form-organisation = องค์กร:
form-organisation-hint = เช่น สำนักงานความมั่นคงปลอดภัยไซเบอร์แห่งชาติ
form-assessors = ผู้ประเมิน:
form-assessors-hint = บรรทัดละหนึ่งชื่อ
form-title = ชื่อเรื่อง:
# ชื่อเรื่องเริ่มต้นของการประเมินใหม่ (ผู้ใช้เปลี่ยนได้)
form-default-title = การนำบรรทัดฐานไซเบอร์ของสหประชาชาติไปปฏิบัติในระดับชาติ
form-period = ช่วงเวลาที่รายงาน:
form-period-hint = เช่น 2569
form-marking = ระดับความอ่อนไหว:
form-checklist = แบบตรวจสอบ:
form-checklist-builtin = แบบตรวจสอบฉบับอ้างอิงที่มีมาในตัว (ตามแนว NIC)
form-checklist-file = ไฟล์แบบตรวจสอบ…
support-heading = การสนับสนุนที่ต้องการ: { $count } รายการ
support-none = ยังไม่มีรายการใดที่ขอรับการสนับสนุน (ระบุได้ในรายละเอียดของรายการ: การสนับสนุนที่ต้องการ)
support-kind-heading = { $kind } — { $count } รายการ

pass-the-autosaved-copy = สำเนาที่บันทึกอัตโนมัติ
pass-protected-heading = การประเมินที่มีการป้องกัน
pass-protected = “{ $what }” มีการป้องกัน ป้อนวลีรหัสผ่านเพื่อเปิด
pass-wrong = วลีรหัสผ่านไม่ถูกต้อง โปรดลองอีกครั้ง
pass-label = วลีรหัสผ่าน:
pass-show = แสดงวลีรหัสผ่าน
pass-open = เปิด
pass-heading = วลีรหัสผ่าน
pass-explained = ไฟล์การประเมินและสำเนาที่บันทึกอัตโนมัติจะเข้ารหัสด้วยวลีรหัสผ่านนี้ หากไฟล์เคยบันทึกไว้แล้ว จะบันทึกซ้ำทันที
pass-use = ใช้วลีรหัสผ่านนี้
pass-new = วลีรหัสผ่านใหม่:
pass-repeat = ป้อนวลีรหัสผ่านอีกครั้ง:
pass-strength = ความแข็งแรง: { $hint }
pass-strength-too-short = สั้นเกินไป: ใช้อย่างน้อย 8 อักขระ
pass-strength-weak = อ่อน: เพิ่มคำหรืออักขระ
pass-strength-fair = ปานกลาง: เพิ่มอีกสองสามคำจะแข็งแรง
pass-strength-strong = แข็งแรง
pass-differ = วลีรหัสผ่านที่ป้อนทั้งสองครั้งไม่ตรงกัน
save-heading = บันทึกการประเมิน
save-marking-advice = การประเมินนี้มีระดับความอ่อนไหว { $marking } จึงควรป้องกันด้วยวลีรหัสผ่าน
save-protect = ป้องกันด้วยวลีรหัสผ่าน
save-choose-file = เลือกไฟล์…
save-keeps-passphrase = ไฟล์จะยังคงใช้วลีรหัสผ่านเดิม (หากต้องการเปลี่ยน ให้ใช้ “เปลี่ยนวลีรหัสผ่าน…” ในเมนูไฟล์)
save-keep-it-safe = หากไม่มีวลีรหัสผ่าน จะไม่มีใครเปิดไฟล์ได้ แม้แต่ตัวท่านเอง โปรดเก็บรักษาไว้ให้ปลอดภัย
save-plain-warning = ไฟล์ใหม่จะเป็น JSON ที่ไม่ได้เข้ารหัส ผู้ที่อ่านไฟล์ได้จะอ่านการประเมินได้ทั้งหมด
unprotect-heading = ยกเลิกการป้องกันหรือไม่
unprotect-warning = ไฟล์จะบันทึกเป็น JSON ที่ไม่ได้เข้ารหัส ผู้ที่อ่านไฟล์ได้ ไม่ว่าจะอยู่ในแล็ปท็อปเครื่องนี้ ไดรฟ์ที่ใช้ร่วมกัน หรือโฟลเดอร์บนคลาวด์ จะอ่านการประเมินได้ทั้งหมด
unprotect-confirm = ยกเลิกการป้องกัน
unprotect-keep = คงการป้องกันไว้
unsaved-heading = การเปลี่ยนแปลงที่ยังไม่ได้บันทึก
unsaved-before-new = “{ $name }” มีการเปลี่ยนแปลงที่ยังไม่ได้บันทึก ต้องการบันทึกก่อนเริ่มการประเมินใหม่หรือไม่
unsaved-before-open = “{ $name }” มีการเปลี่ยนแปลงที่ยังไม่ได้บันทึก ต้องการบันทึกก่อนเปิดการประเมินอื่นหรือไม่
unsaved-before-move = “{ $name }” มีการเปลี่ยนแปลงที่ยังไม่ได้บันทึก ต้องการบันทึกก่อนย้ายคำตอบไปยังแบบตรวจสอบเวอร์ชันที่ใหม่กว่าหรือไม่
unsaved-before-close = “{ $name }” มีการเปลี่ยนแปลงที่ยังไม่ได้บันทึก ต้องการบันทึกก่อนปิดหรือไม่
unsaved-before-quit = “{ $name }” มีการเปลี่ยนแปลงที่ยังไม่ได้บันทึก ต้องการบันทึกก่อนออกจากโปรแกรมหรือไม่
unsaved-discard = ทิ้งการเปลี่ยนแปลง
read-only-heading = แทนที่ไฟล์แบบอ่านอย่างเดียวหรือไม่
read-only-question = { $name } ตั้งค่าเป็นแบบอ่านอย่างเดียว ซึ่งอาจเพื่อป้องกันการแก้ไขโดยไม่ตั้งใจ ต้องการแทนที่ไฟล์นี้หรือไม่
read-only-replace = แทนที่
error-work-unchanged = งานที่เปิดอยู่ยังคงเหมือนเดิม ไม่มีการเปลี่ยนแปลง
error-ok = ตกลง
copy-differs-heading = ไฟล์แบบตรวจสอบแตกต่างจากสำเนาในการประเมิน
copy-differs = { $file } มีรหัสและเวอร์ชันของแบบตรวจสอบตรงกับสำเนาที่บันทึกไว้ในการประเมินนี้ แต่เนื้อหาแตกต่างกัน การประเมินเปิดด้วยสำเนาที่บันทึกไว้ คะแนนและรายงานจึงยังคงเหมือนเดิม
copy-differs-use-file = หากไฟล์นี้เป็นแบบตรวจสอบฉบับแก้ไขแล้ว ให้ใช้ไฟล์แทน โดยการประเมินจะเก็บสำเนาแบบตรวจสอบจากไฟล์นี้ไว้เมื่อท่านบันทึก
copy-keep = คงสำเนาที่บันทึกไว้
copy-use-file = ใช้ไฟล์แบบตรวจสอบ
working-stop = หยุดรอ
working-wait = อาจใช้เวลาสักครู่ โปรดรอ
import-heading = นำเข้า “{ $name }”
import-no-change = ไม่มีคำตอบที่จะเปลี่ยนแปลง
import-changes = จะเปลี่ยนแปลง { $count } รายการ โดยเซลล์ว่างจะล้างค่าของช่องที่ตรงกัน
import-apply = นำการเปลี่ยนแปลงไปใช้
import-apply-others = นำการเปลี่ยนแปลงอื่น ๆ ไปใช้
import-problems = มี { $count } เซลล์ที่ใช้ไม่ได้และจะไม่นำเข้า:
edition-heading = แบบตรวจสอบ: จากเวอร์ชัน { $from } เป็นเวอร์ชัน { $to }
edition-explained = การย้ายคำตอบจะสร้างการประเมินใหม่ โดยคำตอบจะย้ายตามรายการ หากมีการรวมสองรายการเป็นรายการเดียว จะใช้ระดับที่ต่ำกว่าและเก็บหมายเหตุของทั้งสองรายการไว้ ส่วนรายการใหม่จะเริ่มต้นโดยยังไม่ได้ตอบ ทั้งนี้ ไฟล์ที่เปิดอยู่จะไม่มีการเปลี่ยนแปลง
edition-move = ย้ายคำตอบของฉันไปยังเวอร์ชัน { $to }
edition-close = ปิด
edition-norms-reworded = ปรับถ้อยคำสรุปบรรทัดฐาน
edition-merged = รวมเข้ากับรายการอื่น
edition-merged-into = { $old } รวมเข้ากับ { $into }
edition-removed = นำออก
edition-added = การดำเนินการเชิงปฏิบัติใหม่
edition-reworded = ปรับถ้อยคำ
edition-retagged = เปลี่ยนด้านที่มุ่งเน้น
edition-relabelled = เปลี่ยนที่มาหรือน้ำหนัก
team-heading = ทีม — หน่วยงาน ส่วนร่วมของหน่วยงาน และข้อขัดแย้ง
team-contribution = ไฟล์นี้เป็นส่วนร่วมของ { $agency } ({ $count } รายการ) โปรดตอบรายการเหล่านี้แล้วส่งไฟล์กลับไปยังผู้ประสานงาน
team-agencies = หน่วยงานที่รับผิดชอบ
team-no-agencies = ยังไม่มีรายการใดที่มีหน่วยงานที่รับผิดชอบ มอบหมายได้ที่ด้านล่าง
team-col-agency = หน่วยงาน
team-col-items = รายการ
team-col-answered = ตอบแล้ว
team-answered-of = { $answered } จาก { $items }
team-unassigned = มี { $count } รายการที่ไม่มีหน่วยงานที่รับผิดชอบ ซึ่งจะยังอยู่กับผู้ประสานงาน
team-hand-out = แจกจ่ายและรวบรวมคืน
team-hand-out-explained = แต่ละหน่วยงานจะได้รับไฟล์ที่มีเฉพาะรายการของตนเองและรายละเอียดการประเมิน จากนั้นให้รวมไฟล์ของหน่วยงานกลับเข้ามาที่นี่ ช่องที่มีหน่วยงานเดียวแก้ไขจะรับค่านั้นไว้ ส่วนช่องเดียวกันที่ได้รับคำตอบแตกต่างกันจะเป็นข้อขัดแย้งให้ท่านยุติ
team-merge-where = รวมเข้าในการประเมินของผู้ประสานงาน ไม่ใช่ในส่วนร่วมของหน่วยงาน
team-assign = มอบหมายหน่วยงานที่รับผิดชอบ
team-assign-ticked = มอบหมาย { $count } รายการที่เลือก
# แสดงต่อจาก “เลิกทำ” ในเมนูแก้ไข
team-assign-undo = การมอบหมาย { $count } รายการให้ { $agency }
team-untick = ยกเลิกการเลือกทั้งหมด
team-agency-label = หน่วยงาน:
team-agency-hint = เช่น CERT แห่งชาติ
team-known-choose = หรือเลือกจากหน่วยงานที่ระบุไว้แล้ว
team-known = หน่วยงานที่ระบุไว้แล้ว
team-norm-ticked = { $norm } — เลือกแล้ว { $ticked } จาก { $count } รายการ
team-whole-norm = ทั้งบรรทัดฐาน
team-no-agency = ไม่มีหน่วยงาน
team-conflicts = ข้อขัดแย้งที่ต้องยุติ: { $count } รายการ
team-conflicts-explained = หน่วยงานต่าง ๆ ให้คำตอบในช่องเหล่านี้แตกต่างกัน การประเมินจะคงค่าเดิมไว้จนกว่าท่านจะเลือกค่าใดค่าหนึ่ง
team-go-to-item = ไปยังรายการ
team-before = ค่าเดิม
team-keep = คงไว้
team-use-this = ใช้ค่านี้
team-or-write = หรือระบุเอง:
team-use-mine = ใช้ค่าของฉัน
team-empty = (ว่าง)
team-yes = ใช่
team-no = ไม่ใช่
progress-intro = เปรียบเทียบการประเมินนี้กับการประเมินครั้งก่อนเพื่อดูว่ามีสิ่งใดดีขึ้น
progress-comparing = กำลังเปรียบเทียบ { $file } ({ $old }) กับการประเมินนี้ ({ $new })
progress-compare-another = เปรียบเทียบกับการประเมินอื่น…
progress-norm-chart = คะแนนรายบรรทัดฐาน ครั้งก่อนและปัจจุบัน
progress-area-chart = คะแนนรายด้านที่มุ่งเน้น ครั้งก่อนและปัจจุบัน
progress-overall = คะแนนรวมเปลี่ยนจาก { $before } เป็น { $now } ({ $change })
progress-moves = การดำเนินการเชิงปฏิบัติดีขึ้น { $improved } รายการ ถดถอย { $regressed } รายการ และเปลี่ยนแปลงในลักษณะอื่น { $changed } รายการ
# คำอธิบายแผนภูมิ: $period คือช่วงเวลาที่รายงานหรือวันที่
progress-earlier = { $period } (ครั้งก่อน)
progress-now = { $period } (ปัจจุบัน)
progress-changed = คำตอบที่เปลี่ยนแปลงนับตั้งแต่ { $since }: { $count } รายการ
progress-no-change = ไม่มีคำตอบที่แตกต่างกัน
progress-not-answered = ยังไม่ได้ตอบ
progress-improved = ดีขึ้นจาก { $from } เป็น { $to }
progress-regressed = ถดถอยจาก { $from } เป็น { $to }
progress-changed-item = เปลี่ยนจาก { $from } เป็น { $to }
progress-added = รายการใหม่ จาก { $from } เป็น { $to }
progress-removed = รายการที่นำออก จาก { $from } เป็น { $to }

# ข้อความที่แถบคะแนนแสดงเมื่อชี้เมาส์ไว้
bars-no-score = ไม่มีคะแนน
bars-out-of-100 = { $score } จาก 100
dialog-open-session = เปิดการประเมิน
dialog-save-session = บันทึกการประเมินเป็น
dialog-open-checklist = เลือกไฟล์แบบตรวจสอบ
dialog-export-report = ส่งออกรายงานเป็น PDF
dialog-contributions-folder = โฟลเดอร์สำหรับไฟล์ส่วนร่วมของหน่วยงาน
dialog-merge = ส่วนร่วมของหน่วยงานที่จะรวม
dialog-earlier = การประเมินครั้งก่อนที่จะใช้เปรียบเทียบ
dialog-export-sheet = ส่งออกการประเมินเป็นสเปรดชีต
dialog-import-sheet = นำเข้าสเปรดชีตที่แก้ไขแล้ว
dialog-example = เช่น { $path }
dialog-use-file = ใช้ไฟล์นี้
dialog-folder-path = เส้นทางโฟลเดอร์:
dialog-file-paths = เส้นทางไฟล์ (บรรทัดละหนึ่งรายการ):
dialog-file-path = เส้นทางไฟล์:
export-saved = บันทึกรายงานไว้ที่ { $path } แล้ว
export-regional-saved = บันทึกรายงานระดับภูมิภาคไว้ที่ { $path } แล้ว
# ต่อท้าย export-saved สำหรับแต่ละเรื่องที่ผู้อ่านควรทราบ
export-note = { " " }หมายเหตุ: { $warning }
export-failed = ไม่สามารถส่งออกรายงานได้
title-untitled = การประเมินที่ยังไม่มีชื่อ
status-closing-when-done = normcheck จะปิดทันทีที่งานที่กำลังดำเนินอยู่เสร็จสิ้น
status-autosave-failed = บันทึกอัตโนมัติไม่สำเร็จ: { $error }
status-opening = กำลังเปิด { $file }…
status-checklist-needed = { $file } ใช้แบบตรวจสอบ “{ $id }” ซึ่งไม่ได้มีมาในตัวและไม่ได้บันทึกไว้ในไฟล์ โปรดเลือกไฟล์ของแบบตรวจสอบนั้น (หรือเปิดด้วยคำสั่ง normcheck --checklist FILE { $file })
status-opened = เปิด { $file } แล้ว
status-opened-notes = เปิด { $file } แล้ว โดยมีหมายเหตุ { $count } รายการ: คำตอบของรายการที่ไม่มีในแบบตรวจสอบนี้ยังคงเก็บไว้ตามเดิม เรียกใช้ `normcheck validate` เพื่อดูรายละเอียด
status-checklist-kept = { " " }ขณะนี้ได้เก็บแบบตรวจสอบไว้ในการประเมินแล้ว เมื่อบันทึกแล้วจะเปิดการประเมินได้โดยไม่ต้องใช้ไฟล์แบบตรวจสอบ
status-opening-autosaved = กำลังเปิดสำเนาที่บันทึกอัตโนมัติ…
status-recovered = กู้คืนงานที่ยังไม่ได้บันทึกแล้ว โปรดบันทึกเพื่อเก็บงานไว้ (Ctrl+S)
status-recovered-notes = กู้คืนงานที่ยังไม่ได้บันทึกแล้ว โดยมีหมายเหตุ { $count } รายการ: คำตอบของรายการที่ไม่มีในแบบตรวจสอบนี้ยังคงเก็บไว้ตามเดิม โปรดบันทึกเพื่อเก็บงานไว้ (Ctrl+S)
status-read-only-kept = ไม่ได้เขียนข้อมูลใดลงไฟล์: { $file } เป็นไฟล์แบบอ่านอย่างเดียวจึงคงไว้ตามเดิม
status-nothing-opened = ไม่ได้เปิดไฟล์ใด
status-kept-copy = ใช้แบบตรวจสอบที่บันทึกไว้ในการประเมินตามเดิม
status-nothing-imported = ไม่ได้นำเข้าข้อมูลใดจาก { $name }
status-protected = ป้องกันด้วยวลีรหัสผ่านใหม่แล้ว
status-unprotected = ยกเลิกการป้องกันแล้ว ขณะนี้ไฟล์เป็น JSON ธรรมดา
# $done คือ status-protected หรือ status-unprotected
status-save-to-write = { $done } โปรดบันทึกการประเมินเพื่อเขียนการเปลี่ยนแปลงลงไฟล์
status-stays-closed = ไม่ได้เปิดไฟล์ใด: { $name } ยังคงปิดอยู่และงานของท่านไม่มีการเปลี่ยนแปลง
status-nothing-moved = ไม่ได้ย้ายคำตอบใด: งานของท่านไม่มีการเปลี่ยนแปลง
status-created = สร้างการประเมินใหม่แล้ว บันทึกได้ด้วย Ctrl+S
status-saving = กำลังบันทึก { $file }…
status-done-saved = { $done }: บันทึก { $file } แล้ว
status-saved-file = บันทึก { $file } แล้ว
status-exporting = กำลังส่งออกรายงานไปยัง { $file }…
error-not-opened = ไม่สามารถเปิดการประเมินได้
error-checklist-unusable = ไม่สามารถใช้แบบตรวจสอบได้
error-builtin-damaged = แบบตรวจสอบที่มีมาในตัวเสียหาย
error-not-saved = ไม่สามารถบันทึกการประเมินได้
error-not-saved-detail = { $error }
    งานของท่านยังเปิดอยู่ โปรดลองใช้โฟลเดอร์หรือชื่อไฟล์อื่น
export-not-encrypted = การประเมินมีการป้องกัน แต่ตัวรายงานไม่ได้เข้ารหัส โปรดจัดเก็บและส่งต่อด้วยความระมัดระวัง
export-shows-progress = รายงานแสดงความคืบหน้านับตั้งแต่ { $since } (หน้าความคืบหน้า)
sheet-not-encrypted = การประเมินมีการป้องกัน แต่สเปรดชีตไม่ได้เข้ารหัส โปรดจัดเก็บและส่งต่อด้วยความระมัดระวัง
sheet-exported = ส่งออกสเปรดชีตไปยัง { $file } แล้ว
sheet-not-exported = ไม่สามารถส่งออกสเปรดชีตได้
sheet-no-change = { $file } ไม่ได้เปลี่ยนแปลงสิ่งใดในการประเมินนี้
sheet-unreadable = ไม่สามารถอ่านสเปรดชีตได้
# แสดงต่อท้าย “เลิกทำ” ในเมนูแก้ไข
sheet-import-undo = การนำเข้า { $name }
sheet-imported = นำเข้า { $name } แล้ว: เปลี่ยนแปลง { $count } รายการ (ย้อนกลับได้ด้วยเลิกทำ)
error-work-stopped = งานหยุดลงโดยไม่คาดคิด
error-work-stopped-detail = { $what } ไม่เสร็จสมบูรณ์ งานที่เปิดอยู่ของท่านไม่มีการเปลี่ยนแปลง
status-stopped = หยุดแล้ว: { $what }
error-not-all-prepared = เตรียมส่วนร่วมของหน่วยงานได้ไม่ครบทั้งหมด
status-no-newer-edition = แบบตรวจสอบนี้ไม่มีเวอร์ชันที่ใหม่กว่า
error-not-moved = ไม่สามารถย้ายคำตอบได้
status-moved = ย้ายไปยังแบบตรวจสอบเวอร์ชัน { $version } แล้ว: ย้ายคำตอบมา { $count } รายการ
status-moved-merged = , รวมรายการ { $pairs }
status-moved-removed = , นำรายการ { $items } ออก (ไม่นำคำตอบของรายการนั้นมาด้วย)
status-moved-new = ; มีรายการใหม่ที่ต้องตอบ { $count } รายการ โปรดบันทึกเป็นชื่อใหม่: { $name } ยังคงเดิม
team-other-passphrase = { $file } ได้รับการป้องกันด้วยวลีรหัสผ่านที่ต่างจากของการประเมินนี้ โปรดรวมหรือเปรียบเทียบไฟล์นี้ผ่านบรรทัดคำสั่ง (normcheck merge / compare --passphrase-file FILE)
team-none-prepared = ไม่ได้เตรียมส่วนร่วมของหน่วยงานใด
team-none-assigned = ยังไม่มีรายการใดที่มีหน่วยงานที่รับผิดชอบ โปรดมอบหมายหน่วยงานที่หน้าทีมก่อน
team-file-exists = มี { $file } อยู่แล้ว โปรดเลือกโฟลเดอร์ว่าง เพื่อไม่ให้ส่วนร่วมของหน่วยงานที่มีอยู่เดิมถูกเขียนทับ
team-preparing = กำลังเตรียมไฟล์ส่วนร่วมของหน่วยงาน { $count } ไฟล์…
team-merging = กำลังรวมส่วนร่วมของหน่วยงาน { $count } ฉบับ…
team-nothing-merged = ไม่ได้รวมข้อมูลใด
# แสดงต่อท้าย “เลิกทำ” ในเมนูแก้ไข
team-merge-undo = การรวมส่วนร่วมของหน่วยงาน { $count } ฉบับ
team-merged = รวมการเปลี่ยนแปลง { $changes } รายการจากส่วนร่วมของหน่วยงาน { $count } ฉบับแล้ว มีข้อขัดแย้งที่ต้องยุติ { $conflicts } รายการ
team-not-compared = ไม่สามารถเปรียบเทียบการประเมินได้
team-written-before = { " " }(ก่อนหน้านั้นได้เขียนไฟล์ไปแล้ว { $count } ไฟล์)
team-unassigned-stay = ; รายการที่ไม่มีหน่วยงาน { $count } รายการยังคงอยู่ในความรับผิดชอบของท่าน
team-written = เขียนไฟล์ส่วนร่วมของหน่วยงาน { $count } ไฟล์ไปยัง { $folder } แล้ว

sheet-col-norm = บรรทัดฐาน
sheet-col-item = รายการ
sheet-col-action = การดำเนินการเชิงปฏิบัติ
sheet-col-level = ระดับ
sheet-col-na = ไม่เกี่ยวข้อง
sheet-col-justification = เหตุผล
sheet-col-note = หมายเหตุ
sheet-col-evidence = หลักฐาน
sheet-col-owner = หน่วยงานที่รับผิดชอบ
sheet-col-target = กำหนดแล้วเสร็จ
sheet-col-priority = ลำดับความสำคัญ
sheet-col-flagged = ทำเครื่องหมายไว้
sheet-col-support = การสนับสนุนที่ต้องการ
sheet-yes = ใช่
sheet-no = ไม่ใช่
sheet-not-on-list = ไม่อยู่ในรายการตัวเลือก
sheet-choose-from-list = โปรดเลือกค่าจากรายการตัวเลือก
sheet-not-a-level = ไม่ใช่ระดับที่กำหนดไว้
sheet-choose-level = โปรดเลือกระดับจากรายการตัวเลือก หรือพิมพ์เฉพาะหมายเลขของระดับ
sheet-about-untitled = การประเมินตนเอง
sheet-about-title = ชื่อเรื่อง
sheet-about-state = รัฐสมาชิก
sheet-about-organisation = องค์กร
sheet-about-period = ช่วงเวลาที่รายงาน
sheet-about-marking = ระดับความอ่อนไหว
sheet-about-checklist = แบบตรวจสอบ
sheet-about-checklist-value = { $title } (รหัส { $id } เวอร์ชัน { $version })
sheet-about-exported = ส่งออกเมื่อ
sheet-about-how = วิธีกรอก
sheet-about-levels = ระดับคำตอบ
sheet-howto-rows = กรอกแผ่นงาน Assessment โดยใช้หนึ่งแถวต่อการดำเนินการเชิงปฏิบัติหนึ่งรายการ เมื่อนำเข้าสเปรดชีต ระบบจะจับคู่แถวตามคอลัมน์ “รายการ” จึงห้ามแก้ไขเซลล์ในคอลัมน์ “รายการ” ทั้งนี้ ลำดับของแถวและคอลัมน์ไม่มีผล และหากลบแถวใดออก รายการนั้นจะคงเดิมไม่เปลี่ยนแปลง
sheet-howto-level = “ระดับ”: เลือกจากรายการตัวเลือก หรือพิมพ์เฉพาะหมายเลขของระดับ (เช่น 3) สำหรับรายการที่ยังไม่ได้ประเมินหรือไม่เกี่ยวข้อง ให้เว้นคอลัมน์ “ระดับ” ว่างไว้
sheet-howto-values = “ไม่เกี่ยวข้อง” และ “ทำเครื่องหมายไว้”: ใช่ หรือ ไม่ใช่ “ลำดับความสำคัญ”: สูง กลาง หรือ ต่ำ “กำหนดแล้วเสร็จ”: วันที่ในรูปแบบ YYYY-MM-DD โดยใช้ปี ค.ศ. (ไม่ใช่ พ.ศ.)
sheet-howto-evidence = “หลักฐาน”: บรรทัดละหนึ่งรายการ (กด Alt+Enter เพื่อขึ้นบรรทัดใหม่ในเซลล์)
sheet-howto-support = “การสนับสนุนที่ต้องการ”: ระบุประเภทของการสนับสนุนในบรรทัดแรก โดยคั่นด้วยเครื่องหมายอัฒภาค (การฝึกอบรม; การยกร่างกฎหมาย; ความช่วยเหลือทางวิชาการ; อุปกรณ์; เงินทุน; การแลกเปลี่ยนแนวปฏิบัติ; อื่น ๆ) และระบุรายละเอียดเพิ่มเติมในบรรทัดถัดลงไป
sheet-howto-empty = เซลล์ว่างจะล้างค่าของช่องนั้นเมื่อนำเข้าสเปรดชีต เช่น การล้างเซลล์ในคอลัมน์ “หมายเหตุ” จะลบหมายเหตุนั้น
sheet-howto-import = การนำเข้า: ใช้คำสั่ง normcheck sheet import FILE.xlsx --into SESSION -o OUT (เพิ่ม --json เพื่อแสดงรายการการเปลี่ยนแปลง) หรือเลือกเมนู ไฟล์ → นำเข้าสเปรดชีต… ในโปรแกรม ซึ่งจะแสดงการเปลี่ยนแปลงก่อนนำไปใช้
menu-file-export-in = ส่งออกรายงาน PDF (A4) เป็นภาษา

## รายงานระดับภูมิภาค

regional-title = มุมมองระดับภูมิภาค: การนำบรรทัดฐานของสหประชาชาติว่าด้วยพฤติกรรมที่มีความรับผิดชอบของรัฐในไซเบอร์สเปซไปปฏิบัติ
regional-cover-states = จำนวนรัฐสมาชิก
regional-cover-threshold = เกณฑ์ขั้นต่ำเพื่อการปกปิดตัวตน
regional-cover-threshold-value = { $k } รัฐ: ไม่เปิดเผยตัวเลขที่มาจากรัฐจำนวนน้อยกว่านี้
regional-cover-named = รัฐที่เปิดเผยชื่อ
regional-cover-superseded = การประเมินที่ถูกแทนที่
regional-cover-superseded-value =
    { $count ->
        [one] ไม่นับการประเมินฉบับเก่ากว่า 1 ฉบับ (นับเพียงรัฐละหนึ่งฉบับ)
       *[other] ไม่นับการประเมินฉบับเก่ากว่า { $count } ฉบับ (นับเพียงรัฐละหนึ่งฉบับ)
    }
regional-fewer-than =
    { $k ->
        [1] รัฐจำนวน 0 รัฐ
       *[other] รัฐจำนวนน้อยกว่า { $k } รัฐ
    }
regional-withheld-legend = { $mark } หมายถึงไม่เปิดเผย เนื่องจากเป็น{ $fewer } หรือเป็นจำนวนที่อาจใช้คำนวณหาจำนวนดังกล่าวได้ด้วยการหักลบ
regional-chart-norms = คะแนนรายบรรทัดฐาน (0–100)
regional-chart-areas = คะแนนรายด้านที่มุ่งเน้น (0–100)
regional-no-state-scored = ไม่มีรัฐใดมีคะแนน
regional-col-norm = บรรทัดฐาน
regional-col-area = ด้านที่มุ่งเน้น
regional-col-states = จำนวนรัฐ
regional-col-lowest = ต่ำสุด
regional-col-median = มัธยฐาน
regional-col-highest = สูงสุด
regional-col-mean = ค่าเฉลี่ย
regional-col-band = { $band } (ตั้งแต่ { $min })
regional-overall = คะแนนรวม
regional-col-action = การดำเนินการเชิงปฏิบัติ
regional-col-na = ไม่เกี่ยวข้อง
regional-col-none = ยังไม่ได้ตอบ
regional-col-support = การสนับสนุนที่ต้องการ
regional-bands-legend = จำนวนรัฐที่มีคะแนนอยู่ในแต่ละช่วงคะแนนของแบบตรวจสอบ
regional-hardest-legend = จำนวนรัฐจำแนกตามคำตอบ: { $levels } ส่วน “ไม่เกี่ยวข้อง” คือจำนวนรัฐที่ระบุว่าไม่เกี่ยวข้อง และ “ยังไม่ได้ตอบ” คือจำนวนรัฐที่ยังไม่ได้ตอบ โดยเรียงตามระดับเฉลี่ยของรัฐที่การดำเนินการนั้นเกี่ยวข้อง จากต่ำสุดขึ้นไป
regional-support-fewer = <{ $k }
regional-summary-combines =
    { $count ->
        [one] รายงานฉบับนี้รวบรวมผลการประเมินของรัฐสมาชิกอาเซียน 1 รัฐ เพื่อแสดงว่าภูมิภาคโดยรวมได้นำบรรทัดฐานแต่ละข้อไปปฏิบัติแล้วมากน้อยเพียงใด และรัฐต่าง ๆ ขอรับการสนับสนุนในเรื่องใด โดยไม่แสดงคะแนนหรือคำตอบของรัฐใดรัฐหนึ่ง
       *[other] รายงานฉบับนี้รวบรวมผลการประเมินของรัฐสมาชิกอาเซียน { $count } รัฐ รัฐละหนึ่งฉบับ เพื่อแสดงว่าภูมิภาคโดยรวมได้นำบรรทัดฐานแต่ละข้อไปปฏิบัติแล้วมากน้อยเพียงใด และรัฐต่าง ๆ ขอรับการสนับสนุนในเรื่องใด โดยไม่แสดงคะแนนหรือคำตอบของรัฐใดรัฐหนึ่ง
    }
regional-summary-too-few =
    { $count ->
        [one] เมื่อมีเพียง 1 รัฐ จะไม่มีข้อมูลอื่นที่แสดงได้ เนื่องจากตัวเลขทุกรายการจะมาจาก{ $fewer } รายงานจึงแสดงเฉพาะจำนวนรัฐเท่านั้น
       *[other] เมื่อมี { $count } รัฐ จะไม่มีข้อมูลอื่นที่แสดงได้ เนื่องจากตัวเลขทุกรายการจะมาจาก{ $fewer } รายงานจึงแสดงเฉพาะจำนวนรัฐเท่านั้น
    }
regional-summary-median = ค่ามัธยฐานของคะแนนรวมอยู่ที่ { $median } จาก 100 โดยคะแนนรวมของรัฐต่าง ๆ อยู่ในช่วงตั้งแต่ { $min } ถึง { $max }
regional-summary-furthest = การนำไปปฏิบัติมีความก้าวหน้ามากที่สุดภายใต้บรรทัดฐาน { $high } (มัธยฐาน { $high_median }) และยังมีโอกาสพัฒนาได้มากที่สุดภายใต้บรรทัดฐาน { $low } (มัธยฐาน { $low_median })
regional-summary-withheld = ไม่เปิดเผยตัวเลขที่มาจาก{ $fewer } รวมทั้งจำนวนใดก็ตามที่อาจใช้คำนวณหาตัวเลขดังกล่าวได้ด้วยการหักลบ ทั้งนี้ หลักเกณฑ์โดยละเอียดปรากฏในส่วนระเบียบวิธีท้ายรายงาน
regional-section-summary = บทสรุป
regional-section-method = ระเบียบวิธี
regional-section-about = เกี่ยวกับรายงานฉบับนี้
regional-section-norms = การกระจายของคะแนนรายบรรทัดฐาน
regional-section-areas = การกระจายของคะแนนรายด้านที่มุ่งเน้น
regional-section-bands = จำนวนรัฐในแต่ละช่วงคะแนน
regional-section-hardest = การดำเนินการเชิงปฏิบัติที่ยากที่สุด 10 รายการ
regional-section-support = การสนับสนุนที่ต้องการ
regional-support-intro = จำนวนรัฐสมาชิกที่ขอรับการสนับสนุนแต่ละประเภทสำหรับการดำเนินการเชิงปฏิบัติอย่างน้อยหนึ่งรายการของบรรทัดฐาน (คอลัมน์แสดงบรรทัดฐาน)
regional-method-one-per-state = นับการประเมินเพียงรัฐสมาชิกละหนึ่งฉบับ ได้แก่ ฉบับที่มีการเปลี่ยนแปลงล่าสุด ส่วนไฟล์ที่เก่ากว่าของรัฐเดียวกันจะไม่นำมานับ และจะแสดงไว้เป็นการประเมินที่ถูกแทนที่
regional-method-scores = คะแนนของแต่ละรัฐคำนวณด้วยวิธีเดียวกับในรายงานของรัฐนั้นเอง กล่าวคือ รายการที่เกี่ยวข้องแต่ละรายการมีค่าเท่ากับระดับของรายการนั้นหารด้วยระดับสูงสุด ({ $max }) รายการที่ยังไม่ได้ตอบมีค่าเท่ากับ 0 และรายการที่ระบุว่าไม่เกี่ยวข้องจะไม่นำมาคิด คะแนนของบรรทัดฐานเท่ากับ 100 × ค่าเฉลี่ยถ่วงน้ำหนักของรายการที่เกี่ยวข้องภายใต้บรรทัดฐานนั้น คะแนนรวมเท่ากับค่าเฉลี่ยของคะแนนรายบรรทัดฐาน และคะแนนของด้านที่มุ่งเน้นเท่ากับค่าเฉลี่ยถ่วงน้ำหนักของรายการที่ระบุว่าอยู่ในด้านนั้น
regional-method-figures = สำหรับบรรทัดฐานแต่ละข้อ ด้านที่มุ่งเน้นแต่ละด้าน และคะแนนรวม รายงานแสดงจำนวนรัฐที่มีคะแนน คะแนนต่ำสุด ค่ามัธยฐาน (กรณีจำนวนรัฐเป็นเลขคู่ ใช้ค่าเฉลี่ยของสองค่าที่อยู่ตรงกลาง) คะแนนสูงสุด และค่าเฉลี่ยของคะแนน ตลอดจนจำนวนรัฐในแต่ละช่วงคะแนน
regional-method-threshold = เกณฑ์ขั้นต่ำเพื่อการปกปิดตัวตน: { $k } รัฐ หากมีรัฐทั้งหมดน้อยกว่า { $k } รัฐ จะแสดงเฉพาะจำนวนรัฐเท่านั้น ส่วนคะแนนต่ำสุด ค่ามัธยฐาน คะแนนสูงสุด และค่าเฉลี่ยของบรรทัดฐานหรือด้านที่มุ่งเน้นใด จะแสดงเฉพาะเมื่อมีรัฐที่มีคะแนนในบรรทัดฐานหรือด้านนั้นอย่างน้อย { $k } รัฐ (มิฉะนั้นจะแสดงเป็น “{ $fewer }”)
regional-method-counts =
    { $k ->
        [1] เมื่อกำหนดเกณฑ์ขั้นต่ำไว้ที่ 1 จะเปิดเผยจำนวนทุกจำนวน
        [2] จำนวนที่เท่ากับ 1 รัฐจะไม่เปิดเผย ส่วนจำนวนที่เท่ากับ 0 จะแสดงตามปกติ
       *[other] จำนวนตั้งแต่ 1 ถึง { $below } รัฐจะไม่เปิดเผย ส่วนจำนวนที่เท่ากับ 0 จะแสดงตามปกติ
    }
regional-method-totals = จำนวนที่รวมกันได้เป็นยอดรวมที่ทราบค่า ได้แก่ จำนวนรัฐในแต่ละช่วงคะแนนของบรรทัดฐานหนึ่งรวมกับจำนวนรัฐที่ไม่มีคะแนน และจำนวนรัฐตามคำตอบของการดำเนินการหนึ่งรวมกับ “ไม่เกี่ยวข้อง” และ “ยังไม่ได้ตอบ” จะได้รับการป้องกันร่วมกัน กล่าวคือ เมื่อไม่เปิดเผยจำนวนใดจำนวนหนึ่งแล้ว จะไม่เปิดเผยจำนวนอื่นที่มีค่าน้อยที่สุดเพิ่มเติมด้วย จนกว่าจำนวนที่ไม่เปิดเผยจะมีอย่างน้อยสองจำนวน มีผลรวมไม่น้อยกว่าเกณฑ์ขั้นต่ำ และไม่อาจมีค่าเท่ากับ 1 พอดีทุกจำนวน ดังนั้น การนำจำนวนที่แสดงไปหักออกจากยอดรวมจะบอกได้เพียงว่ามีรัฐจำนวนมากพออยู่รวมกันในจำนวนที่ไม่เปิดเผยเหล่านั้นเท่านั้น ทั้งนี้ จะไม่เปิดเผยจำนวนรัฐของบรรทัดฐานใด หากไม่เปิดเผยจำนวนรัฐที่ไม่มีคะแนนของบรรทัดฐานนั้น
regional-method-support = จำนวนรัฐที่ขอรับการสนับสนุนไม่มียอดรวม (เนื่องจากรัฐหนึ่งอาจขอรับการสนับสนุนได้หลายประเภท) จำนวนที่ไม่เปิดเผยในส่วนการสนับสนุนจึงหมายถึง{ $fewer }เสมอ (แสดงเป็น “<{ $k }”)
regional-method-hardest = การดำเนินการเชิงปฏิบัติที่ยากที่สุด { $count } รายการ คือ การดำเนินการที่มีระดับเฉลี่ยต่ำที่สุดเมื่อคำนวณจากรัฐที่การดำเนินการนั้นเกี่ยวข้อง ทั้งนี้ การดำเนินการที่เกี่ยวข้องกับ{ $fewer }จะไม่นำมาจัดอันดับ
regional-method-named = รายงานฉบับนี้ระบุชื่อรัฐ เนื่องจากทุกรัฐได้ให้ความยินยอมแล้ว โดยตัวเลขยังคงเป็นตัวเลขระดับภูมิภาคชุดเดียวกัน
regional-method-unnamed = รายงานฉบับนี้ไม่ระบุชื่อรัฐใด รัฐต่าง ๆ มีหมายเลขกำกับตามลำดับที่ไม่ได้อิงกับชื่อรัฐหรือชื่อไฟล์ และไม่มีคอลัมน์ที่แสดงข้อมูลรายรัฐ
regional-method-voluntary = บรรทัดฐานเหล่านี้เป็นไปโดยสมัครใจและไม่มีผลผูกพัน ตัวเลขจึงสะท้อนมุมมองของรัฐเองต่อการนำบรรทัดฐานไปปฏิบัติ มิใช่การจัดอันดับ

## การเปรียบเทียบการประเมินและคะแนนตามลำดับเวลา (normcheck compare, normcheck trend)

compare-heading = ความคืบหน้าจาก { $old } ถึง { $new }
compare-col-norm = บรรทัดฐาน
compare-col-old = เดิม
compare-col-new = ใหม่
compare-col-delta = ผลต่าง
compare-overall = คะแนนรวม
compare-items-changed =
    { $count ->
        [0] ไม่มีรายการที่เปลี่ยนแปลง
        [one] มีรายการที่เปลี่ยนแปลง 1 รายการ:
       *[other] มีรายการที่เปลี่ยนแปลง { $count } รายการ:
    }
compare-improved = ดีขึ้น
compare-regressed = ถดถอย
compare-changed = เปลี่ยนแปลง
compare-added = เพิ่มใหม่
compare-removed = นำออก
compare-empty = (ว่าง)
compare-overall-line = คะแนนรวม { $old } → { $new } ({ $change }) โดยเปรียบเทียบ { $earlier } กับ { $later }
compare-list-improved = ดีขึ้น
compare-list-regressed = ถดถอย
compare-list-other = เปลี่ยนแปลง เพิ่มใหม่ หรือนำออก
trend-title = คะแนนตามลำดับเวลา
trend-intro =
    { $count ->
        [one] การประเมินของ { $state } 1 ฉบับ เรียงตามช่วงเวลาที่รายงาน (หรือตามวันที่ หากไม่ได้ระบุช่วงเวลาที่รายงาน) โดยคะแนนเป็นไปตามหลักเกณฑ์การคิดคะแนนตามปกติของแบบตรวจสอบที่การประเมินแต่ละฉบับใช้
       *[other] การประเมินของ { $state } { $count } ฉบับ เรียงตามช่วงเวลาที่รายงาน (หรือตามวันที่ หากไม่ได้ระบุช่วงเวลาที่รายงาน) โดยคะแนนเป็นไปตามหลักเกณฑ์การคิดคะแนนตามปกติของแบบตรวจสอบที่การประเมินแต่ละฉบับใช้
    }
trend-intro-span = การประเมินของ { $state } { $count } ฉบับ ตั้งแต่ { $first } ถึง { $last } เรียงตามช่วงเวลาที่รายงาน (หรือตามวันที่ หากไม่ได้ระบุช่วงเวลาที่รายงาน) โดยคะแนนเป็นไปตามหลักเกณฑ์การคิดคะแนนตามปกติของแบบตรวจสอบที่การประเมินแต่ละฉบับใช้
trend-chart = คะแนนรวมและคะแนนรายบรรทัดฐาน (0–100)
trend-figures = ข้อมูลตัวเลข

## มุมมองระดับภูมิภาค (ไฟล์ → มุมมองระดับภูมิภาค…)

regional-view-title = มุมมองระดับภูมิภาค
regional-view-intro = แสดงว่าภูมิภาคโดยรวมได้นำบรรทัดฐานไปปฏิบัติแล้วเพียงใด และรัฐต่าง ๆ ขอรับการสนับสนุนในเรื่องใด จากผลการประเมินของหลายรัฐ โดยไม่เปิดเผยข้อมูลของรัฐใดรัฐหนึ่ง
regional-view-checklist = ไฟล์แบบตรวจสอบ (หากไม่ได้มีมาในตัว):
regional-view-optional = ไม่บังคับ
regional-view-threshold = เกณฑ์ขั้นต่ำเพื่อการปกปิดตัวตน:
regional-view-states-suffix = { " " }รัฐ
regional-view-named = ระบุชื่อรัฐ (เฉพาะเมื่อทุกรัฐให้ความยินยอมแล้ว)
regional-view-show = แสดงตัวเลข
regional-view-opening = กำลังเปิดไฟล์…
regional-view-files = ไฟล์การประเมิน (บรรทัดละหนึ่งไฟล์):
regional-view-choose = เลือกไฟล์…
regional-view-passphrase = วลีรหัสผ่านสำหรับไฟล์ที่มีการป้องกัน:
regional-view-export-heading = ส่งออกรายงานระดับภูมิภาค
regional-view-pdf-file = ไฟล์ PDF:
regional-view-a4 = A4
regional-view-letter = US Letter
regional-view-export = ส่งออก PDF
regional-view-nothing-written = ไม่ได้เขียนข้อมูลใดลงไฟล์
regional-view-no-dialog = ไม่สามารถแสดงหน้าต่างเลือกไฟล์ในระบบนี้ได้ โปรดพิมพ์เส้นทางไฟล์ บรรทัดละหนึ่งรายการ
regional-view-not-exported = ไม่สามารถส่งออกรายงานระดับภูมิภาคได้: { $reason }
regional-view-stopped = งานหยุดลงโดยไม่คาดคิด
regional-view-combined =
    { $count ->
        [one] รวมผลการประเมินของ 1 รัฐแล้ว
       *[other] รวมผลการประเมินของ { $count } รัฐแล้ว
    }
regional-view-box-how = แต่ละกล่องแสดงช่วงตั้งแต่คะแนนต่ำสุดถึงคะแนนสูงสุดของรัฐ โดยเส้นกลางกล่องคือค่ามัธยฐาน และสี่เหลี่ยมโปร่งคือค่าเฉลี่ย ทั้งนี้ ไม่ได้แสดงควอร์ไทล์ เนื่องจากเมื่อมีจำนวนรัฐน้อย ควอร์ไทล์อาจเปิดเผยคะแนนของรัฐใดรัฐหนึ่งได้
regional-view-notes =
    { $count ->
        [one] สำหรับท่านเท่านั้น: หมายเหตุ 1 รายการที่ระบุชื่อไฟล์
       *[other] สำหรับท่านเท่านั้น: หมายเหตุ { $count } รายการที่ระบุชื่อไฟล์
    }
regional-view-score-axis = คะแนน (0–100)
regional-view-boxes = ต่ำสุดถึงสูงสุด และมัธยฐาน
regional-view-mean = ค่าเฉลี่ย
regional-view-dialog = มุมมองระดับภูมิภาค — เลือกผลการประเมินของรัฐต่าง ๆ
regional-view-files-filter = ไฟล์ normcheck (JSON, .age ที่มีการป้องกัน)
regional-view-type-passphrase = { $file } มีการป้องกัน โปรดพิมพ์วลีรหัสผ่านของไฟล์นี้ในช่องด้านบน
regional-view-give-checklist = { $error } โปรดระบุไฟล์ของแบบตรวจสอบนั้นในช่อง “ไฟล์แบบตรวจสอบ”

## ข้อความของบรรทัดคำสั่ง

cli-nothing-written-problems =
    { $file }: ไม่ได้เขียนข้อมูลใดลงไฟล์: { $count ->
        [one] พบปัญหา 1 รายการ
       *[other] พบปัญหา { $count } รายการ
    }
cli-checklist-written = เขียน { $file } แล้ว (บรรทัดฐาน { $norms } ข้อ รายการ { $items } รายการ)

## สเปรดชีตแบบตรวจสอบ (normcheck checklist export / template): ชื่อแผ่นงานและชื่อคอลัมน์คงเป็นภาษาอังกฤษ เนื่องจากโปรแกรมอ่านชื่อเหล่านี้กลับตามตัวอักษร

checklist-sheet-title = แบบตรวจสอบของ normcheck — { $title } (เวอร์ชัน { $version })
checklist-sheet-template-title = แม่แบบสำหรับจัดทำแบบตรวจสอบของ normcheck
checklist-sheet-howto-import = สเปรดชีตนี้เป็นแบบตรวจสอบของ normcheck ซึ่งกำหนดว่าจะถามเรื่องใดและใช้ระดับคำตอบใด โปรดกรอกแผ่นงานต่าง ๆ แล้วเรียกใช้คำสั่ง: normcheck checklist import FILE.xlsx -o CHECKLIST.json
checklist-sheet-howto-details = Checklist: รหัสของแบบตรวจสอบ (การประเมินอ้างอิงถึงรหัสนี้ เมื่อมีการประเมินแล้วห้ามเปลี่ยนรหัสโดยเด็ดขาด) เวอร์ชัน ชื่อเรื่อง และคำอธิบาย รวมทั้งกำหนดว่ารายการต่าง ๆ ระบุว่าไม่เกี่ยวข้องได้หรือไม่ (Yes [ใช่] หรือ No [ไม่ใช่])
checklist-sheet-howto-sources = Sources: เอกสารที่แบบตรวจสอบอ้างอิง (รหัส เช่น A/70/174 ชื่อเรื่อง และหมายเหตุ)
checklist-sheet-howto-scale = Scale: ระดับคำตอบ เรียงจากระดับต่ำสุดขึ้นไป ได้แก่ ค่าที่เป็นจำนวนเต็ม ชื่อระดับแบบสั้น และความหมายของระดับนั้น
checklist-sheet-howto-bands = Bands: ชื่อของช่วงคะแนน เรียงจากช่วงต่ำสุดขึ้นไป ได้แก่ คะแนนขั้นต่ำ (0–100) และชื่อของช่วงคะแนน
checklist-sheet-howto-areas = Focus areas: ด้านที่มุ่งเน้นซึ่งคาบเกี่ยวหลายบรรทัดฐาน และใช้ระบุว่ารายการใดอยู่ในด้านใดได้ (รหัส ชื่อเรื่อง คำอธิบาย)
checklist-sheet-howto-norms = Norms: แถวละหนึ่งบรรทัดฐาน ได้แก่ รหัส (เช่น a) ชื่อเรื่อง สรุป ที่มา และประเภท ซึ่งเป็น positive (ขอให้รัฐดำเนินการ) restraint (ขอให้รัฐละเว้นการกระทำ) หรือ mixed (ขอให้รัฐดำเนินการและละเว้นการกระทำ)
checklist-sheet-howto-items = Items: แถวละหนึ่งการดำเนินการเชิงปฏิบัติ เรียงตามลำดับ ได้แก่ รหัสที่ไม่ซ้ำกัน (เช่น a.1) รหัสของบรรทัดฐานที่รายการนั้นสังกัด ข้อความ คำแนะนำ ตัวอย่างหลักฐานที่แสดงว่าได้ดำเนินการแล้ว รหัสของด้านที่มุ่งเน้นโดยคั่นด้วยเครื่องหมายจุลภาค น้ำหนักที่มากกว่า 0 (หากเว้นว่างไว้จะเท่ากับ 1) และที่มาของรายการ
checklist-sheet-howto-translations = Translations: ข้อความของแบบตรวจสอบในภาษาอื่น แต่ละแถวคือข้อความหนึ่งรายการ (คีย์และข้อความภาษาอังกฤษ) ให้เพิ่มคอลัมน์ที่มีหัวคอลัมน์เป็นรหัสภาษา (th, vi, id, km, lo, my, ms, fil, ...) แล้วเขียนข้อความแปลในคอลัมน์นั้น เซลล์ที่เว้นว่างไว้จะใช้ข้อความภาษาอังกฤษตามเดิม
checklist-sheet-howto-problems = การนำเข้าจะตรวจสอบสเปรดชีตเช่นเดียวกับไฟล์แบบตรวจสอบ และระบุเซลล์ของปัญหาทุกรายการ (เช่น Items!G5)
cli-warning-label = คำเตือน
cli-note-label = หมายเหตุ
cli-file-exists = { $file }: มีไฟล์นี้อยู่แล้ว โปรดเลือกชื่ออื่น หรือเพิ่ม --force เพื่อแทนที่ไฟล์
cli-file-exists-force = { $file }: มีไฟล์นี้อยู่แล้ว โปรดเพิ่ม --force เพื่อแทนที่ไฟล์
cli-stdout-failed = ไม่สามารถเขียนไปยังเอาต์พุตมาตรฐานได้: { $reason }
cli-pdf-needs-output = ไม่สามารถเขียน PDF ไปยังเอาต์พุตมาตรฐานได้ โปรดระบุ -o FILE.pdf
cli-no-assessments = ไม่ได้ระบุการประเมินใด
cli-two-assessments = ต้องระบุการประเมินสองฉบับ
cli-valid-checklist = แบบตรวจสอบ “{ $id }” เวอร์ชัน { $version } ถูกต้อง (บรรทัดฐาน { $norms } ข้อ รายการ { $items } รายการ ด้านที่มุ่งเน้น { $areas } ด้าน)
cli-valid-spreadsheet = { $summary } (สเปรดชีต)
cli-valid-session = การประเมินสำหรับแบบตรวจสอบ “{ $id }” ถูกต้อง (ตอบแล้ว { $answered } จาก { $items } รายการ)
cli-valid-protected = { $summary } (มีการป้องกัน)
cli-differing-checklist = { $file }: คำเตือน: ไฟล์แบบตรวจสอบ { $checklist } แตกต่างจากสำเนาของแบบตรวจสอบ “{ $id }” เวอร์ชัน { $version } ที่บันทึกไว้ในการประเมิน จึงตรวจสอบกับสำเนาที่บันทึกไว้ (เพิ่ม --use-checklist-file เพื่อตรวจสอบกับไฟล์)
cli-score-no-state = (ไม่ได้ระบุรัฐสมาชิก)
cli-score-norm = บรรทัดฐาน
cli-score-score = คะแนน
cli-score-band = ช่วงคะแนน
cli-score-completion = ความครบถ้วน
cli-score-overall = คะแนนรวม (ค่าเฉลี่ยของคะแนนรายบรรทัดฐาน)
cli-score-area = ด้านที่มุ่งเน้น
cli-score-answered = ตอบแล้ว { $answered } จาก { $items } รายการ (ไม่เกี่ยวข้อง { $na } รายการ)
cli-member-state-empty = --member-state ต้องไม่เป็นค่าว่าง
cli-created = สร้าง { $file } สำหรับ { $state } แล้ว ({ $items } รายการ แบบตรวจสอบ { $id } เวอร์ชัน { $version })
cli-already-protected = { $file }: การประเมินมีการป้องกันอยู่แล้ว (โปรดใช้คำสั่ง normcheck unprotect ก่อน หรือเปลี่ยนวลีรหัสผ่านในโปรแกรม)
cli-protected = ป้องกัน { $file } ด้วยวลีรหัสผ่านแล้ว
cli-protected-name-hint = ป้องกัน { $file } ด้วยวลีรหัสผ่านแล้ว (ควรตั้งชื่อไฟล์ที่มีการป้องกันเป็น *.{ $extension } เพื่อให้แยกแยะได้)
cli-not-protected = { $file }: การประเมินไม่มีการป้องกัน จึงไม่มีสิ่งใดต้องดำเนินการ
cli-unprotected = เขียน { $file } เป็น JSON ธรรมดาแล้ว: ผู้ที่อ่านไฟล์ได้จะอ่านการประเมินได้ทั้งหมด
cli-pass-needs-terminal = { $file }: โปรดระบุ --passphrase-file หรือเรียกใช้ในเทอร์มินัลเพื่อกำหนดวลีรหัสผ่าน
cli-pass-new = วลีรหัสผ่านใหม่สำหรับ { $file }:{ " " }
cli-pass-again = ป้อนวลีรหัสผ่านเดียวกันอีกครั้ง:{ " " }
cli-pass-differ = วลีรหัสผ่านที่ป้อนทั้งสองครั้งไม่ตรงกัน จึงไม่ได้เขียนข้อมูลใดลงไฟล์
cli-pass-for = วลีรหัสผ่านสำหรับ { $file }:{ " " }
cli-pass-unreadable = ไม่สามารถอ่านวลีรหัสผ่านได้: { $reason }
cli-pass-empty = วลีรหัสผ่านว่างเปล่า
cli-pass-not-utf8 = { $file }: วลีรหัสผ่านไม่ใช่ข้อความ UTF-8
cli-upgrade-wrote = เขียน { $file } แล้ว: ย้ายการประเมินจากแบบตรวจสอบเวอร์ชัน { $from } ไปยังเวอร์ชัน { $to } ({ $input } ยังคงเดิม)
cli-upgrade-carried = คำตอบที่ย้ายตามรหัสรายการ: { $count } รายการ
cli-upgrade-merged-both = { $old } รวมเข้ากับ { $into }: ทั้งสองรายการได้รับคำตอบแล้ว จึงใช้ระดับที่ต่ำกว่า และเก็บหมายเหตุของทั้งสองรายการไว้โดยกำกับว่ามาจากรายการใด
cli-upgrade-merged = { $old } รวมเข้ากับ { $into }: ย้ายคำตอบไปยัง { $into } แล้ว
cli-upgrade-removed = { $id } ถูกนำออกแล้ว คำตอบของรายการนี้จึงไม่อยู่ในไฟล์ใหม่ { $why }
cli-upgrade-added = รายการใหม่ที่ยังไม่ได้ตอบ: { $ids }
cli-no-folder = { $folder }: ไม่มีโฟลเดอร์นี้
cli-no-agencies = { $file }: ยังไม่มีรายการใดที่มีหน่วยงานที่รับผิดชอบ โปรดมอบหมายหน่วยงานก่อน (ในช่อง owner หรือด้วย “มอบหมายหน่วยงานที่รับผิดชอบ” ในโปรแกรม)
cli-split-part =
    { $agency }: { $count ->
        [one] 1 รายการ
       *[other] { $count } รายการ
    } → { $file }
cli-split-protected = ไฟล์ส่วนร่วมของหน่วยงานได้รับการป้องกันด้วยวลีรหัสผ่านเดียวกับการประเมิน
cli-split-unassigned =
    { $count ->
        [one] มี 1 รายการที่ไม่มีหน่วยงานที่รับผิดชอบ ซึ่งจะยังอยู่กับผู้ประสานงาน
       *[other] มี { $count } รายการที่ไม่มีหน่วยงานที่รับผิดชอบ ซึ่งจะยังอยู่กับผู้ประสานงาน
    }
cli-merged =
    รวมการเปลี่ยนแปลง { $changes ->
        [one] 1 รายการ
       *[other] { $changes } รายการ
    } จากส่วนร่วมของหน่วยงาน { $contributions ->
        [one] 1 ฉบับ
       *[other] { $contributions } ฉบับ
    } เข้าใน { $file } แล้ว
cli-conflict = CONFLICT { $item } { $field }: คงค่า { $kept } ไว้; { $values }
cli-conflicts-to-settle =
    { $count ->
        [one] มีข้อขัดแย้งที่ต้องยุติ 1 รายการ
       *[other] มีข้อขัดแย้งที่ต้องยุติ { $count } รายการ
    }: โปรดเปิด { $file } ใน normcheck (เมนู ไฟล์ → รวมส่วนร่วมของหน่วยงาน… จะแสดงรายการข้อขัดแย้ง)
cli-sheet-not-encrypted = { $file }: การประเมินมีการป้องกัน แต่สเปรดชีตไม่ได้เข้ารหัส โปรดจัดเก็บและส่งต่อด้วยความระมัดระวัง
cli-sheet-changed =
    { $count ->
        [one] เปลี่ยนแปลง 1 รายการ
       *[other] เปลี่ยนแปลง { $count } รายการ
    }
cli-sheet-changed-partial =
    { $count ->
        [one] เปลี่ยนแปลง 1 รายการ
       *[other] เปลี่ยนแปลง { $count } รายการ
    }; { $cells ->
        [one] ละเว้น 1 เซลล์ (--partial)
       *[other] ละเว้น { $cells } เซลล์ (--partial)
    }
cli-sheet-nothing-written =
    ไม่ได้เขียนข้อมูลใดลงไฟล์: { $cells ->
        [one] มี 1 เซลล์ที่ใช้ไม่ได้ (โปรดแก้ไข หรือเพิ่ม --partial เพื่อเขียนส่วนที่เหลือ)
       *[other] มี { $cells } เซลล์ที่ใช้ไม่ได้ (โปรดแก้ไข หรือเพิ่ม --partial เพื่อเขียนส่วนที่เหลือ)
    }
cli-not-a-language-code = “{ $code }” ไม่ใช่รหัสภาษา (เช่น lo, my หรือ th)
cli-translate-wrote = เขียน { $file } แล้ว: ข้อความของโปรแกรม { $messages } ข้อความ (แปลแล้ว { $translated } ข้อความ) และข้อความในแบบตรวจสอบ { $texts } ข้อความ
cli-cannot-read = { $file }: ไม่สามารถอ่านไฟล์ได้: { $reason }
cli-translate-nothing-installed =
    { $file }: ไม่ได้ติดตั้งภาษา: { $count ->
        [one] มี 1 เซลล์ที่ต้องแก้ไข
       *[other] มี { $count } เซลล์ที่ต้องแก้ไข
    }
cli-translate-installed = ติดตั้งภาษา { $code } แล้ว (ข้อความของโปรแกรม { $messages } ข้อความ ข้อความในแบบตรวจสอบ { $texts } ข้อความ) ใน { $folder }
cli-translate-no-text = แบบตรวจสอบที่มีมาในตัวไม่มีข้อความ “{ $key }”
cli-translate-no-data-folder = คอมพิวเตอร์เครื่องนี้ไม่มีโฟลเดอร์ข้อมูลสำหรับ normcheck
cli-translate-bad-message = ไม่ใช่ข้อความที่ถูกต้อง: โปรดตรวจสอบวงเล็บปีกกา { "{" } { "}" } และหากเป็นข้อความที่เลือกรูปตามจำนวน โปรดตรวจสอบตัวเลือกในวงเล็บเหลี่ยม [ ] ด้วย
cli-translate-unknown-id = normcheck ไม่มีข้อความ “{ $id }”
cli-translate-missing = ไม่พบ { $id }
cli-translate-placeables-lost = ขาด { $placeables }: โปรดเขียนไว้ตามที่ปรากฏในภาษาอังกฤษ
cli-translate-placeables-unknown = มี { $placeables } ซึ่งไม่มีในภาษาอังกฤษ
cli-origin-builtin = มีมาในตัว
cli-origin-installed = ติดตั้งไว้ใน { $folder }
cli-origin-pseudo = ภาษาจำลองสำหรับการทดสอบ
cli-translate-language = { $code } { $name }: ข้อความของโปรแกรม { $own }/{ $total } ข้อความ ข้อความในแบบตรวจสอบ { $translated }/{ $texts } ข้อความ ({ $origin })
cli-hint-give-checklist = โปรดระบุไฟล์ของแบบตรวจสอบนั้นด้วย --checklist FILE
cli-hint-give-passphrase = โปรดระบุ --passphrase-file หรือเรียกใช้ในเทอร์มินัล
cli-hint-use-checklist-file = เพิ่ม --use-checklist-file เพื่ออ่านการประเมินด้วยไฟล์แบบตรวจสอบ
cli-hint-see-every-problem = เรียกใช้ normcheck validate เพื่อดูปัญหาทั้งหมด
cli-hint-import-spreadsheet = สเปรดชีตของการประเมินต้องนำเข้าสู่การประเมินนั้นด้วยคำสั่ง `normcheck sheet import` ส่วนสเปรดชีตของแบบตรวจสอบให้ระบุเป็นแบบตรวจสอบ (--checklist FILE.xlsx)
cli-hint-prepare-contributions = ไฟล์ส่วนร่วมของหน่วยงานสร้างได้ด้วยคำสั่ง normcheck split
cli-hint-name-member-state = ระบุรัฐสมาชิกด้วยคำสั่ง `normcheck new --member-state` หรือที่หน้ารายละเอียดในโปรแกรม
cli-hint-one-checklist = หรือระบุ --checklist FILE เพื่ออ่านทุกไฟล์ด้วยแบบตรวจสอบเดียวกัน

## ปัญหาที่พบในไฟล์ และสาเหตุที่ไม่รับไฟล์

problem-at = ที่ { $path }: { $message }
problem-error = ข้อผิดพลาด: { $problem }
problem-warning = คำเตือน: { $problem }
problems-none = ไม่พบปัญหา
problems-many = พบปัญหา { $count } รายการ: { $list }
json-ends-early = ไฟล์สิ้นสุดก่อนกำหนด (ไฟล์อาจถูกตัดทอนหรือคัดลอกมาไม่ครบ) ที่บรรทัด { $line } คอลัมน์ { $column }
json-syntax = ไฟล์ไม่ใช่ JSON ที่ถูกต้อง (ไฟล์อาจเสียหาย): { $detail }
json-unreadable = ไม่สามารถอ่านไฟล์ได้: { $detail }
json-unexpected = พบเนื้อหาที่ไม่คาดคิด: { $detail }
problem-empty = ต้องไม่เป็นค่าว่าง
problem-scale-empty = ยังไม่ได้กำหนดระดับคำตอบไว้เลย
problem-level-twice = ค่าระดับ { $value } ปรากฏมากกว่าหนึ่งครั้ง
problem-level-negative = ค่าของระดับต้องเป็น 0 ขึ้นไป
problem-levels-order = ค่าของระดับต้องเรียงจากน้อยไปมาก
problem-top-level-zero = ระดับสูงสุดต้องมีค่ามากกว่า 0 เนื่องจากใช้เป็นตัวหารในการคิดคะแนน
problem-band-outside = { $min } อยู่นอกช่วง 0–100
problem-bands-order = คะแนนขั้นต่ำของช่วงคะแนนต้องเรียงจากน้อยไปมาก
problem-bands-start = ช่วงคะแนนแรกไม่ได้เริ่มที่ 0 คะแนนที่ต่ำกว่าจึงไม่อยู่ในช่วงคะแนนใด
problem-area-twice = รหัสด้านที่มุ่งเน้น "{ $id }" ปรากฏมากกว่าหนึ่งครั้ง
problem-no-norms = แบบตรวจสอบไม่มีบรรทัดฐาน
problem-norm-twice = รหัสบรรทัดฐาน "{ $id }" ปรากฏมากกว่าหนึ่งครั้ง
problem-norm-empty = บรรทัดฐาน "{ $id }" ไม่มีรายการ
problem-area-unused = ไม่มีรายการใดอยู่ในด้านที่มุ่งเน้น "{ $id }" ด้านนี้จึงจะไม่มีคะแนน
problem-item-twice = รหัสรายการ "{ $id }" ถูกใช้แล้วที่ { $first }
problem-weight = น้ำหนักต้องมากกว่า 0 และไม่เกิน { $max } แต่พบ { $found }
problem-area-unknown = ไม่รู้จักด้านที่มุ่งเน้น "{ $id }"
problem-area-listed-twice = ระบุด้านที่มุ่งเน้น "{ $id }" ซ้ำสองครั้ง
problem-not-language-code = "{ $code }" ไม่ใช่รหัสภาษา (เช่น "th" หรือ "vi")
problem-translation-unused = แบบตรวจสอบไม่มีข้อความ "{ $key }" คำแปลนี้จึงไม่ได้ใช้
problem-other-checklist = การประเมินนี้จัดทำขึ้นสำหรับแบบตรวจสอบ "{ $session }" ไม่ใช่ "{ $checklist }"
problem-other-version = การประเมินนี้จัดทำขึ้นด้วยแบบตรวจสอบเวอร์ชัน "{ $session }" แต่กำลังอ่านด้วยเวอร์ชัน "{ $checklist }"
problem-no-such-item = แบบตรวจสอบไม่มีรายการนี้ จึงเก็บคำตอบไว้แต่ไม่นำมาคิดคะแนน
problem-not-a-level = { $level } ไม่ใช่ระดับที่กำหนดไว้ (ระดับที่ใช้ได้: { $allowed })
problem-na-not-allowed = แบบตรวจสอบนี้ไม่อนุญาตให้ระบุรายการว่าไม่เกี่ยวข้อง
problem-na-unjustified = ระบุว่าไม่เกี่ยวข้องโดยไม่ได้ระบุเหตุผล
problem-copy-format = ต้องเป็น "{ $expected }" แต่พบ "{ $found }"
problem-copy-version = ต้องเป็น 1 ถึง { $max } แต่พบ { $found }
problem-copy-other-checklist = สำเนานี้เป็นของแบบตรวจสอบ "{ $copy }" แต่การประเมินจัดทำขึ้นสำหรับ "{ $session }"
problem-level-and-na = คำตอบไม่สามารถมีทั้งระดับและระบุว่าไม่เกี่ยวข้องพร้อมกันได้
problem-differing-checklist = ไฟล์แบบตรวจสอบ { $file } แตกต่างจากสำเนาของแบบตรวจสอบ "{ $id }" เวอร์ชัน { $version } ที่บันทึกไว้ในการประเมิน จึงใช้สำเนาที่บันทึกไว้
cell-not-a-level = "{ $text }" ไม่ใช่ระดับที่กำหนดไว้ ({ $levels })
cell-level-mismatch = ระดับ { $value } คือ "{ $label }" ไม่ใช่ "{ $text }": โปรดเลือกจากรายการตัวเลือก หรือพิมพ์เฉพาะหมายเลขของระดับ
cell-not-yes-no = "{ $text }" ไม่ใช่ทั้ง "ใช่" และ "ไม่ใช่" (Yes หรือ No)
cell-not-a-date = ไม่ใช่วันที่
cell-number-not-date = { $text } เป็นตัวเลข ไม่ใช่วันที่ (YYYY-MM-DD ปี ค.ศ.)
cell-text-not-date = "{ $text }" ไม่ใช่วันที่ (YYYY-MM-DD ปี ค.ศ.)
cell-not-a-priority = "{ $text }" ไม่ใช่ลำดับความสำคัญ ({ $priorities })
cell-not-a-support-kind = "{ $text }" ไม่ใช่ประเภทของการสนับสนุน ({ $kinds }) โปรดเขียนรายละเอียดเพิ่มเติมในบรรทัดถัดลงไปจากประเภทของการสนับสนุน
cell-no-support-kind = โปรดระบุประเภทของการสนับสนุนอย่างน้อยหนึ่งประเภทในบรรทัดแรก
cell-item-twice = รายการ "{ $item }" ปรากฏในแถวที่ { $row } ด้วย
cell-no-item-id = แถวนี้มีคำตอบแต่ไม่มีรหัสรายการ
cell-unknown-item = แบบตรวจสอบ "{ $checklist }" ไม่มีรายการ "{ $item }"
cell-level-and-na = ระบุทั้งระดับและไม่เกี่ยวข้องพร้อมกัน: โปรดล้างค่าในคอลัมน์ “ระดับ” หรือตั้งค่า “ไม่เกี่ยวข้อง” เป็น “ไม่ใช่”
cell-language-code = "{ $code }" ไม่ใช่รหัสภาษา (เช่น th หรือ vi)
cell-language-here = ต้องระบุรหัสภาษา (เช่น lo หรือ my) ที่นี่ ถัดจาก "Language"
field-not-a-date = "{ $text }" ไม่ใช่วันที่
field-not-true-false = ต้องเป็น true หรือ false แต่พบ { $found }
field-not-support = ไม่ใช่ข้อมูลการสนับสนุน: { $detail }
field-unknown = "{ $field }" ไม่ใช่ช่องของคำตอบ
field-not-text = ต้องเป็นข้อความ แต่พบ { $found }
field-not-a-level = { $found } ไม่ใช่ระดับ
field-not-level-na = { $found } ไม่ใช่ระดับ ไม่ใช่ "na" และไม่ใช่ null
field-not-references = ต้องเป็นรายการเอกสารอ้างอิง แต่พบ { $found }
field-not-a-priority = "{ $text }" ไม่ใช่ลำดับความสำคัญ
cell-not-a-checklist-field = "{ $field }" ไม่ใช่ช่องข้อมูลของแบบตรวจสอบ ({ $fields })
cell-level-whole-number = ค่าของระดับต้องเป็นจำนวนเต็ม
cell-band-number = คะแนนขั้นต่ำต้องเป็นตัวเลข (0–100)
cell-not-a-kind = "{ $kind }" ไม่ใช่ประเภทที่กำหนด (positive, restraint หรือ mixed)
cell-not-a-norm = "{ $norm }" ไม่ใช่รหัสของบรรทัดฐานในแผ่นงาน { $sheet }
cell-weight-number = น้ำหนักต้องเป็นตัวเลขที่มากกว่า 0
read-failed = ไม่สามารถอ่านไฟล์ได้: { $reason }
read-too-large = ไฟล์มีขนาด { $size } ไบต์ ซึ่งเกินขีดจำกัด { $limit } ไบต์ จึงไม่ใช่ไฟล์ของ normcheck
protect-wrong-passphrase = วลีรหัสผ่านไม่ถูกต้อง
protect-not-passphrase = ไฟล์นี้เข้ารหัสไว้สำหรับกุญแจ (key) ไม่ได้ป้องกันด้วยวลีรหัสผ่าน ทั้งนี้ normcheck เปิดได้เฉพาะไฟล์ที่ป้องกันด้วยวลีรหัสผ่านเท่านั้น
protect-too-much-work = การป้องกันด้วยวลีรหัสผ่านของไฟล์นี้กำหนดค่าความยากในการคำนวณ (work factor) ไว้ที่ { $required } ซึ่งเกินขีดจำกัด { $max } จึงไม่ได้เปิดไฟล์ (ไฟล์ที่สร้างในลักษณะนี้อาจใช้เวลาหลายนาทีและหน่วยความจำหลายกิกะไบต์ในการเปิด)
protect-damaged = ไฟล์ที่มีการป้องกันเสียหาย: { $detail }
protect-encrypt-failed = ไม่สามารถเข้ารหัสได้: { $detail }
io-permission = ไม่ได้รับอนุญาต (ท่านอาจไม่มีสิทธิ์เขียนในตำแหน่งนั้น หรือมีโปรแกรมอื่นใช้ไฟล์อยู่)
io-disk-full = ดิสก์เต็ม
io-read-only-drive = ไดรฟ์เป็นแบบอ่านอย่างเดียว
io-quota = เกินโควตาดิสก์
io-no-folder = ไม่มีโฟลเดอร์นี้
doc-noun-checklist = แบบตรวจสอบ
doc-noun-session = การประเมิน
doc-noun-recovery = สำเนาที่บันทึกอัตโนมัติ
doc-noun-checklist-or-session = แบบตรวจสอบหรือการประเมิน
doc-wrong-format = ไฟล์นี้ไม่ใช่ไฟล์{ $expected }ของ normcheck ({ $found })
doc-bad-version = "format_version" ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป แต่พบ { $found }
doc-no-version = "format_version" ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป แต่ไม่มีช่องนี้
doc-too-new = { $noun }นี้สร้างด้วย normcheck เวอร์ชันที่ใหม่กว่า (รูปแบบไฟล์เวอร์ชัน { $found } ขณะที่โปรแกรมเวอร์ชันนี้อ่านได้ถึงเวอร์ชัน { $supported }) โปรดอัปเดต normcheck เพื่อเปิดไฟล์นี้
doc-migration = ไม่สามารถแปลงจากรูปแบบไฟล์เวอร์ชัน { $from } ได้: { $detail }
doc-shape = ที่ { $path }: { $detail }
doc-top-level = ระดับบนสุด
doc-spreadsheet = ไฟล์นี้ไม่ใช่ไฟล์{ $expected }ของ normcheck (แต่เป็นสเปรดชีต)
doc-assessment-spreadsheet = ไฟล์นี้เป็นสเปรดชีตของการประเมิน ไม่ใช่แบบตรวจสอบ
doc-not-workbook = ไฟล์นี้ไม่ใช่สเปรดชีต (.xlsx): { $found }
found-top-level = ระดับบนสุดเป็น{ $kind } ไม่ใช่ออบเจ็กต์
found-no-format = ไม่มีช่อง "format"
found-normcheck-file = เป็นไฟล์{ $noun }ของ normcheck
found-format-is = ช่อง "format" มีค่าเป็น "{ $format }"
found-format-type = ช่อง "format" เป็น{ $kind }
found-format-unknown = ไม่มีช่อง "format" หรือมีค่าที่ไม่รู้จัก
found-protected-checklist = มีการป้องกันด้วยวลีรหัสผ่าน แต่แบบตรวจสอบจะไม่มีการป้องกันเลย
found-protected-inside = มีการป้องกันด้วยวลีรหัสผ่านซ้อนอยู่ภายในไฟล์อื่นที่มีการป้องกัน
found-protected = มีการป้องกันด้วยวลีรหัสผ่าน
found-json = เป็นไฟล์ JSON
found-not-workbook = ไม่ใช่สเปรดชีตที่ normcheck อ่านได้
json-type-null = ค่า null
json-type-boolean = ค่าบูลีน
json-type-number = ตัวเลข
json-type-string = สตริง
json-type-array = อาร์เรย์
json-type-object = ออบเจ็กต์
open-not-built-in = { $file }: การประเมินใช้แบบตรวจสอบ "{ $id }" ซึ่งไม่ได้มีมาในตัวและไม่ได้บันทึกไว้ในการประเมิน
open-copy-damaged = { $file }: สำเนาของแบบตรวจสอบที่บันทึกไว้ในการประเมินเสียหาย: { $problem }
open-passphrase-needed = { $file } มีการป้องกัน
open-wrong-passphrase = { $file }: วลีรหัสผ่านไม่ถูกต้อง
open-and-more = { $first } (และอีก { $more } รายการ)
open-does-not-fit = การประเมินไม่สอดคล้องกับแบบตรวจสอบของการประเมินนั้น
write-folder-missing = ไม่สามารถเขียน { $file } ได้: ไม่มีโฟลเดอร์ { $folder }
write-not-a-file = ไม่สามารถเขียน { $file } ได้: เป็น{ $kind } ไม่ใช่ไฟล์ปกติ โปรดเลือกชื่อไฟล์
write-kind-folder = โฟลเดอร์
write-kind-device = อุปกรณ์
write-kind-socket = ซ็อกเก็ต
write-kind-broken-link = ลิงก์ที่ชี้ไปยังไฟล์ที่ไม่มีอยู่
write-kind-other = สิ่งอื่น
write-read-only = { $file } เป็นไฟล์แบบอ่านอย่างเดียว จึงคงไว้ตามเดิม (โปรดเลือกไฟล์อื่น หรืออนุญาตให้แทนที่ไฟล์นี้)
write-is-input = { $file } เป็นไฟล์ที่ใช้เป็นข้อมูลนำเข้าด้วย การเขียนลงไฟล์นี้จะทำลายไฟล์ จึงไม่ได้เขียนข้อมูลใด (โปรดเลือกไฟล์ผลลัพธ์อื่น)
write-locked = ไม่สามารถเขียน { $file } ได้: มีโปรแกรมอื่นกำลังใช้ไฟล์นี้อยู่ (พยายามแล้ว { $tries } ครั้งในเวลา { $seconds } วินาที) โปรดปิดไฟล์ในโปรแกรมนั้นแล้วบันทึกอีกครั้ง — ไฟล์ยังคงอยู่ตามเดิม
write-failed = ไม่สามารถเขียน { $file } ได้: { $reason }
save-unfit = { $file }: ไม่ได้บันทึก เนื่องจากไม่สามารถเปิดไฟล์ซ้ำได้: { $problems }
save-encode = { $file }: ไม่สามารถแปลงการประเมินเป็นรูปแบบไฟล์ได้: { $detail }
workbook-write-failed = ไม่สามารถเขียนสเปรดชีตได้: { $detail }
workbook-too-long = ข้อความในคอลัมน์ { $column } ของรายการ { $item } ยาวเกินกว่าที่เซลล์ของสเปรดชีตรองรับได้ ({ $max } อักขระ) โปรดย่อให้สั้นลงก่อน
workbook-unreadable = ไม่ใช่สเปรดชีต .xlsx ที่อ่านได้: { $detail }
workbook-missing-sheet = สเปรดชีตไม่มีแผ่นงานชื่อ "{ $sheet }"
workbook-too-far = { $cell } มีค่าที่อยู่เกินขอบเขต { $rows } แถวและ { $columns } คอลัมน์ที่ normcheck อ่าน โปรดลบค่านั้น (หรือลบทุกอย่างที่อยู่หลังแถวสุดท้ายที่ใช้งาน) แล้วลองอีกครั้ง
workbook-too-big = สเปรดชีตเมื่อคลายการบีบอัดมีขนาดเกิน { $megabytes } MB ซึ่งมากเกินกว่าที่แบบตรวจสอบหรือการประเมินใด ๆ ต้องใช้อย่างมาก ไฟล์อาจเสียหายหรือถูกสร้างขึ้นเพื่อทำให้หน่วยความจำหมด
workbook-missing-column = { $sheet }!{ $cell }: แถวหัวตารางไม่มีคอลัมน์ "{ $column }"
edit-unknown-item = แบบตรวจสอบไม่มีรายการ "{ $item }"
edit-unknown-level = { $level } ไม่ใช่ระดับที่กำหนดไว้
edit-no-conflict = ไม่มีข้อขัดแย้งในช่อง { $field } ของ { $item }
merge-not-contribution = { $name }: ไฟล์นี้ไม่ใช่ส่วนร่วมของหน่วยงาน
merge-other-session = { $name }: ส่วนร่วมของหน่วยงานนี้เตรียมจากการประเมินอื่น ({ $origin }) ไม่ใช่จากการประเมินนี้ ({ $base })
merge-other-checklist = { $name }: ส่วนร่วมของหน่วยงานนี้ใช้แบบตรวจสอบ { $found } แต่การประเมินใช้ { $expected }
merge-already-merged = { $name }: ส่วนร่วมของ { $agency } ที่เตรียมเมื่อ { $prepared } ได้รวมเข้าในการประเมินนี้แล้ว
merge-given-twice = { $name }: ระบุส่วนร่วมของหน่วยงานฉบับเดียวกันซ้ำสองครั้ง
upgrade-not-built-in = แบบตรวจสอบ "{ $id }" เวอร์ชัน { $version } ไม่ได้มีมาในตัวของ normcheck ดังนั้น normcheck จึงไม่รู้จักเวอร์ชันที่ใหม่กว่าของแบบตรวจสอบนี้
upgrade-no-way = normcheck ไม่มีวิธีย้ายแบบตรวจสอบ "{ $id }" จากเวอร์ชัน { $from } ไปยังเวอร์ชัน { $to }
upgrade-contribution = ไฟล์นี้เป็นส่วนร่วมของ "{ $agency }" ซึ่งต้องรวมเข้าในการประเมินของผู้ประสานงานก่อน จากนั้นจึงย้ายการประเมินนั้นได้
upgrade-scale-changed = เวอร์ชัน { $from } และ { $to } ใช้ระดับคำตอบต่างกัน จึงไม่สามารถย้ายระดับได้
upgrade-invalid = การประเมินที่ย้ายแล้วจะไม่ถูกต้อง: { $detail }
regional-no-inputs = ไม่ได้ระบุการประเมินใด
regional-zero-threshold = เกณฑ์ขั้นต่ำเพื่อการปกปิดตัวตนต้องมีอย่างน้อย 1 รัฐ
regional-no-state = { $file }: การประเมินไม่ได้ระบุรัฐสมาชิก มุมมองระดับภูมิภาคต้องระบุชื่อรัฐในทุกการประเมิน
regional-contribution = { $file }: ไฟล์นี้เป็นส่วนร่วมของ { $agency } ในการประเมินระดับชาติ ไม่ใช่การประเมินของรัฐ โปรดรวมเข้าในการประเมินระดับชาติก่อน
regional-checklist-differs = { $file }: จัดทำด้วยแบบตรวจสอบ { $found } แต่ { $first_file } จัดทำด้วย { $first } มุมมองระดับภูมิภาคต้องใช้แบบตรวจสอบเวอร์ชันเดียวกัน
regional-same-update = { $second }: การประเมินของ { $state } ซึ่งเปลี่ยนแปลงล่าสุดในเวลาเดียวกับ { $first } โปรดระบุเฉพาะฉบับที่ควรนับ
report-layout-failed = ไม่สามารถจัดหน้ารายงาน PDF ได้: { $detail }
language-unknown = ไม่มีภาษา "{ $code }" ภาษาที่มี: { $available }
regional-note-superseded = { $file }: ถูกแทนที่ด้วย { $newer } ซึ่งเป็นการประเมินที่ใหม่กว่าของ { $state }
regional-note-incomplete = { $file }: การประเมินของ { $state } ครบถ้วน{ $percent } รายการที่ยังไม่ได้ตอบจึงนับเป็น 0
cell-number-not-level = { $value } ไม่ใช่ระดับที่กำหนดไว้ ({ $levels })
error-not-recovered = ไม่สามารถกู้คืนงานที่ยังไม่ได้บันทึกได้
status-not-changed = ไม่มีการเปลี่ยนแปลง: { $reason }
error-window = ไม่สามารถเปิดหน้าต่างได้: { $reason }
export-stopped = การส่งออกหยุดลงโดยไม่คาดคิด
ui-hint-give-checklist = โปรดเลือกไฟล์ของแบบตรวจสอบนั้น
ui-hint-give-passphrase = โปรดพิมพ์วลีรหัสผ่านของไฟล์
ui-hint-use-checklist-file = เลือก “ใช้ไฟล์แบบตรวจสอบ” เพื่ออ่านด้วยไฟล์แบบตรวจสอบ
ui-hint-see-every-problem = เรียกใช้ `normcheck validate` กับไฟล์เพื่อดูรายการปัญหาทั้งหมด
ui-hint-import-spreadsheet = สเปรดชีตของการประเมินต้องนำเข้าสู่การประเมินนั้นด้วยเมนู ไฟล์ > นำเข้าสเปรดชีต… ส่วนสเปรดชีตของแบบตรวจสอบให้เลือกเป็นแบบตรวจสอบของการประเมินใหม่
ui-hint-prepare-contributions = สร้างได้ด้วย “เตรียมส่วนร่วมของหน่วยงาน…” ที่หน้าทีม
ui-hint-name-member-state = ระบุได้ที่หน้ารายละเอียด
ui-hint-one-checklist = หรือเลือกไฟล์หนึ่งไฟล์ในช่อง “ไฟล์แบบตรวจสอบ” เพื่อใช้อ่านทุกไฟล์
pass-too-short = โปรดใช้อย่างน้อย { $count } อักขระ
status-undone = เลิกทำแล้ว: { $what }
status-redone = ทำซ้ำแล้ว: { $what }
status-nothing-to-undo = ไม่มีสิ่งที่จะเลิกทำ
status-nothing-to-redo = ไม่มีสิ่งที่จะทำซ้ำ
status-no-checklist-chosen = ไม่ได้เปิดไฟล์ใด: ไม่ได้เลือกไฟล์แบบตรวจสอบสำหรับ { $file }
dialog-filter-pdf = เอกสาร PDF
dialog-filter-workbook = สเปรดชีต Excel
dialog-filter-checklists = แบบตรวจสอบ (JSON, สเปรดชีต Excel)
dialog-filter-sessions = ไฟล์ normcheck (JSON, .age ที่มีการป้องกัน)
dialog-none = ไม่สามารถแสดงหน้าต่างเลือกไฟล์ในระบบนี้ได้ โปรดพิมพ์เส้นทางแบบเต็มของไฟล์แทน
import-field-level = ระดับ / ไม่เกี่ยวข้อง
write-kind-pipe = ไปป์ที่มีชื่อ (named pipe)

status-software-drawing = ไม่ได้ใช้การ์ดกราฟิก: ใช้หน่วยประมวลผลวาดหน้าต่างแทน ({ $adapter } ผ่าน { $api }) โปรแกรมยังใช้งานได้ แต่อาจทำงานช้าลง
startup-failed = ไม่สามารถเริ่มโปรแกรม normcheck ได้

protect-damaged-unknown-format = ไฟล์นี้ใช้รูปแบบ age ที่ normcheck เวอร์ชันนี้ไม่รู้จัก
protect-damaged-header = ไม่สามารถอ่านส่วนหัว (header) ของไฟล์ได้ (ถูกตัดทอนหรือถูกแก้ไข)
protect-damaged-altered = ส่วนหัว (header) ของไฟล์ถูกแก้ไข
protect-damaged-content = เนื้อหาของไฟล์ถูกตัดทอนหรือถูกแก้ไข
autosave-stopped = การบันทึกอัตโนมัติหยุดลงโดยไม่คาดคิด

## การประเมินตัวอย่าง (Exampleland) และวิธีใช้

cli-example-written = เขียน Exampleland ซึ่งเป็นรัฐสมมติสำหรับฝึกใช้งานแล้ว ได้แก่ การประเมินของปีนี้ { $this_year } การประเมินของปีที่แล้ว { $last_year } (สำหรับเปรียบเทียบ) และส่วนร่วมของหน่วยงาน { $count } ฉบับใน { $folder } (สำหรับรวม โดยมีหนึ่งฉบับที่ก่อให้เกิดข้อขัดแย้งที่ต้องยุติ)
start-example = เปิดตัวอย่าง (Exampleland)
start-example-hover = การประเมินสมมติที่ตอบครบทุกรายการสำหรับฝึกใช้งาน โดยการประเมินของท่านเองจะไม่ได้รับผลกระทบ
status-example-opened = เปิดตัวอย่างแล้ว: Exampleland เป็นรัฐสมมติ เมื่อบันทึก โปรแกรมจะถามชื่อไฟล์ใหม่
menu-help = วิธีใช้
menu-help-guide = คู่มือการใช้งาน
menu-help-keys = แป้นลัด
menu-help-about = เกี่ยวกับ normcheck
menu-help-example = เปิดตัวอย่าง (Exampleland)
menu-help-save-guide = บันทึกคู่มือเป็น PDF…
dialog-save-guide = บันทึกคู่มือการใช้งานเป็น PDF
help-title = วิธีใช้
help-contents = สารบัญ
help-close = ปิด
keys-heading = แป้นลัด
keys-intro = แป้นลัดของหน้าไล่ตอบทีละรายการจะใช้ได้เมื่อไม่มีตัวควบคุมใด (ปุ่ม ช่องข้อความ หรือกล่องกาเครื่องหมาย) ได้รับโฟกัสแป้นพิมพ์อยู่ ให้กด Esc หรือคลิกนอกตัวควบคุมนั้นก่อน
keys-col-keys = แป้น
keys-col-what = การทำงาน
keys-scope-window = ทุกหน้าจอ
keys-scope-walkthrough = ไล่ตอบทีละรายการ
keys-scope-field = ในช่องวลีรหัสผ่านหรือช่องเส้นทางไฟล์
keys-new = การประเมินใหม่
keys-open = เปิดการประเมิน
keys-save = บันทึก
keys-save-as = บันทึกเป็นชื่ออื่น
keys-undo = เลิกทำการเปลี่ยนแปลงล่าสุด
keys-redo = ทำซ้ำสิ่งที่เลิกทำไป
keys-help = เปิดคู่มือการใช้งานตรงส่วนที่อธิบายหน้าจอที่แสดงอยู่
keys-next-item = การดำเนินการเชิงปฏิบัติถัดไป
keys-previous-item = การดำเนินการเชิงปฏิบัติก่อนหน้า
keys-next-norm = บรรทัดฐานถัดไป
keys-previous-norm = บรรทัดฐานก่อนหน้า
keys-level = ตอบการดำเนินการที่เลือกด้วยระดับนั้น
keys-not-applicable = ระบุว่าการดำเนินการที่เลือกไม่เกี่ยวข้อง หรือยกเลิกการระบุ
keys-details = แสดงหรือซ่อนรายละเอียดของการดำเนินการที่เลือก
keys-confirm = ยืนยันสิ่งที่พิมพ์
keys-scope-focus = ปุ่ม ช่องข้อความ และกล่องกาเครื่องหมาย
keys-focus-next = ไปยังตัวควบคุมถัดไป (กดพร้อม Shift: ตัวควบคุมก่อนหน้า) ตัวควบคุมที่ได้รับโฟกัสแป้นพิมพ์อยู่จะมีกรอบสีล้อมรอบ
keys-focus-press = กดปุ่มบนหน้าจอที่ได้รับโฟกัสอยู่ หรือเลือกหรือยกเลิกการเลือกกล่องกาเครื่องหมายที่ได้รับโฟกัสอยู่
keys-focus-leave = ออกจากตัวควบคุม เพื่อให้แป้นลัดของหน้าไล่ตอบทีละรายการกลับมาใช้ได้ ส่วนในหน้าต่างโต้ตอบหรือหน้าต่างวิธีใช้ จะปิดหน้าต่างนั้นแล้วกลับไปยังจุดที่ท่านอยู่ก่อนหน้า
about-heading = เกี่ยวกับ normcheck
about-version = normcheck เวอร์ชัน { $version }
about-purpose = การประเมินตนเองว่ารัฐได้นำบรรทัดฐานของสหประชาชาติว่าด้วยพฤติกรรมที่มีความรับผิดชอบของรัฐในไซเบอร์สเปซ 11 ข้อ (A/70/174 ย่อหน้า 13) และแผนปฏิบัติการระดับภูมิภาคของอาเซียนไปปฏิบัติแล้วมากน้อยเพียงใด ตามแนวแบบตรวจสอบการนำบรรทัดฐานไปปฏิบัติของอาเซียน (ASEAN Norms Implementation Checklist)
about-offline = normcheck ไม่ใช้เครือข่ายใด ๆ เลย ข้อมูลที่ท่านป้อนจะไม่ออกจากคอมพิวเตอร์เครื่องนี้ เว้นแต่ท่านจะส่งไฟล์ออกไปเอง
about-data = การตั้งค่า ภาษาที่ติดตั้งไว้ และสำเนาที่บันทึกอัตโนมัติของงานที่ยังไม่ได้บันทึก จะเก็บไว้ใน: { $folder }
about-no-data = คอมพิวเตอร์เครื่องนี้ไม่มีโฟลเดอร์ข้อมูลสำหรับ normcheck จึงไม่มีการเก็บการตั้งค่าและสำเนาที่บันทึกอัตโนมัติ
about-licences = normcheck เป็นซอฟต์แวร์เสรีภายใต้สัญญาอนุญาต MIT หรือ Apache 2.0 ส่วนแบบอักษรที่ใช้ ได้แก่ Noto Sans, Noto Sans Thai, Khmer, Lao และ Myanmar อยู่ภายใต้สัญญาอนุญาต SIL Open Font License 1.1 (ไฟล์ OFL.txt ที่อยู่คู่กับโปรแกรม)
about-problems = หากต้องการแจ้งปัญหา โปรดจดไว้ว่าท่านทำอะไร คาดว่าจะเกิดอะไรขึ้น และเกิดอะไรขึ้นจริง พร้อมข้อความที่แสดง แล้วส่งไปยังทีมที่มอบ normcheck ให้ท่าน ทั้งนี้ โปรดอย่าส่งการประเมินที่ท่านไม่มีสิทธิ์เผยแพร่ ปัญหาส่วนใหญ่สามารถแสดงให้เห็นได้ด้วยตัวอย่าง (Exampleland)
guide-title = คู่มือการใช้งาน normcheck
guide-subtitle = วิธีใช้ normcheck ประเมินการนำบรรทัดฐานของสหประชาชาติว่าด้วยพฤติกรรมที่มีความรับผิดชอบของรัฐในไซเบอร์สเปซไปปฏิบัติในรัฐของท่าน สำหรับเจ้าหน้าที่และวิทยากร

## คู่มือการใช้งาน: แต่ละส่วนมีชื่อเรื่องหนึ่งรายการและย่อหน้าสั้น ๆ สองสามย่อหน้า โดยยกถ้อยคำบนหน้าจอมาตามที่โปรแกรมแสดง

guide-start-title = เริ่มต้นใช้งาน
guide-start-1 = normcheck ทำงานแบบออฟไลน์บนคอมพิวเตอร์เครื่องนี้ ที่หน้าเริ่มต้น “การประเมินใหม่” จะถามรัฐสมาชิกของท่านและรายละเอียดอีกเล็กน้อย แล้วเปิดการประเมินเปล่าตามแบบตรวจสอบที่มีมาในตัว ส่วน “เปิด…” จะเปิดการประเมินที่บันทึกไว้ก่อนหน้า นอกจากนี้ หน้าเริ่มต้นยังแสดงไฟล์ล่าสุดและงานที่บันทึกอัตโนมัติไว้ให้เลือกด้วย
guide-start-2 = หากต้องการฝึกใช้งานโดยไม่กระทบการประเมินจริง ให้เปิดตัวอย่าง ซึ่ง Exampleland เป็นรัฐสมมติที่ตอบการดำเนินการเชิงปฏิบัติครบทุกรายการแล้ว เมื่อบันทึกตัวอย่าง โปรแกรมจะถามชื่อไฟล์ใหม่ทุกครั้ง
guide-walk-title = หน้าไล่ตอบทีละรายการ
guide-walk-1 = หน้าไล่ตอบทีละรายการแสดงบรรทัดฐานไว้ทางซ้าย และแสดงการดำเนินการเชิงปฏิบัติของบรรทัดฐานที่เลือกไว้ทางขวา ให้ตอบการดำเนินการแต่ละรายการด้วยระดับคำตอบระดับใดระดับหนึ่ง ตั้งแต่ “ยังไม่เริ่มดำเนินการ” ถึง “เป็นระบบถาวรแล้ว” ส่วนรายการด้านข้างจะแสดงว่าบรรทัดฐานแต่ละข้อได้รับคำตอบไปแล้วมากน้อยเพียงใด
guide-walk-2 = “แสดงเฉพาะ” ใช้จำกัดรายการให้เหลือเฉพาะการดำเนินการที่ยังไม่ได้ตอบหรือที่ทำเครื่องหมายไว้ หรือเฉพาะการดำเนินการที่ระบุว่าไม่เกี่ยวข้องโดยไม่ได้ระบุเหตุผล นอกจากนี้ ยังจัดกลุ่มการดำเนินการตามด้านที่มุ่งเน้นของแผนปฏิบัติการระดับภูมิภาคของอาเซียนได้ด้วย
guide-walk-3 = การใช้แป้นพิมพ์: แป้นลูกศรลงและขึ้น (หรือ J และ K) ใช้เลื่อนระหว่างการดำเนินการ Page Down และ Page Up ใช้เลื่อนระหว่างบรรทัดฐาน แป้นตัวเลขใช้ตอบด้วยระดับ N ใช้ระบุว่าการดำเนินการไม่เกี่ยวข้อง และ Enter ใช้เปิดรายละเอียดของการดำเนินการ
guide-answer-title = การตอบและหลักฐาน
guide-answer-1 = “รายละเอียด…” ของการดำเนินการแต่ละรายการจะแสดงคำแนะนำและประเภทของหลักฐานที่แสดงว่าได้ดำเนินการแล้ว ท่านสามารถเขียนหมายเหตุ ระบุหลักฐาน (บรรทัดละหนึ่งรายการ) ระบุหน่วยงานที่รับผิดชอบ กำหนดวันแล้วเสร็จและลำดับความสำคัญ และระบุการสนับสนุนที่จะช่วยได้
guide-answer-2 = การดำเนินการที่ไม่เกี่ยวข้องกับรัฐของท่านให้ระบุว่าไม่เกี่ยวข้องพร้อมเหตุผล โดยจะไม่นำมาคิดในคะแนนใด ๆ ส่วน “ทำเครื่องหมายเพื่อทบทวน” ใช้ทำเครื่องหมายคำตอบที่จะกลับมาดูอีกครั้ง
guide-dash-title = หน้าภาพรวม: คะแนนและช่วงคะแนน
guide-dash-1 = หน้าภาพรวมแสดงคะแนนรวม คะแนนของบรรทัดฐานแต่ละข้อและของด้านที่มุ่งเน้นแต่ละด้าน สัดส่วนที่ตอบแล้ว และช่องว่าง ได้แก่ การดำเนินการที่เกี่ยวข้องซึ่งต่ำกว่าระดับ “นำไปปฏิบัติแล้ว” หรือยังไม่ได้ตอบ โดยเรียงจากรายการที่เร่งด่วนที่สุด
guide-dash-2 = การดำเนินการแต่ละรายการมีค่าเท่ากับระดับของรายการนั้นหารด้วยระดับสูงสุด คะแนนของบรรทัดฐานเท่ากับ 100 × ค่าเฉลี่ยถ่วงน้ำหนักของการดำเนินการที่เกี่ยวข้องภายใต้บรรทัดฐานนั้น และคะแนนรวมเท่ากับค่าเฉลี่ยของคะแนนรายบรรทัดฐาน ส่วนช่วงคะแนนคือชื่อที่ใช้เรียกคะแนนในแต่ละช่วง ทั้งนี้ บรรทัดฐานเหล่านี้เป็นไปโดยสมัครใจและไม่มีผลผูกพัน คะแนนจึงสะท้อนมุมมองของรัฐของท่านเอง มิใช่การจัดอันดับ
guide-save-title = การบันทึกและการป้องกัน
guide-save-1 = บันทึกด้วยเมนู ไฟล์ > บันทึก (Ctrl+S) นอกจากนี้ งานที่ยังไม่ได้บันทึกจะถูกคัดลอกเก็บไว้ต่างหากทุกนาที หาก normcheck หรือคอมพิวเตอร์หยุดทำงาน หน้าเริ่มต้นจะเสนอให้กู้คืนงานนั้น
guide-save-2 = การประเมินสามารถป้องกันด้วยวลีรหัสผ่านได้ (ไฟล์ > ป้องกันด้วยวลีรหัสผ่าน…) จากนั้นไฟล์และสำเนาที่บันทึกอัตโนมัติจะถูกเข้ารหัส หากลืมวลีรหัสผ่าน จะไม่มีผู้ใดกู้คืนได้ ระดับความอ่อนไหว (เช่น TLP:AMBER) กำหนดได้ที่ “รายละเอียด” และจะพิมพ์ไว้ในทุกหน้าของรายงาน
guide-team-title = การทำงานของทีมในรอบปี
guide-team-1 = ที่หน้าทีม ให้มอบหมายหน่วยงานที่รับผิดชอบให้แก่การดำเนินการแต่ละรายการ จากนั้น “เตรียมส่วนร่วมของหน่วยงาน…” จะเขียนไฟล์แยกสำหรับแต่ละหน่วยงาน โดยมีเฉพาะการดำเนินการของหน่วยงานนั้น แต่ละหน่วยงานตอบใน normcheck แล้วส่งไฟล์ของตนกลับมา
guide-team-2 = “รวมส่วนร่วมของหน่วยงาน…” จะนำคำตอบกลับเข้ามา หากหน่วยงานและการประเมินของผู้ประสานงานเปลี่ยนคำตอบเดียวกันไปต่างกัน หน้าทีมจะแสดงข้อขัดแย้งให้ท่านยุติ ส่วน “เปรียบเทียบกับการประเมินครั้งก่อน…” จะแสดงความคืบหน้านับตั้งแต่ปีที่แล้วที่หน้าความคืบหน้า
guide-report-title = รายงาน
guide-report-1 = เมนู ไฟล์ > ส่งออกรายงาน PDF จะจัดทำรายงานสำหรับรัฐมนตรีและการประชุม ได้แก่ บทสรุป คะแนน บรรทัดฐานแต่ละข้อพร้อมการดำเนินการ แผนปฏิบัติการสำหรับช่องว่าง การสนับสนุนที่ต้องการ และระเบียบวิธี ทั้งนี้ สามารถจัดทำรายงานเป็นภาษาอื่นที่ต่างจากภาษาของหน้าต่างได้
guide-report-2 = รายงานจะแสดงระดับความอ่อนไหวในทุกหน้า และการประเมินที่ยังไม่เสร็จสมบูรณ์จะระบุว่าเป็นฉบับร่าง เมื่อเปรียบเทียบกับการประเมินครั้งก่อน รายงานจะแสดงความคืบหน้าด้วย
guide-sheet-title = สเปรดชีต
guide-sheet-1 = เมนู ไฟล์ > ส่งออกสเปรดชีต… จะเขียนการประเมินเป็นสเปรดชีต Excel สำหรับเพื่อนร่วมงานที่สะดวกตอบในสเปรดชีต ส่วนเมนู ไฟล์ > นำเข้าสเปรดชีต… จะอ่านสเปรดชีตที่แก้ไขแล้วกลับเข้ามา และแสดงการเปลี่ยนแปลงทุกรายการก่อนนำไปใช้ โดยจะระบุเซลล์ที่ใช้ไม่ได้ไว้ด้วย
guide-regional-title = มุมมองระดับภูมิภาค
guide-regional-1 = เมนู ไฟล์ > มุมมองระดับภูมิภาค… จะรวมผลการประเมินของหลายรัฐเป็นตัวเลขระดับภูมิภาค โดยไม่เปิดเผยข้อมูลของรัฐใดรัฐหนึ่ง ตัวเลขที่มาจากรัฐจำนวนน้อยกว่าเกณฑ์ขั้นต่ำเพื่อการปกปิดตัวตนจะไม่เปิดเผย ทั้งนี้ สามารถส่งออกรายงานระดับภูมิภาคเป็น PDF ได้
guide-trouble-title = การแก้ไขปัญหา
guide-trouble-1 = ไฟล์ที่เปิดไม่ได้จะถูกปฏิเสธพร้อมข้อความที่ระบุชื่อไฟล์และปัญหา โดยงานที่เปิดอยู่ของท่านจะไม่มีการเปลี่ยนแปลง ส่วนในบรรทัดคำสั่ง normcheck validate FILE จะแสดงปัญหาทั้งหมดของไฟล์
guide-trouble-2 = หากหน้าต่างไม่เปิดบนคอมพิวเตอร์ที่ไม่มีการ์ดกราฟิก หรือเมื่อใช้งานผ่าน Remote Desktop ให้เริ่ม normcheck ด้วยตัวแปรสภาพแวดล้อม WGPU_BACKEND=gl ทั้งนี้ สเปรดชีตและรายงานจะไม่ถูกเข้ารหัสเลย โปรดจัดเก็บและส่งต่อด้วยความระมัดระวัง
cli-guide-written = เขียนคู่มือการใช้งานไปยัง { $file } แล้ว

guide-figure-walk = หน้าไล่ตอบทีละรายการขณะที่เปิดตัวอย่างอยู่: บรรทัดฐานอยู่ทางซ้าย การดำเนินการเชิงปฏิบัติแต่ละรายการพร้อมระดับคำตอบ คำตอบ และรายละเอียดของการดำเนินการนั้น
guide-figure-dash = หน้าภาพรวม: คะแนนรวม คะแนนของบรรทัดฐานแต่ละข้อและของด้านที่มุ่งเน้นแต่ละด้าน และช่องว่าง
guide-figure-team = หน้าทีม: หน่วยงานที่รับผิดชอบ การแจกจ่ายส่วนร่วมของหน่วยงาน และการรวมส่วนร่วมเหล่านั้นกลับเข้ามา
guide-figure-note = ภาพประกอบแสดงโปรแกรมเป็นภาษาอังกฤษ ขณะที่เปิดตัวอย่าง (Exampleland) อยู่

status-no-file = ยังไม่ได้บันทึกลงไฟล์

menu-view-zoom-in = ขยายให้ใหญ่ขึ้น
menu-view-zoom-out = ย่อให้เล็กลง
menu-view-zoom-reset = กลับสู่ขนาดร้อยละ 100

## Problems found in files, and why a file was refused

# The status bar on start: which graphics adapter and interface draw the window ($api: Direct3D 12, Vulkan or OpenGL).
status-drawing = กราฟิก: { $adapter } ผ่าน { $api }
# Before status-drawing when the first graphics interfaces tried could not draw ($failed: e.g. "Direct3D 12, Vulkan").
status-backend-failed = { $failed } ใช้งานไม่ได้บนคอมพิวเตอร์เครื่องนี้
# normcheck-cli, the console launcher, cannot find normcheck.exe beside it ($program: its full path). One line.
launcher-missing = ไม่พบ { $program }: normcheck-cli ทำหน้าที่เริ่มโปรแกรม normcheck ที่อยู่ในโฟลเดอร์เดียวกัน โปรดติดตั้ง normcheck ใหม่ หรือเก็บโปรแกรมทั้งสองไว้ในโฟลเดอร์เดียวกัน
# normcheck-cli cannot start normcheck.exe ($reason: the system's explanation). One line.
launcher-cannot-start = ไม่สามารถเริ่ม { $program } ได้: { $reason }
