## The first start: making a journal and seeing its recovery key once
## (ui/src/screens/FirstRun.svelte, components/RecoveryKeyCard.svelte), and the passphrase
## rule and strength hint shared with other screens (lib/passphrase.ts, lib/strength.ts).

firstrun-title = Willkommen bei Ebb
firstrun-intro = Ein privater Ort, um Momente von Rückzug und Nachgehen in deiner Beziehung wahrzunehmen und deine Therapiesitzungen vorzubereiten. Alles, was du schreibst, bleibt verschlüsselt auf diesem Computer.
firstrun-passphrase = Wähle eine Passphrase
# Label of the second field, where the passphrase is typed again.
firstrun-passphrase-again = Gib sie noch einmal ein
firstrun-no-reset = Ebb kann diese Passphrase nicht für dich zurücksetzen. Gleich siehst du einen Wiederherstellungsschlüssel: Er ist der einzige andere Weg in dein Tagebuch, also bewahre ihn sicher auf.
firstrun-passphrases-differ = Die beiden Passphrasen stimmen noch nicht überein.
# The create button while the journal is being made.
firstrun-creating = Dein Tagebuch wird angelegt …
firstrun-create = Mein Tagebuch anlegen
# A link-like button: the journal comes from a sync folder instead.
firstrun-join = Ich nutze Ebb schon auf einem anderen Computer

# The recovery key, shown once after the journal is made.
firstrun-key-title = Dein Wiederherstellungsschlüssel
firstrun-key-intro = Falls du deine Passphrase einmal vergisst, kommst du nur mit diesem Schlüssel wieder in dein Tagebuch. Er wird nur jetzt angezeigt. Schreib ihn auf, druck ihn aus oder speichere ihn in einer Datei und bewahre ihn an einem privaten Ort auf.
# A checkbox; the Open button works only once it is ticked.
firstrun-key-kept = Ich habe meinen Wiederherstellungsschlüssel sicher aufbewahrt
firstrun-open = Mein Tagebuch öffnen
firstrun-key-save = In Datei speichern …
firstrun-key-print = Drucken …
# Title of the system's save dialog.
firstrun-key-save-title = Wiederherstellungsschlüssel speichern
# The file type in the save dialog.
firstrun-key-save-filter = Textdatei
# $path is where the file was written.
firstrun-key-saved = Gespeichert unter { $path }. Bewahre die Datei am besten nicht auf diesem Computer auf.

# Why a new passphrase cannot be used yet (here, in the unlock screen's recovery and in Settings).
firstrun-passphrase-empty = Bitte wähle eine Passphrase.
# $min is the least number of characters (8).
firstrun-passphrase-short = { $min ->
    [one] Bitte wähle mindestens { $min } Zeichen. Ein paar Wörter hintereinander funktionieren gut und sind leicht zu merken.
   *[other] Bitte wähle mindestens { $min } Zeichen. Ein paar Wörter hintereinander funktionieren gut und sind leicht zu merken.
}

# A gentle hint below a new passphrase as it is typed (nothing is stored).
firstrun-strength-weak = Kurz und leicht zu erraten. Ein paar Wörter hintereinander funktionieren gut.
firstrun-strength-fair = Ganz gut. Eine längere Passphrase wäre sicherer.
firstrun-strength-strong = Stark. Achte darauf, dass du sie dir merken kannst.
