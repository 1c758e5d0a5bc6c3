## Syncing through a folder (src/sync/): what the command line and Settings say about it.
## A "device" is a computer with its own copy of the journal. FOLDER is the command line's
## placeholder for the sync folder, as in its help; the commands themselves stay as they are.

# $device: a device's id; $problem: one of the syncing-file- messages below.
syncing-device-problem = Computer { $device }: { $problem }
# $problems: one or more syncing-device-problem, joined with "; ".
syncing-files-wrong = einige Dateien im Sync-Ordner wurden verändert, entfernt, wiederholt eingespielt oder verschoben, daher wurde nichts davon übernommen (alles andere wurde abgeglichen): { $problems }
syncing-not-yet = dieses Tagebuch wird noch nicht abgeglichen: `ebb sync init ORDNER` verbindet es mit einem Ordner
syncing-state-unreadable = die Sync-Angaben des Tagebuchs lassen sich nicht lesen
syncing-versions-unreadable = die Angaben des Tagebuchs zu Versionen auf anderen Computern lassen sich nicht lesen
syncing-version-lost = einer aufbewahrten Version von einem anderen Computer fehlt ihr Eintrag
# $id: the record's id, as the change names it.
syncing-impossible-row = eine Änderung im Sync-Ordner nennt einen unmöglichen Eintrag ({ $id })
# What Ebb was doing when the system refused; the system's words follow. $folder: a path.
syncing-cannot-find = { $folder } ließ sich nicht finden
syncing-cannot-read = { $folder } ließ sich nicht lesen
syncing-cannot-write = in den Sync-Ordner { $folder } ließ sich nicht schreiben
syncing-already-syncs = dieses Tagebuch wird schon über { $folder } abgeglichen; es wird immer nur über einen Ordner abgeglichen
syncing-is-a-file = { $folder } ist eine Datei, kein Ordner
syncing-not-empty = { $folder } ist nicht leer: Wähle einen leeren Ordner für Ebb. Liegt darin das Tagebuch deines anderen Computers, mache daraus mit `ebb init --from-sync { $folder }` das Tagebuch dieses Computers
syncing-no-journal-yet = in { $folder } liegt noch kein Ebb-Tagebuch: Führe auf deinem anderen Computer `ebb sync init ORDNER` aus (oder wähle den Ordner in den Einstellungen) und lass den Ordner bis zu diesem Computer gelangen
syncing-folder-gone = der Sync-Ordner { $folder } ist nicht da (ist sein Laufwerk angeschlossen?); es wurde nichts abgeglichen

## What is wrong with one device's change files. "Its" is the device's; $file is the
## number of a change file.

syncing-file-missing = seine Datei { $file } fehlt, obwohl spätere da sind (entfernt oder noch nicht angekommen)
syncing-file-not-ebb = seine Datei { $file } ist keine Änderungsdatei, die Ebb geschrieben hat
syncing-file-altered = seine Datei { $file } wurde verändert oder von einem anderen Ort oder aus dem Ordner eines anderen Computers dorthin verschoben
syncing-file-unreadable = seine Datei { $file } lässt sich nicht lesen
syncing-file-out-of-order = seine Datei { $file } schließt nicht an die vorige an (eine Datei wiederholt eingespielt, umsortiert oder aus einer anderen Kopie des Ordners)
syncing-file-bad-change = seine Datei { $file } enthält eine Änderung, die Ebb nicht übernehmen kann
# This computer's own files: $problem is one of the syncing-file- messages above.
syncing-own-files-wrong = { $problem }. Die eigenen Dateien dieses Computers stimmen nicht, daher wurde nichts abgeglichen. Wurde dieses Tagebuch von einem anderen Computer kopiert, verschiebe es an einen anderen Ort und lege das Tagebuch dieses Computers mit `ebb init --from-sync ORDNER` neu an
syncing-journal-older = dieses Tagebuch ist älter als das, was dieser Computer in den Ordner geschrieben hat (Datei { $file }): Es wurde aus einer Sicherung zurückgeholt. Es wurde nichts abgeglichen; verschiebe es an einen anderen Ort und lege das Tagebuch dieses Computers mit `ebb init --from-sync ORDNER` neu an
