## The first start: making a journal and seeing its recovery key once
## (ui/src/screens/FirstRun.svelte, components/RecoveryKeyCard.svelte), and the passphrase
## rule and strength hint shared with other screens (lib/passphrase.ts, lib/strength.ts).

firstrun-title = Welcome to Ebb
firstrun-intro = A private place to notice the pull-away and pursuit moments between you and your partner, and to prepare for your therapy sessions. Everything you write stays on this computer, encrypted.
firstrun-passphrase = Choose a passphrase
# Label of the second field, where the passphrase is typed again.
firstrun-passphrase-again = Type it once more
firstrun-no-reset = Ebb cannot reset this passphrase for you. Next you will see a recovery key: it is the only other way in, so keep it somewhere safe.
firstrun-passphrases-differ = The two passphrases are not the same yet.
# The create button while the journal is being made.
firstrun-creating = Creating your journal…
firstrun-create = Create my journal
# A link-like button: the journal comes from a sync folder instead.
firstrun-join = I already use Ebb on another computer

# The recovery key, shown once after the journal is made.
firstrun-key-title = Your recovery key
firstrun-key-intro = If you ever forget your passphrase, this key is the only way back into your journal. It is shown only now. Write it down, print it, or save it to a file, and keep it somewhere private.
# A checkbox; the Open button works only once it is ticked.
firstrun-key-kept = I have kept my recovery key somewhere safe
firstrun-open = Open my journal
firstrun-key-save = Save to a file…
firstrun-key-print = Print…
# Title of the system's save dialog.
firstrun-key-save-title = Save your recovery key
# The file type in the save dialog.
firstrun-key-save-filter = Text file
# $path is where the file was written.
firstrun-key-saved = Saved to { $path }. Keep that file away from this computer if you can.

# Why a new passphrase cannot be used yet (here, in the unlock screen's recovery and in Settings).
firstrun-passphrase-empty = Please choose a passphrase.
# $min is the least number of characters (8).
firstrun-passphrase-short = { $min ->
    [one] Please choose at least { $min } character. A few words together work well and are easy to remember.
   *[other] Please choose at least { $min } characters. A few words together work well and are easy to remember.
}

# A gentle hint below a new passphrase as it is typed (nothing is stored).
firstrun-strength-weak = Short and easy to guess. A few words together work well.
firstrun-strength-fair = Fair. A longer phrase would be stronger.
firstrun-strength-strong = Strong. Make sure you can remember it.
