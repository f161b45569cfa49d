"""Everything about one student teacher in one zip: access and portability (GDPR art. 15, 20).

The zip holds the record as JSON (the interchange format, scope "student"), the portfolio PDF,
the files attached as evidence, and a short README saying what is what.
"""

from __future__ import annotations

import json
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from itepad.atomic import atomic_write_path
from itepad.services.attachments import attachments_dir, member_path
from itepad.services.portfolio import write_portfolio
from itepad.store import interchange
from itepad.store.database import Database

README = """Your records in itepad
=====================

record.json     everything itepad holds about you, as JSON (format described at
                docs/interchange.md of itepad; dates are ISO 8601)
portfolio.pdf   your portfolio as printed
attachments/    the files you or your educators attached as evidence

Exported on {when} by {institution}.
"""


def write_subject_access_zip(
    db: Database, email: str, out: Path, *, attachments: Path | None = None
) -> list[str]:
    """Write the zip for `email` atomically; returns the names of the members written."""
    document = interchange.export_student(db, email)
    own = [i["name"] for i in document["tables"]["institution"] if i["is_own"]]
    folder = attachments or attachments_dir()
    with tempfile.TemporaryDirectory() as scratch:
        portfolio = Path(scratch) / "portfolio.pdf"
        write_portfolio(db, email, portfolio)
        with (
            atomic_write_path(out) as temporary,
            zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        ):
            when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
            archive.writestr("README.txt", README.format(when=when, institution=", ".join(own)))
            archive.writestr(
                "record.json", json.dumps(document, ensure_ascii=False, indent=1) + "\n"
            )
            archive.write(portfolio, "portfolio.pdf")
            for evidence in document["tables"]["evidence"]:
                member = member_path(evidence["location"]) if evidence["kind"] == "file" else None
                if member is not None and (folder / member).is_file():
                    archive.write(folder / member, f"attachments/{evidence['id']}-{member.name}")
            return archive.namelist()
