## What the desktop app says outside its window: notifications and the tray
## (src/alarms.rs, src-tauri/src/background.rs). Fixed words only: nothing from the journal.

notify-pause-over = Deine Pause ist vorbei. Findet wieder zueinander, wenn ihr so weit seid.
notify-reminder = Ein Moment für dein Tagebuch?
notify-tray = Ebb läuft gesperrt weiter, damit es dir Bescheid geben kann, wenn es Zeit ist. Du öffnest es wieder über sein Symbol im Infobereich.
tray-open = Ebb öffnen
tray-pause = Pause machen
tray-quit = Ebb beenden
shell-choose-again = Ebb nutzt nur Dateien, die du in seinem Dateidialog gewählt hast; bitte wähle sie noch einmal
shell-could-not-start = Ebb konnte nicht starten: { $problem }
shell-autostart-failed = der Autostart-Eintrag ließ sich nicht ändern; prüfe, ob Ebb in ~/.config/autostart schreiben darf
