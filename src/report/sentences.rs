//! The plain sentences the report and the Insights screen share: each says one figure of
//! the pattern engine in words, beside the same figure for the period before.

use crate::formats::duration_words;
use crate::model::{Actor, Kind};
use crate::patterns::{Patterns, Totals};

pub(crate) fn plural(n: u32, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// At most `max` characters of a text, on one line, so the summary stays on its page.
pub(crate) fn excerpt(s: &str, max: usize) -> String {
    let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > max {
        format!("{}…", one_line.chars().take(max).collect::<String>().trim_end())
    } else {
        one_line
    }
}

pub(crate) fn nice_date(d: chrono::NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

pub(crate) fn range_words(from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    if from.year() == to.year() {
        format!("{} – {}", from.format("%-d %B"), nice_date(to))
    } else {
        format!("{} – {}", nice_date(from), nice_date(to))
    }
}

pub(crate) fn period_words(days: i64) -> String {
    match days {
        1 => "day".into(),
        7 => "week".into(),
        d if d % 7 == 0 => format!("{} weeks", d / 7),
        d => format!("{d} days"),
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
    let noun = match kind {
        Kind::PullAway => plural(n, "pull-away", "pull-aways"),
        Kind::Pursuit => plural(n, "pursuit", "pursuits"),
    };
    let mut who = vec![];
    if by.partner > 0 {
        who.push(format!("{} by {partner}", by.partner));
    }
    if by.me > 0 {
        who.push(format!("{} by you", by.me));
    }
    Some(format!("{noun} ({})", who.join(", ")))
}

pub(crate) fn episodes_sentence(p: &Patterns, prev: &Patterns, period: &str, partner: &str) -> String {
    let n = p.totals.total();
    let before = prev.totals.total();
    let comparison = match n.cmp(&before) {
        _ if before == 0 && n == 0 => String::new(),
        std::cmp::Ordering::Less => {
            format!(" That is {} fewer than the {period} before ({before}).", before - n)
        }
        std::cmp::Ordering::Greater => {
            format!(" That is {} more than the {period} before ({before}).", n - before)
        }
        std::cmp::Ordering::Equal => format!(" The same number as the {period} before."),
    };
    if n == 0 {
        let these = if period.contains(' ') { format!("these {period}") } else { format!("this {period}") };
        return format!("You logged 0 episodes in {these}.{comparison}");
    }
    let parts: Vec<String> =
        [Kind::PullAway, Kind::Pursuit].iter().filter_map(|k| kind_words(&p.totals, *k, partner)).collect();
    format!("You logged {}: {}.{comparison}", plural(n, "episode", "episodes"), parts.join(" and "))
}

pub(crate) fn intensity_sentence(p: &Patterns, prev: &Patterns) -> Option<String> {
    let mean = p.intensity.mean?;
    let mut s = format!("Intensity averaged {mean:.1} out of 10");
    if let Some(pm) = prev.intensity.mean {
        s.push_str(&format!(" (before: {pm:.1})"));
    }
    match p.intensity.slope_per_week {
        Some(sl) if sl <= -0.05 => s.push_str(&format!(", easing by {:.1} a week", -sl)),
        Some(sl) if sl >= 0.05 => s.push_str(&format!(", rising by {sl:.1} a week")),
        Some(_) => s.push_str(", holding steady"),
        None => {}
    }
    s.push('.');
    Some(s)
}

pub(crate) fn minutes(m: f64) -> String {
    duration_words(m.round() as i64)
}

pub(crate) fn reconnection_sentence(p: &Patterns, prev: &Patterns) -> String {
    let r = &p.reconnection;
    match (r.median_minutes, r.p90_minutes) {
        (Some(med), Some(p90)) => {
            let mut s = format!("Reconnecting took a median of {}", minutes(med));
            if let Some(pm) = prev.reconnection.median_minutes {
                let dir = if med < pm - 0.5 {
                    "down from"
                } else if med > pm + 0.5 {
                    "up from"
                } else {
                    "about the same as"
                };
                s.push_str(&format!(", {dir} {} before", minutes(pm)));
            }
            if r.count >= 2 {
                s.push_str(&format!("; 9 times in 10 it took {} or less", minutes(p90)));
            }
            s.push('.');
            s
        }
        _ => "No times of reconnecting were recorded.".into(),
    }
}

/// How the pauses went: how many ended with coming back, and how many on time.
pub(crate) fn pauses_sentence(p: &Patterns) -> Option<String> {
    let x = &p.pauses;
    if x.count == 0 {
        return None;
    }
    let mut s = format!("{} taken with a time to come back", plural(x.count, "pause was", "pauses were"));
    if x.returned == 0 {
        s.push_str("; no return has been noted yet.");
    } else {
        s.push_str(&format!(
            "; {} ended with coming back, {} of them on time (within 15 minutes of the time said).",
            x.returned, x.on_time
        ));
    }
    Some(s)
}

/// What helped the partners reconnect: the most used repair, and the quickest one.
pub(crate) fn repairs_sentence(p: &Patterns) -> Option<String> {
    let words = |code: &str| match crate::catalog::label(code) {
        Some(l) => l.to_lowercase(),
        None => code.replace('_', " "),
    };
    let most = p.repairs.first()?;
    let mut s = format!(
        "What helped you reconnect most often: {} ({}",
        words(&most.code),
        plural(most.count, "time", "times")
    );
    if let Some(m) = most.median_minutes {
        s.push_str(&format!(", a median of {} to reconnect", minutes(m)));
    }
    s.push(')');
    let quickest = p
        .repairs
        .iter()
        .filter_map(|r| r.median_minutes.map(|m| (m, r)))
        .min_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.code.cmp(&b.1.code)));
    if let Some((m, r)) = quickest
        && r.code != most.code
    {
        s.push_str(&format!("; quickest: {} ({})", words(&r.code), minutes(m)));
    }
    s.push('.');
    Some(s)
}

pub(crate) fn rate_sentence(p: &Patterns, prev: &Patterns) -> String {
    let r = &p.secure_response_rate;
    match r.rate {
        None => {
            "None of the episodes in this period were your own moves, so there are no responses to count."
                .into()
        }
        Some(rate) => {
            let mut s = format!(
                "You tried a secure response in {} of your {} ({:.0}%)",
                r.with_response,
                plural(r.episodes, "episode", "episodes"),
                rate * 100.0
            );
            if let Some(pr) = prev.secure_response_rate.rate {
                s.push_str(&format!("; before: {:.0}%", pr * 100.0));
            }
            s.push('.');
            s
        }
    }
}

pub(crate) fn starter_words(actor: Actor, kind: Kind, partner: &str) -> String {
    match (actor, kind) {
        (Actor::Me, Kind::PullAway) => "you pulled away".into(),
        (Actor::Me, Kind::Pursuit) => "you pursued".into(),
        (Actor::Partner, Kind::PullAway) => format!("{partner} pulled away"),
        (Actor::Partner, Kind::Pursuit) => format!("{partner} pursued"),
    }
}

pub(crate) fn cycles_sentence(p: &Patterns, partner: &str) -> String {
    let n = p.cycles.len();
    if n == 0 {
        return "No cycles this time: no move was answered by the other's within a day.".into();
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
    let mut s = format!(
        "{} — one partner's move answered by the other's within a day. {} started when {}.",
        plural(n as u32, "cycle", "cycles"),
        if top == n { "All".to_owned() } else { format!("{top} of {n}") },
        starter_words(actor, kind, partner)
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
        s.push_str(&format!(" {count} began after “{t}”."));
    }
    s
}

/// The most common cycle in one sentence (SPEC §8): "Most often, you pursued — chased,
/// demanded — and Sam pulled away within a day, after ‘plans changed’."
pub(crate) fn cycle_map_sentence(p: &Patterns, partner: &str) -> Option<String> {
    let g = p.cycle_map.first()?;
    let labels = |codes: &[String]| {
        // The codes' own short words ("chased, demanded"): the catalogue's labels are
        // written for a form, and too long for a sentence.
        let l: Vec<String> = codes.iter().map(|c| c.replace('_', " ")).collect();
        if l.is_empty() { String::new() } else { format!(" — {} —", l.join(", ")) }
    };
    let total = p.cycles.len();
    let share =
        if g.count as usize == total { String::new() } else { format!(" ({} of {total} cycles)", g.count) };
    let mut s = format!(
        "Most often{share}, {}{} and {} within a day",
        starter_words(g.first.actor, g.first.kind, partner),
        labels(&g.first_behaviors),
        starter_words(g.then.actor, g.then.kind, partner),
    );
    if !g.trigger.is_empty() {
        s.push_str(&format!(", after ‘{}’", excerpt(&g.trigger, 60)));
    }
    s.push('.');
    Some(s)
}

/// A code in plain words: the catalogue's label, lower-cased, or the code with spaces.
fn code_words(code: &str) -> String {
    match crate::catalog::label(code) {
        Some(l) => l.to_lowercase(),
        None => code.replace('_', " "),
    }
}

/// One practice of the period in words: how often it was checked in, how it went, and how
/// often the response showed up in the person's own episodes. `text_hidden` leaves the
/// person's words out (the response, a catalogue label, stays).
pub(crate) fn practice_sentence(f: &crate::patterns::PracticeFigures, text_hidden: bool) -> String {
    // One line on the printed page: the text is cut, the figures are short.
    let what = match (&f.response, text_hidden) {
        (_, false) if !f.text.trim().is_empty() => format!("“{}”", excerpt(f.text.trim(), 48)),
        (Some(r), _) => code_words(r),
        (None, _) => "A practice".into(),
    };
    let mut s = format!("{what}: checked in on {} of {}", f.checked_in, plural(f.days, "day", "days"));
    if f.checked_in > 0 {
        let parts: Vec<String> = [("tried", f.yes), ("not", f.no), ("no chance", f.no_chance)]
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(w, n)| format!("{w} {n}"))
            .collect();
        s.push_str(&format!(" ({})", parts.join(", ")));
    }
    match f.used_in_episodes {
        Some(0) => s.push_str("; not yet used in an episode"),
        Some(n) => s.push_str(&format!("; used in {}", plural(n, "episode", "episodes"))),
        None => {}
    }
    s.push('.');
    s
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
