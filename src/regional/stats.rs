//! Summary statistics of the States' scores: lowest, median, highest and mean.

/// The lowest, median, highest and mean of some scores.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    /// The lowest value.
    pub min: f64,
    /// The middle value, or the mean of the two middle values for an even count.
    pub median: f64,
    /// The highest value.
    pub max: f64,
    /// The arithmetic mean.
    pub mean: f64,
}

/// The summary of `values`, or `None` when there are none (NaN values are ignored).
pub fn summary(values: &[f64]) -> Option<Summary> {
    let mut sorted: Vec<f64> = values.iter().copied().filter(|v| !v.is_nan()).collect();
    sorted.sort_by(f64::total_cmp);
    let (&min, &max) = (sorted.first()?, sorted.last()?);
    Some(Summary {
        min,
        median: median(&sorted)?,
        max,
        mean: sorted.iter().sum::<f64>() / sorted.len() as f64,
    })
}

/// The median of values sorted in ascending order: the middle one, or the mean of the two
/// middle ones for an even count; `None` when empty.
pub fn median(sorted: &[f64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

/// A score rounded to one decimal, as every regional figure is published.
pub(crate) fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_even_count_has_the_mean_of_its_two_middle_values_as_median() {
        let s = summary(&[80.0, 10.0, 40.0, 50.0]).unwrap();
        assert_eq!((s.min, s.median, s.max, s.mean), (10.0, 45.0, 80.0, 45.0));
    }

    #[test]
    fn an_odd_count_has_its_middle_value_as_median() {
        let s = summary(&[30.0, 90.0, 60.0]).unwrap();
        assert_eq!((s.min, s.median, s.max, s.mean), (30.0, 60.0, 90.0, 60.0));
        assert_eq!(summary(&[]), None);
    }

    #[test]
    fn figures_are_rounded_to_one_decimal() {
        assert_eq!(round1(58.333_333), 58.3);
        assert_eq!(round1(62.25), 62.3);
    }
}
