"""Each kind of bad input gets one clear sentence (a DocumentError), never a traceback."""

from __future__ import annotations

import random
import zipfile

import pytest
from books import add_member, encryption_xml, write_docx, write_epub
from makers import encrypted_pdf, generated_blocks, scanned_pdf, write_report

from tui.sources.documents import DocumentError, extract, read_document, sniff


def refusal(path) -> str:
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "\n" not in message and "Traceback" not in message
    return message[len(str(path)) + 2:]


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    folder = tmp_path_factory.mktemp("good")
    write_report(folder / "report.pdf", generated_blocks(2))
    write_epub(folder / "book.epub")
    write_docx(folder / "memo.docx")
    return folder


def test_encrypted_pdf(tmp_path):
    encrypted_pdf(tmp_path / "secret.pdf")
    assert refusal(tmp_path / "secret.pdf") == "the PDF is encrypted with a password; Byline cannot open it"


def test_scanned_pdf_without_text_layer(tmp_path):
    scanned_pdf(tmp_path / "scan.pdf")
    assert refusal(tmp_path / "scan.pdf") == (
        "the PDF has no text to read (it is probably scanned pages without a text layer; "
        "Byline does not do OCR)")


def test_truncated_pdf(tmp_path, good):
    data = (good / "report.pdf").read_bytes()
    (tmp_path / "half.pdf").write_bytes(data[:len(data) // 2])
    assert refusal(tmp_path / "half.pdf").startswith("the PDF is truncated")


def test_corrupt_pdf(tmp_path, good):
    data = (good / "report.pdf").read_bytes()
    (tmp_path / "bad.pdf").write_bytes(data[:600] + b"\x00" * 4000 + data[4600:])
    assert refusal(tmp_path / "bad.pdf") == "the PDF is damaged and cannot be read"


def test_epub_with_drm(tmp_path):
    path = tmp_path / "locked.epub"
    write_epub(path)
    add_member(path, "META-INF/encryption.xml",
               encryption_xml("http://www.w3.org/2001/04/xmlenc#aes128-cbc", "EPUB/chap_0.xhtml"))
    assert refusal(path) == "the EPUB book is protected by DRM; Byline cannot read it"


def test_adobe_drm_rights_file(tmp_path):
    path = tmp_path / "adept.epub"
    write_epub(path)
    add_member(path, "META-INF/rights.xml", "<rights/>")
    assert refusal(path) == "the EPUB book is protected by DRM; Byline cannot read it"


@pytest.mark.parametrize("name", ["book.epub", "memo.docx"])
def test_truncated_zip_formats(tmp_path, good, name):
    data = (good / name).read_bytes()
    (tmp_path / name).write_bytes(data[:len(data) // 2])
    kind = "EPUB" if name.endswith("epub") else "Word"
    assert refusal(tmp_path / name) == f"the {kind} file is damaged or truncated (its zip archive cannot be read)"


def test_docx_that_is_not_a_zip(tmp_path):
    (tmp_path / "memo.docx").write_text("Dear colleagues,\nthe meeting is moved.\n", encoding="utf-8")
    assert refusal(tmp_path / "memo.docx") == "named .docx but it is plain text, not a Word (.docx) document"


def test_old_word_or_password_protected_docx(tmp_path):
    (tmp_path / "old.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    assert refusal(tmp_path / "old.docx") == (
        "named .docx but it is an old-style Office file (.doc, or a password-protected .docx), "
        "not a Word (.docx) document")


def test_extension_that_lies_about_an_image(tmp_path):
    (tmp_path / "report.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert refusal(tmp_path / "report.pdf") == "named .pdf but it is a PNG image, not a PDF"


def test_zip_of_another_kind(tmp_path):
    with zipfile.ZipFile(tmp_path / "book.epub", "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert refusal(tmp_path / "book.epub") == "named .epub but it is a zip archive of another kind, not an EPUB book"


def test_extension_that_lies_about_a_real_document_is_read_by_content(tmp_path, good):
    lying = tmp_path / "memo.docx"
    lying.write_bytes((good / "report.pdf").read_bytes())
    assert sniff(lying) == "pdf"
    assert read_document(lying).format == "pdf"


def test_empty_file_and_missing_file(tmp_path):
    (tmp_path / "empty.pdf").write_bytes(b"")
    assert refusal(tmp_path / "empty.pdf") == "the file is empty"
    assert refusal(tmp_path / "absent.pdf") == "no such file"


def test_unknown_content_without_a_document_name(tmp_path):
    (tmp_path / "notes.bin").write_bytes(b"\x1f\x8b\x08\x00" + bytes(50))
    assert refusal(tmp_path / "notes.bin") == "not a document Byline can read (it is a gzip archive)"


@pytest.mark.parametrize("name", ["report.pdf", "book.epub", "memo.docx"])
def test_damaged_copies_never_raise_anything_else(good, name):
    """Truncated, overwritten and cut copies of real files: a Document or a DocumentError."""
    data = (good / name).read_bytes()
    rng = random.Random(name)
    outcomes = set()
    for round_ in range(60):
        mutated = bytearray(data)
        if round_ % 3 == 0:
            mutated = mutated[:rng.randrange(len(mutated))]
        elif round_ % 3 == 1:
            for _ in range(rng.randint(1, 20)):
                mutated[rng.randrange(len(mutated))] = rng.randrange(256)
        else:
            cut = rng.randrange(len(mutated))
            del mutated[cut:cut + rng.randint(1, 500)]
        try:
            extract(bytes(mutated), name, name)
            outcomes.add("read")
        except DocumentError as exc:
            assert "\n" not in str(exc)
            outcomes.add("refused")
    assert "refused" in outcomes  # the damage was real


def test_zip_bomb_is_refused_before_unpacking(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            for _ in range(65):
                member.write(bytes(1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    assert refusal(path) == "the Word file unpacks to too much data to be a document"


def test_pdf_with_only_an_owner_password_is_read(tmp_path):
    """Encryption that only restricts printing or copying opens without a password: it is read."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner-secret")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 6, "A report anyone may read but not print. " * 5)
    pdf.output(str(tmp_path / "restricted.pdf"))
    assert read_document(tmp_path / "restricted.pdf").text.startswith("A report anyone may read")
