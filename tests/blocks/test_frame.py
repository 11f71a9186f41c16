"""banmian.blocks.frame: one frame's lines read as blocks."""
import pytest

from banmian.blocks import classify_frame
from banmian.frames import group_frames
from banmian.lines import read_lines
from banmian.model import BlockKind, Byline, Line, SourceText
from pagekit import wrap_column


def _blocks(text):
    frames = group_frames(read_lines(SourceText(text=text)))
    return [b for f in frames for b in classify_frame(f)]


def test_classify_frame_title_then_byline_in_one_frame():
    blocks = _blocks("平湖招商引资主动出击抢先机\n■记者 林旭东 通讯员 全 峰")
    assert [b.kind for b in blocks] == [BlockKind.TITLE, BlockKind.BYLINE]
    assert blocks[1].bylines[1] == Byline("通讯员", "全峰")


def test_classify_frame_date_a_letter_is_signed_with_stays_in_its_text():
    letter = "希望同学们珍惜时光，\n努力学习，早日成才！\n陈立群\n2023年5月4日"
    assert [b.kind for b in _blocks(letter)] == [BlockKind.BODY]
    # A date under a paper's name, with no sentence before it, is the page's own.
    assert [b.kind for b in _blocks("东湖日报\n2023年5月4日")] == [BlockKind.FURNITURE, BlockKind.FURNITURE]


def test_classify_frame_overprinted_title_gives_duplicate():
    blocks = _blocks("市委理论学习中心组举行专题学习会市委理论学习中心组举行专题学习会")
    assert [b.kind for b in blocks] == [BlockKind.TITLE, BlockKind.DUPLICATE]
    assert blocks[0].text == "市委理论学习中心组举行专题学习会"


def test_classify_frame_trailing_marker_split_off_body():
    blocks = _blocks("发展离不开金融机构的有力支\n持。整体工作有数据（下转2版）")
    assert [b.kind for b in blocks] == [BlockKind.BODY, BlockKind.CONTINUATION]
    assert blocks[1].continuation.page == 2


def test_classify_frame_body_fragment_with_comma_is_body():
    assert [b.kind for b in _blocks("会上，人民银行通报了")] == [BlockKind.BODY]


def test_classify_frame_bare_credit_stays_caption_text():
    blocks = _blocks("市民在广场上观看演出。\n董亚涛摄（影像中国）")
    assert [b.kind for b in blocks] == [BlockKind.BODY]


@pytest.mark.parametrize("credit", ["曹  一图  于  石文", "勾 犇图 付千也文"])
def test_classify_frame_cartoon_credit_stays_its_text(credit):
    # Who drew a cartoon (图) and who wrote its words (文) close those words.
    blocks = _blocks(f"这正是：\n食堂排队长，\n吃饭时间短。\n错峰来就餐，\n省时又省心。\n{credit}")
    assert [b.kind for b in blocks] == [BlockKind.BODY]


@pytest.mark.parametrize("label", ["【人物】“铁路卫士”王\n建国", "【点评】"])
def test_classify_frame_section_label_opens_a_paragraph(label):
    # A story set out in labelled parts: the label opens its part's first paragraph, short
    # and unfinished as its first line may be when the extractor breaks the frame after it.
    assert [b.kind for b in _blocks(label)] == [BlockKind.BODY]


def test_ends_with_credit_reads_a_cartoon_credit_as_an_end():
    from banmian.blocks import ends_with_credit
    assert ends_with_credit(_blocks("排队半小时，\n吃饭五分钟。\n曹  一图  于  石文")[0].lines)
    assert not ends_with_credit(_blocks("排队半小时，\n吃饭五分钟，\n饭菜挺好")[0].lines)


def test_classify_frame_credit_at_end_of_caption_line_is_split_off():
    blocks = _blocks("我非常高兴地看到家乡的日益美丽富饶，并以实际行动回报家乡的父老。 本报记者 曹明、莫小芳摄")
    assert [b.kind for b in blocks] == [BlockKind.BODY, BlockKind.BYLINE]
    assert [(b.role, b.name) for b in blocks[1].bylines] == [("摄影", "曹明"), ("摄影", "莫小芳")]


@pytest.mark.parametrize("caption", [
    "志愿者走进社区开展义诊，为老人测血压、讲解健康知识，\n让健康理念走进千家万户 本报记者 王五、赵六摄",
    "者和见证者 本报记者 王五摄",  # a caption's last words in a frame of their own
    "运动员们你追我赶，赛场上一浪高过一浪的欢呼声\n汇成了激动人心的交响—— 本报记者 王五摄",  # a dash ends it
])
def test_classify_frame_credit_after_a_caption_without_its_mark_is_split_off(caption):
    # A caption may stop without a mark; a gap, then a credit naming its reporters, ends it.
    blocks = _blocks(caption)
    assert [b.kind for b in blocks] == [BlockKind.BODY, BlockKind.BYLINE]
    assert blocks[1].bylines[0].role == "摄影" and blocks[1].bylines[0].name == "王五"


def test_classify_frame_credit_words_inside_a_sentence_stay_text():
    assert [b.kind for b in _blocks("会上，本报记者 张三摄下了这一幕，众人鼓掌")] == [BlockKind.BODY]


def test_lead_with_letter_spaced_date_numbers_opens_an_article():
    from banmian.blocks import BODY_LEAD_RE
    assert BODY_LEAD_RE.match("本报武汉1 0 月1 7 日电")
    assert BODY_LEAD_RE.match("新华社北京 6月 4日电")


def test_lead_dated_with_xun_opens_an_article_but_a_correspondent_does_not():
    from banmian.blocks import BODY_LEAD_RE
    assert BODY_LEAD_RE.match("本报平湖1月12日讯 全市金融系统")
    assert BODY_LEAD_RE.match("本报12日讯 全市金融系统")
    assert not BODY_LEAD_RE.match("本报通讯员 李明")


def test_classify_frame_title_line_glued_above_a_lead_heads_it_whatever_its_width():
    # The headline's second line came out in the frame of the story's lead; in a three-line
    # run its width alone could pass for the column's.
    blocks = _blocks("书画院40周年座谈会举行\n本报讯 10月25日上午，核心\n阅读")
    assert [b.kind for b in blocks] == [BlockKind.TITLE, BlockKind.BODY]


@pytest.mark.parametrize("head, titles", [
    ("巩固提升发展优势\n推动县域工业更好融入长\n三角产业链（县域观察）", 3),  # a kicker and a headline its column's name closes
    ("王明远（话剧编剧）", 0),                                         # a speaker's name and office: his section's signature
])
def test_classify_frame_headline_closed_by_its_column_name_glued_over_a_paragraph_is_a_title(head, titles):
    # The extractor glued a headline to the text under it, whose first line stands at the
    # indent: no line of text ends in a column's name.
    text = "\n".join(wrap_column(["老厂房改造成了创意园区，每到周末，来这里看展、听讲座的年轻人络绎不绝。"
                                  "园区负责人说，今年已经举办了四十多场文化活动，入驻企业超过六十家。"], 14))
    kinds = [b.kind for b in _blocks(f"{head}\n{text}")]
    assert kinds == [BlockKind.TITLE] * titles + [BlockKind.BODY]


def test_classify_frame_kicker_with_a_comma_glued_above_a_lead_heads_it():
    # A lead opens a paragraph, so the lines above it in its frame must end a sentence to be
    # text; a kicker with a comma and a headline without a mark end none.
    blocks = _blocks("不设门槛，不限名额与年龄\n东湖社区开办老年书画班\n本报讯 10月8日，东湖社\n"
                     "区老年书画班开课，首批学\n员四十余人报名参加学习。")
    assert [b.kind for b in blocks] == [BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]
    # Text that ends its sentence above a lead stays text.
    blocks = _blocks("活动持续到月底，欢迎参加。\n本报讯 10月8日，东湖社\n区老年书画班开课。")
    assert BlockKind.TITLE not in [b.kind for b in blocks]


def test_classify_frame_lead_cut_inside_its_date_under_title_lines_is_text():
    # 本报杭州10月12 / 日电: the lead's first line holds no mark, like the subheadline above it.
    blocks = _blocks("两地携手共建浙皖边生态绿色\n一体化发展示范区\n本报杭州10月15\n日电  （记者王明）"
                     "浙江省与安徽省\n15日签署合作协议，双方将\n在生态保护等领域开展合作。")
    assert [b.kind for b in blocks] == [BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]
    assert blocks[2].lines[0].text.startswith("本报杭州")


def test_classify_frame_headline_with_a_comma_printed_twice_is_a_title_and_its_copy():
    blocks = _blocks("阅读，是为了成长（书香茶亭）\n阅读，是为了成长（书香茶亭）")
    assert [b.kind for b in blocks] == [BlockKind.TITLE, BlockKind.DUPLICATE]


def test_classify_frame_kicker_over_an_overprinted_headline_is_all_title():
    # The overprint (the headline's line printed twice) tells the frame is a title's, its kicker
    # with a comma and all; a few lines of text never repeat a line so.
    blocks = _blocks("东港推进湿地生态补偿，守住保护红线\n退耕之后，候鸟回来了（美丽乡村）\n退耕之后，候鸟回来了（美丽乡村）")
    assert [b.kind for b in blocks] == [BlockKind.TITLE, BlockKind.TITLE, BlockKind.DUPLICATE]
    assert [b.kind for b in _blocks("候鸟回来了，\n一一一一，一一一一。\n一一一一，一一一一。")] == [BlockKind.BODY]


def test_classify_frame_overprinted_headline_with_kicker_and_two_deck_lines_is_all_title():
    # Five lines: a kicker, the headline printed twice, and a deck wrapped over two lines.
    frame = ("全省秋季农业生产现场推进会在宁召开\n要求抢抓农时确保秋粮颗粒归仓\n要求抢抓农时确保秋粮颗粒归仓\n"
             "会议部署秋收秋种和农田水利建设工作 副省长李某某出\n席会议并讲话 各市分管负责同志参加会议")
    kinds = [b.kind for b in _blocks(frame)]
    assert kinds == [BlockKind.TITLE, BlockKind.TITLE, BlockKind.DUPLICATE, BlockKind.TITLE, BlockKind.TITLE]


def test_classify_frame_titles_glued_over_an_editors_note_stay_titles():
    # An extractor glued a headline over the editor's note that opens another story's text:
    # the note opens a text as a lead does, so the lines over it are a headline, not the
    # text's own subheading.
    frame = ("两省口岸签署合作协议\n东部沿海物流通道将\n实现冷链联运全程贯通\n"
             "编者按：本版今起推出\n“走进基层”系列报道，\n记录各地改革发展中的\n新经验新做法，敬请关\n注。")
    kinds = [b.kind for b in _blocks(frame)]
    assert kinds == [BlockKind.TITLE, BlockKind.TITLE, BlockKind.TITLE, BlockKind.BODY]


@pytest.mark.parametrize("lines", [
    ("山河壮美，步履铿锵，", "沿海开放走出崭新道路", "共绘蓝色海湾（奋进七十年", "新征程·区域发展新格局）"),
    ("湖光山色，城乡相映（走进", "乡村·美丽家园）"),
    ("稳就业见实效，岗位送上门", "“日子越过越有奔头”", "（走基层看“六稳”④）"),
    ("多喝水，少熬夜", "这些养生说法，", "你信了吗(健康窗)"),  # the name in ASCII brackets, no line at the column
])
def test_classify_frame_headline_closed_by_a_column_name_broken_over_its_lines_is_a_title(lines):
    # commas or not, no running text ends in a column's name its lines break
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    assert {b.kind for b in classify_frame(frames[0], (11.0,))} == {BlockKind.TITLE}


def test_classify_frame_deck_across_columns_glued_over_a_headline_closed_by_its_column_name_is_two_titles():
    # The deck of one story, set across columns, and the next story's headline drawn right
    # under it in the same frame: a semicolon in the deck makes no sentence of running text.
    lines = ("审议通过《城乡供水条例（草案）》，以立法为群众饮水安全提供制度保障；讨论通过《林地保护办法》",
             "平凡中见伟大（今日谈）")
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    assert [b.kind for b in classify_frame(frames[0], (14.0,))] == [BlockKind.TITLE, BlockKind.TITLE]


def test_classify_frame_justified_line_spread_with_spaces_is_not_set_across_columns():
    # An extractor spaces out a justified line short of characters (实 现 了 …): its characters,
    # not its spaces, say how wide it was set, so it is no headline run across columns.
    lines = ("经过全体村民多年艰苦", "奋斗，村里于 2015年提前 2年", "实 现 了 人 均 收 入 翻 一 番比")
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    assert {b.kind for b in classify_frame(frames[0], (13.0,))} == {BlockKind.BODY}


@pytest.mark.parametrize("line, title", [
    ("走稳开放路，共享新机遇（钟声）", True),  # fits no column: a commentary's headline and pen name
    ("各方同意，交联合国（安理会）", False),  # set to the column: running text ending in brackets
    ("各方同意，提交联合国(安理会)", False),  # so in ASCII brackets
])
def test_classify_frame_line_alone_with_a_comma_and_a_name_in_brackets_is_a_headline_if_it_fits_no_column(line, title):
    frame = group_frames(read_lines(SourceText(text=line)))[0]
    blocks = classify_frame(frame, (14.0,))
    assert [b.kind for b in blocks] == [BlockKind.TITLE if title else BlockKind.BODY]


@pytest.mark.parametrize("lines, title", [
    (("南方大学化学系原教授、", "博士生导师林一民——", "教书育人 直到生命最", "后一息（身边的榜样）"), True),
    (("南方大学化学系原教授、", "博士生导师林一民——", "教书育人直到生命最后", "一息（身边的榜样）"), False),
])
def test_classify_frame_lines_set_to_the_column_closed_by_a_column_name_are_a_headline_if_a_phrase_gap_says_so(lines, title):
    # Lines filled to a column that close in a bracket may be text wrapped around it; a gap
    # between two phrases on one of them is a headline's.
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    kinds = {b.kind for b in classify_frame(frames[0], (11.0, 12.5, 13.0, 14.0))}
    assert kinds == ({BlockKind.TITLE} if title else {BlockKind.BODY})


def test_classify_frame_heading_over_lines_with_commas_filled_to_the_column_is_a_heading_and_text():
    # the sentence goes on in the next frame: a section's text, its heading a line of it (as
    # subheadings opening a frame are); a headline's wrapped lines hold no comma
    text = "把温暖送到百姓心坎上\n推着小推车，拎着工具箱，身穿\n工作服的维修员走在“美好家园”"
    blocks = classify_frame(group_frames(read_lines(SourceText(text=text)))[0], (14.0, 15.0, 16.0, 17.0))
    assert [(b.kind, len(b.lines), b.maybe_title) for b in blocks] == [(BlockKind.BODY, 3, False)]
    blocks = classify_frame(group_frames(read_lines(SourceText(text=text.replace("，", "、"))))[0], (14.0, 15.0, 16.0, 17.0))
    assert [(b.kind, b.maybe_title) for b in blocks] == [(BlockKind.BODY, True)]  # left to its neighbours


@pytest.mark.parametrize("lines", [
    ("——张明远（南方大", "学历史学院教授）"),  # a signature's role
    ("李 强（北方师范大学", "文学院院长）"),
    ("本报记者 王小明摄影报道（人民", "视觉）"),  # a credit's agency
    ("据介绍，这所学校于1998年由", "32位老教师（其中特级教师", "12人，高级教师20人）"),  # words in brackets
])
def test_name_or_words_in_brackets_broken_over_lines_close_no_headline(lines):
    from banmian.blocks.frame import tag_broken_over_lines
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    assert not tag_broken_over_lines(list(frames[0].lines))


@pytest.mark.parametrize("lines, title", [
    (("川金丝猴：", "秦岭深处是我家"), True),  # a kicker, a name and its colon, over its headline
    (("东台：", "“清风家书”送进千家万户"), True),
    (("他在日记中写道：", "“一名合格的党员，不是天"), False),  # a quotation runs on in clauses
    (("总理积极回应：", "“我进一步感受到双方合"), False),  # or leaves its quotation open
    (("现在，我提议：", "为 全 体 来 宾 的 健 康"), False),  # a name holds no clause
])
def test_classify_frame_name_and_colon_over_a_line_without_clauses_is_a_kicker_and_headline(lines, title):
    frames = group_frames(read_lines(SourceText(text="\n".join(lines))))
    kinds = {b.kind for b in classify_frame(frames[0], (13.0,))}
    assert (kinds == {BlockKind.TITLE}) is title


def test_classify_frame_sentence_said_twice_is_no_overprinted_headline():
    assert [b.kind for b in _blocks("一一一一，一一一一。\n一一一一，一一一一。")] == [BlockKind.BODY]


def test_classify_frame_sentence_going_on_in_a_byline_like_line_is_text():
    from banmian.blocks import classify_frame
    text = "了解各地做法，前不久，本报\n记者赴江苏、浙江、山东等地\n进行了调研采访。"
    frames = group_frames(read_lines(SourceText(text=text)))
    assert [b.kind for b in classify_frame(frames[0], (13.0,))] == [BlockKind.BODY]
    # a byline set short, or marked, is a byline whatever the line before it
    for byline in ("本报记者 王小明", "■记者赴江苏、浙江、山东等地"):
        frames = group_frames(read_lines(SourceText(text=f"了解各地做法，前不久，本报\n{byline}")))
        assert BlockKind.BYLINE in [b.kind for b in classify_frame(frames[0], (13.0,))]


def test_lead_spread_letter_by_letter_to_its_column_opens_an_article():
    from banmian.blocks.frame import opens_with_lead
    lines = read_lines(SourceText(text="本 报 加 德 满 都 1 0 月 1 5 日 电\n（记者张华、刘明）县委书记"))
    assert opens_with_lead(lines)
    assert not opens_with_lead(read_lines(SourceText(text="本 报 记 者 张 华 刘 明")))


@pytest.mark.parametrize("lead", ["本报西 安 1 1月2 0 日 电", "本 报西安1 1月2 0 日", "新 华社长沙 3月 7日 电"])
def test_lead_in_a_frame_of_its_own_with_layout_spaces_is_text_not_a_title(lead):
    # A lead set in a frame of its own is spread by uneven layout spaces, the place name's too;
    # it opens the text below it, however the frame's one line looks.
    frames = group_frames(read_lines(SourceText(text=f"{lead}\n\n（记者马明）全省冬小麦播种")))
    assert [b.kind for b in classify_frame(frames[0], (13.0,))] == [BlockKind.BODY]


@pytest.mark.parametrize("lines, kinds", [
    # a headline with a comma set to the column, then its subheadline opening with a dash
    ("数字赋能时代，创新引领发展\n——全省数字经济大会侧记", [BlockKind.TITLE, BlockKind.TITLE]),
    # a kicker with a comma set to the column, then a headline of two phrases set apart
    ("打好污染防治，守护绿水青山\n南溪水清 山城更美", [BlockKind.TITLE, BlockKind.TITLE]),
    # a dash inside a quotation that wrapped to the line's start, and a padded name: text
    ("活动以“书香满城\n——阅读点亮生活”\n为主题，来自各地", [BlockKind.BODY]),
    ("县作家协会会员、文联副主席\n书记处书记  周  洁", [BlockKind.BODY]),
    # a table's row, its pieces set apart by gaps, one of them a single character
    ("书名：山乡新貌          作\n者：李明远  王小川", [BlockKind.BODY]),
    # a subheadline running across the page, longer than any title line
    ("山乡的明天必将更加美好\n——县委书记在庆祝建县六十周年暨撤县设区五周年大会上的重要讲话在广大农村基层干部和青年农民中引起热烈反响",
     [BlockKind.TITLE, BlockKind.TITLE]),
])
def test_classify_frame_lines_set_to_the_column_marked_as_a_headline(lines, kinds):
    frames = group_frames(read_lines(SourceText(text=lines)))
    assert [b.kind for f in frames for b in classify_frame(f, (13.0, 14.0))] == kinds


def test_classify_frame_paragraph_opening_without_marks_broken_by_a_frame_is_text():
    # Three lines with no marks, the last two set to the column's full width and the last
    # running on into the next frame: a paragraph's opening, not a headline's lines.
    text = "县委书记在2019年秋季\n全县乡村振兴（产业发展）大会\n暨驻村干部培训班开班式上的讲\n\n话，为基层干部指明了方向。\n"
    frames = group_frames(read_lines(SourceText(text=text)))
    assert [b.kind for b in classify_frame(frames[0], (12.0, 14.0))] == [BlockKind.BODY]
    # a headline's lines break at its phrases: a title
    title = group_frames(read_lines(SourceText(text="全县乡村振兴大会召开\n驻村干部培训班同日开班\n")))
    assert {b.kind for b in classify_frame(title[0], (12.0, 14.0))} == {BlockKind.TITLE}
    # an overprinted headline's second line, printed twice, is no column's edge
    twice = group_frames(read_lines(SourceText(text="县乡村振兴成果发布\n一批农业项目在县落地\n一批农业项目在县落地\n")))
    assert BlockKind.BODY not in {b.kind for b in classify_frame(twice[0], (10.0, 12.0))}


def test_opens_subheadline_wants_words_after_the_dash():
    from banmian.blocks.frame import opens_subheadline
    assert opens_subheadline(["“为家乡的振兴鼓劲加油”", "——记山区教师张明"])
    # a dash alone on its line ends the heading above it, as a kicker's dash does
    assert not opens_subheadline(["奋进之路，始终高举", "改革旗帜、扎根山乡沃土", "——"])


def test_classify_frame_a_caption_across_columns_under_the_texts_last_sentence_is_its_own_block():
    text = wrap_column(["全市今年新建改建城乡公路三百余公里，农村客运班线通达率达到百分之百，群众出行更加便捷。"], 14)
    caption = ["10月20日，在城东新区的滨河公园，市民们在秋日的阳光下散步、", "健身，享受闲暇时光。"]
    frame = group_frames(read_lines(SourceText(text="\n".join(text + caption))))[0]
    blocks = classify_frame(frame, widths=(14.0,))
    assert [len(b.lines) for b in blocks] == [len(text), len(caption)]
    assert all(b.kind is BlockKind.BODY for b in blocks)


def test_classify_frame_a_lead_after_a_photos_credit_opens_a_block_of_its_own():
    # The credit closes its caption; the lead after it, in the same frame, opens another story.
    blocks = _blocks("市民在广场上观看演出。\n董亚涛摄（影像中国）\n本报讯 近日，城东新区\n第二届社区文化节开幕。")
    assert [len(b.lines) for b in blocks] == [2, 2] and all(b.kind is BlockKind.BODY for b in blocks)


def test_classify_frame_a_headline_under_a_short_frames_last_words_is_a_title():
    # Two lines, too few to tell the frame's column: the last words of a paragraph, then a
    # line with no mark that fits none of the page's columns: the next story's headline.
    frame = group_frames(read_lines(SourceText(text="动。\n城东新区举办秋季社区游园活动\n")))[0]
    assert [b.kind for b in classify_frame(frame, widths=(11.0, 12.0))] == [BlockKind.BODY, BlockKind.TITLE]
    # set to a column less its indent, it may be the next paragraph's first line
    frame = group_frames(read_lines(SourceText(text="动。\n城东新区举办秋季游\n")))[0]
    assert [b.kind for b in classify_frame(frame, widths=(11.0, 12.0))] == [BlockKind.BODY]


@pytest.mark.parametrize("rows,kind", [
    (["岗位名称      招聘数量", "总工程师      1", "办公室主任    2"], BlockKind.BODY),  # a table's rows
    (["山乡路更宽 村民心更暖"], BlockKind.TITLE),  # a headline's phrase gap
])
def test_classify_frame_table_rows_are_no_title(rows, kind):
    # Cells set apart by four spaces or more: no headline's phrase gap is so wide.
    frame = group_frames(read_lines(SourceText(text="\n".join(rows))))[0]
    assert {b.kind for b in classify_frame(frame)} == {kind}


@pytest.mark.parametrize("text, maybe_title", [
    ("市统计局下调今年全市经济增长\n预期，专家建议——", True),  # a kicker wrapped at the column
    ("风雨无阻、默默坚守，这就是一\n支值得信赖的队伍——", False),  # a paragraph leading into a list
])
def test_classify_frame_a_kicker_wrapped_at_the_column_may_be_a_title(text, maybe_title):
    # Two lines set to the column's width, the last leading on with a dash: a kicker when its
    # first line holds no clause mark, and the neighbours decide; running text otherwise.
    frame = group_frames(read_lines(SourceText(text=text)))[0]
    blocks = classify_frame(frame, widths=(14.0,))
    assert [b.kind for b in blocks] == [BlockKind.BODY] and blocks[0].maybe_title is maybe_title


def test_classify_frame_headline_broken_at_its_phrases_over_column_wide_lines_is_a_title():
    # 县文旅局负责人 / 就全县景区门票减免政策 / 答记者问并作出具体说明: the lines after the first
    # are as wide as the column, yet the first falls short by more than an indent, and no
    # line carries a mark: a headline broken at its phrases, not a paragraph's opening.
    frames = group_frames(read_lines(SourceText(text="县文旅局负责人\n就全县景区门票减免政策\n答记者问并作出具体说明")))
    assert {b.kind for b in classify_frame(frames[0], (11.0,))} == {BlockKind.TITLE}
    # A paragraph's opening broken by a frame, its first line indented, stays text.
    frames = group_frames(read_lines(SourceText(text="县委书记在今年秋季\n学期县委党校县行政学校\n青年干部培训班开班式上")))
    assert [b.kind for b in classify_frame(frames[0], (11.0,))] == [BlockKind.BODY]
    # So does one citing a name whose phrases a gap parts, inside its quotation marks.
    quoted = "“我们坐的公交是新\n开的线路！”刚看完“秋\n收时节 丰收画卷——全县"
    frames = group_frames(read_lines(SourceText(text=quoted)))
    assert [b.kind for b in classify_frame(frames[0], (11.0,))] == [BlockKind.BODY]
    # a gap outside them is a headline's phrase gap
    frames = group_frames(read_lines(SourceText(text=quoted.replace("看完“秋", "看完从秋"))))
    assert BlockKind.BODY not in {b.kind for b in classify_frame(frames[0], (11.0,))}


def test_stops_mid_sentence_not_after_a_source_note_or_a_letters_signature():
    from banmian.blocks.frame import stops_mid_sentence

    def lines(*texts):
        return tuple(Line(text=t, start=0, end=len(t), line_no=k + 1) for k, t in enumerate(texts))
    assert stops_mid_sentence(lines("全县今年新建高标准农田两", "万亩，其中"))
    assert not stops_mid_sentence(lines("全县今年新建高标准农田两", "万亩。", "数据来源：县农业农村局"))
    assert not stops_mid_sentence(lines("著有诗文集十余卷。", "图片来源：县档案馆"))  # a picture's source
    assert not stops_mid_sentence(lines("盼望有关部门早日解决。", "浙江平湖市  李小明"))
    assert not stops_mid_sentence(lines("全县今年新建高标准农田两万亩。", "本报记者 张明摄"))
    assert not stops_mid_sentence(lines("特此公告。", "某某县人民政府", "2019年3月8日"))  # a notice's date
    assert stops_mid_sentence(lines("会议定于", "2019年3月8日在县城"))


def test_classify_frame_bylines_each_led_by_its_own_mark_are_two_blocks():
    # two stories' bylines drawn together, one frame; a second line with no mark goes on the first
    assert [len(b.bylines) for b in _blocks("■记者 林 燕\n■记者 贺 一")] == [1, 1]
    assert [len(b.bylines) for b in _blocks("■记者 林 燕\n通讯员 贺 一")] == [2]


@pytest.mark.parametrize("text, maybe_title", [
    # a kicker over a headline wrapped at a wider column: the neighbours decide
    ("市长在防汛工作会议上强调\n坚决守住安全底线、全力保障群众\n生命财产安全不受任何洪涝灾害侵袭", True),
    # a paragraph's opening, indented, its sentence going on in the next frame
    ("市防汛指挥部今天召开会议\n部署下一阶段防汛工作、强调各\n级各部门要严阵以待守住底线", False),
    # a headline broken after its clause, far short of any column, then its last phrase
    ("全市九月新增就业一万余人\n企业用工需求回升，\n就业形势总体保持稳定", True),
])
def test_classify_frame_short_line_over_lines_wider_than_its_column_is_no_wrapped_text(text, maybe_title):
    # The first line, no mark in it, fits the narrow column as an indented opening, but the
    # lines under it are wider than that column, even with their marks set at half an em,
    # or a line inside the run stops far short of every column with its sentence open: text
    # wraps at one width, so this run is no paragraph of it.
    frame = group_frames(read_lines(SourceText(text=text)))[0]
    blocks = classify_frame(frame, widths=(12.0, 14.0, 16.0))
    assert [b.kind for b in blocks] == [BlockKind.BODY] and blocks[0].maybe_title is maybe_title


def test_classify_frame_lines_wide_only_by_their_marks_stay_running_text():
    # A line of text holding many quotation marks is counted wider than its column, yet a
    # compositor sets those marks at half an em: measured so, it fits, and the frame's first
    # lines are no headline glued over the text.
    text = ("节日里的市民广场彩灯高悬，人们\n“团结”“奋进”“2024”等立体字格外醒目\n两侧花坛里摆满了盛开的菊花和月季\n"
            "市民们三五成群，在花坛前驻足拍照\n留念，孩子们手持小旗在广场上奔跑\n嬉戏，欢声笑语此起彼伏。")
    assert [b.kind for b in classify_frame(group_frames(read_lines(SourceText(text=text)))[0], (16.0,))] == [BlockKind.BODY]
    # A headline closed by its column's name is measured as printed: no compositor squeezes it.
    text = ("社区食堂开进“家门口”（民生·观察·记）\n两侧花坛里摆满了盛开的菊花和月季\n"
            "市民们三五成群，在花坛前驻足拍照\n留念，孩子们手持小旗在广场上奔跑\n嬉戏，欢声笑语此起彼伏。")
    kinds = [b.kind for b in classify_frame(group_frames(read_lines(SourceText(text=text)))[0], (16.0,))]
    assert kinds == [BlockKind.TITLE, BlockKind.BODY]


def test_classify_frame_letters_close_over_the_next_lead_is_text():
    # A letter's last words, its signer and its date, drawn in one frame over the next story's
    # lead: no title holds a bare date, so they close the letter rather than head the story.
    text = ("预祝本届大会圆满成功！\n李明远\n2024年 5月 6日\n新华社北京5月6日电 第三届湖区生态\n"
            "论坛今天在北京开幕，各地代表们\n围绕湖泊保护展开了讨论。")
    blocks = classify_frame(group_frames(read_lines(SourceText(text=text)))[0], (16.0,))
    assert [b.kind for b in blocks] == [BlockKind.BODY, BlockKind.BODY]
    assert blocks[0].lines[-1].text == "2024年 5月 6日"


@pytest.mark.parametrize("text, title", [
    ("少喝饮料，多喝开水\n这些饮水习惯，你养成了吗（健康提示）", True),  # a kicker over a headline its column's name closes
    ("少喝饮料，多喝开水\n这些饮水习惯，你养成了吗(健康提示)", True),  # the name in ASCII brackets
    ("各国专家在会上一致认为这项合作意义\n深远，世界卫生组织（世卫组织）", False),  # text wrapped at its column
])
def test_classify_frame_headline_with_a_clause_closed_by_its_column_name_under_a_short_line(text, title):
    # A comma in a line that a column's name closes says running text, unless the lines over
    # it fit no column and end no sentence: no text sets such lines, a kicker does.
    blocks = classify_frame(group_frames(read_lines(SourceText(text=text)))[0], (16.0, 17.0, 18.0))
    assert (BlockKind.TITLE in [b.kind for b in blocks]) is title


def test_classify_frame_heading_after_a_briefs_author_in_brackets_is_a_title():
    # A brief's author in brackets closing its text, then the next brief's heading short of
    # the column, glued into the frame by the extractor (…可读性强。 / （新 彦） / 《…》).
    text = "\n".join(wrap_column(["本书介绍了县里三十年来的农业发展历程，资料翔实，可读性强。"], 13))
    blocks = _blocks(text + "\n（王 明）\n《乡村振兴读本》")
    assert [b.kind for b in blocks] == [BlockKind.BODY, BlockKind.TITLE]
    assert blocks[0].lines[-1].text == "（王 明）" and blocks[1].text == "《乡村振兴读本》"
    # in a frame of a few short lines, the heading as wide as any of them
    blocks = _blocks("共培训两千人次。\n（王 明）\n县乡村医生能力提升计划\n取得实效")
    assert [b.kind for b in blocks] == [BlockKind.BODY, BlockKind.TITLE, BlockKind.TITLE]
    # a line of text after the note, with its comma, goes on with the text
    blocks = _blocks(text + "\n（王 明）\n本书出版后，")
    assert [b.kind for b in blocks] == [BlockKind.BODY]
    # and so does the page's credit (版式设计：…), which closes it
    blocks = _blocks(text + "\n（王 明）\n版式设计：张 三")
    assert [b.kind for b in blocks] == [BlockKind.BODY]


def test_classify_frame_paragraphs_first_line_under_a_subheadline_is_text():
    # A dash subheadline glued over its story's text, whose first line stops at the indent
    # with a clause in it (——县城建设十年发展综述 / 走进社区，翻开纪 / 念册，…): that line
    # opens the text, not one more title line.
    text = "——县城建设十年发展综述\n走进社区，翻开纪\n念册。82岁的老张，\n容光焕发。"
    frames = group_frames(read_lines(SourceText(text=text)))
    blocks = classify_frame(frames[0], (10.0,))
    assert [b.kind for b in blocks] == [BlockKind.TITLE, BlockKind.BODY]
    assert blocks[1].lines[0].text == "走进社区，翻开纪"


@pytest.mark.parametrize("text, title", [
    # a kicker broken where its phrases end, its dash leading to a headline its column's
    # name closes, the lines near the column's width
    ("东湖区做好垃圾分类、\n资源回收、宣传引导——\n让旧物件焕发新生机（环保视点）", True),
    # lines ending in a dash over a line no column's name closes: the neighbours decide
    ("东湖区做好垃圾分类、\n资源回收、宣传引导——\n让旧物件焕发新生机", False),
])
def test_classify_frame_kicker_leading_with_a_dash_to_a_tagged_headline_is_titles(text, title):
    frame = group_frames(read_lines(SourceText(text=text)))[0]
    blocks = classify_frame(frame, widths=(11.0, 12.0, 14.0))
    assert all(b.kind is BlockKind.TITLE for b in blocks) is title


@pytest.mark.parametrize("text, title", [
    # a kicker leading with a dash to a headline far shorter than it, no mark in it
    ("街头，一名老人突然晕倒——\n一场生命接力", True),
    ("县里的几位老党员——\n守护青山 情系家乡", True),  # its phrases set apart
    # text leading with a dash into what follows, its next line a clause
    ("街头，一名老人突然晕倒——\n路人纷纷上前，", False),
])
def test_classify_frame_kicker_leading_with_a_dash_to_a_short_headline_is_titles(text, title):
    frame = group_frames(read_lines(SourceText(text=text)))[0]
    blocks = classify_frame(frame, widths=(12.0, 14.0))
    assert all(b.kind is BlockKind.TITLE for b in blocks) is title


def test_classify_frame_a_line_alone_leaving_a_quotation_open_is_no_title():
    # a line alone in its frame, a quotation opened and not closed (its sentence goes on in the
    # next frame), though it ends in words in brackets as a headline ends in its column's name
    # (set to the column less the indent, as a paragraph's first line is)
    frame = group_frames(read_lines(SourceText(text="“这台新机器，VR（虚拟现实）")))[0]
    blocks = classify_frame(frame, widths=(16.0,))
    assert [(b.kind, b.maybe_title) for b in blocks] == [(BlockKind.BODY, False)]
    # the quotation closed, the neighbours decide
    frame = group_frames(read_lines(SourceText(text="“这台新机器，VR（虚拟现实）”")))[0]
    assert classify_frame(frame, widths=(16.0,))[0].maybe_title


@pytest.mark.parametrize("note, title", [
    ("（另见第五版）", False),  # a note sending the reader to another page closes the text
    ("（全文见第四版）", False),
    ("（奋斗者·一线见闻）", True),  # a column's name closes a headline
])
def test_classify_frame_a_note_naming_another_page_closes_no_headline(note, title):
    frame = group_frames(read_lines(SourceText(text=f"小站十年，站长正年轻！\n{note}")))[0]
    kinds = {b.kind for b in classify_frame(frame, widths=(14.0,))}
    assert (BlockKind.TITLE in kinds) is title


def test_classify_frame_closing_marks_pushed_onto_a_line_of_their_own_are_text():
    # a cry wrapped at its column, its last marks pushed down alone: a paragraph, not a title
    frame = group_frames(read_lines(SourceText(text="“出发！出发！出发！出\n！”")))[0]
    assert [b.kind for b in classify_frame(frame, widths=(13.0,))] == [BlockKind.BODY]
    # the same cry on one line may head a story
    frame = group_frames(read_lines(SourceText(text="“出发！出发！出发！出！”")))[0]
    assert BlockKind.TITLE in {b.kind for b in classify_frame(frame, widths=(13.0,))}


def test_classify_frame_kicker_and_tagged_headline_glued_over_text_measure_the_text_column():
    # The headline's column name is broken over two lines; the title lines, narrower than the
    # text, must not pull the frame's column below the text's own width.
    head = "“全国模范”李某某——\n半辈子守护这片山林（乡村\n守望者风采录）\n"
    body = "\n".join(wrap_column(["在建县六十周年之际，全县林业系统的老护林员李某某获得表彰，"
                                 "他在深山里守护这片林子已经三十多年，带出了一支护林队。"], 16))
    assert [b.kind for b in _blocks(head + body)] == [BlockKind.TITLE] * 3 + [BlockKind.BODY]
