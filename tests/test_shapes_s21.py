"""Shapes of session 21 (issue 10), from the development texts and the blind sets HV–: a portal's title bar kept as a
page's first line, a page's text-size controls between its date line and its lead.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from summarizer.models import DocType

from .support.facts import document


def test_a_portal_title_bar_hides_no_name() -> None:
    # 某市2018年法治政府建设情况报告_栏目_某市人民政府门户网站 over the title: the bar's underscores part the page's
    # title, column and site; they are no placeholder of an anonymised copy (__县教育局)
    text = (
        "青川市2019年法治政府建设情况报告_法治政府建设情况报告_青川市人民政府门户网站\n"
        "青川市2019年法治政府建设情况报告\n"
        "2020-01-20 15:36 来源: 青川市司法局\n"
        "2019年，我市各级行政机关深入贯彻法治政府建设实施纲要，依法行政水平进一步提高。现将有关情况报告如下：\n"
        "一、主要举措和成效\n"
        "（一）加强组织领导。市政府常务会议专题研究法治政府建设6次。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.annual_report
    assert doc.agency == "青川市"
    assert doc.report_year == 2019


def test_an_anonymised_copy_still_names_no_one() -> None:
    # the twin: a template's blank before the name (__县司法局2019年…) is still a placeholder
    text = (
        "__县司法局2019年法治政府建设情况报告\n"
        "2019年，__县司法局在县委、县政府的坚强领导下，深入推进依法行政。现将有关情况报告如下：\n"
        "一、主要举措和成效\n"
        "（一）加强组织领导。局党组专题研究法治政府建设4次。\n"
    )
    assert document(text).agency is None


def test_a_text_size_control_between_date_line_and_lead_keeps_the_page_date() -> None:
    # 时间:2019-08-02 来源:… / 字号: / 近日，县司法局…: the control row is furniture, the date line dates the item
    text = (
        "县司法局推进公共法律服务站点建设\n"
        "时间:2020-08-03 来源:公法股 浏览次数:-\n"
        "字号:\n"
        "为落实全市公共法律服务工作会议精神，近日，县司法局组织人员深入各镇、村对公共法律服务站点进行调查摸底。\n"
        "据悉，全县已建成示范性公共法律服务工作站6个。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.report_year == 2020


def test_a_feature_posted_weeks_after_its_event_is_of_that_year() -> None:
    # 更新时间:2024-11-11 over 9月4日下午，某区组织开展…旁听庭审: a page posted two months after its event dates it
    text = (
        "旁听庭审学法用法\n"
        "文章来源:青川区司法局 更新时间:2023-11-10 09:34 浏览数:-\n"
        "字体大小: 大 中 小\n"
        "保护视力色:\n"
        "为进一步提升国家工作人员法治素养，9月26日下午，青川区组织开展领导干部旁听庭审活动，"
        "全区各街道、部分执法单位领导干部约30人到庭旁听。\n"
        "本次旁听庭审选取了一起行政赔偿案件。\n"
    )
    doc = document(text)
    assert doc.doc_type == DocType.news
    assert doc.report_year == 2023


def test_a_copy_posted_months_after_the_event_dates_nothing() -> None:
    # the twin: a date line eight months after the lead's day is a later copy's, not the event's page
    text = (
        "旁听庭审学法用法\n"
        "更新时间:2024-05-10 09:34\n"
        "为进一步提升国家工作人员法治素养，9月26日下午，青川区组织开展领导干部旁听庭审活动，"
        "全区各街道、部分执法单位领导干部约30人到庭旁听。\n"
        "本次旁听庭审选取了一起行政赔偿案件。\n"
    )
    assert document(text).report_year is None


def test_a_span_of_days_after_a_full_date_is_dated_by_that_date() -> None:
    # 2026-01-23 发布 over 会议于2023年5月20日至22日…举行: the span's last day follows the lead's own full date,
    # never the posting's (which would make it a meeting of 22 January 2026)
    text = (
        "2026-01-23 发布于某文库\n"
        "自治区人大常委会举行第十二次会议\n"
        "会议于2023年5月20日至22日在自治区政府会议中心举行，会议听取和审议了自治区人民政府关于法治政府建设情况的报告。\n"
        "会议期间，与会人员认真审议各项报告。\n"
    )
    assert document(text).report_year != 2026
