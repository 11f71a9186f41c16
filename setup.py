"""Optional compiled build of the flat-text reader.

With BANMIAN_COMPILE=1 (and mypy installed) the reader's hot modules are compiled with mypyc,
which runs a page in about 46% fewer instructions; without it banmian installs as pure Python,
the reference whose output the compiled modules must match byte for byte. ``make compiled``
builds it into a venv of its own (.venv-compiled), installed rather than edited in place, so a
compiled module can never shadow a later edit of its source; CI checks that both builds write
the same bytes (.ci/compiled-identity).

Everything else lives in pyproject.toml.
"""
import os

from setuptools import setup

# The modules a flat-text page runs through, compiled as one group (one shared runtime library).
COMPILED = [
    "banmian/model.py",
    "banmian/lines.py",
    "banmian/frames.py",
    "banmian/blocks/bylines.py",
    "banmian/blocks/furniture.py",
    "banmian/blocks/frame.py",
    "banmian/blocks/page.py",
    "banmian/order.py",
    "banmian/articles.py",
    "banmian/pipeline.py",
]

ext_modules = []
if os.environ.get("BANMIAN_COMPILE") == "1":
    from mypyc.build import mypycify

    # Type errors outside the compiled modules (the PDF reader's) are not the build's business.
    ext_modules = mypycify(["--follow-imports=silent", "--ignore-missing-imports", *COMPILED],
                           opt_level="3", group_name="banmian")

setup(ext_modules=ext_modules)
