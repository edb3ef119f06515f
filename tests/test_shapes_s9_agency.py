"""Agencies, session 9 (issue 10): shapes from the blind sets BL–BQ.

- A 政协 and its standing committee are bodies of their own (县政协, 县政协常委会, 省政协常委会): a name is whole with
  their suffix, where the name reader stopped at 常委 (people, not a body) or read nothing.
- A session that hears two bodies' reports joined by 和 (…的报告和某局…的报告) heard two bodies, as one listing them
  with 、 does; the 和 inside a name (住房和城乡建设局) joins nothing.
- Where people came from is no body (来自该县…主管部门负责人): 来自 and a pointed-at place (该县) never stand inside a
  name.
- A news headline's subject may come with the manner of its deed (某局积极开展…, 某局多种形式开展…); but a place's
  headline (某市多举措加强…) whose story points at its body as 该局 tells a bureau's work, and names no writer.
- Joint issuers stacked one per line above a notice's 关于 line (某县科学技术局 / 某县财政局 / 关于印发…): the first
  listed leads; a line of another place above (a site's name) is not an issuer.
- A rule's words (暂行, …管理办法 read as …管理办) and a spam site's (下载, 官网) never stand in a name.
- A lead whose subject is a body's head, dated in full (2021年3月23日，某局局长某某主持召开…), names the head's body
  as a lead dated by month and day does (BL-011 read 上海市, a meeting's place, instead).
- A rule's title never runs into its issuer's name (某市…管理办法 over 某省某市人民政府: 办法, 条例, 细则 stand in no
  name); an honour a place strives for (创建全国平安先进区, 示范市) is no place.
- A verb of the work before a level word is no place (抓好镇机关: 抓好 + 镇机关, BY-021's fragment 抓好镇).
- People's organisations (县妇联, 区侨联, 残联, 科协, 工商联, 文联) are bodies whose news names them as its subject.

Each text is written in our own words (places, bodies, people and figures invented) and reproduces a shape, not a
document.
"""

from __future__ import annotations

import pytest

from summarizer.facts.names import exact_name, org_name

from .support.facts import document

# a 政协's standing committee reports on its year as a body of its own (县政协常委会, 省政协常委会): its name is
# whole; a report made under the 政协's oversight is still the government's
CPPCC = (
    "中国人民政治协商会议\n第九届青禾县委员会常务委员会工作报告\n"
    "各位委员：\n我受政协第九届青禾县委员会常务委员会的委托，向大会报告工作，请予审议。\n"
    "2023年工作回顾\n"
    "2023年，县政协常委会在中共青禾县委的坚强领导下，围绕中心、服务大局，全年组织专题协商4次，提交提案186件。\n"
)
OVERSEEN = (
    "青禾县2023年法治政府建设情况报告\n"
    "2023年，在县委的坚强领导下，在县人大、县政协的监督支持下，县政府坚持以习近平法治思想为指导，"
    "深入推进依法行政，现将有关情况报告如下：\n"
    "一、主要举措和成效\n全年审查规范性文件18件。\n"
)


def test_a_cppcc_standing_committee_is_named_whole() -> None:
    assert document(CPPCC).agency == "县政协常委会"


def test_a_report_under_the_cppccs_oversight_stays_the_governments() -> None:
    assert document(OVERSEEN).agency in ("青禾县", "县政府")


# a session that hears two bodies' reports joined by 和 (…的通报和某局…的报告) is no one body's news; a name with 和
# inside it (住房和城乡建设局) is one body
TWO_HEARD = "7月1日，青禾县人大常委会召开会议，听取县司法局关于法律援助工作情况的报告和县财政局关于预算执行情况的报告。"
ONE_HEARD = "7月1日，青禾县人大常委会召开会议，听取县住房和城乡建设局关于依法行政工作情况的报告。"


def test_two_reports_joined_by_he_are_no_ones() -> None:
    assert document(TWO_HEARD).agency is None


def test_a_name_with_he_inside_is_one_body() -> None:
    assert document(ONE_HEARD).agency == "县住房和城乡建设局"


# people's organisations are bodies too: 县妇联, 区侨联 (their news names them as its subject)
@pytest.mark.parametrize("name", ["青禾县妇联", "石岭区侨联"])
def test_a_peoples_organisation_is_a_body(name: str) -> None:
    text = f"近日，{name}在温桥村开展反家庭暴力法宣传活动。\n活动中，志愿者向群众发放宣传单页，讲解法律知识。\n"
    assert document(text).agency == name


# where people came from is no body: 来自该县农林牧主管部门负责人… (BR-011 read the fragment 来自该县农林牧主管部 as
# the writer of a court's news); the name reader every finder shares refuses it, and a body after 来自 too
@pytest.mark.parametrize("fragment", ["来自该县农林牧主管部", "来自青禾县司法局", "参加来自该县司法局"])
def test_where_people_came_from_is_no_name(fragment: str) -> None:
    assert org_name(fragment) is None


def test_a_body_is_still_a_name() -> None:
    assert org_name("青禾县农业农村局") == "青禾县农业农村局"


# a headline's subject may come with the manner of its deed (某局积极开展…, 某局多种形式开展…); a place's headline
# whose story points at its body as 该局 tells a bureau's work, not the place's
MANNER = (
    "青禾县审计局积极开展“宪法宣传周”活动\n"
    "为切实做好“宪法宣传周”活动，青禾县审计局专门成立宣传工作领导小组，结合审计工作加强宣传。\n"
)
POINTED = (
    "石岭市多举措加强民族宗教法律宣传工作\n"
    "近年来，石岭市广泛开展民族宗教法律法规学习宣传活动。\n"
    "一是开展学习宣传教育活动。为满足学法需要，该局不定期向各宗教团体赠送法律读本。\n"
)


def test_a_headlines_subject_with_the_manner_of_its_deed() -> None:
    assert document(MANNER).agency == "青禾县审计局"


def test_a_place_whose_story_points_at_its_bureau_is_not_the_writer() -> None:
    assert document(POINTED).agency != "石岭市"


# joint issuers stacked one per line above the title's 关于 line: the first listed leads; a site's name of another
# place above an issuer line is the site's
JOINT = (
    "青禾县科学技术局\n青禾县财政局\n关于印发《青禾县科研项目管理办法(试行)》的通知\n"
    "各乡镇人民政府，县级各部门：\n《青禾县科研项目管理办法(试行)》已经研究同意，现印发给你们，请认真贯彻执行。\n"
)
SITE_ABOVE = (
    "石岭市气象局\n青禾县气象局\n关于印发《青禾县气象行政执法工作规范》的通知\n"
    "各科室：\n现将《青禾县气象行政执法工作规范》印发给你们，请遵照执行。\n"
)


def test_the_first_of_stacked_joint_issuers_leads() -> None:
    assert document(JOINT).agency == "青禾县科学技术局"


def test_a_site_of_another_place_above_the_issuer_is_the_sites() -> None:
    assert document(SITE_ABOVE).agency == "青禾县气象局"


# a rule's title and a spam site's words never end up a name: …资金暂行管理办法 (no 办), 某某app下载官网科技局
@pytest.mark.parametrize("fragment", ["统筹整合使用财政涉农资金暂行管理办", "下载官网科技局"])
def test_a_rules_or_a_spam_sites_words_are_no_name(fragment: str) -> None:
    assert org_name(fragment) is None


RULE_TEXT = (
    "青禾县统筹整合使用财政涉农资金暂行管理办法第一章总则第一条为加强涉农资金管理，制定本办法。\n"
    "第二条本办法适用于全县统筹整合使用的财政涉农资金。\n"
)


def test_a_rules_title_names_no_writer() -> None:
    agency = document(RULE_TEXT).agency
    assert agency is None or not agency.endswith("管理办")


# a lead whose subject is a body's head, dated in full (2021年3月23日，某局局长某某主持召开…): the head's body, as a
# lead dated by month and day already reads
HEAD_DATED = (
    "2021年3月23日，市地方金融监管局（市金融工作局）局长王明主持召开2021年第3次行政办公会，"
    "研究贯彻落实石岭市规范性文件工作推进会精神等工作。\n"
    "会议指出，加强行政规范性文件制定和管理工作，是行政机关依法履职的重要方式。\n"
)


def test_a_heads_lead_dated_in_full_names_the_heads_body() -> None:
    assert document(HEAD_DATED).agency == "市地方金融监管局（市金融工作局）"


# a government's rule printed with its title over the issuer's line (某市…管理办法 / 某省某市人民政府): the rule's
# title never runs into the name; an honour a place strives for (创建全国平安先进区) is no place
RULE_ISSUER = (
    "石岭市行政规范性文件管理办法\n石岭市行政规范性文件管理办法\n青禾省石岭市人民政府\n石岭市行政规范性文件管理办法\n"
    "(2025年1月23日石岭市人民政府令第10号公布 自2025年4月1日起施行)\n第一章 总 则\n"
    "第一条 为了规范行政规范性文件的管理，提高行政规范性文件质量，制定本办法。\n"
)
HONOUR = (
    "关于我区平安建设工作情况的调研报告\n"
    "为推进我区新一轮平安区县创建，根据区人大常委会工作安排，区人大法制委调研组深入部分乡镇开展调研。\n"
    "近年来，我区高度重视平安建设，围绕创建全国平安先进区的目标，深入开展严打整治行动，加强治安防控。\n"
)


def test_a_rules_title_never_runs_into_its_issuer() -> None:
    agency = document(RULE_ISSUER).agency
    assert agency is None or "办法" not in agency


def test_an_honour_is_no_place() -> None:
    assert document(HONOUR).agency != "平安先进区"


# a verb of the work before a level word is no place (我镇在抓好镇机关…的同时: 抓好 + 镇机关)
GRASP = (
    "今年以来，我镇认真落实行政执法责任制，全年未发生因行政行为不当引起的诉讼案件。"
    "我镇在抓好镇机关、站所的执法责任制公示、政务公开的同时，加强村务公开。\n"
    "一是完善制度。制定镇机关执法公示制度3项。\n"
)


def test_a_verb_before_a_level_word_is_no_place() -> None:
    assert document(GRASP).agency != "抓好镇"
    assert exact_name("抓好镇", place=True) is None
