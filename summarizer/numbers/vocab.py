"""The vocabulary around a number: units, multipliers, qualifiers and the fixed phrases that are no counts."""

from __future__ import annotations

from .fold import _fold

# Measure words / units accepted after a number (simplified; the text is folded first). Longer
# units are tried first, so 个工作日 wins over 个 and 人次 over 人. 个 + noun compounds are listed
# explicitly: an open "个 + anything" rule would read 四个意识 as a count.
_UNITS: tuple[str, ...] = (
    # time and calendar
    "个工作日", "工作日", "个自然日", "自然日", "个小时", "小时", "个月", "个季度", "个星期",
    "分钟", "周岁", "年", "月", "日", "天", "周", "岁",
    # ratios
    "%", "‰", "个百分点", "百分点", "倍",
    # money (a foreign currency is its own unit: 3.5亿美元 is no sum in yuan)
    "美元", "港元", "欧元", "元",
    # counts
    "件次", "件", "人次", "人", "名", "位", "次", "家次", "家", "宗", "间次", "间", "条", "篇",
    "大项", "项", "份", "起", "户次", "户", "车次", "辆次", "辆", "艘次", "艘", "架次", "架", "学分", "学时", "课时", "期", "台次",
    "台", "场次", "场", "例", "批次", "批", "个", "所", "座", "张", "册", "套", "处", "栋", "床",
    "支", "队", "组", "类", "种", "轮", "节", "笔", "页", "层", "分", "卷", "宗卷", "人员",
    "部", "幅", "块", "堂", "只", "颗", "头",
    # 个 + noun
    "个专业", "个部门", "个单位", "个科室", "个乡镇", "个街道", "个社区", "个村", "个县", "个区",
    "个领域", "个行业", "个批次", "个专班", "个工作组",
    # physical measures
    "平方公里", "平方米", "立方米", "公里", "千米", "米", "公斤", "千克", "吨", "亩次", "亩", "公顷", "斤",
    "千瓦时", "千瓦", "兆瓦时", "兆瓦", "吉瓦时", "吉瓦", "标准箱", "伏",
    # concentrations (an environment bureau's air and water: PM2.5平均浓度为31微克/立方米)
    "微克/立方米", "毫克/立方米", "毫克/升", "μg/m³", "μg/m3", "mg/m³", "mg/m3", "mg/L",
)  # fmt: skip

# A unit character followed by these letters starts a different word (6分别, 3所有, 十一期间).
_UNIT_GUARDS: dict[str, str] = {
    "分": "别析类局管级布工院站担散",
    "所": "有属在以谓",
    "名": "单称录义额",
    "期": "间限末望待",
    "家": "庭属长",
    "位": "于置列",
    "场": "所景地",
    "人": "民",
    "台": "账",
    "年": "轻",
    "日": "常",
    "户": "籍口",
    "元": "素旦",
    "组": "织建成",
    "支": "持付部",
    "节": "日点约",
    "类": "似型别",
    "种": "类植",
    "层": "级面次",
    "队": "伍员",
    "架": "构设",
    "只": "要有是能需",
    "周": "边期年",  # (40周年: an anniversary, no count of weeks)
    "头": "部脑号条版雁羊衔绪",  # (肉牛100万头, not 头部 or 领头雁)
    "伏": "天笔击",  # (500千伏, not 三伏天)
    "起": "草",
    "部": "门分署位长队委级务属落件",
    "块": "钱头",
    # (…and a place noun's unit that a longer noun starts: 11个村社, 8个村委, 个县区, 个区县, 个街道办 count with 个;
    # 11个区直执法部门, 6个县属企业: the departments and firms of a district, counted with 个)
    "个村": "社委民庄级落居组",
    "个县": "区市级域直属",
    "个区": "县域块直属",
    "个街道": "办",
}

# (longest first, as a magnitude is looked up by the unit's start: 万亿元 is of 万亿, never of 万)
_MULTIPLIERS: dict[str, int] = {
    "百万": 10**6,
    "千万": 10**7,
    "万亿": 10**12,
    "千亿": 10**11,
    "百亿": 10**10,
    "万": 10**4,
    "亿": 10**8,
    "千": 10**3,
}

# Qualifier groups: a claim must keep the source's group. Dropping 近 overstates precision; adding
# 余 invents one. Within a group the wording may change (近 -> 约).
_QUALIFIER_GROUPS: dict[str, str] = {
    **dict.fromkeys(["近", "约", "大约", "约为", "接近", "将近", "左右", "大概"], "approximate"),
    **dict.fromkeys(["余", "多", "以上", "超过", "逾", "超", "多于", "高于"], "more_than"),
    **dict.fromkeys(["不少于", "至少", "不低于"], "at_least"),
    **dict.fromkeys(["不足", "不到", "以下", "少于", "低于"], "less_than"),
    **dict.fromkeys(["不超过", "最多", "以内", "不高于"], "at_most"),
}
_PRE_QUALIFIERS = ("不少于", "不低于", "不超过", "不高于", "多于", "少于", "低于", "高于", "超过",
                   "大约", "约为", "接近", "将近", "大概", "至少", "最多", "不足", "不到",
                   "近", "约", "逾", "超")  # fmt: skip
_POST_QUALIFIERS = ("以上", "以下", "左右", "以内")
# A one-letter qualifier preceded by these letters is part of a word: 最近/附近/就近, 节约/制约, 赶超.
_PRE_EXCLUDE: dict[str, str] = {
    "近": "最附就邻远亲靠贴",
    "约": "节制签合预契公条简履违守邀相",
    "超": "赶高追",
}


def written(value: str, unit: str, qualifier: str | None) -> str:
    """A quantity as a report writes it, with its qualifier where the number finder reads it again: before the
    number (超2万人次, 不超过10分钟), after the digits (3000多人, 600多万条) or the magnitude (1万余份), or after
    the unit (2万人次以上). Claims are checked by reading them back, so a qualifier put anywhere else (2万人次超)
    would be lost and the claim called unsupported."""
    q = qualifier or ""
    folded = _fold(q)
    if unit == "百分之":
        # a share written in words leads its number (百分之十一点八 is 11.8%): written after it, no reader sees a share
        return f"{q}{unit}{value}" if folded in _PRE_QUALIFIERS else f"{unit}{value}{q}"
    if folded in _PRE_QUALIFIERS:
        return f"{q}{value}{unit}"
    if folded in ("余", "多"):
        # 600多万条 but 1万余份, 1.5万余人次: a whole number of tens or more takes the qualifier before its magnitude
        whole = value.isdigit() and len(value) > 1
        magnitude = "" if whole else next((k for k in _MULTIPLIERS if unit.startswith(k)), "")
        return f"{value}{magnitude}{q}{unit[len(magnitude) :]}"
    return f"{value}{unit}{q}"


def qualifier_group(qualifier: str | None) -> str | None:
    """The comparison group of a qualifier as written (traditional accepted); None for none."""
    if qualifier is None:
        return None
    return _QUALIFIER_GROUPS.get(_fold(qualifier), "other:" + _fold(qualifier))


# Fixed phrases in which a Chinese numeral + measure word is a name, slogan or idiom, not a count.
# Most idioms never reach this list because of the structural rules in ``_chinese_ok`` (a lone 一
# is an article: 一把手, 一件事, 进一步, 统一; a numeral must be followed by a unit: 二十大, 十四五,
# 三重一大; 第 + numeral is an ordinal: 第一责任人, 第二十次). The list holds the ones that *do*
# look like numeral + measure word: 三项制度 (the three enforcement systems), 四个意识, 三位一体 ...
_STOP_PHRASES: tuple[str, ...] = (
    "三项制度", "四个意识", "四个自信", "四个全面", "两个维护", "两个确立", "三个代表",
    "两个一百年", "四个最严", "两个责任", "三位一体", "四位一体", "五位一体", "四项基本原则",
    "八项规定", "三支一扶", "十分", "五年规划", "五年计划", "百日", "千家万户", "三统一",
    "三重一大", "二十大", "二十届", "十九大", "十九届", "十八大", "十八届", "八五", "七五",
    "十三五", "十四五", "十五五", "一中全会", "二中全会", "三中全会", "四中全会", "五中全会",
    "六中全会", "七中全会", "进一步", "统一", "唯一", "一体化", "一门式", "一对一", "一网通办",
    "一件事", "一次办", "一岗双责", "一把手", "一公开",
    # (…and the fixed phrases of policy a government's report repeats: 两只手都要硬, 发挥中央和地方两个积极性,
    # 利用两个市场、两种资源, 和平共处五项原则)
    "两只手", "两个积极性", "两个市场", "两种资源", "两个超级大国", "五项原则",
    "两头",  # (抓好两头: both ends of a task, no count of cattle)
    "两种制度",  # (一个国家，两种制度)
    "四个现代化",
)  # fmt: skip
#: the fixed phrases above, for callers that say which numerals they left alone (summarizer.check)
FIXED_PHRASES = _STOP_PHRASES
