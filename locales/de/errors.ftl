## The core's errors (src/error.rs). They reach the terminal and the desktop app as one
## line; they never hold a passphrase, a key or journal text.

error-wrong-passphrase = diese Passphrase öffnet dieses Tagebuch nicht; prüfe sie und versuch es noch einmal
error-wrong-recovery-key = dieser Wiederherstellungsschlüssel öffnet dieses Tagebuch nicht; prüfe, ob es der ist, der beim Anlegen des Tagebuchs angezeigt wurde
# $ids: the damaged records' ids, joined with commas.
error-damaged-records = { $count ->
    [one] 1 Eintrag ist beschädigt oder wurde verändert
   *[other] { $count } Einträge sind beschädigt oder wurden verändert
}: { $ids }
error-not-a-journal = { $path } ist kein Ebb-Tagebuch
error-newer-version = dieses Tagebuch wurde laut eigener Angabe mit einer neueren Ebb-Version erstellt (Format { $found }); diese Version liest bis Format { $supported }. Aktualisiere Ebb, um es zu öffnen; wurde es nicht mit einer neueren Version erstellt, ist die Datei beschädigt: Stelle eine Kopie aus dem Sicherungsordner daneben wieder her
error-no-journal = unter { $path } gibt es kein Tagebuch; lege eines mit `ebb init` an
error-already-exists = { $path } gibt es schon; Ebb überschreibt es nicht
error-locked = das Tagebuch ist gesperrt
error-not-found = kein Eintrag mit der ID { $id }
# $context: what Ebb was doing ("reading /home/…/journal.ebb"); $problem: what the system said.
error-io = { $context }: { $problem }
error-sqlite = die Datenbank des Tagebuchs hat einen Fehler gemeldet: { $problem }
error-crypto = ein kryptografischer Vorgang ist unerwartet fehlgeschlagen
error-internal = in Ebb ist etwas schiefgegangen ({ $what }); dein Tagebuch wurde nicht verändert
error-damaged-structure = die Tagebuchdatei ist beschädigt: SQLite kann ihren Aufbau nicht lesen. Stelle eine Kopie aus dem Sicherungsordner daneben wieder her

## What the system said about a file.

io-not-found = diese Datei oder dieser Ordner existiert nicht
io-permission-denied = keine Berechtigung
io-already-exists = das gibt es schon
io-storage-full = der Datenträger ist voll
io-read-only = der Datenträger ist schreibgeschützt
io-is-a-folder = das ist ein Ordner, keine Datei
io-not-a-folder = das ist eine Datei, kein Ordner
io-invalid-data = der Inhalt ließ sich nicht lesen
