"""Shapes found in session 76's reading, each written in our own words (see bench/realworld/COLLECTING.md).

Session 76 collected no openings. It read two whole district reports kept in a public repository, and the openings
already on the machine again. Its shapes: the principal leader's duty reported as one inline item of part ① (三是
履行第一责任人职责。…) rather than a part of its own."""

from summarizer import summarize

_TITLE = "宁川区人民政府关于2025年度法治政府建设情况的报告"


def _report(first_point: str, rest: tuple[str, ...] = ()) -> str:
    return "\n".join(
        [
            _TITLE,
            "现将有关情况报告如下：",
            "一、2025年主要工作情况",
            "（一）坚持党的领导，统筹推进法治政府建设",
            first_point,
            "（二）深化行政执法改革",
            "全区开展执法案卷评查2轮，抽查案卷180宗。",
            *rest,
            "二、存在问题",
            "基层执法人员力量相对薄弱。",
            "三、下一步工作计划",
            "一是持续深化执法改革；二是加强普法宣传。",
            "特此报告。",
            "宁川区人民政府",
            "2026年1月10日",
        ]
    )


def _duty(text: str) -> tuple[bool, bool, list[str], list[str]]:
    summary = summarize(text=text)
    frp = summary.first_responsible_person
    return frp.reported, frp.dedicated_section, [a.action for a in frp.actions], summary.compliance.missing


def test_an_item_titled_by_the_duty_is_the_duty_reported_in_passing() -> None:
    """The leaders' duty as the third of three inline items, its title naming no leader: reported, each sentence
    after the title one action, the item's neighbours left out."""
    point = (
        "一是深入学习法治思想。区政府常务会议学法6次。"
        "二是统筹部署年度任务。印发年度工作要点。"
        "三是严格履行推进法治建设第一责任人职责。区长主持召开专题会议3次研究法治政府建设。"
        "各街道主要负责人年终述法全覆盖。"
    )
    reported, dedicated, actions, missing = _duty(_report(point))
    assert reported and not dedicated
    assert actions == ["区长主持召开专题会议3次研究法治政府建设", "各街道主要负责人年终述法全覆盖"]
    assert "first_responsible_person" not in missing


def test_a_duty_item_with_quoted_words_and_a_responsibility_is_read_too() -> None:
    """三是…“第一责任人”责任 (quoted, 责任 for 职责), running to the next item of its paragraph."""
    point = "一是落实“第一责任人”责任。区委书记带头讲法治课1次。二是健全工作机制。建立法治督察联络员制度。"
    reported, _, actions, _ = _duty(_report(point))
    assert reported
    assert actions == ["区委书记带头讲法治课1次"]


def test_a_lone_duty_item_of_a_cut_copy_still_reports_the_duty() -> None:
    """一是 with no 二是 after it (the copy ends there): the paragraph after its title is the duty's report."""
    point = "一是落实第一责任人责任。区长多次主持召开常务会议研究立法计划。"
    reported, _, actions, _ = _duty(_report(point))
    assert reported
    assert actions == ["区长多次主持召开常务会议研究立法计划"]


def test_a_leader_doing_the_duty_inside_an_item_is_kept_to_that_item() -> None:
    """The leader's sentence runs on past ； into the next item: the action stops where the next item begins."""
    point = "一是党委统揽全局，书记、区长切实履行第一责任人责任，亲自研究法治工作；二是高位推动，建立月调度制度。"
    reported, _, actions, _ = _duty(_report(point))
    assert reported
    assert actions == ["党委统揽全局，书记、区长切实履行第一责任人责任，亲自研究法治工作"]


def test_another_fields_first_responsibility_is_not_the_duty() -> None:
    """全面从严治党第一责任人责任 is the party-discipline duty: the report has not reported this one."""
    point = "一是加强党建。二是党组书记切实履行全面从严治党第一责任人责任，专题研究党建工作4次。"
    reported, _, actions, missing = _duty(_report(point))
    assert not reported and actions == []
    assert "first_responsible_person" in missing


def test_the_duty_as_next_years_task_is_not_this_years_report() -> None:
    """一是压实第一责任人责任 under the plans: a task for next year, so the duty is still missing."""
    text = _report("区政府常务会议学法6次。").replace(
        "一是持续深化执法改革；二是加强普法宣传。", "一是压实第一责任人责任；二是加强普法宣传。"
    )
    reported, _, _, missing = _duty(text)
    assert not reported
    assert "first_responsible_person" in missing


def _labels(sentence: str) -> list[tuple[str, float, str]]:
    text = "\n".join(["平川县2025年法治政府建设年度报告", "一、主要举措和成效", "（一）推进执法改革。" + sentence])
    summary = summarize(text=text)
    return [(m.label, m.value, m.unit) for a in summary.achievements for m in a.metrics]


def test_a_districts_own_departments_are_counted_with_their_classifier() -> None:
    """11个区直执法部门: 个 counts the district's departments (区直), not 11 districts (个区)."""
    assert _labels("完成11个区直执法部门的执法主体公告工作。") == [("区直执法部门", 11, "个")]
    assert _labels("组织6个县属国有企业开展合规培训。") == [("县属国有企业", 6, "个")]


def test_the_things_counted_are_named_before_what_of_theirs_the_deed_was_about() -> None:
    """N个X的Y counts X where X is a noun of things a report counts; a quality before 的 stays with its noun."""
    assert _labels("审核9个重点项目的招标文件。") == [("重点项目", 9, "个")]
    assert _labels("聘任22名受聘的特邀监督员。") == [("受聘的特邀监督员", 22, "名")]


def test_a_count_ends_before_the_deed_started_on_it() -> None:
    """对需修订的15个文件启动修订工作: 文件 is counted, 启动 begins what was done to them."""
    assert _labels("对需修订的15个文件启动修订工作。") == [("文件", 15, "个")]
