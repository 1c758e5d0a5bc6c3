//! The therapy summary's use cases: the report for a range (the command line's `ebb report`)
//! and the preparation screen's view of it, with the user's choices of what to leave out.

use std::path::Path;

use chrono::{Local, NaiveDate};

use super::{App, MAX_NAME_CHARS, MAX_RANGE_DAYS, PrepItem, PrepRequest, PrepView, ReportFile, parse_day};
use crate::error::{Error, Result};
use crate::files::write_private;
use crate::i18n::{self, Lang};
use crate::report::{self, FlaggedRecord, RenderOptions, Report};
use crate::tr;

/// Which days a report covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportRange {
    /// From `from` to `to` (today when absent); `from` defaults to four weeks before `to`.
    Days {
        /// The first day, inclusive; when absent, the range is the four weeks ending on `to`.
        from: Option<NaiveDate>,
        /// The last day, inclusive; today when absent.
        to: Option<NaiveDate>,
    },
    /// From the latest session up to today; the last four weeks when there is none.
    SinceLastSession,
}

/// A report ready to render, and how it came to cover its range.
pub struct ReportPlan {
    /// The report's figures and records.
    pub report: Report,
    /// How it is worded (partner's name, date made, text left out).
    pub options: RenderOptions,
    /// The range starts at the latest session.
    pub since_session: bool,
    /// [`ReportRange::SinceLastSession`] was asked for but there is no session yet.
    pub no_session: bool,
    /// The day it was made.
    made: NaiveDate,
}

impl ReportPlan {
    /// The report as a document, in its language (the JSON has none: codes and numbers).
    pub fn render(&self, format: ReportFile) -> Result<String> {
        i18n::with_lang(self.language(), || match format {
            ReportFile::Html => report::html(&self.report, &self.options),
            ReportFile::Markdown => report::markdown(&self.report, &self.options),
            ReportFile::Json => serde_json::to_string_pretty(&self.report)
                .map(|s| format!("{s}\n"))
                .map_err(|e| Error::invalid(tr!("app-report-json", problem = e.to_string()))),
        })
    }

    /// The language this copy is written in: the one chosen for it, else the app's.
    pub fn language(&self) -> Lang {
        i18n::chosen_or_system(self.options.settings.language.as_deref())
    }

    /// Writes this copy in another language (`de`); an unknown code is refused.
    pub fn set_language(&mut self, code: &str) -> Result<()> {
        let lang = Lang::parse(code).filter(|l| l.code() == code).ok_or_else(|| {
            Error::invalid(tr!(
                "app-language-unknown",
                codes = i18n::codes().join(", "),
                got = format!("{code:?}")
            ))
        })?;
        self.options.settings.language = Some(lang.code().to_owned());
        self.options.generated_at = made_on(self.made, lang);
        Ok(())
    }
}

/// The day a report was made, as its language writes a date.
fn made_on(day: NaiveDate, lang: Lang) -> String {
    i18n::with_lang(lang, || i18n::date(day, "date-long"))
}

impl App {
    /// The report for a range, with the saved partner name, ready to render.
    pub fn report(&self, range: ReportRange) -> Result<ReportPlan> {
        let l = self.loaded()?;
        let today = Local::now().date_naive();
        let (mut since_session, mut no_session) = (false, false);
        let (from, to) = match range {
            ReportRange::Days { from, to } => {
                let to = to.unwrap_or(today);
                let from = from.unwrap_or_else(|| report::default_range(to).0);
                if from > to {
                    return Err(Error::invalid(tr!(
                        "app-report-range",
                        from = from.to_string(),
                        to = to.to_string()
                    )));
                }
                (from, to)
            }
            ReportRange::SinceLastSession => match report::since_last_session(&l.records, today) {
                Some(r) => {
                    since_session = true;
                    r
                }
                None => {
                    no_session = true;
                    report::default_range(today)
                }
            },
        };
        let lang = i18n::chosen_or_system(l.settings.language.as_deref());
        let options = RenderOptions {
            settings: l.settings.clone(),
            generated_at: made_on(today, lang),
            text_hidden: false,
        };
        let report = report::build(&l.records, from, to);
        Ok(ReportPlan { report, options, since_session, no_session, made: today })
    }

    /// The report as the preparation screen shows it, with the user's choices applied.
    pub fn prep(&self, req: &PrepRequest) -> Result<PrepView> {
        let mut plan = self.prep_report(req)?;
        // Every flagged record, before any is left out, so the user can take it back in.
        let items = plan
            .report
            .flagged
            .iter()
            .map(|f| match &f.record {
                FlaggedRecord::Entry(e) => PrepItem {
                    id: e.id.as_str().to_owned(),
                    when: e.date.to_string(),
                    title: tr!("report-daily-entry"),
                },
                FlaggedRecord::Episode(e) => PrepItem {
                    id: e.id.as_str().to_owned(),
                    when: e.occurred_at.as_str().to_owned(),
                    title: crate::formats::episode_headline(e, &plan.options.settings),
                },
            })
            .collect();
        plan.report.redact(&req.redaction);
        let html = i18n::with_lang(plan.language(), || report::html_body(&plan.report, &plan.options))?;
        let report = plan.report;
        Ok(PrepView {
            from: report.from.to_string(),
            to: report.to.to_string(),
            previous_from: report.previous.from.to_string(),
            previous_to: report.previous.to.to_string(),
            since_session: plan.since_session,
            items,
            html,
            current: report.patterns,
            previous: report.previous.patterns,
        })
    }

    /// Writes the report, with the user's choices applied, to `dest`.
    pub fn export_prep(&self, req: &PrepRequest, format: ReportFile, dest: &Path) -> Result<()> {
        let mut plan = self.prep_report(req)?;
        plan.report.redact(&req.redaction);
        write_private(dest, plan.render(format)?.as_bytes())
    }

    /// The preparation screen's range (both days, or since the last session) and name.
    fn prep_report(&self, req: &PrepRequest) -> Result<ReportPlan> {
        let range = match (parse_day(req.from.as_deref())?, parse_day(req.to.as_deref())?) {
            (Some(f), Some(t)) => ReportRange::Days { from: Some(f), to: Some(t) },
            _ => ReportRange::SinceLastSession,
        };
        if let ReportRange::Days { from: Some(f), to: Some(t) } = range
            && (t - f).num_days() > MAX_RANGE_DAYS
        {
            return Err(Error::invalid(tr!("app-prep-range")));
        }
        let mut plan = self.report(range).map_err(|e| match e {
            Error::Invalid(_) => Error::invalid(tr!("app-prep-range")),
            e => e,
        })?;
        if let Some(name) = &req.partner_name {
            plan.options.settings.partner_name = name.trim().chars().take(MAX_NAME_CHARS).collect();
        }
        plan.options.text_hidden = req.redaction.hide_text;
        if let Some(code) = &req.language {
            plan.set_language(code)?;
        }
        Ok(plan)
    }
}
