"""analysis.ingest: reading files, finding the dateline, and setting aside what is not the article.

Fixtures live in tests/fixtures/ingest (remade by build_fixtures.py there); their text is
written for these tests about fictional companies, in the formats real wire copy uses.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from analysis.errors import InputError
from analysis.ingest import (
    classify_sentence,
    excluded_spans,
    find_published,
    load_article,
    parse_user_datetime,
    read_article_bytes,
    read_article_file,
)
from analysis.sentences import split_sentences

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
UTC = dt.timezone.utc
NEW_YORK = ZoneInfo("America/New_York")
TODAY = dt.date(2025, 6, 1)  # for datelines without a year


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def published(text: str) -> dt.datetime:
    found = find_published(text, today=TODAY)
    assert found is not None, f"no dateline found in {text!r}"
    return found.moment


# -- readers: text encodings --------------------------------------------------------------------


def test_utf8_text_file_reads_as_written():
    article = read_article_file(FIXTURES / "wire-utf8.txt")
    assert article.text.startswith("By Marta Lindqvist\nShares in Nordhavn Shipping climbed")
    assert article.text.endswith("Copyright (c) 2025 Dow Jones & Company, Inc.")
    assert article.source == "wire-utf8.txt"


def test_utf8_bom_and_windows_line_ends_give_the_same_article():
    plain = read_article_file(FIXTURES / "wire-utf8.txt")
    windows = read_article_file(FIXTURES / "wire-utf8-bom.txt")
    assert windows.text == plain.text
    assert windows.id == plain.id


def test_cp1252_text_file_keeps_curly_quotes_euro_and_accents():
    text = read_article_file(FIXTURES / "windows-cp1252.txt").text
    assert "Caf\u00e9 Lumi\u00e8re\u2019s shares slid 2.5%" in text
    assert "\u201cwinter menu\u201d cost \u20ac12 million to launch \u2013 twice" in text
    assert "\r" not in text


def test_utf16_text_file_with_bom():
    text = read_article_file(FIXTURES / "notepad-utf16.txt").text
    assert text.startswith("Ridgeline Metals fell 6% in Sydney on Wednesday")


def test_utf16_text_without_bom_is_recognised():
    data = "Ridgeline Metals fell 6% in Sydney on Wednesday.".encode("utf-16-le")
    assert read_article_bytes(data, "notes.txt").text == "Ridgeline Metals fell 6% in Sydney on Wednesday."


def test_markdown_drops_trivial_syntax_and_takes_the_title():
    article = read_article_file(FIXTURES / "briefing.md")
    assert article.title == "Morning briefing: Asian chipmakers"  # front matter wins over the first heading
    assert "Shares of Kowloon Wafer Works rose 3.9% in Hong Kong on Monday, while KWW options volume doubled." in article.text
    assert "Traders said the move followed a policy signal from Beijing." in article.text
    assert "Lotus Micro gained 2.1%.\nPearl Delta Semiconductor slipped 0.4%." in article.text
    for syntax in ("**", "](", "`", "> ", "# ", "![", "---", "title:"):
        assert syntax not in article.text


def test_markdown_without_front_matter_takes_the_first_heading_as_title():
    article = read_article_bytes(b"# Lotus Micro slips\n\nLotus Micro fell 2% on *Friday*.\n", "note.md")
    assert article.title == "Lotus Micro slips"
    assert article.text == "Lotus Micro slips\n\nLotus Micro fell 2% on Friday."


# -- readers: HTML, PDF, Word -------------------------------------------------------------------


def test_html_page_keeps_the_article_and_drops_nav_scripts_styles_and_footer():
    article = read_article_file(FIXTURES / "market-page.html")
    assert "Shares of Harbor Freight Lines rose 6.1% on Monday" in article.text
    assert "Analysts at Northgate Securities said" in article.text
    for furniture in ("Sign in", "trackingId", "font-family", "Most read", "All rights reserved", "DOW 42,100", "footer script"):
        assert furniture not in article.text
    assert article.title == "Harbor Freight Lines jumps on Tacoma terminal deal"


def test_html_falls_back_to_plain_extraction_when_trafilatura_finds_nothing(monkeypatch):
    import trafilatura

    monkeypatch.setattr(trafilatura, "extract", lambda *args, **kwargs: None)
    article = read_article_file(FIXTURES / "market-page.html")
    assert "Shares of Harbor Freight Lines rose 6.1% on Monday" in article.text
    assert "Published 2:15 PM EST, Mon December 23, 2024" in article.text
    for furniture in ("Sign in", "trackingId", "font-family", "Most read", "All rights reserved", "footer script"):
        assert furniture not in article.text
    assert article.title


def test_html_meta_published_time_is_the_dateline():
    page = (
        b'<html><head><meta property="article:published_time" content="2024-12-23T19:15:00Z"></head>'
        b"<body><article><p>Harbor Freight Lines rose 6.1% on Monday after a port deal in Tacoma.</p></article></body></html>"
    )
    article = read_article_bytes(page, "page.html")
    assert article.published == utc(2024, 12, 23, 19, 15)
    assert article.published_origin == "dateline"


def test_pdf_text_layer_is_read_with_wrapped_lines_joined():
    article = read_article_file(FIXTURES / "quarry-point.pdf")
    assert article.title == "Quarry Point Cement rallies"
    assert (
        "Shares of Quarry Point Cement rose 7.4% in New York trading on Monday after the company said "
        "orders from rebuilding projects had doubled since the start of the year."
    ) in article.text
    # a short line that ends without a full stop is its own line, not glued to the next
    assert "Quarry Point Cement rallies on rebuilding orders\nMonday, February 3, 2025 at 10:05 a.m. ET\n" in article.text


def test_pdf_misnamed_as_txt_is_still_read_as_pdf():
    article = read_article_bytes((FIXTURES / "quarry-point.pdf").read_bytes(), "download.txt")
    assert "Quarry Point Cement rose 7.4%" in article.text


def test_docx_paragraphs_and_tables_in_order_with_title():
    article = read_article_file(FIXTURES / "lantern-bay.docx")
    assert article.title == "Lantern Bay Power cuts outlook"
    lines = article.text.split("\n")
    assert lines[0] == "Lantern Bay Power cuts outlook"
    assert lines[2].startswith("SINGAPORE, Mar 4 (Reuters) - Lantern Bay Power fell 3.2%")
    assert lines[3:5] == ["Ticker\tMove", "LBP\t-3.2%"]
    assert lines[-1] == "Reporting by Owen Achterberg; Editing by Rhea Castillo"


# -- readers: what cannot be read ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "message"),
    [
        ("empty.txt", "empty.txt is empty"),
        ("chart.txt", "chart.txt is a PNG image, not text"),
        ("scanned.pdf", "scanned.pdf has no text layer (scanned?)"),
        ("truncated.pdf", "truncated.pdf is not a readable PDF"),
        ("locked.pdf", "locked.pdf is password-protected"),
        ("broken.docx", "broken.docx is not a readable Word document"),
    ],
)
def test_unreadable_file_says_which_and_why_in_one_line(fixture, message):
    with pytest.raises(InputError) as raised:
        read_article_file(FIXTURES / fixture)
    assert str(raised.value).startswith(message)
    assert "\n" not in str(raised.value)


def test_unsupported_extension_names_the_supported_ones(tmp_path):
    path = tmp_path / "prices.xlsx"
    path.write_bytes(b"some,cells\n")
    with pytest.raises(InputError, match=r"^prices\.xlsx: cannot read \.xlsx files; use \.txt, \.md, \.html, \.pdf or \.docx$"):
        read_article_file(path)


def test_binary_file_without_a_known_signature_is_not_text():
    with pytest.raises(InputError, match="^blob.txt is a binary file, not text"):
        read_article_bytes(bytes(range(256)) * 4, "blob.txt")


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(int(14.2 * 1024 * 1024))  # sparse: the size is real, the disk use is not
    with pytest.raises(InputError, match=r"^big\.txt is 14\.2 MB; the limit is 10 MB$"):
        read_article_file(path)


def test_upload_over_a_custom_limit_is_refused():
    with pytest.raises(InputError, match=r"^upload\.txt is 3 MB; the limit is 2 MB$"):
        read_article_bytes(b"a" * (3 * 1024 * 1024), "upload.txt", max_bytes=2 * 1024 * 1024)


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        read_article_file(tmp_path / "nowhere.txt")


# -- dateline -------------------------------------------------------------------------------------

WIRE_FOOT = (
    "Nordhavn Shipping gained 4.8% in Copenhagen on Tuesday.\n"
    "Write to Marta Lindqvist at marta.lindqvist@example.com\n"
    "(END) Dow Jones Newswires\n"
    "{dateline}\n"
    "Copyright (c) 2025 Dow Jones & Company, Inc.\n"
)


def test_dow_jones_dateline_prefers_gmt():
    found = find_published(WIRE_FOOT.format(dateline="January 14, 2025 06:12 ET (11:12 GMT)"))
    assert found.moment == utc(2025, 1, 14, 11, 12)
    assert found.moment.utcoffset() == dt.timedelta(0)
    assert found.raw == "January 14, 2025 06:12 ET (11:12 GMT)"
    assert not found.note and not found.assumed_zone and not found.date_only


def test_dow_jones_gmt_figure_after_midnight_is_the_next_day():
    found = find_published(WIRE_FOOT.format(dateline="January 14, 2025 21:30 ET (02:30 GMT)"))
    assert found.moment == utc(2025, 1, 15, 2, 30)


def test_dow_jones_clocks_that_disagree_use_gmt_and_say_so():
    # 06:12 ET in January is 11:12 GMT; a copy desk that forgot the clocks had changed wrote 10:12
    found = find_published(WIRE_FOOT.format(dateline="January 14, 2025 06:12 ET (10:12 GMT)"))
    assert found.moment == utc(2025, 1, 14, 10, 12)
    assert "disagree by 1 h 00 min" in found.note


def test_reuters_opener_is_a_date_without_time_in_the_city_zone():
    found = find_published("HONG KONG, Dec 23 (Reuters) - Kowloon Wafer Works rose 3.9% on Monday.", today=TODAY)
    assert found.date_only
    assert found.moment == dt.datetime(2024, 12, 23, tzinfo=ZoneInfo("Asia/Hong_Kong"))
    assert found.assumed_year and not found.assumed_zone
    assert found.raw == "HONG KONG, Dec 23 (Reuters) -"


def test_reuters_opener_takes_its_year_from_the_copyright_line():
    text = "SINGAPORE, Mar 4 (Reuters) - Lantern Bay Power fell 3.2%.\n\u00a9 2023 Reuters. All rights reserved."
    assert find_published(text, today=TODAY).moment.date() == dt.date(2023, 3, 4)


def test_reuters_opener_year_is_the_latest_whose_date_falls_on_the_lede_weekday():
    # 20 Dec was a Friday in 2024 and 2019, a Saturday in 2025; "Friday's" would be an earlier session
    text = "COPENHAGEN, Dec 20 (Reuters) - After Thursday's slide, Nordhavn Shipping fell 4% on Friday."
    found = find_published(text, today=dt.date(2026, 3, 1))
    assert found.moment == dt.datetime(2024, 12, 20, tzinfo=ZoneInfo("Europe/Copenhagen"))
    assert found.assumed_year


def test_reuters_opener_without_a_place_assumes_new_york():
    found = find_published("Dec 23 (Reuters) - Wall Street rose on Monday.", today=TODAY)
    assert found.moment == dt.datetime(2024, 12, 23, tzinfo=NEW_YORK)
    assert found.date_only and found.assumed_zone


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("Published 2:15 PM EST, Mon December 23, 2024", dt.datetime(2024, 12, 23, 14, 15, tzinfo=NEW_YORK)),
        ("2024-12-23T05:59:00Z", utc(2024, 12, 23, 5, 59)),
        ("2024-12-23T00:59:00-05:00", utc(2024, 12, 23, 5, 59)),
        ("Updated: 23 Dec 2024 14:02 HKT", dt.datetime(2024, 12, 23, 14, 2, tzinfo=ZoneInfo("Asia/Hong_Kong"))),
        ("23 December 2024, 1:30 pm JST", dt.datetime(2024, 12, 23, 13, 30, tzinfo=ZoneInfo("Asia/Tokyo"))),
        ("Monday, December 23, 2024 at 9:41 a.m. ET", dt.datetime(2024, 12, 23, 9, 41, tzinfo=NEW_YORK)),
        ("12/23/2024 08:15 AM EST", dt.datetime(2024, 12, 23, 8, 15, tzinfo=NEW_YORK)),
        ("Dec. 23, 2024 12:05 p.m. ET", dt.datetime(2024, 12, 23, 12, 5, tzinfo=NEW_YORK)),
        ("December 23, 2024 at 12:59 AM GMT+8", utc(2024, 12, 22, 16, 59)),
    ],
)
def test_dateline_under_the_headline_is_read(dateline, expected):
    text = f"Kowloon Wafer Works extends rally\n{dateline}\nShares of Kowloon Wafer Works rose 3.9% on Monday."
    found = find_published(text)
    assert found.moment == expected
    assert found.raw == dateline
    assert text[found.span[0]:found.span[1]] == dateline


def test_bloomberg_story_takes_its_separate_timestamp_line():
    text = (
        "(Bloomberg) -- Pearl Delta Semiconductor slipped 0.4% in Shenzhen on Monday, its third decline.\n"
        "The company said on Dec. 20 that it would cut capital spending.\n"
        "\u00a92024 Bloomberg L.P.\n"
        "Mon, December 23, 2024 at 3:05 PM GMT+8\n"
    )
    assert published(text) == utc(2024, 12, 23, 7, 5)


@pytest.mark.parametrize(
    ("zone", "where"),
    [
        ("EDT", "America/New_York"),
        ("GMT", "UTC"),
        ("UTC", "UTC"),
        ("BST", "Europe/London"),
        ("CET", "Europe/Paris"),
        ("CEST", "Europe/Paris"),
        ("HKT", "Asia/Hong_Kong"),
        ("SGT", "Asia/Singapore"),
        ("JST", "Asia/Tokyo"),
        ("KST", "Asia/Seoul"),
        ("IST", "Asia/Kolkata"),
        ("AEST", "Australia/Sydney"),
        ("AEDT", "Australia/Sydney"),
    ],
)
def test_zone_abbreviation_is_read_as_the_region_clock(zone, where):
    text = f"Headline\nJuly 8, 2024 10:30 {zone}\nShares rose 2% on Monday."
    assert published(text) == dt.datetime(2024, 7, 8, 10, 30, tzinfo=ZoneInfo(where))


def test_cst_next_to_china_is_china_standard_time():
    text = "Yuan-denominated chip shares rally\nDecember 23, 2024 09:30 CST\nShanghai-listed chipmakers rose on Monday."
    assert published(text) == dt.datetime(2024, 12, 23, 9, 30, tzinfo=ZoneInfo("Asia/Shanghai"))


def test_cst_elsewhere_is_us_central_time():
    text = "Grain futures climb\nDecember 23, 2024 09:30 CST\nCorn futures rose in Chicago trading on Monday."
    assert published(text) == dt.datetime(2024, 12, 23, 9, 30, tzinfo=ZoneInfo("America/Chicago"))


def test_time_without_zone_is_read_in_the_place_named_beside_it():
    found = find_published("Headline\nHONG KONG, December 23, 2024 14:02\nShares rose 3.9%.")
    assert found.moment == dt.datetime(2024, 12, 23, 14, 2, tzinfo=ZoneInfo("Asia/Hong_Kong"))
    assert not found.assumed_zone


def test_time_without_zone_or_place_is_assumed_new_york():
    found = find_published("Headline\nDecember 23, 2024 09:30\nShares rose 3.9%.")
    assert found.moment == dt.datetime(2024, 12, 23, 9, 30, tzinfo=NEW_YORK)
    assert found.assumed_zone


def test_dateline_at_the_foot_beats_a_full_date_in_the_prose():
    text = (
        "Harbor Freight Lines rose 6.1% on Monday.\n"
        "The board approved the Tacoma terminal on December 20, 2024 at 4:00 p.m. ET, the company said.\n"
        "Analysts expect more contracts.\n"
        "More prose follows here.\n"
        "And here.\n"
        "December 23, 2024 14:15 ET (19:15 GMT)\n"
    )
    assert published(text) == utc(2024, 12, 23, 19, 15)


def test_date_inside_the_prose_alone_is_not_a_dateline():
    text = (
        "Harbor Freight Lines rose 6.1% on Monday.\n"
        "The board approved the terminal on December 20, 2024, the company said.\n"
        "Analysts expect more contracts.\n"
    )
    assert find_published(text) is None


def test_published_stamp_beats_updated_stamp():
    text = (
        "Headline\nPublished 9:05 AM EST, Mon December 23, 2024\nUpdated 3:40 PM EST, Mon December 23, 2024\n"
        "Shares rose 3.9%."
    )
    assert published(text) == dt.datetime(2024, 12, 23, 9, 5, tzinfo=NEW_YORK)


def test_timed_dateline_beats_a_bare_date_line():
    text = "Headline\nDecember 23, 2024\nShares rose 3.9%.\nDecember 23, 2024 14:15 ET (19:15 GMT)\n"
    found = find_published(text)
    assert found.moment == utc(2024, 12, 23, 19, 15) and not found.date_only


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Shares rose 3.9% on Monday.",
        "Headline\nFebruary 30, 2024 10:00 ET\nShares rose.",
        "Headline\n13/45/2024 08:15 AM EST\nShares rose.",
        "Feb 30 (Reuters) - Shares rose.",
        "\x00\x01 2024-99-99T99:99 ))) (",
    ],
)
def test_unreadable_dateline_gives_none_never_an_exception(text):
    assert find_published(text, today=TODAY) is None


def test_unreadable_time_leaves_the_date():
    found = find_published("Headline\nDecember 23, 2024 27:99 ET\nShares rose.")
    assert found.date_only
    assert found.moment.date() == dt.date(2024, 12, 23)


def test_bad_date_does_not_hide_a_good_dateline():
    text = "Headline\nFebruary 30, 2024 10:00 ET\nShares rose.\nDecember 23, 2024 14:15 ET (19:15 GMT)"
    assert published(text) == utc(2024, 12, 23, 19, 15)


# -- dates people type -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2024-12-23T00:59-05:00", utc(2024, 12, 23, 5, 59)),
        ("2024-12-23T05:59:00Z", utc(2024, 12, 23, 5, 59)),
        ("2024-12-23 00:59", dt.datetime(2024, 12, 23, 0, 59, tzinfo=NEW_YORK)),
        ("  2024-12-23T00:59  ", dt.datetime(2024, 12, 23, 0, 59, tzinfo=NEW_YORK)),
        ("2024-12-23", dt.datetime(2024, 12, 23, tzinfo=NEW_YORK)),
        ("Dec 23, 2024 9:41 AM ET", dt.datetime(2024, 12, 23, 9, 41, tzinfo=NEW_YORK)),
        ("23 Dec 2024 14:02 HKT", dt.datetime(2024, 12, 23, 14, 2, tzinfo=ZoneInfo("Asia/Hong_Kong"))),
    ],
)
def test_user_datetime_is_read(typed, expected):
    moment = parse_user_datetime(typed)
    assert moment == expected
    assert moment.tzinfo is not None


def test_user_datetime_without_zone_uses_the_default_zone():
    assert parse_user_datetime("2024-12-23 14:02", default_zone="Asia/Hong_Kong") == dt.datetime(
        2024, 12, 23, 14, 2, tzinfo=ZoneInfo("Asia/Hong_Kong")
    )


@pytest.mark.parametrize("typed", ["", "yesterday", "2024-13-45", "23/12", "after Dec 23, 2024 9:41 AM ET"])
def test_unreadable_user_datetime_says_how_to_write_one(typed):
    with pytest.raises(InputError) as raised:
        parse_user_datetime(typed)
    assert str(raised.value) == f"cannot read '{typed}' as a date and time; use e.g. 2024-12-23T00:59-05:00"


# -- boilerplate and foreign text -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("Write to Marta Lindqvist at marta.lindqvist@example.com", "boilerplate"),
        ("(END) Dow Jones Newswires", "boilerplate"),
        ("Copyright (c) 2025 Dow Jones & Company, Inc.", "boilerplate"),
        ("\u00a9 2024 Example Wire. All rights reserved.", "boilerplate"),
        ("This article is not investment advice.", "boilerplate"),
        ("The information above is for informational purposes only and should not be construed as financial advice.",
         "boilerplate"),
        ("This release contains forward-looking statements that involve risks and uncertainties.", "boilerplate"),
        ("Actual results could differ materially from those projected.", "boilerplate"),
        ("To contact the reporter on this story: Ada Ng in Hong Kong at ang@example.com", "boilerplate"),
        ("Media contact: press@example.com", "boilerplate"),
        ("Reporting by Ada Ng in Hong Kong; Editing by Paul Ferris", "byline"),
        ("Additional reporting by Li Wei", "byline"),
        ("By Marta Lindqvist", "byline"),
        ("By Ada Ng and Owen Achterberg, Bloomberg News", "byline"),
        ("By MARTA LINDQVIST", "byline"),
        ("--With assistance from Li Wei.", "byline"),
        ("January 14, 2025 06:12 ET (11:12 GMT)", "dateline"),
        ("Published 2:15 PM EST, Mon December 23, 2024", "dateline"),
        ("Updated: 23 Dec 2024 14:02 HKT", "dateline"),
        ("\u4e5d\u9f8d\u6676\u5713\u5468\u4e00\u5728\u9999\u6e2f\u4e0a\u6f32\u0033\u002e\u0039\u0025\u3002", "not English"),
        ("\u0410\u043a\u0446\u0438\u0438 \u043a\u043e\u043c\u043f\u0430\u043d\u0438\u0438 \u0432\u044b\u0440\u043e\u0441\u043b\u0438 "
         "\u043d\u0430 5% \u0432 \u043f\u043e\u043d\u0435\u0434\u0435\u043b\u044c\u043d\u0438\u043a.", "not English"),
        ("Les actions de la soci\u00e9t\u00e9 ont progress\u00e9 de 5 % lundi \u00e0 Paris.", "not English"),
        ("Die Aktie des Unternehmens stieg am Montag um 5 Prozent.", "not English"),
        ("Las acciones de la empresa subieron un 5% el lunes.", "not English"),
    ],
)
def test_sentence_that_is_not_article_prose_is_named(sentence, reason):
    assert classify_sentence(sentence) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares of Harbor Freight Lines rose 6.1% on Monday after the shipping group won a contract.",
        "By Friday, shares had fallen sharply.",
        "By comparison, the index rose 2%.",
        "HONG KONG, Dec 23 (Reuters) - Kowloon Wafer Works rose 3.9% on Monday.",
        "Shares of Kowloon Wafer Works (\u4e5d\u9f8d\u6676\u5713) rose 3.9% in Hong Kong on Monday.",
        "Soci\u00e9t\u00e9 G\u00e9n\u00e9rale shares rose 3% in Paris after the bank said profit beat estimates.",
        "The board approved the terminal on December 20, 2024, the company said.",
        "Analysts said the advice from regulators was unclear.",
    ],
)
def test_ordinary_article_prose_is_kept(sentence):
    assert classify_sentence(sentence) is None


CHINESE_DISCLAIMER = (
    "\u514d\u8cac\u8072\u660e\uff1a\u6295\u8cc7\u6709\u98a8\u96aa\uff0c\u672c\u6587\u4e26\u975e\u6295\u8cc7\u5efa\u8b70\uff0c"
    "\u4efb\u4f55\u5167\u5bb9\u5747\u4e0d\u61c9\u88ab\u8996\u70ba\u8cb7\u8ce3\u4efb\u4f55\u8b49\u5238\u7684\u5efa\u8b70\u3002"
    "\u8b80\u8005\u61c9\u81ea\u884c\u5224\u65b7\u4e26\u627f\u64d4\u98a8\u96aa\u3002"
)  # 免責聲明：投資有風險，本文並非投資建議，任何內容均不應被視為買賣任何證券的建議。讀者應自行判斷並承擔風險。


def test_chinese_disclaimer_paragraph_is_boilerplate():
    assert classify_sentence(CHINESE_DISCLAIMER) == "boilerplate"


def test_japanese_disclaimer_is_boilerplate_not_just_foreign():
    disclaimer = "この記事は情報提供のみを目的としたもので、投資勧誘ではありません。"
    assert classify_sentence(disclaimer) == "boilerplate"


def test_wire_story_excludes_byline_credits_dateline_and_disclaimer_but_not_the_story():
    text = read_article_file(FIXTURES / "wire-utf8.txt").text + "\n" + CHINESE_DISCLAIMER
    excluded = {text[start:end]: reason for start, end, reason in excluded_spans(text)}
    assert excluded == {
        "By Marta Lindqvist": "byline",
        "Write to Marta Lindqvist at marta.lindqvist@example.com": "boilerplate",
        "(END) Dow Jones Newswires": "boilerplate",
        "January 14, 2025 06:12 ET (11:12 GMT)": "dateline",
        "Copyright (c) 2025 Dow Jones & Company, Inc.": "boilerplate",
        CHINESE_DISCLAIMER: "boilerplate",
    }


def test_excluded_spans_are_sentence_spans():
    text = read_article_file(FIXTURES / "wire-utf8.txt").text
    sentence_spans = {sentence.span for sentence in split_sentences(text)}
    assert all((start, end) in sentence_spans for start, end, _ in excluded_spans(text))


def test_disclaimer_opening_takes_the_rest_of_its_paragraph():
    text = (
        "Lotus Micro gained 2.1% on Monday.\n"
        "Disclaimer: The author holds no shares. Views are personal. Consult an adviser.\n"
        "Pearl Delta slipped 0.4%."
    )
    excluded = [text[start:end] for start, end, _ in excluded_spans(text)]
    assert excluded == ["Disclaimer: The author holds no shares.", "Views are personal.", "Consult an adviser."]


def test_forward_looking_heading_takes_the_paragraph_after_it():
    text = (
        "Quarry Point Cement raised its outlook and its shares rose 7.4%.\n"
        "Forward-Looking Statements\n"
        "This release includes statements about plans. Outcomes may vary. We undertake no duty to update them.\n"
        "About Quarry Point Cement\n"
    )
    excluded = [text[start:end] for start, end, _ in excluded_spans(text)]
    assert excluded == [
        "Forward-Looking Statements",
        "This release includes statements about plans.",
        "Outcomes may vary.",
        "We undertake no duty to update them.",
    ]


# -- load_article: the one entry -------------------------------------------------------------------


def test_pasted_text_takes_its_time_from_the_dateline():
    article = load_article(WIRE_FOOT.format(dateline="January 14, 2025 06:12 ET (11:12 GMT)"))
    assert article.published == utc(2025, 1, 14, 11, 12)
    assert article.published_origin == "dateline"
    assert article.source == "pasted"


def test_published_time_from_the_user_wins_over_the_dateline():
    user_time = dt.datetime(2025, 1, 14, 7, 0, tzinfo=NEW_YORK)
    article = load_article(FIXTURES / "wire-utf8.txt", published=user_time)
    assert article.published == user_time
    assert article.published_origin == "user"


def test_naive_user_time_is_read_as_new_york():
    article = load_article("Shares rose 2%.", published=dt.datetime(2025, 1, 14, 7, 0))
    assert article.published == dt.datetime(2025, 1, 14, 7, 0, tzinfo=NEW_YORK)


def test_article_without_a_dateline_has_no_published_time():
    article = load_article("Lotus Micro gained 2.1% on Monday.")
    assert article.published is None
    assert article.published_origin == "none"


def test_date_only_dateline_counts_as_the_end_of_that_day_in_its_zone():
    article = load_article("HONG KONG, Dec 23 (Reuters) - Kowloon Wafer Works rose 3.9%.\n(c) 2024 Reuters")
    assert article.published == dt.datetime(2024, 12, 23, 23, 59, 59, tzinfo=ZoneInfo("Asia/Hong_Kong"))


def test_file_path_is_read_and_named():
    article = load_article(FIXTURES / "quarry-point.pdf")
    assert article.source == "quarry-point.pdf"
    assert article.published == dt.datetime(2025, 2, 3, 10, 5, tzinfo=NEW_YORK)


def test_uploaded_bytes_use_the_name_for_the_format():
    article = load_article((FIXTURES / "market-page.html").read_bytes(), name="market-page.html")
    assert article.source == "market-page.html"
    assert article.title == "Harbor Freight Lines jumps on Tacoma terminal deal"
    assert article.published == dt.datetime(2024, 12, 23, 14, 15, tzinfo=NEW_YORK)


def test_pasted_string_is_never_read_as_a_file_name():
    article = load_article(str(FIXTURES / "wire-utf8.txt"))
    assert article.text == str(FIXTURES / "wire-utf8.txt")


def test_empty_paste_is_an_input_error():
    with pytest.raises(InputError, match="^the pasted text is empty$"):
        load_article("  \n ")


def test_pasted_page_source_is_read_as_html_main_text():
    from analysis.ingest import load_article

    html = "<html><body><nav>Home | Markets</nav><ul><li><b>S&amp;P 500:</b> closed up 3.26% at 5,844.19</li><li><b>Nasdaq:</b> rose 4.35%</li></ul><script>var x=1;</script></body></html>"
    article = load_article(html)
    assert "S&P 500: closed up 3.26%" in article.text.replace("\n", " ") or "S&P 500:" in article.text
    assert "<li>" not in article.text and "var x" not in article.text


def test_a_first_line_that_reads_as_a_headline_becomes_the_title(tmp_path):
    from analysis.ingest import load_article

    text = "Nvidia slides as chip curbs widen\nNvidia shares fell 3% on Tuesday.\n"
    assert load_article(text).title == "Nvidia slides as chip curbs widen"
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    assert load_article(path).title == "Nvidia slides as chip curbs widen"
    assert load_article("Nvidia shares fell 3% on Tuesday. Chips were weak.").title == ""


def test_html_lists_between_article_paragraphs_are_kept():
    page = (
        b"<h1>Chipmakers lead a broad rebound</h1>\n<p class='byline'>Markets desk | March 13, 2025</p>\n"
        b"<p>Technology shares carried Wall Street higher on Thursday as investors returned to semiconductor names after a week of losses.</p>\n"
        b"<ul>\n<li><b>Nasdaq Composite:</b> gained 2.1%</li>\n<li><b>Philadelphia chip index:</b> rose 3.4%</li>\n</ul>\n"
        b"<p>Micron climbed 6% and Intel added 3%, while utilities lagged the broader market for a third straight session.</p>\n"
    )
    text = read_article_bytes(page, "rebound.html").text
    assert text.split("\n") == [
        "Technology shares carried Wall Street higher on Thursday as investors returned to semiconductor names after a week of losses.",
        "- Nasdaq Composite: gained 2.1%", "- Philadelphia chip index: rose 3.4%",
        "Micron climbed 6% and Intel added 3%, while utilities lagged the broader market for a third straight session."]


@pytest.mark.parametrize("text, sentences", [
    # a price in pence ends its sentence; an initial does not
    ("Taylor Wimpey added 3.4p to 152.65p. Nationwide put growth at 1.2%.",
     ["Taylor Wimpey added 3.4p to 152.65p.", "Nationwide put growth at 1.2%."]),
    ("John F. Kennedy spoke. Shares of J.P. Morgan rose.", ["John F. Kennedy spoke.", "Shares of J.P. Morgan rose."]),
    # a dotted initialism ends a sentence before a word that opens one, or, after a time, before a possessive
    ("Sales grew in the U.S. The shares rose.", ["Sales grew in the U.S.", "The shares rose."]),
    ("It traded at HK$63.40 at 11 a.m. KE's ADRs rose.", ["It traded at HK$63.40 at 11 a.m.", "KE's ADRs rose."]),
    ("J.P. Morgan's analysts said so at 10 a.m. New York time.", ["J.P. Morgan's analysts said so at 10 a.m. New York time."]),
])
def test_sentences_end_after_a_unit_but_not_after_an_initial(text, sentences):
    assert [sentence.text for sentence in split_sentences(text)] == sentences
