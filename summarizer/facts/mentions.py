"""Where a document names its issuer outside its title and opening sentence.

Real pages often give the issuer only in a shape of their own: a speech's speaker line (汕头市某区审计局局长 张三),
a title line below site furniture, the organ's name on a line above a repeated title, the body's own documents
(我局…制定《某市某局2021年依法行政工作要点》), the speech it is (我代表市人民政府向大会报告工作), the report a
news item is about (听取了区政府关于2020年度法治政府建设情况的报告), the committee whose meeting it reports, or a
credit line closing a news item ((某区政府法制办)). Each finder returns ``(name, span, source)`` or None and is
asked only when the stronger evidence (title, metadata, preamble, signature) named no one.
"""

from __future__ import annotations

import re
from typing import Optional

from ..lazyre import lazy
from .genre import DECREE_NUMBER_LINE, STRESSED_THEN
from .lines import _YEAR, CREDIT_WRITER, Found, _line_starts, carrier_rows, found_at, found_in
from .names import (
    _GENERIC,
    _HAN,
    LEVEL_CHARS,
    company_name,
    exact_name,
    in_term,
    occurrences,
    org_name,
    outlet,
    proper_place,
    self_organs,
    speaks_as,
)
from .places import starts_a_stem
from .title import _lines

# a place's government calls itself 我市/我县 and names the documents it makes after itself: 《某县2019年…要点》
_PLACE_REF = re.compile(r"我(市|县|区|州|旗|镇|乡|省)(?![委长])")
# …and the scope of a place's own work (全区, 全县: the whole of the place the writer governs)
_SCOPE_REF = re.compile(r"全(市|县|区|州|旗|镇|乡|省)(?![委长])")
# the verb of making may govern a list: 制定了工作方案、委托协议和《某厅关于…办法》; 形成了《某厅权责清单》
# or publishing the body's own list: 公示《某局行政权力事项清单》
_ISSUED = re.compile(
    # (…the year's edition of a standing one: 印发年度《某局重大行政决策事项目录》)
    r"(?:(?:制定|印发|出台|修订|编制|下发|发布|形成|起草|制发|公示|公布)(?:了|并实施|实施了?|并印发|下发|并下发)?(?:本?年度)?"
    r"(?:[^，,。；;：:《》\n]{0,30}[、和及与])?"
    # (…or the verb after it: 现将《某局2022年度重大行政决策事项目录》予以公布如下)
    r"|现将(?=《[^《》]{4,60}》(?:予以)?(?:公布|印发|公示|发布))"
    # (…or the work of making it named after it: 完成《某局合同管理办法》等工作制度修订工作)
    r"|完成(?=《[^《》]{4,60}》(?:等[^，,。；;《》]{0,10}?)?(?:的)?(?:制修订|修订|起草|制定|编制|修改)))"
    r"《([^《》]{4,60})(?:》|\ufffd?\s*\Z)"
)  # (a title the copy cut off where it ends: 印发《中共某局党组学习…)


# …or its own budget and accounts, which a disclosure report says it published (主动公开某省某厅2023年部门预算和2022年度
# 部门决算): no title marks around them
_OWN_ACCOUNTS = re.compile(
    rf"(?:公开|公布|发布|公示)了?([^，,。；;：:《》\n]{{4,30}}?)(?={_YEAR}\s*年度?部门(?:预算|决算))"
)


# …or the plan it is, named without title marks by the purpose clause that opens it (结合我市实际，制定2020年某市
# “宪法宣传周”工作方案。)
_MADE_NAMED = re.compile(
    r"实际[，,]\s*特?制定了?((?:(?:19|20)\d{2}\s*年度?)?[^，,。；;：:《》\n]{4,40}?(?:方案|要点|计划))(?=[。，,])"
)


# a notice's words that print a document for those it is sent to
_TRANSMITTAL = re.compile(r"印发(?:给)?你们|现予印发|印发给各|^[ \t]*关于印发《[^》\n]{4,80}》的通知", re.M)


# a place's government's general office (某省人民政府办公厅, 某县政府办公室), which issues documents for the government
_GOVERNMENT_OFFICE = re.compile(r"(?<=政府)办公(?:厅|室)$")


_PARTY_OF = lazy(r"中共(?=\S{2,20}?(?:党组|党委))")
# (…联合制定出台《…》, 6部门联合出台《…》，并同步印发《…》: the bodies acting jointly earlier in the sentence)
_JOINTLY = lazy(r"(?:联合|共同|会同)(?=[^。；;]*$)")
_LEADING_YEAR = re.compile(rf"{_YEAR}\s*年度?")


# a place's government, as the maker of its documents: 某县人民政府, 某市政府
_PLACE_GOVERNMENT = lazy(r"(.{2,12}?[省市县区州旗盟镇乡])(?:人民)?政府")
# the opening's joint subject: 2025年，县委、县政府坚持…, 镇党委、镇政府…: a level's Party committee and government
# speak as it
_JOINT_SUBJECT = lazy(
    r"(?:^|[，,。\n])[ \t\u3000]*([省市县区州旗盟镇乡])(?:党)?委、\1(?:人民)?政府(?=[^、，,和及与的:：])"
)  # (市委、市政府： on a line of its own is the reader a report is addressed to, not its subject)


# levels from the top, each with the levels below it that say plainly they are lower (我区 may be a district or an
# autonomous region: it tells nothing of the level above it)
_BELOW = (("省", "市州盟县旗镇乡"), ("市", "县旗镇乡"), ("州", "县旗镇乡"), ("盟", "县旗镇乡"), ("县", "镇乡"))


def _lowest(levels: set[str]) -> set[str]:
    """The levels a text speaks as, less those it names only as the place it lies in: a city's news that says 我市
    and 我省 (我省首次对全省…考评) is the city's, and the province's documents it cites (省政府制定了《某省…》) are
    not its own."""
    return {level for level in levels if not any(level == top and levels & set(low) for top, low in _BELOW)}


def _joint_subject(text: str) -> set[str]:
    """The level a report speaks as when its opening sentence's subject is that level's joint issuer (县委、县政府
    坚持…; never a superior's 市委、市政府 named inside an adverbial: 在市委、市政府的领导下)."""
    m = _JOINT_SUBJECT.search(text, 0, 600)
    return {m.group(1)} if m and text.rfind("在", max(0, m.start() - 1), m.start(1)) < 0 else set()


# the same made in the passive, the document first: 《某大学章程(草案)》制定情况, 《某局…办法》的修订过程
_DRAFTED = re.compile(r"《([^《》]{4,60})》的?(?:制定|起草|修订|编制)(?:情况|过程|说明|工作)")


# words that start with a level's character and are about no place (农贸市场, 区域, 乡村振兴): a place's name never ends
# on their first character. (县域, 市民, 市容 are the place's own: 《某县域…规划》 is the county's; 市政府 follows a place)
_LEVEL_LED = lazy(r"市场|区域|乡村")


# the departments of one line of work across a place (全省各级农业部门, 全市各级司法行政机关): a department writes to them
_LINE_OF_WORK = re.compile(
    r"全[省市县区州旗]各级[\u4e00-\u9fff]{1,8}?(?:部门|机关|系统)"
    # (…or a sector's own work named in the opening: 农业农村法治建设取得新实效, 全省农业农村系统)
    r"|(?:农业农村|卫生健康|交通运输|生态环境|市场监管|自然资源|人力资源和社会保障|住房和城乡建设|应急管理|水利|"
    r"文化和旅游|退役军人事务|医疗保障|林业和草原)(?:法治建设|法治工作|系统)"
)


# a body founded in a reform, then speaking as itself (于2024年6月组建区住房和城市更新局，…。机构组建后，我局坚持…)
_FOUNDED = lazy(rf"(?:新?组建|成立)了?([{_HAN}（）()]{{2,32}}?)(?=[，,。；;]|$)")


def own_founding(text: str) -> Optional[Found]:
    """A report that calls itself 我局 and opens on its own founding in a reform (组建区住房和城市更新局，划入…职责。
    机构组建后，我局坚持…): the body founded is the writer, as its opening names it."""
    if not (organs := self_organs(text)):
        return None
    for m in _FOUNDED.finditer(text, 0, 400):
        name = exact_name(m.group(1))
        if (
            name
            and name == m.group(1)
            and name not in _GENERIC
            and speaks_as(name, organs)
            and re.search(r"(?:组建|成立|挂牌)(?:以来|后)[，,]\s*我", text[m.end() : m.end() + 200])
        ):
            return found_at(name, m.start(1), "preamble")
    return None


def own_document(text: str) -> Optional[Found]:
    """A report that calls itself only 我局 names its own documents in full: 制定《某市某局2021年依法行政工作要点》.
    The name must end as the self-reference does (局 for 我局) and be introduced by the verb of making it, so
    that a superior's document the report merely applies (贯彻《省某厅…》) is never taken for its own. A place's
    government that calls itself only 我县 does the same (印发《某县2019年法治政府建设工作要点》); a text that
    calls itself an organ (我局) too is that organ's, whatever place documents it helped to make."""
    suffixes = self_organs(text)
    places = set() if suffixes else _lowest(set(_PLACE_REF.findall(text[:20000]))) | _joint_subject(text)
    if not suffixes and not places and not _LINE_OF_WORK.search(text, 0, 300):
        # (…or that says only 全区 of the place it governs: 全区高度重视…，制定印发了《某市某区2019年度…清单》; never a
        # department's text addressed to its line of work, 全省各级农业部门要…, whose documents bear the place's name)
        places = _lowest(set(_SCOPE_REF.findall(text[:20000])))
    # (a notice that prints a document for those under it, 现将《某省…方案》印发给你们 or 关于印发《…》的通知, prints
    # it for the place the title names, whoever issues it: its departments say 我省 too; no place is its own writer)
    transmits = _TRANSMITTAL.search(text, 0, 3000)
    issued: dict[str, list[int]] = {}
    made = sorted(
        [
            *_ISSUED.finditer(text, 0, 20000),
            *_OWN_ACCOUNTS.finditer(text, 0, 20000),
            *_MADE_NAMED.finditer(text, 0, 3000),
        ],
        key=lambda m: m.start(),
    )
    for m in made:
        if _JOINTLY.search(text, max(0, m.start() - 60), m.start()):
            continue  # 某办、某部、某厅联合出台《某省…方案》: several bodies' document, no one's own
        skip = year.end() if (year := _LEADING_YEAR.match(m.group(1))) else 0  # 《2024年度某局学法计划》
        inner, at = m.group(1)[skip:], m.start(1) + skip
        for k in range(min(24, len(inner)), 1, -1):
            place = org_name(inner[:k], place=True)
            if (
                places
                and place
                and place not in _GENERIC
                and place[-1] in places
                and not transmits
                and inner.startswith(place)
                # 《某市农贸市场…条例》: a level's character that starts a longer word ends no place
                and not _LEVEL_LED.match(inner, len(place) - 1)
            ):
                return found_at(place, at, "own document")
            if k < 4:
                continue
            name = org_name(inner[:k])
            party = 2 if _PARTY_OF.match(inner) else 0
            if not name or name in _GENERIC or not inner.startswith(name, party):
                continue  # 《中共某局党组…》: the document of the bureau's Party group, the bureau's own
            if name.endswith("办") and inner[party + len(name) : party + len(name) + 1] in ("法", "理", "事", "公"):
                continue  # 《某局合同管理办法》: 办 of 办法 ends no office's name
            if speaks_as(name, suffixes):
                return found_at(name, at + party, "own document")
            if speaks_as(body := re.sub(r"(?<=[局厅委])(?:办公室|机关)$", "", name), suffixes):
                # (…or of its office, or its own offices': 制发《某局办公室贯彻落实…任务分工方案》, 制定《某局机关工作秘密
                # 管理暂行办法》, the bureau's own)
                return found_at(body, at + party, "own document")
            if (
                places
                and (own := _PLACE_GOVERNMENT.fullmatch(name))
                and own.group(1)[-1] in places
                and proper_place(own.group(1))
            ):  # 我县…出台《某县人民政府…规定》: the county's own; never a level's bare word (自治区人民政府)
                return found_at(name, at, "own document")
            issued.setdefault(name, []).append(at + party)
            break
    for m in _DRAFTED.finditer(text, 0, 20000) if suffixes else ():
        inner = m.group(1)
        name = next((n for k in range(min(24, len(inner)), 3, -1) if (n := exact_name(inner[:k]))), None)
        if name and name not in _GENERIC and speaks_as(name, suffixes):
            return found_at(name, m.start(1), "own document")
    # no self-reference at all (a text that starts at 一、): a body that issued two of the documents it lists
    # a sub-body's documents are its parent's too: 《某部办公厅关于…》 and 《某部关于…》 are two of 某部's
    count = {name: sum(len(at) for other, at in issued.items() if other.startswith(name)) for name in issued}
    makers = [(name, at) for name, at in issued.items() if count[name] >= 2]
    makers = [(name, at) for name, at in makers if not any(o != name and name.startswith(o) for o, _ in makers)]
    if not suffixes and len(makers) == 1:
        name, at = makers[0][0], makers[0][1][0]
        if (office := _GOVERNMENT_OFFICE.search(name)) and _PLACE_REF.search(text, 0, 20000):
            # (a text that speaks as its place, 我省…, and lists its government's office's documents: the place's
            # government's own, issued by its office)
            name = name[: office.start()]
        return found_at(name, at, "own document")
    return None


# (我代表某院报告…工作情况, a report to a legislature's standing committee; 某县人民政府代理县长某某作政府工作报告)
_ON_BEHALF = lazy(
    # (…同志代表市人民政府在某市七届人大一次会议上向大会作的工作报告: the session between the body and 向)
    rf"代表([{_HAN}]{{2,16}}?(?:政府|管委会|行署))在[^。，,\n]{{2,40}}?上向|"
    # (…its leadership for the body: 我代表市教育局领导班子向在座的各位…)
    rf"我?代表([{_HAN}]{{2,32}}?)(?:领导班子|班子)?[，,]?向|我代表([{_HAN}]{{2,32}}?)[，,]?(?:报告|作政府工作报告|作关于)|"
    # (…the premier's words of the years when the report was a plan's: 我受国务院的委托，现在向大会提出…的报告)
    # (…or a minister's report to the legislature on the government's behalf: 受国务院委托，就…情况报告如下)
    rf"我?受([{_HAN}]{{2,16}}?)的?委托[，,]?(?:现在)?(?:向|就[^。\n]{{2,200}}?(?:报告|汇报)如下)|"
    # (…or a wire's lead on the speaker it sent: 受某届全国人大常委会委托，委员长某某3月7日向大会作《…工作报告》)
    rf"受([{_HAN}]{{2,16}}?)的?委托[，,][^。，,\n]{{2,30}}?向[^。，,\n]{{2,30}}?作《[^》\n]{{2,30}}工作报告》|"
    # (…his name then 在 before the deed: 某县人民政府县长某某某在作《政府工作报告》时)
    rf"([{_HAN}]{{2,12}}?)(?:(?:副|代理|代)?(?:区长|县长|市长|省长|州长|旗长|镇长|乡长)|总理)[{_HAN}]{{2,3}}?在?作《?政府工作报告|"
    # (…or a court's or a procuratorate's head before the congress: 某县法院院长某某向大会作2024年度工作报告)
    rf"([{_HAN}]{{2,20}}?(?:法院|检察院))(?:院长|检察长)[{_HAN}]{{2,3}}?向[^。，,\n]{{0,30}}?作[^。，,\n]{{0,20}}?工作报告"
)


def on_behalf(text: str) -> Optional[Found]:
    """The speech it is: 我代表市人民政府向大会报告工作, 我代表国务院，作政府工作报告 (作关于…的报告), 我受国务院的委托，
    现在向大会提出…, 县长某某代表县人民政府向大会作《政府工作报告》, 某区区长某某作《政府工作报告》, 某某同志代表
    市人民政府在…会议上向大会作的工作报告."""
    for m in _ON_BEHALF.finditer(text, 0, 30000):
        group = m.lastindex or 1
        # (…a body in its term too: 代表中共某市第九届委员会向大会作报告, 代表县第十八届人民政府)
        name = exact_name(m.group(group), place=True) or in_term(m.group(group))
        if name and (name not in _GENERIC or name.endswith("政府")):
            return _placed_government(text, found_in(name, m.group(group), m.start(group), "speech"))
    return None


def _placed_government(text: str, found: Found) -> Found:
    """A town's government a speech names by its level alone (我代表镇人民政府…) where the text names one town as a
    body (道滘镇第十八届人民代表大会第一次会议开幕): that town's government, so the name says whose it is (a county's
    or a city's is named in full by the readers after this one)."""
    name = found[0]
    if not re.fullmatch(r"[镇乡](?:人民)?政府", name):
        return found
    places = set()
    # (a town opening its clause as a body, 上午，道滘镇第十八届…; never a word run on before it, 余名镇…)
    for m in re.finditer(
        rf"(?<![{_HAN}])([{_HAN}]{{2,5}}?{name[0]})(?=第|人民代表大会|人大|党委|人民政府|政府)", text[:3000]
    ):
        if proper_place(m.group(1)):
            places.add(m.group(1))
    if len(places) != 1 or not exact_name(whole := places.pop() + name[1:], place=True):
        return found
    return whole, found[1], found[2]


# a regulation's promulgation note: (2013年3月27日某省人民政府令第184号公布…); never a decree a report cites
# (贯彻《某省行政程序规定》(某省人民政府令第5号))
_DECREE = lazy(rf"([{_HAN}]{{2,20}}?)令第[\d一二三四五六七八九十百〇零]{{1,5}}号(?=公布|发布|颁布)")
# what may stand just before a name that ends where a phrase starts: 审议|省政府关于…, 27日|某省人民政府令…
_BEFORE_NAME = lazy(rf"[^{_HAN}]|[议取了作和及由日]")


def _name_before(text: str, end: int, longest: int = 24) -> Optional[int]:
    """Where the name that ends at ``end`` starts: the shortest that is a whole name after a word boundary (审议
    省政府, never 议省政府 nor 民政府)."""
    for k in range(2, min(longest, end) + 1):
        at = end - k
        cand = text[at:end]
        # (the country's name before its State Council is no boundary inside 中华人民共和|国国务院, but a boundary
        # after it: 中华人民共和国|国务院令)
        if text.endswith("中华人民共和", 0, at):
            continue
        if exact_name(cand, place=True) and (
            at == 0 or _BEFORE_NAME.match(text[at - 1]) or text.endswith("中华人民共和国", 0, at)
        ):
            return at
    return None


# a decree the text's rules rest on (根据2019年4月3日中华人民共和国国务院令第711号公布修订的《条例》): cited, not its own
_CITED_DECREE = lazy(r"(?:根据|依据|按照|依照|贯彻)[^。；;，,\n]{0,30}$")


# …or the decree's own head, its issuer's order over its number (某省人民政府令 / 第126号, 中华人民共和国国务院令 / 第706号)
_DECREE_TOP = lazy(rf"^\s*([{_HAN}]{{2,24}}?)令" + DECREE_NUMBER_LINE)


def decree(text: str) -> Optional[Found]:
    if (top := _DECREE_TOP.match(text)) and (at := _name_before(text, top.end(1), 24)) is not None:
        return found_at(text[at : top.end(1)], at, "signature")
    for m in _DECREE.finditer(text, 0, 600):
        if _CITED_DECREE.search(text, max(0, m.start() - 40), m.start(1) + len(m.group(1))):
            continue
        if (at := _name_before(text, m.end(1), 20)) is not None and text[at : m.end(1)] not in _GENERIC:
            return found_at(text[at : m.end(1)], at, "signature")
    return None


# a sentence of plans before its hearing (拟…, 计划…, 将…): the report is yet to be heard
_TO_HEAR = re.compile(
    r"拟(?![定任稿])|(?:计划|准备)(?=于|在|开展|听取|审议)|将(?:要|于|在|适时)?(?=听取|审议|评议|开展|协助)"
)
_CITED = lazy(
    rf"关于{_YEAR}\s*年度?法治政府建设(?:工作)?情况的报告|《([{_HAN}]{{2,24}}?){_YEAR}\s*年度?法治政府建设(?:工作)?(?:情况)?(?:年度)?报告》|"
    # (a wire's lead on its publication, no brackets: 3月17日，2025年某省法治政府建设情况报告发布)
    rf"{_YEAR}\s*年度?([{_HAN}]{{2,12}}?)法治政府建设(?:工作)?(?:情况)?(?:年度)?报告(?=(?:正式|新鲜|日前)?(?:发布|出炉|公布))|"
    # (a government's press conference publishing its year's white paper: 某省政府新闻发布会发布2022年度法治政府建设白皮书)
    rf"([{_HAN}]{{2,12}}?)新闻发布会上?(?:正式)?(?:发布|公布)了?{_YEAR}\s*年度?法治政府建设(?:白皮书|(?:情况)?报告)|"
    # (a paper's story on what a published report shows: 日前发布的某部2023年法治政府建设年度报告显示)
    rf"(?:发布|公布|公开)的([{_HAN}]{{2,12}}?){_YEAR}\s*年度?法治政府建设(?:工作)?(?:情况)?(?:年度)?报告(?=显示|指出|称)"
)


def cited_report(text: str) -> Optional[Found]:
    """The report a news item is about: 听取了区政府关于2020年度法治政府建设情况的报告, 据《某市2021年法治政府
    建设情况报告》显示. A superior body (区政府, 省政府) is a right answer here: the text names it as the author;
    never in a legislature's opinion on that report (审议意见, 审查意见), which its committee writes."""
    if re.search(r"审议意见|审查意见", text[:300]):
        return None
    for m in _CITED.finditer(text, 0, 3000):
        if _TO_HEAR.search(text, text.rfind("。", 0, m.start()) + 1, m.start()):
            continue  # 拟…；协助常委会听取《某县人民政府关于…报告》: a report to be heard, not the item's
        if group := next((g for g in (1, 2, 3, 4) if m.group(g)), None):
            if name := exact_name(m.group(group), place=True):
                return found_at(name, m.start(group), "cited report")
            continue
        if (at := _name_before(text, m.start())) is not None:
            return found_at(text[at : m.start()], at, "cited report")
    return None


# a news lead on a document's release, the document its subject: 近日，《某委员会2020年工作要点》(以下简称《要点》)正式
# 出台: its issuer, whose name opens the document's title before its year or its 关于
_RELEASED = lazy(
    rf"(?:^|[，,。\n])\s*(?:近日|日前|近期|\d{{1,2}}月\d{{1,2}}日)?[，,]?\s*《([{_HAN}]{{2,30}}?)(?:{_YEAR}\s*年度?|关于)"
    r"[^《》\n]{2,60}》(?:[(（][^()（）\n]{0,16}[)）])?(?:正式|近日|日前)?(?:出台|印发|发布|公布|出炉)"
)


def released_document(text: str, start: int = 0) -> Optional[Found]:
    """The issuer of the document a news lead says was released (《某委员会2020年工作要点》正式出台), read from the
    document's title in the lead's first lines."""
    if (m := _RELEASED.search(text, start, start + 300)) and (name := exact_name(m.group(1))) and name not in _GENERIC:
        return found_at(name, m.start(1), "released document")
    return None


# a news lead about a committee's meeting: 4月12日下午，市委全面依法治市委员会办公室第八次会议召开;
# 某县召开了全面依法治县委员会第五次工作会议
# 召开县委常委会会议暨县委全面依法治县委员会专题述法评议会: a joint meeting's second body after 暨
_MEETING_AT = re.compile(r"^|[，,。]\s*|日(?:上午|下午|晚上?)?[，,]?\s*|召开了?|举行了?|暨")
# 召开2024年市政府第一次全体会议, 召开区政府常务会议: a government's own meeting names it even without its place;
# a committee's meeting named for its business: 专题述法评议会, 述法会, 工作推进会, 工作协调会, 工作评议大会
_MEETING = re.compile(
    # (…its term before its number: 市政府十二届第185次常务会议; or before its name: 十八届县人民政府第81次常务会议)
    rf"(?:{_YEAR}\s*年度?)?(?:第?[一二三四五六七八九十]{{1,3}}届)?([{_HAN}（）()]{{2,30}}?)(?:[（(]扩大[)）])?(?:第?[一二三四五六七八九十\d]{{1,3}}届)?"
    # (…or its year after its name: 县人大常委会2020年工作评议大会)
    rf"(?:{_YEAR}\s*年度?)?(?:第[一二三四五六七八九十\d]{{1,3}}次)?"
    rf"(?:(?:学习)?(?:全体|工作|扩大|常务)?会议|(?:专题)?述法(?:评议|现场)?会|(?:工作)?(?:推进|协调)会|评议会|工作评议大会|"
    # (…or a study group's session: 市委理论学习中心组2019年第3次集体(扩大)学习会, 第十五次集中学习会)
    r"(?:集体|集中)?(?:[（(]扩大[)）])?学习会|"
    # (…or a Party group's meeting called 会 alone: 主持召开区政府党组(扩大)会，…)
    r"(?<=党组)会(?=[，,。])|(?<=党组[（(]扩大[)）])会(?=[，,。]))"
)
# a news lead presenting or inspecting a place's rule-of-law work: 介绍2024年某市法治政府建设情况
_ABOUT_PLACE = lazy(
    rf"(?:介绍|调研|通报|督察|考核|听取)了?(?:{_YEAR}\s*年度?)?([{_HAN}]{{2,12}}?)(?:{_YEAR}\s*年度?)?"
    rf"法治政府建设(?:工作)?情况"
)


_NUMBERED = lazy(r"\s*(?:[一二三四五六七八九十]{1,3}[、．.]|[(（][一二三四五六七八九十]{1,3}[)）])")


# a photo's caption on a line of its own, its photographer's credit closing it (…会议在京闭幕。某某摄)
_PHOTO_CAPTION = re.compile(r"[。！!]?[ \t\u3000]*[\u4e00-\u9fff]{2,4}[ \t\u3000]*摄[)）]?[ \t\u3000]*$")


# a meeting recalled by its month for what a leader stressed at it (2016年11月，某某主持召开某小组第二十九次会议时强调):
# an essay's opening, not a news item's lead
_RECALLED = re.compile(r"\s*(?:19|20)\d{2}年\d{1,2}月[，,][^\n。]{0,60}?(?:召开|举行)" + STRESSED_THEN)


def meeting_lead(text: str) -> Optional[Found]:
    """A news item whose headline or first sentence is a committee's meeting being held (…会议召开, 召开了…会议;
    never a meeting a report's opening cites: …第一次会议审议通过了): the committee, named in full where
    one of them does (市委全面依法治市委员会, not 全面依法治市委员会 after 某市委召开). Asked before the preamble,
    whose subject there is the place hosting the meeting."""
    found: list[Found] = []
    # the headline and the lead's first line, a news app's byline and date row between them passed over, and so
    # is a short row holding no clause (an author's name: 七七)
    head = text[:400]
    lines = [
        (pos, line)
        for i, (pos, line) in enumerate(_line_starts(head, head.count("\n") + 1))
        if carrier_rows(line) == 0
        and not (i and len(line.strip()) <= 12 and not re.search(r"[，,。:：]", line))
        and not _PHOTO_CAPTION.search(line)  # (…会议在京闭幕。某某摄: a photo's caption, of an earlier event)
    ]
    for pos, line in lines[:2]:
        if _NUMBERED.match(line):
            continue  # 一、坚持党的领导…组织召开某委员会会议: a report's part one (its heading run into its body), no lead
        if _RECALLED.match(line):
            continue  # 2016年11月，某某主持召开某小组会议时强调，…: an essay recalls what was stressed there, no lead
        lead = re.split(r"[。！!]", line, maxsplit=1)[0]
        for at in _MEETING_AT.finditer(lead):
            m = _MEETING.match(lead, at.end())
            held = (
                m
                and (
                    at.group().startswith(("召开", "举行", "暨"))
                    or re.match(r"\s*(?:召开|举行|在|暨)", lead[m.end() :])
                    # (…or a headline's meeting that studies its business: 某市委常委会议研究…整改工作; a report's
                    # sentence, 区政府常务会议研究通过…。, is no headline)
                    or (pos == lines[0][0] and "。" not in line and re.match(r"\s*研究", lead[m.end() :]))
                )
            )
            # (a Party committee's standing committee meets as the committee: 岳阳市委常委会议 → 岳阳市委)
            # (…and a body's Party group meets for the body: 县政府党组(扩大)会议 → 县政府)
            words = re.sub(r"(?<=[省市县区州旗盟]委)常委会?$|(?<=[政府局委厅办])党组$", "", m.group(1)) if m else ""
            # (a place's body said as the whole place's: 某市召开全市某某改革领导小组会议 → 某市某某改革领导小组)
            whole = len(words) - len(words := re.sub(r"^全[省市县区州旗盟]", "", words))
            # (…or a place whose own meeting it is: 2022年度某区述法现场会在区委会议室召开)
            if (
                held
                and m
                # (…or a government in its term: 主持召开某县十八届人民政府第25次常务会议 → 某县人民政府)
                and (name := exact_name(words) or exact_name(words, place=True) or in_term(words))
                and (name not in _GENERIC or name.endswith("政府"))
            ):
                if "暨" in name and (part := _convener_part(lead[: at.start()], name)):
                    name = part  # 某法工委组织召开A暨某法工委工作会议: the joint meeting's body that convened it
                named = found_in(name, words, pos + m.start(1) + whole, "news lead")
                found.append(_owned(lead, at.start(), named, pos))
        if not found and (venue := _HELD_AT_ORGAN.search(lead)):
            # 全省基层法院联络工作会议在某中级人民法院召开, 某评议会在某市司法局举行: a meeting its name gives no body
            # to, held at an organ's own seat: the organ hosts it
            # (a government organ's seat only, named with its place: a university or hotel hosts rooms, not the
            # meeting; a host the line names, 由某研究院主办, says who holds it; 在县人民法院召开 gives the court's
            # building, the headline's place holding the meeting)
            name = exact_name(venue.group(1))
            if (
                name
                and name == venue.group(1)
                and name not in _GENERIC
                and _ORGAN_SEAT.search(name)
                and not re.match(r"[省市县区州旗镇乡]", name)
                and "主办" not in line
            ):
                found.append(found_at(name, pos + venue.start(1), "news lead"))
    return max(found, key=lambda f: len(f[0]), default=None)


def _convener_part(before: str, name: str) -> Optional[str]:
    """Of a joint meeting's bodies (A暨B), the one the lead says convened it (区人大常委会法工委组织召开A暨某区人大常委会
    法工委会议): named there by its tail, its place left off."""
    convener = re.sub(r"(?:组织|牵头)$", "", before.rstrip())
    for part in name.split("暨"):
        if exact_name(part, place=True) and any(
            convener.endswith(part[k:]) for k in range(len(part) - 4) if exact_name(part[k:], place=True)
        ):
            return part
    return None


# a meeting held at an organ's seat, named after 在 (…工作会议在某市中级人民法院召开, …评议会在某局举行)
_HELD_AT_ORGAN = re.compile(rf"(?:会议|会)在([{_HAN}（）()]{{3,24}}?)(?:隆重|顺利)?(?:召开|举行)")
_ORGAN_SEAT = re.compile(r"(?:局|厅|委|办|政府|法院|检察院|委员会|办公室)$")


# the body that hosts the event a news item tells of (活动由某局主办, 5月9日，某局主办、某镇承办的…活动): the clause
# before 主办; or the one body that leads it, 由某办牵头，组织全县…开展…活动
_HOSTS = lazy(
    r"(?:由|^|[，,。\s])([^。，,；;：:\n由]{2,80}?)(?:联合|共同)?主办(?=[，,、。]|的)|"
    r"由([^。，,；;：:\n由]{2,40}?)牵头[，,]?(?=组织|开展|举办|召开)|"
    # (…or organises it: 由某局组织的…旁听活动在…举行)
    r"由([^。，,；;：:\n由]{2,40}?)组织(?:开展|举办|召开)?的(?=[^。]{2,30}?(?:活动|会议|培训|讲座|观摩))|"
    # (…or is the first of two hosting together: 某县司法局和某县人民法院联合举办…, the first named leads)
    r"(?:^|[，,。\s])([^。，,；;：:\n由和]{2,30}?)和[^。，,；;：:\n]{2,30}?联合(?=举办|开展|召开|组织)"
)


def event_host(text: str) -> Optional[Found]:
    """A news item whose headline or first paragraph says who hosts its event (…活动由某局主办, 某局主办，某局承办的…):
    its one host, whose event it is (those who carry it out, 承办, are not asked); none where several bodies host it
    (某大队、某办、某局主办的…: whose it is the text does not say) or the event is a press conference (由省委宣传部主办的
    …发布会: its host publishes what others did)."""
    head = text[:800]
    if re.search(r"(?:报告|汇报)如下", head):
        return None  # 现将我镇…情况报告如下 … 由镇某办公室牵头，组织…: a report's own work, led by one of its offices
    # (the headline and the first three lines of prose: a byline, a reading count or an addressee above the lead is
    # none of them)
    lines = _line_starts(head, 8)
    prose = [(pos, line) for pos, line in lines[1:] if re.search(r"[。，,]", line)][:3]
    for pos, line in lines[:1] + prose:
        for m in _HOSTS.finditer(line):
            group = m.lastindex or 1
            first = m.group(group)
            if "、" in first or re.match(r"[^。]{0,60}?发布会", line[m.end() :]):
                continue  # several hosts (no one body's event), or a press conference (its topic is the news)
            if (name := exact_name(first)) and name not in _GENERIC and first.endswith(name):
                return found_at(name, pos + m.start(group) + len(first) - len(name), "news lead")
    return None


# a legislature's evaluation of one body's work (区人大常委会副主任某某带队…，对区司法局工作开展评议调研 /
# 某县人大常委会组成评议调研组…对县司法局进行了工作评议): the body evaluated, whose work the item is about
# (…or a political consultative conference's democratic appraisal of it: 市政协对市某局去年以来工作的民主评议情况
# 进行了反馈)
_EVALUATED = lazy(
    rf"(?:人大|人大常委会|政协|评议组|评议调研组)[^。\n]{{0,120}}?对([{_HAN}（）()]{{1,23}}?[局委办厅院部署府站所队心道镇乡])"
    r"(?:(?:[^。，,\n]{0,8}?的?)?工作)?(?:的?民主评议|(?:开展|进行)了?(?:工作|专项工作|民主)?评议)"
)


def evaluated_body(text: str) -> Optional[Found]:
    """News of a legislature's evaluation (工作评议) of one body, in its first paragraphs: the body evaluated; none
    where several are (对区人力社保局、区水利局、区司法局工作开展集中评议: the committee's meeting is the news)."""
    for m in _EVALUATED.finditer(text, 0, 600):
        words = m.group(1)
        if (name := exact_name(words)) and name not in _GENERIC and words.endswith(name) and org_name(name):
            return found_at(name, m.end(1) - len(name), "news lead")
    return None


# a lead on a project that won an award, its body named before the project's quoted name (…颁奖典礼上，某州政府
# “乡镇法治政府建设新探索”项目荣获“中国法治政府奖”): the body whose project it is
_PROJECT_WON = lazy(
    rf"(?:^|[，,。]\s*)([{_HAN}（）()]{{2,24}}?)(?:申报的|选送的|报送的|推荐的|的)?"
    # (…or its case's title in book marks, and the list it made: 某局选送的《…》案例上榜)
    r"(?:[“\"][^”\"\n]{2,40}[”\"]|(?<=[送荐报]的)《[^《》\n]{2,60}》)(?:项目|案例|做法)?"
    r"(?:荣获|获得|获评|入选|被评为|上榜)"
)


# …or a body honoured, told in the passive at the lead's start (近日，某县委依法治县办被省委依法治省办评为…先进集体);
# never a later sentence of a paragraph (2023年，某市坚持…。全市获国家级荣誉23个。某大队被某部授予…: one of a report's
# results)
_HONOURED = lazy(
    rf"(?:^|\n)\s*(?:(?:近日|日前|近期)[，,]\s*)?([{_HAN}（）()]{{2,30}}?)被[^。\n]{{2,40}}?(?:评为|授予|命名为)"
)


# …or the one place or body a naming decision or a list names right after it, whoever printed it (近日，《某报》刊发了
# 某办关于…命名的决定，某市荣获“…示范市”称号)
_NAMED_AFTER_DECISION = lazy(
    rf"(?:命名的决定|的决定|名单|通报)[》”\"]?[，,]\s*([{_HAN}（）()]{{2,24}}?)"
    r"(?:荣获|获评|获得|被命名为|被评为|入选|成功入选|上榜)"
)


def award_winner(text: str) -> Optional[Found]:
    """News of one body's project winning an award, told in the lead's first sentences (see ``_PROJECT_WON``), or
    of a body honoured (see ``_HONOURED``), or named by a decision the lead's first sentence reports (see
    ``_NAMED_AFTER_DECISION``): the first such body."""
    for m in _PROJECT_WON.finditer(text, 0, 400):
        sentence = max(text.rfind("。", 0, m.start(1)), text.rfind("\n", 0, m.start(1))) + 1
        if len(re.findall(r"[，,]", text[sentence : m.start(1)])) > 2:
            continue  # 2023年，某市司法局深入践行…，推进…，我市入选…，某区“…”获评…: one of the year's results, not the lead
        if (name := exact_name(m.group(1), place=True)) and name not in _GENERIC and m.group(1).endswith(name):
            return found_at(name, m.end(1) - len(name), "news lead")
    if (m := _HONOURED.search(text, 0, 300)) and (name := exact_name(m.group(1))) and name not in _GENERIC:
        return found_at(name, m.start(1), "news lead")
    for start, line in _line_starts(text[:600], 10):
        first = line.split("。")[0]
        m = _NAMED_AFTER_DECISION.search(first)
        if m and proper_place(m.group(1)):
            return found_at(m.group(1), start + m.start(1), "news lead")
    return None


# a report that says whose it is (此报告是某研究院2017年…发展报告的最终结果): its maker, named at once; never the office
# that compiled a government's report for it (本报告由某苏木党政综合办公室编制 is the government's report)
_SELF_DESCRIBED = lazy(rf"(?:此|本)(?:报告|白皮书|蓝皮书)(?:是|系|为)([{_HAN}（）()]{{4,40}}?)(?={_YEAR}\s*年)")


# …or the body whose work a report's purpose clause names before it calls itself 我局 (为认真做好某市某局政府信息公开
# 工作，我局按照…): that body, when its name ends in the organ the report calls itself
_OWN_WORK_THEN_WE = lazy(
    rf"为(?:认真|进一步|切实|更好地?)?做好([{_HAN}（）()]{{3,30}}?[局委厅办院署])(?:的)?[^，,。\n]{{2,24}}?工作[，,]\s*"
    r"我([局委厅办院署])"
)


def self_described(text: str) -> Optional[Found]:
    """The maker a report names when it says what it is (see ``_SELF_DESCRIBED``), in its first 1,500 characters,
    or names before it calls itself 我局 (see ``_OWN_WORK_THEN_WE``)."""
    if (m := _SELF_DESCRIBED.search(text, 0, 1500)) and (name := exact_name(m.group(1))) and name not in _GENERIC:
        return found_at(name, m.start(1), "preamble")
    if (
        (m := _OWN_WORK_THEN_WE.search(text, 0, 1500))
        and (name := exact_name(m.group(1)))
        and name not in _GENERIC
        and name.endswith(m.group(2))
    ):
        return found_at(name, m.start(1), "preamble")
    return None


# the body that runs or publishes a survey of how satisfied the public is with the rule of law, as a news item about
# the survey names it at a sentence's start (近日，某省委依法治省办、某省统计局公布了《2020年…满意度调查报告》 /
# 今年2月，某办、某局联合组织开展“…满意度调查”工作 / 某办从2017年起委托某局…进行法治建设群众满意度调查): the first
# body named, whose survey the item is about
_SURVEY_RUN_BY = lazy(
    rf"(?:^|[。，,；;\n])\s*([{_HAN}（）()]{{4,40}}?)(?:、[{_HAN}]{{2,20}}?)?(?:联合)?"
    r"(?:(?:公布|发布)了?《[^《》\n]{2,60}?(?:满意度)?调查报告》|组织开展[“\"]?[^。\n]{0,40}?满意度调查|"
    r"从(?:19|20)\d{2}年起委托[^。\n]{0,40}?(?:进行|开展)[^。\n]{0,40}?满意度调查)"
)


# …or that runs a yearly assessment of governments and publishes its report (某研究院和某出版社共同发布了《…评估报告
# (2017)》 / 自2013年某研究院启动…评估项目 / 某研究院设立“…评估项目” / …评估由某研究院组织举办): the assessor, whose
# report a piece on its findings or on a city's rank in it is about
_ASSESSED_BY = lazy(
    rf"(?:^|[。，,；;\n]|(?:19|20)\d{{2}}年)\s*([{_HAN}]{{4,30}}?)(?:(?:和|与|、)[{_HAN}]{{2,20}}?(?:共同|联合)?)?"
    r"(?:(?:公布|发布)了?《[^《》\n]{2,60}?(?:评估报告|蓝皮书)[^《》\n]{0,20}》|(?:启动|设立)[^。\n]{0,30}?评估项目)"
    rf"|评估由([{_HAN}]{{4,30}}?)(?:组织|主办|举办|负责|承办)"
)


def survey_host(text: str) -> Optional[Found]:
    """News of a survey of the public's satisfaction with the rule of law, or of a yearly assessment of governments:
    the body that runs or publishes it (see ``_SURVEY_RUN_BY`` and ``_ASSESSED_BY``), in the item's first
    paragraphs."""
    for m in (*_SURVEY_RUN_BY.finditer(text, 0, 800), *_ASSESSED_BY.finditer(text, 0, 800)):
        if _PLACE_REF.search(text, 0, m.start()):
            # 2017年，我市…。2017年9月，某研究院发布《…评估报告》，我市位居第一: a place speaking of itself first, its own
            # report citing its rank, whoever assessed it
            break
        group = 1 if m.group(1) else 2
        if (name := org_name(m.group(group))) and name not in _GENERIC and m.group(group).endswith(name):
            return found_at(name, m.end(group) - len(name), "news lead")
    return None


# the session of a congress that adopts a resolution, on the resolution's adoption line ((2020年1月10日 某市第十六届
# 人民代表大会第四次会议通过)) or as the subject of its opening (某市第十六届人民代表大会第四次会议听取和审查了…)
_SESSION = (
    rf"(?:[{_HAN}]{{2,20}}?)?第[一二三四五六七八九十]{{1,3}}届(?:全国)?人民代表大会(?:常务委员会)?"
    r"第[一二三四五六七八九十]{1,3}次(?:全体)?会议"
)
_ADOPTING_SESSION = lazy(
    rf"\s*[(（]\s*(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*({_SESSION})\s*通过\s*[)）]"
    # (never a session a sentence names as the adopter of what it is about: 某县…第三次会议审议通过的《政府工作报告》…)
    # (…after the 经 of a decision made through it: 经某旗第十七届人民代表大会第五次会议审议，…决定批准)
    rf"|\s*经?({_SESSION})(?:听取|审议|审查)(?!(?:通过|批准)?的)"
    # (…or its standing committee's chairpersons' meeting, which adopts the committee's opinions on a report it heard:
    # (2024年5月7日某市第十四届人民代表大会常务委员会第五十一次主任会议通过): the standing committee's)
    rf"|\s*[(（]\s*(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*"
    r"((?:[\u4e00-\u9fff]{2,20}?)?第[一二三四五六七八九十]{1,3}届人民代表大会常务委员会)"
    r"第[一二三四五六七八九十]{1,4}次主任会议\s*通过\s*[)）]"
)


def adopting_session(text: str) -> Optional[Found]:
    """A resolution of a congress's session, named on its adoption line or as its opening's subject within the
    first lines (see ``_ADOPTING_SESSION``): that session, the body whose resolution it is."""
    for start, line in _line_starts(text[:600], 6):
        if m := _ADOPTING_SESSION.match(line):
            group = next(k for k in (1, 2, 3) if m.group(k))
            session = m.group(group)
            # (a standing committee's sitting adopts in the committee's name: 某省第十四届人民代表大会常务委员会第十七次
            # 会议通过 is the committee's regulation; a congress's plenary session is the body that sits once)
            if committee := re.match(
                r".{2,30}?(?:常务委员会|常委会)(?=第[一二三四五六七八九十百\d]{1,4}次会议$)", session
            ):
                session = committee.group()
            return found_at(session, start + m.start(group), "adopting session")
    return None


# a circular's checker, the subject of the sentence right before its formula (2020年7月—10月，某办对各地区…进行了检查。
# 现将有关情况通报如下：): the body that did the checking circulates its results
_CHECKED_THEN_CIRCULATED = lazy(
    rf"(?:^|[。，,\n])\s*(?:(?:19|20)\d{{2}}年[^。，,\n]{{0,16}}[，,]\s*)?([{_HAN}（）()]{{4,40}}?)"
    r"(?:于[^。，,\n]{2,20}?|近期|近日|日前)?对[^。\n]{2,120}?(?:进行了?|开展了?)[^。\n]{0,8}?(?:检查|抽查|督查|督办|考核|评估|监测|测评)[^。\n]{0,10}。"
    r"\s*(?:现将|特将|兹将)[^。\n]{0,20}?通报如下"
)


def circulated_check(text: str) -> Optional[Found]:
    """A circular on a check (see ``_CHECKED_THEN_CIRCULATED``), within its first paragraphs: the checking body."""
    if (m := _CHECKED_THEN_CIRCULATED.search(text, 0, 1500)) and (name := exact_name(m.group(1))):
        if name not in _GENERIC:
            return found_at(name, m.start(1), "circular")  # (exact_name keeps the slot whole)
    return None


# a notice's issuer deciding a commendation (…的基础上，某办决定通报表扬某市…为…先进城市): the body that decides
_DECIDED_HONOURS = lazy(
    rf"(?:^|[。，,；;\s])([{_HAN}（）()]{{4,40}}?)决定(?:对[^。\n]{{0,30}}?)?(?:予以)?(?:通报表扬|通报表彰|表彰|命名|授予)"
)


def decided_honours(text: str) -> Optional[Found]:
    """The body a notice's commendation says decided it (see ``_DECIDED_HONOURS``), in its first paragraphs."""
    for m in _DECIDED_HONOURS.finditer(text, 0, 1500):
        if (name := exact_name(m.group(1))) and name not in _GENERIC:
            return found_at(name, m.start(1), "circular")
    return None


# a court's, a procuratorate's or a standing committee's report a session passes (大会表决通过了某县人民检察院工作报告,
# 《某县人民法院工作报告》…获大会全票通过, 某院工作报告获一致通过)
# the bodies that deliver a work report of their own to a congress's session: its court, its procuratorate, its standing
# committee (read by passed_report, which takes a court's short form 中院 too, and by delivered_report)
_SESSION_REPORTER = r"人民法院|法院|人民检察院|检察院|人大常委会|人民代表大会常务委员会"
_PASSED_REPORT = lazy(rf"《?([{_HAN}（）()]{{2,30}}?(?:{_SESSION_REPORTER}|中院))工作报告》?")
# the passing said of that report: 获(全票/一致)通过 after it, 表决通过了 before it
# (…or by the votes it got: 某院工作报告以100%赞成票通过)
_PASSED_AFTER = lazy(r"[^。\n]{0,30}?(?:获|以)[^。\n]{0,12}?通过")
_PASSED_BEFORE = lazy(r"通过了?(?:关于)?$")  # (…or the resolution on it: 全票通过了关于《某院工作报告》的决议)


# a body's head who presents its work report to a session on its behalf (某区人民法院代院长某某代表某区法院向大会作
# 工作报告): the body whose report it is
_DELIVERED_FOR = lazy(
    rf"代表([{_HAN}]{{2,30}}?(?:{_SESSION_REPORTER}))"
    r"向[^。\n]{0,24}?作了?[^。\n]{0,12}?工作报告"
)


def delivered_report(text: str) -> Optional[Found]:
    """A session's news whose opening says whose work report a head presented on that body's behalf (…代表某区法院
    向大会作工作报告): that body, the report being its own."""
    if (m := _DELIVERED_FOR.search(text, 0, 600)) and (name := exact_name(m.group(1))) and name not in _GENERIC:
        return found_at(name, m.start(1), "delivered report")
    return None


def passed_report(text: str) -> Optional[Found]:
    """A session's news whose opening says one body's work report was passed (…人民法院工作报告获全票通过): that
    body, named in full where the opening does; none when the opening names the reports of two bodies (a session
    that heard the standing committee's, the court's and the procuratorate's)."""
    head = text[:800]
    names: list[tuple[str, int]] = []
    passed = False
    for m in _PASSED_REPORT.finditer(head):
        words = m.group(1)  # the longest name that ends the words before 工作报告 (大会表决通过了|某县人民检察院)
        k, name = next(((k, name) for k in range(len(words)) if (name := exact_name(words[k:]))), (0, None))
        if (
            name
            and name not in _GENERIC
            and not re.match(r"[年月日\d]", name)
            # a court is its place's (某县人民法院, 银川中院): 各基层法院 cut to 层法院 names none
            and not (_ownerless(name) and not starts_a_stem(name))
        ):
            names.append((name, m.start(1) + k))
            passed = passed or bool(
                _PASSED_AFTER.match(head, m.end()) or _PASSED_BEFORE.search(head, max(0, m.start() - 6), m.start())
            )
    if not passed:
        return None
    kinds = {
        re.sub(r".*?(法院|中院|检察院|常委会|常务委员会)$", r"\1", name).replace("中院", "法院") for name, _ in names
    }
    if len(kinds) != 1:
        return None
    name, at = max(names, key=lambda n: len(n[0]))
    return found_at(name, at, "passed report")


# what a name owned by its place starts with: a level word (县委…, 市司法局), a central or national body's prefix
_OWNER_WORD = lazy(rf"[{LEVEL_CHARS}]|中共|中央|国家|国务院|全国")


def _ownerless(name: str) -> bool:
    """``name`` names no place of its own (依法治县领导小组, 全面依法治区委员会): a body every county or district
    has, which only its place tells apart."""
    return not _OWNER_WORD.match(name) and not any(proper_place(name[:k]) for k in range(3, len(name)))


def _owned(lead: str, held_at: int, found: Found, offset: int) -> Found:
    """A meeting's body named without its place (甘谷县召开依法治县领导小组工作会议): the place (or its Party
    committee) that holds it, the two named as one body (甘谷县依法治县领导小组), when the lead writes the holder
    right before its 召开; the body as written otherwise."""
    name, (start, end), source = found
    if not _ownerless(name) or not lead.startswith("召开", held_at):
        return found
    at = _name_before(lead, held_at, 16)
    if at is None or not (whole := exact_name(lead[at:held_at] + name)):
        return found
    return whole, (offset + at, end), source


_SHORT_PLACE = lazy(rf"(?:^|[，,]\s*)([{_HAN}]{{2,3}}?)(?=召开|举行|出台|印发|发布)")


def lead_place(text: str) -> Optional[Found]:
    """A news lead about a place's rule-of-law work (介绍2024年某市法治政府建设情况), or a place named short as the
    subject of its first sentence (昨日上午，晋江召开…) when the text also gives it in full (晋江市)."""
    lead = text[:300]
    for m in _ABOUT_PLACE.finditer(lead):
        name = exact_name(m.group(1), place=True)
        if name and name not in _GENERIC:
            return found_at(name, m.start(1), "news lead")
    if found := _our_place(text):
        return found
    if (
        (congress := _CONGRESS_HELD.search(lead))
        and (
            proper_place(place := congress.group(1))
            # (…a town whose name opens with a word no name opens with, 和平乡, when the text names its government too)
            or (place[-1] in "乡镇" and f"{place}人民政府" in text[:3000])
        )
    ):
        return found_at(place, congress.start(1), "news lead")  # 某乡第十八届人民代表大会第二次会议隆重召开
    if (profile := _PROFILE.match(lead)) and proper_place(profile.group("name")):
        return found_at(profile.group("name"), profile.start("name"), "news lead")  # 某县⏎某县位于…: its profile
    if found := _outlet_place(lead):
        return found
    # (the first sentence past a carrier's rows: a page's date row above the lead is not the lead)
    first = re.split(r"[。！!\n]", lead[carrier_rows(lead) :].lstrip("\n"), maxsplit=1)[0]
    for m in _SHORT_PLACE.finditer(first):
        for suffix in "市县区":
            full = m.group(1) + suffix
            if (at := text.find(full, 0, 3000)) >= 0 and exact_name(full, place=True) and full not in _GENERIC:
                return found_at(full, at, "news lead")
    return None


_OUR = re.compile(r"我(市|县|区)")
# a place's congress in session as a lead's subject (…，某乡第十八届人民代表大会第二次会议隆重召开): the place's news
_CONGRESS_HELD = lazy(
    rf"(?:^|[，,。\n])\s*([{_HAN}]{{2,12}}?)第?[一二三四五六七八九十]{{1,3}}届人民代表大会第[一二三四五六七八九十\d]{{1,3}}次会议"
    r"(?:[^，,。\n]{0,12}?)(?:隆重|胜利|顺利)?(?:召开|开幕|闭幕|举行)"
)
# a place's profile page: its name on a line of its own (or 走进某县, 某县概况), then where it lies (某县位于…)
_PROFILE = lazy(rf"^\s*(?:走进)?(?P<name>[{_HAN}]{{2,12}}?)(?:概况|简介)?\s*\n\s*(?P=name)(?:位于|地处)")
# a county's own outlet opening its lead (某某新闻网讯（记者 某某）11月4日上午，我县在…召开…, 某某网讯 6月1日，我市召开…):
# the place it is named after
_OUTLET_LEAD = lazy(
    rf"^\s*([{_HAN}]{{2,4}}?)(?:新闻网|网|新闻|融媒体中心|融媒|广播电视台|电视台|日报|发布)\s*讯"
    rf"(?:\s*[(（][^()（）\n]{{0,30}}[)）])?[^。\n]{{0,30}}?[，,]\s*我(市|县|区)"
    # (…doing the lead's deed: 我县在…召开; 我市有多项工作获表彰 is the city's bureaux honoured, not the city acting)
    r"(?=(?:在[^，,。\n]{0,24}?)?(?:召开|举行|举办|开展|启动|召集))"
)


# …or from its government's portal, in brackets (【某某政府网消息】7月16日，全市法治建设工作推进会召开，…): the place's
# meeting of all its bodies (全市…会召开), or its 我市 at work
_PORTAL_LEAD = lazy(
    rf"^\s*【([{_HAN}]{{2,4}}?)(?:人民)?政府网(?:消息|讯)】[^。\n]{{0,12}}?"
    r"(?:全(市|县|区)[^。\n，,]{0,30}?(?:会议?|大会)(?:在[^。\n，,]{2,16})?(?:召开|举行)|[^。\n]{0,30}?[，,]\s*我(市|县|区)"
    r"(?=(?:在[^，,。\n]{0,24}?)?(?:召开|举行|举办|开展|启动|召集)))"
)


def _outlet_place(lead: str) -> Optional[Found]:
    """A lead from a place's own outlet whose first sentence says 我县: the outlet's place at that level (仪陇新闻网讯
    …我县 → 仪陇县), quoted by the outlet's name."""
    for m in (_PORTAL_LEAD.match(lead), _OUTLET_LEAD.match(lead)):
        if m:  # the outlet's name, then the level its lead speaks of (我县, 全市)
            place = m.group(1) + next(level for level in m.groups()[1:] if level)
            if exact_name(place, place=True) == place and place not in _GENERIC:
                return place, m.span(1), "news lead"
    return None


_CLAUSE_PLACE = lazy(rf"(?:^|[，,。！!；;\n]\s*)([{_HAN}]{{2,10}}?[市县区])(?=[{_HAN}])")


def _our_place(text: str) -> Optional[Found]:
    """A headline that says 我市 (喜报!我市进入…名单) about the one city its lead names as a subject
    (…名单，某市成功入选): the place the headline speaks for."""
    lines = text[:600].split("\n")
    for i, line in enumerate(lines[:6]):
        if len(line) > 60 or "。" in line or not (our := _OUR.search(line)):
            continue
        if re.search(r"(?:来|到|莅临)我[省市县区]", line):
            return None  # 某县来我县考察…: a visiting place, the headline's 我县 its unnamed host
        start = sum(len(x) + 1 for x in lines[: i + 1])
        lead = text[start : start + 300]
        places = {
            m.group(1): start + m.start(1)
            for m in _CLAUSE_PLACE.finditer(lead)
            if m.group(1)[-1] == our.group(1)
            and org_name(m.group(1), place=True) == m.group(1)
            and m.group(1) not in _GENERIC
        }
        if len(places) == 1:
            ((name, at),) = places.items()
            return found_at(name, at, "news lead")
        return None
    return None


def credit_line(text: str) -> Optional[Found]:
    """The credit closing a news item: (某区政府法制办) — an organ, never a person's name (no organ suffix)."""
    last = text.rstrip().rsplit("\n", 1)[-1]
    m = re.search(rf"(?:^|[。！!”])\s*[（(]([{_HAN}]{{4,24}})[)）]\s*$", last)
    if m and (name := exact_name(m.group(1))) and name not in _GENERIC and not outlet(name):
        if re.search(r"[局委厅]办公室$", name) and exact_name(name[:-3]) == name[:-3]:
            name = name[:-3]  # (某市财政局办公室): a bureau's general office writes up the bureau's news
        return found_at(name, len(text.rstrip()) - len(last) + m.start(1), "signature")
    return None


# 如对本年度报告有疑问，请与某局(办公室)联系: a disclosure report's closing names the body that answers for it
_CONTACT = lazy(
    # (…or 对报告内容如有疑问，请与某镇人民政府党政办联系: the report by its content)
    # (…or 可与某街道办事处联系, the request put as a possibility)
    rf"(?:本年度报告|本报告|对报告|报告内容)[^。]{{0,40}}?(?:(?:请|可)与([{_HAN}（）()]{{2,32}}?)联系"
    # (…or 请联系：某局, the body named after the request, its address or telephone after it)
    rf"|请联系[:：]?\s*([{_HAN}]{{2,32}}?)(?=[（(，,。；;\s]|地址|电话|联系|$))"
    # (…or in the sentence after the one on the report, as a disclosure report's template puts it: 报告电子版通过某局网站
    # 全文公开。如有疑问请与某局办公室联系)
    rf"|(?<=报告)[^。]{{0,80}}。\s*如(?:有|对[^。]{{0,20}}有)(?:任何)?疑问[，,]?\s*(?:请|可)与([{_HAN}（）()]{{2,32}}?)联系"
)


# a township's, a street's, a zone's internal office (党政办公室, 党政综合办公室, 党政办), which speaks for the place it
# serves: read by the contact finder (请与某街道党政办联系) and the agency finder (由某乡人民政府党政办公室编制)
INTERNAL_OFFICE = re.compile(r"党政(?:综合)?办(?:公室)?$")


def contact_line(text: str) -> Optional[Found]:
    """The body a report asks its readers to contact about it (如对本年度报告有疑问，请与某局联系; 如对本报告有疑问，
    请联系：某局(地址…)); a department's office stands for the department (请与某医疗保障局办公室联系 → 某医疗保障局),
    a street's 党政办公室 for the street (某街道办事处党政办公室 → 某街道办事处), a county's government's office for
    itself (某县人民政府办公室), a town's for the town's government; never a superior or an outlet."""
    for m in _CONTACT.finditer(text, 0, 20000):
        group = m.lastindex or 1  # 请与某局联系 or 请联系：某局, whichever matched
        candidate = m.group(group)
        place = False
        if unit := re.search(r"(?<=[局委厅署院会])(?:综合[股科室])$", candidate):
            # (…and its general section for it: 请与某县科学技术局综合股联系 → 某县科学技术局)
            candidate = candidate[: unit.start()]
        elif re.search(r"[局委厅署院会]办公室$|(?<=[镇乡])(?:人民)?政府办公室$|(?<=街道)办事处办公室$", candidate):
            # (…and a town's government's office, which has no reports of its own, for the town's government:
            # 请与某区某镇人民政府办公室联系 → 某区某镇人民政府; a street office's for the street office)
            candidate = candidate[: -len("办公室")]
        elif group_office := re.search(
            r"(?:(?<![省市县区州旗民])政府|政务)?信息公开(?:工作)?(?:领导小组(?:办公室)?|办公室)$", candidate
        ):
            # (…and its own disclosure group's office for the body: 某街道办事处政府信息公开领导小组办公室; or its
            # disclosure office, 某省人民政府信息公开办公室)
            # (…the group a place's, whose name is the place's: 龙游县大街乡信息公开领导小组办公室 → 龙游县大街乡)
            candidate, place = candidate[: group_office.start()], True
        elif office := INTERNAL_OFFICE.search(candidate):
            # an internal office stands for its place (某街道党政办 → 某街道, the place by its name)
            candidate, place = candidate[: office.start()], True
        # …and so does its open-government office (某街道办事处政务公开工作领导小组办公室 → the street), and a place's
        # for the place (某省政务公开办公室 → the province)
        if office := re.search(r"政务公开(?:工作)?(?:领导小组)?办公室$", candidate):
            candidate, place = candidate[: office.start()], True
        name = exact_name(candidate, place=place)
        if name and name not in _GENERIC and not outlet(name):
            return found_at(name, m.start(group), "contact")
    return None


# the posts that head a government body, and the kind of body each heads (a 局长 heads a 局): one list for the head's
# title here and for the agency finder's title of a head's own report (某局局长2023年度述法报告)
_HEADS = {"局长": "局", "厅长": "厅", "主任": "委办", "署长": "署", "院长": "院", "部长": "部", "检察长": "院"}
BODY_HEAD = "|".join(_HEADS)
# a body's head by title, then the person: 某省公安厅党委书记、厅长某某, 某局党组书记、局长某某, 某委主任某某,
# 某集团有限公司党组书记、董事长某某; the title says what kind of body it heads (a 厅长 heads a 厅)
HEAD_POST = rf"(?:党组|党委)?(?:副?书记|成员|委员)?[、，,]?(?:副|代|常务副)?({BODY_HEAD}|董事长|总经理)"
# the person a title names (局长某某), never a title's office, mailbox or duty (局长办公会议, 局长信箱, 局长负责制)
_PERSON = rf"(?!办公|会议|信箱|热线|接待|职责|负责|责任)[{_HAN}]{{2,3}}"
_HEAD = lazy(rf"{HEAD_POST}{_PERSON}")
# the head of another body on a visit (某局局长某某一行来我局调研): the host's text, not the visitor's; or one who
# accompanies another's visit (某局党组书记某某陪同): there as the visit's escort, the news being the visit's
_VISIT = lazy(r"一行|莅临|带队|率队|陪同|来我|到我|赴我|调研|检查|督导|督查|视察|考察|指导")
# a visitor or an escort by the posts a news lead gives: a head's title, or a Party group's secretary alone
_VISITOR = lazy(rf"(?:{HEAD_POST}|(?:党组|党委)副?书记){_PERSON}")
# what a head does as a news lead's subject in its own body: chairs, opens, attends its meeting
# what may stand before a news lead's subject: its day (12月12日，, 近日，)
_LEAD_START = lazy(r"\s*(?:(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?\d{1,2}日(?:上午|下午)?|近日|日前)?[，,]?\s*")
# a wire's or a paper's credit before the lead, its writer in brackets (新华网杭州9月30日电(记者某某)), the lead's subject
# right after it
_WIRE_CREDIT = lazy(r"[^。，,；;\n]{0,24}?(?:日电|讯)\s*" + CREDIT_WRITER + r"\s*")
# (…or speaks at the meeting the lead tells of: 某部部长某某在…召开的全国…工作会议上强调)
# (…or presents its work at a press conference, on the day the wire gives: 某部副部长某某26日在国新办新闻发布会上介绍)
_CHAIRS = lazy(
    rf"{HEAD_POST}[{_HAN}]{{2,3}}?(?:同志)?(?:主持|召开|出席|宣布|讲话|签发|签署"
    r"|在[^。，,；;\n]{4,60}?会议上(?:强调|指出|表示|要求)"
    r"|(?:\d{1,2}日(?:上午|下午)?)?在[^。，,；;\n]{0,30}?(?:新闻)?发布会上(?:介绍|表示|指出|通报|透露))"
)


def visiting(text: str, end: int) -> bool:
    """The body named just before ``end`` is there through its head on a visit (某局党组书记、局长某某一行来我局…,
    某局党组成员、副局长某某一行对某镇…进行督导), or escorting one (某局党组书记某某陪同), or as a guest (``_guest``)."""
    if not (head := _VISITOR.match(text, end)):
        return False
    return bool(_VISIT.search(text, head.end(), head.end() + 24)) or _guest(text, end, head)


# where the sentence that lists an event's guests ends
_SENTENCE_END = lazy(r"[。！!；;\n]")
# what guests do at another's event (某局党组书记、局长某某，某市委副书记某某…出席): they attend, speak, take part
_ATTEND = lazy(r"出席|参加|参会|到会|应邀|致辞")
# what a host's head does at its own event: chairs it, calls it, leads a group
_HOST = lazy(r"主持|召开|组织|带队|率队|一行|宣布")
# a meeting of a whole level's line of work (全国…工作会议, 全省…推进会), which its head body convenes and attends first
_WHOLE_MEETING = lazy(r"全(?:国|省|市|州|县|区)[^。\n]{0,24}?(?:会议|工作会|推进会|座谈会)")
# …and the next head in the list, of a body the list names (、某市委副书记某某, / 某县人大常委会党组书记某某参加), not the
# first body's own deputies (副主任某某、…参加: a body's leaders at its own event)
_ANOTHER_HEAD = lazy(
    rf"(?:同志)?[，,、]\s*[^，,。；;\n]{{0,40}}?(?:[省市县区州旗镇乡委局院厅部会]|政府)[^，,。；;\n]{{0,20}}?"
    rf"(?:书记|[^家]长|主任|主席|委员)[{_HAN}]{{2,3}}(?:同志)?(?:[，,、]|{_ATTEND.pattern})"
)


def _guest(text: str, end: int, head: re.Match[str]) -> bool:
    """The body named just before ``end`` is there through its head (``head``, its post and name), the first of two
    or more heads of bodies listed as attending an event the sentence before told of (某仪式在某地举行。某局党委书记、
    局长某某，某市委副书记某某…出席): a guest of the event, whose news is its host's or its subject's, never the first
    guest's."""
    if _WHOLE_MEETING.search(text, max(0, end - 160), end):
        # 全国教育政策法治工作会议在某地召开。教育部党组成员、副部长某某，某省政协副主席某某出席: the host's head
        return False
    stop = _SENTENCE_END.search(text, end)
    rest = text[head.end() : stop.start() if stop else len(text)]
    return _ATTEND.search(rest) is not None and _HOST.search(rest) is None and _ANOTHER_HEAD.match(rest) is not None


def _headed_bodies(text: str, end: int) -> list[tuple[str, int, str]]:
    """(body, where it starts, the head's title) for each head named at the start of a clause in text[:end]: the
    body's name runs from the clause's start (a mark, a space, a line's start: 副省长、|某厅党委书记) to its
    head's title."""
    out = []
    for m in _HEAD.finditer(text, 0, end):
        at = _clause_start(text, m.start())
        if (credit := _WIRE_CREDIT.match(text, at, m.start())) and credit.end() < m.start() - 1:
            at = credit.end()  # 某网某地9月30日电(记者某某)某部部长…: a wire's credit run onto the body's name
        name = text[at : m.start()]
        if (exact_name(name) or company_name(name)) and name not in _GENERIC and not visiting(text, m.start()):
            out.append((name, at, m.group(1)))
    return out


def _clause_start(text: str, end: int, longest: int = 32) -> int:
    """Where the run of name characters that ends at ``end`` starts (after a mark, a space, a line's start)."""
    at = end
    while at > 0 and at > end - longest and re.match(rf"[{_HAN}（）()]", text[at - 1]):
        at -= 1
    return at


def _in_full(text: str, found: Found) -> Found:
    """A body's head named by its short form (县某局局长某某) where the text elsewhere writes it whole after a mark
    (，武定县某局与…): the whole name, the same body."""
    name = found[0]
    longest = found
    for at in occurrences(text[:20000], name):
        start = _clause_start(text, at + len(name))
        whole = text[start : at + len(name)]
        if len(whole) > len(longest[0]) and whole.endswith(name) and exact_name(whole):
            longest = found_at(whole, start, found[2])
    return longest


def head_of(text: str) -> Optional[Found]:
    """The body a text names through its head's title. A text that calls itself 我厅 and names one 厅 whose head
    it quotes (副省长、省公安厅党委书记、厅长某某) is that 厅's; a news lead whose subject is a head
    (某集团有限公司党组书记、董事长某某主持召开…) is that body's. Never a head on a visit (…一行来我局调研), nor a body
    of another kind than the text calls itself (a 局长's bureau in a 我委 text), nor when two bodies' heads are
    named (the writer's and another's), nor when the writer names its own head by 我院 (我院院长某某: the 县检察院
    whose 检察长 it names beside is a guest)."""
    organs = self_organs(text)
    if organs:
        if re.search(rf"我(?:{'|'.join(organs)})(?:党组|党委)?[^，,。、；;\s]{{0,6}}?(?:书记|长|主任)", text[:20000]):
            return None  # 我院党组书记、代院长某某: the writer's own head goes by 我院; a 院 named with its head is another
        named = {
            name: at
            for name, at, title in _headed_bodies(text, 20000)
            if title in _HEADS and set(_HEADS[title]) & organs and speaks_as(name, organs)
        }
        if len(named) == 1:
            ((name, at),) = named.items()
            return _in_full(text, found_at(name, at, "head"))
        return None
    for pos, line in _line_starts(text[:600], 4):  # the lead's line, under a headline, an account line or a byline
        first = re.split(r"[。！!]", line, maxsplit=1)[0]
        for name, at, _ in _headed_bodies(first, len(first)):
            if _CHAIRS.match(first, at + len(name)) and (
                _LEAD_START.fullmatch(first[:at]) or _WIRE_CREDIT.fullmatch(first[:at])
            ):
                return found_at(name, pos + at, "head")
    return None


# a leader's own account of the post he holds (本人担任区交通运输局党组书记、局长以来, 本人自2022年3月任某镇党委书记以来):
# a 述法 report in the first person, the body he heads speaking through him
_POST_HELD = lazy(
    rf"本人(?:自[^，,。\n]{{2,16}}?)?(?:担任|任)([{_HAN}（）()]{{2,30}}?)(?:{HEAD_POST}|(?:党组|党委|党工委)?副?书记|[镇乡区县市州]长)"
)


def post_held(text: str) -> Optional[Found]:
    """The body whose head writes in the first person of the post he holds (本人担任某局局长以来): that body."""
    if (m := _POST_HELD.search(text, 0, 1500)) and org_name(m.group(1), place=True) == m.group(1):
        return m.group(1), m.span(1), "self-reference"
    return None


# a legislature or a party committee that hears others' reports (区人大常委会, 县政协, 市委常委会): the news of its
# hearing is about the report, whose body is the item's agency
_HEARER = re.compile(r"(?:人大常委会|人大|人民代表大会(?:常务委员会)?|常委会|政协|常务委员会)$")
# a news lead's opening: its day, then the hearer (3月22日，县人大常委会召开座谈会…)
_DATED_LEAD = lazy(
    # (…or told as it sits: 正在召开的省人大常委会第三十次会议听取和审议了…; after a site's dateline and its writer:
    # 某网某站3月31日讯(记者 某某)3月31日上午，…)
    rf"\s*(?:[^\n。，,]{{0,24}}?(?:讯|日电)\s*(?:[(（][^()（）]{{0,30}}[)）])?\s*)?(?:(?:{_YEAR}年)?(?:\d{{1,2}}月)?\d{{1,2}}日(?:上午|下午|晚上?)?|近日|日前|近期|正在(?:召开|举行)的)[，,、;；\s]*"
    rf"([{_HAN}]{{2,30}}?)(?:第[一二三四五六七八九十百\d]{{1,4}}次(?:全体|常务)?会议)?"
    rf"(?:副?主任|副?主席|召开|举行|在|以|听取|审议|评议|就)"
)
_HEARS = lazy(r"(?:听取(?:和审议)?|审议(?:通过)?|评议)了?")
# an item of what it heard: 区人民政府关于…的报告, (某某)代表区政府所作的…报告, 县卫健局等单位负责人汇报, 县人民政府
# 依法行政工作情况汇报 (the work named right after the body)
_REPORTER = lazy(
    rf"(?:[{_HAN}]{{0,4}}(?:同志)?代表)?([{_HAN}（）()]{{2,32}}?)(?:所作|关于|的?(?:主要)?负责(?:人|同志)|党组|(?:{_YEAR}\s*年)|等(?:单位|部门)|工作情况通报|(?=依法行政|法治政府建设))"
)

# …or its head, by post and name, who delivered it (县气象局局长某某受县政府委托所作的《关于气象工作的报告》): the body
# the head leads
_HEAD_REPORTER = lazy(
    rf"([{_HAN}（）()]{{2,24}}?)(?:{HEAD_POST})[{_HAN}]{{2,3}}(?:同志)?(?:受[^，,。；;]{{2,16}}?委托)?(?:所作|作)的?《"
)
# …or the report's own title, quoted after whoever delivered it: 副区长某某作的《某区政府关于法制工作情况的报告》,
# 检察长某某作的《某区人民检察院工作报告》
_QUOTED_REPORT = lazy(rf"《([{_HAN}（）()]{{2,32}}?)(?:关于|{_YEAR}\s*年|工作报告》)")


def hearer(name: str) -> bool:
    """A legislature or a party committee's standing committee: a body that hears others' reports."""
    return bool(_HEARER.search(name))


_HEARD_ITEM = re.compile(r"(?:(?!(?:和|及|以及)[省市区县州旗盟镇乡])[^、，,])+")


def heard_reports(text: str, start: int = 0) -> Optional[tuple[list[Found], list[Found]]]:
    """A news lead of a legislature's (or a party committee's) meeting that heard reports: (every body whose report
    it heard, those of them whose report is on rule-of-law government) in its first paragraph, or None when the
    text opens no such lead. 区人大常委会…听取了区人民政府关于2023年工作推进情况报告: the government's; 县人大常委会
    召开座谈会…听取县卫健局、县医保局、县教育局等单位负责人汇报: three bodies, no one's."""
    lines = [(s, e) for s, e in _lines(text[start:], 8) if text[start + s : start + e].strip()]
    for i, (s, e) in enumerate(lines[:5]):  # the lead, under a byline, a date row or an account line
        if (lead := _DATED_LEAD.match(text, start + s, start + e)) and _HEARER.search(lead.group(1)):
            # the lead and the paragraph after it (…第十次会议。/ 会议…审议通过了…)
            para_end = start + lines[i + 1][1] if i + 1 < len(lines) else start + e
            start += s
            para = text[start:para_end]
            break
    else:
        return None
    bodies: list[Found] = []
    on_law: list[Found] = []
    reports: set[tuple[str, str]] = set()
    for m in _HEARS.finditer(para):
        clause = re.split(r"[。；;]", para[m.end() :], maxsplit=1)[0]
        # (a CPPCC's 部门情况通报会 hears a bureau's 工作情况通报; …or a body's account 关于…情况 with no word for report:
        # 听取和审议了市检察院关于…审议意见办理情况)
        if not re.search(r"报告|汇报|通报|关于[^。]{2,60}?情况$", clause):
            continue
        if _TO_HEAR.search(para, para.rfind("。", 0, m.start()) + 1, m.start()):
            continue  # 2023年，委员会拟开展…调研；协助常委会听取《…报告》: a hearing planned, no report heard yet
        if re.match(r"\s*(?:各|全体)?(?:代表团|代表组|审议小组|小组)", clause):
            continue  # 听取各代表团对县人民法院…工作报告审议情况的汇报: the delegations report on their debate, no body
        at = start + m.end()
        # (items listed with 、 or joined by 和/及 before the next body's place: 市司法局…的通报和市财政局…的报告; never
        # the 和 inside a name, 住房和城乡建设局)
        for item in _HEARD_ITEM.finditer(clause):
            words = item.group().strip()
            offset = at + item.start() + item.group().find(words)
            named = _HEAD_REPORTER.match(words) or _REPORTER.match(words) or _QUOTED_REPORT.search(words)
            name = exact_name(named.group(1), place=True) if named else exact_name(words)
            if not name or _HEARER.search(name):
                continue  # 审议通过了某县人大常委会2023年工作要点: the hearer's own paper, no report
            found = found_at(name, offset + (named.start(1) if named else 0), "cited report")
            # each report once, by its body and its subject's last words (…工作推进情况报告 told twice is one report;
            # one body's three reports on three subjects are a session's agenda, no one body's news)
            subject = re.sub(r"[的\s]", "", words)
            report = (name, subject[: max(subject.rfind("报告"), subject.rfind("汇报"), subject.rfind("通报"))][-6:])
            if report not in reports:
                reports.add(report)
                bodies.append(found)
            if re.search(r"法治政府|依法行政", words):
                on_law.append(found)
    return bodies, on_law
