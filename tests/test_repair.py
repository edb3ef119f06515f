"""Targeted repair (issue 15): a re-ask carries the passages the failing items point to, not the whole report."""

from __future__ import annotations

from summarizer.engines.llm.ground import Grounding
from summarizer.engines.llm.prompt import Chunk
from summarizer.engines.llm.repair import relevant_spans, repair_model, repair_request
from summarizer.engines.llm.schema import Reject

from .support.llm_helpers import SEED_002, prepared


def _setup():
    doc = prepared(SEED_002)
    whole = Chunk(1, 1, 0, len(doc.text))
    return doc, whole, Grounding(doc, (0, len(doc.text)))


def _node(doc, sid):
    return next(n for n in doc.outline.nodes() if n.id == sid)


def test_a_quote_found_sends_its_section():
    doc, whole, g = _setup()
    node = _node(doc, "二(二)")
    quote = doc.text[node.start : node.end].splitlines()[1][:30]
    spans = relevant_spans(doc, g, whole, [Reject("causes", {"cause": "x", "quotes": [quote]}, ["数字"])])
    assert spans == [(node.start, node.end, "二(二)")]


def test_an_invented_quote_falls_back_to_the_named_section_then_the_part():
    doc, whole, g = _setup()
    invented = "全年办理行政复议案件56件，纠错率12.5%"
    named = relevant_spans(doc, g, whole, [Reject("achievements", {"quotes": [invented], "section": "一(三)"}, [])])
    assert [s[2] for s in named] == ["一(三)"]
    unnamed = relevant_spans(doc, g, whole, [Reject("plans", {"quotes": [invented]}, [])])
    part = _node(doc, "四")
    assert [(a, b) for a, b, _ in unnamed] == [(part.start, part.end)]


def test_two_items_in_one_section_send_it_once_and_the_schema_has_only_their_fields():
    doc, whole, g = _setup()
    node = _node(doc, "四(二)")
    lines = doc.text[node.start : node.end].splitlines()
    rejects = [
        Reject("plans", {"quotes": [lines[1][:20]]}, ["x"]),
        Reject("plans", {"quotes": [lines[1][20:40]]}, ["y"]),
    ]
    messages, model = repair_request(doc, "v2", whole, g, rejects)
    assert messages[1]["content"].count(doc.text[node.start : node.end]) == 1
    assert doc.text not in messages[1]["content"]
    assert set(model.model_json_schema()["properties"]) == {"plans"}
    assert repair_model(("plans",)) is model  # made once per set of fields


def test_a_repair_answer_merges_as_a_draft():
    model = repair_model(("achievements", "first_responsible_person"))
    answer = model.model_validate(
        {
            "achievements": [{"statement": "s", "quotes": ["q"]}],
            "first_responsible_person": {"actions": [{"action": "a", "quotes": ["q"]}]},
        }
    )
    draft = answer.to_draft()
    assert len(draft.achievements) == 1 and draft.item_count() == 2 and draft.measures == []
