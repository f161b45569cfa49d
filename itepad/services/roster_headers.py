"""Which column of a roster holds which field: the headers institutions really use.

Headers are compared folded (case, accents, spaces and punctuation ignored), so "E-Mail-Adresse",
"email address" and "Email Address" all name the email column. A mapping is field -> column
index; the import dialog and `itepad import-roster --column` let the user change it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from enum import StrEnum

from itepad.errors import UserError

HEADER_SEARCH_ROWS = 10  # a title line or two may come before the headers


class RosterField(StrEnum):
    GIVEN_NAME = "given_name"
    FAMILY_NAME = "family_name"
    EMAIL = "email"
    STUDENT_NUMBER = "student_number"
    PROGRAMME = "programme"
    STUDY_YEAR = "study_year"
    PLACEMENT_SCHOOL = "placement_school"


FIELD_LABELS: dict[RosterField, str] = {
    RosterField.GIVEN_NAME: "given name",
    RosterField.FAMILY_NAME: "family name",
    RosterField.EMAIL: "email",
    RosterField.STUDENT_NUMBER: "student number",
    RosterField.PROGRAMME: "programme",
    RosterField.STUDY_YEAR: "year of study",
    RosterField.PLACEMENT_SCHOOL: "placement school",
}
REQUIRED_FIELDS = (RosterField.GIVEN_NAME, RosterField.FAMILY_NAME, RosterField.EMAIL)

ColumnMapping = dict[RosterField, int]

# English first, then the languages of eTwinning countries; written as people type them.
# fmt: off
HEADER_ALIASES: dict[RosterField, tuple[str, ...]] = {
    RosterField.GIVEN_NAME: (
        "first name", "given name", "given names", "forename", "forenames", "first",
        "vorname", "vornamen", "prénom", "nombre", "nome", "nome próprio", "voornaam",
        "imię", "imie", "jméno", "křestní jméno", "meno", "keresztnév", "utónév", "ime",
        "prenume", "όνομα", "ім'я", "имя", "име", "etunimi", "förnamn", "fornavn", "eesnimi",
        "vardas", "vārds", "ad", "nome proprio", "firstname",
    ),
    RosterField.FAMILY_NAME: (
        "last name", "surname", "family name", "last", "lastname",
        "nachname", "familienname", "nom", "nom de famille", "apellido", "apellidos",
        "cognome", "sobrenome", "apelido", "apelidos", "achternaam", "nazwisko", "příjmení",
        "priezvisko", "vezetéknév", "családnév", "priimek", "prezime", "nume", "επώνυμο",
        "прізвище", "фамилия", "презиме", "sukunimi", "efternamn", "etternavn",
        "perekonnanimi", "pavardė", "uzvārds", "soyad", "soyad\u0131",  # Turkish: dotless i
    ),
    RosterField.EMAIL: (
        "email", "email address", "e-mail", "e-mail address", "mail", "emailaddress",
        "institutional email", "university email", "student email", "e-mail-adresse",
        "adresse e-mail", "adresse électronique", "courriel", "adresse de courriel",
        "correo", "correo electrónico", "posta elettronica", "indirizzo email",
        "e-mailadres", "adres e-mail", "adres email", "e-mailová adresa", "e-mail cím",
        "ηλεκτρονικό ταχυδρομείο", "електронна пошта", "электронная почта", "sähköposti",
        "e-post", "e-postadress", "e-posta",
    ),
    RosterField.STUDENT_NUMBER: (
        "id number", "idnumber", "student number", "student id", "student no",
        "matriculation number", "registration number", "matrikelnummer", "matrikel-nr",
        "matrikelnr", "numéro étudiant", "numéro d'étudiant", "número de matrícula",
        "matricola", "studentnummer", "numer albumu", "nr albumu", "numer indeksu",
        "nr indeksu", "osobní číslo", "neptun kód", "neptun", "studentski broj",
        "αριθμός μητρώου", "номер залікової книжки", "opiskelijanumero",
    ),
    RosterField.PROGRAMME: (
        "programme", "program", "degree programme", "degree program", "degree",
        "study programme", "study program", "course of study", "studiengang", "studienfach",
        "filière", "formation", "titulación", "grado", "corso di laurea", "curso",
        "opleiding", "kierunek", "kierunek studiów", "studijní program", "obor", "szak",
        "πρόγραμμα σπουδών", "спеціальність", "koulutusohjelma",
    ),
    RosterField.STUDY_YEAR: (
        "year", "year of study", "study year", "studienjahr", "année", "année d'études",
        "curso académico", "anno", "anno di corso", "studiejaar", "rok", "rok studiów",
        "ročník", "évfolyam", "έτος", "курс",
    ),
    RosterField.PLACEMENT_SCHOOL: (
        "placement school", "placement", "school", "practicum school", "partner school",
        "praktikumsschule", "schule", "école", "école de stage", "escuela", "scuola",
        "stageschool", "szkoła", "szkoła ćwiczeń", "škola", "iskola", "σχολείο", "школа",
    ),
}
# fmt: on


def header_key(text: str) -> str:
    """ "E-Mail Address " -> "emailaddress": case, accents, spaces and punctuation dropped."""
    # Turkish dotless i (U+0131) is a plain I in capitals: "Soyad\u0131" is also typed "SOYADI".
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("\u0131", "i"))
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


_FIELD_BY_KEY: dict[str, RosterField] = {
    header_key(alias): field for field, aliases in HEADER_ALIASES.items() for alias in aliases
}


def field_for_header(text: str) -> RosterField | None:
    return _FIELD_BY_KEY.get(header_key(text))


def guess_mapping(headers: Sequence[str]) -> ColumnMapping:
    """Each field's column, the first whose header names it.

    German forms head the family name "Name" next to "Vorname": a lone "Name" is the family
    name when a given-name column was found and no other family-name column.
    """
    mapping: ColumnMapping = {}
    for index, header in enumerate(headers):
        field = field_for_header(header)
        if field is not None and field not in mapping:
            mapping[field] = index
    if RosterField.GIVEN_NAME in mapping and RosterField.FAMILY_NAME not in mapping:
        for index, header in enumerate(headers):
            if header_key(header) == "name":
                mapping[RosterField.FAMILY_NAME] = index
                break
    return dict(sorted(mapping.items(), key=lambda item: list(RosterField).index(item[0])))


def header_row(rows: Sequence[Sequence[str]]) -> int:
    """Index of the header row: among the first rows, the first naming two known fields.

    Without one, the first row that is not empty (the mapping then shows what is missing).
    """
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if len({field_for_header(cell) for cell in row} - {None}) >= 2:
            return index
    return next((index for index, row in enumerate(rows) if any(row)), 0)


def known_headers(row: Sequence[str]) -> int:
    """How many distinct fields a row of headers names (the delimiter sniffer's evidence)."""
    return len({field_for_header(cell) for cell in row} - {None})


def mapping_from_names(headers: Sequence[str], columns: Mapping[str, str]) -> ColumnMapping:
    """The guessed mapping, with fields set by header name ("email" -> "Uni mail").

    `columns` maps a field name (given_name, email, ...) to a header of the file, or to "" to
    leave the field out.
    """
    mapping = guess_mapping(headers)
    keys = [header_key(h) for h in headers]
    for name, header in columns.items():
        try:
            field = RosterField(name)
        except ValueError:
            choices = ", ".join(f.value for f in RosterField)
            raise UserError(f"{name!r} is not a roster field; choose from {choices}.") from None
        if not header:
            mapping.pop(field, None)
        elif header_key(header) in keys:
            mapping[field] = keys.index(header_key(header))
        else:
            raise UserError(
                f"The file has no column {header!r} for the {FIELD_LABELS[field]}; "
                f"its columns are: {', '.join(headers)}."
            )
    return mapping
