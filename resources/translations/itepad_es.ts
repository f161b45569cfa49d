<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>This is a shared PostgreSQL database ({where}). Its backups are the server&apos;s job: ask whoever runs it, or use pg_dump (see docs/shared-database.md). A portable copy of all records can be written with `itepad export-json FILE` and loaded into an empty database with `itepad import-json FILE`.</source>
        <translation>Esta es una base de datos PostgreSQL compartida ({where}). Sus copias de seguridad corresponden al servidor: pregunte a quien lo administra o use pg_dump (vea docs/shared-database.md). Se puede escribir una copia portátil de todos los datos con `itepad export-json FILE` y cargarla en una base de datos vacía con `itepad import-json FILE`.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Hacer copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>itepad backups (*.sqlite)</source>
        <translation>Copias de seguridad de itepad (*.sqlite)</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Haciendo copia de seguridad de la base de datos…</translation>
    </message>
    <message>
        <source>Backed up the database to {path}</source>
        <translation>Copia de seguridad de la base de datos guardada en {path}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace the database {database} with the backup {source}?

Everything changed since that backup was taken will no longer show. The current database is kept first, as a backup of its own in {folder}, so you can go back to it by restoring that file.</source>
        <translation>¿Sustituir la base de datos {database} por la copia de seguridad {source}?

Todo lo que haya cambiado desde esa copia dejará de mostrarse. La base de datos actual se guarda antes como copia propia en {folder}, así que puede volver a ella restaurando ese archivo.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>itepad backups (*.sqlite);;All files (*)</source>
        <translation>Copias de seguridad de itepad (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Restored {source}.</source>
        <translation>{source} restaurada.</translation>
    </message>
    <message>
        <source>The database it replaced was kept as {path}.</source>
        <translation>La base de datos sustituida se ha conservado como {path}.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Exportar todo sobre {name}</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Writing everything about {name}…</source>
        <translation>Escribiendo todo sobre {name}…</translation>
    </message>
    <message>
        <source>Saved {n} files about {name} to {path}</source>
        <translation>Se guardaron {n} archivos sobre {name} en {path}</translation>
    </message>
    <message>
        <source>Erase the personal data of {name} ({email})?

Deleted: their name, email, student number, languages and placement school, their evidence, reflections and lesson observations, notes, remarks and comments about them, and mentoring meetings held with them alone.

Kept, tied to an anonymous record so that cohort statistics stay right: enrolments, attendance marks, eTwinning registration status and competence levels.

This cannot be undone in itepad.</source>
        <translation>¿Borrar los datos personales de {name} ({email})?

Se eliminan: nombre, correo electrónico, número de estudiante, idiomas y centro de prácticas, sus evidencias, reflexiones y observaciones de clase, notas, observaciones y comentarios sobre la persona, y las reuniones de mentoría celebradas solo con ella.

Se conservan, vinculados a un registro anónimo para que las estadísticas de la cohorte sigan siendo correctas: matrículas, asistencia, estado de registro en eTwinning y niveles de competencia.

Esto no se puede deshacer en itepad.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Borrar los datos personales</translation>
    </message>
    <message>
        <source>Erase {name}</source>
        <translation>Borrar a {name}</translation>
    </message>
    <message>
        <source>Erased {name}: now anonymous student teacher {id}.</source>
        <translation>{name} borrado: ahora docente en formación anónimo {id}.</translation>
    </message>
    <message>
        <source>A backup taken just before is {path}; delete it once you no longer need it.</source>
        <translation>Hay una copia de seguridad hecha justo antes en {path}; bórrela cuando ya no la necesite.</translation>
    </message>
    <message>
        <source>Erasing {name}…</source>
        <translation>Borrando a {name}…</translation>
    </message>
    <message>
        <source>Export everything about {name} (GDPR)…</source>
        <translation>Exportar todo sobre {name} (RGPD)…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Borrar los datos personales…</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Número de estudiante</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Titulación</translation>
    </message>
    <message>
        <source>Year of study</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Placement school</source>
        <translation>Centro de prácticas</translation>
    </message>
    <message>
        <source>eTwinning registration</source>
        <translation>Registro en eTwinning</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registrado el</translation>
    </message>
    <message>
        <source>Validated by the NSO on</source>
        <translation>Validado por el SNA el</translation>
    </message>
    <message>
        <source>Joined TwinSpace on</source>
        <translation>Se unió al TwinSpace el</translation>
    </message>
    <message>
        <source>Photos may be taken and kept</source>
        <translation>Se pueden tomar y guardar fotos</translation>
    </message>
    <message>
        <source>Work may be published</source>
        <translation>Los trabajos se pueden publicar</translation>
    </message>
    <message>
        <source>Details may be shared with partners</source>
        <translation>Los datos se pueden compartir con los socios</translation>
    </message>
    <message>
        <source>Keep the record until</source>
        <translation>Conservar el registro hasta</translation>
    </message>
    <message>
        <source>Showing the record as saved by someone else</source>
        <translation>Registro tal como lo guardó otra persona</translation>
    </message>
    <message>
        <source>student teacher</source>
        <translation>docente en formación</translation>
    </message>
    <message>
        <source>Their personal data has been erased (GDPR); it cannot be saved again.</source>
        <translation>Sus datos personales se han borrado (RGPD); no se puede volver a guardar.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Student teachers</source>
        <translation>Docentes en formación</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentoría</translation>
    </message>
    <message>
        <source>Portfolios &amp; reports</source>
        <translation>Portafolios &amp; informes</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Overdue actions are red</source>
        <translation>Las acciones vencidas aparecen en rojo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
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
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Aplazado</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>⚠ Changed since signed on {date} by {who}: {fields}</source>
        <translation>⚠ Modificado desde la firma del {date} por {who}: {fields}</translation>
    </message>
    <message>
        <source>✓ Signed by {who} on {date}</source>
        <translation>✓ Firmado por {who} el {date}</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duración (minutos)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Próxima reunión</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <source>Pre-meeting reflection</source>
        <translation>Reflexión previa a la reunión</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Student teacher</source>
        <translation>Docente en formación</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Subject and topic</source>
        <translation>Asignatura y tema</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Signed off by the observer</source>
        <translation>Firmado por el observador</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentees</source>
        <translation>mentorizados</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>observador</translation>
    </message>
    <message>
        <source>focus</source>
        <translation>enfoque</translation>
    </message>
    <message>
        <source>pre-meeting reflection</source>
        <translation>reflexión previa</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>objetivos</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>acciones</translation>
    </message>
    <message>
        <source>class</source>
        <translation>clase</translation>
    </message>
    <message>
        <source>pupils&apos; age</source>
        <translation>edad del alumnado</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>asignatura</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>strengths</source>
        <translation>puntos fuertes</translation>
    </message>
    <message>
        <source>areas to develop</source>
        <translation>aspectos a mejorar</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Sessions attended of the sessions held and recorded so far</source>
        <translation>Sesiones asistidas de las sesiones celebradas y registradas hasta ahora</translation>
    </message>
    <message>
        <source>Best possible</source>
        <translation>Máximo posible</translation>
    </message>
    <message>
        <source>The rate at the end of the module if every remaining session is attended</source>
        <translation>La tasa al final del módulo si se asiste a todas las sesiones restantes</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorizados</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <source>Signed off by the mentor</source>
        <translation>Firmado por el mentor</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Matriculados</translation>
    </message>
    <message>
        <source>Student teachers enrolled or completed (not withdrawn)</source>
        <translation>Docentes en formación matriculados o que han terminado (sin bajas)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Lugar o enlace</translation>
    </message>
    <message>
        <source>The room, or the online link of a video call</source>
        <translation>El aula o el enlace de una videollamada</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Responsable de la sesión</translation>
    </message>
    <message>
        <source>Absent in a row</source>
        <translation>Ausencias seguidas</translation>
    </message>
    <message>
        <source>Absences in a row up to the latest marked session (excused ones skipped)</source>
        <translation>Ausencias seguidas hasta la última sesión registrada (sin contar las justificadas)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sorted by family name</source>
        <translation>Ordenado por apellidos</translation>
    </message>
    <message>
        <source>eTwinning</source>
        <translation>eTwinning</translation>
    </message>
    <message>
        <source>Registration on the eTwinning platform</source>
        <translation>Registro en la plataforma eTwinning</translation>
    </message>
    <message>
        <source>Share of recorded sessions attended (present or late)</source>
        <translation>Proporción de sesiones registradas asistidas (presente o con retraso)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>ECTS</source>
        <translation>ECTS</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Quality Label criteria</source>
        <translation>Criterios del Sello de Calidad</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Sin valorar aún</translation>
    </message>
    <message>
        <source>0 — not met</source>
        <translation>0 — no cumplido</translation>
    </message>
    <message>
        <source>1 — partly met</source>
        <translation>1 — cumplido en parte</translation>
    </message>
    <message>
        <source>2 — largely met</source>
        <translation>2 — cumplido en gran parte</translation>
    </message>
    <message>
        <source>3 — fully met</source>
        <translation>3 — cumplido del todo</translation>
    </message>
    <message>
        <source>Type a status&apos;s key to mark and move down · Space cycles · Delete clears · Ctrl+Space or a click on the date selects the whole session · F2 edits the remark</source>
        <translation>Pulse la tecla de un estado para marcar y bajar · Espacio alterna · Supr borra · Ctrl+Espacio o un clic en la fecha selecciona toda la sesión · F2 edita la observación</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Modules and participation</source>
        <translation>Módulos y participación</translation>
    </message>
    <message>
        <source>eTwinning projects</source>
        <translation>Proyectos eTwinning</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexiones</translation>
    </message>
    <message>
        <source>Mentoring log</source>
        <translation>Registro de mentoría</translation>
    </message>
    <message>
        <source>Lesson observations</source>
        <translation>Observaciones de clase</translation>
    </message>
    <message>
        <source>Final comment</source>
        <translation>Comentario final</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Último envío</translation>
    </message>
    <message>
        <source>Last returned</source>
        <translation>Última devolución</translation>
    </message>
    <message>
        <source>Read and confirmed</source>
        <translation>Leído y confirmado</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Solicitudes abiertas</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Estado de revisión</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>The DigCompEdu competences the evidence supports</source>
        <translation>Las competencias DigCompEdu que respalda la evidencia</translation>
    </message>
    <message>
        <source>File or address</source>
        <translation>Archivo o dirección</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Beginning</source>
        <translation>Comienzo</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Incorporación</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Aportación</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Hands-on demonstration</source>
        <translation>Demostración práctica</translation>
    </message>
    <message>
        <source>Mentoring session</source>
        <translation>Sesión de mentoría</translation>
    </message>
    <message>
        <source>TwinSpace project work</source>
        <translation>Trabajo de proyecto en TwinSpace</translation>
    </message>
    <message>
        <source>Partner video call</source>
        <translation>Videollamada con socios</translation>
    </message>
    <message>
        <source>ITE event</source>
        <translation>Evento de formación inicial</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Pending validation</source>
        <translation>Pendiente de validación</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Placement-linked</source>
        <translation>Vinculado a las prácticas</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Not involved</source>
        <translation>No participa</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Acuerdo firmado</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Nacional</translation>
    </message>
    <message>
        <source>European</source>
        <translation>Europeo</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <source>Not awarded</source>
        <translation>No concedido</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>TwinSpace page</source>
        <translation>Página de TwinSpace</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Ready for assessment</source>
        <translation>Lista para evaluar</translation>
    </message>
    <message>
        <source>Does not meet</source>
        <translation>No cumple</translation>
    </message>
    <message>
        <source>Partially meets</source>
        <translation>Cumple en parte</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Cumple</translation>
    </message>
    <message>
        <source>Free reflection</source>
        <translation>Reflexión libre</translation>
    </message>
    <message>
        <source>Gibbs&apos; reflective cycle</source>
        <translation>Ciclo reflexivo de Gibbs</translation>
    </message>
    <message>
        <source>Cohort participation</source>
        <translation>Participación de la cohorte</translation>
    </message>
    <message>
        <source>per student teacher attendance, eTwinning, projects, evidence and mentoring</source>
        <translation>por docente en formación: asistencia, eTwinning, proyectos, evidencias y mentoría</translation>
    </message>
    <message>
        <source>Module report</source>
        <translation>Informe del módulo</translation>
    </message>
    <message>
        <source>sessions held and attendance, enrolments, outcomes, projects, what students produced</source>
        <translation>sesiones celebradas y asistencia, matrículas, resultados de aprendizaje, proyectos, lo que produjeron los estudiantes</translation>
    </message>
    <message>
        <source>Impact survey</source>
        <translation>Encuesta de impacto</translation>
    </message>
    <message>
        <source>a cohort&apos;s survey answers next to the 2013 eTwinning impact study</source>
        <translation>las respuestas de una cohorte junto al estudio de impacto de eTwinning de 2013</translation>
    </message>
    <message>
        <source>Quality Label application</source>
        <translation>Solicitud del Sello de Calidad</translation>
    </message>
    <message>
        <source>a Quality Label application draft for an eTwinning project</source>
        <translation>un borrador de solicitud del Sello de Calidad para un proyecto eTwinning</translation>
    </message>
    <message>
        <source>European Award dossier</source>
        <translation>Dosier del Premio Europeo</translation>
    </message>
    <message>
        <source>a draft dossier for the European Award for Initial Teacher Education</source>
        <translation>un borrador de dosier para el Premio Europeo a la Formación Inicial del Profesorado</translation>
    </message>
    <message>
        <source>Registered on eTwinning</source>
        <translation>Registrados en eTwinning</translation>
    </message>
    <message>
        <source>Validated by the NSO</source>
        <translation>Validados por el SNA</translation>
    </message>
    <message>
        <source>Joined a TwinSpace</source>
        <translation>Se unieron a un TwinSpace</translation>
    </message>
    <message>
        <source>In a project team</source>
        <translation>En un equipo de proyecto</translation>
    </message>
    <message>
        <source>Strongly disagree</source>
        <translation>Totalmente en desacuerdo</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>En desacuerdo</translation>
    </message>
    <message>
        <source>Neither agree nor disagree</source>
        <translation>Ni de acuerdo ni en desacuerdo</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>De acuerdo</translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation>Totalmente de acuerdo</translation>
    </message>
    <message>
        <source>Networking across Europe</source>
        <translation>Redes de contacto en toda Europa</translation>
    </message>
    <message>
        <source>I expect eTwinning to help me build a network of teachers across Europe.</source>
        <translation>Espero que eTwinning me ayude a crear una red de docentes en toda Europa.</translation>
    </message>
    <message>
        <source>eTwinning helped me build a network of teachers across Europe.</source>
        <translation>eTwinning me ayudó a crear una red de docentes en toda Europa.</translation>
    </message>
    <message>
        <source>New or improved ICT skills</source>
        <translation>Competencias TIC nuevas o mejoradas</translation>
    </message>
    <message>
        <source>I expect eTwinning to give me new or better ICT skills.</source>
        <translation>Espero que eTwinning me aporte competencias TIC nuevas o mejores.</translation>
    </message>
    <message>
        <source>eTwinning gave me new or better ICT skills.</source>
        <translation>eTwinning me aportó competencias TIC nuevas o mejores.</translation>
    </message>
    <message>
        <source>Impact on pupils</source>
        <translation>Impacto en el alumnado</translation>
    </message>
    <message>
        <source>I expect eTwinning projects to improve my pupils&apos; skills or motivation.</source>
        <translation>Espero que los proyectos eTwinning mejoren las competencias o la motivación de mi alumnado.</translation>
    </message>
    <message>
        <source>eTwinning project work improved my pupils&apos; skills or motivation.</source>
        <translation>El trabajo de proyecto en eTwinning mejoró las competencias o la motivación de mi alumnado.</translation>
    </message>
    <message>
        <source>International teaching community</source>
        <translation>Comunidad docente internacional</translation>
    </message>
    <message>
        <source>I expect eTwinning to make me feel part of an international teaching community.</source>
        <translation>Espero que eTwinning me haga sentir parte de una comunidad docente internacional.</translation>
    </message>
    <message>
        <source>eTwinning made me feel part of an international teaching community.</source>
        <translation>eTwinning me hizo sentir parte de una comunidad docente internacional.</translation>
    </message>
    <message>
        <source>Foreign language skills</source>
        <translation>Competencias en lenguas extranjeras</translation>
    </message>
    <message>
        <source>I expect eTwinning to improve my foreign language skills.</source>
        <translation>Espero que eTwinning mejore mis competencias en lenguas extranjeras.</translation>
    </message>
    <message>
        <source>eTwinning improved my foreign language skills.</source>
        <translation>eTwinning mejoró mis competencias en lenguas extranjeras.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Antes → después</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Editar la acción</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Añadir una acción</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Lo que hay que hacer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Quién lo hace</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Vence:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
</context>
<context>
    <name>ActionQueue</name>
    <message>
        <source>Not saved yet</source>
        <translation>Aún no guardado</translation>
    </message>
    <message>
        <source>Your edit is kept in the editor. Retry now, or keep working and save again later.</source>
        <translation>Su cambio se conserva en el editor. Vuelva a intentarlo ahora o siga trabajando y guarde más tarde.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Overdue since {date}</source>
        <translation>Vencida desde el {date}</translation>
    </message>
</context>
<context>
    <name>ActivityLogDialog</name>
    <message>
        <source>Activity log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <source>Search actions, records and values</source>
        <translation>Buscar acciones, registros y valores</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Todos los registros</translation>
    </message>
    <message>
        <source>Changes on or after this day</source>
        <translation>Cambios desde este día</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>cualquier día</translation>
    </message>
    <message>
        <source>Changes on or before this day</source>
        <translation>Cambios hasta este día</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Who, what:</source>
        <translation>&amp;Quién, qué:</translation>
    </message>
    <message>
        <source>&amp;From, to:</source>
        <translation>&amp;Desde, hasta:</translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <source>Change assessment</source>
        <translation>Cambiar la evaluación</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <source>Self-assessment (the student teacher)</source>
        <translation>Autoevaluación (el docente en formación)</translation>
    </message>
    <message>
        <source>Educator assessment</source>
        <translation>Evaluación del formador</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>What the level rests on (optional)</source>
        <translation>En qué se basa el nivel (opcional)</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Por:</translation>
    </message>
    <message>
        <source>&amp;Teacher educator:</source>
        <translation>&amp;Formador:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>AtRiskModel</name>
    <message>
        <source>{rate} ({attended} of {recorded})</source>
        <translation>{rate} ({attended} de {recorded})</translation>
    </message>
    <message>
        <source>{n} absences in a row</source>
        <translation>{n} ausencias seguidas</translation>
    </message>
    <message>
        <source>at best {rate} (target {target})</source>
        <translation>como máximo {rate} (objetivo {target})</translation>
    </message>
    <message>
        <source>{email}
Double-click to open their attendance</source>
        <translation>{email}
Doble clic para abrir su asistencia</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <source>Remark: {remark}</source>
        <translation>Observación: {remark}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Recorded by {who} on {day} at {time}</source>
        <translation>Registrado por {who} el {day} a las {time}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Click to select the whole session, then press a key to mark all.</source>
        <translation>Haga clic para seleccionar toda la sesión y pulse una tecla para marcarla entera.</translation>
    </message>
</context>
<context>
    <name>AttendanceGridView</name>
    <message>
        <source>Attendance register</source>
        <translation>Registro de asistencia</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>The module whose attendance is shown</source>
        <translation>El módulo cuya asistencia se muestra</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Módulo:</translation>
    </message>
    <message>
        <source>Sign-in &amp;sheet…</source>
        <translation>&amp;Hoja de firmas…</translation>
    </message>
    <message>
        <source>Save a printable sign-in sheet (PDF) for the current session</source>
        <translation>Guardar una hoja de firmas imprimible (PDF) para la sesión actual</translation>
    </message>
    <message>
        <source>&amp;Import marks…</source>
        <translation>&amp;Importar marcas…</translation>
    </message>
    <message>
        <source>Read marks from a CSV or XLSX file with the columns email, session and status</source>
        <translation>Leer marcas de un archivo CSV o XLSX con las columnas email, session y status</translation>
    </message>
    <message>
        <source>S&amp;tatuses…</source>
        <translation>Es&amp;tados…</translation>
    </message>
    <message>
        <source>Add, change, order or remove attendance statuses</source>
        <translation>Añadir, cambiar, ordenar o quitar estados de asistencia</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>&amp;Observación:</translation>
    </message>
    <message>
        <source>Select a marked cell to add a remark</source>
        <translation>Seleccione una celda marcada para añadir una observación</translation>
    </message>
    <message>
        <source>No modules yet.</source>
        <translation>Todavía no hay módulos.</translation>
    </message>
    <message>
        <source>No modules yet</source>
        <translation>Todavía no hay módulos</translation>
    </message>
    <message>
        <source>This module has no sessions yet.</source>
        <translation>Este módulo aún no tiene sesiones.</translation>
    </message>
    <message>
        <source>No student teachers are enrolled in this module.</source>
        <translation>No hay docentes en formación matriculados en este módulo.</translation>
    </message>
    <message>
        <source>{module}: {students:,} student teachers, {sessions:,} sessions</source>
        <translation>{module}: {students:,} docentes en formación, {sessions:,} sesiones</translation>
    </message>
    <message>
        <source>Attendance not saved: the grid shows what is saved.</source>
        <translation>Asistencia no guardada: la tabla muestra lo guardado.</translation>
    </message>
    <message>
        <source>Remark on {name}, {session} ({day}); Enter saves</source>
        <translation>Observación sobre {name}, {session} ({day}); Intro guarda</translation>
    </message>
    <message>
        <source>Save the sign-in sheet of {session}</source>
        <translation>Guardar la hoja de firmas de {session}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the sign-in sheet to {path}</source>
        <translation>Hoja de firmas guardada en {path}</translation>
    </message>
    <message>
        <source>Import attendance marks into {module}</source>
        <translation>Importar marcas de asistencia en {module}</translation>
    </message>
    <message>
        <source>CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Archivos CSV o Excel (*.csv *.txt *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Imported marks: {added} added, {changed} changed, {same} already so</source>
        <translation>Marcas importadas: {added} añadidas, {changed} cambiadas, {same} ya iguales</translation>
    </message>
    <message>
        <source>Correct the file and import it again; the details list every problem.</source>
        <translation>Corrija el archivo e impórtelo de nuevo; los detalles enumeran cada problema.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Portfolios of {cohort}</source>
        <translation>Portafolios de {cohort}</translation>
    </message>
    <message>
        <source>Starting the workers…</source>
        <translation>Iniciando los procesos…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Cancelling: finishing the portfolios being written…</source>
        <translation>Cancelando: terminando los portafolios en curso…</translation>
    </message>
    <message>
        <source>{done} of {total} written; the latest: {name}</source>
        <translation>{done} de {total} escritos; el último: {name}</translation>
    </message>
    <message>
        <source>The cohort has no student teachers: nothing was written.</source>
        <translation>La cohorte no tiene docentes en formación: no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Cancelled: {written} of {total} portfolios were written to {folder}.</source>
        <translation>Cancelado: se escribieron {written} de {total} portafolios en {folder}.</translation>
    </message>
    <message>
        <source>{written} of {total} portfolios were written to {folder}.</source>
        <translation>Se escribieron {written} de {total} portafolios en {folder}.</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <source>No sessions</source>
        <translation>Sin sesiones</translation>
    </message>
</context>
<context>
    <name>CalendarTable</name>
    <message>
        <source>Edit {code}: {session} ({time})…</source>
        <translation>Editar {code}: {session} ({time})…</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <source>Dates shown</source>
        <translation>Fechas mostradas</translation>
    </message>
    <message>
        <source>Calendar of sessions</source>
        <translation>Calendario de sesiones</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Go to the days around today (Alt+T)</source>
        <translation>Ir a los días en torno a hoy (Alt+T)</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} sesiones</translation>
    </message>
</context>
<context>
    <name>ClashBanner</name>
    <message>
        <source>Clashes</source>
        <translation>Solapamientos</translation>
    </message>
    <message>
        <source>1 clash:</source>
        <translation>1 solapamiento:</translation>
    </message>
    <message>
        <source>{n} clashes:</source>
        <translation>{n} solapamientos:</translation>
    </message>
    <message>
        <source>Click a session of this module to go to it</source>
        <translation>Haga clic en una sesión de este módulo para ir a ella</translation>
    </message>
</context>
<context>
    <name>CohortsTab</name>
    <message>
        <source>Cohorts enrolled in the module</source>
        <translation>Cohortes matriculadas en el módulo</translation>
    </message>
    <message>
        <source>There are no cohorts yet: import a roster to create one.</source>
        <translation>Aún no hay cohortes: importe una lista de participantes para crear una.</translation>
    </message>
    <message>
        <source>The cohorts that take this module (Space ticks the selected one). Two modules sharing a cohort must not have sessions at the same time.</source>
        <translation>Las cohortes que cursan este módulo (Espacio marca la seleccionada). Dos módulos que comparten cohorte no deben tener sesiones a la vez.</translation>
    </message>
</context>
<context>
    <name>CompetenceMatrixModel</name>
    <message>
        <source>Competence</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>Formador</translation>
    </message>
    <message>
        <source>Area {number}: {name}</source>
        <translation>Área {number}: {name}</translation>
    </message>
    <message>
        <source>Not assessed yet: press F2 or Enter to choose a level</source>
        <translation>Sin evaluar aún: pulse F2 o Intro para elegir un nivel</translation>
    </message>
    <message>
        <source>the student teacher</source>
        <translation>el docente en formación</translation>
    </message>
    <message>
        <source>a teacher educator</source>
        <translation>un formador</translation>
    </message>
    <message>
        <source>{code} {name}, {date}, by {by}</source>
        <translation>{code} {name}, {date}, por {by}</translation>
    </message>
</context>
<context>
    <name>CompetencePicker</name>
    <message>
        <source>DigCompEdu competences</source>
        <translation>Competencias DigCompEdu</translation>
    </message>
</context>
<context>
    <name>CompetencesPanel</name>
    <message>
        <source>Competence matrix</source>
        <translation>Matriz de competencias</translation>
    </message>
    <message>
        <source>Pick a cell and press F2, Enter or a level&apos;s letter to choose a level</source>
        <translation>Elija una celda y pulse F2, Intro o la letra de un nivel para elegirlo</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>&amp;Evaluar…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>History of the competence</source>
        <translation>Historial de la competencia</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Antes y después</translation>
    </message>
    <message>
        <source>Nothing to compare yet: a competence needs two assessments by the same kind.</source>
        <translation>Aún no hay nada que comparar: una competencia necesita dos evaluaciones del mismo tipo.</translation>
    </message>
    <message>
        <source>○ first assessment  ● latest  —  &lt;span style=&apos;color:#1f6fb2&apos;&gt;■ self&lt;/span&gt;  &lt;span style=&apos;color:#e65100&apos;&gt;■ educator&lt;/span&gt;</source>
        <translation>○ primera evaluación  ● última  —  &lt;span style=&apos;color:#1f6fb2&apos;&gt;■ propia&lt;/span&gt;  &lt;span style=&apos;color:#e65100&apos;&gt;■ formador&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>{name}: {n} of {total} competences assessed ({count} assessments)</source>
        <translation>{name}: {n} de {total} competencias evaluadas ({count} evaluaciones)</translation>
    </message>
    <message>
        <source>History of {number} {name}</source>
        <translation>Historial de {number} {name}</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Eliminar la evaluación</translation>
    </message>
    <message>
        <source>Delete the {level} assessment of {date}?</source>
        <translation>¿Eliminar la evaluación {level} del {date}?</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Not saved: someone else saved first</source>
        <translation>No guardado: otra persona guardó primero</translation>
    </message>
    <message>
        <source>Someone else deleted this {what}</source>
        <translation>Otra persona ha eliminado este elemento ({what})</translation>
    </message>
    <message>
        <source>It was deleted after you opened it, so your change could not be saved.</source>
        <translation>Se eliminó después de que usted lo abriera, así que su cambio no se pudo guardar.</translation>
    </message>
    <message>
        <source>Someone else changed this {what}</source>
        <translation>Otra persona ha cambiado este elemento ({what})</translation>
    </message>
    <message>
        <source>They saved it after you opened it; your change is not saved yet. Reload to see their version, or keep yours: fields you did not change keep theirs.</source>
        <translation>La otra persona guardó después de que usted lo abriera; su cambio aún no está guardado. Recargue para ver su versión o conserve la suya: los campos que no cambió mantienen los valores de la otra persona.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Suya</translation>
    </message>
    <message>
        <source>Theirs (saved now)</source>
        <translation>De la otra persona (guardado)</translation>
    </message>
    <message>
        <source>{n} field(s) differ; they are highlighted.</source>
        <translation>{n} campo(s) difieren; están resaltados.</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Show your values and theirs side by side</source>
        <translation>Mostrar sus valores y los de la otra persona lado a lado</translation>
    </message>
    <message>
        <source>&amp;Reload (discard mine)</source>
        <translation>&amp;Recargar (descartar lo mío)</translation>
    </message>
    <message>
        <source>Show the record as it is saved now</source>
        <translation>Mostrar el registro tal como está guardado ahora</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar lo mío</translation>
    </message>
    <message>
        <source>Save your change on top of the version saved now</source>
        <translation>Guardar su cambio sobre la versión guardada ahora</translation>
    </message>
    <message>
        <source>Save as &amp;new</source>
        <translation>Guardar como &amp;nuevo</translation>
    </message>
    <message>
        <source>Add what you typed as a new record</source>
        <translation>Añadir lo escrito como un registro nuevo</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Student teachers</source>
        <translation>Docentes en formación</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Sessions in the next 14 days</source>
        <translation>Sesiones de los próximos 14 días</translation>
    </message>
    <message>
        <source>Sessions of any module starting within two weeks</source>
        <translation>Sesiones de cualquier módulo que empiezan en dos semanas</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Share of the marks of sessions held so far that count as present (present or late), in every module; the same rule as the chart and the alerts</source>
        <translation>Proporción de marcas de las sesiones celebradas hasta ahora que cuentan como presente (presente o con retraso), en todos los módulos; la misma regla que el gráfico y las alertas</translation>
    </message>
    <message>
        <source>Overdue mentoring actions</source>
        <translation>Acciones de mentoría vencidas</translation>
    </message>
    <message>
        <source>Open actions from mentoring meetings whose due date has passed</source>
        <translation>Acciones abiertas de reuniones de mentoría cuyo plazo ha vencido</translation>
    </message>
    <message>
        <source>Attendance per module</source>
        <translation>Asistencia por módulo</translation>
    </message>
    <message>
        <source>No sessions held yet.</source>
        <translation>Aún no se ha celebrado ninguna sesión.</translation>
    </message>
    <message>
        <source>eTwinning registration</source>
        <translation>Registro en eTwinning</translation>
    </message>
    <message>
        <source>Student teachers at risk</source>
        <translation>Docentes en formación en riesgo</translation>
    </message>
    <message>
        <source>No sessions in the next 14 days.</source>
        <translation>No hay sesiones en los próximos 14 días.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>Look up a student teacher</source>
        <translation>Buscar un docente en formación</translation>
    </message>
    <message>
        <source>Upcoming sessions</source>
        <translation>Próximas sesiones</translation>
    </message>
    <message>
        <source>Impact survey</source>
        <translation>Encuesta de impacto</translation>
    </message>
    <message>
        <source>in {n:,} cohorts</source>
        <translation>en {n:,} cohortes</translation>
    </message>
    <message>
        <source>in 1 cohort</source>
        <translation>en 1 cohorte</translation>
    </message>
    <message>
        <source>of recorded marks</source>
        <translation>de las marcas registradas</translation>
    </message>
    <message>
        <source>nothing recorded yet</source>
        <translation>aún no hay nada registrado</translation>
    </message>
    <message>
        <source>of {n:,} open</source>
        <translation>de {n:,} abiertas</translation>
    </message>
    <message>
        <source>Figures as of {time}</source>
        <translation>Datos a las {time}</translation>
    </message>
    <message>
        <source>{held} of {sessions} sessions held</source>
        <translation>{held} de {sessions} sesiones celebradas</translation>
    </message>
    <message>
        <source>{students} student teachers</source>
        <translation>{students} docentes en formación</translation>
    </message>
    <message>
        <source>{n} marks not entered</source>
        <translation>{n} marcas sin introducir</translation>
    </message>
    <message>
        <source>{n} at risk</source>
        <translation>{n} en riesgo</translation>
    </message>
    <message>
        <source>target {rate}</source>
        <translation>objetivo {rate}</translation>
    </message>
    <message>
        <source>Student teachers at risk ({n:,})</source>
        <translation>Docentes en formación en riesgo ({n:,})</translation>
    </message>
    <message>
        <source>Nobody is at risk: no one has {n} absences in a row or can end below {rate}.</source>
        <translation>Nadie está en riesgo: nadie tiene {n} ausencias seguidas ni puede terminar por debajo de {rate}.</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>Short unique code, e.g. ETW101; files are named after it</source>
        <translation>Código corto y único, p. ej. ETW101; los archivos llevan su nombre</translation>
    </message>
    <message>
        <source>e.g. Semester 1</source>
        <translation>p. ej. Semestre 1</translation>
    </message>
    <message>
        <source>ECTS credits the module is worth</source>
        <translation>Créditos ECTS del módulo</translation>
    </message>
    <message>
        <source>Session times are wall-clock times in this zone, e.g. Europe/Brussels</source>
        <translation>Las horas de las sesiones son horas locales de esta zona, p. ej. Europe/Brussels</translation>
    </message>
    <message>
        <source>Languages of the module as two-letter codes, separated by commas</source>
        <translation>Idiomas del módulo como códigos de dos letras, separados por comas</translation>
    </message>
    <message>
        <source>Quality Label criteria the module addresses</source>
        <translation>Criterios del Sello de Calidad que aborda el módulo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>How student teachers are assessed (Markdown)</source>
        <translation>Cómo se evalúa a los docentes en formación (Markdown)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;ítulo:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;ECTS:</source>
        <translation>&amp;ECTS:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Evaluación:</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol in module</source>
        <translation>Matricular en el módulo</translation>
    </message>
    <message>
        <source>the selected student teacher</source>
        <translation>el docente en formación seleccionado</translation>
    </message>
    <message>
        <source>the {n} selected student teachers</source>
        <translation>los {n} docentes en formación seleccionados</translation>
    </message>
    <message>
        <source>everyone in the cohort</source>
        <translation>toda la cohorte</translation>
    </message>
    <message>
        <source>Links the cohort to the module too; people who withdrew stay withdrawn</source>
        <translation>Vincula también la cohorte al módulo; quienes se dieron de baja siguen de baja</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Matricular</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Módulo:</translation>
    </message>
    <message>
        <source>Enrol:</source>
        <translation>Matricular:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohorte:</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Edit evidence ({kind})</source>
        <translation>Editar la evidencia ({kind})</translation>
    </message>
    <message>
        <source>New evidence ({kind})</source>
        <translation>Nueva evidencia ({kind})</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>What it is, e.g. “Lesson plan with a partner call”</source>
        <translation>Qué es, p. ej. «Plan de clase con llamada a los socios»</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
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
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Estado de revisión</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>The evidence itself, in Markdown</source>
        <translation>La evidencia en sí, en Markdown</translation>
    </message>
    <message>
        <source>What it shows and how it came about, in Markdown</source>
        <translation>Qué muestra y cómo surgió, en Markdown</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>A copy kept in itepad&apos;s attachments folder</source>
        <translation>Una copia guardada en la carpeta de adjuntos de itepad</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Módulo:</translation>
    </message>
    <message>
        <source>&amp;Review status:</source>
        <translation>&amp;Estado de revisión:</translation>
    </message>
    <message>
        <source>DigCompEdu competences ({n})</source>
        <translation>Competencias DigCompEdu ({n})</translation>
    </message>
    <message>
        <source>DigCompEdu competences</source>
        <translation>Competencias DigCompEdu</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Aún no se puede guardar</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Double-click or Enter edits; drop files here to attach them</source>
        <translation>Doble clic o Intro para editar; suelte archivos aquí para adjuntarlos</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Añadir &amp;archivo…</translation>
    </message>
    <message>
        <source>Attach a copy of a file (or drop files on this tab)</source>
        <translation>Adjuntar una copia de un archivo (o soltar archivos en esta pestaña)</translation>
    </message>
    <message>
        <source>Add &amp;link…</source>
        <translation>Añadir &amp;enlace…</translation>
    </message>
    <message>
        <source>A web page or online work</source>
        <translation>Una página web o un trabajo en línea</translation>
    </message>
    <message>
        <source>Add &amp;TwinSpace page…</source>
        <translation>Añadir página de &amp;TwinSpace…</translation>
    </message>
    <message>
        <source>A page, forum or material in the project&apos;s TwinSpace</source>
        <translation>Una página, foro o material del TwinSpace del proyecto</translation>
    </message>
    <message>
        <source>Add te&amp;xt…</source>
        <translation>Añadir te&amp;xto…</translation>
    </message>
    <message>
        <source>Evidence written here, in Markdown</source>
        <translation>Evidencia escrita aquí, en Markdown</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the file or the address</source>
        <translation>Abrir el archivo o la dirección</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the evidence (and its attached copy)</source>
        <translation>Eliminar la evidencia (y su copia adjunta)</translation>
    </message>
    <message>
        <source>&amp;Check files</source>
        <translation>&amp;Comprobar archivos</translation>
    </message>
    <message>
        <source>Check that every attached file is there and unchanged since attaching</source>
        <translation>Comprobar que cada archivo adjunto sigue ahí y sin cambios desde que se adjuntó</translation>
    </message>
    <message>
        <source>No evidence yet. Attach files (or drop them here), or add links, TwinSpace pages or texts.</source>
        <translation>Aún no hay evidencias. Adjunte archivos (o suéltelos aquí) o añada enlaces, páginas de TwinSpace o textos.</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>«{title}» añadido</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>«{title}» guardado</translation>
    </message>
    <message>
        <source>Attach files as evidence</source>
        <translation>Adjuntar archivos como evidencia</translation>
    </message>
    <message>
        <source>Attached {file}</source>
        <translation>{file} adjuntado</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <source> Its copy of {file} is removed too; the original is not touched.</source>
        <translation> También se elimina su copia de {file}; el original no se toca.</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>Eliminar la evidencia</translation>
    </message>
    <message>
        <source>Delete “{title}” from the portfolio?</source>
        <translation>¿Eliminar «{title}» del portafolio?</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>«{title}» eliminado</translation>
    </message>
    <message>
        <source>No files are attached.</source>
        <translation>No hay archivos adjuntos.</translation>
    </message>
    <message>
        <source>All {n} attached files are there, unchanged since attaching.</source>
        <translation>Los {n} archivos adjuntos están todos y sin cambios desde que se adjuntaron.</translation>
    </message>
    <message>
        <source>{title} ({file}): changed since it was attached</source>
        <translation>{title} ({file}): cambiado desde que se adjuntó</translation>
    </message>
    <message>
        <source>{title} ({file}): missing</source>
        <translation>{title} ({file}): falta</translation>
    </message>
    <message>
        <source>{bad} of {n} attached files need attention:</source>
        <translation>{bad} de {n} archivos adjuntos requieren atención:</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide page</source>
        <translation>Página de la guía del usuario</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>itepad user guide: {page}</source>
        <translation>Guía del usuario de itepad: {page}</translation>
    </message>
    <message>
        <source>Not opened: {link} is not a page of the guide or a web address.</source>
        <translation>No abierto: {link} no es una página de la guía ni una dirección web.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Self</source>
        <translation>Propia</translation>
    </message>
    <message>
        <source>Educator: {name}</source>
        <translation>Formador: {name}</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>Formador</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Changed through: {source}</source>
        <translation>Modificado mediante: {source}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Select a line to see what changed</source>
        <translation>Seleccione una línea para ver qué cambió</translation>
    </message>
    <message>
        <source>{record} {operation} by {who} on {when}</source>
        <translation>{record} {operation} por {who} el {when}</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th align=left&gt;Field&lt;/th&gt;&lt;th align=left&gt;Before&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=left&gt;After&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th align=left&gt;Campo&lt;/th&gt;&lt;th align=left&gt;Antes&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=left&gt;Después&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No visible change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ningún cambio visible.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Names and free text were removed by an erasure.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Los nombres y los textos libres se quitaron al borrar los datos personales.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
</context>
<context>
    <name>LinesPanel</name>
    <message>
        <source>Enter or double-click edits a line</source>
        <translation>Intro o doble clic edita una línea</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar {name}</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>Quitar la línea seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Añadir una línea</translation>
    </message>
    <message>
        <source>At most {n}; edit or remove one first</source>
        <translation>Como máximo {n}; edite o quite uno primero</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Opening database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <source>Daily backup written to {path}</source>
        <translation>Copia de seguridad diaria escrita en {path}</translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation>La copia de seguridad diaria ha fallado: {reason}</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>No se pudo abrir la base de datos.</translation>
    </message>
    <message>
        <source>itepad cannot open the database</source>
        <translation>itepad no puede abrir la base de datos</translation>
    </message>
    <message>
        <source>This page has no search field.</source>
        <translation>Esta página no tiene campo de búsqueda.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>Copy the database to a file</source>
        <translation>Copiar la base de datos en un archivo</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde una copia…</translation>
    </message>
    <message>
        <source>Put a backup in place of the database; the current one is kept</source>
        <translation>Poner una copia de seguridad en lugar de la base de datos; la actual se conserva</translation>
    </message>
    <message>
        <source>Open backups &amp;folder</source>
        <translation>Abrir la carpeta de c&amp;opias</translation>
    </message>
    <message>
        <source>&amp;Privacy…</source>
        <translation>&amp;Privacidad…</translation>
    </message>
    <message>
        <source>Who is due for deletion: export their records, erase their data</source>
        <translation>Quién debe borrarse: exportar sus registros, borrar sus datos</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>Prefere&amp;ncias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About itepad</source>
        <translation>&amp;Acerca de itepad</translation>
    </message>
    <message>
        <source>The user guide could not be opened.</source>
        <translation>No se pudo abrir la guía del usuario.</translation>
    </message>
    <message>
        <source>About itepad</source>
        <translation>Acerca de itepad</translation>
    </message>
    <message>
        <source>&lt;h3&gt;itepad {version}&lt;/h3&gt;&lt;p&gt;The teacher educator&apos;s desk for &lt;i&gt;eTwinning for future teachers&lt;/i&gt;: modules, attendance, mentoring and portfolios, offline.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;itepad {version}&lt;/h3&gt;&lt;p&gt;La mesa de trabajo del formador de docentes para &lt;i&gt;eTwinning para futuros docentes&lt;/i&gt;: módulos, asistencia, mentoría y portafolios, sin conexión.&lt;/p&gt;&lt;p&gt;Software libre bajo la Licencia Pública General de GNU, versión 3 o cualquier versión posterior (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database is open yet.</source>
        <translation>Todavía no hay ninguna base de datos abierta.</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>Markdown: # heading, **bold**, *italic*, - list item, [link](https://…)</source>
        <translation>Markdown: # título, **negrita**, *cursiva*, - elemento de lista, [enlace](https://…)</translation>
    </message>
    <message>
        <source>{name}: preview</source>
        <translation>{name}: vista previa</translation>
    </message>
    <message>
        <source>Preview of the text as it will be printed</source>
        <translation>Vista previa del texto tal como se imprimirá</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Mentoring meeting</source>
        <translation>Reunión de mentoría</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>Changes are saved as you go, when you leave a field (Ctrl+S saves now)</source>
        <translation>Los cambios se guardan sobre la marcha, al salir de un campo (Ctrl+S guarda ahora)</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>Firmar…</translation>
    </message>
    <message>
        <source>Sign what the meeting record says now</source>
        <translation>Firmar lo que dice ahora el acta de la reunión</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the meeting now (Ctrl+S)</source>
        <translation>Guardar la reunión ahora (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Teacher educator, school mentor or eTwinning ambassador</source>
        <translation>Formador, mentor del centro o embajador eTwinning</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Sin plantilla</translation>
    </message>
    <message>
        <source>Agenda template</source>
        <translation>Plantilla de orden del día</translation>
    </message>
    <message>
        <source>Fills in the focus, duration and an outline of the notes</source>
        <translation>Rellena el enfoque, la duración y un esquema de las notas</translation>
    </message>
    <message>
        <source>&amp;Next meeting:</source>
        <translation>&amp;Próxima reunión:</translation>
    </message>
    <message>
        <source>Plan the next meeting</source>
        <translation>Planificar la próxima reunión</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Próxima reunión</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <source>The agreed focus of the meeting</source>
        <translation>El enfoque acordado de la reunión</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>M&amp;odalidad:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>Orden del &amp;día:</translation>
    </message>
    <message>
        <source>Men&amp;tor:</source>
        <translation>Men&amp;tor:</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>&amp;Enfoque:</translation>
    </message>
    <message>
        <source>M&amp;entees:</source>
        <translation>M&amp;entorizados:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Pre-meeting reflection</source>
        <translation>Reflexión previa a la reunión</translation>
    </message>
    <message>
        <source>The mentee&apos;s reflection: progress on earlier targets, where the evidence is</source>
        <translation>La reflexión del mentorizado: avances en objetivos anteriores, dónde están las evidencias</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Add &amp;target…</source>
        <translation>Añadir &amp;objetivo…</translation>
    </message>
    <message>
        <source>Add a SMART target (at most three a meeting)</source>
        <translation>Añadir un objetivo SMART (como máximo tres por reunión)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Add a&amp;ction…</source>
        <translation>Añadir a&amp;cción…</translation>
    </message>
    <message>
        <source>Add an action with its owner and due date</source>
        <translation>Añadir una acción con su responsable y su plazo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Targets&lt;/b&gt; (at most three)</source>
        <translation>&lt;b&gt;Objetivos&lt;/b&gt; (como máximo tres)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Actions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Acciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Targets and actions</source>
        <translation>Objetivos y acciones</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún no guardado</translation>
    </message>
    <message>
        <source>Mentoring meeting of {date}</source>
        <translation>Reunión de mentoría del {date}</translation>
    </message>
    <message>
        <source>The agenda template this meeting was started from</source>
        <translation>La plantilla de orden del día con la que empezó esta reunión</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved yet: the connection was lost (Save retries)</source>
        <translation>Aún no guardado: se perdió la conexión (Guardar lo reintenta)</translation>
    </message>
    <message>
        <source>Not saved yet: someone else saved first</source>
        <translation>Aún no guardado: otra persona guardó primero</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the meeting</source>
        <translation>No se puede abrir la reunión</translation>
    </message>
    <message>
        <source>Showing the version saved by someone else</source>
        <translation>Versión guardada por otra persona</translation>
    </message>
    <message>
        <source>mentoring meeting</source>
        <translation>reunión de mentoría</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Who takes part?</source>
        <translation>¿Quién participa?</translation>
    </message>
    <message>
        <source>Choose the mentor and tick at least one student teacher.</source>
        <translation>Elija el mentor y marque al menos un docente en formación.</translation>
    </message>
    <message>
        <source>Saved the meeting</source>
        <translation>Reunión guardada</translation>
    </message>
    <message>
        <source>Sign off the meeting</source>
        <translation>Firmar la reunión</translation>
    </message>
    <message>
        <source>Who signs? (name or email)</source>
        <translation>¿Quién firma? (nombre o correo)</translation>
    </message>
    <message>
        <source>Sign the meeting record as {who}? Any later change will show as “changed since signed”.</source>
        <translation>¿Firmar el acta de la reunión como {who}? Cualquier cambio posterior aparecerá como «modificado desde la firma».</translation>
    </message>
    <message>
        <source>Signed the meeting</source>
        <translation>Reunión firmada</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>⚠ changed</source>
        <translation>⚠ modificado</translation>
    </message>
    <message>
        <source>Changed since it was signed off: open it to compare</source>
        <translation>Modificado desde la firma: ábralo para comparar</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Not signed off yet</source>
        <translation>Aún sin firmar</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>Add to a project team</source>
        <translation>Añadir a un equipo de proyecto</translation>
    </message>
    <message>
        <source>Place in the project team</source>
        <translation>Lugar en el equipo del proyecto</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>e.g. partner coordinator, pupils&apos; activities</source>
        <translation>p. ej. coordinación con socios, actividades del alumnado</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Se incorporó el</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Aportación</translation>
    </message>
    <message>
        <source>What they did in the project, in Markdown</source>
        <translation>Lo que hizo en el proyecto, en Markdown</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Proyecto:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>&amp;Se incorporó el:</translation>
    </message>
    <message>
        <source>Contribution:</source>
        <translation>Aportación:</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Aún no se puede guardar</translation>
    </message>
</context>
<context>
    <name>MenteePicker</name>
    <message>
        <source>Find a student teacher</source>
        <translation>Buscar un docente en formación</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorizados</translation>
    </message>
    <message>
        <source>Tick the student teachers who take part (Space ticks)</source>
        <translation>Marque los docentes en formación que participan (Espacio marca)</translation>
    </message>
</context>
<context>
    <name>MentoringLogView</name>
    <message>
        <source>Student teacher</source>
        <translation>Docente en formación</translation>
    </message>
    <message>
        <source>Type part of a name or email to find a student teacher</source>
        <translation>Escriba parte de un nombre o correo para buscar un docente en formación</translation>
    </message>
    <message>
        <source>&amp;Student teacher:</source>
        <translation>&amp;Docente en formación:</translation>
    </message>
    <message>
        <source>Mentoring log</source>
        <translation>Registro de mentoría</translation>
    </message>
    <message>
        <source>Click a meeting&apos;s heading to open it</source>
        <translation>Haga clic en el título de una reunión para abrirla</translation>
    </message>
</context>
<context>
    <name>MentoringPage</name>
    <message>
        <source>Search meetings by mentor, mentee or focus</source>
        <translation>Buscar reuniones por mentor, mentorizado o enfoque</translation>
    </message>
    <message>
        <source>Search open actions by text, owner, student or mentor</source>
        <translation>Buscar acciones abiertas por texto, responsable, estudiante o mentor</translation>
    </message>
    <message>
        <source>Search observations by student teacher, class, subject or observer</source>
        <translation>Buscar observaciones por docente en formación, clase, asignatura u observador</translation>
    </message>
    <message>
        <source>Search by mentor or month (2026-11)</source>
        <translation>Buscar por mentor o mes (2026-11)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <source>Lesson observations</source>
        <translation>Observaciones de clase</translation>
    </message>
    <message>
        <source>Mentoring log</source>
        <translation>Registro de mentoría</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nueva reunión…</translation>
    </message>
    <message>
        <source>Record a mentoring meeting (Ctrl+N)</source>
        <translation>Registrar una reunión de mentoría (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Open the selected meeting (Enter)</source>
        <translation>Abrir la reunión seleccionada (Intro)</translation>
    </message>
    <message>
        <source>Right-click (or the menu key) to mark an action done</source>
        <translation>Clic derecho (o la tecla de menú) para marcar una acción como hecha</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marcar &amp;hecha</translation>
    </message>
    <message>
        <source>Mark the selected action done (Ctrl+D)</source>
        <translation>Marcar la acción seleccionada como hecha (Ctrl+D)</translation>
    </message>
    <message>
        <source>New &amp;observation…</source>
        <translation>Nueva &amp;observación…</translation>
    </message>
    <message>
        <source>Record a lesson observation (Ctrl+N)</source>
        <translation>Registrar una observación de clase (Ctrl+N)</translation>
    </message>
    <message>
        <source>1 mentoring meeting</source>
        <translation>1 reunión de mentoría</translation>
    </message>
    <message>
        <source>{n:,} mentoring meetings</source>
        <translation>{n:,} reuniones de mentoría</translation>
    </message>
    <message>
        <source>{meetings} · {open:,} open actions, {overdue:,} overdue</source>
        <translation>{meetings} · {open:,} acciones abiertas, {overdue:,} vencidas</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>the meeting of {day} ({mentor})</source>
        <translation>la reunión del {day} ({mentor})</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar hecha</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Open the meeting…</source>
        <translation>Abrir la reunión…</translation>
    </message>
    <message>
        <source>Marked done: {text}</source>
        <translation>Hecha: {text}</translation>
    </message>
    <message>
        <source>Dropped: {text}</source>
        <translation>Descartada: {text}</translation>
    </message>
</context>
<context>
    <name>ModuleEditor</name>
    <message>
        <source>← All modules</source>
        <translation>← Todos los módulos</translation>
    </message>
    <message>
        <source>Back to the list of modules (Alt+Left)</source>
        <translation>Volver a la lista de módulos (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Changes are saved as you go, when you leave a field (Ctrl+S saves now)</source>
        <translation>Los cambios se guardan sobre la marcha, al salir de un campo (Ctrl+S guarda ahora)</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Guardar como plantilla…</translation>
    </message>
    <message>
        <source>Save this module as a course template for new modules</source>
        <translation>Guardar este módulo como plantilla de curso para módulos nuevos</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>Exportar calendario (.ics)…</translation>
    </message>
    <message>
        <source>Save the sessions as an iCalendar file for calendar programs</source>
        <translation>Guardar las sesiones como archivo iCalendar para programas de calendario</translation>
    </message>
    <message>
        <source>Module handbook (PDF)…</source>
        <translation>Guía del módulo (PDF)…</translation>
    </message>
    <message>
        <source>Write the module handbook as a PDF file</source>
        <translation>Escribir la guía del módulo en PDF</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Partners &amp;&amp; projects</source>
        <translation>Socios &amp;&amp; proyectos</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved yet: the connection was lost (Ctrl+S retries)</source>
        <translation>Aún no guardado: se perdió la conexión (Ctrl+S lo reintenta)</translation>
    </message>
    <message>
        <source>Not saved yet: someone else saved first</source>
        <translation>Aún no guardado: otra persona guardó primero</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the module</source>
        <translation>No se puede abrir el módulo</translation>
    </message>
    <message>
        <source>Showing the version saved by someone else</source>
        <translation>Versión guardada por otra persona</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>module</source>
        <translation>módulo</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>Save {code} as a course template</source>
        <translation>Guardar {code} como plantilla de curso</translation>
    </message>
    <message>
        <source>Course templates (*.md)</source>
        <translation>Plantillas de curso (*.md)</translation>
    </message>
    <message>
        <source>Saved the template to {path}; new modules can start from it.</source>
        <translation>Plantilla guardada en {path}; los módulos nuevos pueden partir de ella.</translation>
    </message>
    <message>
        <source>Export the sessions of {code}</source>
        <translation>Exportar las sesiones de {code}</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Saved the calendar to {path}</source>
        <translation>Calendario guardado en {path}</translation>
    </message>
    <message>
        <source>Save the handbook of {code}</source>
        <translation>Guardar la guía de {code}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the handbook to {path}</source>
        <translation>Guía guardada en {path}</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>No se ha escrito nada.</translation>
    </message>
    <message>
        <source>Nothing was written</source>
        <translation>Nada escrito</translation>
    </message>
</context>
<context>
    <name>ModulesPage</name>
    <message>
        <source>Search modules by code, title, year, term, kind or status</source>
        <translation>Buscar módulos por código, título, año, periodo, tipo o estado</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>All modules in a table</source>
        <translation>Todos los módulos en una tabla</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>The sessions of every module, week by week</source>
        <translation>Las sesiones de todos los módulos, semana a semana</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>The sessions of every module, month by month</source>
        <translation>Las sesiones de todos los módulos, mes a mes</translation>
    </message>
    <message>
        <source>New module…</source>
        <translation>Nuevo módulo…</translation>
    </message>
    <message>
        <source>Plan a new module from a course template (Ctrl+N)</source>
        <translation>Planificar un módulo nuevo a partir de una plantilla de curso (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Open the selected module in the editor (Enter)</source>
        <translation>Abrir el módulo seleccionado en el editor (Intro)</translation>
    </message>
    <message>
        <source>1 module</source>
        <translation>1 módulo</translation>
    </message>
    <message>
        <source>{n:,} modules</source>
        <translation>{n:,} módulos</translation>
    </message>
    <message>
        <source>Editing {module}</source>
        <translation>Editando {module}</translation>
    </message>
    <message>
        <source>Created module {code}; it is open in the editor.</source>
        <translation>Módulo {code} creado; está abierto en el editor.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
</context>
<context>
    <name>NewModuleDialog</name>
    <message>
        <source>New module from a template</source>
        <translation>Módulo nuevo a partir de una plantilla</translation>
    </message>
    <message>
        <source>Course templates</source>
        <translation>Plantillas de curso</translation>
    </message>
    <message>
        <source>e.g. ETW104</source>
        <translation>p. ej. ETW104</translation>
    </message>
    <message>
        <source>A short code no other module has</source>
        <translation>Un código corto que no tenga otro módulo</translation>
    </message>
    <message>
        <source>Leave empty to use the template&apos;s title</source>
        <translation>Déjelo vacío para usar el título de la plantilla</translation>
    </message>
    <message>
        <source>Week 1 is the week holding this date</source>
        <translation>La semana 1 es la que contiene esta fecha</translation>
    </message>
    <message>
        <source>The day of the week most sessions fall on</source>
        <translation>El día de la semana en que caen la mayoría de las sesiones</translation>
    </message>
    <message>
        <source>When the sessions usually start</source>
        <translation>Cuándo suelen empezar las sesiones</translation>
    </message>
    <message>
        <source>A day in the week to skip</source>
        <translation>Un día de la semana que se salta</translation>
    </message>
    <message>
        <source>S&amp;kip this week</source>
        <translation>Sal&amp;tar esta semana</translation>
    </message>
    <message>
        <source>No sessions in the week holding this date (a holiday or exam week)</source>
        <translation>Sin sesiones en la semana de esta fecha (vacaciones o exámenes)</translation>
    </message>
    <message>
        <source>Weeks to skip</source>
        <translation>Semanas que se saltan</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Plan the selected week again (Delete)</source>
        <translation>Volver a planificar la semana seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Week and session</source>
        <translation>Semana y sesión</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Sesiones planificadas</translation>
    </message>
    <message>
        <source>&amp;Create module</source>
        <translation>&amp;Crear módulo</translation>
    </message>
    <message>
        <source>Reading the course templates…</source>
        <translation>Leyendo las plantillas de curso…</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ódigo:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Fecha de &amp;inicio:</translation>
    </message>
    <message>
        <source>Usual &amp;weekday:</source>
        <translation>&amp;Día habitual:</translation>
    </message>
    <message>
        <source>&amp;Usual time:</source>
        <translation>&amp;Hora habitual:</translation>
    </message>
    <message>
        <source>Weeks to s&amp;kip:</source>
        <translation>Semanas que se sal&amp;tan:</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>&amp;Planned sessions:</source>
        <translation>Sesiones &amp;planificadas:</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message>
        <source>{n} weeks</source>
        <translation>{n} semanas</translation>
    </message>
    <message>
        <source>{kind}, {weeks}, {ects:g} ECTS, {n} sessions</source>
        <translation>{kind}, {weeks}, {ects:g} ECTS, {n} sesiones</translation>
    </message>
    <message>
        <source>These template files could not be read and are left out:</source>
        <translation>Estos archivos de plantilla no se pudieron leer y se omiten:</translation>
    </message>
    <message>
        <source>There are no course templates to start from.</source>
        <translation>No hay plantillas de curso de las que partir.</translation>
    </message>
    <message>
        <source>Week of {monday}</source>
        <translation>Semana del {monday}</translation>
    </message>
    <message>
        <source>The first session falls on {day}, before the start date: choose another weekday or start date if that is not what you want.</source>
        <translation>La primera sesión cae el {day}, antes de la fecha de inicio: elija otro día de la semana u otra fecha de inicio si no es lo que quiere.</translation>
    </message>
    <message>
        <source>Week {n}</source>
        <translation>Semana {n}</translation>
    </message>
    <message>
        <source>Skipped week ({days})</source>
        <translation>Semana saltada ({days})</translation>
    </message>
    <message>
        <source>Creating {code}…</source>
        <translation>Creando {code}…</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>Lesson observation</source>
        <translation>Observación de clase</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Student teacher</source>
        <translation>Docente en formación</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>S&amp;tudent teacher:</source>
        <translation>&amp;Docente en formación:</translation>
    </message>
    <message>
        <source>O&amp;bserver:</source>
        <translation>O&amp;bservador:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Clase:</translation>
    </message>
    <message>
        <source>The class observed, e.g. 5B</source>
        <translation>La clase observada, p. ej. 5.º B</translation>
    </message>
    <message>
        <source>Pupils&apos; &amp;age:</source>
        <translation>&amp;Edad del alumnado:</translation>
    </message>
    <message>
        <source>e.g. 10-11</source>
        <translation>p. ej. 10-11</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>As&amp;ignatura:</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Agreed &amp;focus:</source>
        <translation>&amp;Enfoque acordado:</translation>
    </message>
    <message>
        <source>What the observer looks at</source>
        <translation>En qué se fija el observador</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Puntos fuertes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Areas to develop</source>
        <translation>Aspectos a mejorar</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>Firmar…</translation>
    </message>
    <message>
        <source>Sign what the observation says now (saved first)</source>
        <translation>Firmar lo que dice ahora la observación (se guarda antes)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the observation (Ctrl+S)</source>
        <translation>Guardar la observación (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close without saving the changes not yet saved</source>
        <translation>Cerrar sin los cambios aún no guardados</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Saved the observation</source>
        <translation>Observación guardada</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>The observation was deleted</source>
        <translation>La observación se ha eliminado</translation>
    </message>
    <message>
        <source>lesson observation</source>
        <translation>observación de clase</translation>
    </message>
    <message>
        <source>Sign off the observation</source>
        <translation>Firmar la observación</translation>
    </message>
    <message>
        <source>Who signs? (name or email)</source>
        <translation>¿Quién firma? (nombre o correo)</translation>
    </message>
    <message>
        <source>Sign the observation as {who}?</source>
        <translation>¿Firmar la observación como {who}?</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <source>Learning outcomes</source>
        <translation>Resultados de aprendizaje</translation>
    </message>
    <message>
        <source>A&amp;dd outcome</source>
        <translation>A&amp;ñadir resultado</translation>
    </message>
    <message>
        <source>Add a learning outcome after the others</source>
        <translation>Añadir un resultado de aprendizaje tras los demás</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected learning outcome (Delete)</source>
        <translation>Quitar el resultado seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Outcome text</source>
        <translation>Texto del resultado</translation>
    </message>
    <message>
        <source>What student teachers can do after the module, e.g. “Plan a TwinSpace …”</source>
        <translation>Lo que los docentes en formación saben hacer tras el módulo, p. ej. «Planificar un TwinSpace …»</translation>
    </message>
    <message>
        <source>Outcome &amp;text:</source>
        <translation>&amp;Texto del resultado:</translation>
    </message>
    <message>
        <source>DigCompEdu competences this outcome develops (Space ticks a box):</source>
        <translation>Competencias DigCompEdu que desarrolla este resultado (Espacio marca una casilla):</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(aún sin texto)</translation>
    </message>
    <message>
        <source>Remove learning outcome</source>
        <translation>Quitar el resultado de aprendizaje</translation>
    </message>
    <message>
        <source>Remove the learning outcome “{text}”?</source>
        <translation>¿Quitar el resultado de aprendizaje «{text}»?</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Cohort:</source>
        <translation>Cohorte:</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Titulación:</translation>
    </message>
    <message>
        <source>Placement school:</source>
        <translation>Centro de prácticas:</translation>
    </message>
    <message>
        <source>eTwinning:</source>
        <translation>eTwinning:</translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation>Registrado el:</translation>
    </message>
    <message>
        <source>Validated by the NSO on:</source>
        <translation>Validado por el SNA el:</translation>
    </message>
    <message>
        <source>Joined TwinSpace on:</source>
        <translation>Se unió al TwinSpace el:</translation>
    </message>
    <message>
        <source>Attendance, all modules:</source>
        <translation>Asistencia, todos los módulos:</translation>
    </message>
    <message>
        <source>Held sessions attended of those with a mark, over all their modules</source>
        <translation>Sesiones celebradas asistidas de las que tienen marca, en todos sus módulos</translation>
    </message>
    <message>
        <source>Modules and attendance</source>
        <translation>Módulos y asistencia</translation>
    </message>
    <message>
        <source>Not enrolled in any module.</source>
        <translation>No matriculado en ningún módulo.</translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation>Módulos:</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivado)</translation>
    </message>
    <message>
        <source>, year {n}</source>
        <translation>, curso {n}</translation>
    </message>
    <message>
        <source>nothing recorded yet</source>
        <translation>aún no hay nada registrado</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Opening database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>PagedHistory</name>
    <message>
        <source>Show &amp;older</source>
        <translation>Mostrar más &amp;antiguos</translation>
    </message>
    <message>
        <source>Read the next {n} lines</source>
        <translation>Leer las {n} líneas siguientes</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>{n:,} changes</source>
        <translation>{n:,} cambios</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 cambio</translation>
    </message>
    <message>
        <source>The newest {n:,} changes</source>
        <translation>Los {n:,} cambios más recientes</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <source>Partner institutions</source>
        <translation>Instituciones socias</translation>
    </message>
    <message>
        <source>Institution to add</source>
        <translation>Institución que añadir</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>&amp;Añadir socio</translation>
    </message>
    <message>
        <source>Add the chosen institution as a partner of the module</source>
        <translation>Añadir la institución elegida como socia del módulo</translation>
    </message>
    <message>
        <source>&amp;Remove partner</source>
        <translation>&amp;Quitar socio</translation>
    </message>
    <message>
        <source>Remove the selected partner (Delete)</source>
        <translation>Quitar el socio seleccionado (Supr)</translation>
    </message>
    <message>
        <source>eTwinning project</source>
        <translation>Proyecto eTwinning</translation>
    </message>
    <message>
        <source>No eTwinning project is linked to this module yet.</source>
        <translation>Aún no hay ningún proyecto eTwinning vinculado a este módulo.</translation>
    </message>
    <message>
        <source>The project&apos;s state on the eTwinning platform</source>
        <translation>El estado del proyecto en la plataforma eTwinning</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>Add an eTwinning project to this module</source>
        <translation>Añadir un proyecto eTwinning a este módulo</translation>
    </message>
    <message>
        <source>Remove from &amp;module</source>
        <translation>Quitar del &amp;módulo</translation>
    </message>
    <message>
        <source>Take the project out of this module; the project itself stays on record</source>
        <translation>Quitar el proyecto de este módulo; el proyecto en sí se conserva</translation>
    </message>
    <message>
        <source>Partner institutions of the project</source>
        <translation>Instituciones socias del proyecto</translation>
    </message>
    <message>
        <source>Quality Label self-check</source>
        <translation>Autoevaluación para el Sello de Calidad</translation>
    </message>
    <message>
        <source>How well the project meets each of the five Quality Label criteria, 0 to 3</source>
        <translation>En qué medida el proyecto cumple cada uno de los cinco criterios del Sello de Calidad, de 0 a 3</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Socios:</translation>
    </message>
    <message>
        <source>eTwinning projects</source>
        <translation>Proyectos eTwinning</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>{criterion}: rating</source>
        <translation>{criterion}: valoración</translation>
    </message>
    <message>
        <source>{criterion}: note</source>
        <translation>{criterion}: nota</translation>
    </message>
    <message>
        <source>Evidence, or what is missing</source>
        <translation>Evidencias, o lo que falta</translation>
    </message>
    <message>
        <source>New eTwinning project</source>
        <translation>Nuevo proyecto eTwinning</translation>
    </message>
    <message>
        <source>Title of the project:</source>
        <translation>Título del proyecto:</translation>
    </message>
    <message>
        <source>Remove project from module</source>
        <translation>Quitar el proyecto del módulo</translation>
    </message>
    <message>
        <source>Take “{title}” out of this module? The project stays on record.</source>
        <translation>¿Quitar «{title}» de este módulo? El proyecto se conserva.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>The printer could not start.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewWindow</name>
    <message>
        <source> of {count}</source>
        <translation> de {count}</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save PDF as</source>
        <translation>Guardar el PDF como</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved to {path}: {reason}</source>
        <translation>El PDF no se guardó en {path}: {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sent {count} pages to the printer</source>
        <translation>{count} páginas enviadas a la impresora</translation>
    </message>
</context>
<context>
    <name>PhaseForm</name>
    <message>
        <source>Answered &amp;on:</source>
        <translation>Respondido &amp;el:</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <source>Comments (optional)</source>
        <translation>Comentarios (opcional)</translation>
    </message>
</context>
<context>
    <name>PortfoliosPage</name>
    <message>
        <source>Find a student teacher by name, email, cohort or programme</source>
        <translation>Buscar docentes en formación por nombre, correo, cohorte o titulación</translation>
    </message>
    <message>
        <source>&amp;Save portfolio PDF…</source>
        <translation>&amp;Guardar portafolio en PDF…</translation>
    </message>
    <message>
        <source>Write the selected student teacher&apos;s portfolio as a PDF file</source>
        <translation>Escribir el portafolio del docente en formación seleccionado en PDF</translation>
    </message>
    <message>
        <source>Double-click a student teacher, or select one and press Save.</source>
        <translation>Haga doble clic en un docente en formación, o selecciónelo y pulse Guardar.</translation>
    </message>
    <message>
        <source>The cohort whose portfolios to write</source>
        <translation>La cohorte cuyos portafolios se escriben</translation>
    </message>
    <message>
        <source>Write portfolios of the &amp;cohort…</source>
        <translation>Escribir los portafolios de la &amp;cohorte…</translation>
    </message>
    <message>
        <source>Write the portfolio of every student teacher of the cohort into a folder</source>
        <translation>Escribir el portafolio de cada docente en formación de la cohorte en una carpeta</translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation>C&amp;ohorte:</translation>
    </message>
    <message>
        <source>&amp;Portfolios</source>
        <translation>&amp;Portafolios</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>Re&amp;views</source>
        <translation>Re&amp;visiones</translation>
    </message>
    <message>
        <source>Save portfolio of {name}</source>
        <translation>Guardar el portafolio de {name}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the portfolio of {name}…</source>
        <translation>Escribiendo el portafolio de {name}…</translation>
    </message>
    <message>
        <source>Saved the portfolio of {name} to {path}</source>
        <translation>Portafolio de {name} guardado en {path}</translation>
    </message>
    <message>
        <source>The portfolio was not saved.</source>
        <translation>El portafolio no se ha guardado.</translation>
    </message>
    <message>
        <source>Folder for the portfolios of {cohort}</source>
        <translation>Carpeta para los portafolios de {cohort}</translation>
    </message>
    <message>
        <source>Wrote {written} of {total} portfolios</source>
        <translation>Escritos {written} de {total} portafolios</translation>
    </message>
    <message>
        <source>Save portfolio PDF…</source>
        <translation>Guardar portafolio en PDF…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>A new language shows when itepad is next started.</source>
        <translation>Un idioma nuevo se muestra la próxima vez que se inicie itepad.</translation>
    </message>
    <message>
        <source>e.g. Dr Ana Kovač</source>
        <translation>p. ej. Dra. Ana Kovač</translation>
    </message>
    <message>
        <source>Shown as who took attendance and who made a change in the history</source>
        <translation>Se muestra como quien tomó la asistencia y quien hizo un cambio en el historial</translation>
    </message>
    <message>
        <source>itepad copies the database once a day while it runs</source>
        <translation>itepad copia la base de datos una vez al día mientras está abierto</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>As the interface</source>
        <translation>Como la interfaz</translation>
    </message>
    <message>
        <source>Language of the headings in printed portfolios and reports</source>
        <translation>Idioma de los títulos en portafolios e informes impresos</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Your &amp;name in records:</source>
        <translation>Su &amp;nombre en los registros:</translation>
    </message>
    <message>
        <source>Daily &amp;backups to keep:</source>
        <translation>&amp;Copias diarias que conservar:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Tamaño del &amp;papel:</translation>
    </message>
    <message>
        <source>Printed &amp;headings in:</source>
        <translation>&amp;Títulos impresos en:</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy: due for deletion</source>
        <translation>Privacidad: pendientes de borrado</translation>
    </message>
    <message>
        <source>Student teachers whose retention date has passed. If they asked for their records, export them first; then erase their personal data. Enrolments, attendance, eTwinning status and competence levels stay, anonymously, so that cohort statistics remain right.</source>
        <translation>Docentes en formación cuya fecha de conservación ha pasado. Si pidieron sus registros, expórtelos primero; después borre sus datos personales. Las matrículas, la asistencia, el estado en eTwinning y los niveles de competencia se conservan de forma anónima para que las estadísticas de la cohorte sigan siendo correctas.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Keep records until</source>
        <translation>Conservar hasta</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>&amp;Export their records…</source>
        <translation>&amp;Exportar sus registros…</translation>
    </message>
    <message>
        <source>A zip with their record, portfolio and attachments, to give them</source>
        <translation>Un ZIP con su registro, portafolio y adjuntos, para entregárselo</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;Borrar…</translation>
    </message>
    <message>
        <source>Anonymise them; asks first and says what is kept</source>
        <translation>Anonimizar; pregunta antes y dice qué se conserva</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>{n} due for deletion</source>
        <translation>{n} pendientes de borrado</translation>
    </message>
    <message>
        <source>Nobody is due for deletion.</source>
        <translation>No hay nadie pendiente de borrado.</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>self</source>
        <translation>propia</translation>
    </message>
    <message>
        <source>educator</source>
        <translation>formador</translation>
    </message>
    <message>
        <source>{number} {kind}: {first} to {latest}</source>
        <translation>{number} {kind}: de {first} a {latest}</translation>
    </message>
    <message>
        <source>{label} ({kind})
{first} on {first_on} → {latest} on {latest_on}</source>
        <translation>{label} ({kind})
{first} el {first_on} → {latest} el {latest_on}</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <source>eTwinning projects</source>
        <translation>Proyectos eTwinning</translation>
    </message>
    <message>
        <source>&amp;Add to a project team…</source>
        <translation>&amp;Añadir a un equipo de proyecto…</translation>
    </message>
    <message>
        <source>Make them a member of an eTwinning project&apos;s team</source>
        <translation>Hacerle miembro del equipo de un proyecto eTwinning</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Role, date joined and contribution</source>
        <translation>Función, fecha de incorporación y aportación</translation>
    </message>
    <message>
        <source>&amp;Remove from team…</source>
        <translation>&amp;Quitar del equipo…</translation>
    </message>
    <message>
        <source>They leave the project&apos;s team</source>
        <translation>Deja el equipo del proyecto</translation>
    </message>
    <message>
        <source>Not in any eTwinning project team yet.</source>
        <translation>Aún no está en ningún equipo de proyecto eTwinning.</translation>
    </message>
    <message>
        <source>Add to a project team</source>
        <translation>Añadir a un equipo de proyecto</translation>
    </message>
    <message>
        <source>They are in every project&apos;s team already, or there are no projects yet.</source>
        <translation>Ya está en el equipo de todos los proyectos, o aún no hay proyectos.</translation>
    </message>
    <message>
        <source>Added to the project team</source>
        <translation>Añadido al equipo del proyecto</translation>
    </message>
    <message>
        <source>Saved their place in “{project}”</source>
        <translation>Lugar en «{project}» guardado</translation>
    </message>
    <message>
        <source>Remove from project team</source>
        <translation>Quitar del equipo del proyecto</translation>
    </message>
    <message>
        <source>Remove them from the team of “{project}”? Their contribution text goes too.</source>
        <translation>¿Quitar del equipo de «{project}»? El texto de su aportación también se elimina.</translation>
    </message>
    <message>
        <source>Removed from “{project}”</source>
        <translation>Quitado de «{project}»</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>History of {record}</source>
        <translation>Historial de {record}</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <source>Edit reflection</source>
        <translation>Editar la reflexión</translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation>Nueva reflexión</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>e.g. “Our first partner call”</source>
        <translation>p. ej. «Nuestra primera llamada con los socios»</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>&amp;Free reflection</source>
        <translation>Reflexión &amp;libre</translation>
    </message>
    <message>
        <source>&amp;Gibbs&apos; reflective cycle</source>
        <translation>Ciclo reflexivo de &amp;Gibbs</translation>
    </message>
    <message>
        <source>Six stages: description, feelings, evaluation, analysis, conclusion, action plan</source>
        <translation>Seis fases: descripción, sentimientos, evaluación, análisis, conclusión, plan de acción</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}. {name}&lt;/b&gt; — {question}</source>
        <translation>&lt;b&gt;{number}. {name}&lt;/b&gt; — {question}</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Módulo:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Aún no se puede guardar</translation>
    </message>
</context>
<context>
    <name>ReflectionsTab</name>
    <message>
        <source>Reflections</source>
        <translation>Reflexiones</translation>
    </message>
    <message>
        <source>Double-click or Enter opens the reflection</source>
        <translation>Doble clic o Intro abre la reflexión</translation>
    </message>
    <message>
        <source>&amp;New reflection…</source>
        <translation>&amp;Nueva reflexión…</translation>
    </message>
    <message>
        <source>A free reflection in Markdown</source>
        <translation>Una reflexión libre en Markdown</translation>
    </message>
    <message>
        <source>New &amp;Gibbs reflection…</source>
        <translation>Nueva reflexión de &amp;Gibbs…</translation>
    </message>
    <message>
        <source>Description, feelings, evaluation, analysis, conclusion, action plan</source>
        <translation>Descripción, sentimientos, evaluación, análisis, conclusión, plan de acción</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>No reflections yet.</source>
        <translation>Aún no hay reflexiones.</translation>
    </message>
    <message>
        <source>Saved the reflection</source>
        <translation>Reflexión guardada</translation>
    </message>
    <message>
        <source>Delete reflection</source>
        <translation>Eliminar la reflexión</translation>
    </message>
    <message>
        <source>Delete the reflection of {day}, “{title}”?</source>
        <translation>¿Eliminar la reflexión del {day}, «{title}»?</translation>
    </message>
    <message>
        <source>Deleted the reflection</source>
        <translation>Reflexión eliminada</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Write the report and show it, to read or print</source>
        <translation>Escribir el informe y mostrarlo, para leerlo o imprimirlo</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <source>Write the report as a PDF file</source>
        <translation>Escribir el informe en PDF</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohorte:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Módulo:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <source>The whole institution</source>
        <translation>Toda la institución</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report to {path}</source>
        <translation>Informe guardado en {path}</translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation>El informe no se ha escrito.</translation>
    </message>
</context>
<context>
    <name>ReviewsPanel</name>
    <message>
        <source>Language of the review copies&apos; headings</source>
        <translation>Idioma de los títulos de las copias de revisión</translation>
    </message>
    <message>
        <source>Write review copies for &amp;selected…</source>
        <translation>Escribir copias de revisión para los &amp;seleccionados…</translation>
    </message>
    <message>
        <source>Write review copies for the &amp;cohort…</source>
        <translation>Escribir copias de revisión para la &amp;cohorte…</translation>
    </message>
    <message>
        <source>&amp;Import returned forms…</source>
        <translation>&amp;Importar formularios devueltos…</translation>
    </message>
    <message>
        <source>Or drop the returned PDF files onto this panel</source>
        <translation>O suelte los PDF devueltos en este panel</translation>
    </message>
    <message>
        <source>Mark &amp;resolved</source>
        <translation>Marcar como &amp;resuelto</translation>
    </message>
    <message>
        <source>Cohort:</source>
        <translation>Cohorte:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Comments and change requests</source>
        <translation>Comentarios y solicitudes de cambio</translation>
    </message>
    <message>
        <source>Sent: %1 · Returned: %2 · Outstanding: %3</source>
        <translation>Enviadas: %1 · Devueltas: %2 · Pendientes: %3</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Folder for the review copies</source>
        <translation>Carpeta para las copias de revisión</translation>
    </message>
    <message>
        <source>Writing review copies…</source>
        <translation>Escribiendo copias de revisión…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Review copies</source>
        <translation>Copias de revisión</translation>
    </message>
    <message>
        <source>%1 of %2 review copies written to %3</source>
        <translation>%1 de %2 copias de revisión escritas en %3</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Escritas: %1</translation>
    </message>
    <message>
        <source>Returned review copies</source>
        <translation>Copias de revisión devueltas</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazadas: %1</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import roster</source>
        <translation>Importar lista de participantes</translation>
    </message>
    <message>
        <source>A CSV or XLSX file: a Moodle participants list, a spreadsheet…</source>
        <translation>Un archivo CSV o XLSX: una lista de participantes de Moodle, una hoja de cálculo…</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Choose another if names show wrong letters</source>
        <translation>Elija otra si los nombres muestran letras incorrectas</translation>
    </message>
    <message>
        <source>an existing cohort, or a new name</source>
        <translation>una cohorte existente o un nombre nuevo</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Choose a roster file to import.</source>
        <translation>Elija una lista de participantes para importar.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>Into c&amp;ohort:</source>
        <translation>En la c&amp;ohorte:</translation>
    </message>
    <message>
        <source>Choose a roster</source>
        <translation>Elegir una lista de participantes</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Worksheet “{name}”</source>
        <translation>Hoja «{name}»</translation>
    </message>
    <message>
        <source>Read as {encoding}, separated by {delimiter}</source>
        <translation>Leído como {encoding}, separado por {delimiter}</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <source>{count} to correct in the file (or in the columns): nothing is imported until the roster is clean.</source>
        <translation>{count} que corregir en el archivo (o en las columnas): no se importa nada hasta que la lista esté limpia.</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problema</translation>
    </message>
    <message>
        <source>{n:,} problems</source>
        <translation>{n:,} problemas</translation>
    </message>
    <message>
        <source>{n:,} student teachers ready to import.</source>
        <translation>{n:,} docentes en formación listos para importar.</translation>
    </message>
    <message>
        <source>Importing {n:,} student teachers…</source>
        <translation>Importando {n:,} docentes en formación…</translation>
    </message>
</context>
<context>
    <name>SearchableTable</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
</context>
<context>
    <name>SessionChipDelegate</name>
    <message>
        <source>+ {n} more</source>
        <translation>+ {n} más</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>When the session starts</source>
        <translation>Cuándo empieza la sesión</translation>
    </message>
    <message>
        <source>When the session ends</source>
        <translation>Cuándo termina la sesión</translation>
    </message>
    <message>
        <source>Room, school or building</source>
        <translation>Aula, centro o edificio</translation>
    </message>
    <message>
        <source>The online link of a video call or a TwinSpace page</source>
        <translation>El enlace de una videollamada o de una página de TwinSpace</translation>
    </message>
    <message>
        <source>Who runs the session</source>
        <translation>Quién dirige la sesión</translation>
    </message>
    <message>
        <source>Session description</source>
        <translation>Descripción de la sesión</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Enlace:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;pción:</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nadie aún)</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>{when}
{n} attendance marks recorded</source>
        <translation>{when}
{n} marcas de asistencia registradas</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add a session a week after the last one</source>
        <translation>Añadir una sesión una semana después de la última</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Add a copy of the selected session one week later</source>
        <translation>Añadir una copia de la sesión seleccionada una semana después</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected session</source>
        <translation>Quitar la sesión seleccionada</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Swap the selected session with the one before it, dates and all</source>
        <translation>Intercambiar la sesión seleccionada con la anterior, fechas incluidas</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Swap the selected session with the one after it, dates and all</source>
        <translation>Intercambiar la sesión seleccionada con la siguiente, fechas incluidas</translation>
    </message>
    <message>
        <source>&amp;Earlier by a week</source>
        <translation>Una semana &amp;antes</translation>
    </message>
    <message>
        <source>Move the selected session one week earlier</source>
        <translation>Adelantar una semana la sesión seleccionada</translation>
    </message>
    <message>
        <source>&amp;Later by a week</source>
        <translation>Una semana &amp;después</translation>
    </message>
    <message>
        <source>Move the selected session one week later</source>
        <translation>Retrasar una semana la sesión seleccionada</translation>
    </message>
    <message>
        <source>Remove the session “{title}” on {when}?</source>
        <translation>¿Quitar la sesión «{title}» del {when}?</translation>
    </message>
    <message>
        <source>Its {n} attendance marks will be removed with it.</source>
        <translation>Sus {n} marcas de asistencia se quitarán con ella.</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Quitar la sesión</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>SignatureBanner</name>
    <message>
        <source>Sign-off</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Show signed version…</source>
        <translation>Mostrar la versión firmada…</translation>
    </message>
    <message>
        <source>The record as it was when it was signed</source>
        <translation>El registro tal como estaba al firmarlo</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <source>✓ Signed by {who} on {date}</source>
        <translation>✓ Firmado por {who} el {date}</translation>
    </message>
    <message>
        <source>⚠ Changed since signed on {date} by {who}: {fields}</source>
        <translation>⚠ Modificado desde la firma del {date} por {who}: {fields}</translation>
    </message>
</context>
<context>
    <name>SignedVersionDialog</name>
    <message>
        <source>Signed version</source>
        <translation>Versión firmada</translation>
    </message>
    <message>
        <source>Signed by {who} on {date}</source>
        <translation>Firmado por {who} el {date}</translation>
    </message>
</context>
<context>
    <name>StatusSetDialog</name>
    <message>
        <source>Attendance statuses</source>
        <translation>Estados de asistencia</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>The key that sets this status in the grid</source>
        <translation>La tecla que pone este estado en la tabla</translation>
    </message>
    <message>
        <source>Counts as &amp;present</source>
        <translation>Cuenta como &amp;presente</translation>
    </message>
    <message>
        <source>Marks with this status count as attended in attendance rates</source>
        <translation>Las marcas con este estado cuentan como asistencia en las tasas</translation>
    </message>
    <message>
        <source>The name imports and exports use; it never changes</source>
        <translation>El nombre que usan las importaciones y exportaciones; nunca cambia</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>&amp;Add as new status</source>
        <translation>&amp;Añadir como estado nuevo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Tecla:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <source>Space in the grid goes through the statuses in this order. A status used by marks cannot be removed.</source>
        <translation>Espacio recorre los estados en este orden en la tabla. Un estado usado por marcas no se puede quitar.</translation>
    </message>
    <message>
        <source>counts as present</source>
        <translation>cuenta como presente</translation>
    </message>
    <message>
        <source>{n:,} marks</source>
        <translation>{n:,} marcas</translation>
    </message>
    <message>
        <source>Used by marks: change them first</source>
        <translation>Usado por marcas: cámbielas primero</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Edit student teacher</source>
        <translation>Editar docente en formación</translation>
    </message>
    <message>
        <source>Add student teacher</source>
        <translation>Añadir docente en formación</translation>
    </message>
    <message>
        <source>institutional address, e.g. name@students.uni.eu</source>
        <translation>dirección institucional, p. ej. nombre@students.uni.eu</translation>
    </message>
    <message>
        <source>(no cohort)</source>
        <translation>(sin cohorte)</translation>
    </message>
    <message>
        <source>default: the cohort&apos;s programme</source>
        <translation>por defecto: la titulación de la cohorte</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>two-letter codes, e.g. pl, en, de</source>
        <translation>códigos de dos letras, p. ej. pl, en, de</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registrado el</translation>
    </message>
    <message>
        <source>Validated by the NSO on</source>
        <translation>Validado por el SNA el</translation>
    </message>
    <message>
        <source>Joined TwinSpace on</source>
        <translation>Se unió al TwinSpace el</translation>
    </message>
    <message>
        <source>Photos may be taken and kept</source>
        <translation>Se pueden tomar y guardar fotos</translation>
    </message>
    <message>
        <source>Work may be published</source>
        <translation>Los trabajos se pueden publicar</translation>
    </message>
    <message>
        <source>Details may be shared with partners</source>
        <translation>Los datos se pueden compartir con los socios</translation>
    </message>
    <message>
        <source>Keep the record until</source>
        <translation>Conservar el registro hasta</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Student &amp;number:</source>
        <translation>&amp;Número de estudiante:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohorte:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Titulación:</translation>
    </message>
    <message>
        <source>&amp;Year of study:</source>
        <translation>C&amp;urso:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>Placement &amp;school:</source>
        <translation>Centro de &amp;prácticas:</translation>
    </message>
    <message>
        <source>eTwinning</source>
        <translation>eTwinning</translation>
    </message>
    <message>
        <source>&amp;Registration:</source>
        <translation>&amp;Registro:</translation>
    </message>
    <message>
        <source>Consents and retention</source>
        <translation>Consentimientos y conservación</translation>
    </message>
</context>
<context>
    <name>StudentLookup</name>
    <message>
        <source>Name or email of a student teacher</source>
        <translation>Nombre o correo de un docente en formación</translation>
    </message>
    <message>
        <source>Look up a student teacher</source>
        <translation>Buscar un docente en formación</translation>
    </message>
    <message>
        <source>Double-click a module to open its attendance</source>
        <translation>Doble clic en un módulo para abrir su asistencia</translation>
    </message>
    <message>
        <source>No current student teacher matches “{text}”.</source>
        <translation>Ningún docente en formación actual coincide con «{text}».</translation>
    </message>
    <message>
        <source>This student teacher is no longer in the database.</source>
        <translation>Este docente en formación ya no está en la base de datos.</translation>
    </message>
    <message>
        <source>eTwinning: {status}</source>
        <translation>eTwinning: {status}</translation>
    </message>
    <message>
        <source>Attended {rate} of the sessions recorded</source>
        <translation>Asistió al {rate} de las sesiones registradas</translation>
    </message>
    <message>
        <source>No attendance recorded yet</source>
        <translation>Aún no hay asistencia registrada</translation>
    </message>
</context>
<context>
    <name>StudentRecord</name>
    <message>
        <source>(no module)</source>
        <translation>(sin módulo)</translation>
    </message>
</context>
<context>
    <name>StudentRecordWindow</name>
    <message>
        <source>Student teacher record</source>
        <translation>Expediente del docente en formación</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Evidencias</translation>
    </message>
    <message>
        <source>&amp;Reflections</source>
        <translation>&amp;Reflexiones</translation>
    </message>
    <message>
        <source>eTwinning &amp;projects</source>
        <translation>Pro&amp;yectos eTwinning</translation>
    </message>
    <message>
        <source>DigCompEdu &amp;competences</source>
        <translation>&amp;Competencias DigCompEdu</translation>
    </message>
    <message>
        <source>Impact &amp;survey</source>
        <translation>Encuesta de &amp;impacto</translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation>No se puede abrir el expediente</translation>
    </message>
    <message>
        <source>{name}: student teacher record</source>
        <translation>{name}: expediente</translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <source>Archived on {day}: shown while Show archived is ticked</source>
        <translation>Archivado el {day}: se muestra mientras «Mostrar archivados» esté marcado</translation>
    </message>
    <message>
        <source>No attendance recorded yet</source>
        <translation>Aún no hay asistencia registrada</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>1 student teacher</source>
        <translation>1 docente en formación</translation>
    </message>
    <message>
        <source>{n:,} student teachers</source>
        <translation>{n:,} docentes en formación</translation>
    </message>
    <message>
        <source>Search by name, email, cohort, programme or eTwinning status</source>
        <translation>Buscar por nombre, correo, cohorte, titulación o estado en eTwinning</translation>
    </message>
    <message>
        <source>&amp;Open record…</source>
        <translation>&amp;Abrir expediente…</translation>
    </message>
    <message>
        <source>Evidence, reflections and eTwinning projects of the student teacher (Enter)</source>
        <translation>Evidencias, reflexiones y proyectos eTwinning del docente en formación (Intro)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hivar</translation>
    </message>
    <message>
        <source>Enrol in &amp;module…</source>
        <translation>Matricular en un &amp;módulo…</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Importar lista de participantes…</translation>
    </message>
    <message>
        <source>Export &amp;NSO list…</source>
        <translation>Exportar lista para el &amp;SNA…</translation>
    </message>
    <message>
        <source>Or drop a CSV or XLSX file on this page</source>
        <translation>O suelte un archivo CSV o XLSX en esta página</translation>
    </message>
    <message>
        <source>Who waits for the NSO to validate their eTwinning registration</source>
        <translation>Quién espera que el SNA valide su registro en eTwinning</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>Mostrar a&amp;rchivados</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Resta&amp;urar</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} guardado</translation>
    </message>
    <message>
        <source>{name} is back on the roster</source>
        <translation>{name} vuelve a estar en la lista</translation>
    </message>
    <message>
        <source>Archive student teacher</source>
        <translation>Archivar docente en formación</translation>
    </message>
    <message>
        <source>Archive {name}? They leave the roster and the daily work; nothing of theirs is deleted, and Show archived brings them back to view.</source>
        <translation>¿Archivar a {name}? Sale de la lista y del trabajo diario; no se borra nada suyo y «Mostrar archivados» vuelve a mostrarlo.</translation>
    </message>
    <message>
        <source>Archived {name}</source>
        <translation>{name} archivado</translation>
    </message>
    <message>
        <source>eTwinning: {n} marked “{status}”</source>
        <translation>eTwinning: {n} marcados como «{status}»</translation>
    </message>
    <message>
        <source>Enrolled {n}; {already} were enrolled already</source>
        <translation>{n} matriculados; {already} ya lo estaban</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (nueva)</translation>
    </message>
    <message>
        <source>Imported {total} into cohort {cohort}{new}: {created} added, {updated} updated, {unchanged} unchanged</source>
        <translation>{total} importados en la cohorte {cohort}{new}: {created} añadidos, {updated} actualizados, {unchanged} sin cambios</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Todas las cohortes</translation>
    </message>
    <message>
        <source>Export NSO list</source>
        <translation>Exportar lista para el SNA</translation>
    </message>
    <message>
        <source>Student teachers waiting for validation, of:</source>
        <translation>Docentes en formación pendientes de validación, de:</translation>
    </message>
    <message>
        <source>Export NSO validation list</source>
        <translation>Exportar lista de validación para el SNA</translation>
    </message>
    <message>
        <source>eTwinning validation list.xlsx</source>
        <translation>lista de validación eTwinning.xlsx</translation>
    </message>
    <message>
        <source>Saved the NSO list ({people}) to {path}</source>
        <translation>Lista para el SNA ({people}) guardada en {path}</translation>
    </message>
    <message>
        <source>Open record…</source>
        <translation>Abrir expediente…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Enrol in module…</source>
        <translation>Matricular en un módulo…</translation>
    </message>
    <message>
        <source>eTwinning: registered, waiting for validation</source>
        <translation>eTwinning: registrado, pendiente de validación</translation>
    </message>
    <message>
        <source>eTwinning: validated by the NSO</source>
        <translation>eTwinning: validado por el SNA</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
</context>
<context>
    <name>SurveyPanel</name>
    <message>
        <source>Before the module</source>
        <translation>Antes del módulo</translation>
    </message>
    <message>
        <source>After the module</source>
        <translation>Después del módulo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>&amp;Save survey</source>
        <translation>&amp;Guardar encuesta</translation>
    </message>
    <message>
        <source>Impact survey</source>
        <translation>Encuesta de impacto</translation>
    </message>
    <message>
        <source>before</source>
        <translation>antes del módulo</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después del módulo</translation>
    </message>
    <message>
        <source>{name} answered the survey {when}.</source>
        <translation>{name} respondió la encuesta {when}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>{name} has not answered the survey yet.</source>
        <translation>{name} aún no ha respondido la encuesta.</translation>
    </message>
</context>
<context>
    <name>SurveyResultsView</name>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Impact survey: share agreeing</source>
        <translation>Encuesta de impacto: proporción de acuerdo</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{before}&apos;&gt;■&lt;/span&gt; before the module &amp;nbsp; &lt;span style=&apos;color:{after}&apos;&gt;■&lt;/span&gt; after it &amp;nbsp; &lt;span style=&apos;color:{study}&apos;&gt;■&lt;/span&gt; teachers in the 2013 eTwinning impact study</source>
        <translation>&lt;span style=&apos;color:{before}&apos;&gt;■&lt;/span&gt; antes del módulo &amp;nbsp; &lt;span style=&apos;color:{after}&apos;&gt;■&lt;/span&gt; después &amp;nbsp; &lt;span style=&apos;color:{study}&apos;&gt;■&lt;/span&gt; docentes del estudio de impacto de eTwinning de 2013</translation>
    </message>
    <message>
        <source>Impact survey results</source>
        <translation>Resultados de la encuesta de impacto</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Beneficio</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>2013 study</source>
        <translation>Estudio 2013</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohorte:</translation>
    </message>
    <message>
        <source>No cohorts yet.</source>
        <translation>Aún no hay cohortes.</translation>
    </message>
    <message>
        <source>{rate} ({n} of {of})</source>
        <translation>{rate} ({n} de {of})</translation>
    </message>
    <message>
        <source>{students} student teachers: {pre} answered before the module, {post} after it. Agreeing means 4 or 5 on the scale of 1 to 5.</source>
        <translation>{students} docentes en formación: {pre} respondieron antes del módulo y {post} después. Estar de acuerdo significa 4 o 5 en la escala de 1 a 5.</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>Sin comentarios.</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>{shown:,} of {all} match the search</source>
        <translation>{shown:,} de {all} coinciden con la búsqueda</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Edit target</source>
        <translation>Editar el objetivo</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Añadir un objetivo</translation>
    </message>
    <message>
        <source>Specific, measurable, achievable, relevant, timed</source>
        <translation>Específico, medible, alcanzable, relevante, con plazo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>DigCompEdu competence</source>
        <translation>Competencia DigCompEdu</translation>
    </message>
    <message>
        <source>The DigCompEdu competence this target develops</source>
        <translation>La competencia DigCompEdu que desarrolla este objetivo</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Vence:</translation>
    </message>
    <message>
        <source>&amp;Competence:</source>
        <translation>&amp;Competencia:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undo &amp;history…</source>
        <translation>&amp;Historial de deshacer…</translation>
    </message>
    <message>
        <source>Every change of this session; undo back to one</source>
        <translation>Todos los cambios desde que se abrió; deshacer hasta uno de ellos</translation>
    </message>
    <message>
        <source>&amp;Activity log…</source>
        <translation>Registro de &amp;actividad…</translation>
    </message>
    <message>
        <source>Who changed what and when, in this database</source>
        <translation>Quién cambió qué y cuándo en esta base de datos</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer {action}</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Deshecho: {action}</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>No se puede deshacer</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Rehecho: {action}</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>No se puede rehacer</translation>
    </message>
    <message>
        <source>{n} actions</source>
        <translation>{n} acciones</translation>
    </message>
</context>
<context>
    <name>UndoHistoryDialog</name>
    <message>
        <source>Undo history</source>
        <translation>Historial de deshacer</translation>
    </message>
    <message>
        <source>Click an earlier line to undo back to it, a greyed line to redo up to it.</source>
        <translation>Haga clic en una línea anterior para deshacer hasta ella, o en una línea gris para rehacer hasta ella.</translation>
    </message>
    <message>
        <source>Actions of this session</source>
        <translation>Acciones desde que se abrió</translation>
    </message>
    <message>
        <source>As the database was opened</source>
        <translation>Como al abrir la base de datos</translation>
    </message>
    <message>
        <source>Undone: click to redo</source>
        <translation>Deshecho: haga clic para rehacer</translation>
    </message>
</context>
<context>
    <name>_LineDialog</name>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
</context>
</TS>
