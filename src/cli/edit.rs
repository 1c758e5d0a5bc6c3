//! `ebb edit ID …`: the record as it is, with only the given fields changed, saved through the
//! same use case (and so the same checks) as the app's edit screen.

use ebb::app::{App, EntryDraft, EpisodeDraft, Item, SessionDraft};
use ebb::error::{Error, Result};

use super::args::EditArgs;
use super::{date_or_today, gone_name, parse_time};

/// The fields `--clear` can empty, by record type.
const CLEARABLE: [(&str, &[&str]); 3] = [
    ("entry", &["text", "mood", "closeness", "safety", "tags", "for_therapy"]),
    (
        "episode",
        &[
            "reconnected_at",
            "trigger",
            "behaviors",
            "intensity",
            "feelings",
            "story",
            "need",
            "responses",
            "next_time",
            "notes",
            "tags",
            "for_therapy",
        ],
    ),
    ("session", &["notes", "homework"]),
];

/// Fields every record of its type must have: they can be changed, not emptied.
const REQUIRED: [&str; 8] = ["date", "kind", "actor", "at", "occurred_at", "id", "created_at", "updated_at"];

fn article(kind: &str) -> String {
    match kind {
        "entry" | "episode" => format!("an {kind}"),
        _ => format!("a {kind}"),
    }
}

/// What `--clear` and the given options make of the record's current fields.
struct Change<'a> {
    clear: &'a [String],
}

impl Change<'_> {
    fn cleared(&self, f: &str) -> bool {
        self.clear.iter().any(|c| c == f)
    }
    fn text(&self, given: Option<String>, old: String, name: &str) -> String {
        given.unwrap_or(if self.cleared(name) { String::new() } else { old })
    }
    fn list(&self, given: Vec<String>, old: Vec<String>, name: &str) -> Vec<String> {
        if !given.is_empty() {
            given
        } else if self.cleared(name) {
            vec![]
        } else {
            old
        }
    }
    fn number(&self, given: Option<u8>, old: Option<u8>, name: &str) -> Option<u8> {
        given.or(if self.cleared(name) { None } else { old })
    }
    fn flag(&self, given: bool, old: bool) -> bool {
        given || (old && !self.cleared("for_therapy"))
    }
}

/// Edits the record `a.id` and returns it as saved, with its type's name.
pub fn edit(app: &mut App, a: EditArgs) -> Result<(Item, &'static str)> {
    let item = app.get(&a.id)?;
    let kind = gone_name(&item);
    let clearable = CLEARABLE.iter().find(|(k, _)| *k == kind).map(|(_, f)| *f).unwrap_or(&[]);
    for f in &a.clear {
        if !clearable.contains(&f.as_str()) {
            let known =
                CLEARABLE.iter().any(|(_, fs)| fs.contains(&f.as_str())) || REQUIRED.contains(&f.as_str());
            return Err(Error::invalid(if known {
                format!("--clear {f} does not apply to {}", article(kind))
            } else {
                format!("there is no field {f:?} to clear; {} has {}", article(kind), clearable.join(", "))
            }));
        }
    }
    let x = &a.details;
    let given = |flags: &[(bool, &str)]| -> Result<()> {
        match flags.iter().find(|(g, _)| *g) {
            Some((_, flag)) => Err(Error::invalid(format!("{flag} does not apply to {}", article(kind)))),
            None => Ok(()),
        }
    };
    let episode_only = [
        (a.kind.is_some(), "--kind"),
        (a.actor.is_some(), "--actor"),
        (x.at.is_some(), "--at"),
        (x.reconnected_at.is_some(), "--reconnected-at"),
        (x.trigger.is_some(), "--trigger"),
        (!x.behaviors.is_empty(), "--behavior"),
        (x.intensity.is_some(), "--intensity"),
        (!x.feelings.is_empty(), "--feeling"),
        (x.story.is_some(), "--story"),
        (x.need.is_some(), "--need"),
        (!x.responses.is_empty(), "--response"),
        (x.next_time.is_some(), "--next-time"),
    ];
    let s = &a.scores;
    let entry_only = [
        (a.text.is_some(), "--text"),
        (s.mood.is_some(), "--mood"),
        (s.closeness.is_some(), "--closeness"),
        (s.safety.is_some(), "--safety"),
    ];
    let marks = [(!a.marks.tags.is_empty(), "--tag"), (a.marks.for_therapy, "--for-therapy")];
    let change = Change { clear: &a.clear };
    let saved = match &item {
        Item::Entry(e) => {
            given(&episode_only)?;
            given(&[(a.notes.is_some(), "--notes"), (a.homework.is_some(), "--homework")])?;
            let old = EntryDraft::from(e);
            app.save_entry(EntryDraft {
                id: old.id,
                date: a.date.map(|d| date_or_today(Some(d))).transpose()?.unwrap_or(old.date),
                text: change.text(a.text, old.text, "text"),
                mood: change.number(s.mood, old.mood, "mood"),
                closeness: change.number(s.closeness, old.closeness, "closeness"),
                safety: change.number(s.safety, old.safety, "safety"),
                tags: change.list(a.marks.tags, old.tags, "tags"),
                for_therapy: change.flag(a.marks.for_therapy, old.for_therapy),
            })?
        }
        Item::Episode(e) => {
            given(&entry_only)?;
            given(&[(a.date.is_some(), "--date"), (a.homework.is_some(), "--homework")])?;
            let old = EpisodeDraft::from(e);
            let x = a.details;
            let reconnected_at = match x.reconnected_at {
                Some(t) => Some(parse_time(&t)?),
                None if change.cleared("reconnected_at") => None,
                None => old.reconnected_at,
            };
            app.save_episode(EpisodeDraft {
                id: old.id,
                kind: a.kind.unwrap_or(old.kind),
                actor: a.actor.unwrap_or(old.actor),
                occurred_at: x.at.as_deref().map(parse_time).transpose()?.or(old.occurred_at),
                reconnected_at,
                trigger: change.text(x.trigger, old.trigger, "trigger"),
                behaviors: change.list(x.behaviors, old.behaviors, "behaviors"),
                intensity: change.number(x.intensity, old.intensity, "intensity"),
                feelings: change.list(x.feelings, old.feelings, "feelings"),
                story: change.text(x.story, old.story, "story"),
                need: change.text(x.need, old.need, "need"),
                responses: change.list(x.responses, old.responses, "responses"),
                next_time: change.text(x.next_time, old.next_time, "next_time"),
                notes: change.text(a.notes, old.notes, "notes"),
                tags: change.list(a.marks.tags, old.tags, "tags"),
                for_therapy: change.flag(a.marks.for_therapy, old.for_therapy),
            })?
        }
        Item::Session(sess) => {
            given(&entry_only)?;
            given(&episode_only)?;
            given(&marks)?;
            let old = SessionDraft::from(sess);
            app.save_session(SessionDraft {
                id: old.id,
                date: a.date.map(|d| date_or_today(Some(d))).transpose()?.unwrap_or(old.date),
                notes: change.text(a.notes, old.notes, "notes"),
                homework: change.text(a.homework, old.homework, "homework"),
            })?
        }
    };
    Ok((saved, kind))
}
