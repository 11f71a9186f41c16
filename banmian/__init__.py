"""banmian (版面): read Chinese newspaper pages into clean, structured articles."""
from banmian.model import PageResult

__version__ = "0.1.0"


def parse_page(source) -> PageResult:
    """Read one page (a flat-text file or one-page PDF by path, or a SourceText) into a PageResult."""
    from banmian.pipeline import parse_page as _parse_page

    return _parse_page(source)


__all__ = ["PageResult", "parse_page", "__version__"]
