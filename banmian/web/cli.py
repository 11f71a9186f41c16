"""``banmian serve``: the read-only web reader over an archive."""
from __future__ import annotations

from pathlib import Path

import click

from banmian.errors import StoreError
from banmian.store.cli import db_option


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on; 127.0.0.1 keeps the reader on this machine.")
@click.option("-p", "--port", type=int, default=8000, show_default=True)
@click.option("--images", "image_roots", multiple=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder page images may be served from (repeatable); default: the archive's folder.")
def serve(db: str, host: str, port: int, image_roots: tuple[Path, ...]) -> None:
    """Serve the archive's web reader and JSON API (docs at /api/docs); read-only."""
    try:
        import uvicorn
        from banmian.web.app import create_app
    except ImportError as exc:
        raise StoreError(f"the web reader needs its extra: pip install 'banmian[web]' ({exc})") from None
    from banmian.store import open_store

    store = open_store(db, readonly=True)
    roots = list(image_roots) or ([Path(db).resolve().parent] if "://" not in db else [])
    app = create_app(store, image_roots=roots)
    click.echo(f"banmian: serving {store.url} on http://{host}:{port}/  (Ctrl-C stops)", err=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        store.close()
