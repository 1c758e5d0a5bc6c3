//! The pattern engine (SPEC §5): the numbers behind the timeline, the insights and the
//! therapy report, computed from decrypted episodes with no I/O.
//!
//! Every figure is computed in each episode's own UTC offset: an episode at 00:30+01:00
//! belongs to the local day and hour the user lived it, whatever UTC says. This module is the
//! single source of those numbers; the command line prints them and the desktop app draws
//! them, so neither recomputes anything.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Duration, NaiveDate, Timelike};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{Actor, Done, Episode, Kind, Record};
use crate::query::DateRange;

/// Episodes counted by kind, then by actor.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Totals {
    /// Pull-away episodes, by actor.
    pub pull_away: ByActor,
    /// Pursuit episodes, by actor.
    pub pursuit: ByActor,
}

/// A count for each partner.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ByActor {
    /// Episodes by the user.
    pub me: u32,
    /// Episodes by the partner.
    pub partner: u32,
}

impl Totals {
    fn add(&mut self, kind: Kind, actor: Actor) {
        let k = match kind {
            Kind::PullAway => &mut self.pull_away,
            Kind::Pursuit => &mut self.pursuit,
        };
        match actor {
            Actor::Me => k.me += 1,
            Actor::Partner => k.partner += 1,
        }
    }

    /// All episodes counted.
    pub fn total(&self) -> u32 {
        self.pull_away.me + self.pull_away.partner + self.pursuit.me + self.pursuit.partner
    }
}

/// One ISO week (Monday start) that holds at least one episode.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Week {
    /// `%G-W%V`, e.g. `2026-W47`.
    pub week: String,
    /// The week's episodes, by kind and actor.
    pub totals: Totals,
    /// Mean intensity of the week's episodes that have one.
    pub mean_intensity: Option<f64>,
}

/// Who started a cycle, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Starter {
    /// Who made the first move.
    pub actor: Actor,
    /// Whether the first move was a pull-away or a pursuit.
    pub kind: Kind,
}

/// A maximal chain of linked episodes: each within 24 hours of the one before, by the other
/// partner, of the other kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Cycle {
    /// Episode ids in order.
    pub episodes: Vec<String>,
    /// The first episode's `occurred_at`, as stored.
    pub start: String,
    /// The last episode's `occurred_at`, as stored.
    pub end: String,
    /// Who made the first move, and of which kind.
    pub started_by: Starter,
    /// The first episode's trigger exactly as stored (`""` if none).
    pub trigger: String,
    /// Number of episodes.
    pub length: usize,
}

/// How long reconnecting took, over episodes that record it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct Reconnection {
    /// How many episodes have a `reconnected_at`.
    pub count: usize,
    /// Median minutes from `occurred_at` to `reconnected_at`; `null` when `count` is 0.
    pub median_minutes: Option<f64>,
    /// Nearest rank: the value at position ceil(0.9·n) of the sorted list.
    pub p90_minutes: Option<f64>,
}

/// Intensity level and trend.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct Intensity {
    /// Mean intensity of the episodes that have one, 0–10; `null` when none does.
    pub mean: Option<f64>,
    /// Least-squares slope of intensity against time, in points per week.
    pub slope_per_week: Option<f64>,
}

/// A trigger (trimmed, lower-cased) and how often it came up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TriggerCount {
    /// The trigger, trimmed and lower-cased.
    pub trigger: String,
    /// How many episodes it set off.
    pub count: u32,
}

/// A behaviour or response code and how often it was logged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CodeCount {
    /// The code, e.g. `shut_down`.
    pub code: String,
    /// How many times this code was used.
    pub count: u32,
}

/// How often the user's own episodes include a secure response.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct ResponseRate {
    /// Episodes whose actor is the user.
    pub episodes: u32,
    /// How many of those list at least one response.
    pub with_response: u32,
    /// `with_response` / `episodes`; `null` when `episodes` is 0.
    pub rate: Option<f64>,
}

/// Pauses: episodes with a promised return time (SPEC §8).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct Pauses {
    /// Episodes with a `return_at`.
    pub count: u32,
    /// Of those, how many have a `reconnected_at`.
    pub returned: u32,
    /// Of those, how many reconnected at most [`ON_TIME_GRACE`] after `return_at`.
    pub on_time: u32,
    /// `on_time` / `count`; `null` when `count` is 0.
    pub on_time_rate: Option<f64>,
}

/// A repair code, how often it helped, and how long reconnecting took with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct RepairCount {
    /// The code, e.g. `talked_it_through`.
    pub code: String,
    /// Episodes that list it.
    pub count: u32,
    /// Median minutes from `occurred_at` to `reconnected_at` over those episodes that have
    /// one; `null` when none does.
    pub median_minutes: Option<f64>,
}

/// One move of a cycle: who, and which kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub struct Move {
    /// Who moved.
    pub actor: Actor,
    /// Pull-away or pursuit.
    pub kind: Kind,
}

/// The cycles that begin with the same two moves (SPEC §8, `cycle_map`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CycleGroup {
    /// The first move.
    pub first: Move,
    /// The move that answered it.
    pub then: Move,
    /// How many cycles begin this way.
    pub count: u32,
    /// The three most used behaviour codes of the first moves (count descending, then code).
    pub first_behaviors: Vec<String>,
    /// The same for the second moves.
    pub then_behaviors: Vec<String>,
    /// The most common trimmed, lower-cased trigger of the first moves (ties: text
    /// ascending); `""` if none has one.
    pub trigger: String,
}

/// A practice over the range (SPEC §8, `practice`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PracticeFigures {
    /// The practice's id.
    pub id: String,
    /// What is practised.
    pub text: String,
    /// The response practised, if any.
    pub response: Option<String>,
    /// Days of the range it ran on, never after today.
    pub days: u32,
    /// Check-ins on those days.
    pub checked_in: u32,
    /// Of those, "yes".
    pub yes: u32,
    /// Of those, "no".
    pub no: u32,
    /// Of those, "no chance today".
    pub no_chance: u32,
    /// The person's own episodes on those days that used the response; `null` without one.
    pub used_in_episodes: Option<u32>,
}

/// How many behaviour codes a cycle group names for each move.
pub const GROUP_BEHAVIORS: usize = 3;

/// How late a return may be and still count as on time.
pub const ON_TIME_GRACE: Duration = Duration::minutes(15);

/// Everything of SPEC §5, for one range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Patterns {
    /// Every episode, by kind and actor.
    pub totals: Totals,
    /// Each ISO week that holds an episode, oldest first.
    pub weeks: Vec<Week>,
    /// Every cycle, earliest first.
    pub cycles: Vec<Cycle>,
    /// How long reconnecting took.
    pub reconnection: Reconnection,
    /// Mean intensity and its trend.
    pub intensity: Intensity,
    /// The 10 most frequent triggers, by count descending then text ascending.
    pub triggers: Vec<TriggerCount>,
    /// Every behaviour code used, by count descending then code ascending.
    pub behaviors: Vec<CodeCount>,
    /// Every response code used, by count descending then code ascending.
    pub responses: Vec<CodeCount>,
    /// How often the user's own episodes include a response.
    pub secure_response_rate: ResponseRate,
    /// Counts by local weekday (Monday = 0) and local hour.
    pub heatmap: [[u32; 24]; 7],
    /// Pauses and whether the return came on time (SPEC §8).
    pub pauses: Pauses,
    /// Every repair code used, by count descending then code ascending (SPEC §8).
    pub repairs: Vec<RepairCount>,
    /// The cycles grouped by their first two moves, most common first (SPEC §8).
    pub cycle_map: Vec<CycleGroup>,
    /// Every practice active in the range, by start day then id (SPEC §8); filled by
    /// [`compute_all`], empty from [`compute`], which sees episodes only.
    pub practice: Vec<PracticeFigures>,
}

/// The longest gap between two linked episodes.
pub const LINK_WINDOW: Duration = Duration::hours(24);

/// How many triggers the summary keeps.
pub const TOP_TRIGGERS: usize = 10;

/// Picks the episodes of a record list whose local date falls in `range`.
pub fn episodes_in<'a>(records: &'a [Record], range: &DateRange) -> Vec<&'a Episode> {
    records
        .iter()
        .filter_map(|r| match r {
            Record::Episode(e) if range.contains(e.occurred_at.local_date()) => Some(e),
            _ => None,
        })
        .collect()
}

/// Computes every pattern over the given episodes (already chosen by range).
pub fn compute(episodes: &[&Episode]) -> Patterns {
    let mut totals = Totals::default();
    let mut heatmap = [[0u32; 24]; 7];
    // Keyed by (ISO year, ISO week) so that weeks sort in time order.
    let mut weeks: BTreeMap<(i32, u32), (Totals, f64, u32)> = BTreeMap::new();
    let mut reconnect: Vec<f64> = Vec::new();
    let mut points: Vec<(i64, f64)> = Vec::new();
    let mut triggers: HashMap<String, u32> = HashMap::new();
    let mut behaviors: HashMap<&str, u32> = HashMap::new();
    let mut responses: HashMap<&str, u32> = HashMap::new();
    let mut rate = ResponseRate::default();
    let mut pauses = Pauses::default();
    let mut repairs: HashMap<&str, (u32, Vec<f64>)> = HashMap::new();

    for e in episodes {
        let local = e.occurred_at.datetime();
        totals.add(e.kind, e.actor);
        heatmap[local.weekday().num_days_from_monday() as usize][local.hour() as usize] += 1;

        let iso = local.date_naive().iso_week();
        let w = weeks.entry((iso.year(), iso.week())).or_default();
        w.0.add(e.kind, e.actor);
        if let Some(i) = e.intensity {
            w.1 += f64::from(i);
            w.2 += 1;
            points.push((local.timestamp(), f64::from(i)));
        }

        let took = e.reconnected_at.as_ref().map(|r| (r.datetime() - local).num_seconds() as f64 / 60.0);
        reconnect.extend(took);
        if let Some(promised) = &e.return_at {
            pauses.count += 1;
            if let Some(back) = &e.reconnected_at {
                pauses.returned += 1;
                if back.datetime() <= promised.datetime() + ON_TIME_GRACE {
                    pauses.on_time += 1;
                }
            }
        }
        for r in &e.repairs {
            let slot = repairs.entry(r).or_default();
            slot.0 += 1;
            slot.1.extend(took);
        }

        let t = e.trigger.trim().to_lowercase();
        if !t.is_empty() {
            *triggers.entry(t).or_default() += 1;
        }
        for b in &e.behaviors {
            *behaviors.entry(b).or_default() += 1;
        }
        for r in &e.responses {
            *responses.entry(r).or_default() += 1;
        }
        if e.actor == Actor::Me {
            rate.episodes += 1;
            if !e.responses.is_empty() {
                rate.with_response += 1;
            }
        }
    }
    rate.rate = (rate.episodes > 0).then(|| f64::from(rate.with_response) / f64::from(rate.episodes));
    pauses.on_time_rate = (pauses.count > 0).then(|| f64::from(pauses.on_time) / f64::from(pauses.count));
    let mut repairs: Vec<RepairCount> = repairs
        .into_iter()
        .map(|(code, (count, took))| RepairCount {
            code: code.to_owned(),
            count,
            median_minutes: reconnection(took).median_minutes,
        })
        .collect();
    repairs.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.code.cmp(&b.code)));

    let weeks = weeks
        .into_iter()
        .map(|((y, w), (totals, sum, n))| Week {
            week: format!("{y:04}-W{w:02}"),
            totals,
            mean_intensity: (n > 0).then(|| sum / f64::from(n)),
        })
        .collect();

    let mut triggers: Vec<TriggerCount> =
        triggers.into_iter().map(|(trigger, count)| TriggerCount { trigger, count }).collect();
    triggers.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.trigger.cmp(&b.trigger)));
    triggers.truncate(TOP_TRIGGERS);

    let cycles = cycles(episodes);
    let cycle_map = cycle_map(&cycles, episodes);
    Patterns {
        totals,
        weeks,
        cycles,
        cycle_map,
        practice: Vec::new(),
        reconnection: reconnection(reconnect),
        intensity: intensity(&points),
        triggers,
        behaviors: ranked(behaviors),
        responses: ranked(responses),
        secure_response_rate: rate,
        heatmap,
        pauses,
        repairs,
    }
}

/// Every pattern of the records in `range`, practice included: a range open at either end
/// runs from the earliest record's date, or to `today` (SPEC §8).
pub fn compute_all(records: &[Record], range: &DateRange, today: NaiveDate) -> Patterns {
    let mut p = compute(&episodes_in(records, range));
    p.practice = practice(records, range, today);
    p
}

/// The cycles grouped by their first two moves.
fn cycle_map(cycles: &[Cycle], episodes: &[&Episode]) -> Vec<CycleGroup> {
    let by_id: HashMap<&str, &Episode> = episodes.iter().map(|e| (e.id.as_str(), *e)).collect();
    let mut groups: HashMap<(Move, Move), Vec<(&Episode, &Episode)>> = HashMap::new();
    for c in cycles {
        let (Some(a), Some(b)) = (c.episodes.first(), c.episodes.get(1)) else { continue };
        let (Some(a), Some(b)) = (by_id.get(a.as_str()), by_id.get(b.as_str())) else { continue };
        let key = (Move { actor: a.actor, kind: a.kind }, Move { actor: b.actor, kind: b.kind });
        groups.entry(key).or_default().push((a, b));
    }
    let top = |eps: &mut dyn Iterator<Item = &Episode>| {
        let mut counts: HashMap<&str, u32> = HashMap::new();
        for e in eps {
            for b in &e.behaviors {
                *counts.entry(b).or_default() += 1;
            }
        }
        let mut v: Vec<String> = ranked(counts).into_iter().map(|c| c.code).collect();
        v.truncate(GROUP_BEHAVIORS);
        v
    };
    let mut out: Vec<CycleGroup> = groups
        .into_iter()
        .map(|((first, then), pairs)| {
            let mut triggers: HashMap<String, u32> = HashMap::new();
            for (a, _) in &pairs {
                let t = a.trigger.trim().to_lowercase();
                if !t.is_empty() {
                    *triggers.entry(t).or_default() += 1;
                }
            }
            let trigger = triggers
                .into_iter()
                .max_by(|x, y| x.1.cmp(&y.1).then_with(|| y.0.cmp(&x.0)))
                .map(|(t, _)| t)
                .unwrap_or_default();
            CycleGroup {
                first,
                then,
                count: pairs.len() as u32,
                first_behaviors: top(&mut pairs.iter().map(|p| p.0)),
                then_behaviors: top(&mut pairs.iter().map(|p| p.1)),
                trigger,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| a.first.actor.as_str().cmp(b.first.actor.as_str()))
            .then_with(|| a.first.kind.as_str().cmp(b.first.kind.as_str()))
    });
    out
}

/// The practices active on at least one day of the range, with their check-ins and the
/// episodes that used their response on the days they ran.
pub fn practice(records: &[Record], range: &DateRange, today: NaiveDate) -> Vec<PracticeFigures> {
    let earliest = || records.iter().filter_map(Record::date).min().unwrap_or(today);
    let from = range.from.unwrap_or_else(earliest);
    let to = range.to.unwrap_or(today);
    let mut practices: Vec<&crate::model::Practice> = records
        .iter()
        .filter_map(|r| match r {
            Record::Practice(p) if p.started_on.0 <= to && p.ended_on.is_none_or(|e| e.0 >= from) => Some(p),
            _ => None,
        })
        .collect();
    practices
        .sort_by(|a, b| a.started_on.0.cmp(&b.started_on.0).then_with(|| a.id.as_str().cmp(b.id.as_str())));
    practices
        .into_iter()
        .map(|p| {
            // The days it ran within the range, up to today.
            let lo = p.started_on.0.max(from);
            let hi = p.ended_on.map_or(to, |e| e.0.min(to)).min(today);
            let on = |d: NaiveDate| lo <= d && d <= hi;
            let days = if hi >= lo { (hi - lo).num_days() as u32 + 1 } else { 0 };
            let mut f = PracticeFigures {
                id: p.id.to_string(),
                text: p.text.clone(),
                response: p.response.clone(),
                days,
                checked_in: 0,
                yes: 0,
                no: 0,
                no_chance: 0,
                used_in_episodes: None,
            };
            for r in records {
                match r {
                    Record::Checkin(c) if c.practice_id == f.id && on(c.date.0) => {
                        f.checked_in += 1;
                        match c.done {
                            Done::Yes => f.yes += 1,
                            Done::No => f.no += 1,
                            Done::NoChance => f.no_chance += 1,
                        }
                    }
                    _ => {}
                }
            }
            f.used_in_episodes = p.response.as_ref().map(|code| {
                records
                    .iter()
                    .filter(|r| {
                        matches!(r, Record::Episode(e) if e.actor == Actor::Me
                            && e.responses.iter().any(|x| x == code)
                            && on(e.occurred_at.local_date()))
                    })
                    .count() as u32
            });
            f
        })
        .collect()
}

fn ranked(counts: HashMap<&str, u32>) -> Vec<CodeCount> {
    let mut v: Vec<CodeCount> =
        counts.into_iter().map(|(c, count)| CodeCount { code: c.to_owned(), count }).collect();
    v.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.code.cmp(&b.code)));
    v
}

/// Finds the cycles: sort by instant (ties by id), link neighbours, keep chains of two or more.
pub fn cycles(episodes: &[&Episode]) -> Vec<Cycle> {
    let mut sorted: Vec<&Episode> = episodes.to_vec();
    sorted.sort_by(|a, b| {
        a.occurred_at.datetime().cmp(&b.occurred_at.datetime()).then_with(|| a.id.as_str().cmp(b.id.as_str()))
    });
    let linked = |a: &Episode, b: &Episode| {
        b.occurred_at.datetime() - a.occurred_at.datetime() <= LINK_WINDOW
            && a.actor != b.actor
            && a.kind != b.kind
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < sorted.len() {
        let mut j = i;
        while j + 1 < sorted.len() && linked(sorted[j], sorted[j + 1]) {
            j += 1;
        }
        if j > i {
            let chain = &sorted[i..=j];
            let first = chain[0];
            out.push(Cycle {
                episodes: chain.iter().map(|e| e.id.to_string()).collect(),
                start: first.occurred_at.as_str().to_owned(),
                end: chain[chain.len() - 1].occurred_at.as_str().to_owned(),
                started_by: Starter { actor: first.actor, kind: first.kind },
                trigger: first.trigger.clone(),
                length: chain.len(),
            });
        }
        i = j + 1;
    }
    out
}

/// Median (mean of the middle two for an even count) and nearest-rank p90.
fn reconnection(mut minutes: Vec<f64>) -> Reconnection {
    let n = minutes.len();
    if n == 0 {
        return Reconnection::default();
    }
    minutes.sort_by(f64::total_cmp);
    let median = if n % 2 == 1 { minutes[n / 2] } else { (minutes[n / 2 - 1] + minutes[n / 2]) / 2.0 };
    // ceil(0.9·n) in integers, so that float rounding cannot move the rank.
    let rank = (9 * n).div_ceil(10).max(1);
    Reconnection { count: n, median_minutes: Some(median), p90_minutes: Some(minutes[rank - 1]) }
}

/// Mean and least-squares slope over (Unix seconds, intensity) points, with time in weeks.
fn intensity(points: &[(i64, f64)]) -> Intensity {
    let n = points.len();
    if n == 0 {
        return Intensity::default();
    }
    let nf = n as f64;
    let mean_y = points.iter().map(|p| p.1).sum::<f64>() / nf;
    let first = points[0].0;
    let all_same_instant = points.iter().all(|p| p.0 == first);
    let slope = if n < 2 || all_same_instant {
        None
    } else {
        // Weeks since the first point, centred: small numbers keep the sums precise.
        let x = |p: &(i64, f64)| (p.0 - first) as f64 / (7.0 * 86_400.0);
        let mean_x = points.iter().map(x).sum::<f64>() / nf;
        let sxx: f64 = points.iter().map(|p| (x(p) - mean_x).powi(2)).sum();
        let sxy: f64 = points.iter().map(|p| (x(p) - mean_x) * (p.1 - mean_y)).sum();
        Some(sxy / sxx)
    };
    Intensity { mean: Some(mean_y), slope_per_week: slope }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{RecordId, Timestamp};

    fn ep(id: &str, at: &str, kind: Kind, actor: Actor) -> Episode {
        Episode::bare(id, at, kind, actor)
    }

    fn id(n: u32) -> String {
        format!("00000000-0000-4000-8000-{n:012}")
    }

    use Actor::{Me, Partner};
    use Kind::{PullAway, Pursuit};

    fn paused(n: u32, at: &str, back_at: &str, came_back: Option<&str>, repairs: &[&str]) -> Episode {
        let mut e = ep(&id(n), at, PullAway, Me);
        e.return_at = Some(Timestamp::parse(back_at).unwrap());
        e.reconnected_at = came_back.map(|t| Timestamp::parse(t).unwrap());
        e.repairs = repairs.iter().map(|r| r.to_string()).collect();
        e
    }

    fn with(mut e: Episode, behaviors: &[&str], trigger: &str) -> Episode {
        e.behaviors = behaviors.iter().map(|b| b.to_string()).collect();
        e.trigger = trigger.into();
        e
    }

    #[test]
    fn cycle_map_groups_by_the_first_two_moves_with_ties_broken_as_spec_says() {
        let eps = [
            // Group A (me pursuit → partner pull-away), three cycles.
            with(
                ep(&id(1), "2026-11-02T20:00:00+01:00", Pursuit, Me),
                &["chased", "demanded"],
                " Plans changed ",
            ),
            with(ep(&id(2), "2026-11-02T21:00:00+01:00", PullAway, Partner), &["shut_down"], ""),
            with(
                ep(&id(3), "2026-11-05T20:00:00+01:00", Pursuit, Me),
                &["demanded", "criticised"],
                "plans changed",
            ),
            with(ep(&id(4), "2026-11-05T22:00:00+01:00", PullAway, Partner), &["shut_down", "left"], ""),
            // A third cycle of the group whose first move has no behaviours, and a tied trigger.
            with(ep(&id(5), "2026-11-08T09:00:00+01:00", Pursuit, Me), &[], "money"),
            with(ep(&id(6), "2026-11-08T09:30:00+01:00", PullAway, Partner), &["left"], ""),
            // And a third move in that chain: it belongs to the cycle, not to the map's key.
            with(ep(&id(7), "2026-11-08T10:00:00+01:00", Pursuit, Me), &["texted"], ""),
            // Group B (partner pull-away → me pursuit), one cycle; ties on behaviours.
            with(ep(&id(8), "2026-11-12T20:00:00+01:00", PullAway, Partner), &["b", "a", "c", "d"], "Work"),
            with(ep(&id(9), "2026-11-12T20:10:00+01:00", Pursuit, Me), &["z"], ""),
            // Not a cycle: alone.
            with(ep(&id(10), "2026-11-20T20:00:00+01:00", PullAway, Me), &["shut_down"], "alone"),
        ];
        let refs: Vec<&Episode> = eps.iter().collect();
        let p = compute(&refs);
        assert_eq!(p.cycles.len(), 4);
        let map = &p.cycle_map;
        assert_eq!(map.len(), 2);
        assert_eq!(map.iter().map(|g| g.count).sum::<u32>() as usize, p.cycles.len());
        let a = &map[0];
        assert_eq!(
            (a.first, a.then),
            (Move { actor: Me, kind: Pursuit }, Move { actor: Partner, kind: PullAway })
        );
        assert_eq!(a.count, 3);
        // demanded 2, chased 1, criticised 1: ties by code.
        assert_eq!(a.first_behaviors, ["demanded", "chased", "criticised"]);
        // shut_down 2, left 2: ties by code.
        assert_eq!(a.then_behaviors, ["left", "shut_down"]);
        // "plans changed" twice (trimmed, lower-cased) beats "money" once.
        assert_eq!(a.trigger, "plans changed");
        let b = &map[1];
        assert_eq!(b.first, Move { actor: Partner, kind: PullAway });
        assert_eq!(b.first_behaviors, ["a", "b", "c"], "three at most, by code on ties");
        assert_eq!(b.trigger, "work");
        // Equal counts order by the first move's actor, then kind.
        let two = [
            ep(&id(20), "2026-11-02T20:00:00+01:00", PullAway, Partner),
            ep(&id(21), "2026-11-02T20:10:00+01:00", Pursuit, Me),
            ep(&id(22), "2026-11-04T20:00:00+01:00", Pursuit, Me),
            ep(&id(23), "2026-11-04T20:10:00+01:00", PullAway, Partner),
        ];
        let refs: Vec<&Episode> = two.iter().collect();
        let m = compute(&refs).cycle_map;
        assert_eq!((m[0].first.actor, m[1].first.actor), (Me, Partner));
        assert_eq!(m[0].trigger, "", "no trigger at all");
        let tie = [
            with(ep(&id(30), "2026-11-02T20:00:00+01:00", Pursuit, Me), &[], "b"),
            ep(&id(31), "2026-11-02T20:10:00+01:00", PullAway, Partner),
            with(ep(&id(32), "2026-11-04T20:00:00+01:00", Pursuit, Me), &[], "a"),
            ep(&id(33), "2026-11-04T20:10:00+01:00", PullAway, Partner),
        ];
        let refs: Vec<&Episode> = tie.iter().collect();
        assert_eq!(
            compute(&refs).cycle_map[0].trigger,
            "a",
            "a tie in triggers goes to the text first in order"
        );
    }

    fn practice_rec(n: u32, from: &str, to: Option<&str>, response: Option<&str>) -> Record {
        Record::Practice(
            serde_json::from_value(serde_json::json!({
                "id": id(n), "text": format!("practice {n}"), "response": response,
                "started_on": from, "ended_on": to, "session_id": null,
                "created_at": "2026-11-01T09:00:00+01:00", "updated_at": "2026-11-01T09:00:00+01:00"
            }))
            .unwrap(),
        )
    }

    fn checkin_rec(n: u32, practice: u32, date: &str, done: &str) -> Record {
        Record::Checkin(
            serde_json::from_value(serde_json::json!({
                "id": id(n), "practice_id": id(practice), "date": date, "done": done, "note": "",
                "created_at": "2026-11-01T09:00:00+01:00", "updated_at": "2026-11-01T09:00:00+01:00"
            }))
            .unwrap(),
        )
    }

    fn responded(n: u32, at: &str, actor: Actor, responses: &[&str]) -> Record {
        let mut e = ep(&id(n), at, Pursuit, actor);
        e.responses = responses.iter().map(|r| r.to_string()).collect();
        Record::Episode(e)
    }

    #[test]
    fn practice_counts_the_days_it_ran_in_the_range_its_check_ins_and_the_response_used() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let today = d("2026-11-30");
        let records = vec![
            // Starts mid-range, still running past today: 20 Nov..30 Nov (today) = 11 days.
            practice_rec(1, "2026-11-20", None, Some("named_the_pattern")),
            // Ends before the range: left out.
            practice_rec(2, "2026-10-01", Some("2026-10-31"), Some("named_the_pattern")),
            // Spans the whole range, no response: 10 Nov..30 Nov = 21 days.
            practice_rec(3, "2026-10-15", None, None),
            // Starts and ends inside: 12..14 Nov = 3 days.
            practice_rec(4, "2026-11-12", Some("2026-11-14"), Some("self_soothed")),
            checkin_rec(10, 1, "2026-11-20", "yes"),
            checkin_rec(11, 1, "2026-11-21", "no"),
            checkin_rec(12, 1, "2026-11-22", "no_chance"),
            // Before the practice began: kept, not counted.
            checkin_rec(13, 1, "2026-11-19", "yes"),
            checkin_rec(14, 4, "2026-11-13", "yes"),
            // After practice 4 ended: not counted.
            checkin_rec(15, 4, "2026-11-15", "yes"),
            responded(20, "2026-11-21T20:00:00+01:00", Me, &["named_the_pattern"]),
            responded(21, "2026-11-23T20:00:00+01:00", Me, &["named_the_pattern", "self_soothed"]),
            // The partner's, and one before the practice began: not counted.
            responded(22, "2026-11-24T20:00:00+01:00", Partner, &["named_the_pattern"]),
            responded(23, "2026-11-19T20:00:00+01:00", Me, &["named_the_pattern"]),
            responded(24, "2026-11-13T20:00:00+01:00", Me, &["self_soothed"]),
        ];
        let range = DateRange { from: Some(d("2026-11-10")), to: Some(d("2026-12-10")) };
        let p = practice(&records, &range, today);
        let ids: Vec<&str> = p.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids, [id(3), id(4), id(1)], "by started_on, and practice 2 is out");
        let by = |n: u32| p.iter().find(|f| f.id == id(n)).unwrap();
        let one = by(1);
        assert_eq!((one.days, one.checked_in, one.yes, one.no, one.no_chance), (11, 3, 1, 1, 1));
        assert_eq!(one.used_in_episodes, Some(2));
        assert_eq!(by(3).days, 21, "never after today, though the range goes on");
        assert_eq!(by(3).used_in_episodes, None);
        let four = by(4);
        assert_eq!((four.days, four.checked_in, four.yes), (3, 1, 1));
        assert_eq!(four.used_in_episodes, Some(1));
        // No range: from the earliest record (1 Oct) to today.
        let all = practice(&records, &DateRange::default(), today);
        assert_eq!(all.len(), 4);
        assert_eq!(all.iter().find(|f| f.id == id(2)).unwrap().days, 31);
        assert_eq!(all.iter().find(|f| f.id == id(1)).unwrap().checked_in, 3);
        // compute_all fills it into the patterns.
        assert_eq!(compute_all(&records, &range, today).practice, p);
    }

    #[test]
    fn pauses_count_a_return_on_time_up_to_fifteen_minutes_late_across_midnight_and_offsets() {
        let eps = [
            // Promised 00:10 after midnight, back at 00:25: exactly 15 minutes late, on time.
            paused(
                1,
                "2026-11-02T23:50:00+01:00",
                "2026-11-03T00:10:00+01:00",
                Some("2026-11-03T00:25:00+01:00"),
                &[],
            ),
            // Sixteen minutes late: returned, not on time.
            paused(
                2,
                "2026-11-04T20:00:00+01:00",
                "2026-11-04T20:20:00+01:00",
                Some("2026-11-04T20:36:00+01:00"),
                &[],
            ),
            // Early counts as on time; written in another offset (a DST change between the
            // promise and the return): 20:20+01:00 is 19:20Z, back at 20:25+02:00 = 18:25Z.
            paused(
                3,
                "2026-11-05T20:00:00+01:00",
                "2026-11-05T20:20:00+01:00",
                Some("2026-11-05T20:25:00+02:00"),
                &[],
            ),
            // Not back yet.
            paused(4, "2026-11-06T20:00:00+01:00", "2026-11-06T20:20:00+01:00", None, &[]),
        ];
        // An episode with no pause is not counted at all.
        let plain = ep(&id(5), "2026-11-07T20:00:00+01:00", Pursuit, Partner);
        let refs: Vec<&Episode> = eps.iter().chain([&plain]).collect();
        let p = compute(&refs);
        assert_eq!(p.pauses, Pauses { count: 4, returned: 3, on_time: 2, on_time_rate: Some(0.5) });
        assert_eq!(compute(&[&plain]).pauses, Pauses::default());
    }

    #[test]
    fn repairs_are_ranked_with_the_median_time_to_reconnect_of_their_episodes() {
        let eps = [
            paused(
                1,
                "2026-11-02T20:00:00+01:00",
                "2026-11-02T20:20:00+01:00",
                Some("2026-11-02T20:30:00+01:00"),
                &["talked_it_through"],
            ),
            paused(
                2,
                "2026-11-03T20:00:00+01:00",
                "2026-11-03T20:20:00+01:00",
                Some("2026-11-03T21:00:00+01:00"),
                &["talked_it_through", "humour"],
            ),
            paused(3, "2026-11-04T20:00:00+01:00", "2026-11-04T20:20:00+01:00", None, &["talked_it_through"]),
            paused(4, "2026-11-05T20:00:00+01:00", "2026-11-05T20:20:00+01:00", None, &["affection"]),
        ];
        let refs: Vec<&Episode> = eps.iter().collect();
        let r = compute(&refs).repairs;
        let got: Vec<(&str, u32, Option<f64>)> =
            r.iter().map(|x| (x.code.as_str(), x.count, x.median_minutes)).collect();
        // talked_it_through: 3 episodes, 2 with a reconnection (30 and 60 minutes): median 45.
        // Ties by count go by code: affection before humour.
        assert_eq!(
            got,
            [("talked_it_through", 3, Some(45.0)), ("affection", 1, None), ("humour", 1, Some(60.0))]
        );
    }

    #[test]
    fn a_link_holds_at_exactly_24_hours_and_breaks_one_minute_later() {
        let a = ep(&id(1), "2026-11-02T20:00:00+01:00", PullAway, Partner);
        let b = ep(&id(2), "2026-11-03T20:00:00+01:00", Pursuit, Me); // exactly 24 h
        let c = ep(&id(3), "2026-11-04T20:01:00+01:00", PullAway, Partner); // 24 h 01 min
        let d = ep(&id(4), "2026-11-05T08:00:00+00:00", Pursuit, Me); // 11 h 59 min after c (c is 19:01Z)
        let p = compute(&[&c, &a, &d, &b]);
        assert_eq!(p.cycles.len(), 2);
        assert_eq!(p.cycles[0].episodes, [id(1), id(2)]);
        assert_eq!(p.cycles[0].start, "2026-11-02T20:00:00+01:00");
        assert_eq!(p.cycles[0].end, "2026-11-03T20:00:00+01:00");
        assert_eq!(p.cycles[0].started_by, Starter { actor: Partner, kind: PullAway });
        assert_eq!(p.cycles[0].length, 2);
        assert_eq!(p.cycles[1].episodes, [id(3), id(4)]);
    }

    #[test]
    fn a_chain_runs_as_long_as_each_neighbour_links() {
        let mut first = ep(&id(1), "2026-11-02T08:00:00Z", PullAway, Partner);
        first.trigger = "  An Unanswered Text ".into();
        let e2 = ep(&id(2), "2026-11-02T09:00:00Z", Pursuit, Me);
        let e3 = ep(&id(3), "2026-11-02T10:00:00Z", PullAway, Partner);
        let e4 = ep(&id(4), "2026-11-02T11:00:00Z", Pursuit, Me);
        let p = compute(&[&e4, &e3, &e2, &first]);
        assert_eq!(p.cycles.len(), 1);
        assert_eq!(p.cycles[0].length, 4);
        // Exactly as stored, not trimmed like the trigger list.
        assert_eq!(p.cycles[0].trigger, "  An Unanswered Text ");
        assert_eq!(p.triggers, [TriggerCount { trigger: "an unanswered text".into(), count: 1 }]);
    }

    #[test]
    fn same_actor_or_same_kind_neighbours_do_not_link() {
        let a = ep(&id(1), "2026-11-02T08:00:00Z", PullAway, Partner);
        let same_actor = ep(&id(2), "2026-11-02T09:00:00Z", Pursuit, Partner);
        let same_kind = ep(&id(3), "2026-11-02T10:00:00Z", Pursuit, Me);
        // same_actor → same_kind: actors differ (partner, me) but kinds are both pursuit.
        assert!(compute(&[&a, &same_actor, &same_kind]).cycles.is_empty());
        let b = ep(&id(4), "2026-11-02T11:00:00Z", PullAway, Partner);
        // same_kind → b links (me pursuit → partner pull-away).
        let p = compute(&[&a, &same_actor, &same_kind, &b]);
        assert_eq!(p.cycles.len(), 1);
        assert_eq!(p.cycles[0].episodes, [id(3), id(4)]);
    }

    #[test]
    fn episodes_at_the_same_instant_are_ordered_by_id() {
        // The same instant in two offsets. Sorted by id, 5 comes before 6: 5 starts the cycle.
        let x = ep(&id(6), "2026-11-02T09:00:00+01:00", PullAway, Partner);
        let y = ep(&id(5), "2026-11-02T08:00:00Z", Pursuit, Me);
        for order in [[&x, &y], [&y, &x]] {
            let p = compute(&order);
            assert_eq!(p.cycles.len(), 1);
            assert_eq!(p.cycles[0].episodes, [id(5), id(6)]);
            assert_eq!(p.cycles[0].started_by, Starter { actor: Me, kind: Pursuit });
            assert_eq!(p.cycles[0].start, "2026-11-02T08:00:00Z");
        }
    }

    #[test]
    fn local_dates_weeks_and_hours_follow_each_episodes_own_offset() {
        // Monday 2026-11-23 00:30 at +01:00 is Sunday 23:30 UTC (ISO week 47 ends Sunday 22nd,
        // so UTC would say W47 — the local date says W48, Monday, hour 0).
        let early = ep(&id(1), "2026-11-23T00:30:00+01:00", PullAway, Partner);
        // Sunday 2026-11-22 23:50 at −05:00 is Monday 04:50 UTC: locally still W47, Sunday, 23.
        let late = ep(&id(2), "2026-11-22T23:50:00-05:00", Pursuit, Me);
        let records = vec![Record::Episode(early.clone()), Record::Episode(late.clone())];
        let d = |s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();

        let only_23 =
            episodes_in(&records, &DateRange { from: Some(d("2026-11-23")), to: Some(d("2026-11-23")) });
        assert_eq!(only_23.len(), 1);
        assert_eq!(only_23[0].id, early.id);
        let only_22 =
            episodes_in(&records, &DateRange { from: Some(d("2026-11-22")), to: Some(d("2026-11-22")) });
        assert_eq!(only_22[0].id, late.id);

        let p = compute(&[&early, &late]);
        let weeks: Vec<_> = p.weeks.iter().map(|w| w.week.as_str()).collect();
        assert_eq!(weeks, ["2026-W47", "2026-W48"]);
        assert_eq!(p.weeks[0].totals.pursuit.me, 1);
        assert_eq!(p.weeks[1].totals.pull_away.partner, 1);
        assert_eq!(p.heatmap[0][0], 1, "Monday, 00h");
        assert_eq!(p.heatmap[6][23], 1, "Sunday, 23h");
        assert_eq!(p.heatmap.iter().flatten().sum::<u32>(), 2);
        // 23:50−05:00 is 04:50Z, 00:30+01:00 is the day before at 23:30Z: 5 h 20 min earlier,
        // but the later-by-instant one is `late`; they link (different actor and kind).
        assert_eq!(p.cycles[0].episodes, [id(1), id(2)]);
    }

    #[test]
    fn iso_weeks_use_the_iso_year() {
        // 2027-01-01 is a Friday in ISO week 2026-W53.
        let e = ep(&id(1), "2027-01-01T12:00:00+00:00", PullAway, Me);
        assert_eq!(compute(&[&e]).weeks[0].week, "2026-W53");
    }

    fn with_reconnect(n: u32, minutes: i64) -> Episode {
        let mut e = ep(&id(n), "2026-11-02T08:00:00Z", PullAway, Partner);
        let back = e.occurred_at.datetime() + Duration::minutes(minutes);
        e.reconnected_at = Some(Timestamp::from_datetime(back));
        e
    }

    #[test]
    fn median_of_odd_and_even_counts() {
        let odd: Vec<Episode> =
            [30, 10, 20].iter().enumerate().map(|(i, m)| with_reconnect(i as u32, *m)).collect();
        let r = compute(&odd.iter().collect::<Vec<_>>()).reconnection;
        assert_eq!((r.count, r.median_minutes), (3, Some(20.0)));
        let even: Vec<Episode> =
            [40, 10, 20, 35].iter().enumerate().map(|(i, m)| with_reconnect(i as u32, *m)).collect();
        let r = compute(&even.iter().collect::<Vec<_>>()).reconnection;
        assert_eq!(r.median_minutes, Some(27.5), "mean of 20 and 35");
    }

    #[test]
    fn p90_is_the_nearest_rank() {
        // n = 10: rank ceil(9) = 9 → the 9th smallest (90). n = 11: ceil(9.9) = 10 → 100.
        let ten: Vec<Episode> = (1..=10).map(|i| with_reconnect(i, i64::from(i) * 10)).collect();
        assert_eq!(compute(&ten.iter().collect::<Vec<_>>()).reconnection.p90_minutes, Some(90.0));
        let eleven: Vec<Episode> = (1..=11).map(|i| with_reconnect(i, i64::from(i) * 10)).collect();
        assert_eq!(compute(&eleven.iter().collect::<Vec<_>>()).reconnection.p90_minutes, Some(100.0));
        let one = [with_reconnect(1, 45)];
        let r = compute(&one.iter().collect::<Vec<_>>()).reconnection;
        assert_eq!((r.median_minutes, r.p90_minutes), (Some(45.0), Some(45.0)));
        // Twenty values: rank 18.
        let twenty: Vec<Episode> = (1..=20).map(|i| with_reconnect(i, i64::from(i))).collect();
        assert_eq!(compute(&twenty.iter().collect::<Vec<_>>()).reconnection.p90_minutes, Some(18.0));
    }

    #[test]
    fn intensity_slope_is_least_squares_per_week() {
        let mk = |n: u32, at: &str, i: u8| {
            let mut e = ep(&id(n), at, PullAway, Partner);
            e.intensity = Some(i);
            e
        };
        // 8 → 6 → 4 at weekly steps: slope −2 per week, mean 6.
        let a = mk(1, "2026-11-02T08:00:00Z", 8);
        let b = mk(2, "2026-11-09T09:00:00+01:00", 6);
        let c = mk(3, "2026-11-16T08:00:00Z", 4);
        let no_intensity = ep(&id(4), "2026-11-20T08:00:00Z", PullAway, Partner);
        let p = compute(&[&a, &b, &c, &no_intensity]).intensity;
        assert!((p.mean.unwrap() - 6.0).abs() < 1e-9);
        assert!((p.slope_per_week.unwrap() + 2.0).abs() < 1e-9, "{:?}", p.slope_per_week);
        // Fewer than two intensities: no slope. All at one instant: no slope.
        let p = compute(&[&a, &no_intensity]).intensity;
        assert_eq!((p.mean, p.slope_per_week), (Some(8.0), None));
        let same = mk(5, "2026-11-02T09:00:00+01:00", 2);
        let p = compute(&[&a, &same]).intensity;
        assert_eq!((p.mean, p.slope_per_week), (Some(5.0), None));
    }

    #[test]
    fn triggers_codes_and_the_response_rate() {
        let mut eps = vec![];
        for (n, trig, actor, beh, resp) in [
            (1, "Money", Me, vec!["chased", "chased"], vec!["self_soothed"]),
            (2, " money ", Me, vec!["demanded"], vec![]),
            (3, "chores", Partner, vec!["shut_down"], vec![]),
            (4, "", Me, vec!["demanded"], vec!["set_boundary", "self_soothed"]),
            (5, "Ärger", Me, vec![], vec![]),
        ] {
            let mut e = ep(&id(n), &format!("2026-11-0{n}T08:00:00Z"), Pursuit, actor);
            e.trigger = trig.into();
            e.behaviors = beh.into_iter().map(String::from).collect();
            e.responses = resp.into_iter().map(String::from).collect();
            eps.push(e);
        }
        let p = compute(&eps.iter().collect::<Vec<_>>());
        let t: Vec<_> = p.triggers.iter().map(|t| (t.trigger.as_str(), t.count)).collect();
        assert_eq!(t, [("money", 2), ("chores", 1), ("ärger", 1)]);
        let b: Vec<_> = p.behaviors.iter().map(|c| (c.code.as_str(), c.count)).collect();
        assert_eq!(b, [("chased", 2), ("demanded", 2), ("shut_down", 1)]);
        let r: Vec<_> = p.responses.iter().map(|c| (c.code.as_str(), c.count)).collect();
        assert_eq!(r, [("self_soothed", 2), ("set_boundary", 1)]);
        assert_eq!(p.secure_response_rate.episodes, 4);
        assert_eq!(p.secure_response_rate.with_response, 2);
        assert_eq!(p.secure_response_rate.rate, Some(0.5));
    }

    #[test]
    fn top_ten_triggers_only() {
        let eps: Vec<Episode> = (0..15)
            .map(|n| {
                let mut e = ep(&id(n), "2026-11-02T08:00:00Z", PullAway, Partner);
                e.trigger = format!("trigger {n:02}");
                e
            })
            .collect();
        let p = compute(&eps.iter().collect::<Vec<_>>());
        assert_eq!(p.triggers.len(), 10);
        assert_eq!(p.triggers[0].trigger, "trigger 00");
    }

    #[test]
    fn an_empty_range_has_every_key_with_empty_values() {
        let p = compute(&[]);
        let v = serde_json::to_value(&p).unwrap();
        assert_eq!(
            v["totals"],
            serde_json::json!({"pull_away": {"me": 0, "partner": 0}, "pursuit": {"me": 0, "partner": 0}})
        );
        assert_eq!(v["weeks"], serde_json::json!([]));
        assert_eq!(v["cycles"], serde_json::json!([]));
        assert_eq!(
            v["reconnection"],
            serde_json::json!({"count": 0, "median_minutes": null, "p90_minutes": null})
        );
        assert_eq!(v["intensity"], serde_json::json!({"mean": null, "slope_per_week": null}));
        assert_eq!(
            v["secure_response_rate"],
            serde_json::json!({"episodes": 0, "with_response": 0, "rate": null})
        );
        assert_eq!(v["heatmap"].as_array().unwrap().len(), 7);
        assert!(v["heatmap"].as_array().unwrap().iter().all(|row| row.as_array().unwrap().len() == 24));
        for k in ["triggers", "behaviors", "responses"] {
            assert_eq!(v[k], serde_json::json!([]), "{k}");
        }
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        fn arb_episode() -> impl Strategy<Value = Episode> {
            (
                0i64..4_000_000_000,
                -50_400i32..=50_400,
                any::<bool>(),
                any::<bool>(),
                proptest::option::of(0u8..=10),
                proptest::option::of(0i64..100_000),
                "[ a-zA-Zé]{0,6}",
                proptest::collection::vec("[a-z_]{1,4}", 0..3),
            )
                .prop_map(|(secs, off, pull, me, intensity, back, trigger, codes)| {
                    let offset = chrono::FixedOffset::east_opt(off / 60 * 60).unwrap();
                    let at = chrono::DateTime::from_timestamp(secs, 0).unwrap().with_timezone(&offset);
                    let mut e = ep(
                        &RecordId::new().to_string(),
                        &at.to_rfc3339(),
                        if pull { PullAway } else { Pursuit },
                        if me { Me } else { Partner },
                    );
                    e.intensity = intensity;
                    e.reconnected_at = back.map(|m| Timestamp::from_datetime(at + Duration::minutes(m)));
                    e.trigger = trigger;
                    e.behaviors = codes.clone();
                    e.responses = codes;
                    e
                })
        }

        proptest! {
            #[test]
            fn never_panics_and_every_episode_is_counted(eps in proptest::collection::vec(arb_episode(), 0..60)) {
                let refs: Vec<&Episode> = eps.iter().collect();
                let p = compute(&refs);
                let n = eps.len() as u32;
                prop_assert_eq!(p.totals.total(), n);
                prop_assert_eq!(p.heatmap.iter().flatten().sum::<u32>(), n);
                prop_assert_eq!(p.weeks.iter().map(|w| w.totals.total()).sum::<u32>(), n);
                prop_assert!(p.cycles.iter().all(|c| c.length >= 2 && c.length == c.episodes.len()));
                prop_assert!(p.cycles.iter().map(|c| c.length).sum::<usize>() <= eps.len());
                if let (Some(m), Some(p90)) = (p.reconnection.median_minutes, p.reconnection.p90_minutes) {
                    prop_assert!(m >= 0.0 && p90 >= 0.0);
                }
                if let Some(mean) = p.intensity.mean {
                    prop_assert!((0.0..=10.0).contains(&mean));
                }
                prop_assert_eq!(p.cycle_map.iter().map(|g| g.count as usize).sum::<usize>(), p.cycles.len());
                prop_assert!(p.cycle_map.iter().all(|g| g.first_behaviors.len() <= GROUP_BEHAVIORS
                    && g.then_behaviors.len() <= GROUP_BEHAVIORS
                    && g.first.actor != g.then.actor));
            }

            #[test]
            fn practice_figures_never_panic_and_add_up(
                eps in proptest::collection::vec(arb_episode(), 0..20),
                practices in proptest::collection::vec((0i64..60, proptest::option::of(0i64..40), any::<bool>()), 0..5),
                checks in proptest::collection::vec((0usize..5, 0i64..90, 0u8..3), 0..30),
                range in (proptest::option::of(0i64..90), proptest::option::of(0i64..90)),
            ) {
                let base = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
                let day = |n: i64| (base + Duration::days(n)).to_string();
                let mut records: Vec<Record> = eps.into_iter().map(Record::Episode).collect();
                for (i, (start, len, resp)) in practices.iter().enumerate() {
                    records.push(practice_rec(100 + i as u32, &day(*start), len.map(|l| day(start + l)).as_deref(), resp.then_some("a_b")));
                }
                for (i, (p, d, done)) in checks.iter().enumerate() {
                    if *p < practices.len() {
                        records.push(checkin_rec(200 + i as u32, 100 + *p as u32, &day(*d), ["yes", "no", "no_chance"][*done as usize]));
                    }
                }
                let r = DateRange { from: range.0.map(|n| base + Duration::days(n)), to: range.1.map(|n| base + Duration::days(n)) };
                let today = base + Duration::days(70);
                for f in practice(&records, &r, today) {
                    prop_assert_eq!(f.yes + f.no + f.no_chance, f.checked_in);
                    prop_assert!(f.days <= 90);
                    prop_assert_eq!(f.response.is_none(), f.used_in_episodes.is_none());
                }
            }
        }
    }
}
