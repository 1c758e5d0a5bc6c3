## What the command line says to the person at the terminal (src/cli/mod.rs, edit.rs,
## secrets.rs, show.rs). Commands in backticks, option names (--new), placeholders in
## capitals (FOLDER, TEXT, ID), environment variables, field names (started_on) and codes
## (yes, no_chance) stay as they are, except that FOLDER, TEXT and FILE may be written as
## `ebb --help` writes them in your language. Dates are written YYYY-MM-DD, as typed.

## Prompts for a passphrase. The terminal adds a space after each.

cli-msg-prompt-passphrase = Passphrase:
cli-msg-prompt-choose = Wähle eine Passphrase:
cli-msg-prompt-new = Neue Passphrase:
# Asked a second time, to check a new passphrase was typed as meant.
cli-msg-prompt-again = Noch einmal, zur Sicherheit:
cli-msg-prompt-other-passphrase = Passphrase des Tagebuchs auf deinem anderen Computer:
cli-msg-prompt-this-computer = Wähle eine Passphrase für diesen Computer:

## Passphrases from a file or the environment. These are error lines: they follow "ebb: ".

# $file: the path given with --passphrase-file. Followed by ": " and what the system said.
cli-msg-read-passphrase-failed = die Passphrase-Datei { $file } konnte nicht gelesen werden
cli-msg-passphrase-file-not-utf8 = die Passphrase-Datei { $file } ist kein UTF-8-Text
# $name: an environment variable, EBB_PASSPHRASE or EBB_NEW_PASSPHRASE.
cli-msg-env-not-utf8 = { $name } ist kein gültiges UTF-8
# $name: an environment variable, EBB_PASSPHRASE or EBB_NEW_PASSPHRASE.
cli-msg-passphrase-needed = Ebb braucht eine Passphrase: Starte es in einem Terminal, dann wirst du danach gefragt, oder nutze --passphrase-file DATEI oder { $name }
cli-msg-passphrases-differ = die beiden Passphrasen sind verschieden; es wurde nichts geändert

## Creating and opening a journal.

# $error: why not, in the words of the error lines.
cli-msg-backup-failed = Hinweis: die automatische Sicherung von heute konnte nicht angelegt werden: { $error }
# $path: where the new journal file is. A line about the recovery key follows.
cli-msg-created = Dein Tagebuch wurde unter { $path } angelegt.
# $file: a path. Followed by ": " and what the system said.
cli-msg-read-recovery-key-failed = die Datei mit dem Wiederherstellungsschlüssel { $file } konnte nicht gelesen werden
# $file: a path. Followed by ": " and what the system said.
cli-msg-write-recovery-key-failed = der Wiederherstellungsschlüssel konnte nicht in { $file } geschrieben werden
# $file: where the recovery key was written.
cli-msg-recovery-key-in-file = Dein Wiederherstellungsschlüssel steht in { $file }. Bewahre ihn an einem sicheren, privaten Ort auf, nicht auf diesem Computer: Er ist der einzige Weg zurück, falls du deine Passphrase vergisst.
# The recovery key itself is printed after this line.
cli-msg-recovery-key-below = Hier unten steht dein Wiederherstellungsschlüssel. Er wird nur dieses eine Mal gezeigt. Schreib ihn auf und bewahre ihn an einem sicheren, privaten Ort auf: Er ist der einzige Weg zurück, falls du deine Passphrase vergisst.
cli-msg-new-recovery-key-ready = Dein neuer Wiederherstellungsschlüssel ist bereit.
cli-msg-recovered = Schön, dass du wieder da bist. Dein Tagebuch öffnet sich jetzt mit der neuen Passphrase; der Wiederherstellungsschlüssel funktioniert auch weiterhin.
# $path: this computer's new journal file; $folder: the sync folder it came from.
cli-msg-joined = Das Tagebuch dieses Computers wurde unter { $path } aus { $folder } angelegt. Es öffnet sich mit der Passphrase, die du hier gewählt hast; dein Wiederherstellungsschlüssel ist derselbe wie auf deinem anderen Computer.

## Changing the passphrase and the keys. The sentences of one change are printed one after
## another on a line.

cli-msg-passphrase-changed = Deine Passphrase wurde geändert.
# $count: backups made before today (at least 1).
cli-msg-passwd-older-backups = { $count ->
    [one] 1 Sicherung von einem früheren Tag öffnet sich weiterhin mit der Passphrase jenes Tages.
   *[other] { $count } Sicherungen von früheren Tagen öffnen sich weiterhin mit der Passphrase ihres jeweiligen Tages.
} Falls jemand deine alte Passphrase kennen könnte, führe auch `ebb rekey` aus, um den Schlüssel selbst zu ändern.
cli-msg-rekeyed = Jeder Eintrag ist jetzt mit einem neuen Schlüssel neu verschlüsselt. Deine Passphrase bleibt dieselbe; dein alter Wiederherstellungsschlüssel öffnet dieses Tagebuch und seine Sicherungen nicht mehr.
cli-msg-old-recovery-key-stops = Dein alter Wiederherstellungsschlüssel öffnet dieses Tagebuch und seine Sicherungen nicht mehr.
# $count: backups made before today (at least 1).
cli-msg-rekey-older-backups = { $count ->
    [one] 1 Sicherung von einem früheren Tag enthält nur, was bis zu jenem Tag geschrieben wurde – verschlüsselt mit dem alten Schlüssel.
   *[other] { $count } Sicherungen von früheren Tagen enthalten nur, was bis zu ihrem jeweiligen Tag geschrieben wurde – verschlüsselt mit dem alten Schlüssel.
}
# $folder: the sync folder this journal used.
cli-msg-rekey-left-sync = Dieses Tagebuch wird nicht mehr über { $folder } abgeglichen: Die Dateien dort sind mit dem alten Schlüssel verschlüsselt. Um es wieder auf deinen anderen Computern zu nutzen, verbinde es mit `ebb sync init ORDNER` mit einem neuen, leeren Ordner und lege auf jedem dieser Computer sein Tagebuch mit `ebb init --from-sync ORDNER` neu an.
# $count: backups (at least 1).
cli-msg-backups-not-resealed = { $count ->
    [one] 1 Sicherung aus der Zeit vor einem früheren Schlüsselwechsel öffnet sich weiterhin mit dem Wiederherstellungsschlüssel von damals.
   *[other] { $count } Sicherungen aus der Zeit vor einem früheren Schlüsselwechsel öffnen sich weiterhin mit dem Wiederherstellungsschlüssel von damals.
}
# An error line: `ebb recovery-key` was run without --new.
cli-msg-recovery-key-needs-new = gib --new an, um den Wiederherstellungsschlüssel zu ersetzen (der alte gilt dann nicht mehr)
# $done, $total: records sealed so far, of all. Redrawn on one line while it runs.
cli-msg-rekey-progress = Deine Einträge werden neu verschlüsselt: { $done } von { $total }

## Writing and changing records. $date: the day, YYYY-MM-DD.

cli-msg-saved-entry = Dein Tageseintrag für { $date } ist gespeichert.
cli-msg-saved-session = Deine Sitzung vom { $date } ist gespeichert.
cli-msg-logged-episode = Eingetragen. Es zu bemerken ist der erste Schritt.
cli-msg-practice-started = Du hast diese Übung begonnen. Mit `ebb checkin ID --done yes` trägst du jeden Tag ein, wie es lief.
cli-msg-practice-ended = Du hast diese Übung am { $date } beendet.
# $done: the answer as typed, yes, no or no_chance.
cli-msg-checkin-noted = { $done ->
    [yes] Für { $date } notiert: ausprobiert.
    [no] Für { $date } notiert: nicht ausprobiert.
   *[no_chance] Für { $date } notiert: keine Gelegenheit.
}
# $kind: entry, episode, session, practice or check-in.
cli-msg-edited = Deine Änderungen an { $kind ->
    [entry] diesem Tageseintrag
    [episode] dieser Episode
    [session] dieser Sitzung
    [practice] dieser Übung
   *[check-in] diesem Check-in
} sind gespeichert.
# $kind: entry, episode, session, practice or check-in.
cli-msg-deleted = { $kind ->
    [entry] Dieser Tageseintrag ist gelöscht. Sicherungen, die vorher angelegt wurden, enthalten ihn noch.
    [episode] Diese Episode ist gelöscht. Sicherungen, die vorher angelegt wurden, enthalten sie noch.
    [session] Diese Sitzung ist gelöscht. Sicherungen, die vorher angelegt wurden, enthalten sie noch.
    [practice] Diese Übung ist gelöscht. Sicherungen, die vorher angelegt wurden, enthalten sie noch.
   *[check-in] Dieser Check-in ist gelöscht. Sicherungen, die vorher angelegt wurden, enthalten ihn noch.
}
# $option: an option such as --mood; $kind: entry, episode, session, practice or check-in.
cli-msg-edit-option-not-for = { $option } gilt nicht für { $kind ->
    [entry] einen Tageseintrag
    [episode] eine Episode
    [session] eine Sitzung
    [practice] eine Übung
   *[check-in] einen Check-in
}
# $field: a field name such as homework; $kind as above.
cli-msg-edit-clear-not-for = --clear { $field } gilt nicht für { $kind ->
    [entry] einen Tageseintrag
    [episode] eine Episode
    [session] eine Sitzung
    [practice] eine Übung
   *[check-in] einen Check-in
}
# $field: what was typed, in quotes; $fields: the field names that can be cleared, with
# commas; $kind as above.
cli-msg-edit-no-such-field = es gibt kein Feld { $field } zum Leeren; { $kind ->
    [entry] ein Tageseintrag
    [episode] eine Episode
    [session] eine Sitzung
    [practice] eine Übung
   *[check-in] ein Check-in
} hat { $fields }
cli-msg-edit-one-response = eine Übung hat genau eine Reaktion: gib --response nur einmal an
# Should never be seen: a record that cannot be edited.
cli-msg-record-not-object = ein Eintrag ist kein Objekt
# Should never be seen: a record that cannot be edited.
cli-msg-draft-not-object = ein Entwurf ist kein Objekt
# $time: what was typed, in quotes.
cli-msg-time-not-understood = { $time } ist keine Zeitangabe, die Ebb versteht; nutze z. B. "2026-11-22 21:15" oder 2026-11-22T21:15:00+01:00
# $time: what was typed, in quotes.
cli-msg-time-does-not-exist = { $time } gibt es in deiner Zeitzone nicht (wegen einer Zeitumstellung)

## Lists (`ebb list`, `ebb search`, `ebb practice list`): one line per record.

cli-msg-list-empty = Hier ist noch nichts. `ebb write "..."` fügt deinen ersten Eintrag hinzu.
# $query: what was searched for, in quotes.
cli-msg-search-empty = Nichts passt zu { $query }.
cli-msg-practice-list-empty = Noch keine Übungen. `ebb practice add TEXT` beginnt eine.
# The column that names each record's type: one short word each.
cli-msg-list-type-entry = Eintrag
cli-msg-list-type-episode = Episode
cli-msg-list-type-session = Sitzung
cli-msg-list-type-practice = Übung
cli-msg-list-type-checkin = Check-in
# An entry's scores: $mood from 1 to 5, the others from 0 to 10.
cli-msg-list-mood = Stimmung { $mood }/5
cli-msg-list-closeness = Nähe { $closeness }/10
cli-msg-list-safety = Sicherheit { $safety }/10
cli-msg-list-intensity = Intensität { $intensity }/10
# Marked to bring to therapy.
cli-msg-list-for-therapy = für die Therapie
# A practice that ended on $date (YYYY-MM-DD), or one still going on.
cli-msg-list-until = bis { $date }
cli-msg-list-running = läuft

## Exports, imports, backups, reports.

# $count: records written; $file: the unencrypted file.
cli-msg-exported = { $count ->
    [one] 1 Eintrag nach { $file } exportiert.
   *[other] { $count } Einträge nach { $file } exportiert.
} Diese Datei ist nicht verschlüsselt: Bewahre sie an einem privaten Ort auf.
# $count: entries in the file; $source: the other app (Day One, jrnl, Mini Diarium);
# $added, $updated, $unchanged: how many of them were new, changed, already in the journal.
cli-msg-brought = { $count ->
    [one] 1 Eintrag
   *[other] { $count } Einträge
} aus { $source } übernommen (neu: { $added }, aktualisiert: { $updated }, schon vorhanden: { $unchanged }).
# $list: what the other app's file held that Ebb leaves out, such as "2 photos, 1 place".
cli-msg-not-carried = Nicht übernommen (Ebb behält deine Worte, keine Medien oder Orte): { $list }.
cli-msg-imported = Importiert (neu: { $added }, aktualisiert: { $updated }, schon vorhanden: { $unchanged }).
# $file: the encrypted copy.
cli-msg-backup-saved = Eine verschlüsselte Kopie liegt jetzt unter { $file }. Sie öffnet sich mit deiner aktuellen Passphrase.
cli-msg-report-no-session = Du hast noch keine Therapiesitzung eingetragen, deshalb umfasst die Zusammenfassung die letzten 28 Tage. Mit `ebb session` trägst du eine ein.
# $count: episodes in the summary; $from, $to: its first and last day (YYYY-MM-DD); $file:
# the file written.
cli-msg-report-written = Deine Zusammenfassung { $count ->
    [one] von 1 Episode
   *[other] von { $count } Episoden
} ({ $from } bis { $to }) steht jetzt in { $file }. Sie ist nicht verschlüsselt: Teile sie nur mit Menschen, die du selbst auswählst.
# $count: every record in the journal.
cli-msg-verified = { $count ->
    [one] Der Eintrag ist unversehrt.
   *[other] Alle { $count } Einträge sind unversehrt.
}
# Followed by ": " and what the system said.
cli-msg-write-output-failed = die Ausgabe konnte nicht geschrieben werden

## Syncing between computers.

# $folder: the sync folder.
cli-msg-sync-connected = Dieses Tagebuch wird jetzt über { $folder } abgeglichen. Teile diesen Ordner mit deinem anderen Computer (in Syncthing: dort als geteilten Ordner hinzufügen) und führe dann auf jenem Computer `ebb init --from-sync ORDNER` aus.
cli-msg-sync-not-connected = dieses Tagebuch wird nicht abgeglichen: `ebb sync init ORDNER` verbindet es mit einem Ordner
# $count: versions kept aside (at least 1). "conflicts" is a name in the export: keep it.
cli-msg-sync-conflicts = { $count ->
    [one] 1 Version wird
   *[other] { $count } Versionen werden
} zusätzlich aufbewahrt: Derselbe Eintrag wurde auf zwei Computern geändert. `ebb export` führt die anderen Versionen unter „conflicts“ auf; die App zeigt sie neben jedem Eintrag.
