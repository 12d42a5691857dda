#!/usr/bin/env python3
"""Translation kit for a new language (see data/README.md, "A new language").

  python3 scripts/language-kit.py export it DIR   # every text of data/ as a worksheet per file
  python3 scripts/language-kit.py check it DIR    # placeholders in each filled-in text as in German
  python3 scripts/language-kit.py import it DIR   # writes the filled-in `it` texts into data/
  python3 scripts/language-kit.py tidy            # texts of every file in the languages' order

A worksheet lists each text with its German, English and French versions and an empty field for
the new language; the import adds `it = "…"` beside them and leaves the rest of each file as it
was. Texts left empty are skipped, so the data check then lists them as missing. Needs `tomlkit`
(pip install tomlkit); the build does not use this script.
"""
import pathlib
import re
import sys

import tomlkit

DATA = pathlib.Path(__file__).resolve().parent.parent / "data"
KNOWN = ("de", "en", "fr")


def texts(node, at=()):
    """Every table that holds one text per language, with its path."""
    if isinstance(node, dict):
        if all(isinstance(node.get(k), str) for k in KNOWN):
            yield at, node
            return
        for key, value in node.items():
            yield from texts(value, at + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from texts(value, at + (i,))


def files():
    for path in sorted(DATA.rglob("*.toml")):
        rel = path.relative_to(DATA)
        if rel.parts[0] in ("schema", "templates"):
            continue
        yield rel


def export(lang, out):
    total = 0
    for rel in files():
        doc = tomlkit.parse((DATA / rel).read_text())
        sheet = tomlkit.document()
        sheet.add(tomlkit.comment(f"Texts of data/{rel}: fill in `{lang}` for each; leave it empty to skip."))
        rows = tomlkit.aot()
        for at, node in texts(doc):
            row = tomlkit.table()
            row["at"] = list(at)
            for k in KNOWN:
                row[k] = str(node[k])
            row[lang] = str(node.get(lang, ""))
            rows.append(row)
        if not rows:
            continue
        sheet["text"] = rows
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(tomlkit.dumps(sheet))
        total += len(rows)
    print(f"{total} texts written to {out}")


def import_(lang, src):
    added = 0
    for rel in files():
        sheet_path = src / rel
        if not sheet_path.exists():
            continue
        sheet = tomlkit.parse(sheet_path.read_text())
        doc = tomlkit.parse((DATA / rel).read_text())
        found = {tuple(at): node for at, node in texts(doc)}
        for row in sheet.get("text", []):
            value = str(row.get(lang, "")).strip()
            at = tuple(row["at"])
            if not value:
                continue
            node = found.get(at)
            if node is None or str(node["de"]) != str(row["de"]):
                sys.exit(f"data/{rel}: {'.'.join(map(str, at))} has changed since the export; export again")
            node[lang] = value
            added += 1
        out = tomlkit.dumps(doc)
        # tomlkit closes a grown inline table without the space the files use: `… }`.
        out = re.sub(r'(, [a-z]{2} = "(?:[^"\\]|\\.)*")\}', r"\1 }", out)
        (DATA / rel).write_text(tidy(out, order(lang)))
    print(f"{added} texts written into data/")


def order(lang):
    """The languages in menu order (languages.toml), the new one last if it is not listed yet."""
    codes = [str(l["code"]) for l in tomlkit.parse((DATA / "languages.toml").read_text())["language"]]
    return codes + ([lang] if lang not in codes else [])


DOTTED = re.compile(r'^(?:(\S+)\.)?([a-z]{2}) = "(?:[^"\\]|\\.)*"$')


def tidy(text, codes):
    """Puts one-line texts of one key (`key.xx = "…"`, or `xx = "…"` lines in a table) in the
    order of the languages (tomlkit inserts a new one after the first, or at the end, which may
    be after the comment that opens the next section: such texts move back above it)."""
    lines = text.split("\n")
    is_text = lambda l: (m := DOTTED.match(l)) is not None and m.group(2) in codes
    i = 1
    while i < len(lines):
        if is_text(lines[i - 1]) and (lines[i].startswith("#") or not lines[i].strip()):
            j = i
            while j < len(lines) and (lines[j].startswith("#") or not lines[j].strip()):
                j += 1
            k = j
            while k < len(lines) and is_text(lines[k]) and DOTTED.match(lines[k]).group(1) == DOTTED.match(lines[i - 1]).group(1):
                k += 1
            if k > j:
                lines[i:k] = lines[j:k] + lines[i:j]
        i += 1
    out, i = [], 0
    while i < len(lines):
        m = DOTTED.match(lines[i])
        j = i + 1
        while m and j < len(lines) and (n := DOTTED.match(lines[j])) and n.group(1) == m.group(1):
            j += 1
        run = lines[i:j]
        if len(run) > 1 and all(DOTTED.match(l).group(2) in codes for l in run):
            rank = lambda l: codes.index(DOTTED.match(l).group(2)) if DOTTED.match(l).group(2) in codes else 99
            run = sorted(run, key=rank)
        out.extend(run)
        i = j
    return "\n".join(out)


PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def check(lang, src):
    """Placeholders ({user}, {if …}, {end}, {0}) are code, not words: each translation keeps them."""
    bad = empty = 0
    for rel in files():
        sheet_path = src / rel
        if not sheet_path.exists():
            continue
        for row in tomlkit.parse(sheet_path.read_text()).get("text", []):
            value = str(row.get(lang, ""))
            if not value.strip():
                empty += 1
                continue
            mine = sorted(PLACEHOLDER.findall(value))
            if all(mine != sorted(PLACEHOLDER.findall(str(row[k]))) for k in KNOWN):
                bad += 1
                print(f"{rel}: {'.'.join(map(str, row['at']))}: placeholders {mine}, German has {sorted(PLACEHOLDER.findall(str(row['de'])))}")
    print(f"{bad} with other placeholders, {empty} still empty")
    return bad


def main():
    if sys.argv[1:] == ["tidy"]:
        for rel in files():
            path = DATA / rel
            path.write_text(tidy(path.read_text(), order("de")))
        return
    if len(sys.argv) != 4 or sys.argv[1] not in ("export", "check", "import") or not re.fullmatch(r"[a-z]{2}", sys.argv[2]):
        sys.exit(__doc__)
    cmd, lang, folder = sys.argv[1:]
    if cmd == "check":
        sys.exit(1 if check(lang, pathlib.Path(folder)) else 0)
    (export if cmd == "export" else import_)(lang, pathlib.Path(folder))


if __name__ == "__main__":
    main()
