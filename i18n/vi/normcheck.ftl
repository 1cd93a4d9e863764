# normcheck's messages in Vietnamese (Tiếng Việt). Messages missing here are shown in English.
# Corrections by native speakers are welcome: run
#   normcheck translate export --lang vi -o vi.xlsx
# correct the Translation column of the "Messages" sheet (keep every { $placeable } as it is),
# and send the workbook to the normcheck maintainers, or install it for your own use with
#   normcheck translate import vi.xlsx

language-name = Tiếng Việt
number-decimal-sign = ,
number-percent = { $value }%
date-year-offset = 0
date-short = { $day }/{ $month }/{ $year }
date-long = ngày { $day } { $month } năm { $year }
month-1 = tháng 1
month-2 = tháng 2
month-3 = tháng 3
month-4 = tháng 4
month-5 = tháng 5
month-6 = tháng 6
month-7 = tháng 7
month-8 = tháng 8
month-9 = tháng 9
month-10 = tháng 10
month-11 = tháng 11
month-12 = tháng 12

answer-not-applicable = Không áp dụng
answer-not-applicable-because = Không áp dụng — { $why }
answer-no-justification = không nêu lý do
answer-not-answered = Chưa trả lời
priority-high = Cao
priority-medium = Trung bình
priority-low = Thấp
support-training = Đào tạo
support-legal-drafting = Soạn thảo văn bản pháp luật
support-technical-assistance = Hỗ trợ kỹ thuật
support-equipment = Trang thiết bị
support-funding = Kinh phí
support-exchange-of-practice = Trao đổi kinh nghiệm thực tiễn
support-other = Khác

report-default-title = Tình hình thực hiện các chuẩn mực của Liên Hợp Quốc về hành xử có trách nhiệm của quốc gia trên không gian mạng
report-no-member-state = (Chưa nêu Quốc gia thành viên)
report-undated = không ghi ngày
report-checklist-version = { $title }, phiên bản { $version }
report-complete = hoàn thành { $percent }
report-conflicts-unresolved = { $count } xung đột chưa được giải quyết
report-draft = Dự thảo — { $parts }
report-page = Trang { $page }/{ $total }

report-cover-member-state = Quốc gia thành viên
report-cover-organisation = Tổ chức
report-cover-assessors = Người đánh giá
report-cover-period = Kỳ báo cáo
report-cover-date = Ngày
report-cover-checklist = Danh mục kiểm tra

report-section-summary = Tóm tắt tổng quan
report-section-action-plan = Kế hoạch hành động
report-section-support = Nhu cầu hỗ trợ
report-section-methodology = Phương pháp
report-section-answered-by = Người trả lời
report-answered-by-intro = Người sửa đổi gần nhất đối với từng câu trả lời và thời điểm sửa đổi (người đánh giá, hoặc cơ quan có phần đóng góp đã được tổng hợp).

report-chart-norms = Điểm theo từng chuẩn mực (0–100)
report-chart-areas = Điểm theo từng lĩnh vực trọng tâm (0–100)
report-no-score = chưa có điểm
report-no-score-not-applicable = chưa có điểm (tất cả các mục đều không áp dụng)

report-summary-overall-band = Điểm tổng thể đạt { $score }/100, thuộc khung “{ $band }”. Điểm này là trung bình cộng điểm của các chuẩn mực.
report-summary-overall = Điểm tổng thể đạt { $score }/100, là trung bình cộng điểm của các chuẩn mực.
report-summary-no-overall = Hiện chưa có điểm tổng thể: không có chuẩn mực nào có mục được áp dụng.
report-summary-answered = Đã trả lời { $answered }/{ $items } mục (hoàn thành { $percent }); trong đó { $na } mục được đánh dấu không áp dụng.
report-summary-strongest = Việc thực hiện đạt kết quả tốt nhất đối với { $strongest } ({ $high }) và còn nhiều dư địa phát triển nhất đối với { $weakest } ({ $low }).
report-summary-gaps = { $count ->
    [0] Không còn khoảng trống nào: tất cả các mục được áp dụng đều đạt từ mức đã thực hiện trở lên.
   *[other] Có { $count } mục còn khoảng trống (dưới mức đã thực hiện hoặc chưa được trả lời); các mục này được liệt kê trong kế hoạch hành động, mục cấp thiết nhất xếp trước.
}
report-counts-answer = Câu trả lời
report-counts-items = Số mục

report-norm-summary-ours = Tóm tắt của chúng tôi về { $source }
report-norm-source = Nguồn: { $source }
report-norm-score = Điểm
report-norm-completion = Tỷ lệ hoàn thành
report-norm-actions = Hành động thực tiễn

report-item-answer = Câu trả lời
report-item-change = Thay đổi
report-item-note = Ghi chú
report-item-evidence = Minh chứng
report-item-agency = Cơ quan chủ trì
report-item-target = Thời hạn
report-item-priority = Mức ưu tiên
report-item-support = Nhu cầu hỗ trợ
report-item-flagged = đã đánh dấu cần rà soát
report-range-median = trung vị { $value }
report-range-mean = trung bình { $value }
report-range-how = Mỗi thanh trải từ điểm thấp nhất đến điểm cao nhất của các quốc gia; vạch đen là trung vị, hình vuông rỗng là giá trị trung bình. Không thể hiện các tứ phân vị: khi có ít quốc gia, các tứ phân vị có thể làm lộ điểm của từng quốc gia.

report-plan-none = Không có khoảng trống: tất cả các mục được áp dụng đều đạt từ mức đã thực hiện trở lên.
report-plan-intro = Tất cả các mục dưới mức đã thực hiện hoặc chưa được trả lời, mục cấp thiết nhất xếp trước.
report-plan-priority = Mức ưu tiên
report-plan-target = Thời hạn
report-plan-action = Hành động
report-plan-answer = Câu trả lời hiện tại
report-plan-agency = Cơ quan chủ trì

report-support-none = Không có hành động thực tiễn nào cần hỗ trợ.
report-support-intro = Các hành động thực tiễn mà quốc gia mong muốn được hỗ trợ, phân theo loại hình hỗ trợ.
report-support-kind = Loại hỗ trợ
report-support-action = Hành động thực tiễn
report-support-note = Ghi chú

report-method-scale = Thang đánh giá
report-method-scoring = Cách tính điểm
report-method-about = Thông tin về báo cáo
report-method-value = Giá trị
report-method-level = Mức độ
report-method-meaning = Ý nghĩa
report-method-rule-level = Mỗi mục được áp dụng có giá trị bằng mức độ của mục đó chia cho mức độ cao nhất ({ $max }); mục chưa được trả lời có giá trị bằng 0.
report-method-rule-na = Các mục được đánh dấu không áp dụng không được tính vào bất kỳ điểm số nào.
report-method-rule-norm = Điểm của một chuẩn mực bằng 100 × trung bình có trọng số của các mục được áp dụng thuộc chuẩn mực đó; điểm tổng thể là trung bình cộng giản đơn của điểm các chuẩn mực.
report-method-rule-area = Điểm của một lĩnh vực trọng tâm là trung bình có trọng số được tính theo cùng cách, trên tất cả các mục được áp dụng gắn với lĩnh vực đó.
report-method-rule-completion = Tỷ lệ hoàn thành là tỷ lệ các mục đã được trả lời bằng một mức độ hoặc được đánh dấu không áp dụng.
report-method-rule-gap = Khoảng trống là mục được áp dụng có câu trả lời dưới mức “{ $level }” hoặc chưa được trả lời; mọi khoảng trống đều được đưa vào kế hoạch hành động.
report-method-rule-gap-unnamed = Khoảng trống là mục được áp dụng có câu trả lời dưới mức đã thực hiện hoặc chưa được trả lời; mọi khoảng trống đều được đưa vào kế hoạch hành động.
report-method-band = { $band } (từ { $min } điểm)
report-method-rule-bands = Các khung điểm: { $bands }.
report-method-rule-voluntary = Các chuẩn mực mang tính tự nguyện và không ràng buộc: điểm số thể hiện nhận định của chính quốc gia về tình hình thực hiện của mình, không phải là sự xếp hạng.
report-method-checklist = Danh mục kiểm tra: { $title } ({ $id }), phiên bản { $version }
report-method-generated = Thời điểm lập báo cáo: { $date }
report-method-version = normcheck phiên bản { $version }
report-method-language = Ngôn ngữ của báo cáo: { $language }.
report-method-fallback = { $count } nội dung của danh mục kiểm tra chưa có bản dịch sang ngôn ngữ này và được in bằng tiếng Anh ({ $which }).

report-progress-earlier = lần đánh giá trước
report-progress-heading = Tiến triển kể từ { $since }
report-progress-overall = Điểm tổng thể trước đây là { $before }, hiện nay là { $now } ({ $change }).
report-progress-moves = Kể từ { $since }, { $improved } hành động thực tiễn đã được cải thiện, { $regressed } hành động bị giảm mức và { $changed } hành động chuyển sang hoặc chuyển khỏi trạng thái không áp dụng.
report-progress-checklist-changed = Trong thời gian này, danh mục kiểm tra đã thay đổi: bổ sung { $added } hành động thực tiễn, loại bỏ { $removed } hành động.
report-progress-norm = Chuẩn mực
report-progress-area = Lĩnh vực trọng tâm
report-progress-before = Trước đây
report-progress-now = Hiện nay
report-progress-change = Thay đổi
report-progress-improved = Đã cải thiện kể từ { $since } (trước đây: { $was })
report-progress-regressed = Bị giảm mức kể từ { $since } (trước đây: { $was })
report-progress-changed = Đã thay đổi kể từ { $since } (trước đây: { $was })
report-progress-added = Mới bổ sung trong phiên bản danh mục kiểm tra này kể từ { $since }
report-answered-item = Mục
report-answered-answer = Câu trả lời
report-answered-by = Người sửa đổi gần nhất
report-answered-when = Thời điểm
report-answered-time = { $date } { $time } UTC
menu-view-language = Ngôn ngữ
menu-view-language-system = Theo hệ thống ({ $language })
menu-file = Tệp
menu-edit = Sửa
menu-view = Xem
menu-file-new = Đánh giá mới…
menu-file-open = Mở…
menu-file-save = Lưu
menu-file-save-as = Lưu thành…
menu-file-change-passphrase = Đổi cụm mật khẩu…
menu-file-protect = Bảo vệ bằng cụm mật khẩu…
menu-file-unprotect = Gỡ bảo vệ…
menu-file-export-a4 = Xuất báo cáo PDF (A4)…
menu-file-export-letter = Xuất báo cáo PDF (US Letter)…
menu-file-regional = Góc nhìn khu vực…
menu-file-export-sheet = Xuất bảng tính…
menu-file-import-sheet = Nhập bảng tính…
menu-file-prepare = Chuẩn bị phần đóng góp…
menu-file-merge = Hợp nhất phần đóng góp…
menu-file-compare = So sánh với lần đánh giá trước…
menu-file-close = Đóng bản đánh giá
menu-edit-undo = Hoàn tác
menu-edit-undo-what = Hoàn tác { $what }
menu-edit-redo = Làm lại
menu-edit-redo-what = Làm lại { $what }
menu-view-theme-system = Giao diện theo hệ thống
menu-view-theme-light = Giao diện sáng
menu-view-theme-dark = Giao diện tối
menu-view-advance = Sau khi trả lời bằng bàn phím, chuyển đến mục chưa trả lời tiếp theo
tab-walkthrough = Lần lượt từng mục
tab-dashboard = Tổng quan
tab-details = Thông tin chung
tab-team = Nhóm
tab-team-conflicts = Nhóm ({ $count } xung đột)
tab-progress = Tiến triển
banner-the-national-assessment = bản đánh giá quốc gia
banner-contribution = Phần đóng góp của { $agency } cho { $title }
banner-conflicts = Bản dự thảo — còn { $count } xung đột chưa giải quyết (giải quyết trên màn hình Nhóm)
banner-newer-edition = Đã có phiên bản mới hơn của danh mục kiểm tra này ({ $version }).
banner-see-changes = Xem các thay đổi
banner-move-answers = Chuyển câu trả lời của tôi
marking-hover = Mức độ nhạy cảm của bản đánh giá này
status-unsaved = Có thay đổi chưa lưu
status-saved = Đã lưu mọi thay đổi
status-complete = Hoàn thành { $percent }%

card-flagged = Đã đánh dấu cần rà soát
card-na = Không áp dụng
card-na-hover = Không áp dụng đối với quốc gia này; cần nêu lý do
card-hide-details = Ẩn chi tiết
card-details = Chi tiết…
card-justification = Lý do
card-justification-label = Lý do:
card-justification-required = Lý do (bắt buộc khi chọn Không áp dụng):
card-justification-hint = Vì sao hành động này không áp dụng
card-summary-agency = Cơ quan chủ trì: { $agency }
card-summary-target = Thời hạn: { $date }
card-summary-priority = Mức ưu tiên: { $priority }
card-summary-evidence = Minh chứng: { $count }
card-summary-note = Ghi chú: { $note }
card-guidance = Hướng dẫn
card-evidence-hint = Minh chứng cho thấy đã thực hiện: { $hint }
card-basis = Căn cứ: { $basis }
card-note = Ghi chú
card-agency = Cơ quan chủ trì
card-flag = Đánh dấu cần rà soát
field-evidence = Minh chứng
field-evidence-label = Minh chứng (mỗi dòng một minh chứng):
field-evidence-hint = Tên văn bản, số hiệu hồ sơ hoặc đường dẫn
field-target = Thời hạn
field-target-label = Thời hạn:
field-target-invalid = Chưa đúng định dạng ngày: hãy nhập YYYY-MM-DD
field-priority-label = Mức ưu tiên:
field-priority-none = Không
# Nội dung trình đọc màn hình đọc cho nút mức ưu tiên "Không".
field-priority-is-none = Không có mức ưu tiên
field-priority-is = Mức ưu tiên { $priority }
field-support-label = Nhu cầu hỗ trợ:
field-support-kind = Nhu cầu hỗ trợ: { $kind }
field-support-note = Nội dung hỗ trợ mong muốn
field-support-note-label = Nội dung hỗ trợ mong muốn:
field-support-note-hint = ví dụ: khóa đào tạo hai ngày cho cán bộ CERT
group-area = Lĩnh vực trọng tâm của Kế hoạch Hành động Khu vực ASEAN
group-area-ours = Lĩnh vực trọng tâm của Kế hoạch Hành động Khu vực ASEAN (do chúng tôi tự diễn đạt)
group-norm = Chuẩn mực ({ $id }) — { $title }
group-kind-positive = kêu gọi các quốc gia hành động
group-kind-restraint = kêu gọi các quốc gia kiềm chế
group-kind-mixed = kêu gọi các quốc gia hành động và kiềm chế
# $score là một số kèm khung điểm, ví dụ "62,5 (Đã hình thành)"; $percent là số nguyên.
group-score = Điểm { $score }  ·  hoàn thành { $percent }%
group-overall = Tổng thể
group-overall-line = Tổng thể: { $scores }
group-choose-norm = Chọn chuẩn mực
group-choose-area = Chọn lĩnh vực trọng tâm
group-picker-entry = { $group } — đã xong { $percent }%
group-by = Nhóm theo:
group-by-norm = Chuẩn mực
group-by-area = Lĩnh vực trọng tâm
# Nội dung trình đọc màn hình đọc cho một chuẩn mực hoặc lĩnh vực trọng tâm trong danh sách bên cạnh.
group-row-said = { $group }, hoàn thành { $percent }%, điểm { $score }
group-no-score = chưa có
group-done = xong { $percent }%
walk-no-items = Không có mục nào khớp với bộ lọc.
walk-show-only = Chỉ hiển thị:
walk-filter-unanswered = Chưa trả lời
walk-filter-flagged = Đã đánh dấu
walk-filter-na = Không áp dụng nhưng chưa nêu lý do
walk-keys = Phím: 0–9 chọn mức độ · N không áp dụng · Up/Down hoặc J/K chuyển mục · PgUp/PgDn chuyển chuẩn mực · Enter xem chi tiết
walk-keys-advance = Phím: 0–9 chọn mức độ (rồi chuyển đến mục chưa trả lời tiếp theo) · N không áp dụng · Up/Down hoặc J/K chuyển mục · PgUp/PgDn chuyển chuẩn mực · Enter xem chi tiết
walk-previous-norm = Chuẩn mực trước
walk-next-norm = Chuẩn mực tiếp theo

dash-assessment = bản đánh giá
dash-heading = Tổng quan — { $state }
dash-overall = Điểm tổng thể (trung bình cộng điểm các chuẩn mực, 0–100)
dash-conflicts = Bản dự thảo — còn { $count } xung đột chưa giải quyết
dash-completion = Hoàn thành { $percent }% — đã trả lời { $answered }/{ $items } mục, { $na } mục không áp dụng
dash-norm-chart = Điểm theo từng chuẩn mực
dash-area-chart = Điểm theo từng lĩnh vực trọng tâm của RAP
dash-levels = Số mục theo từng mức độ
dash-top-level = cao nhất
# $level là tên mức độ đặt trong ngoặc kép, ví dụ “Đã thực hiện”.
dash-gaps = Khoảng trống: { $count } mục dưới mức { $level }
dash-no-gaps = Không có mục đã trả lời nào dưới mức này.
dash-gaps-order = Xếp theo mức ưu tiên, rồi theo thời hạn. Mỗi khoảng trống: mức độ · mức ưu tiên · cơ quan chủ trì · thời hạn.
dash-gaps-fewer = Chỉ hiển thị { $count } khoảng trống cấp thiết nhất
dash-gaps-all = Hiển thị tất cả { $count } khoảng trống
dash-none = không có
dash-not-assigned = chưa phân công
dash-go-to = Đến mục { $item }
dash-open = Mở mục { $item }
dash-attention = Cần lưu ý: { $count } mục
dash-attention-none = Mọi mục đều đã được trả lời, nêu lý do và có cơ quan chủ trì.
dash-count-unanswered = { $count } mục chưa trả lời
dash-count-unjustified = { $count } mục không áp dụng nhưng chưa nêu lý do
dash-count-unowned = { $count } khoảng trống chưa có cơ quan chủ trì
dash-concern-unanswered = Chưa trả lời
dash-concern-unjustified = Không áp dụng nhưng chưa nêu lý do
dash-concern-unowned = Dưới mức “Đã thực hiện” nhưng chưa có cơ quan chủ trì
start-intro = Đánh giá mức độ quốc gia của bạn đã thực hiện 11 chuẩn mực của Liên Hợp Quốc về hành xử có trách nhiệm của quốc gia trên không gian mạng và Kế hoạch Hành động Khu vực ASEAN.
start-new = Đánh giá mới
start-open = Mở…
start-offline = Mọi dữ liệu chỉ nằm trên máy tính này: normcheck không bao giờ kết nối mạng.
start-never-saved = một bản đánh giá chưa từng được lưu
start-closed-unsaved = normcheck đã bị đóng khi các thay đổi này chưa được lưu.
# $what là tên tệp (hoặc start-never-saved), $state là Quốc gia thành viên (có thể để trống).
start-autosaved = Bản tự động lưu của { $what }
start-autosaved-state = Bản tự động lưu của { $what }, bản đánh giá của { $state }
start-autosaved-protected = Bản tự động lưu của một bản đánh giá được bảo vệ (mở bằng cụm mật khẩu của bản đánh giá đó)
start-unreadable = Không đọc được một bản tự động lưu: { $problem }
start-delete = Xóa { $file }
start-recover = Khôi phục nội dung chưa lưu lúc { $when }
start-discard = Bỏ bản tự động lưu lúc { $when }
start-recent = Bản đánh giá gần đây
start-missing = { $name } (không tìm thấy)
start-moved = { $file } đã bị di chuyển hoặc xóa
start-forget = Xóa { $name } khỏi danh sách
form-new-heading = Đánh giá mới
form-new-intro = Điền những thông tin bạn đã có; mọi thông tin đều có thể sửa sau trong phần Thông tin chung.
form-create = Tạo bản đánh giá
form-cancel = Hủy
form-need-state = Nhập Quốc gia thành viên để tiếp tục.
form-details-heading = Thông tin chung về bản đánh giá
form-details-intro = Thay đổi có hiệu lực ngay khi bạn nhập (Ctrl+Z để hoàn tác); lưu tệp bằng Ctrl+S.
form-created = Tạo lúc { $when }
form-changed = Sửa đổi gần nhất lúc { $when }
form-member-state = Quốc gia thành viên:
form-member-state-hint = Chọn hoặc nhập
form-member-states = Các Quốc gia thành viên ASEAN
form-choose-state = Chọn một Quốc gia thành viên ASEAN
form-organisation = Tổ chức:
form-organisation-hint = ví dụ: Cơ quan An ninh mạng Quốc gia
form-assessors = Người đánh giá:
form-assessors-hint = Mỗi dòng một tên
form-title = Tiêu đề:
# Tiêu đề ban đầu của một bản đánh giá mới (người dùng có thể thay đổi).
form-default-title = Thực hiện các chuẩn mực của Liên Hợp Quốc về không gian mạng ở cấp quốc gia
form-period = Kỳ báo cáo:
form-period-hint = ví dụ: 2026
form-marking = Mức độ nhạy cảm:
form-checklist = Danh mục kiểm tra:
form-checklist-builtin = Danh mục kiểm tra tham chiếu có sẵn (theo phong cách NIC)
form-checklist-file = Tệp danh mục kiểm tra khác…
support-heading = Nhu cầu hỗ trợ: { $count } mục
support-none = Chưa có mục nào cần hỗ trợ (xem phần chi tiết của mục: Nhu cầu hỗ trợ).
support-kind-heading = { $kind } — { $count } mục

# Nội dung thanh điểm hiển thị khi trỏ chuột vào.
bars-no-score = chưa có điểm
bars-out-of-100 = { $score } trên 100
dialog-open-session = Mở bản đánh giá
dialog-save-session = Lưu bản đánh giá thành
dialog-open-checklist = Chọn tệp danh mục kiểm tra
dialog-export-report = Xuất báo cáo dưới dạng PDF
dialog-contributions-folder = Thư mục chứa các tệp phần đóng góp
dialog-merge = Các phần đóng góp cần hợp nhất
dialog-earlier = Bản đánh giá trước để so sánh
dialog-export-sheet = Xuất bản đánh giá dưới dạng bảng tính
dialog-import-sheet = Nhập bảng tính đã chỉnh sửa
dialog-example = ví dụ: { $path }
dialog-use-file = Dùng tệp này
dialog-folder-path = Đường dẫn thư mục:
dialog-file-paths = Đường dẫn tệp, mỗi dòng một đường dẫn:
dialog-file-path = Đường dẫn tệp:
export-saved = Đã lưu báo cáo vào { $path }
export-regional-saved = Đã lưu báo cáo khu vực vào { $path }
# Được thêm vào sau export-saved, mỗi điều người dùng cần biết một lần.
export-note = . Lưu ý: { $warning }
export-failed = Không xuất được báo cáo
title-untitled = Bản đánh giá chưa đặt tên
status-closing-when-done = normcheck sẽ đóng ngay khi công việc đang thực hiện hoàn tất.
status-autosave-failed = Tự động lưu không thành công: { $error }
status-opening = Đang mở { $file }…
status-checklist-needed = { $file } dùng danh mục kiểm tra “{ $id }”, vốn không có sẵn trong normcheck và không được lưu trong tệp: hãy chọn tệp của danh mục kiểm tra đó (hoặc khởi động normcheck --checklist FILE { $file }).
status-opened = Đã mở { $file }
status-opened-notes = Đã mở { $file } kèm { $count } lưu ý: câu trả lời cho các mục không có trong danh mục kiểm tra này được giữ nguyên; chạy `normcheck validate` để xem chi tiết
status-checklist-kept = . Danh mục kiểm tra nay được lưu kèm trong bản đánh giá: sau khi lưu, bản đánh giá sẽ mở được mà không cần tệp danh mục kiểm tra.
status-opening-autosaved = Đang mở bản tự động lưu…
status-recovered = Đã khôi phục nội dung chưa lưu. Hãy lưu lại để giữ (Ctrl+S).
status-recovered-notes = Đã khôi phục nội dung chưa lưu kèm { $count } lưu ý: câu trả lời cho các mục không có trong danh mục kiểm tra này được giữ nguyên. Hãy lưu lại để giữ (Ctrl+S).
status-read-only-kept = Không ghi gì: { $file } là tệp chỉ đọc và được giữ nguyên.
status-nothing-opened = Không mở tệp nào.
status-kept-copy = Đã giữ danh mục kiểm tra được lưu trong bản đánh giá.
status-nothing-imported = Không nhập nội dung nào từ { $name }.
status-protected = Đã bảo vệ bằng cụm mật khẩu mới
status-unprotected = Đã gỡ bảo vệ; tệp giờ là JSON thông thường
# $done là status-protected hoặc status-unprotected.
status-save-to-write = { $done }. Hãy lưu bản đánh giá để ghi thay đổi này vào tệp.
status-stays-closed = Không mở tệp nào: { $name } vẫn đóng và công việc của bạn không thay đổi.
status-nothing-moved = Không chuyển gì: công việc của bạn không thay đổi.
status-created = Đã tạo bản đánh giá mới. Lưu bằng Ctrl+S.
status-saving = Đang lưu { $file }…
status-done-saved = { $done }: đã lưu { $file }
status-saved-file = Đã lưu { $file }
status-exporting = Đang xuất báo cáo ra { $file }…
error-not-opened = Không mở được bản đánh giá
error-checklist-unusable = Không dùng được danh mục kiểm tra
error-builtin-damaged = Danh mục kiểm tra có sẵn bị hỏng
error-not-saved = Không lưu được bản đánh giá
error-not-saved-detail = { $error }
    Công việc của bạn vẫn đang mở; hãy thử thư mục hoặc tên tệp khác.
export-not-encrypted = Bản đánh giá được bảo vệ, nhưng bản thân báo cáo không được mã hóa: hãy lưu trữ và gửi báo cáo một cách cẩn trọng.
export-shows-progress = Báo cáo thể hiện tiến triển kể từ { $since } (màn hình Tiến triển).
sheet-not-encrypted = Bản đánh giá được bảo vệ, nhưng bảng tính không được mã hóa: hãy lưu trữ và gửi bảng tính một cách cẩn trọng.
sheet-exported = Đã xuất bảng tính ra { $file }
sheet-not-exported = Không xuất được bảng tính
sheet-no-change = { $file } không làm thay đổi gì trong bản đánh giá này.
sheet-unreadable = Không đọc được bảng tính
# Hiển thị sau “Hoàn tác” trong menu Sửa.
sheet-import-undo = việc nhập { $name }
sheet-imported = Đã nhập { $name }: { $count } mục được thay đổi (dùng Hoàn tác để khôi phục).
error-work-stopped = Tác vụ bị dừng ngoài dự kiến
error-work-stopped-detail = Tác vụ “{ $what }” không hoàn tất. Công việc đang mở của bạn không bị thay đổi.
status-stopped = Đã dừng: { $what }
error-not-all-prepared = Chưa chuẩn bị được tất cả phần đóng góp
status-no-newer-edition = Danh mục kiểm tra này không có phiên bản mới hơn.
error-not-moved = Không chuyển được câu trả lời
status-moved = Đã chuyển sang phiên bản { $version } của danh mục kiểm tra: chuyển được { $count } câu trả lời
status-moved-merged = , đã gộp { $pairs }
status-moved-removed = , đã loại bỏ { $items } (không giữ lại câu trả lời của mục này)
status-moved-new = ; { $count } mục mới cần trả lời. Hãy lưu dưới tên mới: { $name } vẫn giữ nguyên.
team-other-passphrase = { $file } được bảo vệ bằng cụm mật khẩu khác với cụm mật khẩu của bản đánh giá này. Hãy hợp nhất hoặc so sánh tệp này trên dòng lệnh (normcheck merge / compare --passphrase-file FILE).
team-none-prepared = Chưa chuẩn bị phần đóng góp nào
team-none-assigned = Chưa có mục nào được giao cơ quan chủ trì. Hãy phân công cơ quan trên màn hình Nhóm trước.
team-file-exists = { $file } đã tồn tại. Hãy chọn một thư mục trống để không ghi đè lên phần đóng góp nào trước đó.
team-preparing = Đang chuẩn bị { $count } tệp phần đóng góp…
team-merging = Đang hợp nhất { $count } phần đóng góp…
team-nothing-merged = Không có gì được hợp nhất
# Hiển thị sau “Hoàn tác” trong menu Sửa.
team-merge-undo = việc hợp nhất { $count } phần đóng góp
team-merged = Đã hợp nhất { $changes } thay đổi từ { $count } phần đóng góp; { $conflicts } xung đột cần giải quyết
team-not-compared = Không so sánh được các bản đánh giá
team-written-before = { " " }(đã ghi { $count } tệp trước khi xảy ra lỗi)
team-unassigned-stay = ; { $count } mục chưa có cơ quan chủ trì vẫn do bạn phụ trách
team-written = Đã ghi { $count } tệp phần đóng góp vào { $folder }

pass-the-autosaved-copy = bản tự động lưu
pass-protected-heading = Bản đánh giá được bảo vệ
pass-protected = “{ $what }” được bảo vệ. Nhập cụm mật khẩu để mở.
pass-wrong = Cụm mật khẩu không đúng. Hãy thử lại.
pass-label = Cụm mật khẩu:
pass-show = Hiện cụm mật khẩu
pass-open = Mở
pass-heading = Cụm mật khẩu
pass-explained = Tệp bản đánh giá và các bản tự động lưu của tệp được mã hóa bằng cụm mật khẩu này. Nếu tệp đã từng được lưu, tệp sẽ được lưu lại ngay bây giờ.
pass-use = Dùng cụm mật khẩu này
pass-new = Cụm mật khẩu mới:
pass-repeat = Nhập lại cụm mật khẩu:
pass-strength = Độ mạnh: { $hint }
pass-strength-too-short = quá ngắn: dùng ít nhất 8 ký tự
pass-strength-weak = yếu: hãy thêm từ hoặc ký tự
pass-strength-fair = trung bình: thêm vài từ nữa sẽ mạnh
pass-strength-strong = mạnh
pass-differ = Hai lần nhập không khớp nhau.
save-heading = Lưu bản đánh giá
save-marking-advice = Bản đánh giá này có mức độ nhạy cảm { $marking }: nên bảo vệ bằng cụm mật khẩu.
save-protect = Bảo vệ bằng cụm mật khẩu
save-choose-file = Chọn tệp…
save-keeps-passphrase = Tệp vẫn giữ cụm mật khẩu hiện tại (để đổi, dùng Đổi cụm mật khẩu… trong menu Tệp).
save-keep-it-safe = Không có cụm mật khẩu thì không ai mở được tệp — kể cả bạn. Hãy cất giữ cụm mật khẩu cẩn thận.
save-plain-warning = Tệp mới sẽ là JSON không mã hóa: ai đọc được tệp đều đọc được bản đánh giá.
unprotect-heading = Gỡ bảo vệ?
unprotect-warning = Tệp sẽ được lưu dưới dạng JSON không mã hóa: ai đọc được tệp — trên máy tính xách tay này, ổ đĩa dùng chung hay thư mục đám mây — đều đọc được bản đánh giá.
unprotect-confirm = Gỡ bảo vệ
unprotect-keep = Giữ nguyên bảo vệ
unsaved-heading = Thay đổi chưa lưu
unsaved-before-new = “{ $name }” có thay đổi chưa được lưu. Lưu trước khi tạo bản đánh giá mới?
unsaved-before-open = “{ $name }” có thay đổi chưa được lưu. Lưu trước khi mở bản đánh giá khác?
unsaved-before-move = “{ $name }” có thay đổi chưa được lưu. Lưu trước khi chuyển câu trả lời sang phiên bản mới hơn của danh mục kiểm tra?
unsaved-before-close = “{ $name }” có thay đổi chưa được lưu. Lưu trước khi đóng?
unsaved-before-quit = “{ $name }” có thay đổi chưa được lưu. Lưu trước khi thoát?
unsaved-discard = Bỏ các thay đổi
read-only-heading = Thay thế tệp chỉ đọc?
read-only-question = { $name } được đặt ở chế độ chỉ đọc, có thể để tránh bị sửa do nhầm lẫn. Vẫn thay thế?
read-only-replace = Thay thế
error-work-unchanged = Nội dung bạn đang mở không bị thay đổi.
error-ok = OK
copy-differs-heading = Tệp danh mục kiểm tra khác với bản sao trong bản đánh giá
copy-differs = { $file } có cùng mã và phiên bản danh mục kiểm tra với bản sao được lưu trong bản đánh giá này nhưng khác nội dung. Bản đánh giá được mở với bản sao đã lưu, nên điểm số và báo cáo vẫn giữ nguyên.
copy-differs-use-file = Hãy dùng tệp này nếu đó là danh mục kiểm tra đã được chỉnh sửa: khi bạn lưu, bản đánh giá sẽ giữ một bản sao danh mục kiểm tra của tệp.
copy-keep = Giữ bản sao đã lưu
copy-use-file = Dùng tệp danh mục kiểm tra
working-stop = Dừng chờ
working-wait = Việc này cần một chút thời gian; vui lòng chờ.
import-heading = Nhập “{ $name }”
import-no-change = Không có câu trả lời nào thay đổi.
import-changes = { $count } mục sẽ thay đổi. Ô trống sẽ xóa nội dung của trường tương ứng.
import-apply = Áp dụng các thay đổi
import-apply-others = Áp dụng các thay đổi còn lại
import-problems = { $count } ô không dùng được và bị bỏ qua:
edition-heading = Danh mục kiểm tra: từ phiên bản { $from } lên { $to }
edition-explained = Việc chuyển câu trả lời sẽ tạo một bản đánh giá mới: câu trả lời được chuyển theo từng mục; khi hai mục được gộp thành một, mức độ thấp hơn được giữ lại cùng cả hai ghi chú; các mục mới ở trạng thái chưa trả lời. Tệp bạn đã mở không bị thay đổi.
edition-move = Chuyển câu trả lời của tôi sang phiên bản { $to }
edition-close = Đóng
edition-norms-reworded = Tóm tắt chuẩn mực được diễn đạt lại
edition-merged = Đã gộp vào mục khác
edition-merged-into = { $old } gộp vào { $into }
edition-removed = Đã loại bỏ
edition-added = Hành động thực tiễn mới
edition-reworded = Được diễn đạt lại
edition-retagged = Thay đổi lĩnh vực trọng tâm
edition-relabelled = Thay đổi nguồn hoặc trọng số
team-heading = Nhóm — cơ quan, phần đóng góp và xung đột
team-contribution = Tệp này là phần đóng góp của { $agency } ({ $count } mục). Hãy trả lời các mục trong tệp rồi gửi lại tệp cho đơn vị điều phối.
team-agencies = Cơ quan chủ trì
team-no-agencies = Chưa có mục nào có cơ quan chủ trì. Hãy phân công ở bên dưới.
team-col-agency = Cơ quan
team-col-items = Số mục
team-col-answered = Đã trả lời
team-answered-of = { $answered }/{ $items }
team-unassigned = { $count } mục chưa có cơ quan chủ trì và do đơn vị điều phối đảm nhận.
team-hand-out = Gửi đi và thu về
team-hand-out-explained = Mỗi cơ quan nhận một tệp chỉ gồm các mục của mình và thông tin chung của bản đánh giá. Hợp nhất các tệp đó trở lại tại đây: trường do một cơ quan thay đổi sẽ được tiếp nhận; các câu trả lời khác nhau cho cùng một trường sẽ trở thành xung đột để bạn giải quyết.
team-merge-where = Hợp nhất vào bản đánh giá của đơn vị điều phối, không hợp nhất vào một phần đóng góp
team-assign = Phân công cơ quan chủ trì
team-assign-ticked = Phân công { $count } mục đã chọn
# Hiển thị sau Hoàn tác trong menu Sửa.
team-assign-undo = phân công { $count } mục cho { $agency }
team-untick = Bỏ chọn tất cả
team-agency-label = Cơ quan:
team-agency-hint = ví dụ: CERT quốc gia
team-known-choose = hoặc chọn một cơ quan đã có
team-known = Các cơ quan đã có
team-norm-ticked = { $norm } — đã chọn { $ticked }/{ $count }
team-whole-norm = Cả chuẩn mực
team-no-agency = chưa có cơ quan
team-conflicts = Xung đột cần giải quyết: { $count }
team-conflicts-explained = Các cơ quan đã đưa ra câu trả lời khác nhau cho các trường này. Bản đánh giá giữ giá trị trước đó cho đến khi bạn chọn một giá trị.
team-go-to-item = Đến mục
team-before = Trước đây
team-keep = Giữ nguyên
team-use-this = Dùng giá trị này
team-or-write = Hoặc nhập:
team-use-mine = Dùng giá trị của tôi
team-empty = (trống)
team-yes = có
team-no = không
progress-intro = So sánh bản đánh giá này với một lần đánh giá trước để xem những gì đã được cải thiện.
progress-comparing = Đang so sánh { $file } ({ $old }) với bản đánh giá này ({ $new }).
progress-compare-another = So sánh với bản đánh giá khác…
progress-norm-chart = Điểm theo từng chuẩn mực, trước đây và hiện nay
progress-area-chart = Điểm theo từng lĩnh vực trọng tâm, trước đây và hiện nay
progress-overall = Điểm tổng thể: trước đây { $before }, hiện nay { $now } ({ $change })
progress-moves = Hành động thực tiễn: { $improved } được cải thiện, { $regressed } bị giảm mức, { $changed } có thay đổi khác.
# Chú giải biểu đồ: $period là kỳ báo cáo hoặc ngày.
progress-earlier = { $period } (trước đây)
progress-now = { $period } (hiện nay)
progress-changed = Câu trả lời đã thay đổi kể từ { $since }: { $count }
progress-no-change = Không có câu trả lời nào thay đổi.
progress-not-answered = chưa trả lời
progress-improved = Cải thiện từ { $from } lên { $to }
progress-regressed = Giảm từ { $from } xuống { $to }
progress-changed-item = Thay đổi từ { $from } thành { $to }
progress-added = Mục mới, từ { $from } thành { $to }
progress-removed = Mục đã bị loại bỏ, từ { $from } thành { $to }

sheet-col-norm = Chuẩn mực
sheet-col-item = Mục
sheet-col-action = Hành động thực tiễn
sheet-col-level = Mức độ
sheet-col-na = Không áp dụng
sheet-col-justification = Lý do
sheet-col-note = Ghi chú
sheet-col-evidence = Minh chứng
sheet-col-owner = Cơ quan chủ trì
sheet-col-target = Thời hạn
sheet-col-priority = Mức ưu tiên
sheet-col-flagged = Đã đánh dấu
sheet-col-support = Nhu cầu hỗ trợ
sheet-yes = Có
sheet-no = Không
sheet-not-on-list = Không có trong danh sách
sheet-choose-from-list = Hãy chọn một giá trị trong danh sách.
sheet-not-a-level = Không phải là mức độ của thang đánh giá
sheet-choose-level = Hãy chọn một mức độ trong danh sách, hoặc chỉ nhập số của mức độ đó.
sheet-about-untitled = Tự đánh giá
sheet-about-title = Tiêu đề
sheet-about-state = Quốc gia thành viên
sheet-about-organisation = Tổ chức
sheet-about-period = Kỳ báo cáo
sheet-about-marking = Mức độ nhạy cảm
sheet-about-checklist = Danh mục kiểm tra
sheet-about-checklist-value = { $title } (mã { $id }, phiên bản { $version })
sheet-about-exported = Thời điểm xuất
sheet-about-how = Cách điền
sheet-about-levels = Các mức độ
sheet-howto-rows = Điền vào trang tính Assessment: mỗi hành động thực tiễn một dòng. Khi nhập bảng tính, các dòng được đối chiếu theo cột Mục, vì vậy không sửa các ô Mục; thứ tự các dòng và các cột không quan trọng, và nếu xóa một dòng thì mục tương ứng được giữ nguyên.
sheet-howto-level = Mức độ: chọn trong danh sách, hoặc chỉ nhập số của mức độ (ví dụ 3). Để trống ô Mức độ đối với mục chưa được đánh giá hoặc không áp dụng.
sheet-howto-values = Không áp dụng và Đã đánh dấu: Có hoặc Không. Mức ưu tiên: Cao, Trung bình hoặc Thấp. Thời hạn: một ngày (YYYY-MM-DD).
sheet-howto-evidence = Minh chứng: mỗi dòng một minh chứng (nhấn Alt+Enter để xuống dòng trong ô).
sheet-howto-support = Nhu cầu hỗ trợ: ghi các loại hỗ trợ ở dòng đầu tiên, phân cách bằng dấu chấm phẩy (Đào tạo; Soạn thảo văn bản pháp luật; Hỗ trợ kỹ thuật; Trang thiết bị; Kinh phí; Trao đổi kinh nghiệm thực tiễn; Khác), và ghi chú ở các dòng bên dưới.
sheet-howto-empty = Khi nhập bảng tính, ô trống sẽ xóa nội dung của trường tương ứng: xóa trống một ô Ghi chú sẽ xóa ghi chú đó.
sheet-howto-import = Nhập bảng tính: normcheck sheet import FILE.xlsx --into SESSION -o OUT (thêm --json để nhận danh sách các thay đổi), hoặc Tệp → Nhập bảng tính… trong ứng dụng; ứng dụng sẽ liệt kê các thay đổi trước khi áp dụng.
menu-file-export-in = Xuất báo cáo PDF (A4) bằng ngôn ngữ

## Báo cáo khu vực

regional-title = Góc nhìn khu vực: tình hình thực hiện các chuẩn mực của Liên Hợp Quốc về hành xử có trách nhiệm của quốc gia trên không gian mạng
regional-cover-states = Quốc gia thành viên
regional-cover-threshold = Ngưỡng ẩn danh
regional-cover-threshold-value = { $k } quốc gia: không công bố số liệu từ ít quốc gia hơn
regional-cover-named = Các quốc gia được nêu tên
regional-cover-superseded = Bản đánh giá đã được thay thế
regional-cover-superseded-value =
    { $count ->
        [one] 1 bản đánh giá cũ hơn không được tính (mỗi quốc gia chỉ tính một bản đánh giá)
       *[other] { $count } bản đánh giá cũ hơn không được tính (mỗi quốc gia chỉ tính một bản đánh giá)
    }
regional-fewer-than =
    { $k ->
        [1] không có quốc gia nào
       *[other] dưới { $k } quốc gia
    }
regional-withheld-legend = { $mark } không công bố: { $fewer }, hoặc một số lượng mà từ đó có thể tính ra con số như vậy bằng phép trừ.
regional-chart-norms = Điểm theo từng chuẩn mực (0–100)
regional-chart-areas = Điểm theo từng lĩnh vực trọng tâm (0–100)
regional-no-state-scored = chưa có quốc gia nào có điểm
regional-col-norm = Chuẩn mực
regional-col-area = Lĩnh vực trọng tâm
regional-col-states = Số quốc gia
regional-col-lowest = Thấp nhất
regional-col-median = Trung vị
regional-col-highest = Cao nhất
regional-col-mean = Trung bình
regional-col-band = { $band } (từ { $min })
regional-overall = Điểm tổng thể
regional-col-action = Hành động thực tiễn
regional-col-na = Không áp dụng
regional-col-none = Chưa trả lời
regional-col-support = Nhu cầu hỗ trợ
regional-bands-legend = Số quốc gia có điểm thuộc từng khung điểm của danh mục kiểm tra.
regional-hardest-legend = Số quốc gia theo từng câu trả lời: { $levels }; Không áp dụng; Chưa trả lời. Xếp theo mức độ trung bình của các quốc gia mà hành động đó được áp dụng, mức thấp nhất xếp trước.
regional-support-fewer = <{ $k }
regional-summary-combines =
    { $count ->
        [one] Báo cáo này tổng hợp bản đánh giá của 1 Quốc gia thành viên ASEAN. Báo cáo cho thấy mức độ thực hiện từng chuẩn mực của toàn khu vực và những nội dung các quốc gia đề nghị hỗ trợ; báo cáo không thể hiện điểm số hay câu trả lời riêng của bất kỳ quốc gia nào.
       *[other] Báo cáo này tổng hợp bản đánh giá của { $count } Quốc gia thành viên ASEAN, mỗi quốc gia một bản. Báo cáo cho thấy mức độ thực hiện từng chuẩn mực của toàn khu vực và những nội dung các quốc gia đề nghị hỗ trợ; báo cáo không thể hiện điểm số hay câu trả lời riêng của bất kỳ quốc gia nào.
    }
regional-summary-too-few =
    { $count ->
        [one] Với một quốc gia, không thể thể hiện thêm số liệu nào: mọi số liệu đều sẽ chỉ dựa trên { $fewer }. Báo cáo chỉ nêu số lượng quốc gia.
       *[other] Với { $count } quốc gia, không thể thể hiện thêm số liệu nào: mọi số liệu đều sẽ chỉ dựa trên { $fewer }. Báo cáo chỉ nêu số lượng quốc gia.
    }
regional-summary-median = Trung vị của điểm tổng thể là { $median }/100; điểm tổng thể của các quốc gia dao động từ { $min } đến { $max }.
regional-summary-furthest = Việc thực hiện đạt kết quả tốt nhất đối với { $high } (trung vị { $high_median }) và còn nhiều dư địa phát triển nhất đối với { $low } (trung vị { $low_median }).
regional-summary-withheld = Không công bố số liệu từ { $fewer }, cũng như bất kỳ số lượng nào mà từ đó có thể tính ra số liệu như vậy bằng phép trừ; phần Phương pháp ở cuối báo cáo nêu cụ thể các quy tắc.
regional-section-summary = Tóm tắt tổng quan
regional-section-method = Phương pháp
regional-section-about = Thông tin về báo cáo
regional-section-norms = Phân bố theo từng chuẩn mực
regional-section-areas = Phân bố theo từng lĩnh vực trọng tâm
regional-section-bands = Số quốc gia theo khung điểm
regional-section-hardest = Mười hành động thực tiễn khó thực hiện nhất
regional-section-support = Nhu cầu hỗ trợ
regional-support-intro = Số Quốc gia thành viên đề nghị từng loại hỗ trợ cho ít nhất một hành động thực tiễn của một chuẩn mực (mỗi cột là một chuẩn mực).
regional-method-one-per-state = Mỗi Quốc gia thành viên chỉ tính một bản đánh giá: bản được sửa đổi gần nhất. Các tệp cũ hơn của cùng một quốc gia không được tính và được liệt kê là đã được thay thế.
regional-method-scores = Điểm của mỗi quốc gia được tính như trong báo cáo riêng của quốc gia đó: mỗi mục được áp dụng có giá trị bằng mức độ của mục đó chia cho mức độ cao nhất ({ $max }), mục chưa được trả lời có giá trị bằng 0; các mục được đánh dấu không áp dụng không được tính; điểm của một chuẩn mực bằng 100 × trung bình có trọng số của các mục được áp dụng thuộc chuẩn mực đó, điểm tổng thể là trung bình cộng điểm của các chuẩn mực, điểm của một lĩnh vực trọng tâm là trung bình có trọng số trên các mục gắn với lĩnh vực đó.
regional-method-figures = Đối với mỗi chuẩn mực, mỗi lĩnh vực trọng tâm và điểm tổng thể: số quốc gia có điểm, điểm thấp nhất, trung vị (trung bình cộng của hai giá trị ở giữa khi số quốc gia là số chẵn), điểm cao nhất và điểm trung bình của các quốc gia đó, cùng với số quốc gia thuộc từng khung điểm.
regional-method-threshold = Ngưỡng ẩn danh: { $k } quốc gia. Khi tổng số quốc gia ít hơn { $k }, báo cáo chỉ nêu số lượng quốc gia. Điểm thấp nhất, trung vị, điểm cao nhất và điểm trung bình của một chuẩn mực hoặc lĩnh vực trọng tâm chỉ được thể hiện khi có ít nhất { $k } quốc gia có điểm ở đó (nếu không: “{ $fewer }”).
regional-method-counts =
    { $k ->
        [1] Với ngưỡng bằng 1, mọi số lượng đều được công bố.
        [2] Số lượng bằng 1 quốc gia không được công bố; số lượng bằng 0 vẫn được thể hiện.
       *[other] Số lượng từ 1 đến { $below } quốc gia không được công bố; số lượng bằng 0 vẫn được thể hiện.
    }
regional-method-totals = Các số lượng cộng lại thành một tổng đã biết — các khung điểm của một chuẩn mực cùng với số quốc gia chưa có điểm, các câu trả lời cho một hành động cùng với “không áp dụng” và “chưa trả lời” — được bảo vệ cùng nhau: khi một số lượng không được công bố, các số lượng nhỏ nhất còn lại cũng không được công bố, cho đến khi có ít nhất hai số lượng không được công bố, tổng của chúng đạt ít nhất bằng ngưỡng và không thể mỗi số lượng đều chỉ bằng đúng 1. Khi đó, lấy tổng trừ đi các số lượng được công bố chỉ cho biết có đủ số quốc gia nằm đâu đó trong các số lượng không được công bố. Số quốc gia của một chuẩn mực không được công bố khi số quốc gia chưa có điểm của chuẩn mực đó không được công bố.
regional-method-support = Số lượng về nhu cầu hỗ trợ không có tổng (một quốc gia có thể đề nghị nhiều loại hỗ trợ), vì vậy số lượng về hỗ trợ không được công bố luôn là { $fewer } (được in là “<{ $k }”).
regional-method-hardest = { $count } hành động thực tiễn khó thực hiện nhất là những hành động có mức độ trung bình thấp nhất trên các quốc gia mà hành động đó được áp dụng; hành động chỉ áp dụng đối với { $fewer } không được xếp hạng.
regional-method-named = Các quốc gia được nêu tên vì tất cả các quốc gia đều đã đồng ý; các số liệu vẫn chỉ là số liệu chung của khu vực.
regional-method-unnamed = Không nêu tên quốc gia nào. Các quốc gia được đánh số theo một thứ tự không dựa trên tên quốc gia hay tên tệp, và không có cột riêng cho từng quốc gia.
regional-method-voluntary = Các chuẩn mực mang tính tự nguyện và không ràng buộc: các số liệu thể hiện nhận định của chính các quốc gia về tình hình thực hiện của mình, không phải là sự xếp hạng.

## So sánh các bản đánh giá và điểm số theo thời gian (normcheck compare, normcheck trend)

compare-heading = Tiến triển từ { $old } đến { $new }
compare-col-norm = Chuẩn mực
compare-col-old = Cũ
compare-col-new = Mới
compare-col-delta = Chênh lệch
compare-overall = Tổng thể
compare-items-changed =
    { $count ->
        [0] Không có mục nào thay đổi.
        [one] 1 mục đã thay đổi:
       *[other] { $count } mục đã thay đổi:
    }
compare-improved = cải thiện
compare-regressed = giảm mức
compare-changed = thay đổi
compare-added = bổ sung
compare-removed = loại bỏ
compare-empty = (trống)
compare-overall-line = Điểm tổng thể { $old } → { $new } ({ $change }), so sánh { $earlier } với { $later }.
compare-list-improved = Được cải thiện
compare-list-regressed = Bị giảm mức
compare-list-other = Thay đổi, bổ sung hoặc loại bỏ
trend-title = Điểm số theo thời gian
trend-intro =
    { $count ->
        [one] 1 bản đánh giá của { $state }, sắp xếp theo kỳ báo cáo (hoặc theo ngày khi không có kỳ báo cáo). Điểm được tính theo quy tắc tính điểm thông thường của danh mục kiểm tra mà từng bản đánh giá sử dụng.
       *[other] { $count } bản đánh giá của { $state }, sắp xếp theo kỳ báo cáo (hoặc theo ngày khi không có kỳ báo cáo). Điểm được tính theo quy tắc tính điểm thông thường của danh mục kiểm tra mà từng bản đánh giá sử dụng.
    }
trend-intro-span = { $count } bản đánh giá của { $state } từ { $first } đến { $last }, sắp xếp theo kỳ báo cáo (hoặc theo ngày khi không có kỳ báo cáo). Điểm được tính theo quy tắc tính điểm thông thường của danh mục kiểm tra mà từng bản đánh giá sử dụng.
trend-chart = Điểm tổng thể và điểm theo từng chuẩn mực (0–100)
trend-figures = Các số liệu

## Góc nhìn khu vực (Tệp → Góc nhìn khu vực…)

regional-view-title = Góc nhìn khu vực
regional-view-intro = Những gì toàn khu vực đã thực hiện và những nội dung các quốc gia đề nghị hỗ trợ, tổng hợp từ bản đánh giá của nhiều quốc gia — mà không làm lộ thông tin của riêng quốc gia nào.
regional-view-checklist = Tệp danh mục kiểm tra (nếu không có sẵn trong normcheck):
regional-view-optional = không bắt buộc
regional-view-threshold = Ngưỡng ẩn danh:
regional-view-states-suffix = { " " }quốc gia
regional-view-named = Nêu tên các quốc gia (chỉ khi tất cả các quốc gia đã đồng ý)
regional-view-show = Hiển thị số liệu
regional-view-opening = Đang mở các tệp…
regional-view-files = Các tệp bản đánh giá, mỗi dòng một tệp:
regional-view-choose = Chọn tệp…
regional-view-passphrase = Cụm mật khẩu cho các tệp được bảo vệ:
regional-view-export-heading = Xuất báo cáo khu vực
regional-view-pdf-file = Tệp PDF:
regional-view-a4 = A4
regional-view-letter = US Letter
regional-view-export = Xuất PDF
regional-view-nothing-written = Không ghi tệp nào.
regional-view-no-dialog = Không hiển thị được hộp thoại chọn tệp trên hệ thống này: hãy nhập đường dẫn, mỗi dòng một đường dẫn.
regional-view-not-exported = Không xuất được báo cáo khu vực: { $reason }
regional-view-stopped = Tác vụ bị dừng ngoài dự kiến.
regional-view-combined =
    { $count ->
        [one] Đã tổng hợp bản đánh giá của 1 quốc gia
       *[other] Đã tổng hợp bản đánh giá của { $count } quốc gia
    }
regional-view-box-how = Mỗi hộp trải từ điểm thấp nhất đến điểm cao nhất của các quốc gia, vạch ở giữa là trung vị; hình vuông rỗng là giá trị trung bình. Không thể hiện các tứ phân vị: khi có ít quốc gia, các tứ phân vị có thể làm lộ điểm của từng quốc gia.
regional-view-notes =
    { $count ->
        [one] Chỉ hiển thị cho bạn: 1 lưu ý có nêu tên tệp
       *[other] Chỉ hiển thị cho bạn: { $count } lưu ý có nêu tên tệp
    }
regional-view-score-axis = Điểm (0–100)
regional-view-boxes = Từ thấp nhất đến cao nhất, trung vị
regional-view-mean = Trung bình
regional-view-dialog = Góc nhìn khu vực — chọn bản đánh giá của các quốc gia
regional-view-files-filter = Tệp normcheck (JSON, .age được bảo vệ)
regional-view-type-passphrase = { $file } được bảo vệ: hãy nhập cụm mật khẩu của tệp này ở ô phía trên
regional-view-give-checklist = { $error }; hãy chỉ định tệp của danh mục kiểm tra đó tại ô “Tệp danh mục kiểm tra”

status-software-drawing = Không dùng card đồ họa: cửa sổ được vẽ bằng bộ xử lý ({ $adapter } qua { $api }); ứng dụng vẫn hoạt động nhưng có thể chậm hơn.
startup-failed = Không khởi động được normcheck

protect-damaged-unknown-format = tệp dùng một định dạng age mà phiên bản normcheck này không nhận biết được
protect-damaged-header = không đọc được phần đầu (header) của tệp (bị cắt cụt hoặc bị thay đổi)
protect-damaged-altered = phần đầu (header) của tệp đã bị thay đổi
protect-damaged-content = nội dung của tệp bị cắt cụt hoặc đã bị thay đổi
autosave-stopped = quá trình tự động lưu bị dừng ngoài dự kiến

## Thông báo của dòng lệnh

cli-nothing-written-problems =
    { $file }: không ghi gì: { $count ->
        [one] 1 vấn đề
       *[other] { $count } vấn đề
    }
cli-checklist-written = Đã ghi { $file } ({ $norms } chuẩn mực, { $items } mục)

## Bảng tính danh mục kiểm tra (normcheck checklist export / template): tên trang tính và tên cột giữ nguyên bằng tiếng Anh vì được đọc lại khi nhập

checklist-sheet-title = Danh mục kiểm tra của normcheck — { $title } (phiên bản { $version })
checklist-sheet-template-title = Mẫu danh mục kiểm tra của normcheck
checklist-sheet-howto-import = Bảng tính này là một danh mục kiểm tra của normcheck: gồm các nội dung được hỏi và thang đánh giá được sử dụng. Hãy điền vào các trang tính, sau đó chạy lệnh: normcheck checklist import FILE.xlsx -o CHECKLIST.json
checklist-sheet-howto-details = Trang tính Checklist: mã của danh mục kiểm tra (các bản đánh giá tham chiếu đến mã này; không bao giờ thay đổi mã khi đã có bản đánh giá), phiên bản, tiêu đề và mô tả của danh mục, và việc có cho phép đánh dấu các mục là không áp dụng hay không (Yes [có] hoặc No [không]).
checklist-sheet-howto-sources = Trang tính Sources: các văn bản làm căn cứ cho danh mục kiểm tra (mã, ví dụ A/70/174; tiêu đề; ghi chú).
checklist-sheet-howto-scale = Trang tính Scale: các mức độ trả lời, mức thấp nhất xếp trước: giá trị là số nguyên, nhãn ngắn gọn và ý nghĩa của mức độ.
checklist-sheet-howto-bands = Trang tính Bands: nhãn của các khoảng điểm (khung điểm), khung thấp nhất xếp trước: điểm tối thiểu (0–100) và nhãn.
checklist-sheet-howto-areas = Trang tính Focus areas: các lĩnh vực trọng tâm mang tính xuyên suốt, có thể gắn cho các mục (mã, tiêu đề, mô tả).
checklist-sheet-howto-norms = Trang tính Norms: mỗi chuẩn mực một dòng (mã, ví dụ a; tiêu đề; tóm tắt; nguồn; loại: positive [kêu gọi hành động], restraint [kêu gọi kiềm chế] hoặc mixed [kêu gọi hành động và kiềm chế]).
checklist-sheet-howto-items = Trang tính Items: mỗi hành động thực tiễn một dòng, theo thứ tự: mã riêng (ví dụ a.1), mã của chuẩn mực tương ứng, nội dung, hướng dẫn, gợi ý minh chứng, mã các lĩnh vực trọng tâm phân cách bằng dấu phẩy, trọng số lớn hơn 0 (để trống nghĩa là 1) và căn cứ.
checklist-sheet-howto-translations = Trang tính Translations: nội dung của danh mục kiểm tra bằng các ngôn ngữ khác. Mỗi dòng là một nội dung (khóa và bản tiếng Anh); hãy thêm một cột có tiêu đề là mã ngôn ngữ (th, vi, id, km, lo, my, ms, fil, ...) và ghi các bản dịch vào cột đó. Ô để trống sẽ giữ nguyên bản tiếng Anh.
checklist-sheet-howto-problems = Khi nhập, bảng tính được kiểm tra như một tệp danh mục kiểm tra và ô chứa từng vấn đề đều được chỉ rõ (ví dụ Items!G5).
cli-warning-label = cảnh báo
cli-note-label = lưu ý
cli-file-exists = { $file }: tệp đã tồn tại; hãy chọn tên khác hoặc thêm --force để thay thế tệp
cli-file-exists-force = { $file }: tệp đã tồn tại; hãy thêm --force để thay thế tệp
cli-stdout-failed = không ghi được ra đầu ra chuẩn: { $reason }
cli-pdf-needs-output = tệp PDF không được ghi ra đầu ra chuẩn: hãy chỉ định -o FILE.pdf
cli-no-assessments = chưa chỉ định bản đánh giá nào
cli-two-assessments = cần có hai bản đánh giá
cli-valid-checklist = danh mục kiểm tra hợp lệ “{ $id }” phiên bản { $version } ({ $norms } chuẩn mực, { $items } mục, { $areas } lĩnh vực trọng tâm)
cli-valid-spreadsheet = { $summary } (bảng tính)
cli-valid-session = bản đánh giá hợp lệ theo danh mục kiểm tra “{ $id }” (đã trả lời { $answered }/{ $items } mục)
cli-valid-protected = { $summary } (được bảo vệ)
cli-differing-checklist = { $file }: cảnh báo: tệp danh mục kiểm tra { $checklist } khác với bản sao của danh mục kiểm tra “{ $id }” phiên bản { $version } được lưu trong bản đánh giá; đã kiểm tra theo bản sao đã lưu (thêm --use-checklist-file để kiểm tra theo tệp)
cli-score-no-state = (chưa nêu Quốc gia thành viên)
cli-score-norm = Chuẩn mực
cli-score-score = Điểm
cli-score-band = Khung điểm
cli-score-completion = Tỷ lệ hoàn thành
cli-score-overall = Tổng thể (trung bình cộng điểm các chuẩn mực)
cli-score-area = Lĩnh vực trọng tâm
cli-score-answered = Đã trả lời { $answered }/{ $items } mục ({ $na } mục không áp dụng).
cli-member-state-empty = --member-state không được để trống
cli-created = Đã tạo { $file } cho { $state } ({ $items } mục, danh mục kiểm tra { $id } { $version })
cli-already-protected = { $file }: bản đánh giá đã được bảo vệ (hãy dùng normcheck unprotect trước, hoặc đổi cụm mật khẩu trong ứng dụng)
cli-protected = Đã bảo vệ { $file } bằng cụm mật khẩu
cli-protected-name-hint = Đã bảo vệ { $file } bằng cụm mật khẩu (hãy đặt tên các tệp được bảo vệ theo dạng *.{ $extension } để dễ phân biệt)
cli-not-protected = { $file }: bản đánh giá không được bảo vệ; không có gì cần làm
cli-unprotected = Đã ghi { $file } dưới dạng JSON thông thường: ai đọc được tệp đều đọc được bản đánh giá
cli-pass-needs-terminal = { $file }: hãy chỉ định --passphrase-file hoặc chạy lệnh trong cửa sổ dòng lệnh (terminal) để chọn cụm mật khẩu
cli-pass-new = Cụm mật khẩu mới cho { $file }:{ " " }
cli-pass-again = Nhập lại cụm mật khẩu:{ " " }
cli-pass-differ = hai cụm mật khẩu không khớp nhau; không ghi gì
cli-pass-for = Cụm mật khẩu của { $file }:{ " " }
cli-pass-unreadable = không đọc được cụm mật khẩu: { $reason }
cli-pass-empty = cụm mật khẩu đang để trống
cli-pass-not-utf8 = { $file }: cụm mật khẩu không phải là văn bản UTF-8
cli-upgrade-wrote = Đã ghi { $file }: bản đánh giá đã được chuyển từ phiên bản { $from } sang phiên bản { $to } của danh mục kiểm tra ({ $input } được giữ nguyên)
cli-upgrade-carried = số câu trả lời được chuyển theo mã mục: { $count }
cli-upgrade-merged-both = { $old } được gộp vào { $into }: cả hai mục đều đã có câu trả lời: giữ mức độ thấp hơn, cùng cả hai ghi chú (mỗi ghi chú có ghi kèm mã mục)
cli-upgrade-merged = { $old } được gộp vào { $into }: câu trả lời của mục này được chuyển sang { $into }
cli-upgrade-removed = { $id } đã bị loại bỏ; câu trả lời của mục này không có trong tệp mới. { $why }
cli-upgrade-added = các mục mới, chưa được trả lời: { $ids }
cli-no-folder = { $folder }: thư mục không tồn tại
cli-no-agencies = { $file }: chưa có mục nào được giao cơ quan chủ trì; hãy phân công cơ quan chủ trì trước (trường owner, hoặc chức năng Phân công cơ quan chủ trì trong ứng dụng)
cli-split-part =
    { $agency }: { $count ->
        [one] 1 mục
       *[other] { $count } mục
    } → { $file }
cli-split-protected = Các phần đóng góp được bảo vệ bằng cụm mật khẩu của bản đánh giá.
cli-split-unassigned =
    { $count ->
        [one] 1 mục chưa có cơ quan chủ trì và vẫn do đơn vị điều phối đảm nhận.
       *[other] { $count } mục chưa có cơ quan chủ trì và vẫn do đơn vị điều phối đảm nhận.
    }
cli-merged =
    Đã hợp nhất { $changes ->
        [one] 1 thay đổi
       *[other] { $changes } thay đổi
    } từ { $contributions ->
        [one] 1 phần đóng góp
       *[other] { $contributions } phần đóng góp
    } vào { $file }
cli-conflict = CONFLICT { $item } { $field }: giữ { $kept }; { $values }
cli-conflicts-to-settle =
    { $count ->
        [one] 1 xung đột cần giải quyết
       *[other] { $count } xung đột cần giải quyết
    }: hãy mở { $file } trong normcheck (Tệp → Hợp nhất phần đóng góp… liệt kê các xung đột này).
cli-sheet-not-encrypted = { $file }: bản đánh giá được bảo vệ, nhưng bảng tính không được mã hóa: hãy lưu trữ và gửi bảng tính một cách cẩn trọng
cli-sheet-changed =
    { $count ->
        [one] 1 mục đã thay đổi
       *[other] { $count } mục đã thay đổi
    }
cli-sheet-changed-partial =
    { $count ->
        [one] 1 mục đã thay đổi
       *[other] { $count } mục đã thay đổi
    }; { $cells ->
        [one] 1 ô bị bỏ qua (--partial)
       *[other] { $cells } ô bị bỏ qua (--partial)
    }
cli-sheet-nothing-written =
    không ghi gì: { $cells ->
        [one] 1 ô không dùng được (hãy sửa ô đó, hoặc thêm --partial để ghi phần còn lại)
       *[other] { $cells } ô không dùng được (hãy sửa các ô đó, hoặc thêm --partial để ghi phần còn lại)
    }
cli-not-a-language-code = “{ $code }” không phải là mã ngôn ngữ (ví dụ lo, my hoặc th)
cli-translate-wrote = đã ghi { $file }: { $messages } thông điệp (đã dịch { $translated }) và { $texts } nội dung của danh mục kiểm tra
cli-cannot-read = { $file }: không đọc được tệp: { $reason }
cli-translate-nothing-installed =
    { $file }: không cài đặt gì: { $count ->
        [one] 1 ô cần sửa
       *[other] { $count } ô cần sửa
    }
cli-translate-installed = đã cài đặt { $code } ({ $messages } thông điệp, { $texts } nội dung của danh mục kiểm tra) vào { $folder }
cli-translate-no-text = danh mục kiểm tra có sẵn không có nội dung “{ $key }”
cli-translate-no-data-folder = máy tính này không có thư mục dữ liệu cho normcheck
cli-translate-bad-message = thông điệp không hợp lệ: hãy kiểm tra các dấu ngoặc nhọn { "{" } { "}" } và, đối với lựa chọn theo số, các [biến thể] của thông điệp
cli-translate-unknown-id = normcheck không có thông điệp “{ $id }”
cli-translate-missing = thiếu { $id }
cli-translate-placeables-lost = thiếu { $placeables }: hãy giữ nguyên như trong bản tiếng Anh
cli-translate-placeables-unknown = có { $placeables }, vốn không có trong bản tiếng Anh
cli-origin-builtin = có sẵn
cli-origin-installed = được cài đặt tại { $folder }
cli-origin-pseudo = ngôn ngữ giả dùng để kiểm thử
cli-translate-language = { $code } { $name }: { $own }/{ $total } thông điệp, { $translated }/{ $texts } nội dung của danh mục kiểm tra ({ $origin })
cli-hint-give-checklist = hãy chỉ định tệp của danh mục kiểm tra đó bằng --checklist FILE
cli-hint-give-passphrase = hãy chỉ định --passphrase-file hoặc chạy lệnh trong cửa sổ dòng lệnh (terminal)
cli-hint-use-checklist-file = thêm --use-checklist-file để đọc bản đánh giá theo tệp danh mục kiểm tra
cli-hint-see-every-problem = hãy chạy normcheck validate để xem tất cả các vấn đề
cli-hint-import-spreadsheet = bảng tính của một bản đánh giá được nhập vào chính bản đánh giá đó bằng `normcheck sheet import`; bảng tính của một danh mục kiểm tra được chỉ định làm danh mục kiểm tra (--checklist FILE.xlsx)
cli-hint-prepare-contributions = hãy tạo các phần đóng góp bằng normcheck split
cli-hint-name-member-state = hãy nêu Quốc gia thành viên bằng `normcheck new --member-state`, hoặc trong ứng dụng tại phần Thông tin chung
cli-hint-one-checklist = hoặc chỉ định --checklist FILE để đọc mọi tệp theo cùng một danh mục kiểm tra

## Các vấn đề phát hiện trong tệp và lý do tệp bị từ chối

problem-at = tại { $path }: { $message }
problem-error = lỗi: { $problem }
problem-warning = cảnh báo: { $problem }
problems-none = không có vấn đề nào
problems-many = { $count } vấn đề: { $list }
json-ends-early = tệp kết thúc quá sớm (có thể bị cắt cụt hoặc sao chép chưa đầy đủ) tại dòng { $line } cột { $column }
json-syntax = tệp không phải là JSON hợp lệ (có thể đã bị hỏng): { $detail }
json-unreadable = không đọc được tệp: { $detail }
json-unexpected = nội dung không mong đợi: { $detail }
problem-empty = không được để trống
problem-scale-empty = thang đánh giá không có mức độ nào
problem-level-twice = giá trị mức độ { $value } xuất hiện nhiều lần
problem-level-negative = giá trị mức độ phải từ 0 trở lên
problem-levels-order = giá trị các mức độ phải theo thứ tự tăng dần
problem-top-level-zero = mức độ cao nhất phải lớn hơn 0, vì điểm số được tính bằng cách chia cho mức độ này
problem-band-outside = { $min } nằm ngoài khoảng 0–100
problem-bands-order = điểm tối thiểu của các khung điểm phải theo thứ tự tăng dần
problem-bands-start = khung điểm đầu tiên không bắt đầu từ 0: các điểm thấp hơn sẽ không thuộc khung điểm nào
problem-area-twice = mã lĩnh vực trọng tâm "{ $id }" xuất hiện nhiều lần
problem-no-norms = danh mục kiểm tra không có chuẩn mực nào
problem-norm-twice = mã chuẩn mực "{ $id }" xuất hiện nhiều lần
problem-norm-empty = chuẩn mực "{ $id }" không có mục nào
problem-area-unused = không có mục nào gắn với lĩnh vực trọng tâm "{ $id }"; lĩnh vực này sẽ không có điểm
problem-item-twice = mã mục "{ $id }" đã được sử dụng tại { $first }
problem-weight = trọng số phải lớn hơn 0 và tối đa là { $max }, nhưng giá trị là { $found }
problem-area-unknown = lĩnh vực trọng tâm "{ $id }" không xác định
problem-area-listed-twice = lĩnh vực trọng tâm "{ $id }" được liệt kê hai lần
problem-not-language-code = "{ $code }" không phải là mã ngôn ngữ (ví dụ "th" hoặc "vi")
problem-translation-unused = danh mục kiểm tra không có nội dung "{ $key }"; bản dịch này không được sử dụng
problem-other-checklist = bản đánh giá được lập theo danh mục kiểm tra "{ $session }", không phải "{ $checklist }"
problem-other-version = bản đánh giá được lập theo phiên bản "{ $session }" của danh mục kiểm tra; đang đọc theo phiên bản "{ $checklist }"
problem-no-such-item = danh mục kiểm tra không có mục này; câu trả lời được giữ lại nhưng không được tính điểm
problem-not-a-level = { $level } không phải là mức độ của thang đánh giá (các giá trị hợp lệ: { $allowed })
problem-na-not-allowed = danh mục kiểm tra này không cho phép đánh dấu các mục là không áp dụng
problem-na-unjustified = được đánh dấu không áp dụng nhưng chưa nêu lý do
problem-copy-format = giá trị cần có là "{ $expected }", nhưng giá trị hiện có là "{ $found }"
problem-copy-version = giá trị cần có là từ 1 đến { $max }, nhưng giá trị hiện có là { $found }
problem-copy-other-checklist = bản sao là của danh mục kiểm tra "{ $copy }", nhưng bản đánh giá được lập theo "{ $session }"
problem-level-and-na = một câu trả lời không thể vừa có mức độ vừa được đánh dấu không áp dụng
problem-differing-checklist = tệp danh mục kiểm tra { $file } khác với bản sao của danh mục kiểm tra "{ $id }" phiên bản { $version } được lưu trong bản đánh giá; bản sao đã lưu được sử dụng
cell-not-a-level = "{ $text }" không phải là mức độ của thang đánh giá ({ $levels })
cell-level-mismatch = mức độ { $value } là "{ $label }", không phải "{ $text }": hãy chọn trong danh sách hoặc chỉ nhập số của mức độ
cell-not-yes-no = "{ $text }" không phải là Có hoặc Không (Yes hoặc No)
cell-not-a-date = không phải là ngày
cell-number-not-date = { $text } là một số, không phải là ngày (YYYY-MM-DD)
cell-text-not-date = "{ $text }" không phải là ngày (YYYY-MM-DD)
cell-not-a-priority = "{ $text }" không phải là mức ưu tiên ({ $priorities })
cell-not-a-support-kind = "{ $text }" không phải là loại hỗ trợ ({ $kinds }); hãy ghi chú ở các dòng bên dưới các loại hỗ trợ
cell-no-support-kind = hãy ghi ít nhất một loại hỗ trợ ở dòng đầu tiên
cell-item-twice = mục "{ $item }" cũng có ở dòng { $row }
cell-no-item-id = dòng này có câu trả lời nhưng không có mã mục
cell-unknown-item = danh mục kiểm tra "{ $checklist }" không có mục "{ $item }"
cell-level-and-na = vừa có mức độ vừa có Không áp dụng: hãy xóa mức độ hoặc đặt Không áp dụng là Không
cell-language-code = "{ $code }" không phải là mã ngôn ngữ (ví dụ th hoặc vi)
cell-language-here = mã ngôn ngữ (ví dụ lo hoặc my) cần được ghi ở ô này, bên cạnh ô "Language"
field-not-a-date = "{ $text }" không phải là ngày
field-not-true-false = giá trị cần có là true hoặc false, nhưng giá trị hiện có là { $found }
field-not-support = không phải là dữ liệu nhu cầu hỗ trợ hợp lệ: { $detail }
field-unknown = "{ $field }" không phải là trường của câu trả lời
field-not-text = giá trị cần có là văn bản, nhưng giá trị hiện có là { $found }
field-not-a-level = { $found } không phải là mức độ
field-not-level-na = { $found } không phải là mức độ, "na" hoặc null
field-not-references = giá trị cần có là danh sách minh chứng, nhưng giá trị hiện có là { $found }
field-not-a-priority = "{ $text }" không phải là mức ưu tiên
cell-not-a-checklist-field = "{ $field }" không phải là trường của danh mục kiểm tra ({ $fields })
cell-level-whole-number = giá trị của mức độ phải là số nguyên
cell-band-number = điểm tối thiểu phải là một số (0–100)
cell-not-a-kind = "{ $kind }" không phải là loại hợp lệ (positive, restraint hoặc mixed)
cell-not-a-norm = "{ $norm }" không phải là mã của chuẩn mực nào trên trang tính { $sheet }
cell-weight-number = trọng số phải là một số lớn hơn 0
read-failed = không đọc được tệp: { $reason }
read-too-large = tệp có dung lượng { $size } byte, vượt giới hạn { $limit } byte; đây không phải là tệp của normcheck
protect-wrong-passphrase = cụm mật khẩu không đúng
protect-not-passphrase = tệp được mã hóa bằng khóa, không phải được bảo vệ bằng cụm mật khẩu; normcheck chỉ mở các tệp được bảo vệ bằng cụm mật khẩu
protect-too-much-work = cơ chế bảo vệ bằng cụm mật khẩu của tệp đòi hỏi hệ số công việc (work factor) { $required }, vượt giới hạn { $max }; tệp không được mở (mở một tệp được tạo theo cách này có thể mất nhiều phút và nhiều gigabyte bộ nhớ)
protect-damaged = tệp được bảo vệ đã bị hỏng: { $detail }
protect-encrypt-failed = không mã hóa được: { $detail }
io-permission = không có quyền truy cập (có thể bạn không được phép ghi vào vị trí đó, hoặc một chương trình khác đang giữ tệp)
io-disk-full = ổ đĩa đã đầy
io-read-only-drive = ổ đĩa ở chế độ chỉ đọc
io-quota = đã vượt hạn mức dung lượng đĩa
io-no-folder = thư mục không tồn tại
doc-noun-checklist = danh mục kiểm tra
doc-noun-session = bản đánh giá
doc-noun-recovery = bản tự động lưu
doc-noun-checklist-or-session = danh mục kiểm tra hoặc bản đánh giá
doc-wrong-format = đây không phải là tệp { $expected } của normcheck ({ $found })
doc-bad-version = "format_version" phải là số nguyên từ 1 trở lên, nhưng giá trị hiện có là { $found }
doc-no-version = "format_version" phải là số nguyên từ 1 trở lên, nhưng tệp không có trường này
doc-too-new = { $noun } này được tạo bằng một phiên bản mới hơn của normcheck (phiên bản định dạng { $found }; phiên bản normcheck này chỉ đọc được đến phiên bản định dạng { $supported }); hãy cập nhật normcheck để mở
doc-migration = không nâng cấp được từ phiên bản định dạng { $from }: { $detail }
doc-shape = tại { $path }: { $detail }
doc-top-level = cấp ngoài cùng
doc-spreadsheet = đây không phải là tệp { $expected } của normcheck (đây là một bảng tính)
doc-assessment-spreadsheet = đây là bảng tính của một bản đánh giá, không phải danh mục kiểm tra
doc-not-workbook = đây không phải là bảng tính (.xlsx): { $found }
found-top-level = cấp ngoài cùng là { $kind }, không phải một đối tượng
found-no-format = tệp không có trường "format"
found-normcheck-file = đây là tệp { $noun } của normcheck
found-format-is = trường "format" có giá trị "{ $format }"
found-format-type = trường "format" là { $kind }
found-format-unknown = trường "format" bị thiếu hoặc có giá trị không xác định
found-protected-checklist = tệp được bảo vệ bằng cụm mật khẩu; danh mục kiểm tra không bao giờ được bảo vệ
found-protected-inside = tệp được bảo vệ bằng cụm mật khẩu bên trong một tệp được bảo vệ khác
found-protected = tệp được bảo vệ bằng cụm mật khẩu
found-json = đây là một tệp JSON
found-not-workbook = đây không phải là bảng tính mà normcheck đọc được
json-type-null = null
json-type-boolean = một giá trị boolean
json-type-number = một số
json-type-string = một chuỗi
json-type-array = một mảng
json-type-object = một đối tượng
open-not-built-in = { $file }: bản đánh giá sử dụng danh mục kiểm tra "{ $id }", vốn không có sẵn trong normcheck và không được lưu trong bản đánh giá
open-copy-damaged = { $file }: bản sao danh mục kiểm tra được lưu trong bản đánh giá đã bị hỏng: { $problem }
open-passphrase-needed = { $file } được bảo vệ
open-wrong-passphrase = { $file }: cụm mật khẩu không đúng
open-and-more = { $first } (và { $more } vấn đề khác)
open-does-not-fit = bản đánh giá không phù hợp với danh mục kiểm tra của bản đánh giá đó
write-folder-missing = không ghi được { $file }: thư mục { $folder } không tồn tại
write-not-a-file = không ghi được { $file }: đây là { $kind }, không phải tệp thông thường; hãy chọn một tên tệp
write-kind-folder = một thư mục
write-kind-device = một thiết bị
write-kind-socket = một socket
write-kind-broken-link = một liên kết trỏ đến tệp không tồn tại
write-kind-other = một đối tượng khác
write-read-only = { $file } là tệp chỉ đọc; tệp được giữ nguyên (hãy chọn tệp khác, hoặc cho phép thay thế tệp)
write-is-input = { $file } cũng là một tệp đầu vào; ghi vào đó sẽ làm hỏng tệp, vì vậy không ghi gì (hãy chọn tệp đầu ra khác)
write-locked = không ghi được { $file }: tệp đang được một chương trình khác sử dụng (đã thử { $tries } lần trong { $seconds } giây); hãy đóng tệp trong chương trình đó rồi lưu lại — tệp được giữ nguyên
write-failed = không ghi được { $file }: { $reason }
save-unfit = { $file }: chưa lưu, vì không mở lại được tệp: { $problems }
save-encode = { $file }: không chuyển được bản đánh giá sang định dạng lưu trữ: { $detail }
workbook-write-failed = không ghi được bảng tính: { $detail }
workbook-too-long = nội dung cột { $column } của mục { $item } dài hơn mức một ô bảng tính có thể chứa ({ $max } ký tự); hãy rút gọn trước
workbook-unreadable = không phải là bảng tính .xlsx đọc được: { $detail }
workbook-missing-sheet = bảng tính không có trang tính nào tên là "{ $sheet }"
workbook-too-far = ô { $cell } chứa giá trị nằm ngoài phạm vi { $rows } dòng và { $columns } cột mà normcheck đọc; hãy xóa giá trị đó (hoặc mọi nội dung sau dòng cuối cùng đang sử dụng) rồi thử lại
workbook-too-big = bảng tính khi giải nén có dung lượng hơn { $megabytes } MB, lớn hơn nhiều so với mức cần thiết cho bất kỳ danh mục kiểm tra hay bản đánh giá nào; tệp có thể đã bị hỏng hoặc được tạo ra nhằm làm cạn kiệt bộ nhớ
workbook-missing-column = { $sheet }!{ $cell }: dòng tiêu đề không có cột "{ $column }"
edit-unknown-item = danh mục kiểm tra không có mục "{ $item }"
edit-unknown-level = { $level } không phải là mức độ của thang đánh giá
edit-no-conflict = không có xung đột nào ở trường { $field } của mục { $item }
merge-not-contribution = { $name }: đây không phải là phần đóng góp
merge-other-session = { $name }: phần đóng góp này được chuẩn bị từ một bản đánh giá khác ({ $origin }), không phải từ bản đánh giá này ({ $base })
merge-other-checklist = { $name }: phần đóng góp này dùng danh mục kiểm tra { $found }; bản đánh giá dùng { $expected }
merge-already-merged = { $name }: phần đóng góp của { $agency } được chuẩn bị lúc { $prepared } đã được hợp nhất vào bản đánh giá này
merge-given-twice = { $name }: cùng một phần đóng góp được chỉ định hai lần
upgrade-not-built-in = danh mục kiểm tra "{ $id }" phiên bản { $version } không có sẵn trong normcheck, vì vậy normcheck không biết phiên bản mới hơn nào của danh mục này
upgrade-no-way = normcheck không có cách nào chuyển danh mục kiểm tra "{ $id }" từ phiên bản { $from } sang phiên bản { $to }
upgrade-contribution = đây là phần đóng góp của "{ $agency }"; phần đóng góp này phải được hợp nhất vào bản đánh giá của đơn vị điều phối trước, sau đó mới chuyển được bản đánh giá đó
upgrade-scale-changed = phiên bản { $from } và { $to } dùng các thang đánh giá khác nhau, vì vậy không chuyển được các mức độ
upgrade-invalid = bản đánh giá sau khi chuyển sẽ không hợp lệ: { $detail }
regional-no-inputs = chưa chỉ định bản đánh giá nào
regional-zero-threshold = ngưỡng ẩn danh phải ít nhất là 1 quốc gia
regional-no-state = { $file }: bản đánh giá không nêu Quốc gia thành viên; góc nhìn khu vực cần mọi quốc gia đều được nêu tên
regional-contribution = { $file }: đây là phần đóng góp của { $agency } cho một bản đánh giá quốc gia, không phải bản đánh giá của một quốc gia; hãy hợp nhất tệp này vào bản đánh giá quốc gia trước
regional-checklist-differs = { $file }: được lập theo danh mục kiểm tra { $found }, nhưng { $first_file } được lập theo { $first }; góc nhìn khu vực cần cùng một phiên bản danh mục kiểm tra
regional-same-update = { $second }: bản đánh giá của { $state }, được sửa đổi gần nhất vào cùng thời điểm với { $first }; chỉ chỉ định bản cần được tính
report-layout-failed = không dàn trang được báo cáo PDF: { $detail }
language-unknown = không có ngôn ngữ "{ $code }"; các ngôn ngữ hiện có: { $available }
regional-note-superseded = { $file }: đã được thay thế bởi { $newer }, bản đánh giá mới hơn của { $state }
regional-note-incomplete = { $file }: bản đánh giá của { $state } mới hoàn thành { $percent }; các mục chưa trả lời được tính là 0
cell-number-not-level = { $value } không phải là mức độ của thang đánh giá ({ $levels })
error-not-recovered = Không khôi phục được nội dung chưa lưu
status-not-changed = Không thay đổi: { $reason }
error-window = không mở được cửa sổ: { $reason }
export-stopped = quá trình xuất bị dừng ngoài dự kiến
ui-hint-give-checklist = hãy chọn tệp của danh mục kiểm tra đó
ui-hint-give-passphrase = hãy nhập cụm mật khẩu của tệp
ui-hint-use-checklist-file = hãy chọn “Dùng tệp danh mục kiểm tra” để đọc theo tệp
ui-hint-see-every-problem = hãy chạy `normcheck validate` với tệp này để xem danh sách đầy đủ
ui-hint-import-spreadsheet = bảng tính của một bản đánh giá được nhập vào chính bản đánh giá đó bằng Tệp > Nhập bảng tính…; bảng tính của một danh mục kiểm tra được chọn làm danh mục kiểm tra của một bản đánh giá mới
ui-hint-prepare-contributions = hãy tạo các phần đóng góp bằng Chuẩn bị phần đóng góp… trên màn hình Nhóm
ui-hint-name-member-state = hãy nêu Quốc gia thành viên tại phần Thông tin chung
ui-hint-one-checklist = hoặc chọn một tệp tại ô “Tệp danh mục kiểm tra” để đọc mọi tệp theo tệp đó
pass-too-short = Hãy dùng ít nhất { $count } ký tự.
status-undone = Đã hoàn tác: { $what }
status-redone = Đã làm lại: { $what }
status-nothing-to-undo = Không có gì để hoàn tác
status-nothing-to-redo = Không có gì để làm lại
status-no-checklist-chosen = Không mở tệp nào: chưa chọn tệp danh mục kiểm tra cho { $file }
dialog-filter-pdf = Tài liệu PDF
dialog-filter-workbook = Bảng tính Excel
dialog-filter-checklists = Danh mục kiểm tra (JSON, bảng tính Excel)
dialog-filter-sessions = Tệp normcheck (JSON, .age được bảo vệ)
dialog-none = Không hiển thị được hộp thoại chọn tệp trên hệ thống này. Hãy nhập đường dẫn đầy đủ của tệp.
import-field-level = Mức độ / Không áp dụng
write-kind-pipe = một đường ống có tên (named pipe)

## Bản đánh giá mẫu (Exampleland) và Trợ giúp

cli-example-written = Đã ghi Exampleland, một quốc gia giả định, để thực hành: bản đánh giá năm nay { $this_year }, bản đánh giá năm trước { $last_year } (để so sánh), và phần đóng góp của { $count } cơ quan trong { $folder } (để hợp nhất: một phần đóng góp có một xung đột cần giải quyết).
start-example = Mở bản đánh giá mẫu (Exampleland)
start-example-hover = Một bản đánh giá hoàn chỉnh về một quốc gia giả định để thực hành; các bản đánh giá của bạn không bị ảnh hưởng.
status-example-opened = Đã mở bản đánh giá mẫu: Exampleland là một quốc gia giả định. Khi lưu, normcheck sẽ hỏi tên tệp mới.
menu-help = Trợ giúp
menu-help-guide = Hướng dẫn sử dụng
menu-help-keys = Phím tắt
menu-help-about = Giới thiệu về normcheck
menu-help-example = Mở bản đánh giá mẫu (Exampleland)
menu-help-save-guide = Lưu hướng dẫn dưới dạng PDF…
dialog-save-guide = Lưu hướng dẫn sử dụng dưới dạng PDF
help-title = Trợ giúp
help-contents = Mục lục
help-close = Đóng
keys-heading = Phím tắt
keys-intro = Các phím tắt của màn hình Lần lượt từng mục chỉ có tác dụng khi không có thành phần điều khiển nào (nút, ô nhập liệu hoặc hộp kiểm) đang có tiêu điểm bàn phím: trước hết hãy nhấn Esc hoặc nhấp chuột ra ngoài thành phần đó.
keys-col-keys = Phím
keys-col-what = Tác dụng
keys-scope-window = Mọi nơi
keys-scope-walkthrough = Lần lượt từng mục
keys-scope-field = Trong ô cụm mật khẩu hoặc ô đường dẫn tệp
keys-new = Đánh giá mới
keys-open = Mở một bản đánh giá
keys-save = Lưu
keys-save-as = Lưu dưới tên khác
keys-undo = Hoàn tác thay đổi gần nhất
keys-redo = Làm lại thao tác vừa hoàn tác
keys-help = Hướng dẫn sử dụng, mở tại phần về màn hình đang hiển thị
keys-next-item = Hành động thực tiễn tiếp theo
keys-previous-item = Hành động thực tiễn trước
keys-next-norm = Chuẩn mực tiếp theo
keys-previous-norm = Chuẩn mực trước
keys-level = Trả lời hành động đang chọn bằng mức độ tương ứng
keys-not-applicable = Đánh dấu hành động đang chọn là không áp dụng, hoặc bỏ đánh dấu
keys-details = Hiện hoặc ẩn chi tiết của hành động đang chọn
keys-confirm = Xác nhận nội dung đã nhập
keys-scope-focus = Nút, ô nhập liệu và hộp kiểm
keys-focus-next = Chuyển đến thành phần điều khiển tiếp theo (nhấn kèm Shift: thành phần trước đó). Thành phần đang có tiêu điểm bàn phím có một viền màu bao quanh.
keys-focus-press = Nhấn nút đang có tiêu điểm, hoặc chọn hay bỏ chọn hộp kiểm đang có tiêu điểm
keys-focus-leave = Rời khỏi thành phần điều khiển để các phím tắt của màn hình Lần lượt từng mục lại có tác dụng; trong hộp thoại hoặc cửa sổ Trợ giúp: đóng cửa sổ đó và quay lại chỗ bạn đang ở trước đó
about-heading = Giới thiệu về normcheck
about-version = normcheck phiên bản { $version }
about-purpose = Công cụ tự đánh giá mức độ một quốc gia đã thực hiện 11 chuẩn mực của Liên Hợp Quốc về hành xử có trách nhiệm của quốc gia trên không gian mạng (A/70/174, đoạn 13) và Kế hoạch Hành động Khu vực ASEAN, theo phong cách Danh mục kiểm tra việc thực hiện các chuẩn mực của ASEAN (ASEAN Norms Implementation Checklist).
about-offline = normcheck không bao giờ sử dụng mạng: mọi nội dung bạn nhập đều không rời khỏi máy tính này, trừ khi chính bạn gửi tệp đi.
about-data = Các tùy chọn, các ngôn ngữ đã cài đặt và các bản tự động lưu của công việc chưa lưu được lưu giữ tại: { $folder }
about-no-data = Máy tính này không cung cấp thư mục dữ liệu cho normcheck: các tùy chọn và bản tự động lưu sẽ không được lưu giữ.
about-licences = normcheck là phần mềm tự do theo giấy phép MIT hoặc Apache 2.0. Các phông chữ được sử dụng là Noto Sans, Noto Sans Thai, Khmer, Lao và Myanmar, theo giấy phép SIL Open Font License 1.1 (tệp OFL.txt nằm cạnh chương trình).
about-problems = Để phản ánh sự cố, hãy ghi lại những gì bạn đã làm, kết quả bạn mong đợi và những gì đã xảy ra, kèm theo thông báo hiển thị trên màn hình, rồi gửi cho nhóm đã cung cấp normcheck cho bạn. Không bao giờ gửi bản đánh giá mà bạn không có quyền chia sẻ; bản đánh giá mẫu (Exampleland) có thể tái hiện hầu hết các sự cố.
guide-title = Hướng dẫn sử dụng normcheck
guide-subtitle = Cách dùng normcheck để đánh giá tình hình thực hiện các chuẩn mực của Liên Hợp Quốc về hành xử có trách nhiệm của quốc gia trên không gian mạng ở quốc gia của bạn, dành cho cán bộ và giảng viên tập huấn.

## Hướng dẫn sử dụng: mỗi phần gồm một tiêu đề và vài đoạn ngắn; các từ ngữ trên màn hình được trích dẫn đúng như ứng dụng hiển thị

guide-start-title = Bắt đầu
guide-start-1 = normcheck hoạt động ngoại tuyến trên máy tính này. Trên màn hình khởi động, “Đánh giá mới…” hỏi Quốc gia thành viên của bạn cùng một vài thông tin, rồi mở một bản đánh giá trống theo danh mục kiểm tra có sẵn; “Mở…” mở một bản đánh giá đã lưu trước đó. Các tệp gần đây và công việc được tự động lưu cũng được liệt kê tại đây.
guide-start-2 = Để thực hành mà không ảnh hưởng đến bản đánh giá thật, hãy mở bản đánh giá mẫu: Exampleland là một quốc gia giả định, trong đó mọi hành động thực tiễn đều đã được trả lời. Khi lưu bản đánh giá này, normcheck luôn hỏi tên tệp mới.
guide-walk-title = Lần lượt từng mục
guide-walk-1 = Màn hình Lần lượt từng mục hiển thị các chuẩn mực ở bên trái và các hành động thực tiễn của chuẩn mực được chọn ở bên phải. Hãy trả lời từng hành động bằng một mức độ của thang đánh giá, từ “Chưa bắt đầu” đến “Đã thể chế hóa”. Danh sách bên cạnh cho biết mỗi chuẩn mực đã được trả lời đến đâu.
guide-walk-2 = “Chỉ hiển thị” thu hẹp danh sách vào các hành động chưa trả lời hoặc đã đánh dấu, hoặc các hành động được đánh dấu không áp dụng nhưng chưa nêu lý do. Các hành động cũng có thể được nhóm theo các lĩnh vực trọng tâm của Kế hoạch Hành động Khu vực ASEAN.
guide-walk-3 = Dùng bàn phím: phím mũi tên xuống và lên (hoặc J và K) để chuyển giữa các hành động, Page Down và Page Up để chuyển giữa các chuẩn mực, các chữ số để trả lời bằng một mức độ, N để đánh dấu một hành động là không áp dụng, và Enter để mở phần chi tiết của hành động đó.
guide-answer-title = Trả lời và minh chứng
guide-answer-1 = “Chi tiết…” của mỗi hành động hiển thị hướng dẫn và loại minh chứng cho thấy hành động đã được thực hiện. Hãy viết ghi chú, liệt kê minh chứng (mỗi dòng một minh chứng), nêu cơ quan chủ trì, đặt thời hạn và mức ưu tiên, và cho biết loại hỗ trợ nào sẽ hữu ích.
guide-answer-2 = Hành động không áp dụng đối với quốc gia của bạn được đánh dấu là không áp dụng, kèm theo lý do; hành động đó không được tính vào bất kỳ điểm số nào. “Đánh dấu cần rà soát” đánh dấu một câu trả lời cần xem lại sau.
guide-dash-title = Tổng quan: điểm số và khung điểm
guide-dash-1 = Màn hình Tổng quan hiển thị điểm tổng thể, điểm của từng chuẩn mực và từng lĩnh vực trọng tâm, tỷ lệ đã trả lời, và các khoảng trống: các hành động được áp dụng có câu trả lời dưới mức “Đã thực hiện” hoặc chưa được trả lời, hành động cấp thiết nhất xếp trước.
guide-dash-2 = Mỗi hành động có giá trị bằng mức độ của hành động đó chia cho mức độ cao nhất; điểm của một chuẩn mực bằng 100 × trung bình có trọng số của các hành động được áp dụng thuộc chuẩn mực đó, và điểm tổng thể là trung bình cộng điểm của các chuẩn mực. Các khung điểm là tên gọi của các khoảng điểm. Các chuẩn mực mang tính tự nguyện và không ràng buộc: điểm số thể hiện nhận định của chính quốc gia bạn, không phải là sự xếp hạng.
guide-save-title = Lưu và bảo vệ
guide-save-1 = Lưu bằng Tệp > Lưu (Ctrl+S). Cứ mỗi phút, công việc chưa lưu cũng được sao lưu riêng; nếu normcheck hoặc máy tính ngừng hoạt động, màn hình khởi động sẽ đề nghị khôi phục nội dung đó.
guide-save-2 = Bản đánh giá có thể được bảo vệ bằng cụm mật khẩu (Tệp > Bảo vệ bằng cụm mật khẩu…): khi đó, tệp và các bản tự động lưu của tệp đều được mã hóa. Không ai có thể khôi phục cụm mật khẩu đã bị quên. Hãy đặt mức độ nhạy cảm (ví dụ TLP:AMBER) trong phần “Thông tin chung”; mức độ này được in trên mọi trang của báo cáo.
guide-team-title = Công việc của nhóm trong năm
guide-team-1 = Trên màn hình Nhóm, hãy phân công cơ quan chủ trì cho từng hành động, sau đó “Chuẩn bị phần đóng góp…” sẽ ghi cho mỗi cơ quan một tệp chỉ gồm các hành động của cơ quan đó. Mỗi cơ quan trả lời trong normcheck và gửi lại tệp của mình.
guide-team-2 = “Hợp nhất phần đóng góp…” đưa các câu trả lời trở lại bản đánh giá. Khi một cơ quan và bản đánh giá của đơn vị điều phối thay đổi cùng một câu trả lời theo những cách khác nhau, màn hình Nhóm liệt kê xung đột cần giải quyết. “So sánh với lần đánh giá trước…” hiển thị tiến triển kể từ năm trước trên màn hình Tiến triển.
guide-report-title = Báo cáo
guide-report-1 = Tệp > Xuất báo cáo PDF ghi ra báo cáo dành cho các bộ trưởng và các cuộc họp: phần tóm tắt, điểm số, từng chuẩn mực cùng các hành động của chuẩn mực đó, kế hoạch hành động cho các khoảng trống, nhu cầu hỗ trợ và phương pháp. Báo cáo có thể được lập bằng một ngôn ngữ khác với ngôn ngữ của cửa sổ.
guide-report-2 = Báo cáo ghi mức độ nhạy cảm trên mọi trang; bản đánh giá chưa hoàn thành được ghi là dự thảo. Khi được so sánh với lần đánh giá trước, báo cáo cũng thể hiện tiến triển.
guide-sheet-title = Bảng tính
guide-sheet-1 = Tệp > Xuất bảng tính… ghi bản đánh giá thành một bảng tính Excel, dành cho những đồng nghiệp muốn trả lời trên đó. Tệp > Nhập bảng tính… đọc lại bảng tính đã chỉnh sửa và hiển thị mọi thay đổi trước khi áp dụng; ô nào không dùng được sẽ được chỉ rõ.
guide-regional-title = Góc nhìn khu vực
guide-regional-1 = Tệp > Góc nhìn khu vực… tổng hợp bản đánh giá của nhiều quốc gia thành số liệu chung của khu vực mà không làm lộ thông tin của riêng quốc gia nào: số liệu từ ít quốc gia hơn ngưỡng ẩn danh sẽ không được công bố. Báo cáo khu vực có thể được xuất dưới dạng PDF.
guide-trouble-title = Xử lý sự cố
guide-trouble-1 = Tệp không mở được sẽ bị từ chối, kèm thông báo nêu tên tệp và vấn đề; công việc đang mở của bạn không bị thay đổi. Trên dòng lệnh, normcheck validate FILE liệt kê mọi vấn đề của một tệp.
guide-trouble-2 = Nếu cửa sổ không mở được trên máy tính không có card đồ họa hoặc khi dùng Remote Desktop, hãy khởi động normcheck với biến môi trường WGPU_BACKEND=gl. Bảng tính và báo cáo không bao giờ được mã hóa: hãy lưu trữ và gửi chúng một cách cẩn trọng.
cli-guide-written = Đã ghi hướng dẫn sử dụng vào { $file }

guide-figure-walk = Màn hình Lần lượt từng mục khi đang mở bản đánh giá mẫu: các chuẩn mực ở bên trái, từng hành động thực tiễn cùng các mức độ, câu trả lời và phần chi tiết của hành động đó.
guide-figure-dash = Màn hình Tổng quan: điểm tổng thể, điểm của từng chuẩn mực và từng lĩnh vực trọng tâm, và các khoảng trống.
guide-figure-team = Màn hình Nhóm: các cơ quan chủ trì, việc gửi phần đóng góp đi và hợp nhất các phần đóng góp đó trở lại.
guide-figure-note = Các hình minh họa cho thấy ứng dụng được hiển thị bằng tiếng Anh, với bản đánh giá mẫu (Exampleland) đang mở.

status-no-file = Chưa lưu vào tệp

menu-view-zoom-in = Phóng to
menu-view-zoom-out = Thu nhỏ
menu-view-zoom-reset = Trở về 100%

## Problems found in files, and why a file was refused

# The status bar on start: which graphics adapter and interface draw the window ($api: Direct3D 12, Vulkan or OpenGL).
status-drawing = Đồ họa: { $adapter } qua { $api }.
# Before status-drawing when the first graphics interfaces tried could not draw ($failed: e.g. "Direct3D 12, Vulkan").
status-backend-failed = { $failed } không hoạt động được trên máy tính này.
# normcheck-cli, the console launcher, cannot find normcheck.exe beside it ($program: its full path). One line.
launcher-missing = Không tìm thấy { $program }: normcheck-cli khởi động chương trình normcheck nằm trong cùng thư mục với nó; hãy cài đặt lại normcheck hoặc để cả hai chương trình trong cùng một thư mục.
# normcheck-cli cannot start normcheck.exe ($reason: the system's explanation). One line.
launcher-cannot-start = không khởi động được { $program }: { $reason }
