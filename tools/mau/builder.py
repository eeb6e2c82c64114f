"""The template builder: one ``Builder`` writes a template with the presentation rules of its
system (``hoso._layout``); the modules beside this one describe each procedure's documents."""

from __future__ import annotations

import copy
import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, Twips
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from hoso import _do_rong
from hoso._engine import package
from hoso._layout import BO_CUC, FONT, LE_O_MM, TWIPS_PER_MM, Chu, ThuThuc, do_dai_gach

CENTER, LEFT, RIGHT, JUSTIFY = (WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT,
                                WD_ALIGN_PARAGRAPH.JUSTIFY)
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
        _fonts(normal.element.get_or_add_rPr(), ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"))
        normal.font.size = Pt(tt.noi_dung.co)
        # Single spacing, nothing after: set once in the style, not on every paragraph.
        normal.paragraph_format.space_after = Pt(0)
        normal.paragraph_format.line_spacing = 1.0
        normal.paragraph_format.widow_control = BO_CUC.chong_dong_le
        # A title line ends in a line break inside a justified paragraph: never stretch it.
        compat = doc.settings.element.find(qn("w:compat"))
        compat.insert(0, OxmlElement("w:doNotExpandShiftReturn"))
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
        """Paragraph alignment, spacing and the paragraph mark's font (what differs from Normal)."""
        f = p.paragraph_format
        f.alignment = align
        if before:
            f.space_before = Pt(before)
        if line != 1.0:
            f.line_spacing = line
        if indent:
            f.first_line_indent = Twips(self.tt.thut_dau_dong_twips)
        if chu == Chu(self.tt.noi_dung.co):
            return
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
            self._run(p, text, run_chu)
        return p

    def tag(self, where: Container, jinja: str) -> None:
        """A paragraph holding only a ``{%p … %}`` tag (removed when rendering)."""
        self.para(where, self.tt.noi_dung, jinja, align=LEFT)

    def body(self, *runs: str | tuple[str, Chu], last: bool = False) -> Paragraph:
        """A body paragraph; ``last``: the body's last one, which travels with the signature block."""
        p = self.para(self.doc, self.tt.noi_dung, *runs, body=True)
        if last:
            p.paragraph_format.keep_with_next = BO_CUC.giu_doan_cuoi_voi_chu_ky
        return p

    def label(self, *runs: str | tuple[str, Chu]) -> Paragraph:
        """A body paragraph that introduces what follows (``Thành phần tham dự:``, an opinion's
        header, a table caption): it never ends a page."""
        p = self.body(*runs)
        p.paragraph_format.keep_with_next = BO_CUC.giu_tieu_de_voi_doan_sau
        return p

    def titled(self, titles: Sequence[Title], *runs: str | tuple[str, Chu], last: bool = False) -> Paragraph:
        """A body paragraph whose first lines are the titles that introduce it: a section heading,
        a label ending in ":", an opinion's header. Each title ends with a line break, and the next
        line starts at the paragraph indent (a tab stop there), so it reads as a title above its
        text; with widow/orphan control a title can never end a page, in Word and LibreOffice
        alike (LibreOffice 7.4 honours keep-with-next between paragraphs only unreliably). A title
        with a ``when`` (a Jinja test, ``loop.first``) prints only then: a list's label folds into
        its first item."""
        tt = self.tt
        p = self.body(last=last)
        p.paragraph_format.tab_stops.add_tab_stop(Twips(tt.thut_dau_dong_twips))
        if len(titles) > 1 or any(t.dai for t in titles):
            # Orphan control keeps two lines together, and two titles are two lines: a paragraph
            # under several titles, or under a long one, is not split at all.
            p.paragraph_format.keep_together = True
        for title in titles:
            if title.when is not None:
                self._run(p, f"{{% if {title.when} %}}", tt.noi_dung)
            for item in title.runs:
                text, run_chu = (item, Chu(tt.noi_dung.co, dam=True)) if isinstance(item, str) else item
                self._run(p, text, run_chu)
            glue = p.add_run()
            self.style(glue, tt.noi_dung)
            glue.add_break()
            glue.add_tab()
            if title.when is not None:
                self._run(p, "{% endif %}", tt.noi_dung)
        for item in runs:
            text, run_chu = (item, tt.noi_dung) if isinstance(item, str) else item
            self._run(p, text, run_chu)
        return p

    def _run(self, p: Paragraph, text: str, chu: Chu) -> None:
        run = p.add_run(text)
        self.style(run, chu)
        for t in run._r.findall(qn("w:t")):
            t.set(qn("xml:space"), "preserve")

    def line(self, where: Container, width_mm: float, cell_twips: int, *, cell: bool = True) -> Paragraph:
        """A centred solid line ``width_mm`` long: the bottom border of a tiny empty paragraph, in a
        header cell (``cell``: less its inner margins) or across the text width."""
        p = _new_paragraph(where)
        self.format(p, CENTER, Chu(2))
        inner = round(LE_O_MM * TWIPS_PER_MM) if cell else 0
        side = max(0, round((cell_twips - inner - width_mm * TWIPS_PER_MM) / 2))
        p.paragraph_format.left_indent = p.paragraph_format.right_indent = Twips(side)
        border = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
            bottom.set(qn(key), value)
        border.append(bottom)
        ppr = p._p.get_or_add_pPr()
        ppr.insert_element_before(border, "w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc", "w:rPr")
        return p

    def table(self, widths: tuple[int, ...], rows: int) -> list[list[_Cell]]:
        """A borderless fixed-layout table whose grid and cells carry the widths (Word and LibreOffice)."""
        table = self.doc.add_table(rows=rows, cols=len(widths))
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False  # w:tblLayout fixed, in its place in w:tblPr
        width = table._tbl.tblPr.find(qn("w:tblW"))  # python-docx writes it, in its place
        width.set(qn("w:w"), str(sum(widths)))
        width.set(qn("w:type"), "dxa")
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
    def header(self, *, cong_van: bool = False) -> None:
        """Issuing body and Số on the left, motto (or Party title) and place/date on the right;
        a letter (``cong_van``) carries its summary under Số.

        The place-date line is one line, always: when it is wider than the motto column (a long
        place name), the template's second variant prints it on a row of its own across the page,
        flush right under the motto (``_layout.dong_ngay_vua_cot``, measured at render time)."""
        tt = self.tt
        system = tt.he_thong.value
        (name, title), if_row, (number, date), else_row, (number_wide, blank), wide, endif_row = self.table(
            (tt.cot_trai, tt.cot_phai), 7)
        # A joint document names every issuing body, one under the other, the leading one first,
        # with one line (or star) under the block.
        self.tag(name, "{%p for cq in co_quan_ban_hanh %}")
        self.tag(name, "{%p if cq.co_quan_chu_quan %}")
        self.para(name, tt.co_quan_chu_quan, f"{{{{ cq.co_quan_chu_quan|ten_co_quan('{system}', true) }}}}")
        self.tag(name, "{%p endif %}")
        self.para(name, tt.co_quan, f"{{{{ cq.ten|ten_co_quan('{system}') }}}}")
        self.tag(name, "{%p endfor %}")
        if tt.gach_co_quan_mm is None:
            self.para(name, tt.co_quan, "*")
        else:
            self.line(name, tt.gach_co_quan_mm, tt.cot_trai)
        for text, chu in tt.tieu_de:
            self.para(title, chu, text)
        self.line(title, tt.gach_tieu_de_mm, tt.cot_phai)
        for cell, text in ((if_row, f"{{%tr if dia_danh_ngay|ngay_vua_cot('{system}') %}}"),
                           (else_row, "{%tr else %}"), (endif_row, "{%tr endif %}")):
            self.para(cell[0], tt.so, text)
            self.para(cell[1], tt.so, "")
        for cell in (number, number_wide):
            self.para(cell, tt.so, "{{ so_ky_hieu }}").paragraph_format.space_before = Pt(4)
            if cong_van:
                self.para(cell, tt.trich_yeu_cong_van,
                          tt.tien_to_cong_van + f"{{{{ trich_yeu|trich_yeu('{system}', true) }}}}")
        self.para(date, tt.dia_danh_ngay, "{{ dia_danh_ngay }}").paragraph_format.space_before = Pt(4)
        self.para(blank, tt.so, "")
        self.para(wide[1], tt.dia_danh_ngay, "")
        self.para(wide[0], tt.dia_danh_ngay, "{{ dia_danh_ngay }}", align=RIGHT)
        across = wide[0].merge(wide[1])
        across._tc.remove(across.paragraphs[-1]._p)  # the empty paragraph the merge brought along

    def title(self, ten_loai: str) -> None:
        """Tên loại and trích yếu, with the line (or ``-----``) under them."""
        tt = self.tt
        first = self.para(self.doc, tt.ten_loai, ten_loai)
        first.paragraph_format.space_before = Pt(12)
        first.paragraph_format.keep_with_next = BO_CUC.giu_tieu_de_voi_doan_sau
        summary = self.para(self.doc, tt.trich_yeu, f"{{{{ trich_yeu|trich_yeu('{tt.he_thong.value}') }}}}")
        summary.paragraph_format.keep_with_next = BO_CUC.giu_tieu_de_voi_doan_sau
        if tt.gach_trich_yeu_mm is None:
            self.para(self.doc, tt.trich_yeu, "-----")
            return
        # One line per length; the one 1/3–1/2 of the summary's longest line prints.
        self.tag(self.doc, f"{{%p set gach = trich_yeu|gach_trich_yeu('{tt.he_thong.value}') %}}")
        for i, mm in enumerate(tt.gach_trich_yeu_mm):
            self.tag(self.doc, f"{{%p {'if' if i == 0 else 'elif'} gach == {mm} %}}")
            self.line(self.doc, mm, tt.cot_trai + tt.cot_phai, cell=False).paragraph_format.space_before = Pt(3)
        self.tag(self.doc, "{%p endif %}")

    def can_cu(self) -> None:
        """Legal bases, each on its own italic line, ``;`` between and ``.`` after the last."""
        self.tag(self.doc, "{%p for c in can_cu %}")
        self.para(self.doc, self.tt.can_cu,
                  "{{ c.van_ban }}{% if loop.last %}.{% else %};{% endif %}", body=True)
        self.tag(self.doc, "{%p endfor %}")

    def noi_nhan(self, where: Container, *, nhu_tren: bool = False) -> None:
        """``Nơi nhận:`` in the system's style (ND 30: 12 bold italic, items 11; HD 36: 14 underlined,
        items 12); a letter's first item is ``- Như trên;``, the last ``- Lưu: …`` (Party ``- Lưu …``)."""
        tt = self.tt
        colon = Chu(tt.noi_nhan_nhan.co, tt.noi_nhan_nhan.dam, tt.noi_nhan_nhan.nghieng)
        label = self.para(where, tt.noi_nhan_nhan, "Nơi nhận", (":", colon), align=LEFT)
        label.paragraph_format.space_before = Pt(12)
        label.paragraph_format.keep_with_next = BO_CUC.giu_tieu_de_voi_doan_sau
        if nhu_tren:
            self.para(where, tt.noi_nhan_muc, "- Như trên;", align=LEFT)
        self.tag(where, "{%p for n in noi_nhan %}")
        self.para(where, tt.noi_nhan_muc, "- {{ n }};", align=LEFT)
        self.tag(where, "{%p endfor %}")
        self.para(where, tt.noi_nhan_muc, f"- {tt.tien_to_luu}{{{{ luu }}}}.", align=LEFT)

    def signers(self, grid: str, labels: dict[str, str] | None) -> None:
        """Signers side by side (minutes: THƯ KÝ and the chairs; a joint document: one signature
        per body), ``BO_CUC.nguoi_ky_moi_hang`` to a row: ``grid`` is a list of rows, each a list of
        cells ``{vai, ho_ten, dong}`` or None; ``labels`` gives the printed title of each ``vai``
        (minutes, with "(Ký, ghi rõ họ tên)"), or None when each cell prints its own authority and
        title lines (``dong``) as the standard signature does. The rows stay together, with the last
        body paragraph before them and the Nơi nhận after them: Nơi nhận is the table's last row,
        across the columns (LibreOffice keeps a table with the rows it holds, not with a paragraph
        after it)."""
        tt = self.tt
        width = (tt.cot_trai + tt.cot_phai) // BO_CUC.nguoi_ky_moi_hang
        widths = (width,) * BO_CUC.nguoi_ky_moi_hang
        start, row, names, end, recipients = self.table(widths, 5)
        self.noi_nhan(recipients[0])
        for cell in recipients[1:]:
            self.para(cell, tt.noi_dung, "")
        across = recipients[0].merge(recipients[-1])
        for empty in across.paragraphs[-(len(recipients) - 1):]:  # what the merge brought along
            across._tc.remove(empty._p)
        self.para(start[0], tt.noi_dung, f"{{%tr for r in {grid} %}}")
        self.para(end[0], tt.noi_dung, "{%tr endfor %}")
        for cell in (*start[1:], *end[1:]):
            self.para(cell, tt.noi_dung, "")
        # Titles (and the room to sign) in one row, names in the next: names side by side stay
        # level however many authority lines each signer has; an empty cell keeps its paragraphs.
        for column, (cell, name) in enumerate(zip(row, names, strict=True)):
            c = f"r[{column}]"
            self.tag(cell, f"{{%p if {c} %}}")
            if labels is None:
                self.para(cell, tt.chuc_danh_ky, "").paragraph_format.space_before = Pt(6)
                self.tag(cell, f"{{%p for d in {c}.dong %}}")
                self.para(cell, tt.chuc_danh_ky, "{{ d }}")
                self.tag(cell, "{%p endfor %}")
            else:
                title = "".join(f"{{% {'if' if i == 0 else 'elif'} {c}.vai == '{vai}' %}}{text}"
                                for i, (vai, text) in enumerate(labels.items())) + "{% endif %}"
                self.para(cell, tt.chuc_danh_ky, title).paragraph_format.space_before = Pt(12)
                self.para(cell, tt.ghi_chu_ky, "(Ký, ghi rõ họ tên)")
            self.tag(cell, "{%p endif %}")
            for _ in range(3 if labels else 4):
                self.para(cell, tt.ho_ten_ky, "")
            self.para(name, tt.ho_ten_ky, f"{{% if {c} %}}{{{{ {c}.ho_ten }}}}{{% endif %}}")
        for cell in (*row, *names):
            for p in cell.paragraphs:
                p.paragraph_format.keep_with_next = BO_CUC.giu_doan_cuoi_voi_chu_ky

    def signature(self, *, nhu_tren: bool = False, lien_tich: bool = False) -> None:
        """Nơi nhận on the left, the signer on the right: authority line, position, name (ô 7, 9b).

        A kind that may be issued jointly (``lien_tich``) prints, when it is, one signature per body
        side by side, the leading body's on the right (``o_ky_lien_tich``), with Nơi nhận under them."""
        if lien_tich:
            self.tag(self.doc, "{%p if dong_ban_hanh %}")
            self.signers("o_ky_lien_tich", None)
            self.tag(self.doc, "{%p else %}")
            self._signature(nhu_tren=nhu_tren)
            self.tag(self.doc, "{%p endif %}")
        else:
            self._signature(nhu_tren=nhu_tren)

    def _signature(self, *, nhu_tren: bool) -> None:
        tt = self.tt
        (recipients, signer), = self.table((tt.cot_trai, tt.cot_phai), 1)
        self.noi_nhan(recipients, nhu_tren=nhu_tren)
        first = self.para(signer, tt.chuc_danh_ky, "")
        first.paragraph_format.space_before = Pt(6)
        self.tag(signer, "{%p for d in quyen_han_ky %}")
        self.para(signer, tt.chuc_danh_ky, "{{ d }}")
        self.tag(signer, "{%p endfor %}")
        self.para(signer, tt.chuc_danh_ky, "{{ nguoi_ky.chuc_vu }}")
        for _ in range(4):
            self.para(signer, tt.ho_ten_ky, "")
        self.para(signer, tt.ho_ten_ky, "{{ nguoi_ky.ho_ten }}")


    def items(self, collection: str, var: str, *runs: str | tuple[str, Chu], empty: str | None = None,
              titles: Sequence[Title] = (), each: Sequence[Title] = (), last: bool = False) -> None:
        """One body paragraph per item of ``collection``; ``empty`` is printed when there is none.
        ``titles`` (a heading, the list's label) open the first item, or the ``empty`` line; ``each``
        may open any item, when its own test holds (a group's heading over its first sub-line).
        ``last``: the list ends the body, and its last item travels with the signature block (one
        paragraph only: LibreOffice drops a chain of kept paragraphs)."""
        if empty is not None:
            self.tag(self.doc, f"{{%p if {collection} %}}")
        self.tag(self.doc, f"{{%p for {var} in {collection} %}}")
        first = [*(Title(t.runs, _both("loop.first", t.when), t.dai) for t in titles), *each]
        if last:
            self.tag(self.doc, "{%p if loop.last %}")
            self.titled(first, *runs, last=True)
            self.tag(self.doc, "{%p else %}")
        self.titled(first, *runs)
        if last:
            self.tag(self.doc, "{%p endif %}")
        self.tag(self.doc, "{%p endfor %}")
        if empty is not None:
            self.tag(self.doc, "{%p else %}")
            self.titled(titles, empty, last=last)
            self.tag(self.doc, "{%p endif %}")

    def kinh_gui(self) -> None:
        """``Kính gửi:`` and one recipient on the same line, or each on its own ``- …;`` line."""
        tt = self.tt
        self.tag(self.doc, "{%p if kinh_gui|length == 1 %}")
        one = self.para(self.doc, tt.noi_dung, "Kính gửi: {{ kinh_gui[0] }}.")
        one.paragraph_format.space_before = Pt(12)
        self.tag(self.doc, "{%p else %}")
        many = self.para(self.doc, tt.noi_dung, "Kính gửi:")
        many.paragraph_format.space_before = Pt(12)
        self.tag(self.doc, "{%p for k in kinh_gui %}")
        item = self.para(self.doc, tt.noi_dung, muc("{{ k }}"), align=LEFT)
        item.paragraph_format.left_indent = Twips(tt.cot_trai)
        self.tag(self.doc, "{%p endfor %}")
        self.tag(self.doc, "{%p endif %}")

    def loop_table(self, widths: tuple[int, ...], headers: tuple[str, ...], loop: str,
                   cells: tuple[str, ...], centred: tuple[int, ...] = (0,),
                   total: tuple[str, ...] | None = None) -> None:
        """A table with a header row repeated on every page and one row per item (docxtpl
        ``{%tr for … %}``); the ``centred`` columns are centred, the others flush left; ``total``
        is a last row in bold (``Tổng cộng``)."""
        small, bold = Chu(13), Chu(13, dam=True)
        head, start, row, end, *last = self.table(widths, 5 if total else 4)
        if BO_CUC.lap_hang_tieu_de:
            head[0]._tc.getparent().get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for cell, text in zip(head, headers, strict=True):
            self.para(cell, bold, text)
        for column, (cell, text) in enumerate(zip(last[0] if last else (), total or (), strict=True)):
            self.para(cell, bold, text, align=CENTER if column in centred else LEFT)
        self.para(start[0], small, f"{{%tr for {loop} %}}")
        self.para(end[0], small, "{%tr endfor %}")
        for cell in (*start[1:], *end[1:]):
            self.para(cell, small, "")
        for column, (cell, text) in enumerate(zip(row, cells, strict=True)):
            self.para(cell, small, text, align=CENTER if column in centred else LEFT)
        for cell_row in (head, start, row, end, *last):
            for cell in cell_row:
                _borders(cell)

    def decides(self, text: str = "QUYẾT ĐỊNH:") -> None:
        """The decision's operative word (ND 30 Mẫu 1.2/1.3): centred, bold, kept with the first article."""
        p = self.para(self.doc, Chu(self.tt.noi_dung.co, dam=True), text)
        p.paragraph_format.space_before = Pt(self.tt.cach_doan_truoc_pt)
        p.paragraph_format.keep_with_next = True

    def article(self, number: str, *runs: str | tuple[str, Chu]) -> Paragraph:
        """An article of a decision: ``Điều 1.`` in bold, then its text (ND 30 Phụ lục I mục II.6)."""
        return self.body((f"Điều {number}. ", Chu(self.tt.noi_dung.co, dam=True)), *runs)

    def annex(self, title: str, note: str, label: str = "Phụ lục") -> None:
        """An annex on a new page after the signature: ``Phụ lục`` (14 bold), its title (capitals, bold),
        ``(Kèm theo …)`` in italics and a short line, each kept with the next (ND 30 Phụ lục I, ô phụ lục)."""
        tt = self.tt
        size = tt.noi_dung.co
        start = self.para(self.doc, Chu(size, dam=True), label)
        start.paragraph_format.page_break_before = True
        heading = self.para(self.doc, Chu(size, dam=True), title)
        kept = self.para(self.doc, Chu(size, nghieng=True), note)
        for p in (start, heading, kept):
            p.paragraph_format.keep_with_next = True
        width = _do_rong.rong_mm(title, size, dam=True)
        self.line(self.doc, do_dai_gach(tt, width), tt.cot_trai + tt.cot_phai, cell=False)

    def section_between(self) -> None:
        """Each item of the enclosing loop its own section (a letter of its own): a new page,
        page numbers from 1 again and none on its first page (``BO_CUC.moi_thu_mot_phan``)."""
        assert BO_CUC.moi_thu_mot_phan
        body_section = self.doc.sections[0]._sectPr
        number = OxmlElement("w:pgNumType")
        number.set(qn("w:start"), "1")
        body_section.insert_element_before(number, "w:cols", "w:formProt", "w:vAlign", "w:noEndnote",
                                           "w:titlePg", "w:textDirection", "w:bidi", "w:rtlGutter",
                                           "w:docGrid", "w:printerSettings", "w:sectPrChange")
        self.tag(self.doc, "{%p if not loop.last %}")
        p = _new_paragraph(self.doc)
        self.format(p, LEFT, Chu(2))
        p._p.get_or_add_pPr().append(copy.deepcopy(body_section))
        self.tag(self.doc, "{%p endif %}")

    def save(self) -> bytes:
        buffer = io.BytesIO()
        self.doc.save(buffer)
        with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
            entries = [(info.filename, archive.read(info)) for info in archive.infolist()]
        return package.pack(entries)


@dataclass(frozen=True, slots=True)
class Title:
    """A line that introduces a paragraph (``Builder.titled``): its runs (a plain string is bold),
    a Jinja test for when it prints (None: always), and whether it may wrap onto several lines
    (``dai``: the paragraph it opens is then never split, so the title cannot end a page)."""

    runs: tuple[str | tuple[str, Chu], ...]
    when: str | None = None
    dai: bool = False


def title(*runs: str | tuple[str, Chu], when: str | None = None, dai: bool = False) -> Title:
    """``title("I. MỤC ĐÍCH, YÊU CẦU")``, ``title("3. Chủ trì:", when="chu_tri")``; ``dai=True`` for
    a heading that may take several lines."""
    return Title(runs, when, dai)


def _both(a: str, b: str | None) -> str:
    return a if b is None else f"({a}) and ({b})"


def _fonts(rpr: object, scripts: tuple[str, ...] = ("w:ascii", "w:hAnsi")) -> None:
    """Times New Roman on a run (the Latin scripts Vietnamese uses; the Normal style sets every
    script, eastAsia and cs included, which python-docx's ``font.name`` would leave unset)."""
    fonts = rpr.find(qn("w:rFonts"))  # type: ignore[attr-defined]
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)  # type: ignore[attr-defined]
    for key in scripts:
        fonts.set(qn(key), FONT)


def muc(text: str) -> str:
    """A list line inside a loop: ``- text;``, the last one ``- text.``."""
    return "- " + text + "{% if loop.last %}.{% else %};{% endif %}"


#: A chair in a list: name, and position when there is one.
CHU_TRI = "{{ c.ten_goi }}{% if c.chuc_vu %}, {{ c.chuc_vu }}{% endif %}"


def _new_paragraph(where: Container) -> Paragraph:
    return where.add_paragraph()


def _borders(cell: _Cell) -> None:
    """Single black borders around a data-table cell."""
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "000000")):
            edge.set(qn(key), value)
        borders.append(edge)
    tc_pr.append(borders)
