"""Shared fixtures: the ../shared folder (seed page, gold, corpus) and a column typesetter
for hand-written test pages."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_TXT = SHARED / "seed" / "000_f46ce7a10e2cdd5f.txt"
SEED_GOLD = SHARED / "seed" / "000_f46ce7a10e2cdd5f.gold.json"
SCORE_PY = SHARED / "tools" / "score.py"
DEV_CORPUS = SHARED / "corpus" / "rmrb-2019-10.jsonl"


def pytest_report_header(config):
    con = sqlite3.connect(":memory:")
    try:
        con.execute("create virtual table t using fts5(x, tokenize='trigram')")
        fts = "FTS5 trigram available"
    except sqlite3.OperationalError:
        fts = "FTS5 trigram NOT available"
    return [f"sqlite {sqlite3.sqlite_version}; {fts}; shared: {'present' if SHARED.exists() else 'absent'}"]


@pytest.fixture
def seed_paths():
    if not SEED_TXT.exists() or not SEED_GOLD.exists():
        pytest.skip("../shared/seed is absent (CI has it): seed page tests need the gold reading")
    return SEED_TXT, SEED_GOLD


@pytest.fixture
def score_module():
    if not SCORE_PY.exists():
        pytest.skip("../shared/tools/score.py is absent (CI has it)")
    import importlib.util

    spec = importlib.util.spec_from_file_location("shared_score", SCORE_PY)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def pdfs(tmp_path_factory):
    """The small test PDFs typeset by tests/data/pdf/make_pdfs.py from text written for them."""
    if not Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc").exists():
        pytest.skip("CJK fonts missing: apt-get install -y fonts-wqy-zenhei fonts-arphic-uming")
    pytest.importorskip("reportlab")
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_pdfs", ROOT / "tests" / "data" / "pdf" / "make_pdfs.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.build(tmp_path_factory.mktemp("pdf"))
