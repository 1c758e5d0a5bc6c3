## Bringing a journal in from another app (src/sources/). $app is the app's name (Day One,
## jrnl, Mini Diarium); $number is an entry's place in the file (1 for the first). Field
## names of the app's file (creationDate) stay as they are.

# $given: what was typed, in quotes; dayone, jrnl and minidiarium are the names to type.
source-unknown-app = { $given } no es una app desde la que Ebb importe; usa dayone, jrnl o minidiarium
# $date: the entry's day, YYYY-MM-DD; $why: what is wrong with it (a validation message).
source-entry-cannot-come-over = la entrada { $number } (del { $date }) de la exportación de { $app } no se puede importar: { $why }
# $problem: what the JSON reader said (in English); $place: where in the file, as entries[2].date.
source-not-an-export = esto no es una exportación de { $app }: { $problem }
source-not-an-export-at = esto no es una exportación de { $app }: en { $place }: { $problem }
source-zip-unreadable = esto no es una exportación de { $app }: no se puede leer el .zip
source-zip-too-large = esta exportación de { $app }, descomprimida, ocupa más de lo que Ebb lee
source-zip-no-journal = esto no es una exportación de { $app }: el .zip no contiene ningún diario (.json)
# creationDate is the name of a field in Day One's file.
source-entry-no-creation-time = esto no es una exportación de { $app }: entrada { $number }: su creationDate no es una hora
source-entry-bad-date = esto no es una exportación de { $app }: entrada { $number }: su fecha no tiene el formato AAAA-MM-DD
source-entry-bad-time = esto no es una exportación de { $app }: entrada { $number }: su hora no tiene el formato HH:MM
# The time falls in the hour skipped when the clocks went forward, here.
source-entry-time-not-here = esto no es una exportación de { $app }: entrada { $number }: su hora no existe en esta zona horaria
# The entry's date cannot be made into a time of that day.
source-entry-date = esto no es una exportación de { $app }: entrada { $number }: su fecha no sirve
source-entries-shape = esto no es una exportación de { $app }: sus entradas: { $problem }
source-entries-neither = esto no es una exportación de { $app }: sus entradas no son ni una lista ni un conjunto de días

## What cannot come over from another app, with how many ("3 photos"); the terminal lists
## them after an import, joined with commas.

source-left-photos = { $count ->
        [one] 1 foto
       *[other] { $count } fotos
    }
source-left-videos = { $count ->
        [one] 1 vídeo
       *[other] { $count } vídeos
    }
source-left-audio = { $count ->
        [one] 1 grabación de audio
       *[other] { $count } grabaciones de audio
    }
source-left-pdfs = { $count ->
        [one] 1 PDF
       *[other] { $count } PDF
    }
# Places: the locations an app stored with its entries.
source-left-places = { $count ->
        [one] 1 lugar
       *[other] { $count } lugares
    }
# Notes of the weather an app stored with its entries.
source-left-weather = { $count ->
        [one] 1 dato meteorológico
       *[other] { $count } datos meteorológicos
    }
source-left-images = { $count ->
        [one] 1 imagen
       *[other] { $count } imágenes
    }
# Anything else, under the name the app gives it ($what, in English).
source-left-other = { $what }: { $count }
