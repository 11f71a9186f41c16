"""Invented people, papers and page furniture for synthetic pages (no corpus text here)."""
from __future__ import annotations

import random

# Common surnames; a few two-character ones keep the reader honest about name length.
SURNAMES = tuple("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
DOUBLE_SURNAMES = ("欧阳", "司马", "上官", "诸葛")
GIVEN_CHARS = tuple("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲峰建国文辉鹏斌宇浩凯晨瑶琳欣怡婷雨佳旭东洁雪梅丹慧颖倩思远志宏海波俊晓燕云飞林子涵博轩一鸣子豪诗")

NEWSPAPERS_LOCAL = ("平川日报", "江城晚报", "东湖日报", "临海日报", "青州日报", "云溪新闻", "南浔日报", "石桥日报")
NEWSPAPER_NATIONAL = "人民日报"
SECTIONS = ("要闻", "综合", "经济", "社会", "文化", "国际", "评论", "理论", "地方", "政治", "体育", "科技")
WEEKDAYS = "一二三四五六日"

# Short caption titles, invented: the corpus has none for photos.
CAPTION_TITLES = ("文化惠民", "金秋丰收", "喜迎国庆", "古镇新貌", "田间忙碌", "夜色璀璨", "共绘同心",
                  "银龄风采", "科普进校园", "清洁家园", "绿色出行", "非遗传承", "稻香正浓", "运河秋色")


def person(rng: random.Random) -> str:
    """One invented full name, two or three characters (rarely four)."""
    surname = rng.choice(DOUBLE_SURNAMES) if rng.random() < 0.02 else rng.choice(SURNAMES)
    given = "".join(rng.choice(GIVEN_CHARS) for _ in range(1 if rng.random() < 0.3 else 2))
    return surname + given


def pad_name(name: str) -> str:
    """Two-character names are printed with a space to fill three cells: 高洁 -> 高 洁."""
    return f"{name[0]} {name[1]}" if len(name) == 2 else name
