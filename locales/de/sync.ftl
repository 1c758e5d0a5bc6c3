## Using Ebb on several computers: Settings → "Use Ebb on more than one computer"
## (ui/src/components/SyncSettings.svelte) and, on the first run of the second computer,
## bringing the journal from the sync folder (ui/src/components/JoinFromSync.svelte).

sync-title = Ebb auf mehreren Computern nutzen

## Not connected yet.

sync-intro = Ebb schickt dein Tagebuch nie von selbst irgendwohin. Um es auf einem zweiten Computer zu haben, wähle einen Ordner, den ein Sync-Programm deines Vertrauens auf beiden auf dem gleichen Stand hält: Syncthing, ein geteiltes Laufwerk oder ein USB-Stick. Ebb legt dort nur verschlüsselte Dateien ab: Ohne deine Passphrase lässt sich in diesem Ordner nichts lesen.
sync-guide-folder = Lege einen leeren Ordner für Ebb an, zum Beispiel „Ebb“ in deinem persönlichen Ordner, und wähle ihn unten aus.
sync-guide-syncthing = Mit Syncthing: Füge den Ordner auf diesem Computer hinzu und teile ihn mit deinem anderen Computer; nimm ihn dort an.
sync-guide-other = Starte Ebb auf dem anderen Computer, wähle „{ $button }“ und dann denselben Ordner.
sync-choose = Ordner wählen …
sync-choose-dialog = Wähle einen Ordner, über den dein Tagebuch abgeglichen wird
sync-connected = Verbunden. { $count ->
    [one] { $count } Eintrag liegt verschlüsselt im Ordner.
   *[other] { $count } Einträge liegen verschlüsselt im Ordner.
}

## Connected.

sync-through = Dein Tagebuch wird über { $folder } abgeglichen.
sync-by-itself = Ebb gleicht von selbst ab, wenn du entsperrst, kurz nachdem du speicherst und wenn etwas im Ordner ankommt.
sync-devices = Computer, die dieses Tagebuch nutzen
sync-device = Computer
sync-latest-change = Letzte Änderung
sync-this-computer = Dieser Computer
sync-other-computer = Ein anderer Computer ({ $id })
sync-nothing-yet = noch nichts
sync-no-other = Noch kein anderer Computer. Installiere Ebb dort, lass dein Sync-Programm diesen Ordner dorthin bringen und wähle „{ $button }“.
sync-conflicts = { $count ->
    [one] { $count } Eintrag wurde auf zwei Computern gleichzeitig geändert. Beide Versionen bleiben erhalten; unter „{ $journal }“ stehen sie nebeneinander, damit du wählen kannst.
   *[other] { $count } Einträge wurden auf zwei Computern gleichzeitig geändert. Beide Versionen bleiben erhalten; unter „{ $journal }“ stehen sie nebeneinander, damit du wählen kannst.
}
sync-now = Jetzt abgleichen
sync-exchanging = Wird abgeglichen …
sync-last-exchange = Letzter Abgleich: { $when }
sync-in-step = Alles ist auf dem gleichen Stand.
sync-exchanged = { $sent ->
    [one] { $sent } Änderung gesendet
   *[other] { $sent } Änderungen gesendet
}, { $received ->
    [one] { $received } empfangen
   *[other] { $received } empfangen
}.

## Bringing the journal to a second computer (first run).

sync-join-title = Dein Tagebuch auf diesen Computer holen
sync-join-intro = Wähle den Ordner, den dein Sync-Programm (etwa Syncthing) von deinem anderen Computer hierher gebracht hat. Ebb macht daraus das eigene Tagebuch dieses Computers und hält die beiden von da an auf dem gleichen Stand.
sync-join-folder = Der Sync-Ordner
sync-join-choose = Ordner wählen …
sync-join-choose-dialog = Wähle den Ordner, in dem dein anderer Computer Ebb ablegt
sync-join-none = Noch keiner gewählt
sync-join-open-with = Wie möchtest du es öffnen?
sync-join-with-passphrase = Mit der Passphrase von meinem anderen Computer
sync-join-with-key = Mit meinem Wiederherstellungsschlüssel
sync-join-key = Dein Wiederherstellungsschlüssel
sync-join-other-passphrase = Passphrase auf deinem anderen Computer
sync-join-new-passphrase = Wähle eine Passphrase für diesen Computer
sync-join-again = Noch einmal eingeben
sync-join-key-stays = Dein Wiederherstellungsschlüssel bleibt derselbe wie auf deinem anderen Computer.
sync-join-need-folder = Bitte wähle zuerst den Ordner.
sync-join-need-key = Bitte gib deinen Wiederherstellungsschlüssel ein.
sync-join-need-passphrase = Bitte gib die Passphrase ein, die du auf deinem anderen Computer nutzt.
sync-join-differ = Die beiden Passphrasen für diesen Computer stimmen noch nicht überein.
sync-join-bringing = Dein Tagebuch wird geholt …
sync-join-button = Mein Tagebuch holen
sync-join-new-instead = Lieber ein neues Tagebuch anlegen
