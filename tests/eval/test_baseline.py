"""The naive baseline reader."""
from banmian.eval.baseline import naive_read


def test_naive_read_splits_at_benbaoxun_and_dateline():
    text = "标题一\n本报讯 今天开\n会了。\n\n本报北京5月3日电  （记者 张三）明天\n也开会。\n"
    page = naive_read(text)
    assert [a["paragraphs"][0] for a in page["articles"]] == [
        "标题一", "本报讯 今天开会了。", "本报北京5月3日电  （记者 张三）明天也开会。"]
