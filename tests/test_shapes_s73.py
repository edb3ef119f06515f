"""Shapes found in session 73's documents, each written in our own words (see bench/realworld/COLLECTING.md).

Session 73 collected no openings (see COLLECTING.md); its shapes come from the seeds' packagings, the whole work
reports of the fetched corpora and the openings already labelled."""

from summarizer import summarize

from .support.facts import one_line

# A department's plan whose part heading is two clauses of like length, and whose first task under part 二 lost its
# number: the task's paragraph opens on 持续 (持续抓好…), right under the heading.
_UNNUMBERED_FIRST_TASK = (
    "青禾市卫生健康委员会法治政府建设实施方案（2024—2026年）\n"
    "为深入推进依法行政，结合本委工作实际，制定本实施方案。\n"
    "一、完善依法决策机制，提升依法行政水平\n"
    "（一）严格落实重大行政决策程序。重大决策事项全部经过合法性审查和集体讨论。（责任科室：法规科）\n"
    "二、健全机构职能体系，推动更好履行部门职责\n"
    "持续抓好传染病常态化防控。坚持精准防控和应急处置相结合，动态完善各项应急预案。（责任科室：疾控科）\n"
    "（三）全面实行权责清单制度。落实清单公开和动态管理机制，定期评估执行情况。（责任科室：法规科）\n"
)


def test_a_task_that_lost_its_number_under_a_two_clause_part_heading_stays_a_task_in_one_line() -> None:
    # 二、健全机构职能体系，推动更好履行部门职责持续抓好…: the heading's second clause is as long as its first, and the
    # paragraph run into it opens on 持续; the one-line copy reads the task as the plain text does, not as the
    # heading's words
    def tasks(text: str) -> list[str]:
        return [plan.action for plan in summarize(text=text).plans]

    plain = tasks(_UNNUMBERED_FIRST_TASK)
    assert "持续抓好传染病常态化防控" in plain
    assert tasks(one_line(_UNNUMBERED_FIRST_TASK)) == plain
