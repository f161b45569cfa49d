"""Update the interface translations, or check that they are complete and current.

    .venv/bin/python packaging/update_translations.py          # lupdate, then lrelease
    .venv/bin/python packaging/update_translations.py --check  # CI: exit 1 on any problem

Update: pyside6-lupdate collects every marked text of itepad/ui and app.py (plus the label tables
of the services that the interface translates at run time, see LABEL_TABLES) into
resources/translations/itepad_<lang>.ts, dropping texts no longer in the sources; new texts are
added unfinished for a translator (Qt Linguist, or any editor). Then pyside6-lrelease compiles
each .ts into the .qm shipped next to it.

Check: runs the same lupdate into a temporary copy and fails when the committed .ts differ from
it (stale: texts added or gone), when a text has no finished translation, when a translation
loses or invents a placeholder ({name}, %n, %1) or the accelerator mark (&), or when a committed
.qm is not what lrelease makes of its .ts. See docs/translations.md.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de", "fr", "es", "pl", "uk")  # English is the source language
BIN = Path(sys.executable).parent

# Services keep English labels for stored codes (Qt-free); the interface passes them through
# QCoreApplication.translate when it shows them. Module and attribute of each such table (a
# dict's values or a tuple's items), and the text attributes of its items when they are not
# strings themselves.
LABEL_TABLES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("itepad.services.labels", "SESSION_KIND", ()),
    ("itepad.services.labels", "ETWINNING_STATUS", ()),
    ("itepad.services.labels", "ENROLMENT_STATUS", ()),
    ("itepad.services.labels", "MODULE_KIND", ()),
    ("itepad.services.labels", "MODULE_STATUS", ()),
    ("itepad.services.labels", "ITE_STATUS", ()),
    ("itepad.services.labels", "PROJECT_STATE", ()),
    ("itepad.services.labels", "LABEL_LEVEL", ()),
    ("itepad.services.labels", "LABEL_RESULT", ()),
    ("itepad.services.evidence", "EVIDENCE_KIND", ()),
    ("itepad.services.evidence", "REVIEW_STATUS", ()),
    ("itepad.services.reflections", "REFLECTION_MODEL", ()),
    ("itepad.services.report_kinds", "REPORT_KINDS", ("title", "help")),
    ("itepad.services.attendance_stats", "FUNNEL_LABELS", ()),
    ("itepad.services.impact_survey", "SCALE", ()),
    ("itepad.services.impact_survey", "BENEFITS", ("label", "pre", "post")),
)

# {name}, {count:,}, %n, %1 .. %99
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|%n|%\d{1,2}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translations: tuple[str, ...]  # one, or one per plural form
    finished: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    def where(self) -> str:
        return f"{self.context or '(no context)'}: {self.source!r}"


def sources() -> list[Path]:
    return [*sorted((ROOT / "itepad" / "ui").rglob("*.py")), ROOT / "itepad" / "app.py"]


def label_texts() -> Iterator[str]:
    sys.path.insert(0, str(ROOT))
    for module, name, fields in LABEL_TABLES:
        table = getattr(importlib.import_module(module), name)
        for value in table.values() if isinstance(table, dict) else table:
            if fields:
                yield from (getattr(value, field) for field in fields)
            else:
                yield value


def write_label_source(folder: Path) -> Path:
    """The label tables as a Python file of QT_TR_NOOP calls, for lupdate to read."""
    path = folder / "service_labels.py"
    lines = [f"QT_TR_NOOP({json.dumps(text, ensure_ascii=False)})" for text in label_texts()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def lupdate(ts_files: Iterable[Path], extra: Path) -> None:
    files = [str(path) for path in [*sources(), extra]]
    for ts in ts_files:
        language = ts.stem.split("_", 1)[1]
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",  # line numbers would make every edit elsewhere look like a change
                "-source-language",
                "en",
                "-target-language",
                language,
                *files,
                "-ts",
                str(ts),
            ],
            check=True,
        )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        check=True,
    )


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                raise ValueError(f"{path}: a message without <translation>")
            forms = translation.findall("numerusform")
            texts = tuple(f.text or "" for f in forms) if forms else (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    translations=texts,
                    finished=translation.get("type") not in ("unfinished", "obsolete", "vanished"),
                )
            )
    return messages


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def has_accelerator(text: str) -> bool:
    return bool(re.search(r"&(?!&)\S", text.replace("&&", "")))


def problems_of(message: Message) -> Iterator[str]:
    if not message.finished or not all(message.translations):
        yield f"not translated: {message.where()}"
        return
    wanted = placeholders(message.source)
    for text in message.translations:
        # A plural form may leave out %n (e.g. Ukrainian "одна" for one), nothing else.
        got = placeholders(text)
        if got != wanted and [p for p in wanted if p != "%n"] != [p for p in got if p != "%n"]:
            yield f"placeholders {got} instead of {wanted} in {text!r}: {message.where()}"
        if has_accelerator(message.source) != has_accelerator(text):
            yield f"accelerator (&) lost or added in {text!r}: {message.where()}"


def check(folder: Path) -> list[str]:
    """Everything wrong with the translations in `folder` (a resources/translations)."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as temp:
        scratch = Path(temp)
        fresh = []
        for language in LANGUAGES:
            ts = folder / f"itepad_{language}.ts"
            if not ts.is_file():
                found.append(f"{ts.name}: missing")
                continue
            shutil.copy(ts, scratch / ts.name)
            fresh.append(scratch / ts.name)
        lupdate(fresh, write_label_source(scratch))
        for copy in fresh:
            committed = read_ts(folder / copy.name)
            current = {m.key for m in read_ts(copy)}
            known = {m.key for m in committed}
            for context, source, _comment in sorted(current - known):
                found.append(f"{copy.name}: stale, new text {context}: {source!r}")
            for context, source, _comment in sorted(known - current):
                found.append(f"{copy.name}: stale, text no longer used {context}: {source!r}")
            found.extend(f"{copy.name}: {p}" for m in committed for p in problems_of(m))
            qm = folder / f"{copy.stem}.qm"
            lrelease(folder / copy.name, scratch / qm.name)
            if not qm.is_file() or qm.read_bytes() != (scratch / qm.name).read_bytes():
                found.append(f"{qm.name}: out of date with {copy.name} (run this script)")
    return found


def update(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    ts_files = [folder / f"itepad_{language}.ts" for language in LANGUAGES]
    with tempfile.TemporaryDirectory() as temp:
        lupdate(ts_files, write_label_source(Path(temp)))
    for ts in ts_files:
        lrelease(ts, ts.with_suffix(".qm"))
        unfinished = sum(1 for m in read_ts(ts) if not m.finished)
        if unfinished:
            print(f"{ts.name}: {unfinished} texts to translate")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 on problems")
    parser.add_argument("--dir", type=Path, default=TRANSLATIONS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not args.check:
        update(args.dir)
        return 0
    found = check(args.dir)
    for problem in found:
        print(problem, file=sys.stderr)
    if found:
        print(
            f"{len(found)} translation problems; run packaging/update_translations.py, "
            "translate, and run it again (see docs/translations.md)",
            file=sys.stderr,
        )
        return 1
    print("translations complete and current")
    return 0


if __name__ == "__main__":
    sys.exit(main())
