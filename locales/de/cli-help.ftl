## The command line's help (src/cli/args.rs: the English here is the doc comments there,
## and a test keeps them equal). Ids follow the command tree: cli-about-<command>,
## cli-arg-<command>-<option>, cli-value-<placeholder>. Codes, option names and examples
## in backticks stay as they are.

cli-after-help = Fang mit `ebb init` an, schreib dann jeden Tag eine Zeile mit `ebb write "..."` und
    trag jeden Rückzug und jedes Nachgehen mit `ebb episode --kind pull_away --actor partner` ein.
    Eine Pause ist eine Episode mit der Zeit, zu der du zurück sein wolltest
    (`--return-at "2026-11-23 20:20"`); bist du zurück, dann
    `ebb edit ID --reconnected-at "2026-11-23 20:30" --repair talked_it_through`.
    
    Mehrere Computer: `ebb sync init ORDNER` auf dem ersten, ORDNER mit Syncthing (oder einem
    anderen Programm, das Ordner abgleicht) teilen, dann `ebb init --from-sync ORDNER` auf dem
    anderen; `ebb sync` gleicht ab.
    
    Etwas zum Üben zwischen den Sitzungen: `ebb practice add "Das Muster benennen" --response
    named_the_pattern`, dann jeden Tag `ebb checkin ID --done yes` (oder no, oder no_chance).
    
    Wenn jemand deine Passphrase kennen könnte: `ebb passwd` wählt eine neue, und `ebb rekey`
    ändert den Schlüssel selbst (jeder Eintrag wird neu verschlüsselt); `ebb recovery-key --new`
    ersetzt einen Wiederherstellungsschlüssel, den jemand gesehen oder kopiert hat.
    
    Die Passphrase wird an einer Eingabe abgefragt, die nichts anzeigt. Skripte können sie mit
    --passphrase-file DATEI übergeben oder über die Umgebungsvariable EBB_PASSPHRASE (weniger
    sicher: andere Programme desselben Benutzerkontos können die Umgebung eines Prozesses eventuell lesen).
    
    Das Tagebuch liegt in $XDG_DATA_HOME/ebb/journal.ebb (~/.local/share/ebb/journal.ebb), außer
    --journal PFAD oder EBB_JOURNAL sagt etwas anderes.
    
    Exit-Codes: 0 erledigt, 2 falscher Aufruf oder falsche Eingabe, 3 falsche Passphrase oder
    falscher Wiederherstellungsschlüssel, 4 Tagebuch beschädigt oder verändert, 1 alles andere.
cli-about = Ebb: ein privates, verschlüsseltes Tagebuch für den Kreislauf aus Nachgehen und Rückzug
cli-arg-journal = Die Tagebuchdatei [Standard: ~/.local/share/ebb/journal.ebb oder $EBB_JOURNAL]
cli-arg-passphrase_file = Die Passphrase aus der ersten Zeile von DATEI lesen, statt zu fragen
cli-about-init = Ein neues Tagebuch anlegen und seinen Wiederherstellungsschlüssel einmal zeigen; oder mit --from-sync das Tagebuch dieses Computers aus dem, das dein anderer Computer in einem Sync-Ordner führt
cli-arg-init-recovery_key_file = Den Wiederherstellungsschlüssel in DATEI schreiben (mit Modus 0600 angelegt), statt ihn anzuzeigen; mit --from-sync den Wiederherstellungsschlüssel des Tagebuchs aus DATEI lesen, statt nach seiner Passphrase zu fragen
cli-arg-init-from_sync = Der Sync-Ordner, den dein anderer Computer mit `ebb sync init` eingerichtet hat
cli-arg-init-new_passphrase_file = Mit --from-sync: die neue Passphrase dieses Computers aus DATEI lesen (oder EBB_NEW_PASSPHRASE setzen)
cli-about-write = Einen Tageseintrag hinzufügen, dessen Text genau TEXT ist
cli-arg-write-text = Der Text des Eintrags, genau so gespeichert, wie er ist
cli-arg-write-date = Der Tag des Eintrags, JJJJ-MM-TT [Standard: heute]
cli-arg-write-mood = Stimmung, 1 (schlecht) bis 5 (gut)
cli-arg-write-closeness = Wie viel Nähe du zwischen euch gespürt hast, 0 bis 10
cli-arg-write-safety = Wie sicher du dich in eurer Beziehung gefühlt hast, 0 bis 10
cli-arg-write-tags = Ein Schlagwort (für mehrere wiederholen; bei `edit` ersetzt es die Liste)
cli-arg-write-for_therapy = Für die Therapie vormerken
cli-about-episode = Eine Episode mit Rückzug oder Nachgehen eintragen
cli-arg-episode-kind = pull_away (Rückzug) oder pursuit (Nachgehen)
cli-arg-episode-actor = Wer es getan hat: me (ich) oder partner
cli-arg-episode-occurred_at = Wann es anfing: RFC 3339 oder lokal "JJJJ-MM-TT HH:MM" [Standard: jetzt]
cli-arg-episode-reconnected_at = Wann ihr wieder zueinandergefunden habt, falls schon
cli-arg-episode-return_at = Eine Pause: wann die Person mit der Pause zurückkommen wollte
cli-arg-episode-trigger = Was es ausgelöst hat, in deinen Worten
cli-arg-episode-behaviors = Ein Verhaltenscode wie shut_down oder chased (für mehrere wiederholen; eigene Codes gehen auch)
cli-arg-episode-intensity = Wie stark es war, 0 bis 10
cli-arg-episode-feelings = Ein Gefühl (für mehrere wiederholen)
cli-arg-episode-story = Die Geschichte, die du dir dazu erzählt hast: was es für dich bedeutet hat
cli-arg-episode-need = Was du eigentlich gebraucht hast
cli-arg-episode-responses = Ein Reaktionscode wie named_the_pattern (für mehrere wiederholen)
cli-arg-episode-repairs = Was euch geholfen hat, wieder zueinanderzufinden, ein Code wie talked_it_through (für mehrere wiederholen)
cli-arg-episode-next_time = Was du nächstes Mal ausprobieren möchtest
cli-arg-episode-notes = Alles andere
cli-arg-episode-tags = Ein Schlagwort (für mehrere wiederholen; bei `edit` ersetzt es die Liste)
cli-arg-episode-for_therapy = Für die Therapie vormerken
cli-about-session = Eine Therapiesitzung eintragen
cli-arg-session-date = Der Tag der Sitzung, JJJJ-MM-TT [Standard: heute]
cli-arg-session-notes = Worüber ihr gesprochen habt
cli-arg-session-homework = Was du üben willst
cli-about-list = Einträge, Episoden und Sitzungen zeigen, die neuesten zuerst
cli-arg-list-from = Nur Einträge an oder nach diesem Tag, JJJJ-MM-TT
cli-arg-list-to = Nur Einträge an oder vor diesem Tag, JJJJ-MM-TT
cli-arg-list-last = Nur die neuesten N Einträge zeigen
cli-arg-list-json = JSON ausgeben statt Zeilen zum Lesen
cli-about-search = Einträge finden, deren Text ANFRAGE enthält (Groß- und Kleinschreibung egal)
cli-arg-search-query = Die Wörter, nach denen gesucht wird
cli-arg-search-json = JSON ausgeben statt Zeilen zum Lesen
cli-about-export = Eine unverschlüsselte Kopie des Tagebuchs schreiben (JSON, Markdown oder CSV)
cli-arg-export-format = Die Art der Datei: json, markdown oder csv
cli-arg-export-from = Nur Einträge an oder nach diesem Tag, JJJJ-MM-TT
cli-arg-export-to = Nur Einträge an oder vor diesem Tag, JJJJ-MM-TT
cli-arg-export-output = In DATEI schreiben statt auf die Standardausgabe
cli-about-patterns = Die Muster hinter der Zeitleiste (Kreisläufe, Auslöser, wie schnell ihr wieder zueinanderfindet …) als JSON
cli-arg-patterns-from = Nur Einträge an oder nach diesem Tag, JJJJ-MM-TT
cli-arg-patterns-to = Nur Einträge an oder vor diesem Tag, JJJJ-MM-TT
cli-about-report = Eine Zusammenfassung auf einer Seite für die Therapiesitzung [Standard: die letzten 28 Tage]
cli-arg-report-from = Erster Tag, JJJJ-MM-TT [Standard: 27 Tage vor --to]
cli-arg-report-to = Letzter Tag, JJJJ-MM-TT [Standard: heute]
cli-arg-report-since_last_session = Vom Tag deiner letzten eingetragenen Sitzung bis heute
cli-arg-report-format = Die Art des Dokuments: markdown, html oder json
cli-arg-report-language = In dieser Sprache schreiben (en, es, de) [Standard: die des Tagebuchs]
cli-arg-report-output = In DATEI schreiben statt auf die Standardausgabe
cli-about-import = Die Einträge eines Ebb-JSON-Exports hinzufügen, oder mit --from die Einträge aus dem Export einer anderen App (alles oder nichts; wiederholen ist unbedenklich)
cli-arg-import-file = Ein Export von `ebb export` oder von der App, die --from nennt
cli-arg-import-from = Die App, aus der die Datei kommt: dayone (das Export-.zip von Day One oder die .json darin), jrnl (`jrnl --export json`) oder minidiarium (der JSON-Export von Mini Diarium oder Mini Diary)
cli-about-passwd = Die Passphrase ändern
cli-arg-passwd-new_passphrase_file = Die neue Passphrase aus DATEI lesen (oder EBB_NEW_PASSPHRASE setzen)
cli-about-rekey = Den Datenschlüssel selbst ändern: Jeder Eintrag wird mit einem neuen Schlüssel neu verschlüsselt, dazu ein neuer Wiederherstellungsschlüssel (der alte gilt nicht mehr); die Passphrase bleibt
cli-arg-rekey-recovery_key_file = Den neuen Wiederherstellungsschlüssel in DATEI schreiben (mit Modus 0600 angelegt), statt ihn anzuzeigen
cli-about-recovery-key = Den Wiederherstellungsschlüssel ersetzen; der alte gilt dann nicht mehr
cli-arg-recovery-key-new = Einen neuen Wiederherstellungsschlüssel erstellen (die einzige Aktion; Pflicht, damit es nie aus Versehen passiert)
cli-arg-recovery-key-recovery_key_file = Den neuen Wiederherstellungsschlüssel in DATEI schreiben (mit Modus 0600 angelegt), statt ihn anzuzeigen
cli-about-recover = Mit dem Wiederherstellungsschlüssel eine neue Passphrase setzen
cli-arg-recover-recovery_key_file = Die Datei mit dem Wiederherstellungsschlüssel, den `ebb init` gezeigt hat
cli-arg-recover-new_passphrase_file = Die neue Passphrase aus DATEI lesen (oder EBB_NEW_PASSPHRASE setzen)
cli-about-backup = Eine verschlüsselte Kopie des Tagebuchs nach DATEI schreiben (gleiche Passphrase)
cli-arg-backup-file = Wohin die Kopie geschrieben wird (darf noch nicht existieren)
cli-about-verify = Jeden Eintrag auf Beschädigung oder Veränderung prüfen
cli-about-show = Einen Eintrag vollständig als JSON zeigen
cli-arg-show-id = Die ID des Eintrags (wie `ebb list --json` sie zeigt)
cli-about-edit = Einige Felder eines Tageseintrags, einer Episode, einer Sitzung, einer Übung oder eines Check-ins ändern; der Rest bleibt, wie er ist
cli-arg-edit-id = Die ID des Eintrags
cli-arg-edit-text = Der neue Text des Eintrags, genau so gespeichert, wie er ist
cli-arg-edit-date = Der Tag des Eintrags oder der Sitzung, JJJJ-MM-TT
cli-arg-edit-kind = pull_away (Rückzug) oder pursuit (Nachgehen)
cli-arg-edit-actor = Wer es getan hat: me (ich) oder partner
cli-arg-edit-mood = Stimmung, 1 (schlecht) bis 5 (gut)
cli-arg-edit-closeness = Wie viel Nähe du zwischen euch gespürt hast, 0 bis 10
cli-arg-edit-safety = Wie sicher du dich in eurer Beziehung gefühlt hast, 0 bis 10
cli-arg-edit-occurred_at = Wann es anfing: RFC 3339 oder lokal "JJJJ-MM-TT HH:MM" [Standard: jetzt]
cli-arg-edit-reconnected_at = Wann ihr wieder zueinandergefunden habt, falls schon
cli-arg-edit-return_at = Eine Pause: wann die Person mit der Pause zurückkommen wollte
cli-arg-edit-trigger = Was es ausgelöst hat, in deinen Worten
cli-arg-edit-behaviors = Ein Verhaltenscode wie shut_down oder chased (für mehrere wiederholen; eigene Codes gehen auch)
cli-arg-edit-intensity = Wie stark es war, 0 bis 10
cli-arg-edit-feelings = Ein Gefühl (für mehrere wiederholen)
cli-arg-edit-story = Die Geschichte, die du dir dazu erzählt hast: was es für dich bedeutet hat
cli-arg-edit-need = Was du eigentlich gebraucht hast
cli-arg-edit-responses = Ein Reaktionscode wie named_the_pattern (für mehrere wiederholen)
cli-arg-edit-repairs = Was euch geholfen hat, wieder zueinanderzufinden, ein Code wie talked_it_through (für mehrere wiederholen)
cli-arg-edit-next_time = Was du nächstes Mal ausprobieren möchtest
cli-arg-edit-notes = Notizen zu einer Episode oder Sitzung
cli-arg-edit-homework = Die Übung aus einer Sitzung: was du üben willst
cli-arg-edit-started_on = Der erste Tag einer Übung, JJJJ-MM-TT
cli-arg-edit-session_id = Die Sitzung einer Übung (ihre ID)
cli-arg-edit-done = Die Antwort eines Check-ins: yes, no oder no_chance
cli-arg-edit-note = Die Zeile eines Check-ins
cli-arg-edit-tags = Ein Schlagwort (für mehrere wiederholen; bei `edit` ersetzt es die Liste)
cli-arg-edit-for_therapy = Für die Therapie vormerken
cli-arg-edit-clear = Ein Feld leeren, z. B. `--clear reconnected_at` (für mehrere wiederholen)
cli-about-delete = Einen Eintrag löschen
cli-arg-delete-id = Die ID des Eintrags
cli-about-practice = Etwas zum Üben zwischen den Sitzungen: add (hinzufügen), end (beenden), list (auflisten)
cli-about-practice-add = Eine Übung beginnen (ab heute, außer --from sagt etwas anderes)
cli-arg-practice-add-text = Was du üben willst, in deinen Worten
cli-arg-practice-add-response = Die sichere Reaktion, um die es geht, ein Code wie named_the_pattern
cli-arg-practice-add-started_on = Der erste Tag, JJJJ-MM-TT [Standard: heute]
cli-arg-practice-add-session_id = Die Sitzung, aus der sie kommt (ihre ID)
cli-about-practice-end = Eine Übung beenden (heute, außer --on sagt etwas anderes)
cli-arg-practice-end-id = Die ID der Übung
cli-arg-practice-end-on = Der letzte Tag der Übung, JJJJ-MM-TT [Standard: heute]
cli-about-practice-list = Alle Übungen, die laufenden zuerst
cli-arg-practice-list-json = JSON ausgeben statt Zeilen zum Lesen
cli-about-checkin = Den Check-in eines Tages zu einer Übung eintragen (oder ersetzen)
cli-arg-checkin-practice_id = Die ID der Übung
cli-arg-checkin-done = yes (ja), no (nein) oder no_chance (keine Gelegenheit)
cli-arg-checkin-date = Der Tag, JJJJ-MM-TT [Standard: heute]
cli-arg-checkin-note = Eine Zeile dazu, wie es lief
cli-about-sync = Jetzt Änderungen mit deinen anderen Computern über den Sync-Ordner abgleichen; `sync init` verbindet dieses Tagebuch mit einem Ordner, `sync status` zeigt die Geräte
cli-about-sync-init = Dieses Tagebuch mit ORDNER verbinden (wird angelegt, falls nötig; er muss leer sein) und alles senden, was es enthält; teile ORDNER mit deinem anderen Computer über Syncthing oder ein anderes Programm, das Ordner abgleicht
cli-arg-sync-init-folder = Der Ordner, über den abgeglichen wird
cli-about-sync-status = Der Ordner, die Geräte-ID dieses Computers und jedes Gerät mit der Zeit seiner letzten Änderung
cli-value-a = A
cli-value-answer = ANTWORT
cli-value-app = APP
cli-value-c = C
cli-value-d = D
cli-value-f = F
cli-value-field = FELD
cli-value-file = DATEI
cli-value-folder = ORDNER
cli-value-format = FORMAT
cli-value-code = CODE
cli-value-for_therapy = FÜR_THERAPIE
cli-value-id = ID
cli-value-json = JSON
cli-value-k = K
cli-value-n = N
cli-value-new = NEU
cli-value-path = PFAD
cli-value-practice_id = ÜBUNGS_ID
cli-value-query = ANFRAGE
cli-value-since_last_session = SEIT_LETZTER_SITZUNG
cli-value-t = T
cli-value-text = TEXT
cli-value-time = ZEIT
# In the usage line: "ebb export [OPTIONEN]".
cli-value-options = OPTIONEN
cli-value-command = BEFEHL

## The help's frame and clap's complaints (src/cli/help.rs).

cli-heading-usage = Aufruf:
cli-heading-options = Optionen
cli-heading-arguments = Argumente
cli-heading-commands = Befehle
cli-arg-help = Hilfe anzeigen
cli-arg-version = Version anzeigen
# An option's help with its default value after it.
cli-default = { $help } [Standard: { $value }]
# $problem is one of the cli-error-… lines below.
cli-usage-problem = { $problem } (siehe `ebb --help`)
cli-error-unknown-argument = unerwartetes Argument '{ $arg }'
cli-error-unknown-command = unbekannter Befehl '{ $command }'
cli-error-missing = diese erforderlichen Argumente fehlen: { $args }
cli-error-missing-command = es fehlt ein Befehl
cli-error-conflict = das Argument '{ $arg }' lässt sich nicht zusammen mit '{ $other }' verwenden
cli-error-value = ungültiger Wert '{ $value }' für '{ $arg }'
# $why: the reason, in Ebb's words.
cli-error-value-why = ungültiger Wert '{ $value }' für '{ $arg }': { $why }
# Why a score or an intensity was refused: $min and $max are the ends of its range.
cli-error-range = es muss eine ganze Zahl von { $min } bis { $max } sein
cli-error-too-many = unerwarteter Wert '{ $value }' für '{ $arg }'
cli-error-value-needed = '{ $arg }' braucht einen Wert
cli-error-other = diese Argumente lassen sich nicht lesen
cli-panic = in Ebb ist etwas schiefgegangen (ein Programmfehler); dein Tagebuch wurde durch diesen Befehl nicht verändert
