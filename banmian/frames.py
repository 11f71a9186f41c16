"""Stage 2, frames: lines -> text frames.

An extractor writes each text frame (a box of lines set together) as a run of lines and puts a
blank line between frames. Frames keep content-stream order; which frames belong together is
decided later, in ``articles``.
"""
from __future__ import annotations

from banmian.model import Frame, Line


def group_frames(lines: list[Line]) -> list[Frame]:
    """Group consecutive non-blank lines into frames, in source order."""
    frames: list[Frame] = []
    run: list[Line] = []
    for line in lines:
        if not line.text.strip():  # a blank line: inline, as this runs on every line of the page
            if run:
                frames.append(Frame(lines=tuple(run), index=len(frames)))
                run = []
        else:
            run.append(line)
    if run:
        frames.append(Frame(lines=tuple(run), index=len(frames)))
    return frames
