"""Fixed content of the demo data set: names in their own scripts, places, modules, texts.

People and institutions are invented; given and family names are common ones of each
language, drawn at random, so any likeness to a real person is chance. NSO names are those of
the real national support organisations where known (PL, RO, CZ, GE, ES, PT, IE), otherwise a
generic "national eTwinning support service" in the country's language. Text in many scripts
is the point here, hence no RUF001.
"""

# ruff: noqa: RUF001

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import time

from itepad.store.models import (
    EducatorRole,
    EtwinningIteStatus,
    EvidenceKind,
    InstitutionKind,
    ModuleKind,
    ReviewStatus,
    SessionKind,
)

# --- names --------------------------------------------------------------------------------


@dataclass(frozen=True)
class NameList:
    """Common names of one language; a family name has a masculine and a feminine form."""

    language: str  # ISO 639-1
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[tuple[str, str], ...]
    surnames: int = 1  # Spanish and Portuguese students carry two family names


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split(", "))


def _family(text: str) -> tuple[tuple[str, str], ...]:
    """ "Kowalski/Kowalska, Nowak" -> (("Kowalski", "Kowalska"), ("Nowak", "Nowak"))."""
    pairs = []
    for entry in text.split(", "):
        masculine, _, feminine = entry.partition("/")
        pairs.append((masculine, feminine or masculine))
    return tuple(pairs)


NAME_LISTS: tuple[NameList, ...] = (
    NameList(
        "en",
        _names("Aoife, Siobhán, Niamh, Caoimhe, Róisín, Saoirse, Emma, Sarah, Clodagh, Gráinne"),
        _names("Seán, Ciarán, Oisín, Pádraig, Cian, Darragh, Eoin, Conor, Liam, Tadhg, Jack"),
        _family(
            "Murphy, Kelly, O'Sullivan, Walsh, Byrne, Ryan, O'Connor, McCarthy, Doyle, "
            "Fitzgerald, Ó Briain/Ní Bhriain, Ó Ceallaigh/Ní Cheallaigh, Mac Cárthaigh/Nic "
            "Cárthaigh, Ó Súilleabháin/Ní Shúilleabháin, Quinlan, Brennan"
        ),
    ),
    NameList(
        "pl",
        _names(
            "Zofia, Małgorzata, Agnieszka, Katarzyna, Joanna, Magdalena, Łucja, Weronika, "
            "Aleksandra, Natalia, Gabriela, Julia"
        ),
        _names(
            "Tomasz, Łukasz, Paweł, Michał, Krzysztof, Jakub, Mateusz, Wojciech, Bartłomiej, "
            "Piotr, Grzegorz, Szymon"
        ),
        _family(
            "Kowalski/Kowalska, Wiśniewski/Wiśniewska, Wójcik, Kowalczyk, Kamiński/Kamińska, "
            "Lewandowski/Lewandowska, Zieliński/Zielińska, Woźniak, Dąbrowski/Dąbrowska, "
            "Kozłowski/Kozłowska, Mazur, Krawczyk, Piątek, Nowak, Pawłowski/Pawłowska, Król, "
            "Jabłoński/Jabłońska, Wróbel, Sikora, Żak"
        ),
    ),
    NameList(
        "el",
        _names(
            "Μαρία, Ελένη, Αικατερίνη, Βασιλική, Σοφία, Αγγελική, Δήμητρα, Γεωργία, Ευαγγελία, "
            "Χριστίνα, Ειρήνη, Αναστασία"
        ),
        _names(
            "Γιώργος, Κωνσταντίνος, Δημήτρης, Νίκος, Γιάννης, Παναγιώτης, Χρήστος, Βασίλης, "
            "Αθανάσιος, Μιχάλης, Σπύρος, Αλέξανδρος"
        ),
        _family(
            "Παπαδόπουλος/Παπαδοπούλου, Βλάχος/Βλάχου, Αγγελόπουλος/Αγγελοπούλου, Νικολάου, "
            "Γεωργίου, Παπαδάκης/Παπαδάκη, Οικονόμου, Καραγιάννης/Καραγιάννη, Μακρής/Μακρή, "
            "Παπαγεωργίου, Δημητρίου, Ιωάννου, Κωνσταντινίδης/Κωνσταντινίδου, Αντωνίου"
        ),
    ),
    NameList(
        "uk",
        _names(
            "Олена, Оксана, Ірина, Наталія, Тетяна, Юлія, Анастасія, Софія, Катерина, Дарина, "
            "Вікторія, Ольга"
        ),
        _names(
            "Олександр, Андрій, Дмитро, Сергій, Богдан, Максим, Тарас, Іван, Юрій, Василь, "
            "Микола, Остап"
        ),
        _family(
            "Коваленко, Шевченко, Бондаренко, Ткаченко, Кравченко, Олійник, Мельник, Шевчук, "
            "Поліщук, Лисенко, Гончаренко, Руденко, Савчук, Мороз, Левицький/Левицька, "
            "Ковальський/Ковальська"
        ),
    ),
    NameList(
        "ro",
        _names(
            "Ioana, Maria, Andreea, Elena, Alexandra, Ștefania, Mihaela, Cristina, Bianca, "
            "Raluca, Diana, Teodora"
        ),
        _names(
            "Andrei, Alexandru, Mihai, Ștefan, Ionuț, Bogdan, Cristian, Răzvan, Gheorghe, "
            "Florin, Vlad, Cătălin"
        ),
        _family(
            "Popescu, Ionescu, Popa, Constantinescu, Stănescu, Dumitrescu, Munteanu, Rădulescu, "
            "Țăranu, Mureșan, Ștefănescu, Lungu, Neagu, Sârbu, Șerban, Țurcanu"
        ),
    ),
    NameList(
        "cs",
        _names(
            "Jana, Tereza, Kateřina, Lucie, Veronika, Markéta, Barbora, Eliška, Zuzana, Petra, "
            "Michaela, Anežka"
        ),
        _names(
            "Jiří, Jan, Petr, Tomáš, Lukáš, Jakub, Ondřej, Martin, Vojtěch, David, Michal, Matěj"
        ),
        _family(
            "Novák/Nováková, Svoboda/Svobodová, Novotný/Novotná, Dvořák/Dvořáková, Černý/Černá, "
            "Procházka/Procházková, Kučera/Kučerová, Veselý/Veselá, Horák/Horáková, "
            "Němec/Němcová, Pokorný/Pokorná, Pospíšil/Pospíšilová, Hájek/Hájková, Král/Králová"
        ),
    ),
    NameList(
        "hy",
        _names("Անի, Նարինե, Լիլիթ, Մարիամ, Արմինե, Գայանե, Սոնա, Աննա, Տաթևիկ, Նունե, Հասմիկ"),
        _names("Արմեն, Դավիթ, Տիգրան, Արամ, Նարեկ, Գևորգ, Հայկ, Արտակ, Սարգիս, Վահե, Կարեն"),
        _family(
            "Հովհաննիսյան, Սարգսյան, Գրիգորյան, Պետրոսյան, Հարությունյան, Խաչատրյան, "
            "Կարապետյան, Գասպարյան, Մկրտչյան, Ավետիսյան, Ղազարյան, Մանուկյան, Վարդանյան"
        ),
    ),
    NameList(
        "ka",
        _names("ნინო, მარიამ, ანა, თამარ, ნათია, ეკატერინე, სალომე, ელენე, ქეთევან, მაია, ლიკა"),
        _names("გიორგი, დავით, ლევან, ნიკოლოზ, ირაკლი, ლუკა, ალექსანდრე, ზურაბ, თორნიკე, საბა"),
        _family(
            "ბერიძე, კაპანაძე, გელაშვილი, მაისურაძე, ლომიძე, ჯაფარიძე, ხარაიშვილი, წიკლაური, "
            "ნოზაძე, კვარაცხელია, მამულაშვილი, ჩხეიძე, ტაბატაძე, გოგოლაძე"
        ),
    ),
    NameList(
        "es",
        _names("María, Lucía, Carmen, Laura, Paula, Marta, Sofía, Elena, Irene, Alba, Begoña"),
        _names("José, Javier, Daniel, Alejandro, Pablo, Sergio, Álvaro, Adrián, Jorge, Íñigo"),
        _family(
            "García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, "
            "Jiménez, Ruiz, Hernández, Díaz, Muñoz, Álvarez, Navarro, Domínguez, Gutiérrez"
        ),
        surnames=2,
    ),
    NameList(
        "pt",
        _names("Ana, Beatriz, Inês, Mariana, Leonor, Joana, Catarina, Margarida, Luísa, Raquel"),
        _names("João, Tiago, Rodrigo, Gonçalo, Duarte, Afonso, Tomás, Diogo, Nuno, Sebastião"),
        _family(
            "Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Sousa, "
            "Fernandes, Gonçalves, Gomes, Lopes, Marques, Araújo, Magalhães, Conceição"
        ),
        surnames=2,
    ),
    NameList(
        "de",
        _names("Anna, Lena, Hannah, Sophie, Marie, Johanna, Katharina, Clara, Franziska, Jana"),
        _names("Lukas, Jonas, Maximilian, Felix, Leon, Jürgen, Matthias, Tobias, Moritz, Björn"),
        _family(
            "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schäfer, Koch, "
            "Bauer, Richter, Schröder, Neumann, Zimmermann, Krüger, Weiß, Groß"
        ),
    ),
)

# Romanisation for email addresses: Greek after ELOT 743, Ukrainian after the national
# standard of 2010, Armenian and Georgian after their national systems (simplified).
_DIGRAPHS = (
    ("ου", "ou"),
    ("ού", "ou"),
    ("αυ", "av"),
    ("αύ", "av"),
    ("ευ", "ev"),
    ("εύ", "ev"),
    ("γγ", "ng"),
    ("ու", "u"),
)


def _letters(letters: str, latin: str) -> dict[str, str]:
    """Pair each letter with its space-separated Latin form."""
    return dict(zip(letters, latin.split(" "), strict=True))


_LETTERS = (
    _letters(
        "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊΐϋΰ",
        "a v g d e z i th i k l m n x o p r s s t y f ch ps o a e i i o y o i i y y",
    )
    | _letters(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщюя",
        "a b v h g d e ye zh z y i yi y k l m n o p r s t u f kh ts ch sh shch yu ya",
    )
    | _letters(
        "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆև",
        "a b g d e z e y t zh i l kh ts k h dz gh ch m y n sh o ch p j r s v t r ts v p k o f ev",
    )
    | _letters(
        "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
        "a b g d e v z t i k l m n o p zh r s t u p k gh q sh ch ts dz ts ch kh j h",
    )
    # Letters that Unicode does not decompose, and marks that have no place in an address.
    | {"ł": "l", "ß": "ss", "ø": "o", "æ": "ae", "đ": "d", "ь": "", "'": "", "’": ""}
)
_ROMANISE = str.maketrans(_LETTERS)


def ascii_slug(name: str) -> str:
    """A lowercase ASCII form of a name for an email address: "Wiśniewska" -> "wisniewska"."""
    text = unicodedata.normalize("NFC", name.lower())
    for digraph, latin in _DIGRAPHS:
        text = text.replace(digraph, latin)
    text = text.translate(_ROMANISE)
    # What is left are Latin letters with diacritics: keep the base letter.
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


# --- institutions and people --------------------------------------------------------------

OWN_DOMAIN = "shannon-ed.example"
TIMEZONE = "Europe/Dublin"  # the own institution's; session times are wall-clock times here


@dataclass(frozen=True)
class Place:
    """An institution of the demo; `key` links people, cohorts and modules to it."""

    key: str
    name: str
    country: str  # ISO 3166-1 alpha-2
    city: str
    nso: str
    status: EtwinningIteStatus
    domain: str  # for email addresses
    kind: InstitutionKind = InstitutionKind.ITE
    language: str = "en"


OWN = Place(
    key="own",
    name="Shannon Institute of Education",
    country="IE",
    city="Limerick",
    nso="Léargas",
    status=EtwinningIteStatus.VALIDATED,
    domain=OWN_DOMAIN,
)
PARTNERS = (
    Place(
        key="pl",
        name="Akademia Pedagogiczna w Lublinie",
        country="PL",
        city="Lublin",
        nso="Fundacja Rozwoju Systemu Edukacji (FRSE)",
        status=EtwinningIteStatus.VALIDATED,
        domain="ap-lublin.example",
        language="pl",
    ),
    Place(
        key="el",
        name="Παιδαγωγικό Τμήμα Δημοτικής Εκπαίδευσης Λάρισας",
        country="GR",
        city="Λάρισα",
        nso="Εθνική Υπηρεσία Υποστήριξης eTwinning",
        status=EtwinningIteStatus.AGREEMENT,
        domain="ptde-larisa.example",
        language="el",
    ),
    Place(
        key="uk",
        name="Полтавська педагогічна академія",
        country="UA",
        city="Полтава",
        nso="Національна служба підтримки eTwinning",
        status=EtwinningIteStatus.VALIDATED,
        domain="pedakademia-poltava.example",
        language="uk",
    ),
    Place(
        key="ro",
        name="Facultatea de Științe ale Educației, Universitatea din Iași",
        country="RO",
        city="Iași",
        nso="Institutul de Științe ale Educației",
        status=EtwinningIteStatus.VALIDATED,
        domain="fse-iasi.example",
        language="ro",
    ),
    Place(
        key="cs",
        name="Vysoká škola pedagogická v Olomouci",
        country="CZ",
        city="Olomouc",
        nso="Dům zahraniční spolupráce (DZS)",
        status=EtwinningIteStatus.PENDING,
        domain="vsp-olomouc.example",
        language="cs",
    ),
    Place(
        key="hy",
        name="Գյումրիի մանկավարժական համալսարան",
        country="AM",
        city="Գյումրի",
        nso="eTwinning-ի ազգային աջակցության կենտրոն",
        status=EtwinningIteStatus.AGREEMENT,
        domain="gyumri-ped.example",
        language="hy",
    ),
    Place(
        key="ka",
        name="ქუთაისის პედაგოგიური უნივერსიტეტი",
        country="GE",
        city="ქუთაისი",
        nso="მასწავლებელთა პროფესიული განვითარების ეროვნული ცენტრი",
        status=EtwinningIteStatus.VALIDATED,
        domain="kutaisi-ped.example",
        language="ka",
    ),
    Place(
        key="es",
        name="Escuela Universitaria de Magisterio de Logroño",
        country="ES",
        city="Logroño",
        nso="INTEF (Instituto Nacional de Tecnologías Educativas y de Formación del Profesorado)",
        status=EtwinningIteStatus.NONE,
        domain="magisterio-logrono.example",
        language="es",
    ),
    Place(
        key="pt",
        name="Escola Superior de Educação de Braga",
        country="PT",
        city="Braga",
        nso="Direção-Geral da Educação (DGE)",
        status=EtwinningIteStatus.PENDING,
        domain="ese-braga.example",
        language="pt",
    ),
)


def _school(key: str, name: str, city: str) -> Place:
    return Place(
        key=key,
        name=name,
        country="IE",
        city=city,
        nso="Léargas",
        status=EtwinningIteStatus.NONE,
        domain=f"{key}-school.example",
        kind=InstitutionKind.SCHOOL,
    )


PRIMARY_SCHOOLS = (
    _school("smt", "Scoil Mhuire na Trócaire", "Limerick"),
    _school("sbns", "St Brigid's National School", "Ennis"),
    _school("gast", "Gaelscoil an tSrutháin", "Limerick"),
)
POST_PRIMARY_SCHOOLS = (
    _school("scc", "Shannonside Community College", "Shannon"),
    _school("cni", "Coláiste Naomh Iósaf", "Limerick"),
)
PLACES = (OWN, *PARTNERS, *PRIMARY_SCHOOLS, *POST_PRIMARY_SCHOOLS)


@dataclass(frozen=True)
class Person:
    given: str
    family: str
    role: EducatorRole
    place: str  # Place.key

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}"


_TE = EducatorRole.TEACHER_EDUCATOR
_MENTOR = EducatorRole.SCHOOL_MENTOR
# The first three coordinate the three modules; each school has its mentor.
EDUCATORS = (
    Person("Aoife", "Ní Bhriain", _TE, "own"),
    Person("Tomasz", "Wiśniewski", _TE, "own"),
    Person("Ciarán", "Mac Cárthaigh", _TE, "own"),
    Person("Gráinne", "Ní Dhonnchadha", _MENTOR, "smt"),
    Person("Pádraig", "Ó Néill", _MENTOR, "sbns"),
    Person("Órla", "Ní Riain", _MENTOR, "gast"),
    Person("Jennifer", "Hayes", _MENTOR, "scc"),
    Person("Dónal", "Ó Laoire", _MENTOR, "cni"),
    Person("Deirdre", "Ní Mhurchú", EducatorRole.AMBASSADOR, "sbns"),
    Person("Małgorzata", "Zielińska", _TE, "pl"),
    Person("Ευαγγελία", "Αγγελοπούλου", _TE, "el"),
    Person("Оксана", "Левицька", _TE, "uk"),
    Person("Ioana", "Rădulescu", _TE, "ro"),
    Person("Kateřina", "Dvořáková", _TE, "cs"),
    Person("Նարինե", "Սարգսյան", _TE, "hy"),
    Person("ნათია", "ბერიძე", _TE, "ka"),
    Person("Begoña", "Álvarez Navarro", _TE, "es"),
    Person("Margarida", "Araújo", _TE, "pt"),
)

# Student teachers' first languages: mostly local, with exchange and migrant students.
LANGUAGE_WEIGHTS = {
    "en": 30,
    "pl": 12,
    "uk": 10,
    "ro": 8,
    "es": 7,
    "pt": 7,
    "el": 6,
    "de": 5,
    "cs": 5,
    "hy": 5,
    "ka": 5,
}
EXTRA_LANGUAGES = ("fr", "de", "es", "it", "ga")


# --- cohorts and modules ------------------------------------------------------------------


@dataclass(frozen=True)
class CohortPlan:
    key: str
    name: str  # "{year}" is replaced by the academic year, "2026/27"
    programme: str
    study_year: int
    share: float  # of all student teachers
    schools: tuple[Place, ...]  # where its student teachers are placed
    placed: float  # share on placement this year


COHORTS = (
    CohortPlan(
        key="bed",
        name="BEd Primary {year} Year 3",
        programme="Bachelor of Education (Primary)",
        study_year=3,
        share=0.6,
        schools=PRIMARY_SCHOOLS,
        placed=0.5,
    ),
    CohortPlan(
        key="pme",
        name="PME Post-primary {year} Year 1",
        programme="Professional Master of Education (Post-primary)",
        study_year=1,
        share=0.4,
        schools=POST_PRIMARY_SCHOOLS,
        placed=1.0,
    ),
)


@dataclass(frozen=True)
class ModulePlan:
    key: str
    code: str
    title: str
    kind: ModuleKind
    ects: float
    coordinator: int  # index into EDUCATORS
    cohorts: tuple[str, ...]  # CohortPlan.key
    partners: tuple[str, ...]  # Place.key
    description: str
    outcomes: tuple[tuple[str, tuple[str, ...]], ...]  # text, DigCompEdu competence numbers
    sessions: tuple[tuple[SessionKind, str], ...]  # kind, title
    weekday: int  # Monday = 0
    starts: time
    minutes: int
    every_weeks: int
    past: int  # sessions before the current week, so that the demo is always mid-module
    full_year: bool = False  # else it runs in the current semester


K = SessionKind
MODULES = (
    ModulePlan(
        key="intro",
        code="ETW101",
        title="eTwinning for Future Teachers: Introduction",
        kind=ModuleKind.INTRODUCTION,
        ects=5.0,
        coordinator=0,
        cohorts=("bed", "pme"),
        partners=("pl", "el", "ro"),
        description=(
            "Student teachers meet **eTwinning**, the community for schools in Europe, register "
            "on the platform and try out TwinSpace with student teachers of partner "
            "institutions.\n\n"
            "- weekly seminars and hands-on labs\n"
            "- a first video call with partners\n"
            "- a short portfolio of evidence and one reflection\n"
        ),
        outcomes=(
            (
                "Register on the eTwinning platform and explain how it supports collaboration "
                "between schools in Europe.",
                ("1.2", "1.4"),
            ),
            (
                "Use TwinSpace tools safely, respecting data protection and copyright.",
                ("2.3", "6.4"),
            ),
            ("Plan a simple collaborative activity with student teachers abroad.", ("1.2", "3.3")),
            ("Reflect on their own digital competence with DigCompEdu.", ("1.3",)),
        ),
        sessions=(
            (K.PRESENTATION, "What is eTwinning? A community for schools in Europe"),
            (K.DEMONSTRATION, "Hands-on: registering on the European School Education Platform"),
            (K.PRESENTATION, "Safe, inclusive and responsible online collaboration"),
            (K.DEMONSTRATION, "Hands-on: TwinSpace pages, forums and tools"),
            (K.ITE_EVENT, "Online seminar with our partner ITE institutions"),
            (K.MENTORING, "Group mentoring: from an idea to a project plan"),
            (K.PARTNER_CALL, "First video call with partner student teachers"),
            (K.REFLECTION, "Reflecting on international collaboration"),
            (K.TWINSPACE, "TwinSpace lab: building our project pages"),
            (K.ASSESSMENT, "Portfolio check and short presentations"),
        ),
        weekday=1,
        starts=time(10, 0),
        minutes=120,
        every_weeks=1,
        past=7,
    ),
    ModulePlan(
        key="project",
        code="ETW202",
        title="International TwinSpace Project",
        kind=ModuleKind.PROJECT,
        ects=10.0,
        full_year=True,
        coordinator=1,
        cohorts=("bed",),
        partners=("pl", "el", "uk", "hy", "ka"),
        description=(
            "Teams of student teachers run an **eTwinning project** with partner institutions: "
            "they agree aims, create activities for pupils, meet partners online and document "
            "the results in TwinSpace.\n\n"
            "The project is assessed against the five *Quality Label* criteria.\n"
        ),
        outcomes=(
            (
                "Design, carry out and evaluate an eTwinning project with partners abroad.",
                ("3.3", "1.2"),
            ),
            (
                "Create and adapt digital resources for pupils in more than one language.",
                ("2.2", "5.2"),
            ),
            (
                "Document project results in TwinSpace in line with the Quality Label criteria.",
                ("4.2", "6.3"),
            ),
            ("Give and use feedback in an international team.", ("4.3",)),
        ),
        sessions=(
            (K.PRESENTATION, "Designing a collaborative eTwinning project"),
            (K.TWINSPACE, "TwinSpace work: introductions and icebreakers"),
            (K.PARTNER_CALL, "Partner call: agreeing aims and a timeline"),
            (K.TWINSPACE, "TwinSpace work: first collaborative activity"),
            (K.MENTORING, "Mentoring: project progress and roles"),
            (K.PARTNER_CALL, "Partner call: reviewing the first activity"),
            (K.TWINSPACE, "TwinSpace work: second collaborative activity"),
            (K.DEMONSTRATION, "Hands-on: co-creating digital stories"),
            (K.REFLECTION, "Mid-project reflection with Gibbs' cycle"),
            (K.ITE_EVENT, "eTwinning ITE online conference"),
            (K.PARTNER_CALL, "Partner call: evaluation and dissemination"),
            (K.ASSESSMENT, "Project presentations against the Quality Label criteria"),
        ),
        weekday=3,
        starts=time(14, 0),
        minutes=120,
        every_weeks=1,
        past=5,
    ),
    ModulePlan(
        key="placement",
        code="ETW303",
        title="eTwinning on School Placement",
        kind=ModuleKind.PLACEMENT,
        ects=5.0,
        coordinator=2,
        cohorts=("pme",),
        partners=("ro", "cs"),
        description=(
            "Student teachers bring an eTwinning activity into their **placement classes**, "
            "with the support of their school mentor.\n\n"
            "1. plan the activity with the class teacher\n"
            "2. run it with pupils in TwinSpace\n"
            "3. evaluate it in a lesson observation and a reflection\n"
        ),
        outcomes=(
            ("Integrate an eTwinning activity into lessons on school placement.", ("3.1", "5.3")),
            ("Guide pupils in safe and responsible online collaboration.", ("6.4", "6.2")),
            ("Assess pupils' learning in a collaborative project.", ("4.1",)),
            ("Evaluate their own practice with a school mentor and set targets.", ("1.3", "1.4")),
        ),
        sessions=(
            (K.PRESENTATION, "eTwinning in the placement classroom"),
            (K.MENTORING, "Mentoring with school mentors: planning with your class"),
            (K.DEMONSTRATION, "Hands-on: pupils' safe use of TwinSpace"),
            (K.TWINSPACE, "TwinSpace work with pupils"),
            (K.MENTORING, "Mentoring: lesson observation feedback"),
            (K.REFLECTION, "Reflection: eTwinning and my teaching identity"),
            (K.ITE_EVENT, "Placement showcase with partner schools"),
            (K.ASSESSMENT, "Placement portfolio review"),
        ),
        weekday=2,
        starts=time(16, 0),
        minutes=90,
        every_weeks=2,
        past=3,
    ),
)


# --- text snippets the notes are drawn from -----------------------------------------------

SESSION_NOTES: dict[str, str] = {
    K.PRESENTATION: "A short input followed by discussion in small groups.\n\n"
    "**Before the session:** read the module handbook chapter on the topic.",
    K.DEMONSTRATION: "Hands-on session: bring a laptop and your institutional login.\n\n"
    "- follow the live demonstration\n- try each step yourself\n- note questions for the forum",
    K.MENTORING: "Small-group mentoring. Come with one success and one difficulty to discuss.",
    K.TWINSPACE: "Project work in TwinSpace with your team: update the *project diary* page "
    "before you leave.",
    K.PARTNER_CALL: "Video call with the partner student teachers.\n\n"
    "- check your camera and microphone beforehand\n- agree who takes notes\n"
    "- share the notes in the TwinSpace forum afterwards",
    K.ITE_EVENT: "An online event for student teachers and teacher educators of all partner "
    "institutions. Certificates of attendance are issued by the NSO.",
    K.REFLECTION: "Guided reflection. Write at least one entry in your portfolio during the "
    "session; Gibbs' cycle is recommended.",
    K.ASSESSMENT: "Assessment session. Your portfolio evidence must be marked *ready for "
    "assessment* by the day before.",
}
ONLINE_KINDS = frozenset({K.PARTNER_CALL, K.ITE_EVENT})
SHORT_KINDS = frozenset({K.PARTNER_CALL, K.MENTORING})  # an hour, whatever the module slot
ROOMS = ("Room B2.14, Main Building", "Digital Learning Lab C1.05", "Seminar Room A0.03")

ATTENDANCE_WEIGHTS = {"present": 85, "late": 6, "excused": 5, "absent": 4}
ATTENDANCE_REMARKS = {  # nothing to remark when present
    "late": ("Arrived 15 minutes late (bus)", "Late: came from a placement school", ""),
    "excused": ("Medical certificate", "On school placement that day", "Family reasons"),
    "absent": ("", "No reply to email"),
}

PROJECT_THEMES = (
    "Stories Without Borders",
    "Our Rivers, Our Future",
    "Maths Trails Across Europe",
    "Healthy Lunchboxes",
    "Games Our Grandparents Played",
    "Little Scientists, Big Questions",
    "Postcards from Our Towns",
    "Kind Words Online",
)
PROJECT_SUBJECTS = (
    "Language and literature, Art",
    "Environmental education, Geography",
    "Mathematics, ICT",
    "Health education, Science",
    "Physical education, History",
    "Science, Languages",
)
PROJECT_AIMS = (
    "Pupils aged {youngest} to {oldest} in {towns} create and share work on **{theme}**.\n\n"
    "## Aims\n\n- communicate with peers in another language\n"
    "- create digital content together\n- learn about each other's towns and schools\n\n"
    "Student teachers plan the activities with their partners and run them on placement."
)

MEETING_FOCI = (
    "Planning the first TwinSpace activity",
    "Working with partners in another time zone",
    "Classroom management during online activities",
    "Preparing for the lesson observation",
    "Portfolio evidence and the DigCompEdu self-assessment",
    "Safe use of images and pupils' data",
)
PRE_REFLECTIONS = (
    "Since our last meeting I have **uploaded the lesson plan** to TwinSpace. I am unsure how "
    "to keep all pupils involved during the video call.",
    "The partner call went well, but we ran out of time. I want to talk about *planning "
    "realistic timings*.",
    "I feel more confident with TwinSpace now. My question: how do I assess pupils' work in a "
    "shared project?",
    "I found it hard to agree on a topic with our partners. I would like advice on "
    "compromise in international teams.",
)
DISCUSSION_POINTS = (
    "progress on the project diary in TwinSpace",
    "feedback from the partner student teachers",
    "how pupils reacted to the first activity",
    "consent forms and pupils' photos",
    "time management on placement",
    "evidence for the portfolio",
)
AGREEMENTS = (
    "The mentee will share a draft plan with partners before the next call.",
    "We agreed to try a shorter activity with a clear end product.",
    "The mentee will observe an experienced colleague using TwinSpace with a class.",
)
TARGETS = (
    ("Plan and run one TwinSpace activity with a partner class", "3.3"),
    ("Write a reflection on the first partner call", "1.3"),
    ("Adapt one digital resource for pupils with additional needs", "5.1"),
    ("Use an online quiz to check pupils' understanding", "4.1"),
    ("Agree a shared timeline with the partner team", "1.2"),
    ("Check image rights before publishing pupils' work", "6.4"),
    ("Give written feedback to two partner student teachers", "4.3"),
)
ACTIONS = (
    ("Upload the lesson plan to TwinSpace", "mentee"),
    ("Send the consent letter to parents", "mentee"),
    ("Arrange an observation of a colleague's lesson", "mentor"),
    ("Share examples of successful projects", "mentor"),
    ("Book the computer room for the partner call", "mentee"),
)
CONTRIBUTIONS = (
    "Co-planned the activities with partners and moderated the forum.",
    "Edited the project diary and collected pupils' work.",
    "Led a partner call and wrote the summary in TwinSpace.",
)

PRIMARY_CLASSES = (("Senior Infants", "5-6"), ("3rd Class", "8-9"), ("5th Class", "10-11"))
POST_PRIMARY_CLASSES = (("1st Year", "12-13"), ("2nd Year", "13-14"), ("Transition Year", "15-16"))
LESSON_SUBJECTS = (
    ("English", "Writing a postcard to our partner school"),
    ("Geography", "Rivers of Europe"),
    ("Mathematics", "Collecting and comparing data with partners"),
    ("Science", "Seasons in our countries"),
    ("Irish", "Ag cur síos ar ár mbaile"),
)
OBSERVATION_FOCI = (
    "Instructions for the online activity",
    "Pupils' collaboration in pairs",
    "Use of questioning",
    "Differentiation in a mixed-ability class",
)
STRENGTHS = (
    "- clear learning intentions shared at the start\n- warm, encouraging tone\n"
    "- TwinSpace page prepared in advance",
    "- pupils were engaged from the first minute\n- good use of the partner's video message",
    "- well-paced lesson\n- effective use of pair work",
)
AREAS = (
    "- check understanding before pupils go online\n- plan for pupils who finish early",
    "- give shorter instructions, one step at a time\n- leave time for the plenary",
    "- more wait time after questions",
)
OBSERVATION_TARGETS = (
    "1. Model the online task before pupils start.\n2. Plan an extension activity.",
    "1. Use exit tickets to check learning.\n2. Share pupils' work with the partner class.",
)

# Kind, title, location; {twinspace} is the student teacher's project, {number} their number.
EVIDENCE = (
    (EvidenceKind.LINK, "Padlet wall: our partner schools", "https://padlet.example/{slug}"),
    (EvidenceKind.LINK, "Digital story made with pupils", "https://storyjumper.example/{slug}"),
    (EvidenceKind.LINK, "Online quiz on rivers of Europe", "https://quiz.example/{slug}/rivers"),
    (EvidenceKind.TWINSPACE, "TwinSpace page: project diary", "{twinspace}/pages/diary"),
    (EvidenceKind.TWINSPACE, "TwinSpace forum: planning with partners", "{twinspace}/forums/1"),
    (EvidenceKind.TWINSPACE, "TwinSpace page: pupils' results", "{twinspace}/pages/results"),
    (EvidenceKind.TEXT, "Account of the first partner call", ""),
    (EvidenceKind.TEXT, "Notes on adapting a resource for a pupil with dyslexia", ""),
)
# Attached files are rarer; the demo holds their checksums but ships no files.
EVIDENCE_FILES = (
    (EvidenceKind.FILE, "Lesson plan with an eTwinning activity", "{number}/lesson-plan.pdf"),
    (EvidenceKind.FILE, "Pupils' survey results", "{number}/survey-results.xlsx"),
)
EVIDENCE_DESCRIPTIONS = (
    "Shows how I planned the activity **together with partners** and what pupils produced.",
    "Evidence for collaboration across schools: see the comments from the partner class.",
    "A first attempt; the feedback from my mentor is summarised at the end.\n\n"
    "- what worked: pupils' motivation\n- what to change: clearer instructions",
)
REVIEW_WEIGHTS = {
    ReviewStatus.READY: 40,
    ReviewStatus.MEETS: 30,
    ReviewStatus.PARTIALLY_MEETS: 20,
    ReviewStatus.DOES_NOT_MEET: 10,
}

FREE_REFLECTIONS = (
    (
        "Preparing an online activity",
        "Today I realised how much **preparation** an online activity needs. The pupils were "
        "excited, but the connection dropped twice.\n\nNext time I will have a plan B.",
    ),
    (
        "What I learnt about working in an international team",
        "Working with partners in three countries taught me to write *short, clear* messages. "
        "Misunderstandings came from long emails, not from language.",
    ),
    (
        "Digital competence: where I stand",
        "My self-assessment shows I am an *Explorer* in digital resources. I want to become an "
        "Integrator by creating one resource a week.",
    ),
)
GIBBS_TITLES = ("After the first partner call", "Using TwinSpace with my class")
GIBBS = {
    "gibbs_description": (
        "We held a video call with the partner class about our towns.",
        "Pupils uploaded their drawings to the TwinSpace page.",
    ),
    "gibbs_feelings": (
        "I was nervous before the call and relieved afterwards.",
        "I felt proud of the pupils but worried about the time.",
    ),
    "gibbs_evaluation": (
        "The pupils were motivated; the sound was poor.",
        "Most pupils finished; two needed much more help.",
    ),
    "gibbs_analysis": (
        "Preparing questions in advance kept the call focused.",
        "The instructions were too long for the younger pupils.",
    ),
    "gibbs_conclusion": (
        "Clear roles for pupils make online activities work.",
        "I need to model each step before pupils work alone.",
    ),
    "gibbs_action_plan": (
        "- test the equipment the day before\n- give each pupil a role card",
        "- write instructions as three short steps\n- plan an extension task",
    ),
}
SELF_NOTES = ("", "", "Based on my portfolio evidence", "After the partner call")

# The demo projects' Quality Label self-check: a note for each criterion.
QUALITY_CHECK_NOTES = {
    "collaboration": "Pupils worked in mixed international teams on one shared product.",
    "technology": "TwinSpace pages, a shared board and two live meetings, fit for the age group.",
    "pedagogy": "Project-based learning with roles in each team; pupils chose their topics.",
    "curriculum": "Linked to one subject in each school; could be woven in more deeply.",
    "results": "Products, a project diary and the pupils' evaluation are in the TwinSpace.",
}
