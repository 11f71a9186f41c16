from banmian.frames import group_frames
from banmian.lines import read_lines
from banmian.model import SourceText


def test_group_frames_splits_on_blank_lines():
    src = SourceText(text="甲一\n甲二\n\n  \n乙一\n")
    frames = group_frames(read_lines(src))
    assert [[l.text for l in f.lines] for f in frames] == [["甲一", "甲二"], ["乙一"]]
    assert [f.index for f in frames] == [0, 1]


def test_group_frames_empty_source_has_no_frames():
    assert group_frames(read_lines(SourceText(text="\n\n"))) == []
