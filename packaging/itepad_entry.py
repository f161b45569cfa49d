"""Entry point of the bundled app (PyInstaller): the same as the `itepad` command."""

import sys

from itepad.cli import main

if __name__ == "__main__":
    sys.exit(main())
