//! The merge rules of SPEC §9, apart from any file or database.
//!
//! Each change to a row names the versions it replaces (`prev`). A device keeps, per row,
//! the *heads*: the versions no change it has seen replaces. Files are applied in the order
//! their writers saw each other's (a file waits until everything it was written after has
//! arrived), so a change never arrives before a version it replaces, and the heads a device
//! ends with are the same whatever order the files came in: every change seen, minus every
//! version some change replaced. One head: the row is in step. Several: two devices changed
//! it without seeing each other's change, and [`winner`] picks the same one on every device.

use serde::{Deserialize, Serialize};

use crate::model::{Record, Timestamp};

/// One version of a row as the devices know it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Head {
    /// The id of the change that made this version, hex.
    pub change: String,
    /// The device that made it.
    pub device: String,
    /// When: the record's `updated_at`, or for a deletion or the settings the time of the
    /// change.
    pub stamp: Timestamp,
    /// The version is a deletion.
    pub deleted: bool,
    /// The record as this version has it, kept for a version that is not the one shown
    /// (the one shown lives in the journal's records); none for a deletion.
    #[serde(default)]
    pub record: Option<Record>,
}

/// The order of versions: a deletion before any edit (a deleted record never comes back on
/// its own: the edit is kept beside it), then the later `updated_at`, then the greater
/// device id, then the greater change id (never equal in practice; it makes the order total).
fn rank(h: &Head) -> (bool, chrono::DateTime<chrono::Utc>, &str, &str) {
    (h.deleted, h.stamp.datetime().to_utc(), h.device.as_str(), h.change.as_str())
}

/// The index of the version every device shows, if there is any.
pub fn winner(heads: &[Head]) -> Option<usize> {
    (0..heads.len()).max_by(|&a, &b| rank(&heads[a]).cmp(&rank(&heads[b])))
}

/// The heads after a change: every head it does not replace, and the change itself (unless
/// it is already one of them: a file read twice changes nothing).
pub fn apply(heads: Vec<Head>, prev: &[String], new: Head) -> Vec<Head> {
    if heads.iter().any(|h| h.change == new.change) {
        return heads;
    }
    let mut out: Vec<Head> = heads.into_iter().filter(|h| !prev.contains(&h.change)).collect();
    out.push(new);
    out
}

/// What a change made on this device (`mine`) replaces: an edit replaces the version shown,
/// any deletion (bringing a record back undoes a deletion) and every version this device
/// made itself (each of its changes comes after its earlier ones); a deletion, or a choice
/// between versions in conflict, replaces them all.
pub fn replaced_by_local(heads: &[Head], mine: &str, deleting: bool, settle_all: bool) -> Vec<String> {
    let shown = winner(heads);
    heads
        .iter()
        .enumerate()
        .filter(|(i, h)| deleting || settle_all || Some(*i) == shown || h.deleted || h.device == mine)
        .map(|(_, h)| h.change.clone())
        .collect()
}

impl Drop for Head {
    /// A kept version holds journal text: wiped before it is freed.
    fn drop(&mut self) {
        if let Some(r) = self.record.as_mut() {
            zeroize::Zeroize::zeroize(r);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Actor, Episode, Kind};

    fn head(change: &str, device: &str, at: &str, deleted: bool) -> Head {
        Head {
            change: change.into(),
            device: device.into(),
            stamp: Timestamp::parse(at).unwrap(),
            deleted,
            record: None,
        }
    }

    #[test]
    fn the_later_edit_wins_then_the_greater_device_and_a_deletion_wins_over_an_edit() {
        let a = head("01", "aa", "2026-12-01T10:00:00+01:00", false);
        let b = head("02", "bb", "2026-12-01T09:30:00Z", false); // 10:30 in +01:00
        assert_eq!(winner(&[a.clone(), b.clone()]), Some(1));
        assert_eq!(winner(&[b.clone(), a.clone()]), Some(0), "order of the list does not matter");
        // The same moment written in two offsets is a tie: the greater device id wins.
        let c = head("03", "cc", "2026-12-01T10:30:00+01:00", false);
        assert_eq!(winner(&[b.clone(), c.clone()]), Some(1));
        let gone = head("04", "aa", "2026-11-01T00:00:00Z", true);
        assert_eq!(winner(&[c, gone]), Some(1), "a deletion, even an older one, shows");
        assert_eq!(winner(&[]), None);
    }

    #[test]
    fn a_change_replaces_what_it_names_and_keeps_the_rest() {
        let h0 = head("00", "aa", "2026-12-01T10:00:00Z", false);
        let a1 = head("a1", "aa", "2026-12-01T11:00:00Z", false);
        let b1 = head("b1", "bb", "2026-12-01T11:05:00Z", false);
        // Both edited h0 apart: in whichever order they arrive, both stay.
        let one = apply(apply(vec![h0.clone()], &["00".into()], a1.clone()), &["00".into()], b1.clone());
        let two = apply(apply(vec![h0.clone()], &["00".into()], b1.clone()), &["00".into()], a1.clone());
        let names = |v: &[Head]| {
            let mut n: Vec<String> = v.iter().map(|h| h.change.clone()).collect();
            n.sort();
            n
        };
        assert_eq!(names(&one), vec!["a1", "b1"]);
        assert_eq!(names(&one), names(&two));
        assert_eq!(one[winner(&one).unwrap()].change, "b1");
        assert_eq!(two[winner(&two).unwrap()].change, "b1");
        // A file read twice changes nothing.
        assert_eq!(names(&apply(one.clone(), &["a1".into()], a1.clone())), vec!["a1", "b1"]);
    }

    #[test]
    fn an_edit_here_replaces_the_shown_version_and_deletions_but_keeps_a_conflict() {
        let a = head("a1", "aa", "2026-12-01T11:00:00Z", false);
        let b = head("b1", "bb", "2026-12-01T11:05:00Z", false);
        let gone = head("d1", "cc", "2026-12-01T09:00:00Z", true);
        let heads = vec![a.clone(), b.clone()];
        assert_eq!(replaced_by_local(&heads, "cc", false, false), vec!["b1"]);
        assert_eq!(replaced_by_local(&heads, "cc", false, true), vec!["a1", "b1"]);
        assert_eq!(replaced_by_local(&heads, "cc", true, false), vec!["a1", "b1"]);
        // This device's own earlier version is replaced too, even when another is shown.
        assert_eq!(replaced_by_local(&heads, "aa", false, false), vec!["a1", "b1"]);
        // Bringing back a deleted record replaces the deletion (and the edit beside it stays).
        let with_gone = vec![a, gone];
        assert_eq!(replaced_by_local(&with_gone, "bb", false, false), vec!["d1"]);
    }

    #[test]
    fn a_head_keeps_its_record_through_json() {
        let t = "2026-12-01T10:00:00+01:00";
        let mut h = head("01", "aa", t, false);
        h.record = Some(Record::Episode(Episode::bare(
            "0b7e1b54-8c1f-4f0e-9d3a-2f61c2a9e7d1",
            t,
            Kind::PullAway,
            Actor::Partner,
        )));
        let back: Head = serde_json::from_slice(&serde_json::to_vec(&h).unwrap()).unwrap();
        assert_eq!(back, h);
    }
}
