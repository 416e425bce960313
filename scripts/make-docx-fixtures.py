#!/usr/bin/python3
"""Generates the .docx fixtures of tests/data/docx and tests/data/bad (run by hand).

    scripts/make-docx-fixtures.py

Writes WordprocessingML as Word writes it (runs split at script changes, rsids, proofing
marks, _GoBack), converts the notice with LibreOffice for a second flavour, and builds the
hostile files with a small raw zip writer (lying sizes, many entries). Output is
deterministic except the LibreOffice file.
"""

import os
import random
import shutil
import struct
import subprocess
import tempfile
import uuid
import zipfile
import zlib
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "tests", "data")
DOCX = os.path.join(DATA, "docx")
BAD = os.path.join(DATA, "bad")
STAMP = (2023, 12, 22, 9, 0, 0)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    'xmlns:w="%s" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14"' % W
)
WIDTHS = [765, 1913, 2806, 1913, 3062, 2297]
TEMPLATE_NS = uuid.UUID("6f1c1f9e-3c1a-4d55-9a55-1a7b2e0c2023")

# --- WordprocessingML -----------------------------------------------------------------------

_rsid = [0x00A1B2C3]


def rsid():
    _rsid[0] = (_rsid[0] * 1103515245 + 12345) & 0xFFFFFF
    return "00%06X" % _rsid[0]


def rpr(cjk, bold=False, size=21):
    fonts = ('<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
             'w:eastAsia="仿宋" w:hint="eastAsia"/>' if cjk else
             '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋"/>')
    b = "<w:b/>" if bold else ""
    return ('<w:rPr>%s%s<w:sz w:val="%d"/><w:szCs w:val="%d"/><w:lang w:eastAsia="zh-CN"/></w:rPr>'
            % (fonts, b, size, size))


def t(text):
    return '<w:t xml:space="preserve">%s</w:t>' % escape(text)


def run(text, cjk=True, **kw):
    return '<w:r w:rsidRPr="%s">%s%s</w:r>' % (rsid(), rpr(cjk, **kw), t(text))


def word_runs(text, **kw):
    """Splits text the way Word does: at each change between CJK and Latin/digits, and long
    CJK stretches in two (edits made at different times carry different rsids)."""
    out = []
    segment = ""
    for ch in text:
        if segment and (ord(ch) < 128) != (ord(segment[-1]) < 128):
            out.append(segment)
            segment = ""
        segment += ch
    if segment:
        out.append(segment)
    xml = ""
    for seg in out:
        cjk = ord(seg[0]) >= 128
        if cjk and len(seg) > 14:
            xml += run(seg[:7], True, **kw) + '<w:proofErr w:type="spellStart"/>'
            xml += run(seg[7:], True, **kw) + '<w:proofErr w:type="spellEnd"/>'
        else:
            xml += run(seg, cjk, **kw)
    return xml


def para(content, jc=None, ind=None, keep=False):
    ppr = ""
    if jc or ind or keep:
        ppr = "<w:pPr>%s%s%s</w:pPr>" % (
            "<w:keepNext/>" if keep else "",
            '<w:ind w:firstLineChars="%d" w:firstLine="%d"/>' % (ind * 100, ind * 320) if ind else "",
            '<w:jc w:val="%s"/>' % jc if jc else "")
    return '<w:p w:rsidR="%s" w:rsidRDefault="%s">%s%s</w:p>' % (rsid(), rsid(), ppr, content)


def text_para(text, **kw):
    bold = kw.pop("bold", False)
    size = kw.pop("size", 32)
    return para(word_runs(text, bold=bold, size=size) if text else "", **kw)


def cell(content_xml, width, tcpr_extra=""):
    return ('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s<w:vAlign w:val="center"/></w:tcPr>%s</w:tc>'
            % (width, tcpr_extra, content_xml))


def cell_lines(lines, width, tcpr_extra="", bold=False):
    paras = "".join(para(word_runs(line, bold=bold) if line else "", jc="left") for line in lines)
    return cell(paras or para(""), width, tcpr_extra)


def row(cells_xml, header=False, trpr_extra=""):
    trpr = "<w:trPr>%s%s<w:jc w:val=\"center\"/></w:trPr>" % (
        "<w:tblHeader/>" if header else "<w:cantSplit/>", trpr_extra)
    return '<w:tr w:rsidR="%s" w:rsidTr="%s">%s%s</w:tr>' % (rsid(), rsid(), trpr, cells_xml)


def table(rows_xml, widths=WIDTHS):
    borders = "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="auto"/>' % side
                      for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    return ('<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/>'
            '<w:tblBorders>%s</w:tblBorders><w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
            'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>'
            % (sum(widths), borders, "".join('<w:gridCol w:w="%d"/>' % w for w in widths), rows_xml))


def header_cell(text, width):
    parts = text.split("\n")
    content = ""
    for i, part in enumerate(parts):
        if i:
            content += '<w:r>%s<w:br/></w:r>' % rpr(True, bold=True)
        content += word_runs(part, bold=True)
    return cell(para(content, jc="center"), width)


SECT_LANDSCAPE = ('<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
                  '<w:pgMar w:top="1588" w:right="2098" w:bottom="1474" w:left="1985" '
                  'w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
SECT_PORTRAIT = ('<w:sectPr w:rsidR="00A1B2C3"><w:pgSz w:w="11906" w:h="16838"/>'
                 '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
                 'w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')


def document(body):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document %s><w:body>%s</w:body></w:document>' % (NAMESPACES, body))


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""
DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:345630954@qq.com" TargetMode="External"/></Relationships>"""
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="%s"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style><w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>""" % W
SETTINGS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="%s"><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>""" % W
CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>发展规划处</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2023-12-22T01:00:00Z</dcterms:created></cp:coreProperties>"""


def write_docx(path, body, extra=None):
    parts = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
             ("word/document.xml", document(body)), ("word/_rels/document.xml.rels", DOC_RELS),
             ("word/styles.xml", STYLES), ("word/settings.xml", SETTINGS),
             ("docProps/core.xml", CORE)] + (extra or [])
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


# --- The notice, from the seed --------------------------------------------------------------

def parse_seed():
    """The seed as blocks: ("p", text) and ("table", [[cell lines]])."""
    with open(os.path.join(DATA, "notice-seed.txt"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    blocks, i = [], 0
    while i < len(lines):
        if not lines[i].startswith("\t"):
            blocks.append(("p", lines[i]))
            i += 1
            continue
        rows, current = [], []
        while i < len(lines):
            line = lines[i]
            if line.startswith("\t"):
                current.append([line[1:]])
            elif line == "":
                if current:
                    rows.append(current)
                    current = []
                if not (i + 1 < len(lines) and lines[i + 1].startswith("\t")):
                    i += 1
                    break
            else:
                current[-1].append(line)
            i += 1
        if current:
            rows.append(current)
        blocks.append(("table", rows))
    while blocks and blocks[-1] == ("p", ""):
        blocks.pop()
    return blocks


def notice_table(rows, bookmarks=None, fill=None):
    xml = row("".join(header_cell("\n".join(c), w) for c, w in zip(rows[0], WIDTHS)), header=True)
    for n, cells in enumerate(rows[1:], start=1):
        cells = [list(c) for c in cells]
        if fill and n in fill:
            cells[4], cells[5] = fill[n]
        cells_xml = ""
        for k, (lines, width) in enumerate(zip(cells, WIDTHS)):
            lines = [line for line in lines]
            if k == 1 and bookmarks and n in bookmarks:
                mark = ('<w:bookmarkStart w:id="%d" w:name="%s"/>' % (100 + n, bookmarks[n]))
                content = "".join(para((mark if j == 0 else "") + word_runs(line) +
                                       ('<w:bookmarkEnd w:id="%d"/>' % (100 + n) if j == len(lines) - 1 else ""))
                                  for j, line in enumerate(lines))
                cells_xml += cell(content, width)
            else:
                cells_xml += cell_lines(lines, width)
        xml += row(cells_xml)
    return table(xml)


def notice_body(fill_existing=None, fill_new=None, bookmarks=None, signature=None):
    body = ""
    tables = 0
    for kind, value in parse_seed():
        if kind == "table":
            tables += 1
            rows = value
            if tables == 2 and fill_new:
                rows = [rows[0]] + [[[str(i + 1)]] + c for i, c in enumerate(fill_new)] + \
                       [[[str(len(fill_new) + i + 1)], [""], [""], [""], [""], [""]] for i in range(2)]
            body += notice_table(rows, bookmarks if tables == 1 else None,
                                 fill_existing if tables == 1 else None)
            continue
        text = value
        if text.startswith("[bookmark: _GoBack]"):
            text = text[len("[bookmark: _GoBack]"):]
            body += para('<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>' +
                         word_runs(text, size=32))
        elif text.strip() in ("XX学院", "2023年12月X日") and signature:
            body += text_para(signature.pop(0), jc="right")
        elif text.startswith(" ") and 0 < len(text.strip()) < 20:
            body += text_para(text.strip(), jc="right")
        elif "@" in text:
            head, rest = text.split("345630954@qq.com")
            body += para(word_runs(head, size=32) +
                         '<w:hyperlink r:id="rId9" w:history="1">' + run("345630954@qq.com", False, size=32) +
                         '</w:hyperlink>' + word_runs(rest, size=32), ind=2)
        elif text.startswith("成渝地区") and text.endswith("）"):
            body += text_para(text, jc="center", size=44, bold=True)
        else:
            body += text_para(text)
    return body + SECT_PORTRAIT


def make_notice():
    path = os.path.join(DOCX, "notice-word.docx")
    write_docx(path, notice_body())
    return path


def make_libreoffice(source):
    out = tempfile.mkdtemp(prefix="tianbao-lo-")
    profile = "file:///tmp/lo-%d" % os.getpid()
    subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", out, source],
                   check=True, stdout=subprocess.DEVNULL)
    shutil.move(os.path.join(out, os.path.basename(source)),
                os.path.join(DOCX, "notice-libreoffice.docx"))
    shutil.rmtree(out)
    shutil.rmtree("/tmp/lo-%d" % os.getpid(), ignore_errors=True)


def template_uuid(n):
    return uuid.uuid5(TEMPLATE_NS, "notice-2023-12-22/existing/%d" % n)


def make_reply():
    fill = {
        4: (["1.开展OLED光提取技术研究，申请发明专利1项，1项技术在企业完成中试。",
             "2.设计柔性软体机器人样机2款。"],
            ["1.联合申报川渝共建重点实验室。", "2.合作申请国家重点项目1项。"]),
        5: (["与四川大学合作研发的笔记本电脑用扩散增亮膜获得技术考核认证，被京东方等龙头企业引入生产线。"],
            ["推进聚酰亚胺（PI）材料进入中试阶段。"]),
    }
    new = [
        [["柔性显示材料联合研发项目"], ["1.共建柔性显示材料联合实验室。", "2.联合培养研究生4名。"],
         ["材料科学与工程学院", "（四川大学高分子科学与工程学院）"], ["签订合作协议，完成实验室选址。"],
         ["完成首批2项材料中试。"]],
        [["光电材料产业学院项目"], ["与内江市企业共建产业学院。"], ["材料科学与工程学院（内江市经开区）"],
         ["完成企业调研3次。"], ["招收首届学生40名。"]],
    ]
    bookmarks = {n: "tb_" + template_uuid(n).hex for n in range(1, 14)}
    body = notice_body(fill_existing=fill, fill_new=new, bookmarks=bookmarks,
                       signature=["材料科学与工程学院", "2023年12月26日"])
    write_docx(os.path.join(DOCX, "reply-materials.docx"), body)


# --- Every tricky construct ------------------------------------------------------------------

def ins(xml):
    return '<w:ins w:id="901" w:author="张老师" w:date="2023-12-25T10:00:00Z">%s</w:ins>' % xml


def dele(text):
    return ('<w:del w:id="902" w:author="张老师" w:date="2023-12-25T10:00:00Z"><w:r>%s<w:delText>%s</w:delText></w:r></w:del>'
            % (rpr(True), escape(text)))


def plain_cell(inner, width=1000, tcpr=""):
    return cell(para(inner), width, tcpr)


def make_tricky():
    widths = [700, 2200, 2200, 2200, 2200, 2200]
    title = ('<w:r><w:t>成渝地区双城经济圈教育协同发展</w:t></w:r>' + dele("旧") +
             ins('<w:r><w:t>2023</w:t></w:r>') + '<w:r><w:t>年项目成效与</w:t></w:r>'
             '<w:r><w:t>2024</w:t></w:r><w:r><w:t>年计划要点表（已有项目）</w:t></w:r>')
    rows = row(cell(para(title, jc="center"), sum(widths), '<w:gridSpan w:val="6"/>'), header=True)
    headers = ["序 号", "合作项目", "校内单位\n(合作单位)", "项目 内容", "2024年 计划要点", "进展与成效"]
    rows += row("".join(header_cell(h, w) for h, w in zip(headers, widths)), header=True)

    # Row 1: split runs, smartTag, hyperlink, tracked changes, content control, our bookmark.
    mark = "tb_" + uuid.UUID("0f8e4b2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b").hex
    rows += row(
        plain_cell("<w:r><w:t>1</w:t></w:r>", widths[0]) +
        plain_cell('<w:bookmarkStart w:id="7" w:name="%s"/>' % mark +
                   '<w:r><w:t>乡村振</w:t></w:r><w:smartTag w:uri="urn:x" w:element="place">'
                   '<w:r><w:t>兴培训</w:t></w:r></w:smartTag><w:r><w:t>项目</w:t></w:r>'
                   '<w:bookmarkEnd w:id="7"/>', widths[1]) +
        plain_cell('<w:r><w:t>乡村振兴学院</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>(四川省相关市县)</w:t></w:r>',
                   widths[2]) +
        plain_cell('<w:r><w:t>川渝合作开展</w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>乡村振兴干部培训</w:t></w:r></w:hyperlink>'
                   '<w:r><w:t>不少于2次。</w:t></w:r>', widths[3]) +
        cell('<w:sdt><w:sdtPr><w:alias w:val="计划"/><w:id w:val="11"/></w:sdtPr><w:sdtContent>' +
             para('<w:r><w:t>继续开展培训。</w:t></w:r>') + '</w:sdtContent></w:sdt>', widths[4]) +
        plain_cell('<w:r><w:t>已开展</w:t></w:r>' + dele("2") + ins('<w:r><w:t>3</w:t></w:r>') +
                   '<w:r><w:t>次</w:t></w:r>', widths[5]))

    # Row 2: simple and complex fields, tabs, mc:AlternateContent, placeholder, breaks.
    rows += row(
        plain_cell("<w:r><w:t>2</w:t></w:r>", widths[0]) +
        plain_cell('<w:fldSimple w:instr=" MERGEFIELD 项目 "><w:r><w:t>智能农机推广项目</w:t></w:r></w:fldSimple>',
                   widths[1]) +
        cell(para('<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>错误分支</w:t></w:r></mc:Choice>'
                  '<mc:Fallback><w:r><w:t>智能制造工程学院（内江市）</w:t></w:r></mc:Fallback></mc:AlternateContent>'),
             widths[2]) +
        cell(para('<w:r><w:t>1.</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                  '<w:r><w:instrText xml:space="preserve"> DOCPROPERTY  内容 </w:instrText></w:r>'
                  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>在内江市1-2个区县开展山地农机推广应用。</w:t></w:r>'
                  '<w:r><w:fldChar w:fldCharType="end"/></w:r>') +
             para('<w:r><w:t>2.</w:t></w:r><w:r><w:tab/><w:t>引进1-2个农机新产品。</w:t></w:r>'), widths[3]) +
        cell(para('<w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:cr/><w:t>第三行</w:t></w:r>'), widths[4]) +
        cell('<w:sdt><w:sdtPr><w:id w:val="12"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>' +
             para('<w:r><w:t>单击或点击此处输入文字。</w:t></w:r>') + '</w:sdtContent></w:sdt>', widths[5]))

    # Rows 3 and 4: vMerge of the units, a nested table, gridSpan and legacy hMerge.
    nested = table(row(plain_cell('<w:r><w:t>嵌套表格内容</w:t></w:r>', 1000) +
                       plain_cell('<w:r><w:t>第二格</w:t></w:r>', 1000)), [1000, 1000])
    rows += row(
        plain_cell("<w:r><w:t>3</w:t></w:r>", widths[0]) +
        plain_cell('<w:r><w:t>项目甲</w:t></w:r>', widths[1]) +
        cell(para('<w:r><w:t>材料科学与工程学院</w:t></w:r>') + para('<w:r><w:t>（电子科技大学）</w:t></w:r>'),
             widths[2], '<w:vMerge w:val="restart"/>') +
        cell(para('<w:r><w:t>主要内容</w:t></w:r>') + nested + para(""), widths[3]) +
        cell(para('<w:r><w:t>进展与计划合并</w:t></w:r>'), widths[4] + widths[5], '<w:gridSpan w:val="2"/>'))
    rows += row(
        plain_cell("<w:r><w:t>4</w:t></w:r>", widths[0]) +
        plain_cell('<w:r><w:t>项目乙</w:t></w:r>', widths[1]) +
        cell(para(""), widths[2], "<w:vMerge/>") +
        plain_cell('<w:r><w:t>乙的内容</w:t></w:r>', widths[3]) +
        plain_cell('<w:r><w:t>旧式合并</w:t></w:r>', widths[4], '<w:hMerge w:val="restart"/>') +
        plain_cell('<w:r><w:t>不应出现</w:t></w:r>', widths[5], '<w:hMerge/>'))

    # A row deleted as a tracked change.
    rows += row(
        plain_cell("<w:r><w:t>5</w:t></w:r>", widths[0]) +
        plain_cell('<w:r><w:t>已删除项目</w:t></w:r>', widths[1]) +
        "".join(plain_cell("", w) for w in widths[2:]),
        trpr_extra='<w:del w:id="903" w:author="张老师" w:date="2023-12-25T10:00:00Z"/>')

    # gridBefore (no 序号 cell), moves, row-level content control and custom XML, a Choice we
    # understand.
    rows += row(
        plain_cell('<w:moveFrom w:id="904" w:author="a" w:date="2023-12-25T10:00:00Z"><w:r><w:t>旧位置</w:t></w:r></w:moveFrom>'
                   '<w:moveTo w:id="905" w:author="a" w:date="2023-12-25T10:00:00Z"><w:r><w:t>新位置项目</w:t></w:r></w:moveTo>',
                   widths[1]) +
        '<w:customXml w:element="units">' + plain_cell('<w:r><w:t>教务处</w:t></w:r>', widths[2]) + '</w:customXml>' +
        '<w:sdt><w:sdtPr><w:id w:val="13"/></w:sdtPr><w:sdtContent>' +
        plain_cell('<mc:AlternateContent><mc:Choice Requires="w14"><w:r><w:t>不懂的分支</w:t></w:r></mc:Choice>'
                   '<mc:Choice Requires="w"><w:r><w:t>懂的分支</w:t></w:r></mc:Choice>'
                   '<mc:Fallback><w:r><w:t>后备分支</w:t></w:r></mc:Fallback></mc:AlternateContent>', widths[3]) +
        '</w:sdtContent></w:sdt>' +
        plain_cell('<w:r><w:t>计划</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> A</w:t></w:r>'
                   '<w:r><w:t>B </w:t></w:r>', widths[4]) +
        plain_cell('<w:r><w:t>进展</w:t></w:r>', widths[5]),
        trpr_extra='<w:gridBefore w:val="1"/>')
    # A blank row (only its 序号) is not a project.
    rows += row(plain_cell("<w:r><w:t>7</w:t></w:r>", widths[0]) + "".join(plain_cell("", w) for w in widths[1:]))

    body = (text_para("说明：本文件包含各种特殊结构。") +
            '<w:sdt><w:sdtPr><w:id w:val="1"/></w:sdtPr><w:sdtContent>' + para('<w:r><w:t>附件</w:t></w:r><w:r><w:t xml:space="preserve"> 1</w:t></w:r>') +
            '</w:sdtContent></w:sdt>' + table(rows, widths) + para(""))
    write_docx(os.path.join(DOCX, "tricky.docx"), body + SECT_PORTRAIT)


# --- Hostile and broken files ----------------------------------------------------------------

def raw_zip(path, entries):
    """entries: (name, stored bytes, method, crc, declared size, flags)."""
    local, central, offset = b"", b"", 0
    for name, data, method, crc, size, flags in entries:
        n = name.encode()
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, 0, 0x5796, crc,
                             len(data), size, len(n), 0) + n
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, method, 0, 0x5796,
                               crc, len(data), size, len(n), 0, 0, 0, 0, 0, offset) + n
        local += header + data
        offset += len(header) + len(data)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central),
                      len(local), 0)
    with open(path, "wb") as f:
        f.write(local + central + end)


def deflate_raw(data_chunks):
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    out, crc, size = b"", 0, 0
    for chunk in data_chunks:
        out += c.compress(chunk)
        crc = zlib.crc32(chunk, crc)
        size += len(chunk)
    return out + c.flush(), crc, size


def make_bad(notice):
    os.makedirs(BAD, exist_ok=True)
    # An OLE compound file: the signature of .doc and of password-protected .docx.
    with open(os.path.join(BAD, "old-word.doc"), "wb") as f:
        f.write(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504) + b"\xff" * 512)
    rng = random.Random(20231222)
    with open(os.path.join(BAD, "random.docx"), "wb") as f:
        f.write(bytes(rng.randrange(256) for _ in range(4096)))
    with open(notice, "rb") as f:
        data = f.read()
    with open(os.path.join(BAD, "truncated.docx"), "wb") as f:
        f.write(data[: len(data) // 2])

    def small_docx(name, document_xml, with_document=True):
        with zipfile.ZipFile(os.path.join(BAD, name), "w") as z:
            for part, text in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS)]:
                z.writestr(zipfile.ZipInfo(part, STAMP), text)
            if with_document:
                info = zipfile.ZipInfo("word/document.xml", STAMP)
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, document_xml)

    small_docx("no-document.docx", "", with_document=False)
    small_docx("malformed.docx", document("<w:p><w:r><w:t>未闭合</w:r></w:p>"))
    lol = "".join('<!ENTITY lol%d "%s">' % (i, "&lol%d;" % (i - 1) * 10) for i in range(1, 10))
    small_docx("billion-laughs.docx",
               '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol0 "lol">%s]>'
               '<w:document xmlns:w="%s"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>'
               % (lol, W))

    # 200 MB of zeros deflated (about 200 KB); one entry declares its true size, one lies.
    zeros = [bytes(1 << 20)] * 200
    bomb, crc, size = deflate_raw(zeros)
    head = [("[Content_Types].xml", CONTENT_TYPES.encode(), 0, zlib.crc32(CONTENT_TYPES.encode()),
             len(CONTENT_TYPES.encode()), 0)]
    raw_zip(os.path.join(BAD, "zip-bomb.docx"), head + [("word/document.xml", bomb, 8, crc, size, 0)])
    raw_zip(os.path.join(BAD, "zip-bomb-lying.docx"),
            head + [("word/document.xml", bomb, 8, crc, 1000, 0)])

    # More entries than any Word document has.
    names = ["%x" % i for i in range(10001)] + ["word/document.xml"]
    doc = document("").encode()
    raw_zip(os.path.join(BAD, "many-entries.docx"),
            [(n, doc if n == "word/document.xml" else b"", 0,
              zlib.crc32(doc) if n == "word/document.xml" else 0,
              len(doc) if n == "word/document.xml" else 0, 0) for n in names])
    # A zip whose document part is encrypted (traditional PKWARE flag).
    raw_zip(os.path.join(BAD, "encrypted-entry.docx"),
            [("word/document.xml", bytes(12) + doc, 0, zlib.crc32(doc), len(doc), 1)])


def main():
    os.makedirs(DOCX, exist_ok=True)
    notice = make_notice()
    make_libreoffice(notice)
    make_tricky()
    make_reply()
    make_bad(notice)


if __name__ == "__main__":
    main()
