"""Agencies, session 10 (issue 10): shapes from the blind sets CA–CF.

- A passive's agent never stands inside a name: 某市交通文化公园被福建省司法厅授予… names a park and the department
  that honoured it, not a body called …公园被…司法厅 (CD-013's fragment).
- The lead body of joint organisers is the subject (为…，9月4日上午，某县司法局联合县人民法院组织开展…): 联合 follows
  the subject as a verb does; not a third party's publication (某大学研究院联合某出版社发布…, a body of no place), and
  two bodies joined by 和 before it (某市普法办和某市人民法院联合印发…) are no one name.
- A rule's title never runs into its issuer's name: 规定 and 责任制 stand in no name (某自治区行政执法责任制规定 over
  某自治区人民政府 read as one: CN-007's fragment), as 办法, 条例 and 细则 already did not.
- Two levels side by side are a scope, no place (全面深化市县法治建设… read 全面深化市县), and a market (市场) is no
  city: 《某市农贸市场管理条例》 names 某市, not 某市农贸市 (CQ-009's fragments, one after the other).
- A street's party committee with no place (街道党工委, 街道工委) is as generic as 县委: 我街道's report names no one by it.
- Never a name: the tail of a date run onto a title (2023 / 年政府工作报告 split over lines gave 年政府), nor the words of
  a verb (依法办结…案件 gave 依法办): CH-026's and CH-019's fragments.
- A lead's subject may be followed by 举办 (3月24日，市司法局举办…培训班), 组成 (某办组成两个督察组), 借助 or 特意, as
  by 召开 or 组织举办 (not by 多措并举: a sentence's subject named once that way is the fallback's, and no clear evidence).
- A headline's subject before more verbs: 邀请, 就 (某厅就…召开听证会), 实现, 公示, 落成, 组建, 成立, 学习(贯彻), 走进,
  联合, 被授予; not before an inspection's (视察, 调研, 督导, 到…): the visitor is not whose work the news tells.
- A place's headline (某市开展…) over a lead whose organ of that place decides the work (…，某市环保局决定在全市组织开展…):
  the organ, as when it 组织/开展s it.

Each text is written in our own words (places, bodies, people and figures invented) and reproduces a shape, not a
document.
"""

from __future__ import annotations

import pytest

from summarizer.facts.names import exact_name, org_name

from .support.facts import document

HONOURED = (
    "青禾这个公园被授予“省级法治文化建设示范基地”\n"
    "2020-10-15\n"
    "青禾网10月14日讯(记者 某某 通讯员 某某)近日,青禾市交通文化公园被白石省司法厅正式授予“省级法治文化建设示范基地”"
    "称号。据悉,这是全省首批获此殊荣的单位。\n"
)


def test_a_passives_agent_is_not_inside_a_name() -> None:
    assert org_name("青禾市交通文化公园被白石省司法厅") != "青禾市交通文化公园被白石省司法厅"
    assert exact_name("青禾市交通文化公园被白石省司法厅") is None


def test_an_honoured_parks_news_names_no_fragment() -> None:
    agency = document(HONOURED).agency
    assert agency is None or "被" not in agency


JOINT = (
    "为进一步提升全县国家机关工作人员依法行政能力，2025年9月4日上午，青禾县司法局联合县人民法院组织开展2025年度"
    "庭审观摩活动。县税务局、自然资源局等15个行政执法部门的分管负责同志参加。\n"
)
THIRD_PARTY = (
    "2016法治政府评估报告发布 青禾列西北省会城市第一\n"
    "日前，某政法大学法治政府研究院联合某出版社发布了《法治政府评估报告(2016)》，报告显示，青禾市法治政府建设水平"
    "提升显著，在100个城市中排名第41位。\n"
)
TWO_JOINED = (
    "为推进国家工作人员旁听庭审活动常态化，近日，青禾市普法办和青禾市人民法院联合印发《关于组织全市国家机关工作人员"
    "参加旁听庭审活动的安排》。\n"
    "文件要求，各乡镇（街道）、各有关单位要把旁听庭审作为落实普法责任制的重要步骤。\n"
)
DECIDED = (
    "青禾市开展环境执法大练兵\n"
    "为推进我市环境执法队伍建设，提高执法水平，按照上级的工作部署，青禾市环保局决定在全市组织开展环境执法大练兵活动。\n"
    "通过开展大练兵活动，严厉打击环境违法行为。\n"
)


def test_the_lead_body_of_joint_organisers_is_the_subject() -> None:
    assert document(JOINT).agency == "青禾县司法局"


def test_a_third_partys_joint_publication_names_no_place_organ() -> None:
    assert document(THIRD_PARTY).agency != "某政法大学法治政府研究院"


def test_two_bodies_joined_by_he_are_no_one_name() -> None:
    assert org_name("青禾市普法办和青禾市人民法院", place=True) is None
    assert org_name("县司法局和县法院", place=True) is None
    assert org_name("青禾市住房和城乡建设局", place=True) == "青禾市住房和城乡建设局"
    agency = document(TWO_JOINED).agency
    assert agency is None or "和" not in agency


def test_a_places_organ_that_decides_the_work_is_the_subject() -> None:
    assert document(DECIDED).agency == "青禾市环保局"


SPLIT_TITLE = (
    "XX\n镇\n2023\n年政府工作报告\n各位代表:\n现在,我代表\nXX\n镇人民政府向大会报告工作,请\n予审\n议,并请各位列席人员"
    "提出意见。\n一、2023年工作回顾\n今年以来,\nXX\n镇认真贯彻落实市委、市政府决策部署,坚持稳中求进工作总基调,统筹做好"
    "乡村振兴、人居环境整治等重点工作。现将\nXX\n镇\n2023\n年工作报告如下:\n(一)经济运行稳中有进\n"
)
CLOSED_CASES = (
    "去年依法办结行政复议案件29.3万件\n"
    "发布时间:2024-11-19 03:48:31 来源: sp20241119\n"
    "本报青禾4月1日电 (记者王明)日前发布的青禾省司法厅2023年法治政府建设年度报告显示,2023年,各级行政复议机构始终以维护群众"
    "合法权益为落脚点,全国新收行政复议案件31.5万件,同比增长17.1%;依法办结行政复议案件29.3万件,同比增长14.45%。\n"
)


def test_no_name_is_read_from_a_dates_tail_or_a_verb() -> None:
    assert org_name("年政府") is None and org_name("依法办") is None
    assert org_name("县依法治县办") == "县依法治县办"


def test_a_title_split_after_its_year_names_no_fragment() -> None:
    assert document(SPLIT_TITLE).agency != "年政府"


def test_a_headline_on_closed_cases_names_no_office() -> None:
    assert document(CLOSED_CASES).agency != "依法办"


def test_a_streets_party_committee_with_no_place_names_no_one() -> None:
    """我街道's report whose part ① opens on 街道党工委深入学习…: the street is never named, and a bare 街道党工委 is as
    generic as 县委 (CH-034 gave it as the writer)."""
    text = (
        "2024年,在区委、区政府坚强领导下,我街道坚持以习近平新时代中国特色社会主义思想为指导,奋力推进街道法治政府建设。"
        "现将具体工作报告如下:\n"
        "一、坚持党的领导,扎实推进法治政府建设\n"
        "街道党工委深入学习贯彻习近平法治思想,今年以来,先后研究部署法治建设相关议题7次。\n"
        "二、存在的不足\n三、下一步工作安排\n"
    )
    assert document(text).agency is None


LEAD_VERBS = [
    (
        "为深入贯彻落实法治思想，坚持和发展新时代“枫桥经验”，3月24日，市司法局举办2023年青禾市基层司法所长、调委会主任"
        "业务培训班。培训班首先传达学习了有关会议精神。\n",
        "市司法局",
    ),
    (
        "为推动法治督察工作落到实处，近日，区委依法治区办组成两个督察组，分别在副主任带领下对各街道开展法治督察。\n",
        "区委依法治区办",
    ),
]


@pytest.mark.parametrize("text,agency", LEAD_VERBS, ids=["举办", "组成"])
def test_a_leads_subject_before_its_verb(text: str, agency: str) -> None:
    assert document(text).agency == agency


RULE_ON_ITS_PAGE = (
    "新法规速递>>纯文字版\n"
    "青禾自治区行政执法责任制规定\n"
    "青禾自治区人民政府\n"
    "《青禾自治区行政执法责任制规定》已经自治区人民政府1999年第十五次常务会议通过,现予发布施行。\n"
    "第一章 总则\n"
    "第一条 为促进依法行政,保障法律、法规、规章的正确实施,制定本规定。\n"
)


def test_a_rules_title_does_not_run_into_its_issuers_name() -> None:
    assert (
        org_name("青禾自治区行政执法责任制规定青禾自治区人民政府") != "青禾自治区行政执法责任制规定青禾自治区人民政府"
    )
    assert exact_name("青禾自治区行政执法责任制规定青禾自治区人民政府") is None
    assert document(RULE_ON_ITS_PAGE).agency == "青禾自治区人民政府"


HEADLINES = [
    ("青禾中院邀请市退役军人事务局工作人员参加旁听庭审活动", "青禾中院"),
    ("省司法厅就一宗土地闲置案件召开听证会 不断提升行政复议质量", "省司法厅"),
    ("青禾县残联学习贯彻《残疾人尊法学法守法用法专项行动计划》", "青禾县残联"),
    ("青禾省白石市审计局被授予“全省法治文化建设示范点”", "青禾省白石市审计局"),
    ("青禾市白石区公示乡镇街道权力事项", "青禾市白石区"),
    ("白石区落成全市首座法治文化园", "白石区"),
]


@pytest.mark.parametrize("headline,agency", HEADLINES, ids=[a for _, a in HEADLINES])
def test_a_headlines_subject_before_more_verbs(headline: str, agency: str) -> None:
    text = f"{headline}\n近日,有关单位负责同志参加活动,现场气氛热烈。\n活动取得了良好效果。\n"
    assert document(text).agency == agency


def test_an_inspections_headline_names_no_visitor_as_its_subject() -> None:
    """某县人大常委会视察法治政府建设: whose work the news tells (the inspected government's, by the labels' rule) is
    not the visitor's; 视察, 调研, 督导 and 到 are left out of the headline verbs."""
    text = (
        "青禾县人大常委会视察法治政府建设\n"
        "12月17日,县人大常委会开展法治政府建设工作视察。县领导某某出席。\n"
        "会上,县政府负责人汇报了我县法治政府建设工作情况。\n"
    )
    assert document(text).agency != "青禾县人大常委会"


def test_a_scope_of_levels_and_a_market_are_no_places() -> None:
    assert org_name("全面深化市县", place=True) is None
    assert org_name("梅县区司法局", place=True) == "梅县区司法局"  # (a real 县区)
    text = (
        "魏某代表:\n你提出的《关于强化基层法治建设的建议》收悉。现将办理情况函告如下:\n"
        "一、我市基层法治建设工作开展情况\n"
        "近年来,我市始终坚持将基层法治建设工作作为依法治市重点工作。\n"
        "(一)加强统筹谋划。全面深化市县法治建设“1 5 N”工作机制,定期召开依法治市、县(市、区)会议。\n"
        "(二)提升立法质效。高质量出台《青禾市农贸市场管理条例》《青禾市优化营商环境条例》等3部地方性法规。\n"
    )
    agency = document(text).agency
    assert agency not in ("全面深化市县", "青禾市农贸市")
