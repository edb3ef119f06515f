"""Genre, year and title on the shapes a blind set of real documents showed (issue 10, session 4, round 2).

Each text is written in our own words (places and bodies invented) and reproduces a shape, not a document: a body
that calls itself 我分局/我中心, a title with a drafter's note after it, a title broken after 关于印发, a report
opened with 现将…报告公开如下, a transmittal that starts at its addressees, a report on several years, a leader's
duty report, a mirror's page heading that repeats the title with another year.
"""

from __future__ import annotations

import pytest

from summarizer import summarize
from summarizer.clean import clean

PARTS = """一、2025年度法治政府建设的主要举措和成效
（一）健全依法决策机制。全年审查合同13份，组织执法人员培训6期。
二、存在的不足和原因
执法队伍力量仍然不足，原因是编制偏少。
三、2026年工作安排
（一）加强执法监督。"""

PLAN = """一、总体要求
以习近平法治思想为指导，全面推进依法行政。
二、主要任务
（一）健全依法决策机制。（责任单位：局法规科）
三、保障措施
加强组织领导。"""


def document(text: str):
    return summarize(text=text, engine="rules").document


SHAPES = [
    # (name, text, doc_type, year); ... where the year is not what the shape is about
    (
        "a site's column tag on a report's title",
        "【法治建设报告】省水利厅2025年度法治建设工作报告\n发布机构 | 青禾省水利厅 | 发文日期 | 2026-03-20 |\n"
        "2025年，青禾省水利厅在省委、省政府的领导下，坚持依法治水，全年审查规范性文件12件，办理行政复议案件3件。",
        "annual_report",
        2025,
    ),
    (
        "a formula that names another line of work",
        "为维护正常的渔业生产秩序，保护我县水产资源，现对渔政执法工作汇报如下：\n一、执法宣传工作\n"
        "通过发放宣传单、农村大喇叭等形式开展宣传。\n二、执法检查工作\n全年开展巡查40次，查处案件3起。",
        "other",
        None,
    ),
    (
        "a government work report under a site's headline about the sessions",
        "2026年青禾市两会召开时间议程安排，青禾市两会政府工作报告全文要点解读\n各位代表：\n"
        "现在，我代表青禾市人民政府向大会作政府工作报告，请予审议，并请各位政协委员提出意见。\n"
        "一、2025年工作回顾\n过去一年，全市地区生产总值增长6%。",
        "government_work_report",
        2025,
    ),
    (
        "news of a government work report, told in the third person",
        "青禾市十五届人大一次会议开幕\n本报讯 1月5日，青禾市十五届人大一次会议开幕，市长张某作政府工作报告。"
        "报告指出，过去一年全市地区生产总值增长6%。",
        "news",
        None,
    ),
    (
        "a maxim before the retrospective opening, no title",
        "法治是治国理政的基本方式，更是高质量发展的保障。2025年，在市委、市政府的领导下，全县法治政府建设工作"
        "以法治思想为指引，取得新成效。\n坚持高位推动 法治政府建设责任不断强化\n县政府常务会议学法4次。\n"
        "规范行政执法 执法质效不断提升\n全县办理行政处罚案件120件。",
        "annual_report",
        2025,
    ),
    (
        "a body speaking of itself as 我分局 and 我中心",
        "青禾市公安局东坡分局2025年法治政府建设年度报告\n"
        "2025年，我分局在区委、区政府的领导下，全面推进法治公安建设。我分局始终把法治建设摆在重要位置。\n"
        "我分局法制大队与我中心联合开展执法培训。\n" + PARTS,
        "annual_report",
        2025,
    ),
    (
        "a leader's own account told as 我",
        "青禾县水务局局长2025年度述法报告\n"
        "2025年，我认真履行推进法治建设第一责任人职责。我坚持带头学法，我主持召开专题会议4次。\n"
        "一、履职情况\n全年签批法治类文件3件。",
        "accountability_report",
        2025,
    ),
    (
        "a report on the leader's duty alone",
        "县统计局2025年主要负责人履行推进法治建设第一责任人职责情况报告\n"
        "2025年以来，在县委的坚强领导下，我带领全局干部依法统计。\n一、2025年工作总结\n全年组织学法6次。",
        "accountability_report",
        2025,
    ),
    (
        "a body's report that adds the leader's duty to its year's work",
        "青禾县水务局关于2025年度法治政府建设情况暨主要负责人履行推进法治建设第一责任人职责情况的报告\n"
        "2025年，县水务局坚持依法治水。现将有关情况报告如下：\n" + PARTS,
        "annual_report",
        2025,
    ),
    (
        "a transmittal notice with a drafter's note after its title",
        "当前位置：首页 > 政策法规\n"
        "印发贯彻《青禾省法治政府建设实施纲要（2026-2030年）》实施方案的通知（定稿）\n青禾住建发〔2026〕7号\n"
        "各市住房城乡建设主管部门：\n现将实施方案印发给你们，请认真贯彻执行。\n青禾省住房和城乡建设厅\n2026年3月8日\n"
        + PLAN,
        "implementation_plan",
        None,
    ),
    (
        "a notice whose title is broken after 关于印发",
        "青禾市水务局关于印发\n《贯彻落实<青禾市法治政府建设规划(2026-2030年)>实施方案》的通知\n青水发〔2026〕12号\n"
        "各区水务局：\n现将实施方案印发给你们，请结合实际认真贯彻执行。\n青禾市水务局\n2026年5月6日\n" + PLAN,
        "implementation_plan",
        None,
    ),
    (
        "a transmittal that starts at its addressees and names what it carries",
        "各县（区）人民政府，市政府各部门：\n"
        "《青禾市2026年度法治政府建设工作安排》已经市政府研究同意，现印发给你们，请认真贯彻执行。\n"
        "2026年5月19日\n青禾市2026年度法治政府建设工作安排\n"
        "2026年是“十五五”开局之年。全市法治政府建设工作要坚持以习近平法治思想为指导。\n"
        "一、深入学习贯彻习近平法治思想\n（一）抓好学习培训。\n二、2026年工作安排\n（一）健全依法决策机制。",
        "work_points",
        2026,
    ),
    (
        "a report on several years' work",
        "青禾旗人民政府关于2021-2025年度法治政府建设有关情况的报告\n"
        "青禾旗人民政府坚持依法行政，五年来法治政府建设取得明显成效。\n" + PARTS,
        "other",
        None,
    ),
    (
        "a report published with 公开如下, every line after a lost indent",
        "??根据中央有关要求，现将2025年青禾市法治政府建设情况的报告公开如下：\n"
        "??一、进一步健全法治政府建设领导体制\n??（一）领导体制进一步深化\n"
        "??全年召开专题会议4次，审查规范性文件36件。\n??二、存在的不足和原因\n??执法队伍力量仍然不足。",
        "annual_report",
        2025,
    ),
    (
        "a mirror's page heading above the title, with the site's year",
        "县 2026 年法治政府建设工作总结\n县2025年法治政府建设工作总结\n"
        "2025年，我县法治政府建设工作在市委、市政府的正确领导下扎实推进。\n" + PARTS,
        "annual_report",
        2025,
    ),
]


SHAPES += [
    (
        "a work report given early in the year reviews the year before",
        "青禾市交通局2026年工作报告\n——2026年2月6日在全市交通工作会议上\n"
        "今天会议的主要任务是：总结2025年全市交通工作，部署2026年工作任务。\n一、2025年工作回顾\n"
        "全年完成交通投资120亿元。\n二、2026年工作安排\n（一）加快项目建设。",
        "other",
        2025,
    ),
    (
        "a government work report whose review starts on the line after its heading",
        "青禾镇2026年政府工作报告\n——2026年2月27日在青禾镇第五届人民代表大会第三次会议上\n各位代表：\n"
        "现在，我代表镇人民政府向大会报告工作，请予审议。\n一、过去一年工作回顾\n"
        "2025年，我们坚持稳中求进，实现地区生产总值40亿元。\n二、2026年工作安排\n各位代表，新的一年任务艰巨。",
        "government_work_report",
        2025,
    ),
    (
        "an interpretation opening with the document it explains",
        "《青禾县2026年法治政府建设工作要点》已制定发布，为便于理解，现作如下解读。\n一、制定依据\n"
        "为有序推进《法治政府建设实施纲要（2026—2030年）》，结合本县实际制定。\n二、主要内容\n共6个方面22项任务。",
        "other",
        2026,
    ),
    (
        "a notice asking for reports, which carries no document",
        "青禾市人民政府办公室关于报告推进依法行政工作进展情况的通知\n各县（区）人民政府，市直各部门：\n"
        "为掌握全市依法行政工作进展，现就有关事项通知如下。\n一、报告内容\n（一）推进依法行政工作所采取的措施；\n"
        "（二）推进依法行政工作取得的成效；\n（三）存在的主要问题及整改情况。",
        "other",
        ...,
    ),
    (
        "a notice forwarding another body's work points",
        "青禾县司法局关于转发《青禾市2026年依法行政工作要点》的通知\n各乡镇司法所：\n"
        "现将《青禾市2026年依法行政工作要点》转发给你们，请结合实际抓好落实。\n一、深化放管服改革\n（一）精简审批事项。",
        "work_points",
        2026,
    ),
    (
        "news without its headline, a purpose clause before the subject and its 近日",
        "为深入推进依法行政，全面评价2025年度法治建设工作，青禾区依法治区办近日印发《2025年度全区法治政府建设考核方案》。\n"
        "本次考核采取日常考核和实地督察相结合的方式。\n通过开展年度考核，推动各单位依法行政。",
        "news",
        2025,
    ),
]


@pytest.mark.parametrize("name, text, doc_type, year", SHAPES, ids=[s[0] for s in SHAPES])
def test_genre_and_year_on_blind_set_shapes(name, text, doc_type, year):
    doc = document(text)
    assert doc.doc_type == doc_type
    if year is not ...:
        assert doc.report_year == year


def test_title_broken_after_guanyu_yinfa_is_one_title():
    doc = document(
        "青禾市水务局关于印发\n《贯彻落实<青禾市法治政府建设规划(2026-2030年)>实施方案》的通知\n青水发〔2026〕12号\n"
        "各区水务局：\n现将实施方案印发给你们。\n" + PLAN
    )
    assert doc.title == "青禾市水务局关于印发《贯彻落实<青禾市法治政府建设规划(2026-2030年)>实施方案》的通知"


def test_title_broken_after_the_place_of_what_it_issues_is_one_title():
    """省人民政府关于印发青禾省 / 2026年法治政府建设工作要点的通知: the second line is a whole title on its own, but
    the first, which holds 关于印发, begins it."""
    doc = document(
        "省人民政府关于印发青禾省\n2026年法治政府建设工作要点的通知\n青府发〔2026〕11号\n各市、县人民政府：\n"
        "现将《青禾省2026年法治政府建设工作要点》印发给你们，请认真贯彻执行。\n青禾省人民政府\n2026年4月4日"
    )
    assert doc.title == "省人民政府关于印发青禾省2026年法治政府建设工作要点的通知"
    assert (doc.doc_type, doc.report_year) == ("work_points", 2026)


def test_a_lead_in_ending_with_a_colon_is_not_the_title():
    doc = document("根据有关要求，现将2025年青禾市法治政府建设情况的报告公开如下：\n" + PARTS)
    assert doc.title is None
    assert (doc.doc_type, doc.report_year) == ("annual_report", 2025)


def test_mirror_heading_gives_way_to_the_documents_own_title():
    doc = document(
        "县 2026 年法治政府建设工作总结\n县2025年法治政府建设工作总结\n2025年，我县扎实推进依法行政。\n" + PARTS
    )
    assert doc.title == "县2025年法治政府建设工作总结"
    assert doc.evidence.report_year_source == "title"


# Debris a copy leaves, cleaned whatever made it (summarizer.clean)

SLICE = 80  # a sharing site cuts the text into slices of one length (300 on the sites seen); ours are shorter


def _sliced(text: str) -> str:
    slices = [text[i : i + SLICE] for i in range(0, len(text), SLICE)]
    return "\n".join(f"{n}、{piece}" for n, piece in enumerate(slices, 1))


ONE_LINE_BODY = (
    "2025年以来，青禾乡依法行政工作坚持以习近平法治思想为指导，紧紧围绕全乡中心工作，依法行政工作顺利推进。"
    "一、2025年主要工作 （一）健全制度、强化领导。乡政府始终把依法行政摆上重要议事日程，全年召开专题会议4次，"
    "审查合同13份，组织执法人员培训6期，办理行政复议案件5件。二、存在的不足和原因 执法队伍力量仍然不足，原因是编制偏少。"
    "三、2026年工作安排 （一）加强执法监督，提高执法水平。（二）加强学法用法，组织领导干部旁听庭审。"
)


def test_lost_indent_question_marks_are_cleaned_when_most_lines_carry_them():
    c = clean("??第一段写了工作。\n??一、主要举措\n??全年审查合同13份。\n普通一行。")
    assert c.text == "第一段写了工作。\n一、主要举措\n全年审查合同13份。\n普通一行。"
    # a line of the author's that starts with question marks stays when the document's lines do not
    kept = clean("??为什么要依法行政？\n一、主要举措\n全年审查合同13份。\n二、存在问题\n执法力量不足。")
    assert kept.text.startswith("??为什么")


def test_page_slices_of_a_sharing_site_are_one_text_again():
    text = "乡镇依法行政工作总结 " + ONE_LINE_BODY
    c = clean(_sliced(text))
    assert "1、" not in c.text and "2、" not in c.text
    assert c.text.split("\n")[0] == "乡镇依法行政工作总结"
    # the slices cut words; rejoined, they read whole again
    assert "审查合同13份" in c.text and "原因是编制偏少" in c.text
    doc = summarize(text=_sliced(text), engine="rules").document
    assert (doc.title, doc.doc_type) == ("乡镇依法行政工作总结", "annual_report")


def test_numbered_lines_of_the_author_are_no_slices():
    lines = ["1、" + "甲" * 130 + "。", "2、" + "乙" * 130 + "。", "3、" + "丙" * 90 + "。"]
    assert clean("\n".join(lines)).text.split("\n")[0].startswith("1、")


def test_a_one_line_copy_whose_breaks_became_spaces_gets_its_title_and_parts():
    raw = "2025年乡依法行政工作总结报告 " + ONE_LINE_BODY
    lines = clean(raw).text.split("\n")
    assert lines[0] == "2025年乡依法行政工作总结报告"
    assert "二、存在的不足和原因" in lines
    doc = summarize(text=raw, engine="rules").document
    assert (doc.title, doc.doc_type, doc.report_year) == ("2025年乡依法行政工作总结报告", "annual_report", 2025)


def test_title_with_the_pages_source_and_date_on_its_line():
    """A copy that put the page's byline and date on the title's line: the title is the part before them."""
    doc = document(
        "青禾市统计局2025年度法治政府建设情况报告 青禾市统计局 2026-03-08\n\n"
        "2025年，我局坚持以法治思想为指导，深入推进统计领域依法行政。\n" + PARTS
    )
    assert doc.title == "青禾市统计局2025年度法治政府建设情况报告"
    assert (doc.doc_type, doc.agency, doc.report_year) == ("annual_report", "青禾市统计局", 2025)
