//! The plain sentences the report and the Insights screen share: each says one figure of
//! the pattern engine in words, beside the same figure for the period before.

use crate::formats::duration_words;
use crate::i18n;
use crate::model::{Actor, Kind};
use crate::patterns::{Patterns, Totals};
use crate::tr;

/// At most `max` characters of a text, on one line, so the summary stays on its page.
pub(crate) fn excerpt(s: &str, max: usize) -> String {
    let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > max {
        format!("{}…", one_line.chars().take(max).collect::<String>().trim_end())
    } else {
        one_line
    }
}

/// "23 November 2026" ("23. November 2026", "23 de noviembre de 2026").
pub(crate) fn nice_date(d: chrono::NaiveDate) -> String {
    i18n::date(d, "date-long")
}

pub(crate) fn range_words(from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let first = if from.year() == to.year() { i18n::date(from, "date-short") } else { nice_date(from) };
    tr!("report-range", from = first, to = nice_date(to))
}

/// The length of a report's period, as its sentences name it: the catalogue chooses the
/// words ("the 4 weeks before", "in dieser Woche") from the unit and the number.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Period {
    unit: &'static str,
    n: i64,
}

impl Period {
    pub(crate) fn of_days(days: i64) -> Period {
        match days {
            1 => Period { unit: "day", n: 1 },
            7 => Period { unit: "week", n: 1 },
            d if d % 7 == 0 => Period { unit: "weeks", n: d / 7 },
            d => Period { unit: "days", n: d },
        }
    }

    /// "4 weeks", "week", for the report's heading line.
    pub(crate) fn words(self) -> String {
        tr!("report-period", unit = self.unit, n = self.n)
    }
}

/// "4 pull-aways (3 by Sam, 1 by you)".
pub(crate) fn kind_words(totals: &Totals, kind: Kind, partner: &str) -> Option<String> {
    let by = match kind {
        Kind::PullAway => totals.pull_away,
        Kind::Pursuit => totals.pursuit,
    };
    let n = by.me + by.partner;
    if n == 0 {
        return None;
    }
    let who = match (by.partner > 0, by.me > 0) {
        (true, true) => "both",
        (true, false) => "partner",
        _ => "me",
    };
    Some(tr!(
        "report-kind-count",
        kind = kind.as_str(),
        count = n,
        who = who,
        by_partner = by.partner,
        by_me = by.me,
        partner = partner
    ))
}

pub(crate) fn episodes_sentence(p: &Patterns, prev: &Patterns, period: Period, partner: &str) -> String {
    let n = p.totals.total();
    let before = prev.totals.total();
    let (unit, len) = (period.unit, period.n);
    let comparison = match n.cmp(&before) {
        _ if before == 0 && n == 0 => None,
        std::cmp::Ordering::Less => {
            Some(tr!("report-fewer-than-before", diff = before - n, before = before, unit = unit, n = len))
        }
        std::cmp::Ordering::Greater => {
            Some(tr!("report-more-than-before", diff = n - before, before = before, unit = unit, n = len))
        }
        std::cmp::Ordering::Equal => Some(tr!("report-same-as-before", unit = unit, n = len)),
    };
    let first = if n == 0 {
        tr!("report-no-episodes", unit = unit, n = len)
    } else {
        let parts: Vec<String> = [Kind::PullAway, Kind::Pursuit]
            .iter()
            .filter_map(|k| kind_words(&p.totals, *k, partner))
            .collect();
        let parts = match parts.as_slice() {
            [a, b] => tr!("report-and", a = a, b = b),
            [a] => a.clone(),
            _ => String::new(),
        };
        tr!("report-episodes", count = n, parts = parts)
    };
    match comparison {
        Some(c) => format!("{first} {c}"),
        None => first,
    }
}

pub(crate) fn intensity_sentence(p: &Patterns, prev: &Patterns) -> Option<String> {
    let mean = p.intensity.mean?;
    let (trend, slope) = match p.intensity.slope_per_week {
        Some(sl) if sl <= -0.05 => ("easing", -sl),
        Some(sl) if sl >= 0.05 => ("rising", sl),
        Some(_) => ("steady", 0.0),
        None => ("none", 0.0),
    };
    let mean = i18n::decimal(mean, 1);
    let slope = i18n::decimal(slope, 1);
    Some(match prev.intensity.mean {
        Some(pm) => tr!(
            "report-intensity-before",
            mean = mean,
            before = i18n::decimal(pm, 1),
            trend = trend,
            slope = slope
        ),
        None => tr!("report-intensity", mean = mean, trend = trend, slope = slope),
    })
}

pub(crate) fn minutes(m: f64) -> String {
    duration_words(m.round() as i64)
}

pub(crate) fn reconnection_sentence(p: &Patterns, prev: &Patterns) -> String {
    let r = &p.reconnection;
    match (r.median_minutes, r.p90_minutes) {
        (Some(med), Some(p90)) => {
            let (dir, before) = match prev.reconnection.median_minutes {
                Some(pm) if med < pm - 0.5 => ("down", minutes(pm)),
                Some(pm) if med > pm + 0.5 => ("up", minutes(pm)),
                Some(pm) => ("same", minutes(pm)),
                None => ("none", String::new()),
            };
            let tail = if r.count >= 2 { "p90" } else { "none" };
            tr!(
                "report-reconnection",
                median = minutes(med),
                dir = dir,
                before = before,
                tail = tail,
                p90 = minutes(p90)
            )
        }
        _ => tr!("report-no-reconnection"),
    }
}

/// How the pauses went: how many ended with coming back, and how many on time.
pub(crate) fn pauses_sentence(p: &Patterns) -> Option<String> {
    let x = &p.pauses;
    if x.count == 0 {
        return None;
    }
    Some(if x.returned == 0 {
        tr!("report-pauses-no-return", count = x.count)
    } else {
        tr!("report-pauses", count = x.count, returned = x.returned, on_time = x.on_time)
    })
}

/// What helped the partners reconnect: the most used repair, and the quickest one.
pub(crate) fn repairs_sentence(p: &Patterns) -> Option<String> {
    let most = p.repairs.first()?;
    let quickest = p
        .repairs
        .iter()
        .filter_map(|r| r.median_minutes.map(|m| (m, r)))
        .min_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.code.cmp(&b.1.code)))
        .filter(|(_, r)| r.code != most.code);
    Some(tr!(
        "report-repairs",
        repair = code_words(&most.code),
        count = most.count,
        median = most.median_minutes.map(minutes).unwrap_or_default(),
        has_median = if most.median_minutes.is_some() { "yes" } else { "no" },
        quickest = quickest.map(|(_, r)| code_words(&r.code)).unwrap_or_default(),
        quickest_time = quickest.map(|(m, _)| minutes(m)).unwrap_or_default(),
        has_quickest = if quickest.is_some() { "yes" } else { "no" }
    ))
}

pub(crate) fn rate_sentence(p: &Patterns, prev: &Patterns) -> String {
    let r = &p.secure_response_rate;
    match r.rate {
        None => tr!("report-rate-none"),
        Some(rate) => {
            let percent = i18n::decimal(rate * 100.0, 0);
            match prev.secure_response_rate.rate {
                Some(pr) => tr!(
                    "report-rate-before",
                    tried = r.with_response,
                    count = r.episodes,
                    percent = percent,
                    before = i18n::decimal(pr * 100.0, 0)
                ),
                None => tr!("report-rate", tried = r.with_response, count = r.episodes, percent = percent),
            }
        }
    }
}

/// "you pulled away", "Sam pursued": who made a move, inside a sentence.
pub(crate) fn starter_words(actor: Actor, kind: Kind, partner: &str) -> String {
    tr!("report-move", actor = actor.as_str(), kind = kind.as_str(), partner = partner)
}

/// "you pursued", as a sentence of its own says it (German puts the verb elsewhere in
/// "…, als du nachgegangen bist" than in "du bist nachgegangen").
fn main_words(actor: Actor, kind: Kind, partner: &str) -> String {
    tr!("report-move-main", actor = actor.as_str(), kind = kind.as_str(), partner = partner)
}

pub(crate) fn cycles_sentence(p: &Patterns, partner: &str) -> String {
    let n = p.cycles.len();
    if n == 0 {
        return tr!("report-no-cycles");
    }
    let mut starts: Vec<((Actor, Kind), usize)> = vec![];
    for c in &p.cycles {
        let key = (c.started_by.actor, c.started_by.kind);
        match starts.iter_mut().find(|(k, _)| *k == key) {
            Some((_, count)) => *count += 1,
            None => starts.push((key, 1)),
        }
    }
    starts.sort_by_key(|s| std::cmp::Reverse(s.1));
    let ((actor, kind), top) = starts[0];
    let mut s = tr!(
        "report-cycles",
        count = n,
        top = top,
        all = if top == n { "yes" } else { "no" },
        start = starter_words(actor, kind, partner)
    );
    // The most common cycle's sentence names its usual trigger; this one then need not.
    if let Some((t, count)) =
        top_cycle_trigger(p).filter(|_| p.cycle_map.first().is_none_or(|g| g.trigger.is_empty()))
    {
        // The user's words, cut so the sentence stays a sentence (the summary fits one page).
        let t: String = if t.chars().count() > 60 {
            format!("{}…", t.chars().take(60).collect::<String>().trim_end())
        } else {
            t
        };
        s.push(' ');
        s.push_str(&tr!("report-cycles-trigger", count = count, trigger = t));
    }
    s
}

/// The most common cycle in one sentence (SPEC §8): "Most often, you pursued — chased,
/// demanded — and Sam pulled away within a day, after ‘plans changed’."
pub(crate) fn cycle_map_sentence(p: &Patterns, partner: &str) -> Option<String> {
    let g = p.cycle_map.first()?;
    // The codes' own short words ("chased, demanded"): the catalogue's labels are written
    // for a form, and too long for a sentence. A language that has them uses its own.
    let moves: Vec<String> = g
        .first_behaviors
        .iter()
        .map(|c| {
            let id = format!("report-short-{c}");
            if i18n::has(&id) { tr!(&id) } else { c.replace('_', " ") }
        })
        .collect();
    let total = p.cycles.len();
    Some(tr!(
        "report-cycle-map",
        share = if g.count as usize == total { "all" } else { "some" },
        count = g.count,
        total = total,
        first = main_words(g.first.actor, g.first.kind, partner),
        moves = moves.join(", "),
        has_moves = if moves.is_empty() { "no" } else { "yes" },
        then = main_words(g.then.actor, g.then.kind, partner),
        trigger = excerpt(&g.trigger, 60),
        has_trigger = if g.trigger.is_empty() { "no" } else { "yes" }
    ))
}

/// A code in plain words: the catalogue's label, lower-cased, or the code with spaces.
fn code_words(code: &str) -> String {
    match crate::catalog::label(code) {
        Some(l) => lower_first(&l),
        None => code.replace('_', " "),
    }
}

/// A label inside a sentence: lower-cased where the language does so (German keeps its
/// nouns' capitals, so only its first letter changes, and only when it is not a noun —
/// the catalogue says, with `report-lower-labels`).
fn lower_first(label: &str) -> String {
    if tr!("report-lower-labels") == "all" { label.to_lowercase() } else { label.to_owned() }
}

/// One practice of the period in words: how often it was checked in, how it went, and how
/// often the response showed up in the person's own episodes. `text_hidden` leaves the
/// person's words out (the response, a catalogue label, stays).
pub(crate) fn practice_sentence(f: &crate::patterns::PracticeFigures, text_hidden: bool) -> String {
    // One line on the printed page: the text is cut, the figures are short.
    let what = match (&f.response, text_hidden) {
        (_, false) if !f.text.trim().is_empty() => tr!("report-quoted", text = excerpt(f.text.trim(), 48)),
        (Some(r), _) => code_words(r),
        (None, _) => tr!("report-a-practice"),
    };
    let answers: Vec<String> = [("yes", f.yes), ("no", f.no), ("no_chance", f.no_chance)]
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(w, n)| tr!("report-checkin-answer", answer = *w, n = *n))
        .collect();
    let used = match f.used_in_episodes {
        Some(0) => "not_yet",
        Some(_) => "used",
        None => "none",
    };
    tr!(
        "report-practice",
        what = what,
        checked = f.checked_in,
        days = f.days,
        answers = answers.join(", "),
        has_answers = if f.checked_in > 0 { "yes" } else { "no" },
        used = used,
        episodes = f.used_in_episodes.unwrap_or(0)
    )
}

/// The trigger that opened the most cycles (trimmed and lower-cased, ties by name) and how
/// many it opened — when it opened more than one, so it is a pattern and not a single event.
pub(crate) fn top_cycle_trigger(p: &Patterns) -> Option<(String, usize)> {
    let mut counts: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for c in &p.cycles {
        let t = c.trigger.trim().to_lowercase();
        if !t.is_empty() {
            *counts.entry(t).or_default() += 1;
        }
    }
    counts.into_iter().max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0))).filter(|(_, n)| *n > 1)
}
