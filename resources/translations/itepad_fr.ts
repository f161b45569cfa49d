<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>This is a shared PostgreSQL database ({where}). Its backups are the server&apos;s job: ask whoever runs it, or use pg_dump (see docs/shared-database.md). A portable copy of all records can be written with `itepad export-json FILE` and loaded into an empty database with `itepad import-json FILE`.</source>
        <translation>Ceci est une base de données PostgreSQL partagée ({where}). Ses sauvegardes relèvent du serveur : demandez à la personne qui l’administre, ou utilisez pg_dump (voir docs/shared-database.md). Une copie portable de toutes les données peut être écrite avec `itepad export-json FILE` et chargée dans une base vide avec `itepad import-json FILE`.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>itepad backups (*.sqlite)</source>
        <translation>Sauvegardes itepad (*.sqlite)</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base de données…</translation>
    </message>
    <message>
        <source>Backed up the database to {path}</source>
        <translation>Base de données sauvegardée dans {path}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the database {database} with the backup {source}?

Everything changed since that backup was taken will no longer show. The current database is kept first, as a backup of its own in {folder}, so you can go back to it by restoring that file.</source>
        <translation>Remplacer la base de données {database} par la sauvegarde {source} ?

Tout ce qui a changé depuis cette sauvegarde n’apparaîtra plus. La base actuelle est d’abord conservée comme sauvegarde dans {folder} : vous pourrez y revenir en restaurant ce fichier.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>itepad backups (*.sqlite);;All files (*)</source>
        <translation>Sauvegardes itepad (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Restored {source}.</source>
        <translation>{source} restaurée.</translation>
    </message>
    <message>
        <source>The database it replaced was kept as {path}.</source>
        <translation>La base de données remplacée a été conservée sous {path}.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Exporter toutes les données de {name}</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Writing everything about {name}…</source>
        <translation>Écriture de toutes les données de {name}…</translation>
    </message>
    <message>
        <source>Saved {n} files about {name} to {path}</source>
        <translation>{n} fichiers sur {name} enregistrés dans {path}</translation>
    </message>
    <message>
        <source>Erase the personal data of {name} ({email})?

Deleted: their name, email, student number, languages and placement school, their evidence, reflections and lesson observations, notes, remarks and comments about them, and mentoring meetings held with them alone.

Kept, tied to an anonymous record so that cohort statistics stay right: enrolments, attendance marks, eTwinning registration status and competence levels.

This cannot be undone in itepad.</source>
        <translation>Effacer les données personnelles de {name} ({email}) ?

Supprimés : nom, e-mail, numéro d’étudiant, langues et école de stage, pièces justificatives, réflexions et observations de classe, notes, remarques et commentaires la concernant, ainsi que les entretiens de mentorat tenus avec elle seule.

Conservés, rattachés à un enregistrement anonyme pour que les statistiques de la promotion restent justes : inscriptions, présences, statut d’inscription eTwinning et niveaux de compétence.

Cette opération est irréversible dans itepad.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <source>Erase {name}</source>
        <translation>Effacer {name}</translation>
    </message>
    <message>
        <source>Erased {name}: now anonymous student teacher {id}.</source>
        <translation>{name} effacé·e : désormais futur enseignant anonyme {id}.</translation>
    </message>
    <message>
        <source>A backup taken just before is {path}; delete it once you no longer need it.</source>
        <translation>Une sauvegarde faite juste avant se trouve dans {path} ; supprimez-la dès que vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <source>Erasing {name}…</source>
        <translation>Effacement de {name}…</translation>
    </message>
    <message>
        <source>Export everything about {name} (GDPR)…</source>
        <translation>Exporter toutes les données de {name} (RGPD)…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Effacer les données personnelles…</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Numéro d’étudiant</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Filière</translation>
    </message>
    <message>
        <source>Year of study</source>
        <translation>Année d’études</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Placement school</source>
        <translation>École de stage</translation>
    </message>
    <message>
        <source>eTwinning registration</source>
        <translation>Inscription eTwinning</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Validated by the NSO on</source>
        <translation>Validé par le BAN le</translation>
    </message>
    <message>
        <source>Joined TwinSpace on</source>
        <translation>A rejoint le TwinSpace le</translation>
    </message>
    <message>
        <source>Photos may be taken and kept</source>
        <translation>Photos autorisées et conservées</translation>
    </message>
    <message>
        <source>Work may be published</source>
        <translation>Travaux publiables</translation>
    </message>
    <message>
        <source>Details may be shared with partners</source>
        <translation>Données partageables avec les partenaires</translation>
    </message>
    <message>
        <source>Keep the record until</source>
        <translation>Conserver le dossier jusqu’au</translation>
    </message>
    <message>
        <source>Showing the record as saved by someone else</source>
        <translation>Dossier tel qu’enregistré par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>student teacher</source>
        <translation>futur enseignant</translation>
    </message>
    <message>
        <source>Their personal data has been erased (GDPR); it cannot be saved again.</source>
        <translation>Les données personnelles ont été effacées (RGPD) ; le dossier ne peut plus être enregistré.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Student teachers</source>
        <translation>Futurs enseignants</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentorat</translation>
    </message>
    <message>
        <source>Portfolios &amp; reports</source>
        <translation>Portfolios &amp; rapports</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Overdue actions are red</source>
        <translation>Les actions en retard sont en rouge</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>⚠ Changed since signed on {date} by {who}: {fields}</source>
        <translation>⚠ Modifié depuis la signature du {date} par {who} : {fields}</translation>
    </message>
    <message>
        <source>✓ Signed by {who} on {date}</source>
        <translation>✓ Signé par {who} le {date}</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prochain entretien</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Pre-meeting reflection</source>
        <translation>Réflexion préalable</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Student teacher</source>
        <translation>Futur enseignant</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Subject and topic</source>
        <translation>Matière et thème</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Signed off by the observer</source>
        <translation>Validé par l’observateur</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentees</source>
        <translation>mentorés</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>observateur</translation>
    </message>
    <message>
        <source>focus</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>pre-meeting reflection</source>
        <translation>réflexion préalable</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>objectifs</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>class</source>
        <translation>classe</translation>
    </message>
    <message>
        <source>pupils&apos; age</source>
        <translation>âge des élèves</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>matière</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>strengths</source>
        <translation>points forts</translation>
    </message>
    <message>
        <source>areas to develop</source>
        <translation>axes de progrès</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Sessions attended of the sessions held and recorded so far</source>
        <translation>Séances suivies parmi les séances tenues et saisies jusqu’ici</translation>
    </message>
    <message>
        <source>Best possible</source>
        <translation>Au mieux</translation>
    </message>
    <message>
        <source>The rate at the end of the module if every remaining session is attended</source>
        <translation>Le taux en fin de module si chaque séance restante est suivie</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorés</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <source>Signed off by the mentor</source>
        <translation>Validé par le mentor</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Student teachers enrolled or completed (not withdrawn)</source>
        <translation>Futurs enseignants inscrits ou ayant terminé (hors abandons)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Lieu ou lien</translation>
    </message>
    <message>
        <source>The room, or the online link of a video call</source>
        <translation>La salle, ou le lien en ligne d’un appel vidéo</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Absent in a row</source>
        <translation>Absences consécutives</translation>
    </message>
    <message>
        <source>Absences in a row up to the latest marked session (excused ones skipped)</source>
        <translation>Absences consécutives jusqu’à la dernière séance saisie (absences excusées ignorées)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sorted by family name</source>
        <translation>Trié par nom de famille</translation>
    </message>
    <message>
        <source>eTwinning</source>
        <translation>eTwinning</translation>
    </message>
    <message>
        <source>Registration on the eTwinning platform</source>
        <translation>Inscription sur la plateforme eTwinning</translation>
    </message>
    <message>
        <source>Share of recorded sessions attended (present or late)</source>
        <translation>Part des séances saisies suivies (présent ou en retard)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>ECTS</source>
        <translation>ECTS</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Quality Label criteria</source>
        <translation>Critères du Label de qualité</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>0 — not met</source>
        <translation>0 — non atteint</translation>
    </message>
    <message>
        <source>1 — partly met</source>
        <translation>1 — partiellement atteint</translation>
    </message>
    <message>
        <source>2 — largely met</source>
        <translation>2 — largement atteint</translation>
    </message>
    <message>
        <source>3 — fully met</source>
        <translation>3 — entièrement atteint</translation>
    </message>
    <message>
        <source>Type a status&apos;s key to mark and move down · Space cycles · Delete clears · Ctrl+Space or a click on the date selects the whole session · F2 edits the remark</source>
        <translation>Tapez la touche d’un statut pour marquer et descendre · Espace fait défiler · Suppr efface · Ctrl+Espace ou un clic sur la date sélectionne toute la séance · F2 modifie la remarque</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Modules and participation</source>
        <translation>Modules et participation</translation>
    </message>
    <message>
        <source>eTwinning projects</source>
        <translation>Projets eTwinning</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Réflexions</translation>
    </message>
    <message>
        <source>Mentoring log</source>
        <translation>Journal de mentorat</translation>
    </message>
    <message>
        <source>Lesson observations</source>
        <translation>Observations de classe</translation>
    </message>
    <message>
        <source>Final comment</source>
        <translation>Commentaire final</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Dernier envoi</translation>
    </message>
    <message>
        <source>Last returned</source>
        <translation>Dernier retour</translation>
    </message>
    <message>
        <source>Read and confirmed</source>
        <translation>Lu et confirmé</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Demandes en cours</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Retourné</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Traité</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Statut d’évaluation</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>The DigCompEdu competences the evidence supports</source>
        <translation>Les compétences DigCompEdu que la pièce justificative étaye</translation>
    </message>
    <message>
        <source>File or address</source>
        <translation>Fichier ou adresse</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Beginning</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Hands-on demonstration</source>
        <translation>Démonstration pratique</translation>
    </message>
    <message>
        <source>Mentoring session</source>
        <translation>Séance de mentorat</translation>
    </message>
    <message>
        <source>TwinSpace project work</source>
        <translation>Travail de projet dans le TwinSpace</translation>
    </message>
    <message>
        <source>Partner video call</source>
        <translation>Appel vidéo avec les partenaires</translation>
    </message>
    <message>
        <source>ITE event</source>
        <translation>Événement de formation initiale</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Non inscrit</translation>
    </message>
    <message>
        <source>Pending validation</source>
        <translation>En attente de validation</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Placement-linked</source>
        <translation>Lié au stage</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Not involved</source>
        <translation>Non impliqué</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Accord signé</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>European</source>
        <translation>Européen</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Attribué</translation>
    </message>
    <message>
        <source>Not awarded</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>TwinSpace page</source>
        <translation>Page TwinSpace</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Ready for assessment</source>
        <translation>Prêt pour l’évaluation</translation>
    </message>
    <message>
        <source>Does not meet</source>
        <translation>Ne satisfait pas</translation>
    </message>
    <message>
        <source>Partially meets</source>
        <translation>Satisfait partiellement</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Satisfait</translation>
    </message>
    <message>
        <source>Free reflection</source>
        <translation>Réflexion libre</translation>
    </message>
    <message>
        <source>Gibbs&apos; reflective cycle</source>
        <translation>Cycle réflexif de Gibbs</translation>
    </message>
    <message>
        <source>Cohort participation</source>
        <translation>Participation de la promotion</translation>
    </message>
    <message>
        <source>per student teacher attendance, eTwinning, projects, evidence and mentoring</source>
        <translation>par futur enseignant : présences, eTwinning, projets, pièces justificatives et mentorat</translation>
    </message>
    <message>
        <source>Module report</source>
        <translation>Rapport de module</translation>
    </message>
    <message>
        <source>sessions held and attendance, enrolments, outcomes, projects, what students produced</source>
        <translation>séances tenues et présences, inscriptions, acquis d’apprentissage, projets, productions des étudiants</translation>
    </message>
    <message>
        <source>Impact survey</source>
        <translation>Enquête d’impact</translation>
    </message>
    <message>
        <source>a cohort&apos;s survey answers next to the 2013 eTwinning impact study</source>
        <translation>les réponses d’une promotion face à l’étude d’impact eTwinning de 2013</translation>
    </message>
    <message>
        <source>Quality Label application</source>
        <translation>Candidature au Label de qualité</translation>
    </message>
    <message>
        <source>a Quality Label application draft for an eTwinning project</source>
        <translation>un brouillon de candidature au Label de qualité pour un projet eTwinning</translation>
    </message>
    <message>
        <source>European Award dossier</source>
        <translation>Dossier du Prix européen</translation>
    </message>
    <message>
        <source>a draft dossier for the European Award for Initial Teacher Education</source>
        <translation>un brouillon de dossier pour le Prix européen de la formation initiale des enseignants</translation>
    </message>
    <message>
        <source>Registered on eTwinning</source>
        <translation>Inscrits sur eTwinning</translation>
    </message>
    <message>
        <source>Validated by the NSO</source>
        <translation>Validés par le BAN</translation>
    </message>
    <message>
        <source>Joined a TwinSpace</source>
        <translation>Ont rejoint un TwinSpace</translation>
    </message>
    <message>
        <source>In a project team</source>
        <translation>Dans une équipe de projet</translation>
    </message>
    <message>
        <source>Strongly disagree</source>
        <translation>Pas du tout d’accord</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Pas d’accord</translation>
    </message>
    <message>
        <source>Neither agree nor disagree</source>
        <translation>Ni d’accord ni pas d’accord</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>D’accord</translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation>Tout à fait d’accord</translation>
    </message>
    <message>
        <source>Networking across Europe</source>
        <translation>Réseautage à travers l’Europe</translation>
    </message>
    <message>
        <source>I expect eTwinning to help me build a network of teachers across Europe.</source>
        <translation>J’attends d’eTwinning qu’il m’aide à construire un réseau d’enseignants à travers l’Europe.</translation>
    </message>
    <message>
        <source>eTwinning helped me build a network of teachers across Europe.</source>
        <translation>eTwinning m’a permis de construire un réseau d’enseignants à travers l’Europe.</translation>
    </message>
    <message>
        <source>New or improved ICT skills</source>
        <translation>Compétences TIC nouvelles ou améliorées</translation>
    </message>
    <message>
        <source>I expect eTwinning to give me new or better ICT skills.</source>
        <translation>J’attends d’eTwinning qu’il m’apporte des compétences TIC nouvelles ou meilleures.</translation>
    </message>
    <message>
        <source>eTwinning gave me new or better ICT skills.</source>
        <translation>eTwinning m’a apporté des compétences TIC nouvelles ou meilleures.</translation>
    </message>
    <message>
        <source>Impact on pupils</source>
        <translation>Impact sur les élèves</translation>
    </message>
    <message>
        <source>I expect eTwinning projects to improve my pupils&apos; skills or motivation.</source>
        <translation>J’attends des projets eTwinning qu’ils améliorent les compétences ou la motivation de mes élèves.</translation>
    </message>
    <message>
        <source>eTwinning project work improved my pupils&apos; skills or motivation.</source>
        <translation>Le travail de projet eTwinning a amélioré les compétences ou la motivation de mes élèves.</translation>
    </message>
    <message>
        <source>International teaching community</source>
        <translation>Communauté enseignante internationale</translation>
    </message>
    <message>
        <source>I expect eTwinning to make me feel part of an international teaching community.</source>
        <translation>J’attends d’eTwinning qu’il me fasse sentir membre d’une communauté enseignante internationale.</translation>
    </message>
    <message>
        <source>eTwinning made me feel part of an international teaching community.</source>
        <translation>Grâce à eTwinning, je me sens membre d’une communauté enseignante internationale.</translation>
    </message>
    <message>
        <source>Foreign language skills</source>
        <translation>Compétences en langues étrangères</translation>
    </message>
    <message>
        <source>I expect eTwinning to improve my foreign language skills.</source>
        <translation>J’attends d’eTwinning qu’il améliore mes compétences en langues étrangères.</translation>
    </message>
    <message>
        <source>eTwinning improved my foreign language skills.</source>
        <translation>eTwinning a amélioré mes compétences en langues étrangères.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Avant → après</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Modifier l’action</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Ce qui doit être fait</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Qui s’en charge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
</context>
<context>
    <name>ActionQueue</name>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Your edit is kept in the editor. Retry now, or keep working and save again later.</source>
        <translation>Votre modification reste dans l’éditeur. Réessayez maintenant, ou continuez et enregistrez plus tard.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Overdue since {date}</source>
        <translation>En retard depuis le {date}</translation>
    </message>
</context>
<context>
    <name>ActivityLogDialog</name>
    <message>
        <source>Activity log</source>
        <translation>Journal d’activité</translation>
    </message>
    <message>
        <source>Search actions, records and values</source>
        <translation>Rechercher des actions, enregistrements et valeurs</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Tous les enregistrements</translation>
    </message>
    <message>
        <source>Changes on or after this day</source>
        <translation>Modifications à partir de ce jour</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>n’importe quel jour</translation>
    </message>
    <message>
        <source>Changes on or before this day</source>
        <translation>Modifications jusqu’à ce jour</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>&amp;Who, what:</source>
        <translation>&amp;Qui, quoi :</translation>
    </message>
    <message>
        <source>&amp;From, to:</source>
        <translation>&amp;Du, au :</translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <source>Change assessment</source>
        <translation>Modifier l’évaluation</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <source>Self-assessment (the student teacher)</source>
        <translation>Auto-évaluation (le futur enseignant)</translation>
    </message>
    <message>
        <source>Educator assessment</source>
        <translation>Évaluation par le formateur</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(non précisé)</translation>
    </message>
    <message>
        <source>What the level rests on (optional)</source>
        <translation>Sur quoi repose le niveau (facultatif)</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Par :</translation>
    </message>
    <message>
        <source>&amp;Teacher educator:</source>
        <translation>&amp;Formateur :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
</context>
<context>
    <name>AtRiskModel</name>
    <message>
        <source>{rate} ({attended} of {recorded})</source>
        <translation>{rate} ({attended} sur {recorded})</translation>
    </message>
    <message>
        <source>{n} absences in a row</source>
        <translation>{n} absences consécutives</translation>
    </message>
    <message>
        <source>at best {rate} (target {target})</source>
        <translation>au mieux {rate} (objectif {target})</translation>
    </message>
    <message>
        <source>{email}
Double-click to open their attendance</source>
        <translation>{email}
Double-cliquez pour ouvrir ses présences</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <source>Remark: {remark}</source>
        <translation>Remarque : {remark}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Recorded by {who} on {day} at {time}</source>
        <translation>Saisi par {who} le {day} à {time}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Click to select the whole session, then press a key to mark all.</source>
        <translation>Cliquez pour sélectionner toute la séance, puis appuyez sur une touche pour tout marquer.</translation>
    </message>
</context>
<context>
    <name>AttendanceGridView</name>
    <message>
        <source>Attendance register</source>
        <translation>Registre des présences</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>The module whose attendance is shown</source>
        <translation>Le module dont les présences sont affichées</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module :</translation>
    </message>
    <message>
        <source>Sign-in &amp;sheet…</source>
        <translation>Feuille d’&amp;émargement…</translation>
    </message>
    <message>
        <source>Save a printable sign-in sheet (PDF) for the current session</source>
        <translation>Enregistrer une feuille d’émargement imprimable (PDF) pour la séance en cours</translation>
    </message>
    <message>
        <source>&amp;Import marks…</source>
        <translation>&amp;Importer des présences…</translation>
    </message>
    <message>
        <source>Read marks from a CSV or XLSX file with the columns email, session and status</source>
        <translation>Lire les présences d’un fichier CSV ou XLSX avec les colonnes email, session et status</translation>
    </message>
    <message>
        <source>S&amp;tatuses…</source>
        <translation>S&amp;tatuts…</translation>
    </message>
    <message>
        <source>Add, change, order or remove attendance statuses</source>
        <translation>Ajouter, modifier, ordonner ou supprimer des statuts de présence</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>&amp;Remarque :</translation>
    </message>
    <message>
        <source>Select a marked cell to add a remark</source>
        <translation>Sélectionnez une cellule marquée pour ajouter une remarque</translation>
    </message>
    <message>
        <source>No modules yet.</source>
        <translation>Aucun module pour l’instant.</translation>
    </message>
    <message>
        <source>No modules yet</source>
        <translation>Aucun module pour l’instant</translation>
    </message>
    <message>
        <source>This module has no sessions yet.</source>
        <translation>Ce module n’a pas encore de séances.</translation>
    </message>
    <message>
        <source>No student teachers are enrolled in this module.</source>
        <translation>Aucun futur enseignant n’est inscrit à ce module.</translation>
    </message>
    <message>
        <source>{module}: {students:,} student teachers, {sessions:,} sessions</source>
        <translation>{module} : {students:,} futurs enseignants, {sessions:,} séances</translation>
    </message>
    <message>
        <source>Attendance not saved: the grid shows what is saved.</source>
        <translation>Présences non enregistrées : la grille montre ce qui est enregistré.</translation>
    </message>
    <message>
        <source>Remark on {name}, {session} ({day}); Enter saves</source>
        <translation>Remarque sur {name}, {session} ({day}) ; Entrée enregistre</translation>
    </message>
    <message>
        <source>Save the sign-in sheet of {session}</source>
        <translation>Enregistrer la feuille d’émargement de {session}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the sign-in sheet to {path}</source>
        <translation>Feuille d’émargement enregistrée dans {path}</translation>
    </message>
    <message>
        <source>Import attendance marks into {module}</source>
        <translation>Importer des présences dans {module}</translation>
    </message>
    <message>
        <source>CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Fichiers CSV ou Excel (*.csv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported marks: {added} added, {changed} changed, {same} already so</source>
        <translation>Présences importées : {added} ajoutées, {changed} modifiées, {same} déjà identiques</translation>
    </message>
    <message>
        <source>Correct the file and import it again; the details list every problem.</source>
        <translation>Corrigez le fichier et importez-le à nouveau ; le détail liste chaque problème.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Portfolios of {cohort}</source>
        <translation>Portfolios de {cohort}</translation>
    </message>
    <message>
        <source>Starting the workers…</source>
        <translation>Démarrage des processus…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Cancelling: finishing the portfolios being written…</source>
        <translation>Annulation : fin des portfolios en cours d’écriture…</translation>
    </message>
    <message>
        <source>{done} of {total} written; the latest: {name}</source>
        <translation>{done} sur {total} écrits ; le dernier : {name}</translation>
    </message>
    <message>
        <source>The cohort has no student teachers: nothing was written.</source>
        <translation>La promotion n’a aucun futur enseignant : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Cancelled: {written} of {total} portfolios were written to {folder}.</source>
        <translation>Annulé : {written} portfolios sur {total} ont été écrits dans {folder}.</translation>
    </message>
    <message>
        <source>{written} of {total} portfolios were written to {folder}.</source>
        <translation>{written} portfolios sur {total} ont été écrits dans {folder}.</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <source>No sessions</source>
        <translation>Aucune séance</translation>
    </message>
</context>
<context>
    <name>CalendarTable</name>
    <message>
        <source>Edit {code}: {session} ({time})…</source>
        <translation>Modifier {code} : {session} ({time})…</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd’hui</translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation>&amp;Suivant ▶</translation>
    </message>
    <message>
        <source>Dates shown</source>
        <translation>Dates affichées</translation>
    </message>
    <message>
        <source>Calendar of sessions</source>
        <translation>Calendrier des séances</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Go to the days around today (Alt+T)</source>
        <translation>Aller aux jours autour d’aujourd’hui (Alt+T)</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 séance</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} séances</translation>
    </message>
</context>
<context>
    <name>ClashBanner</name>
    <message>
        <source>Clashes</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>1 clash:</source>
        <translation>1 conflit :</translation>
    </message>
    <message>
        <source>{n} clashes:</source>
        <translation>{n} conflits :</translation>
    </message>
    <message>
        <source>Click a session of this module to go to it</source>
        <translation>Cliquez sur une séance de ce module pour y aller</translation>
    </message>
</context>
<context>
    <name>CohortsTab</name>
    <message>
        <source>Cohorts enrolled in the module</source>
        <translation>Promotions inscrites au module</translation>
    </message>
    <message>
        <source>There are no cohorts yet: import a roster to create one.</source>
        <translation>Il n’y a pas encore de promotion : importez une liste d’étudiants pour en créer une.</translation>
    </message>
    <message>
        <source>The cohorts that take this module (Space ticks the selected one). Two modules sharing a cohort must not have sessions at the same time.</source>
        <translation>Les promotions qui suivent ce module (Espace coche celle sélectionnée). Deux modules partageant une promotion ne doivent pas avoir de séances en même temps.</translation>
    </message>
</context>
<context>
    <name>CompetenceMatrixModel</name>
    <message>
        <source>Competence</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Area {number}: {name}</source>
        <translation>Domaine {number} : {name}</translation>
    </message>
    <message>
        <source>Not assessed yet: press F2 or Enter to choose a level</source>
        <translation>Pas encore évalué : appuyez sur F2 ou Entrée pour choisir un niveau</translation>
    </message>
    <message>
        <source>the student teacher</source>
        <translation>le futur enseignant</translation>
    </message>
    <message>
        <source>a teacher educator</source>
        <translation>un formateur</translation>
    </message>
    <message>
        <source>{code} {name}, {date}, by {by}</source>
        <translation>{code} {name}, {date}, par {by}</translation>
    </message>
</context>
<context>
    <name>CompetencePicker</name>
    <message>
        <source>DigCompEdu competences</source>
        <translation>Compétences DigCompEdu</translation>
    </message>
</context>
<context>
    <name>CompetencesPanel</name>
    <message>
        <source>Competence matrix</source>
        <translation>Matrice des compétences</translation>
    </message>
    <message>
        <source>Pick a cell and press F2, Enter or a level&apos;s letter to choose a level</source>
        <translation>Choisissez une cellule et appuyez sur F2, Entrée ou la lettre d’un niveau pour choisir le niveau</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>É&amp;valuer…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>History of the competence</source>
        <translation>Historique de la compétence</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Avant et après</translation>
    </message>
    <message>
        <source>Nothing to compare yet: a competence needs two assessments by the same kind.</source>
        <translation>Rien à comparer pour l’instant : une compétence doit avoir deux évaluations du même type.</translation>
    </message>
    <message>
        <source>○ first assessment  ● latest  —  &lt;span style=&apos;color:#1f6fb2&apos;&gt;■ self&lt;/span&gt;  &lt;span style=&apos;color:#e65100&apos;&gt;■ educator&lt;/span&gt;</source>
        <translation>○ première évaluation  ● dernière  —  &lt;span style=&apos;color:#1f6fb2&apos;&gt;■ auto&lt;/span&gt;  &lt;span style=&apos;color:#e65100&apos;&gt;■ formateur&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>{name}: {n} of {total} competences assessed ({count} assessments)</source>
        <translation>{name} : {n} compétences évaluées sur {total} ({count} évaluations)</translation>
    </message>
    <message>
        <source>History of {number} {name}</source>
        <translation>Historique de {number} {name}</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Supprimer l’évaluation</translation>
    </message>
    <message>
        <source>Delete the {level} assessment of {date}?</source>
        <translation>Supprimer l’évaluation {level} du {date} ?</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Not saved: someone else saved first</source>
        <translation>Non enregistré : quelqu’un d’autre a enregistré avant vous</translation>
    </message>
    <message>
        <source>Someone else deleted this {what}</source>
        <translation>Quelqu’un d’autre a supprimé cet élément ({what})</translation>
    </message>
    <message>
        <source>It was deleted after you opened it, so your change could not be saved.</source>
        <translation>Il a été supprimé après que vous l’avez ouvert : votre modification n’a donc pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed this {what}</source>
        <translation>Quelqu’un d’autre a modifié cet élément ({what})</translation>
    </message>
    <message>
        <source>They saved it after you opened it; your change is not saved yet. Reload to see their version, or keep yours: fields you did not change keep theirs.</source>
        <translation>L’autre personne a enregistré après votre ouverture ; votre modification n’est pas encore enregistrée. Rechargez pour voir sa version, ou gardez la vôtre : les champs que vous n’avez pas modifiés gardent ses valeurs.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La vôtre</translation>
    </message>
    <message>
        <source>Theirs (saved now)</source>
        <translation>L’autre (enregistrée)</translation>
    </message>
    <message>
        <source>{n} field(s) differ; they are highlighted.</source>
        <translation>{n} champ(s) diffèrent ; ils sont surlignés.</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Show your values and theirs side by side</source>
        <translation>Afficher vos valeurs et les siennes côte à côte</translation>
    </message>
    <message>
        <source>&amp;Reload (discard mine)</source>
        <translation>&amp;Recharger (abandonner les miennes)</translation>
    </message>
    <message>
        <source>Show the record as it is saved now</source>
        <translation>Afficher le dossier tel qu’il est enregistré maintenant</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder les miennes</translation>
    </message>
    <message>
        <source>Save your change on top of the version saved now</source>
        <translation>Enregistrer votre modification par-dessus la version enregistrée</translation>
    </message>
    <message>
        <source>Save as &amp;new</source>
        <translation>Enregistrer comme &amp;nouveau</translation>
    </message>
    <message>
        <source>Add what you typed as a new record</source>
        <translation>Ajouter ce que vous avez saisi comme nouvel enregistrement</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Student teachers</source>
        <translation>Futurs enseignants</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Sessions in the next 14 days</source>
        <translation>Séances des 14 prochains jours</translation>
    </message>
    <message>
        <source>Sessions of any module starting within two weeks</source>
        <translation>Séances de tous les modules qui commencent d’ici deux semaines</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Share of the marks of sessions held so far that count as present (present or late), in every module; the same rule as the chart and the alerts</source>
        <translation>Part des présences des séances tenues jusqu’ici qui comptent comme présent (présent ou en retard), dans tous les modules ; la même règle que le graphique et les alertes</translation>
    </message>
    <message>
        <source>Overdue mentoring actions</source>
        <translation>Actions de mentorat en retard</translation>
    </message>
    <message>
        <source>Open actions from mentoring meetings whose due date has passed</source>
        <translation>Actions en cours issues d’entretiens de mentorat dont l’échéance est passée</translation>
    </message>
    <message>
        <source>Attendance per module</source>
        <translation>Présences par module</translation>
    </message>
    <message>
        <source>No sessions held yet.</source>
        <translation>Aucune séance tenue pour l’instant.</translation>
    </message>
    <message>
        <source>eTwinning registration</source>
        <translation>Inscription eTwinning</translation>
    </message>
    <message>
        <source>Student teachers at risk</source>
        <translation>Futurs enseignants en difficulté</translation>
    </message>
    <message>
        <source>No sessions in the next 14 days.</source>
        <translation>Aucune séance dans les 14 prochains jours.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>En bref</translation>
    </message>
    <message>
        <source>Look up a student teacher</source>
        <translation>Rechercher un futur enseignant</translation>
    </message>
    <message>
        <source>Upcoming sessions</source>
        <translation>Séances à venir</translation>
    </message>
    <message>
        <source>Impact survey</source>
        <translation>Enquête d’impact</translation>
    </message>
    <message>
        <source>in {n:,} cohorts</source>
        <translation>dans {n:,} promotions</translation>
    </message>
    <message>
        <source>in 1 cohort</source>
        <translation>dans 1 promotion</translation>
    </message>
    <message>
        <source>of recorded marks</source>
        <translation>des présences saisies</translation>
    </message>
    <message>
        <source>nothing recorded yet</source>
        <translation>rien de saisi pour l’instant</translation>
    </message>
    <message>
        <source>of {n:,} open</source>
        <translation>sur {n:,} en cours</translation>
    </message>
    <message>
        <source>Figures as of {time}</source>
        <translation>Chiffres à {time}</translation>
    </message>
    <message>
        <source>{held} of {sessions} sessions held</source>
        <translation>{held} séances tenues sur {sessions}</translation>
    </message>
    <message>
        <source>{students} student teachers</source>
        <translation>{students} futurs enseignants</translation>
    </message>
    <message>
        <source>{n} marks not entered</source>
        <translation>{n} présences non saisies</translation>
    </message>
    <message>
        <source>{n} at risk</source>
        <translation>{n} en difficulté</translation>
    </message>
    <message>
        <source>target {rate}</source>
        <translation>objectif {rate}</translation>
    </message>
    <message>
        <source>Student teachers at risk ({n:,})</source>
        <translation>Futurs enseignants en difficulté ({n:,})</translation>
    </message>
    <message>
        <source>Nobody is at risk: no one has {n} absences in a row or can end below {rate}.</source>
        <translation>Personne n’est en difficulté : personne n’a {n} absences consécutives ni ne peut finir sous {rate}.</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>Short unique code, e.g. ETW101; files are named after it</source>
        <translation>Code court et unique, p. ex. ETW101 ; les fichiers portent ce nom</translation>
    </message>
    <message>
        <source>e.g. Semester 1</source>
        <translation>p. ex. Semestre 1</translation>
    </message>
    <message>
        <source>ECTS credits the module is worth</source>
        <translation>Crédits ECTS du module</translation>
    </message>
    <message>
        <source>Session times are wall-clock times in this zone, e.g. Europe/Brussels</source>
        <translation>Les heures des séances sont des heures locales de ce fuseau, p. ex. Europe/Brussels</translation>
    </message>
    <message>
        <source>Languages of the module as two-letter codes, separated by commas</source>
        <translation>Langues du module en codes de deux lettres, séparés par des virgules</translation>
    </message>
    <message>
        <source>Quality Label criteria the module addresses</source>
        <translation>Critères du Label de qualité que le module couvre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>How student teachers are assessed (Markdown)</source>
        <translation>Comment les futurs enseignants sont évalués (Markdown)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre :</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Semestre :</translation>
    </message>
    <message>
        <source>&amp;ECTS:</source>
        <translation>&amp;ECTS :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>É&amp;valuation :</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol in module</source>
        <translation>Inscrire au module</translation>
    </message>
    <message>
        <source>the selected student teacher</source>
        <translation>le futur enseignant sélectionné</translation>
    </message>
    <message>
        <source>the {n} selected student teachers</source>
        <translation>les {n} futurs enseignants sélectionnés</translation>
    </message>
    <message>
        <source>everyone in the cohort</source>
        <translation>toute la promotion</translation>
    </message>
    <message>
        <source>Links the cohort to the module too; people who withdrew stay withdrawn</source>
        <translation>Lie aussi la promotion au module ; les abandons restent des abandons</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module :</translation>
    </message>
    <message>
        <source>Enrol:</source>
        <translation>Inscrire :</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Promotion :</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Edit evidence ({kind})</source>
        <translation>Modifier la pièce justificative ({kind})</translation>
    </message>
    <message>
        <source>New evidence ({kind})</source>
        <translation>Nouvelle pièce justificative ({kind})</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>What it is, e.g. “Lesson plan with a partner call”</source>
        <translation>De quoi il s’agit, p. ex. « Plan de cours avec appel aux partenaires »</translation>
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
        <translation>Date</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Statut d’évaluation</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>The evidence itself, in Markdown</source>
        <translation>La pièce justificative elle-même, en Markdown</translation>
    </message>
    <message>
        <source>What it shows and how it came about, in Markdown</source>
        <translation>Ce qu’elle montre et comment elle est née, en Markdown</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>A copy kept in itepad&apos;s attachments folder</source>
        <translation>Une copie conservée dans le dossier des pièces jointes d’itepad</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module :</translation>
    </message>
    <message>
        <source>&amp;Review status:</source>
        <translation>&amp;Statut d’évaluation :</translation>
    </message>
    <message>
        <source>DigCompEdu competences ({n})</source>
        <translation>Compétences DigCompEdu ({n})</translation>
    </message>
    <message>
        <source>DigCompEdu competences</source>
        <translation>Compétences DigCompEdu</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Impossible d’enregistrer pour l’instant</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>Evidence</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <source>Double-click or Enter edits; drop files here to attach them</source>
        <translation>Double-clic ou Entrée pour modifier ; déposez des fichiers ici pour les joindre</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Ajouter un &amp;fichier…</translation>
    </message>
    <message>
        <source>Attach a copy of a file (or drop files on this tab)</source>
        <translation>Joindre une copie d’un fichier (ou déposer des fichiers sur cet onglet)</translation>
    </message>
    <message>
        <source>Add &amp;link…</source>
        <translation>Ajouter un &amp;lien…</translation>
    </message>
    <message>
        <source>A web page or online work</source>
        <translation>Une page web ou un travail en ligne</translation>
    </message>
    <message>
        <source>Add &amp;TwinSpace page…</source>
        <translation>Ajouter une page &amp;TwinSpace…</translation>
    </message>
    <message>
        <source>A page, forum or material in the project&apos;s TwinSpace</source>
        <translation>Une page, un forum ou un document du TwinSpace du projet</translation>
    </message>
    <message>
        <source>Add te&amp;xt…</source>
        <translation>Ajouter un te&amp;xte…</translation>
    </message>
    <message>
        <source>Evidence written here, in Markdown</source>
        <translation>Pièce justificative rédigée ici, en Markdown</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the file or the address</source>
        <translation>Ouvrir le fichier ou l’adresse</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the evidence (and its attached copy)</source>
        <translation>Supprimer la pièce justificative (et sa copie jointe)</translation>
    </message>
    <message>
        <source>&amp;Check files</source>
        <translation>&amp;Vérifier les fichiers</translation>
    </message>
    <message>
        <source>Check that every attached file is there and unchanged since attaching</source>
        <translation>Vérifier que chaque fichier joint est présent et inchangé depuis son ajout</translation>
    </message>
    <message>
        <source>No evidence yet. Attach files (or drop them here), or add links, TwinSpace pages or texts.</source>
        <translation>Aucune pièce justificative pour l’instant. Joignez des fichiers (ou déposez-les ici), ou ajoutez des liens, des pages TwinSpace ou des textes.</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>« {title} » ajouté</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>« {title} » enregistré</translation>
    </message>
    <message>
        <source>Attach files as evidence</source>
        <translation>Joindre des fichiers comme pièces justificatives</translation>
    </message>
    <message>
        <source>Attached {file}</source>
        <translation>{file} joint</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Impossible d’ouvrir</translation>
    </message>
    <message>
        <source> Its copy of {file} is removed too; the original is not touched.</source>
        <translation> Sa copie de {file} est aussi supprimée ; l’original n’est pas touché.</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>Supprimer la pièce justificative</translation>
    </message>
    <message>
        <source>Delete “{title}” from the portfolio?</source>
        <translation>Supprimer « {title} » du portfolio ?</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>« {title} » supprimé</translation>
    </message>
    <message>
        <source>No files are attached.</source>
        <translation>Aucun fichier n’est joint.</translation>
    </message>
    <message>
        <source>All {n} attached files are there, unchanged since attaching.</source>
        <translation>Les {n} fichiers joints sont tous présents et inchangés depuis leur ajout.</translation>
    </message>
    <message>
        <source>{title} ({file}): changed since it was attached</source>
        <translation>{title} ({file}) : modifié depuis son ajout</translation>
    </message>
    <message>
        <source>{title} ({file}): missing</source>
        <translation>{title} ({file}) : manquant</translation>
    </message>
    <message>
        <source>{bad} of {n} attached files need attention:</source>
        <translation>{bad} fichiers joints sur {n} demandent votre attention :</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide page</source>
        <translation>Page du guide d’utilisation</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>itepad user guide: {page}</source>
        <translation>Guide d’utilisation d’itepad : {page}</translation>
    </message>
    <message>
        <source>Not opened: {link} is not a page of the guide or a web address.</source>
        <translation>Non ouvert : {link} n’est ni une page du guide ni une adresse web.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Self</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Educator: {name}</source>
        <translation>Formateur : {name}</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>Formateur</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Changed through: {source}</source>
        <translation>Modifié via : {source}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Select a line to see what changed</source>
        <translation>Sélectionnez une ligne pour voir ce qui a changé</translation>
    </message>
    <message>
        <source>{record} {operation} by {who} on {when}</source>
        <translation>{record} {operation} par {who} le {when}</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th align=left&gt;Field&lt;/th&gt;&lt;th align=left&gt;Before&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=left&gt;After&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th align=left&gt;Champ&lt;/th&gt;&lt;th align=left&gt;Avant&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=left&gt;Après&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No visible change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune modification visible.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Names and free text were removed by an erasure.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Les noms et les textes libres ont été retirés par un effacement.&lt;/i&gt;&lt;/p&gt;</translation>
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
        <translation>Entrée ou double-clic modifie une ligne</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Retirer {name}</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>Retirer la ligne sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>At most {n}; edit or remove one first</source>
        <translation>Au plus {n} ; modifiez ou retirez-en un d’abord</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Opening database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Daily backup written to {path}</source>
        <translation>Sauvegarde quotidienne écrite dans {path}</translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation>La sauvegarde quotidienne a échoué : {reason}</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>La base de données n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>itepad cannot open the database</source>
        <translation>itepad ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <source>This page has no search field.</source>
        <translation>Cette page n’a pas de champ de recherche.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Copy the database to a file</source>
        <translation>Copier la base de données dans un fichier</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Put a backup in place of the database; the current one is kept</source>
        <translation>Mettre une sauvegarde à la place de la base de données ; l’actuelle est conservée</translation>
    </message>
    <message>
        <source>Open backups &amp;folder</source>
        <translation>Ouvrir le d&amp;ossier des sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Privacy…</source>
        <translation>&amp;Confidentialité…</translation>
    </message>
    <message>
        <source>Who is due for deletion: export their records, erase their data</source>
        <translation>Qui doit être supprimé : exporter ses données, effacer ses données personnelles</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>Préfére&amp;nces…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About itepad</source>
        <translation>À &amp;propos d’itepad</translation>
    </message>
    <message>
        <source>The user guide could not be opened.</source>
        <translation>Le guide d’utilisation n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>About itepad</source>
        <translation>À propos d’itepad</translation>
    </message>
    <message>
        <source>&lt;h3&gt;itepad {version}&lt;/h3&gt;&lt;p&gt;The teacher educator&apos;s desk for &lt;i&gt;eTwinning for future teachers&lt;/i&gt;: modules, attendance, mentoring and portfolios, offline.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;itepad {version}&lt;/h3&gt;&lt;p&gt;Le bureau du formateur d’enseignants pour &lt;i&gt;eTwinning pour les futurs enseignants&lt;/i&gt; : modules, présences, mentorat et portfolios, hors ligne.&lt;/p&gt;&lt;p&gt;Logiciel libre sous la licence publique générale GNU, version 3 ou toute version ultérieure (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database is open yet.</source>
        <translation>Aucune base de données n’est encore ouverte.</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>Markdown: # heading, **bold**, *italic*, - list item, [link](https://…)</source>
        <translation>Markdown : # titre, **gras**, *italique*, - élément de liste, [lien](https://…)</translation>
    </message>
    <message>
        <source>{name}: preview</source>
        <translation>{name} : aperçu</translation>
    </message>
    <message>
        <source>Preview of the text as it will be printed</source>
        <translation>Aperçu du texte tel qu’il sera imprimé</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Mentoring meeting</source>
        <translation>Entretien de mentorat</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>Changes are saved as you go, when you leave a field (Ctrl+S saves now)</source>
        <translation>Les modifications sont enregistrées au fur et à mesure, quand vous quittez un champ (Ctrl+S enregistre tout de suite)</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>Signer…</translation>
    </message>
    <message>
        <source>Sign what the meeting record says now</source>
        <translation>Signer ce que dit maintenant le compte rendu de l’entretien</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the meeting now (Ctrl+S)</source>
        <translation>Enregistrer l’entretien maintenant (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Teacher educator, school mentor or eTwinning ambassador</source>
        <translation>Formateur, tuteur en établissement ou ambassadeur eTwinning</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <source>Agenda template</source>
        <translation>Modèle d’ordre du jour</translation>
    </message>
    <message>
        <source>Fills in the focus, duration and an outline of the notes</source>
        <translation>Remplit le thème, la durée et un plan des notes</translation>
    </message>
    <message>
        <source>&amp;Next meeting:</source>
        <translation>&amp;Prochain entretien :</translation>
    </message>
    <message>
        <source>Plan the next meeting</source>
        <translation>Planifier le prochain entretien</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Prochain entretien</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>The agreed focus of the meeting</source>
        <translation>Le thème convenu de l’entretien</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>M&amp;odalité :</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Ordre du jour :</translation>
    </message>
    <message>
        <source>Men&amp;tor:</source>
        <translation>Men&amp;tor :</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>M&amp;entees:</source>
        <translation>M&amp;entorés :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Pre-meeting reflection</source>
        <translation>Réflexion préalable</translation>
    </message>
    <message>
        <source>The mentee&apos;s reflection: progress on earlier targets, where the evidence is</source>
        <translation>La réflexion du mentoré : progrès sur les objectifs précédents, où sont les pièces justificatives</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Add &amp;target…</source>
        <translation>Ajouter un &amp;objectif…</translation>
    </message>
    <message>
        <source>Add a SMART target (at most three a meeting)</source>
        <translation>Ajouter un objectif SMART (trois au plus par entretien)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Add a&amp;ction…</source>
        <translation>Ajouter une a&amp;ction…</translation>
    </message>
    <message>
        <source>Add an action with its owner and due date</source>
        <translation>Ajouter une action avec son responsable et son échéance</translation>
    </message>
    <message>
        <source>&lt;b&gt;Targets&lt;/b&gt; (at most three)</source>
        <translation>&lt;b&gt;Objectifs&lt;/b&gt; (trois au plus)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Actions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Actions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Targets and actions</source>
        <translation>Objectifs et actions</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Mentoring meeting of {date}</source>
        <translation>Entretien de mentorat du {date}</translation>
    </message>
    <message>
        <source>The agenda template this meeting was started from</source>
        <translation>Le modèle d’ordre du jour à partir duquel cet entretien a été créé</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved yet: the connection was lost (Save retries)</source>
        <translation>Pas encore enregistré : la connexion a été perdue (Enregistrer réessaie)</translation>
    </message>
    <message>
        <source>Not saved yet: someone else saved first</source>
        <translation>Pas encore enregistré : quelqu’un d’autre a enregistré avant vous</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <source>Cannot open the meeting</source>
        <translation>Impossible d’ouvrir l’entretien</translation>
    </message>
    <message>
        <source>Showing the version saved by someone else</source>
        <translation>Version enregistrée par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>mentoring meeting</source>
        <translation>entretien de mentorat</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Who takes part?</source>
        <translation>Qui participe ?</translation>
    </message>
    <message>
        <source>Choose the mentor and tick at least one student teacher.</source>
        <translation>Choisissez le mentor et cochez au moins un futur enseignant.</translation>
    </message>
    <message>
        <source>Saved the meeting</source>
        <translation>Entretien enregistré</translation>
    </message>
    <message>
        <source>Sign off the meeting</source>
        <translation>Signer l’entretien</translation>
    </message>
    <message>
        <source>Who signs? (name or email)</source>
        <translation>Qui signe ? (nom ou e-mail)</translation>
    </message>
    <message>
        <source>Sign the meeting record as {who}? Any later change will show as “changed since signed”.</source>
        <translation>Signer le compte rendu de l’entretien en tant que {who} ? Toute modification ultérieure apparaîtra comme « modifié depuis la signature ».</translation>
    </message>
    <message>
        <source>Signed the meeting</source>
        <translation>Entretien signé</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>⚠ changed</source>
        <translation>⚠ modifié</translation>
    </message>
    <message>
        <source>Changed since it was signed off: open it to compare</source>
        <translation>Modifié depuis la signature : ouvrez-le pour comparer</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Not signed off yet</source>
        <translation>Pas encore signé</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>Add to a project team</source>
        <translation>Ajouter à une équipe de projet</translation>
    </message>
    <message>
        <source>Place in the project team</source>
        <translation>Place dans l’équipe du projet</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>e.g. partner coordinator, pupils&apos; activities</source>
        <translation>p. ex. coordination des partenaires, activités des élèves</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Arrivé le</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>What they did in the project, in Markdown</source>
        <translation>Ce qu’il a fait dans le projet, en Markdown</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projet :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>&amp;Arrivé le :</translation>
    </message>
    <message>
        <source>Contribution:</source>
        <translation>Contribution :</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Impossible d’enregistrer pour l’instant</translation>
    </message>
</context>
<context>
    <name>MenteePicker</name>
    <message>
        <source>Find a student teacher</source>
        <translation>Trouver un futur enseignant</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorés</translation>
    </message>
    <message>
        <source>Tick the student teachers who take part (Space ticks)</source>
        <translation>Cochez les futurs enseignants qui participent (Espace coche)</translation>
    </message>
</context>
<context>
    <name>MentoringLogView</name>
    <message>
        <source>Student teacher</source>
        <translation>Futur enseignant</translation>
    </message>
    <message>
        <source>Type part of a name or email to find a student teacher</source>
        <translation>Tapez une partie d’un nom ou d’un e-mail pour trouver un futur enseignant</translation>
    </message>
    <message>
        <source>&amp;Student teacher:</source>
        <translation>&amp;Futur enseignant :</translation>
    </message>
    <message>
        <source>Mentoring log</source>
        <translation>Journal de mentorat</translation>
    </message>
    <message>
        <source>Click a meeting&apos;s heading to open it</source>
        <translation>Cliquez sur le titre d’un entretien pour l’ouvrir</translation>
    </message>
</context>
<context>
    <name>MentoringPage</name>
    <message>
        <source>Search meetings by mentor, mentee or focus</source>
        <translation>Rechercher des entretiens par mentor, mentoré ou thème</translation>
    </message>
    <message>
        <source>Search open actions by text, owner, student or mentor</source>
        <translation>Rechercher des actions en cours par texte, responsable, étudiant ou mentor</translation>
    </message>
    <message>
        <source>Search observations by student teacher, class, subject or observer</source>
        <translation>Rechercher des observations par futur enseignant, classe, matière ou observateur</translation>
    </message>
    <message>
        <source>Search by mentor or month (2026-11)</source>
        <translation>Rechercher par mentor ou mois (2026-11)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions en cours</translation>
    </message>
    <message>
        <source>Lesson observations</source>
        <translation>Observations de classe</translation>
    </message>
    <message>
        <source>Mentoring log</source>
        <translation>Journal de mentorat</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nouvel entretien…</translation>
    </message>
    <message>
        <source>Record a mentoring meeting (Ctrl+N)</source>
        <translation>Enregistrer un entretien de mentorat (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Open the selected meeting (Enter)</source>
        <translation>Ouvrir l’entretien sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Right-click (or the menu key) to mark an action done</source>
        <translation>Clic droit (ou touche menu) pour marquer une action comme faite</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer &amp;fait</translation>
    </message>
    <message>
        <source>Mark the selected action done (Ctrl+D)</source>
        <translation>Marquer l’action sélectionnée comme faite (Ctrl+D)</translation>
    </message>
    <message>
        <source>New &amp;observation…</source>
        <translation>Nouvelle &amp;observation…</translation>
    </message>
    <message>
        <source>Record a lesson observation (Ctrl+N)</source>
        <translation>Enregistrer une observation de classe (Ctrl+N)</translation>
    </message>
    <message>
        <source>1 mentoring meeting</source>
        <translation>1 entretien de mentorat</translation>
    </message>
    <message>
        <source>{n:,} mentoring meetings</source>
        <translation>{n:,} entretiens de mentorat</translation>
    </message>
    <message>
        <source>{meetings} · {open:,} open actions, {overdue:,} overdue</source>
        <translation>{meetings} · {open:,} actions en cours, {overdue:,} en retard</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>the meeting of {day} ({mentor})</source>
        <translation>l’entretien du {day} ({mentor})</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer fait</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Open the meeting…</source>
        <translation>Ouvrir l’entretien…</translation>
    </message>
    <message>
        <source>Marked done: {text}</source>
        <translation>Fait : {text}</translation>
    </message>
    <message>
        <source>Dropped: {text}</source>
        <translation>Abandonné : {text}</translation>
    </message>
</context>
<context>
    <name>ModuleEditor</name>
    <message>
        <source>← All modules</source>
        <translation>← Tous les modules</translation>
    </message>
    <message>
        <source>Back to the list of modules (Alt+Left)</source>
        <translation>Retour à la liste des modules (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Changes are saved as you go, when you leave a field (Ctrl+S saves now)</source>
        <translation>Les modifications sont enregistrées au fur et à mesure, quand vous quittez un champ (Ctrl+S enregistre tout de suite)</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Enregistrer comme modèle…</translation>
    </message>
    <message>
        <source>Save this module as a course template for new modules</source>
        <translation>Enregistrer ce module comme modèle de cours pour de nouveaux modules</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>Exporter le calendrier (.ics)…</translation>
    </message>
    <message>
        <source>Save the sessions as an iCalendar file for calendar programs</source>
        <translation>Enregistrer les séances dans un fichier iCalendar pour les agendas</translation>
    </message>
    <message>
        <source>Module handbook (PDF)…</source>
        <translation>Livret du module (PDF)…</translation>
    </message>
    <message>
        <source>Write the module handbook as a PDF file</source>
        <translation>Écrire le livret du module en PDF</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Acquis</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Partners &amp;&amp; projects</source>
        <translation>Partenaires &amp;&amp; projets</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved yet: the connection was lost (Ctrl+S retries)</source>
        <translation>Pas encore enregistré : la connexion a été perdue (Ctrl+S réessaie)</translation>
    </message>
    <message>
        <source>Not saved yet: someone else saved first</source>
        <translation>Pas encore enregistré : quelqu’un d’autre a enregistré avant vous</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <source>Cannot open the module</source>
        <translation>Impossible d’ouvrir le module</translation>
    </message>
    <message>
        <source>Showing the version saved by someone else</source>
        <translation>Version enregistrée par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>module</source>
        <translation>module</translation>
    </message>
    <message>
        <source>session</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>Save {code} as a course template</source>
        <translation>Enregistrer {code} comme modèle de cours</translation>
    </message>
    <message>
        <source>Course templates (*.md)</source>
        <translation>Modèles de cours (*.md)</translation>
    </message>
    <message>
        <source>Saved the template to {path}; new modules can start from it.</source>
        <translation>Modèle enregistré dans {path} ; de nouveaux modules peuvent en partir.</translation>
    </message>
    <message>
        <source>Export the sessions of {code}</source>
        <translation>Exporter les séances de {code}</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Saved the calendar to {path}</source>
        <translation>Calendrier enregistré dans {path}</translation>
    </message>
    <message>
        <source>Save the handbook of {code}</source>
        <translation>Enregistrer le livret de {code}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the handbook to {path}</source>
        <translation>Livret enregistré dans {path}</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Nothing was written</source>
        <translation>Rien d’écrit</translation>
    </message>
</context>
<context>
    <name>ModulesPage</name>
    <message>
        <source>Search modules by code, title, year, term, kind or status</source>
        <translation>Rechercher des modules par code, titre, année, semestre, type ou statut</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>All modules in a table</source>
        <translation>Tous les modules dans un tableau</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>The sessions of every module, week by week</source>
        <translation>Les séances de tous les modules, semaine par semaine</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <source>The sessions of every module, month by month</source>
        <translation>Les séances de tous les modules, mois par mois</translation>
    </message>
    <message>
        <source>New module…</source>
        <translation>Nouveau module…</translation>
    </message>
    <message>
        <source>Plan a new module from a course template (Ctrl+N)</source>
        <translation>Planifier un nouveau module à partir d’un modèle de cours (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Open the selected module in the editor (Enter)</source>
        <translation>Ouvrir le module sélectionné dans l’éditeur (Entrée)</translation>
    </message>
    <message>
        <source>1 module</source>
        <translation>1 module</translation>
    </message>
    <message>
        <source>{n:,} modules</source>
        <translation>{n:,} modules</translation>
    </message>
    <message>
        <source>Editing {module}</source>
        <translation>Modification de {module}</translation>
    </message>
    <message>
        <source>Created module {code}; it is open in the editor.</source>
        <translation>Module {code} créé ; il est ouvert dans l’éditeur.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
</context>
<context>
    <name>NewModuleDialog</name>
    <message>
        <source>New module from a template</source>
        <translation>Nouveau module à partir d’un modèle</translation>
    </message>
    <message>
        <source>Course templates</source>
        <translation>Modèles de cours</translation>
    </message>
    <message>
        <source>e.g. ETW104</source>
        <translation>p. ex. ETW104</translation>
    </message>
    <message>
        <source>A short code no other module has</source>
        <translation>Un code court qu’aucun autre module n’a</translation>
    </message>
    <message>
        <source>Leave empty to use the template&apos;s title</source>
        <translation>Laisser vide pour reprendre le titre du modèle</translation>
    </message>
    <message>
        <source>Week 1 is the week holding this date</source>
        <translation>La semaine 1 est celle qui contient cette date</translation>
    </message>
    <message>
        <source>The day of the week most sessions fall on</source>
        <translation>Le jour de la semaine où tombent la plupart des séances</translation>
    </message>
    <message>
        <source>When the sessions usually start</source>
        <translation>L’heure habituelle de début des séances</translation>
    </message>
    <message>
        <source>A day in the week to skip</source>
        <translation>Un jour de la semaine à sauter</translation>
    </message>
    <message>
        <source>S&amp;kip this week</source>
        <translation>Sau&amp;ter cette semaine</translation>
    </message>
    <message>
        <source>No sessions in the week holding this date (a holiday or exam week)</source>
        <translation>Pas de séances dans la semaine de cette date (vacances ou examens)</translation>
    </message>
    <message>
        <source>Weeks to skip</source>
        <translation>Semaines à sauter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Plan the selected week again (Delete)</source>
        <translation>Replanifier la semaine sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Week and session</source>
        <translation>Semaine et séance</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Séances prévues</translation>
    </message>
    <message>
        <source>&amp;Create module</source>
        <translation>&amp;Créer le module</translation>
    </message>
    <message>
        <source>Reading the course templates…</source>
        <translation>Lecture des modèles de cours…</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Date de &amp;début :</translation>
    </message>
    <message>
        <source>Usual &amp;weekday:</source>
        <translation>&amp;Jour habituel :</translation>
    </message>
    <message>
        <source>&amp;Usual time:</source>
        <translation>&amp;Heure habituelle :</translation>
    </message>
    <message>
        <source>Weeks to s&amp;kip:</source>
        <translation>Semaines à sau&amp;ter :</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>Mo&amp;dèle :</translation>
    </message>
    <message>
        <source>&amp;Planned sessions:</source>
        <translation>Séances &amp;prévues :</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semaine</translation>
    </message>
    <message>
        <source>{n} weeks</source>
        <translation>{n} semaines</translation>
    </message>
    <message>
        <source>{kind}, {weeks}, {ects:g} ECTS, {n} sessions</source>
        <translation>{kind}, {weeks}, {ects:g} ECTS, {n} séances</translation>
    </message>
    <message>
        <source>These template files could not be read and are left out:</source>
        <translation>Ces fichiers de modèle n’ont pas pu être lus et sont ignorés :</translation>
    </message>
    <message>
        <source>There are no course templates to start from.</source>
        <translation>Il n’y a aucun modèle de cours pour commencer.</translation>
    </message>
    <message>
        <source>Week of {monday}</source>
        <translation>Semaine du {monday}</translation>
    </message>
    <message>
        <source>The first session falls on {day}, before the start date: choose another weekday or start date if that is not what you want.</source>
        <translation>La première séance tombe le {day}, avant la date de début : choisissez un autre jour ou une autre date de début si ce n’est pas voulu.</translation>
    </message>
    <message>
        <source>Week {n}</source>
        <translation>Semaine {n}</translation>
    </message>
    <message>
        <source>Skipped week ({days})</source>
        <translation>Semaine sautée ({days})</translation>
    </message>
    <message>
        <source>Creating {code}…</source>
        <translation>Création de {code}…</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>Lesson observation</source>
        <translation>Observation de classe</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Student teacher</source>
        <translation>Futur enseignant</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>S&amp;tudent teacher:</source>
        <translation>&amp;Futur enseignant :</translation>
    </message>
    <message>
        <source>O&amp;bserver:</source>
        <translation>O&amp;bservateur :</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Classe :</translation>
    </message>
    <message>
        <source>The class observed, e.g. 5B</source>
        <translation>La classe observée, p. ex. 5B</translation>
    </message>
    <message>
        <source>Pupils&apos; &amp;age:</source>
        <translation>Â&amp;ge des élèves :</translation>
    </message>
    <message>
        <source>e.g. 10-11</source>
        <translation>p. ex. 10-11</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Matière :</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>Thè&amp;me :</translation>
    </message>
    <message>
        <source>Agreed &amp;focus:</source>
        <translation>&amp;Thème convenu :</translation>
    </message>
    <message>
        <source>What the observer looks at</source>
        <translation>Ce que l’observateur regarde</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Areas to develop</source>
        <translation>Axes de progrès</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>Signer…</translation>
    </message>
    <message>
        <source>Sign what the observation says now (saved first)</source>
        <translation>Signer ce que dit maintenant l’observation (enregistrée d’abord)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the observation (Ctrl+S)</source>
        <translation>Enregistrer l’observation (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close without saving the changes not yet saved</source>
        <translation>Fermer sans les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Saved the observation</source>
        <translation>Observation enregistrée</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The observation was deleted</source>
        <translation>L&apos;observation a été supprimée</translation>
    </message>
    <message>
        <source>lesson observation</source>
        <translation>observation de classe</translation>
    </message>
    <message>
        <source>Sign off the observation</source>
        <translation>Signer l’observation</translation>
    </message>
    <message>
        <source>Who signs? (name or email)</source>
        <translation>Qui signe ? (nom ou e-mail)</translation>
    </message>
    <message>
        <source>Sign the observation as {who}?</source>
        <translation>Signer l’observation en tant que {who} ?</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <source>Learning outcomes</source>
        <translation>Acquis d’apprentissage</translation>
    </message>
    <message>
        <source>A&amp;dd outcome</source>
        <translation>A&amp;jouter un acquis</translation>
    </message>
    <message>
        <source>Add a learning outcome after the others</source>
        <translation>Ajouter un acquis d’apprentissage après les autres</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Remove the selected learning outcome (Delete)</source>
        <translation>Retirer l’acquis sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Outcome text</source>
        <translation>Texte de l’acquis</translation>
    </message>
    <message>
        <source>What student teachers can do after the module, e.g. “Plan a TwinSpace …”</source>
        <translation>Ce que les futurs enseignants savent faire après le module, p. ex. « Planifier un TwinSpace … »</translation>
    </message>
    <message>
        <source>Outcome &amp;text:</source>
        <translation>&amp;Texte de l’acquis :</translation>
    </message>
    <message>
        <source>DigCompEdu competences this outcome develops (Space ticks a box):</source>
        <translation>Compétences DigCompEdu que cet acquis développe (Espace coche une case) :</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(pas encore de texte)</translation>
    </message>
    <message>
        <source>Remove learning outcome</source>
        <translation>Retirer l’acquis d’apprentissage</translation>
    </message>
    <message>
        <source>Remove the learning outcome “{text}”?</source>
        <translation>Retirer l’acquis « {text} » ?</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Cohort:</source>
        <translation>Promotion :</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Filière :</translation>
    </message>
    <message>
        <source>Placement school:</source>
        <translation>École de stage :</translation>
    </message>
    <message>
        <source>eTwinning:</source>
        <translation>eTwinning :</translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation>Inscrit le :</translation>
    </message>
    <message>
        <source>Validated by the NSO on:</source>
        <translation>Validé par le BAN le :</translation>
    </message>
    <message>
        <source>Joined TwinSpace on:</source>
        <translation>A rejoint le TwinSpace le :</translation>
    </message>
    <message>
        <source>Attendance, all modules:</source>
        <translation>Présences, tous modules :</translation>
    </message>
    <message>
        <source>Held sessions attended of those with a mark, over all their modules</source>
        <translation>Séances tenues suivies parmi celles saisies, sur tous ses modules</translation>
    </message>
    <message>
        <source>Modules and attendance</source>
        <translation>Modules et présences</translation>
    </message>
    <message>
        <source>Not enrolled in any module.</source>
        <translation>Inscrit à aucun module.</translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation>Modules :</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivé)</translation>
    </message>
    <message>
        <source>, year {n}</source>
        <translation>, année {n}</translation>
    </message>
    <message>
        <source>nothing recorded yet</source>
        <translation>rien de saisi pour l’instant</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Opening database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>PagedHistory</name>
    <message>
        <source>Show &amp;older</source>
        <translation>Afficher les plus &amp;anciennes</translation>
    </message>
    <message>
        <source>Read the next {n} lines</source>
        <translation>Lire les {n} lignes suivantes</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>{n:,} changes</source>
        <translation>{n:,} modifications</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 modification</translation>
    </message>
    <message>
        <source>The newest {n:,} changes</source>
        <translation>Les {n:,} modifications les plus récentes</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <source>Partner institutions</source>
        <translation>Établissements partenaires</translation>
    </message>
    <message>
        <source>Institution to add</source>
        <translation>Établissement à ajouter</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>&amp;Ajouter le partenaire</translation>
    </message>
    <message>
        <source>Add the chosen institution as a partner of the module</source>
        <translation>Ajouter l’établissement choisi comme partenaire du module</translation>
    </message>
    <message>
        <source>&amp;Remove partner</source>
        <translation>&amp;Retirer le partenaire</translation>
    </message>
    <message>
        <source>Remove the selected partner (Delete)</source>
        <translation>Retirer le partenaire sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>eTwinning project</source>
        <translation>Projet eTwinning</translation>
    </message>
    <message>
        <source>No eTwinning project is linked to this module yet.</source>
        <translation>Aucun projet eTwinning n’est encore lié à ce module.</translation>
    </message>
    <message>
        <source>The project&apos;s state on the eTwinning platform</source>
        <translation>L’état du projet sur la plateforme eTwinning</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>Add an eTwinning project to this module</source>
        <translation>Ajouter un projet eTwinning à ce module</translation>
    </message>
    <message>
        <source>Remove from &amp;module</source>
        <translation>Retirer du &amp;module</translation>
    </message>
    <message>
        <source>Take the project out of this module; the project itself stays on record</source>
        <translation>Retirer le projet de ce module ; le projet lui-même reste enregistré</translation>
    </message>
    <message>
        <source>Partner institutions of the project</source>
        <translation>Établissements partenaires du projet</translation>
    </message>
    <message>
        <source>Quality Label self-check</source>
        <translation>Autoévaluation pour le Label de qualité</translation>
    </message>
    <message>
        <source>How well the project meets each of the five Quality Label criteria, 0 to 3</source>
        <translation>Dans quelle mesure le projet remplit chacun des cinq critères du Label de qualité, de 0 à 3</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Partenaires :</translation>
    </message>
    <message>
        <source>eTwinning projects</source>
        <translation>Projets eTwinning</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{criterion}: rating</source>
        <translation>{criterion} : note</translation>
    </message>
    <message>
        <source>{criterion}: note</source>
        <translation>{criterion} : note écrite</translation>
    </message>
    <message>
        <source>Evidence, or what is missing</source>
        <translation>Pièces justificatives, ou ce qui manque</translation>
    </message>
    <message>
        <source>New eTwinning project</source>
        <translation>Nouveau projet eTwinning</translation>
    </message>
    <message>
        <source>Title of the project:</source>
        <translation>Titre du projet :</translation>
    </message>
    <message>
        <source>Remove project from module</source>
        <translation>Retirer le projet du module</translation>
    </message>
    <message>
        <source>Take “{title}” out of this module? The project stays on record.</source>
        <translation>Retirer « {title} » de ce module ? Le projet reste enregistré.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>The printer could not start.</source>
        <translation>L’imprimante n’a pas pu démarrer.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewWindow</name>
    <message>
        <source> of {count}</source>
        <translation> sur {count}</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save PDF as</source>
        <translation>Enregistrer le PDF sous</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved to {path}: {reason}</source>
        <translation>Le PDF n’a pas été enregistré dans {path} : {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sent {count} pages to the printer</source>
        <translation>{count} pages envoyées à l’imprimante</translation>
    </message>
</context>
<context>
    <name>PhaseForm</name>
    <message>
        <source>Answered &amp;on:</source>
        <translation>Répondu &amp;le :</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
    <message>
        <source>Comments (optional)</source>
        <translation>Commentaires (facultatif)</translation>
    </message>
</context>
<context>
    <name>PortfoliosPage</name>
    <message>
        <source>Find a student teacher by name, email, cohort or programme</source>
        <translation>Trouver un futur enseignant par nom, e-mail, promotion ou filière</translation>
    </message>
    <message>
        <source>&amp;Save portfolio PDF…</source>
        <translation>&amp;Enregistrer le portfolio en PDF…</translation>
    </message>
    <message>
        <source>Write the selected student teacher&apos;s portfolio as a PDF file</source>
        <translation>Écrire le portfolio du futur enseignant sélectionné en PDF</translation>
    </message>
    <message>
        <source>Double-click a student teacher, or select one and press Save.</source>
        <translation>Double-cliquez sur un futur enseignant, ou sélectionnez-le et appuyez sur Enregistrer.</translation>
    </message>
    <message>
        <source>The cohort whose portfolios to write</source>
        <translation>La promotion dont écrire les portfolios</translation>
    </message>
    <message>
        <source>Write portfolios of the &amp;cohort…</source>
        <translation>Écrire les portfolios de la &amp;promotion…</translation>
    </message>
    <message>
        <source>Write the portfolio of every student teacher of the cohort into a folder</source>
        <translation>Écrire le portfolio de chaque futur enseignant de la promotion dans un dossier</translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation>Pr&amp;omotion :</translation>
    </message>
    <message>
        <source>&amp;Portfolios</source>
        <translation>&amp;Portfolios</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>Re&amp;views</source>
        <translation>Re&amp;lectures</translation>
    </message>
    <message>
        <source>Save portfolio of {name}</source>
        <translation>Enregistrer le portfolio de {name}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the portfolio of {name}…</source>
        <translation>Écriture du portfolio de {name}…</translation>
    </message>
    <message>
        <source>Saved the portfolio of {name} to {path}</source>
        <translation>Portfolio de {name} enregistré dans {path}</translation>
    </message>
    <message>
        <source>The portfolio was not saved.</source>
        <translation>Le portfolio n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Folder for the portfolios of {cohort}</source>
        <translation>Dossier pour les portfolios de {cohort}</translation>
    </message>
    <message>
        <source>Wrote {written} of {total} portfolios</source>
        <translation>{written} portfolios écrits sur {total}</translation>
    </message>
    <message>
        <source>Save portfolio PDF…</source>
        <translation>Enregistrer le portfolio en PDF…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>A new language shows when itepad is next started.</source>
        <translation>Une nouvelle langue s’affiche au prochain démarrage d’itepad.</translation>
    </message>
    <message>
        <source>e.g. Dr Ana Kovač</source>
        <translation>p. ex. Dr Ana Kovač</translation>
    </message>
    <message>
        <source>Shown as who took attendance and who made a change in the history</source>
        <translation>Affiché comme la personne qui a saisi les présences et fait une modification dans l’historique</translation>
    </message>
    <message>
        <source>itepad copies the database once a day while it runs</source>
        <translation>itepad copie la base de données une fois par jour pendant qu’il tourne</translation>
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
        <translation>Comme l’interface</translation>
    </message>
    <message>
        <source>Language of the headings in printed portfolios and reports</source>
        <translation>Langue des titres dans les portfolios et rapports imprimés</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface :</translation>
    </message>
    <message>
        <source>Your &amp;name in records:</source>
        <translation>Votre &amp;nom dans les dossiers :</translation>
    </message>
    <message>
        <source>Daily &amp;backups to keep:</source>
        <translation>&amp;Sauvegardes quotidiennes à garder :</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Format du &amp;papier :</translation>
    </message>
    <message>
        <source>Printed &amp;headings in:</source>
        <translation>&amp;Titres imprimés en :</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy: due for deletion</source>
        <translation>Confidentialité : à supprimer</translation>
    </message>
    <message>
        <source>Student teachers whose retention date has passed. If they asked for their records, export them first; then erase their personal data. Enrolments, attendance, eTwinning status and competence levels stay, anonymously, so that cohort statistics remain right.</source>
        <translation>Futurs enseignants dont la date de conservation est dépassée. S’ils ont demandé leurs données, exportez-les d’abord ; effacez ensuite leurs données personnelles. Inscriptions, présences, statut eTwinning et niveaux de compétence restent, anonymes, pour que les statistiques de la promotion restent justes.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Keep records until</source>
        <translation>Conserver jusqu’au</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>&amp;Export their records…</source>
        <translation>&amp;Exporter ses données…</translation>
    </message>
    <message>
        <source>A zip with their record, portfolio and attachments, to give them</source>
        <translation>Un ZIP avec le dossier, le portfolio et les pièces jointes, à lui remettre</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;Effacer…</translation>
    </message>
    <message>
        <source>Anonymise them; asks first and says what is kept</source>
        <translation>Anonymiser ; demande d’abord et indique ce qui est conservé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{n} due for deletion</source>
        <translation>{n} à supprimer</translation>
    </message>
    <message>
        <source>Nobody is due for deletion.</source>
        <translation>Personne n’est à supprimer.</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>self</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>educator</source>
        <translation>formateur</translation>
    </message>
    <message>
        <source>{number} {kind}: {first} to {latest}</source>
        <translation>{number} {kind} : de {first} à {latest}</translation>
    </message>
    <message>
        <source>{label} ({kind})
{first} on {first_on} → {latest} on {latest_on}</source>
        <translation>{label} ({kind})
{first} le {first_on} → {latest} le {latest_on}</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <source>eTwinning projects</source>
        <translation>Projets eTwinning</translation>
    </message>
    <message>
        <source>&amp;Add to a project team…</source>
        <translation>&amp;Ajouter à une équipe de projet…</translation>
    </message>
    <message>
        <source>Make them a member of an eTwinning project&apos;s team</source>
        <translation>En faire un membre de l’équipe d’un projet eTwinning</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Role, date joined and contribution</source>
        <translation>Rôle, date d’arrivée et contribution</translation>
    </message>
    <message>
        <source>&amp;Remove from team…</source>
        <translation>&amp;Retirer de l’équipe…</translation>
    </message>
    <message>
        <source>They leave the project&apos;s team</source>
        <translation>Quitte l’équipe du projet</translation>
    </message>
    <message>
        <source>Not in any eTwinning project team yet.</source>
        <translation>Dans aucune équipe de projet eTwinning pour l’instant.</translation>
    </message>
    <message>
        <source>Add to a project team</source>
        <translation>Ajouter à une équipe de projet</translation>
    </message>
    <message>
        <source>They are in every project&apos;s team already, or there are no projects yet.</source>
        <translation>Déjà dans l’équipe de chaque projet, ou il n’y a pas encore de projets.</translation>
    </message>
    <message>
        <source>Added to the project team</source>
        <translation>Ajouté à l’équipe du projet</translation>
    </message>
    <message>
        <source>Saved their place in “{project}”</source>
        <translation>Place dans « {project} » enregistrée</translation>
    </message>
    <message>
        <source>Remove from project team</source>
        <translation>Retirer de l’équipe du projet</translation>
    </message>
    <message>
        <source>Remove them from the team of “{project}”? Their contribution text goes too.</source>
        <translation>Retirer de l’équipe de « {project} » ? Le texte de sa contribution part aussi.</translation>
    </message>
    <message>
        <source>Removed from “{project}”</source>
        <translation>Retiré de « {project} »</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>History of {record}</source>
        <translation>Historique de {record}</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <source>Edit reflection</source>
        <translation>Modifier la réflexion</translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation>Nouvelle réflexion</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>e.g. “Our first partner call”</source>
        <translation>p. ex. « Notre premier appel avec les partenaires »</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>&amp;Free reflection</source>
        <translation>Réflexion &amp;libre</translation>
    </message>
    <message>
        <source>&amp;Gibbs&apos; reflective cycle</source>
        <translation>Cycle réflexif de &amp;Gibbs</translation>
    </message>
    <message>
        <source>Six stages: description, feelings, evaluation, analysis, conclusion, action plan</source>
        <translation>Six étapes : description, ressenti, évaluation, analyse, conclusion, plan d’action</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}. {name}&lt;/b&gt; — {question}</source>
        <translation>&lt;b&gt;{number}. {name}&lt;/b&gt; — {question}</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module :</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Impossible d’enregistrer pour l’instant</translation>
    </message>
</context>
<context>
    <name>ReflectionsTab</name>
    <message>
        <source>Reflections</source>
        <translation>Réflexions</translation>
    </message>
    <message>
        <source>Double-click or Enter opens the reflection</source>
        <translation>Double-clic ou Entrée ouvre la réflexion</translation>
    </message>
    <message>
        <source>&amp;New reflection…</source>
        <translation>&amp;Nouvelle réflexion…</translation>
    </message>
    <message>
        <source>A free reflection in Markdown</source>
        <translation>Une réflexion libre en Markdown</translation>
    </message>
    <message>
        <source>New &amp;Gibbs reflection…</source>
        <translation>Nouvelle réflexion &amp;Gibbs…</translation>
    </message>
    <message>
        <source>Description, feelings, evaluation, analysis, conclusion, action plan</source>
        <translation>Description, ressenti, évaluation, analyse, conclusion, plan d’action</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>No reflections yet.</source>
        <translation>Aucune réflexion pour l’instant.</translation>
    </message>
    <message>
        <source>Saved the reflection</source>
        <translation>Réflexion enregistrée</translation>
    </message>
    <message>
        <source>Delete reflection</source>
        <translation>Supprimer la réflexion</translation>
    </message>
    <message>
        <source>Delete the reflection of {day}, “{title}”?</source>
        <translation>Supprimer la réflexion du {day}, « {title} » ?</translation>
    </message>
    <message>
        <source>Deleted the reflection</source>
        <translation>Réflexion supprimée</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Aper&amp;çu…</translation>
    </message>
    <message>
        <source>Write the report and show it, to read or print</source>
        <translation>Écrire le rapport et l’afficher, pour le lire ou l’imprimer</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Write the report as a PDF file</source>
        <translation>Écrire le rapport en PDF</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport :</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Promotion :</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module :</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <source>The whole institution</source>
        <translation>Tout l’établissement</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report to {path}</source>
        <translation>Rapport enregistré dans {path}</translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation>Le rapport n’a pas été écrit.</translation>
    </message>
</context>
<context>
    <name>ReviewsPanel</name>
    <message>
        <source>Language of the review copies&apos; headings</source>
        <translation>Langue des titres des exemplaires de relecture</translation>
    </message>
    <message>
        <source>Write review copies for &amp;selected…</source>
        <translation>Écrire des exemplaires de relecture pour la &amp;sélection…</translation>
    </message>
    <message>
        <source>Write review copies for the &amp;cohort…</source>
        <translation>Écrire des exemplaires de relecture pour la &amp;promotion…</translation>
    </message>
    <message>
        <source>&amp;Import returned forms…</source>
        <translation>&amp;Importer les formulaires retournés…</translation>
    </message>
    <message>
        <source>Or drop the returned PDF files onto this panel</source>
        <translation>Ou déposez les PDF retournés sur ce panneau</translation>
    </message>
    <message>
        <source>Mark &amp;resolved</source>
        <translation>Marquer &amp;traité</translation>
    </message>
    <message>
        <source>Cohort:</source>
        <translation>Promotion :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Comments and change requests</source>
        <translation>Commentaires et demandes de modification</translation>
    </message>
    <message>
        <source>Sent: %1 · Returned: %2 · Outstanding: %3</source>
        <translation>Envoyés : %1 · Retournés : %2 · En attente : %3</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Relectures</translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Folder for the review copies</source>
        <translation>Dossier pour les exemplaires de relecture</translation>
    </message>
    <message>
        <source>Writing review copies…</source>
        <translation>Écriture des exemplaires de relecture…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Review copies</source>
        <translation>Exemplaires de relecture</translation>
    </message>
    <message>
        <source>%1 of %2 review copies written to %3</source>
        <translation>%1 exemplaires de relecture sur %2 écrits dans %3</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrits : %1</translation>
    </message>
    <message>
        <source>Returned review copies</source>
        <translation>Exemplaires de relecture retournés</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusés : %1</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import roster</source>
        <translation>Importer une liste d’étudiants</translation>
    </message>
    <message>
        <source>A CSV or XLSX file: a Moodle participants list, a spreadsheet…</source>
        <translation>Un fichier CSV ou XLSX : une liste de participants Moodle, un tableur…</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Choose another if names show wrong letters</source>
        <translation>En choisir un autre si les noms montrent de mauvaises lettres</translation>
    </message>
    <message>
        <source>an existing cohort, or a new name</source>
        <translation>une promotion existante, ou un nouveau nom</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Choose a roster file to import.</source>
        <translation>Choisissez une liste d’étudiants à importer.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>Into c&amp;ohort:</source>
        <translation>Dans la pr&amp;omotion :</translation>
    </message>
    <message>
        <source>Choose a roster</source>
        <translation>Choisir une liste d’étudiants</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Worksheet “{name}”</source>
        <translation>Feuille « {name} »</translation>
    </message>
    <message>
        <source>Read as {encoding}, separated by {delimiter}</source>
        <translation>Lu en {encoding}, séparé par {delimiter}</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>{count} to correct in the file (or in the columns): nothing is imported until the roster is clean.</source>
        <translation>{count} à corriger dans le fichier (ou dans les colonnes) : rien n’est importé tant que la liste n’est pas propre.</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problème</translation>
    </message>
    <message>
        <source>{n:,} problems</source>
        <translation>{n:,} problèmes</translation>
    </message>
    <message>
        <source>{n:,} student teachers ready to import.</source>
        <translation>{n:,} futurs enseignants prêts à être importés.</translation>
    </message>
    <message>
        <source>Importing {n:,} student teachers…</source>
        <translation>Import de {n:,} futurs enseignants…</translation>
    </message>
</context>
<context>
    <name>SearchableTable</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
</context>
<context>
    <name>SessionChipDelegate</name>
    <message>
        <source>+ {n} more</source>
        <translation>+ {n} autres</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>When the session starts</source>
        <translation>Quand la séance commence</translation>
    </message>
    <message>
        <source>When the session ends</source>
        <translation>Quand la séance se termine</translation>
    </message>
    <message>
        <source>Room, school or building</source>
        <translation>Salle, école ou bâtiment</translation>
    </message>
    <message>
        <source>The online link of a video call or a TwinSpace page</source>
        <translation>Le lien en ligne d’un appel vidéo ou d’une page TwinSpace</translation>
    </message>
    <message>
        <source>Who runs the session</source>
        <translation>Qui anime la séance</translation>
    </message>
    <message>
        <source>Session description</source>
        <translation>Description de la séance</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>L&amp;ien :</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Animateur :</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;ption :</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(personne pour l’instant)</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>{when}
{n} attendance marks recorded</source>
        <translation>{when}
{n} présences saisies</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a session a week after the last one</source>
        <translation>Ajouter une séance une semaine après la dernière</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Add a copy of the selected session one week later</source>
        <translation>Ajouter une copie de la séance sélectionnée une semaine plus tard</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Remove the selected session</source>
        <translation>Retirer la séance sélectionnée</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Monter (&amp;haut)</translation>
    </message>
    <message>
        <source>Swap the selected session with the one before it, dates and all</source>
        <translation>Échanger la séance sélectionnée avec la précédente, dates comprises</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>Swap the selected session with the one after it, dates and all</source>
        <translation>Échanger la séance sélectionnée avec la suivante, dates comprises</translation>
    </message>
    <message>
        <source>&amp;Earlier by a week</source>
        <translation>Une semaine plus &amp;tôt</translation>
    </message>
    <message>
        <source>Move the selected session one week earlier</source>
        <translation>Avancer la séance sélectionnée d’une semaine</translation>
    </message>
    <message>
        <source>&amp;Later by a week</source>
        <translation>Une semaine plus &amp;tard</translation>
    </message>
    <message>
        <source>Move the selected session one week later</source>
        <translation>Reculer la séance sélectionnée d’une semaine</translation>
    </message>
    <message>
        <source>Remove the session “{title}” on {when}?</source>
        <translation>Retirer la séance « {title} » du {when} ?</translation>
    </message>
    <message>
        <source>Its {n} attendance marks will be removed with it.</source>
        <translation>Ses {n} présences seront retirées avec elle.</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Retirer la séance</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SignatureBanner</name>
    <message>
        <source>Sign-off</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Show signed version…</source>
        <translation>Afficher la version signée…</translation>
    </message>
    <message>
        <source>The record as it was when it was signed</source>
        <translation>Le dossier tel qu’il était à la signature</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <source>✓ Signed by {who} on {date}</source>
        <translation>✓ Signé par {who} le {date}</translation>
    </message>
    <message>
        <source>⚠ Changed since signed on {date} by {who}: {fields}</source>
        <translation>⚠ Modifié depuis la signature du {date} par {who} : {fields}</translation>
    </message>
</context>
<context>
    <name>SignedVersionDialog</name>
    <message>
        <source>Signed version</source>
        <translation>Version signée</translation>
    </message>
    <message>
        <source>Signed by {who} on {date}</source>
        <translation>Signé par {who} le {date}</translation>
    </message>
</context>
<context>
    <name>StatusSetDialog</name>
    <message>
        <source>Attendance statuses</source>
        <translation>Statuts de présence</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Statuts</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Monter (&amp;haut)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>The key that sets this status in the grid</source>
        <translation>La touche qui met ce statut dans la grille</translation>
    </message>
    <message>
        <source>Counts as &amp;present</source>
        <translation>Compte comme &amp;présent</translation>
    </message>
    <message>
        <source>Marks with this status count as attended in attendance rates</source>
        <translation>Les présences avec ce statut comptent comme suivies dans les taux de présence</translation>
    </message>
    <message>
        <source>The name imports and exports use; it never changes</source>
        <translation>Le nom utilisé par les imports et exports ; il ne change jamais</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Add as new status</source>
        <translation>&amp;Ajouter comme nouveau statut</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Touche :</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <source>Space in the grid goes through the statuses in this order. A status used by marks cannot be removed.</source>
        <translation>Espace fait défiler les statuts dans cet ordre dans la grille. Un statut utilisé par des présences ne peut pas être retiré.</translation>
    </message>
    <message>
        <source>counts as present</source>
        <translation>compte comme présent</translation>
    </message>
    <message>
        <source>{n:,} marks</source>
        <translation>{n:,} présences</translation>
    </message>
    <message>
        <source>Used by marks: change them first</source>
        <translation>Utilisé par des présences : modifiez-les d’abord</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Edit student teacher</source>
        <translation>Modifier le futur enseignant</translation>
    </message>
    <message>
        <source>Add student teacher</source>
        <translation>Ajouter un futur enseignant</translation>
    </message>
    <message>
        <source>institutional address, e.g. name@students.uni.eu</source>
        <translation>adresse institutionnelle, p. ex. nom@students.uni.eu</translation>
    </message>
    <message>
        <source>(no cohort)</source>
        <translation>(aucune promotion)</translation>
    </message>
    <message>
        <source>default: the cohort&apos;s programme</source>
        <translation>par défaut : la filière de la promotion</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>two-letter codes, e.g. pl, en, de</source>
        <translation>codes de deux lettres, p. ex. pl, en, de</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Validated by the NSO on</source>
        <translation>Validé par le BAN le</translation>
    </message>
    <message>
        <source>Joined TwinSpace on</source>
        <translation>A rejoint le TwinSpace le</translation>
    </message>
    <message>
        <source>Photos may be taken and kept</source>
        <translation>Photos autorisées et conservées</translation>
    </message>
    <message>
        <source>Work may be published</source>
        <translation>Travaux publiables</translation>
    </message>
    <message>
        <source>Details may be shared with partners</source>
        <translation>Données partageables avec les partenaires</translation>
    </message>
    <message>
        <source>Keep the record until</source>
        <translation>Conserver le dossier jusqu’au</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom de famille :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Student &amp;number:</source>
        <translation>&amp;Numéro d’étudiant :</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Promotion :</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Filière :</translation>
    </message>
    <message>
        <source>&amp;Year of study:</source>
        <translation>&amp;Année d’études :</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues :</translation>
    </message>
    <message>
        <source>Placement &amp;school:</source>
        <translation>É&amp;cole de stage :</translation>
    </message>
    <message>
        <source>eTwinning</source>
        <translation>eTwinning</translation>
    </message>
    <message>
        <source>&amp;Registration:</source>
        <translation>&amp;Inscription :</translation>
    </message>
    <message>
        <source>Consents and retention</source>
        <translation>Consentements et conservation</translation>
    </message>
</context>
<context>
    <name>StudentLookup</name>
    <message>
        <source>Name or email of a student teacher</source>
        <translation>Nom ou e-mail d’un futur enseignant</translation>
    </message>
    <message>
        <source>Look up a student teacher</source>
        <translation>Rechercher un futur enseignant</translation>
    </message>
    <message>
        <source>Double-click a module to open its attendance</source>
        <translation>Double-cliquez sur un module pour ouvrir ses présences</translation>
    </message>
    <message>
        <source>No current student teacher matches “{text}”.</source>
        <translation>Aucun futur enseignant actuel ne correspond à « {text} ».</translation>
    </message>
    <message>
        <source>This student teacher is no longer in the database.</source>
        <translation>Ce futur enseignant n’est plus dans la base de données.</translation>
    </message>
    <message>
        <source>eTwinning: {status}</source>
        <translation>eTwinning : {status}</translation>
    </message>
    <message>
        <source>Attended {rate} of the sessions recorded</source>
        <translation>{rate} des séances saisies suivies</translation>
    </message>
    <message>
        <source>No attendance recorded yet</source>
        <translation>Aucune présence saisie pour l’instant</translation>
    </message>
</context>
<context>
    <name>StudentRecord</name>
    <message>
        <source>(no module)</source>
        <translation>(aucun module)</translation>
    </message>
</context>
<context>
    <name>StudentRecordWindow</name>
    <message>
        <source>Student teacher record</source>
        <translation>Dossier du futur enseignant</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Pièces justificatives</translation>
    </message>
    <message>
        <source>&amp;Reflections</source>
        <translation>&amp;Réflexions</translation>
    </message>
    <message>
        <source>eTwinning &amp;projects</source>
        <translation>Pro&amp;jets eTwinning</translation>
    </message>
    <message>
        <source>DigCompEdu &amp;competences</source>
        <translation>&amp;Compétences DigCompEdu</translation>
    </message>
    <message>
        <source>Impact &amp;survey</source>
        <translation>&amp;Enquête d’impact</translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation>Impossible d’ouvrir le dossier</translation>
    </message>
    <message>
        <source>{name}: student teacher record</source>
        <translation>{name} : dossier du futur enseignant</translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <source>Archived on {day}: shown while Show archived is ticked</source>
        <translation>Archivé le {day} : affiché tant que « Afficher les archivés » est coché</translation>
    </message>
    <message>
        <source>No attendance recorded yet</source>
        <translation>Aucune présence saisie pour l’instant</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>1 student teacher</source>
        <translation>1 futur enseignant</translation>
    </message>
    <message>
        <source>{n:,} student teachers</source>
        <translation>{n:,} futurs enseignants</translation>
    </message>
    <message>
        <source>Search by name, email, cohort, programme or eTwinning status</source>
        <translation>Rechercher par nom, e-mail, promotion, filière ou statut eTwinning</translation>
    </message>
    <message>
        <source>&amp;Open record…</source>
        <translation>&amp;Ouvrir le dossier…</translation>
    </message>
    <message>
        <source>Evidence, reflections and eTwinning projects of the student teacher (Enter)</source>
        <translation>Pièces justificatives, réflexions et projets eTwinning du futur enseignant (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <source>Enrol in &amp;module…</source>
        <translation>Inscrire à un &amp;module…</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Importer une liste d’étudiants…</translation>
    </message>
    <message>
        <source>Export &amp;NSO list…</source>
        <translation>Exporter la liste pour le &amp;BAN…</translation>
    </message>
    <message>
        <source>Or drop a CSV or XLSX file on this page</source>
        <translation>Ou déposez un fichier CSV ou XLSX sur cette page</translation>
    </message>
    <message>
        <source>Who waits for the NSO to validate their eTwinning registration</source>
        <translation>Qui attend que le BAN valide son inscription eTwinning</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>Afficher les a&amp;rchivés</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Resta&amp;urer</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
    <message>
        <source>{name} is back on the roster</source>
        <translation>{name} est de retour dans la liste</translation>
    </message>
    <message>
        <source>Archive student teacher</source>
        <translation>Archiver le futur enseignant</translation>
    </message>
    <message>
        <source>Archive {name}? They leave the roster and the daily work; nothing of theirs is deleted, and Show archived brings them back to view.</source>
        <translation>Archiver {name} ? La personne quitte la liste et le travail quotidien ; rien n’est supprimé, et « Afficher les archivés » la fait réapparaître.</translation>
    </message>
    <message>
        <source>Archived {name}</source>
        <translation>{name} archivé</translation>
    </message>
    <message>
        <source>eTwinning: {n} marked “{status}”</source>
        <translation>eTwinning : {n} marqués « {status} »</translation>
    </message>
    <message>
        <source>Enrolled {n}; {already} were enrolled already</source>
        <translation>{n} inscrits ; {already} l’étaient déjà</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (nouvelle)</translation>
    </message>
    <message>
        <source>Imported {total} into cohort {cohort}{new}: {created} added, {updated} updated, {unchanged} unchanged</source>
        <translation>{total} importés dans la promotion {cohort}{new} : {created} ajoutés, {updated} mis à jour, {unchanged} inchangés</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Toutes les promotions</translation>
    </message>
    <message>
        <source>Export NSO list</source>
        <translation>Exporter la liste pour le BAN</translation>
    </message>
    <message>
        <source>Student teachers waiting for validation, of:</source>
        <translation>Futurs enseignants en attente de validation, de :</translation>
    </message>
    <message>
        <source>Export NSO validation list</source>
        <translation>Exporter la liste de validation pour le BAN</translation>
    </message>
    <message>
        <source>eTwinning validation list.xlsx</source>
        <translation>liste de validation eTwinning.xlsx</translation>
    </message>
    <message>
        <source>Saved the NSO list ({people}) to {path}</source>
        <translation>Liste pour le BAN ({people}) enregistrée dans {path}</translation>
    </message>
    <message>
        <source>Open record…</source>
        <translation>Ouvrir le dossier…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Enrol in module…</source>
        <translation>Inscrire à un module…</translation>
    </message>
    <message>
        <source>eTwinning: registered, waiting for validation</source>
        <translation>eTwinning : inscrit, en attente de validation</translation>
    </message>
    <message>
        <source>eTwinning: validated by the NSO</source>
        <translation>eTwinning : validé par le BAN</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
</context>
<context>
    <name>SurveyPanel</name>
    <message>
        <source>Before the module</source>
        <translation>Avant le module</translation>
    </message>
    <message>
        <source>After the module</source>
        <translation>Après le module</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>&amp;Save survey</source>
        <translation>&amp;Enregistrer l’enquête</translation>
    </message>
    <message>
        <source>Impact survey</source>
        <translation>Enquête d’impact</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant le module</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après le module</translation>
    </message>
    <message>
        <source>{name} answered the survey {when}.</source>
        <translation>{name} a répondu à l’enquête {when}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>{name} has not answered the survey yet.</source>
        <translation>{name} n’a pas encore répondu à l’enquête.</translation>
    </message>
</context>
<context>
    <name>SurveyResultsView</name>
    <message>
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Impact survey: share agreeing</source>
        <translation>Enquête d’impact : part d’accord</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{before}&apos;&gt;■&lt;/span&gt; before the module &amp;nbsp; &lt;span style=&apos;color:{after}&apos;&gt;■&lt;/span&gt; after it &amp;nbsp; &lt;span style=&apos;color:{study}&apos;&gt;■&lt;/span&gt; teachers in the 2013 eTwinning impact study</source>
        <translation>&lt;span style=&apos;color:{before}&apos;&gt;■&lt;/span&gt; avant le module &amp;nbsp; &lt;span style=&apos;color:{after}&apos;&gt;■&lt;/span&gt; après &amp;nbsp; &lt;span style=&apos;color:{study}&apos;&gt;■&lt;/span&gt; enseignants de l’étude d’impact eTwinning de 2013</translation>
    </message>
    <message>
        <source>Impact survey results</source>
        <translation>Résultats de l’enquête d’impact</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Bénéfice</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>2013 study</source>
        <translation>Étude 2013</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Promotion :</translation>
    </message>
    <message>
        <source>No cohorts yet.</source>
        <translation>Aucune promotion pour l’instant.</translation>
    </message>
    <message>
        <source>{rate} ({n} of {of})</source>
        <translation>{rate} ({n} sur {of})</translation>
    </message>
    <message>
        <source>{students} student teachers: {pre} answered before the module, {post} after it. Agreeing means 4 or 5 on the scale of 1 to 5.</source>
        <translation>{students} futurs enseignants : {pre} ont répondu avant le module, {post} après. Être d’accord signifie 4 ou 5 sur l’échelle de 1 à 5.</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>Aucun commentaire.</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>{shown:,} of {all} match the search</source>
        <translation>{shown:,} sur {all} correspondent à la recherche</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Edit target</source>
        <translation>Modifier l’objectif</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Specific, measurable, achievable, relevant, timed</source>
        <translation>Spécifique, mesurable, atteignable, pertinent, temporellement défini</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>DigCompEdu competence</source>
        <translation>Compétence DigCompEdu</translation>
    </message>
    <message>
        <source>The DigCompEdu competence this target develops</source>
        <translation>La compétence DigCompEdu que cet objectif développe</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Objectif :</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>&amp;Competence:</source>
        <translation>&amp;Compétence :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo &amp;history…</source>
        <translation>&amp;Historique des annulations…</translation>
    </message>
    <message>
        <source>Every change of this session; undo back to one</source>
        <translation>Toutes les modifications depuis l’ouverture ; annuler jusqu’à l’une d’elles</translation>
    </message>
    <message>
        <source>&amp;Activity log…</source>
        <translation>&amp;Journal d’activité…</translation>
    </message>
    <message>
        <source>Who changed what and when, in this database</source>
        <translation>Qui a modifié quoi et quand dans cette base de données</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annuler : {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rétablir : {action}</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Annulé : {action}</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Impossible d’annuler</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Rétabli : {action}</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Impossible de rétablir</translation>
    </message>
    <message>
        <source>{n} actions</source>
        <translation>{n} actions</translation>
    </message>
</context>
<context>
    <name>UndoHistoryDialog</name>
    <message>
        <source>Undo history</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <source>Click an earlier line to undo back to it, a greyed line to redo up to it.</source>
        <translation>Cliquez sur une ligne antérieure pour annuler jusqu’à elle, sur une ligne grisée pour rétablir jusqu’à elle.</translation>
    </message>
    <message>
        <source>Actions of this session</source>
        <translation>Actions depuis l’ouverture</translation>
    </message>
    <message>
        <source>As the database was opened</source>
        <translation>Comme à l’ouverture de la base de données</translation>
    </message>
    <message>
        <source>Undone: click to redo</source>
        <translation>Annulé : cliquez pour rétablir</translation>
    </message>
</context>
<context>
    <name>_LineDialog</name>
    <message>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
</context>
</TS>
