"""bench/realworld_save.py files a collected page under the label its address belongs to, never over a kept one."""

from __future__ import annotations

import io

import pytest

from bench.realworld_save import main, save, url_key

KNOWN = {url_key("http://www.example.gov.cn/a/1.html"): ["ZZ-001", "ZY-004"]}


def test_an_address_written_another_way_is_the_same_page() -> None:
    assert url_key("https://example.gov.cn/a/1.html/") == url_key("http://www.example.gov.cn/a/1.html")
    assert url_key("http://example.gov.cn/a/2.html") != url_key("http://example.gov.cn/a/1.html")


def test_a_page_is_saved_under_every_label_with_its_address_and_never_overwritten(tmp_path) -> None:
    assert save(tmp_path, "https://example.gov.cn/a/1.html", "正文一", KNOWN) == ["SAVE ZZ-001", "SAVE ZY-004"]
    assert save(tmp_path, "http://www.example.gov.cn/a/1.html", "另一份", KNOWN) == ["HAVE ZZ-001", "HAVE ZY-004"]
    assert (tmp_path / "ZZ-001.txt").read_text(encoding="utf-8") == "正文一"


def test_an_unlabelled_address_saves_nothing(tmp_path) -> None:
    assert save(tmp_path, "http://other.gov.cn/x.html", "正文", KNOWN) == ["NOT LABELLED"]
    assert list(tmp_path.iterdir()) == []


def test_the_command_says_what_it_did_and_fails_on_nothing_to_save(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main([str(tmp_path), "http://other.gov.cn/x.html"]) == 1
    assert "EMPTY" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("正文"))
    assert main([str(tmp_path), "http://other.gov.cn/x.html"]) == 1
    assert capsys.readouterr().out.strip() == "NOT LABELLED"
    assert main([str(tmp_path)]) == 2


def test_the_todo_count_says_how_many_are_still_lacking(tmp_path, capsys) -> None:
    todo = tmp_path / "todo.tsv"
    todo.write_text("ZZ-001\thttp://a\t甲\nZZ-002\thttp://b\t乙\n", encoding="utf-8")
    (tmp_path / "ZZ-001.txt").write_text("正文", encoding="utf-8")
    assert main([str(tmp_path), "--todo", str(todo)]) == 0
    assert capsys.readouterr().out.strip() == "1 of 2 collected, 1 still lacking"


def test_a_folder_that_cannot_be_written_is_said_in_one_line_and_nothing_is_kept(tmp_path, monkeypatch, capsys) -> None:
    """A page that could not be written is no page kept: exit 2 with one line, and no file left to count as HAVE."""
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")
    docs = blocked / "docs"  # a folder under a file cannot be made
    monkeypatch.setattr("sys.stdin", io.StringIO("正文"))
    monkeypatch.setattr("bench.realworld_save.labels_by_url", lambda: KNOWN)
    assert main([str(docs), "http://example.gov.cn/a/1.html"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"cannot write to {docs}")


def test_a_write_that_fails_midway_leaves_no_text_behind(tmp_path, monkeypatch) -> None:
    def full_disk(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("pathlib.Path.replace", full_disk)
    with pytest.raises(OSError):
        save(tmp_path, "http://example.gov.cn/a/1.html", "正文", KNOWN)
    assert list(tmp_path.iterdir()) == []
