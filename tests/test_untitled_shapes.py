"""Facts of copies that lost their title or their line breaks: the body's own evidence names the writer and the
year, and a site's furniture, a superior body or a page word run into a name never does (bench/perturb.py's
no_title, one_line and spaced_line find these). Fixtures in our own words, one per mechanism."""

from __future__ import annotations

from summarizer.facts import org_name
from summarizer.models import Document
from summarizer.pipeline import prepare_source


def facts(text: str) -> Document:
    return prepare_source(text=text).document()


REPORT = (
    "2022年，溪口乡在市委、市政府的关心和支持下，扎实推进依法行政，各项工作取得新成效。现将工作情况报告如下：\n"
    "一、2022年度推进法治政府建设的主要举措和成效\n（一）强化组织领导。乡党委召开专题会议4次。\n"
    "二、存在的不足和原因\n执法人员培训不够。\n三、下一步工作安排\n继续推进依法行政。\n"
)


def test_a_sites_name_above_its_breadcrumb_is_not_the_writer_of_an_untitled_copy():
    for header in (
        "首页 >> 政府信息公开 >> 法定主动公开内容\n日期:2023年05月11日 点击:[]",
        "搜索位置\n匹配度\n排序\n发布日期: 2023-02-28",
    ):
        doc = facts("青禾市人民政府\n" + header + "\n" + REPORT)
        assert doc.agency != "青禾市人民政府", header
        assert doc.agency in (None, "溪口乡"), header
        assert doc.report_year == 2022


def test_an_untitled_copy_still_takes_the_writers_name_from_its_first_line_when_no_furniture_follows():
    doc = facts("青禾市司法局\n近年来，青禾市坚持依法行政，法治政府建设取得明显成效。我局牵头推进各项改革。\n")
    assert doc.agency == "青禾市司法局"


def test_a_body_the_writer_works_under_is_not_the_writer():
    text = (
        "青禾市气象局\n2021年，在青禾市气象局党组和溪口县委县政府的正确领导下，我局认真贯彻法治政府建设部署，"
        "依法履行气象管理职能。现将我局2021年法治建设工作情况报告如下：\n一、强化制度建设\n我局修订内控制度3项。\n"
    )
    doc = facts(text)
    assert doc.agency != "青禾市气象局"
    assert doc.report_year == 2021


def test_a_page_word_run_onto_a_name_by_a_one_line_copy_is_no_part_of_it():
    # the breadcrumb's last word, or a metadata row's value, glued to the title when the copy lost its breaks
    for glued in ("首页> 政务公开> 公开年报", "体裁分类: 报告 有效性: 有效"):
        text = (
            f"{glued}溪口省交通运输厅关于2022年度法治政府建设情况的报告\n来源:溪口省交通运输厅【打印】\n"
            "现将我厅2022年度法治政府建设情况报告如下：\n一、主要举措和成效\n（一）加强组织领导。\n"
        )
        assert facts(text).agency == "溪口省交通运输厅", glued
    # a place's court keeps its full name though 人民法院 stands alone elsewhere in the text
    court = "温川市中级人民法院关于2022年度行政审判工作情况的报告\n2022年，人民法院依法审理行政案件86件。\n"
    assert facts(court).agency == "温川市中级人民法院"


def test_a_byline_and_the_titles_short_form_run_together_are_one_name():
    assert org_name("溪口市生态环境局市生态环境局") == "溪口市生态环境局"
    assert org_name("溪口市生态环境局") == "溪口市生态环境局"


def test_a_title_whose_year_the_opening_contradicts_gives_way_to_the_bodys_evidence():
    body = (
        "2019年，我县法治政府建设工作在市委、市政府的正确领导下，依法履职尽责，取得新成效。\n"
        "一、高度重视法治政府建设\n我县印发《青禾县2019年法治政府建设工作要点》。\n"
    )
    # a mirror's heading with the site's year, left on top when the copy lost the document's own title
    # the title's year is dropped; the year the body names most (its own 2019 documents) stands, said as such
    doc = facts("县 2022 年法治政府建设工作总结\n" + body)
    assert doc.report_year == 2019 and doc.evidence.report_year_source == "body"
    assert facts("县 2022 年法治政府建设工作总结\n2019年，我县法治政府建设取得新成效。\n").report_year != 2022
    doc = facts("县2019年法治政府建设工作总结\n" + body)
    assert doc.report_year == 2019 and doc.evidence.report_year_source == "title"


def test_a_campaigns_name_or_two_bodies_joined_are_no_agency():
    # an untitled town report that names its own campaign plan: 《某镇法治乡镇创建活动实施方案》 is no place
    text = (
        "2019年，在区委、区政府的正确领导下，我镇始终坚持依法治镇。现将工作情况汇报如下：\n"
        "一、主要工作措施及成效\n我镇及时制定了《溪口镇法治乡镇创建活动实施方案》，全面安排部署。\n"
    )
    assert facts(text).agency in (None, "溪口镇")
    assert org_name("溪口镇法治乡镇", place=True) is None
    assert org_name("溪口镇", place=True) == "溪口镇"
    # 党委和政府: two bodies joined; a department's 和 joins two fields and stays
    assert org_name("自治区党委和政府") is None
    assert org_name("青禾市住房和城乡建设局") == "青禾市住房和城乡建设局"


def test_an_addressee_run_into_the_first_sentence_is_the_reader_not_the_writer():
    body = (
        "在全面建设社会主义现代化国家新征程上，溪口街道办事处坚持依法行政，系统推进法治政府建设。"
        "现将2025年工作情况总结如下：一、全年工作完成情况 街道召开专题会议6次。"
    )
    for addressee in ("青禾区委全面依法治区委员会:", "中共青禾区委、区人民政府：", "青禾区委全面依法治区委员会: "):
        doc = facts(addressee + body)
        assert doc.agency == "溪口街道办事处", addressee


def test_a_name_is_never_cut_inside_its_place():
    text = "溪峰新区卫生健康局关于2022年度法治政府建设情况的报告\n2022年，新区卫生健康局坚持依法行政。\n"
    assert facts(text).agency == "溪峰新区卫生健康局"
