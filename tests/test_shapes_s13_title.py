"""Titles, session 13 (issue 10): shapes from the labelled sets A–ER, blind sets of session 13 among them.

- A document-sharing site wraps a copy in its blurb (《某局2022年法治政府建设年度报告.docx》由会员分享，可在线阅读…)
  and runs the document's own title into its first words (1、某局2022年…年度报告某局2022年…xxxx年，我局…): the shared
  file's name is then the title, and the report's agency, year and genre are read from it. A title the copy prints
  on a line of its own comes first: a file's name may be shortened (…2022上半…汇报) where the document's is whole.

Each text is written in our own words (places, bodies and figures invented) and reproduces a shape, not a document.
"""

from __future__ import annotations

from .support.facts import document

_BLURB = "《{name}.docx》由会员分享，可在线阅读，更多相关《{name}.docx(8页珍藏版)》请在某某文库网上搜索。\n"
_RUN_ON = (
    "1、县文旅局2022年法治政府建设年度报告县文旅局2022年法治政府建设年度报告xxxx年，我局高度重视法治政府建设，"
    "坚持依法行政，不断开拓创新。现将xxxx年法治政府建设情况报告如下：一、主要举措和成效（一）健全组织机构"
    "局党组召开专题会议4次，研究部署法治政府建设工作。二、存在的不足和原因 执法人员业务能力有待提高。"
    "三、下一年度工作安排 持续抓好执法人员培训。\n"
)


def test_a_shared_files_name_is_the_title_of_a_copy_that_runs_its_own_into_the_text() -> None:
    doc = document(_BLURB.format(name="县文旅局2022年法治政府建设年度报告") + _RUN_ON)
    assert doc.title == "县文旅局2022年法治政府建设年度报告"
    assert (doc.agency, doc.report_year, doc.doc_type) == ("县文旅局", 2022, "annual_report")


def test_a_title_on_a_line_of_its_own_comes_before_a_shortened_file_name() -> None:
    text = (
        _BLURB.format(name="司法局2022上半公共法律服务工作汇报")
        + "司法局2022年上半年公共法律服务工作汇报\n"
        + "根据省、市关于公共法律服务工作的部署，我局紧紧围绕群众需求，加快推进公共法律服务体系建设。\n"
    )
    doc = document(text)
    assert doc.title == "司法局2022年上半年公共法律服务工作汇报"
    assert doc.report_year == 2022
