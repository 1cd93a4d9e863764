//! Generated checklists and filled-in sessions, for tests, benchmarks and examples (benches and
//! examples include this file by path; not every one uses every function).
#![allow(dead_code)]

use time::macros::datetime;

use normcheck::checklist::{Checklist, FocusArea, Item, Norm, NormKind};
use normcheck::session::{Answer, Meta, Priority, Session};

/// A checklist shaped like `base` (same scale, bands and focus areas) with `items` items spread
/// over the same number of norms.
pub fn large_checklist(base: &Checklist, items: usize) -> Checklist {
    let norm_count = base.norms.len().max(1);
    let areas: Vec<&FocusArea> = base.focus_areas.iter().collect();
    let mut checklist = base.clone();
    checklist.id = format!("generated-{items}");
    checklist.norms = (0..norm_count)
        .map(|n| {
            let id = format!("n{n}");
            let count = items / norm_count + usize::from(n < items % norm_count);
            Norm {
                id: id.clone(),
                title: format!("Generated norm {n}"),
                summary: Some("A generated norm for measuring speed with many items.".into()),
                source: Some(format!("generated para. {n}")),
                kind: Some(NormKind::Positive),
                items: (0..count)
                    .map(|i| Item {
                        id: format!("{id}.{}", i + 1),
                        text: format!("Generated practical action number {} of norm {n}, long enough to wrap once on a narrow screen.", i + 1),
                        guidance: Some("What good implementation looks like, in a couple of sentences of generated guidance text.".into()),
                        evidence_hint: Some("Policy document; meeting minutes".into()),
                        focus_areas: areas
                            .get((n + i) % areas.len().max(1))
                            .map(|a| vec![a.id.clone()])
                            .unwrap_or_default(),
                        weight: 1.0 + (i % 2) as f64,
                        basis: Some("generated".into()),
                    })
                    .collect(),
            }
        })
        .collect();
    checklist
}

/// A checklist shaped like `base` whose `items` items repeat the built-in items' own texts
/// (cycling through them) over the same number of norms: realistic text at a large size.
pub fn repeated_checklist(base: &Checklist, items: usize) -> Checklist {
    let mut checklist = large_checklist(base, items);
    checklist.id = format!("repeated-{items}");
    let originals: Vec<&Item> = base.norms.iter().flat_map(|n| &n.items).collect();
    let mut k = 0;
    for norm in &mut checklist.norms {
        for item in &mut norm.items {
            if let Some(original) = originals.get(k % originals.len().max(1)) {
                item.text = original.text.clone();
                item.guidance = original.guidance.clone();
            }
            k += 1;
        }
    }
    checklist
}

/// The report benchmark's large case: 2,000 items repeating the built-in item texts (see
/// [`repeated_checklist`]), every one answered with a 500-character note and two evidence
/// entries.
pub fn large_report_case(base: &Checklist) -> (Checklist, Session) {
    repeated_report_case(base, 2000)
}

/// Like [`large_report_case`] with `items` items.
pub fn repeated_report_case(base: &Checklist, items: usize) -> (Checklist, Session) {
    let checklist = repeated_checklist(base, items);
    let mut session = filled_session(&checklist, 500);
    for (i, answer) in session.answers.values_mut().enumerate() {
        answer.evidence.push(format!(
            "Meeting minutes {}/2026, annex {}",
            300 + i,
            i % 9 + 1
        ));
    }
    (checklist, session)
}

/// A session whose only answer has a note of 20,000 characters without a space: the input
/// that once took 60 pages and 6.6 s.
pub fn long_word_session(checklist: &Checklist) -> Session {
    let mut session = filled_session(checklist, 0);
    session.answers.clear();
    if let Some((_, item)) = checklist.items().next() {
        let answer = Answer {
            level: checklist.scale.levels.first().map(|l| l.value),
            note: Some("A".repeat(20_000)),
            ..Answer::default()
        };
        session.answers.insert(item.id.clone(), answer);
    }
    session
}

/// A session answering every item of `checklist`: levels cycle through the scale, every
/// seventh item is N/A with a justification, and each answer carries a note of `note_chars`
/// characters, evidence, an owner, a target date and a priority.
pub fn filled_session(checklist: &Checklist, note_chars: usize) -> Session {
    let meta = Meta {
        member_state: Some("Viet Nam".into()),
        organisation: Some("Authority of Information Security".into()),
        assessors: vec!["Nguyễn Văn An".into(), "Trần Thị Bình".into()],
        title: Some("National implementation assessment".into()),
        reporting_period: Some("2026".into()),
        classification: Some("TLP:AMBER".into()),
        created: Some(datetime!(2026-11-01 09:00 UTC)),
        updated: Some(datetime!(2026-11-20 16:45 UTC)),
    };
    let mut session = Session::new(checklist, meta);
    // A fixed id: samples are the same on every run.
    session.id = Some("sample-session".to_owned());
    let levels: Vec<i64> = checklist.scale.levels.iter().map(|l| l.value).collect();
    let note_base = "Ghi chú về tiến độ thực hiện; the working group reviewed the drafts and agreed next steps. ";
    for (i, (_, item)) in checklist.items().enumerate() {
        let note: String = note_base.chars().cycle().take(note_chars).collect();
        let not_applicable = i % 7 == 6 && checklist.scale.not_applicable;
        let answer = Answer {
            level: (!not_applicable)
                .then(|| levels.get(i % levels.len().max(1)).copied())
                .flatten(),
            not_applicable,
            justification: not_applicable
                .then(|| "Not relevant to our institutional set-up.".into()),
            note: (note_chars > 0).then_some(note),
            evidence: vec![format!("Decision {}/2026", 100 + i)],
            owner: Some(
                [
                    "Ministry of Foreign Affairs",
                    "National CERT",
                    "Ministry of Public Security",
                    "Ministry of Defence",
                ][i % 4]
                    .into(),
            ),
            target_date: time::Date::from_ordinal_date(2027, (i % 365) as u16 + 1).ok(),
            priority: Some(Priority::ALL[i % 3]),
            flagged: i % 11 == 0,
            ..Answer::default()
        };
        session.answers.insert(item.id.clone(), answer);
    }
    session
}

/// Notes in the scripts written without spaces between words, one sentence each: Thai, Khmer,
/// Lao and Myanmar.
pub const SEA_NOTES: [&str; 4] = [
    "หน่วยงานได้จัดทำแผนรับมือเหตุการณ์ภัยคุกคามทางไซเบอร์ระดับชาติและประสานงานกับศูนย์ประสานการรักษาความมั่นคงปลอดภัยระบบคอมพิวเตอร์แห่งชาติ ",
    "ក្រសួងបានសហការជាមួយក្រុមឆ្លើយតបបន្ទាន់ផ្នែកកុំព្យូទ័រដើម្បីពង្រឹងកិច្ចការពារហេដ្ឋារចនាសម្ព័ន្ធសំខាន់ៗរបស់ប្រទេស ",
    "ກະຊວງໄດ້ສ້າງແຜນການຮັບມືກັບໄພຂົ່ມຂູ່ທາງໄຊເບີແລະຮ່ວມມືກັບອົງການຈັດຕັ້ງສາກົນເພື່ອແລກປ່ຽນຂໍ້ມູນ ",
    "ဝန်ကြီးဌာနသည်ဆိုက်ဘာလုံခြုံရေးဆိုင်ရာအမျိုးသားအဆင့်စီမံချက်ကိုရေးဆွဲပြီးနိုင်ငံတကာအဖွဲ့အစည်းများနှင့်ပူးပေါင်းဆောင်ရွက်လျက်ရှိသည် ",
];

/// [`filled_session`] with notes of `note_chars` characters in Thai, Khmer, Lao and Myanmar
/// (item by item in turn): the scripts whose lines break by dictionary.
pub fn filled_session_in_scripts(checklist: &Checklist, note_chars: usize) -> Session {
    let mut session = filled_session(checklist, note_chars);
    for (i, answer) in session.answers.values_mut().enumerate() {
        let base = SEA_NOTES[i % SEA_NOTES.len()];
        answer.note = Some(base.chars().cycle().take(note_chars).collect());
    }
    session
}
