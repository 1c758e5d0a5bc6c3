//! The default behaviour and response catalogues (shared DOMAIN.md).
//!
//! They are suggestions, not limits: any code matching `[a-z0-9_]+` is accepted, so a user
//! can name their own. The words shown for a code are in the catalogues (`code-<code>` in
//! `locales/*/codes.ftl`), in the person's language; the codes never change.

use serde::Serialize;
use ts_rs::TS;

use crate::model::Kind;

/// One catalogue item: a stable code and the words shown for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CatalogItem {
    /// The code stored in records, e.g. `shut_down`.
    #[ts(type = "string")]
    pub code: &'static str,
    /// A short description for people, in the language speaking now.
    pub label: String,
}

fn items(codes: &[&'static str]) -> Vec<CatalogItem> {
    codes.iter().map(|c| CatalogItem { code: c, label: words(c) }).collect()
}

fn words(code: &str) -> String {
    crate::i18n::message(&format!("code-{code}"), &[])
}

/// What pulling away can look like.
pub const PULL_AWAY_BEHAVIORS: &[&str] = &[
    "left_room",
    "shut_down",
    "refused_relationship_talk",
    "withheld_acknowledgement",
    "downplayed_needs",
    "avoided_emotions",
    "mocked_bid",
    "hot_cold",
    "less_time_together",
];

/// What pursuing can look like.
pub const PURSUIT_BEHAVIORS: &[&str] = &[
    "chased",
    "demanded",
    "overwhelmed_partner",
    "pushed_for_closeness",
    "insisted_on_resolving_now",
    "over_functioned",
    "rigid",
    "perfectionism",
];

/// Secure responses practised by the partner who tends to withdraw.
pub const WITHDRAWER_RESPONSES: &[&str] =
    &["named_overwhelm", "asked_for_pause_with_return", "stretched_toward_closeness", "shared_feeling"];

/// Secure responses practised by the partner who tends to pursue.
pub const PURSUER_RESPONSES: &[&str] =
    &["named_the_pattern", "asked_for_time_to_connect", "stated_need_simply", "set_boundary", "self_soothed"];

/// What helped the partners reconnect (repair codes, SPEC §8).
pub const REPAIRS: &[&str] = &[
    "talked_it_through",
    "apologised",
    "came_back_as_promised",
    "reassurance",
    "affection",
    "humour",
    "shared_activity",
    "time_passed",
    "outside_help",
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
        pull_away_behaviors: items(PULL_AWAY_BEHAVIORS),
        pursuit_behaviors: items(PURSUIT_BEHAVIORS),
        withdrawer_responses: items(WITHDRAWER_RESPONSES),
        pursuer_responses: items(PURSUER_RESPONSES),
        repairs: items(REPAIRS),
    }
}

/// The behaviour catalogue for one kind of episode.
pub fn behaviors_for(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::PullAway => PULL_AWAY_BEHAVIORS,
        Kind::Pursuit => PURSUIT_BEHAVIORS,
    }
}

/// The words for any known behaviour, response or repair code, in the language speaking
/// now; `None` for a user's own code.
pub fn label(code: &str) -> Option<String> {
    [PULL_AWAY_BEHAVIORS, PURSUIT_BEHAVIORS, WITHDRAWER_RESPONSES, PURSUER_RESPONSES, REPAIRS]
        .iter()
        .flat_map(|c| c.iter())
        .any(|c| *c == code)
        .then(|| words(code))
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
                .copied()
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
        assert_eq!(behaviors_for(Kind::Pursuit)[0], "chased");
    }

    #[test]
    fn every_code_has_words_in_every_language() {
        for lang in crate::i18n::languages() {
            crate::i18n::with_lang(lang, || {
                for item in catalog().repairs.iter().chain(&catalog().pull_away_behaviors) {
                    assert!(!item.label.starts_with("code-"), "{}: {}", lang.code(), item.code);
                }
            });
        }
        let de = crate::i18n::Lang::parse("de").unwrap();
        assert_eq!(
            crate::i18n::with_lang(de, || label("hot_cold")).as_deref(),
            Some("Erst warm, dann still")
        );
    }
}
