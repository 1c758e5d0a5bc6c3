## The unlock screen (ui/src/screens/Unlock.svelte)

unlock-title = Welcome back
unlock-passphrase = Passphrase
unlock-opening = Opening…
unlock-button = Unlock
unlock-forgot = Forgot it? Use your recovery key
unlock-wrong-passphrase = That passphrase doesn't open this journal. Check Caps Lock and try again.
unlock-wrong-recovery-key = That recovery key doesn't open this journal. Check each group of letters and digits.
unlock-new-passphrases-differ = The two new passphrases are not the same yet.
unlock-recover-title = Use your recovery key
unlock-recover-intro = Type the key you kept when you made this journal, then choose a new passphrase.
unlock-recovery-key = Recovery key
unlock-new-passphrase = New passphrase
unlock-new-passphrase-again = New passphrase, once more
unlock-recover-button = Set new passphrase and open
unlock-back = Back to passphrase
unlock-pause-ended = Your pause ended at { $time }.
unlock-pausing-until = Pausing until { $time }.
unlock-open-pause = Open the pause
unlock-take-pause = Take a pause
unlock-take-pause-hint = Take a pause (Alt+P)
unlock-no-need = No need to unlock first.
