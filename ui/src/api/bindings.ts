// Generated from the Rust types by tests/bindings.rs (ts-rs). Do not edit by hand:
// run `EBB_UPDATE_BINDINGS=1 cargo test --test bindings` after changing a type.

export type Kind = "pull_away" | "pursuit";

export type Actor = "me" | "partner";

export type Entry = { 
/**
 * The record's id, a UUID.
 */
id: string, 
/**
 * The day the entry is about, `YYYY-MM-DD` in the local calendar.
 */
date: string, 
/**
 * What the user wrote about the day (Markdown allowed).
 */
text: string, 
/**
 * The day's mood, 1–5, if given.
 */
mood: number | null, 
/**
 * How close the user felt to their partner that day, 0–10, if given.
 */
closeness: number | null, 
/**
 * How safe the user felt with their partner that day, 0–10, if given.
 */
safety: number | null, 
/**
 * The entry's tags, none of them empty.
 */
tags: Array<string>, 
/**
 * Whether to bring the entry to therapy.
 */
for_therapy: boolean, 
/**
 * When the record was first saved, RFC 3339.
 */
created_at: string, 
/**
 * When the record was last changed, RFC 3339.
 */
updated_at: string, };

export type Episode = { 
/**
 * The record's id, a UUID.
 */
id: string, 
/**
 * When the episode started, RFC 3339 with the user's offset at the time.
 */
occurred_at: string, 
/**
 * When the partners reconnected, if they have; not before `occurred_at`.
 */
reconnected_at: string | null, 
/**
 * A pause: when the one who paused promised to come back; not before `occurred_at`
 * (SPEC §8, export version 2).
 */
return_at: string | null, 
/**
 * Whether it was a pull-away or a pursuit.
 */
kind: Kind, 
/**
 * Who pulled away or pursued: the user or their partner.
 */
actor: Actor, 
/**
 * What set it off, in the user's words.
 */
trigger: string, 
/**
 * What the move looked like, as behaviour codes (`[a-z0-9_]+`).
 */
behaviors: Array<string>, 
/**
 * How intense it felt, 0–10, if given.
 */
intensity: number | null, 
/**
 * What the user felt.
 */
feelings: Array<string>, 
/**
 * The story the user told themselves about what it meant.
 */
story: string, 
/**
 * What the user needed underneath.
 */
need: string, 
/**
 * What the user did, as response codes (`[a-z0-9_]+`), secure responses included.
 */
responses: Array<string>, 
/**
 * What helped the partners reconnect, as repair codes (`[a-z0-9_]+`; SPEC §8).
 */
repairs: Array<string>, 
/**
 * What the user would like to try next time.
 */
next_time: string, 
/**
 * Any other notes.
 */
notes: string, 
/**
 * The episode's tags, none of them empty.
 */
tags: Array<string>, 
/**
 * Whether to bring the episode to therapy.
 */
for_therapy: boolean, 
/**
 * When the record was first saved, RFC 3339.
 */
created_at: string, 
/**
 * When the record was last changed, RFC 3339.
 */
updated_at: string, };

export type Session = { 
/**
 * The record's id, a UUID.
 */
id: string, 
/**
 * The day of the session, `YYYY-MM-DD` in the local calendar.
 */
date: string, 
/**
 * What was talked about.
 */
notes: string, 
/**
 * What the user will practise before the next session.
 */
homework: string, 
/**
 * When the record was first saved, RFC 3339.
 */
created_at: string, 
/**
 * When the record was last changed, RFC 3339.
 */
updated_at: string, };

export type Practice = { 
/**
 * The record's id, a UUID.
 */
id: string, 
/**
 * The first day of the practice, `YYYY-MM-DD`.
 */
started_on: string, 
/**
 * The last day, if the person ended it; not before `started_on`.
 */
ended_on: string | null, 
/**
 * What to practise, in the person's words.
 */
text: string, 
/**
 * The secure response being practised (a code, `[a-z0-9_]+`), if any.
 */
response: string | null, 
/**
 * The session it came from, if any.
 */
session_id: string | null, 
/**
 * When the record was first saved, RFC 3339.
 */
created_at: string, 
/**
 * When the record was last changed, RFC 3339.
 */
updated_at: string, };

export type Checkin = { 
/**
 * The record's id, a UUID.
 */
id: string, 
/**
 * The day, `YYYY-MM-DD`.
 */
date: string, 
/**
 * The practice it is about.
 */
practice_id: string, 
/**
 * Whether the person tried it.
 */
done: Done, 
/**
 * An optional line.
 */
note: string, 
/**
 * When the record was first saved, RFC 3339.
 */
created_at: string, 
/**
 * When the record was last changed, RFC 3339.
 */
updated_at: string, };

export type Done = "yes" | "no" | "no_chance";

export type PracticeDraft = { 
/**
 * Empty for a new record.
 */
id: string | null, 
/**
 * The first day, `YYYY-MM-DD`; today when empty.
 */
started_on: string, 
/**
 * The last day, `YYYY-MM-DD`; empty or absent while it runs.
 */
ended_on: string | null, 
/**
 * What to practise, in the person's words.
 */
text: string, 
/**
 * The secure response being practised (a code, `[a-z0-9_]+`), if any.
 */
response: string | null, 
/**
 * The session it came from, if any.
 */
session_id: string | null, };

export type CheckinDraft = { 
/**
 * Empty for a new record.
 */
id: string | null, 
/**
 * The day, `YYYY-MM-DD`; today when empty.
 */
date: string, 
/**
 * The practice it is about.
 */
practice_id: string, 
/**
 * Whether the person tried it.
 */
done: Done, 
/**
 * An optional line.
 */
note: string, };

export type Settings = { 
/**
 * How the user wants their partner named on screen and in reports.
 */
partner_name: string, 
/**
 * 1–1440.
 */
auto_lock_minutes: number, 
/**
 * The daily reminder's local time, `HH:MM`, or none (SPEC §8).
 */
reminder_at: string | null, 
/**
 * The language of the app and the report, `en`, `es` or `de`, or none for the
 * system's (SPEC §8, §11).
 */
language: string | null, 
/**
 * What the app remembers for the person between visits. Sealed with the settings, never
 * exported: it is the app's memory, not the journal (the export's settings are
 * [`crate::exchange::ExportSettings`]).
 */
app_state: AppState, };

export type AppState = { 
/**
 * The line the person says when they take a pause themselves, as they last wrote it;
 * empty for Ebb's own.
 */
pause_line_me: string, 
/**
 * The line the person says when their partner asks for a pause; empty for Ebb's own.
 */
pause_line_partner: string, 
/**
 * Episodes the person asked Today not to ask about again ("Don't ask about this one").
 */
not_asked: Array<string>, 
/**
 * Today has offered the daily reminder once (after the first week), whatever the answer.
 */
reminder_offered: boolean, 
/**
 * The person turned off the gentle question shown under the day's entry.
 */
prompts_off: boolean, };

export type Item = { "type": "entry" } & Entry | { "type": "episode" } & Episode | { "type": "session" } & Session | { "type": "practice" } & Practice | { "type": "checkin" } & Checkin;

export type Page = { 
/**
 * The records on this page, newest first.
 */
items: Array<Item>, 
/**
 * How many records match in all.
 */
total: number, };

export type LockState = "no_journal" | "locked" | "unlocked";

export type Status = { 
/**
 * Whether there is a journal, and whether it is locked.
 */
state: LockState, 
/**
 * The journal file's path, as shown to the user.
 */
journal_path: string, 
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
summary_ok: boolean, 
/**
 * Whether the journal opened read-only: its integrity summary is damaged, so the
 * records can be read and exported but nothing can be saved.
 */
read_only: boolean, 
/**
 * The language the app speaks (SPEC §11): the one in Settings once unlocked, else the
 * system's, else English; locked again, the one spoken before. A code such as `de`.
 */
language: string, };

export type KeyChange = { 
/**
 * The new recovery key, shown once (after a new recovery key or a new data key).
 */
recovery_key: string | null, 
/**
 * Backups from before today: each still opens with the passphrase of its day.
 */
older_backups: number, 
/**
 * Backups whose old recovery-key seal was replaced by the new key's.
 */
backups_resealed: number, 
/**
 * Backups that still open with an earlier recovery key (made before an earlier change
 * of the data key).
 */
backups_not_resealed: number, 
/**
 * Whether the data key itself changed (then the older backups hold only what was
 * written before now, under the old key).
 */
data_key_changed: boolean, 
/**
 * The sync folder the journal left because its data key changed (the folder's files are
 * sealed under the old one); none if it did not sync.
 */
left_sync: string | null, };

export type PauseRequest = { 
/**
 * `me`: I need the pause; `partner`: my partner asked for one.
 */
who: Actor, 
/**
 * How long, in minutes (5–240).
 */
minutes: number, 
/**
 * The line to say, if the person changed the one proposed; empty keeps what is
 * remembered (their own line from before, or Ebb's).
 */
line: string, };

export type PauseLines = { 
/**
 * The line when I need the pause.
 */
me: string, 
/**
 * The line when my partner asked for one.
 */
partner: string, };

export type RunningPause = { 
/**
 * The episode it is logged as; `null` while it was started locked and is not logged yet
 * (it is, with its start time, at the next unlock).
 */
episode_id: string | null, 
/**
 * Who needs the pause.
 */
who: Actor, 
/**
 * How long it was meant to last, in minutes.
 */
minutes: number, 
/**
 * When it started (RFC 3339).
 */
started_at: string, 
/**
 * When the app asks "Did you come back to each other?" (RFC 3339): the promised return,
 * later after "not yet", sooner after "end it now".
 */
ask_at: string, };

export type FollowUp = { 
/**
 * The episode's id.
 */
id: string, 
/**
 * Pull-away or pursuit.
 */
kind: Kind, 
/**
 * Who moved.
 */
actor: Actor, 
/**
 * When it happened, as stored.
 */
occurred_at: string, 
/**
 * When the one who paused promised to be back, if it was a pause.
 */
return_at: string | null, };

export type EntryDraft = { 
/**
 * Empty for a new record.
 */
id: string | null, 
/**
 * The day the entry is about, `YYYY-MM-DD`.
 */
date: string, 
/**
 * What the user wrote about the day (Markdown allowed).
 */
text: string, 
/**
 * The day's mood, 1–5, if given.
 */
mood: number | null, 
/**
 * How close the user felt to their partner that day, 0–10, if given.
 */
closeness: number | null, 
/**
 * How safe the user felt with their partner that day, 0–10, if given.
 */
safety: number | null, 
/**
 * The entry's tags, none of them empty.
 */
tags: Array<string>, 
/**
 * Whether to bring the entry to therapy.
 */
for_therapy: boolean, };

export type EpisodeDraft = { 
/**
 * Empty for a new record.
 */
id: string | null, 
/**
 * When the episode started, RFC 3339; now when absent.
 */
occurred_at: string | null, 
/**
 * When the partners reconnected, RFC 3339; absent or empty if they have not yet.
 */
reconnected_at: string | null, 
/**
 * When the one who paused promised to come back, RFC 3339; absent or empty if no
 * pause was taken.
 */
return_at: string | null, 
/**
 * Whether it was a pull-away or a pursuit.
 */
kind: Kind, 
/**
 * Who pulled away or pursued: the user or their partner.
 */
actor: Actor, 
/**
 * What set it off, in the user's words.
 */
trigger: string, 
/**
 * What the move looked like, as behaviour codes (`[a-z0-9_]+`).
 */
behaviors: Array<string>, 
/**
 * How intense it felt, 0–10, if given.
 */
intensity: number | null, 
/**
 * What the user felt.
 */
feelings: Array<string>, 
/**
 * The story the user told themselves about what it meant.
 */
story: string, 
/**
 * What the user needed underneath.
 */
need: string, 
/**
 * What the user did, as response codes (`[a-z0-9_]+`), secure responses included.
 */
responses: Array<string>, 
/**
 * What helped the partners reconnect, as repair codes (`[a-z0-9_]+`; SPEC §8).
 */
repairs: Array<string>, 
/**
 * What the user would like to try next time.
 */
next_time: string, 
/**
 * Any other notes.
 */
notes: string, 
/**
 * The episode's tags, none of them empty.
 */
tags: Array<string>, 
/**
 * Whether to bring the episode to therapy.
 */
for_therapy: boolean, };

export type SessionDraft = { 
/**
 * Empty for a new record.
 */
id: string | null, 
/**
 * The day of the session, `YYYY-MM-DD`.
 */
date: string, 
/**
 * What was talked about.
 */
notes: string, 
/**
 * What the user will practise before the next session.
 */
homework: string, };

export type Filter = { 
/**
 * Case-insensitive text to look for.
 */
query: string, 
/**
 * `entry`, `episode` or `session`; all when empty.
 */
types: Array<string>, 
/**
 * Only episodes of this kind (other records are left out).
 */
kind: Kind | null, 
/**
 * Only episodes by this actor (other records are left out).
 */
actor: Actor | null, 
/**
 * Only records marked for therapy.
 */
flagged: boolean, 
/**
 * Only records with this tag.
 */
tag: string | null, 
/**
 * The first local date to show, `YYYY-MM-DD`; open when absent or empty.
 */
from: string | null, 
/**
 * The last local date to show, `YYYY-MM-DD`; open when absent or empty.
 */
to: string | null, 
/**
 * How many matching records to skip, for paging.
 */
offset: number, 
/**
 * At most this many (default 100, at most 1000).
 */
limit: number | null, };

export type ImportSummary = { 
/**
 * Records whose id was new to the journal.
 */
added: number, 
/**
 * Records that replaced an older version in the journal.
 */
updated: number, 
/**
 * Records already in the journal as given, or there in a newer version.
 */
unchanged: number, 
/**
 * Whether the file's settings replaced the journal's.
 */
settings_changed: boolean, };

export type ExportFormat = "json" | "markdown" | "csv";

export type CatalogItem = { 
/**
 * The code stored in records, e.g. `shut_down`.
 */
code: string, 
/**
 * A short description for people, in the language speaking now.
 */
label: string, };

export type Catalog = { 
/**
 * What pulling away can look like.
 */
pull_away_behaviors: Array<CatalogItem>, 
/**
 * What pursuing can look like.
 */
pursuit_behaviors: Array<CatalogItem>, 
/**
 * Secure responses for the partner who tends to withdraw.
 */
withdrawer_responses: Array<CatalogItem>, 
/**
 * Secure responses for the partner who tends to pursue.
 */
pursuer_responses: Array<CatalogItem>, 
/**
 * What helped the partners reconnect.
 */
repairs: Array<CatalogItem>, };

export type ErrorPayload = { 
/**
 * The error's class as a stable name, e.g. `wrong_passphrase` ([`Error::kind`]).
 */
kind: string, 
/**
 * The error's one-line message, for people.
 */
message: string, };

export type ByActor = { 
/**
 * Episodes by the user.
 */
me: number, 
/**
 * Episodes by the partner.
 */
partner: number, };

export type Totals = { 
/**
 * Pull-away episodes, by actor.
 */
pull_away: ByActor, 
/**
 * Pursuit episodes, by actor.
 */
pursuit: ByActor, };

export type Week = { 
/**
 * `%G-W%V`, e.g. `2026-W47`.
 */
week: string, 
/**
 * The week's episodes, by kind and actor.
 */
totals: Totals, 
/**
 * Mean intensity of the week's episodes that have one.
 */
mean_intensity: number | null, };

export type Starter = { 
/**
 * Who made the first move.
 */
actor: Actor, 
/**
 * Whether the first move was a pull-away or a pursuit.
 */
kind: Kind, };

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
end: string, 
/**
 * Who made the first move, and of which kind.
 */
started_by: Starter, 
/**
 * The first episode's trigger exactly as stored (`""` if none).
 */
trigger: string, 
/**
 * Number of episodes.
 */
length: number, };

export type Move = { 
/**
 * Who moved.
 */
actor: Actor, 
/**
 * Pull-away or pursuit.
 */
kind: Kind, };

export type CycleGroup = { 
/**
 * The first move.
 */
first: Move, 
/**
 * The move that answered it.
 */
then: Move, 
/**
 * How many cycles begin this way.
 */
count: number, 
/**
 * The three most used behaviour codes of the first moves (count descending, then code).
 */
first_behaviors: Array<string>, 
/**
 * The same for the second moves.
 */
then_behaviors: Array<string>, 
/**
 * The most common trimmed, lower-cased trigger of the first moves (ties: text
 * ascending); `""` if none has one.
 */
trigger: string, };

export type PracticeFigures = { 
/**
 * The practice's id.
 */
id: string, 
/**
 * What is practised.
 */
text: string, 
/**
 * The response practised, if any.
 */
response: string | null, 
/**
 * Days of the range it ran on, never after today.
 */
days: number, 
/**
 * Check-ins on those days.
 */
checked_in: number, 
/**
 * Of those, "yes".
 */
yes: number, 
/**
 * Of those, "no".
 */
no: number, 
/**
 * Of those, "no chance today".
 */
no_chance: number, 
/**
 * The person's own episodes on those days that used the response; `null` without one.
 */
used_in_episodes: number | null, };

export type Reconnection = { 
/**
 * How many episodes have a `reconnected_at`.
 */
count: number, 
/**
 * Median minutes from `occurred_at` to `reconnected_at`; `null` when `count` is 0.
 */
median_minutes: number | null, 
/**
 * Nearest rank: the value at position ceil(0.9·n) of the sorted list.
 */
p90_minutes: number | null, };

export type Intensity = { 
/**
 * Mean intensity of the episodes that have one, 0–10; `null` when none does.
 */
mean: number | null, 
/**
 * Least-squares slope of intensity against time, in points per week.
 */
slope_per_week: number | null, };

export type TriggerCount = { 
/**
 * The trigger, trimmed and lower-cased.
 */
trigger: string, 
/**
 * How many episodes it set off.
 */
count: number, };

export type CodeCount = { 
/**
 * The code, e.g. `shut_down`.
 */
code: string, 
/**
 * How many times this code was used.
 */
count: number, };

export type ResponseRate = { 
/**
 * Episodes whose actor is the user.
 */
episodes: number, 
/**
 * How many of those list at least one response.
 */
with_response: number, 
/**
 * `with_response` / `episodes`; `null` when `episodes` is 0.
 */
rate: number | null, };

export type Pauses = { 
/**
 * Episodes with a `return_at`.
 */
count: number, 
/**
 * Of those, how many have a `reconnected_at`.
 */
returned: number, 
/**
 * Of those, how many reconnected at most [`ON_TIME_GRACE`] after `return_at`.
 */
on_time: number, 
/**
 * `on_time` / `count`; `null` when `count` is 0.
 */
on_time_rate: number | null, };

export type RepairCount = { 
/**
 * The code, e.g. `talked_it_through`.
 */
code: string, 
/**
 * Episodes that list it.
 */
count: number, 
/**
 * Median minutes from `occurred_at` to `reconnected_at` over those episodes that have
 * one; `null` when none does.
 */
median_minutes: number | null, };

export type Patterns = { 
/**
 * Every episode, by kind and actor.
 */
totals: Totals, 
/**
 * Each ISO week that holds an episode, oldest first.
 */
weeks: Array<Week>, 
/**
 * Every cycle, earliest first.
 */
cycles: Array<Cycle>, 
/**
 * How long reconnecting took.
 */
reconnection: Reconnection, 
/**
 * Mean intensity and its trend.
 */
intensity: Intensity, 
/**
 * The 10 most frequent triggers, by count descending then text ascending.
 */
triggers: Array<TriggerCount>, 
/**
 * Every behaviour code used, by count descending then code ascending.
 */
behaviors: Array<CodeCount>, 
/**
 * Every response code used, by count descending then code ascending.
 */
responses: Array<CodeCount>, 
/**
 * How often the user's own episodes include a response.
 */
secure_response_rate: ResponseRate, 
/**
 * Counts by local weekday (Monday = 0) and local hour.
 */
heatmap: [[number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number], [number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number], [number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number], [number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number], [number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number], [number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number], [number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number]], 
/**
 * Pauses and whether the return came on time (SPEC §8).
 */
pauses: Pauses, 
/**
 * Every repair code used, by count descending then code ascending (SPEC §8).
 */
repairs: Array<RepairCount>, 
/**
 * The cycles grouped by their first two moves, most common first (SPEC §8).
 */
cycle_map: Array<CycleGroup>, 
/**
 * Every practice active in the range, by start day then id (SPEC §8); filled by
 * [`compute_all`], empty from [`compute`], which sees episodes only.
 */
practice: Array<PracticeFigures>, };

export type Mark = { 
/**
 * The episode's id.
 */
id: string, 
/**
 * `occurred_at` as stored.
 */
at: string, 
/**
 * The same instant in milliseconds since the epoch, for placing the mark.
 */
t: number, 
/**
 * Whether it was a pull-away or a pursuit.
 */
kind: Kind, 
/**
 * Who pulled away or pursued.
 */
actor: Actor, 
/**
 * How intense it felt, 0–10, if noted.
 */
intensity: number | null, 
/**
 * When the two reconnected, in milliseconds since the epoch.
 */
reconnected_t: number | null, 
/**
 * What set it off, trimmed (`""` if none).
 */
trigger: string, 
/**
 * Whether to bring the episode to therapy.
 */
for_therapy: boolean, };

export type DayPoint = { 
/**
 * The day, `YYYY-MM-DD`.
 */
date: string, 
/**
 * Noon of that date (UTC), in milliseconds since the epoch.
 */
t: number, 
/**
 * Mean closeness of the day's entries that give one, 0–10; `null` if none does.
 */
closeness: number | null, 
/**
 * Mean safety of the day's entries that give one, 0–10; `null` if none does.
 */
safety: number | null, };

export type SessionMark = { 
/**
 * The session's id.
 */
id: string, 
/**
 * The day of the session, `YYYY-MM-DD`.
 */
date: string, 
/**
 * Noon of that date (UTC), in milliseconds since the epoch.
 */
t: number, };

export type CycleLink = { 
/**
 * Positions of the cycle's episodes in [`Timeline::marks`], in order.
 */
marks: Array<number>, 
/**
 * Who made the first move, and of which kind.
 */
started_by: Starter, 
/**
 * The first episode's trigger, trimmed (`""` if none).
 */
trigger: string, };

export type Timeline = { 
/**
 * Every episode, by instant (ties by id).
 */
marks: Array<Mark>, 
/**
 * Every day with a closeness or safety noted, in date order.
 */
days: Array<DayPoint>, 
/**
 * Every therapy session, by date.
 */
sessions: Array<SessionMark>, 
/**
 * Every cycle, earliest first.
 */
cycles: Array<CycleLink>, };

export type WeekFigures = { 
/**
 * `%G-W%V`.
 */
week: string, 
/**
 * The Monday, `YYYY-MM-DD`.
 */
monday: string, 
/**
 * The week's episodes in range, by kind and actor.
 */
totals: Totals, 
/**
 * Mean intensity of the week's episodes in range that have one.
 */
mean_intensity: number | null, 
/**
 * Median minutes to reconnect over the week's episodes in range that record it.
 */
reconnection_median_minutes: number | null, 
/**
 * Check-ins on practices that week (days in range and not after today, on which the
 * practice ran: the days `patterns.practice` counts).
 */
checkins: number, 
/**
 * Of those, the days the person tried it.
 */
checkins_yes: number, 
/**
 * The person's own episodes that week whose responses hold the response of a practice
 * running that day.
 */
practice_used: number, };

export type MonthFigures = { 
/**
 * `YYYY-MM`.
 */
month: string, 
/**
 * How often the user's own episodes that month included a secure response.
 */
secure_response_rate: ResponseRate, };

export type Sentences = { 
/**
 * How many episodes, of which kind and by whom, against the period before.
 */
episodes: string, 
/**
 * The mean intensity and its trend, against the period before.
 */
intensity: string, 
/**
 * How long reconnecting took, against the period before.
 */
reconnection: string, 
/**
 * How many cycles there were and how most of them started.
 */
cycles: string, 
/**
 * The trigger that opened most cycles, else the one that came up most often.
 */
triggers: string, 
/**
 * The behaviour logged most often.
 */
behaviors: string, 
/**
 * How often the user tried a secure response, against the period before.
 */
responses: string, 
/**
 * The weekday and the hour in which episodes came most often.
 */
heatmap: string, 
/**
 * How the pauses went: how many ended with coming back, how many on time.
 */
pauses: string, 
/**
 * What helped reconnect most often, and what helped quickest.
 */
repairs: string, 
/**
 * The most common cycle in one sentence.
 */
cycle_map: string, };

export type Insights = { 
/**
 * The first day of the range, `YYYY-MM-DD`.
 */
from: string, 
/**
 * The last day of the range, `YYYY-MM-DD`.
 */
to: string, 
/**
 * The first day of the period of equal length before the range, `YYYY-MM-DD`.
 */
previous_from: string, 
/**
 * The last day of that earlier period: the day before `from`.
 */
previous_to: string, 
/**
 * The range's patterns (SPEC §5).
 */
patterns: Patterns, 
/**
 * The earlier period's patterns.
 */
previous: Patterns, 
/**
 * Every ISO week that overlaps the range, empty ones included.
 */
weeks: Array<WeekFigures>, 
/**
 * Every calendar month that overlaps the range.
 */
months: Array<MonthFigures>, 
/**
 * The sentences above the charts.
 */
sentences: Sentences, 
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

export type PrepRequest = { 
/**
 * The first day of the range, `YYYY-MM-DD`; used only together with `to`.
 */
from: string | null, 
/**
 * The last day of the range, `YYYY-MM-DD`; used only together with `from`.
 */
to: string | null, 
/**
 * What to leave out of this copy of the report.
 */
redaction: Redaction, 
/**
 * How to name the partner in this copy; the saved setting when absent.
 */
partner_name: string | null, 
/**
 * The language of this copy (`en`, `es`, `de`…), when it is not the app's: a therapist
 * may read another language than the person writes in.
 */
language: string | null, };

export type PrepItem = { 
/**
 * The flagged record's id.
 */
id: string, 
/**
 * An entry's date, or an episode's `occurred_at` as stored.
 */
when: string, 
/**
 * How the list names it: "Daily entry", or who did what ("Sam pursued").
 */
title: string, };

export type PrepView = { 
/**
 * The first day of the range, `YYYY-MM-DD`.
 */
from: string, 
/**
 * The last day of the range, `YYYY-MM-DD`.
 */
to: string, 
/**
 * The first day of the period of equal length before the range, `YYYY-MM-DD`.
 */
previous_from: string, 
/**
 * The last day of that earlier period: the day before `from`.
 */
previous_to: string, 
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
html: string, 
/**
 * The range's patterns (SPEC §5); triggers are emptied when text is hidden.
 */
current: Patterns, 
/**
 * The earlier period's patterns, with triggers emptied in the same way.
 */
previous: Patterns, };

export type ReportFile = "html" | "markdown" | "json";

export type DeviceStatus = { 
/**
 * Its id.
 */
id: string, 
/**
 * Whether it is this computer.
 */
this_device: boolean, 
/**
 * When it last wrote a change that has been read here; none yet if nothing was.
 */
last_change_at: string | null, };

export type SyncStatus = { 
/**
 * The sync folder.
 */
folder: string, 
/**
 * This device's id.
 */
device: string, 
/**
 * Every device known in the folder, this one included.
 */
devices: Array<DeviceStatus>, };

export type SyncProblem = { 
/**
 * The device's id.
 */
device: string, 
/**
 * What is wrong, for people.
 */
message: string, };

export type SyncReport = { 
/**
 * Rows this device sent.
 */
sent: number, 
/**
 * Changes from other devices applied here.
 */
received: number, 
/**
 * Versions set aside as conflicts by this exchange (each kept, see [`conflicts`]).
 */
conflicts: number, 
/**
 * Devices whose files were not applied, and why.
 */
problems: Array<SyncProblem>, };

export type SyncView = { 
/**
 * Where the journal syncs and its devices; none when it does not sync.
 */
status: SyncStatus | null, 
/**
 * When this computer last exchanged (this session).
 */
last_exchange_at: string | null, 
/**
 * What went wrong in the last exchange, in words for people; none if all went well.
 */
problem: string | null, 
/**
 * How many versions are kept in conflict.
 */
conflicts: number, };

export type ConflictItem = { 
/**
 * The record's id.
 */
id: string, 
/**
 * The device that made this version.
 */
device: string, 
/**
 * This version's change id, to choose it with [`App::keep_version`].
 */
change: string, 
/**
 * The version.
 */
item: Item, 
/**
 * The version shown now; none when the record was deleted on another computer.
 */
shown: Item | null, };

export type Source = "dayone" | "jrnl" | "minidiarium";

export type LeftOut = { 
/**
 * What it is, in words: "photos", "audio recordings", "places".
 */
what: string, 
/**
 * How many.
 */
count: number, };

export type FromApp = { 
/**
 * How many entries the file holds.
 */
entries: number, 
/**
 * Entries new to the journal.
 */
added: number, 
/**
 * Entries that replace an older version brought in before.
 */
updated: number, 
/**
 * Entries already in the journal as they are.
 */
unchanged: number, 
/**
 * The first and last day of the entries, `YYYY-MM-DD`.
 */
first_day: string | null, 
/**
 * See `first_day`.
 */
last_day: string | null, 
/**
 * What cannot come over, each with how many ("photos", 3).
 */
left_out: Array<LeftOut>, };

export type OnThisDay = { 
/**
 * Entries and episodes of this month and day in earlier years, newest first (a 29
 * February's show on the 28th in other years).
 */
items: Array<Item>, 
/**
 * Episodes in the month around this day a year ago (15 days either side).
 */
last_year: number, 
/**
 * Episodes in the 30 days up to this day.
 */
this_year: number, };
