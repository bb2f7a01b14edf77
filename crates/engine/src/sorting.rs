//! Stable sorting through one shared routine. The standard library's sort is compiled anew for
//! every element type and comparison (several KB of wasm each); these helpers sort positions with
//! a single compiled sort and then move the elements, so a new call site costs a few hundred
//! bytes. Same result as `slice::sort_by` (stable).

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// Like `slice::sort_by`.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let order = {
        let items = &*v;
        sorted_positions(items.len(), &mut |a, b| cmp(&items[a], &items[b]))
    };
    apply(v, order);
}

/// Like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Like `slice::sort`.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, |a, b| a.cmp(b));
}

/// Like `collect::<BTreeMap<_, _>>()` (the last value of a repeated key wins), inserting one by
/// one: `collect` sorts its input first, which compiles a sort for every key and value type.
pub fn btree_map<K: Ord, V>(items: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    map.extend(items);
    map
}

/// Like `collect::<BTreeSet<_>>()`, inserting one by one (see [`btree_map`]).
pub fn btree_set<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    set.extend(items);
    set
}

/// Positions 0..len in the order `cmp` gives (stable). The one place a sort is compiled.
fn sorted_positions(len: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..len).collect();
    positions.sort_by(|&a, &b| cmp(a, b));
    positions
}

/// Rearranges `v` so that position `i` holds what was at `order[i]`, by following the
/// permutation's cycles with swaps.
fn apply<T>(v: &mut [T], mut order: Vec<usize>) {
    for i in 0..v.len() {
        let mut j = i;
        loop {
            let k = order[j];
            order[j] = j;
            if k == i {
                break;
            }
            v.swap(j, k);
            j = k;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn same_as_the_standard_stable_sort(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            let mut std = v.clone();
            sort_by_key(&mut ours, |x| x.0);
            std.sort_by_key(|x| x.0);
            prop_assert_eq!(&ours, &std);
            let mut ours = v.clone();
            let mut std = v;
            sort(&mut ours);
            std.sort();
            prop_assert_eq!(ours, std);
        }

        #[test]
        fn maps_as_collect_makes_them(v in proptest::collection::vec((0u8..20, any::<u16>()), 0..100)) {
            prop_assert_eq!(btree_map(v.clone()), v.iter().copied().collect::<BTreeMap<_, _>>());
            prop_assert_eq!(btree_set(v.clone()), v.into_iter().collect::<BTreeSet<_>>());
        }
    }
}
