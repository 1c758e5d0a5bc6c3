## The window's frame: the start (ui/src/App.svelte), the navigation and the notices above every
## screen (ui/src/screens/Main.svelte), and the short message at the bottom (components/Toast.svelte).

# While the app starts, before the first screen.
shell-opening = Ebb wird geöffnet …

# The navigation's tabs (a narrow column on the left, 12rem wide: keep them short).
shell-nav-today = Heute
shell-nav-log = Episode eintragen
shell-nav-journal = Tagebuch
shell-nav-timeline = Zeitleiste
shell-nav-insights = Muster
shell-nav-prep = Therapie vorbereiten
shell-nav-sessions = Sitzungen
shell-nav-settings = Einstellungen

# The pause button below the tabs.
shell-take-pause = Pause machen
# Tooltip; Alt+P is the keyboard shortcut.
shell-take-pause-hint = Pause machen (Alt+P)
# The pause button while a pause runs; $time is the time left, e.g. "12:05".
shell-pause-left = Pause: { $time }
# The pause button when the pause's time has come (it asks whether the two came back to each other).
shell-pause-due = Wieder da?
shell-lock = Sperren
# Tooltip; Ctrl+L is the keyboard shortcut (German keyboards say Strg).
shell-lock-hint = Sperren (Strg+L)

# A line above every screen while a pause runs, followed by the button shell-open-pause.
# $time is the clock time the pause ends, e.g. 20:35.
shell-pausing-until = Pause läuft bis { $time } Uhr.
shell-open-pause = Pause öffnen

# Shown above every screen when the journal's integrity record is damaged. "Settings → Export"
# names the Settings tab and its Export button.
shell-read-only = Dieses Tagebuch wurde schreibgeschützt geöffnet: Der Nachweis, mit dem Ebb prüft, dass nichts entfernt oder verändert wurde, ist beschädigt, deshalb lässt sich nichts Neues speichern. Alles, was du geschrieben hast, kannst du hier lesen. Exportiere es jetzt (Einstellungen → Exportieren) und stelle dann eine Kopie aus dem Sicherungsordner neben dem Tagebuch wieder her.
# Shown above every screen when some records could not be decrypted or checked. $count is how
# many records are damaged; 0 when only the journal's summary failed its check (number unknown).
shell-damaged = { $count ->
    [0] Ein Teil dieses Tagebuchs ließ sich nicht sicher lesen. Alles andere ist da. Eine Kopie im Sicherungsordner neben dem Tagebuch enthält ihn vielleicht noch.
    [one] Ein Teil dieses Tagebuchs ließ sich nicht sicher lesen ({ $count } Eintrag). Alles andere ist da. Eine Kopie im Sicherungsordner neben dem Tagebuch enthält ihn vielleicht noch.
   *[other] Ein Teil dieses Tagebuchs ließ sich nicht sicher lesen ({ $count } Einträge). Alles andere ist da. Eine Kopie im Sicherungsordner neben dem Tagebuch enthält sie vielleicht noch.
}

# The × button that closes a short message at the bottom of the window (read by screen readers).
shell-dismiss = Schließen
