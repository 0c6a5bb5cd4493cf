"""One PDF file per page of a PDF that this program wrote with ReportLab, without drawing anything again.

A run of one file per person draws the whole batch into one document in memory (the shared frame, pictures
and sentences drawn once, as for the one-PDF run), then copies, for each page, the page and every object it
refers to (its contents, fonts, forms, pictures) into a small document of its own: the object bytes are
copied as they are (streams are never decompressed or compressed again), only the object numbers change.
Drawing every file from scratch would compress each picture and cut each font again, file after file:
ten times slower.

It reads only what ReportLab writes (a classic cross-reference table, direct /Length): it is never given a
PDF from outside, and refuses anything else with ValueError.
"""

from __future__ import annotations

import re

_REF = re.compile(rb"(\d+) 0 R")
_XREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*\Z")
_LENGTH = re.compile(rb"/Length (\d+)")
_OBJ_HEAD = re.compile(rb"(\d+) 0 obj\s*")
HEADER = b"%PDF-1.4\n%\x93\x8c\x8b\x9e innovact-desk\n"


class PdfObjects:
    """The objects of a ReportLab PDF: number -> (dictionary bytes, stream bytes or None)."""

    def __init__(self, data: bytes) -> None:
        match = _XREF.search(data)
        if match is None or not data.startswith(b"%PDF-"):
            raise ValueError("not a PDF written by ReportLab")
        start = int(match.group(1))
        lines = data[start:].split(b"\n", 3)
        if lines[0].strip() != b"xref":
            raise ValueError("no classic cross-reference table")
        first, count = map(int, lines[1].split())
        table = lines[2] + b"\n" + lines[3]
        self.objects: dict[int, tuple[bytes, bytes | None]] = {}
        for i in range(count):
            entry = table[i * 20:(i + 1) * 20]
            offset, _generation, kind = entry.split()[:3]
            if kind == b"n":
                self.objects[first + i] = self._read(data, int(offset), first + i)
        trailer = data[data.index(b"trailer", start):]
        root = re.search(rb"/Root (\d+) 0 R", trailer)
        info = re.search(rb"/Info (\d+) 0 R", trailer)
        self.root = int(root.group(1))
        self.info = int(info.group(1)) if info else None
        self._refs: dict[int, list[int]] = {}
        self._chunks: dict[tuple, bytes] = {}  # an object as written into a file, by its numbers there

    @staticmethod
    def _read(data: bytes, offset: int, number: int) -> tuple[bytes, bytes | None]:
        head = _OBJ_HEAD.match(data, offset)
        if head is None or int(head.group(1)) != number:
            raise ValueError(f"object {number} is not where the table says")
        body_start = head.end()
        stream_at = data.find(b"stream", body_start)
        end_at = data.find(b"endobj", body_start)
        if stream_at == -1 or stream_at > end_at:
            return data[body_start:end_at].rstrip(), None
        body = data[body_start:stream_at].rstrip()
        length = _LENGTH.search(body)
        if length is None:
            raise ValueError(f"object {number}: a stream without a direct /Length")
        begin = stream_at + len(b"stream")
        begin += 2 if data[begin:begin + 2] == b"\r\n" else 1
        return body, data[begin:begin + int(length.group(1))]

    def refs(self, number: int) -> list[int]:
        found = self._refs.get(number)
        if found is None:
            found = self._refs[number] = [int(n) for n in _REF.findall(self.objects[number][0])]
        return found

    def chunk(self, old: int, new: int, numbers: dict[int, int]) -> bytes:
        """The object as written into a page's file: the same bytes, its references renumbered. The objects
        every page shares (fonts, pictures, forms) come out the same in every file: made once, then reused."""
        key = (old, new, *(numbers[r] for r in self.refs(old)))
        found = self._chunks.get(key)
        if found is None:
            body, stream = self.objects[old]
            body = _REF.sub(lambda m: b"%d 0 R" % numbers[int(m.group(1))], body)
            found = b"%d 0 obj\n%s\n" % (new, body)
            found += b"stream\n" + stream + b"\nendstream\nendobj\n" if stream is not None else b"endobj\n"
            if len(self._chunks) < 10_000:
                self._chunks[key] = found
        return found

    def pages(self) -> list[int]:
        """Page object numbers in order (a flat page tree, as ReportLab writes it)."""
        pages_ref = re.search(rb"/Pages (\d+) 0 R", self.objects[self.root][0])
        kids = re.search(rb"/Kids \[([^\]]*)\]", self.objects[int(pages_ref.group(1))][0])
        return [int(n) for n in _REF.findall(kids.group(1))]


def _pdf_text(text: str) -> bytes:
    """A PDF text string in UTF-16 (hex): any name, no escaping to get wrong."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def page_document(pdf: PdfObjects, page: int, *, title: str = "", author: str = "") -> list[bytes]:
    """A one-page PDF holding that page and everything it refers to, as pieces to write one after another."""
    parent = re.search(rb"/Parent (\d+) 0 R", pdf.objects[page][0])
    skip = {int(parent.group(1))} if parent else set()
    wanted, todo = set(), [page]
    while todo:
        number = todo.pop()
        if number in wanted or number in skip:
            continue
        wanted.add(number)
        todo.extend(pdf.refs(number))
    order = sorted(wanted)
    numbers = {old: new for new, old in enumerate(order, start=4)}  # 1 catalog, 2 pages, 3 info
    for old in skip:
        numbers[old] = 2

    parts = [HEADER]
    offsets = []
    size = len(HEADER)

    def add(number: int, body: bytes) -> None:
        append(b"%d 0 obj\n%s\nendobj\n" % (number, body))

    def append(chunk: bytes) -> None:
        nonlocal size
        offsets.append(size)
        parts.append(chunk)
        size += len(chunk)

    add(1, b"<< /Pages 2 0 R /Type /Catalog >>")
    add(2, b"<< /Count 1 /Kids [ %d 0 R ] /Type /Pages >>" % numbers[page])
    add(3, b"<< /Author %s /Creator (innovact-desk) /Producer (innovact-desk) /Title %s >>"
        % (_pdf_text(author), _pdf_text(title)))
    for old in order:
        append(pdf.chunk(old, numbers[old], numbers))
    xref = [b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)]
    xref += [b"%010d 00000 n \n" % offset for offset in offsets]
    parts += xref
    parts.append(b"trailer\n<< /Info 3 0 R /Root 1 0 R /Size %d >>\nstartxref\n%d\n%%%%EOF\n" % (len(offsets) + 1, size))
    return parts
