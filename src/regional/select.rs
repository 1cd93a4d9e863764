//! Which assessments count: one per Member State (the one changed last), every one naming its
//! State and using the same checklist; the States' aliases.

use crate::i18n::Message;
use crate::msg;
use std::collections::BTreeMap;
use std::sync::Arc;

use time::OffsetDateTime;

use super::Options;
use super::model::{RegionalError, Superseded};
use crate::checklist::Checklist;
use crate::session::Session;

/// One State's assessment, opened by the caller.
#[derive(Debug, Clone)]
pub struct Input {
    /// Where it came from, as the user should read it in messages (a file path).
    pub source: String,
    /// The answers.
    pub session: Session,
    /// The checklist it was opened with.
    pub checklist: Arc<Checklist>,
}

/// An assessment that counts, with the name shown for its State.
pub(crate) struct Counted<'a> {
    /// "State 3", or the State's name when named.
    pub(crate) label: String,
    /// The State's name as the counted file gives it.
    pub(crate) name: String,
    /// The assessment.
    pub(crate) input: &'a Input,
}

/// The assessments that count, in alias order, and the files that do not.
pub(crate) struct Selection<'a> {
    pub(crate) counted: Vec<Counted<'a>>,
    pub(crate) superseded: Vec<Superseded>,
    /// For whoever runs the aggregation: which file was superseded by which.
    pub(crate) notes: Vec<Message>,
    pub(crate) checklist: Arc<Checklist>,
}

/// Chooses one assessment per State and numbers the States (see the module docs).
pub(crate) fn select<'a>(
    inputs: &'a [Input],
    options: &Options,
) -> Result<Selection<'a>, RegionalError> {
    let first = inputs.first().ok_or(RegionalError::NoInputs)?;
    let mut counted = Vec::new();
    let mut older: Vec<(&Input, Vec<&Input>)> = Vec::new();
    for mut files in by_state(inputs, first, options)?.into_values() {
        // Oldest first; a file without a time is older than any with one.
        files.sort_by_key(|i| updated(i));
        let newest = files.pop().ok_or(RegionalError::NoInputs)?;
        if let Some(twin) = files.last()
            && updated(twin) == updated(newest)
        {
            return Err(RegionalError::SameUpdate {
                state: state_name(newest),
                first: twin.source.clone(),
                second: newest.source.clone(),
            });
        }
        counted.push(newest);
        older.push((newest, files));
    }
    counted.sort_by_key(|i| (content_hash(&i.session), state_name(i)));
    let counted: Vec<Counted<'a>> = counted
        .into_iter()
        .enumerate()
        .map(|(i, input)| Counted {
            label: if options.named {
                state_name(input)
            } else {
                format!("State {}", i + 1)
            },
            name: state_name(input),
            input,
        })
        .collect();
    let (superseded, notes) = superseded(&counted, &older, options);
    Ok(Selection {
        counted,
        superseded,
        notes,
        checklist: first.checklist.clone(),
    })
}

/// The inputs by State, each checked: a State's assessment (not a contribution), naming its
/// State, made with the first file's checklist.
fn by_state<'a>(
    inputs: &'a [Input],
    first: &Input,
    options: &Options,
) -> Result<BTreeMap<String, Vec<&'a Input>>, RegionalError> {
    let mut by_state: BTreeMap<String, Vec<&Input>> = BTreeMap::new();
    for input in inputs {
        if let Some(c) = &input.session.contribution {
            return Err(RegionalError::Contribution {
                file: input.source.clone(),
                agency: c.agency.clone(),
            });
        }
        let key = state_key(input).ok_or_else(|| RegionalError::NoMemberState {
            file: input.source.clone(),
        })?;
        same_checklist(first, input, options)?;
        by_state.entry(key).or_default().push(input);
    }
    Ok(by_state)
}

/// The older files each counted State gave, as published (aliases unless named) and as notes
/// for the person running the aggregation.
fn superseded(
    counted: &[Counted<'_>],
    older: &[(&Input, Vec<&Input>)],
    options: &Options,
) -> (Vec<Superseded>, Vec<Message>) {
    let mut superseded = Vec::new();
    let mut notes = Vec::new();
    for c in counted {
        let Some((_, files)) = older.iter().find(|(kept, _)| std::ptr::eq(*kept, c.input)) else {
            continue;
        };
        for old in files {
            superseded.push(Superseded {
                state: c.label.clone(),
                file: options.named.then(|| old.source.clone()),
                kept: options.named.then(|| c.input.source.clone()),
            });
            notes.push(msg!(
                "regional-note-superseded",
                file = old.source.clone(),
                newer = c.input.source.clone(),
                state = c.name.clone()
            ));
        }
    }
    (superseded, notes)
}

/// The State's name with case and runs of spaces ignored; `None` when blank.
fn state_key(input: &Input) -> Option<String> {
    let name = state_name(input);
    (!name.is_empty()).then(|| name.to_lowercase())
}

/// The State's name, trimmed, with runs of spaces made one.
fn state_name(input: &Input) -> String {
    input
        .session
        .meta
        .member_state
        .as_deref()
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn updated(input: &Input) -> Option<OffsetDateTime> {
    input.session.meta.updated
}

fn same_checklist(first: &Input, input: &Input, options: &Options) -> Result<(), RegionalError> {
    let (a, b) = (&first.session.checklist, &input.session.checklist);
    let same = if options.checklist_given {
        input.checklist.id == first.checklist.id && input.checklist == first.checklist
    } else {
        a == b && input.checklist == first.checklist
    };
    if same {
        return Ok(());
    }
    let describe = |c: &crate::session::ChecklistRef| format!("{} version {}", c.id, c.version);
    Err(RegionalError::ChecklistDiffers {
        file: input.source.clone(),
        found: describe(b),
        first_file: first.source.clone(),
        first: describe(a),
    })
}

/// FNV-1a of the session as JSON: an order nobody can work out without the files.
fn content_hash(session: &Session) -> u64 {
    let bytes = serde_json::to_vec(session).unwrap_or_default();
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}
