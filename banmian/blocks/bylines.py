"""Bylines: who signed a story (■记者 高 洁, 通讯员 顾秋叶, 本报记者 张三摄), read from one line.

The PDF front end reads its bylines with the same parser."""
from __future__ import annotations

import re
from functools import lru_cache

from banmian.lines import bracket_balance, leads_into_next, remove_all_spaces
from banmian.model import Byline


# Roles as newspapers print them. Longer names first so 摄影记者 wins over 摄影.
BYLINE_ROLES = (
    "本报特约记者", "本报见习记者", "本报通讯员", "本报记者", "特约记者", "见习记者", "首席记者",
    "融媒体记者", "全媒体记者", "摄影记者", "新华社记者", "记者", "通讯员", "实习生", "摄影",
    "撰稿", "文/图", "图/文",
)
# Roles printed with layout spaces between their characters (记 者, 摄 影).
_SPACED_ROLE_RE = re.compile(
    "|".join(r"\s*".join(map(re.escape, role)) for role in BYLINE_ROLES if len(role) > 1)
)
BYLINE_MARK_RE = re.compile(r"^[■□▲△●○◆◇★☆▶►]+\s*")
_NAME_RE = re.compile(r"^[\u3400-\u9fff][\u3400-\u9fff·]{0,4}$")
_SEPARATOR_RE = re.compile(r"[\s、，,]+")
PHOTO_ROLE = "摄影"
# Longest line a byline takes; past this a line is prose that happens to start with 记者.
MAX_BYLINE_CHARS = 48


def is_photo_credit(bylines: "tuple[Byline, ...] | None") -> bool:
    """Whether bylines name photographers only: a photo's credit, not a story's signature."""
    return bylines is not None and len(bylines) > 0 and all(x.role == PHOTO_ROLE for x in bylines)


def _role_of(token: str) -> str | None:
    return token if token in BYLINE_ROLES else None


def _canonical_role(role: str) -> str:
    """本报记者 and 新华社记者 are reporters (记者); other roles stay as printed."""
    if role == "摄影记者":
        return PHOTO_ROLE
    if role.endswith("记者"):
        return "记者"
    if role.endswith("通讯员"):
        return "通讯员"
    return role


_ROLE_ALTERNATION = "|".join(re.escape(r) for r in BYLINE_ROLES)  # every role has two characters or more
_GLUED_ROLE_RE = re.compile("^(" + _ROLE_ALTERNATION + ")(.+)$")
# Bylines hold roles, names, spaces and 、 only; a line with sentence marks is prose.
_NOT_BYLINE_RE = re.compile(r"[，。；：！？“”,;:!?（）()\d]")
_BYLINE_HINT_RE = re.compile(r"记\s*者|通\s*讯\s*员|实\s*习\s*生|摄|撰\s*稿|文/图|图/文")


# A role glued to a genre word is a column's label (■记者手记, 记者观察), not a signature.
_GENRE_LABELS = frozenset(("手记", "观察", "调查", "札记", "感言", "点评", "走笔", "随笔", "述评", "来信", "笔记"))


def _split_glued_role(token: str) -> list[str]:
    """记者林旭东 (no gap between role and name) -> [记者, 林旭东]."""
    m = _GLUED_ROLE_RE.match(token)
    return [m.group(1), m.group(2)] if m else [token]


# A photo credit may name its agency after it: 董亚涛摄（影像中国）.
_CREDIT_SOURCE_RE = re.compile(r"摄\s*[（(][^（）()]{1,12}[）)]\s*$")


def _flush_singles(singles: list[str]) -> list[str] | None:
    """Names spelled one character at a time (王 强, 吴 秋 余): 2 or 3 make one name, 4 make two."""
    n = len(singles)
    if n == 0:
        return []
    if n in (2, 3):
        return ["".join(singles)]
    if n == 4:
        return ["".join(singles[:2]), "".join(singles[2:])]
    return None


# A photo report's credit (本报记者 张武军摄影报道) signs a story told in pictures: it is printed
# as the story's last line and stays its text, as a bare credit does.
_PHOTO_REPORT_RE = re.compile(r"摄影报道\s*(?:[（(][^（）()]{1,12}[）)])?\s*$")


# Other papers print the role with a colon (记者：高洁  通讯员：李明); the colon form is read only
# where every name after it is a short name, since an interview prints 记者：如何看待… too.
_ROLE_COLON_RE = re.compile(rf"({_ROLE_ALTERNATION})\s*[：:]\s*")
_COLON_NAMES_RE = re.compile(r"^(?:[\u3400-\u9fff·]{1,3}(?:\s+|、|$))+$")
# A writer's mark before the role (文/记者 高洁, 文｜本报记者 张三) says the text is theirs.
_WRITER_MARK_RE = re.compile(rf"^文\s*[/｜|]\s*(?=(?:{_ROLE_ALTERNATION}))")
# 报道 after the names (记者 高洁 报道) says what they did; it is not a name.
_REPORTED_RE = re.compile(r"(?<=[\u3400-\u9fff])\s*报道$")


def _colon_roles(s: str) -> str | None:
    """记者：高洁 通讯员：李明 -> 记者 高洁 通讯员 李明; None where a colon form reads as prose."""
    parts = _ROLE_COLON_RE.split(s)
    # parts: [before, role, names, role, names, ...]
    if parts[0].strip() or any(not _COLON_NAMES_RE.match(parts[i].strip() or "-") for i in range(2, len(parts), 2)):
        return None
    return " ".join(p.strip() for p in parts[1:])


@lru_cache(maxsize=1)  # classify_frame asks about a byline line twice in a row: its kind, then its names
def parse_byline(text: str) -> tuple[Byline, ...] | None:
    """Read a byline line (■记者 高 洁 通讯员 全 峰, 本报记者 张三摄); None if it is not one."""
    s = text.strip()
    if "报道" in s and _PHOTO_REPORT_RE.search(s):
        return None
    if "：" in s or ":" in s:
        mark = BYLINE_MARK_RE.match(s)
        colon = _colon_roles(s[mark.end():] if mark else s)
        if colon is None:
            return None
        s = (mark.group(0) if mark else "") + colon
    if "文" in s:
        body = BYLINE_MARK_RE.sub("", s)
        if m := _WRITER_MARK_RE.match(body):
            s = s[: len(s) - len(body)] + body[m.end():]
    if "报道" in s:
        s = _REPORTED_RE.sub("", s)
    if _CREDIT_SOURCE_RE.search(s):
        s = s[: s.rindex("摄") + 1]
    if not s or len(s) > MAX_BYLINE_CHARS or _NOT_BYLINE_RE.search(s) or not _BYLINE_HINT_RE.search(s):
        return None
    marked = BYLINE_MARK_RE.match(s) is not None
    s = BYLINE_MARK_RE.sub("", s)
    s = _SPACED_ROLE_RE.sub(lambda m: " " + remove_all_spaces(m.group(0)) + " ", s)
    tokens = [part for t in _SEPARATOR_RE.split(s) if t for part in _split_glued_role(t)]
    if not tokens:
        return None
    # A photo credit ends in 摄 (本报记者 张三摄, 王强 摄); every name in it is a photographer.
    photo = tokens[-1].endswith("摄") and _role_of(tokens[-1]) is None
    if photo:
        tokens[-1] = tokens[-1][:-1]
        if not tokens[-1]:
            tokens.pop()
    if not tokens or (_role_of(tokens[0]) is None and not photo):
        return None
    # A bare credit (董亚涛摄（影像中国）) names no role: it stays text of its caption.
    if photo and not marked and not any(_role_of(t) for t in tokens):
        return None
    out: list[Byline] = []
    role = PHOTO_ROLE
    singles: list[str] = []  # a name set with layout spaces between its characters

    def flush() -> bool:
        names = _flush_singles(singles)
        if names is None:
            return False
        out.extend(Byline(role=PHOTO_ROLE if photo else role, name=n) for n in names)
        singles.clear()
        return True

    for tok in tokens:
        if _role_of(tok):
            if not flush():
                return None
            role = _canonical_role(tok)
            continue
        if (not _NAME_RE.match(tok) or tok.endswith(("记者", "通讯员", "摄影", "实习生")) or tok in _GENRE_LABELS
                or tok[0] in _NO_SURNAME_OPENS):
            return None
        if len(tok) == 1:
            singles.append(tok)
            continue
        if not flush():
            return None
        out.append(Byline(role=PHOTO_ROLE if photo else role, name=tok))
    if not flush() or not out:
        return None
    return tuple(out)


# A compilation's section is signed under its heading by its speaker or author: an office,
# then a name set apart from it (东方日报社新媒体中心主任  丁  伟, 山海传媒集团党委书记、董事 /
# 长  李成顺). Reporters' roles are bylines, not offices.
_OFFICES = (
    "教授", "副教授", "研究员", "主任", "副主任", "社长", "总编辑", "主编", "书记", "董事长", "董事", "总经理",
    "经理", "总裁", "院长", "所长", "局长", "部长", "厅长", "处长", "科长", "主席", "会长", "理事长", "秘书长",
    "委员", "代表", "校长", "市长", "县长", "区长", "省长", "镇长", "乡长", "村长", "馆长", "站长", "队长",
    "行长", "顾问", "大使", "总监", "院士", "专家", "工程师", "医师", "教师", "负责人", "创始人", "法官",
    "检察官", "律师", "总干事", "执行官", "运营官", "技术官", "财务官", "信息官", "内容官",
    # ... or a trade, for a forum of artists (周明远（电影《山里的灯》编剧）)
    "导演", "编剧", "演员", "主演", "作家", "诗人", "画家", "歌手", "撰稿", "指挥", "制片人", "制作人",
)
_OFFICE_PATTERN = "|".join(r"\s?".join(o) for o in sorted(_OFFICES, key=len, reverse=True))
# A two-character name may be padded to three (丁  伟); a longer one is set solid, though it
# may wrap (刘 / 永富: lines are joined by newlines).
_NAME_PATTERN = r"(?P<name>[\u4e00-\u9fff])(?:[ \u3000]+[\u4e00-\u9fff]|(?:\n?[\u4e00-\u9fff·]){1,5})"
_SIGNER_RE = re.compile(  # a quotation's source may open with a dash (——中国科学院院士、北京…部长 / 傅伯杰)
    r"^(?:——)?(?P<org>[\u4e00-\u9fff、·“”（）()\s]+?)(?:" + _OFFICE_PATTERN + r")\s+" + _NAME_PATTERN + r"\s*$")
# Or the name first, the office after it in parentheses (高洪波（中国作家协会 / 副主席）).
_NAMED_SIGNER_RE = re.compile(
    r"^(?P<name>[\u4e00-\u9fff])(?:[ \u3000]+[\u4e00-\u9fff]|[\u4e00-\u9fff·]{1,3})\s*[（(]"
    r"(?P<org>[^（）()]*?)(?:" + _OFFICE_PATTERN + r")[）)]\s*$")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
# Or a foreign author's country in brackets, then the name (（法国）让—弗朗索瓦·某某, （韩国）李某某,
# wrapped or not); a place not on the list passes with a transliterated name (某·某, 某—某).
# A forum of foreign authors signs its sections so: read as signatures, with the heading broken
# over frames, the signature in a frame of its own, the first section after another story and a
# heading wrapped short (blocks.page), article_f1 +11.1, title_acc +17.1, para_f1 +5.9 summed
# over 141 generated sets (20 and 34 pages up, 5 and 2 down). A bare "X国" is no country here:
# a reporter's name may end so (（记者某建国）…).
_COUNTRIES = (
    "俄罗斯 摩洛哥 波兰 荷兰 意大利 西班牙 葡萄牙 希腊 瑞士 瑞典 芬兰 挪威 丹麦 比利时 奥地利 匈牙利 "
    "捷克 斯洛伐克 塞尔维亚 罗马尼亚 保加利亚 克罗地亚 乌克兰 白俄罗斯 以色列 伊朗 伊拉克 土耳其 沙特阿拉伯 埃及 南非 尼日利亚 "
    "肯尼亚 埃塞俄比亚 坦桑尼亚 巴基斯坦 孟加拉国 印度 印度尼西亚 新加坡 马来西亚 菲律宾 越南 老挝 柬埔寨 缅甸 尼泊尔 斯里兰卡 "
    "蒙古 哈萨克斯坦 吉尔吉斯斯坦 乌兹别克斯坦 巴西 阿根廷 智利 秘鲁 哥伦比亚 委内瑞拉 古巴 墨西哥 加拿大 澳大利亚 新西兰 日本 "
    "朝鲜 韩国 德国 法国 英国 美国 泰国 中国 爱尔兰 冰岛 卢森堡 刚果 加纳 津巴布韦 赞比亚 安哥拉 "
    "莫桑比克 乌干达 苏丹 阿尔及利亚 突尼斯 黎巴嫩 叙利亚 约旦 阿联酋 卡塔尔 科威特 阿曼 也门 阿富汗 马尔代夫 文莱 "
    "东帝汶 斐济 巴拿马 乌拉圭 巴拉圭 玻利维亚 厄瓜多尔 哥斯达黎加 牙买加 "
).split()
_COUNTRY_PATTERN = "|".join(_COUNTRIES)
_COUNTRY_SIGNER_RE = re.compile(r"^[（(](?:" + _COUNTRY_PATTERN + r")[）)]\s*(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff·—\s]{1,24})$"
                                r"|^[（(][\u4e00-\u9fff]{2,6}[）)]\s*(?P<tname>[\u4e00-\u9fff]+[·—][\u4e00-\u9fff·—\s]+)$")
_NO_NAME_OPENS = "之的了和与及等是在为其"  # function words: text running on (技术负责人 / 之一)
MIN_SIGNER_ORG_CHARS = 4  # 新华社 is a byline's agency; a signer's office belongs to a body with a longer name
MAX_SIGNER_LINES = 4
MAX_NAME_CHARS = 5
# Words no surname is, opening a "name" after a role: text that starts with a role
# (记者在田径、游泳…赛场了解到, 记者从某行获悉). byline_acc +1.61 summed over 137
# generated sets (7 pages up, none down).
_NO_SURNAME_OPENS = frozenset("在从的了之与及等是其对把将被让")
_OFFICE_COMMA_RE = re.compile(r"(?<=[长任员授士])，")  # the last characters of most offices
# A line above a signature that belongs to it: it opens a quotation's source, lists an office,
# or ends in the name of a body (中国法学会学术委员会 / 副主任，…).
_LISTS_OFFICE_RE = re.compile(r"^——|(?:" + _OFFICE_PATTERN + r")[、，]|(?:[会院部局社所委校司厅办团]|中心|大学)\s*$")


def _signs(text: str) -> bool:
    # One signer may hold offices in several bodies, parted by commas (…副主任，中国社会科学院…).
    m = _SIGNER_RE.match(_OFFICE_COMMA_RE.sub("、", text) if "，" in text else text)
    named = m is None and text.endswith(("）", ")"))
    if named:
        m = _NAMED_SIGNER_RE.match(text)
    if m is None and text.startswith(("（", "(")):
        c = _COUNTRY_SIGNER_RE.match(text.replace("\n", ""))
        return c is not None and (c.group("name") or c.group("tname"))[0] not in _NO_NAME_OPENS
    # A name before the office in brackets needs no body named: 陈凯歌（导演） is one speaker.
    return (m is not None and (named or len(_CJK_RE.findall(m.group("org"))) >= MIN_SIGNER_ORG_CHARS)
            and m.group("name") not in _NO_NAME_OPENS
            and bracket_balance(text) == 0)


def _signer_start(lines: "list[str] | tuple[str, ...]", end: int, first: int) -> int | None:
    """The latest line from which lines[..end + 1] are a whole signature, moved up over lines
    that list offices (中国法学会副会长、全国 / 人大…副主任 / 委员 徐显明): a heading above
    may read as an office's body too."""
    last = lines[end].rstrip()[-1:]
    if not (_CJK_RE.search(last or " ") or last in "）)"):
        return None
    found = None
    for s in range(end, max(first, end + 1 - MAX_SIGNER_LINES) - 1, -1):
        if found is not None and not _LISTS_OFFICE_RE.search(lines[s]):
            break
        if (s == 0 or not leads_into_next(lines[s - 1])) and _signs("\n".join(t.strip() for t in lines[s:end + 1])):
            found = s
    return found


# A body's name as long as a signer's at least, then an office and a name.
_OFFICE_THEN_NAME_RE = re.compile(rf"[\u4e00-\u9fff]{{{MIN_SIGNER_ORG_CHARS}}}[\u4e00-\u9fff（）()]*?(?:{_OFFICE_PATTERN})\s*[\u4e00-\u9fff]{{2,3}}$")


def ends_on_office_and_name(text: str) -> bool:
    """Whether ``text`` ends with a body's office and the name of who holds it (某某大学党委书记某某某)."""
    return _OFFICE_THEN_NAME_RE.search(text.strip()) is not None


def signer_start(lines: "list[str] | tuple[str, ...]") -> int | None:
    """Where the office and name that sign a compilation's section begin among its heading's
    last lines, or None if they do not end so."""
    return _signer_start(lines, len(lines) - 1, 0) if lines else None


def signature_ending_at(lines: "list[str] | tuple[str, ...]", end: int, first: int = 0) -> int | None:
    """Where a signature that ends at line ``end`` begins, if that line can end one (its name set
    apart from the office, 丁  伟, or alone on a short line), not before line ``first``, its
    frame's first."""
    t = lines[end].strip()
    if " " not in t and len(t) > MAX_NAME_CHARS and t[-1:] not in "）)" and t[:1] not in "（(":
        return None  # most lines of text, asked cheaply
    return _signer_start(lines, end, first)
