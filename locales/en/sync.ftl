## Using Ebb on several computers: Settings → "Use Ebb on more than one computer"
## (ui/src/components/SyncSettings.svelte) and, on the first run of the second computer,
## bringing the journal from the sync folder (ui/src/components/JoinFromSync.svelte).
## A sync tool (Syncthing, a shared drive, a USB stick) keeps a folder alike on both computers;
## Ebb only puts sealed (encrypted) files there.

sync-title = Use Ebb on more than one computer

## Not connected yet.

sync-intro = Ebb never sends your journal anywhere by itself. To have it on a second computer, choose a folder that a sync tool you trust keeps alike on both: Syncthing, a shared drive, or a USB stick. Ebb puts only sealed files there: without your passphrase, nothing in that folder can be read.
# Three steps of a short guide.
sync-guide-folder = Make an empty folder for Ebb, for example "Ebb" in your home folder, and choose it below.
sync-guide-syncthing = With Syncthing: add that folder on this computer and share it with your other computer; accept it there.
# $button is the first run's button that brings the journal from the folder (firstrun-join).
sync-guide-other = On the other computer, start Ebb and choose "{ $button }", then the same folder.
sync-choose = Choose a folder…
# The title of the folder dialog.
sync-choose-dialog = Choose a folder to keep your journal in step through
# $count counts records.
sync-connected = Connected. { $count ->
    [one] { $count } record put in the folder, sealed.
   *[other] { $count } records put in the folder, sealed.
}

## Connected.

# $folder is the sync folder's path, shown in a monospace font.
sync-through = Your journal stays in step through { $folder }.
sync-by-itself = Ebb exchanges by itself when you unlock, a moment after you save, and when something arrives in the folder.
sync-devices = Computers that use this journal
sync-device = Computer
sync-latest-change = Latest change
sync-this-computer = This computer
# $id is the first characters of the other computer's id, e.g. "b7c8d9".
sync-other-computer = Another computer ({ $id })
# Instead of a date, when a computer has not changed anything, or nothing was exchanged yet.
sync-nothing-yet = nothing yet
# $button is the first run's button that brings the journal from the folder (firstrun-join).
sync-no-other = No other computer yet. On it, install Ebb, let your sync tool bring this folder there, and choose "{ $button }".
# $journal is the name of the Journal screen (shell-nav-journal), which lists everything written.
sync-conflicts = { $count ->
    [one] { $count } record was changed on two computers at once. Both versions are kept; the { $journal } shows them side by side so you can choose.
   *[other] { $count } records were changed on two computers at once. Both versions are kept; the { $journal } shows them side by side so you can choose.
}
sync-now = Sync now
sync-exchanging = Exchanging…
# $when is a date and time, or sync-nothing-yet.
sync-last-exchange = Last exchange: { $when }
sync-in-step = Everything is in step.
# After "Sync now": $sent and $received count changes.
sync-exchanged = Sent { $sent ->
    [one] { $sent } change
   *[other] { $sent } changes
}, took in { $received ->
    [one] { $received } change
   *[other] { $received } changes
}.

## Bringing the journal to a second computer (first run).

sync-join-title = Bring your journal to this computer
sync-join-intro = Choose the folder your sync tool (Syncthing, say) brought here from your other computer. Ebb makes this computer's own journal from it, and from then on keeps the two in step.
sync-join-folder = The sync folder
sync-join-choose = Choose the folder…
sync-join-choose-dialog = Choose the folder your other computer keeps Ebb in
sync-join-none = None chosen yet
sync-join-open-with = Open it with
sync-join-with-passphrase = The passphrase I use on my other computer
sync-join-with-key = My recovery key
sync-join-key = Your recovery key
sync-join-other-passphrase = Passphrase on your other computer
sync-join-new-passphrase = Choose a passphrase for this computer
sync-join-again = Type it once more
sync-join-key-stays = Your recovery key stays the same as on your other computer.
sync-join-need-folder = Please choose the folder first.
sync-join-need-key = Please type your recovery key.
sync-join-need-passphrase = Please type the passphrase you use on your other computer.
sync-join-differ = The two passphrases for this computer are not the same yet.
sync-join-bringing = Bringing your journal here…
sync-join-button = Bring my journal here
sync-join-new-instead = Start a new journal instead
