"""banmian.blocks.page: what a block is beside its neighbours on the page."""
import pytest

from banmian.blocks import classify_blocks
from banmian.frames import group_frames
from banmian.lines import read_lines
from banmian.model import BlockKind, Line, SourceText
from pagekit import wrap_column


# Column text that stops mid-sentence, and a short story opening with a lead.
UNFINISHED = ("他到青石镇任党委书记以后就\n提出了修路富民思路，要求干\n部群众齐心协力、苦干实干，\n"
              "在全县率先建成了一条省道二\n级公路网，在全县第一个实现\n了村村通客车目标，还率先实\n施了城")


LEAD_TEXT = ("本报讯 10月27日晚，在青川县石\n桥镇南面大山深处的柳湾村，村民\n至今还时常讲述起周大山的故事，\n"
             "说他一生为乡亲奔走，从不叫苦。\n")


# A paragraph set in a column 14 ems wide, its sentence finished.
COLUMN_OF_FINISHED_TEXT = "\n".join(wrap_column(["近年以来，以数字技术为依托的新一轮基层治理改革给传统社区服务带来明显变化。"], 14))


# Two paragraphs in the same column, both finished: text beside a page's titles and captions.
TWO_PARAGRAPHS_OF_TEXT = "\n".join(wrap_column([
    "近年以来，以数字技术为依托的新一轮基层治理改革给传统社区服务带来明显变化，居民办事少跑腿。",
    "街道在每个小区设立了服务站，工作人员每周上门走访独居老人，替他们修水管、换灯泡、取快递。"], 14))


def _kinds_before_text_going_on(middle: str, rest: str) -> list:
    """The kinds of COLUMN_OF_FINISHED_TEXT, ``middle`` (frames of their own) and ``rest`` set
    in the same column without a first-line indent: text going on from the line above it."""
    return _kinds(f"{COLUMN_OF_FINISHED_TEXT}\n\n{middle}\n\n" + "\n".join(wrap_column([rest], 14, indent=0)))


def _lines_of(*texts):
    return tuple(Line(text=t, start=0, end=len(t), line_no=k + 1) for k, t in enumerate(texts))


def _kinds(text):
    """The kinds of a flat-text page's blocks, in order."""
    return [b.kind for b in classify_blocks(group_frames(read_lines(SourceText(text=text))))]


def _between(before: str, middle: str, after: str, width: int) -> str:
    """A page: ``before`` and ``after`` each set in a column ``width`` ems wide, ``middle``
    (frames of their own) between them."""
    from pagekit import wrap_column
    return "\n".join(wrap_column([before], width)) + f"\n\n{middle}\n\n" + "\n".join(wrap_column([after], width))


def test_classify_blocks_marked_byline_goes_on_in_next_frame():
    frames = group_frames(read_lines(SourceText(text="■记 者 陶东一\n\n通讯员 蔡瑶洁\n为庆祝中华人民共和国成立70周年，")))
    blocks = classify_blocks(frames)
    assert blocks[0].kind is BlockKind.BYLINE
    assert [(b.role, b.name) for b in blocks[0].bylines] == [("记者", "陶东一"), ("通讯员", "蔡瑶洁")]


def test_classify_blocks_closing_parenthesis_after_text_is_text():
    text = "文章正文到这里就结束了，\n谢谢大家的关注和支持。\n\n（本报东京10月14\n日电）\n\n下一篇文章的标题\n"
    assert _kinds(text) == [BlockKind.BODY, BlockKind.BODY, BlockKind.TITLE]


def test_classify_blocks_closing_note_after_a_full_stop_is_text():
    text = "这是文章的最后一段话，\n到这里就结束了。（齐志明）\n\n下一篇文章的标题\n"
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=text))))
    assert blocks[0].kind is BlockKind.BODY and "齐志明" in blocks[0].lines[-1].text


@pytest.mark.parametrize("note", [
    "数据来源：日照市委宣\n传部",
    "数 据来源：日 照市委宣\n传部",  # letter-spaced by the extractor
    "2019年5月20日于\n日照",  # a statement's closing date and place
])
def test_classify_blocks_source_note_after_text_is_text(note):
    text = f"日照以民为本，绿色发展，\n城市面貌焕然一新。\n\n{note}\n\n下一篇文章的标题\n"
    assert _kinds(text) == [BlockKind.BODY, BlockKind.BODY, BlockKind.TITLE]


@pytest.mark.parametrize("before, title, after", [
    # a short run with commas that ends in its column's name
    ("主研发的小型电动多用途收割\n机，采用四轮驱动底盘布局。", "国产丰20收割机首次亮相秋季农展\n丰20，“好用”在哪儿（新农事）",
     "2015年9月，县里领导\n人出席首届农机展销会，一致\n通过了新机具推广方案，为各\n地农业指明了方向。"),
    # a headline wrapped at the column width, closed by its column's name
    ("精准是干事创业的要求，凡\n事满足于差不多，就难以把\n事情做到最好，更难以出彩。", "把“阅兵精度”带进每一\n个车间（今日谈）",
     "在国庆阅兵仪式上，空中仪\n仗队米秒不差，地面方队整\n齐划一，令人赞叹不已。"),
], ids=["commas", "column-width"])
def test_classify_blocks_two_line_headline_naming_its_column_is_a_title(before, title, after):
    assert _kinds(f"{before}\n\n{title}\n\n{after}\n") == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_deck_wrapped_across_columns_before_a_lead_is_a_title():
    from pagekit import wrap_column
    body = "\n".join(wrap_column(["本报荆州1 0 月1 7 日电 （记者周明远）第五届全省农民运动会将于18日在荆州开幕，"
                                   "本届运动会共设置23个大项、145个小项，参赛人数和比赛规模都超过往届，"
                                   "荆州市各部门在筹备运动会过程中，将勤俭节约、安全有序贯穿始终，"
                                   "各项准备工作已经基本完成，场馆设施运行良好。"], 14))
    text = ("全省农民运动会今日在荆州开幕\n\n"
            "共有109个乡镇9308名农民报名参赛，人数创历届之最，\n本届赛事共设23个大项、145个小项\n\n"
            f"{body}\n")
    assert _kinds(text) == [BlockKind.TITLE] * 3 + [BlockKind.BODY]


@pytest.mark.parametrize("caption", [
    "全县组织农技人员深入田间地头，为种植大户讲解秋播技术要点，推广良种良法，助力增收\n致富",
    "全县组织农技人员深入田间地头，为种植大户讲解秋播技术要点，推广良种\n良法，助力农民增收",
], ids=["few-words", "a-third"])
def test_classify_blocks_caption_filled_across_columns_with_a_short_tail_is_text(caption):
    # A caption set across the photo, filled to its width and wrapping a few words (up to
    # about a third of its first line), with no full stop, between a photo's title and the
    # next headline: text, not a headline.
    text = (f"{LEAD_TEXT}\n{LEAD_TEXT}\n■摄影 丁 华\n\n秋播时节\n\n{caption}\n\n"
            f"推动县域夜间消费提质\n扩容再上新台阶（财经观）\n\n{LEAD_TEXT}\n{LEAD_TEXT}")
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=text))))
    caption_block = next(b for b in blocks if "秋播技术" in b.lines[0].text)
    assert caption_block.kind is BlockKind.BODY and caption_block.lines[-1].text == caption.split("\n")[-1]


def test_wrapped_tail_is_no_headline_pair_nor_a_kicker_over_its_headline():
    from banmian.blocks.frame import _wrapped_tail
    # a headline's two lines across columns, nearer in length, stay a headline
    deck = "全县首届农民运动会今日在体育中心开幕，共有三十个乡镇代表队报名\n赛程持续一周，项目丰富多彩"
    assert _kinds(f"{deck}\n\n{LEAD_TEXT}")[:2] == [BlockKind.TITLE, BlockKind.TITLE]
    # a kicker leading with a dash to its headline is no caption's first line, however long
    kicker = "全县首届农民运动会今日在体育中心开幕，三十个乡镇代表队同场竞技——\n赛出风采赛出精神面貌"
    assert not _wrapped_tail(read_lines(SourceText(text=kicker)))
    # nor is a headline its column's name closes, another story's short headline glued under it
    glued = "王立新：扎根山区 守护一方平安（守护平安·基层民警谱）\n家乡的小河"
    assert not _wrapped_tail(read_lines(SourceText(text=glued)))


def test_classify_blocks_headline_line_listing_places_above_a_caption_stays_a_title():
    # A two-line headline, its second line long and listing with 、, right above a photo's
    # caption and credit: the line is the headline's, not a caption line drawn as a frame.
    head = "县长将出席第三届全省山区县经济\n发展论坛并访问城南镇、城北镇、城西镇"
    caption = "县长14日上午在县政府会见了来访的省农业科学院专家一行。 本报记者 王小林摄"
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=f"{LEAD_TEXT}\n\n{head}\n\n{caption}\n\n{LEAD_TEXT}"))))
    assert [b.kind for b in blocks if b.lines[0].text.startswith(("县长将", "发展论坛"))] == [BlockKind.TITLE] * 2


def test_classify_blocks_caption_line_and_its_wrapped_tail_above_the_credit_are_text():
    # An extractor drew each caption line as a frame, the last one a word's tail (…推广良种 /
    # 良法), right above the photo's credit: the caption's text, not a headline and its kicker.
    caption = "全县组织农技人员深入田间地头，为种植大户讲解秋播技术要点，推广良种\n\n良法"
    text = f"{LEAD_TEXT}\n{LEAD_TEXT}\n\n秋播时节\n\n{caption}\n\n■摄影 丁 华\n\n{LEAD_TEXT}"
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=text))))
    kinds = {b.lines[0].text[:4]: b.kind for b in blocks}
    assert kinds["秋播时节"] is BlockKind.TITLE
    assert kinds["全县组织"] is BlockKind.BODY and kinds["良法"] is BlockKind.BODY


def test_classify_blocks_line_trailing_off_after_unfinished_text_goes_on_with_it():
    body = UNFINISHED
    text = f"{body}\n\n乡社会保障统筹……\n\n下一篇文章的标题\n\n{body}\n"
    assert _kinds(text) == [BlockKind.BODY, BlockKind.BODY, BlockKind.TITLE, BlockKind.BODY]


@pytest.mark.parametrize("line, kind", [
    ("而要落到每一项具体服务之中", BlockKind.BODY),  # a turn of the sentence after its comma
    ("社区服务的新样子", BlockKind.TITLE),  # a heading
])
def test_classify_blocks_line_turning_the_sentence_after_a_comma_goes_on_with_it(line, kind):
    # [a lead's lines, a line of its own that stops on a comma, a short line of its own, the
    # next paragraph]: a line opening with a conjunction that turns the sentence (而, 但, 却)
    # goes on from the comma, however short of the column; no headline opens with one.
    lead = "\n".join(wrap_column(["本报讯 近年来，街道把居民的需求放在首位，把服务送到每一户人家的门口"], 18))
    rest = "\n".join(wrap_column(["一件件小事办好了，居民的笑容多了起来，社区的面貌焕然一新，大家都说日子越过越舒心。"], 18))
    text = f"{lead}\n\n以居民为中心，不是一句空话，\n\n{line}\n\n{rest}\n"
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=text))))
    assert {b.lines[0].text[:4]: b.kind for b in blocks}[line[:4]] is kind


@pytest.mark.parametrize("caption_title, apart", [("", True), ("金秋时节\n\n", False)])
def test_classify_blocks_photo_title_after_its_credit_glued_to_the_next_headline_is_a_frame_of_its_own(caption_title, apart):
    # …赵 晗摄（图片社） / 秋收忙 + 县图书馆新馆正式对外开放 in one frame: the photo's title
    # after its caption; not so when the caption has its title above it already (a kicker)
    caption = "\n".join(wrap_column(["眼下正是秋收时节，村民们在田间抢收水稻，田里一片金黄。"], 14))
    story = "\n".join(wrap_column(["本报讯 县图书馆新馆昨天正式对外开放，首日接待读者三千多人次。"], 14))
    text = f"{caption_title}{caption}\n赵 晗摄（图片社）\n\n秋收忙\n县图书馆新馆正式对外开放\n\n{story}\n"
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=text))))
    short, headline = [b for b in blocks if b.kind is BlockKind.TITLE][-2:]
    assert (short.text, headline.text) == ("秋收忙", "县图书馆新馆正式对外开放")
    assert (short.frame_index != headline.frame_index) is apart


def test_classify_blocks_sentence_tail_leading_on_with_a_dash_after_a_word_broken_at_the_column_is_text():
    # …各地游客纷纷表 / 达了赞许—— / quotations: the word 表达 runs over the break
    before = "\n".join(wrap_column(["周末两天，山里的景区游人不断，停车场早早停满了车辆。"], 14)) + "\n谈起景区的变化，游客们纷纷表"
    rest = "\n".join(wrap_column(["一位来自省城的游客说，这里的山水太美了，下次还要带着家人一起来，好好住上几天。",
                                   "另一位游客说，没想到家门口就有这样好的去处，以后周末就常来。"], 14))
    assert _kinds(f"{before}\n\n达了赞许——\n\n{rest}\n") == [BlockKind.BODY] * 3
    # a kicker leading on to its headline after finished text stays a title
    assert _kinds(f"{before}。\n\n秋游正当时——\n\n{rest}\n")[1] is BlockKind.TITLE


def test_classify_blocks_sentence_tail_leading_on_with_a_dash_after_a_full_unfinished_line_is_text():
    # …始终与全县的 / 发展同在—— / 2016年…: no word runs over the break, but the line before
    # fills its column and finishes nothing; the text after opens no story.
    before = "\n".join(wrap_column(["周末两天，山里的景区游人不断，停车场早早停满了车辆，农家乐的生意也格外红火。",
                                     "这些年，一批又一批干部扎根山区，修路架桥、引水通电，带着乡亲们种果树、办合作社。"], 14)
                        ) + "\n他们的心血和汗水始终与全县的"
    rest = "\n".join(wrap_column(["2016年春天，县里召开表彰大会，来自各乡镇的代表齐聚一堂，共同回顾他们走过的路。",
                                   "会上，十位扎根基层的干部受到表彰，他们的故事让在场的每一个人深受感动。"], 14))
    assert _kinds(f"{before}\n\n发展同在——\n\n{rest}\n") == [BlockKind.BODY] * 3


def test_classify_blocks_justified_line_spread_out_in_a_frame_of_its_own_goes_on_with_the_sentence():
    # the extractor put a space after every character of a line set to the column's width
    spread = "乡 社 会 保 障 统 筹 和 农 村 危 房 改"
    rest = "\n".join(wrap_column(["造工作，受到了当地群众的一致好评。"], 14, indent=0))
    assert _kinds(f"{UNFINISHED}\n\n{spread}\n\n{rest}\n") == [BlockKind.BODY] * 3
    # a headline spread out so, after a finished sentence, stays one
    assert _kinds(f"{UNFINISHED}。\n\n美 丽 乡 村 新 图 景\n\n{rest}\n")[1] is BlockKind.TITLE


@pytest.mark.parametrize("credit, name", [
    ("\n新华社记者  周丽\n", "周丽宁"),
    ("\n新 华 社 记 者    周 丽\n", "周丽宁"),  # the line justified
    ("\n\n新 华 社 记 者    周   \n", "周宁"),  # a frame of its own, no byline without the rest
])
def test_classify_blocks_credit_name_broken_before_its_last_character_is_joined(credit, name):
    text = f"图为游客在古镇老街石牌\n坊前留影。{credit}\n宁摄\n\n别让“舌尖浪费”蔓延（观沧海）\n"
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=text))))
    credit = [b for b in blocks if b.kind is BlockKind.BYLINE]
    assert len(credit) == 1 and [(x.role, x.name) for x in credit[0].bylines] == [("摄影", name)]
    assert [b.kind for b in blocks][-1:] == [BlockKind.TITLE] and len(blocks) == 3


def test_classify_blocks_credit_broken_where_its_captions_frame_ends_is_joined():
    caption = "图为游客在湖边的步道上观赏红叶，秋日的湖面倒映着层林。 本报记者 林"
    for text, name in ((f"{caption}\n\n晓舟摄\n\n市民乐享金秋\n", "林晓舟"),
                       ("图为游客在湖边的步道上观赏红叶。 本\n\n报记者 林晓舟摄\n\n市民乐享金秋\n", "林晓舟")):
        blocks = classify_blocks(group_frames(read_lines(SourceText(text=text))))
        assert [b.kind for b in blocks] == [BlockKind.BODY, BlockKind.BYLINE, BlockKind.TITLE]
        assert [(x.role, x.name) for x in blocks[1].bylines] == [("摄影", name)]
        assert "".join(l.text for l in blocks[0].lines).rstrip().endswith("。")


def test_classify_blocks_lines_set_in_the_column_over_a_reporters_byline_are_its_headline():
    story = "本报讯 5月6日，全省春耕备耕\n工作现场会在平原县召开，会议\n总结了前一阶段的工作。\n"
    headline = "全省春耕备耕现场会在平原县\n召开、部署下阶段重点工作"  # the column's width
    text = f"{UNFINISHED}\n\n{headline}\n\n■记者 林晓舟\n\n{story}"
    kinds = _kinds(text)
    assert kinds[1:4] == [BlockKind.TITLE, BlockKind.TITLE, BlockKind.BYLINE]
    # A sentence wrapped at the column leaves its last word on a short line: the section of
    # a compilation its reporter signs, not a headline.
    wrapped = "定下了目标，就不能辜负大家\n的期待"
    assert _kinds(f"{UNFINISHED}\n\n{wrapped}\n\n■记者 林晓舟\n\n{story}")[1] is BlockKind.BODY
    # After a finished text, a dash line names who spoke it, and a place and a name sign a
    # reader's letter: the text's last lines, whatever story the byline after them opens.
    said = "“戏比天大，这是老一辈艺术家\n传给我们的话。”"
    for last in ("——越剧表演艺术家林晓舟", "浙江平湖市 林晓舟"):
        assert _kinds(f"{said}\n\n{last}\n\n■记者 周 敏\n\n{story}")[1] is BlockKind.BODY, last


@pytest.mark.parametrize("before", ["", TWO_PARAGRAPHS_OF_TEXT + "\n\n"])
def test_classify_blocks_kicker_and_headline_wrapped_to_the_column_over_a_byline_are_titles(before):
    story = "\n".join(wrap_column(["本报讯 5月6日，全省秋冬种工作现场会在平原县召开，会议总结了前一阶段的工作，"
                                  "部署了下一阶段的重点任务。"], 14))
    # a kicker and a headline, each wrapped at the column's width, a list's mark in the last line
    titles = "周明在全市乡村振兴工作推进会\n议上强调要抓好秋冬种各项工作\n坚持产业带动农民增收致富\n持之以恒、久久为功抓落实"
    kinds = _kinds(f"{before}{titles}\n\n■记者 林晓舟\n\n{story}")
    skip = 1 if before else 0
    assert kinds[skip:skip + 5] == [BlockKind.TITLE] * 4 + [BlockKind.BYLINE]
    # A story's last frame stopped short of its mark (a section's heading and its text) has
    # its clauses' commas, and a lead opens a story's text: neither is a headline, whatever
    # byline comes under it.
    for text in ("织密基层服务网络\n各地正在推出一系列便民措施，\n为基层群众办事提供更多便利\n条件，让服务更加贴近百姓",
                 "本报讯 各地要立足资源禀赋发\n展特色产业带动农民增收让乡\n村振兴的成果惠及广大农民群\n众和基层干部以及城乡居民"):
        assert _kinds(f"{before}{text}\n\n■记者 林晓舟\n\n{story}")[skip] is BlockKind.BODY, text


def test_classify_blocks_lines_over_a_lead_with_no_byline_are_its_headline_unless_they_finish_the_text_above():
    story = "\n".join(wrap_column(["本报讯 5月6日，全省秋冬种工作现场会在平原县召开，会议总结了前一阶段的工作。"], 14))
    # the story before's headline, drawn after its text, over this story's, wrapped to the column
    titles = "全市秋季运动会落幕\n周明主持召开全市乡村振兴工作\n推进会并作讲话强调\n在新时代推进乡村振兴中担负起\n各级干部的职责使命"
    assert _kinds(f"{TWO_PARAGRAPHS_OF_TEXT}\n\n{titles}\n\n{story}")[1:7] == [BlockKind.TITLE] * 5 + [BlockKind.BODY]
    # A pull quote stopped at its column's edge, mid-sentence: the lines after it finish it.
    quote = "■ 要抓住乡村旅游升\n级、民宿扩容、夜游兴起的时\n机，发挥老街区在带动商户增\n收、留住外地游客、延长停留"
    assert _kinds(f"{quote}\n\n时间、丰富消费场景、擦亮城\n市名片等方面的作用\n\n{story}")[1] is BlockKind.BODY


def test_classify_blocks_last_lines_on_the_page_after_a_story_with_no_titles_are_its_headline():
    story = "\n\n".join("\n".join(wrap_column([p], 18)) for p in (
        "本报讯 5月6日，记者从市就业服务中心获悉，今年以来，全市已有三万名高校毕业生找到工作，比去年同期多了两千人。",
        "另外还在城郊工业园区里挖掘岗位，帮助毕业生在家门口上岗；同邻近城市搭建用工对接平台，扩大跨市招聘规模等等。"))
    last = "从“进得来”向“留得住、能发展”转变\n全市促进三万名高校毕业生就业"  # the first at the column's width
    assert _kinds(f"{story}\n\n{last}\n")[2:] == [BlockKind.TITLE] * 2
    # Under a headline of its own, the story's last lines are a heading of its text, cut off.
    assert _kinds(f"市人社局多措并举稳就业\n\n{story}\n\n{last}\n")[3:] == [BlockKind.BODY]


@pytest.mark.parametrize("byline", ["", "■记者 林晓舟\n\n"])
def test_classify_blocks_headline_over_a_subheadline_set_across_columns_before_a_lead_are_titles(byline):
    story = "\n".join(wrap_column(["本报讯 市长周明5月6日主持召开市政府常务会议，听取全市春耕备耕情况汇报，"
                                  "安排下一步工作。会议指出，要抓好农资供应。"], 14))
    # a short headline, then a subheadline of clauses twice the column's width and more
    titles = ("周明主持召开市政府常务会议\n"
              "听取全市春耕备耕情况汇报，要求抓紧抓实农资供应；安排防汛\n"
              "抗旱准备工作，确保安全度汛；研究城区老旧小区改造工作")
    kinds = _kinds(f"{TWO_PARAGRAPHS_OF_TEXT}\n\n{titles}\n\n{byline}{story}")
    assert kinds[1:4] == [BlockKind.TITLE] * 3
    # Lines no wider than the page's columns are a story's text, clause marks and all.
    narrow = "\n".join(wrap_column(["听取全市春耕备耕情况汇报，要求抓紧抓实农资供应；安排防汛抗旱准备工作"], 14))
    assert _kinds(f"{TWO_PARAGRAPHS_OF_TEXT}\n\n周明主持召开常务会议\n{narrow}\n\n{byline}{story}")[1] is BlockKind.BODY


def test_classify_blocks_speaker_line_after_a_quote_is_text():
    quote = ("“基层干部作风好坏在很大程度\n上决定着群众满意程度的高低，\n要把为民服务记之于心、落之于\n"
             "行，在办实事解难题上下功夫，\n不断提高服务能力和水平。”")
    body = ("本报讯 10月8日，市图书馆新馆\n正式开馆，首日接待读者三千余\n人次，借阅图书五千余册，市民\n"
            "纷纷点赞新馆的阅读环境，表示\n以后会常来看看书。")
    text = (f"{quote}\n\n——青川县委书记周文斌日前在\n全县机关作风建设推进大会上说\n\n"
            f"图书馆新馆开馆\n\n{body}\n")
    assert _kinds(text) == [BlockKind.BODY, BlockKind.BODY, BlockKind.TITLE, BlockKind.BODY]


@pytest.mark.parametrize("dash", ["——论坚持以人民为中心的发展思想", "——记扎根山区三十年的乡村教师",
                                  "——写在全市文明城市创建五周年之际", "——全县首届农民运动会开幕式侧记"])
def test_classify_blocks_subheadline_dash_naming_its_theme_after_text_stays_a_title(dash):
    # An editorial's or a profile's subheadline, drawn after the text before it: no speaker
    # of a quote is named by 论, 记 or 写在, nor by the kind of piece it heads (…侧记).
    text = ("全市上下要以更加饱满的热情，\n投入到各项工作中去，为实现\n今年目标任务作出新的贡献。\n\n"
            f"{dash}\n\n■记者 王 明\n\n{LEAD_TEXT}")
    assert _kinds(text)[1] is BlockKind.TITLE


def test_classify_blocks_headline_after_unfinished_text_stays_a_title_when_wider_than_the_column():
    body = UNFINISHED
    text = (f"{body}\n\n浙江安吉县先行先试垃圾\n分类守护碧水蓝天（改革落实在基层）\n\n{body}\n")
    assert _kinds(text) == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_headline_over_two_lines_closed_by_its_column_name_is_a_title():
    body = LEAD_TEXT
    text = f"{body}\n周大山：扎根山乡 为民奔走\n（为了乡村振兴·基层干部谱）\n\n{body}"
    assert _kinds(text) == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_text_ending_in_a_parenthesis_is_not_a_headline():
    body = LEAD_TEXT
    text = f"{body}\n作为东城“三大功能片区”的\n核心区，滨湖科技新区（湖东新城）\n\n{body}"
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=text))))
    assert BlockKind.TITLE not in [b.kind for b in blocks]


def test_classify_blocks_sentence_tail_with_its_closing_quote_goes_on_with_the_text():
    text = f"{UNFINISHED}\n\n迹”\n\n下一篇文章的标题\n\n{UNFINISHED}\n"
    assert _kinds(text) == [BlockKind.BODY, BlockKind.BODY, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_caption_lines_written_as_frames_of_their_own_are_text():
    # An extractor that writes each line of a caption as its own frame: the long lines with a
    # clause are the caption's text, the short line above them the photo's title, and a
    # headline before the photo stays a headline.
    page = ("各区县要加快推进旧城改造工作，\n切实改善群众居住条件。\n\n"
            "乡村振兴，路在脚下\n\n秋收时节\n\n"
            "十月八日，农民在湖北省荆州市公安县的田间收割晚稻，一派繁忙\n\n"
            "景象。\n\n■摄影 李 明")
    assert _kinds(page) == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE,
                            BlockKind.BODY, BlockKind.BODY, BlockKind.BYLINE]
    # A caption broken off mid-clause, its last line long and without a clause or a stop,
    # right over the credit (…农民们的收入也进一步提高，为 / 乡村振兴打下了…): text too.
    page = (f"{TWO_PARAGRAPHS_OF_TEXT}\n\n秋收时节\n\n全县今年粮食再获丰收，农民们的收入也进一步提高，为\n\n"
            "乡村振兴打下了更加坚实的物质基础和群众基础\n\n■摄影 李 明")
    assert _kinds(page)[-3:] == [BlockKind.BODY, BlockKind.BODY, BlockKind.BYLINE]


def test_classify_blocks_headline_a_first_line_wide_over_text_that_opens_its_own_paragraph():
    # A headline happens to measure a column less the indent, alone in its frame like a
    # paragraph's first line broken off by the extractor; but the text under it opens with an
    # indented line of its own, so it is no part of that paragraph.
    page = _between("近年以来，以数字技术为依托的新一轮基层治理改革给传统社区服务带来明显变化，"
                    "充分运用信息技术手段，推动社区服务升级，是各地基层的共同课题。",
                    "争当社区服务升级的排头兵",
                    "社区服务升级是信息化时代的重大课题，我们将认真研究落实，坚持居民优先，"
                    "推动服务、技术、管理全面创新，建好新型智慧社区。", 14)
    assert _kinds(page) == [BlockKind.BODY, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_headline_at_first_line_width_over_a_paragraph_whose_digits_run_wide():
    # The text under the headline opens its own paragraph: its first line stops short of the
    # indent because its digits are set wider than the half em counted for them.
    before = "\n".join(wrap_column(["全县各乡镇统筹推进农村人居环境整治，村容村貌明显改善，群众的获得感进一步增强。"], 15))
    after = ("今年1月25日，县委书记王\n明率县四套班子成员来到乡镇调研\n就推进乡村振兴工作举行专题座谈\n"
             "并提出具体要求，为下一步指明方\n向。")
    page = f"{before}\n\n推动乡村文化振兴迈上新台阶\n\n{after}\n"
    assert _kinds(page) == [BlockKind.BODY, BlockKind.TITLE, BlockKind.BODY]


@pytest.mark.parametrize("last, kinds", [
    # two phrases set to the column's width, then nothing but the page's furniture: the
    # headline drawn after its text, not a subheading of text that never comes
    ("美丽乡村建设绘新图景\n\n群众生活更加红火", [BlockKind.TITLE, BlockKind.TITLE]),
    # lines that break inside a sentence are that text's last lines
    ("路修好了，产业怎样发\n\n展？群众怎样增收？", [BlockKind.BODY]),
    # nor is a photo story's credit broken over two lines
    ("林晓舟  王  明摄影\n\n报道", [BlockKind.BODY]),
])
def test_classify_blocks_title_lines_last_on_the_page(last, kinds):
    body = "\n".join(wrap_column(["全县各乡镇统筹推进农村人居环境整治，村容村貌明显改善，群众的获得感进一步增强。"], 10))
    page = f"{body}\n\n{last}\n\n2019年10月18日 星期五\n东湖日报\n15 政治\n\n责任编辑：吴明鹏\n"
    got = [b.kind for b in classify_blocks(group_frames(read_lines(SourceText(text=page))))
           if b.kind is not BlockKind.FURNITURE]
    assert got[1:] == kinds


def test_classify_blocks_caption_after_its_credit_and_title_is_text():
    # The credit drawn first, then the photo's title and its caption lines; a kicker that
    # leads to its headline stays a title.
    page = ("各区县要加快推进旧城改造工作，\n切实改善群众居住条件。\n\n■摄影 李 明\n\n秋收时节\n\n"
            "十月八日，农民在湖北省荆州市公安县的田间收割晚稻，一派繁忙\n\n"
            "有画家驻村，有村民作画，浙江石柳村——\n\n这个村庄，画笔一直在")
    assert _kinds(page)[:4] == [BlockKind.BODY, BlockKind.BYLINE, BlockKind.TITLE, BlockKind.BODY]
    assert _kinds(page)[4:] == [BlockKind.TITLE, BlockKind.TITLE]


def test_classify_blocks_wide_caption_closed_by_its_credit_broken_over_lines_is_text():
    # A photo's title, then its caption set across a spread's columns, no full stop, the
    # credit broken over its last two lines (…本报记者 张某、 / 李某某摄): a caption, not a
    # headline, though its lines are wider than any column.
    story = "\n".join(wrap_column([
        "近年以来，以数字技术为依托的新一轮基层治理改革给传统社区服务带来明显变化，居民办事少跑腿。",
        "街道在每个小区设立了服务站，工作人员每周上门走访独居老人，替他们修水管、换灯泡、取快递。",
        "社区还开设了老年课堂，教老人使用手机挂号、缴费和视频通话，课堂每次都座无虚席。"], 14))
    page = (f"{story}\n\n晨练时光\n\n"
            "清晨的江边步道上，晨跑的市民、打太极的老人和遛狗的年轻人组成了一幅\n"
            "生动的画面，人们在微风中舒展筋骨，享受着一天里最清新的时光 本报记者 陈某某、\n周某摄\n\n"
            f"{story}\n")
    kinds = _kinds(page)
    n = len(story.split("\n\n"))
    assert kinds[n] is BlockKind.TITLE
    assert kinds[n + 1] is BlockKind.BODY and BlockKind.TITLE not in kinds[n + 1:]


def test_classify_blocks_headline_with_a_comma_over_its_dash_subheadline_is_a_title():
    # A headline with a comma, then its subheadline led by a dash, set across the page, then
    # the byline: each maybe a title alone, together a headline and its subheadline.
    story = TWO_PARAGRAPHS_OF_TEXT
    page = (f"{story}\n\n山海相连，情谊绵长\n\n"
            "——沿海三省渔民代表、远洋船员和港口工人在座谈会上热议海洋经济发展新机遇与近海渔业转型升级的新路径\n\n"
            "■记者 王 强\n\n" + "\n".join(wrap_column(["本报讯 今年以来，沿海渔港新建了冷链仓储中心，渔获上岸后两小时内即可完成分拣。"], 14)) + "\n")
    kinds = _kinds(page)
    n = len(story.split("\n\n"))
    assert kinds[n:n + 3] == [BlockKind.TITLE, BlockKind.TITLE, BlockKind.BYLINE]


@pytest.mark.parametrize("line, kind", [
    ("守望，夜归人", BlockKind.TITLE),           # a headline with a comma: the next story's
    ("本报讯 昨天下午，全县秋季运动会开幕——", BlockKind.BODY),  # a lead opens a story's text, not its headline
])
def test_classify_blocks_line_after_a_jump_marker_opens_the_next_story(line, kind):
    # The text before stopped mid-sentence and jumps to page 5: the line after the marker
    # does not go on with it.
    before = "\n".join(wrap_column(["街道在每个小区设立了服务站，工作人员每周上门走访独居老人，替他们修水管、换灯泡、取快递。",
                                    "近年以来，以数字技术为依托的新一轮基层治理改革给传统社区服务带来明显变化，居民办事"], 14))
    after = "\n".join(wrap_column(["“天这么晚了，还有人在路上！”出租车司机、环卫工人和外卖骑手，守着小城的夜晚。",
                                   "他们说，城市睡了，总得有人醒着。"], 14))
    kinds = _kinds(f"{before}\n\n（下转5版）\n\n{line}\n\n{after}\n")
    k = kinds.index(BlockKind.CONTINUATION)
    assert kinds[:k] == [BlockKind.BODY] * k and kinds[k + 1] is kind


def test_classify_blocks_short_line_with_a_comma_under_a_reporters_byline_is_a_headline():
    # [text, ■记者 某某, a short line with a comma, a paragraph at the indent]: the byline
    # signs the story the line heads; no paragraph ends on the line, nor runs on from it.
    before = "\n".join(wrap_column(["街道在每个小区设立了服务站，工作人员每周上门走访独居老人，替他们修水管、换灯泡、取快递。"], 14))
    after = "\n".join(wrap_column(["近年来，山区小镇帮助农户发展竹编手艺，培育电商平台，开设直播间，请来设计师改进花样，让竹篮竹椅卖到了全国各地。",
                                   "镇里还办起了竹编培训班，每期都有几十名学员结业。"], 14))
    kinds = _kinds(f"{before}\n\n■记者 李 明\n\n小竹篮，大产业\n\n{after}\n")
    assert kinds[1:3] == [BlockKind.BYLINE, BlockKind.TITLE] and kinds[3:] == [BlockKind.BODY] * (len(kinds) - 3)


def test_classify_blocks_caption_line_wrapped_in_its_frame_above_the_credit_is_text():
    # [text, a photo's short title, a caption's wide line with clauses that stops inside its
    # sentence and its shorter wrapped rest in the same frame, ■摄影 …, the next story]: both
    # caption lines are text, though the second, alone, has no mark.
    story = TWO_PARAGRAPHS_OF_TEXT
    page = (f"{story}\n\n秋收时节\n\n"
            "山区梯田里稻谷金黄，村民们忙着收割、晾晒、装袋，田埂上一派\n"
            "繁忙而喜悦的金秋丰收景象\n\n■摄影 李 明\n\n{story}\n")
    kinds = _kinds(page)
    k = kinds.index(BlockKind.BYLINE)
    t = kinds.index(BlockKind.TITLE)  # the photo's title
    assert t < k - 1 and kinds[t + 1:k] == [BlockKind.BODY] * (k - t - 1)


def test_classify_blocks_headline_its_column_name_closes_over_a_credit_is_no_caption():
    # [a story's text, its kicker (long, with commas) and its headline closed by its column's
    # name in one frame, ■摄影 …, a photo's title]: the headline is shorter than the line over
    # it, as a caption's wrapped rest would be, but no caption's line ends in a column's name.
    page = (f"{TWO_PARAGRAPHS_OF_TEXT}\n\n"
            "更加注重服务居民，更加注重数字赋能，更加注重社区治理\n"
            "老街坊迎来新日子（基层治理新观察·街道篇）\n\n■摄影 李 明\n\n秋收时节\n")
    kinds = _kinds(page)
    k = kinds.index(BlockKind.BYLINE)
    assert kinds[k - 2:k] == [BlockKind.TITLE, BlockKind.TITLE]


def test_classify_blocks_headline_over_a_lead_after_a_photos_credit_and_title_is_no_caption():
    # [text, a caption closed by its credit, the photo's short title, a headline with 、, a
    # lead]: the line over the lead heads its story; it is not the photo's caption drawn after
    # the credit and the title.
    caption = "山区梯田里稻谷金黄，村民们忙着收割、晾晒、装袋，田埂上一派繁忙的丰收景象 本报记者 李明摄"
    lead = "\n".join(wrap_column(["新华社北京10月22日电  副省长张某某21日、22日在省城分别会见了来访的甲国和乙国农业部长。",
                                  "双方就农业合作交换了意见。"], 14))
    page = f"{TWO_PARAGRAPHS_OF_TEXT}\n\n{caption}\n\n秋收时节\n\n张某某分别会见甲国、乙国农业部长\n\n{lead}\n"
    kinds = _kinds(page)
    k = kinds.index(BlockKind.BYLINE)
    assert kinds[k + 1:k + 3] == [BlockKind.TITLE, BlockKind.TITLE] and kinds[k + 3] is BlockKind.BODY


def test_classify_blocks_headline_set_to_the_column_after_a_source_note_stays_a_title():
    # A source note finishes the text without a full stop: the headline after it, though set
    # to the column's width, goes on no sentence.
    from pagekit import wrap_column
    body = "\n".join(wrap_column(["作为全市运动会田径赛场的城东体育中心田径场，位于东西湖区新的居民集中区域，"
                                 "今年3月正式启用后，已承办了数场中甲比赛，场馆的各项设施都经受住了检验。"], 14))
    text = f"{body}\n\n数据来源：第三届全市老年\n运动会组委会\n\n三名科学家共享诺贝尔化学奖项\n\n{LEAD_TEXT}"
    assert _kinds(text) == [BlockKind.BODY, BlockKind.BODY, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_headline_after_text_that_jumps_to_another_page():
    # The text stops mid-sentence because it goes on on page 17, as the marker after the
    # headline says: the headline with a colon is a headline, not the sentence's rest.
    from pagekit import wrap_column
    text = wrap_column(["“4年来，各地为落实水污染防治规划作出了不懈努力，取得了明显成效。但是，"
                        "河湖治理仍面临不少难题，山区的村庄实现长效化管护目标任重道远，需要"], 18)
    page = ("\n".join(text) + "\n\n“落实2030年水污染\n防治规划：我们在行动”\n\n"
            "——首届水污染防治论坛在汉成功举办\n\n（下转17版）\n")
    kinds = _kinds(page)
    assert kinds[0] is BlockKind.BODY and kinds[-1] is BlockKind.CONTINUATION
    assert set(kinds[1:-1]) == {BlockKind.TITLE}


def test_classify_blocks_column_text_wrapped_around_a_parenthesis_is_no_headline():
    # Lines set to the column's width ending in a parenthesis look like a headline closed by
    # its column's name; lines wrapped at the column around it are running text.
    from pagekit import wrap_column
    before = "\n".join(wrap_column(["在青川河口通用航空机场跳伞场边抬头远望，很轻松就认出省体育局跳伞队的队员，"
                                    "观众常常被选手们的精彩表现所感染。"], 12))
    text = (f"{before}\n\n定点赛是本届省运跳伞\n赛的必比项目，选手要从千\n米高空跃出，落到草坪中一\n"
            "个瓶盖大小（直径三厘米）\n\n的点，没有过硬的功夫不行。\n")
    assert BlockKind.TITLE not in _kinds(text)


def test_classify_blocks_kicker_ending_in_a_dash_is_no_wrapped_subheading():
    # The kicker happens to measure the column less the indent, and its headline is shorter:
    # the shape of a subheading wrapped in the column, but the dash leads to a headline.
    from pagekit import wrap_column
    body = "\n".join(wrap_column(["在家乡大地修路架桥、建校、办厂的非凡历程中，一代又一代建设者艰苦创业、"
                                  "不懈奋斗，涌现出一大批先进模范人物。"], 14))
    text = f"“最美护林员”向大山告白——\n\n我爱你，青山\n\n{body}\n"
    assert _kinds(text)[:2] == [BlockKind.TITLE, BlockKind.TITLE]


@pytest.mark.parametrize("title", [
    "“为家乡的振兴鼓劲加油”\n——记山区教师张明",  # a subheadline opens with its dash
    "山乡巨变的故事（我和我的\n家乡·纪念建县六十周年）",  # a column's name broken over the lines
    "江南湖村与北湖村结对帮扶\n学技术 拓宽增收路",  # a phrase gap in the last line
])
def test_classify_blocks_title_lines_shaped_as_wrapped_text_but_marked_as_a_headline(title):
    # Two title lines that measure the column less the indent, then less than the column:
    # the shape of a subheading wrapped in the column, but what they say marks a headline.
    from pagekit import wrap_column
    body = "\n".join(wrap_column(["在家乡大地修路架桥、建校、办厂的非凡历程中，一代又一代建设者艰苦创业、"
                                  "不懈奋斗，涌现出一大批先进模范人物。"], 14))
    assert _kinds(f"{body}\n\n{title}\n\n{body}\n") == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_headline_whose_column_name_stands_on_its_own_line_is_no_wrapped_subheading():
    # A headline set to the column less the indent, then its column's name on a line (and
    # frame) of its own: the shape of a subheading wrapped in the column, but a headline.
    from pagekit import wrap_column
    body = "\n".join(wrap_column(["从居民的需求、感受出发，主动去解决居民的小事、急事、烦心事，"
                                  "用实干赢得居民的信任和支持，把好事办好、实事办实，让居民看到变化、得到实惠。"], 11))
    text = f"{body}\n栏目投稿邮箱：\nyxxz8494\n\n用真心解开居民心结\n\n（一线行走）\n"
    assert _kinds(text)[-2:] == [BlockKind.TITLE, BlockKind.TITLE]


def test_classify_blocks_headline_with_its_column_name_after_a_credit_is_no_caption():
    # A credit, a headline and then a second headline with a comma: the second is closed by
    # its column's name, which no caption line is.
    page = ("各区县要加快推进旧城改造工作，\n切实改善群众居住条件。\n\n本报记者 韩英子摄\n\n"
            "脱贫致富当自强（暖闻热评）\n\n“一碗热汤，暖了人心”（现场评论）\n")
    assert _kinds(page)[-2:] == [BlockKind.TITLE, BlockKind.TITLE]


def test_classify_blocks_two_short_runs_with_commas_before_a_title_are_titles():
    # Neither comma-run alone says it is a title; the title after the second settles it, and
    # the second then settles the first.
    page = f"{LEAD_TEXT}\n致敬，城市“夜行人”\n\n网售处方药，要放更要管\n\n绿色出行\n"
    assert _kinds(page)[1:] == [BlockKind.TITLE, BlockKind.TITLE, BlockKind.TITLE]


@pytest.mark.parametrize("headline, kinds", [
    ("勤于学习的人（人民论坛）", [BlockKind.BODY, BlockKind.TITLE, BlockKind.BODY]),
    # its column's name broken over two frames: the second line, at a first line's measure,
    # closes the name the line above opened, so it is the headline's last line
    ("勤于学习的人（青年\n\n论坛·新时代学子心声①）", [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]),
])
def test_classify_blocks_headline_closed_by_its_column_name_is_no_first_line(headline, kinds):
    # A one-line headline that measures a column less the indent, alone in its frame before
    # text that goes on without a lead, looks like a paragraph's first line broken off by the
    # extractor; its column's name in parentheses says it is a headline.
    from pagekit import wrap_column
    before = wrap_column(["近年以来，以数字技术为依托的新一轮基层治理改革给传统社区服务带来明显变化，"
                          "推动媒体融合发展，是各国媒体的共同课题。"], 14)
    after = wrap_column(["勤学是少年最美好的底色，新时代的学生要在学习中锤炼过硬本领、"
                         "磨炼坚强意志，以勤学之我、实干之我，为家乡振兴添砖加瓦。"], 14, indent=0)
    page = "\n".join(before) + f"\n\n{headline}\n\n" + "\n".join(after)
    assert _kinds(page) == kinds


def test_classify_blocks_run_with_commas_after_the_last_finished_text_is_a_headline():
    # Drawn last, after every story: a headline whose text came before it. Text that stopped
    # mid-sentence would go on in it; text that finished its sentence does not.
    assert _kinds(f"{LEAD_TEXT}\n稳就业，惠民生\n") == [BlockKind.BODY, BlockKind.TITLE]
    assert _kinds(f"{UNFINISHED}\n\n稳就业，惠民生\n") == [BlockKind.BODY, BlockKind.BODY]


def test_classify_blocks_kicker_closed_by_a_colon_heads_its_headline():
    # 清河： is a kicker, not a clause broken at a column's edge.
    text = f"{LEAD_TEXT}\n清河：\n“邻里议事”向基层延伸\n\n{LEAD_TEXT}"
    assert _kinds(text) == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_label_with_a_colon_alone_heads_nothing():
    text = f"{LEAD_TEXT}\n图片说明：\n\n■记者 邹静磊\n"
    assert _kinds(text) == [BlockKind.BODY, BlockKind.BODY, BlockKind.BYLINE]


def test_classify_blocks_note_with_an_address_is_no_title():
    text = f"{LEAD_TEXT}\n栏目投稿邮箱：\nyxxz8494@163.com\n\n三名科学家共享诺贝尔化学奖项\n\n{LEAD_TEXT}"
    assert _kinds(text) == [BlockKind.BODY, BlockKind.BODY, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_paragraph_opening_broken_off_in_a_frame_of_its_own_is_text():
    # Two mark-free lines, the first set to the column less the indent and the second to the
    # full column, then the text they open going on: a paragraph's opening lines, however
    # title-like, not a headline.
    from pagekit import wrap_column
    before = COLUMN_OF_FINISHED_TEXT
    opening = "石柳村的老人家们还领我们\n参观了他们当年生活中纺线织布"
    rest = "\n".join(wrap_column(["的劳动工具和日常生活用品，一件件都诉说着村里人家的往事。"], 14, indent=0))
    kinds = _kinds(f"{before}\n\n{opening}\n\n{rest}")
    assert BlockKind.TITLE not in kinds


def test_classify_blocks_headline_broken_after_its_comma_and_closed_by_its_column_name():
    text = f"{LEAD_TEXT}\n“用山泉水，\n泡山里茶”（一线视角）\n\n{LEAD_TEXT}"
    assert _kinds(text) == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_subheading_letter_spaced_to_its_column_is_text():
    # A subheading set in the column, its first line letter-spaced to the column's width:
    # the gaps are tracking, not the phrase gap of a headline.
    from pagekit import wrap_column
    before = COLUMN_OF_FINISHED_TEXT
    after = "\n".join(wrap_column(["在南京、杭州、长沙、成都、昆明等地推出的稳消费措施里，“夜经济”这个新词汇屡屡出现。"], 14))
    page = f"{before}\n\n“ 夜 经 济 ”拓 展 消 费 新\n\n时空\n\n{after}"
    assert BlockKind.TITLE not in _kinds(page)


def test_classify_blocks_subheading_with_a_phrase_gap_wrapped_to_a_word_tail_is_text():
    # A subheading set in the column breaks wherever the column ends (…各地商家 / 破题); a
    # headline with a phrase gap is broken between phrases by its typesetter.
    from pagekit import wrap_column
    before = COLUMN_OF_FINISHED_TEXT
    after = "\n".join(wrap_column(["最近，位于北京东南四环的一家串串店负责人正忙着筹备夜间营业的事情。"], 14))
    assert BlockKind.TITLE not in _kinds(f"{before}\n\n夜间营业是新考题 各地商家\n破题\n\n{after}")
    two_phrases = _kinds(f"{before}\n\n双语服务 专业网点 优惠利率高\n金融服务给军运会增色\n\n{after}")
    assert BlockKind.TITLE in two_phrases


def test_classify_blocks_subheading_whose_widow_pulled_a_character_down_is_text():
    # A subheading set in the column (12 em after the indent) whose last character would stand
    # alone: the typesetter pulls one more down, so the first line falls an em short.
    from pagekit import wrap_column
    before = COLUMN_OF_FINISHED_TEXT
    after = "\n".join(wrap_column(["最近，位于北京东南四环的一家政务服务中心正忙着调试新上线的自助设备。"], 14))
    assert BlockKind.TITLE not in _kinds(f"{before}\n\n智慧政务让办事群众少跑\n弯路\n\n{after}")
    # Two lines broken at other widths are a headline over text of its own.
    assert BlockKind.TITLE in _kinds(f"{before}\n\n智慧政务让办事\n群众少跑弯路\n\n{after}")


def test_classify_blocks_headline_at_the_indent_after_text_stopped_mid_sentence_is_a_title():
    # Two lines at the indent and shorter, after text that stopped mid-sentence and before its
    # jump marker: a paragraph's first line opens after a finished sentence, so the text does
    # not go on in them; they are the story's headline, drawn after it.
    from pagekit import wrap_column
    before = "\n".join(wrap_column([
        "近年以来，以数字技术为依托的新一轮基层治理改革给传统社区服务带来明显变化，媒体融合发展已经成为一道必答题，"
        "主流媒体纷纷加快转型步伐。", "面对新形势新任务，各地各部门都在认真研究，并积极推进"], 14))
    after = "\n".join(wrap_column(["最近，位于北京东南四环的一家政务服务中心正忙着调试新上线的自助设备。"], 14))
    headline = "全市中小学开展秋季安全教\n\n育主题活动周启动仪式"
    assert _kinds(f"{before}\n\n{headline}\n\n（下转2版）\n\n{after}") == [
        BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.CONTINUATION, BlockKind.BODY]
    assert len(before.splitlines()[-1]) == 14  # the sentence runs on at the column's full width
    # After a finished sentence the same lines are a subheading set in the column; so they are
    # after a short last line, which ended its paragraph with no mark (a deck's).
    done = before[:-2] + "。"
    assert BlockKind.TITLE not in _kinds(f"{done}\n\n{headline}\n\n{after}")
    short = before[:-2]
    assert BlockKind.TITLE not in _kinds(f"{short}\n\n{headline}\n\n（下转2版）\n\n{after}")


def test_classify_blocks_two_headline_lines_at_the_indent_before_a_jump_are_titles():
    # Two lines before a （下转N版）, after a finished sentence: the first at the indent's
    # measure, the last as short. Text that jumps fills its column up to the marker, and a
    # paragraph's lines after its first fill the column: the two are the headline drawn after
    # the story's text. One line at the indent's measure may still be a paragraph's first.
    before = "\n".join(wrap_column([
        "近年以来，以数字技术为依托的新一轮基层治理改革给传统社区服务带来明显变化。",
        "面对新形势新任务，各地各部门都在认真研究，并积极推进各项工作落地见效。"], 16))
    after = "\n".join(wrap_column(["最近，位于北京东南四环的一家政务服务中心正忙着调试新上线的自助设备。"], 16))
    headline = "市长会见某国友好城市代表团并\n共同出席两市友好交流签约仪式"
    assert [len(l) for l in headline.split("\n")] == [14, 14]  # the column (16) less the indent
    kinds = _kinds(f"{before}\n\n{headline}\n\n（下转5版）\n\n{after}")
    assert kinds[:4] == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.CONTINUATION]
    # A last line filling the column is text going on at the jump.
    full = "市长会见某国友好城市代表团并\n共同出席两市友好交流签约仪式活动"
    assert BlockKind.TITLE not in _kinds(f"{before}\n\n{full}\n\n（下转5版）\n\n{after}")


def test_classify_blocks_headline_closed_by_a_long_series_name_is_a_title():
    # A headline across the page closed by a series' long name: longer than any title line,
    # yet a headline's length before its bracket, and no sentence in it.
    from pagekit import wrap_column
    before = COLUMN_OF_FINISHED_TEXT
    headline = "让老旧小区改造惠及更多居民家庭、惠及千家万户（聚焦民生实事 推进城市更新·深入开展“我为群众办实事”实践活动·记者走基层）"
    page = f"{before}\n\n{headline}\n\n——老旧小区改造调研\n\n{LEAD_TEXT}"
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=page))))
    assert next(b for b in blocks if b.lines[0].text == headline).kind is BlockKind.TITLE
    # A line that long closed by a bracket after a sentence is text.
    sentence = "让老旧小区改造惠及更多居民家庭，惠及千家万户。（聚焦民生实事 推进城市更新·深入开展“我为群众办实事”实践活动·记者走基层）"
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=page.replace(headline, sentence)))))
    assert next(b for b in blocks if b.lines[0].text == sentence).kind is BlockKind.BODY


def test_classify_blocks_rest_of_a_note_closing_its_parenthesis_goes_on_in_the_text():
    text = f"{LEAD_TEXT}\n（本报记者林晓舟、周敏华、\n\n王洁采访整理）\n\n责任编辑：夏 辉\n"
    assert BlockKind.TITLE not in _kinds(text)


def test_classify_blocks_headline_broken_inside_its_column_name_is_a_title():
    # The extractor wrote a headline's two lines as two frames, the first stopping at a comma
    # inside the column's name: no sentence left unfinished, but the headline's first line.
    text = f"渔村人家新日子（70年，\n\n一起走过·万家灯火）\n\n{LEAD_TEXT}"
    assert _kinds(text) == [BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]
    # without a column's name closing it, the second line goes on with the text before it
    assert _kinds(f"{LEAD_TEXT}各地纷纷开展活动（70年，\n\n一起走过）的故事。\n")[-1] is BlockKind.BODY


def test_classify_blocks_page_credit_closes_the_text_before_it():
    # A page's credit (本版制图：…, 本版照片除署名外均为资料图片) is the last words of the text it is
    # printed after: never a title, and it leaves no sentence for the headline after it to finish.
    assert _kinds(f"{LEAD_TEXT}\n本版制图：郭 祥\n\n科技俱乐部回顾与展望会举办\n\n{LEAD_TEXT}") == [
        BlockKind.BODY, BlockKind.BODY, BlockKind.TITLE, BlockKind.BODY]
    assert _kinds(f"{LEAD_TEXT}本版照片除署名外均为资料\n图片\n\n三名经济学家获经济学奖\n\n{LEAD_TEXT}") == [
        BlockKind.BODY, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_lines_leading_with_a_dash_to_a_headline_are_its_kicker():
    kicker = "河北、山西、辽宁、\n吉林扎实推进秋冬农业生产——"
    kinds = _kinds(f"{LEAD_TEXT}\n{kicker}\n\n开门听意见 精准抓整改\n\n{LEAD_TEXT}")
    assert kinds == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]
    # before running text, the same lines go on in it: a sentence leading to a quotation
    kinds = _kinds(f"{LEAD_TEXT}\n{kicker}\n\n“今年的收成比往年都好，大家心里\n都踏实。”村民们说。\n")
    assert BlockKind.TITLE not in kinds


def test_classify_blocks_headline_broken_between_list_items_above_a_lead_is_a_title():
    kinds = _kinds(f"《乡村振兴读本》德文、\n英文版首发式在柏林举行\n\n{LEAD_TEXT}")
    assert kinds == [BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]
    # a line that holds a comma and ends a clause in a list is a sentence going on
    kinds = _kinds(f"{LEAD_TEXT}\n在产业生态上，全县发挥各类省\n级产业园的带动作用，推进供应商、\n\n五链统筹 三轮驱动\n\n{LEAD_TEXT}")
    assert kinds == [BlockKind.BODY, BlockKind.BODY, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_headline_broken_after_a_short_clause_is_a_title():
    # Text that jumps to another page (（下转9版）), then the headline drawn after it, its first
    # line broken after a comma far short of the column: no running text stops there.
    kinds = _kinds(f"{UNFINISHED}\n\n同心协力，\n共创两地合作美好未来\n\n——各界积极评价论坛成果\n\n（下转9版）\n")
    assert kinds == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.TITLE, BlockKind.CONTINUATION]


def test_classify_blocks_lines_above_a_lead_that_finish_no_sentence_are_a_headline():
    headline = "某县税务局启用办税联动直通平台\n服务零距离，全天有回应"
    assert _kinds(f"{LEAD_TEXT}\n{headline}\n\n{LEAD_TEXT}") == [
        BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_paragraph_opening_before_the_headline_and_a_jump_is_text():
    # Finished text, a paragraph's first line, then the headline drawn after the text and the
    # （下转N版）: the paragraph goes on on the other page; the line is no title.
    page = f"{LEAD_TEXT}\n今年是中华人民共和国成立七\n\n“两国友谊像山泉一样清澈”\n\n——访某国总理\n\n（下转16版）\n"
    assert _kinds(page) == [BlockKind.BODY, BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.CONTINUATION]


@pytest.mark.parametrize("credit,kind", [
    ("新华社记者  曹  \n灿摄", BlockKind.BYLINE),  # a name broken in its frame: a photographer's credit
    ("袁  琛摄影报道（影\n像中国）", BlockKind.BODY),  # a bare credit broken in its source: caption text
    ("袁  琛摄影报道（影\n\n像中国）", BlockKind.BODY),  # the same broken across frames inside its brackets
    ("本报记者  王  明  李\n\n晓红摄影报道", BlockKind.BODY),  # a second name broken before a bare credit's end
])
def test_classify_blocks_credit_broken_over_lines_is_one(credit, kind):
    text = f"图为10月10日，县中学队员王磊在比\n赛中射门。\n\n{credit}\n\n县图书馆新馆开馆\n"
    blocks = [b for b in classify_blocks(group_frames(read_lines(SourceText(text=text))))
              if any("摄" in l.text or "像中国" in l.text for l in b.lines)]
    assert len(blocks) == 1 and blocks[0].kind is kind


def test_classify_blocks_credit_at_a_captions_end_with_its_name_broken_is_a_byline():
    # …70周年。 本报记者 宋 / 霞摄: the credit after the caption's full stop, its name broken
    caption = "十月五日，游客在县城南湖公园观赏菊花展，园中游人如织，\n孩子们在花丛间嬉戏，一片欢声笑语。 本报记者 宋\n霞摄"
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=f"{caption}\n\n县图书馆新馆开馆\n"))))
    assert [b.kind for b in blocks] == [BlockKind.BODY, BlockKind.BYLINE, BlockKind.TITLE]
    assert [(x.role, x.name) for x in blocks[1].bylines] == [("摄影", "宋霞")]
    assert blocks[0].lines[-1].text.rstrip().endswith("欢声笑语。")
    # a story's text above a caption is not searched for the caption's lines: the deck over
    # the story's lead stays a title
    story = f"全县中学生\n科技创新大赛举办\n\n全县四十余所学校三百多支队伍参加比赛\n\n{LEAD_TEXT}\n{caption}\n"
    kinds = [b.kind for b in classify_blocks(group_frames(read_lines(SourceText(text=story))))]
    assert kinds[:3] == [BlockKind.TITLE] * 3


def test_classify_blocks_lines_set_to_the_column_over_a_byline_and_a_lead_are_a_headline():
    # Text stopped mid-sentence (it goes on elsewhere), then two lines set to the column that
    # finish nothing, a reporter's byline and a lead: the next story's headline, not the
    # sentence going on.
    from pagekit import wrap_column
    body = "\n".join(wrap_column(["退休以后我一直想找点事做，眼看着身体还算硬朗，社区给我安排了一个公益岗位，"
                                   "让我的日子也充实起来。每天工作"], 10))
    lead = "\n".join(wrap_column(["本报讯 近日，记者来到县城东部新区，只见各处工地上塔吊林立，工人们正忙着浇筑楼板。"], 10))
    kinds = _kinds(f"{body}\n\n县城东部新区建设提速\n项目落地\n\n■记者 孙 雪\n\n{lead}\n")
    assert kinds == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BYLINE, BlockKind.BODY]


@pytest.mark.parametrize("gap", ["宋\n", "宋\n\n", "\n宋"])
def test_classify_blocks_credit_naming_two_with_the_second_name_broken_is_a_byline(gap):
    # …笑语。 本报记者 张明、宋 / 霞摄: two photographers, the second name broken over the
    # lines, in the caption's frame or the next, or broken before it (…张明、 / 宋霞摄)
    caption = f"十月五日，游客在县城南湖公园观赏菊花展，孩子们在花丛间嬉戏，一片欢声笑语。 本报记者 张明、{gap}霞摄"
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=f"{caption}\n\n县图书馆新馆开馆\n"))))
    assert [b.kind for b in blocks] == [BlockKind.BODY, BlockKind.BYLINE, BlockKind.TITLE]
    assert [(x.role, x.name) for x in blocks[1].bylines] == [("摄影", "张明"), ("摄影", "宋霞")]
    assert blocks[0].lines[-1].text.rstrip().endswith("欢声笑语。")


def test_classify_blocks_unfinished_line_set_to_the_column_above_a_lead_is_its_headline():
    # Text stopped mid-sentence (it goes on elsewhere on the page), then a line set to the
    # column and finishing nothing, right above a lead: the next story's headline.
    from pagekit import wrap_column
    body = "\n".join(wrap_column(["退休以后我一直想找点事做，眼看着身体还算硬朗，可我又不会什么别的手艺，"
                                   "幸亏社区给我安排了一个公益岗位，让我的日子也充实起来。每天工作"], 10))
    lead = "\n".join(wrap_column(["本报讯 近日，记者前往县城东部新区采访。一个突出的感受是，当地正在加快推进各项建设。"], 10))
    assert _kinds(f"{body}\n\n县城新建十座口袋公园\n\n{lead}\n") == [BlockKind.BODY, BlockKind.TITLE, BlockKind.BODY]
    # a line that finishes the sentence goes on with the text, lead after it or not
    assert _kinds(f"{body}\n\n四个小时，日子有了盼头。\n\n{lead}\n")[1] is BlockKind.BODY
    # a closing quote after words finishes no sentence: a headline quoting a phrase
    assert _kinds(f"{body}\n\n新建十座“口袋公园”\n\n{lead}\n")[1] is BlockKind.TITLE


def test_classify_blocks_lines_opening_a_bracket_the_text_after_closes_are_text():
    text = ("周大山的散文创作与小城的\n发展变化紧紧相连。\n\n从上世纪80年代的\n《小镇春早》《老街上新来\n\n"
            "的邮递员》，到改革开放后的\n《渡口》《灯火》等，他的创作\n始终与时代同行。\n")
    assert BlockKind.TITLE not in _kinds(text)


def test_classify_blocks_short_line_with_a_comma_under_a_photo_credit_is_the_photo_title():
    caption = "在家乡大地修路架桥、建校、办厂的非凡历程中，一代又一代建设者艰苦创业。"
    assert _kinds(f"■摄影 林小雨\n\n我爱你，中国\n\n{caption}\n")[:3] == [BlockKind.BYLINE, BlockKind.TITLE, BlockKind.BODY]
    # a longer line there, going on in the text after it, is that text's
    text = "■摄影 李文涛 何 丹\n\n提高帮扶精准度，就要先把困难群众\n\n从“危房”里搬出来，也要想办法拔掉\n“穷根”，更要转变人的观念\n"
    assert BlockKind.TITLE not in _kinds(text)


def test_classify_blocks_short_lines_with_a_colon_after_text_a_credit_closes_are_a_title():
    # A story and its photo's credit, then its headline drawn after them (a kicker ending in a
    # colon, and the headline), then the next story's text: the credit closed the text.
    from pagekit import wrap_column
    story = "\n".join(wrap_column(["为了保护这些林间鸟类，当地组建了一支专门的巡护队，并在周边村庄开展宣传。"], 15))
    rest = "\n".join(wrap_column(["“多亏了调解员，要不这笔欠款不知要拖到什么时候。”前不久，老李拿到了工钱。"], 15))
    kinds = _kinds(f"{story}\n\n李四摄（新城图片）\n\n白鹭：\n湿地深处是我家\n\n{rest}\n")
    assert kinds[-3:-1] == [BlockKind.TITLE, BlockKind.TITLE]


@pytest.mark.parametrize("first", ["在周启明二儿子周宏的", "在周启明二儿子周宏的\n陪同下，记者来到周老的家"])
@pytest.mark.parametrize("between", ["", "和平薪火 生生不息\n\n", "和平薪火 生生不息\n\n■记者 石云志\n\n"])
def test_classify_blocks_first_line_before_a_jump_goes_on_on_the_other_page(between, first):
    # A paragraph's first line, alone before （下转N版） (maybe with the headline drawn after the
    # text between them), is that paragraph going on on the other page: text, not a title; so
    # are the lines after it in its frame, set to the full column.
    from pagekit import wrap_column
    text = "\n".join(wrap_column(["县第一中学老教师王立鹏是周启明的学生。他告诉记者，跟随周老读高中期间，"
                                 "周老对每一篇作文都逐字修改。"], 12))
    kinds = _kinds(f"{text}\n\n{first}\n\n{between}（下转7版）\n")
    headline = 1 if between else 0
    assert kinds[:2] == [BlockKind.BODY, BlockKind.BODY] and kinds.count(BlockKind.TITLE) == headline
    assert kinds[-1] is BlockKind.CONTINUATION


@pytest.mark.parametrize("tail, kind", [
    ("县农业农村局党组副书\n记周明山与当地的种植大户", BlockKind.BODY),
    # A headline wrapped to the same shape closes on its column's name in brackets.
    ("美丽乡村谱新篇（走进\n新时代·乡村振兴在路上）", BlockKind.TITLE),
    ("美丽乡村谱新篇(走进\n新时代·乡村振兴在路上)", BlockKind.TITLE),  # (ASCII brackets)
])
def test_classify_blocks_paragraph_start_set_in_its_frame_before_a_jump_goes_on(tail, kind):
    # pdfminer may draw a paragraph's first lines apart from the column and from the
    # （下转N版） after them: its first line set in by the indent and its next filling the
    # column show a paragraph running on to the other page, not a wrapped headline.
    from pagekit import wrap_column
    text = "\n".join(wrap_column(["县第一中学老教师王立鹏是周启明的学生。他告诉记者，跟随周老读高中期间，"
                                 "周老对每一篇作文都逐字修改。"], 12))
    kinds = _kinds(f"{text}\n\n{tail}\n\n（下转6版）\n")
    assert kinds[-2:] == [kind, BlockKind.CONTINUATION]


def test_classify_blocks_title_line_finishing_the_word_the_text_before_stopped_in_is_text():
    # Text stopped inside a word (…推动农业增产、农民增收和产业兴) and a lone title-like line
    # finishing it (旺发展): the text's last line, drawn apart by the extractor, not a headline.
    page = _between("近年来，县里坚持把发展特色产业作为乡村振兴的重要抓手，推动农业增产、农民增收和产业兴",
                    "旺发展", "各乡镇因地制宜，发展起茶叶、中药材、食用菌等特色种养业，带动上万户农民增收致富。", 12)
    assert _kinds(page) == [BlockKind.BODY, BlockKind.BODY, BlockKind.BODY]


@pytest.mark.parametrize("paragraph", ["要把这样一条山区公路\n修通谈何容易！", "“要把这样一条山区公\n路修通谈何容易！”"])
def test_classify_blocks_paragraph_set_as_a_frame_of_its_own_over_its_column_is_text(paragraph):
    # A short paragraph drawn as a frame of its own under a section's heading, over the column
    # it belongs to: its first line set in by the indent and its last closing a sentence (a
    # quotation's closing mark after the stop or not) show a paragraph, not the heading's last
    # lines.
    page = _between("近年来，全县交通建设驶入快车道，一条条公路通到了群众家门口，山里的特产也走出了大山。",
                    f"穿越峡谷\n在悬崖上架桥\n\n{paragraph}",
                    "“一路上要过河谷、穿隧道，施工难度可想而知。”项目负责人说，"
                    "工人们常常要在悬崖边上作业，一干就是十几个小时。", 12)
    kinds = _kinds(page)
    assert kinds == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY, BlockKind.BODY]


def test_classify_blocks_headline_over_its_dash_subheadline_before_a_jump_stays_a_title():
    # The same lone line after finished text, but with a dash subheadline under it, is the
    # headline drawn after its text, not a paragraph's first line going on on the other page.
    from pagekit import wrap_column
    text = "\n".join(wrap_column(["县第一中学老教师王立鹏是周启明的学生。他告诉记者，跟随周老读高中期间，"
                                 "周老对每一篇作文都逐字修改。"], 12))
    kinds = _kinds(f"{text}\n\n“一支粉笔写尽春秋”\n\n——访老教师周启明\n\n■记者 石云志\n\n（下转7版）\n")
    assert kinds[1:3] == [BlockKind.TITLE, BlockKind.TITLE]


def test_classify_blocks_dash_line_under_a_headline_is_its_subheadline_not_a_first_line():
    # A subheadline opening with a dash, alone in its frame under its headline, may measure a
    # column less the indent, like a paragraph's first line broken off by the extractor; the
    # dash under a headline says it is the subheadline.
    from pagekit import wrap_column
    text = wrap_column(["金秋时节，来自全国各地的游客走进古城，品尝特色美食，欣赏非遗表演，"
                        "感受传统文化的魅力，古城的大街小巷处处洋溢着节日的喜庆气氛。"], 14, indent=0)
    page = "古城里的节日\n\n——写在文化周开幕的日子\n\n" + "\n".join(text)
    assert _kinds(page) == [BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_overprinted_headline_after_a_credit_is_no_caption():
    # A photo's credit drawn first, then its title: the long lines with a clause after them
    # may be its caption, but a line printed twice is a headline of the next story.
    page = ("■摄影 李 明\n\n"
            "南湖、北湖、东湖、西湖——\n加强水源保护，让群众喝上放心水(守初心 担使命)\n"
            "加强水源保护，让群众喝上放心水(守初心 担使命)\n\n"
            "本报讯 记者日前从市水务局获悉，\n全市四个湖区的水源保护工作已全\n面完成。")
    assert _kinds(page)[1:4] == [BlockKind.TITLE, BlockKind.TITLE, BlockKind.DUPLICATE]


def test_classify_blocks_column_name_under_short_unfinished_lines_closes_their_headline():
    # A headline's first line may measure the column, so its frame reads as text; the column's
    # name alone after it (（权威发布）) says those lines are a headline, not a text it closes.
    page = _between("各地要把好事办实、把实事办好，让群众真正得到实惠，做到件件有着落、事事有回音，"
                    "把群众的急难愁盼一件一件解决好，让群众的获得感成色更足。",
                    "秋色满园百花艳，硕果累累遍地金\n城郊农博会交出亮眼答卷\n\n（权威发布）",
                    "从群众的需要出发，主动去解决群众的烦心事，是基层干部的本分，也是检验工作成效的标尺，"
                    "各地正在把这份本分落到实处，让服务更贴心。", 15)
    assert _kinds(page) == [BlockKind.BODY] + [BlockKind.TITLE] * 3 + [BlockKind.BODY]


def test_classify_blocks_headline_after_unfinished_text_keeps_its_phrase_gap_line():
    # Text stopped mid-sentence, then a line set to the column: it may be the sentence going
    # on, but the line under it with a gap between two phrases (读书声 更响亮) is a headline's.
    page = _between("近年来，县里持续加大教育投入，新建和改扩建了一批乡村学校，配齐了音乐、美术和科学"
                    "教室，还从城区学校选派骨干教师到乡村任教，让",
                    "大山里的孩子们搬进了新教学楼\n读书声 更响亮",
                    "今年秋季开学，全县新增学位两千多个，乡村学校的办学条件明显改善，孩子们在家门口就能"
                    "上好学，家长们都说这是实实在在的好事。", 14)
    assert _kinds(page) == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_headline_asking_a_question_before_its_column_name_is_a_title():
    # A headline may end in a question mark before its column's name (…烟火气？（评论员随笔）);
    # a note closing text follows a full stop instead.
    page = _between("今年以来，各地纷纷推出夜间消费新举措，延长商场营业时间，举办夜市和灯光秀，"
                    "夜间经济成为拉动消费的新引擎。",
                    "“夜经济”，如何点亮\n城市烟火气？（评论员随笔）",
                    "夜经济要持续火下去，既要丰富业态，也要做好交通、安全和环境卫生等配套服务，"
                    "让市民玩得开心、游客来得放心。", 14)
    assert _kinds(page) == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_headline_after_unfinished_text_keeps_its_column_name_broken_over_lines():
    # Text stopped mid-sentence (another story's column goes on elsewhere), then a headline
    # whose column's name breaks over its lines: no sentence goes on into a column's name.
    page = _between("近年来，县里持续加大教育投入，新建和改扩建了一批乡村学校，配齐了音乐、美术和科学"
                    "教室，还从城区学校选派骨干教师到乡村任教，让",
                    "第一座跨海大桥（家乡的\n“第一”·交通篇）",
                    "大桥通车那天，两岸的乡亲们早早赶到桥头，放起鞭炮，扭起秧歌，老人们说，祖祖辈辈"
                    "盼了几十年的事，终于盼来了。", 11)
    assert _kinds(page) == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]


# Text that finished its sentence, and text opening a paragraph, around the frames a test reads.
_FINISHED = "今年以来，全省上下坚持新发展理念，经济运行稳中有进，为全年目标任务的完成打下了坚实基础。"
_WETLAND = "走进湿地公园，一群群候鸟在水面上嬉戏觅食，一片片芦苇在秋风中摇曳，处处是人与自然和谐共生的美丽画卷。"


def test_classify_blocks_headline_closed_by_a_series_part_in_its_column_name_is_no_subheading():
    # Lines breaking at the column's width read as a subheading set in the column, but a
    # column's name closes a headline, a series' part nested in it too (…·湖北篇（上））.
    page = _between(_FINISHED,
                    "蹈浪涛头再出发（长江见证\n发展·湖北篇（上））",
                    "走进武汉东湖高新区，一座座现代化厂房拔地而起，一条条生产线繁忙运转，处处涌动着"
                    "创新创业的热潮。", 12)
    assert _kinds(page) == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_headline_closed_by_its_column_name_in_ascii_parentheses_is_no_subheading():
    # The same, the column's name printed in ASCII parentheses as some papers' text has it.
    page = _between(_FINISHED, "蹈浪涛头再出发勇立潮\n头(长江见证)",
                    "走进武汉东湖高新区，一座座现代化厂房拔地而起，一条条生产线繁忙运转，处处涌动着"
                    "创新创业的热潮。", 12)
    assert _kinds(page) == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_subheading_wrapped_in_the_column_before_a_headline_with_its_column_name():
    # Two lines breaking at the text's column, then another story's headline closed by its
    # column's name: that headline does not make the lines before it a headline too.
    page = _between(_FINISHED, "坚持生态优先绿色发展理念\n\n守护好绿水青山\n\n乡村振兴开新局（一线视角）",
                    "走进武汉东湖高新区，一座座现代化厂房拔地而起，一条条生产线繁忙运转，处处涌动着"
                    "创新创业的热潮。", 12)
    assert _kinds(page) == [BlockKind.BODY, BlockKind.BODY, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_headline_drawn_after_its_text_before_a_headline_with_its_column_name():
    # The story before's headline, drawn after its text (its first line at the indent, as a
    # paragraph's may be), then another story's headline closed by its column's name: no text
    # follows the lines, so they are no subheading; a first line set to the column's full
    # width is (see the test above).
    page = _between(_FINISHED, "第五届全县职工运动会\n\n确定2025年在城东举办\n\n乡村振兴开新局（一线视角）",
                    "走进武汉东湖高新区，一座座现代化厂房拔地而起，一条条生产线繁忙运转，处处涌动着"
                    "创新创业的热潮。", 12)
    assert _kinds(page) == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_column_name_alone_goes_on_no_unfinished_sentence():
    # A headline read as text (its lines hold commas) ends on no mark; the column's name in
    # the next frame closes it, and is no words of a sentence going on.
    page = _between(_FINISHED,
                    "统筹推进各类保护地建设，\n基本完成管理体制改革试点\n湿地保护 告别碎片化\n\n（改革落实在基层一线行）",
                    _WETLAND, 12)
    assert _kinds(page)[-2:] == [BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_headline_of_lines_with_commas_broken_inside_its_column_name_is_a_title():
    # The extractor broke a headline of three lines inside its column's name; the name's
    # tail, a frame of its own, closes a bracket the lines above opened: no sentence goes on.
    page = _between(_FINISHED,
                    "守护一江碧水，建设美丽家园，\n沿江城市探索生态优先新路子\n共护母亲河 同绘新画卷（奋进七十年\n\n"
                    "新征程·区域发展新格局）",
                    _WETLAND, 12)
    assert _kinds(page) == [BlockKind.BODY] + [BlockKind.TITLE] * 4 + [BlockKind.BODY]


def test_classify_blocks_headline_broken_after_an_item_of_its_list_is_a_title():
    # Two frames, the first ending on a list's 、: neither alone sits next to a lead, the pair does.
    text = ("今年以来，全省上下坚持新发展理念，\n经济运行稳中有进。\n\n代表团将访问阿根廷、\n\n智利、秘鲁三国\n\n"
            "本报讯 10月14日至22日，\n代表团先后访问了三国。\n")
    assert _kinds(text) == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_caption_first_line_under_the_photo_title_is_text():
    # pdfminer.six writes a caption's first (wide) line as a frame of its own, broken mid-word.
    text = ("古镇新貌\n\n省人大常委会副主任王志强15日出席全省城乡社区网\n\n格员业务培训班开班仪式并致辞。\n\n"
            "■摄影 潘 刚\n")
    assert _kinds(text) == [BlockKind.TITLE, BlockKind.BODY, BlockKind.BODY, BlockKind.BYLINE]


SIGNED_SECTIONS = ("推动媒体深度融合发展\n\n"
                   "用户是互联网思维的核心\n\n东方日报社新媒体中心主任\n丁  伟\n\n"
                   "媒体融合要以用户为中心，把内\n容做精做深，让每一条新闻都能\n找到它的读者。我们用数据了解\n读者，也用故事打动读者。\n\n"
                   "技术驱动内容生产变革\n\n北方广电集团党委书记、董事\n长  马来顺\n\n"
                   "技术是融合的引擎，要让编辑记\n者用好新工具，提升生产效率，\n把更多精力放在采访和写作上。\n")


def test_classify_blocks_signed_sections_of_a_compilation_are_text():
    assert _kinds(SIGNED_SECTIONS) == [BlockKind.TITLE] + [BlockKind.BODY] * 4


def test_classify_blocks_signed_section_over_a_lone_first_line_is_text():
    # The second section's heading and signature in a frame of their own, its text opening
    # with its first line alone in a frame, title-like until the page pass that reads it as a
    # paragraph's first line: the section is still text.
    lone = SIGNED_SECTIONS.replace("变革\n\n北方", "变革\n北方").replace(
        "技术是融合的引擎，要让编辑记\n者用好新工具，提升生产效率，\n",
        "技术是推动报业转型的引擎\n\n要让编辑记者用好新工具，提升\n生产效率，把更多精力放在采访\n")
    assert lone != SIGNED_SECTIONS
    assert _kinds(lone)[1:] == [BlockKind.BODY] * (len(_kinds(lone)) - 1)


def test_classify_blocks_one_signed_heading_alone_stays_a_title():
    one = SIGNED_SECTIONS[:SIGNED_SECTIONS.index("技术驱动")]
    assert _kinds(one) == [BlockKind.TITLE] * 4 + [BlockKind.BODY]


def test_classify_blocks_signed_section_closing_a_compilation_before_its_headline_is_text():
    # A compilation's sections open inside its text's frames; the last section's heading and
    # signature, cut off from its text, stand in a frame of their own between the text and
    # the compilation's headline drawn after it: text of the compilation, not a kicker.
    page = ("读者是办报人心中的尺\n东方晨报编辑部主任\n丁  伟\n"
            "媒体融合要以用户为中心，把内\n容做精做深，让每一条新闻都能\n找到它的读者。\n\n"
            "技术驱动内容生产变革\n北方广电公司副总经理\n马来顺\n\n办好新时代的地方媒体\n\n" + LEAD_TEXT)
    kinds = {b.lines[0].text: b.kind for b in classify_blocks(group_frames(read_lines(SourceText(text=page))))}
    assert kinds["技术驱动内容生产变革"] is BlockKind.BODY
    assert kinds["办好新时代的地方媒体"] is BlockKind.TITLE


@pytest.mark.parametrize("section", [
    "（本报记者李明采访整理）\n讲好群众故事 传递时代声音\n马来顺（北方广电公司副总\n经理）\n\n",
    # note, heading and signature each a frame of its own, as pdfminer may draw them
    "（本报记者李明采访整\n理）\n\n讲好群众故事 传递时\n代声音\n\n马来顺（北方广电公司副总\n经理）\n\n",
])
def test_classify_blocks_signed_heading_with_a_phrase_gap_after_a_closing_note_is_text(section):
    # A phrase gap marks a headline, but not a heading set right after the note closing the
    # section before (（本报记者…采访整理） / 讲好… 传递…): a section of the compilation.
    page = ("办好新时代的地方媒体（视点）\n\n"
            "诠释基层记者的本色\n王  雷（东方晨报编辑部\n主任）\n"
            "媒体融合要以用户为中心，把内\n容做精做深，让每一条新闻都能\n找到它的读者。\n\n"
            f"{section}"
            "技术是融合的引擎，要让编辑记\n者用好新工具，提升生产效率，\n把更多精力放在采访和写作上。\n")
    kinds = _kinds(page)
    assert kinds[0] is BlockKind.TITLE and BlockKind.TITLE not in kinds[1:]


# Two sections of a compilation of profiles: each a label ended by a dash, then its text.
_DANCER = ("东城区某社区舞蹈队队员王\n秀兰——",
           "满心欢喜化作一句话\n“祖国万岁！”挥舞着彩色的丝带，\n她和队友们走过了天安门广场。")
_FIREMAN = ("某市消防救援支队特勤站站长\n赵建国——",
            "无愧青春无愧家国\n“今天，我和战友们一起走过天安门，\n心里充满了自豪。”他说。")

DASHED_SECTIONS = (f"走在长安街上，心里很自豪\n\n{_DANCER[0]}\n\n{_DANCER[1]}\n\n"
                   f"（本报记者  李  明）\n{_FIREMAN[0]}\n\n{_FIREMAN[1]}\n")


def test_classify_blocks_dashed_labels_of_a_compilation_are_text():
    kinds = _kinds(DASHED_SECTIONS)
    assert kinds[0] is BlockKind.TITLE and BlockKind.TITLE not in kinds[1:]


@pytest.mark.parametrize("label", [
    "某市消防救援支队特勤站站长\n\n赵建国——\n\n",  # the label's dashed end a frame of its own
    "某市消防救援支队\n\n特勤站站长赵建国——\n",  # ... or the first line of the text's frame
])
def test_classify_blocks_dashed_label_broken_off_under_a_closing_note_is_text(label):
    # The label's head stands in the frame of the note closing the section before.
    text = DASHED_SECTIONS.replace("某市消防救援支队特勤站站长\n赵建国——\n\n", label)
    assert text != DASHED_SECTIONS
    kinds = _kinds(text)
    assert kinds[0] is BlockKind.TITLE and BlockKind.TITLE not in kinds[1:]


def test_classify_blocks_dashed_label_listing_names_is_text():
    # Names listed with 、 are no clause: the label of a section about three people is text too.
    text = DASHED_SECTIONS.replace("东城区某社区舞蹈队队员王\n秀兰——", "东城区某社区舞蹈队队员王\n秀兰、李红、赵敏——")
    kinds = _kinds(text)
    assert kinds[0] is BlockKind.TITLE and BlockKind.TITLE not in kinds[1:]


# A compilation whose sections' labels stand inside its text, its last section's label and
# heading drawn over the marker its text jumps to another page with.
JUMPING_SECTIONS = (f"我们的节日，我们的广场\n\n{_DANCER[1]}\n（本报记者  李  明）\n{_FIREMAN[0]}\n{_FIREMAN[1]}\n"
                    "（本报记者  周  平）\n城南小学合唱团领唱\n刘小雨——\n"
                    "把好听的歌儿唱给家乡\n“我要把最好听的歌唱给祖国\n听。”她笑着说。\n"
                    f"（本报记者  吴  凡）\n\n{_DANCER[0]}\n\n跳出新时代的幸福\n舞步\n\n（下转5版）\n")


def test_classify_blocks_last_dashed_section_over_its_jump_marker_is_text():
    kinds = _kinds(JUMPING_SECTIONS)
    assert kinds[0] is BlockKind.TITLE and BlockKind.TITLE not in kinds[1:]
    # closed by a column's name, the lines are a kicker and its headline drawn before the jump
    kinds = _kinds(JUMPING_SECTIONS.replace("舞步\n\n（下转", "舞步（最美社区人）\n\n（下转"))
    assert BlockKind.TITLE in kinds[1:]
    # ... and so they are where no note closes the section before them
    kinds = _kinds(JUMPING_SECTIONS.replace("（本报记者  吴  凡）\n\n", ""))
    assert BlockKind.TITLE in kinds[1:]


def test_classify_blocks_kicker_ending_in_a_dash_stays_a_title():
    # A kicker ends in a dash too, but its headline follows it: two stories, not a compilation.
    text = ("湖北加强乡村教师队伍建设——\n\n乡村学校来了新老师\n\n今年秋季学期，全省乡村学\n校新招教师三千余名。\n\n"
            "四川某县原副县长一心为民——\n\n用实干书写清廉为民篇章\n\n他把群众的事当作自己的\n事，一干就是二十年。\n")
    assert _kinds(text).count(BlockKind.TITLE) == 4


def test_classify_blocks_headline_between_jumping_text_and_its_marker_is_a_title():
    # Text stopped mid-sentence and jumps to page 15; the lines between it and the marker,
    # not set to its column, are its headline drawn last (a comma in them or not); another
    # story on the page is set in wider columns, so no line is wider than every column.
    wide = ("本报讯 市政府常务会议昨天召开，研究\n部署今冬明春安全生产工作，要求各地\n压实责任，排查隐患，确保群众安全，\n"
            "加强值班值守，及时处置突发情况，切\n实维护社会稳定，为群众过好节日营造\n良好环境。\n\n")
    text = wide + ("本报讯 这几天，住在青\n川县城关镇东门外的河东\n街道柳荫社区的王大爷，\n逢人就夸社区网格长。\n\n"
                   "这个社区2016年才组\n建，常住居民近4000户，\n多数都是外地人。这些新\n居民亲朋好友少，刚住进\n新社区，有\n\n"
                   "青川县城关镇推进网格化服务\n群众揪心事，化解在楼下\n\n（下转15版）\n")
    kinds = _kinds(text)
    assert kinds[-1] is BlockKind.CONTINUATION and BlockKind.TITLE in kinds[-3:-1]


NAMED_SECTIONS = ("写出无愧于家乡的优秀作品（扎根生活 书写家乡）\n\n"
                  "五年前，全县文艺座谈会召开，\n为文艺工作指明了方向。本版\n今天刊发几位写作者的发言。\n\n"
                  "我自豪，我是乡村写作者\n\n"
                  "张 平（县文联原主席）\n重温五年前的会议精神，我\n深受鼓舞，要好好写作。\n\n"
                  "创作当为家乡立传\n周启明（本省作家协会\n副主席）\n\n"
                  "光阴似水也似歌，五年时光\n一晃而过，当年的场景历历\n在目，我们要写出好作品。\n")


def test_classify_blocks_sections_signed_name_first_are_text():
    # Sections signed 周启明（本省作家协会副主席）, one of them inside the text's frame: the
    # heading after the first section's text is a section too, not another story's headline.
    kinds = _kinds(NAMED_SECTIONS)
    assert kinds[0] is BlockKind.TITLE and kinds[-2:] == [BlockKind.BODY, BlockKind.BODY]


def test_classify_blocks_headline_with_commas_above_a_key_points_box_is_a_title():
    # 核心阅读 opens a story's text as a lead does: the comma line above it is its headline.
    text = ("会议要求，各地要抓好落实，确保\n政策红利惠及更多群众。\n\n"
            "新设备、新技术，垃圾分拣再升级\n\n"
            "核心阅读\n全县首座自主设计的智能垃圾处\n理中心15日起正式投用，它将与\n另一座处理站一起开启双站共\n治的新模式。\n")
    assert _kinds(text) == [BlockKind.BODY, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_first_line_short_by_the_number_that_opens_the_next_is_text():
    # The paragraph's first line stops two ems short of its room: the number that follows
    # could not be split to fill it. Broken off in a frame of its own, it is still text.
    from pagekit import wrap_column
    before = COLUMN_OF_FINISHED_TEXT
    para = wrap_column(["全县贫困人口由前年的36820人降到今年的2250人，贫困发生率由百分之九降到百分之一以下。"], 14)
    kinds = _kinds(f"{before}\n\n{para[0]}\n\n" + "\n".join(para[1:]))
    assert BlockKind.TITLE not in kinds


def test_classify_blocks_first_line_short_by_its_own_wide_digits_is_text():
    # The first line's digits, set wider than the half em counted for them, kept the next
    # character off it: it stops an em short of the indent, mid-word (…晚 / 上举行…), and the
    # text after it goes on at the full column.
    kinds = _kinds_before_text_going_on("全村在2019年10月16日晚", "上举行了丰收节庆祝活动，男女老少欢聚一堂，共同庆祝这个属于农民自己的节日。")
    assert BlockKind.TITLE not in kinds


def test_classify_blocks_lone_first_line_whose_digits_run_wide_is_no_heading_between_paragraphs():
    # A line alone between finished text and a new paragraph, an em short of the indent for
    # its wide digits and stopped mid-sentence: its paragraph went on in a frame elsewhere
    # (an extractor's column order); a heading's width is no paragraph's first line's.
    after = "\n".join(wrap_column(["走进武汉东湖高新区，一座座现代化厂房拔地而起，处处涌动着创新创业的热潮。"], 14))
    kinds = _kinds(f"{COLUMN_OF_FINISHED_TEXT}\n\n前年10月16日，县里召开\n\n{after}")
    assert kinds == [BlockKind.BODY, BlockKind.BODY, BlockKind.BODY]


def test_classify_blocks_full_line_alone_before_text_going_on_at_the_full_column_is_text():
    # A line set to the full column in a frame of its own, then text going on at the full
    # column (…在写《家乡变迁》 / 一书，…): the sentence runs on; no headline.
    kinds = _kinds_before_text_going_on("老教师王明正在写《家乡变迁》", "一书，他反复查阅资料，走访了村里的许多老人，记下了几十本笔记，书稿前后改了七遍才交给出版社。")
    assert BlockKind.TITLE not in kinds
    # a line closed by its column's name stays a title
    kinds = _kinds_before_text_going_on("老教师王明写家乡（乡村行）", "一书，他反复查阅资料，走访了村里的许多老人，记下了几十本笔记，书稿前后改了七遍才交给出版社。")
    assert kinds[1] is BlockKind.TITLE


def test_classify_blocks_headline_in_quotes_over_text_opening_with_a_number_stays_a_title():
    # The same width, but closed by a quotation mark: no sentence was cut there.
    kinds = _kinds_before_text_going_on("“让荒山变成青山绿水”", "10月16日至20日，全县各乡镇集中开展了秋季植树活动，参与群众超过三千人。")
    assert kinds == [BlockKind.BODY, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_line_closing_a_quotation_left_open_goes_on_with_the_text():
    # “…就没有 / 好日子过啊！”: the text stopped inside a quotation; the line that closes it,
    # though short and exclaimed like a headline, is the rest of that sentence.
    from pagekit import wrap_column
    before = "\n".join(wrap_column(["二十年前，这里还是一片荒山，一到春天风沙就刮进村里，庄稼年年减产。"
                                     "村里的老人常说，“山上不种树，山下就没有"], 14))
    after = "\n".join(wrap_column(["从那以后，村民们每年春天都上山植树，一年也没有落下。"], 14))
    kinds = _kinds(f"{before}\n\n好日子过啊！”\n\n{after}")
    assert kinds == [BlockKind.BODY] * 3


def test_classify_blocks_paragraph_lines_each_in_a_frame_of_their_own_are_text():
    # A first line set to its room, then a full line (its closing quote hanging past the
    # column), each in a frame of its own, then the rest: one paragraph, no headline.
    kinds = _kinds_before_text_going_on("今年以来全县新建的高标准\n\n农田真正做到了“旱能浇涝能排”",
                                        "的要求，受益农户三千多户，粮食亩产平均提高了一成以上，农民收入明显增加。")
    assert BlockKind.TITLE not in kinds


def test_classify_blocks_paragraph_line_short_by_its_wide_digits_in_a_frame_of_its_own_is_text():
    # A frame's two lines, the first at the indent, the second falling short of the column by
    # the character its digits kept off it (…会10日在县城新体育中心隆重 / 开幕，…): the
    # opening of a paragraph the text below goes on with, not a two-line headline.
    kinds = _kinds_before_text_going_on("2019年全县秋季农民运动\n会10日在县城新体育中心隆重",
                                        "开幕，来自全县各乡镇的一千多名运动员参加了拔河、跳绳、趣味接力等十多个项目的比赛。")
    assert BlockKind.TITLE not in kinds


def test_classify_blocks_headline_set_to_the_column_after_a_first_line_width_subheadline_stays_a_title():
    # A subheadline as wide as a first line, then a headline with a phrase gap and its column's
    # name as wide as the column: a headline's marks, not a paragraph's lines.
    from pagekit import wrap_column
    before = COLUMN_OF_FINISHED_TEXT
    rest = "\n".join(wrap_column(["今年以来，全县新建高标准农田两万亩，受益农户三千多户，粮食亩产平均提高了一成以上。"
                                   "全县各乡镇还组织农技人员深入田间地头，手把手地教农民使用新的农业机械和种植技术"], 14))
    kinds = _kinds(f"{before}\n\n科技下乡惠农家\n\n——记全县高标准农田建设\n\n稳产增收 农民乐（田间地头）\n\n核心阅读\n{rest}")
    assert kinds.count(BlockKind.TITLE) == 3


def test_classify_blocks_key_points_box_under_a_headline_opens_the_text():
    # 核心阅读 and the first words of the box, cut off in a frame of their own under the
    # headline: the text's opening, not more headline.
    from pagekit import wrap_column
    rest = "\n".join(wrap_column(["逢贷款快要到期，“过桥”是让人头疼的一道坎，资金成本高、筹措时间紧，让人犯愁。"], 12, indent=0))
    kinds = _kinds(f"续贷省心 无需“过桥”\n\n核心阅读\n对小微企业而言，每\n\n{rest}")
    assert kinds == [BlockKind.TITLE, BlockKind.BODY, BlockKind.BODY]


def test_classify_blocks_two_headlines_with_commas_set_side_by_side_are_titles():
    # Two one-line runs with commas, each a frame of its own and neither set to the column of
    # the text under them: two headlines side by side, not two lines of a paragraph.
    from pagekit import wrap_column
    before = "\n".join(wrap_column(["近年以来，以数字技术为依托的新一轮基层治理改革给传统社区服务带来明显变化。"], 18))
    rest = "\n".join(wrap_column(["10月14日，一年一度的秋季电视节在海滨城市开幕，中国影视作品赢得不少海外买家的青睐。"], 18))
    kinds = _kinds(f"{before}\n\n扬帆出海，国产剧集拓展朋友圈\n\n塞尔维亚前进党主席、总统会见中方代表团\n\n{rest}")
    assert kinds == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_numbered_heading_before_its_text_is_text():
    # 一、完善中医药服务 / 网络, set apart and spread letter by letter: a document's numbered
    # part, not a headline (no headline opens with a part's number).
    from pagekit import wrap_column
    before = "\n".join(wrap_column(["为深入贯彻县委县政府部署，促进全县中医药事业发展，现提出如下意见。"], 16))
    rest = "\n".join(wrap_column(["（一）加强乡镇中医馆规范建设。发挥中医药简便验廉和防病治病优势，建成服务网络。"], 16))
    kinds = _kinds(f"{before}\n\n一 、 完 善 中 医 药 服 务\n\n网络\n\n{rest}")
    assert BlockKind.TITLE not in kinds
    # a headline drawn after the numbered heading stays a title
    blocks = classify_blocks(group_frames(read_lines(SourceText(
        text=f"{before}\n\n（四）农村居民饮水条件明显\n改善\n\n中国的粮食安全\n\n{rest}"))))
    assert [b.kind for b in blocks if "中国的粮食安全" in b.lines[0].text] == [BlockKind.TITLE]
    # and a numbered heading between text and another story's headline is the last words of
    # a text the page cut short
    blocks = classify_blocks(group_frames(read_lines(SourceText(
        text=f"{before}\n\n二、古村新韵\n\n水韵江南 美丽乡村\n\n{rest}"))))
    assert [b.kind for b in blocks if b.lines[0].text.startswith(("二、", "水韵"))] == [BlockKind.BODY, BlockKind.TITLE]


def test_classify_blocks_table_captions_one_after_another_are_text():
    # A report's tables come as captions only (表2 … / 表3 …, each wrapped in a frame of its
    # own): numbered items of its text, not stacked headlines, however many follow each other.
    before = "\n".join(wrap_column(["全县中小学校布局进一步优化，城乡办学条件差距逐步缩小，教育质量稳步提高。"], 14))
    rest = "\n".join(wrap_column(["（二）师资队伍建设。全县新招聘教师三百余名，乡村教师待遇明显改善，队伍结构更加合理。"], 14))
    tables = "表2  全县中小学校布局\n调整情况\n\n表3  2019年度全县各乡\n镇教师配备情况\n\n表4  全县乡村学校名单"
    kinds = _kinds(f"{before}\n\n{tables}\n\n{rest}")
    assert BlockKind.TITLE not in kinds


def test_classify_blocks_law_article_broken_off_by_a_frame_is_text():
    # A law's article (第五条 …), its first line a frame of its own with a space after the
    # number: a paragraph opening, no headline with two phrases.
    before = "\n".join(wrap_column(["第四条 本办法适用于全县范围内的公共绿地、公园和道路绿化的规划、建设和管理。"], 14))
    rest = "\n".join(wrap_column(["管理制度，明确各部门的职责，保障城乡绿化工作有序开展。"], 14, indent=0))
    kinds = _kinds(f"{before}\n\n第五条 县人民政府应当建立绿化\n\n{rest}")
    assert BlockKind.TITLE not in kinds


def test_classify_blocks_headline_after_text_ending_in_a_lead_in_dash_stays_a_title():
    # Text ending in a dash leads into a new paragraph, set in from its column: a line after
    # it not set so is a headline (…坚定探索—— / 开启河湖治理新篇章), not the sentence going on,
    # whatever other column on the page it fits.
    from pagekit import wrap_column
    before = "\n".join(wrap_column(["推进河湖长制，是生态治理的一场深刻变革。这是一个山区小县守护好一江清水、实现绿色发展的坚定探索——"], 13))
    rest = "\n".join(wrap_column(["青山之中，溪水长流；河畅水清，民之所盼。治水是造福子孙的重要工程，是生态文明建设的基本方向。"] * 2, 11))
    blocks = classify_blocks(group_frames(read_lines(SourceText(
        text=f"{before}\n\n开启河湖治理新篇章\n\n——以河湖长制为总抓手的\n青川县推进全域系统治水纪实\n\n{rest}"))))
    assert [b.kind for b in blocks if "开启河湖" in b.lines[0].text] == [BlockKind.TITLE]


def test_classify_blocks_short_line_over_a_dash_subheadline_is_its_headline():
    # A photo's caption and credit, 我爱你，家乡！ alone in its frame, then ——庆祝…侧记 and the
    # text: a headline exclaimed (a comma and a stop, like a sentence) over its subheadline,
    # not text and a closing note.
    from pagekit import wrap_column
    before = "出深山，过平原，穿城郭，奔流数百里，清清亮亮的\n青溪，滋养出源远流长的两岸文化。 本报记者 林晓舟、\n王小明摄"
    rest = "\n".join(wrap_column(["欢快的歌声，欢乐的笑脸。10月1日晚，县文化广场灯火辉煌、流光溢彩，城乡各界群众同庆新中国70华诞。"], 11))
    kinds = _kinds(f"{before}\n\n我爱你，家乡！\n\n——庆祝中华人民共和国\n成立70周年文艺晚会侧记\n\n{rest}")
    assert kinds[-4:] == [BlockKind.TITLE, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]
    # drawn after its story's text, the byline and the jump under it, the pair is still a
    # headline and its subheadline: the dash line names its piece's kind (…侧记)
    kinds = _kinds(f"{rest}\n\n我爱你，家乡！\n\n——庆祝中华人民共和国\n成立70周年文艺晚会侧记\n\n■记者 王 明\n\n（下转2版）")
    assert kinds[-5:-2] == [BlockKind.TITLE, BlockKind.TITLE, BlockKind.TITLE]


def test_classify_blocks_paper_name_beside_the_date_line_mid_page_is_the_masthead():
    # An extractor may draw the page's head between two stories: the paper's name beside the
    # date line is furniture, not a title of the story after it.
    from pagekit import wrap_column
    body = "\n".join(wrap_column(["本报讯 全县秋粮收购工作会议昨天召开，会议要求各收储企业敞开收购。"], 14))
    kinds = _kinds(f"全县召开秋粮收购会议\n\n{body}\n\n新城新闻\n\n2019年10月24日 星期四\n\n金色田野\n\n{body}\n")
    assert kinds[2:4] == [BlockKind.FURNITURE, BlockKind.FURNITURE]


def test_classify_blocks_title_lines_over_a_photo_caption_are_no_wrapped_subheading():
    # A headline drawn after its story's body happens to measure the column less the indent,
    # then less than the column: the shape of a subheading wrapped in the column, but a
    # photo's caption follows, not its article's text.
    from pagekit import wrap_column
    body = "\n".join(wrap_column(["在家乡大地修路架桥、建校、办厂的非凡历程中，一代又一代建设者艰苦创业、"
                                  "不懈奋斗，涌现出一大批先进模范人物。他们以实际行动诠释了爱乡、奉献和担当，"
                                  "激励着全县干部群众为建设富裕文明美丽家乡而不懈奋斗。"], 14))
    caption = "村里的老人们在新修的文化广场上为孩子们讲述家乡七十年的变化。  本报记者 王小明摄"
    kinds = _kinds(f"{body}\n\n大学生志愿者走进山区学校\n开展支教活动受到欢迎\n\n{caption}\n")
    assert kinds[1:3] == [BlockKind.TITLE, BlockKind.TITLE]


@pytest.mark.parametrize("before, marker, kinds", [
    ("人人都把自己当成环保的卫士，才能把环保的防线构筑得更严一些，把美好生活的底色涂得更亮一些。", "",
     [BlockKind.BODY, BlockKind.TITLE, BlockKind.BODY]),
    # Text that stopped mid-sentence and jumped (（下转7版）) goes on on another page.
    ("修复工作离不开每一位工匠的耐心，更离不开一代又一代文物修复团队的坚守，", "\n\n（下转7版）",
     [BlockKind.BODY, BlockKind.CONTINUATION, BlockKind.TITLE, BlockKind.BODY]),
], ids=["after-finished-text", "after-a-jump"])
def test_classify_blocks_lone_line_with_a_comma_between_paragraphs_is_a_title(before, marker, kinds):
    # A line with a comma in a frame of its own, after a finished sentence (or a jump) and
    # before a paragraph opening at the indent: no paragraph ends without a mark, and it runs
    # on into nothing, so it is a heading (a headline or a subheading), not text.
    from pagekit import wrap_column
    before = "\n".join(wrap_column([before], 12))
    after = "\n".join(wrap_column(["“天快亮了，他们还在路上！”在城市的清晨，环卫工人早已开始一天的工作，"
                                   "他们用辛勤的汗水守护着城市的整洁。"], 12))
    assert _kinds(f"{before}{marker}\n\n致敬，城市“守夜人”\n\n{after}\n") == kinds


@pytest.mark.parametrize("title, kinds", [
    # the first line set wider than the column: no line of it
    ("全省青少年足球邀请赛在市体育中心开幕\n绿茵场上，少年们逐梦前行", [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]),
    # a label and its clause wrapped at the column a word short (看点：…，共 / 享…): a subheading
    # the text keeps, no headline's balanced lines
    ("看点：城乡学校结对，共\n享优质课程资源", [BlockKind.BODY, BlockKind.BODY, BlockKind.BODY]),
], ids=["kicker-and-headline", "label-wrapped-at-the-column"])
def test_classify_blocks_two_lines_with_a_comma_between_paragraphs(title, kinds):
    # Two lines in a frame of their own, after a finished sentence and before a paragraph
    # opening at the indent, finishing no sentence: a paragraph's lines would reach the
    # column, the last one ending its sentence; read as a headline's when set as one.
    from pagekit import wrap_column
    before = "\n".join(wrap_column(["人人都把自己当成环保的卫士，才能把美好生活的底色涂得更亮一些。"], 14))
    after = "\n".join(wrap_column(["10月18日，在各地来宾的见证下，这座城市迎来了期待已久的开幕式。"], 14))
    assert _kinds(f"{before}\n\n{title}\n\n{after}\n") == kinds


def test_classify_blocks_lone_line_before_a_paragraph_opening_with_digits_is_a_title():
    # Digits are set wider than the half em counted for them, so a paragraph's first line
    # holding them may stop an em short of the indent (10月14日，一年一度的 / 戛纳…).
    before = "人人都把自己当成环保的卫士，\n把美丽家园的底色涂得更亮。"
    after = "10月14日，一年一度的\n秋季电视节在海滨城市开幕，\n来自世界各地的上千家影视公\n司带来了新作。"
    kinds = _kinds(f"{before}\n\n扬帆出海，国产动画走出去\n\n{after}\n")
    assert kinds == [BlockKind.BODY, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_dispatch_note_after_a_short_toast_is_no_column_name():
    # A speech's last words broken short by a frame (…为在座各位朋友 / 的健康， / 干杯！), then
    # its dispatch's note in brackets: a column's name closes a headline, but no column names
    # an agency, so the lines are the text's end.
    from pagekit import wrap_column
    body = "\n".join(wrap_column(["现在，我提议：为县城建设和乡村振兴的新成就，为各地同行的友谊与合作，"
                                  "为在座各位来宾、各位同事、各位朋"], 16))
    kinds = _kinds(f"{body}\n\n友的健康，\n干杯！\n（新华社南京 9月 28日电）\n")
    assert BlockKind.TITLE not in kinds


def test_classify_blocks_column_name_opening_a_frame_closes_the_headline_above_it():
    # The extractor broke the headline before its column's name; the name opens the frame of
    # the story's text.
    head = "湖区治水，用好群众智慧\n\n（一线视角）\n治水不是一时之功，要久\n久为功，更要发动群众。\n"
    assert _kinds(LEAD_TEXT + "\n" + head) == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]
    # After a finished sentence the same line is the text's closing note.
    note = "城乡一体化发展见了成效。\n\n（王 明）\n治水不是一时之功，要久\n久为功，更要发动群众。\n"
    assert BlockKind.TITLE not in _kinds(LEAD_TEXT + "\n" + note)


def test_classify_blocks_kicker_broken_at_its_phrases_before_a_headline_is_a_title():
    # A kicker whose first line falls as short as a paragraph's first line at the indent, but
    # breaks where its list's items end and leads with a dash to the headline after it: the
    # headline of the story above, drawn after its text and before its jump.
    before = ("县里各部门在整改中守住标准不\n降、劲头不松，从身边群众的急\n难愁盼小事改起，一件一件抓落\n"
              "实，把居民反映集中的问题一个\n一个解决好，让居民看到变化和")
    kicker = "林业局、水利厅、统计局、\n市场监管局、民政厅——"
    page = f"{before}\n\n{kicker}\n\n把群众的操心事办成放心事\n\n（下转3版）\n\n{LEAD_TEXT}"
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=page))))
    assert next(b for b in blocks if b.lines[0].text == "林业局、水利厅、统计局、").kind is BlockKind.TITLE
    # Text wrapped at the column breaks anywhere, even when it ends with a dash: it goes on.
    wrapped = "省里的林业局，水利厅也在\n一线出力——"
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=page.replace(kicker, wrapped)))))
    assert next(b for b in blocks if b.lines[0].text == "省里的林业局，水利厅也在").kind is BlockKind.BODY


def test_classify_blocks_kicker_broken_at_its_comma_into_a_frame_of_its_own_is_a_title():
    # The extractor broke a kicker after its comma: the first part alone in its frame, the
    # rest leading with a dash to the headline in the next frame.
    page = (f"{LEAD_TEXT}\n沿江城市外贸进出口连续两年回落，\n\n而本市保持平稳增长——\n口岸开放步子稳（经济观察）\n\n"
            "在开放的今天，哪里的服务更贴\n心，企业就会去哪里。今年，本\n市外贸在总量稳的基础上不断\n向质量优的方向迈进。\n")
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=page))))
    assert next(b for b in blocks if b.lines[0].text == "沿江城市外贸进出口连续两年回落，").kind is BlockKind.TITLE
    # Without the dash after it the line is text broken between frames: it goes on.
    plain = page.replace("而本市保持平稳增长——", "而本市保持平稳增长")
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=plain))))
    assert next(b for b in blocks if b.lines[0].text == "沿江城市外贸进出口连续两年回落，").kind is BlockKind.BODY


@pytest.mark.parametrize("middle", ["为什么？大家都不想\n走了？", "祝愿伟大祖国繁荣昌盛\n万岁！", "万岁！"])
def test_classify_blocks_a_frame_ending_in_a_word_tail_and_its_mark_is_text(middle):
    # Lines without a full stop pass the title test one by one, but a headline never ends in
    # a word's tail and a question or exclamation mark: the frame ends a paragraph.
    page = _between(_FINISHED, middle, _WETLAND, 12)
    assert BlockKind.TITLE not in _kinds(page)


@pytest.mark.parametrize("middle", [
    "课堂上什么样的提问能激发学生兴趣？",  # a question in a frame of its own: the text asks it
    "这是一段催人奋进的创业历程！\n这是一曲感人至深的奉献之歌！",  # a cry right after text: the text's own
    "祝愿美丽家乡更加繁\n荣昌盛！\n\n祝福家乡人民的日子\n越过越好！",  # ... and cries a frame each, one after another
])
def test_classify_blocks_a_question_or_cry_between_text_is_text_but_not_above_a_lead(middle):
    # Lines that pass the title test one by one but end in ？ or ！ between texts are the
    # text's; above a lead (本报讯) they are a headline.
    assert BlockKind.TITLE not in _kinds(_between(_FINISHED, middle, _WETLAND, 12))
    assert BlockKind.TITLE in _kinds(_between(_FINISHED, middle, "本报讯 " + _WETLAND, 12))


def test_classify_blocks_line_leaning_on_a_jumped_word_before_its_storys_headline_is_text():
    # A text's last line, alone in its frame and stopping on a word that leans on the next
    # (…县长王明昨天在), then the story's headline and byline drawn after it, then its (下转N版):
    # the line is the text's, not a headline.
    middle = "县长王明昨天在\n\n全县秋收秋种进度过半\n\n■记者 李 明\n\n（下转5版）"
    kinds = {b.lines[0].text: b.kind for b in classify_blocks(group_frames(read_lines(SourceText(
        text=_between(_FINISHED, middle, _WETLAND, 12)))))}
    assert kinds["县长王明昨天在"] is BlockKind.BODY
    assert kinds["全县秋收秋种进度过半"] is BlockKind.TITLE
    # with no marker after it, the line may be a headline's first line: left as it was
    unjumped = "县长王明昨天在\n\n全县秋收秋种进度过半\n\n■记者 李 明"
    kinds = {b.lines[0].text: b.kind for b in classify_blocks(group_frames(read_lines(SourceText(
        text=_between(_FINISHED, unjumped, _WETLAND, 12)))))}
    assert kinds["县长王明昨天在"] is BlockKind.TITLE
    # 以 leans on what follows as 在 does (…世界华文传媒论坛以)
    middle = "县文化论坛以\n\n全县秋收秋种进度过半\n\n■记者 李 明\n\n（下转5版）"
    kinds = {b.lines[0].text: b.kind for b in classify_blocks(group_frames(read_lines(SourceText(
        text=_between(_FINISHED, middle, _WETLAND, 12)))))}
    assert kinds["县文化论坛以"] is BlockKind.BODY


@pytest.mark.parametrize("middle, last", [
    # The last lines of a text that jumps can pass the title test (no full stop, short, the
    # extractor's letter spacing); a (下转N版) in their frame says the text goes on there.
    ("经过三年推进湿地保护修复\n工 作 ， 2 0 1 8 年 ， 全 县接待游客\n（下转5版）", "经过三年推进湿地保护修复"),
    # A paragraph's opening words in a frame of their own after finished text, but a dash
    # leads on to words that jumped to page 5 with them: no headline ends so.
    ("聚集——\n\n（下转5版）", "聚集——"),
])
def test_classify_blocks_title_like_lines_before_a_jump_marker_are_text(middle, last):
    # ... while a headline drawn after its text, also after the marker, stays a title
    page = _between(_FINISHED, f"{middle}\n\n新区建设全面提速", _WETLAND, 12)
    kinds = {b.lines[0].text: b.kind for b in classify_blocks(group_frames(read_lines(SourceText(text=page))))}
    assert kinds[last] is BlockKind.BODY
    assert kinds["新区建设全面提速"] is BlockKind.TITLE


def test_classify_blocks_a_line_after_text_its_closing_note_ends_is_a_headline():
    # A story ends at its closing note (…。 / （本报某地电）): a line after it at a first
    # line's width (the opening quote gone down with its word) is a headline, the story's
    # own drawn after it or the next story's, not the next paragraph's first line.
    from pagekit import wrap_column
    after = "\n".join(wrap_column(["“全民健身、共享健康”，将于下月在本市举行，是本市历史上规模最大的体育赛事。"], 12, indent=0))
    text = "\n".join(wrap_column([_FINISHED], 12))

    def kind_of(before, line):
        page = f"{before}\n\n{line}\n\n{after}"
        return next(b.kind for b in classify_blocks(group_frames(read_lines(SourceText(text=page))))
                    if b.lines[0].text == line)

    note = "（本报北京10月15日电）"
    assert kind_of(f"{text}\n\n{note}", "本届运动会的主题是") is BlockKind.TITLE  # the note a frame of its own
    assert kind_of(f"{text}\n{note}", "本届运动会的主题是") is BlockKind.TITLE  # the text's last line
    assert kind_of(text, "本届运动会的主题是") is BlockKind.BODY


def test_classify_blocks_a_first_line_short_by_the_opening_quote_the_next_line_took_is_text():
    # An opening quote never ends a line: the line above stops an em short and the quote
    # opens the next line (本届运动会的主题是 / “全民健身、共享健康”，…); the lone line, broken
    # off into a frame of its own, is the paragraph's first line.
    from pagekit import wrap_column
    after = "\n".join(wrap_column(["“全民健身、共享健康”，将于下月在本市举行，是本市历史上规模最大的体育赛事。"], 12, indent=0))

    def kind_of(line):
        page = "\n".join(wrap_column([_FINISHED], 12)) + f"\n\n{line}\n\n" + after
        return next(b.kind for b in classify_blocks(group_frames(read_lines(SourceText(text=page))))
                    if b.lines[0].text == line)

    assert kind_of("本届运动会的主题是") is BlockKind.BODY
    # Two ems short, the line is no first line of that paragraph: a title.
    assert kind_of("运动会的主题是") is BlockKind.TITLE
    # Justification spread the line to its measure, and the extractor wrote the wider gaps
    # as spaces: its characters, not its gaps, say how wide it was set.
    assert kind_of("本 届 运动会的 主题是") is BlockKind.BODY
    assert kind_of("运 动 会的 主题是") is BlockKind.TITLE


def test_classify_blocks_a_words_last_characters_after_a_full_line_are_text():
    # A signature cut at the column's end (…局长王 / 晓明): the name's tail, alone in the
    # next frame, passes the title test, but the line before it runs the full column and
    # text goes on after it. After a short line that no word runs over from it may be a
    # title (a name's tail finishing the word a short line stopped in is text:
    # _lines_finishing_a_word).
    before = "今年以来，全市科技创新工作取\n得新进展，新增高新技术企业一\n百余家。\n——市科技局党组书记、局长王"
    after = "我们将继续加大投入力度，推动\n更多科技成果在本地转化落地，\n为高质量发展提供有力支撑。"

    def kind_of(text):
        page = f"{text}\n\n晓明\n\n{after}"
        return next(b.kind for b in classify_blocks(group_frames(read_lines(SourceText(text=page))))
                    if b.lines[0].text == "晓明")

    assert kind_of(before) is BlockKind.BODY
    assert kind_of(before.replace("——市科技局党组书记、局长王", "——市科技局局长")) is BlockKind.TITLE
    # A last line spread by justification (its gaps written as spaces) runs the full column
    # too, however narrow its characters alone measure (…品 牌 活 动 越 办 越 有 / 影响).
    spread = before.replace("——市科技局党组书记、局长王", "品 牌 活 动 越 办 越 有")
    page = f"{spread}\n\n影响\n\n{after}"
    assert next(b.kind for b in classify_blocks(group_frames(read_lines(SourceText(text=page))))
                if b.lines[0].text == "影响") is BlockKind.BODY


def test_frames_found_in_lines_where_the_extractor_wrote_no_blank_lines():
    from banmian.blocks.page import _frames_found_in_lines, column_widths
    para = "城东湿地公园完成生态修复工程，新种水生植物四十余种，白鹭、野鸭等鸟类数量明显增多。"
    body = wrap_column([para] * 6, 14)
    lines = (["城东湿地公园迎来今冬首批候鸟", "城东湿地公园迎来今冬首批候鸟", "■记者 高 洁"] + body
             # a full line running on into the few words it wrapped (…更加值得 / 期待)
             + ["县图书馆新馆开放后未来更加值", "得期待"] + body)
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    found = _frames_found_in_lines(frames, column_widths(frames))
    texts = [[l.text for l in f.lines] for f in found]
    # the overprinted headline, its byline, then one frame per paragraph (each ends short
    # after its full stop), the wrapped words staying with their line
    assert texts[0] == ["城东湿地公园迎来今冬首批候鸟", "城东湿地公园迎来今冬首批候鸟"]
    assert texts[1] == ["■记者 高 洁"]
    paragraph = wrap_column([para], 14)
    assert texts[2] == paragraph
    assert ["县图书馆新馆开放后未来更加值", "得期待"] == texts[2 + 6][:2]
    assert sum(1 for t in texts if t == paragraph) == 11
    # an overprinted headline set to the column's width between two paragraphs: still its own frame
    headline = "县图书馆新馆迎来首批小读者们"
    lines = wrap_column([para], 14) + [headline, headline] + body + body
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    found = _frames_found_in_lines(frames, column_widths(frames))
    assert [[l.text for l in f.lines] for f in found][1] == [headline, headline]


def test_frames_found_in_lines_a_title_wrapped_after_an_unfinished_line_is_a_title():
    from banmian.blocks.page import _frames_found_in_lines, column_widths
    para = "城东湿地公园完成生态修复工程，新种水生植物四十余种，白鹭、野鸭等鸟类数量明显增多。"
    body = wrap_column([para] * 6, 14)
    # a story stopped mid-sentence (its text goes on on another page), then a headline
    # wrapped over two short lines: neither is the words the full line ran on into
    lines = body + ["县图书馆新馆开放后读者人数持"] + ["三座城市书", "房落地城东", "（下转2版）"] + body
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    texts = [[l.text for l in f.lines] for f in _frames_found_in_lines(frames, column_widths(frames))]
    assert ["三座城市书", "房落地城东"] in texts
    # ... or a headline its byline follows
    lines = body + ["县图书馆新馆开放后读者人数持", "城市书房建设要久久为功", "■记者 高 洁"] + body
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    texts = [[l.text for l in f.lines] for f in _frames_found_in_lines(frames, column_widths(frames))]
    assert ["城市书房建设要久久为功"] in texts
    # ... also when the first title line closes a quote (a mark, but no sentence's stop)
    lines = body + ["县图书馆新馆开放后读者人数持", "“城市书房”", "为何受欢迎（评论）", "（下转2版）"] + body
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    texts = [[l.text for l in f.lines] for f in _frames_found_in_lines(frames, column_widths(frames))]
    assert ["“城市书房”", "为何受欢迎（评论）"] in texts
    # a kicker ending in a dash, set to the column's width, goes with its headline
    lines = body + ["县图书馆新馆开放后读者人数持", "县图书馆老馆长谈城市书房——", "让阅读走进千家万户（评论）", "（下转2版）"] + body
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    texts = [[l.text for l in f.lines] for f in _frames_found_in_lines(frames, column_widths(frames))]
    assert ["县图书馆老馆长谈城市书房——", "让阅读走进千家万户（评论）"] in texts
    # a headline closed by its column's name, as wide as a first line, over a story's first lines
    from banmian.blocks.page import _line_kinds
    lines = body[:3] + ["城东湿地迎来候鸟群（图说）"] + body[1:3]
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    assert _line_kinds(list(frames[0].lines), column_widths(frames))[3] == "title"
    # a headline set to a column's width, its column's name on a line of its own; not a
    # paragraph's last line before its author's note
    lines = body[:3] + ["城东湿地迎来首批候鸟", "（城市新景）"] + body[1:3]
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    assert _line_kinds(list(frames[0].lines), (12.0,))[3:5] == ["title", "title"]
    lines = body[:3] + ["城东湿地迎来首批候鸟", "（作者为湿地公园管理处主任）"] + body[1:3]
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    assert _line_kinds(list(frames[0].lines), (12.0,))[3] == "text"
    # the end of a note in brackets that a line of text opened stays text
    lines = body[:3] + ["以上内容据采访（本报记者", "高洁整理）"] + body[1:3]
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    assert _line_kinds(list(frames[0].lines), (14.0,))[4] == "text"
    # a headline set to a column's width over its dash subheadline, after a paragraph's end
    lines = body[:3] + ["城东湿地公园迎来首批候鸟", "——记城东湿地公园生态修复工程的建设者们"] + body[1:3]
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    assert _line_kinds(list(frames[0].lines), (14.0,))[3] == "title"
    # a short line after a line ending in a comma goes on with its sentence (a line may break
    # early, so that a dash does not open the next: …又见大桥飞架， / “天堑”—— / 10月9日晚，…)
    lines = body[:3] + ["今年春天，湿地公园又见，", "城东白鹭", "三月以来，公园里的鸟类明显增多。"] + body[1:3]
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    assert _line_kinds(list(frames[0].lines), (14.0,))[4] == "text"
    # a title line after a headline its column's name closes opens another frame
    lines = body + ["城东湿地迎来首批候鸟（图说）", "县图书馆新馆开放"] + body
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    texts = [[l.text for l in f.lines] for f in _frames_found_in_lines(frames, column_widths(frames))]
    assert ["城东湿地迎来首批候鸟（图说）"] in texts and ["县图书馆新馆开放"] in texts
    # a paragraph whose last line ends its sentence at the full width, then another's first
    # line, set in by the indent: two frames
    ended = ["县图书馆新馆开放后，读者", "人数持续增长，周末尤其明显。"]
    lines = body + ended + body
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    texts = [[l.text for l in f.lines] for f in _frames_found_in_lines(frames, column_widths(frames))]
    assert ended in texts
    # two title lines nothing joins are two frames; a word over the break, or a quotation
    # leading in, keeps one
    for pair, apart in ((["城东湿地迎来候鸟", "县图书馆新馆开放"], True),
                        (["城东湿地公园迎来首批候", "鸟群"], False),
                        (["“城市书房”", "县图书馆新馆开放"], False)):
        lines = body + pair + body
        frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
        texts = [[l.text for l in f.lines] for f in _frames_found_in_lines(frames, column_widths(frames))]
        assert (pair[:1] in texts and pair[1:] in texts) is apart and (pair in texts) is not apart, pair
    # a headline as wide as a first line, over its story's lead
    lines = body[:3] + ["县图书馆新馆今日正式开放", "本报讯 县图书馆新馆今日开", "放，市民排队入馆。"] + body[1:3]
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    assert _line_kinds(list(frames[0].lines), (14.0,))[3] == "title"
    # a dash subheadline set to the column's width under its headline
    lines = body[:3] + ["城东湿地迎来候鸟", "——记城东湿地公园的建设者们"] + body[1:3]
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    assert _line_kinds(list(frames[0].lines), (14.0,))[3:5] == ["title", "title"]
    # ... in ASCII parentheses too, as some extractors write them, at a column's width
    lines = body[:3] + ["城东湿地迎来候鸟(图说)"] + body[1:3]
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    assert _line_kinds(list(frames[0].lines), (13.0,))[3] == "title"
    # a headline printed twice, set to the column less the indent, over a story's first lines
    headline = "县图书馆新馆迎来首批小读"
    lines = body + [headline, headline] + body
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    texts = [[l.text for l in f.lines] for f in _frames_found_in_lines(frames, column_widths(frames))]
    assert [headline, headline] in texts
    # a headline broken after its comma, after a paragraph's last line
    lines = body + ["守得住初心，", "走得好新路（评论）"] + body
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    texts = [[l.text for l in f.lines] for f in _frames_found_in_lines(frames, column_widths(frames))]
    assert ["守得住初心，", "走得好新路（评论）"] in texts


def test_frames_found_in_lines_box_label_and_a_first_line_without_marks():
    from banmian.blocks.page import _frames_found_in_lines, column_widths
    para = "城东湿地公园完成生态修复工程，新种水生植物四十余种，白鹭、野鸭等鸟类数量明显增多。"
    body = wrap_column([para] * 8, 14)
    # a paragraph whose first line, set in by the indent, holds no mark and counts short by
    # the digits set wider than counted (全县新建成的湿地公园12 / 座，…)
    opening = ["全县新建成的湿地公园12", "座，城东湿地公园完成生态修复", "工程，白鹭野鸭明显增多。"]
    # a kicker leading into its headline with a colon goes with it
    lines = ["城东湿地：", "湿地公园迎来候鸟", "核心阅读"] + opening + body
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    texts = [[l.text for l in f.lines] for f in _frames_found_in_lines(frames, column_widths(frames))]
    # a box's label opens its text's frame
    assert texts[:2] == [["城东湿地：", "湿地公园迎来候鸟"], ["核心阅读"] + opening]
    # a jump's marker closes what comes before it, not the title after it
    lines = body + ["（下转2版）", "县图书馆新馆开馆"] + body
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    texts = [[l.text for l in f.lines] for f in _frames_found_in_lines(frames, column_widths(frames))]
    assert ["（下转2版）"] in texts and ["县图书馆新馆开馆"] in texts
    # two marked bylines in a row sign two stories; a byline's unmarked second line goes on
    lines = body + ["■摄影 王 强", "■记者 李 明", "通讯员 顾秋叶"] + body
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    texts = [[l.text for l in f.lines] for f in _frames_found_in_lines(frames, column_widths(frames))]
    assert ["■摄影 王 强"] in texts and ["■记者 李 明", "通讯员 顾秋叶"] in texts
    # a lead opens a story even after a full line (a sentence ending at the column's end), and
    # a photo credit closes its caption
    full = "城东湿地公园完成了修复工程。"
    lead = wrap_column(["本报讯 县图书馆新馆昨天正式开放，馆藏图书二十万册。"], 14)
    caption = ["市民在湿地公园观赏候鸟，拍下", "起飞瞬间。 本报记者 王强摄"]
    lines = body + [full] + lead + caption + body
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    texts = [[l.text for l in f.lines] for f in _frames_found_in_lines(frames, column_widths(frames))]
    assert any(t[:len(lead)] == lead for t in texts)  # the lead opens a frame
    assert any(t[-1] == caption[-1] for t in texts)  # the credit closes one
    # a headline closed by its column's name is a title whatever its width, even the column's
    headline = "让城乡处处见绿色（一线视角）"  # 14 ems, as the column
    lines = body + [headline] + body
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    texts = [[l.text for l in f.lines] for f in _frames_found_in_lines(frames, column_widths(frames))]
    assert [headline] in texts


@pytest.mark.parametrize("repeated, kinds", [
    (True, [BlockKind.TITLE, BlockKind.BODY]),  # the story repeats it: a pull quote
    (False, [BlockKind.TITLE, BlockKind.TITLE, BlockKind.TITLE]),  # it does not: a deck
])
def test_classify_blocks_lines_wrapped_under_a_headline_that_the_story_repeats_are_its_pull_quote(repeated, kinds):
    # A commentary prints a sentence of itself large under its headline, wrapped at the column
    # (full first line, a word left on the last); a headline's lines are balanced instead.
    paras = ["城市的面貌，既体现在高楼大道，也体现在街头巷尾的细节之中。小区门口的分类垃圾桶，就是一面镜子。",
             "推行垃圾分类以来，有的小区设了督导员，有的小区用积分换礼品，办法各不相同，效果也有高有低。",
             ("只有让每一位市民养成垃圾分类的好习惯，" if repeated else "只有人人动手，") + "才能守护好我们共同的家园。"]
    body = "\n".join(wrap_column(paras, 12))
    text = f"垃圾分类贵在坚持（街谈巷议）\n\n让每一位市民养成垃圾分类\n的好习惯\n\n{body}\n"
    got = _kinds(text)
    assert got[:len(kinds)] == kinds and all(k is BlockKind.BODY for k in got[len(kinds):])


def test_classify_blocks_a_line_too_short_for_the_sentence_it_stands_in_is_a_headline():
    # The stream drew a headline beside the middle of its story: the text stops mid-sentence
    # at the full column before it and goes on at the full column after it. A line inside a
    # sentence runs the column, so a shorter one there is no text; one at the column's
    # width is (the sentence goes on through it).
    para = ("城关镇今年新建的农贸市场已经全部投入使用，摊位租金比去年少了三成，"
            "前来经营的商户越来越多，附近居民买菜更加方便。")
    lines = wrap_column([para], 13)
    cut = 3  # lines[:3] stop mid-sentence at the full column, lines[3:] go on
    assert all(len(l) == 13 for l in lines[1:cut + 1])
    before, after = "\n".join(lines[:cut]), "\n".join(lines[cut:])
    headline = "小城夜市，点亮烟火气"
    got = _kinds(f"{before}\n\n{headline}\n\n{after}\n")
    assert got == [BlockKind.BODY, BlockKind.TITLE, BlockKind.BODY]
    column_wide = "小城夜市，点亮老街巷烟火气"  # the column's 13 characters
    got = _kinds(f"{before}\n\n{column_wide}\n\n{after}\n")
    assert BlockKind.TITLE not in got


def test_classify_blocks_a_mark_free_line_over_a_paragraph_after_text_stopped_mid_sentence_is_a_heading():
    # The text stops mid-sentence at the full column (it goes on in a frame elsewhere); a line
    # alone in its frame, with no mark and short of the column (here at its indent, as a
    # paragraph's first line is), then a frame opening a paragraph at the indent: no line
    # inside a sentence stops short, and with no stop the line ends no paragraph, so it heads
    # what follows.
    before = "\n".join(wrap_column(["城关镇今年新建的农贸市场已经全部投入使用，摊位租金比去年少了三成，前来经营的商户越来越多。"], 13)[:3])
    after = "\n".join(wrap_column(["今年，城关镇又新建了两处便民服务点，附近居民办事更加方便。"], 13))
    assert _kinds(f"{before}\n\n见证小城四十年来的变迁\n\n{after}\n") == [BlockKind.BODY, BlockKind.TITLE, BlockKind.BODY]
    # A line opening with a particle leans on the words before it: the sentence goes on.
    assert BlockKind.TITLE not in _kinds(f"{before}\n\n的变化大家都看在了眼里\n\n{after}\n")
    # A dash leads on into the paragraph after it: the sentence goes on.
    assert BlockKind.TITLE not in _kinds(f"{before}\n\n见证小城四十年变迁——\n\n{after}\n")


def test_classify_blocks_a_sections_label_over_a_subheading_wrapped_in_the_column_is_text():
    # A story's section: a short label, then its subheading wrapped at the text's column (its
    # first line at the full 14 ems, a tail below), then the section's text. A headline set in
    # its larger type would break elsewhere: the lines are the story's own, not a title.
    before = "\n".join(wrap_column(["学校今年新建了图书馆和实验楼，孩子们的课余生活更丰富了。"], 14))
    heading = "\n".join(["校园新景", *wrap_column(["让山里的孩子在家门口就能上好学"], 14, indent=0)])
    after = "\n".join(wrap_column(["开学第一天，新来的老师带着孩子们参观了新落成的实验楼。"], 14))
    assert heading.splitlines()[1:] == ["让山里的孩子在家门口就能上好", "学"]
    assert BlockKind.TITLE not in _kinds(f"{before}\n\n{heading}\n\n{after}\n")
    # a line as long as a headline's is no section's label: the lines stay a title
    assert BlockKind.TITLE in _kinds(f"{before}\n\n{heading.replace('校园新景', '山村学校迎来新学期气象')}\n\n{after}\n")


def test_classify_blocks_a_first_paragraph_under_a_headline_its_column_names_is_text_when_it_shares_the_words():
    # A headline closed by its column's name, then a frame of lines wrapped as the text under
    # it is (its first line at the indent), repeating that text's words (老街, 烟火气): the
    # story's first paragraph. Another story's headline that wrapped at the column by chance
    # shares none of them: a title.
    text = "\n".join(wrap_column(["老街的烟火气，是一座城市的记忆。这几年，不少城市在更新中拆掉了老街，也拆掉了街坊邻里的人情味。"], 14))
    opening = "\n".join(wrap_column(["让城市更新留住老街的烟火气和人情味"], 14))
    kinds = _kinds(f"守护老街的烟火气（街谈巷议）\n\n{opening}\n\n{text}\n")
    assert kinds == [BlockKind.TITLE, BlockKind.BODY, BlockKind.BODY]
    other = "\n".join(wrap_column(["全省秋粮收购工作会议在省城召开部署"], 14))
    assert _kinds(f"守护老街的烟火气（街谈巷议）\n\n{other}\n\n{text}\n")[:3] == [BlockKind.TITLE] * 3


def test_classify_blocks_a_line_joining_a_lists_last_item_after_its_comma_is_text():
    # Text stops at the column's end after a list's comma (…技术较落后、); a short line alone in
    # its frame opens with the word that joins the last item (和…), then text goes on: the
    # list goes on in it, no headline.
    before = "\n".join(wrap_column(["今年以来，县里对全县两百多家企业开展了一次摸底调研。摸底结果显示，部分县域产业仍存在规模偏小、"
                                     "配套不全、人才不足、资金紧张、技术较落后、"], 14))
    after = "\n".join(wrap_column(["针对这些问题，县里出台了专项扶持政策，帮助企业引进人才、扩大规模。"], 14))
    page = f"{before}\n\n和市场衔接不够紧\n\n{after}\n"
    assert before.splitlines()[-1] == "不足、资金紧张、技术较落后、"  # the column's end
    assert BlockKind.TITLE not in _kinds(page)
    # a line opening with a word that begins with it (和平…) may be a headline
    assert BlockKind.TITLE in _kinds(page.replace("和市场衔接不够紧", "和平发展新篇章"))


def test_classify_blocks_a_paragraphs_first_line_alone_before_another_storys_byline_is_text():
    # A story's paragraph ends; a line alone in its frame at the column's indent, a comma
    # inside and running on (its sentence drawn on elsewhere); then another story's byline and
    # lead. A headline's larger type rarely fills the text's indented line: text, not a title.
    before = "\n".join(wrap_column(["小时候，他最爱看村口的大卡车，常常追着车跑出很远。"], 12))
    opening = wrap_column(["那年秋天，他第一次跟着父亲坐车进了城。"], 12)[0]
    lead = "\n".join(wrap_column(["本报讯 这次来到山里之前，我并不知道这里的茶叶这样有名。"], 12))
    page = f"{before}\n\n{opening}\n\n■记者 王 明\n\n{lead}\n"
    assert opening == "那年秋天，他第一次跟"
    assert _kinds(page) == [BlockKind.BODY, BlockKind.BODY, BlockKind.BYLINE, BlockKind.BODY]
    # a line short of the indent is no paragraph's first: the headline over the byline
    assert _kinds(page.replace(opening, "那年秋天，他第一次"))[1] is BlockKind.TITLE
    # nor is one over a subheading: a headline broken over its subheading
    assert _kinds(page.replace("■记者", "——山村少年的进城路\n\n■记者"))[1] is BlockKind.TITLE


def test_classify_blocks_a_line_broken_off_a_subheading_after_a_paragraphs_end_is_a_title():
    # A paragraph ends short of its column; a line alone in its frame, not set in at the
    # indent and breaking after a clause, then a short title in a frame of its own and a
    # paragraph opening at the indent: after a paragraph's end only an indented first line
    # opens text, so the line is the title's first (a subheading broken over two frames).
    before = "\n".join(wrap_column(["县里把群众反映集中的问题列成清单，逐项对账销号，做到件件有回音。"], 14))
    after = "\n".join(wrap_column(["今年以来，县政务服务中心推出帮办代办服务，前来办事的居民少跑了不少路。"], 14))
    first = "服务更暖心，让数据多跑路、"  # the column's width less one character, not its indent
    got = classify_blocks(group_frames(read_lines(SourceText(text=f"{before}\n\n{first}\n\n群众少排队\n\n{after}\n"))))
    assert [b.kind for b in got if b.lines[0].text in (first, "群众少排队")] == [BlockKind.TITLE] * 2
    # Set in at the indent the line opens a paragraph: text.
    indented = "服务更暖心，让数据多跑、"
    got = classify_blocks(group_frames(read_lines(SourceText(text=f"{before}\n\n{indented}\n\n群众少排队\n\n{after}\n"))))
    assert next(b for b in got if b.lines[0].text == indented).kind is BlockKind.BODY


def test_classify_blocks_lone_line_whose_word_runs_on_into_the_next_frame_is_text():
    # A paragraph's first line broken off by a column's end (…老张和他的同 / 事们一起…): a word
    # runs over the break, so the line goes on into the text after it, however short that
    # text's first line (an opening quote that could not end it went down with its word).
    from pagekit import wrap_column
    before = "\n".join(wrap_column(["站里的老师傅们都说，这份工作靠的是耐心和细心，更靠日复一日的坚持。"], 12))
    after = "事们一起为新人总结出\n“三查三看”工作法，简单\n易记，效果也好，新人上手\n快了不少。"
    assert _kinds(f"{before}\n\n这几年，老张和他的同\n\n{after}\n") == [BlockKind.BODY, BlockKind.BODY, BlockKind.BODY]


def test_classify_blocks_two_lines_opening_a_paragraph_in_a_frame_of_their_own_are_text():
    # A frame of two lines, the first set to the column less the indent (less the opening
    # quote that went down with its word) and the second to the full column, then text going
    # on at the full column: a paragraph's opening lines the extractor broke off, not a
    # two-line headline, which the text after would not go on from.
    from pagekit import wrap_column
    before = "\n".join(wrap_column(["新馆开馆以来，各部门分工明确，紧密协作。"], 14))
    opening = "最核心的当属这座新馆的\n“智慧书架”——以智能借阅为"
    after = "目标的服务系统。这一整套系统\n能够自动记录每一本书的位置，\n读者查书只需几秒钟。"
    assert BlockKind.TITLE not in _kinds(f"{before}\n\n{opening}\n\n{after}\n")
    # the same two lines over text that opens its own paragraph are a headline
    opened = "\n".join(wrap_column(["全县读书节昨天开幕，各乡镇图书室同步举办读书分享会，吸引了众多读者。"], 14))
    assert _kinds(f"{before}\n\n{opening}\n\n{opened}\n")[1:3] == [BlockKind.TITLE, BlockKind.TITLE]


@pytest.mark.parametrize("before, kicker", [
    ("", "城东高新区（新城区）："),
    # after text that stopped mid-sentence (another story's, which goes on elsewhere), a
    # kicker leading on with the verb that brings in its headline's words is no sentence going on
    ("活动期间，全县各乡镇还将\n陆续开展趣味运动会、广场舞展\n演和健步走等活动，欢迎广大群\n众踊跃\n\n",
     "国际田径联合会的技术代表表示"),
], ids=["colon", "after-unfinished-text"])
def test_classify_blocks_line_leading_on_over_a_headline_and_a_lead_is_a_kicker(before, kicker):
    # A line alone in its frame that leads on (a colon, …表示), over a headline in a frame of
    # its own and a story that opens under it (its byline, its lead): the headline's kicker.
    from pagekit import wrap_column
    lead = "\n".join(wrap_column(["本报讯 10月13日下午，全县秋季全民健身周在城东体育公园闭幕，"
                                  "近万名群众参加了各项比赛和展示活动。"], 14))
    kinds = _kinds(f"{before}{kicker}\n\n全民健身周圆满落幕\n\n■记者 王 明\n\n{lead}\n")
    assert kinds[-4:] == [BlockKind.TITLE, BlockKind.TITLE, BlockKind.BYLINE, BlockKind.BODY]


def test_title_line_stands_alone_not_over_a_few_words_and_a_column_name():
    # A headline wrapped in its frame leaves its last words and its column's name on the
    # second line (…风雨无阻中守护 / 一路平安（平安建设）): the first line does not stand alone,
    # though no word runs over the break. A full headline with its column's name does.
    from banmian.blocks import title_line_stands_alone
    assert not title_line_stands_alone("城南交警道路整治行动：风雨无阻中守护", "一路平安（平安建设）")
    assert title_line_stands_alone("城南交警开展道路整治行动", "让群众出行更加安全（平安建设）")


def test_classify_blocks_a_photos_title_closing_the_text_before_its_caption_is_a_title():
    # A story's text, the photo's title glued under its last sentence, then the photo's
    # caption and credit: a few words without a mark after a sentence's end close no
    # paragraph, and over a credited caption they are the photo's title.
    story = "\n".join(wrap_column(["全市今年新建改建城乡公路三百余公里，农村客运班线通达率达到百分之百，群众出行更加便捷。"], 14))
    caption = "雨后的古镇游人如织，青石板路两旁的老店铺生意兴隆。 本报记者 张 明摄"
    kinds = _kinds(f"{story}\n古镇秋色\n\n{caption}\n")
    assert kinds == [BlockKind.BODY, BlockKind.TITLE, BlockKind.BODY, BlockKind.BYLINE]
    # before text that no credit signs, the line stays the story's
    assert BlockKind.TITLE not in _kinds(f"{story}\n古镇秋色\n\n{COLUMN_OF_FINISHED_TEXT}\n")


def test_classify_blocks_dash_kicker_over_a_headline_with_a_comma_is_a_title():
    # A kicker leading with a dash to the next frame's headline, which has a comma, then the
    # story's lead: the kicker's dash leaves it unfinished and the headline follows no
    # finished sentence, so the pair's neighbours say what both are.
    page = f"{LEAD_TEXT}\n有书屋，有讲堂，城南村——\n\n这个村子，书香一直在\n\n{LEAD_TEXT}"
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=page))))
    assert [b.kind for b in blocks if b.lines[0].text.startswith(("有书屋", "这个"))] == [BlockKind.TITLE] * 2
    # Text that goes on after the pair is no story's opening: the lines are its text.
    told = page.replace(LEAD_TEXT, "书香进万家，是村里的老传统。\n", 1).replace(LEAD_TEXT, "书屋里常有人来，借书读报，很是热闹。\n")
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=told))))
    assert BlockKind.TITLE not in [b.kind for b in blocks]


def test_classify_blocks_headline_across_columns_ending_in_a_long_series_name_in_ascii_brackets():
    # A line set across the page with a comma in it, closed by a long series' name joined by
    # a middle dot in ASCII brackets (as some extractors print them), above a lead: a headline,
    # as with full-width brackets. Finishing a sentence, the same line is text.
    head = "群众满意不满意，才是检验整改成效的根本标准(评论员观察·深入开展“我为群众办实事”专题实践活动回访调查)"
    for line in (head, head.replace("(", "（").replace(")", "）")):
        blocks = classify_blocks(group_frames(read_lines(SourceText(text=f"{LEAD_TEXT}\n{line}\n\n{LEAD_TEXT}"))))
        assert [b.kind for b in blocks] == [BlockKind.BODY, BlockKind.TITLE, BlockKind.BODY]
        blocks = classify_blocks(group_frames(read_lines(SourceText(text=f"{LEAD_TEXT}\n{line}。\n\n{LEAD_TEXT}"))))
        assert BlockKind.TITLE not in [b.kind for b in blocks]


@pytest.mark.parametrize("lines,kinds", [
    (["东湖两镇携手治理河湖环境", "九名联合河长上岗"], [BlockKind.TITLE] * 2),  # the headline drawn after its text
    (["要坚持走好一条乡村文化振", "兴之路"], [BlockKind.BODY]),  # a word runs over the break: a subheading's
])
def test_classify_blocks_title_lines_before_a_jump_stopping_short_are_a_headline(lines, kinds):
    # Text that jumps on to another page fills its column up to the （下转N版）: lines set to
    # the column that stop short of it, no mark ending them, are no running text.
    before = "近年来，两镇交界的河\n道治理工作不断推进，沿河\n的村民每天都来河边散步，\n村里的老人们每天早晨都会"
    page = before + "".join(f"\n\n{line}" for line in lines) + "\n\n（下转20版）\n"
    assert _kinds(page)[1:-1] == kinds


def test_frames_drawn_only_where_blank_lines_mark_frames():
    from banmian.blocks import frames_drawn
    column = "\n".join(wrap_column(["近年以来，以数字技术为依托的新一轮基层治理改革给传统社区服务带来明显变化。"] * 12, 14))

    def frames(text):
        return group_frames(read_lines(SourceText(text=text)))

    assert frames_drawn(frames(f"全县社区服务换新颜\n\n{column}\n"))
    assert not frames_drawn(frames(f"全县社区服务换新颜\n{column}\n"))  # no blank lines: one long frame
    assert not frames_drawn(frames(column.replace("\n", "\n\n")))  # a blank line after every line


@pytest.mark.parametrize("titles", [
    "稳就业 惠民生（民生观察）\n\n全县新增就业岗位三千余个",  # a subheadline at a first line's width
    "县城公交线路全面优化调整\n\n调整公交线路超过二十条",  # a headline and subheadline wrapped as the column
])
def test_classify_blocks_lines_right_before_a_box_of_key_points_are_titles(titles):
    # A box of key points (核心阅读) opens a story as a lead does: the lines right before it
    # are the story's titles, neither a paragraph's first line nor a subheading set in the
    # column, whatever their widths.
    box = "核心阅读\n" + "\n".join(wrap_column(["今年以来，县里办了十多场招聘会，还在各乡镇设了求职服务点，"
                                                "不少人出门不远就找到了活儿。"], 14, indent=0))
    assert _kinds(f"{COLUMN_OF_FINISHED_TEXT}\n\n{titles}\n\n{box}") == [
        BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_source_note_broken_over_frames_before_an_editors_note_is_text():
    # A source's note broken over two frames (数据来源：… / …部) closes the story before, though
    # an editor's note, which opens a story, comes right after it.
    note = "\n".join(wrap_column(["编者按：小城的老街巷里，藏着许多手艺人的故事。从本周起，我们将把它们一个个讲给读者听。"], 14, indent=0))
    assert _kinds(f"{COLUMN_OF_FINISHED_TEXT}\n\n数据来源：青山县统计局综合\n\n统计科\n\n{note}") == [BlockKind.BODY] * 3


def test_classify_blocks_headline_closed_by_its_columns_name_is_no_first_line():
    # A lone line set to the column less the indent, before text that goes on, reads as a
    # paragraph's first line; one ending in its column's name (in ASCII parentheses, as some
    # extractors write it) is a headline all the same.
    kinds = _kinds_before_text_going_on("让乡村教师有奔头(新视角)", "人往高处走，并不限于高薪和高福利，施展才干的舞台同样称得上是高处。")
    assert kinds[1] is BlockKind.TITLE


def test_classify_blocks_headline_broken_inside_its_column_name_keeps_its_lines_before_a_photo_title():
    # A headline drawn after its text, its column's name broken over two frames, then a
    # photo's title and its caption: the column's name closes a headline whatever follows it,
    # so no line of the run is read as a subheading wrapped in the column.
    caption = "\n".join(wrap_column(["近年来，县里帮助村民发展柑橘种植，培育电商平台，柑橘卖到了全国各地。图为10月20日，村民在果园里采摘柑橘。"], 14))
    text = (f"{COLUMN_OF_FINISHED_TEXT}\n\n在古镇里寻找乡愁的味道（人民\n\n广场·新中国70年·城乡变迁）\n\n"
            f"橘子红了\n\n{caption}\n\n李 四摄（人民视觉）\n")
    assert _kinds(text)[1:4] == [BlockKind.TITLE] * 3


def test_classify_blocks_a_box_label_inside_a_story_and_its_heading_are_the_storys_text():
    # ■链接 and the box's heading in the frame of its text are the story's, not a headline;
    # a label alone in its frame over another frame's text is left as it was (the stream may
    # have drawn it beside another story, its box cut off).
    box = "\n".join(wrap_column(["本报北京9月18日电 县文化馆今年共举办公益培训班四十余期，参加培训的群众超过三千人次。"], 14))
    text = f"{COLUMN_OF_FINISHED_TEXT}\n\n■链接\n群众文化活动\n越办越红火\n{box}\n"
    assert _kinds(text) == [BlockKind.BODY, BlockKind.BODY, BlockKind.BODY]
    # the heading going on in the frame of the box's text
    broken = f"{COLUMN_OF_FINISHED_TEXT}\n\n■链接\n群众文化活动\n\n越办越红火\n{box}\n"
    assert BlockKind.TITLE not in _kinds(broken)
    alone = f"{COLUMN_OF_FINISHED_TEXT}\n\n参观贴士\n\n{box}\n"
    assert _kinds(alone) == [BlockKind.BODY, BlockKind.TITLE, BlockKind.BODY]
    assert _kinds(f"{COLUMN_OF_FINISHED_TEXT}\n\n参观贴士\n\n（下转5版）\n")[:2] == [BlockKind.BODY, BlockKind.BODY]


def test_classify_blocks_a_parts_number_alone_after_text_is_that_texts_before_another_storys_byline():
    # A story cut short after its last part's number (三), then another story's byline: the
    # number is no headline over the text before it.
    kinds = _kinds(f"{COLUMN_OF_FINISHED_TEXT}\n\n三\n\n■记者 高 洁\n\n{LEAD_TEXT}")
    assert kinds[:2] == [BlockKind.BODY, BlockKind.BODY] and BlockKind.TITLE not in kinds


def test_title_lines_after_a_caption_its_credit_closes_head_the_lead_below():
    # A caption ends with its cartoon's credit (李 明图 王小文), not a full stop; the two lines
    # after it, the first filled to the column, stand over a lead: a headline, not text that
    # goes on from the caption.
    caption = "\n".join(wrap_column(["近日，城东公园新建的停车场正式启用，市民停车更加方便。"], 12)) + "\n李  明图  王小文"
    headline = "县里将开展春季植树造林、\n绿化美化城乡人居环境"
    lead = "\n".join(wrap_column(["本报讯 3月5日，县林业局召开会议，部署今年春季植树造林工作。全县计划新植苗木两万株。"], 12))
    kinds = _kinds(f"{caption}\n\n{headline}\n\n{lead}")
    assert kinds[-3:] == [BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]


@pytest.mark.parametrize("first_lines, kinds", [
    # the second line stops inside a word (激 / 动) that the column after it finishes
    ("乡亲们，朋友们：\n此刻，大家怀着十分激", [BlockKind.TITLE, BlockKind.BODY, BlockKind.BODY]),
    # a title's lines end their phrase: the column after them opens on a word of its own
    ("乡亲们，朋友们：\n大会开幕式在此举行", [BlockKind.TITLE] * 3 + [BlockKind.BODY]),
])
def test_lines_with_commas_stopping_inside_a_word_the_next_column_finishes_are_text(first_lines, kinds):
    rest = "\n".join(wrap_column(["动的心情相聚村头，一起为新落成的村史馆剪彩。大家回顾村庄的变迁，说起这些年的新路新房，"
                                  "展望美好未来。"], 13, indent=0))
    assert _kinds(f"在全县乡村教育百年纪念大会上的讲话\n\n{first_lines}\n\n{rest}") == kinds


def test_classify_blocks_a_cry_over_a_dash_subheadline_is_a_headline():
    # A cry right after text is the text's own, but over a subheadline led by a dash it is
    # the headline of a story drawn after its text, last on the page.
    cry = "家乡，我爱你！"
    column = "\n".join(wrap_column([_FINISHED], 12))
    assert _kinds(f"{column}\n\n{cry}\n\n——重阳节敬老晚会侧记\n") == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE]
    assert _kinds(f"{column}\n\n{cry}\n") == [BlockKind.BODY, BlockKind.BODY]  # alone: the text's


def test_classify_blocks_heading_opening_with_a_label_other_sections_open_with_is_text():
    # A compilation's sections each open with the same label (地点：…) over a heading: where
    # one such opening stands apart in frames of its own, it is the compilation's text, as
    # the openings set inside its text frames are, and the reporter's line under it too.
    def section(place, heading, story):
        return f"地点：{place}\n{heading}\n" + "\n".join(wrap_column([story], 14))
    page = "\n\n".join([
        section("青石镇渡口", "摆渡人守着老码头", "天刚放亮，老周就把渡船擦得干干净净，等着第一批过河的村民。"),
        "地点：柳湾村卫生室\n\n乡村医生的长假\n\n本报记者  林晓帆",
        "\n".join(wrap_column(["长假里卫生室的门一直开着，村医小王每天接诊十几位老人。"], 14)),
        section("县城汽车站", "检票口前的笑脸", "返程高峰到来之前，车站的志愿者已经在检票口站好了岗位。"),
    ])
    kinds = _kinds(page)
    assert BlockKind.TITLE not in kinds and BlockKind.BYLINE not in kinds
    # The same heading with the label opening no other section stays a title over its text.
    single = page.replace("地点：青石镇渡口", "老周说：渡口").replace("地点：县城汽车站", "车站里：站前")
    assert BlockKind.TITLE in _kinds(single)


def test_classify_blocks_photo_title_ending_in_an_exclamation_after_its_credited_caption_stays_a_title():
    # A caption its credit closes, then the photo's short title, a cry (冲刺！冲刺！): the
    # photo's title, not the text's cry (see _exclaimed_runs_to_body).
    caption = "\n".join(wrap_column(["近日，县中学举行秋季越野赛，三百多名学生参赛。图为选手冲过终点。"], 14))
    page = f"{caption}\n李青山摄\n\n冲刺！冲刺！\n\n新区十条公交线路开通\n\n{LEAD_TEXT}"
    kinds = _kinds(page)
    assert kinds[:3] == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE]


def test_classify_blocks_photo_title_crying_over_its_credited_caption_stays_a_title():
    # After text, a short cry (加油！加油！) over a caption its photo's credit closes is the
    # photo's title, not the text's cry (see _exclaimed_runs_to_body).
    caption = "近日，县中学举行秋季越野赛，三百多名学生参赛，图为选手冲过终点。 本报记者 李青山摄"
    page = f"{COLUMN_OF_FINISHED_TEXT}\n\n加油！加油！\n\n{caption}\n\n新区十条公交线路开通\n\n{LEAD_TEXT}"
    kinds = {b.lines[0].text.strip(): b.kind for b in classify_blocks(group_frames(read_lines(SourceText(text=page))))}
    assert kinds["加油！加油！"] is BlockKind.TITLE
    # over text that goes on, no caption, the cry is the text's
    page = f"{COLUMN_OF_FINISHED_TEXT}\n\n加油！加油！\n\n{TWO_PARAGRAPHS_OF_TEXT}"
    assert BlockKind.TITLE not in _kinds(page)


def test_classify_blocks_wrapped_section_label_over_a_paragraph_in_the_column_is_text():
    # A section's label wrapped in a frame of its own (新品牌新口碑 / 走俏), over a paragraph
    # wrapped in the column from its indent: text of the story, not a headline.
    deck = "\n".join(wrap_column(["小城的顾客已经从最初只买低价商品的人变成了品质商品的顾客"], 14))
    page = f"{TWO_PARAGRAPHS_OF_TEXT}\n\n新品牌新口碑\n走俏\n\n{deck}\n\n{TWO_PARAGRAPHS_OF_TEXT}"
    assert BlockKind.TITLE not in _kinds(page)


def test_classify_blocks_paragraph_wrapped_at_the_column_under_a_title_is_text():
    # Under a title, a run of lines with commas wrapped as a paragraph is (its first line
    # stopping on a clause mark, the next as wide, the last shorter): the story's first
    # paragraph, not a second title line, though no sentence ends in it.
    rest = "\n".join(wrap_column(["县里的秋收节今天开幕，来自各乡镇的农民带着自家的新米、瓜果赶来参加，场面十分热闹。"], 16))
    page = f"县里举行秋收节\n\n金色的稻浪在秋风里翻滚着起伏，\n欢快的丰收歌声回荡在山村上空和田\n野之间——\n\n{rest}"
    assert _kinds(page) == [BlockKind.TITLE, BlockKind.BODY, BlockKind.BODY]


def test_classify_blocks_paragraph_set_in_by_its_indent_under_a_title_is_text():
    # Under a title, a run whose first line stands the indent in from the lines after it, which
    # run one measure, and whose last line stops short (…县里的专家组来 / 到村里，… / … / …翻一番——):
    # the story's first paragraph, though its first line stops on no clause mark.
    run = "2019年5月8日，县里的专家组来\n到村里，把新品种的种植技术一项项\n讲给乡亲们听，还郑重地许下了承诺\n要让大家的收成翻一番——"
    rest = "\n".join(wrap_column(["“明年这个时候，大家的收成一定翻一番。”专家组组长说。"], 16))
    assert _kinds(f"县里专家进村传技术\n\n{run}\n\n{rest}") == [BlockKind.TITLE, BlockKind.BODY, BlockKind.BODY]


def test_first_lines_to_body_reads_a_paragraph_whose_every_line_came_alone():
    # A paragraph's first line, at the column less the indent, and its last line, ending the
    # sentence, each came as a frame of its own before the next paragraph (一张小小的借书证，
    # 背后 / 藏着哪些往事呢？ / 走进…): a paragraph of the text, not a headline over it.
    from banmian.blocks.page import _first_lines_to_body
    from banmian.model import Block, Line

    def block(kind, frame, *texts):
        lines = tuple(Line(text=t, start=0, end=len(t), line_no=k + 1) for k, t in enumerate(texts))
        return Block(kind, lines, frame, text=texts[0] if kind is BlockKind.TITLE else "")

    blocks = [block(BlockKind.BODY, 0, "老馆员李大姐在留言簿上", "写道：“愿每个孩子都能在这", "里找到喜欢的书，愿书香伴他", "们长大。”"),
              block(BlockKind.TITLE, 1, "一张小小的借书证，背后"),
              block(BlockKind.TITLE, 2, "藏着哪些往事呢？"),
              block(BlockKind.BODY, 3, "走进宽敞明亮的阅览室，"),
              block(BlockKind.BODY, 4, "孩子和老人坐在书桌前安静地", "看书，书架上的新书码放得整", "整齐齐。")]
    assert [b.kind for b in _first_lines_to_body(blocks, (13.0,))] == [BlockKind.BODY] * 5


def test_classify_blocks_kicker_over_a_tagged_headline_after_a_credit_and_photo_title_stays_a_title():
    # Credit first, then the photo's title, then a line with clauses over a headline its column's
    # name closes, in one frame (…迈出坚实步伐 / 共建宜居新城（奋斗新时代）): the next story's
    # kicker, not the photo's caption.
    rest = "\n".join(wrap_column(["开着车从新城出发，不到半小时就到了老城的菜市场，沿途的新楼一幢接一幢，街道干净整洁。"], 14))
    page = (f"{TWO_PARAGRAPHS_OF_TEXT}\n\n本报记者 李 明摄\n\n秋韵\n\n开局良好，进展顺利，全县新区建设迈出坚实步伐\n"
            f"共建宜居新城（奋斗新时代）\n\n{rest}\n")
    assert _kinds(page) == [BlockKind.BODY, BlockKind.BYLINE, BlockKind.TITLE, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_frame_of_kicker_and_headline_over_a_paragraph_is_titles():
    # One frame holds a kicker led by its dash to a headline, both with commas (…连续三年下降，
    # / 专家呼吁—— / 节约用水，守护城市水源), after finished text and over a paragraph's first
    # line at the indent: the story's kicker and headline, not text.
    rest = "\n".join(wrap_column(["县水务局10月15日发布今年的用水报告，全县用水总量比去年下降了一成，节水工作取得明显成效。"], 14))
    page = f"{TWO_PARAGRAPHS_OF_TEXT}\n\n全县用水总量连续三年下降，\n专家呼吁——\n节约用水，守护城市水源\n\n{rest}\n"
    assert _kinds(page) == [BlockKind.BODY] + [BlockKind.TITLE] * 3 + [BlockKind.BODY]
    # a dash line last too is a section's opening inside a story, which runs on (…光耀中华—— / …讲话——)
    opening = "国旗，在秋风中飘扬——\n10时整，县长在广场上\n发表讲话——"
    assert BlockKind.TITLE not in _kinds(f"{TWO_PARAGRAPHS_OF_TEXT}\n\n{opening}\n\n{rest}\n")
    # nor is a frame a lead opens (本报讯 …), whatever dash follows it
    lead = "本报讯 10月8日下午，县里的\n志愿者们走进社区，是一种陪伴——\n让老人们感受到温暖"
    assert BlockKind.TITLE not in _kinds(f"{TWO_PARAGRAPHS_OF_TEXT}\n\n{lead}\n\n{rest}\n")
    # Over a staff byline and a lead, after text stopped mid-sentence (it goes on in a frame
    # drawn later), the frame heads the story all the same.
    cut = "\n".join(wrap_column(["县里的老人们围坐在一起，说起这些年村里的变化，大家都说：“从电视上看到家乡的新面貌"], 14)[:2])
    signed = "\n".join(wrap_column(["本报讯 10月15日，" + "县水务局发布今年的用水报告，全县用水总量比去年下降了一成。"], 14))
    kinds = _kinds(f"{TWO_PARAGRAPHS_OF_TEXT}\n\n{cut}\n\n全县用水总量连续三年下降，\n专家呼吁——\n节约用水，守护城市水源\n\n■记者 王 明\n\n{signed}\n")
    assert kinds[-6:] == [BlockKind.BODY] + [BlockKind.TITLE] * 3 + [BlockKind.BYLINE, BlockKind.BODY]


def test_classify_blocks_text_leading_with_a_dash_to_a_headline_is_its_kicker():
    # Two lines of sentences that lead with a dash (…修水池，终于——) right before a headline in
    # a frame of its own: the headline's kicker, though it holds a full stop.
    rest = "\n".join(wrap_column(["走进村子，家家户户的水龙头里流出了清甜的自来水，乡亲们再也不用跑几里路去挑水了。"], 14))
    page = f"山上的老井干了以后，村民每天要下山挑水。为了\n引水进村，大家一起挖沟、铺管，终于——\n\n清水流进山村来\n\n{rest}\n"
    assert _kinds(page) == [BlockKind.TITLE] * 3 + [BlockKind.BODY]
    # a paragraph that ends inside the frame (…老传统。 / 图书馆里，…) is text, over its story's
    # headline drawn after it
    para = "是的，读书是县里的老传统。\n图书馆里，一张张借书卡就是最\n好的证明——"
    kinds = _kinds(f"{TWO_PARAGRAPHS_OF_TEXT}\n\n{para}\n\n书香满城 代代相传\n\n{rest}\n")
    assert kinds[:2] == [BlockKind.BODY, BlockKind.BODY] and kinds.count(BlockKind.TITLE) == 1


def test_classify_blocks_comma_line_alone_opening_the_page_is_a_title():
    # A line alone in its frame that opens the page's stream, a comma in it but no sentence's
    # or clause's end (走过家门口，我们无比自豪): no text opens a page so, a headline does.
    page = "第5版 要闻\n\n走过家门口，我们无比自豪\n\n" + COLUMN_OF_FINISHED_TEXT
    assert [k for k in _kinds(page) if k is not BlockKind.FURNITURE][:2] == [BlockKind.TITLE, BlockKind.BODY]
    # a line ending on a comma is a sentence going on elsewhere
    page = "第5版 要闻\n\n走过家门口的时候，我们都说，\n\n" + COLUMN_OF_FINISHED_TEXT
    assert BlockKind.TITLE not in _kinds(page)


def test_classify_blocks_line_closing_a_frame_inside_a_word_the_next_frame_finishes_is_text():
    # A short run's last line, no mark in it, stops inside a word (…党委副书) that the next
    # frame, text at its full width, finishes (记李明说，…): a paragraph's first line, not a
    # headline closing the run.
    rest = "\n".join(wrap_column(["记李明说，“最大的变化是检查少了，同类检查一年只来一次，材料也不用反复报送。”"], 13, indent=0))
    page = f"检查变少了\n基层轻松了\n“今年感觉大不一样。”\n青石县北山乡湾头村党委副书\n\n{rest}"
    assert BlockKind.TITLE not in _kinds(page)


def test_classify_blocks_lines_after_unfinished_text_over_a_wide_dash_subheadline_are_a_headline():
    # Text stopped mid-sentence (it goes on elsewhere), then two lines the first of which is
    # set to its column less the indent, as the sentence going on in a new paragraph would
    # be, then a line opening with a dash far wider than the column: a subheadline, so the
    # lines over it are its headline, not the sentence going on.
    rest = "\n".join(wrap_column(["全县今年新建村级便民服务站四十余个，群众办事不出村的比例明显上升。"], 13))
    page = f"{UNFINISHED}\n\n让县乡治理工作更好服务\n群众和全县发展大局\n\n——专家解读《青川县基层治理工作办法（试行）》\n\n{rest}\n"
    assert _kinds(page) == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]


def test_classify_blocks_frame_set_to_a_narrow_column_closed_by_its_column_name_is_a_headline():
    # A headline wrapped in its story's one narrow column, in a frame of its own before the
    # jump: no sentence ends in it, and its last line closes with its column's name.
    body = "\n".join(wrap_column(["全县今年以来多措并举扶持中小企业发展，企业信心明显增强，产值稳步回升。"] * 3
                                 + ["据介绍，一是减免租金落到实处，二是信贷"], 10))
    page = f"{body}\n\n全县一到九月份工业产\n值同比增长百分之十，\n县域经济持续回暖势头\n不改（权威发布）\n\n（下转9版）\n"
    assert _kinds(page) == [BlockKind.BODY] + [BlockKind.TITLE] * 4 + [BlockKind.CONTINUATION]
    # an abbreviation in brackets ends a line of text, not a headline
    text = f"{body}\n\n全县一到九月份工业产\n值同比增长百分之十，\n数据参照世界银行和国\n际组织（IMF）\n\n（下转9版）\n"
    assert _kinds(text) == [BlockKind.BODY, BlockKind.BODY, BlockKind.CONTINUATION]
    # nor does a list in brackets (…三个片区（东部、西部）)
    text = f"{body}\n\n全县一到九月份工业产\n值同比增长百分之十，\n增速领先的是三个\n片区（东部、西部）\n\n（下转9版）\n"
    assert BlockKind.TITLE not in _kinds(text)
    # a headline closing on its one cry before the column's name (…通车了！（交通观察）)
    cry = f"{body}\n\n山区群众盼了多年的\n“致富路”，通车了！\n（交通观察）\n\n（下转9版）\n".replace("！\n（", "！（")
    assert _kinds(cry) == [BlockKind.BODY] + [BlockKind.TITLE] * 2 + [BlockKind.CONTINUATION]
    # but not a speech's last cry over the dispatch's note
    from banmian.blocks.page import _cry_before_name
    assert _cry_before_name(_lines_of("为全县的明天，", "干杯！（新华社青川9月30日电）")) is False
    assert _cry_before_name(_lines_of("“致富路”，", "通车了！（交通观察）")) is True


def test_classify_blocks_lead_broken_over_short_lines_under_a_headline_is_text():
    # A dispatch's lead broken after its month (本报某地10月 / 18日电 （记者…）…), its lines
    # short of the column and holding commas, right under the headline: text, not more title.
    page = ("县图书馆新馆开馆\n\n本报青石10月\n18日电  （记者王明）当\n地时间10月18日，县图\n\n"
            "书馆新馆正式向读者开放，\n首日接待读者三千多人次。\n")
    assert _kinds(page) == [BlockKind.TITLE, BlockKind.BODY, BlockKind.BODY]


def test_lines_opening_with_words_that_carry_a_paragraph_on_are_never_a_title():
    # Three lines with commas, cut off mid-word where the column ends (…全面完成五年规), over
    # a box of key points that opens another story: text, its sentence going on elsewhere.
    story = "\n".join(wrap_column(["近年来，全县一块一块地平整坡地、修好沟渠，种地的条件比从前好了许多。"], 14))
    box = "核心阅读\n" + "\n".join(wrap_column(["今年全县又平整了三万亩坡地，麦子亩产比去年多了一成，种粮户腰包鼓了。"], 14, indent=0))
    for opening, title in (("据了解，", False), ("", True)):
        middle = f"{opening}全县今年已建成\n高标准农田三万亩，明年\n还将新建两万亩，全面完成"
        blocks = classify_blocks(group_frames(read_lines(SourceText(text=f"{story}\n\n{middle}\n\n{box}\n"))))
        kinds = {b.lines[0].text: b.kind for b in blocks}
        assert (kinds[middle.splitlines()[0]] is BlockKind.TITLE) is title


def test_a_line_over_a_staff_byline_and_a_lead_is_a_headline_after_text_stopped_mid_sentence():
    # Text that stops mid-sentence, then a line alone in its frame, a staff byline and a
    # lead: the lead opens another story, so the sentence goes on elsewhere and the line, for
    # all its comma, is that story's headline.
    story = "\n".join(wrap_column(["近年来，县城的路越修越宽，车越来越多，晚上出门散步的人也多了起来，另一方面，随着县城"], 13))
    lead = "\n".join(wrap_column(["本报讯 夜深了，环卫工人还在街头清扫，公交司机还在跑最后一趟车，他们守护着县城的夜晚。"], 13))
    for line, title in (("谢谢你，县城的守夜人", True), ("谢谢你，县城的守夜人。", False)):
        blocks = classify_blocks(group_frames(read_lines(SourceText(text=f"{story}\n\n{line}\n\n■记者 高 洁\n\n{lead}\n"))))
        kinds = {b.lines[0].text: b.kind for b in blocks}
        assert (kinds[line] is BlockKind.TITLE) is title


def test_a_column_name_alone_on_its_line_closes_the_headline_opening_a_frame():
    # The extractor glued a headline, its column's name on a line of its own, over the first
    # lines of the next story's text. Its kicker and headline happen to run the column's
    # width, as text would; the name alone on its line says they are titles.
    from banmian.blocks.frame import classify_frame
    from banmian.model import Frame, Line
    texts = ["“乡村好人”李大山——", "扎根山村守护学生", "（身边的感动·教育篇）", "这是一个普通的秋日——",
             "2019年9月20日，是山", "村小学建校六十周年，", "也是他从教的第四十年。"]
    lines, pos = [], 0
    for i, t in enumerate(texts):
        lines.append(Line(text=t, start=pos, end=pos + len(t), line_no=i + 1))
        pos += len(t) + 1
    blocks = classify_frame(Frame(lines=tuple(lines), index=0), widths=(11.0,))
    assert [b.kind for b in blocks[:3]] == [BlockKind.TITLE] * 3
    assert all(b.kind is not BlockKind.TITLE for b in blocks[3:]) and blocks[3].lines[-1].text == texts[-1]
    # a lead's reporters in brackets, or a note in brackets on its own line inside a sentence
    # with commas, name no column: the frame stays text
    for texts in (["本报东山10月9日电", "（记者李大山、王小川）", "全县秋季运动会9日在", "县体育场开幕，两千多"],
                  ["近日，县农业局、县财", "政局印发《县级农业产", "业发展奖补办法》", "（以下简称《办法》）", "提出，今后五年每年安"]):
        lines = [Line(text=t, start=0, end=len(t), line_no=i + 1) for i, t in enumerate(texts)]
        blocks = classify_frame(Frame(lines=tuple(lines), index=0), widths=(11.0,))
        assert all(b.kind is not BlockKind.TITLE for b in blocks)


def test_classify_blocks_mark_free_lines_opening_the_page_are_a_title():
    # A few lines that open the page's stream and hold no comma or sentence mark at all
    # (…十八载 风劲正是扬帆时 / 江城新区：发挥…优势 / …示范区), though set to the column's
    # width: no paragraph runs so long without a mark, a headline does.
    page = ("第5版 要闻\n\n秋风送爽再出发 共绘发展新画卷\n江城新区：发挥“交通枢纽”优势\n全力打造中部地区创新发展示范区\n\n"
            + "\n".join(wrap_column(["从曾经的“鱼米之乡”，到今日的“枢纽新城”，江城新区的变化令人赞叹。"], 15)))
    assert [k for k in _kinds(page) if k is not BlockKind.FURNITURE][:4] == [BlockKind.TITLE] * 3 + [BlockKind.BODY]
    # a page's first lines that sign a compilation's section stay with its text
    page = ("第5版 要闻\n\n用全媒体扩大主流价值影响\n江城市新闻工作者协会党组\n成员、书记处书记  吴  兢\n\n"
            + "\n".join(wrap_column(["全媒体时代，如何抓住机遇、破解挑战？我们需要守正创新。"], 15)))
    assert BlockKind.TITLE not in _kinds(page)


@pytest.mark.parametrize("line, nxt, text", [
    ("县城不仅能够孕育发展的可能", "性，而且能够把这种可能性变成现实。", True),  # 可能 / 性 is one word
    ("县城建设的新成就", "此外，县里还新建了三座公园。", False),  # a paragraph opens on a whole word
    # a line with a comma, the text under it going on at the full column (新一 / 轮)
    ("当今时代，以新技术为代表的新一", "轮科技革命给县城建设带来深刻变革。", True),
])
def test_classify_blocks_title_line_whose_word_the_next_frame_finishes_is_text(line, nxt, text):
    # The extractor cut a text's first line off into a frame of its own under the titles,
    # where it passes the title test; the next frame opens on the rest of its last word and
    # a comma.
    page = (f"县城建设的步伐不可阻挡\n（田间谈）\n\n——县城建设启示录③\n\n{line}\n\n"
            + "\n".join(wrap_column([nxt + "县里坚持规划先行，一批民生项目陆续建成投用，群众的获得感越来越强。"], 14, indent=0))
            + "\n\n" + "\n".join(wrap_column(["县里有关负责人表示，下一步将继续完善县城功能，加快补齐教育、医疗等方面的短板。"], 14))
            + "\n")
    kinds = {b.lines[0].text: b.kind for b in classify_blocks(group_frames(read_lines(SourceText(text=page))))}
    assert (kinds[line] is BlockKind.BODY) is text


def test_classify_blocks_column_lines_a_word_runs_through_are_text_from_the_last_up():
    # A caption's lines cut into a frame of their own, each passing the title test, a word
    # running over each break (…通用航空飞 / 行大会…开 / 幕。…): all text, the lower line read
    # as text first so that the one above it goes on into text too.
    page = ("10月20日，跳伞表演队在飞行大\n会上进行跳伞表演。\n\n2019河东县国际通用航空飞\n行大会20日在县城东郊机场开\n\n"
            "幕。大会举行了为期3天的飞行特技表\n演，同时静态展出各类飞行器。\n\n新华社记者 王 刚摄\n")
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=page))))
    assert BlockKind.TITLE not in {b.kind for b in blocks}


def test_classify_blocks_kicker_after_a_notice_closed_by_its_date_is_a_title():
    # [a notice's text, its issuer and date alone on their lines, a kicker leading with a
    # dash, a headline, text without a lead]: the date finishes the notice, so the kicker is
    # no words its sentence lacks.
    notice = "\n".join(wrap_column(["县人大常委会决定接受张某某辞去县人大代表职务。特此公告。"], 15))
    text = (f"{notice}\n某某县人大常委会\n2019年3月8日\n\n各乡镇开展关爱老人志愿活动——\n\n秋日暖阳 情系老人\n\n"
            + "\n".join(wrap_column(["重阳节前后，各地社区纷纷组织志愿者走进老人家中，送去节日的祝福，陪老人聊天、打扫卫生、"
                                      "包饺子，让老人过一个温暖的节日。", "不少社区还为老人举办了文艺演出和健康讲座，邀请"
                                      "医生为老人量血压、测血糖，讲解秋冬季节的养生知识。"], 15)) + "\n")
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=text))))
    assert {b.text: b.kind for b in blocks}["各乡镇开展关爱老人志愿活动——"] is BlockKind.TITLE


@pytest.mark.parametrize("last, caption", [("热潮在全县各个乡镇持续升温", True), ("全民健身 乐在其中（体育）", False)])
def test_classify_blocks_caption_drawn_after_its_credit_keeps_its_wrapped_last_line(last, caption):
    # [the photo's credit, its title, its caption: a line across columns stopping mid-word and
    # its wrapped last line in the same frame, then the next story's headline and text]: the
    # last line, no clause left in it, is the caption's; not a line its column's name closes.
    story = "\n".join(wrap_column(["县里今年新建了十座体育公园，市民在家门口就能健身，公园里设有跑道、球场和儿童游乐区。",
                                   "据介绍，明年全县还将新建五座体育公园，让更多群众享受到运动的乐趣。"], 14))
    text = (f"■摄影 王 五\n\n健身热\n\n随着全民健身活动广泛开展，城乡体育设施日益完善，健身\n{last}\n\n"
            f"家门口的体育公园\n\n{story}\n")
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=text))))
    kinds = {b.lines[0].text: b.kind for b in blocks}
    assert (kinds[last] is BlockKind.BODY) is caption
    assert kinds["家门口的体育公园"] is BlockKind.TITLE


def test_classify_blocks_kicker_after_a_photo_title_is_no_caption_when_the_caption_stands_above_its_credit():
    # [a caption and its credit in one frame, the photo's title, then the next story's kicker
    # (a clause in it) over its headline, then its text]: the caption is above the credit, so
    # the kicker is no caption line drawn after the credit.
    story = "\n".join(wrap_column(["近日，县里发布了今年的就业报告，报告对高校毕业生的就业去向、行业分布和收入水平进行了调查。",
                                   "报告显示，县内企业吸纳毕业生的人数比去年增加了两成。"], 14))
    kicker = "县人社局、县统计局和几家企业联合发布"
    text = (f"近日，县城南湖公园举办菊花展，市民们在花丛中拍照留念，尽享秋日美景。 本报\n记者 王 五摄\n\n秋韵\n\n"
            f"{kicker}\n《2019县域就业报告》\n\n{story}\n")
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=text))))
    assert {b.text: b.kind for b in blocks}[kicker] is BlockKind.TITLE


def test_classify_blocks_notice_heading_and_its_number_are_titles():
    # [text, a notice's heading set to the column's width, its number in a frame of its own,
    # the notice's text]: the number is no line of a subheading wrapped in the column.
    before = "\n".join(wrap_column(["本报讯 县里今年新建了十座体育公园，市民在家门口就能健身，公园里设有跑道、球场和儿童游乐区。"], 15))
    notice = "\n".join(wrap_column(["根据有关规定，现将全县二〇一九年度县级文物保护单位名单予以公布。", "特此公告。"], 15))
    text = f"{before}\n\n某县人民代表大会常务委员会公告\n\n［十三届］第五号\n\n{notice}\n"
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=text))))
    kinds = {b.text: b.kind for b in blocks}
    assert kinds["某县人民代表大会常务委员会公告"] is BlockKind.TITLE
    assert kinds["［十三届］第五号"] is BlockKind.TITLE


def test_classify_blocks_lines_over_a_dash_subheadline_and_a_byline_are_a_headline():
    # Two lines set to a column's width as text would be, no sentence's or clause's end in
    # them, over a dash subheadline and a staff byline with its lead (…如何在乡村振兴中 / 唱好
    # 主角 / ——对…的几点观察 / ■记者 …): the story's headline, in a narrow column.
    lead = "\n".join(wrap_column(["本报讯 10月8日下午，县里召开乡村振兴工作推进会，总结前三季度的工作，部署下一阶段的任务。"], 14))
    page = (f"{TWO_PARAGRAPHS_OF_TEXT}\n\n村支部，如何在乡村振兴中\n唱好主角\n\n——对部分乡镇村级组织工作的几点观察\n\n"
            f"■记者 王 明\n\n{lead}\n")
    assert _kinds(page) == [BlockKind.BODY] + [BlockKind.TITLE] * 3 + [BlockKind.BYLINE, BlockKind.BODY]
    # a paragraph's closing lines over them, finishing a sentence, stay text
    closing = page.replace("唱好主角", "唱好主角。")
    assert _kinds(closing)[1] is BlockKind.BODY


def test_classify_blocks_kicker_at_a_first_lines_width_in_a_tagged_frame_over_a_lead_is_a_title():
    # A frame of two lines closed by its column's name, its first line happening to measure a
    # paragraph's first line (the column less the indent), right over a lead: a kicker and its
    # headline, not a paragraph's opening.
    lead = "\n".join(wrap_column(["本报讯 10月21日，“看，这就是县里新开通的公交线路！”在公交总站，市民们排起了长队，争相体验。"], 14))
    frame = "全县首批新能源公交车上路\n公交，“新”在哪里（县城新事）"
    assert _kinds(f"{TWO_PARAGRAPHS_OF_TEXT}\n\n{frame}\n\n{lead}\n") == [
        BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]
    # over text that opens no story it stays a paragraph's opening
    rest = "\n".join(wrap_column(["线路覆盖全县十二个乡镇，首末班时间与城区公交一致，票价维持两元不变。"], 14, indent=0))
    assert BlockKind.TITLE not in _kinds(f"{TWO_PARAGRAPHS_OF_TEXT}\n\n{frame}\n\n{rest}\n")


def _kinds_before_jump(text: str, lines: list) -> list:
    """The kinds _headlines_before_jumps gives ``text`` (set 18 ems wide, stopped mid-sentence),
    a frame of ``lines`` after it and a （下转10版） after them."""
    from banmian.blocks.furniture import parse_continuation
    from banmian.blocks.page import _headlines_before_jumps
    from banmian.model import Block

    prev = Block(BlockKind.BODY, _lines_of(*wrap_column([text], 18)), 1)
    jump = Block(BlockKind.CONTINUATION, _lines_of("（下转10版）"), 3, continuation=parse_continuation("（下转10版）"),
                 text="（下转10版）")
    return [b.kind for b in _headlines_before_jumps([prev, Block(BlockKind.BODY, _lines_of(*lines), 2), jump])]


def test_headlines_before_jumps_reads_short_lines_between_unfinished_text_and_its_jump_as_its_headline():
    # Text stopped mid-sentence (it jumps to another page), then two lines short of its column
    # that fit one as a paragraph's opening would, then （下转10版）: the headline drawn after it.
    text = ("县里今年秋粮收购工作提前谋划，各收购网点已全部完成设备检修，收购资金也已落实到位，"
            "县粮食局还组织人员深入各乡镇，宣传今年的收购政策，帮助农民算好收入账，")
    assert _kinds_before_jump(text, ["县里召开秋粮收购和储备工作会议、", "部署加工运输等各项工作任务安排"]) == [
        BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.CONTINUATION]
    # a programme's entry, a time of day in it, is no headline
    assert BlockKind.TITLE not in _kinds_before_jump(text, ["14:00-17:00秋粮收购政策解读", "专家讲座"])
    # nor are lines that fill the column: the text's own last lines before its jump
    full = wrap_column(["各乡镇也要做好秋粮收购和储备的各项准备工作安排好运输"], 18, indent=0)
    assert BlockKind.TITLE not in _kinds_before_jump(text, full)


def test_headlines_before_jumps_reads_a_headline_its_column_name_closes():
    # The headline drawn after text stopped mid-sentence may close on its column's name, a
    # comma in its words: those words finish nothing, the name after them is no clause's end.
    text = ("县里今年新开的三条公交线路运行平稳，乘客满意度调查也已完成，县交通局还组织人员深入各乡镇，"
            "听取群众对线路走向的意见，看班次，")
    assert _kinds_before_jump(text, ["县城首批新能源公交车上路", "新线路，“新”在哪里（县城新事）"]) == [
        BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.CONTINUATION]
    # a line of text closing on a note in brackets after a clause is no headline's
    assert BlockKind.TITLE not in _kinds_before_jump(text, ["县城首批新能源公交车上路", "新线路运行，（见图）"])


def test_source_note_tails_to_body_reads_the_rest_of_a_broken_note_as_text():
    # 数据来源： broken over frames: the short line after it finishing the source's name is the
    # note's, not a headline; a headline after a whole note stays one.
    text = "\n".join(wrap_column(["全县今年共建成各类农业合作社四十余家，带动农户增收明显，合作社的产品也走进了城里的超市。"], 14))
    broken = f"{text}\n\n数据来源：县农业发展\n\n投资有限公司\n\n"
    assert _kinds(broken)[-1] is BlockKind.BODY
    whole = f"{text}\n\n数据来源：县农业农村局\n\n小小合作社 富了一方人\n\n"
    assert _kinds(whole)[-1] is BlockKind.TITLE


def test_dashed_kickers_over_tagged_headlines_read_a_long_kicker_and_its_headline_as_titles():
    # One frame: a kicker of whole sentences leading with a dash to its headline, which its
    # column's name closes, above a story's text: titles, not a paragraph.
    frame = ("老井的水又咸又浑，村里人将就了许多年。为了这一口好水，大家挖沟渠、铺水管，\n"
             "忙了一整年，终于——\n"
             "清水流进了家门（乡村新事）")
    body = "\n".join(wrap_column(["拧开龙头就有干净的水，村里的老人们说，这是他们盼了大半辈子的好日子。"], 14))
    kinds = _kinds(f"{TWO_PARAGRAPHS_OF_TEXT}\n\n{frame}\n\n{body}\n")
    assert kinds[1:4] == [BlockKind.TITLE] * 3
    # without the column's name the last line may be the text's: the frame stays text
    plain = frame.replace("（乡村新事）", "，")
    assert BlockKind.TITLE not in _kinds(f"{TWO_PARAGRAPHS_OF_TEXT}\n\n{plain}\n\n{body}\n")


# A paragraph that finishes its sentence, set before the lines the tests below read.
FINISHED_PARAGRAPH = "今年以来，全区新建口袋公园十二个，改造老旧小区三十多个，加装电梯四十余部，修缮背街小巷二十条，居民出门有了更多好去处。"


def test_classify_blocks_notice_title_set_to_the_column_is_a_title():
    # A notice's title set to its column over its text: its first line measures a paragraph's
    # first line, but no paragraph of text ends without a mark.
    after = "为做好新区建设工作，更好服务新区开发建设，现面向社会公开招聘专业技术人员若干名，有关事项公告如下。"
    notice = _between(FINISHED_PARAGRAPH, "某某新区管理委员会面\n向社会公开招聘人员的公告", after, 12)
    assert _kinds(notice) == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]
    # lines set so that name no notice stay text
    other = _between(FINISHED_PARAGRAPH, "某某新区管理委员会面\n向社会公开招聘人员的情况", after, 12)
    assert BlockKind.TITLE not in _kinds(other)


def test_classify_blocks_dash_subheadline_under_a_headline_is_a_title():
    # A subheadline wrapped to the column in a frame of its own under its headline, a clause in
    # it: titles, not a paragraph (no story's text opens on a dash).
    titles = ("走进基层 服务群众\n\n——各地各部门坚持群众需求\n导向，惠民实事不断落地见效\n\n"
              "“全国模范”某某某——\n半辈子，扎根山村守护一方\n（乡村守望者风采录）")
    page = (_between(FINISHED_PARAGRAPH, titles, "", 13).rstrip()
            + "\n\n■记者 张 三\n\n本报讯 10月8日，县里召开惠民实事推进会，\n安排下一步的重点任务。\n")
    assert _kinds(page)[:3] == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE]


def test_classify_blocks_lone_line_before_a_headline_broken_inside_its_column_name_is_a_title():
    # A line measuring a paragraph's first line, then a headline broken over two frames inside
    # its column's name: the line heads a story of its own, no paragraph goes on in a headline.
    after = "本报讯 在庆祝活动现场，来自各地的群众代表欢聚一堂，共同见证这一重要时刻，现场气氛热烈，掌声经久不息，大家纷纷表示备受鼓舞。"
    page = _between(FINISHED_PARAGRAPH, "全区老旧小区改造工作推进会召开\n\n山河壮美，盛世华章（晨光论坛\n\n·聆听岁月的足音）", after, 17)
    assert _kinds(page) == [BlockKind.BODY] + [BlockKind.TITLE] * 3 + [BlockKind.BODY]


@pytest.mark.parametrize("kicker, kind", [
    ("县交通运输局：", BlockKind.TITLE),  # who acts, over the headline: its kicker
    ("局长这样表示：", BlockKind.BODY),  # words leading into what follows: a sentence's
    ("某某大学党委书记张某某：", BlockKind.BODY),  # an office and a name: a speech's signature
])
def test_classify_blocks_name_and_colon_over_a_headline(kicker, kind):
    page = "\n".join(wrap_column([FINISHED_PARAGRAPH], 17)) + f"\n\n{kicker}\n\n年底前城乡公交\n\n通达所有行政村\n\n（下转3版）\n"
    assert _kinds(page)[1] is kind


def test_classify_blocks_first_line_alone_before_titles_its_sentence_goes_on_past_is_text():
    # A paragraph's first line alone in its frame, then another story's headline drawn beside
    # the text, then the sentence going on at the full column: the line is text, the headline
    # stands inside its story's text.
    finished = "\n".join(wrap_column([FINISHED_PARAGRAPH], 14))
    rest = "\n".join(wrap_column(["和充电难等问题，将新建停车场三处，增加车位六百个，年底前全部投用。"], 14, indent=0))
    page = f"{finished}\n\n街道表示，针对小区停车难\n\n县图书馆新馆正式开馆（文化视窗）\n\n{rest}\n"
    assert _kinds(page) == [BlockKind.BODY, BlockKind.BODY, BlockKind.TITLE, BlockKind.BODY]
    # text after the headline that opens afresh leaves the line a title of its own
    fresh = "\n".join(wrap_column(["全区将新建停车场三处，增加车位六百个，年底前全部投用，方便居民停车。"], 14, indent=0))
    page = f"{finished}\n\n街道表示，针对小区停车难\n\n县图书馆新馆正式开馆（文化视窗）\n\n{fresh}\n"
    assert _kinds(page)[1] is BlockKind.TITLE


def test_classify_blocks_line_after_a_photo_caption_its_credit_closes_is_a_title():
    # A headline set to a column's width less the indent, right after a photo's caption its
    # credit closes: the next story's headline, not a paragraph's first line.
    caption = ("今年以来，全区新建口袋公园十二个，改造老旧小区三十多个，加装电\n"
               "梯四十余部，居民出门有了更多好去处。图为城东新建的口袋公园。 本报记者 张  三摄")
    text = "\n".join(wrap_column(["社区是服务群众的最后一公里，街道今年为每个社区配齐了服务专员，群众办事不出小区就能办好。"], 14, indent=0))
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=f"{caption}\n\n扎实推进社区服务提质增效\n\n{text}\n"))))
    kinds = {b.lines[0].text: b.kind for b in blocks}
    assert kinds["扎实推进社区服务提质增效"] is BlockKind.TITLE
    # after finished text instead, the same line is the paragraph's first line
    assert BlockKind.TITLE not in _kinds(f"{TWO_PARAGRAPHS_OF_TEXT}\n\n扎实推进社区服务提质增效\n\n{text}\n")


# A compilation whose sections each open with a label ended by a dash over the section's
# heading in a frame of its own, each section's text closed by the note of who recorded it.
HEADED_SECTIONS = ("走在长安街上，心里很自豪\n\n东城区某社区舞蹈队队员王\n秀兰——\n\n满心欢喜化作一句话\n\n"
                   "“祖国万岁！”挥舞着彩色的丝带，\n她和队友们走过了天安门广场。\n\n"
                   "（本报记者  李  明）\n某市消防救援支队特勤站站长\n赵建国——\n\n无愧青春无愧家国\n\n"
                   "“今天，我和战友们一起走过天安门，\n心里充满了自豪。”他说。\n\n"
                   "（本报记者  周  平）\n城南小学合唱团领唱\n刘小雨——\n\n把好听的歌儿唱给家乡\n\n"
                   "“我要把最好听的歌唱给祖国\n听。”她笑着说。\n\n（本报记者  吴  凡）\n")


def test_classify_blocks_dashed_labels_over_headings_of_their_own_are_text():
    kinds = _kinds(HEADED_SECTIONS)
    assert kinds[0] is BlockKind.TITLE and BlockKind.TITLE not in kinds[1:]
    # the heading in the label's frame, a comma in it
    kinds = _kinds(HEADED_SECTIONS.replace("秀兰——\n\n满心欢喜化作一句话", "秀兰——\n满心欢喜，化作一句话"))
    assert kinds[0] is BlockKind.TITLE and BlockKind.TITLE not in kinds[1:]
    # with no note closing the sections, labels and headings are kickers over headlines
    bare = HEADED_SECTIONS
    for name in ("李  明", "周  平", "吴  凡"):
        bare = bare.replace(f"（本报记者  {name}）\n", "\n")
    assert BlockKind.TITLE in _kinds(bare)[1:]


def test_heading_glued_over_its_text_is_the_only_title():
    # A section's heading over the first lines of its text in one frame, the text's first line a
    # quotation with no clause mark (and a word running over into the next line): only the
    # heading is a title, its text the section's (after a label and its dash, read as a title).
    column = "\n".join(wrap_column(["张三说，过去进城要走两个小时山路，如今坐车半小时就到，孩子上学也不用再起早贪黑。"], 14))
    page = ("全县群众热议家乡新变化\n\n本报讯 近日，记者走访了\n全县多个乡镇，听群众讲述身边\n的变化。\n（本报记者 王 五）\n"
            "城南镇居民张三——\n\n小镇的变化看得见\n“这几年镇上新修的公\n路通到了家门口，赶集、看\n病都方便多了！”\n\n"
            f"{column}\n")
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=page))))
    kinds = {l.text: b.kind for b in blocks for l in b.lines}
    assert kinds["小镇的变化看得见"] is BlockKind.TITLE
    assert kinds["“这几年镇上新修的公"] is kinds["病都方便多了！”"] is BlockKind.BODY


def test_classify_blocks_first_line_cut_off_above_a_byline_set_in_the_column_is_text():
    # The extractor cut a paragraph's first line into a frame of its own, and the story's
    # byline was drawn between it and the rest, which opens on the tail of the line's last
    # word (…由1个总系 / ■记者 高 洁 / 统、8个监测站…): the line is text going on, not a
    # headline over the byline.
    rest = "\n".join(wrap_column(["统、8个监测站组成，另有20台流动监测车在各乡镇巡回，水质和空气数据每小时更新一次。"], 11, indent=1))
    page = (f"{LEAD_TEXT}\n监测体系由1个总系\n\n■记者 高 洁\n\n{rest}\n")
    kinds = {b.lines[0].text: b.kind for b in classify_blocks(group_frames(read_lines(SourceText(text=page))))}
    assert kinds["监测体系由1个总系"] is BlockKind.BODY
    assert kinds["■记者 高 洁"] is BlockKind.BYLINE
    # A headline over the byline stays one when the text under it opens a paragraph.
    other = page.replace("统、8个监", "全县8个监")
    kinds = {b.lines[0].text: b.kind for b in classify_blocks(group_frames(read_lines(SourceText(text=other))))}
    assert kinds["监测体系由1个总系"] is BlockKind.TITLE


def test_classify_blocks_last_signed_heading_after_a_closing_note_before_a_jump_is_text():
    # The last section's heading and signature set in the frame of the note closing the section
    # before, then the compilation jumps to another page ((下转N版)): the section's opening.
    page = ("办好新时代的地方媒体（视点）\n\n"
            "诠释基层记者的本色\n王  雷（东方晨报编辑部主任）\n\n"
            "媒体融合要以用户为中心，把内容做精\n做深，让每一条新闻都能找到它的读者。\n"
            "我们用数据了解读者，也用故事打动读\n者，让新闻更有温度。\n\n"
            "（本报记者李明采访整理）\n讲好群众故事的新办法\n马来顺（电视剧《山路》主演）\n\n"
            "（下转5版）\n")
    kinds = {l.text: b.kind for b in classify_blocks(group_frames(read_lines(SourceText(text=page)))) for l in b.lines}
    assert kinds["讲好群众故事的新办法"] is BlockKind.BODY
    assert kinds["办好新时代的地方媒体（视点）"] is BlockKind.TITLE


def test_classify_blocks_frame_of_title_lines_over_a_sentences_end_is_text():
    # Three lines set to the column, no mark among them, over a frame opening on a word and a
    # full stop (…在某县 / 开幕。…): a sentence cut into frames, not a headline over text.
    lines = "2019湖城（东山）国\n际农业机械展览大会12\n日在江北省东山市湖城县"
    rest = "\n".join(wrap_column(["开幕。博览会为期3天，展出各类农业机械五百余台，吸引了来自全国各地的客商前来洽谈合作。"], 11, indent=0))
    column = "\n".join(wrap_column(["近年以来，以数字技术为依托的新一轮基层治理改革给传统社区服务带来明显变化。"], 11))
    kinds = {l.text: b.kind for b in classify_blocks(group_frames(read_lines(SourceText(
        text=f"{column}\n\n{lines}\n\n{rest}\n")))) for l in b.lines}
    assert kinds["2019湖城（东山）国"] is BlockKind.BODY and kinds["日在江北省东山市湖城县"] is BlockKind.BODY
    # A headline of one line (or parted by a phrase gap) may be drawn over text going on from
    # elsewhere: it stays a title.
    kinds = {l.text: b.kind for b in classify_blocks(group_frames(read_lines(SourceText(
        text=f"{column}\n\n“东山1”号 去远洋科考\n\n{rest}\n")))) for l in b.lines}
    assert kinds["“东山1”号 去远洋科考"] is BlockKind.TITLE


def test_classify_blocks_sections_signed_by_country_and_name_in_frames_of_their_own_are_text():
    # pdfminer.six draws a section's heading, its signature ((法国)某某·某某) and its text each as a
    # frame of its own; a heading may break over two frames (合作带来共同 / 繁荣).
    one = "\n".join(wrap_column(["我第一次来中国是在上世纪八十年代，那时街上跑的多是自行车，如今高铁四通八达，城市面貌焕然一新。"], 14))
    two = "\n".join(wrap_column(["两国企业的合作越来越紧密，从家电到新能源汽车，越来越多的产品走进了普通家庭，大家都从中受益。"], 14))
    page = (f"讲述亲历故事 见证发展成就（国际观察）\n\n中国的发展让世界受益\n\n（法国）让—皮埃尔·杜\n邦\n\n{one}\n\n"
            f"合作带来共同\n\n繁荣\n\n（韩国）金明洙\n\n{two}\n")
    kinds = {l.text: b.kind for b in classify_blocks(group_frames(read_lines(SourceText(text=page)))) for l in b.lines}
    assert kinds["讲述亲历故事 见证发展成就（国际观察）"] is BlockKind.TITLE
    assert all(kinds[t] is BlockKind.BODY for t in ("中国的发展让世界受益", "合作带来共同", "繁荣", "（韩国）金明洙"))
