import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import Unlock from './Unlock.svelte';
import LogEpisode from './LogEpisode.svelte';
import Today from './Today.svelte';
import Journal from './Journal.svelte';
import Settings from './Settings.svelte';
import Pause from './Pause.svelte';
import FollowUps from '../components/FollowUps.svelte';
import ReminderOffer from '../components/ReminderOffer.svelte';
import PracticeCheckins from '../components/PracticeCheckins.svelte';
import Sessions from './Sessions.svelte';
import FirstRun from './FirstRun.svelte';
import Practices from '../components/Practices.svelte';
import { today } from '../lib/dates';
import { PROMPTS, promptFor } from '../lib/prompts';
import { pause } from '../lib/pause.svelte';
import type { Catalog, Entry, Item, RunningPause, Settings as SettingsT } from '../api';
import { setLanguage } from '../lib/i18n.svelte';

type Call = { cmd: string; args: Record<string, unknown> };
let calls: Call[] = [];

function backend(handlers: Record<string, (args: Record<string, unknown>) => unknown>) {
  calls = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: (args ?? {}) as Record<string, unknown> });
    const h = handlers[cmd];
    if (!h) return cmd.startsWith('save') ? {} : [];
    return h((args ?? {}) as Record<string, unknown>);
  });
}

const catalog: Catalog = {
  pull_away_behaviors: [{ code: 'shut_down', label: 'Went quiet or shut down mid-conflict' }],
  pursuit_behaviors: [{ code: 'chased', label: 'Followed, called or messaged again and again' }],
  withdrawer_responses: [{ code: 'named_overwhelm', label: 'Said I felt overwhelmed and needed to slow down' }],
  pursuer_responses: [{ code: 'self_soothed', label: 'Calmed myself instead of chasing' }],
  repairs: [{ code: 'talked_it_through', label: 'We talked about what happened, calmly' }],
};

function entry(over: Partial<Entry> = {}): Entry {
  return {
    id: '0b7e1b54-8c1f-4f0e-9d3a-2f61c2a9e7d1',
    date: '2026-11-23',
    text: '',
    mood: null,
    closeness: null,
    safety: null,
    tags: [],
    for_therapy: false,
    created_at: '2026-11-23T21:00:00+01:00',
    updated_at: '2026-11-23T21:00:00+01:00',
    ...over,
  };
}

const settings = {
  partner_name: 'Sam',
  auto_lock_minutes: 5,
  reminder_at: null,
  language: null,
  app_state: { pause_line_me: '', pause_line_partner: '', not_asked: [], reminder_offered: false, prompts_off: false },
};

beforeEach(() => {
  calls = [];
});
afterEach(() => {
  cleanup();
  clearMocks();
  vi.useRealTimers();
});

describe('Unlock', () => {
  it('says plainly when the passphrase is wrong, and opens with the right one', async () => {
    const onUnlocked = vi.fn();
    backend({
      unlock: ({ passphrase }) => {
        if (passphrase !== 'right') throw { kind: 'wrong_passphrase', message: 'that passphrase does not open this journal' };
        return { state: 'unlocked' };
      },
    });
    render(Unlock, { onUnlocked });
    const field = screen.getByLabelText('Passphrase');
    await fireEvent.input(field, { target: { value: 'wrong' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', expect.stringContaining("doesn't open this journal"));
    expect(onUnlocked).not.toHaveBeenCalled();
    await fireEvent.input(field, { target: { value: 'right' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(onUnlocked).toHaveBeenCalledOnce());
  });
});

describe('LogEpisode', () => {
  it('saves a minimal episode with kind and who only', async () => {
    backend({
      save_episode: ({ draft }) => ({ type: 'episode', ...(draft as object), id: 'x', occurred_at: '2026-11-23T10:00:00+01:00' }),
    });
    render(LogEpisode, { revision: 0, partner: 'Sam', catalog });
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save).toHaveProperty('disabled', true);
    await fireEvent.click(screen.getByLabelText(/Pulling away/));
    await fireEvent.click(screen.getByLabelText('Sam'));
    await fireEvent.click(save);
    await waitFor(() => expect(calls.some((c) => c.cmd === 'save_episode')).toBe(true));
    const draft = calls.find((c) => c.cmd === 'save_episode')!.args.draft as Record<string, unknown>;
    expect(draft.kind).toBe('pull_away');
    expect(draft.actor).toBe('partner');
    expect(draft.id).toBeNull();
    expect(draft.occurred_at).toBeNull();
    expect(await screen.findByText(/Logged/)).toBeTruthy();
  });

  it('saves a pause time and what helped, the catalogue\'s and the person\'s own', async () => {
    backend({
      save_episode: ({ draft }) => ({ type: 'episode', ...(draft as object), id: 'x', occurred_at: '2026-11-23T10:00:00+01:00' }),
    });
    render(LogEpisode, { revision: 0, partner: 'Sam', catalog });
    await fireEvent.click(screen.getByLabelText(/Pulling away/));
    await fireEvent.click(screen.getByLabelText('Sam'));
    await fireEvent.click(screen.getByRole('button', { name: 'Add details' }));
    await fireEvent.input(screen.getByLabelText(/when we said we'd come back/), { target: { value: '2026-11-23T20:20' } });
    await fireEvent.click(screen.getByLabelText('We talked about what happened, calmly'));
    await fireEvent.input(screen.getByLabelText('Something else that helped'), { target: { value: 'Our evening walk' } });
    await fireEvent.click(screen.getAllByRole('button', { name: 'Add' }).at(-1)!);
    await fireEvent.click(screen.getAllByRole('button', { name: 'Save' })[0]);
    await waitFor(() => expect(calls.some((c) => c.cmd === 'save_episode')).toBe(true));
    const draft = calls.filter((c) => c.cmd === 'save_episode').at(-1)!.args.draft as Record<string, unknown>;
    expect(draft.repairs).toEqual(['talked_it_through', 'our_evening_walk']);
    expect(String(draft.return_at)).toMatch(/^2026-11-23T20:20:00[+-]\d\d:\d\d$/);
  });

  it('"Log another" starts an empty form even when the last save answers late', async () => {
    // The first save answers at once; the autosave that "Log another" flushes answers only
    // after the new form is on screen (a slow machine), and must not bring the old episode back.
    let late: (() => void) | null = null;
    let saves = 0;
    backend({
      save_episode: ({ draft }) => {
        saves += 1;
        const item = { type: 'episode', ...(draft as object), id: 'first', occurred_at: '2026-11-23T10:00:00+01:00' };
        if (saves === 1) return item;
        return new Promise((resolve) => (late = () => resolve(item)));
      },
    });
    render(LogEpisode, { revision: 0, partner: 'Sam', catalog });
    await fireEvent.click(screen.getByLabelText(/Pulling away/));
    await fireEvent.click(screen.getByLabelText('Sam'));
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/Logged/)).toBeTruthy();
    // A change to the logged episode, still waiting for its autosave …
    await fireEvent.click(screen.getByRole('button', { name: 'Add details' }));
    await fireEvent.input(screen.getByLabelText(/What set it off/), { target: { value: 'the plans' } });
    // … then "Log another" saves it and clears the form.
    await fireEvent.click(screen.getByRole('button', { name: 'Log another' }));
    await waitFor(() => expect(late).not.toBeNull());
    late!();
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', true);
    expect(screen.queryByRole('button', { name: 'Log another' })).toBeNull();
    const drafts = calls.filter((c) => c.cmd === 'save_episode').map((c) => c.args.draft as Record<string, unknown>);
    expect(drafts).toHaveLength(2);
    expect(drafts[1]).toMatchObject({ id: 'first', trigger: 'the plans' });
    // The new form saves a new episode, not the old one.
    await fireEvent.click(screen.getByLabelText(/Pursuing/));
    await fireEvent.click(screen.getByLabelText('Me'));
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.filter((c) => c.cmd === 'save_episode')).toHaveLength(3));
    expect(calls.filter((c) => c.cmd === 'save_episode')[2].args.draft).toMatchObject({ id: null, kind: 'pursuit', actor: 'me' });
  });
});

describe('Today', () => {
  it('autosaves what is typed, exactly', async () => {
    backend({
      entries_on: () => [],
      save_entry: ({ draft }) => ({ type: 'entry', ...entry(), ...(draft as object), id: 'new-id' }),
    });
    render(Today, { revision: 0 });
    const box = await screen.findByLabelText('How was today?');
    await fireEvent.input(box, { target: { value: '  A quiet <b>day</b>  ' } });
    await waitFor(() => expect(calls.some((c) => c.cmd === 'save_entry')).toBe(true), { timeout: 2000 });
    const draft = calls.find((c) => c.cmd === 'save_entry')!.args.draft as Record<string, unknown>;
    expect(draft.text).toBe('  A quiet <b>day</b>  ');
    expect(await screen.findByText('Saved')).toBeTruthy();
  });

  it('shows the safety note when the words speak of fear', async () => {
    backend({ entries_on: () => [] });
    render(Today, { revision: 0 });
    const box = await screen.findByLabelText('How was today?');
    expect(screen.queryByText('Your safety matters most')).toBeNull();
    await fireEvent.input(box, { target: { value: 'I was afraid to go home' } });
    expect(await screen.findByText('Your safety matters most')).toBeTruthy();
  });
});

describe('Journal', () => {
  const note = '<img src=x onerror=alert(1)>';
  it('shows markup as text and undoes a delete', async () => {
    let items: Item[] = [{ type: 'entry', ...entry({ text: note }) }];
    backend({
      list: () => ({ items, total: items.length }),
      tags: () => [],
      delete: () => {
        const gone = items[0];
        items = [];
        return gone;
      },
      undo_delete: () => {
        items = [{ type: 'entry', ...entry({ text: note }) }];
        return items[0];
      },
    });
    const { container } = render(Journal, { revision: 0, partner: 'Sam', onedit: () => undefined });
    expect(await screen.findByText(note)).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: /Delete/ }));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    // Said plainly: the daily backups still hold it (docs/security.md).
    expect(screen.getByText(/Entry deleted\. .*daily backups for up to ten days/)).toBeTruthy();
    expect(screen.queryByText(note)).toBeNull();
    await fireEvent.click(undo);
    expect(await screen.findByText(note)).toBeTruthy();
    expect(calls.map((c) => c.cmd)).toContain('undo_delete');
  });
});

describe('Settings', () => {
  it("shows the language in use, saves a new one at once and speaks it, and the system's again", async () => {
    backend({
      save_settings: (args) => (args as { settings: SettingsT }).settings,
      status: () => ({ state: 'unlocked', language: saved ?? 'en' }),
    });
    let saved: string | null = null;
    const { unmount } = render(Settings, { settings: { ...settings, language: null }, onsettings: (s: SettingsT) => (saved = s.language) });
    const select = screen.getByLabelText('Language') as HTMLSelectElement;
    expect(select.value, 'null is the system language, not the first one listed').toBe('');
    expect(select.selectedOptions[0].textContent).toBe("The system's language");
    await fireEvent.change(select, { target: { value: 'de' } });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Einstellungen'));
    expect(calls.find((c) => c.cmd === 'save_settings')?.args).toMatchObject({ settings: { language: 'de' } });
    await fireEvent.change(select, { target: { value: '' } });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Settings'));
    expect(calls.filter((c) => c.cmd === 'save_settings').at(-1)?.args).toMatchObject({ settings: { language: null } });
    unmount();
    render(Settings, { settings: { ...settings, language: 'es' }, onsettings: () => {} });
    expect((screen.getAllByRole('combobox').find((e) => e.id === 'language') as HTMLSelectElement).value).toBe('es');
    setLanguage('en');
  });

  const key = 'ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP-QRST';

  it('refuses a short new passphrase before asking the core', async () => {
    backend({});
    render(Settings, { settings, onsettings: () => {} });
    await fireEvent.input(screen.getByLabelText('Current passphrase'), { target: { value: 'the old one is long' } });
    await fireEvent.input(screen.getByLabelText('New passphrase'), { target: { value: 'short' } });
    await fireEvent.input(screen.getByLabelText('New passphrase, once more'), { target: { value: 'short' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Change passphrase' }));
    expect(screen.getByRole('alert').textContent).toContain('at least 8 characters');
    expect(calls.some((c) => c.cmd === 'change_passphrase')).toBe(false);
  });

  it('changes the key itself after asking, shows the progress and then the new recovery key', async () => {
    let finish: () => void = () => {};
    backend({
      rekey: (args) => {
        const progress = args.progress as { onmessage: (m: [number, number]) => void };
        progress.onmessage([3, 6]);
        return new Promise((resolve) => {
          finish = () =>
            resolve({ recovery_key: key, older_backups: 2, backups_resealed: 2, backups_not_resealed: 0, data_key_changed: true, left_sync: null });
        });
      },
    });
    render(Settings, { settings, onsettings: () => {} });
    await fireEvent.input(screen.getByLabelText('Your passphrase'), { target: { value: 'four quiet rivers' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Change the key itself…' }));
    expect(screen.getByText(/Your current recovery key will stop working/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Yes, change the key' }));
    await waitFor(() => expect(screen.getByText(/Sealing your records again: 3 of 6/)).toBeTruthy());
    finish();
    await waitFor(() => expect(screen.getByTestId('recovery-key').textContent?.replace(/\s/g, '')).toBe(key));
    expect(calls.find((c) => c.cmd === 'rekey')?.args.current).toBe('four quiet rivers');
    expect(screen.getByText(/sealed again under a new key/).textContent).toContain('2 backups made before today hold only');
    const done = screen.getByRole('button', { name: 'Done' }) as HTMLButtonElement;
    expect(done.disabled).toBe(true);
    await fireEvent.click(screen.getByLabelText('I have kept my new recovery key somewhere safe'));
    await fireEvent.click(done);
    expect(screen.queryByTestId('recovery-key')).toBeNull();
  });
});

describe('Pause', () => {
  afterEach(() => pause.stop());

  // What the shell answers: the pause it keeps (and rings for), asked about at `ask_at`.
  let kept: RunningPause | null = null;
  function running(id: string | null, request: unknown): RunningPause {
    const r = request as { who: 'me' | 'partner'; minutes: number };
    const now = Date.now();
    kept = {
      episode_id: id,
      who: r.who,
      minutes: r.minutes,
      started_at: new Date(now).toISOString(),
      ask_at: new Date(now + r.minutes * 60_000).toISOString(),
    };
    return kept;
  }

  it('starts a pause in one action, counts down, and asks at the end whether you came back', async () => {
    let back: unknown[] = [];
    backend({
      pause_lines: ({ back: b }) => ({ me: `I'm overwhelmed; back at ${b}.`, partner: `Take your time; I'll check in at ${b}.` }),
      start_pause: ({ request }) => running('p1', request),
      end_pause_now: () => ({ ...kept!, ask_at: new Date().toISOString() }),
      came_back: (args) => ((back = [...back, args]), { type: 'episode', id: 'p1' }),
    });
    let done = false;
    render(Pause, { partner: 'Sam', catalog, ondone: () => (done = true) });
    await waitFor(() => expect((screen.getByLabelText('Something you can say') as HTMLTextAreaElement).value).toContain("I'm overwhelmed"));
    await fireEvent.click(screen.getByRole('button', { name: 'Start the pause' }));
    await waitFor(() => expect(screen.getByText(/left, back at/)).toBeTruthy());
    const req = calls.find((c) => c.cmd === 'start_pause')!.args.request as Record<string, unknown>;
    expect(req).toEqual({ who: 'me', minutes: 20, line: '' });
    // The partner's side gets the partner's line, and a changed line is sent as written.
    await fireEvent.click(screen.getByRole('button', { name: 'End the pause now' }));
    expect(await screen.findByText('Did you come back to each other?')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Yes, now' }));
    expect(await screen.findByText('You came back')).toBeTruthy();
    // The pause is over once they are back: no screen is sent back to the question.
    expect(pause.running).toBeNull();
    expect((back[0] as { id: string }).id).toBe('p1');
    expect(String((back[0] as { at: string }).at)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    await fireEvent.click(screen.getByLabelText('We talked about what happened, calmly'));
    await fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(done).toBe(true));
    expect(back[1]).toEqual({ id: 'p1', at: '', repairs: ['talked_it_through'] });
    expect(pause.running).toBeNull();
  });

  it('sends the line as the person changed it, for the side they chose', async () => {
    backend({
      pause_lines: () => ({ me: 'mine', partner: 'theirs' }),
      start_pause: ({ request }) => running('p2', request),
      end_pause_now: () => ({ ...kept!, ask_at: new Date().toISOString() }),
      snooze_pause: () => ({ ...kept!, ask_at: new Date(Date.now() + 600_000).toISOString() }),
    });
    render(Pause, { partner: 'Sam', catalog, ondone: () => {} });
    await fireEvent.click(screen.getByLabelText('Sam asked for one'));
    await waitFor(() => expect((screen.getByLabelText('Something you can say') as HTMLTextAreaElement).value).toBe('theirs'));
    await fireEvent.input(screen.getByLabelText('Something you can say'), { target: { value: 'Okay. I will be here at nine.' } });
    await fireEvent.click(screen.getByRole('button', { name: '30 min' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Start the pause' }));
    await waitFor(() => expect(calls.some((c) => c.cmd === 'start_pause')).toBe(true));
    expect(calls.find((c) => c.cmd === 'start_pause')!.args.request).toEqual({ who: 'partner', minutes: 30, line: 'Okay. I will be here at nine.' });
    // Not yet: asked again later, the pause still running.
    await fireEvent.click(screen.getByRole('button', { name: 'End the pause now' }));
    await fireEvent.click(await screen.findByRole('button', { name: /Not yet/ }));
    expect(await screen.findByText(/left, back at/)).toBeTruthy();
    expect(calls.some((c) => c.cmd === 'snooze_pause')).toBe(true);
    // The question moved ten minutes on, as the shell keeps it.
    expect(pause.secondsLeft).toBeGreaterThan(590);
  });

  it('runs locked, without the journal: no "yes" to log until unlock, and nothing drops it', async () => {
    backend({
      pause_lines: () => ({ me: 'Ebb line', partner: 'Ebb partner line' }),
      start_pause: ({ request }) => running(null, request),
      end_pause_now: () => ({ ...kept!, ask_at: new Date().toISOString() }),
      stop_pause: () => null,
    });
    let unlock = 0;
    render(Pause, { partner: 'My partner', catalog: null, locked: true, ondone: () => (unlock += 1) });
    expect(screen.getByText('Change it to your own words if you like.')).toBeTruthy();
    await fireEvent.input(screen.getByLabelText('How long, in minutes'), { target: { value: '1' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Start the pause' }));
    await waitFor(() => expect(calls.some((c) => c.cmd === 'start_pause')).toBe(true));
    expect(calls.find((c) => c.cmd === 'start_pause')!.args.request).toEqual({ who: 'me', minutes: 1, line: '' });
    await fireEvent.click(await screen.findByRole('button', { name: 'End the pause now' }));
    expect(await screen.findByText('Did you come back to each other?')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Yes, now' })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(unlock).toBe(1);
    expect(calls.some((c) => c.cmd === 'came_back')).toBe(false);
    // Not logged yet: no "Later" that could drop it before the unlock logs it.
    expect(screen.queryByRole('button', { name: 'Later' })).toBeNull();
    expect(calls.some((c) => c.cmd === 'stop_pause')).toBe(false);
  });
});

describe('Reminder', () => {
  it('Settings turns the daily reminder on at a time, and off', async () => {
    let saved: Record<string, unknown>[] = [];
    backend({ save_settings: ({ settings: s }) => ((saved = [...saved, s as Record<string, unknown>]), s), autostart: () => false });
    const base = {
      partner_name: 'Sam',
      auto_lock_minutes: 5,
      reminder_at: null,
      language: null,
      app_state: { pause_line_me: '', pause_line_partner: '', not_asked: [], reminder_offered: false, prompts_off: false },
    };
    render(Settings, { settings: base, onsettings: () => {} });
    expect(screen.queryByLabelText('At')).toBeNull();
    await fireEvent.click(screen.getByLabelText('Remind me to write, once a day'));
    await fireEvent.input(screen.getByLabelText('At'), { target: { value: '20:45' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save preferences' }));
    await waitFor(() => expect(saved.length).toBe(1));
    expect(saved[0].reminder_at).toBe('20:45');
    await fireEvent.click(screen.getByLabelText('Remind me to write, once a day'));
    await fireEvent.click(screen.getByRole('button', { name: 'Save preferences' }));
    await waitFor(() => expect(saved.length).toBe(2));
    expect(saved[1].reminder_at).toBeNull();
  });

  it('Settings starts Ebb at login only when asked, and says so', async () => {
    let on = false;
    backend({ autostart: () => on, set_autostart: ({ on: want }) => ((on = want as boolean), on) });
    const base = {
      partner_name: '',
      auto_lock_minutes: 5,
      reminder_at: null,
      language: null,
      app_state: { pause_line_me: '', pause_line_partner: '', not_asked: [], reminder_offered: false, prompts_off: false },
    };
    render(Settings, { settings: base, onsettings: () => {} });
    const box = screen.getByLabelText(/Start Ebb, locked, when I log in/) as HTMLInputElement;
    await waitFor(() => expect(calls.some((c) => c.cmd === 'autostart')).toBe(true));
    expect(box.checked).toBe(false);
    await fireEvent.click(box);
    await waitFor(() => expect(on).toBe(true));
    expect(await screen.findByText('Ebb will start, locked, when you log in.')).toBeTruthy();
  });

  it('Settings shows the login box as it really is when the change fails', async () => {
    backend({
      autostart: () => false,
      set_autostart: () => {
        throw { kind: 'autostart', message: 'the login entry could not be changed: read-only folder' };
      },
    });
    const base = {
      partner_name: '',
      auto_lock_minutes: 5,
      reminder_at: null,
      language: null,
      app_state: { pause_line_me: '', pause_line_partner: '', not_asked: [], reminder_offered: false, prompts_off: false },
    };
    render(Settings, { settings: base, onsettings: () => {} });
    const box = screen.getByLabelText(/Start Ebb, locked, when I log in/) as HTMLInputElement;
    await fireEvent.click(box);
    expect(await screen.findByText(/read-only folder/)).toBeTruthy();
    expect(box.checked).toBe(false);
  });

  it('Today offers the reminder once; no thanks leaves it off', async () => {
    let answers: unknown[] = [];
    backend({ reminder_offer: () => true, answer_reminder_offer: ({ at }) => ((answers = [...answers, at]), {}) });
    render(ReminderOffer, {});
    await fireEvent.click(await screen.findByRole('button', { name: 'No, thanks' }));
    await waitFor(() => expect(answers).toEqual([null]));
    expect(screen.queryByText('Would a daily reminder help?')).toBeNull();
    expect(screen.getByText(/No reminder/)).toBeTruthy();
  });
});

describe('FollowUps', () => {
  it('asks about a recent episode and stops asking when told', async () => {
    let asks = [{ id: 'e1', kind: 'pull_away', actor: 'partner', occurred_at: '2026-11-24T21:00:00+01:00', return_at: null }];
    backend({ follow_ups: () => asks, dont_ask: () => ((asks = []), null) });
    render(FollowUps, { partner: 'Sam', catalog, revision: 0 });
    expect(await screen.findByText(/Did you and Sam reconnect after \w+'s pull-away\?/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: "Don't ask about this one" }));
    await waitFor(() => expect(screen.queryByText(/reconnect after/)).toBeNull());
    expect(calls.find((c) => c.cmd === 'dont_ask')!.args.id).toBe('e1');
  });

  it('"Yes, at…" saves the time and what helped', async () => {
    backend({
      follow_ups: () => [{ id: 'e2', kind: 'pursuit', actor: 'me', occurred_at: '2026-11-24T21:00:00+01:00', return_at: null }],
      came_back: () => ({ type: 'episode', id: 'e2' }),
    });
    render(FollowUps, { partner: 'My partner', catalog, revision: 0 });
    await fireEvent.click(await screen.findByRole('button', { name: 'Yes, at…' }));
    await fireEvent.input(screen.getByLabelText('When did you reconnect?'), { target: { value: '2026-11-24T22:15' } });
    await fireEvent.click(screen.getByLabelText('We talked about what happened, calmly'));
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls.some((c) => c.cmd === 'came_back')).toBe(true));
    const a = calls.find((c) => c.cmd === 'came_back')!.args;
    expect(a.id).toBe('e2');
    expect(String(a.at)).toMatch(/^2026-11-24T22:15:00[+-]\d\d:\d\d$/);
    expect(a.repairs).toEqual(['talked_it_through']);
  });
});

describe('Practice', () => {
  const running = (over: Record<string, unknown> = {}) => ({
    id: 'pr1',
    text: 'Name the pattern',
    response: 'named_the_pattern',
    started_on: '2026-01-01',
    ended_on: null,
    session_id: null,
    created_at: '2026-01-01T09:00:00+01:00',
    updated_at: '2026-01-01T09:00:00+01:00',
    ...over,
  });

  it("Today asks about each running practice; one tap answers, another changes it", async () => {
    backend({
      practices: () => [running(), running({ id: 'old', text: 'Ended one', ended_on: '2026-01-02' })],
      checkins_on: () => [],
      checkin: ({ draft }) => ({ type: 'checkin', id: 'c1', note: '', ...(draft as object) }),
    });
    render(PracticeCheckins, { revision: 0 });
    expect(await screen.findByText('Did you try ‘Name the pattern’ today?')).toBeTruthy();
    expect(screen.queryByText(/Ended one/)).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    await waitFor(() => expect((screen.getByRole('button', { name: 'Yes' }) as HTMLElement).getAttribute('aria-pressed')).toBe('true'));
    await fireEvent.click(screen.getByRole('button', { name: 'No chance today' }));
    await waitFor(() => expect(calls.filter((c) => c.cmd === 'checkin').length).toBe(2));
    const sent = calls.filter((c) => c.cmd === 'checkin').map((c) => c.args.draft as Record<string, unknown>);
    expect(sent.map((d) => d.done)).toEqual(['yes', 'no_chance']);
    expect(sent[0]).toMatchObject({ practice_id: 'pr1', date: today() });
  });

  it('a session with homework starts a practice from that session', async () => {
    backend({
      list: () => ({ items: [], total: 0 }),
      practices: () => [],
      save_session: ({ draft }) => ({ ...(draft as object), type: 'session', id: 's9' }),
      save_practice: ({ draft }) => ({ type: 'practice', id: 'p9', ...(draft as object) }),
    });
    render(Sessions, { revision: 0, catalog });
    await fireEvent.input(screen.getByLabelText("What I'll practise"), { target: { value: 'Say I am overwhelmed' } });
    await fireEvent.change(await screen.findByLabelText('The response it is about (optional)'), { target: { value: 'self_soothed' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save session' }));
    await waitFor(() => expect(calls.some((c) => c.cmd === 'save_practice')).toBe(true));
    expect(calls.find((c) => c.cmd === 'save_practice')!.args.draft).toMatchObject({
      text: 'Say I am overwhelmed',
      response: 'self_soothed',
      session_id: 's9',
    });
    expect(await screen.findByText(/Today will ask each day/)).toBeTruthy();
  });

  it('a practice that cannot be started after the session is saved never makes a second session', async () => {
    backend({
      list: () => ({ items: [], total: 0 }),
      practices: () => [],
      save_session: ({ draft }) => ({ ...(draft as object), type: 'session', id: 's9' }),
      save_practice: () => {
        throw { kind: 'io', message: 'disk full' };
      },
    });
    render(Sessions, { revision: 0, catalog });
    await fireEvent.input(screen.getByLabelText("What I'll practise"), { target: { value: 'Say I am overwhelmed' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save session' }));
    expect(await screen.findByText(/The session is saved, but the practice could not be started \(disk full\)\. You can start it below\./)).toBeTruthy();
    expect((screen.getByLabelText("What I'll practise") as HTMLTextAreaElement).value, 'the form starts afresh').toBe('');
    expect(calls.filter((c) => c.cmd === 'save_session').length).toBe(1);
  });

  it("a practice on its own can name its response in the person's own words", async () => {
    backend({
      practices: () => [],
      save_practice: ({ draft }) => ({ ...(draft as object), type: 'practice', id: 'p10' }),
    });
    render(Practices, { catalog, revision: 0 });
    await fireEvent.input(screen.getByLabelText('Something else to practise'), { target: { value: 'Pause before replying' } });
    await fireEvent.change(screen.getByLabelText('Its response (optional)'), { target: { value: '__own__' } });
    await fireEvent.input(await screen.findByLabelText('The response, in my own words'), { target: { value: 'Took a breath first!' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Start practising' }));
    await waitFor(() => expect(calls.some((c) => c.cmd === 'save_practice')).toBe(true));
    expect(calls.find((c) => c.cmd === 'save_practice')!.args.draft).toMatchObject({
      text: 'Pause before replying',
      response: 'took_a_breath_first',
      started_on: '',
    });
  });

  it('logging my own episode lists the practised response first', async () => {
    backend({ practices: () => [running({ response: 'self_soothed' })] });
    render(LogEpisode, { revision: 0, catalog, partner: 'Sam' });
    await fireEvent.click(screen.getByLabelText(/Pursuing/));
    await fireEvent.click(screen.getByLabelText('Me'));
    await fireEvent.click(screen.getByRole('button', { name: 'Add details' }));
    const what = await screen.findByText('What I did');
    const labels = [...what.parentElement!.querySelectorAll('label.check')].map((l) => l.textContent?.trim());
    expect(labels[0]?.replace(/\s+/g, ' ')).toBe('Calmed myself instead of chasing · practising');
  });
});

describe('Several computers', () => {
  const here = 'aa'.repeat(16);
  const there = 'b7c8d9'.padEnd(32, '0');

  it('Settings connects a chosen folder, then lists both computers and says when records conflict', async () => {
    let syncing = false;
    backend({
      sync_view: () =>
        syncing
          ? {
              status: {
                folder: '/home/me/Ebb',
                device: here,
                devices: [
                  { id: here, this_device: true, last_change_at: '2026-12-03T09:00:00+01:00' },
                  { id: there, this_device: false, last_change_at: null },
                ],
              },
              last_exchange_at: '2026-12-03T09:00:05+01:00',
              problem: null,
              conflicts: 2,
            }
          : { status: null, last_exchange_at: null, problem: null, conflicts: 0 },
      choose_folder: () => '/home/me/Ebb',
      sync_connect: () => {
        syncing = true;
        return { sent: 12, received: 0, conflicts: 0, problems: [] };
      },
    });
    render(Settings, { settings, onsettings: () => {} });
    expect(await screen.findByText(/Syncthing: add that folder/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Choose a folder…' }));
    expect(await screen.findByText('Connected. 12 records put in the folder, sealed.')).toBeTruthy();
    expect(calls.find((c) => c.cmd === 'sync_connect')!.args).toEqual({ path: '/home/me/Ebb' });
    expect(await screen.findByText('/home/me/Ebb')).toBeTruthy();
    expect(screen.getByText('This computer')).toBeTruthy();
    expect(screen.getByText('Another computer (b7c8d9)')).toBeTruthy();
    expect(screen.getByText('nothing yet')).toBeTruthy();
    expect(screen.getByText(/2 records were changed on two computers at once/)).toBeTruthy();
  });

  it('Settings says what went wrong in the last exchange', async () => {
    backend({
      sync_view: () => ({
        status: { folder: '/media/stick/Ebb', device: here, devices: [{ id: here, this_device: true, last_change_at: null }] },
        last_exchange_at: null,
        problem: 'the sync folder /media/stick/Ebb is not there (is its drive connected?); nothing was exchanged',
        conflicts: 0,
      }),
    });
    render(Settings, { settings, onsettings: () => {} });
    expect((await screen.findByRole('alert')).textContent).toContain('is its drive connected?');
    expect(screen.getByText(/No other computer yet/)).toBeTruthy();
  });

  it('the first run brings the journal from the folder with the other passphrase, or the recovery key', async () => {
    const onDone = vi.fn();
    backend({
      choose_folder: () => '/home/me/Sync/Ebb',
      join_from_sync: ({ passphrase }) => {
        if (passphrase === 'not it at all') throw { kind: 'wrong_passphrase', message: 'that passphrase does not open this journal' };
        return { state: 'unlocked' };
      },
    });
    render(FirstRun, { onDone });
    await fireEvent.click(screen.getByRole('button', { name: 'I already use Ebb on another computer' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Bring my journal here' }));
    expect(screen.getByRole('alert').textContent).toContain('choose the folder first');
    await fireEvent.click(screen.getByRole('button', { name: 'Choose the folder…' }));
    expect(await screen.findByText('/home/me/Sync/Ebb')).toBeTruthy();
    await fireEvent.input(screen.getByLabelText('Passphrase on your other computer'), { target: { value: 'not it at all' } });
    await fireEvent.input(screen.getByLabelText('Choose a passphrase for this computer'), { target: { value: 'a new one for here' } });
    await fireEvent.input(screen.getByLabelText('Type it once more'), { target: { value: 'a new one for here' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Bring my journal here' }));
    expect((await screen.findByRole('alert')).textContent).toContain('does not open');
    expect(onDone).not.toHaveBeenCalled();
    // The recovery key instead.
    await fireEvent.click(screen.getByLabelText('My recovery key'));
    await fireEvent.input(screen.getByLabelText('Your recovery key'), { target: { value: 'ABCD-EFGH' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Bring my journal here' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(calls.filter((c) => c.cmd === 'join_from_sync').at(-1)!.args).toEqual({
      path: '/home/me/Sync/Ebb',
      passphrase: '',
      recoveryKey: 'ABCD-EFGH',
      newPassphrase: 'a new one for here',
    });
  });

  it('the Journal shows a record changed on two computers beside the other version, and keeps the one chosen', async () => {
    const shown: Item = { type: 'entry', ...entry({ text: 'Written on the laptop' }) };
    const other: Item = { type: 'entry', ...entry({ text: 'Written on the <b>desktop</b>' }) };
    let conflicts = [{ id: shown.id, device: there, change: 'c1'.repeat(16), item: other, shown }];
    backend({
      list: () => ({ items: [shown], total: 1 }),
      tags: () => [],
      conflicts: () => conflicts,
      keep_version: () => {
        conflicts = [];
        return other;
      },
    });
    render(Journal, { revision: 0, partner: 'Sam', onedit: () => undefined });
    expect(await screen.findByText('Changed on two computers')).toBeTruthy();
    expect(screen.getByText('Written on the <b>desktop</b>')).toBeTruthy();
    expect(screen.getByText(/The other version, from another computer \(b7c8d9\)/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Keep this one instead' }));
    await waitFor(() => expect(screen.queryByText('Changed on two computers')).toBeNull());
    expect(calls.find((c) => c.cmd === 'keep_version')!.args).toEqual({ id: shown.id, change: 'c1'.repeat(16) });
    // The list is read again after the choice.
    expect(calls.filter((c) => c.cmd === 'list').length).toBeGreaterThan(1);
  });
});

describe('From another app', () => {
  it('Settings previews another app\'s export, says what stays behind, then brings it in', async () => {
    backend({
      choose_open: ({ dialog }) => ((dialog as { extension: string }).extension === 'zip' ? '/home/me/DayOne.zip' : null),
      import_from_preview: () => ({
        entries: 12,
        added: 12,
        updated: 0,
        unchanged: 0,
        first_day: '2023-02-01',
        last_day: '2024-04-20',
        left_out: [{ what: 'photos', count: 3 }, { what: 'places', count: 1 }],
      }),
      import_from: () => ({ entries: 12, added: 12, updated: 0, unchanged: 0, first_day: null, last_day: null, left_out: [] }),
    });
    render(Settings, { settings, onsettings: () => {} });
    await fireEvent.change(screen.getByLabelText('From another app'), { target: { value: 'dayone' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Choose its export…' }));
    expect(await screen.findByText(/This Day One export holds 12 entries/)).toBeTruthy();
    expect(screen.getByText(/Not carried over .*: 3 photos, 1 place\./)).toBeTruthy();
    expect(calls.find((c) => c.cmd === 'import_from_preview')!.args).toEqual({ app: 'dayone', path: '/home/me/DayOne.zip' });
    await fireEvent.click(screen.getByRole('button', { name: 'Bring them in' }));
    expect(await screen.findByText('Brought 12 entries from Day One: 12 new, 0 already here.')).toBeTruthy();
    expect(calls.find((c) => c.cmd === 'import_from')!.args).toEqual({ app: 'dayone', path: '/home/me/DayOne.zip' });
  });

  it('a wrong file is said plainly and nothing is brought in', async () => {
    backend({
      choose_open: () => '/home/me/notes.json',
      import_from_preview: () => {
        throw { kind: 'invalid', message: 'this is not a jrnl export at entries[0]: missing field `title`' };
      },
    });
    render(Settings, { settings, onsettings: () => {} });
    await fireEvent.click(screen.getByRole('button', { name: 'Choose its export…' }));
    expect((await screen.findByRole('alert')).textContent).toContain('not a jrnl export');
    expect(calls.some((c) => c.cmd === 'import_from')).toBe(false);
  });
});

describe('On this day', () => {
  it('Today lists this day in earlier years, opens one, and compares the weeks around it', async () => {
    const onopen = vi.fn();
    const old: Item = { type: 'entry', ...entry({ id: 'e-2024', date: '2024-06-10', text: 'We went to the lake <3' }) };
    backend({
      entries_on: () => [],
      tags: () => [],
      on_this_day: ({ date }) => ({ items: date === '2025-06-10' ? [old] : [], last_year: 4, this_year: 1 }),
    });
    render(Today, { revision: 0, date: '2025-06-10', onopen });
    expect(await screen.findByText('On this day')).toBeTruthy();
    expect(screen.getByText(/We went to the lake <3/)).toBeTruthy();
    expect(screen.getByText('In the weeks around this day a year ago: 4 episodes. In the last 30 days: 1 episode.')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: /2024 · We went to the lake/ }));
    expect(onopen).toHaveBeenCalledWith('entry', 'e-2024', '2024-06-10');
  });

  it('says nothing on a day with no past', async () => {
    backend({ entries_on: () => [], tags: () => [], on_this_day: () => ({ items: [], last_year: 0, this_year: 3 }) });
    render(Today, { revision: 0, date: '2025-06-11' });
    await waitFor(() => expect(calls.some((c) => c.cmd === 'on_this_day')).toBe(true));
    expect(screen.queryByText('On this day')).toBeNull();
  });
});

describe('A question for the day', () => {
  it('Today offers one question a day under the entry, never writes it in, and can be told not today', async () => {
    backend({ entries_on: () => [], tags: () => [], on_this_day: () => ({ items: [], last_year: 0, this_year: 0 }) });
    render(Today, { revision: 0, date: '2025-06-10', prompts: true });
    const q = promptFor('2025-06-10');
    expect(PROMPTS).toContain(q);
    expect(promptFor('2025-06-11')).not.toBe(q);
    expect(promptFor('2025-06-10')).toBe(q);
    expect(await screen.findByText(`If it helps: ${q}`)).toBeTruthy();
    expect((screen.getByLabelText('How was today?') as HTMLTextAreaElement).value).toBe('');
    // It stays while an answer is written under it, and is not written into it.
    await fireEvent.input(screen.getByLabelText('How was today?'), { target: { value: 'I needed a quiet hour' } });
    expect(screen.getByText(`If it helps: ${q}`)).toBeTruthy();
    await waitFor(() => expect(calls.some((c) => c.cmd === 'save_entry')).toBe(true), { timeout: 2000 });
    expect((calls.find((c) => c.cmd === 'save_entry')!.args.draft as { text: string }).text).toBe('I needed a quiet hour');
    await fireEvent.click(screen.getByRole('button', { name: 'Not today' }));
    expect(screen.queryByText(`If it helps: ${q}`)).toBeNull();
  });

  it('is not shown when turned off, and Settings turns it off', async () => {
    backend({ entries_on: () => [], tags: () => [], on_this_day: () => ({ items: [], last_year: 0, this_year: 0 }) });
    render(Today, { revision: 0, date: '2025-06-10', prompts: false });
    await waitFor(() => expect(calls.some((c) => c.cmd === 'entries_on')).toBe(true));
    expect(screen.queryByTestId('entry-prompt')).toBeNull();
    cleanup();
    const onsettings = vi.fn();
    backend({ set_prompts: ({ on }) => ({ ...settings, app_state: { ...settings.app_state, prompts_off: !on } }) });
    render(Settings, { settings, onsettings });
    await fireEvent.click(screen.getByLabelText("Offer a gentle question under the day's entry"));
    expect(await screen.findByText('Today will not offer a question.')).toBeTruthy();
    expect(calls.find((c) => c.cmd === 'set_prompts')!.args).toEqual({ on: false });
    expect(onsettings).toHaveBeenCalled();
  });
});
