"""The archive's web reader and JSON API: ``create_app(store)`` gives a read-only FastAPI app."""
from banmian.web.app import create_app

__all__ = ["create_app"]
