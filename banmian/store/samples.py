"""Synthetic page readings for tests, demos and the archive benchmark.

The text is made from a small vocabulary written for banmian (no newspaper's text), so any
number of issues can be generated; each issue has one article continued from page 1 to
page 2, whose page-2 part repeats a shortened headline, as papers print it.
``sample_issue_pdf`` sets the same kind of text as a real two-page PDF.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

VOCABULARY = (
    "经济 发展 金融 税收 乡村 振兴 教育 医疗 文化 旅游 交通 企业 创新 科技 农业 环境 社区 服务 项目 建设 "
    "城市 居民 市场 投资 产业 政策 改革 开放 人才 青年 学校 医院 工厂 港口 铁路 公路 河道 公园 图书馆 博物馆 "
    "志愿者 村民 干部 代表 会议 调研 考察 座谈 签约 开工 竣工 招商 消费 就业 养老 托育 住房 供水 供电 "
    "绿色 低碳 数字 智能 制造 物流 电商 直播 农产品 水稻 蔬菜 茶叶 渔业 花卉 民宿 古镇 非遗 戏曲 书法 "
    "体育 赛事 马拉松 篮球 足球 游泳 龙舟 春节 元宵 端午 中秋 国庆 新年 年货 集市 庙会 灯会 演出 展览 "
    "安全 消防 防汛 抗旱 疫苗 健康 体检 义诊 法治 普法 调解 信访 平安 治理 网格 党建 组织 人民 群众 "
    "质量 效率 标准 品牌 合作 交流 协议 资金 补贴 贷款 银行 保险 证券 基金 利率 预算 财政 审计 统计 "
    "街道 镇村 园区 开发区 高新区 示范区 试点 典型 经验 成效 目标 任务 举措 机制 平台 载体 渠道 "
    "研究 实验 专利 技术 设备 材料 能源 光伏 风电 氢能 电池 汽车 芯片 软件 数据 网络 通信 卫星"
).split()
CONNECTIVES = "的 在 和 与 为 将 对 把 从 向 是 有 了 推进 加快 持续 不断 全面 进一步 积极 深入".split()
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建林波宁凯慧晨雪婷琳"
PLACES = "东湖 西塘 南桥 北港 新埭 广陈 林埭 曹桥 独山 钟埭 当湖 乍浦".split()


def article(aid: str, headline: str, paragraphs: list[str], *, kicker: str | None = None,
            subheadline: str | None = None, kind: str = "article", bylines: list[tuple[str, str]] = (),
            dateline: str | None = None, continued_to: int | str | None = None,
            continued_from: int | str | None = None, bbox: list[float] | None = None) -> dict[str, Any]:
    """One article as in schema banmian.page/1."""
    titles = ([{"role": "kicker", "text": kicker}] if kicker else []) + [{"role": "headline", "text": headline}] + (
        [{"role": "subheadline", "text": subheadline}] if subheadline else [])
    out = {
        "id": aid, "kind": kind, "titles": titles,
        "bylines": [{"role": r, "name": n} for r, n in bylines], "dateline": dateline,
        "paragraphs": list(paragraphs),
        "continued_to": {"page": continued_to} if continued_to is not None else None,
        "continued_from": {"page": continued_from} if continued_from is not None else None,
    }
    if bbox is not None:
        out["bbox"] = bbox
    return out


def reading(articles: list[dict[str, Any]], *, paper: str | None = None, date: str | None = None,
            number: int | str | None = None, fmt: str = "text", sha256: str | None = None,
            width: float | None = None, height: float | None = None) -> dict[str, Any]:
    """A whole page reading as in schema banmian.page/1."""
    return {
        "schema": "banmian.page/1",
        "source": {"path": None, "format": fmt, "sha256": sha256,
                   "page": int(number) if isinstance(number, int) else None},
        "page": {"newspaper": paper, "date": date, "number": None if number is None else str(number),
                 "section": None, "width": width, "height": height},
        "articles": articles, "unassigned": [], "removed": [],
    }


def _sentence(rng: random.Random, place: str) -> str:
    words = [place] + [rng.choice(VOCABULARY) if rng.random() < 0.7 else rng.choice(CONNECTIVES)
                       for _ in range(rng.randint(5, 12))]
    return "".join(words) + rng.choice("，。；。")


def _paragraph(rng: random.Random, sentences: int) -> str:
    place = rng.choice(PLACES)
    text = "".join(_sentence(rng, place) for _ in range(sentences))
    return text[:-1] + "。"


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def synth_issue(paper: str, date: str, pages: int = 4, per_page: int = 5, seed: int = 0,
                paragraphs: int = 3, width: float = 842.0) -> list[dict[str, Any]]:
    """One issue's page readings; article a1 of page 1 continues as a1 of page 2 (when pages > 1)."""
    rng = random.Random(f"{paper}|{date}|{seed}")
    out = []
    jump_headline = rng.choice(VOCABULARY) + rng.choice(VOCABULARY) + "助力" + rng.choice(VOCABULARY) + "高质量发展"
    for n in range(1, pages + 1):
        arts = []
        cell = width / 2
        for k in range(1, per_page + 1):
            headline = rng.choice(VOCABULARY) + rng.choice(CONNECTIVES[:6]) + rng.choice(VOCABULARY) + rng.choice(
                ["取得新成效", "迈上新台阶", "见闻", "纪实", "开新局", "再提速"])
            kwargs: dict[str, Any] = {}
            if n == 1 and k == 1 and pages > 1:
                headline, kwargs = jump_headline, {"continued_to": 2, "kicker": f"{rng.choice(PLACES)}召开座谈会"}
            elif n == 2 and k == 1:
                # the continuation repeats the headline's tail, shortened, as papers print it
                headline, kwargs = jump_headline[2:], {"continued_from": 1}
            y = 60.0 + (k - 1) * 150.0
            arts.append(article(
                f"a{k}", headline,
                [("本报讯 " if i == 0 and "continued_from" not in kwargs else "") + _paragraph(rng, rng.randint(2, 4))
                 for i in range(paragraphs)],
                bylines=[("记者", _name(rng))], bbox=[20.0 + (k % 2) * cell, y, (k % 2 + 1) * cell - 20.0, y + 140.0],
                **kwargs))
        out.append(reading(arts, paper=paper, date=date, number=n, width=width, height=1191.0))
    return out


@dataclass(frozen=True, slots=True)
class SampleIssuePdf:
    """What ``sample_issue_pdf`` typeset: the paper, date, and the headline continued from page 1 to 2."""

    path: Path
    paper: str
    date: str
    jump_headline: str
    headlines: tuple[tuple[str, ...], ...]  # per page, in placement order


def sample_issue_pdf(path: str | Path, paper: str = "青石日报", date: str = "2031-05-06",
                     seed: int = 7) -> SampleIssuePdf:
    """A real two-page issue PDF set by banmian's page generator from this module's invented text.

    Page 1's lead article is cut with （下转2版） and continues on page 2 under （上接1版）.
    Needs reportlab and Debian's fonts-wqy-zenhei / fonts-arphic-uming (``FontError`` otherwise).
    """
    import pypdfium2 as pdfium

    from banmian.synth.layout import Story, choose_style, compose_page
    from banmian.synth.stories import continuation_story
    from banmian.synth.typeset import register_fonts, render_pdf

    register_fonts()
    rng = random.Random(f"{paper}|{date}|{seed}|pdf")

    def story(headline: str, paragraphs: int, **kwargs: Any) -> Any:
        body = [("本报讯 " if i == 0 else "") + _paragraph(rng, rng.randint(3, 5)) for i in range(paragraphs)]
        return Story("article", [("headline", headline)], body, **kwargs)

    def headline() -> str:
        return rng.choice(PLACES) + rng.choice(VOCABULARY) + rng.choice(["取得新成效", "迈上新台阶", "见闻", "开新局"])

    jump = rng.choice(PLACES) + rng.choice(VOCABULARY) + "助力" + rng.choice(VOCABULARY) + "发展"
    style1 = choose_style(rng, date=date, page_no=1, style="local", newspaper=paper)
    lead = story(jump, 16, cut_to=2, cut_rate=1.0)
    page1 = compose_page([lead] + [story(headline(), 3) for _ in range(6)], style1, rng)
    cut = next((ps for ps in page1.stories if ps.continued_to), None)
    if cut is None:
        raise RuntimeError("sample_issue_pdf: the lead article fitted on page 1; try another seed")
    style2 = choose_style(rng, date=date, page_no=2, style="local", newspaper=paper)
    rest = continuation_story(jump, cut.rest, cut.rest_mid_paragraph, 1, 700)
    page2 = compose_page([rest, story(headline(), 4), story(headline(), 3)], style2, rng)
    doc = pdfium.PdfDocument(render_pdf(page1.ops, style1.width, style1.height))
    try:
        second = pdfium.PdfDocument(render_pdf(page2.ops, style2.width, style2.height))
        doc.import_pages(second)
        second.close()
        out = Path(path)
        doc.save(str(out))
    finally:
        doc.close()
    heads = tuple(tuple(t for ps in p.stories for r, t in ps.titles if r == "headline") for p in (page1, page2))
    return SampleIssuePdf(out, paper, date, jump, heads)
