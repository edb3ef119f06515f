"""The issuing agency, session 7: what a page's last lines and credits do not say about its writer.

Found on blind sets (AR, AQ): a notice naming model units, cut inside its list (名单如下 / 某市财政局 / 某市农业农村局 /
…), was signed by the first unit of the list; and a school's news item credited its photograph (图片来源：某学院), which
we read as the page's source. Texts in our own words; bodies invented.
"""

from __future__ import annotations

from summarizer.facts.lines import closing_line, source_field
from tests.support.facts import document


def test_a_list_of_units_at_the_end_signs_nothing() -> None:
    text = (
        "近年来，全省各级政府及其工作部门坚持以习近平法治思想为指导，全面推进依法行政，加快法治政府建设，涌现出一批"
        "经得起实践检验、获得各方面广泛认可的先进典型。\n"
        "为激励先进、推广典型，经各地推荐、综合评审，确定以下单位为全省法治政府建设先进典型。名单如下。\n"
        "市县部门（单位）\n"
        "青山市财政局\n"
        "青山市农业农村局\n"
        "青禾市司法局\n"
        "青禾市市场监管局\n"
    )
    assert closing_line(text) is None
    assert document(text).agency is None


def test_a_signature_of_two_bodies_still_signs() -> None:
    text = "……特此报告。\n中共青禾县委员会办公室\n青禾县人民政府办公室\n"
    assert closing_line(text) is not None


def test_a_photographs_credit_is_not_the_pages_source() -> None:
    text = "12月6日，青山市法学会法理学分会学术年会在我校举行。\n图片来源：文法学院\n会上，文法学院副院长致辞。\n"
    assert source_field(text) is None
    assert source_field("青山市司法局\n来源：青山市司法局\n") is not None


def test_a_places_joint_issuers_under_the_title_give_its_government() -> None:
    text = (
        "印发《青山市法治政府建设实施方案（2021—2025年）》的通知\n"
        "中共青山市委 青山市人民政府\n"
        "青发〔2022〕13号\n"
        "各区党委，市委各部门，市级国家机关各部门：\n"
        "现将《青山市法治政府建设实施方案（2021—2025年）》印发给你们，请结合实际认真贯彻落实。\n"
    )
    assert document(text).agency == "青山市人民政府"
