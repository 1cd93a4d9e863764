//! Times as people read them: local date and time, e.g. "28 November 2026, 18:44".

use time::{OffsetDateTime, UtcOffset, macros::format_description};

/// A moment in this computer's time zone, e.g. "28 November 2026, 18:44". When the time zone
/// cannot be told, the time is shown in UTC and says so.
pub fn local_time(moment: OffsetDateTime) -> String {
    format_at(moment, UtcOffset::local_offset_at(moment).ok())
}

/// `moment` at `offset`, or in UTC marked "UTC" when the offset is unknown.
fn format_at(moment: OffsetDateTime, offset: Option<UtcOffset>) -> String {
    let format =
        format_description!("[day padding:none] [month repr:long] [year], [hour]:[minute]");
    let (at, suffix) = match offset {
        Some(offset) => (moment.to_offset(offset), ""),
        None => (moment.to_offset(UtcOffset::UTC), " UTC"),
    };
    // Formatting a valid date with a fixed description cannot fail; fall back to the
    // machine form rather than show nothing.
    let text = at.format(format).unwrap_or_else(|_| at.to_string());
    format!("{text}{suffix}")
}

#[cfg(test)]
mod tests {
    use time::macros::{datetime, offset};

    use super::format_at;

    #[test]
    fn a_time_is_shown_in_the_local_zone_without_seconds_or_offsets() {
        let saved = datetime!(2026-11-28 18:44:17 UTC);
        assert_eq!(
            format_at(saved, Some(offset!(+7))),
            "29 November 2026, 01:44",
            "Bangkok is seven hours ahead"
        );
        assert_eq!(
            format_at(saved, Some(offset!(UTC))),
            "28 November 2026, 18:44"
        );
    }

    #[test]
    fn an_unknown_time_zone_shows_utc_and_says_so() {
        let saved = datetime!(2026-03-05 08:05:00 +08:00);
        assert_eq!(format_at(saved, None), "5 March 2026, 00:05 UTC");
    }
}
