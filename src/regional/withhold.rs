//! Withholding counts of States: a count of 1 to K − 1 is withheld, and in a distribution with
//! a published total, further counts are withheld until subtraction reveals nothing (rules 3
//! and 4 of the [module docs](super)).

/// The counts of a distribution whose total is published, each `Some` when published and
/// `None` when withheld, for the threshold `k`.
///
/// A count of 1 to `k − 1` is withheld. If any is, more counts are withheld — the smallest
/// non-zero one first, then zeros, earlier cells first among equals — until the withheld
/// counts are at least two, hold at least `k` States together and hold more States than there
/// are withheld counts, or until every count is withheld.
pub fn withhold_distribution(cells: &[usize], k: usize) -> Vec<Option<usize>> {
    let mut withheld: Vec<bool> = cells.iter().map(|&c| is_small(c, k)).collect();
    if withheld.contains(&true) {
        while !protected(cells, &withheld, k) {
            let next = (0..cells.len())
                .filter(|&i| !withheld[i])
                .min_by_key(|&i| (cells[i] == 0, cells[i], i));
            match next {
                Some(i) => withheld[i] = true,
                None => break,
            }
        }
    }
    cells
        .iter()
        .zip(withheld)
        .map(|(&c, w)| (!w).then_some(c))
        .collect()
}

/// A count of States that alone would single out fewer than `k` States (rule 3).
pub(crate) fn is_small(count: usize, k: usize) -> bool {
    count > 0 && count < k
}

/// A single count with no published total: withheld when small (rule 3).
pub(crate) fn withhold_count(count: usize, k: usize) -> Option<usize> {
    (!is_small(count, k)).then_some(count)
}

fn protected(cells: &[usize], withheld: &[bool], k: usize) -> bool {
    let (count, states) = cells
        .iter()
        .zip(withheld)
        .filter(|(_, w)| **w)
        .fold((0, 0), |(n, s), (c, _)| (n + 1, s + c));
    count >= 2 && states >= k && states > count
}

#[cfg(test)]
mod tests {
    use super::withhold_distribution as protect;

    #[test]
    fn nothing_is_withheld_when_every_count_is_zero_or_at_least_k() {
        assert_eq!(
            protect(&[0, 3, 4, 0], 3),
            [Some(0), Some(3), Some(4), Some(0)]
        );
    }

    #[test]
    fn a_lone_small_count_takes_the_next_smallest_with_it() {
        // 5 States: without the second one, 5 − 3 = 2 would give the withheld count away.
        assert_eq!(protect(&[2, 3, 0], 3), [None, None, Some(0)]);
        // The smallest non-zero count is taken, not a zero and not a larger one.
        assert_eq!(protect(&[1, 0, 5, 4], 3), [None, Some(0), Some(5), None]);
    }

    #[test]
    fn withheld_counts_must_hold_at_least_k_states_together() {
        // Two withheld ones hold 2 States: 10 − 3 − 5 = 2 would say "1 and 1"; take the 3.
        assert_eq!(protect(&[1, 1, 3, 5], 3), [None, None, None, Some(5)]);
    }

    #[test]
    fn withheld_counts_of_one_state_each_are_joined_by_another() {
        // Three ones: "3 States over 3 counts" would mean one each, so another count joins
        // them: a non-zero one if there is one, else a zero.
        assert_eq!(
            protect(&[1, 1, 1, 0, 4], 3),
            [None, None, None, Some(0), None]
        );
        assert_eq!(protect(&[1, 1, 1, 0], 3), [None, None, None, None]);
    }

    #[test]
    fn equal_counts_are_taken_in_order() {
        assert_eq!(protect(&[4, 2, 4], 3), [None, None, Some(4)]);
    }

    #[test]
    fn a_threshold_of_one_withholds_nothing() {
        assert_eq!(protect(&[1, 0, 2], 1), [Some(1), Some(0), Some(2)]);
    }
}
