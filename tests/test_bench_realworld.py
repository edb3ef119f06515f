"""How bench/realworld.py tells a right agency from a wrong one: the figures issue 10 is judged by depend on it."""

from __future__ import annotations

import json

from bench.realworld import agency_ok, main


def _folder(tmp_path, rows: list[dict], texts: dict[str, str]):
    """A label file holding ``rows`` and a folder of texts (id → text): what the scorer is pointed at."""
    labels = tmp_path / "X.jsonl"
    labels.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    for id_, text in texts.items():
        (docs / f"{id_}.txt").write_text(text, encoding="utf-8")
    return labels, docs


_REPORT = "青禾县司法局2024年法治政府建设年度报告\n2024年，县司法局坚持依法行政。现将有关情况报告如下：\n"


def _label(agency: str, *aliases: str) -> dict:
    return {"agency": agency, "agency_aliases": list(aliases), "agency_full": None}


def test_one_body_by_its_short_or_long_names_is_right() -> None:
    assert agency_ok("青禾县人民政府", _label("青禾县"))
    assert agency_ok("青禾县卫生健康委", _label("青禾县卫生健康委员会"))
    assert agency_ok("青禾县第十八届人民政府", _label("青禾县人民政府"))  # the government in its term
    assert agency_ok("青禾区桂园街道", _label("青禾区桂园街道办事处"))  # a street's office is its government


def test_a_departments_name_with_or_without_its_and_is_one_body() -> None:
    # 住房和城乡建设局 is the official name, 住房城乡建设局 its usual short form: one bureau
    assert agency_ok("青禾县住房城乡建设局", _label("青禾县住房和城乡建设局"))
    assert agency_ok("青禾县人力资源和社会保障局", _label("青禾县人力资源社会保障局"))
    assert not agency_ok("青禾县住房城乡建设局", _label("青禾县城乡建设局"))


def test_the_body_under_its_higher_places_name_is_right() -> None:
    assert agency_ok("青山市青禾县委依法治县办", _label("青禾县委依法治县办"))


def test_joint_issuers_parted_by_a_space_or_by_a_mark_are_one_pair() -> None:
    assert agency_ok("中共青山市委办公室、青山市人民政府办公室", _label("中共青山市委办公室 青山市人民政府办公室"))
    assert agency_ok("中共青山市委教育工委", _label("中共青山市委教育工委 青山市教育局"))  # the first of them


def test_another_body_or_a_fragment_is_wrong() -> None:
    assert not agency_ok("青禾县司法局", _label("青禾县"))
    assert not agency_ok("依法治县领导小组", _label("青禾县", "依法治县办"))
    assert not agency_ok("青山市县委依法治县办", _label("青禾县委依法治县办", "县委依法治县办"))  # no county named
    assert not agency_ok("青山市", _label("青禾县委依法治县办"))
    assert not agency_ok(None, _label("青禾县"))


def test_a_body_named_by_its_level_alone_is_the_same_with_its_place_in_front() -> None:
    assert agency_ok("青山市人大常委会", _label("市十八届人大常委会"))
    assert agency_ok("青禾区政府", _label("區人民政府"))
    assert not agency_ok("青山市人大常委会", _label("县人大常委会"))
    assert not agency_ok("全市人大常委会", _label("人大常委会"))


def test_a_place_labelled_by_its_stem_alone_is_the_place_with_its_level_word() -> None:
    assert agency_ok("青禾市", _label("青禾"))
    assert not agency_ok("青禾市司法局", _label("青禾"))
    assert not agency_ok("青山市", _label("青禾"))


def test_the_body_without_its_higher_places_name_is_right() -> None:
    assert agency_ok("青禾区安定镇", _label("青山市青禾区安定镇人民政府"))
    assert not agency_ok("区安定镇", _label("青山市青禾区安定镇人民政府"))


def test_a_town_under_the_whole_chain_of_places_above_it_is_right() -> None:
    assert agency_ok("青山省青禾市文水县孝义镇", _label("孝义镇"))
    assert not agency_ok("青山省青禾市文水县司法局", _label("司法局"))


def test_a_place_committees_joint_report_with_its_government_is_the_governments_too() -> None:
    # 自治区党委和政府: the government named on its own (by the place) is right, the committee's place alone
    # stands for its government; another place is still wrong
    assert agency_ok("青州自治区", {"agency": "青州自治区党委和政府"})
    assert agency_ok("自治区人民政府", {"agency": "自治区党委和政府"})
    assert not agency_ok("白山自治区", {"agency": "青州自治区党委和政府"})


def test_the_scorer_says_how_many_labelled_documents_it_could_not_read(tmp_path, capsys) -> None:
    """Texts live on one machine only: a folder that holds some of them is scored on those, and says so."""
    rows = [{"id": f"X-00{i}", "doc_type": "annual_report", "agency": "青禾县司法局", "year": 2024} for i in (1, 2, 3)]
    labels, docs = _folder(tmp_path, rows, {"X-001": _REPORT})
    assert main([str(docs), "--labels", str(labels)]) == 0
    out = capsys.readouterr().out
    assert "documents: 1 " in out
    assert "2 labelled documents have no text" in out


def test_the_scorer_lists_the_documents_it_has_no_text_for(tmp_path) -> None:
    """A new machine holds no texts: the list of what to collect again names each missing one by id, URL and title."""
    rows = [
        {
            "id": f"X-00{i}",
            "url": f"http://example.gov.cn/{i}.html",
            "title": f"报告{i}",
            "doc_type": "news",
            "agency": None,
            "year": None,
        }
        for i in (1, 2)
    ]
    labels, docs = _folder(tmp_path, rows, {"X-001": "青禾县召开会议\n本报讯 3月1日，青禾县召开会议。\n"})
    missing = tmp_path / "missing.tsv"
    assert main([str(docs), "--labels", str(labels), "--missing", str(missing)]) == 0
    assert missing.read_text(encoding="utf-8") == "X-002\thttp://example.gov.cn/2.html\t报告2\n"


def test_the_scorer_says_in_one_line_when_it_cannot_write_the_list(tmp_path, capsys) -> None:
    """A list of what to collect again that cannot be written is said, with a non-zero exit, before any scoring."""
    labels, docs = _folder(tmp_path, [{"id": "X-001", "doc_type": "news", "agency": None, "year": None}], {})
    assert main([str(docs), "--labels", str(labels), "--missing", str(tmp_path / "no" / "such" / "dir.tsv")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("cannot write ")


def test_rows_say_what_was_read_of_each_document_and_only_scores_the_frozen_list(tmp_path, capsys) -> None:
    """A development set is a list frozen before looking: --only scores it alone (the rest is held back), and
    --rows keeps each document's reading so that two commits can be compared document by document."""
    rows = [{"id": f"X-00{i}", "doc_type": "annual_report", "agency": "青禾县司法局", "year": 2024} for i in (1, 2)]
    labels, docs = _folder(tmp_path, rows, {"X-001": _REPORT, "X-002": _REPORT})
    only = tmp_path / "dev.txt"
    only.write_text("X-002\n", encoding="utf-8")
    out = tmp_path / "rows.jsonl"
    assert main([str(docs), "--labels", str(labels), "--only", str(only), "--rows", str(out), "-j", "2"]) == 0
    assert "documents: 1 " in capsys.readouterr().out
    (row,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert row["id"] == "X-002" and row["got"]["year"] == 2024 and row["got"]["doc_type"] == "annual_report"
    assert row["genre_ok"] and row["year_ok"] and row["agency_ok"] and not row["agency_wrong"]


def test_the_comparison_lists_what_a_change_broke_before_what_it_mended(tmp_path, capsys) -> None:
    from bench.realworld_diff import main as diff

    def row(id_: str, agency: str | None, ok: bool) -> str:
        return json.dumps(
            {
                "id": id_,
                "want": {"doc_type": "news", "year": None, "agency": "青禾县司法局"},
                "got": {"doc_type": "news", "year": None, "agency": agency},
                "genre_ok": True,
                "year_ok": True,
                "agency_ok": ok,
                "agency_wrong": agency is not None and not ok,
            },
            ensure_ascii=False,
        )

    before, after = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    before.write_text(row("X-001", None, False) + "\n" + row("X-002", "青禾县司法局", True) + "\n", encoding="utf-8")
    after.write_text(row("X-001", "青禾县司法局", True) + "\n" + row("X-002", "县委", False) + "\n", encoding="utf-8")
    assert diff([str(before), str(after)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "2 documents in both"
    changes = [line for line in lines if line.startswith(("BROKE", "MENDED"))]
    assert changes[0].startswith("BROKE") and "X-002" in changes[0] and "'县委'" in changes[0]
    assert any(line.startswith("MENDED agency_ok X-001") for line in changes)


def test_a_year_only_the_address_gives_is_not_asked_of_the_text_and_is_said_apart(tmp_path, capsys) -> None:
    """News dated 3月5日 at a URL of 2024/0306: the label keeps 2024 but marks it as not in the text, so the
    figure 'where stated' is over the years a text states, and those others are reported on their own line."""
    rows = [
        {"id": "X-001", "doc_type": "annual_report", "agency": "青禾县司法局", "year": 2024},
        {"id": "X-002", "doc_type": "news", "agency": "青禾县司法局", "year": 2024, "year_in_text": False},
    ]
    news = "青禾县司法局开展普法宣传\n3月5日，青禾县司法局在城区广场开展普法宣传。\n"
    labels, docs = _folder(tmp_path, rows, {"X-001": _REPORT, "X-002": news})
    assert main([str(docs), "--labels", str(labels)]) == 0
    out = capsys.readouterr().out
    assert "(1/1 where stated;" in out
    assert "1 labelled with a year the text never writes" in out
    assert "over every labelled year 50.0%" in out
