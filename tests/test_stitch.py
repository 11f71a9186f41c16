from banmian.stitch import Part, link_score, stitch, title_similarity, LINK_THRESHOLD


def part(key, page, titles=(), text="", to=None, frm=None, label=None):
    return Part(key, page, label or str(page), tuple(titles), text, to, frm)


def test_stitch_marker_and_shortened_headline():
    parts = [
        part("p1a", 1, ["以高质量金融助力高质量发展"], "金融系统座谈交流会召开", to="2"),
        part("p1b", 1, ["新埭村社擂台赛"], "星光村探索农房统建"),
        part("p2a", 2, ["乡村文化节开幕"], "钹子书团队排练"),
        part("p2b", 2, ["助力高质量发展"], "金融机构要加大支持", frm="1"),
    ]
    assert sorted(stitch(parts)) == sorted([["p1a", "p2b"], ["p1b"], ["p2a"]])


def test_stitch_two_jumps_to_same_page_matched_by_title_not_position():
    parts = [
        part("A", 1, ["全市金融工作会议召开"], "金融 信贷 银行", to="2"),
        part("B", 1, ["乡村振兴擂台赛举行"], "村社 书记 擂台", to="2"),
        # on page 2, B's continuation comes first: position would pair them wrongly
        part("B2", 2, ["擂台赛举行"], "书记 村社 发展", frm="1"),
        part("A2", 2, ["金融工作会议"], "银行 信贷 支持", frm="1"),
    ]
    assert sorted(stitch(parts)) == sorted([["A", "A2"], ["B", "B2"]])


def test_stitch_wrong_source_page_not_linked():
    parts = [part("A", 1, ["金融工作"], "金融", to="3"), part("C", 3, ["金融工作"], "金融", frm="2")]
    assert sorted(stitch(parts)) == [["A"], ["C"]]


def test_stitch_no_marker_needs_title_match():
    head = part("A", 1, ["全市金融工作会议召开"], "甲乙丙丁", to="2")
    assert link_score(head, part("X", 2, ["春节文艺演出"], "戊己庚辛")) < LINK_THRESHOLD
    assert link_score(head, part("Y", 2, ["金融工作会议召开"], "戊己庚辛")) >= LINK_THRESHOLD


def test_stitch_chain_across_three_pages():
    parts = [part("a", 1, ["长文标题在此"], "", to="2"), part("b", 2, [], "", frm="1", to="3"),
             part("c", 3, [], "", frm="2")]
    assert stitch(parts) == [["a", "b", "c"]]


def test_stitch_lettered_page_labels():
    parts = [part("a", 101, ["要闻标题"], "", to="A3", label="A1"), part("b", 103, ["要闻标题"], "", frm="A1", label="A3")]
    assert stitch(parts) == [["a", "b"]]


def test_stitch_each_part_continued_once():
    parts = [part("a", 1, ["金融工作"], "", to="2"), part("b", 1, ["金融工作"], "", to="2"),
             part("c", 2, ["金融工作"], "", frm="1")]
    stories = stitch(parts)
    assert sum(len(s) for s in stories) == 3 and max(len(s) for s in stories) == 2


def test_title_similarity_shortened_headline_scores_one():
    assert title_similarity(["以高质量金融助力高质量发展"], ["助力高质量发展"]) == 1.0
