"""PageResult -> Markdown: one section per article, for reading in a terminal or editor."""
from __future__ import annotations

from banmian.model import PageResult, TitleRole


def to_markdown(result: PageResult) -> str:
    out: list[str] = []
    name = result.source.path or "page"
    page = result.page
    head = " · ".join(x for x in (page.newspaper, page.date, page.number and f"第{page.number}版", page.section) if x)
    out.append(f"<!-- {name} -->")
    if head:
        out.append(f"_{head}_\n")
    for a in result.articles:
        kicker = [t.text for t in a.titles if t.role is TitleRole.KICKER]
        headline = [t.text for t in a.titles if t.role is TitleRole.HEADLINE]
        sub = [t.text for t in a.titles if t.role is TitleRole.SUBHEADLINE]
        for k in kicker:
            out.append(f"*{k}*")
        out.append(f"## {' '.join(headline) or '（无标题）'}" + (" 〔图片〕" if a.kind.value == "photo" else ""))
        for s in sub:
            out.append(f"### {s}")
        if a.bylines:
            out.append("■ " + "  ".join(f"{b.role} {b.name}" for b in a.bylines))
        if a.continued_from is not None:
            out.append(f"（上接{a.continued_from}版）")
        out.append("")
        for p in a.paragraphs:
            out.append(p + "\n")
        if a.continued_to is not None:
            out.append(f"（下转{a.continued_to}版）\n")
    if result.unassigned:
        out.append("## 未归属 (unassigned)")
        out.extend(f"- {u.reason}: {u.text}" for u in result.unassigned)
    if result.removed:
        out.append("\n<!-- removed: " + "; ".join(f"{r.reason}: {r.text}" for r in result.removed) + " -->")
    return "\n".join(out).rstrip() + "\n"
