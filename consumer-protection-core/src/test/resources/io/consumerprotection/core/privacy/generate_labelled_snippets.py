#!/usr/bin/env python3
"""Writes labelled-snippets.txt: the labelled narrative set for NarrativeScrubberEvaluationTest.

Independent of the Java code: check characters are computed here from GB 11643 and Luhn.
Markup: {{TYPE|value}} marks personal data the scrubber must find; everything else must be left alone.
Run: python3 generate_labelled_snippets.py > labelled-snippets.txt (seeded, reproducible).
"""
import random

rnd = random.Random(20261122)
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CK = "10X98765432"
REGIONS = ["110105", "310115", "440305", "330106", "320102", "510107", "420106", "370102", "210202", "610113",
           "350203", "430104", "500103", "130102", "410105", "530102", "450103", "220102", "340104", "360103"]

def rid(x_last=None):
    while True:
        y = rnd.randint(1950, 2004); m = rnd.randint(1, 12); d = rnd.randint(1, 28)
        body = rnd.choice(REGIONS) + f"{y:04d}{m:02d}{d:02d}" + f"{rnd.randint(0, 999):03d}"
        c = CK[sum(int(a) * w for a, w in zip(body, W)) % 11]
        if x_last is None or (c == "X") == x_last:
            return body + c

def rid15():
    y = rnd.randint(50, 99); m = rnd.randint(1, 12); d = rnd.randint(1, 28)
    return rnd.choice(REGIONS) + f"{y:02d}{m:02d}{d:02d}" + f"{rnd.randint(0, 999):03d}"

def luhn_complete(prefix, length):
    body = prefix + "".join(str(rnd.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        s = body + c
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch)
            if i % 2 == 1:
                v *= 2
                if v > 9: v -= 9
            tot += v
        if tot % 10 == 0:
            return s

def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9: v -= 9
        tot += v
    return tot % 10 == 0

def card():
    p, l = rnd.choice([("622202", 19), ("621700", 19), ("622848", 19), ("625807", 16), ("436742", 16),
                        ("524374", 16), ("622588", 16), ("356833", 16), ("623668", 19), ("955880", 19)])
    return luhn_complete(p, l)

def bad_card():
    while True:
        c = card()
        c2 = c[:-1] + str((int(c[-1]) + rnd.randint(1, 9)) % 10)
        if not luhn_ok(c2):
            return c2

def mobile():
    return rnd.choice(["13", "15", "18", "17", "19", "14", "16"]) + str(rnd.randint(0, 9)) + "".join(
        str(rnd.randint(0, 9)) for _ in range(8))

def order_no():
    return "2024" + f"{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}" + "".join(
        str(rnd.randint(0, 9)) for _ in range(rnd.choice([8, 10, 12])))

def ts():
    return f"2024-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d} {rnd.randint(0, 23):02d}:{rnd.randint(0, 59):02d}:{rnd.randint(0, 59):02d}"

def amount():
    return rnd.choice([f"{rnd.randint(1, 99999)}.{rnd.randint(0, 99):02d}元", f"{rnd.randint(1, 999)},{rnd.randint(0, 999):03d}.00元",
                       f"人民币{rnd.randint(100, 500000)}元", f"{rnd.randint(1, 50)}万元"])

def email():
    return rnd.choice(["zhangwei", "li.na88", "wang_fang", "chenjie2019", "liu.yang", "13912345678", "zhaolei", "huang.min"]) + \
        "@" + rnd.choice(["163.com", "qq.com", "126.com", "sina.com", "foxmail.com", "gmail.com", "yeah.net", "139.com"])

def digits(n):
    return "".join(str(rnd.randint(0, 9)) for _ in range(n))

L = lambda t, v: "{{%s|%s}}" % (t, v)

positive = [
    lambda: f"客户称其身份证号{L('RESIDENT_ID', rid())}被他人冒用办理了信用卡。",
    lambda: f"本人张某，身份证号码：{L('RESIDENT_ID', rid())}，要求撤销贷款申请。",
    lambda: f"投诉人提供证件号{L('RESIDENT_ID', rid(True))}，称未授权查询征信。",
    lambda: f"核实客户身份{L('RESIDENT_ID', rid())}后，网点经理电话回访。",
    lambda: f"客户的旧版身份证号{L('RESIDENT_ID', rid15())}在系统中无法识别，要求升级。",
    lambda: f"客户反映借记卡{L('BANK_CARD', card())}于{ts()}被盗刷{amount()}。",
    lambda: f"卡号：{L('BANK_CARD', card())}，客户要求冻结并补卡。",
    lambda: f"客户名下信用卡{L('BANK_CARD', card())}年费{amount()}被重复收取，要求退费。",
    lambda: f"请将款项退回至尾号不详的账户{L('BANK_CARD', card())}，联系电话{L('MOBILE', mobile())}。",
    lambda: f"客户手机{L('MOBILE', mobile())}频繁收到催收短信，称从未借款。",
    lambda: f"回访电话：{L('MOBILE', mobile())}，客户表示满意。",
    lambda: f"联系方式 +86 {L('MOBILE', mobile())}（白天可接）。",
    lambda: f"客户留下邮箱{L('EMAIL', email())}，要求书面回复处理结果。",
    lambda: f"请把对账单发到{L('EMAIL', email())}，谢谢。",
    lambda: f"客户称柜员让其说出密码{L('PASSWORD', digits(6))}，认为侵犯隐私。",
    lambda: f"客户在电话中报出交易密码：{L('PASSWORD', digits(6))}，坐席已提醒不要透露。",
    lambda: f"对方冒充客服索要验证码{L('OTP', digits(6))}，客户已告知。",
    lambda: f"客户收到的动态码是{L('OTP', digits(6))}，随后账户被转走{amount()}。",
    lambda: f"客户把卡片背面CVV {L('CVN', digits(3))}告诉了所谓的客服。",
    lambda: f"卡片有效期{L('CARD_EXPIRY', f'{rnd.randint(1, 12):02d}/{rnd.randint(25, 31)}')}，安全码{L('CVN', digits(3))}均已泄露。",
    lambda: f"客户称登录密码为{L('PASSWORD', rnd.choice(['abc', 'Zhang', 'qwe', 'pass']) + digits(4))}，怀疑被撞库。",
    lambda: f"客户提供的卡号 {L('BANK_CARD', ' '.join([c[i:i + 4] for c in [card()] for i in range(0, len(c), 4)]))} 无法在系统中查到。",
    lambda: f"客户身份证{L('RESIDENT_ID', rid())}，手机{L('MOBILE', mobile())}，卡号{L('BANK_CARD', card())}，要求注销账户。",
    lambda: f"客户称在ATM输入PIN {L('PIN', digits(6))}后卡被吞。",
    lambda: f"电话：{L('MOBILE', mobile()[:3] + '-' + digits(4) + '-' + digits(4))}，客户要求尽快回电。",
]

def fix_grouped_mobile(s):
    return s

negative = [
    lambda: f"订单号{order_no()}的退款至今未到账，金额{amount()}。",
    lambda: f"流水号{digits(18)}显示交易成功，但客户未收到货款。",
    lambda: f"客户于{ts()}在网点办理业务，排队超过一小时。",
    lambda: f"合同编号{digits(16)}的贷款利率与宣传不符。",
    lambda: f"工单号{order_no()}已转交信用卡中心处理。",
    lambda: f"客户称{ts()}收到扣款短信，扣款{amount()}。",
    lambda: f"客户反映密码错误三次后卡被锁定，要求解锁。",
    lambda: f"客户忘记了登录密码，要求重置。",
    lambda: f"验证码一直收不到，客户无法完成转账。",
    lambda: f"客户询问卡片有效期内是否可以免费换卡。",
    lambda: f"理财产品年化收益率{rnd.randint(2, 5)}.{rnd.randint(0, 99):02d}%，客户认为宣传误导。",
    lambda: f"客户信用卡尾号{digits(4)}被收取滞纳金{amount()}。",
    lambda: f"保单号{digits(15)}的退保金额与约定不符。",
    lambda: f"快递单号{digits(12)}显示卡片已签收，但客户本人未收到。",
    lambda: f"客户于{rnd.randint(2019, 2024)}年{rnd.randint(1, 12)}月{rnd.randint(1, 28)}日申请贷款{amount()}，至今未放款。",
    lambda: f"客服热线95588等待时间过长，客户多次拨打未接通。",
    lambda: f"客户账户余额{amount()}与对账单不符。",
    lambda: f"交易参考号{digits(12)}，商户号{digits(15)}，终端号{digits(8)}。",
    lambda: f"客户反映ATM吐钞少了{rnd.randint(1, 20) * 100}元，时间{ts()}。",
    lambda: f"客户要求提供{rnd.randint(2018, 2024)}年度的利息清单。",
    lambda: f"发票号码{digits(8)}开具有误，客户要求重开。",
    lambda: f"客户称支付密码设置为生日不安全，建议银行提示。",
    lambda: f"批次号{order_no()}的代发工资延迟到账。",
    lambda: f"客户反映网银登录时提示错误代码{rnd.randint(1000, 9999)}。",
    lambda: f"客户的卡号校验失败：{bad_card()}（客户口述有误）。",
    lambda: f"时间戳{rnd.randint(1700000000000, 1730000000000)}的交易记录缺失。",
    lambda: f"客户于{ts()}致电，通话时长{rnd.randint(1, 59)}分{rnd.randint(0, 59)}秒。",
    lambda: f"贷款编号{digits(19)}的还款计划有误。",
    lambda: f"客户要求退还手续费{amount()}，并赔偿误工费{amount()}。",
    lambda: f"邮编{rnd.randint(100000, 850000)}地区网点营业时间缩短，客户不满。",
]

lines = []
for i in range(300):
    lines.append(positive[i % len(positive)]())
for i in range(180):
    lines.append(negative[i % len(negative)]())
rnd.shuffle(lines)
print("# Labelled complaint-narrative snippets for NarrativeScrubberEvaluationTest (synthetic, no real person's data).")
print("# Format: UTF-8, one snippet a line; {{TYPE|value}} marks personal data the scrubber must find, with TYPE a")
print("# FieldType name; everything else (order numbers, timestamps, amounts, Luhn-failing cards) must be left alone.")
print("# Generated by generate_labelled_snippets.py (seed 20261122); check characters computed there, independently.")
for l in lines:
    print(l)
