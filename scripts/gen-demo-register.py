#!/usr/bin/env python3
"""Generates the demo street's register: data/demo/{units,grids,people,households}.csv.

汉江路街道: three communities (六堰社区, 阳光社区, 锦华苑社区) and two villages (七里垭村, 柏林村)
in two 片区. Written as workers' spreadsheets are: Chinese headers, some addresses written the
long way (3号楼, 幢, 室), households.csv in GB18030 (Excel's "CSV" on Chinese Windows),
people.csv in UTF-8 with a BOM (Excel's "CSV UTF-8"), the others in plain UTF-8.
Two grids are deliberately over capacity (锦华苑社区第二网格: 53 households, over "1包50户";
柏林村第二网格: 17, over "1包15户") so `shuoshi check-register` has something to show.

    python3 scripts/gen-demo-register.py    # rewrites data/demo/*.csv (deterministic)
"""
import csv
import io
import os
import random

rng = random.Random(20261128)
OUT = os.path.join(os.path.dirname(__file__), "..", "data", "demo")

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ["芳", "伟", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
         "明", "超", "秀兰", "霞", "平", "刚", "桂英", "玉珍", "志刚", "淑芬", "德华", "红霞", "国华",
         "海燕", "凤英", "文斌", "春梅", "金凤", "小龙", "慧", "丹", "宇", "子轩", "雨桐", "浩然", "欣怡",
         "建平", "玉梅", "长青", "秋菊", "永红", "富贵", "桂兰", "晓东"]
used_names = set()

def name():
    while True:
        n = rng.choice(SURNAMES) + rng.choice(GIVEN)
        if n not in used_names:
            used_names.add(n)
            return n

def phone():
    return "1" + rng.choice(["38", "39", "58", "59", "86", "87", "35", "77", "30", "52"]) + "%08d" % rng.randrange(10**8)

def yes(p):
    return "是" if rng.random() < p else ""

EAST, WEST = "东片区", "西片区"
# unit, kind, 片区, committee, grids: (name, buildings or groups, households)
UNITS = [
    ("六堰社区", "社区", EAST, ["吕红梅", "何涛", "王芳"], [
        ("第一网格", [1, 2, 3], 46, "张德明"), ("第二网格", [4, 5, 6], 48, "陈淑珍"),
        ("第三网格", [7, 8, 9], 44, "黄志强"), ("第四网格", [10, 11, 12], 42, None)]),
    ("阳光社区", "社区", EAST, ["李娜", "曾庆华", "单文静"], [
        ("第一网格", [1, 2, 3], 45, "马丽"), ("第二网格", [4, 5, 6], 47, "周国庆"),
        ("第三网格", [7, 8], 40, "吴红梅")]),
    ("锦华苑社区", "社区", WEST, ["欧阳晓峰", "朱桂英"], [
        ("第一网格", [1, 2, 3], 45, "王建华"), ("第二网格", [4, 5, 6], 53, "孙玉兰"),
        ("第三网格", [7, 8], 38, None)]),
    ("七里垭村", "村", WEST, ["李长青", "田秋菊"], [
        ("第一网格", [1, 2], 14, "李春生"), ("第二网格", [3, 4], 15, "赵金花"), ("第三网格", [5], 12, None)]),
    ("柏林村", "村", WEST, ["郑永红", "覃富贵"], [
        ("第一网格", [1, 2], 13, "郑文华"), ("第二网格", [3, 4], 17, None)]),
]
for u in UNITS:
    for n in u[3]:
        used_names.add(n)
    for g in u[4]:
        if g[3]:
            used_names.add(g[3])
used_names.update(["刘建国", "孙志华", "汉江路街道办 赵明", "街道综治中心 钱立新"])

def write(name, rows, encoding, bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)

units = [["名称", "类型", "片区"]]
grids = [["社区/村", "网格", "网格长", "网格长电话"]]
people = [["姓名", "电话", "角色", "社区/村", "网格", "负责楼栋", "片区", "党员", "退役军人"]]
households = [["社区/村", "网格", "地址", "户主", "家庭成员", "联系电话", "党员", "退役军人", "独居老人", "低保", "备注"]]

people.append(["刘建国", phone(), "片区协调人", "", "", "", EAST, "是", ""])
people.append(["孙志华", phone(), "片区协调人", "", "", "", WEST, "是", "是"])
people.append(["赵明", phone(), "街道办", "", "", "", "", "是", ""])
people.append(["钱立新", phone(), "街道办", "", "", "", "", "是", ""])

for unit, kind, area, committee, unit_grids in UNITS:
    units.append([unit, kind, area])
    village = kind == "村"
    for i, staff in enumerate(committee):
        role = "两委干部;网格长" if False else "居委会" if not village else "村委会"
        people.append([staff, phone(), role, unit, "", "", "", "是" if i == 0 else yes(0.5), ""])
    for gname, blocks, count, head in unit_grids:
        # The grid head: a named building head doubles as grid head in the small grids;
        # otherwise one of the committee takes the grid (common in practice).
        grid_head = head or committee[len(grids) % len(committee)]
        grid_head_phone = None
        for row in people:
            if row[0] == grid_head:
                grid_head_phone = row[1]
        if grid_head_phone is None:
            grid_head_phone = phone()
        grids.append([unit, gname, grid_head, grid_head_phone])
        # Building heads (community) / centre-household heads (village), one per block.
        for b, block in enumerate(blocks):
            bh = head if (head and b == 0) else name()
            role = ("中心户长" if village else "楼栋长") + (";网格长" if bh == grid_head else "")
            place = f"{block}组" if village else f"{block}栋"
            ph = grid_head_phone if bh == grid_head else phone()
            people.append([bh, ph, role, unit, gname, place, "", "是" if rng.random() < 0.6 else "", yes(0.2)])
        if grid_head in committee:
            people.append([grid_head, grid_head_phone, "网格长", unit, gname, "", "", "", ""])
        # Households.
        for k in range(count):
            block = blocks[k % len(blocks)]
            if village:
                addr = f"{block}组{rng.randrange(1, 60)}号"
                while any(h[0] == unit and h[2] == addr for h in households[1:]):
                    addr = f"{block}组{rng.randrange(1, 60)}号"
            else:
                while True:
                    entrance = rng.randrange(1, 3)
                    room = rng.randrange(1, 7) * 100 + rng.randrange(1, 3)
                    style = rng.random()
                    if style < 0.7:
                        addr = f"{block}栋{entrance}单元{room}"
                    elif style < 0.85:
                        addr = f"{block}号楼{entrance}单元{room}室"
                    else:
                        addr = f"{block}幢{entrance}单元{room}"
                    key = (block, entrance, room)
                    if not any(h[0] == unit and h[-1] == key for h in households[1:]):
                        break
            head_name = name()
            surname = head_name[0]
            members = []
            for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
                m = surname + rng.choice(GIVEN)
                if m != head_name and m not in members:
                    members.append(m)
            if members and rng.random() < 0.3:
                members[0] = f"{members[0]}({phone()})"
            alone = "是" if not members and rng.random() < 0.35 else ""
            note = rng.choice(["", "", "", "", "子女在外地", "行动不便", "新搬入", "出租户"])
            row = [unit, gname, addr, head_name, "、".join(members), phone(), yes(0.1), yes(0.05), alone, yes(0.05), note]
            if not village:
                row.append((block, entrance, room))
            households.append(row)

# Party member volunteers who reported to the communities (党员报到), a few per unit.
for unit, kind, area, committee, unit_grids in UNITS:
    for _ in range(4 if kind == "社区" else 3):
        people.append([name(), phone(), "党员志愿者", unit, rng.choice(unit_grids)[0], "", "", "是", yes(0.25)])
people.append(["欧阳娜娜", phone(), "党员志愿者", "阳光社区", "第二网格", "", "", "是", ""])

households = [h[:11] for h in households]
write("units.csv", units, "utf-8")
write("grids.csv", grids, "utf-8")
write("people.csv", people, "utf-8", bom=True)
write("households.csv", households, "gb18030")
print(f"{len(units)-1} units, {len(grids)-1} grids, {len(people)-1} people, {len(households)-1} households")
