import sys

from itepad.cli import main

sys.exit(main())
