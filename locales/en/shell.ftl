## The window's frame: the start (ui/src/App.svelte), the navigation and the notices above every
## screen (ui/src/screens/Main.svelte), and the short message at the bottom (components/Toast.svelte).

# While the app starts, before the first screen.
shell-opening = Opening Ebb…

# The navigation's tabs (a narrow column on the left, 12rem wide: keep them short).
shell-nav-today = Today
shell-nav-log = Log an episode
shell-nav-journal = Journal
shell-nav-timeline = Timeline
shell-nav-insights = Insights
shell-nav-prep = Prepare for therapy
shell-nav-sessions = Sessions
shell-nav-settings = Settings

# The pause button below the tabs.
shell-take-pause = Take a pause
# Tooltip; Alt+P is the keyboard shortcut.
shell-take-pause-hint = Take a pause (Alt+P)
# The pause button while a pause runs; $time is the time left, e.g. "12:05".
shell-pause-left = Pause: { $time }
# The pause button when the pause's time has come (it asks whether the two came back to each other).
shell-pause-due = Coming back?
shell-lock = Lock
# Tooltip; Ctrl+L is the keyboard shortcut (German keyboards say Strg).
shell-lock-hint = Lock (Ctrl+L)

# A line above every screen while a pause runs, followed by the button shell-open-pause.
# $time is the clock time the pause ends, e.g. 20:35.
shell-pausing-until = Pausing until { $time }.
shell-open-pause = Open the pause

# Shown above every screen when the journal's integrity record is damaged. "Settings → Export"
# names the Settings tab and its Export button.
shell-read-only = This journal opened read-only: the record Ebb uses to check that nothing was removed or changed is damaged, so nothing new can be saved. Everything you wrote is here to read. Export it now (Settings → Export), then restore a copy from the backups folder beside the journal.
# Shown above every screen when some records could not be decrypted or checked. $count is how
# many records are damaged; 0 when only the journal's summary failed its check (number unknown).
shell-damaged = { $count ->
    [0] Some of this journal could not be read safely. Everything else is here. A copy in the backups folder beside the journal may have them.
    [one] Some of this journal could not be read safely (1 record). Everything else is here. A copy in the backups folder beside the journal may have it.
   *[other] Some of this journal could not be read safely ({ $count } records). Everything else is here. A copy in the backups folder beside the journal may have them.
}

# The × button that closes a short message at the bottom of the window (read by screen readers).
shell-dismiss = Dismiss
