"""Evaluation: score page readings against gold readings (same definitions as the acceptance scorer)."""
from banmian.eval.baseline import naive_read
from banmian.eval.report import EvalResult, evaluate, format_table, load_golds, load_readings
from banmian.eval.score import conservation, score_page

__all__ = ["EvalResult", "conservation", "evaluate", "format_table", "load_golds", "load_readings",
           "naive_read", "score_page"]
