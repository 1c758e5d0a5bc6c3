//! The UI's TypeScript types are generated from the Rust ones (ts-rs) and committed in
//! `ui/src/api/bindings.ts`. This test fails when they drift; run it with
//! `EBB_UPDATE_BINDINGS=1` to write the file anew.

use ebb::alarms::RunningPause;
use ebb::app::{
    ConflictItem, EntryDraft, EpisodeDraft, ExportFormat, Filter, Item, KeyChange, LockState, OnThisDay,
    Page, PauseLines, PauseRequest, PrepItem, PrepRequest, PrepView, ReportFile, SessionDraft, Status,
    SyncView,
};
use ebb::catalog::{Catalog, CatalogItem};
use ebb::error::ErrorPayload;
use ebb::exchange::ImportSummary;
use ebb::insights::{
    CycleLink, DayPoint, Insights, Mark, MonthFigures, Sentences, SessionMark, Timeline, WeekFigures,
};
use ebb::model::{
    Actor, AppState, Checkin, CheckinDraft, Done, Entry, Episode, Kind, Practice, PracticeDraft, Session,
    Settings,
};
use ebb::patterns::{
    ByActor, CodeCount, Cycle, CycleGroup, Intensity, Move, Patterns, Pauses, PracticeFigures, Reconnection,
    RepairCount, ResponseRate, Starter, Totals, TriggerCount, Week,
};
use ebb::pause::FollowUp;
use ebb::report::Redaction;
use ebb::sources::{FromApp, LeftOut, Source};
use ebb::sync::{DeviceStatus, SyncProblem, SyncReport, SyncStatus};
use ts_rs::{Config, TS};

fn generate() -> String {
    let cfg = Config::new().with_large_int("number");
    let decls = [
        Kind::decl(&cfg),
        Actor::decl(&cfg),
        Entry::decl(&cfg),
        Episode::decl(&cfg),
        Session::decl(&cfg),
        Practice::decl(&cfg),
        Checkin::decl(&cfg),
        Done::decl(&cfg),
        PracticeDraft::decl(&cfg),
        CheckinDraft::decl(&cfg),
        Settings::decl(&cfg),
        AppState::decl(&cfg),
        Item::decl(&cfg),
        Page::decl(&cfg),
        LockState::decl(&cfg),
        Status::decl(&cfg),
        KeyChange::decl(&cfg),
        PauseRequest::decl(&cfg),
        PauseLines::decl(&cfg),
        RunningPause::decl(&cfg),
        FollowUp::decl(&cfg),
        EntryDraft::decl(&cfg),
        EpisodeDraft::decl(&cfg),
        SessionDraft::decl(&cfg),
        Filter::decl(&cfg),
        ImportSummary::decl(&cfg),
        ExportFormat::decl(&cfg),
        CatalogItem::decl(&cfg),
        Catalog::decl(&cfg),
        ErrorPayload::decl(&cfg),
        ByActor::decl(&cfg),
        Totals::decl(&cfg),
        Week::decl(&cfg),
        Starter::decl(&cfg),
        Cycle::decl(&cfg),
        Move::decl(&cfg),
        CycleGroup::decl(&cfg),
        PracticeFigures::decl(&cfg),
        Reconnection::decl(&cfg),
        Intensity::decl(&cfg),
        TriggerCount::decl(&cfg),
        CodeCount::decl(&cfg),
        ResponseRate::decl(&cfg),
        Pauses::decl(&cfg),
        RepairCount::decl(&cfg),
        Patterns::decl(&cfg),
        Mark::decl(&cfg),
        DayPoint::decl(&cfg),
        SessionMark::decl(&cfg),
        CycleLink::decl(&cfg),
        Timeline::decl(&cfg),
        WeekFigures::decl(&cfg),
        MonthFigures::decl(&cfg),
        Sentences::decl(&cfg),
        Insights::decl(&cfg),
        Redaction::decl(&cfg),
        PrepRequest::decl(&cfg),
        PrepItem::decl(&cfg),
        PrepView::decl(&cfg),
        ReportFile::decl(&cfg),
        DeviceStatus::decl(&cfg),
        SyncStatus::decl(&cfg),
        SyncProblem::decl(&cfg),
        SyncReport::decl(&cfg),
        SyncView::decl(&cfg),
        ConflictItem::decl(&cfg),
        Source::decl(&cfg),
        LeftOut::decl(&cfg),
        FromApp::decl(&cfg),
        OnThisDay::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from the Rust types by tests/bindings.rs (ts-rs). Do not edit by hand:\n\
         // run `EBB_UPDATE_BINDINGS=1 cargo test --test bindings` after changing a type.\n\n",
    );
    for d in decls {
        out.push_str("export ");
        out.push_str(&d);
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[test]
fn typescript_bindings_match_the_rust_types() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/api/bindings.ts");
    let fresh = generate();
    if std::env::var_os("EBB_UPDATE_BINDINGS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "ui/src/api/bindings.ts is out of date with the Rust types; run `EBB_UPDATE_BINDINGS=1 cargo test --test bindings`"
    );
}
