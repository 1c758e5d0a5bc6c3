## Bringing a journal in from another app (src/sources/). $app is the app's name (Day One,
## jrnl, Mini Diarium); $number is an entry's place in the file (1 for the first). Field
## names of the app's file (creationDate) stay as they are.

# $given: what was typed, in quotes; dayone, jrnl and minidiarium are the names to type.
source-unknown-app = { $given } is not an app Ebb imports from; use dayone, jrnl or minidiarium
# $date: the entry's day, YYYY-MM-DD; $why: what is wrong with it (a validation message).
source-entry-cannot-come-over = the { $app } export's entry { $number } (of { $date }) cannot come over: { $why }
# $problem: what the JSON reader said (in English); $place: where in the file, as entries[2].date.
source-not-an-export = this is not a { $app } export: { $problem }
source-not-an-export-at = this is not a { $app } export at { $place }: { $problem }
source-zip-unreadable = this is not a { $app } export: the .zip cannot be read
source-zip-too-large = this { $app } export unpacks to more than Ebb reads
source-zip-no-journal = this is not a { $app } export: the .zip holds no journal (.json)
# creationDate is the name of a field in Day One's file.
source-entry-no-creation-time = this is not a { $app } export: entry { $number }: its creationDate is not a time
source-entry-bad-date = this is not a { $app } export: entry { $number }: its date is not YYYY-MM-DD
source-entry-bad-time = this is not a { $app } export: entry { $number }: its time is not HH:MM
# The time falls in the hour skipped when the clocks went forward, here.
source-entry-time-not-here = this is not a { $app } export: entry { $number }: its time does not exist in this time zone
# The entry's date cannot be made into a time of that day.
source-entry-date = this is not a { $app } export: entry { $number }: its date
source-entries-shape = this is not a { $app } export: its entries: { $problem }
source-entries-neither = this is not a { $app } export: its entries are neither a list nor a set of days

## What cannot come over from another app, with how many ("3 photos"); the terminal lists
## them after an import, joined with commas.

source-left-photos = { $count ->
        [one] 1 photo
       *[other] { $count } photos
    }
source-left-videos = { $count ->
        [one] 1 video
       *[other] { $count } videos
    }
source-left-audio = { $count ->
        [one] 1 audio recording
       *[other] { $count } audio recordings
    }
source-left-pdfs = { $count ->
        [one] 1 PDF
       *[other] { $count } PDFs
    }
# Places: the locations an app stored with its entries.
source-left-places = { $count ->
        [one] 1 place
       *[other] { $count } places
    }
# Notes of the weather an app stored with its entries.
source-left-weather = { $count ->
        [one] 1 weather note
       *[other] { $count } weather notes
    }
source-left-images = { $count ->
        [one] 1 image
       *[other] { $count } images
    }
# Anything else, under the name the app gives it ($what, in English).
source-left-other = { $count } { $what }
