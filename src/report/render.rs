//! The words of the report: a view model of plain sentences, rendered by minijinja
//! templates with escaping on, so journal text with markup comes out as text.

use minijinja::{AutoEscape, Environment, Value, context};
use serde::Serialize;

use super::charts;
use super::{FlaggedRecord, RenderOptions, Report};
use crate::error::{Error, Result};
use crate::formats::{code_label, duration_words, episode_headline};
use crate::model::{Actor, Kind};
use crate::patterns::{Patterns, Totals};

/// Rows kept so that the printed report stays one page; the JSON form has everything.
const MAX_CYCLE_ROWS: usize = 5;
const MAX_LIST_ROWS: usize = 5;
const MAX_EXCERPT: usize = 200;

const MD_TEMPLATE: &str = include_str!("templates/report.md");
const HTML_TEMPLATE: &str = include_str!("templates/report.html");

/// Renders the Markdown form.
pub fn markdown(report: &Report, opts: &RenderOptions) -> Result<String> {
    render("report.md", report, opts)
}

/// Renders the self-contained HTML form (inline CSS and SVG, no scripts, nothing external).
pub fn html(report: &Report, opts: &RenderOptions) -> Result<String> {
    render("report.html", report, opts)
}

/// Escapes what a Markdown reader would otherwise treat as HTML or table syntax.
fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '|' => out.push_str("\\|"),
            '\r' => {}
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn environment() -> Result<Environment<'static>> {
    let mut env = Environment::new();
    env.set_keep_trailing_newline(true);
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".html") { AutoEscape::Html } else { AutoEscape::Custom("markdown") }
    });
    env.set_formatter(|out, state, value| {
        if state.auto_escape() == AutoEscape::Custom("markdown") && !value.is_safe() {
            let text = value.to_string();
            out.write_str(&md_escape(&text))
                .map_err(|e| minijinja::Error::new(minijinja::ErrorKind::WriteFailure, e.to_string()))
        } else {
            minijinja::escape_formatter(out, state, value)
        }
    });
    let err = |e: minijinja::Error| Error::invalid(format!("report template: {e}"));
    env.add_template("report.md", MD_TEMPLATE).map_err(err)?;
    env.add_template("report.html", HTML_TEMPLATE).map_err(err)?;
    Ok(env)
}

fn render(name: &str, report: &Report, opts: &RenderOptions) -> Result<String> {
    let env = environment()?;
    let view = View::new(report, opts);
    let labels = charts::week_labels(report.from.0, report.to.0);
    let ctx = context! {
        v => view,
        weekly_svg => Value::from_safe_string(charts::weekly_bars(&report.patterns.weeks, &labels)),
        intensity_svg => Value::from_safe_string(charts::intensity_line(&report.patterns.weeks, &labels)),
        colours => context! {
            pull_partner => charts::PULL_PARTNER, pull_me => charts::PULL_ME,
            pursuit_me => charts::PURSUIT_ME, pursuit_partner => charts::PURSUIT_PARTNER,
        },
    };
    env.get_template(name)
        .and_then(|t| t.render(ctx))
        .map_err(|e| Error::invalid(format!("could not render the report: {e}")))
}

#[derive(Serialize)]
struct Count {
    label: String,
    count: u32,
}

#[derive(Serialize)]
struct CycleRow {
    when: String,
    started: String,
    trigger: String,
    length: usize,
    span: String,
}

#[derive(Serialize)]
struct FlaggedRow {
    when: String,
    title: String,
    details: Vec<Detail>,
}

#[derive(Serialize)]
struct Detail {
    label: &'static str,
    text: String,
}

#[derive(Serialize)]
struct SessionRow {
    date: String,
    notes: String,
    homework: String,
}

/// Everything the templates show, already in words.
#[derive(Serialize)]
struct View {
    range: String,
    previous_range: String,
    period: String,
    partner: String,
    partner_label: String,
    episode_count: u32,
    glance: Vec<String>,
    has_episodes: bool,
    cycles_sentence: String,
    cycles: Vec<CycleRow>,
    more_cycles: usize,
    triggers: Vec<Count>,
    behaviors: Vec<Count>,
    responses: Vec<Count>,
    responses_sentence: String,
    flagged: Vec<FlaggedRow>,
    sessions: Vec<SessionRow>,
    generated_at: String,
}

fn plural(n: u32, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn nice_date(d: chrono::NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

fn range_words(from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    if from.year() == to.year() {
        format!("{} – {}", from.format("%-d %B"), nice_date(to))
    } else {
        format!("{} – {}", nice_date(from), nice_date(to))
    }
}

fn period_words(days: i64) -> String {
    match days {
        1 => "day".into(),
        7 => "week".into(),
        d if d % 7 == 0 => format!("{} weeks", d / 7),
        d => format!("{d} days"),
    }
}

/// "4 pull-aways (3 by Sam, 1 by you)".
fn kind_words(totals: &Totals, kind: Kind, partner: &str) -> Option<String> {
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

fn episodes_sentence(p: &Patterns, prev: &Patterns, period: &str, partner: &str) -> String {
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

fn intensity_sentence(p: &Patterns, prev: &Patterns) -> Option<String> {
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

fn minutes(m: f64) -> String {
    duration_words(m.round() as i64)
}

fn reconnection_sentence(p: &Patterns, prev: &Patterns) -> String {
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

fn rate_sentence(p: &Patterns, prev: &Patterns) -> String {
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

fn starter_words(actor: Actor, kind: Kind, partner: &str) -> String {
    match (actor, kind) {
        (Actor::Me, Kind::PullAway) => "you pulled away".into(),
        (Actor::Me, Kind::Pursuit) => "you pursued".into(),
        (Actor::Partner, Kind::PullAway) => format!("{partner} pulled away"),
        (Actor::Partner, Kind::Pursuit) => format!("{partner} pursued"),
    }
}

fn cycles_sentence(p: &Patterns, partner: &str) -> String {
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
    let mut triggers: Vec<(String, usize)> = vec![];
    for c in &p.cycles {
        let t = c.trigger.trim().to_lowercase();
        if t.is_empty() {
            continue;
        }
        match triggers.iter_mut().find(|(k, _)| *k == t) {
            Some((_, count)) => *count += 1,
            None => triggers.push((t, 1)),
        }
    }
    triggers.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    if let Some((t, count)) = triggers.first()
        && *count > 1
    {
        s.push_str(&format!(" {count} began after “{t}”."));
    }
    s
}

impl View {
    fn new(r: &Report, opts: &RenderOptions) -> View {
        let p = &r.patterns;
        let prev = &r.previous.patterns;
        let name = opts.settings.partner_name.trim();
        let partner = if name.is_empty() { "your partner".to_owned() } else { name.to_owned() };
        let days = (r.to.0 - r.from.0).num_days() + 1;
        let period = period_words(days);

        let mut glance = vec![episodes_sentence(p, prev, &period, &partner)];
        if p.totals.total() > 0 {
            glance.extend(intensity_sentence(p, prev));
            glance.push(reconnection_sentence(p, prev));
        }

        let cycles = p
            .cycles
            .iter()
            .take(MAX_CYCLE_ROWS)
            .map(|c| {
                let start = crate::model::Timestamp::parse(&c.start).ok();
                let end = crate::model::Timestamp::parse(&c.end).ok();
                let (when, span) = match (start, end) {
                    (Some(s), Some(e)) => (
                        s.datetime().format("%a %-d %b, %H:%M").to_string(),
                        duration_words((e.datetime() - s.datetime()).num_minutes()),
                    ),
                    _ => (c.start.clone(), String::new()),
                };
                CycleRow {
                    when,
                    started: starter_words(c.started_by.actor, c.started_by.kind, &partner),
                    trigger: c.trigger.trim().to_owned(),
                    length: c.length,
                    span,
                }
            })
            .collect();

        let flagged = r
            .flagged
            .iter()
            .map(|f| match &f.record {
                FlaggedRecord::Entry(e) => FlaggedRow {
                    when: nice_date(e.date.0),
                    title: "Daily entry".into(),
                    details: [("Wrote", excerpt(&e.text))]
                        .into_iter()
                        .filter(|(_, t)| !t.is_empty())
                        .map(|(label, text)| Detail { label, text })
                        .collect(),
                },
                FlaggedRecord::Episode(e) => {
                    let e = e.as_ref();
                    let mut details: Vec<Detail> = vec![];
                    let mut add = |label, text: String| {
                        if !text.trim().is_empty() {
                            details.push(Detail { label, text });
                        }
                    };
                    add("What set it off", excerpt(&e.trigger));
                    add("Intensity", e.intensity.map(|i| format!("{i} of 10")).unwrap_or_default());
                    add("Felt", e.feelings.join(", "));
                    add("Needed", excerpt(&e.need));
                    add("Did", e.responses.iter().map(|c| code_label(c)).collect::<Vec<_>>().join("; "));
                    add("Next time", excerpt(&e.next_time));
                    let headline = episode_headline(e, &opts.settings);
                    FlaggedRow {
                        when: e.occurred_at.datetime().format("%-d %B %Y, %H:%M").to_string(),
                        title: headline,
                        details,
                    }
                }
            })
            .collect();

        let count = |label: String, count: u32| Count { label, count };
        View {
            range: range_words(r.from.0, r.to.0),
            previous_range: range_words(r.previous.from.0, r.previous.to.0),
            period: period.clone(),
            partner_label: if name.is_empty() { "Partner".into() } else { name.to_owned() },
            partner,
            episode_count: p.totals.total(),
            glance,
            has_episodes: p.totals.total() > 0,
            cycles_sentence: cycles_sentence(p, &partner_for(opts)),
            more_cycles: p.cycles.len().saturating_sub(MAX_CYCLE_ROWS),
            cycles,
            triggers: p
                .triggers
                .iter()
                .take(MAX_LIST_ROWS)
                .map(|t| count(t.trigger.clone(), t.count))
                .collect(),
            behaviors: p
                .behaviors
                .iter()
                .take(MAX_LIST_ROWS)
                .map(|b| count(code_label(&b.code), b.count))
                .collect(),
            responses: p
                .responses
                .iter()
                .take(MAX_LIST_ROWS)
                .map(|b| count(code_label(&b.code), b.count))
                .collect(),
            responses_sentence: rate_sentence(p, prev),
            flagged,
            sessions: r
                .sessions
                .iter()
                .map(|s| SessionRow {
                    date: nice_date(s.date.0),
                    notes: excerpt(&s.notes),
                    homework: excerpt(&s.homework),
                })
                .collect(),
            generated_at: opts.generated_at.clone(),
        }
    }
}

fn partner_for(opts: &RenderOptions) -> String {
    match opts.settings.partner_name.trim() {
        "" => "your partner".into(),
        n => n.to_owned(),
    }
}

/// At most [`MAX_EXCERPT`] characters of a text, on one line, so the report stays one page.
fn excerpt(s: &str) -> String {
    let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() > MAX_EXCERPT {
        format!("{}…", one_line.chars().take(MAX_EXCERPT).collect::<String>())
    } else {
        one_line
    }
}
