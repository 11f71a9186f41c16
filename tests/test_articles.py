import pytest

from banmian.articles import assemble_articles, build_paragraphs, extract_dateline, inline_bylines
from banmian.blocks import classify_blocks
from banmian.frames import group_frames
from banmian.lines import read_lines
from banmian.model import Byline, Line, SourceText

from pagekit import wrap_column

PARAS = [
    "本报讯 3月5日上午，全县春季植树活动在城东湿地公园举行。县领导与干部群众一起挥锹铲土、扶苗培土，共栽下各类苗木两千余株。",
    "近年来，我县坚持生态优先、绿色发展，累计完成造林面积1200亩，森林覆盖率提高到32.5%。",
    "县林业局负责人表示，今年将继续推进国土绿化行动，让城乡处处见绿。",
]


def _lines(texts):
    out, pos = [], 0
    for i, t in enumerate(texts):
        out.append(Line(text=t, start=pos, end=pos + len(t), line_no=i + 1))
        pos += len(t) + 1
    return out


def _title(text, frame):
    """A title block of one line, ``text``, in frame number ``frame``."""
    from banmian.model import Block, BlockKind
    return Block(BlockKind.TITLE, tuple(_lines([text])), frame, text=text)


def _norm(ps):
    return [p.replace(" ", "") for p in ps]


def _column(*paras):
    """Paragraphs set in a column 14 ems wide, as a page's text."""
    return "\n".join(wrap_column(list(paras), 14))


def _text_run(texts, frame, width=14):
    """One text frame: paragraphs set in a column ``width`` ems wide, in frame ``frame``."""
    from banmian.model import Block, BlockKind
    return [Block(BlockKind.BODY, tuple(_lines(wrap_column(texts, width))), frame)]


def _title_gap(lines, frame=5):
    """A gap of one-line title blocks, all in frame ``frame``."""
    from banmian.model import Block, BlockKind
    return [Block(BlockKind.TITLE, tuple(_lines([t])), frame, text=t) for t in lines]


# The text around a gap weighed as a subheading: a finished paragraph, then a quotation.
GAP_BEFORE, GAP_AFTER = _text_run(PARAS[1:], 1), _text_run(["“小书包、小台灯，孩子用的文具盒，这些东西都是在网上买的。”"], 6)


def block(kind, text, start, frame):
    """A one-line block of ``kind`` in frame ``frame``, its text starting at ``start``."""
    from banmian.model import Block
    return Block(kind, (Line(text=text, start=start, end=start + len(text), line_no=frame),), frame, text=text)


def test_build_paragraphs_rejoins_column_lines_at_several_widths():
    for width in (11, 13, 15, 17):
        lines = _lines(wrap_column(PARAS, width))
        assert _norm(build_paragraphs(lines)) == _norm(PARAS), width


def test_build_paragraphs_digit_wrap_is_no_paragraph_end():
    # The first line stops short after a full stop only because "2023年" did not fit.
    lines = _lines(["会上各行都作了通报。", "2023年全市金融工作情况良", "好，各行作了交流发言，大", "家表示赞同。"])
    assert len(build_paragraphs(lines, width=12)) == 1


def test_build_paragraphs_full_line_whose_digits_run_wide_ends_no_paragraph():
    # A sentence ends on a line an em and a half short of the column: its digits, set wider
    # than counted, kept the next character off it. The next line is not indented: the
    # paragraph goes on.
    lines = _lines(["今年以来，全县各乡镇抓紧", "全县新建高标准农田200亩。", "另有三千多亩农田正在抓紧建设", "之中，年底前全部完工。"])
    assert len(build_paragraphs(lines, width=14)) == 1
    # indented after it, a new paragraph opens
    lines = _lines(["今年以来，全县各乡镇抓紧", "全县新建高标准农田200亩。", "另有三千多亩正在抓紧建", "设之中，年底前全部完工。"])
    assert len(build_paragraphs(lines, width=14)) == 2


def test_build_paragraphs_line_after_a_full_sentence_end_whose_digits_run_wide_goes_on():
    # A full line ends a sentence; the next one, counted an em short for its digits, runs the
    # full column too: no indent, no new paragraph.
    lines = _lines(["今年以来，全县重点项目建", "设加快推进，各项目进展顺利。", "2019年1—9月完成投资1234万",
                    "元，同比增长一成以上，高于全", "市平均水平。"])
    assert len(build_paragraphs(lines, width=14)) == 1


def test_extract_dateline_forms():
    assert extract_dateline("本报讯 1月 12日下午，全市金融系统座谈交流会召开。") == "1月12日下午"
    assert extract_dateline("本报北京5月3日电 （记者 张璁）近日……") == "5月3日"
    assert extract_dateline("新华社北京9月30日电  （记者李明远）全市上下") == "9月30日"
    assert extract_dateline("本报讯 新年伊始，平湖招大引强脚步不停") is None
    assert extract_dateline("本报平湖1月12日讯 全市金融系统座谈交流会召开。") == "1月12日"
    assert extract_dateline("本报12日讯 全市金融系统座谈交流会召开。") == "12日"


def test_inline_bylines_in_first_paragraph():
    assert inline_bylines("本报北京5月3日电 （记者 张璁）近日，最高人民法院") == (Byline("记者", "张璁"),)
    assert inline_bylines("本报东京5月3日电 （记者王云松、刘军国）日本") == (
        Byline("记者", "王云松"), Byline("记者", "刘军国"))
    assert inline_bylines("本报讯（记者 高 洁 通讯员 全 峰）1月12日") == (Byline("记者", "高洁"), Byline("通讯员", "全峰"))
    assert inline_bylines("他说（记者会上）会议很好") == ()


def _assemble(text):
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=text))))
    return assemble_articles(blocks)


def test_assemble_articles_byline_before_body_title_after():
    a_body = "\n".join(wrap_column(PARAS[:2], 13))
    b_body = "\n".join(wrap_column(["本报讯 昨天，县图书馆新馆正式开馆，首日接待读者三千余人次。"], 13))
    text = f"■记者 高 洁\n\n{a_body}\n\n全县春季植树活动举行\n\n■记者 李 明\n\n{b_body}\n\n县图书馆新馆开馆\n"
    articles, unassigned, removed = _assemble(text)
    assert [a.titles[0].text for a in articles] == ["全县春季植树活动举行", "县图书馆新馆开馆"]
    assert [a.bylines for a in articles] == [(Byline("记者", "高洁"),), (Byline("记者", "李明"),)]
    assert not unassigned


def test_assemble_articles_byline_after_title_goes_with_that_title():
    a_body = "\n".join(wrap_column(PARAS[:1], 15))
    b_body = "\n".join(wrap_column(["本报讯 昨天，县图书馆新馆正式开馆，首日接待读者三千余人次。"], 15))
    text = (f"{a_body}\n\n全县春季植树活动举行\n\n■记者 高 洁\n\n{b_body}\n\n县图书馆新馆开馆\n\n"
            "■记者 李 明\n\n（下转2版）\n")
    articles, _, _ = _assemble(text)
    assert [a.bylines[0].name for a in articles] == ["高洁", "李明"]
    assert [a.continued_to for a in articles] == [None, 2]


def test_assemble_articles_titles_before_bodies_and_continued_from():
    a_body = "\n".join(wrap_column(PARAS, 12))
    b_body = "\n".join(wrap_column(["县图书馆新馆正式开馆，首日接待读者三千余人次。"], 12))
    text = f"全县春季植树活动举行\n\n■记者 高 洁\n\n{a_body}\n\n县图书馆新馆开馆\n\n（上接1版）\n\n{b_body}\n"
    articles, _, _ = _assemble(text)
    assert [a.titles[0].text for a in articles] == ["全县春季植树活动举行", "县图书馆新馆开馆"]
    assert articles[1].continued_from == 1
    assert articles[0].dateline == "3月5日上午"


def test_assemble_articles_no_body_leaves_text_unassigned():
    articles, unassigned, _ = _assemble("只有标题\n\n■记者 高 洁\n")
    assert articles == [] and len(unassigned) == 2


def test_assemble_articles_caption_keeps_the_credit_printed_on_its_line():
    # Photo caption: title, one wide line whose end holds the credit; then the next story,
    # whose title comes after its body. The credit stays with the caption it ends.
    story = "\n".join(wrap_column(PARAS[:2], 13))
    text = ("科普进校园\n\n孩子们在科技馆里观看机器人表演，不时发出阵阵惊叹。 本报记者 曹豪、莫倩芳摄\n\n"
            f"{story}\n\n全县春季植树活动举行\n")
    articles, unassigned, _ = _assemble(text)
    photo = articles[0]
    assert photo.kind.value == "photo" and [t.text for t in photo.titles] == ["科普进校园"]
    assert [b.name for b in photo.bylines] == ["曹豪", "莫倩芳"]
    assert len(photo.paragraphs) == 1 and photo.paragraphs[0].endswith("莫倩芳摄")
    assert not articles[1].bylines and articles[1].titles[0].text == "全县春季植树活动举行"
    assert not unassigned


@pytest.mark.parametrize("layout, names", [
    # the byline in a frame of its own between the two texts
    ("文化节开幕\n\n{lead}\n\n■记 者 陶东一\n通讯员 蔡瑶洁\n\n{plain}\n\n乒乓球友谊赛举行\n", ["陶东一", "蔡瑶洁"]),
    # the lead's headline drawn after its text, its byline glued by the extractor to the frame
    # of the text below, which has no lead: a reporter's byline goes with the lead
    ("{lead}\n\n文化节开幕\n\n■记者 陶东一\n{plain}\n\n乒乓球友谊赛举行\n", ["陶东一"]),
])
def test_assemble_articles_byline_between_two_stories_signs_the_one_with_a_lead(layout, names):
    lead = _column("本报讯 10月20日上午，第七届文化节在市民广场开幕，侗族大歌、苗族飞歌轮番上演。")
    plain = _column("为庆祝建校六十周年，学校举办了乒乓球友谊赛，师生们各显神通，比的不是胜负而是友谊。")
    articles, _, _ = _assemble(layout.format(lead=lead, plain=plain))
    assert [a.titles[0].text for a in articles] == ["文化节开幕", "乒乓球友谊赛举行"]
    assert [[b.name for b in a.bylines] for a in articles] == [names, []]


def test_assemble_articles_byline_glued_under_a_headline_drawn_after_its_text_signs_the_next_lead():
    # [story 1 with its byline and lead, its headline drawn after it glued in one frame to the
    # next story's byline, story 2's lead]: the byline is the lead's, not a second one of story 1.
    first = _column("本报讯 10月20日上午，第七届文化节在市民广场开幕，侗族大歌、苗族飞歌轮番上演，吸引市民驻足观看。")
    second = _column("本报讯 为庆祝建校六十周年，学校举办了乒乓球友谊赛，师生们各显神通，比的不是胜负而是友谊。")
    text = f"■记者 陶东一\n{first}\n\n文化节开幕\n■记者 林燕凯\n\n{second}\n\n乒乓球友谊赛举行\n"
    articles, _, _ = _assemble(text)
    assert [a.titles[0].text for a in articles] == ["文化节开幕", "乒乓球友谊赛举行"]
    assert [[b.name for b in a.bylines] for a in articles] == [["陶东一"], ["林燕凯"]]


def test_assemble_articles_headline_drawn_beside_another_goes_to_the_text_it_names():
    # Two headlines drawn together, then their two texts: each headline goes to its own.
    a = "\n".join(wrap_column(["本报贵阳10月24日电 贵州省政府日前印发实施意见，推动县域商业体系和乡村物流建设，提出打造一批商贸强县。"], 15))
    b = "\n".join(wrap_column(["新华社北京6月4日电 著名的水利工程专家林保和院士，因病于2019年6月4日在南京逝世，享年87岁。",
                              "林保和院士病重期间和逝世后，有关方面以不同方式表示慰问和哀悼。"], 15))
    text = f"贵州推动县域商业体系建设\n\n林保和院士逝世\n\n{a}\n\n{b}\n"
    articles, _, _ = _assemble(text)
    assert [[t.text for t in x.titles] for x in articles] == [["贵州推动县域商业体系建设"], ["林保和院士逝世"]]


@pytest.mark.parametrize("bylines, names", [
    ("■记者 林燕凯 通讯员 冯英轩\n\n■记者 贺 一", [["林燕凯", "冯英轩"], ["贺一"]]),
    # one frame: the byline closing one story and the one over the next story's lead, each
    # led by its own mark
    ("■记者 林燕凯\n■记者 贺 一", [["林燕凯"], ["贺一"]]),
])
def test_assemble_articles_two_bylines_side_by_side_sign_two_articles(bylines, names):
    a = _column("本报讯 10月3日，全市交通建设推进会召开，会议部署了今冬明春重点工程，确保年底前完成全年目标任务。")
    b = _column("本报讯 由市委宣传部主办的《影像辞典》今起在市电视台播出，全片共七十集，每集五分钟。")
    text = f"交通建设推进会召开\n\n{a}\n\n{bylines}\n\n《影像辞典》今起播出\n\n{b}\n"
    articles, _, _ = _assemble(text)
    assert [[x.name for x in art.bylines] for art in articles] == names


def test_assemble_articles_photo_credit_between_story_and_caption_signs_the_caption():
    story = "\n".join(wrap_column(PARAS * 3, 14))  # a story longer than any caption
    text = (f"全县春季植树活动举行\n\n{story}\n\n■摄影 王 强\n\n文化惠民\n\n"
            "近日，三友钹子书团队、民乐合奏团队在书馆为村民表演。\n")
    articles, _, _ = _assemble(text)
    assert [a.kind.value for a in articles] == ["article", "photo"]
    assert not articles[0].bylines and [b.name for b in articles[1].bylines] == ["王强"]


def test_assemble_articles_headline_ending_in_its_column_name_is_complete():
    # Two headlines that the extractor wrote as one block: the first is complete.
    a = "\n".join(wrap_column(["唯有不断创造新的服务环境优势，才能不断增强城市的吸引力和竞争力，让市场主体安心发展。"] * 2, 14))
    b = "\n".join(wrap_column(["培养爱农村的新型职业农民队伍，要通过教、选、训、奖、管，为乡村振兴提供人才保障。"] * 2, 14))
    text = f"{a}\n\n好的服务环境就是竞争力（人民时评）\n培养爱农村的新型职\n业农民队伍（新论）\n\n{b}\n"
    articles, _, _ = _assemble(text)
    assert ["".join(t.text for t in x.titles) for x in articles] == [
        "好的服务环境就是竞争力（人民时评）", "培养爱农村的新型职业农民队伍（新论）"]


def test_assemble_articles_headline_with_its_column_name_is_never_a_subheading():
    a = "\n".join(wrap_column(["全体居民共享城市更新成果，老旧小区焕然一新，处处体现着为群众办实事的工作导向。"] * 2, 14))
    # texts that share their words, as a subheading's two sides do
    b = "\n".join(wrap_column(["全体居民共享城市更新成果，要运用大数据推进社区治理，体现为群众办实事的工作导向。"] * 2, 14))
    text = f"城市更新要让居民得实惠（评论员观察）\n\n{a}\n\n大数据助力治理（新论）\n\n{b}\n"
    articles, _, _ = _assemble(text)
    assert [x.titles[0].text for x in articles] == ["城市更新要让居民得实惠（评论员观察）", "大数据助力治理（新论）"]


def test_side_short_lone_title_costs_more_over_a_story_than_over_a_caption():
    from banmian.articles import _side
    from banmian.model import Block, BlockKind
    title = Block(BlockKind.TITLE, (Line(text="文化惠民", start=0, end=4, line_no=1),), 0, text="文化惠民")
    caption = "近日，三友钹子书团队在书馆为村民表演。"  # a photo title rarely repeats its caption
    story = "".join(PARAS * 3)
    assert _side([title], True, story)[0] > _side([title], True, caption)[0]


def test_assemble_articles_key_points_box_opens_an_article():
    a = _column("全省青少年游泳锦标赛10月12日在省城新建成的游泳馆举行，来自各地的运动员参加了比赛。",
                "游泳馆是省城第一座正式投入使用的标准泳池，此前省队的训练大多要借用外地场馆进行。")
    b = "核心阅读\n" + _column("当地时间10月12日，选手李小川跑出2小时08分15秒，成为首位刷新该赛道纪录的本地选手。",
                           "赛道两旁的市民挥旗加油，陪跑了整场的志愿者放慢脚步，这是本地长跑史上的重要时刻。")
    text = f"青少年游泳锦标赛举行\n\n{a}\n\n{b}\n\n本地选手刷新赛道纪录\n"
    articles, _, _ = _assemble(text)
    assert [x.titles[0].text for x in articles] == ["青少年游泳锦标赛举行", "本地选手刷新赛道纪录"]
    assert articles[1].paragraphs[0].startswith("核心阅读")


@pytest.mark.parametrize("box", [
    "本报讯 ■ 要加快推进城乡供水一体化，巩固提升农村饮水安全保障水平，健全工程长效运行管护机制，"
    "让农村群众喝上放心水、安全水、幸福水",
    "核心阅读 今年以来，全省农村供水保障水平持续提升，一批规模化供水工程建成投用，水质检测实现全覆盖，"
    "群众用水更方便、更安全、更放心",
    "核心阅读 今年以来，全省农村供水保障水平持续提升，一批规模化供水工程建成投用，|水质检测实现全覆盖，"
    "群众用水更方便、更安全、|更放心，农村供水工程运行管护机制日益健全",
    "本报讯 10月24日下午，■ 要加快推进城乡供水一体化，巩固提升农村饮水安全保障水平，健全工程长效运行"
    "管护机制，让农村群众喝上放心水、安全水、幸福水"],
    ids=["bullets", "key-points", "key-points-in-three-frames", "bullets-after-a-dated-lead"])
def test_assemble_articles_dispatch_right_after_its_key_points_box_is_the_same_story(box):
    # A box of key points ends on no full stop, and the dispatch after it opens with its lead
    # (新华社…电): the same story's text, not another story. A blank line may break the box.
    text = ("全省农村供水保障水平持续提升\n\n" + "\n\n".join(_column(part) for part in box.split("|")) + "\n\n"
            + _column("新华社南昌10月24日电 记者从省水利厅获悉，全省农村自来水普及率已达百分之九十。",
                      "省水利厅负责人表示，下一步将继续加大投入。") + "\n")
    articles, _, _ = _assemble(text)
    assert len(articles) == 1 and articles[0].titles[0].text == "全省农村供水保障水平持续提升"


def test_indented_first_line_with_digits_may_measure_short():
    from banmian.articles import _indented
    first = _lines(["2012年9月25日，全省第一", "座跨海大桥按计划完成建造和验收"])
    assert _indented(tuple(first), 15.0)
    assert not _indented(tuple(_lines(["全省第一座跨海大桥", "按计划完成建造和验收通车工作"])), 15.0)


def test_assemble_articles_overprinted_or_closed_off_text_is_no_subheading():
    a = "\n".join(wrap_column(["媒体融合发展是一篇大文章，要以融合传播构建全媒体格局，推动媒体融合向纵深发展。"] * 2, 14))
    b = "\n".join(wrap_column(["推动媒体融合发展，要坚持移动优先策略，构建全媒体传播格局，让主流媒体融合发展。"] * 2, 14))
    a = f"城市治理创新论坛举行\n\n{a}"  # (its own headline: untitled, it would join the story sharing its words)
    # a headline printed twice (fake bold): never a subheading of the text before it
    articles, _, _ = _assemble(f"{a}\n\n融合传播构建新格局\n融合传播构建新格局\n\n{b}\n")
    assert len(articles) == 2
    # text closed off by its occasion: what follows opens another article
    articles, _, _ = _assemble(f"{a}\n（在城市治理创新论坛上的致辞）\n\n融合传播构建新格局\n\n{b}\n")
    assert len(articles) == 2
    # ... also when the note is broken over two lines of the column
    articles, _, _ = _assemble(f"{a}\n（摘自10月29日在2019城市治\n理创新论坛上的致辞）\n\n融合传播构建新格局\n\n{b}\n")
    assert len(articles) == 2


def test_split_cost_keeps_a_column_name_with_its_headline():
    from banmian.articles import COST_SPLIT_FRAME, _split_cost
    from banmian.model import Block, BlockKind
    head = Block(BlockKind.TITLE, tuple(_lines(["展现逐梦大湾区新景象"])), 3, text="展现逐梦大湾区新景象")
    tag = Block(BlockKind.TITLE, tuple(_lines(["（香江在线）"])), 4, text="（香江在线）")
    nxt = Block(BlockKind.TITLE, tuple(_lines(["冷链物流，为山区果农插上翅膀"])), 5, text="冷链物流，为山区果农插上翅膀")
    gap = [head, tag, nxt]
    assert _split_cost(gap, 1, 0, 9) == COST_SPLIT_FRAME
    assert _split_cost(gap, 2, 0, 9) == 0.0


def test_split_cost_keeps_a_photo_title_with_the_credit_closing_the_text_before():
    # …市民纷纷驻足观赏。 蒋晓东摄（影像中国） / 光影城市 / 河北省…: the credit ends the caption's
    # last line, and the photo's short title after it is no headline of the story after it.
    from banmian.articles import COST_PHOTO_TITLE_OFF, _split_cost
    from banmian.model import Block, BlockKind
    gap = [Block(BlockKind.TITLE, tuple(_lines([t])), f, text=t)
           for t, f in (("光影城市", 5), ("多措并举培养年轻干部", 6))]
    assert _split_cost(gap, 0, 4, 7, story_after=True, credit_before=True) == COST_PHOTO_TITLE_OFF
    assert _split_cost(gap, 0, 4, 7, story_after=True, credit_before=False) == 0.0
    assert _split_cost(gap, 1, 4, 7, story_after=True, credit_before=True) == 0.0
    # a photo's title of two phrases set apart is as short: its gap is no character
    gap[0] = Block(BlockKind.TITLE, tuple(_lines(["秋色美 丰收忙"])), 5, text="秋色美 丰收忙")
    assert _split_cost(gap, 0, 4, 7, story_after=True, credit_before=True) == COST_PHOTO_TITLE_OFF


def test_split_cost_a_column_name_in_the_frame_of_two_headlines_closes_the_first():
    # The extractor wrote both headlines and the first one's column name as one frame: the
    # name stays with the headline above it, and the headline below it is free to go.
    from banmian.articles import COST_SPLIT_FRAME, _split_cost
    from banmian.model import Block, BlockKind
    gap = [Block(BlockKind.TITLE, tuple(_lines([t])), 3, text=t)
           for t in ("记录美好生活 谱写时代华章", "（逐梦70年·银幕里的家乡）", "国际茶博会茶叶展销区举办首个“乡村日”")]
    assert _split_cost(gap, 1, 0, 9) == COST_SPLIT_FRAME
    assert _split_cost(gap, 2, 0, 9) == 0.0


def test_assemble_articles_a_letter_and_its_report_are_one_article():
    # A letter printed in full ends with its signer, the date and the agency's note; the
    # report that follows in its own frame opens with a lead, yet goes on the same article.
    letter = _column("值此博览会开幕之际，我谨代表全市人民向博览会的举办表示祝贺！向远道而来的客商朋友表示欢迎！",
                     "最后，预祝博览会取得成功！")
    report = _column("新华社深圳10月15日电 茶产业博览会15日开幕，市长王建国发来贺信，向博览会的举办表示祝贺。",
                     "王建国在贺信中指出，茶产业对山区群众增收致富具有重要意义。")
    other = _column("本报讯 10月15日，全市秋季运动会在市体育中心开幕，来自各区县的两千余名运动员参加比赛。")
    text = (f"王建国致信祝贺博览会开幕\n\n{letter}\n\n王建国\n2019年10月16日\n（新华社北京10月16日电）\n\n"
            f"{report}\n\n全市秋季运动会开幕\n\n{other}\n")
    articles, _, _ = _assemble(text)
    assert [x.titles[0].text for x in articles] == ["王建国致信祝贺博览会开幕", "全市秋季运动会开幕"]
    assert "王建国" in articles[0].paragraphs and "2019年10月16日" in articles[0].paragraphs
    assert articles[0].paragraphs[-1].startswith("王建国在贺信中指出")


def test_cut_points_never_part_text_from_its_source_note():
    from banmian.articles import _cut_points
    from banmian.model import Block, BlockKind
    text = _lines(wrap_column(PARAS, 14))
    note = _lines(["数据来源：第七届世界军人", "运动会执委会"])  # set a column less the indent, as a first line is
    body = [Block(BlockKind.BODY, tuple(text), 0), Block(BlockKind.BODY, tuple(note), 1)]
    assert _cut_points(body, jump_after=False) == []


def test_cut_points_before_a_frame_opening_with_a_paragraph_of_one_line():
    from banmian.articles import _cut_points
    from banmian.model import Block, BlockKind
    # The second story's frame opens with a one-line paragraph (no indent to see: the line is
    # short anyway), then an indented one; the first story's paragraph ended before it.
    one = _lines(wrap_column(PARAS[:2], 14))
    two = _lines(["湖光山色好。"] + wrap_column(["这座小城临湖而建，一年四季游人不断，民宿和农家乐生意红火。"], 14))
    body = [Block(BlockKind.BODY, tuple(one), 0), Block(BlockKind.BODY, tuple(two), 1)]
    assert [c for c, _ in _cut_points(body, jump_after=False)] == [1]
    # a short line without a stop over an indented one is a heading in the text, no opening
    two = _lines(["小城新貌"] + wrap_column(["这座小城临湖而建，一年四季游人不断，民宿和农家乐生意红火。"], 14))
    body = [Block(BlockKind.BODY, tuple(one), 0), Block(BlockKind.BODY, tuple(two), 1)]
    assert _cut_points(body, jump_after=False) == []


@pytest.mark.parametrize("opening, cut", [
    ("这座小城临湖而建，一年四季游人不断，民宿和农家乐生意红火。", True),
    ("此外，小城还修起了环湖步道，每到周末都有不少人骑车前来。", False),  # goes on from the paragraph before
    ("与此同时，镇里又新开了两家民宿，床位比去年多了一倍。", False),
    ("据介绍，镇里今年还要再修两条通往湖边的骑行道。", False),  # refers back to what the story told
    ("这些民宿大多由返乡青年经营，装修各具特色。", False),
])
def test_cut_points_never_before_a_paragraph_that_goes_on_from_the_one_before(opening, cut):
    from banmian.articles import _cut_points
    from banmian.model import Block, BlockKind
    one = _lines(wrap_column(PARAS[:2], 14))
    two = _lines(wrap_column([opening], 14))
    body = [Block(BlockKind.BODY, tuple(one), 0), Block(BlockKind.BODY, tuple(two), 1)]
    assert [c for c, _ in _cut_points(body, jump_after=False)] == ([1] if cut else [])


def test_cut_points_never_before_a_dash_line_that_signs_the_words_before_it():
    from banmian.articles import _cut_points
    from banmian.model import Block, BlockKind
    # Quotations of a sidebar, each signed under it: the signature opens the next frame,
    # over the next quotation (set two ems in); the first quotation's story goes on.
    said = _lines(wrap_column(["“小城的变化，大家看在眼里，记在心上。”"], 14))
    quote = wrap_column(["“这座小城临湖而建，一年四季游人不断，民宿和农家乐生意红火。”"], 14)
    body = [Block(BlockKind.BODY, tuple(said), 0),
            Block(BlockKind.BODY, tuple(_lines(["——市作家协会主席王建国"] + quote)), 1)]
    assert _cut_points(body, jump_after=False) == []
    # the same quotation alone in its frame may open a story
    body = [Block(BlockKind.BODY, tuple(said), 0), Block(BlockKind.BODY, tuple(_lines(quote)), 1)]
    assert [c for c, _ in _cut_points(body, jump_after=False)] == [1]


def test_cut_points_never_after_a_box_of_key_points():
    from banmian.articles import _cut_points
    from banmian.model import Block, BlockKind
    # A story's box of key points (its label after the paper's lead), then its text opening
    # at the indent: the box opens the story, which goes on after it.
    box = _lines(["本报讯 核心阅读"] + wrap_column(["小城的夜晚不只有美食，博物馆和图书馆也开到了晚上。"], 14, indent=0))
    text = _lines(wrap_column(["这座小城临湖而建，一年四季游人不断，民宿和农家乐生意红火。"], 14))
    body = [Block(BlockKind.BODY, tuple(box), 0), Block(BlockKind.BODY, tuple(text), 1)]
    assert _cut_points(body, jump_after=False) == []
    # a story's paragraphs in its place may end that story
    other = _lines(wrap_column(PARAS[:2], 14))
    body = [Block(BlockKind.BODY, tuple(other), 0), Block(BlockKind.BODY, tuple(text), 1)]
    assert [c for c, _ in _cut_points(body, jump_after=False)] == [1]


def test_cut_points_after_a_heading_line_that_ends_a_trimmed_story():
    from banmian.articles import _cut_points
    from banmian.model import Block, BlockKind
    # A story trimmed to its space ends on a section's heading, without a full stop; the
    # indented paragraph after it may open the next story.
    one = _lines(wrap_column(PARAS[:2], 14))
    two = _lines(wrap_column(["这座小城临湖而建，一年四季游人不断，民宿和农家乐生意红火。"], 14))
    for heading, cut in (("三、工作安排", True), ("三、工作安排，分步推进", False)):
        body = [Block(BlockKind.BODY, tuple(one), 0), Block(BlockKind.BODY, tuple(_lines([heading])), 1),
                Block(BlockKind.BODY, tuple(two), 2)]
        assert (2 in [c for c, _ in _cut_points(body, jump_after=False)]) is cut
    # The heading may close the story's last frame, on two lines after a finished paragraph;
    # a frame whose last short line follows one cut mid-clause stops mid-sentence.
    for tail, cut in ((["乡村旅游提质", "增效"], True), (["游客们纷纷表示，这里的", "风景"], False)):
        body = [Block(BlockKind.BODY, tuple(one + _lines(tail)), 0), Block(BlockKind.BODY, tuple(two), 1)]
        assert (1 in [c for c, _ in _cut_points(body, jump_after=False)]) is cut


def test_cut_points_after_a_list_that_closes_a_frame():
    from banmian.articles import _cut_points
    from banmian.model import Block, BlockKind
    # A sidebar's list (a label and a year to a line, no stops), then a paragraph opening at
    # the indent: no sentence is cut off, so another story may open there.
    listing = _lines(["第一座电影院：", "1958年建成开放", "第一条公交线路："])
    two = _lines(wrap_column(["这座小城临湖而建，一年四季游人不断，民宿和农家乐生意红火，周末前来度假的城里人"
                              "把湖边的几条老街挤得满满当当，镇上又新开了几家饭馆和茶社。"], 14))
    body = [Block(BlockKind.BODY, tuple(listing), 0), Block(BlockKind.BODY, tuple(two), 1)]
    assert [c for c, _ in _cut_points(body, jump_after=False)] == [1]
    # a frame of text stopped mid-sentence at the full column goes on in the next
    text = _lines(wrap_column(PARAS[:2], 14)[:-1])
    body = [Block(BlockKind.BODY, tuple(text), 0), Block(BlockKind.BODY, tuple(two), 1)]
    assert _cut_points(body, jump_after=False) == []


def test_cut_points_after_a_closing_note():
    from banmian.articles import _cut_points
    from banmian.model import Block, BlockKind
    # A story's frame closes with its agency's note; the caption after it opens at the full
    # column, no indent to show it: the note says the story ended.
    story = _lines(wrap_column(PARAS[:2], 14) + ["（据新华社北京10月9日电", "记者王小明）"])
    caption = _lines(wrap_column(["10月9日，县城中心小学举行秋季运动会。图为跳高比赛现场。"], 14, indent=0))
    body = [Block(BlockKind.BODY, tuple(story), 0), Block(BlockKind.BODY, tuple(caption), 1)]
    assert [c for c, _ in _cut_points(body, jump_after=False)] == [1]
    # a photo's credit ends its caption's text as a note does
    story = _lines(wrap_column(["金秋时节，城郊的千亩稻田迎来丰收，农机手们抢抓晴好天气收割晾晒。"], 14)
                   + ["新华社记者 王小明摄"])
    body = [Block(BlockKind.BODY, tuple(story), 0), Block(BlockKind.BODY, tuple(caption), 1)]
    assert [c for c, _ in _cut_points(body, jump_after=False)] == [1]
    # without the note, text going on at the full column is the same story's
    story = _lines(wrap_column(PARAS[:2], 14))
    body = [Block(BlockKind.BODY, tuple(story), 0), Block(BlockKind.BODY, tuple(caption), 1)]
    assert _cut_points(body, jump_after=False) == []


def test_cut_points_between_two_short_frames_set_without_an_indent():
    from banmian.articles import _cut_points
    from banmian.model import Block, BlockKind
    # Two captions, each a few lines set without an indent: the first finishes its sentence
    # short of the column, so the second opens a text of its own.
    one = _lines(wrap_column(["10月1日，城东新区的市民们在滨河公园参加健步走活动。"], 16, indent=0))
    two = _lines(wrap_column(["连日来，县消防救援大队在辖区各乡镇开展秋季防火宣传，提醒群众注意用火安全。"], 16, indent=0))
    assert [c for c, _ in _cut_points([Block(BlockKind.BODY, tuple(one), 0), Block(BlockKind.BODY, tuple(two), 1)],
                                      jump_after=False)] == [1]
    # a story's long frame, finished, before a frame going on at the full column is not parted
    long = _lines(wrap_column(PARAS, 16, indent=0))
    assert _cut_points([Block(BlockKind.BODY, tuple(long), 0), Block(BlockKind.BODY, tuple(two), 1)],
                       jump_after=False) == []


def test_groups_a_subheadline_closes_its_title_group():
    from banmian.articles import _groups
    from banmian.model import Block, BlockKind

    head = [_title("继续把我们的美丽家园建设好守护好", 1), _title("——深入学习贯彻重要讲话精神", 2)]
    assert _groups(head + [_title("伟大变化来自实干苦干（思想纵横）", 3)], (BlockKind.TITLE,)) == 2
    # a headline's second line in the subheadline's frame, or a title without a column's name, goes on
    assert _groups(head + [_title("在庆祝大会上的讲话", 2)], (BlockKind.TITLE,)) == 1
    # the column's name on the next headline's second line opens the next group all the same,
    # while a deck set as a title in a frame of its own stays with its headline
    assert _groups(head + [_title("守护绿水青山", 3), _title("共享美丽家园（大家谈）", 3)], (BlockKind.TITLE,)) == 2
    assert _groups(head + [_title("从东海之滨到西北大漠", 3), _title("一路走来的见证者说——", 3)], (BlockKind.TITLE,)) == 1


def test_subheading_gap_of_four_lines_only_with_a_summary_set_to_the_column():
    from banmian.articles import _subheading_gap
    before, after, gap = GAP_BEFORE, GAP_AFTER, _title_gap
    summary = gap(["县域网购消费持续升温", "乡村网购市场的消费者已从", "只买日用小商品的顾客变成", "品质商品消费者"])
    assert _subheading_gap(summary, before, after)
    # four short lines in a narrow measure: two titles of a short item, not a subheading
    assert not _subheading_gap(gap(["人民网大型", "视频直播节目", "实时全景呈", "现国庆盛典"]), before, after)


def test_subheading_gap_never_with_a_column_name_broken_over_the_titles_last_lines():
    from banmian.articles import _subheading_gap
    from banmian.model import Block, BlockKind

    def run(texts, frame):
        return [Block(BlockKind.BODY, tuple(_lines(wrap_column(texts, 10))), frame)]

    def gap(frames):
        return [Block(BlockKind.TITLE, tuple(_lines([t])), 5 + f, text=t) for f, lines in enumerate(frames) for t in lines]
    before, after = run(LIBRARY_STORY[:3], 1), run(LIBRARY_STORY[3:], 9)
    # a kicker over a headline whose column's name the frame broke (…开放（新 / 时代“第一”·70年）)
    headline = gap([["全县第一", "座公共图书馆"], ["新馆建成开放（新", "时代“第一”·70年）"]])
    assert not _subheading_gap(headline, before, after)
    # the same lines without the column's name may head a part of the text
    assert _subheading_gap(gap([["全县第一", "座公共图书馆"], ["新馆建成开放"]]), before, after)


def test_subheading_gap_never_after_a_caption_its_credit_closes():
    from banmian.articles import _subheading_gap
    from banmian.model import Block, BlockKind

    def run(lines, frame):
        return [Block(BlockKind.BODY, tuple(_lines(lines)), frame)]
    caption = ["第三届乡村文化节10月12日在城东新区开幕，来自全县的", "二十支文艺队伍登台演出。", "张 明摄"]
    after = run(wrap_column(["为庆祝丰收节，全县各乡镇组织开展了一系列群众文化活动，吸引了众多村民参加。"], 14), 6)
    gap = [Block(BlockKind.TITLE, tuple(_lines(["秋日欢歌"])), 5, text="秋日欢歌")]
    # the short line after a credited caption is the photo's title, not a heading of the text
    assert not _subheading_gap(gap, run(caption, 1), after)
    # after text that finished its sentence it may be a heading
    assert _subheading_gap(gap, run(wrap_column(PARAS[1:], 14), 1), after)


def test_subheading_gap_whose_closing_quote_hangs_past_the_column():
    from banmian.articles import _subheading_gap

    def run(texts, frame):
        return _text_run(texts, frame, 12)
    gap = _title_gap
    before = run(["多家评估机构先后对这座城市营商环境的改进作出积极评价，说明各方对所作努力形成共识。"], 1)
    after = run(["近日，这座城市出台了首部专门规范营商环境的地方法规，总结了近年来的经验和做法。"], 6)
    # A quoted subheading set in the column: its closing quote hangs one em past the column.
    assert _subheading_gap(gap(["“营商环境改善将有助", "于推动城市经济高质量发展”"]), before, after)
    # A question mark there ends a headline set to its own, wider measure.
    assert not _subheading_gap(gap(["城市营商环境改善", "怎样推动经济更高质量发展？"]), before, after)


def test_build_paragraphs_quotation_mark_closing_a_term_ends_no_paragraph():
    # The first line stands short by its indent and ends in a closing quotation mark, but the
    # mark closes a term (“一带一路”), not a sentence (。” would).
    lines = _lines(["日前，“一带一路”", "新闻合作联盟短期访学班", "的学员们走进西安高新区。"])
    assert len(build_paragraphs(lines, width=11)) == 1
    said = _lines(["他说：“赢了。”", "大家都很高兴，纷纷", "鼓掌欢呼。"])
    assert len(build_paragraphs(said, width=11)) == 2


def test_build_paragraphs_heading_set_in_the_text_frame_ends_before_the_indented_text():
    # The heading's last line stops three ems short without a stop; the text after it opens
    # indented. A paragraph's own first line, short by its indent, is no heading.
    lines = _lines(["他说，这是大家共同努力的", "结果。", "追求“优精专”：", "改进服务永远无止境",
                    "今年4月30日，在秦皇", "岛市人民会堂，刘晓红走上", "领奖台。"])
    paragraphs = _norm(build_paragraphs(lines, width=12))
    assert paragraphs[-1] == "今年4月30日，在秦皇岛市人民会堂，刘晓红走上领奖台。"
    assert paragraphs[-2].endswith("改进服务永远无止境")


def test_build_paragraphs_heading_four_ems_short_over_an_indented_line_stands_alone():
    # A subheading at the top of a text frame, ten characters in a column of fourteen, then a
    # paragraph's indented first line (its digits set narrow): two paragraphs.
    lines = _lines(["老林工转行当起了向导", "1990年，25岁的王长林进了", "林场当护林员。从那时起，他每", "天都要巡山十多公里。"])
    assert _norm(build_paragraphs(lines, width=14))[0] == "老林工转行当起了向导"
    # A dispatch's lead broken before its 电 runs on into its text all the same.
    lead = _lines(["本报北京10月9日", "电（记者王明）全县秋收工作", "进展顺利，各地抢抓晴好天气。"])
    assert len(build_paragraphs(lead, width=14)) == 1


def test_build_paragraphs_who_spoke_on_the_line_after_a_quotation_closes_its_paragraph():
    # The quotation fills its last line; who said it, set short on the next, is no new paragraph.
    lines = _lines(["“今年的收成比去年好得多，", "价格也稳，大家心里踏实。”", "王大明说。", "  近年来，村里大力发展特色",
                    "种植，群众收入逐年增加。"])
    assert _norm(build_paragraphs(lines, width=13)) == [
        "“今年的收成比去年好得多，价格也稳，大家心里踏实。”王大明说。", "近年来，村里大力发展特色种植，群众收入逐年增加。"]


def test_build_paragraphs_indented_first_line_ending_a_sentence_at_the_edge_goes_on_before_a_full_line():
    # A one-sentence first line that fills the indented column, then a line at the full column:
    # no paragraph opens at the full column, so the paragraph goes on; before an indented line
    # the sentence was a paragraph of its own.
    first = ["小镇既有烟火气，也有书香味。"]
    on = _lines(first + ["让群众生活更舒心，是基层治理的出发", "点和落脚点。"])
    assert len(build_paragraphs(on, width=16)) == 1
    alone = _lines(first + ["近年来，镇里新建了三座图书", "馆和一处文化广场。"])
    assert len(build_paragraphs(alone, width=16)) == 2


def test_build_paragraphs_section_reporter_on_a_line_of_their_own_stands_alone():
    lines = _lines(["村里的歌声传得很远很远。", "本报记者  毛建林", "“咱们齐心协力，咱们好好干", "一场！”村民们唱起自编的歌。"])
    assert _norm(build_paragraphs(lines, width=14))[1] == "本报记者毛建林"
    # a photo credit wrapped over two lines stays whole, under its caption
    credit = _lines(["村里的歌声传得很远很远。", "本报记者张明", "华摄"])
    assert _norm(build_paragraphs(credit, width=14))[-1] == "本报记者张明华摄"


def test_build_paragraphs_enumerated_items_open_paragraphs():
    lines = _lines(["一、全县教育发展成就", "（一）办学条件持续改善", "（二）师资队伍不断壮大",
                    "（三）课后服务实现全面覆盖", "（四）学生体质健康状况明显", "提升"])
    assert _norm(build_paragraphs(lines, width=14)) == [
        "一、全县教育发展成就", "（一）办学条件持续改善", "（二）师资队伍不断壮大", "（三）课后服务实现全面覆盖",
        "（四）学生体质健康状况明显提升"]


def test_build_paragraphs_box_label_is_a_paragraph_of_its_own():
    lines = _lines(["本报讯 10月30日下午，核心阅读", "3金3银3铜，中国队在本届比赛中", "收获满满。"])
    assert _norm(build_paragraphs(lines, width=15))[0].endswith("核心阅读")


def test_build_paragraphs_couplet_heading_lines_stand_alone_but_narrow_text_runs_on():
    text = wrap_column(["一场全民体育盛会，展示出一座小城的文明素养。观众们文明观赛，为各地运动员加油鼓劲。"], 13)
    lines = _lines(["观赛守秩序", "助威显水平"] + text)
    assert _norm(build_paragraphs(lines, width=13))[:2] == ["观赛守秩序", "助威显水平"]
    # text wrapped narrow around a picture: short lines, but with their commas, run on
    narrow = _lines(["要抓好问题整改，系统梳理、制定清单，", "明确整改举措、落", "实整改责任，做到",
                     "闭环销号管理；要", "加强督促指导。"])
    assert len(build_paragraphs(narrow, width=18)) == 1


def test_cut_points_after_a_caption_across_columns_without_a_full_stop():
    from banmian.articles import _cut_points
    from banmian.model import Block, BlockKind
    caption = _lines(["社区治理，既要有精细化服务的绣花针，也要有系统性谋划的大局观，构建适应城市发展需要",
                      "的基层治理服务、协调、监督、应急响应体系"])
    text = _lines(wrap_column(PARAS[1:], 14))
    body = [Block(BlockKind.BODY, tuple(caption), 0), Block(BlockKind.BODY, tuple(text), 1)]
    assert [c for c, _ in _cut_points(body, jump_after=False)] == [1]


# Two headlines drawn together, each read to the text it heads.
_RURAL = _column("全市今年共新建改建农村公路三百公里，农村公路通达率达到百分之百。",
                 "农村公路建设让群众出行更方便，也带动了乡村旅游和特色产业发展。")
_LIBRARY = _column("市图书馆新馆正式开馆，首日接待读者三千余人次，借阅图书五千余册。",
                   "新馆设有少儿阅览区和数字阅读区，市民纷纷点赞新馆的阅读环境。")
_FORUM = _column("本报讯 10月27日下午，全市发布2019年度基层治理十大创新案例，呼吁汇聚各方智慧。",
                 "论坛促进各区干部、专家学者、企业家携手合作，共同应对城市治理面临的难题。")
_DOCTOR = _column("本报讯 10月27日晚，“背篓医生”杨木生是云岭县白云乡石门坎村的一名乡村医生。",
                  "二十多年来，他背篓出诊，为村民送去健康、送去希望。")


@pytest.mark.parametrize("text, expected", [
    # headlines drawn after their stories, the first story's glued to the second's in one frame
    (f"{_RURAL}\n\n农村公路带动乡村发展\n图书馆新馆开馆\n\n{_LIBRARY}\n\n", ["农村公路带动乡村发展", "图书馆新馆开馆"]),
    # both headlines (each closed by its column's name) before the first text; the second
    # text, with only its byline, gets the second headline, however poetic
    (f"以全局视野拓宽治理之路（人民时评）\n\n坚守初心终不凡\n（暖闻热评）\n\n{_FORUM}\n\n■记者 田鹏诗\n\n{_DOCTOR}\n",
     ["以全局视野拓宽治理之路（人民时评）", "坚守初心终不凡（暖闻热评）"]),
])
def test_assemble_articles_two_headlines_drawn_together_go_to_their_own_texts(text, expected):
    articles, _, _ = _assemble(text)
    assert ["".join(t.text for t in x.titles) for x in articles] == expected


def test_share_headlines_one_on_each_side_beside_an_untitled_text():
    # [headline A, text A, headline B, text B]: the assembly gave text A both headlines and
    # text B none; the one after text A heads text B.
    from banmian.articles import _Part, _share_headlines
    from banmian.model import BlockKind

    a = _Part(before=[block(BlockKind.TITLE, "全县春季植树活动举行", 0, 0)],
              body=[block(BlockKind.BODY, PARAS[0], 20, 1)],
              after=[block(BlockKind.TITLE, "县图书馆新馆开馆", 100, 2)])
    b = _Part(body=[block(BlockKind.BODY, PARAS[1], 120, 3)])
    _share_headlines([a, b])
    assert [x.text for x in a.before + a.after] == ["全县春季植树活动举行"]
    assert [x.text for x in b.before] == ["县图书馆新馆开馆"] and not b.after


def test_subheading_gap_after_text_stopped_mid_sentence_only_for_the_words_it_lacks():
    from banmian.articles import _subheading_gap
    from banmian.model import Block, BlockKind

    def gap(lines):
        return [Block(BlockKind.TITLE, tuple(_lines([t])), 5, text=t) for t in lines]
    before = [Block(BlockKind.BODY, tuple(_lines(wrap_column(PARAS[1:], 14) + ["各地积极探索，究竟应如何正确"])), 1)]
    after = [Block(BlockKind.BODY, tuple(_lines(wrap_column(["“不管是利率下降，还是降准，都要把握好力度和节奏。”"], 14))), 6)]
    assert _subheading_gap(gap(["理解？"]), before, after)  # a sentence's last words
    assert _subheading_gap(gap(["研用"]), before, after)  # a subheading's tail
    # a headline-long title after unfinished text: the text went on elsewhere
    assert not _subheading_gap(gap(["金融服务给军运会增色添彩"]), before, after)


def test_titles_of_joins_a_headline_wrapped_before_its_last_words_and_column_name():
    # A headline wrapped in its frame leaves a few words and its column's name on its second
    # line: one headline, not a kicker over a four-character headline.
    from banmian.articles import _titles_of

    titles = _titles_of([_title("城南交警道路整治行动：风雨无阻中守护", 3), _title("一路平安（平安建设）", 3)])
    assert [(t.role.value, t.text) for t in titles] == [("headline", "城南交警道路整治行动：风雨无阻中守护一路平安（平安建设）")]


def test_split_cost_keeps_a_headline_with_its_wrapped_last_words_and_column_name():
    from banmian.articles import COST_SPLIT_FRAME, COST_SPLIT_TITLES, _split_cost
    from banmian.model import Block, BlockKind

    def title(text):
        return Block(BlockKind.TITLE, tuple(_lines([text])), 4, text=text)
    wrapped = [title("城南交警道路整治行动：风雨无阻中守护"), title("一路平安（平安建设）")]
    assert _split_cost(wrapped, 1, 0, 9) == COST_SPLIT_FRAME
    # two full headlines an extractor glued into one frame part for less
    glued = [title("城南交警开展道路整治行动"), title("让群众出行更加安全（平安建设）")]
    assert _split_cost(glued, 1, 0, 9) == COST_SPLIT_TITLES


def test_titles_of_joins_a_kicker_wrapped_in_its_frame_before_its_dash():
    # A kicker leading into its headline (…——), wrapped in its frame: one kicker over the
    # headline, not a kicker over a headline over a subheadline.
    from banmian.articles import _titles_of

    titles = _titles_of([_title("城南区行政审批服务局", 1), _title("下功夫缩短企业开办时间——", 1),
                         _title("跑一次 办成事", 2)])
    assert [(t.role.value, t.text) for t in titles] == [
        ("kicker", "城南区行政审批服务局下功夫缩短企业开办时间——"), ("headline", "跑一次 办成事")]


def test_titles_of_joins_a_subheadline_of_clauses_wrapped_in_its_frame():
    # A summary of a meeting's business under its headline, set across the columns and wrapped
    # in its frame mid-clause (…安排全市秋冬季 / 森林防火工作…): one subheadline, not a headline.
    from banmian.articles import _titles_of

    titles = _titles_of([_title("周明主持召开市政府常务会议", 1),
                         _title("听取春耕备耕情况汇报，要求抓紧农资供应；安排全市秋冬季", 1),
                         _title("森林防火工作，确保不发生重大火情；研究城区老旧小区改造", 1)])
    assert [(t.role.value, t.text) for t in titles] == [
        ("headline", "周明主持召开市政府常务会议"),
        ("subheadline", "听取春耕备耕情况汇报，要求抓紧农资供应；安排全市秋冬季森林防火工作，确保不发生重大火情；研究城区老旧小区改造")]


def test_titles_of_joins_a_headline_broken_inside_its_column_name():
    from banmian.articles import _titles_of

    titles = _titles_of([_title("全县交通事业的巨大变化（奋进的足迹", 1), _title("难忘的记忆·庆祝建县70周年）", 2)])
    assert [t.text for t in titles] == ["全县交通事业的巨大变化（奋进的足迹难忘的记忆·庆祝建县70周年）"]
    # the same in ASCII brackets, as some extractors print them: one headline, not a subheadline
    titles = _titles_of([_title("全县交通事业的巨大变化(奋进的足迹", 1), _title("难忘的记忆·庆祝建县70周年)", 2)])
    assert [t.text for t in titles] == ["全县交通事业的巨大变化(奋进的足迹难忘的记忆·庆祝建县70周年)"]


def test_titles_of_joins_a_dash_subheadline_wrapped_over_frames():
    # A dash subheadline's two lines drawn as frames of their own, a word running over the
    # break (…青年干部座谈 / 会上讲话…): one subheadline, not two.
    from banmian.articles import _titles_of

    titles = _titles_of([_title("把青春写在家乡大地上", 1), _title("——学习县委书记在全县青年干部座谈", 2),
                         _title("会上讲话精神的几点体会", 3)])
    assert [(t.role.value, t.text) for t in titles] == [
        ("headline", "把青春写在家乡大地上"), ("subheadline", "——学习县委书记在全县青年干部座谈会上讲话精神的几点体会")]
    # a headline's lines in frames of their own stay apart (a headline over a subheadline)
    titles = _titles_of([_title("县里新建十座口袋公园", 1), _title("市民出门见绿更方便了", 2)])
    assert len(titles) == 2


def test_titles_of_a_pair_reads_the_line_set_in_two_phrases_as_the_headline():
    # No mark, no column's name: of two title lines, the one set in two phrases apart is the
    # headline (县里新开六条公交线路 / 出行更方便 服务更贴心): the line over it its kicker.
    from banmian.articles import _titles_of

    titles = _titles_of([_title("县里新开六条公交线路", 1), _title("出行更方便 服务更贴心", 2)])
    assert [t.role.value for t in titles] == ["kicker", "headline"]
    # the other way round it stays headline and subheadline
    titles = _titles_of([_title("出行更方便 服务更贴心", 1), _title("县里新开六条公交线路", 2)])
    assert [t.role.value for t in titles] == ["headline", "subheadline"]


def test_titles_of_joins_a_dash_subheadline_wrapped_between_a_number_and_its_unit():
    # A dash subheadline wrapped in its frame where a number meets its unit (…建县60 / 周年…):
    # one subheadline; no word runs over the break to show it.
    from banmian.articles import _titles_of

    titles = _titles_of([_title("奋力谱写县域发展新篇章", 1), _title("——县委书记在庆祝建县60", 2),
                         _title("周年座谈会发言在全县干部中引起反响", 2)])
    assert [t.role.value for t in titles] == ["headline", "subheadline"]
    assert titles[1].text == "——县委书记在庆祝建县60周年座谈会发言在全县干部中引起反响"


# Two short stories in a column, each sharing its headline's words (全县春季植树活动举行,
# 县图书馆新馆正式开馆), for the stacked-headline tests.
PLANTING = _column("全县春季植树活动在城东湿地公园举行，干部群众一起挥锹铲土、扶苗培土，共栽下各类苗木两千余株。",
                   "县林业局负责人表示，今年将继续推进植树造林，让城乡处处见绿，植树活动将持续到月底。")
LIBRARY = _column("县图书馆新馆昨天正式开馆，新馆藏书二十万册，设有少儿阅览区、电子阅览区和自习区。",
                  "图书馆负责人介绍，新馆开馆后每天开放十二小时，读者凭身份证即可免费办理借书证。")


def test_assemble_articles_two_stacked_headlines_over_two_texts_in_one_run():
    # The stream drew two headlines together, then their two texts as one run of frames.
    a, b = PLANTING, LIBRARY
    text = f"全县春季植树活动举行（身边事）\n\n县图书馆新馆正式开馆\n\n{a}\n\n{b}\n"
    articles, _, _ = _assemble(text)
    assert [[t.text for t in x.titles] for x in articles] == [["全县春季植树活动举行（身边事）"], ["县图书馆新馆正式开馆"]]
    assert articles[1].paragraphs[0].startswith("县图书馆新馆昨天")
    # headlines whose words say the other pairing are left to the programme
    swapped = f"县图书馆新馆正式开馆（身边事）\n\n全县春季植树活动举行\n\n{a}\n\n{b}\n"
    assert len(_assemble(swapped)[0]) == 1


def test_assemble_articles_stacked_headline_and_kicker_frames_part_two_short_texts():
    # Two title frames drawn together, each complete in itself: a headline over its dash
    # subheadline, and a kicker leading with a dash to its headline. Their short texts part
    # where each headline's words are, as an overprinted headline's would.
    text = ("全县春季植树活动举行\n——干部群众共栽苗木两千余株\n\n城东新添文化地标——\n县图书馆新馆正式开馆\n\n"
            f"{PLANTING}\n\n{LIBRARY}\n")
    articles, _, _ = _assemble(text)
    assert [[t.text for t in x.titles] for x in articles] == [
        ["全县春季植树活动举行", "——干部群众共栽苗木两千余株"], ["城东新添文化地标——", "县图书馆新馆正式开馆"]]
    assert articles[1].paragraphs[0].startswith("县图书馆新馆昨天")


def test_two_stories_shorter_texts_split_where_the_second_opens_afresh():
    # Two title frames drawn together over two texts of some 250 characters each: too short to
    # tell two stories by length alone, unless the second text opens on words the first never
    # used. A text going on names again whom the text before named.
    from banmian.articles import _two_stories
    head = ("本报讯 记者从市气象局获悉，今秋全市平均气温偏高，降水偏少，局地出现阶段性干旱。"
            "市气象局首席预报员王立新介绍，入秋以来冷空气活动频繁，昼夜温差加大。") * 3
    fresh = ("秋收时节，河湾村的稻田里一片金黄，收割机往来穿梭，村民们忙着晾晒新谷。"
             "合作社负责人说，今年亩产比去年高出一成，订单早早排满。") * 4
    going_on = "王立新提醒，" + fresh
    assert min(len(head), len(fresh)) < 400
    assert _two_stories("今秋全市气温偏高", head, fresh, 0.3)
    assert not _two_stories("今秋全市气温偏高", head, going_on, 0.3)


def test_assemble_articles_two_stacked_headlines_over_two_texts_a_byline_between():
    # As above, the first story signed by its reporter inside its text, in a frame of its
    # own or in the text's frame.
    first = _column("全县春季植树活动在城东湿地公园举行，干部群众一起挥锹铲土、扶苗培土，共栽下各类苗木两千余株。")
    then = _column("县林业局负责人表示，今年将继续推进植树造林，让城乡处处见绿，植树活动将持续到月底。")
    byline = "■记者 王 五"
    titles = "全县春季植树活动举行（身边事）\n\n县图书馆新馆正式开馆"
    for text in (f"{titles}\n\n{first}\n\n{byline}\n\n{then}\n\n{LIBRARY}\n", f"{titles}\n\n{first}\n{byline}\n{then}\n\n{LIBRARY}\n"):
        articles, _, _ = _assemble(text)
        assert [[t.text for t in x.titles] for x in articles] == [["全县春季植树活动举行（身边事）"], ["县图书馆新馆正式开馆"]]
        assert articles[1].paragraphs[0].startswith("县图书馆新馆昨天")


def test_assemble_articles_weighs_stacked_headlines_beside_a_headline_drawn_after_a_text():
    # Two headlines drawn together over their two texts, after a story whose last paragraph
    # shares a few words with the first headline: reading that headline as drawn after the
    # story (its last paragraph cut off as a story of its own) must not win only because the
    # programme weighed the stacked pair as one story with an extra title.
    z0 = _column("本报讯 城西社区昨天举办邻里节，居民们带来自家做的菜肴，一起包饺子、写春联、拉家常，现场十分热闹。",
                 "社区负责人说，邻里节已连续办了五届，越来越多的年轻人也愿意参与进来。")
    z1 = _column("活动结束后，居民们说，明年春季还想一起去植树，让城乡添新绿。")
    a, b = PLANTING, LIBRARY
    titles = "春季植树添新绿 城乡处处见绿色（身边事）\n\n县图书馆新馆正式开馆"
    articles, _, _ = _assemble(f"城西社区办起邻里节\n\n{z0}\n\n{z1}\n\n{titles}\n\n{a}\n\n{b}\n")
    assert [len(x.paragraphs) for x in articles] == [3, 2, 2]
    assert articles[2].paragraphs[0].startswith("县图书馆新馆昨天")


def test_assemble_articles_two_complete_title_frames_over_one_run_are_two_headlines():
    # pdfminer draws two stories' title frames together, then both texts as one run: each
    # frame a complete title (an overprinted headline; a headline over its dash subheadline).
    a, b = PLANTING, LIBRARY
    titles = "全县春季植树活动举行\n全县春季植树活动举行\n\n县图书馆新馆正式开馆\n——新馆藏书二十万册"
    articles, _, removed = _assemble(f"{titles}\n\n{a}\n\n{b}\n")
    assert [[t.text for t in x.titles] for x in articles] == [["全县春季植树活动举行"],
                                                              ["县图书馆新馆正式开馆", "——新馆藏书二十万册"]]
    assert articles[1].paragraphs[0].startswith("县图书馆新馆昨天")
    # a kicker's frame over its headline's frame is one title group, not two headlines
    kicker = "全县春季植树活动举行\n\n县图书馆新馆正式开馆\n——新馆藏书二十万册"
    assert len(_assemble(f"{kicker}\n\n{a}\n\n{b}\n")[0]) == 1


PLANTING_STORY = ["全县春季植树活动昨天在城东湿地公园举行，干部群众一起挥锹铲土、扶苗培土，共栽下各类苗木两千余株。",
                  "县林业局负责人表示，今年将继续推进植树造林，让城乡处处见绿，植树活动将持续到月底。"]


@pytest.mark.parametrize("mirror", [False, True], ids=["first-run-cut", "last-run-cut"])
def test_assemble_articles_story_ending_where_another_opens_across_a_subheading(mirror):
    # One run of frames holds a story's last paragraphs and the opening of the next story,
    # which goes on across a subheading in the runs after it and has its headline drawn
    # after its text: the run is cut where the two meet, each headline over its own text.
    # The mirror: a story that goes on across a subheading ends inside a run of frames that
    # also holds the next story's text, whose headline the stream drew after it.
    library = f"{_column(*LIBRARY_STORY[:3])}\n\n读者服务更贴心\n\n{_column(*LIBRARY_STORY[3:])}"
    if not mirror:
        planting = _column("本报讯 " + PLANTING_STORY[0], PLANTING_STORY[1])
        page = f"全县春季植树活动举行\n\n{planting}\n\n{library}\n\n县图书馆新馆正式开馆\n"
        titles, paragraphs = [["全县春季植树活动举行"], ["县图书馆新馆正式开馆"]], [2, 7]
    else:
        page = f"县图书馆新馆正式开馆\n\n{library}\n\n{_column(*PLANTING_STORY)}\n\n全县春季植树活动举行\n"
        titles, paragraphs = [["县图书馆新馆正式开馆"], ["全县春季植树活动举行"]], [7, 2]
    articles, _, _ = _assemble(page)
    assert [[t.text for t in x.titles] for x in articles] == titles
    assert [len(x.paragraphs) for x in articles] == paragraphs


def test_assemble_articles_cuts_a_story_from_the_next_where_the_headlines_words_stay_on_their_side():
    # Of the cuts in the last run, one inside the first story can cost less (a paragraph on
    # another subject lowers the text's cohesion there); the cut is placed where neither
    # headline's words run on into the other part.
    a1 = _column(*LIBRARY_STORY[:3])
    aside = _column("天气转凉以后，城里不少市民喜欢在周末带着家人出门散步，公园里的银杏叶渐渐变黄，成了拍照的好去处。")
    a2 = "\n\n".join(_column(p) for p in LIBRARY_STORY[3:])
    b = "\n\n".join(_column(p) for p in PLANTING_STORY)
    page = f"县图书馆新馆正式开馆\n\n{a1}\n\n读者服务更贴心\n\n{aside}\n\n{a2}\n\n{b}\n\n全县春季植树活动举行\n"
    articles, _, _ = _assemble(page)
    assert [[t.text for t in x.titles] for x in articles] == [["县图书馆新馆正式开馆"], ["全县春季植树活动举行"]]
    assert [len(x.paragraphs) for x in articles] == [8, 2]


def test_assemble_articles_cuts_a_caption_off_a_story_that_goes_on_across_a_subheading():
    # A story goes on across a subheading; the stream drew a photo's caption (closed by its
    # credit) after its last frame, then the photo's short title, then the next headline. The
    # caption is cut off the story under its title, though the title shares no word with it.
    more = "馆里的志愿者说，开馆以来每天都有不少老年读者前来阅读报刊，新馆专门为他们准备了老花镜和大字版图书，读者们纷纷点赞。"
    library = f"{_column(*LIBRARY_STORY[:3])}\n\n读者服务更贴心\n\n{_column(*LIBRARY_STORY[3:], more)}"
    caption = "游客在城南湿地公园的步道上散步，两岸的银杏叶渐渐变黄，不少市民专程赶来拍照留念。 本报记者 王小林摄"
    planting = _column("本报讯 " + PLANTING_STORY[0], *PLANTING_STORY[1:], more.replace("馆里", "林场"))
    page = f"县图书馆新馆正式开馆\n\n{library}\n\n{caption}\n\n运河秋色\n\n全县春季植树活动举行\n\n{planting}\n"
    articles, _, _ = _assemble(page)
    assert [[t.text for t in x.titles] for x in articles] == [["县图书馆新馆正式开馆"], ["运河秋色"], ["全县春季植树活动举行"]]
    assert [len(x.paragraphs) for x in articles] == [8, 1, 3]
    assert articles[1].paragraphs[0].startswith("游客在城南湿地公园")


def test_split_cost_keeps_a_photos_short_title_with_its_credit_before_a_story():
    # The stream drew a photo's title after its caption's credit (…本报记者 / 王小林摄, 运河秋色),
    # then a story: the title is the photo's. Before another caption it may open that one.
    from banmian.articles import COST_PHOTO_TITLE_OFF, _split_cost
    from banmian.blocks import parse_byline
    from banmian.model import Block, BlockKind
    credit = Block(BlockKind.BYLINE, tuple(_lines(["本报记者", "王小林摄"])), 3, bylines=parse_byline("本报记者王小林摄"),
                   text="本报记者王小林摄")
    short = Block(BlockKind.TITLE, tuple(_lines(["运河秋色"])), 4, text="运河秋色")
    head = Block(BlockKind.TITLE, tuple(_lines(["县文明办评选首批“身边好人”"])), 5, text="县文明办评选首批“身边好人”")
    assert _split_cost([credit, short, head], 1, 0, 9, story_after=True) == COST_PHOTO_TITLE_OFF
    assert _split_cost([credit, short, head], 2, 0, 9, story_after=True) == 0.0
    assert _split_cost([credit, short], 1, 0, 9, story_after=False) == 0.0
    # a headline of more words, or a short first line of a title its frame goes on with, is no photo's title
    assert _split_cost([credit, head], 1, 0, 9, story_after=True) == 0.0
    second_line = Block(BlockKind.TITLE, tuple(_lines(["城南古运河迎来观光季"])), 4, text="城南古运河迎来观光季")
    assert _split_cost([credit, short, second_line], 1, 0, 9, story_after=True) == 0.0


def test_assemble_articles_kicker_saying_who_spoke_goes_with_the_headline_after_it():
    # The extractor drew the next story's kicker (…强调) into the frame of the headline
    # printed after the first story's text: the kicker leads to the headline that follows it.
    a = _column("本报讯 全县春季植树活动在城东湿地公园举行，干部群众一起挥锹铲土、扶苗培土，共栽下各类苗木两千余株。")
    b = _column("本报讯 县图书馆新馆昨天正式开馆，县长在开馆仪式上致辞，新馆藏书二十万册，设有少儿阅览区和自习区。")
    text = f"{a}\n\n全县春季植树活动在城东举行\n县长在图书馆新馆开馆仪式上强调\n\n让书香飘满城乡\n\n{b}\n"
    articles, _, _ = _assemble(text)
    assert [[t.text for t in x.titles] for x in articles] == [["全县春季植树活动在城东举行"],
                                                              ["县长在图书馆新馆开馆仪式上强调", "让书香飘满城乡"]]
    # both ways the assembly reads a gap keep it with that headline: the gap is not split
    # after it, and the frame's titles are read as two pieces, the kicker opening the second
    from banmian.articles import COST_SPLIT_FRAME, _split_cost, _title_pieces

    gap = [_title("全县春季植树活动在城东举行", 1), _title("县长在图书馆新馆开馆仪式上强调", 1), _title("让书香飘满城乡", 2)]
    assert _split_cost(gap, 2, 0, 9) == COST_SPLIT_FRAME
    for kicker in ("三县扎实推进秋冬农业生产——", "县农业农村局："):  # a dash or colon leads on too
        assert _split_cost([gap[0], _title(kicker, 1), gap[2]], 2, 0, 9) == COST_SPLIT_FRAME
    assert [[b.text for b in piece] for piece in _title_pieces(gap)] == [
        ["全县春季植树活动在城东举行"], ["县长在图书馆新馆开馆仪式上强调", "让书香飘满城乡"]]


def test_assemble_articles_a_box_under_its_label_goes_on_from_the_story_before_it():
    # [headline, story, ■链接 / the box's heading / a dispatch opening with its lead]: the
    # box is the story's last part, not an article of its own.
    story = _column("本报讯 县里今年新建乡村文化广场二十个，每个广场都配有舞台、灯光和健身器材，群众文化生活更加丰富。")
    box = _column("本报北京9月18日电 全国今年已建成乡村文化广场一万余个，覆盖了大部分行政村。")
    articles, _, _ = _assemble(f"乡村文化广场建起来\n\n{story}\n\n■链接\n乡村文化广场\n覆盖大部分村\n{box}\n")
    assert len(articles) == 1 and articles[0].titles[0].text == "乡村文化广场建起来"
    assert articles[0].paragraphs[1] == "■链接" and articles[0].paragraphs[-1].startswith("本报北京")
    # the heading going on in the frame of the box's text
    articles, _, _ = _assemble(f"乡村文化广场建起来\n\n{story}\n\n■链接\n乡村文化广场\n\n覆盖大部分村\n{box}\n")
    assert len(articles) == 1 and articles[0].paragraphs[-1].startswith("本报北京")


def test_cut_points_a_caption_whose_credit_was_split_off_its_line_may_be_cut_from_the_text_before():
    # [commentary ending at the column's full width, a caption line as wide as the column with
    # its credit on the same line]: nothing but the credit, split off into the gap after the
    # run, shows the line is a photo's caption.
    from banmian.articles import _body_runs, _credit_split_off, _cut_points
    text = ("县城夜市人气旺（今日谈）\n\n" + _column("夜市是一座城市的烟火气，也是观察消费活力的窗口。", "办好夜市，既要放开手脚，也要在管好秩序上多下功夫。")
            + "\n\n10月16日，城东夜市里游人如织  本报记者 高 洁摄\n小城夜色\n")
    bodies, gaps = _body_runs(classify_blocks(group_frames(read_lines(SourceText(text=text)))))
    run = bodies[-1]
    assert _credit_split_off(run, gaps[-1])
    assert (len(run) - 1) in [c for c, _ in _cut_points(run, False, captioned=True)]
    assert (len(run) - 1) not in [c for c, _ in _cut_points(run, False)]
    assert not _credit_split_off(run[:-1], gaps[-1])  # the credit shares no line with other text


def test_group_starts_a_subheadline_without_a_dash_under_a_headline_its_column_name_closes():
    # [headline（column）, a phrase, byline]: the phrase is the headline's subheadline, one
    # title group; a next story's kicker over its own headline, a dash or colon leading on, or
    # a short line still opens a group of its own.
    from banmian.articles import _TITLE_KINDS, _group_starts
    from banmian.model import Block, BlockKind

    byline = Block(BlockKind.BYLINE, tuple(_lines(["■记者 高 洁"])), 3, text="■记者 高 洁")
    head = _title("文化书屋管理新规出台（政策解读）", 1)
    assert _group_starts([head, _title("村里文化书屋有了统一规范", 2), byline], _TITLE_KINDS) == [0]
    assert _group_starts([head, _title("村里文化书屋有了统一规范", 2), _title("居民出行更方便", 3), byline],
                         _TITLE_KINDS) == [0, 1]
    assert _group_starts([head, _title("全省文化书屋建设工作推进会召开：", 2), byline], _TITLE_KINDS) == [0, 1]
    assert _group_starts([head, _title("城东夜市开张", 2), byline], _TITLE_KINDS) == [0, 1]


def test_title_pieces_a_column_name_broken_over_two_frames_is_one_piece():
    # A headline whose column's name the extractor broke into a frame of its own (…（百姓 /
    # ·身边事）) is one title, never two stacked headlines over two stories.
    from banmian.articles import _title_pieces

    gap = [_title("做好秋冬农业生产", 1), _title("老街巷里的新生活（百姓", 2), _title("·身边事）", 3)]
    assert [[b.text for b in piece] for piece in _title_pieces(gap)] == [
        ["做好秋冬农业生产"], ["老街巷里的新生活（百姓", "·身边事）"]]
    closed = [gap[0], _title("老街巷里的新生活（百姓）", 2), _title("小巷深处", 3)]
    assert len(_title_pieces(closed)) == 3


def test_group_starts_a_column_name_broken_over_two_lines_ends_its_headline():
    from banmian.articles import _TITLE_KINDS, _group_starts

    # 让书香飘满城乡（身边事·文 / 化惠民在基层）: the headline is complete, and the
    # title after it opens the next article's group
    gap = [_title("让书香飘满城乡（身边事·文", 1), _title("化惠民在基层）", 1),
           _title("全县春季植树活动在城东湿地公园举行", 2), _title("县长出席", 2)]
    assert _group_starts(gap, _TITLE_KINDS) == [0, 2]
    # ... but not its subheadline, nor after a source note broken over lines (（新华社北京 / 10月1日电）)
    assert _group_starts(gap[:2] + [_title("——记者观察", 2)], _TITLE_KINDS) == [0]
    note = [_title("让书香飘满城乡", 1), _title("（本报平湖10月1", 1), _title("日电）", 1), _title("在开馆仪式上的讲话", 2)]
    assert _group_starts(note, _TITLE_KINDS) == [0]


def test_group_starts_a_tagged_headline_after_a_kicker_and_its_headline_opens_another_group():
    from banmian.articles import _TITLE_KINDS, _group_starts

    pair = [_title("城东街道多措并举服务老人", 1), _title("饭菜热乎 日子舒心", 2)]
    # a third frame's headline bearing its column's name, whole or broken over two lines,
    # heads another story
    assert _group_starts(pair + [_title("小城书香浓（文化新观察）", 3)], _TITLE_KINDS) == [0, 2]
    assert _group_starts(pair + [_title("小城书香浓（文化", 3), _title("新观察）", 3)], _TITLE_KINDS) == [0, 2]
    # a kicker's one frame before a tagged headline is its own group's
    assert _group_starts(pair[:1] + [_title("小城书香浓（文化新观察）", 3)], _TITLE_KINDS) == [0]
    # and a subheadline after the pair stays with it
    assert _group_starts(pair + [_title("——来自城东街道的报道", 3)], _TITLE_KINDS) == [0]
    # a tagged headline a kicker's dash leads to stays with that kicker (whose frame may part
    # from the headline above it, by the frames' own tests)
    kicker = [_title("城东街道、城西街道、", 2), _title("南湖街道扎实开展走访——", 2)]
    assert _group_starts(pair[:1] + kicker + [_title("饭菜热乎 日子舒心（走基层·回访）", 3)], _TITLE_KINDS) == [0]


def test_group_starts_a_headline_after_a_photos_title_under_its_credit_opens_another_group():
    from banmian.articles import _TITLE_KINDS, _group_starts
    from banmian.model import Block, BlockKind, Byline

    credit = Block(BlockKind.BYLINE, tuple(_lines(["■摄影 张 明"])), 1, bylines=(Byline("摄影", "张明"),), text="■摄影 张 明")
    gap = [credit, _title("秋收时节", 2), _title("小镇迎来新客人", 3)]
    assert _group_starts(gap, _TITLE_KINDS) == [1, 2]
    # a caption's long line after the photo's title (credit, title, caption) stays with it
    caption = _title("城东新区的农民们正抓住晴好天气抢收晚稻一派繁忙景象", 3)
    assert _group_starts(gap[:2] + [caption], _TITLE_KINDS) == [1]
    # and under a reporter's byline a title's second frame goes on
    reporter = Block(BlockKind.BYLINE, tuple(_lines(["■记者 张 明"])), 1, bylines=(Byline("记者", "张明"),), text="■记者 张 明")
    assert _group_starts([reporter] + gap[1:], _TITLE_KINDS) == [1]


def test_a_speechs_date_stays_with_its_headline():
    # 在…开馆仪式上的讲话 / （2019年9月30日）, drawn in one frame with the next story's headline
    from banmian.articles import COST_SPLIT_FRAME, _split_cost, _title_pieces

    gap = [_title("在县图书馆新馆开馆仪式上的讲话", 1), _title("（2019年9月30日）", 2), _title("全县菊花展开幕", 2)]
    assert _split_cost(gap, 1, 0, 9) == COST_SPLIT_FRAME
    assert [[b.text for b in piece] for piece in _title_pieces(gap)] == [
        ["在县图书馆新馆开馆仪式上的讲话", "（2019年9月30日）"], ["全县菊花展开幕"]]
    # the date may name the place; a date inside other words is no speech's date
    from banmian.articles import _SPEECH_DATE_RE
    assert _SPEECH_DATE_RE.match("（2019年10月9日，平湖）")
    assert not _SPEECH_DATE_RE.match("（2019年9月30日起施行）")


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_assemble_articles_layout_credit_is_the_last_paragraph_of_the_text_before_it(gap):
    # 版式设计：X and 制图：X close the text they follow (the papers' own texts carry them), in its
    # frame or alone in one, and the next story opens after them, with a lead or a box of key points.
    a = _column("全县春季植树活动在城东湿地公园举行，干部群众一起挥锹铲土、扶苗培土，共栽下各类苗木两千余株。")
    b = _column("核心阅读", "县图书馆新馆昨天正式开馆，新馆藏书二十万册，设有少儿阅览区、电子阅览区和自习区。")
    for credit in ("版式设计：沈亦伶", "制图：蔡华伟"):
        text = f"全县春季植树活动举行\n\n{a}{gap}{credit}\n\n县图书馆新馆正式开馆\n\n{b}\n"
        articles, _, removed = _assemble(text)
        assert [x.paragraphs[-1] for x in articles][0] == credit
        assert [[t.text for t in x.titles] for x in articles] == [["全县春季植树活动举行"], ["县图书馆新馆正式开馆"]]
        assert not removed


def test_assemble_articles_two_headlines_drawn_as_one_group_go_to_their_own_texts():
    # the planting story names the new library too: its headline shares words with both texts
    a = _column("全县春季植树活动在城东湿地公园和县图书馆新馆周边举行，干部群众一起挥锹铲土，共栽下苗木两千余株。")
    b = _column("本报讯 县图书馆新馆昨天正式开馆，新馆藏书二十万册，设有少儿阅览区、电子阅览区和自习区。")
    articles, _, _ = _assemble(f"全县春季植树活动举行\n\n县图书馆新馆正式开馆\n\n{a}\n\n{b}\n")
    assert [[t.text for t in x.titles] for x in articles] == [["全县春季植树活动举行"], ["县图书馆新馆正式开馆"]]
    # a headline and its second line (no words of the other text) stay together
    articles, _, _ = _assemble(f"全县春季植树活动举行\n\n干部群众共栽苗木两千余株\n\n{a}\n\n{b}\n")
    assert [len(x.titles) for x in articles] == [2, 0]


def test_assemble_articles_subheadings_set_alike_are_read_as_one_article(monkeypatch):
    # Texts around each subheading that share few words (a join costs about what the
    # subheading read as a new article's title): subheadings shaped alike are still one article's.
    import banmian.articles as articles_module
    monkeypatch.setattr(articles_module, "_join_cost", lambda before, after: 0.7)
    a = _column("全县春季植树活动在城东湿地公园举行，干部群众一起挥锹铲土、扶苗培土，共栽下各类苗木两千余株。")
    b = _column("近年来，我县坚持生态优先、绿色发展，累计完成造林面积一千二百亩，森林覆盖率明显提高。")
    c = _column("县林业局负责人表示，今年将继续推进国土绿化行动，让城乡处处见绿，群众生活更加舒心。")
    alike = f"全县春季植树活动举行\n\n{a}\n\n创新形式 扩大绿化面积\n\n{b}\n\n优化流程 提升造林质量\n\n{c}\n"
    assert len(_assemble(alike)[0]) == 1
    unlike = f"全县春季植树活动举行\n\n{a}\n\n创新形式 扩大绿化面积\n\n{b}\n\n县林业局推进国土绿化\n\n{c}\n"
    assert len(_assemble(unlike)[0]) > 1


@pytest.mark.parametrize("inside,articles", [("创新形式\n扩大绿化", 1), ("创新植树形式\n扩大绿化", 2), ("", 2)])
def test_assemble_articles_subheading_set_as_a_heading_inside_the_text_joins_it(monkeypatch, inside, articles):
    # A frame holds one of the story's two-line subheadings as its text; another, broken by a
    # frame (its first line alone, its second opening the next frame), is a title-only gap
    # shaped alike: one article, though the texts around it share few words.
    import banmian.articles as articles_module
    monkeypatch.setattr(articles_module, "_join_cost", lambda before, after: 1.2)
    a = _column("全县春季植树活动在城东湿地公园举行，干部群众一起挥锹铲土、扶苗培土，共栽下各类苗木两千余株。")
    b = _column("近年来，我县坚持生态优先、绿色发展，累计完成造林面积一千二百亩，森林覆盖率明显提高。")
    c = _column("县林业局负责人表示，今年将继续推进国土绿化行动，让城乡处处见绿，群众生活更加舒心。")
    heading = f"{inside}\n" if inside else ""
    page = f"全县春季植树活动举行\n\n{a}\n\n{heading}{b}\n\n优化流程\n\n提升质量\n{c}\n"
    assert len(_assemble(page)[0]) == articles


@pytest.mark.parametrize("lines,headings", [
    (["访农户问冷暖", "确保稳得住", "“今年的春耕", "准备得早。”"], 2),
    (["为了给新苗找到合适的", "土壤，林业站的技术"], 0),  # the sentence runs on after 的
    (["城东湿地公园论", "坛昨天在县城举行，"], 0),  # a word runs over the break
    (["第二届全县植树节", "（城东）执委会表示，"], 0),  # a bracket goes on from it
    (["全县春季植树活动", "县林业局负责人表示，", "今年将继续推进国土"], 1),
])
def test_heading_lines_open_a_frame_only_where_no_sentence_runs_on(lines, headings):
    from banmian.articles import _heading_lines
    assert _heading_lines(tuple(_lines(lines)), 14.0) == headings


def test_assemble_articles_compilation_sections_with_bylines_set_alike_are_one_article(monkeypatch):
    # A compilation: each section opens with a heading and its author's byline, set alike;
    # the sections' texts share few words (joining costs what a missing title does).
    import banmian.articles as articles_module
    monkeypatch.setattr(articles_module, "_join_cost", lambda before, after: 1.0)
    a = _column("国庆前后，各地群众以多种方式表达对祖国的热爱，街头巷尾处处洋溢着节日的喜庆气氛。")
    b = _column("在江西井冈山的山村里，鲜艳的五星红旗映红了村庄，游客们纷纷在红旗下合影留念。")
    c = _column("在河南兰考，村民们唱起了自编的歌曲，歌声里满是对新生活的向往和对未来的信心。")
    section = "{place}——\n{heading}\n\n本报记者  {name}"
    one = section.format(place="江西井冈山", heading="红色旅游兴起 带来发展机遇", name="陈 岚")
    two = section.format(place="河南兰考", heading="村民大干一场 收获幸福生活", name="毛建林")
    page = f"奋斗新时代\n\n{a}\n\n{one}\n\n{b}\n\n{two}\n\n{c}\n"
    articles, _, _ = _assemble(page)
    assert len(articles) == 1 and "本报记者陈岚" in "".join(articles[0].paragraphs)
    # sections set differently: the programme reads separate articles
    three = "抓住发展机遇 奋斗同心协力\n\n本报记者  何志波"
    assert len(_assemble(f"奋斗新时代\n\n{a}\n\n{one}\n\n{b}\n\n{three}\n\n{c}\n")[0]) > 1


def test_assemble_articles_photo_credit_closes_its_caption_without_a_full_stop():
    story = _column("第一次将所有场馆全部建在一个新城片区，这在全省运动会的历史上还是首次，各项准备工作已经就绪。")
    page = f"秋日田园\n\n金秋时节，田野里一片丰收景象，农民们正忙着收割稻谷\n本报记者 王 强摄\n\n{story}\n"
    articles, _, _ = _assemble(page)
    assert len(articles) == 2 and articles[0].kind.value == "photo"
    assert articles[1].paragraphs[0].startswith("第一次将所有场馆")


def test_assemble_articles_photo_report_credit_ends_its_story():
    # The credit of a photo report, broken after its 摄, is the last line of its story: the
    # text after it, with no full stop between, opens the next story.
    report = "\n".join(wrap_column(["虚拟现实产业博览会近日在省城会展中心举办，来自多个国家的企业参展，"
                                     "市民在体验中心观看虚拟现实影片，感受身临其境的沉浸式体验。"], 13))
    story = "\n".join(wrap_column(PARAS[1:] * 2, 13))  # no lead to say a story begins
    text = (f"虚拟现实 看见未来\n\n{report}\n本报记者 周林海 王 丹摄\n影报道\n\n{story}\n\n"
            "全县春季植树活动举行\n")
    articles, _, _ = _assemble(text)
    assert [a.titles[0].text for a in articles] == ["虚拟现实 看见未来", "全县春季植树活动举行"]
    assert articles[0].paragraphs[-1] == "本报记者周林海王丹摄影报道"
    assert articles[1].paragraphs[0].startswith(PARAS[1][:8])


@pytest.mark.parametrize("second,groups", [
    ("共栽下各类苗木两千余株，森林覆盖率提高到百分之三十二", 1),  # a fact, longer than the headline: its subheadline
    ("致敬，城市“夜行人”", 2),  # a short headline of another story
    ("春风里的读书声", 2),
])
def test_groups_title_after_a_headline_with_its_column_name(second, groups):
    from banmian.articles import _groups
    from banmian.model import Block, BlockKind
    headline = "全县春季植树活动举行（绿色家园）"
    titles = [Block(BlockKind.TITLE, tuple(_lines([headline])), 0, text=headline),
              Block(BlockKind.TITLE, tuple(_lines([second])), 1, text=second)]
    assert _groups(titles, (BlockKind.TITLE,)) == groups


@pytest.mark.parametrize("noted,story_before", [(True, False), (False, False), (True, True)])
def test_assemble_articles_sections_headed_by_their_authors_make_one_article(noted, story_before):
    # Interviews under one headline, each opened by its heading and its author's line with the
    # country in parentheses (and maybe closed by a note): one article, however little their
    # words meet.
    def col(*ps):
        if not noted:
            ps = [p[:p.index("（作者")] if "（作者" in p else p for p in ps]
        return "\n".join(wrap_column(list(ps), 12))
    s1, s2, s3 = (col(f"{scene}，中国发展令人钦佩。", note) for scene, note in (
        ("我在这里看到地方政府对科技创新十分重视，科研投入逐年增加，实验室设备先进",
         "年轻的工程师们勤奋刻苦，成果迅速转化为生产力。（作者为英国一所大学的教授，本报记者李文采访整理）"),
        ("荷兰的花农常说，种好郁金香要看土壤和气候，郁金香出口带来了可观收入",
         "港口物流和花卉拍卖让鹿特丹成为欧洲门户。（作者为荷兰花卉商会会长，本报记者王云采访整理）"),
        ("摩洛哥的橄榄园一望无际，沙漠边缘的村庄依靠太阳能发电点亮夜晚",
         "当地青年学习中文的热情高涨，孔子学院的课堂座无虚席。（作者为摩洛哥能源企业工程师，本报记者刘军采访整理）")))
    text = ("讲述亲身经历 感受发展变化（远方的朋友）\n\n中国为科研搭建广阔\n舞台\n\n（英国）约翰·爱德华·\n汤普森\n\n"
            f"{s1}\n\n郁金香之国的\n中国朋友\n\n（荷兰）亨德里克·\n范德贝\n\n{s2}\n\n"
            f"沙漠边缘的\n新能源\n\n（摩洛哥）卡里姆·\n本阿里\n\n{s3}\n")
    if story_before:
        # A story of its own before the first section, ending without a note, is no section.
        story = col("上世纪五十年代中期，县里还没有一家像样的工厂，第一台拖拉机由此进村。",
                    "如今这台拖拉机陈列在县博物馆里，博物馆每天开放，参观者可免费预约。")
        headline, sections = text.split("\n\n", 1)  # the compilation's headline drawn after it, as in print
        text = f"第一台拖拉机进村（家乡的“第一”）\n\n{story}\n\n{sections}\n{headline}\n"
    articles, _, _ = _assemble(text)
    if story_before:
        assert articles[0].titles[0].text == "第一台拖拉机进村（家乡的“第一”）"
        assert articles[0].paragraphs[-1].endswith("参观者可免费预约。")
        articles = articles[1:]
    assert len(articles) == 1
    assert story_before or articles[0].titles[0].text == "讲述亲身经历 感受发展变化（远方的朋友）"
    text_of = "".join(articles[0].paragraphs)
    assert all(words in text_of for words in ("实验室设备先进", "郁金香出口", "孔子学院的课堂"))


def test_assemble_articles_editors_words_head_a_note_of_their_own():
    # The editors' note (编者的话) after a story's text is a piece of its own, not a section of
    # that story, however much its words share with it.
    story = _column("全县今年新建了十二所乡村学校，让山里的孩子在家门口就能上学。",
                    "新学校都配备了图书室和运动场，乡村教师的待遇也有了提高。")
    note = _column("乡村学校的建设关系到千家万户。新学校建起来以后，怎样留住乡村教师、办好乡村学校？本版今起每周一期，讲述这些学校的新故事。")
    other = _column("县图书馆新馆本月起全面开放，馆内设有少儿阅览区和电子阅览区。")
    text = f"乡村学校建设提速\n\n{story}\n\n编者的话\n\n{note}\n\n图书馆新馆开放\n\n{other}\n"
    articles, unassigned, _ = _assemble(text)
    assert not unassigned
    assert [a.titles[0].text for a in articles] == ["乡村学校建设提速", "编者的话", "图书馆新馆开放"]


def test_assemble_articles_bulleted_subheading_stays_inside_its_text():
    # A title led by a bullet is a subheading, however little the text on its two sides shares.
    first = _column("本报讯 一处展柜前人潮涌动，里面是上世纪的生活用品：二八自行车、缝纫机和收音机。")
    second = _column("来自黑龙江的谢方明专门来到北京展览馆看展，他站在启用社会保障卡的展板前久久驻足。")
    text = f"增进民生福祉 创造美好生活\n\n{first}\n\n●织密民生保障安\n全网\n\n{second}\n"
    articles, _, _ = _assemble(text)
    assert len(articles) == 1 and [t.text for t in articles[0].titles] == ["增进民生福祉 创造美好生活"]


def test_build_paragraphs_signature_stands_between_its_heading_and_the_text():
    lines = _lines(["用户是互联网思维的核心", "东方日报社新媒体中心主任", "丁  伟", "媒体融合要以用户为中心，把内",
                    "容做精做深，让每一条新闻都能", "找到它的读者。我们用数据了解", "读者，也用故事打动读者。"])
    assert _norm(build_paragraphs(lines, width=14)) == [
        "用户是互联网思维的核心", "东方日报社新媒体中心主任丁伟", "媒体融合要以用户为中心，把内容做精做深，让每一条新闻都能找到它的读者。我们用数据了解读者，也用故事打动读者。"]


def test_assemble_articles_many_sections_set_alike_make_one_article_however_far_apart_their_words(monkeypatch):
    # Four sections, each a place and a dash over a heading wrapped in the column and its
    # author's byline: the places' names differ in length, the headings' lines do not. The
    # more sections set alike, the likelier a compilation, however little their texts share.
    import banmian.articles as articles_module
    monkeypatch.setattr(articles_module, "_join_cost", lambda before, after: 3.0)
    texts = [_column(p) for p in (
        "国庆前后，各地群众以多种方式表达对祖国的热爱，街头巷尾处处洋溢着节日的喜庆气氛。",
        "在江西井冈山的山村里，鲜艳的五星红旗映红了村庄，游客们纷纷在红旗下合影留念。",
        "在河南兰考，村民们唱起了自编的歌曲，歌声里满是对新生活的向往和对未来的信心。",
        "在新疆昌吉，各族群众身着节日盛装，载歌载舞，共同祝福伟大祖国繁荣昌盛。",
        "在黑龙江大庆，油田职工重温铁人精神，立足岗位争做时代新人，为祖国献礼。")]
    sections = [("江西井冈山", "红色旅游兴起 带来", "发展机遇", "陈 岚"),
                ("河南兰考", "村民大干一场 收获", "幸福生活", "毛建林"),
                ("新疆昌吉", "各族载歌载舞 表达", "诚挚祝福", "阿尔达克"),
                ("黑龙江大庆油田", "弘扬铁人精神 争做", "时代新人", "方 圆")]
    page = f"礼赞新中国\n\n{texts[0]}\n\n" + "\n\n".join(
        f"{place}——\n{head}\n{tail}\n\n本报记者  {name}\n\n{text}"
        for (place, head, tail, name), text in zip(sections, texts[1:])) + "\n"
    articles, _, _ = _assemble(page)
    assert len(articles) == 1
    assert all(f"本报记者{name.replace(' ', '')}" in "".join(articles[0].paragraphs) for *_, name in sections)


@pytest.mark.parametrize("column_name, width", [("（脱贫第一线）", 14), ("（脱贫第一线·驻村手记·走进山乡的故事）", 22)])
def test_assemble_articles_headline_with_its_column_name_on_a_line_of_its_own_opens_an_article(monkeypatch, column_name, width):
    # Title lines between two texts on one subject, the last of them the column's name alone
    # (（脱贫第一线）): a headline, not a subheading, however many words the texts share.
    import banmian.articles as articles_module
    monkeypatch.setattr(articles_module, "_join_cost", lambda before, after: 0.0)
    # Column names run to 20 characters and more (…·…·…), within a wide column.
    a = "\n".join(wrap_column(["驻村工作队因地制宜、分类指导，让产业帮扶措施落到实处，村里建起了合作社和加工厂。"], width))
    b = "\n".join(wrap_column(["近年来，县里鼓励村民发展特色产业，扶贫工作队帮助贫困户学技术、找销路，收入逐年增加。"], width))
    page = f"扶贫工作队驻村攻坚\n\n{a}\n\n带来新思路 资源变财富\n\n{column_name}\n\n{b}\n"
    articles, _, _ = _assemble(page)
    assert len(articles) == 2
    assert "资源变财富" in "".join(t.text for t in articles[1].titles)


def test_assemble_articles_title_gap_holding_a_column_name_anywhere_opens_an_article(monkeypatch):
    # A headline closed by its column's name, then its subheadline: a headline, not a
    # subheading, wherever in the gap the column's name stands.
    import banmian.articles as articles_module
    monkeypatch.setattr(articles_module, "_join_cost", lambda before, after: 0.0)
    a = _column("驻村工作队因地制宜、分类指导，让产业帮扶措施落到实处，村里建起了合作社和加工厂。")
    b = _column("近年来，县里鼓励村民发展特色产业，扶贫工作队帮助贫困户学技术、找销路，收入逐年增加。")
    page = f"扶贫工作队驻村攻坚\n\n{a}\n\n小城有温度 生活更美好（钟声）\n\n——走近新时代的社区与居民\n\n{b}\n"
    assert len(_assemble(page)[0]) == 2


def test_side_after_a_text_charges_a_title_past_its_jump_marker():
    # （下转8版） is the last thing a story prints on its page: a headline drawn after the text
    # comes before its marker, and one after the marker heads the next text.
    from banmian.articles import _side_shape
    from banmian.blocks.frame import classify_frame
    from banmian.frames import group_frames

    def blocks(text):
        return [b for f in group_frames(read_lines(SourceText(text=text))) for b in classify_frame(f)]

    title_then_marker = blocks("出游请带上“文明”这个行囊\n\n（下转8版）")
    marker_then_title = blocks("（下转8版）\n\n出游请带上“文明”这个行囊")
    assert [b.kind.value for b in marker_then_title] == ["continuation", "title"]
    cost = lambda items: sum(c for c, _ in _side_shape(items, before=False)[1])
    assert cost(marker_then_title) > cost(title_then_marker)


def test_assemble_articles_text_alone_going_on_from_a_story_stopped_mid_sentence_joins_it():
    # pdfminer may read the rest of a column after other stories: text alone whose first line
    # is set to the full column goes on from the one story on the page that stopped
    # mid-sentence without a （下转N版）.
    a = "\n".join(wrap_column(["护林前辈们留下的精神财富，才能代代相传。护林队员们始终不畏艰险、无私"], 14))
    rest = "\n".join(wrap_column(["奉献，既守护了大山里的绿水青山，也守望着山下群众的平安生活，是新时代最可敬的人。"], 14, indent=0))
    b = _column("社区养老服务，事关千家万户的切身利益，办好养老服务，要放在全市民生事业发展全局中来谋划。")
    jumping = "\n".join(wrap_column(["面向未来，养老服务还需在医养结合和上门照护等环节下足功夫、做细活，一方面要改变等客上门的模式"], 14))
    page = f"永放光芒的精神财富\n\n{a}\n\n完善养老服务\n\n{b}\n\n{jumping}\n（下转11版）\n\n{rest}\n"
    articles, _, _ = _assemble(page)
    assert len(articles) == 2
    assert "".join(articles[0].paragraphs).endswith("是新时代最可敬的人。")


def test_assemble_articles_text_alone_joins_the_one_of_several_open_stories_a_word_runs_on_from():
    # Two stories stop mid-sentence without a （下转N版）; the text alone, drawn before both,
    # goes on from the one whose last line a word runs on from (县图书 / 馆开展).
    first = "\n".join(wrap_column(["本报讯 近日，城南老街改造工程全面完工，每天接待游客上万人次，成为市民休闲的好去处"], 12))
    alone = "\n".join(wrap_column(["馆开展“书香进社区”活动，志愿者将两千余册图书送到十个社区的阅览室，方便居民就近借阅。"], 12, indent=0))
    library = "\n".join(wrap_column(["本报讯 日前，全民阅读季在县城启动。启动仪式后，县图书"], 12))
    harvest = "\n".join(wrap_column(["本报讯 金秋时节，城郊的稻田里一片繁忙景象，农机手们驾驶收割机来回穿梭，"], 12))
    page = f"老街换新颜\n\n{first}\n（下转2版）\n\n{alone}\n\n全民阅读季启动\n\n{library}\n\n秋收正忙\n\n{harvest}\n"
    articles, _, _ = _assemble(page)
    texts = {a.titles[0].text: "".join(a.paragraphs) for a in articles}
    assert texts["全民阅读季启动"].endswith("县图书馆开展“书香进社区”活动，志愿者将两千余册图书送到十个社区的阅览室，方便居民就近借阅。")
    assert texts["秋收正忙"].endswith("来回穿梭，")


def test_assemble_articles_letter_spaced_subheading_measures_by_its_characters(monkeypatch):
    # A subheading spread letter by letter is as wide as its characters, not its spaces: set
    # in the column, between texts that share their words, it stays inside one article.
    import banmian.articles as articles_module
    monkeypatch.setattr(articles_module, "_join_cost", lambda before, after: 0.0)
    a = "\n".join(wrap_column(["全县春季植树活动在城东湿地公园举行，干部群众一起挥锹铲土、扶苗培土，共栽下各类苗木两千余株。"], 12))
    b = "\n".join(wrap_column(["近年来，我县坚持生态优先、绿色发展，累计完成造林面积一千二百亩，森林覆盖率明显提高。"], 12))
    page = f"全县春季植树活动举行\n\n{a}\n\n扩 大 全 县 绿 化 面 积 成 效\n\n{b}\n"
    articles, _, _ = _assemble(page)
    assert len(articles) == 1


def test_split_cost_parts_no_headline_from_its_dash_subheadline():
    # 携手共进 合作共赢 / ——写在第三届茶博会开幕之际: the subheadline's dash follows its own
    # headline, each in a frame of its own or not; parting them costs what parting a frame does.
    from banmian.articles import COST_SPLIT_FRAME, _split_cost
    from banmian.blocks.frame import classify_frame
    from banmian.frames import group_frames
    gap = [b for f in group_frames(read_lines(SourceText(text="携手共进 合作共赢\n\n——写在第三届茶博会开幕之际")))
           for b in classify_frame(f)]
    assert [b.kind.value for b in gap] == ["title", "title"] and gap[0].frame_index != gap[1].frame_index
    assert _split_cost(gap, 1, -1, -1) == COST_SPLIT_FRAME


def test_assemble_articles_items_of_news_in_brief_beside_their_label_are_one_article():
    # 新闻速递: each item a heading, a dispatch naming no place or date (本报电) and its author in
    # parentheses; the label drawn after the last item. The paper prints the box as one story.
    one = _column("本报电 日前，全县首届科普文化节在县科技馆开幕，活动将持续一周，展出科普展品两百余件。", "（王 明）")
    two = _column("本报电 近日，县图书馆新馆正式开放，新馆藏书二十万册，设有少儿阅览区和电子阅览室。", "（李 华）")
    story = _column("本报讯 10月24日下午，县委召开常委会议，研究部署下一阶段重点工作，会议由县委书记主持。")
    page = (f"全县首届科普文化节开幕\n\n{one}\n\n县图书馆新馆开放\n\n{two}\n\n新闻速递\n\n"
            f"县委召开常委会议\n\n{story}\n")
    articles, _, _ = _assemble(page)
    assert [a.titles[0].text for a in articles] == ["新闻速递", "县委召开常委会议"]
    text = "".join(articles[0].paragraphs)
    assert "全县首届科普文化节开幕" in text and "县图书馆新馆开放" in text and text.endswith("（李华）")


def test_assemble_articles_one_item_under_its_box_label_is_the_box():
    # 新闻速递 over one item's heading, then its 本报电 dispatch and its author: the box is the
    # story, under its label, the heading a line of its text.
    one = _column("本报电 日前，全县首届科普文化节在县科技馆开幕，活动将持续一周，展出科普展品两百余件。", "（王 明）")
    story = _column("本报讯 10月24日下午，县委召开常委会议，商定秋冬季防火工作安排，会议由县委书记主持。")
    articles, _, _ = _assemble(f"新闻速递\n\n全县首届科普文化节开幕\n\n{one}\n\n县委召开常委会议\n\n{story}\n")
    assert [[t.text for t in a.titles] for a in articles] == [["新闻速递"], ["县委召开常委会议"]]
    assert articles[0].paragraphs[0] == "全县首届科普文化节开幕"


def test_assemble_articles_heading_glued_under_a_box_items_note_is_the_boxs_text():
    # The extractor glued the next item's heading, its text cut off, into the last item's
    # frame under its author's note; a photo's title and caption come after it.
    one = _column("本报电 日前，全县首届科普文化节在县科技馆开幕，活动将持续一周，展出科普展品两百余件。", "（王 明）")
    two = _column("本报电 近日，县图书馆新馆正式开放，新馆藏书二十万册，设有少儿阅览区和电子阅览室。", "（李 华）")
    caption = "秋日午后，游客在湖边步道上散步赏景。 本报记者 周 敏摄"
    page = (f"新闻速递\n\n全县首届科普文化节开幕\n\n{one}\n\n县图书馆新馆开放\n\n{two}\n县体育馆完成\n"
            f"改造重新开放\n\n湖畔秋色\n\n{caption}\n")
    articles, _, _ = _assemble(page)
    assert [a.titles[0].text for a in articles] == ["新闻速递", "湖畔秋色"]
    assert "".join(articles[0].paragraphs).endswith("县体育馆完成改造重新开放")


def test_assemble_articles_last_item_of_a_box_may_go_on_on_another_page():
    # The box's last item stops mid-sentence without its note, its text jumping to another
    # page (（下转3版）): still the box's item.
    one = _column("本报电 日前，全县首届科普文化节在县科技馆开幕，活动将持续一周，展出科普展品两百余件。", "（王 明）")
    two = _column("本报电 近日，县图书馆新馆正式开放，新馆藏书二十万册，设有少儿阅览区和电子")
    articles, _, _ = _assemble(f"全县首届科普文化节开幕\n\n{one}\n\n县图书馆新馆开放\n\n{two}\n\n新闻速递\n\n（下转3版）\n")
    assert [a.titles[0].text for a in articles] == ["新闻速递"]
    assert articles[0].continued_to == 3 and "县图书馆新馆开放" in "".join(articles[0].paragraphs)


def test_assemble_articles_sections_numbered_on_across_a_heading_are_one_story(monkeypatch):
    # A long story numbers its parts (（一）…（二）… | （三）…); a heading between its texts is
    # one of its own, however little their words meet (a join made dear here).
    import banmian.articles as articles_module
    monkeypatch.setattr(articles_module, "_join_cost", lambda before, after: 3.0)
    one = _column("（一）开幕：上午九时，县运动会在体育中心开幕，全县两千余名运动员参加入场式。",
                  "（二）赛场：田径赛场上，运动员们奋勇争先，多个项目刷新了县纪录。")
    two = _column("（三）闭幕：傍晚，运动会落下帷幕，组委会为获奖队伍颁发奖杯和证书。")
    articles, _, _ = _assemble(f"全县第十届运动会圆满举行\n\n■记者 王 明\n\n{one}\n\n赛场内外笑声不断\n\n{two}\n")
    assert [a.titles[0].text for a in articles] == ["全县第十届运动会圆满举行"]
    assert articles[0].paragraphs[-1].startswith("（三）闭幕")


_DATED_ITEMS = [
    ("客运站发送旅客十二万人次", "本报南城10月9日电  （记者王明）记者从县交通局获悉：假期全县客运站共发送旅客十二万人次，比去年同期增长百分之六。"),
    ("景区接待游客三十万人次", "本报南城10月9日电  （记者李华）记者从县文旅局获悉：假期全县各景区共接待游客三十万人次，门票收入比去年增长一成。"),
    ("道路交通安全形势平稳", "本报南城10月9日电  （记者赵强）记者从县公安局获悉：假期全县道路交通安全形势平稳，未发生较大交通事故。"),
]


def test_assemble_articles_dated_dispatches_beside_a_label_naming_its_topic_are_one_box():
    # 速览·秋日假期: a box's items may be dated dispatches that name their reporter up front and
    # close with no note; the label may name the box's topic after a middle dot. The story
    # after the label is no item of the box.
    items = "\n\n".join(f"{head}\n\n{_column(text)}" for head, text in _DATED_ITEMS[:2])
    story = _column("本报讯 10月8日下午，县委召开常委会议，研究部署下一阶段重点工作，会议由县委书记主持。")
    articles, _, _ = _assemble(f"{items}\n\n速览·秋日假期\n\n县委召开常委会议\n\n{story}\n")
    assert [a.titles[0].text for a in articles] == ["速览·秋日假期", "县委召开常委会议"]
    assert [p[:12] for p in articles[0].paragraphs] == ["客运站发送旅客十二万人次", "本报南城10月9日电 （",
                                                          "景区接待游客三十万人次", "本报南城10月9日电 （"]


def test_assemble_articles_last_item_going_on_before_the_box_label_is_the_box():
    # The last item's words in a frame of their own, then the label, then the jump: they read
    # as a story titled by the label, yet are the last item's text going on.
    items = "\n\n".join(f"{head}\n\n{_column(text)}" for head, text in _DATED_ITEMS)
    going_on = _column("据介绍，假期全县交警每日上路执勤三百余人次，查处各类交通违法行为一千余起，道路")
    articles, _, _ = _assemble(f"{items}\n\n{going_on}\n\n速览·秋日假期\n\n（下转3版）\n")
    assert [a.titles[0].text for a in articles] == ["速览·秋日假期"]
    assert articles[0].paragraphs[-1].startswith("据介绍，假期全县交警")


def test_assemble_articles_last_subheading_with_its_section_cut_off_stays_in_the_text():
    # A story with subheadings set alike ends on one more of them, its section cut off; the
    # next story's headline follows. The heading is the story's last line, not a kicker over
    # the next headline.
    lead = _column("本报讯 今年以来，县里多措并举稳就业，全县城镇新增就业两千余人，失业人员再就业九百余人，"
                   "就业形势总体稳定，群众就业满意度稳步提高。")
    one = _column("县人社局走访重点企业，帮助企业稳定岗位，今年已为企业发放稳岗补贴三百余万元，企业稳定就业岗位一万多个。")
    two = _column("县里开设创业服务窗口，为创业者提供贷款和场地，今年扶持创业带动就业八百余人，创业就业势头良好。")
    story = _column("本报讯 近日，城东社区图书馆建成开放，馆内藏书两万册，居民可免费借阅。")
    articles, _, _ = _assemble(
        f"县里多措并举稳就业（民生观察）\n\n■记者 王 明\n\n{lead}\n\n帮扶企业稳岗位\n\n{one}\n\n拓宽渠道促创业\n\n"
        f"{two}\n\n加强培训提技能\n\n城东社区图书馆开放\n\n■记者 李 华\n\n{story}\n")
    assert [[t.text for t in a.titles] for a in articles] == [["县里多措并举稳就业（民生观察）"], ["城东社区图书馆开放"]]
    assert articles[0].paragraphs[-1] == "加强培训提技能"


def test_assemble_articles_heading_telling_of_the_dispatch_before_it_is_that_dispatchs_headline(monkeypatch):
    # Titles set after their texts: a dispatch, its headline, an essay, the essay's headline.
    # However alike the words of the two texts (a join made free here), the heading between
    # them tells of the dispatch and not of the essay: no subheading over the essay.
    import banmian.articles as articles_module
    monkeypatch.setattr(articles_module, "_join_cost", lambda before, after: 0.0)
    dispatch = _column("本报讯 近日，县图书馆新馆正式开馆，新馆藏书二十万册，设有少儿阅览区和电子阅览室，开馆首日接待读者三千余人次。")
    essay = _column("好的习惯要从小养成，家长不妨每天抽出半小时陪孩子读书，日积月累，孩子自然爱上阅读。",
                    "阅读让人开阔眼界，也让人学会思考，这是任何一种娱乐都替代不了的。")
    articles, _, _ = _assemble(f"{dispatch}\n\n县图书馆新馆开馆\n\n{essay}\n\n让孩子爱上阅读（一家之言）\n")
    assert [[t.text for t in a.titles] for a in articles] == [["县图书馆新馆开馆"], ["让孩子爱上阅读（一家之言）"]]


def test_assemble_articles_two_sections_set_alike_join_however_far_apart_their_words(monkeypatch):
    # Two sections, each a label with a colon over a heading and its author's byline (地点：… /
    # 顶风冒雪保畅通 / 本报记者 钱丰年), tell of two places: their words hardly meet, yet being
    # set alike they are sections of one story.
    import banmian.articles as articles_module
    monkeypatch.setattr(articles_module, "_join_cost", lambda before, after: 2.8)
    texts = [_column(p) for p in (
        "国庆假期七天，在每一个平凡岗位上，都有干部坚守一线，守护着群众的平安与欢乐。",
        "五日下午，山口镇上空飘起了雪雨，养护工人顶风冒雪清理路面积雪，保障道路畅通。",
        "稻谷金黄，白鹤山村的驻村干部和村民一起抢收稻谷，赶在降雨之前把粮食收进仓。")]
    page = (f"长假七天 他们在一线\n\n{texts[0]}\n\n地点：青海山口镇公路段\n顶风冒雪保畅通\n\n本报记者  钱丰年\n\n"
            f"{texts[1]}\n\n地点：重庆丰都白鹤山村\n帮乡亲抢收稻谷\n\n本报记者  刘新民\n\n{texts[2]}\n")
    articles, _, _ = _assemble(page)
    assert len(articles) == 1


def _compilation(heads, paras):
    """A compilation's page: each section a place and a dash over a two-line heading, its
    author's byline and its text (``heads``: place, heading, its wrapped tail, author), the
    compilation's headline drawn after the last section."""
    return "\n\n".join(f"{place}——\n{head}\n{tail}\n\n本报记者  {name}\n\n{_column(text)}"
                       for (place, head, tail, name), text in zip(heads, paras)) + "\n\n奋斗新时代\n"


# Two compilations: four sections each, set alike; in the second one section's heading is a line
# longer (it wraps once more), so the sections' openings differ by a line.
_COMPILATIONS = [
    ([("江西井冈山", "红色旅游兴起 带来发展", "机遇", "陈 岚"), ("河南兰考", "村民大干一场 收获幸福", "生活", "毛建林"),
      ("中车长客公司", "工人锤炼技能 岗位书写", "豪情", "孙立伟"), ("陕西延安", "苹果销往各地 百姓生活", "如蜜", "赵世杰")],
     ("车入山村，鲜红的国旗、庆祝国庆佳节的彩色横幅一路映入眼帘，游客们在村口纷纷合影留念。",
      "“咱们齐心协力，咱们好好干一场！”村民们唱起自编的歌曲，歌声里满是对新生活的向往。",
      "走进轨道客车公司的车间，工人们正在进行技能比武，一道道工序精益求精，毫不马虎。",
      "国庆节前夕，革命圣地的果园里苹果挂满枝头，果农们忙着采摘装箱，销往全国各地。")),
    ([("浙江竹乡", "一根毛竹撑起 山村致富", "新路", "周 明"), ("福建茶山", "茶园连片成景 茶农收入", "年年涨 日子越过越\n红火", "林清和"),
      ("江苏织乡", "老厂焕发新机 织出幸福", "好日子", "吴立新"), ("山东渔港", "渔船满载而归 海上丰收", "正当时", "孙海涛")],
     ("清晨的竹林里雾气还没散，村民们已经扛着工具上山，准备把新砍的毛竹运下山去。",
      "“今年的茶价比去年好，家家户户都多了一份收入！”茶农一边炒茶一边笑着说。",
      "走进织布厂的车间，机器声此起彼伏，女工们熟练地换线接头，一匹匹新布卷下机台。",
      "码头上停满了刚归港的渔船，渔民们忙着卸鱼分拣，收购商早早等在岸边过秤装车。")),
]


@pytest.mark.parametrize("heads, paras", _COMPILATIONS, ids=["alike", "a-line-apart"])
def test_assemble_articles_compilation_opening_section_is_text_under_the_headline_drawn_after(heads, paras):
    # Sections set alike (place and dash over a heading, the author's byline), the first at the
    # top of the page and the compilation's headline drawn after the last: the first section's
    # heading and byline open the text, as the later ones go on it; the headline is its title.
    articles, _, _ = _assemble(_compilation(heads, paras))
    assert len(articles) == 1 and [t.text for t in articles[0].titles] == ["奋斗新时代"]
    place, head = heads[0][:2]
    assert "".join(articles[0].paragraphs).startswith(f"{place}——{head.split()[0]}")


def test_assemble_articles_first_section_opens_the_text_when_later_authors_open_sections_inside_it():
    # The first section's heading and author set apart at the top, the compilation's headline
    # drawn after the last section; the later openings sit in the text frames (an author's
    # line under a heading in a gap, or both after the note closing the section before).
    (_, sections) = _SECTIONED[1]
    (_, p1, n1), (_, p2, n2), (_, p3, n3) = sections
    text = ("城市的活力让我着迷\n（法国）让·皮埃尔\n\n" + _column(*p1) + f"\n{n1}\n\n"
            + "交往的历史源远流长\n\n（西班牙）卡洛斯·加西亚\n" + _column(*p3) + f"\n{n3}\n"
            + "年轻学生爱上了中文\n（意大利）马里奥·罗西\n" + _column(*p2) + f"\n{n2}\n\n友谊之花常开 合作之路常新\n")
    articles, unassigned, _ = _assemble(text)
    assert len(articles) == 1 and not unassigned
    assert [t.text for t in articles[0].titles] == ["友谊之花常开 合作之路常新"]
    assert "".join(articles[0].paragraphs).startswith("城市的活力让我着迷")


@pytest.mark.parametrize("photo_title", ["栗子熟了", "秋日山坡栗子熟了"])
def test_assemble_articles_photo_title_stacked_over_the_next_headline_keeps_its_caption(photo_title):
    # [a photo's short title, the next story's headline, the caption closed by its credit, the
    # story's text without a lead]: the title goes with the caption, the headline with the text;
    # a title as long as an inset photo's too, with no byline among the titles.
    caption = "\n".join(wrap_column(["入秋以来，山坡上的板栗陆续成熟，栗农们背着竹篓上山，捡拾、分拣板栗，山路上人来人往。"
                                      "图中栗农正在分拣板栗。"], 14)) + "\n陈  洋摄（新城图片）"
    story = "\n".join(wrap_column(["县农商银行近年来把节能要求写进每一笔贷款的审查，推出多种面向设备改造的信贷产品。",
                                    "今年以来，该行这类贷款余额逐月增加，不少小厂借此换上了新机器。"], 14))
    articles, unassigned, _ = _assemble(f"{photo_title}\n\n县农商银行：信贷助力小厂换新机\n\n{caption}\n\n{story}\n")
    assert [[t.text for t in a.titles] for a in articles] == [[photo_title], ["县农商银行：信贷助力小厂换新机"]]
    assert "板栗" in "".join(articles[0].paragraphs) and "板栗" not in "".join(articles[1].paragraphs)


@pytest.mark.parametrize("story_end, credit_after", [
    ("各村合作社组织农机下田抢收，预计本周内", "\n\n■摄影 王 五"),  # stops mid-sentence, credit in a byline
    ("各村合作社组织农机下田抢收，预计本周内全部完成。", "\n\n■摄影 王 五"),
    ("各村合作社组织农机下田抢收，预计本周内", ""),  # the credit closes the caption's text
])
def test_assemble_articles_photo_drawn_inside_a_story_is_no_subheading(story_end, credit_after):
    # An extractor may draw a photo (its title, a short caption, its credit) in the middle of
    # a story: the short title after text stopped mid-sentence is not the words it lacks.
    story = "\n".join(wrap_column(["本报讯 入秋以来，全县三十万亩稻田陆续成熟，农技人员深入田间指导收割。" + story_end], 14))
    caption = "图为十月五日，南湖镇农民在稻田收割，全县稻田陆续成熟。" + ("" if credit_after else "\n赵六摄（新城图片）")
    page = f"全县秋收进展顺利\n\n{story}\n\n金色田野\n\n{caption}{credit_after}\n"
    articles, _, _ = _assemble(page)
    assert [[t.text for t in a.titles] for a in articles] == [["全县秋收进展顺利"], ["金色田野"]]
    assert "南湖镇" in "".join(articles[1].paragraphs) and "南湖镇" not in "".join(articles[0].paragraphs)


def test_assemble_articles_kicker_leading_on_to_nothing_goes_to_the_headline_it_names():
    # A kicker saying who spoke (…调研时强调) drawn after another story's headline, with only a
    # byline and that story's text after it: it leads on to nothing there, and goes to the
    # headline of the story it names, which fits its own text already.
    a = _column("本报讯 全县秋粮收购工作会议昨天召开，会议要求各收储企业敞开收购，确保农民售粮顺畅、价格合理。")
    b = _column("本报讯 县委书记李明近日在南湖镇调研时强调，要扎实推进乡村道路建设，让群众出行更方便、更安全。")
    page = (f"全县召开秋粮收购工作会议\n\n李明在南湖镇调研时强调\n\n■记者 王 五\n\n{a}\n\n"
            f"扎实推进乡村道路建设\n让群众出行更方便\n\n{b}\n")
    articles, _, _ = _assemble(page)
    assert [[t.text for t in x.titles] for x in articles] == [
        ["全县召开秋粮收购工作会议"], ["李明在南湖镇调研时强调", "扎实推进乡村道路建设", "让群众出行更方便"]]


def test_captioned_photo_wants_a_short_title():
    # A photo's title (one line, or two without a clause: a headline drawn after its story's
    # text, then the photo's own) turns a short credited text into its own article; several
    # title-like lines over it, or two with a clause, are a caption's first lines drawn as a
    # frame of their own.
    from banmian.articles import _captioned_photo
    from banmian.model import Block, BlockKind
    def block(kind, *texts):
        return Block(kind, tuple(Line(text=t, start=0, end=len(t), line_no=k) for k, t in enumerate(texts)), 0)
    caption = [block(BlockKind.BODY, "开幕。大会举行了为期三天的特技表演。")]
    credit = [block(BlockKind.BYLINE, "■摄影 王 五")]
    credit[0] = Block(BlockKind.BYLINE, credit[0].lines, 0, bylines=(Byline("摄影", "王五"),))
    assert _captioned_photo([block(BlockKind.TITLE, "金色田野")], caption, credit)
    assert _captioned_photo([block(BlockKind.TITLE, "科技助力秋收"), block(BlockKind.TITLE, "金色田野")], caption, credit)
    assert not _captioned_photo([block(BlockKind.TITLE, "第三届县通用航空", "飞行大会在城西机场", "隆重")], caption, credit)
    assert not _captioned_photo([block(BlockKind.TITLE, "十月五日，第三届县", "通用航空飞行大会")], caption, credit)


def test_captioned_photo_title_is_the_gaps_last_frame():
    # A heading of three lines drawn after the story's text, then the photo's title in a
    # frame of its own, over a caption its credit closes: the title is the last frame's.
    from banmian.articles import _captioned_photo
    from banmian.model import Block, BlockKind
    def block(kind, frame, *texts):
        return Block(kind, tuple(Line(text=t, start=0, end=len(t), line_no=k) for k, t in enumerate(texts)), frame)
    caption = [block(BlockKind.BODY, 3, "开幕。大会举行了为期三天的特技表演。")]
    credit = [Block(BlockKind.BYLINE, block(BlockKind.BYLINE, 4, "■摄影 王 五").lines, 4, bylines=(Byline("摄影", "王五"),))]
    heading = block(BlockKind.TITLE, 1, "村支书——", "修路架桥，为乡亲", "办实事")
    assert _captioned_photo([heading, block(BlockKind.TITLE, 2, "金色田野")], caption, credit)
    assert not _captioned_photo([heading], caption, credit)


def test_assemble_articles_forum_section_headed_by_who_speaks_is_no_new_article():
    # A forum: a headline, its lead, then a section under a heading and the speaker, named
    # before what the speaker does in brackets (no column's name), closed by who recorded it.
    # The page's only such section: a heading of the forum all the same.
    lead = _column("本报讯 近日，县文化馆邀请几位文艺工作者畅谈创作体会，大家表示要扎根生活、服务群众。"
                   "（本报记者王五采访整理）")
    section = _column("写作这些年，我最大的体会是要走到田间地头去，听农民讲自己的故事，这些故事比我想象的精彩得多。"
                      "（本报记者赵六采访整理）")
    page = f"扎根生活 服务群众\n\n{lead}\n\n好故事都在田间地头\n张大山（乡土作家）\n\n{section}\n"
    articles, _, _ = _assemble(page)
    assert [[t.text for t in a.titles] for a in articles] == [["扎根生活 服务群众"]]
    assert "写作这些年" in "".join(articles[0].paragraphs)


def test_assemble_articles_subheading_broken_by_a_frame_after_its_first_line_joins_the_text():
    # A subheading set as a paragraph (at the indent, after a finished sentence), broken by a
    # frame after its first line: its short rest, title-like, heads no new article.
    lead = _column("本报讯 全县开展主题教育以来，各地深入基层征求意见，把群众反映强烈的问题作为整改重点，"
                   "让群众更有获得感。")
    rest = _column("镇里组织党员干部走进田间地头，收集群众意见建议三百多条，逐条建立台账抓好整改。")
    page = f"主题教育走深走实\n\n{lead}\n南湖镇：走村入户面对面，\n\n倾听农民群众的心声\n\n{rest}\n"
    articles, _, _ = _assemble(page)
    assert [[t.text for t in a.titles] for a in articles] == [["主题教育走深走实"]]
    assert "镇里组织党员干部" in "".join(articles[0].paragraphs)


@pytest.mark.parametrize("heading,articles", [("南湖镇：走村入户面对面，\n", 1), ("", 2)])
def test_assemble_articles_subheading_broken_by_a_frame_joins_texts_that_share_few_words(monkeypatch, heading, articles):
    # Texts around the gap that share few words (a join costs more than a new article): the
    # subheading's first line closing the text before still makes the gap this text's.
    import banmian.articles as articles_module
    monkeypatch.setattr(articles_module, "_join_cost", lambda before, after: 3.0)
    lead = _column("本报讯 全县开展主题教育以来，各地深入基层征求意见，把群众反映强烈的问题作为整改重点，"
                   "让群众更有获得感。")
    rest = _column("镇里组织党员干部走进田间地头，收集群众意见建议三百多条，逐条建立台账抓好整改。")
    page = f"主题教育走深走实\n\n{lead}\n{heading}\n倾听农民群众的心声\n\n{rest}\n"
    assert len(_assemble(page)[0]) == articles


def test_assemble_articles_column_name_broken_off_by_the_extractor_closes_the_headline():
    body = "\n".join(wrap_column(PARAS[:1], 13))
    articles, unassigned, _ = _assemble(f"湖区治水，用好群众智慧\n\n（一线视角）\n{body}\n")
    assert [(t.role.value, t.text) for t in articles[0].titles] == [("headline", "湖区治水，用好群众智慧（一线视角）")]
    assert not unassigned


# Two long stories, each sharing its headline's words.
TREE_STORY = ["全县春季植树活动在城东湿地公园举行，干部群众一起挥锹铲土、扶苗培土，共栽下各类苗木两千余株。",
              "县林业局负责人表示，今年植树活动将持续到月底，全县计划新增造林面积三千亩，植树成活率保持九成以上。",
              "参加植树的志愿者说，每年春天都来公园植树，看着亲手栽下的苗木一年年长高，心里特别高兴。",
              "据介绍，城东湿地公园近年来累计栽植苗木五万余株，植树造林让公园绿化覆盖率提高到六成，"
              "成为市民休闲健身的好去处。县林业局还将组织专业人员做好苗木管护，确保春季植树见到实效。",
              "植树现场，林业技术人员手把手指导群众挖坑、扶苗、回土、浇水，讲解苗木栽植和管护要领。一位第一次参加植树的"
              "中学生说，原来种活一棵树要这么多讲究，以后还要和同学们一起来给小树浇水。",
              "近年来，全县坚持把植树造林作为改善生态环境的重要举措，在河道两岸、道路两侧和城郊荒山大力植树，"
              "全县森林覆盖率逐年提高，城乡绿化面貌明显改善，群众植树护绿的热情越来越高。明年春天，全县还将开展义务植树月活动。"]
LIBRARY_STORY = ["县图书馆新馆昨天正式开馆，新馆藏书二十万册，设有少儿阅览区、电子阅览区和自习区，首日接待读者三千余人次。",
                 "图书馆负责人介绍，新馆开馆后每天开放十二小时，读者凭身份证即可免费办理借书证，借阅图书最多可借十册。",
                 "不少家长带着孩子来到少儿阅览区，孩子们捧着绘本读得津津有味。一位读者说，新馆环境好、藏书多，以后周末就来图书馆看书。",
                 "据了解，县图书馆新馆总投资八千万元，建筑面积一万二千平方米，馆内还将定期举办读书分享会和公益讲座，"
                 "让图书馆成为全县读者共享的文化客厅。",
                 "开馆当天，新馆一楼大厅还举办了图书捐赠仪式，县内多家单位向图书馆捐赠图书五千余册。馆员们忙着为读者办理"
                 "借书证、介绍借阅流程，自助借还机前排起了长队，读者们纷纷体验新馆的电子阅读设备。",
                 "县图书馆馆长说，新馆将不断丰富馆藏，开通线上借阅和送书上门服务，把图书送到乡镇和村里，"
                 "让农村读者也能方便地借到好书，让全民阅读在全县蔚然成风。下个月，新馆还将开设古籍阅览室和地方文献专区。"]


def test_assemble_articles_two_plain_title_frames_over_two_long_texts_are_two_headlines():
    # Neither title frame shows itself complete (no overprint, no dash subheadline), so the
    # texts decide: each a story in itself, each sharing its own headline's words.
    tree, book = TREE_STORY, LIBRARY_STORY
    a, b = _column(*tree), _column(*book)
    articles, _, _ = _assemble(f"全县春季植树活动举行\n\n县图书馆新馆正式开馆\n\n{a}\n\n{b}\n")
    assert [[t.text for t in x.titles] for x in articles] == [["全县春季植树活动举行"], ["县图书馆新馆正式开馆"]]
    assert articles[1].paragraphs[0].startswith("县图书馆新馆昨天")
    # over short texts the two frames may as well be a kicker and its headline: one story
    a, b = _column(*tree[:1]), _column(*book[:1])
    assert len(_assemble(f"全县春季植树活动举行\n\n县图书馆新馆正式开馆\n\n{a}\n\n{b}\n")[0]) == 1


def test_assemble_articles_second_of_two_title_frames_heads_the_lead_right_below_it():
    # pdfminer drew a neighbour's headline frame first ([G1, G2, text 2, text 1]): the
    # headline right above a lead heads that lead's story, and the first one, sharing no word
    # with it, heads the text after it. (Each text a story in itself: 150 characters and more,
    # see CROSSED_LOOSE_MIN_CHARS.)
    visit = ["本报讯 县长王明昨天在县政府会见来访的友好城市代表团，双方就加强经贸合作、文化交流等议题交换了意见。",
             "王明说，两地友好交往源远流长，希望双方在农业、旅游等领域开展更多合作。代表团团长表示，愿与该县携手共进。",
             "会见后，代表团一行参观了县经济开发区和特色农产品展销中心，并与当地十多家企业的负责人座谈交流，共商合作发展大计。"]
    tree = ["春天是植树的好时节。连日来，城东湿地公园里干部群众一起挥锹铲土、扶苗培土，栽下各类苗木两千余株。",
            "植树现场，林业技术人员手把手指导群众挖坑、扶苗、回土、浇水，讲解苗木栽植和管护要领。",
            "近年来，全县坚持把植树造林作为改善生态环境的重要举措，森林覆盖率逐年提高，群众植树护绿的热情越来越高。",
            "植树结束后，不少群众还在公园里认领了树木，挂上了写着全家人名字的护绿牌。"]
    a, b = _column(*visit), _column(*tree)
    articles, _, _ = _assemble(f"湿地公园植树忙\n\n王明会见友好城市代表团\n\n{a}\n\n{b}\n")
    assert [[t.text for t in x.titles] for x in articles] == [["王明会见友好城市代表团"], ["湿地公园植树忙"]]
    assert articles[1].paragraphs[0].startswith("春天是植树")
    # a kicker sharing words with the lead's story stays over it, with its headline
    kicker = _assemble(f"王明会见代表团时说\n\n两地友好交往源远流长\n\n{a}\n\n{b}\n")[0]
    assert [t.text for t in kicker[0].titles] == ["王明会见代表团时说", "两地友好交往源远流长"]


def test_assemble_articles_two_complete_headlines_over_a_lead_and_a_text_in_crossed_order():
    # Two headlines each closed by its column's name are complete titles, no kicker over its
    # headline: drawn over a lead's story and a text after it, the one sharing the lead's
    # words heads the lead, though the other shares a word with it too.
    brief = ["本报电 城南供电所近日为全镇农户改装电灶，一度电能烧开三锅水，农户算起账来都说划算。",
             "供电所技术人员介绍，改装电灶后做饭更干净，也更节能，全镇已有三百余户农户用上了电灶。",
             "（李 明）"]
    essay = ["科技特派员扎根乡村，把实验室搬到田间地头，手把手教农民用新品种、新技术种好庄稼。",
             "二十年来，一批又一批特派员走进村庄，带去的不仅是技术，还有让农民致富的新路子。",
             "让技术在泥土里扎根，需要更多科研人员沉下身子，与农民一起把论文写在大地上。"]
    a, b = _column(*brief), _column(*essay)
    articles, _, _ = _assemble(f"让技术在泥土里扎根（乡村谈）\n\n农户改装电灶用电更划算（新闻速递）\n\n{a}\n\n{b}\n")
    assert [[t.text for t in x.titles] for x in articles] == [["农户改装电灶用电更划算（新闻速递）"],
                                                              ["让技术在泥土里扎根（乡村谈）"]]
    assert articles[1].paragraphs[0].startswith("科技特派员")


def test_assemble_articles_two_headlines_glued_in_one_frame_are_judged_apart():
    # One frame holds the headline drawn after a story and the next story's headline, over
    # a subheadline that quotes a speaker (sharing no word with its text): each headline's
    # words are weighed on their own, so the glued one does not hide among the other's.
    visit = _column("本报讯 县长王明昨天在县政府会见来访的友好城市代表团，双方就加强经贸合作、文化交流等议题交换了意见。",
                    "王明说，两地友好交往源远流长，希望双方在农业、旅游等领域开展更多合作。")
    library = _column("本报讯 县图书馆新馆昨天正式开馆，新馆藏书二十万册，设有少儿阅览区、电子阅览区和自习区。",
                      "图书馆负责人介绍，新馆开馆后每天开放十二小时，读者凭身份证即可免费办理借书证。")
    titles = "王明会见友好城市代表团\n县图书馆新馆藏书二十万册\n正式开馆迎来首批读者"
    articles, _, _ = _assemble(f"{visit}\n\n{titles}\n\n“最难得的是\n爱上读书”\n\n{library}\n")
    assert ["".join(t.text for t in x.titles) for x in articles] == [
        "王明会见友好城市代表团", "县图书馆新馆藏书二十万册正式开馆迎来首批读者“最难得的是爱上读书”"]


def test_assemble_articles_headline_sharing_no_word_leaves_the_other_to_decide_the_crossed_order():
    # [G1, G2, text 2, text 1], no lead under the pair: the second headline shares no word
    # with either text, the first none with the text right under the pair and many with the
    # text after it; each text a story in itself.
    a, b = _column(*LIBRARY_STORY), _column(*TREE_STORY)
    page = f"植树造林让城乡处处见绿（新论）\n\n好日子越过越红火\n\n{a}\n\n{b}\n"
    articles, _, _ = _assemble(page)
    assert [[t.text for t in x.titles] for x in articles] == [["好日子越过越红火"], ["植树造林让城乡处处见绿（新论）"]]
    assert articles[1].paragraphs[0].startswith("全县春季植树")
    # over short texts nothing says two stories stand there: one article
    a, b = _column(*LIBRARY_STORY[:2]), _column(*TREE_STORY[:2])
    assert len(_assemble(f"植树造林让城乡处处见绿（新论）\n\n好日子越过越红火\n\n{a}\n\n{b}\n")[0]) == 1


def test_assemble_articles_kicker_and_headline_over_a_short_brief_are_not_crossed_stories():
    # A kicker's frame over its headline's, then a brief: its lead shares the headline's
    # words, its closing paragraph repeats the kicker's. Two texts this short are no two
    # stories for the pair to head in crossed order.
    lead = _column("本报讯 北京市今年新建改造公园绿地120公顷，全市公园总数达到一千余个，市民出门见绿更加方便，"
                   "生态环境持续改善。")
    close = _column("建设口袋公园，是守护城市绿色空间的有效举措，也是提升居民生活品质的民生工程，深受群众欢迎。")
    articles, _, _ = _assemble(f"守护城市绿色空间\n\n北京新增公园绿地120公顷\n\n{lead}\n\n{close}\n")
    assert ["".join(t.text for t in x.titles) for x in articles] == ["守护城市绿色空间北京新增公园绿地120公顷"]
    # a closing paragraph of a hundred-odd characters repeating the kicker's words is the
    # brief's close still, not a story of its own
    longer = _column("建设口袋公园，是守护城市绿色空间的有效举措，也是提升居民生活品质的民生工程。近年来，"
                     "各区利用边角地、闲置地见缝插绿，一座座口袋公园在街头巷尾落地，让市民推窗见绿、"
                     "出门进园，深受群众欢迎，守护城市绿色空间的成效日益显现。")
    lead = _column("本报讯 北京市今年新建改造公园绿地120公顷，全市公园总数达到一千余个，市民出门见绿更加方便，"
                   "生态环境持续改善。", "据市园林绿化局介绍，今年新建的公园绿地中，有不少是利用拆违腾退土地建成的，"
                   "既增加了绿量，又完善了周边居民的休闲健身设施。明年，全市还将继续推进公园绿地建设，"
                   "让更多市民在家门口享受生态福利。")
    articles, _, _ = _assemble(f"守护城市绿色空间\n\n北京新增公园绿地120公顷\n\n{lead}\n\n{longer}\n")
    assert ["".join(t.text for t in x.titles) for x in articles] == ["守护城市绿色空间北京新增公园绿地120公顷"]


def test_assemble_articles_box_of_key_points_opens_a_story():
    # A box of key points (核心阅读) only ever opens its story's text: never the rest of the
    # text above it, even with no title between; after an editor's note it is that story's.
    visit = _column("本报讯 县长王明昨天在县政府会见来访的友好城市代表团，双方就加强经贸合作、文化交流等议题交换了意见。",
                    "王明说，两地友好交往源远流长，希望双方在农业、旅游等领域开展更多合作。")
    box = _column("核心阅读", "今年以来，全县植树造林面积创历年新高，森林覆盖率逐年提高。")
    tree = _column("春天是植树的好时节。连日来，城东湿地公园里干部群众一起挥锹铲土、扶苗培土，栽下各类苗木两千余株。",
                   "植树现场，林业技术人员手把手指导群众挖坑、扶苗、回土、浇水，讲解苗木栽植和管护要领。")
    articles, _, _ = _assemble(f"王明会见友好城市代表团\n\n{visit}\n\n{box}\n\n{tree}\n")
    assert [a.paragraphs[0][:4] for a in articles] == ["本报讯 ", "核心阅读"]
    note = _column("编者的话", "植树造林是改善生态环境的重要举措。本期版面聚焦全县的春季植树活动。")
    articles, _, _ = _assemble(f"绿色家园（生态观察）\n\n{note}\n\n{box}\n\n{tree}\n")
    assert len(articles) == 1


def test_assemble_articles_text_cut_for_a_title_that_went_to_its_own_story_is_one_story_again():
    # [headline A, text A in two frames, headline C, headline D, text C, byline, text D]: the
    # assembly cut text A to give its second frame headline C; once headline C goes to the
    # text it names, nothing parts the two frames of text A.
    a1 = _column("本报讯 11月3日，全省冬季水利建设现场推进会在临江县召开，会议总结了今年水利工作，部署冬春农田水利建设任务。",
                 "会议强调，各地要抓住冬春有利时机，加快推进灌区续建配套和节水改造，")
    a2 = "\n".join(wrap_column(["确保明年春灌用水。"], 14, indent=0))
    a3 = _column("会议要求，各地水利部门要加强工程质量监管，严格落实项目法人责任制，确保工程经得起检验。")
    c = _column("秋末的山村，层林尽染，游客沿着新修的步道拾级而上，村里的民宿家家客满，乡亲们脸上笑开了花。",
                "几年前，这里还是远近闻名的穷村，如今靠着好山好水吃上了旅游饭。")
    d = _column("本报讯 11月2日，第三届全省青少年科技创新大赛在省科技馆开幕，来自各地的四百多名学生参赛。")
    text = (f"全省冬季水利建设现场推进会召开\n\n{a1}\n{a2}\n\n{a3}\n\n山村吃上旅游饭（乡村行）\n\n"
            f"青少年科技创新大赛开幕\n\n{c}\n\n■记者 孙 雪\n\n{d}\n")
    articles, _, _ = _assemble(text)
    assert [[t.text for t in x.titles] for x in articles] == [
        ["全省冬季水利建设现场推进会召开"], ["山村吃上旅游饭（乡村行）"], ["青少年科技创新大赛开幕"]]
    assert articles[0].paragraphs[-1].startswith("会议要求")


def test_assemble_articles_text_alone_with_its_jump_marker_joins_the_story_it_goes_on_from():
    # A photo drawn between a story's two columns: the second column, closed by the story's
    # （下转9版）, is text alone that goes on from the one story stopped mid-sentence.
    a = "\n".join(wrap_column(["护林前辈们留下的精神财富，才能代代相传。护林队员们始终不畏艰险、无私"], 14))
    rest = "\n".join(wrap_column(["奉献，既守护了大山里的绿水青山，也守望着山下群众的平安生活，是新时代最可敬的人。"], 14, indent=0))
    caption = "近日，游客在古镇夜游，欣赏灯光秀。 本报记者 王 强摄"
    page = f"永放光芒的精神财富\n\n{a}\n\n夜色璀璨\n\n{caption}\n\n{rest}\n（下转9版）\n"
    articles, _, _ = _assemble(page)
    assert [x.kind.value for x in articles] == ["article", "photo"]
    assert "".join(articles[0].paragraphs).endswith("是新时代最可敬的人。")
    assert articles[0].continued_to == 9


def test_assemble_articles_byline_set_between_two_frames_of_one_story_signs_it():
    # [headline, lead frame, byline, the story's next frame]: a byline set inside the text,
    # with no lead after it, parts nothing; the page's other story keeps its own.
    a = _column("本报讯 11月5日，全市冬季供暖工作会议召开，会议要求各供热企业提前做好设备检修，确保按时供暖。")
    rest = _column("“供暖关系千家万户，必须把群众冷暖放在心上。”市城管局负责人说，今年全市新增供热面积三百万平方米，",
                   "各供热企业已完成管网改造一百二十公里。")
    b = _column("本报讯 11月4日，第五届全市职工运动会在市体育中心开幕，来自各行业的两千余名职工参赛。")
    text = f"全市冬季供暖准备就绪\n\n{a}\n\n■记者 刘 洋\n\n{rest}\n\n全市职工运动会开幕\n\n■记者 周 敏\n\n{b}\n"
    articles, _, _ = _assemble(text)
    assert [[t.text for t in x.titles] for x in articles] == [["全市冬季供暖准备就绪"], ["全市职工运动会开幕"]]
    assert [[bl.name for bl in x.bylines] for x in articles] == [["刘洋"], ["周敏"]]
    assert articles[0].paragraphs[-1].endswith("管网改造一百二十公里。")


def test_rejoin_untitled_cuts_leaves_a_caption_closed_by_its_credit():
    # The tail of a cut that lost its title but ends in a photo credit is a caption still.
    from banmian.articles import _Part, _rejoin_untitled_cuts
    from banmian.model import Block, BlockKind

    def block(kind, text, start, frame, bylines=()):
        return Block(kind, (Line(text=text, start=start, end=start + len(text), line_no=frame),), frame,
                     text=text, bylines=bylines)

    head = _Part(before=[block(BlockKind.TITLE, "全县春季植树活动举行", 0, 0)], body=[block(BlockKind.BODY, PARAS[0], 20, 1)])
    caption = _Part(body=[block(BlockKind.BODY, "近日，游客在古镇夜游，欣赏灯光秀。", 100, 2)],
                    after=[block(BlockKind.BYLINE, "■摄影 王 强", 130, 3, bylines=(Byline("摄影", "王强"),))], cut_tail=True)
    text = _Part(body=[block(BlockKind.BODY, PARAS[1], 200, 4)], cut_tail=True)
    assert len(_rejoin_untitled_cuts([head, caption])) == 2
    assert len(_rejoin_untitled_cuts([head, text])) == 1
    # nor does a text cut from a caption join it (the caption's credit before it)
    credited_head = _Part(before=[block(BlockKind.BYLINE, "■摄影 王 强", 0, 0, bylines=(Byline("摄影", "王强"),))],
                          body=[block(BlockKind.BODY, "近日，游客在古镇夜游，欣赏灯光秀。", 20, 1)])
    assert len(_rejoin_untitled_cuts([credited_head, text])) == 2


def test_assemble_articles_entries_of_a_listing_that_finish_no_sentence_are_one_article():
    # A festival's programme: each show's name set like a headline over its dates, venue and
    # prices, no entry finishing a sentence. No story reads like that: the entries are one listing.
    entry = "{date} 市大剧院\n演出 市交响乐团与青年\n钢琴家 指挥 王 明\n票价 80元 120元 18\n0元 学生票半价"
    page = (f"秋季音乐周演出指南\n\n{entry.format(date='10.18—10.19')}\n\n"
            f"青年钢琴家独奏音乐会\n\n{entry.format(date='10.22')}\n\n"
            f"民族管弦乐团《江南丝竹》\n\n{entry.format(date='10.25')}\n")
    articles, _, _ = _assemble(page)
    assert [a.titles[0].text for a in articles] == ["秋季音乐周演出指南"]
    text = "".join(articles[0].paragraphs)
    assert "民族管弦乐团《江南丝竹》" in text and text.endswith("学生票半价")
    # An entry that finishes its sentence is a story of its own, and stays one.
    articles, _, _ = _assemble(page[:-1] + "。\n")
    assert [a.titles[0].text for a in articles][-1] == "民族管弦乐团《江南丝竹》"


def test_assemble_articles_reader_signing_a_letter_with_place_and_name_ends_its_text():
    # A reader's letter ends with the county and the writer's name, a line of its own that no
    # mark ends: the letter's last line, not a headline over the text after it, and the
    # headline after it still opens the next story.
    letter = _column("前段时间，笔者带孩子去县图书馆借书，发现少儿阅览区的座位常被占满，"
                     "不少家长只能带着孩子站着看书，希望有关部门能想想办法。")
    story = _column("本报讯 10月24日下午，县委召开常委会议，研究部署下一阶段重点工作，会议由县委书记主持。")
    page = (f"少儿阅览区座位不够用（身边事）\n\n{letter}\n\n湖南浏阳市  李小红\n\n"
            f"县委召开常委会议\n\n{story}\n")
    articles, _, _ = _assemble(page)
    assert [a.titles[0].text for a in articles] == ["少儿阅览区座位不够用（身边事）", "县委召开常委会议"]
    assert _norm(articles[0].paragraphs)[-1] == "湖南浏阳市李小红"


def test_assemble_articles_headline_broken_inside_its_column_name_stays_whole():
    # A headline drawn after its text, broken inside its column's name (…（人民论坛· / 七十华诞·
    # 回望来路）), its second line in one frame with a photo's title: the bracket the first line
    # opens holds the two lines together.
    text = _column("本报讯 小时候在农村生活，冬天烧炕做饭都靠柴火，如今家家用上了天然气，村里的路也修到了家门口。",
                   "七十年来，我们的日子一天比一天好，这些变化都是一代代人奋斗出来的，未来还要接着奋斗。")
    caption = _column("10月24日，安徽省庐江县的农民在田间收割晚稻，机械化作业让秋收又快又好。")
    page = f"{text}\n\n用奋斗成就未来（人民论坛·\n\n七十华诞·回望来路）\n田野之秋\n\n{caption}\n王 强摄\n"
    articles, _, _ = _assemble(page)
    assert [[t.text for t in a.titles] for a in articles] == [["用奋斗成就未来（人民论坛·七十华诞·回望来路）"], ["田野之秋"]]


def test_assemble_articles_cuts_a_run_of_two_stories_where_each_headline_keeps_its_words():
    # Two stories set one after the other, a headline before the first and one after the
    # second, every frame a closed paragraph: any frame boundary could part them, and the
    # second story opens with words the first one ends with (cohesion is no help there). The
    # cut falls where the first headline's words stay on its side.
    first = ["全县秋粮收购工作从本月起全面展开，各收购站点提前做好仓容准备和设备检修。",
             "今年秋粮收购执行最低收购价政策，农民群众售粮积极性明显提高，交售进度快于往年。",
             "为方便售粮群众，今年以来各乡镇坚持便民服务，组织专人上门指导，确保秋粮收购应收尽收。"]
    second = ["今年以来各乡镇坚持便民服务，县图书馆新馆正式开馆，首日接待读者三千余人次。",
              "新馆藏书四十万册，设有少儿阅览区和电子阅览室，全年免费向市民开放。"]
    frames = "\n\n".join("\n".join(wrap_column([p], 13)) for p in first + second)
    articles, unassigned, _ = _assemble(f"秋粮收购有序推进\n\n{frames}\n\n县图书馆新馆正式开馆\n")
    assert [(a.titles[0].text, len(a.paragraphs)) for a in articles] == [("秋粮收购有序推进", 3), ("县图书馆新馆正式开馆", 2)]
    assert not unassigned


def test_a_long_headline_the_text_never_repeats_weighs_more_than_no_title_a_short_one_less():
    # A headline says what its text says: one of many words none of which the text repeats is
    # a neighbour's, and reading the text untitled is likelier. A photo's short title (运河秋色)
    # shares little with its caption by nature: its missing words count in proportion.
    from banmian.articles import COST_TITLE_MISSING, COST_TITLE_UNRELATED, _pieces_relevance_cost
    text = "县图书馆新馆昨天正式开馆，首日接待读者三千余人次。新馆藏书四十万册，全年免费开放。"
    unrelated = COST_TITLE_UNRELATED * _pieces_relevance_cost(((("全省高标准农田建设成效明显粮食产量再创新高",), 1),), text)
    related = COST_TITLE_UNRELATED * _pieces_relevance_cost(((("县图书馆新馆开馆首日接待读者三千余人次",), 1),), text)
    short = COST_TITLE_UNRELATED * _pieces_relevance_cost(((("运河秋色",), 1),), text)
    assert unrelated > COST_TITLE_MISSING > short > related


@pytest.mark.parametrize("tag", ["（视野）", "(视野)"])
def test_a_headline_closed_by_its_columns_name_is_no_subheading_in_either_parentheses(tag):
    # Papers print a column's name in full-width or ASCII parentheses; either way it closes a
    # headline, which opens an article: the text after it is no section of the text before.
    from banmian.articles import _body_runs, _subheading_gap
    before = "\n".join(wrap_column(["军运会期间，各国军人运动员在赛场上切磋技艺，结下友谊。"], 14))
    after = "\n".join(wrap_column(["各国军人运动员同场竞技，体育让友谊跨越国界，交流促进和平。"], 14))
    for title, joinable in ((f"交流筑和平{tag}", False), ("交流筑和平", True)):
        blocks = classify_blocks(group_frames(read_lines(SourceText(text=f"{before}\n\n{title}\n\n{after}\n"))))
        bodies, gaps = _body_runs(blocks)
        assert _subheading_gap(gaps[1], bodies[0], bodies[1]) is joinable, title


def _roles(title_lines):
    body = "\n".join(wrap_column(PARAS[:2], 13))
    articles, _, _ = _assemble("\n".join(title_lines) + f"\n\n{body}\n")
    return [(t.role.value, t.text) for t in articles[0].titles]


@pytest.mark.parametrize("title_lines, roles", [
    # a line printed twice is the overprinted headline: the line above it its kicker
    (["城东湿地公园迎来首批候鸟", "全县春季植树活动举行", "全县春季植树活动举行"],
     [("kicker", "城东湿地公园迎来首批候鸟"), ("headline", "全县春季植树活动举行")]),
    # ... and a line below it its subheadline
    (["全县春季植树活动举行", "全县春季植树活动举行", "城东湿地公园迎来首批候鸟"],
     [("headline", "全县春季植树活动举行"), ("subheadline", "城东湿地公园迎来首批候鸟")]),
    # a kicker saying who spoke leads into its headline
    (["王明在全县植树动员会上强调", "让城乡处处见绿"], [("kicker", "王明在全县植树动员会上强调"), ("headline", "让城乡处处见绿")]),
    # a headline carrying its column's name under a plain line: that line is its kicker
    (["我县完成造林一千二百亩", "让城乡处处见绿（一线视角）"],
     [("kicker", "我县完成造林一千二百亩"), ("headline", "让城乡处处见绿（一线视角）")]),
    # a dash opens a subheadline
    (["让城乡处处见绿", "——记全县春季植树活动"], [("headline", "让城乡处处见绿"), ("subheadline", "——记全县春季植树活动")]),
])
def test_assemble_articles_judges_which_title_is_the_headline(title_lines, roles):
    assert _roles(title_lines) == roles


def test_assemble_articles_title_wrapped_inside_a_word_is_one_headline():
    # the frame's width broke the headline inside a word (整 / 治) and after a comma
    assert _roles(["全省各地扎实推进农村人居环境整", "治工作取得明显成效"]) == [
        ("headline", "全省各地扎实推进农村人居环境整治工作取得明显成效")]
    assert _roles(["城东湿地公园迎来候鸟，", "全县春季植树活动举行"]) == [
        ("headline", "城东湿地公园迎来候鸟，全县春季植树活动举行")]
    # ... and where a line ends on a word leaning on the next one, or the next opens on one
    assert _roles(["湿地公园成为城东居民的", "休闲好去处"]) == [("headline", "湿地公园成为城东居民的休闲好去处")]
    assert _roles(["县里新建的湿地公园", "的三个变化"]) == [("headline", "县里新建的湿地公园的三个变化")]
    # but not where that character closes a word (作为) or opens one (着力)
    assert _roles(["展现基层干部新作为", "全县春季植树活动举行"]) == [
        ("headline", "展现基层干部新作为"), ("subheadline", "全县春季植树活动举行")]
    assert _roles(["城东湿地坚持生态优先", "着力建设城市绿肺"]) == [
        ("headline", "城东湿地坚持生态优先"), ("subheadline", "着力建设城市绿肺")]


def test_assemble_articles_short_kicker_over_an_overprinted_headline_is_not_its_first_line():
    assert _roles(["植树节里", "全县春季植树活动举行", "全县春季植树活动举行"]) == [
        ("kicker", "植树节里"), ("headline", "全县春季植树活动举行")]


def test_a_series_name_after_a_headline_says_nothing_against_its_text_even_wrapped_into_a_frame_of_its_own():
    # A long series' name in parentheses after the headline (a campaign's, wrapped by the
    # extractor into a frame of its own) is apparatus, as a column's name is: the text need
    # not repeat it. A frame opening inside the bracket the last frame left open goes on with
    # it; a deck that is all parenthesis, a date and an occasion, is still weighed.
    from banmian.articles import _piece_unrelated, _title_pieces_of
    from banmian.model import Block, BlockKind
    text = "全县今年改造老旧小区四十个，加装电梯六十部，居民出行更方便。"
    lines = ["老旧小区改造惠及万户居民（奋进新时代 建功新征程·", "各地推进民生实事项目年度行动系列报道之三）"]
    gap = [Block(BlockKind.TITLE, tuple(_lines([t])), f, text=t) for f, t in enumerate(lines, 3)]
    ((pieces, frames),) = _title_pieces_of(gap)
    assert pieces == ("".join(lines),) and frames == 2
    assert _piece_unrelated(pieces[0], text) == _piece_unrelated("老旧小区改造惠及万户居民", text) < 0.6
    deck = "（2024年3月5日县第十八届人民代表大会第三次会议通过）"
    assert _piece_unrelated(deck, "2024年3月5日县第十八届人民代表大会第三次会议通过了决定") < 0.2


def test_titles_drawn_inside_a_sentence_go_before_the_text_they_stand_in():
    # [byline, text to mid-sentence at the full column, headline, the text going on at the
    # full column]: the stream drew the headline beside the middle of its story. The text is
    # one run reading on across it, and the headline stands before that run, with its byline.
    from banmian.articles import _body_runs
    from banmian.model import BlockKind
    paras = ["城关镇今年新建的农贸市场已经全部投入使用，摊位租金比去年少了三成，前来经营的商户越来越多，附近居民买菜更加方便。",
             "市场管理办公室负责人介绍，市场内设有蔬菜、水产、肉类、熟食等八个区域，价格一目了然。"]
    lines = wrap_column(["本报讯 " + paras[0]] + paras[1:], 13)
    before, after = "\n".join(lines[:3]), "\n".join(lines[3:])
    text = f"■记者 高 洁\n\n{before}\n\n城关镇农贸市场\n全部投入使用\n\n{after}\n"
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=text))))
    bodies, gaps = _body_runs(blocks)
    assert len(bodies) == 1 and len(bodies[0]) == 2
    assert [b.kind for b in gaps[0]] == [BlockKind.BYLINE, BlockKind.TITLE, BlockKind.TITLE] and gaps[1] == []
    # text that opens a paragraph after the titles is another story's, as before
    opened = f"■记者 高 洁\n\n{before}\n\n城关镇农贸市场\n全部投入使用\n\n" + "\n".join(wrap_column(paras[1:], 13)) + "\n"
    bodies, gaps = _body_runs(classify_blocks(group_frames(read_lines(SourceText(text=opened)))))
    assert len(bodies) == 2 and [b.kind for b in gaps[1]] == [BlockKind.TITLE, BlockKind.TITLE]


def test_titles_drawn_inside_a_sentence_after_a_subheading_go_before_the_storys_first_text():
    # [text, subheading, text to mid-sentence, headline, the text going on]: the run the
    # sentence stops in is the story's second section, its first has no title before it
    from banmian.articles import _body_runs
    first = "\n".join(wrap_column(["城关镇今年新建的农贸市场已经全部投入使用，附近居民买菜更加方便。"], 13))
    paras = ["市场管理办公室负责人介绍，市场内设有蔬菜、水产、肉类、熟食等八个区域，每个摊位都明码标价。",
             "市场还开设了便民服务站，为老年人提供代购和送菜上门服务。"]
    lines = wrap_column(paras, 13)
    text = (f"{first}\n\n管理规范 服务贴心\n\n" + "\n".join(lines[:2]) + "\n\n城关镇农贸市场\n全部投入使用\n\n"
            + "\n".join(lines[2:]) + "\n")
    bodies, gaps = _body_runs(classify_blocks(group_frames(read_lines(SourceText(text=text)))))
    assert len(bodies) == 2 and [g.text for g in gaps[0]] == ["城关镇农贸市场", "全部投入使用"]
    assert [g.text for g in gaps[1]] == ["管理规范 服务贴心"] and gaps[2] == []


def test_another_storys_titles_drawn_inside_a_sentence_go_where_that_story_starts():
    # [headline 1, text 1 to mid-sentence, headline 2, text 1 going on to its end, text 2]:
    # the stream drew the second story's headline beside the first one's text. Text 1 reads
    # on across it, and headline 2 heads the text whose words it shares.
    from banmian.articles import _body_runs
    paras1 = ["县图书馆新馆本月起全面对外开放，馆内设有少儿阅览区、电子阅览区和报刊阅览区，可同时容纳八百名读者。",
              "新馆实行全年无休，读者只要凭身份证就可以免费办理借阅证件，每人每次最多可借图书五册，借期一个月。"]
    paras2 = ["记者从县交通运输局获悉，今年全县新修山区公路一百二十公里，山区公路通到了二十个村的家门口。",
              "山区公路修通以后，村里的茶叶和板栗运出山的时间缩短了一半，村民的收入明显增加。"]
    lines1 = wrap_column(paras1, 13)
    text = ("县图书馆新馆全面开放\n\n" + "\n".join(lines1[:2]) + "\n\n山区公路通到家门口\n\n"
            + "\n".join(lines1[2:]) + "\n\n" + "\n".join(wrap_column(paras2, 13)) + "\n")
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=text))))
    bodies, gaps = _body_runs(blocks)
    assert len(bodies) == 2 and "".join(l.text for l in bodies[0][-1].lines).endswith("借期一个月。")
    assert [g.text for g in gaps[1]] == ["山区公路通到家门口"]
    articles, _, _ = assemble_articles(blocks)
    assert [(a.titles[0].text, a.paragraphs[0][:4]) for a in articles] == [
        ("县图书馆新馆全面开放", "县图书馆"), ("山区公路通到家门口", "记者从县")]
    # a title whose words the text after gives no more of than the text before stays where
    # it stands, parting the text as any title between frames does
    other = text.replace("山区公路通到家门口", "秋收时节稻谷香")
    bodies, gaps = _body_runs(classify_blocks(group_frames(read_lines(SourceText(text=other)))))
    assert len(bodies) == 2 and [g.text for g in gaps[1]] == ["秋收时节稻谷香"]
    assert "".join(l.text for l in bodies[0][-1].lines).endswith(lines1[1])


@pytest.mark.parametrize("heading, wrapped", [
    (["读者服务区少儿阅览区全面", "开放"], True),    # set in from the column by an indent, wrapped
    (["县图书馆新馆读者服务区全面开", "放"], True),  # set to the full column, wrapped
    (["读者服务更贴心", "借阅流程更便捷"], False),   # a headline's balanced lines
    (["读者服务区少儿阅览区全面开放"], False),        # one line
])
def test_wrapped_at_column_tells_a_subheading_wrapped_in_the_text_column(heading, wrapped):
    # A subheading set in the text's column (14 ems) wraps where the column ends, leaving a
    # word or two on its last line; joining the text across it costs less (_assign_gaps).
    from banmian.articles import _wrapped_at_column
    from banmian.model import Block, BlockKind
    gap = [Block(BlockKind.TITLE, (Line(t, 0, 0, k),), 1) for k, t in enumerate(heading)]
    after = [Block(BlockKind.BODY, tuple(_lines(wrap_column(LIBRARY_STORY[1:3], 14))), 2)]
    assert _wrapped_at_column(gap, after) is wrapped


@pytest.mark.parametrize("note,articles", [("编者按：金秋时节，本报记者走进乡村，倾听基层干部讲述带领群众增收致富的故事。", 1),
                                           ("本报讯 10月9日，编者按：金秋时节，本报记者走进乡村，倾听基层干部讲述增收的故事。", 1),
                                           ("金秋时节，各地基层干部带领群众增收致富，乡村面貌焕然一新。", 3)])
def test_assemble_articles_signed_sections_after_an_editors_note_are_its_series(monkeypatch, note, articles):
    # Texts around each section heading that share few words (a join costs more than a new
    # article): after an editor's note, headings signed by their authors are the series' sections.
    import banmian.articles as articles_module
    monkeypatch.setattr(articles_module, "_join_cost", lambda before, after: 3.0)
    a = _column("村里的路修通以后，果子不愁卖了，村民的腰包一天天鼓了起来，大家都说这条路修到了心坎上。")
    b = _column("每到周末，合作社的直播间就热闹起来，山里的土特产通过网络卖到了全国各地的城市。")
    page = (f"走进乡村 听听他们的故事\n\n{_column(note)}\n\n河东县柳树村党支部书记李明\n修好一条路 富了一村人\n\n"
            f"本报记者 张 三\n\n{a}\n\n河西县石桥村第一书记王芳\n小小直播间 连起致富路\n\n本报记者 李 四\n\n{b}\n")
    assert len(_assemble(page)[0]) == articles


@pytest.mark.parametrize("piece,owner", [
    ("王大山说，柳树村苹果合作社今年还建起了冷库，柳树村的苹果再也不愁卖了，合作社社员的收入也涨了。", "柳树村苹果丰收"),
    ("天气预报显示，明天全省大部地区将迎来降温，最低气温降至零度以下，请注意防寒保暖。", None),
])
def test_assemble_articles_untitled_piece_joins_the_story_sharing_its_words(piece, owner):
    # A paragraph put apart from its story by the reading order, no title or lead of its
    # own: it goes with the story whose names and subject it repeats, and only then.
    a = _column("本报讯 柳树村的果园今年又迎来丰收，村民王大山带着合作社的社员们忙着采摘苹果，柳树村苹果远销各地。")
    b = _column("本报讯 县图书馆新馆昨天正式开馆，新馆藏书二十万册，设有少儿阅览区和电子阅览区，首日接待读者三千余人次。")
    page = f"柳树村苹果丰收\n\n{a}\n\n县图书馆新馆开馆\n\n{b}\n\n（下转5版）\n\n{_column(piece)}\n"
    articles, _, _ = _assemble(page)
    holder = [[t.text for t in x.titles] for x in articles if piece[:8] in "".join(x.paragraphs)]
    assert holder == [[owner] if owner else []]
    # Where blank lines do not mark the frames, an untitled text may be a story whose title
    # went unseen: it stays apart.
    blocks = classify_blocks(group_frames(read_lines(SourceText(text=page))))
    articles, _, _ = assemble_articles(blocks, frames_drawn=False)
    assert [[t.text for t in x.titles] for x in articles if piece[:8] in "".join(x.paragraphs)] == [[]]


def test_join_untitled_pieces_a_piece_going_on_mid_sentence_joins_the_open_story_sharing_its_words():
    # Text that starts inside a sentence goes on from a story stopped mid-sentence: of two,
    # the one whose words it repeats, though it shares too few to join a finished story.
    from banmian.articles import _join_untitled_pieces, _Part

    def blocks(text):
        return classify_blocks(group_frames(read_lines(SourceText(text=text))))

    def story(title, text):
        head, *body = blocks(f"{title}\n\n" + "\n".join(wrap_column([text], 14)))
        return _Part(body=body, before=[head], after=[])

    apples = story("柳树村苹果丰收", "本报讯 柳树村的果园今年又迎来丰收，村民王大山带着合作社的社员们忙着采摘苹果，"
                                   "今年的苹果个大味甜，王大山说合作社的")
    library = story("县图书馆新馆开馆", "本报讯 县图书馆新馆昨天正式开馆，新馆藏书二十万册，设有少儿阅览区和电子阅览区，"
                                      "首日接待读者三千余人次，不少家长带着")
    piece = _Part(body=blocks("\n".join(wrap_column(["苹果已经卖到了外省，柳树村合作社的收入比往年多了不少，大家干劲十足，"
                                                    "日子越过越红火。"], 14, indent=0))), before=[], after=[])
    out = _join_untitled_pieces([apples, library, piece])
    assert [len(p.body) for p in out] == [2, 1]


def test_assemble_articles_numbered_captions_with_their_credits_between_are_one_list():
    # A photo spread's captions, numbered and each closed by its credit, under the story they
    # illustrate: one article; the credits stay lines of its text, not the story's bylines.
    story = _column(*PARAS[:2])
    captions = ("图片说明：\n图①：城东湿地公园里，志愿者们\n正在栽种树苗。\n\n新华社记者 王小明摄\n"
                "图②：孩子们给新栽的小树浇水。\n\n本报记者 李  华摄\n图③：植树活动现场。\n\n新华社记者 赵  刚摄\n")
    text = f"全县春季植树活动举行\n\n■记者 张 明\n\n{story}\n\n{captions}"
    articles, unassigned, _ = _assemble(text)
    assert len(articles) == 1 and not unassigned
    assert [(b.role, b.name) for b in articles[0].bylines] == [("记者", "张明")]
    text_of = "".join(articles[0].paragraphs).replace(" ", "")
    assert "图②：孩子们给新栽的小树浇水。" in text_of and "新华社记者赵刚摄" in text_of


# Compilations whose sections open alike and end with a note; the middle opening stands apart
# as title lines (its own frames), the others sit in frames with their text.
_SECTIONED = [
    # an interviewee's name and office led on by a dash, over a heading; who recorded it
    ("走过广场 我们无比自豪", [
        ("城东中学教师王海燕——\n把感动带回课堂",
         ("“那一刻，我心里只有骄傲。”回忆起走过广场的情景，城东中学教师王海燕仍然难掩激动。",
          "她说，今后要把这份感动带回课堂，讲给学生们听。"), "（本报记者 刘  明）"),
        ("市消防救援支队特勤站副站长\n赵志刚——\n\n不负使命不负青春",
         ("凌晨三点，集合的哨声响起，赵志刚和队友们早已整装待发。",
          "“训练再苦再累，也值得。”赵志刚说，这是他一生中最难忘的一天。"), "（本报记者 陈  晨）"),
        ("城南社区舞蹈队队员\n李秀兰——\n\n一辈子的荣耀",
         ("李秀兰今年六十八岁，是社区舞蹈队里年纪最大的队员。",
          "“我们这代人见证了国家的变化，能参加这次活动，是一辈子的荣耀。”李秀兰说。"), "（本报记者 孙  丽）")]),
    # a heading over its author, the country in brackets; who the author is
    ("友谊之花常开 合作之路常新", [
        ("城市的活力让我着迷\n（法国）让·皮埃尔",
         ("第一次来到这座城市时，我就被这里的活力深深吸引。街道整洁，市场繁忙，人们脸上总是带着笑容。",
          "这些年我多次回到这里，每一次都能发现新的变化。"), "（作者为法国某协会会长）"),
        ("越来越多的年轻学生\n爱上了中文\n（意大利）马里奥·罗西·贝\n尔纳多",
         ("我在大学里教了二十多年的中文课，学生们对这个国家的兴趣一年比一年浓厚。", "他们告诉我，想亲眼去看看那里的山川和城市。"),
         "（作者为意大利某大学教授）"),
        ("交往的历史源远流长\n（西班牙）卡洛斯·加西亚",
         ("两国人民的交往有着悠久的历史，民间往来从未中断。", "我相信，未来双方在文化、教育等领域的合作会更加紧密。"),
         "（作者为西班牙某基金会主席）")]),
]


@pytest.mark.parametrize("headline, sections", _SECTIONED)
def test_assemble_articles_section_opening_set_apart_joins_its_compilation(headline, sections):
    # The middle opening, after the note closing the section before and beside text holding
    # openings set alike, is one more section, not another story's headline.
    text = f"{headline}\n\n" + "".join(
        (f"\n{opening}\n\n" if k == 1 else f"{opening}\n") + f"{_column(*paras)}\n{note}\n"
        for k, (opening, paras, note) in enumerate(sections))
    articles, unassigned, _ = _assemble(text)
    assert len(articles) == 1 and not unassigned
    assert [t.text for t in articles[0].titles] == [headline]
    assert sections[1][0].split("\n")[-1] in "".join(articles[0].paragraphs)


@pytest.mark.parametrize("split", [
    "\n市消防救援支队特勤站副站长赵\n\n志刚——\n\n不负使命不负青春\n",  # the name cut across two frames
    "\n赵志刚——\n\n守住岗位，守住初心\n",  # the name alone, a comma in the heading
])
def test_assemble_articles_section_opening_whose_heading_is_glued_to_its_text_joins_its_compilation(split):
    # The middle opening's name (cut across two frames or not: …副站长赵 / 志刚——) stands
    # apart, its heading glued to the top of the text under it: still one more section, not
    # another story.
    headline, sections = _SECTIONED[0]
    text = f"{headline}\n\n" + "".join(
        (split if k == 1 else f"{opening}\n") + f"{_column(*paras)}\n{note}\n"
        for k, (opening, paras, note) in enumerate(sections))
    articles, unassigned, _ = _assemble(text)
    assert len(articles) == 1 and not unassigned
    assert [t.text for t in articles[0].titles] == [headline]
    assert split.split("\n")[-2] in "".join(articles[0].paragraphs)


@pytest.mark.parametrize("heading_inside", [True, False])
def test_assemble_articles_section_headed_plainly_after_a_note_joins_its_compilation(heading_inside):
    # A forum's sections each close with a note in brackets and open with a plain heading in a
    # frame of its own. The first heading, inside the text, reads as text; the next one, after
    # the note, is one more section of the same article, however little the sections' words
    # meet. Without such a heading inside, the heading after the note opens another story.
    first = _column("新建的装配车间里，机械臂有条不紊地焊接车架，每分钟能完成十几个焊点。",
                    "车间主任说，自动化改造让产品合格率明显提高，工人们转岗做质量检测。")
    second = _column("山区果农把刚摘下的苹果装箱，扫码登记后由冷链车运往省城的批发市场。",
                     "往年要三天才能到达的货物，如今第二天清晨就能摆上城里超市的货架。")
    third = _column("河畔小镇的青年夜校开设了摄影、烘焙和短视频剪辑课程，报名者络绎不绝。",
                    "一位学员笑着说，下班后来学一门手艺，日子过得更有滋味了。")
    inner = "冷链物流让城乡市场连得更紧密\n更顺畅\n\n" if heading_inside else ""
    text = (f"{first}\n\n（数据来源：某市工业和信\n息化局）\n\n{inner}{second}\n"
            f"（某物流公司总经理  周某平）\n\n夜校点亮小镇\n青年生活\n\n{third}\n（某文化馆馆长  何某琳）\n\n"
            "三位嘉宾谈身边新变化\n")
    articles, unassigned, _ = _assemble(text)
    assert not unassigned
    if not heading_inside:
        assert len(articles) == 2 and articles[0].paragraphs[-1].endswith("周某平）")
        return
    assert len(articles) == 1
    assert [t.text for t in articles[0].titles] == ["三位嘉宾谈身边新变化"]
    assert "夜校点亮小镇" in "".join(articles[0].paragraphs)


@pytest.mark.parametrize("next_headline", [
    "节日坚守岗位 守护万家平安",                                 # a headline set otherwise than the heading
    "节日坚守岗位守护万家平安\n节日坚守岗位守护万家平安",        # an overprinted headline
])
def test_assemble_articles_a_storys_last_section_heading_cut_off_before_the_next_headline_stays_its_text(next_headline):
    # [headline, text whose frames open with headings set alike, one more such heading in a
    # frame of its own, the next story's headline, its text]: the heading is the story's last
    # line, though the words of the section before it would make it a title for that section
    sections = [
        [None, "青山县位于省境西部，境内群山连绵，林木覆盖七成以上。近年来，县里把发展全域旅游作为富民强县的重要抓手。"],
        ["规划先行 统筹全域发展", "县里先后编制了全域旅游发展规划和乡村旅游专项规划，把全县作为一个大景区来统一设计、统一建设。"],
        [None, "为了让规划落地，县里成立了由主要负责同志牵头的工作专班，每月调度一次项目进展，及时解决遇到的问题。"],
        ["融合发展 丰富旅游业态", "县里推动旅游与农业、文化、体育深度融合，建成一批采摘园、民宿村和山地运动基地。",
         "县里还完善了游客服务中心和旅游标识系统，开通景区直通车，优化服务流程，游客越来越满意。"],
    ]
    story_b = ["长假期间，全县各个旅游景区游客众多，不少职工顾不上休息，照常上班，为游客出行和生活提供保障。",
               "在景区的主要路口，交警从清晨一直站到深夜，疏导来往车辆，帮助迷路的游客。",
               "景区的保洁员每天要走两万多步，捡拾游客丢下的垃圾，让景区始终保持干净整洁。"]
    frames = ["山区小县念好旅游经 全域发展见成效"]
    for heading, *paras in sections:
        frames.append("\n".join(([heading] if heading else []) + wrap_column(paras, 15)))
    frames += ["优化服务 提升游客体验", next_headline, "\n".join(wrap_column(story_b, 15))]
    articles, _, _ = _assemble("\n\n".join(frames) + "\n")
    assert [(a.titles[0].text, a.paragraphs[-1][:4]) for a in articles] == [
        ("山区小县念好旅游经 全域发展见成效", "优化服务"), (next_headline.split("\n")[0], "景区的保")]


def test_assemble_articles_text_going_on_after_another_storys_finished_frame_moves_to_its_story():
    # [headline A, A's text to mid-sentence at the full column, headline B, B's text to a
    # finished sentence, A's text going on (its first line full, no paragraph opening)]: the
    # reading order put A's column after B's; the words at the break say it is A's.
    a_lines = wrap_column(["本报讯 11月5日，全市冬季供暖工作会议召开，会议要求各供热企业提前做好设备检修和管网巡查，"
                           "确保按时供暖。据介绍，今年全市新增供热面积三百万平方米，各供热企业已完成老旧管网改造一百二十"
                           "公里，新建换热站四十座，供热管网的输送能力和供暖质量都将明显提升，群众冬季取暖更有保障。"], 14)
    n = len(a_lines) // 2
    a, rest = "\n".join(a_lines[:n]), "\n".join(a_lines[n:])
    b = _column("本报讯 11月4日，第五届全市职工运动会在市体育中心开幕，来自各行业的两千余名职工报名参赛。",
                "本届运动会设田径、游泳、篮球、乒乓球、拔河等十二个大项，比赛将持续到本月下旬，各项赛事均在市体育中心举行。",
                "市总工会负责人说，运动会为职工搭建了展示风采的平台，也激发了大家参加体育锻炼的热情。",
                "开幕式上，来自全市各行业的四十支代表队依次入场，职工们精神饱满、步伐整齐，展现了良好的精神风貌。",
                "赛场上，各代表队的队员们奋勇拼搏、互相加油，看台上的观众不时报以热烈的掌声。")
    assert a_lines[n - 1].rstrip()[-1] not in "。！？" and b.rstrip().endswith("。")
    text = f"全市冬季供暖准备就绪\n\n{a}\n\n全市职工运动会开幕\n\n{b}\n\n{rest}\n"
    articles, _, _ = _assemble(text)
    assert [[t.text for t in x.titles] for x in articles] == [["全市冬季供暖准备就绪"], ["全市职工运动会开幕"]]
    assert "".join(articles[0].paragraphs).endswith("群众冬季取暖更有保障。")
    assert "".join(articles[1].paragraphs).endswith("不时报以热烈的掌声。")
    # a frame whose words are the second story's own stays with it
    own = "\n".join(wrap_column(["赛场上，各代表队的队员们奋勇拼搏，职工运动会的田径、游泳、篮球比赛在市体育中心精彩上演，"
                                 "职工们在运动会上展示了风采。"], 14, indent=0))
    articles, _, _ = _assemble(f"全市冬季供暖准备就绪\n\n{a}\n\n全市职工运动会开幕\n\n{b}\n\n{own}\n")
    assert "".join(articles[1].paragraphs).endswith("职工们在运动会上展示了风采。")


def test_assemble_articles_box_label_after_a_lone_lead_opens_the_storys_text():
    # [headline, byline, 本报讯 + date cut off alone, 核心阅读 alone, the box and the text]: the
    # label goes on from the lead into the box; it titles nothing.
    box = _column("今年以来，全县新建高标准农田两万亩，受益农户三千多户，粮食亩产平均提高了一成以上。")
    text = _column("近日，记者走进城东镇的田间地头，只见一台台收割机来回穿梭，金黄的稻谷颗粒归仓。",
                   "“田成方、路相通，机器开得进来，种地省心多了。”种粮大户李明说。")
    page = f"全县高标准农田建设见实效\n\n■记者 孙 雪\n\n本报讯 10月5日下午，\n\n核心阅读\n\n{box}\n\n{text}\n"
    articles, _, _ = _assemble(page)
    assert [[t.text for t in x.titles] for x in articles] == [["全县高标准农田建设见实效"]]
    joined = "".join(articles[0].paragraphs).replace(" ", "")
    assert joined.startswith("本报讯10月5日下午，") and "核心阅读" in joined and joined.endswith("种粮大户李明说。")


def test_move_stray_titles_keeps_a_subheadline_with_its_headline():
    # [headline, its dash subheadline in a frame of its own, text from the story's middle],
    # then the story's opening with no title: the subheadline shares more words with the
    # opening, yet it heads no text alone; it stays under its headline.
    from banmian.articles import _move_stray_titles, _Part
    from banmian.model import BlockKind

    opening = "本报讯 城东湿地公园3月5日新栽苗木两千余株，湿地公园面积扩大到三百亩。"
    middle = "植树活动结束后，全县各乡镇将开展春季植树检查，确保苗木成活。全县今年植树任务已完成过半。"
    head = block(BlockKind.TITLE, "全县春季植树活动举行", 0, 0)
    sub = block(BlockKind.TITLE, "——城东湿地公园新栽苗木两千余株", 20, 1)
    a = _Part(before=[head, sub], body=[block(BlockKind.BODY, middle, 50, 2)])
    b = _Part(body=[block(BlockKind.BODY, opening, 150, 3)])
    _move_stray_titles([a, b])
    assert a.before == [head, sub] and not b.before + b.after


def test_move_stray_titles_takes_the_subheadline_along_with_its_headline():
    # [text A, headline B, B's dash subheadline] then text B with no title: the stream drew
    # B's titles after A's text; both go to B.
    from banmian.articles import _move_stray_titles, _Part
    from banmian.model import BlockKind

    head = block(BlockKind.TITLE, "县图书馆新馆开馆迎客", 100, 1)
    sub = block(BlockKind.TITLE, "——新馆藏书二十万册 设自习座位三百个", 120, 2)
    a = _Part(body=[block(BlockKind.BODY, PARAS[0], 0, 0)], after=[head, sub])
    b = _Part(body=[block(BlockKind.BODY, "本报讯 县图书馆新馆10月1日开馆迎客。新馆藏书二十万册，"
                          "设自习座位三百个，开馆首日接待读者两千余人次。", 200, 3)])
    _move_stray_titles([a, b])
    assert not a.after and b.before + b.after == [head, sub]


def test_frame_pair_starts_reads_a_long_line_under_an_overprinted_headline_as_its_deck():
    # The page's lead headline printed twice in one frame, then in a frame of its own a line
    # longer than it (the names of who attended): its deck, not the headline of another story.
    from banmian.articles import _frame_pair_starts
    from banmian.model import BlockKind

    head = "全市庆祝建市七十周年大会举行"
    overprinted = [block(BlockKind.TITLE, head, 0, 0), block(BlockKind.DUPLICATE, head, 20, 0)]
    deck = block(BlockKind.TITLE, "市委书记讲话 市长主持 四套班子领导和老同志代表出席全市大会", 40, 1)
    assert _frame_pair_starts(overprinted + [deck]) == ([], False)
    # another story's headline beside it, no longer than it, still makes a pair
    other = block(BlockKind.TITLE, "县图书馆新馆开馆迎客", 40, 1)
    assert _frame_pair_starts(overprinted + [other])[0] == [0, 2]
    # ... also over its own subheadline, longer than the overprinted lines: the deck is one line
    # longer than them, the other story's headline its first line
    sub = block(BlockKind.TITLE, "新馆藏书二十万册 设自习座位三百个 全年开放不闭馆", 60, 1)
    assert _frame_pair_starts(overprinted + [other, sub])[0] == [0, 2]


def test_frame_pair_starts_reads_a_headline_closed_by_its_column_name_as_complete():
    # A column's name closes a headline: beside an overprinted headline it makes two complete
    # titles, not a loose pair (a kicker's frame over its headline's); a speech's date in
    # brackets names no column.
    from banmian.articles import _frame_pair_starts
    from banmian.model import BlockKind

    head = "全县春季植树活动举行"
    overprinted = [block(BlockKind.TITLE, head, 0, 0), block(BlockKind.DUPLICATE, head, 20, 0)]
    tagged = block(BlockKind.TITLE, "县图书馆新馆正式开馆（文化视窗）", 40, 1)
    assert _frame_pair_starts(overprinted + [tagged]) == ([0, 2], True)
    dated = block(BlockKind.TITLE, "在全县植树动员大会上的讲话（2024年3月1日）", 40, 1)
    assert _frame_pair_starts(overprinted + [dated]) == ([0, 2], False)


def test_assemble_articles_box_of_key_points_under_two_complete_headlines_opens_the_second_ones_story():
    # [G1, G2, text 2, text 1]: the stream drew an overprinted headline and a headline closed
    # by its column's name together, then the story that opens with a box of key points
    # (核心阅读) right under them, then the first headline's story. The box opens a story as a
    # lead does, so the headline sharing its words heads it.
    box = _column("核心阅读", "县图书馆新馆藏书二十万册，每天开放十二小时，办理借书证免费。")
    library, tree = _column(*LIBRARY_STORY[:4]), _column(*TREE_STORY)
    head = "全县春季植树活动举行"
    page = f"{head}\n{head}\n\n县图书馆新馆正式开馆（文化视窗）\n\n{box}\n\n{library}\n\n{tree}\n"
    articles, _, _ = _assemble(page)
    assert [x.titles[0].text for x in articles] == ["县图书馆新馆正式开馆（文化视窗）", head]
    assert articles[1].paragraphs[0].startswith("全县春季植树活动在")


def test_byline_inside_no_story_signed_under_a_closing_note():
    # A staff byline between two runs of text may be set inside one story, but not under the
    # note in brackets closing the text before it (（摘自…的发言）): it signs the story there.
    from banmian.articles import _body_runs, _byline_inside
    before = "\n".join(wrap_column(["媒体融合发展要坚持内容为王，用好新技术，让主流声音传得更远、更广、更深入人心。"], 15))
    after = "\n".join(wrap_column(["媒体融合发展要坚持移动优先，用好新平台，让主流媒体的内容传得更快、更广、更深入人心。"], 15))
    for note, inside in (("\n\n（摘自5月10日在某论坛上的发言）", False), ("", True)):
        text = f"{before}{note}\n\n■记者 李 明\n\n{after}"
        bodies, gaps = _body_runs(classify_blocks(group_frames(read_lines(SourceText(text=text)))))
        assert len(bodies) == 2 and _byline_inside(gaps[1], bodies[0], bodies[1], gaps[2]) is inside


def test_assemble_articles_credit_as_a_paragraph_of_its_own_closes_a_picture_story():
    # A picture story set in columns, its credit a paragraph of its own: an article whose
    # text keeps the credit, no byline. A caption ending in its credit signs the photo.
    story = "\n".join(wrap_column(["10月5日，游客在县城南湖公园观赏菊花展。", "今年的菊花展共展出菊花五百多个品种，展期持续到本月底。"], 14))
    lead = "\n".join(wrap_column(["本报讯 10月5日，县图书馆新馆开馆，首日接待读者三千多人次。"], 14))
    articles, _, _ = _assemble(f"南湖赏菊\n\n{story}\n\n新华社记者  王明摄\n\n县图书馆新馆开馆\n\n{lead}\n")
    assert (articles[0].kind.value, articles[0].bylines) == ("article", ())
    assert articles[0].paragraphs[-1] == "新华社记者王明摄"
    caption = "10月5日，游客在县城南湖公园观赏菊花展，今年的菊花展共展出菊花五百多个品种。 新华社记者 王明摄"
    articles, _, _ = _assemble(f"南湖赏菊\n\n{caption}\n\n县图书馆新馆开馆\n\n{lead}\n")
    assert articles[0].kind.value == "photo" and [(b.role, b.name) for b in articles[0].bylines] == [("摄影", "王明")]
    # a credit on a line of its own in the caption's frame signs the photo too
    text = caption.split(" 新华社")[0]
    articles, _, _ = _assemble(f"南湖赏菊\n\n{text}\n新华社记者 王明摄\n\n县图书馆新馆开馆\n\n{lead}\n")
    assert articles[0].kind.value == "photo" and [(b.role, b.name) for b in articles[0].bylines] == [("摄影", "王明")]


def test_cut_points_before_a_frame_opening_with_an_editors_note():
    from banmian.articles import _cut_points
    from banmian.model import Block, BlockKind
    # A series' first part opens with its editor's note (开栏的话), in the frame of its first
    # lines, right under another story's finished text: a new story starts there.
    one = _lines(wrap_column(PARAS[:2], 14))
    two = _lines(["开栏的话"] + wrap_column(["这组稿件将陆续走进全县十个乡镇，记录群众身边的新变化。"], 14, indent=0))
    body = [Block(BlockKind.BODY, tuple(one), 0), Block(BlockKind.BODY, tuple(two), 1)]
    assert [c for c, _ in _cut_points(body, jump_after=False)] == [1]


@pytest.mark.parametrize("opening", ["■ 今年要修好通往各村的三百公里公路", "核心阅读"])
def test_subheading_gap_never_before_text_opening_with_key_points(opening):
    # Title lines between two texts, the text after them opening with a box of key points:
    # a story's kicker, headline and subheadline, not a heading inside the text before.
    from banmian.articles import _body_runs, _subheading_gap
    before = "\n".join(wrap_column(PARAS[:2], 14))
    rest = "\n".join(wrap_column(["全县今年交通建设投资比上年增长两成，群众出行更加便利，农产品运输成本明显下降。"], 14, indent=0))
    titles = "县委召开常委会议\n\n研究部署\n\n全年交通建设任务\n\n县委书记在会上作出具体部署"
    text = f"{before}\n\n{titles}\n\n{opening}\n{rest}"
    bodies, gaps = _body_runs(classify_blocks(group_frames(read_lines(SourceText(text=text)))))
    assert len(bodies) == 2 and not _subheading_gap(gaps[1], bodies[0], bodies[1])
    # the same lines before text that goes on from the text before may be its headings
    text = f"{before}\n\n{titles}\n\n{rest}"
    bodies, gaps = _body_runs(classify_blocks(group_frames(read_lines(SourceText(text=text)))))
    assert len(bodies) == 2 and _subheading_gap(gaps[1], bodies[0], bodies[1])


@pytest.mark.parametrize("first, second", [
    ("《全县乡村振兴实用技术", "问答（第二版）》出版发行"),  # a book's title left open
    ("让山里娃和城里娃一样有好老师的", "暖心行动 温暖每一间教室"),  # a word leaning on the next line
    ("为了让山里娃上好学，县里修校舍、配老师，", "一年新建村小十二所"),  # a comma, which no title ends on
])
def test_titles_of_joins_a_headline_broken_across_frames_where_it_cannot_end(first, second):
    from banmian.articles import _titles_of

    titles = _titles_of([_title(first, 1), _title(second, 2)])
    assert [(t.role.value, t.text) for t in titles] == [("headline", first + second)]
    # two titles, each complete in its own frame, stay two
    titles = _titles_of([_title("全县乡村振兴实用技术问答出版", 1), _title(second, 2)])
    assert len(titles) == 2


def test_join_broken_headings_joins_the_runs_around_a_subheading_whose_first_line_closes_the_text_before():
    # A section's heading whose first line closes the text frame before it, set at the
    # paragraph indent, its rest in a frame of its own: one run of text, the heading in it,
    # before any plan may read its rest as the headline of a story of its own.
    from banmian.articles import _body_runs, _join_broken_headings
    from banmian.model import BlockKind
    one = wrap_column(["县里的茶园今年扩到了两千亩，合作社建起了加工厂，茶叶做成干茶再卖，价钱翻了好几倍。",
                       "茶园的管理也变了样，茶垄间装上了监测设备，哪块茶园该施肥、该除草，手机上一看就知道。",
                       "城里人周末来采茶、品茶，茶农在家门口开起了茶家乐，茶叶和茶园风光一起卖出了好价钱，茶农们都说划算。"], 16)
    two = "\n\n".join("\n".join(wrap_column([p], 16)) for p in [
        "合作社请来农科院的专家，在茶园里试种了三个新品种，发芽早、香气足，很受欢迎。",
        "专家每个月都来茶园看一看，手把手教茶农修剪、施肥，茶农的手艺越来越好。"])
    head, rest = "让茶园里培育的好品种在更多的", "乡亲们茶山上扎下根"
    for last, after, joined in ((head, two, True),
                                ("", two, False),  # a finished text: the line after may head a story
                                (head, two.split("\n\n")[0], False)):  # one frame after: a photo's caption
        text = "\n".join(one + ([last] if last else []))
        blocks = classify_blocks(group_frames(read_lines(SourceText(text=f"{text}\n\n{rest}\n\n{after}\n"))))
        bodies, gaps = _body_runs(blocks)
        _join_broken_headings(gaps, bodies)
        assert len(bodies) == (1 if joined else 2)
        lines = [(b.kind, l.text) for run in bodies for b in run for l in b.lines]
        assert ((BlockKind.BODY, rest) in lines) is joined


def test_gather_brief_boxes_takes_a_label_read_as_the_last_title_of_the_story_before():
    # The label drawn under the headline of the story before the box (…耗财”（无影灯） /
    # 医学资讯), which the assembly gave that story as one more title: it is the box's.
    from banmian.articles import _gather_brief_boxes, _Part
    from banmian.model import BlockKind
    story = _Part(before=[block(BlockKind.TITLE, "不让秋粮再受损（田间谈）", 0, 0), block(BlockKind.TITLE, "农业资讯", 15, 1)],
                  body=[block(BlockKind.BODY, "本报讯 今年秋收期间，县里组织农机手抢收抢种。", 20, 2)])
    one = _Part(before=[block(BlockKind.TITLE, "全县首届科普文化节开幕", 60, 3)],
                body=[block(BlockKind.BODY, "本报电 日前，全县首届科普文化节开幕。（王明）", 80, 4)])
    two = _Part(before=[block(BlockKind.TITLE, "县图书馆新馆开放", 110, 5)],
                body=[block(BlockKind.BODY, "本报电 近日，县图书馆新馆正式开放。（李华）", 130, 6)])
    first, box = _gather_brief_boxes([story, one, two])
    assert [b.text for b in first.before] == ["不让秋粮再受损（田间谈）"]
    assert [b.text for b in box.before] == ["农业资讯"]


def test_gather_brief_boxes_takes_the_pages_only_label_from_afar():
    # The page's only box label drawn over another story, read as its kicker, the items
    # further on: the box's, when every item is led by 本报电 (a dated dispatch may stand alone).
    from banmian.articles import _gather_brief_boxes, _Part
    from banmian.model import BlockKind
    def story():
        return _Part(before=[block(BlockKind.TITLE, "新闻速递", 0, 0), block(BlockKind.TITLE, "县城新建三座公园", 5, 1)],
                     body=[block(BlockKind.BODY, "今年以来，县城新建了三座公园，市民休闲有了好去处。", 20, 2)])
    other = _Part(before=[block(BlockKind.TITLE, "秋粮收购有序开展", 50, 3)],
                  body=[block(BlockKind.BODY, "入秋以来，各地粮库敞开收购，农民卖粮顺畅。", 60, 4)])
    one = _Part(before=[block(BlockKind.TITLE, "全县首届科普文化节开幕", 90, 5)],
                body=[block(BlockKind.BODY, "本报电 日前，全县首届科普文化节开幕。（王明）", 100, 6)])
    two = _Part(before=[block(BlockKind.TITLE, "县图书馆新馆开放", 130, 7)],
                body=[block(BlockKind.BODY, "本报电 近日，县图书馆新馆正式开放。（李华）", 140, 8)])
    first, _, box = _gather_brief_boxes([story(), other, one, two])
    assert [b.text for b in first.before] == ["县城新建三座公园"] and [b.text for b in box.before] == ["新闻速递"]
    # an item that is a dated dispatch keeps the far label off
    dated = _Part(before=[block(BlockKind.TITLE, "县图书馆新馆开放", 130, 7)],
                  body=[block(BlockKind.BODY, "本报北京10月23日电（记者李华）近日，县图书馆新馆正式开放。", 140, 8)])
    assert len(_gather_brief_boxes([story(), other, one, dated])) == 4


def test_gather_brief_boxes_label_over_the_next_headline_closes_the_box_before_it():
    # The label drawn after the box's items, over the next story's headline (…（李华） /
    # 新闻速递 / 县委召开常委会议): that story, a short dated dispatch, is not one more item.
    from banmian.articles import _gather_brief_boxes, _Part
    from banmian.model import BlockKind
    one = _Part(before=[block(BlockKind.TITLE, "全县首届科普文化节开幕", 0, 0)],
                body=[block(BlockKind.BODY, "本报电 日前，全县首届科普文化节开幕。（王明）", 20, 1)])
    two = _Part(before=[block(BlockKind.TITLE, "县图书馆新馆开放", 50, 2)],
                body=[block(BlockKind.BODY, "本报电 近日，县图书馆新馆正式开放。（李华）", 60, 3)])
    story = _Part(before=[block(BlockKind.TITLE, "新闻速递", 90, 4), block(BlockKind.TITLE, "县委召开常委会议", 95, 4)],
                  body=[block(BlockKind.BODY, "本报城南10月20日电（记者张明）县委20日召开常委会议。", 110, 5)])
    box, after = _gather_brief_boxes([one, two, story])
    assert [b.text for b in box.before] == ["新闻速递"] and [b.text for b in after.before] == ["县委召开常委会议"]
    # so does the label read as a title after the last item's text
    two.after.append(block(BlockKind.TITLE, "新闻速递", 90, 4))
    story.before[:] = [block(BlockKind.TITLE, "县委召开常委会议", 95, 4)]
    box, after = _gather_brief_boxes([one, two, story])
    assert [b.text for b in box.before] == ["新闻速递"] and [b.text for b in after.before] == ["县委召开常委会议"]


def test_gather_brief_boxes_takes_a_label_read_as_a_line_of_an_items_text():
    # The stream drew the box's label beside the middle of its first item, and the assembly
    # read it there as a subheading, a line of the item's text (…盾构 / 资讯速递 / （110米）…):
    # the label is still the box's, and not a line of its text.
    from banmian.articles import _gather_brief_boxes, _Part
    from banmian.model import BlockKind
    one = _Part(before=[block(BlockKind.TITLE, "全县首届科普文化节开幕", 0, 0)],
                body=[block(BlockKind.BODY, "本报电 日前，全县首届科普文化节在县科技馆开幕，", 20, 1),
                      block(BlockKind.BODY, "新闻速递", 60, 2),
                      block(BlockKind.BODY, "活动将持续一周。（王明）", 70, 3)])
    two = _Part(before=[block(BlockKind.TITLE, "县图书馆新馆开放", 100, 4)],
                body=[block(BlockKind.BODY, "本报电 近日，县图书馆新馆正式开放。（李华）", 120, 5)])
    box, = _gather_brief_boxes([one, two])
    assert [b.text for b in box.before] == ["新闻速递"] and box.before[0].kind is BlockKind.TITLE
    assert "新闻速递" not in "".join(b.text for b in box.body)


def test_titles_of_keeps_a_box_label_a_title_of_its_own():
    # A box's label (新闻速递) is short, yet no headline wraps on from it, nor does a long
    # title wrap onto it; a few words may open it, wrapped (科技教育 / 新闻速递).
    from banmian.articles import _titles_of

    titles = _titles_of([_title("新闻速递", 1), _title("全县首届科普文化节开幕", 2)])
    assert [t.text for t in titles] == ["新闻速递", "全县首届科普文化节开幕"]
    titles = _titles_of([_title("县图书馆新馆推出“全民阅读", 1), _title("新闻速递", 2)])
    assert [t.text for t in titles] == ["县图书馆新馆推出“全民阅读", "新闻速递"]
    assert [t.text for t in _titles_of([_title("科技教育", 1), _title("新闻速递", 1)])] == ["科技教育新闻速递"]


def test_assemble_articles_untitled_lead_goes_before_the_titled_text_that_opens_mid_sentence():
    # pdfminer drew a story's first column (its lead) after its later ones: the untitled
    # opening goes before the titled text that opens at the full column, mid-sentence, whose
    # titles its words fit, not the other story's.
    a = "\n".join(wrap_column(["县图书馆新馆内藏书二十万册，设有少儿阅览区和电子阅览室，新馆开放以来每天接待读者上千人次，周末更是座无虚席。"],
                               14, indent=0))
    b = "\n".join(wrap_column(["粮库敞开收购，农民卖粮顺畅，收购价格保持稳定，各地粮库秩序井然，农民喜笑颜开。"], 14, indent=0))
    lead = _column("本报讯 10月20日，记者从县文化局获悉，全县公共文化服务体系建设取得新进展，县图书馆新馆建成。")
    articles, _, _ = _assemble(f"县图书馆新馆开放\n\n{a}\n\n秋粮收购有序开展\n\n{b}\n\n{lead}\n")
    assert [a.titles[0].text for a in articles] == ["县图书馆新馆开放", "秋粮收购有序开展"]
    assert articles[0].paragraphs[0].startswith("本报讯") and "新馆内藏书" in "".join(articles[0].paragraphs)


def test_assemble_articles_text_cut_off_for_a_box_label_goes_back_to_its_story():
    # A box's label after a story's last frame (…不误农时（田间谈） text / 农业资讯 / byline /
    # items): the assembly cut that frame off as a story the label headed, from behind; once
    # the box takes its label, the frame is its own story's text again.
    text_a = ["本报讯 今年秋收期间，县里组织农机手抢收抢种，全县秋粮收获进度过半，比去年同期快了五个百分点。",
              "县农业农村局负责人介绍，今年全县投入各类农机两千余台，机收率达到九成以上，农民省时省力。",
              "入秋以来，县里连续降雨，部分地块积水，秋粮收获受到影响。县里组织技术人员下田指导，帮助农民排涝抢收。",
              "“人工收割太慢，多亏了农机。”种粮大户老张说，今年他家三百亩玉米全部机收，损失比往年少多了。"]
    text_b = ["秋粮收获关系全年粮食安全，一刻也耽误不得。各地要抓住晴好天气，组织农机抢收，确保颗粒归仓。",
              "抢收之后还要抢种。小麦播种时节紧，各地要提前备足种子化肥，做好机具检修，不误农时。",
              "眼下正是秋收秋种的关键时期，各级干部要沉到一线，帮助群众解决实际困难，把各项措施落到实处。",
              "同时，要做好粮食收购工作，敞开收购农民余粮，防止出现卖粮难，切实保护农民种粮积极性。"]
    a1, a2, b1, b2 = ("\n".join(wrap_column(ps, 13)) for ps in (text_a[:2], text_a[2:], text_b[:2], text_b[2:]))
    i1 = "\n".join(wrap_column(["本报电 日前，全县首届科普文化节在县科技馆开幕，活动将持续一周。（王明）"], 13))
    i2 = "\n".join(wrap_column(["本报电 近日，县图书馆新馆正式开放，首日接待读者三千余人次。（李华）"], 13))
    page = (f"全县秋粮收获进度过半\n{a1}\n\n{a2}\n\n秋收秋种不误农时（田间谈）\n\n{b1}\n\n{b2}\n\n农业资讯\n\n"
            f"■记 者 张 明\n通讯员 李 华\n\n全县首届科普文化节开幕\n\n{i1}\n\n县图书馆新馆开放\n\n{i2}\n")
    articles, _, _ = _assemble(page)
    assert [[t.text for t in a.titles] for a in articles] == [
        ["全县秋粮收获进度过半"], ["秋收秋种不误农时（田间谈）"], ["农业资讯"]]
    assert _norm(articles[1].paragraphs) == _norm(text_b)


def test_assemble_articles_staff_byline_before_a_caption_across_the_columns_signs_the_text_before():
    # A story's last frame stops with no full stop (a box's label and heading, 链接 / …), so its
    # byline is read inside the text and the photo's caption after it goes on the same run:
    # the caption, set across the columns, is the photo's; the byline signs the story.
    text = ["本报讯 今年秋收期间，县里组织农机手抢收抢种，全县秋粮收获进度过半，比去年同期快了五个百分点。",
            "县农业农村局负责人介绍，今年全县投入各类农机两千余台，机收率达到九成以上，农民省时省力。"]
    body = "\n".join(wrap_column(text, 13))
    page = (f"全县秋粮收获进度过半\n\n{body}\n\n链接\n全县已建成农机服务站\n三十余个\n\n■记 者 张 明\n通讯员 李 华\n\n"
            "10月20日，河东县柳树村，农民驾驶收割机在田间收获玉米，一派丰收景象。\n\n■摄影 王 刚\n\n金色田野\n")
    story, photo = _assemble(page)[0]
    assert story.bylines == (Byline("记者", "张明"), Byline("通讯员", "李华"))
    assert "三十余个" in "".join(story.paragraphs)
    assert photo.bylines == (Byline("摄影", "王刚"),) and photo.paragraphs[0].startswith("10月20日")


@pytest.mark.parametrize("break_at", ["一系", "一系列举措，"])
def test_assemble_articles_photo_drawn_inside_a_sentence_is_lifted_out_of_the_text(break_at):
    # pdfminer drew a photo (its title, a caption wider than the column, its credit) where it
    # stands, inside a sentence of a story's text: the sentence reads on over it, and the photo
    # is a story of its own.
    head = "本报讯 今年以来，县税务局优化纳税服务，针对小微企业的需求，有针对性地出台了"
    tail = ("一系列举措，让纳税人轻松享受减税红利。县税务局负责人介绍，今年前三季度，全县新增减税降费两亿余元，"
            "惠及企业三千余户。")
    text = head + tail
    cut = len(head) + len(break_at)
    before, after = text[:cut], text[cut:]
    page = ("全县减税降费惠及三千余户\n\n" + "\n".join(wrap_column([before], 13)) + "\n\n金色田野\n\n"
            "10月20日，河东县柳树村，农民驾驶收割机在田间收获玉米，一派丰收景象。\n\n■摄影 王 刚\n\n"
            + "\n".join(wrap_column([after], 13, indent=0)) + "\n")
    articles, _, _ = _assemble(page)
    assert [[t.text for t in a.titles] for a in articles] == [["全县减税降费惠及三千余户"], ["金色田野"]]
    story, photo = articles
    assert _norm(story.paragraphs) == _norm([text])
    assert photo.bylines == (Byline("摄影", "王刚"),) and photo.paragraphs[0].startswith("10月20日")


def test_assemble_articles_photo_with_a_caption_set_to_the_column_drawn_inside_a_sentence_is_lifted_out():
    # The caption is set to the text's own column and broken into frames, its bare credit
    # closing it: the frames back to the photo's title are the caption, and the sentence the
    # photo broke reads on over it.
    text = ("本报讯 今年以来，县税务局优化纳税服务，针对小微企业的需求，有针对性地出台了一系列举措，"
            "让纳税人轻松享受减税红利。县税务局负责人介绍，今年前三季度，全县新增减税降费两亿余元。")
    cut = text.index("一系") + 2
    caption = wrap_column(["10月20日，河东县柳树村，农民驾驶收割机在田间收获玉米，一派丰收景象。"], 13)
    page = ("全县减税降费惠及三千余户\n\n" + "\n".join(wrap_column([text[:cut]], 13)) + "\n\n金色田野\n\n"
            + "\n".join(caption[:3]) + "\n\n" + "\n".join(caption[3:]) + "\n\n王刚摄（影像中国）\n\n"
            + "\n".join(wrap_column([text[cut:]], 13, indent=0)) + "\n")
    articles, _, _ = _assemble(page)
    assert [[t.text for t in a.titles] for a in articles] == [["全县减税降费惠及三千余户"], ["金色田野"]]
    story, photo = articles
    assert _norm(story.paragraphs) == _norm([text])
    assert photo.paragraphs[0].startswith("10月20日") and photo.paragraphs[-1].endswith("王刚摄（影像中国）")


def test_assemble_articles_headline_broken_before_its_column_name_in_a_frame_of_its_own():
    # The stream drew a story's titles after its text, then the next story's headline broken
    # over two frames, its last words with its column's name (小城有担当 生活 / 更美好（田间谈）):
    # the two frames are one headline, over the story after them.
    text_a = ["本报北京10月4日电 连日来，各地干部群众积极评价县城建设取得的新成就，认为县城面貌焕然一新，群众生活更加便利。",
              "大家表示，县城是城乡融合发展的重要载体，要继续补齐短板，让群众生活更美好。"]
    text_b = ["“小城要有小城的样子，小城要有小城的担当。”县城虽小，却连着城市和乡村，连着千家万户。",
              "这些年来，县城面貌日新月异，道路宽了，公园多了，群众的获得感越来越强。",
              "县里坚持规划先行，统筹推进老旧小区改造、背街小巷整治和公共服务设施建设，一批民生项目陆续建成投用。",
              "走进城东的新建社区，健身步道环绕绿地，老人们在凉亭里下棋聊天，孩子们在广场上追逐嬉戏。",
              "“以前出门一身土，现在出门就是公园。”居民老王说，这几年县城的变化，大家都看在眼里、记在心里。",
              "县里有关负责人表示，下一步将继续完善县城功能，加快补齐教育、医疗、养老等方面的短板，让城乡居民共享发展成果。",
              "不少在外务工的年轻人也选择回到县城创业就业，开起了网店、民宿和农产品加工厂，县城的人气越来越旺。"]
    a, b = ("\n".join(wrap_column(ps, 13)) for ps in (text_a, text_b))
    page = (f"{a}\n\n“县城处处换新颜”\n“县城处处换新颜”\n\n——各地干部群众积极评价县城建设取得的新成就和县城面貌的新变化\n\n"
            f"小城有担当 生活\n\n更美好（田间谈）\n\n——瞩目新时代\n的县城③\n\n{b}\n")
    first, second = _assemble(page)[0]
    assert [t.text for t in first.titles] == ["“县城处处换新颜”", "——各地干部群众积极评价县城建设取得的新成就和县城面貌的新变化"]
    assert [t.text for t in second.titles] == ["小城有担当 生活", "更美好（田间谈）", "——瞩目新时代的县城③"]


def _frames(*frames):
    return "\n\n".join(frames) + "\n"


def test_assemble_articles_headline_inside_text_heads_the_story_further_down():
    # The stream drew a headline beside a story's text while its sentence runs on (…加装电梯
    # 等， / 秋粮收购价格保持稳定 / 县里统筹安排…): the text from the headline to the next story
    # is the story before going on, though that story's opening shares the headline's words.
    story_a = ["今年以来，县里启动老旧小区改造工程，涉及小区四十余个。施工避开秋粮收购农忙时节，建材价格保持稳定。",
               "改造内容包括屋面防水、管网更新、道路修缮和加装电梯等，县里统筹安排各类资金两亿余元，施工队伍已陆续进场，"
               "预计明年底前全部完工。",
               "县住建局负责人介绍，改造前广泛听取居民意见，一个小区一个方案，让改造真正改到群众心坎上。"]
    story_b = ["入秋以来，县里各收购网点敞开收购秋粮，收购价格保持稳定，农民卖粮顺畅。",
               "县粮食局负责人表示，秋粮收购关系农民增收，全县将加强市场监测，确保收购价格平稳。"]
    _assert_headline_drawn_inside("老旧小区改造全面启动", story_a, 2, "秋粮收购价格保持稳定", story_b)


def _assert_headline_drawn_inside(title_a, story_a, cut, title_b, story_b):
    """A page: story A's first paragraph, its second broken after ``cut`` lines with story B's
    headline drawn there, its third, then B's text; it reads as A and B, each whole."""
    broken = wrap_column(story_a[1:2], 14)
    page = _frames(title_a, _column(story_a[0]), "\n".join(broken[:cut]), title_b,
                   "\n".join(broken[cut:]), _column(story_a[2]), *map(_column, story_b))
    articles, _, _ = _assemble(page)
    assert [[t.text for t in a.titles] for a in articles] == [[title_a], [title_b]]
    assert [_norm(a.paragraphs) for a in articles] == [_norm(story_a), _norm(story_b)]


def test_assemble_articles_headline_after_a_first_line_alone_heads_the_story_further_down():
    # A paragraph's first line came alone in its frame, set to the column less the indent, and
    # the stream drew another story's headline after it (此外，新馆的少儿阅览区 / 秋粮收购价格保持
    # 稳定（田间观察） / 还设有…): the text at the full column after the headline is that paragraph
    # going on.
    story_a = ["县图书馆新馆日前正式开放，新馆藏书二十万册，开放首日接待读者三千余人次。",
               "此外，新馆的少儿阅览区还设有绘本角和亲子共读室，每周末举办故事会，吸引了不少家长带着孩子前来。",
               "县图书馆负责人介绍，新馆还将陆续开设电子阅览室，让群众在家门口享受阅读服务。"]
    story_b = ["入秋以来，县里各收购网点敞开收购秋粮，收购价格保持稳定，农民卖粮顺畅。",
               "县粮食局负责人表示，秋粮收购关系农民增收，全县将加强市场监测，确保收购价格平稳。"]
    _assert_headline_drawn_inside("县图书馆新馆开放", story_a, 1, "秋粮收购价格保持稳定（田间观察）", story_b)


def test_assemble_articles_kicker_naming_its_column_before_its_dash_opens_a_story():
    # A kicker closed by its dash may carry its column's name before the dash (…新版（书香）——):
    # a headline's, so the pair opens a story and is no subheading of the text before it, though
    # that text names the same book.
    story_a = ["县图书馆新馆日前正式开放，新馆藏书二十万册，开放首日接待读者三千余人次。",
               "新馆的少儿阅览区设有绘本角和亲子共读室，每周末举办故事会，《山河记》等读物吸引了不少家长带着孩子前来。",
               "县图书馆负责人介绍，新馆还将陆续开设电子阅览室，让读者在家门口享受阅读服务。"]
    story_b = ["《山河记》是一部写给孩子的地理读物，初版于二十年前，多次重印，深受小读者喜爱。",
               "新版增加了插图和音频，扫一扫书中的图片，就能听到山河的故事，让读者有了新感受。"]
    page = _frames("县图书馆新馆开放", *map(_column, story_a), "《山河记》新版（书香）——\n老故事带给读者新感受",
                   *map(_column, story_b))
    articles, _, _ = _assemble(page)
    assert [[(t.role.value, t.text) for t in a.titles] for a in articles] == [
        [("headline", "县图书馆新馆开放")], [("kicker", "《山河记》新版（书香）——"), ("headline", "老故事带给读者新感受")]]
    assert [_norm(a.paragraphs) for a in articles] == [_norm(story_a), _norm(story_b)]


def test_subheading_gap_is_no_headline_over_a_dash_line_naming_its_genre():
    # A headline over a dash line that names the kind of piece it heads (——…论坛侧记), or opens
    # as a headline's subheadline does (——访…), opens a story: a section's heading inside a
    # story carries no such subheadline.
    from banmian.articles import _body_runs, _subheading_gap
    story_a = ["县里的志愿服务队每周进社区，帮独居老人买菜、修灯、读报，三年来从未间断。",
               "服务队的队员大多是退休教师，他们说，能为邻居们做点小事，心里就踏实。"]
    story_b = ["10月29日，县文化馆的小剧场座无虚席。全县乡村振兴论坛当天开幕，各乡镇的干部和农民代表围坐一堂。",
               "“回去以后，我要把听到的好点子讲给村里人听。”一位村支书说。"]
    page = _frames("坚持务实作风 确保工作实效", *map(_column, story_a), "投身乡村振兴实践", "——乡村振兴论坛侧记",
                   *map(_column, story_b))
    bodies, gaps = _body_runs(classify_blocks(group_frames(read_lines(SourceText(text=page)))))
    assert len(bodies) == 2
    assert not _subheading_gap(gaps[1], bodies[0], bodies[1])
    # so does a dash line opening as a headline's subheadline does (——访…)
    visit = page.replace("——乡村振兴论坛侧记", "——访县里的老支书")
    bodies, gaps = _body_runs(classify_blocks(group_frames(read_lines(SourceText(text=visit)))))
    assert not _subheading_gap(gaps[1], bodies[0], bodies[1])
    plain = page.replace("——乡村振兴论坛侧记\n\n", "")
    bodies, gaps = _body_runs(classify_blocks(group_frames(read_lines(SourceText(text=plain)))))
    assert _subheading_gap(gaps[1], bodies[0], bodies[1])  # the heading alone may be a section's


def test_assemble_articles_untitled_piece_under_a_staff_byline_joins_the_story_it_goes_on():
    # An extractor drew a story's byline and the rest of its text after the next story
    # (■记者 王 明 / 如今走进城南老街…, no lead): the piece and its byline join the story whose
    # words it shares, not stand as an article without a title.
    a1 = ["城南老街改造工程近日全面完工，改造后的老街保留了青石板路和木结构店铺，老街的商户们迎来了好生意。",
          "老街改造历时八个月，施工队伍分三班轮流作业，老街的每一块青石板都重新铺设。"]
    b = ["本报讯 日前，县图书馆开展“书香进社区”活动，志愿者将两千余册图书送到十个社区的阅览室，方便居民就近借阅。",
         "活动现场，志愿者还为居民办理了借书证，并介绍了数字阅读平台的使用方法。"]
    a2 = ["如今走进城南老街，青石板路干干净净，木结构店铺一家挨一家，老街的商户们说，改造让老街的人气更旺了。",
          "老街商户李大姐说：“老街改造以后，来店里的客人多了一倍。”"]
    page = _frames("城南老街换新颜", *map(_column, a1), "书香进社区", "■记者 李 华", *map(_column, b), "■记者 王 明",
                   *map(_column, a2))
    articles, _, _ = _assemble(page)
    assert [([t.text for t in a.titles], [x.name for x in a.bylines]) for a in articles] == [
        (["城南老街换新颜"], ["王明"]), (["书香进社区"], ["李华"])]
    assert [_norm(a.paragraphs) for a in articles] == [_norm(a1 + a2), _norm(b)]


def test_assemble_articles_headline_inside_text_heads_the_story_that_opened_before_it():
    # The next story opened in the run of the story before, with no title between them, and
    # the stream drew its headline while its first sentence runs on (…收购进度过半，农 / 秋粮
    # 收购平稳有序 / 民卖粮顺畅…): the headline's words are in that opening, the run's own
    # headline's words are not, so the story starts where that opening does.
    story_c = ["本报讯 县图书馆新馆日前正式开放，新馆藏书二十万册，设有少儿阅览区和电子阅览室。",
               "开放首日，新馆接待读者三千余人次，不少家长带着孩子前来借书，阅览室里座无虚席。"]
    story_d = ["入秋以来，全县各收购网点敞开收购秋粮，收购价格保持稳定，各地秋粮收购进度过半，农民卖粮顺畅，"
               "不少农户当天就拿到了售粮款。",
               "县粮食局负责人表示，秋粮收购关系农民增收，全县将加强市场监测，确保收购价格平稳。"]
    broken = wrap_column(story_d[:1], 14)
    page = _frames("县图书馆新馆开放", *map(_column, story_c), "\n".join(broken[:3]), "秋粮收购平稳有序",
                   "\n".join(broken[3:]), _column(story_d[1]))
    articles, _, _ = _assemble(page)
    assert [[t.text for t in a.titles] for a in articles] == [["县图书馆新馆开放"], ["秋粮收购平稳有序"]]
    assert [_norm(a.paragraphs) for a in articles] == [_norm(story_c), _norm(story_d)]


def test_assemble_articles_headline_inside_text_heads_the_next_run_where_its_words_are():
    # The stream drew a story's headline inside another story's text (…将被严肃 / 面条飘香富
    # 了山村 / 处理。), and no cut of that run shows its story's start: the story is the next
    # run, the dispatch whose words the headline shares and the text after it does not. The
    # run reads on across the headline, whole, not cut into a piece with no title.
    story_a = ["本报讯 近日，县里出台规定，要求事业单位工作人员履职时严格执行回避制度，凡与本人有利害关系的事项一律回避。",
               "规定明确，工作人员不得参与与本人亲属有密切关系的人员招聘和考核工作，违者将被严肃处理。",
               "家住城南的王大爷说，以前总担心找熟人走后门，现在一切按章办事，大家心里踏实多了。",
               "不少年轻人表示，这样公平公正，凭真本事就能上岗，干劲更足了。"]
    story_b = "本报讯 走进河东县柳树村，面条飘香扑鼻。近年来，村里发展面条加工，办起作坊二十余家，面条产业富了山村。"
    broken = wrap_column(story_a[1:2], 14)
    page = _frames("县里出台事业单位回避规定", _column(story_a[0]), "\n".join(broken[:-1]), "面条飘香富了山村",
                   broken[-1], *map(_column, story_a[2:]), _column(story_b))
    articles, _, _ = _assemble(page)
    assert [[t.text for t in a.titles] for a in articles] == [["县里出台事业单位回避规定"], ["面条飘香富了山村"]]
    assert [_norm(a.paragraphs) for a in articles] == [_norm(story_a), _norm([story_b])]


def _body_block(frame, *texts):
    from banmian.model import Block, BlockKind
    return Block(BlockKind.BODY, tuple(Line(text=t, start=0, end=len(t), line_no=k) for k, t in enumerate(texts)), frame)


def test_noted_headings_inside_a_frame_opening_on_a_heading_after_a_note():
    # A forum's sections: the last closed by its author's note in brackets, the next frame
    # opening on a heading set inside the text (守住乡土记忆), then text at the column.
    from banmian.articles import _noted_headings_inside
    first = _column("这些年，我走遍了全县的村落，记下了许多老手艺人的故事，也看到了乡村的变化。")
    note = _body_block(1, *first.split("\n"), "（作者为县文化馆馆员）")
    rest = _column("乡土记忆是一个地方的根，老房子、老手艺、老故事，都值得我们用心守护，一代代传下去。").split("\n")
    heading = _body_block(2, "守住乡土记忆", *rest)
    after = _body_block(3, *_column("今后，我们还要继续走村入户，把这些故事整理成书，让更多的人读到它们。").split("\n"))
    assert _noted_headings_inside([note, heading, after])
    # a frame opening on a line of text after the note is no section's heading
    plain = _body_block(2, *rest)
    assert not _noted_headings_inside([note, plain, after])


def test_noted_heading_gap_is_no_headline_over_its_subheadline():
    # After a note that closes the text before, a headline over its subheadline's dash
    # (——评《…》) opens a story of its own; a plain heading may open a forum's next section.
    from banmian.articles import _noted_heading_gap
    first = _column("这些年，我走遍了全县的村落，记下了许多老手艺人的故事，也看到了乡村的变化。")
    before = [_body_block(1, *first.split("\n"), "（作者为县文化馆馆员）")]
    after = [_body_block(4, *_column("乡土记忆是一个地方的根，老房子、老手艺、老故事，都值得我们用心守护，一代代传下去。").split("\n"))]
    assert _noted_heading_gap([_title("守住乡土记忆", 2)], before, after)
    assert not _noted_heading_gap([_title("好作品经得起时间检验", 2), _title("——评小说《山那边》", 3)], before, after)


def test_noted_heading_gap_is_no_section_over_an_editors_note():
    # After a note that closes the text before, a heading over an editors' note, signed by
    # them, opens a story (the page's next feature), however plain the heading.
    from banmian.articles import _noted_heading_gap
    first = _column("这些年，我走遍了全县的村落，记下了许多老手艺人的故事，也看到了乡村的变化。")
    before = [_body_block(1, *first.split("\n"), "（作者为县文化馆馆员）")]
    note = _column("今年是古村落保护工作开展十周年，我们请几位作者写下他们眼中的老房子，敬请关注。").split("\n")
    text = _column("老街的青石板路被磨得发亮，两旁的木楼大多有上百年历史。").split("\n")
    after = [_body_block(4, *note), _body_block(5, "——编  者", *text)]
    assert not _noted_heading_gap([_title("守住乡土记忆", 2)], before, after)
    assert _noted_heading_gap([_title("守住乡土记忆", 2)], before, after[:1] + [_body_block(5, *text)])


def test_assemble_articles_notice_label_over_a_headline_heads_the_note_under_them():
    # A notice to the readers set over the headline of the first story it introduces, each a
    # frame of its own, then the note's text, signed by the editors, and the story's (致读者 /
    # 四位作家的乡村笔记 / note / ——编  者 / story): the label heads the note alone.
    note = ["这个秋天，我们请四位作家走进乡村，住进农家小院，写下他们看到的新变化，今天起陆续刊出，敬请关注。"]
    story = ["清晨五点，果园里已经有人在摘梨了。老周把一筐筐梨搬上三轮车，说今年的梨又大又甜，城里的超市早早就来订了货。",
             "傍晚收工，老周坐在院子里算账，算着算着就笑了。"]
    page = _frames("致读者", "四位作家的乡村笔记", _column(*note), "——编  者", *map(_column, story))
    articles, _, _ = _assemble(page)
    assert [[t.text for t in a.titles] for a in articles] == [["致读者"], ["四位作家的乡村笔记"]]
    assert [_norm(a.paragraphs)[0][:8] for a in articles] == [_norm(note)[0][:8], _norm(story)[0][:8]]
    # Unsigned, the note ends with the first paragraph its frame closes.
    unsigned = page.replace("——编  者\n\n", "")
    articles, _, _ = _assemble(unsigned)
    assert [[t.text for t in a.titles] for a in articles] == [["致读者"], ["四位作家的乡村笔记"]]
    # A headline's first line in the label's frame is no notice's.
    glued = page.replace("致读者\n\n", "致读者\n")
    articles, _, _ = _assemble(glued)
    assert len(articles) == 1


def test_subheading_gap_never_with_two_lines_of_set_apart_phrases():
    from banmian.articles import _subheading_gap
    before, after, gap = GAP_BEFORE, GAP_AFTER, _title_gap
    # a story's headline drawn after it over the next one's kicker: phrases set apart on each
    assert not _subheading_gap(gap(["建好新网点 服务进乡村", "网购下乡 快递进村", "县域电商添新彩"]), before, after)
    # one such line may be a subheading set in the column
    assert _subheading_gap(gap(["建好新网点 服务进乡村"]), before, after)


def test_assemble_articles_cuts_after_a_photo_credit_though_the_next_story_repeats_the_photos_title():
    # A photo (金秋时节, its caption closed by its credit in a frame of its own) between two
    # stories, the second drawn before its titles: its first paragraph says 金秋 too, and the
    # caption and that paragraph together are still short. The credit closes the caption.
    story = _column("本报讯 近日，县人民法院设立环境资源审判庭，集中审理涉及水源保护、森林资源的各类案件，"
                    "为绿水青山提供司法保障。")
    caption = _column("河东县柳树村的农民在田间收获玉米。")
    second = (_column("碧水蓝天，金秋的南湖景色宜人。很难想象，这里曾经水质恶化，周边村民抱怨不断。") + "\n\n"
              + _column("“要用法治的力量守护好一湖清水。”县法院院长介绍，审判庭成立以来，已审结环境案件二十余件，"
                        "督促有关企业完成整改，湖区水质明显好转，群众满意度大幅提升。"))
    page = (f"法治护航城市发展\n\n{story}\n\n金秋时节\n\n{caption}\n\n顾小北摄（影像中国）\n\n{second}\n\n"
            "县法院守护南湖一湖清水\n")
    articles, _, _ = _assemble(page)
    texts = {a.titles[0].text: "".join(a.paragraphs) for a in articles}
    assert texts["金秋时节"].endswith("顾小北摄（影像中国）")
    assert texts["县法院守护南湖一湖清水"].startswith("碧水蓝天")


# Two dispatches one headline names (王建国赵立新分别会见…), the second naming its reporter inline,
# and a brief of another story.
DISPATCH_ONE = _column("本报讯 市长王建国3日在市政府会见了来访的河东市友好城市代表团，双方就经贸合作、人文交流等议题交换了意见。",
                       "王建国表示，两市结好以来，各领域合作成果丰硕，希望双方进一步拓展合作空间。")
DISPATCH_TWO = _column("本报东城10月3日电 （记者李明）副市长赵立新3日在东城会见了河东市友好城市代表团团长一行，介绍了我市港口建设情况。",
                       "代表团团长表示，愿同我市加强港口物流合作，推动两市友好关系不断深化。")
LIBRARY_BRIEF = _column("本报讯 日前，县图书馆开展“书香进社区”活动，志愿者将两千余册图书送到十个社区的阅览室，方便居民就近借阅。")


def test_assemble_articles_keeps_a_second_dispatch_under_the_headline_that_names_it():
    # One headline over two dispatches (甲乙分别会见…), the second opening with its own lead and
    # naming its reporter inline: it goes on the first, whose text never names 赵立新.
    page = (f"王建国赵立新分别会见河东市友好城市代表团\n\n{DISPATCH_ONE}\n\n{DISPATCH_TWO}\n\n书香进社区\n\n■记者 张 华\n\n"
            f"{LIBRARY_BRIEF}\n")
    articles, _, _ = _assemble(page)
    assert [[t.text for t in a.titles] for a in articles] == [["王建国赵立新分别会见河东市友好城市代表团"], ["书香进社区"]]
    assert "两市友好关系不断深化。" in "".join(articles[0].paragraphs)


def test_assemble_articles_leaves_a_signed_dispatch_without_a_title_apart():
    # The same second dispatch under a staff byline of its own is another story whose title
    # went unseen: it stays apart.
    second = _column("本报东城10月3日电 副市长赵立新3日在东城会见了河东市友好城市代表团团长一行，介绍了我市港口建设情况。")
    page = (f"王建国赵立新分别会见河东市友好城市代表团\n\n{DISPATCH_ONE}\n\n■记者 李 明\n\n{second}\n\n书香进社区\n\n"
            f"■记者 张 华\n\n{LIBRARY_BRIEF}\n")
    articles, _, _ = _assemble(page)
    assert len(articles) == 3 and not articles[1].titles


def test_assemble_articles_puts_a_first_dispatch_under_the_headline_drawn_after_it():
    # The headline drawn between the two dispatches it names: the first, left untitled and
    # unsigned, goes before the second, whose text never names 王建国.
    page = (f"书香进社区\n\n■记者 张 华\n\n{LIBRARY_BRIEF}\n\n{DISPATCH_ONE}\n\n王建国赵立新分别会见河东市友好城市代表团\n\n"
            f"{DISPATCH_TWO}\n")
    articles, _, _ = _assemble(page)
    assert [[t.text for t in a.titles] for a in articles] == [["书香进社区"], ["王建国赵立新分别会见河东市友好城市代表团"]]
    assert "".join(articles[1].paragraphs).startswith("本报讯 市长王建国")


def test_assemble_articles_reads_a_last_heading_shaped_as_the_headings_inside_as_the_storys_text():
    # A titled story whose sections open with two-line headings in frames of their own; the
    # page ends with one more such heading, its section's text on another page: it is the
    # story's text, not the headline of a story drawn after its text.
    first = "\n".join(wrap_column(["县里今年新修和改建农村公路六十多公里，一条条平坦的水泥路通到了村民家门口，出行难的问题基本解决。"], 14))
    then = "\n".join(wrap_column(["城东片区新修道路十二条，沿线的果园和菜地都通了车，农产品当天就能运到城里的市场，村民们增收有了底气。"], 14))
    text = f"县里的新路修到了家门口\n\n{first}\n\n城东片区新修道路\n十二条\n{then}\n\n城西片区老路拓宽\n八公里\n"
    articles, _, _ = _assemble(text)
    assert [[t.text for t in a.titles] for a in articles] == [["县里的新路修到了家门口"]]
    assert articles[0].paragraphs[-1] == "城西片区老路拓宽八公里"


def test_headings_inside_finds_a_heading_set_inside_a_frame_after_a_paragraphs_end():
    # …新亮点。 / 老城商铺 换新颜 / 傍晚六时，…: the heading of the story's first section, set in
    # the frame's middle; a title of the same look elsewhere is read as one more of them.
    from banmian.articles import _headings_inside, _look
    from banmian.model import Block, BlockKind
    lead = wrap_column(["入夜，城里的几条老街依旧人来人往，小吃摊前排起长队，夜间消费成了拉动内需的新亮点。"], 14)
    first = wrap_column(["傍晚六时，老城步行街的灯笼次第亮起，游客们提着刚买的糖画和糕点，沿着石板路慢慢逛。"], 14)
    frame = Block(BlockKind.BODY, tuple(_lines(lead + ["老城商铺 换新颜"] + first)), 1)
    assert _look(["老城商铺 换新颜"]) in _headings_inside([frame])
    # a paragraph's short last line is no heading: the line after it opens the next paragraph
    plain = Block(BlockKind.BODY, tuple(_lines(lead + first)), 1)
    assert _headings_inside([plain]) == set()


def test_assemble_articles_gives_the_second_of_two_stacked_headlines_to_the_untitled_story_with_a_lead():
    # Two headlines drawn together, then each story's byline and lead: the first headline
    # shares words with the first text; the second shares none with either, but the second
    # story opens with its own lead and has no title: the headline is its own.
    one = "\n".join(wrap_column(["本报讯 10月4日晚，在全省田径锦标赛的女子铅球比赛里，我县选手李红以18米55的成绩夺得金牌。"], 12))
    two = "\n".join(wrap_column(["本报讯 10月5日上午，当洪水漫过河堤，有人守在沙袋旁彻夜未眠，有人划着小船把老人接到高处。"], 12))
    text = (f"县选手夺得全省田径\n锦标赛女子铅球金牌\n\n风雨同舟 守望相助\n——记抗洪一线的普通群众\n\n"
            f"■记者 高 洁\n\n{one}\n\n■记者 李 明\n\n{two}\n")
    articles, _, _ = _assemble(text)
    assert ["".join(t.text for t in a.titles) for a in articles] == [
        "县选手夺得全省田径锦标赛女子铅球金牌", "风雨同舟 守望相助——记抗洪一线的普通群众"]


def test_build_paragraphs_keeps_a_wrapped_foreign_signature_whole():
    # A section's signature, the author's country in brackets and the name wrapped over two
    # lines, is one paragraph of its own: no break inside it.
    lines = _lines(["中国的发展让世界受益", "（法国）让—皮埃尔·杜", "邦"]
                   + wrap_column(["我第一次来中国是在上世纪八十年代，那时街上跑的多是自行车，如今高铁四通八达。"], 14))
    assert build_paragraphs(lines)[:3] == [
        "中国的发展让世界受益", "（法国）让—皮埃尔·杜邦", "我第一次来中国是在上世纪八十年代，那时街上跑的多是自行车，如今高铁四通八达。"]


def test_assemble_articles_compilation_drawn_after_a_story_opens_on_its_first_signed_section():
    # A story, then a compilation whose sections each open on a heading and a staff byline set
    # in the text's frame, its headline drawn last: the story ends before the first heading.
    story = _column("本报讯 县里的老水库今年完成了除险加固，新修的溢洪道可以抵御百年一遇的洪水。",
                    "工程历时两年，总投资一点二亿元，下游三个乡镇的群众从此不再为汛期发愁。")
    first = _column("距离开饭还有半个小时，社区食堂里已经坐满了前来就餐的老人，大家有说有笑。",
                    "一荤一素一汤只要八块钱，行动不便的老人还可以打电话请志愿者把饭菜送到家。")
    second = _column("清晨的公园里，打太极拳的、练剑的、跳广场舞的老人各有各的场地，热闹非凡。",
                     "社区还请来体育老师，每周为老人们讲一次科学健身的知识，很受大家的欢迎。")
    text = (f"老水库完成除险加固\n\n{story}\n\n吃饭不用愁\n本报记者 高 洁\n{first}\n\n"
            f"健身有去处\n本报记者 李 明\n{second}\n\n老年人的好日子\n")
    articles, unassigned, _ = _assemble(text)
    assert not unassigned
    assert [a.titles[0].text for a in articles] == ["老水库完成除险加固", "老年人的好日子"]
    assert articles[0].paragraphs[-1].endswith("不再为汛期发愁。")
    assert "吃饭不用愁" in "".join(articles[1].paragraphs)
