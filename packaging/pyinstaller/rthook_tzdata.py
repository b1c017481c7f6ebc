# PyInstaller runtime hook (build.spec): the tzdata package travels as one zip file rather than
# 600 files of a few hundred bytes, each taking a whole disk block. zoneinfo, and
# core/calendar/vtimezone.py, import it by name and read its files through importlib.resources,
# which Python's own zipimport serves straight from the zip.
import os
import sys

sys.path.append(os.path.join(sys._MEIPASS, "tzdata.zip"))  # type: ignore[attr-defined]
