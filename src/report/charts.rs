//! Small inline SVG charts for the printable report. No user text ever goes into them: only
//! numbers and week labels that Ebb makes itself.

use std::fmt::Write as _;

use chrono::{Datelike, Duration, NaiveDate};

use crate::patterns::Week;

/// Colours of the four series, chosen to read apart in colour and in greyscale print.
pub const PULL_PARTNER: &str = "#3d6f8e";
pub const PULL_ME: &str = "#8fb8d1";
pub const PURSUIT_ME: &str = "#c27c4e";
pub const PURSUIT_PARTNER: &str = "#e8bf9c";

const W: f64 = 340.0;
const H: f64 = 120.0;
const LEFT: f64 = 26.0;
const BOTTOM: f64 = 22.0;
const TOP: f64 = 8.0;

/// Every ISO week label from `from` to `to`, in order.
pub fn week_labels(from: NaiveDate, to: NaiveDate) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut d = from;
    while d <= to {
        let w = d.iso_week();
        let label = format!("{:04}-W{:02}", w.year(), w.week());
        if out.last() != Some(&label) {
            out.push(label);
        }
        d += Duration::days(1);
    }
    out
}

/// A "nice" axis maximum and step for counts.
fn nice_max(max: f64) -> (f64, f64) {
    let steps = [1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0];
    let step = steps.iter().copied().find(|s| max / s <= 5.0).unwrap_or(1000.0);
    (((max / step).ceil() * step).max(step), step)
}

/// "W47" in English, "KW 47" in German, "S47" in Spanish: the week's number as the
/// language abbreviates it.
fn short_week(label: &str) -> String {
    match label.split_once("-W").and_then(|(_, w)| w.parse::<u32>().ok()) {
        Some(week) => crate::tr!("report-week", week = week.to_string()),
        None => label.to_owned(),
    }
}

/// A horizontal guide line at height `y`, labelled with its value.
fn grid_line(s: &mut String, value: f64, y: f64) {
    let _ = write!(
        s,
        r##"<line x1="{LEFT}" x2="{:.1}" y1="{y:.1}" y2="{y:.1}" stroke="#d9dee3" stroke-width="0.6"/><text x="{:.1}" y="{:.1}" font-size="8" text-anchor="end" fill="#4a5560">{value}</text>"##,
        W - 4.0,
        LEFT - 4.0,
        y + 3.0
    );
}

/// Stacked bars: episodes per ISO week, by kind and actor.
pub fn weekly_bars(weeks: &[Week], labels: &[String]) -> String {
    let plot_w = W - LEFT - 4.0;
    let plot_h = H - TOP - BOTTOM;
    let n = labels.len().max(1) as f64;
    let slot = plot_w / n;
    let bar = (slot * 0.7).min(28.0);
    let find = |l: &str| weeks.iter().find(|w| w.week == l);
    let max = labels.iter().filter_map(|l| find(l)).map(|w| f64::from(w.totals.total())).fold(0.0, f64::max);
    let (ymax, step) = nice_max(max.max(1.0));
    let y = |v: f64| TOP + plot_h - v / ymax * plot_h;

    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg viewBox="0 0 {W} {H}" role="img" aria-label="{}">"#,
        html_escape::encode_double_quoted_attribute(&crate::tr!("report-chart-weekly"))
    );
    let mut v = 0.0;
    while v <= ymax + 1e-9 {
        grid_line(&mut s, v, y(v));
        v += step;
    }
    let every = (labels.len() / 8).max(1);
    for (i, label) in labels.iter().enumerate() {
        let x = LEFT + slot * i as f64 + (slot - bar) / 2.0;
        if let Some(w) = find(label) {
            let t = &w.totals;
            let mut base = 0.0;
            for (count, colour) in [
                (t.pull_away.partner, PULL_PARTNER),
                (t.pull_away.me, PULL_ME),
                (t.pursuit.me, PURSUIT_ME),
                (t.pursuit.partner, PURSUIT_PARTNER),
            ] {
                if count == 0 {
                    continue;
                }
                let top = base + f64::from(count);
                let _ = write!(
                    s,
                    r#"<rect x="{x:.1}" y="{:.1}" width="{bar:.1}" height="{:.1}" fill="{colour}"/>"#,
                    y(top),
                    y(base) - y(top)
                );
                base = top;
            }
        }
        if i % every == 0 {
            let _ = write!(
                s,
                r##"<text x="{:.1}" y="{:.1}" font-size="8" text-anchor="middle" fill="#4a5560">{}</text>"##,
                x + bar / 2.0,
                H - 8.0,
                short_week(label)
            );
        }
    }
    s.push_str("</svg>");
    s
}

/// A line of weekly mean intensity (0–10), with a dot for each week that has one.
pub fn intensity_line(weeks: &[Week], labels: &[String]) -> String {
    let plot_w = W - LEFT - 4.0;
    let plot_h = H - TOP - BOTTOM;
    let n = labels.len().max(1) as f64;
    let slot = plot_w / n;
    let y = |v: f64| TOP + plot_h - v / 10.0 * plot_h;
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg viewBox="0 0 {W} {H}" role="img" aria-label="{}">"#,
        html_escape::encode_double_quoted_attribute(&crate::tr!("report-chart-intensity"))
    );
    for v in [0.0, 5.0, 10.0] {
        grid_line(&mut s, v, y(v));
    }
    let points: Vec<(f64, f64)> = labels
        .iter()
        .enumerate()
        .filter_map(|(i, l)| {
            weeks
                .iter()
                .find(|w| &w.week == l)
                .and_then(|w| w.mean_intensity)
                .map(|m| (LEFT + slot * (i as f64 + 0.5), y(m)))
        })
        .collect();
    if points.len() > 1 {
        let path: Vec<String> = points.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect();
        let _ = write!(
            s,
            r##"<polyline points="{}" fill="none" stroke="#5b6f7d" stroke-width="1.6" stroke-linejoin="round"/>"##,
            path.join(" ")
        );
    }
    for (x, y) in &points {
        let _ = write!(s, r##"<circle cx="{x:.1}" cy="{y:.1}" r="2.6" fill="#5b6f7d"/>"##);
    }
    let every = (labels.len() / 8).max(1);
    for (i, label) in labels.iter().enumerate().filter(|(i, _)| i % every == 0) {
        let _ = write!(
            s,
            r##"<text x="{:.1}" y="{:.1}" font-size="8" text-anchor="middle" fill="#4a5560">{}</text>"##,
            LEFT + slot * (i as f64 + 0.5),
            H - 8.0,
            short_week(label)
        );
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::patterns::{ByActor, Totals};

    fn week(label: &str, pa_partner: u32, pu_me: u32, mean: Option<f64>) -> Week {
        Week {
            week: label.into(),
            totals: Totals {
                pull_away: ByActor { me: 0, partner: pa_partner },
                pursuit: ByActor { me: pu_me, partner: 0 },
            },
            mean_intensity: mean,
        }
    }

    #[test]
    fn labels_cover_every_week_in_range() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(
            week_labels(d("2026-10-27"), d("2026-11-23")),
            ["2026-W44", "2026-W45", "2026-W46", "2026-W47", "2026-W48"]
        );
    }

    #[test]
    fn bars_draw_one_rect_per_nonzero_series() {
        let labels: Vec<String> = ["2026-W46", "2026-W47"].map(String::from).to_vec();
        let svg = weekly_bars(&[week("2026-W47", 2, 3, Some(5.0))], &labels);
        assert_eq!(svg.matches("<rect").count(), 2);
        assert!(svg.contains(PULL_PARTNER) && svg.contains(PURSUIT_ME));
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(!svg.contains("href"), "nothing external");
    }

    #[test]
    fn intensity_line_joins_weeks_with_a_mean() {
        let labels: Vec<String> = ["2026-W46", "2026-W47", "2026-W48"].map(String::from).to_vec();
        let svg =
            intensity_line(&[week("2026-W46", 1, 0, Some(8.0)), week("2026-W48", 1, 0, Some(4.0))], &labels);
        assert_eq!(svg.matches("<circle").count(), 2);
        assert_eq!(svg.matches("<polyline").count(), 1);
    }
}
