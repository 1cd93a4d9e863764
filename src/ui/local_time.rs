//! Times as people read them: local date and time in the window's language, e.g.
//! "28 November 2026, 18:44".

use time::{OffsetDateTime, UtcOffset};

/// A moment in this computer's time zone, e.g. "28 November 2026, 18:44". When the time zone
/// cannot be told, the time is shown in UTC and says so.
pub fn local_time(moment: OffsetDateTime) -> String {
    format_at(moment, UtcOffset::local_offset_at(moment).ok())
}

/// `moment` at `offset`, or in UTC marked "UTC" when the offset is unknown.
fn format_at(moment: OffsetDateTime, offset: Option<UtcOffset>) -> String {
    let (at, suffix) = match offset {
        Some(offset) => (moment.to_offset(offset), ""),
        None => (moment.to_offset(UtcOffset::UTC), " UTC"),
    };
    let date = super::lang::with(|tr| tr.date(at.date()));
    format!("{date}, {:02}:{:02}{suffix}", at.hour(), at.minute())
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
