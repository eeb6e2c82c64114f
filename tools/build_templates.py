"""Write templates/*.docx from the layout rules in ``hoso._layout``.

Run ``python tools/build_templates.py`` after changing a layout rule or a template's text;
``tests/test_templates_built.py`` fails while the committed files differ from this output.
The results are ordinary Word files: a province can copy one, edit it in Word and pass it to
``hoso.render(..., template=...)``.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, Twips
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from hoso import _catalog
from hoso._engine import package
from hoso._layout import FONT, THU_THUC, TWIPS_PER_MM, Chu, ThuThuc
from hoso.models.chung import HeThong

ROOT = Path(__file__).resolve().parents[1]
CENTER, LEFT, JUSTIFY = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.JUSTIFY
_FIXED_TIME = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

Container = DocxDocument | _Cell


class Builder:
    """One template being written, with the presentation rules of its system."""

    def __init__(self, thu_thuc: ThuThuc, title: str) -> None:
        self.tt = thu_thuc
        self.doc = Document()
        self._setup(title)

    # -- page, styles, page number -------------------------------------------------------
    def _setup(self, title: str) -> None:
        tt, doc = self.tt, self.doc
        section = doc.sections[0]
        section.page_width, section.page_height = Mm(tt.trang.rong), Mm(tt.trang.cao)
        section.top_margin, section.bottom_margin = Mm(tt.trang.tren), Mm(tt.trang.duoi)
        section.left_margin, section.right_margin = Mm(tt.trang.trai), Mm(tt.trang.phai)
        section.header_distance = Mm(tt.trang.le_so_trang)
        normal = doc.styles["Normal"]
        _fonts(normal.element.get_or_add_rPr())
        normal.font.size = Pt(tt.noi_dung.co)
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "vi-VN")
        normal.element.get_or_add_rPr().append(lang)
        # Page number: centred in the top margin, hidden on page 1 (ND 30 Phụ lục I mục I).
        section.different_first_page_header_footer = True
        section.first_page_header.is_linked_to_previous = False
        number = section.header.paragraphs[0]
        self.format(number, CENTER, tt.so_trang)
        for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2"), ("end", None)):
            run = number.add_run()
            self.style(run, tt.so_trang)
            if kind:
                fld = OxmlElement("w:fldChar")
                fld.set(qn("w:fldCharType"), kind)
                run._r.append(fld)
            elif text == " PAGE ":
                instr = OxmlElement("w:instrText")
                instr.set(qn("xml:space"), "preserve")
                instr.text = text
                run._r.append(instr)
            else:
                run.add_text(text or "")
        props = doc.core_properties
        props.title, props.author, props.last_modified_by = title, "hoso", "hoso"
        props.created = props.modified = _FIXED_TIME
        props.revision = 1

    # -- runs and paragraphs -------------------------------------------------------------
    def style(self, run: object, chu: Chu) -> None:
        """Font, size, bold, italic, underline on a run, always explicit."""
        r = run._r  # type: ignore[attr-defined]
        _fonts(r.get_or_add_rPr())
        run.font.size = Pt(chu.co)  # type: ignore[attr-defined]
        # Upright and regular are inherited (None), not written: smaller parts, faster rendering.
        run.bold = True if chu.dam else None  # type: ignore[attr-defined]
        run.italic = True if chu.nghieng else None  # type: ignore[attr-defined]
        if chu.gach_chan:
            run.underline = True  # type: ignore[attr-defined]

    def format(self, p: Paragraph, align: WD_ALIGN_PARAGRAPH, chu: Chu, *, before: float = 0,
               indent: bool = False, line: float = 1.0) -> None:
        """Paragraph alignment, spacing and the paragraph mark's font."""
        f = p.paragraph_format
        f.alignment, f.space_before, f.space_after, f.line_spacing = align, Pt(before), Pt(0), line
        if indent:
            f.first_line_indent = Twips(self.tt.thut_dau_dong_twips)
        mark = p._p.get_or_add_pPr()
        rpr = mark.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            mark.append(rpr)
        for tag, on in (("w:b", chu.dam), ("w:i", chu.nghieng)):
            if on:
                rpr.append(OxmlElement(tag))
        size = OxmlElement("w:sz")
        size.set(qn("w:val"), str(int(chu.co * 2)))
        rpr.append(size)

    def para(self, where: Container, chu: Chu, *runs: str | tuple[str, Chu],
             align: WD_ALIGN_PARAGRAPH = CENTER, body: bool = False) -> Paragraph:
        """A paragraph of runs; a plain string run takes ``chu``. ``body`` = justified, indented, 6 pt before."""
        p = _new_paragraph(where)
        if body:
            self.format(p, JUSTIFY, chu, before=self.tt.cach_doan_truoc_pt, indent=True, line=self.tt.gian_dong)
        else:
            self.format(p, align, chu)
        for item in runs:
            text, run_chu = (item, chu) if isinstance(item, str) else item
            run = p.add_run(text)
            self.style(run, run_chu)
            for t in run._r.findall(qn("w:t")):
                t.set(qn("xml:space"), "preserve")
        return p

    def tag(self, where: Container, jinja: str) -> None:
        """A paragraph holding only a ``{%p … %}`` tag (removed when rendering)."""
        self.para(where, self.tt.noi_dung, jinja, align=LEFT)

    def body(self, *runs: str | tuple[str, Chu]) -> Paragraph:
        return self.para(self.doc, self.tt.noi_dung, *runs, body=True)

    def line(self, where: Container, width_mm: float, cell_twips: int) -> None:
        """A centred solid line ``width_mm`` long: the bottom border of a tiny empty paragraph."""
        p = _new_paragraph(where)
        self.format(p, CENTER, Chu(2))
        side = max(0, round((cell_twips - 216 - width_mm * TWIPS_PER_MM) / 2))
        p.paragraph_format.left_indent = p.paragraph_format.right_indent = Twips(side)
        border = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
            bottom.set(qn(key), value)
        border.append(bottom)
        ppr = p._p.get_or_add_pPr()
        ppr.insert_element_before(border, "w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc", "w:rPr")

    def table(self, widths: tuple[int, ...], rows: int) -> list[list[_Cell]]:
        """A borderless fixed-layout table whose grid and cells carry the widths (Word and LibreOffice)."""
        table = self.doc.add_table(rows=rows, cols=len(widths))
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        tbl_pr = table._tbl.tblPr
        layout = OxmlElement("w:tblLayout")
        layout.set(qn("w:type"), "fixed")
        tbl_pr.append(layout)
        width = OxmlElement("w:tblW")
        width.set(qn("w:w"), str(sum(widths)))
        width.set(qn("w:type"), "dxa")
        for old in tbl_pr.findall(qn("w:tblW")):
            tbl_pr.remove(old)
        tbl_pr.append(width)
        for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
            col.set(qn("w:w"), str(w))
        cells = []
        for row in table.rows:
            tr_pr = row._tr.get_or_add_trPr()
            tr_pr.append(OxmlElement("w:cantSplit"))
            for cell, w in zip(row.cells, widths, strict=True):
                cell.width = Twips(w)
                cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
            cells.append(list(row.cells))
        return cells

    # -- blocks shared by every document ------------------------------------------------
    def header(self) -> None:
        """Issuing body and Số on the left, motto (or Party title) and place/date on the right."""
        tt = self.tt
        (name, title), (number, date) = self.table((tt.cot_trai, tt.cot_phai), 2)
        self.tag(name, "{%p if co_quan.co_quan_chu_quan %}")
        self.para(name, tt.co_quan_chu_quan, "{{ co_quan.co_quan_chu_quan }}")
        self.tag(name, "{%p endif %}")
        self.para(name, tt.co_quan, "{{ co_quan.ten }}")
        if tt.gach_co_quan_mm is None:
            self.para(name, tt.co_quan, "*")
        else:
            self.line(name, tt.gach_co_quan_mm, tt.cot_trai)
        for text, chu in tt.tieu_de:
            self.para(title, chu, text)
        self.line(title, tt.gach_tieu_de_mm, tt.cot_phai)
        self.para(number, tt.so, "{{ so_ky_hieu }}")
        self.para(date, tt.dia_danh_ngay, "{{ dia_danh_ngay }}")

    def title(self, ten_loai: str) -> None:
        """Tên loại and trích yếu, with the line (or ``-----``) under them."""
        tt = self.tt
        first = self.para(self.doc, tt.ten_loai, ten_loai)
        first.paragraph_format.space_before = Pt(12)
        self.para(self.doc, tt.trich_yeu, "{{ trich_yeu }}")
        if tt.gach_trich_yeu_mm is None:
            self.para(self.doc, tt.trich_yeu, "-----")
        else:
            self.line(self.doc, tt.gach_trich_yeu_mm, tt.cot_trai + tt.cot_phai)

    def can_cu(self) -> None:
        """Legal bases, each on its own italic line, ``;`` between and ``.`` after the last."""
        self.tag(self.doc, "{%p for c in can_cu %}")
        self.para(self.doc, self.tt.can_cu,
                  "{{ c.van_ban }}{% if loop.last %}.{% else %};{% endif %}", body=True)
        self.tag(self.doc, "{%p endfor %}")

    def noi_nhan(self, where: Container) -> None:
        """``Nơi nhận:`` 12 bold italic, items 11, last ``- Lưu: …``."""
        tt = self.tt
        label = self.para(where, tt.noi_nhan_nhan, "Nơi nhận:", align=LEFT)
        label.paragraph_format.space_before = Pt(12)
        self.tag(where, "{%p for n in noi_nhan %}")
        self.para(where, tt.noi_nhan_muc, "- {{ n }};", align=LEFT)
        self.tag(where, "{%p endfor %}")
        self.para(where, tt.noi_nhan_muc, "- Lưu: {{ luu }}.", align=LEFT)

    def signer(self, where: Container, label: str, name: str) -> None:
        tt = self.tt
        self.para(where, tt.chuc_danh_ky, label)
        self.para(where, tt.ghi_chu_ky, "(Ký, ghi rõ họ tên)")
        for _ in range(3):
            self.para(where, tt.ho_ten_ky, "")
        self.para(where, tt.ho_ten_ky, name)

    def save(self) -> bytes:
        buffer = io.BytesIO()
        self.doc.save(buffer)
        with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
            entries = [(info.filename, archive.read(info)) for info in archive.infolist()]
        return package.pack(entries)


def _fonts(rpr: object) -> None:
    """Times New Roman for every script (python-docx's ``font.name`` leaves eastAsia unset)."""
    fonts = rpr.find(qn("w:rFonts"))  # type: ignore[attr-defined]
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)  # type: ignore[attr-defined]
    for key in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(key), FONT)


def _new_paragraph(where: Container) -> Paragraph:
    return where.add_paragraph()


# -- document kinds -------------------------------------------------------------------------

def bien_ban_doi_thoai(b: Builder) -> None:
    """Biên bản hội nghị đối thoại: ND 30 Mẫu 1.9 with the opinions of domain.md §3.5."""
    tt = b.tt
    bold = Chu(tt.noi_dung.co, dam=True)
    italic = Chu(tt.noi_dung.co, nghieng=True)
    b.header()
    b.title("BIÊN BẢN")
    b.can_cu()
    b.body("Thực hiện {{ ke_hoach }}.")
    b.body(("Thời gian bắt đầu: ", bold), "{{ bat_dau }}, {{ ngay }}.")
    b.body(("Địa điểm: ", bold), "{{ dia_diem }}.")
    b.body(("Hình thức tổ chức: ", bold), "{{ hinh_thuc }}.")
    b.body(("Thành phần tham dự:", bold))
    b.tag(b.doc, "{%p for t in thanh_phan %}")
    b.body("- {{ t.nhom }}: mời {{ t.so_moi }}, có mặt {{ t.so_co_mat }}"
           "{% if t.so_vang %}, vắng {{ t.so_vang }}{% endif %};")
    b.tag(b.doc, "{%p endfor %}")
    b.body("Tổng số đại biểu được mời: {{ tong_moi }}; có mặt: {{ tong_co_mat }}.")
    b.body(("Chủ trì (chủ tọa):", bold))
    b.tag(b.doc, "{%p for c in chu_tri %}")
    b.body("- {{ c.ten_goi }}, {{ c.chuc_vu }}{% if loop.last %}.{% else %};{% endif %}")
    b.tag(b.doc, "{%p endfor %}")
    b.body(("Thư ký (người ghi biên bản): ", bold), "{{ thu_ky.ten_goi }}, {{ thu_ky.chuc_vu }}.")
    b.body(("Nội dung (theo diễn biến hội nghị):", bold))
    b.tag(b.doc, "{%p if chuong_trinh %}")
    b.body(("1. Chương trình hội nghị", bold))
    b.tag(b.doc, "{%p for muc in chuong_trinh %}")
    b.body("- {{ muc }}{% if loop.last %}.{% else %};{% endif %}")
    b.tag(b.doc, "{%p endfor %}")
    b.tag(b.doc, "{%p endif %}")
    b.tag(b.doc, "{%p if y_kien %}")
    b.body(("{% if chuong_trinh %}2{% else %}1{% endif %}. Ý kiến của Nhân dân và trả lời tại hội nghị", bold))
    b.tag(b.doc, "{%p for y in y_kien %}")
    b.body(("{{ y.stt }}. {{ y.nguoi_neu.ten_goi }}", bold),
           "{% if y.nguoi_neu.dia_chi %} ({{ y.nguoi_neu.dia_chi }}){% endif %}, lĩnh vực {{ y.linh_vuc }}:")
    b.body("{{ y.noi_dung }}")
    b.tag(b.doc, "{%p if y.tra_loi %}")
    b.body(("Trả lời", italic),
           ("{% if y.nguoi_tra_loi %} ({{ y.nguoi_tra_loi.ten_goi }}{% if y.nguoi_tra_loi.chuc_vu %}, "
            "{{ y.nguoi_tra_loi.chuc_vu }}{% endif %}){% endif %}: ", italic),
           "{{ y.tra_loi }}")
    b.tag(b.doc, "{%p endif %}")
    b.tag(b.doc, "{%p if y.trang_thai == 'tra_loi_sau' %}")
    b.body(("Hướng xử lý: ", italic), "giao {{ y.don_vi_tra_loi }} trả lời bằng văn bản trước {{ y.han_tra_loi }}.")
    b.tag(b.doc, "{%p endif %}")
    b.tag(b.doc, "{%p if y.trang_thai == 'chuyen_cap_tren' %}")
    b.body(("Hướng xử lý: ", italic),
           "vượt thẩm quyền, hội nghị chuyển đến {{ y.co_quan_chuyen }} xem xét, giải quyết.")
    b.tag(b.doc, "{%p endif %}")
    b.tag(b.doc, "{%p endfor %}")
    b.tag(b.doc, "{%p endif %}")
    b.body(("{{ 1 + (chuong_trinh|length > 0) + (y_kien|length > 0) }}. Kết luận của chủ trì", bold))
    b.body("{{ ket_luan }}")
    b.body("Hội nghị kết thúc vào {{ ket_thuc }}, {{ ngay }}"
           "{% if so_ban %}; biên bản được lập thành {{ so_ban|so }} bản{% endif %}./.")
    (secretary, chairs), = b.table((tt.cot_trai, tt.cot_phai), 1)
    first = b.para(secretary, tt.chuc_danh_ky, "")
    first.paragraph_format.space_before = Pt(6)
    b.signer(secretary, tt.nhan_thu_ky, "{{ thu_ky.ho_ten }}")
    b.para(chairs, tt.chuc_danh_ky, "").paragraph_format.space_before = Pt(6)
    b.tag(chairs, "{%p for c in chu_tri %}")
    b.signer(chairs, tt.nhan_chu_tri, "{{ c.ho_ten }}")
    b.tag(chairs, "{%p endfor %}")
    b.noi_nhan(b.doc)


BUILDERS: dict[str, Callable[[Builder], None]] = {"bien_ban_doi_thoai": bien_ban_doi_thoai}


def build(loai: str, he_thong: HeThong) -> bytes:
    """The template of ``loai`` for ``he_thong``, as .docx bytes (deterministic)."""
    kind = _catalog.kind(loai)
    assert kind is not None
    builder = Builder(THU_THUC[he_thong], f"Mẫu {kind.ten} ({he_thong.nhan})")
    BUILDERS[loai](builder)
    return builder.save()


def build_all(out_dir: Path) -> list[Path]:
    """Write every template of every kind into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for kind in _catalog.catalog():
        for he_thong in kind.mau:
            path = out_dir / _catalog.template_name(kind.loai, he_thong)
            path.write_bytes(build(kind.loai, he_thong))
            written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "templates"
    for written_path in build_all(target):
        print(written_path)
