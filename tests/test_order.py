from banmian.blocks import classify_blocks
from banmian.frames import group_frames
from banmian.lines import read_lines
from banmian.model import SourceText
from banmian.order import order_blocks
from banmian.pipeline import parse_page

from pagekit import wrap_column

# Two invented stories set 12 ems wide. Story A's second paragraph breaks inside a word
# (坚持加班 / 加点); story B's lead breaks between words (图书送到 / 十个社区).
A_LINES = wrap_column([
    "本报讯 近日，城南老街改造工程全面完工。改造后的老街保留了青石板路和木结构店铺，新增了停车位和休闲广场。",
    "据介绍，改造工程历时八个月，总投资约三千万元。施工期间，工人们克服雨季工期紧张等困难，坚持加班加点，"
    "确保了工程按期完成。老街于上月底重新向市民开放，每天接待游客上万人次。",
], 12)
A_CUT = A_LINES.index("工期紧张等困难，坚持加班") + 1
A_HEAD, A_TAIL = "\n".join(A_LINES[:A_CUT]), "\n".join(A_LINES[A_CUT:])
B_LINES = wrap_column([
    "本报讯 日前，县图书馆开展“书香进社区”活动，志愿者将两千余册图书送到十个社区的阅览室，方便居民就近借阅。",
    "活动现场，志愿者还为居民办理了借书证，并介绍了数字阅读平台的使用方法。",
], 12)
B_CUT = B_LINES.index("志愿者将两千余册图书送到") + 1
B_HEAD, B_TAIL = "\n".join(B_LINES[:B_CUT]), "\n".join(B_LINES[B_CUT:])
B_WHOLE = "\n".join(B_LINES)


def _blocks(text):
    return classify_blocks(group_frames(read_lines(SourceText(text=text))))


def _first_lines(blocks):
    return [b.lines[0].text for b in blocks]


def _texts(text):
    result = parse_page(SourceText(text=text))
    return {a.titles[0].text: "".join(a.paragraphs) for a in result.articles}


def test_order_blocks_leaves_a_page_in_reading_order_alone():
    blocks = _blocks(f"老街换新颜\n\n{A_HEAD}\n\n{A_TAIL}\n\n书香进社区\n\n{B_WHOLE}\n")
    assert order_blocks(blocks) is blocks


def _put_back(a_open, b_text, a_rest, a_lines, cut):
    """The articles of story A's open frame, story B and A's rest in that stream order, once
    A's rest is checked to follow A's open frame in reading order."""
    text = f"老街换新颜\n\n{a_open}\n\n书香进社区\n\n{b_text}\n\n{a_rest}\n"
    ordered = _first_lines(order_blocks(_blocks(text)))
    assert ordered.index(a_lines[cut]) == ordered.index(a_lines[0]) + 1
    return _texts(text)


def test_order_blocks_moves_a_column_after_finished_text_to_the_frame_it_goes_on_from():
    # pdfminer's order: story B, finished, comes between the two columns of story A.
    texts = _put_back(A_HEAD, B_WHOLE, A_TAIL, A_LINES, A_CUT)
    assert "坚持加班加点，确保了工程按期完成。" in texts["老街换新颜"]
    assert texts["书香进社区"].endswith("使用方法。")


def test_order_blocks_moves_a_one_line_column_tail():
    # A column's last line alone in a frame shows no width; the word over the break (开 /
    # 放) says where it goes.
    head = "\n".join(A_LINES[:-1])
    text = f"老街换新颜\n\n{head}\n\n书香进社区\n\n{B_WHOLE}\n\n{A_LINES[-1]}\n"
    assert A_LINES[-1].startswith("放，")
    assert "老街于上月底重新向市民开放，每天接待游客上万人次。" in _texts(text)["老街换新颜"]


def test_order_blocks_gives_two_interleaved_columns_back_to_their_stories():
    # Both stories stop mid-sentence; A's column comes right after B's first frame, and only
    # A's last line reads on into it (加班 / 加点); B's rest then follows B.
    text = f"老街换新颜\n\n{A_HEAD}\n\n书香进社区\n\n{B_HEAD}\n\n{A_TAIL}\n\n{B_TAIL}\n"
    ordered = _first_lines(order_blocks(_blocks(text)))
    assert ordered.index(A_LINES[A_CUT]) == ordered.index(A_LINES[0]) + 1
    assert ordered.index(B_LINES[B_CUT]) == ordered.index(B_LINES[0]) + 1
    texts = _texts(text)
    assert "坚持加班加点" in texts["老街换新颜"] and "图书送到十个社区" in texts["书香进社区"]


def test_order_blocks_keeps_a_column_after_the_frame_before_when_a_word_runs_on():
    # B's first frame breaks inside a word (县图书 / 馆开展): the column right after it stays,
    # though story A's open frame above reads on into it as well (新建图书 / 馆).
    b_lines = wrap_column(["本报讯 日前，县图书馆开展“书香进社区”活动，志愿者将两千余册图书送到社区阅览室。"], 12)
    a_open = "\n".join(A_LINES[:A_CUT - 1] + ["工期紧张等困难，新建图书"])  # 图书 / 馆 reads on too
    text = f"老街换新颜\n\n{a_open}\n\n书香进社区\n\n{b_lines[0]}\n\n" + "\n".join(b_lines[1:]) + "\n"
    blocks = _blocks(text)
    assert order_blocks(blocks) is blocks


def test_order_blocks_takes_no_frame_whose_text_jumps_to_another_page():
    # Story A stops mid-sentence at a （下转2版）: its text goes on on page 2, not here.
    text = f"老街换新颜\n\n{A_HEAD}\n（下转2版）\n\n书香进社区\n\n{B_WHOLE}\n\n{A_TAIL}\n"
    blocks = _blocks(text)
    assert order_blocks(blocks) is blocks


def test_order_blocks_moves_the_jump_marker_that_closes_a_moved_column():
    # A's column comes after story B and ends at a （下转2版） printed in its frame: the
    # marker says where A goes on, so it moves with the column, not staying after B.
    text = f"老街换新颜\n\n{A_HEAD}\n\n书香进社区\n\n{B_WHOLE}\n\n{A_TAIL}\n（下转2版）\n"
    ordered = _first_lines(order_blocks(_blocks(text)))
    assert ordered.index("（下转2版）") == ordered.index(A_LINES[A_CUT]) + 1
    result = parse_page(SourceText(text=text))
    jumps = {a.titles[0].text: a.continued_to for a in result.articles}
    assert jumps == {"老街换新颜": 2, "书香进社区": None}


# Story A again, longer, broken between words (…工人们克服 / 雨季…): no word runs over the
# break. And the first paragraph of story B, a lead that closes on a short line.
C_LINES = wrap_column([
    "本报讯 近日，城南老街改造工程全面完工。改造后的老街保留了青石板路和木结构店铺，新增了停车位和休闲广场。",
    "据介绍，改造工程历时八个月，总投资约三千万元，由区政府和社会资本共同承担。施工期间，工人们克服雨季工期紧张等困难，"
    "分段施工，夜间作业，确保了工程按期完成。老街于上月底重新向市民开放，每天接待游客上万人次。",
], 12)
C_CUT = C_LINES.index("雨季工期紧张等困难，分段")
C_OPEN, C_REST = "\n".join(C_LINES[:C_CUT]), "\n".join(C_LINES[C_CUT:])
B_BRIEF = "\n".join(B_LINES[:B_LINES.index("民就近借阅。") + 1])


def test_order_blocks_resumes_a_column_a_new_storys_lead_cut_off():
    # pdfminer's order: A stops mid-sentence where B's lead (本报讯) begins; A's next column
    # comes after B, which closed its paragraph, though no word runs over A's break.
    texts = _put_back(C_OPEN, B_BRIEF, C_REST, C_LINES, C_CUT)
    assert "工人们克服雨季工期紧张等困难" in texts["老街换新颜"]
    assert texts["书香进社区"].endswith("方便居民就近借阅。")


def test_order_blocks_resumes_a_cut_off_column_with_its_paragraphs_last_line_alone():
    # A stops at a clause mark (…居民获得感、), no word running over the break, where B's lead
    # begins; after B comes A's paragraph's last line alone in its frame, ending the sentence
    # (归属感随之变浓。), then A's next paragraph: the line resumes A, and the paragraph with it.
    lines = wrap_column([
        "本报讯 近日，城南老街改造工程全面完工。改造后的老街保留了青石板路和木结构店铺，新增了停车位和休闲广场，"
        "居民获得感、归属感随之变浓。",
        "据介绍，改造工程历时八个月，总投资约三千万元，由区政府和社会资本共同承担。"], 12)
    cut = lines.index("归属感随之变浓。")
    text = "\n\n".join(["老街换新颜", "\n".join(lines[:cut]), "书香进社区", B_BRIEF, lines[cut], "\n".join(lines[cut + 1:])])
    texts = _texts(text + "\n")
    assert texts["老街换新颜"].endswith("居民获得感、归属感随之变浓。据介绍，改造工程历时八个月，总投资约三千万元，由区政府和社会资本共同承担。")
    assert texts["书香进社区"].endswith("方便居民就近借阅。")
    # a line wider than A's column (a caption set across a photo) is none of A's lines: it stays
    caption = "10月8日，城南老街的夜景灯火通明，游人如织，商户们的生意越来越红。"
    blocks = _blocks(text.replace(lines[cut], caption) + "\n")
    assert order_blocks(blocks) is blocks


def test_order_blocks_leaves_a_heading_set_to_the_column_after_a_cut_off_column():
    # Full lines without a clause mark after B are a heading set to the column, not A's
    # running text: they stay where they stand.
    heading = "\n".join(wrap_column(["城南老街改造必须坚持保护与发展并重的思路让老街留住历史记忆"], 12, indent=0))
    text = f"老街换新颜\n\n{C_OPEN}\n\n书香进社区\n\n{B_BRIEF}\n\n{heading}\n"
    blocks = _blocks(text)
    assert order_blocks(blocks) is blocks


def test_order_blocks_leaves_text_alone_after_a_note_of_sources_that_a_lead_follows():
    # A's text closes with a note of its sources, set to the full column without a full stop;
    # B's lead follows. The note finished A: running text after B resumes nothing.
    note = "数据来源：县统计局城南站"
    text = f"老街换新颜\n\n{A_HEAD}\n{A_TAIL}\n{note}\n\n书香进社区\n\n{B_BRIEF}\n\n{C_REST}\n"
    blocks = _blocks(text)
    assert order_blocks(blocks) is blocks
    # without the note A stops mid-sentence at the column's end: the text after B resumes it
    unfinished = _blocks(text.replace(f"\n{note}", "\n各部门将加强后续管理，让"))
    assert order_blocks(unfinished) is not unfinished


def test_follow_places_every_block_once_when_two_go_on_from_one():
    # Two frames said to go on from one frame both follow it, in stream order: no block is
    # dropped whatever the links say.
    from banmian.order import _follow

    blocks = _blocks(f"老街换新颜\n\n{A_HEAD}\n\n书香进社区\n\n{B_HEAD}\n\n{A_TAIL}\n\n{B_TAIL}\n")
    links: list[int | None] = [None] * len(blocks)
    links[-1] = links[-2] = 1  # both after A's first frame
    ordered = _follow(blocks, links)
    assert sorted(map(id, ordered)) == sorted(map(id, blocks))
    assert ordered[2:4] == blocks[-2:]


def test_order_blocks_leaves_a_column_under_a_spaced_out_heading_after_a_cut_off_column():
    # A column whose first line holds a layout gap (老街  改造…) opens a box or section under
    # its spread-out heading: it is not A's running text, though it reads as going on.
    column = "老街  改造后重新开放迎客\n客，游客纷纷赞叹老街变美\n了，商户们也迎来了好生意\n，人气一天比一天旺起来了"
    text = f"老街换新颜\n\n{C_OPEN}\n\n书香进社区\n\n{B_BRIEF}\n\n{column}\n"
    blocks = _blocks(text)
    assert order_blocks(blocks) is blocks


# Story B's lead again, its first sentence now ending at the column's end (…免费借阅图书。),
# and the rest of its paragraph in a frame of its own.
D_LINES = wrap_column([
    "本报讯 日前，县图书馆开展“书香进社区”活动，志愿者将两千余册图书送到十个社区的阅览室，方便社区的居民就近免费借阅图书。"
    "活动现场，志愿者还为居民办理了借书证，并介绍了数字阅读平台的使用方法。",
], 12)
D_CUT = D_LINES.index("区的居民就近免费借阅图书。") + 1
D_HEAD, D_TAIL = "\n".join(D_LINES[:D_CUT]), "\n".join(D_LINES[D_CUT:])


def test_order_blocks_resumes_a_cut_off_column_after_a_full_line_when_it_shares_its_words():
    # B's frame ends a sentence on a full line, so A's next column could go on from it; it
    # shares A's words (老街, 工程, 施工) and none of B's: it resumes A.
    texts = _put_back(C_OPEN, D_HEAD, C_REST, C_LINES, C_CUT)
    assert "工人们克服雨季工期紧张等困难" in texts["老街换新颜"]
    assert texts["书香进社区"].endswith("免费借阅图书。")


def test_order_blocks_keeps_a_column_after_a_full_line_when_it_shares_that_frames_words():
    # The rest of B's paragraph (志愿者, 居民) after the same full line stays with B.
    blocks = _blocks(f"老街换新颜\n\n{C_OPEN}\n\n书香进社区\n\n{D_HEAD}\n\n{D_TAIL}\n")
    assert order_blocks(blocks) is blocks


# Story E leaves a quotation open where its column stops (…明显不同 / 。”王经理说，…): the
# rest opens on the quotation's closing mark. Story F's column stops between words.
E_OPEN = "\n".join(wrap_column([
    "本报讯 国庆假期，城南老街接待游客十余万人次。“今年的游客大多来自周边城市，自驾出行的家庭明显增多，这与往年的情况明显不同",
], 12))
E_REST_LINES = wrap_column(["。”老街管委会王经理说，下一步将增设停车场和游客服务中心，方便游客出行。"], 12, indent=0)
E_MORE = "\n".join(wrap_column(["据了解，老街还将在周末推出非遗展演和夜市活动。"], 12))
F_LINES = wrap_column([
    "本报讯 日前，县图书馆开展“书香进社区”活动，志愿者将两千余册图书送到社区阅览室，并为居民办理借书证，介绍数字阅读平台的使用方法。",
], 12)
F_CUT = next(k for k, line in enumerate(F_LINES) if line.startswith("社区阅览室"))
F_OPEN, F_REST = "\n".join(F_LINES[:F_CUT]), "\n".join(F_LINES[F_CUT:])


def test_order_blocks_gives_a_closing_quotation_mark_to_the_story_that_left_it_open():
    # Two stories interleaved, both stopped mid-sentence: E's rest, opening on 。”, comes
    # after F's column, which quotes nothing; F's rest comes after E's. Each goes back.
    text = f"老街迎客忙\n\n{E_OPEN}\n\n书香进社区\n\n{F_OPEN}\n\n" + "\n".join(E_REST_LINES) + f"\n\n{F_REST}\n"
    texts = _texts(text)
    assert "情况明显不同。”老街管委会王经理说" in texts["老街迎客忙"]
    assert "图书送到社区阅览室" in texts["书香进社区"]


def test_order_blocks_takes_the_frames_after_a_moved_column_along_past_a_frame_left_open():
    # E's rest is followed by E's next paragraph before F's rest: the paragraph stays with E,
    # and F's rest still goes back to F's column.
    text = (f"老街迎客忙\n\n{E_OPEN}\n\n书香进社区\n\n{F_OPEN}\n\n" + "\n".join(E_REST_LINES)
            + f"\n\n{E_MORE}\n\n{F_REST}\n")
    texts = _texts(text)
    assert texts["老街迎客忙"].endswith("夜市活动。")
    assert "图书送到社区阅览室" in texts["书香进社区"]
    assert "夜市" not in texts["书香进社区"]


def test_order_blocks_keeps_a_column_with_the_moved_story_whose_words_it_shares():
    # After E's rest, closed on a short line, comes a column that starts inside a paragraph
    # and names E's things (老街, 游客, 停车场), then F's rest: the column stays with E, and
    # F's rest goes back to F.
    e_rest = "\n".join(wrap_column(["。”老街管委会王经理说，下一步将增设停车场。"], 12, indent=0))
    e_on = "\n".join(wrap_column(["老街游客服务中心负责人说，国庆期间老街游客数量创下新高，新增停车场一度饱和。"], 12, indent=0))
    text = f"老街迎客忙\n\n{E_OPEN}\n\n书香进社区\n\n{F_OPEN}\n\n{e_rest}\n\n{e_on}\n\n{F_REST}\n"
    texts = _texts(text)
    assert texts["老街迎客忙"].endswith("一度饱和。")
    assert "图书送到社区阅览室" in texts["书香进社区"]
