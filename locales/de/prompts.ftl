## Gentle questions for the daily entry (ui/src/lib/prompts.ts): one a day, shown under the
## text box on Today, never written into the entry. Written in the first person, as the
## person would ask themself, for someone working on the pursue–withdraw cycle.

prompt-needed = Was habe ich heute gebraucht, und habe ich darum gebeten?
prompt-close = Wann habe ich heute Nähe zwischen uns gespürt?
prompt-differently = Was habe ich anders gemacht, als es im Kreislauf sonst läuft?
# "Set me off": what triggered a strong reaction.
prompt-set-off = Was hat heute etwas in mir ausgelöst, und was habe ich darunter gefühlt?
prompt-calm-down = Was hat mir heute geholfen, ruhiger zu werden?
prompt-partner-know = Was würde ich dem Menschen an meiner Seite gern über heute erzählen?
prompt-better = Was lief ein bisschen besser als beim letzten Mal?
