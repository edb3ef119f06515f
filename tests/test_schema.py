"""The JSON contract: schemas/ must match the models, and JSON output must validate against it."""

from __future__ import annotations

import json

import jsonschema

from summarizer import summarize
from summarizer.models import SCHEMA_VERSION, Summary, json_schema

from .conftest import FIXTURES, ROOT

SCHEMA_FILE = ROOT / "schemas" / "summary.schema.json"


def test_exported_schema_is_current():
    on_disk = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert on_disk == json_schema(), (
        "schemas/summary.schema.json is stale: run `summarizer schema > schemas/summary.schema.json`"
    )


def test_json_output_validates_and_round_trips():
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    summary = summarize(FIXTURES / "002_69ba15540b3f8e73.txt", engine="rules")
    data = json.loads(summary.model_dump_json())
    jsonschema.validate(data, schema)
    assert data["schema_version"] == SCHEMA_VERSION
    assert Summary.model_validate(data) == summary


def test_schema_rejects_an_item_without_evidence_shape():
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    summary = summarize(FIXTURES / "004_85fd514af7da5818.txt", engine="rules")
    data = json.loads(summary.model_dump_json())
    data["shortfalls"][0]["evidence"][0].pop("start")
    try:
        jsonschema.validate(data, schema)
    except jsonschema.ValidationError:
        return
    raise AssertionError("a quote without offsets validated")
