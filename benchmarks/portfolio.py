"""How fast portfolio PDFs are made: the engine next to plain reportlab and WeasyPrint, and a
whole cohort with worker processes.

    python benchmarks/portfolio.py [--cohort 300] [--jobs 2] [--sample 30] [--out FILE]

1. Fills a demo database in a temporary folder with enough student teachers for one cohort of
   --cohort members (fill_demo).
2. Engine against its floor: the portfolios of the first --sample members are built with the
   engine; then the same text, page by page as the engine printed it (pypdf's text of each page,
   one plain Paragraph per line, a page break after each page), is built as a minimal reportlab
   document on the same fonts and paper. CPU time, best of --rounds rounds, both in the same run.
3. WeasyPrint, if it is installed (it is not a dependency: `pip install weasyprint` to compare),
   on the same fonts with page numbers from CSS, twice: the printed text as HTML paragraphs (its
   floor), and the portfolio's content as a web page would carry it (headings, tables, the
   Markdown as HTML, a contents list with page numbers; no charts).
4. The cohort: every member's portfolio written by write_portfolios with --jobs processes (wall
   time, opening the database and starting the processes included), the peak memory of the
   largest worker (its VmHWM on Linux), and the floor for that wall time on this machine: the
   sample's CPU time a portfolio for reading its records plus plain reportlab's, times the
   members, over the workers.

Writes the results to benchmarks/results/portfolio.txt. Exit status 1 if a goal is missed.
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import math
import multiprocessing
import os
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import markdown
from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from itepad.reports.data import PortfolioData
from itepad.reports.fonts import font_dir
from itepad.reports.portfolio import build_portfolio
from itepad.reports.text import escape
from itepad.reports.theme import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, page_size, styles
from itepad.services.demo import fill_demo
from itepad.services.demo_content import COHORTS
from itepad.services.portfolio import portfolio_data
from itepad.services.portfolio_batch import StudentRef, cohort_students, write_portfolios
from itepad.store.database import Database, open_database

RESULTS = Path(__file__).resolve().parent / "results" / "portfolio.txt"
TODAY = date(2026, 11, 25)  # fixed, so that every run prints the same portfolios
FLOOR_GOAL = 0.8  # the engine's pages per second, at least this share of plain reportlab's
COHORT_GOAL_SECONDS = 10.0
MEMORY_GOAL_MB = 150.0
WEASYPRINT_GOAL = 10.0  # times faster
WEASYPRINT_SAMPLE = 5  # portfolios: WeasyPrint takes seconds each


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cohort", type=int, default=300)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        db, members = demo_cohort(folder / "demo.sqlite", args.cohort)
        lines = [f"itepad portfolio PDFs (benchmarks/portfolio.py), {args.cohort}-member cohort"]
        lines += machine()
        sample = [member.email for member in members[: args.sample]]
        gathering = best_of(args.rounds, lambda: [portfolio_data(db, email) for email in sample])
        datas = [portfolio_data(db, email) for email in sample]
        engine, floor, printed = engine_and_floor(datas, folder, args.rounds)
        engine_rate = sum(len(pages) for pages in printed) / engine
        lines += floor_report(engine, floor, printed, folder)
        lines += weasyprint_report(
            datas[:WEASYPRINT_SAMPLE], printed[:WEASYPRINT_SAMPLE], engine_rate, folder
        )
        # The least the cohort could take here: each portfolio's records read and its text laid
        # out by plain reportlab, spread evenly over the workers, nothing else running.
        reading, laying_out = gathering / len(datas), floor / len(datas)
        bound = (reading + laying_out) * len(members) / args.jobs
        lines += cohort_report(db, members, folder / "cohort", args.jobs, reading)
        lines.append(
            f"  floor on these CPUs: {bound:.1f} s (records read, {1000 * reading:.0f} ms, "
            f"plus plain reportlab, {1000 * laying_out:.0f} ms, a portfolio, "
            f"x {len(members)} / {args.jobs} workers)"
        )
        db.close()
    report = "\n".join(lines) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    print(report, end="")
    return 1 if "MISSED" in report else 0


def demo_cohort(path: Path, size: int) -> tuple[Database, list[StudentRef]]:
    """A demo database with at least `size` student teachers in its largest cohort."""
    largest = max(COHORTS, key=lambda plan: plan.share)
    db = open_database(str(path))
    fill_demo(db, students=math.ceil(size / largest.share * 1.1), today=TODAY)
    members = cohort_students(db, largest.name.format(year="2026/27"))
    if len(members) < size:
        raise SystemExit(f"the demo cohort has {len(members)} members, fewer than {size}")
    return db, members[:size]


def machine() -> list[str]:
    accelerated = importlib.util.find_spec("_rl_accel") is not None
    return [
        f"date: {datetime.now(UTC).isoformat(timespec='seconds')}",
        f"python: {platform.python_version()} ({platform.python_implementation()})",
        f"machine: {platform.system()} {platform.machine()}, {os.cpu_count()} CPUs",
        f"reportlab C accelerator (rl_accel): {'installed' if accelerated else 'not installed'}",
        f"load average at start: {', '.join(f'{n:.2f}' for n in os.getloadavg())}",
        "",
    ]


def best_of(rounds: int, work: Callable[[], object]) -> float:
    """The least CPU time of `rounds` runs of `work` (CPU time: other processes on the machine
    slow the wall clock more than the work)."""
    times = []
    for _ in range(rounds):
        started = time.process_time()
        work()
        times.append(time.process_time() - started)
    return min(times)


Printed = list[list[list[str]]]  # per portfolio, per page, its lines of text


def engine_and_floor(
    datas: list[PortfolioData], folder: Path, rounds: int
) -> tuple[float, float, Printed]:
    """CPU seconds of the engine and of the floor for all of `datas`, and the text printed."""
    outs = [folder / f"engine-{index}.pdf" for index in range(len(datas))]

    def engine() -> None:
        for data, out in zip(datas, outs, strict=True):
            build_portfolio(data, out)

    build_portfolio(datas[0], folder / "warm-up.pdf")  # fonts loaded, modules imported
    engine_seconds = best_of(rounds, engine)
    printed = [[page.extract_text().splitlines() for page in PdfReader(out).pages] for out in outs]

    def floor() -> None:
        for index, pages in enumerate(printed):
            plain_reportlab(pages, folder / f"floor-{index}.pdf")

    return engine_seconds, best_of(rounds, floor), printed


def plain_reportlab(pages: list[list[str]], out: Path) -> None:
    """The minimal reportlab document: a Paragraph per line, the engine's page breaks."""
    line = ParagraphStyle("line", parent=styles().table_cell)
    story: list[object] = []
    for page in pages:
        story += [Paragraph(escape(text), line) for text in page]
        story.append(PageBreak())
    document = SimpleDocTemplate(
        str(out),
        pagesize=page_size("A4"),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
    )
    document.build(story[:-1])


def floor_report(engine: float, floor: float, printed: Printed, folder: Path) -> list[str]:
    count = len(printed)
    pages = sum(len(portfolio) for portfolio in printed)
    floor_pages = sum(len(PdfReader(folder / f"floor-{i}.pdf").pages) for i in range(count))
    # The same text, page for page: the engine's pages per second against the floor's time for
    # that text (the floor fits some dense pages on two of its own).
    share = (pages / engine) / (pages / floor)
    return [
        f"engine against plain reportlab: {count} demo portfolios, {pages} pages "
        f"({pages / count:.1f} a portfolio), CPU time, best of rounds",
        f"  engine:           {_rate(pages, engine, count)}",
        f"  plain reportlab:  {_rate(pages, floor, count)}"
        f" (the engine's pages; plain reportlab lays the text out on {floor_pages})",
        f"  engine / floor:   {share:.0%} (goal: at least {FLOOR_GOAL:.0%}) "
        + _verdict(share >= FLOOR_GOAL),
        "",
    ]


def weasyprint_report(
    datas: list[PortfolioData], printed: Printed, engine_rate: float, folder: Path
) -> list[str]:
    try:
        weasyprint = importlib.import_module("weasyprint")
    except (ImportError, OSError) as error:  # OSError: the package is there, pango is not
        return [
            "WeasyPrint: not measured: it could not be loaded here "
            f"({type(error).__name__}: {error}).",
            "",
        ]
    pages = sum(len(portfolio) for portfolio in printed)
    lines = [
        f"WeasyPrint {weasyprint.__version__}: {len(printed)} of the portfolios above "
        f"({pages} pages as the engine prints them), CPU time",
        f"  engine:                       {engine_rate:6.1f} pages/s (the whole sample above)",
    ]
    kinds = (
        ("the text, a paragraph per line", [_text_html(portfolio) for portfolio in printed]),
        ("the portfolio as HTML (tables, Markdown)", [_portfolio_html(data) for data in datas]),
    )
    for kind, documents in kinds:
        weasyprint.HTML(string=documents[0]).write_pdf(folder / "warm-up-weasyprint.pdf")
        started = time.process_time()
        for index, document in enumerate(documents):
            weasyprint.HTML(string=document).write_pdf(folder / f"weasyprint-{index}.pdf")
        seconds = time.process_time() - started
        times = engine_rate / (pages / seconds)
        lines.append(
            f"  WeasyPrint, {kind}: {1000 * seconds / len(documents):5.0f} ms a portfolio, "
            f"the engine {times:.1f}x faster"
        )
    lines += [
        f"  engine / WeasyPrint (the portfolio as HTML): {times:.1f}x faster "
        f"(goal: at least {WEASYPRINT_GOAL:.0f}x) {_verdict(times >= WEASYPRINT_GOAL)}",
        "",
    ]
    return lines


def _html_page(body: str, css: str = "") -> str:
    fonts = font_dir()
    faces = "".join(
        f"@font-face {{ font-family: DejaVu; src: url('{(fonts / file).as_uri()}'); {style} }}"
        for file, style in (
            ("DejaVuSans.ttf", ""),
            ("DejaVuSans-Bold.ttf", "font-weight: bold;"),
            ("DejaVuSans-Oblique.ttf", "font-style: italic;"),
        )
    )
    base = (
        "@page { size: A4; margin: 22mm 20mm 20mm 20mm;"
        " @bottom-right { content: 'Page ' counter(page) ' of ' counter(pages);"
        " font: 8pt DejaVu; } }"
        " body { font: 8.5pt/11pt DejaVu; } p { margin: 0; }"
    )
    head = f"<head><style>{faces}{base}{css}</style></head>"
    return f"<!doctype html><html lang='en'>{head}<body>{body}</body></html>"


def _text_html(pages: list[list[str]]) -> str:
    return _html_page(
        "".join(
            "<section>" + "".join(f"<p>{html.escape(text)}</p>" for text in page) + "</section>"
            for page in pages
        ),
        " section { break-after: page; }",
    )


def _portfolio_html(data: PortfolioData) -> str:
    """The portfolio's content with its structure, as a web page would carry it (no charts)."""
    e = html.escape

    def md(source: str) -> str:
        return markdown.markdown(source, extensions=["tables", "fenced_code", "sane_lists"])

    def facts(rows: Sequence[tuple[str, object]]) -> str:
        cells = "".join(f"<tr><th>{e(k)}</th><td>{e(str(v))}</td></tr>" for k, v in rows if v)
        return f"<table class=facts>{cells}</table>"

    def grid(head: list[str], rows: Sequence[Sequence[object]]) -> str:
        top = "".join(f"<th>{e(h)}</th>" for h in head)
        body = "".join(
            "<tr>" + "".join(f"<td>{e(str(v))}</td>" for v in row) + "</tr>" for row in rows
        )
        return f"<table class=grid><thead><tr>{top}</tr></thead>{body}</table>"

    parts = [f"<h1 class=cover>Portfolio</h1><p class=name>{e(data.full_name)}</p>"]
    parts.append(facts([("Institution", data.institution), ("Cohort", data.cohort)]))
    titles = ["Summary", "Modules", "Projects", "Evidence", "Reflections", "Mentoring log"]
    parts.append(
        "<h1>Contents</h1><ul class=toc>"
        + "".join(f"<li><a href='#s{i}'>{t}</a></li>" for i, t in enumerate(titles))
        + "</ul>"
    )
    parts.append(f"<h1 id=s0>Summary</h1>{facts([('eTwinning', data.etwinning_status)])}")
    parts.append("<h1 id=s1>Modules and participation</h1>")
    for module in data.modules:
        parts.append(f"<h2>{e(module.code)} · {e(module.title)}</h2>")
        rows = [[s.starts_at, s.title, s.kind, s.status or "", s.remark] for s in module.sessions]
        parts.append(grid(["Date", "Session", "Kind", "Attendance", "Remark"], rows))
    parts.append("<h1 id=s2>eTwinning projects</h1>")
    for project in data.projects:
        parts.append(f"<h2>{e(project.title)}</h2>")
        parts.append(facts([("State", project.state), ("TwinSpace", project.twinspace_url)]))
        parts.append(
            grid(["Institution", "Country"], [[p.name, p.country] for p in project.partners])
        )
        parts.append(md(project.contribution))
    parts.append("<h1 id=s3>Evidence</h1>")
    for item in data.evidence:
        parts.append(f"<h2>{e(item.title)}</h2>")
        parts.append(
            facts([("Kind", item.kind), ("Link", item.location), ("SHA-256", item.checksum)])
        )
        parts.append(md(item.description))
    parts.append("<h1 id=s4>Reflections</h1>")
    for reflection in data.reflections:
        parts.append(f"<h2>{e(reflection.title)}</h2>{md(reflection.body)}")
        parts += [f"<h3>{e(stage)}</h3>{md(text)}" for stage, text in reflection.stages]
    parts.append("<h1 id=s5>Mentoring log</h1>")
    for meeting in data.meetings:
        parts.append(f"<h2>{meeting.held_at:%Y-%m-%d} · {e(meeting.focus)}</h2>")
        parts.append(facts([("Mentor", meeting.mentor), ("Signed", meeting.sign_off.state)]))
        parts.append(f"<h3>Notes</h3>{md(meeting.notes)}")
        targets = [[t.text, t.due_on or "", t.status] for t in meeting.targets]
        parts.append(grid(["Target", "Due", "Status"], targets))
    css = (
        " h1 { font-size: 17pt; break-before: page; } h1.cover { break-before: avoid; }"
        " h2 { font-size: 13.5pt; } table { width: 100%; border-collapse: collapse; }"
        " td, th { text-align: left; vertical-align: top; border-bottom: 0.5pt solid #ccc; }"
        " .toc a::after { content: leader('.') target-counter(attr(href), page); }"
    )
    return _html_page("".join(parts), css)


def cohort_report(
    db: Database, members: list[StudentRef], out: Path, jobs: int, gathering: float
) -> list[str]:
    peak = WorkerPeak()
    before = _children_cpu()
    started = time.perf_counter()
    summary = write_portfolios(db.location.url, members, out, jobs=jobs, progress=peak.sample)
    seconds = time.perf_counter() - started
    cpu = _children_cpu() - before
    if summary.failures:
        raise SystemExit(f"portfolios failed: {summary.failures[:3]}")
    pages = sum(len(PdfReader(path).pages) for path in summary.written)
    return [
        f"cohort: {len(summary.written)} portfolios ({pages} pages) with {jobs} worker processes",
        f"  wall time:       {seconds:.1f} s, {len(members) / seconds:.1f} portfolios/s "
        f"(goal: under {COHORT_GOAL_SECONDS:.0f} s) {_verdict(seconds < COHORT_GOAL_SECONDS)}",
        f"  CPU time of the workers: {cpu:.1f} s in all, {1000 * cpu / len(members):.0f} ms a "
        f"portfolio (start-up included; reading the records took {1000 * gathering:.0f} ms a "
        "portfolio in the sample above); other processes shared the CPUs: load above",
        f"  peak memory of a worker: {peak.megabytes:.0f} MB (goal: under {MEMORY_GOAL_MB:.0f} MB) "
        f"{_verdict(peak.megabytes < MEMORY_GOAL_MB)}",
    ]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class WorkerPeak:
    """The largest peak resident size (VmHWM) of the worker processes, read from /proc after
    each portfolio. (RUSAGE_CHILDREN would count the parent's pages each spawned child shares
    for a moment before it starts Python afresh.)"""

    def __init__(self) -> None:
        self.megabytes = 0.0

    def sample(self, done: int, total: int, name: str) -> None:
        for child in multiprocessing.active_children():
            status = Path(f"/proc/{child.pid}/status")
            try:
                lines = status.read_text().splitlines()
            except OSError:  # gone already, or not Linux
                continue
            for line in lines:
                if line.startswith("VmHWM:"):
                    kilobytes = int(line.split()[1])
                    self.megabytes = max(self.megabytes, kilobytes / 1024)


def _rate(pages: int, seconds: float, portfolios: int) -> str:
    return f"{pages / seconds:6.1f} pages/s, {1000 * seconds / portfolios:5.1f} ms a portfolio"


def _verdict(met: bool) -> str:
    return "met" if met else "MISSED"


if __name__ == "__main__":  # the workers are spawned: they import this file without running it
    sys.exit(main())
