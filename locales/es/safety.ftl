## The safety note (ui/src/components/SafetyNote.svelte): shown under Today's entry or an
## episode when what the person writes speaks of fear, threats or harm, or they rate their
## safety very low. A calm pointer to help, never a diagnosis. Give no phone numbers: they
## differ from country to country.

safety-title = Tu seguridad es lo primero
safety-text = Por lo que escribes, parece una situación que da miedo. Un diario no puede protegerte por sí solo. Si ahora mismo estás en peligro, llama al número de emergencias de donde te encuentres. En tu país hay líneas de ayuda contra la violencia doméstica que pueden escucharte de forma confidencial y ayudarte a pensar qué hacer a partir de ahora, cuando tú lo decidas.

# Never shown. Words and parts of words that bring up the note (ui/src/lib/safety.ts), as
# people write them in this language, separated by commas; matched anywhere in the text,
# ignoring case. The words of every language are looked for, whatever the app's language.
# Keep each one specific: a short part of a common word would show the note on ordinary
# days.
safety-words =
    miedo, asustad, aterrad, aterroriz,
    amenaz,
    me pegó, me pega, me golpeó, me golpea, me hizo daño, me hace daño, hacerme daño,
    no me siento segur, no estoy a salvo, en peligro,
    violent, violencia, maltrat, abus,
    estrangul, me ahogó, me asfixi,
    un arma, cuchillo, matar, matarme,
    me empujó, me empuja, me zarandeó
