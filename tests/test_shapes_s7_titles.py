"""The issuing agency, session 7: a title whose line break falls inside its writer's name.

Found on a development document: a consultative body's work report set its title over three lines, the break
inside the name (中国人民政治协商会议 / 某市第N届委员会常务委员会 / 工作报告), and the agency came out as the second line
alone, a body that does not exist. Texts in our own words; places and bodies invented.
"""

from __future__ import annotations

from summarizer.facts.names import broken_name
from tests.support.facts import document

_BROKEN = (
    "青禾市人民政府门户网站\n"
    "当前位置：首页 > 两会专题 > 重要报告\n"
    "中国人民政治协商会议青禾市第九届委员会常务委员会工作报告\n"
    "中国人民政治协商会议\n"
    "青禾市第九届委员会常务委员会\n"
    "工 作 报 告\n"
    "——在政协青禾市第九届委员会第三次会议上\n"
    "各位委员：\n"
    "我代表政协青禾市第九届委员会常务委员会，向大会报告工作，请予审议。\n"
    "一、过去一年的工作\n"
    "一年来，常委会围绕中心、服务大局，全年召开常委会议6次，提交提案215件。\n"
)


def test_a_name_broken_over_the_titles_lines_is_read_whole() -> None:
    doc = document(_BROKEN)
    assert doc.agency == "中国人民政治协商会议青禾市第九届委员会常务委员会"
    quote = doc.evidence.agency
    assert quote is not None and "".join(quote.text.split()) == doc.agency
    assert doc.evidence.agency_source == "title"


def test_a_name_alone_on_the_titles_first_line_stays_that_name() -> None:
    text = (
        "青禾县司法局\n"
        "关于2024年度法治政府建设情况的报告\n"
        "县委、县政府：\n"
        "2024年，我局深入推进依法行政，现将有关情况报告如下。\n"
    )
    assert document(text).agency == "青禾县司法局"


def test_a_year_on_the_titles_first_line_joins_no_name() -> None:
    text = (
        "2024年\n"
        "青禾县司法局法治政府建设工作情况报告\n"
        "2024年，县司法局在县委、县政府的坚强领导下，扎实推进法治政府建设。现将有关情况报告如下。\n"
    )
    assert document(text).agency != "2024年青禾县司法局"


def test_a_name_broken_over_two_lines_under_another_title_is_read_whole() -> None:
    text = "\n".join(line for line in _BROKEN.split("\n") if not line.endswith("工作报告"))  # a copy without its title
    assert document(text).agency == "中国人民政治协商会议青禾市第九届委员会常务委员会"


def test_a_years_debris_above_a_name_joins_nothing() -> None:
    assert broken_name("年年", "最高人民法院") is None
    assert broken_name("中国人民政治协商会议", "青禾市第九届委员会常务委员会") is not None
