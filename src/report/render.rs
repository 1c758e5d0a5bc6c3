//! The words of the report: a view model of plain sentences, rendered by minijinja
//! templates with escaping on, so journal text with markup comes out as text.

use minijinja::{AutoEscape, Environment, Value, context};
use serde::Serialize;

use super::charts;
use super::fonts;
use super::sentences::*;
use super::{FlaggedRecord, RenderOptions, Report};
use crate::error::{Error, Result};
use crate::formats::{code_label, duration_words, episode_headline};
use crate::i18n::Arg;
use crate::tr;

// The summary (everything before the flagged records) must fit the first printed page
// whatever the journal holds, so every part of it is bounded: rows and the length of the
// user's words in it. The flagged records that follow are given in full. The JSON form has
// everything.
const MAX_CYCLE_ROWS: usize = 4;
/// Practices listed on the page; more are counted.
const MAX_PRACTICE_ROWS: usize = 3;
const MAX_LIST_ROWS: usize = 5;
/// The most recent sessions listed; a long range holds many.
const MAX_SESSION_ROWS: usize = 3;
/// Characters of a trigger in the cycles table and the list of what set things off.
const MAX_TRIGGER: usize = 60;
/// Characters of a session's homework in the summary.
const MAX_HOMEWORK: usize = 120;
/// Characters of the partner's name in the summary.
const MAX_NAME: usize = 40;

const MD_TEMPLATE: &str = include_str!("templates/report.md");
const HTML_TEMPLATE: &str = include_str!("templates/report.html");
const HTML_BODY_TEMPLATE: &str = include_str!("templates/report_body.html");

/// Renders the Markdown form.
pub fn markdown(report: &Report, opts: &RenderOptions) -> Result<String> {
    render("report.md", report, opts)
}

/// Renders the self-contained HTML form (inline CSS, fonts and SVG, no scripts, nothing
/// external). The body is rendered first so the page embeds only the font files its text needs.
pub fn html(report: &Report, opts: &RenderOptions) -> Result<String> {
    let body = render("report_body.html", report, opts)?;
    let fonts = fonts::font_face_css(&body);
    render_with("report.html", report, opts, &body, &fonts)
}

/// Renders the page's body only, for the desktop app to show inside its own page beside the
/// choices of what to leave out (the app loads [`super::CSS`] itself).
pub fn html_body(report: &Report, opts: &RenderOptions) -> Result<String> {
    render("report_body.html", report, opts)
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
    // `t("id", name=value)`: a message of the catalogues, in the report's language.
    env.add_function(
        "t",
        |id: &str, kwargs: minijinja::value::Kwargs| -> std::result::Result<String, minijinja::Error> {
            let mut args: Vec<(&str, Arg)> = vec![];
            for key in kwargs.args() {
                let v: Value = kwargs.get(key)?;
                let arg = match v.as_i64() {
                    Some(n) if v.kind() == minijinja::value::ValueKind::Number => Arg::from(n),
                    _ => Arg::from(v.to_string()),
                };
                args.push((key, arg));
            }
            Ok(crate::i18n::message(id, &args))
        },
    );
    let err = |e: minijinja::Error| Error::invalid(tr!("report-template-error", problem = e.to_string()));
    env.add_template("report.md", MD_TEMPLATE).map_err(err)?;
    env.add_template("report.html", HTML_TEMPLATE).map_err(err)?;
    env.add_template("report_body.html", HTML_BODY_TEMPLATE).map_err(err)?;
    Ok(env)
}

fn render(name: &str, report: &Report, opts: &RenderOptions) -> Result<String> {
    render_with(name, report, opts, "", "")
}

fn render_with(name: &str, report: &Report, opts: &RenderOptions, body: &str, fonts: &str) -> Result<String> {
    let env = environment()?;
    let view = View::new(report, opts);
    let labels = charts::week_labels(report.from.0, report.to.0);
    let ctx = context! {
        v => view,
        lang => crate::i18n::current().code(),
        css => Value::from_safe_string(super::CSS.to_owned()),
        body => Value::from_safe_string(body.to_owned()),
        fonts => Value::from_safe_string(fonts.to_owned()),
        weekly_svg => Value::from_safe_string(charts::weekly_bars(&report.patterns.weeks, &labels)),
        intensity_svg => Value::from_safe_string(charts::intensity_line(&report.patterns.weeks, &labels)),
        colours => context! {
            pull_partner => charts::PULL_PARTNER, pull_me => charts::PULL_ME,
            pursuit_me => charts::PURSUIT_ME, pursuit_partner => charts::PURSUIT_PARTNER,
        },
    };
    env.get_template(name)
        .and_then(|t| t.render(ctx))
        .map_err(|e| Error::invalid(tr!("report-render-error", problem = e.to_string())))
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
    label: String,
    text: String,
}

#[derive(Serialize)]
struct SessionRow {
    date: String,
    homework: String,
}

/// Everything the templates show, already in words.
#[derive(Serialize)]
struct View {
    range: String,
    /// "23 October – 19 November 2026 · compared with the 4 weeks before (…)".
    subtitle: String,
    /// Markdown's line under the title: who made it, when, and the comparison.
    made_with: String,
    footer: String,
    partner: String,
    partner_label: String,
    episode_count: u32,
    glance: Vec<String>,
    has_episodes: bool,
    cycles_sentence: String,
    /// The most common cycle in one sentence, if there is a cycle.
    cycle_map_sentence: String,
    cycles: Vec<CycleRow>,
    /// Each practice of the period, in words (SPEC §8).
    practices: Vec<String>,
    more_practices: usize,
    more_cycles: usize,
    more_sessions: usize,
    triggers: Vec<Count>,
    behaviors: Vec<Count>,
    responses: Vec<Count>,
    responses_sentence: String,
    flagged: Vec<FlaggedRow>,
    /// On the first page: how many flagged records follow the summary.
    flagged_sentence: String,
    sessions: Vec<SessionRow>,
    generated_at: String,
    text_hidden: bool,
}

impl View {
    fn new(r: &Report, opts: &RenderOptions) -> View {
        let p = &r.patterns;
        let prev = &r.previous.patterns;
        let short_name = excerpt(&opts.settings.partner_name, MAX_NAME);
        let name = short_name.as_str();
        let partner = partner_for(opts);
        let days = (r.to.0 - r.from.0).num_days() + 1;
        let period = Period::of_days(days);

        let mut glance = vec![episodes_sentence(p, prev, period, &partner)];
        if p.totals.total() > 0 {
            glance.extend(intensity_sentence(p, prev));
            glance.push(reconnection_sentence(p, prev));
            glance.extend(pauses_sentence(p));
            glance.extend(repairs_sentence(p));
        }

        // A busy period still fits one page: the practices are listed first (at most
        // MAX_PRACTICE_ROWS), and each one shown takes a row from the cycle table, which keeps
        // at least one (the rest are counted in "And N more").
        let shown_practices = p.practice.len().min(MAX_PRACTICE_ROWS);
        let cycle_rows = MAX_CYCLE_ROWS.saturating_sub(shown_practices).max(1);
        let cycles = p
            .cycles
            .iter()
            .take(cycle_rows)
            .map(|c| {
                let start = crate::model::Timestamp::parse(&c.start).ok();
                let end = crate::model::Timestamp::parse(&c.end).ok();
                let (when, span) = match (start, end) {
                    (Some(s), Some(e)) => (
                        tr!(
                            "report-cycle-when",
                            day = crate::i18n::date(s.datetime().date_naive(), "date-cycle"),
                            time = s.datetime().format("%H:%M").to_string()
                        ),
                        duration_words((e.datetime() - s.datetime()).num_minutes()),
                    ),
                    _ => (c.start.clone(), String::new()),
                };
                CycleRow {
                    when,
                    started: starter_words(c.started_by.actor, c.started_by.kind, &partner),
                    trigger: excerpt(&c.trigger, MAX_TRIGGER),
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
                    title: tr!("report-daily-entry"),
                    details: [(tr!("report-detail-wrote"), e.text.trim().to_owned())]
                        .into_iter()
                        .filter(|(_, t)| !t.is_empty())
                        .map(|(label, text)| Detail { label, text })
                        .collect(),
                },
                FlaggedRecord::Episode(e) => {
                    let e = e.as_ref();
                    let mut details: Vec<Detail> = vec![];
                    let mut add = |id: &str, text: String| {
                        if !text.trim().is_empty() {
                            details.push(Detail { label: tr!(id), text: text.trim().to_owned() });
                        }
                    };
                    let labels =
                        |codes: &[String]| codes.iter().map(|c| code_label(c)).collect::<Vec<_>>().join("; ");
                    add("report-detail-trigger", e.trigger.clone());
                    add("report-detail-behaviors", labels(&e.behaviors));
                    add(
                        "report-detail-intensity",
                        e.intensity.map(|i| tr!("report-of-ten", value = i)).unwrap_or_default(),
                    );
                    add("report-detail-felt", e.feelings.join(", "));
                    add("report-detail-story", e.story.clone());
                    add("report-detail-need", e.need.clone());
                    add("report-detail-did", labels(&e.responses));
                    add(
                        "report-detail-reconnected",
                        e.reconnected_at
                            .as_ref()
                            .map(|t| {
                                tr!(
                                    "report-after",
                                    time = duration_words(
                                        (t.datetime() - e.occurred_at.datetime()).num_minutes()
                                    )
                                )
                            })
                            .unwrap_or_default(),
                    );
                    add("report-detail-next-time", e.next_time.clone());
                    add("report-detail-notes", e.notes.clone());
                    let headline = episode_headline(e, &opts.settings);
                    FlaggedRow {
                        when: tr!(
                            "report-flagged-when",
                            day = nice_date(e.occurred_at.datetime().date_naive()),
                            time = e.occurred_at.datetime().format("%H:%M").to_string()
                        ),
                        title: headline,
                        details,
                    }
                }
            })
            .collect::<Vec<_>>();

        let count = |label: String, count: u32| Count { label, count };
        let range = range_words(r.from.0, r.to.0);
        let previous = range_words(r.previous.from.0, r.previous.to.0);
        let made = if opts.generated_at.is_empty() { "no" } else { "yes" };
        View {
            subtitle: tr!(
                "report-subtitle",
                range = range.as_str(),
                period = period.words(),
                previous = previous.as_str()
            ),
            made_with: tr!(
                "report-made-with",
                made = made,
                at = opts.generated_at.as_str(),
                period = period.words(),
                previous = previous.as_str()
            ),
            footer: tr!("report-footer", made = made, at = opts.generated_at.as_str()),
            range,
            partner_label: if name.is_empty() { tr!("report-partner-label") } else { name.to_owned() },
            partner,
            episode_count: p.totals.total(),
            glance,
            has_episodes: p.totals.total() > 0,
            cycles_sentence: cycles_sentence(p, &partner_for(opts)),
            cycle_map_sentence: cycle_map_sentence(p, &partner_for(opts)).unwrap_or_default(),
            more_cycles: p.cycles.len().saturating_sub(cycle_rows),
            cycles,
            practices: p
                .practice
                .iter()
                .take(MAX_PRACTICE_ROWS)
                .map(|f| practice_sentence(f, opts.text_hidden))
                .collect(),
            more_practices: p.practice.len().saturating_sub(MAX_PRACTICE_ROWS),
            triggers: p
                .triggers
                .iter()
                .take(MAX_LIST_ROWS)
                .map(|t| count(excerpt(&t.trigger, MAX_TRIGGER), t.count))
                .collect(),
            behaviors: p
                .behaviors
                .iter()
                .take(MAX_LIST_ROWS)
                .map(|b| count(excerpt(&code_label(&b.code), MAX_TRIGGER), b.count))
                .collect(),
            responses: p
                .responses
                .iter()
                .take(MAX_LIST_ROWS)
                .map(|b| count(excerpt(&code_label(&b.code), MAX_TRIGGER), b.count))
                .collect(),
            responses_sentence: rate_sentence(p, prev),
            flagged_sentence: flagged_sentence(flagged.len()),
            flagged,
            more_sessions: r.sessions.len().saturating_sub(MAX_SESSION_ROWS),
            sessions: r.sessions[r.sessions.len().saturating_sub(MAX_SESSION_ROWS)..]
                .iter()
                .map(|s| SessionRow {
                    date: nice_date(s.date.0),
                    homework: excerpt(&s.homework, MAX_HOMEWORK),
                })
                .collect(),
            generated_at: opts.generated_at.clone(),
            text_hidden: opts.text_hidden,
        }
    }
}

/// Says on the summary's page how many flagged records follow it, since they may run onto
/// the next page.
fn flagged_sentence(n: usize) -> String {
    tr!("report-flagged-count", count = n)
}

/// The partner's name as the summary says it, short enough for its page.
fn partner_for(opts: &RenderOptions) -> String {
    match excerpt(&opts.settings.partner_name, MAX_NAME) {
        n if n.is_empty() => tr!("report-your-partner"),
        n => n,
    }
}
