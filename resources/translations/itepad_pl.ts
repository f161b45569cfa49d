<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>This is a shared PostgreSQL database ({where}). Its backups are the server&apos;s job: ask whoever runs it, or use pg_dump (see docs/shared-database.md). A portable copy of all records can be written with `itepad export-json FILE` and loaded into an empty database with `itepad import-json FILE`.</source>
        <translation>To jest wspólna baza danych PostgreSQL ({where}). Za jej kopie zapasowe odpowiada serwer: zapytaj osobę, która go prowadzi, albo użyj pg_dump (zob. docs/shared-database.md). Przenośną kopię wszystkich danych można zapisać poleceniem `itepad export-json FILE` i wczytać do pustej bazy poleceniem `itepad import-json FILE`.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Utwórz kopię zapasową bazy danych</translation>
    </message>
    <message>
        <source>itepad backups (*.sqlite)</source>
        <translation>Kopie zapasowe itepad (*.sqlite)</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Tworzenie kopii zapasowej bazy danych…</translation>
    </message>
    <message>
        <source>Backed up the database to {path}</source>
        <translation>Kopia zapasowa bazy danych zapisana w {path}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <source>Replace the database {database} with the backup {source}?

Everything changed since that backup was taken will no longer show. The current database is kept first, as a backup of its own in {folder}, so you can go back to it by restoring that file.</source>
        <translation>Zastąpić bazę danych {database} kopią zapasową {source}?

Wszystko, co zmieniono od czasu tej kopii, przestanie być widoczne. Obecna baza zostanie najpierw zachowana jako osobna kopia zapasowa w {folder}, więc można do niej wrócić, przywracając ten plik.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>itepad backups (*.sqlite);;All files (*)</source>
        <translation>Kopie zapasowe itepad (*.sqlite);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Przywracanie kopii zapasowej…</translation>
    </message>
    <message>
        <source>Restored {source}.</source>
        <translation>Przywrócono {source}.</translation>
    </message>
    <message>
        <source>The database it replaced was kept as {path}.</source>
        <translation>Zastąpioną bazę danych zachowano jako {path}.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Sprawdzanie kopii zapasowej…</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Eksportuj wszystkie dane: {name}</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archiwa ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Writing everything about {name}…</source>
        <translation>Zapisywanie wszystkich danych: {name}…</translation>
    </message>
    <message>
        <source>Saved {n} files about {name} to {path}</source>
        <translation>Zapisano pliki dotyczące osoby {name} w {path} (liczba: {n})</translation>
    </message>
    <message>
        <source>Erase the personal data of {name} ({email})?

Deleted: their name, email, student number, languages and placement school, their evidence, reflections and lesson observations, notes, remarks and comments about them, and mentoring meetings held with them alone.

Kept, tied to an anonymous record so that cohort statistics stay right: enrolments, attendance marks, eTwinning registration status and competence levels.

This cannot be undone in itepad.</source>
        <translation>Usunąć dane osobowe: {name} ({email})?

Usunięte zostaną: imię i nazwisko, e-mail, numer albumu, języki i szkoła praktyk, dowody osiągnięć, refleksje i hospitacje, notatki, uwagi i komentarze na temat tej osoby oraz spotkania mentorskie odbyte tylko z nią.

Zachowane, powiązane z anonimowym rekordem, aby statystyki rocznika pozostały poprawne: zapisy na moduły, obecności, status rejestracji w eTwinning i poziomy kompetencji.

Tej operacji nie można cofnąć w itepad.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Usuń dane osobowe</translation>
    </message>
    <message>
        <source>Erase {name}</source>
        <translation>Usuń: {name}</translation>
    </message>
    <message>
        <source>Erased {name}: now anonymous student teacher {id}.</source>
        <translation>Usunięto: {name}; teraz anonimowy przyszły nauczyciel {id}.</translation>
    </message>
    <message>
        <source>A backup taken just before is {path}; delete it once you no longer need it.</source>
        <translation>Kopia zapasowa wykonana tuż przedtem to {path}; usuń ją, gdy nie będzie już potrzebna.</translation>
    </message>
    <message>
        <source>Erasing {name}…</source>
        <translation>Usuwanie: {name}…</translation>
    </message>
    <message>
        <source>Export everything about {name} (GDPR)…</source>
        <translation>Eksportuj wszystkie dane: {name} (RODO)…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Usuń dane osobowe…</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Numer albumu</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Rocznik</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <source>Year of study</source>
        <translation>Rok studiów</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <source>Placement school</source>
        <translation>Szkoła praktyk</translation>
    </message>
    <message>
        <source>eTwinning registration</source>
        <translation>Rejestracja w eTwinning</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Zarejestrowano</translation>
    </message>
    <message>
        <source>Validated by the NSO on</source>
        <translation>Zatwierdzono przez Krajowe Biuro</translation>
    </message>
    <message>
        <source>Joined TwinSpace on</source>
        <translation>Dołączono do TwinSpace</translation>
    </message>
    <message>
        <source>Photos may be taken and kept</source>
        <translation>Zgoda na zdjęcia i ich przechowywanie</translation>
    </message>
    <message>
        <source>Work may be published</source>
        <translation>Zgoda na publikację prac</translation>
    </message>
    <message>
        <source>Details may be shared with partners</source>
        <translation>Zgoda na udostępnianie danych partnerom</translation>
    </message>
    <message>
        <source>Keep the record until</source>
        <translation>Przechowuj dane do</translation>
    </message>
    <message>
        <source>Showing the record as saved by someone else</source>
        <translation>Rekord w wersji zapisanej przez kogoś innego</translation>
    </message>
    <message>
        <source>student teacher</source>
        <translation>przyszły nauczyciel</translation>
    </message>
    <message>
        <source>Their personal data has been erased (GDPR); it cannot be saved again.</source>
        <translation>Dane osobowe zostały usunięte (RODO); nie można ich ponownie zapisać.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Moduły</translation>
    </message>
    <message>
        <source>Student teachers</source>
        <translation>Przyszli nauczyciele</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <source>Portfolios &amp; reports</source>
        <translation>Portfolio &amp; raporty</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Overdue actions are red</source>
        <translation>Zaległe zadania są na czerwono</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Osiągnięty</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Przeniesiony</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Porzucony</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <source>⚠ Changed since signed on {date} by {who}: {fields}</source>
        <translation>⚠ Zmieniono od podpisania ({date}, {who}): {fields}</translation>
    </message>
    <message>
        <source>✓ Signed by {who} on {date}</source>
        <translation>✓ Podpisane przez: {who}, {date}</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Czas trwania (minuty)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Następne spotkanie</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Pre-meeting reflection</source>
        <translation>Refleksja przed spotkaniem</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Stacjonarnie</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Student teacher</source>
        <translation>Przyszły nauczyciel</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasa</translation>
    </message>
    <message>
        <source>Subject and topic</source>
        <translation>Przedmiot i temat</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Obserwator</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Podpisane</translation>
    </message>
    <message>
        <source>Signed off by the observer</source>
        <translation>Zatwierdzone przez obserwatora</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentees</source>
        <translation>podopieczni</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>obserwator</translation>
    </message>
    <message>
        <source>focus</source>
        <translation>temat</translation>
    </message>
    <message>
        <source>pre-meeting reflection</source>
        <translation>refleksja przed spotkaniem</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notatki</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>cele</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>zadania</translation>
    </message>
    <message>
        <source>class</source>
        <translation>klasa</translation>
    </message>
    <message>
        <source>pupils&apos; age</source>
        <translation>wiek uczniów</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>przedmiot</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>temat</translation>
    </message>
    <message>
        <source>strengths</source>
        <translation>mocne strony</translation>
    </message>
    <message>
        <source>areas to develop</source>
        <translation>obszary do rozwoju</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Moduł</translation>
    </message>
    <message>
        <source>Sessions attended of the sessions held and recorded so far</source>
        <translation>Zajęcia z obecnością spośród dotąd odbytych i odnotowanych</translation>
    </message>
    <message>
        <source>Best possible</source>
        <translation>Najlepszy możliwy</translation>
    </message>
    <message>
        <source>The rate at the end of the module if every remaining session is attended</source>
        <translation>Wskaźnik na koniec modułu przy obecności na wszystkich pozostałych zajęciach</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Podopieczni</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Otwarte zadania</translation>
    </message>
    <message>
        <source>Signed off by the mentor</source>
        <translation>Zatwierdzone przez mentora</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Semestr</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Zajęcia</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Zapisani</translation>
    </message>
    <message>
        <source>Student teachers enrolled or completed (not withdrawn)</source>
        <translation>Przyszli nauczyciele zapisani lub z ukończonym modułem (bez rezygnacji)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Miejsce lub link</translation>
    </message>
    <message>
        <source>The room, or the online link of a video call</source>
        <translation>Sala lub link do rozmowy wideo</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Prowadzący</translation>
    </message>
    <message>
        <source>Absent in a row</source>
        <translation>Nieobecności z rzędu</translation>
    </message>
    <message>
        <source>Absences in a row up to the latest marked session (excused ones skipped)</source>
        <translation>Nieobecności z rzędu do ostatnich odnotowanych zajęć (usprawiedliwione pominięte)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Sorted by family name</source>
        <translation>Sortowane według nazwiska</translation>
    </message>
    <message>
        <source>eTwinning</source>
        <translation>eTwinning</translation>
    </message>
    <message>
        <source>Registration on the eTwinning platform</source>
        <translation>Rejestracja na platformie eTwinning</translation>
    </message>
    <message>
        <source>Share of recorded sessions attended (present or late)</source>
        <translation>Odsetek odnotowanych zajęć z obecnością (obecny lub spóźniony)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Zajęcia</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>ECTS</source>
        <translation>ECTS</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>Quality Label criteria</source>
        <translation>Kryteria Odznaki Jakości</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Ocenianie</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Jeszcze nie oceniono</translation>
    </message>
    <message>
        <source>0 — not met</source>
        <translation>0 — niespełnione</translation>
    </message>
    <message>
        <source>1 — partly met</source>
        <translation>1 — częściowo spełnione</translation>
    </message>
    <message>
        <source>2 — largely met</source>
        <translation>2 — w dużej mierze spełnione</translation>
    </message>
    <message>
        <source>3 — fully met</source>
        <translation>3 — w pełni spełnione</translation>
    </message>
    <message>
        <source>Type a status&apos;s key to mark and move down · Space cycles · Delete clears · Ctrl+Space or a click on the date selects the whole session · F2 edits the remark</source>
        <translation>Naciśnij klawisz statusu, aby oznaczyć i przejść niżej · Spacja przełącza · Delete czyści · Ctrl+Spacja lub kliknięcie daty zaznacza całe zajęcia · F2 edytuje uwagę</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Modules and participation</source>
        <translation>Moduły i udział</translation>
    </message>
    <message>
        <source>eTwinning projects</source>
        <translation>Projekty eTwinning</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowody osiągnięć</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Refleksje</translation>
    </message>
    <message>
        <source>Mentoring log</source>
        <translation>Dziennik mentoringu</translation>
    </message>
    <message>
        <source>Lesson observations</source>
        <translation>Hospitacje</translation>
    </message>
    <message>
        <source>Final comment</source>
        <translation>Komentarz końcowy</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Ostatnio wysłano</translation>
    </message>
    <message>
        <source>Last returned</source>
        <translation>Ostatnio zwrócono</translation>
    </message>
    <message>
        <source>Read and confirmed</source>
        <translation>Przeczytano i potwierdzono</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Otwarte prośby</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sekcja</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zwrócono</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rozwiązano</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Status oceny</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Kompetencje</translation>
    </message>
    <message>
        <source>The DigCompEdu competences the evidence supports</source>
        <translation>Kompetencje DigCompEdu, które potwierdza ten dowód</translation>
    </message>
    <message>
        <source>File or address</source>
        <translation>Plik lub adres</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Beginning</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Dołączenie</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Wkład</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Prezentacja</translation>
    </message>
    <message>
        <source>Hands-on demonstration</source>
        <translation>Pokaz praktyczny</translation>
    </message>
    <message>
        <source>Mentoring session</source>
        <translation>Spotkanie mentorskie</translation>
    </message>
    <message>
        <source>TwinSpace project work</source>
        <translation>Praca projektowa w TwinSpace</translation>
    </message>
    <message>
        <source>Partner video call</source>
        <translation>Rozmowa wideo z partnerami</translation>
    </message>
    <message>
        <source>ITE event</source>
        <translation>Wydarzenie ITE</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Refleksja</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Niezarejestrowany</translation>
    </message>
    <message>
        <source>Pending validation</source>
        <translation>Oczekuje na zatwierdzenie</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Zatwierdzony</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zrezygnował</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ukończył</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Wprowadzenie</translation>
    </message>
    <message>
        <source>Placement-linked</source>
        <translation>Powiązany z praktykami</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Warsztaty</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Szkic</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Zaplanowany</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Zakończony</translation>
    </message>
    <message>
        <source>Not involved</source>
        <translation>Nie uczestniczy</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Oczekuje</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Umowa podpisana</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Zarchiwizowany</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięty</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Krajowa</translation>
    </message>
    <message>
        <source>European</source>
        <translation>Europejska</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Przyznana</translation>
    </message>
    <message>
        <source>Not awarded</source>
        <translation>Nieprzyznana</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>TwinSpace page</source>
        <translation>Strona TwinSpace</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Ready for assessment</source>
        <translation>Gotowe do oceny</translation>
    </message>
    <message>
        <source>Does not meet</source>
        <translation>Nie spełnia</translation>
    </message>
    <message>
        <source>Partially meets</source>
        <translation>Spełnia częściowo</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Spełnia</translation>
    </message>
    <message>
        <source>Free reflection</source>
        <translation>Refleksja swobodna</translation>
    </message>
    <message>
        <source>Gibbs&apos; reflective cycle</source>
        <translation>Cykl refleksyjny Gibbsa</translation>
    </message>
    <message>
        <source>Cohort participation</source>
        <translation>Udział rocznika</translation>
    </message>
    <message>
        <source>per student teacher attendance, eTwinning, projects, evidence and mentoring</source>
        <translation>dla każdego przyszłego nauczyciela: obecność, eTwinning, projekty, dowody i mentoring</translation>
    </message>
    <message>
        <source>Module report</source>
        <translation>Raport z modułu</translation>
    </message>
    <message>
        <source>sessions held and attendance, enrolments, outcomes, projects, what students produced</source>
        <translation>odbyte zajęcia i obecność, zapisy, efekty uczenia się, projekty, prace studentów</translation>
    </message>
    <message>
        <source>Impact survey</source>
        <translation>Ankieta wpływu</translation>
    </message>
    <message>
        <source>a cohort&apos;s survey answers next to the 2013 eTwinning impact study</source>
        <translation>odpowiedzi rocznika w zestawieniu z badaniem wpływu eTwinning z 2013 r.</translation>
    </message>
    <message>
        <source>Quality Label application</source>
        <translation>Wniosek o Odznakę Jakości</translation>
    </message>
    <message>
        <source>a Quality Label application draft for an eTwinning project</source>
        <translation>szkic wniosku o Odznakę Jakości dla projektu eTwinning</translation>
    </message>
    <message>
        <source>European Award dossier</source>
        <translation>Dokumentacja do Nagrody Europejskiej</translation>
    </message>
    <message>
        <source>a draft dossier for the European Award for Initial Teacher Education</source>
        <translation>szkic dokumentacji do Europejskiej Nagrody za kształcenie nauczycieli</translation>
    </message>
    <message>
        <source>Registered on eTwinning</source>
        <translation>Zarejestrowani w eTwinning</translation>
    </message>
    <message>
        <source>Validated by the NSO</source>
        <translation>Zatwierdzeni przez Krajowe Biuro</translation>
    </message>
    <message>
        <source>Joined a TwinSpace</source>
        <translation>Dołączyli do TwinSpace</translation>
    </message>
    <message>
        <source>In a project team</source>
        <translation>W zespole projektowym</translation>
    </message>
    <message>
        <source>Strongly disagree</source>
        <translation>Zdecydowanie się nie zgadzam</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Nie zgadzam się</translation>
    </message>
    <message>
        <source>Neither agree nor disagree</source>
        <translation>Ani się zgadzam, ani nie zgadzam</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Zgadzam się</translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation>Zdecydowanie się zgadzam</translation>
    </message>
    <message>
        <source>Networking across Europe</source>
        <translation>Nawiązywanie kontaktów w całej Europie</translation>
    </message>
    <message>
        <source>I expect eTwinning to help me build a network of teachers across Europe.</source>
        <translation>Oczekuję, że eTwinning pomoże mi zbudować sieć kontaktów z nauczycielami w całej Europie.</translation>
    </message>
    <message>
        <source>eTwinning helped me build a network of teachers across Europe.</source>
        <translation>eTwinning pomógł mi zbudować sieć kontaktów z nauczycielami w całej Europie.</translation>
    </message>
    <message>
        <source>New or improved ICT skills</source>
        <translation>Nowe lub lepsze umiejętności TIK</translation>
    </message>
    <message>
        <source>I expect eTwinning to give me new or better ICT skills.</source>
        <translation>Oczekuję, że dzięki eTwinning zdobędę nowe lub lepsze umiejętności TIK.</translation>
    </message>
    <message>
        <source>eTwinning gave me new or better ICT skills.</source>
        <translation>eTwinning dał mi nowe lub lepsze umiejętności TIK.</translation>
    </message>
    <message>
        <source>Impact on pupils</source>
        <translation>Wpływ na uczniów</translation>
    </message>
    <message>
        <source>I expect eTwinning projects to improve my pupils&apos; skills or motivation.</source>
        <translation>Oczekuję, że projekty eTwinning poprawią umiejętności lub motywację moich uczniów.</translation>
    </message>
    <message>
        <source>eTwinning project work improved my pupils&apos; skills or motivation.</source>
        <translation>Praca projektowa w eTwinning poprawiła umiejętności lub motywację moich uczniów.</translation>
    </message>
    <message>
        <source>International teaching community</source>
        <translation>Międzynarodowa społeczność nauczycieli</translation>
    </message>
    <message>
        <source>I expect eTwinning to make me feel part of an international teaching community.</source>
        <translation>Oczekuję, że dzięki eTwinning poczuję się częścią międzynarodowej społeczności nauczycieli.</translation>
    </message>
    <message>
        <source>eTwinning made me feel part of an international teaching community.</source>
        <translation>Dzięki eTwinning czuję się częścią międzynarodowej społeczności nauczycieli.</translation>
    </message>
    <message>
        <source>Foreign language skills</source>
        <translation>Znajomość języków obcych</translation>
    </message>
    <message>
        <source>I expect eTwinning to improve my foreign language skills.</source>
        <translation>Oczekuję, że eTwinning poprawi moją znajomość języków obcych.</translation>
    </message>
    <message>
        <source>eTwinning improved my foreign language skills.</source>
        <translation>eTwinning poprawił moją znajomość języków obcych.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>utworzono</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>zmieniono</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>usunięto</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Przed → po</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Edytuj zadanie</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Dodaj zadanie</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Co trzeba zrobić</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Kto to zrobi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Zadanie:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Odpowiedzialny:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Termin:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
</context>
<context>
    <name>ActionQueue</name>
    <message>
        <source>Not saved yet</source>
        <translation>Jeszcze nie zapisano</translation>
    </message>
    <message>
        <source>Your edit is kept in the editor. Retry now, or keep working and save again later.</source>
        <translation>Twoja zmiana pozostaje w edytorze. Spróbuj ponownie teraz albo pracuj dalej i zapisz później.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Edytuj dalej</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Overdue since {date}</source>
        <translation>Zaległe od {date}</translation>
    </message>
</context>
<context>
    <name>ActivityLogDialog</name>
    <message>
        <source>Activity log</source>
        <translation>Dziennik aktywności</translation>
    </message>
    <message>
        <source>Search actions, records and values</source>
        <translation>Szukaj czynności, rekordów i wartości</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Wszystkie rekordy</translation>
    </message>
    <message>
        <source>Changes on or after this day</source>
        <translation>Zmiany od tego dnia</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>dowolny dzień</translation>
    </message>
    <message>
        <source>Changes on or before this day</source>
        <translation>Zmiany do tego dnia</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Szukaj:</translation>
    </message>
    <message>
        <source>&amp;Who, what:</source>
        <translation>&amp;Kto, co:</translation>
    </message>
    <message>
        <source>&amp;From, to:</source>
        <translation>&amp;Od, do:</translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <source>Change assessment</source>
        <translation>Zmień ocenę</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Oceń</translation>
    </message>
    <message>
        <source>Self-assessment (the student teacher)</source>
        <translation>Samoocena (przyszły nauczyciel)</translation>
    </message>
    <message>
        <source>Educator assessment</source>
        <translation>Ocena nauczyciela akademickiego</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(nie podano)</translation>
    </message>
    <message>
        <source>What the level rests on (optional)</source>
        <translation>Na czym opiera się poziom (opcjonalnie)</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Kto:</translation>
    </message>
    <message>
        <source>&amp;Teacher educator:</source>
        <translation>&amp;Nauczyciel akademicki:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Poziom:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
</context>
<context>
    <name>AtRiskModel</name>
    <message>
        <source>{rate} ({attended} of {recorded})</source>
        <translation>{rate} ({attended} z {recorded})</translation>
    </message>
    <message>
        <source>{n} absences in a row</source>
        <translation>Nieobecności z rzędu: {n}</translation>
    </message>
    <message>
        <source>at best {rate} (target {target})</source>
        <translation>najwyżej {rate} (cel {target})</translation>
    </message>
    <message>
        <source>{email}
Double-click to open their attendance</source>
        <translation>{email}
Kliknij dwukrotnie, aby otworzyć obecności</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <source>Remark: {remark}</source>
        <translation>Uwaga: {remark}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Recorded by {who} on {day} at {time}</source>
        <translation>Wprowadził(a): {who}, {day}, {time}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>Click to select the whole session, then press a key to mark all.</source>
        <translation>Kliknij, aby zaznaczyć całe zajęcia, a potem naciśnij klawisz, aby oznaczyć wszystkich.</translation>
    </message>
</context>
<context>
    <name>AttendanceGridView</name>
    <message>
        <source>Attendance register</source>
        <translation>Lista obecności</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>The module whose attendance is shown</source>
        <translation>Moduł, którego obecność jest wyświetlana</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Moduł:</translation>
    </message>
    <message>
        <source>Sign-in &amp;sheet…</source>
        <translation>&amp;Lista obecności…</translation>
    </message>
    <message>
        <source>Save a printable sign-in sheet (PDF) for the current session</source>
        <translation>Zapisz listę obecności do druku (PDF) dla bieżących zajęć</translation>
    </message>
    <message>
        <source>&amp;Import marks…</source>
        <translation>&amp;Importuj obecności…</translation>
    </message>
    <message>
        <source>Read marks from a CSV or XLSX file with the columns email, session and status</source>
        <translation>Wczytaj obecności z pliku CSV lub XLSX z kolumnami email, session i status</translation>
    </message>
    <message>
        <source>S&amp;tatuses…</source>
        <translation>S&amp;tatusy…</translation>
    </message>
    <message>
        <source>Add, change, order or remove attendance statuses</source>
        <translation>Dodaj, zmień, uporządkuj lub usuń statusy obecności</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>&amp;Uwaga:</translation>
    </message>
    <message>
        <source>Select a marked cell to add a remark</source>
        <translation>Zaznacz wypełnioną komórkę, aby dodać uwagę</translation>
    </message>
    <message>
        <source>No modules yet.</source>
        <translation>Brak modułów.</translation>
    </message>
    <message>
        <source>No modules yet</source>
        <translation>Brak modułów</translation>
    </message>
    <message>
        <source>This module has no sessions yet.</source>
        <translation>Ten moduł nie ma jeszcze zajęć.</translation>
    </message>
    <message>
        <source>No student teachers are enrolled in this module.</source>
        <translation>Nikt nie jest zapisany na ten moduł.</translation>
    </message>
    <message>
        <source>{module}: {students:,} student teachers, {sessions:,} sessions</source>
        <translation>{module}: przyszli nauczyciele: {students:,}, zajęcia: {sessions:,}</translation>
    </message>
    <message>
        <source>Attendance not saved: the grid shows what is saved.</source>
        <translation>Nie zapisano obecności: tabela pokazuje stan zapisany.</translation>
    </message>
    <message>
        <source>Remark on {name}, {session} ({day}); Enter saves</source>
        <translation>Uwaga dotycząca: {name}, {session} ({day}); Enter zapisuje</translation>
    </message>
    <message>
        <source>Save the sign-in sheet of {session}</source>
        <translation>Zapisz listę obecności: {session}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the sign-in sheet to {path}</source>
        <translation>Zapisano listę obecności w {path}</translation>
    </message>
    <message>
        <source>Import attendance marks into {module}</source>
        <translation>Importuj obecności do modułu {module}</translation>
    </message>
    <message>
        <source>CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Pliki CSV lub Excel (*.csv *.txt *.xlsx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Imported marks: {added} added, {changed} changed, {same} already so</source>
        <translation>Zaimportowano obecności: dodane {added}, zmienione {changed}, bez zmian {same}</translation>
    </message>
    <message>
        <source>Correct the file and import it again; the details list every problem.</source>
        <translation>Popraw plik i zaimportuj go ponownie; szczegóły wymieniają każdy problem.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Portfolios of {cohort}</source>
        <translation>Portfolio: {cohort}</translation>
    </message>
    <message>
        <source>Starting the workers…</source>
        <translation>Uruchamianie procesów…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Otwórz folder</translation>
    </message>
    <message>
        <source>Cancelling: finishing the portfolios being written…</source>
        <translation>Anulowanie: kończenie zapisywanych portfolio…</translation>
    </message>
    <message>
        <source>{done} of {total} written; the latest: {name}</source>
        <translation>Zapisano {done} z {total}; ostatnie: {name}</translation>
    </message>
    <message>
        <source>The cohort has no student teachers: nothing was written.</source>
        <translation>Rocznik nie ma studentów: niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Cancelled: {written} of {total} portfolios were written to {folder}.</source>
        <translation>Anulowano: zapisano {written} z {total} portfolio w {folder}.</translation>
    </message>
    <message>
        <source>{written} of {total} portfolios were written to {folder}.</source>
        <translation>Zapisano {written} z {total} portfolio w {folder}.</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <source>No sessions</source>
        <translation>Brak zajęć</translation>
    </message>
</context>
<context>
    <name>CalendarTable</name>
    <message>
        <source>Edit {code}: {session} ({time})…</source>
        <translation>Edytuj {code}: {session} ({time})…</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Wstecz</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Dziś</translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation>&amp;Dalej ▶</translation>
    </message>
    <message>
        <source>Dates shown</source>
        <translation>Wyświetlane daty</translation>
    </message>
    <message>
        <source>Calendar of sessions</source>
        <translation>Kalendarz zajęć</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Poprzedni tydzień</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Następny tydzień</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Następny miesiąc</translation>
    </message>
    <message>
        <source>Go to the days around today (Alt+T)</source>
        <translation>Przejdź do dni wokół dzisiejszego (Alt+T)</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>Zajęcia: 1</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>Zajęcia: {n}</translation>
    </message>
</context>
<context>
    <name>ClashBanner</name>
    <message>
        <source>Clashes</source>
        <translation>Kolizje</translation>
    </message>
    <message>
        <source>1 clash:</source>
        <translation>Kolizje (1):</translation>
    </message>
    <message>
        <source>{n} clashes:</source>
        <translation>Kolizje ({n}):</translation>
    </message>
    <message>
        <source>Click a session of this module to go to it</source>
        <translation>Kliknij zajęcia tego modułu, aby do nich przejść</translation>
    </message>
</context>
<context>
    <name>CohortsTab</name>
    <message>
        <source>Cohorts enrolled in the module</source>
        <translation>Roczniki zapisane na moduł</translation>
    </message>
    <message>
        <source>There are no cohorts yet: import a roster to create one.</source>
        <translation>Nie ma jeszcze roczników: zaimportuj listę studentów, aby utworzyć rocznik.</translation>
    </message>
    <message>
        <source>The cohorts that take this module (Space ticks the selected one). Two modules sharing a cohort must not have sessions at the same time.</source>
        <translation>Roczniki realizujące ten moduł (Spacja zaznacza wybrany). Dwa moduły ze wspólnym rocznikiem nie mogą mieć zajęć w tym samym czasie.</translation>
    </message>
</context>
<context>
    <name>CompetenceMatrixModel</name>
    <message>
        <source>Competence</source>
        <translation>Kompetencja</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Samoocena</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>Nauczyciel akademicki</translation>
    </message>
    <message>
        <source>Area {number}: {name}</source>
        <translation>Obszar {number}: {name}</translation>
    </message>
    <message>
        <source>Not assessed yet: press F2 or Enter to choose a level</source>
        <translation>Jeszcze nie oceniono: naciśnij F2 lub Enter, aby wybrać poziom</translation>
    </message>
    <message>
        <source>the student teacher</source>
        <translation>przyszły nauczyciel</translation>
    </message>
    <message>
        <source>a teacher educator</source>
        <translation>nauczyciel akademicki</translation>
    </message>
    <message>
        <source>{code} {name}, {date}, by {by}</source>
        <translation>{code} {name}, {date}, ocenił(a): {by}</translation>
    </message>
</context>
<context>
    <name>CompetencePicker</name>
    <message>
        <source>DigCompEdu competences</source>
        <translation>Kompetencje DigCompEdu</translation>
    </message>
</context>
<context>
    <name>CompetencesPanel</name>
    <message>
        <source>Competence matrix</source>
        <translation>Macierz kompetencji</translation>
    </message>
    <message>
        <source>Pick a cell and press F2, Enter or a level&apos;s letter to choose a level</source>
        <translation>Wybierz komórkę i naciśnij F2, Enter lub literę poziomu, aby go wybrać</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>&amp;Oceń…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>History of the competence</source>
        <translation>Historia kompetencji</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Zmień…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Przed i po</translation>
    </message>
    <message>
        <source>Nothing to compare yet: a competence needs two assessments by the same kind.</source>
        <translation>Na razie nie ma czego porównać: kompetencja potrzebuje dwóch ocen tego samego rodzaju.</translation>
    </message>
    <message>
        <source>○ first assessment  ● latest  —  &lt;span style=&apos;color:#1f6fb2&apos;&gt;■ self&lt;/span&gt;  &lt;span style=&apos;color:#e65100&apos;&gt;■ educator&lt;/span&gt;</source>
        <translation>○ pierwsza ocena  ● najnowsza  —  &lt;span style=&apos;color:#1f6fb2&apos;&gt;■ samoocena&lt;/span&gt;  &lt;span style=&apos;color:#e65100&apos;&gt;■ nauczyciel&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Kompetencje</translation>
    </message>
    <message>
        <source>{name}: {n} of {total} competences assessed ({count} assessments)</source>
        <translation>{name}: ocenione kompetencje: {n} z {total} (oceny: {count})</translation>
    </message>
    <message>
        <source>History of {number} {name}</source>
        <translation>Historia: {number} {name}</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Usuń ocenę</translation>
    </message>
    <message>
        <source>Delete the {level} assessment of {date}?</source>
        <translation>Usunąć ocenę {level} z {date}?</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Not saved: someone else saved first</source>
        <translation>Nie zapisano: ktoś inny zapisał wcześniej</translation>
    </message>
    <message>
        <source>Someone else deleted this {what}</source>
        <translation>Ktoś inny usunął ten element ({what})</translation>
    </message>
    <message>
        <source>It was deleted after you opened it, so your change could not be saved.</source>
        <translation>Usunięto go po tym, jak go otworzono, więc nie można było zapisać zmiany.</translation>
    </message>
    <message>
        <source>Someone else changed this {what}</source>
        <translation>Ktoś inny zmienił ten element ({what})</translation>
    </message>
    <message>
        <source>They saved it after you opened it; your change is not saved yet. Reload to see their version, or keep yours: fields you did not change keep theirs.</source>
        <translation>Druga osoba zapisała po tym, jak otworzono rekord; twoja zmiana nie jest jeszcze zapisana. Wczytaj ponownie, aby zobaczyć jej wersję, albo zachowaj swoją: niezmienione przez ciebie pola zachowają jej wartości.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Twoje</translation>
    </message>
    <message>
        <source>Theirs (saved now)</source>
        <translation>Cudze (zapisane teraz)</translation>
    </message>
    <message>
        <source>{n} field(s) differ; they are highlighted.</source>
        <translation>Różniące się pola: {n}; są wyróżnione.</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Porównaj</translation>
    </message>
    <message>
        <source>Show your values and theirs side by side</source>
        <translation>Pokaż swoje i cudze wartości obok siebie</translation>
    </message>
    <message>
        <source>&amp;Reload (discard mine)</source>
        <translation>&amp;Wczytaj ponownie (odrzuć moje)</translation>
    </message>
    <message>
        <source>Show the record as it is saved now</source>
        <translation>Pokaż rekord w obecnie zapisanej postaci</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Zachowaj moje</translation>
    </message>
    <message>
        <source>Save your change on top of the version saved now</source>
        <translation>Zapisz swoją zmianę na obecnie zapisanej wersji</translation>
    </message>
    <message>
        <source>Save as &amp;new</source>
        <translation>Zapisz jako &amp;nowy</translation>
    </message>
    <message>
        <source>Add what you typed as a new record</source>
        <translation>Dodaj wpisane dane jako nowy rekord</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Wczytaj ponownie</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Student teachers</source>
        <translation>Przyszli nauczyciele</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Moduły</translation>
    </message>
    <message>
        <source>Sessions in the next 14 days</source>
        <translation>Zajęcia w najbliższych 14 dniach</translation>
    </message>
    <message>
        <source>Sessions of any module starting within two weeks</source>
        <translation>Zajęcia wszystkich modułów rozpoczynające się w ciągu dwóch tygodni</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Obecność</translation>
    </message>
    <message>
        <source>Share of the marks of sessions held so far that count as present (present or late), in every module; the same rule as the chart and the alerts</source>
        <translation>Odsetek wpisów z dotąd odbytych zajęć liczonych jako obecność (obecny lub spóźniony) we wszystkich modułach; ta sama zasada co na wykresie i w alertach</translation>
    </message>
    <message>
        <source>Overdue mentoring actions</source>
        <translation>Zaległe zadania mentoringowe</translation>
    </message>
    <message>
        <source>Open actions from mentoring meetings whose due date has passed</source>
        <translation>Otwarte zadania ze spotkań mentorskich, których termin minął</translation>
    </message>
    <message>
        <source>Attendance per module</source>
        <translation>Obecność według modułów</translation>
    </message>
    <message>
        <source>No sessions held yet.</source>
        <translation>Nie odbyły się jeszcze żadne zajęcia.</translation>
    </message>
    <message>
        <source>eTwinning registration</source>
        <translation>Rejestracja w eTwinning</translation>
    </message>
    <message>
        <source>Student teachers at risk</source>
        <translation>Zagrożeni przyszli nauczyciele</translation>
    </message>
    <message>
        <source>No sessions in the next 14 days.</source>
        <translation>Brak zajęć w najbliższych 14 dniach.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>W skrócie</translation>
    </message>
    <message>
        <source>Look up a student teacher</source>
        <translation>Znajdź przyszłego nauczyciela</translation>
    </message>
    <message>
        <source>Upcoming sessions</source>
        <translation>Nadchodzące zajęcia</translation>
    </message>
    <message>
        <source>Impact survey</source>
        <translation>Ankieta wpływu</translation>
    </message>
    <message>
        <source>in {n:,} cohorts</source>
        <translation>roczniki: {n:,}</translation>
    </message>
    <message>
        <source>in 1 cohort</source>
        <translation>1 rocznik</translation>
    </message>
    <message>
        <source>of recorded marks</source>
        <translation>odnotowanych wpisów</translation>
    </message>
    <message>
        <source>nothing recorded yet</source>
        <translation>nic jeszcze nie odnotowano</translation>
    </message>
    <message>
        <source>of {n:,} open</source>
        <translation>z {n:,} otwartych</translation>
    </message>
    <message>
        <source>Figures as of {time}</source>
        <translation>Stan na {time}</translation>
    </message>
    <message>
        <source>{held} of {sessions} sessions held</source>
        <translation>Odbyte zajęcia: {held} z {sessions}</translation>
    </message>
    <message>
        <source>{students} student teachers</source>
        <translation>Przyszli nauczyciele: {students}</translation>
    </message>
    <message>
        <source>{n} marks not entered</source>
        <translation>Brak wpisów: {n}</translation>
    </message>
    <message>
        <source>{n} at risk</source>
        <translation>Zagrożeni: {n}</translation>
    </message>
    <message>
        <source>target {rate}</source>
        <translation>cel {rate}</translation>
    </message>
    <message>
        <source>Student teachers at risk ({n:,})</source>
        <translation>Zagrożeni przyszli nauczyciele ({n:,})</translation>
    </message>
    <message>
        <source>Nobody is at risk: no one has {n} absences in a row or can end below {rate}.</source>
        <translation>Nikt nie jest zagrożony: nikt nie ma {n} nieobecności z rzędu ani nie może skończyć poniżej {rate}.</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>Short unique code, e.g. ETW101; files are named after it</source>
        <translation>Krótki unikalny kod, np. ETW101; od niego nazywane są pliki</translation>
    </message>
    <message>
        <source>e.g. Semester 1</source>
        <translation>np. Semestr 1</translation>
    </message>
    <message>
        <source>ECTS credits the module is worth</source>
        <translation>Punkty ECTS modułu</translation>
    </message>
    <message>
        <source>Session times are wall-clock times in this zone, e.g. Europe/Brussels</source>
        <translation>Godziny zajęć są podawane w tej strefie, np. Europe/Brussels</translation>
    </message>
    <message>
        <source>Languages of the module as two-letter codes, separated by commas</source>
        <translation>Języki modułu jako dwuliterowe kody rozdzielone przecinkami</translation>
    </message>
    <message>
        <source>Quality Label criteria the module addresses</source>
        <translation>Kryteria Odznaki Jakości, których dotyczy moduł</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Ocenianie</translation>
    </message>
    <message>
        <source>How student teachers are assessed (Markdown)</source>
        <translation>Jak oceniani są przyszli nauczyciele (Markdown)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;ytuł:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Rok:</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Semestr:</translation>
    </message>
    <message>
        <source>&amp;ECTS:</source>
        <translation>&amp;ECTS:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Strefa &amp;czasowa:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Języki:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Ocenianie:</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol in module</source>
        <translation>Zapisz na moduł</translation>
    </message>
    <message>
        <source>the selected student teacher</source>
        <translation>wybranego przyszłego nauczyciela</translation>
    </message>
    <message>
        <source>the {n} selected student teachers</source>
        <translation>wybranych przyszłych nauczycieli ({n})</translation>
    </message>
    <message>
        <source>everyone in the cohort</source>
        <translation>cały rocznik</translation>
    </message>
    <message>
        <source>Links the cohort to the module too; people who withdrew stay withdrawn</source>
        <translation>Łączy też rocznik z modułem; osoby, które zrezygnowały, pozostają wypisane</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Moduł:</translation>
    </message>
    <message>
        <source>Enrol:</source>
        <translation>Zapisz:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Rocznik:</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Edit evidence ({kind})</source>
        <translation>Edytuj dowód ({kind})</translation>
    </message>
    <message>
        <source>New evidence ({kind})</source>
        <translation>Nowy dowód ({kind})</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>What it is, e.g. “Lesson plan with a partner call”</source>
        <translation>Co to jest, np. „Konspekt lekcji z rozmową z partnerami”</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>https://twinspace.etwinning.net/…</source>
        <translation>https://twinspace.etwinning.net/…</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Moduł</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Status oceny</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>The evidence itself, in Markdown</source>
        <translation>Sam dowód, w Markdown</translation>
    </message>
    <message>
        <source>What it shows and how it came about, in Markdown</source>
        <translation>Co pokazuje i jak powstał, w Markdown</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>A copy kept in itepad&apos;s attachments folder</source>
        <translation>Kopia przechowywana w folderze załączników itepad</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Moduł:</translation>
    </message>
    <message>
        <source>&amp;Review status:</source>
        <translation>&amp;Status oceny:</translation>
    </message>
    <message>
        <source>DigCompEdu competences ({n})</source>
        <translation>Kompetencje DigCompEdu ({n})</translation>
    </message>
    <message>
        <source>DigCompEdu competences</source>
        <translation>Kompetencje DigCompEdu</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Nie można jeszcze zapisać</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>Evidence</source>
        <translation>Dowody osiągnięć</translation>
    </message>
    <message>
        <source>Double-click or Enter edits; drop files here to attach them</source>
        <translation>Dwukrotne kliknięcie lub Enter edytuje; upuść tu pliki, aby je dołączyć</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Dodaj &amp;plik…</translation>
    </message>
    <message>
        <source>Attach a copy of a file (or drop files on this tab)</source>
        <translation>Dołącz kopię pliku (lub upuść pliki na tę kartę)</translation>
    </message>
    <message>
        <source>Add &amp;link…</source>
        <translation>Dodaj &amp;link…</translation>
    </message>
    <message>
        <source>A web page or online work</source>
        <translation>Strona internetowa lub praca online</translation>
    </message>
    <message>
        <source>Add &amp;TwinSpace page…</source>
        <translation>Dodaj stronę &amp;TwinSpace…</translation>
    </message>
    <message>
        <source>A page, forum or material in the project&apos;s TwinSpace</source>
        <translation>Strona, forum lub materiał w TwinSpace projektu</translation>
    </message>
    <message>
        <source>Add te&amp;xt…</source>
        <translation>Dodaj te&amp;kst…</translation>
    </message>
    <message>
        <source>Evidence written here, in Markdown</source>
        <translation>Dowód napisany tutaj, w Markdown</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>Open the file or the address</source>
        <translation>Otwórz plik lub adres</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Delete the evidence (and its attached copy)</source>
        <translation>Usuń dowód (i jego dołączoną kopię)</translation>
    </message>
    <message>
        <source>&amp;Check files</source>
        <translation>&amp;Sprawdź pliki</translation>
    </message>
    <message>
        <source>Check that every attached file is there and unchanged since attaching</source>
        <translation>Sprawdź, czy każdy dołączony plik jest na miejscu i niezmieniony od dołączenia</translation>
    </message>
    <message>
        <source>No evidence yet. Attach files (or drop them here), or add links, TwinSpace pages or texts.</source>
        <translation>Brak dowodów. Dołącz pliki (lub upuść je tutaj) albo dodaj linki, strony TwinSpace lub teksty.</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>Dodano „{title}”</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>Zapisano „{title}”</translation>
    </message>
    <message>
        <source>Attach files as evidence</source>
        <translation>Dołącz pliki jako dowody</translation>
    </message>
    <message>
        <source>Attached {file}</source>
        <translation>Dołączono {file}</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Nie można otworzyć</translation>
    </message>
    <message>
        <source> Its copy of {file} is removed too; the original is not touched.</source>
        <translation> Kopia pliku {file} również zostanie usunięta; oryginał pozostaje nietknięty.</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>Usuń dowód</translation>
    </message>
    <message>
        <source>Delete “{title}” from the portfolio?</source>
        <translation>Usunąć „{title}” z portfolio?</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>Usunięto „{title}”</translation>
    </message>
    <message>
        <source>No files are attached.</source>
        <translation>Brak dołączonych plików.</translation>
    </message>
    <message>
        <source>All {n} attached files are there, unchanged since attaching.</source>
        <translation>Wszystkie dołączone pliki ({n}) są na miejscu i niezmienione od dołączenia.</translation>
    </message>
    <message>
        <source>{title} ({file}): changed since it was attached</source>
        <translation>{title} ({file}): zmieniony od dołączenia</translation>
    </message>
    <message>
        <source>{title} ({file}): missing</source>
        <translation>{title} ({file}): brak</translation>
    </message>
    <message>
        <source>{bad} of {n} attached files need attention:</source>
        <translation>Pliki wymagające uwagi: {bad} z {n}:</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Dołączone pliki</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide page</source>
        <translation>Strona podręcznika użytkownika</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Spis treści</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Nawigacja</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>itepad user guide: {page}</source>
        <translation>Podręcznik użytkownika itepad: {page}</translation>
    </message>
    <message>
        <source>Not opened: {link} is not a page of the guide or a web address.</source>
        <translation>Nie otwarto: {link} nie jest stroną podręcznika ani adresem internetowym.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Self</source>
        <translation>Samoocena</translation>
    </message>
    <message>
        <source>Educator: {name}</source>
        <translation>Nauczyciel akademicki: {name}</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>Nauczyciel akademicki</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Changed through: {source}</source>
        <translation>Zmieniono przez: {source}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Select a line to see what changed</source>
        <translation>Zaznacz wiersz, aby zobaczyć, co się zmieniło</translation>
    </message>
    <message>
        <source>{record} {operation} by {who} on {when}</source>
        <translation>{record}: {operation} ({who}, {when})</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th align=left&gt;Field&lt;/th&gt;&lt;th align=left&gt;Before&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=left&gt;After&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th align=left&gt;Pole&lt;/th&gt;&lt;th align=left&gt;Przed&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=left&gt;Po&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No visible change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Brak widocznych zmian.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Names and free text were removed by an erasure.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Imiona, nazwiska i teksty swobodne usunięto podczas usuwania danych osobowych.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
</context>
<context>
    <name>LinesPanel</name>
    <message>
        <source>Enter or double-click edits a line</source>
        <translation>Enter lub dwukrotne kliknięcie edytuje wiersz</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Edytuj: {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Usuń: {name}</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>Usuń zaznaczony wiersz (Delete)</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Dodaj wiersz</translation>
    </message>
    <message>
        <source>At most {n}; edit or remove one first</source>
        <translation>Najwyżej {n}; najpierw edytuj lub usuń jeden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
    <message>
        <source>Opening database…</source>
        <translation>Otwieranie bazy danych…</translation>
    </message>
    <message>
        <source>Daily backup written to {path}</source>
        <translation>Zapisano codzienną kopię zapasową w {path}</translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation>Codzienna kopia zapasowa nie powiodła się: {reason}</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Nie udało się otworzyć bazy danych.</translation>
    </message>
    <message>
        <source>itepad cannot open the database</source>
        <translation>itepad nie może otworzyć bazy danych</translation>
    </message>
    <message>
        <source>This page has no search field.</source>
        <translation>Ta strona nie ma pola wyszukiwania.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Utwórz &amp;kopię teraz…</translation>
    </message>
    <message>
        <source>Copy the database to a file</source>
        <translation>Skopiuj bazę danych do pliku</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Przywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <source>Put a backup in place of the database; the current one is kept</source>
        <translation>Wstaw kopię zapasową w miejsce bazy danych; obecna zostaje zachowana</translation>
    </message>
    <message>
        <source>Open backups &amp;folder</source>
        <translation>Otwórz &amp;folder kopii</translation>
    </message>
    <message>
        <source>&amp;Privacy…</source>
        <translation>&amp;Prywatność…</translation>
    </message>
    <message>
        <source>Who is due for deletion: export their records, erase their data</source>
        <translation>Kto podlega usunięciu: eksport danych, usunięcie danych osobowych</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>Prefere&amp;ncje…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Wczytaj ponownie</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Podręcznik użytkownika</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>&amp;About itepad</source>
        <translation>&amp;O programie itepad</translation>
    </message>
    <message>
        <source>The user guide could not be opened.</source>
        <translation>Nie udało się otworzyć podręcznika użytkownika.</translation>
    </message>
    <message>
        <source>About itepad</source>
        <translation>O programie itepad</translation>
    </message>
    <message>
        <source>&lt;h3&gt;itepad {version}&lt;/h3&gt;&lt;p&gt;The teacher educator&apos;s desk for &lt;i&gt;eTwinning for future teachers&lt;/i&gt;: modules, attendance, mentoring and portfolios, offline.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;itepad {version}&lt;/h3&gt;&lt;p&gt;Biurko nauczyciela akademickiego w programie &lt;i&gt;eTwinning dla przyszłych nauczycieli&lt;/i&gt;: moduły, obecność, mentoring i portfolio, offline.&lt;/p&gt;&lt;p&gt;Wolne oprogramowanie na licencji GNU General Public License w wersji 3 lub dowolnej późniejszej (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database is open yet.</source>
        <translation>Żadna baza danych nie jest jeszcze otwarta.</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>Markdown: # heading, **bold**, *italic*, - list item, [link](https://…)</source>
        <translation>Markdown: # nagłówek, **pogrubienie**, *kursywa*, - punkt listy, [link](https://…)</translation>
    </message>
    <message>
        <source>{name}: preview</source>
        <translation>{name}: podgląd</translation>
    </message>
    <message>
        <source>Preview of the text as it will be printed</source>
        <translation>Podgląd tekstu w postaci do druku</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Mentoring meeting</source>
        <translation>Spotkanie mentorskie</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nowe spotkanie</translation>
    </message>
    <message>
        <source>Changes are saved as you go, when you leave a field (Ctrl+S saves now)</source>
        <translation>Zmiany są zapisywane na bieżąco po opuszczeniu pola (Ctrl+S zapisuje od razu)</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>Podpisz…</translation>
    </message>
    <message>
        <source>Sign what the meeting record says now</source>
        <translation>Podpisz obecną treść zapisu spotkania</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Save the meeting now (Ctrl+S)</source>
        <translation>Zapisz spotkanie teraz (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data i godzina</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Czas trwania w minutach</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Teacher educator, school mentor or eTwinning ambassador</source>
        <translation>Nauczyciel akademicki, opiekun praktyk w szkole lub ambasador eTwinning</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Bez szablonu</translation>
    </message>
    <message>
        <source>Agenda template</source>
        <translation>Szablon planu spotkania</translation>
    </message>
    <message>
        <source>Fills in the focus, duration and an outline of the notes</source>
        <translation>Wypełnia temat, czas trwania i zarys notatek</translation>
    </message>
    <message>
        <source>&amp;Next meeting:</source>
        <translation>&amp;Następne spotkanie:</translation>
    </message>
    <message>
        <source>Plan the next meeting</source>
        <translation>Zaplanuj następne spotkanie</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Następne spotkanie</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>The agreed focus of the meeting</source>
        <translation>Uzgodniony temat spotkania</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Czas &amp;trwania:</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>F&amp;orma:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>Men&amp;tor:</source>
        <translation>Men&amp;tor:</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>&amp;Temat:</translation>
    </message>
    <message>
        <source>M&amp;entees:</source>
        <translation>P&amp;odopieczni:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Pre-meeting reflection</source>
        <translation>Refleksja przed spotkaniem</translation>
    </message>
    <message>
        <source>The mentee&apos;s reflection: progress on earlier targets, where the evidence is</source>
        <translation>Refleksja podopiecznego: postępy w realizacji wcześniejszych celów, gdzie są dowody</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Kompetencja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add &amp;target…</source>
        <translation>Dodaj &amp;cel…</translation>
    </message>
    <message>
        <source>Add a SMART target (at most three a meeting)</source>
        <translation>Dodaj cel SMART (najwyżej trzy na spotkanie)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <source>Add a&amp;ction…</source>
        <translation>Dodaj &amp;zadanie…</translation>
    </message>
    <message>
        <source>Add an action with its owner and due date</source>
        <translation>Dodaj zadanie z osobą odpowiedzialną i terminem</translation>
    </message>
    <message>
        <source>&lt;b&gt;Targets&lt;/b&gt; (at most three)</source>
        <translation>&lt;b&gt;Cele&lt;/b&gt; (najwyżej trzy)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Actions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zadania&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Targets and actions</source>
        <translation>Cele i zadania</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Jeszcze nie zapisano</translation>
    </message>
    <message>
        <source>Mentoring meeting of {date}</source>
        <translation>Spotkanie mentorskie z {date}</translation>
    </message>
    <message>
        <source>The agenda template this meeting was started from</source>
        <translation>Szablon planu, od którego zaczęto to spotkanie</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Not saved yet: the connection was lost (Save retries)</source>
        <translation>Jeszcze nie zapisano: utracono połączenie (Zapisz ponawia próbę)</translation>
    </message>
    <message>
        <source>Not saved yet: someone else saved first</source>
        <translation>Jeszcze nie zapisano: ktoś inny zapisał wcześniej</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nie zapisano: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the meeting</source>
        <translation>Nie można otworzyć spotkania</translation>
    </message>
    <message>
        <source>Showing the version saved by someone else</source>
        <translation>Wersja zapisana przez kogoś innego</translation>
    </message>
    <message>
        <source>mentoring meeting</source>
        <translation>spotkanie mentorskie</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Wszystkie zmiany zapisane</translation>
    </message>
    <message>
        <source>Who takes part?</source>
        <translation>Kto uczestniczy?</translation>
    </message>
    <message>
        <source>Choose the mentor and tick at least one student teacher.</source>
        <translation>Wybierz mentora i zaznacz co najmniej jednego przyszłego nauczyciela.</translation>
    </message>
    <message>
        <source>Saved the meeting</source>
        <translation>Zapisano spotkanie</translation>
    </message>
    <message>
        <source>Sign off the meeting</source>
        <translation>Podpisz spotkanie</translation>
    </message>
    <message>
        <source>Who signs? (name or email)</source>
        <translation>Kto podpisuje? (imię i nazwisko lub e-mail)</translation>
    </message>
    <message>
        <source>Sign the meeting record as {who}? Any later change will show as “changed since signed”.</source>
        <translation>Podpisać zapis spotkania jako {who}? Każda późniejsza zmiana będzie widoczna jako „zmieniono od podpisania”.</translation>
    </message>
    <message>
        <source>Signed the meeting</source>
        <translation>Podpisano spotkanie</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>⚠ changed</source>
        <translation>⚠ zmieniono</translation>
    </message>
    <message>
        <source>Changed since it was signed off: open it to compare</source>
        <translation>Zmieniono od podpisania: otwórz, aby porównać</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Podpisane</translation>
    </message>
    <message>
        <source>Not signed off yet</source>
        <translation>Jeszcze niepodpisane</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>Add to a project team</source>
        <translation>Dodaj do zespołu projektu</translation>
    </message>
    <message>
        <source>Place in the project team</source>
        <translation>Miejsce w zespole projektu</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>e.g. partner coordinator, pupils&apos; activities</source>
        <translation>np. koordynacja partnerów, działania uczniów</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nieznane</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Dołączył(a)</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Wkład</translation>
    </message>
    <message>
        <source>What they did in the project, in Markdown</source>
        <translation>Co robili w projekcie, w Markdown</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>&amp;Dołączenie:</translation>
    </message>
    <message>
        <source>Contribution:</source>
        <translation>Wkład:</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Nie można jeszcze zapisać</translation>
    </message>
</context>
<context>
    <name>MenteePicker</name>
    <message>
        <source>Find a student teacher</source>
        <translation>Znajdź przyszłego nauczyciela</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Podopieczni</translation>
    </message>
    <message>
        <source>Tick the student teachers who take part (Space ticks)</source>
        <translation>Zaznacz uczestniczących przyszłych nauczycieli (Spacja zaznacza)</translation>
    </message>
</context>
<context>
    <name>MentoringLogView</name>
    <message>
        <source>Student teacher</source>
        <translation>Przyszły nauczyciel</translation>
    </message>
    <message>
        <source>Type part of a name or email to find a student teacher</source>
        <translation>Wpisz część imienia, nazwiska lub e-maila, aby znaleźć przyszłego nauczyciela</translation>
    </message>
    <message>
        <source>&amp;Student teacher:</source>
        <translation>&amp;Przyszły nauczyciel:</translation>
    </message>
    <message>
        <source>Mentoring log</source>
        <translation>Dziennik mentoringu</translation>
    </message>
    <message>
        <source>Click a meeting&apos;s heading to open it</source>
        <translation>Kliknij nagłówek spotkania, aby je otworzyć</translation>
    </message>
</context>
<context>
    <name>MentoringPage</name>
    <message>
        <source>Search meetings by mentor, mentee or focus</source>
        <translation>Szukaj spotkań według mentora, podopiecznego lub tematu</translation>
    </message>
    <message>
        <source>Search open actions by text, owner, student or mentor</source>
        <translation>Szukaj otwartych zadań według treści, osoby odpowiedzialnej, studenta lub mentora</translation>
    </message>
    <message>
        <source>Search observations by student teacher, class, subject or observer</source>
        <translation>Szukaj hospitacji według przyszłego nauczyciela, klasy, przedmiotu lub obserwatora</translation>
    </message>
    <message>
        <source>Search by mentor or month (2026-11)</source>
        <translation>Szukaj według mentora lub miesiąca (2026-11)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Otwarte zadania</translation>
    </message>
    <message>
        <source>Lesson observations</source>
        <translation>Hospitacje</translation>
    </message>
    <message>
        <source>Mentoring log</source>
        <translation>Dziennik mentoringu</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Obciążenie</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nowy…</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nowe spotkanie…</translation>
    </message>
    <message>
        <source>Record a mentoring meeting (Ctrl+N)</source>
        <translation>Zapisz spotkanie mentorskie (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Open the selected meeting (Enter)</source>
        <translation>Otwórz wybrane spotkanie (Enter)</translation>
    </message>
    <message>
        <source>Right-click (or the menu key) to mark an action done</source>
        <translation>Kliknij prawym przyciskiem (lub klawisz menu), aby oznaczyć zadanie jako wykonane</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Oznacz jako &amp;wykonane</translation>
    </message>
    <message>
        <source>Mark the selected action done (Ctrl+D)</source>
        <translation>Oznacz wybrane zadanie jako wykonane (Ctrl+D)</translation>
    </message>
    <message>
        <source>New &amp;observation…</source>
        <translation>Nowa &amp;hospitacja…</translation>
    </message>
    <message>
        <source>Record a lesson observation (Ctrl+N)</source>
        <translation>Zapisz hospitację (Ctrl+N)</translation>
    </message>
    <message>
        <source>1 mentoring meeting</source>
        <translation>Spotkania mentorskie: 1</translation>
    </message>
    <message>
        <source>{n:,} mentoring meetings</source>
        <translation>Spotkania mentorskie: {n:,}</translation>
    </message>
    <message>
        <source>{meetings} · {open:,} open actions, {overdue:,} overdue</source>
        <translation>{meetings} · otwarte zadania: {open:,}, zaległe: {overdue:,}</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historia…</translation>
    </message>
    <message>
        <source>the meeting of {day} ({mentor})</source>
        <translation>spotkanie z dnia {day} ({mentor})</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Oznacz jako wykonane</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Porzuć</translation>
    </message>
    <message>
        <source>Open the meeting…</source>
        <translation>Otwórz spotkanie…</translation>
    </message>
    <message>
        <source>Marked done: {text}</source>
        <translation>Wykonane: {text}</translation>
    </message>
    <message>
        <source>Dropped: {text}</source>
        <translation>Porzucone: {text}</translation>
    </message>
</context>
<context>
    <name>ModuleEditor</name>
    <message>
        <source>← All modules</source>
        <translation>← Wszystkie moduły</translation>
    </message>
    <message>
        <source>Back to the list of modules (Alt+Left)</source>
        <translation>Powrót do listy modułów (Alt+Lewo)</translation>
    </message>
    <message>
        <source>Changes are saved as you go, when you leave a field (Ctrl+S saves now)</source>
        <translation>Zmiany są zapisywane na bieżąco po opuszczeniu pola (Ctrl+S zapisuje od razu)</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Zapisz jako szablon…</translation>
    </message>
    <message>
        <source>Save this module as a course template for new modules</source>
        <translation>Zapisz ten moduł jako szablon kursu dla nowych modułów</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>Eksportuj kalendarz (.ics)…</translation>
    </message>
    <message>
        <source>Save the sessions as an iCalendar file for calendar programs</source>
        <translation>Zapisz zajęcia jako plik iCalendar dla programów kalendarza</translation>
    </message>
    <message>
        <source>Module handbook (PDF)…</source>
        <translation>Przewodnik modułu (PDF)…</translation>
    </message>
    <message>
        <source>Write the module handbook as a PDF file</source>
        <translation>Zapisz przewodnik modułu jako plik PDF</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Efekty</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Zajęcia</translation>
    </message>
    <message>
        <source>Partners &amp;&amp; projects</source>
        <translation>Partnerzy &amp;&amp; projekty</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Roczniki</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Not saved yet: the connection was lost (Ctrl+S retries)</source>
        <translation>Jeszcze nie zapisano: utracono połączenie (Ctrl+S ponawia próbę)</translation>
    </message>
    <message>
        <source>Not saved yet: someone else saved first</source>
        <translation>Jeszcze nie zapisano: ktoś inny zapisał wcześniej</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nie zapisano: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the module</source>
        <translation>Nie można otworzyć modułu</translation>
    </message>
    <message>
        <source>Showing the version saved by someone else</source>
        <translation>Wersja zapisana przez kogoś innego</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Wszystkie zmiany zapisane</translation>
    </message>
    <message>
        <source>module</source>
        <translation>moduł</translation>
    </message>
    <message>
        <source>session</source>
        <translation>zajęcia</translation>
    </message>
    <message>
        <source>Save {code} as a course template</source>
        <translation>Zapisz {code} jako szablon kursu</translation>
    </message>
    <message>
        <source>Course templates (*.md)</source>
        <translation>Szablony kursów (*.md)</translation>
    </message>
    <message>
        <source>Saved the template to {path}; new modules can start from it.</source>
        <translation>Zapisano szablon w {path}; nowe moduły mogą się od niego zaczynać.</translation>
    </message>
    <message>
        <source>Export the sessions of {code}</source>
        <translation>Eksportuj zajęcia modułu {code}</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Pliki iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Saved the calendar to {path}</source>
        <translation>Zapisano kalendarz w {path}</translation>
    </message>
    <message>
        <source>Save the handbook of {code}</source>
        <translation>Zapisz przewodnik modułu {code}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the handbook to {path}</source>
        <translation>Zapisano przewodnik w {path}</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Nothing was written</source>
        <translation>Niczego nie zapisano</translation>
    </message>
</context>
<context>
    <name>ModulesPage</name>
    <message>
        <source>Search modules by code, title, year, term, kind or status</source>
        <translation>Szukaj modułów według kodu, tytułu, roku, semestru, rodzaju lub statusu</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>All modules in a table</source>
        <translation>Wszystkie moduły w tabeli</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Tydzień</translation>
    </message>
    <message>
        <source>The sessions of every module, week by week</source>
        <translation>Zajęcia wszystkich modułów, tydzień po tygodniu</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Miesiąc</translation>
    </message>
    <message>
        <source>The sessions of every module, month by month</source>
        <translation>Zajęcia wszystkich modułów, miesiąc po miesiącu</translation>
    </message>
    <message>
        <source>New module…</source>
        <translation>Nowy moduł…</translation>
    </message>
    <message>
        <source>Plan a new module from a course template (Ctrl+N)</source>
        <translation>Zaplanuj nowy moduł na podstawie szablonu kursu (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Open the selected module in the editor (Enter)</source>
        <translation>Otwórz wybrany moduł w edytorze (Enter)</translation>
    </message>
    <message>
        <source>1 module</source>
        <translation>Moduły: 1</translation>
    </message>
    <message>
        <source>{n:,} modules</source>
        <translation>Moduły: {n:,}</translation>
    </message>
    <message>
        <source>Editing {module}</source>
        <translation>Edycja: {module}</translation>
    </message>
    <message>
        <source>Created module {code}; it is open in the editor.</source>
        <translation>Utworzono moduł {code}; jest otwarty w edytorze.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historia…</translation>
    </message>
</context>
<context>
    <name>NewModuleDialog</name>
    <message>
        <source>New module from a template</source>
        <translation>Nowy moduł z szablonu</translation>
    </message>
    <message>
        <source>Course templates</source>
        <translation>Szablony kursów</translation>
    </message>
    <message>
        <source>e.g. ETW104</source>
        <translation>np. ETW104</translation>
    </message>
    <message>
        <source>A short code no other module has</source>
        <translation>Krótki kod, którego nie ma żaden inny moduł</translation>
    </message>
    <message>
        <source>Leave empty to use the template&apos;s title</source>
        <translation>Pozostaw puste, aby użyć tytułu szablonu</translation>
    </message>
    <message>
        <source>Week 1 is the week holding this date</source>
        <translation>Tydzień 1 to tydzień z tą datą</translation>
    </message>
    <message>
        <source>The day of the week most sessions fall on</source>
        <translation>Dzień tygodnia, w który wypada większość zajęć</translation>
    </message>
    <message>
        <source>When the sessions usually start</source>
        <translation>Kiedy zwykle zaczynają się zajęcia</translation>
    </message>
    <message>
        <source>A day in the week to skip</source>
        <translation>Dzień w tygodniu do pominięcia</translation>
    </message>
    <message>
        <source>S&amp;kip this week</source>
        <translation>Po&amp;miń ten tydzień</translation>
    </message>
    <message>
        <source>No sessions in the week holding this date (a holiday or exam week)</source>
        <translation>Brak zajęć w tygodniu z tą datą (wolne lub sesja egzaminacyjna)</translation>
    </message>
    <message>
        <source>Weeks to skip</source>
        <translation>Tygodnie do pominięcia</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Plan the selected week again (Delete)</source>
        <translation>Zaplanuj ponownie wybrany tydzień (Delete)</translation>
    </message>
    <message>
        <source>Week and session</source>
        <translation>Tydzień i zajęcia</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data i godzina</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Zaplanowane zajęcia</translation>
    </message>
    <message>
        <source>&amp;Create module</source>
        <translation>&amp;Utwórz moduł</translation>
    </message>
    <message>
        <source>Reading the course templates…</source>
        <translation>Wczytywanie szablonów kursów…</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>K&amp;od:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Data &amp;rozpoczęcia:</translation>
    </message>
    <message>
        <source>Usual &amp;weekday:</source>
        <translation>Zwykły &amp;dzień tygodnia:</translation>
    </message>
    <message>
        <source>&amp;Usual time:</source>
        <translation>Zwykła &amp;godzina:</translation>
    </message>
    <message>
        <source>Weeks to s&amp;kip:</source>
        <translation>Tygodnie do po&amp;minięcia:</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Szablon:</translation>
    </message>
    <message>
        <source>&amp;Planned sessions:</source>
        <translation>&amp;Zaplanowane zajęcia:</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 tydzień</translation>
    </message>
    <message>
        <source>{n} weeks</source>
        <translation>Tygodnie: {n}</translation>
    </message>
    <message>
        <source>{kind}, {weeks}, {ects:g} ECTS, {n} sessions</source>
        <translation>{kind}, {weeks}, {ects:g} ECTS, zajęcia: {n}</translation>
    </message>
    <message>
        <source>These template files could not be read and are left out:</source>
        <translation>Tych plików szablonów nie udało się wczytać i zostały pominięte:</translation>
    </message>
    <message>
        <source>There are no course templates to start from.</source>
        <translation>Nie ma szablonów kursów, od których można zacząć.</translation>
    </message>
    <message>
        <source>Week of {monday}</source>
        <translation>Tydzień od {monday}</translation>
    </message>
    <message>
        <source>The first session falls on {day}, before the start date: choose another weekday or start date if that is not what you want.</source>
        <translation>Pierwsze zajęcia wypadają {day}, przed datą rozpoczęcia: wybierz inny dzień tygodnia lub inną datę, jeśli nie o to chodziło.</translation>
    </message>
    <message>
        <source>Week {n}</source>
        <translation>Tydzień {n}</translation>
    </message>
    <message>
        <source>Skipped week ({days})</source>
        <translation>Pominięty tydzień ({days})</translation>
    </message>
    <message>
        <source>Creating {code}…</source>
        <translation>Tworzenie {code}…</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>Lesson observation</source>
        <translation>Hospitacja</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data i godzina</translation>
    </message>
    <message>
        <source>Student teacher</source>
        <translation>Przyszły nauczyciel</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Obserwator</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>S&amp;tudent teacher:</source>
        <translation>&amp;Przyszły nauczyciel:</translation>
    </message>
    <message>
        <source>O&amp;bserver:</source>
        <translation>O&amp;bserwator:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klasa:</translation>
    </message>
    <message>
        <source>The class observed, e.g. 5B</source>
        <translation>Obserwowana klasa, np. 5B</translation>
    </message>
    <message>
        <source>Pupils&apos; &amp;age:</source>
        <translation>&amp;Wiek uczniów:</translation>
    </message>
    <message>
        <source>e.g. 10-11</source>
        <translation>np. 10-11</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Przed&amp;miot:</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>&amp;Temat:</translation>
    </message>
    <message>
        <source>Agreed &amp;focus:</source>
        <translation>Uzgodniony &amp;cel obserwacji:</translation>
    </message>
    <message>
        <source>What the observer looks at</source>
        <translation>Na co patrzy obserwator</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Mocne strony</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Areas to develop</source>
        <translation>Obszary do rozwoju</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>Podpisz…</translation>
    </message>
    <message>
        <source>Sign what the observation says now (saved first)</source>
        <translation>Podpisz obecną treść hospitacji (najpierw zapisaną)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Save the observation (Ctrl+S)</source>
        <translation>Zapisz hospitację (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Close without saving the changes not yet saved</source>
        <translation>Zamknij bez niezapisanych zmian</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>Saved the observation</source>
        <translation>Zapisano hospitację</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>The observation was deleted</source>
        <translation>Hospitacja została usunięta</translation>
    </message>
    <message>
        <source>lesson observation</source>
        <translation>hospitacja</translation>
    </message>
    <message>
        <source>Sign off the observation</source>
        <translation>Podpisz hospitację</translation>
    </message>
    <message>
        <source>Who signs? (name or email)</source>
        <translation>Kto podpisuje? (imię i nazwisko lub e-mail)</translation>
    </message>
    <message>
        <source>Sign the observation as {who}?</source>
        <translation>Podpisać hospitację jako {who}?</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <source>Learning outcomes</source>
        <translation>Efekty uczenia się</translation>
    </message>
    <message>
        <source>A&amp;dd outcome</source>
        <translation>&amp;Dodaj efekt</translation>
    </message>
    <message>
        <source>Add a learning outcome after the others</source>
        <translation>Dodaj efekt uczenia się po pozostałych</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Remove the selected learning outcome (Delete)</source>
        <translation>Usuń wybrany efekt uczenia się (Delete)</translation>
    </message>
    <message>
        <source>Outcome text</source>
        <translation>Treść efektu</translation>
    </message>
    <message>
        <source>What student teachers can do after the module, e.g. “Plan a TwinSpace …”</source>
        <translation>Co przyszli nauczyciele potrafią po module, np. „Zaplanować TwinSpace …”</translation>
    </message>
    <message>
        <source>Outcome &amp;text:</source>
        <translation>&amp;Treść efektu:</translation>
    </message>
    <message>
        <source>DigCompEdu competences this outcome develops (Space ticks a box):</source>
        <translation>Kompetencje DigCompEdu rozwijane przez ten efekt (Spacja zaznacza pole):</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(jeszcze bez treści)</translation>
    </message>
    <message>
        <source>Remove learning outcome</source>
        <translation>Usuń efekt uczenia się</translation>
    </message>
    <message>
        <source>Remove the learning outcome “{text}”?</source>
        <translation>Usunąć efekt uczenia się „{text}”?</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Cohort:</source>
        <translation>Rocznik:</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Kierunek:</translation>
    </message>
    <message>
        <source>Placement school:</source>
        <translation>Szkoła praktyk:</translation>
    </message>
    <message>
        <source>eTwinning:</source>
        <translation>eTwinning:</translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation>Zarejestrowano:</translation>
    </message>
    <message>
        <source>Validated by the NSO on:</source>
        <translation>Zatwierdzono przez Krajowe Biuro:</translation>
    </message>
    <message>
        <source>Joined TwinSpace on:</source>
        <translation>Dołączono do TwinSpace:</translation>
    </message>
    <message>
        <source>Attendance, all modules:</source>
        <translation>Obecność, wszystkie moduły:</translation>
    </message>
    <message>
        <source>Held sessions attended of those with a mark, over all their modules</source>
        <translation>Odbyte zajęcia z obecnością spośród odnotowanych, we wszystkich modułach</translation>
    </message>
    <message>
        <source>Modules and attendance</source>
        <translation>Moduły i obecność</translation>
    </message>
    <message>
        <source>Not enrolled in any module.</source>
        <translation>Nie jest zapisany na żaden moduł.</translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation>Moduły:</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (zarchiwizowany)</translation>
    </message>
    <message>
        <source>, year {n}</source>
        <translation>, rok {n}</translation>
    </message>
    <message>
        <source>nothing recorded yet</source>
        <translation>nic jeszcze nie odnotowano</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Opening database…</source>
        <translation>Otwieranie bazy danych…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
</context>
<context>
    <name>PagedHistory</name>
    <message>
        <source>Show &amp;older</source>
        <translation>Pokaż &amp;starsze</translation>
    </message>
    <message>
        <source>Read the next {n} lines</source>
        <translation>Wczytaj kolejne wiersze ({n})</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>{n:,} changes</source>
        <translation>Zmiany: {n:,}</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 zmiana</translation>
    </message>
    <message>
        <source>The newest {n:,} changes</source>
        <translation>Najnowsze zmiany: {n:,}</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <source>Partner institutions</source>
        <translation>Instytucje partnerskie</translation>
    </message>
    <message>
        <source>Institution to add</source>
        <translation>Instytucja do dodania</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>&amp;Dodaj partnera</translation>
    </message>
    <message>
        <source>Add the chosen institution as a partner of the module</source>
        <translation>Dodaj wybraną instytucję jako partnera modułu</translation>
    </message>
    <message>
        <source>&amp;Remove partner</source>
        <translation>&amp;Usuń partnera</translation>
    </message>
    <message>
        <source>Remove the selected partner (Delete)</source>
        <translation>Usuń wybranego partnera (Delete)</translation>
    </message>
    <message>
        <source>eTwinning project</source>
        <translation>Projekt eTwinning</translation>
    </message>
    <message>
        <source>No eTwinning project is linked to this module yet.</source>
        <translation>Z tym modułem nie powiązano jeszcze żadnego projektu eTwinning.</translation>
    </message>
    <message>
        <source>The project&apos;s state on the eTwinning platform</source>
        <translation>Stan projektu na platformie eTwinning</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nowy projekt…</translation>
    </message>
    <message>
        <source>Add an eTwinning project to this module</source>
        <translation>Dodaj projekt eTwinning do tego modułu</translation>
    </message>
    <message>
        <source>Remove from &amp;module</source>
        <translation>Usuń z &amp;modułu</translation>
    </message>
    <message>
        <source>Take the project out of this module; the project itself stays on record</source>
        <translation>Odłącz projekt od tego modułu; sam projekt pozostaje w bazie</translation>
    </message>
    <message>
        <source>Partner institutions of the project</source>
        <translation>Instytucje partnerskie projektu</translation>
    </message>
    <message>
        <source>Quality Label self-check</source>
        <translation>Samoocena pod kątem Odznaki Jakości</translation>
    </message>
    <message>
        <source>How well the project meets each of the five Quality Label criteria, 0 to 3</source>
        <translation>W jakim stopniu projekt spełnia każde z pięciu kryteriów Odznaki Jakości, od 0 do 3</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Stan:</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Partnerzy:</translation>
    </message>
    <message>
        <source>eTwinning projects</source>
        <translation>Projekty eTwinning</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kryterium</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>{criterion}: rating</source>
        <translation>{criterion}: ocena</translation>
    </message>
    <message>
        <source>{criterion}: note</source>
        <translation>{criterion}: notatka</translation>
    </message>
    <message>
        <source>Evidence, or what is missing</source>
        <translation>Dowody albo czego brakuje</translation>
    </message>
    <message>
        <source>New eTwinning project</source>
        <translation>Nowy projekt eTwinning</translation>
    </message>
    <message>
        <source>Title of the project:</source>
        <translation>Tytuł projektu:</translation>
    </message>
    <message>
        <source>Remove project from module</source>
        <translation>Usuń projekt z modułu</translation>
    </message>
    <message>
        <source>Take “{title}” out of this module? The project stays on record.</source>
        <translation>Odłączyć „{title}” od tego modułu? Projekt pozostaje w bazie.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>The printer could not start.</source>
        <translation>Nie udało się uruchomić drukarki.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewWindow</name>
    <message>
        <source> of {count}</source>
        <translation> z {count}</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Poprzednia strona</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Następna strona</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Save PDF as</source>
        <translation>Zapisz PDF jako</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved to {path}: {reason}</source>
        <translation>Nie zapisano pliku PDF w {path}: {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Zapisano w {path}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Drukowanie…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Sent {count} pages to the printer</source>
        <translation>Wysłano strony do drukarki: {count}</translation>
    </message>
</context>
<context>
    <name>PhaseForm</name>
    <message>
        <source>Answered &amp;on:</source>
        <translation>&amp;Data odpowiedzi:</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(brak odpowiedzi)</translation>
    </message>
    <message>
        <source>Comments (optional)</source>
        <translation>Komentarze (opcjonalnie)</translation>
    </message>
</context>
<context>
    <name>PortfoliosPage</name>
    <message>
        <source>Find a student teacher by name, email, cohort or programme</source>
        <translation>Znajdź przyszłego nauczyciela według nazwiska, e-maila, rocznika lub kierunku</translation>
    </message>
    <message>
        <source>&amp;Save portfolio PDF…</source>
        <translation>&amp;Zapisz portfolio jako PDF…</translation>
    </message>
    <message>
        <source>Write the selected student teacher&apos;s portfolio as a PDF file</source>
        <translation>Zapisz portfolio wybranego przyszłego nauczyciela jako plik PDF</translation>
    </message>
    <message>
        <source>Double-click a student teacher, or select one and press Save.</source>
        <translation>Kliknij dwukrotnie przyszłego nauczyciela albo zaznacz go i naciśnij Zapisz.</translation>
    </message>
    <message>
        <source>The cohort whose portfolios to write</source>
        <translation>Rocznik, którego portfolio mają zostać zapisane</translation>
    </message>
    <message>
        <source>Write portfolios of the &amp;cohort…</source>
        <translation>Zapisz portfolio &amp;rocznika…</translation>
    </message>
    <message>
        <source>Write the portfolio of every student teacher of the cohort into a folder</source>
        <translation>Zapisz portfolio każdego przyszłego nauczyciela z rocznika w folderze</translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation>R&amp;ocznik:</translation>
    </message>
    <message>
        <source>&amp;Portfolios</source>
        <translation>&amp;Portfolio</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Raporty</translation>
    </message>
    <message>
        <source>Re&amp;views</source>
        <translation>Prze&amp;glądy</translation>
    </message>
    <message>
        <source>Save portfolio of {name}</source>
        <translation>Zapisz portfolio: {name}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the portfolio of {name}…</source>
        <translation>Zapisywanie portfolio: {name}…</translation>
    </message>
    <message>
        <source>Saved the portfolio of {name} to {path}</source>
        <translation>Zapisano portfolio ({name}) w {path}</translation>
    </message>
    <message>
        <source>The portfolio was not saved.</source>
        <translation>Nie zapisano portfolio.</translation>
    </message>
    <message>
        <source>Folder for the portfolios of {cohort}</source>
        <translation>Folder na portfolio: {cohort}</translation>
    </message>
    <message>
        <source>Wrote {written} of {total} portfolios</source>
        <translation>Zapisano {written} z {total} portfolio</translation>
    </message>
    <message>
        <source>Save portfolio PDF…</source>
        <translation>Zapisz portfolio jako PDF…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Język interfejsu</translation>
    </message>
    <message>
        <source>A new language shows when itepad is next started.</source>
        <translation>Nowy język pojawi się po ponownym uruchomieniu itepad.</translation>
    </message>
    <message>
        <source>e.g. Dr Ana Kovač</source>
        <translation>np. dr Ana Kovač</translation>
    </message>
    <message>
        <source>Shown as who took attendance and who made a change in the history</source>
        <translation>Wyświetlane jako osoba, która sprawdziła obecność i wprowadziła zmianę w historii</translation>
    </message>
    <message>
        <source>itepad copies the database once a day while it runs</source>
        <translation>itepad kopiuje bazę danych raz dziennie, gdy jest uruchomiony</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>As the interface</source>
        <translation>Jak interfejs</translation>
    </message>
    <message>
        <source>Language of the headings in printed portfolios and reports</source>
        <translation>Język nagłówków w drukowanych portfolio i raportach</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Język interfejsu:</translation>
    </message>
    <message>
        <source>Your &amp;name in records:</source>
        <translation>Twoje &amp;imię i nazwisko w rekordach:</translation>
    </message>
    <message>
        <source>Daily &amp;backups to keep:</source>
        <translation>Liczba codziennych &amp;kopii zapasowych:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Rozmiar &amp;papieru:</translation>
    </message>
    <message>
        <source>Printed &amp;headings in:</source>
        <translation>Drukowane &amp;nagłówki w języku:</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy: due for deletion</source>
        <translation>Prywatność: do usunięcia</translation>
    </message>
    <message>
        <source>Student teachers whose retention date has passed. If they asked for their records, export them first; then erase their personal data. Enrolments, attendance, eTwinning status and competence levels stay, anonymously, so that cohort statistics remain right.</source>
        <translation>Przyszli nauczyciele, których termin przechowywania danych minął. Jeśli poprosili o swoje dane, najpierw je wyeksportuj, a potem usuń ich dane osobowe. Zapisy, obecność, status eTwinning i poziomy kompetencji pozostają anonimowo, aby statystyki rocznika były poprawne.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Keep records until</source>
        <translation>Przechowuj do</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>&amp;Export their records…</source>
        <translation>&amp;Eksportuj dane…</translation>
    </message>
    <message>
        <source>A zip with their record, portfolio and attachments, to give them</source>
        <translation>Plik ZIP z rekordem, portfolio i załącznikami do przekazania</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Anonymise them; asks first and says what is kept</source>
        <translation>Anonimizuj; najpierw pyta i mówi, co zostaje</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>{n} due for deletion</source>
        <translation>Do usunięcia: {n}</translation>
    </message>
    <message>
        <source>Nobody is due for deletion.</source>
        <translation>Nikt nie podlega usunięciu.</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>self</source>
        <translation>samoocena</translation>
    </message>
    <message>
        <source>educator</source>
        <translation>nauczyciel</translation>
    </message>
    <message>
        <source>{number} {kind}: {first} to {latest}</source>
        <translation>{number} {kind}: od {first} do {latest}</translation>
    </message>
    <message>
        <source>{label} ({kind})
{first} on {first_on} → {latest} on {latest_on}</source>
        <translation>{label} ({kind})
{first} ({first_on}) → {latest} ({latest_on})</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <source>eTwinning projects</source>
        <translation>Projekty eTwinning</translation>
    </message>
    <message>
        <source>&amp;Add to a project team…</source>
        <translation>&amp;Dodaj do zespołu projektu…</translation>
    </message>
    <message>
        <source>Make them a member of an eTwinning project&apos;s team</source>
        <translation>Dodaj do zespołu projektu eTwinning</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Role, date joined and contribution</source>
        <translation>Rola, data dołączenia i wkład</translation>
    </message>
    <message>
        <source>&amp;Remove from team…</source>
        <translation>&amp;Usuń z zespołu…</translation>
    </message>
    <message>
        <source>They leave the project&apos;s team</source>
        <translation>Opuszcza zespół projektu</translation>
    </message>
    <message>
        <source>Not in any eTwinning project team yet.</source>
        <translation>Jeszcze nie należy do żadnego zespołu projektu eTwinning.</translation>
    </message>
    <message>
        <source>Add to a project team</source>
        <translation>Dodaj do zespołu projektu</translation>
    </message>
    <message>
        <source>They are in every project&apos;s team already, or there are no projects yet.</source>
        <translation>Już należy do zespołów wszystkich projektów albo nie ma jeszcze projektów.</translation>
    </message>
    <message>
        <source>Added to the project team</source>
        <translation>Dodano do zespołu projektu</translation>
    </message>
    <message>
        <source>Saved their place in “{project}”</source>
        <translation>Zapisano miejsce w „{project}”</translation>
    </message>
    <message>
        <source>Remove from project team</source>
        <translation>Usuń z zespołu projektu</translation>
    </message>
    <message>
        <source>Remove them from the team of “{project}”? Their contribution text goes too.</source>
        <translation>Usunąć z zespołu „{project}”? Opis wkładu także zostanie usunięty.</translation>
    </message>
    <message>
        <source>Removed from “{project}”</source>
        <translation>Usunięto z „{project}”</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>History of {record}</source>
        <translation>Historia: {record}</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <source>Edit reflection</source>
        <translation>Edytuj refleksję</translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation>Nowa refleksja</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>e.g. “Our first partner call”</source>
        <translation>np. „Nasza pierwsza rozmowa z partnerami”</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Moduł</translation>
    </message>
    <message>
        <source>&amp;Free reflection</source>
        <translation>Refleksja &amp;swobodna</translation>
    </message>
    <message>
        <source>&amp;Gibbs&apos; reflective cycle</source>
        <translation>Cykl refleksyjny &amp;Gibbsa</translation>
    </message>
    <message>
        <source>Six stages: description, feelings, evaluation, analysis, conclusion, action plan</source>
        <translation>Sześć etapów: opis, uczucia, ocena, analiza, wnioski, plan działania</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Refleksja</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}. {name}&lt;/b&gt; — {question}</source>
        <translation>&lt;b&gt;{number}. {name}&lt;/b&gt; — {question}</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Moduł:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Nie można jeszcze zapisać</translation>
    </message>
</context>
<context>
    <name>ReflectionsTab</name>
    <message>
        <source>Reflections</source>
        <translation>Refleksje</translation>
    </message>
    <message>
        <source>Double-click or Enter opens the reflection</source>
        <translation>Dwukrotne kliknięcie lub Enter otwiera refleksję</translation>
    </message>
    <message>
        <source>&amp;New reflection…</source>
        <translation>&amp;Nowa refleksja…</translation>
    </message>
    <message>
        <source>A free reflection in Markdown</source>
        <translation>Refleksja swobodna w Markdown</translation>
    </message>
    <message>
        <source>New &amp;Gibbs reflection…</source>
        <translation>Nowa refleksja &amp;Gibbsa…</translation>
    </message>
    <message>
        <source>Description, feelings, evaluation, analysis, conclusion, action plan</source>
        <translation>Opis, uczucia, ocena, analiza, wnioski, plan działania</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>No reflections yet.</source>
        <translation>Brak refleksji.</translation>
    </message>
    <message>
        <source>Saved the reflection</source>
        <translation>Zapisano refleksję</translation>
    </message>
    <message>
        <source>Delete reflection</source>
        <translation>Usuń refleksję</translation>
    </message>
    <message>
        <source>Delete the reflection of {day}, “{title}”?</source>
        <translation>Usunąć refleksję z {day}, „{title}”?</translation>
    </message>
    <message>
        <source>Deleted the reflection</source>
        <translation>Usunięto refleksję</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Podgląd…</translation>
    </message>
    <message>
        <source>Write the report and show it, to read or print</source>
        <translation>Utwórz raport i pokaż go do czytania lub druku</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Zapisz PDF…</translation>
    </message>
    <message>
        <source>Write the report as a PDF file</source>
        <translation>Zapisz raport jako plik PDF</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Raport:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Rocznik:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Moduł:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>The whole institution</source>
        <translation>Cała instytucja</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Zapisz raport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report to {path}</source>
        <translation>Zapisano raport w {path}</translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation>Nie utworzono raportu.</translation>
    </message>
</context>
<context>
    <name>ReviewsPanel</name>
    <message>
        <source>Language of the review copies&apos; headings</source>
        <translation>Język nagłówków kopii do przeglądu</translation>
    </message>
    <message>
        <source>Write review copies for &amp;selected…</source>
        <translation>Zapisz kopie do przeglądu dla &amp;wybranych…</translation>
    </message>
    <message>
        <source>Write review copies for the &amp;cohort…</source>
        <translation>Zapisz kopie do przeglądu dla &amp;rocznika…</translation>
    </message>
    <message>
        <source>&amp;Import returned forms…</source>
        <translation>&amp;Importuj zwrócone formularze…</translation>
    </message>
    <message>
        <source>Or drop the returned PDF files onto this panel</source>
        <translation>Albo upuść zwrócone pliki PDF na ten panel</translation>
    </message>
    <message>
        <source>Mark &amp;resolved</source>
        <translation>Oznacz jako &amp;rozwiązane</translation>
    </message>
    <message>
        <source>Cohort:</source>
        <translation>Rocznik:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <source>Comments and change requests</source>
        <translation>Komentarze i prośby o zmiany</translation>
    </message>
    <message>
        <source>Sent: %1 · Returned: %2 · Outstanding: %3</source>
        <translation>Wysłane: %1 · Zwrócone: %2 · Oczekujące: %3</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Przeglądy</translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation>Otwórz &amp;ponownie</translation>
    </message>
    <message>
        <source>Folder for the review copies</source>
        <translation>Folder na kopie do przeglądu</translation>
    </message>
    <message>
        <source>Writing review copies…</source>
        <translation>Zapisywanie kopii do przeglądu…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Review copies</source>
        <translation>Kopie do przeglądu</translation>
    </message>
    <message>
        <source>%1 of %2 review copies written to %3</source>
        <translation>Zapisano %1 z %2 kopii do przeglądu w %3</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Zapisane: %1</translation>
    </message>
    <message>
        <source>Returned review copies</source>
        <translation>Zwrócone kopie do przeglądu</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Odrzucone: %1</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import roster</source>
        <translation>Importuj listę studentów</translation>
    </message>
    <message>
        <source>A CSV or XLSX file: a Moodle participants list, a spreadsheet…</source>
        <translation>Plik CSV lub XLSX: lista uczestników z Moodle, arkusz kalkulacyjny…</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Wybierz plik…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Wykryj</translation>
    </message>
    <message>
        <source>Choose another if names show wrong letters</source>
        <translation>Wybierz inne, jeśli nazwiska mają błędne litery</translation>
    </message>
    <message>
        <source>an existing cohort, or a new name</source>
        <translation>istniejący rocznik lub nowa nazwa</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Choose a roster file to import.</source>
        <translation>Wybierz listę studentów do zaimportowania.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <source>Into c&amp;ohort:</source>
        <translation>Do r&amp;ocznika:</translation>
    </message>
    <message>
        <source>Choose a roster</source>
        <translation>Wybierz listę studentów</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Wczytywanie {name}…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Worksheet “{name}”</source>
        <translation>Arkusz „{name}”</translation>
    </message>
    <message>
        <source>Read as {encoding}, separated by {delimiter}</source>
        <translation>Odczytano jako {encoding}, separator: {delimiter}</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(brak w pliku)</translation>
    </message>
    <message>
        <source>{count} to correct in the file (or in the columns): nothing is imported until the roster is clean.</source>
        <translation>Do poprawienia w pliku (lub w kolumnach): {count}; nic nie zostanie zaimportowane, dopóki lista nie będzie poprawna.</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problem</translation>
    </message>
    <message>
        <source>{n:,} problems</source>
        <translation>Problemy: {n:,}</translation>
    </message>
    <message>
        <source>{n:,} student teachers ready to import.</source>
        <translation>Gotowi do importu przyszli nauczyciele: {n:,}.</translation>
    </message>
    <message>
        <source>Importing {n:,} student teachers…</source>
        <translation>Importowanie przyszłych nauczycieli: {n:,}…</translation>
    </message>
</context>
<context>
    <name>SearchableTable</name>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
</context>
<context>
    <name>SessionChipDelegate</name>
    <message>
        <source>+ {n} more</source>
        <translation>+ {n} więcej</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>When the session starts</source>
        <translation>Kiedy zaczynają się zajęcia</translation>
    </message>
    <message>
        <source>When the session ends</source>
        <translation>Kiedy kończą się zajęcia</translation>
    </message>
    <message>
        <source>Room, school or building</source>
        <translation>Sala, szkoła lub budynek</translation>
    </message>
    <message>
        <source>The online link of a video call or a TwinSpace page</source>
        <translation>Link do rozmowy wideo lub strony TwinSpace</translation>
    </message>
    <message>
        <source>Who runs the session</source>
        <translation>Kto prowadzi zajęcia</translation>
    </message>
    <message>
        <source>Session description</source>
        <translation>Opis zajęć</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Początek:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Koniec:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Miejsce:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Prowadzący:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>O&amp;pis:</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(jeszcze nikt)</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>{when}
{n} attendance marks recorded</source>
        <translation>{when}
Odnotowane obecności: {n}</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Sessions</source>
        <translation>Zajęcia</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>Add a session a week after the last one</source>
        <translation>Dodaj zajęcia tydzień po ostatnich</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Powiel</translation>
    </message>
    <message>
        <source>Add a copy of the selected session one week later</source>
        <translation>Dodaj kopię wybranych zajęć tydzień później</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Remove the selected session</source>
        <translation>Usuń wybrane zajęcia</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>W &amp;górę</translation>
    </message>
    <message>
        <source>Swap the selected session with the one before it, dates and all</source>
        <translation>Zamień wybrane zajęcia z poprzednimi, łącznie z datami</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>W &amp;dół</translation>
    </message>
    <message>
        <source>Swap the selected session with the one after it, dates and all</source>
        <translation>Zamień wybrane zajęcia z następnymi, łącznie z datami</translation>
    </message>
    <message>
        <source>&amp;Earlier by a week</source>
        <translation>Tydzień &amp;wcześniej</translation>
    </message>
    <message>
        <source>Move the selected session one week earlier</source>
        <translation>Przesuń wybrane zajęcia o tydzień wcześniej</translation>
    </message>
    <message>
        <source>&amp;Later by a week</source>
        <translation>Tydzień &amp;później</translation>
    </message>
    <message>
        <source>Move the selected session one week later</source>
        <translation>Przesuń wybrane zajęcia o tydzień później</translation>
    </message>
    <message>
        <source>Remove the session “{title}” on {when}?</source>
        <translation>Usunąć zajęcia „{title}” ({when})?</translation>
    </message>
    <message>
        <source>Its {n} attendance marks will be removed with it.</source>
        <translation>Razem z nimi zostaną usunięte wpisy obecności ({n}).</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Usuń zajęcia</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
</context>
<context>
    <name>SignatureBanner</name>
    <message>
        <source>Sign-off</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <source>Show signed version…</source>
        <translation>Pokaż podpisaną wersję…</translation>
    </message>
    <message>
        <source>The record as it was when it was signed</source>
        <translation>Rekord w postaci z chwili podpisania</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Niepodpisane</translation>
    </message>
    <message>
        <source>✓ Signed by {who} on {date}</source>
        <translation>✓ Podpisane przez: {who}, {date}</translation>
    </message>
    <message>
        <source>⚠ Changed since signed on {date} by {who}: {fields}</source>
        <translation>⚠ Zmieniono od podpisania ({date}, {who}): {fields}</translation>
    </message>
</context>
<context>
    <name>SignedVersionDialog</name>
    <message>
        <source>Signed version</source>
        <translation>Podpisana wersja</translation>
    </message>
    <message>
        <source>Signed by {who} on {date}</source>
        <translation>Podpisał(a): {who}, {date}</translation>
    </message>
</context>
<context>
    <name>StatusSetDialog</name>
    <message>
        <source>Attendance statuses</source>
        <translation>Statusy obecności</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statusy</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>W &amp;górę</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>W &amp;dół</translation>
    </message>
    <message>
        <source>The key that sets this status in the grid</source>
        <translation>Klawisz, który ustawia ten status w tabeli</translation>
    </message>
    <message>
        <source>Counts as &amp;present</source>
        <translation>Liczy się jako &amp;obecność</translation>
    </message>
    <message>
        <source>Marks with this status count as attended in attendance rates</source>
        <translation>Wpisy z tym statusem liczą się jako obecność we wskaźnikach frekwencji</translation>
    </message>
    <message>
        <source>The name imports and exports use; it never changes</source>
        <translation>Nazwa używana przy imporcie i eksporcie; nigdy się nie zmienia</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Zapisz zmiany</translation>
    </message>
    <message>
        <source>&amp;Add as new status</source>
        <translation>&amp;Dodaj jako nowy status</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etykieta:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Klawisz:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Kod:</translation>
    </message>
    <message>
        <source>Space in the grid goes through the statuses in this order. A status used by marks cannot be removed.</source>
        <translation>Spacja przełącza statusy w tabeli w tej kolejności. Statusu używanego we wpisach nie można usunąć.</translation>
    </message>
    <message>
        <source>counts as present</source>
        <translation>liczy się jako obecność</translation>
    </message>
    <message>
        <source>{n:,} marks</source>
        <translation>Wpisy: {n:,}</translation>
    </message>
    <message>
        <source>Used by marks: change them first</source>
        <translation>Używany we wpisach: najpierw je zmień</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Edit student teacher</source>
        <translation>Edytuj przyszłego nauczyciela</translation>
    </message>
    <message>
        <source>Add student teacher</source>
        <translation>Dodaj przyszłego nauczyciela</translation>
    </message>
    <message>
        <source>institutional address, e.g. name@students.uni.eu</source>
        <translation>adres uczelniany, np. imie@students.uni.eu</translation>
    </message>
    <message>
        <source>(no cohort)</source>
        <translation>(bez rocznika)</translation>
    </message>
    <message>
        <source>default: the cohort&apos;s programme</source>
        <translation>domyślnie: kierunek rocznika</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>two-letter codes, e.g. pl, en, de</source>
        <translation>dwuliterowe kody, np. pl, en, de</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Zarejestrowano</translation>
    </message>
    <message>
        <source>Validated by the NSO on</source>
        <translation>Zatwierdzono przez Krajowe Biuro</translation>
    </message>
    <message>
        <source>Joined TwinSpace on</source>
        <translation>Dołączono do TwinSpace</translation>
    </message>
    <message>
        <source>Photos may be taken and kept</source>
        <translation>Zgoda na zdjęcia i ich przechowywanie</translation>
    </message>
    <message>
        <source>Work may be published</source>
        <translation>Zgoda na publikację prac</translation>
    </message>
    <message>
        <source>Details may be shared with partners</source>
        <translation>Zgoda na udostępnianie danych partnerom</translation>
    </message>
    <message>
        <source>Keep the record until</source>
        <translation>Przechowuj dane do</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Imię:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nazwisko:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Student &amp;number:</source>
        <translation>&amp;Numer albumu:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Rocznik:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Kierunek:</translation>
    </message>
    <message>
        <source>&amp;Year of study:</source>
        <translation>&amp;Rok studiów:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Języki:</translation>
    </message>
    <message>
        <source>Placement &amp;school:</source>
        <translation>&amp;Szkoła praktyk:</translation>
    </message>
    <message>
        <source>eTwinning</source>
        <translation>eTwinning</translation>
    </message>
    <message>
        <source>&amp;Registration:</source>
        <translation>&amp;Rejestracja:</translation>
    </message>
    <message>
        <source>Consents and retention</source>
        <translation>Zgody i przechowywanie</translation>
    </message>
</context>
<context>
    <name>StudentLookup</name>
    <message>
        <source>Name or email of a student teacher</source>
        <translation>Imię i nazwisko lub e-mail przyszłego nauczyciela</translation>
    </message>
    <message>
        <source>Look up a student teacher</source>
        <translation>Znajdź przyszłego nauczyciela</translation>
    </message>
    <message>
        <source>Double-click a module to open its attendance</source>
        <translation>Kliknij dwukrotnie moduł, aby otworzyć jego obecność</translation>
    </message>
    <message>
        <source>No current student teacher matches “{text}”.</source>
        <translation>Nikt z obecnych przyszłych nauczycieli nie pasuje do „{text}”.</translation>
    </message>
    <message>
        <source>This student teacher is no longer in the database.</source>
        <translation>Tego przyszłego nauczyciela nie ma już w bazie danych.</translation>
    </message>
    <message>
        <source>eTwinning: {status}</source>
        <translation>eTwinning: {status}</translation>
    </message>
    <message>
        <source>Attended {rate} of the sessions recorded</source>
        <translation>Obecność na {rate} odnotowanych zajęć</translation>
    </message>
    <message>
        <source>No attendance recorded yet</source>
        <translation>Nie odnotowano jeszcze obecności</translation>
    </message>
</context>
<context>
    <name>StudentRecord</name>
    <message>
        <source>(no module)</source>
        <translation>(bez modułu)</translation>
    </message>
</context>
<context>
    <name>StudentRecordWindow</name>
    <message>
        <source>Student teacher record</source>
        <translation>Karta przyszłego nauczyciela</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Przegląd</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Dowody</translation>
    </message>
    <message>
        <source>&amp;Reflections</source>
        <translation>&amp;Refleksje</translation>
    </message>
    <message>
        <source>eTwinning &amp;projects</source>
        <translation>Pro&amp;jekty eTwinning</translation>
    </message>
    <message>
        <source>DigCompEdu &amp;competences</source>
        <translation>&amp;Kompetencje DigCompEdu</translation>
    </message>
    <message>
        <source>Impact &amp;survey</source>
        <translation>&amp;Ankieta wpływu</translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation>Nie można otworzyć karty</translation>
    </message>
    <message>
        <source>{name}: student teacher record</source>
        <translation>{name}: karta przyszłego nauczyciela</translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <source>Archived on {day}: shown while Show archived is ticked</source>
        <translation>Zarchiwizowano {day}: widoczne, gdy zaznaczono „Pokaż zarchiwizowanych”</translation>
    </message>
    <message>
        <source>No attendance recorded yet</source>
        <translation>Nie odnotowano jeszcze obecności</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>1 student teacher</source>
        <translation>Przyszli nauczyciele: 1</translation>
    </message>
    <message>
        <source>{n:,} student teachers</source>
        <translation>Przyszli nauczyciele: {n:,}</translation>
    </message>
    <message>
        <source>Search by name, email, cohort, programme or eTwinning status</source>
        <translation>Szukaj według nazwiska, e-maila, rocznika, kierunku lub statusu eTwinning</translation>
    </message>
    <message>
        <source>&amp;Open record…</source>
        <translation>&amp;Otwórz kartę…</translation>
    </message>
    <message>
        <source>Evidence, reflections and eTwinning projects of the student teacher (Enter)</source>
        <translation>Dowody, refleksje i projekty eTwinning przyszłego nauczyciela (Enter)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Zarc&amp;hiwizuj</translation>
    </message>
    <message>
        <source>Enrol in &amp;module…</source>
        <translation>Zapisz na &amp;moduł…</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Importuj listę studentów…</translation>
    </message>
    <message>
        <source>Export &amp;NSO list…</source>
        <translation>Eksportuj listę dla &amp;Krajowego Biura…</translation>
    </message>
    <message>
        <source>Or drop a CSV or XLSX file on this page</source>
        <translation>Albo upuść plik CSV lub XLSX na tę stronę</translation>
    </message>
    <message>
        <source>Who waits for the NSO to validate their eTwinning registration</source>
        <translation>Kto czeka na zatwierdzenie rejestracji w eTwinning przez Krajowe Biuro</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>Pokaż za&amp;rchiwizowanych</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>P&amp;rzywróć</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Zapisano: {name}</translation>
    </message>
    <message>
        <source>{name} is back on the roster</source>
        <translation>{name} znów jest na liście</translation>
    </message>
    <message>
        <source>Archive student teacher</source>
        <translation>Zarchiwizuj przyszłego nauczyciela</translation>
    </message>
    <message>
        <source>Archive {name}? They leave the roster and the daily work; nothing of theirs is deleted, and Show archived brings them back to view.</source>
        <translation>Zarchiwizować: {name}? Osoba znika z listy i codziennej pracy; nic nie zostaje usunięte, a „Pokaż zarchiwizowanych” znów ją pokaże.</translation>
    </message>
    <message>
        <source>Archived {name}</source>
        <translation>Zarchiwizowano: {name}</translation>
    </message>
    <message>
        <source>eTwinning: {n} marked “{status}”</source>
        <translation>eTwinning: oznaczono jako „{status}”: {n}</translation>
    </message>
    <message>
        <source>Enrolled {n}; {already} were enrolled already</source>
        <translation>Zapisano: {n}; już zapisanych: {already}</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (nowy)</translation>
    </message>
    <message>
        <source>Imported {total} into cohort {cohort}{new}: {created} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Zaimportowano {total} do rocznika {cohort}{new}: dodano {created}, zaktualizowano {updated}, bez zmian {unchanged}</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Wszystkie roczniki</translation>
    </message>
    <message>
        <source>Export NSO list</source>
        <translation>Eksportuj listę dla Krajowego Biura</translation>
    </message>
    <message>
        <source>Student teachers waiting for validation, of:</source>
        <translation>Przyszli nauczyciele oczekujący na zatwierdzenie, z:</translation>
    </message>
    <message>
        <source>Export NSO validation list</source>
        <translation>Eksportuj listę do zatwierdzenia dla Krajowego Biura</translation>
    </message>
    <message>
        <source>eTwinning validation list.xlsx</source>
        <translation>lista do zatwierdzenia eTwinning.xlsx</translation>
    </message>
    <message>
        <source>Saved the NSO list ({people}) to {path}</source>
        <translation>Zapisano listę dla Krajowego Biura ({people}) w {path}</translation>
    </message>
    <message>
        <source>Open record…</source>
        <translation>Otwórz kartę…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Enrol in module…</source>
        <translation>Zapisz na moduł…</translation>
    </message>
    <message>
        <source>eTwinning: registered, waiting for validation</source>
        <translation>eTwinning: zarejestrowany, czeka na zatwierdzenie</translation>
    </message>
    <message>
        <source>eTwinning: validated by the NSO</source>
        <translation>eTwinning: zatwierdzony przez Krajowe Biuro</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historia…</translation>
    </message>
</context>
<context>
    <name>SurveyPanel</name>
    <message>
        <source>Before the module</source>
        <translation>Przed modułem</translation>
    </message>
    <message>
        <source>After the module</source>
        <translation>Po module</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>&amp;Save survey</source>
        <translation>&amp;Zapisz ankietę</translation>
    </message>
    <message>
        <source>Impact survey</source>
        <translation>Ankieta wpływu</translation>
    </message>
    <message>
        <source>before</source>
        <translation>przed modułem</translation>
    </message>
    <message>
        <source>after</source>
        <translation>po module</translation>
    </message>
    <message>
        <source>{name} answered the survey {when}.</source>
        <translation>{name}: odpowiedź na ankietę {when}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <source>{name} has not answered the survey yet.</source>
        <translation>{name}: jeszcze brak odpowiedzi na ankietę.</translation>
    </message>
</context>
<context>
    <name>SurveyResultsView</name>
    <message>
        <source>Cohort</source>
        <translation>Rocznik</translation>
    </message>
    <message>
        <source>Impact survey: share agreeing</source>
        <translation>Ankieta wpływu: odsetek zgadzających się</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{before}&apos;&gt;■&lt;/span&gt; before the module &amp;nbsp; &lt;span style=&apos;color:{after}&apos;&gt;■&lt;/span&gt; after it &amp;nbsp; &lt;span style=&apos;color:{study}&apos;&gt;■&lt;/span&gt; teachers in the 2013 eTwinning impact study</source>
        <translation>&lt;span style=&apos;color:{before}&apos;&gt;■&lt;/span&gt; przed modułem &amp;nbsp; &lt;span style=&apos;color:{after}&apos;&gt;■&lt;/span&gt; po nim &amp;nbsp; &lt;span style=&apos;color:{study}&apos;&gt;■&lt;/span&gt; nauczyciele w badaniu wpływu eTwinning z 2013 r.</translation>
    </message>
    <message>
        <source>Impact survey results</source>
        <translation>Wyniki ankiety wpływu</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Korzyść</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>2013 study</source>
        <translation>Badanie 2013</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentarze</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Rocznik:</translation>
    </message>
    <message>
        <source>No cohorts yet.</source>
        <translation>Brak roczników.</translation>
    </message>
    <message>
        <source>{rate} ({n} of {of})</source>
        <translation>{rate} ({n} z {of})</translation>
    </message>
    <message>
        <source>{students} student teachers: {pre} answered before the module, {post} after it. Agreeing means 4 or 5 on the scale of 1 to 5.</source>
        <translation>Przyszli nauczyciele: {students}; przed modułem odpowiedziało {pre}, po nim {post}. Zgoda oznacza 4 lub 5 na skali od 1 do 5.</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>Brak komentarzy.</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>{shown:,} of {all} match the search</source>
        <translation>Pasujące do wyszukiwania: {shown:,} z {all}</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Edit target</source>
        <translation>Edytuj cel</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Dodaj cel</translation>
    </message>
    <message>
        <source>Specific, measurable, achievable, relevant, timed</source>
        <translation>Konkretny, mierzalny, osiągalny, istotny, określony w czasie</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>DigCompEdu competence</source>
        <translation>Kompetencja DigCompEdu</translation>
    </message>
    <message>
        <source>The DigCompEdu competence this target develops</source>
        <translation>Kompetencja DigCompEdu rozwijana przez ten cel</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Termin:</translation>
    </message>
    <message>
        <source>&amp;Competence:</source>
        <translation>&amp;Kompetencja:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Undo &amp;history…</source>
        <translation>&amp;Historia cofania…</translation>
    </message>
    <message>
        <source>Every change of this session; undo back to one</source>
        <translation>Wszystkie zmiany od otwarcia; cofnij do wybranej</translation>
    </message>
    <message>
        <source>&amp;Activity log…</source>
        <translation>Dziennik &amp;aktywności…</translation>
    </message>
    <message>
        <source>Who changed what and when, in this database</source>
        <translation>Kto, co i kiedy zmienił w tej bazie danych</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Cofnij: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Ponów: {action}</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Cofnięto: {action}</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Nie można cofnąć</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Ponowiono: {action}</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Nie można ponowić</translation>
    </message>
    <message>
        <source>{n} actions</source>
        <translation>Czynności: {n}</translation>
    </message>
</context>
<context>
    <name>UndoHistoryDialog</name>
    <message>
        <source>Undo history</source>
        <translation>Historia cofania</translation>
    </message>
    <message>
        <source>Click an earlier line to undo back to it, a greyed line to redo up to it.</source>
        <translation>Kliknij wcześniejszy wiersz, aby cofnąć do niego, lub wyszarzony, aby ponowić do niego.</translation>
    </message>
    <message>
        <source>Actions of this session</source>
        <translation>Czynności od otwarcia</translation>
    </message>
    <message>
        <source>As the database was opened</source>
        <translation>Stan po otwarciu bazy danych</translation>
    </message>
    <message>
        <source>Undone: click to redo</source>
        <translation>Cofnięto: kliknij, aby ponowić</translation>
    </message>
</context>
<context>
    <name>_LineDialog</name>
    <message>
        <source>No due date</source>
        <translation>Bez terminu</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termin</translation>
    </message>
</context>
</TS>
