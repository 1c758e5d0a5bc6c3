## What the desktop app says outside its window: notifications and the tray
## (src/alarms.rs, src-tauri/src/background.rs). Fixed words only: nothing from the journal.

notify-pause-over = Your pause is over. Come back to each other when you're ready.
notify-reminder = A moment for your journal?
notify-tray = Ebb is still here, locked, so it can tell you when it's time. Open it again from its icon in the tray.
tray-open = Open Ebb
tray-pause = Take a pause
tray-quit = Quit Ebb
shell-choose-again = Ebb only uses a file you chose in its file dialog; please choose it again
# Printed when the desktop app cannot open its window; $problem says why.
shell-could-not-start = Ebb could not start: { $problem }
# Settings' "Start Ebb when I log in" could not add or remove the XDG autostart entry.
shell-autostart-failed = the login entry could not be changed; check that Ebb may write to ~/.config/autostart
