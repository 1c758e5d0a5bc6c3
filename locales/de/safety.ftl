## The safety note (ui/src/components/SafetyNote.svelte): shown under Today's entry or an
## episode when what the person writes speaks of fear, threats or harm, or they rate their
## safety very low. A calm pointer to help, never a diagnosis. Give no phone numbers: they
## differ from country to country.

safety-title = Deine Sicherheit geht vor
safety-text = Was du geschrieben hast, klingt beängstigend. Ein Tagebuch allein kann dich nicht schützen. Wenn du gerade in Gefahr bist, ruf den Notruf an. Ein Hilfetelefon gegen häusliche Gewalt in deinem Land hört dir vertraulich zu und hilft dir zu überlegen, was du als Nächstes tun kannst – wann immer du so weit bist.

# Never shown. Words and parts of words that bring up the note (ui/src/lib/safety.ts), as
# people write them in this language, separated by commas; matched anywhere in the text,
# ignoring case. The words of every language are looked for, whatever the app's language.
# Keep each one specific: a short part of a common word would show the note on ordinary
# days.
safety-words =
    angst, ängstlich, verängstigt, fürchte mich,
    bedroh, gedroht, droht mir, drohte mir,
    mich geschlagen, schlägt mich, schlug mich, mir wehgetan, mir weh getan, mich verletzt,
    nicht in sicherheit, fühle mich nicht sicher, fühlte mich nicht sicher,
    gewalttätig, häusliche gewalt, mit gewalt, gewalt gegen, missbrauch, misshand,
    würgt, gewürgt, erwürg,
    eine waffe, einer waffe, die waffe, der waffe, umbringen, bringt mich um, töten,
    mich gestoßen, geschubst, schubst mich
