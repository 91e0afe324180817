//! Tests of `assess.rs`'s private items that kill mutants `scripts/mutants.sh` found the other
//! tests missed. Public behaviour is tested in `tests/engine_mutants.rs`.

use super::*;

fn ratio(num: u32, den: u32) -> Factor {
    Factor::Ratio(Ratio { num, den })
}

/// The shipped packs have one ratio (3/4), so two different ratios never meet in them yet; a pack
/// with a second one must keep the smaller as the more severe.
#[test]
fn the_smaller_ratio_is_more_severe() {
    assert_eq!(severity(ratio(1, 2), ratio(3, 4)), Ordering::Greater);
    assert_eq!(severity(ratio(3, 4), ratio(1, 2)), Ordering::Less);
    assert_eq!(severity(ratio(2, 3), ratio(4, 6)), Ordering::Equal);
    assert_eq!(worse(ratio(3, 4), ratio(2, 3)), ratio(2, 3));
    assert_eq!(worse(ratio(2, 3), ratio(3, 4)), ratio(2, 3));
}
