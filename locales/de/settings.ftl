## The Settings screen (ui/src/screens/Settings.svelte). The part about several computers is
## in sync.ftl; what a change of passphrase or key did is said by lib/keychange.ts.

settings-title = Einstellungen

settings-language = Sprache
settings-language-system = Systemsprache

settings-prefs-title = Allgemein
settings-partner = Name für Partner:in, so wie er angezeigt werden soll
settings-lock-minutes = Nach wie vielen Minuten ohne Aktivität sperren
settings-reminder = Eine tägliche Erinnerung
settings-reminder-check = Erinnere mich einmal am Tag ans Schreiben
settings-reminder-at = Um
settings-reminder-hint = Die Benachrichtigung sagt nur „{ $notification }“ und bleibt an Tagen still, an denen du schon geschrieben hast. Solange eine Erinnerung oder eine Pause eingestellt ist, läuft Ebb nach dem Schließen des Fensters gesperrt im Infobereich weiter.
settings-reminder-time-invalid = Wähle eine Uhrzeit für die Erinnerung, etwa 21:00.
settings-prefs-save = Einstellungen speichern
settings-saved = Gespeichert.

settings-prompts-title = Eine Frage für den Tag
settings-prompts-check = Unter dem Tageseintrag eine behutsame Frage anbieten
settings-prompts-hint = Eine am Tag, etwa „Wann habe ich heute Nähe zwischen uns gespürt?“ Sie wird nie in deinen Text übernommen.
settings-prompts-on = „{ $today }“ bietet dir eine Frage an.
settings-prompts-off = „{ $today }“ bietet dir keine Frage an.

settings-login-title = Beim Anmelden
settings-login-check = Ebb gesperrt starten, wenn ich mich an diesem Computer anmelde
settings-login-hint = Damit dich die tägliche Erinnerung erreicht. Ebb wartet im Infobereich, bis du es öffnest.
settings-login-on = Ebb startet gesperrt, wenn du dich anmeldest.
settings-login-off = Ebb startet nicht von selbst.

settings-pass-title = Passphrase ändern
settings-pass-current = Aktuelle Passphrase
settings-pass-new = Neue Passphrase
settings-pass-again = Neue Passphrase, noch einmal
settings-pass-differ = Die beiden neuen Passphrasen stimmen noch nicht überein.
settings-pass-button = Passphrase ändern

settings-keys-title = Wenn jemand deine Passphrase oder deinen Wiederherstellungsschlüssel kennen könnte
settings-keys-hint = Eine neue Passphrase hält alle fern, die sie erst später erfahren. Könnte jemand deine alte Passphrase schon kennen und das Tagebuch kopiert haben, ändere auch den Schlüssel selbst: Jeder Eintrag wird neu verschlüsselt, und deine Passphrase bleibt. Hat jemand deinen Wiederherstellungsschlüssel gesehen oder seine Datei kopiert, erstelle einen neuen.
settings-keys-kept = Ich habe meinen neuen Wiederherstellungsschlüssel sicher aufbewahrt
settings-keys-done = Fertig
settings-keys-passphrase = Deine Passphrase
settings-keys-need-passphrase = Bitte gib zuerst deine Passphrase ein.
settings-keys-confirm-rekey = Damit wird jeder Eintrag mit einem neuen Schlüssel neu verschlüsselt, und du bekommst einen neuen Wiederherstellungsschlüssel. Dein bisheriger Wiederherstellungsschlüssel gilt dann nicht mehr. Weiter?
settings-keys-confirm-recovery = Damit bekommst du einen neuen Wiederherstellungsschlüssel. Dein bisheriger Wiederherstellungsschlüssel gilt dann nicht mehr. Weiter?
settings-keys-yes-rekey = Ja, Schlüssel ändern
settings-keys-yes-recovery = Ja, neuen Wiederherstellungsschlüssel erstellen
settings-keys-not-now = Jetzt nicht
settings-keys-new-recovery = Neuen Wiederherstellungsschlüssel erstellen …
settings-keys-rekey = Den Schlüssel selbst ändern …
settings-keys-sealing = Deine Einträge werden neu verschlüsselt
settings-keys-sealing-progress = Deine Einträge werden neu verschlüsselt: { $done } von { $total }
settings-keys-working = Einen Moment …

settings-files-title = Sicherungen und Dateien
settings-backup = Jetzt sichern …
settings-backup-hint = Eine verschlüsselte Kopie, die du überall aufbewahren kannst.
settings-backup-dialog = Dein Tagebuch sichern
settings-backup-file-type = Ebb-Tagebuch
settings-backup-saved = Sicherung unter { $path } gespeichert. Sie lässt sich mit deiner aktuellen Passphrase öffnen.
settings-export-format = Exportformat
settings-export-json = JSON (alles, lässt sich wieder importieren)
settings-export-markdown = Markdown (zum Lesen oder Drucken)
settings-export-csv = CSV (für eine Tabellenkalkulation)
settings-export = Exportieren …
settings-export-dialog = Dein Tagebuch exportieren
settings-exported = { $count ->
    [one] { $count } Eintrag nach { $path } exportiert.
   *[other] { $count } Einträge nach { $path } exportiert.
}
settings-export-warning = Ein Export ist nicht verschlüsselt: Wer die Datei öffnet, kann sie lesen. Bewahre sie an einem privaten Ort auf.
settings-import = Einen Ebb-Export importieren …
settings-import-dialog = Wähle einen Ebb-Export zum Importieren
settings-import-file-type = Ebb-Export (JSON)
settings-import-preview = Vorschau des Imports
settings-import-would = Diese Datei würde { $added ->
    [one] { $added } neuen Eintrag
   *[other] { $added } neue Einträge
} hinzufügen, { $updated } aktualisieren und { $unchanged } so lassen, wie sie sind.
settings-import-would-settings = Diese Datei würde { $added ->
    [one] { $added } neuen Eintrag
   *[other] { $added } neue Einträge
} hinzufügen, { $updated } aktualisieren, { $unchanged } so lassen, wie sie sind, und deine Einstellungen ändern.
settings-import-button = Importieren
settings-cancel = Abbrechen
settings-imported = Importiert: { $added } neu, { $updated } aktualisiert, { $unchanged } schon vorhanden.

settings-from-app = Aus einer anderen App
settings-from-choose = Export auswählen …
settings-from-region = Aus einer anderen App importieren
settings-from-dialog = Wähle deinen Export aus { $app }
settings-from-file-type-jrnl = jrnl-Export (jrnl --export json)
settings-from-file-type-dayone = Day-One-Export (.zip)
settings-from-file-type-minidiarium = Mini-Diarium-Export (JSON)
settings-from-holds = Dieser Export aus { $app } enthält { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
}.
settings-from-holds-days = Dieser Export aus { $app } enthält { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
}, vom { $first } bis zum { $last }.
settings-from-new = { $added ->
    [one] { $added } wäre neu.
   *[other] { $added } wären neu.
}
settings-from-new-unchanged = { $added ->
    [one] { $added } wäre neu
   *[other] { $added } wären neu
}, { $unchanged ->
    [one] { $unchanged } ist schon da
   *[other] { $unchanged } sind schon da
}.
settings-from-each = Jeder Eintrag wird zu einem Tageseintrag – mit Datum, Text und Schlagwörtern.
settings-from-left-out = Nicht übernommen (Ebb behält deine Worte, keine Medien oder Orte): { $list }.
settings-from-bring = Übernehmen
settings-from-brought = { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
} aus { $app } übernommen: { $added } neu, { $unchanged } schon vorhanden.
