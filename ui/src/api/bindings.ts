// Generated from the Rust types by tests/bindings.rs (ts-rs). Do not edit by hand:
// run `EBB_UPDATE_BINDINGS=1 cargo test --test bindings` after changing a type.

export type Kind = "pull_away" | "pursuit";

export type Actor = "me" | "partner";

export type Entry = { id: string, date: string, text: string, 
/**
 * 1–5.
 */
mood: number | null, 
/**
 * 0–10.
 */
closeness: number | null, 
/**
 * 0–10.
 */
safety: number | null, tags: Array<string>, for_therapy: boolean, created_at: string, updated_at: string, };

export type Episode = { id: string, occurred_at: string, reconnected_at: string | null, kind: Kind, actor: Actor, trigger: string, behaviors: Array<string>, 
/**
 * 0–10.
 */
intensity: number | null, feelings: Array<string>, story: string, need: string, responses: Array<string>, next_time: string, notes: string, tags: Array<string>, for_therapy: boolean, created_at: string, updated_at: string, };

export type Session = { id: string, date: string, notes: string, homework: string, created_at: string, updated_at: string, };

export type Settings = { 
/**
 * How the user wants their partner named on screen and in reports.
 */
partner_name: string, 
/**
 * 1–1440.
 */
auto_lock_minutes: number, };

export type Item = { "type": "entry" } & Entry | { "type": "episode" } & Episode | { "type": "session" } & Session;

export type Page = { items: Array<Item>, 
/**
 * How many records match in all.
 */
total: number, };

export type LockState = "no_journal" | "locked" | "unlocked";

export type Status = { state: LockState, journal_path: string, 
/**
 * Minutes of inactivity before the app locks itself (from settings once unlocked).
 */
auto_lock_minutes: number, 
/**
 * Records that could not be authenticated, by id.
 */
damaged: Array<string>, 
/**
 * Whether the rows match the integrity summary.
 */
summary_ok: boolean, };

export type EntryDraft = { 
/**
 * Empty for a new entry.
 */
id: string | null, date: string, text: string, mood: number | null, closeness: number | null, safety: number | null, tags: Array<string>, for_therapy: boolean, };

export type EpisodeDraft = { id: string | null, kind: Kind, actor: Actor, 
/**
 * RFC 3339; now when absent.
 */
occurred_at: string | null, reconnected_at: string | null, trigger: string, behaviors: Array<string>, intensity: number | null, feelings: Array<string>, story: string, need: string, responses: Array<string>, next_time: string, notes: string, tags: Array<string>, for_therapy: boolean, };

export type SessionDraft = { id: string | null, date: string, notes: string, homework: string, };

export type Filter = { 
/**
 * Case-insensitive text to look for.
 */
query: string, 
/**
 * `entry`, `episode` or `session`; all when empty.
 */
types: Array<string>, kind: Kind | null, actor: Actor | null, 
/**
 * Only records marked for therapy.
 */
flagged: boolean, 
/**
 * Only records with this tag.
 */
tag: string | null, from: string | null, to: string | null, offset: number, 
/**
 * At most this many (default 100, at most 1000).
 */
limit: number | null, };

export type ImportSummary = { added: number, updated: number, unchanged: number, settings_changed: boolean, };

export type ExportFormat = "json" | "markdown" | "csv";

export type CatalogItem = { 
/**
 * The code stored in records, e.g. `shut_down`.
 */
code: string, 
/**
 * A short description for people.
 */
label: string, };

export type Catalog = { pull_away_behaviors: Array<CatalogItem>, pursuit_behaviors: Array<CatalogItem>, withdrawer_responses: Array<CatalogItem>, pursuer_responses: Array<CatalogItem>, };

export type ErrorPayload = { kind: string, message: string, };

export type ByActor = { me: number, partner: number, };

export type Totals = { pull_away: ByActor, pursuit: ByActor, };

export type Week = { 
/**
 * `%G-W%V`, e.g. `2026-W47`.
 */
week: string, totals: Totals, 
/**
 * Mean intensity of the week's episodes that have one.
 */
mean_intensity: number | null, };

export type Starter = { actor: Actor, kind: Kind, };

export type Cycle = { 
/**
 * Episode ids in order.
 */
episodes: Array<string>, 
/**
 * The first episode's `occurred_at`, as stored.
 */
start: string, 
/**
 * The last episode's `occurred_at`, as stored.
 */
end: string, started_by: Starter, 
/**
 * The first episode's trigger exactly as stored (`""` if none).
 */
trigger: string, 
/**
 * Number of episodes.
 */
length: number, };

export type Reconnection = { count: number, median_minutes: number | null, 
/**
 * Nearest rank: the value at position ceil(0.9·n) of the sorted list.
 */
p90_minutes: number | null, };

export type Intensity = { mean: number | null, 
/**
 * Least-squares slope of intensity against time, in points per week.
 */
slope_per_week: number | null, };

export type TriggerCount = { trigger: string, count: number, };

export type CodeCount = { code: string, count: number, };

export type ResponseRate = { episodes: number, with_response: number, rate: number | null, };

export type Patterns = { totals: Totals, weeks: Array<Week>, cycles: Array<Cycle>, reconnection: Reconnection, intensity: Intensity, triggers: Array<TriggerCount>, behaviors: Array<CodeCount>, responses: Array<CodeCount>, secure_response_rate: ResponseRate, 
/**
 * Counts by local weekday (Monday = 0) and local hour.
 */
heatmap: [[number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number], [number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number], [number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number], [number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number], [number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number], [number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number], [number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number]], };

export type Mark = { id: string, 
/**
 * `occurred_at` as stored.
 */
at: string, 
/**
 * The same instant in milliseconds since the epoch, for placing the mark.
 */
t: number, kind: Kind, actor: Actor, intensity: number | null, 
/**
 * When the two reconnected, in milliseconds since the epoch.
 */
reconnected_t: number | null, trigger: string, for_therapy: boolean, };

export type DayPoint = { date: string, 
/**
 * Noon of that date (UTC), in milliseconds since the epoch.
 */
t: number, closeness: number | null, safety: number | null, };

export type SessionMark = { id: string, date: string, 
/**
 * Noon of that date (UTC), in milliseconds since the epoch.
 */
t: number, };

export type CycleLink = { marks: Array<number>, started_by: Starter, trigger: string, };

export type Timeline = { marks: Array<Mark>, days: Array<DayPoint>, sessions: Array<SessionMark>, cycles: Array<CycleLink>, };

export type WeekFigures = { 
/**
 * `%G-W%V`.
 */
week: string, 
/**
 * The Monday, `YYYY-MM-DD`.
 */
monday: string, totals: Totals, mean_intensity: number | null, reconnection_median_minutes: number | null, };

export type MonthFigures = { 
/**
 * `YYYY-MM`.
 */
month: string, secure_response_rate: ResponseRate, };

export type Sentences = { episodes: string, intensity: string, reconnection: string, cycles: string, triggers: string, behaviors: string, responses: string, heatmap: string, };

export type Insights = { from: string, to: string, previous_from: string, previous_to: string, patterns: Patterns, previous: Patterns, weeks: Array<WeekFigures>, months: Array<MonthFigures>, sentences: Sentences, 
/**
 * Said instead of reading much into a handful of episodes.
 */
encouragement: string | null, };

export type Redaction = { 
/**
 * Ids of flagged entries and episodes not to include.
 */
leave_out: Array<string>, 
/**
 * Leave out everything written in the user's own words: entry text, triggers, stories,
 * needs, feelings, notes and homework. Counts, codes and intensities stay.
 */
hide_text: boolean, };

export type PrepRequest = { from: string | null, to: string | null, redaction: Redaction, 
/**
 * How to name the partner in this copy; the saved setting when absent.
 */
partner_name: string | null, };

export type PrepItem = { id: string, when: string, title: string, };

export type PrepView = { from: string, to: string, previous_from: string, previous_to: string, 
/**
 * The range starts at the last session.
 */
since_session: boolean, 
/**
 * Every flagged record in range, left out or not.
 */
items: Array<PrepItem>, 
/**
 * The report's body (escaped by its template), shown with the report's own stylesheet.
 */
html: string, current: Patterns, previous: Patterns, };

export type ReportFile = "html" | "markdown" | "json";
