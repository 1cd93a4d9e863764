//! Thai, Khmer, Lao and Myanmar put no spaces between words: the report breaks their lines
//! between words. Each multi-line note is read back from the PDF with `pdftotext`; it must come
//! out whole, and every line break must fall where ICU (PyICU, an implementation independent of
//! normcheck's ICU4X) allows one.

mod common;

use std::path::Path;
use std::process::Command;

use normcheck::checklist::builtin;
use normcheck::report::{Format, ReportOptions, render};
use normcheck::session::{Edit, Meta, Session, timestamp_now};

/// One sentence per script, about the work of a national team; each note holds it twice, so
/// that it runs over several lines.
const NOTES: [(&str, &str); 4] = [
    (
        "a.1",
        "หน่วยงานได้จัดทำแผนรับมือเหตุการณ์ภัยคุกคามทางไซเบอร์ระดับชาติและประสานงานกับศูนย์ประสานการรักษาความมั่นคงปลอดภัยระบบคอมพิวเตอร์แห่งชาติเพื่อแลกเปลี่ยนข้อมูลอย่างสม่ำเสมอ",
    ),
    (
        "a.2",
        "ក្រសួងបានសហការជាមួយក្រុមឆ្លើយតបបន្ទាន់ផ្នែកកុំព្យូទ័រដើម្បីពង្រឹងកិច្ចការពារហេដ្ឋារចនាសម្ព័ន្ធសំខាន់ៗរបស់ប្រទេស",
    ),
    (
        "a.3",
        "ກະຊວງໄດ້ສ້າງແຜນການຮັບມືກັບໄພຂົ່ມຂູ່ທາງໄຊເບີແລະຮ່ວມມືກັບອົງການຈັດຕັ້ງສາກົນເພື່ອແລກປ່ຽນຂໍ້ມູນ",
    ),
    (
        "a.4",
        "ဝန်ကြီးဌာနသည်ဆိုက်ဘာလုံခြုံရေးဆိုင်ရာအမျိုးသားအဆင့်စီမံချက်ကိုရေးဆွဲပြီးနိုင်ငံတကာအဖွဲ့အစည်းများနှင့်ပူးပေါင်းဆောင်ရွက်လျက်ရှိသည်",
    ),
];

fn note(sentence: &str) -> String {
    format!("{sentence} {sentence}")
}

/// The report's text as `pdftotext` reads it.
fn report_text(dir: &Path) -> String {
    let checklist = builtin().unwrap();
    let mut session = Session::new(&checklist, Meta::default());
    for (item, sentence) in NOTES {
        let edit = Edit::SetNote {
            item: item.into(),
            text: note(sentence),
        };
        session.apply(&checklist, edit, timestamp_now()).unwrap();
    }
    let options = ReportOptions {
        format: Format::Pdf,
        ..ReportOptions::default()
    };
    let pdf = dir.join("report.pdf");
    std::fs::write(&pdf, render(&checklist, &session, &options).unwrap()).unwrap();
    let out = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    String::from_utf8(out.stdout).unwrap()
}

/// Whether a line starts the next field or the next item ("a.2 Put in place…").
fn next_part(line: &str) -> bool {
    let first = line.split(' ').next().unwrap_or("");
    let item = first.split_once('.').is_some_and(|(n, i)| {
        n.len() == 1 && !i.is_empty() && i.chars().all(|c| c.is_ascii_digit())
    });
    line.is_empty() || line.contains(": ") || item
}

/// The lines a note was set on: from "Note: " to the next field or item.
fn note_lines(text: &str, start_of_note: &str) -> Vec<String> {
    let mut lines = text
        .lines()
        .skip_while(|l| !l.starts_with(&format!("Note: {start_of_note}")));
    let first = lines.next().expect("the note is in the report");
    let mut out = vec![first.trim_start_matches("Note: ").to_owned()];
    out.extend(lines.take_while(|l| !next_part(l)).map(str::to_owned));
    out
}

/// Where ICU (PyICU) allows line breaks in `text`, as byte offsets.
fn icu_opportunities(text: &str) -> Vec<usize> {
    let script = r#"
import icu, sys
t = sys.stdin.read()
bi = icu.BreakIterator.createLineInstance(icu.Locale.getRoot())
bi.setText(t)
u16 = t.encode('utf-16-le')
print(' '.join(str(len(u16[:b * 2].decode('utf-16-le').encode('utf-8'))) for b in bi))
"#;
    let mut child = Command::new("/usr/bin/python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("python3 with PyICU (python3-icu) is installed");
    use std::io::Write as _;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect()
}

#[test]
fn notes_in_thai_khmer_lao_and_myanmar_break_between_words_and_come_out_whole() {
    let dir = tempfile::tempdir().unwrap();
    let text = report_text(dir.path());
    for (_, sentence) in NOTES {
        let written = note(sentence);
        let lines = note_lines(
            &text,
            &sentence[..sentence.char_indices().nth(6).unwrap().0],
        );
        assert!(
            lines.len() >= 2,
            "the note runs over several lines: {lines:?}"
        );
        // Whole: the lines give back the note, the space at a break set as the line's end.
        let squeeze = |s: &str| s.split_whitespace().collect::<String>();
        assert_eq!(squeeze(&lines.concat()), squeeze(&written), "{lines:?}");
        // Every break between lines falls where ICU allows one.
        let allowed = icu_opportunities(&written);
        let mut at = 0;
        for line in &lines[..lines.len() - 1] {
            at += line.trim_end().len();
            while written[at..].starts_with(' ') {
                at += 1;
            }
            assert!(
                allowed.contains(&at),
                "a line ends inside a word: …{}|{}…",
                &written[written[..at].char_indices().rev().nth(4).map_or(0, |c| c.0)..at],
                written[at..].chars().take(5).collect::<String>()
            );
        }
    }
}

#[test]
fn the_threat_in_the_issue_stays_whole() {
    let dir = tempfile::tempdir().unwrap();
    let text = report_text(dir.path());
    let lines = note_lines(&text, "หน่วยงาน");
    // "คุกคาม" (threat) was cut in two before: never at a line's end or start now.
    assert!(
        !lines
            .iter()
            .any(|l| l.trim_end().ends_with("คุก") || l.starts_with("คาม")),
        "{lines:?}"
    );
}
