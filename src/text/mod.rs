//! Text as people read it, whatever the script: where a line may break (Unicode line breaking,
//! UAX #14, with dictionaries for Thai, Lao, Khmer and Myanmar, which put no spaces between
//! words) and where a user-perceived character (a grapheme cluster) ends. The one
//! line-breaking rule of the program: the report's typesetter and the app's text both use it.

mod line_break;

pub use line_break::{break_opportunities, grapheme_boundaries, wrap_greedy};
