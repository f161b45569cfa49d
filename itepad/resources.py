"""Where itepad's data files are: a source checkout, an installed copy or a PyInstaller bundle.

The same folder has one path in the checkout and the bundle (`source`, relative to the
repository) and another in an installed copy (`installed`, under <prefix>/share/itepad; see
[tool.setuptools.data-files] in pyproject.toml).
"""

from __future__ import annotations

import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]


def data_dir_candidates(source: str, installed: str) -> list[Path]:
    """Every place the folder may be, in the order to look."""
    candidates = [REPOSITORY / source, Path(sys.prefix) / "share" / "itepad" / installed]
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller in a frozen app
    if bundle is not None:
        candidates.append(Path(bundle) / source)
    return candidates


def find_data_dir(source: str, installed: str) -> Path | None:
    """The first of the candidates that exists, None in a broken installation."""
    return next((d for d in data_dir_candidates(source, installed) if d.is_dir()), None)
