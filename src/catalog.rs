//! The default behaviour and response catalogues (shared DOMAIN.md).
//!
//! They are suggestions, not limits: any code matching `[a-z0-9_]+` is accepted, so a user
//! can name their own. The labels are Ebb's own short words for showing a code to a person.

use serde::Serialize;
use ts_rs::TS;

use crate::model::Kind;

/// One catalogue item: a stable code and the words shown for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct CatalogItem {
    /// The code stored in records, e.g. `shut_down`.
    #[ts(type = "string")]
    pub code: &'static str,
    /// A short description for people.
    #[ts(type = "string")]
    pub label: &'static str,
}

const fn item(code: &'static str, label: &'static str) -> CatalogItem {
    CatalogItem { code, label }
}

/// What pulling away can look like.
pub const PULL_AWAY_BEHAVIORS: &[CatalogItem] = &[
    item("left_room", "Left the room or the house"),
    item("shut_down", "Went quiet or shut down mid-conflict"),
    item("refused_relationship_talk", "Would not talk about the relationship"),
    item("withheld_acknowledgement", "Did not acknowledge the relationship or what it means"),
    item("downplayed_needs", "Played down the other's feelings or needs"),
    item("avoided_emotions", "Kept their own feelings out of it"),
    item("mocked_bid", "Mocked or put down a wish for closeness"),
    item("hot_cold", "Warm, then silent"),
    item("less_time_together", "Spent less time together"),
];

/// What pursuing can look like.
pub const PURSUIT_BEHAVIORS: &[CatalogItem] = &[
    item("chased", "Followed, called or messaged again and again"),
    item("demanded", "Demanded an answer, a response or a commitment"),
    item("overwhelmed_partner", "Flooded the other with words, questions or feeling"),
    item("pushed_for_closeness", "Pushed for more closeness than the moment allowed"),
    item("insisted_on_resolving_now", "Needed it settled right away"),
    item("over_functioned", "Did the emotional work for both"),
    item("rigid", "Held tightly to how things had to go"),
    item("perfectionism", "Expected perfection of the relationship or of myself"),
];

/// Secure responses practised by the partner who tends to withdraw.
pub const WITHDRAWER_RESPONSES: &[CatalogItem] = &[
    item("named_overwhelm", "Said I felt overwhelmed and needed to slow down"),
    item("asked_for_pause_with_return", "Asked for a pause and said when I'd be back"),
    item("stretched_toward_closeness", "Reached toward closeness a little past my comfort"),
    item("shared_feeling", "Told my partner what I felt"),
];

/// Secure responses practised by the partner who tends to pursue.
pub const PURSUER_RESPONSES: &[CatalogItem] = &[
    item("named_the_pattern", "Named the pattern, without blame"),
    item("asked_for_time_to_connect", "Asked for a time to talk that suits us both"),
    item("stated_need_simply", "Said what I needed once, simply"),
    item("set_boundary", "Set a boundary to keep myself safe"),
    item("self_soothed", "Calmed myself instead of chasing"),
];

/// What helped the partners reconnect (repair codes, SPEC §8).
pub const REPAIRS: &[CatalogItem] = &[
    item("talked_it_through", "We talked about what happened, calmly"),
    item("apologised", "One of us said sorry or owned their part"),
    item("came_back_as_promised", "The one who paused came back when they said"),
    item("reassurance", "Words that said we are safe"),
    item("affection", "A hug, a touch, sitting close"),
    item("humour", "A shared laugh eased it"),
    item("shared_activity", "Something ordinary together, a walk or a meal"),
    item("time_passed", "Nothing in particular; time passed"),
    item("outside_help", "Talking to a therapist, friend or counsellor"),
];

/// Every catalogue, as the UI shows them.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Catalog {
    /// What pulling away can look like.
    pub pull_away_behaviors: Vec<CatalogItem>,
    /// What pursuing can look like.
    pub pursuit_behaviors: Vec<CatalogItem>,
    /// Secure responses for the partner who tends to withdraw.
    pub withdrawer_responses: Vec<CatalogItem>,
    /// Secure responses for the partner who tends to pursue.
    pub pursuer_responses: Vec<CatalogItem>,
    /// What helped the partners reconnect.
    pub repairs: Vec<CatalogItem>,
}

/// The catalogues of DOMAIN.md.
pub fn catalog() -> Catalog {
    Catalog {
        pull_away_behaviors: PULL_AWAY_BEHAVIORS.to_vec(),
        pursuit_behaviors: PURSUIT_BEHAVIORS.to_vec(),
        withdrawer_responses: WITHDRAWER_RESPONSES.to_vec(),
        pursuer_responses: PURSUER_RESPONSES.to_vec(),
        repairs: REPAIRS.to_vec(),
    }
}

/// The behaviour catalogue for one kind of episode.
pub fn behaviors_for(kind: Kind) -> &'static [CatalogItem] {
    match kind {
        Kind::PullAway => PULL_AWAY_BEHAVIORS,
        Kind::Pursuit => PURSUIT_BEHAVIORS,
    }
}

/// The label for any known behaviour, response or repair code; `None` for a user's own code.
pub fn label(code: &str) -> Option<&'static str> {
    [PULL_AWAY_BEHAVIORS, PURSUIT_BEHAVIORS, WITHDRAWER_RESPONSES, PURSUER_RESPONSES, REPAIRS]
        .iter()
        .flat_map(|c| c.iter())
        .find(|i| i.code == code)
        .map(|i| i.label)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::is_valid_code;

    #[test]
    fn every_catalogue_code_is_valid_and_unique() {
        let all: Vec<_> =
            [PULL_AWAY_BEHAVIORS, PURSUIT_BEHAVIORS, WITHDRAWER_RESPONSES, PURSUER_RESPONSES, REPAIRS]
                .iter()
                .flat_map(|c| c.iter())
                .map(|i| i.code)
                .collect();
        assert_eq!(all.len(), 9 + 8 + 4 + 5 + 9);
        for c in &all {
            assert!(is_valid_code(c), "{c}");
        }
        let mut dedup = all.clone();
        dedup.sort();
        dedup.dedup();
        assert_eq!(dedup.len(), all.len());
    }

    #[test]
    fn labels_are_found_for_known_codes_only() {
        assert!(label("shut_down").is_some());
        assert!(label("self_soothed").is_some());
        assert_eq!(label("my_own_thing"), None);
        assert_eq!(behaviors_for(Kind::Pursuit)[0].code, "chased");
    }
}
