"""The printed reports' own words (titles, headings, table headers, notes) in six languages.

The same table shape as reports/headings.py, which looks words up here too: one `Words` object
serves the portfolio and every report. Keys must not repeat a key of headings.py.
"""

# Ukrainian words are Cyrillic, letters that look like Latin ones included.
# ruff: noqa: RUF001

from __future__ import annotations

Row = tuple[str, str, str, str, str, str]  # en, de, fr, es, pl, uk

# fmt: off
REPORT_WORDS: dict[str, Row] = {
    # titles
    "title.cohort_participation": ("Cohort participation", "Teilnahme des Jahrgangs",
                                   "Participation de la promotion", "Participación de la promoción",
                                   "Udział rocznika", "Участь потоку"),
    "title.module_report": ("Module report", "Modulbericht", "Bilan du module",
                            "Informe del módulo", "Sprawozdanie z modułu", "Звіт про модуль"),
    "title.impact_survey": ("Impact survey", "Wirkungsbefragung", "Enquête d'impact",
                            "Encuesta de impacto", "Ankieta wpływu", "Опитування щодо впливу"),
    "title.quality_label": ("Quality Label application (draft)",
                            "Antrag auf das Qualitätssiegel (Entwurf)",
                            "Candidature au label de qualité (brouillon)",
                            "Solicitud del Sello de Calidad (borrador)",
                            "Wniosek o Odznakę Jakości (wersja robocza)",
                            "Заявка на Знак якості (чернетка)"),
    "title.award_dossier": ("European Award for Initial Teacher Education: dossier (draft)",
                            "Europäischer Preis für die Lehrkräftebildung: Dossier (Entwurf)",
                            "Prix européen de la formation initiale des enseignants : dossier "
                            "(brouillon)",
                            "Premio Europeo de Formación Inicial del Profesorado: dosier "
                            "(borrador)",
                            "Europejska Nagroda w dziedzinie kształcenia nauczycieli: dossier "
                            "(wersja robocza)",
                            "Європейська премія в галузі початкової педагогічної освіти: досьє "
                            "(чернетка)"),
    "titled": ("{title}: {subject}", "{title}: {subject}", "{title} : {subject}",
               "{title}: {subject}", "{title}: {subject}", "{title}: {subject}"),
    # facts
    "academic_year": ("Academic year", "Studienjahr", "Année universitaire", "Curso académico",
                      "Rok akademicki", "Навчальний рік"),
    "academic_years": ("Academic years", "Studienjahre", "Années universitaires",
                       "Cursos académicos", "Lata akademickie", "Навчальні роки"),
    "started_on": ("Started on", "Begonnen am", "Commencé le", "Iniciado el", "Rozpoczęty",
                   "Розпочато"),
    "languages": ("Languages", "Sprachen", "Langues", "Idiomas", "Języki", "Мови"),
    "pupils_aged": ("Pupils aged", "Alter der Schüler", "Âge des élèves", "Edad del alumnado",
                    "Wiek uczniów", "Вік учнів"),
    "subjects": ("Subjects", "Fächer", "Disciplines", "Asignaturas", "Przedmioty", "Предмети"),
    "responses": ("Responses", "Antworten", "Réponses", "Respuestas", "Odpowiedzi",
                  "Відповіді"),
    "responses_count": ("{pre} before and {post} after, of {students} student teachers",
                        "{pre} vorher und {post} nachher, von {students} Lehramtsstudierenden",
                        "{pre} avant et {post} après, sur {students} futurs enseignants",
                        "{pre} antes y {post} después, de {students} futuros docentes",
                        "{pre} przed i {post} po, spośród {students} przyszłych nauczycieli",
                        "{pre} до і {post} після, із {students} майбутніх учителів"),
    "scope": ("Scope", "Umfang", "Périmètre", "Alcance", "Zakres", "Обсяг"),
    "evidence_from": ("Evidence from", "Nachweise aus", "Pièces de la période",
                      "Evidencias del periodo", "Dowody z okresu", "Докази за період"),
    "from_to": ("{start} to {end}", "{start} bis {end}", "du {start} au {end}",
                "del {start} al {end}", "od {start} do {end}", "з {start} по {end}"),
    # common table headers
    "figure": ("Figure", "Kennzahl", "Indicateur", "Indicador", "Wskaźnik", "Показник"),
    "student_teacher": ("Student teacher", "Lehramtsstudierende(r)", "Futur enseignant",
                        "Futuro docente", "Przyszły nauczyciel", "Майбутній учитель"),
    "student_teachers": ("Student teachers", "Lehramtsstudierende", "Futurs enseignants",
                         "Futuros docentes", "Przyszli nauczyciele", "Майбутні вчителі"),
    "missed": ("Missed", "Gefehlt", "Absent", "Ausente", "Nieobecny", "Пропущено"),
    "not_recorded": ("Not yet recorded", "Noch nicht erfasst", "Pas encore saisi",
                     "Aún sin registrar", "Jeszcze nieodnotowane", "Ще не зафіксовано"),
    "rate": ("Rate", "Quote", "Taux", "Tasa", "Wskaźnik", "Частка"),
    "total": ("Total", "Gesamt", "Total", "Total", "Razem", "Усього"),
    "why": ("Why", "Grund", "Motif", "Motivo", "Powód", "Причина"),
    "number_short": ("No.", "Nr.", "N°", "N.º", "Nr", "№"),
    "area": ("Area", "Bereich", "Domaine", "Área", "Obszar", "Сфера"),
    "project": ("Project", "Projekt", "Projet", "Proyecto", "Projekt", "Проєкт"),
    "team": ("Team", "Team", "Équipe", "Equipo", "Zespół", "Команда"),
    "quality_label": ("Quality Label", "Qualitätssiegel", "Label de qualité", "Sello de Calidad",
                      "Odznaka Jakości", "Знак якості"),
    "pieces_of_evidence": ("Pieces of evidence", "Nachweise", "Pièces justificatives",
                           "Evidencias", "Dowody", "Докази"),
    "review_status": ("Review status", "Prüfstatus", "État de l'examen", "Estado de la revisión",
                      "Status oceny", "Стан перевірки"),
    "applied_on": ("Applied on", "Beantragt am", "Demandé le", "Solicitado el",
                   "Data złożenia", "Подано"),
    "result": ("Result", "Ergebnis", "Résultat", "Resultado", "Wynik", "Результат"),
    "condition": ("Condition", "Bedingung", "Condition", "Requisito", "Warunek", "Умова"),
    "itepad_knows": ("What itepad knows", "Was itepad weiß", "Ce que sait itepad",
                     "Lo que sabe itepad", "Co wie itepad", "Що відомо itepad"),
    "criterion": ("Criterion", "Kriterium", "Critère", "Criterio", "Kryterium", "Критерій"),
    "score": ("Score", "Punktzahl", "Note", "Puntuación", "Ocena", "Оцінка"),
    "benefit": ("Benefit", "Nutzen", "Bénéfice", "Beneficio", "Korzyść", "Користь"),
    "before": ("Before", "Vorher", "Avant", "Antes", "Przed", "До"),
    "after": ("After", "Nachher", "Après", "Después", "Po", "Після"),
    "study_2013": ("2013 study", "Studie 2013", "Étude 2013", "Estudio 2013", "Badanie 2013",
                   "Дослідження 2013"),
    "study_2013_long": ("2013 impact study", "Wirkungsstudie 2013", "Étude d'impact 2013",
                        "Estudio de impacto 2013", "Badanie wpływu 2013",
                        "Дослідження впливу 2013"),
    "change": ("Change", "Veränderung", "Évolution", "Cambio", "Zmiana", "Зміна"),
    "points": ("{points:+d} points", "{points:+d} Punkte", "{points:+d} points",
               "{points:+d} puntos", "{points:+d} pkt", "{points:+d} п."),
    # cohort participation
    "cohort_totals": ("Cohort totals", "Jahrgang insgesamt", "Totaux de la promotion",
                      "Totales de la promoción", "Podsumowanie rocznika", "Підсумки потоку"),
    "attendance_rate_label": ("Attendance rate", "Anwesenheitsquote", "Taux d'assiduité",
                              "Tasa de asistencia", "Frekwencja", "Рівень відвідуваності"),
    "registered_etwinning": ("Registered on eTwinning", "Bei eTwinning registriert",
                             "Inscrits sur eTwinning", "Registrados en eTwinning",
                             "Zarejestrowani w eTwinning", "Зареєстровані в eTwinning"),
    "validated_nso": ("Validated by the NSO", "Von der NSS bestätigt", "Validés par le BAN",
                      "Validados por el SNA", "Zatwierdzeni przez KBW",
                      "Підтверджені НСО"),
    "in_project_team": ("In an eTwinning project team", "In einem eTwinning-Projektteam",
                        "Dans une équipe de projet eTwinning",
                        "En un equipo de proyecto eTwinning",
                        "W zespole projektu eTwinning", "У команді проєкту eTwinning"),
    "evidence_status": ("Evidence: {status}", "Nachweise: {status}", "Pièces : {status}",
                        "Evidencias: {status}", "Dowody: {status}", "Докази: {status}"),
    "meetings_held": ("Mentoring meetings held", "Durchgeführte Mentoring-Gespräche",
                      "Entretiens de tutorat tenus", "Reuniones de mentoría celebradas",
                      "Odbyte spotkania mentoringowe", "Проведені зустрічі з ментором"),
    "at_risk_count": ("Student teachers at risk (attendance)",
                      "Gefährdete Lehramtsstudierende (Anwesenheit)",
                      "Futurs enseignants en difficulté (assiduité)",
                      "Futuros docentes en riesgo (asistencia)",
                      "Przyszli nauczyciele zagrożeni (obecność)",
                      "Майбутні вчителі в зоні ризику (відвідуваність)"),
    "attendance_by_module": ("Attendance by module", "Anwesenheit nach Modul",
                             "Assiduité par module", "Asistencia por módulo",
                             "Obecność według modułów", "Відвідуваність за модулями"),
    "no_enrolled": ("No student teacher of the cohort is enrolled in a module.",
                    "Kein Lehramtsstudierender des Jahrgangs ist in einem Modul eingeschrieben.",
                    "Aucun futur enseignant de la promotion n'est inscrit à un module.",
                    "Ningún futuro docente de la promoción está matriculado en un módulo.",
                    "Żaden przyszły nauczyciel z rocznika nie jest zapisany na moduł.",
                    "Жоден майбутній учитель потоку не записаний на модуль."),
    "attendance_rule": ("Attendance rate: held sessions attended (present or late) out of held "
                        "sessions with a mark; sessions still to come or not yet recorded are "
                        "not counted as missed.",
                        "Anwesenheitsquote: besuchte Termine (anwesend oder verspätet) von den "
                        "abgehaltenen Terminen mit Eintrag; künftige oder noch nicht erfasste "
                        "Termine gelten nicht als versäumt.",
                        "Taux d'assiduité : séances tenues suivies (présent ou en retard) sur "
                        "les séances tenues avec une saisie ; les séances à venir ou pas encore "
                        "saisies ne comptent pas comme des absences.",
                        "Tasa de asistencia: sesiones celebradas a las que se asistió (presente "
                        "o con retraso) sobre las sesiones celebradas con registro; las sesiones "
                        "futuras o sin registrar no cuentan como ausencias.",
                        "Frekwencja: odbyte zajęcia, na których student był (obecny lub "
                        "spóźniony), wśród odbytych zajęć z wpisem; zajęcia przyszłe lub "
                        "jeszcze nieodnotowane nie liczą się jako nieobecność.",
                        "Рівень відвідуваності: відвідані проведені заняття (присутність або "
                        "запізнення) серед проведених занять із позначкою; майбутні або ще не "
                        "зафіксовані заняття не вважаються пропущеними."),
    "no_students": ("The cohort has no student teachers.",
                    "Der Jahrgang hat keine Lehramtsstudierenden.",
                    "La promotion ne compte aucun futur enseignant.",
                    "La promoción no tiene futuros docentes.",
                    "Rocznik nie ma przyszłych nauczycieli.",
                    "У потоці немає майбутніх учителів."),
    "students_note": ("{count} student teachers, by family name. Attendance over all their "
                      "modules (attended/recorded); projects they are a team member of; "
                      "mentoring meetings held so far.",
                      "{count} Lehramtsstudierende, nach Familienname. Anwesenheit über alle "
                      "ihre Module (besucht/erfasst); Projekte, in deren Team sie sind; bisher "
                      "durchgeführte Mentoring-Gespräche.",
                      "{count} futurs enseignants, par nom de famille. Assiduité sur tous leurs "
                      "modules (suivies/saisies) ; projets dont ils sont membres de l'équipe ; "
                      "entretiens de tutorat tenus à ce jour.",
                      "{count} futuros docentes, por apellido. Asistencia en todos sus módulos "
                      "(asistidas/registradas); proyectos en cuyo equipo participan; reuniones "
                      "de mentoría celebradas hasta ahora.",
                      "Przyszli nauczyciele ({count}) według nazwiska. Obecność na wszystkich "
                      "ich modułach (obecności/wpisy); projekty, w których zespole są; dotąd "
                      "odbyte spotkania mentoringowe.",
                      "Майбутні вчителі ({count}) за прізвищем. Відвідуваність усіх їхніх "
                      "модулів (відвідано/зафіксовано); проєкти, у командах яких вони є; "
                      "проведені досі зустрічі з ментором."),
    "evidence_review": ("Evidence and its review", "Nachweise und ihre Prüfung",
                        "Pièces justificatives et leur examen", "Evidencias y su revisión",
                        "Dowody i ich ocena", "Докази та їх перевірка"),
    "project_teams": ("eTwinning project teams", "eTwinning-Projektteams",
                      "Équipes de projets eTwinning", "Equipos de proyectos eTwinning",
                      "Zespoły projektów eTwinning", "Команди проєктів eTwinning"),
    "no_project_team": ("No student teacher of the cohort is in a project team yet.",
                        "Noch kein Lehramtsstudierender des Jahrgangs ist in einem Projektteam.",
                        "Aucun futur enseignant de la promotion n'est encore dans une équipe "
                        "de projet.",
                        "Ningún futuro docente de la promoción está aún en un equipo de "
                        "proyecto.",
                        "Żaden przyszły nauczyciel z rocznika nie jest jeszcze w zespole "
                        "projektu.",
                        "Жоден майбутній учитель потоку ще не входить до команди проєкту."),
    "at_risk": ("At risk", "Gefährdet", "En difficulté", "En riesgo", "Zagrożeni",
                "У зоні ризику"),
    "no_alerts": ("No student teacher's attendance raises an alert.",
                  "Die Anwesenheit keines Lehramtsstudierenden gibt Anlass zur Sorge.",
                  "L'assiduité d'aucun futur enseignant ne donne lieu à une alerte.",
                  "La asistencia de ningún futuro docente genera una alerta.",
                  "Obecność żadnego przyszłego nauczyciela nie budzi zastrzeżeń.",
                  "Відвідуваність жодного майбутнього вчителя не викликає занепокоєння."),
    # module report
    "sessions_planned": ("Sessions planned", "Geplante Termine", "Séances prévues",
                         "Sesiones previstas", "Zaplanowane zajęcia", "Заплановані заняття"),
    "sessions_held": ("Sessions held", "Abgehaltene Termine", "Séances tenues",
                      "Sesiones celebradas", "Odbyte zajęcia", "Проведені заняття"),
    "enrolments_status": ("Enrolments: {status}", "Einschreibungen: {status}",
                          "Inscriptions : {status}", "Matrículas: {status}",
                          "Zapisy: {status}", "Записи: {status}"),
    "completion": ("Completion (completed of current enrolments)",
                   "Abschluss (abgeschlossen von aktuellen Einschreibungen)",
                   "Achèvement (terminées sur les inscriptions en cours)",
                   "Finalización (completadas de las matrículas vigentes)",
                   "Ukończenie (ukończone spośród bieżących zapisów)",
                   "Завершення (завершено з поточних записів)"),
    "partner_institutions": ("Partner institutions", "Partnereinrichtungen",
                             "Établissements partenaires", "Instituciones asociadas",
                             "Instytucje partnerskie", "Заклади-партнери"),
    "sessions_attendance": ("Sessions held and attendance", "Abgehaltene Termine und Anwesenheit",
                            "Séances tenues et assiduité", "Sesiones celebradas y asistencia",
                            "Odbyte zajęcia i obecność", "Проведені заняття та відвідуваність"),
    "no_session_held": ("No session has been held yet.", "Es wurde noch kein Termin abgehalten.",
                        "Aucune séance n'a encore eu lieu.",
                        "Aún no se ha celebrado ninguna sesión.",
                        "Nie odbyły się jeszcze żadne zajęcia.",
                        "Ще не проведено жодного заняття."),
    "outcomes_competences": ("Learning outcomes and competences", "Lernergebnisse und Kompetenzen",
                             "Acquis d'apprentissage et compétences",
                             "Resultados de aprendizaje y competencias",
                             "Efekty uczenia się i kompetencje",
                             "Результати навчання та компетентності"),
    "no_outcomes": ("No learning outcomes are recorded.", "Keine Lernergebnisse erfasst.",
                    "Aucun acquis d'apprentissage n'est enregistré.",
                    "No hay resultados de aprendizaje registrados.",
                    "Nie zapisano efektów uczenia się.",
                    "Результати навчання не зазначено."),
    "no_digcompedu": ("No DigCompEdu competences are recorded.",
                      "Keine DigCompEdu-Kompetenzen erfasst.",
                      "Aucune compétence DigCompEdu n'est enregistrée.",
                      "No hay competencias DigCompEdu registradas.",
                      "Nie zapisano kompetencji DigCompEdu.",
                      "Компетентності DigCompEdu не зазначено."),
    "projects_partners": ("eTwinning projects and partners", "eTwinning-Projekte und Partner",
                          "Projets eTwinning et partenaires", "Proyectos eTwinning y socios",
                          "Projekty eTwinning i partnerzy", "Проєкти eTwinning і партнери"),
    "no_linked_project": ("No eTwinning project is linked to this module.",
                          "Mit diesem Modul ist kein eTwinning-Projekt verknüpft.",
                          "Aucun projet eTwinning n'est lié à ce module.",
                          "Ningún proyecto eTwinning está vinculado a este módulo.",
                          "Z tym modułem nie jest powiązany żaden projekt eTwinning.",
                          "З цим модулем не пов'язано жодного проєкту eTwinning."),
    "no_partner": ("No partner institution is recorded.", "Keine Partnereinrichtung erfasst.",
                   "Aucun établissement partenaire n'est enregistré.",
                   "No hay ninguna institución asociada registrada.",
                   "Nie zapisano instytucji partnerskiej.",
                   "Заклад-партнер не зазначено."),
    "produced": ("What student teachers produced", "Was die Lehramtsstudierenden erarbeitet haben",
                 "Ce que les futurs enseignants ont produit",
                 "Lo que produjeron los futuros docentes",
                 "Co wytworzyli przyszli nauczyciele", "Що створили майбутні вчителі"),
    "no_module_evidence": ("No evidence is linked to this module yet.",
                           "Mit diesem Modul sind noch keine Nachweise verknüpft.",
                           "Aucune pièce justificative n'est encore liée à ce module.",
                           "Aún no hay evidencias vinculadas a este módulo.",
                           "Z tym modułem nie powiązano jeszcze dowodów.",
                           "З цим модулем ще не пов'язано доказів."),
    # impact survey
    "survey_lead": ("Each statement is answered from 1 (strongly disagree) to 5 (strongly "
                    "agree); the shares are of those answering 4 or 5 among those who answered "
                    "it.",
                    "Jede Aussage wird von 1 (stimme gar nicht zu) bis 5 (stimme voll zu) "
                    "beantwortet; die Anteile sind die der Antworten 4 oder 5 unter allen, die "
                    "sie beantwortet haben.",
                    "Chaque affirmation est notée de 1 (pas du tout d'accord) à 5 (tout à fait "
                    "d'accord) ; les parts sont celles des réponses 4 ou 5 parmi les personnes "
                    "ayant répondu.",
                    "Cada afirmación se responde de 1 (totalmente en desacuerdo) a 5 "
                    "(totalmente de acuerdo); los porcentajes son los de quienes responden 4 o "
                    "5 entre quienes la respondieron.",
                    "Każde stwierdzenie oceniane jest od 1 (zdecydowanie się nie zgadzam) do 5 "
                    "(zdecydowanie się zgadzam); udziały to odsetek odpowiedzi 4 lub 5 wśród "
                    "osób, które na nie odpowiedziały.",
                    "Кожне твердження оцінюється від 1 (цілком не згоден) до 5 (цілком "
                    "згоден); частки — це відповіді 4 або 5 серед тих, хто відповів."),
    "survey_study": ("The 2013 figures are the shares of about 6,000 teachers who named each "
                     "benefit as a main benefit of eTwinning (Impact study of eTwinning, final "
                     "report, January 2013).",
                     "Die Zahlen von 2013 sind die Anteile von rund 6.000 Lehrkräften, die den "
                     "jeweiligen Nutzen als einen Hauptnutzen von eTwinning nannten "
                     "(Wirkungsstudie zu eTwinning, Abschlussbericht, Januar 2013).",
                     "Les chiffres de 2013 sont les parts des quelque 6 000 enseignants ayant "
                     "cité chaque bénéfice comme un bénéfice principal d'eTwinning (étude "
                     "d'impact d'eTwinning, rapport final, janvier 2013).",
                     "Las cifras de 2013 son los porcentajes de unos 6.000 docentes que citaron "
                     "cada beneficio como uno de los principales de eTwinning (estudio de "
                     "impacto de eTwinning, informe final, enero de 2013).",
                     "Dane z 2013 r. to odsetek ok. 6000 nauczycieli, którzy wskazali daną "
                     "korzyść jako główną korzyść z eTwinning (badanie wpływu eTwinning, raport "
                     "końcowy, styczeń 2013).",
                     "Дані 2013 року — частки приблизно 6000 учителів, які назвали кожну "
                     "користь однією з головних переваг eTwinning (дослідження впливу "
                     "eTwinning, підсумковий звіт, січень 2013)."),
    "survey_results": ("Results next to the 2013 impact study",
                       "Ergebnisse neben der Wirkungsstudie 2013",
                       "Résultats comparés à l'étude d'impact 2013",
                       "Resultados junto al estudio de impacto de 2013",
                       "Wyniki na tle badania wpływu z 2013 r.",
                       "Результати поряд із дослідженням впливу 2013 року"),
    "no_answers": ("Nobody in the cohort has answered the survey yet.",
                   "Noch niemand aus dem Jahrgang hat die Befragung beantwortet.",
                   "Personne dans la promotion n'a encore répondu à l'enquête.",
                   "Nadie de la promoción ha respondido aún a la encuesta.",
                   "Nikt z rocznika nie odpowiedział jeszcze na ankietę.",
                   "Ніхто з потоку ще не відповів на опитування."),
    "comments": ("Comments", "Kommentare", "Commentaires", "Comentarios", "Komentarze",
                 "Коментарі"),
    "no_comments": ("No comments were written.", "Es wurden keine Kommentare geschrieben.",
                    "Aucun commentaire n'a été écrit.", "No se escribió ningún comentario.",
                    "Nie napisano komentarzy.", "Коментарів не написано."),
    "phase.pre": ("Before the module", "Vor dem Modul", "Avant le module", "Antes del módulo",
                  "Przed modułem", "До модуля"),
    "phase.post": ("After the module", "Nach dem Modul", "Après le module",
                   "Después del módulo", "Po module", "Після модуля"),
    # quality label
    "ql_lead": ("A draft for preparing the application: the applicant checks the eligibility "
                "conditions, completes the notes on each criterion and submits the application "
                "on the European School Education Platform. The National Support Organisation "
                "decides.",
                "Ein Entwurf zur Vorbereitung des Antrags: Die antragstellende Person prüft die "
                "Voraussetzungen, ergänzt die Notizen zu jedem Kriterium und reicht den Antrag "
                "auf der Europäischen Plattform für Schulbildung ein. Die Nationale "
                "Koordinierungsstelle entscheidet.",
                "Un brouillon pour préparer la candidature : le candidat vérifie les conditions "
                "d'éligibilité, complète les notes de chaque critère et dépose la candidature "
                "sur la Plateforme européenne pour l'enseignement scolaire. Le Bureau d'assistance "
                "national décide.",
                "Un borrador para preparar la solicitud: el solicitante comprueba los requisitos, "
                "completa las notas de cada criterio y presenta la solicitud en la Plataforma "
                "Europea de Educación Escolar. El Servicio Nacional de Apoyo decide.",
                "Wersja robocza do przygotowania wniosku: wnioskodawca sprawdza warunki, "
                "uzupełnia notatki do każdego kryterium i składa wniosek na Europejskiej "
                "Platformie Edukacji Szkolnej. Decyzję podejmuje Krajowe Biuro eTwinning.",
                "Чернетка для підготовки заявки: заявник перевіряє умови участі, доповнює "
                "нотатки до кожного критерію та подає заявку на Європейській платформі "
                "шкільної освіти. Рішення ухвалює Національна служба підтримки."),
    "the_project": ("The project", "Das Projekt", "Le projet", "El proyecto", "Projekt",
                    "Проєкт"),
    "no_ql_application": ("No Quality Label application is recorded yet.",
                          "Noch kein Antrag auf das Qualitätssiegel erfasst.",
                          "Aucune candidature au label de qualité n'est encore enregistrée.",
                          "Aún no hay ninguna solicitud del Sello de Calidad registrada.",
                          "Nie zapisano jeszcze wniosku o Odznakę Jakości.",
                          "Заявку на Знак якості ще не зареєстровано."),
    "eligibility": ("Eligibility", "Voraussetzungen", "Éligibilité", "Requisitos",
                    "Warunki udziału", "Умови участі"),
    "tick_conditions": ("Tick each condition the project meets.",
                        "Kreuzen Sie jede Bedingung an, die das Projekt erfüllt.",
                        "Cochez chaque condition que le projet remplit.",
                        "Marque cada requisito que cumple el proyecto.",
                        "Zaznacz każdy warunek spełniony przez projekt.",
                        "Позначте кожну умову, якій відповідає проєкт."),
    "five_criteria": ("The five criteria", "Die fünf Kriterien", "Les cinq critères",
                      "Los cinco criterios", "Pięć kryteriów", "П'ять критеріїв"),
    "criteria_intro": ("The team's self-check of each current Quality Label criterion, from 0 "
                       "(not met) to {max} (fully met), and its notes.",
                       "Die Selbsteinschätzung des Teams zu jedem aktuellen Kriterium des "
                       "Qualitätssiegels, von 0 (nicht erfüllt) bis {max} (voll erfüllt), und "
                       "ihre Notizen.",
                       "L'auto-évaluation de l'équipe pour chaque critère actuel du label de "
                       "qualité, de 0 (non rempli) à {max} (pleinement rempli), et ses notes.",
                       "La autoevaluación del equipo de cada criterio vigente del Sello de "
                       "Calidad, de 0 (no cumplido) a {max} (plenamente cumplido), y sus notas.",
                       "Samoocena zespołu dla każdego obecnego kryterium Odznaki Jakości, od 0 "
                       "(niespełnione) do {max} (w pełni spełnione), wraz z notatkami.",
                       "Самооцінка команди за кожним чинним критерієм Знака якості, від 0 (не "
                       "виконано) до {max} (повністю виконано), і її нотатки."),
    "self_check_none": ("Self-check: not judged yet", "Selbsteinschätzung: noch offen",
                        "Auto-évaluation : pas encore faite", "Autoevaluación: aún sin hacer",
                        "Samoocena: jeszcze nie dokonana", "Самооцінка: ще не зроблена"),
    "self_check": ("Self-check: {rating} of {max}", "Selbsteinschätzung: {rating} von {max}",
                   "Auto-évaluation : {rating} sur {max}", "Autoevaluación: {rating} de {max}",
                   "Samoocena: {rating} z {max}", "Самооцінка: {rating} з {max}"),
    "no_notes": ("No notes yet.", "Noch keine Notizen.", "Pas encore de notes.",
                 "Aún no hay notas.", "Brak notatek.", "Нотаток ще немає."),
    "the_team": ("The team", "Das Team", "L'équipe", "El equipo", "Zespół", "Команда"),
    "no_team": ("No student teacher is in the project team.",
                "Kein Lehramtsstudierender ist im Projektteam.",
                "Aucun futur enseignant ne fait partie de l'équipe du projet.",
                "Ningún futuro docente está en el equipo del proyecto.",
                "W zespole projektu nie ma przyszłych nauczycieli.",
                "У команді проєкту немає майбутніх учителів."),
    "team_evidence": ("Evidence from the team", "Nachweise des Teams", "Pièces de l'équipe",
                      "Evidencias del equipo", "Dowody zespołu", "Докази команди"),
    "no_team_evidence": ("The team members have recorded no evidence yet.",
                         "Die Teammitglieder haben noch keine Nachweise erfasst.",
                         "Les membres de l'équipe n'ont encore enregistré aucune pièce.",
                         "Los miembros del equipo aún no han registrado evidencias.",
                         "Członkowie zespołu nie zapisali jeszcze dowodów.",
                         "Учасники команди ще не зареєстрували доказів."),
    # award dossier
    "award_lead": ("Each criterion is scored from 1 to 3, or N/A where it does not apply. "
                   "Under each one, itepad lists what it has recorded in the period; add what it "
                   "cannot know (publications, presentations, dissemination) on the lines below "
                   "it.",
                   "Jedes Kriterium wird mit 1 bis 3 bewertet, oder mit N/A, wo es nicht zutrifft. "
                   "Unter jedem listet itepad auf, was es im Zeitraum erfasst hat; ergänzen Sie "
                   "auf den Zeilen darunter, was itepad nicht wissen kann (Veröffentlichungen, "
                   "Vorträge, Verbreitung).",
                   "Chaque critère est noté de 1 à 3, ou N/A s'il ne s'applique pas. Sous chacun, "
                   "itepad indique ce qu'il a enregistré sur la période ; ajoutez sur les lignes "
                   "en dessous ce qu'il ne peut savoir (publications, présentations, diffusion).",
                   "Cada criterio se puntúa de 1 a 3, o N/A si no se aplica. Bajo cada uno, "
                   "itepad enumera lo que ha registrado en el periodo; añada en las líneas de "
                   "abajo lo que no puede saber (publicaciones, presentaciones, difusión).",
                   "Każde kryterium ocenia się od 1 do 3 lub N/A, jeśli nie ma zastosowania. Pod "
                   "każdym itepad wymienia, co zapisał w danym okresie; w wierszach poniżej "
                   "dopisz, czego nie może wiedzieć (publikacje, wystąpienia, upowszechnianie).",
                   "Кожен критерій оцінюється від 1 до 3 або N/A, якщо він не застосовний. Під "
                   "кожним itepad наводить, що зафіксував за період; у рядках нижче допишіть те, "
                   "чого він знати не може (публікації, виступи, поширення)."),
    "further_evidence": ("Further evidence", "Weitere Nachweise", "Autres pièces",
                         "Otras evidencias", "Dodatkowe dowody", "Додаткові докази"),
    "score_sheet": ("Score sheet", "Bewertungsbogen", "Grille de notation",
                    "Hoja de puntuación", "Arkusz ocen", "Оцінювальний лист"),
    "scores_note": ("Scores: 1 to 3 for each criterion, or N/A.",
                    "Punkte: 1 bis 3 je Kriterium, oder N/A.",
                    "Notes : 1 à 3 pour chaque critère, ou N/A.",
                    "Puntuación: de 1 a 3 por criterio, o N/A.",
                    "Oceny: od 1 do 3 za każde kryterium lub N/A.",
                    "Оцінки: від 1 до 3 за кожен критерій або N/A."),
    # NSO list
    "title.nso_list": ("eTwinning validation list", "eTwinning-Bestätigungsliste",
                       "Liste de validation eTwinning", "Lista de validación de eTwinning",
                       "Lista do weryfikacji eTwinning", "Список для підтвердження в eTwinning"),
    "family_name": ("Family name", "Familienname", "Nom", "Apellidos", "Nazwisko", "Прізвище"),
    "given_name": ("Given name", "Vorname", "Prénom", "Nombre", "Imię", "Ім'я"),
    "registration_email": ("Registration email", "E-Mail der Registrierung",
                           "Courriel d'inscription", "Correo de registro",
                           "E-mail użyty przy rejestracji", "Електронна пошта реєстрації"),
    "degree_programme": ("Degree programme", "Studiengang", "Formation", "Titulación",
                         "Kierunek studiów", "Освітня програма"),
    "for_nso": ("For", "Für", "Destinataire", "Para", "Dla", "Для"),
    "all_cohorts": ("All cohorts", "Alle Jahrgänge", "Toutes les promotions",
                    "Todas las promociones", "Wszystkie roczniki", "Усі потоки"),
    "nobody_waiting": ("No student teacher is waiting for validation.",
                       "Kein Lehramtsstudierender wartet auf die Bestätigung.",
                       "Aucun futur enseignant n'attend de validation.",
                       "Ningún futuro docente está pendiente de validación.",
                       "Żaden przyszły nauczyciel nie czeka na weryfikację.",
                       "Жоден майбутній учитель не очікує підтвердження."),
    "nso_lead": ("Student teachers of {institution} registered on eTwinning and waiting for the "
                 "National Support Organisation to validate them ({count}): name, the email "
                 "address they registered with, and degree programme.",
                 "Lehramtsstudierende von {institution}, die bei eTwinning registriert sind und "
                 "auf die Bestätigung durch die Nationale Koordinierungsstelle warten ({count}): "
                 "Name, die E-Mail-Adresse der Registrierung und Studiengang.",
                 "Futurs enseignants de {institution} inscrits sur eTwinning et en attente de "
                 "validation par le Bureau d'assistance national ({count}) : nom, adresse "
                 "électronique d'inscription et formation.",
                 "Futuros docentes de {institution} registrados en eTwinning a la espera de que "
                 "el Servicio Nacional de Apoyo los valide ({count}): nombre, correo con el que "
                 "se registraron y titulación.",
                 "Przyszli nauczyciele z {institution} zarejestrowani w eTwinning, czekający na "
                 "weryfikację przez Krajowe Biuro eTwinning ({count}): imię i nazwisko, adres "
                 "e-mail użyty przy rejestracji oraz kierunek studiów.",
                 "Майбутні вчителі {institution}, зареєстровані в eTwinning, які очікують "
                 "підтвердження Національною службою підтримки ({count}): ім'я, адреса "
                 "електронної пошти, з якою вони зареєструвалися, та освітня програма."),
    "the_institution": ("the institution", "der Einrichtung", "l'établissement",
                        "la institución", "uczelni", "закладу освіти"),
    # sign-in sheet
    "sign_in_sheet": ("Sign-in sheet", "Anwesenheitsliste", "Feuille d'émargement",
                      "Hoja de firmas", "Lista obecności", "Лист реєстрації"),
    "session_titled": ("Session {number}: {title}", "Termin {number}: {title}",
                       "Séance {number} : {title}", "Sesión {number}: {title}",
                       "Zajęcia {number}: {title}", "Заняття {number}: {title}"),
    "sign_in_document": ("Sign-in sheet: {module}, session {number} ({date})",
                         "Anwesenheitsliste: {module}, Termin {number} ({date})",
                         "Feuille d'émargement : {module}, séance {number} ({date})",
                         "Hoja de firmas: {module}, sesión {number} ({date})",
                         "Lista obecności: {module}, zajęcia {number} ({date})",
                         "Лист реєстрації: {module}, заняття {number} ({date})"),
    "time": ("Time", "Uhrzeit", "Heure", "Hora", "Godzina", "Час"),
    "place": ("Place", "Ort", "Lieu", "Lugar", "Miejsce", "Місце"),
    "facilitator": ("Facilitator", "Leitung", "Animateur", "Formador", "Prowadzący",
                    "Ведучий"),
    "session_of": ("{number} of {count}", "{number} von {count}", "{number} sur {count}",
                   "{number} de {count}", "{number} z {count}", "{number} з {count}"),
    "name": ("Name", "Name", "Nom", "Nombre", "Imię i nazwisko", "Ім'я та прізвище"),
    "signature": ("Signature", "Unterschrift", "Signature", "Firma", "Podpis", "Підпис"),
    "present_of": ("Present: ________ of {count}", "Anwesend: ________ von {count}",
                   "Présents : ________ sur {count}", "Presentes: ________ de {count}",
                   "Obecni: ________ z {count}", "Присутні: ________ з {count}"),
    "facilitator_signature": ("Facilitator's signature: ______________________",
                              "Unterschrift der Leitung: ______________________",
                              "Signature de l'animateur : ______________________",
                              "Firma del formador: ______________________",
                              "Podpis prowadzącego: ______________________",
                              "Підпис ведучого: ______________________"),
    "long_date": ("{weekday} {day} {month} {year}", "{weekday}, {day}. {month} {year}",
                  "{weekday} {day} {month} {year}", "{weekday}, {day} de {month} de {year}",
                  "{weekday}, {day} {month} {year}", "{weekday}, {day} {month} {year} р."),
    "weekday.0": ("Monday", "Montag", "lundi", "lunes", "poniedziałek", "понеділок"),
    "weekday.1": ("Tuesday", "Dienstag", "mardi", "martes", "wtorek", "вівторок"),
    "weekday.2": ("Wednesday", "Mittwoch", "mercredi", "miércoles", "środa", "середа"),
    "weekday.3": ("Thursday", "Donnerstag", "jeudi", "jueves", "czwartek", "четвер"),
    "weekday.4": ("Friday", "Freitag", "vendredi", "viernes", "piątek", "п'ятниця"),
    "weekday.5": ("Saturday", "Samstag", "samedi", "sábado", "sobota", "субота"),
    "weekday.6": ("Sunday", "Sonntag", "dimanche", "domingo", "niedziela", "неділя"),
    # months in the form a date needs (the genitive in Polish and Ukrainian)
    "month.1": ("January", "Januar", "janvier", "enero", "stycznia", "січня"),
    "month.2": ("February", "Februar", "février", "febrero", "lutego", "лютого"),
    "month.3": ("March", "März", "mars", "marzo", "marca", "березня"),
    "month.4": ("April", "April", "avril", "abril", "kwietnia", "квітня"),
    "month.5": ("May", "Mai", "mai", "mayo", "maja", "травня"),
    "month.6": ("June", "Juni", "juin", "junio", "czerwca", "червня"),
    "month.7": ("July", "Juli", "juillet", "julio", "lipca", "липня"),
    "month.8": ("August", "August", "août", "agosto", "sierpnia", "серпня"),
    "month.9": ("September", "September", "septembre", "septiembre", "września", "вересня"),
    "month.10": ("October", "Oktober", "octobre", "octubre", "października", "жовтня"),
    "month.11": ("November", "November", "novembre", "noviembre", "listopada", "листопада"),
    "month.12": ("December", "Dezember", "décembre", "diciembre", "grudnia", "грудня"),
    # module handbook
    "title.handbook": ("Module handbook", "Modulhandbuch", "Livret du module",
                       "Guía del módulo", "Przewodnik po module", "Довідник модуля"),
    "code": ("Code", "Kürzel", "Code", "Código", "Kod", "Код"),
    "place_or_link": ("Place or link", "Ort oder Link", "Lieu ou lien", "Lugar o enlace",
                      "Miejsce lub link", "Місце або посилання"),
    "overview": ("Overview", "Überblick", "Présentation", "Presentación", "Informacje ogólne",
                 "Огляд"),
    "session_on": ("{count} session on {day}.", "{count} Termin am {day}.",
                   "{count} séance le {day}.", "{count} sesión el {day}.",
                   "Liczba zajęć: {count}, w dniu {day}.", "Кількість занять: {count}, {day}."),
    "sessions_on": ("{count} sessions on {day}.", "{count} Termine am {day}.",
                    "{count} séances le {day}.", "{count} sesiones el {day}.",
                    "Liczba zajęć: {count}, w dniu {day}.", "Кількість занять: {count}, {day}."),
    "sessions_from": ("{count} sessions from {first} to {last}.",
                      "{count} Termine vom {first} bis {last}.",
                      "{count} séances du {first} au {last}.",
                      "{count} sesiones del {first} al {last}.",
                      "Liczba zajęć: {count}, od {first} do {last}.",
                      "Кількість занять: {count}, з {first} по {last}."),
    "all_local_times": ("All times are local times in {zone}.",
                        "Alle Zeiten sind Ortszeiten in {zone}.",
                        "Toutes les heures sont des heures locales ({zone}).",
                        "Todas las horas son horas locales de {zone}.",
                        "Wszystkie godziny podano według czasu lokalnego ({zone}).",
                        "Увесь час указано за місцевим часом ({zone})."),
    "local_times": ("Times are local times in {zone}.", "Zeiten sind Ortszeiten in {zone}.",
                    "Les heures sont des heures locales ({zone}).",
                    "Las horas son horas locales de {zone}.",
                    "Godziny podano według czasu lokalnego ({zone}).",
                    "Час указано за місцевим часом ({zone})."),
    "learning_outcomes": ("Learning outcomes", "Lernergebnisse", "Acquis d'apprentissage",
                          "Resultados de aprendizaje", "Efekty uczenia się",
                          "Результати навчання"),
    "no_outcomes_yet": ("No learning outcomes are recorded yet.",
                        "Noch keine Lernergebnisse erfasst.",
                        "Aucun acquis d'apprentissage n'est encore enregistré.",
                        "Aún no hay resultados de aprendizaje registrados.",
                        "Nie zapisano jeszcze efektów uczenia się.",
                        "Результати навчання ще не зазначено."),
    "outcomes_lead": ("By the end of the module, student teachers will be able to:",
                      "Am Ende des Moduls können die Lehramtsstudierenden:",
                      "À la fin du module, les futurs enseignants seront capables de :",
                      "Al final del módulo, los futuros docentes serán capaces de:",
                      "Po ukończeniu modułu przyszli nauczyciele potrafią:",
                      "Наприкінці модуля майбутні вчителі вмітимуть:"),
    "digcompedu_competences": ("DigCompEdu competences", "DigCompEdu-Kompetenzen",
                               "Compétences DigCompEdu", "Competencias DigCompEdu",
                               "Kompetencje DigCompEdu", "Компетентності DigCompEdu"),
    "no_competences_yet": ("No competences are recorded yet.", "Noch keine Kompetenzen erfasst.",
                           "Aucune compétence n'est encore enregistrée.",
                           "Aún no hay competencias registradas.",
                           "Nie zapisano jeszcze kompetencji.",
                           "Компетентності ще не зазначено."),
    "competences_lead": ("The module develops these competences of the European Framework for "
                         "the Digital Competence of Educators (DigCompEdu):",
                         "Das Modul entwickelt diese Kompetenzen des Europäischen Rahmens für "
                         "die digitale Kompetenz von Lehrenden (DigCompEdu):",
                         "Le module développe ces compétences du Cadre européen pour la "
                         "compétence numérique des éducateurs (DigCompEdu) :",
                         "El módulo desarrolla estas competencias del Marco Europeo para la "
                         "Competencia Digital de los Educadores (DigCompEdu):",
                         "Moduł rozwija następujące kompetencje z Europejskich ram kompetencji "
                         "cyfrowych nauczycieli (DigCompEdu):",
                         "Модуль розвиває такі компетентності Європейської рамки цифрової "
                         "компетентності освітян (DigCompEdu):"),
    "schedule": ("Schedule", "Terminplan", "Calendrier", "Calendario", "Harmonogram",
                 "Розклад"),
    "no_sessions_yet": ("No sessions are planned yet.", "Noch keine Termine geplant.",
                        "Aucune séance n'est encore prévue.",
                        "Aún no hay sesiones previstas.",
                        "Nie zaplanowano jeszcze zajęć.", "Заняття ще не заплановано."),
    "session_descriptions": ("Session descriptions", "Beschreibung der Termine",
                             "Description des séances", "Descripción de las sesiones",
                             "Opis zajęć", "Опис занять"),
    "facilitator_is": ("facilitator: {name}", "Leitung: {name}", "animation : {name}",
                       "formador: {name}", "prowadzący: {name}", "ведучий: {name}"),
    "online_at": ("Online: {link}", "Online: {link}", "En ligne : {link}", "En línea: {link}",
                  "Online: {link}", "Онлайн: {link}"),
    "no_partners_yet": ("No partner institutions are recorded yet.",
                        "Noch keine Partnereinrichtungen erfasst.",
                        "Aucun établissement partenaire n'est encore enregistré.",
                        "Aún no hay instituciones asociadas registradas.",
                        "Nie zapisano jeszcze instytucji partnerskich.",
                        "Заклади-партнери ще не зазначено."),
    "no_linked_project_yet": ("No eTwinning project is linked to this module yet.",
                              "Mit diesem Modul ist noch kein eTwinning-Projekt verknüpft.",
                              "Aucun projet eTwinning n'est encore lié à ce module.",
                              "Aún no hay ningún proyecto eTwinning vinculado a este módulo.",
                              "Z tym modułem nie powiązano jeszcze projektu eTwinning.",
                              "З цим модулем ще не пов'язано проєкту eTwinning."),
    "state_is": ("State: {state}", "Stand: {state}", "État : {state}", "Estado: {state}",
                 "Stan: {state}", "Стан: {state}"),
    "languages_are": ("languages: {languages}", "Sprachen: {languages}",
                      "langues : {languages}", "idiomas: {languages}", "języki: {languages}",
                      "мови: {languages}"),
    "pupils_are": ("pupils aged {ages}", "Schüler im Alter von {ages}", "élèves de {ages} ans",
                   "alumnado de {ages} años", "uczniowie w wieku {ages}",
                   "учні віком {ages}"),
    "subjects_are": ("subjects: {subjects}", "Fächer: {subjects}",
                     "disciplines : {subjects}", "asignaturas: {subjects}",
                     "przedmioty: {subjects}", "предмети: {subjects}"),
    "no_ql_yet": ("No Quality Label application yet.", "Noch kein Antrag auf das Qualitätssiegel.",
                  "Pas encore de candidature au label de qualité.",
                  "Aún no hay solicitud del Sello de Calidad.",
                  "Brak wniosku o Odznakę Jakości.", "Заявки на Знак якості ще немає."),
    "enrolled_cohorts": ("Enrolled cohorts", "Eingeschriebene Jahrgänge",
                         "Promotions inscrites", "Promociones matriculadas",
                         "Zapisane roczniki", "Записані потоки"),
    "no_cohort_yet": ("No cohort is enrolled yet.", "Noch kein Jahrgang eingeschrieben.",
                      "Aucune promotion n'est encore inscrite.",
                      "Aún no hay ninguna promoción matriculada.",
                      "Nie zapisano jeszcze żadnego rocznika.",
                      "Жоден потік ще не записаний."),
    "assessment": ("Assessment", "Leistungsbewertung", "Évaluation", "Evaluación", "Ocenianie",
                   "Оцінювання"),
    "assessment_sessions": ("Reflection and assessment sessions:",
                            "Termine zur Reflexion und Bewertung:",
                            "Séances de réflexion et d'évaluation :",
                            "Sesiones de reflexión y evaluación:",
                            "Zajęcia poświęcone refleksji i ocenie:",
                            "Заняття для рефлексії та оцінювання:"),
    "no_assessment_yet": ("No assessment or reflection sessions are planned yet.",
                          "Noch keine Termine zur Bewertung oder Reflexion geplant.",
                          "Aucune séance d'évaluation ou de réflexion n'est encore prévue.",
                          "Aún no hay sesiones de evaluación o reflexión previstas.",
                          "Nie zaplanowano jeszcze zajęć poświęconych ocenie ani refleksji.",
                          "Заняття для оцінювання чи рефлексії ще не заплановано."),
    "portfolio_assessment": (
        "Each student teacher builds a portfolio during the module: evidence of their eTwinning "
        "work (TwinSpace pages, project outputs, files and links), reflections (free, or "
        "following Gibbs' cycle), records of mentoring meetings and lesson observations, and "
        "their attendance. Every piece of evidence names the DigCompEdu competences it supports. "
        "Evidence marked <i>ready for assessment</i> by the day before an assessment session is "
        "reviewed by the teacher educator as <i>does not meet</i>, <i>partially meets</i> or "
        "<i>meets</i> the learning outcomes, and the student teacher receives the portfolio as "
        "a PDF.",
        "Alle Lehramtsstudierenden erstellen während des Moduls ein Portfolio: Nachweise ihrer "
        "eTwinning-Arbeit (TwinSpace-Seiten, Projektergebnisse, Dateien und Links), Reflexionen "
        "(frei oder nach dem Zyklus von Gibbs), Protokolle der Mentoring-Gespräche und "
        "Unterrichtsbeobachtungen sowie ihre Anwesenheit. Jeder Nachweis nennt die "
        "DigCompEdu-Kompetenzen, die er belegt. Nachweise, die bis zum Vortag eines "
        "Bewertungstermins als <i>bereit zur Bewertung</i> markiert sind, bewertet die "
        "Lehrkräftebildnerin oder der Lehrkräftebildner als <i>nicht erfüllt</i>, <i>teilweise "
        "erfüllt</i> oder <i>erfüllt</i>, und die Studierenden erhalten das Portfolio als PDF.",
        "Chaque futur enseignant constitue un portfolio pendant le module : pièces attestant "
        "son travail eTwinning (pages TwinSpace, productions du projet, fichiers et liens), "
        "réflexions (libres ou selon le cycle de Gibbs), comptes rendus des entretiens de "
        "tutorat et des observations de cours, et son assiduité. Chaque pièce indique les "
        "compétences DigCompEdu qu'elle atteste. Les pièces marquées <i>prêtes pour "
        "l'évaluation</i> la veille d'une séance d'évaluation sont jugées par le formateur : "
        "<i>ne répond pas aux attentes</i>, <i>répond partiellement aux attentes</i> ou "
        "<i>répond aux attentes</i> ; le futur enseignant reçoit son portfolio en PDF.",
        "Cada futuro docente elabora un portafolio durante el módulo: evidencias de su trabajo "
        "en eTwinning (páginas del TwinSpace, productos del proyecto, archivos y enlaces), "
        "reflexiones (libres o según el ciclo de Gibbs), registros de las reuniones de mentoría "
        "y de las observaciones de clase, y su asistencia. Cada evidencia indica las "
        "competencias DigCompEdu que respalda. Las evidencias marcadas como <i>listas para "
        "evaluar</i> el día antes de una sesión de evaluación las revisa el formador como "
        "<i>no cumple</i>, <i>cumple parcialmente</i> o <i>cumple</i>, y el futuro docente "
        "recibe el portafolio en PDF.",
        "W trakcie modułu każdy przyszły nauczyciel tworzy portfolio: dowody pracy w eTwinning "
        "(strony TwinSpace, rezultaty projektu, pliki i linki), refleksje (swobodne lub według "
        "cyklu Gibbsa), zapisy spotkań mentoringowych i obserwacji lekcji oraz swoją obecność. "
        "Każdy dowód wskazuje kompetencje DigCompEdu, które potwierdza. Dowody oznaczone jako "
        "<i>gotowe do oceny</i> najpóźniej dzień przed zajęciami oceniającymi nauczyciel "
        "akademicki ocenia jako <i>nie spełnia</i>, <i>częściowo spełnia</i> lub <i>spełnia</i> "
        "efektów uczenia się, a przyszły nauczyciel otrzymuje portfolio w formacie PDF.",
        "Під час модуля кожен майбутній учитель укладає портфоліо: докази своєї роботи в "
        "eTwinning (сторінки TwinSpace, результати проєкту, файли й посилання), рефлексії "
        "(вільні або за циклом Гіббса), записи зустрічей з ментором і спостережень уроків, а "
        "також свою відвідуваність. Кожен доказ називає компетентності DigCompEdu, які він "
        "підтверджує. Докази, позначені як <i>готові до оцінювання</i> до дня перед заняттям з "
        "оцінювання, викладач оцінює як <i>не відповідає</i>, <i>частково відповідає</i> або "
        "<i>відповідає</i> результатам навчання, а майбутній учитель отримує портфоліо у "
        "форматі PDF."),
    "wd.0": ("Mon", "Mo", "lun.", "lun.", "pon.", "пн"),
    "wd.1": ("Tue", "Di", "mar.", "mar.", "wt.", "вт"),
    "wd.2": ("Wed", "Mi", "mer.", "mié.", "śr.", "ср"),
    "wd.3": ("Thu", "Do", "jeu.", "jue.", "czw.", "чт"),
    "wd.4": ("Fri", "Fr", "ven.", "vie.", "pt.", "пт"),
    "wd.5": ("Sat", "Sa", "sam.", "sáb.", "sob.", "сб"),
    "wd.6": ("Sun", "So", "dim.", "dom.", "niedz.", "нд"),
    # the Quality Label's criteria and eligibility conditions
    "criterion.collaboration": ("Collaboration between partner schools",
                                "Zusammenarbeit der Partnerschulen",
                                "Collaboration entre les écoles partenaires",
                                "Colaboración entre los centros socios",
                                "Współpraca między szkołami partnerskimi",
                                "Співпраця між школами-партнерами"),
    "criterion.technology": ("Use of technology", "Einsatz von Technologie",
                             "Utilisation des technologies", "Uso de la tecnología",
                             "Wykorzystanie technologii", "Використання технологій"),
    "criterion.pedagogy": ("Pedagogical approaches", "Pädagogische Ansätze",
                           "Approches pédagogiques", "Enfoques pedagógicos",
                           "Podejścia pedagogiczne", "Педагогічні підходи"),
    "criterion.curriculum": ("Curricular integration", "Einbindung in den Lehrplan",
                             "Intégration au programme", "Integración curricular",
                             "Integracja z podstawą programową", "Інтеграція в навчальну програму"),
    "criterion.results": ("Results and documentation", "Ergebnisse und Dokumentation",
                          "Résultats et documentation", "Resultados y documentación",
                          "Rezultaty i dokumentacja", "Результати та документування"),
    "eligible.goals": ("Common goals and a shared plan",
                       "Gemeinsame Ziele und ein gemeinsamer Plan",
                       "Des objectifs communs et un plan partagé",
                       "Objetivos comunes y un plan compartido",
                       "Wspólne cele i wspólny plan", "Спільні цілі та спільний план"),
    "eligible.finished": ("The project is finished or nearly finished",
                          "Das Projekt ist abgeschlossen oder fast abgeschlossen",
                          "Le projet est terminé ou presque terminé",
                          "El proyecto está terminado o casi terminado",
                          "Projekt jest zakończony lub prawie zakończony",
                          "Проєкт завершено або майже завершено"),
    "eligible.pupils": ("The applicant and the pupils contributed to all activities",
                        "Antragsteller und Schüler haben zu allen Aktivitäten beigetragen",
                        "Le candidat et les élèves ont contribué à toutes les activités",
                        "El solicitante y el alumnado contribuyeron a todas las actividades",
                        "Wnioskodawca i uczniowie uczestniczyli we wszystkich działaniach",
                        "Заявник і учні долучилися до всіх видів діяльності"),
    "eligible.partners": ("Collaborative activities with the partners",
                          "Gemeinsame Aktivitäten mit den Partnern",
                          "Des activités collaboratives avec les partenaires",
                          "Actividades colaborativas con los socios",
                          "Wspólne działania z partnerami", "Спільна діяльність із партнерами"),
    "eligible.rights": ("Data protection and copyright were considered",
                        "Datenschutz und Urheberrecht wurden beachtet",
                        "La protection des données et le droit d'auteur ont été respectés",
                        "Se tuvieron en cuenta la protección de datos y los derechos de autor",
                        "Uwzględniono ochronę danych i prawa autorskie",
                        "Ураховано захист даних і авторське право"),
    "known.aims": ("Aims are recorded.", "Ziele sind erfasst.", "Les objectifs sont saisis.",
                   "Los objetivos están registrados.", "Cele są zapisane.",
                   "Цілі зазначено."),
    "known.no_aims": ("No aims are recorded yet.", "Noch keine Ziele erfasst.",
                      "Aucun objectif n'est encore saisi.",
                      "Aún no hay objetivos registrados.", "Nie zapisano jeszcze celów.",
                      "Цілі ще не зазначено."),
    "known.state": ("The project is {state}.", "Stand des Projekts: {state}.",
                    "État du projet : {state}.", "Estado del proyecto: {state}.",
                    "Stan projektu: {state}.", "Стан проєкту: {state}."),
    "known.not_finished": ("It should be finished or nearly so when applying.",
                           "Bei der Antragstellung sollte es (fast) abgeschlossen sein.",
                           "Il doit être terminé ou presque au moment de la candidature.",
                           "Debe estar terminado o casi al presentar la solicitud.",
                           "W chwili składania wniosku powinien być (prawie) zakończony.",
                           "На час подання заявки його слід завершити або майже завершити."),
    "known.team": ("Student teachers in the team: {count}.",
                   "Lehramtsstudierende im Team: {count}.",
                   "Futurs enseignants dans l'équipe : {count}.",
                   "Futuros docentes en el equipo: {count}.",
                   "Przyszli nauczyciele w zespole: {count}.",
                   "Майбутніх учителів у команді: {count}."),
    "known.partners": ("Partner institutions, the own one included: {count}.",
                       "Partnereinrichtungen, die eigene eingeschlossen: {count}.",
                       "Établissements partenaires, le nôtre compris : {count}.",
                       "Instituciones asociadas, incluida la propia: {count}.",
                       "Instytucje partnerskie, łącznie z własną: {count}.",
                       "Закладів-партнерів, разом із власним: {count}."),
    "known.consent": ("{consenting} of {team} team members agreed to share their work with "
                      "partners.",
                      "{consenting} von {team} Teammitgliedern haben zugestimmt, ihre Arbeit mit "
                      "den Partnern zu teilen.",
                      "{consenting} membres de l'équipe sur {team} ont accepté de partager leur "
                      "travail avec les partenaires.",
                      "{consenting} de {team} miembros del equipo aceptaron compartir su trabajo "
                      "con los socios.",
                      "{consenting} z {team} członków zespołu zgodziło się udostępnić swoją pracę "
                      "partnerom.",
                      "{consenting} з {team} учасників команди погодилися ділитися своєю роботою "
                      "з партнерами."),
    # the benefits of the 2013 eTwinning impact study (services/impact_survey.py BENEFITS)
    "benefit.networking": ("Networking across Europe", "Vernetzung in ganz Europa",
                           "Réseau à l'échelle européenne", "Redes de contacto en toda Europa",
                           "Nawiązywanie kontaktów w całej Europie",
                           "Мережа контактів по всій Європі"),
    "benefit.ict_skills": ("New or improved ICT skills", "Neue oder bessere IKT-Kompetenzen",
                           "Compétences TIC nouvelles ou améliorées",
                           "Competencias TIC nuevas o mejoradas",
                           "Nowe lub lepsze umiejętności TIK",
                           "Нові або покращені навички ІКТ"),
    "benefit.pupils": ("Impact on pupils", "Wirkung auf die Schüler", "Impact sur les élèves",
                       "Impacto en el alumnado", "Wpływ na uczniów", "Вплив на учнів"),
    "benefit.community": ("International teaching community",
                          "Internationale Gemeinschaft von Lehrkräften",
                          "Communauté enseignante internationale",
                          "Comunidad docente internacional",
                          "Międzynarodowa społeczność nauczycieli",
                          "Міжнародна спільнота вчителів"),
    "benefit.languages": ("Foreign language skills", "Fremdsprachenkenntnisse",
                          "Compétences en langues étrangères",
                          "Competencias en lenguas extranjeras",
                          "Znajomość języków obcych", "Знання іноземних мов"),
    # the European Award for Initial Teacher Education: areas and criteria, each with what it is
    "scope_module": ("Module {module}", "Modul {module}", "Module {module}", "Módulo {module}",
                     "Moduł {module}", "Модуль {module}"),
    "scope_whole": ("The whole institution", "Die gesamte Einrichtung",
                    "L'ensemble de l'établissement", "Toda la institución", "Cała uczelnia",
                    "Увесь заклад освіти"),
    "award.curriculum": ("Curriculum integration", "Einbindung in das Curriculum",
                         "Intégration au cursus", "Integración en el plan de estudios",
                         "Włączenie do programu studiów", "Інтеграція в освітню програму"),
    "award.curriculum.about": (
        "How the institution commits to eTwinning, integrates it into the student teachers' "
        "curriculum and supports teachers and student teachers in the eTwinning community.",
        "Wie sich die Einrichtung für eTwinning engagiert, es in das Curriculum der "
        "Lehramtsstudierenden einbindet und Lehrkräfte und Studierende in der "
        "eTwinning-Gemeinschaft unterstützt.",
        "Comment l'établissement s'engage dans eTwinning, l'intègre au cursus des futurs "
        "enseignants et accompagne enseignants et futurs enseignants dans la communauté "
        "eTwinning.",
        "Cómo la institución se compromete con eTwinning, lo integra en el plan de estudios de "
        "los futuros docentes y apoya a docentes y futuros docentes en la comunidad eTwinning.",
        "Jak uczelnia angażuje się w eTwinning, włącza go do programu studiów przyszłych "
        "nauczycieli i wspiera nauczycieli oraz przyszłych nauczycieli w społeczności eTwinning.",
        "Як заклад освіти долучається до eTwinning, інтегрує його в освітню програму майбутніх "
        "учителів і підтримує вчителів та майбутніх учителів у спільноті eTwinning."),
    "award.commitment": ("Commitment of the institution", "Engagement der Einrichtung",
                         "Engagement de l'établissement", "Compromiso de la institución",
                         "Zaangażowanie uczelni", "Залученість закладу освіти"),
    "award.commitment.about": (
        "Actions that share and make known the institution's commitment to eTwinning.",
        "Maßnahmen, die das Engagement der Einrichtung für eTwinning teilen und bekannt machen.",
        "Actions qui partagent et font connaître l'engagement de l'établissement dans eTwinning.",
        "Acciones que comparten y dan a conocer el compromiso de la institución con eTwinning.",
        "Działania, które upowszechniają zaangażowanie uczelni w eTwinning.",
        "Заходи, що поширюють і популяризують залученість закладу освіти до eTwinning."),
    "award.integration": ("Integration in the student teachers' curriculum",
                          "Einbindung in das Curriculum der Lehramtsstudierenden",
                          "Intégration au cursus des futurs enseignants",
                          "Integración en el plan de estudios de los futuros docentes",
                          "Włączenie do programu studiów przyszłych nauczycieli",
                          "Інтеграція в освітню програму майбутніх учителів"),
    "award.integration.about": (
        "Modules and activities that make eTwinning part of the curriculum.",
        "Module und Aktivitäten, die eTwinning zum Teil des Curriculums machen.",
        "Modules et activités qui font d'eTwinning une partie du cursus.",
        "Módulos y actividades que hacen de eTwinning parte del plan de estudios.",
        "Moduły i działania, dzięki którym eTwinning staje się częścią programu studiów.",
        "Модулі та заходи, що роблять eTwinning частиною освітньої програми."),
    "award.community": ("Engagement in the eTwinning community",
                        "Engagement in der eTwinning-Gemeinschaft",
                        "Engagement dans la communauté eTwinning",
                        "Participación en la comunidad eTwinning",
                        "Zaangażowanie w społeczność eTwinning",
                        "Участь у спільноті eTwinning"),
    "award.community.about": (
        "Support for teachers and student teachers through the eTwinning tools (groups, events, "
        "professional development).",
        "Unterstützung von Lehrkräften und Lehramtsstudierenden mit den eTwinning-Werkzeugen "
        "(Gruppen, Veranstaltungen, berufliche Weiterbildung).",
        "Accompagnement des enseignants et futurs enseignants grâce aux outils eTwinning "
        "(groupes, événements, développement professionnel).",
        "Apoyo a docentes y futuros docentes mediante las herramientas de eTwinning (grupos, "
        "eventos, desarrollo profesional).",
        "Wsparcie nauczycieli i przyszłych nauczycieli za pomocą narzędzi eTwinning (grupy, "
        "wydarzenia, rozwój zawodowy).",
        "Підтримка вчителів і майбутніх учителів за допомогою інструментів eTwinning (групи, "
        "заходи, професійний розвиток)."),
    "award.implementation": ("Project implementation", "Projektdurchführung",
                             "Mise en œuvre des projets", "Ejecución de proyectos",
                             "Realizacja projektów", "Реалізація проєктів"),
    "award.implementation.about": (
        "How teacher educators and student teachers take part in the eTwinning project process.",
        "Wie Lehrkräftebildende und Lehramtsstudierende am eTwinning-Projektprozess teilnehmen.",
        "Comment formateurs et futurs enseignants participent au déroulement des projets "
        "eTwinning.",
        "Cómo participan formadores y futuros docentes en el proceso de los proyectos eTwinning.",
        "Jak nauczyciele akademiccy i przyszli nauczyciele uczestniczą w realizacji projektów "
        "eTwinning.",
        "Як викладачі та майбутні вчителі беруть участь у реалізації проєктів eTwinning."),
    "award.planning": ("Planning of eTwinning projects", "Planung von eTwinning-Projekten",
                       "Planification des projets eTwinning",
                       "Planificación de proyectos eTwinning",
                       "Planowanie projektów eTwinning", "Планування проєктів eTwinning"),
    "award.planning.about": (
        "Projects planned in the institution, with the support of the NSO or eTwinning trainers.",
        "In der Einrichtung geplante Projekte, mit Unterstützung der Nationalen "
        "Koordinierungsstelle oder von eTwinning-Moderatoren.",
        "Projets planifiés dans l'établissement, avec le soutien du Bureau d'assistance national "
        "ou de formateurs eTwinning.",
        "Proyectos planificados en la institución, con el apoyo del Servicio Nacional de Apoyo o "
        "de formadores de eTwinning.",
        "Projekty zaplanowane na uczelni przy wsparciu Krajowego Biura lub trenerów eTwinning.",
        "Проєкти, сплановані в закладі освіти за підтримки Національної служби підтримки або "
        "тренерів eTwinning."),
    "award.between_ite": ("Projects between ITE institutions",
                          "Projekte zwischen Einrichtungen der Lehrkräftebildung",
                          "Projets entre établissements de formation des enseignants",
                          "Proyectos entre instituciones de formación del profesorado",
                          "Projekty między uczelniami kształcącymi nauczycieli",
                          "Проєкти між закладами педагогічної освіти"),
    "award.between_ite.about": (
        "Projects run with student teachers of partner ITE institutions.",
        "Projekte mit Lehramtsstudierenden von Partnereinrichtungen der Lehrkräftebildung.",
        "Projets menés avec des futurs enseignants d'établissements partenaires.",
        "Proyectos realizados con futuros docentes de instituciones asociadas.",
        "Projekty realizowane z przyszłymi nauczycielami z uczelni partnerskich.",
        "Проєкти з майбутніми вчителями закладів-партнерів педагогічної освіти."),
    "award.quality": ("Quality of the projects", "Qualität der Projekte", "Qualité des projets",
                      "Calidad de los proyectos", "Jakość projektów", "Якість проєктів"),
    "award.quality.about": (
        "Recognition of the projects' quality: Quality Labels applied for and awarded.",
        "Anerkennung der Projektqualität: beantragte und verliehene Qualitätssiegel.",
        "Reconnaissance de la qualité des projets : labels de qualité demandés et obtenus.",
        "Reconocimiento de la calidad de los proyectos: Sellos de Calidad solicitados y "
        "concedidos.",
        "Uznanie jakości projektów: wnioski o Odznaki Jakości i przyznane odznaki.",
        "Визнання якості проєктів: заявки на Знак якості та отримані знаки."),
    "award.research": ("Research outputs", "Forschungsergebnisse", "Travaux de recherche",
                       "Resultados de investigación", "Wyniki badań", "Результати досліджень"),
    "award.research.about": (
        "Research on eTwinning in initial teacher education, and the outputs that document what "
        "student teachers learn.",
        "Forschung zu eTwinning in der Lehrkräftebildung und Ergebnisse, die dokumentieren, was "
        "Lehramtsstudierende lernen.",
        "Recherche sur eTwinning dans la formation initiale des enseignants et productions qui "
        "documentent ce qu'apprennent les futurs enseignants.",
        "Investigación sobre eTwinning en la formación inicial del profesorado y resultados que "
        "documentan lo que aprenden los futuros docentes.",
        "Badania nad eTwinning w kształceniu nauczycieli oraz rezultaty dokumentujące, czego "
        "uczą się przyszli nauczyciele.",
        "Дослідження eTwinning у початковій педагогічній освіті та результати, що документують, "
        "чого навчаються майбутні вчителі."),
    "award.studies": ("Research on eTwinning", "Forschung zu eTwinning",
                      "Recherche sur eTwinning", "Investigación sobre eTwinning",
                      "Badania nad eTwinning", "Дослідження eTwinning"),
    "award.studies.about": (
        "Studies of eTwinning's impact on student teachers: surveys, theses, articles.",
        "Studien zur Wirkung von eTwinning auf Lehramtsstudierende: Befragungen, "
        "Abschlussarbeiten, Artikel.",
        "Études de l'impact d'eTwinning sur les futurs enseignants : enquêtes, mémoires, "
        "articles.",
        "Estudios del impacto de eTwinning en los futuros docentes: encuestas, trabajos de fin "
        "de estudios, artículos.",
        "Badania wpływu eTwinning na przyszłych nauczycieli: ankiety, prace dyplomowe, artykuły.",
        "Дослідження впливу eTwinning на майбутніх учителів: опитування, кваліфікаційні роботи, "
        "статті."),
    "award.reflective": ("Reflective practice", "Reflexive Praxis", "Pratique réflexive",
                         "Práctica reflexiva", "Praktyka refleksyjna", "Рефлексивна практика"),
    "award.reflective.about": (
        "Student teachers' reflections and observed lessons as a record of learning.",
        "Reflexionen der Lehramtsstudierenden und beobachtete Unterrichtsstunden als "
        "Lernnachweis.",
        "Réflexions des futurs enseignants et cours observés comme trace des apprentissages.",
        "Reflexiones de los futuros docentes y clases observadas como registro del aprendizaje.",
        "Refleksje przyszłych nauczycieli i obserwowane lekcje jako zapis uczenia się.",
        "Рефлексії майбутніх учителів і спостережені уроки як свідчення навчання."),
    "award.documented": ("Documented outcomes", "Dokumentierte Ergebnisse",
                         "Résultats documentés", "Resultados documentados",
                         "Udokumentowane rezultaty", "Задокументовані результати"),
    "award.documented.about": (
        "Evidence of the student teachers' work, reviewed against the learning outcomes.",
        "Nachweise der Arbeit der Lehramtsstudierenden, an den Lernergebnissen gemessen.",
        "Pièces attestant le travail des futurs enseignants, évaluées au regard des acquis "
        "d'apprentissage.",
        "Evidencias del trabajo de los futuros docentes, revisadas según los resultados de "
        "aprendizaje.",
        "Dowody pracy przyszłych nauczycieli, ocenione pod kątem efektów uczenia się.",
        "Докази роботи майбутніх учителів, оцінені відповідно до результатів навчання."),
}
# fmt: on
