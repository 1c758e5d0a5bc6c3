//! From options to drafts: `ebb write`, `ebb episode`, `ebb session` and `ebb edit ID …`.
//!
//! Every option is named for the record field it sets (clap's id is the field's name), so the
//! options given serialize straight into a draft's fields: nothing here lists the fields of a
//! record. An edit starts from the record as it is, empties the `--clear` fields, sets the
//! given ones and saves through the same use case (and so the same checks) as the app's edit
//! screen. Which fields a type has, which it requires and what an emptied one becomes all
//! come from the record and draft types themselves, by serde.

use clap::Args;
use ebb::app::{App, EntryDraft, EpisodeDraft, Item, SessionDraft};
use ebb::error::{Error, Result};
use ebb::model::{Checkin, CheckinDraft, Entry, Episode, Practice, PracticeDraft, Session};
use ebb::tr;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_aux::serde_introspection::serde_introspect;
use serde_json::{Map, Value};
use zeroize::Zeroize;

use super::args::EditArgs;
use super::{date_or_today, gone_name, parse_time};

type Fields = Map<String, Value>;

/// The options given, by field name, in the form the draft takes (dates and times read as
/// the command line reads them). Options not given — absent, an empty list, a flag not set —
/// are left out, so only what the user typed changes anything.
fn given(args: &impl Serialize) -> Result<Fields> {
    let Value::Object(mut m) = serde_json::to_value(args).map_err(|e| Error::invalid(e.to_string()))? else {
        return Ok(Fields::new());
    };
    m.retain(|_, v| !(v.is_null() || v == &Value::Bool(false) || v.as_array().is_some_and(Vec::is_empty)));
    for (k, v) in m.iter_mut() {
        if let Value::String(s) = v {
            match k.as_str() {
                "date" | "started_on" | "ended_on" => *s = date_or_today(Some(std::mem::take(s)))?,
                "occurred_at" | "reconnected_at" | "return_at" => *s = parse_time(s)?,
                _ => {}
            }
        }
    }
    Ok(m)
}

fn draft<T: DeserializeOwned>(fields: Fields) -> Result<T> {
    let mut v = Value::Object(fields);
    let d = T::deserialize(&v).map_err(|e| Error::invalid(e.to_string()));
    wipe(&mut v);
    d
}

/// Empties every string of a JSON copy of the user's words before it is dropped: these
/// copies are plaintext, like the records they came from.
fn wipe(v: &mut Value) {
    match v {
        Value::String(s) => s.zeroize(),
        Value::Array(a) => a.iter_mut().for_each(wipe),
        Value::Object(m) => m.values_mut().for_each(wipe),
        _ => {}
    }
}

/// A new record's draft from the options given; a day not given is today.
pub fn new_draft<T: DeserializeOwned>(args: &impl Serialize) -> Result<T> {
    let mut fields = given(args)?;
    if serde_introspect::<T>().contains(&"date") && !fields.contains_key("date") {
        fields.insert("date".into(), Value::String(date_or_today(None)?));
    }
    draft(fields)
}

/// The option that sets `field`, as the user types it (`--at` for `occurred_at`).
fn flag(field: &str) -> String {
    let cmd = EditArgs::augment_args(clap::Command::new("edit"));
    let long = cmd.get_arguments().find(|a| a.get_id() == field).and_then(|a| a.get_long());
    format!("--{}", long.unwrap_or(field))
}

/// One record type's field names: what its draft holds, and what the record cannot be without.
struct Shape {
    name: &'static str,
    draft: &'static [&'static str],
    required: Vec<&'static str>,
}

impl Shape {
    /// A field is required when the record without it does not read back (it has no default).
    fn of<R: Serialize + DeserializeOwned + Zeroize, D: DeserializeOwned>(
        name: &'static str,
        record: &R,
    ) -> Result<Self> {
        let Value::Object(full) = serde_json::to_value(record).map_err(|e| Error::invalid(e.to_string()))?
        else {
            return Err(Error::invalid(tr!("cli-msg-record-not-object")));
        };
        let required = serde_introspect::<R>()
            .iter()
            .copied()
            .filter(|f| {
                let mut m = Value::Object(full.clone());
                if let Value::Object(o) = &mut m {
                    o.remove(*f);
                }
                let read = R::deserialize(&m).map(|mut r| r.zeroize());
                wipe(&mut m);
                read.is_err()
            })
            .collect();
        wipe(&mut Value::Object(full));
        Ok(Shape { name, draft: serde_introspect::<D>(), required })
    }

    fn clearable(&self) -> Vec<&'static str> {
        self.draft.iter().copied().filter(|f| !self.required.contains(f)).collect()
    }
}

/// Whether any record type has a field of this name.
fn known(field: &str) -> bool {
    [
        serde_introspect::<Entry>(),
        serde_introspect::<Episode>(),
        serde_introspect::<Session>(),
        serde_introspect::<Practice>(),
        serde_introspect::<Checkin>(),
    ]
    .iter()
    .any(|fs| fs.contains(&field))
}

/// The draft as it is, with `clear` emptied and the given fields set; refuses, naming it, an
/// option or a `--clear` that does not fit this type of record.
fn change(shape: &Shape, mut current: Fields, clear: &[String], set: Fields) -> Result<Fields> {
    let kind = shape.name;
    for f in clear {
        if !shape.clearable().contains(&f.as_str()) {
            return Err(Error::invalid(if known(f) {
                tr!("cli-msg-edit-clear-not-for", field = f, kind = kind)
            } else {
                tr!(
                    "cli-msg-edit-no-such-field",
                    field = format!("{f:?}"),
                    kind = kind,
                    fields = shape.clearable().join(", ")
                )
            }));
        }
        // Absent, the field takes its default: empty text, no list, no score, not flagged.
        current.remove(f);
    }
    for (f, v) in set {
        if !shape.draft.contains(&f.as_str()) {
            return Err(Error::invalid(tr!("cli-msg-edit-option-not-for", option = flag(&f), kind = kind)));
        }
        current.insert(f, v);
    }
    Ok(current)
}

fn edited<R, D>(name: &'static str, record: &R, a: &EditArgs) -> Result<D>
where
    R: Serialize + DeserializeOwned + Zeroize,
    D: Serialize + DeserializeOwned + Zeroize + for<'r> From<&'r R>,
{
    let shape = Shape::of::<R, D>(name, record)?;
    let mut set = given(a)?;
    // A practice has one response: `--response C` (an episode's list option) sets it.
    if name == "practice"
        && let Some(Value::Array(mut r)) = set.remove("responses")
    {
        if r.len() != 1 {
            return Err(Error::invalid(tr!("cli-msg-edit-one-response")));
        }
        set.insert("response".into(), r.remove(0));
    }
    let mut as_is = D::from(record);
    let current = serde_json::to_value(&as_is).map_err(|e| Error::invalid(e.to_string()));
    as_is.zeroize();
    let Value::Object(current) = current? else {
        return Err(Error::invalid(tr!("cli-msg-draft-not-object")));
    };
    draft(change(&shape, current, &a.clear, set)?)
}

/// Edits the record `a.id` and returns it as saved, with its type's name.
pub fn edit(app: &mut App, a: EditArgs) -> Result<(Item, &'static str)> {
    let item = app.get(&a.id)?;
    let kind = gone_name(&item);
    let saved = match &item {
        Item::Entry(e) => app.save_entry(edited::<Entry, EntryDraft>(kind, e, &a)?)?,
        Item::Episode(e) => app.save_episode(edited::<Episode, EpisodeDraft>(kind, e, &a)?)?,
        Item::Session(s) => app.save_session(edited::<Session, SessionDraft>(kind, s, &a)?)?,
        Item::Practice(p) => app.save_practice(edited::<Practice, PracticeDraft>(kind, p, &a)?)?,
        Item::Checkin(c) => app.save_checkin(edited::<Checkin, CheckinDraft>(kind, c, &a)?)?,
    };
    Ok((saved, kind))
}
