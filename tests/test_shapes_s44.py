"""Shapes of session 44 (issue 10), found on real documents nobody here wrote.

Each text is written in our own words (bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer import summarize

# a mirror's copy that starts at part 一 with no title: its work is told done by what was set up, held and cut
# (建成, 举办, 取消) and by its counts, never by the words a report most often uses (印发, 召开, 全年)
_STARTS_AT_PART_ONE = (
    "一、加强统筹部署，全面推进法治政府建设\n"
    "(一)健全工作机制。制定我市贯彻落实法治政府建设实施纲要的实施意见，明确今后五年依法行政的主要任务。\n"
    "(二)提高领导干部法治意识。举办依法行政专题培训班，对各区政府和市政府各部门分管法制工作的负责人集中培训。\n"
    "(三)强化考核评价。完成对12个区和30个市级部门上年度依法行政情况的考核。\n"
    "二、依法履行政府职能\n"
    "(一)深化行政审批制度改革。取消行政审批事项41项，调整合并9项，建成网上办事大厅。\n"
)


def test_an_untitled_copy_from_part_one_that_tells_work_done_is_the_report() -> None:
    d = summarize(text=_STARTS_AT_PART_ONE).document
    assert d.doc_type == "annual_report"


# …and the same opening turned into tasks (要…, 确保年底前完成, 力争), with no count of work done, is no report
def test_an_untitled_list_of_tasks_from_part_one_is_not_a_report() -> None:
    tasks = (
        _STARTS_AT_PART_ONE.replace("制定我市", "要制定我市")
        .replace("举办依法", "要坚持举办依法")
        .replace("完成对", "确保年底前完成对")
        .replace("取消行政", "力争取消行政")
        .replace("12个区和30个", "各区和")
        .replace("41项，调整合并9项", "一批")
    )
    d = summarize(text=tasks).document
    assert d.doc_type != "annual_report"


# a county office's report under the prefecture's portal name: the office has a second name in brackets and the
# title names its Party group (某县某委办(某局)党组2025年度…报告); the portal's name above is no part of the title
_SECOND_NAME_PARTY_GROUP = (
    "青川市人民政府\n"
    "今天是: 2018年9月10日 星期一\n"
    "当前位置: 首页 > 通知公告\n"
    "松林县语委办(编译局)党组2025年度法治政府建设年度报告\n"
    "2026-01-13 17:00:00 来源:县语委办(编译局)\n"
    "2025年,松林县语委办(编译局)党组深入学习贯彻习近平法治思想,扎实推进法治政府建设。现将本年度工作情况报告如下:\n"
    "一、2025年度推进法治政府建设的主要举措和成效\n"
    "全年组织法治专题学习4次,开展执法检查6次。\n"
)


def test_a_bodys_party_group_under_a_second_name_is_the_body_not_the_portal() -> None:
    d = summarize(text=_SECOND_NAME_PARTY_GROUP).document
    assert d.doc_type == "annual_report"
    assert d.agency == "松林县语委办(编译局)"
    assert d.title == "松林县语委办(编译局)党组2025年度法治政府建设年度报告"
