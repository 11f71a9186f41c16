from banmian.store.textindex import (fts5_match, highlight, index_tokens, parse_query, pg_tsquery,
                                     pg_tsvector, snippet)


def test_index_tokens_bigrams_and_last_char():
    assert index_tokens("金融工作") == ["金融", "融工", "工作", "作"]


def test_index_tokens_latin_and_digits_whole_lowercased():
    assert index_tokens("全市GDP总量，2023年") == ["全市", "市", "gdp", "总量", "量", "2023", "年"]


def test_index_tokens_fullwidth_digits_normalized():
    assert index_tokens("２０２４年") == ["2024", "年"]


def test_parse_query_one_char_is_prefix():
    (p,) = parse_query("税")
    assert p.tokens == ("税",) and p.prefix
    assert fts5_match([p]) == '"税" *'


def test_parse_query_two_chars_one_token():
    (p,) = parse_query("金融")
    assert p.tokens == ("金融",) and not p.prefix


def test_parse_query_phrase_keeps_consecutive_bigrams():
    (p,) = parse_query('"高质量发展"')
    assert p.tokens == ("高质", "质量", "量发", "发展")


def test_parse_query_spaces_separate_terms():
    assert [p.text for p in parse_query("金融  税 ")] == ["金融", "税"]


def test_parse_query_punctuation_only_is_empty():
    assert parse_query("，。!") == []


def test_fts5_match_quotes_are_never_user_text():
    # a quote inside the query cannot break out of the FTS5 string: tokens hold word chars only
    assert '"' not in "".join(t for p in parse_query('a"b OR c*') for t in p.tokens)


def test_pg_tsquery_phrase_and_prefix():
    assert pg_tsquery(parse_query("金融工作 税")) == "('金融' <-> '融工' <-> '工作') & ('税':*)"


def test_pg_tsvector_positions():
    assert pg_tsvector("金融金融") == "'金融':1,3 '融金':2 '融':4"


def test_highlight_escapes_and_marks():
    out = highlight("<script>金融</script>", parse_query("金融"))
    assert out == "&lt;script&gt;<mark>金融</mark>&lt;/script&gt;"


def test_snippet_centres_on_first_match():
    text = "甲" * 200 + "金融" + "乙" * 200
    out = snippet(text, parse_query("金融"))
    assert out.startswith("…") and out.endswith("…") and "<mark>金融</mark>" in out
