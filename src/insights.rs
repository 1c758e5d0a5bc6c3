//! What the desktop app's Timeline and Insights screens draw. Every figure comes from the
//! pattern engine ([`patterns::compute`] and [`patterns::cycles`]) — over the chosen range,
//! the period before it, and each week or month of the range — so the app only places marks
//! and never counts anything itself.

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

use crate::formats::code_label;
use crate::model::{Actor, Episode, Kind, Record};
use crate::patterns::{self, Patterns, ResponseRate, Starter, Totals};
use crate::query::DateRange;
use crate::report::sentences;
use crate::tr;

/// Below this many episodes in a range, Insights says "keep going" rather than reading much
/// into the figures.
pub const FEW_EPISODES: u32 = 5;

/// One episode on the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Mark {
    /// The episode's id.
    pub id: String,
    /// `occurred_at` as stored.
    pub at: String,
    /// The same instant in milliseconds since the epoch, for placing the mark.
    pub t: i64,
    /// Whether it was a pull-away or a pursuit.
    pub kind: Kind,
    /// Who pulled away or pursued.
    pub actor: Actor,
    /// How intense it felt, 0–10, if noted.
    pub intensity: Option<u8>,
    /// When the two reconnected, in milliseconds since the epoch.
    pub reconnected_t: Option<i64>,
    /// What set it off, trimmed (`""` if none).
    pub trigger: String,
    /// Whether to bring the episode to therapy.
    pub for_therapy: bool,
}

/// A day's closeness and safety (the mean of that day's entries that have them).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct DayPoint {
    /// The day, `YYYY-MM-DD`.
    pub date: String,
    /// Noon of that date (UTC), in milliseconds since the epoch.
    pub t: i64,
    /// Mean closeness of the day's entries that give one, 0–10; `null` if none does.
    pub closeness: Option<f64>,
    /// Mean safety of the day's entries that give one, 0–10; `null` if none does.
    pub safety: Option<f64>,
}

/// A therapy session on the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SessionMark {
    /// The session's id.
    pub id: String,
    /// The day of the session, `YYYY-MM-DD`.
    pub date: String,
    /// Noon of that date (UTC), in milliseconds since the epoch.
    pub t: i64,
}

/// A cycle as positions in [`Timeline::marks`], so links are drawn without a lookup.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CycleLink {
    /// Positions of the cycle's episodes in [`Timeline::marks`], in order.
    pub marks: Vec<u32>,
    /// Who made the first move, and of which kind.
    pub started_by: Starter,
    /// The first episode's trigger, trimmed (`""` if none).
    pub trigger: String,
}

/// The whole journal laid out in time, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Timeline {
    /// Every episode, by instant (ties by id).
    pub marks: Vec<Mark>,
    /// Every day with a closeness or safety noted, in date order.
    pub days: Vec<DayPoint>,
    /// Every therapy session, by date.
    pub sessions: Vec<SessionMark>,
    /// Every cycle, earliest first.
    pub cycles: Vec<CycleLink>,
}

/// One ISO week of the range, empty weeks included, so charts have no gaps.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct WeekFigures {
    /// `%G-W%V`.
    pub week: String,
    /// The Monday, `YYYY-MM-DD`.
    pub monday: String,
    /// The week's episodes in range, by kind and actor.
    pub totals: Totals,
    /// Mean intensity of the week's episodes in range that have one.
    pub mean_intensity: Option<f64>,
    /// Median minutes to reconnect over the week's episodes in range that record it.
    pub reconnection_median_minutes: Option<f64>,
    /// Check-ins on practices that week (days in range and not after today, on which the
    /// practice ran: the days `patterns.practice` counts).
    pub checkins: u32,
    /// Of those, the days the person tried it.
    pub checkins_yes: u32,
    /// The person's own episodes that week whose responses hold the response of a practice
    /// running that day.
    pub practice_used: u32,
}

/// One calendar month of the range.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MonthFigures {
    /// `YYYY-MM`.
    pub month: String,
    /// How often the user's own episodes that month included a secure response.
    pub secure_response_rate: ResponseRate,
}

/// One plain sentence above each chart.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Sentences {
    /// How many episodes, of which kind and by whom, against the period before.
    pub episodes: String,
    /// The mean intensity and its trend, against the period before.
    pub intensity: String,
    /// How long reconnecting took, against the period before.
    pub reconnection: String,
    /// How many cycles there were and how most of them started.
    pub cycles: String,
    /// The trigger that opened most cycles, else the one that came up most often.
    pub triggers: String,
    /// The behaviour logged most often.
    pub behaviors: String,
    /// How often the user tried a secure response, against the period before.
    pub responses: String,
    /// The weekday and the hour in which episodes came most often.
    pub heatmap: String,
    /// How the pauses went: how many ended with coming back, how many on time.
    pub pauses: String,
    /// What helped reconnect most often, and what helped quickest.
    pub repairs: String,
    /// The most common cycle in one sentence.
    pub cycle_map: String,
}

/// Everything the Insights screen shows for one range.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Insights {
    /// The first day of the range, `YYYY-MM-DD`.
    pub from: String,
    /// The last day of the range, `YYYY-MM-DD`.
    pub to: String,
    /// The first day of the period of equal length before the range, `YYYY-MM-DD`.
    pub previous_from: String,
    /// The last day of that earlier period: the day before `from`.
    pub previous_to: String,
    /// The range's patterns (SPEC §5).
    pub patterns: Patterns,
    /// The earlier period's patterns.
    pub previous: Patterns,
    /// Every ISO week that overlaps the range, empty ones included.
    pub weeks: Vec<WeekFigures>,
    /// Every calendar month that overlaps the range.
    pub months: Vec<MonthFigures>,
    /// The sentences above the charts.
    pub sentences: Sentences,
    /// Said instead of reading much into a handful of episodes.
    pub encouragement: Option<String>,
}

fn noon_ms(d: NaiveDate) -> i64 {
    d.and_hms_opt(12, 0, 0).map(|t| t.and_utc().timestamp_millis()).unwrap_or_default()
}

/// Lays out every episode, daily entry and session of the journal, oldest first.
pub fn timeline(records: &[Record]) -> Timeline {
    let mut episodes: Vec<&Episode> = records
        .iter()
        .filter_map(|r| match r {
            Record::Episode(e) => Some(e),
            _ => None,
        })
        .collect();
    episodes.sort_by(|a, b| {
        a.occurred_at.datetime().cmp(&b.occurred_at.datetime()).then_with(|| a.id.as_str().cmp(b.id.as_str()))
    });
    let position: std::collections::HashMap<&str, u32> =
        episodes.iter().enumerate().map(|(i, e)| (e.id.as_str(), i as u32)).collect();
    let marks = episodes
        .iter()
        .map(|e| Mark {
            id: e.id.as_str().to_owned(),
            at: e.occurred_at.as_str().to_owned(),
            t: e.occurred_at.datetime().timestamp_millis(),
            kind: e.kind,
            actor: e.actor,
            intensity: e.intensity,
            reconnected_t: e.reconnected_at.as_ref().map(|r| r.datetime().timestamp_millis()),
            trigger: e.trigger.trim().to_owned(),
            for_therapy: e.for_therapy,
        })
        .collect();
    let cycles = patterns::cycles(&episodes)
        .into_iter()
        .map(|c| CycleLink {
            marks: c.episodes.iter().filter_map(|id| position.get(id.as_str()).copied()).collect(),
            started_by: c.started_by,
            trigger: c.trigger.trim().to_owned(),
        })
        .collect();

    let mut by_day: BTreeMap<NaiveDate, (Vec<u8>, Vec<u8>)> = BTreeMap::new();
    let mut sessions = vec![];
    for r in records {
        match r {
            Record::Entry(e) => {
                let day = by_day.entry(e.date.0).or_default();
                day.0.extend(e.closeness);
                day.1.extend(e.safety);
            }
            Record::Session(s) => sessions.push(SessionMark {
                id: s.id.as_str().to_owned(),
                date: s.date.to_string(),
                t: noon_ms(s.date.0),
            }),
            Record::Episode(_) | Record::Practice(_) | Record::Checkin(_) | Record::Settings(_) => {}
        }
    }
    sessions.sort_by(|a, b| a.t.cmp(&b.t).then_with(|| a.id.cmp(&b.id)));
    let mean =
        |v: &[u8]| (!v.is_empty()).then(|| v.iter().map(|&x| f64::from(x)).sum::<f64>() / v.len() as f64);
    let days = by_day
        .into_iter()
        .filter(|(_, (c, s))| !c.is_empty() || !s.is_empty())
        .map(|(d, (c, s))| DayPoint {
            date: d.to_string(),
            t: noon_ms(d),
            closeness: mean(&c),
            safety: mean(&s),
        })
        .collect();
    Timeline { marks, days, sessions, cycles }
}

/// The figures, series and sentences of the Insights screen for `[from, to]`.
pub fn insights(records: &[Record], from: NaiveDate, to: NaiveDate, partner_name: &str) -> Insights {
    let days = (to - from).num_days() + 1;
    let prev_to = from - Duration::days(1);
    let prev_from = from - Duration::days(days);
    let over = |a: NaiveDate, b: NaiveDate| {
        patterns::episodes_in(records, &DateRange { from: Some(a), to: Some(b) })
    };
    let in_range = over(from, to);
    let today = chrono::Local::now().date_naive();
    let mut p = patterns::compute(&in_range);
    p.practice = patterns::practice(records, &DateRange { from: Some(from), to: Some(to) }, today);
    let practices: Vec<&crate::model::Practice> =
        records.iter().filter_map(|r| if let Record::Practice(x) = r { Some(x) } else { None }).collect();
    let runs =
        |id: &str, d: NaiveDate| practices.iter().any(|x| x.id.as_str() == id && crate::app::active_on(x, d));
    let mut checkins_by_week: BTreeMap<NaiveDate, (u32, u32)> = BTreeMap::new();
    let prev = patterns::compute(&over(prev_from, prev_to));

    // The range's episodes sorted once into their week and month, rather than reading the
    // whole journal again for every week and month of a long range.
    let monday_of = |d: NaiveDate| d - Duration::days(i64::from(d.weekday().num_days_from_monday()));
    let mut by_week: BTreeMap<NaiveDate, Vec<&Episode>> = BTreeMap::new();
    let mut by_month: BTreeMap<(i32, u32), Vec<&Episode>> = BTreeMap::new();
    for e in &in_range {
        let d = e.occurred_at.local_date();
        by_week.entry(monday_of(d)).or_default().push(e);
        by_month.entry((d.year(), d.month())).or_default().push(e);
    }
    let none: Vec<&Episode> = vec![];
    for r in records {
        if let Record::Checkin(c) = r
            && (from..=to.min(today)).contains(&c.date.0)
            && runs(&c.practice_id, c.date.0)
        {
            let slot = checkins_by_week.entry(monday_of(c.date.0)).or_default();
            slot.0 += 1;
            slot.1 += u32::from(c.done == crate::model::Done::Yes);
        }
    }
    let used = |e: &Episode| {
        let d = e.occurred_at.local_date();
        e.actor == crate::model::Actor::Me
            && practices.iter().any(|x| {
                crate::app::active_on(x, d)
                    && x.response.as_ref().is_some_and(|code| e.responses.contains(code))
            })
    };

    let mut weeks = vec![];
    let mut monday = monday_of(from);
    while monday <= to {
        let eps = by_week.get(&monday).unwrap_or(&none);
        let w = patterns::compute(eps);
        let (checkins, checkins_yes) = checkins_by_week.get(&monday).copied().unwrap_or_default();
        weeks.push(WeekFigures {
            week: monday.format("%G-W%V").to_string(),
            monday: monday.to_string(),
            totals: w.totals,
            mean_intensity: w.intensity.mean,
            reconnection_median_minutes: w.reconnection.median_minutes,
            checkins,
            checkins_yes,
            practice_used: eps.iter().filter(|e| used(e)).count() as u32,
        });
        monday += Duration::days(7);
    }

    let mut months = vec![];
    let mut first = NaiveDate::from_ymd_opt(from.year(), from.month(), 1).unwrap_or(from);
    while first <= to {
        let next = first.checked_add_months(chrono::Months::new(1)).unwrap_or(to + Duration::days(1));
        let m = patterns::compute(by_month.get(&(first.year(), first.month())).unwrap_or(&none));
        months.push(MonthFigures {
            month: first.format("%Y-%m").to_string(),
            secure_response_rate: m.secure_response_rate,
        });
        first = next;
    }

    let partner = match partner_name.trim() {
        "" => tr!("report-your-partner"),
        n => n.to_owned(),
    };
    let period = sentences::Period::of_days(days);
    let total = p.totals.total();
    let sentences = Sentences {
        episodes: sentences::episodes_sentence(&p, &prev, period, &partner),
        intensity: sentences::intensity_sentence(&p, &prev).unwrap_or_else(|| tr!("finding-no-intensity")),
        reconnection: sentences::reconnection_sentence(&p, &prev),
        cycles: sentences::cycles_sentence(&p, &partner),
        triggers: triggers_sentence(&p),
        behaviors: behaviors_sentence(&p),
        responses: sentences::rate_sentence(&p, &prev),
        heatmap: heatmap_sentence(&p.heatmap),
        pauses: sentences::pauses_sentence(&p).unwrap_or_else(|| tr!("finding-no-pauses")),
        repairs: sentences::repairs_sentence(&p).unwrap_or_else(|| tr!("finding-no-repairs")),
        cycle_map: sentences::cycle_map_sentence(&p, &partner).unwrap_or_else(|| tr!("finding-no-cycle-map")),
    };
    let encouragement = (total < FEW_EPISODES).then(|| tr!("finding-encouragement", count = total));
    Insights {
        from: from.to_string(),
        to: to.to_string(),
        previous_from: prev_from.to_string(),
        previous_to: prev_to.to_string(),
        patterns: p,
        previous: prev,
        weeks,
        months,
        sentences,
        encouragement,
    }
}

/// "Most cycles started after …" when one trigger opens most cycles, else the most frequent
/// trigger.
fn triggers_sentence(p: &Patterns) -> String {
    if let Some((t, n)) = sentences::top_cycle_trigger(p) {
        let id = if n * 2 > p.cycles.len() { "finding-trigger-most" } else { "finding-trigger-top" };
        return tr!(id, trigger = t, count = n, total = p.cycles.len());
    }
    match p.triggers.first() {
        Some(t) if t.count >= 2 => {
            tr!("finding-trigger-often", trigger = t.trigger.as_str(), count = t.count)
        }
        Some(_) => tr!("finding-trigger-once"),
        None => tr!("report-no-triggers-period"),
    }
}

fn behaviors_sentence(p: &Patterns) -> String {
    match p.behaviors.first() {
        Some(b) => {
            // Lower-cased inside the sentence where the language does so (German keeps its
            // nouns' capitals).
            let label = code_label(&b.code);
            let label = if tr!("report-lower-labels") == "all" { label.to_lowercase() } else { label };
            tr!("finding-behavior-top", behavior = label, count = b.count)
        }
        None => tr!("report-no-behaviors-period"),
    }
}

fn heatmap_sentence(h: &[[u32; 24]; 7]) -> String {
    let total: u32 = h.iter().flatten().sum();
    if total == 0 {
        return tr!("finding-heatmap-empty");
    }
    let day_totals: Vec<u32> = h.iter().map(|d| d.iter().sum()).collect();
    let day = (0..7).max_by(|&a, &b| day_totals[a].cmp(&day_totals[b]).then(b.cmp(&a))).unwrap_or(0);
    let mut hours = [0u32; 24];
    for d in h {
        for (i, c) in d.iter().enumerate() {
            hours[i] += c;
        }
    }
    let hour = (0..24).max_by(|&a, &b| hours[a].cmp(&hours[b]).then(b.cmp(&a))).unwrap_or(0);
    // Codes for the catalogue, which names the days.
    const DAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    tr!(
        "finding-heatmap",
        day = DAYS[day],
        in_day = day_totals[day],
        total = total,
        hour = format!("{hour:02}:00"),
        in_hour = hours[hour]
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, Entry, Episode, RecordId, Session, Timestamp};
    use Actor::{Me, Partner};
    use Kind::{PullAway, Pursuit};

    #[test]
    fn practice_over_time_adds_up_to_the_practice_figures_of_the_range() {
        let spec = crate::sample::SampleSpec {
            entries: 70,
            episodes: 60,
            session_every_days: 14,
            practices: true,
            ..Default::default()
        };
        let records = crate::sample::generate(&spec);
        let to = spec.end;
        let from = to - Duration::days(55);
        let i = insights(&records, from, to, "Sam");
        assert!(!i.patterns.practice.is_empty());
        let weekly: u32 = i.weeks.iter().map(|w| w.checkins).sum();
        let total: u32 = i.patterns.practice.iter().map(|f| f.checked_in).sum();
        assert_eq!(weekly, total, "every check-in of the range is in exactly one week");
        let yes: u32 = i.weeks.iter().map(|w| w.checkins_yes).sum();
        assert_eq!(yes, i.patterns.practice.iter().map(|f| f.yes).sum::<u32>());
        assert!(i.weeks.iter().all(|w| w.checkins_yes <= w.checkins));
        assert!(i.sentences.cycle_map.starts_with("Most often") || i.patterns.cycle_map.is_empty());
    }

    fn id(n: u32) -> String {
        format!("00000000-0000-4000-8000-{n:012}")
    }

    fn ep(n: u32, at: &str, kind: Kind, actor: Actor) -> Episode {
        Episode::bare(&id(n), at, kind, actor)
    }

    fn day(d: &str) -> NaiveDate {
        NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap()
    }

    fn entry(n: u32, date: &str, closeness: Option<u8>, safety: Option<u8>) -> Record {
        let t = Timestamp::parse("2026-11-01T09:00:00Z").unwrap();
        Record::Entry(Entry {
            id: RecordId::parse(&id(n)).unwrap(),
            date: Date(day(date)),
            text: String::new(),
            mood: None,
            closeness,
            safety,
            tags: vec![],
            for_therapy: false,
            created_at: t.clone(),
            updated_at: t,
        })
    }

    #[test]
    fn timeline_orders_marks_by_instant_and_links_cycles_by_position() {
        // Stored out of order; the +05:00 one is the earliest instant.
        let mut late = ep(1, "2026-11-10T20:00:00+00:00", Pursuit, Me);
        late.reconnected_at = Some(Timestamp::parse("2026-11-10T23:00:00+00:00").unwrap());
        let early = ep(2, "2026-11-10T23:00:00+05:00", PullAway, Partner); // 18:00 UTC
        let alone = ep(3, "2026-11-20T08:00:00+00:00", PullAway, Me);
        let t = timeline(&[Record::Episode(late), Record::Episode(alone), Record::Episode(early)]);
        let ids: Vec<&str> = t.marks.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, [id(2), id(1), id(3)]);
        assert_eq!(t.marks[0].t, 1_794_333_600_000); // 2026-11-10T18:00Z
        assert_eq!(t.marks[1].reconnected_t, Some(t.marks[1].t + 3 * 3_600_000));
        assert_eq!(t.cycles.len(), 1);
        assert_eq!(t.cycles[0].marks, [0, 1]);
        assert_eq!(t.cycles[0].started_by, Starter { actor: Partner, kind: PullAway });
    }

    #[test]
    fn timeline_days_average_a_dates_entries_and_skip_days_without_scales() {
        let t = timeline(&[
            entry(1, "2026-11-02", Some(4), None),
            entry(2, "2026-11-02", Some(7), Some(9)),
            entry(3, "2026-11-03", None, None),
        ]);
        assert_eq!(t.days.len(), 1);
        assert_eq!(t.days[0].date, "2026-11-02");
        assert_eq!(t.days[0].closeness, Some(5.5));
        assert_eq!(t.days[0].safety, Some(9.0));
        assert_eq!(t.days[0].t, noon_ms(day("2026-11-02")));
    }

    #[test]
    fn timeline_places_sessions_at_noon_of_their_date() {
        let t0 = Timestamp::parse("2026-11-01T09:00:00Z").unwrap();
        let s = Session {
            id: RecordId::parse(&id(9)).unwrap(),
            date: Date(day("2026-11-05")),
            notes: String::new(),
            homework: String::new(),
            created_at: t0.clone(),
            updated_at: t0,
        };
        let t = timeline(&[Record::Session(s)]);
        assert_eq!(t.sessions[0].t, 1_793_880_000_000);
    }

    #[test]
    fn insights_cover_every_week_and_month_of_the_range_even_empty_ones() {
        let mut a = ep(1, "2026-11-03T10:00:00+00:00", Pursuit, Me);
        a.reconnected_at = Some(Timestamp::parse("2026-11-03T12:00:00+00:00").unwrap());
        a.intensity = Some(6);
        a.responses = vec!["self_soothed".into()];
        let mut b = ep(2, "2026-11-04T10:00:00+00:00", Pursuit, Me);
        b.reconnected_at = Some(Timestamp::parse("2026-11-04T16:00:00+00:00").unwrap());
        b.intensity = Some(8);
        let c = ep(3, "2026-10-20T10:00:00+00:00", PullAway, Partner); // the period before
        let recs = [Record::Episode(a), Record::Episode(b), Record::Episode(c)];
        let i = insights(&recs, day("2026-10-28"), day("2026-11-24"), "Sam");
        // Wed 28 Oct is in W44; Tue 24 Nov in W48: five weeks, the first and last cut short.
        let weeks: Vec<&str> = i.weeks.iter().map(|w| w.week.as_str()).collect();
        assert_eq!(weeks, ["2026-W44", "2026-W45", "2026-W46", "2026-W47", "2026-W48"]);
        assert_eq!(i.weeks[0].monday, "2026-10-26");
        assert_eq!(i.weeks[1].totals.pursuit.me, 2);
        assert_eq!(i.weeks[1].mean_intensity, Some(7.0));
        assert_eq!(i.weeks[1].reconnection_median_minutes, Some(240.0)); // 2 h and 6 h
        assert_eq!(i.weeks[2].totals.pursuit.me, 0);
        assert_eq!(i.weeks[2].reconnection_median_minutes, None);
        let months: Vec<&str> = i.months.iter().map(|m| m.month.as_str()).collect();
        assert_eq!(months, ["2026-10", "2026-11"]);
        assert_eq!(i.months[1].secure_response_rate.with_response, 1);
        assert_eq!(i.months[1].secure_response_rate.rate, Some(0.5));
        assert_eq!(i.months[0].secure_response_rate.rate, None);
        assert_eq!((i.previous_from.as_str(), i.previous_to.as_str()), ("2026-09-30", "2026-10-27"));
        assert_eq!(i.previous.totals.pull_away.partner, 1);
        assert_eq!(i.patterns.totals.total(), 2);
        assert!(
            i.sentences.reconnection.starts_with("Reconnecting took a median of 4 h"),
            "{}",
            i.sentences.reconnection
        );
        assert!(i.encouragement.as_deref().unwrap_or("").starts_with("2 episodes are logged"));
    }

    #[test]
    fn an_empty_range_gets_words_not_gaps() {
        let i = insights(&[], day("2026-11-01"), day("2026-11-07"), "");
        assert_eq!(i.weeks.len(), 2);
        assert_eq!(i.sentences.heatmap, "Nothing to place on the week yet.");
        assert_eq!(i.sentences.triggers, "No triggers were written down in this period.");
        assert_eq!(i.sentences.behaviors, "No behaviours were noted in this period.");
        assert_eq!(i.sentences.pauses, "No pauses with a time to come back were logged in this period.");
        assert_eq!(i.sentences.repairs, "Nothing was noted yet about what helped you reconnect.");
        assert!(i.encouragement.is_some());
    }

    #[test]
    fn sentences_name_the_trigger_that_opens_most_cycles_and_the_busiest_day_and_hour() {
        let mut recs = vec![];
        for (n, d) in [(1u32, "2026-11-02"), (3, "2026-11-09"), (5, "2026-11-16")] {
            let mut a = ep(n, &format!("{d}T21:10:00+00:00"), Pursuit, Me); // Mondays, 21:xx
            a.trigger = "An unanswered text".into();
            let b = ep(n + 1, &format!("{d}T21:40:00+00:00"), PullAway, Partner);
            recs.push(Record::Episode(a));
            recs.push(Record::Episode(b));
        }
        let i = insights(&recs, day("2026-11-01"), day("2026-11-30"), "Sam");
        assert_eq!(i.sentences.triggers, "Most cycles started after “an unanswered text” (3 of 3).");
        assert_eq!(
            i.sentences.heatmap,
            "Episodes came most often on Mondays (6 of 6) and in the hour from 21:00 (6)."
        );
        assert!(i.encouragement.is_none());
    }
}
