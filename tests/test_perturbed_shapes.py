"""Facts that survive the packagings real copies of a report add (bench/perturb.py finds the ones that break).

Each fixture is written in our own words and reproduces one packaging: a table pasted into a one-line copy, a news
app's byline, a mirror's heading with the site's year, a copy without its title, a template site's notes, a
fixed-width wrap."""

from __future__ import annotations

from summarizer.clean import clean


def test_a_long_row_of_table_cells_is_text_not_a_menu_and_is_read_at_once():
    # a disclosure report's table flattened into one row (as a one-line copy splits it): 150 bars, every cell short
    # but the last. The menu pattern, which could read a space or a bar two ways, took exponential time on it.
    row = "第一项 |" + "|".join(f"类别{k} |/ |/ |{k} |" for k in range(30))
    row += "|说明：本表所列数据均截至当年十二月三十一日"
    text = "某区统计局2023年政府信息公开工作年度报告\n一、总体情况\n" + row + "\n二、其他情况说明。"
    cleaned = clean(text)
    assert row in cleaned.text
    assert not cleaned.removed_lines
