"""Genre and year, session 5 round 2 (issue 10): shapes of the work reports a congress hears from bodies other than
the government, reports that bundle next year's plans, plans by a court or a party centre, reposts, and a report's
body copied without its title.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

import pytest

from summarizer.models import DocType

from .support.facts import document


def _plenary(title: str, delivered: str, speaker: str, body: str, review: str) -> str:
    return (
        f"{title}\n——{delivered}在青禾省第九届人民代表大会第三次会议上\n{speaker}\n各位代表：\n"
        f"现在，我代表{body}向大会报告工作，请予审议，并请省政协各位委员提出意见。\n{review}\n"
        "过去一年，在省委坚强领导下，全省办理各类案件12000件，同比上升5%。\n"
        "一、服务大局\n依法办理经济犯罪案件300件。\n"
    )


PLENARY_YEARS = [
    # (name, text, year)
    (
        "a procuratorate's report whose review is a heading of its own",
        _plenary(
            "青禾省人民检察院工作报告", "2024年1月20日", "青禾省人民检察院检察长 某某", "省人民检察院", "2023年工作回顾"
        ),
        2023,
    ),
    (
        "a court's report whose review names its line of work",
        _plenary("青禾省高级人民法院工作报告", "2024年1月21日", "院长 某某", "省高级人民法院", "2023年审判工作回顾"),
        2023,
    ),
    (
        "a CPPCC standing committee's report, part one reviewing the year",
        "青禾省政协常务委员会工作报告\n——在政协青禾省第十届委员会第二次会议上\n(2024年1月18日)\n某某\n各位委员：\n"
        "我代表政协青禾省第十届委员会常务委员会，向大会报告工作，请予审议。\n一、2023年工作回顾\n"
        "2023年是全面贯彻党的二十大精神的开局之年。常委会召开协商会议12次。\n",
        2023,
    ),
    (
        "a procuratorate's report dated only by its delivery early in a year",
        _plenary("青禾市人民检察院工作报告", "2024年2月2日", "检察长 某某", "市人民检察院", "一、主要工作"),
        2023,
    ),
    (
        "a report at a new term's first session reviews the whole term",
        _plenary("青禾市人民检察院工作报告", "2024年1月9日", "检察长 某某", "市人民检察院", "过去五年工作回顾"),
        None,
    ),
    (
        "a report to a standing committee's plenary late in the year",
        _plenary("青禾区人大常委会工作报告", "2023年12月15日", "主任 某某", "区人大常委会", "一、主要工作"),
        None,
    ),
]


@pytest.mark.parametrize("name,text,year", PLENARY_YEARS, ids=[c[0] for c in PLENARY_YEARS])
def test_a_work_report_to_a_congress_reports_on_the_year_it_reviews(name, text, year):
    doc = document(text)
    assert doc.doc_type == DocType.other  # not the government's work report, whoever delivers it
    assert doc.report_year == year


def test_a_government_work_report_reviewing_the_whole_term_reports_on_no_single_year():
    text = (
        "政府工作报告\n——2024年1月8日在青禾市第十届人民代表大会第一次会议上\n市长 某某\n各位代表：\n"
        "现在，我代表市人民政府向大会报告工作，请予审议。\n一、过去五年工作回顾\n"
        "五年来，全市地区生产总值由2018年的800亿元提高到1100亿元。\n二、今后五年的目标任务\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.government_work_report
    assert doc.report_year is None


BUNDLES = [
    # (name, title, doc_type)
    ("情况和…工作计划", "区农业局2023年法治政府建设情况和2024年工作计划", DocType.annual_report),
    ("情况及…工作打算", "青禾镇2023年依法行政工作情况及2024年工作打算", DocType.annual_report),
    (
        "总结和…计划 with a site's tag after it",
        "市档案馆2023年法治建设工作总结和2024年工作计划热点资讯",
        DocType.annual_report,
    ),
    ("a bureau's general summary with its plan stays other", "区林业局2023年工作总结及2024年工作计划", DocType.other),
    ("a plan alone stays points", "区农业局2024年法治政府建设工作计划", DocType.work_points),
]


@pytest.mark.parametrize("name,title,doc_type", BUNDLES, ids=[c[0] for c in BUNDLES])
def test_a_report_on_a_year_with_next_years_plans_appended_is_typed_by_its_report(name, title, doc_type):
    text = (
        f"{title}\n2023年，在区委、区政府的领导下，我局认真落实各项工作任务。\n"
        "一、主要工作\n全年办理案件20件。\n二、下一步工作计划\n继续推进各项工作。\n"
    )
    doc = document(text)
    assert doc.doc_type == doc_type
    if doc_type is not DocType.work_points:
        assert doc.report_year == 2023


PLANS = [
    # (name, text, doc_type)
    (
        "a court's opinion that is a five-year reform programme",
        "青禾省高级人民法院关于深化执行体制改革的意见——青禾法院第二个三年改革纲要(2024—2026)\n"
        "全省各中级人民法院：\n现将本意见印发，请认真贯彻落实。\n一、总体要求\n到2026年，基本建成执行工作长效机制。\n",
        DocType.implementation_plan,
    ),
    (
        "a ministry's notice carrying a directive opinion",
        "关于印发《关于进一步加强系统企业合规管理的意见》的通知\n各所属企业：\n"
        "为推进依法治企，我们制定了《关于进一步加强系统企业合规管理的意见》，现印发给你们，请认真贯彻落实。\n"
        "一、总体要求\n(一)指导思想。坚持依法治企。\n",
        DocType.implementation_plan,
    ),
    (
        "a wire's full text of a party centre's opinion, the wire's dateline above it",
        "新华社北京5月3日电\n青禾省委关于加强新时代行政复议工作的意见\n(2024年4月10日)\n"
        "行政复议是化解行政争议的主渠道。为进一步加强行政复议工作，现就有关事项提出如下意见。\n"
        "一、总体要求\n坚持以人民为中心。\n",
        DocType.implementation_plan,
    ),
    (
        "an opinion without its title, known by its opening formula",
        "为加快建设法治政府，根据有关规定，现结合本区实际，提出以下意见。\n"
        "一、充分认识重要意义\n二、明确目标任务\n三、加强组织领导\n",
        DocType.implementation_plan,
    ),
    (
        "an opinion a congress's committee gave on a report is no plan",
        "青禾市人大常委会关于市政府法治政府建设情况报告的审议意见\n市人民政府：\n"
        "市人大常委会第十次会议听取了市政府关于2023年法治政府建设情况的报告。现将审议意见转去，请研究处理。\n",
        DocType.other,
    ),
    (
        "a repost tag on a report that is not news",
        "学校网站 旧版回顾\n【转发】关于《青禾学院章程(草案)》修订情况的报告\n2024年03月04日 浏览次数:\n"
        "副院长 某某\n(2024年3月3日)\n一、修订的背景\n章程是学校依法办学的基本准则。\n",
        DocType.other,
    ),
]


@pytest.mark.parametrize("name,text,doc_type", PLANS, ids=[c[0] for c in PLANS])
def test_opinions_and_programmes_that_set_tasks_are_plans(name, text, doc_type):
    doc = document(text)
    assert doc.doc_type == doc_type
    if doc_type is DocType.implementation_plan:
        assert doc.report_year is None  # a plan for years to come reports on none


def test_an_annual_report_citing_an_opinion_stays_a_report():
    text = (
        "青禾县司法局2023年法治政府建设情况报告\n"
        "2023年，县司法局认真贯彻《中共中央关于加强新时代行政复议工作的意见》，现将有关情况报告如下：\n"
        "一、主要举措和成效\n全年办理复议案件30件。\n二、存在的不足\n三、下一步工作打算\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.annual_report
    assert doc.report_year == 2023


BODIES = [
    # (name, text, doc_type, year)
    (
        "a rule-of-law report's body copied from its first item, with the year's counts",
        "(一)推进领导干部学法用法\n1.坚持集中学法。局党组全年集中学习法律法规10次。2023年全局干部在线学法考试积分"
        "共计3200分。\n2.落实法律顾问制度。法律顾问全年审查合同18份，办结信访案件4件。\n"
        "(二)深化法治政府建设\n1.规范行政执法。完成了120项行政职权的清理，评查行政执法案卷90份。\n",
        DocType.annual_report,
        2023,
    ),
    (
        "a plan's tasks copied from their first item stay other",
        "(一)推进领导干部学法用法\n1.坚持集中学法。局党组要坚持每季度集中学法不少于1次，确保全年学法不少于4次。\n"
        "2.落实法律顾问制度。要按照规定聘请法律顾问，2024年底前完成合同审查制度的修订。\n"
        "(二)深化法治政府建设\n1.规范行政执法。要全面落实行政执法三项制度，力争执法案卷合格率达到100%。\n",
        DocType.other,
        None,
    ),
]


@pytest.mark.parametrize("name,text,doc_type,year", BODIES, ids=[c[0] for c in BODIES])
def test_a_reports_body_without_title_or_opening_is_read_from_what_it_tells_was_done(name, text, doc_type, year):
    doc = document(text)
    assert doc.doc_type == doc_type
    assert doc.report_year == year


def test_a_puda_summarys_body_from_its_first_item_stays_other():
    text = (
        "(一)健全组织机构。为做好“八五”普法工作，2023年3月，我局调整了普法工作领导小组，全年召开会议4次。\n"
        "(二)落实普法责任。印发普法责任清单，开展普法宣传活动12场，发放普法资料3000份，组织行政执法人员培训2次。\n"
        "(三)创新普法形式。依托新媒体开展普法，推送普法信息120条，普法覆盖面不断扩大，依法行政意识提升。\n"
    )
    assert document(text).doc_type == DocType.other


ONE_LINE = [
    # (name, text, doc_type)
    (
        "a report whose title, a site's tag and its opening ran together",
        "区农业局2023年法治政府建设情况和2024年工作计划热点资讯导读:2023年，区农业局在区委、区政府的领导下，"
        "深入贯彻习近平法治思想，推进依法行政，全年办理行政许可120件。一、加强法治学习，局党组集中学法10次。"
        "二、规范行政执法，办结执法案件30件。三、2024年工作计划，继续推进依法行政。",
        DocType.annual_report,
    ),
    (
        "news whose headline names a report stays no report",
        "青禾日报 要闻青禾州人大常委会审议州政府2023年法治政府建设工作情况报告发布日期:2024-05-19 "
        "4月26日，州人大常委会第十次会议听取和审议了州人民政府关于2023年法治政府建设工作情况的报告。会议认为，"
        "州政府推进依法行政成效明显。会议要求，持续提升依法行政水平。",
        None,
    ),
]


@pytest.mark.parametrize("name,text,doc_type", ONE_LINE, ids=[c[0] for c in ONE_LINE])
def test_a_title_run_into_a_one_line_copy_gives_its_genre(name, text, doc_type):
    doc = document(text)
    if doc_type is None:
        assert doc.doc_type != DocType.annual_report
    else:
        assert doc.doc_type == doc_type
        assert doc.report_year == 2023


def test_a_report_on_the_years_since_a_year_names_no_one_year():
    text = (
        "青禾市中级人民法院\n主任、副主任、各位委员：\n"
        "按照市人大常委会的安排，我院对2015年以来的行政审判工作进行了全面回顾。"
        "现将青禾法院2015年以来的行政审判工作情况报告如下：\n一、基本情况\n"
        "2015年1月至2018年6月底，全市法院共受理一审行政案件1200件，审结1100件。2015年收案300件。\n"
    )
    assert document(text).report_year is None
