"""Plain text (UTF-8 or Windows-1252) and HTML (headings as sections, no scripts)."""

from styra.focus import extract_passages

HTML = b"""<!doctype html><html><head><title>Titel</title>
<style>p { color: red }</style><script>var x = "inte text";</script></head>
<body><h1>Folkh&auml;lsa</h1><p>Den psykiska oh\xc3\xa4lsan bland unga ska minska.</p>
<ul><li>Fler unga ska vara fysiskt aktiva.</li></ul>
<h2>Trygghet</h2><p>Alla ska k\xc3\xa4nna sig trygga i centrum.<br>Belysningen byggs ut.</p>
</body></html>"""


def test_html_headings_are_sections_and_scripts_are_dropped():
    passages = extract_passages(HTML, "sida.html")
    assert [(p.section, p.text) for p in passages] == [
        (
            "Folkhälsa",
            "Den psykiska ohälsan bland unga ska minska. Fler unga ska vara fysiskt aktiva.",
        ),
        ("Trygghet", "Alla ska känna sig trygga i centrum. Belysningen byggs ut."),
    ]


def test_text_in_utf8_and_in_windows_1252():
    text = "# Vatten\n\nDricksvattnet ska hålla god kvalitet.\n\nVi skyddar grundvattnet.\n"
    for encoding in ("utf-8", "cp1252"):
        passages = extract_passages(text.encode(encoding), "vatten.txt")
        assert [(p.section, p.text) for p in passages] == [
            ("Vatten", "Dricksvattnet ska hålla god kvalitet. Vi skyddar grundvattnet.")
        ]
