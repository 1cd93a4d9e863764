//! The report model as HTML + CSS for printpdf's HTML layout engine. Every piece of user text
//! goes through [`esc`]; the page furniture (running header and footer) is drawn separately.

use std::fmt::Write as _;

use super::model::{ActionRow, Chart, Cover, ItemEntry, NormSection, Report, Table};

/// Font families the layout may use, in fallback order (Latin and Vietnamese first).
pub(crate) const FONT_STACK: &str =
    r#""Noto Sans", "Noto Sans Thai", "Noto Sans Khmer", "Noto Sans Lao", "Noto Sans Myanmar""#;

/// Width of a full (100) chart bar, in CSS px.
const BAR_PX: f64 = 280.0;

const CSS: &str = r#"
body { font-size: 10pt; color: #111111; line-height: 1.35; overflow-wrap: anywhere; }
h1 { font-size: 22pt; font-weight: bold; margin: 0 0 8pt 0; }
h2 { font-size: 15pt; font-weight: bold; margin: 14pt 0 6pt 0; border-bottom: 1px solid #444444; }
h3 { font-size: 11pt; font-weight: bold; margin: 10pt 0 4pt 0; }
p { margin: 0 0 5pt 0; }
table { border-collapse: collapse; margin: 4pt 0 8pt 0; }
th { border: 1px solid #444444; padding: 2pt 4pt; background-color: #e6e6e6; font-weight: bold; text-align: left; }
td { border: 1px solid #444444; padding: 2pt 4pt; vertical-align: top; }
.marking { font-size: 12pt; font-weight: bold; border: 1px solid #000000; padding: 3pt 6pt; margin-bottom: 30pt; }
.draft { font-size: 13pt; font-weight: bold; color: #333333; margin: 4pt 0 16pt 0; }
.coverrow { display: flex; margin: 0 0 4pt 0; font-size: 11pt; }
.coverlabel { width: 130px; font-weight: bold; }
.covervalue { width: 500px; }
/* The layout engine only sees boxes that paint something: a white background makes a
   keep-together box visible to the page breaker. */
.keep { break-inside: avoid; page-break-inside: avoid; background-color: #ffffff; }
.newpage { page-break-after: always; break-after: page; }
.meta { color: #333333; margin-bottom: 2pt; }
.item { border-left: 2px solid #777777; padding: 0 0 1pt 6pt; margin: 0; }
.itemend { margin-bottom: 8pt; }
.itemtitle { font-weight: bold; margin-bottom: 2pt; }
.field { margin: 0; }
.note { margin-bottom: 3pt; }
.label { font-weight: bold; }
.row { display: flex; margin: 0 0 3pt 0; }
.barlabel { width: 250px; font-size: 9pt; }
.track { width: 280px; height: 11pt; border: 1px solid #999999; background-color: #f2f2f2; }
.bar { height: 11pt; background-color: #555555; border-right: 1px solid #000000; }
.grid { display: flex; border-bottom: 1px solid #888888; }
.head { font-weight: bold; background-color: #e6e6e6; border-top: 1px solid #444444; border-bottom: 1px solid #444444; }
.cell { padding: 2pt 4pt 2pt 0; font-size: 9pt; }
.th { font-family: "Noto Sans Thai"; }
.lo { font-family: "Noto Sans Lao"; }
.km { font-family: "Noto Sans Khmer"; }
.my { font-family: "Noto Sans Myanmar"; }
.value { width: 70px; padding-left: 4pt; font-size: 9pt; font-weight: bold; }
"#;

/// The report as `parts` or fewer HTML fragments whose concatenation is the whole document:
/// the front matter, the norms (split at norm boundaries into roughly equal shares of items),
/// and the action plan with the methodology. Each fragment after the first starts on a new
/// page. [`document`] wraps a fragment into a complete HTML document.
pub(crate) fn to_html_parts(report: &Report, parts: usize) -> Vec<String> {
    let mut front = String::with_capacity(16 * 1024);
    cover(&mut front, &report.cover);
    front.push_str("<h2>Executive summary</h2>");
    for p in &report.summary.paragraphs {
        let _ = write!(front, "<p>{}</p>", esc(p));
    }
    table(&mut front, &report.summary.counts);
    chart(&mut front, &report.norm_chart);
    chart(&mut front, &report.area_chart);

    let norm_shares = parts.saturating_sub(2).max(1);
    let total_items: usize = report.norms.iter().map(|n| n.items.len()).sum();
    let per_share = total_items.div_ceil(norm_shares).max(1);
    let mut norm_parts = vec![String::new()];
    let mut in_share = 0;
    for n in &report.norms {
        if in_share >= per_share && norm_parts.len() < norm_shares {
            norm_parts.push(String::new());
            in_share = 0;
        }
        if let Some(part) = norm_parts.last_mut() {
            norm(part, n);
        }
        in_share += n.items.len();
    }

    let mut back = String::with_capacity(16 * 1024);
    action_plan(&mut back, &report.action_plan);
    let m = &report.methodology;
    back.push_str(r#"<div class="keep"><h2>Methodology</h2><h3>Answer scale</h3>"#);
    grid(&mut back, &SCALE_COLUMNS, &m.levels);
    back.push_str("</div><h3>Scoring</h3>");
    for r in &m.rules {
        let _ = write!(back, "<p>• {}</p>", esc(r));
    }
    back.push_str(r#"<div class="keep"><h3>About this report</h3>"#);
    for p in &m.provenance {
        let _ = write!(back, "<p>{}</p>", esc(p));
    }
    back.push_str("</div>");

    let mut fragments = vec![front];
    fragments.extend(norm_parts);
    fragments.push(back);
    if parts <= 1 {
        let page_break = r#"<div class="newpage"></div>"#;
        return vec![document(&fragments.join(page_break))];
    }
    fragments.iter().map(|f| document(f)).collect()
}

/// A complete HTML document around a fragment of the report.
fn document(body: &str) -> String {
    format!(
        "<html><head><style>body {{ font-family: {FONT_STACK}; }}{CSS}</style></head><body>{body}</body></html>"
    )
}

fn cover(out: &mut String, c: &Cover) {
    if let Some(m) = &c.marking {
        let _ = write!(out, r#"<div class="marking">{}</div>"#, esc(m));
    }
    let _ = write!(out, "<h1>{}</h1>", esc(&c.title));
    if let Some(d) = &c.draft {
        let _ = write!(out, r#"<div class="draft">{}</div>"#, esc(d));
    }
    // Rows of fixed-width boxes, not a table: the engine does not wrap long table cells.
    let mut row = |k: &str, v: Option<&str>| {
        if let Some(v) = v {
            let _ = write!(
                out,
                r#"<div class="coverrow"><div class="coverlabel">{k}</div><div class="covervalue">{}</div></div>"#,
                esc(v)
            );
        }
    };
    row("Member State", Some(&c.member_state));
    row("Organisation", c.organisation.as_deref());
    let assessors = c.assessors.join(", ");
    row(
        "Assessors",
        (!assessors.is_empty()).then_some(assessors.as_str()),
    );
    row("Reporting period", c.reporting_period.as_deref());
    row("Date", Some(&c.date));
    row("Checklist", Some(&c.checklist));
    out.push_str(r#"<div class="newpage"></div>"#);
}

fn chart(out: &mut String, chart: &Chart) {
    let _ = write!(out, r#"<div class="keep"><h3>{}</h3>"#, esc(&chart.title));
    for bar in &chart.bars {
        let (width, value) = match bar.value {
            Some(v) => (
                (v.clamp(0.0, 100.0) / 100.0 * BAR_PX).round(),
                format!("{v:.1}"),
            ),
            None => (0.0, "no score".to_owned()),
        };
        let _ = write!(
            out,
            r#"<div class="row"><div class="barlabel">{}</div><div class="track"><div class="bar" style="width: {width}px"></div></div><div class="value">{value}</div></div>"#,
            esc(&bar.label)
        );
    }
    out.push_str("</div>");
}

fn norm(out: &mut String, n: &NormSection) {
    // The heading, the norm's facts and the start of its first item stay together; the rest
    // of that item may follow on the next page (a long note cannot be kept with a heading).
    let _ = write!(out, r#"<div class="keep"><h2>{}</h2>"#, esc(&n.heading));
    if let Some(s) = &n.summary {
        let _ = write!(out, "<p>{}</p>", esc(s));
    }
    if let Some(s) = &n.source {
        let _ = write!(out, r#"<div class="meta">Source: {}</div>"#, esc(s));
    }
    let _ = write!(
        out,
        r#"<div class="meta"><span class="label">Score:</span> {} · <span class="label">Completion:</span> {}</div><h3>Practical actions</h3>"#,
        esc(&n.score),
        esc(&n.completion)
    );
    let mut items = n.items.iter();
    match items.next() {
        Some(first) => {
            item_head(out, first);
            out.push_str("</div>");
            item_tail(out, first);
        }
        None => out.push_str("</div>"),
    }
    for i in items {
        // A whole item stays on one page when it fits.
        out.push_str(r#"<div class="keep">"#);
        item_head(out, i);
        item_tail(out, i);
        out.push_str("</div>");
    }
}

/// The item's title and answer.
fn item_head(out: &mut String, i: &ItemEntry) {
    let flag = if i.flagged {
        " [flagged for review]"
    } else {
        ""
    };
    let _ = write!(
        out,
        r#"<div class="item"><div class="itemtitle">{} {}{flag}</div>"#,
        esc(&i.id),
        esc(&i.text)
    );
    field(out, "Answer", Some(&i.answer));
    out.push_str("</div>");
}

/// The item's note and action details, closing the item with its bottom margin.
fn item_tail(out: &mut String, i: &ItemEntry) {
    out.push_str(r#"<div class="item itemend">"#);
    if let Some(note) = &i.note {
        // The label opens the note's first paragraph, so it is never left alone at a page foot.
        let mut label = r#"<span class="label">Note:</span> "#;
        for line in note.lines().filter(|l| !l.trim().is_empty()) {
            let _ = write!(out, r#"<p class="field note">{label}{}</p>"#, esc(line));
            label = "";
        }
    }
    if !i.evidence.is_empty() {
        field(out, "Evidence", Some(&i.evidence.join("; ")));
    }
    field(out, "Responsible agency", i.owner.as_deref());
    field(out, "Target date", i.target_date.as_deref());
    field(out, "Priority", i.priority.as_deref());
    out.push_str("</div>");
}

fn field(out: &mut String, name: &str, value: Option<&str>) {
    if let Some(v) = value {
        let _ = write!(
            out,
            r#"<div class="field"><span class="label">{name}:</span> {}</div>"#,
            esc(v)
        );
    }
}

fn action_plan(out: &mut String, rows: &[ActionRow]) {
    out.push_str("<h2>Action plan</h2>");
    if rows.is_empty() {
        out.push_str("<p>No gaps: every applicable item is at or above the implemented level.</p>");
        return;
    }
    out.push_str(
        "<p>Every item below the implemented level or not yet answered, most urgent first.</p>",
    );
    grid_row(out, &PLAN_COLUMNS, &PLAN_HEADER.map(str::to_owned), true);
    for r in rows {
        let cells = [
            r.priority.clone().unwrap_or_default(),
            r.target_date.clone().unwrap_or_default(),
            format!("{} {}", r.item_id, r.action),
            r.status.clone(),
            r.owner.clone().unwrap_or_default(),
        ];
        grid_row(out, &PLAN_COLUMNS, &cells, false);
    }
}

/// Column widths (CSS px) of the action plan; with the cell padding the sum fits the A4
/// text width (174 mm ≈ 657 px).
const PLAN_COLUMNS: [u32; 5] = [54, 72, 282, 96, 120];
const PLAN_HEADER: [&str; 5] = [
    "Priority",
    "Target date",
    "Action",
    "Current answer",
    "Responsible agency",
];
/// Column widths (CSS px) of the answer scale.
const SCALE_COLUMNS: [u32; 3] = [40, 110, 470];

/// One row of a grid of fixed-width columns that wrap long text (the HTML engine's tables
/// do not wrap long cells, so long-text tables are drawn as rows of boxes).
fn grid_row(out: &mut String, widths: &[u32], cells: &[String], header: bool) {
    let class = if header { "grid head keep" } else { "grid" };
    let _ = write!(out, r#"<div class="{class}">"#);
    for (w, cell) in widths.iter().zip(cells) {
        let _ = write!(
            out,
            r#"<div class="cell" style="width: {w}px">{}</div>"#,
            esc(cell)
        );
    }
    out.push_str("</div>");
}

/// A table whose cells may hold long text, as a grid.
fn grid(out: &mut String, widths: &[u32], t: &Table) {
    grid_row(out, widths, &t.header, true);
    for row in &t.rows {
        grid_row(out, widths, row, false);
    }
}

fn table(out: &mut String, t: &Table) {
    out.push_str("<table><thead><tr>");
    for h in &t.header {
        let _ = write!(out, "<th>{}</th>", esc(h));
    }
    out.push_str("</tr></thead><tbody>");
    for row in &t.rows {
        out.push_str("<tr>");
        for cell in row {
            let _ = write!(out, "<td>{}</td>", esc(cell));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
}

/// User text as HTML: escaped, control characters dropped, and each run of Thai, Lao,
/// Khmer or Myanmar wrapped in a span that names its font.
pub(crate) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (script, run) in super::script::runs(text) {
        match script.class() {
            Some(class) => {
                let _ = write!(out, r#"<span class="{class}">"#);
                escape_into(&mut out, run);
                out.push_str("</span>");
            }
            None => escape_into(&mut out, run),
        }
    }
    out
}

fn escape_into(out: &mut String, text: &str) {
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_user_text_is_escaped() {
        assert_eq!(
            esc("<b>\"A & B's\"</b>\u{7}"),
            "&lt;b&gt;&quot;A &amp; B&#39;s&quot;&lt;/b&gt;"
        );
    }

    #[test]
    fn thai_and_khmer_runs_name_their_fonts() {
        assert_eq!(
            esc("a ที่ & ក"),
            r#"a <span class="th">ที่ &amp; </span><span class="km">ក</span>"#
        );
    }
}
