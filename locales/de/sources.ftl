## Bringing a journal in from another app (src/sources/). $app is the app's name (Day One,
## jrnl, Mini Diarium); $number is an entry's place in the file (1 for the first). Field
## names of the app's file (creationDate) stay as they are.

# $given: what was typed, in quotes; dayone, jrnl and minidiarium are the names to type.
source-unknown-app = { $given } ist keine App, aus der Ebb importiert; gib dayone, jrnl oder minidiarium an
# $date: the entry's day, YYYY-MM-DD; $why: what is wrong with it (a validation message).
source-entry-cannot-come-over = der Eintrag { $number } (vom { $date }) im Export aus { $app } lässt sich nicht übernehmen: { $why }
# $problem: what the JSON reader said (in English); $place: where in the file, as entries[2].date.
source-not-an-export = das ist kein Export aus { $app }: { $problem }
source-not-an-export-at = das ist kein Export aus { $app }: bei { $place }: { $problem }
source-zip-unreadable = das ist kein Export aus { $app }: die .zip-Datei lässt sich nicht lesen
source-zip-too-large = dieser Export aus { $app } ist entpackt größer, als Ebb einliest
source-zip-no-journal = das ist kein Export aus { $app }: die .zip-Datei enthält kein Tagebuch (.json)
# creationDate is the name of a field in Day One's file.
source-entry-no-creation-time = das ist kein Export aus { $app }: Eintrag { $number }: sein creationDate ist keine Zeitangabe
source-entry-bad-date = das ist kein Export aus { $app }: Eintrag { $number }: sein Datum hat nicht die Form JJJJ-MM-TT
source-entry-bad-time = das ist kein Export aus { $app }: Eintrag { $number }: seine Uhrzeit hat nicht die Form HH:MM
# The time falls in the hour skipped when the clocks went forward, here.
source-entry-time-not-here = das ist kein Export aus { $app }: Eintrag { $number }: seine Uhrzeit gibt es in dieser Zeitzone nicht
# The entry's date cannot be made into a time of that day.
source-entry-date = das ist kein Export aus { $app }: Eintrag { $number }: sein Datum passt nicht
source-entries-shape = das ist kein Export aus { $app }: seine Einträge: { $problem }
source-entries-neither = das ist kein Export aus { $app }: seine Einträge sind weder eine Liste noch eine Sammlung von Tagen

## What cannot come over from another app, with how many ("3 photos"); the terminal lists
## them after an import, joined with commas.

source-left-photos = { $count ->
        [one] 1 Foto
       *[other] { $count } Fotos
    }
source-left-videos = { $count ->
        [one] 1 Video
       *[other] { $count } Videos
    }
source-left-audio = { $count ->
        [one] 1 Audioaufnahme
       *[other] { $count } Audioaufnahmen
    }
source-left-pdfs = { $count ->
        [one] 1 PDF
       *[other] { $count } PDFs
    }
# Places: the locations an app stored with its entries.
source-left-places = { $count ->
        [one] 1 Ort
       *[other] { $count } Orte
    }
# Notes of the weather an app stored with its entries.
source-left-weather = { $count ->
        [one] 1 Wetterangabe
       *[other] { $count } Wetterangaben
    }
source-left-images = { $count ->
        [one] 1 Bild
       *[other] { $count } Bilder
    }
# Anything else, under the name the app gives it ($what, in English).
source-left-other = { $what }: { $count }
