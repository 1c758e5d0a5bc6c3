## The safety note (ui/src/components/SafetyNote.svelte): shown under Today's entry or an
## episode when what the person writes speaks of fear, threats or harm, or they rate their
## safety very low. A calm pointer to help, never a diagnosis. Give no phone numbers: they
## differ from country to country.

safety-title = Your safety matters most
safety-text = What you wrote sounds frightening. A journal can't keep you safe on its own. If you are in danger right now, call your local emergency number. A domestic-violence helpline in your country can listen in confidence and help you think through what to do next, whenever you are ready.

# Never shown. Words and parts of words that bring up the note (ui/src/lib/safety.ts), as
# people write them in this language, separated by commas; matched anywhere in the text,
# ignoring case. The words of every language are looked for, whatever the app's language.
# Keep each one specific: a short part of a common word would show the note on ordinary
# days.
safety-words =
    afraid, scared, terrified, frightened, fear for,
    threat, threaten,
    hit me, hits me, hurt me, hurts me, harm,
    unsafe, not safe,
    violent, violence, abuse,
    choke, choked, strangle,
    weapon, kill,
    pushed me, shoved me
