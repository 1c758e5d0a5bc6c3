//! Realistic generated journals, for benchmarks, demos, screenshots and end-to-end tests.
//!
//! Never real text: every word comes from the small phrase lists below. The same seed gives
//! the same journal, so figures and pictures can be reproduced.

use chrono::{Duration, FixedOffset, NaiveDate, TimeZone};

use crate::catalog::{PULL_AWAY_BEHAVIORS, PURSUER_RESPONSES, PURSUIT_BEHAVIORS, WITHDRAWER_RESPONSES};
use crate::model::{
    Actor, Checkin, Date, Done, Entry, Episode, Kind, Practice, Record, RecordId, Session, Timestamp,
};

/// What to generate.
#[derive(Debug, Clone)]
pub struct SampleSpec {
    /// Seed for the generator.
    pub seed: u64,
    /// The last day of the journal; entries run back from it, one a day.
    pub end: NaiveDate,
    /// Number of daily entries (and so of days covered).
    pub entries: usize,
    /// Number of episodes, spread over the same days.
    pub episodes: usize,
    /// A therapy session every this many days (0 for none).
    pub session_every_days: usize,
    /// Which side the user tends to be: `Me` pursues when `true`.
    pub user_pursues: bool,
    /// Each session starts a practice that runs until the next one, checked in on most days.
    pub practices: bool,
}

impl Default for SampleSpec {
    fn default() -> Self {
        SampleSpec {
            seed: 7,
            end: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default(),
            entries: 120,
            episodes: 90,
            session_every_days: 14,
            user_pursues: true,
            practices: false,
        }
    }
}

const CET: FixedOffset = match FixedOffset::east_opt(3600) {
    Some(o) => o,
    None => panic!("a valid offset"),
};
const CEST: FixedOffset = match FixedOffset::east_opt(7200) {
    Some(o) => o,
    None => panic!("a valid offset"),
};

const TRIGGERS: &[&str] = &[
    "Plans changed at the last minute",
    "An unanswered text",
    "Came home late without calling",
    "Talk about moving in together",
    "Weekend with the in-laws",
    "Money worries",
    "Phone at dinner",
    "Asked how they were really doing",
    "Forgot our anniversary plans",
    "Tired after a long week",
    "A friend's wedding invitation",
    "Argument about chores",
];

const FEELINGS: &[&str] =
    &["hurt", "anxious", "lonely", "frustrated", "overwhelmed", "sad", "relieved", "hopeful", "numb", "calm"];

const NEEDS: &[&str] = &[
    "reassurance",
    "some space to calm down",
    "to feel heard",
    "a plan for when we'd talk",
    "closeness",
    "to know we were okay",
];

const STORIES: &[&str] = &[
    "That I don't matter as much as work",
    "That I'm too much for them",
    "That they were about to leave",
    "That I'd done something wrong again",
    "That they need me to fix it",
];

const NEXT_TIMES: &[&str] = &[
    "Say I'm overwhelmed and give a time I'll come back",
    "Wait an hour before texting again",
    "Name the pattern out loud, gently",
    "Ask for a walk together this weekend",
    "Breathe first, then say what I need once",
];

const DAY_TEXTS: &[&str] = &[
    "A slow, ordinary day. We cooked together and it felt easy.",
    "Work ran long; we barely spoke in the evening.",
    "Went for a walk after dinner. Talked about small things, which was nice.",
    "Felt on edge all day without knowing why.",
    "We laughed a lot at breakfast. I want to remember this.",
    "Quiet evening, each in our own corner. Not bad, just distant.",
    "Tried the pause-and-return thing. It mostly worked.",
    "Long call with my sister helped me see things more clearly.",
];

const TAGS: &[&str] = &["work", "weekend", "family", "health", "friends", "home"];

fn pick<'a>(rng: &mut fastrand::Rng, list: &'a [&'a str]) -> &'a str {
    list[rng.usize(..list.len())]
}

/// Builds the records of a sample journal, oldest first.
pub fn generate(spec: &SampleSpec) -> Vec<Record> {
    let mut rng = fastrand::Rng::with_seed(spec.seed);
    let days = spec.entries.max(1);
    let start = spec.end - Duration::days(days as i64 - 1);
    let mut out: Vec<Record> = Vec::with_capacity(spec.entries + spec.episodes + days / 7 + 1);
    let (me_kind, partner_kind) =
        if spec.user_pursues { (Kind::Pursuit, Kind::PullAway) } else { (Kind::PullAway, Kind::Pursuit) };

    // Central European time: +02:00 from the last Sunday of March to the last of October.
    let offset_for = |d: NaiveDate| {
        use chrono::Datelike;
        let summer = (4..=9).contains(&d.month())
            || (d.month() == 3 && d.day() >= 29)
            || (d.month() == 10 && d.day() < 25);
        if summer { CEST } else { CET }
    };
    let at = |d: NaiveDate, minute_of_day: i64| {
        let off = offset_for(d);
        let naive = d.and_hms_opt(0, 0, 0).unwrap_or_default() + Duration::minutes(minute_of_day);
        Timestamp::from_datetime(
            off.from_local_datetime(&naive).single().unwrap_or_else(|| off.from_utc_datetime(&naive)),
        )
    };

    for i in 0..spec.entries {
        let d = start + Duration::days(i as i64);
        let t = at(d, 21 * 60 + rng.i64(0..90));
        let progress = i as f64 / days as f64;
        out.push(Record::Entry(Entry {
            id: RecordId::new_with(&mut rng),
            date: Date(d),
            text: pick(&mut rng, DAY_TEXTS).to_owned(),
            mood: Some(rng.u8(1..=5)),
            closeness: Some((3.0 + 4.0 * progress + rng.f64() * 3.0).min(10.0) as u8),
            safety: Some((4.0 + 3.0 * progress + rng.f64() * 3.0).min(10.0) as u8),
            tags: if rng.u8(0..4) == 0 { vec![pick(&mut rng, TAGS).to_owned()] } else { vec![] },
            for_therapy: rng.u8(0..25) == 0,
            created_at: t.clone(),
            updated_at: t,
        }));
    }

    let mut made = 0;
    while made < spec.episodes {
        let day_index = rng.usize(..days);
        let d = start + Duration::days(day_index as i64);
        let progress = day_index as f64 / days as f64;
        let minute = if rng.bool() { rng.i64(18 * 60..23 * 60) } else { rng.i64(7 * 60..18 * 60) };
        let trigger = pick(&mut rng, TRIGGERS).to_owned();
        // Most episodes come as a cycle: one partner moves, the other answers within hours.
        let chain = if made + 1 < spec.episodes && rng.u8(0..3) != 0 {
            2 + usize::from(rng.u8(0..4) == 0)
        } else {
            1
        };
        let partner_starts = rng.u8(0..3) != 0;
        let mut minute_now = minute;
        for step in 0..chain {
            let partner_turn = (step % 2 == 0) == partner_starts;
            let (actor, kind) =
                if partner_turn { (Actor::Partner, partner_kind) } else { (Actor::Me, me_kind) };
            let behaviors = match kind {
                Kind::PullAway => PULL_AWAY_BEHAVIORS,
                Kind::Pursuit => PURSUIT_BEHAVIORS,
            };
            let responses = if spec.user_pursues { PURSUER_RESPONSES } else { WITHDRAWER_RESPONSES };
            let intensity = (8.0 - 4.0 * progress + rng.f64() * 3.0 - 1.0).clamp(0.0, 10.0) as u8;
            let occurred = at(d, minute_now);
            let reconnect_minutes = ((600.0 - 420.0 * progress) * (0.3 + rng.f64())) as i64;
            let reconnected = (rng.u8(0..5) != 0).then(|| {
                Timestamp::from_datetime(occurred.datetime() + Duration::minutes(reconnect_minutes.max(5)))
            });
            let practiced = actor == Actor::Me && rng.f64() < 0.2 + 0.5 * progress;
            let mut ep = Episode {
                id: RecordId::new_with(&mut rng),
                occurred_at: occurred.clone(),
                reconnected_at: reconnected,
                return_at: None,
                kind,
                actor,
                trigger: if step == 0 { trigger.clone() } else { String::new() },
                behaviors: (0..rng.usize(1..=2))
                    .map(|_| behaviors[rng.usize(..behaviors.len())].to_owned())
                    .collect(),
                intensity: Some(intensity),
                feelings: (0..rng.usize(1..=2)).map(|_| pick(&mut rng, FEELINGS).to_owned()).collect(),
                story: if actor == Actor::Me { pick(&mut rng, STORIES).to_owned() } else { String::new() },
                need: pick(&mut rng, NEEDS).to_owned(),
                responses: if practiced {
                    vec![responses[rng.usize(..responses.len())].to_owned()]
                } else {
                    vec![]
                },
                repairs: vec![],
                next_time: if actor == Actor::Me {
                    pick(&mut rng, NEXT_TIMES).to_owned()
                } else {
                    String::new()
                },
                notes: String::new(),
                tags: vec![],
                for_therapy: rng.u8(0..12) == 0,
                created_at: occurred.clone(),
                updated_at: occurred,
            };
            ep.behaviors.dedup();
            // Pauses and repairs follow from what was drawn, with no draw of their own, so the
            // rest of a seeded journal stays as it was before they existed.
            if ep.responses.iter().any(|r| r == "asked_for_pause_with_return") {
                let minutes = if intensity.is_multiple_of(2) { 20 } else { 30 };
                ep.return_at =
                    Some(Timestamp::from_datetime(ep.occurred_at.datetime() + Duration::minutes(minutes)));
            }
            if ep.reconnected_at.is_some() {
                let n = crate::catalog::REPAIRS.len();
                let i = (usize::from(intensity) + minute_now as usize) % n;
                ep.repairs = vec![crate::catalog::REPAIRS[i].to_owned()];
            }
            out.push(Record::Episode(ep));
            made += 1;
            if made == spec.episodes {
                break;
            }
            minute_now += rng.i64(10..240);
        }
    }

    if spec.session_every_days > 0 {
        let mut d = start + Duration::days(3);
        while d <= spec.end {
            let t = at(d, 17 * 60);
            let session = RecordId::new_with(&mut rng);
            let homework = pick(&mut rng, NEXT_TIMES).to_owned();
            out.push(Record::Session(Session {
                id: session.clone(),
                date: Date(d),
                notes: "Talked through the week's cycles and what set them off.".into(),
                homework: homework.clone(),
                created_at: t.clone(),
                updated_at: t.clone(),
            }));
            let next = d + Duration::days(spec.session_every_days as i64);
            if spec.practices {
                practice_until(&mut out, &mut rng, spec, &at, (session, homework, t), d, next);
            }
            d = next;
        }
    }
    out
}

/// The practice a session on `day` starts, running until the day before `next` (or still
/// running at the journal's end), with a check-in on about seven days in ten.
fn practice_until(
    out: &mut Vec<Record>,
    rng: &mut fastrand::Rng,
    spec: &SampleSpec,
    at: &dyn Fn(NaiveDate, i64) -> Timestamp,
    (session, homework, t): (RecordId, String, Timestamp),
    day: NaiveDate,
    next: NaiveDate,
) {
    let responses = if spec.user_pursues { PURSUER_RESPONSES } else { WITHDRAWER_RESPONSES };
    let practice = RecordId::new_with(rng);
    let last = next - Duration::days(1);
    out.push(Record::Practice(Practice {
        id: practice.clone(),
        started_on: Date(day),
        ended_on: (last <= spec.end).then_some(Date(last)),
        text: homework,
        response: Some(responses[rng.usize(..responses.len())].to_owned()),
        session_id: Some(session.to_string()),
        created_at: t.clone(),
        updated_at: t,
    }));
    let mut d = day;
    while d <= last.min(spec.end) {
        if rng.u8(0..10) < 7 {
            let done = match rng.u8(0..20) {
                0..=11 => Done::Yes,
                12..=16 => Done::No,
                _ => Done::NoChance,
            };
            let when = at(d, 21 * 60 + 30);
            out.push(Record::Checkin(Checkin {
                id: RecordId::new_with(rng),
                practice_id: practice.to_string(),
                date: Date(d),
                done,
                note: String::new(),
                created_at: when.clone(),
                updated_at: when,
            }));
        }
        d += Duration::days(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn with_practices_each_session_starts_one_checked_in_once_a_day_at_most() {
        let spec = SampleSpec {
            entries: 60,
            episodes: 40,
            session_every_days: 14,
            practices: true,
            ..SampleSpec::default()
        };
        let records = generate(&spec);
        let sessions = records.iter().filter(|r| matches!(r, Record::Session(_))).count();
        let practices: Vec<&Practice> =
            records.iter().filter_map(|r| if let Record::Practice(p) = r { Some(p) } else { None }).collect();
        assert_eq!(practices.len(), sessions);
        let checkins: Vec<&Checkin> =
            records.iter().filter_map(|r| if let Record::Checkin(c) = r { Some(c) } else { None }).collect();
        assert!(checkins.len() > 20);
        crate::exchange::one_checkin_a_day(checkins.iter().copied(), std::iter::empty()).unwrap();
        for r in &records {
            r.validate().unwrap();
        }
        for c in checkins {
            let p = practices.iter().find(|p| p.id.as_str() == c.practice_id).unwrap();
            assert!(crate::app::active_on(p, c.date.0));
        }
        assert!(practices.last().unwrap().ended_on.is_none(), "the latest still runs");
    }

    #[test]
    fn generates_the_requested_counts_and_valid_records() {
        let spec = SampleSpec { entries: 50, episodes: 80, session_every_days: 10, ..SampleSpec::default() };
        let recs = generate(&spec);
        let count = |t: &str| recs.iter().filter(|r| r.type_name() == t).count();
        assert_eq!(count("entry"), 50);
        assert_eq!(count("episode"), 80);
        assert_eq!(count("session"), 5);
        for r in &recs {
            r.validate().unwrap();
            let d = r.date().unwrap();
            assert!(d <= spec.end && d > spec.end - Duration::days(50), "{d}");
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_journal() {
        let a = generate(&SampleSpec::default());
        let b = generate(&SampleSpec::default());
        assert_eq!(a, b);
        let c = generate(&SampleSpec { seed: 8, ..SampleSpec::default() });
        assert_ne!(a, c);
    }
}
