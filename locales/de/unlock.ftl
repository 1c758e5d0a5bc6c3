## The unlock screen (ui/src/screens/Unlock.svelte)

unlock-title = Schön, dass du wieder da bist
unlock-passphrase = Passphrase
unlock-opening = Wird geöffnet …
unlock-button = Entsperren
unlock-forgot = Vergessen? Mit dem Wiederherstellungsschlüssel öffnen
unlock-wrong-passphrase = Diese Passphrase öffnet dieses Tagebuch nicht. Prüfe die Feststelltaste und versuch es noch einmal.
unlock-wrong-recovery-key = Dieser Wiederherstellungsschlüssel öffnet dieses Tagebuch nicht. Prüfe jede Gruppe aus Buchstaben und Ziffern.
unlock-new-passphrases-differ = Die beiden neuen Passphrasen stimmen noch nicht überein.
unlock-recover-title = Mit dem Wiederherstellungsschlüssel öffnen
unlock-recover-intro = Gib den Schlüssel ein, den du beim Anlegen dieses Tagebuchs aufbewahrt hast, und wähle dann eine neue Passphrase.
unlock-recovery-key = Wiederherstellungsschlüssel
unlock-new-passphrase = Neue Passphrase
unlock-new-passphrase-again = Neue Passphrase, noch einmal
unlock-recover-button = Neue Passphrase setzen und öffnen
unlock-back = Zurück zur Passphrase
unlock-pause-ended = Deine Pause ist um { $time } Uhr zu Ende gegangen.
unlock-pausing-until = Pause läuft bis { $time } Uhr.
unlock-open-pause = Pause öffnen
unlock-take-pause = Pause machen
unlock-take-pause-hint = Pause machen (Alt+P)
unlock-no-need = Dafür musst du Ebb nicht entsperren.
