"""The labelled corpora keep their own annotation rules (tests/corpus_annotations.py), and the validator catches breaches."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.corpus_annotations import CorpusRules, validate_corpus

HERE = Path(__file__).resolve().parent


@pytest.mark.parametrize("folder", ["corpus", "corpus_holdout", "corpus_unseen", "corpus_wide", "corpus_fresh", "corpus_fresh2", "corpus_fresh3", "corpus_fresh4", "corpus_fresh5", "corpus_fresh6", "corpus_fresh7", "corpus_fresh8", "corpus_fresh9", "corpus_fresh10", "corpus_fresh11", "corpus_fresh12", "corpus_fresh13", "corpus_fresh14", "corpus_fresh15", "corpus_fresh16", "corpus_fresh17", "corpus_fresh18", "corpus_fresh19", "corpus_fresh20", "corpus_fresh21", "corpus_fresh22", "corpus_fresh23", "corpus_fresh24", "corpus_fresh25", "corpus_fresh26", "corpus_fresh27", "corpus_fresh28", "corpus_fresh29", "corpus_fresh30", "corpus_fresh31", "corpus_fresh32", "corpus_fresh33", "corpus_fresh34", "corpus_fresh35", "corpus_fresh36", "corpus_fresh37", "corpus_fresh38", "corpus_fresh39", "corpus_fresh40", "corpus_fresh41", "corpus_fresh42", "corpus_fresh43", "corpus_fresh44", "corpus_fresh45", "corpus_fresh46", "corpus_fresh47", "corpus_fresh48", "corpus_fresh49", "corpus_fresh50", "corpus_fresh51", "corpus_fresh52", "corpus_fresh53", "corpus_fresh54", "corpus_fresh55", "corpus_fresh56", "corpus_fresh57", "corpus_fresh58", "corpus_fresh59", "corpus_fresh60", "corpus_fresh61", "corpus_fresh62", "corpus_fresh63", "corpus_fresh64", "corpus_fresh65", "corpus_fresh66", "corpus_fresh67", "corpus_fresh68", "corpus_fresh69", "corpus_fresh70", "corpus_fresh71", "corpus_fresh72", "corpus_fresh73", "corpus_fresh74", "corpus_fresh75", "corpus_fresh76", "corpus_fresh77", "corpus_fresh78", "corpus_fresh79", "corpus_fresh80", "corpus_fresh81", "corpus_fresh82", "corpus_fresh83", "corpus_fresh84", "corpus_fresh85", "corpus_fresh86", "corpus_fresh87", "corpus_fresh88", "corpus_fresh89", "corpus_fresh90", "corpus_fresh91", "corpus_fresh92", "corpus_fresh93", "corpus_fresh94", "corpus_fresh95", "corpus_fresh96", "corpus_fresh97", "corpus_fresh98", "corpus_fresh99", "corpus_fresh100", "corpus_fresh101", "corpus_fresh102", "corpus_fresh103", "corpus_fresh104", "corpus_fresh105", "corpus_fresh106", "corpus_fresh107", "corpus_fresh108", "corpus_fresh109", "corpus_fresh110", "corpus_fresh111", "corpus_fresh112", "corpus_fresh113", "corpus_fresh114", "corpus_fresh115", "corpus_fresh116", "corpus_fresh117", "corpus_fresh118", "corpus_fresh119", "corpus_fresh120", "corpus_fresh121", "corpus_fresh122", "corpus_fresh123"])
def test_corpus_annotations_keep_the_rules(folder):
    report = validate_corpus(HERE / folder)
    assert report.articles > 0
    assert report.problems == [], report.summary()


def _one_article_corpus(folder: Path, published: str, claim: dict, words: int = 120) -> Path:
    text = "Acme Corp shares closed up 3.1% on Tuesday after results. " + "Filler copy runs on. " * ((words - 10) // 4)
    move = {"entity": "Acme Corp", "ticker": "ACME", "exchange": "New York", "direction": "up", "magnitude": 3.1,
            "unit": "pct", "kind": "close_change", "date": "2024-11-12", "hedge": None, "sessions": None,
            "start_date": None, "level": None, "quote": "closed up 3.1%", **claim}
    (folder / "001-acme.txt").write_text(text, encoding="utf-8")
    (folder / "001-acme.json").write_text(json.dumps(
        {"published": published, "claims": [move], "not_claims": [], "notes": ""}), encoding="utf-8")
    return folder


def test_a_close_labelled_after_the_close_passes(tmp_path):
    assert validate_corpus(_one_article_corpus(tmp_path, "2024-11-12T16:30:00-05:00", {})).problems == []


def test_close_change_published_before_the_close_is_a_problem(tmp_path):
    report = validate_corpus(_one_article_corpus(tmp_path, "2024-11-12T11:30:00-05:00", {}))
    assert any("close_change, but XNYS had not closed 2024-11-12" in problem for problem in report.problems)


def test_cumulative_dated_before_the_latest_session_is_a_problem_or_a_note_by_corpus(tmp_path):
    folder = _one_article_corpus(tmp_path, "2024-11-13T16:30:00-05:00", {"kind": "cumulative"})
    assert any("span ends 2024-11-12" in problem for problem in validate_corpus(folder).problems)
    lenient = validate_corpus(folder, CorpusRules(spans_end_on_latest_session=False))
    assert lenient.problems == [] and any("span ends 2024-11-12" in note for note in lenient.notes)


def test_figure_must_be_a_number_of_its_own_in_the_quote(tmp_path):
    report = validate_corpus(_one_article_corpus(tmp_path, "2024-11-12T16:30:00-05:00", {"magnitude": 3.0}))
    assert any("figure 3.0 not in quote" in problem for problem in report.problems)


def test_article_length_follows_the_corpus_word_range(tmp_path):
    folder = _one_article_corpus(tmp_path, "2024-11-12T16:30:00-05:00", {}, words=400)
    assert any("words, outside 100-350" in problem for problem in validate_corpus(folder, CorpusRules(words=(100, 350))).problems)
