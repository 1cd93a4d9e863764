//! The documents normcheck prints, each built as a neutral [`Document`](super::document):
//! the assessment report, the regional report and the scores over time. What a document says
//! is decided here; how it looks is the typesetter's.

pub mod assessment;
pub mod regional;
