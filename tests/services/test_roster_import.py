"""Roster import: real-world files, every refusal with its row, all or nothing, by email."""

from __future__ import annotations

import codecs
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select, text

from itepad.errors import UserError
from itepad.services.roster_formats import MAX_BYTES, MAX_ROWS, Sheet, read_sheet
from itepad.services.roster_headers import RosterField, mapping_from_names
from itepad.services.roster_import import (
    RosterProblemsError,
    check_roster,
    import_roster,
    read_roster,
)
from itepad.services.text_encoding import detect_encoding
from itepad.store.concurrency import ConflictError
from itepad.store.contents import TABLES
from itepad.store.database import Database

ROSTERS = Path(__file__).parent.parent / "fixtures" / "rosters"


def people(db: Database) -> dict[str, tuple[str, str, str]]:
    """email -> (given name, family name, cohort) of everyone stored."""
    students, cohorts = TABLES["student_teacher"], TABLES["cohort"]
    with db.engine.connect() as conn:
        rows = conn.execute(
            select(
                students.c.email, students.c.given_name, students.c.family_name, cohorts.c.name
            ).outerjoin(cohorts, cohorts.c.id == students.c.cohort_id)
        )
        return {email: (given, family, cohort) for email, given, family, cohort in rows}


def problems_of(name: str) -> list[tuple[int, str, str]]:
    return [(p.row, p.field, p.message) for p in read_roster(ROSTERS / name).problems]


# --- real-world files -----------------------------------------------------------------------


def test_moodle_participants_download() -> None:
    roster = read_roster(ROSTERS / "moodle_participants.csv")
    assert (roster.sheet.encoding, roster.sheet.delimiter) == ("utf-8-sig", ",")
    assert roster.headers[0] == "First name"  # the BOM is not part of the first header
    assert roster.mapping == {
        RosterField.GIVEN_NAME: 0,
        RosterField.FAMILY_NAME: 1,
        RosterField.STUDENT_NUMBER: 2,
        RosterField.EMAIL: 3,
    }
    assert roster.problems == ()
    assert [(p.row, p.given_name, p.family_name) for p in roster.people[:2]] == [
        (2, "Aoife", "Ní Bhriain"),
        (3, "Ciarán", "O'Sullivan"),
    ]
    assert roster.people[1].email == "ciaran.osullivan@students.shannon-ed.example"
    assert roster.people[1].student_number == "24100102"
    assert roster.people[-1].family_name == "Παπαδοπούλου"


def test_excel_semicolons_in_windows_1250() -> None:
    roster = read_roster(ROSTERS / "excel_semicolon_cp1250.csv")
    assert (roster.sheet.encoding, roster.sheet.delimiter) == ("cp1250", ";")
    assert roster.problems == ()
    assert [(p.given_name, p.family_name) for p in roster.people] == [
        ("Łukasz", "Wałęsa"),
        ("Zofia", "Źrebiec-Żółkiewska"),
        ("Małgorzata", "Szczęsna"),
        ("Jiří", "Dvořák"),
        ("Anežka", "Šťastná"),
        ("Kateřina", "Kučerová"),
        ("Ondřej", "Nováček"),
    ]
    first = roster.people[0]
    assert (first.student_number, first.programme, first.study_year) == ("112233", "Pedagogika", 2)
    assert roster.people[2].email == "malgorzata.szczesna@student.uni.example.pl"


def test_many_scripts_in_utf8_without_bom() -> None:
    roster = read_roster(ROSTERS / "many_scripts_utf8.csv")
    assert roster.sheet.encoding == "utf-8"
    assert roster.problems == ()
    names = [f"{p.given_name} {p.family_name}" for p in roster.people]
    assert names == [
        "Γιώργος Παπαδόπουλος",
        "Μαρία Κωνσταντίνου",
        "Олена Шевченко",
        "Дмитро Іваненко",
        "Անի Հովհաննիսյան",
        "Արամ Պետրոսյան",
        "ნინო ბერიძე",
        "გიორგი კაპანაძე",
    ]
    assert roster.people[0].programme == "Primary Education, BA"  # a quoted comma


def test_excel_unicode_text_is_utf16_with_tabs() -> None:
    roster = read_roster(ROSTERS / "excel_unicode_text.txt")
    assert (roster.sheet.encoding, roster.sheet.delimiter) == ("utf-16", "\t")
    assert [p.family_name for p in roster.people] == ["Kierkegård", "Lindström", "Groß"]


def test_campus_export_with_a_title_line_and_german_headers() -> None:
    roster = read_roster(ROSTERS / "campus_export_cp1252.csv")
    assert roster.sheet.encoding == "cp1252"
    assert roster.header_index == 2  # the title line and a blank line come first
    # "Name" beside "Vorname" is the family name, as on German forms.
    assert roster.mapping[RosterField.FAMILY_NAME] == 0
    assert [(p.row, p.given_name, p.family_name) for p in roster.people] == [
        (4, "Jürgen", "Müller"),
        (5, "Änne", "Groß"),
        (6, "François", "Lefèvre"),
    ]
    assert roster.people[0].student_number == "3012345"


def test_xlsx_as_a_spreadsheet_program_saves_it(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Class list"
    sheet.append(["Seminar eTwinning 2026/27"])
    sheet.append([])
    sheet.append(["Nachname", "Vorname", "E-Mail", "Matrikelnummer", "Studienjahr", "Erfasst"])
    sheet.append(
        ["Schröder", "Anna", " Anna.Schroeder@PH.example ", 3012001, 2.0, datetime(2026, 9, 1)]
    )
    sheet.append(["Öztürk", "Elif", "elif.oeztuerk@ph.example", 3012002, 1, date(2026, 9, 2)])
    sheet.append([None, None, None])  # formatted but empty rows at the end
    workbook.create_sheet("Notes").append(["not", "a", "roster"])
    path = tmp_path / "klasse.xlsx"
    workbook.save(path)

    roster = read_roster(path)
    assert roster.sheet.sheet_name == "Class list"
    assert roster.header_index == 2
    assert roster.problems == ()
    assert [(p.row, p.email, p.student_number, p.study_year) for p in roster.people] == [
        (4, "anna.schroeder@ph.example", "3012001", 2),
        (5, "elif.oeztuerk@ph.example", "3012002", 1),
    ]


def test_xlsx_problems_name_the_spreadsheet_row(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["First name", "Last name", "Email"])
    sheet.append(["Anna", "Kowalska", "anna@uni.example"])
    sheet.append(["#REF!", "Nowak", "jan@uni.example"])
    sheet.append(["Ewa", "Lis", "ewa@uni.example", "stray value"])
    path = tmp_path / "list.xlsx"
    workbook.save(path)
    assert [(p.row, p.field) for p in read_roster(path).problems] == [
        (3, "given name"),
        (4, ""),
    ]


@pytest.mark.parametrize(
    ("encoding", "names"),
    [
        ("cp1250", "Łukasz Wałęsa; Zofia Źrebiec-Żółkiewska; Małgorzata Szczęsna"),
        ("cp1250", "Jiří Dvořák; Anežka Šťastná"),
        ("cp1250", "Zofia Wiśniewska"),  # "Wiœniewska" in Windows-1252 would be plausible
        ("cp1250", "Bálint Szőke; Ödön Kovács; Zsófia Őry"),
        ("cp1250", "Ştefan Popescu; Ţuţu Ionescu"),
        ("cp1252", "François Lefèvre; Hélène Müller; Jürgen Groß; Åsa Bjørnstad"),
        ("cp1252", "José Muñoz Peña; João Gonçalves; Niccolò Lucà; Søren Kierkegård"),
        ("cp1251", "Олена Шевченко; Дмитро Іваненко"),
        ("cp1253", "Γιώργος Παπαδόπουλος; Μαρία Κωνσταντίνου"),
        ("cp1257", "Rūta Žemaitytė; Aušra Petraitienė; Įgnas Čepas"),
        ("cp1254", "Ayşe Y\u0131lmaz; Çağla Öztürk; İlker Güneş"),  # \u0131: dotless i
    ],
)
def test_windows_code_pages_are_told_apart(encoding: str, names: str) -> None:
    text = "Name\n" + names.replace("; ", "\n") + "\n"
    assert detect_encoding(text.encode(encoding)) == encoding


# --- refusals ---------------------------------------------------------------------------------


def test_missing_names_are_listed_with_rows() -> None:
    assert problems_of("broken_missing_name.csv") == [
        (3, "given name", "missing"),
        (4, "family name", "missing"),
    ]


def test_invalid_emails_are_listed_with_rows() -> None:
    assert problems_of("broken_invalid_email.csv") == [
        (3, "email", "'jan.nowak(at)uni.example' is not a valid email address"),
        (4, "email", "'ewa.lis@' is not a valid email address"),
        (5, "email", "missing"),
    ]


def test_duplicate_emails_name_the_first_row() -> None:
    assert problems_of("broken_duplicate_email.csv") == [
        (4, "email", "anna.kowalska@uni.example is already on row 2"),
    ]


def test_rows_with_the_wrong_number_of_fields() -> None:
    assert problems_of("broken_field_count.csv") == [
        (3, "", "has 2 fields, the header row has 3"),
        (3, "email", "missing"),
        (4, "", "has 4 fields, the header row has 3"),
    ]


def test_formula_looking_cells_are_refused() -> None:
    [(row, field, message)] = problems_of("broken_formula.csv")
    assert (row, field) == (3, "given name")
    assert "spreadsheet formula" in message


def test_a_file_without_an_email_column_says_so(tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    path.write_text("First name;Last name\nAnna;Kowalska\n", encoding="utf-8")
    assert [(p.row, p.field) for p in read_roster(path).problems] == [(1, "email")]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.csv", "empty.csv is empty"),
        ("junk.csv", "junk.csv is not a CSV or XLSX roster"),
    ],
)
def test_unreadable_files_are_refused(name: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        read_roster(ROSTERS / name)


def test_old_and_open_document_spreadsheets_ask_for_xlsx(tmp_path: Path) -> None:
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    with pytest.raises(UserError, match=r"old Excel workbook \(\.xls\)"):
        read_sheet(xls)
    ods = tmp_path / "calc.ods"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(UserError, match=r"OpenDocument spreadsheet \(\.ods\)"):
        read_sheet(ods)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + bytes(100))
    with pytest.raises(UserError, match="damaged"):
        read_sheet(broken)


def test_a_wrong_encoding_choice_names_the_row(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes("First name,Last name,Email\nJiří,Dvořák,j@uni.example\n".encode("cp1250"))
    with pytest.raises(UserError, match=r"list\.csv, row 2: byte 0xf8 is not valid in utf-8"):
        read_sheet(path, encoding="utf-8")
    with pytest.raises(UserError, match="not an encoding"):
        read_sheet(path, encoding="klingon")


def test_huge_and_hostile_files_get_a_clear_message(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    with open(big, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(UserError, match="at most 20 MB"):
        read_sheet(big)

    many = tmp_path / "many.csv"
    many.write_text("First name,Last name,Email\n" + "a,b,c\n" * MAX_ROWS, encoding="utf-8")
    with pytest.raises(UserError, match="more than 50,000 rows"):
        read_sheet(many)

    wide = tmp_path / "wide.csv"
    wide.write_text("First name,Last name,Email\nA,B," + "x" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"wide\.csv, row 2: cannot be read"):
        read_sheet(wide)

    long_name = tmp_path / "long.csv"
    long_name.write_text(f"First name,Last name,Email\n{'A' * 201},B,a@uni.example\n")
    assert problems_of_path(long_name) == [(2, "given name", "longer than 200 characters")]


def problems_of_path(path: Path) -> list[tuple[int, str, str]]:
    return [(p.row, p.field, p.message) for p in read_roster(path).problems]


def test_a_chosen_mapping_replaces_the_guess() -> None:
    sheet = read_sheet(ROSTERS / "moodle_participants.csv")
    guessed = check_roster(sheet)
    # Someone wants Moodle's "Groups" column as the programme and no student numbers.
    mapping = mapping_from_names(guessed.headers, {"programme": "Groups", "student_number": ""})
    roster = check_roster(sheet, mapping)
    assert roster.people[0].programme == "Group A"
    assert roster.people[0].student_number == ""
    with pytest.raises(UserError, match="no column 'Uni mail'"):
        mapping_from_names(guessed.headers, {"email": "Uni mail"})
    with pytest.raises(UserError, match="'mail' is not a roster field"):
        mapping_from_names(guessed.headers, {"mail": "Email address"})


# --- importing ------------------------------------------------------------------------------


def test_import_creates_the_cohort_and_people(any_db: Database) -> None:
    roster = read_roster(ROSTERS / "excel_semicolon_cp1250.csv")
    report = import_roster(any_db, roster, "  ITE 2026 ")
    assert (report.cohort, report.cohort_created) == ("ITE 2026", True)
    assert (report.created, report.updated, report.unchanged) == (7, 0, 0)
    stored = people(any_db)
    assert stored["lukasz.walesa@student.uni.example.pl"] == ("Łukasz", "Wałęsa", "ITE 2026")
    assert "malgorzata.szczesna@student.uni.example.pl" in stored  # stored lowercase


def test_reimport_updates_by_email_and_never_duplicates(any_db: Database, tmp_path: Path) -> None:
    first = read_roster(ROSTERS / "broken_missing_name.csv")  # row 2 is clean; the rest is not
    assert first.problems
    path = tmp_path / "v1.csv"
    path.write_text(
        "First name,Last name,Email,Student number\n"
        "Anna,Kowalska,anna.kowalska@uni.example,111\n"
        "Jan,Nowak,jan.nowak@uni.example,222\n",
        encoding="utf-8",
    )
    import_roster(any_db, read_roster(path), "ITE")
    # The registry corrected a name and changed the email's case; a number cell is now empty.
    path.write_text(
        "First name,Last name,Email,Student number\n"
        "Anna,Kowalska-Lis,ANNA.KOWALSKA@uni.example,\n"
        "Jan,Nowak,jan.nowak@uni.example,222\n"
        "Ewa,Lis,ewa.lis@uni.example,333\n",
        encoding="utf-8",
    )
    report = import_roster(any_db, read_roster(path), "ITE")
    assert (report.cohort_created, report.created, report.updated, report.unchanged) == (
        False,
        1,
        1,
        1,
    )
    stored = people(any_db)
    assert len(stored) == 3
    assert stored["anna.kowalska@uni.example"][1] == "Kowalska-Lis"
    with any_db.engine.connect() as conn:
        st = TABLES["student_teacher"]
        number, version = conn.execute(
            select(st.c.student_number, st.c.version).where(
                st.c.email == "anna.kowalska@uni.example"
            )
        ).one()
    assert (number, version) == ("111", 2)  # an empty cell never erases; the edit is versioned
    again = import_roster(any_db, read_roster(path), "ITE")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)


def test_known_email_in_another_case_in_the_database(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            TABLES["student_teacher"]
            .insert()
            .values(given_name="Anna", family_name="Kowalska", email="Anna.Kowalska@UNI.example")
        )
    path = ROSTERS / "broken_duplicate_email.csv"
    roster = check_roster(read_sheet(path))
    # The clean rows only (row 4 repeats row 2): import them through a fixed copy.
    fixed = roster.sheet.rows[:3]
    report = import_roster(db, check_roster(Sheet(path.name, fixed)), "ITE")
    assert (report.created, report.updated) == (1, 1)  # the stored email became lowercase
    assert set(people(db)) == {"anna.kowalska@uni.example", "jan.nowak@uni.example"}


def test_a_roster_with_problems_imports_nothing(db: Database) -> None:
    roster = read_roster(ROSTERS / "broken_invalid_email.csv")
    with pytest.raises(RosterProblemsError) as refused:
        import_roster(db, roster, "ITE")
    message = str(refused.value)
    assert message.startswith("broken_invalid_email.csv has 3 problems; nothing was imported.")
    assert "broken_invalid_email.csv, row 4, email: 'ewa.lis@' is not a valid email address" in (
        message
    )
    assert people(db) == {}
    with db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(TABLES["cohort"])).scalar() == 0


def test_a_failure_midway_rolls_everything_back(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_roster(db, read_roster(ROSTERS / "moodle_participants.csv"), "ITE")
    before = people(db)

    def stale(*args: object) -> int:
        raise ConflictError("student_teacher", 1, 1, None)

    monkeypatch.setattr("itepad.services.roster_import.versioned_update", stale)
    changed = read_roster(ROSTERS / "moodle_participants.csv")
    renamed = (*changed.sheet.rows[:2], ("Ciarán", "Ó Súilleabháin", *changed.sheet.rows[2][2:]))
    plus_new = (*renamed, ("Nina", "Novak", "9", "nina.novak@uni.example", "", "", "", ""))
    with pytest.raises(ConflictError):
        import_roster(db, check_roster(Sheet("m.csv", plus_new)), "New cohort")
    assert people(db) == before
    with db.engine.connect() as conn:
        cohorts = conn.execute(select(TABLES["cohort"].c.name)).scalars().all()
    assert cohorts == ["ITE"]


def test_an_archived_person_on_a_new_roster_is_back(db: Database) -> None:
    import_roster(db, read_roster(ROSTERS / "excel_unicode_text.txt"), "ITE")
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE student_teacher SET archived_at = CURRENT_TIMESTAMP"))
    report = import_roster(db, read_roster(ROSTERS / "excel_unicode_text.txt"), "ITE")
    assert report.updated == 3
    with db.engine.connect() as conn:
        archived = conn.execute(
            text("SELECT count(*) FROM student_teacher WHERE archived_at IS NOT NULL")
        ).scalar()
    assert archived == 0


def test_a_new_cohort_takes_the_programme_everyone_shares(db: Database) -> None:
    sheet = read_sheet(ROSTERS / "excel_semicolon_cp1250.csv")
    import_roster(db, check_roster(sheet), "Mixed")
    pedagogika = (sheet.rows[0], *(row for row in sheet.rows if "Pedagogika" in row))
    import_roster(db, check_roster(Sheet("p.csv", pedagogika)), "Pedagogy")
    cohorts = TABLES["cohort"]
    with db.engine.connect() as conn:
        programmes = {
            name: programme
            for name, programme in conn.execute(select(cohorts.c.name, cohorts.c.programme))
        }
    assert programmes == {"Mixed": "", "Pedagogy": "Pedagogika"}


def test_the_cohort_name_must_be_given(db: Database) -> None:
    with pytest.raises(UserError, match="Cohort name: missing"):
        import_roster(db, read_roster(ROSTERS / "excel_unicode_text.txt"), "  ")


def test_utf8_bom_is_told_from_plain_utf8(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(codecs.BOM_UTF8 + b"Email;Vorname;Nachname\nx@uni.example;A;B\n")
    sheet = read_sheet(path)
    assert (sheet.encoding, sheet.delimiter, sheet.rows[0][0]) == ("utf-8-sig", ";", "Email")
