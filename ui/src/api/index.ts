// The one door from the UI to the Rust core. Every backend call goes through here, typed
// with the bindings generated from the Rust types (./bindings.ts).
import { Channel, invoke } from '@tauri-apps/api/core';
import type {
  Catalog,
  EntryDraft,
  EpisodeDraft,
  ErrorPayload,
  ExportFormat,
  Filter,
  ImportSummary,
  Insights,
  PrepRequest,
  PrepView,
  ReportFile,
  Timeline,
  FollowUp,
  Item,
  KeyChange,
  PauseLines,
  Practice,
  PracticeDraft,
  Checkin,
  CheckinDraft,
  PauseRequest,
  RunningPause,
  Page,
  Patterns,
  SessionDraft,
  Settings,
  Status,
  SyncReport,
  SyncView,
  ConflictItem,
  FromApp,
  OnThisDay,
  Source,
} from './bindings';

export type * from './bindings';

/** An error from the core: `kind` to switch on, `message` to show. */
export class EbbError extends Error {
  kind: string;
  constructor(payload: ErrorPayload) {
    super(payload.message);
    this.kind = payload.kind;
  }
}

function isPayload(e: unknown): e is ErrorPayload {
  return typeof e === 'object' && e !== null && 'kind' in e && 'message' in e;
}

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    if (isPayload(e)) throw new EbbError(e);
    throw new EbbError({ kind: 'internal', message: String(e) });
  }
}

export const api = {
  status: () => call<Status>('status'),
  create: (passphrase: string) => call<string>('create', { passphrase }),
  saveRecoveryKey: (path: string, key: string) => call<void>('save_recovery_key', { path, key }),
  unlock: (passphrase: string) => call<Status>('unlock', { passphrase }),
  recover: (recoveryKey: string, newPassphrase: string) =>
    call<Status>('recover', { recoveryKey, newPassphrase }),
  lock: () => call<void>('lock'),
  /** After the page has saved what was being typed: lock and close the window. */
  closeWindow: () => call<void>('close_window'),
  touch: () => call<void>('touch'),
  refresh: () => call<boolean>('refresh'),
  catalog: () => call<Catalog>('catalog'),
  settings: () => call<Settings>('settings'),
  saveSettings: (settings: Settings) => call<Settings>('save_settings', { settings }),
  saveEntry: (draft: EntryDraft) => call<Item>('save_entry', { draft }),
  saveEpisode: (draft: EpisodeDraft) => call<Item>('save_episode', { draft }),
  saveSession: (draft: SessionDraft) => call<Item>('save_session', { draft }),
  delete: (id: string) => call<Item>('delete', { id }),
  undoDelete: (id: string) => call<Item>('undo_delete', { id }),
  pauseLines: (minutes: number, back: string) => call<PauseLines>('pause_lines', { minutes, back }),
  /** Starts a pause; locked, it runs all the same and is logged at the next unlock. */
  startPause: (request: PauseRequest) => call<RunningPause>('start_pause', { request }),
  /** The pause that is running (it outlives a lock and a closed window), or null. */
  runningPause: () => call<RunningPause | null>('running_pause'),
  /** "Not yet": ask again in ten minutes. */
  snoozePause: () => call<RunningPause | null>('snooze_pause'),
  endPauseNow: () => call<RunningPause | null>('end_pause_now'),
  /** The pause is answered, or left for Today's questions. */
  stopPause: () => call<void>('stop_pause'),
  /** Whether Today offers the daily reminder (once, after the first week). */
  reminderOffer: () => call<boolean>('reminder_offer'),
  /** A time (`HH:MM`) turns the reminder on; null says no thanks. */
  answerReminderOffer: (at: string | null) => call<Settings>('answer_reminder_offer', { at }),
  /** Whether Ebb starts, locked, at login. */
  autostart: () => call<boolean>('autostart'),
  setAutostart: (on: boolean) => call<boolean>('set_autostart', { on }),
  /** "Yes, we came back to each other" at `at` (RFC 3339; now when empty), with what helped. */
  cameBack: (id: string, at: string, repairs: string[]) => call<Item>('came_back', { id, at, repairs }),
  followUps: () => call<FollowUp[]>('follow_ups'),
  dontAsk: (id: string) => call<void>('dont_ask', { id }),
  /** Starts or edits a practice (from a session, or on its own). */
  savePractice: (draft: PracticeDraft) => call<Item>('save_practice', { draft }),
  /** Ends a practice on `on` (YYYY-MM-DD; today when empty). */
  endPractice: (id: string, on: string) => call<Item>('end_practice', { id, on }),
  /** Every practice, the running ones first. */
  practices: () => call<Practice[]>('practices'),
  /** That day's check-in on a practice; a second one the same day replaces it. */
  checkin: (draft: CheckinDraft) => call<Item>('checkin', { draft }),
  checkinsOn: (date: string) => call<Checkin[]>('checkins_on', { date }),
  get: (id: string) => call<Item>('get', { id }),
  entriesOn: (date: string) => call<Item[]>('entries_on', { date }),
  list: (filter: Partial<Filter>) => call<Page>('list', { filter }),
  tags: () => call<string[]>('tags'),
  triggers: () => call<string[]>('triggers'),
  customCodes: () => call<string[]>('custom_codes'),
  patterns: (from: string | null, to: string | null) => call<Patterns>('patterns', { from, to }),
  /** The system print dialog, where "Print to File" writes a PDF. */
  printPage: () => call<void>('print_page'),
  timeline: () => call<Timeline>('timeline'),
  insights: (from: string, to: string) => call<Insights>('insights', { from, to }),
  prep: (request: PrepRequest) => call<PrepView>('prep', { request }),
  exportPrep: (request: PrepRequest, format: ReportFile, path: string) =>
    call<void>('export_prep', { request, format, path }),
  changePassphrase: (current: string, next: string) =>
    call<KeyChange>('change_passphrase', { current, new: next }),
  newRecoveryKey: (current: string) => call<KeyChange>('new_recovery_key', { current }),
  /** Seals every record again under a new key; `onProgress(done, total)` as it goes. */
  rekey: (current: string, onProgress: (done: number, total: number) => void) => {
    const progress = new Channel<[number, number]>();
    progress.onmessage = ([done, total]) => onProgress(done, total);
    return call<KeyChange>('rekey', { current, progress });
  },
  backup: (path: string) => call<void>('backup', { path }),
  export: (format: ExportFormat, path: string) => call<number>('export', { format, path }),
  importPreview: (path: string) => call<ImportSummary>('import_preview', { path }),
  /** The gentle question under the day's entry, on or off. */
  setPrompts: (on: boolean) => call<Settings>('set_prompts', { on }),
  /** This day (YYYY-MM-DD) in earlier years, and the episodes around it a year ago and lately. */
  onThisDay: (date: string) => call<OnThisDay>('on_this_day', { date }),
  /** What bringing another app's export in would do: entries, days, what stays behind. */
  importFromPreview: (app: Source, path: string) => call<FromApp>('import_from_preview', { app, path }),
  /** Brings another app's export in: all or nothing, safe to repeat. */
  importFrom: (app: Source, path: string) => call<FromApp>('import_from', { app, path }),
  /** Where the journal syncs, its devices and how the last exchange went. */
  syncView: () => call<SyncView>('sync_view'),
  /** Exchanges with the sync folder now (the app also does it by itself). */
  syncNow: () => call<SyncReport>('sync_now'),
  /** Connects the journal to a folder chosen with `chooseFolder`, and sends everything. */
  syncConnect: (path: string) => call<SyncReport>('sync_connect', { path }),
  /** First run on a second computer: this computer's journal from the sync folder, opened with
   *  the other computer's passphrase, or the recovery key when one is given. */
  joinFromSync: (path: string, passphrase: string, recoveryKey: string, newPassphrase: string) =>
    call<Status>('join_from_sync', { path, passphrase, recoveryKey, newPassphrase }),
  /** Every version kept beside the one shown (two computers changed the same record). */
  conflicts: () => call<ConflictItem[]>('conflicts'),
  /** "Keep this one instead". */
  keepVersion: (id: string, change: string) => call<Item>('keep_version', { id, change }),
  /** "Keep the one shown": the other versions are let go. */
  keepShown: (id: string) => call<Item | null>('keep_shown', { id }),
  import: (path: string) => call<ImportSummary>('import', { path }),
};

/** What a file dialog says; the shell opens it, and remembers what the person chose. */
type FileDialog = { title: string; file_name: string; extension: string; label: string };

/** Asks where to save a file; null when the user cancels. Only a path chosen here can be
 *  written by the commands that save files. */
export async function chooseSavePath(title: string, fileName: string, extension: string, label: string): Promise<string | null> {
  const dialog: FileDialog = { title, file_name: fileName, extension, label };
  return call<string | null>('choose_save', { dialog });
}

/** Asks for a folder (the sync folder); null when the user cancels. */
export async function chooseFolder(title: string): Promise<string | null> {
  return call<string | null>('choose_folder', { title });
}

/** Asks for a file to open; null when the user cancels. */
export async function chooseOpenPath(title: string, extension: string, label: string): Promise<string | null> {
  const dialog: FileDialog = { title, file_name: '', extension, label };
  return call<string | null>('choose_open', { dialog });
}
