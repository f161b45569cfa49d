<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>This is a shared PostgreSQL database ({where}). Its backups are the server&apos;s job: ask whoever runs it, or use pg_dump (see docs/shared-database.md). A portable copy of all records can be written with `itepad export-json FILE` and loaded into an empty database with `itepad import-json FILE`.</source>
        <translation>Це спільна база даних PostgreSQL ({where}). За її резервні копії відповідає сервер: зверніться до того, хто його обслуговує, або скористайтеся pg_dump (див. docs/shared-database.md). Переносну копію всіх даних можна записати командою `itepad export-json FILE` і завантажити в порожню базу командою `itepad import-json FILE`.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервні копії</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Створити резервну копію бази даних</translation>
    </message>
    <message>
        <source>itepad backups (*.sqlite)</source>
        <translation>Резервні копії itepad (*.sqlite)</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Створення резервної копії бази даних…</translation>
    </message>
    <message>
        <source>Backed up the database to {path}</source>
        <translation>Резервну копію бази даних збережено в {path}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Відновити з резервної копії</translation>
    </message>
    <message>
        <source>Replace the database {database} with the backup {source}?

Everything changed since that backup was taken will no longer show. The current database is kept first, as a backup of its own in {folder}, so you can go back to it by restoring that file.</source>
        <translation>Замінити базу даних {database} резервною копією {source}?

Усе, що змінилося після створення цієї копії, більше не відображатиметься. Поточну базу спершу буде збережено як окрему резервну копію в {folder}, тож до неї можна повернутися, відновивши цей файл.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>itepad backups (*.sqlite);;All files (*)</source>
        <translation>Резервні копії itepad (*.sqlite);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Відновлення резервної копії…</translation>
    </message>
    <message>
        <source>Restored {source}.</source>
        <translation>Відновлено {source}.</translation>
    </message>
    <message>
        <source>The database it replaced was kept as {path}.</source>
        <translation>Замінену базу даних збережено як {path}.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Перевірка резервної копії…</translation>
    </message>
    <message>
        <source>Export everything about {name}</source>
        <translation>Експортувати все про {name}</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Архіви ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Writing everything about {name}…</source>
        <translation>Запис усіх даних про {name}…</translation>
    </message>
    <message>
        <source>Saved {n} files about {name} to {path}</source>
        <translation>Збережено файли про {name} у {path} (кількість: {n})</translation>
    </message>
    <message>
        <source>Erase the personal data of {name} ({email})?

Deleted: their name, email, student number, languages and placement school, their evidence, reflections and lesson observations, notes, remarks and comments about them, and mentoring meetings held with them alone.

Kept, tied to an anonymous record so that cohort statistics stay right: enrolments, attendance marks, eTwinning registration status and competence levels.

This cannot be undone in itepad.</source>
        <translation>Стерти персональні дані {name} ({email})?

Буде видалено: ім’я, ел. пошту, номер студентського квитка, мови та школу практики, докази, рефлексії та спостереження уроків, нотатки, зауваження й коментарі про цю особу, а також зустрічі з наставником, проведені лише з нею.

Збережено, прив’язаним до анонімного запису, щоб статистика потоку залишалася правильною: зарахування, позначки відвідуваності, статус реєстрації в eTwinning і рівні компетентностей.

Цю дію не можна скасувати в itepad.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Стерти персональні дані</translation>
    </message>
    <message>
        <source>Erase {name}</source>
        <translation>Стерти {name}</translation>
    </message>
    <message>
        <source>Erased {name}: now anonymous student teacher {id}.</source>
        <translation>{name} стерто: тепер це анонімний студент-педагог {id}.</translation>
    </message>
    <message>
        <source>A backup taken just before is {path}; delete it once you no longer need it.</source>
        <translation>Резервна копія, створена безпосередньо перед цим: {path}; видаліть її, коли вона більше не потрібна.</translation>
    </message>
    <message>
        <source>Erasing {name}…</source>
        <translation>Стирання {name}…</translation>
    </message>
    <message>
        <source>Export everything about {name} (GDPR)…</source>
        <translation>Експортувати все про {name} (GDPR)…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Стерти персональні дані…</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>Номер студентського квитка</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Потік</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Освітня програма</translation>
    </message>
    <message>
        <source>Year of study</source>
        <translation>Рік навчання</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <source>Placement school</source>
        <translation>Школа практики</translation>
    </message>
    <message>
        <source>eTwinning registration</source>
        <translation>Реєстрація в eTwinning</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Зареєстровано</translation>
    </message>
    <message>
        <source>Validated by the NSO on</source>
        <translation>Підтверджено НСП</translation>
    </message>
    <message>
        <source>Joined TwinSpace on</source>
        <translation>Приєднано до TwinSpace</translation>
    </message>
    <message>
        <source>Photos may be taken and kept</source>
        <translation>Дозволено фотографувати й зберігати фото</translation>
    </message>
    <message>
        <source>Work may be published</source>
        <translation>Роботи можна публікувати</translation>
    </message>
    <message>
        <source>Details may be shared with partners</source>
        <translation>Дані можна передавати партнерам</translation>
    </message>
    <message>
        <source>Keep the record until</source>
        <translation>Зберігати запис до</translation>
    </message>
    <message>
        <source>Showing the record as saved by someone else</source>
        <translation>Запис у версії, збереженій кимось іншим</translation>
    </message>
    <message>
        <source>student teacher</source>
        <translation>студент-педагог</translation>
    </message>
    <message>
        <source>Their personal data has been erased (GDPR); it cannot be saved again.</source>
        <translation>Персональні дані стерто (GDPR); запис більше не можна зберегти.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Модулі</translation>
    </message>
    <message>
        <source>Student teachers</source>
        <translation>Студенти-педагоги</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Відвідуваність</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Наставництво</translation>
    </message>
    <message>
        <source>Portfolios &amp; reports</source>
        <translation>Портфоліо &amp; звіти</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Overdue actions are red</source>
        <translation>Прострочені завдання позначено червоним</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Досягнуто</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Перенесено</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Відкинуто</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>⚠ Changed since signed on {date} by {who}: {fields}</source>
        <translation>⚠ Змінено після підписання {date} ({who}): {fields}</translation>
    </message>
    <message>
        <source>✓ Signed by {who} on {date}</source>
        <translation>✓ Підписано: {who}, {date}</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Цілі</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Тривалість (хвилини)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Наступна зустріч</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Фокус</translation>
    </message>
    <message>
        <source>Pre-meeting reflection</source>
        <translation>Рефлексія перед зустріччю</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Очно</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Student teacher</source>
        <translation>Студент-педагог</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Клас</translation>
    </message>
    <message>
        <source>Subject and topic</source>
        <translation>Предмет і тема</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Спостерігач</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Підписано</translation>
    </message>
    <message>
        <source>Signed off by the observer</source>
        <translation>Підписано спостерігачем</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>наставник</translation>
    </message>
    <message>
        <source>mentees</source>
        <translation>підопічні</translation>
    </message>
    <message>
        <source>observer</source>
        <translation>спостерігач</translation>
    </message>
    <message>
        <source>focus</source>
        <translation>фокус</translation>
    </message>
    <message>
        <source>pre-meeting reflection</source>
        <translation>рефлексія перед зустріччю</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>нотатки</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>цілі</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>завдання</translation>
    </message>
    <message>
        <source>class</source>
        <translation>клас</translation>
    </message>
    <message>
        <source>pupils&apos; age</source>
        <translation>вік учнів</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>предмет</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>тема</translation>
    </message>
    <message>
        <source>strengths</source>
        <translation>сильні сторони</translation>
    </message>
    <message>
        <source>areas to develop</source>
        <translation>що розвивати</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Зустрічі</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Години</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Sessions attended of the sessions held and recorded so far</source>
        <translation>Відвідані заняття з уже проведених і внесених</translation>
    </message>
    <message>
        <source>Best possible</source>
        <translation>Найкраще можливе</translation>
    </message>
    <message>
        <source>The rate at the end of the module if every remaining session is attended</source>
        <translation>Показник наприкінці модуля, якщо відвідати всі решту занять</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чому</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Підопічні</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Відкриті завдання</translation>
    </message>
    <message>
        <source>Signed off by the mentor</source>
        <translation>Підписано наставником</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Семестр</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Заняття</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Зараховано</translation>
    </message>
    <message>
        <source>Student teachers enrolled or completed (not withdrawn)</source>
        <translation>Студенти-педагоги зараховані або які завершили (без вибулих)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Місце або посилання</translation>
    </message>
    <message>
        <source>The room, or the online link of a video call</source>
        <translation>Аудиторія або посилання на відеодзвінок</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Ведучий</translation>
    </message>
    <message>
        <source>Absent in a row</source>
        <translation>Пропуски поспіль</translation>
    </message>
    <message>
        <source>Absences in a row up to the latest marked session (excused ones skipped)</source>
        <translation>Пропуски поспіль до останнього позначеного заняття (без поважних причин)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Sorted by family name</source>
        <translation>Відсортовано за прізвищем</translation>
    </message>
    <message>
        <source>eTwinning</source>
        <translation>eTwinning</translation>
    </message>
    <message>
        <source>Registration on the eTwinning platform</source>
        <translation>Реєстрація на платформі eTwinning</translation>
    </message>
    <message>
        <source>Share of recorded sessions attended (present or late)</source>
        <translation>Частка відвіданих внесених занять (присутній або запізнився)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Заняття</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>ECTS</source>
        <translation>ЄКТС</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовий пояс</translation>
    </message>
    <message>
        <source>Quality Label criteria</source>
        <translation>Критерії Знака якості</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оцінювання</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Ще не оцінено</translation>
    </message>
    <message>
        <source>0 — not met</source>
        <translation>0 — не виконано</translation>
    </message>
    <message>
        <source>1 — partly met</source>
        <translation>1 — частково виконано</translation>
    </message>
    <message>
        <source>2 — largely met</source>
        <translation>2 — здебільшого виконано</translation>
    </message>
    <message>
        <source>3 — fully met</source>
        <translation>3 — повністю виконано</translation>
    </message>
    <message>
        <source>Type a status&apos;s key to mark and move down · Space cycles · Delete clears · Ctrl+Space or a click on the date selects the whole session · F2 edits the remark</source>
        <translation>Натисніть клавішу статусу, щоб позначити й перейти нижче · Пробіл перемикає · Delete очищає · Ctrl+Пробіл або клік на даті виділяє все заняття · F2 редагує зауваження</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <source>Modules and participation</source>
        <translation>Модулі та участь</translation>
    </message>
    <message>
        <source>eTwinning projects</source>
        <translation>Проєкти eTwinning</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Рефлексії</translation>
    </message>
    <message>
        <source>Mentoring log</source>
        <translation>Журнал наставництва</translation>
    </message>
    <message>
        <source>Lesson observations</source>
        <translation>Спостереження уроків</translation>
    </message>
    <message>
        <source>Final comment</source>
        <translation>Підсумковий коментар</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Востаннє надіслано</translation>
    </message>
    <message>
        <source>Last returned</source>
        <translation>Востаннє повернуто</translation>
    </message>
    <message>
        <source>Read and confirmed</source>
        <translation>Прочитано й підтверджено</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Відкриті запити</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Розділ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Відповідь</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Повернуто</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Вирішено</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Статус оцінювання</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Компетентності</translation>
    </message>
    <message>
        <source>The DigCompEdu competences the evidence supports</source>
        <translation>Компетентності DigCompEdu, які підтверджує доказ</translation>
    </message>
    <message>
        <source>File or address</source>
        <translation>Файл або адреса</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Beginning</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Приєднання</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Внесок</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Презентація</translation>
    </message>
    <message>
        <source>Hands-on demonstration</source>
        <translation>Практична демонстрація</translation>
    </message>
    <message>
        <source>Mentoring session</source>
        <translation>Зустріч із наставником</translation>
    </message>
    <message>
        <source>TwinSpace project work</source>
        <translation>Проєктна робота в TwinSpace</translation>
    </message>
    <message>
        <source>Partner video call</source>
        <translation>Відеодзвінок із партнерами</translation>
    </message>
    <message>
        <source>ITE event</source>
        <translation>Подія ITE</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Рефлексія</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Не зареєстровано</translation>
    </message>
    <message>
        <source>Pending validation</source>
        <translation>Очікує підтвердження</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Вибув</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершив</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Вступ</translation>
    </message>
    <message>
        <source>Placement-linked</source>
        <translation>Пов’язаний із практикою</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Майстерня</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Чернетка</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Триває</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Not involved</source>
        <translation>Не бере участі</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Очікує</translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation>Угоду підписано</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Архівовано</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Національний</translation>
    </message>
    <message>
        <source>European</source>
        <translation>Європейський</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Присуджено</translation>
    </message>
    <message>
        <source>Not awarded</source>
        <translation>Не присуджено</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>TwinSpace page</source>
        <translation>Сторінка TwinSpace</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Ready for assessment</source>
        <translation>Готово до оцінювання</translation>
    </message>
    <message>
        <source>Does not meet</source>
        <translation>Не відповідає</translation>
    </message>
    <message>
        <source>Partially meets</source>
        <translation>Частково відповідає</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Відповідає</translation>
    </message>
    <message>
        <source>Free reflection</source>
        <translation>Вільна рефлексія</translation>
    </message>
    <message>
        <source>Gibbs&apos; reflective cycle</source>
        <translation>Рефлексивний цикл Гіббса</translation>
    </message>
    <message>
        <source>Cohort participation</source>
        <translation>Участь потоку</translation>
    </message>
    <message>
        <source>per student teacher attendance, eTwinning, projects, evidence and mentoring</source>
        <translation>для кожного студента-педагога: відвідуваність, eTwinning, проєкти, докази й наставництво</translation>
    </message>
    <message>
        <source>Module report</source>
        <translation>Звіт про модуль</translation>
    </message>
    <message>
        <source>sessions held and attendance, enrolments, outcomes, projects, what students produced</source>
        <translation>проведені заняття й відвідуваність, зарахування, результати навчання, проєкти, що створили студенти</translation>
    </message>
    <message>
        <source>Impact survey</source>
        <translation>Опитування щодо впливу</translation>
    </message>
    <message>
        <source>a cohort&apos;s survey answers next to the 2013 eTwinning impact study</source>
        <translation>відповіді потоку поряд із дослідженням впливу eTwinning 2013 року</translation>
    </message>
    <message>
        <source>Quality Label application</source>
        <translation>Заявка на Знак якості</translation>
    </message>
    <message>
        <source>a Quality Label application draft for an eTwinning project</source>
        <translation>чернетка заявки на Знак якості для проєкту eTwinning</translation>
    </message>
    <message>
        <source>European Award dossier</source>
        <translation>Досьє на Європейську премію</translation>
    </message>
    <message>
        <source>a draft dossier for the European Award for Initial Teacher Education</source>
        <translation>чернетка досьє на Європейську премію за початкову педагогічну освіту</translation>
    </message>
    <message>
        <source>Registered on eTwinning</source>
        <translation>Зареєстровані в eTwinning</translation>
    </message>
    <message>
        <source>Validated by the NSO</source>
        <translation>Підтверджені НСП</translation>
    </message>
    <message>
        <source>Joined a TwinSpace</source>
        <translation>Приєдналися до TwinSpace</translation>
    </message>
    <message>
        <source>In a project team</source>
        <translation>У проєктній команді</translation>
    </message>
    <message>
        <source>Strongly disagree</source>
        <translation>Зовсім не погоджуюся</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Не погоджуюся</translation>
    </message>
    <message>
        <source>Neither agree nor disagree</source>
        <translation>Важко сказати</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Погоджуюся</translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation>Цілком погоджуюся</translation>
    </message>
    <message>
        <source>Networking across Europe</source>
        <translation>Налагодження зв’язків у Європі</translation>
    </message>
    <message>
        <source>I expect eTwinning to help me build a network of teachers across Europe.</source>
        <translation>Я очікую, що eTwinning допоможе мені створити мережу вчителів з усієї Європи.</translation>
    </message>
    <message>
        <source>eTwinning helped me build a network of teachers across Europe.</source>
        <translation>eTwinning допоміг мені створити мережу вчителів з усієї Європи.</translation>
    </message>
    <message>
        <source>New or improved ICT skills</source>
        <translation>Нові або кращі навички ІКТ</translation>
    </message>
    <message>
        <source>I expect eTwinning to give me new or better ICT skills.</source>
        <translation>Я очікую, що eTwinning дасть мені нові або кращі навички ІКТ.</translation>
    </message>
    <message>
        <source>eTwinning gave me new or better ICT skills.</source>
        <translation>eTwinning дав мені нові або кращі навички ІКТ.</translation>
    </message>
    <message>
        <source>Impact on pupils</source>
        <translation>Вплив на учнів</translation>
    </message>
    <message>
        <source>I expect eTwinning projects to improve my pupils&apos; skills or motivation.</source>
        <translation>Я очікую, що проєкти eTwinning покращать навички або мотивацію моїх учнів.</translation>
    </message>
    <message>
        <source>eTwinning project work improved my pupils&apos; skills or motivation.</source>
        <translation>Проєктна робота в eTwinning покращила навички або мотивацію моїх учнів.</translation>
    </message>
    <message>
        <source>International teaching community</source>
        <translation>Міжнародна педагогічна спільнота</translation>
    </message>
    <message>
        <source>I expect eTwinning to make me feel part of an international teaching community.</source>
        <translation>Я очікую, що завдяки eTwinning відчую себе частиною міжнародної педагогічної спільноти.</translation>
    </message>
    <message>
        <source>eTwinning made me feel part of an international teaching community.</source>
        <translation>Завдяки eTwinning я відчуваю себе частиною міжнародної педагогічної спільноти.</translation>
    </message>
    <message>
        <source>Foreign language skills</source>
        <translation>Знання іноземних мов</translation>
    </message>
    <message>
        <source>I expect eTwinning to improve my foreign language skills.</source>
        <translation>Я очікую, що eTwinning покращить моє знання іноземних мов.</translation>
    </message>
    <message>
        <source>eTwinning improved my foreign language skills.</source>
        <translation>eTwinning покращив моє знання іноземних мов.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>створено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>змінено</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>видалено</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>До → після</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Edit action</source>
        <translation>Редагувати завдання</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Додати завдання</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Що треба зробити</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Хто це робить</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Завдання:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Відповідальний:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Термін:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
</context>
<context>
    <name>ActionQueue</name>
    <message>
        <source>Not saved yet</source>
        <translation>Ще не збережено</translation>
    </message>
    <message>
        <source>Your edit is kept in the editor. Retry now, or keep working and save again later.</source>
        <translation>Вашу зміну збережено в редакторі. Спробуйте ще раз зараз або працюйте далі й збережіть пізніше.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Редагувати далі</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Overdue since {date}</source>
        <translation>Прострочено з {date}</translation>
    </message>
</context>
<context>
    <name>ActivityLogDialog</name>
    <message>
        <source>Activity log</source>
        <translation>Журнал дій</translation>
    </message>
    <message>
        <source>Search actions, records and values</source>
        <translation>Пошук дій, записів і значень</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Усі записи</translation>
    </message>
    <message>
        <source>Changes on or after this day</source>
        <translation>Зміни від цього дня</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>будь-який день</translation>
    </message>
    <message>
        <source>Changes on or before this day</source>
        <translation>Зміни до цього дня</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Пошук:</translation>
    </message>
    <message>
        <source>&amp;Who, what:</source>
        <translation>&amp;Хто, що:</translation>
    </message>
    <message>
        <source>&amp;From, to:</source>
        <translation>&amp;Від, до:</translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <source>Change assessment</source>
        <translation>Змінити оцінку</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Оцінити</translation>
    </message>
    <message>
        <source>Self-assessment (the student teacher)</source>
        <translation>Самооцінювання (студент-педагог)</translation>
    </message>
    <message>
        <source>Educator assessment</source>
        <translation>Оцінювання викладачем</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(не вказано)</translation>
    </message>
    <message>
        <source>What the level rests on (optional)</source>
        <translation>На чому ґрунтується рівень (необов’язково)</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Хто:</translation>
    </message>
    <message>
        <source>&amp;Teacher educator:</source>
        <translation>&amp;Викладач:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Рівень:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примітка:</translation>
    </message>
</context>
<context>
    <name>AtRiskModel</name>
    <message>
        <source>{rate} ({attended} of {recorded})</source>
        <translation>{rate} ({attended} з {recorded})</translation>
    </message>
    <message>
        <source>{n} absences in a row</source>
        <translation>Пропусків поспіль: {n}</translation>
    </message>
    <message>
        <source>at best {rate} (target {target})</source>
        <translation>щонайбільше {rate} (ціль {target})</translation>
    </message>
    <message>
        <source>{email}
Double-click to open their attendance</source>
        <translation>{email}
Двічі клацніть, щоб відкрити відвідуваність</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <source>Remark: {remark}</source>
        <translation>Зауваження: {remark}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>Recorded by {who} on {day} at {time}</source>
        <translation>Вніс(ла) {who} {day} о {time}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>Click to select the whole session, then press a key to mark all.</source>
        <translation>Клацніть, щоб виділити все заняття, потім натисніть клавішу, щоб позначити всіх.</translation>
    </message>
</context>
<context>
    <name>AttendanceGridView</name>
    <message>
        <source>Attendance register</source>
        <translation>Журнал відвідуваності</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>The module whose attendance is shown</source>
        <translation>Модуль, відвідуваність якого показано</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Модуль:</translation>
    </message>
    <message>
        <source>Sign-in &amp;sheet…</source>
        <translation>&amp;Лист підписів…</translation>
    </message>
    <message>
        <source>Save a printable sign-in sheet (PDF) for the current session</source>
        <translation>Зберегти лист підписів для друку (PDF) для поточного заняття</translation>
    </message>
    <message>
        <source>&amp;Import marks…</source>
        <translation>&amp;Імпортувати позначки…</translation>
    </message>
    <message>
        <source>Read marks from a CSV or XLSX file with the columns email, session and status</source>
        <translation>Прочитати позначки з файлу CSV або XLSX зі стовпцями email, session і status</translation>
    </message>
    <message>
        <source>S&amp;tatuses…</source>
        <translation>С&amp;татуси…</translation>
    </message>
    <message>
        <source>Add, change, order or remove attendance statuses</source>
        <translation>Додати, змінити, упорядкувати або вилучити статуси відвідуваності</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>&amp;Зауваження:</translation>
    </message>
    <message>
        <source>Select a marked cell to add a remark</source>
        <translation>Виберіть позначену клітинку, щоб додати зауваження</translation>
    </message>
    <message>
        <source>No modules yet.</source>
        <translation>Модулів ще немає.</translation>
    </message>
    <message>
        <source>No modules yet</source>
        <translation>Модулів ще немає</translation>
    </message>
    <message>
        <source>This module has no sessions yet.</source>
        <translation>У цьому модулі ще немає занять.</translation>
    </message>
    <message>
        <source>No student teachers are enrolled in this module.</source>
        <translation>На цей модуль не зараховано жодного студента-педагога.</translation>
    </message>
    <message>
        <source>{module}: {students:,} student teachers, {sessions:,} sessions</source>
        <translation>{module}: студентів-педагогів: {students:,}, занять: {sessions:,}</translation>
    </message>
    <message>
        <source>Attendance not saved: the grid shows what is saved.</source>
        <translation>Відвідуваність не збережено: таблиця показує збережене.</translation>
    </message>
    <message>
        <source>Remark on {name}, {session} ({day}); Enter saves</source>
        <translation>Зауваження щодо {name}, {session} ({day}); Enter зберігає</translation>
    </message>
    <message>
        <source>Save the sign-in sheet of {session}</source>
        <translation>Зберегти лист підписів: {session}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the sign-in sheet to {path}</source>
        <translation>Лист підписів збережено в {path}</translation>
    </message>
    <message>
        <source>Import attendance marks into {module}</source>
        <translation>Імпортувати позначки відвідуваності в {module}</translation>
    </message>
    <message>
        <source>CSV or Excel files (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Файли CSV або Excel (*.csv *.txt *.xlsx);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Imported marks: {added} added, {changed} changed, {same} already so</source>
        <translation>Імпортовано позначки: додано {added}, змінено {changed}, без змін {same}</translation>
    </message>
    <message>
        <source>Correct the file and import it again; the details list every problem.</source>
        <translation>Виправте файл та імпортуйте його знову; у подробицях перелічено кожну проблему.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Portfolios of {cohort}</source>
        <translation>Портфоліо: {cohort}</translation>
    </message>
    <message>
        <source>Starting the workers…</source>
        <translation>Запуск процесів…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Відкрити теку</translation>
    </message>
    <message>
        <source>Cancelling: finishing the portfolios being written…</source>
        <translation>Скасування: завершення портфоліо, що записуються…</translation>
    </message>
    <message>
        <source>{done} of {total} written; the latest: {name}</source>
        <translation>Записано {done} з {total}; останнє: {name}</translation>
    </message>
    <message>
        <source>The cohort has no student teachers: nothing was written.</source>
        <translation>У потоці немає студентів-педагогів: нічого не записано.</translation>
    </message>
    <message>
        <source>Cancelled: {written} of {total} portfolios were written to {folder}.</source>
        <translation>Скасовано: записано {written} з {total} портфоліо в {folder}.</translation>
    </message>
    <message>
        <source>{written} of {total} portfolios were written to {folder}.</source>
        <translation>Записано {written} з {total} портфоліо в {folder}.</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <source>No sessions</source>
        <translation>Немає занять</translation>
    </message>
</context>
<context>
    <name>CalendarTable</name>
    <message>
        <source>Edit {code}: {session} ({time})…</source>
        <translation>Редагувати {code}: {session} ({time})…</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сьогодні</translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation>&amp;Далі ▶</translation>
    </message>
    <message>
        <source>Dates shown</source>
        <translation>Показані дати</translation>
    </message>
    <message>
        <source>Calendar of sessions</source>
        <translation>Календар занять</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Попередній тиждень</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Попередній місяць</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Наступний тиждень</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Наступний місяць</translation>
    </message>
    <message>
        <source>Go to the days around today (Alt+T)</source>
        <translation>Перейти до днів навколо сьогодні (Alt+T)</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>Занять: 1</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>Занять: {n}</translation>
    </message>
</context>
<context>
    <name>ClashBanner</name>
    <message>
        <source>Clashes</source>
        <translation>Накладання</translation>
    </message>
    <message>
        <source>1 clash:</source>
        <translation>Накладань (1):</translation>
    </message>
    <message>
        <source>{n} clashes:</source>
        <translation>Накладань ({n}):</translation>
    </message>
    <message>
        <source>Click a session of this module to go to it</source>
        <translation>Клацніть заняття цього модуля, щоб перейти до нього</translation>
    </message>
</context>
<context>
    <name>CohortsTab</name>
    <message>
        <source>Cohorts enrolled in the module</source>
        <translation>Потоки, зараховані на модуль</translation>
    </message>
    <message>
        <source>There are no cohorts yet: import a roster to create one.</source>
        <translation>Потоків ще немає: імпортуйте список студентів, щоб створити потік.</translation>
    </message>
    <message>
        <source>The cohorts that take this module (Space ticks the selected one). Two modules sharing a cohort must not have sessions at the same time.</source>
        <translation>Потоки, які вивчають цей модуль (Пробіл позначає вибраний). Два модулі зі спільним потоком не повинні мати занять одночасно.</translation>
    </message>
</context>
<context>
    <name>CompetenceMatrixModel</name>
    <message>
        <source>Competence</source>
        <translation>Компетентність</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Самооцінювання</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>Викладач</translation>
    </message>
    <message>
        <source>Area {number}: {name}</source>
        <translation>Сфера {number}: {name}</translation>
    </message>
    <message>
        <source>Not assessed yet: press F2 or Enter to choose a level</source>
        <translation>Ще не оцінено: натисніть F2 або Enter, щоб вибрати рівень</translation>
    </message>
    <message>
        <source>the student teacher</source>
        <translation>студент-педагог</translation>
    </message>
    <message>
        <source>a teacher educator</source>
        <translation>викладач</translation>
    </message>
    <message>
        <source>{code} {name}, {date}, by {by}</source>
        <translation>{code} {name}, {date}, оцінив(ла): {by}</translation>
    </message>
</context>
<context>
    <name>CompetencePicker</name>
    <message>
        <source>DigCompEdu competences</source>
        <translation>Компетентності DigCompEdu</translation>
    </message>
</context>
<context>
    <name>CompetencesPanel</name>
    <message>
        <source>Competence matrix</source>
        <translation>Матриця компетентностей</translation>
    </message>
    <message>
        <source>Pick a cell and press F2, Enter or a level&apos;s letter to choose a level</source>
        <translation>Виберіть клітинку й натисніть F2, Enter або літеру рівня, щоб вибрати рівень</translation>
    </message>
    <message>
        <source>&amp;Assess…</source>
        <translation>&amp;Оцінити…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>History of the competence</source>
        <translation>Історія компетентності</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>До і після</translation>
    </message>
    <message>
        <source>Nothing to compare yet: a competence needs two assessments by the same kind.</source>
        <translation>Поки нічого порівнювати: компетентність потребує двох оцінок одного виду.</translation>
    </message>
    <message>
        <source>○ first assessment  ● latest  —  &lt;span style=&apos;color:#1f6fb2&apos;&gt;■ self&lt;/span&gt;  &lt;span style=&apos;color:#e65100&apos;&gt;■ educator&lt;/span&gt;</source>
        <translation>○ перша оцінка  ● остання  —  &lt;span style=&apos;color:#1f6fb2&apos;&gt;■ самооцінка&lt;/span&gt;  &lt;span style=&apos;color:#e65100&apos;&gt;■ викладач&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Компетентності</translation>
    </message>
    <message>
        <source>{name}: {n} of {total} competences assessed ({count} assessments)</source>
        <translation>{name}: оцінено {n} з {total} компетентностей (оцінок: {count})</translation>
    </message>
    <message>
        <source>History of {number} {name}</source>
        <translation>Історія: {number} {name}</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Видалити оцінку</translation>
    </message>
    <message>
        <source>Delete the {level} assessment of {date}?</source>
        <translation>Видалити оцінку {level} від {date}?</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Not saved: someone else saved first</source>
        <translation>Не збережено: хтось інший зберіг раніше</translation>
    </message>
    <message>
        <source>Someone else deleted this {what}</source>
        <translation>Хтось інший видалив цей елемент ({what})</translation>
    </message>
    <message>
        <source>It was deleted after you opened it, so your change could not be saved.</source>
        <translation>Його видалили після того, як ви його відкрили, тож вашу зміну не вдалося зберегти.</translation>
    </message>
    <message>
        <source>Someone else changed this {what}</source>
        <translation>Хтось інший змінив цей елемент ({what})</translation>
    </message>
    <message>
        <source>They saved it after you opened it; your change is not saved yet. Reload to see their version, or keep yours: fields you did not change keep theirs.</source>
        <translation>Інша людина зберегла після того, як ви відкрили запис; вашу зміну ще не збережено. Перезавантажте, щоб побачити її версію, або залиште свою: поля, які ви не змінювали, збережуть її значення.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваше</translation>
    </message>
    <message>
        <source>Theirs (saved now)</source>
        <translation>Чуже (збережене зараз)</translation>
    </message>
    <message>
        <source>{n} field(s) differ; they are highlighted.</source>
        <translation>Відмінних полів: {n}; їх виділено.</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Порівняти</translation>
    </message>
    <message>
        <source>Show your values and theirs side by side</source>
        <translation>Показати ваші й чужі значення поруч</translation>
    </message>
    <message>
        <source>&amp;Reload (discard mine)</source>
        <translation>&amp;Перезавантажити (відкинути моє)</translation>
    </message>
    <message>
        <source>Show the record as it is saved now</source>
        <translation>Показати запис таким, як його збережено зараз</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Залишити моє</translation>
    </message>
    <message>
        <source>Save your change on top of the version saved now</source>
        <translation>Зберегти вашу зміну поверх збереженої зараз версії</translation>
    </message>
    <message>
        <source>Save as &amp;new</source>
        <translation>Зберегти як &amp;новий</translation>
    </message>
    <message>
        <source>Add what you typed as a new record</source>
        <translation>Додати введене як новий запис</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Перезавантажити</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Student teachers</source>
        <translation>Студенти-педагоги</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Модулі</translation>
    </message>
    <message>
        <source>Sessions in the next 14 days</source>
        <translation>Заняття найближчих 14 днів</translation>
    </message>
    <message>
        <source>Sessions of any module starting within two weeks</source>
        <translation>Заняття будь-якого модуля, що починаються впродовж двох тижнів</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Відвідуваність</translation>
    </message>
    <message>
        <source>Share of the marks of sessions held so far that count as present (present or late), in every module; the same rule as the chart and the alerts</source>
        <translation>Частка позначок уже проведених занять, що зараховуються як присутність (присутній або запізнився), у всіх модулях; те саме правило, що й на діаграмі та в попередженнях</translation>
    </message>
    <message>
        <source>Overdue mentoring actions</source>
        <translation>Прострочені завдання наставництва</translation>
    </message>
    <message>
        <source>Open actions from mentoring meetings whose due date has passed</source>
        <translation>Відкриті завдання із зустрічей наставництва, термін яких минув</translation>
    </message>
    <message>
        <source>Attendance per module</source>
        <translation>Відвідуваність за модулями</translation>
    </message>
    <message>
        <source>No sessions held yet.</source>
        <translation>Ще не проведено жодного заняття.</translation>
    </message>
    <message>
        <source>eTwinning registration</source>
        <translation>Реєстрація в eTwinning</translation>
    </message>
    <message>
        <source>Student teachers at risk</source>
        <translation>Студенти-педагоги в зоні ризику</translation>
    </message>
    <message>
        <source>No sessions in the next 14 days.</source>
        <translation>Немає занять у найближчі 14 днів.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Коротко</translation>
    </message>
    <message>
        <source>Look up a student teacher</source>
        <translation>Знайти студента-педагога</translation>
    </message>
    <message>
        <source>Upcoming sessions</source>
        <translation>Найближчі заняття</translation>
    </message>
    <message>
        <source>Impact survey</source>
        <translation>Опитування щодо впливу</translation>
    </message>
    <message>
        <source>in {n:,} cohorts</source>
        <translation>потоків: {n:,}</translation>
    </message>
    <message>
        <source>in 1 cohort</source>
        <translation>1 потік</translation>
    </message>
    <message>
        <source>of recorded marks</source>
        <translation>внесених позначок</translation>
    </message>
    <message>
        <source>nothing recorded yet</source>
        <translation>ще нічого не внесено</translation>
    </message>
    <message>
        <source>of {n:,} open</source>
        <translation>з {n:,} відкритих</translation>
    </message>
    <message>
        <source>Figures as of {time}</source>
        <translation>Станом на {time}</translation>
    </message>
    <message>
        <source>{held} of {sessions} sessions held</source>
        <translation>Проведено {held} з {sessions} занять</translation>
    </message>
    <message>
        <source>{students} student teachers</source>
        <translation>Студентів-педагогів: {students}</translation>
    </message>
    <message>
        <source>{n} marks not entered</source>
        <translation>Не внесено позначок: {n}</translation>
    </message>
    <message>
        <source>{n} at risk</source>
        <translation>У зоні ризику: {n}</translation>
    </message>
    <message>
        <source>target {rate}</source>
        <translation>ціль {rate}</translation>
    </message>
    <message>
        <source>Student teachers at risk ({n:,})</source>
        <translation>Студенти-педагоги в зоні ризику ({n:,})</translation>
    </message>
    <message>
        <source>Nobody is at risk: no one has {n} absences in a row or can end below {rate}.</source>
        <translation>Ніхто не в зоні ризику: ні в кого немає {n} пропусків поспіль і ніхто не може завершити нижче {rate}.</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>Short unique code, e.g. ETW101; files are named after it</source>
        <translation>Короткий унікальний код, напр. ETW101; за ним називаються файли</translation>
    </message>
    <message>
        <source>e.g. Semester 1</source>
        <translation>напр. Семестр 1</translation>
    </message>
    <message>
        <source>ECTS credits the module is worth</source>
        <translation>Кредити ЄКТС модуля</translation>
    </message>
    <message>
        <source>Session times are wall-clock times in this zone, e.g. Europe/Brussels</source>
        <translation>Час занять — місцевий час цього поясу, напр. Europe/Brussels</translation>
    </message>
    <message>
        <source>Languages of the module as two-letter codes, separated by commas</source>
        <translation>Мови модуля двобуквеними кодами через кому</translation>
    </message>
    <message>
        <source>Quality Label criteria the module addresses</source>
        <translation>Критерії Знака якості, які охоплює модуль</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оцінювання</translation>
    </message>
    <message>
        <source>How student teachers are assessed (Markdown)</source>
        <translation>Як оцінюють студентів-педагогів (Markdown)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Рік:</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Семестр:</translation>
    </message>
    <message>
        <source>&amp;ECTS:</source>
        <translation>&amp;ЄКТС:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Часовий пояс:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Мови:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Оцінювання:</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol in module</source>
        <translation>Зарахувати на модуль</translation>
    </message>
    <message>
        <source>the selected student teacher</source>
        <translation>вибраного студента-педагога</translation>
    </message>
    <message>
        <source>the {n} selected student teachers</source>
        <translation>вибраних студентів-педагогів ({n})</translation>
    </message>
    <message>
        <source>everyone in the cohort</source>
        <translation>увесь потік</translation>
    </message>
    <message>
        <source>Links the cohort to the module too; people who withdrew stay withdrawn</source>
        <translation>Також пов’язує потік із модулем; вибулі залишаються вибулими</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Зарахувати</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Модуль:</translation>
    </message>
    <message>
        <source>Enrol:</source>
        <translation>Зарахувати:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Потік:</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Edit evidence ({kind})</source>
        <translation>Редагувати доказ ({kind})</translation>
    </message>
    <message>
        <source>New evidence ({kind})</source>
        <translation>Новий доказ ({kind})</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>What it is, e.g. “Lesson plan with a partner call”</source>
        <translation>Що це, напр. «План уроку з дзвінком партнерам»</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
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
        <translation>Дата</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Статус оцінювання</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>The evidence itself, in Markdown</source>
        <translation>Сам доказ, у Markdown</translation>
    </message>
    <message>
        <source>What it shows and how it came about, in Markdown</source>
        <translation>Що він показує і як з’явився, у Markdown</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адреса:</translation>
    </message>
    <message>
        <source>A copy kept in itepad&apos;s attachments folder</source>
        <translation>Копія в теці вкладень itepad</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Модуль:</translation>
    </message>
    <message>
        <source>&amp;Review status:</source>
        <translation>&amp;Статус оцінювання:</translation>
    </message>
    <message>
        <source>DigCompEdu competences ({n})</source>
        <translation>Компетентності DigCompEdu ({n})</translation>
    </message>
    <message>
        <source>DigCompEdu competences</source>
        <translation>Компетентності DigCompEdu</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Поки не можна зберегти</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <source>Double-click or Enter edits; drop files here to attach them</source>
        <translation>Подвійне клацання або Enter — редагувати; перетягніть сюди файли, щоб долучити їх</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Додати &amp;файл…</translation>
    </message>
    <message>
        <source>Attach a copy of a file (or drop files on this tab)</source>
        <translation>Долучити копію файлу (або перетягнути файли на цю вкладку)</translation>
    </message>
    <message>
        <source>Add &amp;link…</source>
        <translation>Додати &amp;посилання…</translation>
    </message>
    <message>
        <source>A web page or online work</source>
        <translation>Вебсторінка або робота онлайн</translation>
    </message>
    <message>
        <source>Add &amp;TwinSpace page…</source>
        <translation>Додати сторінку &amp;TwinSpace…</translation>
    </message>
    <message>
        <source>A page, forum or material in the project&apos;s TwinSpace</source>
        <translation>Сторінка, форум або матеріал у TwinSpace проєкту</translation>
    </message>
    <message>
        <source>Add te&amp;xt…</source>
        <translation>Додати те&amp;кст…</translation>
    </message>
    <message>
        <source>Evidence written here, in Markdown</source>
        <translation>Доказ, написаний тут, у Markdown</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Open the file or the address</source>
        <translation>Відкрити файл або адресу</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Видалити…</translation>
    </message>
    <message>
        <source>Delete the evidence (and its attached copy)</source>
        <translation>Видалити доказ (і його долучену копію)</translation>
    </message>
    <message>
        <source>&amp;Check files</source>
        <translation>&amp;Перевірити файли</translation>
    </message>
    <message>
        <source>Check that every attached file is there and unchanged since attaching</source>
        <translation>Перевірити, чи кожен долучений файл на місці й не змінився від долучення</translation>
    </message>
    <message>
        <source>No evidence yet. Attach files (or drop them here), or add links, TwinSpace pages or texts.</source>
        <translation>Доказів ще немає. Долучіть файли (або перетягніть їх сюди) чи додайте посилання, сторінки TwinSpace або тексти.</translation>
    </message>
    <message>
        <source>Added “{title}”</source>
        <translation>Додано «{title}»</translation>
    </message>
    <message>
        <source>Saved “{title}”</source>
        <translation>Збережено «{title}»</translation>
    </message>
    <message>
        <source>Attach files as evidence</source>
        <translation>Долучити файли як докази</translation>
    </message>
    <message>
        <source>Attached {file}</source>
        <translation>Долучено {file}</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Не вдається відкрити</translation>
    </message>
    <message>
        <source> Its copy of {file} is removed too; the original is not touched.</source>
        <translation> Копію {file} також буде вилучено; оригінал не змінюється.</translation>
    </message>
    <message>
        <source>Delete evidence</source>
        <translation>Видалити доказ</translation>
    </message>
    <message>
        <source>Delete “{title}” from the portfolio?</source>
        <translation>Видалити «{title}» з портфоліо?</translation>
    </message>
    <message>
        <source>Deleted “{title}”</source>
        <translation>Видалено «{title}»</translation>
    </message>
    <message>
        <source>No files are attached.</source>
        <translation>Немає долучених файлів.</translation>
    </message>
    <message>
        <source>All {n} attached files are there, unchanged since attaching.</source>
        <translation>Усі долучені файли ({n}) на місці й не змінилися від долучення.</translation>
    </message>
    <message>
        <source>{title} ({file}): changed since it was attached</source>
        <translation>{title} ({file}): змінено після долучення</translation>
    </message>
    <message>
        <source>{title} ({file}): missing</source>
        <translation>{title} ({file}): відсутній</translation>
    </message>
    <message>
        <source>{bad} of {n} attached files need attention:</source>
        <translation>Потребують уваги {bad} з {n} долучених файлів:</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Долучені файли</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide page</source>
        <translation>Сторінка посібника користувача</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Зміст</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навігація</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперед</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>itepad user guide: {page}</source>
        <translation>Посібник користувача itepad: {page}</translation>
    </message>
    <message>
        <source>Not opened: {link} is not a page of the guide or a web address.</source>
        <translation>Не відкрито: {link} не є сторінкою посібника чи вебадресою.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Self</source>
        <translation>Самооцінка</translation>
    </message>
    <message>
        <source>Educator: {name}</source>
        <translation>Викладач: {name}</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>Викладач</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Changed through: {source}</source>
        <translation>Змінено через: {source}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Select a line to see what changed</source>
        <translation>Виберіть рядок, щоб побачити зміни</translation>
    </message>
    <message>
        <source>{record} {operation} by {who} on {when}</source>
        <translation>{record}: {operation} ({who}, {when})</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;th align=left&gt;Field&lt;/th&gt;&lt;th align=left&gt;Before&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=left&gt;After&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;th align=left&gt;Поле&lt;/th&gt;&lt;th align=left&gt;До&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;th align=left&gt;Після&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No visible change.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Видимих змін немає.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Names and free text were removed by an erasure.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Імена та довільний текст вилучено під час стирання.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <source>Level</source>
        <translation>Рівень</translation>
    </message>
</context>
<context>
    <name>LinesPanel</name>
    <message>
        <source>Enter or double-click edits a line</source>
        <translation>Enter або подвійне клацання редагує рядок</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Редагувати: {name}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Вилучити: {name}</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>Вилучити вибраний рядок (Delete)</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Додати рядок</translation>
    </message>
    <message>
        <source>At most {n}; edit or remove one first</source>
        <translation>Щонайбільше {n}; спершу відредагуйте або вилучіть один</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Сторінки</translation>
    </message>
    <message>
        <source>Opening database…</source>
        <translation>Відкриття бази даних…</translation>
    </message>
    <message>
        <source>Daily backup written to {path}</source>
        <translation>Щоденну резервну копію записано в {path}</translation>
    </message>
    <message>
        <source>The daily backup failed: {reason}</source>
        <translation>Щоденне резервне копіювання не вдалося: {reason}</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Не вдалося відкрити базу даних.</translation>
    </message>
    <message>
        <source>itepad cannot open the database</source>
        <translation>itepad не може відкрити базу даних</translation>
    </message>
    <message>
        <source>This page has no search field.</source>
        <translation>На цій сторінці немає поля пошуку.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Резервна копія зараз…</translation>
    </message>
    <message>
        <source>Copy the database to a file</source>
        <translation>Скопіювати базу даних у файл</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Відновити з резервної копії…</translation>
    </message>
    <message>
        <source>Put a backup in place of the database; the current one is kept</source>
        <translation>Поставити резервну копію замість бази даних; поточну буде збережено</translation>
    </message>
    <message>
        <source>Open backups &amp;folder</source>
        <translation>Відкрити &amp;теку резервних копій</translation>
    </message>
    <message>
        <source>&amp;Privacy…</source>
        <translation>&amp;Конфіденційність…</translation>
    </message>
    <message>
        <source>Who is due for deletion: export their records, erase their data</source>
        <translation>Кого слід видалити: експортувати їхні записи, стерти їхні дані</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ийти</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Пошук</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Перезавантажити</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Посібник користувача</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>&amp;About itepad</source>
        <translation>&amp;Про itepad</translation>
    </message>
    <message>
        <source>The user guide could not be opened.</source>
        <translation>Не вдалося відкрити посібник користувача.</translation>
    </message>
    <message>
        <source>About itepad</source>
        <translation>Про itepad</translation>
    </message>
    <message>
        <source>&lt;h3&gt;itepad {version}&lt;/h3&gt;&lt;p&gt;The teacher educator&apos;s desk for &lt;i&gt;eTwinning for future teachers&lt;/i&gt;: modules, attendance, mentoring and portfolios, offline.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;itepad {version}&lt;/h3&gt;&lt;p&gt;Робочий стіл викладача для &lt;i&gt;eTwinning для майбутніх учителів&lt;/i&gt;: модулі, відвідуваність, наставництво й портфоліо, офлайн.&lt;/p&gt;&lt;p&gt;Вільне програмне забезпечення за ліцензією GNU General Public License версії 3 або будь-якої пізнішої (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database is open yet.</source>
        <translation>Жодну базу даних ще не відкрито.</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>Markdown: # heading, **bold**, *italic*, - list item, [link](https://…)</source>
        <translation>Markdown: # заголовок, **жирний**, *курсив*, - пункт списку, [посилання](https://…)</translation>
    </message>
    <message>
        <source>{name}: preview</source>
        <translation>{name}: попередній перегляд</translation>
    </message>
    <message>
        <source>Preview of the text as it will be printed</source>
        <translation>Попередній перегляд тексту, як його буде надруковано</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Mentoring meeting</source>
        <translation>Зустріч із наставником</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Нова зустріч</translation>
    </message>
    <message>
        <source>Changes are saved as you go, when you leave a field (Ctrl+S saves now)</source>
        <translation>Зміни зберігаються одразу, коли ви залишаєте поле (Ctrl+S зберігає негайно)</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>Підписати…</translation>
    </message>
    <message>
        <source>Sign what the meeting record says now</source>
        <translation>Підписати те, що зараз містить запис зустрічі</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Save the meeting now (Ctrl+S)</source>
        <translation>Зберегти зустріч зараз (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата й час</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Тривалість у хвилинах</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <source>Teacher educator, school mentor or eTwinning ambassador</source>
        <translation>Викладач, шкільний наставник або амбасадор eTwinning</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Без шаблону</translation>
    </message>
    <message>
        <source>Agenda template</source>
        <translation>Шаблон порядку денного</translation>
    </message>
    <message>
        <source>Fills in the focus, duration and an outline of the notes</source>
        <translation>Заповнює фокус, тривалість і план нотаток</translation>
    </message>
    <message>
        <source>&amp;Next meeting:</source>
        <translation>&amp;Наступна зустріч:</translation>
    </message>
    <message>
        <source>Plan the next meeting</source>
        <translation>Запланувати наступну зустріч</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Наступна зустріч</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Фокус</translation>
    </message>
    <message>
        <source>The agreed focus of the meeting</source>
        <translation>Узгоджений фокус зустрічі</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Т&amp;ривалість:</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>Ф&amp;ормат:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Порядок денний:</translation>
    </message>
    <message>
        <source>Men&amp;tor:</source>
        <translation>&amp;Наставник:</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>&amp;Фокус:</translation>
    </message>
    <message>
        <source>M&amp;entees:</source>
        <translation>П&amp;ідопічні:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Pre-meeting reflection</source>
        <translation>Рефлексія перед зустріччю</translation>
    </message>
    <message>
        <source>The mentee&apos;s reflection: progress on earlier targets, where the evidence is</source>
        <translation>Рефлексія підопічного: поступ щодо попередніх цілей, де докази</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Цілі</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ціль</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Компетентність</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Add &amp;target…</source>
        <translation>Додати &amp;ціль…</translation>
    </message>
    <message>
        <source>Add a SMART target (at most three a meeting)</source>
        <translation>Додати ціль SMART (щонайбільше три на зустріч)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Add a&amp;ction…</source>
        <translation>Додати з&amp;авдання…</translation>
    </message>
    <message>
        <source>Add an action with its owner and due date</source>
        <translation>Додати завдання з відповідальним і терміном</translation>
    </message>
    <message>
        <source>&lt;b&gt;Targets&lt;/b&gt; (at most three)</source>
        <translation>&lt;b&gt;Цілі&lt;/b&gt; (щонайбільше три)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Actions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Завдання&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Targets and actions</source>
        <translation>Цілі та завдання</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ще не збережено</translation>
    </message>
    <message>
        <source>Mentoring meeting of {date}</source>
        <translation>Зустріч із наставником {date}</translation>
    </message>
    <message>
        <source>The agenda template this meeting was started from</source>
        <translation>Шаблон порядку денного, з якого почато цю зустріч</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>Not saved yet: the connection was lost (Save retries)</source>
        <translation>Ще не збережено: з’єднання втрачено (Зберегти повторює спробу)</translation>
    </message>
    <message>
        <source>Not saved yet: someone else saved first</source>
        <translation>Ще не збережено: хтось інший зберіг раніше</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не збережено: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the meeting</source>
        <translation>Не вдається відкрити зустріч</translation>
    </message>
    <message>
        <source>Showing the version saved by someone else</source>
        <translation>Версія, збережена кимось іншим</translation>
    </message>
    <message>
        <source>mentoring meeting</source>
        <translation>зустріч із наставником</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Усі зміни збережено</translation>
    </message>
    <message>
        <source>Who takes part?</source>
        <translation>Хто бере участь?</translation>
    </message>
    <message>
        <source>Choose the mentor and tick at least one student teacher.</source>
        <translation>Виберіть наставника й позначте принаймні одного студента-педагога.</translation>
    </message>
    <message>
        <source>Saved the meeting</source>
        <translation>Зустріч збережено</translation>
    </message>
    <message>
        <source>Sign off the meeting</source>
        <translation>Підписати зустріч</translation>
    </message>
    <message>
        <source>Who signs? (name or email)</source>
        <translation>Хто підписує? (ім’я або ел. пошта)</translation>
    </message>
    <message>
        <source>Sign the meeting record as {who}? Any later change will show as “changed since signed”.</source>
        <translation>Підписати запис зустрічі як {who}? Будь-яка пізніша зміна показуватиметься як «змінено після підписання».</translation>
    </message>
    <message>
        <source>Signed the meeting</source>
        <translation>Зустріч підписано</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>⚠ changed</source>
        <translation>⚠ змінено</translation>
    </message>
    <message>
        <source>Changed since it was signed off: open it to compare</source>
        <translation>Змінено після підписання: відкрийте, щоб порівняти</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Підписано</translation>
    </message>
    <message>
        <source>Not signed off yet</source>
        <translation>Ще не підписано</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>Add to a project team</source>
        <translation>Додати до команди проєкту</translation>
    </message>
    <message>
        <source>Place in the project team</source>
        <translation>Місце в команді проєкту</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>e.g. partner coordinator, pupils&apos; activities</source>
        <translation>напр. координація партнерів, діяльність учнів</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Приєднався(лася)</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Внесок</translation>
    </message>
    <message>
        <source>What they did in the project, in Markdown</source>
        <translation>Що робили в проєкті, у Markdown</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Проєкт:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Проєкт:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Joined on:</source>
        <translation>&amp;Приєднання:</translation>
    </message>
    <message>
        <source>Contribution:</source>
        <translation>Внесок:</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Поки не можна зберегти</translation>
    </message>
</context>
<context>
    <name>MenteePicker</name>
    <message>
        <source>Find a student teacher</source>
        <translation>Знайти студента-педагога</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Підопічні</translation>
    </message>
    <message>
        <source>Tick the student teachers who take part (Space ticks)</source>
        <translation>Позначте студентів-педагогів, які беруть участь (Пробіл позначає)</translation>
    </message>
</context>
<context>
    <name>MentoringLogView</name>
    <message>
        <source>Student teacher</source>
        <translation>Студент-педагог</translation>
    </message>
    <message>
        <source>Type part of a name or email to find a student teacher</source>
        <translation>Введіть частину імені або ел. пошти, щоб знайти студента-педагога</translation>
    </message>
    <message>
        <source>&amp;Student teacher:</source>
        <translation>&amp;Студент-педагог:</translation>
    </message>
    <message>
        <source>Mentoring log</source>
        <translation>Журнал наставництва</translation>
    </message>
    <message>
        <source>Click a meeting&apos;s heading to open it</source>
        <translation>Клацніть заголовок зустрічі, щоб відкрити її</translation>
    </message>
</context>
<context>
    <name>MentoringPage</name>
    <message>
        <source>Search meetings by mentor, mentee or focus</source>
        <translation>Шукати зустрічі за наставником, підопічним або фокусом</translation>
    </message>
    <message>
        <source>Search open actions by text, owner, student or mentor</source>
        <translation>Шукати відкриті завдання за текстом, відповідальним, студентом або наставником</translation>
    </message>
    <message>
        <source>Search observations by student teacher, class, subject or observer</source>
        <translation>Шукати спостереження за студентом-педагогом, класом, предметом або спостерігачем</translation>
    </message>
    <message>
        <source>Search by mentor or month (2026-11)</source>
        <translation>Шукати за наставником або місяцем (2026-11)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Зустрічі</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Відкриті завдання</translation>
    </message>
    <message>
        <source>Lesson observations</source>
        <translation>Спостереження уроків</translation>
    </message>
    <message>
        <source>Mentoring log</source>
        <translation>Журнал наставництва</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Навантаження</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Створити…</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Нова зустріч…</translation>
    </message>
    <message>
        <source>Record a mentoring meeting (Ctrl+N)</source>
        <translation>Записати зустріч із наставником (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>Open the selected meeting (Enter)</source>
        <translation>Відкрити вибрану зустріч (Enter)</translation>
    </message>
    <message>
        <source>Right-click (or the menu key) to mark an action done</source>
        <translation>Клацніть правою кнопкою (або клавішею меню), щоб позначити завдання виконаним</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Позначити &amp;виконаним</translation>
    </message>
    <message>
        <source>Mark the selected action done (Ctrl+D)</source>
        <translation>Позначити вибране завдання виконаним (Ctrl+D)</translation>
    </message>
    <message>
        <source>New &amp;observation…</source>
        <translation>Нове &amp;спостереження…</translation>
    </message>
    <message>
        <source>Record a lesson observation (Ctrl+N)</source>
        <translation>Записати спостереження уроку (Ctrl+N)</translation>
    </message>
    <message>
        <source>1 mentoring meeting</source>
        <translation>Зустрічей із наставником: 1</translation>
    </message>
    <message>
        <source>{n:,} mentoring meetings</source>
        <translation>Зустрічей із наставником: {n:,}</translation>
    </message>
    <message>
        <source>{meetings} · {open:,} open actions, {overdue:,} overdue</source>
        <translation>{meetings} · відкритих завдань: {open:,}, прострочених: {overdue:,}</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Історія…</translation>
    </message>
    <message>
        <source>the meeting of {day} ({mentor})</source>
        <translation>зустріч від {day} ({mentor})</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Позначити виконаним</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Відкинути</translation>
    </message>
    <message>
        <source>Open the meeting…</source>
        <translation>Відкрити зустріч…</translation>
    </message>
    <message>
        <source>Marked done: {text}</source>
        <translation>Виконано: {text}</translation>
    </message>
    <message>
        <source>Dropped: {text}</source>
        <translation>Відкинуто: {text}</translation>
    </message>
</context>
<context>
    <name>ModuleEditor</name>
    <message>
        <source>← All modules</source>
        <translation>← Усі модулі</translation>
    </message>
    <message>
        <source>Back to the list of modules (Alt+Left)</source>
        <translation>Назад до списку модулів (Alt+Ліворуч)</translation>
    </message>
    <message>
        <source>Changes are saved as you go, when you leave a field (Ctrl+S saves now)</source>
        <translation>Зміни зберігаються одразу, коли ви залишаєте поле (Ctrl+S зберігає негайно)</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>Зберегти як шаблон…</translation>
    </message>
    <message>
        <source>Save this module as a course template for new modules</source>
        <translation>Зберегти цей модуль як шаблон курсу для нових модулів</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>Експортувати календар (.ics)…</translation>
    </message>
    <message>
        <source>Save the sessions as an iCalendar file for calendar programs</source>
        <translation>Зберегти заняття як файл iCalendar для програм-календарів</translation>
    </message>
    <message>
        <source>Module handbook (PDF)…</source>
        <translation>Довідник модуля (PDF)…</translation>
    </message>
    <message>
        <source>Write the module handbook as a PDF file</source>
        <translation>Записати довідник модуля як файл PDF</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Результати</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Заняття</translation>
    </message>
    <message>
        <source>Partners &amp;&amp; projects</source>
        <translation>Партнери &amp;&amp; проєкти</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Потоки</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>Not saved yet: the connection was lost (Ctrl+S retries)</source>
        <translation>Ще не збережено: з’єднання втрачено (Ctrl+S повторює спробу)</translation>
    </message>
    <message>
        <source>Not saved yet: someone else saved first</source>
        <translation>Ще не збережено: хтось інший зберіг раніше</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не збережено: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the module</source>
        <translation>Не вдається відкрити модуль</translation>
    </message>
    <message>
        <source>Showing the version saved by someone else</source>
        <translation>Версія, збережена кимось іншим</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Усі зміни збережено</translation>
    </message>
    <message>
        <source>module</source>
        <translation>модуль</translation>
    </message>
    <message>
        <source>session</source>
        <translation>заняття</translation>
    </message>
    <message>
        <source>Save {code} as a course template</source>
        <translation>Зберегти {code} як шаблон курсу</translation>
    </message>
    <message>
        <source>Course templates (*.md)</source>
        <translation>Шаблони курсів (*.md)</translation>
    </message>
    <message>
        <source>Saved the template to {path}; new modules can start from it.</source>
        <translation>Шаблон збережено в {path}; нові модулі можуть починатися з нього.</translation>
    </message>
    <message>
        <source>Export the sessions of {code}</source>
        <translation>Експортувати заняття {code}</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файли iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Saved the calendar to {path}</source>
        <translation>Календар збережено в {path}</translation>
    </message>
    <message>
        <source>Save the handbook of {code}</source>
        <translation>Зберегти довідник {code}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the handbook to {path}</source>
        <translation>Довідник збережено в {path}</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Запис…</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Нічого не записано.</translation>
    </message>
    <message>
        <source>Nothing was written</source>
        <translation>Нічого не записано</translation>
    </message>
</context>
<context>
    <name>ModulesPage</name>
    <message>
        <source>Search modules by code, title, year, term, kind or status</source>
        <translation>Шукати модулі за кодом, назвою, роком, семестром, видом або статусом</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Список</translation>
    </message>
    <message>
        <source>All modules in a table</source>
        <translation>Усі модулі в таблиці</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Тиждень</translation>
    </message>
    <message>
        <source>The sessions of every module, week by week</source>
        <translation>Заняття всіх модулів, тиждень за тижнем</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Місяць</translation>
    </message>
    <message>
        <source>The sessions of every module, month by month</source>
        <translation>Заняття всіх модулів, місяць за місяцем</translation>
    </message>
    <message>
        <source>New module…</source>
        <translation>Новий модуль…</translation>
    </message>
    <message>
        <source>Plan a new module from a course template (Ctrl+N)</source>
        <translation>Запланувати новий модуль із шаблону курсу (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>Open the selected module in the editor (Enter)</source>
        <translation>Відкрити вибраний модуль у редакторі (Enter)</translation>
    </message>
    <message>
        <source>1 module</source>
        <translation>Модулів: 1</translation>
    </message>
    <message>
        <source>{n:,} modules</source>
        <translation>Модулів: {n:,}</translation>
    </message>
    <message>
        <source>Editing {module}</source>
        <translation>Редагування: {module}</translation>
    </message>
    <message>
        <source>Created module {code}; it is open in the editor.</source>
        <translation>Модуль {code} створено; його відкрито в редакторі.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Історія…</translation>
    </message>
</context>
<context>
    <name>NewModuleDialog</name>
    <message>
        <source>New module from a template</source>
        <translation>Новий модуль із шаблону</translation>
    </message>
    <message>
        <source>Course templates</source>
        <translation>Шаблони курсів</translation>
    </message>
    <message>
        <source>e.g. ETW104</source>
        <translation>напр. ETW104</translation>
    </message>
    <message>
        <source>A short code no other module has</source>
        <translation>Короткий код, якого немає в жодного іншого модуля</translation>
    </message>
    <message>
        <source>Leave empty to use the template&apos;s title</source>
        <translation>Залиште порожнім, щоб узяти назву шаблону</translation>
    </message>
    <message>
        <source>Week 1 is the week holding this date</source>
        <translation>Тиждень 1 — це тиждень, що містить цю дату</translation>
    </message>
    <message>
        <source>The day of the week most sessions fall on</source>
        <translation>День тижня, на який припадає більшість занять</translation>
    </message>
    <message>
        <source>When the sessions usually start</source>
        <translation>Коли зазвичай починаються заняття</translation>
    </message>
    <message>
        <source>A day in the week to skip</source>
        <translation>День у тижні, який слід пропустити</translation>
    </message>
    <message>
        <source>S&amp;kip this week</source>
        <translation>П&amp;ропустити цей тиждень</translation>
    </message>
    <message>
        <source>No sessions in the week holding this date (a holiday or exam week)</source>
        <translation>Немає занять у тиждень із цією датою (канікули чи екзамени)</translation>
    </message>
    <message>
        <source>Weeks to skip</source>
        <translation>Тижні, які пропускаються</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Вилучити</translation>
    </message>
    <message>
        <source>Plan the selected week again (Delete)</source>
        <translation>Знову запланувати вибраний тиждень (Delete)</translation>
    </message>
    <message>
        <source>Week and session</source>
        <translation>Тиждень і заняття</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата й час</translation>
    </message>
    <message>
        <source>Planned sessions</source>
        <translation>Заплановані заняття</translation>
    </message>
    <message>
        <source>&amp;Create module</source>
        <translation>&amp;Створити модуль</translation>
    </message>
    <message>
        <source>Reading the course templates…</source>
        <translation>Читання шаблонів курсів…</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>К&amp;од:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Дата &amp;початку:</translation>
    </message>
    <message>
        <source>Usual &amp;weekday:</source>
        <translation>Звичайний &amp;день тижня:</translation>
    </message>
    <message>
        <source>&amp;Usual time:</source>
        <translation>Звичайний &amp;час:</translation>
    </message>
    <message>
        <source>Weeks to s&amp;kip:</source>
        <translation>Тижні для п&amp;ропуску:</translation>
    </message>
    <message>
        <source>T&amp;emplate:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>&amp;Planned sessions:</source>
        <translation>&amp;Заплановані заняття:</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 тиждень</translation>
    </message>
    <message>
        <source>{n} weeks</source>
        <translation>Тижнів: {n}</translation>
    </message>
    <message>
        <source>{kind}, {weeks}, {ects:g} ECTS, {n} sessions</source>
        <translation>{kind}, {weeks}, {ects:g} ЄКТС, занять: {n}</translation>
    </message>
    <message>
        <source>These template files could not be read and are left out:</source>
        <translation>Ці файли шаблонів не вдалося прочитати, тож їх пропущено:</translation>
    </message>
    <message>
        <source>There are no course templates to start from.</source>
        <translation>Немає шаблонів курсів, з яких можна почати.</translation>
    </message>
    <message>
        <source>Week of {monday}</source>
        <translation>Тиждень від {monday}</translation>
    </message>
    <message>
        <source>The first session falls on {day}, before the start date: choose another weekday or start date if that is not what you want.</source>
        <translation>Перше заняття припадає на {day}, до дати початку: виберіть інший день тижня або дату початку, якщо це не те, що треба.</translation>
    </message>
    <message>
        <source>Week {n}</source>
        <translation>Тиждень {n}</translation>
    </message>
    <message>
        <source>Skipped week ({days})</source>
        <translation>Пропущений тиждень ({days})</translation>
    </message>
    <message>
        <source>Creating {code}…</source>
        <translation>Створення {code}…</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>Lesson observation</source>
        <translation>Спостереження уроку</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата й час</translation>
    </message>
    <message>
        <source>Student teacher</source>
        <translation>Студент-педагог</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Спостерігач</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>S&amp;tudent teacher:</source>
        <translation>&amp;Студент-педагог:</translation>
    </message>
    <message>
        <source>O&amp;bserver:</source>
        <translation>Сп&amp;остерігач:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Клас:</translation>
    </message>
    <message>
        <source>The class observed, e.g. 5B</source>
        <translation>Клас, у якому спостерігали, напр. 5-Б</translation>
    </message>
    <message>
        <source>Pupils&apos; &amp;age:</source>
        <translation>&amp;Вік учнів:</translation>
    </message>
    <message>
        <source>e.g. 10-11</source>
        <translation>напр. 10-11</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Пред&amp;мет:</translation>
    </message>
    <message>
        <source>To&amp;pic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Agreed &amp;focus:</source>
        <translation>Узгоджений &amp;фокус:</translation>
    </message>
    <message>
        <source>What the observer looks at</source>
        <translation>На що звертає увагу спостерігач</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Сильні сторони</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Areas to develop</source>
        <translation>Що розвивати</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Цілі</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>Підписати…</translation>
    </message>
    <message>
        <source>Sign what the observation says now (saved first)</source>
        <translation>Підписати те, що зараз містить спостереження (спершу збережено)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Save the observation (Ctrl+S)</source>
        <translation>Зберегти спостереження (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Close without saving the changes not yet saved</source>
        <translation>Закрити без ще не збережених змін</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Збережено</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Saved the observation</source>
        <translation>Спостереження збережено</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>The observation was deleted</source>
        <translation>Спостереження видалено</translation>
    </message>
    <message>
        <source>lesson observation</source>
        <translation>спостереження уроку</translation>
    </message>
    <message>
        <source>Sign off the observation</source>
        <translation>Підписати спостереження</translation>
    </message>
    <message>
        <source>Who signs? (name or email)</source>
        <translation>Хто підписує? (ім’я або ел. пошта)</translation>
    </message>
    <message>
        <source>Sign the observation as {who}?</source>
        <translation>Підписати спостереження як {who}?</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <source>Learning outcomes</source>
        <translation>Результати навчання</translation>
    </message>
    <message>
        <source>A&amp;dd outcome</source>
        <translation>&amp;Додати результат</translation>
    </message>
    <message>
        <source>Add a learning outcome after the others</source>
        <translation>Додати результат навчання після інших</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Вилучити…</translation>
    </message>
    <message>
        <source>Remove the selected learning outcome (Delete)</source>
        <translation>Вилучити вибраний результат навчання (Delete)</translation>
    </message>
    <message>
        <source>Outcome text</source>
        <translation>Текст результату</translation>
    </message>
    <message>
        <source>What student teachers can do after the module, e.g. “Plan a TwinSpace …”</source>
        <translation>Що студенти-педагоги вміють після модуля, напр. «Спланувати TwinSpace …»</translation>
    </message>
    <message>
        <source>Outcome &amp;text:</source>
        <translation>&amp;Текст результату:</translation>
    </message>
    <message>
        <source>DigCompEdu competences this outcome develops (Space ticks a box):</source>
        <translation>Компетентності DigCompEdu, які розвиває цей результат (Пробіл позначає):</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(ще без тексту)</translation>
    </message>
    <message>
        <source>Remove learning outcome</source>
        <translation>Вилучити результат навчання</translation>
    </message>
    <message>
        <source>Remove the learning outcome “{text}”?</source>
        <translation>Вилучити результат навчання «{text}»?</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Email:</source>
        <translation>Ел. пошта:</translation>
    </message>
    <message>
        <source>Cohort:</source>
        <translation>Потік:</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Освітня програма:</translation>
    </message>
    <message>
        <source>Placement school:</source>
        <translation>Школа практики:</translation>
    </message>
    <message>
        <source>eTwinning:</source>
        <translation>eTwinning:</translation>
    </message>
    <message>
        <source>Registered on:</source>
        <translation>Зареєстровано:</translation>
    </message>
    <message>
        <source>Validated by the NSO on:</source>
        <translation>Підтверджено НСП:</translation>
    </message>
    <message>
        <source>Joined TwinSpace on:</source>
        <translation>Приєднано до TwinSpace:</translation>
    </message>
    <message>
        <source>Attendance, all modules:</source>
        <translation>Відвідуваність, усі модулі:</translation>
    </message>
    <message>
        <source>Held sessions attended of those with a mark, over all their modules</source>
        <translation>Відвідані проведені заняття з позначених, в усіх модулях</translation>
    </message>
    <message>
        <source>Modules and attendance</source>
        <translation>Модулі та відвідуваність</translation>
    </message>
    <message>
        <source>Not enrolled in any module.</source>
        <translation>Не зараховано на жоден модуль.</translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation>Модулі:</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (архівовано)</translation>
    </message>
    <message>
        <source>, year {n}</source>
        <translation>, рік {n}</translation>
    </message>
    <message>
        <source>nothing recorded yet</source>
        <translation>ще нічого не внесено</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Opening database…</source>
        <translation>Відкриття бази даних…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
</context>
<context>
    <name>PagedHistory</name>
    <message>
        <source>Show &amp;older</source>
        <translation>Показати &amp;старіші</translation>
    </message>
    <message>
        <source>Read the next {n} lines</source>
        <translation>Прочитати наступні рядки ({n})</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>{n:,} changes</source>
        <translation>Змін: {n:,}</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 зміна</translation>
    </message>
    <message>
        <source>The newest {n:,} changes</source>
        <translation>Найновіші зміни: {n:,}</translation>
    </message>
</context>
<context>
    <name>PartnersTab</name>
    <message>
        <source>Partner institutions</source>
        <translation>Заклади-партнери</translation>
    </message>
    <message>
        <source>Institution to add</source>
        <translation>Заклад, який додати</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>&amp;Додати партнера</translation>
    </message>
    <message>
        <source>Add the chosen institution as a partner of the module</source>
        <translation>Додати вибраний заклад як партнера модуля</translation>
    </message>
    <message>
        <source>&amp;Remove partner</source>
        <translation>&amp;Вилучити партнера</translation>
    </message>
    <message>
        <source>Remove the selected partner (Delete)</source>
        <translation>Вилучити вибраного партнера (Delete)</translation>
    </message>
    <message>
        <source>eTwinning project</source>
        <translation>Проєкт eTwinning</translation>
    </message>
    <message>
        <source>No eTwinning project is linked to this module yet.</source>
        <translation>З цим модулем ще не пов’язано жодного проєкту eTwinning.</translation>
    </message>
    <message>
        <source>The project&apos;s state on the eTwinning platform</source>
        <translation>Стан проєкту на платформі eTwinning</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Новий проєкт…</translation>
    </message>
    <message>
        <source>Add an eTwinning project to this module</source>
        <translation>Додати проєкт eTwinning до цього модуля</translation>
    </message>
    <message>
        <source>Remove from &amp;module</source>
        <translation>Вилучити з &amp;модуля</translation>
    </message>
    <message>
        <source>Take the project out of this module; the project itself stays on record</source>
        <translation>Вилучити проєкт із цього модуля; сам проєкт залишається в записах</translation>
    </message>
    <message>
        <source>Partner institutions of the project</source>
        <translation>Заклади-партнери проєкту</translation>
    </message>
    <message>
        <source>Quality Label self-check</source>
        <translation>Самоперевірка щодо Знака якості</translation>
    </message>
    <message>
        <source>How well the project meets each of the five Quality Label criteria, 0 to 3</source>
        <translation>Наскільки проєкт відповідає кожному з п’яти критеріїв Знака якості, від 0 до 3</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Проєкт:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Стан:</translation>
    </message>
    <message>
        <source>Partners:</source>
        <translation>Партнери:</translation>
    </message>
    <message>
        <source>eTwinning projects</source>
        <translation>Проєкти eTwinning</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерій</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>{criterion}: rating</source>
        <translation>{criterion}: оцінка</translation>
    </message>
    <message>
        <source>{criterion}: note</source>
        <translation>{criterion}: примітка</translation>
    </message>
    <message>
        <source>Evidence, or what is missing</source>
        <translation>Докази або чого бракує</translation>
    </message>
    <message>
        <source>New eTwinning project</source>
        <translation>Новий проєкт eTwinning</translation>
    </message>
    <message>
        <source>Title of the project:</source>
        <translation>Назва проєкту:</translation>
    </message>
    <message>
        <source>Remove project from module</source>
        <translation>Вилучити проєкт із модуля</translation>
    </message>
    <message>
        <source>Take “{title}” out of this module? The project stays on record.</source>
        <translation>Вилучити «{title}» із цього модуля? Проєкт залишається в записах.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>The printer could not start.</source>
        <translation>Не вдалося запустити принтер.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewWindow</name>
    <message>
        <source> of {count}</source>
        <translation> з {count}</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Сторінка</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Попередній перегляд</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Зберегти як…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Друкувати…</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Попередня сторінка</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Наступна сторінка</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Зменшити</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Save PDF as</source>
        <translation>Зберегти PDF як</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved to {path}: {reason}</source>
        <translation>PDF не збережено в {path}: {reason}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Збережено в {path}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Sent {count} pages to the printer</source>
        <translation>Надіслано на принтер сторінок: {count}</translation>
    </message>
</context>
<context>
    <name>PhaseForm</name>
    <message>
        <source>Answered &amp;on:</source>
        <translation>&amp;Дата відповіді:</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(немає відповіді)</translation>
    </message>
    <message>
        <source>Comments (optional)</source>
        <translation>Коментарі (необов’язково)</translation>
    </message>
</context>
<context>
    <name>PortfoliosPage</name>
    <message>
        <source>Find a student teacher by name, email, cohort or programme</source>
        <translation>Знайти студента-педагога за ім’ям, ел. поштою, потоком або програмою</translation>
    </message>
    <message>
        <source>&amp;Save portfolio PDF…</source>
        <translation>&amp;Зберегти портфоліо в PDF…</translation>
    </message>
    <message>
        <source>Write the selected student teacher&apos;s portfolio as a PDF file</source>
        <translation>Записати портфоліо вибраного студента-педагога як файл PDF</translation>
    </message>
    <message>
        <source>Double-click a student teacher, or select one and press Save.</source>
        <translation>Двічі клацніть студента-педагога або виберіть і натисніть «Зберегти».</translation>
    </message>
    <message>
        <source>The cohort whose portfolios to write</source>
        <translation>Потік, портфоліо якого записати</translation>
    </message>
    <message>
        <source>Write portfolios of the &amp;cohort…</source>
        <translation>Записати портфоліо &amp;потоку…</translation>
    </message>
    <message>
        <source>Write the portfolio of every student teacher of the cohort into a folder</source>
        <translation>Записати портфоліо кожного студента-педагога потоку в теку</translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation>П&amp;отік:</translation>
    </message>
    <message>
        <source>&amp;Portfolios</source>
        <translation>&amp;Портфоліо</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Звіти</translation>
    </message>
    <message>
        <source>Re&amp;views</source>
        <translation>Пере&amp;гляди</translation>
    </message>
    <message>
        <source>Save portfolio of {name}</source>
        <translation>Зберегти портфоліо: {name}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the portfolio of {name}…</source>
        <translation>Запис портфоліо: {name}…</translation>
    </message>
    <message>
        <source>Saved the portfolio of {name} to {path}</source>
        <translation>Портфоліо ({name}) збережено в {path}</translation>
    </message>
    <message>
        <source>The portfolio was not saved.</source>
        <translation>Портфоліо не збережено.</translation>
    </message>
    <message>
        <source>Folder for the portfolios of {cohort}</source>
        <translation>Тека для портфоліо: {cohort}</translation>
    </message>
    <message>
        <source>Wrote {written} of {total} portfolios</source>
        <translation>Записано {written} з {total} портфоліо</translation>
    </message>
    <message>
        <source>Save portfolio PDF…</source>
        <translation>Зберегти портфоліо в PDF…</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Мова інтерфейсу</translation>
    </message>
    <message>
        <source>A new language shows when itepad is next started.</source>
        <translation>Нова мова з’явиться після наступного запуску itepad.</translation>
    </message>
    <message>
        <source>e.g. Dr Ana Kovač</source>
        <translation>напр. д-р Ана Ковач</translation>
    </message>
    <message>
        <source>Shown as who took attendance and who made a change in the history</source>
        <translation>Показується як той, хто відмітив відвідуваність і вніс зміну в історії</translation>
    </message>
    <message>
        <source>itepad copies the database once a day while it runs</source>
        <translation>itepad копіює базу даних раз на день, поки працює</translation>
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
        <translation>Як інтерфейс</translation>
    </message>
    <message>
        <source>Language of the headings in printed portfolios and reports</source>
        <translation>Мова заголовків у друкованих портфоліо та звітах</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Мова інтерфейсу:</translation>
    </message>
    <message>
        <source>Your &amp;name in records:</source>
        <translation>Ваше &amp;ім’я в записах:</translation>
    </message>
    <message>
        <source>Daily &amp;backups to keep:</source>
        <translation>Скільки щоденних &amp;копій зберігати:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Розмір &amp;паперу:</translation>
    </message>
    <message>
        <source>Printed &amp;headings in:</source>
        <translation>Друковані &amp;заголовки мовою:</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Рядок</translation>
    </message>
</context>
<context>
    <name>PrivacyDialog</name>
    <message>
        <source>Privacy: due for deletion</source>
        <translation>Конфіденційність: до видалення</translation>
    </message>
    <message>
        <source>Student teachers whose retention date has passed. If they asked for their records, export them first; then erase their personal data. Enrolments, attendance, eTwinning status and competence levels stay, anonymously, so that cohort statistics remain right.</source>
        <translation>Студенти-педагоги, строк зберігання даних яких минув. Якщо вони запитували свої записи, спершу експортуйте їх, а потім зітріть їхні персональні дані. Зарахування, відвідуваність, статус eTwinning і рівні компетентностей залишаються анонімно, щоб статистика потоку була правильною.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Keep records until</source>
        <translation>Зберігати до</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>&amp;Export their records…</source>
        <translation>&amp;Експортувати записи…</translation>
    </message>
    <message>
        <source>A zip with their record, portfolio and attachments, to give them</source>
        <translation>ZIP із записом, портфоліо й вкладеннями, щоб передати їм</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <translation>&amp;Стерти…</translation>
    </message>
    <message>
        <source>Anonymise them; asks first and says what is kept</source>
        <translation>Анонімізувати; спершу запитує й каже, що залишиться</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>{n} due for deletion</source>
        <translation>До видалення: {n}</translation>
    </message>
    <message>
        <source>Nobody is due for deletion.</source>
        <translation>Нікого не треба видаляти.</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>self</source>
        <translation>самооцінка</translation>
    </message>
    <message>
        <source>educator</source>
        <translation>викладач</translation>
    </message>
    <message>
        <source>{number} {kind}: {first} to {latest}</source>
        <translation>{number} {kind}: від {first} до {latest}</translation>
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
        <translation>Проєкти eTwinning</translation>
    </message>
    <message>
        <source>&amp;Add to a project team…</source>
        <translation>&amp;Додати до команди проєкту…</translation>
    </message>
    <message>
        <source>Make them a member of an eTwinning project&apos;s team</source>
        <translation>Зробити учасником команди проєкту eTwinning</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>Role, date joined and contribution</source>
        <translation>Роль, дата приєднання та внесок</translation>
    </message>
    <message>
        <source>&amp;Remove from team…</source>
        <translation>&amp;Вилучити з команди…</translation>
    </message>
    <message>
        <source>They leave the project&apos;s team</source>
        <translation>Залишає команду проєкту</translation>
    </message>
    <message>
        <source>Not in any eTwinning project team yet.</source>
        <translation>Ще не в жодній команді проєкту eTwinning.</translation>
    </message>
    <message>
        <source>Add to a project team</source>
        <translation>Додати до команди проєкту</translation>
    </message>
    <message>
        <source>They are in every project&apos;s team already, or there are no projects yet.</source>
        <translation>Уже в команді кожного проєкту, або проєктів ще немає.</translation>
    </message>
    <message>
        <source>Added to the project team</source>
        <translation>Додано до команди проєкту</translation>
    </message>
    <message>
        <source>Saved their place in “{project}”</source>
        <translation>Місце в «{project}» збережено</translation>
    </message>
    <message>
        <source>Remove from project team</source>
        <translation>Вилучити з команди проєкту</translation>
    </message>
    <message>
        <source>Remove them from the team of “{project}”? Their contribution text goes too.</source>
        <translation>Вилучити з команди «{project}»? Текст внеску теж буде видалено.</translation>
    </message>
    <message>
        <source>Removed from “{project}”</source>
        <translation>Вилучено з «{project}»</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>History of {record}</source>
        <translation>Історія: {record}</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <source>Edit reflection</source>
        <translation>Редагувати рефлексію</translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation>Нова рефлексія</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>e.g. “Our first partner call”</source>
        <translation>напр. «Наш перший дзвінок із партнерами»</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Модуль</translation>
    </message>
    <message>
        <source>&amp;Free reflection</source>
        <translation>&amp;Вільна рефлексія</translation>
    </message>
    <message>
        <source>&amp;Gibbs&apos; reflective cycle</source>
        <translation>Рефлексивний цикл &amp;Гіббса</translation>
    </message>
    <message>
        <source>Six stages: description, feelings, evaluation, analysis, conclusion, action plan</source>
        <translation>Шість етапів: опис, почуття, оцінка, аналіз, висновок, план дій</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Рефлексія</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}. {name}&lt;/b&gt; — {question}</source>
        <translation>&lt;b&gt;{number}. {name}&lt;/b&gt; — {question}</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Модуль:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Модель:</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Поки не можна зберегти</translation>
    </message>
</context>
<context>
    <name>ReflectionsTab</name>
    <message>
        <source>Reflections</source>
        <translation>Рефлексії</translation>
    </message>
    <message>
        <source>Double-click or Enter opens the reflection</source>
        <translation>Подвійне клацання або Enter відкриває рефлексію</translation>
    </message>
    <message>
        <source>&amp;New reflection…</source>
        <translation>&amp;Нова рефлексія…</translation>
    </message>
    <message>
        <source>A free reflection in Markdown</source>
        <translation>Вільна рефлексія в Markdown</translation>
    </message>
    <message>
        <source>New &amp;Gibbs reflection…</source>
        <translation>Нова рефлексія за &amp;Гіббсом…</translation>
    </message>
    <message>
        <source>Description, feelings, evaluation, analysis, conclusion, action plan</source>
        <translation>Опис, почуття, оцінка, аналіз, висновок, план дій</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Видалити…</translation>
    </message>
    <message>
        <source>No reflections yet.</source>
        <translation>Рефлексій ще немає.</translation>
    </message>
    <message>
        <source>Saved the reflection</source>
        <translation>Рефлексію збережено</translation>
    </message>
    <message>
        <source>Delete reflection</source>
        <translation>Видалити рефлексію</translation>
    </message>
    <message>
        <source>Delete the reflection of {day}, “{title}”?</source>
        <translation>Видалити рефлексію від {day}, «{title}»?</translation>
    </message>
    <message>
        <source>Deleted the reflection</source>
        <translation>Рефлексію видалено</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Попередній перегляд…</translation>
    </message>
    <message>
        <source>Write the report and show it, to read or print</source>
        <translation>Створити звіт і показати його для читання чи друку</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Зберегти PDF…</translation>
    </message>
    <message>
        <source>Write the report as a PDF file</source>
        <translation>Записати звіт як файл PDF</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Звіт:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Потік:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Модуль:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Проєкт:</translation>
    </message>
    <message>
        <source>The whole institution</source>
        <translation>Увесь заклад</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Зберегти звіт</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report to {path}</source>
        <translation>Звіт збережено в {path}</translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation>Звіт не записано.</translation>
    </message>
</context>
<context>
    <name>ReviewsPanel</name>
    <message>
        <source>Language of the review copies&apos; headings</source>
        <translation>Мова заголовків примірників для перегляду</translation>
    </message>
    <message>
        <source>Write review copies for &amp;selected…</source>
        <translation>Записати примірники для перегляду для &amp;вибраних…</translation>
    </message>
    <message>
        <source>Write review copies for the &amp;cohort…</source>
        <translation>Записати примірники для перегляду для &amp;потоку…</translation>
    </message>
    <message>
        <source>&amp;Import returned forms…</source>
        <translation>&amp;Імпортувати повернені форми…</translation>
    </message>
    <message>
        <source>Or drop the returned PDF files onto this panel</source>
        <translation>Або перетягніть повернені файли PDF на цю панель</translation>
    </message>
    <message>
        <source>Mark &amp;resolved</source>
        <translation>Позначити &amp;вирішеним</translation>
    </message>
    <message>
        <source>Cohort:</source>
        <translation>Потік:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <source>Comments and change requests</source>
        <translation>Коментарі та запити на зміни</translation>
    </message>
    <message>
        <source>Sent: %1 · Returned: %2 · Outstanding: %3</source>
        <translation>Надіслано: %1 · Повернено: %2 · Очікується: %3</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Перегляди</translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation>Відкрити &amp;знову</translation>
    </message>
    <message>
        <source>Folder for the review copies</source>
        <translation>Тека для примірників для перегляду</translation>
    </message>
    <message>
        <source>Writing review copies…</source>
        <translation>Запис примірників для перегляду…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Review copies</source>
        <translation>Примірники для перегляду</translation>
    </message>
    <message>
        <source>%1 of %2 review copies written to %3</source>
        <translation>Записано %1 з %2 примірників для перегляду в %3</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <source>Returned review copies</source>
        <translation>Повернені примірники для перегляду</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Відхилено: %1</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import roster</source>
        <translation>Імпортувати список студентів</translation>
    </message>
    <message>
        <source>A CSV or XLSX file: a Moodle participants list, a spreadsheet…</source>
        <translation>Файл CSV або XLSX: список учасників Moodle, електронна таблиця…</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Вибрати файл…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Визначити</translation>
    </message>
    <message>
        <source>Choose another if names show wrong letters</source>
        <translation>Виберіть інше, якщо в іменах неправильні літери</translation>
    </message>
    <message>
        <source>an existing cohort, or a new name</source>
        <translation>наявний потік або нова назва</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Стовпці</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Choose a roster file to import.</source>
        <translation>Виберіть список студентів для імпорту.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодування:</translation>
    </message>
    <message>
        <source>Into c&amp;ohort:</source>
        <translation>До п&amp;отоку:</translation>
    </message>
    <message>
        <source>Choose a roster</source>
        <translation>Вибрати список студентів</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Читання {name}…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Перевірка…</translation>
    </message>
    <message>
        <source>Worksheet “{name}”</source>
        <translation>Аркуш «{name}»</translation>
    </message>
    <message>
        <source>Read as {encoding}, separated by {delimiter}</source>
        <translation>Прочитано як {encoding}, розділювач: {delimiter}</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(немає у файлі)</translation>
    </message>
    <message>
        <source>{count} to correct in the file (or in the columns): nothing is imported until the roster is clean.</source>
        <translation>Виправити у файлі (або в стовпцях): {count}; нічого не імпортується, доки список не буде чистим.</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 проблема</translation>
    </message>
    <message>
        <source>{n:,} problems</source>
        <translation>Проблем: {n:,}</translation>
    </message>
    <message>
        <source>{n:,} student teachers ready to import.</source>
        <translation>Готово до імпорту студентів-педагогів: {n:,}.</translation>
    </message>
    <message>
        <source>Importing {n:,} student teachers…</source>
        <translation>Імпорт студентів-педагогів: {n:,}…</translation>
    </message>
</context>
<context>
    <name>SearchableTable</name>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
</context>
<context>
    <name>SessionChipDelegate</name>
    <message>
        <source>+ {n} more</source>
        <translation>+ ще {n}</translation>
    </message>
</context>
<context>
    <name>SessionPanel</name>
    <message>
        <source>When the session starts</source>
        <translation>Коли починається заняття</translation>
    </message>
    <message>
        <source>When the session ends</source>
        <translation>Коли закінчується заняття</translation>
    </message>
    <message>
        <source>Room, school or building</source>
        <translation>Аудиторія, школа або будівля</translation>
    </message>
    <message>
        <source>The online link of a video call or a TwinSpace page</source>
        <translation>Посилання на відеодзвінок або сторінку TwinSpace</translation>
    </message>
    <message>
        <source>Who runs the session</source>
        <translation>Хто веде заняття</translation>
    </message>
    <message>
        <source>Session description</source>
        <translation>Опис заняття</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Початок:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Кінець:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>По&amp;силання:</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Ведучий:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>О&amp;пис:</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ще нікого)</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>{when}
{n} attendance marks recorded</source>
        <translation>{when}
Внесено позначок відвідуваності: {n}</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>Sessions</source>
        <translation>Заняття</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>Add a session a week after the last one</source>
        <translation>Додати заняття через тиждень після останнього</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублювати</translation>
    </message>
    <message>
        <source>Add a copy of the selected session one week later</source>
        <translation>Додати копію вибраного заняття через тиждень</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Вилучити…</translation>
    </message>
    <message>
        <source>Remove the selected session</source>
        <translation>Вилучити вибране заняття</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Вгору</translation>
    </message>
    <message>
        <source>Swap the selected session with the one before it, dates and all</source>
        <translation>Поміняти вибране заняття з попереднім разом із датами</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <source>Swap the selected session with the one after it, dates and all</source>
        <translation>Поміняти вибране заняття з наступним разом із датами</translation>
    </message>
    <message>
        <source>&amp;Earlier by a week</source>
        <translation>На тиждень &amp;раніше</translation>
    </message>
    <message>
        <source>Move the selected session one week earlier</source>
        <translation>Перенести вибране заняття на тиждень раніше</translation>
    </message>
    <message>
        <source>&amp;Later by a week</source>
        <translation>На тиждень &amp;пізніше</translation>
    </message>
    <message>
        <source>Move the selected session one week later</source>
        <translation>Перенести вибране заняття на тиждень пізніше</translation>
    </message>
    <message>
        <source>Remove the session “{title}” on {when}?</source>
        <translation>Вилучити заняття «{title}» ({when})?</translation>
    </message>
    <message>
        <source>Its {n} attendance marks will be removed with it.</source>
        <translation>Разом із ним буде вилучено позначки відвідуваності ({n}).</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Вилучити заняття</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
</context>
<context>
    <name>SignatureBanner</name>
    <message>
        <source>Sign-off</source>
        <translation>Підпис</translation>
    </message>
    <message>
        <source>Show signed version…</source>
        <translation>Показати підписану версію…</translation>
    </message>
    <message>
        <source>The record as it was when it was signed</source>
        <translation>Запис у вигляді на момент підписання</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Не підписано</translation>
    </message>
    <message>
        <source>✓ Signed by {who} on {date}</source>
        <translation>✓ Підписано: {who}, {date}</translation>
    </message>
    <message>
        <source>⚠ Changed since signed on {date} by {who}: {fields}</source>
        <translation>⚠ Змінено після підписання {date} ({who}): {fields}</translation>
    </message>
</context>
<context>
    <name>SignedVersionDialog</name>
    <message>
        <source>Signed version</source>
        <translation>Підписана версія</translation>
    </message>
    <message>
        <source>Signed by {who} on {date}</source>
        <translation>Підписав(ла) {who}, {date}</translation>
    </message>
</context>
<context>
    <name>StatusSetDialog</name>
    <message>
        <source>Attendance statuses</source>
        <translation>Статуси відвідуваності</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Статуси</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Вгору</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <source>The key that sets this status in the grid</source>
        <translation>Клавіша, що ставить цей статус у таблиці</translation>
    </message>
    <message>
        <source>Counts as &amp;present</source>
        <translation>Зараховується як &amp;присутність</translation>
    </message>
    <message>
        <source>Marks with this status count as attended in attendance rates</source>
        <translation>Позначки з цим статусом зараховуються як відвідування в показниках</translation>
    </message>
    <message>
        <source>The name imports and exports use; it never changes</source>
        <translation>Назва, яку використовують імпорт та експорт; вона ніколи не змінюється</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Зберегти зміни</translation>
    </message>
    <message>
        <source>&amp;Add as new status</source>
        <translation>&amp;Додати як новий статус</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Вилучити</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Клавіша:</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <source>Space in the grid goes through the statuses in this order. A status used by marks cannot be removed.</source>
        <translation>Пробіл перемикає статуси в таблиці в цьому порядку. Статус, що використовується в позначках, не можна вилучити.</translation>
    </message>
    <message>
        <source>counts as present</source>
        <translation>зараховується як присутність</translation>
    </message>
    <message>
        <source>{n:,} marks</source>
        <translation>Позначок: {n:,}</translation>
    </message>
    <message>
        <source>Used by marks: change them first</source>
        <translation>Використовується в позначках: спершу змініть їх</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <source>Edit student teacher</source>
        <translation>Редагувати студента-педагога</translation>
    </message>
    <message>
        <source>Add student teacher</source>
        <translation>Додати студента-педагога</translation>
    </message>
    <message>
        <source>institutional address, e.g. name@students.uni.eu</source>
        <translation>адреса закладу, напр. name@students.uni.eu</translation>
    </message>
    <message>
        <source>(no cohort)</source>
        <translation>(без потоку)</translation>
    </message>
    <message>
        <source>default: the cohort&apos;s programme</source>
        <translation>за замовчуванням: програма потоку</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>two-letter codes, e.g. pl, en, de</source>
        <translation>двобуквені коди, напр. pl, en, de</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Зареєстровано</translation>
    </message>
    <message>
        <source>Validated by the NSO on</source>
        <translation>Підтверджено НСП</translation>
    </message>
    <message>
        <source>Joined TwinSpace on</source>
        <translation>Приєднано до TwinSpace</translation>
    </message>
    <message>
        <source>Photos may be taken and kept</source>
        <translation>Дозволено фотографувати й зберігати фото</translation>
    </message>
    <message>
        <source>Work may be published</source>
        <translation>Роботи можна публікувати</translation>
    </message>
    <message>
        <source>Details may be shared with partners</source>
        <translation>Дані можна передавати партнерам</translation>
    </message>
    <message>
        <source>Keep the record until</source>
        <translation>Зберігати запис до</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Прізвище:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Ел. пошта:</translation>
    </message>
    <message>
        <source>Student &amp;number:</source>
        <translation>&amp;Номер студентського:</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Потік:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Освітня програма:</translation>
    </message>
    <message>
        <source>&amp;Year of study:</source>
        <translation>&amp;Рік навчання:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Мови:</translation>
    </message>
    <message>
        <source>Placement &amp;school:</source>
        <translation>&amp;Школа практики:</translation>
    </message>
    <message>
        <source>eTwinning</source>
        <translation>eTwinning</translation>
    </message>
    <message>
        <source>&amp;Registration:</source>
        <translation>&amp;Реєстрація:</translation>
    </message>
    <message>
        <source>Consents and retention</source>
        <translation>Згоди та зберігання</translation>
    </message>
</context>
<context>
    <name>StudentLookup</name>
    <message>
        <source>Name or email of a student teacher</source>
        <translation>Ім’я або ел. пошта студента-педагога</translation>
    </message>
    <message>
        <source>Look up a student teacher</source>
        <translation>Знайти студента-педагога</translation>
    </message>
    <message>
        <source>Double-click a module to open its attendance</source>
        <translation>Двічі клацніть модуль, щоб відкрити його відвідуваність</translation>
    </message>
    <message>
        <source>No current student teacher matches “{text}”.</source>
        <translation>Жоден поточний студент-педагог не відповідає «{text}».</translation>
    </message>
    <message>
        <source>This student teacher is no longer in the database.</source>
        <translation>Цього студента-педагога вже немає в базі даних.</translation>
    </message>
    <message>
        <source>eTwinning: {status}</source>
        <translation>eTwinning: {status}</translation>
    </message>
    <message>
        <source>Attended {rate} of the sessions recorded</source>
        <translation>Відвідано {rate} внесених занять</translation>
    </message>
    <message>
        <source>No attendance recorded yet</source>
        <translation>Відвідуваність ще не внесено</translation>
    </message>
</context>
<context>
    <name>StudentRecord</name>
    <message>
        <source>(no module)</source>
        <translation>(без модуля)</translation>
    </message>
</context>
<context>
    <name>StudentRecordWindow</name>
    <message>
        <source>Student teacher record</source>
        <translation>Картка студента-педагога</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Огляд</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Докази</translation>
    </message>
    <message>
        <source>&amp;Reflections</source>
        <translation>&amp;Рефлексії</translation>
    </message>
    <message>
        <source>eTwinning &amp;projects</source>
        <translation>Про&amp;єкти eTwinning</translation>
    </message>
    <message>
        <source>DigCompEdu &amp;competences</source>
        <translation>&amp;Компетентності DigCompEdu</translation>
    </message>
    <message>
        <source>Impact &amp;survey</source>
        <translation>Опитування щодо &amp;впливу</translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation>Не вдається відкрити картку</translation>
    </message>
    <message>
        <source>{name}: student teacher record</source>
        <translation>{name}: картка студента-педагога</translation>
    </message>
</context>
<context>
    <name>StudentTableModel</name>
    <message>
        <source>Archived on {day}: shown while Show archived is ticked</source>
        <translation>Архівовано {day}: показано, поки позначено «Показати архівованих»</translation>
    </message>
    <message>
        <source>No attendance recorded yet</source>
        <translation>Відвідуваність ще не внесено</translation>
    </message>
</context>
<context>
    <name>StudentsPage</name>
    <message>
        <source>1 student teacher</source>
        <translation>Студентів-педагогів: 1</translation>
    </message>
    <message>
        <source>{n:,} student teachers</source>
        <translation>Студентів-педагогів: {n:,}</translation>
    </message>
    <message>
        <source>Search by name, email, cohort, programme or eTwinning status</source>
        <translation>Шукати за ім’ям, ел. поштою, потоком, програмою або статусом eTwinning</translation>
    </message>
    <message>
        <source>&amp;Open record…</source>
        <translation>&amp;Відкрити картку…</translation>
    </message>
    <message>
        <source>Evidence, reflections and eTwinning projects of the student teacher (Enter)</source>
        <translation>Докази, рефлексії та проєкти eTwinning студента-педагога (Enter)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Арх&amp;івувати</translation>
    </message>
    <message>
        <source>Enrol in &amp;module…</source>
        <translation>Зарахувати на &amp;модуль…</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Імпортувати список студентів…</translation>
    </message>
    <message>
        <source>Export &amp;NSO list…</source>
        <translation>Експортувати список для &amp;НСП…</translation>
    </message>
    <message>
        <source>Or drop a CSV or XLSX file on this page</source>
        <translation>Або перетягніть файл CSV чи XLSX на цю сторінку</translation>
    </message>
    <message>
        <source>Who waits for the NSO to validate their eTwinning registration</source>
        <translation>Хто чекає, поки НСП підтвердить реєстрацію в eTwinning</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>Показати а&amp;рхівованих</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Від&amp;новити</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Збережено: {name}</translation>
    </message>
    <message>
        <source>{name} is back on the roster</source>
        <translation>{name} знову в списку</translation>
    </message>
    <message>
        <source>Archive student teacher</source>
        <translation>Архівувати студента-педагога</translation>
    </message>
    <message>
        <source>Archive {name}? They leave the roster and the daily work; nothing of theirs is deleted, and Show archived brings them back to view.</source>
        <translation>Архівувати {name}? Особа зникне зі списку та щоденної роботи; нічого її не буде видалено, а «Показати архівованих» знову покаже її.</translation>
    </message>
    <message>
        <source>Archived {name}</source>
        <translation>Архівовано: {name}</translation>
    </message>
    <message>
        <source>eTwinning: {n} marked “{status}”</source>
        <translation>eTwinning: позначено як «{status}»: {n}</translation>
    </message>
    <message>
        <source>Enrolled {n}; {already} were enrolled already</source>
        <translation>Зараховано: {n}; уже були зараховані: {already}</translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (новий)</translation>
    </message>
    <message>
        <source>Imported {total} into cohort {cohort}{new}: {created} added, {updated} updated, {unchanged} unchanged</source>
        <translation>Імпортовано {total} до потоку {cohort}{new}: додано {created}, оновлено {updated}, без змін {unchanged}</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Усі потоки</translation>
    </message>
    <message>
        <source>Export NSO list</source>
        <translation>Експортувати список для НСП</translation>
    </message>
    <message>
        <source>Student teachers waiting for validation, of:</source>
        <translation>Студенти-педагоги, які чекають підтвердження, з:</translation>
    </message>
    <message>
        <source>Export NSO validation list</source>
        <translation>Експортувати список на підтвердження для НСП</translation>
    </message>
    <message>
        <source>eTwinning validation list.xlsx</source>
        <translation>список на підтвердження eTwinning.xlsx</translation>
    </message>
    <message>
        <source>Saved the NSO list ({people}) to {path}</source>
        <translation>Список для НСП ({people}) збережено в {path}</translation>
    </message>
    <message>
        <source>Open record…</source>
        <translation>Відкрити картку…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <source>Enrol in module…</source>
        <translation>Зарахувати на модуль…</translation>
    </message>
    <message>
        <source>eTwinning: registered, waiting for validation</source>
        <translation>eTwinning: зареєстровано, очікує підтвердження</translation>
    </message>
    <message>
        <source>eTwinning: validated by the NSO</source>
        <translation>eTwinning: підтверджено НСП</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Історія…</translation>
    </message>
</context>
<context>
    <name>SurveyPanel</name>
    <message>
        <source>Before the module</source>
        <translation>До модуля</translation>
    </message>
    <message>
        <source>After the module</source>
        <translation>Після модуля</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>&amp;Save survey</source>
        <translation>&amp;Зберегти опитування</translation>
    </message>
    <message>
        <source>Impact survey</source>
        <translation>Опитування щодо впливу</translation>
    </message>
    <message>
        <source>before</source>
        <translation>до модуля</translation>
    </message>
    <message>
        <source>after</source>
        <translation>після модуля</translation>
    </message>
    <message>
        <source>{name} answered the survey {when}.</source>
        <translation>{name} відповів(ла) на опитування {when}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> і </translation>
    </message>
    <message>
        <source>{name} has not answered the survey yet.</source>
        <translation>{name} ще не відповів(ла) на опитування.</translation>
    </message>
</context>
<context>
    <name>SurveyResultsView</name>
    <message>
        <source>Cohort</source>
        <translation>Потік</translation>
    </message>
    <message>
        <source>Impact survey: share agreeing</source>
        <translation>Опитування щодо впливу: частка згодних</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{before}&apos;&gt;■&lt;/span&gt; before the module &amp;nbsp; &lt;span style=&apos;color:{after}&apos;&gt;■&lt;/span&gt; after it &amp;nbsp; &lt;span style=&apos;color:{study}&apos;&gt;■&lt;/span&gt; teachers in the 2013 eTwinning impact study</source>
        <translation>&lt;span style=&apos;color:{before}&apos;&gt;■&lt;/span&gt; до модуля &amp;nbsp; &lt;span style=&apos;color:{after}&apos;&gt;■&lt;/span&gt; після нього &amp;nbsp; &lt;span style=&apos;color:{study}&apos;&gt;■&lt;/span&gt; учителі в дослідженні впливу eTwinning 2013 року</translation>
    </message>
    <message>
        <source>Impact survey results</source>
        <translation>Результати опитування щодо впливу</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Користь</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Після</translation>
    </message>
    <message>
        <source>2013 study</source>
        <translation>Дослідження 2013</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Коментарі</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Потік:</translation>
    </message>
    <message>
        <source>No cohorts yet.</source>
        <translation>Потоків ще немає.</translation>
    </message>
    <message>
        <source>{rate} ({n} of {of})</source>
        <translation>{rate} ({n} з {of})</translation>
    </message>
    <message>
        <source>{students} student teachers: {pre} answered before the module, {post} after it. Agreeing means 4 or 5 on the scale of 1 to 5.</source>
        <translation>Студентів-педагогів: {students}; до модуля відповіли {pre}, після нього {post}. Згода означає 4 або 5 за шкалою від 1 до 5.</translation>
    </message>
    <message>
        <source>No comments.</source>
        <translation>Коментарів немає.</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>{shown:,} of {all} match the search</source>
        <translation>Відповідають пошуку: {shown:,} з {all}</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Edit target</source>
        <translation>Редагувати ціль</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Додати ціль</translation>
    </message>
    <message>
        <source>Specific, measurable, achievable, relevant, timed</source>
        <translation>Конкретна, вимірювана, досяжна, доречна, обмежена в часі</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ціль</translation>
    </message>
    <message>
        <source>DigCompEdu competence</source>
        <translation>Компетентність DigCompEdu</translation>
    </message>
    <message>
        <source>The DigCompEdu competence this target develops</source>
        <translation>Компетентність DigCompEdu, яку розвиває ця ціль</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ціль:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Термін:</translation>
    </message>
    <message>
        <source>&amp;Competence:</source>
        <translation>&amp;Компетентність:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
</context>
<context>
    <name>UndoController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>Undo &amp;history…</source>
        <translation>&amp;Історія скасувань…</translation>
    </message>
    <message>
        <source>Every change of this session; undo back to one</source>
        <translation>Усі зміни від відкриття; скасувати до будь-якої з них</translation>
    </message>
    <message>
        <source>&amp;Activity log…</source>
        <translation>&amp;Журнал дій…</translation>
    </message>
    <message>
        <source>Who changed what and when, in this database</source>
        <translation>Хто, що й коли змінив у цій базі даних</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасування</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Скасувати: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Повторити: {action}</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Скасовано: {action}</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Неможливо скасувати</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Повторено: {action}</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Неможливо повторити</translation>
    </message>
    <message>
        <source>{n} actions</source>
        <translation>Дій: {n}</translation>
    </message>
</context>
<context>
    <name>UndoHistoryDialog</name>
    <message>
        <source>Undo history</source>
        <translation>Історія скасувань</translation>
    </message>
    <message>
        <source>Click an earlier line to undo back to it, a greyed line to redo up to it.</source>
        <translation>Клацніть попередній рядок, щоб скасувати до нього, або сірий рядок, щоб повторити до нього.</translation>
    </message>
    <message>
        <source>Actions of this session</source>
        <translation>Дії від відкриття</translation>
    </message>
    <message>
        <source>As the database was opened</source>
        <translation>Як під час відкриття бази даних</translation>
    </message>
    <message>
        <source>Undone: click to redo</source>
        <translation>Скасовано: клацніть, щоб повторити</translation>
    </message>
</context>
<context>
    <name>_LineDialog</name>
    <message>
        <source>No due date</source>
        <translation>Без терміну</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Термін</translation>
    </message>
</context>
</TS>
