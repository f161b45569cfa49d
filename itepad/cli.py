"""The `itepad` command: opens the app, or runs a headless job (design.md section 4).

Exit status: 0 success, 2 bad input or a refused operation (one clear line on stderr),
1 an unexpected error. Heavy modules are imported inside the commands that need them, so
`itepad` reaches its window quickly and `itepad --help` answers at once.
"""

from __future__ import annotations

import argparse
import multiprocessing
import re
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING

from itepad import __version__
from itepad.errors import UserError

if TYPE_CHECKING:
    from itepad.store.database import Database

EXIT_OK, EXIT_ERROR, EXIT_USER = 0, 1, 2
PRINT_LANGUAGES = ("en", "de", "fr", "es", "pl", "uk")  # reports/headings.py LANGUAGES
LIST_KINDS = ("cohorts", "modules", "students", "templates", "due-for-deletion")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MAX_DEMO_STUDENTS = 100_000


def _positive(limit: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not 1 <= value <= limit:
            raise argparse.ArgumentTypeError(f"must be between 1 and {limit:,}, not {value}")
        return value

    return parse


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _weekday(text: str) -> int:
    """0 (Monday) to 6; "mon", "Monday" and the like."""
    key = text.strip().lower()[:3]
    full = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    if key in WEEKDAYS and full[WEEKDAYS.index(key)].startswith(text.strip().lower()):
        return WEEKDAYS.index(key)
    raise argparse.ArgumentTypeError(f"{text!r} is not a weekday ({', '.join(WEEKDAYS)})")


def _time_of_day(text: str) -> time:
    match = re.fullmatch(r"([01]?[0-9]|2[0-3]):([0-5][0-9])", text.strip(), re.ASCII)
    if match is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time of day (HH:MM, 24-hour clock)")
    return time(int(match[1]), int(match[2]))


def _column(text: str) -> tuple[str, str]:
    """FIELD=HEADER, e.g. email="Uni mail"; an empty HEADER leaves the field out."""
    field, equals, header = text.partition("=")
    if not equals or not field.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not FIELD=HEADER (e.g. email=Mail)")
    return field.strip(), header.strip()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="itepad",
        description="The teacher educator's desk for eTwinning for future teachers. "
        "Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"itepad {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database: a file path, sqlite:///path or postgresql+psycopg://user:pass@host/db "
        "(default: ITEPAD_DATABASE_URL, else a file in your data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the app on a separate demo database, filled with demo data the first time",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill an empty database with a realistic demo dataset")
    demo.add_argument("--students", type=_positive(MAX_DEMO_STUDENTS), default=40, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")

    listing = commands.add_parser("list", help="one record a line, tab-separated, key first")
    listing.add_argument("kind", choices=LIST_KINDS)

    export = commands.add_parser("export-json", help="write the database (or one student) as JSON")
    export.add_argument("out", type=Path, metavar="OUT")
    export.add_argument("--student", metavar="EMAIL", help="only everything about this student")

    load = commands.add_parser("import-json", help="load an export into an empty database")
    load.add_argument("source", type=Path, metavar="IN")

    roster = commands.add_parser(
        "import-roster", help="add or update student teachers from a CSV or XLSX roster"
    )
    roster.add_argument("source", type=Path, metavar="FILE")
    roster.add_argument("--cohort", metavar="NAME", required=True, help="created if it is new")
    roster.add_argument(
        "--encoding", metavar="CODEC", help="of a CSV file, e.g. cp1250 (default: detected)"
    )
    roster.add_argument(
        "--column",
        type=_column,
        action="append",
        default=[],
        metavar="FIELD=HEADER",
        help="which column holds a field (given_name, family_name, email, student_number, "
        "programme, study_year, placement_school); default: guessed from the headers; repeatable",
    )

    portfolio = commands.add_parser(
        "portfolio", help="write portfolio PDFs: one student teacher's, or a whole cohort's"
    )
    who = portfolio.add_mutually_exclusive_group(required=True)
    who.add_argument("--student", metavar="EMAIL")
    who.add_argument("--cohort", metavar="NAME")
    portfolio.add_argument("--out", type=Path, metavar="FILE.pdf", help="with --student")
    portfolio.add_argument("--out-dir", type=Path, metavar="DIR", help="with --cohort")
    portfolio.add_argument(
        "--jobs", type=_positive(64), metavar="N", help="worker processes (default: CPUs)"
    )
    portfolio.add_argument(
        "--sections", metavar="LIST", help="comma-separated, e.g. summary,evidence (default: all)"
    )
    portfolio.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    portfolio.add_argument(
        "--language", choices=PRINT_LANGUAGES, default="en", help="of the printed headings"
    )
    portfolio.add_argument(
        "--review",
        action="store_true",
        help="fillable review copies for the student teachers to fill in and send back",
    )
    returned = commands.add_parser(
        "import-review", help="read returned portfolio review copies (filled-in PDFs)"
    )
    returned.add_argument("file", type=Path, metavar="FILE.pdf")

    plan = commands.add_parser("plan", help="create a module from a course template")
    plan.add_argument("--template", metavar="ID", required=True, help="see `itepad list templates`")
    plan.add_argument("--code", required=True, help="the new module's code (must be free)")
    plan.add_argument("--start", type=_date, metavar="DATE", required=True, help="in week 1")
    plan.add_argument("--title", help="default: the template's title")
    plan.add_argument(
        "--weekday", type=_weekday, metavar="mon..sun", help="default: the start date's weekday"
    )
    plan.add_argument(
        "--time", type=_time_of_day, metavar="HH:MM", help="default: the template's start time"
    )
    plan.add_argument(
        "--skip",
        type=_date,
        action="append",
        default=[],
        metavar="DATE",
        help="leave out the week holding DATE (holidays, exams); repeatable",
    )
    plan.add_argument(
        "--timezone",
        metavar="ZONE",
        help="e.g. Europe/Warsaw; default: the template's, else Europe/Brussels",
    )

    calendar = commands.add_parser(
        "calendar", help="write a module's sessions, or upcoming mentoring meetings, as iCalendar"
    )
    what = calendar.add_mutually_exclusive_group(required=True)
    what.add_argument("--module", metavar="CODE")
    what.add_argument("--mentoring", action="store_true", help="upcoming mentoring meetings")
    calendar.add_argument("--mentor", metavar="EMAIL", help="with --mentoring: only this mentor's")
    calendar.add_argument("--out", type=Path, metavar="FILE.ics", required=True)

    attendance = commands.add_parser(
        "import-attendance", help="load attendance marks of a module from CSV or XLSX"
    )
    attendance.add_argument("source", type=Path, metavar="FILE")
    attendance.add_argument("--module", metavar="CODE", required=True)
    attendance.add_argument("--recorded-by", metavar="NAME", help="default: your login name")

    report = commands.add_parser("report", help="write a printed report")
    kinds = report.add_subparsers(dest="report", metavar="KIND", required=True)
    handbook = kinds.add_parser("module-handbook", help="a module's handbook for students")
    handbook.add_argument("--module", metavar="CODE", required=True)
    handbook.add_argument("--out", type=Path, metavar="FILE.pdf", required=True)
    _add_print_language(handbook)
    nso = kinds.add_parser(
        "nso-list", help="student teachers waiting for eTwinning validation, for the NSO"
    )
    nso.add_argument("--cohort", metavar="NAME", help="default: every cohort")
    nso.add_argument("--out", type=Path, metavar="FILE", required=True, help=".csv, .xlsx or .pdf")
    _add_print_language(nso)
    sheet = kinds.add_parser("sign-in-sheet", help="a printable sign-in sheet for one session")
    sheet.add_argument("--module", metavar="CODE", required=True)
    sheet.add_argument(
        "--session", type=_positive(10_000), metavar="N", required=True, help="in date order"
    )
    sheet.add_argument("--out", type=Path, metavar="FILE.pdf", required=True)
    _add_print_language(sheet)
    _add_report_kinds(kinds)

    backup = commands.add_parser("backup", help="copy the database (SQLite) while it is in use")
    backup.add_argument("--out", type=Path, metavar="FILE", help="default: the backups folder")
    restore = commands.add_parser("restore", help="put a backup in place of the database")
    restore.add_argument("source", type=Path, metavar="FILE")

    access = commands.add_parser(
        "export-student", help="one student teacher's record, portfolio and files in a zip"
    )
    access.add_argument("--student", metavar="EMAIL", required=True)
    access.add_argument("--out", type=Path, metavar="FILE.zip", required=True)

    erase = commands.add_parser("erase", help="anonymise a student teacher (GDPR erasure)")
    erase.add_argument("--student", metavar="EMAIL", required=True)

    history = commands.add_parser(
        "history", help="who changed what and when (the audit trail), newest first"
    )
    subject = history.add_mutually_exclusive_group()
    subject.add_argument("--student", metavar="EMAIL", help="only changes about this student")
    subject.add_argument("--module", metavar="CODE", help="only changes about this module")
    history.add_argument("--since", type=_date, metavar="DATE", help="only changes from DATE on")
    return parser


def _add_report_kinds(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The reports of itepad.services.report_kinds: `report KIND --SUBJECT KEY --out FILE.pdf`."""
    from itepad.services.report_kinds import REPORT_KINDS

    keys = {"cohort": "NAME", "module": "CODE", "project": "ID_OR_TITLE"}
    for name, kind in REPORT_KINDS.items():
        parser = kinds.add_parser(name, help=kind.help)
        required = kind.subject_required
        parser.add_argument(
            f"--{kind.subject}",
            metavar=keys[kind.subject],
            required=required,
            help=None if required else "default: the whole institution",
        )
        parser.add_argument("--out", type=Path, metavar="FILE.pdf", required=True)
        _add_print_language(parser)


def _add_print_language(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language", choices=PRINT_LANGUAGES, default="en", help="of the printed words"
    )


@contextmanager
def _database(args: argparse.Namespace) -> Iterator[Database]:
    from itepad.store.database import open_database

    db = open_database(args.db)
    db.audit.source = "cli"
    try:
        yield db
    finally:
        db.close()


def _progress(message: str) -> None:
    """Progress goes to stderr, and only for a person at a terminal."""
    if sys.stderr.isatty():
        print(message, file=sys.stderr, flush=True)


def cmd_demo(args: argparse.Namespace) -> int:
    from itepad.services.demo import fill_demo

    with _database(args) as db:
        _progress(f"Writing demo data for {args.students:,} student teachers…")
        summary = fill_demo(db, students=args.students, seed=args.seed)
    print(
        f"Demo data written to {db.location.display_name}: "
        f"{summary.count('student_teacher'):,} student teachers, "
        f"{summary.count('module')} modules, {summary.count('module_session')} sessions, "
        f"{summary.count('attendance'):,} attendance "
        f"marks, {summary.count('mentoring_meeting'):,} mentoring meetings "
        f"({summary.total:,} records)"
    )
    return EXIT_OK


def _print_record(record: Sequence[object]) -> None:
    # Tabs and line breaks inside a value would break the one-record-a-line format.
    print("\t".join(" ".join(str(v).split()) for v in record))


def cmd_list(args: argparse.Namespace) -> int:
    if args.kind == "templates":
        from itepad.services.listing import list_templates

        # Templates are files, not records: no database is opened.
        rows, problems = list_templates()
        for problem in problems:
            print(problem, file=sys.stderr)
        for row in rows:
            _print_record(row)
        return EXIT_OK

    from itepad.services.listing import list_records

    with _database(args) as db:
        for record in list_records(db, args.kind):
            _print_record(record)
    return EXIT_OK


def cmd_export_json(args: argparse.Namespace) -> int:
    from itepad.store import interchange

    with _database(args) as db:
        if args.student:
            document = interchange.export_student(db, args.student)
        else:
            document = interchange.export_database(db)
        interchange.write_document(document, args.out)
    rows = sum(len(r) for r in document["tables"].values())
    _progress(f"Wrote {rows:,} records to {args.out}")
    return EXIT_OK


def cmd_import_json(args: argparse.Namespace) -> int:
    from itepad.store import interchange

    with _database(args) as db:
        counts = interchange.import_document(db, args.source)
    _progress(f"Loaded {sum(counts.values()):,} records from {args.source}")
    return EXIT_OK


def cmd_import_roster(args: argparse.Namespace) -> int:
    from itepad.services.roster_formats import read_sheet
    from itepad.services.roster_headers import mapping_from_names
    from itepad.services.roster_import import RosterProblemsError, check_roster, import_roster

    # The file is read and checked before the database is opened: a bad file changes nothing.
    sheet = read_sheet(args.source, encoding=args.encoding)
    roster = check_roster(sheet)
    if args.column:
        roster = check_roster(sheet, mapping_from_names(roster.headers, dict(args.column)))
    if roster.problems:
        raise RosterProblemsError(roster)
    with _database(args) as db:
        report = import_roster(db, roster, args.cohort)
    new = " (new)" if report.cohort_created else ""
    print(
        f"Imported {report.total:,} student teachers from {args.source.name} into cohort "
        f"{report.cohort}{new}: {report.created:,} added, {report.updated:,} updated, "
        f"{report.unchanged:,} unchanged"
    )
    return EXIT_OK


def cmd_portfolio(args: argparse.Namespace) -> int:
    from itepad.reports.portfolio_options import ALL_SECTIONS, PortfolioOptions, parse_sections
    from itepad.services.portfolio import write_portfolio
    from itepad.services.portfolio_batch import write_cohort_portfolios

    if args.student and args.out is None:
        raise UserError("--student needs --out FILE.pdf")
    if args.cohort and args.out_dir is None:
        raise UserError("--cohort needs --out-dir DIR")
    try:
        sections = parse_sections(args.sections) if args.sections else ALL_SECTIONS
    except ValueError as exc:
        raise UserError(f"--sections: {exc}") from exc
    options = PortfolioOptions(
        sections=sections, pagesize=args.paper, language=args.language, review=args.review
    )
    with _database(args) as db:
        if args.student:
            write_portfolio(db, args.student, args.out, options)
            _progress(f"Wrote {args.out}")
            return EXIT_OK
        summary = write_cohort_portfolios(
            db,
            args.cohort,
            args.out_dir,
            options=options,
            jobs=args.jobs,
            progress=lambda done, total, name: _progress(f"[{done}/{total}] {name}"),
        )
    for failure in summary.failures:
        print(f"itepad: {failure.email}: {failure.message}", file=sys.stderr)
    print(f"Wrote {len(summary.written)} of {summary.total} portfolios to {args.out_dir}")
    return EXIT_ERROR if summary.failures else EXIT_OK


def cmd_import_review(args: argparse.Namespace) -> int:
    from itepad.services.review_import import import_review

    with _database(args) as db:
        print(import_review(db, args.file).message())
    return EXIT_OK


def cmd_plan(args: argparse.Namespace) -> int:
    from itepad.services.planning import plan_module
    from itepad.services.templates import find_template

    template = find_template(args.template)
    with _database(args) as db:
        plan_module(
            db,
            template,
            code=args.code,
            start=args.start,
            title=args.title,
            weekday=args.weekday,
            start_time=args.time,
            skip_weeks=args.skip,
            timezone=args.timezone,
        )
    print(
        f"Created module {args.code.strip()} from {template.id}: {len(template.sessions)} sessions"
    )
    return EXIT_OK


def cmd_calendar(args: argparse.Namespace) -> int:
    from itepad.services.calendar_export import write_calendar, write_module_calendar
    from itepad.services.mentoring import mentor_id_for, upcoming_meetings_calendar

    with _database(args) as db:
        if args.module:
            write_module_calendar(db, args.module, args.out)
        else:
            mentor = mentor_id_for(db, args.mentor) if args.mentor else None
            write_calendar(upcoming_meetings_calendar(db, mentor_id=mentor), args.out)
    _progress(f"Wrote {args.out}")
    return EXIT_OK


def cmd_import_attendance(args: argparse.Namespace) -> int:
    from itepad.services.attendance import login_name
    from itepad.services.attendance_import import import_attendance

    with _database(args) as db:
        result = import_attendance(
            db, args.source, args.module, recorded_by=args.recorded_by or login_name()
        )
    print(
        f"Imported {args.source} into {args.module}: {result.added} added, "
        f"{result.changed} changed, {result.unchanged} already so"
    )
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from itepad.services.report_kinds import REPORT_KINDS

    if args.report in REPORT_KINDS:
        kind = REPORT_KINDS[args.report]
        with _database(args) as db:
            kind.write(db, getattr(args, kind.subject), args.out, args.language)
        _progress(f"Wrote {args.out}")
        return EXIT_OK
    if args.report == "sign-in-sheet":
        from itepad.services.sign_in_sheet import write_sign_in_sheet

        with _database(args) as db:
            write_sign_in_sheet(db, args.module, args.session, args.out, args.language)
        _progress(f"Wrote {args.out}")
        return EXIT_OK
    if args.report == "nso-list":
        from itepad.services.nso_list import check_suffix, write_nso_list

        check_suffix(args.out)  # before the database is opened (and perhaps created)
        with _database(args) as db:
            count = write_nso_list(db, args.out, args.cohort, args.language)
        _progress(f"Wrote {args.out}: {count:,} student teachers waiting for validation")
        return EXIT_OK

    from itepad.services.handbook import write_module_handbook

    with _database(args) as db:
        write_module_handbook(db, args.module, args.out, args.language)
    _progress(f"Wrote {args.out}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from itepad.services.backups import backup

    with _database(args) as db:
        written = backup(db.location, args.out)
    print(written)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from itepad.services.backups import restore
    from itepad.store.database import open_database
    from itepad.store.engine import resolve

    location = resolve(args.db)
    kept = restore(location, args.source)
    open_database(location=location).close()  # brings an older backup up to this schema
    print(f"Restored {args.source} to {location.display_name}")
    if kept is not None:
        print(f"The database it replaced was kept as {kept}")
    return EXIT_OK


def cmd_export_student(args: argparse.Namespace) -> int:
    from itepad.services.subject_access import write_subject_access_zip

    with _database(args) as db:
        members = write_subject_access_zip(db, args.student, args.out)
    _progress(f"Wrote {args.out} ({len(members)} files)")
    return EXIT_OK


def cmd_erase(args: argparse.Namespace) -> int:
    from itepad.services.privacy_list import erase_with_backup

    with _database(args) as db:
        report, kept = erase_with_backup(db, args.student)
    print(f"Erased {args.student}: now anonymous student teacher {report.student_id}")
    if kept is not None:
        print(f"A backup taken just before is {kept}; delete it once you no longer need it.")
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    from itepad.services.history import (
        HistoryFilter,
        module_id_for,
        read_history,
        student_id_for,
    )

    with _database(args) as db:
        wanted = HistoryFilter(
            student_id=student_id_for(db, args.student) if args.student else None,
            module_id=module_id_for(db, args.module) if args.module else None,
            since=args.since,
            limit=1_000_000,
        )
        for line in read_history(db, wanted):
            _print_record(line.as_record())
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "list": cmd_list,
    "export-json": cmd_export_json,
    "import-json": cmd_import_json,
    "import-roster": cmd_import_roster,
    "portfolio": cmd_portfolio,
    "import-review": cmd_import_review,
    "plan": cmd_plan,
    "calendar": cmd_calendar,
    "report": cmd_report,
    "import-attendance": cmd_import_attendance,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "export-student": cmd_export_student,
    "erase": cmd_erase,
    "history": cmd_history,
}


def run(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            from itepad.app import run as run_app

            return run_app(args.db, demo=args.demo)
        return COMMANDS[args.command](args)
    except UserError as exc:
        print(f"itepad: {exc}", file=sys.stderr)
        return EXIT_USER
    except OSError as exc:
        # A file that cannot be read or written (missing folder, no permission, disk full) is
        # the user's to fix; say which file and why.
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"itepad: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        print("itepad: interrupted; nothing was written", file=sys.stderr)
        return 130


def main(argv: Sequence[str] | None = None) -> int:
    # A frozen (PyInstaller) program must let its spawned portfolio workers start.
    multiprocessing.freeze_support()
    try:
        return run(argv)
    except Exception:
        print("itepad: unexpected error (a bug; please report it with this text):", file=sys.stderr)
        traceback.print_exc()
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
