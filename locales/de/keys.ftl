## What a change of passphrase or key did (ui/src/lib/keychange.ts, shown in Settings). The
## sentences that apply are shown one after another in a single paragraph.

keys-passphrase-changed = Deine Passphrase wurde geändert.
# $count backups (at least 1) were made before today; each opens with the passphrase it was made under.
keys-passphrase-older-backups = { $count ->
    [one] { $count } Sicherung, die vor heute entstanden ist, lässt sich weiterhin mit der Passphrase öffnen, die an ihrem Tag galt. Falls jemand deine alte Passphrase kennen könnte, ändere unten auch den Schlüssel selbst.
   *[other] { $count } Sicherungen, die vor heute entstanden sind, lassen sich weiterhin mit der Passphrase öffnen, die an ihrem jeweiligen Tag galt. Falls jemand deine alte Passphrase kennen könnte, ändere unten auch den Schlüssel selbst.
}
keys-recovery-new = Hier ist dein neuer Wiederherstellungsschlüssel. Der alte öffnet dieses Tagebuch und seine Sicherungen nicht mehr.
# After a new data key ("the key itself"): every record is encrypted again.
keys-rekey-done = Jeder Eintrag ist jetzt mit einem neuen Schlüssel verschlüsselt, deine Passphrase bleibt dieselbe. Dein alter Wiederherstellungsschlüssel öffnet nichts mehr; hier ist der neue.
keys-rekey-older-backups = { $count ->
    [one] { $count } Sicherung, die vor heute entstanden ist, enthält nur, was bis dahin geschrieben war – verschlüsselt mit dem alten Schlüssel.
   *[other] { $count } Sicherungen, die vor heute entstanden sind, enthalten nur, was bis dahin geschrieben war – verschlüsselt mit dem alten Schlüssel.
}
# $folder is the sync folder's path. "Use Ebb on more than one computer" is the heading of that part of Settings.
keys-left-sync = Dein Tagebuch wird nicht mehr über { $folder } abgeglichen: Die Dateien dort sind mit dem alten Schlüssel verschlüsselt. Um es wieder auf deinen anderen Computern zu nutzen, wähle unter „Ebb auf mehreren Computern nutzen“ einen neuen, leeren Ordner und hol das Tagebuch auf jedem dieser Computer neu daraus.
keys-not-resealed = { $count ->
    [one] { $count } Sicherung aus der Zeit vor einem früheren Schlüsselwechsel lässt sich weiterhin mit dem Wiederherstellungsschlüssel von damals öffnen.
   *[other] { $count } Sicherungen aus der Zeit vor einem früheren Schlüsselwechsel lassen sich weiterhin mit dem Wiederherstellungsschlüssel von damals öffnen.
}
