#!/usr/bin/env python3
"""Writes adversarial-snippets.txt: synthetic, adversarial labelled complaint-narrative snippets for
AdversarialSnippetsTest (a recall / precision / leak measure of NarrativeScrubber).

Deterministic (fixed SEED, Python 3 standard library only). Every value is synthetic and every check
character is computed here, from the standards' text, independently of the SDK:

  * resident identity numbers: GB 11643-1999, check character ISO 7064 MOD 11-2;
  * foreign permanent resident ID cards (2023 version): same MOD 11-2 over the first 17 characters;
  * bank cards: Luhn (ISO/IEC 7812-1 annex B);
  * unified social credit codes (negatives only): GB 32100-2015 MOD 31, with the GB 11714 organisation code
    check inside.

Format of a line: plain text, where {{TYPE|value}} marks personal data the scrubber must find (TYPE is a
FieldType name, value exactly the characters to mask, separators included); everything else must be left
alone. Lines starting with '#' are the header.

Usage: python3 generate_adversarial_snippets.py        (writes the file, prints the counts)
"""

import datetime
import os
import re
import random
import sys
from collections import Counter

SEED = 20250611
TARGET = os.path.join(os.path.dirname(os.path.abspath(__file__)), "adversarial-snippets.txt")

RID, CARD, MOB, EMAIL, FPR, PP, ACCT, NAME = (
    "RESIDENT_ID", "BANK_CARD", "MOBILE", "EMAIL", "OTHER_ID_DOCUMENT", "PASSPORT", "ACCOUNT", "NAME")
PWD, PIN, OTP, CVN, EXP = "PASSWORD", "PIN", "OTP", "CVN", "CARD_EXPIRY"
C3 = (PWD, PIN, OTP, CVN, EXP)
TYPES = (RID, CARD, MOB, EMAIL, FPR, PP, ACCT, NAME) + C3

# ---------------------------------------------------------------------------------------------------------
# Check characters
# ---------------------------------------------------------------------------------------------------------

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"  # sum % 11 -> check character


def mod11_2(body17):
    return ID_CHECK[sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS)) % 11]


def mod11_2_valid(s):
    return len(s) == 18 and s[:17].isdigit() and s[17].upper() == mod11_2(s[:17])


def luhn_valid(d):
    if not d.isdigit():
        return False
    total = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_valid(body + c):
            return body + c
    raise AssertionError(body)


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100: no I, O, S, V, Z
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def org_code_check(body8):
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(body8, ORG_WEIGHTS))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc_check(body17):
    c = 31 - sum(USCC_CHARS.index(ch) * w for ch, w in zip(body17, USCC_WEIGHTS)) % 31
    return USCC_CHARS[0 if c == 31 else c]


def self_test():
    assert mod11_2_valid("11010519491231002X")  # the example of GB 11643-1999
    assert luhn_valid("79927398713") and luhn_valid("4111111111111111") and not luhn_valid("4111111111111112")
    assert uscc_check("91350100M000100Y4") == "3"  # a published example code, 91350100M000100Y43 ...
    assert org_code_check("M000100Y") == "4"  # ... whose organisation code M000100Y-4 checks too


# ---------------------------------------------------------------------------------------------------------
# Value factories (canonical forms)
# ---------------------------------------------------------------------------------------------------------

COUNTIES = {
    "11": "110101 110102 110105 110106 110108 110111 110114 110115",
    "12": "120101 120103 120104 120110 120116",
    "13": "130102 130104 130203 130304 130402 130602 131002",
    "14": "140105 140106 140202 140302 140702",
    "15": "150102 150104 150203 150602",
    "21": "210102 210103 210202 210204 210302",
    "22": "220102 220104 220202 220302",
    "23": "230102 230103 230202 230602",
    "31": "310101 310104 310105 310110 310112 310115",
    "32": "320102 320104 320205 320506 320583 320602",
    "33": "330102 330106 330203 330302 330602",
    "34": "340102 340104 340202 340302",
    "35": "350102 350203 350206 350502",
    "36": "360102 360103 360202 360403",
    "37": "370102 370103 370202 370212 370602",
    "41": "410102 410105 410302 410702",
    "42": "420102 420106 420111 420502",
    "43": "430102 430104 430105 430202",
    "44": "440103 440106 440304 440305 440306 440604 441900",
    "45": "450102 450103 450202 450305",
    "46": "460105 460106 460202",
    "50": "500101 500103 500105 500106 500112",
    "51": "510104 510105 510107 510703",
    "52": "520102 520103 520302",
    "53": "530102 530103 530302",
    "54": "540102 540103 540202",
    "61": "610102 610103 610113 610402",
    "62": "620102 620103 620402",
    "63": "630102 630104",
    "64": "640104 640106",
    "65": "650102 650103 650104 652801",
    "81": "810000",  # residence permits for Hong Kong residents
    "82": "820000",  # ... Macao residents
    "83": "830000",  # ... Taiwan residents
}
PROVINCES = sorted(COUNTIES)
LAST_DAY = datetime.date(2025, 6, 30)


def region(r):
    p = r.choice(PROVINCES)
    if p in ("81", "82", "83") or r.random() < 0.6:
        return r.choice(COUNTIES[p].split())
    county = r.choice([r.randint(1, 29), r.randint(1, 29), r.choice([81, 82, 83])])
    return "%s%02d%02d" % (p, r.randint(1, 9), county)


def birth_date(r, lo=None, hi=None):
    if lo is None:
        p = r.random()
        if p < 0.05:
            lo = hi = r.choice([1899, 1880])
        elif p < 0.11:
            lo, hi = 1800, 1899
        elif p < 0.15:
            lo, hi = 1900, 1949
        elif p < 0.94:
            lo, hi = 1950, 2006
        else:
            lo, hi = 2007, 2025
    year = r.randint(lo, hi)
    start = datetime.date(year, 1, 1)
    end = min(datetime.date(year, 12, 31), LAST_DAY)
    d = start + datetime.timedelta(days=r.randrange((end - start).days + 1))
    return "%04d%02d%02d" % (d.year, d.month, d.day)


def resident_id(r, want_x=None):
    if want_x is None:
        want_x = r.random() < 0.2
    body = region(r) + birth_date(r)
    while True:
        b = body + "%03d" % r.randrange(1, 1000)
        c = mod11_2(b)
        if (c == "X") == want_x:
            return b + c


def legacy_id(r):
    return region(r) + birth_date(r, 1930, 1999)[2:] + "%03d" % r.randrange(1, 1000)


FPR_PROVINCES = "11 31 44 32 33 12 50 51 21 35 37 42 43 46 53 61".split()
NATIONALITIES = "840 826 392 410 276 250 124 036 643 702 458 764 704 356 380 724 528 752 756 554 076 484 710 566 586".split()


def fpr_id(r):
    body = "9" + r.choice(FPR_PROVINCES) + r.choice(NATIONALITIES) + birth_date(r, 1940, 2020) + "%03d" % r.randrange(1, 1000)
    return body + mod11_2(body)


# (first digit, prefix or callable, lengths)
ISSUERS = [
    ("1", lambda r: "103", (19,)),  # ABC legacy 金穗 cards
    ("1", lambda r: "18572", (16, 19)),
    ("2", lambda r: str(r.randint(2221, 2720)), (16,)),  # Mastercard 2-series
    ("3", lambda r: str(r.randint(3528, 3589)), (16, 19)),  # JCB
    ("3", lambda r: r.choice(["34", "37"]), (15,)),  # Amex
    ("3", lambda r: r.choice(["36", "38"]), (14,)),  # Diners
    ("4", lambda r: r.choice(["427020", "438088", "451289", "404117", "436742", "4"]), (16,)),  # Visa
    ("4", lambda r: "4", (13,)),  # old 13-digit Visa
    ("5", lambda r: r.choice(["518710", "524070", "552599", "545620", "5" + str(r.randint(1, 5))]), (16,)),
    ("6", lambda r: r.choice(["622202", "621700", "622848", "621226", "623058", "601382", "621483", "622588",
                              "625965", "628288", "620522", "622700", "6" + "2"]), (16, 17, 18, 19)),
    ("6", lambda r: r.choice(["601100", "6011", "65", "650062", "60"]), (16, 19)),  # 60 / 65
    ("8", lambda r: r.choice(["81", "8171", "8120"]), (16, 19)),  # UnionPay 81
    ("8", lambda r: r.choice(["84301", "84336", "84342", "84385"]), (16, 19)),  # SPDB 843xx
    ("8", lambda r: r.choice(["87000", "87012", "87033"]), (16, 18, 19)),  # 870xx
    ("9", lambda r: r.choice(["9558", "9559", "95595", "95599", "955880"]), (16, 18, 19)),  # 95...
]


def bank_card(r, first=None):
    issuers = [i for i in ISSUERS if first is None or i[0] == first]
    _, prefix, lengths = r.choice(issuers)
    while True:
        p = prefix(r)
        n = r.choice(lengths)
        body = p + "".join(r.choice("0123456789") for _ in range(n - 1 - len(p)))
        v = luhn_complete(body)
        if not (len(v) == 18 and mod11_2_valid(v)):
            return v


MOBILE_PREFIXES = ("130 131 132 133 134 135 136 137 138 139 145 147 150 151 152 153 155 156 157 158 159 "
                   "166 170 171 172 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 193 195 "
                   "196 197 198 199").split()


def mobile(r):
    return r.choice(MOBILE_PREFIXES) + "".join(r.choice("0123456789") for _ in range(8))


PINYIN = ("zhangwei wangfang lina liuyang chenjie yangmin huanglei zhaomin wuqiang zhouxin xuli sunhao mazhen "
          "zhuting hujun guoyan heping gaofei linxiao luoyu zhengkai liangbo xieyun songjia tanglu").split()
DOMAINS = "qq.com 163.com 126.com sina.com sohu.com foxmail.com gmail.com outlook.com hotmail.com yahoo.com.cn aliyun.com 139.com yeah.net mail.example.cn".split()


def email(r):
    p = r.random()
    if p < 0.15:
        local = str(r.randint(10000, 9999999999))  # QQ numbers, 5-10 digits
        return local + "@qq.com"
    base = r.choice(PINYIN)
    if p < 0.35:
        base = base[:len(base) // 2] + r.choice([".", "_", "-"]) + base[len(base) // 2:]
    if r.random() < 0.6:
        base += str(r.choice([r.randint(1, 99), r.randint(1960, 2005)]))
    if r.random() < 0.08:
        base += "+bank"
    if r.random() < 0.15:
        base = base.capitalize()
    return base + "@" + r.choice(DOMAINS)


LETTERS_NO_IO = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def passport(r, mainland_only=False):
    kinds = ["E8", "E8", "EX7", "EX7", "G8"] + ([] if mainland_only else ["P7", "XX7", "M8"])
    k = r.choice(kinds)
    d = lambda n: "".join(r.choice("0123456789") for _ in range(n))
    if k == "E8":
        return "E" + str(r.randint(1, 9)) + d(7)
    if k == "EX7":
        return "E" + r.choice(LETTERS_NO_IO) + d(7)
    if k == "G8":
        return "G" + str(r.randint(1, 6)) + d(7)
    if k == "P7":
        return "P" + d(7)
    if k == "M8":
        return "M" + d(8)
    return r.choice(["PE", "SE", "DE", "TK", "TR", "MZ", "KJ", "HA"]) + d(7)


ACCOUNT_PREFIXES = "1100 3100 4400 0200 1001 3201 7311 1210 4000 5101 3302 1203 3702 6101 4100".split()


def account(r):
    while True:
        n = r.choice([16, 17, 18, 19, 20, 20, 20])
        v = r.choice(ACCOUNT_PREFIXES) + "".join(r.choice("0123456789") for _ in range(n - 4))
        if not luhn_valid(v) and not mod11_2_valid(v):
            return v


SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = "欧阳 司马 诸葛 上官 东方 皇甫 令狐 慕容 尉迟 长孙".split()
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞建国志文辉力宇浩然梓涵欣怡子轩雨泽晨博嘉思佳俊凯婷雪琳颖璐倩慧晓东海波斌鑫林峰亮春燕")


def person_name(r):
    s = r.choice(COMPOUND) if r.random() < 0.22 else r.choice(SURNAMES)
    g = r.choice(GIVEN) if r.random() < 0.4 else r.choice(GIVEN) + r.choice(GIVEN)
    return s, g


def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def password(r):
    p = r.random()
    if p < 0.6:
        return digits(r, 6)
    base = r.choice(PINYIN)[:r.randint(2, 5)]
    if r.random() < 0.5:
        base = base.capitalize()
    mid = r.choice(["", "", "@", "#", "_", "!", "*"])
    return base + mid + digits(r, r.randint(3, 6))


def expiry(r):
    mm = r.randint(1, 12)
    yy = r.randint(25, 33)
    return r.choice([
        "%02d/%02d" % (mm, yy), "%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "20%02d年%d月" % (yy, mm),
        "20%02d年%02d月" % (yy, mm), "%02d%02d" % (mm, yy), "20%02d-%02d" % (yy, mm), "%02d / %02d" % (mm, yy)])


def c3_value(r, t):
    if t == PWD:
        return password(r)
    if t == PIN:
        return digits(r, r.choice([4, 6, 6]))
    if t == OTP:
        return digits(r, r.choice([4, 6, 6, 6, 8]))
    if t == CVN:
        return digits(r, 3)
    return expiry(r)


# ---------------------------------------------------------------------------------------------------------
# Formatting
# ---------------------------------------------------------------------------------------------------------

def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def halfwidth(s):
    return "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else (" " if c == "\u3000" else c) for c in s)


def group(s, sizes, seps):
    out, i, k = [], 0, 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    res = out[0]
    for part in out[1:]:
        res += seps[k % len(seps)] + part
        k += 1
    return res


SEPS = [" ", " ", "  ", "-", "-", ".", "\u3000"]


def sep_choice(r):
    if r.random() < 0.12:
        return [r.choice(SEPS), r.choice(SEPS), r.choice(SEPS), r.choice(SEPS)]  # mixed separators
    return [r.choice(SEPS)]


def render_id(r, v):
    """x / X / Ｘ variants of a check character X."""
    if v.endswith("X"):
        return v[:-1] + r.choice(["X", "X", "X", "x", "x", "Ｘ"])
    return v


def split_value(r, t, v):
    seps = sep_choice(r)
    if t in (RID, FPR):
        sizes = r.choice([(6, 8, 4), (6, 8, 4), (6, 4, 4, 4), (3, 3, 8, 4)] + ([(1, 2, 3, 8, 4)] if t == FPR else []))
        return group(render_id(r, v), sizes, seps)
    if t == CARD:
        if len(v) == 15 and r.random() < 0.7:
            return group(v, (4, 6, 5), seps)
        return group(v, r.choice([(4, 4, 4, 4, 4), (4, 4, 4, 4, 4), (6, 13), (4, 4, 4, 4, 3)]), seps)
    if t == MOB:
        return group(v, r.choice([(3, 4, 4), (3, 4, 4), (3, 3, 5), (3, 8)]), seps)
    if t == ACCT:
        return group(v, (4, 4, 4, 4, 4), seps)
    if t in (OTP, PIN):
        return group(v, (len(v) // 2,), seps)
    raise AssertionError(t)


def mobile_variant(r, v, plain_bias=0.5):
    if r.random() < plain_bias:
        return v
    return r.choice([
        "+86" + v, "+86 " + v, "+86-" + v, "0086" + v, "0086 " + v, "86" + v, "86-" + v,
        "+86 %s %s %s" % (v[:3], v[3:7], v[7:]), "%s-%s-%s" % (v[:3], v[3:7], v[7:]), "%s %s %s" % (v[:3], v[3:7], v[7:]),
        "(+86)" + v, "+86 %s-%s-%s" % (v[:3], v[3:7], v[7:])])


# ---------------------------------------------------------------------------------------------------------
# Keywords and templates
# ---------------------------------------------------------------------------------------------------------

KEYWORDS = {
    RID: ["身份证号", "身份证号码", "公民身份号码", "居民身份证号", "身份证", "证件号码", "身份证号是", "身份证号码为",
          "身份证号：", "身份证号码:", "ID card No. ", "身份证 ", "居住证号码", "证件号（身份证）"],
    CARD: ["卡号", "银行卡号", "借记卡号", "信用卡号", "卡号是", "银行卡号码为", "卡号：", "储蓄卡", "信用卡", "card No. ",
           "绑定的银行卡", "信用卡卡号"],
    MOB: ["手机号", "手机号码", "手机", "联系电话", "电话", "预留手机号", "手机号是", "电话：", "联系方式", "mobile: ", "预留号码"],
    EMAIL: ["邮箱", "电子邮箱", "邮箱地址", "E-mail：", "email: ", "电子邮件", "账单邮箱"],
    FPR: ["外国人永久居留身份证号码", "永久居留身份证号", "外国人永久居留证", "居留证号码", "永久居留证号", "五星卡号码",
          "外国人永久居留身份证"],
    PP: ["护照号", "护照号码", "护照", "passport No. ", "Passport no.", "护照号码为", "护照号是"],
    ACCT: ["账号", "账户", "帐号", "银行账户", "对公账户", "存折账号", "收款账号", "账号为", "对公账户：", "帐户", "结算账户"],
    NAME: ["姓名", "我叫", "本人", "户名", "联系人", "客户姓名", "持卡人"],
}
C3_KEYWORDS = {
    PWD: ["密码", "交易密码", "登录密码", "查询密码", "口令", "取款密码", "网银登录密码", "支付密码", "password", "Password"],
    PIN: ["PIN", "PIN码", "pin码", "PIN 码", "ＰＩＮ码", "PIN number", "ＰＩＮ"],
    OTP: ["验证码", "短信验证码", "动态码", "动态密码", "校验码", "OTP", "otp", "短信动态码", "verification code", "ＯＴＰ", "验证码短信"],
    CVN: ["CVV", "CVV2", "CVC", "CVN", "CVN2", "CVV码", "CVN码", "安全码", "卡背面三位数", "卡背后三位数字", "背面后三位",
          "ＣＶＶ２", "cvv2", "CVC2"],
    EXP: ["有效期", "有效期至", "卡片有效期", "有效期限", "expiry date", "valid thru", "EXP", "有效期到"],
}
CONNECTORS = ["", "", "是", "为", "：", ":", " ", "是：", "：　", ": ", "　", "为："]
EN_CONNECTORS = [" ", ": ", " is ", " : ", "="]

NEG_CTX = ["编号", "客户号是", "保单号码对应的投保人", "工单里客户留的号", "尾号卡", "流水显示转入", "订单里绑定了卡", "案号",
           "受理号", "身份证编号", "证件编号", "开户证件编号", "卡片编号", "合同约定还款卡", "订单支付卡", "交易号", "参考号",
           "序号", "单号", "工单号", "凭证号", "商户号", "终端号", "退款单号", "附言", "备注", "摘要：", "批次号", "编码"]

PRE = ["客户来电反映，", "投诉人称，", "据客户描述，", "客户于2024年10月8日致电，称", "消费者通过12378热线反映：", "客户到网点投诉，",
       "经核实，", "工单记录：", "客户补充：", "", "", "", "客户表示，", "来信称：", "二线回访时客户说，", "坐席备注："]
SUF = ["，请尽快处理。", "，要求退款。", "，已转二线核实。", "。", "，客户情绪激动。", "，要求撤销该笔交易。", "", "；请回电。",
       "，至今未解决。", "。客户要求书面答复。", "，已升级处理。", "，", "！"]


def is_english(kw):
    return all(ord(c) < 128 for c in kw.strip())


def connect(r, kw):
    if kw.endswith((" ", "：", ":", "是", "为", ".", "。")):
        return kw
    if is_english(kw):
        return kw + r.choice(EN_CONNECTORS)
    return kw + r.choice(CONNECTORS)


def L(t, v):
    return (t, v)


def name_parts(r, value=None, honorific=None):
    s, g = person_name(r)
    v = s + g if value is None else value
    parts = [L(NAME, v)]
    if honorific:
        parts.append(honorific)
    return parts


def name_with_keyword(r, kw=None, sep=None):
    kw = kw or r.choice(KEYWORDS[NAME])
    if kw in ("我叫", "本人"):
        conn = kw + r.choice(["", "", " "])
    else:
        conn = kw + r.choice(["", "：", ":", " ", "为", "是", "：　"])
    s, g = person_name(r)
    v = s + (sep or "") + g
    follow = r.choice(["", "", "", "先生", "女士"]) if kw not in ("我叫", "本人") else ""
    return [conn, L(NAME, v)] + ([follow] if follow else [])


def keyword_value(r, t, v, kw=None):
    """[keyword+connector, label] for a non-NAME type."""
    if t in C3:
        kw = kw or r.choice(C3_KEYWORDS[t])
    else:
        kw = kw or r.choice(KEYWORDS[t])
    return [connect(r, kw), L(t, v)]


def fresh(r, t, mainland_passport=False):
    if t == RID:
        return render_id(r, resident_id(r))
    if t == CARD:
        return bank_card(r, first=r.choice("123456689") if r.random() < 0.5 else None)
    if t == MOB:
        return mobile(r)
    if t == EMAIL:
        return email(r)
    if t == FPR:
        return fpr_id(r)
    if t == PP:
        return passport(r, mainland_only=mainland_passport)
    if t == ACCT:
        return account(r)
    if t in C3:
        return c3_value(r, t)
    raise AssertionError(t)


PICKED = Counter()  # types picked so far: damps the weights of the frequent ones, so that every type gets ~100+


def pick(r, weights):
    ts = list(weights)
    t = r.choices(ts, weights=[weights[t] / (1 + PICKED[t] / 80) for t in ts])[0]
    PICKED[t] += 1
    return t


def wrap(r, parts):
    return [r.choice(PRE)] + parts + [r.choice(SUF)]


# ---------------------------------------------------------------------------------------------------------
# Families
# ---------------------------------------------------------------------------------------------------------

def item_plain(r, t):
    if t == NAME:
        if r.random() < 0.2:
            return name_parts(r, honorific=r.choice(["先生", "女士"]))
        return name_with_keyword(r)
    if t == RID and r.random() < 0.22:
        return [connect(r, r.choice(["身份证号", "身份证号码", "公民身份号码", "旧身份证号", "15位身份证号"])), L(RID, legacy_id(r))]
    if t == RID and r.random() < 0.1:
        return ["我的", L(RID, render_id(r, resident_id(r))), "被人冒用了"]
    if t == CARD and r.random() < 0.15:
        return ["我的卡", L(CARD, fresh(r, CARD)), "被盗刷"]
    if t == MOB:
        return keyword_value(r, t, mobile_variant(r, mobile(r), 0.65))
    if t == PP and r.random() < 0.2:
        return ["凭护照", L(PP, passport(r)), "开户"]
    return keyword_value(r, t, fresh(r, t))


W_PLAIN = {RID: 3.2, CARD: 2, MOB: 2, EMAIL: 2.6, FPR: 1.5, PP: 2.2, ACCT: 2.2, NAME: 2.6,
           PWD: 1, PIN: 1, OTP: 1, CVN: 1.2, EXP: 1}


def fam_plain(r):
    items = [item_plain(r, pick(r, W_PLAIN)) for _ in range(r.choice([1, 1, 1, 2, 2, 2, 3]))]
    if r.random() < 0.25:
        items.append([r.choice(NEGATIVE_ITEMS)(r)])
    r.shuffle(items)
    parts = []
    for i, it in enumerate(items):
        if i:
            parts.append(r.choice(["，", "；", "，", "、", " "]))
        parts += it
    return wrap(r, parts)


W_NEGCTX = {RID: 4, CARD: 3, FPR: 2.5, MOB: 2, PP: 2, ACCT: 2, EMAIL: 1.5, NAME: 2,
            PWD: 0.8, PIN: 0.8, OTP: 0.8, CVN: 0.8, EXP: 0.8}


def fam_negctx(r):
    t = pick(r, W_NEGCTX)
    ctx = r.choice(NEG_CTX)
    if r.random() < 0.15:  # a real case / reference number first, then the identifier
        ctx = r.choice(["案号（2024）京0105民初%d号，" % r.randint(1000, 99999), "受理号SL2024%07d，" % r.randint(0, 9999999),
                        "工单号GD%s，" % (birth_date(r, 2023, 2024) + digits(r, 3))]) + r.choice(NEG_CTX)
    ends = ctx.endswith(("：", "是"))
    conn = "" if ends else r.choice(["", "", "是", "：", " ", "为", ":"])
    de = "" if ends else r.choice(["", "的"])
    if t == ACCT:
        parts = [ctx + de, connect(r, r.choice(KEYWORDS[ACCT])), L(ACCT, account(r))]
    elif t == NAME:
        parts = [ctx + de] + name_with_keyword(r, kw=r.choice(["姓名", "户名", "联系人", "客户姓名", "持卡人"]))
    elif t in C3:
        parts = [ctx + ("" if ends else r.choice(["的", "，", ""]))] + keyword_value(r, t, c3_value(r, t))
    elif t == MOB:
        parts = [ctx + conn, L(MOB, mobile_variant(r, mobile(r), 0.7))]
    elif t == PP:
        parts = [ctx + conn, L(PP, passport(r, mainland_only=True))]
    elif t == EMAIL:
        parts = [ctx + (" " if ends else r.choice([" ", "：", "是"])), L(EMAIL, email(r))]
    else:
        parts = [ctx + conn, L(t, fresh(r, t))]
    return parts


W_SPLIT = {RID: 4, CARD: 3, MOB: 2, FPR: 2, ACCT: 2, NAME: 1.5, OTP: 1, EXP: 0.8, PIN: 0.5}


def fam_split(r):
    t = pick(r, W_SPLIT)
    if t == NAME:
        s, g = person_name(r)
        while len(s) != 1:
            s, g = person_name(r)
        kw = r.choice(["户名：", "姓名：", "持卡人", "联系人 ", "客户姓名："])
        return [kw, L(NAME, s + r.choice(["\u3000", " ", "\u3000"]) + g)]
    if t == EXP:
        mm, yy = r.randint(1, 12), r.randint(25, 33)
        v = r.choice(["%02d / %02d", "%02d - %02d", "%02d  /  %02d"]) % (mm, yy)
        return keyword_value(r, EXP, v)
    v = split_value(r, t, fresh(r, t))
    if r.random() < 0.35 and t in (RID, CARD, FPR):
        return [r.choice(NEG_CTX) + r.choice(["", "：", " "]), L(t, v)]
    if t == CARD and r.random() < 0.2:
        return ["在POS机上刷了", L(CARD, v), "这张卡"]
    return keyword_value(r, t, v)


W_ADJ = {RID: 3, CARD: 2, MOB: 2, FPR: 1.5, PP: 2, ACCT: 1.5, EMAIL: 2, NAME: 2,
         PWD: 0.8, PIN: 0.8, OTP: 0.8, CVN: 0.8, EXP: 0.8}
LETTERS_BEFORE = {RID: ["ID", "sfz", "SFZ:", "No", "IDNo.", "id"], CARD: ["card", "No", "CARD#", "kh", "No."],
                  MOB: ["Tel", "tel:", "wx", "TEL", "mob"], FPR: ["PR", "No", "FPR", "id"], ACCT: ["No", "ACC", "acct"]}
LETTERS_AFTER = ["abc", "ABC", "kk", "ok", "Q", "a", "def", "PLS"]
BRACKETS = [("【", "】"), ("（", "）"), ("“", "”"), ("《", "》"), ("「", "」"), ("[", "]"), ("(", ")"), ("、", "、"),
            ("，", "，"), ("：", "，"), ("'", "'"), ("<", ">"), ("〔", "〕")]


def fam_adjacent(r):
    t = pick(r, W_ADJ)
    if t == NAME:
        o, c = r.choice(BRACKETS[:6])
        kw = r.choice(["户名", "姓名", "持卡人", "联系人", "客户姓名"]) + r.choice(["", "：", ":"])
        return [kw + o, L(NAME, "".join(person_name(r))), c]
    if t in C3:
        o, c = r.choice(BRACKETS[:7] + [("<", ">"), ("〔", "〕")])
        return [connect(r, r.choice(C3_KEYWORDS[t])) + o, L(t, c3_value(r, t)), c]
    if t == EMAIL:
        o, c = r.choice(BRACKETS[:7] + [("<", ">"), ("：", "。")])
        return [r.choice(["", "邮箱", "发到"]) + o, L(EMAIL, email(r)), c + r.choice(["", "的邮件没收到"])]
    v = fresh(r, t, mainland_passport=True) if t != MOB else mobile_variant(r, mobile(r), 0.8)
    if t == RID:
        v = render_id(r, v)
    if t == PP:
        before = r.choice(["No.", "NO:", "护照", "passportNo.", "PP#"])
        return [before, L(PP, v), r.choice(["", "）", "的护照"])]
    style = r.random()
    if style < 0.5:
        before = r.choice(LETTERS_BEFORE[t]) if r.random() < 0.8 else r.choice(["卡号:", "号码:", "号:"])
        after = r.choice(LETTERS_AFTER) if r.random() < 0.7 else ""
        return [before, L(t, v), after]
    o, c = r.choice(BRACKETS)
    lead = r.choice(["", "客户提供的", "资料上写着", "截图显示"] + KEYWORDS.get(t, [])[:3])
    return [lead + o, L(t, v), c]


W_FW = {RID: 3.5, CARD: 2, MOB: 2, FPR: 1.5, PP: 1.5, ACCT: 1.5, EMAIL: 0.8,
        PWD: 1, PIN: 1, OTP: 1, CVN: 1, EXP: 1}


def fam_fullwidth(r):
    t = pick(r, W_FW)
    v = fresh(r, t, mainland_passport=True)
    if t == MOB:
        v = mobile_variant(r, v, 0.6)
    if t in (RID, CARD, MOB) and r.random() < 0.3:
        v = split_value(r, t, v) if t != MOB else v
    v = fullwidth(v)
    kwfw = r.random() < 0.3
    if r.random() < 0.25 and t in (RID, CARD, FPR, MOB):
        parts = [r.choice(NEG_CTX) + r.choice(["", "：", "　"]), L(t, v)]
    elif t in C3:
        kw = r.choice(C3_KEYWORDS[t])
        parts = [(fullwidth(kw) if kwfw else kw) + r.choice(["：", "是", "　", "为", ""]), L(t, v)]
    else:
        kw = r.choice(KEYWORDS[t])
        parts = [(fullwidth(connect(r, kw)) if kwfw else connect(r, kw)), L(t, v)]
    return parts


W_MIXED = {RID: 2.5, CARD: 2, MOB: 1.5, EMAIL: 1.5, FPR: 1, PP: 2, ACCT: 1.5, NAME: 1,
           PWD: 1, PIN: 1, OTP: 1, CVN: 1, EXP: 1}


def fam_mixed(r):
    first = mixed_core(r)
    if r.random() < 0.35:
        return first + [r.choice(["; ", " / ", " -- ", " ... "])] + mixed_core(r)
    return first


def mixed_core(r):
    t = pick(r, W_MIXED)
    if t == CARD:
        v = fresh(r, CARD)
        v = split_value(r, CARD, v) if r.random() < 0.6 else v
        return [r.choice(["my card ", "My credit card ", "the card ", "Card ", "卡 card "]), L(CARD, v),
                r.choice([" was charged twice", " was charged 3 times without my consent.", " got blocked", ", please refund",
                          " 被盗刷 twice", " was used at a merchant I never visited."])]
    if t == RID:
        return [r.choice(["my ID number is ", "ID card: ", "Customer said his resident ID is ", "身份证 ID No. "]),
                L(RID, render_id(r, resident_id(r))), r.choice([", please verify.", " and it was used by someone else", ".", ""])]
    if t == MOB:
        return [r.choice(["call me at ", "my mobile is ", "Tel: ", "please contact ", "WhatsApp/WeChat "]),
                L(MOB, mobile_variant(r, mobile(r), 0.3)), r.choice([" after 6pm", ", thanks.", " anytime", ""])]
    if t == EMAIL:
        return [r.choice(["please email ", "send the statement to ", "my e-mail: ", "contact "]), L(EMAIL, email(r)),
                r.choice([" asap", ", thanks", ".", " 谢谢"])]
    if t == FPR:
        return [r.choice(["my PR card No. ", "Foreign Permanent Resident ID ", "permanent residence card ", "my ID "]),
                L(FPR, fpr_id(r)), r.choice([" was rejected by the branch", ", issued in Shanghai", ".", " 无法开户"])]
    if t == PP:
        return [r.choice(["passport No. ", "my passport ", "Passport number: ", "passport no.", "I showed passport "]),
                L(PP, passport(r)), r.choice([" expired last year", " at the counter", ".", ", they refused it"])]
    if t == ACCT:
        return [r.choice(["account No. ", "my account number is ", "the beneficiary account ", "账号 account: "]),
                L(ACCT, account(r)), r.choice([" was frozen", " never received the money", ".", ""])]
    if t == NAME:
        return [r.choice(["Dear ", "Customer ", "Mr ", ""]), L(NAME, "".join(person_name(r))),
                r.choice(["先生, we are sorry", "女士, your case is closed", "先生 called again"])]
    kw = {PWD: ["password ", "the password is ", "Password: ", "login password "], PIN: ["PIN ", "my PIN is ", "PIN: "],
          OTP: ["OTP ", "the OTP is ", "verification code: ", "SMS code OTP "], CVN: ["CVV ", "the CVV2 is ", "CVC: ", "CVN2 "],
          EXP: ["expiry date ", "valid thru ", "EXP ", "expiry date: "]}[t]
    return [r.choice(["I told them ", "The caller asked for my ", "he got my ", ""]) + r.choice(kw), L(t, c3_value(r, t)),
            r.choice([" on the phone", ", then money was gone", ".", ""])]


W_EDGE = {RID: 2, CARD: 2, MOB: 2, EMAIL: 1, FPR: 1, PP: 1, ACCT: 0.8, NAME: 1, PWD: 0.3, PIN: 0.3, OTP: 0.3, CVN: 0.3, EXP: 0.3}


def fam_edge(r):
    t = pick(r, W_EDGE)
    where = r.random()
    if t == NAME:
        if where < 0.5:
            return name_parts(r, honorific=r.choice(["先生反映信用卡被盗刷", "女士来电投诉", "先生称未收到退款"]))
        return [r.choice(PRE)] + name_with_keyword(r, kw=r.choice(["联系人", "户名：", "持卡人", "客户姓名"]))
    if t == ACCT or t in C3:
        return [r.choice(PRE)] + keyword_value(r, t, fresh(r, t))
    v = fresh(r, t, mainland_passport=True)
    if t == MOB:
        v = mobile_variant(r, v, 0.6)
    if where < 0.15:
        return [L(t, v)]  # the whole line
    if where < 0.55:
        tail = {RID: "是我的身份证号，被人冒用办了贷款", CARD: "这张卡被盗刷了2笔", MOB: "的机主就是我本人", EMAIL: "一直收不到对账单",
                FPR: "为我的外国人永久居留身份证号码", PP: "是我的护照号码"}[t]
        return [L(t, v), ("" if tail.startswith("的") else r.choice(["", "，", " "])) + tail]
    lead = {RID: ["身份证号", "证件号码：", "编号"], CARD: ["卡号", "交易号", "尾号卡"], MOB: ["请回电", "联系电话", "手机："],
            EMAIL: ["邮箱：", "请发到 "], FPR: ["永久居留身份证号", "证件编号"], PP: ["护照号码：", "护照 "]}[t]
    if t == RID and r.random() < 0.3:
        return [r.choice(PRE) + r.choice(["身份证号", "旧身份证号码：", "老身份证号"]), L(RID, legacy_id(r))]
    return [r.choice(PRE) + r.choice(lead), L(t, v)]


def mistype_id(r, v):
    while True:
        k = r.random()
        if k < 0.6:
            w = v[:17] + r.choice([c for c in "0123456789X" if c != v[17]])
        elif k < 0.85:
            i = r.randrange(6, 17)
            w = v[:i] + r.choice([c for c in "0123456789" if c != v[i]]) + v[i + 1:]
        else:
            i = r.randrange(6, 16)
            w = v[:i] + v[i + 1] + v[i] + v[i + 2:]
        if not mod11_2_valid(w) and not luhn_valid(w):
            return w


def mistype_card(r, v):
    while True:
        k = r.random()
        if k < 0.5:
            w = v[:-1] + r.choice([c for c in "0123456789" if c != v[-1]])
        elif k < 0.8:
            i = r.randrange(0, len(v) - 1)
            w = v[:i] + r.choice([c for c in "0123456789" if c != v[i]]) + v[i + 1:]
        else:
            i = r.randrange(0, len(v) - 2)
            w = v[:i] + v[i + 1] + v[i] + v[i + 2:]
        if not luhn_valid(w) and not mod11_2_valid(w):
            return w


W_MISTYPED = {RID: 4, CARD: 4, FPR: 1}


def fam_mistyped(r):
    t = pick(r, W_MISTYPED)
    if t == RID:
        v = render_id(r, mistype_id(r, resident_id(r)))
        kw = r.choice(["身份证号", "身份证号码", "身份证号：", "身份证号码为", "公民身份号码", "居民身份证号码", "ID card No. ", "身份证"])
    elif t == FPR:
        v = mistype_id(r, fpr_id(r))
        kw = r.choice(["永久居留身份证号", "外国人永久居留身份证号码", "外国人永久居留证：", "居留证号码"])
    else:
        c = bank_card(r)
        while len(c) < 16:
            c = bank_card(r)
        v = mistype_card(r, c)
        kw = r.choice(["卡号", "银行卡号", "卡号：", "借记卡号", "信用卡号是", "card No. ", "银行卡号码为", "卡号是"])
    if r.random() < 0.2:
        v = split_value(r, t, v) if t != CARD else group(v, (4, 4, 4, 4, 4), [" "])
    return wrap(r, [connect(r, kw), L(t, v)] + [r.choice(["（客户口述，可能有误）", "（客户自己念的）", "", ""])])


def fam_c3(r):
    t = pick(r, {c: 1 for c in C3})
    parts = keyword_value(r, t, c3_value(r, t))
    for _ in range(r.choice([0, 0, 1, 1, 1, 2])):
        other = pick(r, {c: 1 for c in C3})
        extra = keyword_value(r, other, c3_value(r, other))
        parts = parts + [r.choice(["，", "；", "，还有", " "])] + extra
    if r.random() < 0.3:
        parts = keyword_value(r, CARD, bank_card(r)) + [r.choice(["，", "；"])] + parts
    lead = r.choice(["", "骗子冒充客服让我报了", "客户在电话里把", "对方索要", "我把", "客户称已告知对方"])
    tail = r.choice(["", "，之后钱就被转走了", "告诉了对方", "，随即被盗刷"])
    return [r.choice(PRE) + lead] + parts + [tail + r.choice(["。", "", "！"])]


# ---------------------------------------------------------------------------------------------------------
# Negatives and near-misses
# ---------------------------------------------------------------------------------------------------------

def luhn_failing(r, n, prefix=""):
    while True:
        v = prefix + digits(r, n - len(prefix))
        if v[0] != "0" and not luhn_valid(v) and not mod11_2_valid(v):
            return v


def id_like_failing(r):
    """Region + real date + sequence, but a wrong check character (and not Luhn-valid)."""
    v = resident_id(r, want_x=False)
    while True:
        w = v[:17] + r.choice("0123456789")
        if not mod11_2_valid(w) and not luhn_valid(w):
            return w


def uscc(r):
    while True:
        body8 = "".join(r.choice(USCC_CHARS) for _ in range(8))
        if r.random() < 0.6:
            body8 = "MA" + body8[2:]
        if not any(c.isalpha() for c in body8):
            continue
        org = body8 + org_code_check(body8)
        head = r.choice(["91", "91", "92", "93", "51", "52", "12", "11"]) + region(r)[:6]
        b17 = head + org[:9]
        b17 = b17[:17]
        return b17 + uscc_check(b17)


def neg_order(r):
    kind = r.random()
    if kind < 0.3:
        v = "DD" + birth_date(r, 2023, 2025) + digits(r, 6)
    elif kind < 0.55:
        v = luhn_failing(r, 16)
    elif kind < 0.75:
        v = id_like_failing(r)
    elif kind < 0.9:
        v = luhn_failing(r, r.choice([13, 14, 15, 17, 19]))
    else:
        v = r.choice(["10", "11", "12"]) + digits(r, 9)
    return r.choice(["订单号", "订单号：", "订单编号", "商户订单号", "外部订单号 "]) + v


def neg_serial(r):
    n = r.choice([16, 18, 19, 20, 22, 24])
    v = birth_date(r, 2023, 2025) + digits(r, n - 8)
    while (13 <= n <= 19 and luhn_valid(v)) or (n == 18 and mod11_2_valid(v)):
        v = birth_date(r, 2023, 2025) + digits(r, n - 8)
    if r.random() < 0.2:
        v = group(v, (4, 4, 4, 4, 4, 4), [" "])
    return r.choice(["流水号", "交易流水号：", "流水号为", "交易号", "参考号", "退款单号", "系统跟踪号 "]) + v


def neg_amount(r):
    a = r.randint(1, 999999)
    return r.choice(["扣款", "转出", "金额", "被扣了", "退回", "手续费", "分期本金"]) + r.choice([
        "{:,}.{:02d}元".format(a, r.randint(0, 99)), "￥%d" % a, "¥{:,}.00".format(a), "人民币%d元" % a,
        "%d.%02d元" % (a, r.randint(0, 99)), "%.1f万元" % (a / 10000 + 0.1), "USD %d.%02d" % (a % 5000, r.randint(0, 99))])


def neg_datetime(r):
    d = birth_date(r, 2022, 2025)
    y, m, dd = d[:4], d[4:6], d[6:]
    hh, mi, ss = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    return r.choice(["于", "在", "交易时间", "时间：", ""]) + r.choice([
        "%s-%s-%s %02d:%02d:%02d" % (y, m, dd, hh, mi, ss), d, "%s年%d月%d日%d时%d分" % (y, int(m), int(dd), hh, mi),
        "%s/%s/%s" % (y, m, dd), "%d月%d日" % (int(m), int(dd)), "%02d:%02d" % (hh, mi), "%s.%s.%s" % (y, m, dd),
        "%s-%s-%sT%02d:%02d:%02d+08:00" % (y, m, dd, hh, mi, ss)])


def neg_hotline(r):
    return r.choice(["拨打", "客服热线", "致电", "热线", "打了"]) + r.choice(
        ["95588", "95533", "95599", "95566", "95555", "95528", "95558", "400-820-8820", "400 669 5566", "4008208820",
         "12378", "12315", "800-830-8300", "95511转0"])


def neg_postcode(r):
    return r.choice(["邮编", "邮政编码", "邮编："]) + r.choice(["100005", "200120", "518000", "310000", "610041", "430070"])


def neg_product(r):
    return r.choice(["产品代码", "理财产品编号 ", "基金代码", "产品编码：", "保险产品代码"]) + r.choice([
        "ZGN2024%03d" % r.randint(0, 999), "B2024A%03d" % r.randint(0, 999), "%06d" % r.randint(0, 999999),
        "CMBC-2024-%04d" % r.randint(0, 9999), "JHLC%05d" % r.randint(0, 99999)])


def neg_uscc(r):
    lead = r.choice(["统一社会信用代码", "统一社会信用代码：", "商户（统一社会信用代码 ", "该公司信用代码"])
    return lead + uscc(r) + ("）" if "（" in lead else "")


def neg_staff(r):
    return r.choice(["工号", "客服工号", "柜员号", "经办人工号", "坐席工号："]) + r.choice([
        "EMP-%03d" % r.randint(1, 999), "A%05d" % r.randint(0, 99999), "%04d" % r.randint(0, 9999), "0%06d" % r.randint(0, 999999)])


def neg_branch(r):
    return r.choice(["网点号", "网点代码 ", "联行号", "支行号", "机构号："]) + r.choice([
        "%04d" % r.randint(0, 9999), "1101%05d" % r.randint(0, 99999), "1021000%05d" % r.randint(0, 99999),
        "3080%08d" % r.randint(0, 99999999)])


def neg_percent(r):
    return r.choice(["年化", "利率", "手续费率", "上浮", "违约金"]) + r.choice(
        ["3.85%", "4.35%", "0.6%", "30%", "18.25%", "万分之五", "0.05%/日"])


def neg_duration(r):
    return r.choice(["等了", "排队", "处理了", "耗时", "超过"]) + r.choice(
        ["3.5小时", "45分钟", "2小时", "3个工作日", "15天", "1.5小时", "20分钟"])


def neg_case(r):
    return r.choice(["案号（2024）京0105民初%d号" % r.randint(1000, 99999), "受理号SL2024%07d" % r.randint(0, 9999999),
                     "工单号GD%s%03d" % (birth_date(r, 2023, 2025), r.randint(0, 999)), "投诉编号TS-2024-%05d" % r.randint(0, 99999)])


def neg_misc(r):
    return r.choice(["第%d次来电" % r.randint(2, 9), "共%d笔" % r.randint(2, 30), "App版本8.%d.%d" % (r.randint(0, 9), r.randint(0, 9)),
                     "年龄%d岁" % r.randint(18, 90), "第%d期" % r.randint(1, 36), "分%d期" % r.choice([3, 6, 12, 24]),
                     "积分%d分" % r.randint(100, 99999), "%d号窗口" % r.randint(1, 20)])


NEGATIVE_ITEMS = [neg_order, neg_serial, neg_amount, neg_datetime, neg_hotline, neg_postcode, neg_product, neg_uscc,
                  neg_staff, neg_branch, neg_percent, neg_duration, neg_case, neg_misc]


def fam_negative(r):
    items = [r.choice(NEGATIVE_ITEMS)(r) for _ in range(r.choice([1, 2, 2, 3, 3]))]
    return [r.choice(PRE) + "，".join(items) + r.choice(SUF)]


NEAR_PHRASES = [
    "验证码已过期", "验证码5分钟内有效", "密码输错3次被锁卡", "PIN码忘记了", "CVV一栏没有填写", "动态码一直收不到", "在有效期内",
    "短信验证码发了好几次", "密码已重置", "安全码那一栏是空的", "卡片有效期快到了", "口令卡丢失", "本人于2024年10月8日到网点办理",
    "我叫了三次客服都没人管", "联系人为空", "持卡人本人到场", "姓名栏填错了", "户名不符", "本人在柜台排队", "客户姓名未提供",
    "身份证已过期", "身份证号码没有带", "证件编号未填写", "账户被冻结", "账号异常无法登录", "对公账户开户许可证遗失", "护照已过期",
    "护照号码未提供", "邮箱未绑定", "在群里@了客服", "手机号已停机", "银行卡已挂失", "卡号记不清了", "五星卡还在办理中",
    "有效期为30天的优惠券", "验证码没收到，", "输入交易密码时页面卡住", "OTP功能没开通", "要求提供CVN被拒绝",
]


def near_tail(r):
    k = r.random()
    if k < 0.25:
        return r.choice(["尾号", "卡号后四位", "手机尾号", "尾号为", "末四位"]) + digits(r, 4) + r.choice(["的卡", "", "的手机", "的账户"])
    if k < 0.35:
        return "身份证后四位" + digits(r, 3) + r.choice(["X", "4", "7"])
    return r.choice(NEAR_PHRASES)


def near_number(r):
    k = r.random()
    ctx = r.choice(["订单号", "流水号", "交易号", "参考号", "退款单号", "订单号：", "商户订单号"])
    if k < 0.3:
        v = luhn_failing(r, 16, prefix=r.choice(["6222", "6217", "4000", "5200", "", ""]))
        if r.random() < 0.3:
            v = group(v, (4, 4, 4, 4), [" "])
    elif k < 0.55:
        v = id_like_failing(r)
    elif k < 0.7:
        v = luhn_failing(r, r.choice([17, 18, 19]), prefix=r.choice(["6", "62", "9", ""]))
    elif k < 0.8:
        v = r.choice(["10", "11", "12"]) + digits(r, 9)
    elif k < 0.9:
        v = legacy_id(r)
        while luhn_valid(v):
            v = legacy_id(r)
    else:
        return neg_uscc(r)
    return ctx + v


def fam_nearmiss(r):
    items = [near_number(r) if r.random() < 0.55 else near_tail(r)]
    if r.random() < 0.5:
        items.append(r.choice(NEGATIVE_ITEMS)(r))
    r.shuffle(items)
    return [r.choice(PRE) + "，".join(items) + r.choice(SUF)]


FAMILIES = [  # name, count, function, description
    ("plain", 320, fam_plain, "plain positives: keyword + value, 1-2 per snippet, every type"),
    ("negctx", 200, fam_negctx, "negative context words (编号, 交易号, 订单支付卡, 身份证编号...) right before the value"),
    ("split", 115, fam_split, "values split by spaces, double spaces, hyphens, dots, U+3000, mixed"),
    ("adjacent", 95, fam_adjacent, "letters directly adjacent, brackets and CJK punctuation around"),
    ("fullwidth", 55, fam_fullwidth, "full-width digits / letters (and keywords)"),
    ("mixed", 55, fam_mixed, "English or mixed-script sentences"),
    ("edge", 50, fam_edge, "value at the start / end of the line, or the whole line"),
    ("mistyped", 95, fam_mistyped, "wrong check character / Luhn-failing right after an explicit keyword"),
    ("c3", 150, fam_c3, "C3 secrets after keyword variants (码, 是, 为, ：, :, spaces, full-width, English)"),
    ("negative", 310, fam_negative, "negatives: orders, serials, amounts, dates, hotlines, postcodes, USCC, staff..."),
    ("nearmiss", 170, fam_nearmiss, "near-misses: Luhn / ID failing numbers after 订单号, tails, keywords without value"),
]

# ---------------------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------------------

SEP_CHARS = " \u3000-."
MAINLAND_PP = re.compile(r"(?<![A-Za-z0-9])(?:[EG]\d{8}|E[A-HJ-NP-Z]\d{7})(?![A-Za-z0-9])")
EMAIL_LIKE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]")


def norm(s):
    """Leak-rule normal form (as in AdversarialSnippetsTest): half-width, upper case, no separators."""
    return "".join(c for c in halfwidth(s).upper() if c not in SEP_CHARS)


def digit_runs(s):
    s = halfwidth(s)
    runs = re.findall(r"\d+", s)
    runs += [re.sub(r"[ \-.]", "", m) for m in re.findall(r"\d(?:[ \-.]{1,2}\d)+", s)]
    runs += re.findall(r"\d{17}[Xx]", s)
    return runs


def looks_personal(s, except_type=None):
    """Why the text would contain (unlabelled) personal data of another type, or None."""
    for run in digit_runs(s):
        if except_type != MOB and len(run) == 11 and re.match(r"1[3-9]", run):
            return "mobile-like " + run
        if except_type != CARD and 13 <= len(run) <= 19 and luhn_valid(run):
            return "Luhn-valid " + run
        if except_type not in (RID, FPR) and mod11_2_valid(run.upper()):
            return "MOD 11-2 valid " + run
    if except_type != PP and MAINLAND_PP.search(halfwidth(s)):
        return "passport-like"
    if except_type != EMAIL and EMAIL_LIKE.search(halfwidth(s)):
        return "email-like"
    return None


def digit_next(text, i, step):
    """Whether a digit follows position i in direction step, after at most two separators."""
    j = i + step
    for _ in range(2):
        if 0 <= j < len(text) and text[j] in SEP_CHARS:
            j += step
    return 0 <= j < len(text) and halfwidth(text[j]).isdigit() and halfwidth(text[j]).isascii()


def render(parts):
    line, text, labels = [], [], []
    pos = 0
    for p in parts:
        if isinstance(p, tuple):
            t, v = p
            line.append("{{%s|%s}}" % (t, v))
            labels.append((t, pos, pos + len(v), v))
        else:
            v = p
            line.append(v)
        text.append(v)
        pos += len(v)
    return "".join(line), "".join(text), labels


def problem(parts):
    line, text, labels = render(parts)
    if any(c in text for c in "\n\r\u2028\u2029\x85") or "{{" in text or "}}" in text:
        return "forbidden characters"
    if not text.strip():
        return "empty"
    rest = text
    for t, s, e, v in reversed(labels):
        rest = rest[:s] + "\u25a1" + rest[e:]
    for t, s, e, v in labels:
        if "|" in v or "}" in v or "{" in v or v != v.strip() or not v:
            return "bad value " + v
        if t in (RID, CARD, MOB, FPR, PP, ACCT, OTP, PIN, CVN) or t == PWD:
            why = looks_personal(v, except_type=t)
            if why and t != PWD:
                return "ambiguous %s %s: %s" % (t, v, why)
            if why and t == PWD:
                return "ambiguous password " + v
    why = looks_personal(rest)
    if why:
        return "unlabelled " + why
    for t, s, e, v in labels:
        others = text[:s] + "\u25a1" + text[e:]
        if v in others:
            return "value repeated " + v
        nv, no = norm(v), norm(others)
        if len(nv) >= 8 and any(nv[i:i + 8] in no for i in range(len(nv) - 7)):
            return "8-window repeated " + v
    for t, s, e, v in labels:
        if digit_next(text, s, -1) or digit_next(text, e - 1, 1):
            return "digit next to " + v
        if t in (PP, EMAIL) and e < len(text) and halfwidth(text[e]).isascii() and halfwidth(text[e]).isalnum():
            return "letter after " + v
    for (t1, s1, e1, _), (t2, s2, e2, _) in zip(labels, labels[1:]):
        if s2 < e1 + 1:
            return "labels touch"
    return None


# ---------------------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------------------

WRAPPED = {"negctx": 0.4, "split": 0.35, "adjacent": 0.4, "fullwidth": 0.4}  # family -> P(second value)
JOINERS = ["，", "；", "，另外", "。还有", " "]


def snippet(r, fam, fn):
    if fam not in WRAPPED:
        return fn(r)
    parts = list(fn(r))
    if r.random() < WRAPPED[fam]:
        parts += [r.choice(JOINERS)] + list(fn(r))
    return wrap(r, parts)


DOUBLED = re.compile(r"([，。；：、！])[，。；：、]+")


def tidy(parts):
    """Merges adjacent text parts and collapses doubled CJK punctuation (the first mark wins, '。' over '，')."""
    out = []
    for p in parts:
        if p == "":
            continue
        if out and not isinstance(p, tuple) and not isinstance(out[-1], tuple):
            out[-1] += p
        else:
            out.append(p)
    return [p if isinstance(p, tuple) else DOUBLED.sub(lambda m: "。" if "。" in m.group(0) else m.group(1), p)
            for p in out]


def generate():
    self_test()
    PICKED.clear()
    r = random.Random(SEED)
    out, seen = [], set()
    family_counts, type_counts = Counter(), Counter()
    family_labels = {f[0]: Counter() for f in FAMILIES}
    rejected = Counter()
    for fam, n, fn, _ in FAMILIES:
        made = 0
        while made < n:
            parts = tidy(snippet(r, fam, fn))
            why = problem(parts)
            line, text, labels = render(parts)
            if why or line in seen:
                rejected[(why or "duplicate").split(" ")[0]] += 1
                continue
            seen.add(line)
            out.append(line)
            made += 1
            family_counts[fam] += 1
            for t, _, _, _ in labels:
                type_counts[t] += 1
                family_labels[fam][t] += 1
    header = [
        "# Adversarial labelled complaint-narrative snippets for AdversarialSnippetsTest (synthetic, no real person's data).",
        "# Format: UTF-8, one snippet a line; {{TYPE|value}} marks personal data the scrubber must find, with TYPE a",
        "# FieldType name; everything else (orders, serials, amounts, dates, hotlines, USCC codes, tails) must be left alone.",
        "# Generated by generate_adversarial_snippets.py (seed %d); check characters computed there, from the standards." % SEED,
    ]
    with open(TARGET, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(header + out) + "\n")
    return out, family_counts, type_counts, family_labels, rejected


def variant_stats(out):
    """Counts of some variants, from the labels in the written lines."""
    c = Counter()
    for line in out:
        for t, v in re.findall(r"\{\{([A-Z_]+)\|(.*?)\}\}", line):
            h = norm(v)
            if t in (RID, FPR):
                if len(h) == 15:
                    c["RESIDENT_ID legacy 15-digit"] += 1
                elif mod11_2_valid(h):
                    c[t + " check-valid"] += 1
                    if t == RID and h[6:8] in ("18",):
                        c["RESIDENT_ID born 18xx"] += 1
                else:
                    c[t + " mistyped (check fails)"] += 1
                if v.endswith("x"):
                    c[t + " lower-case x"] += 1
                if v.endswith("Ｘ") and v[0].isascii():
                    c[t + " full-width Ｘ after ASCII digits"] += 1
            if t == CARD:
                c["BANK_CARD Luhn-valid" if luhn_valid(h) else "BANK_CARD mistyped (Luhn fails)"] += 1
                c["BANK_CARD first digit " + h[0]] += 1
                c["BANK_CARD length %d" % len(h)] += 1
            if any("\uff10" <= ch <= "\uff5a" for ch in v):
                c["full-width value"] += 1
            if any(ch in v for ch in " \u3000-.") and t not in (EMAIL, EXP):
                c["value with separators"] += 1
    return c


def main():
    out, family_counts, type_counts, family_labels, rejected = generate()
    total_labels = sum(type_counts.values())
    positives = sum(1 for l in out if "{{" in l)
    print("snippets %d (with labels %d, without %d), labels %d, seed %d" % (
        len(out), positives, len(out) - positives, total_labels, SEED))
    print()
    print("| type | labels |")
    print("|---|---:|")
    for t in TYPES:
        print("| %s | %d |" % (t, type_counts[t]))
    print()
    short = {RID: "RID", CARD: "CARD", MOB: "MOB", EMAIL: "MAIL", FPR: "FPR", PP: "PP", ACCT: "ACCT", NAME: "NAME",
             PWD: "PWD", PIN: "PIN", OTP: "OTP", CVN: "CVN", EXP: "EXP"}
    print("| family | snippets | labels | " + " | ".join(short[t] for t in TYPES) + " |")
    print("|---|---:|---:|" + "---:|" * len(TYPES))
    for fam, _, _, desc in FAMILIES:
        c = family_labels[fam]
        print("| %s | %d | %d | %s |" % (fam, family_counts[fam], sum(c.values()), " | ".join(str(c[t]) for t in TYPES)))
    print()
    for k, v in sorted(variant_stats(out).items()):
        print("- %s: %d" % (k, v))
    print()
    print("rejected candidates:", dict(sorted(rejected.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
