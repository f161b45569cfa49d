<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>This is a shared PostgreSQL database ({where}). Its backups are the server&apos;s job: ask whoever runs it, or use pg_dump (see docs/shared-database.md). A portable copy of all records can be written with `itepad export-json FILE` and loaded into an empty database with `itepad import-json FILE`.</source>
        <translation>Dies ist eine gemeinsame PostgreSQL-Datenbank ({where}). Ihre Sicherung ist Sache des Servers: Fragen Sie die Person, die ihn betreibt, oder verwenden Sie pg_dump (siehe docs/shared-database.md). Eine portable Kopie aller Daten lässt sich mit `itepad export-json FILE` schreiben und mit `itepad import-json FILE` in eine leere Datenbank laden.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>itepad backups (*.sqlite)</source>
        <translation>itepad-Sicherungen (*.sqlite)</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Datenbank wird gesichert…</translation>
    </message>
    <message>
        <source>Backed up the database to {path}</source>
        <translation>Datenbank gesichert nach {path}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the database {database} with the backup {source}?

Everything changed since that backup was taken will no longer show. The current database is kept first, as a backup of its own in {folder}, so you can go back to it by restoring that file.</source>
        <translation>Die Datenbank {database} durch die Sicherung {source} ersetzen?

Alles, was seit dieser Sicherung geändert wurde, wird nicht mehr angezeigt. Die aktuelle Datenbank wird vorher als eigene Sicherung in {folder} aufbewahrt; Sie können also zu ihr zurückkehren, indem Sie diese Datei wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>itepad backups (*.sqlite);;All files (*)</source>
        <translation>itepad-Sicherungen (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restored {source}.</source>
        <translation>{source} wiederhergestellt.</translation>
    </message>
    <message>
        <source>The database it replaced was kept as {path}.</source>
        <translation>Die ersetzte Datenbank wurde als {path} aufbewahrt.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Sicherung wird geprüft…</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Alles über {name} exportieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Writing everything about {name}…</source>
        <translation>Alles über {name} wird geschrieben…</translation>
    </message>
    <message>
        <source>Saved {n} files about {name} to {path}</source>
        <translation>{n} Dateien über {name} in {path} gespeichert</translation>
    </message>
    <message>
        <source>Erase the personal data of {name} ({email})?

Deleted: their name, email, student number, languages and placement school, their evidence, reflections and lesson observations, notes, remarks and comments about them, and mentoring meetings held with them alone.

Kept, tied to an anonymous record so that cohort statistics stay right: enrolments, attendance marks, eTwinning registration status and competence levels.

This cannot be undone in itepad.</source>
        <translation>Die personenbezogenen Daten von {name} ({email}) löschen?

Gelöscht werden: Name, E-Mail-Adresse, Matrikelnummer, Sprachen und Praktikumsschule, Nachweise, Reflexionen und Unterrichtsbeobachtungen, Notizen, Bemerkungen und Kommentare über die Person sowie Mentoring-Gespräche, die nur mit ihr geführt wurden.

Behalten, verknüpft mit einem anonymen Datensatz, damit die Statistiken der Kohorte stimmen: Einschreibungen, Anwesenheitseinträge, eTwinning-Registrierungsstatus und Kompetenzstufen.

Dies lässt sich in itepad nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <source>Erase {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <source>Erased {name}: now anonymous student teacher {id}.</source>
        <translation>{name} gelöscht: jetzt anonyme/r Lehramtsstudierende/r {id}.</translation>
    </message>
    <message>
        <source>A backup taken just before is {path}; delete it once you no longer need it.</source>
        <translation>Eine unmittelbar zuvor erstellte Sicherung liegt unter {path}; löschen Sie sie, sobald Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>Erasing {name}…</source>
        <translation>{name} wird gelöscht…</translation>
    </message>
    <message>
        <source>Export everything about {name} (GDPR)…</source>
        <translation>Alles über {name} exportieren (DSGVO)…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Personenbezogene Daten löschen…</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Matrikelnummer</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Studiengang</translation>
    </message>
    <message>
        <source>Year of study</source>
        <translation>Studienjahr</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Placement school</source>
        <translation>Praktikumsschule</translation>
    </message>
    <message>
        <source>eTwinning registration</source>
        <translation>eTwinning-Registrierung</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registriert am</translation>
    </message>
    <message>
        <source>Validated by the NSO on</source>
        <translation>Von der NKS validiert am</translation>
    </message>
    <message>
        <source>Joined TwinSpace on</source>
        <translation>TwinSpace beigetreten am</translation>
    </message>
    <message>
        <source>Photos may be taken and kept</source>
        <translation>Fotos dürfen gemacht und aufbewahrt werden</translation>
    </message>
    <message>
        <source>Work may be published</source>
        <translation>Arbeiten dürfen veröffentlicht werden</translation>
    </message>
    <message>
        <source>Details may be shared with partners</source>
        <translation>Angaben dürfen an Partner weitergegeben werden</translation>
    </message>
    <message>
        <source>Keep the record until</source>
        <translation>Datensatz aufbewahren bis</translation>
    </message>
    <message>
        <source>Showing the record as saved by someone else</source>
        <translation>Datensatz in der von jemand anderem gespeicherten Fassung</translation>
    </message>
    <message>
        <source>student teacher</source>
        <translation>Lehramtsstudierende/r</translation>
    </message>
    <message>
        <source>Their personal data has been erased (GDPR); it cannot be saved again.</source>
        <translation>Die personenbezogenen Daten wurden gelöscht (DSGVO); der Datensatz kann nicht mehr gespeichert werden.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Student teachers</source>
        <translation>Lehramtsstudierende</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentoring</translation>
    </message>
    <message>
        <source>Portfolios &amp; reports</source>
        <translation>Portfolios &amp; Berichte</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Overdue actions are red</source>
        <translation>Überfällige Aufgaben sind rot</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor/in</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>⚠ Changed since signed on {date} by {who}: {fields}</source>
        <translation>⚠ Geändert seit der Unterzeichnung am {date} durch {who}: {fields}</translation>
    </message>
    <message>
        <source>✓ Signed by {who} on {date}</source>
        <translation>✓ Unterzeichnet von {who} am {date}</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Dauer (Minuten)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nächstes Gespräch</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <source>Pre-meeting reflection</source>
        <translation>Reflexion vor dem Gespräch</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Student teacher</source>
        <translation>Lehramtsstudierende/r</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Subject and topic</source>
        <translation>Fach und Thema</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Beobachter/in</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>Signed off by the observer</source>
        <translation>Vom/von der Beobachter/in abgezeichnet</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>Mentor/in</translation>
    </message>
    <message>
        <source>mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>Beobachter/in</translation>
    </message>
    <message>
        <source>focus</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <source>pre-meeting reflection</source>
        <translation>Reflexion vor dem Gespräch</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>pupils&apos; age</source>
        <translation>Alter der Schüler/innen</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Fach</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>strengths</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <source>areas to develop</source>
        <translation>Entwicklungsbereiche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Sessions attended of the sessions held and recorded so far</source>
        <translation>Besuchte Sitzungen von den bisher gehaltenen und erfassten Sitzungen</translation>
    </message>
    <message>
        <source>Best possible</source>
        <translation>Bestenfalls</translation>
    </message>
    <message>
        <source>The rate at the end of the module if every remaining session is attended</source>
        <translation>Die Quote am Ende des Moduls, wenn jede verbleibende Sitzung besucht wird</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <source>Signed off by the mentor</source>
        <translation>Vom/von der Mentor/in abgezeichnet</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Eingeschrieben</translation>
    </message>
    <message>
        <source>Student teachers enrolled or completed (not withdrawn)</source>
        <translation>Eingeschriebene oder abgeschlossene Lehramtsstudierende (nicht abgemeldet)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Ort oder Link</translation>
    </message>
    <message>
        <source>The room, or the online link of a video call</source>
        <translation>Der Raum oder der Online-Link eines Videoanrufs</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Absent in a row</source>
        <translation>Fehlzeiten in Folge</translation>
    </message>
    <message>
        <source>Absences in a row up to the latest marked session (excused ones skipped)</source>
        <translation>Fehlzeiten in Folge bis zur zuletzt erfassten Sitzung (entschuldigte übersprungen)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sorted by family name</source>
        <translation>Nach Nachnamen sortiert</translation>
    </message>
    <message>
        <source>eTwinning</source>
        <translation>eTwinning</translation>
    </message>
    <message>
        <source>Registration on the eTwinning platform</source>
        <translation>Registrierung auf der eTwinning-Plattform</translation>
    </message>
    <message>
        <source>Share of recorded sessions attended (present or late)</source>
        <translation>Anteil der besuchten erfassten Sitzungen (anwesend oder verspätet)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>ECTS</source>
        <translation>ECTS</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Quality Label criteria</source>
        <translation>Kriterien des Qualitätssiegels</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Leistungsbewertung</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>0 — not met</source>
        <translation>0 — nicht erfüllt</translation>
    </message>
    <message>
        <source>1 — partly met</source>
        <translation>1 — teilweise erfüllt</translation>
    </message>
    <message>
        <source>2 — largely met</source>
        <translation>2 — weitgehend erfüllt</translation>
    </message>
    <message>
        <source>3 — fully met</source>
        <translation>3 — vollständig erfüllt</translation>
    </message>
    <message>
        <source>Type a status&apos;s key to mark and move down · Space cycles · Delete clears · Ctrl+Space or a click on the date selects the whole session · F2 edits the remark</source>
        <translation>Taste eines Status tippen, um zu markieren und weiterzugehen · Leertaste wechselt durch · Entf leert · Strg+Leertaste oder ein Klick auf das Datum wählt die ganze Sitzung · F2 bearbeitet die Bemerkung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Modules and participation</source>
        <translation>Module und Teilnahme</translation>
    </message>
    <message>
        <source>eTwinning projects</source>
        <translation>eTwinning-Projekte</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexionen</translation>
    </message>
    <message>
        <source>Mentoring log</source>
        <translation>Mentoring-Protokoll</translation>
    </message>
    <message>
        <source>Lesson observations</source>
        <translation>Unterrichtsbeobachtungen</translation>
    </message>
    <message>
        <source>Final comment</source>
        <translation>Abschließender Kommentar</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Zuletzt verschickt</translation>
    </message>
    <message>
        <source>Last returned</source>
        <translation>Zuletzt zurückerhalten</translation>
    </message>
    <message>
        <source>Read and confirmed</source>
        <translation>Gelesen und bestätigt</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Offene Anliegen</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zurückerhalten</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Bewertungsstatus</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>The DigCompEdu competences the evidence supports</source>
        <translation>Die DigCompEdu-Kompetenzen, die der Nachweis belegt</translation>
    </message>
    <message>
        <source>File or address</source>
        <translation>Datei oder Adresse</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Beginning</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <source>Hands-on demonstration</source>
        <translation>Praktische Vorführung</translation>
    </message>
    <message>
        <source>Mentoring session</source>
        <translation>Mentoring-Sitzung</translation>
    </message>
    <message>
        <source>TwinSpace project work</source>
        <translation>Projektarbeit im TwinSpace</translation>
    </message>
    <message>
        <source>Partner video call</source>
        <translation>Videoanruf mit Partnern</translation>
    </message>
    <message>
        <source>ITE event</source>
        <translation>ITE-Veranstaltung</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <source>Pending validation</source>
        <translation>Validierung ausstehend</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <source>Placement-linked</source>
        <translation>Praktikumsbezogen</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Not involved</source>
        <translation>Nicht beteiligt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Vereinbarung unterzeichnet</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>European</source>
        <translation>Europäisch</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Verliehen</translation>
    </message>
    <message>
        <source>Not awarded</source>
        <translation>Nicht verliehen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>TwinSpace page</source>
        <translation>TwinSpace-Seite</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Ready for assessment</source>
        <translation>Bereit zur Bewertung</translation>
    </message>
    <message>
        <source>Does not meet</source>
        <translation>Erfüllt nicht</translation>
    </message>
    <message>
        <source>Partially meets</source>
        <translation>Erfüllt teilweise</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Free reflection</source>
        <translation>Freie Reflexion</translation>
    </message>
    <message>
        <source>Gibbs&apos; reflective cycle</source>
        <translation>Reflexionszyklus nach Gibbs</translation>
    </message>
    <message>
        <source>Cohort participation</source>
        <translation>Teilnahme der Kohorte</translation>
    </message>
    <message>
        <source>per student teacher attendance, eTwinning, projects, evidence and mentoring</source>
        <translation>pro Lehramtsstudierende/m: Anwesenheit, eTwinning, Projekte, Nachweise und Mentoring</translation>
    </message>
    <message>
        <source>Module report</source>
        <translation>Modulbericht</translation>
    </message>
    <message>
        <source>sessions held and attendance, enrolments, outcomes, projects, what students produced</source>
        <translation>gehaltene Sitzungen und Anwesenheit, Einschreibungen, Lernergebnisse, Projekte, Ergebnisse der Studierenden</translation>
    </message>
    <message>
        <source>Impact survey</source>
        <translation>Wirkungsumfrage</translation>
    </message>
    <message>
        <source>a cohort&apos;s survey answers next to the 2013 eTwinning impact study</source>
        <translation>die Antworten einer Kohorte neben der eTwinning-Wirkungsstudie von 2013</translation>
    </message>
    <message>
        <source>Quality Label application</source>
        <translation>Antrag auf das Qualitätssiegel</translation>
    </message>
    <message>
        <source>a Quality Label application draft for an eTwinning project</source>
        <translation>ein Entwurf für den Antrag auf das Qualitätssiegel eines eTwinning-Projekts</translation>
    </message>
    <message>
        <source>European Award dossier</source>
        <translation>Dossier für den Europäischen Preis</translation>
    </message>
    <message>
        <source>a draft dossier for the European Award for Initial Teacher Education</source>
        <translation>ein Dossier-Entwurf für den Europäischen Preis für die Lehrerbildung (Initial Teacher Education)</translation>
    </message>
    <message>
        <source>Registered on eTwinning</source>
        <translation>Bei eTwinning registriert</translation>
    </message>
    <message>
        <source>Validated by the NSO</source>
        <translation>Von der NKS validiert</translation>
    </message>
    <message>
        <source>Joined a TwinSpace</source>
        <translation>Einem TwinSpace beigetreten</translation>
    </message>
    <message>
        <source>In a project team</source>
        <translation>In einem Projektteam</translation>
    </message>
    <message>
        <source>Strongly disagree</source>
        <translation>Stimme überhaupt nicht zu</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Stimme nicht zu</translation>
    </message>
    <message>
        <source>Neither agree nor disagree</source>
        <translation>Weder noch</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Stimme zu</translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation>Stimme voll und ganz zu</translation>
    </message>
    <message>
        <source>Networking across Europe</source>
        <translation>Vernetzung in ganz Europa</translation>
    </message>
    <message>
        <source>I expect eTwinning to help me build a network of teachers across Europe.</source>
        <translation>Ich erwarte, dass eTwinning mir hilft, ein Netzwerk von Lehrkräften in ganz Europa aufzubauen.</translation>
    </message>
    <message>
        <source>eTwinning helped me build a network of teachers across Europe.</source>
        <translation>eTwinning hat mir geholfen, ein Netzwerk von Lehrkräften in ganz Europa aufzubauen.</translation>
    </message>
    <message>
        <source>New or improved ICT skills</source>
        <translation>Neue oder bessere IKT-Kompetenzen</translation>
    </message>
    <message>
        <source>I expect eTwinning to give me new or better ICT skills.</source>
        <translation>Ich erwarte, dass ich durch eTwinning neue oder bessere IKT-Kompetenzen erwerbe.</translation>
    </message>
    <message>
        <source>eTwinning gave me new or better ICT skills.</source>
        <translation>Durch eTwinning habe ich neue oder bessere IKT-Kompetenzen erworben.</translation>
    </message>
    <message>
        <source>Impact on pupils</source>
        <translation>Wirkung auf die Schülerinnen und Schüler</translation>
    </message>
    <message>
        <source>I expect eTwinning projects to improve my pupils&apos; skills or motivation.</source>
        <translation>Ich erwarte, dass eTwinning-Projekte die Fähigkeiten oder die Motivation meiner Schülerinnen und Schüler verbessern.</translation>
    </message>
    <message>
        <source>eTwinning project work improved my pupils&apos; skills or motivation.</source>
        <translation>Die Projektarbeit in eTwinning hat die Fähigkeiten oder die Motivation meiner Schülerinnen und Schüler verbessert.</translation>
    </message>
    <message>
        <source>International teaching community</source>
        <translation>Internationale Lehrergemeinschaft</translation>
    </message>
    <message>
        <source>I expect eTwinning to make me feel part of an international teaching community.</source>
        <translation>Ich erwarte, dass ich mich durch eTwinning als Teil einer internationalen Lehrergemeinschaft fühle.</translation>
    </message>
    <message>
        <source>eTwinning made me feel part of an international teaching community.</source>
        <translation>Durch eTwinning fühle ich mich als Teil einer internationalen Lehrergemeinschaft.</translation>
    </message>
    <message>
        <source>Foreign language skills</source>
        <translation>Fremdsprachenkenntnisse</translation>
    </message>
    <message>
        <source>I expect eTwinning to improve my foreign language skills.</source>
        <translation>Ich erwarte, dass eTwinning meine Fremdsprachenkenntnisse verbessert.</translation>
    </message>
    <message>
        <source>eTwinning improved my foreign language skills.</source>
        <translation>eTwinning hat meine Fremdsprachenkenntnisse verbessert.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Wer es erledigt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
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
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Your edit is kept in the editor. Retry now, or keep working and save again later.</source>
        <translation>Ihre Änderung bleibt im Editor. Jetzt erneut versuchen, oder weiterarbeiten und später erneut speichern.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Overdue since {date}</source>
        <translation>Überfällig seit {date}</translation>
    </message>
</context>
<context>
    <name>ActivityLogDialog</name>
    <message>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>Search actions, records and values</source>
        <translation>Aktionen, Datensätze und Werte durchsuchen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Alle Datensätze</translation>
    </message>
    <message>
        <source>Changes on or after this day</source>
        <translation>Änderungen an oder nach diesem Tag</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>beliebiger Tag</translation>
    </message>
    <message>
        <source>Changes on or before this day</source>
        <translation>Änderungen an oder vor diesem Tag</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;Who, what:</source>
        <translation>&amp;Wer, was:</translation>
    </message>
    <message>
        <source>&amp;From, to:</source>
        <translation>&amp;Von, bis:</translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <source>Change assessment</source>
        <translation>Bewertung ändern</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Einschätzen</translation>
    </message>
    <message>
        <source>Self-assessment (the student teacher)</source>
        <translation>Selbsteinschätzung (der/die Lehramtsstudierende)</translation>
    </message>
    <message>
        <source>Educator assessment</source>
        <translation>Einschätzung durch Lehrende</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(nicht genannt)</translation>
    </message>
    <message>
        <source>What the level rests on (optional)</source>
        <translation>Worauf die Stufe beruht (optional)</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Teacher educator:</source>
        <translation>&amp;Lehrende/r:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>AtRiskModel</name>
    <message>
        <source>{rate} ({attended} of {recorded})</source>
        <translation>{rate} ({attended} von {recorded})</translation>
    </message>
    <message>
        <source>{n} absences in a row</source>
        <translation>{n}-mal in Folge abwesend</translation>
    </message>
    <message>
        <source>at best {rate} (target {target})</source>
        <translation>höchstens {rate} (Ziel {target})</translation>
    </message>
    <message>
        <source>{email}
Double-click to open their attendance</source>
        <translation>{email}
Doppelklick öffnet die Anwesenheit</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <source>Remark: {remark}</source>
        <translation>Bemerkung: {remark}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Recorded by {who} on {day} at {time}</source>
        <translation>Erfasst von {who} am {day} um {time}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Click to select the whole session, then press a key to mark all.</source>
        <translation>Klicken, um die ganze Sitzung zu wählen, dann eine Taste drücken, um alle zu markieren.</translation>
    </message>
</context>
<context>
    <name>AttendanceGridView</name>
    <message>
        <source>Attendance register</source>
        <translation>Anwesenheitsliste</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>The module whose attendance is shown</source>
        <translation>Das Modul, dessen Anwesenheit angezeigt wird</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <source>Sign-in &amp;sheet…</source>
        <translation>&amp;Unterschriftenliste…</translation>
    </message>
    <message>
        <source>Save a printable sign-in sheet (PDF) for the current session</source>
        <translation>Eine druckbare Unterschriftenliste (PDF) für die aktuelle Sitzung speichern</translation>
    </message>
    <message>
        <source>&amp;Import marks…</source>
        <translation>Einträge &amp;importieren…</translation>
    </message>
    <message>
        <source>Read marks from a CSV or XLSX file with the columns email, session and status</source>
        <translation>Einträge aus einer CSV- oder XLSX-Datei mit den Spalten email, session und status lesen</translation>
    </message>
    <message>
        <source>S&amp;tatuses…</source>
        <translation>S&amp;tatus…</translation>
    </message>
    <message>
        <source>Add, change, order or remove attendance statuses</source>
        <translation>Anwesenheitsstatus hinzufügen, ändern, ordnen oder entfernen</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>&amp;Bemerkung:</translation>
    </message>
    <message>
        <source>Select a marked cell to add a remark</source>
        <translation>Eine markierte Zelle wählen, um eine Bemerkung hinzuzufügen</translation>
    </message>
    <message>
        <source>No modules yet.</source>
        <translation>Noch keine Module.</translation>
    </message>
    <message>
        <source>No modules yet</source>
        <translation>Noch keine Module</translation>
    </message>
    <message>
        <source>This module has no sessions yet.</source>
        <translation>Dieses Modul hat noch keine Sitzungen.</translation>
    </message>
    <message>
        <source>No student teachers are enrolled in this module.</source>
        <translation>In diesem Modul sind keine Lehramtsstudierenden eingeschrieben.</translation>
    </message>
    <message>
        <source>{module}: {students:,} student teachers, {sessions:,} sessions</source>
        <translation>{module}: {students:,} Lehramtsstudierende, {sessions:,} Sitzungen</translation>
    </message>
    <message>
        <source>Attendance not saved: the grid shows what is saved.</source>
        <translation>Anwesenheit nicht gespeichert: Die Tabelle zeigt den gespeicherten Stand.</translation>
    </message>
    <message>
        <source>Remark on {name}, {session} ({day}); Enter saves</source>
        <translation>Bemerkung zu {name}, {session} ({day}); Eingabe speichert</translation>
    </message>
    <message>
        <source>Save the sign-in sheet of {session}</source>
        <translation>Unterschriftenliste von {session} speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the sign-in sheet to {path}</source>
        <translation>Unterschriftenliste gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Import attendance marks into {module}</source>
        <translation>Anwesenheitseinträge in {module} importieren</translation>
    </message>
    <message>
        <source>CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>CSV- oder Excel-Dateien (*.csv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported marks: {added} added, {changed} changed, {same} already so</source>
        <translation>Importierte Einträge: {added} neu, {changed} geändert, {same} bereits so</translation>
    </message>
    <message>
        <source>Correct the file and import it again; the details list every problem.</source>
        <translation>Korrigieren Sie die Datei und importieren Sie sie erneut; die Details nennen jedes Problem.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Portfolios of {cohort}</source>
        <translation>Portfolios von {cohort}</translation>
    </message>
    <message>
        <source>Starting the workers…</source>
        <translation>Hilfsprozesse werden gestartet…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Cancelling: finishing the portfolios being written…</source>
        <translation>Abbruch: Die Portfolios in Arbeit werden fertiggestellt…</translation>
    </message>
    <message>
        <source>{done} of {total} written; the latest: {name}</source>
        <translation>{done} von {total} geschrieben; zuletzt: {name}</translation>
    </message>
    <message>
        <source>The cohort has no student teachers: nothing was written.</source>
        <translation>Die Kohorte hat keine Lehramtsstudierenden: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cancelled: {written} of {total} portfolios were written to {folder}.</source>
        <translation>Abgebrochen: {written} von {total} Portfolios wurden nach {folder} geschrieben.</translation>
    </message>
    <message>
        <source>{written} of {total} portfolios were written to {folder}.</source>
        <translation>{written} von {total} Portfolios wurden nach {folder} geschrieben.</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <source>No sessions</source>
        <translation>Keine Sitzungen</translation>
    </message>
</context>
<context>
    <name>CalendarTable</name>
    <message>
        <source>Edit {code}: {session} ({time})…</source>
        <translation>{code} bearbeiten: {session} ({time})…</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation>&amp;Weiter ▶</translation>
    </message>
    <message>
        <source>Dates shown</source>
        <translation>Angezeigte Tage</translation>
    </message>
    <message>
        <source>Calendar of sessions</source>
        <translation>Kalender der Sitzungen</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Go to the days around today (Alt+T)</source>
        <translation>Zu den Tagen um heute springen (Alt+T)</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} Sitzungen</translation>
    </message>
</context>
<context>
    <name>ClashBanner</name>
    <message>
        <source>Clashes</source>
        <translation>Überschneidungen</translation>
    </message>
    <message>
        <source>1 clash:</source>
        <translation>1 Überschneidung:</translation>
    </message>
    <message>
        <source>{n} clashes:</source>
        <translation>{n} Überschneidungen:</translation>
    </message>
    <message>
        <source>Click a session of this module to go to it</source>
        <translation>Auf eine Sitzung dieses Moduls klicken, um zu ihr zu gehen</translation>
    </message>
</context>
<context>
    <name>CohortsTab</name>
    <message>
        <source>Cohorts enrolled in the module</source>
        <translation>In das Modul eingeschriebene Kohorten</translation>
    </message>
    <message>
        <source>There are no cohorts yet: import a roster to create one.</source>
        <translation>Es gibt noch keine Kohorten: Importieren Sie eine Teilnehmerliste, um eine anzulegen.</translation>
    </message>
    <message>
        <source>The cohorts that take this module (Space ticks the selected one). Two modules sharing a cohort must not have sessions at the same time.</source>
        <translation>Die Kohorten, die dieses Modul belegen (Leertaste hakt die gewählte an). Zwei Module mit gemeinsamer Kohorte dürfen keine gleichzeitigen Sitzungen haben.</translation>
    </message>
</context>
<context>
    <name>CompetenceMatrixModel</name>
    <message>
        <source>Competence</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>Lehrende/r</translation>
    </message>
    <message>
        <source>Area {number}: {name}</source>
        <translation>Bereich {number}: {name}</translation>
    </message>
    <message>
        <source>Not assessed yet: press F2 or Enter to choose a level</source>
        <translation>Noch nicht eingeschätzt: F2 oder Eingabe drücken, um eine Stufe zu wählen</translation>
    </message>
    <message>
        <source>the student teacher</source>
        <translation>der/die Lehramtsstudierende</translation>
    </message>
    <message>
        <source>a teacher educator</source>
        <translation>eine/e Lehrende/r</translation>
    </message>
    <message>
        <source>{code} {name}, {date}, by {by}</source>
        <translation>{code} {name}, {date}, von {by}</translation>
    </message>
</context>
<context>
    <name>CompetencePicker</name>
    <message>
        <source>DigCompEdu competences</source>
        <translation>DigCompEdu-Kompetenzen</translation>
    </message>
</context>
<context>
    <name>CompetencesPanel</name>
    <message>
        <source>Competence matrix</source>
        <translation>Kompetenzmatrix</translation>
    </message>
    <message>
        <source>Pick a cell and press F2, Enter or a level&apos;s letter to choose a level</source>
        <translation>Eine Zelle wählen und F2, Eingabe oder den Buchstaben einer Stufe drücken, um die Stufe zu wählen</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>&amp;Einschätzen…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History of the competence</source>
        <translation>Verlauf der Kompetenz</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Än&amp;dern…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Vorher und nachher</translation>
    </message>
    <message>
        <source>Nothing to compare yet: a competence needs two assessments by the same kind.</source>
        <translation>Noch nichts zu vergleichen: Eine Kompetenz braucht zwei Einschätzungen derselben Art.</translation>
    </message>
    <message>
        <source>○ first assessment  ● latest  —  &lt;span style=&apos;color:#1f6fb2&apos;&gt;■ self&lt;/span&gt;  &lt;span style=&apos;color:#e65100&apos;&gt;■ educator&lt;/span&gt;</source>
        <translation>○ erste Einschätzung  ● neueste  —  &lt;span style=&apos;color:#1f6fb2&apos;&gt;■ selbst&lt;/span&gt;  &lt;span style=&apos;color:#e65100&apos;&gt;■ Lehrende&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>{name}: {n} of {total} competences assessed ({count} assessments)</source>
        <translation>{name}: {n} von {total} Kompetenzen eingeschätzt ({count} Einschätzungen)</translation>
    </message>
    <message>
        <source>History of {number} {name}</source>
        <translation>Verlauf von {number} {name}</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Einschätzung löschen</translation>
    </message>
    <message>
        <source>Delete the {level} assessment of {date}?</source>
        <translation>Die Einschätzung {level} vom {date} löschen?</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Not saved: someone else saved first</source>
        <translation>Nicht gespeichert: Jemand anderes hat zuerst gespeichert</translation>
    </message>
    <message>
        <source>Someone else deleted this {what}</source>
        <translation>Jemand anderes hat dies gelöscht ({what})</translation>
    </message>
    <message>
        <source>It was deleted after you opened it, so your change could not be saved.</source>
        <translation>Es wurde gelöscht, nachdem Sie es geöffnet hatten; Ihre Änderung konnte daher nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Someone else changed this {what}</source>
        <translation>Jemand anderes hat dies geändert ({what})</translation>
    </message>
    <message>
        <source>They saved it after you opened it; your change is not saved yet. Reload to see their version, or keep yours: fields you did not change keep theirs.</source>
        <translation>Die andere Person hat gespeichert, nachdem Sie geöffnet hatten; Ihre Änderung ist noch nicht gespeichert. Neu laden, um deren Fassung zu sehen, oder Ihre behalten: Felder, die Sie nicht geändert haben, behalten deren Werte.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Theirs (saved now)</source>
        <translation>Deren (jetzt gespeichert)</translation>
    </message>
    <message>
        <source>{n} field(s) differ; they are highlighted.</source>
        <translation>{n} Feld(er) unterscheiden sich; sie sind hervorgehoben.</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Show your values and theirs side by side</source>
        <translation>Ihre und deren Werte nebeneinander zeigen</translation>
    </message>
    <message>
        <source>&amp;Reload (discard mine)</source>
        <translation>Neu &amp;laden (meine verwerfen)</translation>
    </message>
    <message>
        <source>Show the record as it is saved now</source>
        <translation>Den Datensatz so zeigen, wie er jetzt gespeichert ist</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>Meine &amp;behalten</translation>
    </message>
    <message>
        <source>Save your change on top of the version saved now</source>
        <translation>Ihre Änderung über der jetzt gespeicherten Fassung speichern</translation>
    </message>
    <message>
        <source>Save as &amp;new</source>
        <translation>Als &amp;neu speichern</translation>
    </message>
    <message>
        <source>Add what you typed as a new record</source>
        <translation>Das Eingegebene als neuen Datensatz hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Student teachers</source>
        <translation>Lehramtsstudierende</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Sessions in the next 14 days</source>
        <translation>Sitzungen in den nächsten 14 Tagen</translation>
    </message>
    <message>
        <source>Sessions of any module starting within two weeks</source>
        <translation>Sitzungen aller Module, die innerhalb von zwei Wochen beginnen</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Share of the marks of sessions held so far that count as present (present or late), in every module; the same rule as the chart and the alerts</source>
        <translation>Anteil der Einträge bisher gehaltener Sitzungen, die als anwesend zählen (anwesend oder verspätet), in allen Modulen; dieselbe Regel wie im Diagramm und in den Warnungen</translation>
    </message>
    <message>
        <source>Overdue mentoring actions</source>
        <translation>Überfällige Mentoring-Aufgaben</translation>
    </message>
    <message>
        <source>Open actions from mentoring meetings whose due date has passed</source>
        <translation>Offene Aufgaben aus Mentoring-Gesprächen, deren Fälligkeit verstrichen ist</translation>
    </message>
    <message>
        <source>Attendance per module</source>
        <translation>Anwesenheit pro Modul</translation>
    </message>
    <message>
        <source>No sessions held yet.</source>
        <translation>Noch keine Sitzungen gehalten.</translation>
    </message>
    <message>
        <source>eTwinning registration</source>
        <translation>eTwinning-Registrierung</translation>
    </message>
    <message>
        <source>Student teachers at risk</source>
        <translation>Gefährdete Lehramtsstudierende</translation>
    </message>
    <message>
        <source>No sessions in the next 14 days.</source>
        <translation>Keine Sitzungen in den nächsten 14 Tagen.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Look up a student teacher</source>
        <translation>Lehramtsstudierende/n nachschlagen</translation>
    </message>
    <message>
        <source>Upcoming sessions</source>
        <translation>Anstehende Sitzungen</translation>
    </message>
    <message>
        <source>Impact survey</source>
        <translation>Wirkungsumfrage</translation>
    </message>
    <message>
        <source>in {n:,} cohorts</source>
        <translation>in {n:,} Kohorten</translation>
    </message>
    <message>
        <source>in 1 cohort</source>
        <translation>in 1 Kohorte</translation>
    </message>
    <message>
        <source>of recorded marks</source>
        <translation>der erfassten Einträge</translation>
    </message>
    <message>
        <source>nothing recorded yet</source>
        <translation>noch nichts erfasst</translation>
    </message>
    <message>
        <source>of {n:,} open</source>
        <translation>von {n:,} offenen</translation>
    </message>
    <message>
        <source>Figures as of {time}</source>
        <translation>Stand: {time}</translation>
    </message>
    <message>
        <source>{held} of {sessions} sessions held</source>
        <translation>{held} von {sessions} Sitzungen gehalten</translation>
    </message>
    <message>
        <source>{students} student teachers</source>
        <translation>{students} Lehramtsstudierende</translation>
    </message>
    <message>
        <source>{n} marks not entered</source>
        <translation>{n} Einträge fehlen</translation>
    </message>
    <message>
        <source>{n} at risk</source>
        <translation>{n} gefährdet</translation>
    </message>
    <message>
        <source>target {rate}</source>
        <translation>Ziel {rate}</translation>
    </message>
    <message>
        <source>Student teachers at risk ({n:,})</source>
        <translation>Gefährdete Lehramtsstudierende ({n:,})</translation>
    </message>
    <message>
        <source>Nobody is at risk: no one has {n} absences in a row or can end below {rate}.</source>
        <translation>Niemand ist gefährdet: Niemand hat {n} Fehlzeiten in Folge oder kann unter {rate} enden.</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>Short unique code, e.g. ETW101; files are named after it</source>
        <translation>Kurzes eindeutiges Kürzel, z. B. ETW101; Dateien werden danach benannt</translation>
    </message>
    <message>
        <source>e.g. Semester 1</source>
        <translation>z. B. Semester 1</translation>
    </message>
    <message>
        <source>ECTS credits the module is worth</source>
        <translation>ECTS-Punkte des Moduls</translation>
    </message>
    <message>
        <source>Session times are wall-clock times in this zone, e.g. Europe/Brussels</source>
        <translation>Sitzungszeiten sind Uhrzeiten in dieser Zone, z. B. Europe/Brussels</translation>
    </message>
    <message>
        <source>Languages of the module as two-letter codes, separated by commas</source>
        <translation>Sprachen des Moduls als zweibuchstabige Codes, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Quality Label criteria the module addresses</source>
        <translation>Kriterien des Qualitätssiegels, die das Modul aufgreift</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Leistungsbewertung</translation>
    </message>
    <message>
        <source>How student teachers are assessed (Markdown)</source>
        <translation>Wie die Lehramtsstudierenden bewertet werden (Markdown)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Semester:</translation>
    </message>
    <message>
        <source>&amp;ECTS:</source>
        <translation>&amp;ECTS:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Sprachen:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Leistungsbewertung:</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol in module</source>
        <translation>In Modul einschreiben</translation>
    </message>
    <message>
        <source>the selected student teacher</source>
        <translation>die/den gewählte/n Lehramtsstudierende/n</translation>
    </message>
    <message>
        <source>the {n} selected student teachers</source>
        <translation>die {n} gewählten Lehramtsstudierenden</translation>
    </message>
    <message>
        <source>everyone in the cohort</source>
        <translation>alle der Kohorte</translation>
    </message>
    <message>
        <source>Links the cohort to the module too; people who withdrew stay withdrawn</source>
        <translation>Verknüpft auch die Kohorte mit dem Modul; Abgemeldete bleiben abgemeldet</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Einschreiben</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <source>Enrol:</source>
        <translation>Einschreiben:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Kohorte:</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Edit evidence ({kind})</source>
        <translation>Nachweis bearbeiten ({kind})</translation>
    </message>
    <message>
        <source>New evidence ({kind})</source>
        <translation>Neuer Nachweis ({kind})</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What it is, e.g. “Lesson plan with a partner call”</source>
        <translation>Was es ist, z. B. „Stundenentwurf mit Partnergespräch“</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
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
        <translation>Datum</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Bewertungsstatus</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>The evidence itself, in Markdown</source>
        <translation>Der Nachweis selbst, in Markdown</translation>
    </message>
    <message>
        <source>What it shows and how it came about, in Markdown</source>
        <translation>Was er zeigt und wie er entstanden ist, in Markdown</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>A copy kept in itepad&apos;s attachments folder</source>
        <translation>Eine Kopie im Anhangsordner von itepad</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <source>&amp;Review status:</source>
        <translation>&amp;Bewertungsstatus:</translation>
    </message>
    <message>
        <source>DigCompEdu competences ({n})</source>
        <translation>DigCompEdu-Kompetenzen ({n})</translation>
    </message>
    <message>
        <source>DigCompEdu competences</source>
        <translation>DigCompEdu-Kompetenzen</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Noch nicht speicherbar</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Double-click or Enter edits; drop files here to attach them</source>
        <translation>Doppelklick oder Eingabe bearbeitet; Dateien hier ablegen, um sie anzuhängen</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>&amp;Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Attach a copy of a file (or drop files on this tab)</source>
        <translation>Eine Kopie einer Datei anhängen (oder Dateien auf diesen Reiter ziehen)</translation>
    </message>
    <message>
        <source>Add &amp;link…</source>
        <translation>&amp;Link hinzufügen…</translation>
    </message>
    <message>
        <source>A web page or online work</source>
        <translation>Eine Webseite oder Online-Arbeit</translation>
    </message>
    <message>
        <source>Add &amp;TwinSpace page…</source>
        <translation>&amp;TwinSpace-Seite hinzufügen…</translation>
    </message>
    <message>
        <source>A page, forum or material in the project&apos;s TwinSpace</source>
        <translation>Eine Seite, ein Forum oder Material im TwinSpace des Projekts</translation>
    </message>
    <message>
        <source>Add te&amp;xt…</source>
        <translation>Te&amp;xt hinzufügen…</translation>
    </message>
    <message>
        <source>Evidence written here, in Markdown</source>
        <translation>Hier geschriebener Nachweis, in Markdown</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the file or the address</source>
        <translation>Die Datei oder Adresse öffnen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the evidence (and its attached copy)</source>
        <translation>Den Nachweis löschen (und seine angehängte Kopie)</translation>
    </message>
    <message>
        <source>&amp;Check files</source>
        <translation>Dateien &amp;prüfen</translation>
    </message>
    <message>
        <source>Check that every attached file is there and unchanged since attaching</source>
        <translation>Prüfen, ob jede angehängte Datei vorhanden und seit dem Anhängen unverändert ist</translation>
    </message>
    <message>
        <source>No evidence yet. Attach files (or drop them here), or add links, TwinSpace pages or texts.</source>
        <translation>Noch keine Nachweise. Dateien anhängen (oder hier ablegen) oder Links, TwinSpace-Seiten oder Texte hinzufügen.</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>„{title}“ hinzugefügt</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>„{title}“ gespeichert</translation>
    </message>
    <message>
        <source>Attach files as evidence</source>
        <translation>Dateien als Nachweis anhängen</translation>
    </message>
    <message>
        <source>Attached {file}</source>
        <translation>{file} angehängt</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source> Its copy of {file} is removed too; the original is not touched.</source>
        <translation> Die Kopie von {file} wird ebenfalls entfernt; das Original bleibt unberührt.</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>Nachweis löschen</translation>
    </message>
    <message>
        <source>Delete “{title}” from the portfolio?</source>
        <translation>„{title}“ aus dem Portfolio löschen?</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>„{title}“ gelöscht</translation>
    </message>
    <message>
        <source>No files are attached.</source>
        <translation>Es sind keine Dateien angehängt.</translation>
    </message>
    <message>
        <source>All {n} attached files are there, unchanged since attaching.</source>
        <translation>Alle {n} angehängten Dateien sind vorhanden und seit dem Anhängen unverändert.</translation>
    </message>
    <message>
        <source>{title} ({file}): changed since it was attached</source>
        <translation>{title} ({file}): seit dem Anhängen geändert</translation>
    </message>
    <message>
        <source>{title} ({file}): missing</source>
        <translation>{title} ({file}): fehlt</translation>
    </message>
    <message>
        <source>{bad} of {n} attached files need attention:</source>
        <translation>{bad} von {n} angehängten Dateien brauchen Aufmerksamkeit:</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide page</source>
        <translation>Seite des Benutzerhandbuchs</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>itepad user guide: {page}</source>
        <translation>itepad-Benutzerhandbuch: {page}</translation>
    </message>
    <message>
        <source>Not opened: {link} is not a page of the guide or a web address.</source>
        <translation>Nicht geöffnet: {link} ist weder eine Seite des Handbuchs noch eine Webadresse.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Self</source>
        <translation>Selbst</translation>
    </message>
    <message>
        <source>Educator: {name}</source>
        <translation>Lehrende/r: {name}</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>Lehrende/r</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Changed through: {source}</source>
        <translation>Geändert über: {source}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Select a line to see what changed</source>
        <translation>Eine Zeile wählen, um die Änderungen zu sehen</translation>
    </message>
    <message>
        <source>{record} {operation} by {who} on {when}</source>
        <translation>{record} {operation} von {who} am {when}</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th align=left&gt;Field&lt;/th&gt;&lt;th align=left&gt;Before&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=left&gt;After&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th align=left&gt;Feld&lt;/th&gt;&lt;th align=left&gt;Vorher&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=left&gt;Nachher&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No visible change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine sichtbare Änderung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Names and free text were removed by an erasure.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Namen und freie Texte wurden durch eine Löschung entfernt.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
</context>
<context>
    <name>LinesPanel</name>
    <message>
        <source>Enter or double-click edits a line</source>
        <translation>Eingabe oder Doppelklick bearbeitet eine Zeile</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>Die gewählte Zeile entfernen (Entf)</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>At most {n}; edit or remove one first</source>
        <translation>Höchstens {n}; zuerst eine bearbeiten oder entfernen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Opening database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>Daily backup written to {path}</source>
        <translation>Tägliche Sicherung geschrieben nach {path}</translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>itepad cannot open the database</source>
        <translation>itepad kann die Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>This page has no search field.</source>
        <translation>Diese Seite hat kein Suchfeld.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <source>Copy the database to a file</source>
        <translation>Die Datenbank in eine Datei kopieren</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Put a backup in place of the database; the current one is kept</source>
        <translation>Eine Sicherung an die Stelle der Datenbank setzen; die aktuelle wird aufbewahrt</translation>
    </message>
    <message>
        <source>Open backups &amp;folder</source>
        <translation>Sicherungs&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Privacy…</source>
        <translation>&amp;Datenschutz…</translation>
    </message>
    <message>
        <source>Who is due for deletion: export their records, erase their data</source>
        <translation>Wer zur Löschung ansteht: Daten exportieren, personenbezogene Daten löschen</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About itepad</source>
        <translation>&amp;Über itepad</translation>
    </message>
    <message>
        <source>The user guide could not be opened.</source>
        <translation>Das Benutzerhandbuch konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>About itepad</source>
        <translation>Über itepad</translation>
    </message>
    <message>
        <source>&lt;h3&gt;itepad {version}&lt;/h3&gt;&lt;p&gt;The teacher educator&apos;s desk for &lt;i&gt;eTwinning for future teachers&lt;/i&gt;: modules, attendance, mentoring and portfolios, offline.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;itepad {version}&lt;/h3&gt;&lt;p&gt;Der Schreibtisch für Lehrerbildende in &lt;i&gt;eTwinning für künftige Lehrkräfte&lt;/i&gt;: Module, Anwesenheit, Mentoring und Portfolios, offline.&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder jeder späteren Version (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database is open yet.</source>
        <translation>Es ist noch keine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>Markdown: # heading, **bold**, *italic*, - list item, [link](https://…)</source>
        <translation>Markdown: # Überschrift, **fett**, *kursiv*, - Listenpunkt, [Link](https://…)</translation>
    </message>
    <message>
        <source>{name}: preview</source>
        <translation>{name}: Vorschau</translation>
    </message>
    <message>
        <source>Preview of the text as it will be printed</source>
        <translation>Vorschau des Textes, wie er gedruckt wird</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Mentoring meeting</source>
        <translation>Mentoring-Gespräch</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Neues Gespräch</translation>
    </message>
    <message>
        <source>Changes are saved as you go, when you leave a field (Ctrl+S saves now)</source>
        <translation>Änderungen werden laufend gespeichert, sobald Sie ein Feld verlassen (Strg+S speichert sofort)</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>Abzeichnen…</translation>
    </message>
    <message>
        <source>Sign what the meeting record says now</source>
        <translation>Abzeichnen, was das Gesprächsprotokoll jetzt enthält</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the meeting now (Ctrl+S)</source>
        <translation>Das Gespräch jetzt speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor/in</translation>
    </message>
    <message>
        <source>Teacher educator, school mentor or eTwinning ambassador</source>
        <translation>Lehrende/r, Mentor/in an der Schule oder eTwinning-Botschafter/in</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Keine Vorlage</translation>
    </message>
    <message>
        <source>Agenda template</source>
        <translation>Vorlage für die Tagesordnung</translation>
    </message>
    <message>
        <source>Fills in the focus, duration and an outline of the notes</source>
        <translation>Füllt Schwerpunkt, Dauer und eine Gliederung der Notizen aus</translation>
    </message>
    <message>
        <source>&amp;Next meeting:</source>
        <translation>&amp;Nächstes Gespräch:</translation>
    </message>
    <message>
        <source>Plan the next meeting</source>
        <translation>Das nächste Gespräch planen</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nächstes Gespräch</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <source>The agreed focus of the meeting</source>
        <translation>Der vereinbarte Schwerpunkt des Gesprächs</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;auer:</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>F&amp;orm:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Tagesordnung:</translation>
    </message>
    <message>
        <source>Men&amp;tor:</source>
        <translation>Men&amp;tor/in:</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>&amp;Schwerpunkt:</translation>
    </message>
    <message>
        <source>M&amp;entees:</source>
        <translation>M&amp;entees:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Pre-meeting reflection</source>
        <translation>Reflexion vor dem Gespräch</translation>
    </message>
    <message>
        <source>The mentee&apos;s reflection: progress on earlier targets, where the evidence is</source>
        <translation>Die Reflexion der/des Mentee: Fortschritt bei früheren Zielen, wo die Nachweise sind</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add &amp;target…</source>
        <translation>&amp;Ziel hinzufügen…</translation>
    </message>
    <message>
        <source>Add a SMART target (at most three a meeting)</source>
        <translation>Ein SMART-Ziel hinzufügen (höchstens drei pro Gespräch)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Add a&amp;ction…</source>
        <translation>Auf&amp;gabe hinzufügen…</translation>
    </message>
    <message>
        <source>Add an action with its owner and due date</source>
        <translation>Eine Aufgabe mit Verantwortlichem und Fälligkeit hinzufügen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Targets&lt;/b&gt; (at most three)</source>
        <translation>&lt;b&gt;Ziele&lt;/b&gt; (höchstens drei)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Actions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aufgaben&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Targets and actions</source>
        <translation>Ziele und Aufgaben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Mentoring meeting of {date}</source>
        <translation>Mentoring-Gespräch vom {date}</translation>
    </message>
    <message>
        <source>The agenda template this meeting was started from</source>
        <translation>Die Tagesordnungsvorlage, mit der dieses Gespräch begonnen wurde</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved yet: the connection was lost (Save retries)</source>
        <translation>Noch nicht gespeichert: Die Verbindung ist abgebrochen (Speichern versucht es erneut)</translation>
    </message>
    <message>
        <source>Not saved yet: someone else saved first</source>
        <translation>Noch nicht gespeichert: Jemand anderes hat zuerst gespeichert</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the meeting</source>
        <translation>Das Gespräch kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Showing the version saved by someone else</source>
        <translation>Fassung, die von jemand anderem gespeichert wurde</translation>
    </message>
    <message>
        <source>mentoring meeting</source>
        <translation>Mentoring-Gespräch</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Who takes part?</source>
        <translation>Wer nimmt teil?</translation>
    </message>
    <message>
        <source>Choose the mentor and tick at least one student teacher.</source>
        <translation>Wählen Sie die Mentorin oder den Mentor und haken Sie mindestens eine/n Lehramtsstudierende/n an.</translation>
    </message>
    <message>
        <source>Saved the meeting</source>
        <translation>Gespräch gespeichert</translation>
    </message>
    <message>
        <source>Sign off the meeting</source>
        <translation>Gespräch abzeichnen</translation>
    </message>
    <message>
        <source>Who signs? (name or email)</source>
        <translation>Wer zeichnet ab? (Name oder E-Mail)</translation>
    </message>
    <message>
        <source>Sign the meeting record as {who}? Any later change will show as “changed since signed”.</source>
        <translation>Das Gesprächsprotokoll als {who} abzeichnen? Jede spätere Änderung wird als „seit Unterzeichnung geändert“ angezeigt.</translation>
    </message>
    <message>
        <source>Signed the meeting</source>
        <translation>Gespräch abgezeichnet</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>⚠ changed</source>
        <translation>⚠ geändert</translation>
    </message>
    <message>
        <source>Changed since it was signed off: open it to compare</source>
        <translation>Seit der Unterzeichnung geändert: zum Vergleichen öffnen</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Abgezeichnet</translation>
    </message>
    <message>
        <source>Not signed off yet</source>
        <translation>Noch nicht abgezeichnet</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>Add to a project team</source>
        <translation>Zu einem Projektteam hinzufügen</translation>
    </message>
    <message>
        <source>Place in the project team</source>
        <translation>Platz im Projektteam</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>e.g. partner coordinator, pupils&apos; activities</source>
        <translation>z. B. Partnerkoordination, Aktivitäten der Schüler/innen</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Beigetreten am</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>What they did in the project, in Markdown</source>
        <translation>Was sie im Projekt getan haben, in Markdown</translation>
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
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>&amp;Beigetreten am:</translation>
    </message>
    <message>
        <source>Contribution:</source>
        <translation>Beitrag:</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Noch nicht speicherbar</translation>
    </message>
</context>
<context>
    <name>MenteePicker</name>
    <message>
        <source>Find a student teacher</source>
        <translation>Lehramtsstudierende/n finden</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <source>Tick the student teachers who take part (Space ticks)</source>
        <translation>Die teilnehmenden Lehramtsstudierenden anhaken (Leertaste hakt an)</translation>
    </message>
</context>
<context>
    <name>MentoringLogView</name>
    <message>
        <source>Student teacher</source>
        <translation>Lehramtsstudierende/r</translation>
    </message>
    <message>
        <source>Type part of a name or email to find a student teacher</source>
        <translation>Einen Teil von Name oder E-Mail eingeben, um Lehramtsstudierende zu finden</translation>
    </message>
    <message>
        <source>&amp;Student teacher:</source>
        <translation>&amp;Lehramtsstudierende/r:</translation>
    </message>
    <message>
        <source>Mentoring log</source>
        <translation>Mentoring-Protokoll</translation>
    </message>
    <message>
        <source>Click a meeting&apos;s heading to open it</source>
        <translation>Auf die Überschrift eines Gesprächs klicken, um es zu öffnen</translation>
    </message>
</context>
<context>
    <name>MentoringPage</name>
    <message>
        <source>Search meetings by mentor, mentee or focus</source>
        <translation>Gespräche nach Mentor/in, Mentee oder Schwerpunkt durchsuchen</translation>
    </message>
    <message>
        <source>Search open actions by text, owner, student or mentor</source>
        <translation>Offene Aufgaben nach Text, Verantwortlichen, Studierenden oder Mentor/in durchsuchen</translation>
    </message>
    <message>
        <source>Search observations by student teacher, class, subject or observer</source>
        <translation>Beobachtungen nach Lehramtsstudierenden, Klasse, Fach oder Beobachter/in durchsuchen</translation>
    </message>
    <message>
        <source>Search by mentor or month (2026-11)</source>
        <translation>Nach Mentor/in oder Monat suchen (2026-11)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <source>Lesson observations</source>
        <translation>Unterrichtsbeobachtungen</translation>
    </message>
    <message>
        <source>Mentoring log</source>
        <translation>Mentoring-Protokoll</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeitsaufwand</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Neues Gespräch…</translation>
    </message>
    <message>
        <source>Record a mentoring meeting (Ctrl+N)</source>
        <translation>Ein Mentoring-Gespräch erfassen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Open the selected meeting (Enter)</source>
        <translation>Das gewählte Gespräch öffnen (Eingabe)</translation>
    </message>
    <message>
        <source>Right-click (or the menu key) to mark an action done</source>
        <translation>Rechtsklick (oder die Menütaste), um eine Aufgabe als erledigt zu markieren</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Mark the selected action done (Ctrl+D)</source>
        <translation>Die gewählte Aufgabe als erledigt markieren (Strg+D)</translation>
    </message>
    <message>
        <source>New &amp;observation…</source>
        <translation>Neue &amp;Beobachtung…</translation>
    </message>
    <message>
        <source>Record a lesson observation (Ctrl+N)</source>
        <translation>Eine Unterrichtsbeobachtung erfassen (Strg+N)</translation>
    </message>
    <message>
        <source>1 mentoring meeting</source>
        <translation>1 Mentoring-Gespräch</translation>
    </message>
    <message>
        <source>{n:,} mentoring meetings</source>
        <translation>{n:,} Mentoring-Gespräche</translation>
    </message>
    <message>
        <source>{meetings} · {open:,} open actions, {overdue:,} overdue</source>
        <translation>{meetings} · {open:,} offene Aufgaben, {overdue:,} überfällig</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>the meeting of {day} ({mentor})</source>
        <translation>das Mentoring-Gespräch vom {day} ({mentor})</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Open the meeting…</source>
        <translation>Gespräch öffnen…</translation>
    </message>
    <message>
        <source>Marked done: {text}</source>
        <translation>Erledigt: {text}</translation>
    </message>
    <message>
        <source>Dropped: {text}</source>
        <translation>Verworfen: {text}</translation>
    </message>
</context>
<context>
    <name>ModuleEditor</name>
    <message>
        <source>← All modules</source>
        <translation>← Alle Module</translation>
    </message>
    <message>
        <source>Back to the list of modules (Alt+Left)</source>
        <translation>Zurück zur Liste der Module (Alt+Links)</translation>
    </message>
    <message>
        <source>Changes are saved as you go, when you leave a field (Ctrl+S saves now)</source>
        <translation>Änderungen werden laufend gespeichert, sobald Sie ein Feld verlassen (Strg+S speichert sofort)</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Als Vorlage speichern…</translation>
    </message>
    <message>
        <source>Save this module as a course template for new modules</source>
        <translation>Dieses Modul als Kursvorlage für neue Module speichern</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>Kalender exportieren (.ics)…</translation>
    </message>
    <message>
        <source>Save the sessions as an iCalendar file for calendar programs</source>
        <translation>Die Sitzungen als iCalendar-Datei für Kalenderprogramme speichern</translation>
    </message>
    <message>
        <source>Module handbook (PDF)…</source>
        <translation>Modulhandbuch (PDF)…</translation>
    </message>
    <message>
        <source>Write the module handbook as a PDF file</source>
        <translation>Das Modulhandbuch als PDF-Datei schreiben</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Lernergebnisse</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Partners &amp;&amp; projects</source>
        <translation>Partner &amp;&amp; Projekte</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved yet: the connection was lost (Ctrl+S retries)</source>
        <translation>Noch nicht gespeichert: Die Verbindung ist abgebrochen (Strg+S versucht es erneut)</translation>
    </message>
    <message>
        <source>Not saved yet: someone else saved first</source>
        <translation>Noch nicht gespeichert: Jemand anderes hat zuerst gespeichert</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the module</source>
        <translation>Das Modul kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Showing the version saved by someone else</source>
        <translation>Fassung, die von jemand anderem gespeichert wurde</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Save {code} as a course template</source>
        <translation>{code} als Kursvorlage speichern</translation>
    </message>
    <message>
        <source>Course templates (*.md)</source>
        <translation>Kursvorlagen (*.md)</translation>
    </message>
    <message>
        <source>Saved the template to {path}; new modules can start from it.</source>
        <translation>Vorlage gespeichert unter {path}; neue Module können von ihr ausgehen.</translation>
    </message>
    <message>
        <source>Export the sessions of {code}</source>
        <translation>Die Sitzungen von {code} exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Saved the calendar to {path}</source>
        <translation>Kalender gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Save the handbook of {code}</source>
        <translation>Das Handbuch von {code} speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the handbook to {path}</source>
        <translation>Handbuch gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was written</source>
        <translation>Nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>ModulesPage</name>
    <message>
        <source>Search modules by code, title, year, term, kind or status</source>
        <translation>Module nach Kürzel, Titel, Jahr, Semester, Art oder Status durchsuchen</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>All modules in a table</source>
        <translation>Alle Module in einer Tabelle</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>The sessions of every module, week by week</source>
        <translation>Die Sitzungen aller Module, Woche für Woche</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>The sessions of every module, month by month</source>
        <translation>Die Sitzungen aller Module, Monat für Monat</translation>
    </message>
    <message>
        <source>New module…</source>
        <translation>Neues Modul…</translation>
    </message>
    <message>
        <source>Plan a new module from a course template (Ctrl+N)</source>
        <translation>Ein neues Modul aus einer Kursvorlage planen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Open the selected module in the editor (Enter)</source>
        <translation>Das gewählte Modul im Editor öffnen (Eingabe)</translation>
    </message>
    <message>
        <source>1 module</source>
        <translation>1 Modul</translation>
    </message>
    <message>
        <source>{n:,} modules</source>
        <translation>{n:,} Module</translation>
    </message>
    <message>
        <source>Editing {module}</source>
        <translation>{module} wird bearbeitet</translation>
    </message>
    <message>
        <source>Created module {code}; it is open in the editor.</source>
        <translation>Modul {code} angelegt; es ist im Editor geöffnet.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
</context>
<context>
    <name>NewModuleDialog</name>
    <message>
        <source>New module from a template</source>
        <translation>Neues Modul aus einer Vorlage</translation>
    </message>
    <message>
        <source>Course templates</source>
        <translation>Kursvorlagen</translation>
    </message>
    <message>
        <source>e.g. ETW104</source>
        <translation>z. B. ETW104</translation>
    </message>
    <message>
        <source>A short code no other module has</source>
        <translation>Ein kurzes Kürzel, das kein anderes Modul hat</translation>
    </message>
    <message>
        <source>Leave empty to use the template&apos;s title</source>
        <translation>Leer lassen, um den Titel der Vorlage zu verwenden</translation>
    </message>
    <message>
        <source>Week 1 is the week holding this date</source>
        <translation>Woche 1 ist die Woche mit diesem Datum</translation>
    </message>
    <message>
        <source>The day of the week most sessions fall on</source>
        <translation>Der Wochentag, auf den die meisten Sitzungen fallen</translation>
    </message>
    <message>
        <source>When the sessions usually start</source>
        <translation>Wann die Sitzungen meist beginnen</translation>
    </message>
    <message>
        <source>A day in the week to skip</source>
        <translation>Ein Tag in der zu überspringenden Woche</translation>
    </message>
    <message>
        <source>S&amp;kip this week</source>
        <translation>Diese Woche übers&amp;pringen</translation>
    </message>
    <message>
        <source>No sessions in the week holding this date (a holiday or exam week)</source>
        <translation>Keine Sitzungen in der Woche mit diesem Datum (Ferien- oder Prüfungswoche)</translation>
    </message>
    <message>
        <source>Weeks to skip</source>
        <translation>Zu überspringende Wochen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Plan the selected week again (Delete)</source>
        <translation>Die gewählte Woche wieder einplanen (Entf)</translation>
    </message>
    <message>
        <source>Week and session</source>
        <translation>Woche und Sitzung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Geplante Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Create module</source>
        <translation>Modul &amp;anlegen</translation>
    </message>
    <message>
        <source>Reading the course templates…</source>
        <translation>Kursvorlagen werden gelesen…</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Startdatum:</translation>
    </message>
    <message>
        <source>Usual &amp;weekday:</source>
        <translation>Üblicher &amp;Wochentag:</translation>
    </message>
    <message>
        <source>&amp;Usual time:</source>
        <translation>Übliche &amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>Weeks to s&amp;kip:</source>
        <translation>Zu über&amp;springende Wochen:</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Planned sessions:</source>
        <translation>&amp;Geplante Sitzungen:</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>{n} weeks</source>
        <translation>{n} Wochen</translation>
    </message>
    <message>
        <source>{kind}, {weeks}, {ects:g} ECTS, {n} sessions</source>
        <translation>{kind}, {weeks}, {ects:g} ECTS, {n} Sitzungen</translation>
    </message>
    <message>
        <source>These template files could not be read and are left out:</source>
        <translation>Diese Vorlagendateien konnten nicht gelesen werden und bleiben außen vor:</translation>
    </message>
    <message>
        <source>There are no course templates to start from.</source>
        <translation>Es gibt keine Kursvorlagen, von denen man ausgehen kann.</translation>
    </message>
    <message>
        <source>Week of {monday}</source>
        <translation>Woche vom {monday}</translation>
    </message>
    <message>
        <source>The first session falls on {day}, before the start date: choose another weekday or start date if that is not what you want.</source>
        <translation>Die erste Sitzung fällt auf {day}, vor das Startdatum: Wählen Sie einen anderen Wochentag oder ein anderes Startdatum, falls das nicht gewollt ist.</translation>
    </message>
    <message>
        <source>Week {n}</source>
        <translation>Woche {n}</translation>
    </message>
    <message>
        <source>Skipped week ({days})</source>
        <translation>Übersprungene Woche ({days})</translation>
    </message>
    <message>
        <source>Creating {code}…</source>
        <translation>{code} wird angelegt…</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>Lesson observation</source>
        <translation>Unterrichtsbeobachtung</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Student teacher</source>
        <translation>Lehramtsstudierende/r</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Beobachter/in</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>S&amp;tudent teacher:</source>
        <translation>Lehramts&amp;studierende/r:</translation>
    </message>
    <message>
        <source>O&amp;bserver:</source>
        <translation>&amp;Beobachter/in:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>The class observed, e.g. 5B</source>
        <translation>Die beobachtete Klasse, z. B. 5B</translation>
    </message>
    <message>
        <source>Pupils&apos; &amp;age:</source>
        <translation>&amp;Alter der Schüler/innen:</translation>
    </message>
    <message>
        <source>e.g. 10-11</source>
        <translation>z. B. 10-11</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Fach:</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>Agreed &amp;focus:</source>
        <translation>Vereinbarter &amp;Schwerpunkt:</translation>
    </message>
    <message>
        <source>What the observer looks at</source>
        <translation>Worauf die Beobachtung achtet</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Areas to develop</source>
        <translation>Entwicklungsbereiche</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>Abzeichnen…</translation>
    </message>
    <message>
        <source>Sign what the observation says now (saved first)</source>
        <translation>Abzeichnen, was die Beobachtung jetzt enthält (zuerst gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the observation (Ctrl+S)</source>
        <translation>Die Beobachtung speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close without saving the changes not yet saved</source>
        <translation>Schließen, ohne die noch nicht gespeicherten Änderungen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Saved the observation</source>
        <translation>Beobachtung gespeichert</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The observation was deleted</source>
        <translation>Die Unterrichtsbeobachtung wurde gelöscht</translation>
    </message>
    <message>
        <source>lesson observation</source>
        <translation>Unterrichtsbeobachtung</translation>
    </message>
    <message>
        <source>Sign off the observation</source>
        <translation>Beobachtung abzeichnen</translation>
    </message>
    <message>
        <source>Who signs? (name or email)</source>
        <translation>Wer zeichnet ab? (Name oder E-Mail)</translation>
    </message>
    <message>
        <source>Sign the observation as {who}?</source>
        <translation>Die Beobachtung als {who} abzeichnen?</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <source>Learning outcomes</source>
        <translation>Lernergebnisse</translation>
    </message>
    <message>
        <source>A&amp;dd outcome</source>
        <translation>Lernergebnis &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a learning outcome after the others</source>
        <translation>Ein Lernergebnis nach den anderen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected learning outcome (Delete)</source>
        <translation>Das gewählte Lernergebnis entfernen (Entf)</translation>
    </message>
    <message>
        <source>Outcome text</source>
        <translation>Text des Lernergebnisses</translation>
    </message>
    <message>
        <source>What student teachers can do after the module, e.g. “Plan a TwinSpace …”</source>
        <translation>Was Lehramtsstudierende nach dem Modul können, z. B. „Ein TwinSpace … planen“</translation>
    </message>
    <message>
        <source>Outcome &amp;text:</source>
        <translation>&amp;Text des Lernergebnisses:</translation>
    </message>
    <message>
        <source>DigCompEdu competences this outcome develops (Space ticks a box):</source>
        <translation>DigCompEdu-Kompetenzen, die dieses Lernergebnis entwickelt (Leertaste hakt an):</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(noch kein Text)</translation>
    </message>
    <message>
        <source>Remove learning outcome</source>
        <translation>Lernergebnis entfernen</translation>
    </message>
    <message>
        <source>Remove the learning outcome “{text}”?</source>
        <translation>Das Lernergebnis „{text}“ entfernen?</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Cohort:</source>
        <translation>Kohorte:</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Studiengang:</translation>
    </message>
    <message>
        <source>Placement school:</source>
        <translation>Praktikumsschule:</translation>
    </message>
    <message>
        <source>eTwinning:</source>
        <translation>eTwinning:</translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation>Registriert am:</translation>
    </message>
    <message>
        <source>Validated by the NSO on:</source>
        <translation>Von der NKS validiert am:</translation>
    </message>
    <message>
        <source>Joined TwinSpace on:</source>
        <translation>TwinSpace beigetreten am:</translation>
    </message>
    <message>
        <source>Attendance, all modules:</source>
        <translation>Anwesenheit, alle Module:</translation>
    </message>
    <message>
        <source>Held sessions attended of those with a mark, over all their modules</source>
        <translation>Besuchte gehaltene Sitzungen von denen mit Eintrag, über alle Module</translation>
    </message>
    <message>
        <source>Modules and attendance</source>
        <translation>Module und Anwesenheit</translation>
    </message>
    <message>
        <source>Not enrolled in any module.</source>
        <translation>In kein Modul eingeschrieben.</translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation>Module:</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <source>, year {n}</source>
        <translation>, Studienjahr {n}</translation>
    </message>
    <message>
        <source>nothing recorded yet</source>
        <translation>noch nichts erfasst</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Opening database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>PagedHistory</name>
    <message>
        <source>Show &amp;older</source>
        <translation>Ä&amp;ltere zeigen</translation>
    </message>
    <message>
        <source>Read the next {n} lines</source>
        <translation>Die nächsten {n} Zeilen lesen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>{n:,} changes</source>
        <translation>{n:,} Änderungen</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 Änderung</translation>
    </message>
    <message>
        <source>The newest {n:,} changes</source>
        <translation>Die neuesten {n:,} Änderungen</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <source>Partner institutions</source>
        <translation>Partnereinrichtungen</translation>
    </message>
    <message>
        <source>Institution to add</source>
        <translation>Hinzuzufügende Einrichtung</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>Partner &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the chosen institution as a partner of the module</source>
        <translation>Die gewählte Einrichtung als Partner des Moduls hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove partner</source>
        <translation>Partner &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected partner (Delete)</source>
        <translation>Den gewählten Partner entfernen (Entf)</translation>
    </message>
    <message>
        <source>eTwinning project</source>
        <translation>eTwinning-Projekt</translation>
    </message>
    <message>
        <source>No eTwinning project is linked to this module yet.</source>
        <translation>Mit diesem Modul ist noch kein eTwinning-Projekt verknüpft.</translation>
    </message>
    <message>
        <source>The project&apos;s state on the eTwinning platform</source>
        <translation>Der Stand des Projekts auf der eTwinning-Plattform</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>Add an eTwinning project to this module</source>
        <translation>Diesem Modul ein eTwinning-Projekt hinzufügen</translation>
    </message>
    <message>
        <source>Remove from &amp;module</source>
        <translation>Aus dem &amp;Modul nehmen</translation>
    </message>
    <message>
        <source>Take the project out of this module; the project itself stays on record</source>
        <translation>Das Projekt aus diesem Modul nehmen; das Projekt selbst bleibt erhalten</translation>
    </message>
    <message>
        <source>Partner institutions of the project</source>
        <translation>Partnereinrichtungen des Projekts</translation>
    </message>
    <message>
        <source>Quality Label self-check</source>
        <translation>Selbstprüfung für das Qualitätssiegel</translation>
    </message>
    <message>
        <source>How well the project meets each of the five Quality Label criteria, 0 to 3</source>
        <translation>Wie gut das Projekt jedes der fünf Kriterien des Qualitätssiegels erfüllt, 0 bis 3</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>eTwinning projects</source>
        <translation>eTwinning-Projekte</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>{criterion}: rating</source>
        <translation>{criterion}: Bewertung</translation>
    </message>
    <message>
        <source>{criterion}: note</source>
        <translation>{criterion}: Notiz</translation>
    </message>
    <message>
        <source>Evidence, or what is missing</source>
        <translation>Nachweise, oder was fehlt</translation>
    </message>
    <message>
        <source>New eTwinning project</source>
        <translation>Neues eTwinning-Projekt</translation>
    </message>
    <message>
        <source>Title of the project:</source>
        <translation>Titel des Projekts:</translation>
    </message>
    <message>
        <source>Remove project from module</source>
        <translation>Projekt aus dem Modul nehmen</translation>
    </message>
    <message>
        <source>Take “{title}” out of this module? The project stays on record.</source>
        <translation>„{title}“ aus diesem Modul nehmen? Das Projekt bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>The printer could not start.</source>
        <translation>Der Drucker konnte nicht starten.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewWindow</name>
    <message>
        <source> of {count}</source>
        <translation> von {count}</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save PDF as</source>
        <translation>PDF speichern unter</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved to {path}: {reason}</source>
        <translation>Das PDF wurde nicht unter {path} gespeichert: {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sent {count} pages to the printer</source>
        <translation>{count} Seiten an den Drucker gesendet</translation>
    </message>
</context>
<context>
    <name>PhaseForm</name>
    <message>
        <source>Answered &amp;on:</source>
        <translation>Beantwortet &amp;am:</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>Comments (optional)</source>
        <translation>Kommentare (optional)</translation>
    </message>
</context>
<context>
    <name>PortfoliosPage</name>
    <message>
        <source>Find a student teacher by name, email, cohort or programme</source>
        <translation>Lehramtsstudierende nach Name, E-Mail, Kohorte oder Studiengang finden</translation>
    </message>
    <message>
        <source>&amp;Save portfolio PDF…</source>
        <translation>Portfolio als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Write the selected student teacher&apos;s portfolio as a PDF file</source>
        <translation>Das Portfolio der/des gewählten Lehramtsstudierenden als PDF-Datei schreiben</translation>
    </message>
    <message>
        <source>Double-click a student teacher, or select one and press Save.</source>
        <translation>Doppelklick auf eine/n Lehramtsstudierende/n, oder auswählen und Speichern drücken.</translation>
    </message>
    <message>
        <source>The cohort whose portfolios to write</source>
        <translation>Die Kohorte, deren Portfolios geschrieben werden</translation>
    </message>
    <message>
        <source>Write portfolios of the &amp;cohort…</source>
        <translation>Portfolios der &amp;Kohorte schreiben…</translation>
    </message>
    <message>
        <source>Write the portfolio of every student teacher of the cohort into a folder</source>
        <translation>Das Portfolio jeder/jedes Lehramtsstudierenden der Kohorte in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation>K&amp;ohorte:</translation>
    </message>
    <message>
        <source>&amp;Portfolios</source>
        <translation>&amp;Portfolios</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>Re&amp;views</source>
        <translation>Rück&amp;meldungen</translation>
    </message>
    <message>
        <source>Save portfolio of {name}</source>
        <translation>Portfolio von {name} speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the portfolio of {name}…</source>
        <translation>Das Portfolio von {name} wird geschrieben…</translation>
    </message>
    <message>
        <source>Saved the portfolio of {name} to {path}</source>
        <translation>Portfolio von {name} gespeichert unter {path}</translation>
    </message>
    <message>
        <source>The portfolio was not saved.</source>
        <translation>Das Portfolio wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Folder for the portfolios of {cohort}</source>
        <translation>Ordner für die Portfolios von {cohort}</translation>
    </message>
    <message>
        <source>Wrote {written} of {total} portfolios</source>
        <translation>{written} von {total} Portfolios geschrieben</translation>
    </message>
    <message>
        <source>Save portfolio PDF…</source>
        <translation>Portfolio als PDF speichern…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>A new language shows when itepad is next started.</source>
        <translation>Eine neue Sprache erscheint beim nächsten Start von itepad.</translation>
    </message>
    <message>
        <source>e.g. Dr Ana Kovač</source>
        <translation>z. B. Dr. Ana Kovač</translation>
    </message>
    <message>
        <source>Shown as who took attendance and who made a change in the history</source>
        <translation>Wird angezeigt als die Person, die Anwesenheit erfasst und Änderungen im Verlauf vorgenommen hat</translation>
    </message>
    <message>
        <source>itepad copies the database once a day while it runs</source>
        <translation>itepad kopiert die Datenbank einmal täglich, solange es läuft</translation>
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
        <translation>Wie die Oberfläche</translation>
    </message>
    <message>
        <source>Language of the headings in printed portfolios and reports</source>
        <translation>Sprache der Überschriften in gedruckten Portfolios und Berichten</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>Your &amp;name in records:</source>
        <translation>Ihr &amp;Name in Datensätzen:</translation>
    </message>
    <message>
        <source>Daily &amp;backups to keep:</source>
        <translation>Aufzubewahrende tägliche &amp;Sicherungen:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>Printed &amp;headings in:</source>
        <translation>Gedruckte Über&amp;schriften in:</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy: due for deletion</source>
        <translation>Datenschutz: zur Löschung fällig</translation>
    </message>
    <message>
        <source>Student teachers whose retention date has passed. If they asked for their records, export them first; then erase their personal data. Enrolments, attendance, eTwinning status and competence levels stay, anonymously, so that cohort statistics remain right.</source>
        <translation>Lehramtsstudierende, deren Aufbewahrungsfrist abgelaufen ist. Wenn sie ihre Daten angefordert haben, exportieren Sie sie zuerst; löschen Sie dann ihre personenbezogenen Daten. Einschreibungen, Anwesenheit, eTwinning-Status und Kompetenzstufen bleiben anonym erhalten, damit die Statistiken der Kohorte stimmen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Keep records until</source>
        <translation>Daten aufbewahren bis</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Export their records…</source>
        <translation>Daten &amp;exportieren…</translation>
    </message>
    <message>
        <source>A zip with their record, portfolio and attachments, to give them</source>
        <translation>Ein ZIP mit Datensatz, Portfolio und Anhängen, zum Aushändigen</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Anonymise them; asks first and says what is kept</source>
        <translation>Anonymisieren; fragt vorher und sagt, was erhalten bleibt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>{n} due for deletion</source>
        <translation>{n} zur Löschung fällig</translation>
    </message>
    <message>
        <source>Nobody is due for deletion.</source>
        <translation>Niemand ist zur Löschung fällig.</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>self</source>
        <translation>selbst</translation>
    </message>
    <message>
        <source>educator</source>
        <translation>Lehrende</translation>
    </message>
    <message>
        <source>{number} {kind}: {first} to {latest}</source>
        <translation>{number} {kind}: {first} bis {latest}</translation>
    </message>
    <message>
        <source>{label} ({kind})
{first} on {first_on} → {latest} on {latest_on}</source>
        <translation>{label} ({kind})
{first} am {first_on} → {latest} am {latest_on}</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <source>eTwinning projects</source>
        <translation>eTwinning-Projekte</translation>
    </message>
    <message>
        <source>&amp;Add to a project team…</source>
        <translation>Zu einem Projektteam &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Make them a member of an eTwinning project&apos;s team</source>
        <translation>Zum Mitglied im Team eines eTwinning-Projekts machen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Role, date joined and contribution</source>
        <translation>Rolle, Beitrittsdatum und Beitrag</translation>
    </message>
    <message>
        <source>&amp;Remove from team…</source>
        <translation>Aus dem Team &amp;entfernen…</translation>
    </message>
    <message>
        <source>They leave the project&apos;s team</source>
        <translation>Verlässt das Team des Projekts</translation>
    </message>
    <message>
        <source>Not in any eTwinning project team yet.</source>
        <translation>Noch in keinem eTwinning-Projektteam.</translation>
    </message>
    <message>
        <source>Add to a project team</source>
        <translation>Zu einem Projektteam hinzufügen</translation>
    </message>
    <message>
        <source>They are in every project&apos;s team already, or there are no projects yet.</source>
        <translation>Schon im Team jedes Projekts, oder es gibt noch keine Projekte.</translation>
    </message>
    <message>
        <source>Added to the project team</source>
        <translation>Zum Projektteam hinzugefügt</translation>
    </message>
    <message>
        <source>Saved their place in “{project}”</source>
        <translation>Platz in „{project}“ gespeichert</translation>
    </message>
    <message>
        <source>Remove from project team</source>
        <translation>Aus dem Projektteam entfernen</translation>
    </message>
    <message>
        <source>Remove them from the team of “{project}”? Their contribution text goes too.</source>
        <translation>Aus dem Team von „{project}“ entfernen? Der Text zum Beitrag geht ebenfalls verloren.</translation>
    </message>
    <message>
        <source>Removed from “{project}”</source>
        <translation>Aus „{project}“ entfernt</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>History of {record}</source>
        <translation>Verlauf von {record}</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <source>Edit reflection</source>
        <translation>Reflexion bearbeiten</translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation>Neue Reflexion</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. “Our first partner call”</source>
        <translation>z. B. „Unser erstes Partnergespräch“</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>&amp;Free reflection</source>
        <translation>&amp;Freie Reflexion</translation>
    </message>
    <message>
        <source>&amp;Gibbs&apos; reflective cycle</source>
        <translation>Reflexionszyklus nach &amp;Gibbs</translation>
    </message>
    <message>
        <source>Six stages: description, feelings, evaluation, analysis, conclusion, action plan</source>
        <translation>Sechs Phasen: Beschreibung, Gefühle, Bewertung, Analyse, Schlussfolgerung, Handlungsplan</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}. {name}&lt;/b&gt; — {question}</source>
        <translation>&lt;b&gt;{number}. {name}&lt;/b&gt; — {question}</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Noch nicht speicherbar</translation>
    </message>
</context>
<context>
    <name>ReflectionsTab</name>
    <message>
        <source>Reflections</source>
        <translation>Reflexionen</translation>
    </message>
    <message>
        <source>Double-click or Enter opens the reflection</source>
        <translation>Doppelklick oder Eingabe öffnet die Reflexion</translation>
    </message>
    <message>
        <source>&amp;New reflection…</source>
        <translation>&amp;Neue Reflexion…</translation>
    </message>
    <message>
        <source>A free reflection in Markdown</source>
        <translation>Eine freie Reflexion in Markdown</translation>
    </message>
    <message>
        <source>New &amp;Gibbs reflection…</source>
        <translation>Neue &amp;Gibbs-Reflexion…</translation>
    </message>
    <message>
        <source>Description, feelings, evaluation, analysis, conclusion, action plan</source>
        <translation>Beschreibung, Gefühle, Bewertung, Analyse, Schlussfolgerung, Handlungsplan</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>No reflections yet.</source>
        <translation>Noch keine Reflexionen.</translation>
    </message>
    <message>
        <source>Saved the reflection</source>
        <translation>Reflexion gespeichert</translation>
    </message>
    <message>
        <source>Delete reflection</source>
        <translation>Reflexion löschen</translation>
    </message>
    <message>
        <source>Delete the reflection of {day}, “{title}”?</source>
        <translation>Die Reflexion vom {day}, „{title}“, löschen?</translation>
    </message>
    <message>
        <source>Deleted the reflection</source>
        <translation>Reflexion gelöscht</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>Write the report and show it, to read or print</source>
        <translation>Den Bericht schreiben und anzeigen, zum Lesen oder Drucken</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Write the report as a PDF file</source>
        <translation>Den Bericht als PDF-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Kohorte:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>The whole institution</source>
        <translation>Die gesamte Einrichtung</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report to {path}</source>
        <translation>Bericht gespeichert unter {path}</translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation>Der Bericht wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>ReviewsPanel</name>
    <message>
        <source>Language of the review copies&apos; headings</source>
        <translation>Sprache der Überschriften der Prüfexemplare</translation>
    </message>
    <message>
        <source>Write review copies for &amp;selected…</source>
        <translation>Prüfexemplare für &amp;Ausgewählte schreiben…</translation>
    </message>
    <message>
        <source>Write review copies for the &amp;cohort…</source>
        <translation>Prüfexemplare für die &amp;Kohorte schreiben…</translation>
    </message>
    <message>
        <source>&amp;Import returned forms…</source>
        <translation>Zurückgesandte Formulare &amp;importieren…</translation>
    </message>
    <message>
        <source>Or drop the returned PDF files onto this panel</source>
        <translation>Oder die zurückgesandten PDF-Dateien auf diesen Bereich ziehen</translation>
    </message>
    <message>
        <source>Mark &amp;resolved</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>Cohort:</source>
        <translation>Kohorte:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Comments and change requests</source>
        <translation>Kommentare und Änderungswünsche</translation>
    </message>
    <message>
        <source>Sent: %1 · Returned: %2 · Outstanding: %3</source>
        <translation>Verschickt: %1 · Zurück: %2 · Ausstehend: %3</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Rückmeldungen</translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Folder for the review copies</source>
        <translation>Ordner für die Prüfexemplare</translation>
    </message>
    <message>
        <source>Writing review copies…</source>
        <translation>Prüfexemplare werden geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Review copies</source>
        <translation>Prüfexemplare</translation>
    </message>
    <message>
        <source>%1 of %2 review copies written to %3</source>
        <translation>%1 von %2 Prüfexemplaren nach %3 geschrieben</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>Returned review copies</source>
        <translation>Zurückgesandte Prüfexemplare</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import roster</source>
        <translation>Teilnehmerliste importieren</translation>
    </message>
    <message>
        <source>A CSV or XLSX file: a Moodle participants list, a spreadsheet…</source>
        <translation>Eine CSV- oder XLSX-Datei: eine Moodle-Teilnehmerliste, eine Tabelle…</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Choose another if names show wrong letters</source>
        <translation>Eine andere wählen, wenn Namen falsche Buchstaben zeigen</translation>
    </message>
    <message>
        <source>an existing cohort, or a new name</source>
        <translation>eine bestehende Kohorte oder ein neuer Name</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Choose a roster file to import.</source>
        <translation>Eine Teilnehmerliste zum Importieren wählen.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>Into c&amp;ohort:</source>
        <translation>In K&amp;ohorte:</translation>
    </message>
    <message>
        <source>Choose a roster</source>
        <translation>Eine Teilnehmerliste wählen</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Worksheet “{name}”</source>
        <translation>Arbeitsblatt „{name}“</translation>
    </message>
    <message>
        <source>Read as {encoding}, separated by {delimiter}</source>
        <translation>Gelesen als {encoding}, getrennt durch {delimiter}</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>{count} to correct in the file (or in the columns): nothing is imported until the roster is clean.</source>
        <translation>{count} in der Datei (oder bei den Spalten) zu korrigieren: Es wird nichts importiert, bevor die Liste fehlerfrei ist.</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <source>{n:,} problems</source>
        <translation>{n:,} Probleme</translation>
    </message>
    <message>
        <source>{n:,} student teachers ready to import.</source>
        <translation>{n:,} Lehramtsstudierende bereit zum Import.</translation>
    </message>
    <message>
        <source>Importing {n:,} student teachers…</source>
        <translation>{n:,} Lehramtsstudierende werden importiert…</translation>
    </message>
</context>
<context>
    <name>SearchableTable</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
</context>
<context>
    <name>SessionChipDelegate</name>
    <message>
        <source>+ {n} more</source>
        <translation>+ {n} weitere</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>When the session starts</source>
        <translation>Wann die Sitzung beginnt</translation>
    </message>
    <message>
        <source>When the session ends</source>
        <translation>Wann die Sitzung endet</translation>
    </message>
    <message>
        <source>Room, school or building</source>
        <translation>Raum, Schule oder Gebäude</translation>
    </message>
    <message>
        <source>The online link of a video call or a TwinSpace page</source>
        <translation>Der Online-Link eines Videoanrufs oder einer TwinSpace-Seite</translation>
    </message>
    <message>
        <source>Who runs the session</source>
        <translation>Wer die Sitzung leitet</translation>
    </message>
    <message>
        <source>Session description</source>
        <translation>Beschreibung der Sitzung</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Leitung:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Beschrei&amp;bung:</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(noch niemand)</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>{when}
{n} attendance marks recorded</source>
        <translation>{when}
{n} Anwesenheitseinträge erfasst</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a session a week after the last one</source>
        <translation>Eine Sitzung eine Woche nach der letzten hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Add a copy of the selected session one week later</source>
        <translation>Eine Kopie der gewählten Sitzung eine Woche später hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected session</source>
        <translation>Die gewählte Sitzung entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Swap the selected session with the one before it, dates and all</source>
        <translation>Die gewählte Sitzung mit der vorherigen tauschen, samt Daten</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Swap the selected session with the one after it, dates and all</source>
        <translation>Die gewählte Sitzung mit der nächsten tauschen, samt Daten</translation>
    </message>
    <message>
        <source>&amp;Earlier by a week</source>
        <translation>Eine Woche &amp;früher</translation>
    </message>
    <message>
        <source>Move the selected session one week earlier</source>
        <translation>Die gewählte Sitzung eine Woche vorverlegen</translation>
    </message>
    <message>
        <source>&amp;Later by a week</source>
        <translation>Eine Woche &amp;später</translation>
    </message>
    <message>
        <source>Move the selected session one week later</source>
        <translation>Die gewählte Sitzung eine Woche später legen</translation>
    </message>
    <message>
        <source>Remove the session “{title}” on {when}?</source>
        <translation>Die Sitzung „{title}“ am {when} entfernen?</translation>
    </message>
    <message>
        <source>Its {n} attendance marks will be removed with it.</source>
        <translation>Ihre {n} Anwesenheitseinträge werden mit entfernt.</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Sitzung entfernen</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SignatureBanner</name>
    <message>
        <source>Sign-off</source>
        <translation>Abzeichnung</translation>
    </message>
    <message>
        <source>Show signed version…</source>
        <translation>Abgezeichnete Fassung zeigen…</translation>
    </message>
    <message>
        <source>The record as it was when it was signed</source>
        <translation>Der Datensatz, wie er bei der Abzeichnung war</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht abgezeichnet</translation>
    </message>
    <message>
        <source>✓ Signed by {who} on {date}</source>
        <translation>✓ Unterzeichnet von {who} am {date}</translation>
    </message>
    <message>
        <source>⚠ Changed since signed on {date} by {who}: {fields}</source>
        <translation>⚠ Geändert seit der Unterzeichnung am {date} durch {who}: {fields}</translation>
    </message>
</context>
<context>
    <name>SignedVersionDialog</name>
    <message>
        <source>Signed version</source>
        <translation>Abgezeichnete Fassung</translation>
    </message>
    <message>
        <source>Signed by {who} on {date}</source>
        <translation>Abgezeichnet von {who} am {date}</translation>
    </message>
</context>
<context>
    <name>StatusSetDialog</name>
    <message>
        <source>Attendance statuses</source>
        <translation>Anwesenheitsstatus</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>The key that sets this status in the grid</source>
        <translation>Die Taste, die diesen Status in der Tabelle setzt</translation>
    </message>
    <message>
        <source>Counts as &amp;present</source>
        <translation>Zählt als &amp;anwesend</translation>
    </message>
    <message>
        <source>Marks with this status count as attended in attendance rates</source>
        <translation>Einträge mit diesem Status zählen in den Anwesenheitsquoten als besucht</translation>
    </message>
    <message>
        <source>The name imports and exports use; it never changes</source>
        <translation>Der Name, den Import und Export verwenden; er ändert sich nie</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Add as new status</source>
        <translation>Als neuen Status &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Taste:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Space in the grid goes through the statuses in this order. A status used by marks cannot be removed.</source>
        <translation>Die Leertaste geht in der Tabelle in dieser Reihenfolge durch die Status. Ein Status, der in Einträgen verwendet wird, kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>counts as present</source>
        <translation>zählt als anwesend</translation>
    </message>
    <message>
        <source>{n:,} marks</source>
        <translation>{n:,} Einträge</translation>
    </message>
    <message>
        <source>Used by marks: change them first</source>
        <translation>Von Einträgen verwendet: diese zuerst ändern</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Edit student teacher</source>
        <translation>Lehramtsstudierende/n bearbeiten</translation>
    </message>
    <message>
        <source>Add student teacher</source>
        <translation>Lehramtsstudierende/n hinzufügen</translation>
    </message>
    <message>
        <source>institutional address, e.g. name@students.uni.eu</source>
        <translation>Adresse der Hochschule, z. B. name@students.uni.eu</translation>
    </message>
    <message>
        <source>(no cohort)</source>
        <translation>(keine Kohorte)</translation>
    </message>
    <message>
        <source>default: the cohort&apos;s programme</source>
        <translation>Standard: der Studiengang der Kohorte</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>two-letter codes, e.g. pl, en, de</source>
        <translation>zweibuchstabige Codes, z. B. pl, en, de</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registriert am</translation>
    </message>
    <message>
        <source>Validated by the NSO on</source>
        <translation>Von der NKS validiert am</translation>
    </message>
    <message>
        <source>Joined TwinSpace on</source>
        <translation>TwinSpace beigetreten am</translation>
    </message>
    <message>
        <source>Photos may be taken and kept</source>
        <translation>Fotos dürfen gemacht und aufbewahrt werden</translation>
    </message>
    <message>
        <source>Work may be published</source>
        <translation>Arbeiten dürfen veröffentlicht werden</translation>
    </message>
    <message>
        <source>Details may be shared with partners</source>
        <translation>Angaben dürfen an Partner weitergegeben werden</translation>
    </message>
    <message>
        <source>Keep the record until</source>
        <translation>Datensatz aufbewahren bis</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Student &amp;number:</source>
        <translation>&amp;Matrikelnummer:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Kohorte:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Studiengang:</translation>
    </message>
    <message>
        <source>&amp;Year of study:</source>
        <translation>Studien&amp;jahr:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Sprachen:</translation>
    </message>
    <message>
        <source>Placement &amp;school:</source>
        <translation>Praktikums&amp;schule:</translation>
    </message>
    <message>
        <source>eTwinning</source>
        <translation>eTwinning</translation>
    </message>
    <message>
        <source>&amp;Registration:</source>
        <translation>&amp;Registrierung:</translation>
    </message>
    <message>
        <source>Consents and retention</source>
        <translation>Einwilligungen und Aufbewahrung</translation>
    </message>
</context>
<context>
    <name>StudentLookup</name>
    <message>
        <source>Name or email of a student teacher</source>
        <translation>Name oder E-Mail einer/eines Lehramtsstudierenden</translation>
    </message>
    <message>
        <source>Look up a student teacher</source>
        <translation>Lehramtsstudierende/n nachschlagen</translation>
    </message>
    <message>
        <source>Double-click a module to open its attendance</source>
        <translation>Doppelklick auf ein Modul öffnet dessen Anwesenheit</translation>
    </message>
    <message>
        <source>No current student teacher matches “{text}”.</source>
        <translation>Keine aktuelle Person passt zu „{text}“.</translation>
    </message>
    <message>
        <source>This student teacher is no longer in the database.</source>
        <translation>Diese/r Lehramtsstudierende ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <source>eTwinning: {status}</source>
        <translation>eTwinning: {status}</translation>
    </message>
    <message>
        <source>Attended {rate} of the sessions recorded</source>
        <translation>{rate} der erfassten Sitzungen besucht</translation>
    </message>
    <message>
        <source>No attendance recorded yet</source>
        <translation>Noch keine Anwesenheit erfasst</translation>
    </message>
</context>
<context>
    <name>StudentRecord</name>
    <message>
        <source>(no module)</source>
        <translation>(kein Modul)</translation>
    </message>
</context>
<context>
    <name>StudentRecordWindow</name>
    <message>
        <source>Student teacher record</source>
        <translation>Akte der/des Lehramtsstudierenden</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Überblick</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Nachweise</translation>
    </message>
    <message>
        <source>&amp;Reflections</source>
        <translation>&amp;Reflexionen</translation>
    </message>
    <message>
        <source>eTwinning &amp;projects</source>
        <translation>eTwinning-&amp;Projekte</translation>
    </message>
    <message>
        <source>DigCompEdu &amp;competences</source>
        <translation>DigCompEdu-&amp;Kompetenzen</translation>
    </message>
    <message>
        <source>Impact &amp;survey</source>
        <translation>Wirkungs&amp;umfrage</translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation>Die Akte kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{name}: student teacher record</source>
        <translation>{name}: Akte</translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <source>Archived on {day}: shown while Show archived is ticked</source>
        <translation>Archiviert am {day}: angezeigt, solange „Archivierte zeigen“ angehakt ist</translation>
    </message>
    <message>
        <source>No attendance recorded yet</source>
        <translation>Noch keine Anwesenheit erfasst</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>1 student teacher</source>
        <translation>1 Lehramtsstudierende/r</translation>
    </message>
    <message>
        <source>{n:,} student teachers</source>
        <translation>{n:,} Lehramtsstudierende</translation>
    </message>
    <message>
        <source>Search by name, email, cohort, programme or eTwinning status</source>
        <translation>Nach Name, E-Mail, Kohorte, Studiengang oder eTwinning-Status suchen</translation>
    </message>
    <message>
        <source>&amp;Open record…</source>
        <translation>Akte &amp;öffnen…</translation>
    </message>
    <message>
        <source>Evidence, reflections and eTwinning projects of the student teacher (Enter)</source>
        <translation>Nachweise, Reflexionen und eTwinning-Projekte der/des Lehramtsstudierenden (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hivieren</translation>
    </message>
    <message>
        <source>Enrol in &amp;module…</source>
        <translation>In &amp;Modul einschreiben…</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>Teilnehmerliste &amp;importieren…</translation>
    </message>
    <message>
        <source>Export &amp;NSO list…</source>
        <translation>&amp;NKS-Liste exportieren…</translation>
    </message>
    <message>
        <source>Or drop a CSV or XLSX file on this page</source>
        <translation>Oder eine CSV- oder XLSX-Datei auf diese Seite ziehen</translation>
    </message>
    <message>
        <source>Who waits for the NSO to validate their eTwinning registration</source>
        <translation>Wer darauf wartet, dass die NKS die eTwinning-Registrierung validiert</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>A&amp;rchivierte zeigen</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} gespeichert</translation>
    </message>
    <message>
        <source>{name} is back on the roster</source>
        <translation>{name} ist wieder auf der Liste</translation>
    </message>
    <message>
        <source>Archive student teacher</source>
        <translation>Lehramtsstudierende/n archivieren</translation>
    </message>
    <message>
        <source>Archive {name}? They leave the roster and the daily work; nothing of theirs is deleted, and Show archived brings them back to view.</source>
        <translation>{name} archivieren? Die Person verlässt die Liste und die tägliche Arbeit; nichts von ihr wird gelöscht, und „Archivierte zeigen“ holt sie wieder in die Ansicht.</translation>
    </message>
    <message>
        <source>Archived {name}</source>
        <translation>{name} archiviert</translation>
    </message>
    <message>
        <source>eTwinning: {n} marked “{status}”</source>
        <translation>eTwinning: {n} als „{status}“ markiert</translation>
    </message>
    <message>
        <source>Enrolled {n}; {already} were enrolled already</source>
        <translation>{n} eingeschrieben; {already} waren schon eingeschrieben</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (neu)</translation>
    </message>
    <message>
        <source>Imported {total} into cohort {cohort}{new}: {created} added, {updated} updated, {unchanged} unchanged</source>
        <translation>{total} in Kohorte {cohort}{new} importiert: {created} neu, {updated} aktualisiert, {unchanged} unverändert</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Alle Kohorten</translation>
    </message>
    <message>
        <source>Export NSO list</source>
        <translation>NKS-Liste exportieren</translation>
    </message>
    <message>
        <source>Student teachers waiting for validation, of:</source>
        <translation>Lehramtsstudierende, die auf Validierung warten, aus:</translation>
    </message>
    <message>
        <source>Export NSO validation list</source>
        <translation>NKS-Validierungsliste exportieren</translation>
    </message>
    <message>
        <source>eTwinning validation list.xlsx</source>
        <translation>eTwinning-Validierungsliste.xlsx</translation>
    </message>
    <message>
        <source>Saved the NSO list ({people}) to {path}</source>
        <translation>NKS-Liste ({people}) gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Open record…</source>
        <translation>Akte öffnen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Enrol in module…</source>
        <translation>In Modul einschreiben…</translation>
    </message>
    <message>
        <source>eTwinning: registered, waiting for validation</source>
        <translation>eTwinning: registriert, wartet auf Validierung</translation>
    </message>
    <message>
        <source>eTwinning: validated by the NSO</source>
        <translation>eTwinning: von der NKS validiert</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
</context>
<context>
    <name>SurveyPanel</name>
    <message>
        <source>Before the module</source>
        <translation>Vor dem Modul</translation>
    </message>
    <message>
        <source>After the module</source>
        <translation>Nach dem Modul</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Save survey</source>
        <translation>Umfrage &amp;speichern</translation>
    </message>
    <message>
        <source>Impact survey</source>
        <translation>Wirkungsumfrage</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vor dem Modul</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nach dem Modul</translation>
    </message>
    <message>
        <source>{name} answered the survey {when}.</source>
        <translation>{name} hat die Umfrage {when} beantwortet.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>{name} has not answered the survey yet.</source>
        <translation>{name} hat die Umfrage noch nicht beantwortet.</translation>
    </message>
</context>
<context>
    <name>SurveyResultsView</name>
    <message>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <source>Impact survey: share agreeing</source>
        <translation>Wirkungsumfrage: Anteil Zustimmung</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{before}&apos;&gt;■&lt;/span&gt; before the module &amp;nbsp; &lt;span style=&apos;color:{after}&apos;&gt;■&lt;/span&gt; after it &amp;nbsp; &lt;span style=&apos;color:{study}&apos;&gt;■&lt;/span&gt; teachers in the 2013 eTwinning impact study</source>
        <translation>&lt;span style=&apos;color:{before}&apos;&gt;■&lt;/span&gt; vor dem Modul &amp;nbsp; &lt;span style=&apos;color:{after}&apos;&gt;■&lt;/span&gt; danach &amp;nbsp; &lt;span style=&apos;color:{study}&apos;&gt;■&lt;/span&gt; Lehrkräfte in der eTwinning-Wirkungsstudie 2013</translation>
    </message>
    <message>
        <source>Impact survey results</source>
        <translation>Ergebnisse der Wirkungsumfrage</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>2013 study</source>
        <translation>Studie 2013</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Kohorte:</translation>
    </message>
    <message>
        <source>No cohorts yet.</source>
        <translation>Noch keine Kohorten.</translation>
    </message>
    <message>
        <source>{rate} ({n} of {of})</source>
        <translation>{rate} ({n} von {of})</translation>
    </message>
    <message>
        <source>{students} student teachers: {pre} answered before the module, {post} after it. Agreeing means 4 or 5 on the scale of 1 to 5.</source>
        <translation>{students} Lehramtsstudierende: {pre} haben vor dem Modul geantwortet, {post} danach. Zustimmung heißt 4 oder 5 auf der Skala von 1 bis 5.</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>Keine Kommentare.</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>{shown:,} of {all} match the search</source>
        <translation>{shown:,} von {all} entsprechen der Suche</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Edit target</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Specific, measurable, achievable, relevant, timed</source>
        <translation>Spezifisch, messbar, erreichbar, relevant, terminiert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>DigCompEdu competence</source>
        <translation>DigCompEdu-Kompetenz</translation>
    </message>
    <message>
        <source>The DigCompEdu competence this target develops</source>
        <translation>Die DigCompEdu-Kompetenz, die dieses Ziel entwickelt</translation>
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
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>&amp;Competence:</source>
        <translation>&amp;Kompetenz:</translation>
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
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo &amp;history…</source>
        <translation>Rückgängig-&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Every change of this session; undo back to one</source>
        <translation>Alle Änderungen seit dem Öffnen; bis zu einer davon rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Activity log…</source>
        <translation>&amp;Aktivitätsprotokoll…</translation>
    </message>
    <message>
        <source>Who changed what and when, in this database</source>
        <translation>Wer hat was wann in dieser Datenbank geändert</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>{action} &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>{action} &amp;wiederholen</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Rückgängig gemacht: {action}</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Rückgängig machen nicht möglich</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Wiederholt: {action}</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Wiederholen nicht möglich</translation>
    </message>
    <message>
        <source>{n} actions</source>
        <translation>{n} Aktionen</translation>
    </message>
</context>
<context>
    <name>UndoHistoryDialog</name>
    <message>
        <source>Undo history</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>Click an earlier line to undo back to it, a greyed line to redo up to it.</source>
        <translation>Auf eine frühere Zeile klicken, um bis dorthin rückgängig zu machen, auf eine graue, um bis dorthin zu wiederholen.</translation>
    </message>
    <message>
        <source>Actions of this session</source>
        <translation>Aktionen seit dem Öffnen</translation>
    </message>
    <message>
        <source>As the database was opened</source>
        <translation>Wie beim Öffnen der Datenbank</translation>
    </message>
    <message>
        <source>Undone: click to redo</source>
        <translation>Rückgängig gemacht: zum Wiederholen klicken</translation>
    </message>
</context>
<context>
    <name>_LineDialog</name>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
</context>
</TS>
